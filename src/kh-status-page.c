/* kh-status-page.c: a page that says why there is nothing else to show
 *
 * An icon, a title (a heading for screen readers), a line or two of text,
 * technical details for whoever looks after the machine, and one widget,
 * usually a button, that says what to do instead: the search page's "no
 * results", and the window's page when its content is broken.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-status-page"

#include "config.h"

#include "kh-status-page.h"

struct _KhStatusPage
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *box;
  GtkImage  *image;
  GtkLabel  *title_label;
  GtkLabel  *description_label;
  GtkLabel  *details_label;

  /* borrowed: a child of box */
  GtkWidget *child;
};

G_DEFINE_FINAL_TYPE (KhStatusPage, kh_status_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ICON_NAME,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_DETAILS,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kh_status_page_dispose (GObject *object)
{
  KhStatusPage *self = (KhStatusPage *) object;

  self->child = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_STATUS_PAGE);

  G_OBJECT_CLASS (kh_status_page_parent_class)->dispose (object);
}

static void
kh_status_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KhStatusPage *self = KH_STATUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      g_value_set_string (value, kh_status_page_get_icon_name (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, kh_status_page_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, kh_status_page_get_description (self));
      break;

    case PROP_DETAILS:
      g_value_set_string (value, kh_status_page_get_details (self));
      break;

    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_status_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KhStatusPage *self = KH_STATUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_ICON_NAME:
      kh_status_page_set_icon_name (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      kh_status_page_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      kh_status_page_set_description (self, g_value_get_string (value));
      break;

    case PROP_DETAILS:
      kh_status_page_set_details (self, g_value_get_string (value));
      break;

    case PROP_CHILD:
      kh_status_page_set_child (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_status_page_class_init (KhStatusPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_status_page_dispose;
  object_class->get_property = kh_status_page_get_property;
  object_class->set_property = kh_status_page_set_property;

  properties[PROP_ICON_NAME] =
      g_param_spec_string ("icon-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
      g_param_spec_string ("description", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAILS] =
      g_param_spec_string ("details", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD] =
      g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-status-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KhStatusPage, box);
  gtk_widget_class_bind_template_child (widget_class, KhStatusPage, image);
  gtk_widget_class_bind_template_child (widget_class, KhStatusPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KhStatusPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, KhStatusPage, details_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statuspage");
}

static void
kh_status_page_init (KhStatusPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kh_status_page_new:
 * @icon_name: (nullable): a symbolic icon
 * @title: the title
 * @description: (nullable): what happened, and what to do
 *
 * Returns: (transfer floating): a new status page
 */
GtkWidget *
kh_status_page_new (const char *icon_name,
                    const char *title,
                    const char *description)
{
  return g_object_new (KH_TYPE_STATUS_PAGE,
                       "icon-name", icon_name,
                       "title", title,
                       "description", description,
                       NULL);
}

/* A label shown only when it has text. */
static gboolean
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text != NULL ? text : "") == 0)
    return FALSE;

  gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
  return TRUE;
}

const char *
kh_status_page_get_icon_name (KhStatusPage *self)
{
  g_return_val_if_fail (KH_IS_STATUS_PAGE (self), NULL);

  return gtk_image_get_icon_name (self->image);
}

void
kh_status_page_set_icon_name (KhStatusPage *self,
                              const char   *icon_name)
{
  g_return_if_fail (KH_IS_STATUS_PAGE (self));

  if (g_strcmp0 (gtk_image_get_icon_name (self->image), icon_name) == 0)
    return;

  gtk_image_set_from_icon_name (self->image, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->image), icon_name != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

const char *
kh_status_page_get_title (KhStatusPage *self)
{
  g_return_val_if_fail (KH_IS_STATUS_PAGE (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
kh_status_page_set_title (KhStatusPage *self,
                          const char   *title)
{
  g_return_if_fail (KH_IS_STATUS_PAGE (self));

  if (set_label (self->title_label, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
kh_status_page_get_description (KhStatusPage *self)
{
  g_return_val_if_fail (KH_IS_STATUS_PAGE (self), NULL);

  return gtk_label_get_label (self->description_label);
}

void
kh_status_page_set_description (KhStatusPage *self,
                                const char   *description)
{
  g_return_if_fail (KH_IS_STATUS_PAGE (self));

  if (set_label (self->description_label, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
kh_status_page_get_details (KhStatusPage *self)
{
  g_return_val_if_fail (KH_IS_STATUS_PAGE (self), NULL);

  return gtk_label_get_label (self->details_label);
}

/**
 * kh_status_page_set_details:
 * @details: (nullable): technical details, such as an error message with
 *   the file and JSON path, shown small for whoever looks after the machine
 */
void
kh_status_page_set_details (KhStatusPage *self,
                            const char   *details)
{
  g_return_if_fail (KH_IS_STATUS_PAGE (self));

  if (set_label (self->details_label, details))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS]);
}

GtkWidget *
kh_status_page_get_child (KhStatusPage *self)
{
  g_return_val_if_fail (KH_IS_STATUS_PAGE (self), NULL);

  return self->child;
}

/**
 * kh_status_page_set_child:
 * @child: (nullable): a widget below the text, usually a button saying
 *   what to do instead
 */
void
kh_status_page_set_child (KhStatusPage *self,
                          GtkWidget    *child)
{
  g_return_if_fail (KH_IS_STATUS_PAGE (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  if (self->child != NULL)
    gtk_box_remove (GTK_BOX (self->box), self->child);
  self->child = child;
  if (child != NULL)
    {
      gtk_widget_set_halign (child, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (self->box), child);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}
