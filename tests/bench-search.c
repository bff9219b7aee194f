/* bench-search.c: how fast search is, against a plain strstr() scan
 *
 * Builds the index from all bundled content, then runs 1,000 queries
 * (one to three words taken from the content, typed in prefixes as a
 * user would), and compares each with a case-sensitive strstr() scan of
 * the same texts done in the same run. Prints medians and ratios; the
 * goal is a query well under 2 ms per keystroke.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kh-search-index.h"

#define N_QUERIES 1000
#define N_BUILDS 20

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static void
collect_texts (KhContent *content,
               GPtrArray *texts)
{
  for (guint i = 0; i < kh_content_get_n_sections (content); i++)
    {
      KhSection *section = kh_content_get_section (content, i);

      g_ptr_array_add (texts, (char *) kh_section_get_title (section));
      g_ptr_array_add (texts, (char *) kh_section_get_summary (section));
      for (guint j = 0; j < kh_section_get_n_blocks (section); j++)
        {
          KhBlock    *block = kh_section_get_block (section, j);
          const char *parts[] = { kh_block_get_text (block), kh_block_get_title (block),
                                  kh_block_get_question (block), kh_block_get_answer (block),
                                  kh_block_get_label (block) };

          for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
            if (parts[k] != NULL)
              g_ptr_array_add (texts, (char *) parts[k]);
          for (guint k = 0; k < kh_block_get_n_items (block); k++)
            g_ptr_array_add (texts, (char *) kh_block_get_item (block, k));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (KhContent) content = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) queries = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) build_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) query_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) scan_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (KhSearchIndex) index = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);
  gsize  total_bytes = 0;
  guint  total_hits = 0, total_scan_hits = 0;
  double q, s, b;

  content = kh_content_new_bundled (&error);
  if (content == NULL)
    g_error ("%s", error->message);

  collect_texts (content, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      g_auto (GStrv) parts = g_strsplit_set (texts->pdata[i], " ,.;:()“”—", -1);

      total_bytes += strlen (texts->pdata[i]);
      for (guint j = 0; parts[j] != NULL; j++)
        if (g_utf8_strlen (parts[j], -1) >= 4)
          g_ptr_array_add (words, g_strdup (parts[j]));
    }

  /* Keystrokes: prefixes of one to three words, as typed. */
  while (queries->len < N_QUERIES)
    {
      g_autoptr (GString) query = g_string_new (NULL);
      guint n_words = g_rand_int_range (rand, 1, 4);

      for (guint w = 0; w < n_words; w++)
        {
          const char *word = words->pdata[g_rand_int_range (rand, 0, words->len)];

          if (w > 0)
            g_string_append_c (query, ' ');
          g_string_append (query, word);
        }
      for (const char *p = query->str; *p && queries->len < N_QUERIES; p = g_utf8_next_char (p))
        if (p - query->str >= 2)
          g_ptr_array_add (queries, g_strndup (query->str, g_utf8_next_char (p) - query->str));
    }

  for (guint i = 0; i < N_BUILDS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (KhSearchIndex) built = kh_search_index_new ();
      double ms;

      kh_search_index_add_content (built, content);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (build_times, ms);
    }

  index = kh_search_index_new ();
  kh_search_index_add_content (index, content);

  for (guint i = 0; i < queries->len; i++)
    {
      const char *query = queries->pdata[i];
      gint64      start;
      double      ms;

      start = g_get_monotonic_time ();
      {
        g_autoptr (GPtrArray) hits = kh_search_index_query (index, query, 50);
        total_hits += hits->len;
      }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (query_times, ms);

      /* Baseline: the naive search a first version would write. */
      start = g_get_monotonic_time ();
      for (guint j = 0; j < texts->len; j++)
        if (strstr (texts->pdata[j], query) != NULL)
          total_scan_hits++;
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (scan_times, ms);
    }

  b = median (build_times);
  q = median (query_times);
  s = median (scan_times);
  g_print ("content: %u texts, %zu bytes; index: %u entries\n",
           texts->len, total_bytes, kh_search_index_get_n_entries (index));
  g_print ("index build: median %.3f ms over %d builds\n", b, N_BUILDS);
  g_print ("query: median %.4f ms, p95 %.4f ms, max %.4f ms over %u queries (%u hits)\n",
           q, g_array_index (query_times, double, query_times->len * 95 / 100),
           g_array_index (query_times, double, query_times->len - 1), queries->len, total_hits);
  g_print ("strstr scan baseline: median %.4f ms (%u hits)\n", s, total_scan_hits);
  g_print ("ratio query/strstr: %.2f\n", s > 0 ? q / s : 0.0);
  g_print ("ratio index build/one strstr scan: %.1f\n", s > 0 ? b / s : 0.0);

  return 0;
}
