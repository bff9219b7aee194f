/* test-json.c: the JSON reader and the errors it collects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kh-json.h"

/* Parses @json as "doc.json" and returns its root object; the JSON of a
 * test is always valid, the mistakes are in what it holds. */
static JsonObject *
parse_object (KhJsonReader *reader,
              const char   *json)
{
  JsonNode *root = kh_json_reader_parse (reader, json, -1);

  g_assert_nonnull (root);
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, 0);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_node_get_object (root);
}

/* Asserts that error @index of @reader has @code and @message. */
static void
assert_error (KhJsonReader *reader,
              guint         index,
              int           code,
              const char   *message)
{
  const GError *error;

  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), >, index);
  error = kh_json_reader_get_error (reader, index);
  g_assert_error ((GError *) error, KH_CONTENT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_n_errors (KhJsonReader *reader,
                 guint         n)
{
  for (guint i = 0; i < kh_json_reader_get_n_errors (reader); i++)
    g_test_message ("error %u: %s", i, kh_json_reader_get_error (reader, i)->message);
  g_assert_cmpuint (kh_json_reader_get_n_errors (reader), ==, n);
  g_assert_true (kh_json_reader_has_errors (reader) == (n > 0));
}

static void
test_parse_valid (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  g_autoptr (GError) error = NULL;
  JsonNode *root;

  g_assert_cmpstr (kh_json_reader_get_label (reader), ==, "doc.json");
  g_assert_null (kh_json_reader_get_root (reader));
  assert_n_errors (reader, 0);

  root = kh_json_reader_parse (reader, "{ \"a\": [ 1, 2 ] }", -1);
  g_assert_nonnull (root);
  g_assert_true (kh_json_reader_get_root (reader) == root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root), "a")), ==, 2);
  assert_n_errors (reader, 0);
  g_assert_true (kh_json_reader_propagate (reader, &error));
  g_assert_no_error (error);

  /* A second document replaces the first. */
  root = kh_json_reader_parse (reader, "[ true ]", -1);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (kh_json_reader_get_root (reader)));
}

static void
test_parse_length (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  const char *data = "{ \"a\": 1 } and then garbage";
  JsonNode   *root;

  /* Only @length bytes are the document. */
  root = kh_json_reader_parse (reader, data, strlen ("{ \"a\": 1 }"));
  assert_n_errors (reader, 0);
  g_assert_nonnull (root);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "a"), ==, 1);

  g_assert_null (kh_json_reader_parse (reader, data, -1));
  assert_n_errors (reader, 1);
  g_assert_error ((GError *) kh_json_reader_get_error (reader, 0), KH_CONTENT_ERROR, KH_CONTENT_ERROR_PARSE);
}

static void
test_parse_syntax_error (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("faq.json");
  const GError *error;

  g_assert_null (kh_json_reader_parse (reader, "{\n  \"id\": \"faq\",\n  \"title\" 3\n}", -1));
  assert_n_errors (reader, 1);
  error = kh_json_reader_get_error (reader, 0);
  g_test_message ("%s", error->message);
  g_assert_error ((GError *) error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_PARSE);
  /* The line of the mistake, and json-glib's "<data>" replaced by the file. */
  g_assert_true (g_str_has_prefix (error->message, "faq.json: not valid JSON: 3:"));
  g_assert_null (strstr (error->message, "<data>"));
  g_assert_null (kh_json_reader_get_root (reader));
}

static void
test_parse_empty (void)
{
  static const char *const empty[] = { "", "   ", "\n\n" };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr (KhJsonReader) reader = kh_json_reader_new ("index.json");
      g_autofree char *escaped = g_strescape (empty[i], NULL);

      g_test_message ("document “%s”", escaped);
      g_assert_null (kh_json_reader_parse (reader, empty[i], -1));
      assert_n_errors (reader, 1);
      g_assert_error ((GError *) kh_json_reader_get_error (reader, 0), KH_CONTENT_ERROR, KH_CONTENT_ERROR_PARSE);
      g_assert_null (kh_json_reader_get_root (reader));
    }
}

static void
test_parse_not_utf8 (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");

  /* Latin-1 "é", as an editor set to the wrong encoding writes it. */
  g_assert_null (kh_json_reader_parse (reader, "{ \"title\": \"Caf\xe9\" }", -1));
  assert_n_errors (reader, 1);
  assert_error (reader, 0, KH_CONTENT_ERROR_PARSE, "doc.json: the file is not valid UTF-8 text");
}

