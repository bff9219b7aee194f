/* test-service-card.c: a service's card shows what the directory says of
 * it, marks a clinic's own service, and passes its switches to its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kh-contact-row.h"
#include "kh-directory.h"
#include "kh-service-card.h"
#include "kh-test-util.h"

static const char clinic_file[] =
    "{ \"organization\": \"Riverside Clinic\","
    "  \"services\": ["
    "    { \"id\": \"front-desk\", \"kind\": \"clinic\", \"name\": \"Front desk\","
    "      \"description\": \"Ask us anything.\", \"hours\": \"Weekdays, 9 to 5\","
    "      \"languages\": [ \"English\", \"Polish\" ],"
    "      \"contacts\": [ { \"type\": \"call\", \"value\": \"020 7946 0000\" },"
    "                      { \"type\": \"web\", \"value\": \"https://example.org/clinic\" } ] },"
    "    { \"id\": \"bare\", \"kind\": \"other\", \"name\": \"Bare\","
    "      \"description\": \"Nothing more.\","
    "      \"contacts\": [ { \"type\": \"call\", \"value\": \"020 7946 0001\" } ] } ] }";

typedef struct
{
  KhDirectory *directory;
  GtkWindow   *window;
} Fixture;

static void
fixture_setup (Fixture      *fixture,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KhDirectory) bundled = kh_directory_new_bundled (&error);
  g_autoptr (GBytes) bytes = g_bytes_new_static (clinic_file, strlen (clinic_file));
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  g_assert_no_error (error);
  fixture->directory = kh_directory_new_from_bytes (bytes, "local-services.json", bundled, errors);
  if (errors->len > 0)
    g_error ("the test's clinic file: %s", ((GError *) errors->pdata[0])->message);
  g_assert_nonnull (fixture->directory);
  fixture->window = GTK_WINDOW (gtk_window_new ());
}

static void
fixture_teardown (Fixture      *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->directory);
}

static KhServiceCard *
show_card (Fixture    *fixture,
           const char *id)
{
  KhService *service = kh_directory_lookup_service (fixture->directory, id);
  GtkWidget *card;

  if (service == NULL)
    g_error ("no service “%s” in the test's directory", id);
  card = kh_service_card_new (service);
  gtk_window_set_child (fixture->window, card);
  gtk_window_present (fixture->window);
  kh_test_wait_for_layout (GTK_WIDGET (fixture->window), id, 3000);

  return KH_SERVICE_CARD (card);
}

static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (KH_IS_CONTACT_ROW (child))
        g_ptr_array_add (rows, child);
      collect_rows (child, rows);
    }
}

static GPtrArray *
card_rows (KhServiceCard *card)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (card), rows);
  return rows;
}

/* A visible label of @card with @text, or %NULL. */
static GtkWidget *
shown_label (KhServiceCard *card,
             const char    *text)
{
  GtkWidget *label = kh_test_find_label (GTK_WIDGET (card), text);

  return label != NULL && gtk_widget_is_visible (label) ? label : NULL;
}

/* A clinic's own service is marked, a bundled one not; both are groups
 * named by the service, headed by its name. */
static void
test_local (Fixture      *fixture,
            gconstpointer data)
{
  KhServiceCard *card = show_card (fixture, "front-desk");
  GtkWidget     *heading;

  g_assert_true (kh_service_is_local (kh_service_card_get_service (card)));
  if (!gtk_widget_has_css_class (GTK_WIDGET (card), "local"))
    g_error ("the clinic's card “front-desk” is not marked .local");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "service-card"));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (card)), ==, "front-desk");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, "Front desk");
  heading = shown_label (card, "Front desk");
  g_assert_nonnull (heading);
  g_assert_true (kh_test_is_heading (heading));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3);
  g_assert_nonnull (shown_label (card, "Clinic"));

  card = show_card (fixture, "us-988-lifeline");
  if (gtk_widget_has_css_class (GTK_WIDGET (card), "local"))
    g_error ("the bundled card “us-988-lifeline” is marked .local");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card), "service-card"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "988 Suicide & Crisis Lifeline");
  g_assert_nonnull (shown_label (card, "Crisis line"));
}

