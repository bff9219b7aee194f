/* kh-plan-page.c: My plan: the worksheet, and taking it away
 *
 * Every word comes from plan.json (KhPlanSheet); every choice and text
 * goes to the visit's KhPlan, which the page is given and never keeps
 * beyond itself. The page shows the plan back as the model has it, so a
 * plan cleared at the end of a kiosk visit is cleared here too.
 *
 * Taking it away: on the desktop, a one-page PDF through the print
 * dialog, and, only when asked, a copy kept in the app's own data
 * folder (kh-plan-store.c). In a kiosk: neither, but QR codes that carry
 * the plan's text itself. That half is in kh-plan-page-take-away.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-callout.h"
#include "kh-clamp.h"
#include "kh-content.h"
#include "kh-plan-page-private.h"
#include "kh-plan-print.h"
#include "kh-plan-store.h"
#include "kh-plan-widgets.h"
#include "kh-qr-pager.h"
#include "kh-readable-pages.h"
#include "kh-sources-list.h"
#include "kh-widgets.h"

/* Read aloud: in kh-readable-pages.c */
G_DEFINE_FINAL_TYPE_WITH_CODE (KhPlanPage, kh_plan_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KH_TYPE_READABLE, kh_plan_page_readable_init))

enum
{
  PROP_0,
  PROP_PLAN,
  PROP_DIRECTORY,
  PROP_KIOSK,
  PROP_REGION,
  PROP_KEEP,
  PROP_KEEP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Model → widgets. */
static void
sync_question (KhPlanPage *self,
               guint       question)
{
  KhPlanSheet *sheet = kh_plan_get_sheet (self->plan);
  GPtrArray   *controls = g_ptr_array_index (self->controls, question);

  self->syncing = TRUE;
  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);

      switch (kh_plan_sheet_get_question_kind (sheet, question))
        {
        case KH_PLAN_KIND_CHOICE:
          gtk_check_button_set_active (GTK_CHECK_BUTTON (control), kh_plan_get_choice (self->plan, question) == (int) i);
          break;

        case KH_PLAN_KIND_CHOICES:
          gtk_check_button_set_active (GTK_CHECK_BUTTON (control), kh_plan_get_option (self->plan, question, i));
          break;

        case KH_PLAN_KIND_TEXT:
        case KH_PLAN_KIND_NAMES:
          {
            const char      *text = kh_plan_sheet_get_question_kind (sheet, question) == KH_PLAN_KIND_TEXT
                                        ? kh_plan_get_text (self->plan, question)
                                        : kh_plan_get_name (self->plan, question, i);
            g_autofree char *shown = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (control))));

            /* Not while typing: the model strips spaces the entry keeps. */
            if (g_strcmp0 (shown, text != NULL ? text : "") != 0)
              gtk_editable_set_text (GTK_EDITABLE (control), text != NULL ? text : "");
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
  self->syncing = FALSE;
}

static void
plan_changed_cb (KhPlanPage *self,
                 int         question,
                 KhPlan     *plan)
{
  if (question >= 0)
    sync_question (self, question);
  else
    for (guint i = 0; i < self->controls->len; i++)
      sync_question (self, i);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.clear", !kh_plan_is_empty (plan));
  kh_plan_page_update_qr (self);
  kh_plan_page_save_kept (self);
  kh_plan_page_update_keep_status (self);
}

/* Widgets → model. */
static void
choice_toggled_cb (GtkCheckButton *button,
                   KhPlanPage     *self)
{
  guint    question = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kh-question"));
  guint    option = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kh-option"));
  gboolean active = gtk_check_button_get_active (button);

  if (self->syncing)
    return;

  if (kh_plan_sheet_get_question_kind (kh_plan_get_sheet (self->plan), question) == KH_PLAN_KIND_CHOICE)
    {
      if (active)
        kh_plan_set_choice (self->plan, question, option);
    }
  else
    kh_plan_set_option (self->plan, question, option, active);
}

