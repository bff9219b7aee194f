/* test-section.c: content sections and their blocks, read from JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "kh-i18n.h"
#include "kh-section.h"

static const char *valid_section =
    "{ \"id\": \"signs\", \"title\": \"Signs of a problem\", \"icon\": \"dialog-warning-symbolic\","
    "  \"summary\": \"What to look out for.\", \"reviewed\": \"2026-11-30\","
    "  \"blocks\": ["
    "    { \"type\": \"heading\", \"text\": \"Withdrawal\" },"
    "    { \"type\": \"paragraph\", \"text\": \"Stopping can be hard.\" },"
    "    { \"type\": \"list\", \"items\": [ \"Cravings\", \"Sweating\", \"Sleep problems\" ] },"
    "    { \"type\": \"callout\", \"style\": \"warning\", \"title\": \"Take care\", \"text\": \"Ask a doctor first.\" },"
    "    { \"type\": \"faq\", \"question\": \"Is it addictive?\", \"answer\": \"It can be.\\n\\nMany people stop.\" },"
    "    { \"type\": \"link\", \"label\": \"Take the checklist\", \"target\": \"checklist\" }"
    "  ],"
    "  \"sources\": ["
    "    { \"publisher\": \"NIDA\", \"title\": \"Kratom\", \"year\": 2022, \"url\": \"https://nida.nih.gov/\" },"
    "    { \"publisher\": \"FDA\", \"title\": \"Kratom facts\" }"
    "  ] }";

static JsonNode *
parse (KhJsonReader *reader,
       const char   *json)
{
  JsonNode *root = kh_json_reader_parse (reader, json, -1);

  g_assert_nonnull (root);
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 0);

  return root;
}

/* Reads @json as one block at "/blocks/4" of "doc.json". */
static KhBlock *
block_from_json (KhJsonReader *reader,
                 const char   *json)
{
  return kh_block_new_from_json (reader, parse (reader, json), "/blocks/4");
}

static void
assert_errors (KhJsonReader      *reader,
               const int         *codes,
               const char *const *messages)
{
  guint n = g_strv_length ((char **) messages);

  for (guint i = 0; i < kh_json_reader_get_n_errors (reader); i++)
    g_test_message ("error %u: %s", i, kh_json_reader_get_error (reader, i)->message);
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, n);

  for (guint i = 0; i < n; i++)
    {
      const GError *error = kh_json_reader_get_error (reader, i);

      g_assert_error ((GError *) error, KH_CONTENT_ERROR, codes[i]);
      g_assert_cmpstr (error->message, ==, messages[i]);
    }
}

/* Asserts that @json is refused as a block with exactly one error. */
static void
assert_bad_block (const char *json,
                  int         code,
                  const char *message)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  g_autoptr (KhBlock) block = NULL;
  const char *const messages[] = { message, NULL };

  g_test_message ("block %s", json);
  block = block_from_json (reader, json);
  g_assert_null (block);
  assert_errors (reader, (int[]){ code }, messages);
}

static void
test_block_heading_paragraph (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  g_autoptr (KhBlock) heading = NULL;
  g_autoptr (KhBlock) paragraph = NULL;

  heading = block_from_json (reader, "{ \"type\": \"heading\", \"text\": \"Withdrawal\" }");
  g_assert_nonnull (heading);
  g_assert_cmpint (kh_block_get_block_type (heading), ==, KH_BLOCK_HEADING);
  g_assert_cmpstr (kh_block_get_text (heading), ==, "Withdrawal");

  paragraph = block_from_json (reader, "{ \"text\": \"Stopping can be hard.\", \"type\": \"paragraph\" }");
  g_assert_nonnull (paragraph);
  g_assert_cmpint (kh_block_get_block_type (paragraph), ==, KH_BLOCK_PARAGRAPH);
  g_assert_cmpstr (kh_block_get_text (paragraph), ==, "Stopping can be hard.");

  /* What other kinds of block have, a paragraph has not. */
  g_assert_null (kh_block_get_title (paragraph));
  g_assert_null (kh_block_get_question (paragraph));
  g_assert_null (kh_block_get_answer (paragraph));
  g_assert_null (kh_block_get_label (paragraph));
  g_assert_null (kh_block_get_target (paragraph));
  g_assert_cmpuint (kh_block_get_n_items (paragraph), ==, 0);
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 0);
}

