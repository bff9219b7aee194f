/* test-untrusted-file.c: files from outside the app, read safely
 *
 * What a clinic's technician may put where the app looks for its file:
 * a FIFO, /dev/zero, a folder, a huge file, nesting that would exhaust
 * json-glib's stack, a member given twice, a string with U+0000. Each is
 * refused with one line naming the file and what is wrong, quickly, and
 * the bundled directory is still there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kh-directory.h"
#include "kh-json.h"
#include "kh-untrusted-file.h"

#define GOOD_LOCAL                                                                       \
  "{ \"organization\": \"Riverside Clinic\", \"services\": [ { \"id\": \"front-desk\", " \
  "\"kind\": \"treatment\", \"name\": \"Front desk\", \"description\": \"Ask us.\", "    \
  "\"regions\": [ \"US\" ], \"contacts\": [ { \"type\": \"call\", \"value\": \"555 0100\" } ] } ] }"

static char *tmpdir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static char *
write_file (const char *name,
            const char *text,
            gssize      length)
{
  g_autoptr (GError) error = NULL;
  char *path = tmp_path (name);

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);

  return path;
}

/* Runs the reader and returns its error, checking that it took no longer
 * than a blocking read could hide behind. */
static GError *
read_error (const char *path,
            gsize       max_bytes)
{
  g_autoptr (GBytes) bytes = NULL;
  GError *error = NULL;
  gint64  start = g_get_monotonic_time ();

  bytes = kh_untrusted_file_read_path (path, max_bytes, &error);
  if (bytes != NULL)
    g_error ("%s: read %" G_GSIZE_FORMAT " bytes where it should have been refused",
             path, g_bytes_get_size (bytes));
  g_assert_nonnull (error);
  if (g_get_monotonic_time () - start > 2 * G_USEC_PER_SEC)
    g_error ("%s: refusing it took %" G_GINT64_FORMAT " ms", path,
             (g_get_monotonic_time () - start) / 1000);
  g_test_message ("%s: %s", path, error->message);

  return error;
}

static void
test_regular (void)
{
  g_autofree char *path = write_file ("good.json", "{ \"a\": 1 }", -1);
  g_autofree char *empty = write_file ("empty.json", "", 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (path);

  bytes = kh_untrusted_file_read (file, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "{ \"a\": 1 }", 10);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* Exactly the limit is fine; one more byte is not. */
  bytes = kh_untrusted_file_read_path (path, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 10);
  g_clear_pointer (&bytes, g_bytes_unref);
  error = read_error (path, 9);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "it is larger than 9 bytes, the most this file may hold");
  g_clear_error (&error);

  bytes = kh_untrusted_file_read_path (empty, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 0);
}

static void
test_not_regular (void)
{
  g_autofree char *fifo = tmp_path ("fifo.json");
  g_autofree char *zero = tmp_path ("zero.json");
  g_autofree char *folder = tmp_path ("folder.json");
  g_autofree char *missing = tmp_path ("missing.json");
  g_autoptr (GError) error = NULL;

  /* Nobody ever writes to it: a blocking open would wait for ever. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  error = read_error (fifo, 1024);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, "it is a named pipe (FIFO), not a regular file");
  g_clear_error (&error);

  /* Endless: refused by what it is, before a single byte is read. */
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  error = read_error (zero, 1024);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, "it is a character device, not a regular file");
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  error = read_error (folder, 1024);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "it is a folder, not a regular file");
  g_clear_error (&error);

  error = read_error (missing, 1024);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_unlink (fifo);
  g_unlink (zero);
  g_rmdir (folder);
}

