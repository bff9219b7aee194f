/* kh-plan-print.c: the plan on one printed page
 *
 * The lines are the plan's summary (kh_plan_build_summary()), fixed when
 * the operation is made; the type shrinks until they fit one page, as
 * the checklist's summary does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-plan-print.h"

/* In points, by KhPlanLineStyle. */
static const struct
{
  double   size;
  double   space_before;
  double   indent;
  gboolean bold;
} styles[] = {
  [KH_PLAN_LINE_TITLE] = { 17, 0, 0, TRUE },
  [KH_PLAN_LINE_HEADING] = { 11.5, 11, 0, TRUE },
  [KH_PLAN_LINE_STRONG] = { 10.5, 4, 0, TRUE },
  [KH_PLAN_LINE_BODY] = { 10.5, 3, 0, FALSE },
  [KH_PLAN_LINE_BULLET] = { 10.5, 2, 14, FALSE },
  [KH_PLAN_LINE_SMALL] = { 8.5, 12, 0, FALSE },
};

#define PAGE_MARGIN_MM 18.0

static PangoLayout *
create_layout (GtkPrintContext *context,
               KhPlanLine      *line,
               double           scale,
               double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Sans");
  g_autofree char *text = NULL;

  pango_font_description_set_size (font, (int) (styles[line->style].size * scale * PANGO_SCALE));
  if (styles[line->style].bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  text = line->style == KH_PLAN_LINE_BULLET ? g_strconcat ("• ", line->text, NULL) : g_strdup (line->text);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* Lays out (and, given @cr, draws) the lines at @scale; returns the
 * height used. */
static double
render (GtkPrintContext *context,
        cairo_t         *cr,
        GPtrArray       *lines,
        double           scale)
{
  double width = gtk_print_context_get_width (context);
  double y = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      KhPlanLine *line = g_ptr_array_index (lines, i);
      double      indent = styles[line->style].indent * scale;
      g_autoptr (PangoLayout) layout = NULL;
      int height;

      if (i > 0)
        y += styles[line->style].space_before * scale;

      layout = create_layout (context, line, scale, width - indent);
      pango_layout_get_size (layout, NULL, &height);
      if (cr != NULL)
        {
          cairo_move_to (cr, indent, y);
          pango_cairo_show_layout (cr, layout);
        }
      y += pango_units_to_double (height);

      if (line->style == KH_PLAN_LINE_TITLE)
        {
          y += 6 * scale;
          if (cr != NULL)
            {
              cairo_set_line_width (cr, 0.75);
              cairo_move_to (cr, 0, y);
              cairo_line_to (cr, width, y);
              cairo_stroke (cr);
            }
          y += 2 * scale;
        }
    }

  return y;
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              GPtrArray         *lines)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double   height = gtk_print_context_get_height (context);
  double   scale = 1.0;

  /* Always one page: shrink the type until the plan fits. */
  while (scale > 0.5 && render (context, NULL, lines, scale) > height)
    scale *= 0.93;

  cairo_set_source_rgb (cr, 0, 0, 0);
  render (context, cr, lines, scale);
}

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
  g_autoptr (GtkPageSetup) page_setup = NULL;
  GtkPrintOperation *operation;
  GPtrArray         *lines;

  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);

  /* Fixed now, so a change made while the dialog is open cannot make
   * the preview and the page disagree. */
  lines = kh_plan_build_summary (plan, date, directory, region);

  page_setup = gtk_page_setup_new ();
  gtk_page_setup_set_top_margin (page_setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (page_setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (page_setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (page_setup, PAGE_MARGIN_MM, GTK_UNIT_MM);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, 1);
  /* A neutral name: print queues can be seen by others. */
  gtk_print_operation_set_job_name (operation, _ ("Summary"));
  g_object_set_data_full (G_OBJECT (operation), "kh-plan-lines", lines, (GDestroyNotify) g_ptr_array_unref);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), lines);

  return operation;
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
