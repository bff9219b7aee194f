/* kh-service.c: a service that helps: who it is, what it does, how to reach it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-directory"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-directory-private.h"
#include "kh-i18n.h"

static const char *const service_kinds[] = {
  "emergency", "helpline", "crisis", "poison", "locator", "family", "urgent",
  "treatment", "support-group", "clinic", "other", NULL
};
static const char *const service_members[] = {
  "id", "regions", "kind", "name", "description", "contacts", "hours", "cost",
  "confidentiality", "languages", "source", "checked", NULL
};

G_DEFINE_BOXED_TYPE (KhService, kh_service, kh_service_ref, kh_service_unref)

KhService *
kh_service_alloc (void)
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
  g_autofree char *array_path = kh_directory_member_path (path, member);
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
void
kh_service_read_provenance (KhJsonReader *reader,
                            JsonObject   *object,
                            const char   *path,
                            gboolean      required,
                            KhService    *service)
{
  service->source = g_strdup (kh_json_reader_get_string (reader, object, path, "source", required));
  service->checked = kh_json_reader_get_date (reader, object, path, "checked", required);

  if (service->source != NULL && !g_str_has_prefix (service->source, "https://"))
    {
      g_autofree char *source_path = kh_directory_member_path (path, "source");

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, source_path,
                                _ ("expected an address starting with “https://”"));
    }
}

KhService *
kh_service_new_from_json (KhJsonReader *reader,
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

  service = kh_service_alloc ();
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
  kh_contact_read_list (reader, object, path, service->contacts);
  kh_service_read_provenance (reader, object, path, !is_local, service);

  if (service->id != NULL && !kh_json_is_valid_id (service->id))
    {
      g_autofree char *id_path = kh_directory_member_path (path, "id");

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

/**
 * kh_service_dup_summary_line:
 *
 * The service on one line of a printed or shared summary: its name, then
 * each way to reach it, as in "SAMHSA National Helpline: 1-800-662-4357;
 * text 435748 (…)".
 *
 * Returns: (transfer full): the line
 */
char *
kh_service_dup_summary_line (const KhService *service)
{
  GString *line;

  g_return_val_if_fail (service != NULL, NULL);

  line = g_string_new (kh_service_get_name (service));
  for (guint i = 0; i < kh_service_get_n_contacts (service); i++)
    {
      KhContact  *contact = kh_service_get_contact (service, i);
      const char *label = kh_contact_get_label (contact);

      g_string_append (line, i == 0 ? ": " : "; ");
      if (kh_contact_get_contact_type (contact) == KH_CONTACT_TEXT)
        /* Translators: a text-message number in a printed or shared summary */
        g_string_append_printf (line, _ ("text %s"), kh_contact_get_display_value (contact));
      else
        g_string_append (line, kh_contact_get_display_value (contact));
      if (label != NULL)
        g_string_append_printf (line, " (%s)", label);
    }

  return g_string_free (line, FALSE);
}
