/* kh-search-index.c: accent- and case-insensitive search over all text
 *
 * Every piece of text the app shows is stored twice: as shown, and
 * folded (case folded, accents and other combining marks removed), with
 * a map from each folded byte back to the byte it came from. A query is
 * folded the same way, so "nauseas" finds "Náuseas", and the map turns
 * matches back into places in the text as shown, for highlighting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-search-index"

#include "config.h"

#include <string.h>

#include "kh-search-index.h"

/* Queries longer than this are cut: nobody types more, and it bounds the
 * work a pasted text can cause. */
#define MAX_QUERY_BYTES 256
#define MAX_QUERY_WORDS 16
#define MAX_MATCHES 32

typedef struct
{
  char         *page_id;
  char         *page_title;
  char         *text;
  char         *folded;
  guint32      *offsets; /* folded byte -> text byte; one extra entry at the end */
  int           block_index;
  KhSearchField field;
  guint         order;
} Entry;

struct _KhSearchHit
{
  gatomicrefcount ref_count;
  char           *page_id;
  char           *page_title;
  char           *text;
  int             block_index;
  KhSearchField   field;
  int             score;
  guint           order;
  GArray         *matches; /* pairs of gsize: start, end in text */
};

struct _KhSearchIndex
{
  GObject parent_instance;

  GArray *entries;
};

G_DEFINE_BOXED_TYPE (KhSearchHit, kh_search_hit, kh_search_hit_ref, kh_search_hit_unref)
G_DEFINE_FINAL_TYPE (KhSearchIndex, kh_search_index, G_TYPE_OBJECT)

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->page_id);
  g_free (entry->page_title);
  g_free (entry->text);
  g_free (entry->folded);
  g_free (entry->offsets);
}

static void
kh_search_index_finalize (GObject *object)
{
  KhSearchIndex *self = (KhSearchIndex *) object;

  g_clear_pointer (&self->entries, g_array_unref);

  G_OBJECT_CLASS (kh_search_index_parent_class)->finalize (object);
}

static void
kh_search_index_class_init (KhSearchIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kh_search_index_finalize;
}

static void
kh_search_index_init (KhSearchIndex *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
}

KhSearchIndex *
kh_search_index_new (void)
{
  return g_object_new (KH_TYPE_SEARCH_INDEX, NULL);
}

static void
append_folded (GString *out,
               GArray  *offsets,
               gunichar c,
               guint32  origin)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize    n;

  /* The content writes "7‑OH" with a non-breaking hyphen so it never
   * breaks across lines; people type a plain one. */
  if (c == 0x2010 || c == 0x2011)
    c = '-';

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) c));
      if (offsets != NULL)
        g_array_append_val (offsets, origin);
      return;
    }

  /* Compatibility decomposition also turns ligatures and full-width forms
   * into plain letters; combining marks are then dropped. */
  n = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      char             utf8[8];
      g_autofree char *folded = NULL;
      int              len;

      if (g_unichar_ismark (decomposed[i]))
        continue;

      if (g_unichar_isspace (decomposed[i]))
        {
          g_string_append_c (out, ' ');
          if (offsets != NULL)
            g_array_append_val (offsets, origin);
          continue;
        }

      len = g_unichar_to_utf8 (decomposed[i], utf8);
      folded = g_utf8_casefold (utf8, len);
      g_string_append (out, folded);
      for (gsize j = 0; offsets != NULL && folded[j] != '\0'; j++)
        g_array_append_val (offsets, origin);
    }
}

/**
 * kh_search_normalize:
 * @text: text, not necessarily valid UTF-8
 * @length: its length in bytes, or -1 if nul-terminated
 * @offsets: (nullable) (element-type guint32): receives, for each byte of
 *   the result, the offset of the byte of @text it comes from, and one
 *   more entry, the length of @text
 *
 * Folds @text for matching: lower case, without accents. Invalid UTF-8
 * is replaced first, so any input is safe.
 *
 * Returns: (transfer full): the folded text
 */
