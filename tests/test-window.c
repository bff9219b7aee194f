/* test-window.c: the window renders every section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "kh-application.h"
#include "kh-help-page.h"
#include "kh-search-page.h"
#include "kh-section-page.h"
#include "kh-test-util.h"
#include "kh-widgets.h"
#include "kh-window.h"

/* One application for the whole program: a window needs a started one. */
static GtkApplication *test_app;

typedef struct
{
  GtkApplication *app;
  KhContent      *content;
  KhWindow       *window;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->app = g_object_ref (test_app);
  fixture->content = kh_content_new_bundled (&error);
  g_assert_no_error (error);
  fixture->window = kh_test_window_new (fixture->app, fixture->content, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->content);
  g_clear_object (&fixture->app);
}

static void
test_sections_render (Fixture      *fixture,
                      gconstpointer data)
{
  KhContent *content = fixture->content;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Kratom Help");
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "overview");

  for (guint i = 0; i < kh_content_get_n_sections (content); i++)
    {
      KhSection  *section = kh_content_get_section (content, i);
      const char *id = kh_section_get_id (section);
      GtkWidget  *page, *label;
      guint       n_headings = 0;

      g_test_message ("section %s", id);
      g_assert_true (kh_window_show_page (fixture->window, id));
      g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, id);

      page = kh_window_get_page_widget (fixture->window, id);
      g_assert_true (KH_IS_SECTION_PAGE (page));
      g_assert_true (gtk_widget_get_mapped (page));

      label = kh_test_find_label (page, kh_section_get_title (section));
      g_assert_nonnull (label);
      g_assert_true (kh_test_is_heading (label));

      for (guint j = 0; j < kh_section_get_n_blocks (section); j++)
        {
          KhBlock   *block = kh_section_get_block (section, j);
          GtkWidget *widget = kh_section_page_get_block_widget (KH_SECTION_PAGE (page), j);

          g_assert_nonnull (widget);
          if (kh_block_get_block_type (block) == KH_BLOCK_HEADING)
            {
              label = kh_test_find_label (page, kh_block_get_text (block));
              g_assert_nonnull (label);
              g_assert_true (kh_test_is_heading (label));
              n_headings++;
            }
          else if (kh_block_get_block_type (block) == KH_BLOCK_FAQ)
            {
              g_assert_true (GTK_IS_EXPANDER (widget));
              g_assert_nonnull (kh_test_find_label (widget, kh_block_get_question (block)));
            }
          else if (kh_block_get_block_type (block) == KH_BLOCK_LINK)
            {
              g_assert_true (GTK_IS_BUTTON (widget));
              g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), ==,
                               "win.show-section");
            }
        }
      g_test_message ("%u headings", n_headings);

      label = kh_test_find_label (page, "Sources");
      g_assert_nonnull (label);
      g_assert_true (kh_test_is_heading (label));

      for (guint j = 0; j < kh_section_get_n_sources (section); j++)
        {
          g_autoptr (GPtrArray) labels = g_ptr_array_new ();
          const char *title = kh_source_get_title (kh_section_get_source (section, j));
          gboolean    found = FALSE;

          kh_test_collect_labels (page, labels);
          for (guint k = 0; k < labels->len && !found; k++)
            found = strstr (gtk_label_get_text (labels->pdata[k]), title) != NULL;
          g_assert_true (found);
        }

      g_assert_nonnull (kh_test_find_label (page, "Last reviewed: 1 December 2026"));
    }
}

static void
find_stale_notice (GtkWidget *widget,
                   gpointer   user_data)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "stale-notice"))
    *(GtkWidget **) user_data = widget;
}

/* A page checked more than 12 months before "now" says so in one quiet
 * line; the day before the year is up, it does not. */
