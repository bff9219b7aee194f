/* kh-kiosk-resets.c: what a kiosk puts back at the end of a visit
 *
 * The window's own state goes with the visit. What lives outside it is
 * put back here: the notice and the staff prompt, other windows and
 * popovers, what the app put on the clipboard, the style and the
 * language. Others may register more with kh_kiosk_register_reset().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-kiosk"

#include "config.h"

#include "kh-kiosk-private.h"

void
kh_kiosk_reset_entry_clear (gpointer data)
{
  ResetEntry *entry = data;

  g_free (entry->name);
}

/* The owner of some resets is gone: its state went with it. */
void
kh_kiosk_owner_finalized_cb (gpointer user_data,
                             GObject *where_the_object_was)
{
  KhKiosk *self = user_data;

  for (guint i = self->resets->len; i > 0; i--)
    if (g_array_index (self->resets, ResetEntry, i - 1).owner == (gpointer) where_the_object_was)
      g_array_remove_index (self->resets, i - 1);
}

/**
 * kh_kiosk_register_reset:
 * @self: a #KhKiosk
 * @name: a unique name for the state, such as "clipboard"
 * @owner: the object holding the state; the reset is dropped when it is
 *   finalized
 * @func: puts the state back as it was when the kiosk started
 *
 * For state a visitor can change outside the window's visit (another
 * window, something app-wide): the end of a visit clears it. What lives
 * in the window belongs in its #KhVisit instead, which the window drops
 * at the end of a visit. Resets run in the order they were registered,
 * before #KhKiosk::visit-ended.
 */
void
kh_kiosk_register_reset (KhKiosk         *self,
                         const char      *name,
                         gpointer         owner,
                         KhKioskResetFunc func)
{
  ResetEntry *entry;

  g_return_if_fail (KH_IS_KIOSK (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (func != NULL);

  for (guint i = 0; i < self->resets->len; i++)
    g_return_if_fail (!g_str_equal (g_array_index (self->resets, ResetEntry, i).name, name));

  g_array_set_size (self->resets, self->resets->len + 1);
  entry = &g_array_index (self->resets, ResetEntry, self->resets->len - 1);
  entry->name = g_strdup (name);
  entry->owner = owner;
  entry->func = func;

  if (owner != (gpointer) self)
    g_object_weak_ref (owner, kh_kiosk_owner_finalized_cb, self);
}

/**
 * kh_kiosk_dup_reset_names:
 *
 * Returns: (transfer full): the names of the registered resets, in the
 *   order they run
 */
GStrv
kh_kiosk_dup_reset_names (KhKiosk *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (KH_IS_KIOSK (self), NULL);

  for (guint i = 0; i < self->resets->len; i++)
    g_strv_builder_add (builder, g_array_index (self->resets, ResetEntry, i).name);

  return g_strv_builder_end (builder);
}

/* Reset: windows other than the kiosk's (About, a print dialog), and
 * every popover of the kiosk's window. */
static void
popdown_all (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget))
    gtk_popover_popdown (GTK_POPOVER (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    popdown_all (child);
}

static void
reset_dialogs (gpointer owner)
{
  KhKiosk *self = owner;
  GList   *windows;

  if (self->application != NULL)
    {
      windows = g_list_copy (gtk_application_get_windows (self->application));
      for (GList *l = windows; l != NULL; l = l->next)
        if (l->data != (gpointer) self->window)
          gtk_window_destroy (l->data);
      g_list_free (windows);
    }

  if (self->window != NULL)
    popdown_all (GTK_WIDGET (self->window));
}

static void
reset_notices (gpointer owner)
{
  KhKiosk *self = owner;

  kh_kiosk_hide_notice (self);
  kh_kiosk_hide_exit_prompt (self);
}

/* Reset: what the app put on the clipboard and the selection (a copied
 * number, selected text) is taken back. */
static void
reset_clipboard (gpointer owner)
{
  GdkDisplay   *display = gdk_display_get_default ();
  GdkClipboard *clipboards[2];

  if (display == NULL)
    return;

  clipboards[0] = gdk_display_get_clipboard (display);
  clipboards[1] = gdk_display_get_primary_clipboard (display);
  for (guint i = 0; i < G_N_ELEMENTS (clipboards); i++)
    if (gdk_clipboard_is_local (clipboards[i]) && gdk_clipboard_get_content (clipboards[i]) != NULL)
      gdk_clipboard_set_content (clipboards[i], NULL);
}

/* Reset: the language. The in-app language switch is a stateful
 * "app.language" action taking a language code ("" for the system's);
 * until it exists there is nothing to put back. */
static void
reset_language (gpointer owner)
{
  KhKiosk            *self = owner;
  GActionGroup       *group = G_ACTION_GROUP (self->application);
  const GVariantType *type;

  if (group == NULL || !g_action_group_has_action (group, "language"))
    return;

  type = g_action_group_get_action_parameter_type (group, "language");
  if (type == NULL || !g_variant_type_equal (type, G_VARIANT_TYPE_STRING))
    {
      g_warning ("app.language does not take a string: the language is not reset");
      return;
    }

  if (g_action_group_get_action_state_type (group, "language") != NULL)
    g_action_group_change_action_state (group, "language", g_variant_new_string (self->language));
  else
    g_action_group_activate_action (group, "language", g_variant_new_string (self->language));
}

static void
reset_style (gpointer owner)
{
  KhKiosk *self = owner;

  if (self->application != NULL && self->color_scheme != NULL &&
      g_action_group_has_action (G_ACTION_GROUP (self->application), "color-scheme"))
    g_action_group_change_action_state (G_ACTION_GROUP (self->application), "color-scheme",
                                        self->color_scheme);
}

/* What the kiosk puts back itself: all of it lives outside the window's
 * pages, which go with the visit. */
void
kh_kiosk_register_own_resets (KhKiosk *self)
{
  kh_kiosk_register_reset (self, "notices", self, reset_notices);
  kh_kiosk_register_reset (self, "dialogs-and-popovers", self, reset_dialogs);
  kh_kiosk_register_reset (self, "clipboard", self, reset_clipboard);
  kh_kiosk_register_reset (self, "style", self, reset_style);
  kh_kiosk_register_reset (self, "language", self, reset_language);
}
