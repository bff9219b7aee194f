/* kh-help-page.c: the Get help page: emergency numbers and services
 *
 * Shows one region at a time: its emergency numbers first, then a
 * clinic's own services, then the bundled ones. Every number and address
 * can be read off the screen, copied, handed to the system (through
 * app.open-uri, which kiosk mode can shut) or taken away as a QR code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-help-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kh-callout.h"
#include "kh-clamp.h"
#include "kh-help-page.h"
#include "kh-help-print.h"
#include "kh-i18n.h"
#include "kh-qr-code.h"
#include "kh-readable-pages.h"
#include "kh-widgets.h"
#include "kh-wrap-box.h"

/* Big enough for a phone camera at arm's length from a kiosk screen. */
#define QR_CODE_SIZE 200

/* How long "Copied" shows on a Copy button. */
#define COPIED_SECONDS 2

struct _KhHelpPage
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkScrolledWindow *scroller;
  GtkDropDown       *region_dropdown;
  GtkToggleButton   *qr_button;
  GtkWidget         *print_button;
  GtkBox            *emergency_box;
  GtkWidget         *local_error_box;
  GtkLabel          *local_error_details;
  GtkBox            *services_box;
  GtkLabel          *reviewed_label;

  /* owned */
  KhDirectory *directory;
  GError      *local_error;
  char        *region;
  GPtrArray   *region_codes;
  gboolean     show_qr_codes;
  gboolean     updating_dropdown;
  /* kiosk mode: no Call, Text or Open website, only the QR codes */
  gboolean        cannot_open;
  KhHelpPrintMode print_mode;

  /* borrowed: the QR code toggles of the page as built */
  GPtrArray *qr_toggles;
};

/* Read aloud: in kh-readable-pages.c */
G_DEFINE_FINAL_TYPE_WITH_CODE (KhHelpPage, kh_help_page, GTK_TYPE_WIDGET, G_IMPLEMENT_INTERFACE (KH_TYPE_READABLE, kh_help_page_readable_init))

enum
{
  PROP_0,
  PROP_DIRECTORY,
  PROP_LOCAL_ERROR,
  PROP_REGION,
  PROP_SHOWN_REGION,
  PROP_SHOW_QR_CODES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* An icon and a label with a mnemonic, for a button's child. */
static GtkWidget *
make_button_content (const char *icon_name,
                     const char *label,
                     GtkWidget **out_label)
{
  GtkWidget *box, *image, *text;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  image = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", icon_name,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  text = gtk_label_new_with_mnemonic (label);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), text);

  if (out_label != NULL)
    *out_label = text;

  return box;
}

static GtkWidget *
make_button (const char *icon_name,
             const char *label)
{
  GtkWidget *button, *text;

  button = g_object_new (GTK_TYPE_BUTTON,
                         "child", make_button_content (icon_name, label, &text),
                         NULL);
  g_object_set_data (G_OBJECT (button), "kh-label", text);

  return button;
}

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

static GtkWidget *
make_open_button (KhContact *contact)
{
  const char      *value = kh_contact_get_display_value (contact);
  g_autofree char *accessible = NULL;
  const char      *label;
  GtkWidget       *button;

  switch (kh_contact_get_contact_type (contact))
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

  button = make_button (contact_icon_name (kh_contact_get_contact_type (contact)), label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.open-uri");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (kh_contact_get_uri (contact)));
  gtk_widget_set_tooltip_text (button, kh_contact_get_uri (contact));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_add_css_class (button, "open-button");

  return button;
}

static gboolean
copied_timeout_cb (gpointer user_data)
{
  GtkWidget *button = user_data;
  GtkLabel  *label = g_object_get_data (G_OBJECT (button), "kh-label");

  gtk_label_set_text_with_mnemonic (label, _ ("_Copy"));
  g_object_set_data (G_OBJECT (button), "kh-copied-id", NULL);

  return G_SOURCE_REMOVE;
}

static void
copy_clicked_cb (GtkButton *button)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (button), "kh-label");
  guint     id = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kh-copied-id"));

