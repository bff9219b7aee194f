/* kh-text-warmer.c: the first screen's letters drawn ahead, in a thread
 *
 * Drawing a letter the first time costs far more than drawing it again:
 * FreeType loads its outline, runs the font's hinting program on it and
 * turns it into a small picture, which cairo keeps, for each font and
 * size, for every later use in the process. On the kiosk's first frame
 * that was two thirds of the painting, and some of the measuring (a
 * letter's size comes from the same place).
 *
 * Once a window is styled, before it is measured, this copies what its
 * visible labels will show (their text and attributes, their fonts and
 * font settings) and has a thread draw it once on a scrap surface:
 *   1. while the window is measured: find the fonts (the thread has a
 *      Pango font map of its own, as Pango wants) and shape the text;
 *   2. from when the window is mapped (measuring done: it asks FreeType
 *      for the size of every letter, and FreeType works on one letter of
 *      a font at a time, so drawing meanwhile would have the window
 *      wait) until the window starts its first paint: draw.
 * cairo's fonts, and the pictures of letters they keep, are shared by
 * the whole process and made to be used from any thread; the window then
 * finds its letters drawn. Nothing of the window is touched by the
 * thread, and what it has not drawn by the first paint the window draws
 * itself, as it would have anyway.
 *
 * On a two-core machine the other core is also the display server's:
 * the thread runs at a lower priority (Linux: nice 10, this thread only)
 * so that the server is not kept waiting, and it draws a few letters at
 * a time, so the window never waits long for a font the thread is
 * drawing with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-text-warmer"

#include "config.h"

#include "kh-text-warmer.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

/* A screenful: a window shows a few dozen labels of a few hundred
 * characters. */
#define MAX_TEXTS 200
#define MAX_TEXT_CHARS 1000
/* letters drawn at a time, between looks at whether to stop */
#define CHUNK_GLYPHS 16
/* the most the thread waits to be let draw: a window that is never
 * mapped, nor unrealized */
#define MAX_WAIT_US (10 * G_USEC_PER_SEC)
#define LOWER_PRIORITY 10

/* What one label shows, in data the thread owns. */
typedef struct
{
  char                 *text;
  PangoAttrList        *attributes;
  PangoFontDescription *font;
  PangoLanguage        *language;
  cairo_font_options_t *options;
  double                resolution;
  gboolean              round_positions;
} Text;

/* Shared by the thread and the main thread. */
struct _KhTextWarmer
{
  gatomicrefcount  ref_count;
  GMutex           mutex;
  GCond            cond;
  gboolean         may_draw; /* under mutex */
  int              stop;     /* atomic */
  GPtrArray       *texts;
  guint            n_glyphs;
  KhTextWarmerDone done;
  gpointer         done_data;
};

static void
text_free (gpointer data)
{
  Text *text = data;

  g_free (text->text);
  g_clear_pointer (&text->attributes, pango_attr_list_unref);
  g_clear_pointer (&text->font, pango_font_description_free);
  g_clear_pointer (&text->options, cairo_font_options_destroy);
  g_free (text);
}

static Text *
text_new_for_label (GtkLabel *label)
{
  PangoLayout                *layout = gtk_label_get_layout (label);
  PangoContext               *context = pango_layout_get_context (layout);
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (context);
  PangoAttrList              *attributes = pango_layout_get_attributes (layout);
  const char                 *string;
  Text                       *text;

  text = g_new0 (Text, 1);
  string = pango_layout_get_text (layout);
  text->text = g_utf8_strlen (string, -1) > MAX_TEXT_CHARS ? g_utf8_substring (string, 0, MAX_TEXT_CHARS)
                                                           : g_strdup (string);
  text->attributes = attributes != NULL ? pango_attr_list_copy (attributes) : NULL;
  text->font = pango_font_description_copy (pango_context_get_font_description (context));
  text->language = pango_context_get_language (context);
  text->options = options != NULL ? cairo_font_options_copy (options) : NULL;
  text->resolution = pango_cairo_context_get_resolution (context);
  text->round_positions = pango_context_get_round_glyph_positions (context);

  return text;
}

/* The labels under @widget a first frame draws: shown, in shown parents
 * (a stack hides its other pages from their children, a revealer its
 * folded child), in the window itself (not in a popover). */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child) || GTK_IS_NATIVE (child) ||
          texts->len >= MAX_TEXTS)
        continue;

      if (GTK_IS_LABEL (child) && gtk_label_get_text (GTK_LABEL (child))[0] != '\0')
        g_ptr_array_add (texts, text_new_for_label (GTK_LABEL (child)));
      collect_texts (child, texts);
    }
}

