/* kh-speech.h: speech output through speech-dispatcher, never blocking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kh-speech-text.h"

G_BEGIN_DECLS

typedef enum
{
  KH_SPEECH_IDLE,
  KH_SPEECH_CONNECTING,
  KH_SPEECH_SPEAKING,
  KH_SPEECH_PAUSED,
  KH_SPEECH_UNAVAILABLE,
} KhSpeechState;

#define KH_TYPE_SPEECH_STATE (kh_speech_state_get_type ())
#define KH_TYPE_SPEECH (kh_speech_get_type ())

GType kh_speech_state_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (KhSpeech, kh_speech, KH, SPEECH, GObject)

KhSpeech     *kh_speech_new (void);
KhSpeechState kh_speech_get_state (KhSpeech *self);
gboolean      kh_speech_is_active (KhSpeech *self);
const char   *kh_speech_get_message (KhSpeech *self);
guint         kh_speech_get_item (KhSpeech *self);
guint         kh_speech_get_n_requests (KhSpeech *self);

void kh_speech_speak (KhSpeech     *self,
                      KhSpeechText *text,
                      guint         first);
void kh_speech_pause (KhSpeech *self);
void kh_speech_resume (KhSpeech *self);
void kh_speech_stop (KhSpeech *self);
void kh_speech_set_desktop (KhSpeech *self,
                            gboolean  desktop);

G_END_DECLS
