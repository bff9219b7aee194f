/* kh-plan.c: one visitor's plan: the choices made and the words typed
 *
 * A plan is per-visit state: it lives in memory, goes with the visit,
 * and is written to disk only when a desktop user asks for it to be
 * kept (kh-plan-store.c). Every free text is bounded, so the summary,
 * its QR codes and the kept file all have a known largest size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-i18n.h"
#include "kh-plan.h"

typedef struct
{
  int     choice;
  guint32 options;
  char   *text;
  char   *names[KH_PLAN_N_NAMES];
} Answer;

struct _KhPlan
{
  GObject parent_instance;

  KhPlanSheet *sheet;
  /* one per question of the sheet */
  Answer *answers;
  guint   n_answers;

  gboolean empty;
  gboolean needs_safety;
};

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

static void
answer_clear (Answer *answer)
{
  answer->choice = -1;
  answer->options = 0;
  g_clear_pointer (&answer->text, g_free);
  for (guint i = 0; i < KH_PLAN_N_NAMES; i++)
    g_clear_pointer (&answer->names[i], g_free);
}

static gboolean
answer_is_empty (const Answer *answer)
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
    answer_clear (&self->answers[i]);
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
  self->answers = g_new0 (Answer, self->n_answers);
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

static void
changed (KhPlan *self,
         int     question)
{
  gboolean empty = TRUE;
  gboolean needs_safety;

  for (guint i = 0; i < self->n_answers && empty; i++)
    empty = answer_is_empty (&self->answers[i]);
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
  changed (self, question);
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
  changed (self, question);
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
static gboolean
text_is_acceptable (const char *text,
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
static gboolean
replace_text (char      **slot,
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
  g_return_if_fail (text == NULL || text_is_acceptable (text, KH_PLAN_TEXT_MAX));

  if (replace_text (&self->answers[question].text, text))
    changed (self, question);
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
  g_return_if_fail (name == NULL || text_is_acceptable (name, KH_PLAN_NAME_MAX));

  if (replace_text (&self->answers[question].names[index], name))
    changed (self, question);
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
    answer_clear (&self->answers[i]);
  changed (self, -1);
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

/* The summary */

static void
line_free (gpointer data)
{
  KhPlanLine *line = data;

  g_free (line->text);
  g_free (line);
}

static void
add (GPtrArray      *lines,
     KhPlanLineStyle style,
     const char     *text)
{
  KhPlanLine *line = g_new0 (KhPlanLine, 1);

  line->style = style;
  line->text = g_strdup (text);
  g_ptr_array_add (lines, line);
}

/* One line per service: its name, then each way to reach it. */
static void
add_service (GPtrArray *lines,
             KhService *service)
{
  g_autoptr (GString) line = g_string_new (kh_service_get_name (service));

  for (guint i = 0; i < kh_service_get_n_contacts (service); i++)
    {
      KhContact  *contact = kh_service_get_contact (service, i);
      const char *label = kh_contact_get_label (contact);

      g_string_append (line, i == 0 ? ": " : "; ");
      if (kh_contact_get_contact_type (contact) == KH_CONTACT_TEXT)
        /* Translators: a text-message number in the plan's summary */
        g_string_append_printf (line, _ ("text %s"), kh_contact_get_display_value (contact));
      else
        g_string_append (line, kh_contact_get_display_value (contact));
      if (label != NULL)
        g_string_append_printf (line, " (%s)", label);
    }

  add (lines, KH_PLAN_LINE_BULLET, line->str);
}

static void
add_help (KhPlan      *self,
          GPtrArray   *lines,
          KhDirectory *directory,
          const char  *region_code)
{
  g_autoptr (GPtrArray) services = NULL;
  KhRegion        *region = kh_directory_lookup_region (directory, region_code);
  g_autofree char *heading = NULL;

  if (region == NULL)
    region = kh_directory_lookup_region (directory, KH_REGION_OTHER);
  if (region == NULL)
    return;

  /* Translators: the heading of the help numbers in the plan's summary,
   * e.g. "Where to get help: United Kingdom" */
  heading = g_strdup_printf (_ ("%s: %s"), kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_HELP_TITLE),
                             kh_region_get_name (region));
  add (lines, KH_PLAN_LINE_HEADING, heading);
  add_service (lines, kh_region_get_emergency (region));

  services = kh_directory_dup_services (directory, kh_region_get_code (region));
  for (guint i = 0; i < services->len; i++)
    add_service (lines, g_ptr_array_index (services, i));
}

static void
add_answer (KhPlan    *self,
            GPtrArray *lines,
            guint      question)
{
  const Answer *answer = &self->answers[question];

  if (answer_is_empty (answer))
    return;

  add (lines, KH_PLAN_LINE_HEADING, kh_plan_sheet_get_question_heading (self->sheet, question));

  switch (kh_plan_sheet_get_question_kind (self->sheet, question))
    {
    case KH_PLAN_KIND_CHOICE:
      add (lines, KH_PLAN_LINE_BODY, kh_plan_sheet_get_option_label (self->sheet, question, answer->choice));
      break;

    case KH_PLAN_KIND_CHOICES:
      for (guint i = 0; i < kh_plan_sheet_get_n_options (self->sheet, question); i++)
        if (answer->options & (1u << i))
          add (lines, KH_PLAN_LINE_BULLET, kh_plan_sheet_get_option_label (self->sheet, question, i));
      break;

    case KH_PLAN_KIND_TEXT:
      add (lines, KH_PLAN_LINE_BODY, answer->text);
      break;

    case KH_PLAN_KIND_NAMES:
      for (guint i = 0; i < KH_PLAN_N_NAMES; i++)
        if (answer->names[i] != NULL)
          add (lines, KH_PLAN_LINE_BULLET, answer->names[i]);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * kh_plan_build_summary:
 * @date: the day to put on the summary
 * @directory: where the help numbers come from
 * @region: the region whose numbers are given (as Get help shows)
 *
 * The plan as the printed page and the QR codes give it: what was
 * chosen and typed, question by question, the safety line when the plan
 * is to stop and kratom is used every day, and the region's numbers.
 *
 * Returns: (transfer full) (element-type KhPlanLine): the lines
 */
GPtrArray *
kh_plan_build_summary (KhPlan      *self,
                       GDateTime   *date,
                       KhDirectory *directory,
                       const char  *region)
{
  GPtrArray       *lines;
  g_autofree char *day = NULL;
  g_autofree char *date_line = NULL;
  int              change;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (KH_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (region != NULL, NULL);

  lines = g_ptr_array_new_with_free_func (line_free);
  add (lines, KH_PLAN_LINE_TITLE, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_TITLE));
  day = kh_i18n_format_date (date);
  /* Translators: %s is a date */
  date_line = g_strdup_printf (_ ("Date: %s"), day);
  add (lines, KH_PLAN_LINE_BODY, date_line);
  add (lines, KH_PLAN_LINE_BODY, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_INTRO));

  /* The safety line right after what the plan is to change. */
  change = kh_plan_sheet_find_question (self->sheet, KH_PLAN_QUESTION_CHANGE);
  for (guint i = 0; i < self->n_answers; i++)
    {
      add_answer (self, lines, i);
      if ((int) i == change && self->needs_safety)
        {
          add (lines, KH_PLAN_LINE_HEADING, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_SAFETY_TITLE));
          add (lines, KH_PLAN_LINE_STRONG, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_SAFETY));
        }
    }

  add_help (self, lines, directory, region);
  add (lines, KH_PLAN_LINE_SMALL, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_FOOTER));

  return lines;
}

