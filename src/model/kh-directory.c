/* kh-directory.c: where to get help, per region, and a clinic's own services
 *
 * The bundled directory (data/content/directory.json) lists regions, each
 * with its emergency numbers, and services, each naming the regions it
 * serves. A clinic's local file has the same schema plus "organization";
 * it is merged on top: its services come first, under the clinic's name,
 * and it may add regions but never change a bundled one, so a local file
 * cannot replace a checked emergency number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-directory"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "kh-directory.h"
#include "kh-i18n.h"
#include "kh-untrusted-file.h"

struct _KhContact
{
  gatomicrefcount ref_count;
  KhContactType   type;
  /* not translated */
  char *value;
  char *display_value;
  char *uri;
  /* English msgid; translated on access */
  char *label;
};

struct _KhService
{
  gatomicrefcount ref_count;
  KhServiceKind   kind;
  gboolean        is_local;
  /* not translated */
  char      *id;
  GStrv      regions;
  GPtrArray *contacts;
  char      *source;
  GDateTime *checked;
  /* an emergency entry only: no crisis line is listed for its region,
   * and its note says to call the emergency number in a crisis */
  gboolean for_crisis;
  /* English msgids; translated on access */
  char *name;
  char *description;
  char *hours;
  char *cost;
  char *confidentiality;
  GStrv languages;
};

struct _KhRegion
{
  gatomicrefcount ref_count;
  gboolean        is_local;
  char           *code;
  KhService      *emergency;
  /* English msgids; translated on access */
  char *name;
  char *advice;
};

struct _KhDirectory
{
  GObject parent_instance;

  GPtrArray *regions;
  /* local services first, then bundled ones, each in file order */
  GPtrArray *services;
  GDateTime *reviewed;
  char      *organization;
  char      *local_path;
};

G_DEFINE_BOXED_TYPE (KhContact, kh_contact, kh_contact_ref, kh_contact_unref)
G_DEFINE_BOXED_TYPE (KhService, kh_service, kh_service_ref, kh_service_unref)
G_DEFINE_BOXED_TYPE (KhRegion, kh_region, kh_region_ref, kh_region_unref)
G_DEFINE_FINAL_TYPE (KhDirectory, kh_directory, G_TYPE_OBJECT)

/* E.164 allows at most 15 digits; short codes such as 911 have 3. */
#define MIN_PHONE_DIGITS 3
#define MAX_PHONE_DIGITS 15

static const char *const contact_types[] = { "call", "text", "chat", "web", "tty", NULL };
static const char *const service_kinds[] = {
  "emergency", "helpline", "crisis", "poison", "locator", "family", "urgent",
  "treatment", "support-group", "clinic", "other", NULL
};

static const char *const contact_members[] = { "type", "value", "label", "uri", NULL };
static const char *const service_members[] = {
  "id", "regions", "kind", "name", "description", "contacts", "hours", "cost",
  "confidentiality", "languages", "source", "checked", NULL
};
static const char *const region_members[] = { "code", "name", "emergency", "advice", NULL };
static const char *const emergency_members[] = {
  "contacts", "note", "source", "checked", "for_crisis", NULL
};
static const char *const bundled_members[] = { "reviewed", "regions", "services", NULL };
static const char *const local_members[] = {
  "organization", "reviewed", "regions", "services", NULL
};

