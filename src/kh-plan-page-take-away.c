/* kh-plan-page-take-away.c: My plan, taken away or kept
 *
 * The one-page PDF through the print dialog, the copy kept in the app's
 * own data folder only when asked (kh-plan-store.c), and in a kiosk the
 * QR codes that carry the plan's text itself. The worksheet is in
 * kh-plan-page.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-plan-page-private.h"
#include "kh-plan-print.h"
#include "kh-plan-store.h"
#include "kh-qr-pager.h"

static void show_error (KhPlanPage *self,
                        const char *format,
                        ...) G_GNUC_PRINTF (2, 3);

static void
show_error (KhPlanPage *self,
            const char *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list          args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  gtk_label_set_text (GTK_LABEL (self->error_label), text);
  gtk_widget_set_visible (self->error_label, TRUE);
}

static void
hide_error (KhPlanPage *self)
{
  gtk_widget_set_visible (self->error_label, FALSE);
}

/* The region Get help shows: the one chosen, or the locale's. */
static const char *
shown_region (KhPlanPage *self)
{
  return kh_directory_resolve_region (self->directory, self->region);
}

void
kh_plan_page_update_qr (KhPlanPage *self)
{
  g_autoptr (GDateTime) now = NULL;
  g_auto (GStrv) texts = NULL;

  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->qr_revealer)))
    {
      kh_qr_pager_clear (KH_QR_PAGER (self->qr_pager));
      return;
    }

  now = g_date_time_new_now_local ();
  texts = kh_plan_dup_qr_texts (self->plan, now, self->directory, shown_region (self));
  kh_qr_pager_set_texts (KH_QR_PAGER (self->qr_pager), (const char *const *) texts);
}

void
kh_plan_page_save_kept (KhPlanPage *self)
{
  g_autoptr (GError) error = NULL;

  if (!self->keep)
    return;

  if (!kh_plan_store_save (self->plan, self->keep_path, &error))
    /* Translators: %s says why */
    show_error (self, _ ("Your plan could not be kept: %s"), error->message);
}

void
kh_plan_page_update_keep_status (KhPlanPage *self)
{
  gboolean kept;

  if (self->keep_switch == NULL)
    return;

  kept = kh_plan_store_exists (self->keep_path);
  gtk_widget_set_visible (self->delete_button, kept);
  gtk_label_set_text (GTK_LABEL (self->keep_status),
                      kept ? _ ("Your plan is kept on this computer, where only your user account can read it.")
                           : _ ("Your plan is not kept: it is gone when you close the app."));
}

/* A plan kept before is read back when the page is first built; when
 * the page is built again (another language), the plan in memory is
 * already what was kept, since every change is written. */
void
kh_plan_page_load_kept (KhPlanPage *self)
{
  g_autoptr (GError) error = NULL;

  if (self->kiosk || !kh_plan_store_exists (self->keep_path))
    return;

  if (kh_plan_is_empty (self->plan) && !kh_plan_store_load (self->plan, self->keep_path, &error))
    {
      /* Translators: %s says what is wrong with the file */
      show_error (self, _ ("The plan kept on this computer could not be read: %s"), error->message);
      return;
    }

  self->keep = TRUE;
  self->syncing = TRUE;
  gtk_switch_set_active (GTK_SWITCH (self->keep_switch), TRUE);
  self->syncing = FALSE;
}

static void
print_done_cb (GtkPrintOperation      *operation,
               GtkPrintOperationResult result,
               KhPlanPage             *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr (GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        /* Translators: %s says why */
        show_error (self, _ ("Your plan could not be printed: %s"), error->message);
    }
  if (operation == self->print_operation)
    g_clear_object (&self->print_operation);
}

/**
 * kh_plan_page_print:
 *
 * Opens the print dialog for the plan on one page, from which it can be
 * printed or saved as PDF. Not in a kiosk.
 */
void
kh_plan_page_print (KhPlanPage *self)
{
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GError) error = NULL;
  GtkRoot                *root;
  GtkPrintOperationResult result;

  g_return_if_fail (KH_IS_PLAN_PAGE (self));

  if (self->kiosk || self->print_operation != NULL)
    return;

  hide_error (self);
  /* GTK's "Print to File" adds the PDF it writes to the recently used
   * files, where the next person could see it. */
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-recent-files-enabled", FALSE, NULL);
  now = g_date_time_new_now_local ();
  self->print_operation = kh_plan_print_operation_new (self->plan, now, self->directory, shown_region (self));
  gtk_print_operation_set_allow_async (self->print_operation, TRUE);
  g_signal_connect_object (self->print_operation, "done", G_CALLBACK (print_done_cb), self, 0);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  result = gtk_print_operation_run (self->print_operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      show_error (self, _ ("Your plan could not be printed: %s"), error->message);
      g_clear_object (&self->print_operation);
    }
  else if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_clear_object (&self->print_operation);
}

const char *
kh_plan_page_get_keep_path (KhPlanPage *self)
{
  g_return_val_if_fail (KH_IS_PLAN_PAGE (self), NULL);

  return self->keep_path;
}

gboolean
kh_plan_page_get_keep (KhPlanPage *self)
{
  g_return_val_if_fail (KH_IS_PLAN_PAGE (self), FALSE);

  return self->keep;
}

/**
 * kh_plan_page_set_keep:
 * @keep: %TRUE to keep the plan on this computer from now on (written
 *   at once and at every change), %FALSE to delete the kept copy
 *
 * Never in a kiosk.
 */
void
kh_plan_page_set_keep (KhPlanPage *self,
                       gboolean    keep)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (KH_IS_PLAN_PAGE (self));

  keep = !!keep;
  if (self->kiosk && keep)
    {
      g_warning ("A kiosk keeps no plan");
      return;
    }

  hide_error (self);
  if (!keep && !kh_plan_store_remove (self->keep_path, &error))
    /* Translators: %s says why */
    show_error (self, _ ("The kept plan could not be deleted: %s"), error->message);

  if (self->keep != keep)
    {
      self->keep = keep;
      kh_plan_page_save_kept (self);
      g_object_notify (G_OBJECT (self), "keep");
    }

  if (self->keep_switch != NULL)
    {
      self->syncing = TRUE;
      gtk_switch_set_active (GTK_SWITCH (self->keep_switch), keep);
      self->syncing = FALSE;
    }
  kh_plan_page_update_keep_status (self);
}

/**
 * kh_plan_page_show_qr:
 * @show: whether to show the plan as QR codes
 */
void
kh_plan_page_show_qr (KhPlanPage *self,
                      gboolean    show)
{
  g_return_if_fail (KH_IS_PLAN_PAGE (self));

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->qr_button)) != !!show)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->qr_button), show);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->qr_revealer), show);
  gtk_widget_set_visible (self->qr_revealer, show);
  kh_plan_page_update_qr (self);
}

/**
 * kh_plan_page_get_qr_pager:
 *
 * Returns: (transfer none): the QR codes of the plan
 */
GtkWidget *
kh_plan_page_get_qr_pager (KhPlanPage *self)
{
  g_return_val_if_fail (KH_IS_PLAN_PAGE (self), NULL);

  return self->qr_pager;
}
