/* kh-checklist-result.h: the result of the checklist, and what to do next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-checklist-answers.h"

G_BEGIN_DECLS

#define KH_TYPE_CHECKLIST_RESULT (kh_checklist_result_get_type ())

G_DECLARE_FINAL_TYPE (KhChecklistResult, kh_checklist_result, KH, CHECKLIST_RESULT, GtkWidget)

GtkWidget *kh_checklist_result_new (KhChecklistAnswers *answers);
void       kh_checklist_result_set_answers (KhChecklistResult  *self,
                                            KhChecklistAnswers *answers);
void       kh_checklist_result_update (KhChecklistResult *self);
void       kh_checklist_result_clear (KhChecklistResult *self);
void       kh_checklist_result_set_can_print (KhChecklistResult *self,
                                              gboolean           can_print);
void       kh_checklist_result_focus_summary (KhChecklistResult *self);
void       kh_checklist_result_set_take_away (KhChecklistResult *self,
                                              const char        *summary,
                                              const char        *title);
GtkWidget *kh_checklist_result_get_qr_pager (KhChecklistResult *self);
void       kh_checklist_result_show_print_error (KhChecklistResult *self,
                                                 const char        *message);

G_END_DECLS
