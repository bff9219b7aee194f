/* kh-application.c: the application: command line, actions, content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kh-application.h"
#include "kh-uri.h"
#include "kh-validate.h"
#include "kh-window.h"

struct _KhApplication
{
  GtkApplication parent_instance;

  /* owned */
  KhContent *content;
  GError    *content_error;
  gboolean   content_loaded;
};

G_DEFINE_FINAL_TYPE (KhApplication, kh_application, GTK_TYPE_APPLICATION)

/* Exit status for a bad command line, as most GNU tools use. */
#define EXIT_USAGE 2

static const GOptionEntry option_entries[] = {
  { "section", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("Open the page with this ID (overview, signs, helping, treatment, faq, …)"), N_ ("ID") },
  { "validate-content", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("Check content files, print every problem and exit"), NULL },
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_ ("[FILE…]") },
  { NULL }
};

/**
 * kh_application_get_content:
 * @self: a #KhApplication
 * @error: (out) (optional) (transfer none): why loading failed
 *
 * Loads the bundled content the first time it is asked for.
 *
 * Returns: (transfer none) (nullable): the content, or %NULL if it is broken
 */
KhContent *
kh_application_get_content (KhApplication *self,
                            const GError **error)
{
  g_return_val_if_fail (KH_IS_APPLICATION (self), NULL);

  if (!self->content_loaded)
    {
      self->content_loaded = TRUE;
      self->content = kh_content_new_bundled (&self->content_error);
      if (self->content == NULL)
        g_warning ("Bundled content is broken: %s", self->content_error->message);
    }

  if (error != NULL)
    *error = self->content_error;

  return self->content;
}

static int
validate_content (KhApplication     *self,
                  const char *const *files)
{
  g_autoptr (GPtrArray) errors = NULL;
  g_auto (GStrv) known_ids = NULL;
  KhContent *content;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr (_ ("--validate-content needs at least one file to check\n"));
      return EXIT_USAGE;
    }

  /* Links may lead to any page of the bundled content. */
  if ((content = kh_application_get_content (self, NULL)))
    known_ids = kh_content_dup_page_ids (content);

  errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  if (kh_validate_files (files, (const char *const *) known_ids, errors))
    {
      guint n_files = g_strv_length ((char **) files);

      g_print (g_dngettext (GETTEXT_PACKAGE, "%u file checked: no problems found\n",
                            "%u files checked: no problems found\n", n_files),
               n_files);
      return EXIT_SUCCESS;
    }

  for (guint i = 0; i < errors->len; i++)
    g_printerr ("%s\n", ((GError *) g_ptr_array_index (errors, i))->message);

  return EXIT_FAILURE;
}

static int
kh_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  KhApplication          *self = KH_APPLICATION (application);
  g_autofree const char **files = NULL;
  const char             *section = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (g_variant_dict_contains (options, "validate-content"))
    return validate_content (self, files);

  if (files != NULL && files[0] != NULL)
    {
      g_printerr (_ ("Unexpected argument “%s”. Run “%s --help” to see the options.\n"),
                  files[0], g_get_prgname ());
      return EXIT_USAGE;
    }

  if (g_variant_dict_lookup (options, "section", "&s", &section))
    {
      const GError *error = NULL;
      KhContent    *content = kh_application_get_content (self, &error);

      if (content != NULL && !kh_content_has_page (content, section))
        {
          g_auto (GStrv) ids = kh_content_dup_page_ids (content);
          g_autofree char *list = g_strjoinv (", ", ids);

          g_printerr (_ ("Unknown section “%s”. Valid sections are: %s\n"), section, list);
          return EXIT_USAGE;
        }
    }

  return -1;
}

static KhWindow *
ensure_window (KhApplication *self)
{
  GtkWindow    *window;
  const GError *error = NULL;
  KhContent    *content;

  if ((window = gtk_application_get_active_window (GTK_APPLICATION (self))))
    return KH_WINDOW (window);

  content = kh_application_get_content (self, &error);
  return kh_window_new (GTK_APPLICATION (self), content, error);
}

static void
kh_application_activate (GApplication *application)
{
  KhApplication *self = KH_APPLICATION (application);

  gtk_window_present (GTK_WINDOW (ensure_window (self)));
}

static int
kh_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  KhApplication *self = KH_APPLICATION (application);
  GVariantDict  *options = g_application_command_line_get_options_dict (command_line);
  const char    *section = NULL;
  KhWindow      *window;

  window = ensure_window (self);

  if (g_variant_dict_lookup (options, "section", "&s", &section))
    kh_window_show_page (window, section);

  gtk_window_present (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  KhApplication     *self = user_data;
  static const char *developers[] = { "The Kratom Help authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", _ ("Kratom Help"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _ ("Plain, accurate information about kratom use and "
                                        "addiction, an honest self-screen, and where to find help."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Kratom Help authors",
                         "authors", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _ ("translator-credits"),
                         NULL);
}

static void
open_uri_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  KhApplication *self = user_data;

  kh_uri_show (gtk_application_get_active_window (GTK_APPLICATION (self)),
               g_variant_get_string (parameter, NULL));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  KhApplication *self = user_data;
  GList         *windows;

  /* Destroying the windows lets GtkApplication finish like it does when
   * the last window is closed. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))))
    gtk_window_destroy (windows->data);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "open-uri", open_uri_action, "s" },
  { "quit", quit_action },
};

static void
kh_application_startup (GApplication *application)
{
  KhApplication *self = KH_APPLICATION (application);
  g_autoptr (GtkCssProvider) provider = NULL;
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (kh_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  gtk_window_set_default_icon_name (APP_ID);
}

static void
kh_application_finalize (GObject *object)
{
  KhApplication *self = (KhApplication *) object;

  g_clear_object (&self->content);
  g_clear_error (&self->content_error);

  G_OBJECT_CLASS (kh_application_parent_class)->finalize (object);
}

static void
kh_application_class_init (KhApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kh_application_finalize;

  app_class->activate = kh_application_activate;
  app_class->command_line = kh_application_command_line;
  app_class->handle_local_options = kh_application_handle_local_options;
  app_class->startup = kh_application_startup;
}

static void
kh_application_init (KhApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _ ("Information about kratom use and addiction, "
                                               "a private self-screen, and where to find help."));
}

KhApplication *
kh_application_new (void)
{
  return g_object_new (KH_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
