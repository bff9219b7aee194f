/* kh-kiosk.c: kiosk mode: lockdown, idle watch and the end of a visit
 *
 * A clinic's waiting-room machine shows the app to one stranger after
 * another. KhKiosk owns the policy: it shuts every door to the system
 * (addresses, About links, printing, quitting), keeps the screen awake,
 * watches for input with one re-armed timer, and ends a visit when asked
 * ("Start over") or when nobody has touched the screen for a while.
 *
 * Ending a visit runs the resets registered with
 * kh_kiosk_register_reset(): every object holding state a visitor can
 * change registers how to put it back, so nothing is left for the next
 * person, and tests can list what is reset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-kiosk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-i18n.h"
#include "kh-kiosk.h"

/* After kh-kiosk.h: GDK_WINDOWING_X11 comes with GTK's headers. */
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

typedef struct
{
  char            *name;
  gpointer         owner;
  KhKioskResetFunc func;
} ResetEntry;

struct _KhKiosk
{
  GObject parent_instance;

  /* borrowed (weak pointers) */
  GtkApplication *application;
  GtkWindow      *window;

  /* owned */
  GSettings *settings;
  GArray    *resets;
  char      *region;
  char      *language;
  GVariant  *color_scheme;
  GSource   *idle_source;
  guint      idle_timeout_ms;
  guint      countdown_ms;
  guint      countdown_id;
  gint64     countdown_end;
  guint      inhibit_cookie;
  gboolean   visit_active;
  gboolean   exiting;
  gboolean   allow_print;

  /* borrowed: where no window manager makes the window full screen */
  GdkMonitor *fitted_monitor;

  /* borrowed: widgets added to the window */
  GtkWidget *notice;
  GtkLabel  *notice_label;
  GtkWidget *exit_prompt;
  GtkWidget *pin_entry;
  GtkWidget *pin_error;
  GtkWidget *overlay;
  GtkWidget *start_over_button;
  GtkWidget *zoom_out_button;
  GtkWidget *zoom_in_button;
  GtkWidget *language_button;
};

G_DEFINE_FINAL_TYPE (KhKiosk, kh_kiosk, G_TYPE_OBJECT)

