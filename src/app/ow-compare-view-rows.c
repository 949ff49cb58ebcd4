/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Compare view's rows and figures: which rows there are for the period
 * shown, what each cell says (rounded once, differences taken exactly),
 * and which cells are the best of their row. */
#define G_LOG_DOMAIN "ow-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-compare-view-private.h"
#include "ow-format.h"

/* Rows --------------------------------------------------------------------- */

void
_ow_compare_view_row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->id);
  g_free (row->title);
  g_free (row->caption);
  g_free (row->name);
}

gboolean
_ow_compare_view_row_is_heading (const Row *row)
{
  return row->kind == ROW_HEADING || row->kind == ROW_SUBHEADING;
}

static gboolean
row_is_difference (const Row *row)
{
  return row->kind == ROW_DIFF_TOTAL || row->kind == ROW_DIFF_COL_ADJUSTED ||
         row->kind == ROW_DIFF_PRESENT_VALUE;
}

static Row *
add_row (OwCompareView *self,
         RowKind        kind,
         const char    *id,
         const char    *title,
         const char    *caption,
         const char    *name)
{
  Row row = { 0 };

  row.kind = kind;
  row.id = g_strdup (id);
  row.title = g_strdup (title);
  row.caption = g_strdup (caption);
  row.name = g_strdup (name != NULL ? name : title);
  row.period = OW_PERIOD_HORIZON;
  g_array_append_val (self->rows, row);
  g_hash_table_insert (self->row_index, g_strdup (id), GUINT_TO_POINTER (self->rows->len));
  return &g_array_index (self->rows, Row, self->rows->len - 1);
}

typedef struct
{
  OwComponent  component;
  const char  *id;
  const char  *title;
} ComponentInfo;

static const ComponentInfo components[] = {
  { OW_COMPONENT_BASE, "base", N_("Base salary") },
  { OW_COMPONENT_BONUS, "bonus", N_("Bonus") },
  { OW_COMPONENT_SIGN_ON, "sign-on", N_("Sign-on bonus") },
  { OW_COMPONENT_EQUITY, "equity", N_("Equity") },
  { OW_COMPONENT_BENEFITS, "benefits", N_("Benefits") },
  { OW_COMPONENT_TOTAL, "total", N_("Total") },
};

static const char *
component_caption (OwCompareView *self,
                   OwComponent    component)
{
  switch (component)
    {
    case OW_COMPONENT_BONUS:
      return _("At the expected payout");
    case OW_COMPONENT_EQUITY:
      return self->include_refreshers ? _("Vested, with expected refreshers")
                                      : _("Vested, offer letter grants only");
    case OW_COMPONENT_BENEFITS:
      return _("Retirement match and perks");
    case OW_COMPONENT_BASE:
    case OW_COMPONENT_SIGN_ON:
    case OW_COMPONENT_TOTAL:
    case OW_N_COMPONENTS:
    default:
      return NULL;
    }
}

/* "Base salary, first year": a row's name for screen readers, which do
 * not see the period switch. */
