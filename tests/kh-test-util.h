/* kh-test-util.h: helpers shared by the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

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

static inline gboolean
kh_test_is_heading (GtkWidget *widget)
{
  return gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_HEADING;
}

G_END_DECLS
