/* test-text-warmer.c: the first screen's letters drawn ahead, in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-test-util.h"
#include "kh-text-warmer.h"

typedef struct
{
  gboolean done;
  guint    n_texts;
  guint    n_glyphs;
} Result;

static void
done_cb (guint    n_texts,
         guint    n_glyphs,
         gpointer user_data)
{
  Result *result = user_data;

  g_assert_false (result->done);
  result->done = TRUE;
  result->n_texts = n_texts;
  result->n_glyphs = n_glyphs;
}

/* A window with two labels shown, and others that a first frame does not
 * draw: on a stack's other page, hidden, folded in a revealer, in a
 * popover. */
static GtkWidget *
window_new (GtkWidget **shown_one,
            GtkWidget **shown_two)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *hidden = gtk_label_new ("Hidden");
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  *shown_one = gtk_label_new ("Kratom is a tree that grows in Southeast Asia.");
  *shown_two = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (*shown_two), "Withdrawal <b>often</b> starts within a day.");

  gtk_stack_add_named (GTK_STACK (stack), *shown_one, "shown");
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("On another page"), "other");
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "shown");
  gtk_widget_set_visible (hidden, FALSE);
  gtk_revealer_set_child (GTK_REVEALER (revealer), gtk_label_new ("Folded"));
  gtk_popover_set_child (GTK_POPOVER (popover), gtk_label_new ("In a popover"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu_button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "open-menu-symbolic");

  gtk_box_append (GTK_BOX (box), stack);
  gtk_box_append (GTK_BOX (box), *shown_two);
  gtk_box_append (GTK_BOX (box), hidden);
  gtk_box_append (GTK_BOX (box), revealer);
  gtk_box_append (GTK_BOX (box), menu_button);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 300);

  return window;
}

/* How many glyphs the label's text is shaped to, on one line. */
static guint
count_glyphs (GtkWidget *label)
{
  g_autoptr (PangoLayout) layout = pango_layout_copy (gtk_label_get_layout (GTK_LABEL (label)));
  guint n = 0;

  pango_layout_set_width (layout, -1);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    for (GSList *r = ((PangoLayoutLine *) l->data)->runs; r != NULL; r = r->next)
      n += ((PangoGlyphItem *) r->data)->glyphs->num_glyphs;

  return n;
}

static void
test_collect (void)
{
  GtkWidget *one, *two;
  GtkWidget *window = window_new (&one, &two);
  g_autoptr (GPtrArray) texts = NULL;

  texts = kh_text_warmer_collect (window);

  for (guint i = 0; i < texts->len; i++)
    g_test_message ("collected: %s", (char *) g_ptr_array_index (texts, i));
  g_assert_cmpuint (texts->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (texts, 0), ==, gtk_label_get_text (GTK_LABEL (one)));
  /* the text as laid out, without the markup */
  g_assert_cmpstr (g_ptr_array_index (texts, 1), ==, "Withdrawal often starts within a day.");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Runs a warmer on window_new(), let draw or stopped first, until it has
 * finished; returns how many glyphs the labels' text is shaped to. */
static guint
run_warmer (gboolean let_draw,
            Result  *result)
{
  GtkWidget *one, *two;
  GtkWidget *window = window_new (&one, &two);
  g_autoptr (KhTextWarmer) warmer = kh_text_warmer_new (window, done_cb, result);
  guint n_glyphs = count_glyphs (one) + count_glyphs (two);

  if (let_draw)
    kh_text_warmer_draw (warmer);
  else
    kh_text_warmer_stop (warmer);
  /* stopped: well before the ten seconds it would wait to be let draw */
  kh_test_wait_for (result->done, let_draw ? 20000 : 5000);
  if (!result->done)
    g_error ("the warmer (%s) did not finish", let_draw ? "let draw" : "stopped");

  gtk_window_destroy (GTK_WINDOW (window));

  return n_glyphs;
}

/* Let draw, it draws every glyph of the text it copied, in fonts that
 * shape it as the labels do. */
static void
test_draws (void)
{
  Result result = { 0 };
  guint  n_glyphs = run_warmer (TRUE, &result);

  g_assert_cmpuint (result.n_texts, ==, 2);
  g_test_message ("%u glyphs drawn", result.n_glyphs);
  g_assert_cmpuint (result.n_glyphs, ==, n_glyphs);
}

/* Stopped before it may draw, it draws nothing, and does not wait. */
static void
test_stopped (void)
{
  Result result = { 0 };

  run_warmer (FALSE, &result);
  g_assert_cmpuint (result.n_texts, ==, 2);
  g_assert_cmpuint (result.n_glyphs, ==, 0);
}

static void
realize_cb (GtkWidget *window,
            Result    *result)
{
  kh_text_warmer_attach (window, done_cb, result);
}

/* Attached at the realize of a window that is gone before its first
 * paint: the thread is let go at once. */
static void
test_attach_destroyed (void)
{
  GtkWidget *one, *two;
  GtkWidget *window = window_new (&one, &two);
  Result     result = { 0 };

  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), &result);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
  /* well before the ten seconds it would wait to be let draw */
  kh_test_wait_for (result.done, 5000);

  g_assert_true (result.done);
  g_assert_cmpuint (result.n_texts, ==, 2);
}

/* Attached at a window's realize, as the app does: the window shows and
 * paints, and the thread ends, however much it drew by the first paint. */
static void
test_attach_window (void)
{
  GtkWidget *one, *two;
  GtkWidget *window = window_new (&one, &two);
  Result     result = { 0 };

  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), &result);
  gtk_window_present (GTK_WINDOW (window));
  kh_test_wait_for_layout (window, "the window", 20000);
  kh_test_wait_for (result.done, 20000);

  g_assert_true (result.done);
  g_assert_cmpuint (result.n_texts, ==, 2);
  g_test_message ("%u glyphs drawn before the first paint", result.n_glyphs);
  g_assert_cmpuint (result.n_glyphs, <=, count_glyphs (one) + count_glyphs (two));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-warmer/collect", test_collect);
  g_test_add_func ("/text-warmer/draws", test_draws);
  g_test_add_func ("/text-warmer/stopped", test_stopped);
  g_test_add_func ("/text-warmer/attach-destroyed", test_attach_destroyed);
  g_test_add_func ("/text-warmer/attach-window", test_attach_window);

  return g_test_run ();
}
