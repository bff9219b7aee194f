/* test-plan.c: the plan's content, one visitor's plan, its summary, its
 * QR texts and the kept file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "kh-i18n.h"
#include "kh-plan-store.h"
#include "kh-plan.h"

static KhPlanSheet *
load_sheet (void)
{
  g_autoptr (GError) error = NULL;
  KhPlanSheet *sheet = kh_plan_sheet_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);

  return sheet;
}

static int
question (KhPlanSheet *sheet,
          const char  *id)
{
  int index = kh_plan_sheet_find_question (sheet, id);

  if (index < 0)
    g_error ("plan.json has no question “%s”", id);

  return index;
}

static void
test_sheet_bundled (void)
{
  g_autoptr (KhPlanSheet) sheet = load_sheet ();
  int change = question (sheet, KH_PLAN_QUESTION_CHANGE);
  int people = question (sheet, KH_PLAN_QUESTION_PEOPLE);

  g_assert_cmpstr (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_TITLE), ==, "My plan");
  g_assert_cmpint (kh_plan_sheet_get_question_kind (sheet, change), ==, KH_PLAN_KIND_CHOICE);
  g_assert_cmpint (kh_plan_sheet_find_option (sheet, change, KH_PLAN_OPTION_STOP), >=, 0);
  g_assert_cmpint (kh_plan_sheet_get_question_kind (sheet, people), ==, KH_PLAN_KIND_NAMES);
  g_assert_cmpuint (kh_plan_sheet_get_n_steps (sheet), >=, 3);
  g_assert_cmpuint (kh_plan_sheet_get_n_sources (sheet), >=, 3);
  g_assert_nonnull (kh_plan_sheet_get_reviewed (sheet));
  g_assert_cmpuint (kh_plan_sheet_get_list_length (sheet, KH_PLAN_LIST_CRAVING_INTRO), >, 0);
}

/* Each case changes the bundled plan.json by one replacement and names
 * the problem that must be reported, with its path. */
static const struct
{
  const char *from;
  const char *to;
  const char *expected;
} bad_sheets[] = {
  { "\"kind\": \"choice\"", "\"kind\": \"radio\"",
    "plan.json: /questions/0/kind: unknown value “radio”" },
  { "\"id\": \"family\"", "\"id\": \"health\"",
    "plan.json: /questions/2/options/1/id: choice “health” is listed twice" },
  { "\"id\": \"stop\"", "\"id\": \"quit\"",
    "plan.json: /questions: expected question “change” to have a choice “stop”" },
  { "\"id\": \"people\"", "\"id\": \"friends\"",
    "plan.json: /questions: expected a question “people” of kind “names”" },
  { "\"kind\": \"names\"", "\"kind\": \"names\", \"options\": []",
    "plan.json: /questions/8/options: a question of kind “names” has no options" },
  { "\"heading\": \"What I want to change\",", "",
    "plan.json: /questions/0: missing member “heading”" },
  { "\"title\": \"Before you stop\"", "\"titel\": \"Before you stop\"",
    "plan.json: /safety: unknown member “titel”" },
  { "\"note\": \"Think of one reason", "\"hint\": \"Think of one reason",
    "plan.json: /craving/steps/2: unknown member “hint”" },
  { "\"inhale\": \"Breathe in slowly\"", "\"inhale\": 4",
    "plan.json: /craving/breathing/inhale: expected a string" },
  { "\"reviewed\": \"2026-12-01\"", "\"reviewed\": \"1 December\"",
    "plan.json: /reviewed:" },
};

