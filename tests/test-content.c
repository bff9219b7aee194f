/* test-content.c: the content models and their loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "kh-content.h"
#include "kh-validate.h"

static const char *valid_index = "{ \"sections\": [ \"first\", \"second\" ] }";

static const char *valid_first =
    "{ \"id\": \"first\", \"title\": \"First page\", \"icon\": \"help-about-symbolic\","
    "  \"summary\": \"What the first page is for.\", \"reviewed\": \"2026-11-30\","
    "  \"blocks\": ["
    "    { \"type\": \"heading\", \"text\": \"A heading\" },"
    "    { \"type\": \"paragraph\", \"text\": \"A paragraph.\" },"
    "    { \"type\": \"list\", \"items\": [ \"one\", \"two\" ] },"
    "    { \"type\": \"callout\", \"style\": \"crisis\", \"text\": \"Call for help.\" },"
    "    { \"type\": \"faq\", \"question\": \"Why?\", \"answer\": \"Because.\\n\\nAnd more.\" },"
    "    { \"type\": \"link\", \"label\": \"Next\", \"target\": \"second\" },"
    "    { \"type\": \"link\", \"label\": \"Checklist\", \"target\": \"checklist\" }"
    "  ],"
    "  \"sources\": [ { \"publisher\": \"CDC\", \"title\": \"A report\", \"year\": 2019,"
    "                  \"url\": \"https://www.cdc.gov/\" } ] }";

static const char *valid_second =
    "{ \"id\": \"second\", \"title\": \"Second page\", \"icon\": \"help-faq-symbolic\","
    "  \"summary\": \"Second.\", \"reviewed\": \"2026-01-02\","
    "  \"blocks\": [ { \"type\": \"paragraph\", \"text\": \"Text.\" } ],"
    "  \"sources\": [ { \"publisher\": \"NIDA\", \"title\": \"Kratom\" } ] }";

typedef struct
{
  char  *dir;
  GFile *file;
} Fixture;

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("kh-content-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->file = g_file_new_for_path (fixture->dir);

  write_file (fixture, "index.json", valid_index);
  write_file (fixture, "first.json", valid_first);
  write_file (fixture, "second.json", valid_second);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  const char *name;
  GDir       *dir = g_dir_open (fixture->dir, 0, NULL);

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_dir_close (dir);
  g_rmdir (fixture->dir);

  g_clear_object (&fixture->file);
  g_free (fixture->dir);
}

/* Replaces @old in the valid first section with @new and returns the
 * error the loader gives. */
static GError *
load_with_first (Fixture    *fixture,
                 const char *json)
{
  g_autoptr (KhContent) content = NULL;
  GError *error = NULL;

  write_file (fixture, "first.json", json);
  content = kh_content_new_from_directory (fixture->file, &error);
  g_assert_null (content);
  g_assert_nonnull (error);

  return error;
}

static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  g_autoptr (GString) string = g_string_new (text);

  g_assert_nonnull (strstr (text, old));
  g_string_replace (string, old, new, 1);

  return g_string_free (g_steal_pointer (&string), FALSE);
}

