/* kh-window-i18n.c: the main window in another language, without a restart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-i18n.h"
#include "kh-widgets.h"
#include "kh-window-private.h"

/* Strings of kh-window.ui that GtkBuilder translated once, to set again
 * when the language changes. */
static const struct
{
  const char *id;
  const char *property;
  const char *msgid;
} chrome_strings[] = {
  { "title_label", "label", N_ ("Kratom Help") },
  { "text_size_label", "label", N_ ("Text size") },
};

/* Not in kh-window.ui: see kh_widget_set_tooltip(). */
static const struct
{
  const char *id;
  const char *msgid;
} chrome_tooltips[] = {
  { "sidebar_button", N_ ("Show Sections") },
  { "search_button", N_ ("Search") },
  { "menu_button", N_ ("Main Menu") },
  { "get_help_button", N_ ("Emergency numbers and helplines") },
  { "zoom_out_button", N_ ("Smaller Text") },
  { "zoom_reset_button", N_ ("Normal Text Size") },
  { "zoom_in_button", N_ ("Larger Text") },
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
  { "zoom_out_button", N_ ("Smaller text") },
  { "zoom_in_button", N_ ("Larger text") },
};

/**
 * kh_window_set_tooltips:
 *
 * Sets the tooltips of the header's buttons and of the text size
 * buttons, in the current language.
 */
void
kh_window_set_tooltips (KhWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (chrome_tooltips); i++)
    {
      GObject *object = gtk_widget_get_template_child (GTK_WIDGET (self), KH_TYPE_WINDOW, chrome_tooltips[i].id);

      kh_widget_set_tooltip (GTK_WIDGET (object), _ (chrome_tooltips[i].msgid));
    }
}

void
kh_window_translate_chrome (KhWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _ ("Kratom Help"));

  for (guint i = 0; i < G_N_ELEMENTS (chrome_strings); i++)
    {
      GObject *object = gtk_widget_get_template_child (GTK_WIDGET (self), KH_TYPE_WINDOW, chrome_strings[i].id);

      g_object_set (object, chrome_strings[i].property, _ (chrome_strings[i].msgid), NULL);
    }
  kh_window_set_tooltips (self);
  kh_window_translate_search_entry (self);

  for (guint i = 0; i < G_N_ELEMENTS (chrome_accessible_labels); i++)
    {
      GObject *object = gtk_widget_get_template_child (GTK_WIDGET (self), KH_TYPE_WINDOW,
                                                       chrome_accessible_labels[i].id);

      gtk_accessible_update_property (GTK_ACCESSIBLE (object),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ (chrome_accessible_labels[i].msgid),
                                      -1);
    }

  kh_window_update_get_help_button (self);
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

static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    build_menu (user_data);
}

/* The menu is built the first time it opens: a popover menu is built
 * whole, and building it with the window took a tenth of the work
 * before the first frame, for a menu few visitors open. */
void
kh_window_init_menu (KhWindow *self)
{
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
}

/* The shortcuts window is built the first time it is asked for, not
 * with the window: GtkApplication would build it for every window it
 * gets, before the first frame, though few visitors ever open it. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  KhWindow           *self = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay == NULL)
    {
      g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/shortcuts.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* It keeps the action: this one, found under the same name. */
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

void
kh_window_add_help_overlay_action (KhWindow *self)
{
  static const GActionEntry entries[] = {
    { .name = "show-help-overlay", .activate = show_help_overlay_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}

/**
 * kh_window_retranslate:
 * @self: a #KhWindow
 *
 * Shows everything again in the current language: the window's own
 * strings and menus, the list of pages, and every page, which is built
 * anew from the models and the visit, so the page shown, the checklist
 * answers and the search stay as they were.
 */
void
kh_window_retranslate (KhWindow *self)
{
  g_autofree char *visible = NULL;
  gboolean         searching;

  g_return_if_fail (KH_IS_WINDOW (self));

  /* The next sentence would be in the old language. */
  kh_read_aloud_stop (self->read_aloud);
  kh_read_aloud_retranslate (self->read_aloud);
  kh_window_translate_chrome (self);
  if (gtk_menu_button_get_popover (self->menu_button) != NULL)
    build_menu (self);
  if (self->kiosk != NULL)
    kh_kiosk_retranslate (self->kiosk);

  /* The shortcuts window, if it was shown, is built again in the new
   * language the next time it is asked for. */
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), NULL);

  if (self->content == NULL)
    return;

  searching = gtk_search_bar_get_search_mode (self->search_bar);
  visible = kh_window_drop_pages (self);

  g_signal_handlers_block_by_func (self->sidebar, kh_window_sidebar_row_selected_cb, self);
  kh_window_fill_sidebar (self);
  g_signal_handlers_unblock_by_func (self->sidebar, kh_window_sidebar_row_selected_cb, self);

  if (visible == NULL || !kh_window_show_page (self, visible))
    kh_window_show_page (self, g_ptr_array_index (self->page_ids, 0));

  if (searching)
    kh_window_search_mode_changed_cb (self);
}
