/* test-speech-text.c: what Read aloud says, and how numbers sound
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "kh-content.h"
#include "kh-i18n.h"
#include "kh-speech-text.h"

static void
assert_number (const char *number,
               const char *language,
               const char *spoken)
{
  g_autofree char *result = kh_speech_text_speak_number (number, language);

  if (g_strcmp0 (result, spoken) != 0)
    g_error ("%s in %s: spoken as \"%s\", expected \"%s\"", number, language, result, spoken);
}

static void
test_number (void)
{
  assert_number ("1-800-662-4357", "en", "1, 800, 662, 4357");
  assert_number ("988", "en", "9 8 8");
  assert_number ("911", "en", "9 1 1");
  assert_number ("000", "en", "0 0 0");
  assert_number ("435748", "en", "4 3 5 7 4 8");
  /* A group starting with 0 keeps its zero: digit by digit. */
  assert_number ("0300 123 6600", "en", "0 3 0 0, 123, 6600");
  assert_number ("+44 300 123 6600", "en", "plus 44, 300, 123, 6600");
  /* Not a number: as it is. */
  assert_number ("1-800-662-HELP", "en", "1-800-662-HELP");
  assert_number ("https://988lifeline.org", "en", "https://988lifeline.org");
}

static void
test_number_spanish (void)
{
  /* Four digits in two pairs, as numbers are dictated in Spanish; the
   * rest as in English. */
  assert_number ("1-800-662-4357", "es", "1, 800, 662, 43 57");
  assert_number ("988", "es", "9 8 8");
  assert_number ("+44 300 123 6600", "es", "más 44, 300, 123, 66 00");
  assert_number ("1-800-222-1222", "es_US", "1, 800, 222, 12 22");
}

static void
assert_text (const char *text,
             const char *language,
             GHashTable *dial,
             const char *spoken)
{
  g_autofree char *result = kh_speech_text_speak_numbers_in (text, language, dial);

  if (g_strcmp0 (result, spoken) != 0)
    g_error ("\"%s\" in %s: spoken as \"%s\", expected \"%s\"", text, language, result, spoken);
}

static void
test_numbers_in_text (void)
{
  g_autoptr (GHashTable) dial = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_add (dial, (gpointer) "911");
  g_hash_table_add (dial, (gpointer) "988");

  assert_text ("In the US, Poison Help is 1-800-222-1222, free and open 24 hours a day.", "en", dial,
               "In the US, Poison Help is 1, 800, 222, 1222, free and open 24 hours a day.");
  assert_text ("Call your local emergency number now, such as 911 in the US.", "en", dial,
               "Call your local emergency number now, such as 9 1 1 in the US.");
  assert_text ("Call or text 988.", "en", dial, "Call or text 9 8 8.");
  assert_text ("Call 911 24 hours a day.", "en", dial, "Call 9 1 1 24 hours a day.");
  /* Quantities, years, dates, decimals, words and addresses stay. */
  assert_text ("For 12 months in 2026 (2026-12-01), 2.5 g, 7\u2011OH, 1-800-662-HELP, 988lifeline.org.", "en",
               dial, "For 12 months in 2026 (2026-12-01), 2.5 g, 7\u2011OH, 1-800-662-HELP, 988lifeline.org.");
  assert_text ("Take 12-15 days.", "en", dial, "Take 12-15 days.");
  /* Without the set, a short number is a quantity. */
  assert_text ("Call 988.", "en", NULL, "Call 988.");
  assert_text ("Llame al 1-800-662-4357 o al 988.", "es", dial, "Llame al 1, 800, 662, 43 57 o al 9 8 8.");
}