static void
assert_first_error (Fixture    *fixture,
                    const char *old,
                    const char *new,
                    int         code,
                    const char *message)
{
  g_autofree char *json = replace (valid_first, old, new);
  g_autoptr (GError) error = load_with_first (fixture, json);

  g_test_message ("error: %s", error->message);
  g_assert_error (error, KH_CONTENT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_load_valid (Fixture      *fixture,
                 gconstpointer data)
{
  g_autoptr (KhContent) content = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *date = NULL;
  KhSection       *section;
  KhBlock         *block;
  KhSource        *source;

  content = kh_content_new_from_directory (fixture->file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (content);

  g_assert_cmpuint (kh_content_get_n_sections (content), ==, 2);
  section = kh_content_get_section (content, 0);
  g_assert_cmpstr (kh_section_get_id (section), ==, "first");
  g_assert_cmpstr (kh_section_get_title (section), ==, "First page");
  g_assert_cmpstr (kh_section_get_icon_name (section), ==, "help-about-symbolic");
  g_assert_cmpstr (kh_section_get_summary (section), ==, "What the first page is for.");
  date = g_date_time_format (kh_section_get_reviewed (section), "%F");
  g_assert_cmpstr (date, ==, "2026-11-30");
  g_assert_cmpuint (kh_section_get_n_blocks (section), ==, 7);

  block = kh_section_get_block (section, 0);
  g_assert_cmpint (kh_block_get_block_type (block), ==, KH_BLOCK_HEADING);
  g_assert_cmpstr (kh_block_get_text (block), ==, "A heading");

  block = kh_section_get_block (section, 2);
  g_assert_cmpint (kh_block_get_block_type (block), ==, KH_BLOCK_LIST);
  g_assert_cmpuint (kh_block_get_n_items (block), ==, 2);
  g_assert_cmpstr (kh_block_get_item (block, 1), ==, "two");

  block = kh_section_get_block (section, 3);
  g_assert_cmpint (kh_block_get_block_type (block), ==, KH_BLOCK_CALLOUT);
  g_assert_cmpint (kh_block_get_style (block), ==, KH_CALLOUT_CRISIS);
  g_assert_null (kh_block_get_title (block));
  g_assert_cmpstr (kh_block_get_text (block), ==, "Call for help.");

  block = kh_section_get_block (section, 4);
  g_assert_cmpint (kh_block_get_block_type (block), ==, KH_BLOCK_FAQ);
  g_assert_cmpstr (kh_block_get_question (block), ==, "Why?");
  g_assert_cmpstr (kh_block_get_answer (block), ==, "Because.\n\nAnd more.");

  block = kh_section_get_block (section, 5);
  g_assert_cmpint (kh_block_get_block_type (block), ==, KH_BLOCK_LINK);
  g_assert_cmpstr (kh_block_get_label (block), ==, "Next");
  g_assert_cmpstr (kh_block_get_target (block), ==, "second");

  g_assert_cmpuint (kh_section_get_n_sources (section), ==, 1);
  source = kh_section_get_source (section, 0);
  g_assert_cmpstr (kh_source_get_publisher (source), ==, "CDC");
  g_assert_cmpint (kh_source_get_year (source), ==, 2019);
  g_assert_cmpstr (kh_source_get_url (source), ==, "https://www.cdc.gov/");

  g_assert_true (kh_content_lookup_section (content, "second") == kh_content_get_section (content, 1));
  g_assert_null (kh_content_lookup_section (content, "third"));
  g_assert_true (kh_content_has_page (content, "checklist"));
  g_assert_true (kh_content_has_page (content, "help"));
  g_assert_false (kh_content_has_page (content, "nowhere"));

  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
test_bad_type (Fixture      *fixture,
               gconstpointer data)
{
  assert_first_error (fixture, "\"text\": \"A paragraph.\"", "\"text\": 12",
                      KH_CONTENT_ERROR_TYPE,
                      "first.json: /blocks/1/text: expected a string, found a number");
  assert_first_error (fixture, "\"items\": [ \"one\", \"two\" ]", "\"items\": [ \"one\", false ]",
                      KH_CONTENT_ERROR_TYPE,
                      "first.json: /blocks/2/items/1: expected a string, found a boolean");
  assert_first_error (fixture, "\"items\": [ \"one\", \"two\" ]", "\"items\": \"one\"",
                      KH_CONTENT_ERROR_TYPE,
                      "first.json: /blocks/2/items: expected an array, found a string");
  assert_first_error (fixture, "\"year\": 2019", "\"year\": \"2019\"",
                      KH_CONTENT_ERROR_TYPE,
                      "first.json: /sources/0/year: expected a whole number, found a string");
}

static void
test_missing_field (Fixture      *fixture,
                    gconstpointer data)
{
  assert_first_error (fixture, "\"question\": \"Why?\", ", "",
                      KH_CONTENT_ERROR_MISSING,
                      "first.json: /blocks/4: missing member “question” (expected a string)");
  assert_first_error (fixture, "\"title\": \"First page\",", "",
                      KH_CONTENT_ERROR_MISSING,
                      "first.json: /: missing member “title” (expected a string)");
}

static void
test_bad_values (Fixture      *fixture,
                 gconstpointer data)
{
  assert_first_error (fixture, "\"A heading\"", "\"   \"",
                      KH_CONTENT_ERROR_VALUE,
                      "first.json: /blocks/0/text: expected a non-empty string");
  assert_first_error (fixture, "2026-11-30", "2026-02-30",
                      KH_CONTENT_ERROR_VALUE,
                      "first.json: /reviewed: expected a date as YYYY-MM-DD");
  assert_first_error (fixture, "\"style\": \"crisis\"", "\"style\": \"loud\"",
                      KH_CONTENT_ERROR_VALUE,
                      "first.json: /blocks/3/style: unknown value “loud” (expected one of “info”, “warning”, “crisis”)");
  assert_first_error (fixture, "https://www.cdc.gov/", "http://www.cdc.gov/",
                      KH_CONTENT_ERROR_VALUE,
                      "first.json: /sources/0/url: expected an address starting with “https://”");
  assert_first_error (fixture, "{ \"type\": \"heading\", \"text\": \"A heading\" }",
                      "{ \"type\": \"heading\", \"txet\": \"A heading\" }",
                      KH_CONTENT_ERROR_VALUE,
                      "first.json: /blocks/0: unknown member “txet” (expected one of “type”, “text”) (and 1 more problem)");
}

static void
test_unknown_block_type (Fixture      *fixture,
                         gconstpointer data)
{
  assert_first_error (fixture, "\"type\": \"heading\"", "\"type\": \"video\"",
                      KH_CONTENT_ERROR_VALUE,
                      "first.json: /blocks/0/type: unknown value “video” (expected one of "
                      "“heading”, “paragraph”, “list”, “callout”, “faq”, “link”)");
}

static void
test_unknown_target (Fixture      *fixture,
                     gconstpointer data)
{
  assert_first_error (fixture, "\"target\": \"second\"", "\"target\": \"third\"",
                      KH_CONTENT_ERROR_UNKNOWN_TARGET,
                      "first.json: /blocks/5/target: unknown page “third” "
                      "(expected one of first, second, checklist, plan, craving, help)");
}

static void
test_malformed (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  error = load_with_first (fixture, "{ \"id\": \"first\", ");
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "first.json: not valid JSON: 1:"));
  g_clear_error (&error);

  error = load_with_first (fixture, "");
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_PARSE);
  g_clear_error (&error);

  error = load_with_first (fixture, "\"just a string\"");
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_TYPE);
  g_assert_cmpstr (error->message, ==, "first.json: /: expected an object, found a string");
  g_clear_error (&error);

  error = load_with_first (fixture, "{ \"id\": \"first\xff\" }");
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_PARSE);
  g_assert_cmpstr (error->message, ==, "first.json: the file is not valid UTF-8 text");
}

