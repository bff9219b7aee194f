/* kh-uri.c: handing an address to the system
 *
 * GTK 4.10 replaced gtk_show_uri() by GtkUriLauncher; this file is the
 * only place that knows, so the switch is made here alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-uri"

#include "config.h"

#include "kh-uri.h"

#if GTK_CHECK_VERSION(4, 10, 0)
static void
launch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_warning ("Could not open the address: %s", error->message);
  G_GNUC_END_IGNORE_DEPRECATIONS
}
#endif

/**
 * kh_uri_show:
 * @parent: (nullable): the window the request comes from
 * @uri: a tel:, sms: or https: address
 */
void
kh_uri_show (GtkWindow  *parent,
             const char *uri)
{
  g_return_if_fail (uri != NULL);

  g_debug ("Opening %s", uri);

#if GTK_CHECK_VERSION(4, 10, 0)
  /* Built against a newer GTK than the 4.8 API pin allows by default. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autoptr (GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

    gtk_uri_launcher_launch (launcher, parent, NULL, launch_cb, NULL);
  }
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
#endif
}
