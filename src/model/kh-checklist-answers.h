/* kh-checklist-answers.h: one visitor's answers to the checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-checklist.h"

G_BEGIN_DECLS

#define KH_TYPE_CHECKLIST_ANSWERS (kh_checklist_answers_get_type ())

G_DECLARE_FINAL_TYPE (KhChecklistAnswers, kh_checklist_answers, KH, CHECKLIST_ANSWERS, GObject)

KhChecklistAnswers *kh_checklist_answers_new (KhChecklist *checklist);
KhChecklist        *kh_checklist_answers_get_checklist (KhChecklistAnswers *self);

KhChecklistAnswer kh_checklist_answers_get_answer (KhChecklistAnswers *self,
                                                   guint               index);
void              kh_checklist_answers_set_answer (KhChecklistAnswers *self,
                                                   guint               index,
                                                   KhChecklistAnswer   answer);
gboolean          kh_checklist_answers_get_area_yes (KhChecklistAnswers *self,
                                                     KhChecklistArea     area);
guint             kh_checklist_answers_get_n_answered (KhChecklistAnswers *self);
guint             kh_checklist_answers_get_count (KhChecklistAnswers *self);
gboolean          kh_checklist_answers_is_complete (KhChecklistAnswers *self);
KhChecklistBand   kh_checklist_answers_get_band (KhChecklistAnswers *self);
gboolean          kh_checklist_answers_is_dependence_only (KhChecklistAnswers *self);
KhChecklistBand   kh_checklist_answers_get_result (KhChecklistAnswers *self);
char             *kh_checklist_answers_format_count (KhChecklistAnswers *self);
void              kh_checklist_answers_reset (KhChecklistAnswers *self);

G_END_DECLS
