/* test-kiosk.c: kiosk mode: lockdown, the end of a visit, the staff exit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kh-application.h"
#include "kh-checklist-page.h"
#include "kh-craving-tool.h"
#include "kh-help-page.h"
#include "kh-i18n.h"
#include "kh-kiosk.h"
#include "kh-plan-page.h"
#include "kh-qr-pager.h"
#include "kh-search-page.h"
#include "kh-section-page.h"
#include "kh-test-util.h"
#include "kh-widgets.h"
#include "kh-window.h"

#define SCHEMA_ID "io.github.kratomhelp.KratomHelp"

/* What the kiosk puts back itself: what lives outside the window. The
 * window's own state (pages, search, answers, region, text size) goes
 * with the visit, which the window starts again. */
static const char *const expected_resets[] = {
  "notices", "dialogs-and-popovers", "clipboard", "style", "language",
  "read-aloud", NULL
};

typedef struct
{
  KhApplication *app;
  KhWindow      *window;
  KhKiosk       *kiosk;
  GSettings     *settings;
  guint          n_settings_changes;
  gboolean       visit_ended;
} Fixture;

static void
settings_changed_cb (GSettings  *settings,
                     const char *key,
                     Fixture    *fixture)
{
  g_test_message ("setting written: %s", key);
  fixture->n_settings_changes++;
}

static void
visit_ended_cb (KhKiosk *kiosk,
                Fixture *fixture)
{
  fixture->visit_ended = TRUE;
}

static void
language_change_state (GSimpleAction *action,
                       GVariant      *state,
                       gpointer       user_data)
{
  g_simple_action_set_state (action, state);
}

static void
fixture_start (Fixture *fixture,
               gboolean kiosk,
               gboolean through_settings)
{
  g_autoptr (GSimpleAction) language = NULL;
  g_autoptr (GError) error = NULL;

  fixture->settings = g_settings_new (SCHEMA_ID);
  if (through_settings)
    g_settings_set_boolean (fixture->settings, "kiosk-mode", TRUE);

  static guint     n_apps;
  g_autofree char *app_id = g_strdup_printf ("%s.Test%u", SCHEMA_ID, n_apps++);

  fixture->app = kh_application_new ();
  /* each its own bus name and object path: the last may not be gone yet */
  g_application_set_application_id (G_APPLICATION (fixture->app), app_id);
  g_application_set_flags (G_APPLICATION (fixture->app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);

  /* Stands in for the in-app language switch, to test the hook. */
  language = g_simple_action_new_stateful ("language", G_VARIANT_TYPE_STRING, g_variant_new_string (""));
  g_signal_connect (language, "change-state", G_CALLBACK (language_change_state), NULL);
  g_action_map_add_action (G_ACTION_MAP (fixture->app), G_ACTION (language));

  if (kiosk && !through_settings)
    kh_application_enable_kiosk (fixture->app);
  g_application_activate (G_APPLICATION (fixture->app));

  fixture->window = KH_WINDOW (gtk_application_get_windows (GTK_APPLICATION (fixture->app))->data);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  fixture->kiosk = kh_application_get_kiosk (fixture->app);
  g_assert_true ((fixture->kiosk != NULL) == kiosk);
  if (fixture->kiosk != NULL)
    g_signal_connect (fixture->kiosk, "visit-ended", G_CALLBACK (visit_ended_cb), fixture);

  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)), 5000);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));

  g_signal_connect (fixture->settings, "changed", G_CALLBACK (settings_changed_cb), fixture);
  fixture->n_settings_changes = 0;
}

static void
fixture_stop (Fixture *fixture)
{
  g_signal_handlers_disconnect_by_data (fixture->settings, fixture);
  if (fixture->window != NULL)
    {
      if (fixture->kiosk != NULL)
        {
          /* the staff way out */
          g_settings_set_string (fixture->settings, "kiosk-exit-pin", "0000");
          g_assert_true (kh_kiosk_try_exit (fixture->kiosk, "0000"));
        }
      else
        gtk_window_destroy (GTK_WINDOW (fixture->window));
    }
  kh_test_wait_for (fixture->window == NULL, 1000);
  g_assert_null (fixture->window);

  g_clear_object (&fixture->app);
  g_settings_reset (fixture->settings, "kiosk-mode");
  g_settings_reset (fixture->settings, "kiosk-exit-pin");
  g_settings_reset (fixture->settings, "kiosk-region");
  g_settings_reset (fixture->settings, "region");
  g_clear_object (&fixture->settings);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_all (gpointer root,
          GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (root), type, found);
  return found;
}

/* the search bar's entry */
static GtkEditable *
find_search_entry (Fixture *fixture)
{
  g_autoptr (GPtrArray) entries = find_all (fixture->window, GTK_TYPE_SEARCH_ENTRY);

  for (guint i = 0; i < entries->len; i++)
    if (gtk_widget_get_ancestor (entries->pdata[i], GTK_TYPE_SEARCH_BAR) != NULL)
      return entries->pdata[i];

  g_assert_not_reached ();
}

static GtkWidget *
show_page (Fixture    *fixture,
           const char *id)
{
  g_assert_true (kh_window_show_page (fixture->window, id));
  kh_test_wait_for (FALSE, 100);
  return kh_window_get_page_widget (fixture->window, id);
}