/* Contacts */

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
member_path (const char *path,
             const char *member)
{
  return g_strdup_printf ("%s/%s", path, member);
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

static KhContact *
contact_new_from_json (KhJsonReader *reader,
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
          g_autofree char *value_path = member_path (path, "value");

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
          g_autofree char *value_path = member_path (path, "value");

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
          g_autofree char *uri_path = member_path (path, "uri");

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
static void
read_contacts (KhJsonReader *reader,
               JsonObject   *object,
               const char   *path,
               GPtrArray    *contacts)
{
  g_autofree char *contacts_path = member_path (path, "contacts");
  JsonArray       *array;

  if (!(array = kh_json_reader_get_array (reader, object, path, "contacts", TRUE)))
    return;

  if (json_array_get_length (array) == 0)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, contacts_path,
                              _ ("expected at least one contact"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *contact_path = g_strdup_printf ("%s/%u", contacts_path, i);
      KhContact       *contact = contact_new_from_json (reader, json_array_get_element (array, i),
                                                        contact_path);

      if (contact != NULL)
        g_ptr_array_add (contacts, contact);
    }
}

/* Services */

static KhService *
service_alloc (void)
{
  KhService *service = g_new0 (KhService, 1);

  g_atomic_ref_count_init (&service->ref_count);
  service->contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_contact_unref);

  return service;
}

KhService *
kh_service_ref (KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  g_atomic_ref_count_inc (&service->ref_count);
  return service;
}

void
kh_service_unref (KhService *service)
{
  g_return_if_fail (service != NULL);

  if (!g_atomic_ref_count_dec (&service->ref_count))
    return;

  g_free (service->id);
  g_strfreev (service->regions);
  g_ptr_array_unref (service->contacts);
  g_free (service->name);
  g_free (service->description);
  g_free (service->hours);
  g_free (service->cost);
  g_free (service->confidentiality);
  g_strfreev (service->languages);
  g_free (service->source);
  g_clear_pointer (&service->checked, g_date_time_unref);
  g_free (service);
}

static GStrv
read_strings (KhJsonReader *reader,
              JsonObject   *object,
              const char   *path,
              const char   *member,
              gboolean      required)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  g_autofree char *array_path = member_path (path, member);
  JsonArray       *array;

  if (!(array = kh_json_reader_get_array (reader, object, path, member, required)))
    return NULL;

  if (json_array_get_length (array) == 0)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, array_path,
                              _ ("expected a non-empty array of strings"));

  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *item = kh_json_reader_string_at (reader, array, array_path, i);

      if (item != NULL)
        g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

/* Where a bundled number was checked, and when; a clinic's own
 * services may leave both out. */
static void
read_provenance (KhJsonReader *reader,
                 JsonObject   *object,
                 const char   *path,
                 gboolean      required,
                 KhService    *service)
{
  service->source = g_strdup (kh_json_reader_get_string (reader, object, path, "source", required));
  service->checked = kh_json_reader_get_date (reader, object, path, "checked", required);

  if (service->source != NULL && !g_str_has_prefix (service->source, "https://"))
    {
      g_autofree char *source_path = member_path (path, "source");

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, source_path,
                                _ ("expected an address starting with “https://”"));
    }
}

static KhService *
service_new_from_json (KhJsonReader *reader,
                       JsonNode     *node,
                       const char   *path,
                       gboolean      is_local)
{
  g_autoptr (KhService) service = NULL;
  guint       n_errors = kh_json_reader_get_n_errors (reader);
  JsonObject *object;

  if (!(object = kh_json_reader_expect_object (reader, node, path)))
    return NULL;

  kh_json_reader_check_members (reader, object, path, service_members);

  service = service_alloc ();
  service->is_local = is_local;
  service->id = g_strdup (kh_json_reader_get_string (reader, object, path, "id", TRUE));
  service->kind = kh_json_reader_get_enum (reader, object, path, "kind", service_kinds,
                                           KH_SERVICE_OTHER);
  service->name = g_strdup (kh_json_reader_get_string (reader, object, path, "name", TRUE));
  service->description = g_strdup (kh_json_reader_get_string (reader, object, path,
                                                              "description", TRUE));
  service->hours = g_strdup (kh_json_reader_get_string (reader, object, path, "hours", FALSE));
  service->cost = g_strdup (kh_json_reader_get_string (reader, object, path, "cost", FALSE));
  service->confidentiality = g_strdup (kh_json_reader_get_string (reader, object, path,
                                                                  "confidentiality", FALSE));
  service->languages = read_strings (reader, object, path, "languages", FALSE);
  /* Bundled services must say where they work; a clinic's are shown
   * whatever region is chosen unless they say otherwise. */
  service->regions = read_strings (reader, object, path, "regions", !is_local);
  read_contacts (reader, object, path, service->contacts);
  read_provenance (reader, object, path, !is_local, service);

  if (service->id != NULL && !kh_json_is_valid_id (service->id))
    {
      g_autofree char *id_path = member_path (path, "id");

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, id_path,
                                _ ("expected a lower-case identifier (letters, digits and “-”)"));
    }

  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return NULL;

  return g_steal_pointer (&service);
}

/**
 * kh_service_get_source:
 *
 * Returns: (nullable): the https address where the service's numbers
 *   were checked; %NULL for a clinic's own services that give none
 */
const char *
kh_service_get_source (const KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return service->source;
}

