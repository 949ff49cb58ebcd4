/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An exit scenario of a private company. */
#define G_LOG_DOMAIN "ow-exit-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ow-model-private.h"

G_DEFINE_FINAL_TYPE (OwExitScenario, ow_exit_scenario, OW_TYPE_NODE)

static const OwField exit_scenario_fields[] = {
  { "label", "label", NULL, OW_FIELD_STRING, OW_FIELD_ALWAYS, G_STRUCT_OFFSET (OwExitScenario, label),
    0, 0, 0, NULL, NULL, N_("Scenario") },
  { "valuation", "valuation", NULL, OW_FIELD_MONEY, OW_FIELD_REQUIRED, G_STRUCT_OFFSET (OwExitScenario, valuation),
    0, OW_MONEY_MAX, 0, NULL, NULL, N_("Company valuation at exit") },
  { "probability-percent", "probability_percent", NULL, OW_FIELD_PERCENT, OW_FIELD_REQUIRED,
    G_STRUCT_OFFSET (OwExitScenario, probability), 0, 10000, 0, NULL, NULL, N_("Probability") },
};

static GParamSpec *properties[G_N_ELEMENTS (exit_scenario_fields) + 1];

static void
ow_exit_scenario_class_init (OwExitScenarioClass *klass)
{
  ow_node_class_set_fields (OW_NODE_CLASS (klass), exit_scenario_fields,
                            G_N_ELEMENTS (exit_scenario_fields), properties);
}

static void
ow_exit_scenario_init (OwExitScenario *self)
{
  ow_fields_init (self, exit_scenario_fields, G_N_ELEMENTS (exit_scenario_fields));
}

OwExitScenario *
ow_exit_scenario_new (void)
{
  return g_object_new (OW_TYPE_EXIT_SCENARIO, NULL);
}

const char *
ow_exit_scenario_get_label (OwExitScenario *self)
{
  g_return_val_if_fail (OW_IS_EXIT_SCENARIO (self), NULL);
  return self->label;
}

gint64
ow_exit_scenario_get_valuation (OwExitScenario *self)
{
  g_return_val_if_fail (OW_IS_EXIT_SCENARIO (self), 0);
  return self->valuation;
}

gint64
ow_exit_scenario_get_probability (OwExitScenario *self)
{
  g_return_val_if_fail (OW_IS_EXIT_SCENARIO (self), 0);
  return self->probability;
}
