/* main.c: creates and runs the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kh-application.h"
#include "kh-bench.h"
#include "kh-i18n.h"

static void
bench_window_added_cb (GtkApplication *application,
                       GtkWindow      *window)
{
  kh_bench_watch (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (KhApplication) app = NULL;
  const char *localedir;

  /* Running from the build tree, translations are found there. */
  if (!(localedir = g_getenv ("KRATOM_HELP_LOCALEDIR")))
    localedir = LOCALEDIR;

  /* Locale and gettext, set up so the language can change while running */
  kh_i18n_init (localedir);
  /* GTK would call setlocale() again and undo the C.UTF-8 fallback. */
  gtk_disable_setlocale ();

  app = kh_application_new ();
  /* Only a benchmark asks for its frames to be timed. */
  if (g_getenv ("KH_BENCH_T0_US") != NULL)
    g_signal_connect (app, "window-added", G_CALLBACK (bench_window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
