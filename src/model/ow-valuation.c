/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The valuation rules of offer-model.md §2, computed exactly. */
#define G_LOG_DOMAIN "ow-valuation"

#include "config.h"

#include <string.h>

#include "ow-model-private.h"
#include "ow-valuation.h"

#define BP 10000 /* basis points in 1 */

/* Dates -------------------------------------------------------------------- */

/* Vest dates are compared as packed year/month/day keys: the valuation
 * handles hundreds of thousands of them for a large document, and this
 * avoids converting each one to a day number. */
typedef guint32 DateKey;

static inline DateKey
date_key (int y,
          int m,
          int d)
{
  return (DateKey) y * 512 + (DateKey) m * 32 + (DateKey) d;
}

static inline int
key_year (DateKey key)
{
  return (int) (key / 512);
}

static inline OwDate
key_to_date (DateKey key)
{
  return ow_date_from_ymd ((int) (key / 512), (int) (key / 32 % 16), (int) (key % 32));
}

/* A date MONTHS after Y-M-D, clamped to the end of the month. */
static inline DateKey
add_months_key (int y,
                int m,
                int d,
                int months)
{
  int total = y * 12 + (m - 1) + months;
  int ny = total / 12;
  int nm = total % 12 + 1;
  int dim = ow_date_days_in_month (ny, nm);

  return date_key (ny, nm, MIN (d, dim));
}

typedef struct
{
  int     y, m, d;   /* the offer's start date */
  DateKey start;
} Calendar;

static void
calendar_init (Calendar *cal,
               OwDate    start)
{
  ow_date_get_ymd (start, &cal->y, &cal->m, &cal->d);
  cal->start = date_key (cal->y, cal->m, cal->d);
}

static inline DateKey
anniversary (const Calendar *cal,
             int             k)
{
  return add_months_key (cal->y, cal->m, cal->d, 12 * k);
}

/* Offer year k is (start + 12(k-1) months, start + 12k months]; the start
 * date itself is in year 1 and anything earlier in none (0).  The
 * anniversary that falls in KEY's calendar year decides between two
 * neighbouring years, so this is constant time. */
static inline int
year_of (const Calendar *cal,
         DateKey         key)
{
  int k;

  if (key < cal->start)
    return 0;
  if (key == cal->start)
    return 1;

  k = key_year (key) - cal->y;
  return key <= anniversary (cal, k) ? k : k + 1;
}

/* Exact helpers ------------------------------------------------------------ */

static inline void
exact_from_cents (OwExact *r,
                  gint64   cents)
{
  ow_exact_set_scaled (r, cents, 2);
}

/* (1 + bp / 10000), the yearly factor of a raise or a growth rate. */
static inline void
exact_growth_factor (OwExact *r,
                     gint64   bp)
{
  ow_exact_set_fraction (r, BP + bp, BP);
}

gboolean
ow_exact_to_cents (const OwExact *value,
                   gint64        *cents)
{
  return ow_exact_round (value, 2, cents);
}

/* Vesting plans ------------------------------------------------------------ */

/* A schedule reduced to what the tranche generator needs: each vest point j
 * (at month j · every) carries an integer weight, and the weights of all
 * points add up to L, so every cumulative fraction is an exact W / L. */
typedef struct
{
  int      vy, vm, vd;       /* vesting commencement */
  int      months;
  int      every;
  int      cliff;
  guint    n_points;
  gint64   L;
  gint64   year_weight[OW_MAX_YEAR_PERCENTS]; /* per point, by vesting year */
  gboolean even;
  gboolean floor_mode;
  gint64   total;            /* millionths of a unit */
} Plan;

static gint64
gcd64 (gint64 a,
       gint64 b)
{
  while (b != 0)
    {
      gint64 t = a % b;
      a = b;
      b = t;
    }
  return a;
}

static void
plan_init (Plan      *plan,
           OwVesting *vesting,
           OwDate     vest_start,
           gint64     total,
           gboolean   floor_mode)
{
  memset (plan, 0, sizeof *plan);

  ow_date_get_ymd (vest_start, &plan->vy, &plan->vm, &plan->vd);
  plan->months = (int) vesting->months;
  plan->every = (int) vesting->every_months;
  plan->cliff = ow_vesting_get_cliff_months (vesting);
  plan->n_points = (guint) (plan->months / plan->every);
  plan->total = total;
  plan->floor_mode = floor_mode;
  plan->even = vesting->n_year_percents == 0;

  if (plan->even)
    {
      plan->L = plan->n_points;
      return;
    }

  /* Year y's percent is split evenly among its c_y points: a weight of
   * p_y · (L / 10000) / c_y each, with L = 10000 · lcm (c_y). */
  {
    gint64 counts[OW_MAX_YEAR_PERCENTS] = { 0 };
    gint64 lcm = 1;

    for (guint y = 1; y <= vesting->n_year_percents; y++)
      {
        int hi = MIN (12 * (int) y, plan->months);
        counts[y - 1] = hi / plan->every - (12 * ((int) y - 1)) / plan->every;
        if (counts[y - 1] > 0)
          lcm = lcm / gcd64 (lcm, counts[y - 1]) * counts[y - 1];
      }

    plan->L = BP * lcm;
    for (guint y = 0; y < vesting->n_year_percents; y++)
      plan->year_weight[y] = counts[y] > 0 ? vesting->year_percents[y] * lcm / counts[y] : 0;
  }
}

static inline gint64
plan_weight (const Plan *plan,
             int         month)
{
  if (plan->even)
    return 1;
  return plan->year_weight[(month + 11) / 12 - 1];
}

/* One tranche: its date, and either its units (whole-unit rounding) or its
 * weight over plan->L (fractional rounding, units = total · weight / L). */
