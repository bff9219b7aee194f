/* test-read-aloud.c: Read aloud, heard by a speech-dispatcher of its own
 *
 * Run by run-speechd.sh, which starts a private daemon whose output
 * module writes each utterance it is given to $KH_SPEECH_OUT/spoken.txt
 * as "LANGUAGE|TEXT" and renders it with espeak-ng. The tests under
 * /read-aloud/live/ need the daemon started with --live (utterances take
 * as long as they sound), those under /read-aloud/no-daemon/ none at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <libspeechd.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "kh-application.h"
#include "kh-checklist-page.h"
#include "kh-craving-tool.h"
#include "kh-help-page.h"
#include "kh-i18n.h"
#include "kh-kiosk.h"
#include "kh-plan-page.h"
#include "kh-read-aloud.h"
#include "kh-readable.h"
#include "kh-section-page.h"
#include "kh-test-util.h"
#include "kh-window.h"

#define SCHEMA_ID "io.github.kratomhelp.KratomHelp"

typedef struct
{
  KhApplication *app;
  KhWindow      *window;
  KhKiosk       *kiosk;
  KhReadAloud   *read_aloud;
  KhSpeech      *speech;
  GSettings     *settings;
  guint          n_finished;
} Fixture;

static GtkWidget *
find_read_aloud (GtkWidget *widget)
{
  if (KH_IS_READ_ALOUD (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_read_aloud (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
finished_cb (KhSpeech *speech,
             Fixture  *fixture)
{
  fixture->n_finished++;
}

static void
fixture_start (Fixture *fixture,
               gboolean kiosk)
{
  static guint     n_apps;
  g_autofree char *app_id = g_strdup_printf ("%s.ReadAloud%u", SCHEMA_ID, n_apps++);
  g_autoptr (GError) error = NULL;

  fixture->settings = g_settings_new (SCHEMA_ID);
  fixture->app = kh_application_new ();
  g_application_set_application_id (G_APPLICATION (fixture->app), app_id);
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);
  if (kiosk)
    kh_application_enable_kiosk (fixture->app);
  g_application_activate (G_APPLICATION (fixture->app));

  fixture->window = KH_WINDOW (gtk_application_get_windows (GTK_APPLICATION (fixture->app))->data);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  fixture->kiosk = kh_application_get_kiosk (fixture->app);
  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)), 5000);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));

  fixture->read_aloud = KH_READ_ALOUD (find_read_aloud (GTK_WIDGET (fixture->window)));
  g_assert_nonnull (fixture->read_aloud);
  fixture->speech = kh_read_aloud_get_speech (fixture->read_aloud);
  g_signal_connect (fixture->speech, "finished", G_CALLBACK (finished_cb), fixture);
}

static void
fixture_stop (Fixture *fixture)
{
  g_signal_handlers_disconnect_by_data (fixture->speech, fixture);
  if (fixture->window != NULL)
    {
      if (fixture->kiosk != NULL)
        {
          g_settings_set_string (fixture->settings, "kiosk-exit-pin", "0000");
          g_assert_true (kh_kiosk_try_exit (fixture->kiosk, "0000"));
          g_settings_reset (fixture->settings, "kiosk-exit-pin");
        }
      else
        gtk_window_destroy (GTK_WINDOW (fixture->window));
    }
  kh_test_wait_for (fixture->window == NULL, 2000);
  g_assert_null (fixture->window);
  g_clear_object (&fixture->app);
  g_settings_reset (fixture->settings, "language");
  g_settings_reset (fixture->settings, "region");
  g_clear_object (&fixture->settings);
  kh_i18n_set_language ("");
}

/* The module writes non-breaking hyphens and spaces as plain ones. */
static char *
normalize (const char *line)
{
  g_autoptr (GRegex) hyphens = g_regex_new ("[\u2010\u2011]", 0, 0, NULL);
  g_autoptr (GRegex) spaces = g_regex_new ("[\u00a0\u202f]", 0, 0, NULL);
  g_autofree char *plain = g_regex_replace_literal (hyphens, line, -1, 0, "-", 0, NULL);

  return g_regex_replace_literal (spaces, plain, -1, 0, " ", 0, NULL);
}

/* What the daemon was told, one "LANGUAGE|TEXT" a line. */
static GPtrArray *
read_spoken (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KH_SPEECH_OUT"), "spoken.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) split = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return g_steal_pointer (&lines);

  split = g_strsplit (contents, "\n", -1);
  for (guint i = 0; split[i] != NULL; i++)
    if (split[i][0] != '\0')
      g_ptr_array_add (lines, normalize (split[i]));

  return g_steal_pointer (&lines);
}

static guint
n_spoken (void)
{
  g_autoptr (GPtrArray) lines = read_spoken ();

  return lines->len;
}

static char *
expected_line (KhSpeechText *text,
               guint         index)
{
  g_autofree char *line = g_strdup_printf ("%s|%s", kh_speech_text_get_utterance_language (text, index),
                                           kh_speech_text_get_text (text, index));

  return normalize (line);
}

static KhSpeechText *
page_text (Fixture   *fixture,
           GtkWidget *page)
{
  KhSpeechText *text = kh_speech_text_new (kh_i18n_get_effective_language ());
  KhModels     *models = NULL;

  g_object_get (fixture->window, "models", &models, NULL);
  kh_speech_text_add_directory_numbers (text, kh_models_get_directory (models, NULL));
  g_object_unref (models);
  kh_readable_collect (KH_READABLE (page), text);

  return text;
}

