/* kh-json.c: path-aware reading of JSON content with precise errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "kh-json.h"

struct _KhJsonReader
{
  char      *label;
  JsonNode  *root;
  GPtrArray *errors;
};

GQuark
kh_content_error_quark (void)
{
  return g_quark_from_static_string ("kh-content-error-quark");
}

/**
 * kh_json_reader_new:
 * @label: the name used for the document in messages, e.g. "faq.json"
 *
 * Returns: (transfer full): a reader with no document and no errors
 */
KhJsonReader *
kh_json_reader_new (const char *label)
{
  KhJsonReader *reader;

  g_return_val_if_fail (label != NULL, NULL);

  reader = g_new0 (KhJsonReader, 1);
  reader->label = g_strdup (label);
  reader->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  return reader;
}

void
kh_json_reader_free (KhJsonReader *reader)
{
  if (reader == NULL)
    return;

  g_clear_pointer (&reader->root, json_node_unref);
  g_clear_pointer (&reader->errors, g_ptr_array_unref);
  g_free (reader->label);
  g_free (reader);
}

const char *
kh_json_reader_get_label (KhJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  return reader->label;
}

/**
 * kh_json_reader_get_root:
 *
 * Returns: (transfer none) (nullable): the parsed document, if any
 */
JsonNode *
kh_json_reader_get_root (KhJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);

  return reader->root;
}

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

/* Returns: %FALSE if the text must not be given to json-glib: nested too
 *   deep, or with characters json-glib might read differently from this
 *   scan (comments, single quotes), so that the nesting seen here is the
 *   nesting it would see. */
static gboolean
prescan (KhJsonReader *reader,
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

/**
 * kh_json_reader_parse:
 * @reader: a #KhJsonReader
 * @data: the document, UTF-8
 * @length: length of @data, or -1 if nul-terminated
 *
 * Parses @data. A syntax error is recorded with its line and column.
 *
 * Returns: (transfer none) (nullable): the root node, owned by @reader
 */
JsonNode *
kh_json_reader_parse (KhJsonReader *reader,
                      const char   *data,
                      gssize        length)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);

  if (!g_utf8_validate (data, length, NULL))
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_PARSE, NULL,
                                _ ("the file is not valid UTF-8 text"));
      return NULL;
    }

  if (!prescan (reader, data, length))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib already prefixes "<data>:line:col:"; keep only that part. */
      const char *message = local_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_PARSE, NULL,
                                _ ("not valid JSON: %s"), message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_PARSE, NULL,
                                _ ("the file is empty"));
      return NULL;
    }

  g_clear_pointer (&reader->root, json_node_unref);
  reader->root = json_node_ref (json_parser_get_root (parser));

  return reader->root;
}

/**
 * kh_json_reader_add_error:
 * @reader: a #KhJsonReader
 * @code: a #KhContentError
 * @path: (nullable): JSON path of the offending value, e.g. "/blocks/3/items"
 * @format: printf-style description of what was expected
 *
 * Records a problem as "label: path: message".
 */
void
kh_json_reader_add_error (KhJsonReader *reader,
                          int           code,
                          const char   *path,
                          const char   *format,
                          ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  g_return_if_fail (reader != NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL)
    g_ptr_array_add (reader->errors,
                     g_error_new (KH_CONTENT_ERROR, code, "%s: %s: %s",
                                  reader->label, *path ? path : "/", message));
  else
    g_ptr_array_add (reader->errors,
                     g_error_new (KH_CONTENT_ERROR, code, "%s: %s",
                                  reader->label, message));
}

gboolean
kh_json_reader_has_errors (KhJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, TRUE);

  return reader->errors->len > 0;
}

guint
kh_json_reader_get_n_errors (KhJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->errors->len;
}

const GError *
kh_json_reader_get_error (KhJsonReader *reader,
                          guint         index)
{
  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (index < reader->errors->len, NULL);

  return g_ptr_array_index (reader->errors, index);
}

/**
 * kh_json_reader_propagate:
 * @reader: a #KhJsonReader
 * @error: return location for the first recorded error, which says
 *   how many more there are
 *
 * Returns: %TRUE if no error was recorded
 */
gboolean
kh_json_reader_propagate (KhJsonReader *reader,
                          GError      **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  if (reader->errors->len == 0)
    return TRUE;

  kh_content_errors_propagate (reader->errors, error);
  return FALSE;
}

