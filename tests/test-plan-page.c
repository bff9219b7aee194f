/* test-plan-page.c: My plan and the craving tool as widgets: the page
 * shows and changes the visit's plan, keeps it only when asked (0600,
 * removed by its button), never in a kiosk; the PDF it prints reads back
 * with pdftotext; the craving timer runs on a fake clock, and only while
 * running on the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#include <sys/stat.h>

#include "kh-checklist-page.h"
#include "kh-checklist-print.h"
#include "kh-checklist-result.h"
#include "kh-craving-tool.h"
#include "kh-i18n.h"
#include "kh-plan-page.h"
#include "kh-plan-print.h"
#include "kh-plan-store.h"
#include "kh-qr-code.h"
#include "kh-qr-pager.h"
#include "kh-test-util.h"

static KhPlanSheet *sheet;
static KhDirectory *directory;
static char        *tmp_dir;

static int
question (const char *id)
{
  int index = kh_plan_sheet_find_question (sheet, id);

  if (index < 0)
    g_error ("plan.json has no question “%s”", id);

  return index;
}

static int
option (const char *question_id,
        const char *option_id)
{
  int index = kh_plan_sheet_find_option (sheet, question (question_id), option_id);

  if (index < 0)
    g_error ("question “%s” has no choice “%s”", question_id, option_id);

  return index;
}

static GtkWidget *
new_page (KhPlan     *plan,
          gboolean    kiosk,
          const char *keep_path)
{
  return g_object_new (KH_TYPE_PLAN_PAGE, "plan", plan, "directory", directory, "kiosk", kiosk,
                       "keep-path", keep_path, NULL);
}

static GtkWidget *
show_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  kh_test_wait_for (gtk_widget_get_mapped (child), 5000);
  if (!gtk_widget_get_mapped (child))
    g_error ("the %s was not shown within 5 s", G_OBJECT_TYPE_NAME (child));

  return window;
}

/* Every button and check button says what it does. (Entries and the
 * switch are named through their accessible label, which GTK 4.8 cannot
 * read back; the AT-SPI tests read those names.) */
static void
assert_named (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    assert_named (child);

  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_BUTTON (widget) && !GTK_IS_CHECK_BUTTON (widget))
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (widget));

      if ((label == NULL || *label == '\0') && gtk_widget_get_first_child (widget) == NULL)
        g_error ("a %s has no label", G_OBJECT_TYPE_NAME (widget));
    }
  if (GTK_IS_CHECK_BUTTON (widget))
    {
      const char *label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));

      if (label == NULL || *label == '\0')
        g_error ("a check button has no label");
    }
}