static GtkWidget *
show_page (Fixture    *fixture,
           const char *id)
{
  GtkWidget *page;

  g_assert_true (kh_window_show_page (fixture->window, id));
  page = kh_window_get_page_widget (fixture->window, id);
  g_assert_true (KH_IS_READABLE (page));
  kh_test_wait_for_layout (GTK_WIDGET (fixture->window), id, 10000);

  return page;
}

static void
press_read_aloud (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->read_aloud), "speech.read", NULL));
}

/* Reads @id to its end and checks the daemon was told the page's text,
 * in order, each utterance in @language. */
static void
assert_page_read (Fixture    *fixture,
                  const char *id,
                  const char *language,
                  const char *first_text)
{
  GtkWidget *page = show_page (fixture, id);
  g_autoptr (KhSpeechText) text = page_text (fixture, page);
  g_autoptr (GPtrArray) lines = NULL;
  guint before = n_spoken ();
  guint finished = fixture->n_finished;

  g_assert_cmpstr (kh_speech_text_get_language (text), ==, language);
  g_assert_cmpuint (kh_speech_text_get_n_utterances (text), >, 5);
  g_assert_cmpstr (kh_speech_text_get_text (text, 0), ==, first_text);

  press_read_aloud (fixture);
  kh_test_wait_for (fixture->n_finished > finished, 60000);
  if (fixture->n_finished == finished)
    g_error ("reading %s did not finish: state %d, %u requests", id, kh_speech_get_state (fixture->speech),
             kh_speech_get_n_requests (fixture->speech));

  lines = read_spoken ();
  g_assert_cmpuint (lines->len - before, ==, kh_speech_text_get_n_utterances (text));
  for (guint i = 0; i < kh_speech_text_get_n_utterances (text); i++)
    {
      g_autofree char *expected = expected_line (text, i);

      if (g_strcmp0 (g_ptr_array_index (lines, before + i), expected) != 0)
        g_error ("%s in %s, utterance %u: the daemon was told\n  %s\nexpected\n  %s", id, language, i,
                 (char *) g_ptr_array_index (lines, before + i), expected);
    }
  /* the sources line last */
  g_assert_true (g_str_has_prefix (kh_speech_text_get_text (text, kh_speech_text_get_n_utterances (text) - 1),
                                   g_str_equal (language, "es") ? "Última revisión" : "Last reviewed"));
  g_assert_cmpint (kh_speech_get_state (fixture->speech), ==, KH_SPEECH_IDLE);
}

static void
test_overview (void)
{
  Fixture fixture = { 0 };

  fixture_start (&fixture, FALSE);
  assert_page_read (&fixture, "overview", "en", "Overview");

  g_action_group_change_action_state (G_ACTION_GROUP (fixture.app), "language", g_variant_new_string ("es"));
  g_assert_cmpstr (kh_i18n_get_effective_language (), ==, "es");
  assert_page_read (&fixture, "overview", "es", "Información general");

  fixture_stop (&fixture);
}

static gboolean
has_line (GPtrArray  *lines,
          guint       from,
          const char *line)
{
  for (guint i = from; i < lines->len; i++)
    if (g_str_equal (g_ptr_array_index (lines, i), line))
      return TRUE;

  return FALSE;
}

static void
assert_has_line (GPtrArray  *lines,
                 guint       from,
                 const char *line)
{
  if (!has_line (lines, from, line))
    {
      g_autoptr (GString) all = g_string_new (NULL);

      for (guint i = from; i < lines->len; i++)
        g_string_append_printf (all, "  %s\n", (char *) g_ptr_array_index (lines, i));
      g_error ("the daemon was not told \"%s\"; it was told:\n%s", line, all->str);
    }
}

/* Get help speaks each number so it can be dialled, with the service's
 * name, what it is and its hours. */
static void
test_help_numbers (void)
{
  Fixture fixture = { 0 };
  g_autoptr (GPtrArray) lines = NULL;
  guint before, finished;

  fixture_start (&fixture, FALSE);
  kh_window_set_region (fixture.window, "US");
  show_page (&fixture, "help");
  before = n_spoken ();
  finished = fixture.n_finished;
  press_read_aloud (&fixture);
  kh_test_wait_for (fixture.n_finished > finished, 60000);
  g_assert_cmpuint (fixture.n_finished, >, finished);

  lines = read_spoken ();
  assert_has_line (lines, before, "en|Call 9 1 1.");
  assert_has_line (lines, before, "en|Call 1, 800, 662, 4357. Also written 1-800-662-HELP");
  assert_has_line (lines, before, "en|Call 9 8 8.");
  assert_has_line (lines, before, "en|Call 1, 800, 222, 1222.");
  assert_has_line (lines, before, "en|SAMHSA National Helpline");
  for (guint i = before; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), "662-4357") != NULL)
      g_error ("a number was read as written, not in its groups: %s", (char *) g_ptr_array_index (lines, i));

  fixture_stop (&fixture);
}

