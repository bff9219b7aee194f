/* kh-kiosk-fit.c: a kiosk window as big as its monitor, where no window
 * manager makes it full screen
 *
 * On X11 with no window manager (Xvfb, or a clinic's plain `xinit
 * kratom-help --kiosk`) nothing honours a full-screen request, and the
 * window stays where it was put, at the corner of its monitor. There it
 * is sized to that monitor, and follows the monitor's size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-kiosk"

#include "config.h"

#include "kh-kiosk-fit.h"

/* After kh-kiosk-fit.h: GDK_WINDOWING_X11 comes with GTK's headers. */
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

struct _KhKioskFit
{
  GObject parent_instance;

  /* borrowed (weak pointers) */
  GtkWindow  *window;
  GdkMonitor *monitor;
};

G_DEFINE_FINAL_TYPE (KhKioskFit, kh_kiosk_fit, G_TYPE_OBJECT)

static gboolean
fullscreen_is_honoured (GtkWindow *window)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));

  if (GDK_IS_X11_DISPLAY (display))
    return gdk_x11_screen_supports_net_wm_hint (gdk_x11_display_get_screen (display),
                                                "_NET_WM_STATE_FULLSCREEN");
#endif

  return TRUE;
}

static void
forget_monitor (KhKioskFit *self)
{
  if (self->monitor == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_object_remove_weak_pointer (G_OBJECT (self->monitor), (gpointer *) &self->monitor);
  self->monitor = NULL;
}

static void
fit (KhKioskFit *self)
{
  GdkSurface  *surface;
  GdkDisplay  *display;
  GdkMonitor  *monitor;
  GdkRectangle geometry;

  if (self->window == NULL || fullscreen_is_honoured (self->window) ||
      !(surface = gtk_native_get_surface (GTK_NATIVE (self->window))))
    return;

  display = gdk_surface_get_display (surface);
  monitor = gdk_display_get_monitor_at_surface (display, surface);
  if (monitor == NULL)
    {
      g_autoptr (GdkMonitor) first = g_list_model_get_item (gdk_display_get_monitors (display), 0);

      monitor = first;
    }
  if (monitor == NULL)
    return;

  if (monitor != self->monitor)
    {
      forget_monitor (self);
      self->monitor = monitor;
      g_object_add_weak_pointer (G_OBJECT (monitor), (gpointer *) &self->monitor);
      g_signal_connect_swapped (monitor, "notify::geometry", G_CALLBACK (fit), self);
    }

  gdk_monitor_get_geometry (monitor, &geometry);
  g_debug ("No window manager honours full screen: sizing the kiosk to its monitor, %d×%d",
           geometry.width, geometry.height);
  gtk_window_set_default_size (self->window, geometry.width, geometry.height);
}

static void
window_realize_cb (KhKioskFit *self,
                   GtkWindow  *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (fullscreen_is_honoured (window))
    return;

  g_signal_connect_object (surface, "enter-monitor", G_CALLBACK (fit), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gdk_display_get_monitors (gdk_surface_get_display (surface)), "items-changed",
                           G_CALLBACK (fit), self, G_CONNECT_SWAPPED);
  fit (self);
}

static void
kh_kiosk_fit_dispose (GObject *object)
{
  KhKioskFit *self = (KhKioskFit *) object;

  forget_monitor (self);
  if (self->window != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->window, self);
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }

  G_OBJECT_CLASS (kh_kiosk_fit_parent_class)->dispose (object);
}

static void
kh_kiosk_fit_class_init (KhKioskFitClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kh_kiosk_fit_dispose;
}

static void
kh_kiosk_fit_init (KhKioskFit *self)
{
}

/**
 * kh_kiosk_fit_new:
 * @window: the kiosk's window
 *
 * Sizes @window to its monitor whenever nothing makes it full screen, for
 * as long as the returned object lives.
 *
 * Returns: (transfer full): what keeps @window fitted
 */
KhKioskFit *
kh_kiosk_fit_new (GtkWindow *window)
{
  KhKioskFit *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  self = g_object_new (KH_TYPE_KIOSK_FIT, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);

  g_signal_connect_object (window, "realize", G_CALLBACK (window_realize_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    window_realize_cb (self, window);

  return self;
}
