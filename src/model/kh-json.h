/* kh-json.h: path-aware reading of JSON content with precise errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define KH_CONTENT_ERROR (kh_content_error_quark ())

/* Where the build puts the bundled content files (data/content). */
#define KH_CONTENT_RESOURCE_URI "resource:///io/github/kratomhelp/KratomHelp/content/"

/* Deeper nesting is refused before the text is parsed. */
#define KH_JSON_MAX_DEPTH 64

typedef enum
{
  KH_CONTENT_ERROR_PARSE,
  KH_CONTENT_ERROR_TYPE,
  KH_CONTENT_ERROR_MISSING,
  KH_CONTENT_ERROR_VALUE,
  KH_CONTENT_ERROR_UNKNOWN_TARGET,
  KH_CONTENT_ERROR_DUPLICATE,
  KH_CONTENT_ERROR_NOT_FOUND,
} KhContentError;

GQuark kh_content_error_quark (void);

/*
 * KhJsonReader: walks one JSON document and collects every problem it
 * finds, each as "file: /json/path: what was expected", so a content
 * editor sees all mistakes at once and the app can refuse bad data
 * without crashing.
 */
typedef struct _KhJsonReader KhJsonReader;

KhJsonReader *kh_json_reader_new (const char *label);
void          kh_json_reader_free (KhJsonReader *reader);
JsonNode     *kh_json_reader_parse (KhJsonReader *reader,
                                    const char   *data,
                                    gssize        length);
JsonNode     *kh_json_reader_parse_file (KhJsonReader *reader,
                                         GFile        *file);
const char   *kh_json_reader_get_label (KhJsonReader *reader);
JsonNode     *kh_json_reader_get_root (KhJsonReader *reader);
void          kh_json_reader_add_error (KhJsonReader *reader,
                                        int           code,
                                        const char   *path,
                                        const char   *format,
                                        ...) G_GNUC_PRINTF (4, 5);
gboolean      kh_json_reader_has_errors (KhJsonReader *reader);
guint         kh_json_reader_get_n_errors (KhJsonReader *reader);
const GError *kh_json_reader_get_error (KhJsonReader *reader,
                                        guint         index);
gboolean      kh_json_reader_propagate (KhJsonReader *reader,
                                        GError      **error);

JsonObject *kh_json_reader_expect_object (KhJsonReader *reader,
                                          JsonNode     *node,
                                          const char   *path);
JsonArray  *kh_json_reader_expect_array (KhJsonReader *reader,
                                         JsonNode     *node,
                                         const char   *path);
JsonArray  *kh_json_reader_get_array (KhJsonReader *reader,
                                      JsonObject   *object,
                                      const char   *path,
                                      const char   *member,
                                      gboolean      required);
JsonObject *kh_json_reader_get_object (KhJsonReader *reader,
                                       JsonObject   *object,
                                       const char   *path,
                                       const char   *member,
                                       gboolean      required);
const char *kh_json_reader_get_string (KhJsonReader *reader,
                                       JsonObject   *object,
                                       const char   *path,
                                       const char   *member,
                                       gboolean      required);
const char *kh_json_reader_string_at (KhJsonReader *reader,
                                      JsonArray    *array,
                                      const char   *path,
                                      guint         index);
gboolean    kh_json_reader_get_int (KhJsonReader *reader,
                                    JsonObject   *object,
                                    const char   *path,
                                    const char   *member,
                                    gboolean      required,
                                    gint64       *out_value);
gboolean    kh_json_reader_get_boolean (KhJsonReader *reader,
                                        JsonObject   *object,
                                        const char   *path,
                                        const char   *member,
                                        gboolean      required,
                                        gboolean     *out_value);
int         kh_json_reader_get_enum (KhJsonReader      *reader,
                                     JsonObject        *object,
                                     const char        *path,
                                     const char        *member,
                                     const char *const *choices,
                                     int                fallback);
void        kh_json_reader_check_members (KhJsonReader      *reader,
                                          JsonObject        *object,
                                          const char        *path,
                                          const char *const *allowed);
GDateTime  *kh_json_reader_get_date (KhJsonReader *reader,
                                     JsonObject   *object,
                                     const char   *path,
                                     const char   *member,
                                     gboolean      required);
gboolean    kh_json_is_valid_id (const char *id);
void        kh_content_errors_propagate (GPtrArray *errors,
                                         GError   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhJsonReader, kh_json_reader_free)

G_END_DECLS
