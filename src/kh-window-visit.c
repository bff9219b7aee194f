/* kh-window-visit.c: the main window's visit: what one visitor changed
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

/* Makes @visit the window's, and the search entry its search text. */
void
kh_window_set_visit (KhWindow *self,
                     KhVisit  *visit)
{
  g_autoptr (KhVisit) old = NULL;

  g_assert (KH_IS_VISIT (visit));

  if (self->visit == visit)
    return;

  if ((old = g_steal_pointer (&self->visit)) != NULL)
    {
      g_signal_handlers_disconnect_by_data (old, self);
      g_clear_pointer (&self->search_text_binding, g_binding_unbind);
    }

  self->visit = g_object_ref (visit);
  g_signal_connect_object (visit, "notify::region", G_CALLBACK (visit_region_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (visit, "notify::text-scale", G_CALLBACK (visit_text_scale_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->search_text_binding = g_object_bind_property (visit, "search-text", self->search_entry, "text",
                                                      G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

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

  visit = kh_visit_new (self->checklist,
                        self->kiosk != NULL ? kh_kiosk_get_default_region (self->kiosk) : "",
                        self->kiosk != NULL ? KH_KIOSK_TEXT_SCALE : 1.0);
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
