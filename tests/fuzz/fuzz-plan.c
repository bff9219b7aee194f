/* fuzz-plan.c: libFuzzer target for the plan's content and a kept plan
 *
 * The same bytes go to the loader of plan.json and, as a file kept on
 * this computer that anything may have changed since, to the reader of
 * a kept plan over the bundled sheet. Whatever is accepted must give a
 * plan whose summary, QR texts and file can be made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kh-plan.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static KhPlanSheet *bundled;
static KhDirectory *directory;

static void
exercise (KhPlan *plan)
{
  g_autoptr (GDateTime) date = g_date_time_new_utc (2026, 12, 1, 0, 0, 0);
  g_auto (GStrv) parts = kh_plan_dup_qr_texts (plan, date, directory, "US");
  g_autofree char *kept = kh_plan_to_data (plan, NULL);
  g_auto (GStrv) reasons = kh_plan_dup_reasons (plan);
  g_auto (GStrv) people = kh_plan_dup_people (plan);

  for (guint i = 0; parts[i] != NULL; i++)
    g_assert (strlen (parts[i]) <= KH_PLAN_QR_PART_MAX);
  g_assert (strlen (kept) <= KH_PLAN_FILE_MAX);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("plan.json");
  g_autoptr (KhPlanSheet) sheet = NULL;
  g_autoptr (KhPlan) plan = NULL;
  JsonNode *root;

  if (bundled == NULL)
    {
      g_autoptr (KhJsonReader) bundled_reader = kh_json_reader_new ("plan.json");
      g_autofree char *text = NULL;
      gsize            length;

      if (!g_file_get_contents (KH_FUZZ_PLAN_JSON, &text, &length, NULL))
        g_error ("cannot read %s", KH_FUZZ_PLAN_JSON);
      root = kh_json_reader_parse (bundled_reader, text, length);
      g_assert (root != NULL);
      bundled = kh_plan_sheet_new_from_json (bundled_reader, root);
      g_assert (bundled != NULL);
      /* the fuzzing build has no GResource: the directory from its file */
      g_clear_pointer (&text, g_free);
      if (!g_file_get_contents (KH_FUZZ_DIRECTORY_JSON, &text, &length, NULL))
        g_error ("cannot read %s", KH_FUZZ_DIRECTORY_JSON);
      {
        g_autoptr (GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), length);
        g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

        directory = kh_directory_new_from_bytes (bytes, "directory.json", NULL, errors);
      }
      g_assert (directory != NULL);
    }

  /* as content */
  if ((root = kh_json_reader_parse (reader, (const char *) data, size)) &&
      (sheet = kh_plan_sheet_new_from_json (reader, root)))
    {
      g_autoptr (KhPlan) any = kh_plan_new (sheet);

      for (guint i = 0; i < kh_plan_sheet_get_n_questions (sheet); i++)
        (void) kh_plan_sheet_get_question_heading (sheet, i);
      exercise (any);
    }

  /* as a kept plan */
  plan = kh_plan_new (bundled);
  if (kh_plan_load_data (plan, (const char *) data, size, NULL))
    exercise (plan);
  else
    g_assert (kh_plan_is_empty (plan));

  return 0;
}