static const char *section_json =
    "{ \"id\": \"signs\", \"title\": \"Signs\", \"icon\": \"dialog-warning-symbolic\","
    "  \"summary\": \"What to look out for.\", \"reviewed\": \"2026-11-30\","
    "  \"blocks\": ["
    "    { \"type\": \"heading\", \"text\": \"Withdrawal\" },"
    "    { \"type\": \"paragraph\", \"text\": \"One.\\n\\nTwo.\" },"
    "    { \"type\": \"list\", \"items\": [ \"Cravings\", \"Sweating\" ] },"
    "    { \"type\": \"callout\", \"style\": \"crisis\", \"title\": \"Poison Help (1-800-222-1222)\","
    "      \"text\": \"Call 911 now.\" },"
    "    { \"type\": \"faq\", \"question\": \"Is it addictive?\", \"answer\": \"It can be.\\n\\nMany stop.\" },"
    "    { \"type\": \"faq\", \"question\": \"Is it legal?\", \"answer\": \"It depends.\" },"
    "    { \"type\": \"link\", \"label\": \"Take the checklist\", \"target\": \"checklist\" }"
    "  ],"
    "  \"sources\": ["
    "    { \"publisher\": \"NIDA\", \"title\": \"Kratom\", \"year\": 2022, \"url\": \"https://nida.nih.gov/\" },"
    "    { \"publisher\": \"FDA\", \"title\": \"Kratom facts\" },"
    "    { \"publisher\": \"NIDA\", \"title\": \"More\" }"
    "  ] }";

static KhSection *
load_section (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("signs.json");
  JsonNode  *root = kh_json_reader_parse (reader, section_json, -1);
  KhSection *section;

  g_assert_nonnull (root);
  section = kh_section_new_from_json (reader, root);
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 0);
  g_assert_nonnull (section);

  return section;
}

static void
test_section (void)
{
  g_autoptr (KhSection) section = load_section ();
  g_autoptr (KhSpeechText) text = kh_speech_text_new ("en_US.UTF-8");
  g_autofree char *all = NULL;
  g_autofree char *expected = NULL;
  guint            n_blocks = kh_section_get_n_blocks (section);

  g_assert_cmpstr (kh_speech_text_get_language (text), ==, "en");
  kh_speech_text_add_dial_number (text, "911");

  kh_speech_text_add_section_head (text, section, 0);
  for (guint i = 0; i < n_blocks; i++)
    /* the first question open, the second closed */
    kh_speech_text_add_block (text, kh_section_get_block (section, i), i == 4, i + 1);
  kh_speech_text_add_sources (text, section, n_blocks + 1);

  all = kh_speech_text_dup_all (text);
  expected = g_strdup ("Signs\nWhat to look out for.\nWithdrawal\nOne.\nTwo.\nCravings\nSweating\n"
                       "Poison Help (1, 800, 222, 1222)\nCall 9 1 1 now.\n"
                       "Is it addictive?\nIt can be.\nMany stop.\nIs it legal?\nTake the checklist\n"
                       "Sources: NIDA, FDA.\nLast reviewed: ");
  if (!g_str_has_prefix (all, expected))
    g_error ("the section was read as:\n%s\nexpected it to start:\n%s", all, expected);

  /* Items in order, each utterance in the text's language. */
  g_assert_cmpuint (kh_speech_text_get_item (text, 0), ==, 0);
  g_assert_cmpuint (kh_speech_text_get_item (text, 1), ==, 0);
  g_assert_cmpuint (kh_speech_text_get_item (text, 2), ==, 1);
  for (guint i = 1; i < kh_speech_text_get_n_utterances (text); i++)
    {
      g_assert_cmpuint (kh_speech_text_get_item (text, i), >=, kh_speech_text_get_item (text, i - 1));
      g_assert_cmpstr (kh_speech_text_get_utterance_language (text, i), ==, "en");
    }
  g_assert_cmpuint (kh_speech_text_get_item (text, kh_speech_text_get_n_utterances (text) - 1), ==, n_blocks + 1);

  /* Reading from block 4 (the list) starts with its first point. */
  g_assert_cmpstr (kh_speech_text_get_text (text, kh_speech_text_find_item (text, 3)), ==, "Cravings");
  g_assert_cmpuint (kh_speech_text_find_item (text, 1000), ==, kh_speech_text_get_n_utterances (text));
  /* Empty texts add nothing. */
  kh_speech_text_add (text, "", 99);
  kh_speech_text_add (text, "  ", 99);
  kh_speech_text_add (text, NULL, 99);
  g_assert_cmpuint (kh_speech_text_get_item (text, kh_speech_text_get_n_utterances (text) - 1), ==, n_blocks + 1);
}

