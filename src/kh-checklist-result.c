/* kh-checklist-result.c: the result of the checklist, and what to do next
 *
 * The count of signs, where it falls on the scale of bands (none, mild,
 * moderate, severe) or that it shows physical dependence alone, what
 * that means, the signs answered yes, the next steps of the band, what
 * to ask a doctor and where to get help now. Everything shown comes from
 * the answers and the checklist's texts; kh_checklist_result_update()
 * shows them again after they changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-checklist-result"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-callout.h"
#include "kh-checklist-result.h"
#include "kh-plan.h"
#include "kh-qr-pager.h"
#include "kh-widgets.h"

struct _KhChecklistResult
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *column;
  GtkWidget *title_label;
  GtkWidget *summary;
  GtkLabel  *count_label;
  GtkBox    *band_scale;
  GtkLabel  *range_label;
  GtkLabel  *meaning_label;
  GtkWidget *signs_heading;
  GtkBox    *signs_list;
  GtkBox    *notes_box;
  GtkWidget *steps_heading;
  GtkBox    *steps_list;
  GtkLabel  *doctor_heading;
  GtkBox    *doctor_list;
  GtkBox    *callouts_box;
  GtkWidget *print_button;
  GtkWidget *change_button;
  GtkWidget *start_over_button;
  GtkWidget *craving_button;
  GtkLabel  *print_error_label;

  /* the summary's own text as QR codes, for a phone to take away */
  GtkWidget *qr_button;
  GtkWidget *qr_pager;

  /* owned */
  KhChecklistAnswers *answers;
  GStrv               qr_texts;
};

G_DEFINE_FINAL_TYPE (KhChecklistResult, kh_checklist_result, GTK_TYPE_WIDGET)

static void qr_toggled_cb (KhChecklistResult *self);

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);
}

/* GTK 4.8 lets a selectable label swallow Tab without taking the focus:
 * take the result's text out of the focus chain altogether. */
static void
no_tab_stop (GtkWidget *widget,
             gpointer   user_data)
{
  if (GTK_IS_LABEL (widget))
    gtk_widget_set_can_focus (widget, FALSE);
}

static GtkWidget *
text_label_new (const char *text)
{
  GtkWidget *label = kh_body_label_new (text);

  gtk_widget_set_can_focus (label, FALSE);
  return label;
}

static void
list_append (GtkBox     *list,
             const char *text)
{
  gtk_box_append (list, kh_bullet_row_new (text_label_new (text)));
}

static void
append_callout (GtkBox        *box,
                KhCalloutStyle style,
                const char    *title,
                const char    *text)
{
  GtkWidget *callout = kh_callout_new (style, title, text);

  kh_widget_foreach (callout, no_tab_stop, NULL);
  gtk_box_append (box, callout);
}

/* GTK 4.8 names a button with a mnemonic both by its label, underscore
 * included, and by its label widget: "See My _Result See My Result".
 * Name it once, without the underscore. */
static void
set_accessible_label_from_mnemonic (GtkWidget *button)
{
  g_autoptr (GString) name = g_string_new (gtk_button_get_label (GTK_BUTTON (button)));

  g_string_replace (name, "_", "", 0);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name->str,
                                  -1);
}

