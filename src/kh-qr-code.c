/* kh-qr-code.c: a QR code that draws itself, crisp at any size
 *
 * The only file that uses libqrencode, so a build (such as the Flatpak)
 * needs it for this one module alone. The code is always drawn dark on
 * white with its quiet zone, whatever the theme, since phone cameras
 * expect that; each module is a whole number of pixels wide so that no
 * edge is blurred.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-qr-code"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <qrencode.h>

#include "kh-qr-code.h"

/* Pixels per module when nothing else decides the size. */
#define INTRINSIC_MODULE_SIZE 6

struct _KhQrCode
{
  GObject parent_instance;

  char     *text;
  KhQrLevel level;
  guint     n_modules;
  /* n_modules × n_modules, row by row; TRUE for a dark module */
  guint8 *modules;
};

static void kh_qr_code_paintable_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KhQrCode, kh_qr_code, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, kh_qr_code_paintable_init))

static guint
total_modules (KhQrCode *self)
{
  return self->n_modules + 2 * KH_QR_CODE_QUIET_ZONE;
}

static void
kh_qr_code_snapshot (GdkPaintable *paintable,
                     GdkSnapshot  *snapshot,
                     double        width,
                     double        height)
{
  KhQrCode            *self = KH_QR_CODE (paintable);
  static const GdkRGBA light = { 1.0f, 1.0f, 1.0f, 1.0f };
  static const GdkRGBA dark = { 0.0f, 0.0f, 0.0f, 1.0f };
  guint                size = kh_qr_code_get_module_size (self, width, height);
  double               module, x0, y0;

  /* Too small for whole pixels: draw it anyway, blurred. */
  module = size > 0 ? size : MIN (width, height) / total_modules (self);
  x0 = floor ((width - module * total_modules (self)) / 2) + module * KH_QR_CODE_QUIET_ZONE;
  y0 = floor ((height - module * total_modules (self)) / 2) + module * KH_QR_CODE_QUIET_ZONE;

  gtk_snapshot_append_color (GTK_SNAPSHOT (snapshot), &light,
                             &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* One rectangle per run of dark modules keeps the render tree small. */
  for (guint y = 0; y < self->n_modules; y++)
    {
      guint x = 0;

      while (x < self->n_modules)
        {
          guint start;

          if (!kh_qr_code_get_module (self, x, y))
            {
              x++;
              continue;
            }

          start = x;
          while (x < self->n_modules && kh_qr_code_get_module (self, x, y))
            x++;

          gtk_snapshot_append_color (GTK_SNAPSHOT (snapshot), &dark,
                                     &GRAPHENE_RECT_INIT (x0 + start * module,
                                                          y0 + y * module,
                                                          (x - start) * module,
                                                          module));
        }
    }
}

static int
kh_qr_code_get_intrinsic_size (GdkPaintable *paintable)
{
  return total_modules (KH_QR_CODE (paintable)) * INTRINSIC_MODULE_SIZE;
}

static double
kh_qr_code_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  return 1.0;
}

static GdkPaintableFlags
kh_qr_code_get_flags (GdkPaintable *paintable)
{
  return GDK_PAINTABLE_STATIC_SIZE | GDK_PAINTABLE_STATIC_CONTENTS;
}

static void
kh_qr_code_paintable_init (GdkPaintableInterface *iface)
{
  iface->snapshot = kh_qr_code_snapshot;
  iface->get_intrinsic_width = kh_qr_code_get_intrinsic_size;
  iface->get_intrinsic_height = kh_qr_code_get_intrinsic_size;
  iface->get_intrinsic_aspect_ratio = kh_qr_code_get_intrinsic_aspect_ratio;
  iface->get_flags = kh_qr_code_get_flags;
}

static void
kh_qr_code_finalize (GObject *object)
{
  KhQrCode *self = (KhQrCode *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->modules, g_free);

  G_OBJECT_CLASS (kh_qr_code_parent_class)->finalize (object);
}

static void
kh_qr_code_class_init (KhQrCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kh_qr_code_finalize;
}

static void
kh_qr_code_init (KhQrCode *self)
{
}

