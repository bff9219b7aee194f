/* test-wrap-box.c: children in a row, wrapping onto more rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-test-util.h"
#include "kh-wrap-box.h"

#define SPACING 10

/* Three children of fixed sizes, as buttons are: 100×30, 150×40, 120×20. */
static const int sizes[][2] = { { 100, 30 }, { 150, 40 }, { 120, 20 } };

typedef struct
{
  GtkWidget *box;
  GtkWidget *children[G_N_ELEMENTS (sizes)];
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  fixture->box = g_object_ref_sink (kh_wrap_box_new (SPACING));

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      fixture->children[i] = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_set_size_request (fixture->children[i], sizes[i][0], sizes[i][1]);
      kh_wrap_box_append (KH_WRAP_BOX (fixture->box), fixture->children[i]);
    }
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWidget *child = fixture->children[0];

  /* The children go with the box. */
  g_object_add_weak_pointer (G_OBJECT (child), (gpointer *) &child);
  g_assert_finalize_object (g_steal_pointer (&fixture->box));
  g_assert_null (child);
}

static int
measure (GtkWidget     *widget,
         GtkOrientation orientation,
         int            for_size,
         int           *natural)
{
  int minimum = -1;

  gtk_widget_measure (widget, orientation, for_size, &minimum, natural, NULL, NULL);
  return minimum;
}

/* Lays out the box at @width, as its parent would: measured, then
 * given the height it asked for at that width. */
static int
allocate (Fixture *fixture,
          int      width)
{
  int height;

  measure (fixture->box, GTK_ORIENTATION_HORIZONTAL, -1, NULL);
  height = measure (fixture->box, GTK_ORIENTATION_VERTICAL, width, NULL);
  gtk_widget_size_allocate (fixture->box, &(GtkAllocation){ 0, 0, width, height }, -1);

  return height;
}

static void
assert_child_at (Fixture *fixture,
                 guint    index,
                 int      x,
                 int      y,
                 int      width,
                 int      height)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (fixture->children[index], fixture->box, &bounds));
  g_test_message ("child %u at %g,%g, %g×%g", index, bounds.origin.x, bounds.origin.y,
                  bounds.size.width, bounds.size.height);
  g_assert_cmpint ((int) bounds.origin.x, ==, x);
  g_assert_cmpint ((int) bounds.origin.y, ==, y);
  g_assert_cmpint ((int) bounds.size.width, ==, width);
  g_assert_cmpint ((int) bounds.size.height, ==, height);
}

static void
test_measure_width (Fixture      *fixture,
                    gconstpointer data)
{
  int natural = -1;
  int minimum;

  /* At least the widest child; at best all in a row with the spacing. */
  minimum = measure (fixture->box, GTK_ORIENTATION_HORIZONTAL, -1, &natural);
  g_assert_cmpint (minimum, ==, 150);
  g_assert_cmpint (natural, ==, 100 + SPACING + 150 + SPACING + 120);

  /* A hidden child takes no room. */
  gtk_widget_set_visible (fixture->children[1], FALSE);
  minimum = measure (fixture->box, GTK_ORIENTATION_HORIZONTAL, -1, &natural);
  g_assert_cmpint (minimum, ==, 120);
  g_assert_cmpint (natural, ==, 100 + SPACING + 120);
}

static void
test_measure_height (Fixture      *fixture,
                     gconstpointer data)
{
  int natural = -1;

  g_assert_cmpint (gtk_widget_get_request_mode (fixture->box), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);

  /* Wide enough for one row: the tallest child. */
  g_assert_cmpint (measure (fixture->box, GTK_ORIENTATION_VERTICAL, 390, &natural), ==, 40);
  g_assert_cmpint (natural, ==, 40);
  g_assert_cmpint (measure (fixture->box, GTK_ORIENTATION_VERTICAL, -1, NULL), ==, 40);
  g_assert_cmpint (measure (fixture->box, GTK_ORIENTATION_VERTICAL, 1000, NULL), ==, 40);
  /* One pixel less: the third child goes to a second row of 20. */
  g_assert_cmpint (measure (fixture->box, GTK_ORIENTATION_VERTICAL, 389, NULL), ==, 40 + SPACING + 20);
  g_assert_cmpint (measure (fixture->box, GTK_ORIENTATION_VERTICAL, 260, NULL), ==, 40 + SPACING + 20);
  /* Narrower than two side by side: a row each. */
  g_assert_cmpint (measure (fixture->box, GTK_ORIENTATION_VERTICAL, 259, NULL), ==, 30 + SPACING + 40 + SPACING + 20);
  g_assert_cmpint (measure (fixture->box, GTK_ORIENTATION_VERTICAL, 150, NULL), ==, 30 + SPACING + 40 + SPACING + 20);
}

static void
test_one_row (Fixture      *fixture,
              gconstpointer data)
{
  g_assert_cmpint (allocate (fixture, 600), ==, 40);

  /* Side by side from the start, the spacing between, each as tall as
   * the row. */
  assert_child_at (fixture, 0, 0, 0, 100, 40);
  assert_child_at (fixture, 1, 110, 0, 150, 40);
  assert_child_at (fixture, 2, 270, 0, 120, 40);
}

