/* kh-text-warmer.h: the first screen's letters drawn ahead, in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*KhTextWarmerDone) (guint    n_texts,
                                  guint    n_glyphs,
                                  gpointer user_data);

typedef struct _KhTextWarmer KhTextWarmer;

void kh_text_warmer_attach (GtkWidget       *window,
                            KhTextWarmerDone done,
                            gpointer         user_data);

KhTextWarmer *kh_text_warmer_new (GtkWidget       *root,
                                  KhTextWarmerDone done,
                                  gpointer         user_data);
void          kh_text_warmer_draw (KhTextWarmer *self);
void          kh_text_warmer_stop (KhTextWarmer *self);
void          kh_text_warmer_unref (KhTextWarmer *self);
GPtrArray    *kh_text_warmer_collect (GtkWidget *root);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KhTextWarmer, kh_text_warmer_unref)

G_END_DECLS
