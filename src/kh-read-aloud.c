/* kh-read-aloud.c: the Read aloud control of the main window
 *
 * A header control that reads the page shown (a KhReadable) through a
 * KhSpeech: from the top, or from the block the keyboard focus is in,
 * highlighting each block as it is read. While it reads it offers pause
 * and stop; Escape stops. It stops by itself when the page changes
 * (unless it was asked to read all pages), when the language changes,
 * when the window goes and when a kiosk visit ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-read-aloud"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-i18n.h"
#include "kh-read-aloud.h"
#include "kh-readable.h"
#include "kh-widgets.h"

struct _KhReadAloud
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *box;
  GtkWidget *read_button;
  GtkWidget *read_label;
  GtkWidget *more_button;
  GtkWidget *start_box;
  GtkWidget *pause_button;
  GtkWidget *stop_button;
  GtkWidget *message_popover;
  GtkWidget *message_label;

  /* owned */
  KhSpeech           *speech;
  KhModels           *models;
  GtkEventController *shortcuts;
  char               *first_page;

  /* borrowed (weak pointers) */
  GtkStack  *stack;
  GtkWidget *page;
  KhKiosk   *kiosk;
  GtkWidget *shortcuts_root;

  gboolean read_all;
  gboolean turning_page;
  gboolean in_kiosk;
};

G_DEFINE_FINAL_TYPE (KhReadAloud, kh_read_aloud, GTK_TYPE_WIDGET)

static void
set_page (KhReadAloud *self,
          GtkWidget   *page)
{
  if (self->page == page)
    return;

  if (self->page != NULL)
    {
      kh_readable_highlight (KH_READABLE (self->page), KH_READABLE_NO_ITEM);
      g_object_remove_weak_pointer (G_OBJECT (self->page), (gpointer *) &self->page);
    }
  self->page = page;
  if (page != NULL)
    g_object_add_weak_pointer (G_OBJECT (page), (gpointer *) &self->page);
}

static GtkWidget *
get_visible_readable (KhReadAloud *self)
{
  GtkWidget *child;

  if (self->stack == NULL)
    return NULL;

  child = gtk_stack_get_visible_child (self->stack);
  return KH_IS_READABLE (child) ? child : NULL;
}

static void
update_actions (KhReadAloud *self)
{
  gboolean readable = get_visible_readable (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speech.read", readable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speech.read-all", readable);
}

/* The popover saying why the control cannot read, built the first time
 * there is something to say: on most machines there never is. */
static void
ensure_message_popover (KhReadAloud *self)
{
  if (self->message_popover != NULL)
    return;

  self->message_label = g_object_new (GTK_TYPE_LABEL,
                                      "wrap", TRUE,
                                      "max-width-chars", 40,
                                      "xalign", 0.0f,
                                      "margin-start", 6,
                                      "margin-end", 6,
                                      "margin-top", 6,
                                      "margin-bottom", 6,
                                      NULL);
  self->message_popover = g_object_new (GTK_TYPE_POPOVER,
                                        "autohide", TRUE,
                                        "child", self->message_label,
                                        NULL);
  gtk_widget_add_css_class (self->message_popover, "read-aloud-message");
  gtk_widget_set_parent (self->message_popover, GTK_WIDGET (self));
}

static void
hide_message (KhReadAloud *self)
{
  if (self->message_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->message_popover));
}

static void
read_page (KhReadAloud *self,
           GtkWidget   *page,
           gboolean     from_focus)
{
  g_autoptr (KhSpeechText) text = kh_speech_text_new (kh_i18n_get_effective_language ());
  KhDirectory *directory = self->models != NULL ? kh_models_get_directory (self->models, NULL) : NULL;
  guint        first = 0;

  if (directory != NULL)
    kh_speech_text_add_directory_numbers (text, directory);
  kh_readable_collect (KH_READABLE (page), text);

  if (from_focus)
    {
      guint item = kh_readable_get_focus_item (KH_READABLE (page));

      if (item != KH_READABLE_NO_ITEM)
        first = kh_speech_text_find_item (text, item);
      if (first >= kh_speech_text_get_n_utterances (text))
        first = 0;
    }

  set_page (self, page);
  hide_message (self);
  kh_speech_speak (self->speech, text, first);
}

