/* test-checklist-page.c: the screening checklist as a person uses it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "kh-checklist-page.h"
#include "kh-checklist-print.h"
#include "kh-checklist-question.h"
#include "kh-test-util.h"
#include "kh-widgets.h"
#include "kh-window.h"

/* One application for the whole program: a window needs a started one. */
static GtkApplication *test_app;
static char           *home_dir;

typedef struct
{
  KhContent          *content;
  KhWindow           *window;
  KhChecklistPage    *page;
  KhChecklist        *checklist;
  KhChecklistAnswers *answers;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *page;

  fixture->content = kh_content_new_bundled (&error);
  g_assert_no_error (error);
  fixture->window = kh_test_window_new (test_app, fixture->content, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));

  g_assert_true (kh_window_show_page (fixture->window, "checklist"));
  page = kh_window_get_page_widget (fixture->window, "checklist");
  g_assert_true (KH_IS_CHECKLIST_PAGE (page));
  kh_test_wait_for (gtk_widget_get_mapped (page), 2000);
  g_assert_true (gtk_widget_get_mapped (page));

  fixture->page = KH_CHECKLIST_PAGE (page);
  fixture->checklist = kh_checklist_page_get_checklist (fixture->page);
  fixture->answers = kh_checklist_page_get_answers (fixture->page);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->content);
}

static GtkWidget *
answer_button (Fixture          *fixture,
               guint             index,
               KhChecklistAnswer answer)
{
  GtkWidget *button = kh_checklist_page_get_answer_button (fixture->page, index, answer);

  g_assert_true (GTK_IS_TOGGLE_BUTTON (button));
  return button;
}

/* Answers as a person would: activating the button, as Space or Enter
 * does, and waiting for it to take effect. */
static void
answer (Fixture          *fixture,
        guint             index,
        KhChecklistAnswer value)
{
  GtkWidget *button = answer_button (fixture, index, value);

  gtk_widget_activate (button);
  kh_test_wait_for (kh_checklist_answers_get_answer (fixture->answers, index) == value, 2000);
  g_assert_cmpint (kh_checklist_answers_get_answer (fixture->answers, index), ==, value);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (
      answer_button (fixture, index, value == KH_CHECKLIST_ANSWER_YES ? KH_CHECKLIST_ANSWER_NO : KH_CHECKLIST_ANSWER_YES))));
}

/* Clicks rather than activates: quicker, and the same signal. */
static void
click (Fixture          *fixture,
       guint             index,
       KhChecklistAnswer value)
{
  g_signal_emit_by_name (answer_button (fixture, index, value), "clicked");
  g_assert_cmpint (kh_checklist_answers_get_answer (fixture->answers, index), ==, value);
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  GtkWidget *label = kh_test_find_label (root, text);

  return label != NULL && gtk_widget_is_drawable (label);
}

static void
assert_all_unanswered (Fixture *fixture)
{
  for (guint i = 0; i < kh_checklist_get_n_questions (fixture->checklist); i++)
    {
      g_assert_cmpint (kh_checklist_answers_get_answer (fixture->answers, i), ==, KH_CHECKLIST_ANSWER_NONE);
      g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (answer_button (fixture, i, KH_CHECKLIST_ANSWER_YES))));
      g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (answer_button (fixture, i, KH_CHECKLIST_ANSWER_NO))));
    }
}

