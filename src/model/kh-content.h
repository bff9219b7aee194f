/* kh-content.h: all bundled content sections, loaded and checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-section.h"

G_BEGIN_DECLS

/* Pages that are not content sections but can be linked to. */
#define KH_PAGE_CHECKLIST "checklist"
#define KH_PAGE_HELP "help"
#define KH_PAGE_PLAN "plan"
#define KH_PAGE_CRAVING "craving"

#define KH_TYPE_CONTENT (kh_content_get_type ())

G_DECLARE_FINAL_TYPE (KhContent, kh_content, KH, CONTENT, GObject)

KhContent         *kh_content_new_bundled (GError **error);
KhContent         *kh_content_new_from_directory (GFile   *directory,
                                                  GError **error);
KhContent         *kh_content_load (GFile     *directory,
                                    GPtrArray *errors);
guint              kh_content_get_n_sections (KhContent *self);
KhSection         *kh_content_get_section (KhContent *self,
                                           guint      index);
KhSection         *kh_content_lookup_section (KhContent  *self,
                                              const char *id);
gboolean           kh_content_has_page (KhContent  *self,
                                        const char *id);
GStrv              kh_content_dup_page_ids (KhContent *self);
const char *const *kh_content_get_builtin_pages (void);
void               kh_content_check_links (KhJsonReader      *reader,
                                           const char *const *known_ids);

G_END_DECLS
