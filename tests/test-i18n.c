/* test-i18n.c: every page in each shipped language, and switching
 * language while running
 *
 * For each language in po/LINGUAS, every page is opened (each section in
 * full, the checklist with its questions and its result, Get help in
 * every region) and the whole widget tree is walked: no label, button or
 * tooltip may show an English string that the translation translates.
 * The English strings and their translations are read from the .po file
 * itself, so a string missing from the translation is caught, and words
 * that are the same in both languages (numbers, names) are not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-application.h"
#include "kh-checklist-page.h"
#include "kh-directory.h"
#include "kh-help-page.h"
#include "kh-i18n.h"
#include "kh-section-page.h"
#include "kh-test-util.h"
#include "kh-window.h"

static void
free_gstring (gpointer data)
{
  g_string_free (data, TRUE);
}

/* msgid -> msgstr, for entries whose translation differs */
static GHashTable *
read_po (const char *path)
{
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GError) error = NULL;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (free_gstring);
  g_autoptr (GPtrArray) strs = g_ptr_array_new_with_free_func (free_gstring);
  GString *current = NULL;
  gboolean fuzzy = FALSE;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);

  /* one pass: collect each entry's msgid(s) and msgstr(s) */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quote;

      if (g_str_has_prefix (line, "#,") && strstr (line, "fuzzy"))
        fuzzy = TRUE;

      if (g_str_has_prefix (line, "msgid ") || g_str_has_prefix (line, "msgid_plural "))
        {
          current = g_string_new (NULL);
          g_ptr_array_add (ids, current);
        }
      else if (g_str_has_prefix (line, "msgstr"))
        {
          current = g_string_new (NULL);
          g_ptr_array_add (strs, current);
        }
      else if (line[0] != '"')
        {
          if (line[0] == '\0' && ids->len > 0)
            {
              /* end of an entry */
              for (guint j = 0; j < ids->len && !fuzzy; j++)
                {
                  GString *id = ids->pdata[j];
                  GString *str = strs->pdata[MIN (j, strs->len - 1)];

                  if (id->len > 0 && str->len > 0 && !g_str_equal (id->str, str->str))
                    g_hash_table_replace (table, g_strdup (id->str), g_strdup (str->str));
                }
              g_ptr_array_set_size (ids, 0);
              g_ptr_array_set_size (strs, 0);
              fuzzy = FALSE;
            }
          current = NULL;
          continue;
        }

      if (current == NULL || !(quote = strchr (line, '"')))
        continue;

      {
        g_autofree char *inner = g_strndup (quote + 1, strrchr (line, '"') - quote - 1);
        g_autofree char *unescaped = g_strcompress (inner);

        g_string_append (current, unescaped);
      }
    }

  return table;
}

static GHashTable *english;

static void
add_problem (GPtrArray  *problems,
             const char *where,
             const char *text)
{
  if (text != NULL && g_hash_table_contains (english, text))
    g_ptr_array_add (problems, g_strdup_printf ("%s: “%s”", where, text));
}

static void
collect_english (GtkWidget *widget,
                 GPtrArray *problems)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    add_problem (problems, "label", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_BUTTON (widget))
    add_problem (problems, "button", gtk_button_get_label (GTK_BUTTON (widget)));
  if (GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      add_problem (problems, "placeholder", placeholder);
    }
  add_problem (problems, "tooltip", gtk_widget_get_tooltip_text (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_english (child, problems);
}

static void
assert_no_english (GtkWidget  *root,
                   const char *where)
{
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  collect_english (root, problems);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s: English left: %s", where, (char *) problems->pdata[i]);
  if (problems->len > 0)
    g_test_fail_printf ("%s: %u English strings shown in a translated page", where, problems->len);
}

static KhApplication *app;
static KhWindow      *window;

static void
wait_frames (void)
{
  kh_test_wait_for (FALSE, 150);
}

static gboolean
is_search_entry (GtkWidget    *widget,
                 gconstpointer data)
{
  return GTK_IS_SEARCH_ENTRY (widget);
}

static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  return kh_test_find_widget (widget, is_search_entry, NULL);
}

/* The header's menus are built the first time they open: open each, so
 * that their words are checked too. */
static void
open_menus (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_visible (widget))
    {
      gtk_menu_button_popup (GTK_MENU_BUTTON (widget));
      g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)));
      gtk_menu_button_popdown (GTK_MENU_BUTTON (widget));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    open_menus (child);
}