/**
 * kh_plan_dup_summary_text:
 *
 * The summary (see kh_plan_build_summary()) as plain text, one line a
 * paragraph, a blank line before each heading.
 *
 * Returns: (transfer full): the text
 */
char *
kh_plan_dup_summary_text (KhPlan      *self,
                          GDateTime   *date,
                          KhDirectory *directory,
                          const char  *region)
{
  g_autoptr (GPtrArray) lines = NULL;
  GString *text;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  lines = kh_plan_build_summary (self, date, directory, region);
  text = g_string_new (NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      KhPlanLine *line = g_ptr_array_index (lines, i);

      if (line->style == KH_PLAN_LINE_HEADING)
        g_string_append_c (text, '\n');
      if (line->style == KH_PLAN_LINE_BULLET)
        g_string_append (text, "• ");
      g_string_append (text, line->text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static char *
part_header (const char *title,
             guint       index,
             guint       n)
{
  /* Translators: the first line of each QR code when a text takes
   * several, e.g. "My plan, part 1 of 3" */
  return g_strdup_printf (_ ("%s, part %u of %u"), title, index, n);
}

/**
 * kh_plan_split_for_qr:
 * @text: the text to carry
 * @title: what a part's first line calls the text, e.g. "My plan"
 *
 * Splits @text into parts of at most %KH_PLAN_QR_PART_MAX bytes each,
 * one QR code a part. A text that fits is one part, unchanged. Otherwise
 * each part starts with "TITLE, part N of M" and breaks at a line end
 * where it can, inside a line (between two characters) only where a
 * line alone is longer than a part. Joining the parts without their
 * first lines gives @text back.
 *
 * Returns: (transfer full): the parts, in order
 */
GStrv
kh_plan_split_for_qr (const char *text,
                      const char *title)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GPtrArray) bodies = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *widest = NULL;
  gsize            budget;
  const char      *p, *end;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  if (strlen (text) <= KH_PLAN_QR_PART_MAX)
    {
      g_strv_builder_add (builder, text);
      return g_strv_builder_end (builder);
    }

  /* Room for the widest header this text can need, and its newline. */
  widest = part_header (title, 99, 99);
  g_return_val_if_fail (strlen (widest) + 1 + 8 < KH_PLAN_QR_PART_MAX, NULL);
  budget = KH_PLAN_QR_PART_MAX - strlen (widest) - 1;

  p = text;
  end = text + strlen (text);
  while (p < end)
    {
      const char *cut = p + MIN (budget, (gsize) (end - p));

      if (cut < end)
        {
          const char *newline = NULL;

          for (const char *q = cut - 1; q > p; q--)
            if (*q == '\n')
              {
                newline = q;
                break;
              }
          if (newline != NULL)
            cut = newline + 1;
          else
            /* A line longer than a part: break between characters. */
            while (cut > p && (*cut & 0xc0) == 0x80)
              cut--;
        }
      g_ptr_array_add (bodies, g_strndup (p, cut - p));
      p = cut;
    }

  for (guint i = 0; i < bodies->len; i++)
    {
      g_autofree char *header = part_header (title, i + 1, bodies->len);
      g_autofree char *part = g_strconcat (header, "\n", bodies->pdata[i], NULL);

      g_assert (strlen (part) <= KH_PLAN_QR_PART_MAX);
      g_strv_builder_add (builder, part);
    }

  return g_strv_builder_end (builder);
}

/**
 * kh_plan_dup_qr_texts:
 *
 * The summary's text, split for QR codes (see kh_plan_split_for_qr()).
 *
 * Returns: (transfer full): one text a code
 */
GStrv
kh_plan_dup_qr_texts (KhPlan      *self,
                      GDateTime   *date,
                      KhDirectory *directory,
                      const char  *region)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  text = kh_plan_dup_summary_text (self, date, directory, region);

  return kh_plan_split_for_qr (text, kh_plan_sheet_get_text (self->sheet, KH_PLAN_TEXT_PRINT_TITLE));
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
      Answer *answer = &self->answers[q];
      guint   n = kh_plan_sheet_get_n_options (self->sheet, q);

      answer_clear (answer);
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

  changed (self, -1);
}

