/* kh-plan-sheet.c: the words of My plan and of the craving tool
 *
 * Every question, choice and prompt comes from plan.json; the code only
 * knows the few ids it acts on (see kh-plan-sheet.h). The sheet holds no
 * answers: those are a visit's, in a KhPlan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-i18n.h"
#include "kh-plan-sheet.h"
#include "kh-untrusted-file.h"

typedef struct
{
  char *id;
  char *label;
} Option;

typedef struct
{
  char      *id;
  KhPlanKind kind;
  /* English msgids; translated on access */
  char      *heading;
  char      *hint;
  GPtrArray *options;
} Question;

typedef struct
{
  char *id;
  char *heading;
  char *text;
  char *note;
  GStrv items;
} Step;

struct _KhPlanSheet
{
  GObject parent_instance;

  /* English msgids; translated on access */
  char      *texts[KH_PLAN_N_TEXTS];
  GStrv      lists[KH_PLAN_N_LISTS];
  GDateTime *reviewed;
  GPtrArray *questions;
  GPtrArray *steps;
  GPtrArray *sources;
};

G_DEFINE_FINAL_TYPE (KhPlanSheet, kh_plan_sheet, G_TYPE_OBJECT)

static const char *const sheet_members[] = {
  "title", "summary", "reviewed", "intro", "questions", "safety", "printout", "craving", "sources", NULL
};
static const char *const question_members[] = { "id", "kind", "heading", "hint", "options", NULL };
static const char *const option_members[] = { "id", "label", NULL };
static const char *const safety_members[] = { "title", "text", NULL };
static const char *const printout_members[] = { "title", "intro", "help", "note", NULL };
static const char *const print_help_members[] = { "title", NULL };
static const char *const craving_members[] = { "title", "summary", "intro", "breathing", "steps", "end", NULL };
static const char *const breathing_members[] = { "inhale", "exhale", "text", NULL };
static const char *const step_members[] = { "id", "heading", "text", "note", "items", NULL };
static const char *const end_members[] = { "heading", "text", "prompt", NULL };

/* Indexed by KhPlanKind. */
static const char *const kind_names[] = { "choice", "choices", "text", "names", NULL };

typedef enum
{
  OBJECT_TOP,
  OBJECT_SAFETY,
  OBJECT_PRINTOUT,
  OBJECT_PRINT_HELP,
  OBJECT_CRAVING,
  OBJECT_BREATHING,
  OBJECT_END,
  N_OBJECTS
} ObjectId;

static const struct
{
  ObjectId           parent;
  const char        *name;
  const char *const *members;
} objects[] = {
  [OBJECT_TOP] = { OBJECT_TOP, NULL, sheet_members },
  [OBJECT_SAFETY] = { OBJECT_TOP, "safety", safety_members },
  [OBJECT_PRINTOUT] = { OBJECT_TOP, "printout", printout_members },
  [OBJECT_PRINT_HELP] = { OBJECT_PRINTOUT, "help", print_help_members },
  [OBJECT_CRAVING] = { OBJECT_TOP, "craving", craving_members },
  [OBJECT_BREATHING] = { OBJECT_CRAVING, "breathing", breathing_members },
  [OBJECT_END] = { OBJECT_CRAVING, "end", end_members },
};

typedef struct
{
  ObjectId    object;
  const char *member;
} Location;

