/* kh-checklist-print.h: a one-page summary of the checklist, to print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-checklist-answers.h"
#include "kh-directory.h"

G_BEGIN_DECLS

GtkPrintOperation *kh_checklist_print_operation_new (KhChecklistAnswers *answers,
                                                     GDateTime          *date,
                                                     KhDirectory        *directory,
                                                     const char         *region);
char              *kh_checklist_dup_summary_text (KhChecklistAnswers *answers,
                                                  GDateTime          *date,
                                                  KhDirectory        *directory,
                                                  const char         *region);
gboolean           kh_checklist_print_to_pdf (KhChecklistAnswers *answers,
                                              GDateTime          *date,
                                              KhDirectory        *directory,
                                              const char         *region,
                                              const char         *filename,
                                              GError            **error);

G_END_DECLS