  /* Say it worked where the person is looking. */
  gtk_label_set_text (label, _ ("Copied"));
  if (id != 0)
    g_source_remove (id);
  id = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, COPIED_SECONDS, copied_timeout_cb,
                                   g_object_ref (button), g_object_unref);
  g_object_set_data (G_OBJECT (button), "kh-copied-id", GUINT_TO_POINTER (id));
}

static GtkWidget *
make_copy_button (KhContact *contact)
{
  g_autofree char *accessible = NULL;
  GtkWidget       *button;

  button = make_button ("edit-copy-symbolic", _ ("_Copy"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "help.copy");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (kh_contact_get_value (contact)));
  /* Translators: %s is a phone number or web address */
  accessible = g_strdup_printf (_ ("Copy %s"), kh_contact_get_display_value (contact));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_signal_connect (button, "clicked", G_CALLBACK (copy_clicked_cb), NULL);
  gtk_widget_add_css_class (button, "copy-button");

  return button;
}

static char *
qr_caption (KhContact *contact)
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

/* The QR code and its toggle, or %NULL if the address is too long. */
static GtkWidget *
make_qr_revealer (KhHelpPage *self,
                  KhContact  *contact,
                  GtkWidget **out_toggle)
{
  g_autoptr (KhQrCode) code = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget       *revealer, *box, *image, *label, *toggle;

  if (!(code = kh_qr_code_new (kh_contact_get_uri (contact), KH_QR_LEVEL_M, &error)))
    {
      g_warning ("%s", error->message);
      return NULL;
    }

  caption = qr_caption (contact);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_widget_add_css_class (box, "qr-code");

  image = gtk_image_new_from_paintable (GDK_PAINTABLE (code));
  gtk_image_set_pixel_size (GTK_IMAGE (image), QR_CODE_SIZE);
  gtk_widget_set_halign (image, GTK_ALIGN_START);
  gtk_widget_set_name (image, "qr-code");
  /* Translators: %s is what the QR code holds, e.g. tel:988 */
  accessible = g_strdup_printf (_ ("QR code for %s"), kh_contact_get_uri (contact));
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_box_append (GTK_BOX (box), image);

  label = kh_body_label_new (caption);
  gtk_widget_add_css_class (label, "caption");
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_box_append (GTK_BOX (box), label);

  revealer = g_object_new (GTK_TYPE_REVEALER,
                           "child", box,
                           "transition-type", GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN,
                           "reveal-child", self->show_qr_codes,
                           NULL);

  toggle = g_object_new (GTK_TYPE_TOGGLE_BUTTON,
                         "child", make_button_content ("view-grid-symbolic", _ ("_QR code"), NULL),
                         "active", self->show_qr_codes,
                         NULL);
  g_object_bind_property (toggle, "active", revealer, "reveal-child", G_BINDING_DEFAULT);
  g_clear_pointer (&accessible, g_free);
  /* Translators: %s is a phone number or web address */
  accessible = g_strdup_printf (_ ("Show a QR code for %s"), kh_contact_get_display_value (contact));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_add_css_class (toggle, "qr-toggle");
  g_ptr_array_add (self->qr_toggles, toggle);

  *out_toggle = toggle;
  return revealer;
}

