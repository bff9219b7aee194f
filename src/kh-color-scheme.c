/* kh-color-scheme.c: light or dark, as the user or the system prefers
 *
 * GTK 4.8 does not follow the desktop's light/dark preference by itself.
 * The preference is read where the desktop publishes it: the settings
 * portal (org.freedesktop.appearance color-scheme, also inside Flatpak),
 * or else GNOME's org.gnome.desktop.interface color-scheme key. Both are
 * watched, so a change on the desktop shows at once. Nothing is sent but
 * the question, on the local session bus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-color-scheme"

#include "config.h"

#include "kh-color-scheme.h"

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS "org.freedesktop.portal.Settings"
#define APPEARANCE "org.freedesktop.appearance"
#define GNOME_INTERFACE "org.gnome.desktop.interface"

struct _KhColorScheme
{
  GObject parent_instance;

  GDBusConnection    *bus;
  GCancellable       *cancellable;
  GSettings          *interface_settings;
  guint               portal_signal_id;
  gboolean            portal_answered;
  gboolean            system_prefers_dark;
  KhColorSchemeChoice choice;
};

G_DEFINE_FINAL_TYPE (KhColorScheme, kh_color_scheme, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CHOICE,
  PROP_SYSTEM_PREFERS_DARK,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const choice_names[] = { "default", "light", "dark" };

static void
set_system_prefers_dark (KhColorScheme *self,
                         gboolean       dark)
{
  gboolean was_dark = kh_color_scheme_get_dark (self);

  if (self->system_prefers_dark == dark)
    return;

  self->system_prefers_dark = dark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYSTEM_PREFERS_DARK]);
  if (was_dark != kh_color_scheme_get_dark (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

/* The portal's value: 0 no preference, 1 prefer dark, 2 prefer light. */
static void
apply_portal_value (KhColorScheme *self,
                    GVariant      *value)
{
  g_autoptr (GVariant) inner = NULL;

  while (g_variant_is_of_type (value, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *unboxed = g_variant_get_variant (value);

      g_clear_pointer (&inner, g_variant_unref);
      inner = unboxed;
      value = unboxed;
    }

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    {
      self->portal_answered = TRUE;
      set_system_prefers_dark (self, g_variant_get_uint32 (value) == 1);
    }
}

static void
portal_setting_changed_cb (GDBusConnection *bus,
                           const char      *sender,
                           const char      *path,
                           const char      *interface,
                           const char      *signal,
                           GVariant        *parameters,
                           gpointer         user_data)
{
  KhColorScheme *self = user_data;
  const char *namespace, *key;
  g_autoptr (GVariant) value = NULL;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;

  g_variant_get (parameters, "(&s&sv)", &namespace, &key, &value);
  if (g_str_equal (namespace, APPEARANCE) && g_str_equal (key, "color-scheme"))
    apply_portal_value (self, value);
}

static void
interface_settings_changed_cb (KhColorScheme *self)
{
  g_autofree char *scheme = NULL;

  /* The portal, where there is one, speaks for the desktop. */
  if (self->portal_answered)
    return;

  scheme = g_settings_get_string (self->interface_settings, "color-scheme");
  set_system_prefers_dark (self, g_strcmp0 (scheme, "prefer-dark") == 0);
}

static void
watch_interface_settings (KhColorScheme *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, GNOME_INTERFACE, TRUE)) ||
      !g_settings_schema_has_key (schema, "color-scheme"))
    return;

  self->interface_settings = g_settings_new_full (schema, NULL, NULL);
  g_signal_connect_object (self->interface_settings, "changed::color-scheme",
                           G_CALLBACK (interface_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  interface_settings_changed_cb (self);
}

static void
portal_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (KhColorScheme) self = user_data;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No settings portal: %s", error->message);
      return;
    }

  {
    g_autoptr (GVariant) value = NULL;

    g_variant_get (reply, "(v)", &value);
    apply_portal_value (self, value);
  }
}

static void
kh_color_scheme_dispose (GObject *object)
{
  KhColorScheme *self = (KhColorScheme *) object;

  g_cancellable_cancel (self->cancellable);
  if (self->portal_signal_id != 0)
    g_dbus_connection_signal_unsubscribe (self->bus, self->portal_signal_id);
  self->portal_signal_id = 0;
  g_clear_object (&self->cancellable);
  g_clear_object (&self->interface_settings);
  g_clear_object (&self->bus);

  G_OBJECT_CLASS (kh_color_scheme_parent_class)->dispose (object);
}

