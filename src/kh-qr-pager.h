/* kh-qr-pager.h: a text too long for one QR code, shown code by code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KH_TYPE_QR_PAGER (kh_qr_pager_get_type ())

G_DECLARE_FINAL_TYPE (KhQrPager, kh_qr_pager, KH, QR_PAGER, GtkWidget)

GtkWidget  *kh_qr_pager_new (void);
void        kh_qr_pager_set_texts (KhQrPager         *self,
                                   const char *const *texts);
guint       kh_qr_pager_get_n_codes (KhQrPager *self);
guint       kh_qr_pager_get_index (KhQrPager *self);
void        kh_qr_pager_set_index (KhQrPager *self,
                                   guint      index);
const char *kh_qr_pager_get_text (KhQrPager *self);
GtkWidget  *kh_qr_pager_get_image (KhQrPager *self);
void        kh_qr_pager_clear (KhQrPager *self);

G_END_DECLS
