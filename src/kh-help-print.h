/* kh-help-print.h: printing the help numbers of a region
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-directory.h"

G_BEGIN_DECLS

char              *kh_help_print_format (KhDirectory *directory,
                                         const char  *region);
GtkPrintOperation *kh_help_print_operation_new (KhDirectory *directory,
                                                const char  *region);
gboolean           kh_help_print_export_pdf (KhDirectory *directory,
                                             const char  *region,
                                             const char  *path,
                                             GError     **error);

G_END_DECLS