static void
test_block_list (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  g_autoptr (KhBlock) block = NULL;

  block = block_from_json (reader, "{ \"type\": \"list\", \"items\": [ \"Cravings\", \"Sweating\", \"Sleep problems\" ] }");
  g_assert_nonnull (block);
  g_assert_cmpint (kh_block_get_block_type (block), ==, KH_BLOCK_LIST);
  g_assert_cmpuint (kh_block_get_n_items (block), ==, 3);
  g_assert_cmpstr (kh_block_get_item (block, 0), ==, "Cravings");
  g_assert_cmpstr (kh_block_get_item (block, 1), ==, "Sweating");
  g_assert_cmpstr (kh_block_get_item (block, 2), ==, "Sleep problems");
  g_assert_null (kh_block_get_text (block));
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 0);
}

static void
test_block_callout (void)
{
  static const struct
  {
    const char    *style;
    KhCalloutStyle expected;
  } styles[] = {
    { "info", KH_CALLOUT_INFO },
    { "warning", KH_CALLOUT_WARNING },
    { "crisis", KH_CALLOUT_CRISIS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
      g_autofree char *json = g_strdup_printf ("{ \"type\": \"callout\", \"style\": \"%s\", \"text\": \"Call 988.\" }",
                                               styles[i].style);
      g_autoptr (KhBlock) block = block_from_json (reader, json);

      g_test_message ("style %s", styles[i].style);
      g_assert_nonnull (block);
      g_assert_cmpint (kh_block_get_block_type (block), ==, KH_BLOCK_CALLOUT);
      g_assert_cmpint (kh_block_get_style (block), ==, styles[i].expected);
      g_assert_cmpstr (kh_block_get_text (block), ==, "Call 988.");
      /* The title is optional. */
      g_assert_null (kh_block_get_title (block));
    }

  {
    g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
    g_autoptr (KhBlock) block = block_from_json (reader,
                                                 "{ \"type\": \"callout\", \"style\": \"warning\","
                                                 "  \"title\": \"Take care\", \"text\": \"Ask a doctor first.\" }");

    g_assert_nonnull (block);
    g_assert_cmpstr (kh_block_get_title (block), ==, "Take care");
    g_assert_cmpstr (kh_block_get_text (block), ==, "Ask a doctor first.");
  }
}

static void
test_block_faq_link (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  g_autoptr (KhBlock) faq = NULL;
  g_autoptr (KhBlock) link = NULL;

  faq = block_from_json (reader, "{ \"type\": \"faq\", \"question\": \"Is it addictive?\","
                                 "  \"answer\": \"It can be.\\n\\nMany people stop.\" }");
  g_assert_nonnull (faq);
  g_assert_cmpint (kh_block_get_block_type (faq), ==, KH_BLOCK_FAQ);
  g_assert_cmpstr (kh_block_get_question (faq), ==, "Is it addictive?");
  /* Paragraphs of an answer are kept apart, for the page to split. */
  g_assert_cmpstr (kh_block_get_answer (faq), ==, "It can be.\n\nMany people stop.");

  link = block_from_json (reader, "{ \"type\": \"link\", \"label\": \"Take the checklist\", \"target\": \"checklist\" }");
  g_assert_nonnull (link);
  g_assert_cmpint (kh_block_get_block_type (link), ==, KH_BLOCK_LINK);
  g_assert_cmpstr (kh_block_get_label (link), ==, "Take the checklist");
  g_assert_cmpstr (kh_block_get_target (link), ==, "checklist");
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 0);
}

static void
test_block_boxed (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  g_autoptr (KhBlock) block = block_from_json (reader, "{ \"type\": \"heading\", \"text\": \"Withdrawal\" }");
  KhBlock *copy;

  g_assert_true (G_TYPE_IS_BOXED (KH_TYPE_BLOCK));
  g_assert_true (G_TYPE_IS_BOXED (KH_TYPE_SOURCE));
  /* A copy is the same block, shared. */
  copy = g_boxed_copy (KH_TYPE_BLOCK, block);
  g_assert_true (copy == block);
  g_boxed_free (KH_TYPE_BLOCK, copy);
  g_assert_cmpstr (kh_block_get_text (block), ==, "Withdrawal");
}

