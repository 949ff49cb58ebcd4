/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison's rows and figures, shared by the Compare view and the
 * negotiation brief.  Moved here from the view (ow-compare-view-rows.c)
 * unchanged, so that both say exactly the same. */
#define G_LOG_DOMAIN "ow-compare-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-compare-rows.h"
#include "ow-format.h"

/* What the rows are made for ------------------------------------------------ */

gboolean
ow_compare_rows_any_exits (OwValuation *valuation)
{
  g_return_val_if_fail (valuation != NULL, FALSE);

  for (guint i = 0; i < valuation->n_offers; i++)
    if (valuation->offers[i].has_exit_scenarios)
      return TRUE;
  return FALSE;
}

/**
 * ow_compare_rows_spec_init:
 *
 * The rows the document valued by VALUATION calls for, with the pay shown
 * for PERIOD.
 */
void
ow_compare_rows_spec_init (OwCompareRowsSpec *spec,
                           OwValuation       *valuation,
                           OwComparePeriod    period)
{
  g_return_if_fail (spec != NULL);
  g_return_if_fail (valuation != NULL);

  spec->period = period;
  spec->horizon = valuation->horizon_years;
  spec->include_refreshers = valuation->include_refreshers;
  spec->has_exits = ow_compare_rows_any_exits (valuation);
  spec->discount = ow_document_get_discount_rate (valuation->document);
  spec->has_baseline = ow_document_get_current_job (valuation->document) != NULL;
}

/* Rows --------------------------------------------------------------------- */

void
ow_compare_row_clear (OwCompareRow *row)
{
  g_return_if_fail (row != NULL);

  g_clear_pointer (&row->id, g_free);
  g_clear_pointer (&row->title, g_free);
  g_clear_pointer (&row->caption, g_free);
  g_clear_pointer (&row->name, g_free);
}

static void
row_clear_cb (gpointer data)
{
  ow_compare_row_clear (data);
}

GArray *
ow_compare_rows_new (void)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (OwCompareRow));

  g_array_set_clear_func (rows, row_clear_cb);
  return rows;
}

gboolean
ow_compare_row_is_heading (const OwCompareRow *row)
{
  g_return_val_if_fail (row != NULL, FALSE);

  return row->kind == OW_COMPARE_ROW_HEADING || row->kind == OW_COMPARE_ROW_SUBHEADING;
}

gboolean
ow_compare_row_is_difference (const OwCompareRow *row)
{
  g_return_val_if_fail (row != NULL, FALSE);

  return row->kind == OW_COMPARE_ROW_DIFF_TOTAL || row->kind == OW_COMPARE_ROW_DIFF_COL_ADJUSTED ||
         row->kind == OW_COMPARE_ROW_DIFF_PRESENT_VALUE;
}

