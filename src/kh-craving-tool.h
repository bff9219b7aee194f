/* kh-craving-tool.h: riding out a craving, a few minutes at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-plan.h"

G_BEGIN_DECLS

/* The breathing pace: in for 4 s, out for 6 s (6 breaths a minute). */
#define KH_CRAVING_INHALE_SECONDS 4
#define KH_CRAVING_EXHALE_SECONDS 6
/* How often the pace and the time left are redrawn while running. */
#define KH_CRAVING_TICK_MS 200

typedef enum
{
  KH_CRAVING_STATE_START,
  KH_CRAVING_STATE_RUNNING,
  KH_CRAVING_STATE_PAUSED,
  KH_CRAVING_STATE_END,
} KhCravingState;

/* Microseconds, as g_get_monotonic_time(). */
typedef gint64 (*KhClockFunc) (gpointer user_data);

#define KH_TYPE_CRAVING_TOOL (kh_craving_tool_get_type ())

G_DECLARE_FINAL_TYPE (KhCravingTool, kh_craving_tool, KH, CRAVING_TOOL, GtkWidget)

GtkWidget     *kh_craving_tool_new (KhPlan *plan);
void           kh_craving_tool_set_clock (KhCravingTool *self,
                                          KhClockFunc    clock,
                                          gpointer       user_data);
void           kh_craving_tool_start (KhCravingTool *self,
                                      guint          minutes);
void           kh_craving_tool_pause (KhCravingTool *self);
void           kh_craving_tool_resume (KhCravingTool *self);
void           kh_craving_tool_reset (KhCravingTool *self);
void           kh_craving_tool_update (KhCravingTool *self);
KhCravingState kh_craving_tool_get_state (KhCravingTool *self);
gboolean       kh_craving_tool_is_ticking (KhCravingTool *self);
guint          kh_craving_tool_get_elapsed_seconds (KhCravingTool *self);
guint          kh_craving_tool_get_duration_seconds (KhCravingTool *self);
int            kh_craving_tool_get_step (KhCravingTool *self);
gboolean       kh_craving_tool_get_inhaling (KhCravingTool *self);
double         kh_craving_tool_get_breath (KhCravingTool *self);

G_END_DECLS