typedef void (*TrancheFunc) (const Plan *plan,
                             DateKey     key,
                             gint64      units,
                             gint64      weight,
                             gint64      cumulative_weight,
                             gpointer    data);

/* The tranches of a plan, in order: the vest points from the cliff on, the
 * cliff point carrying everything before it. */
static void
plan_foreach (const Plan  *plan,
              TrancheFunc  func,
              gpointer     data)
{
  gint64 W = 0;
  gint64 W_emitted = 0;
  gint64 units_emitted = 0;

  for (guint j = 1; j <= plan->n_points; j++)
    {
      int month = (int) j * plan->every;
      DateKey key;

      W += plan_weight (plan, month);
      if (month < plan->cliff)
        continue;

      key = add_months_key (plan->vy, plan->vm, plan->vd, month);

      if (plan->floor_mode)
        {
          /* Cumulative whole units = floor (total · W / L); the last point
           * completes the total, fractional remainder included. */
          gint64 cumulative;

          if (j == plan->n_points)
            cumulative = plan->total;
          else
            cumulative = (gint64) ((__int128) plan->total * W / ((__int128) plan->L * 1000000)) * 1000000;

          func (plan, key, cumulative - units_emitted, W - W_emitted, W, data);
          units_emitted = cumulative;
        }
      else
        func (plan, key, 0, W - W_emitted, W, data);

      W_emitted = W;
    }
}

/* Grants -------------------------------------------------------------------- */

typedef struct
{
  gint64   total;          /* millionths of a unit */
  gint64   price;          /* millionths; the price per unit in year 1 */
  gboolean floor_mode;
  gboolean priced;         /* the units are shares with a share price */
  gboolean counted_units;  /* units are real shares (not value-only money) */
} GrantUnits;

/* How many units a grant is and what one is worth: given units; value and
 * a share price (whole units, floor (value / price)); or value only,
 * counted in money at a price of 1. */
static void
grant_units (OwGrant    *grant,
             GrantUnits *out)
{
  OwRounding rounding = grant->vesting->rounding;

  memset (out, 0, sizeof *out);

  if (grant->units >= 0)
    {
      out->total = grant->units;
      out->price = grant->share_price > 0 ? grant->share_price : 0;
      out->priced = grant->share_price > 0;
      out->counted_units = TRUE;
      out->floor_mode = rounding != OW_ROUNDING_FRACTIONAL;
    }
  else if (grant->value >= 0 && grant->share_price > 0)
    {
      /* value / price in whole units: cents · 10^4 / millionths. */
      gint64 whole = (gint64) ((__int128) grant->value * 10000 / grant->share_price);

      out->total = whole * 1000000;
      out->price = grant->share_price;
      out->priced = TRUE;
      out->counted_units = TRUE;
      out->floor_mode = rounding != OW_ROUNDING_FRACTIONAL;
    }
  else
    {
      out->total = MAX (grant->value, 0) * 10000;
      out->price = 1000000;
      out->priced = FALSE;
      out->counted_units = FALSE;
      out->floor_mode = rounding == OW_ROUNDING_FLOOR_CUMULATIVE;
    }
}

static OwDate
grant_vest_start (OwGrant *grant,
                  OwOffer *offer)
{
  return grant->vest_start != OW_DATE_NONE ? grant->vest_start : offer->start_date;
}

/* Prices by offer year, computed once per grant: price · (1 + g)^(k-1),
 * and for options the spread over the strike, never below 0. */
typedef struct
{
  OwExact  factor;        /* 1 + growth */
  OwExact  strike;
  gboolean option;
  guint    n;             /* years computed */
  OwExact  value[64];     /* what one unit vesting in year k + 1 is worth */
  OwExact  price_k;       /* the price of year n */
} PriceTable;

static void
price_table_init (PriceTable *t,
                  gint64      price,
                  gint64      growth,
                  gboolean    option,
                  gint64      strike)
{
  t->n = 0;
  t->option = option;
  exact_growth_factor (&t->factor, growth);
  ow_exact_set_scaled (&t->strike, option ? strike : 0, 6);
  ow_exact_set_scaled (&t->price_k, price, 6);
}

/* What one unit vesting in offer year K (≥ 1) is worth in the offer's
 * currency; NULL past the table (a vest date more than 64 years out). */
static const OwExact *
price_table_get (PriceTable *t,
                 int         k)
{
  if (k < 1 || k > (int) G_N_ELEMENTS (t->value))
    return NULL;

  while ((int) t->n < k)
    {
      OwExact *v = &t->value[t->n];

      if (t->n > 0)
        ow_exact_mul (&t->price_k, &t->price_k, &t->factor);
      if (t->option)
        {
          OwExact zero;

          ow_exact_set_int (&zero, 0);
          ow_exact_sub (v, &t->price_k, &t->strike);
          ow_exact_max (v, v, &zero);
        }
      else
        ow_exact_copy (v, &t->price_k);
      t->n++;
    }
  return &t->value[k - 1];
}

/* The currency conversion of an offer: amounts times rate, skipped when the
 * offer is already in the display currency. */
typedef struct
{
  gboolean identity;
  OwExact  rate;
} Conversion;

static void
conversion_init (Conversion *c,
                 OwDocument *document,
                 OwOffer    *offer)
{
  gint64 mantissa = 1;
  guint scale = 0;

  /* The loader and the editors guarantee a rate exists; a missing one
   * would be a bug, and counting at 1 keeps the figures finite. */
  if (!ow_document_get_rate (document, ow_document_get_offer_currency (document, offer), &mantissa, &scale))
    g_critical ("No exchange rate for offer %s", offer->id);

  c->identity = mantissa == 1 && scale == 0;
  ow_exact_set_scaled (&c->rate, mantissa, scale);
}