static void
test_stale_notice (void)
{
  static const struct
  {
    const char *now;
    gboolean    stale;
  } cases[] = {
    { "2026-12-01", FALSE },
    { "2027-12-01", FALSE },
    { "2027-12-02", TRUE },
    { "2029-06-30", TRUE },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (KhContent) content = kh_content_new_bundled (&error);

  g_assert_no_error (error);

  {
    g_autoptr (GDateTime) checked = g_date_time_new_local (2026, 12, 1, 0, 0, 0);
    g_autoptr (GDateTime) before = g_date_time_new_local (2027, 12, 1, 12, 0, 0);
    g_autoptr (GDateTime) after = g_date_time_new_local (2027, 12, 2, 12, 0, 0);

    g_assert_false (kh_freshness_is_stale (checked, before));
    g_assert_true (kh_freshness_is_stale (checked, after));
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *page;
      GtkWidget *notice = NULL;

      g_setenv ("KH_TEST_NOW", cases[i].now, TRUE);
      page = kh_section_page_new (kh_content_lookup_section (content, "overview"));
      gtk_window_set_child (GTK_WINDOW (window), page);
      gtk_window_present (GTK_WINDOW (window));
      /* the page appends its last blocks, the date and the notice when idle */
      kh_test_wait_for (kh_test_find_label (page, "Last reviewed: 1 December 2026") != NULL, 30000);
      g_assert_nonnull (kh_test_find_label (page, "Last reviewed: 1 December 2026"));

      kh_widget_foreach (page, find_stale_notice, &notice);
      g_test_message ("now %s: notice %s", cases[i].now, notice != NULL ? "shown" : "not shown");
      if (cases[i].stale)
        {
          g_assert_nonnull (notice);
          g_assert_true (gtk_widget_is_drawable (notice));
          g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (notice)), "Laws, medicines and services change"));
        }
      else
        g_assert_null (notice);

      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_unsetenv ("KH_TEST_NOW");
}

static void
test_navigation (Fixture      *fixture,
                 gconstpointer data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->window);

  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "overview");
  gtk_widget_activate_action (widget, "win.next-page", NULL);
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "signs");
  gtk_widget_activate_action (widget, "win.previous-page", NULL);
  gtk_widget_activate_action (widget, "win.previous-page", NULL);
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "help");
  gtk_widget_activate_action (widget, "win.show-page-number", "i", 5);
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "faq");
  gtk_widget_activate_action (widget, "win.show-section", "s", "checklist");
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "checklist");
  g_assert_false (kh_window_show_page (fixture->window, "nowhere"));
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "checklist");
}

static void
test_link_buttons (Fixture      *fixture,
                   gconstpointer data)
{
  KhSection *overview = kh_content_lookup_section (fixture->content, "overview");
  GtkWidget *page, *button = NULL;

  page = kh_window_get_page_widget (fixture->window, "overview");
  for (guint i = 0; i < kh_section_get_n_blocks (overview) && button == NULL; i++)
    if (g_strcmp0 (kh_block_get_target (kh_section_get_block (overview, i)), "checklist") == 0)
      button = kh_section_page_get_block_widget (KH_SECTION_PAGE (page), i);

  g_assert_nonnull (button);
  gtk_widget_activate (button);
  kh_test_wait_for (g_strcmp0 (kh_window_get_visible_page (fixture->window), "checklist") == 0, 10000);
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "checklist");
}

static void
test_error_page (void)
{
  GtkApplication *app = test_app;
  g_autoptr (GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                  "faq.json: /blocks/4/answer: expected a string");
  KhWindow *window;

  window = kh_test_window_new (app, NULL, error);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (kh_window_get_visible_page (window), ==, "error");
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (window), "The information could not be loaded"));
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (window), error->message));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  GtkWidget *page;

  /* Narrow mode makes the header bar smaller; ask for 360 px again then. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 500, 640);
  kh_test_wait_for (gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0 &&
                        gtk_widget_get_width (GTK_WIDGET (fixture->window)) <= 500,
                    10000);
  kh_test_wait_for (FALSE, 200);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
  page = kh_window_get_page_widget (fixture->window, "overview");
  kh_test_wait_for (gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0 &&
                        gtk_widget_get_width (GTK_WIDGET (fixture->window)) <= 400 &&
                        gtk_widget_get_width (page) >= gtk_widget_get_width (GTK_WIDGET (fixture->window)) - 20,
                    10000);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 370);
  g_assert_true (gtk_widget_get_mapped (page));
  /* The page gets (nearly) the whole width: the sidebar is out of the way. */
  g_assert_cmpint (gtk_widget_get_width (page), >=, gtk_widget_get_width (GTK_WIDGET (fixture->window)) - 20);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-sidebar", NULL);
  kh_test_wait_for (!gtk_widget_get_mapped (page), 10000);
  g_assert_false (gtk_widget_get_mapped (page));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-section", "s", "faq");
  page = kh_window_get_page_widget (fixture->window, "faq");
  kh_test_wait_for (gtk_widget_get_mapped (page), 10000);
  g_assert_true (gtk_widget_get_mapped (page));
}

