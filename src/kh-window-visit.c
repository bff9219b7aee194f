/* kh-window-visit.c: the main window's visit: what one visitor changed
 * (answers, region, search, text size)
 *
 * The window holds one KhVisit. The pages are given the parts of it they
 * need when they are built, and keep their state there; the search
 * entry writes its text there. Starting a visit drops the pages and the
 * old visit and begins again from the models with a fresh one, the path
 * a change of language takes: nothing a visitor opened, typed, scrolled
 * or chose on a page can outlive the visit, whatever the page holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-kiosk.h"
#include "kh-window-private.h"

static void
visit_region_changed_cb (KhWindow *self)
{
  kh_window_update_search (self);
  g_object_notify (G_OBJECT (self), "region");
}

static void
visit_text_scale_changed_cb (KhWindow *self)
{
  kh_window_apply_text_scale (self);
  g_object_notify (G_OBJECT (self), "text-scale");
}

/* Makes @visit the window's, and the search entry (once there is one) its
 * search text. */
void
kh_window_set_visit (KhWindow *self,
                     KhVisit  *visit)
{
  g_autoptr (KhVisit) old = NULL;

  g_assert (KH_IS_VISIT (visit));

  if (self->visit == visit)
    return;

  if ((old = g_steal_pointer (&self->visit)) != NULL)
    g_signal_handlers_disconnect_by_data (old, self);

  self->visit = g_object_ref (visit);
  g_signal_connect_object (visit, "notify::region", G_CALLBACK (visit_region_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (visit, "notify::text-scale", G_CALLBACK (visit_text_scale_changed_cb), self,
                           G_CONNECT_SWAPPED);
  kh_window_bind_search_text (self);

  /* The old visit's end: whatever still works for it stops. */
  if (old != NULL)
    kh_visit_end (old);
  if (old == NULL || g_strcmp0 (kh_visit_get_region (old), kh_visit_get_region (visit)) != 0)
    visit_region_changed_cb (self);
  if (old == NULL || !G_APPROX_VALUE (kh_visit_get_text_scale (old), kh_visit_get_text_scale (visit), 0.001))
    visit_text_scale_changed_cb (self);

  kh_window_notify_visit (self);
}

static void
scroll_to_start (GtkWidget *widget)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/**
 * kh_window_start_visit:
 * @self: a #KhWindow
 *
 * Ends the visit and starts a fresh one, in the kiosk's region and text
 * size (or the locale's and normal ones): the pages are built again from
 * the models, the search is closed and the first page is shown, with
 * the list of pages at its start. What a kiosk does for the next person.
 */
void
kh_window_start_visit (KhWindow *self)
{
  g_autoptr (KhVisit) visit = NULL;
  g_autofree char *visible = NULL;

  g_debug ("Starting a visit");

  /* The search closes before the pages go, without going back to where
   * it began. */
  self->opening_result = TRUE;
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  self->opening_result = FALSE;
  g_clear_pointer (&self->page_before_search, g_free);
  visible = kh_window_drop_pages (self);

  visit = g_object_new (KH_TYPE_VISIT,
                        "checklist", self->checklist,
                        "plan-sheet", kh_models_get_plan_sheet (self->models, NULL),
                        "region", self->kiosk != NULL ? kh_kiosk_get_default_region (self->kiosk) : "",
                        "text-scale", self->kiosk != NULL ? KH_KIOSK_TEXT_SCALE : 1.0,
                        NULL);
  kh_window_set_visit (self, visit);

  if (self->content == NULL)
    return;

  gtk_toggle_button_set_active (self->sidebar_button, !self->narrow);
  scroll_to_start (self->sidebar_scroller);
  if (self->page_ids->len > 0)
    kh_window_show_page (self, g_ptr_array_index (self->page_ids, 0));
  gtk_widget_grab_focus (GTK_WIDGET (self->sidebar));
}

/**
 * kh_window_get_visit:
 *
 * Returns: (transfer none): the visit going on: what the visitor changed
 *   so far. #KhWindow:visit is notified when another one starts, after
 *   #KhVisit::ended of the last.
 */
KhVisit *
kh_window_get_visit (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);

  return self->visit;
}

const char *
kh_window_get_shown_region (KhWindow *self)
{
  KhDirectory *directory = kh_models_get_directory (self->models, NULL);

  return directory != NULL ? kh_directory_resolve_region (directory, kh_visit_get_region (self->visit))
                           : KH_REGION_OTHER;
}

void
kh_window_apply_text_scale (KhWindow *self)
{
  double text_scale = kh_window_get_text_scale (self);

  g_autofree char *css = NULL;
  g_autofree char *percent = NULL;
  char             number[G_ASCII_DTOSTR_BUF_SIZE];

  /* Pages get the class "zoomable"; their headings are sized in em in
   * style.css, so everything on them grows together. */
  g_ascii_formatd (number, sizeof number, "%.0f", text_scale * 100);
  css = g_strdup_printf (".zoomable { font-size: %s%%; }", number);
#if GTK_CHECK_VERSION(4, 12, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_css_provider_load_from_string (self->text_scale_provider, css);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_css_provider_load_from_data (self->text_scale_provider, css, -1);
#endif

  kh_window_scale_clamps (GTK_WIDGET (self->stack), text_scale);

  /* Translators: the text size in the main menu, e.g. "120%" */
  percent = g_strdup_printf (_ ("%s%%"), number);
  gtk_button_set_label (self->zoom_reset_button, percent);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", text_scale < KH_TEXT_SCALE_MAX - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", text_scale > KH_TEXT_SCALE_MIN + 0.001);
}

double
kh_window_get_text_scale (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), 1.0);

  return self->visit != NULL ? kh_visit_get_text_scale (self->visit) : 1.0;
}

/**
 * kh_window_set_text_scale:
 * @scale: the size of the pages' text, from %KH_TEXT_SCALE_MIN to
 *   %KH_TEXT_SCALE_MAX; 1.0 is normal
 */
void
kh_window_set_text_scale (KhWindow *self,
                          double    scale)
{
  g_return_if_fail (KH_IS_WINDOW (self));

  /* whole tens of percent */
  scale = CLAMP ((int) (scale * 10 + 0.5) / 10.0, KH_TEXT_SCALE_MIN, KH_TEXT_SCALE_MAX);
  /* the visit notifies, and the window follows */
  kh_visit_set_text_scale (self->visit, scale);
}

/**
 * kh_window_set_region:
 * @region: (nullable): a region code, or "" or %NULL to follow the locale
 *
 * Chooses the region whose help Get help shows and search finds.
 */
void
kh_window_set_region (KhWindow   *self,
                      const char *region)
{
  g_return_if_fail (KH_IS_WINDOW (self));

  /* the visit notifies, and the window follows */
  kh_visit_set_region (self->visit, region);
}

/**
 * kh_window_get_region:
 *
 * Returns: the region chosen, or "" to follow the locale
 */
const char *
kh_window_get_region (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), "");

  return kh_visit_get_region (self->visit);
}
