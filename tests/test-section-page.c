/* test-section-page.c: a section's blocks as a person sees them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kh-callout.h"
#include "kh-section-page.h"
#include "kh-sources-list.h"
#include "kh-test-util.h"
#include "kh-text-bin.h"

static const char *section_json =
    "{ \"id\": \"signs\", \"title\": \"Signs of a problem\", \"icon\": \"dialog-warning-symbolic\","
    "  \"summary\": \"What to look out for.\", \"reviewed\": \"2026-11-30\","
    "  \"blocks\": ["
    "    { \"type\": \"heading\", \"text\": \"Withdrawal\" },"
    "    { \"type\": \"paragraph\", \"text\": \"Stopping can be hard.\" },"
    "    { \"type\": \"list\", \"items\": [ \"Cravings\", \"Sweating\", \"Sleep problems\" ] },"
    "    { \"type\": \"callout\", \"style\": \"warning\", \"title\": \"Take care\", \"text\": \"Ask a doctor first.\" },"
    "    { \"type\": \"callout\", \"style\": \"crisis\", \"text\": \"Call 988.\" },"
    "    { \"type\": \"faq\", \"question\": \"Is it addictive?\", \"answer\": \"It can be.\\n\\nMany people stop.\" },"
    "    { \"type\": \"link\", \"label\": \"Take the checklist\", \"target\": \"checklist\" }"
    "  ],"
    "  \"sources\": ["
    "    { \"publisher\": \"NIDA\", \"title\": \"Kratom\", \"year\": 2022, \"url\": \"https://nida.nih.gov/\" },"
    "    { \"publisher\": \"FDA\", \"title\": \"Kratom facts\" },"
    "    { \"publisher\": \"A&B <Health>\", \"title\": \"Risks & benefits\", \"year\": 2020,"
    "      \"url\": \"https://example.org/?a=1&b=2\" }"
    "  ] }";

/* Blocks in a long section: paragraphs, with a heading and a question
 * far down, more than a screenful. */
#define LONG_BLOCKS 24
#define LONG_HEADING 12
#define LONG_FAQ 20

typedef struct
{
  GtkWidget  *window;
  KhSection  *section;
  GtkWidget  *page;
  GPtrArray  *activated; /* "action target" strings */
  GActionMap *win_actions;
  GActionMap *app_actions;
} Fixture;

static KhSection *
section_new (const char *json)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("test.json");
  g_autoptr (GError) error = NULL;
  KhSection *section;

  section = kh_section_new_from_json (reader, kh_json_reader_parse (reader, json, -1));
  kh_json_reader_propagate (reader, &error);
  g_assert_no_error (error);
  g_assert_nonnull (section);

  return section;
}

static char *
long_section_json (void)
{
  GString *json = g_string_new ("{ \"id\": \"long\", \"title\": \"A long page\", \"icon\": \"x\","
                                "  \"summary\": \"Many words.\", \"reviewed\": \"2026-01-02\", \"blocks\": [");

  for (guint i = 0; i < LONG_BLOCKS; i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      if (i == LONG_HEADING)
        g_string_append (json, "{ \"type\": \"heading\", \"text\": \"Halfway\" }");
      else if (i == LONG_FAQ)
        g_string_append (json, "{ \"type\": \"faq\", \"question\": \"Far down?\", \"answer\": \"Yes.\" }");
      else
        {
          g_string_append_printf (json, "{ \"type\": \"paragraph\", \"text\": \"Paragraph %u.", i);
          for (guint j = 0; j < 24; j++)
            g_string_append (json, " Some words to make a paragraph long.");
          g_string_append (json, "\" }");
        }
    }
  g_string_append (json, "], \"sources\": [ { \"publisher\": \"P\", \"title\": \"T\" } ] }");

  return g_string_free (json, FALSE);
}