typedef struct
{
  GType       type;
  const char *css_class;
} Kind;

static gboolean
is_kind (GtkWidget    *widget,
         gconstpointer data)
{
  const Kind *kind = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, kind->type) &&
         (kind->css_class == NULL || gtk_widget_has_css_class (widget, kind->css_class));
}

/* The first widget of @type under @widget (itself included), with the
 * CSS class @css_class if that is not %NULL. */
static GtkWidget *
find_descendant_with_class (GtkWidget  *widget,
                            GType       type,
                            const char *css_class)
{
  Kind kind = { type, css_class };

  return kh_test_find_widget (widget, is_kind, &kind);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  return find_descendant_with_class (widget, type, NULL);
}

static void
test_search (Fixture      *fixture,
             gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *entry, *bar, *results_page, *page, *highlighted;

  bar = find_descendant (window, GTK_TYPE_SEARCH_BAR);
  g_assert_nonnull (bar);
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  /* the entry is built when the search first opens */
  g_assert_null (find_descendant (window, GTK_TYPE_SEARCH_ENTRY));

  /* Get help shows, and search indexes, the region of the locale */
  g_setenv ("LANG", "en_US.UTF-8", TRUE);

  /* Ctrl+F opens the search */
  gtk_widget_activate_action (window, "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "search");
  entry = find_descendant (bar, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  {
    g_autofree char *placeholder = NULL;

    g_object_get (entry, "placeholder-text", &placeholder, NULL);
    g_assert_cmpstr (placeholder, ==, "Search all pages");
  }

  gtk_editable_set_text (GTK_EDITABLE (entry), "BUPRENORPHINE");
  results_page = kh_window_get_page_widget (fixture->window, "search");
  kh_test_wait_for (kh_search_page_get_n_results (KH_SEARCH_PAGE (results_page)) > 0, 10000);
  g_assert_cmpuint (kh_search_page_get_n_results (KH_SEARCH_PAGE (results_page)), >, 0);

  /* Enter opens the best result: its page, with the block highlighted */
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "treatment");
  page = kh_window_get_page_widget (fixture->window, "treatment");
  highlighted = kh_section_page_get_highlighted_block (KH_SECTION_PAGE (page));
  g_assert_nonnull (highlighted);
  g_assert_true (gtk_widget_has_css_class (highlighted, "search-highlight"));

  /* A result on the page shown before the search opens that page too */
  gtk_widget_activate_action (window, "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "detox");
  kh_test_wait_for (kh_search_page_get_n_results (KH_SEARCH_PAGE (results_page)) > 0, 10000);
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "treatment");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));

  /* The checklist's questions and the help services are searched too */
  {
    KhSearchIndex *index = kh_window_get_search_index (fixture->window);
    g_autoptr (GPtrArray) hits = kh_search_index_query (index, "urge", 0);
    gboolean checklist = FALSE, help = FALSE;

    for (guint i = 0; i < hits->len; i++)
      checklist |= g_strcmp0 (kh_search_hit_get_page_id (hits->pdata[i]), "checklist") == 0;
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = kh_search_index_query (index, "poison", 0);
    for (guint i = 0; i < hits->len; i++)
      help |= g_strcmp0 (kh_search_hit_get_page_id (hits->pdata[i]), "help") == 0;
    g_assert_true (checklist);
    g_assert_true (help);
  }

  /* No results: the empty state, and Escape goes back where we were */
  gtk_widget_activate_action (window, "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzqqxx");
  kh_test_wait_for (kh_test_find_label (results_page, "No results for “zzqqxx”") != NULL, 10000);
  g_assert_cmpuint (kh_search_page_get_n_results (KH_SEARCH_PAGE (results_page)), ==, 0);
  g_assert_nonnull (kh_test_find_label (results_page, "No results for “zzqqxx”"));
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)));
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "treatment");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

