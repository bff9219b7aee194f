/* kh-speech.c: speech output through speech-dispatcher, never blocking
 *
 * libspeechd talks to the speech-dispatcher daemon over a socket, and
 * every call waits for the daemon's reply; connecting may even start the
 * daemon. So KhSpeech makes no libspeechd call on the main thread: a
 * worker thread of its own opens the connection when something is first
 * read, and runs the commands the main thread queues for it. What the
 * daemon reports (an utterance began, ended, was cancelled) arrives on
 * libspeechd's own thread and is passed back to the main context.
 *
 * Utterances are sent one at a time, each with its language, the next
 * when the daemon reports the last one ended: stopping never leaves a
 * queue in the daemon, a language switch takes effect at the next
 * utterance, and the page can highlight what is being read.
 *
 * A daemon that is missing, that dies, or that stops answering makes the
 * state "unavailable" with a message that says so; the next request tries
 * again with a fresh connection and a fresh worker.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-speech"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n-lib.h>
#include <signal.h>
#include <string.h>

#include "kh-i18n.h"
#include "kh-speech-worker.h"
#include "kh-speech.h"

/* How long the daemon may take to answer before it is given up on:
 * connecting may start it, which takes a moment on a slow machine. */
#define OPEN_TIMEOUT_MS 10000
#define REPLY_TIMEOUT_MS 5000

struct _KhSpeech
{
  GObject parent_instance;

  /* owned */
  KhSpeechWorker *worker;
  KhSpeechText   *text;
  GSource        *hangup_source;
  gint           *shared_token;
  gint           *n_said;
  GHashTable     *ended_early;
  GStrv           languages;
  char           *message;
  guint           timeout_id;

  KhSpeechState state;
  gboolean      opened;
  gboolean      desktop;
  guint         index;
  guint         token;
  gsize         msg_id;
  gboolean      in_flight;
  guint         item;
};

G_DEFINE_FINAL_TYPE (KhSpeech, kh_speech, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STATE,
  PROP_MESSAGE,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  UTTERANCE_BEGAN,
  FINISHED,
  REQUEST_SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GType
kh_speech_state_get_type (void)
{
  static GType type = 0;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { KH_SPEECH_IDLE, "KH_SPEECH_IDLE", "idle" },
        { KH_SPEECH_CONNECTING, "KH_SPEECH_CONNECTING", "connecting" },
        { KH_SPEECH_SPEAKING, "KH_SPEECH_SPEAKING", "speaking" },
        { KH_SPEECH_PAUSED, "KH_SPEECH_PAUSED", "paused" },
        { KH_SPEECH_UNAVAILABLE, "KH_SPEECH_UNAVAILABLE", "unavailable" },
        { 0, NULL, NULL },
      };
      GType id = g_enum_register_static (g_intern_static_string ("KhSpeechState"), values);

      g_once_init_leave (&type, id);
    }

  return type;
}

/* The main thread ------------------------------------------------------ */