static char *
period_name (OwCompareView *self,
             const char    *title,
             int            year)
{
  if (year >= 1)
    /* TRANSLATORS: a figure in one offer year, for screen readers: "Equity, year 2" */
    return g_strdup_printf (_("%s, year %d"), title, year);

  switch (self->period)
    {
    case PERIOD_FIRST_YEAR:
      /* TRANSLATORS: for screen readers: "Base salary, first year" */
      return g_strdup_printf (_("%s, first year"), title);
    case PERIOD_ANNUALIZED:
      /* TRANSLATORS: for screen readers: "Base salary, a year on average" */
      return g_strdup_printf (_("%s, a year on average"), title);
    case PERIOD_HORIZON:
    case PERIOD_YEARS:
    case N_PERIODS:
    default:
      /* TRANSLATORS: for screen readers: "Base salary, over 4 years" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, over %u year", "%s, over %u years",
                                           self->horizon),
                              title, self->horizon);
    }
}

void
_ow_compare_view_add_rows (OwCompareView *self)
{
  g_autofree char *pay = NULL;
  g_autofree char *annualized = NULL;
  g_autofree char *horizon = NULL;
  g_autofree char *present = NULL;
  int period = self->period == PERIOD_FIRST_YEAR ? 1 :
               self->period == PERIOD_ANNUALIZED ? OW_PERIOD_ANNUALIZED : OW_PERIOD_HORIZON;

  /* What each offer pays, part by part, in the period chosen. */
  switch (self->period)
    {
    case PERIOD_YEARS:
      pay = g_strdup (_("Pay year by year"));
      break;
    case PERIOD_FIRST_YEAR:
      pay = g_strdup (_("Pay in the first year"));
      break;
    case PERIOD_ANNUALIZED:
      pay = g_strdup (_("Pay a year, on average"));
      break;
    case PERIOD_HORIZON:
    case N_PERIODS:
    default:
      pay = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Pay over %u year", "Pay over %u years",
                                          self->horizon),
                             self->horizon);
      break;
    }
  add_row (self, ROW_HEADING, "heading/pay", pay, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (components); i++)
    {
      const ComponentInfo *info = &components[i];
      const char *title = _(info->title);
      const char *caption = component_caption (self, info->component);

      if (self->period == PERIOD_YEARS)
        {
          g_autofree char *heading_id = g_strdup_printf ("heading/%s", info->id);
          Row *row = add_row (self, ROW_SUBHEADING, heading_id, title, caption, NULL);

          row->component = info->component;
          for (guint year = 1; year <= self->horizon; year++)
            {
              g_autofree char *id = g_strdup_printf ("%s/%u", info->id, year);
              /* TRANSLATORS: a row of the comparison, under "Base salary" */
              g_autofree char *label = g_strdup_printf (_("Year %u"), year);
              g_autofree char *name = period_name (self, title, (int) year);

              row = add_row (self, ROW_COMPONENT, id, label, NULL, name);
              row->component = info->component;
              row->period = (int) year;
              row->indent = TRUE;
            }
        }
      else
        {
          g_autofree char *name = period_name (self, title, 0);
          Row *row = add_row (self, ROW_COMPONENT, info->id, title, caption, name);

          row->component = info->component;
          row->period = period;
        }
    }

  /* The totals every offer is judged by, whatever the period. */
  annualized = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Average a year over %u year",
                                             "Average a year over %u years", self->horizon),
                                self->horizon);
  horizon = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Everything over %u year",
                                          "Everything over %u years", self->horizon),
                             self->horizon);
  if (self->discount > 0)
    {
      g_autofree char *rate = ow_format_percent (self->discount);
      /* TRANSLATORS: under "Present value"; %s is a percentage such as "5 %" */
      present = g_strdup_printf (_("Discounted %s a year"), rate);
    }
  else
    /* TRANSLATORS: under "Present value", when the discount rate is 0 */
    present = g_strdup (_("No discount rate set"));

  add_row (self, ROW_HEADING, "heading/totals", _("Totals"), NULL, NULL);
  add_row (self, ROW_FIRST_YEAR, "first-year-total", _("First-year total"), NULL, NULL);
  add_row (self, ROW_ANNUALIZED, "annualized-total", _("Annualized"), annualized, NULL);
  add_row (self, ROW_HORIZON, "horizon-total", _("Horizon total"), horizon, NULL);
  add_row (self, ROW_AFTER_TAX, "after-tax", _("After tax"), _("Horizon total, less tax"),
           _("Horizon total after tax"));
  add_row (self, ROW_COL_ADJUSTED, "col-adjusted", _("Cost-of-living adjusted"),
           _("After tax, for the cost of living"),
           _("Horizon total after tax, adjusted for the cost of living"));
  add_row (self, ROW_PRESENT_VALUE, "present-value", _("Present value"), present, NULL);
  add_row (self, ROW_EQUITY_SHARE, "equity-share", _("Equity share"), _("Of the horizon total"), NULL);
  if (self->has_exits)
    add_row (self, ROW_EXIT_PAYOUT, "exit-payout", _("Expected exit payout"),
             _("Weighted by the exit scenarios"), NULL);

  /* The difference each offer makes, when there is a job to compare with. */
  if (self->baseline != NULL)
    {
      Row *row;

      /* The heading names the current job; it is set with the headers. */
      add_row (self, ROW_HEADING, "heading/vs-current", _("Compared with the current job"), NULL, NULL);

      if (self->period == PERIOD_YEARS)
        for (guint year = 1; year <= self->horizon; year++)
          {
            g_autofree char *id = g_strdup_printf ("vs-current/%u", year);
            g_autofree char *label = g_strdup_printf (_("Year %u"), year);
            /* TRANSLATORS: for screen readers: "Difference to the current job, year 2" */
            g_autofree char *name = g_strdup_printf (_("Difference to the current job, year %u"), year);

            row = add_row (self, ROW_DIFF_TOTAL, id, label, NULL, name);
            row->period = (int) year;
          }
      else if (self->period == PERIOD_FIRST_YEAR)
        {
          row = add_row (self, ROW_DIFF_TOTAL, "vs-current/first-year", _("First-year total"), NULL,
                         _("Difference to the current job, first-year total"));
          row->period = 1;
        }
      else if (self->period == PERIOD_ANNUALIZED)
        {
          row = add_row (self, ROW_DIFF_TOTAL, "vs-current/annualized", _("Annualized"), NULL,
                         _("Difference to the current job, annualized"));
          row->period = OW_PERIOD_ANNUALIZED;
        }

      row = add_row (self, ROW_DIFF_TOTAL, "vs-current/horizon", _("Horizon total"), horizon,
                     _("Difference to the current job, horizon total"));
      row->period = OW_PERIOD_HORIZON;
      add_row (self, ROW_DIFF_COL_ADJUSTED, "vs-current/col-adjusted", _("Cost-of-living adjusted"),
               _("After tax, for the cost of living"),
               _("Difference to the current job, after tax and cost of living"));
      add_row (self, ROW_DIFF_PRESENT_VALUE, "vs-current/present-value", _("Present value"), NULL,
               _("Difference to the current job, present value"));
    }
}