/* GTK applies CSS fonts as layout attributes: the width the text would
 * take on one line grows with the font size. */
static int
font_size_of (GtkWidget *widget)
{
  int natural = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static void
test_text_size (Fixture      *fixture,
                gconstpointer data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  KhSection *overview = kh_content_lookup_section (fixture->content, "overview");
  GtkWidget *page = kh_window_get_page_widget (fixture->window, "overview");
  GtkWidget *label = kh_test_find_label (page, kh_section_get_summary (overview));
  int        normal, larger, smaller;

  g_assert_nonnull (label);
  normal = font_size_of (label);

  gtk_widget_activate_action (window, "win.zoom-in", NULL);
  gtk_widget_activate_action (window, "win.zoom-in", NULL);
  kh_test_wait_for (font_size_of (label) > normal, 5000);
  larger = font_size_of (label);
  g_assert_cmpfloat_with_epsilon (kh_window_get_text_scale (fixture->window), 1.2, 0.001);
  /* 120%, give or take the rounding of font sizes */
  g_assert_cmpfloat_with_epsilon ((double) larger / normal, 1.2, 0.05);

  gtk_widget_activate_action (window, "win.zoom-reset", NULL);
  gtk_widget_activate_action (window, "win.zoom-out", NULL);
  kh_test_wait_for (font_size_of (label) < normal, 5000);
  smaller = font_size_of (label);
  g_assert_cmpint (smaller, <, normal);

  /* the limits hold */
  for (int i = 0; i < 20; i++)
    gtk_widget_activate_action (window, "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (kh_window_get_text_scale (fixture->window), 2.0, 0.001);
  for (int i = 0; i < 20; i++)
    gtk_widget_activate_action (window, "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (kh_window_get_text_scale (fixture->window), 0.8, 0.001);
  gtk_widget_activate_action (window, "win.zoom-reset", NULL);
}

static gboolean
is_menu_button_with_tooltip (GtkWidget    *widget,
                             gconstpointer tooltip)
{
  return GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* The header's menu button with this tooltip. */
static GtkMenuButton *
find_menu_button (GtkWidget  *header,
                  const char *tooltip)
{
  GtkWidget *button = kh_test_find_widget (header, is_menu_button_with_tooltip, tooltip);

  if (button == NULL)
    g_error ("no menu button “%s” in the header", tooltip);
  return GTK_MENU_BUTTON (button);
}

/* The header's menus are built the first time they open, whole, and
 * built again in a new language once they exist. */
static void
test_menus (Fixture      *fixture,
            gconstpointer data)
{
  GtkWidget     *header = gtk_window_get_titlebar (GTK_WINDOW (fixture->window));
  GtkMenuButton *button = find_menu_button (header, "Main Menu");
  GtkMenuButton *more = find_menu_button (header, "More Ways to Read Aloud");
  GtkPopover    *popover, *more_popover;

  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_assert_null (gtk_menu_button_get_popover (button));
  g_assert_null (gtk_menu_button_get_popover (more));

  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (popover)), 5000);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_nonnull (find_descendant_with_class (GTK_WIDGET (popover), GTK_TYPE_BOX, "text-size-box"));
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (popover), "Español"));

  /* opened again: the same menu */
  gtk_menu_button_popdown (button);
  gtk_menu_button_popup (button);
  g_assert_true (gtk_menu_button_get_popover (button) == popover);
  gtk_menu_button_popdown (button);

  gtk_menu_button_popup (more);
  more_popover = gtk_menu_button_get_popover (more);
  g_assert_true (GTK_IS_POPOVER_MENU (more_popover));
  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (more_popover)), 5000);
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (more_popover), "Read All Pages"));
  gtk_menu_button_popdown (more);

  /* a new language: new menus, with the text size row moved into the
   * main one */
  kh_window_retranslate (fixture->window);
  g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (button)));
  g_assert_true (gtk_menu_button_get_popover (button) != popover);
  g_assert_nonnull (find_descendant_with_class (GTK_WIDGET (gtk_menu_button_get_popover (button)), GTK_TYPE_BOX, "text-size-box"));
  g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (more)));
  g_assert_true (gtk_menu_button_get_popover (more) != more_popover);
}