static void
record_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->activated,
                   g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)),
                                    g_variant_get_string (parameter, NULL)));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  const char               *which = data;
  g_autofree char          *long_json = NULL;
  static const GActionEntry win_entries[] = { { "show-section", record_cb, "s" } };
  static const GActionEntry app_entries[] = { { "open-uri", record_cb, "s" } };

  if (g_strcmp0 (which, "long") == 0)
    fixture->section = section_new ((long_json = long_section_json ()));
  else
    fixture->section = section_new (section_json);

  fixture->activated = g_ptr_array_new_with_free_func (g_free);
  fixture->win_actions = G_ACTION_MAP (g_simple_action_group_new ());
  g_action_map_add_action_entries (fixture->win_actions, win_entries, G_N_ELEMENTS (win_entries), fixture);
  fixture->app_actions = G_ACTION_MAP (g_simple_action_group_new ());
  g_action_map_add_action_entries (fixture->app_actions, app_entries, G_N_ELEMENTS (app_entries), fixture);

  fixture->window = gtk_window_new ();
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (fixture->win_actions));
  gtk_widget_insert_action_group (fixture->window, "app", G_ACTION_GROUP (fixture->app_actions));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 500);

  fixture->page = kh_section_page_new (fixture->section);
  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->page);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  /* The page went with the window, and let go of its section. */
  g_assert_null (fixture->page);
  g_assert_finalize_object (g_steal_pointer (&fixture->section));
  g_clear_object (&fixture->win_actions);
  g_clear_object (&fixture->app_actions);
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);
}

static KhSectionPage *
page (Fixture *fixture)
{
  return KH_SECTION_PAGE (fixture->page);
}

static void
show (Fixture *fixture)
{
  gtk_window_present (GTK_WINDOW (fixture->window));
  kh_test_wait_for (gtk_widget_get_mapped (fixture->page) && gtk_widget_get_height (fixture->page) > 0, 5000);
  g_assert_true (gtk_widget_get_mapped (fixture->page));
}

static GtkWidget *
block (Fixture *fixture,
       guint    index)
{
  GtkWidget *widget = kh_section_page_get_block_widget (page (fixture), index);

  if (widget == NULL)
    g_error ("block %u has no widget", index);
  return widget;
}

/* The column the blocks are in. */
static GtkWidget *
column (Fixture *fixture)
{
  return gtk_widget_get_parent (block (fixture, 0));
}

/* The same, found without building any block. */
static GtkWidget *
find_page_column (GtkWidget *page)
{
  GtkWidget *scroller = gtk_widget_get_first_child (page);
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *clamp = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  GtkWidget *col = gtk_widget_get_first_child (clamp);

  g_assert_true (gtk_widget_has_css_class (col, "content-column"));
  return col;
}

static GtkWidget *
find_column (Fixture *fixture)
{
  return find_page_column (fixture->page);
}

/* Runs what is pending now, without waiting for more. */
static void
drain_main_context (void)
{
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static guint
count_children_with_class (GtkWidget  *parent,
                           const char *css_class)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += gtk_widget_has_css_class (child, css_class);

  return n;
}

static GtkWidget *
find_child_with_class (GtkWidget  *parent,
                       const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, css_class))
      return child;

  return NULL;
}

static void
assert_label (GtkWidget  *widget,
              const char *text)
{
  if (!GTK_IS_LABEL (widget))
    g_error ("expected a label “%s”, found %s", text, widget ? G_OBJECT_TYPE_NAME (widget) : "nothing");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget)), ==, text);
}

static void
assert_role (GtkWidget        *widget,
             GtkAccessibleRole role)
{
  GtkAccessibleRole actual = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  if (actual != role)
    g_error ("%s %s has accessible role %d, expected %d", G_OBJECT_TYPE_NAME (widget),
             GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "", actual, role);
}

