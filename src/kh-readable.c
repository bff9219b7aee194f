/* kh-readable.c: a page that Read aloud can read
 *
 * Each page knows its own text and where it is on screen: Read aloud asks
 * the page shown for its utterances (a KhSpeechText) and tells it which
 * item to highlight as each is read. The helpers below are shared by the
 * pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-readable"

#include "config.h"

#include "kh-readable.h"

G_DEFINE_INTERFACE (KhReadable, kh_readable, GTK_TYPE_WIDGET)

static void
kh_readable_default_init (KhReadableInterface *iface)
{
}

/**
 * kh_readable_collect:
 * @self: a #KhReadable
 * @text: where the page's utterances are added
 *
 * Adds everything the page shows, in reading order.
 */
void
kh_readable_collect (KhReadable   *self,
                     KhSpeechText *text)
{
  g_return_if_fail (KH_IS_READABLE (self));
  g_return_if_fail (KH_IS_SPEECH_TEXT (text));

  KH_READABLE_GET_IFACE (self)->collect (self, text);
}

/**
 * kh_readable_get_focus_item:
 *
 * Returns: the item the keyboard focus is in, or %KH_READABLE_NO_ITEM
 */
guint
kh_readable_get_focus_item (KhReadable *self)
{
  KhReadableInterface *iface;

  g_return_val_if_fail (KH_IS_READABLE (self), KH_READABLE_NO_ITEM);

  iface = KH_READABLE_GET_IFACE (self);
  if (iface->get_focus_item == NULL)
    return KH_READABLE_NO_ITEM;

  return iface->get_focus_item (self);
}

/**
 * kh_readable_highlight:
 * @self: a #KhReadable
 * @item: the item being read, or %KH_READABLE_NO_ITEM
 *
 * Highlights @item and scrolls it into view.
 */
void
kh_readable_highlight (KhReadable *self,
                       guint       item)
{
  g_return_if_fail (KH_IS_READABLE (self));

  KH_READABLE_GET_IFACE (self)->highlight (self, item);
}

/**
 * kh_readable_find_item:
 * @focus: (nullable): the focus widget
 * @items: the widgets of a page's items, by item number; %NULL where an
 *   item has none
 * @n_items: how many
 *
 * Returns: the item whose widget holds @focus, or %KH_READABLE_NO_ITEM
 */
guint
kh_readable_find_item (GtkWidget        *focus,
                       GtkWidget *const *items,
                       guint             n_items)
{
  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    for (guint i = 0; i < n_items; i++)
      if (items[i] == widget)
        return i;

  return KH_READABLE_NO_ITEM;
}

/**
 * kh_readable_mark:
 * @highlighted: (inout): the widget highlighted until now, a reference
 * @widget: (nullable): the widget to highlight
 *
 * Moves the "reading" style class from one widget to another.
 */
void
kh_readable_mark (GtkWidget **highlighted,
                  GtkWidget  *widget)
{
  if (*highlighted == widget)
    return;

  if (*highlighted != NULL)
    gtk_widget_remove_css_class (*highlighted, "reading");
  g_clear_object (highlighted);

  if (widget != NULL)
    {
      *highlighted = g_object_ref (widget);
      gtk_widget_add_css_class (widget, "reading");
    }
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  GtkScrolledWindow *scroller = user_data;
  GtkAdjustment     *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  GtkWidget         *content = gtk_scrolled_window_get_child (scroller);
  graphene_rect_t    bounds;
  double             value, page, top, bottom;

  /* A widget built just now has no place yet: wait for the layout
   * (ticks come before it in a frame). */
  if (content == NULL || gtk_widget_get_height (widget) <= 0 ||
      !gtk_widget_compute_bounds (widget, content, &bounds))
    return G_SOURCE_CONTINUE;

  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  top = bounds.origin.y - 24;
  bottom = bounds.origin.y + bounds.size.height + 24;

  if (top < value || bottom - top > page)
    gtk_adjustment_set_value (adjustment, top);
  else if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, bottom - page);

  return G_SOURCE_REMOVE;
}

/**
 * kh_readable_scroll_to:
 * @scroller: the page's scrolled window
 * @widget: a widget inside it
 *
 * Scrolls @widget into view at the next frame if it is not in view: its
 * top a little below the top of the view if it is taller than the view
 * or above it, else its bottom a little above the bottom.
 */
void
kh_readable_scroll_to (GtkScrolledWindow *scroller,
                       GtkWidget         *widget)
{
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_add_tick_callback (widget, scroll_tick_cb, g_object_ref (scroller), g_object_unref);
}

static gboolean
is_read (GtkWidget *widget)
{
  /* Buttons are controls, not text; the band scale repeats the sentence
   * above it (and is hidden from screen readers for that reason). */
  return gtk_widget_get_visible (widget) && gtk_widget_get_child_visible (widget) && !GTK_IS_BUTTON (widget) &&
         !gtk_widget_has_css_class (widget, "band-scale");
}

static void
add_labels (KhSpeechText *text,
            GtkWidget    *widget,
            guint         item)
{
  if (!is_read (widget))
    return;

  if (GTK_IS_REVEALER (widget) && !gtk_revealer_get_reveal_child (GTK_REVEALER (widget)))
    return;

  if (GTK_IS_LABEL (widget))
    {
      kh_speech_text_add_once (text, gtk_label_get_text (GTK_LABEL (widget)), item);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_labels (text, child, item);
}

/**
 * kh_readable_add_labels:
 * @text: where to add
 * @widget: part of a page
 * @item: its item
 *
 * Adds the text of every label shown under @widget, in order, each once:
 * for the parts of a page that are text and nothing else. Buttons and
 * what is folded away are left out.
 */
void
kh_readable_add_labels (KhSpeechText *text,
                        GtkWidget    *widget,
                        guint         item)
{
  g_return_if_fail (KH_IS_SPEECH_TEXT (text));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  add_labels (text, widget, item);
}

static void
unmark (GtkWidget *widget,
        GtkWidget *keep)
{
  if (widget != keep)
    gtk_widget_remove_css_class (widget, "reading");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    unmark (child, keep);
}

/**
 * kh_readable_mark_in:
 * @page: a page
 * @widget: (nullable): the part of it to highlight
 *
 * Highlights @widget and nothing else of @page.
 */
void
kh_readable_mark_in (GtkWidget *page,
                     GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (page));

  unmark (page, widget);
  if (widget != NULL)
    gtk_widget_add_css_class (widget, "reading");
}
