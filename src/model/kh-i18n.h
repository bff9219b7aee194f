/* kh-i18n.h: translations, and changing language while running
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void               kh_i18n_init (const char *localedir);
const char        *kh_i18n_translate (const char *msgid);
const char *const *kh_i18n_get_languages (void);
const char        *kh_i18n_get_language_name (const char *language);
gboolean           kh_i18n_set_language (const char *language);
const char        *kh_i18n_get_language (void);
const char        *kh_i18n_get_effective_language (void);

char *kh_i18n_format_date (GDateTime *date);

char       *kh_locale_dup_territory (const char *locale);
const char *kh_locale_get_environment (void);

G_END_DECLS