static KhService *
find_service (KhDirectory *directory,
              const char  *region,
              const char  *id)
{
  g_autoptr (GPtrArray) services = kh_directory_dup_services (directory, region);

  for (guint i = 0; i < services->len; i++)
    if (g_str_equal (kh_service_get_id (g_ptr_array_index (services, i)), id))
      return g_ptr_array_index (services, i);

  g_error ("no service %s in %s", id, region);
}

static gboolean
has_utterance (KhSpeechText *text,
               const char   *wanted)
{
  for (guint i = 0; i < kh_speech_text_get_n_utterances (text); i++)
    if (g_str_equal (kh_speech_text_get_text (text, i), wanted))
      return TRUE;

  return FALSE;
}

static void
assert_has_utterance (KhSpeechText *text,
                      const char   *wanted)
{
  if (!has_utterance (text, wanted))
    {
      g_autofree char *all = kh_speech_text_dup_all (text);

      g_error ("\"%s\" was not read; what was:\n%s", wanted, all);
    }
}

static void
test_service (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhDirectory) directory = kh_directory_new_bundled (&error);
  g_autoptr (KhSpeechText) text = kh_speech_text_new ("en");
  KhService *helpline, *lifeline;

  g_assert_no_error (error);
  helpline = find_service (directory, "US", "us-samhsa-helpline");
  lifeline = find_service (directory, "US", "us-988-lifeline");

  kh_speech_text_add_service (text, helpline, 0);
  kh_speech_text_add_service (text, lifeline, 1);

  /* Name, what it is and hours, with the numbers. */
  g_assert_cmpstr (kh_speech_text_get_text (text, 0), ==, kh_service_get_name (helpline));
  g_assert_cmpstr (kh_speech_text_get_text (text, 1), ==, kh_service_get_description (helpline));
  g_assert_cmpstr (kh_speech_text_get_text (text, 2), ==, kh_service_get_hours (helpline));
  assert_has_utterance (text, "Call 1, 800, 662, 4357. Also written 1-800-662-HELP");
  assert_has_utterance (text, "TTY 1, 800, 487, 4889.");
  assert_has_utterance (text, "Call 9 8 8.");
  assert_has_utterance (text, "Chat online at 988lifeline.org.");
  g_assert_cmpuint (kh_speech_text_get_item (text, kh_speech_text_get_n_utterances (text) - 1), ==, 1);
}

static void
test_directory_numbers (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhDirectory) directory = kh_directory_new_bundled (&error);
  g_autoptr (KhSpeechText) text = kh_speech_text_new ("en");

  g_assert_no_error (error);
  kh_speech_text_add_directory_numbers (text, directory);
  /* Emergency numbers of several regions, and a crisis line. */
  kh_speech_text_add (text, "Call 911, 112, 999 or 988; 120 mg is a dose.", 0);
  g_assert_cmpstr (kh_speech_text_get_text (text, 0), ==, "Call 9 1 1, 1 1 2, 9 9 9 or 9 8 8; 120 mg is a dose.");
}

static void
test_checklist (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhChecklist) checklist = kh_checklist_new_bundled (&error);
  g_autoptr (KhChecklistAnswers) answers = NULL;
  g_autoptr (KhSpeechText) text = kh_speech_text_new ("en");
  g_autofree char *count = NULL;
  KhChecklistBand  band;

  g_assert_no_error (error);
  answers = kh_checklist_answers_new (checklist);
  kh_checklist_answers_set_answer (answers, 0, KH_CHECKLIST_ANSWER_YES);
  kh_checklist_answers_set_answer (answers, 1, KH_CHECKLIST_ANSWER_NO);

  for (guint i = 0; i < 3; i++)
    kh_speech_text_add_question (text, answers, i, i);

  g_assert_cmpstr (kh_speech_text_get_text (text, 0), ==, kh_checklist_get_question_text (checklist, 0));
  g_assert_cmpuint (kh_speech_text_find_item (text, 1), >, 1);
  g_assert_cmpstr (kh_speech_text_get_text (text, kh_speech_text_find_item (text, 1) - 1), ==, "Answered yes.");
  g_assert_cmpstr (kh_speech_text_get_text (text, kh_speech_text_find_item (text, 2) - 1), ==, "Answered no.");
  g_assert_cmpstr (kh_speech_text_get_text (text, kh_speech_text_get_n_utterances (text) - 1), ==,
                   "Not answered yet.");
  if (kh_checklist_get_question_hint (checklist, 0) != NULL)
    g_assert_cmpstr (kh_speech_text_get_text (text, 1), ==, kh_checklist_get_question_hint (checklist, 0));

  /* The result: count, band, what it means, the steps. */
  for (guint i = 2; i < 6; i++)
    kh_checklist_answers_set_answer (answers, i, KH_CHECKLIST_ANSWER_YES);
  g_object_unref (text);
  text = kh_speech_text_new ("en");
  kh_speech_text_add_result (text, answers, 7);
  count = kh_checklist_answers_format_count (answers);
  band = kh_checklist_answers_get_result (answers);
  g_assert_cmpint (band, ==, KH_CHECKLIST_BAND_MODERATE);
  g_assert_cmpstr (kh_speech_text_get_text (text, 0), ==, count);
  g_assert_cmpstr (kh_speech_text_get_text (text, 1), ==,
                   kh_checklist_get_band_text (checklist, band, KH_CHECKLIST_BAND_TEXT_TITLE));
  g_assert_cmpuint (kh_checklist_get_band_n_steps (checklist, band), >, 0);
  assert_has_utterance (text, kh_checklist_get_band_step (checklist, band, 0));
  assert_has_utterance (text, kh_checklist_get_band_step (checklist, band,
                                                          kh_checklist_get_band_n_steps (checklist, band) - 1));
  g_assert_cmpuint (kh_speech_text_get_item (text, 0), ==, 7);
}