/* One line: a pasted line break or tab becomes a space. */
static char *
one_line (const char *text)
{
  GString *line = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_c (line, ' ');
      else
        g_string_append_unichar (line, c);
    }

  return g_string_free (line, FALSE);
}

static void
entry_changed_cb (GtkEditable *entry,
                  KhPlanPage  *self)
{
  guint            question = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "kh-question"));
  guint            index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "kh-option"));
  g_autofree char *text = NULL;
  guint            max = kh_plan_get_max_length (self->plan, question);

  if (self->syncing)
    return;

  text = one_line (gtk_editable_get_text (entry));
  /* The entry's max-length keeps it within bounds; a longer text (from
   * an input method) is refused there rather than cut here. */
  if (g_utf8_strlen (text, -1) > max)
    return;

  if (kh_plan_sheet_get_question_kind (kh_plan_get_sheet (self->plan), question) == KH_PLAN_KIND_TEXT)
    kh_plan_set_text (self->plan, question, text);
  else
    kh_plan_set_name (self->plan, question, index, text);
}

static GtkWidget *
make_entry (KhPlanPage *self,
            guint       question,
            guint       index,
            const char *accessible_name)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_max_length (GTK_ENTRY (entry), kh_plan_get_max_length (self->plan, question));
  gtk_widget_set_hexpand (entry, TRUE);
  /* No input hints that would offer a visitor's words to the next. */
  gtk_entry_set_input_hints (GTK_ENTRY (entry), GTK_INPUT_HINT_NO_SPELLCHECK | GTK_INPUT_HINT_NO_EMOJI);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  g_object_set_data (G_OBJECT (entry), "kh-question", GUINT_TO_POINTER (question));
  g_object_set_data (G_OBJECT (entry), "kh-option", GUINT_TO_POINTER (index));
  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), self);

  return entry;
}

static void
add_question (KhPlanPage *self,
              guint       question)
{
  KhPlanSheet    *sheet = kh_plan_get_sheet (self->plan);
  const char     *heading = kh_plan_sheet_get_question_heading (sheet, question);
  const char     *hint = kh_plan_sheet_get_question_hint (sheet, question);
  GPtrArray      *controls = g_ptr_array_new ();
  GtkWidget      *group, *box;
  GtkCheckButton *first = NULL;

  g_ptr_array_add (self->controls, controls);

  group = g_object_new (GTK_TYPE_BOX,
                        "orientation", GTK_ORIENTATION_VERTICAL,
                        "spacing", 6,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                        NULL);
  gtk_widget_add_css_class (group, "plan-question");
  gtk_accessible_update_property (GTK_ACCESSIBLE (group), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  gtk_box_append (GTK_BOX (group), kh_plan_heading_new (heading, 2, "title-3"));
  if (hint != NULL)
    {
      GtkWidget *label = kh_plan_text_new (hint);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (group), label);
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (group), box);

  switch (kh_plan_sheet_get_question_kind (sheet, question))
    {
    case KH_PLAN_KIND_CHOICE:
    case KH_PLAN_KIND_CHOICES:
      for (guint i = 0; i < kh_plan_sheet_get_n_options (sheet, question); i++)
        {
          GtkWidget *button = gtk_check_button_new_with_label (kh_plan_sheet_get_option_label (sheet, question, i));

          if (kh_plan_sheet_get_question_kind (sheet, question) == KH_PLAN_KIND_CHOICE)
            {
              if (first == NULL)
                first = GTK_CHECK_BUTTON (button);
              else
                gtk_check_button_set_group (GTK_CHECK_BUTTON (button), first);
            }
          g_object_set_data (G_OBJECT (button), "kh-question", GUINT_TO_POINTER (question));
          g_object_set_data (G_OBJECT (button), "kh-option", GUINT_TO_POINTER (i));
          g_signal_connect (button, "toggled", G_CALLBACK (choice_toggled_cb), self);
          gtk_box_append (GTK_BOX (box), button);
          g_ptr_array_add (controls, button);
        }
      break;

    case KH_PLAN_KIND_TEXT:
      {
        GtkWidget *entry = make_entry (self, question, 0, heading);

        gtk_box_append (GTK_BOX (box), entry);
        g_ptr_array_add (controls, entry);
      }
      break;

    case KH_PLAN_KIND_NAMES:
      gtk_box_set_spacing (GTK_BOX (box), 6);
      for (guint i = 0; i < KH_PLAN_N_NAMES; i++)
        {
          /* Translators: the accessible name of the n-th name entry,
           * e.g. "People who can help me, name 2" */
          g_autofree char *name = g_strdup_printf (_ ("%s, name %u"), heading, i + 1);
          GtkWidget       *entry = make_entry (self, question, i, name);

          gtk_box_append (GTK_BOX (box), entry);
          g_ptr_array_add (controls, entry);
        }
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_box_append (self->column, group);
}

static void
qr_toggled_cb (KhPlanPage *self)
{
  kh_plan_page_show_qr (self, gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->qr_button)));
}

