/* kh-readable.h: a page that Read aloud can read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-speech-text.h"

G_BEGIN_DECLS

#define KH_TYPE_READABLE (kh_readable_get_type ())

G_DECLARE_INTERFACE (KhReadable, kh_readable, KH, READABLE, GtkWidget)

/* No item: nothing highlighted, or no item has the focus. */
#define KH_READABLE_NO_ITEM G_MAXUINT

/**
 * KhReadableInterface:
 * @collect: adds the page's text to a #KhSpeechText in reading order,
 *   each piece with the number of the item (a block, a service, a
 *   question) it belongs to; items are numbered from 0 in page order
 * @get_focus_item: the item the keyboard focus is in, or
 *   %KH_READABLE_NO_ITEM
 * @highlight: shows that an item is being read and scrolls it into view;
 *   %KH_READABLE_NO_ITEM takes the highlight away
 */
struct _KhReadableInterface
{
  GTypeInterface parent_iface;

  void (*collect) (KhReadable   *self,
                   KhSpeechText *text);
  guint (*get_focus_item) (KhReadable *self);
  void (*highlight) (KhReadable *self,
                     guint       item);
};

void  kh_readable_collect (KhReadable   *self,
                           KhSpeechText *text);
guint kh_readable_get_focus_item (KhReadable *self);
void  kh_readable_highlight (KhReadable *self,
                             guint       item);

/* For implementations */
guint kh_readable_find_item (GtkWidget        *focus,
                             GtkWidget *const *items,
                             guint             n_items);
void  kh_readable_mark (GtkWidget **highlighted,
                        GtkWidget  *widget);
void  kh_readable_mark_in (GtkWidget *page,
                           GtkWidget *widget);
void  kh_readable_add_labels (KhSpeechText *text,
                              GtkWidget    *widget,
                              guint         item);
void  kh_readable_scroll_to (GtkScrolledWindow *scroller,
                             GtkWidget         *widget);

G_END_DECLS