static void
test_sheet_errors (void)
{
  g_autofree char *pretty = NULL;

  /* The resource is stripped of blanks; the cases are written against
   * the file as edited, so read that. */
  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "data", "content", "plan.json", NULL),
                                      &pretty, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad_sheets); i++)
    {
      g_autoptr (KhJsonReader) reader = kh_json_reader_new ("plan.json");
      g_autoptr (KhPlanSheet) sheet = NULL;
      g_autoptr (GString) text = g_string_new (pretty);
      g_autoptr (GString) all = g_string_new (NULL);
      gboolean  found = FALSE;
      JsonNode *root;

      if (strstr (pretty, bad_sheets[i].from) == NULL)
        g_error ("case %u: plan.json has no “%s”", i, bad_sheets[i].from);
      g_string_replace (text, bad_sheets[i].from, bad_sheets[i].to, 1);

      root = kh_json_reader_parse (reader, text->str, text->len);
      g_assert_nonnull (root);
      sheet = kh_plan_sheet_new_from_json (reader, root);
      g_assert_null (sheet);

      for (guint j = 0; j < kh_json_reader_get_n_errors (reader); j++)
        {
          const char *message = kh_json_reader_get_error (reader, j)->message;

          g_string_append_printf (all, "\n  %s", message);
          found |= g_str_has_prefix (message, bad_sheets[i].expected);
        }
      if (!found)
        g_error ("case %u (%s → %s): expected “%s”, got:%s", i, bad_sheets[i].from, bad_sheets[i].to,
                 bad_sheets[i].expected, all->str);
    }
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_state_notify (void)
{
  g_autoptr (KhPlanSheet) sheet = load_sheet ();
  g_autoptr (KhPlan) plan = kh_plan_new (sheet);
  int   change = question (sheet, KH_PLAN_QUESTION_CHANGE);
  int   use = question (sheet, KH_PLAN_QUESTION_USE);
  int   first = question (sheet, "first-step");
  guint n_empty = 0, n_safety = 0;

  g_signal_connect (plan, "notify::empty", G_CALLBACK (count_notify), &n_empty);
  g_signal_connect (plan, "notify::needs-safety", G_CALLBACK (count_notify), &n_safety);

  g_assert_true (kh_plan_is_empty (plan));
  kh_plan_set_choice (plan, change, kh_plan_sheet_find_option (sheet, change, KH_PLAN_OPTION_STOP));
  g_assert_false (kh_plan_is_empty (plan));
  g_assert_cmpuint (n_empty, ==, 1);
  g_assert_false (kh_plan_get_needs_safety (plan));

  kh_plan_set_choice (plan, use, kh_plan_sheet_find_option (sheet, use, KH_PLAN_OPTION_DAILY));
  g_assert_true (kh_plan_get_needs_safety (plan));
  g_assert_cmpuint (n_safety, ==, 1);
  /* the same choice again changes nothing */
  kh_plan_set_choice (plan, use, kh_plan_sheet_find_option (sheet, use, KH_PLAN_OPTION_DAILY));
  g_assert_cmpuint (n_safety, ==, 1);

  /* spaces around a text are not kept; a text of spaces is none */
  kh_plan_set_text (plan, first, "  Call my doctor  ");
  g_assert_cmpstr (kh_plan_get_text (plan, first), ==, "Call my doctor");
  kh_plan_set_text (plan, first, "   ");
  g_assert_null (kh_plan_get_text (plan, first));

  kh_plan_clear (plan);
  g_assert_true (kh_plan_is_empty (plan));
  g_assert_false (kh_plan_get_needs_safety (plan));
  g_assert_cmpuint (n_empty, ==, 2);
  g_assert_cmpuint (n_safety, ==, 2);
  g_assert_cmpint (kh_plan_get_choice (plan, change), ==, -1);
}

static void
test_state_bounds (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (KhPlanSheet) sheet = load_sheet ();
      g_autoptr (KhPlan) plan = kh_plan_new (sheet);
      g_autofree char *long_text = g_strnfill (KH_PLAN_TEXT_MAX + 1, 'a');

      kh_plan_set_text (plan, question (sheet, "first-step"), long_text);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*text_is_acceptable*");
}

static KhPlan *
filled_plan (KhPlanSheet *sheet,
             const char  *use_option)
{
  KhPlan *plan = kh_plan_new (sheet);
  int     change = question (sheet, KH_PLAN_QUESTION_CHANGE);
  int     use = question (sheet, KH_PLAN_QUESTION_USE);
  int     reasons = question (sheet, KH_PLAN_QUESTION_REASONS);
  int     people = question (sheet, KH_PLAN_QUESTION_PEOPLE);

  kh_plan_set_choice (plan, change, kh_plan_sheet_find_option (sheet, change, KH_PLAN_OPTION_STOP));
  kh_plan_set_choice (plan, use, kh_plan_sheet_find_option (sheet, use, use_option));
  kh_plan_set_option (plan, reasons, kh_plan_sheet_find_option (sheet, reasons, "health"), TRUE);
  kh_plan_set_option (plan, reasons, kh_plan_sheet_find_option (sheet, reasons, "money"), TRUE);
  kh_plan_set_text (plan, question (sheet, "first-step"), "No kratom before lunch");
  kh_plan_set_name (plan, people, 0, "Ana");
  kh_plan_set_name (plan, people, 2, "Sam");

  return plan;
}

