/* kh-section-page.c: renders one content section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-section-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-callout.h"
#include "kh-clamp.h"
#include "kh-i18n.h"
#include "kh-readable.h"
#include "kh-section-page.h"
#include "kh-sources-list.h"
#include "kh-text-bin.h"
#include "kh-widgets.h"

struct _KhSectionPage
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkScrolledWindow *scroller;
  GtkBox            *column;

  /* owned */
  KhSection *section;
  GPtrArray *block_widgets;
  GtkWidget *highlighted;
  guint      highlight_id;
  guint      reveal_tick_id;
  int        first_height;
  guint      append_id;
  gboolean   first_tick_seen;
  gboolean   complete;

  /* read aloud: the page's items beyond its blocks, and the one read */
  GtkWidget *title_widget;
  GtkWidget *summary_widget;
  GtkWidget *sources_widget;
  guint      n_sources_shown;
  GtkWidget *reading;
};

/* The first step is what fits the height the page is first seen at, so
 * the page shows at once: at the normal text size a section shows about
 * 1.75 characters for each pixel of height (the Overview in a 1280 x 800
 * window: some 1,300 characters in 750 pixels). Then steps small enough
 * to take well under a frame each. */
#define CHARS_PER_100_PIXELS 175
#define DEFAULT_FIRST_HEIGHT 1080
#define NEXT_STEP_CHARS 600

static void kh_section_page_readable_init (KhReadableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KhSectionPage, kh_section_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KH_TYPE_READABLE, kh_section_page_readable_init))

enum
{
  PROP_0,
  PROP_SECTION,
  PROP_FIRST_HEIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_list (KhBlock *block)
{
  GtkWidget *list;

  list = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 6,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                       NULL);
  gtk_widget_add_css_class (list, "bullet-list");

  for (guint i = 0; i < kh_block_get_n_items (block); i++)
    gtk_box_append (GTK_BOX (list), kh_bullet_row_new (kh_body_label_new (kh_block_get_item (block, i))));

  return list;
}

static GtkWidget *
make_faq (KhBlock *block)
{
  g_auto (GStrv) paragraphs = NULL;
  GtkWidget *expander, *question, *answer;

  question = g_object_new (GTK_TYPE_LABEL,
                           "label", kh_block_get_question (block),
                           "wrap", TRUE,
                           "wrap-mode", PANGO_WRAP_WORD_CHAR,
                           "width-chars", KH_BODY_WIDTH_CHARS,
                           "xalign", 0.0f,
                           "hexpand", TRUE,
                           NULL);
  gtk_widget_add_css_class (question, "heading");

  answer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (answer, "faq-answer");
  paragraphs = g_strsplit (kh_block_get_answer (block), "\n\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    gtk_box_append (GTK_BOX (answer), kh_body_label_new (g_strstrip (paragraphs[i])));

  expander = gtk_expander_new (NULL);
  /* beside the arrow, in a row: see kh-text-bin.c */
  gtk_expander_set_label_widget (GTK_EXPANDER (expander), kh_text_bin_new (question));
  gtk_expander_set_child (GTK_EXPANDER (expander), answer);
  gtk_widget_add_css_class (expander, "faq");
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kh_block_get_question (block),
                                  -1);

  return expander;
}

static GtkWidget *
make_link (KhBlock *block)
{
  GtkWidget *button;

  button = g_object_new (GTK_TYPE_BUTTON,
                         "label", kh_block_get_label (block),
                         "halign", GTK_ALIGN_START,
                         "action-name", "win.show-section",
                         "action-target", g_variant_new_string (kh_block_get_target (block)),
                         NULL);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (button, "page-link");

  return button;
}

static GtkWidget *
make_block (KhBlock *block)
{
  GtkWidget *widget;

  switch (kh_block_get_block_type (block))
    {
    case KH_BLOCK_HEADING:
      widget = kh_heading_label_new (kh_block_get_text (block), 2);
      gtk_widget_add_css_class (widget, "title-3");
      return widget;

    case KH_BLOCK_PARAGRAPH:
      return kh_body_label_new (kh_block_get_text (block));

    case KH_BLOCK_LIST:
      return make_list (block);

    case KH_BLOCK_CALLOUT:
      return kh_callout_new (kh_block_get_style (block), kh_block_get_title (block), kh_block_get_text (block));

    case KH_BLOCK_FAQ:
      return make_faq (block);

    case KH_BLOCK_LINK:
      return make_link (block);

    default:
      g_assert_not_reached ();
    }
}

