/* kh-i18n.c: translations, and changing language while running
 *
 * A kiosk visitor must be able to switch language on a machine whose
 * only locale may be C.UTF-8 (a Debian container, a Flatpak runtime with
 * few locales), so the language is never chosen with setlocale(): the
 * process runs in the system locale, or C.UTF-8 if that is plain "C", and
 * gettext's LANGUAGE list picks the catalogue. glibc reads LANGUAGE on
 * every lookup; bumping _nl_msg_cat_cntr drops its cache, as the GNU
 * gettext manual describes for this case.
 *
 * textdomain() is left at its default on purpose: with another default
 * domain, GLib's g_dgettext() decides once, at its first call, whether
 * to translate at all, and would then ignore a later switch. Code uses
 * <glib/gi18n-lib.h> and .ui files name their domain instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-i18n"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "kh-i18n.h"

#ifdef __GLIBC__
extern int _nl_msg_cat_cntr;
#endif

/* Shipped languages besides English, from po/LINGUAS at build time. */
static const char *const languages[] = { "en", KH_LANGUAGES NULL };

static char    *chosen;
static char    *system_language;
static gboolean initialized;

/**
 * kh_i18n_init:
 * @localedir: where the catalogues are
 *
 * Sets up the locale and gettext for the app. Call once, first thing.
 */
void
kh_i18n_init (const char *localedir)
{
  const char *messages;

  g_return_if_fail (localedir != NULL);

  setlocale (LC_ALL, "");
  messages = setlocale (LC_MESSAGES, NULL);
  /* glibc ignores LANGUAGE in the "C" locale; C.UTF-8 is always there. */
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_ALL, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  /* LANG=es_US.UTF-8 must mean Spanish even where that locale is not
   * installed and setlocale() fell back to C.UTF-8: hand gettext the
   * languages the environment asks for. */
  if (g_getenv ("LANGUAGE") == NULL || g_getenv ("LANGUAGE")[0] == '\0')
    {
      const char *const *names = g_get_language_names ();
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      g_auto (GStrv) list = NULL;
      g_autofree char *joined = NULL;

      for (guint i = 0; names[i] != NULL; i++)
        if (!g_str_equal (names[i], "C") && !g_str_equal (names[i], "POSIX") &&
            strchr (names[i], '.') == NULL && strchr (names[i], '@') == NULL)
          g_strv_builder_add (builder, names[i]);
      list = g_strv_builder_end (builder);
      joined = g_strjoinv (":", list);
      if (joined[0] != '\0')
        g_setenv ("LANGUAGE", joined, TRUE);
    }

  g_free (system_language);
  system_language = g_strdup (g_getenv ("LANGUAGE"));
  initialized = TRUE;
}

/**
 * kh_i18n_translate:
 * @msgid: (nullable): an English content string
 *
 * Returns: (nullable): @msgid in the current language; %NULL for %NULL
 */
const char *
kh_i18n_translate (const char *msgid)
{
  if (msgid == NULL)
    return NULL;

  /* dgettext(), not g_dgettext(): see the top of this file. */
  return dgettext (GETTEXT_PACKAGE, msgid);
}

/**
 * kh_i18n_get_languages:
 *
 * Returns: (transfer none): the codes of the languages the app can be
 *   switched to, English first
 */
const char *const *
kh_i18n_get_languages (void)
{
  return languages;
}

/**
 * kh_i18n_get_language_name:
 * @language: a language code
 *
 * Returns: the name of @language in that language, as a visitor who
 *   reads it looks for it, e.g. "Español"
 */
const char *
kh_i18n_get_language_name (const char *language)
{
  static const struct
  {
    const char *code;
    const char *name;
  } names[] = {
    { "en", "English" },
    { "es", "Español" },
    { "fr", "Français" },
    { "de", "Deutsch" },
    { "pt", "Português" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].code, language) == 0)
      return names[i].name;

  return language;
}

/**
 * kh_i18n_set_language:
 * @language: (nullable): a code from kh_i18n_get_languages(), or %NULL or
 *   "" to follow the system again
 *
 * Changes the language of every string looked up from now on. What is
 * already on screen must be drawn again by the caller.
 *
 * Returns: %TRUE if the language changed
 */