static void
test_block_bad (void)
{
  assert_bad_block ("[ \"heading\" ]", KH_CONTENT_ERROR_TYPE,
                    "doc.json: /blocks/4: expected an object, found an array");
  assert_bad_block ("{ \"text\": \"x\" }", KH_CONTENT_ERROR_MISSING,
                    "doc.json: /blocks/4: missing member “type” (expected a string)");
  assert_bad_block ("{ \"type\": 3, \"text\": \"x\" }", KH_CONTENT_ERROR_TYPE,
                    "doc.json: /blocks/4/type: expected a string, found a number");
  assert_bad_block ("{ \"type\": \"Heading\", \"text\": \"x\" }", KH_CONTENT_ERROR_VALUE,
                    "doc.json: /blocks/4/type: unknown value “Heading” (expected one of "
                    "“heading”, “paragraph”, “list”, “callout”, “faq”, “link”)");
  assert_bad_block ("{ \"type\": \"paragraph\" }", KH_CONTENT_ERROR_MISSING,
                    "doc.json: /blocks/4: missing member “text” (expected a string)");
  assert_bad_block ("{ \"type\": \"heading\", \"text\": \"\" }", KH_CONTENT_ERROR_VALUE,
                    "doc.json: /blocks/4/text: expected a non-empty string");
  assert_bad_block ("{ \"type\": \"list\", \"items\": [] }", KH_CONTENT_ERROR_VALUE,
                    "doc.json: /blocks/4/items: expected a non-empty array of strings");
  assert_bad_block ("{ \"type\": \"list\", \"items\": \"Cravings\" }", KH_CONTENT_ERROR_TYPE,
                    "doc.json: /blocks/4/items: expected an array, found a string");
  assert_bad_block ("{ \"type\": \"list\" }", KH_CONTENT_ERROR_MISSING,
                    "doc.json: /blocks/4: missing member “items” (expected an array)");
  /* The style of a call-out must be given, and be one of three. */
  assert_bad_block ("{ \"type\": \"callout\", \"text\": \"x\" }", KH_CONTENT_ERROR_MISSING,
                    "doc.json: /blocks/4: missing member “style” (expected a string)");
  assert_bad_block ("{ \"type\": \"callout\", \"style\": \"loud\", \"text\": \"x\" }", KH_CONTENT_ERROR_VALUE,
                    "doc.json: /blocks/4/style: unknown value “loud” (expected one of “info”, “warning”, “crisis”)");
  assert_bad_block ("{ \"type\": \"callout\", \"style\": \"info\", \"title\": 1, \"text\": \"x\" }", KH_CONTENT_ERROR_TYPE,
                    "doc.json: /blocks/4/title: expected a string, found a number");
  assert_bad_block ("{ \"type\": \"link\", \"label\": \"Next\" }", KH_CONTENT_ERROR_MISSING,
                    "doc.json: /blocks/4: missing member “target” (expected a string)");
}

/* A member that belongs to another kind of block is a mistake, named. */
static void
test_block_unknown_member (void)
{
  assert_bad_block ("{ \"type\": \"heading\", \"text\": \"x\", \"level\": 2 }", KH_CONTENT_ERROR_VALUE,
                    "doc.json: /blocks/4: unknown member “level” (expected one of “type”, “text”)");
  assert_bad_block ("{ \"type\": \"list\", \"items\": [ \"a\" ], \"text\": \"x\" }", KH_CONTENT_ERROR_VALUE,
                    "doc.json: /blocks/4: unknown member “text” (expected one of “type”, “items”)");
  assert_bad_block ("{ \"type\": \"callout\", \"style\": \"info\", \"text\": \"x\", \"icon\": \"y\" }",
                    KH_CONTENT_ERROR_VALUE,
                    "doc.json: /blocks/4: unknown member “icon” (expected one of “type”, “style”, “title”, “text”)");
  assert_bad_block ("{ \"type\": \"faq\", \"question\": \"q\", \"answer\": \"a\", \"text\": \"x\" }",
                    KH_CONTENT_ERROR_VALUE,
                    "doc.json: /blocks/4: unknown member “text” (expected one of “type”, “question”, “answer”)");
  assert_bad_block ("{ \"type\": \"link\", \"label\": \"l\", \"target\": \"t\", \"url\": \"x\" }",
                    KH_CONTENT_ERROR_VALUE,
                    "doc.json: /blocks/4: unknown member “url” (expected one of “type”, “label”, “target”)");
}