/**
 * kh_service_get_checked:
 *
 * Returns: (nullable) (transfer none): the day the numbers were last
 *   checked at the source
 */
GDateTime *
kh_service_get_checked (const KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return service->checked;
}

/**
 * kh_service_get_for_crisis:
 *
 * Returns: for a region's emergency numbers, whether they are also the
 *   number to call in a crisis, because no crisis line is listed there
 */
gboolean
kh_service_get_for_crisis (const KhService *service)
{
  g_return_val_if_fail (service != NULL, FALSE);

  return service->for_crisis;
}

const char *
kh_service_get_id (const KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return service->id;
}

KhServiceKind
kh_service_get_kind (const KhService *service)
{
  g_return_val_if_fail (service != NULL, KH_SERVICE_OTHER);

  return service->kind;
}

/**
 * kh_service_get_name:
 *
 * Returns: the translated name of the service
 */
const char *
kh_service_get_name (const KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return kh_i18n_translate (service->name);
}

/**
 * kh_service_get_description:
 *
 * Returns: (nullable): one translated sentence on what the service does
 */
const char *
kh_service_get_description (const KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return kh_i18n_translate (service->description);
}

/**
 * kh_service_get_hours:
 *
 * Returns: (nullable): when it can be reached, translated, if known
 */
const char *
kh_service_get_hours (const KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return kh_i18n_translate (service->hours);
}

const char *
kh_service_get_cost (const KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return kh_i18n_translate (service->cost);
}

const char *
kh_service_get_confidentiality (const KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return kh_i18n_translate (service->confidentiality);
}

guint
kh_service_get_n_languages (const KhService *service)
{
  g_return_val_if_fail (service != NULL, 0);

  return service->languages != NULL ? g_strv_length (service->languages) : 0;
}

const char *
kh_service_get_language (const KhService *service,
                         guint            index)
{
  g_return_val_if_fail (service != NULL, NULL);
  g_return_val_if_fail (index < kh_service_get_n_languages (service), NULL);

  return kh_i18n_translate (service->languages[index]);
}

guint
kh_service_get_n_contacts (const KhService *service)
{
  g_return_val_if_fail (service != NULL, 0);

  return service->contacts->len;
}

/**
 * kh_service_get_contact:
 *
 * Returns: (transfer none): the contact at @index, in the file's order
 */
KhContact *
kh_service_get_contact (const KhService *service,
                        guint            index)
{
  g_return_val_if_fail (service != NULL, NULL);
  g_return_val_if_fail (index < service->contacts->len, NULL);

  return g_ptr_array_index (service->contacts, index);
}

/**
 * kh_service_get_regions:
 *
 * Returns: (nullable) (transfer none): the region codes the service
 *   serves, or %NULL for a clinic's service shown in every region
 */
const char *const *
kh_service_get_regions (const KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return (const char *const *) service->regions;
}

gboolean
kh_service_serves_region (const KhService *service,
                          const char      *code)
{
  g_return_val_if_fail (service != NULL, FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  return service->regions == NULL || g_strv_contains ((const char *const *) service->regions, code);
}

/**
 * kh_service_is_local:
 *
 * Returns: whether the service comes from the clinic's own file
 */
gboolean
kh_service_is_local (const KhService *service)
{
  g_return_val_if_fail (service != NULL, FALSE);

  return service->is_local;
}

/* Regions */

KhRegion *
kh_region_ref (KhRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);

  g_atomic_ref_count_inc (&region->ref_count);
  return region;
}

void
kh_region_unref (KhRegion *region)
{
  g_return_if_fail (region != NULL);

  if (!g_atomic_ref_count_dec (&region->ref_count))
    return;

  g_free (region->code);
  g_clear_pointer (&region->emergency, kh_service_unref);
  g_free (region->name);
  g_free (region->advice);
  g_free (region);
}

static gboolean
is_region_code (const char *code)
{
  return g_str_equal (code, KH_REGION_OTHER) ||
         (strlen (code) == 2 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]));
}

