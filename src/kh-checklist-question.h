/* kh-checklist-question.h: one question of the checklist, with its answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-checklist-answers.h"

G_BEGIN_DECLS

#define KH_TYPE_CHECKLIST_QUESTION (kh_checklist_question_get_type ())

G_DECLARE_FINAL_TYPE (KhChecklistQuestion, kh_checklist_question, KH, CHECKLIST_QUESTION, GtkWidget)

GtkWidget        *kh_checklist_question_new (KhChecklistAnswers *answers,
                                             guint               index);
guint             kh_checklist_question_get_index (KhChecklistQuestion *self);
KhChecklistAnswer kh_checklist_question_get_answer (KhChecklistQuestion *self);
void              kh_checklist_question_sync (KhChecklistQuestion *self);
void              kh_checklist_question_set_missing (KhChecklistQuestion *self,
                                                     gboolean             missing);
GtkWidget        *kh_checklist_question_get_button (KhChecklistQuestion *self,
                                                    KhChecklistAnswer    answer);

G_END_DECLS
