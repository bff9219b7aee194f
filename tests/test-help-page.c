/* test-help-page.c: the Get help page shows the right services for
 * each region, with working actions and QR codes, and a clinic's file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kh-contact-row.h"
#include "kh-help-page.h"
#include "kh-i18n.h"
#include "kh-qr-code.h"
#include "kh-test-util.h"
#include "kh-window.h"

static GtkApplication *test_app;
static char           *last_uri;

typedef struct
{
  KhDirectory *directory;
  GtkWindow   *window;
  GtkWidget   *page;
} Fixture;

static void
show_page (Fixture   *fixture,
           GtkWidget *page)
{
  fixture->page = page;
  fixture->window = GTK_WINDOW (gtk_application_window_new (test_app));
  gtk_window_set_default_size (fixture->window, 1000, 720);
  gtk_window_set_child (fixture->window, page);
  gtk_window_present (fixture->window);
  kh_test_wait_for (gtk_widget_get_mapped (page), 2000);
  g_assert_true (gtk_widget_get_mapped (page));
}

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_setenv ("LANG", "en_US.UTF-8", TRUE);
  fixture->directory = kh_directory_new_bundled (&error);
  g_assert_no_error (error);
  show_page (fixture, kh_help_page_new (fixture->directory, NULL));
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
  gtk_window_destroy (fixture->window);
  kh_test_wait_for (fixture->page == NULL, 1000);
  g_assert_null (fixture->page);
  g_clear_object (&fixture->directory);
  g_clear_pointer (&last_uri, g_free);
  g_unsetenv ("LANG");
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, type, found);
  return found;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  g_autoptr (GPtrArray) widgets = find_all (root, GTK_TYPE_WIDGET);

  for (guint i = 0; i < widgets->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (widgets->pdata[i]), name) == 0)
      return widgets->pdata[i];

  return NULL;
}

static GtkWidget *
find_with_class (GtkWidget  *root,
                 GType       type,
                 const char *css_class)
{
  g_autoptr (GPtrArray) widgets = find_all (root, type);

  for (guint i = 0; i < widgets->len; i++)
    if (gtk_widget_has_css_class (widgets->pdata[i], css_class))
      return widgets->pdata[i];

  return NULL;
}

/* The URIs of the buttons that hand an address to the system, in order. */
static GPtrArray *
open_uris (GtkWidget *root)
{
  g_autoptr (GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);
  GPtrArray *uris = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = buttons->pdata[i];
      GVariant      *target = gtk_actionable_get_action_target_value (button);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), "app.open-uri") == 0)
        g_ptr_array_add (uris, g_variant_dup_string (target, NULL));
    }

  return uris;
}

/* Whether @a is above @b on the page, once both have been laid out. */
static gboolean
is_before (GtkWidget *a,
           GtkWidget *b)
{
  graphene_point_t pa, pb;

  kh_test_wait_for (gtk_widget_get_height (a) > 0 && gtk_widget_get_height (b) > 0, 5000);

  g_assert_true (gtk_widget_compute_point (a, b, &GRAPHENE_POINT_INIT (0, 0), &pa));
  g_assert_true (gtk_widget_compute_point (b, a, &GRAPHENE_POINT_INIT (0, 0), &pb));

  return pa.y < 0 && pb.y > 0;
}

static void
wait_for_layout (void)
{
  kh_test_wait_for (FALSE, 150);
}

/* Every region: the emergency numbers first, then each service with each
 * way to reach it, each with a button carrying the right address. */
/* Every bundled number says where and when it was checked, e.g.
 * "1 December 2026, at samhsa.gov". */
static void
assert_checked_shown (GtkWidget  *card,
                      KhService  *service,
                      const char *prefix)
{
  g_autofree char *date = kh_i18n_format_date (kh_service_get_checked (service));
  const char      *source = kh_service_get_source (service);
  g_autofree char *host = NULL;
  g_autofree char *text = NULL;
  const char      *start;

  g_assert_nonnull (source);
  start = source + strlen ("https://");
  if (g_str_has_prefix (start, "www."))
    start += strlen ("www.");
  host = g_strndup (start, strcspn (start, "/"));
  text = g_strdup_printf ("%s%s, at %s", prefix, date, host);
  if (kh_test_find_label (card, text) == NULL)
    g_error ("%s: no label “%s”", kh_service_get_id (service), text);
}

