/* kh-contact-row.h: one way to reach a service, with buttons to use it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-contact.h"

G_BEGIN_DECLS

#define KH_TYPE_CONTACT_ROW (kh_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (KhContactRow, kh_contact_row, KH, CONTACT_ROW, GtkWidget)

GtkWidget *kh_contact_row_new (KhContact *contact,
                               gboolean   emergency);
KhContact *kh_contact_row_get_contact (KhContactRow *self);
gboolean   kh_contact_row_get_emergency (KhContactRow *self);
gboolean   kh_contact_row_get_can_open (KhContactRow *self);
void       kh_contact_row_set_can_open (KhContactRow *self,
                                        gboolean      can_open);
gboolean   kh_contact_row_get_show_qr_code (KhContactRow *self);
void       kh_contact_row_set_show_qr_code (KhContactRow *self,
                                            gboolean      show_qr_code);

G_END_DECLS
