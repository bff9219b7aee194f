/* fuzz-overlay.c: libFuzzer target for a clinic's local services file
 *
 * The local file is the one piece of content that comes from outside the
 * app, so it gets arbitrary bytes merged over the bundled directory, the
 * way the Get help page loads it. Every accessor must work on whatever is
 * accepted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kh-directory.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static KhDirectory *base;

static void
exercise (KhService *service)
{
  (void) kh_service_get_name (service);
  (void) kh_service_get_description (service);
  (void) kh_service_get_hours (service);
  for (guint i = 0; i < kh_service_get_n_languages (service); i++)
    (void) kh_service_get_language (service, i);
  for (guint i = 0; i < kh_service_get_n_contacts (service); i++)
    {
      KhContact *contact = kh_service_get_contact (service, i);

      g_assert (kh_contact_get_value (contact) != NULL);
      (void) kh_contact_get_display_value (contact);
      (void) kh_contact_get_uri (contact);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (KhDirectory) merged = NULL;

  if (base == NULL)
    {
      g_autofree char *text = NULL;
      gsize            length;
      g_autoptr (GBytes) bundled = NULL;

      if (!g_file_get_contents (KH_FUZZ_DIRECTORY_JSON, &text, &length, NULL))
        g_error ("cannot read %s", KH_FUZZ_DIRECTORY_JSON);
      bundled = g_bytes_new_take (g_steal_pointer (&text), length);
      base = kh_directory_new_from_bytes (bundled, "directory.json", NULL, errors);
      g_assert (base != NULL);
    }

  merged = kh_directory_new_from_bytes (bytes, "local-services.json", base, errors);
  if (merged == NULL)
    {
      g_assert (errors->len > 0);
      return 0;
    }

  for (guint i = 0; i < kh_directory_get_n_regions (merged); i++)
    {
      KhRegion *region = kh_directory_get_region (merged, i);
      g_autoptr (GPtrArray) services = kh_directory_dup_services (merged, kh_region_get_code (region));

      if (kh_region_get_emergency (region) != NULL)
        exercise (kh_region_get_emergency (region));
      for (guint j = 0; j < services->len; j++)
        exercise (g_ptr_array_index (services, j));
    }

  return 0;
}
