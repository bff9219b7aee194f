/* kh-window.c: the main window: sidebar of pages and the page shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-application.h"
#include "kh-checklist-page.h"
#include "kh-clamp.h"
#include "kh-i18n.h"
#include "kh-kiosk.h"
#include "kh-resources-page.h"
#include "kh-search-index.h"
#include "kh-search-page.h"
#include "kh-section-page.h"
#include "kh-widgets.h"
#include "kh-window.h"

/* Below this width the sidebar hides behind its button and, when shown,
 * takes the whole window, so the text gets the room. */
#define NARROW_WIDTH 600

struct _KhWindow
{
  GtkApplicationWindow parent_instance;

  /* template widgets */
  GtkToggleButton *sidebar_button;
  GtkWidget       *sidebar_scroller;
  GtkWidget       *sidebar_separator;
  GtkListBox      *sidebar;
  GtkStack        *stack;
  GtkSearchBar    *search_bar;
  GtkSearchEntry  *search_entry;
  GtkMenuButton   *menu_button;
  GtkButton       *get_help_button;
  GtkWidget       *title_label;
  GtkWidget       *text_size_box;
  GtkButton       *zoom_reset_button;

  /* owned */
  KhContent *content;
  GError    *content_error;
  GPtrArray *page_ids;
  guint      layout_idle_id;
  gboolean   narrow;

  /* the answers to the screening checklist: kept while the window
   * lives, so leaving the page and coming back keeps them; never
   * written anywhere */
  KhChecklist *checklist;

  /* search: built the first time it is used */
  KhSearchIndex *search_index;
  GtkWidget     *search_page;
  char          *page_before_search;
  gboolean       opening_result;

  /* text size of the pages */
  GtkCssProvider *text_scale_provider;
  double          text_scale;

  /* kiosk mode, if the window is a kiosk */
  KhKiosk *kiosk;
};

G_DEFINE_FINAL_TYPE (KhWindow, kh_window, GTK_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_CONTENT,
  PROP_CONTENT_ERROR,
  PROP_VISIBLE_PAGE,
  PROP_TEXT_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *id;
  const char *title;
  const char *icon_name;
  GtkWidget *(*create) (KhWindow *self);
} BuiltinPage;

static GtkWidget *
create_pending_page (const char *title,
                     const char *text)
{
  GtkWidget *box, *label;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);

  label = kh_heading_label_new (title, 1);
  gtk_label_set_xalign (GTK_LABEL (label), 0.5f);
  gtk_widget_add_css_class (label, "title-1");
  gtk_box_append (GTK_BOX (box), label);

  label = kh_body_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0.5f);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

static GtkWidget *create_help_page (KhWindow *self);
static void       scale_clamps (GtkWidget *widget,
                                double     scale);

/* The printed summary lists the numbers of the region Get help shows
 * (in a kiosk, the clinic's region), building that page if need be. */
static KhDirectory *
checklist_help_func (gpointer     user_data,
                     const char **region)
{
  KhWindow  *self = user_data;
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, KH_PAGE_HELP);

  if (page == NULL)
    {
      page = create_help_page (self);
      gtk_widget_add_css_class (page, "zoomable");
      gtk_stack_add_named (self->stack, page, KH_PAGE_HELP);
      scale_clamps (page, self->text_scale);
    }
  if (!KH_IS_RESOURCES_PAGE (page))
    return NULL;

  *region = kh_resources_page_get_shown_region (KH_RESOURCES_PAGE (page));
  return kh_resources_page_get_directory (KH_RESOURCES_PAGE (page));
}

static GtkWidget *
create_checklist_page (KhWindow *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *page;

  if (self->checklist == NULL && !(self->checklist = kh_checklist_new_bundled (&error)))
    {
      g_warning ("Bundled checklist is broken: %s", error->message);
      return create_pending_page (_ ("Screening checklist"),
                                  _ ("The checklist could not be loaded. This copy of Kratom Help "
                                     "is damaged; please reinstall it."));
    }

  page = kh_checklist_page_new (self->checklist);
  kh_checklist_page_set_help_func (KH_CHECKLIST_PAGE (page), checklist_help_func, self);
  /* A kiosk visitor's answers stay on the screen. */
  if (self->kiosk != NULL)
    kh_checklist_page_set_can_print (KH_CHECKLIST_PAGE (page), FALSE);

  return page;
}