static void
test_page_edits_plan (void)
{
  g_autoptr (KhPlan) plan = kh_plan_new (sheet);
  g_autofree char *keep_path = g_build_filename (tmp_dir, "never", KH_PLAN_STORE_NAME, NULL);
  GtkWidget       *page = new_page (plan, FALSE, keep_path);
  GtkWidget       *window, *stop, *daily, *health, *first, *name, *safety;
  int              change = question (KH_PLAN_QUESTION_CHANGE);

  window = show_in_window (page);
  assert_named (page);

  stop = kh_plan_page_get_question_widget (KH_PLAN_PAGE (page), change, option (KH_PLAN_QUESTION_CHANGE, KH_PLAN_OPTION_STOP));
  daily = kh_plan_page_get_question_widget (KH_PLAN_PAGE (page), question (KH_PLAN_QUESTION_USE), option (KH_PLAN_QUESTION_USE, KH_PLAN_OPTION_DAILY));
  health = kh_plan_page_get_question_widget (KH_PLAN_PAGE (page), question (KH_PLAN_QUESTION_REASONS), option (KH_PLAN_QUESTION_REASONS, "health"));
  first = kh_plan_page_get_question_widget (KH_PLAN_PAGE (page), question ("first-step"), 0);
  name = kh_plan_page_get_question_widget (KH_PLAN_PAGE (page), question (KH_PLAN_QUESTION_PEOPLE), 1);
  g_assert_true (GTK_IS_CHECK_BUTTON (stop) && GTK_IS_CHECK_BUTTON (daily) && GTK_IS_CHECK_BUTTON (health));
  g_assert_true (GTK_IS_ENTRY (first) && GTK_IS_ENTRY (name));

  /* the entries take no more than the plan does */
  g_assert_cmpint (gtk_entry_get_max_length (GTK_ENTRY (first)), ==, KH_PLAN_TEXT_MAX);
  g_assert_cmpint (gtk_entry_get_max_length (GTK_ENTRY (name)), ==, KH_PLAN_NAME_MAX);

  /* widgets → plan */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (stop), TRUE);
  g_assert_cmpint (kh_plan_get_choice (plan, change), ==, option (KH_PLAN_QUESTION_CHANGE, KH_PLAN_OPTION_STOP));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (health), TRUE);
  g_assert_true (kh_plan_get_option (plan, question (KH_PLAN_QUESTION_REASONS), option (KH_PLAN_QUESTION_REASONS, "health")));
  gtk_editable_set_text (GTK_EDITABLE (first), "Call my doctor");
  g_assert_cmpstr (kh_plan_get_text (plan, question ("first-step")), ==, "Call my doctor");
  gtk_editable_set_text (GTK_EDITABLE (name), "Ana");
  g_assert_cmpstr (kh_plan_get_name (plan, question (KH_PLAN_QUESTION_PEOPLE), 1), ==, "Ana");

  /* the safety line appears for stop + every day, in the page */
  safety = kh_test_find_label (page, kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_SAFETY));
  g_assert_nonnull (safety);
  g_assert_false (kh_plan_get_needs_safety (plan));
  g_assert_false (gtk_widget_is_visible (safety));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (daily), TRUE);
  g_assert_true (kh_plan_get_needs_safety (plan));
  g_assert_true (gtk_widget_is_visible (safety));

  /* plan → widgets: a cleared plan is a cleared page */
  kh_plan_clear (plan);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (stop)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (health)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "");
  g_assert_false (gtk_widget_is_visible (safety));

  /* nothing was kept: that was not asked for */
  g_assert_false (kh_plan_store_exists (keep_path));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page_keep (void)
{
  g_autoptr (KhPlan) plan = kh_plan_new (sheet);
  g_autoptr (KhPlan) later = kh_plan_new (sheet);
  g_autofree char *keep_path = g_build_filename (tmp_dir, "data", "kratom-help", KH_PLAN_STORE_NAME, NULL);
  GtkWidget       *page = new_page (plan, FALSE, keep_path);
  GtkWidget       *window, *delete_label;
  struct stat      info;
  g_autofree char *contents = NULL;

  window = show_in_window (page);

  /* off by default */
  g_assert_false (kh_plan_page_get_keep (KH_PLAN_PAGE (page)));
  kh_plan_set_text (plan, question ("first-step"), "Walk after dinner");
  g_assert_false (kh_plan_store_exists (keep_path));
  delete_label = kh_test_find_label (page, "Delete My Kept Plan");
  g_assert_nonnull (delete_label);
  g_assert_false (gtk_widget_is_visible (delete_label));

  kh_plan_page_set_keep (KH_PLAN_PAGE (page), TRUE);
  g_assert_true (kh_plan_store_exists (keep_path));
  g_assert_cmpint (g_stat (keep_path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_true (gtk_widget_is_visible (delete_label));

  /* every change is kept from then on */
  kh_plan_set_text (plan, question ("first-step"), "Walk after lunch");
  g_assert_true (g_file_get_contents (keep_path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Walk after lunch"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* the next time the app starts, the page reads it back */
  page = new_page (later, FALSE, keep_path);
  window = show_in_window (page);
  g_assert_cmpstr (kh_plan_get_text (later, question ("first-step")), ==, "Walk after lunch");
  g_assert_true (kh_plan_page_get_keep (KH_PLAN_PAGE (page)));

  /* one button removes it, and nothing is written after */
  delete_label = kh_test_find_label (page, "Delete My Kept Plan");
  gtk_widget_activate (gtk_widget_get_parent (delete_label));
  kh_test_wait_for (!kh_plan_store_exists (keep_path), 3000);
  g_assert_false (kh_plan_store_exists (keep_path));
  g_assert_false (kh_plan_page_get_keep (KH_PLAN_PAGE (page)));
  kh_plan_set_text (later, question ("first-step"), "Something else");
  g_assert_false (kh_plan_store_exists (keep_path));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page_kiosk (void)
{
  g_autoptr (KhPlan) plan = kh_plan_new (sheet);
  g_autofree char *keep_path = g_build_filename (tmp_dir, "kiosk", KH_PLAN_STORE_NAME, NULL);
  GtkWidget       *page = new_page (plan, TRUE, keep_path);
  GtkWidget       *window = show_in_window (page);

  /* neither printing nor keeping */
  g_assert_null (kh_test_find_label (page, "Print or Save as PDF"));
  g_assert_null (kh_test_find_label (page, "Keep my plan on this computer"));
  g_test_expect_message ("kh-plan-page", G_LOG_LEVEL_WARNING, "A kiosk keeps no plan");
  kh_plan_page_set_keep (KH_PLAN_PAGE (page), TRUE);
  g_test_assert_expected_messages ();
  g_assert_false (kh_plan_page_get_keep (KH_PLAN_PAGE (page)));
  g_assert_false (kh_plan_store_exists (keep_path));

  /* the QR codes carry the text itself */
  kh_plan_set_text (plan, question ("first-step"), "Call my doctor");
  kh_plan_page_show_qr (KH_PLAN_PAGE (page), TRUE);
  {
    KhQrPager *pager = KH_QR_PAGER (kh_plan_page_get_qr_pager (KH_PLAN_PAGE (page)));

    g_assert_cmpuint (kh_qr_pager_get_n_codes (pager), >=, 1);
    g_assert_true (g_str_has_prefix (kh_qr_pager_get_text (pager), "My plan"));
    g_assert_nonnull (strstr (kh_qr_pager_get_text (pager), "Call my doctor"));
    g_assert_null (strstr (kh_qr_pager_get_text (pager), "http"));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The longest plan's QR codes, each within a version a phone reads from
 * a screen, in both languages. */
static void
test_qr_versions (void)
{
  const char *languages[] = { "en", "es" };
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 9, 30, 10, 0, 0);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (KhPlan) plan = kh_plan_new (sheet);
      g_auto (GStrv) texts = NULL;

      kh_i18n_set_language (languages[l]);
      kh_plan_fill_longest (plan, "ñ");
      texts = kh_plan_dup_qr_texts (plan, date, directory, "US");
      for (guint i = 0; texts[i] != NULL; i++)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (KhQrCode) code = kh_qr_code_new (texts[i], KH_QR_LEVEL_M, &error);

          g_assert_no_error (error);
          g_test_message ("%s: code %u of %u: %zu bytes, %u modules", languages[l], i + 1,
                          g_strv_length (texts), strlen (texts[i]), kh_qr_code_get_n_modules (code));
          if (kh_qr_code_get_n_modules (code) > KH_PLAN_QR_MAX_MODULES)
            g_error ("%s: code %u has %u modules, more than %u", languages[l], i + 1,
                     kh_qr_code_get_n_modules (code), KH_PLAN_QR_MAX_MODULES);
        }
    }
  kh_i18n_set_language ("en");
}

static char *
run_pdftotext (const char *pdf)
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

/* pdftotext joins and breaks lines as it likes, and a long word may be
 * broken: compare the text without any white space. */
static char *
squash (const char *text)
{
  g_auto (GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append (out, words[i]);

  return g_strdup (out->str);
}

static void
test_pdf (void)
{
  const char *languages[] = { "en", "es" };
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

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

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr (KhPlan) plan = kh_plan_new (sheet);
      g_autoptr (GError) error = NULL;
      g_autofree char *pdf = g_build_filename (tmp_dir, "plan.pdf", NULL);
      g_autofree char *text = NULL;
      g_autofree char *words = NULL;
      g_autoptr (GPtrArray) lines = NULL;
      const char *info_argv[] = { "pdfinfo", pdf, NULL };
      g_autoptr (GSubprocess) info = NULL;
      g_autofree char *info_out = NULL;

      kh_i18n_set_language (languages[l]);
      kh_plan_fill_longest (plan, "m");
      kh_plan_set_text (plan, question ("first-step"), "No kratom before lunch");
      g_assert_true (kh_plan_print_to_pdf (plan, date, directory, "US", pdf, &error));
      g_assert_no_error (error);

      text = run_pdftotext (pdf);
      words = squash (text);

      /* every line of the summary is on the page, whole */
      lines = kh_plan_build_summary (plan, date, directory, "US");
      for (guint i = 0; i < lines->len; i++)
        {
          KhPlanLine      *line = g_ptr_array_index (lines, i);
          g_autofree char *expected = squash (line->text);

          if (strstr (words, expected) == NULL)
            g_error ("%s: the PDF lacks “%s”; it reads:\n%s", languages[l], line->text, text);
        }
      g_assert_nonnull (strstr (words, "1-800-662-4357"));

      /* one page */
      info = g_subprocess_newv (info_argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (info, NULL, NULL, &info_out, NULL, &error);
      g_assert_no_error (error);
      if (!g_regex_match_simple ("^Pages:\\s+1$", info_out, G_REGEX_MULTILINE, 0))
        g_error ("%s: the plan is not one page:\n%s", languages[l], info_out);

      g_unlink (pdf);
    }
  kh_i18n_set_language ("en");
}

/* The craving tool on a clock the test moves. */

static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
advance (KhCravingTool *tool,
         guint          seconds)
{
  fake_now += (gint64) seconds * G_USEC_PER_SEC;
  kh_craving_tool_update (tool);
}

static void
test_craving_timer (void)
{
  g_autoptr (KhPlan) plan = kh_plan_new (sheet);
  GtkWidget     *widget = kh_craving_tool_new (plan);
  KhCravingTool *tool = KH_CRAVING_TOOL (widget);
  GtkWidget     *window;
  guint          n_steps = kh_plan_sheet_get_n_steps (sheet);
  int            reasons_step = -1;

  for (guint i = 0; i < n_steps; i++)
    if (g_str_equal (kh_plan_sheet_get_step_id (sheet, i), KH_PLAN_STEP_REASONS))
      reasons_step = i;

  kh_plan_set_option (plan, question (KH_PLAN_QUESTION_REASONS), option (KH_PLAN_QUESTION_REASONS, "sleep"), TRUE);
  kh_plan_set_name (plan, question (KH_PLAN_QUESTION_PEOPLE), 0, "Ana");

  fake_now = 1000 * G_USEC_PER_SEC;
  kh_craving_tool_set_clock (tool, fake_clock, NULL);
  window = show_in_window (widget);
  assert_named (widget);

  /* nothing runs before the start */
  g_assert_cmpint (kh_craving_tool_get_state (tool), ==, KH_CRAVING_STATE_START);
  g_assert_false (kh_craving_tool_is_ticking (tool));

  kh_craving_tool_start (tool, 5);
  g_assert_cmpint (kh_craving_tool_get_state (tool), ==, KH_CRAVING_STATE_RUNNING);
  g_assert_true (kh_craving_tool_is_ticking (tool));
  g_assert_cmpuint (kh_craving_tool_get_duration_seconds (tool), ==, 300);
  g_assert_cmpint (kh_craving_tool_get_step (tool), ==, 0);

  /* the breathing pace: in for 4 s, out for 6 s */
  g_assert_true (kh_craving_tool_get_inhaling (tool));
  g_assert_cmpfloat (kh_craving_tool_get_breath (tool), <, 0.01);
  advance (tool, 2);
  g_assert_true (kh_craving_tool_get_inhaling (tool));
  g_assert_cmpfloat_with_epsilon (kh_craving_tool_get_breath (tool), 0.5, 0.01);
  advance (tool, 2);
  g_assert_false (kh_craving_tool_get_inhaling (tool));
  g_assert_cmpfloat (kh_craving_tool_get_breath (tool), >, 0.99);
  g_assert_nonnull (kh_test_find_label (widget, kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_EXHALE)));
  advance (tool, 6);
  g_assert_true (kh_craving_tool_get_inhaling (tool));

  /* the steps follow the time; the reasons step shows the plan's */
  fake_now += (gint64) (300 * reasons_step / n_steps - 10 + 1) * G_USEC_PER_SEC;
  kh_craving_tool_update (tool);
  g_assert_cmpint (kh_craving_tool_get_step (tool), ==, reasons_step);
  g_assert_nonnull (kh_test_find_label (widget, kh_plan_sheet_get_option_label (sheet, question (KH_PLAN_QUESTION_REASONS),
                                                                                option (KH_PLAN_QUESTION_REASONS, "sleep"))));
  {
    guint            left = 300 - kh_craving_tool_get_elapsed_seconds (tool);
    g_autofree char *shown = g_strdup_printf ("%u:%02u left", left / 60, left % 60);

    g_assert_nonnull (kh_test_find_label (widget, shown));
  }

  /* paused: no timer, and time stands still */
  kh_craving_tool_pause (tool);
  g_assert_cmpint (kh_craving_tool_get_state (tool), ==, KH_CRAVING_STATE_PAUSED);
  g_assert_false (kh_craving_tool_is_ticking (tool));
  {
    guint at = kh_craving_tool_get_elapsed_seconds (tool);

    advance (tool, 600);
    g_assert_cmpuint (kh_craving_tool_get_elapsed_seconds (tool), ==, at);
    kh_craving_tool_resume (tool);
    g_assert_true (kh_craving_tool_is_ticking (tool));
    advance (tool, 5);
    g_assert_cmpuint (kh_craving_tool_get_elapsed_seconds (tool), ==, at + 5);
  }

  /* leaving the page pauses it, and takes the timer away */
  gtk_widget_set_visible (widget, FALSE);
  g_assert_false (gtk_widget_get_mapped (widget));
  g_assert_cmpint (kh_craving_tool_get_state (tool), ==, KH_CRAVING_STATE_PAUSED);
  g_assert_false (kh_craving_tool_is_ticking (tool));
  gtk_widget_set_visible (widget, TRUE);
  kh_test_wait_for (gtk_widget_get_mapped (widget), 3000);
  g_assert_cmpint (kh_craving_tool_get_state (tool), ==, KH_CRAVING_STATE_PAUSED);
  g_assert_false (kh_craving_tool_is_ticking (tool));

  /* the end: no timer, someone to talk to */
  kh_craving_tool_resume (tool);
  advance (tool, 300);
  g_assert_cmpint (kh_craving_tool_get_state (tool), ==, KH_CRAVING_STATE_END);
  g_assert_false (kh_craving_tool_is_ticking (tool));
  g_assert_cmpuint (kh_craving_tool_get_elapsed_seconds (tool), ==, 300);
  g_assert_nonnull (kh_test_find_label (widget, "People on your plan: Ana"));
  g_assert_nonnull (kh_test_find_label (widget, kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_END_PROMPT)));

  kh_craving_tool_reset (tool);
  g_assert_cmpint (kh_craving_tool_get_state (tool), ==, KH_CRAVING_STATE_START);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The real timer, on the real clock: it fires while running, and stops
 * at the end without being told. */
static void
test_craving_real_timer (void)
{
  g_autoptr (KhPlan) plan = kh_plan_new (sheet);
  GtkWidget       *widget = kh_craving_tool_new (plan);
  KhCravingTool   *tool = KH_CRAVING_TOOL (widget);
  GtkWidget       *window;
  GtkWidget       *time_label = NULL;
  g_autofree char *before = NULL;

  fake_now = 0;
  kh_craving_tool_set_clock (tool, fake_clock, NULL);
  window = show_in_window (widget);
  kh_craving_tool_start (tool, 5);
  time_label = kh_test_find_label (widget, "5:00 left");
  g_assert_nonnull (time_label);
  before = g_strdup (gtk_label_get_text (GTK_LABEL (time_label)));

  /* the clock moves; the tool's own timer picks it up */
  fake_now += 61 * G_USEC_PER_SEC;
  kh_test_wait_for (!g_str_equal (gtk_label_get_text (GTK_LABEL (time_label)), before), 5000);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (time_label)), ==, "3:59 left");

  fake_now += 300 * G_USEC_PER_SEC;
  kh_test_wait_for (kh_craving_tool_get_state (tool) == KH_CRAVING_STATE_END, 5000);
  g_assert_cmpint (kh_craving_tool_get_state (tool), ==, KH_CRAVING_STATE_END);
  g_assert_false (kh_craving_tool_is_ticking (tool));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_controls (GtkWidget *widget,
                  GPtrArray *out)
{
  /* what is on the screen (not a stack's other pages) and can be used */
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return;
  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_ENTRY (widget) || GTK_IS_SWITCH (widget))
    {
      g_ptr_array_add (out, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_controls (child, out);
}

/* Tab alone reaches every control of the page, choices, texts, names,
 * buttons and the switch, and of the craving tool. */
static void
assert_keyboard_complete (GtkWidget  *page,
                          GtkWidget  *window,
                          const char *what)
{
  g_autoptr (GPtrArray) controls = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);

  collect_controls (page, controls);
  g_assert_cmpuint (controls->len, >=, 2);
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  for (guint i = 0; i < 2000; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);
      for (focus = gtk_root_get_focus (GTK_ROOT (window)); focus != NULL; focus = gtk_widget_get_parent (focus))
        g_hash_table_add (seen, focus);
    }
  /* In a group of radio buttons Tab stops once, at the one chosen (or
   * the first), and the arrow keys move between them: GTK's way, and a
   * screen reader's. */
  if (KH_IS_PLAN_PAGE (page))
    for (guint q = 0; q < kh_plan_sheet_get_n_questions (sheet); q++)
      {
        GtkWidget *first = kh_plan_page_get_question_widget (KH_PLAN_PAGE (page), q, 0);
        guint      n = kh_plan_sheet_get_n_options (sheet, q);

        if (kh_plan_sheet_get_question_kind (sheet, q) != KH_PLAN_KIND_CHOICE)
          continue;

        gtk_widget_grab_focus (first);
        for (guint o = 1; o < n; o++)
          {
            GtkWidget *next = kh_plan_page_get_question_widget (KH_PLAN_PAGE (page), q, o);

            gtk_widget_child_focus (window, GTK_DIR_DOWN);
            if (gtk_root_get_focus (GTK_ROOT (window)) != next)
              g_error ("%s: the Down arrow does not move from choice %u to %u of “%s”", what, o - 1, o,
                       kh_plan_sheet_get_question_id (sheet, q));
            g_hash_table_add (seen, next);
          }
        g_hash_table_add (seen, first);
      }

  for (guint i = 0; i < controls->len; i++)
    if (!g_hash_table_contains (seen, controls->pdata[i]))
      g_error ("%s: Tab never reaches a %s (%s)", what, G_OBJECT_TYPE_NAME (controls->pdata[i]),
               GTK_IS_BUTTON (controls->pdata[i]) && gtk_button_get_label (controls->pdata[i])
                   ? gtk_button_get_label (controls->pdata[i])
               : GTK_IS_CHECK_BUTTON (controls->pdata[i]) ? gtk_check_button_get_label (controls->pdata[i])
                                                          : "");
}

static void
test_keyboard (void)
{
  g_autoptr (KhPlan) plan = kh_plan_new (sheet);
  g_autofree char *keep_path = g_build_filename (tmp_dir, "never", KH_PLAN_STORE_NAME, NULL);
  GtkWidget       *page = new_page (plan, FALSE, keep_path);
  GtkWidget       *window = show_in_window (page);
  GtkWidget       *tool;

  kh_plan_page_show_qr (KH_PLAN_PAGE (page), TRUE);
  kh_plan_fill_longest (plan, "a");
  kh_test_wait_for_layout (window, "My plan", 5000);
  assert_keyboard_complete (page, window, "My plan");
  gtk_window_destroy (GTK_WINDOW (window));

  tool = kh_craving_tool_new (plan);
  window = show_in_window (tool);
  assert_keyboard_complete (tool, window, "the craving tool (start)");
  kh_craving_tool_start (KH_CRAVING_TOOL (tool), 5);
  kh_test_wait_for_layout (window, "the craving tool", 5000);
  assert_keyboard_complete (tool, window, "the craving tool (running)");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The checklist result offers the craving tool, and QR codes of the
 * summary's own text. */
static void
test_checklist_result (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhChecklist) checklist = kh_checklist_new_bundled (&error);
  g_autoptr (KhChecklistAnswers) answers = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GString) joined = g_string_new (NULL);
  g_autofree char *summary = NULL;
  GtkWidget       *page, *window, *label, *result, *pager;

  g_assert_no_error (error);
  answers = kh_checklist_answers_new (checklist);
  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    kh_checklist_answers_set_answer (answers, i, i % 2 ? KH_CHECKLIST_ANSWER_YES : KH_CHECKLIST_ANSWER_NO);
  page = g_object_new (KH_TYPE_CHECKLIST_PAGE, "answers", answers, "directory", directory, "region", "US", NULL);
  window = show_in_window (page);
  g_assert_true (kh_checklist_page_show_result (KH_CHECKLIST_PAGE (page)));
  kh_test_wait_for_layout (window, "the checklist result", 5000);

  label = kh_test_find_label (page, "Ride Out a Craving");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (gtk_widget_get_parent (label))), ==, "win.show-section");

  result = find_type (page, KH_TYPE_CHECKLIST_RESULT);
  g_assert_nonnull (result);
  pager = kh_checklist_result_get_qr_pager (KH_CHECKLIST_RESULT (result));
  g_assert_cmpuint (kh_qr_pager_get_n_codes (KH_QR_PAGER (pager)), ==, 0);
  label = kh_test_find_label (page, "Show as QR Code");
  g_assert_nonnull (label);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (gtk_widget_get_parent (label)), TRUE);
  g_assert_cmpuint (kh_qr_pager_get_n_codes (KH_QR_PAGER (pager)), >, 0);

  /* the codes, joined without their part lines, are the summary */
  summary = kh_checklist_dup_summary_text (answers, now, directory, "US");
  for (guint i = 0; i < kh_qr_pager_get_n_codes (KH_QR_PAGER (pager)); i++)
    {
      const char *text;

      kh_qr_pager_set_index (KH_QR_PAGER (pager), i);
      text = kh_qr_pager_get_text (KH_QR_PAGER (pager));
      g_string_append (joined, kh_qr_pager_get_n_codes (KH_QR_PAGER (pager)) > 1 ? strchr (text, '\n') + 1 : text);
    }
  g_assert_cmpstr (joined->str, ==, summary);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (gtk_widget_get_parent (label)), FALSE);
  g_assert_cmpuint (kh_qr_pager_get_n_codes (KH_QR_PAGER (pager)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  kh_i18n_init (g_getenv ("KRATOM_HELP_LOCALEDIR"));
  gtk_disable_setlocale ();
  gtk_test_init (&argc, &argv, NULL);
  kh_i18n_set_language ("en");

  sheet = kh_plan_sheet_new_bundled (&error);
  g_assert_no_error (error);
  directory = kh_directory_new_bundled (&error);
  g_assert_no_error (error);
  tmp_dir = g_dir_make_tmp ("kh-plan-page-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/plan-page/edits-plan", test_page_edits_plan);
  g_test_add_func ("/plan-page/keep", test_page_keep);
  g_test_add_func ("/plan-page/kiosk", test_page_kiosk);
  g_test_add_func ("/plan-page/qr-versions", test_qr_versions);
  g_test_add_func ("/plan-page/pdf", test_pdf);
  g_test_add_func ("/plan-page/keyboard", test_keyboard);
  g_test_add_func ("/plan-page/checklist-result", test_checklist_result);
  g_test_add_func ("/craving/timer", test_craving_timer);
  g_test_add_func ("/craving/real-timer", test_craving_real_timer);

  status = g_test_run ();

  {
    g_autofree char *data = g_build_filename (tmp_dir, "data", "kratom-help", NULL);
    g_autofree char *data_top = g_build_filename (tmp_dir, "data", NULL);
    g_autofree char *never = g_build_filename (tmp_dir, "never", NULL);
    g_autofree char *kiosk = g_build_filename (tmp_dir, "kiosk", NULL);

    g_rmdir (data);
    g_rmdir (data_top);
    g_rmdir (never);
    g_rmdir (kiosk);
    g_rmdir (tmp_dir);
  }
  g_free (tmp_dir);
  g_object_unref (sheet);
  g_object_unref (directory);

  return status;
}
