/* kh-checklist.c: the screening checklist: questions and results
 *
 * The questions, the texts of each result band and the notes all come
 * from checklist.json, loaded once and never changed; each visitor's
 * answers are a KhChecklistAnswers of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-checklist"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "kh-checklist.h"
#include "kh-i18n.h"
#include "kh-untrusted-file.h"

typedef struct
{
  char           *id;
  KhChecklistArea area;
  /* English msgids; translated on access */
  char *text;
  char *hint;
  char *label;
} Question;

struct _KhChecklist
{
  GObject parent_instance;

  /* English msgids; translated on access */
  char      *texts[KH_CHECKLIST_N_TEXTS];
  GStrv      lists[KH_CHECKLIST_N_LISTS];
  char      *band_texts[KH_CHECKLIST_N_BANDS + 1][KH_CHECKLIST_N_BAND_TEXTS];
  GStrv      band_steps[KH_CHECKLIST_N_BANDS + 1];
  GDateTime *reviewed;
  GPtrArray *questions;
  GPtrArray *sources;
};

G_DEFINE_FINAL_TYPE (KhChecklist, kh_checklist, G_TYPE_OBJECT)

static const char *const checklist_members[] = {
  "title", "summary", "reviewed", "intro", "heading", "questions", "bands", "notes", "printout", "sources", NULL
};
static const char *const question_members[] = { "id", "area", "text", "hint", "label", NULL };
static const char *const band_members[] = { "title", "summary", "meaning", "next_steps", NULL };
static const char *const notes_members[] = { "tolerance", "withdrawal", "diagnosis", "doctor", "crisis", NULL };
static const char *const text_members[] = { "text", NULL };
static const char *const titled_text_members[] = { "title", "text", NULL };
static const char *const titled_list_members[] = { "title", "items", NULL };
static const char *const printout_members[] = { "title", "intro", "help", "note", NULL };
static const char *const print_help_members[] = { "title", NULL };

/* Indexed by KhChecklistArea and KhChecklistBand. */
static const char *const area_names[] = {
  "more-or-longer", "cut-down", "time-spent", "craving", "obligations", "social",
  "activities", "hazardous", "health", "tolerance", "withdrawal", NULL
};
static const char *const band_names[] = { "none", "mild", "moderate", "severe", "dependence", NULL };
static const char *const band_text_members[] = { "title", "summary", "meaning" };

/* The objects that hold the texts, each found in its parent. Member
 * names are those tools/content-strings.py knows as translatable. */
typedef enum
{
  OBJECT_TOP,
  OBJECT_NOTES,
  OBJECT_TOLERANCE,
  OBJECT_WITHDRAWAL,
  OBJECT_DIAGNOSIS,
  OBJECT_DOCTOR,
  OBJECT_CRISIS,
  OBJECT_PRINTOUT,
  OBJECT_PRINT_HELP,
  N_OBJECTS
} ObjectId;

static const struct
{
  ObjectId           parent;
  const char        *name;
  const char *const *members;
} objects[] = {
  [OBJECT_TOP] = { OBJECT_TOP, NULL, checklist_members },
  [OBJECT_NOTES] = { OBJECT_TOP, "notes", notes_members },
  [OBJECT_TOLERANCE] = { OBJECT_NOTES, "tolerance", text_members },
  [OBJECT_WITHDRAWAL] = { OBJECT_NOTES, "withdrawal", text_members },
  [OBJECT_DIAGNOSIS] = { OBJECT_NOTES, "diagnosis", titled_text_members },
  [OBJECT_DOCTOR] = { OBJECT_NOTES, "doctor", titled_list_members },
  [OBJECT_CRISIS] = { OBJECT_NOTES, "crisis", titled_text_members },
  [OBJECT_PRINTOUT] = { OBJECT_TOP, "printout", printout_members },
  [OBJECT_PRINT_HELP] = { OBJECT_PRINTOUT, "help", print_help_members },
};

/* Where each text and list is found. */
typedef struct
{
  ObjectId    object;
  const char *member;
} Location;

