/* kh-test-util.h: helpers shared by the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-directory.h"
#include "kh-window.h"

G_BEGIN_DECLS

/* A window showing @content (or, with %NULL and @error, the error page),
 * with the other models bundled. */
static inline KhWindow *
kh_test_window_new (GtkApplication *application,
                    KhContent      *content,
                    const GError   *error)
{
  g_autoptr (KhModels) models = kh_models_new_with_content (content, error);

  return kh_window_new (application, models);
}

/* Iterates the main loop until @cond is true or @timeout_ms passes. */
#define kh_test_wait_for(cond, timeout_ms)                      \
  G_STMT_START                                                  \
  {                                                             \
    gint64 _end = g_get_monotonic_time () + (timeout_ms) *1000; \
    while (!(cond) && g_get_monotonic_time () < _end)           \
      g_main_context_iteration (NULL, FALSE);                   \
  }                                                             \
  G_STMT_END

/* A fingerprint of the layout under @widget: every mapped widget's
 * place and size. */
static inline void
kh_test_layout_hash (GtkWidget *widget,
                     guint     *hash)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return;

  *hash = *hash * 31 + (guint) G_OBJECT_TYPE (widget);
  if (gtk_widget_compute_bounds (widget, gtk_widget_get_root (widget) ? GTK_WIDGET (gtk_widget_get_root (widget)) : widget, &bounds))
    *hash = *hash * 31 + (guint) (bounds.origin.x * 7 + bounds.origin.y * 13 + bounds.size.width * 17 + bounds.size.height * 19);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kh_test_layout_hash (child, hash);
}

static inline void
kh_test_after_paint_cb (GdkFrameClock *clock,
                        gpointer       user_data)
{
  (*(guint *) user_data)++;
}

/* Waits until the layout of @window has settled: frames are painted until
 * two in a row leave every widget where it was (pages build in steps, and
 * text wraps again once its width is known). Fails, naming @what, if it
 * has not settled after @timeout_ms. */
static inline void
kh_test_wait_for_layout (GtkWidget  *window,
                         const char *what,
                         guint       timeout_ms)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64         end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint          painted = 0, last = 0, stable = 0;
  gulong         handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (kh_test_after_paint_cb), &painted);
  while (stable < 2 && g_get_monotonic_time () < end)
    {
      guint seen = painted, hash = 17;

      gtk_widget_queue_draw (window);
      while (painted == seen && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, FALSE);
      /* what the idle handlers build after a paint comes in too */
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);

      kh_test_layout_hash (window, &hash);
      stable = hash == last ? stable + 1 : 0;
      last = hash;
    }
  g_signal_handler_disconnect (clock, handler);

  if (stable < 2)
    g_error ("the layout of %s did not settle within %u ms", what, timeout_ms);
}

static inline void
kh_test_collect_labels (GtkWidget *widget,
                        GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kh_test_collect_labels (child, labels);
}

/* Finds a label under @root whose text is @text. */
static inline GtkWidget *
kh_test_find_label (GtkWidget  *root,
                    const char *text)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  kh_test_collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];

  return NULL;
}

typedef gboolean (*KhTestWidgetMatch) (GtkWidget    *widget,
                                       gconstpointer data);

/* The first widget under @root, @root itself included, depth first,
 * that @match accepts; %NULL if there is none. */
