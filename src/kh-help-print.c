/* kh-help-print.c: printing the help numbers of a region
 *
 * What a visitor can take away on paper: the emergency numbers and the
 * services of the region shown, with how to reach them and when. Nothing
 * about the visitor (no checklist answers) is ever part of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-help-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-help-print.h"
#include "kh-i18n.h"

typedef struct
{
  char        *markup;
  PangoLayout *layout;
  GArray      *page_starts; /* index of the first line of each page */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_free (job->markup);
  g_clear_object (&job->layout);
  g_clear_pointer (&job->page_starts, g_array_unref);
  g_free (job);
}

static const char *
contact_type_name (KhContact *contact)
{
  switch (kh_contact_get_contact_type (contact))
    {
    case KH_CONTACT_CALL:
      return C_ ("printed contact", "Phone");
    case KH_CONTACT_TEXT:
      return C_ ("printed contact", "Text");
    case KH_CONTACT_CHAT:
      return C_ ("printed contact", "Chat");
    case KH_CONTACT_WEB:
      return C_ ("printed contact", "Web");
    case KH_CONTACT_TTY:
      return C_ ("printed contact", "TTY");
    default:
      return "";
    }
}

static void
append_service (GString   *markup,
                KhService *service)
{
  g_autofree char *name = g_markup_escape_text (kh_service_get_name (service), -1);

  g_string_append_printf (markup, "\n<b>%s</b>\n", name);
  if (kh_service_get_description (service) != NULL)
    {
      g_autofree char *text = g_markup_escape_text (kh_service_get_description (service), -1);
      g_string_append_printf (markup, "%s\n", text);
    }

  for (guint i = 0; i < kh_service_get_n_contacts (service); i++)
    {
      KhContact       *contact = kh_service_get_contact (service, i);
      const char      *label = kh_contact_get_label (contact);
      g_autofree char *value = g_markup_escape_text (kh_contact_get_display_value (contact), -1);

      if (label != NULL)
        {
          g_autofree char *escaped = g_markup_escape_text (label, -1);
          g_string_append_printf (markup, "   %s: <b>%s</b>\n", escaped, value);
        }
      else
        g_string_append_printf (markup, "   %s: <b>%s</b>\n", contact_type_name (contact), value);
    }

  if (kh_service_get_hours (service) != NULL)
    {
      g_autofree char *hours = g_markup_escape_text (kh_service_get_hours (service), -1);
      /* Translators: on the printed help numbers; %s is e.g. "24 hours" */
      g_autofree char *line = g_strdup_printf (_ ("Hours: %s"), hours);
      g_string_append_printf (markup, "   %s\n", line);
    }
}

/**
 * kh_help_print_format:
 * @directory: the directory
 * @region: a region code
 *
 * Returns: (transfer full): the text to print, as Pango markup
 */