static const Location text_locations[] = {
  [KH_CHECKLIST_TEXT_TITLE] = { OBJECT_TOP, "title" },
  [KH_CHECKLIST_TEXT_SUMMARY] = { OBJECT_TOP, "summary" },
  [KH_CHECKLIST_TEXT_QUESTIONS_HEADING] = { OBJECT_TOP, "heading" },
  [KH_CHECKLIST_TEXT_TOLERANCE] = { OBJECT_TOLERANCE, "text" },
  [KH_CHECKLIST_TEXT_WITHDRAWAL] = { OBJECT_WITHDRAWAL, "text" },
  [KH_CHECKLIST_TEXT_DIAGNOSIS_TITLE] = { OBJECT_DIAGNOSIS, "title" },
  [KH_CHECKLIST_TEXT_DIAGNOSIS] = { OBJECT_DIAGNOSIS, "text" },
  [KH_CHECKLIST_TEXT_DOCTOR_TITLE] = { OBJECT_DOCTOR, "title" },
  [KH_CHECKLIST_TEXT_CRISIS_TITLE] = { OBJECT_CRISIS, "title" },
  [KH_CHECKLIST_TEXT_CRISIS] = { OBJECT_CRISIS, "text" },
  [KH_CHECKLIST_TEXT_PRINT_TITLE] = { OBJECT_PRINTOUT, "title" },
  [KH_CHECKLIST_TEXT_PRINT_INTRO] = { OBJECT_PRINTOUT, "intro" },
  [KH_CHECKLIST_TEXT_PRINT_HELP_TITLE] = { OBJECT_PRINT_HELP, "title" },
  [KH_CHECKLIST_TEXT_PRINT_FOOTER] = { OBJECT_PRINTOUT, "note" },
};