static const Location text_locations[] = {
  [KH_PLAN_TEXT_TITLE] = { OBJECT_TOP, "title" },
  [KH_PLAN_TEXT_SUMMARY] = { OBJECT_TOP, "summary" },
  [KH_PLAN_TEXT_SAFETY_TITLE] = { OBJECT_SAFETY, "title" },
  [KH_PLAN_TEXT_SAFETY] = { OBJECT_SAFETY, "text" },
  [KH_PLAN_TEXT_PRINT_TITLE] = { OBJECT_PRINTOUT, "title" },
  [KH_PLAN_TEXT_PRINT_INTRO] = { OBJECT_PRINTOUT, "intro" },
  [KH_PLAN_TEXT_PRINT_HELP_TITLE] = { OBJECT_PRINT_HELP, "title" },
  [KH_PLAN_TEXT_PRINT_FOOTER] = { OBJECT_PRINTOUT, "note" },
  [KH_PLAN_TEXT_CRAVING_TITLE] = { OBJECT_CRAVING, "title" },
  [KH_PLAN_TEXT_CRAVING_SUMMARY] = { OBJECT_CRAVING, "summary" },
  [KH_PLAN_TEXT_CRAVING_INHALE] = { OBJECT_BREATHING, "inhale" },
  [KH_PLAN_TEXT_CRAVING_EXHALE] = { OBJECT_BREATHING, "exhale" },
  [KH_PLAN_TEXT_CRAVING_BREATHING] = { OBJECT_BREATHING, "text" },
  [KH_PLAN_TEXT_CRAVING_END_HEADING] = { OBJECT_END, "heading" },
  [KH_PLAN_TEXT_CRAVING_END] = { OBJECT_END, "text" },
  [KH_PLAN_TEXT_CRAVING_END_PROMPT] = { OBJECT_END, "prompt" },
};

static const Location list_locations[] = {
  [KH_PLAN_LIST_INTRO] = { OBJECT_TOP, "intro" },
  [KH_PLAN_LIST_CRAVING_INTRO] = { OBJECT_CRAVING, "intro" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_names) == KH_PLAN_KIND_NAMES + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (text_locations) == KH_PLAN_N_TEXTS);
G_STATIC_ASSERT (G_N_ELEMENTS (list_locations) == KH_PLAN_N_LISTS);
G_STATIC_ASSERT (G_N_ELEMENTS (objects) == N_OBJECTS);

static void
option_free (gpointer data)
{
  Option *option = data;

  g_free (option->id);
  g_free (option->label);
  g_free (option);
}

static void
question_free (gpointer data)
{
  Question *question = data;

  g_free (question->id);
  g_free (question->heading);
  g_free (question->hint);
  g_clear_pointer (&question->options, g_ptr_array_unref);
  g_free (question);
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->id);
  g_free (step->heading);
  g_free (step->text);
  g_free (step->note);
  g_strfreev (step->items);
  g_free (step);
}

static void
kh_plan_sheet_finalize (GObject *object)
{
  KhPlanSheet *self = (KhPlanSheet *) object;

  for (guint i = 0; i < KH_PLAN_N_TEXTS; i++)
    g_free (self->texts[i]);
  for (guint i = 0; i < KH_PLAN_N_LISTS; i++)
    g_strfreev (self->lists[i]);
  g_clear_pointer (&self->reviewed, g_date_time_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (kh_plan_sheet_parent_class)->finalize (object);
}

static void
kh_plan_sheet_class_init (KhPlanSheetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kh_plan_sheet_finalize;
}

static void
kh_plan_sheet_init (KhPlanSheet *self)
{
  self->questions = g_ptr_array_new_with_free_func (question_free);
  self->steps = g_ptr_array_new_with_free_func (step_free);
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_source_unref);
}

/* A non-empty array of non-empty strings; @required says whether the
 * member may be left out. */