/* The checklist: each question, its hint and its answer; the result. */
static void
test_checklist (void)
{
  Fixture fixture = { 0 };
  g_autoptr (GPtrArray) lines = NULL;
  g_autoptr (KhSpeechText) text = NULL;
  GtkWidget *page;
  guint      before, finished;

  fixture_start (&fixture, FALSE);
  page = show_page (&fixture, "checklist");
  text = page_text (&fixture, page);
  before = n_spoken ();
  finished = fixture.n_finished;
  press_read_aloud (&fixture);
  kh_test_wait_for (fixture.n_finished > finished, 60000);
  g_assert_cmpuint (fixture.n_finished, >, finished);

  lines = read_spoken ();
  g_assert_cmpuint (lines->len - before, ==, kh_speech_text_get_n_utterances (text));
  assert_has_line (lines, before, "en|Not answered yet.");

  fixture_stop (&fixture);
}

static double
sox_stat (const char *wav,
          const char *what)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { "sox", wav, "-n", "stat", NULL };
  const char *line;
  int         status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  /* sox prints its statistics on stderr */
  if (!(line = strstr (err, what)))
    g_error ("sox stat of %s has no \"%s\":\n%s", wav, what, err);
  line = strchr (line, ':');
  g_assert_nonnull (line);

  return g_ascii_strtod (line + 1, NULL);
}

/* Reads @sentence alone and returns the WAV espeak-ng made of it. */
static char *
render (Fixture    *fixture,
        const char *sentence)
{
  g_autoptr (KhSpeechText) text = kh_speech_text_new ("en");
  guint finished = fixture->n_finished;
  guint number;

  kh_speech_text_add (text, sentence, 0);
  kh_speech_speak (fixture->speech, text, 0);
  kh_test_wait_for (fixture->n_finished > finished, 30000);
  g_assert_cmpuint (fixture->n_finished, >, finished);
  number = n_spoken ();

  return g_strdup_printf ("%s/%u.wav", g_getenv ("KH_SPEECH_OUT"), number);
}

/* Real audio: espeak-ng renders what the app sent; it is not silent, and
 * more text lasts longer. */
static void
test_audio (void)
{
  Fixture          fixture = { 0 };
  g_autofree char *short_wav = NULL;
  g_autofree char *long_wav = NULL;
  double           short_length, long_length, rms;

  fixture_start (&fixture, FALSE);
  short_wav = render (&fixture, "Call 988.");
  long_wav = render (&fixture, "Call 988. In the US, Poison Help is 1-800-222-1222, free and open 24 hours a day, "
                               "every day of the year, in English and in Spanish.");

  short_length = sox_stat (short_wav, "Length (seconds)");
  long_length = sox_stat (long_wav, "Length (seconds)");
  rms = sox_stat (short_wav, "RMS     amplitude");
  g_test_message ("short: %.2f s, RMS %.3f; long: %.2f s", short_length, rms, long_length);
  g_assert_cmpfloat (short_length, >, 0.5);
  g_assert_cmpfloat (rms, >, 0.01);
  g_assert_cmpfloat (sox_stat (long_wav, "RMS     amplitude"), >, 0.01);
  g_assert_cmpfloat (long_length, >, 3 * short_length);

  fixture_stop (&fixture);
}

static gboolean
is_reading (GtkWidget    *widget,
            gconstpointer data)
{
  return gtk_widget_has_css_class (widget, "reading");
}

static GtkWidget *
find_reading (GtkWidget *widget)
{
  return kh_test_find_widget (widget, is_reading, NULL);
}

/* Switching language mid-page stops the English voice; the next reading
 * is Spanish, in a Spanish voice. */
static void
test_language_switch (void)
{
  Fixture fixture = { 0 };
  g_autoptr (GPtrArray) lines = NULL;
  GtkWidget *page;
  guint      at_switch, before = n_spoken ();

  fixture_start (&fixture, FALSE);
  page = show_page (&fixture, "overview");
  press_read_aloud (&fixture);
  kh_test_wait_for (n_spoken () >= before + 2, 20000);
  g_assert_cmpuint (n_spoken (), >=, 2);
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_SPEAKING);
  /* what is read is highlighted */
  g_assert_nonnull (find_reading (page));

  g_action_group_change_action_state (G_ACTION_GROUP (fixture.app), "language", g_variant_new_string ("es"));
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_IDLE);
  at_switch = before + kh_speech_get_n_requests (fixture.speech);

  page = show_page (&fixture, "overview");
  g_assert_null (find_reading (page));
  press_read_aloud (&fixture);
  kh_test_wait_for (n_spoken () >= at_switch + 2, 20000);
  kh_read_aloud_stop (fixture.read_aloud);

  lines = read_spoken ();
  g_assert_cmpuint (lines->len, >=, at_switch + 2);
  for (guint i = before; i < at_switch; i++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, i), "en|"));
  for (guint i = at_switch; i < lines->len; i++)
    if (!g_str_has_prefix (g_ptr_array_index (lines, i), "es|"))
      g_error ("after the switch to Spanish, line %u is %s", i, (char *) g_ptr_array_index (lines, i));
  g_assert_cmpstr (g_ptr_array_index (lines, at_switch), ==, "es|Información general");

  fixture_stop (&fixture);
}

/* Pause holds the reading, resume goes on; Escape stops; so does
 * another page. */
