/* kh-window-actions.c: the main window's actions and their shortcuts
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
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  kh_window_ensure_search_entry (self);
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

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhWindow *self = KH_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    kh_window_set_text_scale (self, kh_window_get_text_scale (self) + 0.1);
  else if (g_str_equal (action_name, "win.zoom-out"))
    kh_window_set_text_scale (self, kh_window_get_text_scale (self) - 0.1);
  else
    kh_window_set_text_scale (self, 1.0);
}

/* The window's actions and their keys; the menus, the shortcuts window,
 * the kiosk's lockdown and the tests all go through these doors. */
void
kh_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "win.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-page-number", "i", show_page_number_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
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
