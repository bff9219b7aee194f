/* kh-resources-page.h: the Get help page: emergency numbers and services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-directory.h"

G_BEGIN_DECLS

#define KH_TYPE_RESOURCES_PAGE (kh_resources_page_get_type ())

typedef enum
{
  KH_HELP_PRINT_NONE,
  KH_HELP_PRINT_DIALOG,
  KH_HELP_PRINT_DIRECT,
} KhHelpPrintMode;

G_DECLARE_FINAL_TYPE (KhResourcesPage, kh_resources_page, KH, RESOURCES_PAGE, GtkWidget)

GtkWidget   *kh_resources_page_new (KhDirectory  *directory,
                                    const GError *local_error);
KhDirectory *kh_resources_page_get_directory (KhResourcesPage *self);
const char  *kh_resources_page_get_region (KhResourcesPage *self);
void         kh_resources_page_set_region (KhResourcesPage *self,
                                           const char      *region);
const char  *kh_resources_page_get_shown_region (KhResourcesPage *self);
gboolean     kh_resources_page_get_show_qr_codes (KhResourcesPage *self);
void         kh_resources_page_set_show_qr_codes (KhResourcesPage *self,
                                                  gboolean         show_qr_codes);
void         kh_resources_page_rebuild (KhResourcesPage *self);
void         kh_resources_page_scroll_to_top (KhResourcesPage *self);
void         kh_resources_page_set_can_open (KhResourcesPage *self,
                                             gboolean         can_open);

void            kh_resources_page_set_print_mode (KhResourcesPage *self,
                                                  KhHelpPrintMode  mode);
KhHelpPrintMode kh_resources_page_get_print_mode (KhResourcesPage *self);

G_END_DECLS