static void
checklist_reset_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  /* The page, if built, follows the model back to the first question. */
  if (self->checklist != NULL)
    kh_checklist_reset (self->checklist);
}

static void
print_checklist_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KhWindow  *self = KH_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, KH_PAGE_CHECKLIST);

  if (KH_IS_CHECKLIST_PAGE (page))
    kh_checklist_page_print (KH_CHECKLIST_PAGE (page));
}

/* Desktop: through the print dialog. Kiosk: only if the clinic allows
 * it, and then straight to the default printer. */
static KhHelpPrintMode
help_print_mode (KhWindow *self)
{
  if (self->kiosk == NULL)
    return KH_HELP_PRINT_DIALOG;

  return kh_kiosk_get_allow_print (self->kiosk) ? KH_HELP_PRINT_DIRECT : KH_HELP_PRINT_NONE;
}

static GtkWidget *
create_help_page (KhWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GSettings      *settings = NULL;
  gboolean        persistent = FALSE;
  GtkWidget      *page;

  /* The region chosen is saved only where the app remembers things. */
  if (KH_IS_APPLICATION (application))
    {
      settings = kh_application_get_settings (KH_APPLICATION (application));
      persistent = kh_application_get_persistent (KH_APPLICATION (application));
    }

  page = kh_resources_page_new_for_settings (settings, persistent);

  /* A kiosk starts every visit in its own region, and hands no number
   * to the system: it shows them, with their QR codes. */
  if (self->kiosk != NULL)
    {
      if (settings != NULL)
        g_settings_unbind (page, "region");
      kh_resources_page_set_region (KH_RESOURCES_PAGE (page), kh_kiosk_get_default_region (self->kiosk));
      kh_resources_page_set_can_open (KH_RESOURCES_PAGE (page), FALSE);
      kh_resources_page_set_show_qr_codes (KH_RESOURCES_PAGE (page), TRUE);
    }
  kh_resources_page_set_print_mode (KH_RESOURCES_PAGE (page), help_print_mode (self));

  return page;
}

static const BuiltinPage builtin_pages[] = {
  { KH_PAGE_CHECKLIST, N_ ("Screening checklist"), "checkbox-checked-symbolic", create_checklist_page },
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

static void
scale_clamp (GtkWidget *widget,
             gpointer   user_data)
{
  if (KH_IS_CLAMP (widget))
    kh_clamp_set_scale (KH_CLAMP (widget), *(double *) user_data);
}

static void
scale_clamps (GtkWidget *widget,
              double     scale)
{
  kh_widget_foreach (widget, scale_clamp, &scale);
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
                        "max-width-chars", 24,
                        NULL);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  return row;
}

static GtkWidget *
create_page (KhWindow   *self,
             const char *id)
{
  const BuiltinPage *builtin;
  KhSection         *section;

  if ((section = kh_content_lookup_section (self->content, id)))
    return kh_section_page_new (section);

  if ((builtin = find_builtin_page (id)))
    return builtin->create (self);

  g_return_val_if_reached (NULL);
}

/**
 * kh_window_get_page_widget:
 * @self: a #KhWindow
 * @page_id: a page id
 *
 * Returns: (transfer none) (nullable): the page's widget, if it has been
 *   built (pages are built the first time they are shown)
 */
GtkWidget *
kh_window_get_page_widget (KhWindow   *self,
                           const char *page_id)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);
  g_return_val_if_fail (page_id != NULL, NULL);

  return gtk_stack_get_child_by_name (self->stack, page_id);
}

static void
present_page (KhWindow   *self,
              const char *id)
{
  GtkWidget *page;

  if (!(page = gtk_stack_get_child_by_name (self->stack, id)))
    {
      page = create_page (self, id);
      gtk_widget_add_css_class (page, "zoomable");
      gtk_stack_add_named (self->stack, page, id);
      scale_clamps (page, self->text_scale);
    }

  if (KH_IS_SECTION_PAGE (page))
    kh_section_page_scroll_to_top (KH_SECTION_PAGE (page));
  else if (KH_IS_RESOURCES_PAGE (page))
    kh_resources_page_scroll_to_top (KH_RESOURCES_PAGE (page));

  /* Choosing a page ends a search, without going back to where it began. */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      self->opening_result = TRUE;
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      self->opening_result = FALSE;
    }

  gtk_stack_set_visible_child (self->stack, page);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PAGE]);
}

