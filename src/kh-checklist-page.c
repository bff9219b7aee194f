/* kh-checklist-page.c: the screening checklist: questions, then result
 *
 * Two views in one page. The questions view shows the introduction and
 * all eleven questions at once, each with a Yes and a No button, and a
 * bar with the progress, Start Over and See My Result. The result view
 * shows the count, the band and what to do next (KhChecklistResult).
 * Both only render the visit's KhChecklistAnswers, which live as long as
 * the visit and are never written anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-checklist-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-checklist-page.h"
#include "kh-checklist-print.h"
#include "kh-checklist-question.h"
#include "kh-checklist-result.h"
#include "kh-clamp.h"
#include "kh-i18n.h"
#include "kh-lockdown.h"
#include "kh-readable-pages.h"
#include "kh-sources-list.h"
#include "kh-widgets.h"

struct _KhChecklistPage
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkStack          *view_stack;
  GtkScrolledWindow *questions_scroller;
  GtkScrolledWindow *result_scroller;
  GtkBox            *questions_column;
  KhChecklistResult *result;
  GtkLabel          *progress_label;
  GtkProgressBar    *progress_bar;
  GtkLabel          *notice_label;
  GtkWidget         *start_over_button;
  GtkWidget         *result_button;

  /* owned */
  KhChecklistAnswers *answers;
  KhLockdown         *lockdown;
  /* the KhChecklistQuestion of each question, in order */
  GPtrArray         *rows;
  GtkPrintOperation *print_operation;

  /* borrowed from the answers */
  KhChecklist *checklist;

  /* where the printed summary takes its help numbers from: the region
   * Get help shows (a code, or "" for the locale's) in the directory */
  KhDirectory *directory;
  char        *region;
};

/* Read aloud: in kh-readable-pages.c */
G_DEFINE_FINAL_TYPE_WITH_CODE (KhChecklistPage, kh_checklist_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KH_TYPE_READABLE, kh_checklist_page_readable_init))

enum
{
  PROP_0,
  PROP_ANSWERS,
  PROP_DIRECTORY,
  PROP_LOCKDOWN,
  PROP_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void sync_from_model (KhChecklistPage *self);

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);
}

static void
scroll_to_top (GtkScrolledWindow *scroller)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/* kh_body_label_new() makes a label that can be selected with the
 * pointer but is not focusable. GTK 4.8 lets such a label swallow Tab
 * without taking the focus, so the keyboard could not get past it: take
 * it out of the focus chain altogether. */
static GtkWidget *
text_label_new (const char *text)
{
  GtkWidget *label = kh_body_label_new (text);

  gtk_widget_set_can_focus (label, FALSE);
  return label;
}