static void
test_pause_stop (void)
{
  Fixture    fixture = { 0 };
  GtkWidget *page;
  guint      count, before = n_spoken ();

  fixture_start (&fixture, FALSE);
  page = show_page (&fixture, "signs");
  press_read_aloud (&fixture);
  kh_test_wait_for (n_spoken () > before, 20000);
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_SPEAKING);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.read_aloud), "speech.pause-resume", NULL));
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_PAUSED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.read_aloud), "speech.pause-resume", NULL));
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_SPEAKING);
  count = n_spoken ();
  kh_test_wait_for (n_spoken () > count, 20000);
  g_assert_cmpuint (n_spoken (), >, count);

  /* Escape, anywhere in the window */
  gtk_widget_grab_focus (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.read_aloud), "speech.stop", NULL));
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_IDLE);
  g_assert_null (find_reading (page));

  /* another page */
  press_read_aloud (&fixture);
  g_assert_true (kh_speech_is_active (fixture.speech));
  show_page (&fixture, "faq");
  g_assert_false (kh_speech_is_active (fixture.speech));

  fixture_stop (&fixture);
}

static gboolean
spoken_since (guint       from,
              const char *line)
{
  g_autoptr (GPtrArray) lines = read_spoken ();

  return has_line (lines, from, line);
}

static gboolean
spoken_has (const char *line)
{
  return spoken_since (0, line);
}

/* Asks the daemon, as another client, to say @marker and waits until it
 * did: everything sent to it before has been said by then. */
static void
say_marker (const char *marker)
{
  g_autofree char *line = g_strdup_printf ("en|%s", marker);
  SPDConnection   *connection;
  char            *error = NULL;

  connection = spd_open2 ("kratom-help-test", "marker", NULL, SPD_MODE_SINGLE, NULL, FALSE, &error);
  if (connection == NULL)
    g_error ("no connection for the marker: %s", error);
  spd_set_language (connection, "en");
  g_assert_cmpint (spd_say (connection, SPD_MESSAGE, marker), >, 0);
  kh_test_wait_for (spoken_has (line), 20000);
  g_assert_true (spoken_has (line));
  spd_close (connection);
}

/* A kiosk visit that ends in the middle of a sentence stops speech: the
 * daemon gets no request of that visit after the reset. */
static void
test_kiosk_visit_end (void)
{
  Fixture fixture = { 0 };
  g_autoptr (GPtrArray) lines = NULL;
  guint sent, at_reset, before;

  /* whatever an earlier test sent is said by now */
  say_marker ("Before the visit");
  before = n_spoken ();
  fixture_start (&fixture, TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture.read_aloud)));
  show_page (&fixture, "signs");
  kh_kiosk_note_input (fixture.kiosk);
  press_read_aloud (&fixture);
  kh_test_wait_for (n_spoken () >= before + 2, 20000);
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_SPEAKING);

  kh_kiosk_end_visit (fixture.kiosk);
  g_assert_false (kh_speech_is_active (fixture.speech));
  at_reset = kh_speech_get_n_requests (fixture.speech);

  say_marker ("End of the visit");
  lines = read_spoken ();
  /* At most the request the daemon was answering at the reset, sent
   * before it, and nothing after: every line but the marker is one of
   * the requests the daemon took. */
  sent = kh_speech_get_n_requests (fixture.speech);
  g_assert_cmpuint (sent, <=, at_reset + 1);
  g_assert_cmpuint (lines->len, ==, before + sent + 1);
  g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, "en|End of the visit");

  fixture_stop (&fixture);
}

/* Closing the window stops speech: nothing more reaches the daemon. */
static void
test_window_close (void)
{
  Fixture fixture = { 0 };
  g_autoptr (GPtrArray) lines = NULL;
  g_autoptr (KhSpeech) speech = NULL;
  guint before, sent, at_close;

  say_marker ("Before the window");
  before = n_spoken ();
  fixture_start (&fixture, FALSE);
  speech = g_object_ref (fixture.speech);
  show_page (&fixture, "helping");
  press_read_aloud (&fixture);
  kh_test_wait_for (n_spoken () > before, 20000);
  g_assert_true (kh_speech_is_active (speech));

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  kh_test_wait_for (fixture.window == NULL, 2000);
  g_assert_null (fixture.window);
  g_assert_false (kh_speech_is_active (speech));
  at_close = kh_speech_get_n_requests (speech);

  say_marker ("After the window closed");
  lines = read_spoken ();
  sent = kh_speech_get_n_requests (speech);
  g_assert_cmpuint (sent, <=, at_close + 1);
  g_assert_cmpuint (lines->len, ==, before + sent + 1);

  fixture_stop (&fixture);
}

static void
visit_ended_cb (KhKiosk  *kiosk,
                gboolean *ended)
{
  *ended = TRUE;
}

/* Speaking keeps a visit going only while the visitor is there: a kiosk
 * left reading all pages still asks "Are you still there?" and ends the
 * visit, which stops the reading. */
static void
test_kiosk_unattended (void)
{
  Fixture  fixture = { 0 };
  gboolean ended = FALSE;
  guint    before = n_spoken ();

  fixture_start (&fixture, TRUE);
  kh_kiosk_set_idle_timeout_ms (fixture.kiosk, 1500);
  kh_kiosk_set_countdown_ms (fixture.kiosk, 500);
  g_signal_connect (fixture.kiosk, "visit-ended", G_CALLBACK (visit_ended_cb), &ended);
  show_page (&fixture, "signs");
  kh_kiosk_note_input (fixture.kiosk);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.read_aloud), "speech.read-all", NULL));
  kh_test_wait_for (n_spoken () > before, 20000);
  g_assert_true (kh_speech_is_active (fixture.speech));

  kh_test_wait_for (ended, 30000);
  g_assert_true (ended);
  g_assert_false (kh_speech_is_active (fixture.speech));
  g_signal_handlers_disconnect_by_data (fixture.kiosk, &ended);

  fixture_stop (&fixture);
}