static GtkAdjustment *
vadjustment (Fixture *fixture)
{
  GtkWidget *scroller = gtk_widget_get_first_child (fixture->page);

  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* Whether the top of @widget shows in the page's scrolled window. */
static gboolean
top_in_view (Fixture   *fixture,
             GtkWidget *widget)
{
  GtkWidget       *scroller = gtk_widget_get_first_child (fixture->page);
  graphene_point_t point;

  if (!gtk_widget_compute_point (widget, scroller, &GRAPHENE_POINT_INIT (0, 0), &point))
    return FALSE;

  return point.y >= 0 && point.y < gtk_widget_get_height (scroller);
}

static void
test_title_and_summary (Fixture      *fixture,
                        gconstpointer data)
{
  GtkWidget *title, *summary;

  g_assert_true (kh_section_page_get_section (page (fixture)) == fixture->section);
  {
    g_autoptr (KhSection) section = NULL;

    g_object_get (fixture->page, "section", &section, NULL);
    g_assert_true (section == fixture->section);
  }

  /* The title first, a heading; the summary below it. */
  title = gtk_widget_get_first_child (column (fixture));
  assert_label (title, "Signs of a problem");
  assert_role (title, GTK_ACCESSIBLE_ROLE_HEADING);
  g_assert_true (gtk_widget_has_css_class (title, "title-1"));
  summary = gtk_widget_get_next_sibling (title);
  assert_label (summary, "What to look out for.");
  assert_role (summary, GTK_ACCESSIBLE_ROLE_LABEL);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (summary)));
  g_assert_true (gtk_widget_get_next_sibling (summary) == block (fixture, 0));
}

/* The dot replaced a bold "•" label at 1.05em of the item's text: the
 * item's text starts where it did after that label, and the dot's
 * middle is that character's, within a pixel. @row is a shown list
 * item with the app's style. */
static void
assert_bullet_where_a_bold_bullet_was (GtkWidget *row)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget      *bullet = gtk_widget_get_first_child (row);
  GtkWidget      *text = gtk_widget_get_last_child (row);
  GtkWidget      *reference_row, *glyph;
  graphene_rect_t dot, text_bounds;
  PangoRectangle  ink;
  int             x, y, spacing = gtk_box_get_spacing (GTK_BOX (row));
  double          glyph_middle, dot_middle, after_glyph;

  gtk_css_provider_load_from_data (provider, ".reference-bullet { font-weight: bold; font-size: 1.05em; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 10);
  /* the old item: the same row, a bold "•" where the dot is */
  reference_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, spacing);
  glyph = g_object_new (GTK_TYPE_LABEL, "label", "•", "valign", GTK_ALIGN_START, NULL);
  gtk_widget_add_css_class (glyph, "reference-bullet");
  gtk_box_append (GTK_BOX (reference_row), glyph);
  gtk_box_append (GTK_BOX (reference_row), gtk_label_new ("text"));
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (row)), reference_row);
  kh_test_wait_for (gtk_widget_get_width (glyph) > 0, 5000);
  g_assert_cmpint (gtk_widget_get_width (glyph), >, 0);

  g_assert_true (gtk_widget_compute_bounds (bullet, row, &dot));
  g_assert_true (gtk_widget_compute_bounds (text, row, &text_bounds));
  pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (glyph)), &ink, NULL);
  gtk_label_get_layout_offsets (GTK_LABEL (glyph), &x, &y);
  glyph_middle = y + ink.y + ink.height / 2.0;
  dot_middle = dot.origin.y + dot.size.height / 2;
  after_glyph = gtk_widget_get_width (glyph) + spacing;
  g_test_message ("item's text at x %.0f, after a bold bullet %.0f; dot's middle at y %.1f, the bullet's %.1f",
                  text_bounds.origin.x, after_glyph, dot_middle, glyph_middle);
  g_assert_cmpfloat_with_epsilon (text_bounds.origin.x, after_glyph, 1.0);
  g_assert_cmpfloat_with_epsilon (dot_middle, glyph_middle, 1.0);

  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (row)), reference_row);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
}