/* Does all a visitor can, and checks each thing changed. */
static void
make_a_visit (Fixture *fixture)
{
  KhChecklistPage *checklist_page;
  KhChecklist     *checklist;
  GtkWidget       *page, *search_page, *dialog;
  GtkAdjustment   *adjustment;
  g_autoptr (GPtrArray) expanders = NULL;
  g_autoptr (GPtrArray) scrollers = NULL;
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());

  kh_kiosk_note_input (fixture->kiosk);

  /* checklist: every question answered, and the result shown */
  checklist_page = KH_CHECKLIST_PAGE (show_page (fixture, "checklist"));
  checklist = kh_checklist_page_get_checklist (checklist_page);
  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    kh_checklist_answers_set_answer (kh_checklist_page_get_answers (checklist_page), i, i % 2 ? KH_CHECKLIST_ANSWER_YES : KH_CHECKLIST_ANSWER_NO);
  g_assert_true (kh_checklist_page_show_result (checklist_page));

  /* a plan filled in to the full and shown as QR codes, and a craving
   * being ridden out */
  page = show_page (fixture, "plan");
  kh_plan_fill_longest (kh_plan_page_get_plan (KH_PLAN_PAGE (page)), "a");
  kh_plan_page_show_qr (KH_PLAN_PAGE (page), TRUE);
  g_assert_cmpuint (kh_qr_pager_get_n_codes (KH_QR_PAGER (kh_plan_page_get_qr_pager (KH_PLAN_PAGE (page)))), >, 0);
  page = show_page (fixture, "craving");
  kh_craving_tool_start (KH_CRAVING_TOOL (page), 5);
  g_assert_true (kh_craving_tool_is_ticking (KH_CRAVING_TOOL (page)));

  /* a region of its own on Get help */
  page = show_page (fixture, "help");
  kh_help_page_set_region (KH_HELP_PAGE (page), "GB");
  kh_help_page_set_show_qr_codes (KH_HELP_PAGE (page), FALSE);

  /* questions opened, the page scrolled */
  page = show_page (fixture, "faq");
  expanders = find_all (page, GTK_TYPE_EXPANDER);
  g_assert_cmpuint (expanders->len, >, 0);
  for (guint i = 0; i < expanders->len; i++)
    gtk_expander_set_expanded (expanders->pdata[i], TRUE);
  kh_test_wait_for (FALSE, 200);
  scrollers = find_all (page, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_cmpuint (scrollers->len, >, 0);
  adjustment = gtk_scrolled_window_get_vadjustment (scrollers->pdata[0]);
  gtk_adjustment_set_value (adjustment, 300);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  /* larger text, another language, the dark style */
  kh_window_set_text_scale (fixture->window, 1.8);
  g_action_group_change_action_state (G_ACTION_GROUP (fixture->app), "language", g_variant_new_string ("es"));
  g_action_group_change_action_state (G_ACTION_GROUP (fixture->app), "color-scheme", g_variant_new_string ("dark"));

  /* a number copied, a dialog and a popover open */
  gdk_clipboard_set_text (clipboard, "988");
  dialog = gtk_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (fixture->window));
  gtk_application_add_window (GTK_APPLICATION (fixture->app), GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));

  /* and a search */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  gtk_editable_set_text (find_search_entry (fixture), "withdrawal");
  search_page = kh_window_get_page_widget (fixture->window, "search");
  g_assert_nonnull (search_page);
  kh_test_wait_for (kh_search_page_get_n_results (KH_SEARCH_PAGE (search_page)) > 0, 3000);
  g_assert_cmpuint (kh_search_page_get_n_results (KH_SEARCH_PAGE (search_page)), >, 0);
  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "search");
}

static void
assert_all_reset (Fixture *fixture)
{
  KhChecklistPage *checklist_page;
  GtkWidget       *page;
  g_autoptr (GPtrArray) expanders = NULL;
  g_autoptr (GPtrArray) scrollers = NULL;
  g_autoptr (GVariant) language = NULL;
  g_autoptr (GVariant) style = NULL;
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());

  kh_test_wait_for (FALSE, 100);

  g_assert_cmpstr (kh_window_get_visible_page (fixture->window), ==, "overview");
  g_assert_false (kh_kiosk_get_notice_shown (fixture->kiosk));
  g_assert_false (kh_kiosk_get_visit_active (fixture->kiosk));

  /* The pages of the visit are gone; built again, they are fresh. */
  g_assert_null (kh_window_get_page_widget (fixture->window, "faq"));
  g_assert_null (kh_window_get_page_widget (fixture->window, "search"));
  checklist_page = KH_CHECKLIST_PAGE (show_page (fixture, "checklist"));
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (kh_checklist_page_get_answers (checklist_page)), ==, 0);
  g_assert_false (kh_checklist_page_get_showing_result (checklist_page));

  /* the plan is empty again, with no codes; the craving tool is at its
   * start, with no timer */
  page = show_page (fixture, "plan");
  g_assert_true (kh_plan_is_empty (kh_plan_page_get_plan (KH_PLAN_PAGE (page))));
  g_assert_cmpuint (kh_qr_pager_get_n_codes (KH_QR_PAGER (kh_plan_page_get_qr_pager (KH_PLAN_PAGE (page)))), ==, 0);
  page = show_page (fixture, "craving");
  g_assert_cmpint (kh_craving_tool_get_state (KH_CRAVING_TOOL (page)), ==, KH_CRAVING_STATE_START);
  g_assert_false (kh_craving_tool_is_ticking (KH_CRAVING_TOOL (page)));

  page = show_page (fixture, "help");
  g_assert_cmpstr (kh_help_page_get_region (KH_HELP_PAGE (page)), ==,
                   kh_kiosk_get_default_region (fixture->kiosk));
  g_assert_true (kh_help_page_get_show_qr_codes (KH_HELP_PAGE (page)));

  page = show_page (fixture, "faq");
  expanders = find_all (page, GTK_TYPE_EXPANDER);
  for (guint i = 0; i < expanders->len; i++)
    g_assert_false (gtk_expander_get_expanded (expanders->pdata[i]));
  scrollers = find_all (fixture->window, GTK_TYPE_SCROLLED_WINDOW);
  for (guint i = 0; i < scrollers->len; i++)
    g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scrollers->pdata[i])), ==, 0);

  g_assert_cmpfloat_with_epsilon (kh_window_get_text_scale (fixture->window), KH_KIOSK_TEXT_SCALE, 0.001);
  language = g_action_group_get_action_state (G_ACTION_GROUP (fixture->app), "language");
  g_assert_cmpstr (g_variant_get_string (language, NULL), ==, kh_kiosk_get_default_language (fixture->kiosk));
  style = g_action_group_get_action_state (G_ACTION_GROUP (fixture->app), "color-scheme");
  g_assert_cmpstr (g_variant_get_string (style, NULL), ==, "default");

  g_assert_null (gdk_clipboard_get_content (clipboard));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture->app))), ==, 1);

  g_assert_cmpstr (gtk_editable_get_text (find_search_entry (fixture)), ==, "");

  /* nothing of it was written down */
  g_assert_cmpuint (fixture->n_settings_changes, ==, 0);
}

static void
test_registry (void)
{
  Fixture fixture = { 0 };
  g_auto (GStrv) names = NULL;

  fixture_start (&fixture, TRUE, FALSE);
  names = kh_kiosk_dup_reset_names (fixture.kiosk);

  for (guint i = 0; names[i] != NULL; i++)
    g_test_message ("reset: %s", names[i]);
  /* exactly the expected set: a new one must be added to the visit */
  g_assert_true (g_strv_equal ((const char *const *) names, expected_resets));

  fixture_stop (&fixture);
}

