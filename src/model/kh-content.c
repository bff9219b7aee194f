/* kh-content.c: all bundled content sections, loaded and checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-content"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-content.h"
#include "kh-untrusted-file.h"

struct _KhContent
{
  GObject parent_instance;

  GPtrArray *sections;
};

G_DEFINE_FINAL_TYPE (KhContent, kh_content, G_TYPE_OBJECT)

static const char *const builtin_pages[] = { KH_PAGE_CHECKLIST, KH_PAGE_PLAN, KH_PAGE_CRAVING, KH_PAGE_HELP, NULL };
static const char *const index_members[] = { "sections", NULL };

static void
kh_content_finalize (GObject *object)
{
  KhContent *self = (KhContent *) object;

  g_clear_pointer (&self->sections, g_ptr_array_unref);

  G_OBJECT_CLASS (kh_content_parent_class)->finalize (object);
}

static void
kh_content_class_init (KhContentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kh_content_finalize;
}

static void
kh_content_init (KhContent *self)
{
  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * kh_content_get_builtin_pages:
 *
 * Returns: (transfer none): the ids of pages that are part of the app
 *   rather than of the content, and that links may lead to
 */
const char *const *
kh_content_get_builtin_pages (void)
{
  return builtin_pages;
}

/**
 * kh_content_check_links:
 * @reader: the reader of a section file, after parsing
 * @known_ids: every page id a link may name
 *
 * Records an error for each link block whose target is not in @known_ids.
 * It reads the JSON itself, so links are checked even in a section that
 * has other problems.
 */
void
kh_content_check_links (KhJsonReader      *reader,
                        const char *const *known_ids)
{
  JsonNode *root, *blocks;

  g_return_if_fail (reader != NULL);
  g_return_if_fail (known_ids != NULL);

  root = kh_json_reader_get_root (reader);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;

  blocks = json_object_get_member (json_node_get_object (root), "blocks");
  if (blocks == NULL || !JSON_NODE_HOLDS_ARRAY (blocks))
    return;

  for (guint i = 0; i < json_array_get_length (json_node_get_array (blocks)); i++)
    {
      JsonNode   *node = json_array_get_element (json_node_get_array (blocks), i);
      JsonObject *block;
      const char *target;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      block = json_node_get_object (node);
      if (g_strcmp0 (json_object_get_string_member_with_default (block, "type", NULL), "link") != 0)
        continue;

      target = json_object_get_string_member_with_default (block, "target", NULL);
      if (target != NULL && !g_strv_contains (known_ids, target))
        {
          g_autofree char *path = g_strdup_printf ("/blocks/%u/target", i);
          g_autofree char *list = g_strjoinv (", ", (char **) known_ids);

          kh_json_reader_add_error (reader, KH_CONTENT_ERROR_UNKNOWN_TARGET, path,
                                    _ ("unknown page “%s” (expected one of %s)"),
                                    target, list);
        }
    }
}

static void
collect_errors (KhJsonReader *reader,
                GPtrArray    *errors)
{
  for (guint i = 0; i < kh_json_reader_get_n_errors (reader); i++)
    g_ptr_array_add (errors, g_error_copy (kh_json_reader_get_error (reader, i)));
}

/**
 * kh_content_load:
 * @directory: folder with index.json and one file per section
 * @errors: (element-type GError): array that receives every problem found
 *
 * Loads all sections listed in index.json, in order, and checks them and
 * the links between them.
 *
 * Returns: (transfer full) (nullable): the content, or %NULL if any problem
 *   was found
 */