static void
sidebar_row_selected_cb (KhWindow      *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list)
{
  if (row == NULL)
    return;

  present_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
sidebar_row_activated_cb (KhWindow      *self,
                          GtkListBoxRow *row,
                          GtkListBox    *list)
{
  GtkWidget *page;

  /* The row of the page shown before the search: row-selected is not
   * emitted again, so go back to it here. */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    present_page (self, gtk_widget_get_name (GTK_WIDGET (row)));

  /* In a narrow window the list covers the page: get it out of the way. */
  if (self->narrow)
    gtk_toggle_button_set_active (self->sidebar_button, FALSE);

  if ((page = gtk_stack_get_visible_child (self->stack)))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* Tab in the list of pages goes into the page shown, as it does in the
 * sidebars of GNOME apps, rather than to the next row. */
static gboolean
sidebar_key_pressed_cb (KhWindow              *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  GtkWidget *page;

  if ((keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab) ||
      (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (self->narrow)
    gtk_toggle_button_set_active (self->sidebar_button, FALSE);

  page = gtk_stack_get_visible_child (self->stack);
  if (page != NULL && gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD))
    return GDK_EVENT_STOP;

  return GDK_EVENT_PROPAGATE;
}

static GtkListBoxRow *
find_row (KhWindow   *self,
          const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_str_equal (gtk_widget_get_name (child), id))
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

/**
 * kh_window_show_page:
 * @self: a #KhWindow
 * @page_id: a section id, or a built-in page such as "checklist"
 *
 * Returns: %TRUE if the page exists and is now shown
 */
gboolean
kh_window_show_page (KhWindow   *self,
                     const char *page_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (KH_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (page_id != NULL, FALSE);

  if (!(row = find_row (self, page_id)))
    {
      g_debug ("No page “%s”", page_id);
      return FALSE;
    }

  /* Selecting the selected row again emits nothing; the search page may
   * be in front of it. */
  if (gtk_list_box_get_selected_row (self->sidebar) == row)
    present_page (self, page_id);
  else
    gtk_list_box_select_row (self->sidebar, row);

  if (self->narrow)
    gtk_toggle_button_set_active (self->sidebar_button, FALSE);

  return TRUE;
}

/**
 * kh_window_get_visible_page:
 *
 * Returns: (nullable): the id of the page shown
 */
const char *
kh_window_get_visible_page (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  kh_window_show_page (self, g_variant_get_string (parameter, NULL));
}

static void
step_page (KhWindow *self,
           int       delta)
{
  const char *current = kh_window_get_visible_page (self);
  guint       n = self->page_ids->len;
  guint       index = 0;

  if (n == 0)
    return;

  for (guint i = 0; current != NULL && i < n; i++)
    if (g_str_equal (g_ptr_array_index (self->page_ids, i), current))
      index = i;

  index = (index + n + delta) % n;
  kh_window_show_page (self, g_ptr_array_index (self->page_ids, index));
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  step_page (KH_WINDOW (widget), 1);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  step_page (KH_WINDOW (widget), -1);
}

static void
show_page_number_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);
  int       number = g_variant_get_int32 (parameter);

  if (number >= 1 && (guint) number <= self->page_ids->len)
    kh_window_show_page (self, g_ptr_array_index (self->page_ids, number - 1));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  gtk_toggle_button_set_active (self->sidebar_button,
                                !gtk_toggle_button_get_active (self->sidebar_button));
}

/* The checklist's questions and hints, so "sleep" or "cravings" finds them. */
static void
add_checklist_to_search (KhWindow *self)
{
  const char *title = _ ("Screening checklist");
  g_autoptr (GError) error = NULL;

  if (self->checklist == NULL && !(self->checklist = kh_checklist_new_bundled (&error)))
    return;

  for (guint i = 0; i < kh_checklist_get_n_questions (self->checklist); i++)
    {
      const char *hint = kh_checklist_get_question_hint (self->checklist, i);

      kh_search_index_add (self->search_index, KH_PAGE_CHECKLIST, title, i, KH_SEARCH_FIELD_HEADING,
                           kh_checklist_get_question_text (self->checklist, i));
      if (hint != NULL)
        kh_search_index_add (self->search_index, KH_PAGE_CHECKLIST, title, i, KH_SEARCH_FIELD_BODY, hint);
    }
}

/* The help services of the region Get help shows, by name and by what
 * they do, so "poison" or "helpline" leads there. */
static void
add_directory_to_search (KhWindow *self)
{
  const char *title = _ ("Get help");
  GtkWidget  *page = gtk_stack_get_child_by_name (self->stack, KH_PAGE_HELP);
  g_autoptr (KhDirectory) bundled = NULL;
  g_autoptr (GPtrArray) services = NULL;
  KhDirectory *directory;
  const char  *region;

  if (KH_IS_RESOURCES_PAGE (page))
    {
      directory = kh_resources_page_get_directory (KH_RESOURCES_PAGE (page));
      region = kh_resources_page_get_shown_region (KH_RESOURCES_PAGE (page));
    }
  else
    {
      if (!(bundled = kh_directory_new_bundled (NULL)))
        return;
      directory = bundled;
      region = kh_directory_region_for_locale (directory, kh_locale_get_environment ());
    }

  services = kh_directory_dup_services (directory, region);
  for (guint i = 0; i < services->len; i++)
    {
      KhService *service = g_ptr_array_index (services, i);

      kh_search_index_add (self->search_index, KH_PAGE_HELP, title, -1, KH_SEARCH_FIELD_HEADING,
                           kh_service_get_name (service));
      if (kh_service_get_description (service) != NULL)
        kh_search_index_add (self->search_index, KH_PAGE_HELP, title, -1, KH_SEARCH_FIELD_BODY,
                             kh_service_get_description (service));
    }
}

static void
ensure_search (KhWindow *self)
{
  if (self->search_page != NULL)
    return;

  self->search_index = kh_search_index_new ();
  if (self->content != NULL)
    kh_search_index_add_content (self->search_index, self->content);
  add_checklist_to_search (self);
  add_directory_to_search (self);

  self->search_page = kh_search_page_new ();
  gtk_widget_add_css_class (self->search_page, "zoomable");
  scale_clamps (self->search_page, self->text_scale);
  kh_search_page_set_index (KH_SEARCH_PAGE (self->search_page), self->search_index);
  gtk_stack_add_named (self->stack, self->search_page, "search");
}

static void
search_mode_changed_cb (KhWindow *self)
{
  const char *visible = kh_window_get_visible_page (self);

  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      ensure_search (self);
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
        present_page (self, self->page_before_search);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PAGE]);
}

