/* kh-text-bin.c: holds wrapping text in a row, asked for its width alone
 *
 * A horizontal GtkBox in GTK 4.8 asks each child for its width at the
 * row's height, every time it is allocated. A wrapping label answers
 * that with a binary search, laying out (and shaping) its whole text
 * again at each of about ten widths. Text that wraps is height-for-width:
 * its width never depends on its height. This bin asks its child for
 * its width alone and for its height at a width, so a bullet point or
 * the text beside an icon is laid out once per width, as in a column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-text-bin"

#include "config.h"

#include "kh-text-bin.h"

struct _KhTextBin
{
  GtkWidget parent_instance;

  GtkWidget *child;
};

enum
{
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void kh_text_bin_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KhTextBin, kh_text_bin, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, kh_text_bin_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

static void
kh_text_bin_measure (GtkWidget     *widget,
                     GtkOrientation orientation,
                     int            for_size,
                     int           *minimum,
                     int           *natural,
                     int           *minimum_baseline,
                     int           *natural_baseline)
{
  KhTextBin *self = KH_TEXT_BIN (widget);

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  gtk_widget_measure (self->child, orientation,
                      orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, NULL, NULL);
}

static void
kh_text_bin_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  KhTextBin *self = KH_TEXT_BIN (widget);

  if (self->child != NULL && gtk_widget_should_layout (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
kh_text_bin_compute_expand (GtkWidget *widget,
                            gboolean  *hexpand,
                            gboolean  *vexpand)
{
  KhTextBin *self = KH_TEXT_BIN (widget);

  *hexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_VERTICAL);
}

static GtkSizeRequestMode
kh_text_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kh_text_bin_dispose (GObject *object)
{
  KhTextBin *self = (KhTextBin *) object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (kh_text_bin_parent_class)->dispose (object);
}

static void
kh_text_bin_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KhTextBin *self = KH_TEXT_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_text_bin_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KhTextBin *self = KH_TEXT_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      kh_text_bin_set_child (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_text_bin_class_init (KhTextBinClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_text_bin_dispose;
  object_class->get_property = kh_text_bin_get_property;
  object_class->set_property = kh_text_bin_set_property;

  widget_class->measure = kh_text_bin_measure;
  widget_class->size_allocate = kh_text_bin_size_allocate;
  widget_class->get_request_mode = kh_text_bin_get_request_mode;
  widget_class->compute_expand = kh_text_bin_compute_expand;

  properties[PROP_CHILD] =
      g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "textbin");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
kh_text_bin_init (KhTextBin *self)
{
}

static void
kh_text_bin_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  if (GTK_IS_WIDGET (child))
    kh_text_bin_set_child (KH_TEXT_BIN (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
kh_text_bin_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = kh_text_bin_buildable_add_child;
}

/**
 * kh_text_bin_new:
 * @child: (nullable): the text (a wrapping label, or a column of them)
 *
 * Returns: (transfer floating): a new bin
 */
GtkWidget *
kh_text_bin_new (GtkWidget *child)
{
  return g_object_new (KH_TYPE_TEXT_BIN, "child", child, NULL);
}

/**
 * kh_text_bin_get_child:
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
kh_text_bin_get_child (KhTextBin *self)
{
  g_return_val_if_fail (KH_IS_TEXT_BIN (self), NULL);

  return self->child;
}

void
kh_text_bin_set_child (KhTextBin *self,
                       GtkWidget *child)
{
  g_return_if_fail (KH_IS_TEXT_BIN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}
