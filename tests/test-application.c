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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/application/section-and-second-launch", test_section_and_second_launch);

  return g_test_run ();
}
