/* kh-plan-store.c: keeping a plan on this computer, when asked to
 *
 * Only on the desktop, only when the user turns it on, and only in the
 * app's own data folder: the file is written whole or not at all
 * (a temporary file renamed over it), readable by its owner alone, and
 * read back as an untrusted file, since anything may have changed it
 * since.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kh-plan-store.h"
#include "kh-untrusted-file.h"

/**
 * kh_plan_store_dup_default_path:
 *
 * Returns: (transfer full): where a kept plan lives:
 *   `$XDG_DATA_HOME/kratom-help/plan.json`
 */
char *
kh_plan_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kratom-help", KH_PLAN_STORE_NAME, NULL);
}

/**
 * kh_plan_store_exists:
 *
 * Returns: whether a plan is kept at @path
 */
gboolean
kh_plan_store_exists (const char *path)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/**
 * kh_plan_store_save:
 * @plan: the plan to keep
 * @path: where (see kh_plan_store_dup_default_path())
 * @error: return location for an error
 *
 * Writes @plan to @path atomically with mode 0600, making its folder
 * (mode 0700) if needed.
 *
 * Returns: whether the plan was written
 */
gboolean
kh_plan_store_save (KhPlan     *plan,
                    const char *path,
                    GError    **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *data = NULL;
  gsize            length;

  g_return_val_if_fail (KH_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Cannot make the folder %s: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  data = kh_plan_to_data (plan, &length);
  g_assert (length <= KH_PLAN_FILE_MAX);

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT,
                                   0600, error);
}

/**
 * kh_plan_store_load:
 * @plan: the plan to fill
 * @path: where a plan was kept
 * @error: return location for an error; %G_IO_ERROR_NOT_FOUND when no
 *   plan is kept there
 *
 * Reads a kept plan: a regular file of at most %KH_PLAN_FILE_MAX bytes
 * holding exactly what kh_plan_to_data() writes for this sheet. On any
 * problem @plan is left as it was.
 *
 * Returns: whether the plan was read
 */
gboolean
kh_plan_store_load (KhPlan     *plan,
                    const char *path,
                    GError    **error)
{
  g_autoptr (GBytes) bytes = NULL;
  const char *data;
  gsize       length;

  g_return_val_if_fail (KH_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(bytes = kh_untrusted_file_read_path (path, KH_PLAN_FILE_MAX, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);

  return kh_plan_load_data (plan, data != NULL ? data : "", length, error);
}

/**
 * kh_plan_store_remove:
 * @path: where a plan was kept
 * @error: return location for an error
 *
 * Deletes the kept plan. Nothing kept there is not an error.
 *
 * Returns: whether no plan is kept at @path now
 */
gboolean
kh_plan_store_remove (const char *path,
                      GError    **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Cannot delete %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
