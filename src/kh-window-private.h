/* kh-window-private.h: what the parts of the main window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kh-help-page.h"
#include "kh-read-aloud.h"
#include "kh-search-index.h"
#include "kh-window.h"

G_BEGIN_DECLS

struct _KhWindow
{
  GtkApplicationWindow parent_instance;

  /* template widgets */
  GtkToggleButton *sidebar_button;
  GtkWidget       *sidebar_scroller;
  GtkWidget       *sidebar_separator;
  GtkListBox      *sidebar;
  GtkStack        *stack;
  GtkSearchBar    *search_bar;
  GtkSearchEntry  *search_entry; /* NULL until the search first opens */
  GtkMenuButton   *menu_button;
  GtkButton       *get_help_button;
  KhReadAloud     *read_aloud;
  GtkWidget       *title_label;
  GtkWidget       *text_size_box;
  GtkButton       *zoom_reset_button;

  /* owned */
  KhModels   *models;
  KhLockdown *lockdown;
  GPtrArray  *page_ids;
  guint       layout_idle_id;
  gboolean    narrow;
  /* what the visitor changed: answers, region, search, text size; the
   * pages keep their state in it. A kiosk drops it at the end of a
   * visit and builds the pages again with a fresh one. */
  KhVisit  *visit;
  GBinding *search_text_binding;

  /* borrowed from the models */
  KhContent    *content;
  const GError *content_error;
  KhChecklist  *checklist;

  /* search: built the first time it is used, and again for another
   * language or region */
  KhSearchIndex *search_index;
  char          *search_region;
  GtkWidget     *search_page;
  char          *page_before_search;
  gboolean       opening_result;

  /* text size of the pages (the visit's) */
  GtkCssProvider *text_scale_provider;

  /* kiosk mode, if the window is a kiosk */
  KhKiosk *kiosk;
};

/* kh-window.c */
void        kh_window_apply_text_scale (KhWindow *self);
void        kh_window_notify_visit (KhWindow *self);
void        kh_window_present_page (KhWindow   *self,
                                    const char *id);
void        kh_window_scale_clamps (GtkWidget *widget,
                                    double     scale);
const char *kh_window_get_shown_region (KhWindow *self);
void        kh_window_update_get_help_button (KhWindow *self);
void        kh_window_sidebar_row_selected_cb (KhWindow      *self,
                                               GtkListBoxRow *row,
                                               GtkListBox    *sidebar);

/* kh-window-pages.c */
GtkWidget *kh_window_create_page (KhWindow   *self,
                                  const char *id);
void       kh_window_fill_sidebar (KhWindow *self);
char      *kh_window_drop_pages (KhWindow *self);

/* kh-window-i18n.c */
void kh_window_translate_chrome (KhWindow *self);
void kh_window_set_tooltips (KhWindow *self);
void kh_window_init_menu (KhWindow *self);
void kh_window_add_help_overlay_action (KhWindow *self);

/* kh-window-actions.c */
void kh_window_class_add_actions (GtkWidgetClass *widget_class);

/* kh-window-search.c */
void kh_window_ensure_search (KhWindow *self);
void kh_window_ensure_search_entry (KhWindow *self);
void kh_window_bind_search_text (KhWindow *self);
void kh_window_translate_search_entry (KhWindow *self);
void kh_window_update_search (KhWindow *self);
void kh_window_search_mode_changed_cb (KhWindow *self);
void kh_window_search_changed_cb (KhWindow *self);
void kh_window_search_activate_cb (KhWindow *self);
void kh_window_search_stop_cb (KhWindow *self);

/* kh-window-visit.c */
void kh_window_set_visit (KhWindow *self,
                          KhVisit  *visit);
void kh_window_start_visit (KhWindow *self);

/* kh-window-kiosk.c */
KhHelpPrintMode kh_window_get_help_print_mode (KhWindow *self);
void            kh_window_apply_lockdown_to_help (KhWindow  *self,
                                                  GtkWidget *page);
void            kh_window_follow_lockdown (KhWindow *self);
void            kh_window_setup_kiosk (KhWindow *self);

G_END_DECLS
