/* kh-wrap-box.c: lays out its children in a row, wrapping onto more rows
 * when the row is too narrow
 *
 * Buttons such as Call, Copy and QR code sit side by side on a wide page
 * and go onto a second row in a narrow window or a long translation,
 * instead of making the page wider than the screen. (GtkFlowBox in GTK
 * 4.8 spreads its children into columns and, aligned to the start,
 * measures its height wrongly.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-wrap-box"

#include "config.h"

#include "kh-wrap-box.h"

struct _KhWrapBox
{
  GtkWidget parent_instance;

  int spacing;
};

G_DEFINE_FINAL_TYPE (KhWrapBox, kh_wrap_box, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GtkWidget *child;
  int        x;
  int        width;
  int        height;
  guint      line;
} Place;

/* Places the children in rows no wider than @width (a child wider than
 * that gets a row of its own), filling @places and the height of each
 * row; returns the total height. */
static int
compute_places (KhWrapBox *self,
                int        width,
                GArray    *places,
                GArray    *line_heights)
{
  int   x = 0;
  int   height = 0;
  guint line = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Place place = { child, 0, 0, 0, 0 };
      int   min_width, nat_width, nat_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
      place.width = MAX (min_width, MIN (nat_width, width));
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, place.width, NULL, &nat_height, NULL, NULL);
      place.height = nat_height;

      if (x > 0 && x + place.width > width)
        {
          line++;
          x = 0;
        }

      place.x = x;
      place.line = line;
      x += place.width + self->spacing;
      g_array_append_val (places, place);

      if (line_heights->len <= line)
        {
          int zero = 0;

          g_array_append_val (line_heights, zero);
        }
      g_array_index (line_heights, int, line) = MAX (g_array_index (line_heights, int, line), place.height);
    }

  for (guint i = 0; i < line_heights->len; i++)
    height += g_array_index (line_heights, int, i) + (i > 0 ? self->spacing : 0);

  return height;
}

static void
kh_wrap_box_measure (GtkWidget     *widget,
                     GtkOrientation orientation,
                     int            for_size,
                     int           *minimum,
                     int           *natural,
                     int           *minimum_baseline,
                     int           *natural_baseline)
{
  KhWrapBox *self = KH_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int   widest = 0;
      int   total = 0;
      guint n = 0;

      /* At least the widest child; at best all of them in one row. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int min_width, nat_width;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
          widest = MAX (widest, min_width);
          total += nat_width;
          n++;
        }

      *minimum = widest;
      *natural = MAX (widest, total + (n > 1 ? (int) (n - 1) * self->spacing : 0));
    }
  else
    {
      g_autoptr (GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
      g_autoptr (GArray) line_heights = g_array_new (FALSE, FALSE, sizeof (int));

      *minimum = *natural = compute_places (self, for_size < 0 ? G_MAXINT / 2 : for_size,
                                            places, line_heights);
    }
}

static void
kh_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  KhWrapBox *self = KH_WRAP_BOX (widget);
  g_autoptr (GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_autoptr (GArray) line_heights = g_array_new (FALSE, FALSE, sizeof (int));
  GtkAllocation allocation;
  guint         line = 0;
  int           y = 0;

  compute_places (self, width, places, line_heights);

  for (guint i = 0; i < places->len; i++)
    {
      Place *place = &g_array_index (places, Place, i);

      for (; line < place->line; line++)
        y += g_array_index (line_heights, int, line) + self->spacing;

      allocation.x = place->x;
      allocation.y = y;
      allocation.width = place->width;
      allocation.height = g_array_index (line_heights, int, place->line);
      gtk_widget_size_allocate (place->child, &allocation, -1);
    }
}

static GtkSizeRequestMode
kh_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kh_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kh_wrap_box_parent_class)->dispose (object);
}

static void
kh_wrap_box_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KhWrapBox *self = KH_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_wrap_box_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KhWrapBox *self = KH_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      kh_wrap_box_set_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_wrap_box_class_init (KhWrapBoxClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_wrap_box_dispose;
  object_class->get_property = kh_wrap_box_get_property;
  object_class->set_property = kh_wrap_box_set_property;

  /* So that a template can declare it, children and all. */
  properties[PROP_SPACING] =
      g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->measure = kh_wrap_box_measure;
  widget_class->size_allocate = kh_wrap_box_size_allocate;
  widget_class->get_request_mode = kh_wrap_box_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
}

static void
kh_wrap_box_init (KhWrapBox *self)
{
}

/**
 * kh_wrap_box_new:
 * @spacing: pixels between children, across and down
 *
 * Returns: (transfer floating): a new, empty box
 */
GtkWidget *
kh_wrap_box_new (int spacing)
{
  return g_object_new (KH_TYPE_WRAP_BOX, "spacing", MAX (spacing, 0), NULL);
}

int
kh_wrap_box_get_spacing (KhWrapBox *self)
{
  g_return_val_if_fail (KH_IS_WRAP_BOX (self), 0);

  return self->spacing;
}

/**
 * kh_wrap_box_set_spacing:
 * @spacing: pixels between children, across and down
 */
void
kh_wrap_box_set_spacing (KhWrapBox *self,
                         int        spacing)
{
  g_return_if_fail (KH_IS_WRAP_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

/**
 * kh_wrap_box_append:
 * @child: a widget with no parent
 *
 * Adds @child after the others.
 */
void
kh_wrap_box_append (KhWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (KH_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}
