/* kh-search-page.h: search results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-search-index.h"

G_BEGIN_DECLS

#define KH_TYPE_SEARCH_PAGE (kh_search_page_get_type ())

G_DECLARE_FINAL_TYPE (KhSearchPage, kh_search_page, KH, SEARCH_PAGE, GtkWidget)

GtkWidget  *kh_search_page_new (void);
void        kh_search_page_set_index (KhSearchPage  *self,
                                      KhSearchIndex *index);
void        kh_search_page_set_query (KhSearchPage *self,
                                      const char   *query);
const char *kh_search_page_get_query (KhSearchPage *self);
guint       kh_search_page_get_n_results (KhSearchPage *self);
gboolean    kh_search_page_activate_first (KhSearchPage *self);

G_END_DECLS
