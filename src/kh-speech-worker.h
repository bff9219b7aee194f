/* kh-speech-worker.h: the thread that talks to speech-dispatcher
 *
 * Private to KhSpeech.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  KH_SPEECH_COMMAND_OPEN,
  KH_SPEECH_COMMAND_SAY,
  KH_SPEECH_COMMAND_CANCEL,
  KH_SPEECH_COMMAND_QUIT,
} KhSpeechCommand;

typedef struct _KhSpeechWorker KhSpeechWorker;

typedef enum
{
  KH_SPEECH_EVENT_OPENED,
  KH_SPEECH_EVENT_OPEN_FAILED,
  KH_SPEECH_EVENT_SAID,
  KH_SPEECH_EVENT_SAY_FAILED,
  KH_SPEECH_EVENT_BEGIN,
  KH_SPEECH_EVENT_END,
  KH_SPEECH_EVENT_CANCEL,
} KhSpeechEventType;

typedef struct
{
  KhSpeechWorker   *worker;
  KhSpeechEventType type;
  guint             token;
  gsize             msg_id;
  int               fd;
  char             *error;
  GStrv             languages;
} KhSpeechEvent;

/**
 * KhSpeechEventFunc:
 * @owner: the object the worker reports to, alive
 * @worker: the worker reporting
 * @event: what happened; freed after the call
 *
 * Called on the main context of the thread that made the worker.
 */
typedef void (*KhSpeechEventFunc) (GObject        *owner,
                                   KhSpeechWorker *worker,
                                   KhSpeechEvent  *event);

KhSpeechWorker *kh_speech_worker_new (GObject          *owner,
                                      KhSpeechEventFunc func,
                                      gint             *token,
                                      gint             *n_said);
void            kh_speech_worker_push (KhSpeechWorker *worker,
                                       KhSpeechCommand command,
                                       const char     *text,
                                       const char     *language,
                                       guint           token);
void            kh_speech_worker_release (KhSpeechWorker *worker);

G_END_DECLS
