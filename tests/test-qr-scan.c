/* test-qr-scan.c: end to end, the QR codes on the Get help page, as drawn
 * on an X screen, scan back to exactly the page's addresses
 *
 * For every region the page is shown in the real window with all its QR
 * codes, scrolled from top to bottom; each screenful is captured from the
 * X server with ImageMagick's `import` and read with `zbarimg` (Debian
 * packages imagemagick and zbar-tools). A missing tool fails the test: it
 * is never skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "kh-help-page.h"
#include "kh-test-util.h"
#include "kh-window.h"

static GtkApplication *test_app;
static char           *shot_path;

static void
require_program (const char *name,
                 const char *package)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_error ("“%s” is needed and not installed (Debian package “%s”)", name, package);
}

static void
run (const char *const *argv,
     char             **out,
     int               *status)
{
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, NULL, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_exit_status (process);
}

/* Captures the screen and adds what zbarimg reads in it to @found. */
static void
scan_screen (GHashTable *found)
{
  const char      *import_argv[] = { "import", "-window", "root", shot_path, NULL };
  const char      *zbar_argv[] = { "zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", shot_path, NULL };
  g_autofree char *out = NULL;
  g_auto (GStrv) lines = NULL;
  int status;

  run (import_argv, NULL, &status);
  g_assert_cmpint (status, ==, 0);

  /* 0: codes found; 4: none on this screenful. */
  run (zbar_argv, &out, &status);
  g_assert_true (status == 0 || status == 4);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_hash_table_add (found, g_strdup (lines[i]));
}

static void
test_region (gconstpointer data)
{
  const char *code = data;
  g_autoptr (KhContent) content = kh_content_new_bundled (NULL);
  g_autoptr (GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KhWindow    *window;
  KhHelpPage  *page;
  KhDirectory *directory;
  KhRegion    *region;
  KhService   *emergency;
  g_autoptr (GPtrArray) services = NULL;
  GtkAdjustment *adjustment;
  GHashTableIter iter;
  gpointer       key;
  double         value = 0;

  window = kh_test_window_new (test_app, content, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (kh_window_show_page (window, "help"));
  page = KH_HELP_PAGE (kh_window_get_page_widget (window, "help"));
  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (page)), 3000);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  kh_help_page_set_region (page, code);
  kh_help_page_set_show_qr_codes (page, TRUE);
  g_assert_cmpstr (kh_help_page_get_shown_region (page), ==, code);

  directory = kh_help_page_get_directory (page);
  region = kh_directory_lookup_region (directory, code);
  emergency = kh_region_get_emergency (region);
  for (guint i = 0; i < kh_service_get_n_contacts (emergency); i++)
    g_hash_table_add (expected, (char *) kh_contact_get_uri (kh_service_get_contact (emergency, i)));
  services = kh_directory_dup_services (directory, code);
  for (guint i = 0; i < services->len; i++)
    for (guint j = 0; j < kh_service_get_n_contacts (services->pdata[i]); j++)
      g_hash_table_add (expected, (char *) kh_contact_get_uri (kh_service_get_contact (services->pdata[i], j)));

  /* Let the codes slide in, then page through: each step overlaps the
   * last by more than a code's height, so every code is whole once. */
  kh_test_wait_for (FALSE, 800);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (GTK_WIDGET (page))));
  for (;;)
    {
      double step;

      gtk_adjustment_set_value (adjustment, value);
      kh_test_wait_for (FALSE, 300);
      scan_screen (found);

      step = gtk_adjustment_get_page_size (adjustment) - 300;
      g_assert_cmpfloat (step, >, 100);
      if (value >= gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
        break;
      value += step;
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_test_message ("read %s", (char *) key);
      if (!g_hash_table_contains (expected, key))
        g_error ("%s: read “%s”, which is not an address of the page", code, (char *) key);
    }

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (found, key))
      g_error ("%s: the QR code for “%s” could not be read from the screen", code, (char *) key);

  g_assert_cmpuint (g_hash_table_size (found), ==, g_hash_table_size (expected));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GtkCssProvider) provider = NULL;
  g_autoptr (KhDirectory) directory = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  int              status;

  gtk_test_init (&argc, &argv, NULL);

  require_program ("zbarimg", "zbar-tools");
  require_program ("import", "imagemagick");

  dir = g_dir_make_tmp ("kh-qr-scan-XXXXXX", &error);
  g_assert_no_error (error);
  shot_path = g_build_filename (dir, "screen.png", NULL);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  test_app = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, NULL);

  directory = kh_directory_new_bundled (&error);
  g_assert_no_error (error);
  for (guint i = 0; i < kh_directory_get_n_regions (directory); i++)
    {
      const char      *code = kh_region_get_code (kh_directory_get_region (directory, i));
      g_autofree char *path = g_strdup_printf ("/qr-scan/%s", code);

      g_test_add_data_func (path, code, test_region);
    }

  status = g_test_run ();

  g_unlink (shot_path);
  g_rmdir (dir);
  g_free (shot_path);

  return status;
}