static void
fill_band_scale (KhChecklistResult *self,
                 KhChecklistBand    current)
{
  static const guint first_count[] = { 0, 2, 4, 6 };
  KhChecklist       *checklist = kh_checklist_answers_get_checklist (self->answers);

  G_STATIC_ASSERT (G_N_ELEMENTS (first_count) == KH_CHECKLIST_N_BANDS);

  clear_box (self->band_scale);
  /* Physical dependence alone is no band: the scale would suggest one. */
  gtk_widget_set_visible (GTK_WIDGET (self->band_scale), current != KH_CHECKLIST_RESULT_DEPENDENCE);
  if (current == KH_CHECKLIST_RESULT_DEPENDENCE)
    return;

  for (guint band = 0; band < KH_CHECKLIST_N_BANDS; band++)
    {
      g_autofree char *range = NULL;
      guint            last = band + 1 < KH_CHECKLIST_N_BANDS ? first_count[band + 1] - 1
                                                              : kh_checklist_get_n_questions (checklist);
      GtkWidget       *cell, *label;

      cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_add_css_class (cell, "band");
      if (band == current)
        gtk_widget_add_css_class (cell, "current");

      /* Translators: a range of numbers of signs, e.g. "2–3" */
      range = g_strdup_printf (_ ("%u–%u"), first_count[band], last);
      label = gtk_label_new (range);
      gtk_widget_add_css_class (label, "band-range");
      gtk_box_append (GTK_BOX (cell), label);

      label = g_object_new (GTK_TYPE_LABEL,
                            "label", kh_checklist_get_band_text (checklist, band, KH_CHECKLIST_BAND_TEXT_TITLE),
                            "wrap", TRUE,
                            "wrap-mode", PANGO_WRAP_WORD_CHAR,
                            "justify", GTK_JUSTIFY_CENTER,
                            NULL);
      gtk_widget_add_css_class (label, "band-title");
      gtk_box_append (GTK_BOX (cell), label);

      gtk_box_append (self->band_scale, cell);
    }
}

/**
 * kh_checklist_result_update:
 * @self: a #KhChecklistResult
 *
 * Shows the result of the answers as they are now, in the current
 * language.
 */
void
kh_checklist_result_update (KhChecklistResult *self)
{
  KhChecklist     *checklist;
  KhChecklistBand  band;
  g_autofree char *count = NULL;
  g_autofree char *description = NULL;
  const char      *range;
  gboolean         any_sign;

  g_return_if_fail (KH_IS_CHECKLIST_RESULT (self));

  if (self->answers == NULL)
    return;

  checklist = kh_checklist_answers_get_checklist (self->answers);
  band = kh_checklist_answers_get_result (self->answers);
  count = kh_checklist_answers_format_count (self->answers);
  range = kh_checklist_get_band_text (checklist, band, KH_CHECKLIST_BAND_TEXT_RANGE);

  description = g_strdup_printf ("%s %s", count, range);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_label_set_text (self->count_label, count);
  fill_band_scale (self, band);
  gtk_label_set_text (self->range_label, range);
  gtk_label_set_text (self->meaning_label, kh_checklist_get_band_text (checklist, band, KH_CHECKLIST_BAND_TEXT_MEANING));

  any_sign = kh_checklist_answers_get_count (self->answers) > 0;
  gtk_widget_set_visible (self->signs_heading, any_sign);
  gtk_widget_set_visible (GTK_WIDGET (self->signs_list), any_sign);
  clear_box (self->signs_list);
  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    if (kh_checklist_answers_get_answer (self->answers, i) == KH_CHECKLIST_ANSWER_YES)
      list_append (self->signs_list, kh_checklist_get_question_label (checklist, i));

  /* Tolerance and withdrawal may reflect physical dependence. */
  clear_box (self->notes_box);
  if (kh_checklist_answers_get_area_yes (self->answers, KH_CHECKLIST_AREA_TOLERANCE))
    append_callout (self->notes_box, KH_CALLOUT_INFO, NULL, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_TOLERANCE));
  if (kh_checklist_answers_get_area_yes (self->answers, KH_CHECKLIST_AREA_WITHDRAWAL))
    append_callout (self->notes_box, KH_CALLOUT_INFO, NULL, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_WITHDRAWAL));
  gtk_widget_set_visible (GTK_WIDGET (self->notes_box), gtk_widget_get_first_child (GTK_WIDGET (self->notes_box)) != NULL);

  clear_box (self->steps_list);
  for (guint i = 0; i < kh_checklist_get_band_n_steps (checklist, band); i++)
    list_append (self->steps_list, kh_checklist_get_band_step (checklist, band, i));

  gtk_label_set_text (self->doctor_heading, kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_DOCTOR_TITLE));
  clear_box (self->doctor_list);
  for (guint i = 0; i < kh_checklist_get_list_length (checklist, KH_CHECKLIST_LIST_DOCTOR); i++)
    list_append (self->doctor_list, kh_checklist_get_list_item (checklist, KH_CHECKLIST_LIST_DOCTOR, i));

  clear_box (self->callouts_box);
  append_callout (self->callouts_box, KH_CALLOUT_INFO,
                  kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_DIAGNOSIS_TITLE),
                  kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_DIAGNOSIS));
  gtk_widget_add_css_class (gtk_widget_get_last_child (GTK_WIDGET (self->callouts_box)), "block");
  append_callout (self->callouts_box, KH_CALLOUT_CRISIS,
                  kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_CRISIS_TITLE),
                  kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_CRISIS));
  {
    GtkWidget *button = g_object_new (GTK_TYPE_BUTTON,
                                      "label", _ ("_Get Help"),
                                      "use-underline", TRUE,
                                      "action-name", "win.show-section",
                                      "halign", GTK_ALIGN_START,
                                      NULL);

    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "help");
    gtk_widget_add_css_class (button, "checklist-action");
    set_accessible_label_from_mnemonic (button);
    kh_callout_append (KH_CALLOUT (gtk_widget_get_last_child (GTK_WIDGET (self->callouts_box))), button);
  }

  gtk_widget_set_visible (GTK_WIDGET (self->print_error_label), FALSE);
}

