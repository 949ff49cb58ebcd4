/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwSwitchRow: a row with a switch for a yes-or-no of the model (the
 * current job; whether a salary band is known), committed through the
 * history.  A refused change flips back with the reason under the title. */
#pragma once

#include <adwaita.h>

#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_SWITCH_ROW (ow_switch_row_get_type ())

G_DECLARE_FINAL_TYPE (OwSwitchRow, ow_switch_row, OW, SWITCH_ROW, AdwActionRow)

GtkWidget  *ow_switch_row_new       (void);
void        ow_switch_row_bind      (OwSwitchRow *self,
                                     OwHistory   *history,
                                     gpointer     object,
                                     const char  *property);
void        ow_switch_row_set_hint  (OwSwitchRow *self,
                                     const char  *hint);
GtkSwitch  *ow_switch_row_get_switch (OwSwitchRow *self);
const char *ow_switch_row_get_error (OwSwitchRow *self);

G_END_DECLS