/**
 * kh_read_aloud_read:
 * @self: a #KhReadAloud
 * @all_pages: go on to the next page at the end of each, until every
 *   page was read
 *
 * Reads the page shown, from the block the keyboard focus is in or from
 * the top.
 */
void
kh_read_aloud_read (KhReadAloud *self,
                    gboolean     all_pages)
{
  GtkWidget *page;

  g_return_if_fail (KH_IS_READ_ALOUD (self));

  if (!(page = get_visible_readable (self)))
    return;

  self->read_all = all_pages;
  g_free (self->first_page);
  self->first_page = g_strdup (gtk_stack_get_visible_child_name (self->stack));
  read_page (self, page, TRUE);
}

/**
 * kh_read_aloud_stop:
 *
 * Stops reading at once and takes the highlight away.
 */
void
kh_read_aloud_stop (KhReadAloud *self)
{
  g_return_if_fail (KH_IS_READ_ALOUD (self));

  self->read_all = FALSE;
  kh_speech_stop (self->speech);
  set_page (self, NULL);
}

static void
read_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  kh_read_aloud_read (KH_READ_ALOUD (widget), g_str_equal (action_name, "speech.read-all"));
}

static void
pause_resume_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KhReadAloud *self = KH_READ_ALOUD (widget);

  if (kh_speech_get_state (self->speech) == KH_SPEECH_PAUSED)
    kh_speech_resume (self->speech);
  else
    kh_speech_pause (self->speech);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  kh_read_aloud_stop (KH_READ_ALOUD (widget));
}

/* Ctrl+R: read, or pause and resume what is being read. */
static gboolean
toggle_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  KhReadAloud *self = user_data;

  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return FALSE;

  if (kh_speech_is_active (self->speech))
    pause_resume_action (GTK_WIDGET (self), "speech.pause-resume", NULL);
  else
    kh_read_aloud_read (self, FALSE);

  return TRUE;
}

static gboolean
read_all_shortcut_cb (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  KhReadAloud *self = user_data;

  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return FALSE;

  kh_read_aloud_read (self, TRUE);
  return TRUE;
}

/* Escape stops reading; when nothing is read, it is left to others. */
static gboolean
stop_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  KhReadAloud *self = user_data;

  if (!kh_speech_is_active (self->speech))
    return FALSE;

  kh_read_aloud_stop (self);
  return TRUE;
}

static void
visible_page_changed_cb (KhReadAloud *self)
{
  GtkWidget *page = get_visible_readable (self);

  update_actions (self);

  if (!(kh_speech_is_active (self->speech) || self->turning_page) || page == self->page)
    return;

  if (self->read_all && page != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), self->first_page) != 0)
    read_page (self, page, FALSE);
  else
    kh_read_aloud_stop (self);
}

static void
finished_cb (KhReadAloud *self)
{
  if (!self->read_all)
    {
      set_page (self, NULL);
      return;
    }

  /* On to the next page, which visible_page_changed_cb() reads; the
   * last page leads back to the first, where reading all ends. */
  self->turning_page = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.next-page", NULL);
  self->turning_page = FALSE;
  if (!kh_speech_is_active (self->speech))
    {
      self->read_all = FALSE;
      set_page (self, NULL);
    }
}

static void
item_changed_cb (KhReadAloud *self)
{
  if (self->page != NULL)
    kh_readable_highlight (KH_READABLE (self->page), kh_speech_get_item (self->speech));
}