/* Every mistake in a block is reported, not only the first. */
static void
test_block_every_error (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  g_autoptr (KhBlock) list = NULL;
  g_autoptr (KhBlock) faq = NULL;
  const int         list_codes[] = { KH_CONTENT_ERROR_TYPE, KH_CONTENT_ERROR_VALUE, KH_CONTENT_ERROR_TYPE };
  const char *const list_messages[] = {
    "doc.json: /blocks/4/items/1: expected a string, found a number",
    "doc.json: /blocks/4/items/2: expected a non-empty string",
    "doc.json: /blocks/4/items/3: expected a string, found null",
    NULL,
  };
  const int         faq_codes[] = { KH_CONTENT_ERROR_VALUE, KH_CONTENT_ERROR_MISSING, KH_CONTENT_ERROR_TYPE };
  const char *const faq_messages[] = {
    "doc.json: /blocks/4: unknown member “answr” (expected one of “type”, “question”, “answer”)",
    "doc.json: /blocks/4: missing member “question” (expected a string)",
    "doc.json: /blocks/4/answer: expected a string, found an array",
    NULL,
  };

  list = block_from_json (reader, "{ \"type\": \"list\", \"items\": [ \"Cravings\", 2, \" \", null, \"Sweating\" ] }");
  g_assert_null (list);
  assert_errors (reader, list_codes, list_messages);

  g_clear_pointer (&reader, kh_json_reader_free);
  reader = kh_json_reader_new ("doc.json");
  faq = block_from_json (reader, "{ \"type\": \"faq\", \"answr\": \"a\", \"answer\": [ \"a\" ] }");
  g_assert_null (faq);
  assert_errors (reader, faq_codes, faq_messages);
}

static void
test_source (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  g_autoptr (KhSource) full = NULL;
  g_autoptr (KhSource) bare = NULL;
  g_autoptr (KhSource) oldest = NULL;
  g_autoptr (KhSource) newest = NULL;

  full = kh_source_new_from_json (reader,
                                  parse (reader, "{ \"publisher\": \"NIDA\", \"title\": \"Kratom\", \"year\": 2022,"
                                                 "  \"url\": \"https://nida.nih.gov/research-topics/kratom\" }"),
                                  "/sources/0");
  g_assert_nonnull (full);
  g_assert_cmpstr (kh_source_get_publisher (full), ==, "NIDA");
  g_assert_cmpstr (kh_source_get_title (full), ==, "Kratom");
  g_assert_cmpint (kh_source_get_year (full), ==, 2022);
  g_assert_cmpstr (kh_source_get_url (full), ==, "https://nida.nih.gov/research-topics/kratom");

  /* Year and address are optional. */
  bare = kh_source_new_from_json (reader, parse (reader, "{ \"publisher\": \"FDA\", \"title\": \"Kratom facts\" }"),
                                  "/sources/1");
  g_assert_nonnull (bare);
  g_assert_cmpint (kh_source_get_year (bare), ==, 0);
  g_assert_null (kh_source_get_url (bare));

  /* The limits of the years allowed are allowed. */
  oldest = kh_source_new_from_json (reader, parse (reader, "{ \"publisher\": \"A\", \"title\": \"B\", \"year\": 1900 }"),
                                    "/sources/2");
  newest = kh_source_new_from_json (reader, parse (reader, "{ \"publisher\": \"A\", \"title\": \"B\", \"year\": 2100 }"),
                                    "/sources/3");
  g_assert_nonnull (oldest);
  g_assert_cmpint (kh_source_get_year (oldest), ==, 1900);
  g_assert_nonnull (newest);
  g_assert_cmpint (kh_source_get_year (newest), ==, 2100);
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 0);
}

static void
assert_bad_source (const char        *json,
                   const int         *codes,
                   const char *const *messages)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("faq.json");
  g_autoptr (KhSource) source = NULL;

  g_test_message ("source %s", json);
  source = kh_source_new_from_json (reader, parse (reader, json), "/sources/2");
  g_assert_null (source);
  assert_errors (reader, codes, messages);
}