static inline void
convert (const Conversion *c,
         OwExact          *value)
{
  if (!c->identity)
    ow_exact_mul (value, value, &c->rate);
}

/* The vesting the expected refreshers follow: their own, else the first
 * grant's (cliff included), else the default 4 years monthly after a
 * 1-year cliff. */
static OwVesting *
refresher_vesting (OwOffer    *offer,
                   OwVesting **owned)
{
  g_autoptr(OwGrant) first = NULL;

  *owned = NULL;
  if (offer->refresher_vesting != NULL)
    return offer->refresher_vesting;

  first = g_list_model_get_item (G_LIST_MODEL (offer->grants), 0);
  if (first != NULL)
    return first->vesting;

  *owned = ow_vesting_new ();
  return *owned;
}

/* The growth rate refreshers are priced with: the first grant's. */
static gint64
refresher_growth (OwOffer *offer)
{
  g_autoptr(OwGrant) first = g_list_model_get_item (G_LIST_MODEL (offer->grants), 0);

  return first != NULL ? first->growth : 0;
}

/* Yearly totals ------------------------------------------------------------- */

typedef struct
{
  const Calendar *cal;
  int             horizon;
  gint64          amount[OW_MAX_HORIZON_YEARS + 1]; /* units or weights by offer year */
} YearSums;

static void
sum_units_cb (const Plan *plan,
              DateKey     key,
              gint64      units,
              gint64      weight,
              gint64      cumulative_weight,
              gpointer    data)
{
  YearSums *sums = data;
  int k = year_of (sums->cal, key);

  if (k >= 1 && k <= sums->horizon)
    sums->amount[k] += plan->floor_mode ? units : weight;
}

/* Adds the equity of one letter grant to the years of the horizon. */
static void
add_grant_equity (OwOfferValue   *ov,
                  OwOffer        *offer,
                  OwGrant        *grant,
                  const Calendar *cal,
                  int             horizon)
{
  GrantUnits gu;
  Plan plan;
  YearSums sums = { cal, horizon, { 0 } };
  PriceTable prices;

  grant_units (grant, &gu);
  plan_init (&plan, grant->vesting, grant_vest_start (grant, offer), gu.total, gu.floor_mode);
  plan_foreach (&plan, sum_units_cb, &sums);
  price_table_init (&prices, gu.price, grant->growth, grant->kind == OW_GRANT_KIND_OPTION, grant->strike_price);

  for (int k = 1; k <= horizon; k++)
    {
      OwExact units, value;

      if (sums.amount[k] == 0)
        continue;

      if (plan.floor_mode)
        ow_exact_set_scaled (&units, sums.amount[k], 6);
      else
        {
          OwExact fraction;

          ow_exact_set_scaled (&units, gu.total, 6);
          ow_exact_set_fraction (&fraction, sums.amount[k], plan.L);
          ow_exact_mul (&units, &units, &fraction);
        }

      ow_exact_mul (&value, &units, price_table_get (&prices, k));
      ow_exact_add (&ov->years[k - 1].equity, &ov->years[k - 1].equity, &value);
    }
}

/* Expected refreshers: at each anniversary a = 1 .. horizon - 1 a grant of
 * annual_value / price(a + 1) units, vesting from that anniversary.  A unit
 * vesting in year k is worth price(k), so the grant's tranche in year k is
 * worth annual_value · fraction · (1 + g)^(k - 1 - a), whatever the price. */
static void
add_refresher_equity (OwOfferValue   *ov,
                      OwOffer        *offer,
                      const Calendar *cal,
                      int             horizon)
{
  g_autoptr(OwVesting) owned = NULL;
  OwVesting *vesting = refresher_vesting (offer, &owned);
  OwExact growth[OW_MAX_HORIZON_YEARS];
  OwExact annual;

  exact_from_cents (&annual, offer->refresher_value);
  exact_growth_factor (&growth[1], refresher_growth (offer));
  ow_exact_set_int (&growth[0], 1);
  for (int i = 2; i < horizon; i++)
    ow_exact_mul (&growth[i], &growth[i - 1], &growth[1]);

  for (int a = 1; a < horizon; a++)
    {
      YearSums sums = { cal, horizon, { 0 } };
      OwDate start = key_to_date (anniversary (cal, a));
      Plan plan;

      plan_init (&plan, vesting, start, 0, FALSE);
      plan_foreach (&plan, sum_units_cb, &sums);

      for (int k = a + 1; k <= horizon; k++)
        {
          OwExact value;

          if (sums.amount[k] == 0)
            continue;
          ow_exact_set_fraction (&value, sums.amount[k], plan.L);
          ow_exact_mul (&value, &value, &annual);
          ow_exact_mul (&value, &value, &growth[k - 1 - a]);
          ow_exact_add (&ov->years[k - 1].equity, &ov->years[k - 1].equity, &value);
        }
    }
}

/* Exit scenarios: an exit price per share of valuation · (1 - dilution) /
 * fully diluted shares, paid on all units of every grant whose units are
 * shares; value-only grants and refreshers are left out. */
