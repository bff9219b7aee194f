/* kh-models.c: the models the app shows, loaded once and handed down
 *
 * The application owns one KhModels; the window and its pages are given
 * it when they are made, and none of them loads a model of its own. Each
 * model is loaded the first time it is asked for, so that a page nobody
 * opens costs nothing at start-up. The directory, which includes a file
 * the clinic wrote, can be read in a thread of its own while the window
 * shows (kh_models_preload_directory()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-models"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-models.h"

struct _KhModels
{
  GObject parent_instance;

  char *local_services_path;

  KhContent *content;
  GError    *content_error;
  gboolean   content_loaded;

  KhChecklist *checklist;
  GError      *checklist_error;
  gboolean     checklist_loaded;

  KhPlanSheet *plan_sheet;
  GError      *plan_sheet_error;
  gboolean     plan_sheet_loaded;

  KhDirectory *directory;
  GError      *local_error;
  gboolean     directory_loaded;
  /* reading the directory off the UI thread; joined by the first getter */
  GThread *directory_thread;
  /* reading the bundled content, checklist and plan while GTK starts;
   * joined by the first of their getters */
  GThread *bundled_thread;
};

/* What the thread reading the bundled files makes: nothing it shares. */
typedef struct
{
  KhContent   *content;
  GError      *content_error;
  KhChecklist *checklist;
  GError      *checklist_error;
  KhPlanSheet *plan_sheet;
  GError      *plan_sheet_error;
} BundledLoad;

/* Said on the thread that takes a bundled model, read here or there. */
static void
warn_if_broken (gconstpointer model,
                const char   *what,
                const GError *error)
{
  if (model == NULL)
    g_warning ("Bundled %s is broken: %s", what, error->message);
}

static gpointer
load_bundled_thread (gpointer data)
{
  BundledLoad *load = g_new0 (BundledLoad, 1);

  load->content = kh_content_new_bundled (&load->content_error);
  load->checklist = kh_checklist_new_bundled (&load->checklist_error);
  load->plan_sheet = kh_plan_sheet_new_bundled (&load->plan_sheet_error);

  return load;
}

static void
join_bundled_thread (KhModels *self)
{
  BundledLoad *load;

  if (self->bundled_thread == NULL)
    return;

  load = g_thread_join (g_steal_pointer (&self->bundled_thread));
  self->content_loaded = self->checklist_loaded = self->plan_sheet_loaded = TRUE;
  self->content = load->content;
  self->content_error = load->content_error;
  self->checklist = load->checklist;
  self->checklist_error = load->checklist_error;
  self->plan_sheet = load->plan_sheet;
  self->plan_sheet_error = load->plan_sheet_error;
  g_free (load);

  warn_if_broken (self->content, "content", self->content_error);
  warn_if_broken (self->checklist, "checklist", self->checklist_error);
  warn_if_broken (self->plan_sheet, "plan", self->plan_sheet_error);
}

/* What the thread reading the directory works on: nothing it shares. */
typedef struct
{
  char        *path;
  KhDirectory *directory;
  GError      *local_error;
  GError      *error;
} DirectoryLoad;

static gpointer
load_directory_thread (gpointer data)
{
  DirectoryLoad *load = data;

  load->directory = kh_directory_new_for_system (load->path, &load->local_error, &load->error);

  return load;
}

/* Takes what was loaded, on the thread that asked for it, and says there
 * what went wrong. */
static void
adopt_directory (KhModels      *self,
                 DirectoryLoad *load)
{
  self->directory_loaded = TRUE;
  self->directory = load->directory;
  self->local_error = load->local_error;
  warn_if_broken (self->directory, "directory", load->error);
  if (self->local_error != NULL)
    g_message ("Local services left out: %s", self->local_error->message);

  g_clear_error (&load->error);
  g_free (load->path);
  g_free (load);
}

static void
join_directory_thread (KhModels *self)
{
  if (self->directory_thread != NULL)
    adopt_directory (self, g_thread_join (g_steal_pointer (&self->directory_thread)));
}

G_DEFINE_FINAL_TYPE (KhModels, kh_models, G_TYPE_OBJECT)

static void
kh_models_finalize (GObject *object)
{
  KhModels *self = (KhModels *) object;

  join_directory_thread (self);
  join_bundled_thread (self);
  g_clear_pointer (&self->local_services_path, g_free);
  g_clear_object (&self->content);
  g_clear_error (&self->content_error);
  g_clear_object (&self->checklist);
  g_clear_error (&self->checklist_error);
  g_clear_object (&self->plan_sheet);
  g_clear_error (&self->plan_sheet_error);
  g_clear_object (&self->directory);
  g_clear_error (&self->local_error);

  G_OBJECT_CLASS (kh_models_parent_class)->finalize (object);
}

