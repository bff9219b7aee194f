/* kh-checklist-page.c: the screening checklist: questions, then result
 *
 * Two views in one page. The questions view shows the introduction and
 * all eleven questions at once, each with a Yes and a No button, and a
 * bar with the progress, Start Over and See My Result. The result view
 * shows the count, the band and what to do next. Both only render the
 * KhChecklist model, which keeps the answers for as long as the window
 * lives and never writes them anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-checklist-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-checklist-page.h"
#include "kh-checklist-print.h"
#include "kh-checklist-question.h"
#include "kh-clamp.h"
#include "kh-content.h"
#include "kh-i18n.h"
#include "kh-plan.h"
#include "kh-qr-pager.h"
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
  GtkBox            *result_column;
  GtkLabel          *progress_label;
  GtkProgressBar    *progress_bar;
  GtkLabel          *notice_label;
  GtkWidget         *start_over_button;
  GtkWidget         *result_button;

  /* owned */
  KhChecklist *checklist;
  /* the KhChecklistQuestion of each question, in order */
  GPtrArray         *rows;
  GtkPrintOperation *print_operation;

  /* borrowed: children of result_column, while it is built */
  GtkWidget *result_summary;
  GtkWidget *print_error_label;

  /* where the printed summary takes its help numbers from: the region
   * Get help shows (a code, or "" for the locale's) in the directory */
  KhDirectory *directory;
  char        *region;

  /* kiosk mode: the answers must not leave the screen */
  gboolean cannot_print;
};

G_DEFINE_FINAL_TYPE (KhChecklistPage, kh_checklist_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHECKLIST,
  PROP_DIRECTORY,
  PROP_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void sync_from_model (KhChecklistPage *self);
static void append_take_away (KhChecklistPage *self,
                              GtkWidget       *actions);

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

static GtkWidget *
make_list (void)
{
  GtkWidget *list;

  list = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 6,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                       NULL);
  gtk_widget_add_css_class (list, "bullet-list");

  return list;
}

static void
list_append (GtkWidget  *list,
             const char *text)
{
  GtkWidget *row, *bullet, *label;

  row = g_object_new (GTK_TYPE_BOX,
                      "orientation", GTK_ORIENTATION_HORIZONTAL,
                      "spacing", 10,
                      "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                      NULL);
  bullet = g_object_new (GTK_TYPE_LABEL,
                         "label", "•",
                         "valign", GTK_ALIGN_START,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                         NULL);
  gtk_widget_add_css_class (bullet, "bullet");
  label = text_label_new (text);
  gtk_widget_set_hexpand (label, TRUE);

  gtk_box_append (GTK_BOX (row), bullet);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (list), row);
}

/* A call-out as on the content pages; returns the box its texts are in,
 * so more can be added. */
static GtkWidget *
make_callout (const char *style,
              const char *icon_name,
              const char *title,
              const char *text,
              GtkWidget **out_texts)
{
  GtkWidget *box, *icon, *texts, *label;

  box = g_object_new (GTK_TYPE_BOX,
                      "orientation", GTK_ORIENTATION_HORIZONTAL,
                      "spacing", 12,
                      "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                      NULL);
  gtk_widget_add_css_class (box, "callout");
  gtk_widget_add_css_class (box, style);
  if (title != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    -1);

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_image_set_icon_size (GTK_IMAGE (icon), GTK_ICON_SIZE_LARGE);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), icon);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (texts, TRUE);
  if (title != NULL)
    {
      label = text_label_new (title);
      gtk_widget_add_css_class (label, "heading");
      gtk_box_append (GTK_BOX (texts), label);
    }
  gtk_box_append (GTK_BOX (texts), text_label_new (text));
  gtk_box_append (GTK_BOX (box), texts);

  if (out_texts != NULL)
    *out_texts = texts;

  return box;
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

static GtkWidget *
make_action_button (const char *label,
                    const char *action_name,
                    const char *css_class)
{
  GtkWidget *button;

  button = g_object_new (GTK_TYPE_BUTTON,
                         "label", label,
                         "use-underline", TRUE,
                         "action-name", action_name,
                         NULL);
  gtk_widget_add_css_class (button, "checklist-action");
  if (css_class != NULL)
    gtk_widget_add_css_class (button, css_class);
  set_accessible_label_from_mnemonic (button);

  return button;
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

  gtk_box_append (self->questions_column, make_heading (_ ("In the past 12 months…"), 2, "title-3"));

  for (guint i = 0; i < kh_checklist_get_n_questions (self->checklist); i++)
    {
      GtkWidget *question = kh_checklist_question_new (self->checklist, i);

      g_ptr_array_add (self->rows, question);
      gtk_box_append (self->questions_column, question);
    }

  append_sources (self);
}