static void
search_changed_cb (KhWindow *self)
{
  if (self->search_page == NULL)
    return;

  kh_search_page_set_query (KH_SEARCH_PAGE (self->search_page),
                            gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
search_activate_cb (KhWindow *self)
{
  if (self->search_page != NULL)
    kh_search_page_activate_first (KH_SEARCH_PAGE (self->search_page));
}

static void
search_stop_cb (KhWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
open_search_result_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  KhWindow   *self = KH_WINDOW (widget);
  const char *page_id;
  GtkWidget  *page;
  int         block_index;

  g_variant_get (parameter, "(&si)", &page_id, &block_index);

  if (!kh_window_show_page (self, page_id))
    return;

  page = kh_window_get_page_widget (self, page_id);
  if (KH_IS_SECTION_PAGE (page) && block_index >= 0)
    kh_section_page_reveal_block (KH_SECTION_PAGE (page), block_index);
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

  ensure_search (self);
  return self->search_index;
}

static void
apply_text_scale (KhWindow *self)
{
  g_autofree char *css = NULL;
  g_autofree char *percent = NULL;
  char             number[G_ASCII_DTOSTR_BUF_SIZE];

  /* Pages get the class "zoomable"; their headings are sized in em in
   * style.css, so everything on them grows together. */
  g_ascii_formatd (number, sizeof number, "%.0f", self->text_scale * 100);
  css = g_strdup_printf (".zoomable { font-size: %s%%; }", number);
#if GTK_CHECK_VERSION(4, 12, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_css_provider_load_from_string (self->text_scale_provider, css);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_css_provider_load_from_data (self->text_scale_provider, css, -1);
#endif

  scale_clamps (GTK_WIDGET (self->stack), self->text_scale);

  /* Translators: the text size in the main menu, e.g. "120%" */
  percent = g_strdup_printf (_ ("%s%%"), number);
  gtk_button_set_label (self->zoom_reset_button, percent);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", self->text_scale < KH_TEXT_SCALE_MAX - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", self->text_scale > KH_TEXT_SCALE_MIN + 0.001);
}

double
kh_window_get_text_scale (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), 1.0);

  return self->text_scale;
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
  if (G_APPROX_VALUE (scale, self->text_scale, 0.001))
    return;

  self->text_scale = scale;
  apply_text_scale (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    kh_window_set_text_scale (self, self->text_scale + 0.1);
  else if (g_str_equal (action_name, "win.zoom-out"))
    kh_window_set_text_scale (self, self->text_scale - 0.1);
  else
    kh_window_set_text_scale (self, 1.0);
}

