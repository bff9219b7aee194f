/* kh-search-index.h: accent- and case-insensitive search over all text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kh-content.h"

G_BEGIN_DECLS

/* How much a match counts, by where it is found. */
typedef enum
{
  KH_SEARCH_FIELD_BODY,
  KH_SEARCH_FIELD_HEADING,
  KH_SEARCH_FIELD_TITLE,
} KhSearchField;

#define KH_TYPE_SEARCH_HIT (kh_search_hit_get_type ())

typedef struct _KhSearchHit KhSearchHit;

GType         kh_search_hit_get_type (void) G_GNUC_CONST;
KhSearchHit  *kh_search_hit_ref (KhSearchHit *hit);
void          kh_search_hit_unref (KhSearchHit *hit);
const char   *kh_search_hit_get_page_id (const KhSearchHit *hit);
const char   *kh_search_hit_get_page_title (const KhSearchHit *hit);
int           kh_search_hit_get_block_index (const KhSearchHit *hit);
KhSearchField kh_search_hit_get_field (const KhSearchHit *hit);
const char   *kh_search_hit_get_text (const KhSearchHit *hit);
int           kh_search_hit_get_score (const KhSearchHit *hit);
guint         kh_search_hit_get_n_matches (const KhSearchHit *hit);
void          kh_search_hit_get_match (const KhSearchHit *hit,
                                       guint              index,
                                       gsize             *start,
                                       gsize             *end);
char         *kh_search_hit_format_snippet (const KhSearchHit *hit,
                                            guint              context_chars);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhSearchHit, kh_search_hit_unref)

#define KH_TYPE_SEARCH_INDEX (kh_search_index_get_type ())

G_DECLARE_FINAL_TYPE (KhSearchIndex, kh_search_index, KH, SEARCH_INDEX, GObject)

KhSearchIndex *kh_search_index_new (void);
void           kh_search_index_add (KhSearchIndex *self,
                                    const char    *page_id,
                                    const char    *page_title,
                                    int            block_index,
                                    KhSearchField  field,
                                    const char    *text);
void           kh_search_index_add_content (KhSearchIndex *self,
                                            KhContent     *content);
guint          kh_search_index_get_n_entries (KhSearchIndex *self);
GPtrArray     *kh_search_index_query (KhSearchIndex *self,
                                      const char    *query,
                                      guint          max_hits);
char          *kh_search_normalize (const char *text,
                                    gssize      length,
                                    GArray     *offsets);

G_END_DECLS
