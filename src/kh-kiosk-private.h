/* kh-kiosk-private.h: what the parts of the kiosk share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-kiosk-fit.h"
#include "kh-kiosk.h"

G_BEGIN_DECLS

typedef struct
{
  char            *name;
  gpointer         owner;
  KhKioskResetFunc func;
} ResetEntry;

struct _KhKiosk
{
  GObject parent_instance;

  /* borrowed (weak pointers) */
  GtkApplication *application;
  GtkWindow      *window;

  /* owned */
  GSettings *settings;
  GArray    *resets;
  char      *region;
  char      *language;
  GVariant  *color_scheme;
  GSource   *idle_source;
  guint      idle_timeout_ms;
  guint      countdown_ms;
  guint      countdown_id;
  gint64     countdown_end;
  gint64     last_input;
  guint      inhibit_cookie;
  gboolean   visit_active;
  gboolean   exiting;
  gboolean   allow_print;
  gboolean   allow_read_aloud;

  /* where no window manager makes the window full screen */
  KhKioskFit *fit;

  /* borrowed: widgets added to the window, from kh-kiosk.ui */
  GtkWidget *notice;
  GtkLabel  *notice_label;
  GtkWidget *exit_prompt;
  GtkWidget *pin_entry;
  GtkWidget *pin_error;
  GtkWidget *overlay;
  GtkWidget *start_over_button;
  GtkWidget *text_size_box;
  GtkWidget *language_button;
};

/* kh-kiosk.c */
void kh_kiosk_hide_notice (KhKiosk *self);
void kh_kiosk_hide_exit_prompt (KhKiosk *self);
void kh_kiosk_update_countdown (KhKiosk *self);
void kh_kiosk_pin_activate_cb (KhKiosk *self);

/* kh-kiosk-controls.c */
void kh_kiosk_add_overlay (KhKiosk   *self,
                           GtkWindow *window);
void kh_kiosk_build_controls (KhKiosk *self);
void kh_kiosk_ensure_exit_prompt (KhKiosk *self);

/* kh-kiosk-resets.c */
void kh_kiosk_reset_entry_clear (gpointer data);
void kh_kiosk_owner_finalized_cb (gpointer user_data,
                                  GObject *where_the_object_was);
void kh_kiosk_register_own_resets (KhKiosk *self);

G_END_DECLS
