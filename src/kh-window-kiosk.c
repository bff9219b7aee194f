/* kh-window-kiosk.c: the main window as a kiosk: what it takes out, and
 * how what a visitor changed here is put back at the end of the visit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-window"

#include "config.h"

#include "kh-checklist-page.h"
#include "kh-help-page.h"
#include "kh-kiosk.h"
#include "kh-search-page.h"
#include "kh-section-page.h"
#include "kh-widgets.h"
#include "kh-window-private.h"

/* Desktop: through the print dialog. Kiosk: only if the clinic allows
 * it, and then straight to the default printer. */
KhHelpPrintMode
kh_window_get_help_print_mode (KhWindow *self)
{
  if (self->kiosk == NULL)
    return KH_HELP_PRINT_DIALOG;

  return kh_kiosk_get_allow_print (self->kiosk) ? KH_HELP_PRINT_DIRECT : KH_HELP_PRINT_NONE;
}

static void
reset_search (gpointer owner)
{
  KhWindow *self = owner;

  self->opening_result = TRUE;
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  self->opening_result = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (self->search_page != NULL)
    kh_search_page_set_query (KH_SEARCH_PAGE (self->search_page), NULL);
  g_clear_pointer (&self->page_before_search, g_free);
}

static void
reset_checklist (gpointer owner)
{
  KhWindow *self = owner;

  if (self->checklist != NULL)
    kh_checklist_reset (self->checklist);
}

/* The plan's widgets (its QR codes, the craving timer) go with the
 * pages; the plan itself is the window's. */
static void
reset_plan (gpointer owner)
{
  KhWindow *self = owner;

  if (self->plan != NULL)
    kh_plan_clear (self->plan);
}

static void
reset_region (gpointer owner)
{
  KhWindow *self = owner;

  kh_window_set_region (self, kh_kiosk_get_default_region (self->kiosk));
}

static void
reset_text_scale (gpointer owner)
{
  kh_window_set_text_scale (KH_WINDOW (owner), KH_KIOSK_TEXT_SCALE);
}

static void
scroll_to_start (GtkWidget *widget,
                 gpointer   user_data)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (widget);
      GtkAdjustment     *adjustment;

      adjustment = gtk_scrolled_window_get_vadjustment (scroller);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
      adjustment = gtk_scrolled_window_get_hadjustment (scroller);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
    }
}

static void
reset_scroll_positions (gpointer owner)
{
  kh_widget_foreach (GTK_WIDGET (owner), scroll_to_start, NULL);
}

/* Every page a visitor saw is dropped and, when shown, built again from
 * the models: nothing of what was opened, scrolled, typed or chosen on a
 * page can outlive the visit, whatever the page holds. */
static void
reset_pages (gpointer owner)
{
  g_autofree char *visible = kh_window_drop_pages (owner);
}

static void
reset_page (gpointer owner)
{
  KhWindow *self = owner;

  gtk_toggle_button_set_active (self->sidebar_button, !self->narrow);
  if (self->page_ids->len > 0)
    kh_window_show_page (self, g_ptr_array_index (self->page_ids, 0));
  gtk_widget_grab_focus (GTK_WIDGET (self->sidebar));
}

/**
 * kh_window_set_kiosk:
 * @self: a #KhWindow
 * @kiosk: the kiosk this window is
 *
 * Takes out what a kiosk must not offer (the main menu, with About and
 * style; printing; the Call buttons), starts at the kiosk's text size and
 * registers with @kiosk how to reset everything a visitor can change
 * here. Call it once, right after the window is made.
 */
void
kh_window_set_kiosk (KhWindow *self,
                     KhKiosk  *kiosk)
{
  GtkWidget *page;

  g_return_if_fail (KH_IS_WINDOW (self));
  g_return_if_fail (KH_IS_KIOSK (kiosk));
  g_return_if_fail (self->kiosk == NULL);

  self->kiosk = g_object_ref (kiosk);

  gtk_menu_button_set_primary (self->menu_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), FALSE);

  /* Pages built before now follow the kiosk too. */
  if (KH_IS_CHECKLIST_PAGE (page = gtk_stack_get_child_by_name (self->stack, KH_PAGE_CHECKLIST)))
    kh_checklist_page_set_can_print (KH_CHECKLIST_PAGE (page), FALSE);
  if (KH_IS_HELP_PAGE (page = gtk_stack_get_child_by_name (self->stack, KH_PAGE_HELP)))
    {
      kh_help_page_set_can_open (KH_HELP_PAGE (page), FALSE);
      kh_help_page_set_print_mode (KH_HELP_PAGE (page), kh_window_get_help_print_mode (self));
    }

  kh_kiosk_register_reset (kiosk, "search", self, reset_search);
  kh_kiosk_register_reset (kiosk, "checklist", self, reset_checklist);
  kh_kiosk_register_reset (kiosk, "plan", self, reset_plan);
  kh_kiosk_register_reset (kiosk, "region", self, reset_region);
  kh_kiosk_register_reset (kiosk, "text-scale", self, reset_text_scale);
  /* The pages first: the scroll positions left to reset are the window's
   * own, not those of pages about to go. */
  kh_kiosk_register_reset (kiosk, "pages", self, reset_pages);
  kh_kiosk_register_reset (kiosk, "scroll-positions", self, reset_scroll_positions);
  /* Last: the first page, once everything behind it is clean. */
  kh_kiosk_register_reset (kiosk, "page", self, reset_page);

  reset_region (self);
  reset_text_scale (self);
}
