/* kh-search-page.c: search results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-search-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-clamp.h"
#include "kh-search-page.h"
#include "kh-status-page.h"

/* More would not help anyone: refine the words instead. */
#define MAX_RESULTS 50
#define SNIPPET_CHARS 60

struct _KhSearchPage
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkStack     *stack;
  GtkLabel     *summary;
  GtkListBox   *results;
  KhStatusPage *empty_page;

  /* owned */
  KhSearchIndex *index;
  GPtrArray     *hits;
  char          *query;
};

G_DEFINE_FINAL_TYPE (KhSearchPage, kh_search_page, GTK_TYPE_WIDGET)

static GtkWidget *
create_row (KhSearchHit *hit)
{
  g_autofree char *snippet = kh_search_hit_format_snippet (hit, SNIPPET_CHARS);
  g_autofree char *accessible = NULL;
  GtkWidget       *row, *box, *page, *text;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (box, "search-result");

  page = g_object_new (GTK_TYPE_LABEL,
                       "label", kh_search_hit_get_page_title (hit),
                       "xalign", 0.0f,
                       "wrap", TRUE,
                       NULL);
  gtk_widget_add_css_class (page, "caption-heading");
  gtk_widget_add_css_class (page, "dim-label");
  gtk_box_append (GTK_BOX (box), page);

  text = g_object_new (GTK_TYPE_LABEL,
                       "use-markup", TRUE,
                       "label", snippet,
                       "xalign", 0.0f,
                       "wrap", TRUE,
                       "wrap-mode", PANGO_WRAP_WORD_CHAR,
                       NULL);
  gtk_box_append (GTK_BOX (box), text);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "kh-hit", kh_search_hit_ref (hit),
                          (GDestroyNotify) kh_search_hit_unref);

  /* Translators: how a search result is read out: page title, then the
   * text found */
  accessible = g_strdup_printf (_ ("%s: %s"), kh_search_hit_get_page_title (hit),
                                kh_search_hit_get_text (hit));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  return row;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static void
update (KhSearchPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))))
    gtk_list_box_remove (self->results, child);
  g_clear_pointer (&self->hits, g_ptr_array_unref);

  if (self->index == NULL || is_blank (self->query))
    {
      gtk_stack_set_visible_child_name (self->stack, "start");
      return;
    }

  self->hits = kh_search_index_query (self->index, self->query, MAX_RESULTS);

  if (self->hits->len == 0)
    {
      g_autofree char *title = g_strdup_printf (_ ("No results for “%s”"), self->query);

      kh_status_page_set_title (self->empty_page, title);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < self->hits->len; i++)
    gtk_list_box_append (self->results, create_row (self->hits->pdata[i]));

  {
    g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u place found",
                                                             "%u places found",
                                                             self->hits->len),
                                                self->hits->len);
    gtk_label_set_label (self->summary, summary);
  }
  gtk_stack_set_visible_child_name (self->stack, "results");
}

static void
activate_hit (KhSearchPage *self,
              KhSearchHit  *hit)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-search-result", "(si)",
                              kh_search_hit_get_page_id (hit),
                              kh_search_hit_get_block_index (hit));
}

static void
row_activated_cb (KhSearchPage  *self,
                  GtkListBoxRow *row,
                  GtkListBox    *list)
{
  activate_hit (self, g_object_get_data (G_OBJECT (row), "kh-hit"));
}

static void
kh_search_page_dispose (GObject *object)
{
  KhSearchPage *self = (KhSearchPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_SEARCH_PAGE);
  g_clear_object (&self->index);
  g_clear_pointer (&self->hits, g_ptr_array_unref);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (kh_search_page_parent_class)->dispose (object);
}

static void
kh_search_page_class_init (KhSearchPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_search_page_dispose;

  g_type_ensure (KH_TYPE_CLAMP);
  g_type_ensure (KH_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KhSearchPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KhSearchPage, summary);
  gtk_widget_class_bind_template_child (widget_class, KhSearchPage, results);
  gtk_widget_class_bind_template_child (widget_class, KhSearchPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchpage");
}

static void
kh_search_page_init (KhSearchPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "start");
}

GtkWidget *
kh_search_page_new (void)
{
  return g_object_new (KH_TYPE_SEARCH_PAGE, NULL);
}

/**
 * kh_search_page_set_index:
 * @index: (nullable): what to search
 */
void
kh_search_page_set_index (KhSearchPage  *self,
                          KhSearchIndex *index)
{
  g_return_if_fail (KH_IS_SEARCH_PAGE (self));
  g_return_if_fail (index == NULL || KH_IS_SEARCH_INDEX (index));

  if (g_set_object (&self->index, index))
    update (self);
}

/**
 * kh_search_page_set_query:
 * @query: (nullable): what the user typed
 */
void
kh_search_page_set_query (KhSearchPage *self,
                          const char   *query)
{
  g_return_if_fail (KH_IS_SEARCH_PAGE (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  update (self);
}

const char *
kh_search_page_get_query (KhSearchPage *self)
{
  g_return_val_if_fail (KH_IS_SEARCH_PAGE (self), NULL);

  return self->query;
}

guint
kh_search_page_get_n_results (KhSearchPage *self)
{
  g_return_val_if_fail (KH_IS_SEARCH_PAGE (self), 0);

  return self->hits != NULL ? self->hits->len : 0;
}

/**
 * kh_search_page_activate_first:
 *
 * Opens the best result, as Enter in the search entry does.
 *
 * Returns: whether there was a result to open
 */
gboolean
kh_search_page_activate_first (KhSearchPage *self)
{
  g_return_val_if_fail (KH_IS_SEARCH_PAGE (self), FALSE);

  if (self->hits == NULL || self->hits->len == 0)
    return FALSE;

  activate_hit (self, self->hits->pdata[0]);
  return TRUE;
}
