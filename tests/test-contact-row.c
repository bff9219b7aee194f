/* test-contact-row.c: a contact's row copies exactly its value, names its
 * buttons for a screen reader, and hands the right address to the system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-contact-row.h"
#include "kh-directory.h"
#include "kh-qr-code.h"
#include "kh-test-util.h"

static char *last_uri;

typedef struct
{
  KhDirectory *directory;
  GtkWindow   *window;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  static const GActionEntry actions[] = {
    { "open-uri", kh_test_record_uri_cb, "s" },
  };
  g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr (GError) error = NULL;

  fixture->directory = kh_directory_new_bundled (&error);
  g_assert_no_error (error);

  /* The window stands in for the app: app.open-uri is its one door. */
  g_action_map_add_action_entries (G_ACTION_MAP (group), actions, G_N_ELEMENTS (actions), &last_uri);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "app", G_ACTION_GROUP (group));
  g_clear_pointer (&last_uri, g_free);
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->directory);
  g_clear_pointer (&last_uri, g_free);
}

/* The contact of @service_id that is of @type. */
static KhContact *
find_contact (Fixture      *fixture,
              const char   *service_id,
              KhContactType type)
{
  KhService *service = kh_directory_lookup_service (fixture->directory, service_id);

  g_assert_nonnull (service);
  for (guint i = 0; i < kh_service_get_n_contacts (service); i++)
    if (kh_contact_get_contact_type (kh_service_get_contact (service, i)) == type)
      return kh_service_get_contact (service, i);

  g_error ("%s has no contact of type %d", service_id, type);
}

/* The row, shown in the window, with everything laid out. */
static KhContactRow *
show_row (Fixture   *fixture,
          KhContact *contact,
          gboolean   emergency)
{
  GtkWidget *row = kh_contact_row_new (contact, emergency);

  gtk_window_set_child (fixture->window, row);
  gtk_window_present (fixture->window);
  kh_test_wait_for_layout (GTK_WIDGET (fixture->window), "the contact row", 3000);

  return KH_CONTACT_ROW (row);
}

static GtkWidget *
find_with_class (GtkWidget  *root,
                 GType       type,
                 const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_has_css_class (child, css_class))
        return child;
      if ((found = find_with_class (child, type, css_class)))
        return found;
    }

  return NULL;
}

static GtkWidget *
find_button (KhContactRow *row,
             const char   *css_class)
{
  GtkWidget *button = find_with_class (GTK_WIDGET (row), GTK_TYPE_BUTTON, css_class);

  if (button == NULL)
    g_error ("the row of %s has no button .%s",
             kh_contact_get_value (kh_contact_row_get_contact (row)), css_class);

  return button;
}

/* Whether the clipboard holds something other than what the test put
 * there, and what. */
static gboolean
clipboard_changed (GtkWidget *widget,
                   char     **text)
{
  g_free (*text);
  *text = kh_test_clipboard_text (widget);

  return *text != NULL && !g_str_equal (*text, "something else");
}

static void
assert_accessible_label (GtkWidget  *widget,
                         const char *expected)
{
  g_autofree char *problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL, expected);

  if (problem != NULL)
    g_error ("%s .%s: accessible label is “%s”, expected “%s”", G_OBJECT_TYPE_NAME (widget),
             gtk_widget_get_css_classes (widget)[0], problem, expected);
}

/* Copy puts the value on the clipboard: the number as written, or the
 * whole web address, not the shortened one on the screen. */
static void
test_copy (Fixture      *fixture,
           gconstpointer data)
{
  struct
  {
    const char   *service;
    KhContactType type;
    const char   *expected;
  } cases[] = {
    { "us-988-lifeline", KH_CONTACT_CALL, "988" },
    { "us-findtreatment", KH_CONTACT_WEB, "https://findtreatment.gov" },
    { "gb-frank", KH_CONTACT_CALL, "0300 123 6600" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KhContact       *contact = find_contact (fixture, cases[i].service, cases[i].type);
      KhContactRow    *row = show_row (fixture, contact, FALSE);
      GtkWidget       *button = find_button (row, "copy-button");
      g_autofree char *text = NULL;

      gdk_clipboard_set_text (gtk_widget_get_clipboard (button), "something else");
      g_assert_nonnull (kh_test_find_label (button, "Copy"));

      gtk_widget_activate (button);
      kh_test_wait_for (clipboard_changed (button, &text), 2000);
      g_assert_cmpstr (text, ==, cases[i].expected);

      /* It says so, then (seen once) goes back to "Copy". */
      g_assert_nonnull (kh_test_find_label (button, "Copied"));
      if (i > 0)
        continue;
      kh_test_wait_for (kh_test_find_label (button, "Copy") != NULL, 4000);
      if (kh_test_find_label (button, "Copy") == NULL)
        g_error ("the Copy button of %s does not say “Copy” again", cases[i].expected);
    }
}

static void
test_accessible_names (Fixture      *fixture,
                       gconstpointer data)
{
  KhContactRow *row;

  row = show_row (fixture, find_contact (fixture, "us-988-lifeline", KH_CONTACT_CALL), FALSE);
  assert_accessible_label (find_button (row, "copy-button"), "Copy 988");
  assert_accessible_label (find_button (row, "open-button"), "Call 988");
  assert_accessible_label (find_button (row, "qr-toggle"), "Show a QR code for 988");

  row = show_row (fixture, find_contact (fixture, "us-988-lifeline", KH_CONTACT_TEXT), FALSE);
  assert_accessible_label (find_button (row, "copy-button"), "Copy 988");
  assert_accessible_label (find_button (row, "open-button"), "Send a text message to 988");

  row = show_row (fixture, find_contact (fixture, "us-findtreatment", KH_CONTACT_WEB), FALSE);
  assert_accessible_label (find_button (row, "copy-button"), "Copy findtreatment.gov");
  assert_accessible_label (find_button (row, "open-button"), "Open findtreatment.gov");
}

/* The Call, Text or Open website button hands exactly the contact's URI
 * to app.open-uri, and a kiosk's row has no such button at all. */
static void
test_open (Fixture      *fixture,
           gconstpointer data)
{
  struct
  {
    const char   *service;
    KhContactType type;
    const char   *label;
    const char   *uri;
  } cases[] = {
    { "us-988-lifeline", KH_CONTACT_CALL, "Call", "tel:988" },
    { "us-988-lifeline", KH_CONTACT_TEXT, "Text", "sms:988" },
    { "us-findtreatment", KH_CONTACT_WEB, "Open website", "https://findtreatment.gov" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KhContactRow *row = show_row (fixture, find_contact (fixture, cases[i].service, cases[i].type), FALSE);
      GtkWidget    *button = find_button (row, "open-button");
      GVariant     *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      g_assert_nonnull (kh_test_find_label (button, cases[i].label));
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "app.open-uri");
      g_assert_nonnull (target);
      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, cases[i].uri);
      g_assert_false (gtk_widget_has_css_class (button, "destructive-action"));

      g_clear_pointer (&last_uri, g_free);
      gtk_widget_activate (button);
      kh_test_wait_for (last_uri != NULL, 2000);
      g_assert_cmpstr (last_uri, ==, cases[i].uri);

      kh_contact_row_set_can_open (row, FALSE);
      g_assert_false (gtk_widget_get_visible (button));
      g_assert_null (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)));
      kh_contact_row_set_can_open (row, TRUE);
      g_assert_true (gtk_widget_get_visible (button));
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "app.open-uri");
    }
}

