/* kh-checklist-page.h: the screening checklist: questions, then result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-checklist-answers.h"
#include "kh-directory.h"
#include "kh-lockdown.h"

G_BEGIN_DECLS

#define KH_TYPE_CHECKLIST_PAGE (kh_checklist_page_get_type ())

G_DECLARE_FINAL_TYPE (KhChecklistPage, kh_checklist_page, KH, CHECKLIST_PAGE, GtkWidget)

GtkWidget          *kh_checklist_page_new (KhChecklistAnswers *answers,
                                           KhDirectory        *directory,
                                           KhLockdown         *lockdown);
KhChecklist        *kh_checklist_page_get_checklist (KhChecklistPage *self);
KhChecklistAnswers *kh_checklist_page_get_answers (KhChecklistPage *self);
void                kh_checklist_page_reset (KhChecklistPage *self);
gboolean            kh_checklist_page_show_result (KhChecklistPage *self);
void                kh_checklist_page_show_questions (KhChecklistPage *self);
gboolean            kh_checklist_page_get_showing_result (KhChecklistPage *self);
void                kh_checklist_page_print (KhChecklistPage *self);
void                kh_checklist_page_rebuild (KhChecklistPage *self);
GtkWidget          *kh_checklist_page_get_answer_button (KhChecklistPage  *self,
                                                         guint             index,
                                                         KhChecklistAnswer answer);

G_END_DECLS