static void
test_idle_timeout (void)
{
  Fixture  fixture = { 0 };
  gboolean notice_seen = FALSE;
  gint64   start, end;

  fixture_start (&fixture, TRUE, TRUE);
  make_a_visit (&fixture);

  /* The setting's range is 30 s to an hour: too long for a test. */
  kh_kiosk_set_idle_timeout_ms (fixture.kiosk, 2000);
  kh_kiosk_set_countdown_ms (fixture.kiosk, 1000);
  kh_kiosk_note_input (fixture.kiosk);
  start = g_get_monotonic_time ();
  end = start + 10 * G_USEC_PER_SEC;
  while (!fixture.visit_ended && g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      notice_seen |= kh_kiosk_get_notice_shown (fixture.kiosk);
    }
  g_assert_true (fixture.visit_ended);
  g_assert_true (notice_seen);
  /* not before the timeout and the countdown */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 3000 * 1000);

  assert_all_reset (&fixture);

  /* Nobody touches it: no notice, nothing runs. */
  fixture.visit_ended = FALSE;
  kh_test_wait_for (FALSE, 3500);
  g_assert_false (fixture.visit_ended);
  g_assert_false (kh_kiosk_get_notice_shown (fixture.kiosk));

  fixture_stop (&fixture);
}

static void
test_input_cancels_notice (void)
{
  Fixture fixture = { 0 };

  fixture_start (&fixture, TRUE, FALSE);
  kh_kiosk_set_idle_timeout_ms (fixture.kiosk, 300);
  kh_kiosk_set_countdown_ms (fixture.kiosk, 5000);
  kh_kiosk_note_input (fixture.kiosk);
  kh_test_wait_for (kh_kiosk_get_notice_shown (fixture.kiosk), 3000);
  g_assert_true (kh_kiosk_get_notice_shown (fixture.kiosk));

  kh_kiosk_note_input (fixture.kiosk);
  g_assert_false (kh_kiosk_get_notice_shown (fixture.kiosk));
  g_assert_false (fixture.visit_ended);

  fixture_stop (&fixture);
}

static void
test_start_over (void)
{
  Fixture fixture = { 0 };

  fixture_start (&fixture, TRUE, FALSE);
  for (int i = 0; i < 2; i++)
    {
      make_a_visit (&fixture);
      fixture.visit_ended = FALSE;
      g_action_group_activate_action (G_ACTION_GROUP (fixture.app), "start-over", NULL);
      g_assert_true (fixture.visit_ended);
      assert_all_reset (&fixture);
    }

  fixture_stop (&fixture);
}

static void
test_close (void)
{
  const char *quit_accels[] = { "<Control>q", "<Control>w", NULL };

  for (int kiosk = 0; kiosk <= 1; kiosk++)
    {
      Fixture fixture = { 0 };

      g_test_message ("kiosk: %d", kiosk);
      fixture_start (&fixture, kiosk, FALSE);

      for (guint i = 0; quit_accels[i] != NULL; i++)
        {
          g_auto (GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (fixture.app),
                                                                          quit_accels[i]);
          g_assert_cmpuint (g_strv_length (actions), ==, kiosk ? 0 : 1);
        }
      g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.app), "quit") == !kiosk);

      /* a close request (the window manager, Alt+F4) */
      gtk_window_close (GTK_WINDOW (fixture.window));
      kh_test_wait_for (fixture.window == NULL, 500);
      g_assert_true ((fixture.window != NULL) == kiosk);

      /* Quit */
      if (fixture.window != NULL)
        {
          g_action_group_activate_action (G_ACTION_GROUP (fixture.app), "quit", NULL);
          kh_test_wait_for (fixture.window == NULL, 500);
          g_assert_nonnull (fixture.window);
        }

      fixture_stop (&fixture);
    }
}

static gboolean
class_action_enabled (Fixture    *fixture,
                      const char *name)
{
  GtkWidget *overview = kh_window_get_page_widget (fixture->window, "overview");
  GtkWidget *stack = gtk_widget_get_parent (overview);
  GtkWidget *probe = gtk_button_new ();
  gboolean   enabled;

  /* An actionable widget is sensitive exactly when its action is enabled. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), name);
  gtk_stack_add_named (GTK_STACK (stack), probe, "probe");
  kh_test_wait_for (FALSE, 20);
  enabled = gtk_widget_get_sensitive (probe);
  gtk_stack_remove (GTK_STACK (stack), probe);

  return enabled;
}

static gboolean
in_list (const char *const *list,
         const char        *name)
{
  return g_strv_contains (list, name);
}

static void
test_actions (void)
{
  /* what a kiosk may offer, and what it must not */
  const char *const allowed[] = {
    "app.start-over", "app.color-scheme", "app.language",
    "win.show-section", "win.next-page", "win.previous-page", "win.show-page-number",
    "win.toggle-sidebar", "win.search", "win.zoom-in", "win.zoom-out",
    "win.zoom-reset", "win.open-search-result",
    "window.minimize", "window.toggle-maximized", "default.activate", NULL
  };
  const char *const locked[] = {
    "app.about", "app.open-uri", "app.quit", "window.close",
    "win.show-help-overlay", NULL
  };
  Fixture fixture = { 0 };
  g_auto (GStrv) app_actions = NULL;
  g_auto (GStrv) map_actions = NULL;
  GtkWidgetClass *klass;
  g_autoptr (GPtrArray) links = NULL;
  GtkWidget          *page;
  const char         *name;
  GType               owner;
  const GVariantType *parameter_type;
  const char         *property_name;
  guint               n_checked = 0;

  fixture_start (&fixture, TRUE, FALSE);

  app_actions = g_action_group_list_actions (G_ACTION_GROUP (fixture.app));
  for (guint i = 0; app_actions[i] != NULL; i++)
    {
      g_autofree char *full = g_strconcat ("app.", app_actions[i], NULL);

      g_test_message ("%s", full);
      g_assert_true (in_list (allowed, full) || in_list (locked, full));
      if (in_list (locked, full))
        g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.app), app_actions[i]));
      n_checked++;
    }

  map_actions = g_action_group_list_actions (G_ACTION_GROUP (fixture.window));
  for (guint i = 0; map_actions[i] != NULL; i++)
    {
      g_autofree char *full = g_strconcat ("win.", map_actions[i], NULL);

      g_test_message ("%s", full);
      g_assert_true (in_list (allowed, full) || in_list (locked, full));
      if (in_list (locked, full))
        g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.window), map_actions[i]));
      n_checked++;
    }

  klass = GTK_WIDGET_GET_CLASS (fixture.window);
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property_name); i++)
    {
      g_test_message ("%s", name);
      if (g_str_has_prefix (name, "text.") || g_str_has_prefix (name, "menu."))
        continue;
      g_assert_true (in_list (allowed, name) || in_list (locked, name));
      if (in_list (locked, name))
        g_assert_false (class_action_enabled (&fixture, name));
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, 10);

  /* Get help: nothing that hands a number to the system. */
  page = show_page (&fixture, "help");
  links = find_all (page, GTK_TYPE_BUTTON);
  g_assert_cmpuint (links->len, >, 0);
  for (guint i = 0; i < links->len; i++)
    g_assert_cmpstr (gtk_actionable_get_action_name (links->pdata[i]), !=, "app.open-uri");
  g_ptr_array_set_size (links, 0);
  collect (page, GTK_TYPE_IMAGE, links);
  {
    gboolean has_qr = FALSE;

    for (guint i = 0; i < links->len; i++)
      has_qr |= g_strcmp0 (gtk_widget_get_name (links->pdata[i]), "qr-code") == 0 &&
                gtk_widget_get_mapped (links->pdata[i]);
    g_assert_true (has_qr);
  }

  /* The checklist's result offers no printing. */
  {
    KhChecklistPage *checklist_page = KH_CHECKLIST_PAGE (show_page (&fixture, "checklist"));
    KhChecklist     *checklist = kh_checklist_page_get_checklist (checklist_page);
    g_autoptr (GPtrArray) buttons = NULL;

    for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
      kh_checklist_answers_set_answer (kh_checklist_page_get_answers (checklist_page), i, KH_CHECKLIST_ANSWER_YES);
    g_assert_true (kh_checklist_page_show_result (checklist_page));
    buttons = find_all (checklist_page, GTK_TYPE_BUTTON);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "checklist.print") == 0)
        {
          /* shut through the lockdown: not shown, and disabled */
          g_assert_false (gtk_widget_is_drawable (buttons->pdata[i]));
          g_assert_false (gtk_widget_is_sensitive (buttons->pdata[i]));
        }
    kh_checklist_page_print (checklist_page);
    kh_test_wait_for (FALSE, 200);
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture.app))), ==, 1);
  }

  fixture_stop (&fixture);
}