enum
{
  VISIT_ENDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
reset_entry_clear (gpointer data)
{
  ResetEntry *entry = data;

  g_free (entry->name);
}

/* The owner of some resets is gone: its state went with it. */
static void
owner_finalized_cb (gpointer user_data,
                    GObject *where_the_object_was)
{
  KhKiosk *self = user_data;

  for (guint i = self->resets->len; i > 0; i--)
    if (g_array_index (self->resets, ResetEntry, i - 1).owner == (gpointer) where_the_object_was)
      g_array_remove_index (self->resets, i - 1);
}

/**
 * kh_kiosk_register_reset:
 * @self: a #KhKiosk
 * @name: a unique name for the state, such as "search"
 * @owner: the object holding the state; the reset is dropped when it is
 *   finalized
 * @func: puts the state back as it was when the kiosk started
 *
 * Every piece of state a visitor can change must be registered, so that
 * the end of a visit clears it. Resets run in the order they were
 * registered.
 */
void
kh_kiosk_register_reset (KhKiosk         *self,
                         const char      *name,
                         gpointer         owner,
                         KhKioskResetFunc func)
{
  ResetEntry *entry;

  g_return_if_fail (KH_IS_KIOSK (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (func != NULL);

  for (guint i = 0; i < self->resets->len; i++)
    g_return_if_fail (!g_str_equal (g_array_index (self->resets, ResetEntry, i).name, name));

  g_array_set_size (self->resets, self->resets->len + 1);
  entry = &g_array_index (self->resets, ResetEntry, self->resets->len - 1);
  entry->name = g_strdup (name);
  entry->owner = owner;
  entry->func = func;

  if (owner != (gpointer) self)
    g_object_weak_ref (owner, owner_finalized_cb, self);
}

/**
 * kh_kiosk_dup_reset_names:
 *
 * Returns: (transfer full): the names of the registered resets, in the
 *   order they run
 */
GStrv
kh_kiosk_dup_reset_names (KhKiosk *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (KH_IS_KIOSK (self), NULL);

  for (guint i = 0; i < self->resets->len; i++)
    g_strv_builder_add (builder, g_array_index (self->resets, ResetEntry, i).name);

  return g_strv_builder_end (builder);
}

static void
disarm_idle (KhKiosk *self)
{
  if (self->idle_source != NULL)
    g_source_set_ready_time (self->idle_source, -1);
}

static void
arm_idle (KhKiosk *self)
{
  if (self->idle_source != NULL)
    g_source_set_ready_time (self->idle_source,
                             g_get_monotonic_time () + (gint64) self->idle_timeout_ms * 1000);
}

static void
hide_notice (KhKiosk *self)
{
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  if (self->notice != NULL)
    gtk_widget_set_visible (self->notice, FALSE);
}

static void
hide_exit_prompt (KhKiosk *self)
{
  if (self->exit_prompt == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
  gtk_widget_set_visible (self->pin_error, FALSE);
  gtk_widget_set_visible (self->exit_prompt, FALSE);
}

/**
 * kh_kiosk_end_visit:
 * @self: a #KhKiosk
 *
 * Puts everything a visitor could change back as it was and shows the
 * first page: what "Start over" and the idle timeout do.
 */
void
kh_kiosk_end_visit (KhKiosk *self)
{
  g_autoptr (GArray) resets = NULL;

  g_return_if_fail (KH_IS_KIOSK (self));

  g_debug ("Ending the visit");

  hide_notice (self);

  /* A copy: a reset may rebuild a page, whose parts register again. */
  resets = g_array_sized_new (FALSE, FALSE, sizeof (ResetEntry), self->resets->len);
  g_array_append_vals (resets, self->resets->data, self->resets->len);
  for (guint i = 0; i < resets->len; i++)
    {
      ResetEntry *entry = &g_array_index (resets, ResetEntry, i);

      entry->func (entry->owner);
    }

  self->visit_active = FALSE;
  disarm_idle (self);

  g_signal_emit (self, signals[VISIT_ENDED], 0);
}

static void
update_countdown (KhKiosk *self)
{
  gint64           remaining_us = self->countdown_end - g_get_monotonic_time ();
  int              seconds = (int) ((remaining_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
  g_autofree char *text = NULL;

  seconds = MAX (seconds, 0);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Are you still there? Starting over in %d second.",
                                       "Are you still there? Starting over in %d seconds.",
                                       seconds),
                          seconds);
  gtk_label_set_text (self->notice_label, text);
}

static gboolean
countdown_cb (gpointer user_data)
{
  KhKiosk *self = user_data;

  if (g_get_monotonic_time () >= self->countdown_end)
    {
      self->countdown_id = 0;
      kh_kiosk_end_visit (self);
      return G_SOURCE_REMOVE;
    }

  update_countdown (self);
  return G_SOURCE_CONTINUE;
}

static void
show_notice (KhKiosk *self)
{
  if (self->notice == NULL)
    {
      kh_kiosk_end_visit (self);
      return;
    }

  self->countdown_end = g_get_monotonic_time () + (gint64) self->countdown_ms * 1000;
  update_countdown (self);
  gtk_widget_set_visible (self->notice, TRUE);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  self->countdown_id = g_timeout_add (MIN (self->countdown_ms, 1000), countdown_cb, self);
}

static gboolean
idle_dispatch (GSource    *source,
               GSourceFunc callback,
               gpointer    user_data)
{
  g_source_set_ready_time (source, -1);
  return callback (user_data);
}

static GSourceFuncs idle_source_funcs = {
  .dispatch = idle_dispatch,
};

static gboolean
idle_cb (gpointer user_data)
{
  KhKiosk *self = user_data;

  if (self->visit_active)
    show_notice (self);

  return G_SOURCE_CONTINUE;
}

/**
 * kh_kiosk_note_input:
 * @self: a #KhKiosk
 *
 * Someone pressed a key, touched the screen, clicked or scrolled: a visit
 * is going on, and the idle timeout starts again.
 */
void
kh_kiosk_note_input (KhKiosk *self)
{
  g_return_if_fail (KH_IS_KIOSK (self));

  self->visit_active = TRUE;
  hide_notice (self);
  arm_idle (self);
}

static gboolean
event_cb (KhKiosk            *self,
          GdkEvent           *event,
          GtkEventController *controller)
{
  GdkEventType type = gdk_event_get_event_type (event);

  if (type == GDK_KEY_PRESS || type == GDK_BUTTON_PRESS || type == GDK_TOUCH_BEGIN ||
      type == GDK_SCROLL || type == GDK_TOUCHPAD_SWIPE || type == GDK_TOUCHPAD_PINCH)
    kh_kiosk_note_input (self);
  /* Moving the pointer only keeps a visit going: motion after a reset
   * (the layout changed under a still pointer) must not start one. */
  else if ((type == GDK_MOTION_NOTIFY || type == GDK_TOUCH_UPDATE) && self->visit_active)
    kh_kiosk_note_input (self);

  return GDK_EVENT_PROPAGATE;
}

gboolean
kh_kiosk_get_visit_active (KhKiosk *self)
{
  g_return_val_if_fail (KH_IS_KIOSK (self), FALSE);

  return self->visit_active;
}

gboolean
kh_kiosk_get_notice_shown (KhKiosk *self)
{
  g_return_val_if_fail (KH_IS_KIOSK (self), FALSE);

  return self->notice != NULL && gtk_widget_get_visible (self->notice);
}

guint
kh_kiosk_get_idle_timeout_ms (KhKiosk *self)
{
  g_return_val_if_fail (KH_IS_KIOSK (self), 0);

  return self->idle_timeout_ms;
}

/**
 * kh_kiosk_set_idle_timeout_ms:
 * @timeout_ms: time without input before the "Are you still there?"
 *   notice shows
 *
 * Overrides the “kiosk-idle-timeout” setting, whose range (30 s to an
 * hour) suits waiting rooms; tests use a few seconds.
 */
void
kh_kiosk_set_idle_timeout_ms (KhKiosk *self,
                              guint    timeout_ms)
{
  g_return_if_fail (KH_IS_KIOSK (self));
  g_return_if_fail (timeout_ms > 0);

  self->idle_timeout_ms = timeout_ms;
  if (self->visit_active && self->countdown_id == 0)
    arm_idle (self);
}

/**
 * kh_kiosk_set_countdown_ms:
 * @countdown_ms: how long the "Are you still there?" notice counts down
 *   before the visit ends (%KH_KIOSK_COUNTDOWN_SECONDS by default)
 */
void
kh_kiosk_set_countdown_ms (KhKiosk *self,
                           guint    countdown_ms)
{
  g_return_if_fail (KH_IS_KIOSK (self));
  g_return_if_fail (countdown_ms > 0);

  self->countdown_ms = countdown_ms;
}

static void
idle_timeout_changed_cb (KhKiosk *self)
{
  kh_kiosk_set_idle_timeout_ms (self, (guint) g_settings_get_int (self->settings, "kiosk-idle-timeout") * 1000);
}

/**
 * kh_kiosk_get_default_region:
 *
 * Returns: the region the Get help page shows at the start of a visit:
 *   the “kiosk-region” setting, else “region”; "" follows the locale
 */
const char *
kh_kiosk_get_default_region (KhKiosk *self)
{
  g_return_val_if_fail (KH_IS_KIOSK (self), "");

  return self->region;
}

/**
 * kh_kiosk_get_default_language:
 *
 * Returns: the language of the start of a visit (“kiosk-language”); ""
 *   is the system's
 */
const char *
kh_kiosk_get_default_language (KhKiosk *self)
{
  g_return_val_if_fail (KH_IS_KIOSK (self), "");

  return self->language;
}

/* Reset: windows other than the kiosk's (About, a print dialog), and
 * every popover of the kiosk's window. */
static void
popdown_all (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget))
    gtk_popover_popdown (GTK_POPOVER (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    popdown_all (child);
}

static void
reset_dialogs (gpointer owner)
{
  KhKiosk *self = owner;
  GList   *windows;

  if (self->application != NULL)
    {
      windows = g_list_copy (gtk_application_get_windows (self->application));
      for (GList *l = windows; l != NULL; l = l->next)
        if (l->data != (gpointer) self->window)
          gtk_window_destroy (l->data);
      g_list_free (windows);
    }

  if (self->window != NULL)
    popdown_all (GTK_WIDGET (self->window));
}

static void
reset_notices (gpointer owner)
{
  KhKiosk *self = owner;

  hide_notice (self);
  hide_exit_prompt (self);
}

/* Reset: what the app put on the clipboard and the selection (a copied
 * number, selected text) is taken back. */
static void
reset_clipboard (gpointer owner)
{
  GdkDisplay   *display = gdk_display_get_default ();
  GdkClipboard *clipboards[2];

  if (display == NULL)
    return;

  clipboards[0] = gdk_display_get_clipboard (display);
  clipboards[1] = gdk_display_get_primary_clipboard (display);
  for (guint i = 0; i < G_N_ELEMENTS (clipboards); i++)
    if (gdk_clipboard_is_local (clipboards[i]) && gdk_clipboard_get_content (clipboards[i]) != NULL)
      gdk_clipboard_set_content (clipboards[i], NULL);
}

/* Reset: the language. The in-app language switch is a stateful
 * "app.language" action taking a language code ("" for the system's);
 * until it exists there is nothing to put back. */
static void
reset_language (gpointer owner)
{
  KhKiosk            *self = owner;
  GActionGroup       *group = G_ACTION_GROUP (self->application);
  const GVariantType *type;

  if (group == NULL || !g_action_group_has_action (group, "language"))
    return;

  type = g_action_group_get_action_parameter_type (group, "language");
  if (type == NULL || !g_variant_type_equal (type, G_VARIANT_TYPE_STRING))
    {
      g_warning ("app.language does not take a string: the language is not reset");
      return;
    }

  if (g_action_group_get_action_state_type (group, "language") != NULL)
    g_action_group_change_action_state (group, "language", g_variant_new_string (self->language));
  else
    g_action_group_activate_action (group, "language", g_variant_new_string (self->language));
}

static void
reset_style (gpointer owner)
{
  KhKiosk *self = owner;

  if (self->application != NULL && self->color_scheme != NULL &&
      g_action_group_has_action (G_ACTION_GROUP (self->application), "color-scheme"))
    g_action_group_change_action_state (G_ACTION_GROUP (self->application), "color-scheme",
                                        self->color_scheme);
}

static void
start_over_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  kh_kiosk_end_visit (KH_KIOSK (user_data));
}

static gboolean
close_request_cb (KhKiosk   *self,
                  GtkWindow *window)
{
  /* Only the staff exit closes a kiosk. */
  return self->exiting ? GDK_EVENT_PROPAGATE : GDK_EVENT_STOP;
}

static void
window_map_cb (KhKiosk   *self,
               GtkWindow *window)
{
  if (self->inhibit_cookie == 0 && self->application != NULL && !self->exiting)
    self->inhibit_cookie = gtk_application_inhibit (self->application, window,
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _ ("Kratom Help is running as a kiosk"));
}

static void
uninhibit (KhKiosk *self)
{
  if (self->inhibit_cookie != 0 && self->application != NULL)
    gtk_application_uninhibit (self->application, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

/**
 * kh_kiosk_show_exit_prompt:
 *
 * Asks for the staff PIN (Ctrl+Alt+Shift+Q). Does nothing when no PIN is
 * set in the “kiosk-exit-pin” setting: then there is no way out.
 */
void
kh_kiosk_show_exit_prompt (KhKiosk *self)
{
  g_autofree char *pin = NULL;

  g_return_if_fail (KH_IS_KIOSK (self));

  if (self->exit_prompt == NULL || self->settings == NULL)
    return;

  pin = g_settings_get_string (self->settings, "kiosk-exit-pin");
  if (pin[0] == '\0')
    {
      g_debug ("No exit PIN is set: the kiosk cannot be left");
      return;
    }

  hide_notice (self);
  gtk_widget_set_visible (self->exit_prompt, TRUE);
  gtk_widget_grab_focus (self->pin_entry);
}

gboolean
kh_kiosk_get_exit_prompt_shown (KhKiosk *self)
{
  g_return_val_if_fail (KH_IS_KIOSK (self), FALSE);

  return self->exit_prompt != NULL && gtk_widget_get_visible (self->exit_prompt);
}

/* Compares without stopping at the first difference. */
static gboolean
pin_equal (const char *a,
           const char *b)
{
  size_t       len_a = strlen (a), len_b = strlen (b);
  unsigned int diff = len_a != len_b;

  for (size_t i = 0; i < len_a; i++)
    diff |= (unsigned char) a[i] ^ (unsigned char) b[i % MAX (len_b, 1)];

  return diff == 0;
}

/**
 * kh_kiosk_try_exit:
 * @pin: what staff typed
 *
 * Ends the visit and closes the app if @pin is the “kiosk-exit-pin”
 * setting, which must not be empty.
 *
 * Returns: %TRUE if the app is closing
 */
gboolean
kh_kiosk_try_exit (KhKiosk    *self,
                   const char *pin)
{
  g_autofree char *expected = NULL;
  GList           *windows;

  g_return_val_if_fail (KH_IS_KIOSK (self), FALSE);
  g_return_val_if_fail (pin != NULL, FALSE);

  if (self->settings == NULL)
    return FALSE;

  expected = g_settings_get_string (self->settings, "kiosk-exit-pin");
  if (expected[0] == '\0' || !pin_equal (pin, expected))
    return FALSE;

  g_message ("Kiosk left with the staff PIN");
  kh_kiosk_end_visit (self);
  self->exiting = TRUE;
  uninhibit (self);

  if (self->application != NULL)
    while ((windows = gtk_application_get_windows (self->application)))
      gtk_window_destroy (windows->data);

  return TRUE;
}

gboolean
kh_kiosk_get_exiting (KhKiosk *self)
{
  g_return_val_if_fail (KH_IS_KIOSK (self), FALSE);

  return self->exiting;
}

static void
pin_activate_cb (KhKiosk *self)
{
  const char *pin = gtk_editable_get_text (GTK_EDITABLE (self->pin_entry));

  if (kh_kiosk_try_exit (self, pin))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
  gtk_widget_set_visible (self->pin_error, TRUE);
  gtk_widget_grab_focus (self->pin_entry);
}

static gboolean
exit_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  kh_kiosk_show_exit_prompt (KH_KIOSK (user_data));
  return TRUE;
}

static GtkWidget *
make_notice (KhKiosk *self)
{
  GtkWidget *box, *label, *button;

  box = g_object_new (GTK_TYPE_BOX,
                      "orientation", GTK_ORIENTATION_HORIZONTAL,
                      "spacing", 18,
                      "halign", GTK_ALIGN_CENTER,
                      "valign", GTK_ALIGN_END,
                      "margin-bottom", 32,
                      "visible", FALSE,
                      "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                      NULL);
  gtk_widget_add_css_class (box, "kiosk-notice");

  label = g_object_new (GTK_TYPE_LABEL, "wrap", TRUE, "xalign", 0.0f, NULL);
  gtk_box_append (GTK_BOX (box), label);
  self->notice_label = GTK_LABEL (label);

  /* Any input hides the notice: this button is there to be pressed. */
  button = gtk_button_new_with_mnemonic (_ ("I’m _still here"));
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (box), button);

  return box;
}

static GtkWidget *
make_exit_prompt (KhKiosk *self)
{
  GtkWidget *card, *label, *buttons, *button;

  card = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 12,
                       "halign", GTK_ALIGN_CENTER,
                       "valign", GTK_ALIGN_CENTER,
                       "visible", FALSE,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                       NULL);
  gtk_widget_add_css_class (card, "kiosk-exit-prompt");

  label = gtk_label_new (_ ("Staff exit"));
  gtk_widget_add_css_class (label, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Staff exit"), -1);
  gtk_box_append (GTK_BOX (card), label);

  label = gtk_label_new (_ ("Enter the PIN to close Kratom Help."));
  gtk_box_append (GTK_BOX (card), label);

  self->pin_entry = g_object_new (GTK_TYPE_PASSWORD_ENTRY,
                                  "activates-default", FALSE,
                                  NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pin_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("PIN"), -1);
  g_signal_connect_object (self->pin_entry, "activate", G_CALLBACK (pin_activate_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (card), self->pin_entry);

  self->pin_error = gtk_label_new (_ ("Wrong PIN"));
  gtk_widget_add_css_class (self->pin_error, "error");
  gtk_widget_set_visible (self->pin_error, FALSE);
  gtk_box_append (GTK_BOX (card), self->pin_error);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  button = gtk_button_new_with_mnemonic (_ ("_Cancel"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (hide_exit_prompt), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_with_mnemonic (_ ("_Close Kratom Help"));
  gtk_widget_add_css_class (button, "destructive-action");
  g_signal_connect_object (button, "clicked", G_CALLBACK (pin_activate_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (card), buttons);

  return card;
}

static GtkWidget *
make_header_button (const char *label,
                    const char *action_name,
                    const char *accessible,
                    const char *css_class)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (accessible != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_add_css_class (button, css_class);

  return button;
}

/* Start over, and text size buttons a visitor can see: no hidden menu. */
static void
add_header_controls (KhKiosk   *self,
                     GtkWindow *window)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (window);
  GtkWidget *box;

  if (!GTK_IS_HEADER_BAR (titlebar))
    return;

  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (titlebar), FALSE);

  self->start_over_button = make_header_button (_ ("_Start Over"), "app.start-over",
                                                _ ("Start over: clear everything and go back to the start"),
                                                "start-over-button");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (titlebar), self->start_over_button);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_add_css_class (box, "kiosk-text-size");
  /* Translators: a button that makes the text smaller; keep it short */
  self->zoom_out_button = make_header_button (_ ("A−"), "win.zoom-out", _ ("Smaller text"), "zoom-out-button");
  gtk_box_append (GTK_BOX (box), self->zoom_out_button);
  /* Translators: a button that makes the text larger; keep it short */
  self->zoom_in_button = make_header_button (_ ("A+"), "win.zoom-in", _ ("Larger text"), "zoom-in-button");
  gtk_box_append (GTK_BOX (box), self->zoom_in_button);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (titlebar), box);

  /* Visitors who do not read the machine's language find theirs on the
   * first screen, each named in its own language. */
  if (self->application != NULL && g_action_group_has_action (G_ACTION_GROUP (self->application), "language"))
    {
      const char *const *codes = kh_i18n_get_languages ();
      g_autoptr (GMenu) menu = g_menu_new ();
      GtkWidget *button;

      for (guint i = 0; codes[i] != NULL; i++)
        {
          g_autoptr (GMenuItem) item = g_menu_item_new (kh_i18n_get_language_name (codes[i]), NULL);

          g_menu_item_set_action_and_target (item, "app.language", "s", codes[i]);
          g_menu_append_item (menu, item);
        }

      if (g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 1)
        {
          /* Each language named in itself ("English / Español"): found
           * without reading the machine's language; an icon if many. */
          g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
          g_auto (GStrv) strv = NULL;
          g_autofree char *label = NULL;

          for (guint i = 0; codes[i] != NULL; i++)
            g_strv_builder_add (names, kh_i18n_get_language_name (codes[i]));
          strv = g_strv_builder_end (names);
          label = g_strjoinv (" / ", strv);

          button = g_object_new (GTK_TYPE_MENU_BUTTON,
                                 "menu-model", menu,
                                 "tooltip-text", _ ("Language"),
                                 NULL);
          if (g_strv_length (strv) <= 3)
            gtk_menu_button_set_label (GTK_MENU_BUTTON (button), label);
          else
            gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "preferences-desktop-locale-symbolic");
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _ ("Language"), -1);
          gtk_widget_add_css_class (button, "kiosk-language-button");
          self->language_button = button;
          gtk_header_bar_pack_end (GTK_HEADER_BAR (titlebar), button);
        }
    }
}

/* Puts the header bar into the window, since a full-screen window hides
 * its title bar, and the content under an overlay for the notice and the
 * staff exit prompt. */
static void
add_overlays (KhKiosk   *self,
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
  self->notice = make_notice (self);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->notice);
  self->exit_prompt = make_exit_prompt (self);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->exit_prompt);
  gtk_window_set_child (window, box);
}