/* The daemon dies mid-sentence: the control says speech is not
 * available; nothing hangs, and nothing crashes. */
static void
test_daemon_dies (void)
{
  Fixture fixture = { 0 };
  int     pid = atoi (g_getenv ("KH_SPEECHD_PID"));
  guint   before = n_spoken ();
  gint64  start;

  fixture_start (&fixture, FALSE);
  show_page (&fixture, "treatment");
  press_read_aloud (&fixture);
  kh_test_wait_for (n_spoken () > before, 20000);
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_SPEAKING);

  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  start = g_get_monotonic_time ();
  kh_test_wait_for (kh_speech_get_state (fixture.speech) == KH_SPEECH_UNAVAILABLE, 10000);
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_UNAVAILABLE);
  g_test_message ("unavailable %.0f ms after the daemon died", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_true (g_str_has_prefix (kh_speech_get_message (fixture.speech), "Speech is not available"));
  kh_test_wait_for (kh_read_aloud_get_message_shown (fixture.read_aloud), 2000);
  g_assert_true (kh_read_aloud_get_message_shown (fixture.read_aloud));

  /* trying again does not hang either */
  press_read_aloud (&fixture);
  kh_test_wait_for (kh_speech_get_state (fixture.speech) == KH_SPEECH_UNAVAILABLE, 15000);
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_UNAVAILABLE);

  fixture_stop (&fixture);
}

static void
test_no_daemon (gconstpointer data)
{
  gboolean kiosk = GPOINTER_TO_INT (data);
  Fixture  fixture = { 0 };
  gint64   start;
  double   press_ms;

  fixture_start (&fixture, kiosk);
  show_page (&fixture, "overview");
  g_assert_false (kh_read_aloud_get_message_shown (fixture.read_aloud));

  start = g_get_monotonic_time ();
  press_read_aloud (&fixture);
  press_ms = (g_get_monotonic_time () - start) / 1000.0;
  kh_test_wait_for (kh_read_aloud_get_message_shown (fixture.read_aloud), 10000);
  g_test_message ("pressing took %.1f ms; explained after %.0f ms", press_ms,
                  (g_get_monotonic_time () - start) / 1000.0);
  /* the UI did not wait for the connection */
  g_assert_cmpfloat (press_ms, <, 50);
  g_assert_true (kh_read_aloud_get_message_shown (fixture.read_aloud));
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_UNAVAILABLE);
  if (kiosk)
    g_assert_cmpstr (kh_speech_get_message (fixture.speech), ==, "Speech is not available on this computer.");
  else
    g_assert_cmpstr (kh_speech_get_message (fixture.speech), ==,
                     "Speech is not available on this computer. Installing speech-dispatcher enables it.");
  g_assert_nonnull (kh_test_find_label (GTK_WIDGET (fixture.read_aloud), kh_speech_get_message (fixture.speech)));

  fixture_stop (&fixture);
}

/* A speech service that takes the connection and its name, then hangs up
 * when asked anything else: the app's first question after connecting. */
typedef struct
{
  int listen_fd;
  int n_hung_up;
} HangingDaemon;

static gpointer
hanging_daemon_thread (gpointer data)
{
  HangingDaemon *daemon = data;
  int            fd;

  /* the app's check that something listens, then libspeechd */
  while ((fd = accept (daemon->listen_fd, NULL, NULL)) >= 0)
    {
      char    buffer[512];
      ssize_t n;

      while ((n = read (fd, buffer, sizeof buffer - 1)) > 0)
        {
          static const char named[] = "208 OK CLIENT NAME SET\r\n";

          buffer[n] = '\0';
          if (strstr (buffer, "CLIENT_NAME") == NULL)
            {
              g_atomic_int_inc (&daemon->n_hung_up);
              break;
            }
          if (write (fd, named, sizeof named - 1) != (ssize_t) sizeof named - 1)
            break;
        }
      close (fd);
    }

  return NULL;
}

/* A service that hangs up right after the app connected is said to be
 * unavailable, as a missing one is: it does not take the app down. */
