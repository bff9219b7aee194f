/* kh-application.c: the application: command line, actions, content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-application.h"
#include "kh-color-scheme.h"
#include "kh-content-sources.h"
#include "kh-i18n.h"
#include "kh-kiosk.h"
#include "kh-lockdown.h"
#include "kh-text-warmer.h"
#include "kh-uri.h"
#include "kh-validate.h"
#include "kh-window.h"

struct _KhApplication
{
  GtkApplication parent_instance;

  /* owned */
  KhModels      *models;
  KhLockdown    *lockdown;
  GSettings     *settings;
  KhColorScheme *color_scheme;
  KhKiosk       *kiosk;
  /* whether window size, page, text size and style are remembered */
  gboolean persistent;
};

G_DEFINE_FINAL_TYPE (KhApplication, kh_application, GTK_TYPE_APPLICATION)

/* Exit status for a bad command line, as most GNU tools use. */
#define EXIT_USAGE 2

static const GOptionEntry option_entries[] = {
  { "section", 's', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("Open the page with this ID (overview, signs, helping, treatment, faq, …)"), N_ ("ID") },
  { "validate-content", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("Check content files, print every problem and exit"), NULL },
  { "kiosk", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("Run full screen as a locked-down kiosk for a waiting room (see the kiosk-mode setting)"), NULL },
  { "version", 'v', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_ ("[FILE…]") },
  { NULL }
};

/**
 * kh_application_get_models:
 * @self: a #KhApplication
 *
 * The content, checklist and directory of help (with the clinic's file
 * named by the “local-services-path” setting, or found in the usual
 * places), loaded once for the whole app, each when first needed.
 *
 * Returns: (transfer none): the models
 */
KhModels *
kh_application_get_models (KhApplication *self)
{
  g_return_val_if_fail (KH_IS_APPLICATION (self), NULL);

  if (self->models == NULL)
    {
      g_autofree char *path = NULL;

      if (self->settings != NULL)
        path = g_settings_get_string (self->settings, "local-services-path");
      self->models = kh_models_new (path);
    }

  return self->models;
}

/* "Content checked between 1 December 2026 and 1 December 2026", or
 * NULL if the bundled content cannot be read. */
static char *
dup_check_dates_text (void)
{
  g_autoptr (GDateTime) oldest = NULL;
  g_autoptr (GDateTime) newest = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (!kh_validate_get_check_dates (&oldest, &newest, NULL))
    return NULL;

  first = kh_i18n_format_date (oldest);
  last = kh_i18n_format_date (newest);
  /* Translators: both are dates; "checked" against its sources */
  return g_strdup_printf (_ ("Bundled content checked against its sources: oldest check %s, newest %s."),
                          first, last);
}

