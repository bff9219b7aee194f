/* kh-service-card.c: a service that helps, and every way to reach it
 *
 * Its name and kind ("Helpline", "Clinic"...), what it is, a row for
 * each way to reach it, and the details people ask about before they
 * call: hours, cost, privacy, languages, and where and when the numbers
 * were last checked. A clinic's own service is marked with a coloured
 * edge. To assistive technology the card is a group named by the service.
 * A region's emergency numbers use the same card in another style: a red
 * callout headed "In an emergency".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-service-card"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kh-contact-row.h"
#include "kh-i18n.h"
#include "kh-service-card.h"
#include "kh-widgets.h"

struct _KhServiceCard
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *emergency_header;
  GtkLabel  *emergency_label;
  GtkWidget *header;
  GtkLabel  *name_label;
  GtkLabel  *kind_label;
  GtkLabel  *description_label;
  GtkBox    *contacts;
  GtkWidget *details;
  GtkLabel  *hours_term;
  GtkLabel  *hours_value;
  GtkLabel  *cost_term;
  GtkLabel  *cost_value;
  GtkLabel  *privacy_term;
  GtkLabel  *privacy_value;
  GtkLabel  *languages_term;
  GtkLabel  *languages_value;
  GtkLabel  *checked_term;
  GtkLabel  *checked_value;
  GtkLabel  *checked_label;

  /* owned */
  KhService *service;
  gboolean   emergency;
  gboolean   can_open;
  gboolean   show_qr_codes;
};

G_DEFINE_FINAL_TYPE (KhServiceCard, kh_service_card, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SERVICE,
  PROP_EMERGENCY,
  PROP_CAN_OPEN,
  PROP_SHOW_QR_CODES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/**
 * kh_service_card_format_checked:
 *
 * "1 December 2026, at samhsa.gov": where and when the numbers were last
 * checked, so that staff can trace each one.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL if the service
 *   does not say
 */
char *
kh_service_card_format_checked (const KhService *service)
{
  const char      *source = kh_service_get_source (service);
  GDateTime       *checked = kh_service_get_checked (service);
  g_autofree char *date = NULL;
  g_autofree char *host = NULL;
  const char      *start;

  g_return_val_if_fail (service != NULL, NULL);

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

/* A term and its value, both hidden when the service does not say;
 * returns whether it is shown. */
static gboolean
set_detail (GtkLabel   *term,
            GtkLabel   *label,
            const char *value)
{
  gtk_label_set_text (label, value);
  gtk_widget_set_visible (GTK_WIDGET (term), value != NULL);
  gtk_widget_set_visible (GTK_WIDGET (label), value != NULL);

  return value != NULL;
}

static void
setup_details (KhServiceCard *self)
{
  g_autoptr (GString) languages = g_string_new (NULL);
  g_autofree char *checked = kh_service_card_format_checked (self->service);
  gboolean         any = FALSE;

  for (guint i = 0; i < kh_service_get_n_languages (self->service); i++)
    {
      if (i > 0)
        /* Translators: separates the languages a service speaks */
        g_string_append (languages, _ (", "));
      g_string_append (languages, kh_service_get_language (self->service, i));
    }

  any |= set_detail (self->hours_term, self->hours_value, kh_service_get_hours (self->service));
  any |= set_detail (self->cost_term, self->cost_value, kh_service_get_cost (self->service));
  any |= set_detail (self->privacy_term, self->privacy_value, kh_service_get_confidentiality (self->service));
  any |= set_detail (self->languages_term, self->languages_value, languages->len > 0 ? languages->str : NULL);
  any |= set_detail (self->checked_term, self->checked_value, checked);
  gtk_widget_set_visible (self->details, any);
}

/* A region's emergency numbers: a red callout headed "In an emergency",
 * the numbers in large type, and where and when they were checked. */
static void
setup_emergency (KhServiceCard *self)
{
  g_autofree char *checked = kh_service_card_format_checked (self->service);

  gtk_widget_add_css_class (GTK_WIDGET (self), "callout");
  gtk_widget_add_css_class (GTK_WIDGET (self), "crisis");
  gtk_widget_add_css_class (GTK_WIDGET (self), "emergency");
  gtk_widget_set_name (GTK_WIDGET (self), "emergency");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("In an emergency"),
                                  -1);
  gtk_widget_set_visible (self->emergency_header, TRUE);
  gtk_widget_set_visible (self->header, FALSE);
  gtk_widget_set_visible (self->details, FALSE);

  if (checked != NULL)
    {
      /* Translators: %s is e.g. "1 December 2026, at 911.gov" */
      g_autofree char *text = g_strdup_printf (_ ("Checked: %s"), checked);

      gtk_label_set_text (self->checked_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->checked_label), TRUE);
    }
}

static void
setup_service (KhServiceCard *self)
{
  const char *kind = kind_name (kh_service_get_kind (self->service));

  gtk_widget_add_css_class (GTK_WIDGET (self), "service-card");
  /* The id names the card, so that a test or a stylesheet can find it. */
  gtk_widget_set_name (GTK_WIDGET (self), kh_service_get_id (self->service));
  if (kh_service_is_local (self->service))
    gtk_widget_add_css_class (GTK_WIDGET (self), "local");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kh_service_get_name (self->service),
                                  -1);

  gtk_label_set_text (self->name_label, kh_service_get_name (self->service));
  gtk_label_set_text (self->kind_label, kind);
  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), kind != NULL);
  setup_details (self);
}

