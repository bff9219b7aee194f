/* kh-read-aloud.h: the Read aloud control of the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-kiosk.h"
#include "kh-models.h"
#include "kh-speech.h"

G_BEGIN_DECLS

#define KH_TYPE_READ_ALOUD (kh_read_aloud_get_type ())

G_DECLARE_FINAL_TYPE (KhReadAloud, kh_read_aloud, KH, READ_ALOUD, GtkWidget)

KhSpeech *kh_read_aloud_get_speech (KhReadAloud *self);
void      kh_read_aloud_set_stack (KhReadAloud *self,
                                   GtkStack    *stack);
void      kh_read_aloud_set_models (KhReadAloud *self,
                                    KhModels    *models);
void      kh_read_aloud_set_kiosk (KhReadAloud *self,
                                   KhKiosk     *kiosk,
                                   gboolean     enabled);
void      kh_read_aloud_read (KhReadAloud *self,
                              gboolean     all_pages);
void      kh_read_aloud_stop (KhReadAloud *self);
void      kh_read_aloud_retranslate (KhReadAloud *self);
void      kh_read_aloud_set_compact (KhReadAloud *self,
                                     gboolean     compact);
gboolean  kh_read_aloud_get_message_shown (KhReadAloud *self);

G_END_DECLS