static GtkWidget *
make_band_scale (KhChecklistPage *self,
                 KhChecklistBand  current)
{
  static const guint first_count[] = { 0, 2, 4, 6 };
  GtkWidget         *scale;

  G_STATIC_ASSERT (G_N_ELEMENTS (first_count) == KH_CHECKLIST_N_BANDS);

  scale = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  gtk_box_set_homogeneous (GTK_BOX (scale), TRUE);
  gtk_widget_add_css_class (scale, "band-scale");
  /* The sentence above says the same for screen readers. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  for (guint band = 0; band < KH_CHECKLIST_N_BANDS; band++)
    {
      g_autofree char *range = NULL;
      guint            last = band + 1 < KH_CHECKLIST_N_BANDS ? first_count[band + 1] - 1
                                                              : kh_checklist_get_n_questions (self->checklist);
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
                            "label", kh_checklist_get_band_text (self->checklist, band, KH_CHECKLIST_BAND_TEXT_TITLE),
                            "wrap", TRUE,
                            "wrap-mode", PANGO_WRAP_WORD_CHAR,
                            "justify", GTK_JUSTIFY_CENTER,
                            NULL);
      gtk_widget_add_css_class (label, "band-title");
      gtk_box_append (GTK_BOX (cell), label);

      gtk_box_append (GTK_BOX (scale), cell);
    }

  return scale;
}

static void
build_result (KhChecklistPage *self)
{
  KhChecklist     *checklist = self->checklist;
  KhChecklistBand  band = kh_checklist_get_result (checklist);
  g_autofree char *count = kh_checklist_format_count (checklist);
  g_autofree char *description = NULL;
  const char      *range = kh_checklist_get_band_text (checklist, band, KH_CHECKLIST_BAND_TEXT_RANGE);
  GtkWidget       *widget, *list, *texts, *actions;

  clear_box (self->result_column);

  widget = make_heading (_ ("Your result"), 1, "title-1");
  gtk_widget_add_css_class (widget, "page-title");
  gtk_box_append (self->result_column, widget);

  /* Focus goes here when the result is shown, so a screen reader reads
   * the result at once: GTK 4.8 has no way to announce text. */
  self->result_summary = g_object_new (GTK_TYPE_BOX,
                                       "orientation", GTK_ORIENTATION_VERTICAL,
                                       "spacing", 10,
                                       "focusable", TRUE,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                       NULL);
  gtk_widget_add_css_class (self->result_summary, "result-summary");
  description = g_strdup_printf ("%s %s", count, range);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result_summary),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Your result"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  widget = text_label_new (count);
  gtk_widget_add_css_class (widget, "result-count");
  gtk_box_append (GTK_BOX (self->result_summary), widget);
  /* Physical dependence alone is no band: the scale would suggest one. */
  if (band != KH_CHECKLIST_RESULT_DEPENDENCE)
    gtk_box_append (GTK_BOX (self->result_summary), make_band_scale (self, band));
  widget = text_label_new (range);
  gtk_widget_add_css_class (widget, "result-range");
  gtk_box_append (GTK_BOX (self->result_summary), widget);
  gtk_box_append (self->result_column, self->result_summary);

  gtk_box_append (self->result_column,
                  text_label_new (kh_checklist_get_band_text (checklist, band, KH_CHECKLIST_BAND_TEXT_MEANING)));

  if (kh_checklist_get_count (checklist) > 0)
    {
      gtk_box_append (self->result_column, make_heading (_ ("The signs in your answers"), 2, "title-3"));
      list = make_list ();
      for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
        if (kh_checklist_get_answer (checklist, i) == KH_CHECKLIST_ANSWER_YES)
          list_append (list, kh_checklist_get_question_label (checklist, i));
      gtk_box_append (self->result_column, list);
    }

  /* Tolerance and withdrawal may reflect physical dependence. */
  if (kh_checklist_get_area_yes (checklist, KH_CHECKLIST_AREA_TOLERANCE))
    gtk_box_append (self->result_column,
                    make_callout ("info", "dialog-information-symbolic", NULL,
                                  kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_TOLERANCE), NULL));
  if (kh_checklist_get_area_yes (checklist, KH_CHECKLIST_AREA_WITHDRAWAL))
    gtk_box_append (self->result_column,
                    make_callout ("info", "dialog-information-symbolic", NULL,
                                  kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_WITHDRAWAL), NULL));

  gtk_box_append (self->result_column, make_heading (_ ("What you can do next"), 2, "title-3"));
  list = make_list ();
  for (guint i = 0; i < kh_checklist_get_band_n_steps (checklist, band); i++)
    list_append (list, kh_checklist_get_band_step (checklist, band, i));
  gtk_box_append (self->result_column, list);

  gtk_box_append (self->result_column,
                  make_heading (kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_DOCTOR_TITLE), 2, "title-3"));
  list = make_list ();
  for (guint i = 0; i < kh_checklist_get_list_length (checklist, KH_CHECKLIST_LIST_DOCTOR); i++)
    list_append (list, kh_checklist_get_list_item (checklist, KH_CHECKLIST_LIST_DOCTOR, i));
  gtk_box_append (self->result_column, list);

  widget = make_callout ("info", "dialog-information-symbolic",
                         kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_DIAGNOSIS_TITLE),
                         kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_DIAGNOSIS), NULL);
  gtk_widget_add_css_class (widget, "block");
  gtk_box_append (self->result_column, widget);

  widget = make_callout ("crisis", "call-start-symbolic",
                         kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_CRISIS_TITLE),
                         kh_checklist_get_text (checklist, KH_CHECKLIST_TEXT_CRISIS), &texts);
  {
    GtkWidget *button = make_action_button (_ ("_Get Help"), "win.show-section", NULL);

    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "help");
    gtk_widget_set_halign (button, GTK_ALIGN_START);
    gtk_box_append (GTK_BOX (texts), button);
  }
  gtk_box_append (self->result_column, widget);

  /* One column of equally wide buttons: fits a phone-sized window and
   * looks tidy on a wide one. */
  actions = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_halign (actions, GTK_ALIGN_START);
  gtk_widget_add_css_class (actions, "result-actions");
  if (!self->cannot_print)
    gtk_box_append (GTK_BOX (actions),
                    make_action_button (_ ("_Print or Save Summary"), "checklist.print", "suggested-action"));
  gtk_box_append (GTK_BOX (actions), make_action_button (_ ("_Change Answers"), "checklist.change-answers", NULL));
  gtk_box_append (GTK_BOX (actions), make_action_button (_ ("_Start Over"), "checklist.reset", NULL));
  append_take_away (self, actions);

  self->print_error_label = text_label_new (NULL);
  gtk_widget_add_css_class (self->print_error_label, "error");
  gtk_widget_set_visible (self->print_error_label, FALSE);
  gtk_box_append (self->result_column, self->print_error_label);
}

