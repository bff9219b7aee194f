/* test-qr-code.c: KhQrCode encodes as Debian's qrencode does, and draws
 * crisp, dark on light, with its quiet zone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "kh-qr-code.h"

static const char *const inputs[] = {
  "tel:988",
  "tel:18006624357",
  "sms:435748",
  "https://findtreatment.gov",
  "https://988lifeline.org",
  "tel:+442079460000",
  "https://example.org/a/longer/address/with?query=1&and=more#and-a-fragment",
  "Ça marche: ünïcödé",
};

static const char level_names[] = { 'L', 'M', 'Q', 'H' };

/* The module matrix as `qrencode -t ASCII -m 0` prints it: two characters
 * a module, "##" dark and "  " light, one line a row. */
static char *
run_qrencode (const char *text,
              KhQrLevel   level)
{
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  char  level_arg[2] = { level_names[level], '\0' };
  char *out = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              "qrencode", "-t", "ASCII", "-m", "0", "-l", level_arg, "--", text, NULL);
  if (process == NULL)
    g_error ("Cannot run qrencode (Debian package “qrencode”): %s", error->message);

  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));

  return out;
}

static char *
matrix_of (KhQrCode *code)
{
  GString *text = g_string_new (NULL);
  guint    n = kh_qr_code_get_n_modules (code);

  for (guint y = 0; y < n; y++)
    {
      for (guint x = 0; x < n; x++)
        g_string_append (text, kh_qr_code_get_module (code, x, y) ? "##" : "  ");
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
test_matches_qrencode (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    for (KhQrLevel level = KH_QR_LEVEL_L; level <= KH_QR_LEVEL_H; level++)
      {
        g_autoptr (GError) error = NULL;
        g_autoptr (KhQrCode) code = kh_qr_code_new (inputs[i], level, &error);
        g_autofree char *expected = run_qrencode (inputs[i], level);
        g_autofree char *actual = NULL;
        guint            n;

        g_assert_no_error (error);
        g_test_message ("%s at level %c", inputs[i], level_names[level]);
        g_assert_cmpstr (kh_qr_code_get_text (code), ==, inputs[i]);
        g_assert_cmpint (kh_qr_code_get_level (code), ==, level);

        /* A QR code of version v has 17 + 4v modules a side. */
        n = kh_qr_code_get_n_modules (code);
        g_assert_cmpuint (n, >=, 21);
        g_assert_cmpuint ((n - 17) % 4, ==, 0);

        actual = matrix_of (code);
        g_assert_cmpstr (actual, ==, expected);
      }
}

static void
test_too_long (void)
{
  g_autofree char *text = g_strnfill (8000, 'x');
  g_autoptr (GError) error = NULL;
  g_autoptr (KhQrCode) code = kh_qr_code_new (text, KH_QR_LEVEL_H, &error);

  g_assert_null (code);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
}

static void
test_intrinsic_size (void)
{
  g_autoptr (KhQrCode) code = kh_qr_code_new ("tel:988", KH_QR_LEVEL_M, NULL);
  guint         total = kh_qr_code_get_n_modules (code) + 2 * KH_QR_CODE_QUIET_ZONE;
  GdkPaintable *paintable = GDK_PAINTABLE (code);

  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==,
                   gdk_paintable_get_intrinsic_height (paintable));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), >=, 160);
  g_assert_cmpfloat (gdk_paintable_get_intrinsic_aspect_ratio (paintable), ==, 1.0);
  g_assert_cmpint (gdk_paintable_get_flags (paintable), ==,
                   GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS);

  g_assert_cmpuint (kh_qr_code_get_module_size (code, 200, 200), ==, 200 / total);
  g_assert_cmpuint (kh_qr_code_get_module_size (code, 200, 120), ==, 120 / total);
  g_assert_cmpuint (kh_qr_code_get_module_size (code, 10, 10), ==, 0);
  g_assert_cmpuint (kh_qr_code_get_module_size (code, 0, 0), ==, 0);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int     stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

/* Drawn at a size that is not a multiple of the module count, every
 * pixel is still pure black or pure white (no blurred edges), the quiet
 * zone is white, and each module is where the matrix says. */
static void
test_render_crisp (void)
{
  const int size = 203;
  g_autoptr (KhQrCode) code = kh_qr_code_new ("https://findtreatment.gov", KH_QR_LEVEL_M, NULL);
  guint n = kh_qr_code_get_n_modules (code);
  guint module = kh_qr_code_get_module_size (code, size, size);
  int   origin = (size - (int) (module * (n + 2 * KH_QR_CODE_QUIET_ZONE))) / 2 +
               (int) module * KH_QR_CODE_QUIET_ZONE;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t         *cr;
  guint            n_dark = 0;

  g_assert_cmpuint (module, >=, 4);

  gdk_paintable_snapshot (GDK_PAINTABLE (code), snapshot, size, size);
  node = gtk_snapshot_free_to_node (snapshot);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size, size);
  cr = cairo_create (surface);
  /* Something neither black nor white shows any pixel left undrawn. */
  cairo_set_source_rgb (cr, 1.0, 0.0, 0.0);
  cairo_paint (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++)
      {
        guint32 pixel = pixel_at (surface, x, y);

        if (pixel != 0x000000 && pixel != 0xffffff)
          g_error ("pixel %d,%d is %06x, neither black nor white", x, y, pixel);
        if (pixel == 0x000000)
          n_dark++;
        /* The quiet zone and the margin around it are white. */
        if (x < origin || y < origin || x >= origin + (int) (module * n) || y >= origin + (int) (module * n))
          g_assert_cmphex (pixel, ==, 0xffffff);
      }

  for (guint y = 0; y < n; y++)
    for (guint x = 0; x < n; x++)
      for (guint dy = 0; dy < module; dy++)
        for (guint dx = 0; dx < module; dx++)
          g_assert_cmphex (pixel_at (surface, origin + x * module + dx, origin + y * module + dy), ==,
                           kh_qr_code_get_module (code, x, y) ? 0x000000 : 0xffffff);

  g_assert_cmpuint (n_dark, >, 0);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Render nodes are drawn with cairo, without a display; their types are
   * registered on first use of one. */
  g_type_ensure (GSK_TYPE_COLOR_NODE);

  g_test_add_func ("/qr-code/matches-qrencode", test_matches_qrencode);
  g_test_add_func ("/qr-code/too-long", test_too_long);
  g_test_add_func ("/qr-code/intrinsic-size", test_intrinsic_size);
  g_test_add_func ("/qr-code/render-crisp", test_render_crisp);

  return g_test_run ();
}