char *
kh_search_normalize (const char *text,
                     gssize      length,
                     GArray     *offsets)
{
  g_autofree char *valid = NULL;
  GString         *out;
  const char      *p, *end;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  if (!g_utf8_validate (text, length, NULL))
    {
      /* Offsets then refer to the repaired text, which is what is stored. */
      valid = g_utf8_make_valid (text, length);
      text = valid;
      length = strlen (valid);
    }

  out = g_string_sized_new (length);
  end = text + length;
  for (p = text; p < end; p = g_utf8_next_char (p))
    append_folded (out, offsets, g_utf8_get_char (p), (guint32) (p - text));

  if (offsets != NULL)
    {
      guint32 total = (guint32) length;
      g_array_append_val (offsets, total);
    }

  return g_string_free (out, FALSE);
}

/**
 * kh_search_index_add:
 * @page_id: the page the text is on
 * @page_title: that page's title, as shown
 * @block_index: the block of the page, or -1 for the page itself
 * @field: what kind of text it is
 * @text: the text as shown
 *
 * Adds a piece of text to the index.
 */
void
kh_search_index_add (KhSearchIndex *self,
                     const char    *page_id,
                     const char    *page_title,
                     int            block_index,
                     KhSearchField  field,
                     const char    *text)
{
  g_autoptr (GArray) offsets = NULL;
  Entry entry = { 0 };

  g_return_if_fail (KH_IS_SEARCH_INDEX (self));
  g_return_if_fail (page_id != NULL);
  g_return_if_fail (text != NULL);

  offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  entry.page_id = g_strdup (page_id);
  entry.page_title = g_strdup (page_title != NULL ? page_title : "");
  entry.text = g_utf8_validate (text, -1, NULL) ? g_strdup (text) : g_utf8_make_valid (text, -1);
  entry.folded = kh_search_normalize (entry.text, -1, offsets);
  entry.offsets = (guint32 *) g_array_steal (offsets, NULL);
  entry.block_index = block_index;
  entry.field = field;
  entry.order = self->entries->len;

  g_array_append_val (self->entries, entry);
}

/**
 * kh_search_index_add_content:
 * @content: loaded content
 *
 * Adds every section of @content in the current language: titles,
 * summaries, headings, paragraphs, list items, call-outs, questions and
 * answers, link labels.
 */
void
kh_search_index_add_content (KhSearchIndex *self,
                             KhContent     *content)
{
  g_return_if_fail (KH_IS_SEARCH_INDEX (self));
  g_return_if_fail (KH_IS_CONTENT (content));

  for (guint i = 0; i < kh_content_get_n_sections (content); i++)
    {
      KhSection  *section = kh_content_get_section (content, i);
      const char *id = kh_section_get_id (section);
      const char *title = kh_section_get_title (section);

      kh_search_index_add (self, id, title, -1, KH_SEARCH_FIELD_TITLE, title);
      kh_search_index_add (self, id, title, -1, KH_SEARCH_FIELD_BODY, kh_section_get_summary (section));

      for (guint j = 0; j < kh_section_get_n_blocks (section); j++)
        {
          KhBlock *block = kh_section_get_block (section, j);

          switch (kh_block_get_block_type (block))
            {
            case KH_BLOCK_HEADING:
              kh_search_index_add (self, id, title, j, KH_SEARCH_FIELD_HEADING, kh_block_get_text (block));
              break;

            case KH_BLOCK_PARAGRAPH:
              kh_search_index_add (self, id, title, j, KH_SEARCH_FIELD_BODY, kh_block_get_text (block));
              break;

            case KH_BLOCK_LIST:
              for (guint k = 0; k < kh_block_get_n_items (block); k++)
                kh_search_index_add (self, id, title, j, KH_SEARCH_FIELD_BODY, kh_block_get_item (block, k));
              break;

            case KH_BLOCK_CALLOUT:
              if (kh_block_get_title (block) != NULL)
                kh_search_index_add (self, id, title, j, KH_SEARCH_FIELD_HEADING, kh_block_get_title (block));
              kh_search_index_add (self, id, title, j, KH_SEARCH_FIELD_BODY, kh_block_get_text (block));
              break;

            case KH_BLOCK_FAQ:
              kh_search_index_add (self, id, title, j, KH_SEARCH_FIELD_HEADING, kh_block_get_question (block));
              kh_search_index_add (self, id, title, j, KH_SEARCH_FIELD_BODY, kh_block_get_answer (block));
              break;

            case KH_BLOCK_LINK:
              kh_search_index_add (self, id, title, j, KH_SEARCH_FIELD_BODY, kh_block_get_label (block));
              break;

            default:
              g_assert_not_reached ();
            }
        }
    }
}

