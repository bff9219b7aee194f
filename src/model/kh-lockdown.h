/* kh-lockdown.h: what the app may hand to the system, in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KH_TYPE_LOCKDOWN (kh_lockdown_get_type ())

G_DECLARE_FINAL_TYPE (KhLockdown, kh_lockdown, KH, LOCKDOWN, GObject)

KhLockdown *kh_lockdown_new (void);
KhLockdown *kh_lockdown_new_kiosk (gboolean can_print);
void        kh_lockdown_lock_for_kiosk (KhLockdown *self,
                                        gboolean    can_print);

gboolean kh_lockdown_get_can_print (KhLockdown *self);
gboolean kh_lockdown_get_can_open_uri (KhLockdown *self);
gboolean kh_lockdown_get_can_save (KhLockdown *self);
gboolean kh_lockdown_get_can_select_text (KhLockdown *self);
gboolean kh_lockdown_get_can_quit (KhLockdown *self);

G_END_DECLS
