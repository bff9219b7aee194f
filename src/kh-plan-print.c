/* kh-plan-print.c: the plan on one printed page
 *
 * The lines are the plan's summary (kh_plan_build_summary()), fixed when
 * the operation is made, drawn on one page by kh-print-page.c as the
 * checklist's summary is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-plan-print.h"
#include "kh-print-page.h"

/* In points, by KhPlanLineStyle. */
static const KhPrintStyle styles[] = {
  [KH_PLAN_LINE_TITLE] = { 17, 0, 0, TRUE },
  [KH_PLAN_LINE_HEADING] = { 11.5, 11, 0, TRUE },
  [KH_PLAN_LINE_STRONG] = { 10.5, 4, 0, TRUE },
  [KH_PLAN_LINE_BODY] = { 10.5, 3, 0, FALSE },
  [KH_PLAN_LINE_BULLET] = { 10.5, 2, 14, FALSE },
  [KH_PLAN_LINE_SMALL] = { 8.5, 12, 0, FALSE },
};

/**
 * kh_plan_print_operation_new:
 * @plan: the plan
 * @date: the day to put on it
 * @directory: where the help numbers come from
 * @region: the region whose numbers are printed (as Get help shows)
 *
 * Returns: (transfer full): an operation that prints the plan on one
 *   page, to be run once
 */
GtkPrintOperation *
kh_plan_print_operation_new (KhPlan      *plan,
                             GDateTime   *date,
                             KhDirectory *directory,
                             const char  *region)
{
  GPtrArray *lines;
  g_autoptr (GArray) page = NULL;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);

  /* Fixed now, so a change made while the dialog is open cannot make
   * the preview and the page disagree. */
  lines = kh_plan_build_summary (plan, date, directory, region);
  page = g_array_sized_new (FALSE, TRUE, sizeof (KhPrintParagraph), lines->len);
  for (guint i = 0; i < lines->len; i++)
    {
      KhPlanLine      *line = g_ptr_array_index (lines, i);
      KhPrintParagraph printed = { line->style, line->text };

      if (line->style == KH_PLAN_LINE_BULLET)
        {
          printed.marker = "•";
          printed.marker_x = 3;
        }
      printed.rule_after = line->style == KH_PLAN_LINE_TITLE;
      g_array_append_val (page, printed);
    }

  /* A neutral name: print queues can be seen by others. */
  return kh_print_page_operation_new (_ ("Summary"), styles, G_N_ELEMENTS (styles), page, lines,
                                      (GDestroyNotify) g_ptr_array_unref);
}

/**
 * kh_plan_print_to_pdf:
 * @filename: where to write the PDF
 * @error: return location for an error
 *
 * Writes the plan's page to a PDF file without a dialog.
 *
 * Returns: whether the file was written
 */
gboolean
kh_plan_print_to_pdf (KhPlan      *plan,
                      GDateTime   *date,
                      KhDirectory *directory,
                      const char  *region,
                      const char  *filename,
                      GError     **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (KH_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  operation = kh_plan_print_operation_new (plan, date, directory, region);
  gtk_print_operation_set_export_filename (operation, filename);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) !=
         GTK_PRINT_OPERATION_RESULT_ERROR;
}
