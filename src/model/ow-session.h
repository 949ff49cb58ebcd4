/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwSession: an open document with everything that comes with opening it:
 * the file it lives in, its undo history, whether it is saved, the current
 * valuation of its offers and the colour each offer is shown in.  Every
 * view of a window reads the one session, so they always agree. */
#pragma once

#include <gio/gio.h>

#include "ow-document.h"
#include "ow-history.h"
#include "ow-valuation.h"

G_BEGIN_DECLS

#define OW_TYPE_SESSION (ow_session_get_type ())

G_DECLARE_FINAL_TYPE (OwSession, ow_session, OW, SESSION, GObject)

OwSession    *ow_session_new              (OwDocument  *document,
                                           GFile       *file,
                                           const char  *display_name);
OwDocument   *ow_session_get_document     (OwSession   *self);
OwHistory    *ow_session_get_history      (OwSession   *self);
GFile        *ow_session_get_file         (OwSession   *self);
const char   *ow_session_get_title        (OwSession   *self);
void          ow_session_set_file         (OwSession   *self,
                                           GFile       *file,
                                           const char  *display_name);
gboolean      ow_session_get_modified     (OwSession   *self);
OwValuation  *ow_session_get_valuation    (OwSession   *self);
OwOfferValue *ow_session_get_offer_value  (OwSession   *self,
                                           OwOffer     *offer);
guint         ow_session_get_offer_slot   (OwSession   *self,
                                           OwOffer     *offer);
gboolean      ow_session_save             (OwSession   *self,
                                           GFile       *file,
                                           const char  *display_name,
                                           GError     **error);

G_END_DECLS