static void
test_hangs_up (void)
{
  g_autofree char   *dir = g_dir_make_tmp ("kh-hanging-XXXXXX", NULL);
  g_autofree char   *path = g_build_filename (dir, "speechd.sock", NULL);
  g_autofree char   *address = g_strdup_printf ("unix_socket:%s", path);
  g_autofree char   *old_address = g_strdup (g_getenv ("SPEECHD_ADDRESS"));
  struct sockaddr_un unix_address = { .sun_family = AF_UNIX };
  HangingDaemon      daemon = { 0 };
  GThread           *thread;
  Fixture            fixture = { 0 };

  g_assert_nonnull (dir);
  daemon.listen_fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  g_assert_cmpint (daemon.listen_fd, >=, 0);
  g_strlcpy (unix_address.sun_path, path, sizeof unix_address.sun_path);
  g_assert_cmpint (bind (daemon.listen_fd, (struct sockaddr *) &unix_address, sizeof unix_address), ==, 0);
  g_assert_cmpint (listen (daemon.listen_fd, 4), ==, 0);
  thread = g_thread_new ("hanging-daemon", hanging_daemon_thread, &daemon);
  /* before the app and its threads exist: nothing else reads it yet */
  g_setenv ("SPEECHD_ADDRESS", address, TRUE);

  fixture_start (&fixture, FALSE);
  show_page (&fixture, "overview");
  press_read_aloud (&fixture);
  kh_test_wait_for (kh_speech_get_state (fixture.speech) == KH_SPEECH_UNAVAILABLE, 15000);
  g_assert_cmpint (kh_speech_get_state (fixture.speech), ==, KH_SPEECH_UNAVAILABLE);
  g_assert_true (g_str_has_prefix (kh_speech_get_message (fixture.speech), "Speech is not available"));
  g_assert_cmpint (g_atomic_int_get (&daemon.n_hung_up), >=, 1);
  fixture_stop (&fixture);

  if (old_address != NULL)
    g_setenv ("SPEECHD_ADDRESS", old_address, TRUE);
  else
    g_unsetenv ("SPEECHD_ADDRESS");
  shutdown (daemon.listen_fd, SHUT_RDWR);
  g_thread_join (thread);
  close (daemon.listen_fd);
  g_unlink (path);
  g_rmdir (dir);
}

/* Only an English voice: Spanish text is not read in it; the control
 * says so. */
static void
test_no_spanish_voice (void)
{
  Fixture fixture = { 0 };
  g_autoptr (GPtrArray) lines = NULL;
  guint before = n_spoken ();

  fixture_start (&fixture, FALSE);
  g_action_group_change_action_state (G_ACTION_GROUP (fixture.app), "language", g_variant_new_string ("es"));
  show_page (&fixture, "overview");
  press_read_aloud (&fixture);
  kh_test_wait_for (kh_read_aloud_get_message_shown (fixture.read_aloud), 10000);
  g_assert_true (kh_read_aloud_get_message_shown (fixture.read_aloud));
  g_assert_cmpstr (kh_speech_get_message (fixture.speech), ==,
                   "No hay ninguna voz para Español instalada en este equipo, así que esta página no se puede leer "
                   "en voz alta.");
  g_assert_false (kh_speech_is_active (fixture.speech));
  g_assert_cmpuint (kh_speech_get_n_requests (fixture.speech), ==, 0);

  /* English is still read, in its voice */
  g_action_group_change_action_state (G_ACTION_GROUP (fixture.app), "language", g_variant_new_string ("en"));
  show_page (&fixture, "overview");
  press_read_aloud (&fixture);
  kh_test_wait_for (n_spoken () > before, 10000);
  kh_read_aloud_stop (fixture.read_aloud);
  lines = read_spoken ();
  g_assert_cmpuint (lines->len, >, before);
  for (guint i = before; i < lines->len; i++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, i), "en|"));

  fixture_stop (&fixture);
}

/* Read all pages goes on from page to page, each from its top, and ends
 * where it began. */
static void
visible_page_cb (KhWindow   *window,
                 GParamSpec *pspec,
                 GPtrArray  *shown)
{
  g_ptr_array_add (shown, g_strdup (kh_window_get_visible_page (window)));
}

/* Reading all pages goes on page after page in the sidebar's order, and
 * round from the last to the first. */
static void
test_read_all (void)
{
  static const char *const order[] = { "checklist", "plan", "craving", "help", "overview" };
  Fixture                  fixture = { 0 };
  g_autoptr (GPtrArray) lines = NULL;
  g_autoptr (GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  guint  before = n_spoken ();
  guint  finished;
  gulong handler;

  fixture_start (&fixture, FALSE);
  show_page (&fixture, "faq");
  finished = fixture.n_finished;
  handler = g_signal_connect (fixture.window, "notify::visible-page", G_CALLBACK (visible_page_cb), shown);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.read_aloud), "speech.read-all", NULL));
  /* the built-in pages after the last section, then round to the first */
  kh_test_wait_for (spoken_since (before, "en|Overview"), 120000);
  g_signal_handler_disconnect (fixture.window, handler);
  g_assert_cmpstr (kh_window_get_visible_page (fixture.window), ==, "overview");
  g_assert_true (kh_speech_is_active (fixture.speech));
  g_assert_cmpuint (fixture.n_finished, >=, finished + G_N_ELEMENTS (order));
  kh_read_aloud_stop (fixture.read_aloud);

  for (guint i = 0; i < MAX (shown->len, G_N_ELEMENTS (order)); i++)
    if (i >= shown->len || i >= G_N_ELEMENTS (order) || g_strcmp0 (g_ptr_array_index (shown, i), order[i]) != 0)
      g_error ("reading all pages showed page %u as \"%s\", expected \"%s\"", i,
               i < shown->len ? (char *) g_ptr_array_index (shown, i) : "(none)",
               i < G_N_ELEMENTS (order) ? order[i] : "(none)");

  lines = read_spoken ();
  assert_has_line (lines, before, "en|Questions and answers");
  assert_has_line (lines, before, "en|My plan");
  assert_has_line (lines, before, "en|Ride out a craving");
  assert_has_line (lines, before, "en|Get help");
  assert_has_line (lines, before, "en|Overview");

  fixture_stop (&fixture);
}