static inline GtkWidget *
kh_test_find_widget (GtkWidget        *root,
                     KhTestWidgetMatch match,
                     gconstpointer     data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kh_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static inline int
kh_test_compare_strings (gconstpointer a,
                         gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static inline gboolean
kh_test_is_heading (GtkWidget *widget)
{
  return gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_HEADING;
}

static inline void
kh_test_add_numbers (GHashTable *numbers,
                     KhService  *service)
{
  for (guint i = 0; i < kh_service_get_n_contacts (service); i++)
    if (kh_contact_is_phone (kh_service_get_contact (service, i)))
      g_hash_table_add (numbers, g_strdup (kh_contact_get_value (kh_service_get_contact (service, i))));
}

/* The phone numbers the directory lists for @region, its emergency
 * numbers included. */
static inline GHashTable *
kh_test_region_numbers (KhDirectory *directory,
                        const char  *region)
{
  GHashTable *numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) services = kh_directory_dup_services (directory, region);

  kh_test_add_numbers (numbers, kh_region_get_emergency (kh_directory_lookup_region (directory, region)));
  for (guint i = 0; i < services->len; i++)
    kh_test_add_numbers (numbers, g_ptr_array_index (services, i));

  return numbers;
}

/* Checks that @text, read back from a printout for @region, holds every
 * phone number of that region and no number that only other regions
 * list. Numbers are found as runs of digits, spaces and "-", the way the
 * directory writes them. @what names the printout in failures. */
static inline void
kh_test_assert_region_numbers (KhDirectory *directory,
                               const char  *region,
                               const char  *text,
                               const char  *what)
{
  g_autoptr (GHashTable) own = kh_test_region_numbers (directory, region);
  g_autoptr (GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr (GRegex) number = g_regex_new ("\\+?[0-9](?:[0-9 -]*[0-9])?", 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *flat = g_regex_replace (spaces, text, -1, 0, " ", 0, NULL);
  GHashTableIter   iter;
  gpointer         key;

  for (g_regex_match (number, flat, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    g_hash_table_add (found, g_match_info_fetch (match, 0));

  g_hash_table_iter_init (&iter, own);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (found, key))
      g_error ("%s for %s: the number %s of directory.json is missing:\n%s", what, region, (char *) key, flat);

  for (guint i = 0; i < kh_directory_get_n_regions (directory); i++)
    {
      const char *other = kh_region_get_code (kh_directory_get_region (directory, i));
      g_autoptr (GHashTable) theirs = kh_test_region_numbers (directory, other);

      g_hash_table_iter_init (&iter, theirs);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (!g_hash_table_contains (own, key) && g_hash_table_contains (found, key))
          g_error ("%s for %s: shows %s, a number of %s only:\n%s", what, region, (char *) key, other, flat);
    }
}

/* The text the clipboard of @widget's display holds, or %NULL. */
static inline char *
kh_test_clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto (GValue) value = G_VALUE_INIT;

  if (content == NULL)
    return NULL;

  g_value_init (&value, G_TYPE_STRING);
  if (!gdk_content_provider_get_value (content, &value, NULL))
    return NULL;

  return g_value_dup_string (&value);
}

/* An app.open-uri stand-in: keeps the last address in the char * at
 * @user_data. */
static inline void
kh_test_record_uri_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  char **uri = user_data;

  g_free (*uri);
  *uri = g_variant_dup_string (parameter, NULL);
}

/* A notify:: handler that counts into the guint at @count. */
static inline void
kh_test_count_notify_cb (GObject    *object,
                         GParamSpec *pspec,
                         guint      *count)
{
  (*count)++;
}

/* The About window, if one is open. */
static inline GtkAboutDialog *
kh_test_find_about_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_ABOUT_DIALOG (window))
        return GTK_ABOUT_DIALOG (window);
    }

  return NULL;
}

/* Shows the About window's credits page, which it fills only when shown;
 * returns whether it found one under @widget. */
static inline gboolean
kh_test_show_about_credits (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "credits"))
    {
      gtk_stack_set_visible_child_name (GTK_STACK (widget), "credits");
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (kh_test_show_about_credits (child))
      return TRUE;

  return FALSE;
}

/* gtk_test_init(), with what widgets tell assistive technology readable
 * through gtk_test_accessible_check_property() and friends. */
#define kh_test_init_accessible(argcp, argvp) \
  G_STMT_START                                \
  {                                           \
    g_setenv ("GTK_A11Y", "test", TRUE);      \
    gtk_test_init ((argcp), (argvp), NULL);   \
  }                                           \
  G_STMT_END

G_END_DECLS