static void
test_summary (void)
{
  g_autoptr (KhPlanSheet) sheet = load_sheet ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KhDirectory) directory = kh_directory_new_bundled (&error);
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autoptr (KhPlan) daily = filled_plan (sheet, KH_PLAN_OPTION_DAILY);
  g_autoptr (KhPlan) some = filled_plan (sheet, "some-days");
  g_autoptr (KhPlan) empty = kh_plan_new (sheet);
  g_autofree char *text = NULL;
  g_autofree char *some_text = NULL;
  g_autofree char *empty_text = NULL;
  g_autofree char *uk_text = NULL;
  const char      *safety = kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_SAFETY);

  g_assert_no_error (error);
  text = kh_plan_dup_summary_text (daily, date, directory, "US");

  /* what was chosen and typed, under its question */
  g_assert_true (g_str_has_prefix (text, "My plan\nDate: 1 December 2026\n"));
  g_assert_nonnull (strstr (text, "\nWhat I want to change\nStop\n"));
  g_assert_nonnull (strstr (text, "\nMy most important reasons\n• My health\n• Money\n"));
  g_assert_nonnull (strstr (text, "\nMy first step\nNo kratom before lunch\n"));
  g_assert_nonnull (strstr (text, "\nPeople who can help me\n• Ana\n• Sam\n"));
  /* nothing of what was left empty */
  g_assert_null (strstr (text, "If I slip"));
  /* the safety line, right after the change, for stop + every day */
  g_assert_nonnull (strstr (text, "\nWhat I want to change\nStop\n\nBefore you stop\n"));
  g_assert_nonnull (strstr (text, safety));
  /* the region's numbers, from the directory */
  g_assert_nonnull (strstr (text, "Where to get help: United States"));
  g_assert_nonnull (strstr (text, "1-800-662-4357"));
  g_assert_nonnull (strstr (text, "988"));
  g_assert_nonnull (strstr (text, "911"));

  some_text = kh_plan_dup_summary_text (some, date, directory, "US");
  g_assert_null (strstr (some_text, safety));
  g_assert_nonnull (strstr (some_text, "Some days"));

  empty_text = kh_plan_dup_summary_text (empty, date, directory, "US");
  g_assert_null (strstr (empty_text, "What I want to change"));
  g_assert_nonnull (strstr (empty_text, "1-800-662-4357"));

  uk_text = kh_plan_dup_summary_text (daily, date, directory, "GB");
  g_assert_nonnull (strstr (uk_text, "0300 123 6600"));
  g_assert_null (strstr (uk_text, "1-800-662-4357"));
}

/* The QR texts of the longest plan the page allows, in English and in
 * Spanish, with free texts of one-byte, two-byte and four-byte
 * characters: every code within its size, and nothing cut. */
