/* test-kiosk-input.c: the kiosk driven by real X input
 *
 * test-kiosk.c checks the kiosk through its API; here key presses and
 * pointer motion come from outside, synthesised by xdotool through the
 * X server, and a close request comes as a window manager would send it
 * (kh-x11-close), on an Xvfb display with no window manager. The idle
 * timeout is shortened through the API, as in test-kiosk.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gtk/gtk.h>

#include "kh-application.h"
#include "kh-kiosk.h"
#include "kh-test-util.h"
#include "kh-window.h"

#define SCHEMA_ID "io.github.kratomhelp.KratomHelp"
#define IDLE_MS 3000
#define COUNTDOWN_MS 3000

typedef struct
{
  KhApplication *app;
  GtkWindow     *window;
  KhKiosk       *kiosk;
  GSettings     *settings;
  char          *xid;
  gboolean       visit_ended;
  guint          n_keys;
  guint          n_motions;
  guint          n_ctrl_q;
  gint64         last_input;
  gint64         max_gap;
} Fixture;

static guint n_close_requests;

static gboolean
close_request_hook (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               user_data)
{
  n_close_requests++;
  return TRUE;
}

static void
note_arrival (Fixture *fixture)
{
  gint64 now = g_get_monotonic_time ();

  if (fixture->last_input != 0)
    fixture->max_gap = MAX (fixture->max_gap, now - fixture->last_input);
  fixture->last_input = now;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Fixture               *fixture)
{
  fixture->n_keys++;
  if ((keyval == GDK_KEY_q || keyval == GDK_KEY_Q) && (state & GDK_CONTROL_MASK) &&
      !(state & GDK_ALT_MASK))
    fixture->n_ctrl_q++;
  note_arrival (fixture);
  return GDK_EVENT_PROPAGATE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           Fixture                  *fixture)
{
  fixture->n_motions++;
  note_arrival (fixture);
}

static void
visit_ended_cb (KhKiosk *kiosk,
                Fixture *fixture)
{
  fixture->visit_ended = TRUE;
}

static void
fixture_start (Fixture *fixture,
               gboolean kiosk)
{
  static guint     n_apps;
  g_autofree char *app_id = g_strdup_printf ("%s.InputTest%u", SCHEMA_ID, n_apps++);
  g_autoptr (GError) error = NULL;
  GtkEventController *controller;
  GdkSurface         *surface;

  fixture->settings = g_settings_new (SCHEMA_ID);
  fixture->app = kh_application_new ();
  g_application_set_application_id (G_APPLICATION (fixture->app), app_id);
  g_application_set_flags (G_APPLICATION (fixture->app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  if (kiosk)
    kh_application_enable_kiosk (fixture->app);
  g_application_activate (G_APPLICATION (fixture->app));

  fixture->window = gtk_application_get_windows (GTK_APPLICATION (fixture->app))->data;
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  fixture->kiosk = kh_application_get_kiosk (fixture->app);
  if (fixture->kiosk != NULL)
    g_signal_connect (fixture->kiosk, "visit-ended", G_CALLBACK (visit_ended_cb), fixture);

  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)), 10000);
  if (!gtk_widget_get_mapped (GTK_WIDGET (fixture->window)))
    g_error ("the %s window was not mapped within 10 s", kiosk ? "kiosk" : "desktop");

  surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  if (!GDK_IS_X11_SURFACE (surface))
    g_error ("these tests need an X11 display (xdotool): run them under Xvfb");
  fixture->xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));

  /* Sees what arrives from the X server, before any widget. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), fixture);
  gtk_widget_add_controller (GTK_WIDGET (fixture->window), controller);
  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), fixture);
  gtk_widget_add_controller (GTK_WIDGET (fixture->window), controller);
}

static void
fixture_stop (Fixture *fixture)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  kh_test_wait_for (fixture->window == NULL, 2000);
  g_assert_null (fixture->window);
  /* The fixture lives on the test's stack: a kiosk that outlives the
   * test must not write into the next one's. */
  if (fixture->kiosk != NULL)
    g_signal_handlers_disconnect_by_data (fixture->kiosk, fixture);
  g_clear_object (&fixture->app);
  g_settings_reset (fixture->settings, "kiosk-exit-pin");
  g_clear_object (&fixture->settings);
  g_clear_pointer (&fixture->xid, g_free);
}

static void
subprocess_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  gboolean *done = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *done = TRUE;
}

/* Runs a command (xdotool, kh-x11-close) while the main loop keeps
 * running, so the app handles what the X server delivers meanwhile. */