static void
update_layout (KhWindow *self)
{
  gboolean sidebar_shown = gtk_toggle_button_get_active (self->sidebar_button);

  /* Narrow: the list of pages and the page take turns. */
  gtk_widget_set_visible (GTK_WIDGET (self->stack), !(self->narrow && sidebar_shown));
  gtk_widget_set_hexpand (self->sidebar_scroller, self->narrow);
  if (sidebar_shown && self->narrow)
    gtk_widget_grab_focus (GTK_WIDGET (self->sidebar));
}

static void
update_get_help_button (KhWindow *self)
{
  if (self->narrow)
    gtk_button_set_icon_name (self->get_help_button, "call-start-symbolic");
  else
    gtk_button_set_label (self->get_help_button, _ ("Get help now"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->get_help_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Get help now"),
                                  -1);
}

static gboolean
layout_idle_cb (gpointer user_data)
{
  KhWindow *self = user_data;
  int       width = gtk_widget_get_width (GTK_WIDGET (self));
  gboolean  narrow = width > 0 && width < NARROW_WIDTH;

  self->layout_idle_id = 0;

  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      /* The header bar must fit a phone-sized window too. */
      gtk_widget_set_visible (self->title_label, !narrow);
      update_get_help_button (self);
      gtk_toggle_button_set_active (self->sidebar_button, !narrow);
      update_layout (self);
    }

  return G_SOURCE_REMOVE;
}

static void
kh_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  KhWindow *self = KH_WINDOW (widget);
  gboolean  narrow = width < NARROW_WIDTH;

  GTK_WIDGET_CLASS (kh_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Changing what is visible during allocation is not allowed: do it
   * right after. */
  if (narrow != self->narrow && self->layout_idle_id == 0)
    self->layout_idle_id = g_idle_add (layout_idle_cb, self);
}

static void
show_error_page (KhWindow *self)
{
  GtkWidget *box, *image, *label;

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), FALSE);
  gtk_toggle_button_set_active (self->sidebar_button, FALSE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_add_css_class (box, "error-page");

  image = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  gtk_image_set_pixel_size (GTK_IMAGE (image), 64);
  gtk_widget_add_css_class (image, "dim-label");
  gtk_box_append (GTK_BOX (box), image);

  label = kh_heading_label_new (_ ("The information could not be loaded"), 1);
  gtk_label_set_xalign (GTK_LABEL (label), 0.5f);
  gtk_widget_add_css_class (label, "title-1");
  gtk_box_append (GTK_BOX (box), label);

  label = kh_body_label_new (_ ("This copy of Kratom Help is damaged. Please reinstall it. "
                                "If you need help now, call your local emergency number."));
  gtk_label_set_xalign (GTK_LABEL (label), 0.5f);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), label);

  label = kh_body_label_new (self->content_error != NULL ? self->content_error->message : "");
  gtk_label_set_xalign (GTK_LABEL (label), 0.5f);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  gtk_stack_add_named (self->stack, box, "error");
  gtk_stack_set_visible_child (self->stack, box);
}

/* The list of pages, in the current language. */
static void
fill_sidebar (KhWindow *self)
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