static void
test_source_bad (void)
{
  assert_bad_source ("{ \"publisher\": \"NIDA\", \"title\": \"Kratom\", \"year\": 1899 }",
                     (int[]){ KH_CONTENT_ERROR_VALUE },
                     (const char *[]){ "faq.json: /sources/2/year: expected a year between 1900 and 2100", NULL });
  assert_bad_source ("{ \"publisher\": \"NIDA\", \"title\": \"Kratom\", \"year\": 2101 }",
                     (int[]){ KH_CONTENT_ERROR_VALUE },
                     (const char *[]){ "faq.json: /sources/2/year: expected a year between 1900 and 2100", NULL });
  assert_bad_source ("{ \"publisher\": \"NIDA\", \"title\": \"Kratom\", \"year\": \"2022\" }",
                     (int[]){ KH_CONTENT_ERROR_TYPE },
                     (const char *[]){ "faq.json: /sources/2/year: expected a whole number, found a string", NULL });
  assert_bad_source ("{ \"publisher\": \"NIDA\", \"title\": \"Kratom\", \"url\": \"http://nida.nih.gov/\" }",
                     (int[]){ KH_CONTENT_ERROR_VALUE },
                     (const char *[]){ "faq.json: /sources/2/url: expected an address starting with “https://”", NULL });
  assert_bad_source ("{ \"publisher\": \"NIDA\", \"title\": \"Kratom\", \"url\": \"nida.nih.gov\" }",
                     (int[]){ KH_CONTENT_ERROR_VALUE },
                     (const char *[]){ "faq.json: /sources/2/url: expected an address starting with “https://”", NULL });
  assert_bad_source ("\"NIDA\"",
                     (int[]){ KH_CONTENT_ERROR_TYPE },
                     (const char *[]){ "faq.json: /sources/2: expected an object, found a string", NULL });
  /* Both missing members, and the stray one. */
  assert_bad_source ("{ \"author\": \"Someone\" }",
                     (int[]){ KH_CONTENT_ERROR_VALUE, KH_CONTENT_ERROR_MISSING, KH_CONTENT_ERROR_MISSING },
                     (const char *[]){
                         "faq.json: /sources/2: unknown member “author” (expected one of “publisher”, “title”, “year”, “url”)",
                         "faq.json: /sources/2: missing member “publisher” (expected a string)",
                         "faq.json: /sources/2: missing member “title” (expected a string)",
                         NULL,
                     });
}

static void
test_section_valid (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("signs.json");
  g_autoptr (KhSection) section = NULL;
  g_autofree char         *id = NULL;
  g_autofree char         *title = NULL;
  g_autofree char         *icon_name = NULL;
  GDateTime               *reviewed;
  static const KhBlockType types[] = {
    KH_BLOCK_HEADING,
    KH_BLOCK_PARAGRAPH,
    KH_BLOCK_LIST,
    KH_BLOCK_CALLOUT,
    KH_BLOCK_FAQ,
    KH_BLOCK_LINK,
  };

  section = kh_section_new_from_json (reader, parse (reader, valid_section));
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 0);
  g_assert_nonnull (section);

  g_assert_cmpstr (kh_section_get_id (section), ==, "signs");
  g_assert_cmpstr (kh_section_get_title (section), ==, "Signs of a problem");
  g_assert_cmpstr (kh_section_get_icon_name (section), ==, "dialog-warning-symbolic");
  g_assert_cmpstr (kh_section_get_summary (section), ==, "What to look out for.");

  reviewed = kh_section_get_reviewed (section);
  g_assert_nonnull (reviewed);
  g_assert_cmpint (g_date_time_get_year (reviewed), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (reviewed), ==, 11);
  g_assert_cmpint (g_date_time_get_day_of_month (reviewed), ==, 30);
  g_assert_cmpint (g_date_time_get_utc_offset (reviewed), ==, 0);

  /* The blocks in the order written. */
  g_assert_cmpuint (kh_section_get_n_blocks (section), ==, G_N_ELEMENTS (types));
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_test_message ("block %u", i);
      g_assert_cmpint (kh_block_get_block_type (kh_section_get_block (section, i)), ==, types[i]);
    }
  g_assert_cmpstr (kh_block_get_text (kh_section_get_block (section, 0)), ==, "Withdrawal");
  g_assert_cmpstr (kh_block_get_item (kh_section_get_block (section, 2), 2), ==, "Sleep problems");
  g_assert_cmpint (kh_block_get_style (kh_section_get_block (section, 3)), ==, KH_CALLOUT_WARNING);
  g_assert_cmpstr (kh_block_get_target (kh_section_get_block (section, 5)), ==, "checklist");

  g_assert_cmpuint (kh_section_get_n_sources (section), ==, 2);
  g_assert_cmpstr (kh_source_get_publisher (kh_section_get_source (section, 0)), ==, "NIDA");
  g_assert_cmpint (kh_source_get_year (kh_section_get_source (section, 0)), ==, 2022);
  g_assert_cmpstr (kh_source_get_title (kh_section_get_source (section, 1)), ==, "Kratom facts");
  g_assert_null (kh_source_get_url (kh_section_get_source (section, 1)));

  /* The same through GObject properties, as a view binds them. */
  g_object_get (section, "id", &id, "title", &title, "icon-name", &icon_name, NULL);
  g_assert_cmpstr (id, ==, "signs");
  g_assert_cmpstr (title, ==, "Signs of a problem");
  g_assert_cmpstr (icon_name, ==, "dialog-warning-symbolic");

  g_assert_finalize_object (g_steal_pointer (&section));
}

