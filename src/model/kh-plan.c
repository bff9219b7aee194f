/* kh-plan.c: one visitor's plan: the choices made and the words typed
 *
 * A plan is per-visit state: it lives in memory, goes with the visit,
 * and is written to disk only when a desktop user asks for it to be
 * kept (kh-plan-store.c). Every free text is bounded, so the summary,
 * its QR codes and the kept file all have a known largest size.
 *
 * What is made from a plan lives beside it: its summary and QR texts
 * in kh-plan-summary.c, the data a kept plan is written as in
 * kh-plan-data.c; both share the state through kh-plan-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan"

#include "config.h"

#include <string.h>

#include "kh-plan-private.h"

G_DEFINE_FINAL_TYPE (KhPlan, kh_plan, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SHEET,
  PROP_EMPTY,
  PROP_NEEDS_SAFETY,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

G_STATIC_ASSERT (KH_PLAN_MAX_OPTIONS <= 32);

void
kh_plan_answer_clear (KhPlanAnswer *answer)
{
  answer->choice = -1;
  answer->options = 0;
  g_clear_pointer (&answer->text, g_free);
  for (guint i = 0; i < KH_PLAN_N_NAMES; i++)
    g_clear_pointer (&answer->names[i], g_free);
}

gboolean
kh_plan_answer_is_empty (const KhPlanAnswer *answer)
{
  if (answer->choice >= 0 || answer->options != 0 || answer->text != NULL)
    return FALSE;
  for (guint i = 0; i < KH_PLAN_N_NAMES; i++)
    if (answer->names[i] != NULL)
      return FALSE;

  return TRUE;
}

static void
kh_plan_finalize (GObject *object)
{
  KhPlan *self = (KhPlan *) object;

  for (guint i = 0; i < self->n_answers; i++)
    kh_plan_answer_clear (&self->answers[i]);
  g_free (self->answers);
  g_clear_object (&self->sheet);

  G_OBJECT_CLASS (kh_plan_parent_class)->finalize (object);
}

static void
kh_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KhPlan *self = KH_PLAN (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      g_value_set_object (value, self->sheet);
      break;

    case PROP_EMPTY:
      g_value_set_boolean (value, self->empty);
      break;

    case PROP_NEEDS_SAFETY:
      g_value_set_boolean (value, self->needs_safety);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  KhPlan *self = KH_PLAN (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      self->sheet = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_plan_constructed (GObject *object)
{
  KhPlan *self = (KhPlan *) object;

  G_OBJECT_CLASS (kh_plan_parent_class)->constructed (object);

  g_assert (KH_IS_PLAN_SHEET (self->sheet));
  self->n_answers = kh_plan_sheet_get_n_questions (self->sheet);
  self->answers = g_new0 (KhPlanAnswer, self->n_answers);
  for (guint i = 0; i < self->n_answers; i++)
    self->answers[i].choice = -1;
}

static void
kh_plan_class_init (KhPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kh_plan_finalize;
  object_class->get_property = kh_plan_get_property;
  object_class->set_property = kh_plan_set_property;
  object_class->constructed = kh_plan_constructed;

  properties[PROP_SHEET] =
      g_param_spec_object ("sheet", NULL, NULL, KH_TYPE_PLAN_SHEET,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY] =
      g_param_spec_boolean ("empty", NULL, NULL, TRUE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEEDS_SAFETY] =
      g_param_spec_boolean ("needs-safety", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KhPlan::changed:
   * @question: the question that changed, or -1 when all did
   *
   * Emitted after any choice or text changed.
   */
  signals[CHANGED] =
      g_signal_new ("changed",
                    G_TYPE_FROM_CLASS (klass),
                    G_SIGNAL_RUN_LAST,
                    0, NULL, NULL, NULL,
                    G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
kh_plan_init (KhPlan *self)
{
  self->empty = TRUE;
}

/**
 * kh_plan_new:
 * @sheet: the questions the plan answers
 *
 * Returns: (transfer full): an empty plan
 */
KhPlan *
kh_plan_new (KhPlanSheet *sheet)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (sheet), NULL);

  return g_object_new (KH_TYPE_PLAN, "sheet", sheet, NULL);
}

