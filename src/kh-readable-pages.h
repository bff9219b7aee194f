/* kh-readable-pages.h: what Get help and the checklist read aloud
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-readable.h"

G_BEGIN_DECLS

void kh_help_page_readable_init (KhReadableInterface *iface);
void kh_checklist_page_readable_init (KhReadableInterface *iface);

G_END_DECLS