static void
value_exits (OwOfferValue     *ov,
             OwOffer          *offer,
             const Conversion *conv)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (offer->exit_scenarios));
  guint n_grants = g_list_model_get_n_items (G_LIST_MODEL (offer->grants));

  ow_exact_set_int (&ov->expected_exit_payout, 0);
  if (!offer->has_company_equity || n == 0)
    return;

  ov->has_exit_scenarios = TRUE;
  ov->exit_needs_shares = offer->fully_diluted_shares <= 0;
  ov->n_exits = n;
  ov->exits = g_new0 (OwExitValue, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwExitScenario) s = g_list_model_get_item (G_LIST_MODEL (offer->exit_scenarios), i);
      OwExitValue *ev = &ov->exits[i];
      OwExact price, weighted;

      ev->label = g_strdup (s->label);
      ev->valuation = s->valuation;
      ev->probability = s->probability;
      ow_exact_set_int (&ev->payout, 0);
      exact_from_cents (&ev->valuation_display, s->valuation);
      convert (conv, &ev->valuation_display);

      if (ov->exit_needs_shares)
        continue;

      exact_from_cents (&price, s->valuation);
      {
        OwExact kept;

        ow_exact_set_fraction (&kept, BP - MAX (offer->dilution, 0), BP);
        ow_exact_mul (&price, &price, &kept);
      }
      ow_exact_div_int (&price, &price, offer->fully_diluted_shares);

      for (guint g = 0; g < n_grants; g++)
        {
          g_autoptr(OwGrant) grant = g_list_model_get_item (G_LIST_MODEL (offer->grants), g);
          GrantUnits gu;
          OwExact spread, strike, units, zero;

          grant_units (grant, &gu);
          if (!gu.counted_units)
            continue;

          ow_exact_set_scaled (&strike, grant->kind == OW_GRANT_KIND_OPTION ? grant->strike_price : 0, 6);
          ow_exact_set_int (&zero, 0);
          ow_exact_sub (&spread, &price, &strike);
          ow_exact_max (&spread, &spread, &zero);
          ow_exact_set_scaled (&units, gu.total, 6);
          ow_exact_mul (&spread, &spread, &units);
          ow_exact_add (&ev->payout, &ev->payout, &spread);
        }

      convert (conv, &ev->payout);
      ow_exact_set_fraction (&weighted, s->probability, BP);
      ow_exact_mul (&weighted, &weighted, &ev->payout);
      ow_exact_add (&ov->expected_exit_payout, &ov->expected_exit_payout, &weighted);
      if (ow_exact_overflowed (&ev->payout))
        ov->overflow = TRUE;
    }
}

/* Cash by offer year 1 .. HORIZON, in the offer's currency: base with
 * raises at each anniversary, the bonus on that base, the retirement match
 * (capped) and other perks.  The other fields of YEARS are left alone. */
static void
value_cash (OwOffer     *offer,
            int          horizon,
            OwYearValue *years)
{
  OwExact raise, base, bonus_rate, match, cap, perks;

  exact_growth_factor (&raise, offer->raise);
  exact_from_cents (&base, offer->base_salary);
  ow_exact_set_fraction (&bonus_rate, offer->bonus_target * offer->bonus_payout, (gint64) BP * BP);
  ow_exact_set_fraction (&match, offer->match_percent, BP);
  exact_from_cents (&cap, offer->match_cap);
  exact_from_cents (&perks, offer->benefits_value);

  for (int k = 0; k < horizon; k++)
    {
      OwYearValue *y = &years[k];

      if (k > 0)
        ow_exact_mul (&base, &base, &raise);
      ow_exact_copy (&y->base, &base);
      ow_exact_mul (&y->bonus, &base, &bonus_rate);
      ow_exact_mul (&y->benefits, &base, &match);
      if (offer->match_cap > 0)
        ow_exact_min (&y->benefits, &y->benefits, &cap);
      ow_exact_add (&y->benefits, &y->benefits, &perks);
    }
}

