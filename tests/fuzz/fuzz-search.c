/* fuzz-search.c: libFuzzer target for search queries
 *
 * The index holds text with accents, ligatures and a repaired invalid
 * byte; the query is arbitrary bytes. Every hit's match offsets must lie
 * within its text and its snippet must be valid markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kh-search-index.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static KhSearchIndex *index_;

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *query = g_strndup ((const char *) data, size);
  g_autoptr (GPtrArray) hits = NULL;

  if (index_ == NULL)
    {
      index_ = kh_search_index_new ();
      kh_search_index_add (index_, "a", "Signs", -1, KH_SEARCH_FIELD_TITLE, "Signs and symptoms");
      kh_search_index_add (index_, "a", "Signs", 0, KH_SEARCH_FIELD_BODY,
                           "Los síntomas de abstinencia incluyen náuseas, ﬁebre y diarrea.");
      kh_search_index_add (index_, "b", "Straße", 1, KH_SEARCH_FIELD_HEADING, "ǅ İstanbul Ⅻ ﬃ 7-OH");
      kh_search_index_add (index_, "b", "Bad", 2, KH_SEARCH_FIELD_BODY, "bad \xff\xfe bytes é\xcc");
    }

  hits = kh_search_index_query (index_, query, 0);
  for (guint i = 0; i < hits->len; i++)
    {
      const KhSearchHit *hit = hits->pdata[i];
      gsize              length = strlen (kh_search_hit_get_text (hit));
      g_autofree char   *snippet = kh_search_hit_format_snippet (hit, 10);

      for (guint j = 0; j < kh_search_hit_get_n_matches (hit); j++)
        {
          gsize start, end;

          kh_search_hit_get_match (hit, j, &start, &end);
          g_assert (start < end && end <= length);
        }
      g_assert (g_utf8_validate (snippet, -1, NULL));
    }

  return 0;
}
