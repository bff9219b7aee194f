/* kh-contact-row.c: one way to reach a service, with buttons to use it
 *
 * What kind of contact it is (phone, text message, website...), the number
 * or address in large type, its note, and its buttons: Call, Text or Open
 * website (through app.open-uri, the one door to the system), Copy, and
 * QR code, which shows a code a phone's camera can read. A kiosk hands
 * nothing to the system, so there the row has no Call button at all: the
 * number stays on the screen to be read, copied or scanned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-contact-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kh-contact-row.h"
#include "kh-qr-code.h"
#include "kh-widgets.h"
#include "kh-wrap-box.h"

/* How long "Copied" shows on the Copy button. */
#define COPIED_SECONDS 2

struct _KhContactRow
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkImage        *icon;
  GtkLabel        *type_label;
  GtkLabel        *value_label;
  GtkLabel        *note_label;
  GtkButton       *open_button;
  GtkImage        *open_icon;
  GtkLabel        *open_label;
  GtkButton       *copy_button;
  GtkLabel        *copy_label;
  GtkToggleButton *qr_toggle;
  GtkRevealer     *qr_revealer;
  GtkImage        *qr_image;
  GtkLabel        *qr_caption;

  /* owned */
  KhContact *contact;
  gboolean   emergency;
  gboolean   can_open;
  guint      copied_id;
};

G_DEFINE_FINAL_TYPE (KhContactRow, kh_contact_row, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CONTACT,
  PROP_EMERGENCY,
  PROP_CAN_OPEN,
  PROP_SHOW_QR_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
contact_type_name (KhContactType type)
{
  switch (type)
    {
    case KH_CONTACT_CALL:
      /* Translators: a way to reach a service: by a phone call */
      return _ ("Phone");
    case KH_CONTACT_TEXT:
      /* Translators: a way to reach a service: by text message (SMS) */
      return _ ("Text message");
    case KH_CONTACT_CHAT:
      return _ ("Chat online");
    case KH_CONTACT_WEB:
      return _ ("Website");
    case KH_CONTACT_TTY:
      return _ ("Textphone (TTY)");
    default:
      g_assert_not_reached ();
    }
}

static const char *
contact_icon_name (KhContactType type)
{
  switch (type)
    {
    case KH_CONTACT_CALL:
    case KH_CONTACT_TTY:
      return "call-start-symbolic";
    case KH_CONTACT_TEXT:
      return "mail-unread-symbolic";
    case KH_CONTACT_CHAT:
    case KH_CONTACT_WEB:
      return "send-to-symbolic";
    default:
      g_assert_not_reached ();
    }
}

static void
set_accessible_label (gpointer    widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
setup_open_button (KhContactRow *self)
{
  const char      *value = kh_contact_get_display_value (self->contact);
  g_autofree char *accessible = NULL;
  const char      *label;

  switch (kh_contact_get_contact_type (self->contact))
    {
    case KH_CONTACT_CALL:
    case KH_CONTACT_TTY:
      /* Translators: a button that hands a phone number to the system */
      label = _ ("Call");
      /* Translators: %s is a phone number */
      accessible = g_strdup_printf (_ ("Call %s"), value);
      break;
    case KH_CONTACT_TEXT:
      /* Translators: a button that starts a text message (SMS) */
      label = _ ("Text");
      /* Translators: %s is a phone number */
      accessible = g_strdup_printf (_ ("Send a text message to %s"), value);
      break;
    case KH_CONTACT_CHAT:
    case KH_CONTACT_WEB:
      label = _ ("Open website");
      /* Translators: %s is a web address */
      accessible = g_strdup_printf (_ ("Open %s"), value);
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_image_set_from_icon_name (self->open_icon, contact_icon_name (kh_contact_get_contact_type (self->contact)));
  gtk_label_set_text_with_mnemonic (self->open_label, label);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->open_button),
                                          g_variant_new_string (kh_contact_get_uri (self->contact)));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->open_button), kh_contact_get_uri (self->contact));
  set_accessible_label (self->open_button, accessible);
  if (self->emergency)
    gtk_widget_add_css_class (GTK_WIDGET (self->open_button), "destructive-action");
}

/* Not only hidden: without its action, nothing in a kiosk's window can
 * hand the address to the system. */
static void
sync_open_button (KhContactRow *self)
{
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->open_button), self->can_open ? "app.open-uri" : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), self->can_open);
}