/* Replaces @old in the valid section with @new, and returns the reader
 * with the errors found. */
static KhJsonReader *
read_changed (const char *old,
              const char *new)
{
  g_autoptr (GString) json = g_string_new (valid_section);
  KhJsonReader *reader = kh_json_reader_new ("signs.json");
  g_autoptr (KhSection) section = NULL;

  g_assert_nonnull (strstr (valid_section, old));
  g_string_replace (json, old, new, 1);
  section = kh_section_new_from_json (reader, parse (reader, json->str));
  g_assert_null (section);

  return reader;
}

static void
assert_changed_error (const char *old,
                      const char *new,
                      int         code,
                      const char *message)
{
  g_autoptr (KhJsonReader) reader = read_changed (old, new);
  const char *const messages[] = { message, NULL };

  assert_errors (reader, (int[]){ code }, messages);
}

static void
test_section_bad (void)
{
  assert_changed_error ("\"id\": \"signs\"", "\"id\": \"Signs\"", KH_CONTENT_ERROR_VALUE,
                        "signs.json: /id: expected a lower-case identifier (letters, digits and “-”)");
  assert_changed_error ("\"id\": \"signs\"", "\"id\": \"signs page\"", KH_CONTENT_ERROR_VALUE,
                        "signs.json: /id: expected a lower-case identifier (letters, digits and “-”)");
  assert_changed_error ("\"icon\": \"dialog-warning-symbolic\",", "", KH_CONTENT_ERROR_MISSING,
                        "signs.json: /: missing member “icon” (expected a string)");
  assert_changed_error ("\"summary\": \"What to look out for.\"", "\"summary\": [ \"What\" ]", KH_CONTENT_ERROR_TYPE,
                        "signs.json: /summary: expected a string, found an array");
  assert_changed_error ("\"reviewed\": \"2026-11-30\"", "\"reviewed\": \"30/11/2026\"", KH_CONTENT_ERROR_VALUE,
                        "signs.json: /reviewed: expected a date as YYYY-MM-DD");
  assert_changed_error ("\"reviewed\": \"2026-11-30\",", "", KH_CONTENT_ERROR_MISSING,
                        "signs.json: /: missing member “reviewed” (expected a string)");

  /* A misspelt member is both a stranger and a member missing. */
  {
    g_autoptr (KhJsonReader) reader = read_changed ("\"icon\"", "\"icon_name\"");
    const int         codes[] = { KH_CONTENT_ERROR_VALUE, KH_CONTENT_ERROR_MISSING };
    const char *const messages[] = {
      "signs.json: /: unknown member “icon_name” (expected one of "
      "“id”, “title”, “icon”, “summary”, “reviewed”, “blocks”, “sources”)",
      "signs.json: /: missing member “icon” (expected a string)",
      NULL,
    };

    assert_errors (reader, codes, messages);
  }
}