static void
check_longest (KhPlanSheet *sheet,
               KhDirectory *directory,
               const char  *character,
               guint       *n_parts_out)
{
  g_autoptr (KhPlan) plan = kh_plan_new (sheet);
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 9, 30, 10, 0, 0);
  g_autofree char *text = NULL;
  g_auto (GStrv) parts = NULL;
  g_autoptr (GString) joined = g_string_new (NULL);
  guint n;

  kh_plan_fill_longest (plan, character);
  g_assert_true (kh_plan_get_needs_safety (plan));
  text = kh_plan_dup_summary_text (plan, date, directory, "US");
  parts = kh_plan_dup_qr_texts (plan, date, directory, "US");
  n = g_strv_length (parts);
  g_assert_cmpuint (n, >, 1);

  for (guint i = 0; i < n; i++)
    {
      const char      *title = kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_PRINT_TITLE);
      const char      *newline = strchr (parts[i], '\n');
      g_autofree char *header = g_strndup (parts[i], newline - parts[i]);
      g_autofree char *numbers = g_strdup_printf (" %u ", i + 1);
      g_autofree char *total = g_strdup_printf (" %u", n);
      const char      *body;

      if (strlen (parts[i]) > KH_PLAN_QR_PART_MAX)
        g_error ("QR part %u of %u (%s) has %zu bytes, more than %u", i + 1, n, character, strlen (parts[i]),
                 KH_PLAN_QR_PART_MAX);
      g_assert_true (g_utf8_validate (parts[i], -1, NULL));
      /* "My plan, part 2 of 3": the title, the part and how many */
      g_assert_true (g_str_has_prefix (header, title));
      g_assert_nonnull (strstr (header, numbers));
      g_assert_true (g_str_has_suffix (header, total));
      body = newline + 1;
      g_string_append (joined, body);
    }
  g_assert_cmpstr (joined->str, ==, text);

  *n_parts_out = n;
}

static void
test_qr_longest (void)
{
  const char *languages[] = { "en", "es" };
  const char *characters[] = { "m", "ñ", "😀" };
  g_autoptr (KhPlanSheet) sheet = load_sheet ();
  g_autoptr (GError) error = NULL;
  g_autoptr (KhDirectory) directory = kh_directory_new_bundled (&error);

  g_assert_no_error (error);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      kh_i18n_set_language (languages[l]);
      g_assert_cmpstr (kh_i18n_get_language (), ==, languages[l]);
      if (l == 1)
        g_assert_cmpstr (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_TITLE), !=, "My plan");

      for (guint c = 0; c < G_N_ELEMENTS (characters); c++)
        {
          guint n;

          check_longest (sheet, directory, characters[c], &n);
          g_test_message ("longest plan, %s, “%s”: %u QR codes", languages[l], characters[c], n);
          /* at most four codes for a plan in letters of one or two
           * bytes, five with every text in four-byte characters */
          g_assert_cmpuint (n, <=, g_str_equal (characters[c], "😀") ? 5 : 4);
        }
    }
  kh_i18n_set_language ("en");
}

static void
test_qr_short (void)
{
  g_auto (GStrv) one = kh_plan_split_for_qr ("My plan\nStop\n", "My plan");
  g_autofree char *long_line = g_strnfill (KH_PLAN_QR_PART_MAX * 2, 'x');
  g_auto (GStrv) split = kh_plan_split_for_qr (long_line, "My plan");

  /* a text that fits is one code, as it is */
  g_assert_cmpuint (g_strv_length (one), ==, 1);
  g_assert_cmpstr (one[0], ==, "My plan\nStop\n");
  /* a line longer than a code is broken inside, said so by the headers */
  g_assert_cmpuint (g_strv_length (split), ==, 3);
  g_assert_true (g_str_has_prefix (split[2], "My plan, part 3 of 3\n"));
}

static void
test_data_round_trip (void)
{
  g_autoptr (KhPlanSheet) sheet = load_sheet ();
  g_autoptr (KhPlan) plan = filled_plan (sheet, KH_PLAN_OPTION_DAILY);
  g_autoptr (KhPlan) copy = kh_plan_new (sheet);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autoptr (KhDirectory) directory = kh_directory_new_bundled (NULL);
  g_autofree char *data = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gsize            length;

  data = kh_plan_to_data (plan, &length);
  g_assert_true (kh_plan_load_data (copy, data, length, &error));
  g_assert_no_error (error);
  a = kh_plan_dup_summary_text (plan, date, directory, "US");
  b = kh_plan_dup_summary_text (copy, date, directory, "US");
  g_assert_cmpstr (a, ==, b);
  g_assert_true (kh_plan_get_needs_safety (copy));
}