static void
update_progress (KhChecklistPage *self)
{
  guint            n_questions = kh_checklist_get_n_questions (self->checklist);
  guint            n_answered = kh_checklist_get_n_answered (self->checklist);
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

static void
sync_from_model (KhChecklistPage *self)
{
  gboolean complete = kh_checklist_is_complete (self->checklist);
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
                                 kh_checklist_get_n_answered (self->checklist) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.print", complete && !self->cannot_print);

  if (kh_checklist_page_get_showing_result (self))
    {
      if (complete)
        build_result (self);
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
  if (kh_checklist_get_n_answered (self->checklist) == 0)
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

  if (!kh_checklist_is_complete (self->checklist))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->notice_label), TRUE);
      sync_from_model (self);

      for (guint i = 0; i < self->rows->len; i++)
        if (kh_checklist_get_answer (self->checklist, i) == KH_CHECKLIST_ANSWER_NONE)
          {
            gtk_widget_grab_focus (kh_checklist_question_get_button (g_ptr_array_index (self->rows, i),
                                                                     KH_CHECKLIST_ANSWER_YES));
            break;
          }

      return FALSE;
    }

  build_result (self);
  gtk_stack_set_visible_child_name (self->view_stack, "result");
  scroll_to_top (self->result_scroller);
  gtk_widget_grab_focus (self->result_summary);

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
  clear_box (self->result_column);
  self->result_summary = NULL;
  self->print_error_label = NULL;
}

/**
 * kh_checklist_page_set_can_print:
 * @can_print: %FALSE to remove printing (and saving as PDF), as a kiosk
 *   does: a visitor's answers must not leave the screen
 */
void
kh_checklist_page_set_can_print (KhChecklistPage *self,
                                 gboolean         can_print)
{
  g_return_if_fail (KH_IS_CHECKLIST_PAGE (self));

  if (self->cannot_print == !can_print)
    return;

  self->cannot_print = !can_print;
  sync_from_model (self);
  if (kh_checklist_page_get_showing_result (self))
    build_result (self);
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

  kh_checklist_reset (self->checklist);
  kh_checklist_page_show_questions (self);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), FALSE);
  scroll_to_top (self->questions_scroller);
}

/* The summary's own text in QR codes, for a phone to take away: made
 * when asked for, from the answers as they are then. */
