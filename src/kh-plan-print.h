/* kh-plan-print.h: the plan on one printed page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-plan.h"

G_BEGIN_DECLS

GtkPrintOperation *kh_plan_print_operation_new (KhPlan      *plan,
                                                GDateTime   *date,
                                                KhDirectory *directory,
                                                const char  *region);
gboolean           kh_plan_print_to_pdf (KhPlan      *plan,
                                         GDateTime   *date,
                                         KhDirectory *directory,
                                         const char  *region,
                                         const char  *filename,
                                         GError     **error);

G_END_DECLS
