/* test-visit.c: what one visitor changes, and the end of a visit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kh-visit.h"

static KhChecklist *
new_checklist (void)
{
  g_autoptr (GError) error = NULL;
  KhChecklist *checklist = kh_checklist_new_bundled (&error);

  g_assert_no_error (error);
  return checklist;
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_new (void)
{
  g_autoptr (KhChecklist) checklist = new_checklist ();
  g_autoptr (KhVisit) visit = kh_visit_new (checklist, "GB", 1.2);
  KhChecklistAnswers *answers = kh_visit_get_answers (visit);

  g_assert_nonnull (answers);
  g_assert_true (kh_checklist_answers_get_checklist (answers) == checklist);
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (answers), ==, 0);
  g_assert_cmpstr (kh_visit_get_region (visit), ==, "GB");
  g_assert_cmpstr (kh_visit_get_search_text (visit), ==, "");
  g_assert_cmpfloat_with_epsilon (kh_visit_get_text_scale (visit), 1.2, 0.0001);
  g_assert_false (kh_visit_get_ended (visit));

  g_assert_finalize_object (g_steal_pointer (&visit));
  g_assert_finalize_object (g_steal_pointer (&checklist));
}

/* A damaged install has no checklist: a visit has no answers then. */
static void
test_no_checklist (void)
{
  g_autoptr (KhVisit) visit = kh_visit_new (NULL, NULL, 1.0);

  g_assert_null (kh_visit_get_answers (visit));
  g_assert_cmpstr (kh_visit_get_region (visit), ==, "");

  g_assert_finalize_object (g_steal_pointer (&visit));
}

/* Each change notifies once, and only a change does. */
static void
test_notify (void)
{
  g_autoptr (KhVisit) visit = kh_visit_new (NULL, "", 1.0);
  guint n_region = 0, n_search = 0, n_scale = 0;

  g_signal_connect_swapped (visit, "notify::region", G_CALLBACK (count_cb), &n_region);
  g_signal_connect_swapped (visit, "notify::search-text", G_CALLBACK (count_cb), &n_search);
  g_signal_connect_swapped (visit, "notify::text-scale", G_CALLBACK (count_cb), &n_scale);

  kh_visit_set_region (visit, "US");
  kh_visit_set_region (visit, "US");
  g_assert_cmpuint (n_region, ==, 1);
  kh_visit_set_region (visit, NULL);
  g_assert_cmpuint (n_region, ==, 2);
  g_assert_cmpstr (kh_visit_get_region (visit), ==, "");

  g_object_set (visit, "search-text", "naloxone", NULL);
  kh_visit_set_search_text (visit, "naloxone");
  g_assert_cmpuint (n_search, ==, 1);
  g_assert_cmpstr (kh_visit_get_search_text (visit), ==, "naloxone");

  kh_visit_set_text_scale (visit, 1.5);
  kh_visit_set_text_scale (visit, 1.5);
  g_assert_cmpuint (n_scale, ==, 1);
  g_assert_cmpfloat_with_epsilon (kh_visit_get_text_scale (visit), 1.5, 0.0001);

  g_assert_finalize_object (g_steal_pointer (&visit));
}

/* ::ended is emitted once; a fresh visit has nothing of the last. */
static void
test_end (void)
{
  g_autoptr (KhChecklist) checklist = new_checklist ();
  g_autoptr (KhVisit) visit = kh_visit_new (checklist, "", 1.0);
  g_autoptr (KhVisit) next = NULL;
  guint n_ended = 0, n_notified = 0;

  kh_checklist_answers_set_answer (kh_visit_get_answers (visit), 0, KH_CHECKLIST_ANSWER_YES);
  kh_visit_set_search_text (visit, "liver");
  kh_visit_set_region (visit, "IE");

  g_signal_connect_swapped (visit, "ended", G_CALLBACK (count_cb), &n_ended);
  g_signal_connect_swapped (visit, "notify::ended", G_CALLBACK (count_cb), &n_notified);
  kh_visit_end (visit);
  kh_visit_end (visit);
  g_assert_cmpuint (n_ended, ==, 1);
  g_assert_cmpuint (n_notified, ==, 1);
  g_assert_true (kh_visit_get_ended (visit));

  next = kh_visit_new (checklist, "", 1.0);
  g_assert_true (kh_visit_get_answers (next) != kh_visit_get_answers (visit));
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (kh_visit_get_answers (next)), ==, 0);
  g_assert_cmpstr (kh_visit_get_search_text (next), ==, "");
  g_assert_cmpstr (kh_visit_get_region (next), ==, "");

  g_assert_finalize_object (g_steal_pointer (&visit));
  g_assert_finalize_object (g_steal_pointer (&next));
  g_assert_finalize_object (g_steal_pointer (&checklist));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/visit/new", test_new);
  g_test_add_func ("/visit/no-checklist", test_no_checklist);
  g_test_add_func ("/visit/notify", test_notify);
  g_test_add_func ("/visit/end", test_end);

  return g_test_run ();
}
