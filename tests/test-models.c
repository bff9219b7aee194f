/* test-models.c: the models loaded once, and search composed from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kh-models.h"

/* A clinic's file whose only service is its own front desk, for every
 * region. */
static const char *clinic_file =
    "{ \"organization\": \"Riverside Clinic\","
    "  \"services\": ["
    "    { \"id\": \"front-desk\", \"kind\": \"clinic\", \"name\": \"Zebracrossing front desk\","
    "      \"description\": \"Ask us anything.\","
    "      \"contacts\": [ { \"type\": \"call\", \"value\": \"020 7946 0000\" } ] } ] }";

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("kh-models-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "local-services.json", NULL);
  g_file_set_contents (fixture->path, data != NULL ? data : clinic_file, -1, &error);
  g_assert_no_error (error);
  g_setenv ("LANG", "en_US.UTF-8", TRUE);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_unlink (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
  g_unsetenv ("LANG");
}

/* How many hits for @query fall on @page_id. */
static guint
count_hits (KhSearchIndex *index,
            const char    *query,
            const char    *page_id)
{
  g_autoptr (GPtrArray) hits = kh_search_index_query (index, query, 0);
  guint n = 0;

  for (guint i = 0; i < hits->len; i++)
    n += g_strcmp0 (kh_search_hit_get_page_id (hits->pdata[i]), page_id) == 0;

  return n;
}

#define assert_hits(index, query, page_id, region, expected)                                         \
  G_STMT_START                                                                                       \
  {                                                                                                  \
    guint _n = count_hits (index, query, page_id);                                                   \
    if (_n != (expected))                                                                            \
      g_error ("search for “%s” in region “%s”: %u hits on page %s, expected %u", query, region, _n, \
               page_id, (guint) (expected));                                                         \
  }                                                                                                  \
  G_STMT_END

static void
test_models_load_once (Fixture      *fixture,
                       gconstpointer data)
{
  g_autoptr (KhModels) models = kh_models_new (fixture->path);
  const GError *error = NULL;
  KhDirectory  *directory;

  g_assert_nonnull (kh_models_get_content (models, &error));
  g_assert_no_error ((GError *) error);
  g_assert_nonnull (kh_models_get_checklist (models, &error));
  g_assert_no_error ((GError *) error);
  directory = kh_models_get_directory (models, &error);
  g_assert_nonnull (directory);
  g_assert_no_error ((GError *) error);

  /* The same objects each time: one owner, loaded once. */
  g_assert_true (kh_models_get_content (models, NULL) == kh_models_get_content (models, NULL));
  g_assert_true (kh_models_get_checklist (models, NULL) == kh_models_get_checklist (models, NULL));
  g_assert_true (kh_models_get_directory (models, NULL) == directory);

  /* The clinic's file is merged in. */
  g_assert_nonnull (kh_directory_lookup_service (directory, "front-desk"));
}

static void
test_models_broken_clinic_file (Fixture      *fixture,
                                gconstpointer data)
{
  g_autoptr (KhModels) models = kh_models_new (fixture->path);
  const GError *local_error = NULL;
  KhDirectory  *directory;

  g_test_expect_message ("kh-models", G_LOG_LEVEL_MESSAGE, "Local services left out: *");
  directory = kh_models_get_directory (models, &local_error);
  g_test_assert_expected_messages ();

  /* Reported with the file's name; the bundled services still there. */
  g_assert_nonnull (directory);
  g_assert_nonnull (local_error);
  g_assert_nonnull (strstr (local_error->message, fixture->path));
  g_assert_null (kh_directory_lookup_service (directory, "front-desk"));
  g_assert_nonnull (kh_directory_lookup_service (directory, "us-samhsa-helpline"));
}

static void
test_models_search_follows_region (Fixture      *fixture,
                                   gconstpointer data)
{
  g_autoptr (KhModels) models = kh_models_new (fixture->path);
  g_autoptr (KhSearchIndex) locale = kh_models_build_search_index (models, "");
  g_autoptr (KhSearchIndex) us = kh_models_build_search_index (models, "US");
  g_autoptr (KhSearchIndex) gb = kh_models_build_search_index (models, "GB");
  g_autoptr (KhSearchIndex) gone = kh_models_build_search_index (models, "XX");

  /* The clinic's own service, found from the start, in every region. */
  assert_hits (locale, "Zebracrossing", KH_PAGE_HELP, "(locale)", 1);
  assert_hits (us, "Zebracrossing", KH_PAGE_HELP, "US", 1);
  assert_hits (gb, "Zebracrossing", KH_PAGE_HELP, "GB", 1);

  /* The locale's region (en_US), and nothing of another region's. */
  assert_hits (locale, "SAMHSA National Helpline", KH_PAGE_HELP, "(locale)", 1);
  assert_hits (locale, "FRANK", KH_PAGE_HELP, "(locale)", 0);
  assert_hits (us, "SAMHSA National Helpline", KH_PAGE_HELP, "US", 1);
  assert_hits (gb, "FRANK", KH_PAGE_HELP, "GB", 1);
  assert_hits (gb, "SAMHSA National Helpline", KH_PAGE_HELP, "GB", 0);

  /* A region the directory lacks shows the locale's, as Get help does. */
  assert_hits (gone, "SAMHSA National Helpline", KH_PAGE_HELP, "XX", 1);

  /* Pages and the checklist are there whatever the region. */
  g_assert_cmpuint (count_hits (gb, "urge", KH_PAGE_CHECKLIST), >, 0);
  g_assert_cmpuint (count_hits (gb, "withdrawal", "overview") + count_hits (gb, "withdrawal", "signs"), >, 0);
}

/* Read in a thread of its own: the same directory, the same report of
 * a broken file, and models freed while it reads wait for it. */
static void
test_models_preload (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr (KhModels) models = kh_models_new (fixture->path);
  g_autoptr (KhModels) unused = kh_models_new (fixture->path);
  const GError *local_error = NULL;
  KhDirectory  *directory;

  kh_models_preload_directory (models);
  kh_models_preload_directory (models);
  directory = kh_models_get_directory (models, &local_error);
  g_assert_nonnull (directory);
  g_assert_no_error ((GError *) local_error);
  g_assert_nonnull (kh_directory_lookup_service (directory, "front-desk"));
  g_assert_true (kh_models_get_directory (models, NULL) == directory);
  /* after loading, asking again starts nothing */
  kh_models_preload_directory (models);
  g_assert_true (kh_models_get_directory (models, NULL) == directory);

  kh_models_preload_directory (unused);
  g_assert_finalize_object (g_steal_pointer (&unused));
}

/* The bundled files read in a thread while GTK starts: the same content,
 * checklist and plan as read on the spot, each taken once; a second
 * preload, or one after a getter, starts nothing; models freed while
 * it reads wait for it. */
static void
test_models_preload_bundled (Fixture      *fixture,
                             gconstpointer data)
{
  g_autoptr (KhModels) models = kh_models_new (fixture->path);
  g_autoptr (KhModels) on_the_spot = kh_models_new (fixture->path);
  g_autoptr (KhModels) unused = kh_models_new (fixture->path);
  g_autoptr (KhModels) loaded = kh_models_new (fixture->path);
  KhContent    *content;
  KhChecklist  *checklist;
  KhPlanSheet  *sheet;
  const GError *error = NULL;

  kh_models_preload_bundled (models);
  kh_models_preload_bundled (models);
  checklist = kh_models_get_checklist (models, &error);
  g_assert_no_error ((GError *) error);
  content = kh_models_get_content (models, &error);
  g_assert_no_error ((GError *) error);
  sheet = kh_models_get_plan_sheet (models, &error);
  g_assert_no_error ((GError *) error);
  g_assert_nonnull (content);
  g_assert_nonnull (checklist);
  g_assert_nonnull (sheet);
  g_assert_true (kh_models_get_content (models, NULL) == content);
  g_assert_true (kh_models_get_checklist (models, NULL) == checklist);
  g_assert_true (kh_models_get_plan_sheet (models, NULL) == sheet);

  g_assert_cmpuint (kh_content_get_n_sections (content), ==,
                    kh_content_get_n_sections (kh_models_get_content (on_the_spot, NULL)));
  g_assert_cmpuint (kh_checklist_get_n_questions (checklist), ==,
                    kh_checklist_get_n_questions (kh_models_get_checklist (on_the_spot, NULL)));
  g_assert_cmpstr (kh_section_get_title (kh_content_get_section (content, 0)), ==,
                   kh_section_get_title (kh_content_get_section (kh_models_get_content (on_the_spot, NULL), 0)));

  /* loaded already: nothing to read again */
  content = kh_models_get_content (loaded, NULL);
  kh_models_preload_bundled (loaded);
  g_assert_true (kh_models_get_content (loaded, NULL) == content);
  g_assert_nonnull (kh_models_get_checklist (loaded, NULL));

  kh_models_preload_bundled (unused);
  g_assert_finalize_object (g_steal_pointer (&unused));
}

static void
test_models_preload_broken (Fixture      *fixture,
                            gconstpointer data)
{
  g_autoptr (KhModels) models = kh_models_new (fixture->path);
  const GError *local_error = NULL;
  KhDirectory  *directory;

  kh_models_preload_directory (models);
  /* the message comes on the thread that takes the result */
  g_test_expect_message ("kh-models", G_LOG_LEVEL_MESSAGE, "Local services left out: *");
  directory = kh_models_get_directory (models, &local_error);
  g_test_assert_expected_messages ();
  g_assert_nonnull (directory);
  g_assert_nonnull (local_error);
  g_assert_nonnull (strstr (local_error->message, fixture->path));
  g_assert_nonnull (kh_directory_lookup_service (directory, "us-samhsa-helpline"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/models/load-once", Fixture, NULL, fixture_setup, test_models_load_once, fixture_teardown);
  g_test_add ("/models/broken-clinic-file", Fixture, "{ \"services\": [ { \"id\": 1 } ] }", fixture_setup,
              test_models_broken_clinic_file, fixture_teardown);
  g_test_add ("/models/preload", Fixture, NULL, fixture_setup, test_models_preload, fixture_teardown);
  g_test_add ("/models/preload-bundled", Fixture, NULL, fixture_setup, test_models_preload_bundled, fixture_teardown);
  g_test_add ("/models/preload-broken", Fixture, "{ \"services\": [ { \"id\": 1 } ] }", fixture_setup,
              test_models_preload_broken, fixture_teardown);
  g_test_add ("/models/search-follows-region", Fixture, NULL, fixture_setup, test_models_search_follows_region,
              fixture_teardown);

  return g_test_run ();
}
