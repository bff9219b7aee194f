/* kh-print-page.c: a summary printed on one page
 *
 * The checklist's summary and My plan are both a column of styled
 * paragraphs that must fit one page: the type shrinks until they do.
 * This draws them; the callers decide what the paragraphs say and how
 * each style looks. No print settings are loaded or kept, so the next
 * person at a kiosk finds no trace in the print dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-print-page"

#include "config.h"

#include "kh-print-page.h"

#define PAGE_MARGIN_MM 18.0

typedef struct
{
  const KhPrintStyle *styles;
  guint               n_styles;
  GArray             *paragraphs;
  gpointer            owner;
  GDestroyNotify      owner_free;
} PrintPage;

static void
print_page_free (gpointer  data,
                 GClosure *closure)
{
  PrintPage *page = data;

  g_array_unref (page->paragraphs);
  if (page->owner_free != NULL)
    page->owner_free (page->owner);
  g_free (page);
}

static PangoLayout *
create_layout (GtkPrintContext *context,
               const char      *text,
               double           size,
               gboolean         bold,
               double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, pango_units_from_double (width));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* Lays out (and, given @cr, draws) the page at @scale.
 *
 * Returns: its height */
static double
render (GtkPrintContext *context,
        cairo_t         *cr,
        PrintPage       *page,
        double           scale)
{
  double width = gtk_print_context_get_width (context);
  double y = 0;

  for (guint i = 0; i < page->paragraphs->len; i++)
    {
      const KhPrintParagraph *paragraph = &g_array_index (page->paragraphs, KhPrintParagraph, i);
      const KhPrintStyle     *style = &page->styles[MIN (paragraph->style, page->n_styles - 1)];
      double                  size = style->size * scale;
      double                  indent = style->indent * scale;
      g_autoptr (PangoLayout) layout = NULL;
      int height;

      if (i > 0)
        y += style->space_before * scale;

      layout = create_layout (context, paragraph->text, size, style->bold, width - indent);
      pango_layout_get_size (layout, NULL, &height);

      if (cr != NULL)
        {
          if (paragraph->marker != NULL)
            {
              g_autoptr (PangoLayout) marker = NULL;

              marker = create_layout (context, paragraph->marker, size, paragraph->marker_bold, -1);
              cairo_move_to (cr, paragraph->marker_x * scale, y);
              pango_cairo_show_layout (cr, marker);
            }

          cairo_move_to (cr, indent, y);
          pango_cairo_show_layout (cr, layout);
        }

      y += pango_units_to_double (height);

      if (paragraph->rule_after)
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
              PrintPage         *page)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double   height = gtk_print_context_get_height (context);
  double   scale = 1.0;

  /* Always one page: shrink the type until it all fits. */
  while (scale > 0.5 && render (context, NULL, page, scale) > height)
    scale *= 0.93;

  cairo_set_source_rgb (cr, 0, 0, 0);
  render (context, cr, page, scale);
}

/**
 * kh_print_page_operation_new:
 * @job_name: a neutral name: print queues can be seen by others
 * @styles: (array length=n_styles): how each style looks; must outlive
 *   the operation (a static table)
 * @paragraphs: (transfer none): #KhPrintParagraph, in order
 * @owner: (transfer full) (nullable): what the paragraphs' strings
 *   point into
 * @owner_free: (nullable): frees @owner with the operation
 *
 * Makes an operation that prints @paragraphs on one page, with default
 * settings, to be run once.
 *
 * Returns: (transfer full): the operation
 */
GtkPrintOperation *
kh_print_page_operation_new (const char         *job_name,
                             const KhPrintStyle *styles,
                             guint               n_styles,
                             GArray             *paragraphs,
                             gpointer            owner,
                             GDestroyNotify      owner_free)
{
  g_autoptr (GtkPageSetup) page_setup = NULL;
  GtkPrintOperation *operation;
  PrintPage         *page;

  g_return_val_if_fail (job_name != NULL, NULL);
  g_return_val_if_fail (styles != NULL && n_styles > 0, NULL);
  g_return_val_if_fail (paragraphs != NULL, NULL);

  page = g_new0 (PrintPage, 1);
  page->styles = styles;
  page->n_styles = n_styles;
  page->paragraphs = g_array_ref (paragraphs);
  page->owner = owner;
  page->owner_free = owner_free;

  page_setup = gtk_page_setup_new ();
  gtk_page_setup_set_top_margin (page_setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (page_setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (page_setup, PAGE_MARGIN_MM, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (page_setup, PAGE_MARGIN_MM, GTK_UNIT_MM);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, job_name);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), NULL);
  /* The handler owns the page: it goes with the operation. */
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb), page, print_page_free, 0);

  return operation;
}