static void
test_section_bad_blocks_sources (void)
{
  g_autoptr (KhJsonReader) no_sources = NULL;

  assert_changed_error ("\"Sweating\"", "\"\"", KH_CONTENT_ERROR_VALUE,
                        "signs.json: /blocks/2/items/1: expected a non-empty string");
  assert_changed_error ("\"style\": \"warning\"", "\"style\": \"danger\"", KH_CONTENT_ERROR_VALUE,
                        "signs.json: /blocks/3/style: unknown value “danger” (expected one of “info”, “warning”, “crisis”)");
  assert_changed_error ("\"year\": 2022", "\"year\": 22", KH_CONTENT_ERROR_VALUE,
                        "signs.json: /sources/0/year: expected a year between 1900 and 2100");
  assert_changed_error ("{ \"publisher\": \"FDA\", \"title\": \"Kratom facts\" }", "{ \"publisher\": \"FDA\" }",
                        KH_CONTENT_ERROR_MISSING, "signs.json: /sources/1: missing member “title” (expected a string)");
  assert_changed_error ("\"blocks\": [", "\"blocks\": [ 7,", KH_CONTENT_ERROR_TYPE,
                        "signs.json: /blocks/0: expected an object, found a number");

  /* A section says where what it says comes from. */
  {
    g_autoptr (KhJsonReader) reader = kh_json_reader_new ("faq.json");
    g_autoptr (KhSection) section = NULL;
    const int         codes[] = { KH_CONTENT_ERROR_VALUE, KH_CONTENT_ERROR_VALUE };
    const char *const messages[] = {
      "faq.json: /blocks: expected at least one block",
      "faq.json: /sources: expected at least one source",
      NULL,
    };

    section = kh_section_new_from_json (reader, parse (reader, "{ \"id\": \"faq\", \"title\": \"FAQ\", \"icon\": \"x\","
                                                               "  \"summary\": \"s\", \"reviewed\": \"2026-01-01\","
                                                               "  \"blocks\": [], \"sources\": [] }"));
    g_assert_null (section);
    assert_errors (reader, codes, messages);
  }

  no_sources = read_changed ("\"sources\"", "\"source\"");
  {
    const int         codes[] = { KH_CONTENT_ERROR_VALUE, KH_CONTENT_ERROR_MISSING };
    const char *const messages[] = {
      "signs.json: /: unknown member “source” (expected one of “id”, “title”, “icon”, “summary”, “reviewed”, “blocks”, “sources”)",
      "signs.json: /: missing member “sources” (expected an array)",
      NULL,
    };

    assert_errors (no_sources, codes, messages);
  }
}

static void
test_section_not_object (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("signs.json");
  g_autoptr (KhSection) section = NULL;
  const char *const messages[] = { "signs.json: /: expected an object, found an array", NULL };

  section = kh_section_new_from_json (reader, parse (reader, "[ { \"id\": \"signs\" } ]"));
  g_assert_null (section);
  assert_errors (reader, (int[]){ KH_CONTENT_ERROR_TYPE }, messages);
}

/* All the mistakes of a file at once, each with its path, in order. */
static void
test_section_every_error (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("signs.json");
  g_autoptr (KhSection) section = NULL;
  const int codes[] = {
    KH_CONTENT_ERROR_MISSING,
    KH_CONTENT_ERROR_VALUE,
    KH_CONTENT_ERROR_VALUE,
    KH_CONTENT_ERROR_TYPE,
    KH_CONTENT_ERROR_MISSING,
    KH_CONTENT_ERROR_VALUE,
  };
  const char *const messages[] = {
    "signs.json: /: missing member “summary” (expected a string)",
    "signs.json: /id: expected a lower-case identifier (letters, digits and “-”)",
    "signs.json: /reviewed: expected a date as YYYY-MM-DD",
    "signs.json: /blocks/1/text: expected a string, found a boolean",
    "signs.json: /blocks/2: missing member “answer” (expected a string)",
    "signs.json: /sources/0/url: expected an address starting with “https://”",
    NULL,
  };

  section = kh_section_new_from_json (reader,
                                      parse (reader,
                                             "{ \"id\": \"2nd\", \"title\": \"Signs\", \"icon\": \"x\","
                                             "  \"reviewed\": \"2026-11-31\","
                                             "  \"blocks\": [ { \"type\": \"heading\", \"text\": \"Fine\" },"
                                             "              { \"type\": \"paragraph\", \"text\": true },"
                                             "              { \"type\": \"faq\", \"question\": \"Why?\" } ],"
                                             "  \"sources\": [ { \"publisher\": \"P\", \"title\": \"T\", \"url\": \"ftp://x\" } ] }"));
  g_assert_null (section);
  assert_errors (reader, codes, messages);
}

/* A reader that already holds errors (from another file) still gives a
 * section that is itself valid. */
static void
test_section_earlier_errors (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("signs.json");
  g_autoptr (KhSection) section = NULL;
  JsonNode *root = parse (reader, valid_section);

  kh_json_reader_add_error (reader, KH_CONTENT_ERROR_NOT_FOUND, NULL, "something else");
  section = kh_section_new_from_json (reader, root);
  g_assert_nonnull (section);
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 1);
  g_assert_cmpuint (kh_section_get_n_blocks (section), ==, 6);
}

