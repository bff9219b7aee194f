/* test-directory.c: the help directory, its numbers, locales and a
 * clinic's local file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kh-directory.h"
#include "kh-i18n.h"
#include "kh-validate.h"

/* Every number and address of the bundled directory, copied by hand from
 * ../shared/CONTENT-FACTS.md ("Help resources"; 112 for other countries
 * from issue 4). Changing a number in directory.json without changing it
 * here, after checking the source, fails /directory/bundled/facts.
 * Left out as unverified: FRANK's live chat (its hours are marked verify)
 * and the HSE helpline's hours. */
typedef struct
{
  const char *region;
  const char *service; /* "emergency" for the region's own numbers */
  const char *type;
  const char *value;
} Fact;

static const Fact facts[] = {
  { "US", "emergency", "call", "911" },
  { "US", "us-samhsa-helpline", "call", "1-800-662-4357" },
  { "US", "us-samhsa-helpline", "tty", "1-800-487-4889" },
  { "US", "us-samhsa-helpline", "text", "435748" },
  { "US", "us-988-lifeline", "call", "988" },
  { "US", "us-988-lifeline", "text", "988" },
  { "US", "us-988-lifeline", "chat", "https://988lifeline.org" },
  { "US", "us-poison-help", "call", "1-800-222-1222" },
  { "US", "us-findtreatment", "web", "https://findtreatment.gov" },
  { "CA", "emergency", "call", "911" },
  { "CA", "ca-988", "call", "988" },
  { "CA", "ca-988", "text", "988" },
  { "CA", "ca-poison-centres", "call", "1-844-764-7669" },
  { "CA", "ca-poison-centres", "call", "1-800-463-5060" },
  { "GB", "emergency", "call", "999" },
  { "GB", "emergency", "call", "112" },
  { "GB", "gb-frank", "call", "0300 123 6600" },
  { "GB", "gb-frank", "text", "82111" },
  { "GB", "gb-nhs-111", "call", "111" },
  { "GB", "gb-samaritans", "call", "116 123" },
  { "AU", "emergency", "call", "000" },
  { "AU", "au-adf-hotline", "call", "1800 250 015" },
  { "AU", "au-poisons-information", "call", "13 11 26" },
  { "AU", "au-lifeline", "call", "13 11 14" },
  { "AU", "au-family-drug-support", "call", "1300 368 186" },
  { "IE", "emergency", "call", "112" },
  { "IE", "emergency", "call", "999" },
  { "IE", "ie-hse-drugs-helpline", "call", "1800 459 459" },
  { "IE", "ie-samaritans", "call", "116 123" },
  { "DE", "emergency", "call", "112" },
  { "DE", "de-sucht-drogen-hotline", "call", "01806 313031" },
  { "DE", "de-telefonseelsorge", "call", "0800 111 0 111" },
  { "DE", "de-telefonseelsorge", "call", "0800 111 0 222" },
  { "DE", "de-telefonseelsorge", "chat", "https://www.telefonseelsorge.de" },
  { "TH", "emergency", "call", "1669" },
  { "TH", "emergency", "call", "191" },
  { "TH", "th-dmh-hotline", "call", "1323" },
  { "MY", "emergency", "call", "999" },
  { "MY", "emergency", "call", "112" },
  { "MY", "my-talian-heal", "call", "15555" },
  { "MY", "my-befrienders-kl", "call", "03-7627 2929" },
  { "ID", "emergency", "call", "112" },
  { "ID", "emergency", "call", "110" },
  { "ID", "id-bnn-call-center", "call", "184" },
  { "other", "emergency", "call", "112" },
};

/* How each region writes its numbers: calls (and TTY) and texts. */
typedef struct
{
  const char *region;
  const char *call;
  const char *text;
} Format;

static const Format formats[] = {
  { "US", "^(911|988|1-8(00|33|44|55|66|77|88)-[2-9][0-9]{2}-[0-9]{4})$", "^(988|[0-9]{5,6})$" },
  { "CA", "^(911|988|1-8(00|33|44|55|66|77|88)-[2-9][0-9]{2}-[0-9]{4})$", "^988$" },
  { "GB", "^(999|112|111|116 123|0[1-9][0-9]{2} [0-9]{3} [0-9]{4})$", "^[0-9]{5}$" },
  { "IE", "^(112|999|116 123|1800 [0-9]{3} [0-9]{3})$", NULL },
  { "AU", "^(000|1[38]00 [0-9]{3} [0-9]{3}|13 [0-9]{2} [0-9]{2})$", NULL },
  { "DE", "^(112|0[0-9]{4} [0-9]{6}|0800 111 0 [0-9]{3})$", NULL },
  { "TH", "^(191|1[0-9]{3})$", NULL },
  { "MY", "^(999|112|1[0-9]{4}|0[0-9]-[0-9]{4} [0-9]{4})$", NULL },
  { "ID", "^(112|1[0-9]{2})$", NULL },
  { "other", "^112$", NULL },
};

static const char *const contact_type_names[] = { "call", "text", "chat", "web", "tty" };

static KhDirectory *
load_bundled (void)
{
  g_autoptr (GError) error = NULL;
  KhDirectory *directory = kh_directory_new_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (directory);

  return directory;
}

typedef void (*ContactFunc) (const char *region,
                             KhService  *service,
                             KhContact  *contact,
                             gpointer    user_data);

/* Calls @func for every contact of every region of @directory, the
 * region's emergency numbers included. */
