/* test-checklist-answers.c: one visitor's answers, scored against the
 * checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kh-checklist-answers.h"

static KhChecklist *
new_bundled (void)
{
  g_autoptr (GError) error = NULL;
  KhChecklist *checklist;

  checklist = kh_checklist_new_bundled (&error);
  g_assert_no_error (error);
  g_assert_nonnull (checklist);

  return checklist;
}

/* Answers the first @n_yes questions yes and the rest no. */
static void
answer_yes (KhChecklistAnswers *answers,
            guint               n_yes)
{
  KhChecklist *checklist = kh_checklist_answers_get_checklist (answers);

  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    kh_checklist_answers_set_answer (answers, i, i < n_yes ? KH_CHECKLIST_ANSWER_YES : KH_CHECKLIST_ANSWER_NO);
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

/* Tolerance and withdrawal alone show physical dependence, not a use
 * disorder; any other yes answer gives the band as usual. */
static void
test_dependence_only (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhChecklist) checklist = kh_checklist_new_bundled (&error);
  g_autoptr (KhChecklistAnswers) answers = kh_checklist_answers_new (checklist);
  guint tolerance, withdrawal, craving;

  g_assert_no_error (error);
  tolerance = kh_checklist_find_area (checklist, KH_CHECKLIST_AREA_TOLERANCE);
  withdrawal = kh_checklist_find_area (checklist, KH_CHECKLIST_AREA_WITHDRAWAL);
  craving = kh_checklist_find_area (checklist, KH_CHECKLIST_AREA_CRAVING);

  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    kh_checklist_answers_set_answer (answers, i, KH_CHECKLIST_ANSWER_NO);
  g_assert_false (kh_checklist_answers_is_dependence_only (answers));
  g_assert_cmpint (kh_checklist_answers_get_result (answers), ==, KH_CHECKLIST_BAND_NONE);

  kh_checklist_answers_set_answer (answers, tolerance, KH_CHECKLIST_ANSWER_YES);
  g_assert_true (kh_checklist_answers_is_dependence_only (answers));
  g_assert_cmpint (kh_checklist_answers_get_result (answers), ==, KH_CHECKLIST_RESULT_DEPENDENCE);

  kh_checklist_answers_set_answer (answers, withdrawal, KH_CHECKLIST_ANSWER_YES);
  g_assert_cmpuint (kh_checklist_answers_get_count (answers), ==, 2);
  g_assert_cmpint (kh_checklist_answers_get_band (answers), ==, KH_CHECKLIST_BAND_MILD);
  g_assert_cmpint (kh_checklist_answers_get_result (answers), ==, KH_CHECKLIST_RESULT_DEPENDENCE);
  g_assert_cmpstr (kh_checklist_get_band_text (checklist, KH_CHECKLIST_RESULT_DEPENDENCE,
                                               KH_CHECKLIST_BAND_TEXT_TITLE),
                   !=, kh_checklist_get_band_text (checklist, KH_CHECKLIST_BAND_MILD, KH_CHECKLIST_BAND_TEXT_TITLE));

  kh_checklist_answers_set_answer (answers, craving, KH_CHECKLIST_ANSWER_YES);
  g_assert_false (kh_checklist_answers_is_dependence_only (answers));
  g_assert_cmpint (kh_checklist_answers_get_result (answers), ==, KH_CHECKLIST_BAND_MILD);

  g_assert_finalize_object (g_steal_pointer (&answers));
  g_assert_finalize_object (g_steal_pointer (&checklist));
}

