/* kh-speech-worker.c: the thread that talks to speech-dispatcher
 *
 * libspeechd's calls wait for the daemon's replies over a socket, and
 * connecting may start the daemon: KhSpeech makes none of them on the main
 * thread. A worker runs the commands KhSpeech queues for it, one after
 * another, and reports what happens (including what libspeechd's own
 * thread hears from the daemon) back on KhSpeech's main context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-speech"

#include "config.h"

#include <errno.h>
#include <libspeechd.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "kh-speech-worker.h"

typedef struct
{
  KhSpeechCommand type;
  char           *text;
  char           *language;
  guint           token;
} Command;

struct _KhSpeechWorker
{
  gatomicrefcount   ref_count;
  GMainContext     *context;
  GWeakRef          owner;
  KhSpeechEventFunc func;
  GAsyncQueue      *commands;
  GThread          *thread;
  gboolean          autospawn;
  /* shared with the main thread: the reading under way, and how many
   * utterances the daemon took (over every worker of a KhSpeech) */
  gint *token;
  gint *n_said;

  /* the worker thread's own */
  SPDConnection *connection;
  int            client_id;
};

/* The worker and libspeechd's callbacks -------------------------------- */

static KhSpeechWorker *
worker_ref (KhSpeechWorker *worker)
{
  g_atomic_ref_count_inc (&worker->ref_count);
  return worker;
}

static void
worker_unref (KhSpeechWorker *worker)
{
  if (!g_atomic_ref_count_dec (&worker->ref_count))
    return;

  g_weak_ref_clear (&worker->owner);
  g_atomic_rc_box_release (worker->token);
  g_atomic_rc_box_release (worker->n_said);
  g_async_queue_unref (worker->commands);
  g_main_context_unref (worker->context);
  g_free (worker);
}

static void
command_free (gpointer data)
{
  Command *command = data;

  g_free (command->text);
  g_free (command->language);
  g_free (command);
}

static void
event_free (gpointer data)
{
  KhSpeechEvent *event = data;

  worker_unref (event->worker);
  g_free (event->error);
  g_strfreev (event->languages);
  g_free (event);
}

/* libspeechd's callbacks carry only a client id: the workers with an
 * open connection, by client id. */
static GMutex      workers_lock;
static GHashTable *workers_by_client;

static gboolean
dispatch_cb (gpointer user_data)
{
  KhSpeechEvent *event = user_data;
  g_autoptr (GObject) owner = g_weak_ref_get (&event->worker->owner);

  /* Nothing for an owner gone, or for a worker let go of. */
  if (owner != NULL)
    event->worker->func (owner, event->worker, event);

  return G_SOURCE_REMOVE;
}

static void
post (KhSpeechWorker *worker,
      KhSpeechEvent  *event)
{
  GSource *source = g_idle_source_new ();

  /* Not g_main_context_invoke(): from a thread whose default context is
   * that one too, it would run the callback there and then, in the wrong
   * thread, whenever the main thread is not iterating. */
  event->worker = worker_ref (worker);
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, dispatch_cb, event, event_free);
  g_source_set_static_name (source, "[kratom-help] speech event");
  g_source_attach (source, worker->context);
  g_source_unref (source);
}

static void
notification_cb (size_t              msg_id,
                 size_t              client_id,
                 SPDNotificationType type)
{
  KhSpeechWorker *worker = NULL;
  KhSpeechEvent  *event;

  g_mutex_lock (&workers_lock);
  if (workers_by_client != NULL)
    worker = g_hash_table_lookup (workers_by_client, GSIZE_TO_POINTER (client_id));
  if (worker != NULL)
    worker_ref (worker);
  g_mutex_unlock (&workers_lock);

  if (worker == NULL)
    return;

  event = g_new0 (KhSpeechEvent, 1);
  event->msg_id = msg_id;
  switch (type)
    {
    case SPD_EVENT_BEGIN:
      event->type = KH_SPEECH_EVENT_BEGIN;
      break;
    case SPD_EVENT_END:
      event->type = KH_SPEECH_EVENT_END;
      break;
    case SPD_EVENT_CANCEL:
      event->type = KH_SPEECH_EVENT_CANCEL;
      break;
    case SPD_EVENT_PAUSE:
    case SPD_EVENT_RESUME:
    case SPD_EVENT_INDEX_MARK:
    default:
      g_free (event);
      worker_unref (worker);
      return;
    }
  post (worker, event);
  worker_unref (worker);
}

