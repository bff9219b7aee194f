/* kh-bench.c: start-up and page-switch timing, only when a benchmark asks
 *
 * tools/bench-startup starts the app with KH_BENCH_T0_US set to the
 * CLOCK_MONOTONIC time (µs) just before exec. The app then prints, after
 * its first painted frame,
 *   RESULT first_frame_ms=…
 * and, with KH_BENCH_SWITCH=1, shows every page in turn, twice, and adds
 *   switch_median_ms=… switch_max_ms=… revisit_median_ms=… revisit_max_ms=…
 * (each from the page change to the end of its first paint; the first
 * round builds each page, the second shows it again), then quits.
 * Without the variable nothing here runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-bench"

#include "config.h"

#include "kh-bench.h"
#include "kh-window.h"

typedef struct
{
  GtkWindow     *window;
  GdkFrameClock *clock;
  gulong         handler;
  gint64         t0;
  gint64         switch_start;
  GArray        *switch_times;
  GArray        *revisit_times;
  guint          n_unique;
  GStrv          pages;
  guint          next_page;
  GString       *result;
} Bench;

static void after_paint_cb (GdkFrameClock *clock,
                            Bench         *bench);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
finish (Bench *bench)
{
  g_signal_handler_disconnect (bench->clock, bench->handler);

  if (bench->switch_times != NULL && bench->switch_times->len > 0)
    {
      g_array_sort (bench->switch_times, compare_doubles);
      g_string_append_printf (bench->result, " switch_median_ms=%.2f switch_max_ms=%.2f",
                              g_array_index (bench->switch_times, double, bench->switch_times->len / 2),
                              g_array_index (bench->switch_times, double, bench->switch_times->len - 1));
      g_array_sort (bench->revisit_times, compare_doubles);
      if (bench->revisit_times->len > 0)
        g_string_append_printf (bench->result, " revisit_median_ms=%.2f revisit_max_ms=%.2f",
                                g_array_index (bench->revisit_times, double, bench->revisit_times->len / 2),
                                g_array_index (bench->revisit_times, double, bench->revisit_times->len - 1));
    }

  g_print ("%s\n", bench->result->str);
  g_application_quit (g_application_get_default ());
}

static gboolean
switch_next_cb (gpointer user_data)
{
  Bench *bench = user_data;

  if (bench->pages[bench->next_page] == NULL)
    {
      finish (bench);
      return G_SOURCE_REMOVE;
    }

  bench->switch_start = g_get_monotonic_time ();
  kh_window_show_page (KH_WINDOW (bench->window), bench->pages[bench->next_page++]);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  if (bench->result->len == 0)
    {
      g_string_append_printf (bench->result, "RESULT first_frame_ms=%.2f",
                              (now - bench->t0) / 1000.0);
      if (bench->switch_times == NULL)
        {
          finish (bench);
          return;
        }
    }
  else if (bench->switch_start != 0)
    {
      double ms = (now - bench->switch_start) / 1000.0;

      g_array_append_val (bench->next_page <= bench->n_unique ? bench->switch_times : bench->revisit_times, ms);
      if (g_getenv ("KH_BENCH_VERBOSE"))
        g_printerr ("%s: %.1f ms\n", bench->pages[bench->next_page - 1], ms);
      bench->switch_start = 0;
    }
  else
    return;

  g_idle_add (switch_next_cb, bench);
}

static void
realized_cb (GtkWidget *widget,
             Bench     *bench)
{
  bench->clock = gtk_widget_get_frame_clock (widget);
  bench->handler = g_signal_connect (bench->clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

/**
 * kh_bench_watch:
 * @window: the window about to be shown
 *
 * Times the first frame (and page switches) if a benchmark asked for it
 * through KH_BENCH_T0_US; does nothing otherwise.
 */
void
kh_bench_watch (GtkWindow *window)
{
  const char *t0 = g_getenv ("KH_BENCH_T0_US");
  Bench      *bench;

  if (t0 == NULL)
    return;

  /* Lives until the process ends: the benchmark quits right after. */
  bench = g_new0 (Bench, 1);
  bench->window = window;
  bench->t0 = g_ascii_strtoll (t0, NULL, 10);
  bench->result = g_string_new (NULL);
  if (g_strcmp0 (g_getenv ("KH_BENCH_SWITCH"), "1") == 0 && KH_IS_WINDOW (window) &&
      kh_window_get_content (KH_WINDOW (window)) != NULL)
    {
      bench->switch_times = g_array_new (FALSE, FALSE, sizeof (double));
      g_auto (GStrv) ids = kh_content_dup_page_ids (kh_window_get_content (KH_WINDOW (window)));
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

      /* every page once (built on the way), then every page again */
      g_strv_builder_addv (builder, (const char **) ids);
      g_strv_builder_addv (builder, (const char **) ids);
      bench->pages = g_strv_builder_end (builder);
      bench->n_unique = g_strv_length (ids);
      bench->revisit_times = g_array_new (FALSE, FALSE, sizeof (double));
    }

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realized_cb (GTK_WIDGET (window), bench);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realized_cb), bench);
}