static void
test_answer_and_result (Fixture      *fixture,
                        gconstpointer data)
{
  GtkWidget  *page = GTK_WIDGET (fixture->page);
  const char *range;

  assert_all_unanswered (fixture);
  g_assert_true (shows_label (page, "0 of 11 answered"));
  g_assert_true (shows_label (page, kh_checklist_get_question_text (fixture->checklist, 0)));

  /* Yes to the first five, no to the rest: 5 signs, moderate. */
  for (guint i = 0; i < 11; i++)
    {
      answer (fixture, i, i < 5 ? KH_CHECKLIST_ANSWER_YES : KH_CHECKLIST_ANSWER_NO);
      if (i == 3)
        g_assert_true (shows_label (page, "4 of 11 answered"));
    }
  g_assert_true (shows_label (page, "11 of 11 answered"));

  g_assert_true (kh_checklist_page_show_result (fixture->page));
  kh_test_wait_for (shows_label (page, "Your answers match 5 of 11 signs."), 2000);
  g_assert_true (kh_checklist_page_get_showing_result (fixture->page));
  g_assert_true (shows_label (page, "Your answers match 5 of 11 signs."));
  range = kh_checklist_get_band_text (fixture->checklist, KH_CHECKLIST_BAND_MODERATE, KH_CHECKLIST_BAND_TEXT_RANGE);
  g_assert_cmpstr (range, ==, "Your answers fall in the range that, if a clinician confirmed it, would be called a moderate kratom use disorder.");
  g_assert_true (shows_label (page, range));
  g_assert_true (shows_label (page, kh_checklist_get_text (fixture->checklist, KH_CHECKLIST_TEXT_CRISIS)));
  g_assert_true (shows_label (page, kh_checklist_get_text (fixture->checklist, KH_CHECKLIST_TEXT_DIAGNOSIS)));
  /* Not answered yes: no word on tolerance or withdrawal. */
  g_assert_false (shows_label (page, kh_checklist_get_text (fixture->checklist, KH_CHECKLIST_TEXT_TOLERANCE)));

  /* The result takes the focus, so a screen reader reads it out. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, page));
    g_assert_true (gtk_widget_has_css_class (focus, "result-summary"));
  }

  /* Change two answers: 3 signs, mild; tolerance is explained. */
  gtk_widget_activate_action (page, "checklist.change-answers", NULL);
  g_assert_false (kh_checklist_page_get_showing_result (fixture->page));
  answer (fixture, 0, KH_CHECKLIST_ANSWER_NO);
  answer (fixture, 1, KH_CHECKLIST_ANSWER_NO);
  answer (fixture, kh_checklist_find_area (fixture->checklist, KH_CHECKLIST_AREA_TOLERANCE), KH_CHECKLIST_ANSWER_YES);
  answer (fixture, 2, KH_CHECKLIST_ANSWER_NO);
  gtk_widget_activate_action (page, "checklist.show-result", NULL);
  g_assert_true (kh_checklist_page_get_showing_result (fixture->page));
  g_assert_true (shows_label (page, "Your answers match 3 of 11 signs."));
  g_assert_true (shows_label (page, "Your answers fall in the range that, if a clinician confirmed it, would be called a mild kratom use disorder."));
  g_assert_true (shows_label (page, kh_checklist_get_text (fixture->checklist, KH_CHECKLIST_TEXT_TOLERANCE)));

  /* Start over clears everything at once and goes back to the start. */
  gtk_widget_activate_action (page, "checklist.reset", NULL);
  g_assert_false (kh_checklist_page_get_showing_result (fixture->page));
  assert_all_unanswered (fixture);
  g_assert_true (shows_label (page, "0 of 11 answered"));
  g_assert_false (shows_label (page, "Your answers match 3 of 11 signs."));
}

static void
test_bands_shown (Fixture      *fixture,
                  gconstpointer data)
{
  static const guint counts[] = { 0, 1, 2, 3, 4, 5, 6, 11 };
  GtkWidget         *page = GTK_WIDGET (fixture->page);

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      KhChecklistBand  band = kh_checklist_band_for_count (counts[c]);
      g_autofree char *sentence = g_strdup_printf ("Your answers match %u of 11 signs.", counts[c]);

      g_test_message ("%u signs", counts[c]);
      gtk_widget_activate_action (page, "checklist.change-answers", NULL);
      for (guint i = 0; i < 11; i++)
        click (fixture, i, i < counts[c] ? KH_CHECKLIST_ANSWER_YES : KH_CHECKLIST_ANSWER_NO);

      g_assert_true (kh_checklist_page_show_result (fixture->page));
      g_assert_true (shows_label (page, sentence));
      g_assert_true (shows_label (page, kh_checklist_get_band_text (fixture->checklist, band, KH_CHECKLIST_BAND_TEXT_RANGE)));
      g_assert_true (shows_label (page, kh_checklist_get_band_text (fixture->checklist, band, KH_CHECKLIST_BAND_TEXT_MEANING)));
      for (guint i = 0; i < kh_checklist_get_band_n_steps (fixture->checklist, band); i++)
        g_assert_true (shows_label (page, kh_checklist_get_band_step (fixture->checklist, band, i)));
      /* Help on every result. */
      g_assert_true (shows_label (page, kh_checklist_get_text (fixture->checklist, KH_CHECKLIST_TEXT_CRISIS)));
    }
}

