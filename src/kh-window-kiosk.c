/* kh-window-kiosk.c: the main window as a kiosk, and what its lockdown
 * takes out
 *
 * A kiosk window has no main menu (About, style) and no shortcuts
 * window; what a visitor changed goes with the visit, which the window
 * starts again when the kiosk ends one. What lives outside the window
 * (the clipboard, dialogs, the language, the style) the kiosk puts back
 * itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-window"

#include "config.h"

#include "kh-help-page.h"
#include "kh-kiosk.h"
#include "kh-window-private.h"

/* Desktop: through the print dialog, which can also save a PDF. Where
 * nothing may be saved: straight to the default printer, if printing is
 * allowed at all. */
KhHelpPrintMode
kh_window_get_help_print_mode (KhWindow *self)
{
  if (!kh_lockdown_get_can_print (self->lockdown))
    return KH_HELP_PRINT_NONE;

  return kh_lockdown_get_can_save (self->lockdown) ? KH_HELP_PRINT_DIALOG : KH_HELP_PRINT_DIRECT;
}

/* Where no address may be handed to the system, the help page shows the
 * numbers and addresses with their QR codes instead, to take along. */
void
kh_window_apply_lockdown_to_help (KhWindow  *self,
                                  GtkWidget *page)
{
  gboolean can_open = kh_lockdown_get_can_open_uri (self->lockdown);

  kh_help_page_set_can_open (KH_HELP_PAGE (page), can_open);
  if (!can_open)
    kh_help_page_set_show_qr_codes (KH_HELP_PAGE (page), TRUE);
  kh_help_page_set_print_mode (KH_HELP_PAGE (page), kh_window_get_help_print_mode (self));
}

static void
lockdown_changed_cb (KhWindow *self)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, KH_PAGE_HELP);

  /* Closing the window leaves the app. */
  gtk_window_set_deletable (GTK_WINDOW (self), kh_lockdown_get_can_quit (self->lockdown));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close", kh_lockdown_get_can_quit (self->lockdown));

  if (KH_IS_HELP_PAGE (page))
    kh_window_apply_lockdown_to_help (self, page);
}

/* The window's own doors follow the lockdown; the pages bind theirs. */
void
kh_window_follow_lockdown (KhWindow *self)
{
  g_signal_connect_object (self->lockdown, "notify", G_CALLBACK (lockdown_changed_cb), self, G_CONNECT_SWAPPED);
  lockdown_changed_cb (self);
}

static void
visit_ended_cb (KhWindow *self)
{
  kh_window_start_visit (self);
}

/* The shortcuts window lists the desktop's keys (quit, close, print),
 * and is one more window for a visitor to leave open. */
static void
drop_help_overlay (KhWindow *self)
{
  GAction *action;

  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), NULL);
  if ((action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-help-overlay")) && G_IS_SIMPLE_ACTION (action))
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), FALSE);
}

/* Takes out what a kiosk does not offer, and starts a visit again each
 * time the kiosk ends one. */
void
kh_window_setup_kiosk (KhWindow *self)
{
  /* Speech is stopped by a reset of the kiosk's own, before the visit
   * ends: nothing may be read to the next visitor. */
  kh_read_aloud_set_kiosk (self->read_aloud, self->kiosk, kh_kiosk_get_allow_read_aloud (self->kiosk));

  gtk_menu_button_set_primary (self->menu_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), FALSE);

  g_signal_connect (self, "notify::application", G_CALLBACK (drop_help_overlay), NULL);
  drop_help_overlay (self);

  g_signal_connect_object (self->kiosk, "visit-ended", G_CALLBACK (visit_ended_cb), self, G_CONNECT_SWAPPED);
}

/**
 * kh_window_get_lockdown:
 *
 * Returns: (transfer none): what the window and its pages may hand to
 *   the system
 */
KhLockdown *
kh_window_get_lockdown (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);

  return self->lockdown;
}

/**
 * kh_window_get_kiosk:
 *
 * Returns: (transfer none) (nullable): the kiosk this window is
 */
KhKiosk *
kh_window_get_kiosk (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);

  return self->kiosk;
}