static const char *
node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _ ("an object");
    case JSON_NODE_ARRAY:
      return _ ("an array");
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _ ("a string");
        case G_TYPE_BOOLEAN:
          return _ ("a boolean");
        case G_TYPE_INT64:
        case G_TYPE_DOUBLE:
          return _ ("a number");
        default:
          return _ ("a value");
        }
    default:
      return _ ("a value");
    }
}

JsonObject *
kh_json_reader_expect_object (KhJsonReader *reader,
                              JsonNode     *node,
                              const char   *path)
{
  g_return_val_if_fail (reader != NULL, NULL);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, path,
                                _ ("expected an object, found %s"), node_kind (node));
      return NULL;
    }

  return json_node_get_object (node);
}

JsonArray *
kh_json_reader_expect_array (KhJsonReader *reader,
                             JsonNode     *node,
                             const char   *path)
{
  g_return_val_if_fail (reader != NULL, NULL);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, path,
                                _ ("expected an array, found %s"), node_kind (node));
      return NULL;
    }

  return json_node_get_array (node);
}

static JsonNode *
get_member (KhJsonReader *reader,
            JsonObject   *object,
            const char   *path,
            const char   *member,
            gboolean      required,
            const char   *expected)
{
  JsonNode *node;

  node = json_object_get_member (object, member);
  if (node == NULL && required)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_MISSING, path,
                              _ ("missing member “%s” (expected %s)"), member, expected);

  return node;
}

JsonArray *
kh_json_reader_get_array (KhJsonReader *reader,
                          JsonObject   *object,
                          const char   *path,
                          const char   *member,
                          gboolean      required)
{
  g_autofree char *member_path = NULL;
  JsonNode        *node;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  node = get_member (reader, object, path, member, required, _ ("an array"));
  if (node == NULL)
    return NULL;

  member_path = g_strdup_printf ("%s/%s", path, member);
  return kh_json_reader_expect_array (reader, node, member_path);
}

JsonObject *
kh_json_reader_get_object (KhJsonReader *reader,
                           JsonObject   *object,
                           const char   *path,
                           const char   *member,
                           gboolean      required)
{
  g_autofree char *member_path = NULL;
  JsonNode        *node;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  node = get_member (reader, object, path, member, required, _ ("an object"));
  if (node == NULL)
    return NULL;

  member_path = g_strdup_printf ("%s/%s", path, member);
  return kh_json_reader_expect_object (reader, node, member_path);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static const char *
check_string (KhJsonReader *reader,
              JsonNode     *node,
              const char   *path)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, path,
                                _ ("expected a string, found %s"), node_kind (node));
      return NULL;
    }

  value = json_node_get_string (node);
  if (is_blank (value))
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, path,
                                _ ("expected a non-empty string"));
      return NULL;
    }

  return value;
}

/**
 * kh_json_reader_get_string:
 *
 * Returns: (nullable): the non-empty string value of @member, or %NULL if
 *   it is absent (an error only if @required) or not a non-empty string
 */
const char *
kh_json_reader_get_string (KhJsonReader *reader,
                           JsonObject   *object,
                           const char   *path,
                           const char   *member,
                           gboolean      required)
{
  g_autofree char *member_path = NULL;
  JsonNode        *node;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  node = get_member (reader, object, path, member, required, _ ("a string"));
  if (node == NULL)
    return NULL;

  member_path = g_strdup_printf ("%s/%s", path, member);
  return check_string (reader, node, member_path);
}

const char *
kh_json_reader_string_at (KhJsonReader *reader,
                          JsonArray    *array,
                          const char   *path,
                          guint         index)
{
  g_autofree char *element_path = NULL;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (array != NULL, NULL);
  g_return_val_if_fail (index < json_array_get_length (array), NULL);

  element_path = g_strdup_printf ("%s/%u", path, index);
  return check_string (reader, json_array_get_element (array, index), element_path);
}

gboolean
kh_json_reader_get_int (KhJsonReader *reader,
                        JsonObject   *object,
                        const char   *path,
                        const char   *member,
                        gboolean      required,
                        gint64       *out_value)
{
  JsonNode *node;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  node = get_member (reader, object, path, member, required, _ ("a whole number"));
  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_autofree char *member_path = g_strdup_printf ("%s/%s", path, member);

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, member_path,
                                _ ("expected a whole number, found %s"), node_kind (node));
      return FALSE;
    }

  if (out_value != NULL)
    *out_value = json_node_get_int (node);

  return TRUE;
}

