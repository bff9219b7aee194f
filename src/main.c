/* main.c: creates and runs the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kh-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (KhApplication) app = NULL;
  const char *localedir;

  /* Running from the build tree, translations are found there. */
  if (!(localedir = g_getenv ("KRATOM_HELP_LOCALEDIR")))
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = kh_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
