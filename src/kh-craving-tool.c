/* kh-craving-tool.c: riding out a craving, a few minutes at a time
 *
 * The visitor chooses 5 or 10 minutes; a circle grows and shrinks at a
 * slow breathing pace while the steps of plan.json come one after the
 * other (naming the urge, noticing it, the reasons from the plan, doing
 * something else), and at the end the tool offers the people of the plan
 * and the help numbers.
 *
 * The timer runs only while the tool is running and on the screen: a
 * pause, leaving the page or the end removes it, so a paused or hidden
 * tool wakes nothing. Time comes from a clock function that tests
 * replace, and is counted from the clock, not from the ticks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-craving-tool"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "kh-clamp.h"
#include "kh-content.h"
#include "kh-craving-tool.h"
#include "kh-plan-widgets.h"
#include "kh-sources-list.h"

#define CYCLE_SECONDS (KH_CRAVING_INHALE_SECONDS + KH_CRAVING_EXHALE_SECONDS)
#define CIRCLE_SIZE 160

struct _KhCravingTool
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *scroller;
  GtkBox    *column;

  /* built once */
  GtkWidget *view_stack;
  GtkWidget *circle;
  GtkWidget *breath_label;
  GtkWidget *time_label;
  GtkWidget *step_box;
  GtkWidget *pause_button;
  GtkWidget *end_people;

  /* owned */
  KhPlan     *plan;
  KhClockFunc clock;
  gpointer    clock_data;
  guint       tick_id;

  KhCravingState state;
  gint64         duration;
  /* time run before the current run began, and when it began */
  gint64 elapsed_before;
  gint64 run_started;
  int    step;
};

