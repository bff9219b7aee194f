/* test-search-page.c: search results as a person sees and opens them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kh-search-page.h"
#include "kh-test-util.h"

typedef struct
{
  GtkWidget     *window;
  GtkWidget     *page;
  KhSearchIndex *index;
  GActionMap    *win_actions;
  GPtrArray     *activated; /* "action target" strings */
} Fixture;

static KhSearchIndex *
index_new (void)
{
  KhSearchIndex *index = kh_search_index_new ();

  kh_search_index_add (index, "signs", "Signs of a problem", -1, KH_SEARCH_FIELD_TITLE, "Signs of a problem");
  kh_search_index_add (index, "signs", "Signs of a problem", 0, KH_SEARCH_FIELD_HEADING, "Withdrawal symptoms");
  kh_search_index_add (index, "signs", "Signs of a problem", 3, KH_SEARCH_FIELD_BODY,
                       "Withdrawal can feel like a bad flu with low mood on top.");
  kh_search_index_add (index, "treatment", "Treatment", 2, KH_SEARCH_FIELD_BODY,
                       "Medicines ease withdrawal <safely> & step by step.");
  kh_search_index_add (index, "treatment", "Treatment", 5, KH_SEARCH_FIELD_BODY,
                       "Some people find that counselling, peer support groups and a plan for hard days "
                       "help a great deal in the first weeks, and that the wish to use kratom again "
                       "fades slowly over the months that follow, with setbacks along the way. Many find it "
                       "helps to write down what they feel each day, and to share it with someone they "
                       "trust and who will listen.");

  return index;
}

static void
record_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  Fixture *fixture = user_data;

  if (g_variant_is_of_type (parameter, G_VARIANT_TYPE ("(si)")))
    {
      const char *page_id;
      int         block;

      g_variant_get (parameter, "(&si)", &page_id, &block);
      g_ptr_array_add (fixture->activated, g_strdup_printf ("%s %s %d", g_action_get_name (G_ACTION (action)), page_id, block));
    }
  else
    g_ptr_array_add (fixture->activated, g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)),
                                                          g_variant_get_string (parameter, NULL)));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  static const GActionEntry entries[] = {
    { "open-search-result", record_cb, "(si)" },
    { "show-section", record_cb, "s" },
  };

  fixture->activated = g_ptr_array_new_with_free_func (g_free);
  fixture->win_actions = G_ACTION_MAP (g_simple_action_group_new ());
  g_action_map_add_action_entries (fixture->win_actions, entries, G_N_ELEMENTS (entries), fixture);
  fixture->index = index_new ();

  fixture->window = gtk_window_new ();
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (fixture->win_actions));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 600);
  fixture->page = kh_search_page_new ();
  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->page);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kh_test_wait_for (gtk_widget_get_mapped (fixture->page), 5000);
  g_assert_true (gtk_widget_get_mapped (fixture->page));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_null (fixture->page);
  /* The page let go of the index. */
  g_assert_finalize_object (g_steal_pointer (&fixture->index));
  g_clear_object (&fixture->win_actions);
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);
}

static KhSearchPage *
page (Fixture *fixture)
{
  return KH_SEARCH_PAGE (fixture->page);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
visible_state (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (find_descendant (fixture->page, GTK_TYPE_STACK)));
}

static GtkWidget *
results_list (Fixture *fixture)
{
  GtkWidget *list = find_descendant (fixture->page, GTK_TYPE_LIST_BOX);

  g_assert_true (gtk_widget_has_css_class (list, "search-results"));
  return list;
}

static guint
count_rows (Fixture *fixture)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (results_list (fixture));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);

  return n;
}

static GtkWidget *
row_at (Fixture *fixture,
        guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (results_list (fixture)), index);

  if (row == NULL)
    g_error ("no result row %u", index);
  return GTK_WIDGET (row);
}