static void
test_add_error (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");

  kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/blocks/3/items", "expected %d items, found %s", 2, "none");
  kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, "", "the root");
  kh_json_reader_add_error (reader, KH_CONTENT_ERROR_NOT_FOUND, NULL, "cannot read the file");

  assert_n_errors (reader, 3);
  assert_error (reader, 0, KH_CONTENT_ERROR_VALUE, "doc.json: /blocks/3/items: expected 2 items, found none");
  /* The empty path is the document itself. */
  assert_error (reader, 1, KH_CONTENT_ERROR_DUPLICATE, "doc.json: /: the root");
  /* No path: about the file as a whole. */
  assert_error (reader, 2, KH_CONTENT_ERROR_NOT_FOUND, "doc.json: cannot read the file");
}

static void
test_propagate (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  g_autoptr (GError) error = NULL;

  kh_json_reader_add_error (reader, KH_CONTENT_ERROR_MISSING, "/a", "first");
  g_assert_false (kh_json_reader_propagate (reader, &error));
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_MISSING);
  g_assert_cmpstr (error->message, ==, "doc.json: /a: first");
  g_clear_error (&error);

  /* The first error, with its code, saying how many more there are. */
  kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, "/b", "second");
  g_assert_false (kh_json_reader_propagate (reader, &error));
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_MISSING);
  g_assert_cmpstr (error->message, ==, "doc.json: /a: first (and 1 more problem)");
  g_clear_error (&error);

  kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, "/c", "third");
  g_assert_false (kh_json_reader_propagate (reader, &error));
  g_assert_cmpstr (error->message, ==, "doc.json: /a: first (and 2 more problems)");
  g_clear_error (&error);

  /* Without a place to put the error, still the answer. */
  g_assert_false (kh_json_reader_propagate (reader, NULL));
  /* Propagating does not use the errors up. */
  assert_n_errors (reader, 3);
}

static void
test_errors_propagate (void)
{
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (errors, g_error_new_literal (KH_CONTENT_ERROR, KH_CONTENT_ERROR_UNKNOWN_TARGET, "a.json: /x: one"));
  kh_content_errors_propagate (errors, &error);
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_UNKNOWN_TARGET);
  g_assert_cmpstr (error->message, ==, "a.json: /x: one");
  /* A copy: the array still owns its errors. */
  g_assert_true (error != errors->pdata[0]);
  g_clear_error (&error);

  g_ptr_array_add (errors, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "b.json: two"));
  g_ptr_array_add (errors, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "c.json: three"));
  kh_content_errors_propagate (errors, &error);
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_UNKNOWN_TARGET);
  g_assert_cmpstr (error->message, ==, "a.json: /x: one (and 2 more problems)");
  g_assert_cmpuint (errors->len, ==, 3);
}

static void
test_expect (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  JsonObject *root = parse_object (reader, "{ \"list\": [ 1 ], \"map\": { \"k\": 1 }, \"s\": \"x\", \"n\": null }");

  g_assert_nonnull (kh_json_reader_expect_object (reader, kh_json_reader_get_root (reader), ""));
  g_assert_nonnull (kh_json_reader_expect_array (reader, json_object_get_member (root, "list"), "/list"));
  g_assert_nonnull (kh_json_reader_expect_object (reader, json_object_get_member (root, "map"), "/map"));
  /* No node: nothing to complain about, the caller reported it missing. */
  g_assert_null (kh_json_reader_expect_object (reader, NULL, "/gone"));
  g_assert_null (kh_json_reader_expect_array (reader, NULL, "/gone"));
  assert_n_errors (reader, 0);

  g_assert_null (kh_json_reader_expect_object (reader, json_object_get_member (root, "list"), "/list"));
  g_assert_null (kh_json_reader_expect_array (reader, json_object_get_member (root, "map"), "/map"));
  g_assert_null (kh_json_reader_expect_array (reader, json_object_get_member (root, "s"), "/s"));
  g_assert_null (kh_json_reader_expect_object (reader, json_object_get_member (root, "n"), "/n"));
  g_assert_null (kh_json_reader_expect_array (reader, kh_json_reader_get_root (reader), ""));

  assert_n_errors (reader, 5);
  assert_error (reader, 0, KH_CONTENT_ERROR_TYPE, "doc.json: /list: expected an object, found an array");
  assert_error (reader, 1, KH_CONTENT_ERROR_TYPE, "doc.json: /map: expected an array, found an object");
  assert_error (reader, 2, KH_CONTENT_ERROR_TYPE, "doc.json: /s: expected an array, found a string");
  assert_error (reader, 3, KH_CONTENT_ERROR_TYPE, "doc.json: /n: expected an object, found null");
  assert_error (reader, 4, KH_CONTENT_ERROR_TYPE, "doc.json: /: expected an array, found an object");
}

