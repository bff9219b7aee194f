/* test-checklist.c: the screening checklist model and its loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kh-checklist.h"
#include "kh-validate.h"

/* Parses the bundled checklist.json into a tree the test may change. */
static JsonNode *
bundled_tree (void)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  bytes = g_resources_lookup_data ("/io/github/kratomhelp/KratomHelp/content/checklist.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  return json_node_ref (json_parser_get_root (parser));
}

/* The node at a JSON path such as "/questions/3". */
static JsonNode *
node_at (JsonNode   *root,
         const char *path)
{
  g_auto (GStrv) parts = g_strsplit (path + 1, "/", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    {
      if (JSON_NODE_HOLDS_ARRAY (node))
        node = json_array_get_element (json_node_get_array (node), atoi (parts[i]));
      else
        node = json_object_get_member (json_node_get_object (node), parts[i]);
    }
  g_assert_nonnull (node);

  return node;
}

static JsonObject *
object_at (JsonNode   *root,
           const char *path)
{
  return json_node_get_object (node_at (root, path));
}

static KhChecklist *
load_tree (JsonNode *root,
           GError  **error)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("checklist.json");
  KhChecklist *checklist;

  checklist = kh_checklist_new_from_json (reader, root);
  if (checklist == NULL)
    kh_json_reader_propagate (reader, error);

  return checklist;
}

static void
assert_first_error (JsonNode   *root,
                    int         code,
                    const char *message)
{
  g_autoptr (KhChecklist) checklist = NULL;
  g_autoptr (GError) error = NULL;

  checklist = load_tree (root, &error);
  g_assert_null (checklist);
  g_test_message ("error: %s", error->message);
  g_assert_error (error, KH_CONTENT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  json_node_unref (root);
}

static KhChecklist *
new_bundled (void)
{
  g_autoptr (GError) error = NULL;
  KhChecklist *checklist;

  checklist = kh_checklist_new_bundled (&error);
  g_assert_no_error (error);
  g_assert_nonnull (checklist);

  return checklist;
}

static void
test_bundled (void)
{
  g_autoptr (KhChecklist) checklist = new_bundled ();
  gboolean areas[KH_CHECKLIST_N_AREAS] = { FALSE };

  g_assert_cmpuint (kh_checklist_get_n_questions (checklist), ==, 11);
  for (guint i = 0; i < 11; i++)
    {
      KhChecklistArea area = kh_checklist_get_question_area (checklist, i);

      g_assert_false (areas[area]);
      areas[area] = TRUE;
      g_assert_cmpuint (kh_checklist_find_area (checklist, area), ==, i);
      g_assert_nonnull (kh_checklist_get_question_id (checklist, i));
      g_assert_nonnull (kh_checklist_get_question_label (checklist, i));
      g_assert_true (g_str_has_suffix (kh_checklist_get_question_text (checklist, i), "?"));
    }

  for (guint i = 0; i < KH_CHECKLIST_N_TEXTS; i++)
    g_assert_nonnull (kh_checklist_get_text (checklist, i));
  for (guint i = 0; i < KH_CHECKLIST_N_LISTS; i++)
    g_assert_cmpuint (kh_checklist_get_list_length (checklist, i), >, 0);
  for (guint i = 0; i < KH_CHECKLIST_N_BANDS; i++)
    {
      for (guint j = 0; j < KH_CHECKLIST_N_BAND_TEXTS; j++)
        g_assert_nonnull (kh_checklist_get_band_text (checklist, i, j));
      g_assert_cmpuint (kh_checklist_get_band_n_steps (checklist, i), >, 0);
    }
  g_assert_cmpstr (kh_checklist_get_band_text (checklist, KH_CHECKLIST_BAND_MILD, KH_CHECKLIST_BAND_TEXT_TITLE),
                   ==, "Mild");
  g_assert_cmpuint (kh_checklist_get_n_sources (checklist), >, 0);
  g_assert_nonnull (kh_checklist_get_reviewed (checklist));

  /* The dependence-only result has every text a band has. */
  for (guint j = 0; j < KH_CHECKLIST_N_BAND_TEXTS; j++)
    g_assert_nonnull (kh_checklist_get_band_text (checklist, KH_CHECKLIST_RESULT_DEPENDENCE, j));
  g_assert_cmpuint (kh_checklist_get_band_n_steps (checklist, KH_CHECKLIST_RESULT_DEPENDENCE), >, 0);

  /* The heading above the questions comes from the file too. */
  g_assert_cmpstr (kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_QUESTIONS_HEADING), ==,
                   "In the past 12 months…");

  g_assert_finalize_object (g_steal_pointer (&checklist));
}