static void
test_every_region (Fixture      *fixture,
                   gconstpointer data)
{
  KhHelpPage *page = KH_HELP_PAGE (fixture->page);

  for (guint i = 0; i < kh_directory_get_n_regions (fixture->directory); i++)
    {
      KhRegion   *region = kh_directory_get_region (fixture->directory, i);
      const char *code = kh_region_get_code (region);
      KhService  *emergency = kh_region_get_emergency (region);
      g_autoptr (GPtrArray) services = kh_directory_dup_services (fixture->directory, code);
      g_autoptr (GPtrArray) expected = g_ptr_array_new ();
      g_autoptr (GPtrArray) uris = NULL;
      GtkWidget *emergency_box, *previous;

      g_test_message ("region %s", code);
      kh_help_page_set_region (page, code);
      wait_for_layout ();
      g_assert_cmpstr (kh_help_page_get_region (page), ==, code);
      g_assert_cmpstr (kh_help_page_get_shown_region (page), ==, code);

      emergency_box = find_named (fixture->page, "emergency");
      g_assert_nonnull (emergency_box);
      g_assert_true (gtk_widget_get_mapped (emergency_box));
      g_assert_nonnull (kh_test_find_label (emergency_box, "In an emergency"));
      g_assert_true (kh_test_is_heading (kh_test_find_label (emergency_box, "In an emergency")));

      for (guint j = 0; j < kh_service_get_n_contacts (emergency); j++)
        {
          KhContact *contact = kh_service_get_contact (emergency, j);

          g_assert_nonnull (kh_test_find_label (emergency_box, kh_contact_get_display_value (contact)));
          g_ptr_array_add (expected, (char *) kh_contact_get_uri (contact));
        }
      assert_checked_shown (emergency_box, emergency, "Checked: ");

      previous = emergency_box;
      for (guint j = 0; j < services->len; j++)
        {
          KhService *service = services->pdata[j];
          GtkWidget *card = find_named (fixture->page, kh_service_get_id (service));
          GtkWidget *heading;

          g_assert_nonnull (card);
          g_assert_true (is_before (previous, card));
          previous = card;

          heading = kh_test_find_label (card, kh_service_get_name (service));
          g_assert_nonnull (heading);
          g_assert_true (kh_test_is_heading (heading));
          g_assert_nonnull (kh_test_find_label (card, kh_service_get_description (service)));
          if (kh_service_get_hours (service) != NULL)
            g_assert_nonnull (kh_test_find_label (card, kh_service_get_hours (service)));
          assert_checked_shown (card, service, "");

          for (guint k = 0; k < kh_service_get_n_contacts (service); k++)
            {
              KhContact *contact = kh_service_get_contact (service, k);

              g_assert_nonnull (kh_test_find_label (card, kh_contact_get_display_value (contact)));
              g_ptr_array_add (expected, (char *) kh_contact_get_uri (contact));
            }
        }

      uris = open_uris (fixture->page);
      g_assert_cmpuint (uris->len, ==, expected->len);
      for (guint j = 0; j < expected->len; j++)
        g_assert_cmpstr (uris->pdata[j], ==, expected->pdata[j]);

      if (kh_region_get_advice (region) != NULL)
        g_assert_nonnull (kh_test_find_label (fixture->page, kh_region_get_advice (region)));
    }
}

static void
test_locale (Fixture      *fixture,
             gconstpointer data)
{
  static const struct
  {
    const char *variable;
    const char *locale;
    const char *region;
  } cases[] = {
    { "LANG", "en_GB.UTF-8", "GB" },
    { "LANG", "es_US.UTF-8", "US" },
    { "LANG", "C", "other" },
    { "LANG", "en_AU.UTF-8", "AU" },
    { "LC_MESSAGES", "fr_CA.UTF-8", "CA" },
    { "LC_ALL", "ms_MY.UTF-8", "MY" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GtkWidget) page = NULL;
      g_autoptr (GPtrArray) dropdowns = NULL;
      GtkDropDown     *dropdown;
      GtkStringObject *item;
      KhRegion        *region;

      g_setenv (cases[i].variable, cases[i].locale, TRUE);
      page = g_object_ref_sink (kh_help_page_new (fixture->directory, NULL));
      g_assert_cmpstr (kh_help_page_get_region (KH_HELP_PAGE (page)), ==, "");
      g_assert_cmpstr (kh_help_page_get_shown_region (KH_HELP_PAGE (page)), ==, cases[i].region);

      dropdowns = find_all (page, GTK_TYPE_DROP_DOWN);
      dropdown = dropdowns->pdata[0];
      item = gtk_drop_down_get_selected_item (dropdown);
      region = kh_directory_lookup_region (fixture->directory, cases[i].region);
      g_assert_cmpstr (gtk_string_object_get_string (item), ==, kh_region_get_name (region));
    }

  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
}

