/* kh-bench.c: start-up and page-switch timing, only when a benchmark asks
 *
 * tools/bench-startup starts the app with KH_BENCH_T0_US set to the
 * CLOCK_MONOTONIC time (µs) just before exec. The app then prints, after
 * its first painted frame,
 *   RESULT first_frame_ms=…
 *   window_ms=… window_cpu_ms=… style_ms=… …  start-up by phase (see Mark):
 *                                          each from the phase before, on
 *                                          the clock and in the main
 *                                          thread's CPU time (the
 *                                          difference is time spent
 *                                          waiting: on the X server, the
 *                                          session bus, another thread)
 * and, with KH_BENCH_SWITCH=1, shows every page in turn, then every page
 * again KH_BENCH_ROUNDS times (2 unless set), and adds
 *   switch_median_ms=… switch_max_ms=…     first visits (page built)
 *   revisit_median_ms=… revisit_max_ms=…   later visits
 *   layout_ms=… paint_ms=…                 the median later visit's frame:
 *                                          style, measure and allocate;
 *                                          snapshot and render
 *   switch_cpu_ms=… revisit_cpu_ms=…       the same in the main thread's
 *                                          CPU time, which the machine's
 *                                          load hardly changes
 *   frame_max_ms=…                         the longest frame while a page
 *                                          was built in steps (CPU time)
 *   stall_max_ms=…                         the longest the main loop was
 *                                          busy (input waited) meanwhile
 *                                          (CPU time)
 * then quits. Each switch starts once the window has been quiet for a
 * while (no frame for 60 ms), so it times the work of showing a page,
 * not the frame clock's pacing; a switch counts from the page change to
 * the end of its first paint.
 *
 * KH_BENCH_DUMP_TEXT=FILE writes the text each page shows, for the floor
 * the benchmark compares against (tests/bench-bare-stack.c).
 *
 * Under valgrind --tool=callgrind --collect-atstart=no,
 * KH_BENCH_PROFILE=first|later collects instructions only during those
 * switches and dumps them by phase (tools/profile-switch reads them):
 *   show    the page change itself (building a page on a first visit)
 *   layout  style, measure, allocate of the frames
 *   paint   snapshot and render
 *   steps   what runs between frames (the rest of a page built in steps)
 * KH_BENCH_PROFILE=startup collects from exec to the first frame.
 *
 * Without KH_BENCH_T0_US nothing here runs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-bench"

#include "config.h"

#include <stdio.h>
#include <time.h>

#ifdef HAVE_VALGRIND_CALLGRIND_H
#include <valgrind/callgrind.h>
#endif

#include "kh-bench.h"
#include "kh-window.h"

#ifndef HAVE_VALGRIND_CALLGRIND_H
#define RUNNING_ON_VALGRIND 0
#define CALLGRIND_TOGGLE_COLLECT \
  do                             \
    {                            \
    }                            \
  while (0)
#define CALLGRIND_DUMP_STATS_AT(x) \
  do                               \
    {                              \
    }                              \
  while (0)
#endif

/* The window counts as settled when this long passes with no frame. */
#define QUIET_MS 60
/* How often the main loop is checked for being busy while a page builds. */
#define HEARTBEAT_MS 2

typedef enum
{
  PROFILE_NONE,
  PROFILE_STARTUP,
  PROFILE_FIRST,
  PROFILE_LATER,
} Profile;

/* Where start-up's time goes, by phase, each ending at its mark:
 *   window   exec to the window handed to the benchmark: GTK's and the
 *            app's start-up, the window's template
 *   style    the rest of building the window, and styling it (GTK
 *            styles a window before it realizes it)
 *   measure  measuring it for its size, and mapping it
 *   map      to the first frame
 *   layout   the first frame's layout
 *   paint    its paint */
typedef enum
{
  MARK_WATCH,
  MARK_REALIZE,
  MARK_MAP,
  MARK_FRAME,
  MARK_LAYOUT,
  MARK_PAINT,
  N_MARKS
} Mark;

static const char *const mark_names[N_MARKS] = { "window", "style", "measure", "map", "layout", "paint" };

