/* kh-window.c: the main window: sidebar of pages and the page shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kh-clamp.h"
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

  /* owned */
  KhContent *content;
  GError    *content_error;
  GPtrArray *page_ids;
  guint      layout_idle_id;
  gboolean   narrow;

  /* search: built the first time it is used */
  KhSearchIndex *search_index;
  GtkWidget     *search_page;
  char          *page_before_search;
  gboolean       opening_result;
};

G_DEFINE_FINAL_TYPE (KhWindow, kh_window, GTK_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_CONTENT,
  PROP_CONTENT_ERROR,
  PROP_VISIBLE_PAGE,
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

static GtkWidget *
create_checklist_page (KhWindow *self)
{
  return create_pending_page (_ ("Screening checklist"),
                              _ ("The screening checklist is not part of this version yet."));
}

static GtkWidget *
create_help_page (KhWindow *self)
{
  return create_pending_page (_ ("Get help"),
                              _ ("If you or someone else is in danger now, call your local "
                                 "emergency number."));
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
      gtk_stack_add_named (self->stack, page, id);
    }

  if (KH_IS_SECTION_PAGE (page))
    kh_section_page_scroll_to_top (KH_SECTION_PAGE (page));

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

static void
ensure_search (KhWindow *self)
{
  if (self->search_page != NULL)
    return;

  self->search_index = kh_search_index_new ();
  if (self->content != NULL)
    kh_search_index_add_content (self->search_index, self->content);

  self->search_page = kh_search_page_new ();
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
update_layout (KhWindow *self)
{
  gboolean sidebar_shown = gtk_toggle_button_get_active (self->sidebar_button);

  /* Narrow: the list of pages and the page take turns. */
  gtk_widget_set_visible (GTK_WIDGET (self->stack), !(self->narrow && sidebar_shown));
  gtk_widget_set_hexpand (self->sidebar_scroller, self->narrow);
  if (sidebar_shown && self->narrow)
    gtk_widget_grab_focus (GTK_WIDGET (self->sidebar));
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

static void
populate (KhWindow *self)
{
  if (self->content == NULL)
    {
      show_error_page (self);
      return;
    }

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
  g_clear_object (&self->search_index);
  self->search_page = NULL;

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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KhWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, sidebar_scroller);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, search_entry);
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
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.open-search-result", "(si)", open_search_result_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "win.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "win.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
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