/* Strings of kh-window.ui that GtkBuilder translated once, to set again
 * when the language changes. */
static const struct
{
  const char *id;
  const char *property;
  const char *msgid;
} chrome_strings[] = {
  { "title_label", "label", N_ ("Kratom Help") },
  { "sidebar_button", "tooltip-text", N_ ("Show Sections") },
  { "search_button", "tooltip-text", N_ ("Search") },
  { "menu_button", "tooltip-text", N_ ("Main Menu") },
  { "get_help_button", "tooltip-text", N_ ("Emergency numbers and helplines") },
  { "search_entry", "placeholder-text", N_ ("Search all pages") },
  { "text_size_label", "label", N_ ("Text size") },
  { "zoom_out_button", "tooltip-text", N_ ("Smaller Text") },
  { "zoom_reset_button", "tooltip-text", N_ ("Normal Text Size") },
  { "zoom_in_button", "tooltip-text", N_ ("Larger Text") },
};

static const struct
{
  const char *id;
  const char *msgid;
} chrome_accessible_labels[] = {
  { "sidebar_button", N_ ("Show sections") },
  { "search_button", N_ ("Search") },
  { "menu_button", N_ ("Main menu") },
  { "sidebar", N_ ("Sections") },
  { "search_entry", N_ ("Search all pages") },
  { "zoom_out_button", N_ ("Smaller text") },
  { "zoom_in_button", N_ ("Larger text") },
};

static void
translate_chrome (KhWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _ ("Kratom Help"));

  for (guint i = 0; i < G_N_ELEMENTS (chrome_strings); i++)
    {
      GObject *object = gtk_widget_get_template_child (GTK_WIDGET (self), KH_TYPE_WINDOW, chrome_strings[i].id);

      g_object_set (object, chrome_strings[i].property, _ (chrome_strings[i].msgid), NULL);
    }

  for (guint i = 0; i < G_N_ELEMENTS (chrome_accessible_labels); i++)
    {
      GObject *object = gtk_widget_get_template_child (GTK_WIDGET (self), KH_TYPE_WINDOW,
                                                       chrome_accessible_labels[i].id);

      gtk_accessible_update_property (GTK_ACCESSIBLE (object),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ (chrome_accessible_labels[i].msgid),
                                      -1);
    }

  update_get_help_button (self);
}

/* The main menu, built from its own file so that it can be built again
 * in another language; the languages are added here. */
static void
build_menu (KhWindow *self)
{
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/kh-window-menu.ui");
  GMenu             *languages = G_MENU (gtk_builder_get_object (builder, "language_section"));
  const char *const *codes = kh_i18n_get_languages ();
  GtkPopover        *popover = gtk_menu_button_get_popover (self->menu_button);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (kh_i18n_get_language_name (codes[i]), NULL);

      g_menu_item_set_action_and_target (item, "app.language", "s", codes[i]);
      g_menu_append_item (languages, item);
    }

  /* The text size row moves from the old popover to the new one. */
  g_object_ref (self->text_size_box);
  if (popover != NULL && gtk_widget_get_parent (self->text_size_box) != NULL)
    gtk_popover_menu_remove_child (GTK_POPOVER_MENU (popover), self->text_size_box);
  gtk_menu_button_set_menu_model (self->menu_button,
                                  G_MENU_MODEL (gtk_builder_get_object (builder, "primary_menu")));
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (gtk_menu_button_get_popover (self->menu_button)),
                              self->text_size_box, "text-size");
  g_object_unref (self->text_size_box);
}

/**
 * kh_window_retranslate:
 * @self: a #KhWindow
 *
 * Shows everything again in the current language: the window's own
 * strings and menus, the list of pages, and every page, which is built
 * anew from its model, so the page shown, the checklist answers and the
 * search stay as they were.
 */