static void
test_index_problems (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (KhContent) content = NULL;
  g_autoptr (GError) error = NULL;

  write_file (fixture, "index.json", "{ \"sections\": [ \"second\", \"missing\" ] }");
  content = kh_content_new_from_directory (fixture->file, &error);
  g_assert_null (content);
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "missing.json: cannot read the file: "));
  g_clear_error (&error);

  write_file (fixture, "index.json", "{ \"sections\": [ \"first\", \"second\", \"first\" ] }");
  content = kh_content_new_from_directory (fixture->file, &error);
  g_assert_null (content);
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_DUPLICATE);
  g_assert_cmpstr (error->message, ==, "index.json: /sections/2: section “first” is listed twice");
  g_clear_error (&error);

  write_file (fixture, "index.json", "{ \"sections\": [ \"second\" ], \"extra\": 1 }");
  content = kh_content_new_from_directory (fixture->file, &error);
  g_assert_null (content);
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_VALUE);
  g_assert_cmpstr (error->message, ==, "index.json: /: unknown member “extra” (expected one of “sections”)");
}

static void
test_every_error_reported (Fixture      *fixture,
                           gconstpointer data)
{
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autofree char *json1 = replace (valid_first, "\"text\": \"A paragraph.\"", "\"text\": []");
  g_autofree char *json2 = replace (json1, "\"answer\": \"Because.\\n\\nAnd more.\"", "\"answer\": null");
  g_autoptr (KhContent) content = NULL;

  write_file (fixture, "first.json", json2);
  content = kh_content_load (fixture->file, errors);
  g_assert_null (content);
  g_assert_cmpuint (errors->len, ==, 2);
  g_assert_cmpstr (((GError *) errors->pdata[0])->message, ==,
                   "first.json: /blocks/1/text: expected a string, found an array");
  g_assert_cmpstr (((GError *) errors->pdata[1])->message, ==,
                   "first.json: /blocks/4/answer: expected a string, found null");
}

