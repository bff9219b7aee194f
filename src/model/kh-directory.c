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

#include "kh-directory-private.h"
#include "kh-i18n.h"
#include "kh-untrusted-file.h"

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

G_DEFINE_FINAL_TYPE (KhDirectory, kh_directory, G_TYPE_OBJECT)

static const char *const bundled_members[] = { "reviewed", "regions", "services", NULL };
static const char *const local_members[] = {
  "organization", "reviewed", "regions", "services", NULL
};

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
      KhRegion        *region = kh_region_new_from_json (reader, json_array_get_element (array, i),
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
      KhService       *service = kh_service_new_from_json (reader, json_array_get_element (array, i),
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
