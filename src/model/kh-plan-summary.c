/* kh-plan-summary.c: a plan as the printed page and the QR codes give it
 *
 * The lines of the summary, question by question, with the safety line
 * and the region's help numbers; the same as plain text; and that text
 * split for QR codes (kh-plan-qr.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-i18n.h"
#include "kh-plan-private.h"

static void
line_free (gpointer data)
{
  KhPlanLine *line = data;

  g_free (line->text);
  g_free (line);
}

static void
add (GPtrArray      *lines,
     KhPlanLineStyle style,
     const char     *text)
{
  KhPlanLine *line = g_new0 (KhPlanLine, 1);

  line->style = style;
  line->text = g_strdup (text);
  g_ptr_array_add (lines, line);
}

/* One line per service: its name, then each way to reach it. */
static void
add_service (GPtrArray *lines,
             KhService *service)
{
  g_autofree char *line = kh_service_dup_summary_line (service);

  add (lines, KH_PLAN_LINE_BULLET, line);
}

static void
add_help (KhPlan      *self,
          GPtrArray   *lines,
          KhDirectory *directory,
          const char  *region_code)
{
  g_autoptr (GPtrArray) services = NULL;
  KhRegion        *region = kh_directory_lookup_region (directory, region_code);
  g_autofree char *heading = NULL;

  if (region == NULL)
    region = kh_directory_lookup_region (directory, KH_REGION_OTHER);
  if (region == NULL)
    return;

  /* Translators: the heading of the help numbers in the plan's summary,
   * e.g. "Where to get help: United Kingdom" */
  heading = g_strdup_printf (_ ("%s: %s"), kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_HELP_TITLE),
                             kh_region_get_name (region));
  add (lines, KH_PLAN_LINE_HEADING, heading);
  add_service (lines, kh_region_get_emergency (region));

  services = kh_directory_dup_services (directory, kh_region_get_code (region));
  for (guint i = 0; i < services->len; i++)
    add_service (lines, g_ptr_array_index (services, i));
}

static void
add_answer (KhPlan    *self,
            GPtrArray *lines,
            guint      question)
{
  const KhPlanAnswer *answer = &self->answers[question];

  if (kh_plan_answer_is_empty (answer))
    return;

  add (lines, KH_PLAN_LINE_HEADING, kh_plan_sheet_get_question_heading (self->sheet, question));

  switch (kh_plan_sheet_get_question_kind (self->sheet, question))
    {
    case KH_PLAN_KIND_CHOICE:
      add (lines, KH_PLAN_LINE_BODY, kh_plan_sheet_get_option_label (self->sheet, question, answer->choice));
      break;

    case KH_PLAN_KIND_CHOICES:
      for (guint i = 0; i < kh_plan_sheet_get_n_options (self->sheet, question); i++)
        if (answer->options & (1u << i))
          add (lines, KH_PLAN_LINE_BULLET, kh_plan_sheet_get_option_label (self->sheet, question, i));
      break;

    case KH_PLAN_KIND_TEXT:
      add (lines, KH_PLAN_LINE_BODY, answer->text);
      break;

    case KH_PLAN_KIND_NAMES:
      for (guint i = 0; i < KH_PLAN_N_NAMES; i++)
        if (answer->names[i] != NULL)
          add (lines, KH_PLAN_LINE_BULLET, answer->names[i]);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * kh_plan_build_summary:
 * @date: the day to put on the summary
 * @directory: where the help numbers come from
 * @region: the region whose numbers are given (as Get help shows)
 *
 * The plan as the printed page and the QR codes give it: what was
 * chosen and typed, question by question, the safety line when the plan
 * is to stop and kratom is used every day, and the region's numbers.
 *
 * Returns: (transfer full) (element-type KhPlanLine): the lines
 */
GPtrArray *
kh_plan_build_summary (KhPlan      *self,
                       GDateTime   *date,
                       KhDirectory *directory,
                       const char  *region)
{
  GPtrArray       *lines;
  g_autofree char *day = NULL;
  g_autofree char *date_line = NULL;
  int              change;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (KH_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (region != NULL, NULL);

  lines = g_ptr_array_new_with_free_func (line_free);
  add (lines, KH_PLAN_LINE_TITLE, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_TITLE));
  day = kh_i18n_format_date (date);
  /* Translators: %s is a date */
  date_line = g_strdup_printf (_ ("Date: %s"), day);
  add (lines, KH_PLAN_LINE_BODY, date_line);
  add (lines, KH_PLAN_LINE_BODY, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_INTRO));

  /* The safety line right after what the plan is to change. */
  change = kh_plan_sheet_find_question (self->sheet, KH_PLAN_QUESTION_CHANGE);
  for (guint i = 0; i < self->n_answers; i++)
    {
      add_answer (self, lines, i);
      if ((int) i == change && self->needs_safety)
        {
          add (lines, KH_PLAN_LINE_HEADING, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_SAFETY_TITLE));
          add (lines, KH_PLAN_LINE_STRONG, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_SAFETY));
        }
    }

  add_help (self, lines, directory, region);
  add (lines, KH_PLAN_LINE_SMALL, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_FOOTER));

  return lines;
}

/**
 * kh_plan_dup_summary_text:
 *
 * The summary (see kh_plan_build_summary()) as plain text, one line a
 * paragraph, a blank line before each heading.
 *
 * Returns: (transfer full): the text
 */
char *
kh_plan_dup_summary_text (KhPlan      *self,
                          GDateTime   *date,
                          KhDirectory *directory,
                          const char  *region)
{
  g_autoptr (GPtrArray) lines = NULL;
  GString *text;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  lines = kh_plan_build_summary (self, date, directory, region);
  text = g_string_new (NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      KhPlanLine *line = g_ptr_array_index (lines, i);

      if (line->style == KH_PLAN_LINE_HEADING)
        g_string_append_c (text, '\n');
      if (line->style == KH_PLAN_LINE_BULLET)
        g_string_append (text, "• ");
      g_string_append (text, line->text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/**
 * kh_plan_dup_qr_texts:
 *
 * The summary's text, split for QR codes (see kh_plan_split_for_qr()).
 *
 * Returns: (transfer full): one text a code
 */
GStrv
kh_plan_dup_qr_texts (KhPlan      *self,
                      GDateTime   *date,
                      KhDirectory *directory,
                      const char  *region)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  text = kh_plan_dup_summary_text (self, date, directory, region);

  return kh_plan_split_for_qr (text, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_TITLE));
}