/* Figures ------------------------------------------------------------------ */

static ValueState
round_money (const OwExact *value,
             guint          digits,
             gint64        *out)
{
  return ow_exact_round (value, digits, out) ? VALUE_OK : VALUE_OVERFLOW;
}

/* One figure of one offer, rounded once to what is shown.  Differences are
 * taken exactly and only then rounded, so "+$0.01" is never an artefact of
 * rounding two totals. */
static ValueState
compute_value (OwCompareView      *self,
               OwValuation        *valuation,
               const Row          *row,
               const OwOfferValue *value,
               const OwOfferValue *baseline,
               gint64             *out)
{
  OwExact a, b, difference;
  const OwExact *pa, *pb;

  if (value == NULL)
    return VALUE_NONE;

  if (row_is_difference (row))
    {
      if (baseline == NULL)
        return VALUE_NONE;
      if (value == baseline)
        return VALUE_BASELINE;
    }

  switch (row->kind)
    {
    case ROW_COMPONENT:
      if (row->period > (int) value->n_years)
        return VALUE_NONE;
      return round_money (ow_offer_value_component (value, row->component, row->period, &a),
                          self->digits, out);
    case ROW_FIRST_YEAR:
      return round_money (&value->first_year_total, self->digits, out);
    case ROW_ANNUALIZED:
      return round_money (&value->annualized_total, self->digits, out);
    case ROW_HORIZON:
      return round_money (&value->horizon_total, self->digits, out);
    case ROW_AFTER_TAX:
      return round_money (&value->after_tax_horizon_total, self->digits, out);
    case ROW_COL_ADJUSTED:
      return round_money (&value->col_adjusted_horizon_total, self->digits, out);
    case ROW_PRESENT_VALUE:
      return ow_exact_div_round (&value->pv_numerator, &valuation->pv_denominator, self->digits, out)
             ? VALUE_OK : VALUE_OVERFLOW;
    case ROW_EQUITY_SHARE:
      if (value->overflow)
        return VALUE_OVERFLOW;
      *out = value->equity_share;
      return VALUE_OK;
    case ROW_EXIT_PAYOUT:
      if (!value->has_exit_scenarios || value->exit_needs_shares)
        return VALUE_NONE;
      return round_money (&value->expected_exit_payout, self->digits, out);
    case ROW_DIFF_TOTAL:
      if (row->period > (int) value->n_years || row->period > (int) baseline->n_years)
        return VALUE_NONE;
      pa = ow_offer_value_component (value, OW_COMPONENT_TOTAL, row->period, &a);
      pb = ow_offer_value_component (baseline, OW_COMPONENT_TOTAL, row->period, &b);
      ow_exact_sub (&difference, pa, pb);
      return round_money (&difference, self->digits, out);
    case ROW_DIFF_COL_ADJUSTED:
      ow_exact_sub (&difference, &value->col_adjusted_horizon_total, &baseline->col_adjusted_horizon_total);
      return round_money (&difference, self->digits, out);
    case ROW_DIFF_PRESENT_VALUE:
      /* Present values share one denominator: the difference of the
       * numerators over it is exact. */
      ow_exact_sub (&difference, &value->pv_numerator, &baseline->pv_numerator);
      return ow_exact_div_round (&difference, &valuation->pv_denominator, self->digits, out)
             ? VALUE_OK : VALUE_OVERFLOW;
    case ROW_HEADING:
    case ROW_SUBHEADING:
    default:
      return VALUE_NONE;
    }
}