static void
test_get_string (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("faq.json");
  JsonObject *block = parse_object (reader,
                                    "{ \"text\": \"Kratom is a tree.\", \"unicode\": \"Náuseas\","
                                    "  \"padded\": \"  x  \", \"blank\": \" \\n  \", \"empty\": \"\","
                                    "  \"number\": 12, \"bool\": false, \"null\": null, \"list\": [ \"a\" ],"
                                    "  \"object\": {} }");

  g_assert_cmpstr (kh_json_reader_get_string (reader, block, "/blocks/3", "text", TRUE), ==, "Kratom is a tree.");
  g_assert_cmpstr (kh_json_reader_get_string (reader, block, "/blocks/3", "unicode", TRUE), ==, "Náuseas");
  /* Text is kept as written, spaces and all. */
  g_assert_cmpstr (kh_json_reader_get_string (reader, block, "/blocks/3", "padded", TRUE), ==, "  x  ");
  /* Absent and optional: no value, no error. */
  g_assert_null (kh_json_reader_get_string (reader, block, "/blocks/3", "title", FALSE));
  assert_n_errors (reader, 0);

  g_assert_null (kh_json_reader_get_string (reader, block, "/blocks/3", "title", TRUE));
  g_assert_null (kh_json_reader_get_string (reader, block, "/blocks/3", "blank", TRUE));
  g_assert_null (kh_json_reader_get_string (reader, block, "/blocks/3", "empty", FALSE));
  g_assert_null (kh_json_reader_get_string (reader, block, "/blocks/3", "number", TRUE));
  g_assert_null (kh_json_reader_get_string (reader, block, "/blocks/3", "bool", TRUE));
  g_assert_null (kh_json_reader_get_string (reader, block, "/blocks/3", "null", FALSE));
  g_assert_null (kh_json_reader_get_string (reader, block, "/blocks/3", "list", TRUE));
  g_assert_null (kh_json_reader_get_string (reader, block, "", "object", TRUE));

  assert_n_errors (reader, 8);
  assert_error (reader, 0, KH_CONTENT_ERROR_MISSING, "faq.json: /blocks/3: missing member “title” (expected a string)");
  assert_error (reader, 1, KH_CONTENT_ERROR_VALUE, "faq.json: /blocks/3/blank: expected a non-empty string");
  /* Present but empty is wrong even where the member is optional. */
  assert_error (reader, 2, KH_CONTENT_ERROR_VALUE, "faq.json: /blocks/3/empty: expected a non-empty string");
  assert_error (reader, 3, KH_CONTENT_ERROR_TYPE, "faq.json: /blocks/3/number: expected a string, found a number");
  assert_error (reader, 4, KH_CONTENT_ERROR_TYPE, "faq.json: /blocks/3/bool: expected a string, found a boolean");
  assert_error (reader, 5, KH_CONTENT_ERROR_TYPE, "faq.json: /blocks/3/null: expected a string, found null");
  assert_error (reader, 6, KH_CONTENT_ERROR_TYPE, "faq.json: /blocks/3/list: expected a string, found an array");
  assert_error (reader, 7, KH_CONTENT_ERROR_TYPE, "faq.json: /object: expected a string, found an object");
}

static void
test_string_at (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("signs.json");
  JsonObject *root = parse_object (reader, "{ \"items\": [ \"Cravings\", 7, \"\", \"Sweating\", 1.5 ] }");
  JsonArray  *items = json_object_get_array_member (root, "items");

  g_assert_cmpstr (kh_json_reader_string_at (reader, items, "/blocks/2/items", 0), ==, "Cravings");
  g_assert_cmpstr (kh_json_reader_string_at (reader, items, "/blocks/2/items", 3), ==, "Sweating");
  assert_n_errors (reader, 0);

  g_assert_null (kh_json_reader_string_at (reader, items, "/blocks/2/items", 1));
  g_assert_null (kh_json_reader_string_at (reader, items, "/blocks/2/items", 2));
  g_assert_null (kh_json_reader_string_at (reader, items, "/blocks/2/items", 4));
  assert_n_errors (reader, 3);
  assert_error (reader, 0, KH_CONTENT_ERROR_TYPE, "signs.json: /blocks/2/items/1: expected a string, found a number");
  assert_error (reader, 1, KH_CONTENT_ERROR_VALUE, "signs.json: /blocks/2/items/2: expected a non-empty string");
  assert_error (reader, 2, KH_CONTENT_ERROR_TYPE, "signs.json: /blocks/2/items/4: expected a string, found a number");
}

