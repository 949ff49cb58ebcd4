/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwExitScenario: one way a private company might end (IPO, acquisition). */
#pragma once

#include "ow-node.h"

G_BEGIN_DECLS

#define OW_TYPE_EXIT_SCENARIO (ow_exit_scenario_get_type ())

G_DECLARE_FINAL_TYPE (OwExitScenario, ow_exit_scenario, OW, EXIT_SCENARIO, OwNode)

OwExitScenario *ow_exit_scenario_new             (void);
const char     *ow_exit_scenario_get_label       (OwExitScenario *self);
gint64          ow_exit_scenario_get_valuation   (OwExitScenario *self);
gint64          ow_exit_scenario_get_probability (OwExitScenario *self);

G_END_DECLS
