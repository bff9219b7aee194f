/* kh-json-scan.c: the pre-scan of untrusted JSON, before json-glib sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-json-private.h"

/* The pre-scan: json-glib's parser recurses once per level of nesting,
 * keeps the last of two members with the same name, and cuts a string at
 * an escaped U+0000. The text is walked once before json-glib sees it, so
 * that deep nesting is refused before it can exhaust the stack, and the
 * other two are reported with their JSON path rather than lost. */

#define MAX_SCAN_PROBLEMS 20

typedef struct
{
  gboolean    is_object;
  gboolean    want_name;
  guint       index;
  const char *name;
  GHashTable *names;
} ScanFrame;

typedef struct
{
  KhJsonReader *reader;
  GArray       *frames;
  const char   *start;
  guint         n_problems;
} Scan;

static void
scan_frame_clear (gpointer data)
{
  ScanFrame *frame = data;

  g_clear_pointer (&frame->names, g_hash_table_unref);
}

/* The path of the value being read, through the first @n_frames levels. */
static char *
scan_path (Scan *scan,
           guint n_frames)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < n_frames; i++)
    {
      ScanFrame *frame = &g_array_index (scan->frames, ScanFrame, i);

      if (!frame->is_object)
        g_string_append_printf (path, "/%u", frame->index);
      else if (!frame->want_name && frame->name != NULL)
        g_string_append_printf (path, "/%s", frame->name);
    }

  return g_string_free (path, FALSE);
}

static void
scan_position (Scan       *scan,
               const char *at,
               guint      *line,
               guint      *column)
{
  const char *line_start = scan->start;

  *line = 1;
  for (const char *p = scan->start; p < at; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }
  *column = g_utf8_strlen (line_start, at - line_start) + 1;
}

static gboolean
is_control (gunichar c)
{
  /* A line break written as \n is how content separates paragraphs. */
  return (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f);
}