static void
value_offer (OwValuation  *self,
             OwOfferValue *ov,
             OwOffer      *offer,
             const OwExact *pv_factor)
{
  OwDocument *document = self->document;
  int horizon = (int) self->horizon_years;
  Calendar cal;
  Conversion conv;
  guint n;

  ov->offer = offer;
  ov->n_years = (guint) horizon;
  calendar_init (&cal, offer->start_date);
  conversion_init (&conv, document, offer);

  for (int k = 0; k < horizon; k++)
    {
      OwYearValue *y = &ov->years[k];

      ow_exact_set_int (&y->base, 0);
      ow_exact_set_int (&y->bonus, 0);
      ow_exact_set_int (&y->sign_on, 0);
      ow_exact_set_int (&y->equity, 0);
      ow_exact_set_int (&y->benefits, 0);
    }

  value_cash (offer, horizon, ov->years);

  /* Sign-on payments count in the year of their pay date. */
  n = g_list_model_get_n_items (G_LIST_MODEL (offer->sign_ons));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwSignOn) s = g_list_model_get_item (G_LIST_MODEL (offer->sign_ons), i);
      int k = year_of (&cal, add_months_key (cal.y, cal.m, cal.d, (int) s->month));

      if (k >= 1 && k <= horizon)
        {
          OwExact amount;

          exact_from_cents (&amount, s->amount);
          ow_exact_add (&ov->years[k - 1].sign_on, &ov->years[k - 1].sign_on, &amount);
        }
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (offer->grants));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwGrant) grant = g_list_model_get_item (G_LIST_MODEL (offer->grants), i);
      add_grant_equity (ov, offer, grant, &cal, horizon);
    }

  if (self->include_refreshers && offer->has_refreshers && offer->refresher_value > 0)
    add_refresher_equity (ov, offer, &cal, horizon);

  /* Into the display currency, then the totals. */
  ow_exact_set_int (&ov->horizon_total, 0);
  ow_exact_set_int (&ov->horizon_equity, 0);
  ow_exact_set_int (&ov->pv_numerator, 0);
  for (int k = 0; k < horizon; k++)
    {
      OwYearValue *y = &ov->years[k];
      OwExact discounted;

      convert (&conv, &y->base);
      convert (&conv, &y->bonus);
      convert (&conv, &y->sign_on);
      convert (&conv, &y->equity);
      convert (&conv, &y->benefits);

      ow_exact_add (&y->total, &y->base, &y->bonus);
      ow_exact_add (&y->total, &y->total, &y->sign_on);
      ow_exact_add (&y->total, &y->total, &y->equity);
      ow_exact_add (&y->total, &y->total, &y->benefits);

      ow_exact_add (&ov->horizon_total, &ov->horizon_total, &y->total);
      ow_exact_add (&ov->horizon_equity, &ov->horizon_equity, &y->equity);

      /* total_k / (1 + d)^(k-1) = total_k · (1 + d)^(H-k) / (1 + d)^(H-1) */
      ow_exact_mul (&discounted, &y->total, &pv_factor[horizon - 1 - k]);
      ow_exact_add (&ov->pv_numerator, &ov->pv_numerator, &discounted);

      if (ow_exact_overflowed (&y->total))
        ov->overflow = TRUE;
    }

  ow_exact_copy (&ov->first_year_total, &ov->years[0].total);
  ow_exact_div_int (&ov->annualized_total, &ov->horizon_total, horizon);
  {
    OwExact keep;

    ow_exact_set_fraction (&keep, BP - offer->tax, BP);
    ow_exact_mul (&ov->after_tax_horizon_total, &ov->horizon_total, &keep);
  }
  /* × 100 / index, with the index kept in millionths. */
  ow_exact_mul_int (&ov->col_adjusted_horizon_total, &ov->after_tax_horizon_total, 100000000);
  ow_exact_div_int (&ov->col_adjusted_horizon_total, &ov->col_adjusted_horizon_total, offer->col_index);

  ov->equity_share = 0;
  if (!ow_exact_is_zero (&ov->horizon_total))
    {
      OwExact hundred_times;

      ow_exact_mul_int (&hundred_times, &ov->horizon_equity, 100);
      if (!ow_exact_div_round (&hundred_times, &ov->horizon_total, 2, &ov->equity_share))
        ov->overflow = TRUE;
    }

  value_exits (ov, offer, &conv);

  if (ow_exact_overflowed (&ov->col_adjusted_horizon_total) ||
      ow_exact_overflowed (&ov->pv_numerator) ||
      ow_exact_overflowed (&ov->expected_exit_payout))
    ov->overflow = TRUE;
}

/**
 * ow_valuation_new:
 *
 * Values every offer of DOCUMENT under its settings.
 *
 * Returns: (transfer full): the valuation; free with ow_valuation_free()
 */
OwValuation *
ow_valuation_new (OwDocument *document)
{
  OwValuation *self;
  OwExact pv_factor[OW_MAX_HORIZON_YEARS];
  int horizon;

  g_return_val_if_fail (OW_IS_DOCUMENT (document), NULL);

  self = g_new0 (OwValuation, 1);
  self->document = g_object_ref (document);
  self->horizon_years = (guint) CLAMP (document->horizon_years, 1, OW_MAX_HORIZON_YEARS);
  self->include_refreshers = document->include_refreshers;
  horizon = (int) self->horizon_years;

  /* pv_factor[i] = (1 + d)^i; the shared denominator is (1 + d)^(H-1). */
  ow_exact_set_int (&pv_factor[0], 1);
  if (horizon > 1)
    exact_growth_factor (&pv_factor[1], document->discount);
  for (int i = 2; i < horizon; i++)
    ow_exact_mul (&pv_factor[i], &pv_factor[i - 1], &pv_factor[1]);
  ow_exact_copy (&self->pv_denominator, &pv_factor[horizon - 1]);

  self->n_offers = ow_document_get_n_offers (document);
  self->offers = g_new0 (OwOfferValue, self->n_offers);
  for (guint i = 0; i < self->n_offers; i++)
    value_offer (self, &self->offers[i], ow_document_get_offer (document, i), pv_factor);

  return self;
}

void
ow_valuation_free (OwValuation *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->n_offers; i++)
    {
      OwOfferValue *ov = &self->offers[i];

      for (guint j = 0; j < ov->n_exits; j++)
        g_free (ov->exits[j].label);
      g_free (ov->exits);
    }
  g_free (self->offers);
  g_clear_object (&self->document);
  g_free (self);
}

OwOfferValue *
ow_valuation_find (OwValuation *self,
                   OwOffer     *offer)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->n_offers; i++)
    if (self->offers[i].offer == offer)
      return &self->offers[i];
  return NULL;
}

/**
 * ow_offer_value_component:
 * @period: an offer year (1 .. horizon), %OW_PERIOD_HORIZON or
 *   %OW_PERIOD_ANNUALIZED
 * @scratch: where sums are computed
 *
 * Returns: (transfer none): the exact value, either inside VALUE or SCRATCH
 */
const OwExact *
ow_offer_value_component (const OwOfferValue *value,
                          OwComponent         component,
                          int                 period,
                          OwExact            *scratch)
{
  g_return_val_if_fail (value != NULL, NULL);
  g_return_val_if_fail (component < OW_N_COMPONENTS, NULL);
  g_return_val_if_fail (period <= (int) value->n_years && period >= OW_PERIOD_ANNUALIZED, NULL);

  if (period >= 1)
    {
      const OwYearValue *y = &value->years[period - 1];
      const OwExact *parts[] = { &y->base, &y->bonus, &y->sign_on, &y->equity, &y->benefits, &y->total };
      return parts[component];
    }

  ow_exact_set_int (scratch, 0);
  for (guint k = 1; k <= value->n_years; k++)
    ow_exact_add (scratch, scratch, ow_offer_value_component (value, component, (int) k, NULL));
  if (period == OW_PERIOD_ANNUALIZED)
    ow_exact_div_int (scratch, scratch, value->n_years);
  return scratch;
}