static void
test_huge (void)
{
  g_autofree char *path = tmp_path ("huge.json");
  g_autoptr (GError) error = NULL;
  int fd;

  /* 8 GiB that take no disk: a read that trusted the size, or read to
   * the end before checking, would take seconds and gigabytes. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 8 << 30), ==, 0);
  close (fd);

  error = read_error (path, KH_UNTRUSTED_FILE_LOCAL_MAX);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "it is larger than 262144 bytes, the most this file may hold");
  g_unlink (path);
}

/* Parses @text and returns every problem, one per line. */
static char *
parse_problems (const char *text,
                gssize      length,
                gboolean   *out_parsed)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("test.json");
  g_autoptr (GString) problems = g_string_new (NULL);
  JsonNode *root;

  root = kh_json_reader_parse (reader, text, length);
  if (out_parsed != NULL)
    *out_parsed = root != NULL;
  for (guint i = 0; i < kh_json_reader_get_n_errors (reader); i++)
    g_string_append_printf (problems, "%s\n", kh_json_reader_get_error (reader, i)->message);

  return g_string_free (g_steal_pointer (&problems), FALSE);
}

static void
test_depth (void)
{
  g_autoptr (GString) deep = g_string_new (NULL);
  g_autoptr (GString) expected = g_string_new ("test.json: ");
  g_autofree char *problems = NULL;
  gboolean         parsed;

  /* 64 levels are fine. */
  for (int i = 0; i < KH_JSON_MAX_DEPTH; i++)
    g_string_append_c (deep, '[');
  for (int i = 0; i < KH_JSON_MAX_DEPTH; i++)
    g_string_append_c (deep, ']');
  problems = parse_problems (deep->str, deep->len, &parsed);
  g_assert_cmpstr (problems, ==, "");
  g_assert_true (parsed);
  g_clear_pointer (&problems, g_free);

  /* 200 KB of "[" used to crash json-glib's recursive parser. */
  g_string_truncate (deep, 0);
  for (int i = 0; i < 200 * 1024; i++)
    g_string_append_c (deep, '[');
  for (int i = 0; i < KH_JSON_MAX_DEPTH; i++)
    g_string_append (expected, "/0");
  g_string_append (expected, ": nested more than 64 levels deep\n");
  problems = parse_problems (deep->str, deep->len, &parsed);
  g_assert_cmpstr (problems, ==, expected->str);
  g_assert_false (parsed);
  g_clear_pointer (&problems, g_free);

  /* The path names the members and elements on the way down. */
  g_string_assign (deep, "{ \"services\": [ 1, { \"a\": ");
  for (int i = 0; i < KH_JSON_MAX_DEPTH; i++)
    g_string_append (deep, "{ \"x\": ");
  problems = parse_problems (deep->str, deep->len, NULL);
  g_string_assign (expected, "test.json: /services/1/a");
  for (int i = 0; i < KH_JSON_MAX_DEPTH - 3; i++)
    g_string_append (expected, "/x");
  g_string_append (expected, ": nested more than 64 levels deep\n");
  g_assert_cmpstr (problems, ==, expected->str);
  g_clear_pointer (&problems, g_free);

  /* Brackets in strings do not count. */
  g_string_assign (deep, "[ \"");
  for (int i = 0; i < 1000; i++)
    g_string_append (deep, "[{");
  g_string_append (deep, "\" ]");
  problems = parse_problems (deep->str, deep->len, &parsed);
  g_assert_cmpstr (problems, ==, "");
  g_assert_true (parsed);
}

static void
test_syntax_hiding_depth (void)
{
  g_autoptr (GString) text = g_string_new ("/* \" */ ");
  g_autofree char *problems = NULL;
  gboolean         parsed;

  /* A comment holding a quote must not hide the brackets after it. */
  for (int i = 0; i < 100 * 1024; i++)
    g_string_append_c (text, '[');
  problems = parse_problems (text->str, text->len, &parsed);
  g_assert_cmpstr (problems, ==, "test.json: not valid JSON: 1:1: unexpected character “/”\n");
  g_assert_false (parsed);
  g_clear_pointer (&problems, g_free);

  problems = parse_problems ("{ 'a': 1 }", -1, &parsed);
  g_assert_cmpstr (problems, ==, "test.json: not valid JSON: 1:3: unexpected character “'”\n");
  g_clear_pointer (&problems, g_free);

  problems = parse_problems ("{\n  \"a\": \"never closed ]]]]", -1, &parsed);
  g_assert_cmpstr (problems, ==, "test.json: not valid JSON: 2:8: a string is not closed\n");
  g_assert_false (parsed);
}

