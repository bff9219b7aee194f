/* kh-plan-data.c: a plan as the data it is kept as, and back
 *
 * The JSON that kh-plan-store.c writes and reads back: the answers by
 * the sheet's ids, so that a kept plan still reads after the sheet's
 * wording changes. What is read back comes from an untrusted file:
 * bounded, typed and strict, and taken whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-plan-private.h"

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
      const KhPlanAnswer *answer = &self->answers[q];

      if (kh_plan_answer_is_empty (answer))
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
  if (!kh_plan_text_is_acceptable (text, max))
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
             KhPlanAnswer *answer)
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
        kh_plan_replace_text (&answer->text, text);
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
                kh_plan_replace_text (&answer->names[i], text);
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
  g_autofree KhPlanAnswer *answers = NULL;
  JsonObject              *top, *object;
  JsonNode                *root;
  gint64                   version;

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

  answers = g_new0 (KhPlanAnswer, self->n_answers);
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
        kh_plan_answer_clear (&answers[i]);
      return kh_json_reader_propagate (reader, error);
    }

  for (guint i = 0; i < self->n_answers; i++)
    {
      kh_plan_answer_clear (&self->answers[i]);
      self->answers[i] = answers[i];
    }
  kh_plan_emit_changed (self, -1);

  return TRUE;
}
