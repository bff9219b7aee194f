/* kh-directory.h: where to get help, per region, and a clinic's own services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-json.h"
#include "kh-region.h"

G_BEGIN_DECLS

/* Where a clinic's file is looked for when no path is configured, after
 * the XDG config dirs (see kh_directory_dup_local_candidates()). */
#define KH_LOCAL_SERVICES_SYSTEM_PATH "/etc/kratom-help/local-services.json"
#define KH_LOCAL_SERVICES_NAME "local-services.json"

#define KH_TYPE_DIRECTORY (kh_directory_get_type ())

G_DECLARE_FINAL_TYPE (KhDirectory, kh_directory, KH, DIRECTORY, GObject)

KhDirectory *kh_directory_new_from_json (KhJsonReader *reader,
                                         JsonNode     *root,
                                         KhDirectory  *base);
KhDirectory *kh_directory_new_from_bytes (GBytes      *bytes,
                                          const char  *label,
                                          KhDirectory *base,
                                          GPtrArray   *errors);
KhDirectory *kh_directory_new_bundled (GError **error);
KhDirectory *kh_directory_new_with_local_file (KhDirectory *base,
                                               GFile       *file,
                                               GError     **error);
KhDirectory *kh_directory_new_for_system (const char *configured_path,
                                          GError    **local_error,
                                          GError    **error);
GStrv        kh_directory_dup_local_candidates (const char *configured_path);
GFile       *kh_directory_find_local_file (const char *configured_path);
GDateTime   *kh_directory_get_reviewed (KhDirectory *self);
const char  *kh_directory_get_organization (KhDirectory *self);
const char  *kh_directory_get_local_path (KhDirectory *self);
guint        kh_directory_get_n_regions (KhDirectory *self);
KhRegion    *kh_directory_get_region (KhDirectory *self,
                                      guint        index);
KhRegion    *kh_directory_lookup_region (KhDirectory *self,
                                         const char  *code);
KhService   *kh_directory_lookup_service (KhDirectory *self,
                                          const char  *id);
GPtrArray   *kh_directory_dup_services (KhDirectory *self,
                                        const char  *code);
const char  *kh_directory_region_for_locale (KhDirectory *self,
                                             const char  *locale);
const char  *kh_directory_resolve_region (KhDirectory *self,
                                          const char  *chosen);

G_END_DECLS