/* Roughly how much it costs to show a block: its text, and a little for
 * each widget. A question's answer is folded away but built (and styled)
 * with it. */
static gsize
block_length (KhBlock *block)
{
  gsize length = 40;

  if (kh_block_get_text (block) != NULL)
    length += strlen (kh_block_get_text (block));
  if (kh_block_get_question (block) != NULL)
    length += strlen (kh_block_get_question (block)) + 80;
  if (kh_block_get_answer (block) != NULL)
    length += strlen (kh_block_get_answer (block)) / 4;
  for (guint i = 0; i < kh_block_get_n_items (block); i++)
    length += strlen (kh_block_get_item (block, i)) + 40;

  return length;
}

/* Roughly the same for a source: a line or two, with a link. */
static gsize
source_length (const KhSource *source)
{
  return strlen (kh_source_get_title (source)) + strlen (kh_source_get_publisher (source)) + 40;
}

static gboolean
clear_highlight_cb (gpointer user_data)
{
  KhSectionPage *self = user_data;

  self->highlight_id = 0;
  if (self->highlighted != NULL)
    gtk_widget_remove_css_class (self->highlighted, "search-highlight");
  g_clear_object (&self->highlighted);

  return G_SOURCE_REMOVE;
}

/* Appends blocks until about @budget characters of text were added, and
 * the sources after the last block, in the same way. */
static void
append_blocks (KhSectionPage *self,
               gsize          budget)
{
  gsize added = 0;

  if (self->section == NULL || self->complete)
    return;

  while (self->block_widgets->len < kh_section_get_n_blocks (self->section) && added < budget)
    {
      KhBlock   *block = kh_section_get_block (self->section, self->block_widgets->len);
      GtkWidget *widget = make_block (block);

      gtk_widget_add_css_class (widget, "block");
      gtk_box_append (self->column, widget);
      g_ptr_array_add (self->block_widgets, widget);
      added += block_length (block);
    }

  if (self->block_widgets->len < kh_section_get_n_blocks (self->section))
    return;

  /* Then the sources, a few at a time too: there may be thirty. */
  if (self->sources_widget == NULL)
    {
      g_autoptr (GPtrArray) none = g_ptr_array_new ();

      self->sources_widget = kh_sources_list_new (none, kh_section_get_reviewed (self->section));
      gtk_box_append (self->column, self->sources_widget);
    }
  while (self->n_sources_shown < kh_section_get_n_sources (self->section) && added < budget)
    {
      KhSource *source = kh_section_get_source (self->section, self->n_sources_shown++);

      kh_sources_list_append (KH_SOURCES_LIST (self->sources_widget), source);
      added += source_length (source);
    }

  self->complete = self->n_sources_shown == kh_section_get_n_sources (self->section);
}

/* One step a frame, in the frame's update phase: steps run as idles
 * would pile up while the frame clock waits for the next frame, and
 * that frame would lay them all out at once. */