static void
test_bad_content (void)
{
  JsonNode *root;

  /* the heading above the questions is the file's, in every language */
  root = bundled_tree ();
  json_object_remove_member (json_node_get_object (root), "heading");
  assert_first_error (root, KH_CONTENT_ERROR_MISSING,
                      "checklist.json: /: missing member “heading” (expected a string)");

  root = bundled_tree ();
  json_object_set_string_member (json_node_get_object (root), "heading", "");
  assert_first_error (root, KH_CONTENT_ERROR_VALUE,
                      "checklist.json: /heading: expected a non-empty string");

  root = bundled_tree ();
  json_object_remove_member (json_node_get_object (root), "questions");
  assert_first_error (root, KH_CONTENT_ERROR_MISSING,
                      "checklist.json: /: missing member “questions” (expected an array)");

  root = bundled_tree ();
  json_object_set_int_member (object_at (root, "/questions/3"), "text", 4);
  assert_first_error (root, KH_CONTENT_ERROR_TYPE,
                      "checklist.json: /questions/3/text: expected a string, found a number");

  root = bundled_tree ();
  json_object_set_string_member (object_at (root, "/questions/0"), "area", "mood");
  assert_first_error (root, KH_CONTENT_ERROR_VALUE,
                      "checklist.json: /questions/0/area: unknown value “mood” (expected one of "
                      "“more-or-longer”, “cut-down”, “time-spent”, “craving”, “obligations”, “social”, "
                      "“activities”, “hazardous”, “health”, “tolerance”, “withdrawal”)");

  root = bundled_tree ();
  json_object_set_string_member (object_at (root, "/questions/4"), "area", "cut-down");
  assert_first_error (root, KH_CONTENT_ERROR_DUPLICATE,
                      "checklist.json: /questions/4/area: area “cut-down” already has a question (/questions/1)");

  root = bundled_tree ();
  json_object_set_string_member (object_at (root, "/questions/2"), "id", "cut-down");
  assert_first_error (root, KH_CONTENT_ERROR_DUPLICATE,
                      "checklist.json: /questions/2/id: question “cut-down” is listed twice");

  root = bundled_tree ();
  json_array_remove_element (json_node_get_array (node_at (root, "/questions")), 7);
  assert_first_error (root, KH_CONTENT_ERROR_VALUE,
                      "checklist.json: /questions: expected 11 questions, one for each area, found 10");

  root = bundled_tree ();
  json_object_set_string_member (object_at (root, "/questions/5"), "hnit", "typo");
  assert_first_error (root, KH_CONTENT_ERROR_VALUE,
                      "checklist.json: /questions/5: unknown member “hnit” (expected one of "
                      "“id”, “area”, “text”, “hint”, “label”)");

  root = bundled_tree ();
  json_object_remove_member (object_at (root, "/bands"), "severe");
  assert_first_error (root, KH_CONTENT_ERROR_MISSING,
                      "checklist.json: /bands: missing member “severe” (expected an object)");

  root = bundled_tree ();
  json_object_set_array_member (object_at (root, "/bands/mild"), "next_steps", json_array_new ());
  assert_first_error (root, KH_CONTENT_ERROR_VALUE,
                      "checklist.json: /bands/mild/next_steps: expected a non-empty array of strings");

  root = bundled_tree ();
  json_object_set_string_member (object_at (root, "/notes/crisis"), "text", "  ");
  assert_first_error (root, KH_CONTENT_ERROR_VALUE,
                      "checklist.json: /notes/crisis/text: expected a non-empty string");

  root = bundled_tree ();
  json_object_remove_member (object_at (root, "/printout/help"), "title");
  assert_first_error (root, KH_CONTENT_ERROR_MISSING,
                      "checklist.json: /printout/help: missing member “title” (expected a string)");

  root = bundled_tree ();
  json_object_remove_member (object_at (root, "/bands"), "dependence");
  assert_first_error (root, KH_CONTENT_ERROR_MISSING,
                      "checklist.json: /bands: missing member “dependence” (expected an object)");

  root = bundled_tree ();
  json_object_remove_member (json_node_get_object (root), "notes");
  assert_first_error (root, KH_CONTENT_ERROR_MISSING,
                      "checklist.json: /: missing member “notes” (expected an object)");

  root = bundled_tree ();
  json_object_set_string_member (json_node_get_object (root), "reviewed", "30 Nov 2026");
  assert_first_error (root, KH_CONTENT_ERROR_VALUE,
                      "checklist.json: /reviewed: expected a date as YYYY-MM-DD");

  root = json_from_string ("[ 1, 2 ]", NULL);
  assert_first_error (root, KH_CONTENT_ERROR_TYPE,
                      "checklist.json: /: expected an object, found an array");
}

