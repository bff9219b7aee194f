/* kh-status-page.h: a page that says why there is nothing else to show
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KH_TYPE_STATUS_PAGE (kh_status_page_get_type ())

G_DECLARE_FINAL_TYPE (KhStatusPage, kh_status_page, KH, STATUS_PAGE, GtkWidget)

GtkWidget  *kh_status_page_new (const char *icon_name,
                                const char *title,
                                const char *description);
const char *kh_status_page_get_icon_name (KhStatusPage *self);
void        kh_status_page_set_icon_name (KhStatusPage *self,
                                          const char   *icon_name);
const char *kh_status_page_get_title (KhStatusPage *self);
void        kh_status_page_set_title (KhStatusPage *self,
                                      const char   *title);
const char *kh_status_page_get_description (KhStatusPage *self);
void        kh_status_page_set_description (KhStatusPage *self,
                                            const char   *description);
const char *kh_status_page_get_details (KhStatusPage *self);
void        kh_status_page_set_details (KhStatusPage *self,
                                        const char   *details);
GtkWidget  *kh_status_page_get_child (KhStatusPage *self);
void        kh_status_page_set_child (KhStatusPage *self,
                                      GtkWidget    *child);

G_END_DECLS