gboolean
ow_valuation_present_value_cents (OwValuation        *self,
                                  const OwOfferValue *value,
                                  gint64             *cents)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return ow_exact_div_round (&value->pv_numerator, &self->pv_denominator, 2, cents);
}

/* The exact difference of two present values, rounded once. */
gboolean
ow_valuation_present_value_diff_cents (OwValuation        *self,
                                       const OwOfferValue *a,
                                       const OwOfferValue *b,
                                       gint64             *cents)
{
  OwExact diff;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  ow_exact_sub (&diff, &a->pv_numerator, &b->pv_numerator);
  return ow_exact_div_round (&diff, &self->pv_denominator, 2, cents);
}

/* Schedules ---------------------------------------------------------------- */

typedef struct
{
  const Calendar   *cal;
  OwGrantSchedule  *schedule;
  PriceTable       *prices;
  const Conversion *conv;
  gint64            total;       /* millionths */
  DateKey           last;        /* keep tranches up to this date; 0: all */
  /* Refreshers are valued like the totals value them:
   * annual_value · weight / L · (1 + g)^(k - 1 - a). */
  const OwExact    *annual;
  const OwExact    *growth_pow;  /* (1 + g)^i, i = 0 .. horizon - 1 */
  int               granted_at;  /* a */
  gboolean         *overflow;
  /* The last tranche's value and what it depends on (its whole units, or
   * its weight under fractional rounding, and its offer year): most
   * tranches of a schedule are alike, and the timeline lists thousands. */
  gboolean          have_last;
  gint64            last_amount;
  int               last_year;
  OwExact           last_value;
} ListCtx;

/* round (a · b / c) half away from zero, for a, b ≥ 0 and c > 0: a
 * fraction b / c of a whole number a of millionths, rounded to millionths
 * as ow_exact_round() rounds the exact value.  FALSE when it does not fit. */
static gboolean
mul_div_round (gint64  a,
               gint64  b,
               gint64  c,
               gint64 *out)
{
  unsigned __int128 q;

  g_assert (a >= 0 && b >= 0 && c > 0);

  /* floor ((2ab + c) / 2c) = floor (ab / c + 1/2); 2ab < 2^127. */
  q = ((unsigned __int128) a * (guint64) b * 2 + (guint64) c) / ((unsigned __int128) c * 2);
  if (q > G_MAXINT64)
    return FALSE;
  *out = (gint64) q;
  return TRUE;
}

static void
list_tranche_cb (const Plan *plan,
                 DateKey     key,
                 gint64      units,
                 gint64      weight,
                 gint64      cumulative_weight,
                 gpointer    data)
{
  ListCtx *ctx = data;
  OwTranche t = { 0 };
  gint64 amount;

  if (ctx->last != 0 && key > ctx->last)
    return;

  t.date = key_to_date (key);
  t.year = year_of (ctx->cal, key);

  if (plan->floor_mode)
    {
      guint n = ctx->schedule->tranches->len;

      t.units = units;
      t.cumulative_units = units + (n > 0 ? g_array_index (ctx->schedule->tranches, OwTranche, n - 1).cumulative_units : 0);
      amount = units;
    }
  else
    {
      /* units = total · weight / L, shown in millionths; the running total
       * is rounded from its exact value, not summed from rounded parts. */
      if (!mul_div_round (ctx->total, weight, plan->L, &t.units) ||
          !mul_div_round (ctx->total, cumulative_weight, plan->L, &t.cumulative_units))
        *ctx->overflow = TRUE;
      amount = weight;
    }

  /* The value depends only on AMOUNT and the offer year. */
  if (ctx->have_last && ctx->last_amount == amount && ctx->last_year == t.year)
    {
      ow_exact_copy (&t.value, &ctx->last_value);
      g_array_append_val (ctx->schedule->tranches, t);
      return;
    }

  if (ctx->annual != NULL)
    {
      ow_exact_set_fraction (&t.value, weight, plan->L);
      ow_exact_mul (&t.value, &t.value, ctx->annual);
      ow_exact_mul (&t.value, &t.value, &ctx->growth_pow[MAX (t.year - 1 - ctx->granted_at, 0)]);
    }
  else
    {
      /* A tranche before the start date belongs to no offer year; it is
       * shown at today's price. */
      const OwExact *unit_value = price_table_get (ctx->prices, MAX (t.year, 1));
      OwExact exact_units;

      if (plan->floor_mode)
        ow_exact_set_scaled (&exact_units, units, 6);
      else
        {
          OwExact fraction;

          ow_exact_set_fraction (&fraction, weight, plan->L);
          ow_exact_set_scaled (&exact_units, ctx->total, 6);
          ow_exact_mul (&exact_units, &exact_units, &fraction);
        }

      if (unit_value == NULL)
        {
          *ctx->overflow = TRUE;
          ow_exact_set_int (&t.value, 0);
        }
      else
        ow_exact_mul (&t.value, &exact_units, unit_value);
    }

  convert (ctx->conv, &t.value);
  if (ow_exact_overflowed (&t.value))
    *ctx->overflow = TRUE;

  ctx->have_last = TRUE;
  ctx->last_amount = amount;
  ctx->last_year = t.year;
  ow_exact_copy (&ctx->last_value, &t.value);

  g_array_append_val (ctx->schedule->tranches, t);
}

void
ow_grant_schedule_free (OwGrantSchedule *schedule)
{
  if (schedule == NULL)
    return;
  g_free (schedule->name);
  g_array_unref (schedule->tranches);
  g_free (schedule);
}