G_DEFINE_FINAL_TYPE (KhCravingTool, kh_craving_tool, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PLAN,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
default_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
elapsed (KhCravingTool *self)
{
  gint64 total = self->elapsed_before;

  if (self->state == KH_CRAVING_STATE_RUNNING)
    total += self->clock (self->clock_data) - self->run_started;

  return CLAMP (total, 0, self->duration);
}

static void
set_state (KhCravingTool *self,
           KhCravingState state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
stop_ticking (KhCravingTool *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

static gboolean
tick_cb (gpointer user_data)
{
  KhCravingTool *self = user_data;

  kh_craving_tool_update (self);

  return self->tick_id != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* A timer only while running on the screen. */
static void
sync_ticking (KhCravingTool *self)
{
  gboolean wanted = self->state == KH_CRAVING_STATE_RUNNING && gtk_widget_get_mapped (GTK_WIDGET (self));

  if (wanted && self->tick_id == 0)
    self->tick_id = g_timeout_add (KH_CRAVING_TICK_MS, tick_cb, self);
  else if (!wanted)
    stop_ticking (self);
}

static void
draw_circle (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  KhCravingTool *self = user_data;
  double         smallest = MIN (width, height) / 2.0;
  double         radius = smallest * (0.45 + 0.55 * kh_craving_tool_get_breath (self));

  /* the whole breath, faintly, and the breath now */
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.2);
  cairo_arc (cr, width / 2.0, height / 2.0, smallest - 1, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.85);
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
show_step (KhCravingTool *self)
{
  KhPlanSheet *sheet = kh_plan_get_sheet (self->plan);
  GtkWidget   *child;
  guint        step = self->step;

  while ((child = gtk_widget_get_first_child (self->step_box)))
    gtk_box_remove (GTK_BOX (self->step_box), child);

  gtk_box_append (GTK_BOX (self->step_box),
                  kh_plan_heading_new (kh_plan_sheet_get_step_heading (sheet, step), 2, "title-3"));
  gtk_box_append (GTK_BOX (self->step_box), kh_plan_text_new (kh_plan_sheet_get_step_text (sheet, step)));

  if (g_str_equal (kh_plan_sheet_get_step_id (sheet, step), KH_PLAN_STEP_REASONS))
    {
      g_auto (GStrv) reasons = kh_plan_dup_reasons (self->plan);

      if (reasons[0] == NULL)
        {
          /* The step's text speaks of chosen reasons: with none, its
           * note stands alone. */
          gtk_box_remove (GTK_BOX (self->step_box), gtk_widget_get_last_child (self->step_box));
          gtk_box_append (GTK_BOX (self->step_box), kh_plan_text_new (kh_plan_sheet_get_step_note (sheet, step)));
        }
      else
        {
          GtkWidget *list = kh_plan_list_new ();

          for (guint i = 0; reasons[i] != NULL; i++)
            kh_plan_list_append (list, reasons[i]);
          gtk_box_append (GTK_BOX (self->step_box), list);
        }
    }
  else if (kh_plan_sheet_get_step_n_items (sheet, step) > 0)
    {
      GtkWidget *list = kh_plan_list_new ();

      for (guint i = 0; i < kh_plan_sheet_get_step_n_items (sheet, step); i++)
        kh_plan_list_append (list, kh_plan_sheet_get_step_item (sheet, step, i));
      gtk_box_append (GTK_BOX (self->step_box), list);
    }
}

static void
show_end (KhCravingTool *self)
{
  g_auto (GStrv) people = kh_plan_dup_people (self->plan);
  g_autofree char *joined = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->end_people, people[0] != NULL);
  if (people[0] != NULL)
    {
      joined = g_strjoinv (", ", people);
      /* Translators: %s is a list of first names from the plan */
      text = g_strdup_printf (_ ("People on your plan: %s"), joined);
      gtk_label_set_text (GTK_LABEL (self->end_people), text);
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->view_stack), "end");
}

/**
 * kh_craving_tool_update:
 *
 * Brings what is shown up to the clock: the breathing circle, the time
 * left, the step, and the end when the time is up. The timer calls it;
 * so can a test that moved its clock.
 */
void
kh_craving_tool_update (KhCravingTool *self)
{
  gint64           now;
  guint            n_steps, left;
  int              step;
  g_autofree char *time_text = NULL;

  g_return_if_fail (KH_IS_CRAVING_TOOL (self));

  if (self->state != KH_CRAVING_STATE_RUNNING && self->state != KH_CRAVING_STATE_PAUSED)
    return;

  now = elapsed (self);
  if (now >= self->duration)
    {
      stop_ticking (self);
      self->elapsed_before = self->duration;
      set_state (self, KH_CRAVING_STATE_END);
      show_end (self);
      return;
    }

  n_steps = kh_plan_sheet_get_n_steps (kh_plan_get_sheet (self->plan));
  step = (int) MIN ((guint) (now * n_steps / self->duration), n_steps - 1);
  if (step != self->step)
    {
      self->step = step;
      show_step (self);
    }

  gtk_label_set_text (GTK_LABEL (self->breath_label),
                      kh_plan_sheet_get_text (kh_plan_get_sheet (self->plan),
                                              kh_craving_tool_get_inhaling (self) ? KH_PLAN_TEXT_CRAVING_INHALE
                                                                                  : KH_PLAN_TEXT_CRAVING_EXHALE));
  left = (guint) ((self->duration - now + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
  /* Translators: minutes and seconds left, e.g. "4:05 left" */
  time_text = g_strdup_printf (_ ("%u:%02u left"), left / 60, left % 60);
  gtk_label_set_text (GTK_LABEL (self->time_label), time_text);
  gtk_widget_queue_draw (self->circle);
}

static void
start_cb (GtkButton     *button,
          KhCravingTool *self)
{
  kh_craving_tool_start (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kh-minutes")));
}

static void
pause_cb (KhCravingTool *self)
{
  if (self->state == KH_CRAVING_STATE_RUNNING)
    kh_craving_tool_pause (self);
  else
    kh_craving_tool_resume (self);
}

static GtkWidget *
make_start_button (KhCravingTool *self,
                   guint          minutes,
                   const char    *css_class)
{
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Start _%u Minute", "Start _%u Minutes", minutes),
                                            minutes);
  GtkWidget       *button = kh_plan_button_new (label, NULL, css_class);

  g_object_set_data (G_OBJECT (button), "kh-minutes", GUINT_TO_POINTER (minutes));
  g_signal_connect (button, "clicked", G_CALLBACK (start_cb), self);

  return button;
}

static void
build (KhCravingTool *self)
{
  KhPlanSheet *sheet = kh_plan_get_sheet (self->plan);
  GtkWidget   *start, *running, *end, *buttons, *button, *box;

  gtk_box_append (self->column, kh_plan_heading_new (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_TITLE), 1, "title-1"));
  box = kh_plan_text_new (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_SUMMARY));
  gtk_widget_add_css_class (box, "summary");
  gtk_box_append (self->column, box);

  self->view_stack = gtk_stack_new ();
  /* Each part as large as it is: the sources follow right after, and a
   * hidden part's unwrapped text cannot widen the page. */
  gtk_stack_set_vhomogeneous (GTK_STACK (self->view_stack), FALSE);
  gtk_stack_set_hhomogeneous (GTK_STACK (self->view_stack), FALSE);
  gtk_box_append (self->column, self->view_stack);

  /* Before: what a craving is, and how long to give it. */
  start = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  for (guint i = 0; i < kh_plan_sheet_get_list_length (sheet, KH_PLAN_LIST_CRAVING_INTRO); i++)
    gtk_box_append (GTK_BOX (start), kh_plan_text_new (kh_plan_sheet_get_list_item (sheet, KH_PLAN_LIST_CRAVING_INTRO, i)));
  gtk_box_append (GTK_BOX (start), kh_plan_text_new (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_BREATHING)));
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (buttons), make_start_button (self, 5, "suggested-action"));
  gtk_box_append (GTK_BOX (buttons), make_start_button (self, 10, NULL));
  gtk_box_append (GTK_BOX (start), buttons);
  gtk_stack_add_named (GTK_STACK (self->view_stack), start, "start");

  /* During: the pace, the time left, the step. */
  running = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->circle = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->circle), CIRCLE_SIZE);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->circle), CIRCLE_SIZE);
  gtk_widget_set_halign (self->circle, GTK_ALIGN_START);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->circle), draw_circle, self, NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->circle), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
  gtk_box_append (GTK_BOX (box), self->circle);
  {
    GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

    gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
    gtk_widget_set_hexpand (labels, TRUE);
    self->breath_label = kh_plan_text_new (NULL);
    gtk_widget_add_css_class (self->breath_label, "title-3");
    self->time_label = kh_plan_text_new (NULL);
    gtk_widget_add_css_class (self->time_label, "numeric");
    gtk_box_append (GTK_BOX (labels), self->breath_label);
    gtk_box_append (GTK_BOX (labels), self->time_label);
    gtk_box_append (GTK_BOX (box), labels);
  }
  gtk_box_append (GTK_BOX (running), box);
  self->step_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (running), self->step_box);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->pause_button = kh_plan_button_new (_ ("_Pause"), NULL, NULL);
  g_signal_connect_swapped (self->pause_button, "clicked", G_CALLBACK (pause_cb), self);
  gtk_box_append (GTK_BOX (buttons), self->pause_button);
  button = kh_plan_button_new (_ ("_Stop"), NULL, NULL);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (kh_craving_tool_reset), self);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (running), buttons);
  gtk_stack_add_named (GTK_STACK (self->view_stack), running, "running");

  /* After: how it is now, and someone to talk to. */
  end = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (end), kh_plan_heading_new (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_END_HEADING), 2, "title-3"));
  gtk_box_append (GTK_BOX (end), kh_plan_text_new (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_END)));
  gtk_box_append (GTK_BOX (end), kh_plan_heading_new (kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_END_PROMPT), 3, "heading"));
  self->end_people = kh_plan_text_new (NULL);
  gtk_box_append (GTK_BOX (end), self->end_people);
  buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_halign (buttons, GTK_ALIGN_START);
  button = kh_plan_button_new (_ ("_Get Help"), "win.show-section", "suggested-action");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "help");
  gtk_box_append (GTK_BOX (buttons), button);
  button = kh_plan_button_new (_ ("_Another Round"), NULL, NULL);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (kh_craving_tool_reset), self);
  gtk_box_append (GTK_BOX (buttons), button);
  button = kh_plan_button_new (_ ("_My Plan"), "win.show-section", NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", KH_PAGE_PLAN);
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (end), buttons);
  gtk_stack_add_named (GTK_STACK (self->view_stack), end, "end");

  gtk_stack_set_visible_child_name (GTK_STACK (self->view_stack), "start");

  gtk_box_append (self->column,
                  kh_sources_list_new (kh_plan_sheet_get_sources (sheet), kh_plan_sheet_get_reviewed (sheet)));
}