/* Fills My plan: a choice that calls for the safety line, a text. */
static void
fill_plan (KhPlan     *plan,
           const char *typed)
{
  KhPlanSheet *sheet = kh_plan_get_sheet (plan);
  int          use = kh_plan_sheet_find_question (sheet, KH_PLAN_QUESTION_USE);
  int          change = kh_plan_sheet_find_question (sheet, KH_PLAN_QUESTION_CHANGE);
  guint        n_text = 0;

  g_assert_cmpint (use, >=, 0);
  g_assert_cmpint (change, >=, 0);
  /* stopping, from using every day */
  kh_plan_set_choice (plan, use, kh_plan_sheet_find_option (sheet, use, KH_PLAN_OPTION_DAILY));
  kh_plan_set_choice (plan, change, kh_plan_sheet_find_option (sheet, change, KH_PLAN_OPTION_STOP));
  g_assert_true (kh_plan_get_needs_safety (plan));

  for (guint i = 0; i < kh_plan_sheet_get_n_questions (sheet); i++)
    if (kh_plan_sheet_get_question_kind (sheet, i) == KH_PLAN_KIND_TEXT && n_text++ == 0)
      kh_plan_set_text (plan, i, typed);
  g_assert_cmpuint (n_text, >, 1);
}

static guint
find_spoken (GPtrArray  *lines,
             guint       from,
             const char *line)
{
  for (guint i = from; i < lines->len; i++)
    if (g_str_equal (g_ptr_array_index (lines, i), line))
      return i;

  assert_has_line (lines, from, line);
  g_assert_not_reached ();
}

/* The question of use is one item: highlighted as a whole, found from
 * the focus in one of its choices; the page scrolls to what is read. */
static void
assert_plan_items (Fixture   *fixture,
                   GtkWidget *page,
                   int        use)
{
  g_autoptr (KhSpeechText) text = page_text (fixture, page);
  KhPlanSheet   *sheet = kh_plan_get_sheet (kh_plan_page_get_plan (KH_PLAN_PAGE (page)));
  GtkWidget     *control = kh_plan_page_get_question_widget (KH_PLAN_PAGE (page), use, 0);
  guint          n = kh_speech_text_get_n_utterances (text);
  guint          item = KH_READABLE_NO_ITEM;
  GtkWidget     *reading;
  GtkAdjustment *adjustment;

  for (guint i = 0; i < n && item == KH_READABLE_NO_ITEM; i++)
    if (g_str_equal (kh_speech_text_get_text (text, i), kh_plan_sheet_get_question_heading (sheet, use)))
      item = kh_speech_text_get_item (text, i);
  g_assert_cmpuint (item, !=, KH_READABLE_NO_ITEM);

  kh_readable_highlight (KH_READABLE (page), item);
  reading = find_reading (page);
  if (reading == NULL || !gtk_widget_has_css_class (reading, "plan-question") ||
      !gtk_widget_is_ancestor (control, reading))
    g_error ("highlighting item %u of My plan did not mark the question of use (marked %s)", item,
             reading != NULL ? G_OBJECT_TYPE_NAME (reading) : "nothing");

  gtk_widget_grab_focus (control);
  g_assert_cmpuint (kh_readable_get_focus_item (KH_READABLE (page)), ==, item);
  /* Read aloud starts at the focus: the next page is read from its top */
  gtk_root_set_focus (GTK_ROOT (fixture->window), NULL);

  /* the title at the top, the sources at the bottom */
  adjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (reading, GTK_TYPE_SCROLLED_WINDOW)));
  kh_readable_highlight (KH_READABLE (page), kh_speech_text_get_item (text, 0));
  kh_test_wait_for (gtk_adjustment_get_value (adjustment) == 0, 10000);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  kh_readable_highlight (KH_READABLE (page), kh_speech_text_get_item (text, n - 1));
  kh_test_wait_for (gtk_adjustment_get_value (adjustment) > 0, 10000);
  if (gtk_adjustment_get_value (adjustment) <= 0)
    g_error ("My plan did not scroll to its sources: scrolled %.0f of %.0f", gtk_adjustment_get_value (adjustment),
             gtk_adjustment_get_upper (adjustment));

  kh_readable_highlight (KH_READABLE (page), KH_READABLE_NO_ITEM);
  g_assert_null (find_reading (page));
}

/* My plan is read question by question with what is filled in, the
 * safety line where it is shown, in the language of the app. */
static void
assert_plan_read (Fixture    *fixture,
                  const char *language,
                  const char *title,
                  const char *safety_title,
                  const char *chosen_end,
                  const char *not_chosen_end,
                  const char *empty)
{
  GtkWidget   *page = show_page (fixture, "plan");
  KhPlan      *plan = kh_plan_page_get_plan (KH_PLAN_PAGE (page));
  KhPlanSheet *sheet = kh_plan_get_sheet (plan);
  int          use = kh_plan_sheet_find_question (sheet, KH_PLAN_QUESTION_USE);
  const char  *typed = g_str_equal (language, "es") ? "Caminar con Ana" : "Walk with Ana";
  g_autoptr (GPtrArray) lines = NULL;
  g_autofree char *line = NULL;
  guint            before = n_spoken ();
  guint            at;

  fill_plan (plan, typed);
  kh_test_wait_for_layout (GTK_WIDGET (fixture->window), "plan", 10000);
  assert_page_read (fixture, "plan", language, title);

  lines = read_spoken ();
  /* in the page's order: the title, the question of use with its
   * choices, the safety line after it, the text typed, a text left
   * empty */
  line = g_strdup_printf ("%s|%s", language, title);
  at = find_spoken (lines, before, line);
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("%s|%s", language, kh_plan_sheet_get_question_heading (sheet, use));
  at = find_spoken (lines, at, line);
  for (guint i = 0; i < kh_plan_sheet_get_n_options (sheet, use); i++)
    {
      g_autofree char *option =
          g_strconcat (kh_plan_sheet_get_option_label (sheet, use, i),
                       kh_plan_get_choice (plan, use) == (int) i ? chosen_end : not_chosen_end, NULL);

      g_clear_pointer (&line, g_free);
      line = g_strdup_printf ("%s|%s", language, option);
      if (find_spoken (lines, at, line) != at + 1 + (kh_plan_sheet_get_question_hint (sheet, use) != NULL) + i)
        g_error ("choice %u of the question of use was not read right after the question: %s", i, line);
    }
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("%s|%s", language, safety_title);
  at = find_spoken (lines, at, line);
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("%s|%s", language, typed);
  at = find_spoken (lines, at, line);
  g_clear_pointer (&line, g_free);
  line = g_strdup_printf ("%s|%s", language, empty);
  find_spoken (lines, at, line);

  assert_plan_items (fixture, page, use);
}

