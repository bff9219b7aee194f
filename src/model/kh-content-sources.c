/* kh-content-sources.c: the content's main sources, for the About window
 *
 * The organisations whose work most of the content rests on, each with
 * the page of theirs to start from, as listed in about.json. Each page of
 * the content cites all of its own sources; this is the short list the
 * About window shows under "Content sources". Names are translated, as
 * the rest of the content is; addresses never are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-content-sources"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-content-sources.h"
#include "kh-i18n.h"
#include "kh-untrusted-file.h"

struct _KhContentSources
{
  GObject parent_instance;

  /* the names, untranslated, and their addresses */
  GPtrArray *names;
  GPtrArray *urls;
};

G_DEFINE_FINAL_TYPE (KhContentSources, kh_content_sources, G_TYPE_OBJECT)

static const char *const file_members[] = { "content_sources", NULL };
static const char *const source_members[] = { "name", "url", NULL };

static void
kh_content_sources_finalize (GObject *object)
{
  KhContentSources *self = (KhContentSources *) object;

  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->urls, g_ptr_array_unref);

  G_OBJECT_CLASS (kh_content_sources_parent_class)->finalize (object);
}

static void
kh_content_sources_class_init (KhContentSourcesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kh_content_sources_finalize;
}

static void
kh_content_sources_init (KhContentSources *self)
{
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->urls = g_ptr_array_new_with_free_func (g_free);
}

static void
read_source (KhContentSources *self,
             KhJsonReader     *reader,
             JsonNode         *node,
             const char       *path)
{
  JsonObject *object;
  const char *name, *url;

  if (!(object = kh_json_reader_expect_object (reader, node, path)))
    return;

  kh_json_reader_check_members (reader, object, path, source_members);
  name = kh_json_reader_get_string (reader, object, path, "name", TRUE);
  url = kh_json_reader_get_string (reader, object, path, "url", TRUE);

  if (url != NULL && !g_str_has_prefix (url, "https://"))
    {
      g_autofree char *url_path = g_strdup_printf ("%s/url", path);

      kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, url_path,
                                _ ("expected an address starting with “https://”"));
      return;
    }

  if (name != NULL && url != NULL)
    {
      g_ptr_array_add (self->names, g_strdup (name));
      g_ptr_array_add (self->urls, g_strdup (url));
    }
}

/**
 * kh_content_sources_new_from_json:
 * @reader: the reader that parsed @root, which records any problem
 * @root: an about.json document
 *
 * Returns: (transfer full) (nullable): the About window's sources, or
 *   %NULL if @root is not a valid about.json
 */
KhContentSources *
kh_content_sources_new_from_json (KhJsonReader *reader,
                                  JsonNode     *root)
{
  g_autoptr (KhContentSources) self = NULL;
  guint       n_errors;
  JsonObject *object;
  JsonArray  *array;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (root != NULL, NULL);

  n_errors = kh_json_reader_get_n_errors (reader);
  if (!(object = kh_json_reader_expect_object (reader, root, "")))
    return NULL;

  self = g_object_new (KH_TYPE_CONTENT_SOURCES, NULL);
  kh_json_reader_check_members (reader, object, "", file_members);
  if ((array = kh_json_reader_get_array (reader, object, "", "content_sources", TRUE)))
    {
      if (json_array_get_length (array) == 0)
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/content_sources",
                                  _ ("expected at least one source"));

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("/content_sources/%u", i);

          read_source (self, reader, json_array_get_element (array, i), path);
        }
    }

  if (kh_json_reader_get_n_errors (reader) > n_errors)
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kh_content_sources_new_from_file:
 * @file: an about.json, local or resource://
 * @error: return location for the first problem found
 *
 * Returns: (transfer full) (nullable): the About window's sources
 */
KhContentSources *
kh_content_sources_new_from_file (GFile   *file,
                                  GError **error)
{
  g_autoptr (KhJsonReader) reader = NULL;
  g_autofree char  *label = NULL;
  KhContentSources *self = NULL;
  JsonNode         *root;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  label = g_file_get_basename (file);
  reader = kh_json_reader_new (label);
  if ((root = kh_json_reader_parse_file (reader, file)))
    self = kh_content_sources_new_from_json (reader, root);

  if (self == NULL)
    {
      g_assert (kh_json_reader_has_errors (reader));
      kh_json_reader_propagate (reader, error);
    }

  return self;
}

/**
 * kh_content_sources_new_bundled:
 * @error: return location for the first problem found
 *
 * Returns: (transfer full) (nullable): the sources compiled into the app
 */
KhContentSources *
kh_content_sources_new_bundled (GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_uri (KH_CONTENT_SOURCES_RESOURCE_URI);

  return kh_content_sources_new_from_file (file, error);
}

guint
kh_content_sources_get_n_items (KhContentSources *self)
{
  g_return_val_if_fail (KH_IS_CONTENT_SOURCES (self), 0);

  return self->names->len;
}

/**
 * kh_content_sources_get_name:
 *
 * Returns: the name of the organisation, in the current language
 */
const char *
kh_content_sources_get_name (KhContentSources *self,
                             guint             index)
{
  g_return_val_if_fail (KH_IS_CONTENT_SOURCES (self), NULL);
  g_return_val_if_fail (index < self->names->len, NULL);

  return kh_i18n_translate (g_ptr_array_index (self->names, index));
}

/**
 * kh_content_sources_get_url:
 *
 * Returns: the https address of its page to start from
 */
const char *
kh_content_sources_get_url (KhContentSources *self,
                            guint             index)
{
  g_return_val_if_fail (KH_IS_CONTENT_SOURCES (self), NULL);
  g_return_val_if_fail (index < self->urls->len, NULL);

  return g_ptr_array_index (self->urls, index);
}
