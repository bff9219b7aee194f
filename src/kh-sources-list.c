/* kh-sources-list.c: where a page's facts come from, and when it was checked
 *
 * The end of every content page and of the checklist: a "Sources" heading,
 * each source as "Title. Publisher, year." with the title a link to it,
 * the day the page was last reviewed, and, more than a year after that, a
 * quiet line saying that things change and where to check them. The
 * source labels are not selectable, so that Tab reaches their links.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-sources-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-i18n.h"
#include "kh-sources-list.h"
#include "kh-widgets.h"

struct _KhSourcesList
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *box;
  GtkBox    *list;
  GtkLabel  *reviewed_label;
};

G_DEFINE_FINAL_TYPE (KhSourcesList, kh_sources_list, GTK_TYPE_WIDGET)

static void
kh_sources_list_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KH_TYPE_SOURCES_LIST);

  G_OBJECT_CLASS (kh_sources_list_parent_class)->dispose (object);
}

static void
kh_sources_list_class_init (KhSourcesListClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_sources_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-sources-list.ui");
  gtk_widget_class_bind_template_child (widget_class, KhSourcesList, box);
  gtk_widget_class_bind_template_child (widget_class, KhSourcesList, list);
  gtk_widget_class_bind_template_child (widget_class, KhSourcesList, reviewed_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kh_sources_list_init (KhSourcesList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "sources-list");
}

/**
 * kh_source_format_markup:
 *
 * Returns: (transfer full): "Title. Publisher, year." as Pango markup, the
 *   title a link to the source where it has an address
 */
char *
kh_source_format_markup (const KhSource *source)
{
  GString         *text = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (kh_source_get_title (source), -1);
  g_autofree char *publisher = g_markup_escape_text (kh_source_get_publisher (source), -1);
  const char      *url = kh_source_get_url (source);

  if (url != NULL)
    {
      g_autofree char *escaped_url = g_markup_escape_text (url, -1);

      g_string_append_printf (text, "<a href=\"%s\">%s</a>", escaped_url, title);
    }
  else
    g_string_append (text, title);

  g_string_append_printf (text, ". %s", publisher);
  if (kh_source_get_year (source) > 0)
    g_string_append_printf (text, ", %d", kh_source_get_year (source));
  g_string_append_c (text, '.');

  return g_string_free (text, FALSE);
}

/**
 * kh_sources_list_append:
 * @self: a #KhSourcesList
 * @source: a source to list after the others
 *
 * Adds a source, so that a page built in steps can list its sources a
 * few at a time.
 */
void
kh_sources_list_append (KhSourcesList  *self,
                        const KhSource *source)
{
  g_autofree char *markup = NULL;
  GtkWidget       *label;

  g_return_if_fail (KH_IS_SOURCES_LIST (self));
  g_return_if_fail (source != NULL);

  markup = kh_source_format_markup (source);
  label = g_object_new (GTK_TYPE_LABEL,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "width-chars", KH_BODY_WIDTH_CHARS,
                        "xalign", 0.0f,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                        NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_widget_add_css_class (label, "body");
  gtk_widget_add_css_class (label, "caption");
  g_signal_connect (label, "activate-link", G_CALLBACK (kh_label_activate_link_cb), NULL);
  gtk_box_append (self->list, label);
}

/**
 * kh_sources_list_new:
 * @sources: (element-type KhSource): the page's sources
 * @reviewed: (nullable): the day the page was last reviewed
 *
 * Returns: (transfer floating): a new list of sources
 */
GtkWidget *
kh_sources_list_new (GPtrArray *sources,
                     GDateTime *reviewed)
{
  KhSourcesList *self;
  GtkWidget     *label;

  g_return_val_if_fail (sources != NULL, NULL);

  self = g_object_new (KH_TYPE_SOURCES_LIST, NULL);

  for (guint i = 0; i < sources->len; i++)
    kh_sources_list_append (self, g_ptr_array_index (sources, i));

  if (reviewed != NULL)
    {
      g_autofree char *date = kh_i18n_format_date (reviewed);
      /* Translators: %s is a date */
      g_autofree char *text = g_strdup_printf (_ ("Last reviewed: %s"), date);

      gtk_label_set_text (self->reviewed_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reviewed_label), reviewed != NULL);

  /* More than a year after the check: say so, quietly. */
  if ((label = kh_freshness_label_new (reviewed)))
    gtk_box_append (GTK_BOX (self->box), label);

  return GTK_WIDGET (self);
}
