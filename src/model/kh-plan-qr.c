/* kh-plan-qr.c: splitting a text into parts that each fit a QR code
 *
 * Any text taken away by QR code goes through here: the plan's summary
 * (kh_plan_dup_qr_texts()) and the checklist's result alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-plan"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-plan-qr.h"

static char *
part_header (const char *title,
             guint       index,
             guint       n)
{
  /* Translators: the first line of each QR code when a text takes
   * several, e.g. "My plan, part 1 of 3" */
  return g_strdup_printf (_ ("%s, part %u of %u"), title, index, n);
}

/**
 * kh_plan_split_for_qr:
 * @text: the text to carry
 * @title: what a part's first line calls the text, e.g. "My plan"
 *
 * Splits @text into parts of at most %KH_PLAN_QR_PART_MAX bytes each,
 * one QR code a part. A text that fits is one part, unchanged. Otherwise
 * each part starts with "TITLE, part N of M" and breaks at a line end
 * where it can, inside a line (between two characters) only where a
 * line alone is longer than a part. Joining the parts without their
 * first lines gives @text back.
 *
 * Returns: (transfer full): the parts, in order
 */
GStrv
kh_plan_split_for_qr (const char *text,
                      const char *title)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GPtrArray) bodies = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *widest = NULL;
  gsize            budget;
  const char      *p, *end;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  if (strlen (text) <= KH_PLAN_QR_PART_MAX)
    {
      g_strv_builder_add (builder, text);
      return g_strv_builder_end (builder);
    }

  /* Room for the widest header this text can need, and its newline. */
  widest = part_header (title, 99, 99);
  g_return_val_if_fail (strlen (widest) + 1 + 8 < KH_PLAN_QR_PART_MAX, NULL);
  budget = KH_PLAN_QR_PART_MAX - strlen (widest) - 1;

  p = text;
  end = text + strlen (text);
  while (p < end)
    {
      const char *cut = p + MIN (budget, (gsize) (end - p));

      if (cut < end)
        {
          const char *newline = NULL;

          for (const char *q = cut - 1; q > p; q--)
            if (*q == '\n')
              {
                newline = q;
                break;
              }
          if (newline != NULL)
            cut = newline + 1;
          else
            /* A line longer than a part: break between characters. */
            while (cut > p && (*cut & 0xc0) == 0x80)
              cut--;
        }
      g_ptr_array_add (bodies, g_strndup (p, cut - p));
      p = cut;
    }

  for (guint i = 0; i < bodies->len; i++)
    {
      g_autofree char *header = part_header (title, i + 1, bodies->len);
      g_autofree char *part = g_strconcat (header, "\n", bodies->pdata[i], NULL);

      g_assert (strlen (part) <= KH_PLAN_QR_PART_MAX);
      g_strv_builder_add (builder, part);
    }

  return g_strv_builder_end (builder);
}
