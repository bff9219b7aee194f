/* kh-callout.c: a boxed note, warning or emergency message
 *
 * What the content pages, the checklist's result and Get help set apart
 * from the text around them: an icon for its kind, an optional title, its
 * text, and whatever else belongs in it (the checklist adds a button). To
 * assistive technology it is a group named by its title, or by its kind
 * ("Note", "Warning", "In an emergency"), so a screen reader says what
 * kind of text follows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-callout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-callout.h"
#include "kh-text-bin.h"
#include "kh-widgets.h"

struct _KhCallout
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkImage *icon;
  GtkBox   *texts;

  KhCalloutStyle style;
  char          *title;
};

G_DEFINE_FINAL_TYPE (KhCallout, kh_callout, GTK_TYPE_WIDGET)

static const struct
{
  const char *css_class;
  const char *icon_name;
  const char *accessible_name;
} styles[] = {
  [KH_CALLOUT_INFO] = { "info", "dialog-information-symbolic", N_ ("Note") },
  [KH_CALLOUT_WARNING] = { "warning", "dialog-warning-symbolic", N_ ("Warning") },
  [KH_CALLOUT_CRISIS] = { "crisis", "call-start-symbolic", N_ ("In an emergency") },
};

static void
kh_callout_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), KH_TYPE_CALLOUT);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kh_callout_parent_class)->dispose (object);
}

static void
kh_callout_finalize (GObject *object)
{
  g_free (KH_CALLOUT (object)->title);

  G_OBJECT_CLASS (kh_callout_parent_class)->finalize (object);
}

static void
kh_callout_class_init (KhCalloutClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_callout_dispose;
  object_class->finalize = kh_callout_finalize;

  g_type_ensure (KH_TYPE_TEXT_BIN);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-callout.ui");
  gtk_widget_class_bind_template_child (widget_class, KhCallout, icon);
  gtk_widget_class_bind_template_child (widget_class, KhCallout, texts);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kh_callout_init (KhCallout *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "callout");
}

/**
 * kh_callout_new:
 * @style: what kind of message it is
 * @title: (nullable): its title, shown in bold above the text
 * @text: (nullable): its text
 *
 * Returns: (transfer floating): a new callout
 */
GtkWidget *
kh_callout_new (KhCalloutStyle style,
                const char    *title,
                const char    *text)
{
  KhCallout *self;

  g_return_val_if_fail ((guint) style < G_N_ELEMENTS (styles), NULL);

  self = g_object_new (KH_TYPE_CALLOUT, NULL);
  self->style = style;
  gtk_widget_add_css_class (GTK_WIDGET (self), styles[style].css_class);
  gtk_image_set_from_icon_name (self->icon, styles[style].icon_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? title : _ (styles[style].accessible_name),
                                  -1);

  if (title != NULL)
    {
      GtkWidget *label = kh_body_label_new (title);

      self->title = g_strdup (title);
      gtk_widget_add_css_class (label, "heading");
      kh_callout_append (self, label);
    }
  if (text != NULL)
    kh_callout_append (self, kh_body_label_new (text));

  return GTK_WIDGET (self);
}

KhCalloutStyle
kh_callout_get_style (KhCallout *self)
{
  g_return_val_if_fail (KH_IS_CALLOUT (self), KH_CALLOUT_INFO);

  return self->style;
}

/**
 * kh_callout_get_title:
 *
 * Returns: (nullable): the title, if it has one
 */
const char *
kh_callout_get_title (KhCallout *self)
{
  g_return_val_if_fail (KH_IS_CALLOUT (self), NULL);

  return self->title;
}

/**
 * kh_callout_append:
 * @child: a widget to add below the text, such as another paragraph or
 *   a button
 */
void
kh_callout_append (KhCallout *self,
                   GtkWidget *child)
{
  g_return_if_fail (KH_IS_CALLOUT (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_box_append (self->texts, child);
}
