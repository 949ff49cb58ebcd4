/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwOfferRow: an offer in the sidebar: its colour, company and title, what
 * it is worth in the first year and a year on average, its status and how
 * long until its answer is due; the current job marked as the baseline. */
#pragma once

#include <gtk/gtk.h>

#include "ow-session.h"

G_BEGIN_DECLS

#define OW_TYPE_OFFER_ROW (ow_offer_row_get_type ())

G_DECLARE_FINAL_TYPE (OwOfferRow, ow_offer_row, OW, OFFER_ROW, GtkWidget)

GtkWidget *ow_offer_row_new       (void);
void       ow_offer_row_bind      (OwOfferRow *self,
                                   OwSession  *session,
                                   OwOffer    *offer);
void       ow_offer_row_unbind    (OwOfferRow *self);
char      *ow_offer_row_describe_deadline (OwDate deadline,
                                           OwDate today);

G_END_DECLS
