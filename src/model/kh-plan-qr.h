/* kh-plan-qr.h: splitting a text into parts that each fit a QR code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One QR code carries at most this many bytes of the plan's text: at
 * error correction level M that is a code of version 25 (117 modules)
 * at most, which a phone reads from a screen at 4 px a module or more.
 * A longer plan is split into numbered codes, shown one at a time,
 * never cut. */
#define KH_PLAN_QR_PART_MAX 990
#define KH_PLAN_QR_MAX_MODULES 117

GStrv kh_plan_split_for_qr (const char *text,
                            const char *title);

G_END_DECLS