/**
 * kh_qr_code_new:
 * @text: what the code holds, e.g. "tel:988"
 * @level: how much of the code may be damaged and still read
 * @error: return location for an error
 *
 * Encodes @text as `qrencode -l LEVEL` does: the smallest version that
 * fits, 8-bit mode where needed, case kept.
 *
 * Returns: (transfer full) (nullable): the code, or %NULL if @text is too
 *   long for a QR code
 */
KhQrCode *
kh_qr_code_new (const char *text,
                KhQrLevel   level,
                GError    **error)
{
  static const QRecLevel levels[] = {
    [KH_QR_LEVEL_L] = QR_ECLEVEL_L,
    [KH_QR_LEVEL_M] = QR_ECLEVEL_M,
    [KH_QR_LEVEL_Q] = QR_ECLEVEL_Q,
    [KH_QR_LEVEL_H] = QR_ECLEVEL_H,
  };
  g_autoptr (KhQrCode) self = NULL;
  QRcode *code;
  int     saved_errno;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (level <= KH_QR_LEVEL_H, NULL);

  errno = 0;
  code = QRcode_encodeString (text, 0, levels[level], QR_MODE_8, 1);
  saved_errno = errno;
  if (code == NULL)
    {
      g_autofree char *start = NULL;

      /* The text is usually too long: do not quote all of it. */
      if (g_utf8_validate (text, -1, NULL) && g_utf8_strlen (text, -1) > 40)
        {
          g_autofree char *head = g_utf8_substring (text, 0, 40);

          start = g_strconcat (head, "…", NULL);
        }
      else
        start = g_strdup (text);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Cannot make a QR code of “%s”: %s"), start, g_strerror (saved_errno));
      return NULL;
    }

  self = g_object_new (KH_TYPE_QR_CODE, NULL);
  self->text = g_strdup (text);
  self->level = level;
  self->n_modules = code->width;
  self->modules = g_new (guint8, (gsize) code->width * code->width);
  /* Bit 0 of each byte is the module's colour; the rest is encoder
   * bookkeeping. */
  for (gsize i = 0; i < (gsize) code->width * code->width; i++)
    self->modules[i] = code->data[i] & 1;

  QRcode_free (code);

  return g_steal_pointer (&self);
}

const char *
kh_qr_code_get_text (KhQrCode *self)
{
  g_return_val_if_fail (KH_IS_QR_CODE (self), NULL);

  return self->text;
}

KhQrLevel
kh_qr_code_get_level (KhQrCode *self)
{
  g_return_val_if_fail (KH_IS_QR_CODE (self), KH_QR_LEVEL_M);

  return self->level;
}

/**
 * kh_qr_code_get_n_modules:
 *
 * Returns: the number of modules on each side, without the quiet zone
 */
guint
kh_qr_code_get_n_modules (KhQrCode *self)
{
  g_return_val_if_fail (KH_IS_QR_CODE (self), 0);

  return self->n_modules;
}

/**
 * kh_qr_code_get_module:
 * @x: column, from the left, 0 to n_modules - 1
 * @y: row, from the top
 *
 * Returns: %TRUE if the module is dark
 */
gboolean
kh_qr_code_get_module (KhQrCode *self,
                       guint     x,
                       guint     y)
{
  g_return_val_if_fail (KH_IS_QR_CODE (self), FALSE);
  g_return_val_if_fail (x < self->n_modules && y < self->n_modules, FALSE);

  return self->modules[y * self->n_modules + x];
}

/**
 * kh_qr_code_get_module_size:
 * @width: width of the area to draw in
 * @height: height of the area to draw in
 *
 * Returns: the width of one module in whole pixels when the code and its
 *   quiet zone are drawn as large as fits, or 0 if they do not fit at one
 *   pixel a module
 */
guint
kh_qr_code_get_module_size (KhQrCode *self,
                            double    width,
                            double    height)
{
  g_return_val_if_fail (KH_IS_QR_CODE (self), 0);

  if (width <= 0 || height <= 0)
    return 0;

  return (guint) floor (MIN (width, height) / total_modules (self));
}
