/* kh-uri.h: handing an address to the system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kh_uri_show (GtkWindow  *parent,
                  const char *uri);

G_END_DECLS