static KhService *
emergency_new_from_json (KhJsonReader *reader,
                         JsonObject   *object,
                         const char   *path,
                         const char   *code,
                         gboolean      is_local)
{
  g_autoptr (KhService) service = service_alloc ();
  g_autofree char *emergency_path = member_path (path, "emergency");
  JsonObject      *emergency;

  if (!(emergency = kh_json_reader_get_object (reader, object, path, "emergency", TRUE)))
    return NULL;

  kh_json_reader_check_members (reader, emergency, emergency_path, emergency_members);
  service->kind = KH_SERVICE_EMERGENCY;
  service->id = g_strdup_printf ("emergency-%s", code != NULL ? code : "");
  service->name = g_strdup (N_ ("Emergency services"));
  service->description = g_strdup (kh_json_reader_get_string (reader, emergency, emergency_path,
                                                              "note", FALSE));
  read_contacts (reader, emergency, emergency_path, service->contacts);
  read_provenance (reader, emergency, emergency_path, !is_local, service);
  kh_json_reader_get_boolean (reader, emergency, emergency_path, "for_crisis", FALSE,
                              &service->for_crisis);

  for (guint i = 0; i < service->contacts->len; i++)
    if (!kh_contact_is_phone (g_ptr_array_index (service->contacts, i)))
      {
        g_autofree char *type_path = g_strdup_printf ("%s/contacts/%u/type", emergency_path, i);

        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, type_path,
                                  _ ("expected “call”, “text” or “tty”: emergency services "
                                     "are reached by phone"));
      }

  return g_steal_pointer (&service);
}

static KhRegion *
region_new_from_json (KhJsonReader *reader,
                      JsonNode     *node,
                      const char   *path,
                      gboolean      is_local)
{
  g_autoptr (KhRegion) region = NULL;
  guint       n_errors = kh_json_reader_get_n_errors (reader);
  JsonObject *object;

  if (!(object = kh_json_reader_expect_object (reader, node, path)))
    return NULL;

  kh_json_reader_check_members (reader, object, path, region_members);

  region = g_new0 (KhRegion, 1);
  g_atomic_ref_count_init (&region->ref_count);
  region->is_local = is_local;
  region->code = g_strdup (kh_json_reader_get_string (reader, object, path, "code", TRUE));
  region->name = g_strdup (kh_json_reader_get_string (reader, object, path, "name", TRUE));
  region->advice = g_strdup (kh_json_reader_get_string (reader, object, path, "advice", FALSE));
  region->emergency = emergency_new_from_json (reader, object, path, region->code, is_local);

  if (region->code != NULL && !is_region_code (region->code))
    {
      g_autofree char *code_path = member_path (path, "code");

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, code_path,
                                _ ("expected a two-letter country code in capitals "
                                   "(ISO 3166), or “%s”"),
                                KH_REGION_OTHER);
    }

  /* With no services of its own, the fallback must say how to find some. */
  if (g_strcmp0 (region->code, KH_REGION_OTHER) == 0 &&
      !json_object_has_member (object, "advice"))
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_MISSING, path,
                              _ ("missing member “%s” (expected %s)"), "advice", _ ("a string"));

  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return NULL;

  return g_steal_pointer (&region);
}

const char *
kh_region_get_code (const KhRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);

  return region->code;
}

/**
 * kh_region_get_name:
 *
 * Returns: the translated name, e.g. “United Kingdom”
 */
const char *
kh_region_get_name (const KhRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);

  return kh_i18n_translate (region->name);
}

/**
 * kh_region_get_emergency:
 *
 * Returns: (transfer none): the region's emergency numbers, as a service
 *   of kind %KH_SERVICE_EMERGENCY whose description is the region's note
 */
KhService *
kh_region_get_emergency (const KhRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);

  return region->emergency;
}

/**
 * kh_region_get_advice:
 *
 * Returns: (nullable): translated advice on finding help, for a region
 *   with few or no services listed
 */
const char *
kh_region_get_advice (const KhRegion *region)
{
  g_return_val_if_fail (region != NULL, NULL);

  return kh_i18n_translate (region->advice);
}

gboolean
kh_region_is_local (const KhRegion *region)
{
  g_return_val_if_fail (region != NULL, FALSE);

  return region->is_local;
}

/* Directory */

static void
kh_directory_finalize (GObject *object)
{
  KhDirectory *self = (KhDirectory *) object;

  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->services, g_ptr_array_unref);
  g_clear_pointer (&self->reviewed, g_date_time_unref);
  g_clear_pointer (&self->organization, g_free);
  g_clear_pointer (&self->local_path, g_free);

  G_OBJECT_CLASS (kh_directory_parent_class)->finalize (object);
}

static void
kh_directory_class_init (KhDirectoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kh_directory_finalize;
}

