/* test-clamp.c: a column no wider than a maximum, centred
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-clamp.h"
#include "kh-test-util.h"

static const char *long_text =
    "Kratom is a tropical tree related to coffee. Its leaves have been chewed and brewed for a long time in "
    "Southeast Asia, and are now sold as powders, capsules and drinks in many other places, where some people "
    "use them every day.";

typedef struct
{
  GtkWidget *window;
  GtkWidget *clamp;
  GtkWidget *label;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->label = gtk_label_new (long_text);
  gtk_label_set_wrap (GTK_LABEL (fixture->label), TRUE);
  fixture->clamp = kh_clamp_new ();
  kh_clamp_set_child (KH_CLAMP (fixture->clamp), fixture->label);

  fixture->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->clamp);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
}

static int
natural_width (GtkWidget *widget)
{
  int natural = -1;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum = -1;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static int
height_for_width (GtkWidget *widget,
                  int        width)
{
  int natural = -1;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  return natural;
}

/* The child's place in the clamp. */
static graphene_rect_t
child_bounds (Fixture *fixture)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (fixture->label, fixture->clamp, &bounds));
  return bounds;
}

/* Shows the window @width wide and waits until the clamp has that width
 * less any decoration, and the child @child_width. */
static void
show_at (Fixture *fixture,
         int      width,
         int      child_width)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 400);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kh_test_wait_for (gtk_widget_get_mapped (fixture->clamp) &&
                        gtk_widget_get_width (fixture->clamp) > width - 40 &&
                        gtk_widget_get_width (fixture->clamp) <= width &&
                        gtk_widget_get_width (fixture->label) == child_width,
                    5000);
  g_test_message ("clamp %d wide, label %d", gtk_widget_get_width (fixture->clamp),
                  gtk_widget_get_width (fixture->label));
  g_assert_cmpint (gtk_widget_get_width (fixture->clamp), >, width - 40);
  g_assert_cmpint (gtk_widget_get_width (fixture->clamp), <=, width);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr (GtkWidget) clamp = g_object_ref_sink (kh_clamp_new ());
  GtkWidget *first = gtk_label_new ("first");
  GtkWidget *second = gtk_label_new ("second");
  guint      n_notify = 0;
  int        maximum_size;
  double     scale;

  g_assert_cmpint (kh_clamp_get_maximum_size (KH_CLAMP (clamp)), ==, 720);
  g_assert_cmpfloat (kh_clamp_get_scale (KH_CLAMP (clamp)), ==, 1.0);
  g_assert_null (kh_clamp_get_child (KH_CLAMP (clamp)));
  g_assert_cmpint (gtk_widget_get_request_mode (clamp), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);

  g_signal_connect (clamp, "notify", G_CALLBACK (count_cb), &n_notify);

  kh_clamp_set_maximum_size (KH_CLAMP (clamp), 500);
  g_assert_cmpint (kh_clamp_get_maximum_size (KH_CLAMP (clamp)), ==, 500);
  g_assert_cmpuint (n_notify, ==, 1);
  /* Notified only on a change. */
  kh_clamp_set_maximum_size (KH_CLAMP (clamp), 500);
  g_assert_cmpuint (n_notify, ==, 1);

  kh_clamp_set_scale (KH_CLAMP (clamp), 1.5);
  g_assert_cmpfloat_with_epsilon (kh_clamp_get_scale (KH_CLAMP (clamp)), 1.5, 1e-9);
  g_assert_cmpuint (n_notify, ==, 2);
  kh_clamp_set_scale (KH_CLAMP (clamp), 1.5);
  g_assert_cmpuint (n_notify, ==, 2);
  /* Held between 0.5 and 4. */
  kh_clamp_set_scale (KH_CLAMP (clamp), 10.0);
  g_assert_cmpfloat_with_epsilon (kh_clamp_get_scale (KH_CLAMP (clamp)), 4.0, 1e-9);
  kh_clamp_set_scale (KH_CLAMP (clamp), 0.1);
  g_assert_cmpfloat_with_epsilon (kh_clamp_get_scale (KH_CLAMP (clamp)), 0.5, 1e-9);
  g_assert_cmpuint (n_notify, ==, 4);

  g_object_get (clamp, "maximum-size", &maximum_size, "scale", &scale, NULL);
  g_assert_cmpint (maximum_size, ==, 500);
  g_assert_cmpfloat_with_epsilon (scale, 0.5, 1e-9);
  g_object_set (clamp, "maximum-size", 800, "scale", 1.25, NULL);
  g_assert_cmpint (kh_clamp_get_maximum_size (KH_CLAMP (clamp)), ==, 800);
  g_assert_cmpfloat_with_epsilon (kh_clamp_get_scale (KH_CLAMP (clamp)), 1.25, 1e-9);

  /* A new child replaces the old one, which is let go. */
  g_object_add_weak_pointer (G_OBJECT (first), (gpointer *) &first);
  kh_clamp_set_child (KH_CLAMP (clamp), first);
  g_assert_true (kh_clamp_get_child (KH_CLAMP (clamp)) == first);
  g_assert_true (gtk_widget_get_parent (first) == clamp);
  n_notify = 0;
  g_object_set (clamp, "child", second, NULL);
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_null (first);
  g_assert_true (gtk_widget_get_parent (second) == clamp);
  kh_clamp_set_child (KH_CLAMP (clamp), second);
  g_assert_cmpuint (n_notify, ==, 1);

  g_object_add_weak_pointer (G_OBJECT (second), (gpointer *) &second);
  kh_clamp_set_child (KH_CLAMP (clamp), NULL);
  g_assert_null (kh_clamp_get_child (KH_CLAMP (clamp)));
  g_assert_null (second);
}

