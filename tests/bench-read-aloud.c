/* bench-read-aloud.c: how quickly Read aloud starts, and what reading costs
 * a frame
 *
 * Run by run-speechd.sh (a private speech-dispatcher). Two figures:
 *
 *  - from pressing Read aloud to the first request reaching the daemon
 *    (it answered with the message's id), over many presses, the first
 *    (which connects) apart; target under 100 ms;
 *  - the longest frame (layout and paint) while the whole Overview is
 *    read, block after block highlighted and scrolled to, against the
 *    same page scrolling with no speech; target 16 ms.
 *
 *   meson test -C build --benchmark read-aloud -v
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>

#include "kh-application.h"
#include "kh-i18n.h"
#include "kh-read-aloud.h"
#include "kh-window.h"

#define N_PRESSES 30

typedef struct
{
  gint64 frame_start;
  gint64 longest_frame;
  guint  n_frames;
  guint  n_sent;
  guint  n_finished;
} Bench;

static GtkWidget *
find_read_aloud (GtkWidget *widget)
{
  if (KH_IS_READ_ALOUD (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_read_aloud (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
before_paint_cb (GdkFrameClock *clock,
                 Bench         *bench)
{
  bench->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 duration = g_get_monotonic_time () - bench->frame_start;

  bench->longest_frame = MAX (bench->longest_frame, duration);
  bench->n_frames++;
}

static void
sent_cb (KhSpeech *speech,
         Bench    *bench)
{
  bench->n_sent++;
}

static void
finished_cb (KhSpeech *speech,
             Bench    *bench)
{
  bench->n_finished++;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean
wait_for_count (guint *count,
                guint  target,
                guint  timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (*count < target && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  return *count >= target;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  /* a frame every vblank, as while anything moves */
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (KhApplication) app = NULL;
  g_autoptr (GError) error = NULL;
  double         presses[N_PRESSES];
  Bench          bench = { 0 };
  KhWindow      *window;
  KhReadAloud   *read_aloud;
  KhSpeech      *speech;
  GdkFrameClock *clock;
  GtkWidget     *page;
  gint64         start, longest_idle;
  guint          tick;

  gtk_init ();
  kh_i18n_init (g_getenv ("KRATOM_HELP_LOCALEDIR"));

  app = kh_application_new ();
  g_application_set_application_id (G_APPLICATION (app), "io.github.kratomhelp.KratomHelp.BenchReadAloud");
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = KH_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  read_aloud = KH_READ_ALOUD (find_read_aloud (GTK_WIDGET (window)));
  speech = kh_read_aloud_get_speech (read_aloud);
  g_signal_connect (speech, "request-sent", G_CALLBACK (sent_cb), &bench);
  g_signal_connect (speech, "finished", G_CALLBACK (finished_cb), &bench);
  kh_window_show_page (window, "overview");
  page = kh_window_get_page_widget (window, "overview");

  /* Press to first request, N_PRESSES times; each stopped at once. */
  for (guint i = 0; i < N_PRESSES; i++)
    {
      guint sent = bench.n_sent;

      start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (read_aloud), "speech.read", NULL);
      if (!wait_for_count (&bench.n_sent, sent + 1, 10000))
        g_error ("press %u: no request reached the daemon in 10 s (%s)", i,
                 kh_speech_get_message (speech) ? kh_speech_get_message (speech) : "no message");
      presses[i] = (g_get_monotonic_time () - start) / 1000.0;
      kh_read_aloud_stop (read_aloud);
    }
  printf ("press to first request: first (connecting) %.1f ms\n", presses[0]);
  qsort (presses + 1, N_PRESSES - 1, sizeof (double), compare_doubles);
  printf ("press to first request, connected, %d presses: median %.1f ms, 90th percentile %.1f ms, max %.1f ms "
          "(target < 100 ms)\n",
          N_PRESSES - 1, presses[1 + (N_PRESSES - 1) / 2], presses[1 + (N_PRESSES - 1) * 9 / 10], presses[N_PRESSES - 1]);

  /* Frames while the whole page is read, frames drawn continuously. */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &bench);
  tick = gtk_widget_add_tick_callback (page, tick_cb, NULL, NULL);

  /* Without speech first: the page scrolled through, top to bottom. */
  {
    GtkWidget     *scroller = gtk_widget_get_first_child (page);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    guint          frames;

    for (double value = 0; value < gtk_adjustment_get_upper (adjustment); value += 200)
      {
        gtk_adjustment_set_value (adjustment, value);
        frames = bench.n_frames;
        wait_for_count (&bench.n_frames, frames + 2, 2000);
      }
    gtk_adjustment_set_value (adjustment, 0);
    printf ("longest frame scrolling the page without speech: %.1f ms over %u frames\n",
            bench.longest_frame / 1000.0, bench.n_frames);
  }

  bench.longest_frame = 0;
  bench.n_frames = 0;
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (read_aloud), "speech.read", NULL);
  if (!wait_for_count (&bench.n_finished, 1, 120000))
    g_error ("reading the Overview did not finish");
  longest_idle = g_get_monotonic_time () - start;
  printf ("reading the Overview: %u utterances in %.1f s, %u frames, longest frame %.1f ms (target 16 ms)\n",
          kh_speech_get_n_requests (speech) - N_PRESSES, longest_idle / 1e6, bench.n_frames,
          bench.longest_frame / 1000.0);

  gtk_widget_remove_tick_callback (page, tick);
  g_signal_handlers_disconnect_by_data (clock, &bench);
  g_signal_handlers_disconnect_by_data (speech, &bench);
  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