static void
test_dropdown (Fixture      *fixture,
               gconstpointer data)
{
  KhHelpPage *page = KH_HELP_PAGE (fixture->page);
  g_autoptr (GPtrArray) dropdowns = find_all (fixture->page, GTK_TYPE_DROP_DOWN);
  GtkDropDown *dropdown = dropdowns->pdata[0];
  GListModel  *model = gtk_drop_down_get_model (dropdown);
  guint        n = g_list_model_get_n_items (model);
  guint        canada = G_MAXUINT;
  guint        n_notify = 0;

  g_assert_cmpuint (n, ==, kh_directory_get_n_regions (fixture->directory));
  g_assert_cmpstr (kh_help_page_get_shown_region (page), ==, "US");

  /* Sorted by name, with "Other countries" last. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkStringObject) item = g_list_model_get_item (model, i);
      const char *name = gtk_string_object_get_string (item);

      if (g_str_equal (name, "Canada"))
        canada = i;
      if (i + 1 < n - 1)
        {
          g_autoptr (GtkStringObject) next = g_list_model_get_item (model, i + 1);
          g_assert_cmpint (g_utf8_collate (name, gtk_string_object_get_string (next)), <, 0);
        }
    }
  {
    g_autoptr (GtkStringObject) last = g_list_model_get_item (model, n - 1);
    g_assert_cmpstr (gtk_string_object_get_string (last), ==, "Other countries");
  }

  g_signal_connect (page, "notify::region", G_CALLBACK (kh_test_count_notify_cb), &n_notify);

  g_assert_cmpuint (canada, <, n);
  gtk_drop_down_set_selected (dropdown, canada);
  wait_for_layout ();
  g_assert_cmpstr (kh_help_page_get_region (page), ==, "CA");
  g_assert_cmpstr (kh_help_page_get_shown_region (page), ==, "CA");
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_nonnull (find_named (fixture->page, "ca-988"));
  g_assert_null (find_named (fixture->page, "us-988-lifeline"));

  /* Setting the region moves the drop-down, without a second notify. */
  kh_help_page_set_region (page, "TH");
  g_assert_cmpuint (n_notify, ==, 2);
  {
    GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);
    g_assert_cmpstr (gtk_string_object_get_string (item), ==, "Thailand");
  }
  kh_help_page_set_region (page, "TH");
  g_assert_cmpuint (n_notify, ==, 2);

  /* An unknown code shows the locale's region and is kept. */
  kh_help_page_set_region (page, "ZZ");
  g_assert_cmpstr (kh_help_page_get_region (page), ==, "ZZ");
  g_assert_cmpstr (kh_help_page_get_shown_region (page), ==, "US");
  kh_help_page_set_region (page, NULL);
  g_assert_cmpstr (kh_help_page_get_region (page), ==, "");
}