static char *
dup_qr_caption (KhContact *contact)
{
  const char *value = kh_contact_get_display_value (contact);

  switch (kh_contact_get_contact_type (contact))
    {
    case KH_CONTACT_CALL:
    case KH_CONTACT_TTY:
      /* Translators: %s is a phone number */
      return g_strdup_printf (_ ("Scan with your phone’s camera to call %s"), value);
    case KH_CONTACT_TEXT:
      /* Translators: %s is a phone number */
      return g_strdup_printf (_ ("Scan with your phone’s camera to text %s"), value);
    case KH_CONTACT_CHAT:
    case KH_CONTACT_WEB:
      /* Translators: %s is a web address */
      return g_strdup_printf (_ ("Scan with your phone’s camera to open %s"), value);
    default:
      g_assert_not_reached ();
    }
}

/* The QR code, or no QR code button if the address is too long for one. */
static void
setup_qr_code (KhContactRow *self)
{
  g_autoptr (KhQrCode) code = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *accessible = NULL;

  if (!(code = kh_qr_code_new (kh_contact_get_uri (self->contact), KH_QR_LEVEL_M, &error)))
    {
      g_warning ("%s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->qr_toggle), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->qr_revealer), FALSE);
      return;
    }

  gtk_image_set_from_paintable (self->qr_image, GDK_PAINTABLE (code));
  /* Translators: %s is what the QR code holds, e.g. tel:988 */
  accessible = g_strdup_printf (_ ("QR code for %s"), kh_contact_get_uri (self->contact));
  set_accessible_label (self->qr_image, accessible);
  caption = dup_qr_caption (self->contact);
  gtk_label_set_text (self->qr_caption, caption);

  g_clear_pointer (&accessible, g_free);
  /* Translators: %s is a phone number or web address */
  accessible = g_strdup_printf (_ ("Show a QR code for %s"), kh_contact_get_display_value (self->contact));
  set_accessible_label (self->qr_toggle, accessible);
}

static void
kh_contact_row_constructed (GObject *object)
{
  KhContactRow    *self = (KhContactRow *) object;
  const char      *note;
  g_autofree char *accessible = NULL;

  G_OBJECT_CLASS (kh_contact_row_parent_class)->constructed (object);

  g_assert (self->contact != NULL);
  note = kh_contact_get_label (self->contact);

  gtk_image_set_from_icon_name (self->icon, contact_icon_name (kh_contact_get_contact_type (self->contact)));
  gtk_label_set_text (self->type_label, contact_type_name (kh_contact_get_contact_type (self->contact)));
  gtk_label_set_text (self->value_label, kh_contact_get_display_value (self->contact));
  if (self->emergency)
    gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "emergency-number");
  gtk_label_set_text (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);

  setup_open_button (self);
  sync_open_button (self);

  /* Translators: %s is a phone number or web address */
  accessible = g_strdup_printf (_ ("Copy %s"), kh_contact_get_display_value (self->contact));
  set_accessible_label (self->copy_button, accessible);

  setup_qr_code (self);
}

static gboolean
copied_timeout_cb (gpointer user_data)
{
  KhContactRow *self = user_data;

  gtk_label_set_text_with_mnemonic (self->copy_label, _ ("_Copy"));
  self->copied_id = 0;

  return G_SOURCE_REMOVE;
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KhContactRow *self = KH_CONTACT_ROW (widget);

  /* The value as written in the directory, which is what people paste
   * into a phone or a browser; the display value may be spaced out. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), kh_contact_get_value (self->contact));

  /* Say it worked where the person is looking. */
  gtk_label_set_text (self->copy_label, _ ("Copied"));
  g_clear_handle_id (&self->copied_id, g_source_remove);
  self->copied_id = g_timeout_add_seconds (COPIED_SECONDS, copied_timeout_cb, self);
}

static void
qr_toggle_active_cb (KhContactRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_QR_CODE]);
}

static void
kh_contact_row_dispose (GObject *object)
{
  KhContactRow *self = (KhContactRow *) object;
  GtkWidget    *child;

  g_clear_handle_id (&self->copied_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_CONTACT_ROW);
  /* The template's outer box, which it does not name */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kh_contact_row_parent_class)->dispose (object);
}

static void
kh_contact_row_finalize (GObject *object)
{
  KhContactRow *self = (KhContactRow *) object;

  g_clear_pointer (&self->contact, kh_contact_unref);

  G_OBJECT_CLASS (kh_contact_row_parent_class)->finalize (object);
}

