/* kh-print-page.h: a summary printed on one page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* In points, at full size. */
typedef struct
{
  double   size;
  double   space_before;
  double   indent;
  gboolean bold;
} KhPrintStyle;

typedef struct
{
  guint       style;
  const char *text;
  /* (nullable): drawn before the text, in its indent: "•", "Yes" */
  const char *marker;
  double      marker_x;
  gboolean    marker_bold;
  /* a rule under the paragraph, as under a title */
  gboolean rule_after;
} KhPrintParagraph;

GtkPrintOperation *kh_print_page_operation_new (const char         *job_name,
                                                const KhPrintStyle *styles,
                                                guint               n_styles,
                                                GArray             *paragraphs,
                                                gpointer            owner,
                                                GDestroyNotify      owner_free);

G_END_DECLS