static void
kh_directory_init (KhDirectory *self)
{
  self->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_region_unref);
  self->services = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_service_unref);
}

static void
read_regions (KhDirectory  *self,
              KhJsonReader *reader,
              JsonObject   *object,
              KhDirectory  *base)
{
  gboolean   is_local = base != NULL;
  JsonArray *array;

  if (!(array = kh_json_reader_get_array (reader, object, "", "regions", !is_local)))
    return;

  if (!is_local && json_array_get_length (array) == 0)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/regions",
                              _ ("expected at least one region"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/regions/%u", i);
      g_autofree char *code_path = g_strdup_printf ("/regions/%u/code", i);
      KhRegion        *region = region_new_from_json (reader, json_array_get_element (array, i),
                                                      path, is_local);

      if (region == NULL)
        continue;

      /* A clinic may add a country, never replace a checked one. */
      if (base != NULL && kh_directory_lookup_region (base, region->code))
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, code_path,
                                  _ ("region “%s” is already in the bundled directory; "
                                     "to add services to it, list “%s” in their “regions”"),
                                  region->code, region->code);
      else if (kh_directory_lookup_region (self, region->code))
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, code_path,
                                  _ ("region “%s” is listed twice"), region->code);

      g_ptr_array_add (self->regions, region);
    }

  if (!is_local && kh_directory_lookup_region (self, KH_REGION_OTHER) == NULL)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_MISSING, "/regions",
                              _ ("missing the region “%s”, shown where no other region fits"),
                              KH_REGION_OTHER);
}

static void
read_services (KhDirectory  *self,
               KhJsonReader *reader,
               JsonObject   *object,
               KhDirectory  *base,
               GPtrArray    *services)
{
  JsonArray *array;

  if (!(array = kh_json_reader_get_array (reader, object, "", "services", TRUE)))
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/services/%u", i);
      KhService       *service = service_new_from_json (reader, json_array_get_element (array, i),
                                                        path, base != NULL);

      if (service == NULL)
        continue;

      for (guint j = 0; service->regions != NULL && service->regions[j] != NULL; j++)
        {
          const char *code = service->regions[j];

          if (kh_directory_lookup_region (self, code) == NULL)
            {
              g_autofree char *region_path = g_strdup_printf ("%s/regions/%u", path, j);

              kh_json_reader_add_error (reader, KH_CONTENT_ERROR_UNKNOWN_TARGET, region_path,
                                        _ ("unknown region “%s” (expected the “code” of a region)"),
                                        code);
            }
        }

      if (base != NULL && kh_directory_lookup_service (base, service->id))
        {
          g_autofree char *id_path = g_strdup_printf ("%s/id", path);

          kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, id_path,
                                    _ ("service “%s” is already in the bundled directory "
                                       "(choose another id)"),
                                    service->id);
        }
      else
        {
          for (guint j = 0; j < services->len; j++)
            if (g_str_equal (((KhService *) g_ptr_array_index (services, j))->id, service->id))
              {
                g_autofree char *id_path = g_strdup_printf ("%s/id", path);

                kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, id_path,
                                          _ ("service “%s” is listed twice"), service->id);
                break;
              }
        }

      g_ptr_array_add (services, service);
    }
}

/**
 * kh_directory_new_from_json:
 * @reader: the reader that collects errors; its label names the file
 * @root: the parsed document
 * @base: (nullable): the bundled directory, if @root is a clinic's file
 *
 * Builds a directory, recording every problem in @reader. Without @base,
 * @root must be a whole directory (with the “other” region, and services
 * that name their regions). With @base, @root is a clinic's file: it must
 * name the clinic in “organization”, and the result is @base with the
 * clinic's regions and services added.
 *
 * Returns: (transfer full) (nullable): the directory, or %NULL if any part
 *   of the file is invalid
 */
