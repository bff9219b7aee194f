/* kh-widgets.h: small widget factories shared by the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The narrowest a paragraph of body text is ever laid out, in
 * characters: wide enough for nearly every word of the content in one
 * piece, narrow enough that a paragraph at twice the normal size still
 * fits the narrowest window (360 pixels). Without it, GTK 4.8 finds a
 * wrapping label's minimum width by laying the text out one word to a
 * line, shaping the rest of the paragraph again at each break: on a
 * first visit that was most of the time spent showing a page. The .ui
 * files set the same number on their paragraphs. */
#define KH_BODY_WIDTH_CHARS 16

/* The same for headings and titles, fewer since their letters are
 * larger: a page title at twice the normal size still fits a narrow
 * window. Even a few words laid out one to a line cost more than
 * measuring the font. */
#define KH_HEADING_WIDTH_CHARS 10

typedef void (*KhWidgetFunc) (GtkWidget *widget,
                              gpointer   user_data);

GtkWidget *kh_body_label_new (const char *text);
GtkWidget *kh_bullet_row_new (GtkWidget *text);
GtkWidget *kh_heading_label_new (const char *text,
                                 int         level);
gboolean   kh_label_activate_link_cb (GtkLabel   *label,
                                      const char *uri,
                                      gpointer    user_data);
void       kh_label_follow_lockdown (GtkLabel *label);

GDateTime *kh_freshness_dup_now (void);
gboolean   kh_freshness_is_stale (GDateTime *checked,
                                  GDateTime *now);
GtkWidget *kh_freshness_label_new (GDateTime *checked);

void kh_widget_set_tooltip (GtkWidget  *widget,
                            const char *text);

void kh_widget_foreach (GtkWidget   *root,
                        KhWidgetFunc func,
                        gpointer     user_data);

G_END_DECLS