static void
test_duplicates (void)
{
  g_autofree char *problems = NULL;
  gboolean         parsed;

  problems = parse_problems ("{ \"services\": [ 1 ], \"services\": [] }", -1, &parsed);
  g_assert_cmpstr (problems, ==, "test.json: /: member “services” is given more than once\n");
  g_clear_pointer (&problems, g_free);

  /* Spelt differently, the same name. */
  problems = parse_problems ("{ \"a\": [ {}, { \"id\": 1, \"\\u0069d\": 2 } ] }", -1, NULL);
  g_assert_cmpstr (problems, ==, "test.json: /a/1: member “id” is given more than once\n");
  g_clear_pointer (&problems, g_free);

  /* The same name in different objects is fine. */
  problems = parse_problems ("[ { \"id\": 1, \"x\": { \"id\": 2 } }, { \"id\": 3 } ]", -1, &parsed);
  g_assert_cmpstr (problems, ==, "");
  g_assert_true (parsed);
}

static void
test_control_characters (void)
{
  g_autofree char *problems = NULL;
  gboolean         parsed;

  problems = parse_problems ("{ \"contacts\": [ { \"value\": \"555\\u00000100\" } ] }", -1, NULL);
  g_assert_cmpstr (problems, ==, "test.json: /contacts/0/value: the string holds the control character U+0000\n");
  g_clear_pointer (&problems, g_free);

  problems = parse_problems ("[ \"a\", \"b\\u001b[31m\" ]", -1, NULL);
  g_assert_cmpstr (problems, ==, "test.json: /1: the string holds the control character U+001B\n");
  g_clear_pointer (&problems, g_free);

  problems = parse_problems ("{ \"na\\u0000me\": 1 }", -1, NULL);
  g_assert_cmpstr (problems, ==, "test.json: /na: the member name holds the control character U+0000\n");
  g_clear_pointer (&problems, g_free);

  /* A line break, written as JSON allows, is how paragraphs are split;
   * accents and other scripts are text. */
  problems = parse_problems ("{ \"text\": \"one\\n\\ntwo, n\\u00e1useas, \\ud83d\\ude00\" }", -1, &parsed);
  g_assert_cmpstr (problems, ==, "");
  g_assert_true (parsed);
}

