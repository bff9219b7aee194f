/* kh-checklist-question.c: one question of the checklist, with its answers
 *
 * The question's number, text and hint, and its two answers. The answers
 * are toggle buttons, as big as a finger, that look like buttons; to
 * assistive technology they are one radio group named by the question,
 * so a screen reader says "Yes, radio button, 1 of 2, checked" rather
 * than two loose buttons. Choosing one writes the answer to the model;
 * the page calls kh_checklist_question_sync() when the model changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-checklist-question"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-checklist-question.h"
#include "kh-widgets.h"

struct _KhChecklistQuestion
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget       *box;
  GtkLabel        *number_label;
  GtkLabel        *text_label;
  GtkLabel        *hint_label;
  GtkWidget       *answers;
  GtkToggleButton *yes_button;
  GtkToggleButton *no_button;

  /* owned */
  KhChecklistAnswers *model;
  guint               index;
  /* showing the model's answer, not taking one from the user */
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (KhChecklistQuestion, kh_checklist_question, GTK_TYPE_WIDGET)

static void
update_accessible_state (KhChecklistQuestion *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->yes_button),
                               GTK_ACCESSIBLE_STATE_CHECKED, gtk_toggle_button_get_active (self->yes_button),
                               -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->no_button),
                               GTK_ACCESSIBLE_STATE_CHECKED, gtk_toggle_button_get_active (self->no_button),
                               -1);
}

static void
answer_toggled_cb (KhChecklistQuestion *self,
                   GtkToggleButton     *button)
{
  update_accessible_state (self);

  /* Only a button becoming active is an answer: the other one of the
   * pair goes inactive as a consequence. */
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  kh_checklist_answers_set_answer (self->model, self->index,
                                   button == self->yes_button ? KH_CHECKLIST_ANSWER_YES : KH_CHECKLIST_ANSWER_NO);
}

static void
kh_checklist_question_dispose (GObject *object)
{
  KhChecklistQuestion *self = (KhChecklistQuestion *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_CHECKLIST_QUESTION);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (kh_checklist_question_parent_class)->dispose (object);
}

static void
kh_checklist_question_class_init (KhChecklistQuestionClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_checklist_question_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-checklist-question.ui");
  gtk_widget_class_bind_template_child (widget_class, KhChecklistQuestion, box);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistQuestion, number_label);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistQuestion, text_label);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistQuestion, hint_label);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistQuestion, answers);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistQuestion, yes_button);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistQuestion, no_button);
  gtk_widget_class_bind_template_callback (widget_class, answer_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kh_checklist_question_init (KhChecklistQuestion *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "question");
  /* What the page's other text does: selectable where the lockdown of
   * the window allows it, never a stop for Tab. */
  kh_label_follow_lockdown (self->text_label);
  kh_label_follow_lockdown (self->hint_label);
}

/**
 * kh_checklist_question_new:
 * @answers: the visitor's answers, which take this one
 * @index: which of the checklist's questions
 *
 * Returns: (transfer floating): a new question
 */
GtkWidget *
kh_checklist_question_new (KhChecklistAnswers *answers,
                           guint               index)
{
  KhChecklist         *checklist;
  const char          *text, *hint;
  g_autofree char     *number = NULL;
  KhChecklistQuestion *self;

  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (answers), NULL);
  checklist = kh_checklist_answers_get_checklist (answers);
  g_return_val_if_fail (index < kh_checklist_get_n_questions (checklist), NULL);

  self = g_object_new (KH_TYPE_CHECKLIST_QUESTION, NULL);
  self->model = g_object_ref (answers);
  self->index = index;
  text = kh_checklist_get_question_text (checklist, index);
  hint = kh_checklist_get_question_hint (checklist, index);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  if (hint != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint, -1);

  /* Translators: e.g. "Question 3 of 11" */
  number = g_strdup_printf (_ ("Question %u of %u"), index + 1, kh_checklist_get_n_questions (checklist));
  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->text_label, text);
  gtk_label_set_text (self->hint_label, hint);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->answers), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  for (int i = 0; i < 2; i++)
    {
      GtkWidget       *button = GTK_WIDGET (i == 0 ? self->yes_button : self->no_button);
      g_autofree char *name = NULL;

      /* Translators: the name a screen reader gives an answer button: the
       * answer ("Yes" or "No"), then the question */
      name = g_strdup_printf (C_ ("answer button", "%s: %s"), i == 0 ? _ ("Yes") : _ ("No"), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_RELATION_POS_IN_SET, i + 1,
                                      GTK_ACCESSIBLE_RELATION_SET_SIZE, 2,
                                      -1);
    }

  kh_checklist_question_sync (self);

  return GTK_WIDGET (self);
}

guint
kh_checklist_question_get_index (KhChecklistQuestion *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_QUESTION (self), 0);

  return self->index;
}

KhChecklistAnswer
kh_checklist_question_get_answer (KhChecklistQuestion *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_QUESTION (self), KH_CHECKLIST_ANSWER_NONE);

  return kh_checklist_answers_get_answer (self->model, self->index);
}

/**
 * kh_checklist_question_sync:
 *
 * Shows the model's answer: the page calls it when the answers change.
 */
void
kh_checklist_question_sync (KhChecklistQuestion *self)
{
  KhChecklistAnswer answer;

  g_return_if_fail (KH_IS_CHECKLIST_QUESTION (self));

  answer = kh_checklist_answers_get_answer (self->model, self->index);
  self->syncing = TRUE;
  if (answer == KH_CHECKLIST_ANSWER_NONE)
    {
      gtk_toggle_button_set_active (self->yes_button, FALSE);
      gtk_toggle_button_set_active (self->no_button, FALSE);
    }
  else
    gtk_toggle_button_set_active (answer == KH_CHECKLIST_ANSWER_YES ? self->yes_button : self->no_button, TRUE);
  self->syncing = FALSE;
  update_accessible_state (self);
}

/**
 * kh_checklist_question_set_missing:
 * @missing: whether to mark the question as still to be answered
 */
void
kh_checklist_question_set_missing (KhChecklistQuestion *self,
                                   gboolean             missing)
{
  g_return_if_fail (KH_IS_CHECKLIST_QUESTION (self));

  if (missing)
    gtk_widget_add_css_class (GTK_WIDGET (self), "missing");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "missing");
}

/**
 * kh_checklist_question_get_button:
 * @answer: %KH_CHECKLIST_ANSWER_YES or %KH_CHECKLIST_ANSWER_NO
 *
 * Returns: (transfer none): the button that gives @answer
 */
GtkWidget *
kh_checklist_question_get_button (KhChecklistQuestion *self,
                                  KhChecklistAnswer    answer)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_QUESTION (self), NULL);
  g_return_val_if_fail (answer == KH_CHECKLIST_ANSWER_YES || answer == KH_CHECKLIST_ANSWER_NO, NULL);

  return GTK_WIDGET (answer == KH_CHECKLIST_ANSWER_YES ? self->yes_button : self->no_button);
}