/**
 * kh_plan_get_sheet:
 *
 * Returns: (transfer none): the questions the plan answers
 */
KhPlanSheet *
kh_plan_get_sheet (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  return self->sheet;
}

static gboolean
compute_needs_safety (KhPlan *self)
{
  int change = kh_plan_sheet_find_question (self->sheet, KH_PLAN_QUESTION_CHANGE);
  int use = kh_plan_sheet_find_question (self->sheet, KH_PLAN_QUESTION_USE);

  return change >= 0 && use >= 0 &&
         self->answers[change].choice == kh_plan_sheet_find_option (self->sheet, change, KH_PLAN_OPTION_STOP) &&
         self->answers[use].choice == kh_plan_sheet_find_option (self->sheet, use, KH_PLAN_OPTION_DAILY);
}

void
kh_plan_emit_changed (KhPlan *self,
                      int     question)
{
  gboolean empty = TRUE;
  gboolean needs_safety;

  for (guint i = 0; i < self->n_answers && empty; i++)
    empty = kh_plan_answer_is_empty (&self->answers[i]);
  needs_safety = compute_needs_safety (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->empty != empty)
    {
      self->empty = empty;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
    }
  if (self->needs_safety != needs_safety)
    {
      self->needs_safety = needs_safety;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_SAFETY]);
    }
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[CHANGED], 0, question);
}

static gboolean
is_kind (KhPlan    *self,
         guint      question,
         KhPlanKind kind)
{
  return question < self->n_answers && kh_plan_sheet_get_question_kind (self->sheet, question) == kind;
}

#define RETURN_IF_NOT_KIND(self, question, kind) \
  g_return_if_fail (KH_IS_PLAN (self) && is_kind (self, question, kind))
#define RETURN_VAL_IF_NOT_KIND(self, question, kind, val) \
  g_return_val_if_fail (KH_IS_PLAN (self) && is_kind (self, question, kind), val)

/**
 * kh_plan_get_choice:
 * @question: a question of kind "choice"
 *
 * Returns: the option chosen, or -1
 */
int
kh_plan_get_choice (KhPlan *self,
                    guint   question)
{
  RETURN_VAL_IF_NOT_KIND (self, question, KH_PLAN_KIND_CHOICE, -1);

  return self->answers[question].choice;
}

/**
 * kh_plan_set_choice:
 * @question: a question of kind "choice"
 * @option: an option of it, or -1 for none
 */
void
kh_plan_set_choice (KhPlan *self,
                    guint   question,
                    int     option)
{
  RETURN_IF_NOT_KIND (self, question, KH_PLAN_KIND_CHOICE);
  g_return_if_fail (option >= -1 && option < (int) kh_plan_sheet_get_n_options (self->sheet, question));

  if (self->answers[question].choice == option)
    return;

  self->answers[question].choice = option;
  kh_plan_emit_changed (self, question);
}

gboolean
kh_plan_get_option (KhPlan *self,
                    guint   question,
                    guint   option)
{
  RETURN_VAL_IF_NOT_KIND (self, question, KH_PLAN_KIND_CHOICES, FALSE);
  g_return_val_if_fail (option < kh_plan_sheet_get_n_options (self->sheet, question), FALSE);

  return (self->answers[question].options & (1u << option)) != 0;
}

void
kh_plan_set_option (KhPlan  *self,
                    guint    question,
                    guint    option,
                    gboolean chosen)
{
  guint32 options;

  RETURN_IF_NOT_KIND (self, question, KH_PLAN_KIND_CHOICES);
  g_return_if_fail (option < kh_plan_sheet_get_n_options (self->sheet, question));

  options = self->answers[question].options;
  if (chosen)
    options |= 1u << option;
  else
    options &= ~(1u << option);

  if (options == self->answers[question].options)
    return;

  self->answers[question].options = options;
  kh_plan_emit_changed (self, question);
}

/**
 * kh_plan_get_max_length:
 * @question: a question of kind "text" or "names"
 *
 * Returns: the longest text (or name) it takes, in characters
 */