static void
state_changed_cb (KhReadAloud *self)
{
  KhSpeechState state = kh_speech_get_state (self->speech);
  gboolean      active = kh_speech_is_active (self->speech);

  gtk_widget_set_visible (self->start_box, !active);
  gtk_widget_set_visible (self->pause_button, active);
  gtk_widget_set_visible (self->stop_button, active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speech.pause-resume", state == KH_SPEECH_SPEAKING || state == KH_SPEECH_PAUSED);

  if (state == KH_SPEECH_PAUSED)
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->pause_button), "media-playback-start-symbolic");
      kh_widget_set_tooltip (self->pause_button, _ ("Resume Reading"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Resume reading"), -1);
    }
  else
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->pause_button), "media-playback-pause-symbolic");
      kh_widget_set_tooltip (self->pause_button, _ ("Pause Reading"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Pause reading"), -1);
    }

  if (!active)
    set_page (self, NULL);
}

static void
message_changed_cb (KhReadAloud *self)
{
  const char *message = kh_speech_get_message (self->speech);

  if (message == NULL)
    {
      hide_message (self);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->read_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  ensure_message_popover (self);
  gtk_label_set_text (GTK_LABEL (self->message_label), message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->read_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  message, -1);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_popover_popup (GTK_POPOVER (self->message_popover));
}

/* Speaking keeps a kiosk visit going only while the visitor is there:
 * the kiosk decides. */
static void
utterance_began_cb (KhReadAloud *self)
{
  if (self->kiosk != NULL)
    kh_kiosk_note_speech (self->kiosk);
}

/**
 * kh_read_aloud_retranslate:
 *
 * Sets the control's words again, in the current language.
 */
/* The menu of ways to read (this page, all pages) is built the first
 * time it opens, like the main menu, and again in a new language once it
 * exists. */
static void
build_more_menu (KhReadAloud *self)
{
  g_autoptr (GMenu) menu = g_menu_new ();

  g_menu_append (menu, _ ("Read This Page"), "speech.read");
  g_menu_append (menu, _ ("Read All Pages"), "speech.read-all");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->more_button), G_MENU_MODEL (menu));
}

static void
create_more_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    build_more_menu (user_data);
}

void
kh_read_aloud_retranslate (KhReadAloud *self)
{
  g_return_if_fail (KH_IS_READ_ALOUD (self));

  gtk_label_set_text (GTK_LABEL (self->read_label), _ ("Read aloud"));
  kh_widget_set_tooltip (self->read_button, _ ("Read Aloud (Ctrl+R)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->read_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Read aloud"), -1);
  kh_widget_set_tooltip (self->more_button, _ ("More Ways to Read Aloud"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("More ways to read aloud"), -1);
  kh_widget_set_tooltip (self->stop_button, _ ("Stop Reading (Escape)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->stop_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Stop reading"), -1);

  if (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->more_button)) != NULL)
    build_more_menu (self);

  state_changed_cb (self);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  key,
              GdkModifierType        modifiers,
              GtkShortcutFunc        func,
              gpointer               user_data)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (key, modifiers),
                                                          gtk_callback_action_new (func, user_data, NULL)));
}

/* The shortcuts work anywhere in the window, not only in this control. */
static void
kh_read_aloud_root (GtkWidget *widget)
{
  KhReadAloud *self = KH_READ_ALOUD (widget);
  GtkWidget   *root;

  GTK_WIDGET_CLASS (kh_read_aloud_parent_class)->root (widget);

  root = GTK_WIDGET (gtk_widget_get_root (widget));
  self->shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (self->shortcuts, "read-aloud-shortcuts");
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (self->shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (self->shortcuts), GDK_KEY_r, GDK_CONTROL_MASK, toggle_shortcut_cb, self);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (self->shortcuts), GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                read_all_shortcut_cb, self);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (self->shortcuts), GDK_KEY_R, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                read_all_shortcut_cb, self);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (self->shortcuts), GDK_KEY_Escape, 0, stop_shortcut_cb, self);
  gtk_widget_add_controller (root, g_object_ref (self->shortcuts));
  self->shortcuts_root = root;
  g_object_add_weak_pointer (G_OBJECT (root), (gpointer *) &self->shortcuts_root);
}

