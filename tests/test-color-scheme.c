/* test-color-scheme.c: following the desktop's light/dark preference,
 * with a stand-in settings portal on a private session bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "kh-color-scheme.h"

static const char portal_xml[] =
    "<node>"
    "  <interface name='org.freedesktop.portal.Settings'>"
    "    <method name='Read'>"
    "      <arg type='s' name='namespace' direction='in'/>"
    "      <arg type='s' name='key' direction='in'/>"
    "      <arg type='v' name='value' direction='out'/>"
    "    </method>"
    "    <signal name='SettingChanged'>"
    "      <arg type='s' name='namespace'/>"
    "      <arg type='s' name='key'/>"
    "      <arg type='v' name='value'/>"
    "    </signal>"
    "  </interface>"
    "</node>";

static guint32 portal_value = 1;
static guint   n_reads;

static void
portal_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *path,
                    const char            *interface,
                    const char            *method,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  const char *namespace, *key;

  g_variant_get (parameters, "(&s&s)", &namespace, &key);
  n_reads++;
  if (g_str_equal (namespace, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    /* Read() wraps the value in one variant more than ReadOne() */
    g_dbus_method_invocation_return_value (invocation,
                                           g_variant_new ("(v)", g_variant_new_variant (g_variant_new_uint32 (portal_value))));
  else
    g_dbus_method_invocation_return_dbus_error (invocation, "org.freedesktop.portal.Error.NotFound", "no such setting");
}

static const GDBusInterfaceVTable portal_vtable = { portal_method_call, NULL, NULL };

#define wait_for(cond)                                          \
  G_STMT_START                                                  \
  {                                                             \
    gint64 _end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < _end)           \
      g_main_context_iteration (NULL, TRUE);                    \
  }                                                             \
  G_STMT_END

static void
test_portal (void)
{
  g_autoptr (GDBusConnection) bus = NULL;
  g_autoptr (GDBusNodeInfo) info = NULL;
  g_autoptr (KhColorScheme) scheme = NULL;
  g_autoptr (GError) error = NULL;
  guint    registration, owner;
  gboolean owned = FALSE;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  info = g_dbus_node_info_new_for_xml (portal_xml, &error);
  g_assert_no_error (error);
  registration = g_dbus_connection_register_object (bus, "/org/freedesktop/portal/desktop",
                                                    info->interfaces[0], &portal_vtable,
                                                    NULL, NULL, &error);
  g_assert_no_error (error);
  owner = g_bus_own_name_on_connection (bus, "org.freedesktop.portal.Desktop",
                                        G_BUS_NAME_OWNER_FLAGS_NONE, NULL, NULL, NULL, NULL);
  /* wait until the name is really ours */
  while (!owned)
    {
      g_autoptr (GVariant) reply =
          g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", "org.freedesktop.portal.Desktop"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
      g_assert_no_error (error);
      g_variant_get (reply, "(b)", &owned);
      g_main_context_iteration (NULL, FALSE);
    }

  portal_value = 1;
  scheme = kh_color_scheme_new (bus);
  wait_for (kh_color_scheme_get_system_prefers_dark (scheme));
  g_assert_cmpuint (n_reads, ==, 1);
  g_assert_true (kh_color_scheme_get_system_prefers_dark (scheme));
  g_assert_true (kh_color_scheme_get_dark (scheme));

  /* the user's choice wins over the system */
  kh_color_scheme_set_choice (scheme, KH_COLOR_SCHEME_LIGHT);
  g_assert_false (kh_color_scheme_get_dark (scheme));
  kh_color_scheme_set_choice (scheme, KH_COLOR_SCHEME_DEFAULT);
  g_assert_true (kh_color_scheme_get_dark (scheme));

  /* the desktop switches to light: followed at once */
  g_dbus_connection_emit_signal (bus, NULL, "/org/freedesktop/portal/desktop",
                                 "org.freedesktop.portal.Settings", "SettingChanged",
                                 g_variant_new ("(ssv)", "org.freedesktop.appearance", "color-scheme",
                                                g_variant_new_uint32 (2)),
                                 &error);
  g_assert_no_error (error);
  wait_for (!kh_color_scheme_get_system_prefers_dark (scheme));
  g_assert_false (kh_color_scheme_get_dark (scheme));

  kh_color_scheme_set_choice (scheme, KH_COLOR_SCHEME_DARK);
  g_assert_true (kh_color_scheme_get_dark (scheme));

  g_bus_unown_name (owner);
  g_dbus_connection_unregister_object (bus, registration);
}

static void
test_no_portal (void)
{
  g_autoptr (GDBusConnection) bus = NULL;
  g_autoptr (KhColorScheme) scheme = NULL;
  g_autoptr (GError) error = NULL;
  gint64 end;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  /* Nobody answers: light, and no error. */
  scheme = kh_color_scheme_new (bus);
  end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (kh_color_scheme_get_dark (scheme));

  g_clear_object (&scheme);
  scheme = kh_color_scheme_new (NULL);
  g_assert_false (kh_color_scheme_get_dark (scheme));
}

static void
test_choice_strings (void)
{
  KhColorSchemeChoice choice = KH_COLOR_SCHEME_DEFAULT;

  g_assert_true (kh_color_scheme_choice_from_string ("dark", &choice));
  g_assert_cmpint (choice, ==, KH_COLOR_SCHEME_DARK);
  g_assert_cmpstr (kh_color_scheme_choice_to_string (KH_COLOR_SCHEME_LIGHT), ==, "light");
  g_assert_false (kh_color_scheme_choice_from_string ("purple", &choice));
  g_assert_cmpint (choice, ==, KH_COLOR_SCHEME_DARK);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* no-portal runs first: the stand-in portal owns the name afterwards */
  g_test_add_func ("/color-scheme/no-portal", test_no_portal);
  g_test_add_func ("/color-scheme/portal", test_portal);
  g_test_add_func ("/color-scheme/choice-strings", test_choice_strings);

  return g_test_run ();
}
