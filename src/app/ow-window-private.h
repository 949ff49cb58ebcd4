/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's state, shared by ow-window.c (layout, views, selection),
 * ow-window-actions.c (documents, editing, undo) and ow-window-dnd.c
 * (files dropped on the window). */
#pragma once

#include <adwaita.h>

#include "ow-compare-view.h"
#include "ow-offer-editor.h"
#include "ow-session.h"
#include "ow-window.h"

G_BEGIN_DECLS

struct _OwWindow
{
  AdwApplicationWindow  parent_instance;

  OwSession            *session;
  GtkFileChooserNative *chooser;
  /* Set while a "Save changes?" question is open or a save runs before
   * closing, so a second close request does not ask twice. */
  gboolean              closing;
  /* Set once the question is answered with Discard, or the save it asked
   * for succeeded: the next close request closes. */
  gboolean              may_close;

  /* Template children. */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *welcome_page;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *document_title;
  GtkListView          *offers_view;
  GtkSingleSelection   *selection;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  OwCompareView        *compare_view;
  AdwBin               *offer_page;
  GtkMenuButton        *welcome_menu_button;
  GtkMenuButton        *main_menu_button;
  GMenuModel           *primary_menu;
  OwOfferEditor        *offer_editor; /* made when first needed: see ow_window_ensure_offer_editor() */
  guint                 prepare_source;
};

/* ow-window.c */
OwOffer  *ow_window_get_selected_offer (OwWindow   *self);
void      ow_window_select_offer       (OwWindow   *self,
                                        OwOffer    *offer);
void      ow_window_update_title       (OwWindow   *self);
void      ow_window_add_toast          (OwWindow   *self,
                                        AdwToast   *toast);
OwOfferEditor *ow_window_ensure_offer_editor (OwWindow *self);

/* ow-window-actions.c */
void      _ow_window_class_actions_init (OwWindowClass *klass);
void      _ow_window_actions_init      (OwWindow   *self);
void      _ow_window_actions_update    (OwWindow   *self);
gboolean  _ow_window_close_request     (OwWindow   *self);

/* ow-window-dnd.c */
void      _ow_window_dnd_init          (OwWindow   *self);

/* ow-window-sort.c */
void       _ow_window_sort_init         (OwWindow   *self);
void       _ow_window_sort_set_session  (OwWindow   *self,
                                         OwSession  *session);
gboolean   _ow_window_sort_find         (OwWindow   *self,
                                         OwOffer    *offer,
                                         guint      *position);
GtkSorter *_ow_window_deadline_sorter_new (void);

G_END_DECLS