static GStrv
read_string_list (KhJsonReader *reader,
                  JsonObject   *object,
                  const char   *path,
                  const char   *member,
                  gboolean      required)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *list_path = g_strdup_printf ("%s/%s", path, member);
  JsonArray       *array;

  if (!(array = kh_json_reader_get_array (reader, object, path, member, required)))
    return NULL;

  if (json_array_get_length (array) == 0)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, list_path,
                              _ ("expected a non-empty array of strings"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *item = kh_json_reader_string_at (reader, array, list_path, i);

      if (item != NULL)
        g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

typedef enum
{
  ID_QUESTION,
  ID_CHOICE,
  ID_STEP,
} IdKind;

static void
check_id (KhJsonReader *reader,
          GHashTable   *ids,
          const char   *id,
          const char   *path,
          IdKind        kind)
{
  g_autofree char *id_path = g_strdup_printf ("%s/id", path);

  if (id == NULL)
    return;

  if (!kh_json_is_valid_id (id))
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, id_path,
                              _ ("expected a lower-case identifier (letters, digits and “-”)"));
  else if (!g_hash_table_add (ids, (gpointer) id))
    switch (kind)
      {
      case ID_QUESTION:
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, id_path,
                                  _ ("question “%s” is listed twice"), id);
        break;

      case ID_CHOICE:
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, id_path,
                                  _ ("choice “%s” is listed twice"), id);
        break;

      case ID_STEP:
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, id_path,
                                  _ ("step “%s” is listed twice"), id);
        break;

      default:
        g_assert_not_reached ();
      }
}

static void
read_options (KhJsonReader *reader,
              JsonObject   *element,
              const char   *path,
              Question     *question)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *options_path = g_strdup_printf ("%s/options", path);
  gboolean         wants_options = question->kind == KH_PLAN_KIND_CHOICE || question->kind == KH_PLAN_KIND_CHOICES;
  JsonArray       *array;

  if (!wants_options)
    {
      if (json_object_has_member (element, "options"))
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, options_path,
                                  _ ("a question of kind “%s” has no options"), kind_names[question->kind]);
      return;
    }

  if (!(array = kh_json_reader_get_array (reader, element, path, "options", TRUE)))
    return;

  if (json_array_get_length (array) < 2 || json_array_get_length (array) > KH_PLAN_MAX_OPTIONS)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, options_path,
                              _ ("expected 2 to %u options, found %u"),
                              (guint) KH_PLAN_MAX_OPTIONS, json_array_get_length (array));

  for (guint i = 0; i < json_array_get_length (array) && i < KH_PLAN_MAX_OPTIONS; i++)
    {
      g_autofree char *option_path = g_strdup_printf ("%s/%u", options_path, i);
      JsonObject      *object;
      Option          *option;

      if (!(object = kh_json_reader_expect_object (reader, json_array_get_element (array, i), option_path)))
        continue;

      kh_json_reader_check_members (reader, object, option_path, option_members);
      option = g_new0 (Option, 1);
      option->id = g_strdup (kh_json_reader_get_string (reader, object, option_path, "id", TRUE));
      option->label = g_strdup (kh_json_reader_get_string (reader, object, option_path, "label", TRUE));
      g_ptr_array_add (question->options, option);
      check_id (reader, ids, option->id, option_path, ID_CHOICE);
    }
}

static Question *
find_question (KhPlanSheet *self,
               const char  *id)
{
  for (guint i = 0; i < self->questions->len; i++)
    {
      Question *question = g_ptr_array_index (self->questions, i);

      if (g_strcmp0 (question->id, id) == 0)
        return question;
    }

  return NULL;
}

static gboolean
has_option (Question   *question,
            const char *id)
{
  for (guint i = 0; i < question->options->len; i++)
    if (g_strcmp0 (((Option *) g_ptr_array_index (question->options, i))->id, id) == 0)
      return TRUE;

  return FALSE;
}

/* The questions the code acts on must be there, of the right kind. */
static void
require_question (KhPlanSheet  *self,
                  KhJsonReader *reader,
                  const char   *id,
                  KhPlanKind    kind,
                  const char   *option)
{
  Question *question = find_question (self, id);

  if (question == NULL || question->kind != kind)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_MISSING, "/questions",
                              _ ("expected a question “%s” of kind “%s”"), id, kind_names[kind]);
  else if (option != NULL && !has_option (question, option))
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_MISSING, "/questions",
                              _ ("expected question “%s” to have a choice “%s”"), id, option);
}