static void
kh_models_class_init (KhModelsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kh_models_finalize;
}

static void
kh_models_init (KhModels *self)
{
}

/**
 * kh_models_new:
 * @local_services_path: (nullable): the clinic's services file, or %NULL
 *   or "" to look in the usual places (see kh_directory_new_for_system())
 *
 * Returns: (transfer full): the bundled models, with the clinic's services
 *   merged into the directory
 */
KhModels *
kh_models_new (const char *local_services_path)
{
  KhModels *self = g_object_new (KH_TYPE_MODELS, NULL);

  self->local_services_path = g_strdup (local_services_path);

  return self;
}

/**
 * kh_models_new_with_content:
 * @content: (nullable): content loaded elsewhere, or %NULL if it failed
 * @content_error: (nullable): why it failed
 *
 * The bundled models, but with @content shown instead of the bundled
 * content: for tests and benchmarks that show other content, or none.
 *
 * Returns: (transfer full): the models
 */
KhModels *
kh_models_new_with_content (KhContent    *content,
                            const GError *content_error)
{
  KhModels *self;

  g_return_val_if_fail (content == NULL || KH_IS_CONTENT (content), NULL);

  self = kh_models_new (NULL);
  self->content_loaded = TRUE;
  g_set_object (&self->content, content);
  if (content_error != NULL)
    self->content_error = g_error_copy (content_error);

  return self;
}

/**
 * kh_models_get_content:
 * @error: (out) (optional) (transfer none): why loading failed
 *
 * Returns: (transfer none) (nullable): the content, or %NULL if it is broken
 */
KhContent *
kh_models_get_content (KhModels      *self,
                       const GError **error)
{
  g_return_val_if_fail (KH_IS_MODELS (self), NULL);

  join_bundled_thread (self);
  if (!self->content_loaded)
    {
      self->content_loaded = TRUE;
      self->content = kh_content_new_bundled (&self->content_error);
      warn_if_broken (self->content, "content", self->content_error);
    }

  if (error != NULL)
    *error = self->content_error;

  return self->content;
}

/**
 * kh_models_get_checklist:
 * @error: (out) (optional) (transfer none): why loading failed
 *
 * Returns: (transfer none) (nullable): the screening checklist, or %NULL if
 *   it is broken
 */
KhChecklist *
kh_models_get_checklist (KhModels      *self,
                         const GError **error)
{
  g_return_val_if_fail (KH_IS_MODELS (self), NULL);

  join_bundled_thread (self);
  if (!self->checklist_loaded)
    {
      self->checklist_loaded = TRUE;
      self->checklist = kh_checklist_new_bundled (&self->checklist_error);
      warn_if_broken (self->checklist, "checklist", self->checklist_error);
    }

  if (error != NULL)
    *error = self->checklist_error;

  return self->checklist;
}

/**
 * kh_models_get_directory:
 * @local_error: (out) (optional) (transfer none): why the clinic's services
 *   file was left out, if it was
 *
 * Returns: (transfer none) (nullable): the directory of help, or %NULL if
 *   the bundled one is broken
 */
KhDirectory *
kh_models_get_directory (KhModels      *self,
                         const GError **local_error)
{
  g_return_val_if_fail (KH_IS_MODELS (self), NULL);

  join_directory_thread (self);
  if (!self->directory_loaded)
    {
      DirectoryLoad *load = g_new0 (DirectoryLoad, 1);

      load->path = g_strdup (self->local_services_path);
      adopt_directory (self, load_directory_thread (load));
    }

  if (local_error != NULL)
    *local_error = self->local_error;

  return self->directory;
}

/**
 * kh_models_preload_directory:
 *
 * Starts reading the directory, with the clinic's file, in a thread of its
 * own, so that the UI thread never waits for a file it does not control
 * (bounded as that read is, a clinic's largest file takes a frame or so).
 * kh_models_get_directory() then only takes the result, waiting for it
 * if it is not there yet. Does nothing if the directory is loaded.
 */
void
kh_models_preload_directory (KhModels *self)
{
  DirectoryLoad *load;

  g_return_if_fail (KH_IS_MODELS (self));

  if (self->directory_loaded || self->directory_thread != NULL)
    return;

  load = g_new0 (DirectoryLoad, 1);
  load->path = g_strdup (self->local_services_path);
  self->directory_thread = g_thread_new ("kh-directory", load_directory_thread, load);
}