static GtkWidget *
make_contact (KhHelpPage *self,
              KhContact  *contact,
              gboolean    emergency)
{
  GtkWidget  *box, *head, *icon, *texts, *label, *buttons, *button, *revealer, *toggle = NULL;
  const char *note = kh_contact_get_label (contact);

  box = g_object_new (GTK_TYPE_BOX,
                      "orientation", GTK_ORIENTATION_VERTICAL,
                      "spacing", 8,
                      NULL);
  gtk_widget_add_css_class (box, "contact");

  head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", contact_icon_name (kh_contact_get_contact_type (contact)),
                       "valign", GTK_ALIGN_CENTER,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  gtk_widget_add_css_class (icon, "contact-icon");
  gtk_box_append (GTK_BOX (head), icon);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (texts, TRUE);
  label = kh_body_label_new (contact_type_name (kh_contact_get_contact_type (contact)));
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (texts), label);

  label = kh_body_label_new (kh_contact_get_display_value (contact));
  gtk_widget_add_css_class (label, "contact-value");
  if (emergency)
    gtk_widget_add_css_class (label, "emergency-number");
  gtk_box_append (GTK_BOX (texts), label);

  if (note != NULL)
    {
      label = kh_body_label_new (note);
      gtk_widget_add_css_class (label, "contact-note");
      gtk_box_append (GTK_BOX (texts), label);
    }
  gtk_box_append (GTK_BOX (head), texts);
  gtk_box_append (GTK_BOX (box), head);

  /* Side by side, or on two rows in a narrow window or a long
   * translation, rather than widening the page. */
  buttons = kh_wrap_box_new (6);
  gtk_widget_add_css_class (buttons, "contact-buttons");
  /* A kiosk hands nothing to the system: the number and its QR code. */
  if (!self->cannot_open)
    {
      button = make_open_button (contact);
      if (emergency)
        gtk_widget_add_css_class (button, "destructive-action");
      kh_wrap_box_append (KH_WRAP_BOX (buttons), button);
    }
  kh_wrap_box_append (KH_WRAP_BOX (buttons), make_copy_button (contact));
  revealer = make_qr_revealer (self, contact, &toggle);
  if (toggle != NULL)
    kh_wrap_box_append (KH_WRAP_BOX (buttons), toggle);
  gtk_box_append (GTK_BOX (box), buttons);

  if (revealer != NULL)
    gtk_box_append (GTK_BOX (box), revealer);

  return box;
}

static const char *
kind_name (KhServiceKind kind)
{
  switch (kind)
    {
    case KH_SERVICE_EMERGENCY:
      return _ ("Emergency");
    case KH_SERVICE_HELPLINE:
      return _ ("Helpline");
    case KH_SERVICE_CRISIS:
      return _ ("Crisis line");
    case KH_SERVICE_POISON:
      return _ ("Poison centre");
    case KH_SERVICE_LOCATOR:
      return _ ("Find treatment");
    case KH_SERVICE_FAMILY:
      return _ ("Family support");
    case KH_SERVICE_URGENT:
      return _ ("Urgent advice");
    case KH_SERVICE_TREATMENT:
      return _ ("Treatment");
    case KH_SERVICE_SUPPORT_GROUP:
      return _ ("Support group");
    case KH_SERVICE_CLINIC:
      return _ ("Clinic");
    case KH_SERVICE_OTHER:
      return NULL;
    default:
      g_assert_not_reached ();
    }
}

static void
add_detail (GtkGrid    *grid,
            int        *row,
            const char *term,
            const char *value)
{
  GtkWidget *label;

  if (value == NULL)
    return;

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", term,
                        "xalign", 0.0f,
                        "valign", GTK_ALIGN_BASELINE,
                        NULL);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "detail-term");
  gtk_grid_attach (grid, label, 0, *row, 1, 1);

  label = kh_body_label_new (value);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (label, "detail-value");
  gtk_grid_attach (grid, label, 1, *row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  gtk_grid_get_child_at (grid, 0, *row), NULL,
                                  -1);
  (*row)++;
}

/* "1 December 2026, at samhsa.gov": where and when the numbers were
 * last checked, so staff can trace each one; NULL if not given. */
static char *
dup_checked_text (KhService *service)
{
  const char      *source = kh_service_get_source (service);
  GDateTime       *checked = kh_service_get_checked (service);
  g_autofree char *date = NULL;
  g_autofree char *host = NULL;
  const char      *start;

  if (source == NULL || checked == NULL)
    return NULL;

  start = g_str_has_prefix (source, "https://") ? source + strlen ("https://") : source;
  if (g_str_has_prefix (start, "www."))
    start += strlen ("www.");
  host = g_strndup (start, strcspn (start, "/?#"));
  date = kh_i18n_format_date (checked);

  /* Translators: where a service's numbers were last checked; the first
   * %s is a date, the second a web site such as "samhsa.gov" */
  return g_strdup_printf (_ ("%s, at %s"), date, host);
}

