/* kh-section-page.h: renders one content section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-section.h"

G_BEGIN_DECLS

#define KH_TYPE_SECTION_PAGE (kh_section_page_get_type ())

G_DECLARE_FINAL_TYPE (KhSectionPage, kh_section_page, KH, SECTION_PAGE, GtkWidget)

GtkWidget *kh_section_page_new (KhSection *section);
GtkWidget *kh_section_page_new_for_height (KhSection *section,
                                           int        first_height);
KhSection *kh_section_page_get_section (KhSectionPage *self);
GtkWidget *kh_section_page_get_block_widget (KhSectionPage *self,
                                             guint          index);
void       kh_section_page_rebuild (KhSectionPage *self);
void       kh_section_page_ensure_complete (KhSectionPage *self);
void       kh_section_page_scroll_to_top (KhSectionPage *self);
void       kh_section_page_reveal_block (KhSectionPage *self,
                                         guint          index);
GtkWidget *kh_section_page_get_highlighted_block (KhSectionPage *self);

G_END_DECLS