static gboolean
append_more_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  KhSectionPage *self = KH_SECTION_PAGE (widget);

  /* not in the frame that first shows the page */
  if (!self->first_tick_seen)
    {
      self->first_tick_seen = TRUE;
      return G_SOURCE_CONTINUE;
    }

  append_blocks (self, NEXT_STEP_CHARS);
  if (self->complete)
    {
      self->append_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
stop_appending (KhSectionPage *self)
{
  if (self->append_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->append_id);
  self->append_id = 0;
}

/**
 * kh_section_page_rebuild:
 * @self: a #KhSectionPage
 *
 * Draws the page again from its section, in the current language.
 */
void
kh_section_page_rebuild (KhSectionPage *self)
{
  GtkWidget *child;
  GtkWidget *widget;

  g_return_if_fail (KH_IS_SECTION_PAGE (self));

  /* The highlighted block is about to go: nothing left to highlight or
   * scroll to. */
  g_clear_handle_id (&self->highlight_id, g_source_remove);
  clear_highlight_cb (self);

  stop_appending (self);
  kh_readable_mark (&self->reading, NULL);
  self->title_widget = self->summary_widget = self->sources_widget = NULL;
  self->n_sources_shown = 0;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->column))))
    gtk_box_remove (self->column, child);
  g_ptr_array_set_size (self->block_widgets, 0);
  self->complete = FALSE;

  if (self->section == NULL)
    return;

  widget = kh_heading_label_new (kh_section_get_title (self->section), 1);
  gtk_widget_add_css_class (widget, "title-1");
  gtk_widget_add_css_class (widget, "page-title");
  gtk_box_append (self->column, widget);
  self->title_widget = widget;

  widget = kh_body_label_new (kh_section_get_summary (self->section));
  gtk_widget_add_css_class (widget, "summary");
  gtk_box_append (self->column, widget);
  self->summary_widget = widget;

  /* A screenful first, so the page shows at once; the rest follows in
   * small steps after it has been painted. */
  append_blocks (self, (gsize) self->first_height * CHARS_PER_100_PIXELS / 100);
  if (!self->complete)
    {
      self->first_tick_seen = FALSE;
      self->append_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), append_more_cb, NULL, NULL);
    }
}

/**
 * kh_section_page_ensure_complete:
 * @self: a #KhSectionPage
 *
 * Builds whatever part of the page is still waiting to be built.
 */
void
kh_section_page_ensure_complete (KhSectionPage *self)
{
  g_return_if_fail (KH_IS_SECTION_PAGE (self));

  stop_appending (self);
  append_blocks (self, G_MAXSIZE);
}

static void
kh_section_page_dispose (GObject *object)
{
  KhSectionPage *self = (KhSectionPage *) object;

  g_clear_handle_id (&self->highlight_id, g_source_remove);
  stop_appending (self);
  if (self->reveal_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick_id);
  self->reveal_tick_id = 0;
  g_clear_object (&self->highlighted);
  g_clear_object (&self->reading);

  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_SECTION_PAGE);
  g_clear_object (&self->section);

  G_OBJECT_CLASS (kh_section_page_parent_class)->dispose (object);
}

static void
kh_section_page_finalize (GObject *object)
{
  KhSectionPage *self = (KhSectionPage *) object;

  g_clear_pointer (&self->block_widgets, g_ptr_array_unref);

  G_OBJECT_CLASS (kh_section_page_parent_class)->finalize (object);
}

static void
kh_section_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KhSectionPage *self = KH_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    case PROP_FIRST_HEIGHT:
      g_value_set_int (value, self->first_height);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_section_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KhSectionPage *self = KH_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      self->section = g_value_dup_object (value);
      break;

    case PROP_FIRST_HEIGHT:
      self->first_height = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_section_page_constructed (GObject *object)
{
  KhSectionPage *self = (KhSectionPage *) object;

  G_OBJECT_CLASS (kh_section_page_parent_class)->constructed (object);

  kh_section_page_rebuild (self);
}

/* The text scrolls, so the page's size never depends on its text's
 * height; yet the scrolled window measures its content at every width
 * it is asked about, and the window asks at its minimum width too. One
 * question for the height keeps each paragraph laid out once per width
 * it is really shown at. */
static void
kh_section_page_measure (GtkWidget     *widget,
                         GtkOrientation orientation,
                         int            for_size,
                         int           *minimum,
                         int           *natural,
                         int           *minimum_baseline,
                         int           *natural_baseline)
{
  KhSectionPage *self = KH_SECTION_PAGE (widget);

  gtk_widget_measure (GTK_WIDGET (self->scroller), orientation, -1, minimum, natural, NULL, NULL);
  *minimum_baseline = *natural_baseline = -1;
}

static void
kh_section_page_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  KhSectionPage *self = KH_SECTION_PAGE (widget);

  gtk_widget_allocate (GTK_WIDGET (self->scroller), width, height, baseline, NULL);
}