static GtkWidget *
make_details (KhService *service)
{
  g_autoptr (GString) languages = g_string_new (NULL);
  GtkWidget *grid;
  int        row = 0;

  for (guint i = 0; i < kh_service_get_n_languages (service); i++)
    {
      if (i > 0)
        /* Translators: separates the languages a service speaks */
        g_string_append (languages, _ (", "));
      g_string_append (languages, kh_service_get_language (service, i));
    }

  grid = g_object_new (GTK_TYPE_GRID,
                       "row-spacing", 4,
                       "column-spacing", 12,
                       NULL);
  gtk_widget_add_css_class (grid, "service-details");
  add_detail (GTK_GRID (grid), &row, _ ("Hours"), kh_service_get_hours (service));
  add_detail (GTK_GRID (grid), &row, _ ("Cost"), kh_service_get_cost (service));
  add_detail (GTK_GRID (grid), &row, _ ("Privacy"), kh_service_get_confidentiality (service));
  add_detail (GTK_GRID (grid), &row, _ ("Languages"), languages->len > 0 ? languages->str : NULL);
  {
    g_autofree char *checked = dup_checked_text (service);

    /* Translators: a term in the details of a service, e.g. "Checked:
     * 1 December 2026, at samhsa.gov" */
    add_detail (GTK_GRID (grid), &row, C_ ("service details", "Checked"), checked);
  }

  if (row == 0)
    {
      g_object_ref_sink (grid);
      g_object_unref (grid);
      return NULL;
    }

  return grid;
}

static GtkWidget *
make_service (KhHelpPage *self,
              KhService  *service)
{
  GtkWidget  *card, *header, *label, *contacts, *details;
  const char *kind = kind_name (kh_service_get_kind (service));

  card = g_object_new (GTK_TYPE_BOX,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 10,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                       NULL);
  gtk_widget_add_css_class (card, "service-card");
  if (kh_service_is_local (service))
    gtk_widget_add_css_class (card, "local");
  gtk_widget_set_name (card, kh_service_get_id (service));
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kh_service_get_name (service),
                                  -1);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = kh_heading_label_new (kh_service_get_name (service), 3);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "title-4");
  gtk_box_append (GTK_BOX (header), label);
  if (kind != NULL)
    {
      label = g_object_new (GTK_TYPE_LABEL, "label", kind, "valign", GTK_ALIGN_START, NULL);
      gtk_widget_add_css_class (label, "kind-tag");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (header), label);
    }
  gtk_box_append (GTK_BOX (card), header);

  if (kh_service_get_description (service) != NULL)
    gtk_box_append (GTK_BOX (card), kh_body_label_new (kh_service_get_description (service)));

  contacts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 16);
  for (guint i = 0; i < kh_service_get_n_contacts (service); i++)
    gtk_box_append (GTK_BOX (contacts),
                    make_contact (self, kh_service_get_contact (service, i), FALSE));
  gtk_box_append (GTK_BOX (card), contacts);

  if ((details = make_details (service)))
    gtk_box_append (GTK_BOX (card), details);

  return card;
}

static GtkWidget *
make_emergency (KhHelpPage *self,
                KhRegion   *region)
{
  KhService *emergency = kh_region_get_emergency (region);
  GtkWidget *box, *header, *icon, *label, *contacts;

  box = g_object_new (GTK_TYPE_BOX,
                      "orientation", GTK_ORIENTATION_VERTICAL,
                      "spacing", 10,
                      "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                      NULL);
  gtk_widget_add_css_class (box, "callout");
  gtk_widget_add_css_class (box, "crisis");
  gtk_widget_add_css_class (box, "emergency");
  gtk_widget_set_name (box, "emergency");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("In an emergency"),
                                  -1);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", "call-start-symbolic",
                       "icon-size", GTK_ICON_SIZE_LARGE,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  gtk_box_append (GTK_BOX (header), icon);
  label = kh_heading_label_new (_ ("In an emergency"), 2);
  gtk_widget_add_css_class (label, "title-2");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (header), label);
  gtk_box_append (GTK_BOX (box), header);

  if (kh_service_get_description (emergency) != NULL)
    gtk_box_append (GTK_BOX (box), kh_body_label_new (kh_service_get_description (emergency)));

  contacts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 16);
  for (guint i = 0; i < kh_service_get_n_contacts (emergency); i++)
    gtk_box_append (GTK_BOX (contacts),
                    make_contact (self, kh_service_get_contact (emergency, i), TRUE));
  gtk_box_append (GTK_BOX (box), contacts);

  {
    g_autofree char *checked = dup_checked_text (emergency);

    if (checked != NULL)
      {
        /* Translators: %s is e.g. "1 December 2026, at 911.gov" */
        g_autofree char *text = g_strdup_printf (_ ("Checked: %s"), checked);

        label = kh_body_label_new (text);
        gtk_widget_add_css_class (label, "dim-label");
        gtk_widget_add_css_class (label, "caption");
        gtk_widget_add_css_class (label, "checked");
        gtk_box_append (GTK_BOX (box), label);
      }
  }

  return box;
}

