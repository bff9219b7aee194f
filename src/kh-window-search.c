/* kh-window-search.c: the main window's search bar and results page
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
#include "kh-window-private.h"

/* The index of the region shown now, and which region that is. */
static void
build_index (KhWindow *self)
{
  const char *region = kh_window_get_shown_region (self);

  g_clear_object (&self->search_index);
  g_free (self->search_region);
  self->search_index = kh_models_build_search_index (self->models, region);
  self->search_region = g_strdup (region);
}

void
kh_window_ensure_search (KhWindow *self)
{
  if (self->search_page != NULL)
    return;

  build_index (self);

  self->search_page = kh_search_page_new ();
  gtk_widget_add_css_class (self->search_page, "zoomable");
  kh_window_scale_clamps (self->search_page, kh_window_get_text_scale (self));
  kh_search_page_set_index (KH_SEARCH_PAGE (self->search_page), self->search_index);
  gtk_stack_add_named (self->stack, self->search_page, "search");
}

void
kh_window_search_mode_changed_cb (KhWindow *self)
{
  const char *visible = kh_window_get_visible_page (self);

  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      kh_window_ensure_search (self);
      if (g_strcmp0 (visible, "search") != 0)
        {
          g_free (self->page_before_search);
          self->page_before_search = g_strdup (visible);
        }
      kh_search_page_set_query (KH_SEARCH_PAGE (self->search_page),
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      gtk_stack_set_visible_child (self->stack, self->search_page);
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      if (self->search_page != NULL)
        kh_search_page_set_query (KH_SEARCH_PAGE (self->search_page), NULL);

      if (!self->opening_result && g_strcmp0 (visible, "search") == 0 && self->page_before_search != NULL)
        kh_window_present_page (self, self->page_before_search);
    }

  g_object_notify (G_OBJECT (self), "visible-page");
}

void
kh_window_search_changed_cb (KhWindow *self)
{
  if (self->search_page == NULL)
    return;

  kh_search_page_set_query (KH_SEARCH_PAGE (self->search_page),
                            gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

void
kh_window_search_activate_cb (KhWindow *self)
{
  if (self->search_page != NULL)
    kh_search_page_activate_first (KH_SEARCH_PAGE (self->search_page));
}

void
kh_window_search_stop_cb (KhWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/**
 * kh_window_get_search_index:
 *
 * Returns: (transfer none): the search index, built now if it was not yet
 */
KhSearchIndex *
kh_window_get_search_index (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);

  kh_window_ensure_search (self);
  return self->search_index;
}

/* Search finds the services of the region shown, and only those: after
 * a change of region, the index is built again (if search was used). */
void
kh_window_update_search (KhWindow *self)
{
  if (self->search_page == NULL || g_strcmp0 (self->search_region, kh_window_get_shown_region (self)) == 0)
    return;

  build_index (self);
  kh_search_page_set_index (KH_SEARCH_PAGE (self->search_page), self->search_index);
}
