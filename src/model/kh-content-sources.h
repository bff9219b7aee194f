/* kh-content-sources.h: the content's main sources, for the About window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-json.h"

G_BEGIN_DECLS

#define KH_CONTENT_SOURCES_RESOURCE_URI KH_CONTENT_RESOURCE_URI "about.json"

#define KH_TYPE_CONTENT_SOURCES (kh_content_sources_get_type ())

G_DECLARE_FINAL_TYPE (KhContentSources, kh_content_sources, KH, CONTENT_SOURCES, GObject)

KhContentSources *kh_content_sources_new_from_json (KhJsonReader *reader,
                                                    JsonNode     *root);
KhContentSources *kh_content_sources_new_from_file (GFile   *file,
                                                    GError **error);
KhContentSources *kh_content_sources_new_bundled (GError **error);
guint             kh_content_sources_get_n_items (KhContentSources *self);
const char       *kh_content_sources_get_name (KhContentSources *self,
                                               guint             index);
const char       *kh_content_sources_get_url (KhContentSources *self,
                                              guint             index);

G_END_DECLS