static GtkWidget *
make_group_heading (const char *title,
                    const char *subtitle)
{
  GtkWidget *box, *label;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "group-heading");

  label = kh_heading_label_new (title, 2);
  gtk_widget_add_css_class (label, "title-3");
  gtk_box_append (GTK_BOX (box), label);

  if (subtitle != NULL)
    {
      label = kh_body_label_new (subtitle);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

static GtkWidget *
make_advice (const char *text)
{
  GtkWidget *callout = kh_callout_new (KH_CALLOUT_INFO, NULL, text);

  gtk_widget_set_name (callout, "advice");
  gtk_accessible_update_property (GTK_ACCESSIBLE (callout),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Finding help near you"),
                                  -1);

  return callout;
}

/**
 * kh_help_page_get_shown_region:
 *
 * Returns: the code of the region shown: the one chosen if the directory
 *   has it, else the one of the locale, else %KH_REGION_OTHER
 */
const char *
kh_help_page_get_shown_region (KhHelpPage *self)
{
  g_return_val_if_fail (KH_IS_HELP_PAGE (self), KH_REGION_OTHER);

  if (self->directory == NULL)
    return KH_REGION_OTHER;

  return kh_directory_resolve_region (self->directory, self->region);
}

static int
compare_regions (gconstpointer a,
                 gconstpointer b)
{
  KhRegion *region_a = *(KhRegion **) a;
  KhRegion *region_b = *(KhRegion **) b;
  gboolean  other_a = g_str_equal (kh_region_get_code (region_a), KH_REGION_OTHER);
  gboolean  other_b = g_str_equal (kh_region_get_code (region_b), KH_REGION_OTHER);

  /* "Other countries" goes last, whatever it is called. */
  if (other_a != other_b)
    return other_a ? 1 : -1;

  return g_utf8_collate (kh_region_get_name (region_a), kh_region_get_name (region_b));
}

static void
sync_dropdown_selection (KhHelpPage *self)
{
  const char *shown = kh_help_page_get_shown_region (self);

  self->updating_dropdown = TRUE;
  for (guint i = 0; i < self->region_codes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->region_codes, i), shown))
      gtk_drop_down_set_selected (self->region_dropdown, i);
  self->updating_dropdown = FALSE;
}

static void
populate_regions (KhHelpPage *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GPtrArray) regions = g_ptr_array_new ();

  g_ptr_array_set_size (self->region_codes, 0);

  for (guint i = 0; self->directory != NULL && i < kh_directory_get_n_regions (self->directory); i++)
    g_ptr_array_add (regions, kh_directory_get_region (self->directory, i));
  g_ptr_array_sort (regions, compare_regions);

  for (guint i = 0; i < regions->len; i++)
    {
      KhRegion *region = g_ptr_array_index (regions, i);

      gtk_string_list_append (names, kh_region_get_name (region));
      g_ptr_array_add (self->region_codes, g_strdup (kh_region_get_code (region)));
    }

  self->updating_dropdown = TRUE;
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (names));
  self->updating_dropdown = FALSE;
}