/**
 * kh_kiosk_retranslate:
 * @self: a #KhKiosk
 *
 * Shows the kiosk's own controls, notice and staff prompt in the current
 * language, after a visitor changed it.
 */
void
kh_kiosk_retranslate (KhKiosk *self)
{
  g_return_if_fail (KH_IS_KIOSK (self));

  if (self->start_over_button != NULL)
    {
      gtk_button_set_label (GTK_BUTTON (self->start_over_button), _ ("_Start Over"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_over_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Start over: clear everything and go back to the start"), -1);
    }
  if (self->zoom_out_button != NULL)
    {
      gtk_button_set_label (GTK_BUTTON (self->zoom_out_button), _ ("A−"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->zoom_out_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Smaller text"), -1);
    }
  if (self->zoom_in_button != NULL)
    {
      gtk_button_set_label (GTK_BUTTON (self->zoom_in_button), _ ("A+"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->zoom_in_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Larger text"), -1);
    }
  if (self->language_button != NULL)
    {
      gtk_widget_set_tooltip_text (self->language_button, _ ("Language"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->language_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Language"), -1);
    }

  /* The notice and the prompt are hidden between visits: build them anew. */
  if (self->overlay != NULL)
    {
      gboolean notice_shown = kh_kiosk_get_notice_shown (self);
      gboolean prompt_shown = kh_kiosk_get_exit_prompt_shown (self);

      gtk_overlay_remove_overlay (GTK_OVERLAY (self->overlay), self->notice);
      gtk_overlay_remove_overlay (GTK_OVERLAY (self->overlay), self->exit_prompt);
      self->notice = make_notice (self);
      gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->notice);
      self->exit_prompt = make_exit_prompt (self);
      gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), self->exit_prompt);
      gtk_widget_set_visible (self->notice, notice_shown);
      gtk_widget_set_visible (self->exit_prompt, prompt_shown);
      if (notice_shown)
        update_countdown (self);
    }
}

/* On X11 with no window manager (Xvfb, or a clinic's plain `xinit
 * kratom-help --kiosk`) nothing honours a full-screen request. */
static gboolean
fullscreen_is_honoured (GtkWindow *window)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));

  if (GDK_IS_X11_DISPLAY (display))
    return gdk_x11_screen_supports_net_wm_hint (gdk_x11_display_get_screen (display),
                                                "_NET_WM_STATE_FULLSCREEN");
#endif

  return TRUE;
}

static void fit_to_monitor (KhKiosk *self);

static void
fit_to_monitor_cb (KhKiosk *self)
{
  fit_to_monitor (self);
}

/* Sizes the window to the monitor it is on (with no window manager it
 * stays where it was put, at the monitor's corner) and follows that
 * monitor's size. */
static void
fit_to_monitor (KhKiosk *self)
{
  GdkSurface  *surface;
  GdkDisplay  *display;
  GdkMonitor  *monitor;
  GdkRectangle geometry;

  if (self->window == NULL || fullscreen_is_honoured (self->window) ||
      !(surface = gtk_native_get_surface (GTK_NATIVE (self->window))))
    return;

  display = gdk_surface_get_display (surface);
  monitor = gdk_display_get_monitor_at_surface (display, surface);
  if (monitor == NULL)
    {
      g_autoptr (GdkMonitor) first = g_list_model_get_item (gdk_display_get_monitors (display), 0);

      monitor = first;
    }
  if (monitor == NULL)
    return;

  if (monitor != self->fitted_monitor)
    {
      if (self->fitted_monitor != NULL)
        {
          g_signal_handlers_disconnect_by_data (self->fitted_monitor, self);
          g_object_remove_weak_pointer (G_OBJECT (self->fitted_monitor), (gpointer *) &self->fitted_monitor);
        }
      self->fitted_monitor = monitor;
      g_object_add_weak_pointer (G_OBJECT (monitor), (gpointer *) &self->fitted_monitor);
      g_signal_connect_swapped (monitor, "notify::geometry", G_CALLBACK (fit_to_monitor_cb), self);
    }

  gdk_monitor_get_geometry (monitor, &geometry);
  g_debug ("No window manager honours full screen: sizing the kiosk to its monitor, %d×%d",
           geometry.width, geometry.height);
  gtk_window_set_default_size (self->window, geometry.width, geometry.height);
}

static void
window_realize_cb (KhKiosk   *self,
                   GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (fullscreen_is_honoured (window))
    return;

  g_signal_connect_object (surface, "enter-monitor", G_CALLBACK (fit_to_monitor_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gdk_display_get_monitors (gdk_surface_get_display (surface)), "items-changed",
                           G_CALLBACK (fit_to_monitor_cb), self, G_CONNECT_SWAPPED);
  fit_to_monitor (self);
}

/**
 * kh_kiosk_attach:
 * @self: a #KhKiosk
 * @window: the app's window
 *
 * Makes @window the kiosk: full screen, no window buttons, no way to
 * close it but the staff exit, input watched for the idle timeout, the
 * screen kept awake while it shows.
 */
/* The widgets the kiosk added go with the window: forget them, so that
 * a kiosk outliving its window touches none of them. */
static void
window_destroy_cb (KhKiosk *self)
{
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  self->notice = NULL;
  self->notice_label = NULL;
  self->exit_prompt = NULL;
  self->pin_entry = NULL;
  self->pin_error = NULL;
  self->overlay = NULL;
  self->start_over_button = NULL;
  self->zoom_out_button = NULL;
  self->zoom_in_button = NULL;
  self->language_button = NULL;
}

void
kh_kiosk_attach (KhKiosk   *self,
                 GtkWindow *window)
{
  GtkEventController *controller;
  GtkShortcutTrigger *trigger;

  g_return_if_fail (KH_IS_KIOSK (self));
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (self->window == NULL);

  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);

  gtk_widget_add_css_class (GTK_WIDGET (window), "kiosk");
  gtk_window_set_deletable (window, FALSE);
  gtk_window_set_decorated (window, FALSE);
  gtk_window_fullscreen (window);
  add_header_controls (self, window);
  add_overlays (self, window);

  g_signal_connect_object (window, "close-request", G_CALLBACK (close_request_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "destroy", G_CALLBACK (window_destroy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "map", G_CALLBACK (window_map_cb), self, G_CONNECT_SWAPPED);
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    window_map_cb (self, window);
  g_signal_connect_object (window, "realize", G_CALLBACK (window_realize_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    window_realize_cb (self, window);

  /* One controller sees every input before any widget does. */
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (event_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);

  /* Staff exit: Ctrl+Alt+Shift+Q, then the PIN. */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_q, GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK),
                                         gtk_keyval_trigger_new (GDK_KEY_Q, GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger,
                                                          gtk_callback_action_new (exit_shortcut_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
}

/* The doors to the system are the lockdown's (#KhLockdown); the kiosk
 * adds its own way to start over, and notes the style to go back to. */
static void
add_start_over (KhKiosk *self)
{
  GActionMap *map = G_ACTION_MAP (self->application);
  g_autoptr (GSimpleAction) start_over = NULL;

  start_over = g_simple_action_new ("start-over", NULL);
  g_signal_connect_object (start_over, "activate", G_CALLBACK (start_over_action), self, 0);
  g_action_map_add_action (map, G_ACTION (start_over));

  if (g_action_group_has_action (G_ACTION_GROUP (map), "color-scheme"))
    self->color_scheme = g_action_group_get_action_state (G_ACTION_GROUP (map), "color-scheme");
}

static void
kh_kiosk_dispose (GObject *object)
{
  KhKiosk *self = (KhKiosk *) object;

  uninhibit (self);
  hide_notice (self);
  if (self->fitted_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->fitted_monitor, self);
      g_object_remove_weak_pointer (G_OBJECT (self->fitted_monitor), (gpointer *) &self->fitted_monitor);
      self->fitted_monitor = NULL;
    }
  if (self->idle_source != NULL)
    {
      g_source_destroy (self->idle_source);
      g_clear_pointer (&self->idle_source, g_source_unref);
    }
  if (self->application != NULL)
    {
      g_action_map_remove_action (G_ACTION_MAP (self->application), "start-over");
      g_object_remove_weak_pointer (G_OBJECT (self->application), (gpointer *) &self->application);
      self->application = NULL;
    }
  if (self->window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }

  for (guint i = 0; i < self->resets->len; i++)
    {
      ResetEntry *entry = &g_array_index (self->resets, ResetEntry, i);

      if (entry->owner != (gpointer) self)
        g_object_weak_unref (entry->owner, owner_finalized_cb, self);
    }
  g_array_set_size (self->resets, 0);

  G_OBJECT_CLASS (kh_kiosk_parent_class)->dispose (object);
}

static void
kh_kiosk_finalize (GObject *object)
{
  KhKiosk *self = (KhKiosk *) object;

  g_clear_pointer (&self->resets, g_array_unref);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->color_scheme, g_variant_unref);

  G_OBJECT_CLASS (kh_kiosk_parent_class)->finalize (object);
}

static void
kh_kiosk_class_init (KhKioskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kh_kiosk_dispose;
  object_class->finalize = kh_kiosk_finalize;

  /**
   * KhKiosk::visit-ended:
   *
   * Everything is back as it was: the next visitor can come.
   */
  signals[VISIT_ENDED] = g_signal_new ("visit-ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kh_kiosk_init (KhKiosk *self)
{
  self->resets = g_array_new (FALSE, FALSE, sizeof (ResetEntry));
  g_array_set_clear_func (self->resets, reset_entry_clear);
  self->idle_timeout_ms = 120 * 1000;
  self->countdown_ms = KH_KIOSK_COUNTDOWN_SECONDS * 1000;

  self->idle_source = g_source_new (&idle_source_funcs, sizeof (GSource));
  g_source_set_name (self->idle_source, "[kratom-help] kiosk idle timeout");
  g_source_set_callback (self->idle_source, idle_cb, self, NULL);
  g_source_set_ready_time (self->idle_source, -1);
  g_source_attach (self->idle_source, NULL);
}

/**
 * kh_kiosk_new:
 * @application: the app, whose actions are locked down
 * @settings: (nullable): the app's settings: kiosk-idle-timeout,
 *   kiosk-exit-pin, kiosk-region, kiosk-language
 *
 * Locks the app down as a kiosk. Call kh_kiosk_attach() with its window,
 * and have the window register its resets.
 *
 * Returns: (transfer full): the kiosk
 */
KhKiosk *
kh_kiosk_new (GtkApplication *application,
              GSettings      *settings)
{
  KhKiosk *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KH_TYPE_KIOSK, NULL);
  self->application = application;
  g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);

  if (settings != NULL)
    {
      g_autofree char *region = NULL;

      self->settings = g_object_ref (settings);
      self->language = g_settings_get_string (settings, "kiosk-language");
      self->region = g_settings_get_string (settings, "kiosk-region");
      self->allow_print = g_settings_get_boolean (settings, "kiosk-allow-print");
      if (self->region[0] == '\0')
        {
          g_free (self->region);
          self->region = g_settings_get_string (settings, "region");
        }
      idle_timeout_changed_cb (self);
      g_signal_connect_object (settings, "changed::kiosk-idle-timeout",
                               G_CALLBACK (idle_timeout_changed_cb), self, G_CONNECT_SWAPPED);
    }
  else
    {
      self->language = g_strdup ("");
      self->region = g_strdup ("");
    }

  add_start_over (self);

  /* The kiosk's own state; the window registers its own after these. */
  kh_kiosk_register_reset (self, "notices", self, reset_notices);
  kh_kiosk_register_reset (self, "dialogs-and-popovers", self, reset_dialogs);
  kh_kiosk_register_reset (self, "clipboard", self, reset_clipboard);
  kh_kiosk_register_reset (self, "style", self, reset_style);
  kh_kiosk_register_reset (self, "language", self, reset_language);

  return self;
}

/**
 * kh_kiosk_get_allow_print:
 *
 * Returns: whether the clinic lets visitors print the help numbers
 *   ("kiosk-allow-print"), straight to the default printer
 */
gboolean
kh_kiosk_get_allow_print (KhKiosk *self)
{
  g_return_val_if_fail (KH_IS_KIOSK (self), FALSE);

  return self->allow_print;
}
