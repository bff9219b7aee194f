/* test-cli.c: the command line of the real executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the app with @args (NULL-terminated) and no display. */
static void
run_app (Run *run,
         ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  const char *arg;
  va_list     args;

  g_ptr_array_add (argv, (char *) g_getenv ("KH_APP"));
  va_start (args, run);
  while ((arg = va_arg (args, const char *)))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* Commands that check and exit must work on a machine with no display. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  /* English messages, in UTF-8 so that quotes print as they are */
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
  g_test_message ("status %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

static void
test_version (void)
{
  g_auto (Run) run = { 0 };

  run_app (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, PACKAGE_NAME " " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto (Run) run = { 0 };

  run_app (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--section=ID"));
  g_assert_nonnull (strstr (run.out, "--validate-content"));
}

static void
test_unknown_section (void)
{
  g_auto (Run) run = { 0 };

  run_app (&run, "--section=nowhere", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Unknown section “nowhere”"));
  g_assert_nonnull (strstr (run.err, "overview, signs, helping, treatment, faq"));
}

static void
test_bad_option (void)
{
  g_auto (Run) run = { 0 };

  run_app (&run, "--no-such-option", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "--no-such-option"));

  run_clear (&run);
  run_app (&run, "stray-argument", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Unexpected argument “stray-argument”"));
}

static void
test_validate_bundled (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "data", "content", NULL);
  g_autofree char *index = g_build_filename (dir, "index.json", NULL);
  g_autofree char *overview = g_build_filename (dir, "overview.json", NULL);
  g_autofree char *signs = g_build_filename (dir, "signs.json", NULL);
  g_autofree char *helping = g_build_filename (dir, "helping.json", NULL);
  g_autofree char *treatment = g_build_filename (dir, "treatment.json", NULL);
  g_autofree char *faq = g_build_filename (dir, "faq.json", NULL);

  run_app (&run, "--validate-content", index, overview, signs, helping, treatment, faq, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* and the oldest and newest check dates of the bundled content */
  g_assert_cmpstr (run.out, ==,
                   "6 files checked: no problems found\n"
                   "Bundled content checked against its sources: oldest check 1 December 2026, "
                   "newest 1 December 2026.\n");
}

static void
test_validate_broken (void)
{
  g_auto (Run) run = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kh-cli-XXXXXX", &error);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *garbage = g_build_filename (dir, "garbage.json", NULL);
  g_autofree char *expected1 = NULL;
  g_autofree char *expected2 = NULL;
  g_autofree char *expected3 = NULL;

  g_assert_no_error (error);
  g_file_set_contents (broken,
                       "{ \"id\": \"broken\", \"title\": \"T\", \"icon\": \"i\", \"summary\": \"S\","
                       "  \"reviewed\": \"2026-11-30\","
                       "  \"blocks\": [ { \"type\": \"paragraph\", \"text\": 3 },"
                       "              { \"type\": \"link\", \"label\": \"L\", \"target\": \"moon\" } ],"
                       "  \"sources\": [ { \"publisher\": \"P\", \"title\": \"T\" } ] }",
                       -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (garbage, "{ not json", -1, &error);
  g_assert_no_error (error);

  run_app (&run, "--validate-content", broken, garbage, NULL);
  g_assert_cmpint (run.status, ==, 1);

  expected1 = g_strdup_printf ("%s: /blocks/0/text: expected a string, found a number\n", broken);
  expected2 = g_strdup_printf ("%s: /blocks/1/target: unknown page “moon” (expected one of ", broken);
  expected3 = g_strdup_printf ("%s: not valid JSON: 1:", garbage);
  g_assert_nonnull (strstr (run.err, expected1));
  g_assert_nonnull (strstr (run.err, expected2));
  g_assert_nonnull (strstr (run.err, expected3));

  run_clear (&run);
  run_app (&run, "--validate-content", NULL);
  g_assert_cmpint (run.status, ==, 2);

  g_unlink (broken);
  g_unlink (garbage);
  g_rmdir (dir);
}

/* What a clinic's technician may hand --validate-content: each is one
 * line naming the file and what is wrong, quickly. */
static void
test_validate_untrusted (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kh-cli-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.json", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.json", NULL);
  g_autofree char *huge = g_build_filename (dir, "huge.json", NULL);
  g_autofree char *big_local = g_build_filename (dir, "big-local.json", NULL);
  g_autofree char *nested = g_build_filename (dir, "nested.json", NULL);
  g_autofree char *dup = g_build_filename (dir, "duplicate.json", NULL);
  g_autofree char *nul = g_build_filename (dir, "nul.json", NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  struct
  {
    const char *path;
    const char *message;
  } cases[8];
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  fd = g_open (huge, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 8 << 30), ==, 0);
  close (fd);
  for (int i = 0; i < 200 * 1024; i++)
    g_string_append_c (text, '[');
  g_file_set_contents (nested, text->str, text->len, &error);
  g_assert_no_error (error);
  g_file_set_contents (dup, "{ \"organization\": \"Riverside Clinic\", \"services\": [], \"services\": [] }", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (nul,
                       "{ \"organization\": \"Riverside Clinic\", \"services\": [ { \"id\": \"front-desk\", "
                       "\"kind\": \"treatment\", \"name\": \"Front desk\", \"description\": \"Ask us.\", "
                       "\"regions\": [ \"US\" ], \"contacts\": [ { \"type\": \"call\", \"value\": \"555\\u00000100\" } ] } ] }",
                       -1, &error);
  g_assert_no_error (error);
  /* Valid JSON the app would read as a whole file, but too big for a
   * clinic's file. */
  g_string_assign (text, "{ \"organization\": \"Riverside Clinic\", \"services\": [], \"x\": \"");
  for (int i = 0; i < 300 * 1024; i++)
    g_string_append_c (text, 'a');
  g_string_append (text, "\" }");
  g_file_set_contents (big_local, text->str, text->len, &error);
  g_assert_no_error (error);

  cases[0].path = fifo;
  cases[0].message = "cannot read the file: it is a named pipe (FIFO), not a regular file";
  cases[1].path = zero;
  cases[1].message = "cannot read the file: it is a character device, not a regular file";
  cases[2].path = folder;
  cases[2].message = "cannot read the file: it is a folder, not a regular file";
  cases[3].path = huge;
  cases[3].message = "cannot read the file: it is larger than 4194304 bytes, the most this file may hold";
  cases[4].path = big_local;
  cases[4].message = "the file is larger than 262144 bytes, the most the app reads from a clinic’s services file";
  cases[5].path = nested;
  cases[5].message = NULL;
  cases[6].path = dup;
  cases[6].message = "/: member “services” is given more than once";
  cases[7].path = nul;
  cases[7].message = "/services/0/contacts/0/value: the string holds the control character U+0000";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };
      g_autofree char *expected = NULL;
      gint64           start = g_get_monotonic_time ();

      run_app (&run, "--validate-content", cases[i].path, NULL);
      if (g_get_monotonic_time () - start > 10 * G_USEC_PER_SEC)
        g_error ("%s: --validate-content took %" G_GINT64_FORMAT " ms", cases[i].path,
                 (g_get_monotonic_time () - start) / 1000);
      g_assert_cmpint (run.status, ==, 1);
      if (cases[i].message != NULL)
        {
          expected = g_strdup_printf ("%s: %s\n", cases[i].path, cases[i].message);
          g_assert_cmpstr (run.err, ==, expected);
        }
      else
        {
          expected = g_strdup_printf ("%s: /0/0/", cases[i].path);
          g_assert_true (g_str_has_prefix (run.err, expected));
          g_assert_true (g_str_has_suffix (run.err, "/0: nested more than 64 levels deep\n"));
          /* one line: its only line break is the last character */
          g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
        }
    }

  g_unlink (fifo);
  g_unlink (zero);
  g_rmdir (folder);
  g_unlink (huge);
  g_unlink (big_local);
  g_unlink (nested);
  g_unlink (dup);
  g_unlink (nul);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/unknown-section", test_unknown_section);
  g_test_add_func ("/cli/bad-option", test_bad_option);
  g_test_add_func ("/cli/validate/bundled", test_validate_bundled);
  g_test_add_func ("/cli/validate/broken", test_validate_broken);
  g_test_add_func ("/cli/validate/untrusted", test_validate_untrusted);

  return g_test_run ();
}
