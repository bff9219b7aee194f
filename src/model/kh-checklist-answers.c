/* kh-checklist-answers.c: one visitor's answers to the checklist
 *
 * The checklist (KhChecklist) is loaded once and never changes; each
 * visit has answers of its own, scored here against it. Answers live in
 * memory and nowhere else: there is deliberately no way to save or
 * restore them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-checklist-answers"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-checklist-answers.h"

struct _KhChecklistAnswers
{
  GObject parent_instance;

  /* owned */
  KhChecklist *checklist;
  /* one per question, in question order */
  KhChecklistAnswer answers[KH_CHECKLIST_N_AREAS];
};

G_DEFINE_FINAL_TYPE (KhChecklistAnswers, kh_checklist_answers, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CHECKLIST,
  PROP_N_ANSWERED,
  PROP_COUNT,
  PROP_COMPLETE,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static guint
n_questions (KhChecklistAnswers *self)
{
  return kh_checklist_get_n_questions (self->checklist);
}

static void
kh_checklist_answers_dispose (GObject *object)
{
  KhChecklistAnswers *self = (KhChecklistAnswers *) object;

  g_clear_object (&self->checklist);

  G_OBJECT_CLASS (kh_checklist_answers_parent_class)->dispose (object);
}

static void
kh_checklist_answers_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KhChecklistAnswers *self = KH_CHECKLIST_ANSWERS (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST:
      g_value_set_object (value, self->checklist);
      break;

    case PROP_N_ANSWERED:
      g_value_set_uint (value, kh_checklist_answers_get_n_answered (self));
      break;

    case PROP_COUNT:
      g_value_set_uint (value, kh_checklist_answers_get_count (self));
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, kh_checklist_answers_is_complete (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_checklist_answers_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KhChecklistAnswers *self = KH_CHECKLIST_ANSWERS (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST:
      self->checklist = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_checklist_answers_class_init (KhChecklistAnswersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kh_checklist_answers_dispose;
  object_class->get_property = kh_checklist_answers_get_property;
  object_class->set_property = kh_checklist_answers_set_property;

  properties[PROP_CHECKLIST] =
      g_param_spec_object ("checklist", NULL, NULL, KH_TYPE_CHECKLIST,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ANSWERED] =
      g_param_spec_uint ("n-answered", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT] =
      g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETE] =
      g_param_spec_boolean ("complete", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KhChecklistAnswers::changed:
   *
   * Emitted after any answer changed, including when all are cleared by
   * kh_checklist_answers_reset().
   */
  signals[CHANGED] =
      g_signal_new ("changed",
                    G_TYPE_FROM_CLASS (klass),
                    G_SIGNAL_RUN_LAST,
                    0, NULL, NULL, NULL,
                    G_TYPE_NONE, 0);
}

static void
kh_checklist_answers_init (KhChecklistAnswers *self)
{
}

/**
 * kh_checklist_answers_new:
 * @checklist: the checklist answered
 *
 * Returns: (transfer full): answers to @checklist, none given yet
 */
KhChecklistAnswers *
kh_checklist_answers_new (KhChecklist *checklist)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (checklist), NULL);

  return g_object_new (KH_TYPE_CHECKLIST_ANSWERS, "checklist", checklist, NULL);
}

/**
 * kh_checklist_answers_get_checklist:
 *
 * Returns: (transfer none): the checklist answered: its questions and
 *   the texts of its results
 */
KhChecklist *
kh_checklist_answers_get_checklist (KhChecklistAnswers *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), NULL);

  return self->checklist;
}

KhChecklistAnswer
kh_checklist_answers_get_answer (KhChecklistAnswers *self,
                                 guint               index)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), KH_CHECKLIST_ANSWER_NONE);
  g_return_val_if_fail (index < n_questions (self), KH_CHECKLIST_ANSWER_NONE);

  return self->answers[index];
}

/**
 * kh_checklist_answers_get_area_yes:
 *
 * Returns: whether the question about @area was answered yes
 */
gboolean
kh_checklist_answers_get_area_yes (KhChecklistAnswers *self,
                                   KhChecklistArea     area)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), FALSE);
  g_return_val_if_fail (area < KH_CHECKLIST_N_AREAS, FALSE);

  return self->answers[kh_checklist_find_area (self->checklist, area)] == KH_CHECKLIST_ANSWER_YES;
}

/* Emits the notifications and ::changed after answers changed. */
static void
answers_changed (KhChecklistAnswers *self,
                 guint               old_n_answered,
                 guint               old_count)
{
  guint n_answered = kh_checklist_answers_get_n_answered (self);
  guint n = n_questions (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (n_answered != old_n_answered)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ANSWERED]);
  if ((n_answered == n) != (old_n_answered == n))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
  if (kh_checklist_answers_get_count (self) != old_count)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * kh_checklist_answers_set_answer:
 * @self: a #KhChecklistAnswers
 * @index: a question
 * @answer: the new answer; %KH_CHECKLIST_ANSWER_NONE takes it back
 *
 * Records an answer, in memory only.
 */