/* VESTING's vest points, at most: room for the tranches, reserved at once. */
static OwGrantSchedule *
schedule_new (const char *name,
              OwVesting  *vesting)
{
  OwGrantSchedule *s = g_new0 (OwGrantSchedule, 1);
  guint n = vesting->every_months > 0 ? (guint) (vesting->months / vesting->every_months) : 0;

  s->name = g_strdup (name);
  s->tranches = g_array_sized_new (FALSE, FALSE, sizeof (OwTranche), n);
  return s;
}

/**
 * ow_valuation_schedules:
 * @with_refreshers: also list the expected refreshers inside the horizon
 *   (when the document includes them)
 *
 * Every tranche of every letter grant of OFFER over its whole schedule,
 * then the expected refreshers' tranches up to the end of the horizon.
 *
 * Returns: (transfer container) (element-type OwGrantSchedule): schedules
 */
GPtrArray *
ow_valuation_schedules (OwDocument *document,
                        OwOffer    *offer,
                        gboolean    with_refreshers,
                        gboolean   *overflow)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) ow_grant_schedule_free);
  int horizon = (int) CLAMP (document->horizon_years, 1, OW_MAX_HORIZON_YEARS);
  gboolean dummy = FALSE;
  Calendar cal;
  Conversion conv;
  guint n;

  g_return_val_if_fail (OW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);

  if (overflow == NULL)
    overflow = &dummy;
  *overflow = FALSE;

  calendar_init (&cal, offer->start_date);
  conversion_init (&conv, document, offer);

  n = g_list_model_get_n_items (G_LIST_MODEL (offer->grants));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwGrant) grant = g_list_model_get_item (G_LIST_MODEL (offer->grants), i);
      OwGrantSchedule *s = schedule_new (grant->name, grant->vesting);
      PriceTable prices;
      GrantUnits gu;
      Plan plan;
      ListCtx ctx = { &cal, s, &prices, &conv, 0, 0, NULL, NULL, 0, overflow };

      grant_units (grant, &gu);
      s->grant = grant;
      s->kind = grant->kind;
      s->total_units = gu.total;
      ctx.total = gu.total;
      price_table_init (&prices, gu.price, grant->growth, grant->kind == OW_GRANT_KIND_OPTION,
                        grant->strike_price);
      plan_init (&plan, grant->vesting, grant_vest_start (grant, offer), gu.total, gu.floor_mode);
      plan_foreach (&plan, list_tranche_cb, &ctx);
      g_ptr_array_add (result, s);
    }

  if (with_refreshers && document->include_refreshers && offer->has_refreshers && offer->refresher_value > 0)
    {
      g_autoptr(OwVesting) owned = NULL;
      g_autoptr(OwGrant) first = g_list_model_get_item (G_LIST_MODEL (offer->grants), 0);
      OwVesting *vesting = refresher_vesting (offer, &owned);
      gint64 growth = refresher_growth (offer);
      gint64 price = 1000000;
      DateKey horizon_end = anniversary (&cal, horizon);

      if (first != NULL)
        {
          GrantUnits gu;

          grant_units (first, &gu);
          if (gu.price > 0)
            price = gu.price;
        }

      OwExact growth_pow[OW_MAX_HORIZON_YEARS];
      OwExact annual;

      exact_from_cents (&annual, offer->refresher_value);
      ow_exact_set_int (&growth_pow[0], 1);
      if (horizon > 1)
        exact_growth_factor (&growth_pow[1], growth);
      for (int i = 2; i < horizon; i++)
        ow_exact_mul (&growth_pow[i], &growth_pow[i - 1], &growth_pow[1]);

      for (int a = 1; a < horizon; a++)
        {
          g_autofree char *name = g_strdup_printf ("refresher-%d", a);
          OwGrantSchedule *s = schedule_new (name, vesting);
          PriceTable prices;
          Plan plan;
          OwExact units;
          ListCtx ctx = { &cal, s, &prices, &conv, 0, horizon_end, &annual, growth_pow, a, overflow };

          s->refresher = TRUE;
          s->refresher_year = (guint) a;
          s->kind = OW_GRANT_KIND_RSU;

          /* units = annual_value / price (a + 1), fractional; shown in
           * millionths. */
          price_table_init (&prices, price, growth, FALSE, 0);
          ow_exact_mul_int (&units, &annual, 1000000);
          if (!ow_exact_div_round (&units, price_table_get (&prices, a + 1), 0, &s->total_units))
            *overflow = TRUE;

          ctx.total = s->total_units;
          plan_init (&plan, vesting, key_to_date (anniversary (&cal, a)), s->total_units, FALSE);
          plan_foreach (&plan, list_tranche_cb, &ctx);
          g_ptr_array_add (result, s);
        }
    }

  return result;
}

/* Leaving early -------------------------------------------------------------- */

void
ow_leave_cost_clear (OwLeaveCost *cost)
{
  for (guint i = 0; i < cost->n_grants; i++)
    g_free (cost->grants[i].name);
  g_clear_pointer (&cost->grants, g_free);
  cost->n_grants = 0;
}

/**
 * ow_valuation_leave_cost:
 *
 * What leaving OFFER's employer on LEAVE_ON costs: letter grants only; a
 * tranche dated on or before that day is vested, every later one is
 * forfeited (valued at the price of its vest year); each sign-on paid on or
 * before that day whose clawback window ends after it is owed back in full
 * or prorated by the days left.
 */
