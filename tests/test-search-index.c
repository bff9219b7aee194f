/* test-search-index.c: folding, matching and ranking of search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pango.h>

#include "kh-search-index.h"

static KhSearchIndex *
make_index (void)
{
  KhSearchIndex *index = kh_search_index_new ();

  kh_search_index_add (index, "signs", "Signs", -1, KH_SEARCH_FIELD_TITLE, "Signs");
  kh_search_index_add (index, "signs", "Signs", 0, KH_SEARCH_FIELD_BODY,
                       "Los síntomas de abstinencia incluyen náuseas y diarrea.");
  kh_search_index_add (index, "signs", "Signs", 1, KH_SEARCH_FIELD_HEADING, "Abstinencia");
  kh_search_index_add (index, "withdrawal", "Withdrawal", -1, KH_SEARCH_FIELD_TITLE, "Withdrawal");
  kh_search_index_add (index, "faq", "FAQ", 3, KH_SEARCH_FIELD_BODY,
                       "Withdrawal often starts within a day. Talk to a doctor about withdrawal.");
  kh_search_index_add (index, "faq", "FAQ", 4, KH_SEARCH_FIELD_HEADING, "How long does WITHDRAWAL last?");
  kh_search_index_add (index, "faq", "FAQ", 5, KH_SEARCH_FIELD_BODY, "Straße and ﬁnancial worries");

  return index;
}

static void
test_normalize (void)
{
  g_autoptr (GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *folded = NULL;
  g_autofree char *plain = NULL;

  folded = kh_search_normalize ("Náuseas É", -1, offsets);
  g_assert_cmpstr (folded, ==, "nauseas e");
  /* one entry per folded byte, and the end */
  g_assert_cmpuint (offsets->len, ==, strlen (folded) + 1);
  /* "a" after "N" comes from the two bytes of "á", which start at 1 */
  g_assert_cmpuint (g_array_index (offsets, guint32, 1), ==, 1);
  g_assert_cmpuint (g_array_index (offsets, guint32, 2), ==, 3);
  g_assert_cmpuint (g_array_index (offsets, guint32, offsets->len - 1), ==, strlen ("Náuseas É"));

  plain = kh_search_normalize ("STRASSE ﬁ Ｋratom", -1, NULL);
  g_assert_cmpstr (plain, ==, "strasse fi kratom");

  /* "7‑OH" as the content writes it (non-breaking hyphen) is found by
   * the "7-OH" people type. */
  {
    g_autofree char *nb = kh_search_normalize ("7\u2011OH 7\u2010OH", -1, NULL);

    g_assert_cmpstr (nb, ==, "7-oh 7-oh");
  }
}

static void
test_case_and_accents (void)
{
  g_autoptr (KhSearchIndex) index = make_index ();
  g_autoptr (GPtrArray) hits = NULL;
  g_autofree char   *matched = NULL;
  gsize              start, end;
  const KhSearchHit *hit;

  hits = kh_search_index_query (index, "abstinencia", 0);
  g_assert_cmpuint (hits->len, ==, 2);

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = kh_search_index_query (index, "nauseas", 0);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = hits->pdata[0];
  g_assert_cmpstr (kh_search_hit_get_page_id (hit), ==, "signs");
  g_assert_cmpint (kh_search_hit_get_block_index (hit), ==, 0);
  kh_search_hit_get_match (hit, 0, &start, &end);
  matched = g_strndup (kh_search_hit_get_text (hit) + start, end - start);
  g_assert_cmpstr (matched, ==, "náuseas");

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = kh_search_index_query (index, "SÍNTOMAS", 0);
  g_assert_cmpuint (hits->len, ==, 1);

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = kh_search_index_query (index, "strasse financial", 0);
  g_assert_cmpuint (hits->len, ==, 1);
}

static void
test_multi_word (void)
{
  g_autoptr (KhSearchIndex) index = make_index ();
  g_autoptr (GPtrArray) hits = NULL;

  /* every word must be found in the same text, in any order */
  hits = kh_search_index_query (index, "doctor   withdrawal", 0);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (kh_search_hit_get_block_index (hits->pdata[0]), ==, 3);
  g_assert_cmpuint (kh_search_hit_get_n_matches (hits->pdata[0]), ==, 3);

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = kh_search_index_query (index, "withdrawal moon", 0);
  g_assert_cmpuint (hits->len, ==, 0);
}

static void
test_ranking (void)
{
  g_autoptr (KhSearchIndex) index = make_index ();
  g_autoptr (GPtrArray) hits = NULL;

  hits = kh_search_index_query (index, "withdrawal", 0);
  g_assert_cmpuint (hits->len, ==, 3);
  /* title, then heading, then body, although the body has two matches */
  g_assert_cmpint (kh_search_hit_get_field (hits->pdata[0]), ==, KH_SEARCH_FIELD_TITLE);
  g_assert_cmpint (kh_search_hit_get_field (hits->pdata[1]), ==, KH_SEARCH_FIELD_HEADING);
  g_assert_cmpint (kh_search_hit_get_field (hits->pdata[2]), ==, KH_SEARCH_FIELD_BODY);
  g_assert_cmpint (kh_search_hit_get_score (hits->pdata[0]), >, kh_search_hit_get_score (hits->pdata[1]));
  g_assert_cmpint (kh_search_hit_get_score (hits->pdata[1]), >, kh_search_hit_get_score (hits->pdata[2]));

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = kh_search_index_query (index, "withdrawal", 2);
  g_assert_cmpuint (hits->len, ==, 2);
}

