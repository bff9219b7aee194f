/* kh-plan-store.h: keeping a plan on this computer, when asked to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_PLAN_STORE_NAME "plan.json"

char    *kh_plan_store_dup_default_path (void);
gboolean kh_plan_store_exists (const char *path);
gboolean kh_plan_store_save (KhPlan     *plan,
                             const char *path,
                             GError    **error);
gboolean kh_plan_store_load (KhPlan     *plan,
                             const char *path,
                             GError    **error);
gboolean kh_plan_store_remove (const char *path,
                               GError    **error);

G_END_DECLS
