/* kh-contact.h: one way to reach a service: a number to call or text, an address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  KH_CONTACT_CALL,
  KH_CONTACT_TEXT,
  KH_CONTACT_CHAT,
  KH_CONTACT_WEB,
  KH_CONTACT_TTY,
} KhContactType;

#define KH_TYPE_CONTACT (kh_contact_get_type ())

typedef struct _KhContact KhContact;

GType         kh_contact_get_type (void) G_GNUC_CONST;
KhContact    *kh_contact_ref (KhContact *contact);
void          kh_contact_unref (KhContact *contact);
KhContactType kh_contact_get_contact_type (const KhContact *contact);
const char   *kh_contact_get_value (const KhContact *contact);
const char   *kh_contact_get_display_value (const KhContact *contact);
const char   *kh_contact_get_label (const KhContact *contact);
const char   *kh_contact_get_uri (const KhContact *contact);
gboolean      kh_contact_is_phone (const KhContact *contact);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhContact, kh_contact_unref)

G_END_DECLS
