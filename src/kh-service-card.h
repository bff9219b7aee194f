/* kh-service-card.h: a service that helps, and every way to reach it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kh-service.h"

G_BEGIN_DECLS

#define KH_TYPE_SERVICE_CARD (kh_service_card_get_type ())

G_DECLARE_FINAL_TYPE (KhServiceCard, kh_service_card, KH, SERVICE_CARD, GtkWidget)

GtkWidget *kh_service_card_new (KhService *service);
GtkWidget *kh_service_card_new_emergency (KhService *emergency);
KhService *kh_service_card_get_service (KhServiceCard *self);

char *kh_service_card_format_checked (const KhService *service);

G_END_DECLS
