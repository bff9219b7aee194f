/* kh-block.c: one block of a content section, and one source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-block"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-block.h"
#include "kh-i18n.h"

struct _KhBlock
{
  gatomicrefcount ref_count;
  KhBlockType     type;
  KhCalloutStyle  style;
  /* English msgids; translated on access */
  char *text;
  char *title;
  char *question;
  char *answer;
  char *label;
  GStrv items;
  /* not translated */
  char *target;
};

struct _KhSource
{
  gatomicrefcount ref_count;
  char           *publisher;
  char           *title;
  char           *url;
  int             year;
};

G_DEFINE_BOXED_TYPE (KhBlock, kh_block, kh_block_ref, kh_block_unref)
G_DEFINE_BOXED_TYPE (KhSource, kh_source, kh_source_ref, kh_source_unref)

static const char *const block_types[] = {
  "heading", "paragraph", "list", "callout", "faq", "link", NULL
};
static const char *const callout_styles[] = { "info", "warning", "crisis", NULL };

/* Which members each block type may have, "type" included. */
static const char *const text_members[] = { "type", "text", NULL };
static const char *const list_members[] = { "type", "items", NULL };
static const char *const callout_members[] = { "type", "style", "title", "text", NULL };
static const char *const faq_members[] = { "type", "question", "answer", NULL };
static const char *const link_members[] = { "type", "label", "target", NULL };
static const char *const source_members[] = { "publisher", "title", "year", "url", NULL };

static char *
dup_string (KhJsonReader *reader,
            JsonObject   *object,
            const char   *path,
            const char   *member,
            gboolean      required)
{
  return g_strdup (kh_json_reader_get_string (reader, object, path, member, required));
}

/**
 * kh_block_new_from_json:
 * @reader: the reader that collects errors
 * @node: the block's JSON node
 * @path: its JSON path, e.g. "/blocks/3"
 *
 * Builds a block, recording every problem in @reader. Link targets are
 * checked later, once every section id is known.
 *
 * Returns: (transfer full) (nullable): the block, or %NULL if it is invalid
 */
KhBlock *
kh_block_new_from_json (KhJsonReader *reader,
                        JsonNode     *node,
                        const char   *path)
{
  g_autoptr (KhBlock) block = NULL;
  guint       n_errors;
  JsonObject *object;
  int         type;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (node != NULL, NULL);

  n_errors = kh_json_reader_get_n_errors (reader);

  if (!(object = kh_json_reader_expect_object (reader, node, path)))
    return NULL;

  type = kh_json_reader_get_enum (reader, object, path, "type", block_types, -1);
  if (type < 0)
    return NULL;

  block = g_new0 (KhBlock, 1);
  g_atomic_ref_count_init (&block->ref_count);
  block->type = type;

  switch (block->type)
    {
    case KH_BLOCK_HEADING:
    case KH_BLOCK_PARAGRAPH:
      kh_json_reader_check_members (reader, object, path, text_members);
      block->text = dup_string (reader, object, path, "text", TRUE);
      break;

    case KH_BLOCK_LIST:
      {
        JsonArray       *items;
        g_autofree char *items_path = g_strdup_printf ("%s/items", path);
        g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

        kh_json_reader_check_members (reader, object, path, list_members);
        items = kh_json_reader_get_array (reader, object, path, "items", TRUE);
        if (items != NULL && json_array_get_length (items) == 0)
          kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, items_path,
                                    _ ("expected a non-empty array of strings"));
        for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
          {
            const char *item = kh_json_reader_string_at (reader, items, items_path, i);

            if (item != NULL)
              g_strv_builder_add (builder, item);
          }
        block->items = g_strv_builder_end (builder);
      }
      break;

    case KH_BLOCK_CALLOUT:
      kh_json_reader_check_members (reader, object, path, callout_members);
      block->style = kh_json_reader_get_enum (reader, object, path, "style",
                                              callout_styles, KH_CALLOUT_INFO);
      block->title = dup_string (reader, object, path, "title", FALSE);
      block->text = dup_string (reader, object, path, "text", TRUE);
      break;

    case KH_BLOCK_FAQ:
      kh_json_reader_check_members (reader, object, path, faq_members);
      block->question = dup_string (reader, object, path, "question", TRUE);
      block->answer = dup_string (reader, object, path, "answer", TRUE);
      break;

    case KH_BLOCK_LINK:
      kh_json_reader_check_members (reader, object, path, link_members);
      block->label = dup_string (reader, object, path, "label", TRUE);
      block->target = dup_string (reader, object, path, "target", TRUE);
      break;

    default:
      g_assert_not_reached ();
    }

  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return NULL;

  return g_steal_pointer (&block);
}

KhBlock *
kh_block_ref (KhBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  g_atomic_ref_count_inc (&block->ref_count);
  return block;
}