guint
kh_plan_get_max_length (KhPlan *self,
                        guint   question)
{
  g_return_val_if_fail (KH_IS_PLAN (self), 0);
  g_return_val_if_fail (question < self->n_answers, 0);

  switch (kh_plan_sheet_get_question_kind (self->sheet, question))
    {
    case KH_PLAN_KIND_TEXT:
      return KH_PLAN_TEXT_MAX;

    case KH_PLAN_KIND_NAMES:
      return KH_PLAN_NAME_MAX;

    case KH_PLAN_KIND_CHOICE:
    case KH_PLAN_KIND_CHOICES:
    default:
      return 0;
    }
}

/* Free text is one line of at most @max characters: what an entry with
 * that max-length can give. */
gboolean
kh_plan_text_is_acceptable (const char *text,
                            guint       max)
{
  if (!g_utf8_validate (text, -1, NULL) || g_utf8_strlen (text, -1) > max)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Stored without the spaces around it, and as NULL when nothing is left. */
gboolean
kh_plan_replace_text (char      **slot,
                      const char *text)
{
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  if (stripped != NULL && stripped[0] == '\0')
    g_clear_pointer (&stripped, g_free);
  if (g_strcmp0 (*slot, stripped) == 0)
    return FALSE;

  g_free (*slot);
  *slot = g_steal_pointer (&stripped);

  return TRUE;
}

/**
 * kh_plan_get_text:
 * @question: a question of kind "text"
 *
 * Returns: (nullable): what was typed, without spaces around it
 */
const char *
kh_plan_get_text (KhPlan *self,
                  guint   question)
{
  RETURN_VAL_IF_NOT_KIND (self, question, KH_PLAN_KIND_TEXT, NULL);

  return self->answers[question].text;
}

/**
 * kh_plan_set_text:
 * @question: a question of kind "text"
 * @text: (nullable): one line of at most %KH_PLAN_TEXT_MAX characters
 */
void
kh_plan_set_text (KhPlan     *self,
                  guint       question,
                  const char *text)
{
  RETURN_IF_NOT_KIND (self, question, KH_PLAN_KIND_TEXT);
  g_return_if_fail (text == NULL || kh_plan_text_is_acceptable (text, KH_PLAN_TEXT_MAX));

  if (kh_plan_replace_text (&self->answers[question].text, text))
    kh_plan_emit_changed (self, question);
}

/**
 * kh_plan_get_name:
 * @question: a question of kind "names"
 * @index: which name, below %KH_PLAN_N_NAMES
 *
 * Returns: (nullable): the name typed there
 */
const char *
kh_plan_get_name (KhPlan *self,
                  guint   question,
                  guint   index)
{
  RETURN_VAL_IF_NOT_KIND (self, question, KH_PLAN_KIND_NAMES, NULL);
  g_return_val_if_fail (index < KH_PLAN_N_NAMES, NULL);

  return self->answers[question].names[index];
}

void
kh_plan_set_name (KhPlan     *self,
                  guint       question,
                  guint       index,
                  const char *name)
{
  RETURN_IF_NOT_KIND (self, question, KH_PLAN_KIND_NAMES);
  g_return_if_fail (index < KH_PLAN_N_NAMES);
  g_return_if_fail (name == NULL || kh_plan_text_is_acceptable (name, KH_PLAN_NAME_MAX));

  if (kh_plan_replace_text (&self->answers[question].names[index], name))
    kh_plan_emit_changed (self, question);
}

gboolean
kh_plan_is_empty (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), TRUE);

  return self->empty;
}

/**
 * kh_plan_get_needs_safety:
 *
 * Returns: whether the plan is to stop and kratom is used every day:
 *   then the plan itself says to talk to a doctor or call a helpline
 *   before stopping
 */
gboolean
kh_plan_get_needs_safety (KhPlan *self)
{
  g_return_val_if_fail (KH_IS_PLAN (self), FALSE);

  return self->needs_safety;
}

/**
 * kh_plan_clear:
 *
 * Forgets every choice and text: the end of a visit.
 */
void
kh_plan_clear (KhPlan *self)
{
  g_return_if_fail (KH_IS_PLAN (self));

  if (self->empty)
    return;

  for (guint i = 0; i < self->n_answers; i++)
    kh_plan_answer_clear (&self->answers[i]);
  kh_plan_emit_changed (self, -1);
}