static GtkSizeRequestMode
kh_section_page_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
kh_section_page_class_init (KhSectionPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_section_page_dispose;
  object_class->finalize = kh_section_page_finalize;
  object_class->get_property = kh_section_page_get_property;
  object_class->set_property = kh_section_page_set_property;
  object_class->constructed = kh_section_page_constructed;

  properties[PROP_SECTION] =
      g_param_spec_object ("section", NULL, NULL, KH_TYPE_SECTION,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * KhSectionPage:first-height:
   *
   * The height the page is first seen at, in pixels at the normal text
   * size: the first step builds what fits it, the rest follows.
   */
  properties[PROP_FIRST_HEIGHT] =
      g_param_spec_int ("first-height", NULL, NULL, 1, G_MAXINT / CHARS_PER_100_PIXELS, DEFAULT_FIRST_HEIGHT,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_CLAMP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-section-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KhSectionPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, KhSectionPage, column);

  widget_class->measure = kh_section_page_measure;
  widget_class->size_allocate = kh_section_page_size_allocate;
  widget_class->get_request_mode = kh_section_page_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "sectionpage");
}

static void
kh_section_page_init (KhSectionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->block_widgets = g_ptr_array_new ();
}

/**
 * kh_section_page_new:
 * @section: the section to show
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
kh_section_page_new (KhSection *section)
{
  g_return_val_if_fail (KH_IS_SECTION (section), NULL);

  return g_object_new (KH_TYPE_SECTION_PAGE, "section", section, NULL);
}

/**
 * kh_section_page_new_for_height:
 * @section: the section to show
 * @first_height: the height it is first seen at, in pixels at the normal
 *   text size
 *
 * Returns: (transfer floating): a new page that first builds what fits
 *   @first_height, and the rest in the frames after
 */
GtkWidget *
kh_section_page_new_for_height (KhSection *section,
                                int        first_height)
{
  g_return_val_if_fail (KH_IS_SECTION (section), NULL);

  return g_object_new (KH_TYPE_SECTION_PAGE, "section", section, "first-height", MAX (first_height, 1), NULL);
}

/**
 * kh_section_page_get_section:
 *
 * Returns: (transfer none): the section shown
 */
KhSection *
kh_section_page_get_section (KhSectionPage *self)
{
  g_return_val_if_fail (KH_IS_SECTION_PAGE (self), NULL);

  return self->section;
}

/**
 * kh_section_page_get_block_widget:
 *
 * Returns: (transfer none) (nullable): the widget that shows block @index
 */
GtkWidget *
kh_section_page_get_block_widget (KhSectionPage *self,
                                  guint          index)
{
  g_return_val_if_fail (KH_IS_SECTION_PAGE (self), NULL);

  if (index >= self->block_widgets->len)
    kh_section_page_ensure_complete (self);
  if (index >= self->block_widgets->len)
    return NULL;

  return g_ptr_array_index (self->block_widgets, index);
}

void
kh_section_page_scroll_to_top (KhSectionPage *self)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (KH_IS_SECTION_PAGE (self));

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  KhSectionPage   *self = KH_SECTION_PAGE (widget);
  GtkAdjustment   *adjustment;
  graphene_point_t point;

  if (self->highlighted == NULL)
    {
      self->reveal_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  /* Wait until the page, and the block itself, have been laid out: a
   * block built just now (further down than the first screenful) has
   * no place yet, and would be found at the top. Ticks come before
   * layout in a frame. */
  if (gtk_widget_get_height (self->highlighted) <= 0 ||
      gtk_widget_get_height (GTK_WIDGET (self->column)) <= 0 ||
      !gtk_widget_compute_point (self->highlighted, GTK_WIDGET (self->column),
                                 &GRAPHENE_POINT_INIT (0, 0), &point))
    return G_SOURCE_CONTINUE;

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, MAX (point.y - 24, 0));
  self->reveal_tick_id = 0;

  return G_SOURCE_REMOVE;
}

/**
 * kh_section_page_reveal_block:
 * @self: a #KhSectionPage
 * @index: a block of the section
 *
 * Scrolls to a block, opens it if it is a question, and highlights it
 * for a moment, as after choosing a search result.
 */