static void
qr_toggled_cb (GtkToggleButton *toggle,
               KhChecklistPage *self)
{
  GtkWidget *revealer = g_object_get_data (G_OBJECT (toggle), "kh-revealer");
  KhQrPager *pager = KH_QR_PAGER (gtk_revealer_get_child (GTK_REVEALER (revealer)));
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *text = NULL;
  g_auto (GStrv) texts = NULL;

  gtk_revealer_set_reveal_child (GTK_REVEALER (revealer), gtk_toggle_button_get_active (toggle));
  if (!gtk_toggle_button_get_active (toggle) || self->directory == NULL)
    {
      kh_qr_pager_clear (pager);
      return;
    }

  now = g_date_time_new_now_local ();
  text = kh_checklist_dup_summary_text (self->checklist, now, self->directory,
                                        kh_directory_resolve_region (self->directory, self->region));
  texts = kh_plan_split_for_qr (text, kh_checklist_get_text (self->checklist, KH_CHECKLIST_TEXT_PRINT_TITLE));
  kh_qr_pager_set_texts (pager, (const char *const *) texts);
}

static void
append_take_away (KhChecklistPage *self,
                  GtkWidget       *actions)
{
  GtkWidget *button, *revealer;

  button = make_action_button (_ ("_Ride Out a Craving"), "win.show-section", NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", KH_PAGE_CRAVING);
  gtk_box_append (GTK_BOX (actions), button);

  revealer = gtk_revealer_new ();
  gtk_revealer_set_child (GTK_REVEALER (revealer), kh_qr_pager_new ());
  button = g_object_new (GTK_TYPE_TOGGLE_BUTTON, "label", _ ("Show as _QR Code"), "use-underline", TRUE, NULL);
  gtk_widget_add_css_class (button, "checklist-action");
  set_accessible_label_from_mnemonic (button);
  g_object_set_data (G_OBJECT (button), "kh-revealer", revealer);
  g_signal_connect_object (button, "toggled", G_CALLBACK (qr_toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (actions), button);
  gtk_box_append (self->result_column, actions);
  gtk_box_append (self->result_column, revealer);
}

static void
show_print_error (KhChecklistPage *self,
                  const GError    *error)
{
  g_autofree char *text = NULL;

  g_warning ("Printing failed: %s", error->message);
  if (self->print_error_label == NULL)
    return;

  /* Translators: %s says what went wrong */
  text = g_strdup_printf (_ ("The summary could not be printed: %s"), error->message);
  gtk_label_set_text (GTK_LABEL (self->print_error_label), text);
  gtk_widget_set_visible (self->print_error_label, TRUE);
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

  if (!kh_checklist_is_complete (self->checklist) || self->print_operation != NULL || self->cannot_print)
    return;

  if (self->print_error_label != NULL)
    gtk_widget_set_visible (self->print_error_label, FALSE);

  /* GTK's "Print to File" adds the PDF it writes to the recently used
   * files, where the next person could see it. The app keeps no recent
   * files at all. */
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-recent-files-enabled", FALSE, NULL);

  if ((directory = self->directory) != NULL)
    region = kh_directory_resolve_region (directory, self->region);

  now = g_date_time_new_now_local ();
  self->print_operation = kh_checklist_print_operation_new (self->checklist, now, directory, region);
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

  g_signal_connect_object (self->checklist, "changed",
                           G_CALLBACK (checklist_changed_cb), self,
                           G_CONNECT_SWAPPED);
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
  self->result_summary = NULL;
  self->print_error_label = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_CHECKLIST_PAGE);
  g_clear_object (&self->checklist);
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
    case PROP_CHECKLIST:
      g_value_set_object (value, self->checklist);
      break;

    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
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
    case PROP_CHECKLIST:
      self->checklist = g_value_dup_object (value);
      break;

    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
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

  properties[PROP_CHECKLIST] =
      g_param_spec_object ("checklist", NULL, NULL, KH_TYPE_CHECKLIST,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTORY] =
      g_param_spec_object ("directory", NULL, NULL, KH_TYPE_DIRECTORY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* the region whose numbers the printed summary lists, as Get help's */
  properties[PROP_REGION] =
      g_param_spec_string ("region", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_CLAMP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-checklist-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, questions_scroller);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, result_scroller);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, questions_column);
  gtk_widget_class_bind_template_child (widget_class, KhChecklistPage, result_column);
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
 * @checklist: the checklist, whose answers the page shows and changes
 * @directory: (nullable): where the printed summary takes the help
 *   numbers of the page's #KhChecklistPage:region from
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
kh_checklist_page_new (KhChecklist *checklist,
                       KhDirectory *directory)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (checklist), NULL);
  g_return_val_if_fail (directory == NULL || KH_IS_DIRECTORY (directory), NULL);

  return g_object_new (KH_TYPE_CHECKLIST_PAGE, "checklist", checklist, "directory", directory, NULL);
}

/**
 * kh_checklist_page_get_checklist:
 *
 * Returns: (transfer none): the checklist shown
 */
KhChecklist *
kh_checklist_page_get_checklist (KhChecklistPage *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST_PAGE (self), NULL);

  return self->checklist;
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