static void
test_get_int (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  JsonObject *source = parse_object (reader,
                                     "{ \"year\": 2019, \"negative\": -4, \"big\": 9007199254740993,"
                                     "  \"fraction\": 2019.5, \"text\": \"2019\", \"bool\": true, \"null\": null }");
  gint64      value = 0;

  g_assert_true (kh_json_reader_get_int (reader, source, "/sources/0", "year", TRUE, &value));
  g_assert_cmpint (value, ==, 2019);
  g_assert_true (kh_json_reader_get_int (reader, source, "/sources/0", "negative", TRUE, &value));
  g_assert_cmpint (value, ==, -4);
  /* Whole numbers beyond a double's precision are read exactly. */
  g_assert_true (kh_json_reader_get_int (reader, source, "/sources/0", "big", TRUE, &value));
  g_assert_cmpint (value, ==, G_GINT64_CONSTANT (9007199254740993));
  g_assert_true (kh_json_reader_get_int (reader, source, "/sources/0", "year", TRUE, NULL));

  /* Absent and optional: FALSE, the value untouched, no error. */
  value = 77;
  g_assert_false (kh_json_reader_get_int (reader, source, "/sources/0", "month", FALSE, &value));
  g_assert_cmpint (value, ==, 77);
  assert_n_errors (reader, 0);

  g_assert_false (kh_json_reader_get_int (reader, source, "/sources/0", "month", TRUE, &value));
  g_assert_false (kh_json_reader_get_int (reader, source, "/sources/0", "fraction", TRUE, &value));
  g_assert_false (kh_json_reader_get_int (reader, source, "/sources/0", "text", FALSE, &value));
  g_assert_false (kh_json_reader_get_int (reader, source, "/sources/0", "bool", TRUE, &value));
  g_assert_false (kh_json_reader_get_int (reader, source, "/sources/0", "null", TRUE, &value));
  g_assert_cmpint (value, ==, 77);

  assert_n_errors (reader, 5);
  assert_error (reader, 0, KH_CONTENT_ERROR_MISSING, "doc.json: /sources/0: missing member “month” (expected a whole number)");
  assert_error (reader, 1, KH_CONTENT_ERROR_TYPE, "doc.json: /sources/0/fraction: expected a whole number, found a number");
  assert_error (reader, 2, KH_CONTENT_ERROR_TYPE, "doc.json: /sources/0/text: expected a whole number, found a string");
  assert_error (reader, 3, KH_CONTENT_ERROR_TYPE, "doc.json: /sources/0/bool: expected a whole number, found a boolean");
  assert_error (reader, 4, KH_CONTENT_ERROR_TYPE, "doc.json: /sources/0/null: expected a whole number, found null");
}

static void
test_get_boolean (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("kiosk.json");
  JsonObject *object = parse_object (reader, "{ \"yes\": true, \"no\": false, \"text\": \"true\", \"one\": 1 }");
  gboolean    value = FALSE;

  g_assert_true (kh_json_reader_get_boolean (reader, object, "", "yes", TRUE, &value));
  g_assert_true (value);
  g_assert_true (kh_json_reader_get_boolean (reader, object, "", "no", TRUE, &value));
  g_assert_false (value);

  value = TRUE;
  g_assert_false (kh_json_reader_get_boolean (reader, object, "", "maybe", FALSE, &value));
  g_assert_true (value);
  assert_n_errors (reader, 0);

  g_assert_false (kh_json_reader_get_boolean (reader, object, "", "maybe", TRUE, &value));
  g_assert_false (kh_json_reader_get_boolean (reader, object, "", "text", TRUE, &value));
  g_assert_false (kh_json_reader_get_boolean (reader, object, "/print", "one", FALSE, &value));
  g_assert_true (value);

  assert_n_errors (reader, 3);
  assert_error (reader, 0, KH_CONTENT_ERROR_MISSING, "kiosk.json: /: missing member “maybe” (expected true or false)");
  assert_error (reader, 1, KH_CONTENT_ERROR_TYPE, "kiosk.json: /text: expected true or false, found a string");
  assert_error (reader, 2, KH_CONTENT_ERROR_TYPE, "kiosk.json: /print/one: expected true or false, found a number");
}