static void
read_questions (KhPlanSheet  *self,
                KhJsonReader *reader,
                JsonObject   *object)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint      n_errors = kh_json_reader_get_n_errors (reader);
  JsonArray *array;

  if (!(array = kh_json_reader_get_array (reader, object, "", "questions", TRUE)))
    return;

  if (json_array_get_length (array) == 0 || json_array_get_length (array) > KH_PLAN_MAX_QUESTIONS)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/questions",
                              _ ("expected 1 to %u questions, found %u"),
                              (guint) KH_PLAN_MAX_QUESTIONS, json_array_get_length (array));

  for (guint i = 0; i < json_array_get_length (array) && i < KH_PLAN_MAX_QUESTIONS; i++)
    {
      g_autofree char *path = g_strdup_printf ("/questions/%u", i);
      JsonObject      *element;
      Question        *question;
      int              kind;

      if (!(element = kh_json_reader_expect_object (reader, json_array_get_element (array, i), path)))
        continue;

      kh_json_reader_check_members (reader, element, path, question_members);

      question = g_new0 (Question, 1);
      question->options = g_ptr_array_new_with_free_func (option_free);
      question->id = g_strdup (kh_json_reader_get_string (reader, element, path, "id", TRUE));
      question->heading = g_strdup (kh_json_reader_get_string (reader, element, path, "heading", TRUE));
      question->hint = g_strdup (kh_json_reader_get_string (reader, element, path, "hint", FALSE));
      kind = kh_json_reader_get_enum (reader, element, path, "kind", kind_names, -1);
      question->kind = kind >= 0 ? (KhPlanKind) kind : KH_PLAN_KIND_TEXT;
      g_ptr_array_add (self->questions, question);

      check_id (reader, ids, question->id, path, ID_QUESTION);
      if (kind >= 0)
        read_options (reader, element, path, question);
    }

  /* Only when every question could be read: otherwise a typo in one
   * would also be reported as a missing question. */
  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return;

  require_question (self, reader, KH_PLAN_QUESTION_CHANGE, KH_PLAN_KIND_CHOICE, KH_PLAN_OPTION_STOP);
  require_question (self, reader, KH_PLAN_QUESTION_USE, KH_PLAN_KIND_CHOICE, KH_PLAN_OPTION_DAILY);
  require_question (self, reader, KH_PLAN_QUESTION_REASONS, KH_PLAN_KIND_CHOICES, NULL);
  require_question (self, reader, KH_PLAN_QUESTION_REASONS_OWN, KH_PLAN_KIND_TEXT, NULL);
  require_question (self, reader, KH_PLAN_QUESTION_PEOPLE, KH_PLAN_KIND_NAMES, NULL);
}

static void
read_steps (KhPlanSheet  *self,
            KhJsonReader *reader,
            JsonObject   *craving)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  const char *path = "/craving/steps";
  JsonArray  *array;

  if (!(array = kh_json_reader_get_array (reader, craving, "/craving", "steps", TRUE)))
    return;

  if (json_array_get_length (array) == 0)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, path, _ ("expected at least one step"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *step_path = g_strdup_printf ("%s/%u", path, i);
      JsonObject      *element;
      Step            *step;

      if (!(element = kh_json_reader_expect_object (reader, json_array_get_element (array, i), step_path)))
        continue;

      kh_json_reader_check_members (reader, element, step_path, step_members);
      step = g_new0 (Step, 1);
      step->id = g_strdup (kh_json_reader_get_string (reader, element, step_path, "id", TRUE));
      step->heading = g_strdup (kh_json_reader_get_string (reader, element, step_path, "heading", TRUE));
      step->text = g_strdup (kh_json_reader_get_string (reader, element, step_path, "text", TRUE));
      step->note = g_strdup (kh_json_reader_get_string (reader, element, step_path, "note", FALSE));
      step->items = read_string_list (reader, element, step_path, "items", FALSE);
      g_ptr_array_add (self->steps, step);
      check_id (reader, ids, step->id, step_path, ID_STEP);

      /* The reasons step shows the plan's reasons, or its note when the
       * plan has none. */
      if (g_strcmp0 (step->id, KH_PLAN_STEP_REASONS) == 0 && step->note == NULL)
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_MISSING, step_path,
                                  _ ("the “%s” step needs a “note” for a plan with no reasons"),
                                  KH_PLAN_STEP_REASONS);
    }

  if (!g_hash_table_contains (ids, KH_PLAN_STEP_REASONS))
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_MISSING, path,
                              _ ("expected a step “%s”"), KH_PLAN_STEP_REASONS);
}