static void
test_bundled (void)
{
  g_autoptr (KhContent) content = NULL;
  g_autoptr (GError) error = NULL;
  static const char *const expected[] = { "overview", "signs", "helping", "treatment", "faq" };
  guint                    n_faq = 0;

  content = kh_content_new_bundled (&error);
  g_assert_no_error (error);
  g_assert_nonnull (content);

  g_assert_cmpuint (kh_content_get_n_sections (content), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      KhSection *section = kh_content_get_section (content, i);

      g_assert_cmpstr (kh_section_get_id (section), ==, expected[i]);
      g_assert_cmpuint (kh_section_get_n_sources (section), >, 0);
      g_assert_nonnull (kh_section_get_reviewed (section));
    }

  for (guint i = 0; i < kh_section_get_n_blocks (kh_content_lookup_section (content, "faq")); i++)
    if (kh_block_get_block_type (kh_section_get_block (kh_content_lookup_section (content, "faq"), i)) == KH_BLOCK_FAQ)
      n_faq++;
  g_assert_cmpuint (n_faq, >=, 12);

  g_assert_finalize_object (g_steal_pointer (&content));
}

static void
test_validate_files (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autofree char *first = g_build_filename (fixture->dir, "first.json", NULL);
  g_autofree char *second = g_build_filename (fixture->dir, "second.json", NULL);
  g_autofree char *index = g_build_filename (fixture->dir, "index.json", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "nothing.json", NULL);
  g_autofree char *json = replace (valid_second, "\"Text.\"", "7");
  const char      *all[] = { index, first, second, NULL };
  const char      *only_first[] = { first, NULL };
  const char      *broken[] = { second, missing, NULL };
  g_autofree char *expected = NULL;

  g_assert_true (kh_validate_files (all, NULL, errors));
  g_assert_cmpuint (errors->len, ==, 0);

  /* first.json links to "second", which is neither given nor known. */
  g_assert_false (kh_validate_files (only_first, NULL, errors));
  g_assert_cmpuint (errors->len, ==, 1);
  g_ptr_array_set_size (errors, 0);

  {
    const char *known[] = { "second", NULL };
    g_assert_true (kh_validate_files (only_first, known, errors));
  }

  write_file (fixture, "second.json", json);
  g_assert_false (kh_validate_files (broken, NULL, errors));
  g_assert_cmpuint (errors->len, ==, 2);
  expected = g_strdup_printf ("%s: /blocks/0/text: expected a string, found a number", second);
  g_assert_cmpstr (((GError *) errors->pdata[0])->message, ==, expected);
  g_assert_error ((GError *) errors->pdata[1], KH_CONTENT_ERROR, KH_CONTENT_ERROR_NOT_FOUND);
}

/* Content strings are msgids: with a catalogue that translates one, the
 * model must return the translation. */
static void
test_gettext_lookup (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (KhContent) content = NULL;
  g_autoptr (GError) error = NULL;
  const char *localedir = g_getenv ("KH_TEST_LOCALEDIR");

  if (localedir == NULL)
    {
      g_test_fail_printf ("KH_TEST_LOCALEDIR is not set");
      return;
    }

  content = kh_content_new_from_directory (fixture->file, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (kh_section_get_title (kh_content_get_section (content, 0)), ==, "First page");

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "xx", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpstr (kh_section_get_title (kh_content_get_section (content, 0)), ==, "Primera página");
  g_assert_cmpstr (kh_block_get_item (kh_section_get_block (kh_content_get_section (content, 0), 2), 1),
                   ==, "dos");
  /* Strings that are not data are not translated. */
  g_assert_cmpstr (kh_section_get_id (kh_content_get_section (content, 0)), ==, "first");

  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/content/load/valid", test_load_valid);
  ADD ("/content/load/bad-type", test_bad_type);
  ADD ("/content/load/missing-field", test_missing_field);
  ADD ("/content/load/bad-values", test_bad_values);
  ADD ("/content/load/unknown-block-type", test_unknown_block_type);
  ADD ("/content/load/unknown-target", test_unknown_target);
  ADD ("/content/load/malformed", test_malformed);
  ADD ("/content/load/index-problems", test_index_problems);
  ADD ("/content/load/every-error-reported", test_every_error_reported);
  ADD ("/content/validate/files", test_validate_files);
  ADD ("/content/i18n/gettext-lookup", test_gettext_lookup);
#undef ADD
  g_test_add_func ("/content/bundled", test_bundled);

  return g_test_run ();
}