/* A row shows the page's title above the text found. */
static void
assert_row (Fixture    *fixture,
            guint       index,
            const char *page_title,
            const char *text,
            const char *markup)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row_at (fixture, index)));
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *snippet = gtk_widget_get_last_child (box);

  g_test_message ("row %u: %s / %s", index, gtk_label_get_text (GTK_LABEL (title)), gtk_label_get_label (GTK_LABEL (snippet)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, page_title);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (snippet)), ==, text);
  g_assert_true (gtk_label_get_use_markup (GTK_LABEL (snippet)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (snippet)), ==, markup);
}

/* Whether the page shows @text: a label in the visible state, drawn. */
static gboolean
shows_label (Fixture    *fixture,
             const char *text)
{
  GtkWidget *stack = find_descendant (fixture->page, GTK_TYPE_STACK);
  GtkWidget *label = kh_test_find_label (gtk_stack_get_visible_child (GTK_STACK (stack)), text);

  return label != NULL && gtk_widget_get_child_visible (label) && gtk_widget_get_visible (label);
}

static void
test_start (Fixture      *fixture,
            gconstpointer data)
{
  g_assert_null (kh_search_page_get_query (page (fixture)));
  g_assert_cmpstr (visible_state (fixture), ==, "start");
  g_assert_true (shows_label (fixture, "Type a word to search every page"));
  g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 0);

  /* A query with nothing to search yet: still the start. */
  kh_search_page_set_query (page (fixture), "withdrawal");
  g_assert_cmpstr (kh_search_page_get_query (page (fixture)), ==, "withdrawal");
  g_assert_cmpstr (visible_state (fixture), ==, "start");
  g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 0);
  g_assert_false (kh_search_page_activate_first (page (fixture)));

  /* The index arrives: the query typed so far is run. */
  kh_search_page_set_index (page (fixture), fixture->index);
  g_assert_cmpstr (visible_state (fixture), ==, "results");
  g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 3);
  g_assert_cmpuint (fixture->activated->len, ==, 0);
}

static void
test_results (Fixture      *fixture,
              gconstpointer data)
{
  kh_search_page_set_index (page (fixture), fixture->index);
  kh_search_page_set_query (page (fixture), "WITHDRAWAL");

  g_assert_cmpstr (visible_state (fixture), ==, "results");
  g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 3);
  g_assert_cmpuint (count_rows (fixture), ==, 3);
  g_assert_true (shows_label (fixture, "3 places found"));

  /* The heading first, then body text in page order; the words found
   * in bold, as written. */
  assert_row (fixture, 0, "Signs of a problem", "Withdrawal symptoms", "<b>Withdrawal</b> symptoms");
  assert_row (fixture, 1, "Signs of a problem", "Withdrawal can feel like a bad flu with low mood on top.",
              "<b>Withdrawal</b> can feel like a bad flu with low mood on top.");
  /* Markup characters in the text show as written. */
  assert_row (fixture, 2, "Treatment", "Medicines ease withdrawal <safely> & step by step.",
              "Medicines ease <b>withdrawal</b> &lt;safely&gt; &amp; step by step.");

  /* Every word must be found; each is in bold. */
  kh_search_page_set_query (page (fixture), "bad withdrawal");
  g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 1);
  g_assert_cmpuint (count_rows (fixture), ==, 1);
  g_assert_true (shows_label (fixture, "1 place found"));
  assert_row (fixture, 0, "Signs of a problem", "Withdrawal can feel like a bad flu with low mood on top.",
              "<b>Withdrawal</b> can feel like a <b>bad</b> flu with low mood on top.");
}