/**
 * kh_text_warmer_collect:
 * @root: a styled widget
 *
 * Returns: (transfer container) (element-type utf8): the texts
 *   kh_text_warmer_new() would draw for @root (shown or not), for tests
 */
GPtrArray *
kh_text_warmer_collect (GtkWidget *root)
{
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (text_free);
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (GTK_IS_WIDGET (root), strings);

  collect_texts (root, texts);
  for (guint i = 0; i < texts->len; i++)
    g_ptr_array_add (strings, g_strdup (((Text *) g_ptr_array_index (texts, i))->text));

  return strings;
}

static KhTextWarmer *
warm_ref (KhTextWarmer *warm)
{
  g_atomic_ref_count_inc (&warm->ref_count);
  return warm;
}

static void
warm_unref (gpointer data)
{
  KhTextWarmer *warm = data;

  if (!g_atomic_ref_count_dec (&warm->ref_count))
    return;

  g_mutex_clear (&warm->mutex);
  g_cond_clear (&warm->cond);
  g_ptr_array_unref (warm->texts);
  g_free (warm);
}

static void
warm_closure_notify (gpointer  data,
                     GClosure *closure)
{
  warm_unref (data);
}

static gboolean
warm_done_cb (gpointer data)
{
  KhTextWarmer *warm = data;

  if (warm->done != NULL)
    warm->done (warm->texts->len, warm->n_glyphs, warm->done_data);

  return G_SOURCE_REMOVE;
}

/* Every run of glyphs, a few at a time, at the surface's corner so that
 * none falls outside it (cairo makes no picture of what it would clip
 * away). The runs come from the lines themselves: an iterator would
 * measure them first, asking FreeType for letters' sizes while the
 * window is asking for the same. */
static void
draw_layout (KhTextWarmer *warm,
             cairo_t      *cr,
             PangoLayout  *layout)
{
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    for (GSList *r = ((PangoLayoutLine *) l->data)->runs; r != NULL; r = r->next)
      {
        PangoGlyphItem *run = r->data;

        for (int i = 0; i < run->glyphs->num_glyphs; i += CHUNK_GLYPHS)
          {
            PangoGlyphString chunk = {
              .num_glyphs = MIN (CHUNK_GLYPHS, run->glyphs->num_glyphs - i),
              .glyphs = run->glyphs->glyphs + i,
              .log_clusters = run->glyphs->log_clusters + i,
            };

            if (g_atomic_int_get (&warm->stop))
              return;
            cairo_move_to (cr, 0, 32);
            pango_cairo_show_glyph_string (cr, run->item->analysis.font, &chunk);
            warm->n_glyphs += chunk.num_glyphs;
          }
      }
}

static gpointer
warm_thread (gpointer data)
{
  KhTextWarmer *warm = data;
  g_autoptr (PangoFontMap) font_map = pango_cairo_font_map_new ();
  g_autoptr (GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  gint64   give_up = g_get_monotonic_time () + MAX_WAIT_US;
  gboolean may_draw;

#ifdef __linux__
  /* this thread only: on Linux a thread has a priority of its own */
  (void) setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), LOWER_PRIORITY);
#endif

  /* 1. fonts found and text shaped, as the labels will be */
  for (guint i = 0; i < warm->texts->len && !g_atomic_int_get (&warm->stop); i++)
    {
      Text         *text = g_ptr_array_index (warm->texts, i);
      PangoContext *context = pango_font_map_create_context (font_map);
      PangoLayout  *layout;

      pango_context_set_font_description (context, text->font);
      pango_context_set_language (context, text->language);
      pango_cairo_context_set_resolution (context, text->resolution);
      pango_cairo_context_set_font_options (context, text->options);
      pango_context_set_round_glyph_positions (context, text->round_positions);

      layout = pango_layout_new (context);
      pango_layout_set_text (layout, text->text, -1);
      pango_layout_set_attributes (layout, text->attributes);
      pango_layout_get_lines_readonly (layout);
      g_ptr_array_add (layouts, layout);
      g_object_unref (context);
    }

  /* 2. drawn between the window's measuring and its first paint */
  g_mutex_lock (&warm->mutex);
  while (!warm->may_draw && g_cond_wait_until (&warm->cond, &warm->mutex, give_up))
    ;
  may_draw = warm->may_draw;
  g_mutex_unlock (&warm->mutex);

  if (may_draw && !g_atomic_int_get (&warm->stop))
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
      cairo_t         *cr = cairo_create (surface);

      for (guint i = 0; i < layouts->len && !g_atomic_int_get (&warm->stop); i++)
        draw_layout (warm, cr, g_ptr_array_index (layouts, i));
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, warm_done_cb, warm, warm_unref);

  return NULL;
}

