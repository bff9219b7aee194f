/* bench-bare-stack.c: the floor of the page-switch benchmark
 *
 * A bare GTK 4 window with a GtkStack of pages that hold the same text
 * as the app's pages, as plain wrapped GtkLabels in a scrolled column of
 * the same width: what showing that much text costs at all. The text
 * comes from the app itself (KH_BENCH_DUMP_TEXT, see src/kh-bench.c);
 * the pages are switched and timed the same way as the app's.
 *
 *   bench-bare-stack TEXT-FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kh-bench.h"

static char *text_path;

static GtkWidget *
new_page (GtkWidget **column)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* the app's column: 720 px, right of a 220 px list of pages */
  *column = g_object_new (GTK_TYPE_BOX,
                          "orientation", GTK_ORIENTATION_VERTICAL,
                          "spacing", 12,
                          "margin-start", 250,
                          "margin-end", 30,
                          "margin-top", 24,
                          "margin-bottom", 24,
                          NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), *column);
  return scroller;
}

static void
activate_cb (GtkApplication *app)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *column = NULL;

  if (!g_file_get_contents (text_path, &text, NULL, &error))
    g_error ("%s", error->message);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      gsize       len = strlen (line);

      if (len > 2 && line[0] == '[' && line[len - 1] == ']')
        {
          g_autofree char *id = g_strndup (line + 1, len - 2);

          gtk_stack_add_named (GTK_STACK (stack), new_page (&column), id);
          g_strv_builder_add (ids, id);
        }
      else if (len > 0 && column != NULL)
        {
          g_auto (GStrv) parts = g_strsplit (line, "\\n", -1);
          g_autofree char *joined = g_strjoinv ("\n", parts);
          GtkWidget       *label = gtk_label_new (joined);

          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_box_append (GTK_BOX (column), label);
        }
    }

  gtk_window_set_title (GTK_WINDOW (window), "Bare stack");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  gtk_window_set_child (GTK_WINDOW (window), stack);
  g_object_set_data (G_OBJECT (window), "kh-bench-stack", stack);
  g_object_set_data_full (G_OBJECT (window), "kh-bench-pages", g_strv_builder_end (ids), (GDestroyNotify) g_strfreev);
  kh_bench_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GtkApplication) app = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s TEXT-FILE\n", argv[0]);
      return 2;
    }
  text_path = argv[1];

  app = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