gboolean
kh_i18n_set_language (const char *language)
{
  if (language != NULL && language[0] == '\0')
    language = NULL;

  if (language != NULL && !g_strv_contains (languages, language))
    {
      g_warning ("No translation for language “%s”", language);
      return FALSE;
    }

  if (g_strcmp0 (chosen, language) == 0)
    return FALSE;

  g_free (chosen);
  chosen = g_strdup (language);

  if (chosen != NULL)
    g_setenv ("LANGUAGE", chosen, TRUE);
  else if (system_language != NULL)
    g_setenv ("LANGUAGE", system_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#endif

  return TRUE;
}

/**
 * kh_i18n_get_language:
 *
 * Returns: (nullable): the language chosen in the app, or %NULL when it
 *   follows the system
 */
const char *
kh_i18n_get_language (void)
{
  return chosen;
}

/**
 * kh_i18n_get_effective_language:
 *
 * Returns: the code of the language the app is shown in now: the one
 *   chosen, else the first of the user's languages that is shipped, else
 *   "en"
 */
const char *
kh_i18n_get_effective_language (void)
{
  const char *const *names;

  if (chosen != NULL)
    return chosen;

  /* g_get_language_names() caches on LANGUAGE and the locale variables,
   * which are read again when they change. */
  names = g_get_language_names ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *code = g_strndup (names[i], strcspn (names[i], "_.@"));

      if (g_str_equal (code, "C") || g_str_equal (code, "POSIX"))
        break;
      for (guint j = 0; languages[j] != NULL; j++)
        if (g_str_equal (languages[j], code))
          return languages[j];
    }

  return "en";
}

/**
 * kh_i18n_format_date:
 * @date: a date
 *
 * Formats @date as the current language writes dates, e.g. "30 November
 * 2026" or "30 de noviembre de 2026". Month names come from the app's own
 * catalogue: the system's (through %B) would be English wherever the
 * chosen language's locale is not installed.
 *
 * Returns: (transfer full): the date
 */
char *
kh_i18n_format_date (GDateTime *date)
{
  static const char *const months[] = {
    NC_ ("month name", "January"),
    NC_ ("month name", "February"),
    NC_ ("month name", "March"),
    NC_ ("month name", "April"),
    NC_ ("month name", "May"),
    NC_ ("month name", "June"),
    NC_ ("month name", "July"),
    NC_ ("month name", "August"),
    NC_ ("month name", "September"),
    NC_ ("month name", "October"),
    NC_ ("month name", "November"),
    NC_ ("month name", "December"),
  };
  g_autoptr (GString) format = NULL;
  const char *month;

  g_return_val_if_fail (date != NULL, NULL);

  month = g_dpgettext2 (GETTEXT_PACKAGE, "month name", months[g_date_time_get_month (date) - 1]);
  /* Translators: a date, e.g. "30 November 2026"; see g_date_time_format()
   * for the codes (%B is the month's name), and reorder them as your
   * language writes dates. */
  format = g_string_new (_ ("%-d %B %Y"));
  g_string_replace (format, "%B", month, 0);

  return g_date_time_format (date, format->str);
}

/**
 * kh_locale_dup_territory:
 * @locale: (nullable): a locale name: language[_territory][.codeset][@modifier]
 *
 * "es_US.UTF-8" gives "US", "en_GB@euro" gives "GB". "C", "POSIX", a
 * language alone ("de") or a numeric region ("es_419") give %NULL: they
 * say nothing certain about the country. "UK", a common mistake, is read
 * as "GB".
 *
 * Returns: (transfer full) (nullable): the territory as an upper-case ISO
 *   3166 code
 */
char *
kh_locale_dup_territory (const char *locale)
{
  const char *start, *end;

  if (locale == NULL)
    return NULL;

  end = locale + strcspn (locale, ".@");
  start = memchr (locale, '_', end - locale);
  if (start == NULL)
    start = memchr (locale, '-', end - locale);
  if (start == NULL || start == locale)
    return NULL;

  start++;
  if (end - start != 2 || !g_ascii_isalpha (start[0]) || !g_ascii_isalpha (start[1]))
    return NULL;

  if (g_ascii_strncasecmp (start, "UK", 2) == 0)
    return g_strdup ("GB");

  return g_ascii_strup (start, 2);
}

/**
 * kh_locale_get_environment:
 *
 * The locale that says where the user is: the first set of `LC_ALL`,
 * `LC_MESSAGES` and `LANG`, as the C library reads them. `LANGUAGE` is
 * not consulted: it lists languages to read, not a place.
 *
 * Returns: (nullable): the locale name, or %NULL if none is set
 */
const char *
kh_locale_get_environment (void)
{
  static const char *const variables[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      const char *value = g_getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return value;
    }

  return NULL;
}