/**
 * kh_plan_sheet_new_from_json:
 * @reader: where problems are recorded
 * @root: the parsed plan.json
 *
 * Returns: (transfer full) (nullable): the sheet, or %NULL if any part
 *   of it is invalid (every problem is then in @reader)
 */
KhPlanSheet *
kh_plan_sheet_new_from_json (KhJsonReader *reader,
                             JsonNode     *root)
{
  g_autoptr (KhPlanSheet) self = NULL;
  JsonObject *found[N_OBJECTS];
  char       *paths[N_OBJECTS];
  JsonObject *object;
  JsonArray  *array;
  guint       n_errors;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (root != NULL, NULL);

  n_errors = kh_json_reader_get_n_errors (reader);

  if (!(object = kh_json_reader_expect_object (reader, root, "")))
    return NULL;

  kh_json_reader_check_members (reader, object, "", sheet_members);
  self = g_object_new (KH_TYPE_PLAN_SHEET, NULL);

  /* Parents come before their children in the table. */
  found[OBJECT_TOP] = object;
  paths[OBJECT_TOP] = g_strdup ("");
  for (guint i = OBJECT_TOP + 1; i < N_OBJECTS; i++)
    {
      JsonObject *parent = found[objects[i].parent];

      paths[i] = g_strdup_printf ("%s/%s", paths[objects[i].parent], objects[i].name);
      found[i] = NULL;
      if (parent != NULL &&
          (found[i] = kh_json_reader_get_object (reader, parent, paths[objects[i].parent], objects[i].name, TRUE)))
        kh_json_reader_check_members (reader, found[i], paths[i], objects[i].members);
    }

  for (guint i = 0; i < KH_PLAN_N_TEXTS; i++)
    if (found[text_locations[i].object] != NULL)
      self->texts[i] = g_strdup (kh_json_reader_get_string (reader, found[text_locations[i].object],
                                                            paths[text_locations[i].object],
                                                            text_locations[i].member, TRUE));
  for (guint i = 0; i < KH_PLAN_N_LISTS; i++)
    if (found[list_locations[i].object] != NULL)
      self->lists[i] = read_string_list (reader, found[list_locations[i].object],
                                         paths[list_locations[i].object], list_locations[i].member, TRUE);

  self->reviewed = kh_json_reader_get_date (reader, object, "", "reviewed", TRUE);
  read_questions (self, reader, object);
  if (found[OBJECT_CRAVING] != NULL)
    read_steps (self, reader, found[OBJECT_CRAVING]);

  for (guint i = 0; i < N_OBJECTS; i++)
    g_free (paths[i]);

  if ((array = kh_json_reader_get_array (reader, object, "", "sources", TRUE)))
    {
      if (json_array_get_length (array) == 0)
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/sources",
                                  _ ("expected at least one source"));

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("/sources/%u", i);
          KhSource        *source = kh_source_new_from_json (reader, json_array_get_element (array, i), path);

          if (source != NULL)
            g_ptr_array_add (self->sources, source);
        }
    }

  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kh_plan_sheet_new_from_file:
 * @file: a plan.json, local or resource://
 * @error: return location for the first problem found
 *
 * Returns: (transfer full) (nullable): the sheet
 */
KhPlanSheet *
kh_plan_sheet_new_from_file (GFile   *file,
                             GError **error)
{
  g_autoptr (KhJsonReader) reader = NULL;
  g_autofree char *label = NULL;
  KhPlanSheet     *self = NULL;
  JsonNode        *root;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  label = g_file_get_basename (file);
  reader = kh_json_reader_new (label);
  if ((root = kh_json_reader_parse_file (reader, file)))
    self = kh_plan_sheet_new_from_json (reader, root);

  if (self == NULL)
    {
      g_assert (kh_json_reader_has_errors (reader));
      kh_json_reader_propagate (reader, error);
    }

  return self;
}

