/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwOfferEditor: every part of one offer, grouped the way a person reads
 * an offer letter: the role and company, cash, sign-on payments, equity
 * grants, expected refreshers, the private-company outlook, benefits, tax
 * and cost of living, and notes.  Every change goes through the session's
 * history, so it can be undone, and every field follows the model when it
 * changes elsewhere. */
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
void ow_offer_editor_focus_first (OwOfferEditor *self);
void ow_offer_editor_focus_grant (OwOfferEditor *self,
                                  OwGrant       *grant);

G_END_DECLS