static void
test_local_file (void)
{
  g_autofree char *fifo = tmp_path ("local-fifo.json");
  g_autofree char *zero = tmp_path ("local-zero.json");
  g_autofree char *folder = tmp_path ("local-folder.json");
  g_autofree char *big = tmp_path ("local-big.json");
  g_autoptr (GString) nested = g_string_new (NULL);
  g_autofree char *nested_path = NULL;
  g_autofree char *dup = NULL;
  g_autofree char *nul = NULL;
  g_autofree char *good = write_file ("local-good.json", GOOD_LOCAL, -1);
  struct
  {
    const char *path;
    const char *message;
  } cases[7];
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  fd = g_open (big, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (ftruncate (fd, (off_t) 1 << 30), ==, 0);
  close (fd);
  for (int i = 0; i < 200 * 1024; i++)
    g_string_append_c (nested, '[');
  nested_path = write_file ("local-nested.json", nested->str, nested->len);
  dup = write_file ("local-dup.json",
                    "{ \"organization\": \"Riverside Clinic\", \"services\": [ { \"id\": \"front-desk\", "
                    "\"kind\": \"treatment\", \"name\": \"Front desk\", \"description\": \"Ask us.\", "
                    "\"regions\": [ \"US\" ], \"contacts\": [ { \"type\": \"call\", \"value\": \"555 0100\" } ] } ], "
                    "\"services\": [] }",
                    -1);
  nul = write_file ("local-nul.json",
                    "{ \"organization\": \"Riverside Clinic\", \"services\": [ { \"id\": \"front-desk\", "
                    "\"kind\": \"treatment\", \"name\": \"Front desk\", \"description\": \"Ask us.\", "
                    "\"regions\": [ \"US\" ], \"contacts\": [ { \"type\": \"call\", \"value\": \"555\\u00000100\" } ] } ] }",
                    -1);

  cases[0].path = fifo;
  cases[0].message = "cannot read the file: it is a named pipe (FIFO), not a regular file";
  cases[1].path = zero;
  cases[1].message = "cannot read the file: it is a character device, not a regular file";
  cases[2].path = folder;
  cases[2].message = "cannot read the file: it is a folder, not a regular file";
  cases[3].path = big;
  cases[3].message = "cannot read the file: it is larger than 262144 bytes, the most this file may hold";
  cases[4].path = nested_path;
  cases[4].message = NULL; /* checked below: the path is long */
  cases[5].path = dup;
  cases[5].message = "/: member “services” is given more than once";
  cases[6].path = nul;
  cases[6].message = "/services/0/contacts/0/value: the string holds the control character U+0000";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (KhDirectory) directory = NULL;
      g_autoptr (GError) local_error = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *expected = NULL;
      gint64           start = g_get_monotonic_time ();

      directory = kh_directory_new_for_system (cases[i].path, &local_error, &error);
      g_assert_no_error (error);
      if (local_error == NULL)
        g_error ("%s: accepted, with %u regions", cases[i].path, kh_directory_get_n_regions (directory));
      g_test_message ("%s", local_error->message);
      if (g_get_monotonic_time () - start > 2 * G_USEC_PER_SEC)
        g_error ("%s: took %" G_GINT64_FORMAT " ms", cases[i].path, (g_get_monotonic_time () - start) / 1000);

      /* One line, naming the file, and the bundled directory instead. */
      g_assert_null (strchr (local_error->message, '\n'));
      if (cases[i].message != NULL)
        {
          expected = g_strdup_printf ("%s: %s", cases[i].path, cases[i].message);
          g_assert_cmpstr (local_error->message, ==, expected);
        }
      else
        {
          expected = g_strdup_printf ("%s: /0/0/0/", cases[i].path);
          g_assert_true (g_str_has_prefix (local_error->message, expected));
          g_assert_true (g_str_has_suffix (local_error->message, "/0: nested more than 64 levels deep"));
        }
      g_assert_nonnull (directory);
      g_assert_null (kh_directory_get_local_path (directory));
      g_assert_null (kh_directory_get_organization (directory));
      g_assert_nonnull (kh_directory_lookup_region (directory, "US"));
    }

  /* The same file without the problem is merged. */
  {
    g_autoptr (GError) local_error = NULL;
    g_autoptr (GError) error = NULL;
    g_autoptr (KhDirectory) directory = kh_directory_new_for_system (good, &local_error, &error);

    g_assert_no_error (error);
    g_assert_no_error (local_error);
    g_assert_cmpstr (kh_directory_get_organization (directory), ==, "Riverside Clinic");
    g_assert_nonnull (kh_directory_lookup_service (directory, "front-desk"));
  }

  g_unlink (fifo);
  g_unlink (zero);
  g_rmdir (folder);
  g_unlink (big);
  g_unlink (nested_path);
  g_unlink (dup);
  g_unlink (nul);
  g_unlink (good);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("kh-untrusted-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/untrusted-file/regular", test_regular);
  g_test_add_func ("/untrusted-file/not-regular", test_not_regular);
  g_test_add_func ("/untrusted-file/huge", test_huge);
  g_test_add_func ("/untrusted-file/json/depth", test_depth);
  g_test_add_func ("/untrusted-file/json/syntax-hiding-depth", test_syntax_hiding_depth);
  g_test_add_func ("/untrusted-file/json/duplicates", test_duplicates);
  g_test_add_func ("/untrusted-file/json/control-characters", test_control_characters);
  g_test_add_func ("/untrusted-file/local-file", test_local_file);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);

  return status;
}