static const Location list_locations[] = {
  [KH_CHECKLIST_LIST_INTRO] = { OBJECT_TOP, "intro" },
  [KH_CHECKLIST_LIST_DOCTOR] = { OBJECT_DOCTOR, "items" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (area_names) == KH_CHECKLIST_N_AREAS + 1);
/* The bands, then the dependence-only result (KH_CHECKLIST_RESULT_DEPENDENCE). */
G_STATIC_ASSERT (G_N_ELEMENTS (band_names) == KH_CHECKLIST_N_BANDS + 2);
G_STATIC_ASSERT (G_N_ELEMENTS (band_text_members) == KH_CHECKLIST_N_BAND_TEXTS);
G_STATIC_ASSERT (G_N_ELEMENTS (text_locations) == KH_CHECKLIST_N_TEXTS);
G_STATIC_ASSERT (G_N_ELEMENTS (list_locations) == KH_CHECKLIST_N_LISTS);
G_STATIC_ASSERT (G_N_ELEMENTS (objects) == N_OBJECTS);

static void
question_free (gpointer data)
{
  Question *question = data;

  g_free (question->id);
  g_free (question->text);
  g_free (question->hint);
  g_free (question->label);
  g_free (question);
}

static void
kh_checklist_finalize (GObject *object)
{
  KhChecklist *self = (KhChecklist *) object;

  for (guint i = 0; i < KH_CHECKLIST_N_TEXTS; i++)
    g_free (self->texts[i]);
  for (guint i = 0; i < KH_CHECKLIST_N_LISTS; i++)
    g_strfreev (self->lists[i]);
  for (guint i = 0; i <= KH_CHECKLIST_N_BANDS; i++)
    {
      for (guint j = 0; j < KH_CHECKLIST_N_BAND_TEXTS; j++)
        g_free (self->band_texts[i][j]);
      g_strfreev (self->band_steps[i]);
    }
  g_clear_pointer (&self->reviewed, g_date_time_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (kh_checklist_parent_class)->finalize (object);
}

static void
kh_checklist_class_init (KhChecklistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kh_checklist_finalize;
}

static void
kh_checklist_init (KhChecklist *self)
{
  self->questions = g_ptr_array_new_with_free_func (question_free);
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_source_unref);
}

/* Reads a required, non-empty array of non-empty strings. */
static GStrv
read_string_list (KhJsonReader *reader,
                  JsonObject   *object,
                  const char   *path,
                  const char   *member)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *list_path = g_strdup_printf ("%s/%s", path, member);
  JsonArray       *array;

  if (!(array = kh_json_reader_get_array (reader, object, path, member, TRUE)))
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

/* Finds each object of the table in its parent, once, so that a missing
 * object is reported once and not for each text in it. */
static void
read_objects (KhJsonReader *reader,
              JsonObject   *top,
              JsonObject   *found[],
              char         *paths[])
{
  found[OBJECT_TOP] = top;
  paths[OBJECT_TOP] = g_strdup ("");

  /* Parents come before their children in the table. */
  for (guint i = OBJECT_TOP + 1; i < N_OBJECTS; i++)
    {
      JsonObject *parent = found[objects[i].parent];

      paths[i] = g_strdup_printf ("%s/%s", paths[objects[i].parent], objects[i].name);
      found[i] = NULL;
      if (parent != NULL &&
          (found[i] = kh_json_reader_get_object (reader, parent, paths[objects[i].parent], objects[i].name, TRUE)))
        kh_json_reader_check_members (reader, found[i], paths[i], objects[i].members);
    }
}

static void
read_questions (KhChecklist  *self,
                KhJsonReader *reader,
                JsonObject   *object)
{
  int area_question[KH_CHECKLIST_N_AREAS];
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;
  guint      n_errors = kh_json_reader_get_n_errors (reader);

  if (!(array = kh_json_reader_get_array (reader, object, "", "questions", TRUE)))
    return;

  if (json_array_get_length (array) != KH_CHECKLIST_N_AREAS)
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/questions",
                              _ ("expected %u questions, one for each area, found %u"),
                              (guint) KH_CHECKLIST_N_AREAS, json_array_get_length (array));

  for (guint i = 0; i < KH_CHECKLIST_N_AREAS; i++)
    area_question[i] = -1;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("/questions/%u", i);
      Question        *question;
      JsonObject      *element;
      int              area;

      if (!(element = kh_json_reader_expect_object (reader, json_array_get_element (array, i), path)))
        continue;

      kh_json_reader_check_members (reader, element, path, question_members);

      question = g_new0 (Question, 1);
      question->id = g_strdup (kh_json_reader_get_string (reader, element, path, "id", TRUE));
      question->text = g_strdup (kh_json_reader_get_string (reader, element, path, "text", TRUE));
      question->hint = g_strdup (kh_json_reader_get_string (reader, element, path, "hint", FALSE));
      question->label = g_strdup (kh_json_reader_get_string (reader, element, path, "label", TRUE));
      area = kh_json_reader_get_enum (reader, element, path, "area", area_names, -1);
      g_ptr_array_add (self->questions, question);

      if (question->id != NULL)
        {
          g_autofree char *id_path = g_strdup_printf ("%s/id", path);

          if (!kh_json_is_valid_id (question->id))
            kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, id_path,
                                      _ ("expected a lower-case identifier (letters, digits and “-”)"));
          else if (!g_hash_table_add (ids, question->id))
            kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, id_path,
                                      _ ("question “%s” is listed twice"), question->id);
        }

      if (area >= 0)
        {
          question->area = area;
          if (area_question[area] >= 0)
            {
              g_autofree char *area_path = g_strdup_printf ("%s/area", path);

              kh_json_reader_add_error (reader, KH_CONTENT_ERROR_DUPLICATE, area_path,
                                        _ ("area “%s” already has a question (/questions/%d)"),
                                        area_names[area], area_question[area]);
            }
          else
            area_question[area] = i;
        }
    }

  /* A missing area is only worth reporting if the questions are
   * otherwise fine; else it is usually a consequence of another error. */
  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return;

  for (guint i = 0; i < KH_CHECKLIST_N_AREAS; i++)
    if (area_question[i] < 0)
      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_MISSING, "/questions",
                                _ ("no question for area “%s”"), area_names[i]);
}

static void
read_bands (KhChecklist  *self,
            KhJsonReader *reader,
            JsonObject   *object)
{
  JsonObject *bands;

  if (!(bands = kh_json_reader_get_object (reader, object, "", "bands", TRUE)))
    return;

  kh_json_reader_check_members (reader, bands, "/bands", band_names);

  for (guint i = 0; i <= KH_CHECKLIST_N_BANDS; i++)
    {
      g_autofree char *path = g_strdup_printf ("/bands/%s", band_names[i]);
      JsonObject      *band;

      if (!(band = kh_json_reader_get_object (reader, bands, "/bands", band_names[i], TRUE)))
        continue;

      kh_json_reader_check_members (reader, band, path, band_members);
      for (guint j = 0; j < KH_CHECKLIST_N_BAND_TEXTS; j++)
        self->band_texts[i][j] = g_strdup (kh_json_reader_get_string (reader, band, path,
                                                                      band_text_members[j], TRUE));
      self->band_steps[i] = read_string_list (reader, band, path, "next_steps");
    }
}