static GtkWidget *
make_heading (const char *text,
              int         level,
              const char *css_class)
{
  GtkWidget *label = kh_heading_label_new (text, level);

  gtk_widget_set_can_focus (label, FALSE);
  gtk_widget_add_css_class (label, css_class);
  return label;
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
append_sources (KhChecklistPage *self)
{
  g_autoptr (GPtrArray) sources = g_ptr_array_new ();

  for (guint i = 0; i < kh_checklist_get_n_sources (self->checklist); i++)
    g_ptr_array_add (sources, kh_checklist_get_source (self->checklist, i));
  gtk_box_append (self->questions_column, kh_sources_list_new (sources, kh_checklist_get_reviewed (self->checklist)));
}

static void
build_questions (KhChecklistPage *self)
{
  GtkWidget *widget;

  clear_box (self->questions_column);
  g_ptr_array_set_size (self->rows, 0);

  widget = make_heading (kh_checklist_get_text (self->checklist, KH_CHECKLIST_TEXT_TITLE), 1, "title-1");
  gtk_widget_add_css_class (widget, "page-title");
  gtk_box_append (self->questions_column, widget);

  widget = text_label_new (kh_checklist_get_text (self->checklist, KH_CHECKLIST_TEXT_SUMMARY));
  gtk_widget_add_css_class (widget, "summary");
  gtk_box_append (self->questions_column, widget);

  for (guint i = 0; i < kh_checklist_get_list_length (self->checklist, KH_CHECKLIST_LIST_INTRO); i++)
    gtk_box_append (self->questions_column,
                    text_label_new (kh_checklist_get_list_item (self->checklist, KH_CHECKLIST_LIST_INTRO, i)));

  gtk_box_append (self->questions_column,
                  make_heading (kh_checklist_get_text (self->checklist, KH_CHECKLIST_TEXT_QUESTIONS_HEADING), 2, "title-3"));

  for (guint i = 0; i < kh_checklist_get_n_questions (self->checklist); i++)
    {
      GtkWidget *question = kh_checklist_question_new (self->answers, i);

      g_ptr_array_add (self->rows, question);
      gtk_box_append (self->questions_column, question);
    }

  append_sources (self);
}

/* Printing hands the answers to the print dialog, which can also save
 * them as a PDF: both doors must be open. */
static gboolean
get_can_print (KhChecklistPage *self)
{
  return kh_lockdown_get_can_print (self->lockdown) && kh_lockdown_get_can_save (self->lockdown);
}

static void
update_progress (KhChecklistPage *self)
{
  guint            n_questions = kh_checklist_get_n_questions (self->checklist);
  guint            n_answered = kh_checklist_answers_get_n_answered (self->answers);
  g_autofree char *text = NULL;

  /* Translators: progress through the checklist, e.g. "4 of 11
   * answered"; the plural follows the second number */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u answered", "%u of %u answered", n_questions),
                          n_answered, n_questions);
  gtk_label_set_text (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, n_questions > 0 ? (double) n_answered / n_questions : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

/* The summary's text for the result's QR codes, as it would print. */
static void
update_take_away (KhChecklistPage *self)
{
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *summary = NULL;

  if (self->directory == NULL)
    {
      kh_checklist_result_set_take_away (self->result, NULL, NULL);
      return;
    }

  now = g_date_time_new_now_local ();
  summary = kh_checklist_dup_summary_text (self->answers, now, self->directory,
                                           kh_directory_resolve_region (self->directory, self->region));
  kh_checklist_result_set_take_away (self->result, summary,
                                     kh_checklist_get_text (kh_checklist_answers_get_checklist (self->answers),
                                                            KH_CHECKLIST_TEXT_PRINT_TITLE));
}

static void
sync_from_model (KhChecklistPage *self)
{
  gboolean complete = kh_checklist_answers_is_complete (self->answers);
  gboolean show_missing = gtk_widget_get_visible (GTK_WIDGET (self->notice_label)) && !complete;

  for (guint i = 0; i < self->rows->len; i++)
    {
      KhChecklistQuestion *question = g_ptr_array_index (self->rows, i);

      kh_checklist_question_sync (question);
      kh_checklist_question_set_missing (question, show_missing && kh_checklist_question_get_answer (question) ==
                                                                       KH_CHECKLIST_ANSWER_NONE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), show_missing);
  update_progress (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.reset",
                                 kh_checklist_answers_get_n_answered (self->answers) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.print", complete && get_can_print (self));

  if (kh_checklist_page_get_showing_result (self))
    {
      if (complete)
        {
          kh_checklist_result_update (self->result);
          update_take_away (self);
        }
      else
        kh_checklist_page_show_questions (self);
    }
}

static void
checklist_changed_cb (KhChecklistPage *self)
{
  sync_from_model (self);

  /* Cleared, by Start Over or from outside (a kiosk reset): back to the
   * beginning, as if nobody had been here. */
  if (kh_checklist_answers_get_n_answered (self->answers) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->notice_label), FALSE);
      kh_checklist_page_show_questions (self);
      scroll_to_top (self->questions_scroller);
    }
}

/**
 * kh_checklist_page_rebuild:
 * @self: a #KhChecklistPage
 *
 * Draws the page again in the current language, keeping the answers.
 */
void
kh_checklist_page_rebuild (KhChecklistPage *self)
{
  g_return_if_fail (KH_IS_CHECKLIST_PAGE (self));

  build_questions (self);
  sync_from_model (self);
}

/**
 * kh_checklist_page_get_showing_result:
 *
 * Returns: whether the result, rather than the questions, is shown
 */
gboolean
kh_checklist_page_get_showing_result (KhChecklistPage *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_PAGE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "result") == 0;
}

