/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwOfferChip: a small dot in an offer's colour, with its marker shape, so
 * the sidebar, the comparison and the charts point at offers the same way
 * (shape as well as colour). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OW_TYPE_OFFER_CHIP (ow_offer_chip_get_type ())

G_DECLARE_FINAL_TYPE (OwOfferChip, ow_offer_chip, OW, OFFER_CHIP, GtkWidget)

GtkWidget *ow_offer_chip_new      (void);
guint      ow_offer_chip_get_slot (OwOfferChip *self);
void       ow_offer_chip_set_slot (OwOfferChip *self,
                                   guint        slot);

G_END_DECLS