static char **
dup_voice_languages (SPDConnection *connection)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  SPDVoice **voices = spd_list_synthesis_voices (connection);

  if (voices == NULL)
    return NULL;

  for (guint i = 0; voices[i] != NULL; i++)
    if (voices[i]->language != NULL)
      g_strv_builder_add (builder, voices[i]->language);
  free_spd_voices (voices);

  return g_strv_builder_end (builder);
}

/* Whether a daemon listens at the address libspeechd would use. When it
 * cannot connect, spd_open2() leaks what it allocated (libspeechd 0.11):
 * on a kiosk with no speech service, every press would leak. */
static gboolean
daemon_listens (char **error)
{
  char                 *address_error = NULL;
  SPDConnectionAddress *address = spd_get_default_address (&address_error);
  struct sockaddr_un    unix_address = { .sun_family = AF_UNIX };
  gboolean              listens = TRUE;
  int                   fd;

  if (address == NULL)
    {
      *error = g_strdup (address_error != NULL ? address_error : "no address for the speech service");
      free (address_error);
      return FALSE;
    }

  if (address->method == SPD_METHOD_UNIX_SOCKET && address->unix_socket_name != NULL)
    {
      g_strlcpy (unix_address.sun_path, address->unix_socket_name, sizeof unix_address.sun_path);
      fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (fd < 0 || connect (fd, (struct sockaddr *) &unix_address, sizeof unix_address) != 0)
        {
          *error = g_strdup_printf ("cannot connect to %s: %s", unix_address.sun_path, g_strerror (errno));
          listens = FALSE;
        }
      if (fd >= 0)
        close (fd);
    }
  SPDConnectionAddress__free (address);

  return listens;
}

/* The daemon's number for this connection, or -1. Asked here rather than
 * with spd_get_client_id(): libspeechd 0.11 reads its reply without
 * checking there was one, and a daemon that goes away between the
 * connection and the answer (one just spawned and quitting, say) made
 * that read crash the app. The reply is "245-7" then "245 OK ...". */
static int
query_client_id (SPDConnection *connection)
{
  char *reply = spd_send_data (connection, "HISTORY GET CLIENT_ID\r\n", SPD_WAIT_REPLY);
  char *end = NULL;
  long  id = -1;

  if (reply != NULL && g_str_has_prefix (reply, "245-"))
    {
      id = strtol (reply + 4, &end, 10);
      if (end == reply + 4 || (*end != '\r' && *end != '\n') || id < 0 || id > G_MAXINT)
        id = -1;
    }
  free (reply);

  return (int) id;
}

static void
worker_open (KhSpeechWorker *worker)
{
  char          *error = NULL;
  KhSpeechEvent *event = g_new0 (KhSpeechEvent, 1);

  if (worker->connection != NULL)
    {
      event->type = KH_SPEECH_EVENT_OPENED;
      event->fd = worker->connection->socket;
      post (worker, event);
      return;
    }

  /* Only libspeechd can start a daemon that is not there. */
  if (!worker->autospawn && !daemon_listens (&event->error))
    {
      event->type = KH_SPEECH_EVENT_OPEN_FAILED;
      post (worker, event);
      return;
    }

  /* NULL: the address of SPEECHD_ADDRESS, else the user's socket. */
  worker->connection = spd_open2 ("kratom-help", "read-aloud", NULL, SPD_MODE_THREADED, NULL, worker->autospawn, &error);
  if (worker->connection == NULL)
    {
      event->type = KH_SPEECH_EVENT_OPEN_FAILED;
      event->error = g_strdup (error != NULL ? error : "no connection");
      free (error);
      post (worker, event);
      return;
    }
  free (error);

  worker->client_id = query_client_id (worker->connection);
  if (worker->client_id < 0)
    {
      spd_close (worker->connection);
      worker->connection = NULL;
      event->type = KH_SPEECH_EVENT_OPEN_FAILED;
      event->error = g_strdup ("the speech service did not answer");
      post (worker, event);
      return;
    }
  g_mutex_lock (&workers_lock);
  if (workers_by_client == NULL)
    workers_by_client = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (workers_by_client, GSIZE_TO_POINTER ((gsize) worker->client_id), worker);
  g_mutex_unlock (&workers_lock);

  worker->connection->callback_begin = notification_cb;
  worker->connection->callback_end = notification_cb;
  worker->connection->callback_cancel = notification_cb;
  spd_set_notification_on (worker->connection, SPD_BEGIN);
  spd_set_notification_on (worker->connection, SPD_END);
  spd_set_notification_on (worker->connection, SPD_CANCEL);
  /* Page text is plain text, not SSML: "<" and "&" are read as such. */
  spd_set_data_mode (worker->connection, SPD_DATA_TEXT);

  event->type = KH_SPEECH_EVENT_OPENED;
  event->fd = worker->connection->socket;
  event->languages = dup_voice_languages (worker->connection);
  post (worker, event);
}