static void
kh_contact_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KhContactRow *self = KH_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_boxed (value, self->contact);
      break;

    case PROP_EMERGENCY:
      g_value_set_boolean (value, self->emergency);
      break;

    case PROP_CAN_OPEN:
      g_value_set_boolean (value, self->can_open);
      break;

    case PROP_SHOW_QR_CODE:
      g_value_set_boolean (value, kh_contact_row_get_show_qr_code (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_contact_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KhContactRow *self = KH_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      self->contact = g_value_dup_boxed (value);
      break;

    case PROP_EMERGENCY:
      self->emergency = g_value_get_boolean (value);
      break;

    case PROP_CAN_OPEN:
      kh_contact_row_set_can_open (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_QR_CODE:
      kh_contact_row_set_show_qr_code (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_contact_row_class_init (KhContactRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kh_contact_row_constructed;
  object_class->dispose = kh_contact_row_dispose;
  object_class->finalize = kh_contact_row_finalize;
  object_class->get_property = kh_contact_row_get_property;
  object_class->set_property = kh_contact_row_set_property;

  properties[PROP_CONTACT] =
      g_param_spec_boxed ("contact", NULL, NULL, KH_TYPE_CONTACT,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* An emergency number: in large type, its Call button red. */
  properties[PROP_EMERGENCY] =
      g_param_spec_boolean ("emergency", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_OPEN] =
      g_param_spec_boolean ("can-open", NULL, NULL, TRUE,
                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_QR_CODE] =
      g_param_spec_boolean ("show-qr-code", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, icon);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, type_label);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, note_label);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, open_button);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, open_icon);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, open_label);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, copy_label);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, qr_toggle);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, qr_revealer);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, qr_image);
  gtk_widget_class_bind_template_child (widget_class, KhContactRow, qr_caption);
  gtk_widget_class_bind_template_callback (widget_class, qr_toggle_active_cb);

  /* Its own action, so that a lockdown can switch copying off. */
  gtk_widget_class_install_action (widget_class, "contact.copy", NULL, copy_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kh_contact_row_init (KhContactRow *self)
{
  self->can_open = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "contact");

  /* What the page's other text does: selectable where the lockdown allows it,
   * never a stop for Tab. */
  kh_label_follow_lockdown (self->type_label);
  kh_label_follow_lockdown (self->value_label);
  kh_label_follow_lockdown (self->note_label);
  kh_label_follow_lockdown (self->qr_caption);
}

/**
 * kh_contact_row_new:
 * @contact: the contact to show
 * @emergency: whether it is an emergency number
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
kh_contact_row_new (KhContact *contact,
                    gboolean   emergency)
{
  g_return_val_if_fail (contact != NULL, NULL);

  return g_object_new (KH_TYPE_CONTACT_ROW,
                       "contact", contact,
                       "emergency", emergency,
                       NULL);
}

/**
 * kh_contact_row_get_contact:
 *
 * Returns: (transfer none): the contact shown
 */
KhContact *
kh_contact_row_get_contact (KhContactRow *self)
{
  g_return_val_if_fail (KH_IS_CONTACT_ROW (self), NULL);

  return self->contact;
}

gboolean
kh_contact_row_get_emergency (KhContactRow *self)
{
  g_return_val_if_fail (KH_IS_CONTACT_ROW (self), FALSE);

  return self->emergency;
}

gboolean
kh_contact_row_get_can_open (KhContactRow *self)
{
  g_return_val_if_fail (KH_IS_CONTACT_ROW (self), FALSE);

  return self->can_open;
}

/**
 * kh_contact_row_set_can_open:
 * @can_open: %FALSE to leave out the Call, Text or Open website button,
 *   as a kiosk does
 */
void
kh_contact_row_set_can_open (KhContactRow *self,
                             gboolean      can_open)
{
  g_return_if_fail (KH_IS_CONTACT_ROW (self));

  can_open = !!can_open;
  if (self->can_open == can_open)
    return;

  self->can_open = can_open;
  if (self->contact != NULL)
    sync_open_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_OPEN]);
}

gboolean
kh_contact_row_get_show_qr_code (KhContactRow *self)
{
  g_return_val_if_fail (KH_IS_CONTACT_ROW (self), FALSE);

  return gtk_toggle_button_get_active (self->qr_toggle);
}

/**
 * kh_contact_row_set_show_qr_code:
 *
 * Shows or hides the QR code, as its toggle button does.
 */
void
kh_contact_row_set_show_qr_code (KhContactRow *self,
                                 gboolean      show_qr_code)
{
  g_return_if_fail (KH_IS_CONTACT_ROW (self));

  /* The toggle notifies, and the row with it. */
  gtk_toggle_button_set_active (self->qr_toggle, show_qr_code);
}