static void
print_check_dates (void)
{
  g_autofree char *text = dup_check_dates_text ();

  if (text != NULL)
    g_print ("%s\n", text);
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
  if ((content = kh_models_get_content (kh_application_get_models (self), NULL)))
    known_ids = kh_content_dup_page_ids (content);

  errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  if (kh_validate_files (files, (const char *const *) known_ids, errors))
    {
      guint n_files = g_strv_length ((char **) files);

      g_print (g_dngettext (GETTEXT_PACKAGE, "%u file checked: no problems found\n",
                            "%u files checked: no problems found\n", n_files),
               n_files);
      print_check_dates ();
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
      KhContent    *content = kh_models_get_content (kh_application_get_models (self), &error);

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

static void
save_window_state (KhApplication *self,
                   KhWindow      *window)
{
  const char *page = kh_window_get_visible_page (window);
  int         width, height;

  if (!self->persistent || self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (window)));
  if (page != NULL && kh_window_get_content (window) != NULL &&
      kh_content_has_page (kh_window_get_content (window), page))
    g_settings_set_string (self->settings, "last-page", page);
  g_settings_apply (self->settings);
}

static gboolean
window_close_request_cb (KhApplication *self,
                         KhWindow      *window)
{
  save_window_state (self, window);
  return GDK_EVENT_PROPAGATE;
}

static void
window_text_scale_changed_cb (KhApplication *self,
                              GParamSpec    *pspec,
                              KhWindow      *window)
{
  if (self->persistent && self->settings != NULL)
    g_settings_set_double (self->settings, "text-scale", kh_window_get_text_scale (window));
}

static void
restore_window_state (KhApplication *self,
                      KhWindow      *window)
{
  g_autofree char *page = NULL;

  if (!self->persistent || self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (window),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (window));
  kh_window_set_text_scale (window, g_settings_get_double (self->settings, "text-scale"));

  page = g_settings_get_string (self->settings, "last-page");
  if (page[0] != '\0')
    kh_window_show_page (window, page);
}

/* What the first frame does not need waits until the window has been
 * painted: its icon, which is for the window manager (on X11 a drawing of
 * the app's SVG, a tenth of the work before the first frame), the default
 * for the app's other windows from then on; and the directory of
 * services, with the clinic's file, for Get help, the search and the
 * printouts. It is read in a thread of its own; started with the window,
 * that thread took turns with the window's styling on a two-core machine
 * (1.3 ms of the first frame). A page that needs it sooner (a start on
 * Get help) reads it then. */
static void
window_painted_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  GtkApplication *application = gtk_window_get_application (window);

  g_signal_handlers_disconnect_by_func (clock, window_painted_cb, window);
  if (gtk_window_get_default_icon_name () == NULL)
    gtk_window_set_default_icon_name (APP_ID);
  gtk_window_set_icon_name (window, APP_ID);
  if (KH_IS_APPLICATION (application))
    kh_models_preload_directory (kh_application_get_models (KH_APPLICATION (application)));
}

/* Styled, not yet measured: the letters of its first frame can be drawn
 * ahead of it (kh-text-warmer.c). */
static void
window_realized_cb (GtkWindow *window)
{
  g_signal_handlers_disconnect_by_func (window, window_realized_cb, NULL);
  kh_text_warmer_attach (GTK_WIDGET (window), NULL, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                           G_CALLBACK (window_painted_cb), window, 0);
}

