/* kh-i18n.c: translation of content strings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-i18n"

#include "config.h"

#include <glib/gi18n.h>

#include "kh-i18n.h"

/**
 * kh_i18n_translate:
 * @msgid: (nullable): an English content string
 *
 * Returns: (nullable): @msgid in the current language, through gettext in
 *   the app's domain; %NULL for %NULL
 */
const char *
kh_i18n_translate (const char *msgid)
{
  if (msgid == NULL)
    return NULL;

  /* dgettext(), not g_dgettext(): GLib's variant decides once per process
   * whether to translate at all, which breaks a later change of language. */
  return dgettext (GETTEXT_PACKAGE, msgid);
}
