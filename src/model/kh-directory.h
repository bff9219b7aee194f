/* kh-directory.h: where to get help, per region, and a clinic's own services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-json.h"

G_BEGIN_DECLS

/* The region shown when the locale names no country the directory knows. */
#define KH_REGION_OTHER "other"

/* Where a clinic's file is looked for when no path is configured, after
 * the XDG config dirs (see kh_directory_dup_local_candidates()). */
#define KH_LOCAL_SERVICES_SYSTEM_PATH "/etc/kratom-help/local-services.json"
#define KH_LOCAL_SERVICES_NAME "local-services.json"

typedef enum
{
  KH_CONTACT_CALL,
  KH_CONTACT_TEXT,
  KH_CONTACT_CHAT,
  KH_CONTACT_WEB,
  KH_CONTACT_TTY,
} KhContactType;

typedef enum
{
  KH_SERVICE_EMERGENCY,
  KH_SERVICE_HELPLINE,
  KH_SERVICE_CRISIS,
  KH_SERVICE_POISON,
  KH_SERVICE_LOCATOR,
  KH_SERVICE_FAMILY,
  KH_SERVICE_URGENT,
  KH_SERVICE_TREATMENT,
  KH_SERVICE_SUPPORT_GROUP,
  KH_SERVICE_CLINIC,
  KH_SERVICE_OTHER,
} KhServiceKind;

#define KH_TYPE_CONTACT (kh_contact_get_type ())
#define KH_TYPE_SERVICE (kh_service_get_type ())
#define KH_TYPE_REGION (kh_region_get_type ())
#define KH_TYPE_DIRECTORY (kh_directory_get_type ())

typedef struct _KhContact KhContact;
typedef struct _KhService KhService;
typedef struct _KhRegion  KhRegion;

GType         kh_contact_get_type (void) G_GNUC_CONST;
KhContact    *kh_contact_ref (KhContact *contact);
void          kh_contact_unref (KhContact *contact);
KhContactType kh_contact_get_contact_type (const KhContact *contact);
const char   *kh_contact_get_value (const KhContact *contact);
const char   *kh_contact_get_display_value (const KhContact *contact);
const char   *kh_contact_get_label (const KhContact *contact);
const char   *kh_contact_get_uri (const KhContact *contact);
gboolean      kh_contact_is_phone (const KhContact *contact);

GType              kh_service_get_type (void) G_GNUC_CONST;
KhService         *kh_service_ref (KhService *service);
void               kh_service_unref (KhService *service);
const char        *kh_service_get_id (const KhService *service);
KhServiceKind      kh_service_get_kind (const KhService *service);
const char        *kh_service_get_name (const KhService *service);
const char        *kh_service_get_description (const KhService *service);
const char        *kh_service_get_hours (const KhService *service);
const char        *kh_service_get_cost (const KhService *service);
const char        *kh_service_get_confidentiality (const KhService *service);
guint              kh_service_get_n_languages (const KhService *service);
const char        *kh_service_get_language (const KhService *service,
                                            guint            index);
guint              kh_service_get_n_contacts (const KhService *service);
KhContact         *kh_service_get_contact (const KhService *service,
                                           guint            index);
const char *const *kh_service_get_regions (const KhService *service);
gboolean           kh_service_serves_region (const KhService *service,
                                             const char      *code);
gboolean           kh_service_is_local (const KhService *service);
const char        *kh_service_get_source (const KhService *service);
GDateTime         *kh_service_get_checked (const KhService *service);
gboolean           kh_service_get_for_crisis (const KhService *service);

GType       kh_region_get_type (void) G_GNUC_CONST;
KhRegion   *kh_region_ref (KhRegion *region);
void        kh_region_unref (KhRegion *region);
const char *kh_region_get_code (const KhRegion *region);
const char *kh_region_get_name (const KhRegion *region);
KhService  *kh_region_get_emergency (const KhRegion *region);
const char *kh_region_get_advice (const KhRegion *region);
gboolean    kh_region_is_local (const KhRegion *region);

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhContact, kh_contact_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhService, kh_service_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhRegion, kh_region_unref)

G_END_DECLS
