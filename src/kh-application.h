/* kh-application.h: the application: command line, actions, content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-content.h"

G_BEGIN_DECLS

#define KH_TYPE_APPLICATION (kh_application_get_type ())

G_DECLARE_FINAL_TYPE (KhApplication, kh_application, KH, APPLICATION, GtkApplication)

KhApplication *kh_application_new (void);
KhContent     *kh_application_get_content (KhApplication *self,
                                           const GError **error);

G_END_DECLS