/**
 * kh_checklist_new_from_json:
 * @reader: the reader that collects errors; its label names the file
 * @root: the parsed document
 *
 * Builds the checklist, recording every problem in @reader. A valid
 * checklist has exactly one question for each of the eleven areas.
 *
 * Returns: (transfer full) (nullable): the checklist, or
 *   %NULL if any part of it is invalid
 */
KhChecklist *
kh_checklist_new_from_json (KhJsonReader *reader,
                            JsonNode     *root)
{
  g_autoptr (KhChecklist) self = NULL;
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

  kh_json_reader_check_members (reader, object, "", checklist_members);

  self = g_object_new (KH_TYPE_CHECKLIST, NULL);

  read_objects (reader, object, found, paths);

  for (guint i = 0; i < KH_CHECKLIST_N_TEXTS; i++)
    {
      const Location *location = &text_locations[i];

      if (found[location->object] != NULL)
        self->texts[i] = g_strdup (kh_json_reader_get_string (reader, found[location->object],
                                                              paths[location->object],
                                                              location->member, TRUE));
    }

  for (guint i = 0; i < KH_CHECKLIST_N_LISTS; i++)
    {
      const Location *location = &list_locations[i];

      if (found[location->object] != NULL)
        self->lists[i] = read_string_list (reader, found[location->object], paths[location->object],
                                           location->member);
    }

  for (guint i = 0; i < N_OBJECTS; i++)
    g_free (paths[i]);

  self->reviewed = kh_json_reader_get_date (reader, object, "", "reviewed", TRUE);

  read_questions (self, reader, object);
  read_bands (self, reader, object);

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

  g_assert (self->questions->len == KH_CHECKLIST_N_AREAS);

  return g_steal_pointer (&self);
}

/**
 * kh_checklist_new_from_file:
 * @file: a checklist.json, local or resource://
 * @error: return location for the first problem found
 *
 * Returns: (transfer full) (nullable): the checklist
 */
KhChecklist *
kh_checklist_new_from_file (GFile   *file,
                            GError **error)
{
  g_autoptr (KhJsonReader) reader = NULL;
  g_autofree char *label = NULL;
  KhChecklist     *self = NULL;
  JsonNode        *root;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  label = g_file_get_basename (file);
  reader = kh_json_reader_new (label);
  if ((root = kh_json_reader_parse_file (reader, file)))
    self = kh_checklist_new_from_json (reader, root);

  if (self == NULL)
    {
      g_assert (kh_json_reader_has_errors (reader));
      kh_json_reader_propagate (reader, error);
    }

  return self;
}

/**
 * kh_checklist_new_bundled:
 * @error: return location for the first problem found
 *
 * Loads the checklist compiled into the app.
 *
 * Returns: (transfer full) (nullable): the checklist
 */
KhChecklist *
kh_checklist_new_bundled (GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_uri (KH_CHECKLIST_RESOURCE_URI);

  return kh_checklist_new_from_file (file, error);
}

/**
 * kh_checklist_get_text:
 *
 * Returns: the text in the current language
 */
const char *
kh_checklist_get_text (KhChecklist    *self,
                       KhChecklistText text)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (text < KH_CHECKLIST_N_TEXTS, NULL);

  return kh_i18n_translate (self->texts[text]);
}

guint
kh_checklist_get_list_length (KhChecklist    *self,
                              KhChecklistList list)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), 0);
  g_return_val_if_fail (list < KH_CHECKLIST_N_LISTS, 0);

  return g_strv_length (self->lists[list]);
}

/**
 * kh_checklist_get_list_item:
 *
 * Returns: item @index of @list, in the current language
 */
const char *
kh_checklist_get_list_item (KhChecklist    *self,
                            KhChecklistList list,
                            guint           index)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (list < KH_CHECKLIST_N_LISTS, NULL);
  g_return_val_if_fail (index < g_strv_length (self->lists[list]), NULL);

  return kh_i18n_translate (self->lists[list][index]);
}

/**
 * kh_checklist_get_reviewed:
 *
 * Returns: (transfer none): the day the content was last checked, in UTC
 */
