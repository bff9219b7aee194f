/* kh-kiosk.c: kiosk mode: idle watch, the end of a visit, the staff exit
 *
 * A clinic's waiting-room machine shows the app to one stranger after
 * another. KhKiosk owns the policy: with the app's #KhLockdown shut
 * (addresses, About links, printing, quitting), it keeps the screen awake,
 * watches for input with one re-armed timer, and ends a visit when asked
 * ("Start over") or when nobody has touched the screen for a while.
 *
 * Ending a visit runs the resets registered with
 * kh_kiosk_register_reset() for what lives outside the window (the
 * clipboard, dialogs, language, style), then emits ::visit-ended, on
 * which the window drops the visit and builds its pages again with a
 * fresh one (see kh-window-visit.c). The controls it adds to the window
 * are in kh-kiosk-controls.c, its resets in kh-kiosk-resets.c, and the
 * fit to a monitor without a window manager in kh-kiosk-fit.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-kiosk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-kiosk-private.h"

G_DEFINE_FINAL_TYPE (KhKiosk, kh_kiosk, G_TYPE_OBJECT)

enum
{
  VISIT_ENDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

void
kh_kiosk_hide_notice (KhKiosk *self)
{
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  if (self->notice != NULL)
    gtk_widget_set_visible (self->notice, FALSE);
}

void
kh_kiosk_hide_exit_prompt (KhKiosk *self)
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

  kh_kiosk_hide_notice (self);

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

void
kh_kiosk_update_countdown (KhKiosk *self)
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

  kh_kiosk_update_countdown (self);
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
  kh_kiosk_update_countdown (self);
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
  kh_kiosk_hide_notice (self);
  arm_idle (self);
}

/**
 * kh_kiosk_note_speech:
 * @self: a #KhKiosk
 *
 * The app began reading something aloud. That keeps a visit going only
 * while the visitor is interacting: within one idle timeout of their
 * last input and with no "Are you still there?" notice shown. A visitor
 * who walks away from "Read all pages" still gets the notice, and the
 * next visitor a fresh kiosk.
 */
void
kh_kiosk_note_speech (KhKiosk *self)
{
  g_return_if_fail (KH_IS_KIOSK (self));

  if (!self->visit_active || kh_kiosk_get_notice_shown (self))
    return;
  if (g_get_monotonic_time () - self->last_input >= (gint64) self->idle_timeout_ms * 1000)
    return;

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

  if (self->settings == NULL)
    return;

  pin = g_settings_get_string (self->settings, "kiosk-exit-pin");
  if (pin[0] == '\0')
    {
      g_debug ("No exit PIN is set: the kiosk cannot be left");
      return;
    }

  kh_kiosk_ensure_exit_prompt (self);
  if (self->exit_prompt == NULL)
    return;

  kh_kiosk_hide_notice (self);
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

void
kh_kiosk_pin_activate_cb (KhKiosk *self)
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
  self->text_size_box = NULL;
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
  /* GTK gives a full-screen window this class once the window system
   * says it is full screen, after the window is shown: styled with it
   * from the start, the window is not styled again, whole, before its
   * first frame. Should the window system refuse, GTK takes it off. */
  gtk_widget_add_css_class (GTK_WIDGET (window), "fullscreen");
  kh_kiosk_add_overlay (self, window);
  kh_kiosk_build_controls (self);
  self->fit = kh_kiosk_fit_new (window);

  g_signal_connect_object (window, "close-request", G_CALLBACK (close_request_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "destroy", G_CALLBACK (window_destroy_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "map", G_CALLBACK (window_map_cb), self, G_CONNECT_SWAPPED);
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    window_map_cb (self, window);

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
  kh_kiosk_hide_notice (self);
  g_clear_object (&self->fit);
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
        g_object_weak_unref (entry->owner, kh_kiosk_owner_finalized_cb, self);
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
  g_array_set_clear_func (self->resets, kh_kiosk_reset_entry_clear);
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
 * @application: the app, to which the kiosk adds app.start-over
 * @settings: (nullable): the app's settings: kiosk-idle-timeout,
 *   kiosk-exit-pin, kiosk-region, kiosk-language, kiosk-allow-print
 *
 * Makes the app a kiosk; the app shuts its doors with its #KhLockdown.
 * Give the kiosk to the window (#KhWindow:kiosk), which starts a fresh
 * visit on #KhKiosk::visit-ended, and call kh_kiosk_attach() with it.
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
      self->allow_read_aloud = g_settings_get_boolean (settings, "kiosk-read-aloud");
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
      self->allow_read_aloud = TRUE;
      self->language = g_strdup ("");
      self->region = g_strdup ("");
    }

  add_start_over (self);

  /* The kiosk's own state; the window registers its own after these. */
  kh_kiosk_register_own_resets (self);

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

/**
 * kh_kiosk_get_allow_read_aloud:
 *
 * Returns: whether visitors may have pages read aloud
 *   ("kiosk-read-aloud")
 */
gboolean
kh_kiosk_get_allow_read_aloud (KhKiosk *self)
{
  g_return_val_if_fail (KH_IS_KIOSK (self), FALSE);

  return self->allow_read_aloud;
}