static void
test_band_boundaries (void)
{
  static const struct
  {
    guint           count;
    KhChecklistBand band;
  } cases[] = {
    { 0, KH_CHECKLIST_BAND_NONE },
    { 1, KH_CHECKLIST_BAND_NONE },
    { 2, KH_CHECKLIST_BAND_MILD },
    { 3, KH_CHECKLIST_BAND_MILD },
    { 4, KH_CHECKLIST_BAND_MODERATE },
    { 5, KH_CHECKLIST_BAND_MODERATE },
    { 6, KH_CHECKLIST_BAND_SEVERE },
    { 11, KH_CHECKLIST_BAND_SEVERE },
  };
  g_autoptr (KhChecklist) checklist = new_bundled ();
  g_autoptr (KhChecklistAnswers) answers = kh_checklist_answers_new (checklist);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%u signs", cases[i].count);
      g_assert_cmpint (kh_checklist_band_for_count (cases[i].count), ==, cases[i].band);

      answer_yes (answers, cases[i].count);
      g_assert_true (kh_checklist_answers_is_complete (answers));
      g_assert_cmpuint (kh_checklist_answers_get_n_answered (answers), ==, 11);
      g_assert_cmpuint (kh_checklist_answers_get_count (answers), ==, cases[i].count);
      g_assert_cmpint (kh_checklist_answers_get_band (answers), ==, cases[i].band);
    }

  for (guint count = 7; count <= 10; count++)
    g_assert_cmpint (kh_checklist_band_for_count (count), ==, KH_CHECKLIST_BAND_SEVERE);

  g_assert_finalize_object (g_steal_pointer (&answers));
  g_assert_finalize_object (g_steal_pointer (&checklist));
}

static void
test_change_answer (void)
{
  g_autoptr (KhChecklist) checklist = new_bundled ();
  g_autoptr (KhChecklistAnswers) answers = kh_checklist_answers_new (checklist);
  guint n_changed = 0, n_count = 0, n_complete = 0, n_answered = 0;
  guint tolerance = kh_checklist_find_area (checklist, KH_CHECKLIST_AREA_TOLERANCE);

  g_signal_connect_swapped (answers, "changed", G_CALLBACK (count_cb), &n_changed);
  g_signal_connect_swapped (answers, "notify::count", G_CALLBACK (count_cb), &n_count);
  g_signal_connect_swapped (answers, "notify::complete", G_CALLBACK (count_cb), &n_complete);
  g_signal_connect_swapped (answers, "notify::n-answered", G_CALLBACK (count_cb), &n_answered);

  kh_checklist_answers_set_answer (answers, tolerance, KH_CHECKLIST_ANSWER_YES);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_count, ==, 1);
  g_assert_cmpuint (n_answered, ==, 1);
  g_assert_cmpuint (kh_checklist_answers_get_count (answers), ==, 1);
  g_assert_true (kh_checklist_answers_get_area_yes (answers, KH_CHECKLIST_AREA_TOLERANCE));
  g_assert_false (kh_checklist_answers_get_area_yes (answers, KH_CHECKLIST_AREA_WITHDRAWAL));

  /* The same answer again changes nothing. */
  kh_checklist_answers_set_answer (answers, tolerance, KH_CHECKLIST_ANSWER_YES);
  g_assert_cmpuint (n_changed, ==, 1);

  /* Yes to no: still answered, one sign fewer. */
  kh_checklist_answers_set_answer (answers, tolerance, KH_CHECKLIST_ANSWER_NO);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (n_count, ==, 2);
  g_assert_cmpuint (n_answered, ==, 1);
  g_assert_cmpuint (kh_checklist_answers_get_count (answers), ==, 0);
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (answers), ==, 1);
  g_assert_cmpint (kh_checklist_answers_get_answer (answers, tolerance), ==, KH_CHECKLIST_ANSWER_NO);

  /* Unanswered questions count as no; the result needs every answer. */
  for (guint i = 0; i < 4; i++)
    kh_checklist_answers_set_answer (answers, i, KH_CHECKLIST_ANSWER_YES);
  g_assert_cmpuint (kh_checklist_answers_get_count (answers), ==, 4);
  g_assert_cmpint (kh_checklist_answers_get_band (answers), ==, KH_CHECKLIST_BAND_MODERATE);
  g_assert_false (kh_checklist_answers_is_complete (answers));
  g_assert_cmpuint (n_complete, ==, 0);

  answer_yes (answers, 3);
  g_assert_true (kh_checklist_answers_is_complete (answers));
  g_assert_cmpuint (n_complete, ==, 1);
  g_assert_cmpint (kh_checklist_answers_get_band (answers), ==, KH_CHECKLIST_BAND_MILD);

  /* Taking an answer back makes the checklist incomplete again. */
  kh_checklist_answers_set_answer (answers, 10, KH_CHECKLIST_ANSWER_NONE);
  g_assert_false (kh_checklist_answers_is_complete (answers));
  g_assert_cmpuint (n_complete, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&answers));
  g_assert_finalize_object (g_steal_pointer (&checklist));
}

