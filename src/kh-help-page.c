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

#include <glib/gi18n-lib.h>

#include "kh-callout.h"
#include "kh-clamp.h"
#include "kh-help-page.h"
#include "kh-help-print.h"
#include "kh-i18n.h"
#include "kh-readable-pages.h"
#include "kh-service-card.h"
#include "kh-widgets.h"

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
  gboolean        can_open;
  KhHelpPrintMode print_mode;
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
  PROP_CAN_OPEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A card follows the page's kiosk switches. */
static GtkWidget *
bind_to_page (KhHelpPage *self,
              GtkWidget  *card)
{
  g_object_bind_property (self, "can-open", card, "can-open", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "show-qr-codes", card, "show-qr-codes", G_BINDING_SYNC_CREATE);

  return card;
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
  gtk_box_append (self->emergency_box,
                  bind_to_page (self, kh_service_card_new_emergency (kh_region_get_emergency (region))));

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
      gtk_box_append (self->services_box, bind_to_page (self, kh_service_card_new (service)));
    }

  if (services->len > n_local)
    gtk_box_append (self->services_box, make_group_heading (_ ("Helplines and services"), NULL));

  for (guint i = 0; i < services->len; i++)
    {
      KhService *service = g_ptr_array_index (services, i);

      if (!kh_service_is_local (service))
        gtk_box_append (self->services_box, bind_to_page (self, kh_service_card_new (service)));
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

    case PROP_CAN_OPEN:
      g_value_set_boolean (value, self->can_open);
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

    case PROP_CAN_OPEN:
      kh_help_page_set_can_open (self, g_value_get_boolean (value));
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
  /* Whether Call, Text and Open website are offered: see
   * kh_help_page_set_can_open(). */
  properties[PROP_CAN_OPEN] =
      g_param_spec_boolean ("can-open", NULL, NULL, TRUE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KH_TYPE_CLAMP);
  g_type_ensure (KH_TYPE_SERVICE_CARD);

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

  gtk_widget_class_install_action (widget_class, "help.print", NULL, print_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "resourcespage");
}

static void
kh_help_page_init (KhHelpPage *self)
{
  self->region = g_strdup ("");
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->can_open = TRUE;

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

  can_open = !!can_open;
  if (self->can_open == can_open)
    return;

  /* The cards and numbers follow, through their bindings. */
  self->can_open = can_open;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_OPEN]);
}

gboolean
kh_help_page_get_can_open (KhHelpPage *self)
{
  g_return_val_if_fail (KH_IS_HELP_PAGE (self), FALSE);

  return self->can_open;
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
