/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwScheduleRow: a combo row choosing a vesting schedule from the common
 * presets (4 years monthly with a 1-year cliff, 5/15/40/40 every 6 months,
 * …) or "Custom", which reveals rows for every key of the schedule: its
 * months, cliff, cadence, yearly percents and rounding.  A preset is
 * applied as one undoable step.  For refreshers the first choice is "Like
 * the first grant", which leaves the refreshers without a schedule of
 * their own.
 *
 * The custom rows are made by the schedule row and placed by its container
 * (ow_schedule_row_add_custom_rows()), right after it. */
#pragma once

#include <adwaita.h>

#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_SCHEDULE_ROW (ow_schedule_row_get_type ())

G_DECLARE_FINAL_TYPE (OwScheduleRow, ow_schedule_row, OW, SCHEDULE_ROW, AdwComboRow)

GtkWidget *ow_schedule_row_new              (void);
void       ow_schedule_row_bind             (OwScheduleRow *self,
                                             OwHistory     *history,
                                             OwVesting     *vesting);
void       ow_schedule_row_bind_refreshers  (OwScheduleRow *self,
                                             OwHistory     *history,
                                             OwOffer       *offer);
void       ow_schedule_row_add_custom_rows  (OwScheduleRow *self,
                                             GtkWidget     *container);
gboolean   ow_schedule_row_get_custom       (OwScheduleRow *self);
char      *ow_schedule_row_describe         (OwVesting     *vesting);

G_END_DECLS
