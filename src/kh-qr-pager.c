/* kh-qr-pager.c: a text too long for one QR code, shown code by code
 *
 * A plan or a checklist summary is carried in the codes themselves, not
 * behind an address: a phone's camera shows the text and can keep it,
 * and nothing is sent anywhere. Where the text needs more than one code,
 * the pager says so and shows one at a time, large enough for a phone
 * to read from the screen (at least 4 px a module), each code's first
 * line saying which part it is (kh_plan_split_for_qr()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-qr-pager"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kh-qr-code.h"
#include "kh-qr-pager.h"
#include "kh-widgets.h"

/* Pixels a module, at least: what a phone reads from a screen. */
#define MODULE_PX 4
#define MIN_SIZE 320

struct _KhQrPager
{
  GtkWidget parent_instance;

  /* children */
  GtkWidget *count_label;
  GtkWidget *image;
  GtkWidget *previous_button;
  GtkWidget *next_button;
  GtkWidget *error_label;

  /* owned */
  GStrv     texts;
  guint     index;
  KhQrCode *code;
};

G_DEFINE_FINAL_TYPE (KhQrPager, kh_qr_pager, GTK_TYPE_WIDGET)

static void
show_code (KhQrPager *self)
{
  guint n = kh_qr_pager_get_n_codes (self);
  g_autoptr (GError) error = NULL;
  g_autofree char *count = NULL;
  g_autofree char *accessible = NULL;

  g_clear_object (&self->code);
  gtk_image_clear (GTK_IMAGE (self->image));
  gtk_widget_set_visible (self->error_label, FALSE);

  gtk_widget_set_visible (self->count_label, n > 1);
  gtk_widget_set_visible (self->previous_button, n > 1);
  gtk_widget_set_visible (self->next_button, n > 1);
  gtk_widget_set_visible (self->image, n > 0);
  if (n == 0)
    return;

  if (n > 1)
    {
      /* Translators: shown above a QR code when a text takes several */
      count = g_strdup_printf (_ ("Code %u of %u. Scan each code in turn."), self->index + 1, n);
      gtk_label_set_text (GTK_LABEL (self->count_label), count);
    }
  gtk_widget_set_sensitive (self->previous_button, self->index > 0);
  gtk_widget_set_sensitive (self->next_button, self->index + 1 < n);

  if (!(self->code = kh_qr_code_new (self->texts[self->index], KH_QR_LEVEL_M, &error)))
    {
      /* The texts are split to fit (kh_plan_split_for_qr()): this is a
       * bug, said on the screen rather than hidden. The message quotes
       * the text, a visitor's words: the log gets only its size. */
      g_warning ("No QR code for a text of %zu bytes", strlen (self->texts[self->index]));
      gtk_label_set_text (GTK_LABEL (self->error_label), _ ("This code could not be made."));
      gtk_widget_set_visible (self->error_label, TRUE);
      gtk_widget_set_visible (self->image, FALSE);
      return;
    }

  gtk_image_set_from_paintable (GTK_IMAGE (self->image), GDK_PAINTABLE (self->code));
  gtk_image_set_pixel_size (GTK_IMAGE (self->image),
                            MAX (MIN_SIZE, (int) (kh_qr_code_get_n_modules (self->code) + 2 * KH_QR_CODE_QUIET_ZONE) * MODULE_PX));
  /* Translators: the accessible name of a QR code that holds a text */
  accessible = g_strdup_printf (_ ("QR code %u of %u"), self->index + 1, n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
previous_clicked_cb (KhQrPager *self)
{
  if (self->index > 0)
    kh_qr_pager_set_index (self, self->index - 1);
}

static void
next_clicked_cb (KhQrPager *self)
{
  kh_qr_pager_set_index (self, self->index + 1);
}

static void
kh_qr_pager_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kh_qr_pager_parent_class)->dispose (object);
}

static void
kh_qr_pager_finalize (GObject *object)
{
  KhQrPager *self = (KhQrPager *) object;

  g_strfreev (self->texts);
  g_clear_object (&self->code);

  G_OBJECT_CLASS (kh_qr_pager_parent_class)->finalize (object);
}