void
kh_block_unref (KhBlock *block)
{
  g_return_if_fail (block != NULL);

  if (!g_atomic_ref_count_dec (&block->ref_count))
    return;

  g_free (block->text);
  g_free (block->title);
  g_free (block->question);
  g_free (block->answer);
  g_free (block->label);
  g_free (block->target);
  g_strfreev (block->items);
  g_free (block);
}

KhBlockType
kh_block_get_block_type (const KhBlock *block)
{
  g_return_val_if_fail (block != NULL, KH_BLOCK_PARAGRAPH);

  return block->type;
}

KhCalloutStyle
kh_block_get_style (const KhBlock *block)
{
  g_return_val_if_fail (block != NULL, KH_CALLOUT_INFO);

  return block->style;
}

/**
 * kh_block_get_text:
 *
 * Returns: (nullable): the translated text of a heading, paragraph or
 *   call-out
 */
const char *
kh_block_get_text (const KhBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  return kh_i18n_translate (block->text);
}

/**
 * kh_block_get_title:
 *
 * Returns: (nullable): the translated title of a call-out, if it has one
 */
const char *
kh_block_get_title (const KhBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  return kh_i18n_translate (block->title);
}

const char *
kh_block_get_question (const KhBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  return kh_i18n_translate (block->question);
}

const char *
kh_block_get_answer (const KhBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  return kh_i18n_translate (block->answer);
}

const char *
kh_block_get_label (const KhBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  return kh_i18n_translate (block->label);
}

/**
 * kh_block_get_target:
 *
 * Returns: (nullable): the page id a link block leads to
 */
const char *
kh_block_get_target (const KhBlock *block)
{
  g_return_val_if_fail (block != NULL, NULL);

  return block->target;
}

guint
kh_block_get_n_items (const KhBlock *block)
{
  g_return_val_if_fail (block != NULL, 0);

  return block->items != NULL ? g_strv_length (block->items) : 0;
}

const char *
kh_block_get_item (const KhBlock *block,
                   guint          index)
{
  g_return_val_if_fail (block != NULL, NULL);
  g_return_val_if_fail (index < kh_block_get_n_items (block), NULL);

  return kh_i18n_translate (block->items[index]);
}

/**
 * kh_source_new_from_json:
 * @reader: the reader that collects errors
 * @node: the source's JSON node
 * @path: its JSON path, e.g. "/sources/0"
 *
 * Returns: (transfer full) (nullable): the source, or %NULL if it is invalid
 */
KhSource *
kh_source_new_from_json (KhJsonReader *reader,
                         JsonNode     *node,
                         const char   *path)
{
  g_autoptr (KhSource) source = NULL;
  guint       n_errors;
  JsonObject *object;
  gint64      year = 0;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (node != NULL, NULL);

  n_errors = kh_json_reader_get_n_errors (reader);

  if (!(object = kh_json_reader_expect_object (reader, node, path)))
    return NULL;

  kh_json_reader_check_members (reader, object, path, source_members);

  source = g_new0 (KhSource, 1);
  g_atomic_ref_count_init (&source->ref_count);
  source->publisher = dup_string (reader, object, path, "publisher", TRUE);
  source->title = dup_string (reader, object, path, "title", TRUE);
  source->url = dup_string (reader, object, path, "url", FALSE);

  if (kh_json_reader_get_int (reader, object, path, "year", FALSE, &year) &&
      (year < 1900 || year > 2100))
    {
      g_autofree char *year_path = g_strdup_printf ("%s/year", path);

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, year_path,
                                _ ("expected a year between 1900 and 2100"));
    }
  source->year = (int) year;

  if (source->url != NULL && !g_str_has_prefix (source->url, "https://"))
    {
      g_autofree char *url_path = g_strdup_printf ("%s/url", path);

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, url_path,
                                _ ("expected an address starting with “https://”"));
    }

  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return NULL;

  return g_steal_pointer (&source);
}

KhSource *
kh_source_ref (KhSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  g_atomic_ref_count_inc (&source->ref_count);
  return source;
}

void
kh_source_unref (KhSource *source)
{
  g_return_if_fail (source != NULL);

  if (!g_atomic_ref_count_dec (&source->ref_count))
    return;

  g_free (source->publisher);
  g_free (source->title);
  g_free (source->url);
  g_free (source);
}

const char *
kh_source_get_publisher (const KhSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  return source->publisher;
}

const char *
kh_source_get_title (const KhSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  return source->title;
}

/**
 * kh_source_get_year:
 *
 * Returns: the year of publication, or 0 if unknown
 */
int
kh_source_get_year (const KhSource *source)
{
  g_return_val_if_fail (source != NULL, 0);

  return source->year;
}

const char *
kh_source_get_url (const KhSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  return source->url;
}