static guint
count_help_hits (KhWindow   *window,
                 const char *query)
{
  g_autoptr (GPtrArray) hits = kh_search_index_query (kh_window_get_search_index (window), query, 0);
  guint n = 0;

  for (guint i = 0; i < hits->len; i++)
    n += g_strcmp0 (kh_search_hit_get_page_id (hits->pdata[i]), KH_PAGE_HELP) == 0;

  return n;
}

static void
choose_region_on_page (GtkWidget  *page,
                       const char *name)
{
  GtkWidget  *dropdown = find_descendant (page, GTK_TYPE_DROP_DOWN);
  GListModel *model;

  g_assert_nonnull (dropdown);
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), name))
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
          return;
        }
    }
  g_error ("Get help has no region “%s” in its dropdown", name);
}

/* Search finds a clinic's own service before Get help was ever opened,
 * and follows the region chosen there: the old region's services go. */
static void
test_search_clinic_and_region (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kh-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "local-services.json", NULL);
  g_autoptr (KhModels) models = NULL;
  GtkWidget *entry, *results_page, *help;
  KhWindow  *window;

  g_assert_no_error (error);
  g_file_set_contents (path,
                       "{ \"organization\": \"Riverside Clinic\", \"services\": [ { \"id\": \"desk\","
                       " \"kind\": \"clinic\", \"name\": \"Zebracrossing front desk\", \"description\": \"Ask us.\","
                       " \"contacts\": [ { \"type\": \"call\", \"value\": \"020 7946 0000\" } ] } ] }",
                       -1, &error);
  g_assert_no_error (error);
  g_setenv ("LANG", "en_US.UTF-8", TRUE);

  models = kh_models_new (path);
  {
    const GError *local_error = NULL;

    kh_models_get_directory (models, &local_error);
    g_assert_no_error ((GError *) local_error);
  }
  window = kh_window_new (test_app, models);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (kh_window_get_page_widget (window, KH_PAGE_HELP));

  /* Through the search entry, as a visitor types it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  entry = find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Zebracrossing");
  results_page = kh_window_get_page_widget (window, "search");
  g_assert_nonnull (results_page);
  kh_test_wait_for (kh_search_page_get_n_results (KH_SEARCH_PAGE (results_page)) == 1, 10000);
  g_assert_cmpuint (kh_search_page_get_n_results (KH_SEARCH_PAGE (results_page)), ==, 1);
  g_assert_cmpuint (count_help_hits (window, "SAMHSA National Helpline"), ==, 1);
  g_assert_cmpuint (count_help_hits (window, "FRANK"), ==, 0);

  /* The region chosen on Get help is the window's, and search follows. */
  g_assert_true (kh_window_show_page (window, KH_PAGE_HELP));
  help = kh_window_get_page_widget (window, KH_PAGE_HELP);
  choose_region_on_page (help, "United Kingdom");
  g_assert_cmpstr (kh_window_get_region (window), ==, "GB");
  g_assert_cmpuint (count_help_hits (window, "Zebracrossing"), ==, 1);
  g_assert_cmpuint (count_help_hits (window, "FRANK"), ==, 1);
  g_assert_cmpuint (count_help_hits (window, "SAMHSA National Helpline"), ==, 0);

  /* And the other way: the window's region shows on the page. */
  kh_window_set_region (window, "US");
  g_assert_cmpstr (kh_help_page_get_shown_region (KH_HELP_PAGE (help)), ==, "US");
  g_assert_cmpuint (count_help_hits (window, "FRANK"), ==, 0);
  g_assert_cmpuint (count_help_hits (window, "SAMHSA National Helpline"), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unsetenv ("LANG");
  g_unlink (path);
  g_rmdir (dir);
}

/* kh_widget_set_tooltip() sends the X server nothing while its widget is
 * not on screen (gtk_widget_set_tooltip_text() asks where the pointer
 * is, under a server grab), and sets all that GTK's own call sets. */
