/* kh-plan-page.h: My plan: the worksheet, and taking it away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-directory.h"
#include "kh-plan.h"

G_BEGIN_DECLS

#define KH_TYPE_PLAN_PAGE (kh_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (KhPlanPage, kh_plan_page, KH, PLAN_PAGE, GtkWidget)

GtkWidget  *kh_plan_page_new (KhPlan      *plan,
                              KhDirectory *directory,
                              gboolean     kiosk);
KhPlan     *kh_plan_page_get_plan (KhPlanPage *self);
const char *kh_plan_page_get_keep_path (KhPlanPage *self);
gboolean    kh_plan_page_get_keep (KhPlanPage *self);
void        kh_plan_page_set_keep (KhPlanPage *self,
                                   gboolean    keep);
void        kh_plan_page_show_qr (KhPlanPage *self,
                                  gboolean    show);
GtkWidget  *kh_plan_page_get_qr_pager (KhPlanPage *self);
void        kh_plan_page_print (KhPlanPage *self);
GtkWidget  *kh_plan_page_get_question_widget (KhPlanPage *self,
                                              guint       question,
                                              guint       index);

G_END_DECLS
