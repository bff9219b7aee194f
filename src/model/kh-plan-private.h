/* kh-plan-private.h: what a plan's files share
 *
 * The state object (kh-plan.c), its summary (kh-plan-summary.c) and its
 * kept data (kh-plan-data.c) all read the answers directly; only
 * kh-plan.c and kh-plan-data.c change them, and always through
 * kh_plan_emit_changed() afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-plan.h"

G_BEGIN_DECLS

typedef struct
{
  int     choice;
  guint32 options;
  char   *text;
  char   *names[KH_PLAN_N_NAMES];
} KhPlanAnswer;

struct _KhPlan
{
  GObject parent_instance;

  KhPlanSheet *sheet;
  /* one per question of the sheet */
  KhPlanAnswer *answers;
  guint         n_answers;

  gboolean empty;
  gboolean needs_safety;
};

G_GNUC_INTERNAL
void kh_plan_answer_clear (KhPlanAnswer *answer);
G_GNUC_INTERNAL
gboolean kh_plan_answer_is_empty (const KhPlanAnswer *answer);
G_GNUC_INTERNAL
void kh_plan_emit_changed (KhPlan *self,
                           int     question);
G_GNUC_INTERNAL
gboolean kh_plan_text_is_acceptable (const char *text,
                                     guint       max);
G_GNUC_INTERNAL
gboolean kh_plan_replace_text (char      **slot,
                               const char *text);

G_END_DECLS
