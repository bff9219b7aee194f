/* test-about.c: the About dialog and the keyboard shortcuts window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-application.h"
#include "kh-content-sources.h"
#include "kh-test-util.h"

/* One application for the whole program, as in the app itself. */
static GApplication *app;

static GtkWindow *
open_window (void)
{
  GtkWindow *window;

  g_application_activate (app);
  kh_test_wait_for (gtk_application_get_active_window (GTK_APPLICATION (app)) != NULL, 5000);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);

  return window;
}

static void
test_about (void)
{
  GtkAboutDialog    *about;
  GtkWindow         *window;
  const char *const *credits;

  window = open_window ();

  g_assert_null (kh_test_find_about_dialog ());
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  kh_test_wait_for ((about = kh_test_find_about_dialog ()) && gtk_widget_get_mapped (GTK_WIDGET (about)), 5000);
  g_assert_nonnull (about);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (about)));

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == window);
  g_assert_cmpstr (gtk_about_dialog_get_program_name (about), ==, "Kratom Help");
  g_assert_cmpstr (gtk_about_dialog_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (gtk_about_dialog_get_website (about), ==, PACKAGE_WEBSITE);
  g_assert_cmpint (gtk_about_dialog_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (gtk_about_dialog_get_translator_credits (about));
  /* how fresh the bundled content is */
  g_assert_nonnull (strstr (gtk_about_dialog_get_comments (about),
                            "Bundled content checked against its sources: oldest check 1 December 2026, "
                            "newest 1 December 2026."));
  credits = gtk_about_dialog_get_authors (about);
  g_assert_true (credits != NULL && credits[0] != NULL);

  /* The credits page lists where the content comes from. */
  g_assert_true (kh_test_show_about_credits (GTK_WIDGET (about)));
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (about), "Content sources"));
  /* ...as about.json lists them, each a link to its page */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (KhContentSources) sources = kh_content_sources_new_bundled (&error);
    g_autoptr (GPtrArray) labels = g_ptr_array_new ();

    g_assert_no_error (error);
    g_assert_cmpuint (kh_content_sources_get_n_items (sources), >=, 5);
    kh_test_collect_labels (GTK_WIDGET (about), labels);
    for (guint i = 0; i < kh_content_sources_get_n_items (sources); i++)
      {
        const char      *name = kh_content_sources_get_name (sources, i);
        g_autofree char *href = g_strdup_printf ("href=\"%s\"", kh_content_sources_get_url (sources, i));
        gboolean         found = FALSE;

        /* A web link, not GtkAboutDialog's mailto: for "Name <address>" */
        for (guint j = 0; !found && j < labels->len; j++)
          found = g_str_equal (gtk_label_get_text (labels->pdata[j]), name) &&
                  strstr (gtk_label_get_label (labels->pdata[j]), href) != NULL;
        if (!found)
          g_error ("the About window's credits do not link “%s” to %s", name,
                   kh_content_sources_get_url (sources, i));
      }
  }
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (about), "Report a problem"));
  {
    GtkWidget *report = kh_test_find_label (GTK_WIDGET (about), "GitHub");

    g_assert_nonnull (report);
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (report)), "href=\"" PACKAGE_BUGREPORT "\""));
  }

  /* The logo is the app icon; a release build carries it in its resources,
   * so it shows even before the app is installed. */
  g_assert_cmpstr (gtk_about_dialog_get_logo_icon_name (about), ==, APP_ID);
  if (g_str_equal (APP_ID, BASE_APP_ID))
    g_assert_true (gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                            APP_ID));

  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (window);
}

static void
test_shortcuts (void)
{
  GtkShortcutsWindow *overlay;
  GtkWindow          *window;

  window = open_window ();

  /* Built when first asked for, not with the window. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "show-help-overlay"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (overlay)), 5000);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overlay)));
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (overlay), "Keyboard shortcuts"));

  gtk_window_destroy (GTK_WINDOW (overlay));
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  app = g_object_new (KH_TYPE_APPLICATION,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_PREFIX,
                      NULL);
  g_application_register (app, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/about/dialog", test_about);
  g_test_add_func ("/about/shortcuts", test_shortcuts);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
