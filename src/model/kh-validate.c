/* kh-validate.c: checking content files given on the command line
 *
 * Content editors and clinics check their files with
 * `kratom-help --validate-content FILE...`. The kind of each file is told
 * from its top-level members, and each kind is checked by the same code
 * that loads it in the app, so the two can never disagree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-validate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-checklist.h"
#include "kh-content-sources.h"
#include "kh-content.h"
#include "kh-directory.h"
#include "kh-plan-sheet.h"
#include "kh-untrusted-file.h"
#include "kh-validate.h"

typedef struct
{
  KhJsonReader *reader;
  gboolean      is_section;
} Checked;

static void
checked_clear (gpointer data)
{
  Checked *checked = data;

  g_clear_pointer (&checked->reader, kh_json_reader_free);
}

static void
validate_index (KhJsonReader *reader,
                JsonObject   *object)
{
  static const char *const members[] = { "sections", NULL };
  JsonArray               *array;

  kh_json_reader_check_members (reader, object, "", members);
  array = kh_json_reader_get_array (reader, object, "", "sections", TRUE);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/sections/%u", i);
      const char      *id = kh_json_reader_string_at (reader, array, "/sections", i);

      if (id != NULL && !kh_json_is_valid_id (id))
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, path,
                                  _ ("expected a lower-case identifier (letters, digits and “-”)"));
    }
}

/* A clinic's file names the clinic, or has services but no regions of its
 * own; it is checked as the app merges it, on top of the bundled
 * directory. Anything else with "regions" is a whole directory. */
static void
validate_directory (KhJsonReader *reader,
                    JsonNode     *root,
                    JsonObject   *object,
                    gsize         length,
                    KhDirectory **bundled)
{
  g_autoptr (KhDirectory) directory = NULL;
  g_autoptr (GError) error = NULL;

  if (!json_object_has_member (object, "organization") &&
      json_object_has_member (object, "regions"))
    {
      directory = kh_directory_new_from_json (reader, root, NULL);
      return;
    }

  /* The app reads a clinic's file with a smaller limit: say so here. */
  if (length > KH_UNTRUSTED_FILE_LOCAL_MAX)
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, NULL,
                                _ ("the file is larger than %u bytes, the most the app reads "
                                   "from a clinic’s services file"),
                                (guint) KH_UNTRUSTED_FILE_LOCAL_MAX);
      return;
    }

  if (*bundled == NULL && !(*bundled = kh_directory_new_bundled (&error)))
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_NOT_FOUND, NULL,
                                _ ("cannot check it against the bundled directory: %s"),
                                error->message);
      return;
    }

  directory = kh_directory_new_from_json (reader, root, *bundled);
}

/**
 * kh_validate_files:
 * @paths: %NULL-terminated list of file names
 * @known_page_ids: (nullable): page ids links may name besides the
 *   sections among @paths (usually those of the bundled content)
 * @errors: (element-type GError): receives every problem, in file order
 *
 * Returns: %TRUE if every file is valid
 */