static void
foreach_contact (KhDirectory *directory,
                 ContactFunc  func,
                 gpointer     user_data)
{
  for (guint i = 0; i < kh_directory_get_n_regions (directory); i++)
    {
      KhRegion   *region = kh_directory_get_region (directory, i);
      const char *code = kh_region_get_code (region);
      KhService  *emergency = kh_region_get_emergency (region);
      g_autoptr (GPtrArray) services = kh_directory_dup_services (directory, code);

      for (guint j = 0; j < kh_service_get_n_contacts (emergency); j++)
        func (code, emergency, kh_service_get_contact (emergency, j), user_data);

      for (guint j = 0; j < services->len; j++)
        for (guint k = 0; k < kh_service_get_n_contacts (services->pdata[j]); k++)
          func (code, services->pdata[j], kh_service_get_contact (services->pdata[j], k), user_data);
    }
}

static char *
fact_key (const char *region,
          const char *service,
          const char *type,
          const char *value)
{
  return g_strdup_printf ("%s | %s | %s | %s", region, service, type, value);
}

static void
collect_fact (const char *region,
              KhService  *service,
              KhContact  *contact,
              gpointer    user_data)
{
  GPtrArray *found = user_data;
  gboolean   emergency = kh_service_get_kind (service) == KH_SERVICE_EMERGENCY;

  g_ptr_array_add (found, fact_key (region,
                                    emergency ? "emergency" : kh_service_get_id (service),
                                    contact_type_names[kh_contact_get_contact_type (contact)],
                                    kh_contact_get_value (contact)));
}

static void
test_bundled_facts (void)
{
  g_autoptr (KhDirectory) directory = load_bundled ();
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);

  foreach_contact (directory, collect_fact, found);
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    g_ptr_array_add (expected, fact_key (facts[i].region, facts[i].service,
                                         facts[i].type, facts[i].value));

  for (guint i = 0; i < found->len; i++)
    if (!g_ptr_array_find_with_equal_func (expected, found->pdata[i], g_str_equal, NULL))
      g_error ("in directory.json but not in the facts table: %s", (char *) found->pdata[i]);

  for (guint i = 0; i < expected->len; i++)
    if (!g_ptr_array_find_with_equal_func (found, expected->pdata[i], g_str_equal, NULL))
      g_error ("in the facts table but not in directory.json: %s", (char *) expected->pdata[i]);

  g_assert_cmpuint (found->len, ==, expected->len);
  g_assert_finalize_object (g_steal_pointer (&directory));
}