/* Content strings are msgids looked up on every access, so the language
 * can change while the app runs; ids, icons, targets and sources are not
 * translated. */
static void
test_gettext (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("signs.json");
  g_autoptr (KhSection) section = NULL;
  const char      *localedir = g_getenv ("KH_TEST_LOCALEDIR");
  KhBlock         *callout, *faq, *link, *list;
  g_autofree char *title = NULL;

  if (localedir == NULL)
    {
      g_test_fail_printf ("KH_TEST_LOCALEDIR is not set");
      return;
    }

  section = kh_section_new_from_json (reader, parse (reader, valid_section));
  g_assert_nonnull (section);
  list = kh_section_get_block (section, 2);
  callout = kh_section_get_block (section, 3);
  faq = kh_section_get_block (section, 4);
  link = kh_section_get_block (section, 5);
  g_assert_cmpstr (kh_section_get_title (section), ==, "Signs of a problem");

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "xx", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_cmpstr (kh_section_get_title (section), ==, "Señales de un problema");
  g_object_get (section, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Señales de un problema");
  g_assert_cmpstr (kh_section_get_summary (section), ==, "Qué observar.");
  g_assert_cmpstr (kh_block_get_text (kh_section_get_block (section, 0)), ==, "Abstinencia");
  g_assert_cmpstr (kh_block_get_text (kh_section_get_block (section, 1)), ==, "Dejarlo puede ser difícil.");
  g_assert_cmpstr (kh_block_get_item (list, 0), ==, "Antojos");
  /* Without a translation, the English text. */
  g_assert_cmpstr (kh_block_get_item (list, 1), ==, "Sweating");
  g_assert_cmpstr (kh_block_get_title (callout), ==, "Cuidado");
  g_assert_cmpstr (kh_block_get_text (callout), ==, "Pregunte antes a un médico.");
  g_assert_cmpstr (kh_block_get_question (faq), ==, "¿Crea adicción?");
  g_assert_cmpstr (kh_block_get_answer (faq), ==, "Puede.\n\nMucha gente lo deja.");
  g_assert_cmpstr (kh_block_get_label (link), ==, "Hacer el cuestionario");

  /* Ids, icons, link targets and the sources' own titles stay as they are. */
  g_assert_cmpstr (kh_section_get_id (section), ==, "signs");
  g_assert_cmpstr (kh_section_get_icon_name (section), ==, "dialog-warning-symbolic");
  g_assert_cmpstr (kh_block_get_target (link), ==, "checklist");
  g_assert_cmpstr (kh_source_get_title (kh_section_get_source (section, 0)), ==, "Kratom");
  g_assert_cmpstr (kh_source_get_publisher (kh_section_get_source (section, 1)), ==, "FDA");

  /* Back to English as the app switches language: the next lookups
   * give the msgids again. */
  g_assert_true (kh_i18n_set_language ("en"));
  g_assert_cmpstr (kh_section_get_title (section), ==, "Signs of a problem");
  g_assert_cmpstr (kh_block_get_label (link), ==, "Take the checklist");
  g_assert_cmpstr (kh_block_get_answer (faq), ==, "It can be.\n\nMany people stop.");
  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/section/block/heading-paragraph", test_block_heading_paragraph);
  g_test_add_func ("/section/block/list", test_block_list);
  g_test_add_func ("/section/block/callout", test_block_callout);
  g_test_add_func ("/section/block/faq-link", test_block_faq_link);
  g_test_add_func ("/section/block/boxed", test_block_boxed);
  g_test_add_func ("/section/block/bad", test_block_bad);
  g_test_add_func ("/section/block/unknown-member", test_block_unknown_member);
  g_test_add_func ("/section/block/every-error", test_block_every_error);
  g_test_add_func ("/section/source/valid", test_source);
  g_test_add_func ("/section/source/bad", test_source_bad);
  g_test_add_func ("/section/load/valid", test_section_valid);
  g_test_add_func ("/section/load/bad", test_section_bad);
  g_test_add_func ("/section/load/bad-blocks-sources", test_section_bad_blocks_sources);
  g_test_add_func ("/section/load/not-object", test_section_not_object);
  g_test_add_func ("/section/load/every-error", test_section_every_error);
  g_test_add_func ("/section/load/earlier-errors", test_section_earlier_errors);
  /* Last: it changes the language of the process. */
  g_test_add_func ("/section/translate/gettext", test_gettext);

  return g_test_run ();
}
