/* bench-content.c: time to load and validate all bundled content
 *
 * Loads the five sections, the checklist and the help directory from the
 * GResource with full validation, as the app does at start, 100 times,
 * and compares the median with reading the same bytes without parsing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kh-checklist.h"
#include "kh-content.h"
#include "kh-directory.h"
#include "kh-untrusted-file.h"

#define RUNS 100

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (void)
{
  static const char *const files[] = { "index.json", "overview.json", "signs.json", "helping.json",
                                       "treatment.json", "faq.json", "checklist.json", "directory.json" };
  g_autoptr (GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) read = g_array_new (FALSE, FALSE, sizeof (double));
  gsize bytes = 0;

  for (guint run = 0; run < RUNS + 5; run++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr (KhContent) content = kh_content_new_bundled (&error);
      g_autoptr (KhChecklist) checklist = kh_checklist_new_bundled (&error);
      g_autoptr (KhDirectory) directory = kh_directory_new_bundled (&error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (content == NULL || checklist == NULL || directory == NULL)
        g_error ("bundled content is broken: %s", error ? error->message : "?");

      start = g_get_monotonic_time ();
      bytes = 0;
      for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        {
          g_autofree char *uri = g_strconcat (KH_CONTENT_RESOURCE_URI, files[i], NULL);
          g_autoptr (GFile) file = g_file_new_for_uri (uri);
          g_autoptr (GBytes) data = kh_untrusted_file_read_content (file, NULL);

          bytes += g_bytes_get_size (data);
        }

      if (run >= 5)
        {
          double read_ms = (g_get_monotonic_time () - start) / 1000.0;

          g_array_append_val (load, ms);
          g_array_append_val (read, read_ms);
        }
    }

  g_array_sort (load, compare_doubles);
  g_array_sort (read, compare_doubles);
  g_print ("bundled content: %zu bytes in %zu files (compacted)\n", bytes, G_N_ELEMENTS (files));
  g_print ("load and validate: median %.2f ms, max %.2f ms over %d runs\n",
           g_array_index (load, double, RUNS / 2), g_array_index (load, double, RUNS - 1), RUNS);
  g_print ("reading the bytes alone: median %.3f ms; ratio %.1f\n",
           g_array_index (read, double, RUNS / 2),
           g_array_index (load, double, RUNS / 2) / g_array_index (read, double, RUNS / 2));

  return 0;
}