/* Long text is cut around the first match. */
static void
test_snippet (Fixture      *fixture,
              gconstpointer data)
{
  GtkWidget  *box, *snippet;
  const char *text;

  kh_search_page_set_index (page (fixture), fixture->index);
  kh_search_page_set_query (page (fixture), "kratom");
  g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 1);

  box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row_at (fixture, 0)));
  snippet = gtk_widget_get_last_child (box);
  text = gtk_label_get_text (GTK_LABEL (snippet));
  g_test_message ("snippet: %s", gtk_label_get_label (GTK_LABEL (snippet)));
  g_assert_true (g_str_has_prefix (text, "…"));
  g_assert_true (g_str_has_suffix (text, "…"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (snippet)), "<b>kratom</b>"));
  g_assert_cmpuint (g_utf8_strlen (text, -1), <, 200);
  g_assert_null (strstr (text, "Some people"));
}

static void
test_empty (Fixture      *fixture,
            gconstpointer data)
{
  GtkWidget *button;

  kh_search_page_set_index (page (fixture), fixture->index);
  kh_search_page_set_query (page (fixture), "withdrawal");
  g_assert_cmpuint (count_rows (fixture), ==, 3);

  kh_search_page_set_query (page (fixture), "zzqq");
  g_assert_cmpstr (visible_state (fixture), ==, "empty");
  g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 0);
  g_assert_cmpuint (count_rows (fixture), ==, 0);
  g_assert_true (shows_label (fixture, "No results for “zzqq”"));
  g_assert_true (kh_test_is_heading (kh_test_find_label (fixture->page, "No results for “zzqq”")));
  g_assert_true (shows_label (fixture, "Try other or fewer words. If you need someone to talk to now, "
                                       "the Get help page lists people who can help."));
  g_assert_false (kh_search_page_activate_first (page (fixture)));
  g_assert_cmpuint (fixture->activated->len, ==, 0);

  /* What was typed shows as typed. */
  kh_search_page_set_query (page (fixture), "<b>zz</b> & qq");
  g_assert_true (shows_label (fixture, "No results for “<b>zz</b> & qq”"));

  /* The way out: Get help. */
  button = find_descendant (gtk_stack_get_visible_child (GTK_STACK (find_descendant (fixture->page, GTK_TYPE_STACK))),
                            GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Get help");
  g_signal_emit_by_name (button, "clicked");
  kh_test_wait_for (fixture->activated->len > 0, 5000);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, "show-section help");
}

static void
test_blank (Fixture      *fixture,
            gconstpointer data)
{
  static const char *const blank[] = { "", "   ", " \t\n" };

  kh_search_page_set_index (page (fixture), fixture->index);
  for (guint i = 0; i < G_N_ELEMENTS (blank); i++)
    {
      kh_search_page_set_query (page (fixture), "withdrawal");
      g_assert_cmpstr (visible_state (fixture), ==, "results");
      kh_search_page_set_query (page (fixture), blank[i]);
      g_assert_cmpstr (visible_state (fixture), ==, "start");
      g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 0);
      g_assert_cmpuint (count_rows (fixture), ==, 0);
    }

  kh_search_page_set_query (page (fixture), "withdrawal");
  kh_search_page_set_query (page (fixture), NULL);
  g_assert_null (kh_search_page_get_query (page (fixture)));
  g_assert_cmpstr (visible_state (fixture), ==, "start");
  g_assert_cmpuint (count_rows (fixture), ==, 0);
}

/* Enter in the search entry: the best result's page and block. */
static void
test_activate_first (Fixture      *fixture,
                     gconstpointer data)
{
  kh_search_page_set_index (page (fixture), fixture->index);

  kh_search_page_set_query (page (fixture), "withdrawal");
  g_assert_true (kh_search_page_activate_first (page (fixture)));
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, "open-search-result signs 0");

  kh_search_page_set_query (page (fixture), "safely");
  g_assert_true (kh_search_page_activate_first (page (fixture)));
  g_assert_cmpstr (fixture->activated->pdata[1], ==, "open-search-result treatment 2");

  /* A page title is the page itself: block -1. */
  kh_search_page_set_query (page (fixture), "signs");
  g_assert_true (kh_search_page_activate_first (page (fixture)));
  g_assert_cmpstr (fixture->activated->pdata[2], ==, "open-search-result signs -1");
  g_assert_cmpuint (fixture->activated->len, ==, 3);
}