static void
test_get_enum (void)
{
  static const char *const styles[] = { "info", "warning", "crisis", NULL };
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  JsonObject *object = parse_object (reader,
                                     "{ \"first\": \"info\", \"last\": \"crisis\", \"loud\": \"loud\","
                                     "  \"upper\": \"Warning\", \"number\": 1 }");

  g_assert_cmpint (kh_json_reader_get_enum (reader, object, "/blocks/1", "first", styles, -1), ==, 0);
  g_assert_cmpint (kh_json_reader_get_enum (reader, object, "/blocks/1", "last", styles, -1), ==, 2);
  assert_n_errors (reader, 0);

  /* Anything else is the fallback, and an error: the member is required. */
  g_assert_cmpint (kh_json_reader_get_enum (reader, object, "/blocks/1", "loud", styles, -1), ==, -1);
  g_assert_cmpint (kh_json_reader_get_enum (reader, object, "/blocks/1", "upper", styles, 5), ==, 5);
  g_assert_cmpint (kh_json_reader_get_enum (reader, object, "/blocks/1", "style", styles, 1), ==, 1);
  g_assert_cmpint (kh_json_reader_get_enum (reader, object, "/blocks/1", "number", styles, -1), ==, -1);

  assert_n_errors (reader, 4);
  assert_error (reader, 0, KH_CONTENT_ERROR_VALUE,
                "doc.json: /blocks/1/loud: unknown value “loud” (expected one of “info”, “warning”, “crisis”)");
  assert_error (reader, 1, KH_CONTENT_ERROR_VALUE,
                "doc.json: /blocks/1/upper: unknown value “Warning” (expected one of “info”, “warning”, “crisis”)");
  assert_error (reader, 2, KH_CONTENT_ERROR_MISSING, "doc.json: /blocks/1: missing member “style” (expected a string)");
  assert_error (reader, 3, KH_CONTENT_ERROR_TYPE, "doc.json: /blocks/1/number: expected a string, found a number");
}

static void
test_get_array_object (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("directory.json");
  JsonObject *root = parse_object (reader,
                                   "{ \"services\": [ { \"id\": \"a\" } ], \"region\": { \"code\": \"US\" },"
                                   "  \"string\": \"x\" }");
  JsonArray  *array;
  JsonObject *object;

  array = kh_json_reader_get_array (reader, root, "", "services", TRUE);
  g_assert_nonnull (array);
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  object = kh_json_reader_get_object (reader, root, "", "region", TRUE);
  g_assert_nonnull (object);
  g_assert_cmpstr (json_object_get_string_member (object, "code"), ==, "US");
  g_assert_null (kh_json_reader_get_array (reader, root, "", "contacts", FALSE));
  g_assert_null (kh_json_reader_get_object (reader, root, "", "print", FALSE));
  assert_n_errors (reader, 0);

  g_assert_null (kh_json_reader_get_array (reader, root, "", "contacts", TRUE));
  g_assert_null (kh_json_reader_get_object (reader, root, "/services/0", "print", TRUE));
  g_assert_null (kh_json_reader_get_array (reader, root, "", "region", TRUE));
  g_assert_null (kh_json_reader_get_object (reader, root, "", "services", FALSE));
  g_assert_null (kh_json_reader_get_array (reader, root, "/x", "string", FALSE));

  assert_n_errors (reader, 5);
  assert_error (reader, 0, KH_CONTENT_ERROR_MISSING, "directory.json: /: missing member “contacts” (expected an array)");
  assert_error (reader, 1, KH_CONTENT_ERROR_MISSING, "directory.json: /services/0: missing member “print” (expected an object)");
  assert_error (reader, 2, KH_CONTENT_ERROR_TYPE, "directory.json: /region: expected an array, found an object");
  assert_error (reader, 3, KH_CONTENT_ERROR_TYPE, "directory.json: /services: expected an object, found an array");
  assert_error (reader, 4, KH_CONTENT_ERROR_TYPE, "directory.json: /x/string: expected an array, found a string");
}