static void
keep_switch_cb (KhPlanPage *self)
{
  if (!self->syncing)
    kh_plan_page_set_keep (self, gtk_switch_get_active (GTK_SWITCH (self->keep_switch)));
}

/* GTK 4.8 lets a selectable label that cannot be focused swallow Tab
 * (see kh_plan_text_new()): a call-out's texts leave the focus chain,
 * so the keyboard gets past it to its button and on. */
static void
unfocus_label (GtkWidget *widget,
               gpointer   user_data)
{
  if (GTK_IS_LABEL (widget))
    gtk_widget_set_can_focus (widget, FALSE);
}

static void
build (KhPlanPage *self)
{
  KhPlanSheet *sheet = kh_plan_get_sheet (self->plan);
  GtkWidget   *label, *actions, *box, *button;
  int          use = kh_plan_sheet_find_question (sheet, KH_PLAN_QUESTION_USE);

  gtk_box_append (self->column, kh_plan_heading_new (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_TITLE), 1, "title-1"));
  label = kh_plan_text_new (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_SUMMARY));
  gtk_widget_add_css_class (label, "summary");
  gtk_box_append (self->column, label);
  for (guint i = 0; i < kh_plan_sheet_get_list_length (sheet, KH_PLAN_LIST_INTRO); i++)
    gtk_box_append (self->column, kh_plan_text_new (kh_plan_sheet_get_list_item (sheet, KH_PLAN_LIST_INTRO, i)));

  for (guint i = 0; i < kh_plan_sheet_get_n_questions (sheet); i++)
    {
      add_question (self, i);

      /* The safety line where the answers that call for it are. */
      if ((int) i == use)
        {
          self->safety_callout = kh_callout_new (KH_CALLOUT_WARNING,
                                                 kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_SAFETY_TITLE),
                                                 kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_SAFETY));
          button = kh_plan_button_new (_ ("_Get Help"), "win.show-section", NULL);
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", KH_PAGE_HELP);
          kh_callout_append (KH_CALLOUT (self->safety_callout), button);
          kh_widget_foreach (self->safety_callout, unfocus_label, NULL);
          g_object_bind_property (self->plan, "needs-safety", self->safety_callout, "visible", G_BINDING_SYNC_CREATE);
          gtk_box_append (self->column, self->safety_callout);
        }
    }

  /* What to do with it. */
  gtk_box_append (self->column, kh_plan_heading_new (_ ("Take your plan with you"), 2, "title-3"));
  actions = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_halign (actions, GTK_ALIGN_START);
  gtk_widget_add_css_class (actions, "result-actions");
  if (!self->kiosk)
    gtk_box_append (GTK_BOX (actions), kh_plan_button_new (_ ("_Print or Save as PDF"), "plan.print", "suggested-action"));
  self->qr_button = g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                                  "label", _ ("Show as _QR Code"),
                                  "use-underline", TRUE,
                                  "halign", GTK_ALIGN_START,
                                  NULL);
  if (self->kiosk)
    gtk_widget_add_css_class (self->qr_button, "suggested-action");
  g_signal_connect_swapped (self->qr_button, "toggled", G_CALLBACK (qr_toggled_cb), self);
  gtk_box_append (GTK_BOX (actions), self->qr_button);
  gtk_box_append (GTK_BOX (actions), kh_plan_button_new (_ ("_Ride Out a Craving"), "win.show-section", NULL));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (gtk_widget_get_last_child (actions)), "s", KH_PAGE_CRAVING);
  gtk_box_append (GTK_BOX (actions), kh_plan_button_new (_ ("_Clear My Plan"), "plan.clear", NULL));
  gtk_box_append (self->column, actions);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (box),
                  kh_plan_text_new (_ ("The code holds the text of your plan itself, not a link. Your phone’s "
                                       "camera shows the text, and you can save it there. Nothing is sent anywhere.")));
  self->qr_pager = kh_qr_pager_new ();
  gtk_box_append (GTK_BOX (box), self->qr_pager);
  self->qr_revealer = g_object_new (GTK_TYPE_REVEALER,
                                    "child", box,
                                    "transition-type", GTK_REVEALER_TRANSITION_TYPE_NONE,
                                    "visible", FALSE,
                                    NULL);
  gtk_box_append (self->column, self->qr_revealer);

  /* Keeping it: the desktop only, never a kiosk. */
  if (!self->kiosk)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      label = kh_plan_text_new (_ ("Keep my plan on this computer"));
      gtk_widget_set_hexpand (label, TRUE);
      self->keep_switch = gtk_switch_new ();
      gtk_widget_set_valign (self->keep_switch, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->keep_switch),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Keep my plan on this computer"),
                                      -1);
      g_signal_connect_swapped (self->keep_switch, "notify::active", G_CALLBACK (keep_switch_cb), self);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), self->keep_switch);
      gtk_box_append (self->column, row);

      self->keep_status = kh_plan_text_new (NULL);
      gtk_widget_add_css_class (self->keep_status, "dim-label");
      gtk_box_append (self->column, self->keep_status);
      self->delete_button = kh_plan_button_new (_ ("_Delete My Kept Plan"), "plan.delete-kept", "destructive-action");
      gtk_box_append (self->column, self->delete_button);
    }

  self->error_label = kh_plan_text_new (NULL);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (self->column, self->error_label);

  gtk_box_append (self->column,
                  kh_sources_list_new (kh_plan_sheet_get_sources (sheet), kh_plan_sheet_get_reviewed (sheet)));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  kh_plan_page_print (KH_PLAN_PAGE (widget));
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  kh_plan_clear (KH_PLAN_PAGE (widget)->plan);
}