KhContent *
kh_content_load (GFile     *directory,
                 GPtrArray *errors)
{
  g_autoptr (KhContent) self = NULL;
  g_autoptr (KhJsonReader) index_reader = NULL;
  g_autoptr (GFile) index_file = NULL;
  g_autoptr (GPtrArray) readers = NULL;
  g_auto (GStrv) ids = NULL;
  JsonObject *object;
  JsonArray  *array;
  JsonNode   *root;
  guint       n_errors;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (errors != NULL, NULL);

  n_errors = errors->len;
  self = g_object_new (KH_TYPE_CONTENT, NULL);
  readers = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_json_reader_free);

  index_file = g_file_get_child (directory, "index.json");
  index_reader = kh_json_reader_new ("index.json");

  if ((root = kh_json_reader_parse_file (index_reader, index_file)) &&
      (object = kh_json_reader_expect_object (index_reader, root, "")))
    {
      kh_json_reader_check_members (index_reader, object, "", index_members);
      array = kh_json_reader_get_array (index_reader, object, "", "sections", TRUE);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("/sections/%u", i);
          const char      *id = kh_json_reader_string_at (index_reader, array, path, i);
          g_autofree char *name = NULL;
          g_autoptr (GFile) file = NULL;
          KhJsonReader *reader;
          KhSection    *section;

          if (id == NULL)
            continue;

          if (!kh_json_is_valid_id (id))
            {
              kh_json_reader_add_error (index_reader, KH_CONTENT_ERROR_VALUE, path,
                                        _ ("expected a lower-case identifier (letters, digits and “-”)"));
              continue;
            }

          name = g_strdup_printf ("%s.json", id);
          file = g_file_get_child (directory, name);
          reader = kh_json_reader_new (name);
          g_ptr_array_add (readers, reader);

          if (!(root = kh_json_reader_parse_file (reader, file)) ||
              !(section = kh_section_new_from_json (reader, root)))
            continue;

          if (g_strcmp0 (kh_section_get_id (section), id) != 0)
            kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/id",
                                      _ ("expected “%s”, the name index.json gives this file"), id);
          else if (kh_content_has_page (self, id))
            kh_json_reader_add_error (index_reader, KH_CONTENT_ERROR_DUPLICATE, path,
                                      _ ("section “%s” is listed twice"), id);

          g_ptr_array_add (self->sections, section);
        }
    }

  collect_errors (index_reader, errors);

  ids = kh_content_dup_page_ids (self);
  for (guint i = 0; i < readers->len; i++)
    {
      KhJsonReader *reader = g_ptr_array_index (readers, i);

      kh_content_check_links (reader, (const char *const *) ids);
      collect_errors (reader, errors);
    }

  if (errors->len > n_errors)
    return NULL;

  if (self->sections->len == 0)
    {
      g_ptr_array_add (errors, g_error_new (KH_CONTENT_ERROR, KH_CONTENT_ERROR_MISSING,
                                            "index.json: /sections: %s",
                                            _ ("expected at least one section")));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * kh_content_new_from_directory:
 * @directory: folder with index.json and one file per section
 * @error: return location for the first problem found
 *
 * Returns: (transfer full) (nullable): the content
 */
KhContent *
kh_content_new_from_directory (GFile   *directory,
                               GError **error)
{
  g_autoptr (GPtrArray) errors = NULL;
  KhContent *self;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  self = kh_content_load (directory, errors);

  if (self == NULL)
    kh_content_errors_propagate (errors, error);

  return self;
}

/**
 * kh_content_new_bundled:
 * @error: return location for the first problem found
 *
 * Loads the content compiled into the app.
 *
 * Returns: (transfer full) (nullable): the content
 */
KhContent *
kh_content_new_bundled (GError **error)
{
  g_autoptr (GFile) directory = g_file_new_for_uri (KH_CONTENT_RESOURCE_URI);

  return kh_content_new_from_directory (directory, error);
}

guint
kh_content_get_n_sections (KhContent *self)
{
  g_return_val_if_fail (KH_IS_CONTENT (self), 0);

  return self->sections->len;
}

/**
 * kh_content_get_section:
 *
 * Returns: (transfer none): the section at @index, in reading order
 */
KhSection *
kh_content_get_section (KhContent *self,
                        guint      index)
{
  g_return_val_if_fail (KH_IS_CONTENT (self), NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);

  return g_ptr_array_index (self->sections, index);
}

/**
 * kh_content_lookup_section:
 *
 * Returns: (transfer none) (nullable): the section with @id
 */
KhSection *
kh_content_lookup_section (KhContent  *self,
                           const char *id)
{
  g_return_val_if_fail (KH_IS_CONTENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      KhSection *section = g_ptr_array_index (self->sections, i);

      if (g_strcmp0 (kh_section_get_id (section), id) == 0)
        return section;
    }

  return NULL;
}

/**
 * kh_content_has_page:
 *
 * Returns: whether @id names a content section or a built-in page
 */
gboolean
kh_content_has_page (KhContent  *self,
                     const char *id)
{
  g_return_val_if_fail (KH_IS_CONTENT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return kh_content_lookup_section (self, id) != NULL ||
         g_strv_contains (builtin_pages, id);
}

/**
 * kh_content_dup_page_ids:
 *
 * Returns: (transfer full): the ids of every page, sections first, in the
 *   order the sidebar shows them
 */
GStrv
kh_content_dup_page_ids (KhContent *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (KH_IS_CONTENT (self), NULL);

  for (guint i = 0; i < self->sections->len; i++)
    g_strv_builder_add (builder, kh_section_get_id (g_ptr_array_index (self->sections, i)));
  g_strv_builder_addv (builder, (const char **) builtin_pages);

  return g_strv_builder_end (builder);
}