/**
 * kh_plan_dup_reasons:
 *
 * Returns: (transfer full): the reasons chosen and typed, in the
 *   current language, for the craving tool
 */
GStrv
kh_plan_dup_reasons (KhPlan *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  int reasons, own;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  reasons = kh_plan_sheet_find_question (self->sheet, KH_PLAN_QUESTION_REASONS);
  own = kh_plan_sheet_find_question (self->sheet, KH_PLAN_QUESTION_REASONS_OWN);
  /* The sheet was checked to have both (kh_plan_sheet_new_from_json). */
  g_assert (reasons >= 0 && own >= 0);

  for (guint i = 0; i < kh_plan_sheet_get_n_options (self->sheet, reasons); i++)
    if (kh_plan_get_option (self, reasons, i))
      g_strv_builder_add (builder, kh_plan_sheet_get_option_label (self->sheet, reasons, i));
  if (kh_plan_get_text (self, own) != NULL)
    g_strv_builder_add (builder, kh_plan_get_text (self, own));

  return g_strv_builder_end (builder);
}

/**
 * kh_plan_dup_people:
 *
 * Returns: (transfer full): the names of the people who can help
 */
GStrv
kh_plan_dup_people (KhPlan *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  int people;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  people = kh_plan_sheet_find_question (self->sheet, KH_PLAN_QUESTION_PEOPLE);
  g_assert (people >= 0);
  for (guint i = 0; i < KH_PLAN_N_NAMES; i++)
    if (kh_plan_get_name (self, people, i) != NULL)
      g_strv_builder_add (builder, kh_plan_get_name (self, people, i));

  return g_strv_builder_end (builder);
}

/**
 * kh_plan_fill_longest:
 * @character: one character to fill every text with
 *
 * Makes the longest plan the page allows: every choice that can be made
 * (for a single choice, the one with the longest label in the current
 * language), and every text and name at its largest length. Used to
 * size what is made from a plan (the QR codes, the page to print).
 */
void
kh_plan_fill_longest (KhPlan     *self,
                      const char *character)
{
  g_return_if_fail (KH_IS_PLAN (self));
  g_return_if_fail (character != NULL && g_utf8_strlen (character, -1) == 1);

  for (guint q = 0; q < self->n_answers; q++)
    {
      KhPlanAnswer *answer = &self->answers[q];
      guint         n = kh_plan_sheet_get_n_options (self->sheet, q);

      kh_plan_answer_clear (answer);
      switch (kh_plan_sheet_get_question_kind (self->sheet, q))
        {
        case KH_PLAN_KIND_CHOICE:
          answer->choice = 0;
          for (guint i = 1; i < n; i++)
            if (strlen (kh_plan_sheet_get_option_label (self->sheet, q, i)) >
                strlen (kh_plan_sheet_get_option_label (self->sheet, q, answer->choice)))
              answer->choice = i;
          break;

        case KH_PLAN_KIND_CHOICES:
          answer->options = (guint32) ((1ull << n) - 1);
          break;

        case KH_PLAN_KIND_TEXT:
          {
            GString *text = g_string_new (NULL);

            for (guint i = 0; i < KH_PLAN_TEXT_MAX; i++)
              g_string_append (text, character);
            answer->text = g_string_free (text, FALSE);
          }
          break;

        case KH_PLAN_KIND_NAMES:
          for (guint j = 0; j < KH_PLAN_N_NAMES; j++)
            {
              GString *name = g_string_new (NULL);

              for (guint i = 0; i < KH_PLAN_NAME_MAX; i++)
                g_string_append (name, character);
              answer->names[j] = g_string_free (name, FALSE);
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* The longest plan is also one that says to get advice first, if the
   * longest labels did not already choose "stop" and "daily". */
  {
    int change = kh_plan_sheet_find_question (self->sheet, KH_PLAN_QUESTION_CHANGE);
    int use = kh_plan_sheet_find_question (self->sheet, KH_PLAN_QUESTION_USE);

    self->answers[change].choice = kh_plan_sheet_find_option (self->sheet, change, KH_PLAN_OPTION_STOP);
    self->answers[use].choice = kh_plan_sheet_find_option (self->sheet, use, KH_PLAN_OPTION_DAILY);
  }

  kh_plan_emit_changed (self, -1);
}
