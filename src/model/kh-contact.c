/* kh-contact.c: one way to reach a service: a number to call or text, an address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-directory"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-directory-private.h"
#include "kh-i18n.h"

/* E.164 allows at most 15 digits; short codes such as 911 have 3. */
#define MIN_PHONE_DIGITS 3
#define MAX_PHONE_DIGITS 15

static const char *const contact_types[] = { "call", "text", "chat", "web", "tty", NULL };
static const char *const contact_members[] = { "type", "value", "label", "uri", NULL };

G_DEFINE_BOXED_TYPE (KhContact, kh_contact, kh_contact_ref, kh_contact_unref)

KhContact *
kh_contact_ref (KhContact *contact)
{
  g_return_val_if_fail (contact != NULL, NULL);

  g_atomic_ref_count_inc (&contact->ref_count);
  return contact;
}

void
kh_contact_unref (KhContact *contact)
{
  g_return_if_fail (contact != NULL);

  if (!g_atomic_ref_count_dec (&contact->ref_count))
    return;

  g_free (contact->value);
  g_free (contact->display_value);
  g_free (contact->uri);
  g_free (contact->label);
  g_free (contact);
}

KhContactType
kh_contact_get_contact_type (const KhContact *contact)
{
  g_return_val_if_fail (contact != NULL, KH_CONTACT_CALL);

  return contact->type;
}

/**
 * kh_contact_get_value:
 *
 * Returns: the number or address as written in the file, never translated
 */
const char *
kh_contact_get_value (const KhContact *contact)
{
  g_return_val_if_fail (contact != NULL, NULL);

  return contact->value;
}

/**
 * kh_contact_get_display_value:
 *
 * Returns: the value as shown to people: a web address without
 *   “https://”, a number as written
 */
const char *
kh_contact_get_display_value (const KhContact *contact)
{
  g_return_val_if_fail (contact != NULL, NULL);

  return contact->display_value;
}

/**
 * kh_contact_get_label:
 *
 * Returns: (nullable): a translated note on this way of contact, such as
 *   “Quebec” or “Text your ZIP code”
 */
const char *
kh_contact_get_label (const KhContact *contact)
{
  g_return_val_if_fail (contact != NULL, NULL);

  return kh_i18n_translate (contact->label);
}

/**
 * kh_contact_get_uri:
 *
 * Returns: the tel:, sms: or https: address a phone or the system opens
 */
const char *
kh_contact_get_uri (const KhContact *contact)
{
  g_return_val_if_fail (contact != NULL, NULL);

  return contact->uri;
}

/**
 * kh_contact_is_phone:
 *
 * Returns: whether the value is a phone number (call, text or TTY)
 */
gboolean
kh_contact_is_phone (const KhContact *contact)
{
  g_return_val_if_fail (contact != NULL, FALSE);

  return contact->type == KH_CONTACT_CALL ||
         contact->type == KH_CONTACT_TEXT ||
         contact->type == KH_CONTACT_TTY;
}

/* The digits of a phone number as it is dialled in its own country, with
 * a leading “+” kept; %NULL if @value is not written as a phone number
 * (digits, with spaces or dashes between them). */
static char *
dup_dial_string (const char *value)
{
  g_autoptr (GString) digits = g_string_new (NULL);
  gsize length = strlen (value);
  guint n_digits = 0;

  if (length == 0 || !g_ascii_isdigit (value[length - 1]) ||
      !(g_ascii_isdigit (value[0]) || value[0] == '+'))
    return NULL;

  for (const char *p = value; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          n_digits++;
        }
      else if (*p == '+' && p == value)
        g_string_append_c (digits, '+');
      else if (*p != ' ' && *p != '-')
        return NULL;
    }

  if (n_digits < MIN_PHONE_DIGITS || n_digits > MAX_PHONE_DIGITS)
    return NULL;

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

