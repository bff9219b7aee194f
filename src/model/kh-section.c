/* kh-section.c: one page of content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-section"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "kh-i18n.h"
#include "kh-section.h"

struct _KhSection
{
  GObject parent_instance;

  char *id;
  char *icon_name;
  /* English msgids; translated on access */
  char      *title;
  char      *summary;
  GDateTime *reviewed;
  GPtrArray *blocks;
  GPtrArray *sources;
};

G_DEFINE_FINAL_TYPE (KhSection, kh_section, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const section_members[] = {
  "id", "title", "icon", "summary", "reviewed", "blocks", "sources", NULL
};

static void
kh_section_finalize (GObject *object)
{
  KhSection *self = (KhSection *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->icon_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->reviewed, g_date_time_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (kh_section_parent_class)->finalize (object);
}

static void
kh_section_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KhSection *self = KH_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, kh_section_get_id (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, kh_section_get_title (self));
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, kh_section_get_icon_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_section_class_init (KhSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kh_section_finalize;
  object_class->get_property = kh_section_get_property;

  properties[PROP_ID] =
      g_param_spec_string ("id", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
      g_param_spec_string ("icon-name", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kh_section_init (KhSection *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_block_unref);
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) kh_source_unref);
}

/**
 * kh_section_new_from_json:
 * @reader: the reader that collects errors; its label names the file
 * @root: the parsed document
 *
 * Builds a section, recording every problem in @reader.
 *
 * Returns: (transfer full) (nullable): the section, or %NULL if any part of
 *   it is invalid
 */
KhSection *
kh_section_new_from_json (KhJsonReader *reader,
                          JsonNode     *root)
{
  g_autoptr (KhSection) self = NULL;
  JsonObject *object;
  JsonArray  *array;
  guint       n_errors;

  g_return_val_if_fail (reader != NULL, NULL);
  g_return_val_if_fail (root != NULL, NULL);

  n_errors = kh_json_reader_get_n_errors (reader);

  if (!(object = kh_json_reader_expect_object (reader, root, "")))
    return NULL;

  kh_json_reader_check_members (reader, object, "", section_members);

  self = g_object_new (KH_TYPE_SECTION, NULL);
  self->id = g_strdup (kh_json_reader_get_string (reader, object, "", "id", TRUE));
  self->title = g_strdup (kh_json_reader_get_string (reader, object, "", "title", TRUE));
  self->icon_name = g_strdup (kh_json_reader_get_string (reader, object, "", "icon", TRUE));
  self->summary = g_strdup (kh_json_reader_get_string (reader, object, "", "summary", TRUE));

  if (self->id != NULL && !kh_json_is_valid_id (self->id))
    kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/id",
                              _ ("expected a lower-case identifier (letters, digits and “-”)"));

  self->reviewed = kh_json_reader_get_date (reader, object, "", "reviewed", TRUE);

  if ((array = kh_json_reader_get_array (reader, object, "", "blocks", TRUE)))
    {
      if (json_array_get_length (array) == 0)
        kh_json_reader_add_error (reader, KH_CONTENT_ERROR_VALUE, "/blocks",
                                  _ ("expected at least one block"));

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("/blocks/%u", i);
          KhBlock         *block = kh_block_new_from_json (reader, json_array_get_element (array, i), path);

          if (block != NULL)
            g_ptr_array_add (self->blocks, block);
        }
    }

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

const char *
kh_section_get_id (KhSection *self)
{
  g_return_val_if_fail (KH_IS_SECTION (self), NULL);

  return self->id;
}

/**
 * kh_section_get_title:
 *
 * Returns: the title in the current language
 */
const char *
kh_section_get_title (KhSection *self)
{
  g_return_val_if_fail (KH_IS_SECTION (self), NULL);

  return kh_i18n_translate (self->title);
}

const char *
kh_section_get_icon_name (KhSection *self)
{
  g_return_val_if_fail (KH_IS_SECTION (self), NULL);

  return self->icon_name;
}

const char *
kh_section_get_summary (KhSection *self)
{
  g_return_val_if_fail (KH_IS_SECTION (self), NULL);

  return kh_i18n_translate (self->summary);
}

/**
 * kh_section_get_reviewed:
 *
 * Returns: (transfer none): the day the content was last checked, in UTC
 */
GDateTime *
kh_section_get_reviewed (KhSection *self)
{
  g_return_val_if_fail (KH_IS_SECTION (self), NULL);

  return self->reviewed;
}

guint
kh_section_get_n_blocks (KhSection *self)
{
  g_return_val_if_fail (KH_IS_SECTION (self), 0);

  return self->blocks->len;
}

/**
 * kh_section_get_block:
 *
 * Returns: (transfer none): the block at @index
 */
KhBlock *
kh_section_get_block (KhSection *self,
                      guint      index)
{
  g_return_val_if_fail (KH_IS_SECTION (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return g_ptr_array_index (self->blocks, index);
}

guint
kh_section_get_n_sources (KhSection *self)
{
  g_return_val_if_fail (KH_IS_SECTION (self), 0);

  return self->sources->len;
}

/**
 * kh_section_get_source:
 *
 * Returns: (transfer none): the source at @index
 */
KhSource *
kh_section_get_source (KhSection *self,
                       guint      index)
{
  g_return_val_if_fail (KH_IS_SECTION (self), NULL);
  g_return_val_if_fail (index < self->sources->len, NULL);

  return g_ptr_array_index (self->sources, index);
}
