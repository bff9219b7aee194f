/* kh-untrusted-file.h: reading a file the app did not write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A clinic's services file is a few kilobytes; this leaves room for a
 * very large clinic while keeping a read and parse to a few milliseconds. */
#define KH_UNTRUSTED_FILE_LOCAL_MAX (256 * 1024)

/* Content files given to --validate-content: the bundled ones are a few
 * tens of kilobytes. */
#define KH_UNTRUSTED_FILE_CONTENT_MAX (4 * 1024 * 1024)

GBytes *kh_untrusted_file_read (GFile   *file,
                                gsize    max_bytes,
                                GError **error);
GBytes *kh_untrusted_file_read_path (const char *path,
                                     gsize       max_bytes,
                                     GError    **error);
GBytes *kh_untrusted_file_read_content (GFile   *file,
                                        GError **error);

G_END_DECLS