/**
 * kh_checklist_page_show_result:
 * @self: a #KhChecklistPage
 *
 * Shows the result if every question has an answer. Otherwise says so
 * and moves the focus to the first question without one.
 *
 * Returns: whether the result is shown
 */
gboolean
kh_checklist_page_show_result (KhChecklistPage *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_PAGE (self), FALSE);

  if (!kh_checklist_answers_is_complete (self->answers))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->notice_label), TRUE);
      sync_from_model (self);

      for (guint i = 0; i < self->rows->len; i++)
        if (kh_checklist_answers_get_answer (self->answers, i) == KH_CHECKLIST_ANSWER_NONE)
          {
            gtk_widget_grab_focus (kh_checklist_question_get_button (g_ptr_array_index (self->rows, i),
                                                                     KH_CHECKLIST_ANSWER_YES));
            break;
          }

      return FALSE;
    }

  kh_checklist_result_update (self->result);
  update_take_away (self);
  gtk_stack_set_visible_child_name (self->view_stack, "result");
  scroll_to_top (self->result_scroller);
  kh_checklist_result_focus_summary (self->result);

  return TRUE;
}

/**
 * kh_checklist_page_show_questions:
 * @self: a #KhChecklistPage
 *
 * Goes back to the questions, keeping the answers.
 */
void
kh_checklist_page_show_questions (KhChecklistPage *self)
{
  g_return_if_fail (KH_IS_CHECKLIST_PAGE (self));

  if (!kh_checklist_page_get_showing_result (self))
    return;

  gtk_stack_set_visible_child_name (self->view_stack, "questions");
  kh_checklist_result_clear (self->result);
}

/* The lockdown changed: offer printing only where it may be done. */
static void
lockdown_changed_cb (KhChecklistPage *self)
{
  kh_checklist_result_set_can_print (self->result, get_can_print (self));
  sync_from_model (self);
}

/**
 * kh_checklist_page_reset:
 * @self: a #KhChecklistPage
 *
 * Clears every answer and goes back to the start of the checklist.
 */
void
kh_checklist_page_reset (KhChecklistPage *self)
{
  g_return_if_fail (KH_IS_CHECKLIST_PAGE (self));

  kh_checklist_answers_reset (self->answers);
  kh_checklist_page_show_questions (self);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), FALSE);
  scroll_to_top (self->questions_scroller);
}

static void
show_print_error (KhChecklistPage *self,
                  const GError    *error)
{
  g_warning ("Printing failed: %s", error->message);
  kh_checklist_result_show_print_error (self->result, error->message);
}

static void
print_done_cb (GtkPrintOperation      *operation,
               GtkPrintOperationResult result,
               KhChecklistPage        *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr (GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_print_error (self, error);
    }

  if (operation == self->print_operation)
    g_clear_object (&self->print_operation);
}

/**
 * kh_checklist_page_print:
 * @self: a #KhChecklistPage
 *
 * Opens the print dialog for a one-page summary of the answers, from
 * which it can be printed or saved as PDF. Does nothing unless every
 * question has an answer.
 */
