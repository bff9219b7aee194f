/* kh-color-scheme.h: light or dark, as the user or the system prefers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  KH_COLOR_SCHEME_DEFAULT,
  KH_COLOR_SCHEME_LIGHT,
  KH_COLOR_SCHEME_DARK,
} KhColorSchemeChoice;

#define KH_TYPE_COLOR_SCHEME (kh_color_scheme_get_type ())

G_DECLARE_FINAL_TYPE (KhColorScheme, kh_color_scheme, KH, COLOR_SCHEME, GObject)

KhColorScheme      *kh_color_scheme_new (GDBusConnection *bus);
KhColorSchemeChoice kh_color_scheme_get_choice (KhColorScheme *self);
void                kh_color_scheme_set_choice (KhColorScheme      *self,
                                                KhColorSchemeChoice choice);
gboolean            kh_color_scheme_get_system_prefers_dark (KhColorScheme *self);
gboolean            kh_color_scheme_get_dark (KhColorScheme *self);
gboolean            kh_color_scheme_choice_from_string (const char          *text,
                                                        KhColorSchemeChoice *choice);
const char         *kh_color_scheme_choice_to_string (KhColorSchemeChoice choice);

G_END_DECLS
