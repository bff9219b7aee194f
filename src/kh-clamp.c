/* kh-clamp.c: centres its child and limits its width
 *
 * Long lines are hard to read. A clamp gives its child all the width it
 * gets up to a maximum (about 70 characters of body text), and centres
 * it beyond that, so reading is comfortable from a phone-sized window to
 * a kiosk screen.
 *
 * GTK 4.8 on X11 works out the window's size before it styles the
 * widgets added since the last frame, so text measured then is measured
 * without its style (its size, its line height), and measured again once
 * styled: every paragraph of a new page was laid out twice. A clamp
 * holds a page's text, so it asks its child nothing until it has been
 * styled itself; its children are styled in the same pass, right after
 * it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-clamp"

#include "config.h"

#include "kh-clamp.h"

struct _KhClamp
{
  GtkWidget parent_instance;

  GtkWidget *child;
  int        maximum_size;
  double     scale;
  gboolean   styled;
};

enum
{
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_SIZE,
  PROP_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void kh_clamp_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KhClamp, kh_clamp, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, kh_clamp_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

/* Larger text needs a wider column for the same number of words a line. */
static int
effective_maximum (KhClamp *self)
{
  return (int) (self->maximum_size * self->scale);
}

/* From now on the child is measured: ask for it. */
static void
set_styled (KhClamp *self)
{
  if (self->styled)
    return;

  self->styled = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
kh_clamp_measure (GtkWidget     *widget,
                  GtkOrientation orientation,
                  int            for_size,
                  int           *minimum,
                  int           *natural,
                  int           *minimum_baseline,
                  int           *natural_baseline)
{
  KhClamp *self = KH_CLAMP (widget);

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;

  if (self->child == NULL || !gtk_widget_should_layout (self->child) || !self->styled)
    return;

  if (orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0)
    for_size = MIN (for_size, MAX (effective_maximum (self), 0));
  /* The height at the natural width, said as that width: the one the
   * child is given in any window wider than the maximum, so the two
   * questions share the child's measurements instead of laying out all
   * of its text twice. */
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size < 0)
    {
      int child_min, child_nat;

      gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
      for_size = MAX (child_min, MIN (child_nat, effective_maximum (self)));
    }
  /* Height-for-width: the width never depends on the height. GTK 4.8's
   * viewport still asks for the width at the content's height, which a
   * wrapping label answers by laying out its text again and again
   * (a binary search), and again each time the height changes. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;

  gtk_widget_measure (self->child, orientation, for_size,
                      minimum, natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, effective_maximum (self)));
}

static void
kh_clamp_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  KhClamp      *self = KH_CLAMP (widget);
  GtkAllocation allocation;
  int           child_min;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1,
                      &child_min, NULL, NULL, NULL);

  allocation.width = MAX (child_min, MIN (width, effective_maximum (self)));
  allocation.height = height;
  allocation.x = (width - allocation.width) / 2;
  allocation.y = 0;

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    allocation.x = width - allocation.width - allocation.x;

  gtk_widget_size_allocate (self->child, &allocation, baseline);

  /* Allocated, so styled, even if styling changed nothing of ours. */
  set_styled (self);
}

/* Called once the clamp has been styled, and on every change after. */
static void
kh_clamp_css_changed (GtkWidget         *widget,
                      GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kh_clamp_parent_class)->css_changed (widget, change);
  set_styled (KH_CLAMP (widget));
}

static GtkSizeRequestMode
kh_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kh_clamp_dispose (GObject *object)
{
  KhClamp *self = (KhClamp *) object;

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (kh_clamp_parent_class)->dispose (object);
}

static void
kh_clamp_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KhClamp *self = KH_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    case PROP_MAXIMUM_SIZE:
      g_value_set_int (value, self->maximum_size);
      break;

    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_clamp_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KhClamp *self = KH_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      kh_clamp_set_child (self, g_value_get_object (value));
      break;

    case PROP_MAXIMUM_SIZE:
      kh_clamp_set_maximum_size (self, g_value_get_int (value));
      break;

    case PROP_SCALE:
      kh_clamp_set_scale (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_clamp_class_init (KhClampClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_clamp_dispose;
  object_class->get_property = kh_clamp_get_property;
  object_class->set_property = kh_clamp_set_property;

  widget_class->measure = kh_clamp_measure;
  widget_class->size_allocate = kh_clamp_size_allocate;
  widget_class->css_changed = kh_clamp_css_changed;
  widget_class->get_request_mode = kh_clamp_get_request_mode;

  properties[PROP_CHILD] =
      g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAXIMUM_SIZE] =
      g_param_spec_int ("maximum-size", NULL, NULL, 0, G_MAXINT, 720,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE] =
      g_param_spec_double ("scale", NULL, NULL, 0.5, 4.0, 1.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "clamp");
}

static void
kh_clamp_init (KhClamp *self)
{
  self->maximum_size = 720;
  self->scale = 1.0;
}

static void
kh_clamp_buildable_add_child (GtkBuildable *buildable,
                              GtkBuilder   *builder,
                              GObject      *child,
                              const char   *type)
{
  if (GTK_IS_WIDGET (child))
    kh_clamp_set_child (KH_CLAMP (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
kh_clamp_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = kh_clamp_buildable_add_child;
}

GtkWidget *
kh_clamp_new (void)
{
  return g_object_new (KH_TYPE_CLAMP, NULL);
}

/**
 * kh_clamp_get_child:
 *
 * Returns: (transfer none) (nullable): the child
 */
GtkWidget *
kh_clamp_get_child (KhClamp *self)
{
  g_return_val_if_fail (KH_IS_CLAMP (self), NULL);

  return self->child;
}

void
kh_clamp_set_child (KhClamp   *self,
                    GtkWidget *child)
{
  g_return_if_fail (KH_IS_CLAMP (self));
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

int
kh_clamp_get_maximum_size (KhClamp *self)
{
  g_return_val_if_fail (KH_IS_CLAMP (self), 0);

  return self->maximum_size;
}

/**
 * kh_clamp_set_maximum_size:
 * @maximum_size: the widest the child may be, in pixels
 */
void
kh_clamp_set_maximum_size (KhClamp *self,
                           int      maximum_size)
{
  g_return_if_fail (KH_IS_CLAMP (self));

  if (self->maximum_size == maximum_size)
    return;

  self->maximum_size = maximum_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_SIZE]);
}

double
kh_clamp_get_scale (KhClamp *self)
{
  g_return_val_if_fail (KH_IS_CLAMP (self), 1.0);

  return self->scale;
}

/**
 * kh_clamp_set_scale:
 * @scale: the text size, 1.0 for normal
 *
 * Widens the column with the text, so that lines keep about the same
 * number of words at any text size.
 */
void
kh_clamp_set_scale (KhClamp *self,
                    double   scale)
{
  g_return_if_fail (KH_IS_CLAMP (self));

  scale = CLAMP (scale, 0.5, 4.0);
  if (G_APPROX_VALUE (self->scale, scale, 0.001))
    return;

  self->scale = scale;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}
