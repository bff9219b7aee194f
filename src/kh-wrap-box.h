/* kh-wrap-box.h: lays out its children in a row, wrapping onto more rows
 * when the row is too narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KH_TYPE_WRAP_BOX (kh_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (KhWrapBox, kh_wrap_box, KH, WRAP_BOX, GtkWidget)

GtkWidget *kh_wrap_box_new (int spacing);
int        kh_wrap_box_get_spacing (KhWrapBox *self);
void       kh_wrap_box_set_spacing (KhWrapBox *self,
                                    int        spacing);
void       kh_wrap_box_append (KhWrapBox *self,
                               GtkWidget *child);

G_END_DECLS
