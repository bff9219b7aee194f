/* test-help-print.c: printing the help numbers, and who may
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "kh-application.h"
#include "kh-help-page.h"
#include "kh-help-print.h"
#include "kh-test-util.h"
#include "kh-window.h"

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  char *out = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));

  return out;
}

static void
test_export (void)
{
  g_autoptr (KhDirectory) directory = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kh-help-print-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "help.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  g_assert_no_error (error);

  if (pdftotext == NULL)
    {
      /* as in test-checklist-page: only the Flatpak sandbox lacks it */
      if (g_strcmp0 (g_getenv ("KH_TEST_SANDBOX"), "1") == 0)
        g_test_skip ("pdftotext (poppler-utils) is not in the sandbox");
      else
        g_test_fail_printf ("pdftotext (poppler-utils) is needed");
      g_rmdir (dir);
      return;
    }

  directory = kh_directory_new_bundled (&error);
  g_assert_no_error (error);

  g_assert_true (kh_help_print_export_pdf (directory, "US", pdf, &error));
  g_assert_no_error (error);

  text = pdf_text (pdf);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Where to get help"));
  g_assert_nonnull (strstr (text, "911"));
  g_assert_nonnull (strstr (text, "1-800-662-4357"));
  g_assert_nonnull (strstr (text, "1-800-222-1222"));
  g_assert_nonnull (strstr (text, "988"));
  /* never anything a visitor entered */
  g_assert_null (strstr (text, "answers"));
  g_assert_null (strstr (text, "of 11"));

  /* Every region's printout has its own numbers and no one else's. */
  for (guint i = 0; i < kh_directory_get_n_regions (directory); i++)
    {
      const char      *region = kh_region_get_code (kh_directory_get_region (directory, i));
      g_autofree char *region_text = NULL;

      g_assert_true (kh_help_print_export_pdf (directory, region, pdf, &error));
      g_assert_no_error (error);
      region_text = pdf_text (pdf);
      kh_test_assert_region_numbers (directory, region, region_text, "help printout");
    }

  g_unlink (pdf);
  g_rmdir (dir);
}

static KhWindow *
start (gboolean kiosk,
       gboolean allow_print)
{
  static guint n_apps;
  g_autoptr (GSettings) settings = g_settings_new ("io.github.kratomhelp.KratomHelp");
  g_autofree char *app_id = g_strdup_printf ("io.github.kratomhelp.KratomHelp.PrintTest%u", n_apps++);
  g_autoptr (GError) error = NULL;
  KhApplication *app;

  g_settings_set_boolean (settings, "kiosk-allow-print", allow_print);

  app = kh_application_new ();
  g_application_set_application_id (G_APPLICATION (app), app_id);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  if (kiosk)
    kh_application_enable_kiosk (app);
  g_application_activate (G_APPLICATION (app));

  return KH_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
}

static GtkWidget *
find_print_button (GtkWidget *widget)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "help.print") == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_print_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
check_mode (gboolean        kiosk,
            gboolean        allow_print,
            KhHelpPrintMode expected)
{
  KhWindow       *window = start (kiosk, allow_print);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GtkWidget      *page, *button;

  g_assert_true (kh_window_show_page (window, "help"));
  page = kh_window_get_page_widget (window, "help");
  g_assert_cmpint (kh_help_page_get_print_mode (KH_HELP_PAGE (page)), ==, expected);

  /* the button shows only where printing is possible; in a kiosk it
   * prints without a dialog, so it is not pressed here */
  button = find_print_button (page);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button) == (expected != KH_HELP_PRINT_NONE));

  while (gtk_application_get_windows (app))
    gtk_window_destroy (gtk_application_get_windows (app)->data);
  g_object_unref (app);
}

static void
test_desktop (void)
{
  check_mode (FALSE, FALSE, KH_HELP_PRINT_DIALOG);
}

static void
test_kiosk_not_allowed (void)
{
  check_mode (TRUE, FALSE, KH_HELP_PRINT_NONE);
}

static void
test_kiosk_allowed (void)
{
  check_mode (TRUE, TRUE, KH_HELP_PRINT_DIRECT);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/help-print/export", test_export);
  g_test_add_func ("/help-print/desktop", test_desktop);
  g_test_add_func ("/help-print/kiosk-not-allowed", test_kiosk_not_allowed);
  g_test_add_func ("/help-print/kiosk-allowed", test_kiosk_allowed);

  return g_test_run ();
}
