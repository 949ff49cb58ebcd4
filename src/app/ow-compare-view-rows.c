/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Compare view's rows and figures: which rows there are for the period
 * shown, what each cell says (rounded once, differences taken exactly),
 * and which cells are the best of their row.  The rows and figures
 * themselves come from ow-compare-rows.c, which the negotiation brief
 * shares; this file puts them into the view's cells. */
#define G_LOG_DOMAIN "ow-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-compare-view-private.h"

/* Rows --------------------------------------------------------------------- */

void
_ow_compare_view_row_clear (gpointer data)
{
  ow_compare_row_clear (data);
}

gboolean
_ow_compare_view_row_is_heading (const Row *row)
{
  return ow_compare_row_is_heading (row);
}

void
_ow_compare_view_add_rows (OwCompareView *self)
{
  OwCompareRowsSpec spec = {
    .period = self->period,
    .horizon = self->horizon,
    .include_refreshers = self->include_refreshers,
    .has_exits = self->has_exits,
    .discount = self->discount,
    .has_baseline = self->baseline != NULL,
  };
  guint first = self->rows->len;

  ow_compare_rows_add (self->rows, &spec);
  for (guint r = first; r < self->rows->len; r++)
    g_hash_table_insert (self->row_index, g_strdup (g_array_index (self->rows, Row, r).id),
                         GUINT_TO_POINTER (r + 1));
}

/* Figures ------------------------------------------------------------------ */

static void
set_cell (OwCompareView *self,
          const Row     *row,
          const Column  *column,
          Cell          *cell,
          ValueState     state,
          gint64         value,
          gboolean       best)
{
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;

  if (!cell->stale && cell->state == state && cell->best == best &&
      (state != VALUE_OK || cell->value == value))
    return;

  text = ow_compare_row_format (row, state, value, self->digits, self->currency);
  gtk_label_set_label (cell->label, text);

  if (best != cell->best || cell->stale)
    {
      if (best)
        gtk_widget_add_css_class (cell->box, "best");
      else
        gtk_widget_remove_css_class (cell->box, "best");
    }
  /* Figures that are nothing recede: dashes and zeros. */
  if (state != VALUE_OK || (value == 0 && row->kind != ROW_EQUITY_SHARE))
    gtk_widget_add_css_class (cell->box, "dim");
  else
    gtk_widget_remove_css_class (cell->box, "dim");

  switch (state)
    {
    case VALUE_OK:
      if (best)
        /* TRANSLATORS: a cell of the comparison, for screen readers: offer,
         * row, figure: "Cascadia Compute, First-year total: $335,012.80, best" */
        label = g_strdup_printf (_("%s, %s: %s, best"), column->name, row->name, text);
      else
        /* TRANSLATORS: a cell of the comparison, for screen readers: offer,
         * row, figure: "Cascadia Compute, First-year total: $335,012.80" */
        label = g_strdup_printf (_("%s, %s: %s"), column->name, row->name, text);
      break;
    case VALUE_BASELINE:
      /* TRANSLATORS: for screen readers, the current job's cell in a row of
       * differences to the current job */
      label = g_strdup_printf (_("%s, %s: the current job itself"), column->name, row->name);
      break;
    case VALUE_OVERFLOW:
      label = g_strdup_printf (_("%s, %s: too large to compute"), column->name, row->name);
      break;
    case VALUE_NONE:
    default:
      label = g_strdup_printf (_("%s, %s: does not apply"), column->name, row->name);
      break;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->box), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (best)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell->box), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _("The best value in this row"), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (cell->box), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  cell->state = state;
  cell->value = value;
  cell->best = best;
  cell->stale = FALSE;
}

static const OwOfferValue *
find_value (OwValuation *valuation,
            OwOffer     *offer,
            guint        hint)
{
  /* The valuation lists the offers in the document's order. */
  if (hint < valuation->n_offers && valuation->offers[hint].offer == offer)
    return &valuation->offers[hint];
  return ow_valuation_find (valuation, offer);
}

void
_ow_compare_view_update_figures (OwCompareView *self)
{
  OwValuation *valuation = ow_session_get_valuation (self->session);
  g_autofree const OwOfferValue **values = g_new0 (const OwOfferValue *, self->n_columns);
  const OwOfferValue *baseline = NULL;

  for (guint c = 0; c < self->n_columns; c++)
    {
      values[c] = find_value (valuation, self->columns[c].offer, c);
      if (self->columns[c].offer == self->baseline)
        baseline = values[c];
    }

  for (guint r = 0; r < self->rows->len; r++)
    {
      const Row *row = &g_array_index (self->rows, Row, r);

      if (_ow_compare_view_row_is_heading (row))
        continue;

      for (guint c = 0; c < self->n_columns; c++)
        {
          self->values[c] = 0;
          self->states[c] = ow_compare_row_compute (row, valuation, values[c], baseline, self->digits,
                                                    &self->values[c]);
        }
      ow_compare_row_mark_best (row, self->n_columns, self->states, self->values, self->best);
      for (guint c = 0; c < self->n_columns; c++)
        set_cell (self, row, &self->columns[c], &self->cells[r * self->n_columns + c],
                  self->states[c], self->values[c], self->best[c]);
    }
}