static void
test_blocks (Fixture      *fixture,
             gconstpointer data)
{
  g_autoptr (GtkCssProvider) provider = NULL;
  GtkWidget *widget, *row, *text, *bullet;
  guint      i = 0;

  /* One widget for each block, in order, each a "block". */
  for (GtkWidget *child = block (fixture, 0); i < kh_section_get_n_blocks (fixture->section); i++)
    {
      g_test_message ("block %u: %s", i, G_OBJECT_TYPE_NAME (child));
      g_assert_true (child == block (fixture, i));
      g_assert_true (gtk_widget_has_css_class (child, "block"));
      child = gtk_widget_get_next_sibling (child);
    }
  g_assert_null (kh_section_page_get_block_widget (page (fixture), i));

  widget = block (fixture, 0);
  assert_label (widget, "Withdrawal");
  assert_role (widget, GTK_ACCESSIBLE_ROLE_HEADING);
  g_assert_true (gtk_widget_has_css_class (widget, "title-3"));

  widget = block (fixture, 1);
  assert_label (widget, "Stopping can be hard.");
  g_assert_false (kh_test_is_heading (widget));
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (widget)));
  /* Selectable with the pointer, but not a stop for Tab. */
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (widget)));
  g_assert_false (gtk_widget_get_focusable (widget));

  /* A list, its items list items, each with its text after a bullet. */
  widget = block (fixture, 2);
  assert_role (widget, GTK_ACCESSIBLE_ROLE_LIST);
  row = gtk_widget_get_first_child (widget);
  for (i = 0; i < 3; i++, row = gtk_widget_get_next_sibling (row))
    {
      g_assert_nonnull (row);
      assert_role (row, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
      assert_role (gtk_widget_get_first_child (row), GTK_ACCESSIBLE_ROLE_PRESENTATION);
      /* a dot the style draws, not a character in a font of its own */
      g_assert_false (GTK_IS_LABEL (gtk_widget_get_first_child (row)));
      g_assert_true (gtk_widget_has_css_class (gtk_widget_get_first_child (row), "bullet"));
      /* the text in a bin that measures it as in a column */
      text = gtk_widget_get_last_child (row);
      g_assert_true (KH_IS_TEXT_BIN (text));
      assert_label (kh_text_bin_get_child (KH_TEXT_BIN (text)),
                    kh_block_get_item (kh_section_get_block (fixture->section, 2), i));
    }
  g_assert_null (row);

  /* Shown with the app's style, the dot is round, and smaller than a
   * line of the item's text. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  show (fixture);
  kh_test_wait_for_layout (fixture->window, "the page", 10000);
  row = gtk_widget_get_first_child (block (fixture, 2));
  bullet = gtk_widget_get_first_child (row);
  text = kh_text_bin_get_child (KH_TEXT_BIN (gtk_widget_get_last_child (row)));
  g_test_message ("bullet %d x %d, its text %d high", gtk_widget_get_width (bullet), gtk_widget_get_height (bullet),
                  gtk_widget_get_height (text));
  g_assert_cmpint (gtk_widget_get_width (bullet), >=, 3);
  g_assert_cmpint (gtk_widget_get_width (bullet), ==, gtk_widget_get_height (bullet));
  g_assert_cmpint (gtk_widget_get_height (bullet), <, gtk_widget_get_height (text) / 2);
  assert_bullet_where_a_bold_bullet_was (row);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
}

static void
test_callouts (Fixture      *fixture,
               gconstpointer data)
{
  GtkWidget *callout, *icon, *texts;

  callout = block (fixture, 3);
  assert_role (callout, GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_true (gtk_widget_has_css_class (callout, "callout"));
  g_assert_true (gtk_widget_has_css_class (callout, "warning"));
  g_assert_false (gtk_widget_has_css_class (callout, "crisis"));
  g_assert_true (KH_IS_CALLOUT (callout));
  g_assert_cmpint (kh_callout_get_style (KH_CALLOUT (callout)), ==, KH_CALLOUT_WARNING);
  g_assert_cmpstr (kh_callout_get_title (KH_CALLOUT (callout)), ==, "Take care");
  /* inside: the icon of its kind, then the texts */
  icon = gtk_widget_get_first_child (gtk_widget_get_first_child (callout));
  g_assert_true (GTK_IS_IMAGE (icon));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (icon)), ==, "dialog-warning-symbolic");
  /* The title, in bold, above the text (measured as a column). */
  texts = gtk_widget_get_next_sibling (icon);
  g_assert_true (KH_IS_TEXT_BIN (texts));
  texts = kh_text_bin_get_child (KH_TEXT_BIN (texts));
  assert_label (gtk_widget_get_first_child (texts), "Take care");
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_first_child (texts), "heading"));
  assert_label (gtk_widget_get_last_child (texts), "Ask a doctor first.");

  /* Without a title: the text alone, in the crisis style. */
  callout = block (fixture, 4);
  g_assert_true (gtk_widget_has_css_class (callout, "crisis"));
  g_assert_null (kh_callout_get_title (KH_CALLOUT (callout)));
  icon = gtk_widget_get_first_child (gtk_widget_get_first_child (callout));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (icon)), ==, "call-start-symbolic");
  texts = kh_text_bin_get_child (KH_TEXT_BIN (gtk_widget_get_next_sibling (icon)));
  assert_label (gtk_widget_get_first_child (texts), "Call 988.");
  g_assert_true (gtk_widget_get_first_child (texts) == gtk_widget_get_last_child (texts));
}