static void
test_builder (void)
{
  g_autoptr (GtkBuilder) builder = NULL;
  GObject *clamp, *label;

  g_type_ensure (KH_TYPE_CLAMP);
  builder = gtk_builder_new_from_string ("<interface>"
                                         "  <object class=\"KhClamp\" id=\"clamp\">"
                                         "    <property name=\"maximum-size\">300</property>"
                                         "    <child><object class=\"GtkLabel\" id=\"label\"/></child>"
                                         "  </object>"
                                         "</interface>",
                                         -1);
  clamp = gtk_builder_get_object (builder, "clamp");
  label = gtk_builder_get_object (builder, "label");
  g_assert_true (KH_IS_CLAMP (clamp));
  g_assert_cmpint (kh_clamp_get_maximum_size (KH_CLAMP (clamp)), ==, 300);
  g_assert_true (kh_clamp_get_child (KH_CLAMP (clamp)) == GTK_WIDGET (label));
  g_object_ref_sink (clamp);
  g_object_unref (clamp);
}

static void
test_measure (Fixture      *fixture,
              gconstpointer data)
{
  int label_min, label_nat;

  /* measured once styled (see test_styled_first) */
  show_at (fixture, 1200, 720);
  label_min = minimum_width (fixture->label);
  label_nat = natural_width (fixture->label);

  /* The text is much wider on one line than the column may be. */
  g_assert_cmpint (label_nat, >, 1500);
  g_assert_cmpint (label_min, <, 300);

  /* Never less than the child needs; at best the maximum. */
  g_assert_cmpint (minimum_width (fixture->clamp), ==, label_min);
  g_assert_cmpint (natural_width (fixture->clamp), ==, 720);

  kh_clamp_set_maximum_size (KH_CLAMP (fixture->clamp), 400);
  g_assert_cmpint (natural_width (fixture->clamp), ==, 400);
  /* Larger text: the column widens with it. */
  kh_clamp_set_scale (KH_CLAMP (fixture->clamp), 1.5);
  g_assert_cmpint (natural_width (fixture->clamp), ==, 600);

  /* Given more width than the maximum, the clamp is as tall as the
   * child at the maximum, since that is the width the child will get. */
  g_assert_cmpint (height_for_width (fixture->clamp, 1200), ==, height_for_width (fixture->label, 600));
  g_assert_cmpint (height_for_width (fixture->clamp, 1200), >, height_for_width (fixture->label, 1200));
  /* Less than the maximum: as tall as the child at that width. */
  g_assert_cmpint (height_for_width (fixture->clamp, 350), ==, height_for_width (fixture->label, 350));

  /* A short child keeps its own natural width. */
  gtk_label_set_text (GTK_LABEL (fixture->label), "Short");
  g_assert_cmpint (natural_width (fixture->clamp), ==, natural_width (fixture->label));
  g_assert_cmpint (natural_width (fixture->clamp), <, 600);
}

