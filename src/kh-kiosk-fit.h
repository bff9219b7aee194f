/* kh-kiosk-fit.h: a kiosk window as big as its monitor, where no window
 * manager makes it full screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KH_TYPE_KIOSK_FIT (kh_kiosk_fit_get_type ())

G_DECLARE_FINAL_TYPE (KhKioskFit, kh_kiosk_fit, KH, KIOSK_FIT, GObject)

KhKioskFit *kh_kiosk_fit_new (GtkWindow *window);

G_END_DECLS