KhDirectory *
kh_directory_new_from_json (KhJsonReader *reader,
                            JsonNode     *root,
                            KhDirectory  *base)
{
  g_autoptr (KhDirectory) self = NULL;
  g_autoptr (GPtrArray) services = NULL;
  JsonObject *object;
  guint       n_errors;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (base == NULL || KH_IS_DIRECTORY (base), NULL);

  n_errors = kh_json_reader_get_n_errors (reader);

  if (!(object = kh_json_reader_expect_object (reader, root, "")))
    return NULL;

  kh_json_reader_check_members (reader, object, "", base != NULL ? local_members : bundled_members);

  self = g_object_new (KH_TYPE_DIRECTORY, NULL);
  services = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_service_unref);

  if (base != NULL)
    {
      self->organization = g_strdup (kh_json_reader_get_string (reader, object, "",
                                                                "organization", TRUE));
      self->reviewed = base->reviewed != NULL ? g_date_time_ref (base->reviewed) : NULL;
      for (guint i = 0; i < base->regions->len; i++)
        g_ptr_array_add (self->regions, kh_region_ref (g_ptr_array_index (base->regions, i)));
    }

  {
    /* a clinic's file may date itself; the bundled date is what shows */
    g_autoptr (GDateTime) date = kh_json_reader_get_date (reader, object, "", "reviewed", base == NULL);

    if (date != NULL && base == NULL)
      self->reviewed = g_steal_pointer (&date);
  }

  read_regions (self, reader, object, base);
  read_services (self, reader, object, base, services);

  /* The clinic's own services come first: they are in the room. */
  g_ptr_array_extend_and_steal (self->services, g_steal_pointer (&services));
  if (base != NULL)
    for (guint i = 0; i < base->services->len; i++)
      g_ptr_array_add (self->services, kh_service_ref (g_ptr_array_index (base->services, i)));

  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kh_directory_new_from_bytes:
 * @bytes: the file's contents
 * @label: the name used for the file in messages
 * @base: (nullable): the bundled directory, if @bytes is a clinic's file
 * @errors: (element-type GError): array that receives every problem
 *
 * Returns: (transfer full) (nullable): the directory, or %NULL if any
 *   problem was found
 */
KhDirectory *
kh_directory_new_from_bytes (GBytes      *bytes,
                             const char  *label,
                             KhDirectory *base,
                             GPtrArray   *errors)
{
  g_autoptr (KhJsonReader) reader = NULL;
  g_autoptr (KhDirectory) self = NULL;
  const char *data;
  JsonNode   *root;
  gsize       length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);
  g_return_val_if_fail (errors != NULL, NULL);

  reader = kh_json_reader_new (label);
  data = g_bytes_get_data (bytes, &length);

  /* An empty GBytes may have no data pointer at all. */
  if ((root = kh_json_reader_parse (reader, data != NULL ? data : "", length)))
    self = kh_directory_new_from_json (reader, root, base);

  for (guint i = 0; i < kh_json_reader_get_n_errors (reader); i++)
    g_ptr_array_add (errors, g_error_copy (kh_json_reader_get_error (reader, i)));

  if (kh_json_reader_has_errors (reader))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kh_directory_new_bundled:
 * @error: return location for the first problem found
 *
 * Returns: (transfer full) (nullable): the directory compiled into the app
 */
KhDirectory *
kh_directory_new_bundled (GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_uri (KH_CONTENT_RESOURCE_URI "directory.json");
  g_autoptr (GPtrArray) errors = NULL;
  g_autoptr (GBytes) bytes = NULL;
  KhDirectory *self;

  if (!(bytes = kh_untrusted_file_read_content (file, error)))
    return NULL;

  errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  if (!(self = kh_directory_new_from_bytes (bytes, "directory.json", NULL, errors)))
    kh_content_errors_propagate (errors, error);

  return self;
}

/**
 * kh_directory_new_with_local_file:
 * @base: the bundled directory
 * @file: a clinic's local services file
 * @error: return location for the first problem found, labelled with the
 *   file's path
 *
 * Returns: (transfer full) (nullable): @base with the clinic's services
 *   added, or %NULL if the file cannot be read or has any problem
 */
KhDirectory *
kh_directory_new_with_local_file (KhDirectory *base,
                                  GFile       *file,
                                  GError     **error)
{
  g_autoptr (GPtrArray) errors = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *label = NULL;
  KhDirectory     *self;

  g_return_val_if_fail (KH_IS_DIRECTORY (base), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  label = g_file_get_parse_name (file);

  if (!(bytes = kh_untrusted_file_read (file, KH_UNTRUSTED_FILE_LOCAL_MAX, &local_error)))
    {
      g_set_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_NOT_FOUND,
                   _ ("%s: cannot read the file: %s"), label, local_error->message);
      return NULL;
    }

  errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  if (!(self = kh_directory_new_from_bytes (bytes, label, base, errors)))
    {
      kh_content_errors_propagate (errors, error);
      return NULL;
    }

  self->local_path = g_steal_pointer (&label);

  return self;
}