static void
test_empty (void)
{
  g_autoptr (GtkWidget) clamp = g_object_ref_sink (kh_clamp_new ());
  GtkWidget *hidden = gtk_label_new ("hidden");

  g_assert_cmpint (natural_width (clamp), ==, 0);
  g_assert_cmpint (height_for_width (clamp, 500), ==, 0);

  gtk_widget_set_visible (hidden, FALSE);
  kh_clamp_set_child (KH_CLAMP (clamp), hidden);
  g_assert_cmpint (natural_width (clamp), ==, 0);
  g_assert_cmpint (height_for_width (clamp, 500), ==, 0);
}

/* A child that counts the questions it is asked. */
#define KH_TYPE_COUNTING (kh_counting_get_type ())
G_DECLARE_FINAL_TYPE (KhCounting, kh_counting, KH, COUNTING, GtkWidget)

struct _KhCounting
{
  GtkWidget parent_instance;
  guint     n_measures;
};

G_DEFINE_FINAL_TYPE (KhCounting, kh_counting, GTK_TYPE_WIDGET)

static void
kh_counting_measure (GtkWidget     *widget,
                     GtkOrientation orientation,
                     int            for_size,
                     int           *minimum,
                     int           *natural,
                     int           *minimum_baseline,
                     int           *natural_baseline)
{
  KH_COUNTING (widget)->n_measures++;
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 100 : 50;
}

static void
kh_counting_class_init (KhCountingClass *klass)
{
  GTK_WIDGET_CLASS (klass)->measure = kh_counting_measure;
}

static void
kh_counting_init (KhCounting *self)
{
}

/* A clamp added to a shown window is asked for its size before it has
 * been styled (GTK 4.8 on X11 sizes the window first); it asks its child
 * nothing then, so the child is measured once, with its style. */
static void
test_styled_first (void)
{
  GtkWidget  *window = gtk_window_new ();
  GtkWidget  *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget  *clamp = kh_clamp_new ();
  KhCounting *child = g_object_new (KH_TYPE_COUNTING, NULL);
  int         minimum = -1, natural = -1;

  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);
  gtk_window_present (GTK_WINDOW (window));
  kh_test_wait_for (gtk_widget_get_mapped (box) && gtk_widget_get_width (box) > 0, 5000);
  g_assert_true (gtk_widget_get_mapped (box));

  kh_clamp_set_child (KH_CLAMP (clamp), GTK_WIDGET (child));
  gtk_box_append (GTK_BOX (box), clamp);
  gtk_widget_measure (clamp, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 0);
  gtk_widget_measure (clamp, GTK_ORIENTATION_VERTICAL, 300, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 0);
  g_assert_cmpuint (child->n_measures, ==, 0);

  /* styled and laid out in the next frame */
  kh_test_wait_for (gtk_widget_get_height (GTK_WIDGET (child)) == 50, 5000);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (child)), ==, 50);
  g_assert_cmpuint (child->n_measures, >, 0);
  gtk_widget_measure (clamp, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 100);
  g_assert_cmpint (natural, ==, 100);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_wide (Fixture      *fixture,
           gconstpointer data)
{
  graphene_rect_t bounds;
  int             width;

  show_at (fixture, 1200, 720);
  width = gtk_widget_get_width (fixture->clamp);

  /* The maximum width, centred, and the full height. */
  bounds = child_bounds (fixture);
  g_assert_cmpint ((int) bounds.size.width, ==, 720);
  g_assert_cmpint ((int) bounds.origin.x, ==, (width - 720) / 2);
  g_assert_cmpint ((int) bounds.origin.y, ==, 0);
  g_assert_cmpint ((int) bounds.size.height, ==, gtk_widget_get_height (fixture->clamp));
}

