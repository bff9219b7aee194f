/* test-application.c: the application as launched: --section and a
 * second launch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-application.h"
#include "kh-window.h"

typedef struct
{
  KhApplication *app;
  GSubprocess   *second;
  const char    *expected_first;
  const char    *expected_second;
  gboolean       first_ok;
  gboolean       second_ok;
  guint          n_windows;
  guint          timeout_id;
} Run;

static KhWindow *
only_window (Run *run)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (run->app));

  run->n_windows = g_list_length (windows);
  return windows != NULL ? KH_WINDOW (windows->data) : NULL;
}

static void
second_exited_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr (GError) error = NULL;
  KhWindow *window;

  g_subprocess_wait_check_finish (G_SUBPROCESS (object), result, &error);
  g_assert_no_error (error);

  /* The second launch handed its --section to this instance and left. */
  window = only_window (run);
  run->second_ok = window != NULL &&
                   g_strcmp0 (kh_window_get_visible_page (window), run->expected_second) == 0;
  g_application_quit (G_APPLICATION (run->app));
}

static gboolean
check_first_cb (gpointer user_data)
{
  Run *run = user_data;
  g_autoptr (GError) error = NULL;
  const char      *argv[] = { g_getenv ("KH_APP"), NULL, NULL };
  g_autofree char *section = g_strdup_printf ("--section=%s", run->expected_second);
  KhWindow        *window = only_window (run);

  if (window == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  run->first_ok = g_strcmp0 (kh_window_get_visible_page (window), run->expected_first) == 0;

  argv[1] = section;
  run->second = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check_async (run->second, NULL, second_exited_cb, run);

  return G_SOURCE_REMOVE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  run->timeout_id = 0;
  g_test_fail_printf ("the application did not finish in time");
  g_application_quit (G_APPLICATION (run->app));

  return G_SOURCE_REMOVE;
}

static void
test_section_and_second_launch (void)
{
  Run              run = { 0 };
  g_autofree char *arg0 = g_strdup ("kratom-help");
  g_autofree char *arg1 = g_strdup ("--section=faq");
  char            *argv[] = { arg0, arg1, NULL };
  int              status;

  run.app = kh_application_new ();
  run.expected_first = "faq";
  run.expected_second = "treatment";

  g_timeout_add (50, check_first_cb, &run);
  run.timeout_id = g_timeout_add_seconds (30, timeout_cb, &run);

  status = g_application_run (G_APPLICATION (run.app), G_N_ELEMENTS (argv) - 1, argv);

  g_clear_handle_id (&run.timeout_id, g_source_remove);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.first_ok);
  g_assert_true (run.second_ok);
  g_assert_cmpuint (run.n_windows, ==, 1);

  g_clear_object (&run.second);
  while (gtk_application_get_windows (GTK_APPLICATION (run.app)))
    gtk_window_destroy (gtk_application_get_windows (GTK_APPLICATION (run.app))->data);
  g_assert_finalize_object (run.app);
}

typedef struct
{
  KhApplication *app;
  gboolean       persistent;
  gboolean       done;
} StateRun;

static gboolean
change_state_cb (gpointer user_data)
{
  StateRun *run = user_data;
  GList    *windows = gtk_application_get_windows (GTK_APPLICATION (run->app));
  KhWindow *window;

  if (windows == NULL || !gtk_widget_get_mapped (windows->data))
    return G_SOURCE_CONTINUE;

  window = windows->data;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (kh_window_get_text_scale (window), 1.2, 0.001);
  kh_window_show_page (window, "helping");
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "color-scheme", g_variant_new_string ("dark"));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);

  /* closing the last window ends the app, as the close button does */
  gtk_window_close (GTK_WINDOW (window));
  run->done = TRUE;

  return G_SOURCE_REMOVE;
}

static void
run_and_change_state (gboolean persistent)
{
  StateRun         run = { 0 };
  g_autofree char *arg0 = g_strdup ("kratom-help");
  char            *argv[] = { arg0, NULL };

  run.app = kh_application_new ();
  kh_application_set_persistent (run.app, persistent);
  g_timeout_add (50, change_state_cb, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (run.app), 1, argv), ==, 0);
  g_assert_true (run.done);
  g_assert_finalize_object (run.app);
}

static void
test_remembers_state (void)
{
  g_autoptr (GSettings) settings = g_settings_new ("io.github.kratomhelp.KratomHelp");
  g_autofree char *last_page = NULL;
  g_autofree char *color_scheme = NULL;

  run_and_change_state (TRUE);

  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-scale"), 1.2, 0.001);
  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "helping");
  color_scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (color_scheme, ==, "dark");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);

  /* and the next start opens where the last one left off */
  {
    g_autoptr (KhApplication) app = kh_application_new ();
    g_autoptr (GError) error = NULL;
    KhWindow *window;

    g_application_register (G_APPLICATION (app), NULL, &error);
    g_assert_no_error (error);
    g_application_activate (G_APPLICATION (app));
    window = KH_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
    g_assert_cmpstr (kh_window_get_visible_page (window), ==, "helping");
    g_assert_cmpfloat_with_epsilon (kh_window_get_text_scale (window), 1.2, 0.001);
    gtk_window_destroy (GTK_WINDOW (window));
  }

  g_settings_reset (settings, "text-scale");
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "color-scheme");
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_not_persistent (void)
{
  g_autoptr (GSettings) settings = g_settings_new ("io.github.kratomhelp.KratomHelp");
  const char *keys[] = { "text-scale", "last-page", "color-scheme", "window-width",
                         "window-height", "window-maximized" };

  run_and_change_state (FALSE);

  /* nothing of the session reached the settings */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr (GVariant) value = g_settings_get_user_value (settings, keys[i]);

      g_test_message ("%s", keys[i]);
      g_assert_null (value);
    }
}

/* The app reads the icon theme from its start-up, with its own icons in
 * it once however many times an app starts in the process, and leaves
 * GtkApplication no resource base path to add them again. */
static void
test_icon_theme (void)
{
  for (int i = 0; i < 2; i++)
    {
      g_autoptr (KhApplication) app = kh_application_new ();
      g_autoptr (GError) error = NULL;
      g_auto (GStrv) paths = NULL;
      GtkIconTheme *theme;
      guint         n = 0;

      /* each under a name of its own, so that each starts up (and stays
       * out of the other tests' way) */
      g_application_set_application_id (G_APPLICATION (app), i == 0 ? APP_ID ".IconTheme" : APP_ID ".IconThemeAgain");
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
      g_assert_null (g_application_get_resource_base_path (G_APPLICATION (app)));

      theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
      paths = gtk_icon_theme_get_resource_path (theme);
      for (guint j = 0; paths != NULL && paths[j] != NULL; j++)
        n += g_str_equal (paths[j], RESOURCE_PREFIX "/icons/");
      g_assert_cmpuint (n, ==, 1);
      g_assert_true (gtk_icon_theme_has_icon (theme, BASE_APP_ID));
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/application/section-and-second-launch", test_section_and_second_launch);
  g_test_add_func ("/application/not-persistent", test_not_persistent);
  g_test_add_func ("/application/remembers-state", test_remembers_state);
  g_test_add_func ("/application/icon-theme", test_icon_theme);

  return g_test_run ();
}