static char *
strip_web_address (const char *uri)
{
  const char *start = uri + strlen ("https://");
  gsize       length = strlen (start);

  if (length > 1 && start[length - 1] == '/')
    length--;

  return g_strndup (start, length);
}

static gboolean
has_space (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isspace (*p))
      return TRUE;

  return FALSE;
}

KhContact *
kh_contact_new_from_json (KhJsonReader *reader,
                          JsonNode     *node,
                          const char   *path)
{
  g_autoptr (KhContact) contact = NULL;
  guint       n_errors = kh_json_reader_get_n_errors (reader);
  const char *scheme;
  const char *uri;
  JsonObject *object;
  int         type;

  if (!(object = kh_json_reader_expect_object (reader, node, path)))
    return NULL;

  kh_json_reader_check_members (reader, object, path, contact_members);
  type = kh_json_reader_get_enum (reader, object, path, "type", contact_types, -1);

  contact = g_new0 (KhContact, 1);
  g_atomic_ref_count_init (&contact->ref_count);
  contact->type = MAX (type, 0);
  contact->value = g_strdup (kh_json_reader_get_string (reader, object, path, "value", TRUE));
  contact->label = g_strdup (kh_json_reader_get_string (reader, object, path, "label", FALSE));
  uri = kh_json_reader_get_string (reader, object, path, "uri", FALSE);

  if (type < 0 || contact->value == NULL)
    return NULL;

  if (kh_contact_is_phone (contact))
    {
      g_autofree char *dial = dup_dial_string (contact->value);

      scheme = contact->type == KH_CONTACT_TEXT ? "sms:" : "tel:";
      if (dial == NULL)
        {
          g_autofree char *value_path = kh_directory_member_path (path, "value");

          kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, value_path,
                                    _ ("expected a phone number: %u to %u digits, with "
                                       "spaces or “-” between them and an optional “+” "
                                       "in front"),
                                    MIN_PHONE_DIGITS, MAX_PHONE_DIGITS);
          return NULL;
        }
      contact->display_value = g_strdup (contact->value);
      contact->uri = g_strconcat (scheme, dial, NULL);
    }
  else
    {
      scheme = "https://";
      if (!g_str_has_prefix (contact->value, scheme) ||
          strlen (contact->value) <= strlen (scheme) || has_space (contact->value))
        {
          g_autofree char *value_path = kh_directory_member_path (path, "value");

          kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, value_path,
                                    _ ("expected an address starting with “https://”"));
          return NULL;
        }
      contact->display_value = strip_web_address (contact->value);
      contact->uri = g_strdup (contact->value);
    }

  /* An explicit address must still be of the kind the buttons promise. */
  if (uri != NULL)
    {
      if (!g_str_has_prefix (uri, scheme) || strlen (uri) <= strlen (scheme) || has_space (uri))
        {
          g_autofree char *uri_path = kh_directory_member_path (path, "uri");

          kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, uri_path,
                                    _ ("expected an address starting with “%s”"), scheme);
        }
      g_free (contact->uri);
      contact->uri = g_strdup (uri);
    }

  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return NULL;

  return g_steal_pointer (&contact);
}

/* Reads a required non-empty array of contacts into @contacts. */
void
kh_contact_read_list (KhJsonReader *reader,
                      JsonObject   *object,
                      const char   *path,
                      GPtrArray    *contacts)
{
  g_autofree char *contacts_path = kh_directory_member_path (path, "contacts");
  JsonArray       *array;

  if (!(array = kh_json_reader_get_array (reader, object, path, "contacts", TRUE)))
    return;

  if (json_array_get_length (array) == 0)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, contacts_path,
                              _ ("expected at least one contact"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *contact_path = g_strdup_printf ("%s/%u", contacts_path, i);
      KhContact       *contact = kh_contact_new_from_json (reader, json_array_get_element (array, i),
                                                           contact_path);

      if (contact != NULL)
        g_ptr_array_add (contacts, contact);
    }
}
