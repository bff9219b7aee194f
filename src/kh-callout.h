/* kh-callout.h: a boxed note, warning or emergency message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-block.h"

G_BEGIN_DECLS

#define KH_TYPE_CALLOUT (kh_callout_get_type ())

G_DECLARE_FINAL_TYPE (KhCallout, kh_callout, KH, CALLOUT, GtkWidget)

GtkWidget     *kh_callout_new (KhCalloutStyle style,
                               const char    *title,
                               const char    *text);
KhCalloutStyle kh_callout_get_style (KhCallout *self);
const char    *kh_callout_get_title (KhCallout *self);
void           kh_callout_append (KhCallout *self,
                                  GtkWidget *child);

G_END_DECLS
