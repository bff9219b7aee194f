/* kh-untrusted-file.c: reading a file the app did not write
 *
 * A clinic's services file, a file given to --validate-content, and
 * whatever a later feature reads from outside the app may be anything a
 * path can name: a FIFO that never delivers a byte, /dev/zero, a
 * directory, a file that grows while it is read. This is the one place
 * such a file is read: only a regular file, opened without blocking,
 * checked on the open descriptor (so nothing can be swapped in between a
 * check and the open), and read with a limit counted on the bytes
 * actually read, not on the size the file claims.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-untrusted-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kh-untrusted-file.h"

static const char *
describe_kind (mode_t mode)
{
  if (S_ISDIR (mode))
    return _ ("it is a folder, not a regular file");
  if (S_ISFIFO (mode))
    return _ ("it is a named pipe (FIFO), not a regular file");
  if (S_ISCHR (mode))
    return _ ("it is a character device, not a regular file");
  if (S_ISBLK (mode))
    return _ ("it is a block device, not a regular file");
  if (S_ISSOCK (mode))
    return _ ("it is a socket, not a regular file");
  return _ ("it is not a regular file");
}

/**
 * kh_untrusted_file_read_path:
 * @path: a file name
 * @max_bytes: the most the file may hold
 * @error: return location for an error, whose message says what is wrong
 *   without repeating @path
 *
 * Reads a whole regular file of at most @max_bytes bytes. FIFOs, devices,
 * sockets and folders are refused without waiting on them, and reading
 * stops as soon as the limit is passed.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
kh_untrusted_file_read_path (const char *path,
                             gsize       max_bytes,
                             GError    **error)
{
  g_autoptr (GByteArray) buffer = NULL;
  struct stat info;
  int         fd;
  int         saved_errno;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (max_bytes > 0 && max_bytes < G_MAXSIZE, NULL);

  /* O_NONBLOCK: opening a FIFO with no writer would otherwise wait for
   * one; the type is then checked on what was opened. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &info) != 0)
    {
      saved_errno = errno;
      g_close (fd, NULL);
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return NULL;
    }

  if (!S_ISREG (info.st_mode))
    {
      g_close (fd, NULL);
      g_set_error_literal (error, G_IO_ERROR,
                           S_ISDIR (info.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                           describe_kind (info.st_mode));
      return NULL;
    }

  buffer = g_byte_array_sized_new (MIN ((gsize) MAX (info.st_size, 0), max_bytes) + 1);

  for (;;)
    {
      guint8 chunk[16 * 1024];
      gssize n;
      gsize  room = max_bytes + 1 - buffer->len;

      n = read (fd, chunk, MIN (sizeof chunk, room));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved_errno = errno;
          g_close (fd, NULL);
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;

      g_byte_array_append (buffer, chunk, n);
      if (buffer->len > max_bytes)
        {
          g_close (fd, NULL);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       _ ("it is larger than %lu bytes, the most this file may hold"),
                       (unsigned long) max_bytes);
          return NULL;
        }
    }

  g_close (fd, NULL);

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * kh_untrusted_file_read:
 * @file: a local file
 * @max_bytes: the most the file may hold
 * @error: return location for an error
 *
 * As kh_untrusted_file_read_path(), for a #GFile. Only local files are
 * read: the app reads nothing over a network.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
kh_untrusted_file_read (GFile   *file,
                        gsize    max_bytes,
                        GError **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(path = g_file_peek_path (file)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _ ("only local files can be read"));
      return NULL;
    }

  return kh_untrusted_file_read_path (path, max_bytes, error);
}

/**
 * kh_untrusted_file_read_content:
 * @file: a local file or a resource:// file
 *
 * Reads a whole content file: one compiled into the app (resource://) as
 * it is, any other as kh_untrusted_file_read() does, refusing anything but
 * a regular file of at most %KH_UNTRUSTED_FILE_CONTENT_MAX bytes.
 *
 * Returns: (transfer full): the contents
 */
GBytes *
kh_untrusted_file_read_content (GFile   *file,
                                GError **error)
{
  g_autofree char *data = NULL;
  gsize            length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_has_uri_scheme (file, "resource"))
    return kh_untrusted_file_read (file, KH_UNTRUSTED_FILE_CONTENT_MAX, error);

  /* Compiled into the app, by the build, from data/content. */
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&data), length);
}