static void
kh_read_aloud_unroot (GtkWidget *widget)
{
  KhReadAloud *self = KH_READ_ALOUD (widget);

  /* The window goes: nothing of it may still speak. */
  kh_read_aloud_stop (self);
  if (self->shortcuts_root != NULL)
    {
      gtk_widget_remove_controller (self->shortcuts_root, self->shortcuts);
      g_object_remove_weak_pointer (G_OBJECT (self->shortcuts_root), (gpointer *) &self->shortcuts_root);
      self->shortcuts_root = NULL;
    }
  g_clear_object (&self->shortcuts);

  GTK_WIDGET_CLASS (kh_read_aloud_parent_class)->unroot (widget);
}

static void
kh_read_aloud_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  KhReadAloud *self = KH_READ_ALOUD (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
  if (self->message_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->message_popover));
}

static void
kh_read_aloud_measure (GtkWidget     *widget,
                       GtkOrientation orientation,
                       int            for_size,
                       int           *minimum,
                       int           *natural,
                       int           *minimum_baseline,
                       int           *natural_baseline)
{
  KhReadAloud *self = KH_READ_ALOUD (widget);

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
kh_read_aloud_dispose (GObject *object)
{
  KhReadAloud *self = (KhReadAloud *) object;

  if (self->speech != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->speech, self);
      kh_speech_stop (self->speech);
    }
  set_page (self, NULL);
  kh_read_aloud_set_stack (self, NULL);
  if (self->kiosk != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->kiosk), (gpointer *) &self->kiosk);
  self->kiosk = NULL;

  g_clear_pointer (&self->message_popover, gtk_widget_unparent);
  self->message_label = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_READ_ALOUD);
  g_clear_object (&self->speech);
  g_clear_object (&self->models);
  g_clear_pointer (&self->first_page, g_free);

  G_OBJECT_CLASS (kh_read_aloud_parent_class)->dispose (object);
}

static void
kh_read_aloud_class_init (KhReadAloudClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_read_aloud_dispose;
  widget_class->root = kh_read_aloud_root;
  widget_class->unroot = kh_read_aloud_unroot;
  widget_class->measure = kh_read_aloud_measure;
  widget_class->size_allocate = kh_read_aloud_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-read-aloud.ui");
  gtk_widget_class_bind_template_child (widget_class, KhReadAloud, box);
  gtk_widget_class_bind_template_child (widget_class, KhReadAloud, start_box);
  gtk_widget_class_bind_template_child (widget_class, KhReadAloud, read_button);
  gtk_widget_class_bind_template_child (widget_class, KhReadAloud, read_label);
  gtk_widget_class_bind_template_child (widget_class, KhReadAloud, more_button);
  gtk_widget_class_bind_template_child (widget_class, KhReadAloud, pause_button);
  gtk_widget_class_bind_template_child (widget_class, KhReadAloud, stop_button);

  gtk_widget_class_install_action (widget_class, "speech.read", NULL, read_action);
  gtk_widget_class_install_action (widget_class, "speech.read-all", NULL, read_action);
  gtk_widget_class_install_action (widget_class, "speech.pause-resume", NULL, pause_resume_action);
  gtk_widget_class_install_action (widget_class, "speech.stop", NULL, stop_action);

  gtk_widget_class_set_css_name (widget_class, "readaloud");
}