static void
run_x_command (const char *first,
               ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;
  gboolean         done = FALSE;
  va_list          args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  line = g_strjoinv (" ", (char **) argv->pdata);

  process = g_subprocess_newv ((const char *const *) argv->pdata, G_SUBPROCESS_FLAGS_NONE, &error);
  if (process == NULL)
    g_error ("cannot run “%s”: %s", line, error->message);
  g_subprocess_wait_async (process, NULL, subprocess_done_cb, &done);
  kh_test_wait_for (done, 10000);
  if (!done)
    g_error ("“%s” did not finish within 10 s", line);
  if (!g_subprocess_get_successful (process))
    g_error ("“%s” failed", line);
}

static void
focus_window (Fixture *fixture)
{
  run_x_command ("xdotool", "mousemove", "--window", fixture->xid, "200", "200", NULL);
  run_x_command ("xdotool", "windowfocus", "--sync", fixture->xid, NULL);
}

/* Iterates until nothing is pending, so what an event would have
 * caused (a close, a quit) has happened. */
static void
settle (void)
{
  for (int i = 0; i < 100 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static char *
notice_text (Fixture *fixture)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  kh_test_collect_labels (GTK_WIDGET (fixture->window), labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_mapped (labels->pdata[i]) &&
        g_str_has_prefix (gtk_label_get_text (labels->pdata[i]), "Are you still there?"))
      return g_strdup (gtk_label_get_text (labels->pdata[i]));

  return NULL;
}

static gboolean
notice_changed (Fixture    *fixture,
                const char *first,
                char      **later)
{
  g_free (*later);
  *later = notice_text (fixture);

  return *later == NULL || !g_str_equal (*later, first);
}

static void
test_idle (void)
{
  Fixture          fixture = { 0 };
  g_autofree char *first = NULL;
  g_autofree char *later = NULL;
  gint64           start, end, shown_at;
  guint            n_keys, n_motions;

  fixture_start (&fixture, TRUE);
  kh_kiosk_set_idle_timeout_ms (fixture.kiosk, IDLE_MS);
  kh_kiosk_set_countdown_ms (fixture.kiosk, COUNTDOWN_MS);
  focus_window (&fixture);

  /* Input keeps coming for well over twice the timeout: no notice. */
  start = g_get_monotonic_time ();
  end = start + (2 * IDLE_MS + COUNTDOWN_MS) * 1000;
  fixture.last_input = 0;
  fixture.max_gap = 0;
  for (guint i = 0; g_get_monotonic_time () < end; i++)
    {
      g_autofree char *x = g_strdup_printf ("%u", 100 + (i % 7) * 40);

      if (i % 2)
        run_x_command ("xdotool", "key", "shift", NULL);
      else
        run_x_command ("xdotool", "mousemove", "--window", fixture.xid, x, "300", NULL);
      settle ();
      if (kh_kiosk_get_notice_shown (fixture.kiosk) || fixture.visit_ended)
        g_error ("kiosk window: the idle notice appeared %" G_GINT64_FORMAT " ms into steady input "
                 "(%u keys, %u motions received, longest gap %" G_GINT64_FORMAT " ms)",
                 (g_get_monotonic_time () - start) / 1000, fixture.n_keys, fixture.n_motions,
                 fixture.max_gap / 1000);
    }
  g_test_message ("steady input: %u keys, %u motions, longest gap %" G_GINT64_FORMAT " ms",
                  fixture.n_keys, fixture.n_motions, fixture.max_gap / 1000);
  if (fixture.n_keys == 0 || fixture.n_motions == 0)
    g_error ("kiosk window: xdotool input never arrived (%u keys, %u motions)",
             fixture.n_keys, fixture.n_motions);
  /* Else the test proves nothing: the timer could simply not have run out. */
  g_assert_cmpint (fixture.max_gap, <, IDLE_MS * 1000);

  /* No input: the notice appears after the timeout and counts down. */
  kh_test_wait_for (kh_kiosk_get_notice_shown (fixture.kiosk), IDLE_MS + 10000);
  if (!kh_kiosk_get_notice_shown (fixture.kiosk))
    g_error ("kiosk window: no idle notice %d ms after the last input", IDLE_MS + 10000);
  shown_at = g_get_monotonic_time ();
  g_assert_cmpint (shown_at - fixture.last_input, >=, (IDLE_MS - 100) * 1000);
  first = notice_text (&fixture);
  if (first == NULL)
    g_error ("kiosk window: the notice is shown but no “Are you still there?” label is mapped");
  kh_test_wait_for (notice_changed (&fixture, first, &later), COUNTDOWN_MS);
  g_test_message ("notice: “%s”, then “%s”", first, later);
  if (later == NULL || g_str_equal (later, first))
    g_error ("kiosk window: the notice “%s” did not count down", first);

  /* A real key press cancels it. */
  n_keys = fixture.n_keys;
  run_x_command ("xdotool", "key", "shift", NULL);
  kh_test_wait_for (fixture.n_keys > n_keys, 5000);
  settle ();
  if (kh_kiosk_get_notice_shown (fixture.kiosk) || fixture.visit_ended)
    g_error ("kiosk window: a key press did not cancel the idle notice");

  /* Then, left alone, the visit ends. */
  kh_test_wait_for (kh_kiosk_get_notice_shown (fixture.kiosk), IDLE_MS + 10000);
  g_assert_true (kh_kiosk_get_notice_shown (fixture.kiosk));
  kh_test_wait_for (fixture.visit_ended, COUNTDOWN_MS + 10000);
  if (!fixture.visit_ended)
    g_error ("kiosk window: the visit did not end when the countdown ran out");
  g_assert_false (kh_kiosk_get_notice_shown (fixture.kiosk));

  /* And pointer motion cancels a notice too. */
  fixture.visit_ended = FALSE;
  kh_kiosk_note_input (fixture.kiosk);
  kh_test_wait_for (kh_kiosk_get_notice_shown (fixture.kiosk), IDLE_MS + 10000);
  g_assert_true (kh_kiosk_get_notice_shown (fixture.kiosk));
  n_motions = fixture.n_motions;
  run_x_command ("xdotool", "mousemove", "--window", fixture.xid, "500", "500", NULL);
  kh_test_wait_for (fixture.n_motions > n_motions, 5000);
  settle ();
  if (kh_kiosk_get_notice_shown (fixture.kiosk) || fixture.visit_ended)
    g_error ("kiosk window: pointer motion did not cancel the idle notice");

  fixture_stop (&fixture);
}

static void
type_pin (const char *pin)
{
  run_x_command ("xdotool", "type", "--delay", "30", pin, NULL);
  run_x_command ("xdotool", "key", "Return", NULL);
}

static void
test_staff_exit (void)
{
  Fixture    fixture = { 0 };
  GtkWidget *wrong;

  fixture_start (&fixture, TRUE);
  g_settings_set_string (fixture.settings, "kiosk-exit-pin", "4829");
  focus_window (&fixture);

  run_x_command ("xdotool", "key", "ctrl+alt+shift+q", NULL);
  kh_test_wait_for (kh_kiosk_get_exit_prompt_shown (fixture.kiosk), 5000);
  if (!kh_kiosk_get_exit_prompt_shown (fixture.kiosk))
    g_error ("kiosk window: Ctrl+Alt+Shift+Q did not show the staff PIN prompt");

  type_pin ("1111");
  wrong = kh_test_find_label (GTK_WIDGET (fixture.window), "Wrong PIN");
  g_assert_nonnull (wrong);
  kh_test_wait_for (gtk_widget_get_mapped (wrong), 5000);
  if (!gtk_widget_get_mapped (wrong))
    g_error ("kiosk window: a wrong PIN typed with real keys did not show “Wrong PIN”");
  g_assert_nonnull (fixture.window);
  g_assert_false (kh_kiosk_get_exiting (fixture.kiosk));

  type_pin ("4829");
  kh_test_wait_for (fixture.window == NULL, 5000);
  if (fixture.window != NULL)
    g_error ("kiosk window: still open after the right PIN was typed");

  fixture_stop (&fixture);
}

static void
send_close_request (Fixture *fixture)
{
  guint before = n_close_requests;

  run_x_command (g_getenv ("KH_X11_CLOSE"), fixture->xid, NULL);
  kh_test_wait_for (n_close_requests > before, 5000);
  if (n_close_requests == before)
    g_error ("window %s: no close request arrived from WM_DELETE_WINDOW", fixture->xid);
  settle ();
}

static void
press_ctrl_q (Fixture *fixture)
{
  guint before = fixture->n_ctrl_q;

  run_x_command ("xdotool", "key", "ctrl+q", NULL);
  kh_test_wait_for (fixture->n_ctrl_q > before, 5000);
  if (fixture->n_ctrl_q == before)
    g_error ("window %s: Ctrl+Q never arrived", fixture->xid);
  settle ();
}

static void
test_close_refused (void)
{
  Fixture fixture = { 0 };

  fixture_start (&fixture, TRUE);
  focus_window (&fixture);

  send_close_request (&fixture);
  if (fixture.window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (fixture.window)))
    g_error ("kiosk window: closed by WM_DELETE_WINDOW");

  press_ctrl_q (&fixture);
  if (fixture.window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (fixture.window)))
    g_error ("kiosk window: closed by Ctrl+Q");

  g_assert_false (kh_kiosk_get_exiting (fixture.kiosk));
  fixture_stop (&fixture);
}

