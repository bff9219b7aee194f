/* kh-visit.h: everything one visitor changes, in one object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-checklist-answers.h"
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_TYPE_VISIT (kh_visit_get_type ())

G_DECLARE_FINAL_TYPE (KhVisit, kh_visit, KH, VISIT, GObject)

KhVisit            *kh_visit_new (KhChecklist *checklist,
                                  const char  *region,
                                  double       text_scale);
KhChecklistAnswers *kh_visit_get_answers (KhVisit *self);
KhPlan             *kh_visit_get_plan (KhVisit *self);
const char         *kh_visit_get_region (KhVisit *self);
void                kh_visit_set_region (KhVisit    *self,
                                         const char *region);
const char         *kh_visit_get_search_text (KhVisit *self);
void                kh_visit_set_search_text (KhVisit    *self,
                                              const char *search_text);
double              kh_visit_get_text_scale (KhVisit *self);
void                kh_visit_set_text_scale (KhVisit *self,
                                             double   text_scale);
void                kh_visit_end (KhVisit *self);
gboolean            kh_visit_get_ended (KhVisit *self);

G_END_DECLS
