/* kh-widgets.c: small widget factories shared by the pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-widgets"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "kh-lockdown.h"
#include "kh-text-bin.h"
#include "kh-widgets.h"

/* Selecting text may have taken the label into the focus chain: reading
 * text is no stop for Tab. */
static void
label_selectable_changed_cb (GtkWidget *label)
{
  gtk_widget_set_focusable (label, FALSE);
}

/* In a window with a lockdown (a #KhWindow), the label can be selected
 * only while the lockdown allows it. */
static void
label_root_changed_cb (GtkWidget *label)
{
  GtkRoot    *root = gtk_widget_get_root (label);
  GParamSpec *pspec;
  KhLockdown *lockdown = NULL;

  if (root == NULL ||
      !(pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (root), "lockdown")) ||
      pspec->value_type != KH_TYPE_LOCKDOWN)
    return;

  g_object_get (root, "lockdown", &lockdown, NULL);
  if (lockdown == NULL)
    return;

  g_object_bind_property (lockdown, "can-select-text", label, "selectable", G_BINDING_SYNC_CREATE);
  g_object_unref (lockdown);
}

/**
 * kh_label_follow_lockdown:
 * @label: a label meant to be selectable
 *
 * Makes @label selectable with the pointer where the window it is shown
 * in allows it (#KhLockdown:can-select-text: a kiosk does not, since
 * selected text can be dragged out of the app), and never a stop for Tab.
 */
void
kh_label_follow_lockdown (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_selectable (label, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (label), FALSE);
  g_signal_connect (label, "notify::selectable", G_CALLBACK (label_selectable_changed_cb), NULL);
  g_signal_connect (label, "notify::root", G_CALLBACK (label_root_changed_cb), NULL);
  label_root_changed_cb (GTK_WIDGET (label));
}

/**
 * kh_body_label_new:
 * @text: (nullable): plain text
 *
 * A label for reading: wraps, starts at the left, can be selected with
 * the pointer where the window allows it (kh_label_follow_lockdown())
 * but is not a keyboard stop, so Tab goes from one control to
 * the next instead of through every paragraph. ("focusable" is not
 * enough: GTK 4.8 still lets a selectable label swallow Tab.) It is
 * never narrower than %KH_BODY_WIDTH_CHARS characters.
 *
 * Returns: (transfer floating): the label
 */
GtkWidget *
kh_body_label_new (const char *text)
{
  GtkWidget *label;

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", text,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "xalign", 0.0f,
                        "halign", GTK_ALIGN_FILL,
                        "width-chars", KH_BODY_WIDTH_CHARS,
                        NULL);
  gtk_widget_add_css_class (label, "body");
  kh_label_follow_lockdown (GTK_LABEL (label));

  return label;
}

/**
 * kh_bullet_row_new:
 * @text: (transfer floating): the item's text, a wrapping label
 *
 * A list item: a bullet (a dot, drawn by the style), and @text beside it
 * taking the rest of the row.
 * The text is in a #KhTextBin, which asks it for its width alone: the
 * row would otherwise ask a wrapping label for its width at the row's
 * height, laying its text out about ten times.
 *
 * Returns: (transfer floating): the row, to append to a list
 */
GtkWidget *
kh_bullet_row_new (GtkWidget *text)
{
  GtkWidget *row, *bullet;

  g_return_val_if_fail (GTK_IS_WIDGET (text), NULL);

  row = g_object_new (GTK_TYPE_BOX,
                      "orientation", GTK_ORIENTATION_HORIZONTAL,
                      "spacing", 10,
                      "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                      NULL);
  /* A dot the style draws (style.css, .bullet), not a bold "•": that
   * character was the only text in a bold font of the body's size on most
   * pages, and loading a font for it was a fiftieth of the first frame. */
  bullet = g_object_new (GTK_TYPE_BOX,
                         "valign", GTK_ALIGN_START,
                         "halign", GTK_ALIGN_START,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                         NULL);
  gtk_widget_add_css_class (bullet, "bullet");
  gtk_widget_set_hexpand (text, TRUE);

  gtk_box_append (GTK_BOX (row), bullet);
  gtk_box_append (GTK_BOX (row), kh_text_bin_new (text));

  return row;
}

/**
 * kh_heading_label_new:
 * @text: plain text
 * @level: heading level, 1 for a page title
 *
 * Returns: (transfer floating): a label with the heading role, so that
 *   screen reader users can jump between headings
 */
GtkWidget *
kh_heading_label_new (const char *text,
                      int         level)
{
  GtkWidget *label;

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", text,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "width-chars", KH_HEADING_WIDTH_CHARS,
                        "xalign", 0.0f,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                        NULL);
  kh_label_follow_lockdown (GTK_LABEL (label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);

  return label;
}

/**
 * kh_label_activate_link_cb:
 *
 * Sends a link clicked in a label through the app.open-uri action, the
 * one door through which the app hands addresses to the system (and which
 * kiosk mode can shut).
 *
 * Returns: %TRUE, the link is handled
 */
gboolean
kh_label_activate_link_cb (GtkLabel   *label,
                           const char *uri,
                           gpointer    user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (label), "app.open-uri", "s", uri);
  return TRUE;
}