/**
 * kh_text_warmer_new:
 * @root: a styled widget
 * @done: (nullable) (scope async): called in the main context once the
 *   thread has finished, with the number of texts and of letters drawn
 * @user_data: for @done
 *
 * Copies the text of the labels @root shows (whether @root itself is
 * shown yet or not) and starts a thread that
 * finds their fonts and shapes them, then waits for
 * kh_text_warmer_draw() (at most ten seconds) to draw them, until
 * kh_text_warmer_stop(). Returns at once.
 *
 * Returns: (transfer full): the warmer, for kh_text_warmer_draw(),
 *   kh_text_warmer_stop() and kh_text_warmer_unref()
 */
KhTextWarmer *
kh_text_warmer_new (GtkWidget       *root,
                    KhTextWarmerDone done,
                    gpointer         user_data)
{
  KhTextWarmer *warm;

  g_return_val_if_fail (GTK_IS_WIDGET (root), NULL);

  warm = g_new0 (KhTextWarmer, 1);
  /* one for the caller, one for the thread */
  g_atomic_ref_count_init (&warm->ref_count);
  warm_ref (warm);
  g_mutex_init (&warm->mutex);
  g_cond_init (&warm->cond);
  warm->texts = g_ptr_array_new_with_free_func (text_free);
  warm->done = done;
  warm->done_data = user_data;
  collect_texts (root, warm->texts);

  g_thread_unref (g_thread_new ("kh-text-warmer", warm_thread, warm));

  return warm;
}

/**
 * kh_text_warmer_draw:
 *
 * Lets the thread draw, once it has shaped the text.
 */
void
kh_text_warmer_draw (KhTextWarmer *self)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->mutex);
  self->may_draw = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);
}

/**
 * kh_text_warmer_stop:
 *
 * Has the thread stop after the few letters it may be drawing, and
 * draw nothing if it has not started to.
 */
void
kh_text_warmer_stop (KhTextWarmer *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_int_set (&self->stop, TRUE);
  kh_text_warmer_draw (self);
}

void
kh_text_warmer_unref (KhTextWarmer *self)
{
  g_return_if_fail (self != NULL);

  warm_unref (self);
}

/* The window has been measured: the thread may draw. */
static void
root_mapped_cb (GtkWidget    *root,
                KhTextWarmer *warm)
{
  g_signal_handlers_disconnect_by_func (root, root_mapped_cb, warm);
  kh_text_warmer_draw (warm);
}

/* The window paints, or is gone: the thread stops. */
static void
stop_cb (gpointer      instance,
         KhTextWarmer *warm)
{
  g_signal_handlers_disconnect_by_data (instance, warm);
  kh_text_warmer_stop (warm);
}

/**
 * kh_text_warmer_attach:
 * @window: a window, styled and not yet measured: at its realize
 * @done: (nullable) (scope async): as for kh_text_warmer_new()
 * @user_data: for @done
 *
 * Draws the text of @window's first frame ahead of it: copied now, drawn
 * from when @window is mapped until its first paint, or until it is
 * unrealized.
 */
void
kh_text_warmer_attach (GtkWidget       *window,
                       KhTextWarmerDone done,
                       gpointer         user_data)
{
  KhTextWarmer *warm;

  g_return_if_fail (GTK_IS_WIDGET (window));
  g_return_if_fail (gtk_widget_get_realized (window));

  warm = kh_text_warmer_new (window, done, user_data);
  g_signal_connect_data (window, "map", G_CALLBACK (root_mapped_cb), warm_ref (warm), warm_closure_notify, 0);
  g_signal_connect_data (window, "unrealize", G_CALLBACK (stop_cb), warm_ref (warm), warm_closure_notify, 0);
  g_signal_connect_data (gtk_widget_get_frame_clock (window), "before-paint", G_CALLBACK (stop_cb), warm_ref (warm),
                         warm_closure_notify, 0);
  warm_unref (warm);
}
