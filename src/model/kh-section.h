/* kh-section.h: one page of content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-block.h"

G_BEGIN_DECLS

#define KH_TYPE_SECTION (kh_section_get_type ())

G_DECLARE_FINAL_TYPE (KhSection, kh_section, KH, SECTION, GObject)

KhSection  *kh_section_new_from_json (KhJsonReader *reader,
                                      JsonNode     *root);
const char *kh_section_get_id (KhSection *self);
const char *kh_section_get_title (KhSection *self);
const char *kh_section_get_icon_name (KhSection *self);
const char *kh_section_get_summary (KhSection *self);
GDateTime  *kh_section_get_reviewed (KhSection *self);
guint       kh_section_get_n_blocks (KhSection *self);
KhBlock    *kh_section_get_block (KhSection *self,
                                  guint      index);
guint       kh_section_get_n_sources (KhSection *self);
KhSource   *kh_section_get_source (KhSection *self,
                                   guint      index);

G_END_DECLS