static void
test_scale (Fixture      *fixture,
            gconstpointer data)
{
  graphene_rect_t bounds;
  int             width;

  show_at (fixture, 1200, 720);

  /* The column widens as soon as the scale changes. */
  kh_clamp_set_scale (KH_CLAMP (fixture->clamp), 1.25);
  kh_test_wait_for (gtk_widget_get_width (fixture->label) == 900, 5000);
  width = gtk_widget_get_width (fixture->clamp);
  bounds = child_bounds (fixture);
  g_assert_cmpint ((int) bounds.size.width, ==, 900);
  g_assert_cmpint ((int) bounds.origin.x, ==, (width - 900) / 2);

  /* Wider than the window: the window's width, no more. */
  kh_clamp_set_scale (KH_CLAMP (fixture->clamp), 2.0);
  kh_test_wait_for (gtk_widget_get_width (fixture->label) == width, 5000);
  bounds = child_bounds (fixture);
  g_assert_cmpint ((int) bounds.size.width, ==, width);
  g_assert_cmpint ((int) bounds.origin.x, ==, 0);

  kh_clamp_set_maximum_size (KH_CLAMP (fixture->clamp), 300);
  kh_test_wait_for (gtk_widget_get_width (fixture->label) == 600, 5000);
  g_assert_cmpint (gtk_widget_get_width (fixture->label), ==, 600);
}

static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  graphene_rect_t bounds;
  int             width;

  show_at (fixture, 1200, 720);

  /* Narrower than the maximum: all of the width, from the left edge. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 500, 400);
  kh_test_wait_for (gtk_widget_get_width (fixture->clamp) <= 500 &&
                        gtk_widget_get_width (fixture->label) == gtk_widget_get_width (fixture->clamp),
                    5000);
  width = gtk_widget_get_width (fixture->clamp);
  g_assert_cmpint (width, <=, 500);
  g_assert_cmpint (width, >, 400);
  bounds = child_bounds (fixture);
  g_assert_cmpint ((int) bounds.size.width, ==, width);
  g_assert_cmpint ((int) bounds.origin.x, ==, 0);
}

/* A child that needs more than the maximum gets what it needs. */
static void
test_child_minimum (Fixture      *fixture,
                    gconstpointer data)
{
  graphene_rect_t bounds;
  int             width;

  gtk_widget_set_size_request (fixture->label, 800, -1);
  show_at (fixture, 1200, 800);
  g_assert_cmpint (minimum_width (fixture->clamp), ==, 800);
  g_assert_cmpint (natural_width (fixture->clamp), ==, 800);

  width = gtk_widget_get_width (fixture->clamp);
  bounds = child_bounds (fixture);
  g_assert_cmpint ((int) bounds.size.width, ==, 800);
  g_assert_cmpint ((int) bounds.origin.x, ==, (width - 800) / 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/clamp/measure", test_measure);
  ADD ("/clamp/allocate/wide", test_wide);
  ADD ("/clamp/allocate/scale", test_scale);
  ADD ("/clamp/allocate/narrow", test_narrow);
  ADD ("/clamp/allocate/child-minimum", test_child_minimum);
#undef ADD
  g_test_add_func ("/clamp/properties", test_properties);
  g_test_add_func ("/clamp/builder", test_builder);
  g_test_add_func ("/clamp/empty", test_empty);
  g_test_add_func ("/clamp/styled-first", test_styled_first);

  return g_test_run ();
}