static void
show_region (KhHelpPage *self)
{
  g_autoptr (GPtrArray) services = NULL;
  const char *organization;
  const char *advice;
  GtkWidget  *child;
  KhRegion   *region;
  guint       n_local = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->emergency_box))))
    gtk_box_remove (self->emergency_box, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->services_box))))
    gtk_box_remove (self->services_box, child);
  g_ptr_array_set_size (self->qr_toggles, 0);

  sync_dropdown_selection (self);

  if (self->directory == NULL ||
      !(region = kh_directory_lookup_region (self->directory, kh_help_page_get_shown_region (self))))
    {
      gtk_box_append (self->emergency_box,
                      make_advice (_ ("If you or someone else is in danger now, call your "
                                      "local emergency number.")));
      return;
    }

  /* The emergency numbers come first, before even a problem with the
   * clinic's file, which is shown where its services would be. */
  gtk_box_append (self->emergency_box, make_emergency (self, region));

  if ((advice = kh_region_get_advice (region)))
    gtk_box_append (self->emergency_box, make_advice (advice));

  services = kh_directory_dup_services (self->directory, kh_region_get_code (region));
  organization = kh_directory_get_organization (self->directory);

  for (guint i = 0; i < services->len; i++)
    {
      KhService *service = g_ptr_array_index (services, i);

      if (!kh_service_is_local (service))
        continue;

      if (n_local++ == 0)
        gtk_box_append (self->services_box,
                        make_group_heading (organization, _ ("Services here, where you are now")));
      gtk_box_append (self->services_box, make_service (self, service));
    }

  if (services->len > n_local)
    gtk_box_append (self->services_box, make_group_heading (_ ("Helplines and services"), NULL));

  for (guint i = 0; i < services->len; i++)
    {
      KhService *service = g_ptr_array_index (services, i);

      if (!kh_service_is_local (service))
        gtk_box_append (self->services_box, make_service (self, service));
    }
}

/**
 * kh_help_page_rebuild:
 * @self: a #KhHelpPage
 *
 * Draws the page again from its directory, in the current language.
 */
void
kh_help_page_rebuild (KhHelpPage *self)
{
  GDateTime *reviewed;

  g_return_if_fail (KH_IS_HELP_PAGE (self));

  populate_regions (self);

  gtk_widget_set_visible (self->local_error_box, self->local_error != NULL);
  if (self->local_error != NULL)
    {
      /* Translators: %s is a command line, shown to clinic staff */
      g_autofree char *check = g_strdup_printf (_ ("Check the file with: %s"),
                                                "kratom-help --validate-content FILE");
      g_autofree char *details = g_strdup_printf ("%s\n\n%s", self->local_error->message, check);

      gtk_label_set_text (self->local_error_details, details);
    }

  reviewed = self->directory != NULL ? kh_directory_get_reviewed (self->directory) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->reviewed_label), reviewed != NULL);
  if (reviewed != NULL)
    {
      g_autofree char *date = kh_i18n_format_date (reviewed);
      /* Translators: %s is a date */
      g_autofree char *text = g_strdup_printf (_ ("Numbers last checked: %s. Services sometimes "
                                                  "change their numbers or hours: if one does "
                                                  "not work, a doctor or pharmacist can tell you "
                                                  "about local help."),
                                               date);

      g_autoptr (GDateTime) now = kh_freshness_dup_now ();

      /* More than a year after the check: say so, quietly. */
      if (kh_freshness_is_stale (reviewed, now))
        {
          g_autofree char *stale = g_strdup_printf ("%s %s", text,
                                                    _ ("These numbers were checked more than a year "
                                                       "ago. Services change: a doctor, a pharmacist "
                                                       "or your local health service can tell you "
                                                       "what is available now."));
          gtk_label_set_text (self->reviewed_label, stale);
        }
      else
        gtk_label_set_text (self->reviewed_label, text);
    }

  show_region (self);
}

/**
 * kh_help_page_set_region:
 * @self: a #KhHelpPage
 * @region: (nullable): a region code, or "" or %NULL to follow the locale
 *
 * Chooses the region to show. A code the directory does not have shows
 * the locale's region instead, but is kept, so that a setting made while
 * a clinic's region existed is not lost.
 */
