/* test-lockdown.c: what the app may hand to the system
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kh-lockdown.h"

static const char *const doors[] = { "can-print", "can-open-uri", "can-save", "can-select-text", "can-quit" };

static gboolean
get (KhLockdown *lockdown,
     const char *name)
{
  gboolean value;

  g_object_get (lockdown, name, &value, NULL);
  return value;
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_desktop (void)
{
  g_autoptr (KhLockdown) lockdown = kh_lockdown_new ();

  for (guint i = 0; i < G_N_ELEMENTS (doors); i++)
    g_assert_true (get (lockdown, doors[i]));
  g_assert_true (kh_lockdown_get_can_print (lockdown));
  g_assert_true (kh_lockdown_get_can_open_uri (lockdown));
  g_assert_true (kh_lockdown_get_can_save (lockdown));
  g_assert_true (kh_lockdown_get_can_select_text (lockdown));
  g_assert_true (kh_lockdown_get_can_quit (lockdown));

  g_assert_finalize_object (g_steal_pointer (&lockdown));
}

/* A kiosk shuts every door but printing, which the clinic chooses. */
static void
test_kiosk (void)
{
  for (int allow_print = 0; allow_print <= 1; allow_print++)
    {
      g_autoptr (KhLockdown) lockdown = kh_lockdown_new_kiosk (allow_print);

      g_assert_cmpint (kh_lockdown_get_can_print (lockdown), ==, allow_print);
      g_assert_false (kh_lockdown_get_can_open_uri (lockdown));
      g_assert_false (kh_lockdown_get_can_save (lockdown));
      g_assert_false (kh_lockdown_get_can_select_text (lockdown));
      g_assert_false (kh_lockdown_get_can_quit (lockdown));

      g_assert_finalize_object (g_steal_pointer (&lockdown));
    }
}

/* Whatever is bound follows a change, notified once per door. */
static void
test_notify (void)
{
  g_autoptr (KhLockdown) lockdown = kh_lockdown_new ();
  guint n_notified = 0, n_print = 0;

  g_signal_connect_swapped (lockdown, "notify", G_CALLBACK (count_cb), &n_notified);
  g_signal_connect_swapped (lockdown, "notify::can-print", G_CALLBACK (count_cb), &n_print);

  kh_lockdown_lock_for_kiosk (lockdown, TRUE);
  /* four doors shut, printing stays open */
  g_assert_cmpuint (n_notified, ==, 4);
  g_assert_cmpuint (n_print, ==, 0);

  kh_lockdown_lock_for_kiosk (lockdown, TRUE);
  g_assert_cmpuint (n_notified, ==, 4);

  g_object_set (lockdown, "can-print", FALSE, NULL);
  g_assert_cmpuint (n_print, ==, 1);
  g_assert_false (get (lockdown, "can-print"));

  g_assert_finalize_object (g_steal_pointer (&lockdown));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lockdown/desktop", test_desktop);
  g_test_add_func ("/lockdown/kiosk", test_kiosk);
  g_test_add_func ("/lockdown/notify", test_notify);

  return g_test_run ();
}
