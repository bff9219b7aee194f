/* kh-text-bin.h: holds wrapping text in a row, asked for its width alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KH_TYPE_TEXT_BIN (kh_text_bin_get_type ())

G_DECLARE_FINAL_TYPE (KhTextBin, kh_text_bin, KH, TEXT_BIN, GtkWidget)

GtkWidget *kh_text_bin_new (GtkWidget *child);
GtkWidget *kh_text_bin_get_child (KhTextBin *self);
void       kh_text_bin_set_child (KhTextBin *self,
                                  GtkWidget *child);

G_END_DECLS