/**
 * kh_directory_dup_local_candidates:
 * @configured_path: (nullable): the path set in GSettings, or "" or %NULL
 *
 * Where a clinic's file may be. A configured path is the only candidate.
 * Otherwise, in order of precedence (the first that exists is used):
 * `$XDG_CONFIG_HOME/kratom-help/local-services.json`, the same in each of
 * `$XDG_CONFIG_DIRS`, then `/etc/kratom-help/local-services.json`.
 *
 * Returns: (transfer full): the candidate paths, most important first
 */
GStrv
kh_directory_dup_local_candidates (const char *configured_path)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  const char *const *system_dirs;

  if (configured_path != NULL && *configured_path != '\0')
    {
      g_strv_builder_add (builder, configured_path);
      return g_strv_builder_end (builder);
    }

  g_ptr_array_add (paths, g_build_filename (g_get_user_config_dir (), "kratom-help",
                                            KH_LOCAL_SERVICES_NAME, NULL));
  system_dirs = g_get_system_config_dirs ();
  for (guint i = 0; system_dirs[i] != NULL; i++)
    g_ptr_array_add (paths, g_canonicalize_filename (system_dirs[i], "/"));
  for (guint i = 1; i < paths->len; i++)
    {
      char *dir = paths->pdata[i];

      paths->pdata[i] = g_build_filename (dir, "kratom-help", KH_LOCAL_SERVICES_NAME, NULL);
      g_free (dir);
    }
  g_ptr_array_add (paths, g_strdup (KH_LOCAL_SERVICES_SYSTEM_PATH));

  /* $XDG_CONFIG_DIRS may well contain /etc: keep the first of each. */
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      gboolean    seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = g_str_equal (path, g_ptr_array_index (paths, j));
      if (!seen)
        g_strv_builder_add (builder, path);
    }

  return g_strv_builder_end (builder);
}

/**
 * kh_directory_find_local_file:
 * @configured_path: (nullable): the path set in GSettings, or "" or %NULL
 *
 * Returns: (transfer full) (nullable): the configured file (even if it
 *   does not exist, so that a wrong path is reported), else the first
 *   candidate that exists, else %NULL
 */
GFile *
kh_directory_find_local_file (const char *configured_path)
{
  g_auto (GStrv) candidates = kh_directory_dup_local_candidates (configured_path);

  if (configured_path != NULL && *configured_path != '\0')
    return g_file_new_for_path (candidates[0]);

  for (guint i = 0; candidates[i] != NULL; i++)
    if (g_file_test (candidates[i], G_FILE_TEST_EXISTS))
      return g_file_new_for_path (candidates[i]);

  return NULL;
}

/**
 * kh_directory_new_for_system:
 * @configured_path: (nullable): the local-services-path setting
 * @local_error: return location for a problem with the clinic's file
 * @error: return location for a problem with the bundled directory
 *
 * Loads the bundled directory and, if there is one, the clinic's file. A
 * broken clinic's file is reported in @local_error and left out: the
 * bundled directory is still returned.
 *
 * Returns: (transfer full) (nullable): the directory, or %NULL only if the
 *   bundled one is broken
 */
KhDirectory *
kh_directory_new_for_system (const char *configured_path,
                             GError    **local_error,
                             GError    **error)
{
  g_autoptr (KhDirectory) bundled = NULL;
  g_autoptr (GFile) file = NULL;
  KhDirectory *merged;

  if (!(bundled = kh_directory_new_bundled (error)))
    return NULL;

  if (!(file = kh_directory_find_local_file (configured_path)))
    return g_steal_pointer (&bundled);

  if (!(merged = kh_directory_new_with_local_file (bundled, file, local_error)))
    return g_steal_pointer (&bundled);

  return merged;
}

/**
 * kh_directory_get_reviewed:
 *
 * Returns: (transfer none) (nullable): the day the bundled numbers were
 *   last checked, in UTC
 */
GDateTime *
kh_directory_get_reviewed (KhDirectory *self)
{
  g_return_val_if_fail (KH_IS_DIRECTORY (self), NULL);

  return self->reviewed;
}

/**
 * kh_directory_get_organization:
 *
 * Returns: (nullable): the clinic's name from its local file, not
 *   translated
 */
const char *
kh_directory_get_organization (KhDirectory *self)
{
  g_return_val_if_fail (KH_IS_DIRECTORY (self), NULL);

  return self->organization;
}

