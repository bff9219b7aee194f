/* kh-bench.h: start-up and page-switch timing, only when a benchmark asks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kh_bench_watch (GtkWindow *window);

G_END_DECLS
