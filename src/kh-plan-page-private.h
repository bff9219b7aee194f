/* kh-plan-page-private.h: what kh-plan-page.c and
 * kh-plan-page-take-away.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-plan-page.h"

G_BEGIN_DECLS

struct _KhPlanPage
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *scroller;
  GtkBox    *column;

  /* built once */
  GtkWidget *safety_callout;
  GtkWidget *keep_switch;
  GtkWidget *keep_status;
  GtkWidget *delete_button;
  GtkWidget *qr_revealer;
  GtkWidget *qr_button;
  GtkWidget *qr_pager;
  GtkWidget *error_label;
  /* one GPtrArray of controls per question */
  GPtrArray *controls;

  /* owned */
  KhPlan            *plan;
  KhDirectory       *directory;
  char              *region;
  char              *keep_path;
  GtkPrintOperation *print_operation;
  gboolean           kiosk;
  gboolean           keep;
  gboolean           syncing;
};

void kh_plan_page_update_qr (KhPlanPage *self);
void kh_plan_page_save_kept (KhPlanPage *self);
void kh_plan_page_update_keep_status (KhPlanPage *self);
void kh_plan_page_load_kept (KhPlanPage *self);

G_END_DECLS