GDateTime *
kh_checklist_get_reviewed (KhChecklist *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);

  return self->reviewed;
}

guint
kh_checklist_get_n_questions (KhChecklist *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), 0);

  return self->questions->len;
}

static Question *
get_question (KhChecklist *self,
              guint        index)
{
  return g_ptr_array_index (self->questions, index);
}

/**
 * kh_checklist_get_question_id:
 *
 * Returns: the stable id of question @index (not translated)
 */
const char *
kh_checklist_get_question_id (KhChecklist *self,
                              guint        index)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return get_question (self, index)->id;
}

const char *
kh_checklist_get_question_text (KhChecklist *self,
                                guint        index)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return kh_i18n_translate (get_question (self, index)->text);
}

/**
 * kh_checklist_get_question_hint:
 *
 * Returns: (nullable): what the question means, if the content says
 */
const char *
kh_checklist_get_question_hint (KhChecklist *self,
                                guint        index)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return kh_i18n_translate (get_question (self, index)->hint);
}

/**
 * kh_checklist_get_question_label:
 *
 * Returns: a few words that stand for the question in a summary
 */
const char *
kh_checklist_get_question_label (KhChecklist *self,
                                 guint        index)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return kh_i18n_translate (get_question (self, index)->label);
}

KhChecklistArea
kh_checklist_get_question_area (KhChecklist *self,
                                guint        index)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), 0);
  g_return_val_if_fail (index < self->questions->len, 0);

  return get_question (self, index)->area;
}

/**
 * kh_checklist_find_area:
 *
 * Returns: the index of the question about @area
 */
guint
kh_checklist_find_area (KhChecklist    *self,
                        KhChecklistArea area)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), 0);
  g_return_val_if_fail (area < KH_CHECKLIST_N_AREAS, 0);

  for (guint i = 0; i < self->questions->len; i++)
    if (get_question (self, i)->area == area)
      return i;

  g_return_val_if_reached (0);
}

/**
 * kh_checklist_band_for_count:
 * @count: number of signs
 *
 * Returns: the DSM-5 severity range for @count signs: 0–1 none, 2–3
 *   mild, 4–5 moderate, 6 or more severe
 */
KhChecklistBand
kh_checklist_band_for_count (guint count)
{
  if (count >= 6)
    return KH_CHECKLIST_BAND_SEVERE;
  if (count >= 4)
    return KH_CHECKLIST_BAND_MODERATE;
  if (count >= 2)
    return KH_CHECKLIST_BAND_MILD;

  return KH_CHECKLIST_BAND_NONE;
}

/**
 * kh_checklist_get_band_text:
 *
 * Returns: the title, range sentence or meaning of @band, in the current
 *   language
 */
const char *
kh_checklist_get_band_text (KhChecklist        *self,
                            KhChecklistBand     band,
                            KhChecklistBandText text)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (band <= KH_CHECKLIST_RESULT_DEPENDENCE, NULL);
  g_return_val_if_fail (text < KH_CHECKLIST_N_BAND_TEXTS, NULL);

  return kh_i18n_translate (self->band_texts[band][text]);
}

guint
kh_checklist_get_band_n_steps (KhChecklist    *self,
                               KhChecklistBand band)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), 0);
  g_return_val_if_fail (band <= KH_CHECKLIST_RESULT_DEPENDENCE, 0);

  return g_strv_length (self->band_steps[band]);
}

/**
 * kh_checklist_get_band_step:
 *
 * Returns: next step @index for people in @band, in the current language
 */
const char *
kh_checklist_get_band_step (KhChecklist    *self,
                            KhChecklistBand band,
                            guint           index)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (band <= KH_CHECKLIST_RESULT_DEPENDENCE, NULL);
  g_return_val_if_fail (index < g_strv_length (self->band_steps[band]), NULL);

  return kh_i18n_translate (self->band_steps[band][index]);
}

guint
kh_checklist_get_n_sources (KhChecklist *self)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), 0);

  return self->sources->len;
}

/**
 * kh_checklist_get_source:
 *
 * Returns: (transfer none): the source at @index
 */
KhSource *
kh_checklist_get_source (KhChecklist *self,
                         guint        index)
{
  g_return_val_if_fail (KH_IS_CHECKLIST (self), NULL);
  g_return_val_if_fail (index < self->sources->len, NULL);

  return g_ptr_array_index (self->sources, index);
}