static void
test_faq (Fixture      *fixture,
          gconstpointer data)
{
  GtkWidget *expander = block (fixture, 5);
  GtkWidget *answer, *paragraph, *question;

  show (fixture);
  g_assert_true (GTK_IS_EXPANDER (expander));
  /* Folded at first: the question shows, the answer does not. The
   * question is in a text bin, beside the arrow (kh-text-bin.c). */
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  g_assert_true (KH_IS_TEXT_BIN (gtk_expander_get_label_widget (GTK_EXPANDER (expander))));
  question = kh_text_bin_get_child (KH_TEXT_BIN (gtk_expander_get_label_widget (GTK_EXPANDER (expander))));
  assert_label (question, "Is it addictive?");
  g_assert_true (gtk_widget_has_css_class (question, "heading"));

  /* The answer's paragraphs as labels of their own. */
  answer = gtk_expander_get_child (GTK_EXPANDER (expander));
  paragraph = gtk_widget_get_first_child (answer);
  assert_label (paragraph, "It can be.");
  assert_label (gtk_widget_get_next_sibling (paragraph), "Many people stop.");
  g_assert_null (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (paragraph)));
  g_assert_false (gtk_widget_get_mapped (paragraph));

  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  kh_test_wait_for (gtk_widget_get_mapped (paragraph), 5000);
  g_assert_true (gtk_widget_get_mapped (paragraph));
}

static void
test_link (Fixture      *fixture,
           gconstpointer data)
{
  GtkWidget *button = block (fixture, 6);
  GVariant  *target;

  show (fixture);
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Take the checklist");
  g_assert_true (gtk_widget_has_css_class (button, "page-link"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.show-section");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "checklist");
  g_assert_true (gtk_widget_is_sensitive (button));

  /* Clicked, it asks the window for the page it names. */
  g_signal_emit_by_name (button, "clicked");
  kh_test_wait_for (fixture->activated->len > 0, 5000);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, "show-section checklist");
}

static void
test_sources (Fixture      *fixture,
              gconstpointer data)
{
  GtkWidget *col = column (fixture);
  GtkWidget *sources, *inside, *heading, *list, *label, *reviewed;
  gboolean   handled = FALSE;

  /* After the last block: the sources, the heading first. */
  sources = find_child_with_class (col, "sources-list");
  g_assert_true (KH_IS_SOURCES_LIST (sources));
  g_assert_true (gtk_widget_get_prev_sibling (sources) == block (fixture, kh_section_get_n_blocks (fixture->section) - 1));
  inside = gtk_widget_get_first_child (sources);
  heading = find_child_with_class (inside, "sources-heading");
  g_assert_true (heading == gtk_widget_get_first_child (inside));
  assert_label (heading, "Sources");
  assert_role (heading, GTK_ACCESSIBLE_ROLE_HEADING);

  list = gtk_widget_get_next_sibling (heading);
  g_assert_true (gtk_widget_has_css_class (list, "sources"));
  assert_role (list, GTK_ACCESSIBLE_ROLE_LIST);

  /* Title (a link where there is an address), publisher, year. */
  label = gtk_widget_get_first_child (list);
  assert_label (label, "Kratom. NIDA, 2022.");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "<a href=\"https://nida.nih.gov/\">Kratom</a>. NIDA, 2022.");
  label = gtk_widget_get_next_sibling (label);
  assert_label (label, "Kratom facts. FDA.");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Kratom facts. FDA.");
  /* Markup characters in the content show as written. */
  label = gtk_widget_get_next_sibling (label);
  assert_label (label, "Risks & benefits. A&B <Health>, 2020.");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), "href=\"https://example.org/?a=1&amp;b=2\""));
  g_assert_null (gtk_widget_get_next_sibling (label));

  /* A link goes through app.open-uri, the one door to the outside. */
  g_signal_emit_by_name (label, "activate-link", "https://example.org/?a=1&b=2", &handled);
  g_assert_true (handled);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (fixture->activated->pdata[0], ==, "open-uri https://example.org/?a=1&b=2");

  reviewed = find_child_with_class (inside, "reviewed");
  assert_label (reviewed, "Last reviewed: 30 November 2026");
  g_assert_true (gtk_widget_get_prev_sibling (reviewed) == list);
  g_assert_null (gtk_widget_get_next_sibling (reviewed));
}