static void
test_every_page (gconstpointer data)
{
  const char *language = data;
  KhContent  *content = kh_window_get_content (window);
  g_auto (GStrv) ids = kh_content_dup_page_ids (content);
  g_autofree char *po = g_test_build_filename (G_TEST_DIST, "..", "po", NULL);
  g_autofree char *po_file = g_strdup_printf ("%s/%s.po", po, language);

  g_clear_pointer (&english, g_hash_table_unref);
  english = read_po (po_file);
  g_assert_cmpuint (g_hash_table_size (english), >, 100);

  /* Control: in English the check must find English everywhere. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string ("en"));
  {
    g_autoptr (GPtrArray) control = g_ptr_array_new_with_free_func (g_free);

    kh_window_show_page (window, ids[0]);
    collect_english (GTK_WIDGET (window), control);
    g_test_message ("control: %u English strings on the first page in English", control->len);
    g_assert_cmpuint (control->len, >, 20);
  }

  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string (language));
  g_assert_cmpstr (kh_i18n_get_effective_language (), ==, language);
  wait_frames ();

  /* the window's own strings, the header's menus and the search entry,
   * which are built the first time they open */
  open_menus (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_nonnull (find_search_entry (GTK_WIDGET (window)));
  assert_no_english (GTK_WIDGET (window), "window");
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (gtk_widget_get_ancestor (find_search_entry (GTK_WIDGET (window)),
                                                                           GTK_TYPE_SEARCH_BAR)),
                                  FALSE);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkWidget *page;

      g_assert_true (kh_window_show_page (window, ids[i]));
      page = kh_window_get_page_widget (window, ids[i]);
      if (KH_IS_SECTION_PAGE (page))
        {
          KhSectionPage *section_page = KH_SECTION_PAGE (page);
          KhSection     *section = kh_section_page_get_section (section_page);

          kh_section_page_ensure_complete (section_page);
          /* open every question, so the answers are checked too */
          for (guint j = 0; j < kh_section_get_n_blocks (section); j++)
            {
              GtkWidget *block = kh_section_page_get_block_widget (section_page, j);

              if (GTK_IS_EXPANDER (block))
                gtk_expander_set_expanded (GTK_EXPANDER (block), TRUE);
            }
        }
      wait_frames ();
      assert_no_english (page, ids[i]);

      if (KH_IS_CHECKLIST_PAGE (page))
        {
          KhChecklist *checklist = kh_checklist_page_get_checklist (KH_CHECKLIST_PAGE (page));

          for (guint j = 0; j < kh_checklist_get_n_questions (checklist); j++)
            kh_checklist_answers_set_answer (kh_checklist_page_get_answers (KH_CHECKLIST_PAGE (page)), j, j % 2 ? KH_CHECKLIST_ANSWER_YES : KH_CHECKLIST_ANSWER_NO);
          g_assert_true (kh_checklist_page_show_result (KH_CHECKLIST_PAGE (page)));
          wait_frames ();
          assert_no_english (page, "checklist result");
          kh_checklist_page_reset (KH_CHECKLIST_PAGE (page));
        }
      else if (KH_IS_HELP_PAGE (page))
        {
          KhDirectory *directory = kh_help_page_get_directory (KH_HELP_PAGE (page));

          for (guint j = 0; j < kh_directory_get_n_regions (directory); j++)
            {
              const char      *code = kh_region_get_code (kh_directory_get_region (directory, j));
              g_autofree char *where = g_strdup_printf ("help, region %s", code);

              kh_help_page_set_region (KH_HELP_PAGE (page), code);
              kh_help_page_set_show_qr_codes (KH_HELP_PAGE (page), TRUE);
              wait_frames ();
              assert_no_english (page, where);
            }
        }
    }

  /* The About window, credits and all: the content's sources are content
   * too. */
  {
    GtkAboutDialog *about;

    g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
    kh_test_wait_for ((about = kh_test_find_about_dialog ()) && gtk_widget_get_mapped (GTK_WIDGET (about)), 5000);
    g_assert_nonnull (about);
    g_assert_true (kh_test_show_about_credits (GTK_WIDGET (about)));
    wait_frames ();
    assert_no_english (GTK_WIDGET (about), "about");
    gtk_window_destroy (GTK_WINDOW (about));
  }

  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string ("en"));
}

static void
test_switch_keeps_state (void)
{
  KhChecklistPage    *page;
  KhChecklistAnswers *checklist;
  const char *const  *languages = kh_i18n_get_languages ();
  const char         *other = languages[1];

  g_assert_nonnull (other);

  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string ("en"));
  kh_window_show_page (window, "checklist");
  page = KH_CHECKLIST_PAGE (kh_window_get_page_widget (window, "checklist"));
  checklist = kh_checklist_page_get_answers (page);
  kh_checklist_answers_set_answer (checklist, 0, KH_CHECKLIST_ANSWER_YES);
  kh_checklist_answers_set_answer (checklist, 3, KH_CHECKLIST_ANSWER_YES);
  kh_checklist_answers_set_answer (checklist, 4, KH_CHECKLIST_ANSWER_NO);
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (window), "Screening checklist"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string (other));
  wait_frames ();

  /* same page, same answers, other words */
  g_assert_cmpstr (kh_window_get_visible_page (window), ==, "checklist");
  page = KH_CHECKLIST_PAGE (kh_window_get_page_widget (window, "checklist"));
  g_assert_true (kh_checklist_page_get_answers (page) == checklist);
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (checklist), ==, 3);
  g_assert_cmpuint (kh_checklist_answers_get_count (checklist), ==, 2);
  g_assert_null (kh_test_find_label (GTK_WIDGET (window), "Screening checklist"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string ("en"));
  wait_frames ();
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (window), "Screening checklist"));
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (checklist), ==, 3);
  kh_checklist_answers_reset (checklist);
}

int
main (int   argc,
      char *argv[])
{
  const char *const *languages;
  g_autoptr (GError) error = NULL;
  int status;

  kh_i18n_init (g_getenv ("KRATOM_HELP_LOCALEDIR"));
  gtk_disable_setlocale ();
  gtk_test_init (&argc, &argv, NULL);

  app = kh_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = KH_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);

  languages = kh_i18n_get_languages ();
  for (guint i = 1; languages[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/every-page/%s", languages[i]);
      g_test_add_data_func (path, languages[i], test_every_page);
    }
  if (languages[1] != NULL)
    g_test_add_func ("/i18n/switch-keeps-state", test_switch_keeps_state);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  g_clear_pointer (&english, g_hash_table_unref);

  return status;
}