void
kh_window_retranslate (KhWindow *self)
{
  g_autofree char *visible = NULL;
  g_autoptr (GPtrArray) pages = g_ptr_array_new ();
  GtkBuilder *builder;
  gboolean    searching;

  g_return_if_fail (KH_IS_WINDOW (self));

  translate_chrome (self);
  build_menu (self);
  if (self->kiosk != NULL)
    kh_kiosk_retranslate (self->kiosk);

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/gtk/help-overlay.ui");
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                           GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
  g_object_unref (builder);

  if (self->content == NULL)
    return;

  searching = gtk_search_bar_get_search_mode (self->search_bar);
  visible = g_strdup (searching ? self->page_before_search : kh_window_get_visible_page (self));

  /* Pages are built again the next time they are shown. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (pages, child);
  for (guint i = 0; i < pages->len; i++)
    gtk_stack_remove (self->stack, pages->pdata[i]);
  self->search_page = NULL;
  g_clear_object (&self->search_index);

  g_signal_handlers_block_by_func (self->sidebar, sidebar_row_selected_cb, self);
  fill_sidebar (self);
  g_signal_handlers_unblock_by_func (self->sidebar, sidebar_row_selected_cb, self);

  if (visible == NULL || !kh_window_show_page (self, visible))
    kh_window_show_page (self, g_ptr_array_index (self->page_ids, 0));

  if (searching)
    search_mode_changed_cb (self);
}

static void
populate (KhWindow *self)
{
  if (self->content == NULL)
    {
      show_error_page (self);
      return;
    }

  fill_sidebar (self);
  kh_window_show_page (self, g_ptr_array_index (self->page_ids, 0));
}

static void
kh_window_constructed (GObject *object)
{
  KhWindow *self = (KhWindow *) object;

  G_OBJECT_CLASS (kh_window_parent_class)->constructed (object);

  populate (self);
}

static void
kh_window_dispose (GObject *object)
{
  KhWindow *self = (KhWindow *) object;

  g_clear_handle_id (&self->layout_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_WINDOW);
  g_clear_object (&self->content);
  g_clear_object (&self->checklist);
  g_clear_object (&self->search_index);
  g_clear_object (&self->kiosk);
  self->search_page = NULL;
  if (self->text_scale_provider != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->text_scale_provider));
  g_clear_object (&self->text_scale_provider);

  G_OBJECT_CLASS (kh_window_parent_class)->dispose (object);
}

static void
kh_window_finalize (GObject *object)
{
  KhWindow *self = (KhWindow *) object;

  g_clear_error (&self->content_error);
  g_clear_pointer (&self->page_ids, g_ptr_array_unref);
  g_clear_pointer (&self->page_before_search, g_free);

  G_OBJECT_CLASS (kh_window_parent_class)->finalize (object);
}

static void
kh_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KhWindow *self = KH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;

    case PROP_CONTENT_ERROR:
      g_value_set_boxed (value, self->content_error);
      break;

    case PROP_VISIBLE_PAGE:
      g_value_set_string (value, kh_window_get_visible_page (self));
      break;

    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KhWindow *self = KH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      self->content = g_value_dup_object (value);
      break;

    case PROP_CONTENT_ERROR:
      self->content_error = g_value_dup_boxed (value);
      break;

    case PROP_TEXT_SCALE:
      kh_window_set_text_scale (self, g_value_get_double (value));
      break;

    case PROP_VISIBLE_PAGE:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_window_class_init (KhWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kh_window_constructed;
  object_class->dispose = kh_window_dispose;
  object_class->finalize = kh_window_finalize;
  object_class->get_property = kh_window_get_property;
  object_class->set_property = kh_window_set_property;

  widget_class->size_allocate = kh_window_size_allocate;

  properties[PROP_CONTENT] =
      g_param_spec_object ("content", NULL, NULL, KH_TYPE_CONTENT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTENT_ERROR] =
      g_param_spec_boxed ("content-error", NULL, NULL, G_TYPE_ERROR,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISIBLE_PAGE] =
      g_param_spec_string ("visible-page", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SCALE] =
      g_param_spec_double ("text-scale", NULL, NULL, KH_TEXT_SCALE_MIN, KH_TEXT_SCALE_MAX, 1.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KhWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, sidebar_scroller);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, get_help_button);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, title_label);
  /* looked up by name only, to be translated again */
  gtk_widget_class_bind_template_child_full (widget_class, "search_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "text_size_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "zoom_out_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "zoom_in_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, text_size_box);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, zoom_reset_button);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "win.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-page-number", "i", show_page_number_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.checklist-reset", NULL, checklist_reset_action);
  gtk_widget_class_install_action (widget_class, "win.print-checklist", NULL, print_checklist_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.open-search-result", "(si)", open_search_result_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "win.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "win.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  for (int i = 1; i <= 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK,
                                         "win.show-page-number", "i", i);
}