/* An emergency number: in large type, its Call button red. */
static void
test_emergency (Fixture      *fixture,
                gconstpointer data)
{
  KhRegion     *region = kh_directory_lookup_region (fixture->directory, "US");
  KhContact    *contact = kh_service_get_contact (kh_region_get_emergency (region), 0);
  KhContactRow *row = show_row (fixture, contact, TRUE);
  GtkWidget    *value = kh_test_find_label (GTK_WIDGET (row), "911");

  g_assert_true (kh_contact_row_get_emergency (row));
  g_assert_nonnull (value);
  g_assert_true (gtk_widget_has_css_class (value, "emergency-number"));
  g_assert_true (gtk_widget_has_css_class (find_button (row, "open-button"), "destructive-action"));
}

static GtkWidget *
find_qr_image (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_IMAGE (child) && KH_IS_QR_CODE (gtk_image_get_paintable (GTK_IMAGE (child))))
        return child;
      if ((found = find_qr_image (child)))
        return found;
    }

  return NULL;
}

/* The QR code holds the URI, and follows its toggle and the property. */
static void
test_qr_code (Fixture      *fixture,
              gconstpointer data)
{
  KhContactRow *row = show_row (fixture, find_contact (fixture, "us-poison-help", KH_CONTACT_CALL), FALSE);
  GtkWidget    *toggle = find_with_class (GTK_WIDGET (row), GTK_TYPE_TOGGLE_BUTTON, "qr-toggle");
  GtkWidget    *image = find_qr_image (GTK_WIDGET (row));
  guint         notified = 0;

  g_assert_nonnull (toggle);
  g_assert_nonnull (image);
  g_assert_cmpstr (kh_qr_code_get_text (KH_QR_CODE (gtk_image_get_paintable (GTK_IMAGE (image)))), ==,
                   kh_contact_get_uri (kh_contact_row_get_contact (row)));
  g_assert_false (kh_contact_row_get_show_qr_code (row));
  g_assert_false (gtk_widget_get_mapped (image));

  g_signal_connect (row, "notify::show-qr-code", G_CALLBACK (kh_test_count_notify_cb), &notified);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_assert_true (kh_contact_row_get_show_qr_code (row));
  g_assert_cmpuint (notified, ==, 1);
  kh_test_wait_for (gtk_widget_get_mapped (image), 2000);
  g_assert_true (gtk_widget_get_mapped (image));

  kh_contact_row_set_show_qr_code (row, FALSE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_cmpuint (notified, ==, 2);
  kh_test_wait_for (!gtk_widget_get_mapped (image), 2000);
  g_assert_false (gtk_widget_get_mapped (image));
}

/* Rows are freed with what shows them, source ids and all. */
static void
test_finalize (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhDirectory) directory = kh_directory_new_bundled (&error);
  KhService *service;
  GtkWidget *row;

  g_assert_no_error (error);
  service = kh_directory_lookup_service (directory, "us-988-lifeline");
  row = g_object_ref_sink (kh_contact_row_new (kh_service_get_contact (service, 0), FALSE));
  /* A copy leaves a timeout behind that must not outlive the row. */
  gtk_widget_activate_action (row, "contact.copy", NULL);
  g_assert_finalize_object (row);
}

int
main (int   argc,
      char *argv[])
{
  kh_test_init_accessible (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/contact-row/copy", test_copy);
  ADD ("/contact-row/accessible-names", test_accessible_names);
  ADD ("/contact-row/open", test_open);
  ADD ("/contact-row/emergency", test_emergency);
  ADD ("/contact-row/qr-code", test_qr_code);
#undef ADD
  g_test_add_func ("/contact-row/finalize", test_finalize);

  return g_test_run ();
}