static void
test_wraps (Fixture      *fixture,
            gconstpointer data)
{
  g_assert_cmpint (allocate (fixture, 300), ==, 70);
  assert_child_at (fixture, 0, 0, 0, 100, 40);
  assert_child_at (fixture, 1, 110, 0, 150, 40);
  /* The second row starts below the first and the spacing. */
  assert_child_at (fixture, 2, 0, 50, 120, 20);

  g_assert_cmpint (allocate (fixture, 200), ==, 30 + SPACING + 40 + SPACING + 20);
  assert_child_at (fixture, 0, 0, 0, 100, 30);
  assert_child_at (fixture, 1, 0, 40, 150, 40);
  assert_child_at (fixture, 2, 0, 90, 120, 20);

  /* And back into one row when there is room again. */
  g_assert_cmpint (allocate (fixture, 390), ==, 40);
  assert_child_at (fixture, 2, 270, 0, 120, 40);
}

/* A child that can shrink gets the width of the row, not more. */
static void
test_shrinks_child (Fixture      *fixture,
                    gconstpointer data)
{
  GtkWidget *label = gtk_label_new ("A long label that wraps when it must, word by word, as a translation may");
  int        label_min, label_nat;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  kh_wrap_box_append (KH_WRAP_BOX (fixture->box), label);
  label_min = measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &label_nat);
  g_assert_cmpint (label_min, <, 200);
  g_assert_cmpint (label_nat, >, 300);

  allocate (fixture, 300);
  {
    graphene_rect_t bounds;
    int             label_height = measure (label, GTK_ORIENTATION_VERTICAL, 300, NULL);

    g_assert_true (gtk_widget_compute_bounds (label, fixture->box, &bounds));
    g_assert_cmpint ((int) bounds.origin.x, ==, 0);
    g_assert_cmpint ((int) bounds.origin.y, ==, 40 + SPACING + 20 + SPACING);
    g_assert_cmpint ((int) bounds.size.width, ==, 300);
    g_assert_cmpint ((int) bounds.size.height, ==, label_height);
  }
}

static void
test_spacing (void)
{
  g_autoptr (GtkWidget) box = g_object_ref_sink (kh_wrap_box_new (0));
  g_autoptr (GtkWidget) negative = g_object_ref_sink (kh_wrap_box_new (-5));
  int natural;

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *other = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_set_size_request (child, 50, 10);
      gtk_widget_set_size_request (other, 50, 10);
      kh_wrap_box_append (KH_WRAP_BOX (box), child);
      kh_wrap_box_append (KH_WRAP_BOX (negative), other);
    }

  measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &natural);
  g_assert_cmpint (natural, ==, 100);
  g_assert_cmpint (measure (box, GTK_ORIENTATION_VERTICAL, 99, NULL), ==, 20);
  /* No negative spacing: children never overlap. */
  measure (negative, GTK_ORIENTATION_HORIZONTAL, -1, &natural);
  g_assert_cmpint (natural, ==, 100);
  g_assert_cmpint (measure (negative, GTK_ORIENTATION_VERTICAL, 99, NULL), ==, 20);
}

static void
test_empty (void)
{
  g_autoptr (GtkWidget) box = g_object_ref_sink (kh_wrap_box_new (6));
  int natural = -1;

  g_assert_cmpint (measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &natural), ==, 0);
  g_assert_cmpint (natural, ==, 0);
  g_assert_cmpint (measure (box, GTK_ORIENTATION_VERTICAL, 100, &natural), ==, 0);
  g_assert_cmpint (natural, ==, 0);
}

/* In a real window: the rows follow the window's width once the layout
 * has settled. */
static void
test_in_window (Fixture      *fixture,
                gconstpointer data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = fixture->box;
  GtkWidget *last = fixture->children[2];

  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 200);
  gtk_window_present (GTK_WINDOW (window));

  kh_test_wait_for (gtk_widget_get_width (box) >= 390 && gtk_widget_get_height (last) > 0, 5000);
  g_assert_cmpint (gtk_widget_get_width (box), >=, 390);
  g_assert_cmpint (gtk_widget_get_height (box), ==, 40);
  assert_child_at (fixture, 2, 270, 0, 120, 40);

  /* Narrow enough for two in a row, not three. */
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 200);
  kh_test_wait_for (gtk_widget_get_width (box) < 390 && gtk_widget_get_height (box) == 70, 5000);
  g_test_message ("box %d×%d", gtk_widget_get_width (box), gtk_widget_get_height (box));
  g_assert_cmpint (gtk_widget_get_width (box), >=, 260);
  g_assert_cmpint (gtk_widget_get_width (box), <, 390);
  g_assert_cmpint (gtk_widget_get_height (box), ==, 70);
  assert_child_at (fixture, 1, 110, 0, 150, 40);
  assert_child_at (fixture, 2, 0, 50, 120, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/wrap-box/measure/width", test_measure_width);
  ADD ("/wrap-box/measure/height", test_measure_height);
  ADD ("/wrap-box/allocate/one-row", test_one_row);
  ADD ("/wrap-box/allocate/wraps", test_wraps);
  ADD ("/wrap-box/allocate/shrinks-child", test_shrinks_child);
  ADD ("/wrap-box/window", test_in_window);
#undef ADD
  g_test_add_func ("/wrap-box/spacing", test_spacing);
  g_test_add_func ("/wrap-box/empty", test_empty);

  return g_test_run ();
}