static void
test_incomplete (Fixture      *fixture,
                 gconstpointer data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *focus;

  for (guint i = 0; i < 11; i++)
    if (i != 6)
      click (fixture, i, KH_CHECKLIST_ANSWER_NO);
  g_assert_true (shows_label (page, "10 of 11 answered"));

  /* Not yet: the page says why and takes the person to the question. */
  gtk_widget_activate_action (page, "checklist.show-result", NULL);
  g_assert_false (kh_checklist_page_get_showing_result (fixture->page));
  g_assert_true (shows_label (page, "Answer every question to see your result."));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == answer_button (fixture, 6, KH_CHECKLIST_ANSWER_YES));

  click (fixture, 6, KH_CHECKLIST_ANSWER_YES);
  g_assert_false (shows_label (page, "Answer every question to see your result."));
  gtk_widget_activate_action (page, "checklist.show-result", NULL);
  g_assert_true (kh_checklist_page_get_showing_result (fixture->page));
  g_assert_true (shows_label (page, "Your answers match 1 of 11 signs."));
}

static void
test_session (Fixture      *fixture,
              gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);

  click (fixture, 0, KH_CHECKLIST_ANSWER_YES);
  click (fixture, 1, KH_CHECKLIST_ANSWER_NO);

  /* Away and back: the answers are still there. */
  gtk_widget_activate_action (window, "win.show-section", "s", "faq");
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "faq");
  gtk_widget_activate_action (window, "win.show-section", "s", "checklist");
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "checklist");
  g_assert_true (kh_window_get_page_widget (fixture->window, "checklist") == GTK_WIDGET (fixture->page));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (answer_button (fixture, 0, KH_CHECKLIST_ANSWER_YES))));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (answer_button (fixture, 1, KH_CHECKLIST_ANSWER_NO))));
  g_assert_true (shows_label (GTK_WIDGET (fixture->page), "2 of 11 answered"));

  /* A reset of the model (what the end of a kiosk visit does) clears
   * the page too. */
  for (guint i = 2; i < 11; i++)
    click (fixture, i, KH_CHECKLIST_ANSWER_YES);
  g_assert_true (kh_checklist_page_show_result (fixture->page));
  kh_checklist_answers_reset (fixture->answers);
  g_assert_false (kh_checklist_page_get_showing_result (fixture->page));
  assert_all_unanswered (fixture);
  g_assert_true (shows_label (GTK_WIDGET (fixture->page), "0 of 11 answered"));
}

/* A kiosk's lockdown turns printing off: the answers must not leave the
 * screen. */
