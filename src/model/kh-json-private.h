/* kh-json-private.h: what the JSON reader's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-json.h"

G_BEGIN_DECLS

G_GNUC_INTERNAL
gboolean kh_json_prescan (KhJsonReader *reader,
                          const char   *data,
                          gsize         length);

G_END_DECLS