guint
kh_search_index_get_n_entries (KhSearchIndex *self)
{
  g_return_val_if_fail (KH_IS_SEARCH_INDEX (self), 0);

  return self->entries->len;
}

static gboolean
is_word_start (const char *folded,
               const char *at)
{
  gunichar before;

  if (at == folded)
    return TRUE;

  before = g_utf8_get_char (g_utf8_prev_char (at));
  return !g_unichar_isalnum (before);
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const KhSearchHit *hit_a = *(KhSearchHit **) a;
  const KhSearchHit *hit_b = *(KhSearchHit **) b;

  if (hit_a->score != hit_b->score)
    return hit_b->score - hit_a->score;

  return (int) hit_a->order - (int) hit_b->order;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const gsize *match_a = a;
  const gsize *match_b = b;

  return match_a[0] < match_b[0] ? -1 : match_a[0] > match_b[0];
}

/**
 * kh_search_index_query:
 * @query: what the user typed; any bytes
 * @max_hits: the most hits to return, 0 for all
 *
 * Finds the entries that contain every word of @query, ignoring case and
 * accents. Hits are ranked: a match in a page title counts most, then in
 * a heading or question, then in body text; a match at the start of a
 * word counts more than one inside a word.
 *
 * Returns: (transfer full) (element-type KhSearchHit): the hits, best
 *   first; empty for a query with no words
 */
GPtrArray *
kh_search_index_query (KhSearchIndex *self,
                       const char    *query,
                       guint          max_hits)
{
  static const int field_weight[] = {
    [KH_SEARCH_FIELD_BODY] = 10,
    [KH_SEARCH_FIELD_HEADING] = 30,
    [KH_SEARCH_FIELD_TITLE] = 100,
  };
  GPtrArray       *hits;
  g_autofree char *folded_query = NULL;
  g_auto (GStrv) words = NULL;
  g_autoptr (GPtrArray) kept = NULL;
  gsize query_length;

  g_return_val_if_fail (KH_IS_SEARCH_INDEX (self), NULL);

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_search_hit_unref);
  if (query == NULL)
    return hits;

  query_length = strlen (query);
  if (query_length > MAX_QUERY_BYTES)
    query_length = MAX_QUERY_BYTES;

  folded_query = kh_search_normalize (query, query_length, NULL);
  words = g_strsplit_set (folded_query, " \t\n\r\f\v", -1);

  kept = g_ptr_array_new ();
  for (guint i = 0; words[i] != NULL && kept->len < MAX_QUERY_WORDS; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (kept, words[i]);

  if (kept->len == 0)
    return hits;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);
      g_autoptr (GArray) matches = NULL;
      int          score = 0;
      gboolean     all = TRUE;
      KhSearchHit *hit;

      matches = g_array_new (FALSE, FALSE, sizeof (gsize) * 2);

      for (guint w = 0; w < kept->len && all; w++)
        {
          const char *word = kept->pdata[w];
          gsize       word_length = strlen (word);
          const char *at = strstr (entry->folded, word);

          if (at == NULL)
            {
              all = FALSE;
              break;
            }

          for (; at != NULL; at = strstr (at + word_length, word))
            {
              gsize match[2];
              gsize folded_start = at - entry->folded;

              score += field_weight[entry->field] * (is_word_start (entry->folded, at) ? 2 : 1);
              if (matches->len >= MAX_MATCHES)
                continue;

              match[0] = entry->offsets[folded_start];
              /* The end maps to the start of the next source character. */
              match[1] = entry->offsets[folded_start + word_length];
              if (match[1] <= match[0])
                match[1] = g_utf8_next_char (entry->text + match[0]) - entry->text;
              g_array_append_vals (matches, match, 1);
            }
        }

      if (!all)
        continue;

      g_array_sort (matches, compare_matches);

      hit = g_new0 (KhSearchHit, 1);
      g_atomic_ref_count_init (&hit->ref_count);
      hit->page_id = g_strdup (entry->page_id);
      hit->page_title = g_strdup (entry->page_title);
      hit->text = g_strdup (entry->text);
      hit->block_index = entry->block_index;
      hit->field = entry->field;
      hit->score = score;
      hit->order = entry->order;
      hit->matches = g_steal_pointer (&matches);
      g_ptr_array_add (hits, hit);
    }

  g_ptr_array_sort (hits, compare_hits);
  if (max_hits > 0 && hits->len > max_hits)
    g_ptr_array_set_size (hits, max_hits);

  return hits;
}

