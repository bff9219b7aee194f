/* kh-json.c: path-aware reading of JSON content with precise errors
 *
 * A KhJsonReader parses a document (after the pre-scan of
 * kh-json-scan.c) and reads it member by member, each read saying what
 * it expected; every problem is kept as "label: /json/path: message", so
 * that one run reports them all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "kh-json-private.h"
#include "kh-json.h"
#include "kh-untrusted-file.h"

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

/**
 * kh_json_reader_parse_file:
 * @reader: a fresh reader
 * @file: a file we did not write, local or resource://
 *
 * Reads @file as untrusted (bounded, see kh_untrusted_file_read_content())
 * and parses it as kh_json_reader_parse() does; a file that cannot be read
 * is recorded as an error of @reader like any other problem.
 *
 * Returns: (transfer none) (nullable): the root, owned by @reader
 */
JsonNode *
kh_json_reader_parse_file (KhJsonReader *reader,
                           GFile        *file)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize       length;
  const char *data;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(bytes = kh_untrusted_file_read_content (file, &local_error)))
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_NOT_FOUND, NULL,
                                _ ("cannot read the file: %s"), local_error->message);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &length);
  return kh_json_reader_parse (reader, data, length);
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

  if (!kh_json_prescan (reader, data, length))
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

/* A member holding a value of @type, G_TYPE_INT64 or G_TYPE_BOOLEAN: its
 * node, or %NULL if it is absent (an error only if @required) or holds
 * something else. */
static JsonNode *
get_value_member (KhJsonReader *reader,
                  JsonObject   *object,
                  const char   *path,
                  const char   *member,
                  gboolean      required,
                  GType         type)
{
  g_autofree char *member_path = NULL;
  JsonNode        *node;

  g_assert (type == G_TYPE_INT64 || type == G_TYPE_BOOLEAN);

  node = get_member (reader, object, path, member, required,
                     type == G_TYPE_INT64 ? _ ("a whole number") : _ ("true or false"));
  if (node == NULL)
    return NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type)
    return node;

  member_path = g_strdup_printf ("%s/%s", path, member);
  if (type == G_TYPE_INT64)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, member_path,
                              _ ("expected a whole number, found %s"), node_kind (node));
  else
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, member_path,
                              _ ("expected true or false, found %s"), node_kind (node));
  return NULL;
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

  if (!(node = get_value_member (reader, object, path, member, required, G_TYPE_INT64)))
    return FALSE;

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

  if (!(node = get_value_member (reader, object, path, member, required, G_TYPE_BOOLEAN)))
    return FALSE;

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