static void
kh_color_scheme_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KhColorScheme *self = KH_COLOR_SCHEME (object);

  switch (prop_id)
    {
    case PROP_CHOICE:
      g_value_set_int (value, self->choice);
      break;

    case PROP_SYSTEM_PREFERS_DARK:
      g_value_set_boolean (value, self->system_prefers_dark);
      break;

    case PROP_DARK:
      g_value_set_boolean (value, kh_color_scheme_get_dark (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_color_scheme_class_init (KhColorSchemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kh_color_scheme_dispose;
  object_class->get_property = kh_color_scheme_get_property;

  properties[PROP_CHOICE] =
      g_param_spec_int ("choice", NULL, NULL,
                        KH_COLOR_SCHEME_DEFAULT, KH_COLOR_SCHEME_DARK, KH_COLOR_SCHEME_DEFAULT,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYSTEM_PREFERS_DARK] =
      g_param_spec_boolean ("system-prefers-dark", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
      g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kh_color_scheme_init (KhColorScheme *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * kh_color_scheme_new:
 * @bus: (nullable): the session bus to ask the settings portal on, or
 *   %NULL to rely on GSettings alone
 *
 * Returns: (transfer full): an object that follows the system's
 *   preference until a choice is made
 */
KhColorScheme *
kh_color_scheme_new (GDBusConnection *bus)
{
  KhColorScheme *self;

  g_return_val_if_fail (bus == NULL || G_IS_DBUS_CONNECTION (bus), NULL);

  self = g_object_new (KH_TYPE_COLOR_SCHEME, NULL);
  watch_interface_settings (self);

  if (bus != NULL)
    {
      self->bus = g_object_ref (bus);
      self->portal_signal_id =
          g_dbus_connection_signal_subscribe (bus, PORTAL_BUS_NAME, PORTAL_SETTINGS, "SettingChanged",
                                              PORTAL_PATH, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                              portal_setting_changed_cb, self, NULL);
      /* Read is in every version of the portal; ReadOne only in newer ones. */
      g_dbus_connection_call (bus, PORTAL_BUS_NAME, PORTAL_PATH, PORTAL_SETTINGS, "Read",
                              g_variant_new ("(ss)", APPEARANCE, "color-scheme"),
                              G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 2000,
                              self->cancellable, portal_read_cb, g_object_ref (self));
    }

  return self;
}

KhColorSchemeChoice
kh_color_scheme_get_choice (KhColorScheme *self)
{
  g_return_val_if_fail (KH_IS_COLOR_SCHEME (self), KH_COLOR_SCHEME_DEFAULT);

  return self->choice;
}

void
kh_color_scheme_set_choice (KhColorScheme      *self,
                            KhColorSchemeChoice choice)
{
  gboolean was_dark;

  g_return_if_fail (KH_IS_COLOR_SCHEME (self));
  g_return_if_fail (choice <= KH_COLOR_SCHEME_DARK);

  if (self->choice == choice)
    return;

  was_dark = kh_color_scheme_get_dark (self);
  self->choice = choice;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICE]);
  if (was_dark != kh_color_scheme_get_dark (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

gboolean
kh_color_scheme_get_system_prefers_dark (KhColorScheme *self)
{
  g_return_val_if_fail (KH_IS_COLOR_SCHEME (self), FALSE);

  return self->system_prefers_dark;
}

/**
 * kh_color_scheme_get_dark:
 *
 * Returns: whether the app should be dark: the user's choice, or the
 *   system's preference when the choice is "default"
 */
gboolean
kh_color_scheme_get_dark (KhColorScheme *self)
{
  g_return_val_if_fail (KH_IS_COLOR_SCHEME (self), FALSE);

  switch (self->choice)
    {
    case KH_COLOR_SCHEME_LIGHT:
      return FALSE;

    case KH_COLOR_SCHEME_DARK:
      return TRUE;

    case KH_COLOR_SCHEME_DEFAULT:
    default:
      return self->system_prefers_dark;
    }
}

gboolean
kh_color_scheme_choice_from_string (const char          *text,
                                    KhColorSchemeChoice *choice)
{
  for (guint i = 0; i < G_N_ELEMENTS (choice_names); i++)
    if (g_strcmp0 (choice_names[i], text) == 0)
      {
        *choice = i;
        return TRUE;
      }

  return FALSE;
}

const char *
kh_color_scheme_choice_to_string (KhColorSchemeChoice choice)
{
  g_return_val_if_fail (choice < G_N_ELEMENTS (choice_names), "default");

  return choice_names[choice];
}
