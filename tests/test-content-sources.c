/* test-content-sources.c: about.json, the content's main sources that the
 * About window lists, read strictly and translated like the content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "kh-content-sources.h"
#include "kh-i18n.h"

static KhContentSources *
parse (const char *json,
       GPtrArray  *messages)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("about.json");
  KhContentSources *sources = NULL;
  JsonNode         *root;

  if ((root = kh_json_reader_parse (reader, json, -1)))
    sources = kh_content_sources_new_from_json (reader, root);
  for (guint i = 0; i < kh_json_reader_get_n_errors (reader); i++)
    g_ptr_array_add (messages, g_strdup (kh_json_reader_get_error (reader, i)->message));

  /* a result, or the reasons why not: never both, never neither */
  g_assert_true ((sources != NULL) == (messages->len == 0));

  return sources;
}

static void
test_bundled (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhContentSources) sources = kh_content_sources_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (kh_content_sources_get_n_items (sources), ==, 5);
  g_assert_cmpstr (kh_content_sources_get_name (sources, 0), ==, "National Institute on Drug Abuse (NIDA)");
  g_assert_cmpstr (kh_content_sources_get_url (sources, 0), ==, "https://nida.nih.gov/research-topics/kratom");
  for (guint i = 0; i < kh_content_sources_get_n_items (sources); i++)
    g_assert_true (g_str_has_prefix (kh_content_sources_get_url (sources, i), "https://"));
}

static void
test_valid (void)
{
  g_autoptr (GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KhContentSources) sources =
      parse ("{ \"content_sources\": [ { \"name\": \"A\", \"url\": \"https://a.example/x\" },"
             "                        { \"url\": \"https://b.example/\", \"name\": \"B\" } ] }",
             messages);

  g_assert_nonnull (sources);
  g_assert_cmpuint (kh_content_sources_get_n_items (sources), ==, 2);
  g_assert_cmpstr (kh_content_sources_get_name (sources, 1), ==, "B");
  g_assert_cmpstr (kh_content_sources_get_url (sources, 1), ==, "https://b.example/");
}

/* Every problem is reported, each where it is. */
static void
test_invalid (void)
{
  static const struct
  {
    const char *json;
    const char *message;
  } cases[] = {
    { "[]", "about.json: /: expected an object, found an array" },
    { "{}", "about.json: /: missing member “content_sources” (expected an array)" },
    { "{ \"content_sources\": [] }", "about.json: /content_sources: expected at least one source" },
    { "{ \"content_sources\": [ \"NIDA\" ] }", "about.json: /content_sources/0: expected an object, found a string" },
    { "{ \"content_sources\": [ { \"name\": \"A\", \"url\": \"http://a.example/\" } ] }",
      "about.json: /content_sources/0/url: expected an address starting with “https://”" },
    { "{ \"content_sources\": [ { \"name\": \" \", \"url\": \"https://a.example/\" } ] }",
      "about.json: /content_sources/0/name: expected a non-empty string" },
    { "{ \"content_sources\": [ { \"url\": \"https://a.example/\" } ] }",
      "about.json: /content_sources/0: missing member “name” (expected a string)" },
    { "{ \"content_sources\": [ { \"name\": \"A\", \"url\": \"https://a.example/\", \"year\": 2020 } ] }",
      "about.json: /content_sources/0: unknown member “year” (expected one of “name”, “url”)" },
    { "{ \"content_sources\": [ { \"name\": \"A\", \"url\": \"https://a.example/\" } ], \"extra\": 1 }",
      "about.json: /: unknown member “extra” (expected one of “content_sources”)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
      g_autoptr (KhContentSources) sources = parse (cases[i].json, messages);

      g_test_message ("%s", cases[i].json);
      g_assert_null (sources);
      if (!g_ptr_array_find_with_equal_func (messages, cases[i].message, g_str_equal, NULL))
        g_error ("%s: expected “%s”, got “%s”", cases[i].json, cases[i].message,
                 messages->len > 0 ? (char *) messages->pdata[0] : "nothing");
    }
}

/* Names are translated with the rest of the content; addresses never. */
static void
test_translated (void)
{
  const char *localedir = g_getenv ("KRATOM_HELP_LOCALEDIR");
  g_autoptr (GError) error = NULL;
  g_autoptr (KhContentSources) sources = kh_content_sources_new_bundled (&error);

  g_assert_no_error (error);
  if (localedir == NULL)
    {
      g_test_fail_printf ("KRATOM_HELP_LOCALEDIR is not set");
      return;
    }

  kh_i18n_init (localedir);
  g_assert_true (kh_i18n_set_language ("es"));
  g_assert_cmpstr (kh_content_sources_get_name (sources, 0), ==,
                   "Instituto Nacional sobre el Abuso de Drogas (NIDA)");
  g_assert_cmpstr (kh_content_sources_get_url (sources, 0), ==, "https://nida.nih.gov/research-topics/kratom");
  g_assert_true (kh_i18n_set_language (""));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content-sources/bundled", test_bundled);
  g_test_add_func ("/content-sources/valid", test_valid);
  g_test_add_func ("/content-sources/invalid", test_invalid);
  g_test_add_func ("/content-sources/translated", test_translated);

  return g_test_run ();
}
