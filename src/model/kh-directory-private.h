/* kh-directory-private.h: the records of the directory, for the files
 * that read them from JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-directory.h"

G_BEGIN_DECLS

struct _KhContact
{
  gatomicrefcount ref_count;
  KhContactType   type;
  /* not translated */
  char *value;
  char *display_value;
  char *uri;
  /* English msgid; translated on access */
  char *label;
};

struct _KhService
{
  gatomicrefcount ref_count;
  KhServiceKind   kind;
  gboolean        is_local;
  /* not translated */
  char      *id;
  GStrv      regions;
  GPtrArray *contacts;
  char      *source;
  GDateTime *checked;
  /* an emergency entry only: no crisis line is listed for its region,
   * and its note says to call the emergency number in a crisis */
  gboolean for_crisis;
  /* English msgids; translated on access */
  char *name;
  char *description;
  char *hours;
  char *cost;
  char *confidentiality;
  GStrv languages;
};

struct _KhRegion
{
  gatomicrefcount ref_count;
  gboolean        is_local;
  char           *code;
  KhService      *emergency;
  /* English msgids; translated on access */
  char *name;
  char *advice;
};

/* kh-contact.c */
KhContact *kh_contact_new_from_json (KhJsonReader *reader,
                                     JsonNode     *node,
                                     const char   *path);
void       kh_contact_read_list (KhJsonReader *reader,
                                 JsonObject   *object,
                                 const char   *path,
                                 GPtrArray    *contacts);

/* kh-service.c */
KhService *kh_service_alloc (void);
void       kh_service_read_provenance (KhJsonReader *reader,
                                       JsonObject   *object,
                                       const char   *path,
                                       gboolean      required,
                                       KhService    *service);
KhService *kh_service_new_from_json (KhJsonReader *reader,
                                     JsonNode     *node,
                                     const char   *path,
                                     gboolean      is_local);

/* kh-region.c */
gboolean  kh_region_is_valid_code (const char *code);
KhRegion *kh_region_new_from_json (KhJsonReader *reader,
                                   JsonNode     *node,
                                   const char   *path,
                                   gboolean      is_local);

static inline char *
kh_directory_member_path (const char *path,
                          const char *member)
{
  return g_strdup_printf ("%s/%s", path, member);
}

G_END_DECLS
