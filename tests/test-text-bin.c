/* test-text-bin.c: wrapping text in a row, asked for its width alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-test-util.h"
#include "kh-text-bin.h"

#define TEXT "Stopping can be hard. Withdrawal often starts within a day and can last a week or more; " \
             "cravings, sweating, aches and poor sleep are common."

static void
test_width_alone (void)
{
  GtkWidget *label = gtk_label_new (TEXT);
  GtkWidget *bin = g_object_ref_sink (kh_text_bin_new (label));
  GtkWidget *plain = g_object_ref_sink (gtk_label_new (TEXT));
  int        bin_min, bin_nat, label_min, label_nat, height_min, height_nat;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (plain), TRUE);
  g_assert_true (kh_text_bin_get_child (KH_TEXT_BIN (bin)) == label);
  g_assert_cmpint (gtk_widget_get_request_mode (bin), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);

  /* Asked for its width at a height (as a horizontal GtkBox asks), the
   * bin gives the text's width with no height in mind: a wrapping label
   * would answer a lower height with a wider text. */
  gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, 20, &bin_min, &bin_nat, NULL, NULL);
  gtk_widget_measure (plain, GTK_ORIENTATION_HORIZONTAL, -1, &label_min, &label_nat, NULL, NULL);
  g_test_message ("bin width %d–%d, label alone %d–%d", bin_min, bin_nat, label_min, label_nat);
  g_assert_cmpint (bin_min, ==, label_min);
  g_assert_cmpint (bin_nat, ==, label_nat);
  gtk_widget_measure (plain, GTK_ORIENTATION_HORIZONTAL, 20, &label_min, NULL, NULL, NULL);
  g_test_message ("the label alone, at a height of 20: at least %d wide", label_min);
  g_assert_cmpint (label_min, >, bin_min);

  /* Its height for a width is the text's. */
  gtk_widget_measure (bin, GTK_ORIENTATION_VERTICAL, 200, &bin_min, &bin_nat, NULL, NULL);
  gtk_widget_measure (plain, GTK_ORIENTATION_VERTICAL, 200, &height_min, &height_nat, NULL, NULL);
  g_assert_cmpint (bin_min, ==, height_min);
  g_assert_cmpint (bin_nat, ==, height_nat);

  g_assert_finalize_object (bin);
  g_assert_finalize_object (plain);
}

static void
test_in_row (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *label = gtk_label_new (TEXT);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (row, GTK_ALIGN_START);
  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (row), bullet);
  gtk_box_append (GTK_BOX (row), kh_text_bin_new (label));
  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 200);
  gtk_window_present (GTK_WINDOW (window));

  /* The text takes the rest of the row and wraps in it. */
  kh_test_wait_for (gtk_widget_get_width (label) > 0, 5000);
  g_test_message ("row %d wide, text %d×%d", gtk_widget_get_width (row),
                  gtk_widget_get_width (label), gtk_widget_get_height (label));
  g_assert_cmpint (gtk_widget_get_width (label), ==,
                   gtk_widget_get_width (row) - gtk_widget_get_width (bullet) - 10);
  g_assert_true (gtk_widget_compute_expand (gtk_widget_get_parent (label), GTK_ORIENTATION_HORIZONTAL));
  g_assert_cmpint (gtk_widget_get_height (label), >, gtk_widget_get_height (bullet));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-bin/width-alone", test_width_alone);
  g_test_add_func ("/text-bin/in-row", test_in_row);

  return g_test_run ();
}