static void
test_no_print (Fixture      *fixture,
               gconstpointer data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  guint      n_windows;

  for (guint i = 0; i < 11; i++)
    click (fixture, i, KH_CHECKLIST_ANSWER_NO);
  g_assert_true (kh_checklist_page_show_result (fixture->page));
  g_assert_true (shows_label (page, "Print or Save Summary"));

  g_object_set (kh_window_get_lockdown (fixture->window), "can-print", FALSE, NULL);
  g_assert_true (kh_checklist_page_get_showing_result (fixture->page));
  g_assert_false (shows_label (page, "Print or Save Summary"));
  g_assert_false (gtk_widget_is_sensitive (gtk_widget_get_ancestor (kh_test_find_label (page, "Print or Save Summary"),
                                                                    GTK_TYPE_BUTTON)));
  g_assert_nonnull (kh_test_find_label (page, "Start Over"));
  /* Asking anyway, directly or through the page's action, opens no
   * print dialog. */
  n_windows = g_list_model_get_n_items (gtk_window_get_toplevels ());
  kh_checklist_page_print (fixture->page);
  gtk_widget_activate_action (page, "checklist.print", NULL);
  kh_test_wait_for (FALSE, 200);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, n_windows);

  g_object_set (kh_window_get_lockdown (fixture->window), "can-print", TRUE, NULL);
  g_assert_true (shows_label (page, "Print or Save Summary"));
}

static char *
run_tool (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  int              status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&out);
}

/* counts the cells of the band scale */
static void
count_band_cells (GtkWidget *widget,
                  gpointer   user_data)
{
  if (gtk_widget_has_css_class (widget, "band"))
    (*(guint *) user_data)++;
}

/* Yes only to tolerance and withdrawal: physical dependence, its own
 * result, not "a mild kratom use disorder", and no band scale. */
static void
test_dependence_only (Fixture      *fixture,
                      gconstpointer data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  guint      cells = 0;

  for (guint i = 0; i < 11; i++)
    answer (fixture, i, KH_CHECKLIST_ANSWER_NO);
  answer (fixture, kh_checklist_find_area (fixture->checklist, KH_CHECKLIST_AREA_TOLERANCE), KH_CHECKLIST_ANSWER_YES);
  answer (fixture, kh_checklist_find_area (fixture->checklist, KH_CHECKLIST_AREA_WITHDRAWAL), KH_CHECKLIST_ANSWER_YES);
  gtk_widget_activate_action (page, "checklist.show-result", NULL);
  g_assert_true (kh_checklist_page_get_showing_result (fixture->page));

  g_assert_true (shows_label (page, "Your answers match 2 of 11 signs."));
  g_assert_true (shows_label (page, kh_checklist_get_band_text (fixture->checklist, KH_CHECKLIST_RESULT_DEPENDENCE,
                                                                KH_CHECKLIST_BAND_TEXT_RANGE)));
  g_assert_true (shows_label (page, kh_checklist_get_band_text (fixture->checklist, KH_CHECKLIST_RESULT_DEPENDENCE,
                                                                KH_CHECKLIST_BAND_TEXT_MEANING)));
  g_assert_false (shows_label (page, kh_checklist_get_band_text (fixture->checklist, KH_CHECKLIST_BAND_MILD,
                                                                 KH_CHECKLIST_BAND_TEXT_RANGE)));
  kh_widget_foreach (page, count_band_cells, &cells);
  g_assert_cmpuint (cells, ==, 0);
}

