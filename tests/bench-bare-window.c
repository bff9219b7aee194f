/* bench-bare-window.c: the baseline of the start-up benchmark
 *
 * A bare GTK 4 window with a label, built in the same tree and timed the
 * same way as the app (KH_BENCH_T0_US, first painted frame).
 * "--fullscreen": the same window full screen, as a kiosk's is, so that
 * the kiosk is also compared with a window that paints as many pixels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-bench.h"

static gboolean fullscreen;

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("A bare GTK window"));
  if (fullscreen)
    {
      GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
      g_autoptr (GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
      GdkRectangle geometry;

      /* as big as the monitor even where no window manager makes it so,
       * as the kiosk does (src/kh-kiosk-fit.c) */
      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (window), geometry.width, geometry.height);
      gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
      gtk_window_fullscreen (GTK_WINDOW (window));
    }
  kh_bench_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GtkApplication) app = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);

  fullscreen = argc > 1 && g_str_equal (argv[1], "--fullscreen");
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