/* Keeping a plan: the file kh-plan-store.c writes and reads back. */

/**
 * kh_plan_to_data:
 * @length: (out) (optional): the length of the data
 *
 * Returns: (transfer full): the plan as JSON, by the sheet's ids
 */
char *
kh_plan_to_data (KhPlan *self,
                 gsize  *length)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (KH_IS_PLAN (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "answers");
  json_builder_begin_object (builder);
  for (guint q = 0; q < self->n_answers; q++)
    {
      const Answer *answer = &self->answers[q];

      if (answer_is_empty (answer))
        continue;

      json_builder_set_member_name (builder, kh_plan_sheet_get_question_id (self->sheet, q));
      switch (kh_plan_sheet_get_question_kind (self->sheet, q))
        {
        case KH_PLAN_KIND_CHOICE:
          json_builder_add_string_value (builder, kh_plan_sheet_get_option_id (self->sheet, q, answer->choice));
          break;

        case KH_PLAN_KIND_CHOICES:
          json_builder_begin_array (builder);
          for (guint i = 0; i < kh_plan_sheet_get_n_options (self->sheet, q); i++)
            if (answer->options & (1u << i))
              json_builder_add_string_value (builder, kh_plan_sheet_get_option_id (self->sheet, q, i));
          json_builder_end_array (builder);
          break;

        case KH_PLAN_KIND_TEXT:
          json_builder_add_string_value (builder, answer->text);
          break;

        case KH_PLAN_KIND_NAMES:
          json_builder_begin_array (builder);
          for (guint i = 0; i < KH_PLAN_N_NAMES; i++)
            json_builder_add_string_value (builder, answer->names[i] != NULL ? answer->names[i] : "");
          json_builder_end_array (builder);
          break;

        default:
          g_assert_not_reached ();
        }
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, length);
}

static const char *const data_members[] = { "version", "answers", NULL };

static gboolean
read_free_text (KhJsonReader *reader,
                JsonNode     *node,
                const char   *path,
                guint         max,
                const char  **out)
{
  const char *text;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, path, _ ("expected a string"));
      return FALSE;
    }

  text = json_node_get_string (node);
  if (!text_is_acceptable (text, max))
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, path,
                                _ ("expected one line of at most %u characters"), max);
      return FALSE;
    }

  *out = text;
  return TRUE;
}

