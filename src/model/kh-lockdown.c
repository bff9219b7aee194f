/* kh-lockdown.c: what the app may hand to the system, in one place
 *
 * On the desktop everything is allowed. A kiosk shuts every door through
 * which a visitor's answers or a number could leave the screen, or the
 * app could be left: printing (unless the clinic allows it, and then
 * straight to the printer), opening addresses, saving files, selecting
 * text (it can be dragged out), quitting. Each page binds its own
 * actions and labels to these properties; nothing matches action names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kh-lockdown"

#include "config.h"

#include "kh-lockdown.h"

struct _KhLockdown
{
  GObject parent_instance;

  gboolean can_print;
  gboolean can_open_uri;
  gboolean can_save;
  gboolean can_select_text;
  gboolean can_quit;
};

G_DEFINE_FINAL_TYPE (KhLockdown, kh_lockdown, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CAN_PRINT,
  PROP_CAN_OPEN_URI,
  PROP_CAN_SAVE,
  PROP_CAN_SELECT_TEXT,
  PROP_CAN_QUIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean *
field (KhLockdown *self,
       guint       prop_id)
{
  switch (prop_id)
    {
    case PROP_CAN_PRINT:
      return &self->can_print;
    case PROP_CAN_OPEN_URI:
      return &self->can_open_uri;
    case PROP_CAN_SAVE:
      return &self->can_save;
    case PROP_CAN_SELECT_TEXT:
      return &self->can_select_text;
    case PROP_CAN_QUIT:
      return &self->can_quit;
    default:
      return NULL;
    }
}

static void
kh_lockdown_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  gboolean *f = field (KH_LOCKDOWN (object), prop_id);

  if (f == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_set_boolean (value, *f);
}

static void
kh_lockdown_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  gboolean *f = field (KH_LOCKDOWN (object), prop_id);
  gboolean  allowed = g_value_get_boolean (value);

  if (f == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (*f == allowed)
    return;

  *f = allowed;
  g_object_notify_by_pspec (object, pspec);
}

static void
kh_lockdown_class_init (KhLockdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = kh_lockdown_get_property;
  object_class->set_property = kh_lockdown_set_property;

  /* print, straight to a printer or through the print dialog */
  properties[PROP_CAN_PRINT] = g_param_spec_boolean ("can-print", NULL, NULL, TRUE, flags);
  /* hand an address (web, phone, mail) to another app */
  properties[PROP_CAN_OPEN_URI] = g_param_spec_boolean ("can-open-uri", NULL, NULL, TRUE, flags);
  /* write a file, including a PDF from the print dialog */
  properties[PROP_CAN_SAVE] = g_param_spec_boolean ("can-save", NULL, NULL, TRUE, flags);
  /* select text with the pointer, and so drag it elsewhere */
  properties[PROP_CAN_SELECT_TEXT] = g_param_spec_boolean ("can-select-text", NULL, NULL, TRUE, flags);
  /* quit the app or close its window */
  properties[PROP_CAN_QUIT] = g_param_spec_boolean ("can-quit", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kh_lockdown_init (KhLockdown *self)
{
}

/**
 * kh_lockdown_new:
 *
 * Returns: (transfer full): a desktop's lockdown: everything allowed
 */
KhLockdown *
kh_lockdown_new (void)
{
  return g_object_new (KH_TYPE_LOCKDOWN, NULL);
}

/**
 * kh_lockdown_new_kiosk:
 * @can_print: whether the clinic lets visitors print (“kiosk-allow-print”)
 *
 * Returns: (transfer full): a kiosk's lockdown
 */
KhLockdown *
kh_lockdown_new_kiosk (gboolean can_print)
{
  KhLockdown *self = kh_lockdown_new ();

  kh_lockdown_lock_for_kiosk (self, can_print);
  return self;
}

/**
 * kh_lockdown_lock_for_kiosk:
 * @self: a #KhLockdown
 * @can_print: whether the clinic lets visitors print
 *
 * Shuts every door a kiosk keeps shut; whatever is bound follows.
 */
void
kh_lockdown_lock_for_kiosk (KhLockdown *self,
                            gboolean    can_print)
{
  g_return_if_fail (KH_IS_LOCKDOWN (self));

  g_object_set (self,
                "can-print", can_print,
                "can-open-uri", FALSE,
                "can-save", FALSE,
                "can-select-text", FALSE,
                "can-quit", FALSE,
                NULL);
}

gboolean
kh_lockdown_get_can_print (KhLockdown *self)
{
  g_return_val_if_fail (KH_IS_LOCKDOWN (self), FALSE);

  return self->can_print;
}

gboolean
kh_lockdown_get_can_open_uri (KhLockdown *self)
{
  g_return_val_if_fail (KH_IS_LOCKDOWN (self), FALSE);

  return self->can_open_uri;
}

gboolean
kh_lockdown_get_can_save (KhLockdown *self)
{
  g_return_val_if_fail (KH_IS_LOCKDOWN (self), FALSE);

  return self->can_save;
}

gboolean
kh_lockdown_get_can_select_text (KhLockdown *self)
{
  g_return_val_if_fail (KH_IS_LOCKDOWN (self), FALSE);

  return self->can_select_text;
}

gboolean
kh_lockdown_get_can_quit (KhLockdown *self)
{
  g_return_val_if_fail (KH_IS_LOCKDOWN (self), FALSE);

  return self->can_quit;
}
