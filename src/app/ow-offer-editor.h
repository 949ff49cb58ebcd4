/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwOfferEditor: every part of one offer, grouped the way a person reads
 * an offer letter. */
#pragma once

#include <gtk/gtk.h>

#include "ow-session.h"

G_BEGIN_DECLS

#define OW_TYPE_OFFER_EDITOR (ow_offer_editor_get_type ())

G_DECLARE_FINAL_TYPE (OwOfferEditor, ow_offer_editor, OW, OFFER_EDITOR, GtkWidget)

void ow_offer_editor_set_session (OwOfferEditor *self,
                                  OwSession     *session);
void ow_offer_editor_set_offer   (OwOfferEditor *self,
                                  OwOffer       *offer);

G_END_DECLS