/**
 * kh_models_preload_bundled:
 *
 * Starts reading the bundled content, checklist and plan in a thread of
 * their own, so that the UI thread can start GTK meanwhile; their
 * getters then only take the result, waiting for it if it is not there
 * yet. Does nothing if any of them is loaded or being loaded.
 *
 * The files' error messages are translated: call this once the language
 * is chosen, and change it only after a getter has returned (gettext
 * reads the environment, which changing it from another thread races).
 */
void
kh_models_preload_bundled (KhModels *self)
{
  g_return_if_fail (KH_IS_MODELS (self));

  if (self->content_loaded || self->checklist_loaded || self->plan_sheet_loaded || self->bundled_thread != NULL)
    return;

  self->bundled_thread = g_thread_new ("kh-bundled", load_bundled_thread, NULL);
}

/**
 * kh_models_get_plan_sheet:
 * @error: (out) (optional) (transfer none): why it could not be loaded
 *
 * Returns: (transfer none) (nullable): the words of My plan and of the
 *   craving tool, or %NULL if the bundled file is broken
 */
KhPlanSheet *
kh_models_get_plan_sheet (KhModels      *self,
                          const GError **error)
{
  g_return_val_if_fail (KH_IS_MODELS (self), NULL);

  join_bundled_thread (self);
  if (!self->plan_sheet_loaded)
    {
      self->plan_sheet_loaded = TRUE;
      self->plan_sheet = kh_plan_sheet_new_bundled (&self->plan_sheet_error);
      warn_if_broken (self->plan_sheet, "plan", self->plan_sheet_error);
    }

  if (error != NULL)
    *error = self->plan_sheet_error;

  return self->plan_sheet;
}

/* The checklist's questions and hints, so "sleep" or "cravings" finds them. */
static void
add_checklist (KhSearchIndex *index,
               KhChecklist   *checklist)
{
  /* the page's title, as in the list of pages */
  const char *title = _ ("Screening checklist");

  for (guint i = 0; i < kh_checklist_get_n_questions (checklist); i++)
    {
      const char *hint = kh_checklist_get_question_hint (checklist, i);

      kh_search_index_add (index, KH_PAGE_CHECKLIST, title, i, KH_SEARCH_FIELD_HEADING,
                           kh_checklist_get_question_text (checklist, i));
      if (hint != NULL)
        kh_search_index_add (index, KH_PAGE_CHECKLIST, title, i, KH_SEARCH_FIELD_BODY, hint);
    }
}

/* The help services of one region, by name and by what they do, so
 * "poison" or "helpline" leads to Get help. */
static void
add_directory (KhSearchIndex *index,
               KhDirectory   *directory,
               const char    *region)
{
  const char *title = _ ("Get help");
  g_autoptr (GPtrArray) services = kh_directory_dup_services (directory, region);

  for (guint i = 0; i < services->len; i++)
    {
      KhService *service = g_ptr_array_index (services, i);

      kh_search_index_add (index, KH_PAGE_HELP, title, -1, KH_SEARCH_FIELD_HEADING,
                           kh_service_get_name (service));
      if (kh_service_get_description (service) != NULL)
        kh_search_index_add (index, KH_PAGE_HELP, title, -1, KH_SEARCH_FIELD_BODY,
                             kh_service_get_description (service));
    }
}

/**
 * kh_models_build_search_index:
 * @region: (nullable): the region whose services Get help shows: a code,
 *   or "" or %NULL for the locale's (see kh_directory_resolve_region())
 *
 * Builds what search looks through, in the current language: every
 * content page, the checklist's questions and the help services of
 * @region, the clinic's own among them. Build it again when the language
 * or the region shown changes.
 *
 * Returns: (transfer full): a new index
 */
KhSearchIndex *
kh_models_build_search_index (KhModels   *self,
                              const char *region)
{
  KhSearchIndex *index;
  KhContent     *content;
  KhChecklist   *checklist;
  KhDirectory   *directory;

  g_return_val_if_fail (KH_IS_MODELS (self), NULL);

  index = kh_search_index_new ();
  if ((content = kh_models_get_content (self, NULL)))
    kh_search_index_add_content (index, content);
  if ((checklist = kh_models_get_checklist (self, NULL)))
    add_checklist (index, checklist);
  if ((directory = kh_models_get_directory (self, NULL)))
    add_directory (index, directory, kh_directory_resolve_region (directory, region));

  return index;
}
