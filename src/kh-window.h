/* kh-window.h: the main window: sidebar of pages and the page shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-kiosk.h"
#include "kh-lockdown.h"
#include "kh-models.h"
#include "kh-visit.h"

G_BEGIN_DECLS

#define KH_TYPE_WINDOW (kh_window_get_type ())

#define KH_TEXT_SCALE_MIN 0.8
#define KH_TEXT_SCALE_MAX 2.0

G_DECLARE_FINAL_TYPE (KhWindow, kh_window, KH, WINDOW, GtkApplicationWindow)

KhWindow      *kh_window_new (GtkApplication *application,
                              KhModels       *models);
KhWindow      *kh_window_new_full (GtkApplication *application,
                                   KhModels       *models,
                                   KhLockdown     *lockdown,
                                   KhKiosk        *kiosk);
KhVisit       *kh_window_get_visit (KhWindow *self);
KhLockdown    *kh_window_get_lockdown (KhWindow *self);
KhKiosk       *kh_window_get_kiosk (KhWindow *self);
KhContent     *kh_window_get_content (KhWindow *self);
const char    *kh_window_get_region (KhWindow *self);
void           kh_window_set_region (KhWindow   *self,
                                     const char *region);
const char    *kh_window_get_visible_page (KhWindow *self);
gboolean       kh_window_show_page (KhWindow   *self,
                                    const char *page_id);
GtkWidget     *kh_window_get_page_widget (KhWindow   *self,
                                          const char *page_id);
KhSearchIndex *kh_window_get_search_index (KhWindow *self);

double kh_window_get_text_scale (KhWindow *self);
void   kh_window_set_text_scale (KhWindow *self,
                                 double    scale);

void kh_window_retranslate (KhWindow *self);

G_END_DECLS