static void
test_exit_pin (void)
{
  Fixture fixture = { 0 };

  fixture_start (&fixture, TRUE, FALSE);

  /* no PIN set: no way out, and no prompt built */
  kh_kiosk_show_exit_prompt (fixture.kiosk);
  g_assert_false (kh_kiosk_get_exit_prompt_shown (fixture.kiosk));
  g_assert_false (kh_kiosk_try_exit (fixture.kiosk, ""));
  g_assert_null (kh_test_find_label (GTK_WIDGET (fixture.window), "Staff exit"));

  g_settings_set_string (fixture.settings, "kiosk-exit-pin", "2468");
  kh_kiosk_show_exit_prompt (fixture.kiosk);
  g_assert_true (kh_kiosk_get_exit_prompt_shown (fixture.kiosk));
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (fixture.window), "Staff exit"));

  /* a new language while it shows: built again, still shown */
  kh_kiosk_retranslate (fixture.kiosk);
  g_assert_true (kh_kiosk_get_exit_prompt_shown (fixture.kiosk));
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (fixture.window), "Staff exit"));
  g_assert_false (kh_kiosk_try_exit (fixture.kiosk, "1357"));
  g_assert_false (kh_kiosk_try_exit (fixture.kiosk, "246"));
  g_assert_false (kh_kiosk_try_exit (fixture.kiosk, "24680"));
  kh_test_wait_for (FALSE, 100);
  g_assert_nonnull (fixture.window);

  /* a visit's end takes the prompt away too */
  kh_kiosk_end_visit (fixture.kiosk);
  g_assert_false (kh_kiosk_get_exit_prompt_shown (fixture.kiosk));

  g_assert_true (kh_kiosk_try_exit (fixture.kiosk, "2468"));
  kh_test_wait_for (fixture.window == NULL, 1000);
  g_assert_null (fixture.window);

  fixture_stop (&fixture);
}

/* The kiosk's own controls, and the staff prompt while it shows, follow
 * the language: both files name their translation domain. */
static void
test_translated (void)
{
  Fixture fixture = { 0 };

  fixture_start (&fixture, TRUE, FALSE);
  g_settings_set_string (fixture.settings, "kiosk-exit-pin", "2468");
  kh_kiosk_show_exit_prompt (fixture.kiosk);
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (fixture.window), "Start Over"));
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (fixture.window), "Staff exit"));

  g_assert_true (kh_i18n_set_language ("es"));
  kh_kiosk_retranslate (fixture.kiosk);
  if (kh_test_find_label (GTK_WIDGET (fixture.window), "Reiniciar") == NULL)
    g_error ("kiosk in Spanish: no “Reiniciar” (Start over) in the header bar");
  if (kh_test_find_label (GTK_WIDGET (fixture.window), "Salida del personal") == NULL)
    g_error ("kiosk in Spanish: the staff prompt is not in Spanish");
  g_assert_null (kh_test_find_label (GTK_WIDGET (fixture.window), "Start Over"));

  kh_i18n_set_language (NULL);
  kh_kiosk_retranslate (fixture.kiosk);
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (fixture.window), "Start Over"));
  g_settings_reset (fixture.settings, "kiosk-exit-pin");
  fixture_stop (&fixture);
}

static gboolean
names_languages (GtkWidget    *widget,
                 gconstpointer data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL &&
         strstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), " / ") != NULL;
}

static GtkMenuButton *
find_language_button (GtkWidget *widget)
{
  return GTK_MENU_BUTTON (kh_test_find_widget (widget, names_languages, NULL));
}

/* The languages button names every language in itself; its menu is
 * built the first time it opens. */