static void
set_state (KhSpeech     *self,
           KhSpeechState state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_message (KhSpeech   *self,
             const char *message)
{
  if (g_strcmp0 (self->message, message) == 0)
    return;

  g_free (self->message);
  self->message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

static void
set_item (KhSpeech *self,
          guint     item)
{
  if (self->item == item)
    return;

  self->item = item;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/* Forgets the utterance sent: what the daemon says of it now, and a
 * request for it not yet sent, are for nothing. */
static void
drop_in_flight (KhSpeech *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_hash_table_remove_all (self->ended_early);
  self->token++;
  g_atomic_int_set (self->shared_token, (gint) self->token);
  self->msg_id = 0;
  self->in_flight = FALSE;
}

static void
clear_reading (KhSpeech *self)
{
  g_clear_object (&self->text);
  drop_in_flight (self);
  set_item (self, G_MAXUINT);
}

static void
drop_connection (KhSpeech *self)
{
  if (self->hangup_source != NULL)
    {
      g_source_destroy (self->hangup_source);
      g_clear_pointer (&self->hangup_source, g_source_unref);
    }
  if (self->worker != NULL)
    kh_speech_worker_release (g_steal_pointer (&self->worker));
  self->opened = FALSE;
  g_clear_pointer (&self->languages, g_strfreev);
}

/* Speech-dispatcher missing, dead or not answering. */
static void
become_unavailable (KhSpeech   *self,
                    const char *why)
{
  g_debug ("Speech unavailable: %s", why);

  drop_connection (self);
  clear_reading (self);
  if (self->desktop)
    set_message (self, _ ("Speech is not available on this computer. Installing speech-dispatcher enables it."));
  else
    set_message (self, _ ("Speech is not available on this computer."));
  set_state (self, KH_SPEECH_UNAVAILABLE);
}

static gboolean
reply_timeout_cb (gpointer user_data)
{
  KhSpeech *self = user_data;

  self->timeout_id = 0;
  become_unavailable (self, "the speech service did not answer");

  return G_SOURCE_REMOVE;
}

static void
expect_reply (KhSpeech *self,
              guint     timeout_ms)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (timeout_ms, reply_timeout_cb, self);
}

static gboolean
has_voice (KhSpeech   *self,
           const char *language)
{
  /* No list (the module gives none): let the daemon choose. */
  if (self->languages == NULL || self->languages[0] == NULL)
    return TRUE;

  for (guint i = 0; self->languages[i] != NULL; i++)
    {
      const char *voice = self->languages[i];
      gsize       length = strlen (language);

      if (g_ascii_strncasecmp (voice, language, length) == 0 &&
          (voice[length] == '\0' || voice[length] == '-' || voice[length] == '_'))
        return TRUE;
    }

  return FALSE;
}

static void
finish (KhSpeech *self)
{
  clear_reading (self);
  set_state (self, KH_SPEECH_IDLE);
  g_signal_emit (self, signals[FINISHED], 0);
}

static void
send_current (KhSpeech *self)
{
  const char *language;

  g_assert (self->text != NULL);

  if (self->index >= kh_speech_text_get_n_utterances (self->text))
    {
      finish (self);
      return;
    }

  language = kh_speech_text_get_utterance_language (self->text, self->index);
  if (!has_voice (self, language))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the name of a language, in that language
       * ("Español") */
      message = g_strdup_printf (_ ("No voice for %s is installed on this computer, so this page cannot be read aloud."),
                                 kh_i18n_get_language_name (language));
      /* Said once: not English text in a Spanish voice, or the reverse. */
      clear_reading (self);
      set_message (self, message);
      set_state (self, KH_SPEECH_IDLE);
      return;
    }

  set_item (self, kh_speech_text_get_item (self->text, self->index));
  self->in_flight = TRUE;
  self->msg_id = 0;
  kh_speech_worker_push (self->worker, KH_SPEECH_COMMAND_SAY, kh_speech_text_get_text (self->text, self->index), language, self->token);
  expect_reply (self, REPLY_TIMEOUT_MS);
}

static gboolean
hangup_cb (gint         fd,
           GIOCondition condition,
           gpointer     user_data)
{
  KhSpeech *self = user_data;

  g_clear_pointer (&self->hangup_source, g_source_unref);
  become_unavailable (self, "the speech service closed the connection");

  return G_SOURCE_REMOVE;
}

static void
opened (KhSpeech      *self,
        KhSpeechEvent *event)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->opened = TRUE;
  g_strfreev (self->languages);
  self->languages = g_steal_pointer (&event->languages);

  /* The daemon dying shows as a hang-up of its socket: watched here, on
   * the main context, without reading (libspeechd's thread reads). */
  if (self->hangup_source == NULL && event->fd >= 0)
    {
      self->hangup_source = g_unix_fd_source_new (event->fd, G_IO_HUP | G_IO_ERR);
      g_source_set_callback (self->hangup_source, G_SOURCE_FUNC (hangup_cb), self, NULL);
      g_source_set_name (self->hangup_source, "[kratom-help] speech hang-up");
      g_source_attach (self->hangup_source, g_main_context_get_thread_default ());
    }

  if (self->text != NULL && self->state == KH_SPEECH_CONNECTING)
    {
      set_state (self, KH_SPEECH_SPEAKING);
      send_current (self);
    }
}

static void
ended (KhSpeech *self)
{
  self->in_flight = FALSE;
  self->msg_id = 0;
  self->index++;
  /* Paused: the next one waits for resume. */
  if (self->state == KH_SPEECH_SPEAKING)
    send_current (self);
}

