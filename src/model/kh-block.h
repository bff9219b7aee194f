/* kh-block.h: one block of a content section, and one source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-json.h"

G_BEGIN_DECLS

typedef enum
{
  KH_BLOCK_HEADING,
  KH_BLOCK_PARAGRAPH,
  KH_BLOCK_LIST,
  KH_BLOCK_CALLOUT,
  KH_BLOCK_FAQ,
  KH_BLOCK_LINK,
} KhBlockType;

typedef enum
{
  KH_CALLOUT_INFO,
  KH_CALLOUT_WARNING,
  KH_CALLOUT_CRISIS,
} KhCalloutStyle;

#define KH_TYPE_BLOCK (kh_block_get_type ())
#define KH_TYPE_SOURCE (kh_source_get_type ())

typedef struct _KhBlock  KhBlock;
typedef struct _KhSource KhSource;

GType          kh_block_get_type (void) G_GNUC_CONST;
KhBlock       *kh_block_new_from_json (KhJsonReader *reader,
                                       JsonNode     *node,
                                       const char   *path);
KhBlock       *kh_block_ref (KhBlock *block);
void           kh_block_unref (KhBlock *block);
KhBlockType    kh_block_get_block_type (const KhBlock *block);
KhCalloutStyle kh_block_get_style (const KhBlock *block);
const char    *kh_block_get_text (const KhBlock *block);
const char    *kh_block_get_title (const KhBlock *block);
const char    *kh_block_get_question (const KhBlock *block);
const char    *kh_block_get_answer (const KhBlock *block);
const char    *kh_block_get_label (const KhBlock *block);
const char    *kh_block_get_target (const KhBlock *block);
guint          kh_block_get_n_items (const KhBlock *block);
const char    *kh_block_get_item (const KhBlock *block,
                                  guint          index);

GType       kh_source_get_type (void) G_GNUC_CONST;
KhSource   *kh_source_new_from_json (KhJsonReader *reader,
                                     JsonNode     *node,
                                     const char   *path);
KhSource   *kh_source_ref (KhSource *source);
void        kh_source_unref (KhSource *source);
const char *kh_source_get_publisher (const KhSource *source);
const char *kh_source_get_title (const KhSource *source);
int         kh_source_get_year (const KhSource *source);
const char *kh_source_get_url (const KhSource *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhBlock, kh_block_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhSource, kh_source_unref)

G_END_DECLS
