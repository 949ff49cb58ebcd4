/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One exit scenario. */
#define G_LOG_DOMAIN "ow-exit-scenario-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-exit-scenario-row.h"
#include "ow-format.h"
#include "ow-number-row.h"
#include "ow-source-button.h"
#include "ow-text-row.h"

struct _OwExitScenarioRow
{
  AdwExpanderRow  parent_instance;

  OwHistory      *history;
  OwOffer        *offer;
  OwExitScenario *scenario;
  guint           position;

  /* Template children. */
  OwTextRow      *label_row;
  OwNumberRow    *valuation_row;
  OwNumberRow    *probability_row;
};

G_DEFINE_FINAL_TYPE (OwExitScenarioRow, ow_exit_scenario_row, ADW_TYPE_EXPANDER_ROW)

enum {
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static OwDocument *
get_document (OwExitScenarioRow *self)
{
  return ow_history_get_document (self->history);
}

static void
update_summary (OwExitScenarioRow *self)
{
  const char *currency = ow_document_get_offer_currency (get_document (self), self->offer);
  const char *label = ow_exit_scenario_get_label (self->scenario);
  g_autofree char *valuation = NULL;
  g_autofree char *probability = ow_format_percent (ow_exit_scenario_get_probability (self->scenario));
  g_autofree char *subtitle = NULL;
  OwExact value;

  ow_exact_set_scaled (&value, ow_exit_scenario_get_valuation (self->scenario), 2);
  valuation = ow_format_money_whole (&value, currency);
  /* TRANSLATORS: an exit scenario: "Valued at $3,000,000,000 · 35% likely". */
  subtitle = g_strdup_printf (_("Valued at %s · %s likely"), valuation, probability);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *label ? label : _("Unnamed scenario"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  ow_number_row_set_currency (self->valuation_row, currency);
}

static void
document_changed_cb (OwExitScenarioRow *self)
{
  update_summary (self);
}

static void
bind_sources (OwExitScenarioRow *self)
{
  g_autofree char *valuation = g_strdup_printf ("company_equity.exit_scenarios[%u].valuation", self->position);
  g_autofree char *probability = g_strdup_printf ("company_equity.exit_scenarios[%u].probability_percent",
                                                  self->position);

  ow_number_row_set_source (self->valuation_row, self->offer, valuation);
  ow_number_row_set_source (self->probability_row, self->offer, probability);
}

static void
remove_clicked_cb (OwExitScenarioRow *self)
{
  g_autoptr(OwExitScenarioRow) keep = g_object_ref (self);
  g_autoptr(OwHistory) history = g_object_ref (self->history);
  g_autoptr(OwOffer) offer = g_object_ref (self->offer);
  g_autoptr(GError) error = NULL;
  GListModel *scenarios = ow_offer_get_exit_scenarios (offer);
  guint position;

  if (!g_list_store_find (G_LIST_STORE (scenarios), self->scenario, &position))
    return;

  ow_history_begin (history, _("Remove Exit Scenario"));
  ow_history_remove (history, scenarios, position, NULL);
  ow_source_keys_forget_item (history, offer, "company_equity.exit_scenarios", position, NULL);
  if (!ow_history_end (history, &error))
    {
      g_warning ("Could not remove the exit scenario: %s", error->message);
      return;
    }
  g_signal_emit (self, signals[REMOVED], 0);
}

static void
ow_exit_scenario_row_dispose (GObject *object)
{
  OwExitScenarioRow *self = OW_EXIT_SCENARIO_ROW (object);

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (get_document (self), self);
  g_clear_object (&self->scenario);
  g_clear_object (&self->offer);
  g_clear_object (&self->history);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_EXIT_SCENARIO_ROW);

  G_OBJECT_CLASS (ow_exit_scenario_row_parent_class)->dispose (object);
}

static void
ow_exit_scenario_row_class_init (OwExitScenarioRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_exit_scenario_row_dispose;

  /**
   * OwExitScenarioRow::removed:
   *
   * The scenario was removed from its offer (the step can be undone).
   */
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OW_TYPE_NUMBER_ROW);
  g_type_ensure (OW_TYPE_TEXT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-exit-scenario-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OwExitScenarioRow, label_row);
  gtk_widget_class_bind_template_child (widget_class, OwExitScenarioRow, probability_row);
  gtk_widget_class_bind_template_child (widget_class, OwExitScenarioRow, valuation_row);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
ow_exit_scenario_row_init (OwExitScenarioRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ow_exit_scenario_row_new (OwHistory      *history,
                          OwOffer        *offer,
                          OwExitScenario *scenario)
{
  OwExitScenarioRow *self;

  g_return_val_if_fail (OW_IS_HISTORY (history), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (OW_IS_EXIT_SCENARIO (scenario), NULL);

  self = g_object_new (OW_TYPE_EXIT_SCENARIO_ROW, NULL);
  self->history = g_object_ref (history);
  self->offer = g_object_ref (offer);
  self->scenario = g_object_ref (scenario);

  ow_text_row_bind (self->label_row, history, scenario, "label");
  ow_number_row_bind (self->valuation_row, history, scenario, "valuation", OW_PARSE_MONEY,
                      ow_document_get_offer_currency (get_document (self), offer));
  ow_number_row_bind (self->probability_row, history, scenario, "probability-percent", OW_PARSE_PERCENT, NULL);
  bind_sources (self);

  g_signal_connect_object (get_document (self), "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_summary (self);
  return GTK_WIDGET (self);
}

/**
 * ow_exit_scenario_row_get_scenario:
 *
 * Returns: (transfer none): the scenario shown
 */
OwExitScenario *
ow_exit_scenario_row_get_scenario (OwExitScenarioRow *self)
{
  g_return_val_if_fail (OW_IS_EXIT_SCENARIO_ROW (self), NULL);
  return self->scenario;
}

void
ow_exit_scenario_row_set_position (OwExitScenarioRow *self,
                                   guint              position)
{
  g_return_if_fail (OW_IS_EXIT_SCENARIO_ROW (self));

  self->position = position;
  bind_sources (self);
}

void
ow_exit_scenario_row_focus_first (OwExitScenarioRow *self)
{
  g_return_if_fail (OW_IS_EXIT_SCENARIO_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->label_row));
}