static void
test_empty_queries (void)
{
  g_autoptr (KhSearchIndex) index = make_index ();
  const char *queries[] = { "", " ", "\t \n", NULL };

  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autoptr (GPtrArray) hits = kh_search_index_query (index, queries[i], 0);
      g_assert_cmpuint (hits->len, ==, 0);
    }

  {
    g_autoptr (GPtrArray) hits = kh_search_index_query (index, NULL, 0);
    g_assert_cmpuint (hits->len, ==, 0);
  }
}

static void
test_long_query (void)
{
  g_autoptr (KhSearchIndex) index = make_index ();
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GString) query = g_string_new (NULL);

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (query, "abc xyz"[i % 7]);
  g_assert_cmpuint (query->len, ==, 10000);

  hits = kh_search_index_query (index, query->str, 0);
  g_assert_cmpuint (hits->len, ==, 0);

  /* a long run of one word, cut mid-character, is still safe */
  g_string_truncate (query, 0);
  for (guint i = 0; i < 5000; i++)
    g_string_append (query, "é");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = kh_search_index_query (index, query->str, 0);
  g_assert_cmpuint (hits->len, ==, 0);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr (KhSearchIndex) index = make_index ();
  g_autoptr (GPtrArray) hits = NULL;

  hits = kh_search_index_query (index, "n\xff\xfe"
                                       "ause",
                                0);
  g_assert_cmpuint (hits->len, ==, 0);

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = kh_search_index_query (index, "\xc3", 0);
  g_assert_cmpuint (hits->len, ==, 0);

  /* invalid text in the index is repaired, not trusted */
  kh_search_index_add (index, "x", "X", 0, KH_SEARCH_FIELD_BODY, "bad \xff text");
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = kh_search_index_query (index, "text", 0);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_true (g_utf8_validate (kh_search_hit_get_text (hits->pdata[0]), -1, NULL));
}

static void
test_snippet (void)
{
  g_autoptr (KhSearchIndex) index = make_index ();
  g_autoptr (GPtrArray) hits = NULL;
  g_autofree char *snippet = NULL;
  g_autofree char *full = NULL;

  hits = kh_search_index_query (index, "diarrea nausea", 0);
  g_assert_cmpuint (hits->len, ==, 1);

  full = kh_search_hit_format_snippet (hits->pdata[0], 200);
  g_assert_cmpstr (full, ==, "Los síntomas de abstinencia incluyen <b>náusea</b>s y <b>diarrea</b>.");

  snippet = kh_search_hit_format_snippet (hits->pdata[0], 5);
  g_assert_true (g_str_has_prefix (snippet, "…"));
  g_assert_nonnull (strstr (snippet, "<b>náusea</b>"));
  g_assert_true (pango_parse_markup (snippet, -1, 0, NULL, NULL, NULL, NULL));
}

static void
test_bundled_content (void)
{
  g_autoptr (KhContent) content = NULL;
  g_autoptr (KhSearchIndex) index = kh_search_index_new ();
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;

  content = kh_content_new_bundled (&error);
  g_assert_no_error (error);
  kh_search_index_add_content (index, content);
  g_assert_cmpuint (kh_search_index_get_n_entries (index), >, 100);

  hits = kh_search_index_query (index, "buprenorphine", 0);
  g_assert_cmpuint (hits->len, >, 0);
  g_assert_cmpstr (kh_search_hit_get_page_id (hits->pdata[0]), ==, "treatment");

  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = kh_search_index_query (index, "questions", 0);
  g_assert_cmpuint (hits->len, >, 0);
  /* The page titled "Questions and answers" ranks first. */
  g_assert_cmpint (kh_search_hit_get_field (hits->pdata[0]), ==, KH_SEARCH_FIELD_TITLE);
  g_assert_cmpstr (kh_search_hit_get_page_id (hits->pdata[0]), ==, "faq");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/normalize", test_normalize);
  g_test_add_func ("/search/case-and-accents", test_case_and_accents);
  g_test_add_func ("/search/multi-word", test_multi_word);
  g_test_add_func ("/search/ranking", test_ranking);
  g_test_add_func ("/search/empty-queries", test_empty_queries);
  g_test_add_func ("/search/long-query", test_long_query);
  g_test_add_func ("/search/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/search/snippet", test_snippet);
  g_test_add_func ("/search/bundled-content", test_bundled_content);

  return g_test_run ();
}