static void
test_close_honoured (void)
{
  Fixture fixture = { 0 };

  fixture_start (&fixture, FALSE);
  send_close_request (&fixture);
  kh_test_wait_for (fixture.window == NULL, 5000);
  if (fixture.window != NULL)
    g_error ("desktop window: not closed by WM_DELETE_WINDOW");
  fixture_stop (&fixture);

  fixture_start (&fixture, FALSE);
  focus_window (&fixture);
  press_ctrl_q (&fixture);
  kh_test_wait_for (fixture.window == NULL, 5000);
  if (fixture.window != NULL)
    g_error ("desktop window: not closed by Ctrl+Q");
  fixture_stop (&fixture);
}

/* A window already on screen that becomes a kiosk (as when the app is
 * already running): with no window manager its full-screen request goes
 * unanswered, and GTK no longer fakes it as it does for a window not yet
 * shown, so the kiosk must size the window to its monitor itself. */
static void
test_fit_mapped_window (void)
{
  g_autoptr (GtkApplication) app = gtk_application_new ("io.github.kratomhelp.KratomHelp.FitTest",
                                                        G_APPLICATION_NON_UNIQUE);
  g_autoptr (GError) error = NULL;
  g_autoptr (KhKiosk) kiosk = NULL;
  GtkWindow   *window;
  GdkSurface  *surface;
  GdkMonitor  *monitor;
  GdkRectangle geometry;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  window = GTK_WINDOW (gtk_application_window_new (app));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_set_default_size (window, 1000, 720);
  gtk_window_set_child (window, gtk_label_new ("kiosk"));
  gtk_window_present (window);
  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (window)), 10000);
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  kh_test_wait_for (gdk_surface_get_width (surface) == 1000, 5000);
  g_assert_cmpint (gdk_surface_get_width (surface), ==, 1000);

  monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  g_assert_nonnull (monitor);
  gdk_monitor_get_geometry (monitor, &geometry);
  g_assert_cmpint (geometry.width, >, 1000);

  kiosk = kh_kiosk_new (app, NULL);
  kh_kiosk_attach (kiosk, window);
  kh_test_wait_for (gdk_surface_get_width (surface) == geometry.width &&
                        gdk_surface_get_height (surface) == geometry.height,
                    10000);
  if (gdk_surface_get_width (surface) != geometry.width || gdk_surface_get_height (surface) != geometry.height)
    g_error ("kiosk window on X11 with no window manager: %d×%d, its monitor %d×%d",
             gdk_surface_get_width (surface), gdk_surface_get_height (surface),
             geometry.width, geometry.height);
  g_test_message ("kiosk window %d×%d on a %d×%d monitor", gdk_surface_get_width (surface),
                  gdk_surface_get_height (surface), geometry.width, geometry.height);

  /* As the app does: the kiosk goes before its window. */
  g_clear_object (&kiosk);
  gtk_window_destroy (window);
  kh_test_wait_for (window == NULL, 2000);
  g_assert_null (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  if (g_getenv ("KH_X11_CLOSE") == NULL)
    g_error ("KH_X11_CLOSE must name the kh-x11-close helper");
  g_type_class_unref (g_type_class_ref (GTK_TYPE_WINDOW));
  g_signal_add_emission_hook (g_signal_lookup ("close-request", GTK_TYPE_WINDOW), 0,
                              close_request_hook, NULL, NULL);

  g_test_add_func ("/kiosk-input/fit-mapped-window", test_fit_mapped_window);
  g_test_add_func ("/kiosk-input/idle", test_idle);
  g_test_add_func ("/kiosk-input/staff-exit", test_staff_exit);
  g_test_add_func ("/kiosk-input/close-refused", test_close_refused);
  g_test_add_func ("/kiosk-input/close-honoured-on-desktop", test_close_honoured);

  return g_test_run ();
}