void
kh_checklist_answers_set_answer (KhChecklistAnswers *self,
                                 guint               index,
                                 KhChecklistAnswer   answer)
{
  guint old_n_answered, old_count;

  g_return_if_fail (KH_IS_CHECKLIST_ANSWERS (self));
  g_return_if_fail (index < n_questions (self));
  g_return_if_fail (answer <= KH_CHECKLIST_ANSWER_NO);

  if (self->answers[index] == answer)
    return;

  old_n_answered = kh_checklist_answers_get_n_answered (self);
  old_count = kh_checklist_answers_get_count (self);
  self->answers[index] = answer;
  answers_changed (self, old_n_answered, old_count);
}

guint
kh_checklist_answers_get_n_answered (KhChecklistAnswers *self)
{
  guint n = 0;

  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), 0);

  for (guint i = 0; i < n_questions (self); i++)
    if (self->answers[i] != KH_CHECKLIST_ANSWER_NONE)
      n++;

  return n;
}

/**
 * kh_checklist_answers_get_count:
 *
 * Returns: how many questions were answered yes: the number of signs
 */
guint
kh_checklist_answers_get_count (KhChecklistAnswers *self)
{
  guint n = 0;

  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), 0);

  for (guint i = 0; i < n_questions (self); i++)
    if (self->answers[i] == KH_CHECKLIST_ANSWER_YES)
      n++;

  return n;
}

/**
 * kh_checklist_answers_is_complete:
 *
 * Returns: whether every question has an answer
 */
gboolean
kh_checklist_answers_is_complete (KhChecklistAnswers *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), FALSE);

  return kh_checklist_answers_get_n_answered (self) == n_questions (self);
}

/**
 * kh_checklist_answers_get_band:
 *
 * Returns: the band of the answers; unanswered questions count as no
 */
KhChecklistBand
kh_checklist_answers_get_band (KhChecklistAnswers *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), KH_CHECKLIST_BAND_NONE);

  return kh_checklist_band_for_count (kh_checklist_answers_get_count (self));
}

/**
 * kh_checklist_answers_is_dependence_only:
 *
 * Tolerance and withdrawal are the signs people meet most often. On
 * their own they show that the body has adapted (physical dependence);
 * a clinician also looks for problems or distress before calling it a
 * use disorder.
 *
 * Returns: whether there is at least one yes answer, and every yes
 *   answer is tolerance or withdrawal
 */
gboolean
kh_checklist_answers_is_dependence_only (KhChecklistAnswers *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), FALSE);

  if (kh_checklist_answers_get_count (self) == 0)
    return FALSE;

  for (guint i = 0; i < n_questions (self); i++)
    {
      KhChecklistArea area = kh_checklist_get_question_area (self->checklist, i);

      if (self->answers[i] == KH_CHECKLIST_ANSWER_YES &&
          area != KH_CHECKLIST_AREA_TOLERANCE && area != KH_CHECKLIST_AREA_WITHDRAWAL)
        return FALSE;
    }

  return TRUE;
}

/**
 * kh_checklist_answers_get_result:
 *
 * Returns: %KH_CHECKLIST_RESULT_DEPENDENCE if the only yes answers are
 *   tolerance and/or withdrawal, else the band; pass it to
 *   kh_checklist_get_band_text() and kh_checklist_get_band_step()
 */
KhChecklistBand
kh_checklist_answers_get_result (KhChecklistAnswers *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), KH_CHECKLIST_BAND_NONE);

  if (kh_checklist_answers_is_dependence_only (self))
    return KH_CHECKLIST_RESULT_DEPENDENCE;

  return kh_checklist_answers_get_band (self);
}

/**
 * kh_checklist_answers_format_count:
 *
 * Returns: (transfer full): the result in words, such as "Your answers
 *   match 4 of 11 signs."
 */
char *
kh_checklist_answers_format_count (KhChecklistAnswers *self)
{
  guint n;

  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (self), NULL);

  n = n_questions (self);
  /* Translators: the first %u is the number of questions answered yes,
   * the second the number of questions (11); the plural follows the
   * second. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Your answers match %u of %u sign.",
                                       "Your answers match %u of %u signs.", n),
                          kh_checklist_answers_get_count (self), n);
}

/**
 * kh_checklist_answers_reset:
 * @self: a #KhChecklistAnswers
 *
 * Clears every answer at once, for "Start over". Emits ::changed once if
 * anything was answered.
 */
void
kh_checklist_answers_reset (KhChecklistAnswers *self)
{
  guint old_n_answered, old_count;

  g_return_if_fail (KH_IS_CHECKLIST_ANSWERS (self));

  old_n_answered = kh_checklist_answers_get_n_answered (self);
  if (old_n_answered == 0)
    return;

  old_count = kh_checklist_answers_get_count (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->answers); i++)
    self->answers[i] = KH_CHECKLIST_ANSWER_NONE;
  answers_changed (self, old_n_answered, old_count);
}