void
kh_checklist_page_print (KhChecklistPage *self)
{
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GError) error = NULL;
  GtkPrintOperationResult result;
  GtkRoot                *root;
  KhDirectory            *directory = NULL;
  const char             *region = NULL;

  g_return_if_fail (KH_IS_CHECKLIST_PAGE (self));

  if (!kh_checklist_answers_is_complete (self->answers) || self->print_operation != NULL || !get_can_print (self))
    return;

  kh_checklist_result_show_print_error (self->result, NULL);

  /* GTK's "Print to File" adds the PDF it writes to the recently used
   * files, where the next person could see it. The app keeps no recent
   * files at all. */
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-recent-files-enabled", FALSE, NULL);

  if ((directory = self->directory) != NULL)
    region = kh_directory_resolve_region (directory, self->region);

  now = g_date_time_new_now_local ();
  self->print_operation = kh_checklist_print_operation_new (self->answers, now, directory, region);
  gtk_print_operation_set_allow_async (self->print_operation, TRUE);
  g_signal_connect_object (self->print_operation, "done", G_CALLBACK (print_done_cb), self, 0);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  result = gtk_print_operation_run (self->print_operation,
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                    &error);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_print_error (self, error);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_clear_object (&self->print_operation);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KhChecklistPage *self = KH_CHECKLIST_PAGE (widget);

  kh_checklist_page_reset (self);
  /* Ready to answer again from the first question. */
  if (self->rows->len > 0)
    gtk_widget_grab_focus (kh_checklist_question_get_button (g_ptr_array_index (self->rows, 0),
                                                             KH_CHECKLIST_ANSWER_YES));
}

static void
show_result_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  kh_checklist_page_show_result (KH_CHECKLIST_PAGE (widget));
}

static void
change_answers_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KhChecklistPage *self = KH_CHECKLIST_PAGE (widget);

  kh_checklist_page_show_questions (self);
  gtk_widget_grab_focus (self->result_button);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  kh_checklist_page_print (KH_CHECKLIST_PAGE (widget));
}

static void
kh_checklist_page_constructed (GObject *object)
{
  KhChecklistPage *self = (KhChecklistPage *) object;

  G_OBJECT_CLASS (kh_checklist_page_parent_class)->constructed (object);

  g_assert (self->answers != NULL);
  self->checklist = kh_checklist_answers_get_checklist (self->answers);
  if (self->lockdown == NULL)
    self->lockdown = kh_lockdown_new ();

  kh_checklist_result_set_answers (self->result, self->answers);
  g_signal_connect_object (self->answers, "changed",
                           G_CALLBACK (checklist_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lockdown, "notify::can-print",
                           G_CALLBACK (lockdown_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lockdown, "notify::can-save",
                           G_CALLBACK (lockdown_changed_cb), self,
                           G_CONNECT_SWAPPED);
  kh_checklist_result_set_can_print (self->result, get_can_print (self));
  kh_checklist_page_rebuild (self);
}

static void
kh_checklist_page_dispose (GObject *object)
{
  KhChecklistPage *self = (KhChecklistPage *) object;

  if (self->print_operation != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->print_operation, self);
      g_clear_object (&self->print_operation);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_CHECKLIST_PAGE);
  self->checklist = NULL;
  g_clear_object (&self->answers);
  g_clear_object (&self->lockdown);
  g_clear_object (&self->directory);

  G_OBJECT_CLASS (kh_checklist_page_parent_class)->dispose (object);
}

static void
kh_checklist_page_finalize (GObject *object)
{
  KhChecklistPage *self = (KhChecklistPage *) object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->region, g_free);

  G_OBJECT_CLASS (kh_checklist_page_parent_class)->finalize (object);
}