static KhWindow *
new_window (KhApplication *self)
{
  KhWindow *created;

  created = kh_window_new_full (GTK_APPLICATION (self), kh_application_get_models (self), self->lockdown,
                                self->kiosk);
  /* its icon and the directory once it is painted */
  g_signal_connect (created, "realize", G_CALLBACK (window_realized_cb), NULL);
  restore_window_state (self, created);
  if (self->kiosk != NULL)
    kh_kiosk_attach (self->kiosk, GTK_WINDOW (created));
  else if (self->settings != NULL)
    {
      /* The region chosen is saved only where the app remembers things;
       * a kiosk starts every visit in its own region. */
      g_settings_bind (self->settings, "region", created, "region",
                       self->persistent ? G_SETTINGS_BIND_DEFAULT : G_SETTINGS_BIND_GET);
    }

  g_signal_connect_object (created, "close-request",
                           G_CALLBACK (window_close_request_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (created, "notify::text-scale",
                           G_CALLBACK (window_text_scale_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return created;
}

static KhWindow *
ensure_window (KhApplication *self)
{
  GtkWindow *window;

  if ((window = gtk_application_get_active_window (GTK_APPLICATION (self))))
    return KH_WINDOW (window);

  return new_window (self);
}

static void
kh_application_activate (GApplication *application)
{
  KhApplication *self = KH_APPLICATION (application);

  if (self->settings != NULL && g_settings_get_boolean (self->settings, "kiosk-mode"))
    kh_application_enable_kiosk (self);
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

  if (g_variant_dict_contains (options, "kiosk") ||
      (self->settings != NULL && g_settings_get_boolean (self->settings, "kiosk-mode")))
    kh_application_enable_kiosk (self);

  window = ensure_window (self);

  if (g_variant_dict_lookup (options, "section", "&s", &section))
    kh_window_show_page (window, section);

  gtk_window_present (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}

/* The main sources of the facts in the content, from about.json, as the
 * About window's credits want them: "Name https://..." shows Name as a
 * link to the address ("Name <...>" would make it a mailto: link). Each
 * page lists all of its own. */
static GStrv
dup_content_sources (void)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (KhContentSources) sources = NULL;
  g_autoptr (GError) error = NULL;

  if (!(sources = kh_content_sources_new_bundled (&error)))
    {
      g_warning ("The About window’s sources could not be loaded: %s", error->message);
      return NULL;
    }

  for (guint i = 0; i < kh_content_sources_get_n_items (sources); i++)
    {
      g_autofree char *credit = g_strdup_printf ("%s %s", kh_content_sources_get_name (sources, i),
                                                 kh_content_sources_get_url (sources, i));

      g_strv_builder_add (builder, credit);
    }

  return g_strv_builder_end (builder);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  KhApplication     *self = user_data;
  const char        *developers[] = { _ ("The Kratom Help authors"), NULL };
  static const char *feedback[] = {
    "GitHub " PACKAGE_BUGREPORT,
    NULL
  };
  g_auto (GStrv) content_sources = dup_content_sources ();
  GtkAboutDialog  *dialog;
  g_autofree char *dates = dup_check_dates_text ();
  g_autofree char *comments = NULL;

  comments = g_strdup_printf ("%s\n\n%s",
                              _ ("Plain, accurate information about kratom use and "
                                 "addiction, an honest self-screen, and where to find help."),
                              dates != NULL ? dates : "");

  dialog = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                         "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "modal", TRUE,
                         "destroy-with-parent", TRUE,
                         "program-name", _ ("Kratom Help"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", g_strstrip (comments),
                         "website", PACKAGE_WEBSITE,
                         "website-label", _ ("Website and source code"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _ ("© 2026 The Kratom Help authors"),
                         "authors", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _ ("translator-credits"),
                         NULL);
  if (content_sources != NULL)
    gtk_about_dialog_add_credit_section (dialog, _ ("Content sources"), (const char **) content_sources);
  gtk_about_dialog_add_credit_section (dialog, _ ("Report a problem"), feedback);
  gtk_window_present (GTK_WINDOW (dialog));
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

static void
apply_color_scheme (KhApplication *self)
{
  GtkSettings *settings = gtk_settings_get_default ();
  gboolean     dark = kh_color_scheme_get_dark (self->color_scheme);
  gboolean     was_dark;

  /* Setting it, even to the same value, reloads the whole theme. */
  g_object_get (settings, "gtk-application-prefer-dark-theme", &was_dark, NULL);
  if (dark != was_dark)
    g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
}

static void
color_scheme_change_state (GSimpleAction *action,
                           GVariant      *state,
                           gpointer       user_data)
{
  KhApplication      *self = user_data;
  KhColorSchemeChoice choice;

  if (!kh_color_scheme_choice_from_string (g_variant_get_string (state, NULL), &choice))
    return;

  kh_color_scheme_set_choice (self->color_scheme, choice);
  g_simple_action_set_state (action, state);
  if (self->persistent && self->settings != NULL)
    g_settings_set_string (self->settings, "color-scheme", kh_color_scheme_choice_to_string (choice));
}

static void
language_change_state (GSimpleAction *action,
                       GVariant      *state,
                       gpointer       user_data)
{
  KhApplication *self = user_data;
  const char    *language = g_variant_get_string (state, NULL);

  if (language[0] != '\0' && !g_strv_contains (kh_i18n_get_languages (), language))
    return;

  g_simple_action_set_state (action, state);
  /* The directory's reader translates its messages: it must be done
   * before the language it reads changes. */
  if (self->models != NULL)
    kh_models_get_directory (self->models, NULL);
  if (kh_i18n_set_language (language))
    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
      if (KH_IS_WINDOW (l->data))
        kh_window_retranslate (l->data);

  if (self->persistent && self->settings != NULL)
    g_settings_set_string (self->settings, "language", language);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "open-uri", open_uri_action, "s" },
  { "quit", quit_action },
  { "color-scheme", NULL, "s", "'default'", color_scheme_change_state },
  { "language", NULL, "s", "''", language_change_state },
};

/* Where the app cannot be left, no key says it can. */
static void
lockdown_can_quit_cb (KhApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *no_accels[] = { NULL };
  gboolean           can_quit = kh_lockdown_get_can_quit (self->lockdown);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", can_quit ? quit_accels : no_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", can_quit ? close_accels : no_accels);
}

/* GTK reads a display's icon theme in a thread of its own, from the
 * first time the theme is asked for; an icon looked up before it is read
 * waits for it. GtkApplication asks at the very end of its start-up,
 * after waiting on the session bus for the session manager and the
 * portals, so the window's first icons waited about 2 ms for the reading
 * (on a fresh start the theme's index and caches take some 6 ms to read).
 * Asked for here, the theme is read while GtkApplication waits on the
 * bus. The app's own icons are added at once, as GtkApplication would
 * add them (its resource base path is unset, see kh_application_new():
 * adding them again once the theme is read would read it all again). */
static void
start_reading_icon_theme (void)
{
  GtkIconTheme *theme;

  gtk_init ();
  theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  /* once a display: another app in the same process (a test) shares it */
  if (g_object_get_data (G_OBJECT (theme), "kh-icons") == NULL)
    {
      gtk_icon_theme_add_resource_path (theme, RESOURCE_PREFIX "/icons/");
      g_object_set_data (G_OBJECT (theme), "kh-icons", GINT_TO_POINTER (TRUE));
    }
}

static void
kh_application_startup (GApplication *application)
{
  static const char *help_overlay_accels[] = { "<Control>question", "<Control>slash", NULL };
  KhApplication     *self = KH_APPLICATION (application);
  g_autoptr (GtkCssProvider) provider = NULL;
  g_autofree char *saved_language = NULL;

  /* The language chosen last time, set before anything is translated. */
  if (self->persistent && self->settings != NULL)
    {
      saved_language = g_settings_get_string (self->settings, "language");
      if (saved_language[0] == '\0' || !kh_i18n_set_language (saved_language))
        g_clear_pointer (&saved_language, g_free);
    }
  /* The bundled files are read while GTK starts, in a thread; the first
   * window takes them. Nothing changes the language until it has. */
  kh_models_preload_bundled (kh_application_get_models (self));

  start_reading_icon_theme ();

  G_APPLICATION_CLASS (kh_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  /* About is mostly links (the website, the licence, the sources). */
  g_object_bind_property (self->lockdown, "can-open-uri", g_action_map_lookup_action (G_ACTION_MAP (self), "about"),
                          "enabled", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->lockdown, "can-open-uri", g_action_map_lookup_action (G_ACTION_MAP (self), "open-uri"),
                          "enabled", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->lockdown, "can-quit", g_action_map_lookup_action (G_ACTION_MAP (self), "quit"),
                          "enabled", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->lockdown, "notify::can-quit", G_CALLBACK (lockdown_can_quit_cb), self,
                           G_CONNECT_SWAPPED);
  lockdown_can_quit_cb (self);
  /* the keys GtkApplication gives the shortcuts window when it builds
   * one for every window; ours is built when first asked for */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", help_overlay_accels);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  /* Nothing the app opens or saves (a printed summary, say) may show up
   * in the desktop's list of recent files. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);

  if (saved_language != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "language")),
                               g_variant_new_string (saved_language));

  /* Light or dark: the saved choice, or the system's preference. */
  self->color_scheme = kh_color_scheme_new (g_application_get_dbus_connection (application));
  g_signal_connect_object (self->color_scheme, "notify::dark",
                           G_CALLBACK (apply_color_scheme), self,
                           G_CONNECT_SWAPPED);
  if (self->persistent && self->settings != NULL)
    {
      g_autofree char    *saved = g_settings_get_string (self->settings, "color-scheme");
      KhColorSchemeChoice choice;
      GAction            *action = g_action_map_lookup_action (G_ACTION_MAP (self), "color-scheme");

      /* Set directly: going through the action would write it back. */
      if (kh_color_scheme_choice_from_string (saved, &choice))
        {
          kh_color_scheme_set_choice (self->color_scheme, choice);
          g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (saved));
        }
    }
  apply_color_scheme (self);
}

static void
kh_application_finalize (GObject *object)
{
  KhApplication *self = (KhApplication *) object;

  g_clear_object (&self->models);
  g_clear_object (&self->lockdown);
  g_clear_object (&self->settings);
  g_clear_object (&self->color_scheme);
  g_clear_object (&self->kiosk);

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
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  /* Running from the build tree without its schema must not abort. */
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, BASE_APP_ID, TRUE)))
    self->settings = g_settings_new_full (schema, NULL, NULL);
  else
    g_warning ("The settings schema %s is not installed: nothing will be remembered", BASE_APP_ID);
  self->persistent = TRUE;
  self->lockdown = kh_lockdown_new ();

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
                       /* GtkApplication would add the icons under it to the icon
                        * theme only once the theme is being read: done in
                        * start_reading_icon_theme() instead; the app loads its
                        * other resources by their full paths. */
                       "resource-base-path", NULL,
                       NULL);
}