gboolean
kh_json_reader_get_boolean (KhJsonReader *reader,
                            JsonObject   *object,
                            const char   *path,
                            const char   *member,
                            gboolean      required,
                            gboolean     *out_value)
{
  JsonNode *node;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (object != NULL, FALSE);

  node = get_member (reader, object, path, member, required, _ ("true or false"));
  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *member_path = g_strdup_printf ("%s/%s", path, member);

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, member_path,
                                _ ("expected true or false, found %s"), node_kind (node));
      return FALSE;
    }

  if (out_value != NULL)
    *out_value = json_node_get_boolean (node);

  return TRUE;
}

/**
 * kh_json_reader_get_enum:
 * @choices: %NULL-terminated list of allowed strings
 * @fallback: returned when the member is absent or invalid
 *
 * Reads a required string member that must be one of @choices.
 *
 * Returns: the index of the value in @choices, or @fallback
 */
int
kh_json_reader_get_enum (KhJsonReader      *reader,
                         JsonObject        *object,
                         const char        *path,
                         const char        *member,
                         const char *const *choices,
                         int                fallback)
{
  const char *value;

  g_return_val_if_fail (reader != NULL, fallback);
  g_return_val_if_fail (choices != NULL, fallback);

  value = kh_json_reader_get_string (reader, object, path, member, TRUE);
  if (value == NULL)
    return fallback;

  for (int i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], value))
      return i;

  {
    g_autofree char *member_path = g_strdup_printf ("%s/%s", path, member);
    g_autofree char *allowed = g_strjoinv ("”, “", (char **) choices);

    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, member_path,
                              _ ("unknown value “%s” (expected one of “%s”)"),
                              value, allowed);
  }

  return fallback;
}

/**
 * kh_json_reader_check_members:
 * @allowed: %NULL-terminated list of member names @object may have
 *
 * Records an error for each member not in @allowed, so that a misspelt
 * key ("txet") is reported instead of silently ignored.
 */
void
kh_json_reader_check_members (KhJsonReader      *reader,
                              JsonObject        *object,
                              const char        *path,
                              const char *const *allowed)
{
  JsonObjectIter iter;
  const char    *name;

  g_return_if_fail (reader != NULL);
  g_return_if_fail (object != NULL);

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *list = g_strjoinv ("”, “", (char **) allowed);

          kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, path,
                                    _ ("unknown member “%s” (expected one of “%s”)"),
                                    name, list);
        }
    }
}

/**
 * kh_json_is_valid_id:
 *
 * Returns: whether @id is a lower-case identifier: a letter, then letters,
 *   digits and dashes
 */
gboolean
kh_json_is_valid_id (const char *id)
{
  if (id == NULL || !g_ascii_islower (id[0]))
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/**
 * kh_json_reader_get_date:
 * @required: whether a missing member is an error
 *
 * Reads a member that must be a date written YYYY-MM-DD.
 *
 * Returns: (transfer full) (nullable): the day, at midnight UTC, or %NULL
 *   if it is absent or not such a date
 */
GDateTime *
kh_json_reader_get_date (KhJsonReader *reader,
                         JsonObject   *object,
                         const char   *path,
                         const char   *member,
                         gboolean      required)
{
  const char *text;
  int         year, month, day;
  gboolean    digits = TRUE;
  char        end;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (object != NULL, NULL);

  if (!(text = kh_json_reader_get_string (reader, object, path, member, required)))
    return NULL;

  /* Exactly YYYY-MM-DD; sscanf alone would accept "2026-1-5x", and its
   * %d skips spaces and takes a sign, as in "2026-+1- 5". */
  for (guint i = 0; digits && text[i] != '\0' && i < 10; i++)
    digits = (i == 4 || i == 7) ? text[i] == '-' : g_ascii_isdigit (text[i]);
  if (strlen (text) != 10 || !digits ||
      sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    {
      g_autofree char *member_path = g_strdup_printf ("%s/%s", path, member);

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, member_path,
                                _ ("expected a date as YYYY-MM-DD"));
      return NULL;
    }

  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

/**
 * kh_content_errors_propagate:
 * @errors: (element-type GError): the problems found, at least one
 * @error: return location for an error
 *
 * Sets @error to the first problem, saying how many more there are.
 */
void
kh_content_errors_propagate (GPtrArray *errors,
                             GError   **error)
{
  const GError *first;

  g_return_if_fail (errors != NULL && errors->len > 0);

  first = g_ptr_array_index (errors, 0);
  if (errors->len > 1)
    g_set_error (error, first->domain, first->code,
                 g_dngettext (GETTEXT_PACKAGE, "%s (and %u more problem)",
                              "%s (and %u more problems)", errors->len - 1),
                 first->message, errors->len - 1);
  else
    g_propagate_error (error, g_error_copy (first));
}