char *
kh_help_print_format (KhDirectory *directory,
                      const char  *region)
{
  g_autoptr (GPtrArray) services = NULL;
  GString  *markup = g_string_new (NULL);
  KhRegion *found;

  g_return_val_if_fail (KH_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (region != NULL, NULL);

  found = kh_directory_lookup_region (directory, region);

  {
    g_autofree char *title = g_markup_escape_text (_ ("Where to get help"), -1);
    g_string_append_printf (markup, "<span size='x-large' weight='bold'>%s</span>\n", title);
  }
  if (found != NULL)
    {
      g_autofree char *name = g_markup_escape_text (kh_region_get_name (found), -1);
      g_string_append_printf (markup, "%s\n", name);
      if (kh_region_get_emergency (found) != NULL)
        append_service (markup, kh_region_get_emergency (found));
      if (kh_region_get_advice (found) != NULL)
        {
          g_autofree char *advice = g_markup_escape_text (kh_region_get_advice (found), -1);
          g_string_append_printf (markup, "\n%s\n", advice);
        }
    }

  services = kh_directory_dup_services (directory, region);
  for (guint i = 0; i < services->len; i++)
    append_service (markup, g_ptr_array_index (services, i));

  if (kh_directory_get_reviewed (directory) != NULL)
    {
      g_autofree char *date = kh_i18n_format_date (kh_directory_get_reviewed (directory));
      /* Translators: at the end of the printed help numbers; %s is a date */
      g_autofree char *line = g_strdup_printf (_ ("Numbers last checked: %s. Kratom Help."), date);
      g_autofree char *escaped = g_markup_escape_text (line, -1);
      g_string_append_printf (markup, "\n<small>%s</small>\n", escaped);
    }

  return g_string_free (markup, FALSE);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double                width = gtk_print_context_get_width (context);
  double                height = gtk_print_context_get_height (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 11");
  PangoLayoutIter      *iter;
  double                page_top = 0;
  int                   line = 0;

  job->layout = gtk_print_context_create_pango_layout (context);
  pango_layout_set_font_description (job->layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (job->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (job->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (job->layout, job->markup, -1);

  /* Break pages between lines, never through one. */
  job->page_starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (job->page_starts, line);
  iter = pango_layout_get_iter (job->layout);
  do
    {
      PangoRectangle rect;
      double         bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &rect);
      bottom = (double) (rect.y + rect.height) / PANGO_SCALE;
      if (bottom - page_top > height && line > 0)
        {
          g_array_append_val (job->page_starts, line);
          page_top = (double) rect.y / PANGO_SCALE;
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  gtk_print_operation_set_n_pages (operation, job->page_starts->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t         *cr = gtk_print_context_get_cairo_context (context);
  int              first = g_array_index (job->page_starts, int, page);
  int              last = (guint) page + 1 < job->page_starts->len ? g_array_index (job->page_starts, int, page + 1)
                                                                   : pango_layout_get_line_count (job->layout);
  PangoLayoutIter *iter = pango_layout_get_iter (job->layout);
  double           top = -1;

  /* One walk through the lines: skip to the page's first, draw to its last. */
  for (int i = 0; i < first; i++)
    pango_layout_iter_next_line (iter);

  for (int i = first; i < last; i++, pango_layout_iter_next_line (iter))
    {
      PangoRectangle rect;
      int            baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &rect);
      baseline = pango_layout_iter_get_baseline (iter);
      if (top < 0)
        top = (double) rect.y / PANGO_SCALE;

      cairo_move_to (cr, (double) rect.x / PANGO_SCALE, (double) baseline / PANGO_SCALE - top);
      pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
    }

  pango_layout_iter_free (iter);
}

/**
 * kh_help_print_operation_new:
 * @directory: the directory
 * @region: the region whose numbers to print
 *
 * Returns: (transfer full): a print operation ready to run; it keeps no
 *   settings and adds nothing to the recent files
 */
GtkPrintOperation *
kh_help_print_operation_new (KhDirectory *directory,
                             const char  *region)
{
  GtkPrintOperation *operation;
  PrintJob          *job;

  g_return_val_if_fail (KH_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (region != NULL, NULL);

  job = g_new0 (PrintJob, 1);
  job->markup = kh_help_print_format (directory, region);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, _ ("Where to get help"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  g_object_set_data_full (G_OBJECT (operation), "kh-print-job", job, print_job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  return operation;
}

/**
 * kh_help_print_export_pdf:
 * @path: where to write the PDF
 *
 * Writes what printing would print into a PDF file, without a dialog.
 *
 * Returns: %TRUE on success
 */
gboolean
kh_help_print_export_pdf (KhDirectory *directory,
                          const char  *region,
                          const char  *path,
                          GError     **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  operation = kh_help_print_operation_new (directory, region);
  gtk_print_operation_set_export_filename (operation, path);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) !=
         GTK_PRINT_OPERATION_RESULT_ERROR;
}
