/* kh-checklist-print.c: a one-page summary of the checklist, to print
 *
 * The summary is what a person may want to bring to a doctor: the date,
 * the answers, the result and its band, the next steps and where to get
 * help. It is drawn straight from the model; nothing is stored, and no
 * print settings are loaded or kept, so the next person at a kiosk finds
 * no trace of it in the print dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-checklist-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-checklist-print.h"
#include "kh-i18n.h"
#include "kh-print-page.h"

typedef enum
{
  STYLE_TITLE,
  STYLE_HEADING,
  STYLE_STRONG,
  STYLE_BODY,
  STYLE_BULLET,
  STYLE_ANSWER,
  STYLE_SMALL,
} Style;

typedef struct
{
  Style style;
  char *text;
  /* the answer, for STYLE_ANSWER */
  char *label;
} Paragraph;

/* In points. */
static const KhPrintStyle styles[] = {
  [STYLE_TITLE] = { 17, 0, 0, TRUE },
  [STYLE_HEADING] = { 12, 14, 0, TRUE },
  [STYLE_STRONG] = { 10.5, 5, 0, TRUE },
  [STYLE_BODY] = { 10.5, 5, 0, FALSE },
  [STYLE_BULLET] = { 10.5, 3, 14, FALSE },
  [STYLE_ANSWER] = { 10.5, 2, 34, FALSE },
  [STYLE_SMALL] = { 8.5, 5, 0, FALSE },
};

static void
paragraph_free (gpointer data)
{
  Paragraph *paragraph = data;

  g_free (paragraph->text);
  g_free (paragraph->label);
  g_free (paragraph);
}

static void
add (GPtrArray  *paragraphs,
     Style       style,
     const char *text)
{
  Paragraph *paragraph = g_new0 (Paragraph, 1);

  paragraph->style = style;
  paragraph->text = g_strdup (text);
  g_ptr_array_add (paragraphs, paragraph);
}

static void
add_answer (GPtrArray  *paragraphs,
            const char *label,
            const char *text)
{
  add (paragraphs, STYLE_ANSWER, text);
  ((Paragraph *) g_ptr_array_index (paragraphs, paragraphs->len - 1))->label = g_strdup (label);
}

/* One line per service: its name, then each way to reach it. */
static void
add_service (GPtrArray *paragraphs,
             KhService *service)
{
  g_autofree char *line = kh_service_dup_summary_line (service);

  add (paragraphs, STYLE_BULLET, line);
}

/* The numbers of the region shown on the Get help page, from the
 * directory, so a summary printed in Manchester lists British numbers. */
static void
add_help (GPtrArray   *paragraphs,
          KhChecklist *checklist,
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

  /* Translators: the heading of the help numbers in the printed summary,
   * e.g. "Where to get help: United Kingdom" */
  heading = g_strdup_printf (_ ("%s: %s"), kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_PRINT_HELP_TITLE),
                             kh_region_get_name (region));
  add (paragraphs, STYLE_HEADING, heading);

  add_service (paragraphs, kh_region_get_emergency (region));
  if (kh_service_get_description (kh_region_get_emergency (region)) != NULL)
    add (paragraphs, STYLE_BODY, kh_service_get_description (kh_region_get_emergency (region)));
  if (kh_region_get_advice (region) != NULL)
    add (paragraphs, STYLE_BODY, kh_region_get_advice (region));

  services = kh_directory_dup_services (directory, kh_region_get_code (region));
  for (guint i = 0; i < services->len; i++)
    add_service (paragraphs, g_ptr_array_index (services, i));
}

/* The summary, paragraph by paragraph, in the current language. */
static GPtrArray *
build_summary (KhChecklistAnswers *answers,
               GDateTime          *date,
               KhDirectory        *directory,
               const char         *region)
{
  KhChecklist     *checklist = kh_checklist_answers_get_checklist (answers);
  GPtrArray       *paragraphs = g_ptr_array_new_with_free_func (paragraph_free);
  KhChecklistBand  band = kh_checklist_answers_get_result (answers);
  g_autofree char *day = NULL;
  g_autofree char *date_line = NULL;
  g_autofree char *count = NULL;
  g_autofree char *result = NULL;

  add (paragraphs, STYLE_TITLE, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_PRINT_TITLE));

  day = kh_i18n_format_date (date);
  /* Translators: %s is a date */
  date_line = g_strdup_printf (_ ("Date: %s"), day);
  add (paragraphs, STYLE_BODY, date_line);
  add (paragraphs, STYLE_BODY, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_PRINT_INTRO));

  add (paragraphs, STYLE_HEADING, _ ("Result"));
  count = kh_checklist_answers_format_count (answers);
  /* Translators: the first %s is e.g. "Your answers match 4 of 11
   * signs.", the second the name of the range, e.g. "Moderate" */
  result = g_strdup_printf (_ ("%s Range: %s."), count,
                            kh_checklist_get_band_text (checklist, band, KH_CHECKLIST_BAND_TEXT_TITLE));
  add (paragraphs, STYLE_STRONG, result);
  add (paragraphs, STYLE_BODY, kh_checklist_get_band_text (checklist, band, KH_CHECKLIST_BAND_TEXT_RANGE));
  add (paragraphs, STYLE_BODY, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_DIAGNOSIS));

  add (paragraphs, STYLE_HEADING, _ ("My answers, for the past 12 months"));
  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    {
      const char *label;

      switch (kh_checklist_answers_get_answer (answers, i))
        {
        case KH_CHECKLIST_ANSWER_YES:
          label = _ ("Yes");
          break;

        case KH_CHECKLIST_ANSWER_NO:
          label = _ ("No");
          break;

        case KH_CHECKLIST_ANSWER_NONE:
        default:
          /* Translators: a question left unanswered, in the printed summary */
          label = C_ ("answer", "—");
          break;
        }

      add_answer (paragraphs, label, kh_checklist_get_question_label (checklist, i));
    }

  if (kh_checklist_answers_get_area_yes (answers, KH_CHECKLIST_AREA_TOLERANCE))
    add (paragraphs, STYLE_BODY, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_TOLERANCE));
  if (kh_checklist_answers_get_area_yes (answers, KH_CHECKLIST_AREA_WITHDRAWAL))
    add (paragraphs, STYLE_BODY, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_WITHDRAWAL));

  add (paragraphs, STYLE_HEADING, _ ("Next steps"));
  for (guint i = 0; i < kh_checklist_get_band_n_steps (checklist, band); i++)
    add (paragraphs, STYLE_BULLET, kh_checklist_get_band_step (checklist, band, i));

  add_help (paragraphs, checklist, directory, region);

  add (paragraphs, STYLE_SMALL, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_PRINT_FOOTER));

  return paragraphs;
}