/**
 * kh_checklist_result_clear:
 * @self: a #KhChecklistResult
 *
 * Takes the result off the screen, while the questions are shown
 * again: nothing of the answers lingers behind them.
 */
void
kh_checklist_result_clear (KhChecklistResult *self)
{
  g_return_if_fail (KH_IS_CHECKLIST_RESULT (self));

  gtk_label_set_text (self->count_label, NULL);
  gtk_label_set_text (self->range_label, NULL);
  gtk_label_set_text (self->meaning_label, NULL);
  clear_box (self->band_scale);
  clear_box (self->signs_list);
  clear_box (self->notes_box);
  clear_box (self->steps_list);
  clear_box (self->doctor_list);
  clear_box (self->callouts_box);
  gtk_widget_set_visible (GTK_WIDGET (self->print_error_label), FALSE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->qr_button), FALSE);
  kh_checklist_result_set_take_away (self, NULL, NULL);
}

/**
 * kh_checklist_result_set_can_print:
 * @can_print: whether to offer printing the summary (and saving it as
 *   PDF); a kiosk does not
 */
void
kh_checklist_result_set_can_print (KhChecklistResult *self,
                                   gboolean           can_print)
{
  g_return_if_fail (KH_IS_CHECKLIST_RESULT (self));

  gtk_widget_set_visible (self->print_button, can_print);
}

/**
 * kh_checklist_result_focus_summary:
 *
 * Moves the focus to the count and band, so that a screen reader reads
 * them out.
 */
void
kh_checklist_result_focus_summary (KhChecklistResult *self)
{
  g_return_if_fail (KH_IS_CHECKLIST_RESULT (self));

  gtk_widget_grab_focus (self->summary);
}

/**
 * kh_checklist_result_show_print_error:
 * @message: (nullable): what went wrong, or %NULL to hide the last error
 */
void
kh_checklist_result_show_print_error (KhChecklistResult *self,
                                      const char        *message)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KH_IS_CHECKLIST_RESULT (self));

  if (message != NULL)
    {
      /* Translators: %s says what went wrong */
      text = g_strdup_printf (_ ("The summary could not be printed: %s"), message);
      gtk_label_set_text (self->print_error_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->print_error_label), message != NULL);
}

static void
qr_toggled_cb (KhChecklistResult *self)
{
  gboolean shown = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->qr_button));

  gtk_widget_set_visible (self->qr_pager, shown);
  kh_qr_pager_set_texts (KH_QR_PAGER (self->qr_pager), shown ? (const char *const *) self->qr_texts : NULL);
}

/**
 * kh_checklist_result_set_take_away:
 * @summary: (nullable): the summary's text, as printed
 * @title: what each code's first line calls it, when it takes several
 *
 * The text the QR codes carry (split with kh_plan_split_for_qr()).
 */
