/* kh-readable-pages.c: what Get help and the checklist read aloud
 *
 * The KhReadable side of two pages, apart from how they are built: each
 * child of a page's columns is an item, read through the model it shows
 * (a service with its numbers in groups, a question with its answer,
 * the result) or, for plain text, through its labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-readable"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-checklist-page.h"
#include "kh-checklist-question.h"
#include "kh-checklist-result.h"
#include "kh-help-page.h"
#include "kh-readable-pages.h"
#include "kh-service-card.h"
#include "kh-sources-list.h"

static void
add_children (GPtrArray *items,
              GtkWidget *box)
{
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      g_ptr_array_add (items, child);
}

static GObject *
template_child (GtkWidget  *page,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (page, type, name);

  g_assert (child != NULL);
  return child;
}

static guint
focus_item (GtkWidget *page,
            GPtrArray *items)
{
  GtkRoot   *root = gtk_widget_get_root (page);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, page))
    return KH_READABLE_NO_ITEM;

  return kh_readable_find_item (focus, (GtkWidget *const *) items->pdata, items->len);
}

static void
highlight (GtkWidget         *page,
           GtkScrolledWindow *scroller,
           GPtrArray         *items,
           guint              item)
{
  GtkWidget *widget = item < items->len ? g_ptr_array_index (items, item) : NULL;

  kh_readable_mark_in (page, widget);
  if (widget != NULL)
    kh_readable_scroll_to (scroller, widget);
}

/* Get help ------------------------------------------------------------- */

static GPtrArray *
help_items (GtkWidget *page)
{
  GPtrArray *items = g_ptr_array_new ();
  GtkWidget *local_error = GTK_WIDGET (template_child (page, KH_TYPE_HELP_PAGE, "local_error_box"));

  g_ptr_array_add (items, template_child (page, KH_TYPE_HELP_PAGE, "title_label"));
  g_ptr_array_add (items, template_child (page, KH_TYPE_HELP_PAGE, "summary_label"));
  add_children (items, GTK_WIDGET (template_child (page, KH_TYPE_HELP_PAGE, "emergency_box")));
  if (gtk_widget_get_visible (local_error))
    g_ptr_array_add (items, local_error);
  add_children (items, GTK_WIDGET (template_child (page, KH_TYPE_HELP_PAGE, "services_box")));
  g_ptr_array_add (items, template_child (page, KH_TYPE_HELP_PAGE, "reviewed_label"));

  return items;
}

static void
help_collect (KhReadable   *readable,
              KhSpeechText *text)
{
  GtkWidget *page = GTK_WIDGET (readable);
  g_autoptr (GPtrArray) items = help_items (page);

  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (items, i);
      KhService *service;
      gboolean   emergency = FALSE;

      if (!KH_IS_SERVICE_CARD (widget))
        {
          kh_readable_add_labels (text, widget, i);
          continue;
        }

      service = kh_service_card_get_service (KH_SERVICE_CARD (widget));
      g_object_get (widget, "emergency", &emergency, NULL);
      if (emergency)
        {
          /* As the card shows it: a heading, what to do, the numbers. */
          kh_speech_text_add (text, _ ("In an emergency"), i);
          kh_speech_text_add (text, kh_service_get_description (service), i);
          kh_speech_text_add_contacts (text, service, i);
        }
      else
        kh_speech_text_add_service (text, service, i);
    }
}

static guint
help_get_focus_item (KhReadable *readable)
{
  g_autoptr (GPtrArray) items = help_items (GTK_WIDGET (readable));

  return focus_item (GTK_WIDGET (readable), items);
}

static void
help_highlight (KhReadable *readable,
                guint       item)
{
  GtkWidget *page = GTK_WIDGET (readable);
  g_autoptr (GPtrArray) items = help_items (page);

  highlight (page, GTK_SCROLLED_WINDOW (template_child (page, KH_TYPE_HELP_PAGE, "scroller")), items, item);
}

void
kh_help_page_readable_init (KhReadableInterface *iface)
{
  iface->collect = help_collect;
  iface->get_focus_item = help_get_focus_item;
  iface->highlight = help_highlight;
}

/* The checklist: the questions, or the result -------------------------- */

static gboolean
showing_result (GtkWidget *page)
{
  return kh_checklist_page_get_showing_result (KH_CHECKLIST_PAGE (page));
}

/* The result is one widget: its column's parts are the items. */
static GtkWidget *
result_column (GtkWidget *page)
{
  GObject *result = template_child (page, KH_TYPE_CHECKLIST_PAGE, "result");

  return GTK_WIDGET (template_child (GTK_WIDGET (result), KH_TYPE_CHECKLIST_RESULT, "column"));
}

static GPtrArray *
checklist_items (GtkWidget *page)
{
  GPtrArray *items = g_ptr_array_new ();

  if (showing_result (page))
    add_children (items, result_column (page));
  else
    add_children (items, GTK_WIDGET (template_child (page, KH_TYPE_CHECKLIST_PAGE, "questions_column")));

  return items;
}

static void
checklist_collect (KhReadable   *readable,
                   KhSpeechText *text)
{
  GtkWidget *page = GTK_WIDGET (readable);
  g_autoptr (GPtrArray) items = checklist_items (page);
  g_autoptr (KhChecklistAnswers) answers = NULL;
  GObject     *summary = NULL;
  KhChecklist *checklist;

  g_object_get (page, "answers", &answers, NULL);
  g_assert (answers != NULL);
  checklist = kh_checklist_answers_get_checklist (answers);
  if (showing_result (page))
    summary = template_child (GTK_WIDGET (template_child (page, KH_TYPE_CHECKLIST_PAGE, "result")),
                              KH_TYPE_CHECKLIST_RESULT, "summary");

  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (items, i);

      if (KH_IS_CHECKLIST_QUESTION (widget))
        kh_speech_text_add_question (text, answers, kh_checklist_question_get_index (KH_CHECKLIST_QUESTION (widget)), i);
      else if ((GObject *) widget == summary)
        /* the count, the band, what it means and the steps; the lists
         * below that repeat them are read once */
        kh_speech_text_add_result (text, answers, i);
      else if (KH_IS_SOURCES_LIST (widget))
        {
          g_autoptr (GPtrArray) sources = g_ptr_array_new ();

          for (guint j = 0; j < kh_checklist_get_n_sources (checklist); j++)
            g_ptr_array_add (sources, kh_checklist_get_source (checklist, j));
          kh_speech_text_add_source_list (text, sources, kh_checklist_get_reviewed (checklist), i);
        }
      else
        kh_readable_add_labels (text, widget, i);
    }
}

static guint
checklist_get_focus_item (KhReadable *readable)
{
  g_autoptr (GPtrArray) items = checklist_items (GTK_WIDGET (readable));

  return focus_item (GTK_WIDGET (readable), items);
}

static void
checklist_highlight (KhReadable *readable,
                     guint       item)
{
  GtkWidget *page = GTK_WIDGET (readable);
  g_autoptr (GPtrArray) items = checklist_items (page);
  const char *scroller = showing_result (page) ? "result_scroller" : "questions_scroller";

  highlight (page, GTK_SCROLLED_WINDOW (template_child (page, KH_TYPE_CHECKLIST_PAGE, scroller)), items, item);
}

void
kh_checklist_page_readable_init (KhReadableInterface *iface)
{
  iface->collect = checklist_collect;
  iface->get_focus_item = checklist_get_focus_item;
  iface->highlight = checklist_highlight;
}