gboolean
kh_validate_files (const char *const *paths,
                   const char *const *known_page_ids,
                   GPtrArray         *errors)
{
  g_autoptr (GArray) checked = NULL;
  g_autoptr (GStrvBuilder) ids_builder = NULL;
  g_autoptr (KhDirectory) bundled_directory = NULL;
  g_auto (GStrv) ids = NULL;
  guint n_errors;

  g_return_val_if_fail (paths != NULL, FALSE);
  g_return_val_if_fail (errors != NULL, FALSE);

  n_errors = errors->len;
  checked = g_array_new (FALSE, TRUE, sizeof (Checked));
  g_array_set_clear_func (checked, checked_clear);
  ids_builder = g_strv_builder_new ();

  if (known_page_ids != NULL)
    g_strv_builder_addv (ids_builder, (const char **) known_page_ids);
  g_strv_builder_addv (ids_builder, (const char **) kh_content_get_builtin_pages ());

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (GError) local_error = NULL;
      Checked     entry = { kh_json_reader_new (paths[i]), FALSE };
      JsonObject *object;
      JsonNode   *root;
      gsize       length;
      const char *data;

      g_array_append_val (checked, entry);

      if (!(bytes = kh_untrusted_file_read_content (file, &local_error)))
        {
          kh_json_reader_add_error (entry.reader, KH_CONTENT_ERROR_NOT_FOUND, NULL,
                                    _ ("cannot read the file: %s"), local_error->message);
          continue;
        }

      data = g_bytes_get_data (bytes, &length);
      if (!(root = kh_json_reader_parse (entry.reader, data, length)) ||
          !(object = kh_json_reader_expect_object (entry.reader, root, "")))
        continue;

      if (json_object_has_member (object, "blocks"))
        {
          g_autoptr (KhSection) section = kh_section_new_from_json (entry.reader, root);
          const char *id = json_object_get_string_member_with_default (object, "id", NULL);

          g_array_index (checked, Checked, checked->len - 1).is_section = TRUE;
          /* Other files may link to it even if it has problems of its own. */
          if (id != NULL)
            g_strv_builder_add (ids_builder, id);
        }
      else if (json_object_has_member (object, "craving") || json_object_has_member (object, "safety"))
        {
          g_autoptr (KhPlanSheet) sheet = kh_plan_sheet_new_from_json (entry.reader, root);
        }
      else if (json_object_has_member (object, "questions"))
        {
          g_autoptr (KhChecklist) checklist = kh_checklist_new_from_json (entry.reader, root);
        }
      else if (json_object_has_member (object, "sections"))
        validate_index (entry.reader, object);
      else if (json_object_has_member (object, "content_sources"))
        {
          g_autoptr (KhContentSources) sources = kh_content_sources_new_from_json (entry.reader, root);
        }
      else if (json_object_has_member (object, "regions") ||
               json_object_has_member (object, "services") ||
               json_object_has_member (object, "organization"))
        validate_directory (entry.reader, root, object, length, &bundled_directory);
      else
        kh_json_reader_add_error (entry.reader, KH_CONTENT_ERROR_VALUE, "",
                                  _ ("not a Kratom Help content file (expected a section "
                                     "with “blocks” or an index with “sections”)"));
    }

  ids = g_strv_builder_end (ids_builder);

  for (guint i = 0; i < checked->len; i++)
    {
      Checked *entry = &g_array_index (checked, Checked, i);

      if (entry->is_section)
        kh_content_check_links (entry->reader, (const char *const *) ids);

      for (guint j = 0; j < kh_json_reader_get_n_errors (entry->reader); j++)
        g_ptr_array_add (errors, g_error_copy (kh_json_reader_get_error (entry->reader, j)));
    }

  return errors->len == n_errors;
}

static void
take_date (GDateTime  *date,
           GDateTime **oldest,
           GDateTime **newest)
{
  if (date == NULL)
    return;
  if (*oldest == NULL || g_date_time_compare (date, *oldest) < 0)
    {
      g_clear_pointer (oldest, g_date_time_unref);
      *oldest = g_date_time_ref (date);
    }
  if (*newest == NULL || g_date_time_compare (date, *newest) > 0)
    {
      g_clear_pointer (newest, g_date_time_unref);
      *newest = g_date_time_ref (date);
    }
}

/**
 * kh_validate_get_check_dates:
 * @oldest: (out) (transfer full): the earliest check date
 * @newest: (out) (transfer full): the latest check date
 * @error: return location for an error
 *
 * The oldest and newest dates on which the bundled content was checked
 * against its sources: every section's, the checklist's and the plan's
 * `reviewed`,
 * the directory's, and each of its numbers' `checked`.
 *
 * Returns: %FALSE if the bundled content cannot be loaded
 */
gboolean
kh_validate_get_check_dates (GDateTime **oldest,
                             GDateTime **newest,
                             GError    **error)
{
  g_autoptr (KhContent) content = NULL;
  g_autoptr (KhChecklist) checklist = NULL;
  g_autoptr (KhDirectory) directory = NULL;
  g_autoptr (KhPlanSheet) plan_sheet = NULL;

  g_return_val_if_fail (oldest != NULL && *oldest == NULL, FALSE);
  g_return_val_if_fail (newest != NULL && *newest == NULL, FALSE);

  if (!(content = kh_content_new_bundled (error)) ||
      !(checklist = kh_checklist_new_bundled (error)) ||
      !(directory = kh_directory_new_bundled (error)) ||
      !(plan_sheet = kh_plan_sheet_new_bundled (error)))
    return FALSE;

  for (guint i = 0; i < kh_content_get_n_sections (content); i++)
    take_date (kh_section_get_reviewed (kh_content_get_section (content, i)), oldest, newest);
  take_date (kh_checklist_get_reviewed (checklist), oldest, newest);
  take_date (kh_directory_get_reviewed (directory), oldest, newest);
  take_date (kh_plan_sheet_get_reviewed (plan_sheet), oldest, newest);

  for (guint i = 0; i < kh_directory_get_n_regions (directory); i++)
    {
      KhRegion *region = kh_directory_get_region (directory, i);
      g_autoptr (GPtrArray) services = kh_directory_dup_services (directory, kh_region_get_code (region));

      take_date (kh_service_get_checked (kh_region_get_emergency (region)), oldest, newest);
      for (guint j = 0; j < services->len; j++)
        take_date (kh_service_get_checked (g_ptr_array_index (services, j)), oldest, newest);
    }

  return *oldest != NULL;
}