/* A long page shows its first screenful at once and builds the rest
 * after, in order. */
static void
test_incremental (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWidget *col = find_column (fixture);
  guint      first;

  first = count_children_with_class (col, "block");
  g_test_message ("%u blocks at first", first);
  g_assert_cmpuint (first, >, 0);
  g_assert_cmpuint (first, <, LONG_BLOCKS);
  g_assert_null (find_child_with_class (col, "sources-list"));

  show (fixture);
  kh_test_wait_for (find_child_with_class (col, "sources-list") != NULL, 5000);
  g_assert_cmpuint (count_children_with_class (col, "block"), ==, LONG_BLOCKS);
  g_assert_nonnull (find_child_with_class (col, "sources-list"));
  assert_label (find_child_with_class (gtk_widget_get_first_child (find_child_with_class (col, "sources-list")), "reviewed"),
                "Last reviewed: 2 January 2026");

  for (guint i = 0; i < LONG_BLOCKS; i++)
    {
      GtkWidget *widget = block (fixture, i);

      if (i == LONG_HEADING)
        assert_label (widget, "Halfway");
      else if (i == LONG_FAQ)
        g_assert_true (GTK_IS_EXPANDER (widget));
      else
        {
          g_autofree char *start = g_strdup_printf ("Paragraph %u.", i);

          g_assert_true (GTK_IS_LABEL (widget));
          g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), start));
        }
    }
}

/* The first step builds what fits the height the page is first seen at:
 * less for a short window, more for a tall one, the same in the end. */
static void
test_first_height (void)
{
  g_autofree char *json = long_section_json ();
  g_autoptr (KhSection) section = section_new (json);
  GtkWidget *shorter = g_object_ref_sink (kh_section_page_new_for_height (section, 300));
  GtkWidget *taller = g_object_ref_sink (kh_section_page_new_for_height (section, 2000));
  guint      n_shorter = count_children_with_class (find_page_column (shorter), "block");
  guint      n_taller = count_children_with_class (find_page_column (taller), "block");
  int        height = 0;

  g_test_message ("first step: %u blocks at 300 px, %u at 2000 px", n_shorter, n_taller);
  g_assert_cmpuint (n_shorter, >, 0);
  g_assert_cmpuint (n_shorter, <, n_taller);
  g_assert_cmpuint (n_taller, <, LONG_BLOCKS);
  g_object_get (shorter, "first-height", &height, NULL);
  g_assert_cmpint (height, ==, 300);

  kh_section_page_ensure_complete (KH_SECTION_PAGE (shorter));
  kh_section_page_ensure_complete (KH_SECTION_PAGE (taller));
  g_assert_cmpuint (count_children_with_class (find_page_column (shorter), "block"), ==, LONG_BLOCKS);
  g_assert_cmpuint (count_children_with_class (find_page_column (taller), "block"), ==, LONG_BLOCKS);

  g_assert_finalize_object (shorter);
  g_assert_finalize_object (taller);
}

