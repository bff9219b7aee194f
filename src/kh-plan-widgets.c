/* kh-plan-widgets.c: the small pieces My plan and the craving tool share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan"

#include "config.h"

#include "kh-plan-widgets.h"
#include "kh-widgets.h"

/**
 * kh_plan_text_new:
 *
 * Returns: (transfer floating): a body label kept out of the focus
 *   chain (a selectable label that is not focusable swallows Tab in
 *   GTK 4.8)
 */
GtkWidget *
kh_plan_text_new (const char *text)
{
  GtkWidget *label = kh_body_label_new (text);

  gtk_widget_set_can_focus (label, FALSE);

  return label;
}

GtkWidget *
kh_plan_heading_new (const char *text,
                     int         level,
                     const char *css_class)
{
  GtkWidget *label = kh_heading_label_new (text, level);

  gtk_widget_set_can_focus (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  if (level == 1)
    gtk_widget_add_css_class (label, "page-title");

  return label;
}

GtkWidget *
kh_plan_list_new (void)
{
  GtkWidget *list = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 6,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                  NULL);

  gtk_widget_add_css_class (list, "bullet-list");

  return list;
}

void
kh_plan_list_append (GtkWidget  *list,
                     const char *text)
{
  gtk_box_append (GTK_BOX (list), kh_bullet_row_new (kh_plan_text_new (text)));
}

GtkWidget *
kh_plan_button_new (const char *mnemonic,
                    const char *action_name,
                    const char *css_class)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  if (action_name != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);

  return button;
}