static OwCompareRow *
add_row (GArray           *rows,
         OwCompareRowKind  kind,
         const char       *id,
         const char       *title,
         const char       *caption,
         const char       *name)
{
  OwCompareRow row = { 0 };

  row.kind = kind;
  row.id = g_strdup (id);
  row.title = g_strdup (title);
  row.caption = g_strdup (caption);
  row.name = g_strdup (name != NULL ? name : title);
  row.period = OW_PERIOD_HORIZON;
  g_array_append_val (rows, row);
  return &g_array_index (rows, OwCompareRow, rows->len - 1);
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
component_caption (const OwCompareRowsSpec *spec,
                   OwComponent              component)
{
  switch (component)
    {
    case OW_COMPONENT_BONUS:
      return _("At the expected payout");
    case OW_COMPONENT_EQUITY:
      return spec->include_refreshers ? _("Vested, with expected refreshers")
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
period_name (const OwCompareRowsSpec *spec,
             const char              *title,
             int                      year)
{
  if (year >= 1)
    /* TRANSLATORS: a figure in one offer year, for screen readers: "Equity, year 2" */
    return g_strdup_printf (_("%s, year %d"), title, year);

  switch (spec->period)
    {
    case OW_COMPARE_PERIOD_FIRST_YEAR:
      /* TRANSLATORS: for screen readers: "Base salary, first year" */
      return g_strdup_printf (_("%s, first year"), title);
    case OW_COMPARE_PERIOD_ANNUALIZED:
      /* TRANSLATORS: for screen readers: "Base salary, a year on average" */
      return g_strdup_printf (_("%s, a year on average"), title);
    case OW_COMPARE_PERIOD_HORIZON:
    case OW_COMPARE_PERIOD_YEARS:
    case OW_COMPARE_N_PERIODS:
    default:
      /* TRANSLATORS: for screen readers: "Base salary, over 4 years" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, over %u year", "%s, over %u years",
                                           spec->horizon),
                              title, spec->horizon);
    }
}

void
ow_compare_rows_add (GArray                  *rows,
                     const OwCompareRowsSpec *spec)
{
  g_autofree char *pay = NULL;
  g_autofree char *annualized = NULL;
  g_autofree char *horizon = NULL;
  g_autofree char *present = NULL;
  int period;

  g_return_if_fail (rows != NULL);
  g_return_if_fail (spec != NULL);

  period = spec->period == OW_COMPARE_PERIOD_FIRST_YEAR ? 1 :
           spec->period == OW_COMPARE_PERIOD_ANNUALIZED ? OW_PERIOD_ANNUALIZED : OW_PERIOD_HORIZON;

  /* What each offer pays, part by part, in the period chosen. */
  switch (spec->period)
    {
    case OW_COMPARE_PERIOD_YEARS:
      pay = g_strdup (_("Pay year by year"));
      break;
    case OW_COMPARE_PERIOD_FIRST_YEAR:
      pay = g_strdup (_("Pay in the first year"));
      break;
    case OW_COMPARE_PERIOD_ANNUALIZED:
      pay = g_strdup (_("Pay a year, on average"));
      break;
    case OW_COMPARE_PERIOD_HORIZON:
    case OW_COMPARE_N_PERIODS:
    default:
      pay = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Pay over %u year", "Pay over %u years",
                                          spec->horizon),
                             spec->horizon);
      break;
    }
  add_row (rows, OW_COMPARE_ROW_HEADING, "heading/pay", pay, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (components); i++)
    {
      const ComponentInfo *info = &components[i];
      const char *title = _(info->title);
      const char *caption = component_caption (spec, info->component);

      if (spec->period == OW_COMPARE_PERIOD_YEARS)
        {
          g_autofree char *heading_id = g_strdup_printf ("heading/%s", info->id);
          OwCompareRow *row = add_row (rows, OW_COMPARE_ROW_SUBHEADING, heading_id, title, caption, NULL);

          row->component = info->component;
          for (guint year = 1; year <= spec->horizon; year++)
            {
              g_autofree char *id = g_strdup_printf ("%s/%u", info->id, year);
              /* TRANSLATORS: a row of the comparison, under "Base salary" */
              g_autofree char *label = g_strdup_printf (_("Year %u"), year);
              g_autofree char *name = period_name (spec, title, (int) year);

              row = add_row (rows, OW_COMPARE_ROW_COMPONENT, id, label, NULL, name);
              row->component = info->component;
              row->period = (int) year;
              row->indent = TRUE;
            }
        }
      else
        {
          g_autofree char *name = period_name (spec, title, 0);
          OwCompareRow *row = add_row (rows, OW_COMPARE_ROW_COMPONENT, info->id, title, caption, name);

          row->component = info->component;
          row->period = period;
        }
    }

  /* The totals every offer is judged by, whatever the period. */
  annualized = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Average a year over %u year",
                                             "Average a year over %u years", spec->horizon),
                                spec->horizon);
  horizon = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Everything over %u year",
                                          "Everything over %u years", spec->horizon),
                             spec->horizon);
  if (spec->discount > 0)
    {
      g_autofree char *rate = ow_format_percent (spec->discount);
      /* TRANSLATORS: under "Present value"; %s is a percentage such as "5 %" */
      present = g_strdup_printf (_("Discounted %s a year"), rate);
    }
  else
    /* TRANSLATORS: under "Present value", when the discount rate is 0 */
    present = g_strdup (_("No discount rate set"));

  add_row (rows, OW_COMPARE_ROW_HEADING, "heading/totals", _("Totals"), NULL, NULL);
  add_row (rows, OW_COMPARE_ROW_FIRST_YEAR, "first-year-total", _("First-year total"), NULL, NULL);
  add_row (rows, OW_COMPARE_ROW_ANNUALIZED, "annualized-total", _("Annualized"), annualized, NULL);
  add_row (rows, OW_COMPARE_ROW_HORIZON, "horizon-total", _("Horizon total"), horizon, NULL);
  add_row (rows, OW_COMPARE_ROW_AFTER_TAX, "after-tax", _("After tax"), _("Horizon total, less tax"),
           _("Horizon total after tax"));
  add_row (rows, OW_COMPARE_ROW_COL_ADJUSTED, "col-adjusted", _("Cost-of-living adjusted"),
           _("After tax, for the cost of living"),
           _("Horizon total after tax, adjusted for the cost of living"));
  add_row (rows, OW_COMPARE_ROW_PRESENT_VALUE, "present-value", _("Present value"), present, NULL);
  add_row (rows, OW_COMPARE_ROW_EQUITY_SHARE, "equity-share", _("Equity share"), _("Of the horizon total"), NULL);
  if (spec->has_exits)
    add_row (rows, OW_COMPARE_ROW_EXIT_PAYOUT, "exit-payout", _("Expected exit payout"),
             _("Weighted by the exit scenarios"), NULL);

  /* The difference each offer makes, when there is a job to compare with. */
  if (spec->has_baseline)
    {
      OwCompareRow *row;

      /* The heading names the current job where the rows are shown. */
      add_row (rows, OW_COMPARE_ROW_HEADING, "heading/vs-current", _("Compared with the current job"), NULL, NULL);

      if (spec->period == OW_COMPARE_PERIOD_YEARS)
        for (guint year = 1; year <= spec->horizon; year++)
          {
            g_autofree char *id = g_strdup_printf ("vs-current/%u", year);
            g_autofree char *label = g_strdup_printf (_("Year %u"), year);
            /* TRANSLATORS: for screen readers: "Difference to the current job, year 2" */
            g_autofree char *name = g_strdup_printf (_("Difference to the current job, year %u"), year);

            row = add_row (rows, OW_COMPARE_ROW_DIFF_TOTAL, id, label, NULL, name);
            row->period = (int) year;
          }
      else if (spec->period == OW_COMPARE_PERIOD_FIRST_YEAR)
        {
          row = add_row (rows, OW_COMPARE_ROW_DIFF_TOTAL, "vs-current/first-year", _("First-year total"), NULL,
                         _("Difference to the current job, first-year total"));
          row->period = 1;
        }
      else if (spec->period == OW_COMPARE_PERIOD_ANNUALIZED)
        {
          row = add_row (rows, OW_COMPARE_ROW_DIFF_TOTAL, "vs-current/annualized", _("Annualized"), NULL,
                         _("Difference to the current job, annualized"));
          row->period = OW_PERIOD_ANNUALIZED;
        }

      row = add_row (rows, OW_COMPARE_ROW_DIFF_TOTAL, "vs-current/horizon", _("Horizon total"), horizon,
                     _("Difference to the current job, horizon total"));
      row->period = OW_PERIOD_HORIZON;
      add_row (rows, OW_COMPARE_ROW_DIFF_COL_ADJUSTED, "vs-current/col-adjusted", _("Cost-of-living adjusted"),
               _("After tax, for the cost of living"),
               _("Difference to the current job, after tax and cost of living"));
      add_row (rows, OW_COMPARE_ROW_DIFF_PRESENT_VALUE, "vs-current/present-value", _("Present value"), NULL,
               _("Difference to the current job, present value"));
    }
}

