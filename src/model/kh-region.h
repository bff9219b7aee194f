/* kh-region.h: a country or area: its emergency numbers and advice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-service.h"

G_BEGIN_DECLS

/* The region shown when the locale names no country the directory knows. */
#define KH_REGION_OTHER "other"

#define KH_TYPE_REGION (kh_region_get_type ())

typedef struct _KhRegion KhRegion;

GType       kh_region_get_type (void) G_GNUC_CONST;
KhRegion   *kh_region_ref (KhRegion *region);
void        kh_region_unref (KhRegion *region);
const char *kh_region_get_code (const KhRegion *region);
const char *kh_region_get_name (const KhRegion *region);
KhService  *kh_region_get_emergency (const KhRegion *region);
const char *kh_region_get_advice (const KhRegion *region);
gboolean    kh_region_is_local (const KhRegion *region);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhRegion, kh_region_unref)

G_END_DECLS
