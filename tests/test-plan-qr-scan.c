/* test-plan-qr-scan.c: end to end, the longest plan's QR codes, as drawn
 * on an X screen, scan back to exactly the plan's text, in English and in
 * Spanish; and so does the checklist summary's
 *
 * Each code is shown by the pager My plan uses, captured from the X
 * server with ImageMagick's `import` and read with `zbarimg` (Debian
 * packages imagemagick and zbar-tools). A missing tool fails the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "kh-checklist-print.h"
#include "kh-i18n.h"
#include "kh-plan.h"
#include "kh-qr-pager.h"
#include "kh-test-util.h"

static char        *shot_path;
static KhPlanSheet *sheet;
static KhDirectory *directory;

static void
require_program (const char *name,
                 const char *package)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_error ("“%s” is needed and not installed (Debian package “%s”)", name, package);
}

static char *
scan_screen (void)
{
  const char *import_argv[] = { "import", "-window", "root", shot_path, NULL };
  /* -Sbinary: the bytes as they are. Without it zbar guesses a
   * character set and takes UTF-8 with a "•" for Shift JIS; phone
   * readers try UTF-8 first, and the test checks the bytes. */
  const char *zbar_argv[] = { "zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", "-Sbinary", shot_path, NULL };
  g_autoptr (GSubprocess) import = NULL;
  g_autoptr (GSubprocess) zbar = NULL;
  g_autoptr (GError) error = NULL;
  char *out = NULL;

  import = g_subprocess_newv (import_argv, G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (import, NULL, &error));
  g_assert_no_error (error);

  zbar = g_subprocess_newv (zbar_argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (zbar, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);

  return out;
}

static void
scan_all (const char *what,
          GStrv       texts)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *pager = kh_qr_pager_new ();
  guint      n = g_strv_length (texts);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_set_child (GTK_WINDOW (window), pager);
  kh_qr_pager_set_texts (KH_QR_PAGER (pager), (const char *const *) texts);
  gtk_window_present (GTK_WINDOW (window));
  kh_test_wait_for (gtk_widget_get_mapped (pager), 5000);
  g_assert_true (gtk_widget_get_mapped (pager));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *read = NULL;
      const char      *expected = texts[i];

      kh_qr_pager_set_index (KH_QR_PAGER (pager), i);
      kh_test_wait_for_layout (window, "the QR pager", 5000);
      read = scan_screen ();
      if (g_strcmp0 (read, expected) != 0)
        g_error ("%s: code %u of %u read back as\n“%s”\nnot\n“%s”", what, i + 1, n, read, expected);
      g_test_message ("%s: code %u of %u read back whole (%zu bytes)", what, i + 1, n, strlen (texts[i]));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_longest_plan (gconstpointer data)
{
  const char *language = data;
  g_autoptr (KhPlan) plan = kh_plan_new (sheet);
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 9, 30, 10, 0, 0);
  g_auto (GStrv) texts = NULL;
  g_autofree char *what = g_strdup_printf ("the longest plan (%s)", language);

  kh_i18n_set_language (language);
  /* a letter of two bytes: the longest a Spanish plan is in practice */
  kh_plan_fill_longest (plan, "ñ");
  texts = kh_plan_dup_qr_texts (plan, date, directory, "US");
  g_assert_cmpuint (g_strv_length (texts), >, 1);
  scan_all (what, texts);
  kh_i18n_set_language ("en");
}

/* The checklist's summary, every answer given, as its result page
 * shows it in QR codes. */
static void
test_checklist_summary (gconstpointer data)
{
  const char *language = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (KhChecklist) checklist = kh_checklist_new_bundled (&error);
  g_autoptr (KhChecklistAnswers) answers = NULL;
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 9, 30, 10, 0, 0);
  g_autofree char *text = NULL;
  g_auto (GStrv) texts = NULL;
  g_autofree char *what = g_strdup_printf ("the checklist summary (%s)", language);

  g_assert_no_error (error);
  answers = kh_checklist_answers_new (checklist);
  kh_i18n_set_language (language);
  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    kh_checklist_answers_set_answer (answers, i, i % 3 == 0 ? KH_CHECKLIST_ANSWER_NO : KH_CHECKLIST_ANSWER_YES);
  text = kh_checklist_dup_summary_text (answers, date, directory, "US");
  texts = kh_plan_split_for_qr (text, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_PRINT_TITLE));
  scan_all (what, texts);
  kh_i18n_set_language ("en");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GtkCssProvider) provider = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  int              status;

  kh_i18n_init (g_getenv ("KRATOM_HELP_LOCALEDIR"));
  gtk_disable_setlocale ();
  gtk_test_init (&argc, &argv, NULL);
  kh_i18n_set_language ("en");

  require_program ("zbarimg", "zbar-tools");
  require_program ("import", "imagemagick");

  dir = g_dir_make_tmp ("kh-plan-qr-XXXXXX", &error);
  g_assert_no_error (error);
  shot_path = g_build_filename (dir, "screen.png", NULL);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  sheet = kh_plan_sheet_new_bundled (&error);
  g_assert_no_error (error);
  directory = kh_directory_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_data_func ("/plan-qr-scan/longest/en", "en", test_longest_plan);
  g_test_add_data_func ("/plan-qr-scan/longest/es", "es", test_longest_plan);
  g_test_add_data_func ("/plan-qr-scan/checklist/en", "en", test_checklist_summary);
  g_test_add_data_func ("/plan-qr-scan/checklist/es", "es", test_checklist_summary);

  status = g_test_run ();

  g_unlink (shot_path);
  g_rmdir (dir);
  g_free (shot_path);
  g_object_unref (sheet);
  g_object_unref (directory);

  return status;
}