void
ow_valuation_leave_cost (OwDocument  *document,
                         OwOffer     *offer,
                         OwDate       leave_on,
                         OwLeaveCost *cost)
{
  g_autoptr(GPtrArray) schedules = NULL;
  Calendar cal;
  Conversion conv;
  int ly, lm, ld;
  DateKey leave_key;
  guint n;

  g_return_if_fail (OW_IS_DOCUMENT (document));
  g_return_if_fail (OW_IS_OFFER (offer));
  g_return_if_fail (leave_on != OW_DATE_NONE);
  g_return_if_fail (cost != NULL);

  memset (cost, 0, sizeof *cost);
  cost->offer = offer;
  ow_exact_set_int (&cost->forfeited_value, 0);
  ow_exact_set_int (&cost->clawback_owed, 0);

  ow_date_get_ymd (leave_on, &ly, &lm, &ld);
  leave_key = date_key (ly, lm, ld);

  schedules = ow_valuation_schedules (document, offer, FALSE, &cost->overflow);
  cost->n_grants = schedules->len;
  cost->grants = g_new0 (OwLeaveGrant, schedules->len);

  for (guint i = 0; i < schedules->len; i++)
    {
      OwGrantSchedule *s = g_ptr_array_index (schedules, i);
      OwLeaveGrant *lg = &cost->grants[i];

      lg->name = g_strdup (s->name);
      ow_exact_set_int (&lg->forfeited_value, 0);

      /* Units from the exact cumulative count at the last vested tranche,
       * so rounding of single tranches cannot add up. */
      for (guint t = 0; t < s->tranches->len; t++)
        {
          OwTranche *tr = &g_array_index (s->tranches, OwTranche, t);
          int ty, tm, td;

          ow_date_get_ymd (tr->date, &ty, &tm, &td);
          if (date_key (ty, tm, td) <= leave_key)
            lg->vested_units = tr->cumulative_units;
          else
            ow_exact_add (&lg->forfeited_value, &lg->forfeited_value, &tr->value);
        }
      lg->forfeited_units = s->total_units - lg->vested_units;

      cost->vested_units += lg->vested_units;
      cost->forfeited_units += lg->forfeited_units;
      ow_exact_add (&cost->forfeited_value, &cost->forfeited_value, &lg->forfeited_value);
    }

  calendar_init (&cal, offer->start_date);
  conversion_init (&conv, document, offer);

  n = g_list_model_get_n_items (G_LIST_MODEL (offer->sign_ons));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwSignOn) s = g_list_model_get_item (G_LIST_MODEL (offer->sign_ons), i);
      OwClawback clawback = ow_sign_on_get_clawback (s);
      OwDate paid = ow_date_add_months (offer->start_date, (int) s->month);
      OwDate window_end;
      OwExact owed;

      if (clawback == OW_CLAWBACK_NONE || s->clawback_months <= 0)
        continue;
      /* Paid after the last date there is (9999-12-31): never paid. */
      if (paid == OW_DATE_NONE || paid > leave_on)
        continue;
      window_end = ow_date_add_months (paid, (int) s->clawback_months);
      /* A window that ends after that date is still open on any day. */
      if (window_end != OW_DATE_NONE && window_end <= leave_on)
        continue;

      exact_from_cents (&owed, s->amount);
      /* (A window past 9999-12-31 has no day count: owed in full.) */
      if (clawback == OW_CLAWBACK_PRORATED && window_end != OW_DATE_NONE)
        {
          OwExact fraction;

          ow_exact_set_fraction (&fraction, (gint64) window_end - (gint64) leave_on,
                                 (gint64) window_end - (gint64) paid);
          ow_exact_mul (&owed, &owed, &fraction);
        }
      convert (&conv, &owed);
      ow_exact_add (&cost->clawback_owed, &cost->clawback_owed, &owed);
    }

  if (ow_exact_overflowed (&cost->forfeited_value) || ow_exact_overflowed (&cost->clawback_owed))
    cost->overflow = TRUE;
}

/* Shared with the timeline ---------------------------------------------------- */

/* The timeline (ow-timeline.c) places the valuation's figures on dates, so it
 * must convert money and assign offer years exactly as the totals do: these
 * wrap the valuation's own helpers rather than repeating them. */

/* OFFER's base, bonus and benefits of offer years 1 .. HORIZON
 * (≤ OW_MAX_HORIZON_YEARS) in the display currency, exactly as the totals
 * count them; the other fields of YEARS are left alone. */
void
ow_valuation_cash_years (OwDocument  *document,
                         OwOffer     *offer,
                         int          horizon,
                         OwYearValue *years)
{
  Conversion conv;

  g_assert (horizon >= 1 && horizon <= OW_MAX_HORIZON_YEARS);

  conversion_init (&conv, document, offer);
  value_cash (offer, horizon, years);
  for (int k = 0; k < horizon; k++)
    {
      convert (&conv, &years[k].base);
      convert (&conv, &years[k].bonus);
      convert (&conv, &years[k].benefits);
    }
}

/* CENTS of OFFER's currency, exactly, in the display currency. */
void
ow_valuation_display_money (OwDocument *document,
                            OwOffer    *offer,
                            gint64      cents,
                            OwExact    *out)
{
  Conversion conv;

  conversion_init (&conv, document, offer);
  exact_from_cents (out, cents);
  convert (&conv, out);
}

/* The offer year DATE falls in for an offer starting on START (1 ..), or 0
 * before the start date. */
int
ow_valuation_offer_year (OwDate start,
                         OwDate date)
{
  Calendar cal;
  int y, m, d;

  g_assert (start != OW_DATE_NONE && date != OW_DATE_NONE);

  calendar_init (&cal, start);
  ow_date_get_ymd (date, &y, &m, &d);
  return year_of (&cal, date_key (y, m, d));
}
