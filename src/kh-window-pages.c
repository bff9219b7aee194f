/* kh-window-pages.c: the pages the main window can show
 *
 * The content's sections, then the built-in pages (the checklist, the
 * plan, the craving tool, Get help). Each is built from the models and
 * the visit the first time it is shown; dropping them all (a new
 * visit, another language) has them built again the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-checklist-page.h"
#include "kh-craving-tool.h"
#include "kh-help-page.h"
#include "kh-models.h"
#include "kh-plan-page.h"
#include "kh-section-page.h"
#include "kh-status-page.h"
#include "kh-text-bin.h"
#include "kh-widgets.h"
#include "kh-window-private.h"

typedef struct
{
  const char *id;
  const char *title;
  const char *icon_name;
  GtkWidget *(*create) (KhWindow *self);
} BuiltinPage;

static GtkWidget *
create_checklist_page (KhWindow *self)
{
  GtkWidget *page;

  if (self->checklist == NULL)
    {
      return kh_status_page_new ("dialog-error-symbolic", _ ("Screening checklist"),
                                 _ ("The checklist could not be loaded. This copy of Kratom Help "
                                    "is damaged; please reinstall it."));
    }

  page = kh_checklist_page_new (kh_visit_get_answers (self->visit), kh_models_get_directory (self->models, NULL),
                                self->lockdown);
  /* The summary prints the numbers of the region Get help shows. */
  g_object_bind_property (self->visit, "region", page, "region", G_BINDING_SYNC_CREATE);

  return page;
}

static GtkWidget *
plan_unavailable (void)
{
  return kh_status_page_new ("dialog-error-symbolic", _ ("My plan"),
                             _ ("My plan could not be loaded. This copy of Kratom Help "
                                "is damaged; please reinstall it."));
}

static GtkWidget *
create_plan_page (KhWindow *self)
{
  KhDirectory *directory = kh_models_get_directory (self->models, NULL);
  KhPlan      *plan = kh_visit_get_plan (self->visit);
  GtkWidget   *page;

  if (plan == NULL || directory == NULL)
    return plan_unavailable ();

  page = kh_plan_page_new (plan, directory, self->kiosk != NULL);
  /* The printed plan and its codes give the numbers Get help shows. */
  g_object_bind_property (self->visit, "region", page, "region", G_BINDING_SYNC_CREATE);

  return page;
}

static GtkWidget *
create_craving_page (KhWindow *self)
{
  if (kh_visit_get_plan (self->visit) == NULL)
    return plan_unavailable ();

  return kh_craving_tool_new (kh_visit_get_plan (self->visit));
}

static GtkWidget *
create_help_page (KhWindow *self)
{
  const GError *local_error = NULL;
  KhDirectory  *directory = kh_models_get_directory (self->models, &local_error);
  GtkWidget    *page;

  page = kh_help_page_new (directory, local_error);
  /* The page shows the visit's region and changes it when the region is
   * chosen there; whoever keeps the window's region (the settings, on
   * the desktop) keeps the page's. */
  g_object_bind_property (self->visit, "region", page, "region", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  kh_window_apply_lockdown_to_help (self, page);

  return page;
}

static const BuiltinPage builtin_pages[] = {
  { KH_PAGE_CHECKLIST, N_ ("Screening checklist"), "checkbox-checked-symbolic", create_checklist_page },
  { KH_PAGE_PLAN, N_ ("My plan"), "document-edit-symbolic", create_plan_page },
  { KH_PAGE_CRAVING, N_ ("Ride out a craving"), "weather-clear-symbolic", create_craving_page },
  { KH_PAGE_HELP, N_ ("Get help"), "call-start-symbolic", create_help_page },
};

static const BuiltinPage *
find_builtin_page (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_pages); i++)
    if (g_str_equal (builtin_pages[i].id, id))
      return &builtin_pages[i];

  return NULL;
}

static GtkWidget *
create_sidebar_row (const char *id,
                    const char *title,
                    const char *icon_name)
{
  GtkWidget *row, *box, *image, *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  image = gtk_image_new_from_icon_name (icon_name);
  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", title,
                        "xalign", 0.0f,
                        "hexpand", TRUE,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "width-chars", KH_HEADING_WIDTH_CHARS,
                        "max-width-chars", 24,
                        NULL);
  gtk_box_append (GTK_BOX (box), image);
  /* Asked for its width alone: the box would otherwise ask the wrapping
   * title for its width at the row's height, laying it out about ten
   * times, in every row, before the first frame. */
  gtk_box_append (GTK_BOX (box), kh_text_bin_new (label));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  return row;
}

/* A page, built from the models and the visit: shown the first time it
 * is chosen, and built again after kh_window_drop_pages(). */
GtkWidget *
kh_window_create_page (KhWindow   *self,
                       const char *id)
{
  const BuiltinPage *builtin;
  KhSection         *section;

  if ((section = kh_content_lookup_section (self->content, id)))
    {
      /* what shows first is built first: the window's height, or the
       * one it is about to have */
      int width, height = gtk_widget_get_height (GTK_WIDGET (self));

      if (height <= 0)
        gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (height <= 0)
        return kh_section_page_new (section);
      return kh_section_page_new_for_height (section, (int) (height / kh_window_get_text_scale (self)));
    }

  if ((builtin = find_builtin_page (id)))
    return builtin->create (self);

  g_return_val_if_reached (NULL);
}

/* The list of pages, in the current language. */
void
kh_window_fill_sidebar (KhWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar))))
    gtk_list_box_remove (self->sidebar, child);
  g_ptr_array_set_size (self->page_ids, 0);

  for (guint i = 0; i < kh_content_get_n_sections (self->content); i++)
    {
      KhSection *section = kh_content_get_section (self->content, i);

      gtk_list_box_append (self->sidebar,
                           create_sidebar_row (kh_section_get_id (section),
                                               kh_section_get_title (section),
                                               kh_section_get_icon_name (section)));
      g_ptr_array_add (self->page_ids, g_strdup (kh_section_get_id (section)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (builtin_pages); i++)
    {
      gtk_list_box_append (self->sidebar,
                           create_sidebar_row (builtin_pages[i].id,
                                               _ (builtin_pages[i].title),
                                               builtin_pages[i].icon_name));
      g_ptr_array_add (self->page_ids, g_strdup (builtin_pages[i].id));
    }
}

/* Drops every page and the search built from them: each is built again,
 * from the models, the next time it is shown. Returns the page that was
 * shown (or the one shown before a search began). */
char *
kh_window_drop_pages (KhWindow *self)
{
  g_autoptr (GPtrArray) pages = g_ptr_array_new ();
  char *visible;

  visible = g_strdup (gtk_search_bar_get_search_mode (self->search_bar) ? self->page_before_search
                                                                        : kh_window_get_visible_page (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (pages, child);
  for (guint i = 0; i < pages->len; i++)
    gtk_stack_remove (self->stack, pages->pdata[i]);
  self->search_page = NULL;
  g_clear_object (&self->search_index);
  g_clear_pointer (&self->search_region, g_free);

  return visible;
}