static void
delete_kept_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  kh_plan_page_set_keep (KH_PLAN_PAGE (widget), FALSE);
}

static void
kh_plan_page_constructed (GObject *object)
{
  KhPlanPage *self = (KhPlanPage *) object;

  G_OBJECT_CLASS (kh_plan_page_parent_class)->constructed (object);

  g_assert (KH_IS_PLAN (self->plan));
  g_assert (KH_IS_DIRECTORY (self->directory));

  if (self->keep_path == NULL)
    self->keep_path = kh_plan_store_dup_default_path ();
  build (self);
  kh_plan_page_load_kept (self);
  g_signal_connect_object (self->plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
  plan_changed_cb (self, -1, self->plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.print", !self->kiosk);
}

static void
kh_plan_page_dispose (GObject *object)
{
  KhPlanPage *self = (KhPlanPage *) object;

  if (self->print_operation != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->print_operation, self);
      g_clear_object (&self->print_operation);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_PLAN_PAGE);
  g_clear_pointer (&self->controls, g_ptr_array_unref);
  g_clear_object (&self->plan);
  g_clear_object (&self->directory);

  G_OBJECT_CLASS (kh_plan_page_parent_class)->dispose (object);
}

static void
kh_plan_page_finalize (GObject *object)
{
  KhPlanPage *self = (KhPlanPage *) object;

  g_free (self->region);
  g_free (self->keep_path);

  G_OBJECT_CLASS (kh_plan_page_parent_class)->finalize (object);
}

static void
kh_plan_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KhPlanPage *self = KH_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_KIOSK:
      g_value_set_boolean (value, self->kiosk);
      break;

    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;

    case PROP_KEEP:
      g_value_set_boolean (value, self->keep);
      break;

    case PROP_KEEP_PATH:
      g_value_set_string (value, self->keep_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_plan_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KhPlanPage *self = KH_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    case PROP_KIOSK:
      self->kiosk = g_value_get_boolean (value);
      break;

    case PROP_REGION:
      if (g_strcmp0 (self->region, g_value_get_string (value)) != 0)
        {
          g_free (self->region);
          self->region = g_value_dup_string (value);
          if (self->qr_pager != NULL)
            kh_plan_page_update_qr (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_KEEP:
      kh_plan_page_set_keep (self, g_value_get_boolean (value));
      break;

    case PROP_KEEP_PATH:
      self->keep_path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_plan_page_class_init (KhPlanPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kh_plan_page_constructed;
  object_class->dispose = kh_plan_page_dispose;
  object_class->finalize = kh_plan_page_finalize;
  object_class->get_property = kh_plan_page_get_property;
  object_class->set_property = kh_plan_page_set_property;

  properties[PROP_PLAN] =
      g_param_spec_object ("plan", NULL, NULL, KH_TYPE_PLAN,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTORY] =
      g_param_spec_object ("directory", NULL, NULL, KH_TYPE_DIRECTORY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIOSK] =
      g_param_spec_boolean ("kiosk", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION] =
      g_param_spec_string ("region", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEEP] =
      g_param_spec_boolean ("keep", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Where a kept plan lives; %NULL for kh_plan_store_dup_default_path().
   * Tests keep theirs in a folder of their own. */
  properties[PROP_KEEP_PATH] =
      g_param_spec_string ("keep-path", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kratomhelp/KratomHelp/kh-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KhPlanPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KhPlanPage, column);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "plan.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "plan.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-kept", NULL, delete_kept_action);
}

static void
kh_plan_page_init (KhPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->controls = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

/**
 * kh_plan_page_new:
 * @plan: the visit's plan, which the page shows and changes
 * @directory: where the printed page's and the codes' numbers come from
 * @kiosk: whether this is a kiosk: no printing, no keeping, QR codes
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
kh_plan_page_new (KhPlan      *plan,
                  KhDirectory *directory,
                  gboolean     kiosk)
{
  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KH_IS_DIRECTORY (directory), NULL);

  return g_object_new (KH_TYPE_PLAN_PAGE, "plan", plan, "directory", directory, "kiosk", kiosk, NULL);
}

/**
 * kh_plan_page_get_plan:
 *
 * Returns: (transfer none): the plan the page shows
 */
KhPlan *
kh_plan_page_get_plan (KhPlanPage *self)
{
  g_return_val_if_fail (KH_IS_PLAN_PAGE (self), NULL);

  return self->plan;
}

/**
 * kh_plan_page_get_question_widget:
 * @question: a question of the sheet
 * @index: which of its controls: the option, or the name
 *
 * Returns: (transfer none) (nullable): the check button or entry
 */
GtkWidget *
kh_plan_page_get_question_widget (KhPlanPage *self,
                                  guint       question,
                                  guint       index)
{
  GPtrArray *controls;

  g_return_val_if_fail (KH_IS_PLAN_PAGE (self), NULL);
  g_return_val_if_fail (question < self->controls->len, NULL);

  controls = g_ptr_array_index (self->controls, question);

  return index < controls->len ? g_ptr_array_index (controls, index) : NULL;
}