void
kh_help_page_set_region (KhHelpPage *self,
                         const char *region)
{
  g_autofree char *old_shown = NULL;

  g_return_if_fail (KH_IS_HELP_PAGE (self));

  if (region == NULL)
    region = "";

  if (g_strcmp0 (self->region, region) == 0)
    return;

  old_shown = g_strdup (kh_help_page_get_shown_region (self));
  g_free (self->region);
  self->region = g_strdup (region);

  show_region (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
  if (!g_str_equal (old_shown, kh_help_page_get_shown_region (self)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN_REGION]);
}

/**
 * kh_help_page_get_region:
 *
 * Returns: the region chosen, or "" to follow the locale
 */
const char *
kh_help_page_get_region (KhHelpPage *self)
{
  g_return_val_if_fail (KH_IS_HELP_PAGE (self), NULL);

  return self->region;
}

gboolean
kh_help_page_get_show_qr_codes (KhHelpPage *self)
{
  g_return_val_if_fail (KH_IS_HELP_PAGE (self), FALSE);

  return self->show_qr_codes;
}

/**
 * kh_help_page_set_show_qr_codes:
 *
 * Shows or hides the QR code of every number and address at once.
 */
void
kh_help_page_set_show_qr_codes (KhHelpPage *self,
                                gboolean    show_qr_codes)
{
  g_return_if_fail (KH_IS_HELP_PAGE (self));

  show_qr_codes = !!show_qr_codes;
  if (self->show_qr_codes == show_qr_codes)
    return;

  self->show_qr_codes = show_qr_codes;
  gtk_toggle_button_set_active (self->qr_button, show_qr_codes);
  for (guint i = 0; i < self->qr_toggles->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->qr_toggles, i), show_qr_codes);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_QR_CODES]);
}

static void
region_selected_cb (KhHelpPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->region_dropdown);

  if (self->updating_dropdown || selected >= self->region_codes->len)
    return;

  kh_help_page_set_region (self, g_ptr_array_index (self->region_codes, selected));
}

static void
qr_button_toggled_cb (KhHelpPage *self)
{
  kh_help_page_set_show_qr_codes (self, gtk_toggle_button_get_active (self->qr_button));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), g_variant_get_string (parameter, NULL));
}

static void
kh_help_page_constructed (GObject *object)
{
  KhHelpPage *self = (KhHelpPage *) object;

  G_OBJECT_CLASS (kh_help_page_parent_class)->constructed (object);

  kh_help_page_rebuild (self);
}

static void
kh_help_page_dispose (GObject *object)
{
  KhHelpPage *self = (KhHelpPage *) object;

  g_ptr_array_set_size (self->qr_toggles, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), KH_TYPE_HELP_PAGE);
  g_clear_object (&self->directory);

  G_OBJECT_CLASS (kh_help_page_parent_class)->dispose (object);
}

static void
kh_help_page_finalize (GObject *object)
{
  KhHelpPage *self = (KhHelpPage *) object;

  g_clear_error (&self->local_error);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->qr_toggles, g_ptr_array_unref);

  G_OBJECT_CLASS (kh_help_page_parent_class)->finalize (object);
}