static int
read_option (KhJsonReader *reader,
             KhPlanSheet  *sheet,
             guint         question,
             JsonNode     *node,
             const char   *path)
{
  const char *id;
  int         option;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_TYPE, path, _ ("expected a string"));
      return -1;
    }

  id = json_node_get_string (node);
  if ((option = kh_plan_sheet_find_option (sheet, question, id)) < 0)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, path, _ ("unknown choice “%s”"), id);

  return option;
}

/* Reads one answer into @answer; FALSE (with the problem in @reader) if
 * it is not what this sheet's question takes. */
static void
read_answer (KhJsonReader *reader,
             KhPlanSheet  *sheet,
             guint         question,
             JsonNode     *node,
             const char   *path,
             Answer       *answer)
{
  KhPlanKind  kind = kh_plan_sheet_get_question_kind (sheet, question);
  JsonArray  *array;
  const char *text;
  int         option;

  switch (kind)
    {
    case KH_PLAN_KIND_CHOICE:
      if ((option = read_option (reader, sheet, question, node, path)) >= 0)
        answer->choice = option;
      break;

    case KH_PLAN_KIND_TEXT:
      if (read_free_text (reader, node, path, KH_PLAN_TEXT_MAX, &text))
        replace_text (&answer->text, text);
      break;

    case KH_PLAN_KIND_CHOICES:
    case KH_PLAN_KIND_NAMES:
      if (!(array = kh_json_reader_expect_array (reader, node, path)))
        break;

      if (json_array_get_length (array) > (kind == KH_PLAN_KIND_NAMES ? KH_PLAN_N_NAMES : kh_plan_sheet_get_n_options (sheet, question)))
        {
          kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, path, _ ("too many items"));
          break;
        }

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *item_path = g_strdup_printf ("%s/%u", path, i);
          JsonNode        *item = json_array_get_element (array, i);

          if (kind == KH_PLAN_KIND_NAMES)
            {
              if (read_free_text (reader, item, item_path, KH_PLAN_NAME_MAX, &text))
                replace_text (&answer->names[i], text);
            }
          else if ((option = read_option (reader, sheet, question, item, item_path)) >= 0)
            answer->options |= 1u << option;
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * kh_plan_load_data:
 * @data: a kept plan (see kh_plan_to_data()), from an untrusted file
 * @length: its length
 * @error: return location for the first problem, as "plan.json: /path:
 *   what was expected"
 *
 * Replaces the plan's answers with those in @data, or, if anything in it
 * is not exactly what this sheet takes, leaves the plan as it was.
 *
 * Returns: whether the plan was read
 */
gboolean
kh_plan_load_data (KhPlan     *self,
                   const char *data,
                   gsize       length,
                   GError    **error)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("plan.json");
  g_autofree Answer *answers = NULL;
  JsonObject        *top, *object;
  JsonNode          *root;
  gint64             version;

  g_return_val_if_fail (KH_IS_PLAN (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (length > KH_PLAN_FILE_MAX)
    {
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, NULL,
                                _ ("the file is larger than %u bytes"), (guint) KH_PLAN_FILE_MAX);
      return kh_json_reader_propagate (reader, error);
    }

  if (!(root = kh_json_reader_parse (reader, data, length)) ||
      !(top = kh_json_reader_expect_object (reader, root, "")))
    return kh_json_reader_propagate (reader, error);

  kh_json_reader_check_members (reader, top, "", data_members);
  if (kh_json_reader_get_int (reader, top, "", "version", TRUE, &version) && version != 1)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/version",
                              _ ("unknown version (expected 1)"));

  answers = g_new0 (Answer, self->n_answers);
  for (guint i = 0; i < self->n_answers; i++)
    answers[i].choice = -1;

  if ((object = kh_json_reader_get_object (reader, top, "", "answers", TRUE)))
    {
      JsonObjectIter iter;
      const char    *member;
      JsonNode      *node;

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &member, &node))
        {
          g_autofree char *path = g_strdup_printf ("/answers/%s", member);
          int              question = kh_plan_sheet_find_question (self->sheet, member);

          if (question < 0)
            kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, path, _ ("unknown question"));
          else
            read_answer (reader, self->sheet, question, node, path, &answers[question]);
        }
    }

  if (kh_json_reader_has_errors (reader))
    {
      for (guint i = 0; i < self->n_answers; i++)
        answer_clear (&answers[i]);
      return kh_json_reader_propagate (reader, error);
    }

  for (guint i = 0; i < self->n_answers; i++)
    {
      answer_clear (&self->answers[i]);
      self->answers[i] = answers[i];
    }
  changed (self, -1);

  return TRUE;
}