/**
 * kh_directory_get_local_path:
 *
 * Returns: (nullable): the clinic's file merged into this directory
 */
const char *
kh_directory_get_local_path (KhDirectory *self)
{
  g_return_val_if_fail (KH_IS_DIRECTORY (self), NULL);

  return self->local_path;
}

guint
kh_directory_get_n_regions (KhDirectory *self)
{
  g_return_val_if_fail (KH_IS_DIRECTORY (self), 0);

  return self->regions->len;
}

/**
 * kh_directory_get_region:
 *
 * Returns: (transfer none): the region at @index: bundled ones in file
 *   order, then a clinic's
 */
KhRegion *
kh_directory_get_region (KhDirectory *self,
                         guint        index)
{
  g_return_val_if_fail (KH_IS_DIRECTORY (self), NULL);
  g_return_val_if_fail (index < self->regions->len, NULL);

  return g_ptr_array_index (self->regions, index);
}

/**
 * kh_directory_lookup_region:
 * @code: a region code such as "GB" or "other"
 *
 * Returns: (transfer none) (nullable): the region
 */
KhRegion *
kh_directory_lookup_region (KhDirectory *self,
                            const char  *code)
{
  g_return_val_if_fail (KH_IS_DIRECTORY (self), NULL);

  if (code == NULL)
    return NULL;

  for (guint i = 0; i < self->regions->len; i++)
    {
      KhRegion *region = g_ptr_array_index (self->regions, i);

      if (g_strcmp0 (region->code, code) == 0)
        return region;
    }

  return NULL;
}

/**
 * kh_directory_lookup_service:
 *
 * Returns: (transfer none) (nullable): the service with @id
 */
KhService *
kh_directory_lookup_service (KhDirectory *self,
                             const char  *id)
{
  g_return_val_if_fail (KH_IS_DIRECTORY (self), NULL);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->services->len; i++)
    {
      KhService *service = g_ptr_array_index (self->services, i);

      if (g_strcmp0 (service->id, id) == 0)
        return service;
    }

  return NULL;
}

/**
 * kh_directory_dup_services:
 * @code: a region code
 *
 * The services to show for a region, in the order to show them: the
 * clinic's own (those for every region and those for @code, in the file's
 * order), then the bundled ones for @code. The emergency numbers are not
 * among them: see kh_region_get_emergency().
 *
 * Returns: (transfer container) (element-type KhService): the services
 */
GPtrArray *
kh_directory_dup_services (KhDirectory *self,
                           const char  *code)
{
  GPtrArray *services;

  g_return_val_if_fail (KH_IS_DIRECTORY (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  services = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_service_unref);
  for (guint i = 0; i < self->services->len; i++)
    {
      KhService *service = g_ptr_array_index (self->services, i);

      if (kh_service_serves_region (service, code))
        g_ptr_array_add (services, kh_service_ref (service));
    }

  return services;
}

/**
 * kh_directory_region_for_locale:
 * @locale: (nullable): a POSIX locale name such as "es_US.UTF-8"
 *
 * Returns: the code of the region for @locale's territory if the
 *   directory has it, else %KH_REGION_OTHER
 */
const char *
kh_directory_region_for_locale (KhDirectory *self,
                                const char  *locale)
{
  g_autofree char *territory = NULL;
  KhRegion        *region;

  g_return_val_if_fail (KH_IS_DIRECTORY (self), KH_REGION_OTHER);

  territory = kh_locale_dup_territory (locale);
  if ((region = kh_directory_lookup_region (self, territory)))
    return region->code;

  return KH_REGION_OTHER;
}

/**
 * kh_directory_resolve_region:
 * @chosen: (nullable): the region a person chose, or "" or %NULL to follow
 *   the locale
 *
 * A code the directory does not have (a clinic's region whose file was
 * removed, say) gives the locale's region, as an empty choice does.
 *
 * Returns: the code of the region to show
 */
const char *
kh_directory_resolve_region (KhDirectory *self,
                             const char  *chosen)
{
  KhRegion *region;

  g_return_val_if_fail (KH_IS_DIRECTORY (self), KH_REGION_OTHER);

  if (chosen != NULL && *chosen != '\0' && (region = kh_directory_lookup_region (self, chosen)))
    return region->code;

  return kh_directory_region_for_locale (self, kh_locale_get_environment ());
}