static void
test_tooltip_quiet (void)
{
  GtkWidget    *window = gtk_window_new ();
  GtkWidget    *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget    *shown = gtk_button_new_with_label ("Shown");
  GtkWidget    *hidden = gtk_button_new_with_label ("Hidden");
  Display      *xdisplay;
  unsigned long before;

  g_assert_true (GDK_IS_X11_DISPLAY (gtk_widget_get_display (window)));
  xdisplay = gdk_x11_display_get_xdisplay (gtk_widget_get_display (window));
  gtk_widget_set_visible (hidden, FALSE);
  gtk_box_append (GTK_BOX (box), shown);
  gtk_box_append (GTK_BOX (box), hidden);
  gtk_window_set_child (GTK_WINDOW (window), box);

  before = XNextRequest (xdisplay);
  kh_widget_set_tooltip (shown, "A tip");
  kh_widget_set_tooltip (hidden, "Another tip");
  g_assert_cmpuint (XNextRequest (xdisplay), ==, before);

  g_assert_cmpstr (gtk_widget_get_tooltip_text (shown), ==, "A tip");
  g_assert_true (gtk_widget_get_has_tooltip (shown));
  g_assert_true (gtk_widget_get_visible (shown));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (shown), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "A tip");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (hidden), ==, "Another tip");
  g_assert_false (gtk_widget_get_visible (hidden));

  /* what the check above tells apart: GTK's own call does ask */
  gtk_widget_set_tooltip_text (shown, "GTK's tip");
  g_assert_cmpuint (XNextRequest (xdisplay), >, before);

  /* on screen, a tooltip being shown follows the change, as GTK does it */
  gtk_window_present (GTK_WINDOW (window));
  kh_test_wait_for_layout (window, "the tooltip test's window", 10000);
  g_assert_true (gtk_widget_get_mapped (shown));
  kh_widget_set_tooltip (shown, "A new tip");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (shown), ==, "A new tip");
  g_assert_true (gtk_widget_get_visible (shown));
  kh_widget_set_tooltip (shown, NULL);
  g_assert_null (gtk_widget_get_tooltip_text (shown));
  g_assert_false (gtk_widget_get_has_tooltip (shown));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
shows_tooltip (GtkWidget    *widget,
               gconstpointer tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0 && gtk_widget_get_visible (widget) &&
         gtk_widget_get_has_tooltip (widget);
}

/* The header's buttons have their tooltips from the start. */
static void
test_header_tooltips (Fixture      *fixture,
                      gconstpointer data)
{
  GtkWidget  *header = gtk_window_get_titlebar (GTK_WINDOW (fixture->window));
  const char *expected[] = { "Show Sections", "Search", "Main Menu", "Emergency numbers and helplines",
                             "Read Aloud (Ctrl+R)", "More Ways to Read Aloud" };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (kh_test_find_widget (header, shows_tooltip, expected[i]) == NULL)
      g_error ("no visible button with the tooltip “%s” in the header", expected[i]);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kh_test_init_accessible (&argc, &argv);

  /* the app's own style, as KhApplication loads it */
  {
    g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  test_app = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, NULL);

  g_test_add ("/window/sections-render", Fixture, NULL, fixture_setup, test_sections_render, fixture_teardown);
  g_test_add ("/window/navigation", Fixture, NULL, fixture_setup, test_navigation, fixture_teardown);
  g_test_add ("/window/link-buttons", Fixture, NULL, fixture_setup, test_link_buttons, fixture_teardown);
  g_test_add ("/window/narrow", Fixture, NULL, fixture_setup, test_narrow, fixture_teardown);
  g_test_add ("/window/search", Fixture, NULL, fixture_setup, test_search, fixture_teardown);
  g_test_add ("/window/text-size", Fixture, NULL, fixture_setup, test_text_size, fixture_teardown);
  g_test_add ("/window/menus", Fixture, NULL, fixture_setup, test_menus, fixture_teardown);
  g_test_add ("/window/header-tooltips", Fixture, NULL, fixture_setup, test_header_tooltips, fixture_teardown);
  g_test_add_func ("/window/tooltip-quiet", test_tooltip_quiet);
  g_test_add_func ("/window/error-page", test_error_page);
  g_test_add_func ("/window/search-clinic-and-region", test_search_clinic_and_region);
  g_test_add_func ("/window/stale-notice", test_stale_notice);

  status = g_test_run ();
  g_clear_object (&test_app);

  return status;
}
