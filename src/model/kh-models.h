/* kh-models.h: the models the app shows, loaded once and handed down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-checklist.h"
#include "kh-content.h"
#include "kh-directory.h"
#include "kh-plan-sheet.h"
#include "kh-search-index.h"

G_BEGIN_DECLS

#define KH_TYPE_MODELS (kh_models_get_type ())

G_DECLARE_FINAL_TYPE (KhModels, kh_models, KH, MODELS, GObject)

KhModels      *kh_models_new (const char *local_services_path);
KhModels      *kh_models_new_with_content (KhContent    *content,
                                           const GError *content_error);
KhContent     *kh_models_get_content (KhModels      *self,
                                      const GError **error);
KhChecklist   *kh_models_get_checklist (KhModels      *self,
                                        const GError **error);
KhPlanSheet   *kh_models_get_plan_sheet (KhModels      *self,
                                         const GError **error);
KhDirectory   *kh_models_get_directory (KhModels      *self,
                                        const GError **local_error);
void           kh_models_preload_directory (KhModels *self);
void           kh_models_preload_bundled (KhModels *self);
KhSearchIndex *kh_models_build_search_index (KhModels   *self,
                                             const char *region);

G_END_DECLS
