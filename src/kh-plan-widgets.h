/* kh-plan-widgets.h: the small pieces My plan and the craving tool share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *kh_plan_text_new (const char *text);
GtkWidget *kh_plan_heading_new (const char *text,
                                int         level,
                                const char *css_class);
GtkWidget *kh_plan_list_new (void);
void       kh_plan_list_append (GtkWidget  *list,
                                const char *text);
GtkWidget *kh_plan_button_new (const char *mnemonic,
                               const char *action_name,
                               const char *css_class);

G_END_DECLS