static void
kh_read_aloud_init (KhReadAloud *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->speech = kh_speech_new ();
  g_signal_connect_object (self->speech, "notify::state", G_CALLBACK (state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->speech, "notify::item", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->speech, "notify::message", G_CALLBACK (message_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->speech, "finished", G_CALLBACK (finished_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->speech, "utterance-began", G_CALLBACK (utterance_began_cb), self, G_CONNECT_SWAPPED);

  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->more_button), create_more_menu_cb, self, NULL);
  kh_read_aloud_retranslate (self);
  update_actions (self);
}

/**
 * kh_read_aloud_get_speech:
 *
 * Returns: (transfer none): the speech output the control reads with
 */
KhSpeech *
kh_read_aloud_get_speech (KhReadAloud *self)
{
  g_return_val_if_fail (KH_IS_READ_ALOUD (self), NULL);

  return self->speech;
}

/**
 * kh_read_aloud_set_stack:
 * @stack: (nullable): the window's pages
 *
 * Reads the page @stack shows, and stops when it shows another.
 */
void
kh_read_aloud_set_stack (KhReadAloud *self,
                         GtkStack    *stack)
{
  g_return_if_fail (KH_IS_READ_ALOUD (self));

  if (self->stack == stack)
    return;

  if (self->stack != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->stack, visible_page_changed_cb, self);
      g_object_remove_weak_pointer (G_OBJECT (self->stack), (gpointer *) &self->stack);
    }
  self->stack = stack;
  if (stack != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (stack), (gpointer *) &self->stack);
      g_signal_connect_swapped (stack, "notify::visible-child", G_CALLBACK (visible_page_changed_cb), self);
    }
  update_actions (self);
}

/**
 * kh_read_aloud_set_models:
 *
 * Gives the control the app's models: the directory's numbers are read
 * as numbers to dial wherever a page mentions them.
 */
void
kh_read_aloud_set_models (KhReadAloud *self,
                          KhModels    *models)
{
  g_return_if_fail (KH_IS_READ_ALOUD (self));

  g_set_object (&self->models, models);
}

static void
reset_read_aloud (gpointer owner)
{
  KhReadAloud *self = owner;

  kh_read_aloud_stop (self);
  hide_message (self);
}

/**
 * kh_read_aloud_set_kiosk:
 * @kiosk: the kiosk the window is
 * @enabled: whether the clinic offers Read aloud ("kiosk-read-aloud")
 *
 * Makes the control a kiosk's: large, with its name shown, stopped when
 * a visit ends, and with no advice to install anything.
 */
void
kh_read_aloud_set_kiosk (KhReadAloud *self,
                         KhKiosk     *kiosk,
                         gboolean     enabled)
{
  g_return_if_fail (KH_IS_READ_ALOUD (self));
  g_return_if_fail (KH_IS_KIOSK (kiosk));
  g_return_if_fail (self->kiosk == NULL);

  self->kiosk = kiosk;
  g_object_add_weak_pointer (G_OBJECT (kiosk), (gpointer *) &self->kiosk);
  self->in_kiosk = TRUE;
  kh_speech_set_desktop (self->speech, FALSE);
  gtk_widget_set_visible (self->read_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "kiosk");
  gtk_widget_set_visible (GTK_WIDGET (self), enabled);

  kh_kiosk_register_reset (kiosk, "read-aloud", self, reset_read_aloud);
}

/**
 * kh_read_aloud_set_compact:
 * @compact: whether the window is narrow
 *
 * In a narrow window only the main button shows: reading all pages is
 * still Ctrl+Shift+R.
 */
void
kh_read_aloud_set_compact (KhReadAloud *self,
                           gboolean     compact)
{
  g_return_if_fail (KH_IS_READ_ALOUD (self));

  gtk_widget_set_visible (self->more_button, !compact);
}

/**
 * kh_read_aloud_get_message_shown:
 *
 * Returns: whether the control shows why it cannot read
 */
gboolean
kh_read_aloud_get_message_shown (KhReadAloud *self)
{
  g_return_val_if_fail (KH_IS_READ_ALOUD (self), FALSE);

  return self->message_popover != NULL && gtk_widget_get_visible (self->message_popover);
}