static void
kh_qr_pager_class_init (KhQrPagerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kh_qr_pager_dispose;
  object_class->finalize = kh_qr_pager_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "qrpager");
}

static GtkWidget *
make_button (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);

  return button;
}

static void
kh_qr_pager_init (KhQrPager *self)
{
  GtkWidget *buttons;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 8);
  gtk_widget_add_css_class (GTK_WIDGET (self), "qr-code");

  /* out of the focus chain: GTK 4.8 lets a selectable label that cannot
   * be focused swallow Tab */
  self->count_label = kh_body_label_new (NULL);
  gtk_widget_set_can_focus (self->count_label, FALSE);
  gtk_widget_set_parent (self->count_label, GTK_WIDGET (self));

  self->image = gtk_image_new ();
  gtk_widget_set_halign (self->image, GTK_ALIGN_START);
  gtk_widget_set_name (self->image, "qr-code");
  gtk_widget_set_parent (self->image, GTK_WIDGET (self));

  self->error_label = kh_body_label_new (NULL);
  gtk_widget_set_can_focus (self->error_label, FALSE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_parent (self->error_label, GTK_WIDGET (self));

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  self->previous_button = make_button (_ ("_Previous Code"));
  self->next_button = make_button (_ ("_Next Code"));
  g_signal_connect_swapped (self->previous_button, "clicked", G_CALLBACK (previous_clicked_cb), self);
  g_signal_connect_swapped (self->next_button, "clicked", G_CALLBACK (next_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), self->previous_button);
  gtk_box_append (GTK_BOX (buttons), self->next_button);
  gtk_widget_set_parent (buttons, GTK_WIDGET (self));

  show_code (self);
}

GtkWidget *
kh_qr_pager_new (void)
{
  return g_object_new (KH_TYPE_QR_PAGER, NULL);
}

/**
 * kh_qr_pager_set_texts:
 * @texts: (nullable): one text a code, each small enough for one
 *
 * Shows the first code of @texts.
 */
void
kh_qr_pager_set_texts (KhQrPager         *self,
                       const char *const *texts)
{
  g_return_if_fail (KH_IS_QR_PAGER (self));

  g_strfreev (self->texts);
  self->texts = g_strdupv ((char **) texts);
  self->index = 0;
  show_code (self);
}

/**
 * kh_qr_pager_clear:
 *
 * Forgets the texts and their codes.
 */
void
kh_qr_pager_clear (KhQrPager *self)
{
  kh_qr_pager_set_texts (self, NULL);
}

guint
kh_qr_pager_get_n_codes (KhQrPager *self)
{
  g_return_val_if_fail (KH_IS_QR_PAGER (self), 0);

  return self->texts != NULL ? g_strv_length (self->texts) : 0;
}

guint
kh_qr_pager_get_index (KhQrPager *self)
{
  g_return_val_if_fail (KH_IS_QR_PAGER (self), 0);

  return self->index;
}

void
kh_qr_pager_set_index (KhQrPager *self,
                       guint      index)
{
  g_return_if_fail (KH_IS_QR_PAGER (self));

  if (index >= kh_qr_pager_get_n_codes (self) || index == self->index)
    return;

  self->index = index;
  show_code (self);
}

/**
 * kh_qr_pager_get_text:
 *
 * Returns: (nullable): what the code shown holds
 */
const char *
kh_qr_pager_get_text (KhQrPager *self)
{
  g_return_val_if_fail (KH_IS_QR_PAGER (self), NULL);

  return self->code != NULL ? kh_qr_code_get_text (self->code) : NULL;
}

/**
 * kh_qr_pager_get_image:
 *
 * Returns: (transfer none): the image of the code shown
 */
GtkWidget *
kh_qr_pager_get_image (KhQrPager *self)
{
  g_return_val_if_fail (KH_IS_QR_PAGER (self), NULL);

  return self->image;
}