static void
test_check_members (void)
{
  static const char *const allowed[] = { "type", "text", NULL };
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  JsonObject *root = parse_object (reader,
                                   "{ \"good\": { \"type\": \"heading\", \"text\": \"x\" },"
                                   "  \"some\": { \"text\": \"x\" }, \"none\": {},"
                                   "  \"bad\": { \"type\": \"heading\", \"txet\": \"x\", \"Text\": \"y\" } }");

  kh_json_reader_check_members (reader, json_object_get_object_member (root, "good"), "/blocks/0", allowed);
  kh_json_reader_check_members (reader, json_object_get_object_member (root, "some"), "/blocks/1", allowed);
  kh_json_reader_check_members (reader, json_object_get_object_member (root, "none"), "/blocks/2", allowed);
  assert_n_errors (reader, 0);

  /* Every stranger, in the order written; names are case-sensitive. */
  kh_json_reader_check_members (reader, json_object_get_object_member (root, "bad"), "/blocks/3", allowed);
  assert_n_errors (reader, 2);
  assert_error (reader, 0, KH_CONTENT_ERROR_VALUE, "doc.json: /blocks/3: unknown member “txet” (expected one of “type”, “text”)");
  assert_error (reader, 1, KH_CONTENT_ERROR_VALUE, "doc.json: /blocks/3: unknown member “Text” (expected one of “type”, “text”)");
}

static void
test_get_date (void)
{
  static const struct
  {
    const char *text;
    int         year, month, day;
  } good[] = {
    { "2026-11-30", 2026, 11, 30 },
    { "2024-02-29", 2024, 2, 29 },
    { "1999-01-01", 1999, 1, 1 },
    { "2026-12-31", 2026, 12, 31 },
  };
  static const char *const bad[] = {
    "2026-02-30",
    "2023-02-29",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-1-05",
    "2026-01-5",
    "26-01-2026",
    "2026/01/05",
    "2026-01-05x",
    "2026-01-05T00:00",
    "20260105",
    "today",
    "2026-+1-05",
    "2026-01- 5",
    " 026-01-05",
    "+026-01-05",
    "2026-0x-05",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
      g_autofree char *json = g_strdup_printf ("{ \"reviewed\": \"%s\" }", good[i].text);
      JsonObject      *root = parse_object (reader, json);
      g_autoptr (GDateTime) date = NULL;

      g_test_message ("date “%s”", good[i].text);
      date = kh_json_reader_get_date (reader, root, "", "reviewed", TRUE);
      assert_n_errors (reader, 0);
      g_assert_nonnull (date);
      g_assert_cmpint (g_date_time_get_year (date), ==, good[i].year);
      g_assert_cmpint (g_date_time_get_month (date), ==, good[i].month);
      g_assert_cmpint (g_date_time_get_day_of_month (date), ==, good[i].day);
      /* Midnight UTC, so the day is the same wherever it is shown. */
      g_assert_cmpint (g_date_time_get_hour (date), ==, 0);
      g_assert_cmpint (g_date_time_get_minute (date), ==, 0);
      g_assert_cmpint (g_date_time_get_utc_offset (date), ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
      g_autofree char *json = g_strdup_printf ("{ \"reviewed\": \"%s\" }", bad[i]);
      JsonObject      *root = parse_object (reader, json);
      g_autoptr (GDateTime) date = NULL;

      g_test_message ("date “%s”", bad[i]);
      date = kh_json_reader_get_date (reader, root, "/meta", "reviewed", FALSE);
      g_assert_null (date);
      assert_n_errors (reader, 1);
      assert_error (reader, 0, KH_CONTENT_ERROR_VALUE, "doc.json: /meta/reviewed: expected a date as YYYY-MM-DD");
    }
}

static void
test_get_date_missing (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("doc.json");
  JsonObject *root = parse_object (reader, "{ \"number\": 20261130 }");

  g_assert_null (kh_json_reader_get_date (reader, root, "", "reviewed", FALSE));
  assert_n_errors (reader, 0);
  g_assert_null (kh_json_reader_get_date (reader, root, "", "reviewed", TRUE));
  g_assert_null (kh_json_reader_get_date (reader, root, "", "number", TRUE));
  assert_n_errors (reader, 2);
  assert_error (reader, 0, KH_CONTENT_ERROR_MISSING, "doc.json: /: missing member “reviewed” (expected a string)");
  assert_error (reader, 1, KH_CONTENT_ERROR_TYPE, "doc.json: /number: expected a string, found a number");
}

static void
test_every_error_collected (void)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("treatment.json");
  g_autoptr (GError) error = NULL;
  JsonObject              *root = parse_object (reader,
                                                "{ \"id\": 3, \"blocks\": [ { \"type\": \"list\", \"items\": [ \"a\", {} ] } ],"
                                                             "  \"extra\": true }");
  static const char *const allowed[] = { "id", "blocks", "reviewed", NULL };
  JsonArray               *blocks;
  JsonObject              *block;
  JsonArray               *items;

  /* A reader keeps going after a mistake, as the section loader does. */
  kh_json_reader_check_members (reader, root, "", allowed);
  g_assert_null (kh_json_reader_get_string (reader, root, "", "id", TRUE));
  g_assert_null (kh_json_reader_get_date (reader, root, "", "reviewed", TRUE));
  blocks = kh_json_reader_get_array (reader, root, "", "blocks", TRUE);
  g_assert_nonnull (blocks);
  block = kh_json_reader_expect_object (reader, json_array_get_element (blocks, 0), "/blocks/0");
  g_assert_nonnull (block);
  items = kh_json_reader_get_array (reader, block, "/blocks/0", "items", TRUE);
  for (guint i = 0; i < json_array_get_length (items); i++)
    kh_json_reader_string_at (reader, items, "/blocks/0/items", i);

  assert_n_errors (reader, 4);
  assert_error (reader, 0, KH_CONTENT_ERROR_VALUE,
                "treatment.json: /: unknown member “extra” (expected one of “id”, “blocks”, “reviewed”)");
  assert_error (reader, 1, KH_CONTENT_ERROR_TYPE, "treatment.json: /id: expected a string, found a number");
  assert_error (reader, 2, KH_CONTENT_ERROR_MISSING, "treatment.json: /: missing member “reviewed” (expected a string)");
  assert_error (reader, 3, KH_CONTENT_ERROR_TYPE, "treatment.json: /blocks/0/items/1: expected a string, found an object");

  g_assert_false (kh_json_reader_propagate (reader, &error));
  g_assert_error (error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_VALUE);
  g_assert_true (g_str_has_suffix (error->message, " (and 3 more problems)"));
}

