/* kh-kiosk-controls.c: what a kiosk adds to its window: Start over, the
 * text size and the language in the header bar, the "Are you still
 * there?" notice from kh-kiosk.ui, and the staff exit prompt from
 * kh-kiosk-exit.ui, built when first asked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-kiosk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-i18n.h"
#include "kh-kiosk-private.h"
#include "kh-widgets.h"

static GtkWidget *
take (GtkBuilder *builder,
      const char *id)
{
  return GTK_WIDGET (gtk_builder_get_object (builder, id));
}

/* What @file (kh-kiosk.ui or kh-kiosk-exit.ui) holds, in the current
 * language: a whole file, since only a whole file's <interface> names
 * the translation domain. */
static GtkBuilder *
new_builder (KhKiosk    *self,
             const char *file)
{
  GtkBuilder *builder = gtk_builder_new ();
  g_autoptr (GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/", file, NULL);

  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "pin_activate_cb", G_CALLBACK (kh_kiosk_pin_activate_cb));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "hide_exit_prompt", G_CALLBACK (kh_kiosk_hide_exit_prompt));
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  if (!gtk_builder_add_from_resource (builder, path, &error))
    g_error ("%s: %s", file, error->message);

  return builder;
}

/* The menu of the languages, each named in its own language: built the
 * first time it opens. */
static void
create_language_menu_cb (GtkMenuButton *button,
                         gpointer       user_data)
{
  const char *const *codes = kh_i18n_get_languages ();
  g_autoptr (GMenu) menu = NULL;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  menu = g_menu_new ();
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (kh_i18n_get_language_name (codes[i]), NULL);

      g_menu_item_set_action_and_target (item, "app.language", "s", codes[i]);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* The language button says the languages ("English / Español"), so it is
 * found without reading the machine's language; an icon if there are
 * many. */
static void
fill_language_button (KhKiosk   *self,
                      GtkWidget *button)
{
  const char *const *codes = kh_i18n_get_languages ();
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  g_auto (GStrv) strv = NULL;
  g_autofree char *label = NULL;

  for (guint i = 0; codes[i] != NULL; i++)
    g_strv_builder_add (names, kh_i18n_get_language_name (codes[i]));
  strv = g_strv_builder_end (names);
  label = g_strjoinv (" / ", strv);

  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_language_menu_cb, NULL, NULL);
  if (g_strv_length (strv) <= 3)
    gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
  else
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "preferences-desktop-locale-symbolic");
}

/* Builds the kiosk's controls and notice from kh-kiosk.ui,
 * in the current language, and puts them in the window: Start over and
 * the text size in the header bar, where a visitor sees them; the
 * notice over the content. */
void
kh_kiosk_build_controls (KhKiosk *self)
{
  g_autoptr (GtkBuilder) builder = new_builder (self, "kh-kiosk.ui");
  GtkWidget *header_bar = NULL;

  self->start_over_button = take (builder, "start_over_button");
  self->text_size_box = take (builder, "text_size_box");
  self->notice = take (builder, "notice");
  self->notice_label = GTK_LABEL (take (builder, "notice_label"));
  self->language_button = NULL;

  if (self->window != NULL && GTK_IS_BOX (gtk_window_get_child (self->window)))
    header_bar = gtk_widget_get_first_child (gtk_window_get_child (self->window));
  if (GTK_IS_HEADER_BAR (header_bar))
    {
      gtk_header_bar_pack_start (GTK_HEADER_BAR (header_bar), self->start_over_button);
      gtk_header_bar_pack_end (GTK_HEADER_BAR (header_bar), self->text_size_box);
      /* Visitors who do not read the machine's language find theirs on
       * the first screen. */
      if (self->application != NULL && g_action_group_has_action (G_ACTION_GROUP (self->application), "language") &&
          g_strv_length ((char **) kh_i18n_get_languages ()) > 1)
        {
          self->language_button = take (builder, "language_button");
          kh_widget_set_tooltip (self->language_button, _ ("Language"));
          fill_language_button (self, self->language_button);
          gtk_header_bar_pack_end (GTK_HEADER_BAR (header_bar), self->language_button);
        }
    }

  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->notice);
}