KhSearchHit *
kh_search_hit_ref (KhSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, NULL);

  g_atomic_ref_count_inc (&hit->ref_count);
  return hit;
}

void
kh_search_hit_unref (KhSearchHit *hit)
{
  g_return_if_fail (hit != NULL);

  if (!g_atomic_ref_count_dec (&hit->ref_count))
    return;

  g_free (hit->page_id);
  g_free (hit->page_title);
  g_free (hit->text);
  g_array_unref (hit->matches);
  g_free (hit);
}

const char *
kh_search_hit_get_page_id (const KhSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, NULL);

  return hit->page_id;
}

const char *
kh_search_hit_get_page_title (const KhSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, NULL);

  return hit->page_title;
}

/**
 * kh_search_hit_get_block_index:
 *
 * Returns: the block the hit is in, or -1 for the page itself
 */
int
kh_search_hit_get_block_index (const KhSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, -1);

  return hit->block_index;
}

KhSearchField
kh_search_hit_get_field (const KhSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, KH_SEARCH_FIELD_BODY);

  return hit->field;
}

const char *
kh_search_hit_get_text (const KhSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, NULL);

  return hit->text;
}

int
kh_search_hit_get_score (const KhSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, 0);

  return hit->score;
}

guint
kh_search_hit_get_n_matches (const KhSearchHit *hit)
{
  g_return_val_if_fail (hit != NULL, 0);

  return hit->matches->len;
}

/**
 * kh_search_hit_get_match:
 * @start: (out): byte offset of the match in the text
 * @end: (out): byte offset just after it
 */
void
kh_search_hit_get_match (const KhSearchHit *hit,
                         guint              index,
                         gsize             *start,
                         gsize             *end)
{
  const gsize *match;

  g_return_if_fail (hit != NULL);
  g_return_if_fail (index < hit->matches->len);

  match = &g_array_index (hit->matches, gsize, index * 2);
  *start = match[0];
  *end = match[1];
}

/**
 * kh_search_hit_format_snippet:
 * @context_chars: how many characters to show around the first match
 *
 * Returns: (transfer full): Pango markup: the text around the first
 *   match, with every match in it in bold
 */
char *
kh_search_hit_format_snippet (const KhSearchHit *hit,
                              guint              context_chars)
{
  GString    *markup;
  const char *text, *from, *to, *text_end;
  gsize       first_start = 0, first_end = 0;
  gsize       cursor;

  g_return_val_if_fail (hit != NULL, NULL);

  text = hit->text;
  text_end = text + strlen (text);
  if (hit->matches->len > 0)
    kh_search_hit_get_match (hit, 0, &first_start, &first_end);

  from = text + first_start;
  for (guint i = 0; i < context_chars && from > text; i++)
    from = g_utf8_prev_char (from);
  to = text + first_end;
  for (guint i = 0; i < context_chars * 2 && to < text_end; i++)
    to = g_utf8_next_char (to);

  markup = g_string_new (from > text ? "…" : "");
  cursor = from - text;

  for (guint i = 0; i < hit->matches->len; i++)
    {
      gsize            start, end;
      g_autofree char *before = NULL;
      g_autofree char *inside = NULL;

      kh_search_hit_get_match (hit, i, &start, &end);
      if (start < cursor || end > (gsize) (to - text))
        continue;

      before = g_markup_escape_text (text + cursor, start - cursor);
      inside = g_markup_escape_text (text + start, end - start);
      g_string_append_printf (markup, "%s<b>%s</b>", before, inside);
      cursor = end;
    }

  {
    g_autofree char *rest = g_markup_escape_text (text + cursor, (to - text) - cursor);
    g_string_append (markup, rest);
  }
  if (to < text_end)
    g_string_append (markup, "…");

  return g_string_free (markup, FALSE);
}
