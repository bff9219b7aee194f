/* kh-qr-code.h: a QR code that draws itself, crisp at any size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Light modules around the code, as the QR standard asks. */
#define KH_QR_CODE_QUIET_ZONE 4

typedef enum
{
  KH_QR_LEVEL_L,
  KH_QR_LEVEL_M,
  KH_QR_LEVEL_Q,
  KH_QR_LEVEL_H,
} KhQrLevel;

#define KH_TYPE_QR_CODE (kh_qr_code_get_type ())

G_DECLARE_FINAL_TYPE (KhQrCode, kh_qr_code, KH, QR_CODE, GObject)

KhQrCode   *kh_qr_code_new (const char *text,
                            KhQrLevel   level,
                            GError    **error);
const char *kh_qr_code_get_text (KhQrCode *self);
KhQrLevel   kh_qr_code_get_level (KhQrCode *self);
guint       kh_qr_code_get_n_modules (KhQrCode *self);
gboolean    kh_qr_code_get_module (KhQrCode *self,
                                   guint     x,
                                   guint     y);
guint       kh_qr_code_get_module_size (KhQrCode *self,
                                        double    width,
                                        double    height);

G_END_DECLS
