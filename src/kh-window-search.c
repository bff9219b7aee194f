/* kh-window-search.c: the main window's search bar and results page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-checklist-page.h"
#include "kh-clamp.h"
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

/**
 * kh_window_translate_search_entry:
 *
 * Gives the search entry, if it is built, its words in the current
 * language.
 */
void
kh_window_translate_search_entry (KhWindow *self)
{
  if (self->search_entry == NULL)
    return;

  g_object_set (self->search_entry, "placeholder-text", _ ("Search all pages"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Search all pages"),
                                  -1);
}

/**
 * kh_window_bind_search_text:
 *
 * Makes the search entry, once it is built, show and set the visit's
 * search text.
 */
void
kh_window_bind_search_text (KhWindow *self)
{
  g_clear_pointer (&self->search_text_binding, g_binding_unbind);
  if (self->search_entry != NULL && self->visit != NULL)
    self->search_text_binding = g_object_bind_property (self->visit, "search-text", self->search_entry, "text",
                                                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

/**
 * kh_window_ensure_search_entry:
 *
 * Builds the search bar's entry, the first time the search opens. Most
 * visits never search, and the entry (and the text widget inside it,
 * with its hundred key bindings) was a fifth of the work of building the
 * window before its first frame.
 */
void
kh_window_ensure_search_entry (KhWindow *self)
{
  GtkWidget *clamp;

  if (self->search_entry != NULL)
    return;

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (kh_window_search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (kh_window_search_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (kh_window_search_stop_cb), self,
                           G_CONNECT_SWAPPED);
  kh_window_translate_search_entry (self);

  clamp = kh_clamp_new ();
  kh_clamp_set_maximum_size (KH_CLAMP (clamp), 560);
  gtk_widget_set_hexpand (clamp, TRUE);
  kh_clamp_set_child (KH_CLAMP (clamp), GTK_WIDGET (self->search_entry));
  gtk_search_bar_set_child (self->search_bar, clamp);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  kh_window_bind_search_text (self);
}

void
kh_window_search_mode_changed_cb (KhWindow *self)
{
  const char *visible = kh_window_get_visible_page (self);

  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      kh_window_ensure_search_entry (self);
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
      if (self->search_entry != NULL)
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
