/* kh-plan-sheet.h: the words of My plan and of the craving tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-block.h"
#include "kh-json.h"

G_BEGIN_DECLS

#define KH_PLAN_SHEET_RESOURCE_URI "resource:///io/github/kratomhelp/KratomHelp/content/plan.json"

/* What a plan can hold, so that everything made from it (the summary,
 * the QR codes, the kept file) has a known largest size. Lengths are in
 * characters, as a text entry counts them. */
#define KH_PLAN_TEXT_MAX 80
#define KH_PLAN_NAME_MAX 30
#define KH_PLAN_N_NAMES 3
#define KH_PLAN_MAX_OPTIONS 12
#define KH_PLAN_MAX_QUESTIONS 16

typedef enum
{
  KH_PLAN_KIND_CHOICE,
  KH_PLAN_KIND_CHOICES,
  KH_PLAN_KIND_TEXT,
  KH_PLAN_KIND_NAMES,
} KhPlanKind;

/* The questions the code itself reads: the safety line needs "stop" and
 * "daily", the craving tool the reasons and the people. */
#define KH_PLAN_QUESTION_CHANGE "change"
#define KH_PLAN_OPTION_STOP "stop"
#define KH_PLAN_QUESTION_USE "use"
#define KH_PLAN_OPTION_DAILY "daily"
#define KH_PLAN_QUESTION_REASONS "reasons"
#define KH_PLAN_QUESTION_REASONS_OWN "reasons-own"
#define KH_PLAN_QUESTION_PEOPLE "people"
#define KH_PLAN_STEP_REASONS "reasons"

typedef enum
{
  KH_PLAN_TEXT_TITLE,
  KH_PLAN_TEXT_SUMMARY,
  KH_PLAN_TEXT_SAFETY_TITLE,
  KH_PLAN_TEXT_SAFETY,
  KH_PLAN_TEXT_PRINT_TITLE,
  KH_PLAN_TEXT_PRINT_INTRO,
  KH_PLAN_TEXT_PRINT_HELP_TITLE,
  KH_PLAN_TEXT_PRINT_FOOTER,
  KH_PLAN_TEXT_CRAVING_TITLE,
  KH_PLAN_TEXT_CRAVING_SUMMARY,
  KH_PLAN_TEXT_CRAVING_INHALE,
  KH_PLAN_TEXT_CRAVING_EXHALE,
  KH_PLAN_TEXT_CRAVING_BREATHING,
  KH_PLAN_TEXT_CRAVING_END_HEADING,
  KH_PLAN_TEXT_CRAVING_END,
  KH_PLAN_TEXT_CRAVING_END_PROMPT,
  KH_PLAN_N_TEXTS
} KhPlanText;

typedef enum
{
  KH_PLAN_LIST_INTRO,
  KH_PLAN_LIST_CRAVING_INTRO,
  KH_PLAN_N_LISTS
} KhPlanList;

#define KH_TYPE_PLAN_SHEET (kh_plan_sheet_get_type ())

G_DECLARE_FINAL_TYPE (KhPlanSheet, kh_plan_sheet, KH, PLAN_SHEET, GObject)

KhPlanSheet *kh_plan_sheet_new_from_json (KhJsonReader *reader,
                                          JsonNode     *root);
KhPlanSheet *kh_plan_sheet_new_from_file (GFile   *file,
                                          GError **error);
KhPlanSheet *kh_plan_sheet_new_bundled (GError **error);

const char *kh_plan_sheet_get_text (KhPlanSheet *self,
                                    KhPlanText   text);
guint       kh_plan_sheet_get_list_length (KhPlanSheet *self,
                                           KhPlanList   list);
const char *kh_plan_sheet_get_list_item (KhPlanSheet *self,
                                         KhPlanList   list,
                                         guint        index);
GDateTime  *kh_plan_sheet_get_reviewed (KhPlanSheet *self);
guint       kh_plan_sheet_get_n_sources (KhPlanSheet *self);
KhSource   *kh_plan_sheet_get_source (KhPlanSheet *self,
                                      guint        index);
GPtrArray  *kh_plan_sheet_get_sources (KhPlanSheet *self);

guint       kh_plan_sheet_get_n_questions (KhPlanSheet *self);
int         kh_plan_sheet_find_question (KhPlanSheet *self,
                                         const char  *id);
const char *kh_plan_sheet_get_question_id (KhPlanSheet *self,
                                           guint        question);
KhPlanKind  kh_plan_sheet_get_question_kind (KhPlanSheet *self,
                                             guint        question);
const char *kh_plan_sheet_get_question_heading (KhPlanSheet *self,
                                                guint        question);
const char *kh_plan_sheet_get_question_hint (KhPlanSheet *self,
                                             guint        question);
guint       kh_plan_sheet_get_n_options (KhPlanSheet *self,
                                         guint        question);
int         kh_plan_sheet_find_option (KhPlanSheet *self,
                                       guint        question,
                                       const char  *id);
const char *kh_plan_sheet_get_option_id (KhPlanSheet *self,
                                         guint        question,
                                         guint        option);
const char *kh_plan_sheet_get_option_label (KhPlanSheet *self,
                                            guint        question,
                                            guint        option);

guint       kh_plan_sheet_get_n_steps (KhPlanSheet *self);
const char *kh_plan_sheet_get_step_id (KhPlanSheet *self,
                                       guint        step);
const char *kh_plan_sheet_get_step_heading (KhPlanSheet *self,
                                            guint        step);
const char *kh_plan_sheet_get_step_text (KhPlanSheet *self,
                                         guint        step);
const char *kh_plan_sheet_get_step_note (KhPlanSheet *self,
                                         guint        step);
guint       kh_plan_sheet_get_step_n_items (KhPlanSheet *self,
                                            guint        step);
const char *kh_plan_sheet_get_step_item (KhPlanSheet *self,
                                         guint        step,
                                         guint        item);

G_END_DECLS