static void
test_language_menu (void)
{
  Fixture        fixture = { 0 };
  GtkMenuButton *button;
  GtkPopover    *popover;

  fixture_start (&fixture, TRUE, FALSE);

  button = find_language_button (GTK_WIDGET (fixture.window));
  if (button == NULL)
    g_error ("kiosk window: no button that names the languages (“English / Español”)");
  g_assert_cmpstr (gtk_menu_button_get_label (button), ==, "English / Español");
  g_assert_null (gtk_menu_button_get_popover (button));

  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (popover)), 5000);
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (popover), "English"));
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (popover), "Español"));
  gtk_menu_button_popdown (button);
  gtk_menu_button_popup (button);
  g_assert_true (gtk_menu_button_get_popover (button) == popover);
  gtk_menu_button_popdown (button);

  fixture_stop (&fixture);
}

/* The path of @widget in the window, for failure messages: type, css
 * name and, where it has one, its label or accessible name. */
static char *
describe_widget (GtkWidget *widget)
{
  g_autoptr (GString) path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *label = NULL;

      if (GTK_IS_BUTTON (w))
        label = gtk_button_get_label (GTK_BUTTON (w));
      else if (GTK_IS_CHECK_BUTTON (w))
        label = gtk_check_button_get_label (GTK_CHECK_BUTTON (w));
      else if (GTK_IS_EXPANDER (w))
        label = gtk_expander_get_label (GTK_EXPANDER (w));
      if (label == NULL && gtk_widget_get_tooltip_text (w) != NULL)
        label = gtk_widget_get_tooltip_text (w);

      g_string_prepend (path, label != NULL ? g_strdup_printf ("/%s(“%s”)", G_OBJECT_TYPE_NAME (w), label)
                                            : g_strdup_printf ("/%s", G_OBJECT_TYPE_NAME (w)));
      if (w != widget && GTK_IS_STACK_PAGE (w))
        break;
    }

  return g_string_free (g_steal_pointer (&path), FALSE);
}

static void
check_targets (GtkWidget  *widget,
               const char *page,
               guint      *n_checked,
               GString    *small)
{
  gboolean target = GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
                    GTK_IS_LIST_BOX_ROW (widget) || GTK_IS_EXPANDER (widget) ||
                    GTK_IS_DROP_DOWN (widget) || GTK_IS_SEARCH_ENTRY (widget);

  if (!gtk_widget_get_mapped (widget))
    return;

  if (target)
    {
      int width = gtk_widget_get_width (widget);
      int height = gtk_widget_get_height (widget);

      (*n_checked)++;
      if (width < 44 || height < 44)
        {
          g_autofree char *description = describe_widget (widget);

          g_string_append_printf (small, "\n  %s: %s is %d×%d px", page, description, width, height);
        }
      /* a button's own parts are not targets of their own */
      if (!GTK_IS_EXPANDER (widget) && !GTK_IS_LIST_BOX_ROW (widget))
        return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_targets (child, page, n_checked, small);
}

static void
test_touch_targets (void)
{
  const char *pages[] = { "overview", "signs", "helping", "treatment", "faq", "checklist", "plan", "craving", "help" };
  g_autoptr (GString) small = g_string_new (NULL);
  Fixture fixture = { 0 };
  guint   n_checked = 0;

  fixture_start (&fixture, TRUE, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      show_page (&fixture, pages[i]);
      /* measured once the page is built and laid out, not at a guess */
      kh_test_wait_for_layout (GTK_WIDGET (fixture.window), pages[i], 10000);
      check_targets (GTK_WIDGET (fixture.window), pages[i], &n_checked, small);
    }

  g_test_message ("%u targets checked", n_checked);
  g_assert_cmpuint (n_checked, >, 50);
  if (small->len > 0)
    g_error ("touch targets smaller than 44×44 px:%s", small->str);

  fixture_stop (&fixture);
}

/* The state-snapshot test: no list of what a visit can change. Every
 * widget in the window is recorded by its path, with all of its state an
 * onlooker could see; a visit changes every stateful widget a walk of the
 * tree finds; after the visit ends, every widget must be as it was. */

static void
append_state (GString   *state,
              GtkWidget *widget)
{
  g_auto (GStrv) classes = gtk_widget_get_css_classes (widget);

  g_string_append_printf (state, "visible=%d", gtk_widget_get_visible (widget));
  /* a scrollbar's classes say how GTK last showed it, not what was done */
  if (classes != NULL && classes[0] != NULL && !GTK_IS_SCROLLBAR (widget))
    {
      g_autofree char *joined = NULL;

      qsort (classes, g_strv_length (classes), sizeof (char *), kh_test_compare_strings);
      joined = g_strjoinv (",", classes);
      g_string_append_printf (state, " classes=%s", joined);
    }

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (state, " label=“%s”", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_EDITABLE (widget))
    g_string_append_printf (state, " text=“%s”", gtk_editable_get_text (GTK_EDITABLE (widget)));
  if (GTK_IS_TOGGLE_BUTTON (widget))
    g_string_append_printf (state, " active=%d", gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
  if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (state, " active=%d", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  if (GTK_IS_SWITCH (widget))
    g_string_append_printf (state, " active=%d", gtk_switch_get_active (GTK_SWITCH (widget)));
  if (GTK_IS_EXPANDER (widget))
    g_string_append_printf (state, " expanded=%d", gtk_expander_get_expanded (GTK_EXPANDER (widget)));
  if (GTK_IS_DROP_DOWN (widget))
    g_string_append_printf (state, " selected=%u", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  if (GTK_IS_STACK (widget))
    g_string_append_printf (state, " page=%s", gtk_stack_get_visible_child_name (GTK_STACK (widget)));
  if (GTK_IS_REVEALER (widget))
    g_string_append_printf (state, " revealed=%d", gtk_revealer_get_reveal_child (GTK_REVEALER (widget)));
  if (GTK_IS_SEARCH_BAR (widget))
    g_string_append_printf (state, " search=%d", gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (widget)));
  if (GTK_IS_LIST_BOX (widget))
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (widget));

      g_string_append_printf (state, " row=%d", row != NULL ? gtk_list_box_row_get_index (row) : -1);
    }
  if (GTK_IS_SCROLLED_WINDOW (widget))
    g_string_append_printf (state, " scrolled=%.0f,%.0f",
                            gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget))),
                            gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (widget))));
}