/**
 * kh_checklist_dup_summary_text:
 * @answers: the answers to summarise
 * @date: the day to put on the summary
 * @directory: where the help numbers come from
 * @region: the region whose numbers are printed (as shown on Get help)
 *
 * Returns: (transfer full): the printed summary as plain text
 */
char *
kh_checklist_dup_summary_text (KhChecklistAnswers *answers,
                               GDateTime          *date,
                               KhDirectory        *directory,
                               const char         *region)
{
  g_autoptr (GPtrArray) paragraphs = NULL;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (answers), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  g_return_val_if_fail (KH_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (region != NULL, NULL);

  paragraphs = build_summary (answers, date, directory, region);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      Paragraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (paragraph->style == STYLE_HEADING)
        g_string_append_c (text, '\n');
      if (paragraph->style == STYLE_BULLET)
        g_string_append (text, "• ");
      if (paragraph->label != NULL)
        g_string_append_printf (text, "%s  ", paragraph->label);
      g_string_append (text, paragraph->text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/**
 * kh_checklist_print_operation_new:
 * @answers: the answers to summarise
 * @date: the day to put on the summary
 * @directory: where the help numbers come from
 * @region: the region whose numbers are printed (as shown on Get help)
 *
 * Makes an operation that prints the summary on one page. It starts from
 * default settings every time and is meant to be used once.
 *
 * Returns: (transfer full): the print operation
 */
GtkPrintOperation *
kh_checklist_print_operation_new (KhChecklistAnswers *answers,
                                  GDateTime          *date,
                                  KhDirectory        *directory,
                                  const char         *region)
{
  GPtrArray *summary;
  g_autoptr (GArray) page = NULL;

  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (answers), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (KH_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (region != NULL, NULL);

  /* The content is fixed now, so a change made while the print dialog
   * is open cannot make the preview and the page disagree. */
  summary = build_summary (answers, date, directory, region);
  page = g_array_sized_new (FALSE, TRUE, sizeof (KhPrintParagraph), summary->len);
  for (guint i = 0; i < summary->len; i++)
    {
      Paragraph       *paragraph = g_ptr_array_index (summary, i);
      KhPrintParagraph printed = { paragraph->style, paragraph->text };

      if (paragraph->style == STYLE_BULLET)
        {
          printed.marker = "•";
          printed.marker_x = 3;
        }
      else if (paragraph->style == STYLE_ANSWER)
        {
          printed.marker = paragraph->label;
          printed.marker_bold = TRUE;
        }
      printed.rule_after = paragraph->style == STYLE_TITLE;
      g_array_append_val (page, printed);
    }

  /* A neutral name: print queues can be seen by others. */
  return kh_print_page_operation_new (_ ("Summary"), styles, G_N_ELEMENTS (styles), page, summary,
                                      (GDestroyNotify) g_ptr_array_unref);
}

/**
 * kh_checklist_print_to_pdf:
 * @answers: the answers to summarise
 * @date: the day to put on the summary
 * @directory: where the help numbers come from
 * @region: the region whose numbers are printed (as shown on Get help)
 * @filename: where to write the PDF
 * @error: return location for an error
 *
 * Writes the summary to a PDF file without showing a dialog.
 *
 * Returns: whether the file was written
 */
gboolean
kh_checklist_print_to_pdf (KhChecklistAnswers *answers,
                           GDateTime          *date,
                           KhDirectory        *directory,
                           const char         *region,
                           const char         *filename,
                           GError            **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (answers), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  operation = kh_checklist_print_operation_new (answers, date, directory, region);
  gtk_print_operation_set_export_filename (operation, filename);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