static void
dispatch_event (GObject        *owner,
                KhSpeechWorker *worker,
                KhSpeechEvent  *event)
{
  KhSpeech *self = KH_SPEECH (owner);

  /* From a worker let go of. */
  if (self->worker != worker)
    return;

  switch (event->type)
    {
    case KH_SPEECH_EVENT_OPENED:
      opened (self, event);
      break;

    case KH_SPEECH_EVENT_OPEN_FAILED:
    case KH_SPEECH_EVENT_SAY_FAILED:
      if (event->type == KH_SPEECH_EVENT_OPEN_FAILED || event->token == self->token)
        become_unavailable (self, event->error);
      break;

    case KH_SPEECH_EVENT_SAID:
      if (event->token != self->token)
        break;
      g_clear_handle_id (&self->timeout_id, g_source_remove);
      self->msg_id = event->msg_id;
      g_signal_emit (self, signals[REQUEST_SENT], 0);
      if (g_hash_table_remove (self->ended_early, GSIZE_TO_POINTER (event->msg_id)))
        ended (self);
      break;

    case KH_SPEECH_EVENT_BEGIN:
      if (self->in_flight)
        g_signal_emit (self, signals[UTTERANCE_BEGAN], 0);
      break;

    case KH_SPEECH_EVENT_END:
      if (self->in_flight && self->msg_id == event->msg_id)
        ended (self);
      else if (self->in_flight && self->msg_id == 0)
        /* before the reply to the request itself */
        g_hash_table_add (self->ended_early, GSIZE_TO_POINTER (event->msg_id));
      break;

    case KH_SPEECH_EVENT_CANCEL:
      /* Cancelled by someone else (a screen reader's message): stop, as
       * the daemon did. */
      if (self->in_flight && self->msg_id == event->msg_id)
        {
          clear_reading (self);
          set_state (self, KH_SPEECH_IDLE);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
kh_speech_dispose (GObject *object)
{
  KhSpeech *self = (KhSpeech *) object;

  if (self->worker != NULL && self->in_flight)
    kh_speech_worker_push (self->worker, KH_SPEECH_COMMAND_CANCEL, NULL, NULL, 0);
  drop_connection (self);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->text);

  G_OBJECT_CLASS (kh_speech_parent_class)->dispose (object);
}

static void
kh_speech_finalize (GObject *object)
{
  KhSpeech *self = (KhSpeech *) object;

  g_hash_table_unref (self->ended_early);
  g_atomic_rc_box_release (self->shared_token);
  g_atomic_rc_box_release (self->n_said);
  g_free (self->message);

  G_OBJECT_CLASS (kh_speech_parent_class)->finalize (object);
}

static void
kh_speech_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KhSpeech *self = KH_SPEECH (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_ITEM:
      g_value_set_uint (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_speech_class_init (KhSpeechClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kh_speech_dispose;
  object_class->finalize = kh_speech_finalize;
  object_class->get_property = kh_speech_get_property;

  properties[PROP_STATE] =
      g_param_spec_enum ("state", NULL, NULL, KH_TYPE_SPEECH_STATE, KH_SPEECH_IDLE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
      g_param_spec_string ("message", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
      g_param_spec_uint ("item", NULL, NULL, 0, G_MAXUINT, G_MAXUINT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KhSpeech::utterance-began:
   *
   * The daemon started saying an utterance.
   */
  signals[UTTERANCE_BEGAN] = g_signal_new ("utterance-began", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KhSpeech::finished:
   *
   * The last utterance was said to its end.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KhSpeech::request-sent:
   *
   * The daemon took an utterance (it answered the request).
   */
  signals[REQUEST_SENT] = g_signal_new ("request-sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kh_speech_init (KhSpeech *self)
{
  self->item = G_MAXUINT;
  self->desktop = TRUE;
  self->ended_early = g_hash_table_new (NULL, NULL);
  self->shared_token = g_atomic_rc_box_new0 (gint);
  self->n_said = g_atomic_rc_box_new0 (gint);

  /* A daemon that dies while a request is written would otherwise end
   * the app with SIGPIPE: libspeechd writes to its socket with write(). */
  signal (SIGPIPE, SIG_IGN);
}

/**
 * kh_speech_new:
 *
 * Returns: (transfer full): a speech output, not yet connected: the
 *   connection is opened when something is first read
 */
KhSpeech *
kh_speech_new (void)
{
  return g_object_new (KH_TYPE_SPEECH, NULL);
}

KhSpeechState
kh_speech_get_state (KhSpeech *self)
{
  g_return_val_if_fail (KH_IS_SPEECH (self), KH_SPEECH_IDLE);

  return self->state;
}

/**
 * kh_speech_is_active:
 *
 * Returns: whether something is being read, or is paused
 */
gboolean
kh_speech_is_active (KhSpeech *self)
{
  g_return_val_if_fail (KH_IS_SPEECH (self), FALSE);

  return self->state == KH_SPEECH_CONNECTING || self->state == KH_SPEECH_SPEAKING ||
         self->state == KH_SPEECH_PAUSED;
}

/**
 * kh_speech_get_message:
 *
 * Returns: (nullable): why the last request could not be read, for the
 *   user
 */
const char *
kh_speech_get_message (KhSpeech *self)
{
  g_return_val_if_fail (KH_IS_SPEECH (self), NULL);

  return self->message;
}

/**
 * kh_speech_get_item:
 *
 * Returns: the page item of the utterance being read, or %G_MAXUINT
 */
guint
kh_speech_get_item (KhSpeech *self)
{
  g_return_val_if_fail (KH_IS_SPEECH (self), G_MAXUINT);

  return self->item;
}

/**
 * kh_speech_get_n_requests:
 *
 * Returns: how many utterances the daemon has taken so far, those of
 *   readings stopped since included
 */
guint
kh_speech_get_n_requests (KhSpeech *self)
{
  g_return_val_if_fail (KH_IS_SPEECH (self), 0);

  return (guint) g_atomic_int_get (self->n_said);
}

/**
 * kh_speech_set_desktop:
 * @desktop: %FALSE in a kiosk, whose visitors cannot install anything
 *
 * Chooses whether the message for a missing speech service tells how to
 * install it.
 */
void
kh_speech_set_desktop (KhSpeech *self,
                       gboolean  desktop)
{
  g_return_if_fail (KH_IS_SPEECH (self));

  self->desktop = desktop;
}

/**
 * kh_speech_speak:
 * @self: a #KhSpeech
 * @text: what to read
 * @first: the utterance of @text to start with
 *
 * Stops what is being read and reads @text from @first to its end. Returns
 * at once; #KhSpeech:state follows what happens.
 */
void
kh_speech_speak (KhSpeech     *self,
                 KhSpeechText *text,
                 guint         first)
{
  g_return_if_fail (KH_IS_SPEECH (self));
  g_return_if_fail (KH_IS_SPEECH_TEXT (text));

  if (self->worker != NULL && self->in_flight)
    kh_speech_worker_push (self->worker, KH_SPEECH_COMMAND_CANCEL, NULL, NULL, 0);
  clear_reading (self);
  set_message (self, NULL);

  self->text = g_object_ref (text);
  self->index = first;

  if (self->worker == NULL)
    {
      self->worker = kh_speech_worker_new (G_OBJECT (self), dispatch_event, self->shared_token, self->n_said);
      kh_speech_worker_push (self->worker, KH_SPEECH_COMMAND_OPEN, NULL, NULL, 0);
    }
  if (!self->opened)
    {
      set_state (self, KH_SPEECH_CONNECTING);
      expect_reply (self, OPEN_TIMEOUT_MS);
      return;
    }

  set_state (self, KH_SPEECH_SPEAKING);
  send_current (self);
}

/**
 * kh_speech_stop:
 *
 * Stops reading at once.
 */
void
kh_speech_stop (KhSpeech *self)
{
  g_return_if_fail (KH_IS_SPEECH (self));

  if (self->worker != NULL && self->in_flight)
    kh_speech_worker_push (self->worker, KH_SPEECH_COMMAND_CANCEL, NULL, NULL, 0);
  clear_reading (self);
  if (self->state != KH_SPEECH_UNAVAILABLE)
    set_state (self, KH_SPEECH_IDLE);
}

void
kh_speech_pause (KhSpeech *self)
{
  g_return_if_fail (KH_IS_SPEECH (self));

  if (self->state != KH_SPEECH_SPEAKING)
    return;

  /* Not the daemon's PAUSE: what it does depends on the output module
   * (one without index marks says the message to its end, or drops it).
   * The utterance is stopped here and said again from its start on
   * resume; the highlight stays on it. */
  if (self->in_flight)
    kh_speech_worker_push (self->worker, KH_SPEECH_COMMAND_CANCEL, NULL, NULL, 0);
  drop_in_flight (self);
  set_state (self, KH_SPEECH_PAUSED);
}

void
kh_speech_resume (KhSpeech *self)
{
  g_return_if_fail (KH_IS_SPEECH (self));

  if (self->state != KH_SPEECH_PAUSED)
    return;

  set_state (self, KH_SPEECH_SPEAKING);
  send_current (self);
}