/* Figures ------------------------------------------------------------------ */

static OwCompareValueState
round_money (const OwExact *value,
             guint          digits,
             gint64        *out)
{
  return ow_exact_round (value, digits, out) ? OW_COMPARE_VALUE_OK : OW_COMPARE_VALUE_OVERFLOW;
}

/* One figure of one offer, rounded once to what is shown.  Differences are
 * taken exactly and only then rounded, so "+$0.01" is never an artefact of
 * rounding two totals. */
OwCompareValueState
ow_compare_row_compute (const OwCompareRow *row,
                        OwValuation        *valuation,
                        const OwOfferValue *value,
                        const OwOfferValue *baseline,
                        guint               digits,
                        gint64             *out)
{
  OwExact a, b, difference;
  const OwExact *pa, *pb;

  g_return_val_if_fail (row != NULL, OW_COMPARE_VALUE_NONE);
  g_return_val_if_fail (valuation != NULL, OW_COMPARE_VALUE_NONE);
  g_return_val_if_fail (out != NULL, OW_COMPARE_VALUE_NONE);

  if (value == NULL)
    return OW_COMPARE_VALUE_NONE;

  if (ow_compare_row_is_difference (row))
    {
      if (baseline == NULL)
        return OW_COMPARE_VALUE_NONE;
      if (value == baseline)
        return OW_COMPARE_VALUE_BASELINE;
    }

  switch (row->kind)
    {
    case OW_COMPARE_ROW_COMPONENT:
      if (row->period > (int) value->n_years)
        return OW_COMPARE_VALUE_NONE;
      return round_money (ow_offer_value_component (value, row->component, row->period, &a), digits, out);
    case OW_COMPARE_ROW_FIRST_YEAR:
      return round_money (&value->first_year_total, digits, out);
    case OW_COMPARE_ROW_ANNUALIZED:
      return round_money (&value->annualized_total, digits, out);
    case OW_COMPARE_ROW_HORIZON:
      return round_money (&value->horizon_total, digits, out);
    case OW_COMPARE_ROW_AFTER_TAX:
      return round_money (&value->after_tax_horizon_total, digits, out);
    case OW_COMPARE_ROW_COL_ADJUSTED:
      return round_money (&value->col_adjusted_horizon_total, digits, out);
    case OW_COMPARE_ROW_PRESENT_VALUE:
      return ow_exact_div_round (&value->pv_numerator, &valuation->pv_denominator, digits, out)
             ? OW_COMPARE_VALUE_OK : OW_COMPARE_VALUE_OVERFLOW;
    case OW_COMPARE_ROW_EQUITY_SHARE:
      if (value->overflow)
        return OW_COMPARE_VALUE_OVERFLOW;
      *out = value->equity_share;
      return OW_COMPARE_VALUE_OK;
    case OW_COMPARE_ROW_EXIT_PAYOUT:
      if (!value->has_exit_scenarios || value->exit_needs_shares)
        return OW_COMPARE_VALUE_NONE;
      return round_money (&value->expected_exit_payout, digits, out);
    case OW_COMPARE_ROW_DIFF_TOTAL:
      if (row->period > (int) value->n_years || row->period > (int) baseline->n_years)
        return OW_COMPARE_VALUE_NONE;
      pa = ow_offer_value_component (value, OW_COMPONENT_TOTAL, row->period, &a);
      pb = ow_offer_value_component (baseline, OW_COMPONENT_TOTAL, row->period, &b);
      ow_exact_sub (&difference, pa, pb);
      return round_money (&difference, digits, out);
    case OW_COMPARE_ROW_DIFF_COL_ADJUSTED:
      ow_exact_sub (&difference, &value->col_adjusted_horizon_total, &baseline->col_adjusted_horizon_total);
      return round_money (&difference, digits, out);
    case OW_COMPARE_ROW_DIFF_PRESENT_VALUE:
      /* Present values share one denominator: the difference of the
       * numerators over it is exact. */
      ow_exact_sub (&difference, &value->pv_numerator, &baseline->pv_numerator);
      return ow_exact_div_round (&difference, &valuation->pv_denominator, digits, out)
             ? OW_COMPARE_VALUE_OK : OW_COMPARE_VALUE_OVERFLOW;
    case OW_COMPARE_ROW_HEADING:
    case OW_COMPARE_ROW_SUBHEADING:
    default:
      return OW_COMPARE_VALUE_NONE;
    }
}

