/* kh-visit.c: everything one visitor changes, in one object
 *
 * The models (content, checklist, directory) are loaded once and never
 * change. What a visitor changes lives here: the checklist answers, the
 * region Get help shows, the search text, the text size. On the desktop
 * one visit lasts as long as the app; a kiosk ends a visit by dropping
 * it and building the pages again with a fresh one, so nothing of one
 * visitor can reach the next by way of a widget nobody remembered.
 *
 * A later part of a visit (a personal plan, say) is one more member,
 * made with the visit and dropped with it, and one getter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-visit"

#include "config.h"

#include "kh-visit.h"

struct _KhVisit
{
  GObject parent_instance;

  /* owned */
  KhChecklist        *checklist;
  KhChecklistAnswers *answers;
  KhPlanSheet        *plan_sheet;
  KhPlan             *plan;
  char               *region;
  char               *search_text;
  double              text_scale;
  gboolean            ended;
};

G_DEFINE_FINAL_TYPE (KhVisit, kh_visit, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CHECKLIST,
  PROP_ANSWERS,
  PROP_PLAN_SHEET,
  PROP_PLAN,
  PROP_REGION,
  PROP_SEARCH_TEXT,
  PROP_TEXT_SCALE,
  PROP_ENDED,
  N_PROPS
};

