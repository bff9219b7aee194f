/* kh-region.c: a country or area: its emergency numbers and advice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-directory"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-directory-private.h"
#include "kh-i18n.h"

static const char *const region_members[] = { "code", "name", "emergency", "advice", NULL };
static const char *const emergency_members[] = {
  "contacts", "note", "source", "checked", "for_crisis", NULL
};

G_DEFINE_BOXED_TYPE (KhRegion, kh_region, kh_region_ref, kh_region_unref)

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

gboolean
kh_region_is_valid_code (const char *code)
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
  g_autoptr (KhService) service = kh_service_alloc ();
  g_autofree char *emergency_path = kh_directory_member_path (path, "emergency");
  JsonObject      *emergency;

  if (!(emergency = kh_json_reader_get_object (reader, object, path, "emergency", TRUE)))
    return NULL;

  kh_json_reader_check_members (reader, emergency, emergency_path, emergency_members);
  service->kind = KH_SERVICE_EMERGENCY;
  service->id = g_strdup_printf ("emergency-%s", code != NULL ? code : "");
  service->name = g_strdup (N_ ("Emergency services"));
  service->description = g_strdup (kh_json_reader_get_string (reader, emergency, emergency_path,
                                                              "note", FALSE));
  kh_contact_read_list (reader, emergency, emergency_path, service->contacts);
  kh_service_read_provenance (reader, emergency, emergency_path, !is_local, service);
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

KhRegion *
kh_region_new_from_json (KhJsonReader *reader,
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

  if (region->code != NULL && !kh_region_is_valid_code (region->code))
    {
      g_autofree char *code_path = kh_directory_member_path (path, "code");

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