/**
 * kh_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the app's settings, %NULL if the
 *   schema is not installed
 */
GSettings *
kh_application_get_settings (KhApplication *self)
{
  g_return_val_if_fail (KH_IS_APPLICATION (self), NULL);

  return self->settings;
}

gboolean
kh_application_get_persistent (KhApplication *self)
{
  g_return_val_if_fail (KH_IS_APPLICATION (self), FALSE);

  return self->persistent;
}

/**
 * kh_application_set_persistent:
 * @persistent: whether to remember window size, page, text size and
 *   style between runs
 *
 * A kiosk turns this off so that a visit leaves nothing on disk.
 */
void
kh_application_set_persistent (KhApplication *self,
                               gboolean       persistent)
{
  g_return_if_fail (KH_IS_APPLICATION (self));

  self->persistent = !!persistent;
}

/**
 * kh_application_enable_kiosk:
 * @self: a #KhApplication
 *
 * Turns the app into a waiting-room kiosk (see #KhKiosk), for good:
 * nothing is remembered on disk any more, and the window, made now if it
 * was not yet, is locked down. Called for `--kiosk` and the “kiosk-mode”
 * setting, after start-up.
 */
void
kh_application_enable_kiosk (KhApplication *self)
{
  GtkWindow *window;

  g_return_if_fail (KH_IS_APPLICATION (self));

  if (self->kiosk != NULL)
    return;

  g_debug ("Kiosk mode");
  kh_application_set_persistent (self, FALSE);
  self->kiosk = kh_kiosk_new (GTK_APPLICATION (self), self->settings);
  kh_lockdown_lock_for_kiosk (self->lockdown, kh_kiosk_get_allow_print (self->kiosk));

  /* A window made before (D-Bus activation) gives way to a kiosk window:
   * nothing of what was done in it is carried into the kiosk. */
  if ((window = gtk_application_get_active_window (GTK_APPLICATION (self))) && KH_IS_WINDOW (window))
    {
      gtk_window_present (GTK_WINDOW (new_window (self)));
      gtk_window_destroy (window);
    }
}

/**
 * kh_application_get_lockdown:
 *
 * Returns: (transfer none): what the app may hand to the system: all on
 *   the desktop, little in a kiosk
 */
KhLockdown *
kh_application_get_lockdown (KhApplication *self)
{
  g_return_val_if_fail (KH_IS_APPLICATION (self), NULL);

  return self->lockdown;
}

/**
 * kh_application_get_kiosk:
 *
 * Returns: (transfer none) (nullable): the kiosk, if the app is one
 */
KhKiosk *
kh_application_get_kiosk (KhApplication *self)
{
  g_return_val_if_fail (KH_IS_APPLICATION (self), NULL);

  return self->kiosk;
}