/* The best of a row is its highest amount, marked on every offer that has
 * it; a row whose amounts are all equal marks none.  A difference to the
 * current job is best only when it is a gain: the current job itself (no
 * difference) takes part in the row without being shown in it.  The
 * equity share is a measure of risk as much as of pay: never marked. */
static void
mark_best (OwCompareView *self,
           const Row     *row)
{
  gint64 max = G_MININT64, min = G_MAXINT64;
  guint count = 0;

  for (guint c = 0; c < self->n_columns; c++)
    {
      self->best[c] = FALSE;
      if (self->states[c] != VALUE_OK)
        continue;
      count++;
      max = MAX (max, self->values[c]);
      min = MIN (min, self->values[c]);
    }

  if (row->kind == ROW_EQUITY_SHARE)
    return;
  if (row_is_difference (row))
    {
      if (count == 0 || max <= 0)
        return;
    }
  else if (count < 2 || max == min)
    return;

  for (guint c = 0; c < self->n_columns; c++)
    self->best[c] = self->states[c] == VALUE_OK && self->values[c] == max;
}

static char *
format_value (OwCompareView *self,
              const Row     *row,
              ValueState     state,
              gint64         value)
{
  OwExact exact;

  if (state != VALUE_OK)
    return g_strdup ("—");
  if (row->kind == ROW_EQUITY_SHARE)
    return ow_format_percent (value);

  ow_exact_set_scaled (&exact, value, self->digits);
  if (row_is_difference (row))
    return ow_format_money_signed (&exact, self->currency);
  return ow_format_money (&exact, self->currency);
}

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

  text = format_value (self, row, state, value);
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
          self->states[c] = compute_value (self, valuation, row, values[c], baseline, &self->values[c]);
        }
      mark_best (self, row);
      for (guint c = 0; c < self->n_columns; c++)
        set_cell (self, row, &self->columns[c], &self->cells[r * self->n_columns + c],
                  self->states[c], self->values[c], self->best[c]);
    }
}