static void
snapshot_widget (GtkWidget  *widget,
                 const char *parent,
                 guint       index,
                 GHashTable *snapshot)
{
  g_autoptr (GString) state = g_string_new (NULL);
  const char *id = GTK_IS_BUILDABLE (widget) ? gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)) : NULL;
  char       *path;
  guint       i = 0;

  /* made by GTK when a tooltip is first needed: nothing of a visitor's */
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkTooltipWindow"))
    return;

  path = g_strdup_printf ("%s/%s[%u]%s%s", parent, G_OBJECT_TYPE_NAME (widget), index, id ? "#" : "", id ? id : "");
  append_state (state, widget);
  g_hash_table_insert (snapshot, path, g_strdup (state->str));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    snapshot_widget (child, path, i++, snapshot);
}

/* The window's widgets, the app's other windows and popovers, and what
 * lives outside widgets: the clipboard, the text size, style, language. */
static GHashTable *
take_snapshot (Fixture *fixture)
{
  GHashTable   *snapshot = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());
  g_autoptr (GVariant) language = g_action_group_get_action_state (G_ACTION_GROUP (fixture->app), "language");
  g_autoptr (GVariant) style = g_action_group_get_action_state (G_ACTION_GROUP (fixture->app), "color-scheme");
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint       n_shown = 0;

  kh_test_wait_for_layout (GTK_WIDGET (fixture->window), "the kiosk window", 10000);
  snapshot_widget (GTK_WIDGET (fixture->window), "", 0, snapshot);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      n_shown += gtk_widget_get_visible (toplevel) && toplevel != GTK_WIDGET (fixture->window);
    }
  g_hash_table_insert (snapshot, g_strdup ("(other windows shown)"), g_strdup_printf ("%u", n_shown));
  g_hash_table_insert (snapshot, g_strdup ("(clipboard owned by the app)"),
                       g_strdup_printf ("%d", gdk_clipboard_is_local (clipboard) &&
                                                  gdk_clipboard_get_content (clipboard) != NULL));
  g_hash_table_insert (snapshot, g_strdup ("(text scale)"),
                       g_strdup_printf ("%.2f", kh_window_get_text_scale (fixture->window)));
  g_hash_table_insert (snapshot, g_strdup ("(region)"), g_strdup (kh_window_get_region (fixture->window)));
  g_hash_table_insert (snapshot, g_strdup ("(language)"), g_variant_print (language, FALSE));
  g_hash_table_insert (snapshot, g_strdup ("(style)"), g_variant_print (style, FALSE));
  g_hash_table_insert (snapshot, g_strdup ("(settings written)"), g_strdup_printf ("%u", fixture->n_settings_changes));

  return snapshot;
}

/* Everything after the visit that was not there before, or is not as it
 * was. Widgets that are gone are no leftover: a page dropped at the end
 * of a visit is built again, fresh, when it is next shown. */
static char *
compare_snapshots (GHashTable *before,
                   GHashTable *after)
{
  g_autoptr (GString) leftovers = g_string_new (NULL);
  guint                n_keys;
  g_autofree gpointer *keys = g_hash_table_get_keys_as_array (after, &n_keys);

  qsort (keys, n_keys, sizeof (gpointer), kh_test_compare_strings);
  for (guint i = 0; i < n_keys; i++)
    {
      const char *key = keys[i];
      const char *was = g_hash_table_lookup (before, key);
      const char *is = g_hash_table_lookup (after, key);

      if (was == NULL)
        g_string_append_printf (leftovers, "\n  new: %s: %s", key, is);
      else if (!g_str_equal (was, is))
        g_string_append_printf (leftovers, "\n  changed: %s: %s → %s", key, was, is);
    }

  return leftovers->len > 0 ? g_strdup (leftovers->str) : NULL;
}

/* Changes every stateful widget shown on the page: toggles and checks
 * flipped, expanders opened, another item chosen, text typed, the page
 * scrolled, what can be revealed revealed. */
static guint
change_every_widget (GtkWidget *page)
{
  g_autoptr (GPtrArray) widgets = g_ptr_array_new_with_free_func (g_object_unref);
  guint changed = 0;

  {
    g_autoptr (GPtrArray) all = find_all (page, GTK_TYPE_WIDGET);

    for (guint i = 0; i < all->len; i++)
      g_ptr_array_add (widgets, g_object_ref (all->pdata[i]));
  }

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = widgets->pdata[i];

      /* what an earlier change took off the screen cannot be reached */
      if (!gtk_widget_get_mapped (widget) || gtk_widget_get_ancestor (widget, GTK_TYPE_MENU_BUTTON) != NULL)
        continue;

      if (GTK_IS_TOGGLE_BUTTON (widget))
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (widget), !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
      else if (GTK_IS_CHECK_BUTTON (widget))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), !gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
      else if (GTK_IS_SWITCH (widget))
        gtk_switch_set_active (GTK_SWITCH (widget), !gtk_switch_get_active (GTK_SWITCH (widget)));
      else if (GTK_IS_EXPANDER (widget))
        gtk_expander_set_expanded (GTK_EXPANDER (widget), !gtk_expander_get_expanded (GTK_EXPANDER (widget)));
      else if (GTK_IS_REVEALER (widget))
        gtk_revealer_set_reveal_child (GTK_REVEALER (widget), !gtk_revealer_get_reveal_child (GTK_REVEALER (widget)));
      else if (GTK_IS_DROP_DOWN (widget))
        {
          guint n = g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (widget)));

          if (n < 2)
            continue;
          gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), (gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)) + 1) % n);
        }
      else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget) && gtk_editable_get_editable (GTK_EDITABLE (widget)))
        gtk_editable_set_text (GTK_EDITABLE (widget), "a visitor's words");
      else if (GTK_IS_SCROLLED_WINDOW (widget))
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));

          if (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) <= 1)
            continue;
          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        }
      else
        continue;

      changed++;
    }

  return changed;
}

static void
test_state_snapshot (void)
{
  const char *pages[] = { "overview", "signs", "helping", "treatment", "faq", "checklist", "help" };
  g_autoptr (GHashTable) before = NULL;
  g_autoptr (GHashTable) after = NULL;
  g_autofree char *leftovers = NULL;
  Fixture          fixture = { 0 };
  guint            changed = 0;

  fixture_start (&fixture, TRUE, FALSE);

  /* Every page built once, as the previous visitor left them, and the
   * kiosk's own start of a visit. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    show_page (&fixture, pages[i]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.search", NULL));
  kh_kiosk_end_visit (fixture.kiosk);
  before = take_snapshot (&fixture);

  /* A visit that does what it can, then changes all the rest. */
  make_a_visit (&fixture);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page = show_page (&fixture, pages[i]);

      kh_test_wait_for_layout (GTK_WIDGET (fixture.window), pages[i], 10000);
      changed += change_every_widget (page);
    }
  changed += change_every_widget (GTK_WIDGET (fixture.window));
  g_test_message ("%u widgets changed by the visit", changed);
  g_assert_cmpuint (changed, >, 30);
  {
    /* the changes are seen: the test would catch them */
    g_autoptr (GHashTable) during = take_snapshot (&fixture);
    g_autofree char *differences = compare_snapshots (before, during);

    g_assert_nonnull (differences);
  }

  kh_kiosk_end_visit (fixture.kiosk);
  after = take_snapshot (&fixture);

  if ((leftovers = compare_snapshots (before, after)))
    g_error ("the end of a visit left a visitor's state behind:%s", leftovers);

  fixture_stop (&fixture);
}