void
kh_checklist_result_set_take_away (KhChecklistResult *self,
                                   const char        *summary,
                                   const char        *title)
{
  g_return_if_fail (KH_IS_CHECKLIST_RESULT (self));

  g_clear_pointer (&self->qr_texts, g_strfreev);
  if (summary != NULL)
    self->qr_texts = kh_plan_split_for_qr (summary, title);
  gtk_widget_set_visible (self->qr_button, summary != NULL);
  qr_toggled_cb (self);
}

/**
 * kh_checklist_result_get_qr_pager:
 *
 * Returns: (transfer none): the QR codes of the summary
 */
GtkWidget *
kh_checklist_result_get_qr_pager (KhChecklistResult *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_RESULT (self), NULL);

  return self->qr_pager;
}

static void
kh_checklist_result_dispose (GObject *object)
{
  KhChecklistResult *self = (KhChecklistResult *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_CHECKLIST_RESULT);
  g_clear_object (&self->answers);
  g_clear_pointer (&self->qr_texts, g_strfreev);

  G_OBJECT_CLASS (kh_checklist_result_parent_class)->dispose (object);
}

static void
kh_checklist_result_class_init (KhChecklistResultClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_checklist_result_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-checklist-result.ui");
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, column);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, title_label);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, summary);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, count_label);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, band_scale);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, range_label);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, meaning_label);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, signs_heading);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, signs_list);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, notes_box);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, steps_heading);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, steps_list);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, doctor_heading);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, doctor_list);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, callouts_box);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, print_button);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, change_button);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, craving_button);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistResult, print_error_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kh_checklist_result_init (KhChecklistResult *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  {
    GtkWidget *labels[] = {
      self->title_label,
      GTK_WIDGET (self->count_label),
      GTK_WIDGET (self->range_label),
      GTK_WIDGET (self->meaning_label),
      self->signs_heading,
      self->steps_heading,
      GTK_WIDGET (self->doctor_heading),
      GTK_WIDGET (self->print_error_label),
    };

    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      kh_label_follow_lockdown (GTK_LABEL (labels[i]));
  }

  set_accessible_label_from_mnemonic (self->print_button);
  set_accessible_label_from_mnemonic (self->change_button);
  set_accessible_label_from_mnemonic (self->start_over_button);
  set_accessible_label_from_mnemonic (self->craving_button);

  self->qr_button = g_object_new (GTK_TYPE_TOGGLE_BUTTON, "label", _ ("Show as _QR Code"), "use-underline", TRUE,
                                  "halign", GTK_ALIGN_START, NULL);
  gtk_widget_add_css_class (self->qr_button, "checklist-action");
  set_accessible_label_from_mnemonic (self->qr_button);
  g_signal_connect_swapped (self->qr_button, "toggled", G_CALLBACK (qr_toggled_cb), self);
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (self->craving_button)), self->qr_button);
  self->qr_pager = kh_qr_pager_new ();
  gtk_widget_set_visible (self->qr_pager, FALSE);
  gtk_widget_insert_after (self->qr_pager, self->column, gtk_widget_get_parent (self->craving_button));
}

/**
 * kh_checklist_result_new:
 * @answers: the answers whose result is shown
 *
 * Returns: (transfer floating): the result of @answers
 */
GtkWidget *
kh_checklist_result_new (KhChecklistAnswers *answers)
{
  KhChecklistResult *self;

  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (answers), NULL);

  self = g_object_new (KH_TYPE_CHECKLIST_RESULT, NULL);
  kh_checklist_result_set_answers (self, answers);

  return GTK_WIDGET (self);
}

/**
 * kh_checklist_result_set_answers:
 * @answers: the answers whose result is shown
 *
 * For a result made by a template: shows the result of @answers.
 */
void
kh_checklist_result_set_answers (KhChecklistResult  *self,
                                 KhChecklistAnswers *answers)
{
  g_return_if_fail (KH_IS_CHECKLIST_RESULT (self));
  g_return_if_fail (KH_IS_CHECKLIST_ANSWERS (answers));

  g_set_object (&self->answers, answers);
  kh_checklist_result_update (self);
}
