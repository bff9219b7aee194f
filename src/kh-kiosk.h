/* kh-kiosk.h: kiosk mode: idle watch, the end of a visit, the staff exit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KH_TYPE_KIOSK (kh_kiosk_get_type ())

G_DECLARE_FINAL_TYPE (KhKiosk, kh_kiosk, KH, KIOSK, GObject)

/* Visible in tests: the default seconds of the "Are you still there?"
 * countdown. */
#define KH_KIOSK_COUNTDOWN_SECONDS 15

/* The text size of a kiosk when a visit starts: larger than a desktop's,
 * since visitors cannot bring their own zoom. */
#define KH_KIOSK_TEXT_SCALE 1.2

/**
 * KhKioskResetFunc:
 * @owner: the object that registered the reset
 *
 * Puts the state of @owner that a visitor can change back as it was
 * when the kiosk started.
 */
typedef void (*KhKioskResetFunc) (gpointer owner);

KhKiosk *kh_kiosk_new (GtkApplication *application,
                       GSettings      *settings);
void     kh_kiosk_attach (KhKiosk   *self,
                          GtkWindow *window);

void  kh_kiosk_register_reset (KhKiosk         *self,
                               const char      *name,
                               gpointer         owner,
                               KhKioskResetFunc func);
GStrv kh_kiosk_dup_reset_names (KhKiosk *self);
void  kh_kiosk_end_visit (KhKiosk *self);

void     kh_kiosk_note_input (KhKiosk *self);
void     kh_kiosk_note_speech (KhKiosk *self);
gboolean kh_kiosk_get_visit_active (KhKiosk *self);
gboolean kh_kiosk_get_notice_shown (KhKiosk *self);
guint    kh_kiosk_get_idle_timeout_ms (KhKiosk *self);
void     kh_kiosk_set_idle_timeout_ms (KhKiosk *self,
                                       guint    timeout_ms);
void     kh_kiosk_set_countdown_ms (KhKiosk *self,
                                    guint    countdown_ms);

const char *kh_kiosk_get_default_region (KhKiosk *self);
const char *kh_kiosk_get_default_language (KhKiosk *self);

void     kh_kiosk_show_exit_prompt (KhKiosk *self);
gboolean kh_kiosk_get_exit_prompt_shown (KhKiosk *self);
gboolean kh_kiosk_try_exit (KhKiosk    *self,
                            const char *pin);
gboolean kh_kiosk_get_exiting (KhKiosk *self);

void     kh_kiosk_retranslate (KhKiosk *self);
gboolean kh_kiosk_get_allow_print (KhKiosk *self);
gboolean kh_kiosk_get_allow_read_aloud (KhKiosk *self);

G_END_DECLS
