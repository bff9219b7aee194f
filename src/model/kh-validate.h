/* kh-validate.h: checking content files given on the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean kh_validate_files (const char *const *paths,
                            const char *const *known_page_ids,
                            GPtrArray         *errors);
gboolean kh_validate_get_check_dates (GDateTime **oldest,
                                      GDateTime **newest,
                                      GError    **error);

G_END_DECLS