static int
hex_value (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Decodes the string that starts after the quote at @p into @out.
 * Returns: the character after the closing quote, or %NULL if there is
 *   none. *@control is set to the first control character, if any (a raw
 *   line break counts: JSON allows none unescaped). */
static const char *
scan_string (const char *p,
             const char *end,
             GString    *out,
             gunichar   *control)
{
  *control = G_MAXUINT32;
  g_string_truncate (out, 0);

  while (p < end && *p != '"')
    {
      gunichar c;

      if (*p == '\\' && p + 1 < end)
        {
          int value;

          switch (p[1])
            {
            case 'n':
              c = '\n';
              break;
            case 't':
              c = '\t';
              break;
            case 'r':
              c = '\r';
              break;
            case 'b':
              c = '\b';
              break;
            case 'f':
              c = '\f';
              break;
            case 'u':
              if (end - p < 6 || (value = hex_value (p + 2)) < 0)
                {
                  c = 0xfffd;
                  break;
                }
              p += 4;
              c = value;
              /* A surrogate pair spells one character. */
              if (value >= 0xd800 && value < 0xdc00 && end - p >= 8 && p[2] == '\\' &&
                  p[3] == 'u' && (value = hex_value (p + 4)) >= 0xdc00 && value < 0xe000)
                {
                  c = 0x10000 + ((c - 0xd800) << 10) + (value - 0xdc00);
                  p += 6;
                }
              else if (value >= 0xd800 && value < 0xe000)
                c = 0xfffd;
              break;
            default:
              c = (guchar) p[1];
              break;
            }
          p += 2;
        }
      else
        {
          c = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          /* JSON allows no line break unescaped. */
          if (c == '\n' && *control == G_MAXUINT32)
            *control = c;
        }

      if (is_control (c) && *control == G_MAXUINT32)
        *control = c;
      g_string_append_unichar (out, c);
    }

  return p < end ? p + 1 : NULL;
}

static void
scan_problem (Scan       *scan,
              guint       n_frames,
              const char *suffix,
              const char *message)
{
  g_autofree char *path = NULL;
  g_autofree char *full = NULL;

  if (scan->n_problems++ >= MAX_SCAN_PROBLEMS)
    return;

  path = scan_path (scan, n_frames);
  full = suffix != NULL ? g_strdup_printf ("%s/%s", path, suffix) : g_steal_pointer (&path);
  kh_json_reader_add_error (scan->reader, KH_CONTENT_ERROR_VALUE, full, "%s", message);
}

/**
 * kh_json_prescan:
 * @reader: the reader that records the problems found
 * @data: the document, valid UTF-8
 * @length: its length in bytes
 *
 * Returns: %FALSE if the text must not be given to json-glib: nested too
 *   deep, or with characters json-glib might read differently from this
 *   scan (comments, single quotes), so that the nesting seen here is the
 *   nesting it would see. */
gboolean
kh_json_prescan (KhJsonReader *reader,
                 const char   *data,
                 gsize         length)
{
  g_autoptr (GArray) frames = g_array_new (FALSE, TRUE, sizeof (ScanFrame));
  g_autoptr (GString) text = g_string_new (NULL);
  const char *end = data + length;
  const char *p = data;
  Scan        scan = { reader, frames, data, 0 };

  g_array_set_clear_func (frames, scan_frame_clear);

  /* A byte order mark is the one thing allowed before the value. */
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p < end)
    {
      ScanFrame *top = frames->len > 0 ? &g_array_index (frames, ScanFrame, frames->len - 1) : NULL;
      char       c = *p;

      switch (c)
        {
        case '[':
        case '{':
          if (frames->len >= KH_JSON_MAX_DEPTH)
            {
              g_autofree char *path = scan_path (&scan, frames->len);

              kh_json_reader_add_error (reader, KH_CONTENT_ERROR_PARSE, path,
                                        _ ("nested more than %u levels deep"),
                                        (guint) KH_JSON_MAX_DEPTH);
              return FALSE;
            }
          g_array_set_size (frames, frames->len + 1);
          top = &g_array_index (frames, ScanFrame, frames->len - 1);
          top->is_object = c == '{';
          top->want_name = top->is_object;
          p++;
          break;

        case ']':
        case '}':
          if (frames->len > 0)
            g_array_set_size (frames, frames->len - 1);
          p++;
          break;

        case ',':
          if (top != NULL && top->is_object)
            {
              top->want_name = TRUE;
              top->name = NULL;
            }
          else if (top != NULL)
            top->index++;
          p++;
          break;

        case '"':
          {
            const char *opening = p;
            gunichar    control;

            if (!(p = scan_string (p + 1, end, text, &control)))
              {
                guint line, column;

                scan_position (&scan, opening, &line, &column);
                kh_json_reader_add_error (reader, KH_CONTENT_ERROR_PARSE, NULL,
                                          _ ("not valid JSON: %u:%u: a string is not closed"),
                                          line, column);
                return FALSE;
              }

            if (top != NULL && top->is_object && top->want_name)
              {
                char *name;

                if (top->names == NULL)
                  top->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
                if (g_hash_table_lookup_extended (top->names, text->str, (gpointer *) &name, NULL))
                  {
                    g_autofree char *message = g_strdup_printf (_ ("member “%s” is given more than once"),
                                                                text->str);

                    scan_problem (&scan, frames->len - 1, NULL, message);
                  }
                else
                  {
                    name = g_strdup (text->str);
                    g_hash_table_add (top->names, name);
                  }
                top->name = name;
                top->want_name = FALSE;
                if (control != G_MAXUINT32)
                  {
                    g_autofree char *message = g_strdup_printf (_ ("the member name holds the control character U+%04X"),
                                                                control);

                    scan_problem (&scan, frames->len, NULL, message);
                  }
              }
            else if (control != G_MAXUINT32)
              {
                g_autofree char *message = g_strdup_printf (_ ("the string holds the control character U+%04X"),
                                                            control);

                scan_problem (&scan, frames->len, NULL, message);
              }
          }
          break;

        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case ':':
        case '-':
        case '+':
        case '.':
          p++;
          break;

        default:
          if (g_ascii_isalnum (c))
            {
              p++;
              break;
            }
          else
            {
              guint line, column;
              char  shown[8] = { 0 };

              scan_position (&scan, p, &line, &column);
              g_unichar_to_utf8 (g_utf8_get_char (p), shown);
              kh_json_reader_add_error (reader, KH_CONTENT_ERROR_PARSE, NULL,
                                        _ ("not valid JSON: %u:%u: unexpected character “%s”"),
                                        line, column, shown);
              return FALSE;
            }
        }
    }

  return TRUE;
}
