/* kh-sources-list.h: where a page's facts come from, and when it was checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-block.h"

G_BEGIN_DECLS

#define KH_TYPE_SOURCES_LIST (kh_sources_list_get_type ())

G_DECLARE_FINAL_TYPE (KhSourcesList, kh_sources_list, KH, SOURCES_LIST, GtkWidget)

GtkWidget *kh_sources_list_new (GPtrArray *sources,
                                GDateTime *reviewed);
void       kh_sources_list_append (KhSourcesList  *self,
                                   const KhSource *source);
char      *kh_source_format_markup (const KhSource *source);

G_END_DECLS