static void
sidebar_button_toggled_cb (KhWindow *self)
{
  update_layout (self);
}

static void
kh_window_init (KhWindow *self)
{
  GtkEventController *controller;

  g_type_ensure (KH_TYPE_CLAMP);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  build_menu (self);

  self->text_scale = 1.0;
  self->text_scale_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->text_scale_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  apply_text_scale (self);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (sidebar_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar), controller);

  self->page_ids = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect_object (self->sidebar_button, "toggled",
                           G_CALLBACK (sidebar_button_toggled_cb), self,
                           G_CONNECT_SWAPPED);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

/**
 * kh_window_new:
 * @application: the application
 * @content: (nullable): the loaded content, or %NULL if it failed to load
 * @content_error: (nullable): why the content failed to load
 *
 * Returns: (transfer none): a new window
 */
KhWindow *
kh_window_new (GtkApplication *application,
               KhContent      *content,
               const GError   *content_error)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (content == NULL || KH_IS_CONTENT (content), NULL);

  return g_object_new (KH_TYPE_WINDOW,
                       "application", application,
                       "content", content,
                       "content-error", content_error,
                       NULL);
}

/**
 * kh_window_get_content:
 *
 * Returns: (transfer none) (nullable): the content shown
 */
KhContent *
kh_window_get_content (KhWindow *self)
{
  g_return_val_if_fail (KH_IS_WINDOW (self), NULL);

  return self->content;
}

/* Kiosk mode: everything a visitor can change here, and how it is put
 * back at the end of the visit. */

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
  KhWindow  *self = owner;
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, KH_PAGE_CHECKLIST);

  if (KH_IS_CHECKLIST_PAGE (page))
    kh_checklist_page_reset (KH_CHECKLIST_PAGE (page));
  else if (self->checklist != NULL)
    kh_checklist_reset (self->checklist);
}

static void
reset_region (gpointer owner)
{
  KhWindow  *self = owner;
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, KH_PAGE_HELP);

  if (KH_IS_RESOURCES_PAGE (page))
    {
      kh_resources_page_set_region (KH_RESOURCES_PAGE (page), kh_kiosk_get_default_region (self->kiosk));
      kh_resources_page_set_show_qr_codes (KH_RESOURCES_PAGE (page), TRUE);
    }
}

static void
reset_text_scale (gpointer owner)
{
  kh_window_set_text_scale (KH_WINDOW (owner), KH_KIOSK_TEXT_SCALE);
}

static void
collapse_expander (GtkWidget *widget,
                   gpointer   user_data)
{
  if (GTK_IS_EXPANDER (widget))
    gtk_expander_set_expanded (GTK_EXPANDER (widget), FALSE);
}

static void
reset_expanders (gpointer owner)
{
  KhWindow *self = owner;

  kh_widget_foreach (GTK_WIDGET (self->stack), collapse_expander, NULL);
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
  if (KH_IS_RESOURCES_PAGE (page = gtk_stack_get_child_by_name (self->stack, KH_PAGE_HELP)))
    {
      g_settings_unbind (page, "region");
      kh_resources_page_set_can_open (KH_RESOURCES_PAGE (page), FALSE);
      kh_resources_page_set_print_mode (KH_RESOURCES_PAGE (page), help_print_mode (self));
    }

  kh_kiosk_register_reset (kiosk, "search", self, reset_search);
  kh_kiosk_register_reset (kiosk, "checklist", self, reset_checklist);
  kh_kiosk_register_reset (kiosk, "region", self, reset_region);
  kh_kiosk_register_reset (kiosk, "text-scale", self, reset_text_scale);
  kh_kiosk_register_reset (kiosk, "faq-expanders", self, reset_expanders);
  kh_kiosk_register_reset (kiosk, "scroll-positions", self, reset_scroll_positions);
  /* Last: the first page, once everything behind it is clean. */
  kh_kiosk_register_reset (kiosk, "page", self, reset_page);

  reset_region (self);
  reset_text_scale (self);
}