static void
kh_craving_tool_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kh_craving_tool_parent_class)->map (widget);
  sync_ticking (KH_CRAVING_TOOL (widget));
}

/* Leaving the page pauses the tool: the time is kept, the timer goes. */
static void
kh_craving_tool_unmap (GtkWidget *widget)
{
  KhCravingTool *self = KH_CRAVING_TOOL (widget);

  if (self->state == KH_CRAVING_STATE_RUNNING)
    kh_craving_tool_pause (self);
  stop_ticking (self);

  GTK_WIDGET_CLASS (kh_craving_tool_parent_class)->unmap (widget);
}

static void
kh_craving_tool_constructed (GObject *object)
{
  KhCravingTool *self = (KhCravingTool *) object;

  G_OBJECT_CLASS (kh_craving_tool_parent_class)->constructed (object);

  g_assert (KH_IS_PLAN (self->plan));
  build (self);
}

static void
kh_craving_tool_dispose (GObject *object)
{
  KhCravingTool *self = (KhCravingTool *) object;

  stop_ticking (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_CRAVING_TOOL);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (kh_craving_tool_parent_class)->dispose (object);
}

static void
kh_craving_tool_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KhCravingTool *self = KH_CRAVING_TOOL (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_craving_tool_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KhCravingTool *self = KH_CRAVING_TOOL (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_craving_tool_class_init (KhCravingToolClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kh_craving_tool_constructed;
  object_class->dispose = kh_craving_tool_dispose;
  object_class->get_property = kh_craving_tool_get_property;
  object_class->set_property = kh_craving_tool_set_property;
  widget_class->map = kh_craving_tool_map;
  widget_class->unmap = kh_craving_tool_unmap;

  properties[PROP_PLAN] =
      g_param_spec_object ("plan", NULL, NULL, KH_TYPE_PLAN,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
      g_param_spec_int ("state", NULL, NULL, KH_CRAVING_STATE_START, KH_CRAVING_STATE_END, KH_CRAVING_STATE_START,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_CLAMP);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/kratomhelp/KratomHelp/kh-craving-tool.ui");
  gtk_widget_class_bind_template_child (widget_class, KhCravingTool, scroller);
  gtk_widget_class_bind_template_child (widget_class, KhCravingTool, column);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kh_craving_tool_init (KhCravingTool *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->clock = default_clock;
  self->step = -1;
}

/**
 * kh_craving_tool_new:
 * @plan: the visit's plan, for its reasons and people
 *
 * Returns: (transfer floating): the tool, at its start
 */
GtkWidget *
kh_craving_tool_new (KhPlan *plan)
{
  g_return_val_if_fail (KH_IS_PLAN (plan), NULL);

  return g_object_new (KH_TYPE_CRAVING_TOOL, "plan", plan, NULL);
}

/**
 * kh_craving_tool_set_clock:
 * @clock: (nullable): microseconds of a monotonic clock; %NULL for
 *   g_get_monotonic_time()
 *
 * For tests, which move time themselves and call
 * kh_craving_tool_update() rather than wait.
 */
void
kh_craving_tool_set_clock (KhCravingTool *self,
                           KhClockFunc    clock,
                           gpointer       user_data)
{
  g_return_if_fail (KH_IS_CRAVING_TOOL (self));
  g_return_if_fail (self->state == KH_CRAVING_STATE_START);

  self->clock = clock != NULL ? clock : default_clock;
  self->clock_data = user_data;
}

void
kh_craving_tool_start (KhCravingTool *self,
                       guint          minutes)
{
  g_return_if_fail (KH_IS_CRAVING_TOOL (self));
  g_return_if_fail (minutes > 0 && minutes <= 60);

  self->duration = (gint64) minutes * 60 * G_USEC_PER_SEC;
  self->elapsed_before = 0;
  self->run_started = self->clock (self->clock_data);
  self->step = -1;
  gtk_button_set_label (GTK_BUTTON (self->pause_button), _ ("_Pause"));
  set_state (self, KH_CRAVING_STATE_RUNNING);
  gtk_stack_set_visible_child_name (GTK_STACK (self->view_stack), "running");
  kh_craving_tool_update (self);
  sync_ticking (self);
}

void
kh_craving_tool_pause (KhCravingTool *self)
{
  g_return_if_fail (KH_IS_CRAVING_TOOL (self));

  if (self->state != KH_CRAVING_STATE_RUNNING)
    return;

  self->elapsed_before = elapsed (self);
  set_state (self, KH_CRAVING_STATE_PAUSED);
  stop_ticking (self);
  gtk_button_set_label (GTK_BUTTON (self->pause_button), _ ("_Resume"));
}

void
kh_craving_tool_resume (KhCravingTool *self)
{
  g_return_if_fail (KH_IS_CRAVING_TOOL (self));

  if (self->state != KH_CRAVING_STATE_PAUSED)
    return;

  self->run_started = self->clock (self->clock_data);
  set_state (self, KH_CRAVING_STATE_RUNNING);
  gtk_button_set_label (GTK_BUTTON (self->pause_button), _ ("_Pause"));
  kh_craving_tool_update (self);
  sync_ticking (self);
}

/**
 * kh_craving_tool_reset:
 *
 * Back to the start, the time forgotten.
 */
void
kh_craving_tool_reset (KhCravingTool *self)
{
  g_return_if_fail (KH_IS_CRAVING_TOOL (self));

  stop_ticking (self);
  self->elapsed_before = 0;
  self->duration = 0;
  self->step = -1;
  set_state (self, KH_CRAVING_STATE_START);
  gtk_stack_set_visible_child_name (GTK_STACK (self->view_stack), "start");
}

KhCravingState
kh_craving_tool_get_state (KhCravingTool *self)
{
  g_return_val_if_fail (KH_IS_CRAVING_TOOL (self), KH_CRAVING_STATE_START);

  return self->state;
}

/**
 * kh_craving_tool_is_ticking:
 *
 * Returns: whether a timer is set: only while running on the screen
 */
gboolean
kh_craving_tool_is_ticking (KhCravingTool *self)
{
  g_return_val_if_fail (KH_IS_CRAVING_TOOL (self), FALSE);

  return self->tick_id != 0;
}

guint
kh_craving_tool_get_elapsed_seconds (KhCravingTool *self)
{
  g_return_val_if_fail (KH_IS_CRAVING_TOOL (self), 0);

  return (guint) (elapsed (self) / G_USEC_PER_SEC);
}

guint
kh_craving_tool_get_duration_seconds (KhCravingTool *self)
{
  g_return_val_if_fail (KH_IS_CRAVING_TOOL (self), 0);

  return (guint) (self->duration / G_USEC_PER_SEC);
}

/**
 * kh_craving_tool_get_step:
 *
 * Returns: the step shown, or -1 before the start
 */
int
kh_craving_tool_get_step (KhCravingTool *self)
{
  g_return_val_if_fail (KH_IS_CRAVING_TOOL (self), -1);

  return self->step;
}

static double
cycle_position (KhCravingTool *self)
{
  return fmod ((double) elapsed (self) / G_USEC_PER_SEC, CYCLE_SECONDS);
}

gboolean
kh_craving_tool_get_inhaling (KhCravingTool *self)
{
  g_return_val_if_fail (KH_IS_CRAVING_TOOL (self), TRUE);

  return cycle_position (self) < KH_CRAVING_INHALE_SECONDS;
}

/**
 * kh_craving_tool_get_breath:
 *
 * Returns: how full the breath is, from 0 (out) to 1 (in), eased so
 *   the circle slows at each turn
 */
double
kh_craving_tool_get_breath (KhCravingTool *self)
{
  double t = cycle_position (self);
  double linear;

  g_return_val_if_fail (KH_IS_CRAVING_TOOL (self), 0);

  if (t < KH_CRAVING_INHALE_SECONDS)
    linear = t / KH_CRAVING_INHALE_SECONDS;
  else
    linear = 1 - (t - KH_CRAVING_INHALE_SECONDS) / KH_CRAVING_EXHALE_SECONDS;

  return (1 - cos (G_PI * linear)) / 2;
}