static void
test_call_buttons (Fixture      *fixture,
                   gconstpointer data)
{
  GtkWidget *emergency_box, *card, *button;

  kh_help_page_set_region (KH_HELP_PAGE (fixture->page), "US");
  emergency_box = find_named (fixture->page, "emergency");
  button = find_with_class (emergency_box, GTK_TYPE_BUTTON, "open-button");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_has_css_class (button, "destructive-action"));
  g_assert_true (gtk_widget_is_sensitive (button));

  gtk_widget_activate (button);
  kh_test_wait_for (last_uri != NULL, 2000);
  g_assert_cmpstr (last_uri, ==, "tel:911");

  card = find_named (fixture->page, "us-findtreatment");
  button = find_with_class (card, GTK_TYPE_BUTTON, "open-button");
  g_assert_nonnull (kh_test_find_label (button, "Open website"));
  g_clear_pointer (&last_uri, g_free);
  gtk_widget_activate (button);
  kh_test_wait_for (last_uri != NULL, 2000);
  g_assert_cmpstr (last_uri, ==, "https://findtreatment.gov");

  card = find_named (fixture->page, "us-988-lifeline");
  {
    g_autoptr (GPtrArray) uris = open_uris (card);
    g_assert_cmpuint (uris->len, ==, 3);
    g_assert_cmpstr (uris->pdata[0], ==, "tel:988");
    g_assert_cmpstr (uris->pdata[1], ==, "sms:988");
    g_assert_cmpstr (uris->pdata[2], ==, "https://988lifeline.org");
  }

  /* Kiosk mode can shut the door: the buttons follow the action. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (test_app), "open-uri")), FALSE);
  wait_for_layout ();
  g_assert_false (gtk_widget_is_sensitive (button));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (test_app), "open-uri")), TRUE);
}

static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  g_autofree char *text = NULL;
  GtkWidget       *card, *button, *row;

  kh_help_page_set_region (KH_HELP_PAGE (fixture->page), "GB");
  card = find_named (fixture->page, "gb-frank");
  button = find_with_class (card, GTK_TYPE_BUTTON, "copy-button");
  g_assert_nonnull (button);
  g_assert_nonnull (kh_test_find_label (button, "Copy"));

  gtk_widget_activate (button);
  kh_test_wait_for ((text = kh_test_clipboard_text (button)) != NULL, 2000);
  g_assert_cmpstr (text, ==, "0300 123 6600");
  kh_test_wait_for (kh_test_find_label (button, "Copied") != NULL, 1000);
  g_assert_nonnull (kh_test_find_label (button, "Copied"));

  /* Copying is an action of the contact's row, which a lockdown can
   * switch off. */
  row = gtk_widget_get_ancestor (button, KH_TYPE_CONTACT_ROW);
  g_assert_nonnull (row);
  gtk_widget_action_set_enabled (row, "contact.copy", FALSE);
  g_assert_false (gtk_widget_is_sensitive (button));
  gtk_widget_action_set_enabled (row, "contact.copy", TRUE);
}

static void
check_qr_codes (Fixture *fixture,
                gboolean shown)
{
  g_autoptr (GPtrArray) images = find_all (fixture->page, GTK_TYPE_IMAGE);
  g_autoptr (GPtrArray) uris = open_uris (fixture->page);
  guint n_codes = 0;

  for (guint i = 0; i < images->len; i++)
    {
      GtkImage     *image = images->pdata[i];
      GdkPaintable *paintable = gtk_image_get_paintable (image);

      if (!KH_IS_QR_CODE (paintable))
        continue;

      /* The code holds what the button beside it opens. */
      g_assert_cmpstr (kh_qr_code_get_text (KH_QR_CODE (paintable)), ==, uris->pdata[n_codes]);
      g_assert_cmpint (gtk_image_get_pixel_size (image), >=, 160);
      g_assert_cmpint (gtk_widget_get_mapped (GTK_WIDGET (image)), ==, shown);
      if (shown)
        {
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (image)), >=, 160);
          g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (image)), >=, 160);
        }
      n_codes++;
    }

  g_assert_cmpuint (n_codes, ==, uris->len);
}