/**
 * kh_widget_foreach:
 * @root: a widget
 * @func: called for @root and each of its descendants, parents first
 * @user_data: passed to @func
 *
 * Visits a whole widget tree, for changes that apply to every widget of a
 * kind in it (text scale, folding questions, scrolling back).
 */
void
kh_widget_foreach (GtkWidget   *root,
                   KhWidgetFunc func,
                   gpointer     user_data)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (func != NULL);

  func (root, user_data);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kh_widget_foreach (child, func, user_data);
}

/**
 * kh_freshness_dup_now:
 *
 * The tests set `KH_TEST_NOW` (`YYYY-MM-DD`) to see the app as it would
 * be on another day; nothing else reads it.
 *
 * Returns: (transfer full): the current local time
 */
GDateTime *
kh_freshness_dup_now (void)
{
  const char *fake = g_getenv ("KH_TEST_NOW");
  int         year, month, day;

  if (fake != NULL && sscanf (fake, "%4d-%2d-%2d", &year, &month, &day) == 3)
    {
      GDateTime *now = g_date_time_new_local (year, month, day, 12, 0, 0);

      if (now != NULL)
        return now;
    }

  return g_date_time_new_now_local ();
}

/**
 * kh_freshness_is_stale:
 * @checked: the day something was last checked against its sources
 * @now: the current time
 *
 * Returns: whether more than 12 months have passed since @checked
 */
gboolean
kh_freshness_is_stale (GDateTime *checked,
                       GDateTime *now)
{
  g_autoptr (GDateTime) expires = NULL;
  int year, month, day, now_year, now_month, now_day;

  g_return_val_if_fail (checked != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  /* By calendar day: a check on 1 December is good to 1 December of
   * the next year, whatever the hour or time zone. */
  expires = g_date_time_add_months (checked, 12);
  g_date_time_get_ymd (expires, &year, &month, &day);
  g_date_time_get_ymd (now, &now_year, &now_month, &now_day);

  return (now_year * 10000 + now_month * 100 + now_day) > (year * 10000 + month * 100 + day);
}

/**
 * kh_freshness_label_new:
 * @checked: (nullable): the day the page was last checked
 *
 * Returns: (transfer floating) (nullable): a quiet line saying that laws
 *   and services change and where to check them, if @checked is more
 *   than 12 months ago; else %NULL
 */
GtkWidget *
kh_freshness_label_new (GDateTime *checked)
{
  g_autoptr (GDateTime) now = kh_freshness_dup_now ();
  GtkWidget *label;

  if (checked == NULL || !kh_freshness_is_stale (checked, now))
    return NULL;

  label = kh_body_label_new (_ ("This page was checked more than a year ago. Laws, medicines and "
                                "services change: a doctor, a pharmacist or your local health "
                                "service can tell you what applies now."));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "stale-notice");
  return label;
}

/**
 * kh_widget_set_tooltip:
 * @widget: a widget
 * @text: (nullable): its tooltip, %NULL for none
 *
 * Does what gtk_widget_set_tooltip_text() does (the tooltip, and the
 * accessible description it gives), without asking the window system
 * where the pointer is while @widget is not on screen. GTK 4.8 asks that
 * each time the tooltip of a visible widget changes, mapped or not, in
 * case the pointer is over it: on X11 a round trip to the server, under
 * a grab of the whole server. The header's buttons made that a dozen
 * round trips before the first frame. A widget that is not mapped
 * cannot be under the pointer, so its tooltip is set while it is
 * hidden, which asks nothing.
 */
void
kh_widget_set_tooltip (GtkWidget  *widget,
                       const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_widget_get_mapped (widget) || !gtk_widget_get_visible (widget))
    {
      gtk_widget_set_tooltip_text (widget, text);
      return;
    }

  gtk_widget_set_visible (widget, FALSE);
  gtk_widget_set_tooltip_text (widget, text);
  gtk_widget_set_visible (widget, TRUE);
}