static void
worker_close (KhSpeechWorker *worker)
{
  if (worker->connection == NULL)
    return;

  g_mutex_lock (&workers_lock);
  g_hash_table_remove (workers_by_client, GSIZE_TO_POINTER ((gsize) worker->client_id));
  g_mutex_unlock (&workers_lock);

  spd_close (worker->connection);
  worker->connection = NULL;
}

static void
worker_say (KhSpeechWorker *worker,
            Command        *command)
{
  KhSpeechEvent *event = g_new0 (KhSpeechEvent, 1);
  int            id = -1;

  event->token = command->token;
  /* Stopped since it was asked for: nothing of it may reach the daemon
   * (a kiosk visit may have ended). */
  if ((guint) g_atomic_int_get (worker->token) != command->token)
    {
      g_free (event);
      return;
    }
  if (worker->connection != NULL && spd_set_language (worker->connection, command->language) == 0)
    id = spd_say (worker->connection, SPD_TEXT, command->text);

  if (id < 0)
    {
      event->type = KH_SPEECH_EVENT_SAY_FAILED;
      event->error = g_strdup ("the speech service did not take the text");
    }
  else
    {
      event->type = KH_SPEECH_EVENT_SAID;
      event->msg_id = (gsize) id;
      g_atomic_int_inc (worker->n_said);
    }
  post (worker, event);
}

static gpointer
worker_thread (gpointer data)
{
  KhSpeechWorker *worker = data;

  for (;;)
    {
      Command *command = g_async_queue_pop (worker->commands);
      gboolean quit = command->type == KH_SPEECH_COMMAND_QUIT;

      switch (command->type)
        {
        case KH_SPEECH_COMMAND_OPEN:
          worker_open (worker);
          break;
        case KH_SPEECH_COMMAND_SAY:
          worker_say (worker, command);
          break;
        case KH_SPEECH_COMMAND_CANCEL:
          if (worker->connection != NULL)
            spd_cancel (worker->connection);
          break;
        case KH_SPEECH_COMMAND_QUIT:
          worker_close (worker);
          break;
        default:
          g_assert_not_reached ();
        }
      command_free (command);

      if (quit)
        break;
    }

  worker_unref (worker);
  return NULL;
}

/**
 * kh_speech_worker_new:
 * @owner: what the events are for; held by a weak reference
 * @func: called with each event, on the caller's main context
 * @token: the reading under way, set by the owner: requests of another
 *   are dropped
 * @n_said: counts the utterances the daemon took
 *
 * Starts a worker thread; its first command should be
 * %KH_SPEECH_COMMAND_OPEN.
 */
KhSpeechWorker *
kh_speech_worker_new (GObject          *owner,
                      KhSpeechEventFunc func,
                      gint             *token,
                      gint             *n_said)
{
  KhSpeechWorker *worker = g_new0 (KhSpeechWorker, 1);

  worker->token = g_atomic_rc_box_acquire (token);
  worker->n_said = g_atomic_rc_box_acquire (n_said);

  g_atomic_ref_count_init (&worker->ref_count);
  worker->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&worker->owner, owner);
  worker->func = func;
  worker->commands = g_async_queue_new_full (command_free);
  /* Start the daemon as any client does, unless given an address (a
   * daemon of its own) or in a sandbox, which cannot start it. */
  worker->autospawn = g_getenv ("SPEECHD_ADDRESS") == NULL && !g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
  /* the thread's reference */
  worker_ref (worker);
  worker->thread = g_thread_new ("kh-speech", worker_thread, worker);
  g_thread_unref (worker->thread);

  return worker;
}

void
kh_speech_worker_push (KhSpeechWorker *worker,
                       KhSpeechCommand type,
                       const char     *text,
                       const char     *language,
                       guint           token)
{
  Command command = { type, g_strdup (text), g_strdup (language), token };

  g_async_queue_push (worker->commands, g_memdup2 (&command, sizeof command));
}

/* Lets the worker go: it closes the connection and ends when it gets to
 * it, even if it is stuck on a daemon that does not answer now. */
void
kh_speech_worker_release (KhSpeechWorker *worker)
{
  kh_speech_worker_push (worker, KH_SPEECH_COMMAND_QUIT, NULL, NULL, 0);
  g_weak_ref_set (&worker->owner, NULL);
  worker_unref (worker);
}
