/* kh-window.c: the main window: sidebar of pages and the page shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-clamp.h"
#include "kh-help-page.h"
#include "kh-i18n.h"
#include "kh-kiosk.h"
#include "kh-models.h"
#include "kh-search-index.h"
#include "kh-search-page.h"
#include "kh-section-page.h"
#include "kh-status-page.h"
#include "kh-widgets.h"
#include "kh-window-private.h"

/* Below this width the sidebar hides behind its button and, when shown,
 * takes the whole window, so the text gets the room. */
#define NARROW_WIDTH 600

G_DEFINE_FINAL_TYPE (KhWindow, kh_window, GTK_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_MODELS,
  PROP_LOCKDOWN,
  PROP_KIOSK,
  PROP_VISIT,
  PROP_REGION,
  PROP_VISIBLE_PAGE,
  PROP_TEXT_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
scale_clamp (GtkWidget *widget,
             gpointer   user_data)
{
  if (KH_IS_CLAMP (widget))
    kh_clamp_set_scale (KH_CLAMP (widget), *(double *) user_data);
}

void
kh_window_scale_clamps (GtkWidget *widget,
                        double     scale)
{
  kh_widget_foreach (widget, scale_clamp, &scale);
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

void
kh_window_present_page (KhWindow   *self,
                        const char *id)
{
  GtkWidget *page;

  if (!(page = gtk_stack_get_child_by_name (self->stack, id)))
    {
      page = kh_window_create_page (self, id);
      gtk_widget_add_css_class (page, "zoomable");
      gtk_stack_add_named (self->stack, page, id);
      kh_window_scale_clamps (page, kh_window_get_text_scale (self));
    }

  if (KH_IS_SECTION_PAGE (page))
    kh_section_page_scroll_to_top (KH_SECTION_PAGE (page));
  else if (KH_IS_HELP_PAGE (page))
    kh_help_page_scroll_to_top (KH_HELP_PAGE (page));

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

void
kh_window_sidebar_row_selected_cb (KhWindow      *self,
                                   GtkListBoxRow *row,
                                   GtkListBox    *list)
{
  if (row == NULL)
    return;

  kh_window_present_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
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
    kh_window_present_page (self, gtk_widget_get_name (GTK_WIDGET (row)));

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
    kh_window_present_page (self, page_id);
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

void
kh_window_notify_visit (KhWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIT]);
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

void
kh_window_update_get_help_button (KhWindow *self)
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
      kh_read_aloud_set_compact (self->read_aloud, narrow);
      kh_window_update_get_help_button (self);
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

/* Broken content: what happened, what to do now, and the details. */
static void
show_error_page (KhWindow *self)
{
  GtkWidget *page;

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), FALSE);
  gtk_toggle_button_set_active (self->sidebar_button, FALSE);

  page = kh_status_page_new ("dialog-error-symbolic", _ ("The information could not be loaded"),
                             _ ("This copy of Kratom Help is damaged. Please reinstall it. "
                                "If you need help now, call your local emergency number."));
  kh_status_page_set_details (KH_STATUS_PAGE (page), self->content_error != NULL ? self->content_error->message : NULL);
  gtk_widget_add_css_class (page, "error-page");

  gtk_stack_add_named (self->stack, page, "error");
  gtk_stack_set_visible_child (self->stack, page);
}

static void
populate (KhWindow *self)
{
  if (self->content == NULL)
    {
      show_error_page (self);
      return;
    }

  kh_window_fill_sidebar (self);
  kh_window_show_page (self, g_ptr_array_index (self->page_ids, 0));
}

static void
kh_window_constructed (GObject *object)
{
  KhWindow *self = (KhWindow *) object;

  G_OBJECT_CLASS (kh_window_parent_class)->constructed (object);

  if (self->models == NULL)
    self->models = kh_models_new (NULL);
  if (self->lockdown == NULL)
    self->lockdown = kh_lockdown_new ();
  self->content = kh_models_get_content (self->models, &self->content_error);
  self->checklist = kh_models_get_checklist (self->models, NULL);
  kh_read_aloud_set_models (self->read_aloud, self->models);

  kh_window_follow_lockdown (self);
  if (self->kiosk != NULL)
    kh_window_setup_kiosk (self);

  kh_window_start_visit (self);
  populate (self);
}

static void
kh_window_dispose (GObject *object)
{
  KhWindow *self = (KhWindow *) object;

  g_clear_handle_id (&self->layout_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_WINDOW);
  g_clear_object (&self->search_index);
  g_clear_object (&self->kiosk);
  if (self->visit != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->visit, self);
      kh_visit_end (self->visit);
      g_clear_object (&self->visit);
    }
  self->search_text_binding = NULL;
  g_clear_object (&self->lockdown);
  self->content = NULL;
  self->content_error = NULL;
  self->checklist = NULL;
  g_clear_object (&self->models);
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

  g_clear_pointer (&self->search_region, g_free);
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
    case PROP_MODELS:
      g_value_set_object (value, self->models);
      break;

    case PROP_LOCKDOWN:
      g_value_set_object (value, self->lockdown);
      break;

    case PROP_KIOSK:
      g_value_set_object (value, self->kiosk);
      break;

    case PROP_VISIT:
      g_value_set_object (value, self->visit);
      break;

    case PROP_REGION:
      g_value_set_string (value, kh_window_get_region (self));
      break;

    case PROP_VISIBLE_PAGE:
      g_value_set_string (value, kh_window_get_visible_page (self));
      break;

    case PROP_TEXT_SCALE:
      g_value_set_double (value, kh_window_get_text_scale (self));
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
    case PROP_MODELS:
      self->models = g_value_dup_object (value);
      break;

    case PROP_LOCKDOWN:
      self->lockdown = g_value_dup_object (value);
      break;

    case PROP_KIOSK:
      self->kiosk = g_value_dup_object (value);
      break;

    case PROP_REGION:
      kh_window_set_region (self, g_value_get_string (value));
      break;

    case PROP_TEXT_SCALE:
      kh_window_set_text_scale (self, g_value_get_double (value));
      break;

    case PROP_VISIT:
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

  properties[PROP_MODELS] =
      g_param_spec_object ("models", NULL, NULL, KH_TYPE_MODELS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* what the window and its pages may hand to the system */
  properties[PROP_LOCKDOWN] =
      g_param_spec_object ("lockdown", NULL, NULL, KH_TYPE_LOCKDOWN,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* the kiosk this window is, if it is one */
  properties[PROP_KIOSK] =
      g_param_spec_object ("kiosk", NULL, NULL, KH_TYPE_KIOSK,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISIT] =
      g_param_spec_object ("visit", NULL, NULL, KH_TYPE_VISIT,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION] =
      g_param_spec_string ("region", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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
  gtk_widget_class_bind_template_child (widget_class, KhWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, get_help_button);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, read_aloud);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, title_label);
  /* looked up by name only, to be translated again */
  gtk_widget_class_bind_template_child_full (widget_class, "search_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "text_size_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "zoom_out_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "zoom_in_button", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, text_size_box);
  gtk_widget_class_bind_template_child (widget_class, KhWindow, zoom_reset_button);
  gtk_widget_class_bind_template_callback_full (widget_class, "search_mode_changed_cb", G_CALLBACK (kh_window_search_mode_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "sidebar_row_selected_cb", G_CALLBACK (kh_window_sidebar_row_selected_cb));
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  kh_window_class_add_actions (widget_class);
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
  g_type_ensure (KH_TYPE_READ_ALOUD);
  gtk_widget_init_template (GTK_WIDGET (self));
  kh_read_aloud_set_stack (self->read_aloud, self->stack);
  kh_window_set_tooltips (self);

  kh_window_init_menu (self);
  kh_window_add_help_overlay_action (self);

  self->text_scale_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->text_scale_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  kh_window_apply_text_scale (self);

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
 * @models: what the window shows: the window and its pages load nothing
 *   themselves
 *
 * Returns: (transfer none): a new window, as on the desktop: nothing
 *   locked down
 */
KhWindow *
kh_window_new (GtkApplication *application,
               KhModels       *models)
{
  return kh_window_new_full (application, models, NULL, NULL);
}

/**
 * kh_window_new_full:
 * @application: the application
 * @models: what the window shows
 * @lockdown: (nullable): what the window and its pages may hand to the
 *   system; %NULL allows everything
 * @kiosk: (nullable): the kiosk this window is: it ends visits, and the
 *   window starts each in the kiosk's region and text size
 *
 * Returns: (transfer none): a new window
 */
KhWindow *
kh_window_new_full (GtkApplication *application,
                    KhModels       *models,
                    KhLockdown     *lockdown,
                    KhKiosk        *kiosk)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (KH_IS_MODELS (models), NULL);
  g_return_val_if_fail (lockdown == NULL || KH_IS_LOCKDOWN (lockdown), NULL);
  g_return_val_if_fail (kiosk == NULL || KH_IS_KIOSK (kiosk), NULL);

  return g_object_new (KH_TYPE_WINDOW,
                       "application", application,
                       "models", models,
                       "lockdown", lockdown,
                       "kiosk", kiosk,
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