/* A kiosk that outlives its window touches none of the widgets it added
 * there (G_DEBUG=fatal-criticals makes any such touch fail). */
static void
test_outlives_window (void)
{
  g_autoptr (GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr (GtkApplication) app = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_autoptr (GError) error = NULL;
  KhKiosk   *kiosk;
  GtkWidget *window;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  kiosk = kh_kiosk_new (app, settings);
  window = gtk_application_window_new (app);
  kh_kiosk_attach (kiosk, GTK_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  kh_test_wait_for (gtk_widget_get_mapped (window), 5000);
  g_assert_true (gtk_widget_get_mapped (window));

  /* the notice is up when the window goes */
  kh_kiosk_set_countdown_ms (kiosk, 60000);
  kh_kiosk_set_idle_timeout_ms (kiosk, 1);
  kh_kiosk_note_input (kiosk);
  kh_test_wait_for (kh_kiosk_get_notice_shown (kiosk), 5000);
  g_assert_true (kh_kiosk_get_notice_shown (kiosk));
  gtk_window_destroy (GTK_WINDOW (window));
  kh_test_wait_for (window == NULL, 1000);
  g_assert_null (window);

  g_assert_false (kh_kiosk_get_notice_shown (kiosk));
  kh_kiosk_end_visit (kiosk);
  g_assert_finalize_object (kiosk);
}

static void
find_stale_notice (GtkWidget *widget,
                   gpointer   user_data)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "stale-notice"))
    *(GtkWidget **) user_data = widget;
}

/* More than a year after the check, a kiosk's pages show the same quiet
 * line as the desktop's, and nothing stops the visitor reading. */
static void
test_stale_notice (void)
{
  Fixture    fixture = { 0 };
  GtkWidget *page;
  GtkWidget *notice = NULL;

  g_setenv ("KH_TEST_NOW", "2028-01-15", TRUE);
  fixture_start (&fixture, TRUE, FALSE);

  page = show_page (&fixture, "signs");
  kh_test_wait_for (kh_test_find_label (page, "Last reviewed: 1 December 2026") != NULL, 30000);
  kh_widget_foreach (page, find_stale_notice, &notice);
  g_assert_nonnull (notice);
  g_assert_true (gtk_widget_is_drawable (notice));
  g_assert_cmpstr (kh_window_get_visible_page (fixture.window), ==, "signs");

  fixture_stop (&fixture);
  g_unsetenv ("KH_TEST_NOW");
}

/* The doors to the system are one object's: shut in a kiosk, open on
 * the desktop, and what is bound to them follows. */
static void
test_lockdown (void)
{
  for (int kiosk = 0; kiosk <= 1; kiosk++)
    {
      Fixture          fixture = { 0 };
      KhLockdown      *lockdown;
      KhChecklistPage *checklist_page;
      GtkWidget       *section_page;
      g_autoptr (GPtrArray) labels = NULL;
      guint n_selectable = 0;

      g_test_message ("kiosk: %d", kiosk);
      fixture_start (&fixture, kiosk, FALSE);
      lockdown = kh_window_get_lockdown (fixture.window);
      g_assert_true (lockdown == kh_application_get_lockdown (fixture.app));
      g_assert_true (kh_window_get_kiosk (fixture.window) == fixture.kiosk);

      /* printing is the clinic's choice (kiosk-allow-print, off here) */
      g_assert_cmpint (kh_lockdown_get_can_print (lockdown), ==, !kiosk);
      g_assert_cmpint (kh_lockdown_get_can_open_uri (lockdown), ==, !kiosk);
      g_assert_cmpint (kh_lockdown_get_can_save (lockdown), ==, !kiosk);
      g_assert_cmpint (kh_lockdown_get_can_select_text (lockdown), ==, !kiosk);
      g_assert_cmpint (kh_lockdown_get_can_quit (lockdown), ==, !kiosk);

      g_assert_cmpint (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.app), "open-uri"), ==, !kiosk);
      g_assert_cmpint (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.app), "quit"), ==, !kiosk);
      g_assert_cmpint (gtk_window_get_deletable (GTK_WINDOW (fixture.window)), ==, !kiosk);

      /* the text of a page can be selected only where it may be */
      section_page = show_page (&fixture, "overview");
      labels = find_all (section_page, GTK_TYPE_LABEL);
      for (guint i = 0; i < labels->len; i++)
        if (gtk_label_get_selectable (labels->pdata[i]))
          {
            if (kiosk)
              g_error ("kiosk: label “%s” can be selected", gtk_label_get_text (labels->pdata[i]));
            n_selectable++;
          }
      if (!kiosk)
        g_assert_cmpuint (n_selectable, >, 3);

      /* printing the checklist needs printing and saving (the dialog
       * saves PDFs) */
      checklist_page = KH_CHECKLIST_PAGE (show_page (&fixture, "checklist"));
      for (guint i = 0; i < kh_checklist_get_n_questions (kh_checklist_page_get_checklist (checklist_page)); i++)
        kh_checklist_answers_set_answer (kh_checklist_page_get_answers (checklist_page), i, KH_CHECKLIST_ANSWER_NO);
      g_assert_true (kh_checklist_page_show_result (checklist_page));
      {
        g_autoptr (GPtrArray) buttons = find_all (checklist_page, GTK_TYPE_BUTTON);
        GtkWidget *print = NULL;

        for (guint i = 0; i < buttons->len; i++)
          if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "checklist.print") == 0)
            print = buttons->pdata[i];
        g_assert_nonnull (print);
        g_assert_cmpint (gtk_widget_is_sensitive (print), ==, !kiosk);
        g_assert_cmpint (gtk_widget_get_visible (print), ==, !kiosk);
      }

      fixture_stop (&fixture);
    }
}