typedef struct
{
  GtkWindow     *window;
  GdkFrameClock *clock;
  gint64         t0;
  Profile        profile;
  gboolean       collecting;

  /* the pages to show, in order; the first n_unique are first visits */
  GStrv pages;
  guint n_unique;
  guint next_page;

  /* the switch being timed */
  gint64 switch_start;
  gint64 before_paint;
  gint64 layout_done;
  gint64 paint_done;
  gint64 last_beat_cpu;
  gint64 switch_start_cpu;
  gint64 before_paint_cpu;
  guint  n_frames;
  guint  n_painted; /* every frame, for telling when the window is quiet */
  guint  quiet_id;
  guint  heartbeat_id;
  guint  frames_at_quiet_check;
  double stall_max;
  double frame_max;

  /* start-up's phases: the clock and the main thread's CPU time at each
   * mark, µs since exec */
  gint64 marks[N_MARKS];
  gint64 mark_cpu[N_MARKS];

  GArray  *switch_times;
  GArray  *revisit_times;
  GArray  *revisit_layout;
  GArray  *revisit_paint;
  GArray  *switch_cpu;
  GArray  *revisit_cpu;
  GString *result;
} Bench;

/* The main thread's CPU time, µs: what a frame or a step cost, whatever
 * else the machine was doing meanwhile. */
static gint64
cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
mark (Bench *bench,
      Mark   which)
{
  if (bench->marks[which] != 0 || bench->result->len > 0)
    return;
  bench->marks[which] = g_get_monotonic_time () - bench->t0;
  bench->mark_cpu[which] = cpu_time ();
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_autoptr (GArray) sorted = NULL;

  if (values->len == 0)
    return 0;
  sorted = g_array_copy (values);
  g_array_sort (sorted, compare_doubles);
  return g_array_index (sorted, double, sorted->len / 2);
}

static double
maximum (GArray *values)
{
  double max = 0;

  for (guint i = 0; i < values->len; i++)
    max = MAX (max, g_array_index (values, double, i));
  return max;
}

static gboolean
profiling_this_switch (Bench *bench)
{
  if (bench->profile == PROFILE_FIRST)
    return bench->next_page <= bench->n_unique;
  if (bench->profile == PROFILE_LATER)
    return bench->next_page > bench->n_unique;
  return FALSE;
}

static void
set_collecting (Bench   *bench,
                gboolean collecting)
{
  if (bench->collecting == collecting)
    return;
  bench->collecting = collecting;
  CALLGRIND_TOGGLE_COLLECT;
}

static void
finish (Bench *bench)
{
  if (bench->switch_times != NULL)
    g_string_append_printf (bench->result,
                            " switch_median_ms=%.2f switch_max_ms=%.2f"
                            " revisit_median_ms=%.2f revisit_max_ms=%.2f"
                            " switch_cpu_ms=%.2f revisit_cpu_ms=%.2f"
                            " layout_ms=%.2f paint_ms=%.2f frame_max_ms=%.2f stall_max_ms=%.2f",
                            median (bench->switch_times), maximum (bench->switch_times),
                            median (bench->revisit_times), maximum (bench->revisit_times),
                            median (bench->switch_cpu), median (bench->revisit_cpu),
                            median (bench->revisit_layout), median (bench->revisit_paint),
                            bench->frame_max, bench->stall_max);

  g_print ("%s\n", bench->result->str);
  g_application_quit (g_application_get_default ());
}

static void
write_page_text (GtkWidget *widget,
                 FILE      *out)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget) && gtk_label_get_text (GTK_LABEL (widget))[0] != '\0')
    {
      g_auto (GStrv) lines = g_strsplit (gtk_label_get_text (GTK_LABEL (widget)), "\n", -1);
      g_autofree char *one_line = g_strjoinv ("\\n", lines);

      fprintf (out, "%s\n", one_line);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    write_page_text (child, out);
}

/* "[page id]" and then a line for each label shown on it (newlines in a
 * label written as \n). */