/* Choosing a row opens that row's result, not the first. */
static void
test_row_activated (Fixture      *fixture,
                    gconstpointer data)
{
  kh_search_page_set_index (page (fixture), fixture->index);
  kh_search_page_set_query (page (fixture), "withdrawal");

  gtk_widget_activate (row_at (fixture, 2));
  kh_test_wait_for (fixture->activated->len > 0, 5000);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, "open-search-result treatment 2");

  gtk_widget_activate (row_at (fixture, 1));
  kh_test_wait_for (fixture->activated->len > 1, 5000);
  g_assert_cmpuint (fixture->activated->len, ==, 2);
  g_assert_cmpstr (fixture->activated->pdata[1], ==, "open-search-result signs 3");
}

/* A new index (a change of language or region) replaces the results. */
static void
test_set_index (Fixture      *fixture,
                gconstpointer data)
{
  g_autoptr (KhSearchIndex) other = kh_search_index_new ();

  kh_search_index_add (other, "signos", "Señales", 4, KH_SEARCH_FIELD_BODY, "Síntomas de abstinencia (withdrawal)");
  kh_search_index_add (other, "signos", "Señales", 5, KH_SEARCH_FIELD_BODY, "Náuseas");

  kh_search_page_set_index (page (fixture), fixture->index);
  kh_search_page_set_query (page (fixture), "withdrawal");
  g_assert_cmpuint (count_rows (fixture), ==, 3);

  kh_search_page_set_index (page (fixture), other);
  g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 1);
  g_assert_cmpuint (count_rows (fixture), ==, 1);
  assert_row (fixture, 0, "Señales", "Síntomas de abstinencia (withdrawal)", "Síntomas de abstinencia (<b>withdrawal</b>)");
  g_assert_true (shows_label (fixture, "1 place found"));
  g_assert_true (kh_search_page_activate_first (page (fixture)));
  g_assert_cmpstr (fixture->activated->pdata[0], ==, "open-search-result signos 4");

  /* Accents and case do not matter. */
  kh_search_page_set_query (page (fixture), "nauseas");
  assert_row (fixture, 0, "Señales", "Náuseas", "<b>Náuseas</b>");

  /* No index: back to the start. */
  kh_search_page_set_index (page (fixture), NULL);
  g_assert_cmpstr (visible_state (fixture), ==, "start");
  g_assert_cmpuint (count_rows (fixture), ==, 0);
  g_assert_false (kh_search_page_activate_first (page (fixture)));
}

static void
test_max_results (Fixture      *fixture,
                  gconstpointer data)
{
  g_autoptr (KhSearchIndex) big = kh_search_index_new ();

  for (int i = 0; i < 80; i++)
    {
      g_autofree char *text = g_strdup_printf ("Help line number %d", i);

      kh_search_index_add (big, "help", "Get help", i, KH_SEARCH_FIELD_BODY, text);
    }

  kh_search_page_set_index (page (fixture), big);
  kh_search_page_set_query (page (fixture), "help line");
  g_assert_cmpuint (kh_search_page_get_n_results (page (fixture)), ==, 50);
  g_assert_cmpuint (count_rows (fixture), ==, 50);
  g_assert_true (shows_label (fixture, "50 places found"));
  assert_row (fixture, 0, "Get help", "Help line number 0", "<b>Help</b> <b>line</b> number 0");
  kh_search_page_set_index (page (fixture), NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/search-page/start", test_start);
  ADD ("/search-page/results", test_results);
  ADD ("/search-page/snippet", test_snippet);
  ADD ("/search-page/empty", test_empty);
  ADD ("/search-page/blank", test_blank);
  ADD ("/search-page/activate-first", test_activate_first);
  ADD ("/search-page/row-activated", test_row_activated);
  ADD ("/search-page/set-index", test_set_index);
  ADD ("/search-page/max-results", test_max_results);
#undef ADD

  return g_test_run ();
}