/**
 * kh_plan_sheet_new_bundled:
 * @error: return location for the first problem found
 *
 * Returns: (transfer full) (nullable): the sheet compiled into the app
 */
KhPlanSheet *
kh_plan_sheet_new_bundled (GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_uri (KH_PLAN_SHEET_RESOURCE_URI);

  return kh_plan_sheet_new_from_file (file, error);
}

const char *
kh_plan_sheet_get_text (KhPlanSheet *self,
                        KhPlanText   text)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), NULL);
  g_return_val_if_fail (text < KH_PLAN_N_TEXTS, NULL);

  return kh_i18n_translate (self->texts[text]);
}

guint
kh_plan_sheet_get_list_length (KhPlanSheet *self,
                               KhPlanList   list)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), 0);
  g_return_val_if_fail (list < KH_PLAN_N_LISTS, 0);

  return g_strv_length (self->lists[list]);
}

const char *
kh_plan_sheet_get_list_item (KhPlanSheet *self,
                             KhPlanList   list,
                             guint        index)
{
  g_return_val_if_fail (index < kh_plan_sheet_get_list_length (self, list), NULL);

  return kh_i18n_translate (self->lists[list][index]);
}

/**
 * kh_plan_sheet_get_reviewed:
 *
 * Returns: (transfer none): when the wording was last checked against
 *   its sources
 */
GDateTime *
kh_plan_sheet_get_reviewed (KhPlanSheet *self)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), NULL);

  return self->reviewed;
}

guint
kh_plan_sheet_get_n_sources (KhPlanSheet *self)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), 0);

  return self->sources->len;
}

KhSource *
kh_plan_sheet_get_source (KhPlanSheet *self,
                          guint        index)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), NULL);
  g_return_val_if_fail (index < self->sources->len, NULL);

  return g_ptr_array_index (self->sources, index);
}

/**
 * kh_plan_sheet_get_sources:
 *
 * Returns: (transfer none) (element-type KhSource): the sources
 */
GPtrArray *
kh_plan_sheet_get_sources (KhPlanSheet *self)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), NULL);

  return self->sources;
}

guint
kh_plan_sheet_get_n_questions (KhPlanSheet *self)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), 0);

  return self->questions->len;
}

/**
 * kh_plan_sheet_find_question:
 *
 * Returns: the index of the question with @id, or -1
 */
int
kh_plan_sheet_find_question (KhPlanSheet *self,
                             const char  *id)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), -1);
  g_return_val_if_fail (id != NULL, -1);

  for (guint i = 0; i < self->questions->len; i++)
    if (g_str_equal (((Question *) g_ptr_array_index (self->questions, i))->id, id))
      return i;

  return -1;
}

static Question *
get_question (KhPlanSheet *self,
              guint        question)
{
  g_assert (question < self->questions->len);

  return g_ptr_array_index (self->questions, question);
}

const char *
kh_plan_sheet_get_question_id (KhPlanSheet *self,
                               guint        question)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), NULL);
  g_return_val_if_fail (question < self->questions->len, NULL);

  return get_question (self, question)->id;
}

KhPlanKind
kh_plan_sheet_get_question_kind (KhPlanSheet *self,
                                 guint        question)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), KH_PLAN_KIND_TEXT);
  g_return_val_if_fail (question < self->questions->len, KH_PLAN_KIND_TEXT);

  return get_question (self, question)->kind;
}

const char *
kh_plan_sheet_get_question_heading (KhPlanSheet *self,
                                    guint        question)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), NULL);
  g_return_val_if_fail (question < self->questions->len, NULL);

  return kh_i18n_translate (get_question (self, question)->heading);
}