enum
{
  ENDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
kh_visit_constructed (GObject *object)
{
  KhVisit *self = (KhVisit *) object;

  G_OBJECT_CLASS (kh_visit_parent_class)->constructed (object);

  /* No checklist (a damaged install): no answers either. */
  if (self->checklist != NULL)
    self->answers = kh_checklist_answers_new (self->checklist);
  /* The same for My plan. */
  if (self->plan_sheet != NULL)
    self->plan = kh_plan_new (self->plan_sheet);
}

static void
kh_visit_dispose (GObject *object)
{
  KhVisit *self = (KhVisit *) object;

  g_clear_object (&self->answers);
  g_clear_object (&self->checklist);
  g_clear_object (&self->plan);
  g_clear_object (&self->plan_sheet);

  G_OBJECT_CLASS (kh_visit_parent_class)->dispose (object);
}

static void
kh_visit_finalize (GObject *object)
{
  KhVisit *self = (KhVisit *) object;

  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (kh_visit_parent_class)->finalize (object);
}

static void
kh_visit_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KhVisit *self = KH_VISIT (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST:
      g_value_set_object (value, self->checklist);
      break;

    case PROP_ANSWERS:
      g_value_set_object (value, self->answers);
      break;

    case PROP_PLAN_SHEET:
      g_value_set_object (value, self->plan_sheet);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;

    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;

    case PROP_ENDED:
      g_value_set_boolean (value, self->ended);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_visit_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KhVisit *self = KH_VISIT (object);

  switch (prop_id)
    {
    case PROP_CHECKLIST:
      self->checklist = g_value_dup_object (value);
      break;

    case PROP_PLAN_SHEET:
      self->plan_sheet = g_value_dup_object (value);
      break;

    case PROP_REGION:
      kh_visit_set_region (self, g_value_get_string (value));
      break;

    case PROP_SEARCH_TEXT:
      kh_visit_set_search_text (self, g_value_get_string (value));
      break;

    case PROP_TEXT_SCALE:
      kh_visit_set_text_scale (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_visit_class_init (KhVisitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kh_visit_constructed;
  object_class->dispose = kh_visit_dispose;
  object_class->finalize = kh_visit_finalize;
  object_class->get_property = kh_visit_get_property;
  object_class->set_property = kh_visit_set_property;

  properties[PROP_CHECKLIST] =
      g_param_spec_object ("checklist", NULL, NULL, KH_TYPE_CHECKLIST,
                           G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANSWERS] =
      g_param_spec_object ("answers", NULL, NULL, KH_TYPE_CHECKLIST_ANSWERS,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* the words of My plan; none (a damaged install): no plan */
  properties[PROP_PLAN_SHEET] =
      g_param_spec_object ("plan-sheet", NULL, NULL, KH_TYPE_PLAN_SHEET,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
      g_param_spec_object ("plan", NULL, NULL, KH_TYPE_PLAN,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* a region code, or "" for the locale's */
  properties[PROP_REGION] =
      g_param_spec_string ("region", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
      g_param_spec_string ("search-text", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* the size of the pages' text; 1.0 is normal */
  properties[PROP_TEXT_SCALE] =
      g_param_spec_double ("text-scale", NULL, NULL, 0.5, 4.0, 1.0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENDED] =
      g_param_spec_boolean ("ended", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KhVisit::ended:
   *
   * The visitor is gone (a kiosk's Start over or idle timeout, or the
   * window closing): whatever works for this visit (reading aloud, a
   * print job) stops now. Emitted once, before the visit is dropped.
   */
  signals[ENDED] = g_signal_new ("ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kh_visit_init (KhVisit *self)
{
  self->region = g_strdup ("");
  self->search_text = g_strdup ("");
  self->text_scale = 1.0;
}

/**
 * kh_visit_new:
 * @checklist: (nullable): the checklist the visitor can answer
 * @region: (nullable): the region Get help shows at first: a code, or
 *   "" or %NULL for the locale's
 * @text_scale: the text size at first, 1.0 being normal
 *
 * Returns: (transfer full): a visit nothing has happened in yet
 */
KhVisit *
kh_visit_new (KhChecklist *checklist,
              const char  *region,
              double       text_scale)
{
  g_return_val_if_fail (checklist == NULL || KH_IS_CHECKLIST (checklist), NULL);

  return g_object_new (KH_TYPE_VISIT,
                       "checklist", checklist,
                       "region", region != NULL ? region : "",
                       "text-scale", text_scale,
                       NULL);
}

/**
 * kh_visit_get_answers:
 *
 * Returns: (transfer none) (nullable): the visitor's checklist answers,
 *   %NULL if there is no checklist
 */
KhChecklistAnswers *
kh_visit_get_answers (KhVisit *self)
{
  g_return_val_if_fail (KH_IS_VISIT (self), NULL);

  return self->answers;
}

/**
 * kh_visit_get_plan:
 *
 * Returns: (transfer none) (nullable): the visitor's plan (My plan and
 *   the craving tool), or %NULL without a plan sheet; it goes with the
 *   visit, and kh_visit_end() clears it
 */
KhPlan *
kh_visit_get_plan (KhVisit *self)
{
  g_return_val_if_fail (KH_IS_VISIT (self), NULL);

  return self->plan;
}

/**
 * kh_visit_get_region:
 *
 * Returns: the region Get help shows: a code, or "" for the locale's
 */
const char *
kh_visit_get_region (KhVisit *self)
{
  g_return_val_if_fail (KH_IS_VISIT (self), "");

  return self->region;
}

void
kh_visit_set_region (KhVisit    *self,
                     const char *region)
{
  g_return_if_fail (KH_IS_VISIT (self));

  if (region == NULL)
    region = "";
  if (g_strcmp0 (self->region, region) == 0)
    return;

  g_free (self->region);
  self->region = g_strdup (region);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

/**
 * kh_visit_get_search_text:
 *
 * Returns: what the visitor is searching for, "" if nothing
 */
const char *
kh_visit_get_search_text (KhVisit *self)
{
  g_return_val_if_fail (KH_IS_VISIT (self), "");

  return self->search_text;
}

void
kh_visit_set_search_text (KhVisit    *self,
                          const char *search_text)
{
  g_return_if_fail (KH_IS_VISIT (self));

  if (search_text == NULL)
    search_text = "";
  if (g_strcmp0 (self->search_text, search_text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (search_text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

double
kh_visit_get_text_scale (KhVisit *self)
{
  g_return_val_if_fail (KH_IS_VISIT (self), 1.0);

  return self->text_scale;
}

void
kh_visit_set_text_scale (KhVisit *self,
                         double   text_scale)
{
  g_return_if_fail (KH_IS_VISIT (self));

  text_scale = CLAMP (text_scale, 0.5, 4.0);
  if (G_APPROX_VALUE (text_scale, self->text_scale, 0.0001))
    return;

  self->text_scale = text_scale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

/**
 * kh_visit_end:
 * @self: a #KhVisit
 *
 * Marks the end of the visit and emits #KhVisit::ended, once. The visit
 * keeps what it holds until it is dropped; nothing reuses it.
 */
void
kh_visit_end (KhVisit *self)
{
  g_return_if_fail (KH_IS_VISIT (self));

  if (self->ended)
    return;

  self->ended = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED]);
  g_signal_emit (self, signals[ENDED], 0);
  /* Whoever still holds the plan (a page not yet gone) holds nothing of
   * the visitor's. */
  if (self->plan != NULL)
    kh_plan_clear (self->plan);
}

gboolean
kh_visit_get_ended (KhVisit *self)
{
  g_return_val_if_fail (KH_IS_VISIT (self), FALSE);

  return self->ended;
}
