/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwExitScenarioRow: one way a private company might end (an IPO, an
 * acquisition, a shutdown) as an expander row: its name, the company's
 * valuation at that exit and how likely it is. */
#pragma once

#include <adwaita.h>

#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_EXIT_SCENARIO_ROW (ow_exit_scenario_row_get_type ())

G_DECLARE_FINAL_TYPE (OwExitScenarioRow, ow_exit_scenario_row, OW, EXIT_SCENARIO_ROW, AdwExpanderRow)

GtkWidget      *ow_exit_scenario_row_new          (OwHistory         *history,
                                                   OwOffer           *offer,
                                                   OwExitScenario    *scenario);
OwExitScenario *ow_exit_scenario_row_get_scenario (OwExitScenarioRow *self);
void            ow_exit_scenario_row_set_position (OwExitScenarioRow *self,
                                                   guint              position);
void            ow_exit_scenario_row_focus_first  (OwExitScenarioRow *self);

G_END_DECLS