/* On the desktop one visit lasts as long as the window; in a kiosk the
 * end of a visit drops it, and the pages are built again with a fresh
 * one. */
static void
visit_notified_cb (guint *counter)
{
  (*counter)++;
}

static void
test_visit (void)
{
  for (int kiosk = 0; kiosk <= 1; kiosk++)
    {
      Fixture          fixture = { 0 };
      KhVisit         *visit;
      KhChecklistPage *checklist_page;
      guint            n_visits = 0, n_ended = 0;

      g_test_message ("kiosk: %d", kiosk);
      fixture_start (&fixture, kiosk, FALSE);
      visit = kh_window_get_visit (fixture.window);
      g_assert_nonnull (visit);
      g_signal_connect_swapped (fixture.window, "notify::visit", G_CALLBACK (visit_notified_cb), &n_visits);
      g_signal_connect_swapped (visit, "ended", G_CALLBACK (visit_notified_cb), &n_ended);

      /* the page keeps its answers in the visit */
      checklist_page = KH_CHECKLIST_PAGE (show_page (&fixture, "checklist"));
      g_assert_true (kh_checklist_page_get_answers (checklist_page) == kh_visit_get_answers (visit));
      kh_checklist_answers_set_answer (kh_visit_get_answers (visit), 0, KH_CHECKLIST_ANSWER_YES);
      g_assert_cmpint (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (kh_checklist_page_get_answer_button (checklist_page, 0, KH_CHECKLIST_ANSWER_YES))),
                       ==, TRUE);

      /* and the window its region, search text and text size */
      kh_window_set_region (fixture.window, "GB");
      g_assert_cmpstr (kh_visit_get_region (visit), ==, "GB");
      kh_window_set_text_scale (fixture.window, 1.5);
      g_assert_cmpfloat_with_epsilon (kh_visit_get_text_scale (visit), 1.5, 0.001);
      gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.search", NULL);
      gtk_editable_set_text (find_search_entry (&fixture), "liver");
      g_assert_cmpstr (kh_visit_get_search_text (visit), ==, "liver");
      gtk_editable_set_text (find_search_entry (&fixture), "");

      /* going from page to page is the same visit */
      show_page (&fixture, "overview");
      show_page (&fixture, "checklist");
      g_assert_true (kh_window_get_visit (fixture.window) == visit);
      g_assert_cmpuint (n_visits, ==, 0);

      if (kiosk)
        {
          kh_kiosk_end_visit (fixture.kiosk);
          g_assert_cmpuint (n_ended, ==, 1);
          g_assert_cmpuint (n_visits, ==, 1);
          g_assert_true (kh_window_get_visit (fixture.window) != visit);
          visit = kh_window_get_visit (fixture.window);
          g_assert_cmpuint (kh_checklist_answers_get_n_answered (kh_visit_get_answers (visit)), ==, 0);
          g_assert_cmpstr (kh_visit_get_region (visit), ==, kh_kiosk_get_default_region (fixture.kiosk));
          g_assert_cmpstr (kh_visit_get_search_text (visit), ==, "");
          g_assert_cmpfloat_with_epsilon (kh_window_get_text_scale (fixture.window), KH_KIOSK_TEXT_SCALE, 0.001);
          /* the page shown now is built anew, on the fresh visit */
          checklist_page = KH_CHECKLIST_PAGE (show_page (&fixture, "checklist"));
          g_assert_true (kh_checklist_page_get_answers (checklist_page) == kh_visit_get_answers (visit));
        }
      else
        kh_window_set_text_scale (fixture.window, 1.0);

      fixture_stop (&fixture);
      /* the window's last visit ends with it */
      g_assert_cmpuint (n_ended, ==, 1);
    }
}

/* A desktop window made before the app became a kiosk (D-Bus
 * activation, then --kiosk) gives way to a kiosk window: nothing done in
 * it reaches the kiosk. */
static void
test_late_kiosk (void)
{
  Fixture          fixture = { 0 };
  KhChecklistPage *checklist_page;
  GList           *windows;

  fixture_start (&fixture, FALSE, FALSE);
  checklist_page = KH_CHECKLIST_PAGE (show_page (&fixture, "checklist"));
  kh_checklist_answers_set_answer (kh_checklist_page_get_answers (checklist_page), 0, KH_CHECKLIST_ANSWER_YES);

  kh_application_enable_kiosk (fixture.app);
  g_assert_null (fixture.window);
  windows = gtk_application_get_windows (GTK_APPLICATION (fixture.app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  fixture.window = KH_WINDOW (windows->data);
  g_object_add_weak_pointer (G_OBJECT (fixture.window), (gpointer *) &fixture.window);
  fixture.kiosk = kh_application_get_kiosk (fixture.app);
  g_assert_true (kh_window_get_kiosk (fixture.window) == fixture.kiosk);
  g_assert_false (kh_lockdown_get_can_quit (kh_window_get_lockdown (fixture.window)));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture.app), "open-uri"));
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (kh_visit_get_answers (kh_window_get_visit (fixture.window))), ==, 0);

  fixture_stop (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* the built translations, for /kiosk/translated */
  kh_i18n_init (g_getenv ("KRATOM_HELP_LOCALEDIR"));

  g_test_add_func ("/kiosk/registry", test_registry);
  g_test_add_func ("/kiosk/start-over", test_start_over);
  g_test_add_func ("/kiosk/idle-timeout", test_idle_timeout);
  g_test_add_func ("/kiosk/input-cancels-notice", test_input_cancels_notice);
  g_test_add_func ("/kiosk/close", test_close);
  g_test_add_func ("/kiosk/actions", test_actions);
  g_test_add_func ("/kiosk/exit-pin", test_exit_pin);
  g_test_add_func ("/kiosk/language-menu", test_language_menu);
  g_test_add_func ("/kiosk/translated", test_translated);
  g_test_add_func ("/kiosk/touch-targets", test_touch_targets);
  g_test_add_func ("/kiosk/state-snapshot", test_state_snapshot);
  g_test_add_func ("/kiosk/outlives-window", test_outlives_window);
  g_test_add_func ("/kiosk/stale-notice", test_stale_notice);
  g_test_add_func ("/kiosk/lockdown", test_lockdown);
  g_test_add_func ("/kiosk/visit", test_visit);
  g_test_add_func ("/kiosk/late", test_late_kiosk);

  return g_test_run ();
}