static void
kh_checklist_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KhChecklistPage *self = KH_CHECKLIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_ANSWERS:
      g_value_set_object (value, self->answers);
      break;

    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_LOCKDOWN:
      g_value_set_object (value, self->lockdown);
      break;

    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_checklist_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KhChecklistPage *self = KH_CHECKLIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_ANSWERS:
      self->answers = g_value_dup_object (value);
      break;

    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    case PROP_LOCKDOWN:
      self->lockdown = g_value_dup_object (value);
      break;

    case PROP_REGION:
      if (g_strcmp0 (self->region, g_value_get_string (value)) != 0)
        {
          g_free (self->region);
          self->region = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_checklist_page_class_init (KhChecklistPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kh_checklist_page_constructed;
  object_class->dispose = kh_checklist_page_dispose;
  object_class->finalize = kh_checklist_page_finalize;
  object_class->get_property = kh_checklist_page_get_property;
  object_class->set_property = kh_checklist_page_set_property;

  /* the visitor's answers, which the page shows and changes */
  properties[PROP_ANSWERS] =
      g_param_spec_object ("answers", NULL, NULL, KH_TYPE_CHECKLIST_ANSWERS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTORY] =
      g_param_spec_object ("directory", NULL, NULL, KH_TYPE_DIRECTORY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* whether the summary may be printed, and the text selected */
  properties[PROP_LOCKDOWN] =
      g_param_spec_object ("lockdown", NULL, NULL, KH_TYPE_LOCKDOWN,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* the region whose numbers the printed summary lists, as Get help's */
  properties[PROP_REGION] =
      g_param_spec_string ("region", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_CLAMP);
  g_type_ensure (KH_TYPE_CHECKLIST_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-checklist-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, questions_scroller);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, result_scroller);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, questions_column);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, result);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, notice_label);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, start_over_button);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, result_button);

  gtk_widget_class_install_action (widget_class, "checklist.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "checklist.show-result", NULL, show_result_action);
  gtk_widget_class_install_action (widget_class, "checklist.change-answers", NULL, change_answers_action);
  gtk_widget_class_install_action (widget_class, "checklist.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "checklist.print", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "checklistpage");
}

static void
kh_checklist_page_init (KhChecklistPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_accessible_label_from_mnemonic (self->start_over_button);
  set_accessible_label_from_mnemonic (self->result_button);

  self->rows = g_ptr_array_new ();
}

/**
 * kh_checklist_page_new:
 * @answers: the visitor's answers, which the page shows and changes
 * @directory: (nullable): where the printed summary takes the help
 *   numbers of the page's #KhChecklistPage:region from
 * @lockdown: (nullable): whether the summary may be printed (and saved
 *   as PDF) and the text selected; %NULL allows everything
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
kh_checklist_page_new (KhChecklistAnswers *answers,
                       KhDirectory        *directory,
                       KhLockdown         *lockdown)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_ANSWERS (answers), NULL);
  g_return_val_if_fail (directory == NULL || KH_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (lockdown == NULL || KH_IS_LOCKDOWN (lockdown), NULL);

  return g_object_new (KH_TYPE_CHECKLIST_PAGE,
                       "answers", answers,
                       "directory", directory,
                       "lockdown", lockdown,
                       NULL);
}

/**
 * kh_checklist_page_get_checklist:
 *
 * Returns: (transfer none): the checklist shown: its questions and texts
 */
KhChecklist *
kh_checklist_page_get_checklist (KhChecklistPage *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_PAGE (self), NULL);

  return self->checklist;
}

/**
 * kh_checklist_page_get_answers:
 *
 * Returns: (transfer none): the answers shown
 */
KhChecklistAnswers *
kh_checklist_page_get_answers (KhChecklistPage *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_PAGE (self), NULL);

  return self->answers;
}

/**
 * kh_checklist_page_get_answer_button:
 * @self: a #KhChecklistPage
 * @index: a question
 * @answer: %KH_CHECKLIST_ANSWER_YES or %KH_CHECKLIST_ANSWER_NO
 *
 * Returns: (transfer none): the toggle button that gives @answer to
 *   question @index
 */
GtkWidget *
kh_checklist_page_get_answer_button (KhChecklistPage  *self,
                                     guint             index,
                                     KhChecklistAnswer answer)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_PAGE (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return kh_checklist_question_get_button (g_ptr_array_index (self->rows, index), answer);
}
