/* kh-checklist.h: the screening checklist: questions and results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-block.h"
#include "kh-json.h"

G_BEGIN_DECLS

#define KH_CHECKLIST_RESOURCE_URI "resource:///io/github/kratomhelp/KratomHelp/content/checklist.json"

typedef enum
{
  KH_CHECKLIST_ANSWER_NONE,
  KH_CHECKLIST_ANSWER_YES,
  KH_CHECKLIST_ANSWER_NO,
} KhChecklistAnswer;

/* The eleven DSM-5 criteria; the checklist has one question for each. */
typedef enum
{
  KH_CHECKLIST_AREA_MORE_OR_LONGER,
  KH_CHECKLIST_AREA_CUT_DOWN,
  KH_CHECKLIST_AREA_TIME_SPENT,
  KH_CHECKLIST_AREA_CRAVING,
  KH_CHECKLIST_AREA_OBLIGATIONS,
  KH_CHECKLIST_AREA_SOCIAL,
  KH_CHECKLIST_AREA_ACTIVITIES,
  KH_CHECKLIST_AREA_HAZARDOUS,
  KH_CHECKLIST_AREA_HEALTH,
  KH_CHECKLIST_AREA_TOLERANCE,
  KH_CHECKLIST_AREA_WITHDRAWAL,
  KH_CHECKLIST_N_AREAS
} KhChecklistArea;

typedef enum
{
  KH_CHECKLIST_BAND_NONE,
  KH_CHECKLIST_BAND_MILD,
  KH_CHECKLIST_BAND_MODERATE,
  KH_CHECKLIST_BAND_SEVERE,
  KH_CHECKLIST_N_BANDS
} KhChecklistBand;

/* Not a band but a result of its own, with the same texts: the only yes
 * answers are tolerance and/or withdrawal, which show physical
 * dependence rather than a use disorder. */
#define KH_CHECKLIST_RESULT_DEPENDENCE KH_CHECKLIST_N_BANDS

/* Single texts of the checklist content. */
typedef enum
{
  KH_CHECKLIST_TEXT_TITLE,
  KH_CHECKLIST_TEXT_SUMMARY,
  KH_CHECKLIST_TEXT_QUESTIONS_HEADING,
  KH_CHECKLIST_TEXT_TOLERANCE,
  KH_CHECKLIST_TEXT_WITHDRAWAL,
  KH_CHECKLIST_TEXT_DIAGNOSIS_TITLE,
  KH_CHECKLIST_TEXT_DIAGNOSIS,
  KH_CHECKLIST_TEXT_DOCTOR_TITLE,
  KH_CHECKLIST_TEXT_CRISIS_TITLE,
  KH_CHECKLIST_TEXT_CRISIS,
  KH_CHECKLIST_TEXT_PRINT_TITLE,
  KH_CHECKLIST_TEXT_PRINT_INTRO,
  KH_CHECKLIST_TEXT_PRINT_HELP_TITLE,
  KH_CHECKLIST_TEXT_PRINT_FOOTER,
  KH_CHECKLIST_N_TEXTS
} KhChecklistText;

/* Lists of texts (paragraphs or bullet points). */
typedef enum
{
  KH_CHECKLIST_LIST_INTRO,
  KH_CHECKLIST_LIST_DOCTOR,
  KH_CHECKLIST_N_LISTS
} KhChecklistList;

typedef enum
{
  KH_CHECKLIST_BAND_TEXT_TITLE,
  KH_CHECKLIST_BAND_TEXT_RANGE,
  KH_CHECKLIST_BAND_TEXT_MEANING,
  KH_CHECKLIST_N_BAND_TEXTS
} KhChecklistBandText;

#define KH_TYPE_CHECKLIST (kh_checklist_get_type ())

G_DECLARE_FINAL_TYPE (KhChecklist, kh_checklist, KH, CHECKLIST, GObject)

KhChecklist *kh_checklist_new_from_json (KhJsonReader *reader,
                                         JsonNode     *root);
KhChecklist *kh_checklist_new_from_file (GFile   *file,
                                         GError **error);
KhChecklist *kh_checklist_new_bundled (GError **error);

const char *kh_checklist_get_text (KhChecklist    *self,
                                   KhChecklistText text);
guint       kh_checklist_get_list_length (KhChecklist    *self,
                                          KhChecklistList list);
const char *kh_checklist_get_list_item (KhChecklist    *self,
                                        KhChecklistList list,
                                        guint           index);
GDateTime  *kh_checklist_get_reviewed (KhChecklist *self);

guint           kh_checklist_get_n_questions (KhChecklist *self);
const char     *kh_checklist_get_question_id (KhChecklist *self,
                                              guint        index);
const char     *kh_checklist_get_question_text (KhChecklist *self,
                                                guint        index);
const char     *kh_checklist_get_question_hint (KhChecklist *self,
                                                guint        index);
const char     *kh_checklist_get_question_label (KhChecklist *self,
                                                 guint        index);
KhChecklistArea kh_checklist_get_question_area (KhChecklist *self,
                                                guint        index);
guint           kh_checklist_find_area (KhChecklist    *self,
                                        KhChecklistArea area);

KhChecklistBand kh_checklist_band_for_count (guint count);
const char     *kh_checklist_get_band_text (KhChecklist        *self,
                                            KhChecklistBand     band,
                                            KhChecklistBandText text);
guint           kh_checklist_get_band_n_steps (KhChecklist    *self,
                                               KhChecklistBand band);
const char     *kh_checklist_get_band_step (KhChecklist    *self,
                                            KhChecklistBand band,
                                            guint           index);

guint     kh_checklist_get_n_sources (KhChecklist *self);
KhSource *kh_checklist_get_source (KhChecklist *self,
                                   guint        index);

G_END_DECLS