static void
test_every_error_reported (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("checklist.json");
  g_autoptr (KhChecklist) checklist = NULL;
  JsonNode *root = bundled_tree ();

  json_object_set_null_member (object_at (root, "/questions/0"), "label");
  json_object_set_boolean_member (object_at (root, "/bands/none"), "meaning", TRUE);
  checklist = kh_checklist_new_from_json (reader, root);

  g_assert_null (checklist);
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 2);
  g_assert_cmpstr (kh_json_reader_get_error (reader, 0)->message, ==,
                   "checklist.json: /questions/0/label: expected a string, found null");
  g_assert_cmpstr (kh_json_reader_get_error (reader, 1)->message, ==,
                   "checklist.json: /bands/none/meaning: expected a string, found a boolean");
  json_node_unref (root);
}

static void
test_files (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhChecklist) checklist = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kh-checklist-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "checklist.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  JsonNode *root;

  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  /* Unreadable and unparsable files are errors, not crashes. */
  checklist = kh_checklist_new_from_file (file, &error);
  g_assert_null (checklist);
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "checklist.json: cannot read the file: "));
  g_clear_error (&error);

  g_file_set_contents (path, "{ \"questions\": [ ", -1, &error);
  g_assert_no_error (error);
  checklist = kh_checklist_new_from_file (file, &error);
  g_assert_null (checklist);
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "checklist.json: not valid JSON: "));
  g_clear_error (&error);

  /* Several problems: the first is given, with the number of others. */
  root = bundled_tree ();
  json_object_remove_member (object_at (root, "/notes"), "tolerance");
  json_object_remove_member (object_at (root, "/notes"), "withdrawal");
  text = json_to_string (root, TRUE);
  json_node_unref (root);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  checklist = kh_checklist_new_from_file (file, &error);
  g_assert_null (checklist);
  g_assert_cmpstr (error->message, ==,
                   "checklist.json: /notes: missing member “tolerance” (expected an object) (and 1 more problem)");
  g_clear_error (&error);

  /* --validate-content knows a checklist by its questions. */
  {
    const char *paths[] = { path, NULL };

    g_assert_false (kh_validate_files (paths, NULL, errors));
    g_assert_cmpuint (errors->len, ==, 2);
    expected = g_strdup_printf ("%s: /notes: missing member “withdrawal” (expected an object)", path);
    g_assert_cmpstr (((GError *) errors->pdata[1])->message, ==, expected);
    g_ptr_array_set_size (errors, 0);
  }

  {
    g_autoptr (GBytes) bytes = g_resources_lookup_data ("/io/github/kratomhelp/KratomHelp/content/checklist.json",
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    const char *paths[] = { path, NULL };

    g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
    g_assert_no_error (error);
    g_assert_true (kh_validate_files (paths, NULL, errors));
    g_assert_cmpuint (errors->len, ==, 0);

    checklist = kh_checklist_new_from_file (file, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (kh_checklist_get_n_questions (checklist), ==, 11);
    g_assert_finalize_object (g_steal_pointer (&checklist));
  }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checklist/bundled", test_bundled);
  g_test_add_func ("/checklist/load/bad-content", test_bad_content);
  g_test_add_func ("/checklist/load/every-error-reported", test_every_error_reported);
  g_test_add_func ("/checklist/load/files", test_files);

  return g_test_run ();
}