/* Asking for a block not yet built builds the page up to the end. */
static void
test_on_demand (Fixture      *fixture,
                gconstpointer data)
{
  GtkWidget *col = find_column (fixture);
  GtkWidget *last;

  g_assert_cmpuint (count_children_with_class (col, "block"), <, LONG_BLOCKS);
  last = block (fixture, LONG_BLOCKS - 1);
  g_assert_cmpuint (count_children_with_class (col, "block"), ==, LONG_BLOCKS);
  g_assert_nonnull (find_child_with_class (col, "sources-list"));
  g_assert_true (gtk_widget_get_parent (last) == col);

  kh_section_page_ensure_complete (page (fixture));
  g_assert_cmpuint (count_children_with_class (col, "block"), ==, LONG_BLOCKS);
  g_assert_cmpuint (count_children_with_class (col, "sources-list"), ==, 1);

  /* And nothing is added twice later. */
  show (fixture);
  drain_main_context ();
  g_assert_cmpuint (count_children_with_class (col, "block"), ==, LONG_BLOCKS);
  g_assert_cmpuint (count_children_with_class (col, "sources-list"), ==, 1);
}

static gboolean
time_up_cb (gpointer user_data)
{
  gboolean *time_up = user_data;

  *time_up = TRUE;
  return G_SOURCE_REMOVE;
}

/* Waits, asleep rather than spinning (the highlight lasts seconds),
 * until no block is highlighted or @timeout_ms have passed. */
static void
wait_for_highlight_cleared (Fixture *fixture,
                            guint    timeout_ms)
{
  gboolean time_up = FALSE;
  guint    timeout_id = g_timeout_add (timeout_ms, time_up_cb, &time_up);

  while (kh_section_page_get_highlighted_block (page (fixture)) != NULL && !time_up)
    g_main_context_iteration (NULL, TRUE);
  if (!time_up)
    g_source_remove (timeout_id);
}

/* As after choosing a search result: scrolled to, opened, highlighted
 * for a moment. */
static void
test_reveal (Fixture      *fixture,
             gconstpointer data)
{
  GtkAdjustment *adjustment = vadjustment (fixture);
  GtkWidget     *faq, *heading;

  show (fixture);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_null (kh_section_page_get_highlighted_block (page (fixture)));

  kh_section_page_reveal_block (page (fixture), LONG_FAQ);
  faq = block (fixture, LONG_FAQ);
  g_assert_true (kh_section_page_get_highlighted_block (page (fixture)) == faq);
  g_assert_true (gtk_widget_has_css_class (faq, "search-highlight"));
  g_assert_true (gtk_expander_get_expanded (GTK_EXPANDER (faq)));

  kh_test_wait_for (gtk_adjustment_get_value (adjustment) > 0 && top_in_view (fixture, faq), 5000);
  g_test_message ("scrolled to %g of %g", gtk_adjustment_get_value (adjustment), gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_true (top_in_view (fixture, faq));
  g_assert_false (top_in_view (fixture, block (fixture, 0)));

  /* Another block takes the highlight over. */
  heading = block (fixture, LONG_HEADING);
  kh_section_page_reveal_block (page (fixture), LONG_HEADING);
  g_assert_true (kh_section_page_get_highlighted_block (page (fixture)) == heading);
  g_assert_true (gtk_widget_has_css_class (heading, "search-highlight"));
  g_assert_false (gtk_widget_has_css_class (faq, "search-highlight"));
  kh_test_wait_for (top_in_view (fixture, heading), 5000);
  g_assert_true (top_in_view (fixture, heading));

  /* The highlight fades after a few seconds. */
  wait_for_highlight_cleared (fixture, 6000);
  g_assert_null (kh_section_page_get_highlighted_block (page (fixture)));
  g_assert_false (gtk_widget_has_css_class (heading, "search-highlight"));
  /* The question stays open. */
  g_assert_true (gtk_expander_get_expanded (GTK_EXPANDER (faq)));
}

static void
test_reveal_out_of_range (Fixture      *fixture,
                          gconstpointer data)
{
  kh_section_page_reveal_block (page (fixture), kh_section_get_n_blocks (fixture->section));
  kh_section_page_reveal_block (page (fixture), G_MAXUINT);
  g_assert_null (kh_section_page_get_highlighted_block (page (fixture)));
}

static void
test_scroll_to_top (Fixture      *fixture,
                    gconstpointer data)
{
  GtkAdjustment *adjustment = vadjustment (fixture);

  show (fixture);
  kh_section_page_reveal_block (page (fixture), LONG_BLOCKS - 1);
  kh_test_wait_for (gtk_adjustment_get_value (adjustment) > 0, 5000);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  kh_section_page_scroll_to_top (page (fixture));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, gtk_adjustment_get_lower (adjustment));
  kh_test_wait_for (top_in_view (fixture, block (fixture, 0)), 5000);
  g_assert_true (top_in_view (fixture, block (fixture, 0)));
}