/* The best of a row is its highest amount, marked on every offer that has
 * it; a row whose amounts are all equal marks none.  A difference to the
 * current job is best only when it is a gain: the current job itself (no
 * difference) takes part in the row without being shown in it.  The
 * equity share is a measure of risk as much as of pay: never marked. */
void
ow_compare_row_mark_best (const OwCompareRow        *row,
                          guint                      n,
                          const OwCompareValueState *states,
                          const gint64              *values,
                          gboolean                  *best)
{
  gint64 max = G_MININT64, min = G_MAXINT64;
  guint count = 0;

  g_return_if_fail (row != NULL);
  g_return_if_fail (n == 0 || (states != NULL && values != NULL && best != NULL));

  for (guint c = 0; c < n; c++)
    {
      best[c] = FALSE;
      if (states[c] != OW_COMPARE_VALUE_OK)
        continue;
      count++;
      max = MAX (max, values[c]);
      min = MIN (min, values[c]);
    }

  if (row->kind == OW_COMPARE_ROW_EQUITY_SHARE)
    return;
  if (ow_compare_row_is_difference (row))
    {
      if (count == 0 || max <= 0)
        return;
    }
  else if (count < 2 || max == min)
    return;

  for (guint c = 0; c < n; c++)
    best[c] = states[c] == OW_COMPARE_VALUE_OK && values[c] == max;
}

char *
ow_compare_row_format (const OwCompareRow  *row,
                       OwCompareValueState  state,
                       gint64               value,
                       guint                digits,
                       const char          *currency)
{
  OwExact exact;

  g_return_val_if_fail (row != NULL, NULL);

  if (state != OW_COMPARE_VALUE_OK)
    return g_strdup ("—");
  if (row->kind == OW_COMPARE_ROW_EQUITY_SHARE)
    return ow_format_percent (value);

  ow_exact_set_scaled (&exact, value, digits);
  if (ow_compare_row_is_difference (row))
    return ow_format_money_signed (&exact, currency);
  return ow_format_money (&exact, currency);
}
