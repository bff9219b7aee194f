/* kh-help-page.h: the Get help page: emergency numbers and services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-directory.h"

G_BEGIN_DECLS

#define KH_TYPE_HELP_PAGE (kh_help_page_get_type ())

typedef enum
{
  KH_HELP_PRINT_NONE,
  KH_HELP_PRINT_DIALOG,
  KH_HELP_PRINT_DIRECT,
} KhHelpPrintMode;

G_DECLARE_FINAL_TYPE (KhHelpPage, kh_help_page, KH, HELP_PAGE, GtkWidget)

GtkWidget   *kh_help_page_new (KhDirectory  *directory,
                               const GError *local_error);
KhDirectory *kh_help_page_get_directory (KhHelpPage *self);
const char  *kh_help_page_get_region (KhHelpPage *self);
void         kh_help_page_set_region (KhHelpPage *self,
                                      const char *region);
const char  *kh_help_page_get_shown_region (KhHelpPage *self);
gboolean     kh_help_page_get_show_qr_codes (KhHelpPage *self);
void         kh_help_page_set_show_qr_codes (KhHelpPage *self,
                                             gboolean    show_qr_codes);
void         kh_help_page_rebuild (KhHelpPage *self);
void         kh_help_page_scroll_to_top (KhHelpPage *self);
gboolean     kh_help_page_get_can_open (KhHelpPage *self);
void         kh_help_page_set_can_open (KhHelpPage *self,
                                        gboolean    can_open);

void            kh_help_page_set_print_mode (KhHelpPage     *self,
                                             KhHelpPrintMode mode);
KhHelpPrintMode kh_help_page_get_print_mode (KhHelpPage *self);

G_END_DECLS
