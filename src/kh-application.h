/* kh-application.h: the application: command line, actions, content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-kiosk.h"
#include "kh-lockdown.h"
#include "kh-models.h"

G_BEGIN_DECLS

#define KH_TYPE_APPLICATION (kh_application_get_type ())

G_DECLARE_FINAL_TYPE (KhApplication, kh_application, KH, APPLICATION, GtkApplication)

KhApplication *kh_application_new (void);
KhModels      *kh_application_get_models (KhApplication *self);

GSettings  *kh_application_get_settings (KhApplication *self);
gboolean    kh_application_get_persistent (KhApplication *self);
void        kh_application_set_persistent (KhApplication *self,
                                           gboolean       persistent);
void        kh_application_enable_kiosk (KhApplication *self);
KhKiosk    *kh_application_get_kiosk (KhApplication *self);
KhLockdown *kh_application_get_lockdown (KhApplication *self);

G_END_DECLS
