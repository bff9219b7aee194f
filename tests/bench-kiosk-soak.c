/* bench-kiosk-soak.c: thousands of kiosk visits; nothing may pile up
 *
 * Each visit fills in the checklist and shows the result, searches,
 * goes through every page, opens the questions and changes the region,
 * then ends. Live GObjects (GOBJECT_DEBUG=instance-count) and RSS are
 * sampled as it goes; after warm-up they must not grow.
 *
 *   KH_SOAK_VISITS=10000 meson test -C build --benchmark kiosk-soak -v
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <unistd.h>

#include "kh-application.h"
#include "kh-checklist-page.h"
#include "kh-help-page.h"
#include "kh-search-page.h"
#include "kh-window.h"

/* Live instances of every GObject type. Needs GOBJECT_DEBUG=instance-count
 * and a GLib built with debugging (G_ENABLE_DEBUG); Debian's is not, and
 * then every count is 0, so the widgets in the window are counted too. */
static guint
count_instances (GType type)
{
  guint  n = g_type_get_instance_count (type);
  guint  n_children;
  GType *children = g_type_children (type, &n_children);

  for (guint i = 0; i < n_children; i++)
    n += count_instances (children[i]);
  g_free (children);

  return n;
}

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);

  return n;
}

static long
rss_kib (void)
{
  long  pages = 0, resident = 0;
  FILE *file = fopen ("/proc/self/statm", "r");

  if (file == NULL)
    return -1;
  if (fscanf (file, "%ld %ld", &pages, &resident) != 2)
    resident = -1;
  fclose (file);

  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static void
drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
collapse_or_open (GtkWidget *widget,
                  gboolean   open)
{
  if (GTK_IS_EXPANDER (widget))
    gtk_expander_set_expanded (GTK_EXPANDER (widget), open);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collapse_or_open (child, open);
}

static void
visit (KhApplication *app,
       KhWindow      *window,
       guint          n)
{
  static const char *pages[] = { "overview", "signs", "helping", "treatment", "faq", "checklist", "help" };
  static const char *queries[] = { "withdrawal", "liver", "help", "sleep" };
  KhChecklistPage   *checklist_page;
  KhChecklist       *checklist;
  GtkWidget         *page;

  /* A visit's end drops the pages: showing one builds it again. */
  kh_window_show_page (window, "checklist");
  checklist_page = KH_CHECKLIST_PAGE (kh_window_get_page_widget (window, "checklist"));
  checklist = kh_checklist_page_get_checklist (checklist_page);
  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    kh_checklist_answers_set_answer (kh_checklist_page_get_answers (checklist_page), i, (i + n) % 3 ? KH_CHECKLIST_ANSWER_YES : KH_CHECKLIST_ANSWER_NO);
  kh_checklist_page_show_result (checklist_page);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  kh_search_page_set_query (KH_SEARCH_PAGE (kh_window_get_page_widget (window, "search")),
                            queries[n % G_N_ELEMENTS (queries)]);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      kh_window_show_page (window, pages[i]);
      page = kh_window_get_page_widget (window, pages[i]);
      if (g_str_equal (pages[i], "faq"))
        collapse_or_open (page, TRUE);
      else if (g_str_equal (pages[i], "help"))
        kh_help_page_set_region (KH_HELP_PAGE (page), n % 2 ? "GB" : "US");
    }

  kh_window_set_text_scale (window, 1.5);
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-over", NULL);
  drain ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (KhApplication) app = NULL;
  g_autoptr (GError) error = NULL;
  const char *env = g_getenv ("KH_SOAK_VISITS");
  guint       n_visits = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 2000;
  guint       sample_every = MAX (n_visits / 20, 1);
  guint       warm_up = MAX (n_visits / 10, 1);
  guint       objects_after_warm_up = 0, max_objects = 0;
  guint       widgets_after_warm_up = 0, max_widgets = 0;
  long        rss_after_warm_up = 0, max_rss = 0;
  gint64      start;
  KhWindow   *window;

  gtk_init ();

  app = kh_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  kh_application_enable_kiosk (app);
  g_application_activate (G_APPLICATION (app));
  window = KH_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  /* build every page once */
  kh_window_show_page (window, "checklist");
  kh_window_show_page (window, "help");
  drain ();

  g_print ("# %u visits; GObjects counted: %s\n", n_visits,
           g_getenv ("GOBJECT_DEBUG") ? g_getenv ("GOBJECT_DEBUG") : "(set GOBJECT_DEBUG=instance-count)");
  g_print ("# visit\tobjects\twidgets\tRSS KiB\tms/visit\n");

  start = g_get_monotonic_time ();
  for (guint n = 1; n <= n_visits; n++)
    {
      visit (app, window, n);

      if (n % sample_every == 0 || n == warm_up)
        {
          guint objects = count_instances (G_TYPE_OBJECT);
          guint widgets = count_widgets (GTK_WIDGET (window));
          long  rss = rss_kib ();

          g_print ("%u\t%u\t%u\t%ld\t%.1f\n", n, objects, widgets, rss,
                   (g_get_monotonic_time () - start) / 1000.0 / n);
          if (n == warm_up)
            {
              objects_after_warm_up = objects;
              widgets_after_warm_up = widgets;
              rss_after_warm_up = rss;
            }
          else if (n > warm_up)
            {
              max_objects = MAX (max_objects, objects);
              max_widgets = MAX (max_widgets, widgets);
              max_rss = MAX (max_rss, rss);
            }
        }
    }

  g_print ("# after warm-up (%u visits): %u objects, %u widgets, %ld KiB; "
           "at most later: %u objects, %u widgets, %ld KiB; %.1f s\n",
           warm_up, objects_after_warm_up, widgets_after_warm_up, rss_after_warm_up,
           max_objects, max_widgets, max_rss,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  /* Objects must not grow at all; RSS may move by allocator noise. */
  if (g_getenv ("GOBJECT_DEBUG") != NULL && max_objects > objects_after_warm_up)
    {
      g_printerr ("Live objects grew from %u to %u\n", objects_after_warm_up, max_objects);
      return 1;
    }
  if (max_widgets > widgets_after_warm_up)
    {
      g_printerr ("Widgets grew from %u to %u\n", widgets_after_warm_up, max_widgets);
      return 1;
    }
  if (max_rss > rss_after_warm_up + 16 * 1024)
    {
      g_printerr ("RSS grew from %ld to %ld KiB\n", rss_after_warm_up, max_rss);
      return 1;
    }

  g_settings_set_string (kh_application_get_settings (app), "kiosk-exit-pin", "1");
  kh_kiosk_try_exit (kh_application_get_kiosk (app), "1");
  drain ();

  return 0;
}
