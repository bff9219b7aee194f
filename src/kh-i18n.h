/* kh-i18n.h: translation of content strings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Content strings are stored as their English msgid and translated when
 * read, so a change of language only needs the pages to be drawn again. */
const char *kh_i18n_translate (const char *msgid);

G_END_DECLS
