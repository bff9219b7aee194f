/* fuzz-content.c: libFuzzer target for the content loader and validator
 *
 * Feeds arbitrary bytes to the same code that loads a section, an index
 * or any content file given to --validate-content: JSON parsing, every
 * typed getter, path-building and link checking.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kh-content.h"
#include "kh-section.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (KhJsonReader) reader = kh_json_reader_new ("fuzz.json");
  static const char *const known[] = { "overview", "faq", "checklist", "help", NULL };
  g_autoptr (KhSection) section = NULL;
  JsonNode *root;

  root = kh_json_reader_parse (reader, (const char *) data, size);
  if (root == NULL)
    return 0;

  section = kh_section_new_from_json (reader, root);
  kh_content_check_links (reader, known);

  /* Every accessor of a loaded section must work on what was accepted. */
  if (section != NULL)
    {
      (void) kh_section_get_title (section);
      (void) kh_section_get_summary (section);
      for (guint i = 0; i < kh_section_get_n_blocks (section); i++)
        {
          KhBlock *block = kh_section_get_block (section, i);

          (void) kh_block_get_text (block);
          for (guint j = 0; j < kh_block_get_n_items (block); j++)
            (void) kh_block_get_item (block, j);
        }
    }

  for (guint i = 0; i < kh_json_reader_get_n_errors (reader); i++)
    g_assert (kh_json_reader_get_error (reader, i)->message != NULL);

  return 0;
}