static void
test_reset (void)
{
  g_autoptr (KhChecklist) checklist = new_bundled ();
  g_autoptr (KhChecklistAnswers) answers = kh_checklist_answers_new (checklist);
  guint n_changed = 0;

  answer_yes (answers, 7);
  g_assert_cmpint (kh_checklist_answers_get_band (answers), ==, KH_CHECKLIST_BAND_SEVERE);

  g_signal_connect_swapped (answers, "changed", G_CALLBACK (count_cb), &n_changed);
  kh_checklist_answers_reset (answers);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (answers), ==, 0);
  g_assert_cmpuint (kh_checklist_answers_get_count (answers), ==, 0);
  g_assert_false (kh_checklist_answers_is_complete (answers));
  g_assert_cmpint (kh_checklist_answers_get_band (answers), ==, KH_CHECKLIST_BAND_NONE);
  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    g_assert_cmpint (kh_checklist_answers_get_answer (answers, i), ==, KH_CHECKLIST_ANSWER_NONE);

  /* Nothing to clear: no signal. */
  kh_checklist_answers_reset (answers);
  g_assert_cmpuint (n_changed, ==, 1);

  g_assert_finalize_object (g_steal_pointer (&answers));
  g_assert_finalize_object (g_steal_pointer (&checklist));
}

/* New answers have none; two visits' answers share nothing, though
 * they answer the same checklist. */
static void
test_new (void)
{
  g_autoptr (KhChecklist) checklist = new_bundled ();
  g_autoptr (KhChecklistAnswers) answers = kh_checklist_answers_new (checklist);
  g_autoptr (KhChecklistAnswers) others = kh_checklist_answers_new (checklist);
  g_autofree char *count = NULL;

  g_assert_true (kh_checklist_answers_get_checklist (answers) == checklist);
  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    g_assert_cmpint (kh_checklist_answers_get_answer (answers, i), ==, KH_CHECKLIST_ANSWER_NONE);
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (answers), ==, 0);
  g_assert_cmpuint (kh_checklist_answers_get_count (answers), ==, 0);
  g_assert_false (kh_checklist_answers_is_complete (answers));
  g_assert_cmpint (kh_checklist_answers_get_band (answers), ==, KH_CHECKLIST_BAND_NONE);

  answer_yes (answers, 5);
  g_assert_cmpuint (kh_checklist_answers_get_count (answers), ==, 5);
  g_assert_cmpuint (kh_checklist_answers_get_n_answered (others), ==, 0);
  count = kh_checklist_answers_format_count (answers);
  g_assert_cmpstr (count, ==, "Your answers match 5 of 11 signs.");

  g_assert_finalize_object (g_steal_pointer (&answers));
  g_assert_finalize_object (g_steal_pointer (&others));
  g_assert_finalize_object (g_steal_pointer (&checklist));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checklist-answers/new", test_new);
  g_test_add_func ("/checklist-answers/band/boundaries", test_band_boundaries);
  g_test_add_func ("/checklist-answers/band/dependence-only", test_dependence_only);
  g_test_add_func ("/checklist-answers/change", test_change_answer);
  g_test_add_func ("/checklist-answers/reset", test_reset);

  return g_test_run ();
}
