/* kh-plan.h: one visitor's plan: the choices made and the words typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-directory.h"
#include "kh-plan-qr.h"
#include "kh-plan-sheet.h"

G_BEGIN_DECLS

/* Bounded at twice what any plan's kept file can be: the
 * free texts in the worst encoding, and every choice. */
#define KH_PLAN_FILE_MAX (16 * 1024)

typedef enum
{
  KH_PLAN_LINE_TITLE,
  KH_PLAN_LINE_HEADING,
  KH_PLAN_LINE_STRONG,
  KH_PLAN_LINE_BODY,
  KH_PLAN_LINE_BULLET,
  KH_PLAN_LINE_SMALL,
} KhPlanLineStyle;

typedef struct
{
  KhPlanLineStyle style;
  char           *text;
} KhPlanLine;

#define KH_TYPE_PLAN (kh_plan_get_type ())

G_DECLARE_FINAL_TYPE (KhPlan, kh_plan, KH, PLAN, GObject)

KhPlan      *kh_plan_new (KhPlanSheet *sheet);
KhPlanSheet *kh_plan_get_sheet (KhPlan *self);

int         kh_plan_get_choice (KhPlan *self,
                                guint   question);
void        kh_plan_set_choice (KhPlan *self,
                                guint   question,
                                int     option);
gboolean    kh_plan_get_option (KhPlan *self,
                                guint   question,
                                guint   option);
void        kh_plan_set_option (KhPlan  *self,
                                guint    question,
                                guint    option,
                                gboolean chosen);
const char *kh_plan_get_text (KhPlan *self,
                              guint   question);
void        kh_plan_set_text (KhPlan     *self,
                              guint       question,
                              const char *text);
const char *kh_plan_get_name (KhPlan *self,
                              guint   question,
                              guint   index);
void        kh_plan_set_name (KhPlan     *self,
                              guint       question,
                              guint       index,
                              const char *name);
guint       kh_plan_get_max_length (KhPlan *self,
                                    guint   question);

gboolean kh_plan_is_empty (KhPlan *self);
gboolean kh_plan_get_needs_safety (KhPlan *self);
void     kh_plan_clear (KhPlan *self);

GStrv kh_plan_dup_reasons (KhPlan *self);
GStrv kh_plan_dup_people (KhPlan *self);

GPtrArray *kh_plan_build_summary (KhPlan      *self,
                                  GDateTime   *date,
                                  KhDirectory *directory,
                                  const char  *region);
char      *kh_plan_dup_summary_text (KhPlan      *self,
                                     GDateTime   *date,
                                     KhDirectory *directory,
                                     const char  *region);
GStrv      kh_plan_dup_qr_texts (KhPlan      *self,
                                 GDateTime   *date,
                                 KhDirectory *directory,
                                 const char  *region);
void       kh_plan_fill_longest (KhPlan     *self,
                                 const char *character);

char    *kh_plan_to_data (KhPlan *self,
                          gsize  *length);
gboolean kh_plan_load_data (KhPlan     *self,
                            const char *data,
                            gsize       length,
                            GError    **error);

G_END_DECLS