/**
 * kh_plan_sheet_get_question_hint:
 *
 * Returns: (nullable): what the question is for, if it says
 */
const char *
kh_plan_sheet_get_question_hint (KhPlanSheet *self,
                                 guint        question)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), NULL);
  g_return_val_if_fail (question < self->questions->len, NULL);

  return kh_i18n_translate (get_question (self, question)->hint);
}

guint
kh_plan_sheet_get_n_options (KhPlanSheet *self,
                             guint        question)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), 0);
  g_return_val_if_fail (question < self->questions->len, 0);

  return get_question (self, question)->options->len;
}

static Option *
get_option (KhPlanSheet *self,
            guint        question,
            guint        option)
{
  Question *q = get_question (self, question);

  g_assert (option < q->options->len);

  return g_ptr_array_index (q->options, option);
}

int
kh_plan_sheet_find_option (KhPlanSheet *self,
                           guint        question,
                           const char  *id)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), -1);
  g_return_val_if_fail (question < self->questions->len, -1);
  g_return_val_if_fail (id != NULL, -1);

  for (guint i = 0; i < kh_plan_sheet_get_n_options (self, question); i++)
    if (g_str_equal (get_option (self, question, i)->id, id))
      return i;

  return -1;
}

const char *
kh_plan_sheet_get_option_id (KhPlanSheet *self,
                             guint        question,
                             guint        option)
{
  g_return_val_if_fail (option < kh_plan_sheet_get_n_options (self, question), NULL);

  return get_option (self, question, option)->id;
}

const char *
kh_plan_sheet_get_option_label (KhPlanSheet *self,
                                guint        question,
                                guint        option)
{
  g_return_val_if_fail (option < kh_plan_sheet_get_n_options (self, question), NULL);

  return kh_i18n_translate (get_option (self, question, option)->label);
}

guint
kh_plan_sheet_get_n_steps (KhPlanSheet *self)
{
  g_return_val_if_fail (KH_IS_PLAN_SHEET (self), 0);

  return self->steps->len;
}

static Step *
get_step (KhPlanSheet *self,
          guint        step)
{
  g_assert (step < self->steps->len);

  return g_ptr_array_index (self->steps, step);
}

const char *
kh_plan_sheet_get_step_id (KhPlanSheet *self,
                           guint        step)
{
  g_return_val_if_fail (step < kh_plan_sheet_get_n_steps (self), NULL);

  return get_step (self, step)->id;
}

const char *
kh_plan_sheet_get_step_heading (KhPlanSheet *self,
                                guint        step)
{
  g_return_val_if_fail (step < kh_plan_sheet_get_n_steps (self), NULL);

  return kh_i18n_translate (get_step (self, step)->heading);
}

const char *
kh_plan_sheet_get_step_text (KhPlanSheet *self,
                             guint        step)
{
  g_return_val_if_fail (step < kh_plan_sheet_get_n_steps (self), NULL);

  return kh_i18n_translate (get_step (self, step)->text);
}

/**
 * kh_plan_sheet_get_step_note:
 *
 * Returns: (nullable): the step's note, if it has one
 */
const char *
kh_plan_sheet_get_step_note (KhPlanSheet *self,
                             guint        step)
{
  g_return_val_if_fail (step < kh_plan_sheet_get_n_steps (self), NULL);

  return kh_i18n_translate (get_step (self, step)->note);
}

guint
kh_plan_sheet_get_step_n_items (KhPlanSheet *self,
                                guint        step)
{
  g_return_val_if_fail (step < kh_plan_sheet_get_n_steps (self), 0);

  return get_step (self, step)->items != NULL ? g_strv_length (get_step (self, step)->items) : 0;
}

const char *
kh_plan_sheet_get_step_item (KhPlanSheet *self,
                             guint        step,
                             guint        item)
{
  g_return_val_if_fail (item < kh_plan_sheet_get_step_n_items (self, step), NULL);

  return kh_i18n_translate (get_step (self, step)->items[item]);
}