/* Drawn again (as after a change of language): new widgets for the same
 * blocks, and no highlight left on a widget that is gone. */
static void
test_rebuild (Fixture      *fixture,
              gconstpointer data)
{
  GtkWidget *old_heading = block (fixture, 0);
  GtkWidget *old_faq = block (fixture, 5);
  GtkWidget *highlighted;

  show (fixture);
  g_object_add_weak_pointer (G_OBJECT (old_heading), (gpointer *) &old_heading);
  kh_section_page_reveal_block (page (fixture), 5);
  g_assert_true (kh_section_page_get_highlighted_block (page (fixture)) == old_faq);

  kh_section_page_rebuild (page (fixture));
  kh_section_page_ensure_complete (page (fixture));
  g_assert_null (old_heading);
  g_assert_true (block (fixture, 5) != old_faq);
  assert_label (block (fixture, 0), "Withdrawal");
  assert_label (gtk_widget_get_first_child (column (fixture)), "Signs of a problem");
  g_assert_cmpuint (count_children_with_class (column (fixture), "block"), ==, kh_section_get_n_blocks (fixture->section));
  g_assert_cmpuint (count_children_with_class (column (fixture), "sources-list"), ==, 1);

  highlighted = kh_section_page_get_highlighted_block (page (fixture));
  if (highlighted != NULL && !gtk_widget_is_ancestor (highlighted, fixture->page))
    g_error ("the highlighted %s is no longer on the page", G_OBJECT_TYPE_NAME (highlighted));
}

/* A page dropped before it was finished cleans up after itself. */
static void
test_dispose_unfinished (void)
{
  g_autofree char *json = long_section_json ();
  g_autoptr (KhSection) section = section_new (json);
  GtkWidget *widget = g_object_ref_sink (kh_section_page_new (section));

  g_assert_nonnull (kh_section_page_get_block_widget (KH_SECTION_PAGE (widget), 0));
  kh_section_page_reveal_block (KH_SECTION_PAGE (widget), 1);
  g_assert_finalize_object (widget);
  /* Nothing left to run for it. */
  drain_main_context ();
  g_assert_cmpstr (kh_section_get_id (section), ==, "long");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, which, func) g_test_add (path, Fixture, which, fixture_setup, func, fixture_teardown)
  ADD ("/section-page/title-and-summary", NULL, test_title_and_summary);
  ADD ("/section-page/blocks", NULL, test_blocks);
  ADD ("/section-page/callouts", NULL, test_callouts);
  ADD ("/section-page/faq", NULL, test_faq);
  ADD ("/section-page/link", NULL, test_link);
  ADD ("/section-page/sources", NULL, test_sources);
  ADD ("/section-page/rebuild", NULL, test_rebuild);
  ADD ("/section-page/incremental/idle", "long", test_incremental);
  ADD ("/section-page/incremental/on-demand", "long", test_on_demand);
  ADD ("/section-page/reveal/block", "long", test_reveal);
  ADD ("/section-page/reveal/out-of-range", "long", test_reveal_out_of_range);
  ADD ("/section-page/scroll-to-top", "long", test_scroll_to_top);
#undef ADD
  g_test_add_func ("/section-page/dispose-unfinished", test_dispose_unfinished);
  g_test_add_func ("/section-page/incremental/first-height", test_first_height);

  return g_test_run ();
}
