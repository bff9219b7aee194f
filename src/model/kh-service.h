/* kh-service.h: a service that helps: who it is, what it does, how to reach it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-contact.h"

G_BEGIN_DECLS

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

#define KH_TYPE_SERVICE (kh_service_get_type ())

typedef struct _KhService KhService;

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
char              *kh_service_dup_summary_line (const KhService *service);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhService, kh_service_unref)

G_END_DECLS