/* What it is, its details with their terms, and a row per contact. */
static void
test_contents (Fixture      *fixture,
               gconstpointer data)
{
  KhServiceCard *card = show_card (fixture, "front-desk");
  g_autoptr (GPtrArray) rows = card_rows (card);
  GtkWidget *hours;

  g_assert_nonnull (shown_label (card, "Ask us anything."));
  hours = shown_label (card, "Weekdays, 9 to 5");
  g_assert_nonnull (hours);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (hours), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       shown_label (card, "Hours"), NULL);
  g_assert_nonnull (shown_label (card, "English, Polish"));
  g_assert_nonnull (shown_label (card, "Languages"));
  /* what it does not say, it does not show */
  g_assert_null (shown_label (card, "Cost"));
  g_assert_null (shown_label (card, "Privacy"));

  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (kh_contact_get_value (kh_contact_row_get_contact (rows->pdata[0])), ==, "020 7946 0000");
  g_assert_cmpstr (kh_contact_get_value (kh_contact_row_get_contact (rows->pdata[1])), ==,
                   "https://example.org/clinic");
  g_assert_false (kh_contact_row_get_emergency (rows->pdata[0]));

  /* A bare service: no kind to tag, no details. */
  card = show_card (fixture, "bare");
  g_assert_nonnull (shown_label (card, "Bare"));
  g_assert_null (shown_label (card, "Hours"));
  g_assert_null (shown_label (card, "Languages"));
  {
    g_autoptr (GPtrArray) labels = g_ptr_array_new ();

    kh_test_collect_labels (GTK_WIDGET (card), labels);
    for (guint i = 0; i < labels->len; i++)
      if (gtk_widget_has_css_class (labels->pdata[i], "kind-tag") && gtk_widget_is_visible (labels->pdata[i]))
        g_error ("the card of a service of kind “other” shows a tag “%s”",
                 gtk_label_get_text (labels->pdata[i]));
  }

  /* A bundled one says where and when its numbers were checked. */
  card = show_card (fixture, "us-988-lifeline");
  g_assert_nonnull (shown_label (card, "Checked"));
  {
    g_autofree char *checked = kh_service_card_format_checked (kh_service_card_get_service (card));

    g_assert_nonnull (checked);
    g_assert_true (g_str_has_suffix (checked, ", at 988lifeline.org"));
    g_assert_nonnull (shown_label (card, checked));
  }
}

/* A region's emergency numbers: a red callout, not a service card. */
static void
test_emergency (Fixture      *fixture,
                gconstpointer data)
{
  KhService     *emergency = kh_region_get_emergency (kh_directory_lookup_region (fixture->directory, "GB"));
  GtkWidget     *widget = kh_service_card_new_emergency (emergency);
  KhServiceCard *card = KH_SERVICE_CARD (widget);
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *checked = kh_service_card_format_checked (emergency);
  g_autofree char *checked_line = g_strdup_printf ("Checked: %s", checked);
  GtkWidget       *heading;

  gtk_window_set_child (fixture->window, widget);
  gtk_window_present (fixture->window);
  kh_test_wait_for_layout (GTK_WIDGET (fixture->window), "the emergency card", 3000);

  for (guint i = 0; i < 3; i++)
    {
      const char *css_class = (const char *[]){ "callout", "crisis", "emergency" }[i];

      if (!gtk_widget_has_css_class (widget, css_class))
        g_error ("the emergency card is not .%s", css_class);
    }
  g_assert_false (gtk_widget_has_css_class (widget, "service-card"));
  g_assert_cmpstr (gtk_widget_get_name (widget), ==, "emergency");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, "In an emergency");
  heading = shown_label (card, "In an emergency");
  g_assert_nonnull (heading);
  g_assert_true (kh_test_is_heading (heading));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2);
  /* no name, kind or details of a service */
  g_assert_null (shown_label (card, kh_service_get_name (emergency)));
  g_assert_null (shown_label (card, "Checked"));
  g_assert_nonnull (checked);
  g_assert_nonnull (shown_label (card, checked_line));

  rows = card_rows (card);
  g_assert_cmpuint (rows->len, ==, kh_service_get_n_contacts (emergency));
  for (guint i = 0; i < rows->len; i++)
    g_assert_true (kh_contact_row_get_emergency (rows->pdata[i]));
}

/* Its rows follow the card's can-open and show-qr-codes. */
static void
test_switches (Fixture      *fixture,
               gconstpointer data)
{
  KhServiceCard *card = show_card (fixture, "us-988-lifeline");
  g_autoptr (GPtrArray) rows = card_rows (card);

  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_true (kh_contact_row_get_can_open (rows->pdata[i]));
      g_assert_false (kh_contact_row_get_show_qr_code (rows->pdata[i]));
    }

  g_object_set (card, "can-open", FALSE, "show-qr-codes", TRUE, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      if (kh_contact_row_get_can_open (rows->pdata[i]))
        g_error ("row %u of us-988-lifeline can still open", i);
      if (!kh_contact_row_get_show_qr_code (rows->pdata[i]))
        g_error ("row %u of us-988-lifeline shows no QR code", i);
    }

  /* A new card starts from the switches it is given. */
  card = KH_SERVICE_CARD (g_object_new (KH_TYPE_SERVICE_CARD,
                                        "service", kh_directory_lookup_service (fixture->directory, "gb-frank"),
                                        "can-open", FALSE,
                                        "show-qr-codes", TRUE,
                                        NULL));
  g_object_ref_sink (card);
  g_ptr_array_unref (rows);
  rows = card_rows (card);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_false (kh_contact_row_get_can_open (rows->pdata[i]));
      g_assert_true (kh_contact_row_get_show_qr_code (rows->pdata[i]));
    }
  g_ptr_array_set_size (rows, 0);
  g_assert_finalize_object (card);
}

int
main (int   argc,
      char *argv[])
{
  kh_test_init_accessible (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/service-card/local", test_local);
  ADD ("/service-card/contents", test_contents);
  ADD ("/service-card/emergency", test_emergency);
  ADD ("/service-card/switches", test_switches);
#undef ADD

  return g_test_run ();
}