static void
test_qr_codes (Fixture      *fixture,
               gconstpointer data)
{
  KhHelpPage *page = KH_HELP_PAGE (fixture->page);
  GtkWidget  *qr_button = find_with_class (fixture->page, GTK_TYPE_TOGGLE_BUTTON, "qr-button");
  GtkWidget  *toggle;

  g_assert_nonnull (qr_button);
  g_assert_false (kh_help_page_get_show_qr_codes (page));
  check_qr_codes (fixture, FALSE);

  /* One code at a time... */
  toggle = find_with_class (find_named (fixture->page, "us-poison-help"), GTK_TYPE_TOGGLE_BUTTON, "qr-toggle");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  kh_test_wait_for (FALSE, 600);
  {
    g_autoptr (GPtrArray) images = find_all (find_named (fixture->page, "us-poison-help"), GTK_TYPE_IMAGE);
    gboolean found = FALSE;

    for (guint i = 0; i < images->len; i++)
      if (KH_IS_QR_CODE (gtk_image_get_paintable (images->pdata[i])))
        found = gtk_widget_get_mapped (images->pdata[i]);
    g_assert_true (found);
  }

  /* ...or all of them, and they stay shown in another region. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (qr_button), TRUE);
  g_assert_true (kh_help_page_get_show_qr_codes (page));
  kh_test_wait_for (FALSE, 600);
  check_qr_codes (fixture, TRUE);

  kh_help_page_set_region (page, "AU");
  kh_test_wait_for (FALSE, 300);
  check_qr_codes (fixture, TRUE);

  kh_help_page_set_show_qr_codes (page, FALSE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (qr_button)));
  kh_test_wait_for (FALSE, 600);
  check_qr_codes (fixture, FALSE);
}

/* Nothing on the page makes it wider than a phone; there, the buttons
 * wrap onto more rows without overlapping. */
static void
test_narrow (Fixture      *fixture,
             gconstpointer data)
{
  KhHelpPage *page = KH_HELP_PAGE (fixture->page);

  kh_help_page_set_show_qr_codes (page, TRUE);
  for (guint i = 0; i < kh_directory_get_n_regions (fixture->directory); i++)
    {
      int minimum;

      kh_help_page_set_region (page, kh_region_get_code (kh_directory_get_region (fixture->directory, i)));
      gtk_widget_measure (fixture->page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: %d px", kh_help_page_get_shown_region (page), minimum);
      g_assert_cmpint (minimum, <=, 360);
    }

  kh_help_page_set_region (page, "US");
  gtk_window_set_default_size (fixture->window, 360, 640);
  kh_test_wait_for (gtk_widget_get_width (fixture->page) == 360, 3000);
  g_assert_cmpint (gtk_widget_get_width (fixture->page), ==, 360);
  wait_for_layout ();

  {
    g_autoptr (GPtrArray) rows = find_all (fixture->page, GTK_TYPE_WIDGET);
    guint n_rows = 0, n_wrapped = 0;

    for (guint i = 0; i < rows->len; i++)
      {
        GtkWidget      *row = rows->pdata[i];
        graphene_rect_t previous = GRAPHENE_RECT_INIT (0, 0, 0, 0);

        if (!gtk_widget_has_css_class (row, "contact-buttons"))
          continue;

        n_rows++;
        for (GtkWidget *button = gtk_widget_get_first_child (row);
             button != NULL;
             button = gtk_widget_get_next_sibling (button))
          {
            graphene_rect_t bounds;

            g_assert_true (gtk_widget_compute_bounds (button, row, &bounds));
            g_assert_cmpfloat (bounds.origin.x, >=, 0);
            g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (row));
            g_assert_cmpfloat (bounds.size.height, >=, 44);
            g_assert_false (graphene_rect_intersection (&bounds, &previous, NULL));
            if (bounds.origin.y > previous.origin.y)
              n_wrapped += previous.size.height > 0;
            previous = bounds;
          }
      }

    g_assert_cmpuint (n_rows, >, 0);
    /* "Open website", "Copy" and "QR code" do not fit in one row. */
    g_assert_cmpuint (n_wrapped, >, 0);
  }
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static const char *clinic_file =
    "{ \"organization\": \"Riverside Clinic\","
    "  \"services\": ["
    "    { \"id\": \"front-desk\", \"kind\": \"clinic\", \"name\": \"Front desk\","
    "      \"description\": \"Ask us anything.\","
    "      \"contacts\": [ { \"type\": \"call\", \"value\": \"020 7946 0000\" } ] },"
    "    { \"id\": \"group\", \"regions\": [ \"US\" ], \"kind\": \"support-group\", \"name\": \"Tuesday group\","
    "      \"description\": \"A peer group.\","
    "      \"contacts\": [ { \"type\": \"web\", \"value\": \"https://example.org/group\" } ] } ] }";

/* The app's way: GSettings give the clinic's file and keep the region. */
/* What the app does: the models load the directory with the clinic's
 * file the settings name, and the region follows the settings (and is
 * saved there, with @save_region). */
static GtkWidget *
page_new_for_settings (GSettings *settings,
                       gboolean   save_region)
{
  g_autofree char *path = settings != NULL ? g_settings_get_string (settings, "local-services-path") : NULL;
  g_autoptr (KhModels) models = kh_models_new (path);
  const GError *local_error = NULL;
  KhDirectory  *directory = kh_models_get_directory (models, &local_error);
  GtkWidget    *page = kh_help_page_new (directory, local_error);

  if (settings != NULL)
    g_settings_bind (settings, "region", page, "region",
                     save_region ? G_SETTINGS_BIND_DEFAULT : G_SETTINGS_BIND_GET);

  return page;
}

static void
test_settings (void)
{
  g_autoptr (GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kh-page-XXXXXX", &error);
  g_autofree char *good = g_build_filename (dir, "good.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *region = NULL;
  g_autoptr (GPtrArray) dropdowns = NULL;
  Fixture      fixture = { 0 };
  GtkWidget   *clinic_heading, *desk, *group, *emergency, *frank, *error_box;
  GtkDropDown *dropdown;
  GListModel  *model;

  g_assert_no_error (error);
  write_file (good, clinic_file);
  write_file (bad, "{ \"organization\": \"Riverside Clinic\", \"services\": [ { \"id\": \"x\" } ] }");

  g_setenv ("LANG", "en_US.UTF-8", TRUE);
  g_settings_reset (settings, "region");
  g_settings_set_string (settings, "local-services-path", good);

  show_page (&fixture, page_new_for_settings (settings, TRUE));
  g_assert_cmpstr (kh_help_page_get_shown_region (KH_HELP_PAGE (fixture.page)), ==, "US");
  wait_for_layout ();

  /* The clinic's services first, under its name, then the bundled ones. */
  emergency = find_named (fixture.page, "emergency");
  clinic_heading = kh_test_find_label (fixture.page, "Riverside Clinic");
  desk = find_named (fixture.page, "front-desk");
  group = find_named (fixture.page, "group");
  g_assert_nonnull (clinic_heading);
  g_assert_true (kh_test_is_heading (clinic_heading));
  g_assert_true (gtk_widget_has_css_class (desk, "local"));
  g_assert_true (is_before (emergency, clinic_heading));
  g_assert_true (is_before (clinic_heading, desk));
  g_assert_true (is_before (desk, group));
  g_assert_true (is_before (group, find_named (fixture.page, "us-samhsa-helpline")));
  g_assert_false (gtk_widget_get_visible (find_with_class (fixture.page, GTK_TYPE_BOX, "local-error")));

  /* Choosing a region saves it; the clinic's US-only group goes. */
  dropdowns = find_all (fixture.page, GTK_TYPE_DROP_DOWN);
  dropdown = dropdowns->pdata[0];
  model = gtk_drop_down_get_model (dropdown);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_str_equal (gtk_string_object_get_string (item), "United Kingdom"))
        gtk_drop_down_set_selected (dropdown, i);
    }
  region = g_settings_get_string (settings, "region");
  g_assert_cmpstr (region, ==, "GB");
  wait_for_layout ();
  g_assert_nonnull (find_named (fixture.page, "front-desk"));
  g_assert_null (find_named (fixture.page, "group"));

  /* A change of the setting shows on the page. */
  g_settings_set_string (settings, "region", "DE");
  g_assert_cmpstr (kh_help_page_get_shown_region (KH_HELP_PAGE (fixture.page)), ==, "DE");
  gtk_window_destroy (fixture.window);

  /* A new page opens on the saved region; a broken file is reported and
   * the bundled services still show. */
  g_settings_set_string (settings, "local-services-path", bad);
  show_page (&fixture, page_new_for_settings (settings, TRUE));
  g_assert_cmpstr (kh_help_page_get_shown_region (KH_HELP_PAGE (fixture.page)), ==, "DE");
  wait_for_layout ();
  error_box = find_with_class (fixture.page, GTK_TYPE_BOX, "local-error");
  g_assert_true (gtk_widget_get_mapped (error_box));
  g_assert_nonnull (kh_test_find_label (error_box, "This clinic’s own list of services could not be read, "
                                                   "so it is not shown. The services below are part of the "
                                                   "app and are not affected."));
  {
    g_autoptr (GPtrArray) labels = g_ptr_array_new ();
    g_autofree char *expected = g_strdup_printf ("%s: /services/0: missing member “kind”", bad);
    g_autoptr (GPtrArray) expanders = find_all (error_box, GTK_TYPE_EXPANDER);
    gboolean found = FALSE;

    /* The details are for staff, one click away. */
    g_assert_cmpuint (expanders->len, ==, 1);
    g_assert_false (gtk_expander_get_expanded (expanders->pdata[0]));
    gtk_expander_set_expanded (expanders->pdata[0], TRUE);
    kh_test_collect_labels (error_box, labels);
    for (guint i = 0; i < labels->len; i++)
      found |= strstr (gtk_label_get_text (labels->pdata[i]), expected) != NULL;
    g_assert_true (found);
  }
  g_assert_null (kh_test_find_label (fixture.page, "Riverside Clinic"));
  g_assert_nonnull (find_named (fixture.page, "de-sucht-drogen-hotline"));
  /* Still, the emergency numbers come before the message. */
  g_assert_true (is_before (find_named (fixture.page, "emergency"), error_box));
  frank = find_named (fixture.page, "gb-frank");
  g_assert_null (frank);
  gtk_window_destroy (fixture.window);

  /* A kiosk reads the region set for it, and saves no visitor's choice. */
  g_settings_set_string (settings, "region", "IE");
  g_settings_set_string (settings, "local-services-path", good);
  show_page (&fixture, page_new_for_settings (settings, FALSE));
  g_assert_cmpstr (kh_help_page_get_shown_region (KH_HELP_PAGE (fixture.page)), ==, "IE");
  kh_help_page_set_region (KH_HELP_PAGE (fixture.page), "AU");
  g_assert_cmpstr (kh_help_page_get_shown_region (KH_HELP_PAGE (fixture.page)), ==, "AU");
  g_clear_pointer (&region, g_free);
  region = g_settings_get_string (settings, "region");
  g_assert_cmpstr (region, ==, "IE");
  g_assert_nonnull (find_named (fixture.page, "front-desk"));
  gtk_window_destroy (fixture.window);

  /* Without the schema installed, the page still works. */
  show_page (&fixture, page_new_for_settings (NULL, FALSE));
  g_assert_cmpstr (kh_help_page_get_shown_region (KH_HELP_PAGE (fixture.page)), ==, "US");
  gtk_window_destroy (fixture.window);

  g_settings_reset (settings, "region");
  g_settings_reset (settings, "local-services-path");
  g_unsetenv ("LANG");
  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* One click from any page: the header bar's "Get help now". */
/* A clinic's file that is a FIFO, /dev/zero, a folder, too deep for
 * json-glib, or with a member given twice or a U+0000: the page comes up
 * at once, says in one line what is wrong with which file, and shows the
 * bundled services. */
static void
test_untrusted_local_files (void)
{
  g_autoptr (GSettings) settings = g_settings_new (BASE_APP_ID);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kh-untrusted-page-XXXXXX", &error);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.json", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.json", NULL);
  g_autofree char *nested = g_build_filename (dir, "nested.json", NULL);
  g_autofree char *dup = g_build_filename (dir, "duplicate.json", NULL);
  g_autofree char *nul = g_build_filename (dir, "nul.json", NULL);
  g_autoptr (GString) deep = g_string_new (NULL);
  const struct
  {
    const char *path;
    const char *problem;
  } cases[] = {
    { fifo, "cannot read the file: it is a named pipe (FIFO), not a regular file" },
    { zero, "cannot read the file: it is a character device, not a regular file" },
    { folder, "cannot read the file: it is a folder, not a regular file" },
    { nested, "/0: nested more than 64 levels deep" },
    { dup, "/: member “services” is given more than once" },
    { nul, "/services/0/contacts/0/value: the string holds the control character U+0000" },
  };

  g_assert_no_error (error);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (int i = 0; i < 200 * 1024; i++)
    g_string_append_c (deep, '[');
  g_file_set_contents (nested, deep->str, deep->len, &error);
  g_assert_no_error (error);
  write_file (dup, "{ \"organization\": \"Riverside Clinic\", \"services\": [], \"services\": [] }");
  write_file (nul, "{ \"organization\": \"Riverside Clinic\", \"services\": [ { \"id\": \"front-desk\", "
                   "\"kind\": \"treatment\", \"name\": \"Front desk\", \"description\": \"Ask us.\", "
                   "\"regions\": [ \"US\" ], \"contacts\": [ { \"type\": \"call\", \"value\": \"555\\u00000100\" } ] } ] }");

  g_setenv ("LANG", "en_US.UTF-8", TRUE);
  g_settings_set_string (settings, "region", "US");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) labels = g_ptr_array_new ();
      g_autofree char *prefix = g_strdup_printf ("%s: ", cases[i].path);
      Fixture          fixture = { 0 };
      GtkWidget       *error_box;
      const char      *details = NULL;
      gint64           start = g_get_monotonic_time ();

      g_settings_set_string (settings, "local-services-path", cases[i].path);
      show_page (&fixture, page_new_for_settings (settings, FALSE));
      g_test_message ("%s: page shown after %" G_GINT64_FORMAT " ms", cases[i].path,
                      (g_get_monotonic_time () - start) / 1000);

      error_box = find_with_class (fixture.page, GTK_TYPE_BOX, "local-error");
      g_assert_nonnull (error_box);
      kh_test_wait_for (gtk_widget_get_mapped (error_box), 2000);
      if (!gtk_widget_get_mapped (error_box))
        g_error ("Get help page with %s: the problem with the clinic’s file is not shown", cases[i].path);

      /* The details are for staff, one click away. */
      {
        g_autoptr (GPtrArray) expanders = find_all (error_box, GTK_TYPE_EXPANDER);

        g_assert_cmpuint (expanders->len, ==, 1);
        gtk_expander_set_expanded (expanders->pdata[0], TRUE);
      }
      kh_test_collect_labels (error_box, labels);
      for (guint j = 0; j < labels->len && details == NULL; j++)
        if (g_str_has_prefix (gtk_label_get_text (labels->pdata[j]), prefix))
          details = gtk_label_get_text (labels->pdata[j]);
      if (details == NULL)
        g_error ("Get help page with %s: no label in the problem box names the file", cases[i].path);
      g_test_message ("%s", details);
      /* The first line is the whole problem; the next paragraph says how to check. */
      {
        g_autofree char *line = g_strndup (details, strcspn (details, "\n"));

        g_assert_true (g_str_has_suffix (line, cases[i].problem));
      }

      g_assert_null (kh_test_find_label (fixture.page, "Riverside Clinic"));
      if (find_named (fixture.page, "us-988-lifeline") == NULL)
        g_error ("Get help page with %s: the bundled service us-988-lifeline is not shown", cases[i].path);
      gtk_window_destroy (fixture.window);
    }

  g_settings_reset (settings, "local-services-path");
  g_settings_reset (settings, "region");
  g_unlink (fifo);
  g_unlink (zero);
  g_rmdir (folder);
  g_unlink (nested);
  g_unlink (dup);
  g_unlink (nul);
  g_rmdir (dir);
}

static void
test_window_button (void)
{
  g_autoptr (KhContent) content = kh_content_new_bundled (NULL);
  KhWindow *window = kh_test_window_new (test_app, content, NULL);
  g_autoptr (GPtrArray) buttons = NULL;
  GtkWidget *button = NULL;

  gtk_window_present (GTK_WINDOW (window));
  kh_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (window)), 2000);
  g_assert_cmpstr (kh_window_get_visible_page (window), !=, "help");

  buttons = find_all (gtk_window_get_titlebar (GTK_WINDOW (window)), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), "win.show-section") == 0)
      button = buttons->pdata[i];
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));

  gtk_widget_activate (button);
  kh_test_wait_for (g_strcmp0 (kh_window_get_visible_page (window), "help") == 0, 2000);
  g_assert_cmpstr (kh_window_get_visible_page (window), ==, "help");
  g_assert_true (KH_IS_HELP_PAGE (kh_window_get_page_widget (window, "help")));
  g_assert_nonnull (find_named (kh_window_get_page_widget (window, "help"), "emergency"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  static const GActionEntry actions[] = {
    { "open-uri", kh_test_record_uri_cb, "s" },
  };

  g_autoptr (GtkCssProvider) provider = NULL;

  gtk_test_init (&argc, &argv, NULL);

  /* The app's own style: sizes are measured as people see them. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  test_app = gtk_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, NULL);
  g_action_map_add_action_entries (G_ACTION_MAP (test_app), actions, G_N_ELEMENTS (actions), &last_uri);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/help-page/every-region", test_every_region);
  ADD ("/help-page/locale", test_locale);
  ADD ("/help-page/dropdown", test_dropdown);
  ADD ("/help-page/call-buttons", test_call_buttons);
  ADD ("/help-page/copy", test_copy);
  ADD ("/help-page/qr-codes", test_qr_codes);
  ADD ("/help-page/narrow", test_narrow);
#undef ADD
  g_test_add_func ("/help-page/settings", test_settings);
  g_test_add_func ("/help-page/window-button", test_window_button);
  g_test_add_func ("/help-page/untrusted-local-files", test_untrusted_local_files);

  return g_test_run ();
}