static void
test_valid_id (void)
{
  static const char *const valid[] = { "overview", "faq", "get-help", "step-2", "a" };
  static const char *const invalid[] = {
    "",
    "Overview",
    "2nd",
    "-faq",
    "get_help",
    "get help",
    "faq.json",
    "señales",
    "faQ",
    "ünder",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    if (!kh_json_is_valid_id (valid[i]))
      g_test_fail_printf ("“%s” should be a valid id", valid[i]);

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    if (kh_json_is_valid_id (invalid[i]))
      g_test_fail_printf ("“%s” should not be a valid id", invalid[i]);

  g_assert_false (kh_json_is_valid_id (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/parse/valid", test_parse_valid);
  g_test_add_func ("/json/parse/length", test_parse_length);
  g_test_add_func ("/json/parse/syntax-error", test_parse_syntax_error);
  g_test_add_func ("/json/parse/empty", test_parse_empty);
  g_test_add_func ("/json/parse/not-utf8", test_parse_not_utf8);
  g_test_add_func ("/json/errors/add", test_add_error);
  g_test_add_func ("/json/errors/propagate", test_propagate);
  g_test_add_func ("/json/errors/propagate-array", test_errors_propagate);
  g_test_add_func ("/json/errors/every-error-collected", test_every_error_collected);
  g_test_add_func ("/json/get/expect", test_expect);
  g_test_add_func ("/json/get/string", test_get_string);
  g_test_add_func ("/json/get/string-at", test_string_at);
  g_test_add_func ("/json/get/int", test_get_int);
  g_test_add_func ("/json/get/boolean", test_get_boolean);
  g_test_add_func ("/json/get/enum", test_get_enum);
  g_test_add_func ("/json/get/array-object", test_get_array_object);
  g_test_add_func ("/json/get/date", test_get_date);
  g_test_add_func ("/json/get/date-missing", test_get_date_missing);
  g_test_add_func ("/json/check-members", test_check_members);
  g_test_add_func ("/json/valid-id", test_valid_id);

  return g_test_run ();
}