static void
kh_service_card_constructed (GObject *object)
{
  KhServiceCard *self = (KhServiceCard *) object;
  const char    *description;

  G_OBJECT_CLASS (kh_service_card_parent_class)->constructed (object);

  g_assert (self->service != NULL);

  if (self->emergency)
    setup_emergency (self);
  else
    setup_service (self);

  description = kh_service_get_description (self->service);
  gtk_label_set_text (self->description_label, description);
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL);

  for (guint i = 0; i < kh_service_get_n_contacts (self->service); i++)
    {
      GtkWidget *row = kh_contact_row_new (kh_service_get_contact (self->service, i), self->emergency);

      g_object_bind_property (self, "can-open", row, "can-open", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "show-qr-codes", row, "show-qr-code", G_BINDING_SYNC_CREATE);
      gtk_box_append (self->contacts, row);
    }
}

static void
kh_service_card_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), KH_TYPE_SERVICE_CARD);
  /* The template's outer box, which it does not name */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kh_service_card_parent_class)->dispose (object);
}

static void
kh_service_card_finalize (GObject *object)
{
  KhServiceCard *self = (KhServiceCard *) object;

  g_clear_pointer (&self->service, kh_service_unref);

  G_OBJECT_CLASS (kh_service_card_parent_class)->finalize (object);
}

static void
kh_service_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KhServiceCard *self = KH_SERVICE_CARD (object);

  switch (prop_id)
    {
    case PROP_SERVICE:
      g_value_set_boxed (value, self->service);
      break;

    case PROP_EMERGENCY:
      g_value_set_boolean (value, self->emergency);
      break;

    case PROP_CAN_OPEN:
      g_value_set_boolean (value, self->can_open);
      break;

    case PROP_SHOW_QR_CODES:
      g_value_set_boolean (value, self->show_qr_codes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* can-open and show-qr-codes: only passed on to the rows, through their
 * bindings. */
static void
set_flag (KhServiceCard *self,
          gboolean      *flag,
          gboolean       value,
          GParamSpec    *pspec)
{
  value = !!value;
  if (*flag == value)
    return;

  *flag = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
kh_service_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KhServiceCard *self = KH_SERVICE_CARD (object);

  switch (prop_id)
    {
    case PROP_SERVICE:
      self->service = g_value_dup_boxed (value);
      break;

    case PROP_EMERGENCY:
      self->emergency = g_value_get_boolean (value);
      break;

    case PROP_CAN_OPEN:
      set_flag (self, &self->can_open, g_value_get_boolean (value), pspec);
      break;

    case PROP_SHOW_QR_CODES:
      set_flag (self, &self->show_qr_codes, g_value_get_boolean (value), pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kh_service_card_class_init (KhServiceCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kh_service_card_constructed;
  object_class->dispose = kh_service_card_dispose;
  object_class->finalize = kh_service_card_finalize;
  object_class->get_property = kh_service_card_get_property;
  object_class->set_property = kh_service_card_set_property;

  properties[PROP_SERVICE] =
      g_param_spec_boxed ("service", NULL, NULL, KH_TYPE_SERVICE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A region's emergency numbers rather than a service */
  properties[PROP_EMERGENCY] =
      g_param_spec_boolean ("emergency", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* What its contact rows follow: see KhContactRow. The page binds them
   * to its own. */
  properties[PROP_CAN_OPEN] =
      g_param_spec_boolean ("can-open", NULL, NULL, TRUE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_QR_CODES] =
      g_param_spec_boolean ("show-qr-codes", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/kh-service-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, emergency_header);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, emergency_label);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, header);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, description_label);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, contacts);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, details);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, hours_term);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, hours_value);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, cost_term);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, cost_value);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, privacy_term);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, privacy_value);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, languages_term);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, languages_value);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, checked_term);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, checked_value);
  gtk_widget_class_bind_template_child (widget_class, KhServiceCard, checked_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kh_service_card_init (KhServiceCard *self)
{
  self->can_open = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* What the page's other text does: selectable where the lockdown allows it,
   * never a stop for Tab. */
  {
    GtkLabel *texts[] = {
      self->name_label,
      self->description_label,
      self->hours_value,
      self->cost_value,
      self->privacy_value,
      self->languages_value,
      self->checked_value,
    };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      kh_label_follow_lockdown (texts[i]);
  }
}

/**
 * kh_service_card_new:
 * @service: the service to show
 *
 * Returns: (transfer floating): a new card
 */
GtkWidget *
kh_service_card_new (KhService *service)
{
  g_return_val_if_fail (service != NULL, NULL);

  return g_object_new (KH_TYPE_SERVICE_CARD, "service", service, NULL);
}

/**
 * kh_service_card_new_emergency:
 * @emergency: a region's emergency numbers (kh_region_get_emergency())
 *
 * Returns: (transfer floating): a new card in the emergency style
 */
GtkWidget *
kh_service_card_new_emergency (KhService *emergency)
{
  g_return_val_if_fail (emergency != NULL, NULL);

  return g_object_new (KH_TYPE_SERVICE_CARD, "service", emergency, "emergency", TRUE, NULL);
}

/**
 * kh_service_card_get_service:
 *
 * Returns: (transfer none): the service shown
 */
KhService *
kh_service_card_get_service (KhServiceCard *self)
{
  g_return_val_if_fail (KH_IS_SERVICE_CARD (self), NULL);

  return self->service;
}