static void
kh_help_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KhHelpPage *self = KH_HELP_PAGE (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_LOCAL_ERROR:
      g_value_set_boxed (value, self->local_error);
      break;

    case PROP_REGION:
      g_value_set_string (value, kh_help_page_get_region (self));
      break;

    case PROP_SHOWN_REGION:
      g_value_set_string (value, kh_help_page_get_shown_region (self));
      break;

    case PROP_SHOW_QR_CODES:
      g_value_set_boolean (value, self->show_qr_codes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_help_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KhHelpPage *self = KH_HELP_PAGE (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    case PROP_LOCAL_ERROR:
      self->local_error = g_value_dup_boxed (value);
      break;

    case PROP_REGION:
      kh_help_page_set_region (self, g_value_get_string (value));
      break;

    case PROP_SHOW_QR_CODES:
      kh_help_page_set_show_qr_codes (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KhHelpPage *self = KH_HELP_PAGE (widget);
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->print_mode == KH_HELP_PRINT_NONE)
    return;

  operation = kh_help_print_operation_new (self->directory, kh_help_page_get_shown_region (self));
  /* A kiosk prints straight to the default printer: a dialog would let a
   * visitor save files or reach the printing system. */
  if (gtk_print_operation_run (operation,
                               self->print_mode == KH_HELP_PRINT_DIRECT ? GTK_PRINT_OPERATION_ACTION_PRINT
                                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    g_warning ("Could not print the help numbers: %s", error->message);
}

static void
kh_help_page_class_init (KhHelpPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kh_help_page_constructed;
  object_class->dispose = kh_help_page_dispose;
  object_class->finalize = kh_help_page_finalize;
  object_class->get_property = kh_help_page_get_property;
  object_class->set_property = kh_help_page_set_property;

  properties[PROP_DIRECTORY] =
      g_param_spec_object ("directory", NULL, NULL, KH_TYPE_DIRECTORY,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCAL_ERROR] =
      g_param_spec_boxed ("local-error", NULL, NULL, G_TYPE_ERROR,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION] =
      g_param_spec_string ("region", NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOWN_REGION] =
      g_param_spec_string ("shown-region", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_QR_CODES] =
      g_param_spec_boolean ("show-qr-codes", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_CLAMP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-help-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KhHelpPage, scroller);
  /* for Read aloud */
  gtk_widget_class_bind_template_child_full (widget_class, "title_label", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "summary_label", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, KhHelpPage, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KhHelpPage, qr_button);
  gtk_widget_class_bind_template_child (widget_class, KhHelpPage, print_button);
  gtk_widget_class_bind_template_child (widget_class, KhHelpPage, emergency_box);
  gtk_widget_class_bind_template_child (widget_class, KhHelpPage, local_error_box);
  gtk_widget_class_bind_template_child (widget_class, KhHelpPage, local_error_details);
  gtk_widget_class_bind_template_child (widget_class, KhHelpPage, services_box);
  gtk_widget_class_bind_template_child (widget_class, KhHelpPage, reviewed_label);
  gtk_widget_class_bind_template_callback (widget_class, region_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, qr_button_toggled_cb);

  /* Its own action, so that kiosk mode can switch copying off. */
  gtk_widget_class_install_action (widget_class, "help.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "help.print", NULL, print_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "resourcespage");
}

static void
kh_help_page_init (KhHelpPage *self)
{
  self->region = g_strdup ("");
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->qr_toggles = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kh_help_page_new:
 * @directory: (nullable): the directory to show; %NULL only if the
 *   bundled one is broken
 * @local_error: (nullable): why a clinic's file was left out
 *
 * Returns: (transfer floating): a new page, showing the locale's region
 */
GtkWidget *
kh_help_page_new (KhDirectory  *directory,
                  const GError *local_error)
{
  g_return_val_if_fail (directory == NULL || KH_IS_DIRECTORY (directory), NULL);

  return g_object_new (KH_TYPE_HELP_PAGE,
                       "directory", directory,
                       "local-error", local_error,
                       NULL);
}

/**
 * kh_help_page_get_directory:
 *
 * Returns: (transfer none) (nullable): the directory shown
 */
KhDirectory *
kh_help_page_get_directory (KhHelpPage *self)
{
  g_return_val_if_fail (KH_IS_HELP_PAGE (self), NULL);

  return self->directory;
}

/**
 * kh_help_page_set_can_open:
 * @can_open: %FALSE to leave out the Call, Text and Open website buttons,
 *   as a kiosk does: it cannot hand anything to the system, so a visitor
 *   takes numbers away by reading them or scanning their QR codes
 */
void
kh_help_page_set_can_open (KhHelpPage *self,
                           gboolean    can_open)
{
  g_return_if_fail (KH_IS_HELP_PAGE (self));

  if (self->cannot_open == !can_open)
    return;

  self->cannot_open = !can_open;
  show_region (self);
}

void
kh_help_page_scroll_to_top (KhHelpPage *self)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (KH_IS_HELP_PAGE (self));

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/**
 * kh_help_page_set_print_mode:
 * @mode: whether and how the help numbers can be printed
 *
 * On the desktop they are printed through the print dialog; a kiosk
 * prints straight to the default printer, and only where the clinic
 * allows it.
 */
void
kh_help_page_set_print_mode (KhHelpPage     *self,
                             KhHelpPrintMode mode)
{
  g_return_if_fail (KH_IS_HELP_PAGE (self));

  self->print_mode = mode;
  gtk_widget_set_visible (self->print_button, mode != KH_HELP_PRINT_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "help.print", mode != KH_HELP_PRINT_NONE);
}

KhHelpPrintMode
kh_help_page_get_print_mode (KhHelpPage *self)
{
  g_return_val_if_fail (KH_IS_HELP_PAGE (self), KH_HELP_PRINT_NONE);

  return self->print_mode;
}