void
kh_section_page_reveal_block (KhSectionPage *self,
                              guint          index)
{
  GtkWidget *widget;

  g_return_if_fail (KH_IS_SECTION_PAGE (self));

  if (!(widget = kh_section_page_get_block_widget (self, index)))
    return;

  if (GTK_IS_EXPANDER (widget))
    gtk_expander_set_expanded (GTK_EXPANDER (widget), TRUE);

  g_clear_handle_id (&self->highlight_id, g_source_remove);
  clear_highlight_cb (self);
  self->highlighted = g_object_ref (widget);
  gtk_widget_add_css_class (widget, "search-highlight");
  self->highlight_id = g_timeout_add_seconds (3, clear_highlight_cb, self);

  if (self->reveal_tick_id == 0)
    self->reveal_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_tick_cb, NULL, NULL);
}

/**
 * kh_section_page_get_highlighted_block:
 *
 * Returns: (transfer none) (nullable): the block widget highlighted now
 */
GtkWidget *
kh_section_page_get_highlighted_block (KhSectionPage *self)
{
  g_return_val_if_fail (KH_IS_SECTION_PAGE (self), NULL);

  return self->highlighted;
}

/* Read aloud ------------------------------------------------------------
 * Items: 0 the title, 1 the summary, then each block, then the sources. */

#define FIRST_BLOCK_ITEM 2

static GPtrArray *
dup_items (KhSectionPage *self)
{
  GPtrArray *items = g_ptr_array_new ();

  kh_section_page_ensure_complete (self);
  g_ptr_array_add (items, self->title_widget);
  g_ptr_array_add (items, self->summary_widget);
  for (guint i = 0; i < self->block_widgets->len; i++)
    g_ptr_array_add (items, g_ptr_array_index (self->block_widgets, i));
  g_ptr_array_add (items, self->sources_widget);

  return items;
}

static void
kh_section_page_collect (KhReadable   *readable,
                         KhSpeechText *text)
{
  KhSectionPage *self = KH_SECTION_PAGE (readable);
  guint          n_blocks;

  if (self->section == NULL)
    return;

  kh_section_page_ensure_complete (self);
  kh_speech_text_add (text, kh_section_get_title (self->section), 0);
  kh_speech_text_add (text, kh_section_get_summary (self->section), 1);
  n_blocks = kh_section_get_n_blocks (self->section);
  for (guint i = 0; i < n_blocks; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->block_widgets, i);

      /* Open answers are read; closed questions only as questions. */
      kh_speech_text_add_block (text, kh_section_get_block (self->section, i),
                                GTK_IS_EXPANDER (widget) && gtk_expander_get_expanded (GTK_EXPANDER (widget)),
                                FIRST_BLOCK_ITEM + i);
    }
  kh_speech_text_add_sources (text, self->section, FIRST_BLOCK_ITEM + n_blocks);
}

static guint
kh_section_page_get_focus_item (KhReadable *readable)
{
  KhSectionPage *self = KH_SECTION_PAGE (readable);
  GtkRoot       *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr (GPtrArray) items = NULL;
  GtkWidget *focus;

  if (root == NULL || !(focus = gtk_root_get_focus (root)) || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return KH_READABLE_NO_ITEM;

  items = dup_items (self);
  return kh_readable_find_item (focus, (GtkWidget *const *) items->pdata, items->len);
}

static void
kh_section_page_highlight (KhReadable *readable,
                           guint       item)
{
  KhSectionPage *self = KH_SECTION_PAGE (readable);
  g_autoptr (GPtrArray) items = dup_items (self);
  GtkWidget *widget = item < items->len ? g_ptr_array_index (items, item) : NULL;

  kh_readable_mark (&self->reading, widget);
  if (widget != NULL)
    kh_readable_scroll_to (self->scroller, widget);
}

static void
kh_section_page_readable_init (KhReadableInterface *iface)
{
  iface->collect = kh_section_page_collect;
  iface->get_focus_item = kh_section_page_get_focus_item;
  iface->highlight = kh_section_page_highlight;
}