static void
check_format (const char *region,
              KhService  *service,
              KhContact  *contact,
              gpointer    user_data)
{
  const Format *format = NULL;
  const char   *value = kh_contact_get_value (contact);
  const char   *uri = kh_contact_get_uri (contact);
  const char   *pattern;
  g_autoptr (GString) digits = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (formats[i].region, region))
      format = &formats[i];
  g_assert_nonnull (format);

  switch (kh_contact_get_contact_type (contact))
    {
    case KH_CONTACT_CALL:
    case KH_CONTACT_TTY:
    case KH_CONTACT_TEXT:
      pattern = kh_contact_get_contact_type (contact) == KH_CONTACT_TEXT ? format->text : format->call;
      if (pattern == NULL || !g_regex_match_simple (pattern, value, 0, 0))
        g_error ("%s, %s: “%s” is not written as %s numbers are (%s)",
                 region, kh_service_get_id (service), value, region, pattern);

      for (const char *p = value; *p; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (digits, *p);
      g_string_prepend (digits, kh_contact_get_contact_type (contact) == KH_CONTACT_TEXT ? "sms:" : "tel:");
      g_assert_cmpstr (uri, ==, digits->str);
      g_assert_cmpstr (kh_contact_get_display_value (contact), ==, value);
      g_assert_true (kh_contact_is_phone (contact));
      break;

    case KH_CONTACT_CHAT:
    case KH_CONTACT_WEB:
      g_assert_true (g_str_has_prefix (value, "https://"));
      g_assert_cmpstr (uri, ==, value);
      g_assert_cmpstr (kh_contact_get_display_value (contact), ==, value + strlen ("https://"));
      g_assert_false (kh_contact_is_phone (contact));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
test_bundled_formats (void)
{
  g_autoptr (KhDirectory) directory = load_bundled ();

  foreach_contact (directory, check_format, NULL);
}

static void
test_bundled_regions (void)
{
  g_autoptr (KhDirectory) directory = load_bundled ();
  static const char *const expected[] = { "AU", "CA", "DE", "ID", "IE", "MY", "TH", "GB", "US", "other" };
  g_autoptr (GDateTime) reviewed = NULL;
  KhRegion *other;

  g_assert_cmpuint (kh_directory_get_n_regions (directory), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      KhRegion  *region = kh_directory_get_region (directory, i);
      KhService *emergency = kh_region_get_emergency (region);
      g_autoptr (GPtrArray) services = kh_directory_dup_services (directory, expected[i]);

      g_assert_cmpstr (kh_region_get_code (region), ==, expected[i]);
      g_assert_true (kh_directory_lookup_region (directory, expected[i]) == region);
      g_assert_nonnull (kh_region_get_name (region));
      g_assert_false (kh_region_is_local (region));
      g_assert_cmpint (kh_service_get_kind (emergency), ==, KH_SERVICE_EMERGENCY);
      g_assert_cmpuint (kh_service_get_n_contacts (emergency), >=, 1);
      g_assert_nonnull (kh_service_get_description (emergency));
      /* Every country listed has at least one service besides 911 & co. */
      if (!g_str_equal (expected[i], KH_REGION_OTHER))
        g_assert_cmpuint (services->len, >=, 1);

      for (guint j = 0; j < services->len; j++)
        {
          KhService *service = services->pdata[j];

          g_assert_false (kh_service_is_local (service));
          g_assert_true (kh_service_serves_region (service, expected[i]));
          g_assert_nonnull (kh_service_get_name (service));
          g_assert_nonnull (kh_service_get_description (service));
          g_assert_cmpuint (kh_service_get_n_contacts (service), >=, 1);
          g_assert_true (kh_directory_lookup_service (directory, kh_service_get_id (service)) == service);
        }
    }

  other = kh_directory_lookup_region (directory, KH_REGION_OTHER);
  g_assert_cmpstr (kh_region_get_name (other), ==, "Other countries");
  g_assert_nonnull (strstr (kh_region_get_advice (other), "doctor"));
  g_assert_nonnull (strstr (kh_region_get_advice (other), "pharmacist"));
  g_assert_nonnull (strstr (kh_service_get_description (kh_region_get_emergency (other)), "112"));
  g_assert_null (kh_directory_lookup_region (directory, "XX"));
  g_assert_null (kh_directory_lookup_region (directory, NULL));
  g_assert_null (kh_directory_get_organization (directory));

  reviewed = g_date_time_new_utc (2026, 12, 1, 0, 0, 0);
  g_assert_true (g_date_time_equal (kh_directory_get_reviewed (directory), reviewed));
}

/* What CONTENT-FACTS.md marks "verify" stays out. */
static void
test_bundled_unverified_left_out (void)
{
  g_autoptr (KhDirectory) directory = load_bundled ();
  KhService *frank = kh_directory_lookup_service (directory, "gb-frank");
  KhService *hse = kh_directory_lookup_service (directory, "ie-hse-drugs-helpline");
  KhService *samhsa = kh_directory_lookup_service (directory, "us-samhsa-helpline");

  g_assert_nonnull (frank);
  for (guint i = 0; i < kh_service_get_n_contacts (frank); i++)
    g_assert_cmpint (kh_contact_get_contact_type (kh_service_get_contact (frank, i)), !=, KH_CONTACT_CHAT);
  g_assert_null (strstr (kh_service_get_hours (frank), "chat"));

  g_assert_nonnull (hse);
  g_assert_null (kh_service_get_hours (hse));

  g_assert_cmpstr (kh_service_get_hours (samhsa), ==, "24 hours a day, 7 days a week");
  g_assert_cmpstr (kh_service_get_cost (samhsa), ==, "Free");
  g_assert_cmpuint (kh_service_get_n_languages (samhsa), ==, 2);
  /* Spanish on the phone only: the text service is English only. */
  g_assert_cmpstr (kh_service_get_language (samhsa, 1), ==, "Spanish (by phone)");
  g_assert_nonnull (strstr (kh_contact_get_label (kh_service_get_contact (samhsa, 2)), "English only"));
}

/* Locale → region */

typedef struct
{
  const char *locale;
  const char *territory;
  const char *region;
} LocaleCase;

static const LocaleCase locale_cases[] = {
  { "C", NULL, "other" },
  { "POSIX", NULL, "other" },
  { "C.UTF-8", NULL, "other" },
  { "", NULL, "other" },
  { "es_US.UTF-8", "US", "US" },
  { "en_US", "US", "US" },
  { "en_GB@euro", "GB", "GB" },
  { "en_GB.UTF-8", "GB", "GB" },
  { "en_UK.UTF-8", "GB", "GB" },
  { "en-GB", "GB", "GB" },
  { "fr_CA.UTF-8", "CA", "CA" },
  { "en_AU.utf8", "AU", "AU" },
  { "de_DE.UTF-8@euro", "DE", "DE" },
  { "ga_IE", "IE", "IE" },
  { "th_TH.UTF-8", "TH", "TH" },
  { "ms_MY.UTF-8", "MY", "MY" },
  { "id_ID", "ID", "ID" },
  { "pt_BR.UTF-8", "BR", "other" },
  { "sr_RS@latin", "RS", "other" },
  { "es_419", NULL, "other" },
  { "de", NULL, "other" },
  { "en_us", "US", "US" },
};

static void
test_locale (gconstpointer data)
{
  const LocaleCase *c = data;
  g_autoptr (KhDirectory) directory = load_bundled ();
  g_autofree char *territory = kh_locale_dup_territory (c->locale);

  g_assert_cmpstr (territory, ==, c->territory);
  g_assert_cmpstr (kh_directory_region_for_locale (directory, c->locale), ==, c->region);
}

static void
test_locale_null (void)
{
  g_autoptr (KhDirectory) directory = load_bundled ();

  g_assert_null (kh_locale_dup_territory (NULL));
  g_assert_cmpstr (kh_directory_region_for_locale (directory, NULL), ==, KH_REGION_OTHER);
}

/* LC_ALL, then LC_MESSAGES, then LANG; LANGUAGE lists languages, not a
 * place, and is not read. */
static void
test_locale_environment (void)
{
  g_setenv ("LANGUAGE", "fr_CA", TRUE);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_unsetenv ("LANG");
  g_assert_null (kh_locale_get_environment ());

  g_setenv ("LANG", "en_GB.UTF-8", TRUE);
  g_assert_cmpstr (kh_locale_get_environment (), ==, "en_GB.UTF-8");
  g_setenv ("LC_MESSAGES", "es_US.UTF-8", TRUE);
  g_assert_cmpstr (kh_locale_get_environment (), ==, "es_US.UTF-8");
  g_setenv ("LC_ALL", "", TRUE);
  g_assert_cmpstr (kh_locale_get_environment (), ==, "es_US.UTF-8");
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_assert_cmpstr (kh_locale_get_environment (), ==, "de_DE.UTF-8");

  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_unsetenv ("LANG");
}

/* A clinic's file */

static const char *local_valid =
    "{ \"organization\": \"Riverside Clinic\","
    "  \"regions\": [ { \"code\": \"NZ\", \"name\": \"New Zealand\","
    "                  \"emergency\": { \"contacts\": [ { \"type\": \"call\", \"value\": \"111\" } ] } } ],"
    "  \"services\": ["
    "    { \"id\": \"front-desk\", \"kind\": \"clinic\", \"name\": \"Front desk\","
    "      \"description\": \"Ask us anything.\","
    "      \"contacts\": [ { \"type\": \"call\", \"value\": \"+44 20 7946 0000\", \"label\": \"Extension 2\" } ],"
    "      \"hours\": \"Weekdays, 8am to 6pm\" },"
    "    { \"id\": \"counsellors\", \"regions\": [ \"GB\" ], \"kind\": \"treatment\","
    "      \"name\": \"Counselling team\", \"description\": \"Talk to a counsellor here.\","
    "      \"contacts\": [ { \"type\": \"web\", \"value\": \"https://example.org/counselling/\" } ] },"
    "    { \"id\": \"nz-group\", \"regions\": [ \"NZ\", \"US\" ], \"kind\": \"support-group\","
    "      \"name\": \"Tuesday group\", \"description\": \"A peer group.\","
    "      \"contacts\": [ { \"type\": \"text\", \"value\": \"021 000 0000\" } ] }"
    "  ] }";

static KhDirectory *
load_local (KhDirectory *base,
            const char  *json,
            GPtrArray   *errors)
{
  g_autoptr (GBytes) bytes = g_bytes_new (json, strlen (json));

  return kh_directory_new_from_bytes (bytes, "local.json", base, errors);
}

static GStrv
service_ids (KhDirectory *directory,
             const char  *code)
{
  g_autoptr (GPtrArray) services = kh_directory_dup_services (directory, code);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < services->len; i++)
    g_strv_builder_add (builder, kh_service_get_id (services->pdata[i]));

  return g_strv_builder_end (builder);
}

static void
assert_ids (KhDirectory *directory,
            const char  *code,
            const char  *expected)
{
  g_auto (GStrv) ids = service_ids (directory, code);
  g_autofree char *joined = g_strjoinv (" ", ids);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_local_merge_order (void)
{
  g_autoptr (KhDirectory) bundled = load_bundled ();
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (KhDirectory) merged = load_local (bundled, local_valid, errors);
  KhService *front_desk;
  KhRegion  *nz;

  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_nonnull (merged);
  g_assert_cmpstr (kh_directory_get_organization (merged), ==, "Riverside Clinic");

  /* The clinic's services come first, in its order; then the bundled. */
  assert_ids (merged, "GB", "front-desk counsellors gb-frank gb-nhs-111 gb-samaritans");
  assert_ids (merged, "US", "front-desk nz-group us-samhsa-helpline us-988-lifeline us-poison-help us-findtreatment");
  assert_ids (merged, "NZ", "front-desk nz-group");
  assert_ids (merged, "other", "front-desk");
  assert_ids (merged, "DE", "front-desk de-sucht-drogen-hotline de-telefonseelsorge");

  /* The bundled directory is left as it was. */
  assert_ids (bundled, "GB", "gb-frank gb-nhs-111 gb-samaritans");
  g_assert_null (kh_directory_lookup_region (bundled, "NZ"));

  nz = kh_directory_lookup_region (merged, "NZ");
  g_assert_nonnull (nz);
  g_assert_true (kh_region_is_local (nz));
  g_assert_cmpuint (kh_directory_get_n_regions (merged), ==, kh_directory_get_n_regions (bundled) + 1);
  g_assert_true (kh_directory_lookup_region (merged, "GB") == kh_directory_lookup_region (bundled, "GB"));
  g_assert_cmpstr (kh_directory_region_for_locale (merged, "en_NZ.UTF-8"), ==, "NZ");

  front_desk = kh_directory_lookup_service (merged, "front-desk");
  g_assert_true (kh_service_is_local (front_desk));
  g_assert_null (kh_service_get_regions (front_desk));
  g_assert_cmpint (kh_service_get_kind (front_desk), ==, KH_SERVICE_CLINIC);
  g_assert_cmpstr (kh_contact_get_uri (kh_service_get_contact (front_desk, 0)), ==, "tel:+442079460000");
  g_assert_cmpstr (kh_contact_get_label (kh_service_get_contact (front_desk, 0)), ==, "Extension 2");
  g_assert_cmpstr (kh_contact_get_display_value (kh_service_get_contact (kh_directory_lookup_service (merged, "counsellors"), 0)),
                   ==, "example.org/counselling");
  g_assert_cmpstr (kh_contact_get_uri (kh_service_get_contact (kh_directory_lookup_service (merged, "nz-group"), 0)),
                   ==, "sms:0210000000");
  g_assert_false (kh_service_is_local (kh_directory_lookup_service (merged, "gb-frank")));

  g_clear_object (&merged);
  g_assert_finalize_object (g_steal_pointer (&bundled));
}

typedef struct
{
  const char *old;
  const char *new;
  int         code;
  const char *message;
} LocalCase;

static const LocalCase local_cases[] = {
  { "\"code\": \"NZ\"", "\"code\": \"GB\"", KH_CONTENT_ERROR_DUPLICATE,
    "local.json: /regions/0/code: region “GB” is already in the bundled directory; "
    "to add services to it, list “GB” in their “regions”" },
  { "\"code\": \"NZ\"", "\"code\": \"nz\"", KH_CONTENT_ERROR_VALUE,
    "local.json: /regions/0/code: expected a two-letter country code in capitals (ISO 3166), or “other”" },
  { "[ \"GB\" ]", "[ \"XX\" ]", KH_CONTENT_ERROR_UNKNOWN_TARGET,
    "local.json: /services/1/regions/0: unknown region “XX” (expected the “code” of a region)" },
  { "[ \"GB\" ]", "[ ]", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/1/regions: expected a non-empty array of strings" },
  { "\"organization\": \"Riverside Clinic\",", "", KH_CONTENT_ERROR_MISSING,
    "local.json: /: missing member “organization” (expected a string)" },
  { "\"organization\": \"Riverside Clinic\"", "\"organization\": [ \"Riverside\" ]", KH_CONTENT_ERROR_TYPE,
    "local.json: /organization: expected a string, found an array" },
  { "\"contacts\": [ { \"type\": \"web\", \"value\": \"https://example.org/counselling/\" } ]",
    "\"contacts\": \"https://example.org/\"", KH_CONTENT_ERROR_TYPE,
    "local.json: /services/1/contacts: expected an array, found a string" },
  { "\"contacts\": [ { \"type\": \"web\", \"value\": \"https://example.org/counselling/\" } ]",
    "\"contacts\": [ ]", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/1/contacts: expected at least one contact" },
  { "\"value\": \"+44 20 7946 0000\"", "\"value\": 442079460000", KH_CONTENT_ERROR_TYPE,
    "local.json: /services/0/contacts/0/value: expected a string, found a number" },
  { "\"value\": \"+44 20 7946 0000\"", "\"value\": \"call 020 7946 0000\"", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/0/contacts/0/value: expected a phone number: 3 to 15 digits, "
    "with spaces or “-” between them and an optional “+” in front" },
  { "\"value\": \"+44 20 7946 0000\"", "\"value\": \"12\"", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/0/contacts/0/value: expected a phone number: 3 to 15 digits, "
    "with spaces or “-” between them and an optional “+” in front" },
  { "\"value\": \"https://example.org/counselling/\"", "\"value\": \"http://example.org/\"", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/1/contacts/0/value: expected an address starting with “https://”" },
  { "\"label\": \"Extension 2\"", "\"uri\": \"https://example.org/\"", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/0/contacts/0/uri: expected an address starting with “tel:”" },
  { "\"type\": \"text\"", "\"type\": \"fax\"", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/2/contacts/0/type: unknown value “fax” (expected one of “call”, “text”, “chat”, “web”, “tty”)" },
  { "\"kind\": \"clinic\"", "\"kind\": \"shop\"", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/0/kind: unknown value “shop” (expected one of “emergency”, “helpline”, “crisis”, "
    "“poison”, “locator”, “family”, “urgent”, “treatment”, “support-group”, “clinic”, “other”)" },
  { "\"hours\": \"Weekdays, 8am to 6pm\"", "\"hours\": false", KH_CONTENT_ERROR_TYPE,
    "local.json: /services/0/hours: expected a string, found a boolean" },
  { "\"hours\": \"Weekdays, 8am to 6pm\"", "\"phone\": \"020\"", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/0: unknown member “phone” (expected one of “id”, “regions”, “kind”, “name”, "
    "“description”, “contacts”, “hours”, “cost”, “confidentiality”, “languages”, “source”, “checked”)" },
  { "\"id\": \"front-desk\"", "\"id\": \"gb-frank\"", KH_CONTENT_ERROR_DUPLICATE,
    "local.json: /services/0/id: service “gb-frank” is already in the bundled directory (choose another id)" },
  { "\"id\": \"counsellors\"", "\"id\": \"front-desk\"", KH_CONTENT_ERROR_DUPLICATE,
    "local.json: /services/1/id: service “front-desk” is listed twice" },
  { "\"id\": \"front-desk\"", "\"id\": \"Front Desk\"", KH_CONTENT_ERROR_VALUE,
    "local.json: /services/0/id: expected a lower-case identifier (letters, digits and “-”)" },
  { "\"name\": \"Front desk\",", "", KH_CONTENT_ERROR_MISSING,
    "local.json: /services/0: missing member “name” (expected a string)" },
  { "{ \"type\": \"call\", \"value\": \"111\" }", "{ \"type\": \"web\", \"value\": \"https://example.org\" }",
    KH_CONTENT_ERROR_VALUE,
    "local.json: /regions/0/emergency/contacts/0/type: expected “call”, “text” or “tty”: "
    "emergency services are reached by phone" },
  { "\"organization\": \"Riverside Clinic\",", "\"organization\": \"R\", \"reviewed\": \"30/11/2026\",",
    KH_CONTENT_ERROR_VALUE, "local.json: /reviewed: expected a date as YYYY-MM-DD" },
};

static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  g_autoptr (GString) string = g_string_new (text);

  g_assert_nonnull (strstr (text, old));
  g_string_replace (string, old, new, 1);

  return g_string_free (g_steal_pointer (&string), FALSE);
}

static void
test_local_errors (void)
{
  g_autoptr (KhDirectory) bundled = load_bundled ();

  for (guint i = 0; i < G_N_ELEMENTS (local_cases); i++)
    {
      const LocalCase *c = &local_cases[i];
      g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
      g_autofree char *json = replace_once (local_valid, c->old, c->new);
      g_autoptr (KhDirectory) merged = load_local (bundled, json, errors);
      GError *first;

      g_assert_null (merged);
      g_assert_cmpuint (errors->len, >=, 1);
      first = errors->pdata[0];
      g_test_message ("case %u: %s", i, first->message);
      g_assert_error (first, KH_CONTENT_ERROR, c->code);
      g_assert_cmpstr (first->message, ==, c->message);
    }

  /* Nothing of a rejected file stays behind. */
  assert_ids (bundled, "GB", "gb-frank gb-nhs-111 gb-samaritans");
  g_assert_finalize_object (g_steal_pointer (&bundled));
}

/* Whatever the bytes, a broken file is an error, never a crash. */
static void
test_local_malformed (void)
{
  static const struct
  {
    const char *data;
    gssize      length;
    int         code;
    const char *message;
  } cases[] = {
    { "", 0, KH_CONTENT_ERROR_PARSE, "local.json: the file is empty" },
    { "   \n", -1, KH_CONTENT_ERROR_PARSE, "local.json: the file is empty" },
    { "{ \"organization\": ", -1, KH_CONTENT_ERROR_PARSE, NULL },
    { "[ 1, 2 ]", -1, KH_CONTENT_ERROR_TYPE, "local.json: /: expected an object, found an array" },
    { "\"services\"", -1, KH_CONTENT_ERROR_TYPE, "local.json: /: expected an object, found a string" },
    { "null", -1, KH_CONTENT_ERROR_TYPE, "local.json: /: expected an object, found null" },
    { "{ \"organization\": \"Clinic\xff\" }", -1, KH_CONTENT_ERROR_PARSE, "local.json: the file is not valid UTF-8 text" },
    { "{ \"organization\": \"C\", \"services\": { } }", -1, KH_CONTENT_ERROR_TYPE,
      "local.json: /services: expected an array, found an object" },
    { "{ \"organization\": \"C\", \"services\": [ 3 ] }", -1, KH_CONTENT_ERROR_TYPE,
      "local.json: /services/0: expected an object, found a number" },
    { "{ \"organization\": \"C\", \"services\": [ { \"contacts\": [ null ] } ] }", -1, KH_CONTENT_ERROR_MISSING,
      "local.json: /services/0: missing member “id” (expected a string)" },
    { "{ \"organization\": \"C\", \"regions\": \"NZ\", \"services\": [] }", -1, KH_CONTENT_ERROR_TYPE,
      "local.json: /regions: expected an array, found a string" },
    { "{ \"organization\": \"C\" }", -1, KH_CONTENT_ERROR_MISSING,
      "local.json: /: missing member “services” (expected an array)" },
    { "\x89PNG\r\n\x1a\n\x00\x00", 10, KH_CONTENT_ERROR_PARSE, NULL },
  };
  g_autoptr (KhDirectory) bundled = load_bundled ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
      gsize length = cases[i].length < 0 ? strlen (cases[i].data) : (gsize) cases[i].length;
      g_autoptr (GBytes) bytes = g_bytes_new (cases[i].data, length);
      g_autoptr (KhDirectory) merged = kh_directory_new_from_bytes (bytes, "local.json", bundled, errors);
      GError *first;

      g_assert_null (merged);
      g_assert_cmpuint (errors->len, >=, 1);
      first = errors->pdata[0];
      g_test_message ("case %u: %s", i, first->message);
      g_assert_error (first, KH_CONTENT_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (first->message, ==, cases[i].message);
      else
        g_assert_true (g_str_has_prefix (first->message, "local.json: "));
    }
}

/* The bundled directory's own rules: what a clinic's file may leave out,
 * the bundled one may not. */
static void
test_bundled_rules (void)
{
  static const char *full =
      "{ \"reviewed\": \"2026-11-30\","
      "  \"regions\": [ { \"code\": \"other\", \"name\": \"Other countries\", \"advice\": \"Ask.\","
      "                  \"emergency\": { \"contacts\": [ { \"type\": \"call\", \"value\": \"112\" } ],"
      "                                 \"source\": \"https://e.example\", \"checked\": \"2026-12-01\" } } ],"
      "  \"services\": [ { \"id\": \"s\", \"regions\": [ \"other\" ], \"kind\": \"helpline\","
      "                   \"name\": \"S\", \"description\": \"D.\","
      "                   \"contacts\": [ { \"type\": \"call\", \"value\": \"112\" } ],"
      "                   \"source\": \"https://s.example\", \"checked\": \"2026-12-01\" } ] }";
  static const LocalCase cases[] = {
    { "\"regions\": [ \"other\" ], ", "", KH_CONTENT_ERROR_MISSING,
      "directory.json: /services/0: missing member “regions” (expected an array)" },
    { "\"advice\": \"Ask.\",", "", KH_CONTENT_ERROR_MISSING,
      "directory.json: /regions/0: missing member “advice” (expected a string)" },
    { "\"code\": \"other\"", "\"code\": \"US\"", KH_CONTENT_ERROR_MISSING,
      "directory.json: /regions: missing the region “other”, shown where no other region fits" },
    { "\"reviewed\": \"2026-11-30\",", "", KH_CONTENT_ERROR_MISSING,
      "directory.json: /: missing member “reviewed” (expected a string)" },
    { "\"reviewed\": \"2026-11-30\",", "\"reviewed\": \"2026-11-30\", \"organization\": \"X\",",
      KH_CONTENT_ERROR_VALUE,
      "directory.json: /: unknown member “organization” (expected one of “reviewed”, “regions”, “services”)" },
    /* Every bundled number can be traced to where and when it was checked. */
    { "\"source\": \"https://s.example\", ", "", KH_CONTENT_ERROR_MISSING,
      "directory.json: /services/0: missing member “source” (expected a string)" },
    { ", \"checked\": \"2026-12-01\" } ] }", " } ] }", KH_CONTENT_ERROR_MISSING,
      "directory.json: /services/0: missing member “checked” (expected a string)" },
    { "\"source\": \"https://e.example\", ", "", KH_CONTENT_ERROR_MISSING,
      "directory.json: /regions/0/emergency: missing member “source” (expected a string)" },
    { "https://s.example", "http://s.example", KH_CONTENT_ERROR_VALUE,
      "directory.json: /services/0/source: expected an address starting with “https://”" },
  };
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr (GBytes) bytes = g_bytes_new_static (full, strlen (full));
  g_autoptr (KhDirectory) directory = kh_directory_new_from_bytes (bytes, "directory.json", NULL, errors);

  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_nonnull (directory);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = replace_once (full, cases[i].old, cases[i].new);
      g_autoptr (GBytes) broken = g_bytes_new_take (g_strdup (json), strlen (json));
      g_autoptr (KhDirectory) none = NULL;

      g_ptr_array_set_size (errors, 0);
      none = kh_directory_new_from_bytes (broken, "directory.json", NULL, errors);
      g_assert_null (none);
      g_assert_cmpuint (errors->len, >=, 1);
      g_test_message ("case %u: %s", i, ((GError *) errors->pdata[0])->message);
      g_assert_error ((GError *) errors->pdata[0], KH_CONTENT_ERROR, cases[i].code);
      g_assert_cmpstr (((GError *) errors->pdata[0])->message, ==, cases[i].message);
    }
}

/* Finding and loading the file, as the app does */

static char *config_home;
static char *config_dir;

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_local_candidates (void)
{
  g_auto (GStrv) configured = kh_directory_dup_local_candidates ("/srv/clinic.json");
  g_auto (GStrv) found = kh_directory_dup_local_candidates ("");
  g_auto (GStrv) found_null = kh_directory_dup_local_candidates (NULL);
  g_autofree char  *home = g_build_filename (config_home, "kratom-help", "local-services.json", NULL);
  g_autofree char  *dir = g_build_filename (config_dir, "kratom-help", "local-services.json", NULL);
  const char *const expected[] = {
    home,
    dir,
    "/etc/kratom-help/local-services.json",
    NULL,
  };

  g_assert_cmpstrv (configured, ((const char *const[]){ "/srv/clinic.json", NULL }));
  /* XDG_CONFIG_DIRS is "<dir>:/etc:/etc/": /etc is listed once. */
  g_assert_cmpstrv (found, expected);
  g_assert_cmpstrv (found_null, expected);
}

static void
test_local_find_and_load (void)
{
  g_autofree char *home = g_build_filename (config_home, "kratom-help", "local-services.json", NULL);
  g_autofree char *dir = g_build_filename (config_dir, "kratom-help", "local-services.json", NULL);
  g_autoptr (GFile) file = NULL;
  g_autoptr (KhDirectory) directory = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KhDirectory) bundled = load_bundled ();
  guint n_bundled_gb;

  {
    g_auto (GStrv) ids = service_ids (bundled, "GB");
    n_bundled_gb = g_strv_length (ids);
  }

  /* Nothing there: the bundled directory alone, and no complaint. */
  file = kh_directory_find_local_file (NULL);
  g_assert_true (file == NULL || !g_str_has_prefix (g_file_peek_path (file), config_home));
  g_clear_object (&file);

  /* The system-wide file, until the user's own one appears. */
  write_file (dir, local_valid);
  file = kh_directory_find_local_file ("");
  g_assert_cmpstr (g_file_peek_path (file), ==, dir);
  g_clear_object (&file);

  write_file (home, "{ \"organization\": \"Home\", \"services\": [] }");
  file = kh_directory_find_local_file (NULL);
  g_assert_cmpstr (g_file_peek_path (file), ==, home);
  g_clear_object (&file);

  directory = kh_directory_new_for_system (NULL, &local_error, &error);
  g_assert_no_error (error);
  g_assert_no_error (local_error);
  g_assert_cmpstr (kh_directory_get_organization (directory), ==, "Home");
  g_assert_cmpstr (kh_directory_get_local_path (directory), ==, home);
  g_clear_object (&directory);

  /* A configured path wins over every other. */
  directory = kh_directory_new_for_system (dir, &local_error, &error);
  g_assert_no_error (error);
  g_assert_no_error (local_error);
  g_assert_cmpstr (kh_directory_get_organization (directory), ==, "Riverside Clinic");
  g_clear_object (&directory);

  /* A broken file is reported, and the bundled directory still shows. */
  write_file (home, "{ \"organization\": \"Home\", \"services\": [ { \"id\": 7 } ] }");
  directory = kh_directory_new_for_system (NULL, &local_error, &error);
  g_assert_no_error (error);
  g_assert_nonnull (directory);
  g_assert_null (kh_directory_get_organization (directory));
  {
    g_auto (GStrv) ids = service_ids (directory, "GB");
    g_assert_cmpuint (g_strv_length (ids), ==, n_bundled_gb);
  }
  g_assert_error (local_error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_TYPE);
  g_assert_true (g_str_has_prefix (local_error->message, home));
  g_assert_nonnull (strstr (local_error->message, ": /services/0/id: expected a string, found a number"));
  g_clear_error (&local_error);
  g_clear_object (&directory);

  /* A configured file that is not there is a problem to report. */
  directory = kh_directory_new_for_system ("/nonexistent/local-services.json", &local_error, &error);
  g_assert_no_error (error);
  g_assert_nonnull (directory);
  g_assert_error (local_error, KH_CONTENT_ERROR, KH_CONTENT_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (local_error->message, "/nonexistent/local-services.json: "));
  g_clear_error (&local_error);

  g_unlink (home);
  g_unlink (dir);
}

/* --validate-content checks directories with the same loader. */
static void
test_validate (void)
{
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autofree char *bundled = g_test_build_filename (G_TEST_DIST, "..", "data", "content", "directory.json", NULL);
  g_autofree char *local = g_build_filename (config_home, "check-local.json", NULL);
  g_autofree char *broken = g_build_filename (config_home, "check-broken.json", NULL);
  g_autofree char *nameless = g_build_filename (config_home, "check-nameless.json", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *json = replace_once (local_valid, "+44 20 7946 0000", "+44 20 7946 000O");

  write_file (local, local_valid);
  write_file (broken, json);
  write_file (nameless, "{ \"services\": [] }");

  g_assert_true (kh_validate_files ((const char *const[]){ bundled, local, NULL }, NULL, errors));
  g_assert_cmpuint (errors->len, ==, 0);

  g_assert_false (kh_validate_files ((const char *const[]){ broken, nameless, NULL }, NULL, errors));
  g_assert_cmpuint (errors->len, ==, 2);
  expected = g_strdup_printf ("%s: /services/0/contacts/0/value: expected a phone number: "
                              "3 to 15 digits, with spaces or “-” between them and an optional “+” in front",
                              broken);
  g_assert_cmpstr (((GError *) errors->pdata[0])->message, ==, expected);
  g_free (expected);
  expected = g_strdup_printf ("%s: /: missing member “organization” (expected a string)", nameless);
  g_assert_cmpstr (((GError *) errors->pdata[1])->message, ==, expected);

  g_unlink (local);
  g_unlink (broken);
  g_unlink (nameless);
}

static char *
locale_test_path (const char *locale)
{
  g_autoptr (GString) path = g_string_new ("/directory/locale/");

  g_string_append (path, *locale ? locale : "empty");
  g_string_replace (path, "_", "-", 0);

  return g_string_free (g_steal_pointer (&path), FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("kh-directory-XXXXXX", &error);
  int              status;

  g_assert_no_error (error);
  /* Before GLib reads and caches them. */
  config_home = g_build_filename (tmp, "home", NULL);
  config_dir = g_build_filename (tmp, "system", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  {
    g_autofree char *dirs = g_strdup_printf ("%s:/etc:/etc/", config_dir);
    g_setenv ("XDG_CONFIG_DIRS", dirs, TRUE);
  }
  g_mkdir_with_parents (config_home, 0700);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/directory/bundled/regions", test_bundled_regions);
  g_test_add_func ("/directory/bundled/facts", test_bundled_facts);
  g_test_add_func ("/directory/bundled/formats", test_bundled_formats);
  g_test_add_func ("/directory/bundled/unverified-left-out", test_bundled_unverified_left_out);
  g_test_add_func ("/directory/bundled/rules", test_bundled_rules);
  for (guint i = 0; i < G_N_ELEMENTS (locale_cases); i++)
    {
      g_autofree char *path = locale_test_path (locale_cases[i].locale);

      g_test_add_data_func (path, &locale_cases[i], test_locale);
    }
  g_test_add_func ("/directory/locale/null", test_locale_null);
  g_test_add_func ("/directory/locale/environment", test_locale_environment);
  g_test_add_func ("/directory/local/merge-order", test_local_merge_order);
  g_test_add_func ("/directory/local/errors", test_local_errors);
  g_test_add_func ("/directory/local/malformed", test_local_malformed);
  g_test_add_func ("/directory/local/candidates", test_local_candidates);
  g_test_add_func ("/directory/local/find-and-load", test_local_find_and_load);
  g_test_add_func ("/directory/validate", test_validate);

  status = g_test_run ();

  /* Remove what the tests left in the temporary config dirs. */
  {
    g_autofree char *home_dir = g_build_filename (config_home, "kratom-help", NULL);
    g_autofree char *system_dir = g_build_filename (config_dir, "kratom-help", NULL);

    g_rmdir (home_dir);
    g_rmdir (system_dir);
    g_rmdir (config_home);
    g_rmdir (config_dir);
    g_rmdir (tmp);
  }
  g_free (config_home);
  g_free (config_dir);

  return status;
}