static void
test_print_pdf (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 11, 30, 10, 0, 0);
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autoptr (GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr (KhDirectory) directory = NULL;
  const char *pdftotext_argv[] = { "pdftotext", "-layout", NULL, "-", NULL };
  const char *pdfinfo_argv[] = { "pdfinfo", NULL, NULL };

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      /* Only inside the Flatpak sandbox, which has no poppler-utils: the
       * normal suite runs it. Anywhere else a missing tool is a failure. */
      if (g_strcmp0 (g_getenv ("KH_TEST_SANDBOX"), "1") == 0)
        g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not in the sandbox");
      else
        g_test_fail_printf ("pdftotext and pdfinfo (poppler-utils) are needed");
      return;
    }

  /* Severe, with tolerance and withdrawal among the answers. */
  for (guint i = 0; i < 11; i++)
    click (fixture, i, KH_CHECKLIST_ANSWER_NO);
  click (fixture, kh_checklist_find_area (fixture->checklist, KH_CHECKLIST_AREA_TOLERANCE), KH_CHECKLIST_ANSWER_YES);
  click (fixture, kh_checklist_find_area (fixture->checklist, KH_CHECKLIST_AREA_WITHDRAWAL), KH_CHECKLIST_ANSWER_YES);
  for (guint i = 0; i < 5; i++)
    click (fixture, i, KH_CHECKLIST_ANSWER_YES);
  g_assert_cmpuint (kh_checklist_answers_get_count (fixture->answers), ==, 7);

  /* The same text as the printed page, for a quick look. */
  directory = kh_directory_new_bundled (&error);
  g_assert_no_error (error);
  summary = kh_checklist_dup_summary_text (fixture->answers, date, directory, "US");
  g_assert_nonnull (strstr (summary, "Date: 30 November 2026"));
  g_assert_nonnull (strstr (summary, "Your answers match 7 of 11 signs. Range: Severe."));
  g_assert_nonnull (strstr (summary, "Yes  Needed more for the same effect (tolerance)"));

  dir = g_dir_make_tmp ("kh-print-XXXXXX", &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_assert_true (kh_checklist_print_to_pdf (fixture->answers, date, directory, "US", pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  pdfinfo_argv[1] = pdf;
  info = run_tool (pdfinfo_argv);
  g_assert_true (g_regex_match_simple ("^Pages: +1$", info, G_REGEX_MULTILINE, 0));

  pdftotext_argv[2] = pdf;
  text = run_tool (pdftotext_argv);
  g_test_message ("%s", text);
  /* Lines may wrap anywhere: compare with the spaces squeezed. */
  flat = g_regex_replace (spaces, text, -1, 0, " ", 0, NULL);
  g_assert_nonnull (strstr (flat, "Kratom screening checklist: my answers"));
  g_assert_nonnull (strstr (flat, "30 November 2026"));
  g_assert_nonnull (strstr (flat, "Your answers match 7 of 11 signs. Range: Severe."));
  g_assert_nonnull (strstr (flat, "severe kratom use disorder"));
  g_assert_nonnull (strstr (flat, "1-800-662-4357"));
  g_assert_nonnull (strstr (flat, "988 Suicide & Crisis Lifeline: 988; text 988"));
  g_assert_nonnull (strstr (flat, "Where to get help: United States"));
  g_assert_nonnull (strstr (flat, "This is called tolerance"));
  kh_test_assert_region_numbers (directory, "US", text, "checklist summary");

  g_unlink (pdf);
  g_rmdir (dir);
}

/* The summary lists the numbers of the region shown, for every region:
 * a summary printed in Manchester has no 1-800 number. Read back from
 * the PDF itself. */
static void
test_print_pdf_regions (Fixture      *fixture,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autoptr (KhDirectory) directory = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char      *pdftotext_argv[] = { "pdftotext", NULL, "-", NULL };

  if (pdftotext == NULL)
    {
      if (g_strcmp0 (g_getenv ("KH_TEST_SANDBOX"), "1") == 0)
        g_test_skip ("pdftotext (poppler-utils) is not in the sandbox");
      else
        g_test_fail_printf ("pdftotext (poppler-utils) is needed");
      return;
    }

  directory = kh_directory_new_bundled (&error);
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("kh-print-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 11; i++)
    click (fixture, i, KH_CHECKLIST_ANSWER_NO);

  for (guint i = 0; i < kh_directory_get_n_regions (directory); i++)
    {
      const char      *region = kh_region_get_code (kh_directory_get_region (directory, i));
      g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
      g_autofree char *text = NULL;

      g_assert_true (kh_checklist_print_to_pdf (fixture->answers, date, directory, region, pdf, &error));
      g_assert_no_error (error);
      pdftotext_argv[1] = pdf;
      text = run_tool (pdftotext_argv);
      kh_test_assert_region_numbers (directory, region, text, "checklist summary");

      if (g_str_equal (region, "GB"))
        {
          g_assert_nonnull (strstr (text, "999"));
          g_assert_nonnull (strstr (text, "116 123"));
          g_assert_nonnull (strstr (text, "FRANK"));
          g_assert_null (strstr (text, "1-800"));
        }
      g_unlink (pdf);
    }

  g_rmdir (dir);
}

static gboolean
dir_has_files (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (!g_file_test (child, G_FILE_TEST_IS_DIR) || dir_has_files (child))
        {
          g_test_message ("written: %s", child);
          return TRUE;
        }
    }

  return FALSE;
}

/* After everything above: nothing was written to the user's data or
 * configuration folders (no recent files, no settings, no saved answers). */
static void
test_nothing_written (void)
{
  g_autofree char *data = g_build_filename (home_dir, "data", NULL);
  g_autofree char *config = g_build_filename (home_dir, "config", NULL);

  g_assert_false (dir_has_files (data));
  g_assert_false (dir_has_files (config));
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Each question is a group named by its question; its answers a radio
 * group of two, each named "Yes: …" or "No: …", checked when chosen. */
static void
test_answers_are_radio_buttons (Fixture      *fixture,
                                gconstpointer data)
{
  KhChecklist *checklist = kh_checklist_page_get_checklist (fixture->page);

  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    {
      GtkWidget *yes = answer_button (fixture, i, KH_CHECKLIST_ANSWER_YES);
      GtkWidget *no = answer_button (fixture, i, KH_CHECKLIST_ANSWER_NO);
      GtkWidget *group = gtk_widget_get_parent (yes);
      GtkWidget *question = gtk_widget_get_ancestor (yes, KH_TYPE_CHECKLIST_QUESTION);

      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (yes)) != GTK_ACCESSIBLE_ROLE_RADIO ||
          gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (no)) != GTK_ACCESSIBLE_ROLE_RADIO)
        g_error ("question %u: its answers are not radio buttons", i + 1);
      if (gtk_widget_get_parent (no) != group ||
          gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (group)) != GTK_ACCESSIBLE_ROLE_RADIO_GROUP)
        g_error ("question %u: its answers are not one radio group", i + 1);
      g_assert_nonnull (question);
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (question)), ==, GTK_ACCESSIBLE_ROLE_GROUP);
      g_assert_cmpuint (kh_checklist_question_get_index (KH_CHECKLIST_QUESTION (question)), ==, i);
    }

  /* Choosing one answer of the pair unchooses the other. */
  click (fixture, 0, KH_CHECKLIST_ANSWER_YES);
  click (fixture, 0, KH_CHECKLIST_ANSWER_NO);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (answer_button (fixture, 0, KH_CHECKLIST_ANSWER_YES))));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (answer_button (fixture, 0, KH_CHECKLIST_ANSWER_NO))));
  g_assert_cmpint (kh_checklist_answers_get_answer (fixture->answers, 0), ==, KH_CHECKLIST_ANSWER_NO);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  int              status;

  /* A home of its own, to see what the app writes. */
  home_dir = g_dir_make_tmp ("kh-home-XXXXXX", NULL);
  g_assert_nonnull (home_dir);
  data = g_build_filename (home_dir, "data", NULL);
  config = g_build_filename (home_dir, "config", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  test_app = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/checklist-page/answer-and-result", test_answer_and_result);
  ADD ("/checklist-page/bands-shown", test_bands_shown);
  ADD ("/checklist-page/incomplete", test_incomplete);
  ADD ("/checklist-page/session", test_session);
  ADD ("/checklist-page/dependence-only", test_dependence_only);
  ADD ("/checklist-page/print-pdf", test_print_pdf);
  ADD ("/checklist-page/print-pdf/regions", test_print_pdf_regions);
  ADD ("/checklist-page/no-print", test_no_print);
  ADD ("/checklist-page/answers-are-radio-buttons", test_answers_are_radio_buttons);
#undef ADD
  g_test_add_func ("/checklist-page/nothing-written", test_nothing_written);

  status = g_test_run ();

  g_clear_object (&test_app);
  remove_tree (home_dir);
  g_free (home_dir);

  return status;
}
