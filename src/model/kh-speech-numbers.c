/* kh-speech-numbers.c: phone numbers as they are said, to be dialled
 *
 * Digit by digit in the groups they are written in ("1, 800, 662, 4357";
 * "988" as "9 8 8"), with the rules of Spanish where they differ. Pure
 * functions, used by KhSpeechText on every piece of text it is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-speech-text"

#include "config.h"

#include <string.h>

#include "kh-speech-text.h"

/* Fewer digits than this in a grouped run is not a phone number: "24 7",
 * "12-15". */
#define MIN_GROUPED_DIGITS 7

static gboolean
is_spanish (const char *language)
{
  return g_str_has_prefix (language, "es");
}

/* One group of digits: as a number, unless it starts with 0 (read as a
 * number, "0300" would lose its zero), and in Spanish four digits are
 * said in two pairs, the way numbers are dictated there ("43 57"). */
static void
append_group (GString    *out,
              const char *digits,
              gsize       length,
              const char *language)
{
  if (digits[0] == '0')
    {
      for (gsize i = 0; i < length; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          g_string_append_c (out, digits[i]);
        }
    }
  else if (length == 4 && is_spanish (language))
    {
      g_string_append_len (out, digits, 2);
      g_string_append_c (out, ' ');
      g_string_append_len (out, digits + 2, 2);
    }
  else
    g_string_append_len (out, digits, length);
}

static void
append_digits (GString    *out,
               const char *digits,
               gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append_c (out, digits[i]);
    }
}

/* The separator between groups: a comma and a space, which makes the
 * synthesiser pause. Never a bare comma between digits: in Spanish "1,800"
 * is a decimal number, "uno coma ochocientos". */
#define GROUP_SEPARATOR ", "

/**
 * kh_speech_text_speak_number:
 * @number: a phone number as the directory writes it: digits, with "-"
 *   or spaces between groups and an optional leading "+"
 * @language: the language it is spoken in
 *
 * Returns: (transfer full): @number as it should be spoken to be
 *   dialled: "1-800-662-4357" as "1, 800, 662, 4357", "988" as "9 8 8",
 *   "+44 300 123" as "plus 44, 300, 123"; text that is not a number is
 *   returned as it is
 */
char *
kh_speech_text_speak_number (const char *number,
                             const char *language)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_auto (GStrv) groups = NULL;
  const char *p = number;
  guint       n_groups = 0;

  g_return_val_if_fail (number != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  if (*p == '+')
    {
      /* The country code's "+", in the language of the number. */
      g_string_append (out, is_spanish (language) ? "más " : "plus ");
      p++;
    }

  groups = g_regex_split_simple ("[-\\s\u2011]+", p, 0, 0);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (*groups[i] == '\0')
        continue;
      for (const char *c = groups[i]; *c != '\0'; c++)
        if (!g_ascii_isdigit (*c))
          return g_strdup (number);
      n_groups++;
    }
  if (n_groups == 0)
    return g_strdup (number);

  if (n_groups == 1)
    {
      for (guint i = 0; groups[i] != NULL; i++)
        if (*groups[i] != '\0')
          append_digits (out, groups[i], strlen (groups[i]));
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  n_groups = 0;
  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (*groups[i] == '\0')
        continue;
      if (n_groups++ > 0)
        g_string_append (out, GROUP_SEPARATOR);
      append_group (out, groups[i], strlen (groups[i]), language);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  const char *language;
  GHashTable *dial_numbers;
} ReplaceData;

static gboolean
replace_number_cb (const GMatchInfo *match,
                   GString          *result,
                   gpointer          user_data)
{
  ReplaceData     *data = user_data;
  g_autofree char *whole = g_match_info_fetch (match, 0);
  g_autofree char *date = g_match_info_fetch (match, 1);
  guint            digits = 0;
  gboolean         grouped = FALSE;

  for (const char *c = whole; *c != '\0'; c = g_utf8_next_char (c))
    {
      if (g_ascii_isdigit (*c))
        digits++;
      else if (*c != '+')
        grouped = TRUE;
    }

  /* A date (2026-12-01) is not a number to dial. */
  if (date != NULL && *date != '\0')
    g_string_append (result, whole);
  else if ((grouped && digits >= MIN_GROUPED_DIGITS) ||
           (data->dial_numbers != NULL && g_hash_table_contains (data->dial_numbers, whole)))
    {
      g_autofree char *spoken = kh_speech_text_speak_number (whole, data->language);

      g_string_append (result, spoken);
    }
  else if (grouped && data->dial_numbers != NULL)
    {
      /* "911 24 hours a day": no phone number as a whole, but perhaps a
       * short one followed by a quantity. */
      g_auto (GStrv) words = g_strsplit (whole, " ", -1);

      for (guint i = 0; words[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append_c (result, ' ');
          if (g_hash_table_contains (data->dial_numbers, words[i]))
            {
              g_autofree char *spoken = kh_speech_text_speak_number (words[i], data->language);

              g_string_append (result, spoken);
            }
          else
            g_string_append (result, words[i]);
        }
    }
  else
    g_string_append (result, whole);

  return FALSE;
}

/**
 * kh_speech_text_speak_numbers_in:
 * @text: running text
 * @language: its language
 * @dial_numbers: (nullable): a set of numbers, as the directory writes
 *   them, to be spoken digit by digit where they stand alone
 *
 * Returns: (transfer full): @text with its phone numbers rewritten as by
 *   kh_speech_text_speak_number(): every grouped number of seven digits
 *   or more, and every number of @dial_numbers; other numbers ("24
 *   hours", "2026") stay as they are
 */
char *
kh_speech_text_speak_numbers_in (const char *text,
                                 const char *language,
                                 GHashTable *dial_numbers)
{
  static GRegex *number_regex = NULL;
  ReplaceData    data = { language, dial_numbers };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  if (g_once_init_enter (&number_regex))
    {
      /* Digits and groups of digits joined by "-", a non-breaking hyphen
       * or one space; not part of a word, a decimal or an address. */
      GRegex *regex = g_regex_new ("(?<![\\w.,/+\\-\u2011])"
                                   "(?:(\\d{4}-\\d{2}-\\d{2})(?![\\d-])"
                                   "|\\+?\\d+(?:(?:-|\u2011| )\\d+)*)"
                                   "(?![\\w/\\-\u2011]|[.,]\\d)",
                                   G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&number_regex, regex);
    }

  return g_regex_replace_eval (number_regex, text, -1, 0, 0, replace_number_cb, &data, NULL);
}