/* The staff exit prompt, built the first time staff ask for it: few
 * visits ever see it, and its password entry was half the work of the
 * kiosk's controls before the first frame. Hidden when built. */
void
kh_kiosk_ensure_exit_prompt (KhKiosk *self)
{
  g_autoptr (GtkBuilder) builder = NULL;

  if (self->exit_prompt != NULL || self->overlay == NULL)
    return;

  builder = new_builder (self, "kh-kiosk-exit.ui");
  self->exit_prompt = take (builder, "exit_prompt");
  self->pin_entry = take (builder, "pin_entry");
  self->pin_error = take (builder, "pin_error");
  gtk_widget_set_visible (self->exit_prompt, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->exit_prompt);
}

static void
remove_controls (KhKiosk *self)
{
  GtkWidget *widgets[] = { self->start_over_button, self->text_size_box, self->language_button };

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    if (widgets[i] != NULL && GTK_IS_HEADER_BAR (gtk_widget_get_ancestor (widgets[i], GTK_TYPE_HEADER_BAR)))
      gtk_header_bar_remove (GTK_HEADER_BAR (gtk_widget_get_ancestor (widgets[i], GTK_TYPE_HEADER_BAR)), widgets[i]);
  gtk_overlay_remove_overlay (GTK_OVERLAY (self->overlay), self->notice);
  if (self->exit_prompt != NULL)
    gtk_overlay_remove_overlay (GTK_OVERLAY (self->overlay), self->exit_prompt);
  self->exit_prompt = self->pin_entry = self->pin_error = NULL;
}

/* Puts the header bar into the window, since a full-screen window hides
 * its title bar, and the content under an overlay for the notice and the
 * staff exit prompt. */
void
kh_kiosk_add_overlay (KhKiosk   *self,
                      GtkWindow *window)
{
  GtkWidget *content = gtk_window_get_child (window);
  GtkWidget *titlebar = gtk_window_get_titlebar (window);
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  if (titlebar != NULL)
    {
      g_object_ref (titlebar);
      gtk_window_set_titlebar (window, NULL);
      if (GTK_IS_HEADER_BAR (titlebar))
        gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (titlebar), FALSE);
      gtk_box_append (GTK_BOX (box), titlebar);
      g_object_unref (titlebar);
    }

  if (content != NULL)
    {
      g_object_ref (content);
      gtk_window_set_child (window, NULL);
      gtk_overlay_set_child (GTK_OVERLAY (overlay), content);
      g_object_unref (content);
    }
  gtk_widget_set_vexpand (overlay, TRUE);
  gtk_box_append (GTK_BOX (box), overlay);

  self->overlay = overlay;
  gtk_window_set_child (window, box);
}

/**
 * kh_kiosk_retranslate:
 * @self: a #KhKiosk
 *
 * Shows the kiosk's own controls, notice and staff prompt in the current
 * language, after a visitor changed it: they are built again.
 */
void
kh_kiosk_retranslate (KhKiosk *self)
{
  gboolean notice_shown, prompt_shown;

  g_return_if_fail (KH_IS_KIOSK (self));

  if (self->overlay == NULL)
    return;

  notice_shown = kh_kiosk_get_notice_shown (self);
  prompt_shown = kh_kiosk_get_exit_prompt_shown (self);
  remove_controls (self);
  kh_kiosk_build_controls (self);
  gtk_widget_set_visible (self->notice, notice_shown);
  if (prompt_shown)
    {
      kh_kiosk_ensure_exit_prompt (self);
      gtk_widget_set_visible (self->exit_prompt, TRUE);
    }
  if (notice_shown)
    kh_kiosk_update_countdown (self);
}
