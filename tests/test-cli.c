/* test-cli.c: the command line of the real executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

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

  return g_test_run ();
}