/* The bundled Overview in Spanish: Spanish text, Spanish words of our
 * own, and Spanish number rules. */
static void
test_spanish (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhContent) content = NULL;
  g_autoptr (KhDirectory) directory = NULL;
  g_autoptr (KhChecklist) checklist = NULL;
  g_autoptr (KhSpeechText) text = NULL;
  KhSection *overview;

  kh_i18n_init (g_getenv ("KRATOM_HELP_LOCALEDIR"));
  g_assert_true (kh_i18n_set_language ("es"));

  content = kh_content_new_bundled (&error);
  g_assert_no_error (error);
  directory = kh_directory_new_bundled (&error);
  g_assert_no_error (error);
  checklist = kh_checklist_new_bundled (&error);
  g_assert_no_error (error);

  text = kh_speech_text_new (kh_i18n_get_effective_language ());
  g_assert_cmpstr (kh_speech_text_get_language (text), ==, "es");
  overview = kh_content_lookup_section (content, "overview");
  kh_speech_text_add_section_head (text, overview, 0);
  kh_speech_text_add_sources (text, overview, 1);
  kh_speech_text_add_service (text, find_service (directory, "US", "us-samhsa-helpline"), 2);
  {
    g_autoptr (KhChecklistAnswers) answers = kh_checklist_answers_new (checklist);

    kh_speech_text_add_question (text, answers, 0, 3);
  }

  g_assert_cmpstr (kh_speech_text_get_text (text, 0), ==, kh_section_get_title (overview));
  g_assert_cmpstr (kh_speech_text_get_text (text, 0), !=, "Overview");
  g_assert_true (g_str_has_prefix (kh_speech_text_get_text (text, 2), "Fuentes:"));
  g_assert_true (g_str_has_prefix (kh_speech_text_get_text (text, 3), "Última revisión:"));
  assert_has_utterance (text, "Llame al 1, 800, 662, 43 57. También se escribe 1-800-662-HELP");
  assert_has_utterance (text, "Sin responder todavía.");
  for (guint i = 0; i < kh_speech_text_get_n_utterances (text); i++)
    g_assert_cmpstr (kh_speech_text_get_utterance_language (text, i), ==, "es");

  g_assert_true (kh_i18n_set_language ("en"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/speech-text/number", test_number);
  g_test_add_func ("/speech-text/number/spanish", test_number_spanish);
  g_test_add_func ("/speech-text/numbers-in-text", test_numbers_in_text);
  g_test_add_func ("/speech-text/section", test_section);
  g_test_add_func ("/speech-text/service", test_service);
  g_test_add_func ("/speech-text/directory-numbers", test_directory_numbers);
  g_test_add_func ("/speech-text/checklist", test_checklist);
  /* Last: it changes the language of the process. */
  g_test_add_func ("/speech-text/spanish", test_spanish);

  return g_test_run ();
}