static const struct
{
  const char *data;
  const char *expected;
} bad_data[] = {
  { "[]", "plan.json: /: expected an object" },
  { "{\"version\": 2, \"answers\": {}}", "plan.json: /version: unknown version (expected 1)" },
  { "{\"version\": 1}", "plan.json: /: missing member “answers”" },
  { "{\"version\": 1, \"answers\": {}, \"extra\": 1}", "plan.json: /: unknown member “extra”" },
  { "{\"version\": 1, \"answers\": {\"colour\": \"red\"}}", "plan.json: /answers/colour: unknown question" },
  { "{\"version\": 1, \"answers\": {\"change\": \"fly\"}}", "plan.json: /answers/change: unknown choice “fly”" },
  { "{\"version\": 1, \"answers\": {\"change\": 3}}", "plan.json: /answers/change: expected a string" },
  { "{\"version\": 1, \"answers\": {\"reasons\": [\"health\", 1]}}", "plan.json: /answers/reasons/1: expected a string" },
  { "{\"version\": 1, \"answers\": {\"people\": [\"a\", \"b\", \"c\", \"d\"]}}", "plan.json: /answers/people: too many items" },
  { "{\"version\": 1, \"answers\": {\"first-step\": \"two\\nlines\"}}",
    "plan.json: /answers/first-step: expected one line of at most 80 characters" },
  { "{\"version\": 1, \"answers\": {\"first-step\": "
    "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}}",
    "plan.json: /answers/first-step: expected one line of at most 80 characters" },
};

static void
test_data_strict (void)
{
  g_autoptr (KhPlanSheet) sheet = load_sheet ();
  g_autoptr (KhPlan) plan = filled_plan (sheet, KH_PLAN_OPTION_DAILY);
  g_autofree char *before = kh_plan_to_data (plan, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_data); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *after = NULL;

      if (kh_plan_load_data (plan, bad_data[i].data, strlen (bad_data[i].data), &error))
        g_error ("case %u (%s) was read", i, bad_data[i].data);
      if (!g_str_has_prefix (error->message, bad_data[i].expected))
        g_error ("case %u (%s): expected “%s”, got “%s”", i, bad_data[i].data, bad_data[i].expected,
                 error->message);
      /* a bad file leaves the plan as it was */
      after = kh_plan_to_data (plan, NULL);
      g_assert_cmpstr (after, ==, before);
    }
}

static void
test_store (void)
{
  g_autoptr (KhPlanSheet) sheet = load_sheet ();
  g_autoptr (KhPlan) plan = filled_plan (sheet, "some-days");
  g_autoptr (KhPlan) copy = kh_plan_new (sheet);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kh-plan-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "kratom-help", KH_PLAN_STORE_NAME, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  struct stat      info;

  g_assert_no_error (error);
  g_assert_false (kh_plan_store_exists (path));
  /* an app that never kept a plan reads nothing */
  g_assert_false (kh_plan_store_load (copy, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (kh_plan_store_save (plan, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0700);

  g_assert_true (kh_plan_store_load (copy, path, &error));
  g_assert_no_error (error);
  a = kh_plan_to_data (plan, NULL);
  b = kh_plan_to_data (copy, NULL);
  g_assert_cmpstr (a, ==, b);

  /* saving again replaces it, still owner-only */
  kh_plan_clear (plan);
  g_assert_true (kh_plan_store_save (plan, path, &error));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0600);

  g_assert_true (kh_plan_store_remove (path, &error));
  g_assert_no_error (error);
  g_assert_false (kh_plan_store_exists (path));
  /* removing what is not there is no error */
  g_assert_true (kh_plan_store_remove (path, &error));

  /* a folder where the file should be is refused, not read */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (kh_plan_store_load (copy, path, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (g_rmdir (path), ==, 0);

  g_assert_cmpint (g_rmdir (folder), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kh_i18n_init (g_getenv ("KRATOM_HELP_LOCALEDIR"));
  kh_i18n_set_language ("en");

  g_test_add_func ("/plan/sheet/bundled", test_sheet_bundled);
  g_test_add_func ("/plan/sheet/errors", test_sheet_errors);
  g_test_add_func ("/plan/state/notify", test_state_notify);
  g_test_add_func ("/plan/state/bounds", test_state_bounds);
  g_test_add_func ("/plan/summary", test_summary);
  g_test_add_func ("/plan/qr/longest", test_qr_longest);
  g_test_add_func ("/plan/qr/short", test_qr_short);
  g_test_add_func ("/plan/data/round-trip", test_data_round_trip);
  g_test_add_func ("/plan/data/strict", test_data_strict);
  g_test_add_func ("/plan/store", test_store);

  return g_test_run ();
}
