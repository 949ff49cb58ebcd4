/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwGrantRow: one equity grant of an offer as an expander row: its name
 * (or kind) with a summary ("2,157 units · 5/15/40/40, every 6 months"),
 * and, expanded, every key of the grant, its vesting schedule and a live
 * line with the share vesting in each year and the first vest date, taken
 * from the valuation. */
#pragma once

#include <adwaita.h>

#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_GRANT_ROW (ow_grant_row_get_type ())

G_DECLARE_FINAL_TYPE (OwGrantRow, ow_grant_row, OW, GRANT_ROW, AdwExpanderRow)

GtkWidget *ow_grant_row_new          (OwHistory  *history,
                                      OwOffer    *offer,
                                      OwGrant    *grant);
OwGrant   *ow_grant_row_get_grant    (OwGrantRow *self);
void       ow_grant_row_set_position (OwGrantRow *self,
                                      guint       position);
void       ow_grant_row_focus_first  (OwGrantRow *self);
char      *ow_grant_row_describe_vesting (OwDocument *document,
                                          OwOffer    *offer,
                                          OwGrant    *grant);

G_END_DECLS