static void
dump_text (Bench *bench)
{
  const char *path = g_getenv ("KH_BENCH_DUMP_TEXT");
  FILE       *out;

  if (path == NULL || !(out = fopen (path, "w")))
    return;

  for (guint i = 0; i < bench->n_unique; i++)
    {
      GtkWidget *page = NULL;

      if (KH_IS_WINDOW (bench->window))
        page = kh_window_get_page_widget (KH_WINDOW (bench->window), bench->pages[i]);
      if (page == NULL)
        continue;
      fprintf (out, "[%s]\n", bench->pages[i]);
      /* the page itself is hidden when another is shown */
      for (GtkWidget *child = gtk_widget_get_first_child (page);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        write_page_text (child, out);
    }
  fclose (out);
}

static gboolean
heartbeat_cb (gpointer user_data)
{
  Bench *bench = user_data;
  gint64 cpu = cpu_time ();

  /* CPU time spent between two beats: how long input would have
   * waited, had the machine been ours alone */
  bench->stall_max = MAX (bench->stall_max, (cpu - bench->last_beat_cpu) / 1000.0);
  bench->last_beat_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

static gboolean quiet_cb (gpointer user_data);

static void
start_switch (Bench *bench)
{
  if (bench->pages[bench->next_page] == NULL)
    {
      dump_text (bench);
      finish (bench);
      return;
    }

  bench->n_frames = 0;
  bench->switch_start_cpu = cpu_time ();
  bench->switch_start = g_get_monotonic_time ();
  bench->next_page++;
  if (profiling_this_switch (bench))
    set_collecting (bench, TRUE);
  if (KH_IS_WINDOW (bench->window))
    kh_window_show_page (KH_WINDOW (bench->window), bench->pages[bench->next_page - 1]);
  else
    gtk_stack_set_visible_child_name (g_object_get_data (G_OBJECT (bench->window), "kh-bench-stack"),
                                      bench->pages[bench->next_page - 1]);
  if (bench->collecting)
    CALLGRIND_DUMP_STATS_AT ("show");

  bench->last_beat_cpu = cpu_time ();
  bench->heartbeat_id = g_timeout_add_full (G_PRIORITY_HIGH, HEARTBEAT_MS, heartbeat_cb, bench, NULL);
  bench->frames_at_quiet_check = G_MAXUINT;
  bench->quiet_id = g_timeout_add (QUIET_MS, quiet_cb, bench);
}

static gboolean settled_cb (gpointer user_data);

/* Waits for a stretch with no frame, then for nothing else to wait
 * either (pages built in steps or ahead of time, below): the page is
 * built and shown, as it is after a reader's first glance. */
static gboolean
quiet_cb (gpointer user_data)
{
  Bench *bench = user_data;

  if (bench->n_painted != bench->frames_at_quiet_check)
    {
      bench->frames_at_quiet_check = bench->n_painted;
      return G_SOURCE_CONTINUE;
    }

  bench->quiet_id = g_idle_add_full (G_PRIORITY_LOW + 100, settled_cb, bench, NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
settled_cb (gpointer user_data)
{
  Bench *bench = user_data;

  if (bench->n_painted != bench->frames_at_quiet_check)
    {
      bench->quiet_id = g_timeout_add (QUIET_MS, quiet_cb, bench);
      return G_SOURCE_REMOVE;
    }

  bench->quiet_id = 0;
  if (g_getenv ("KH_BENCH_VERBOSE") && bench->switch_start != 0)
    g_printerr ("  %u frames; longest step frame %.1f ms, stall %.1f ms (so far)\n", bench->n_frames,
                bench->frame_max, bench->stall_max);
  if (bench->collecting)
    CALLGRIND_DUMP_STATS_AT ("steps");
  set_collecting (bench, FALSE);
  g_clear_handle_id (&bench->heartbeat_id, g_source_remove);
  start_switch (bench);
  return G_SOURCE_REMOVE;
}

static void
before_paint_cb (GdkFrameClock *clock,
                 Bench         *bench)
{
  if (bench->collecting)
    CALLGRIND_DUMP_STATS_AT (bench->n_frames == 0 ? "show" : "steps");
  bench->before_paint = g_get_monotonic_time ();
  mark (bench, MARK_FRAME);
  bench->before_paint_cpu = cpu_time ();
}

static void
layout_cb (GdkFrameClock *clock,
           Bench         *bench)
{
  if (bench->collecting)
    CALLGRIND_DUMP_STATS_AT ("layout");
  bench->layout_done = g_get_monotonic_time ();
  mark (bench, MARK_LAYOUT);
}

static void
paint_cb (GdkFrameClock *clock,
          Bench         *bench)
{
  if (bench->collecting)
    CALLGRIND_DUMP_STATS_AT ("paint");
  bench->paint_done = g_get_monotonic_time ();
  mark (bench, MARK_PAINT);
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  bench->n_painted++;
  if (bench->result->len == 0)
    {
      g_string_append_printf (bench->result, "RESULT first_frame_ms=%.2f", (now - bench->t0) / 1000.0);
      /* each phase from the mark before it, on the clock and in CPU time */
      for (guint i = 0; i < N_MARKS; i++)
        g_string_append_printf (bench->result, " %s_ms=%.2f %s_cpu_ms=%.2f", mark_names[i],
                                (bench->marks[i] - (i > 0 ? bench->marks[i - 1] : 0)) / 1000.0, mark_names[i],
                                (bench->mark_cpu[i] - (i > 0 ? bench->mark_cpu[i - 1] : 0)) / 1000.0);
      if (bench->profile == PROFILE_STARTUP)
        {
          CALLGRIND_DUMP_STATS_AT ("startup");
          set_collecting (bench, FALSE);
        }
      if (bench->switch_times == NULL)
        finish (bench);
      else
        bench->quiet_id = g_timeout_add (QUIET_MS, quiet_cb, bench);
      return;
    }

  if (bench->switch_start == 0)
    return;

  if (bench->n_frames == 0)
    {
      double   ms = (now - bench->switch_start) / 1000.0;
      double   cpu_ms = (cpu_time () - bench->switch_start_cpu) / 1000.0;
      gboolean first = bench->next_page <= bench->n_unique;

      g_array_append_val (first ? bench->switch_times : bench->revisit_times, ms);
      g_array_append_val (first ? bench->switch_cpu : bench->revisit_cpu, cpu_ms);
      if (!first)
        {
          double layout = (bench->layout_done - bench->before_paint) / 1000.0;
          double paint = (bench->paint_done - bench->layout_done) / 1000.0;

          g_array_append_val (bench->revisit_layout, layout);
          g_array_append_val (bench->revisit_paint, paint);
        }
      if (g_getenv ("KH_BENCH_VERBOSE"))
        g_printerr ("%s%s: %.1f ms, CPU %.1f ms (layout %.1f, paint %.1f)\n", bench->pages[bench->next_page - 1],
                    first ? "" : " again", ms, cpu_ms, (bench->layout_done - bench->before_paint) / 1000.0,
                    (bench->paint_done - bench->layout_done) / 1000.0);
    }
  else
    bench->frame_max = MAX (bench->frame_max, (cpu_time () - bench->before_paint_cpu) / 1000.0);

  bench->n_frames++;
}

static void
mapped_cb (GtkWidget *widget,
           Bench     *bench)
{
  mark (bench, MARK_MAP);
}

static void
realized_cb (GtkWidget *widget,
             Bench     *bench)
{
  mark (bench, MARK_REALIZE);
  bench->clock = gtk_widget_get_frame_clock (widget);
  g_signal_connect (bench->clock, "before-paint", G_CALLBACK (before_paint_cb), bench);
  /* after GTK's own handlers: the end of each phase */
  g_signal_connect_after (bench->clock, "layout", G_CALLBACK (layout_cb), bench);
  g_signal_connect_after (bench->clock, "paint", G_CALLBACK (paint_cb), bench);
  g_signal_connect (bench->clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
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
  const char *profile = g_getenv ("KH_BENCH_PROFILE");
  Bench      *bench;

  if (t0 == NULL)
    return;

  /* Lives until the process ends: the benchmark quits right after. */
  bench = g_new0 (Bench, 1);
  bench->window = window;
  bench->t0 = g_ascii_strtoll (t0, NULL, 10);
  bench->result = g_string_new (NULL);
  if (RUNNING_ON_VALGRIND && profile != NULL)
    {
      if (g_str_equal (profile, "startup"))
        bench->profile = PROFILE_STARTUP;
      else if (g_str_equal (profile, "first"))
        bench->profile = PROFILE_FIRST;
      else if (g_str_equal (profile, "later"))
        bench->profile = PROFILE_LATER;
      /* start-up runs with --collect-atstart=yes, the rest with no */
      bench->collecting = bench->profile == PROFILE_STARTUP;
    }

  if (g_strcmp0 (g_getenv ("KH_BENCH_SWITCH"), "1") == 0)
    {
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      g_auto (GStrv) ids = NULL;
      const char *rounds_env = g_getenv ("KH_BENCH_ROUNDS");
      guint       rounds = rounds_env != NULL ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : 2;

      if (KH_IS_WINDOW (window) && kh_window_get_content (KH_WINDOW (window)) != NULL)
        ids = kh_content_dup_page_ids (kh_window_get_content (KH_WINDOW (window)));
      else
        ids = g_strdupv ((char **) g_object_get_data (G_OBJECT (window), "kh-bench-pages"));

      /* every page once (built on the way), then every page again */
      if (ids != NULL)
        for (guint i = 0; i <= rounds; i++)
          g_strv_builder_addv (builder, (const char **) ids);
      bench->pages = g_strv_builder_end (builder);
      bench->n_unique = ids != NULL ? g_strv_length (ids) : 0;
      bench->switch_times = g_array_new (FALSE, FALSE, sizeof (double));
      bench->revisit_times = g_array_new (FALSE, FALSE, sizeof (double));
      bench->revisit_layout = g_array_new (FALSE, FALSE, sizeof (double));
      bench->revisit_paint = g_array_new (FALSE, FALSE, sizeof (double));
      bench->switch_cpu = g_array_new (FALSE, FALSE, sizeof (double));
      bench->revisit_cpu = g_array_new (FALSE, FALSE, sizeof (double));
    }

  mark (bench, MARK_WATCH);
  g_signal_connect (window, "map", G_CALLBACK (mapped_cb), bench);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realized_cb (GTK_WIDGET (window), bench);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realized_cb), bench);
}