/* Ride out a craving, running: the step shown is read, with its title
 * first and its sources last, but not the pace or the time left. */
static void
assert_craving_running_read (Fixture *fixture)
{
  GtkWidget   *tool = show_page (fixture, "craving");
  KhPlan      *plan = NULL;
  KhPlanSheet *sheet;
  g_autoptr (KhSpeechText) text = NULL;
  gboolean step_read = FALSE;

  g_object_get (tool, "plan", &plan, NULL);
  sheet = kh_plan_get_sheet (plan);
  g_object_unref (plan);
  kh_craving_tool_start (KH_CRAVING_TOOL (tool), 5);
  g_assert_cmpint (kh_craving_tool_get_step (KH_CRAVING_TOOL (tool)), ==, 0);
  text = page_text (fixture, tool);
  g_assert_cmpstr (kh_speech_text_get_text (text, 0), ==, kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_TITLE));
  for (guint i = 0; i < kh_speech_text_get_n_utterances (text); i++)
    {
      const char *line = kh_speech_text_get_text (text, i);

      step_read |= g_str_equal (line, kh_plan_sheet_get_step_heading (sheet, 0));
      if (g_str_equal (line, kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_INHALE)) ||
          g_str_equal (line, kh_plan_sheet_get_text (sheet, KH_PLAN_TEXT_CRAVING_EXHALE)) ||
          (strstr (line, ":") != NULL && g_ascii_isdigit (line[0])))
        g_error ("the running craving tool read its pace or time left: %s", line);
    }
  if (!step_read)
    g_error ("the running craving tool did not read its step \"%s\"", kh_plan_sheet_get_step_heading (sheet, 0));
  kh_craving_tool_reset (KH_CRAVING_TOOL (tool));
}

static void
test_plan (void)
{
  Fixture fixture = { 0 };

  fixture_start (&fixture, FALSE);
  assert_plan_read (&fixture, "en", "My plan", "Before you stop", ": chosen.", ": not chosen.",
                    "Not filled in yet.");
  assert_page_read (&fixture, "craving", "en", "Ride out a craving");
  assert_craving_running_read (&fixture);

  g_action_group_change_action_state (G_ACTION_GROUP (fixture.app), "language", g_variant_new_string ("es"));
  g_assert_cmpstr (kh_i18n_get_effective_language (), ==, "es");
  assert_plan_read (&fixture, "es", "Mi plan", "Antes de dejar de consumir", ": elegido.", ": no elegido.",
                    "Todavía sin rellenar.");
  assert_page_read (&fixture, "craving", "es", "Dejar pasar las ansias");

  fixture_stop (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  kh_i18n_init (g_getenv ("KRATOM_HELP_LOCALEDIR"));

  g_test_add_func ("/read-aloud/fast/overview", test_overview);
  g_test_add_func ("/read-aloud/fast/help-numbers", test_help_numbers);
  g_test_add_func ("/read-aloud/fast/checklist", test_checklist);
  g_test_add_func ("/read-aloud/fast/audio", test_audio);
  g_test_add_func ("/read-aloud/fast/read-all", test_read_all);
  g_test_add_func ("/read-aloud/fast/plan", test_plan);
  g_test_add_func ("/read-aloud/english-only/no-spanish-voice", test_no_spanish_voice);
  g_test_add_func ("/read-aloud/live/language-switch", test_language_switch);
  g_test_add_func ("/read-aloud/live/pause-stop", test_pause_stop);
  g_test_add_func ("/read-aloud/live/kiosk-visit-end", test_kiosk_visit_end);
  g_test_add_func ("/read-aloud/live/kiosk-unattended", test_kiosk_unattended);
  g_test_add_func ("/read-aloud/live/window-close", test_window_close);
  /* last: the daemon is gone after it */
  g_test_add_func ("/read-aloud/live/daemon-dies", test_daemon_dies);
  g_test_add_data_func ("/read-aloud/no-daemon/desktop", GINT_TO_POINTER (FALSE), test_no_daemon);
  g_test_add_data_func ("/read-aloud/no-daemon/kiosk", GINT_TO_POINTER (TRUE), test_no_daemon);
  g_test_add_func ("/read-aloud/no-daemon/hangs-up", test_hangs_up);

  return g_test_run ();
}
