/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The vesting timeline: the valuation's figures placed on the dates they
 * arrive, so that every series ends exactly at the valuation's totals. */
#define G_LOG_DOMAIN "ow-timeline"

#include "config.h"

#include "ow-timeline.h"

#include <string.h>

#include "ow-model-private.h"

/* One thing that arrives on a date (a month's salary and benefits, a bonus,
 * a sign-on payment or a tranche), before the arrivals of a date are merged
 * into one point.  Values are borrowed from the schedules or the builder's
 * own arrays, all of which outlive the merge. */
typedef struct
{
  OwDate         date;
  int            year;
  guint          seq;       /* creation order, which ties keep */
  guint          schedule;  /* G_MAXUINT for cash */
  guint          tranche;
  gint64         units;
  const OwExact *value;
} Arrival;

static int
compare_arrivals (gconstpointer a,
                  gconstpointer b)
{
  const Arrival *x = a, *y = b;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  return (x->seq > y->seq) - (x->seq < y->seq);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const OwTimelineEvent *x = a, *y = b;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (x->schedule != y->schedule)
    return x->schedule < y->schedule ? -1 : 1;
  return (x->sign_on > y->sign_on) - (x->sign_on < y->sign_on);
}

/* Units are plain gint64 millionths: a document may hold several grants of
 * 1e12 units each, whose sum no longer fits.  The sum saturates and the
 * series says it overflowed rather than wrapping. */
static inline gint64
add_units (gint64    a,
           gint64    b,
           gboolean *overflow)
{
  gint64 sum;

  if (__builtin_add_overflow (a, b, &sum))
    {
      *overflow = TRUE;
      return b > 0 ? G_MAXINT64 : G_MININT64;
    }
  return sum;
}

static void
add_event (OwTimelineSeries    *series,
           OwTimelineEventKind  kind,
           OwDate               date,
           OwDate               end,
           guint                schedule,
           guint                sign_on,
           const OwExact       *amount)
{
  OwTimelineEvent *e;

  g_array_set_size (series->events, series->events->len + 1);
  e = &g_array_index (series->events, OwTimelineEvent, series->events->len - 1);
  e->kind = kind;
  e->date = date;
  e->end = end;
  e->schedule = schedule;
  e->sign_on = sign_on;
  if (amount != NULL)
    ow_exact_copy (&e->amount, amount);
  else
    ow_exact_set_int (&e->amount, 0);
}

static inline void
push_arrival (GArray        *arrivals,
              OwDate         date,
              int            year,
              const OwExact *value,
              gint64         units,
              guint          schedule,
              guint          tranche)
{
  Arrival a = { date, year, arrivals->len, schedule, tranche, units, value };

  /* Only a date past year 9999 has no OwDate; it cannot be placed. */
  if (date != OW_DATE_NONE)
    g_array_append_val (arrivals, a);
}

/* Builds the cash arrivals of the all-compensation scope: base and benefits
 * of year k in twelve exact parts at the end of each month, the bonus at
 * the k-th anniversary, sign-on payments on their pay dates, with the
 * valuation's own yearly figures (ow_valuation_cash_years()).  YEARS,
 * MONTHLY and SIGN_ONS are the builder's storage for the values the
 * arrivals point to.  A part of 0 arrives nothing and makes no point. */
static void
add_cash (GArray      *arrivals,
          OwDocument  *document,
          OwOffer     *offer,
          int          horizon,
          OwYearValue *years,
          OwExact     *monthly,
          OwExact     *sign_ons,
          guint        n_sign_ons)
{
  OwDate start = offer->start_date;

  ow_valuation_cash_years (document, offer, horizon, years);
  for (int k = 1; k <= horizon; k++)
    {
      const OwYearValue *y = &years[k - 1];

      ow_exact_add (&monthly[k - 1], &y->base, &y->benefits);
      ow_exact_div_int (&monthly[k - 1], &monthly[k - 1], 12);

      if (!ow_exact_is_zero (&monthly[k - 1]))
        for (int m = 12 * (k - 1) + 1; m <= 12 * k; m++)
          push_arrival (arrivals, ow_date_add_months (start, m), k, &monthly[k - 1], 0, G_MAXUINT, 0);

      if (!ow_exact_is_zero (&y->bonus))
        push_arrival (arrivals, ow_date_add_months (start, 12 * k), k, &y->bonus, 0, G_MAXUINT, 0);
    }

  /* Each payment in the year of its pay date, as the totals count it. */
  for (guint i = 0; i < n_sign_ons; i++)
    {
      g_autoptr(OwSignOn) s = g_list_model_get_item (G_LIST_MODEL (offer->sign_ons), i);
      OwDate paid = ow_date_add_months (start, (int) s->month);
      int k = paid != OW_DATE_NONE ? ow_valuation_offer_year (start, paid) : 0;

      ow_valuation_display_money (document, offer, s->amount, &sign_ons[i]);
      if (k >= 1 && k <= horizon && !ow_exact_is_zero (&sign_ons[i]))
        push_arrival (arrivals, paid, k, &sign_ons[i], 0, G_MAXUINT, 0);
    }
}

/* Every tranche of every schedule that vests in offer years 1 .. horizon:
 * a current job's tranches dated before its start date, and anything after
 * the horizon, count in no total and so make no point. */
static void
add_tranches (GArray    *arrivals,
              GPtrArray *schedules,
              int        horizon)
{
  for (guint i = 0; i < schedules->len; i++)
    {
      OwGrantSchedule *s = g_ptr_array_index (schedules, i);

      for (guint j = 0; j < s->tranches->len; j++)
        {
          const OwTranche *t = &g_array_index (s->tranches, OwTranche, j);

          if (t->year >= 1 && t->year <= horizon)
            push_arrival (arrivals, t->date, t->year, &t->value, t->units, i, j);
        }
    }
}

/* Merges ARRIVALS (sorted) into the series' points and runs the totals. */
static void
build_points (OwTimelineSeries *series,
              GArray           *arrivals)
{
  OwExact cumulative;
  gint64 cumulative_units = 0;
  double cumulative_d = 0;
  guint n_points = 0, n_tranches = 0;
  OwTimelinePoint *p = NULL;

  /* Points are large (two exact values each): the arrays are sized once,
   * from the number of distinct dates, rather than grown. */
  for (guint i = 0; i < arrivals->len; i++)
    {
      const Arrival *a = &g_array_index (arrivals, Arrival, i);

      if (i == 0 || g_array_index (arrivals, Arrival, i - 1).date != a->date)
        n_points++;
      if (a->schedule != G_MAXUINT)
        n_tranches++;
    }
  g_array_set_size (series->points, n_points);
  g_array_set_size (series->tranches, n_tranches);
  n_points = 0;
  n_tranches = 0;

  for (guint i = 0; i < arrivals->len; i++)
    {
      const Arrival *a = &g_array_index (arrivals, Arrival, i);

      if (p == NULL || p->date != a->date)
        {
          p = &g_array_index (series->points, OwTimelinePoint, n_points++);
          p->date = a->date;
          p->year = a->year;
          ow_exact_copy (&p->value, a->value);
          p->units = a->units;
          p->first_tranche = n_tranches;
          p->n_tranches = 0;
        }
      else
        {
          ow_exact_add (&p->value, &p->value, a->value);
          p->units = add_units (p->units, a->units, &series->overflow);
        }

      if (a->schedule != G_MAXUINT)
        {
          OwTimelineTranche *t = &g_array_index (series->tranches, OwTimelineTranche, n_tranches++);

          t->schedule = a->schedule;
          t->tranche = a->tranche;
          p->n_tranches++;
        }
    }

  ow_exact_set_int (&cumulative, 0);
  for (guint i = 0; i < series->points->len; i++)
    {
      p = &g_array_index (series->points, OwTimelinePoint, i);
      ow_exact_add (&cumulative, &cumulative, &p->value);
      ow_exact_copy (&p->cumulative_value, &cumulative);
      cumulative_units = add_units (cumulative_units, p->units, &series->overflow);
      p->cumulative_units = cumulative_units;

      /* A value that could not be computed exactly has no double either
       * (it would be NaN); the series is flagged and its drawing carries
       * on with what could be computed, so a chart never sees NaN. */
      if (ow_exact_overflowed (&p->value))
        {
          series->overflow = TRUE;
          p->value_d = 0;
        }
      else
        p->value_d = ow_exact_to_double (&p->value);

      if (ow_exact_overflowed (&cumulative))
        {
          series->overflow = TRUE;
          cumulative_d += p->value_d;
        }
      else
        cumulative_d = ow_exact_to_double (&cumulative);
      p->cumulative_value_d = cumulative_d;
    }
}

/* The events of one offer.  They describe the offer, not the scope, so both
 * scopes have the same events (an equity chart can still show a sign-on's
 * clawback window: it is part of what leaving costs).  Cliffs and clawback
 * windows whose payment lies outside offer years 1 .. horizon are left out,
 * like the money they belong to. */
static void
build_events (OwTimelineSeries *series,
              OwDocument       *document,
              int               horizon)
{
  OwOffer *offer = series->offer;
  OwDate start = offer->start_date;
  OwExact annual;
  guint n;

  if (offer->deadline != OW_DATE_NONE)
    add_event (series, OW_TIMELINE_EVENT_DEADLINE, offer->deadline, offer->deadline, G_MAXUINT, G_MAXUINT, NULL);

  if (start == OW_DATE_NONE)
    return;

  add_event (series, OW_TIMELINE_EVENT_START, start, start, G_MAXUINT, G_MAXUINT, NULL);

  /* A refresher is worth its annual value when granted. */
  ow_valuation_display_money (document, offer, offer->refresher_value, &annual);

  for (guint i = 0; i < series->schedules->len; i++)
    {
      OwGrantSchedule *s = g_ptr_array_index (series->schedules, i);

      if (s->refresher)
        {
          OwDate granted = ow_date_add_months (start, 12 * (int) s->refresher_year);

          if (granted != OW_DATE_NONE)
            add_event (series, OW_TIMELINE_EVENT_REFRESHER, granted, granted, i, G_MAXUINT, &annual);
        }
      else if (s->grant != NULL && ow_vesting_get_cliff_months (s->grant->vesting) > 0 && s->tranches->len > 0)
        {
          /* With a cliff the first tranche is the cliff point, carrying
           * everything before it. */
          const OwTranche *t = &g_array_index (s->tranches, OwTranche, 0);

          if (t->year >= 1 && t->year <= horizon && t->date != OW_DATE_NONE)
            add_event (series, OW_TIMELINE_EVENT_CLIFF, t->date, t->date, i, G_MAXUINT, &t->value);
        }
    }

  /* The clawback window, as ow_valuation_leave_cost() applies it: leaving
   * on day L costs when paid <= L < paid + clawback_months, so the window's
   * last day is one day before pay date + clawback_months (a payment on
   * 2027-01-04 with 12 months: 2027-01-04 .. 2028-01-03). */
  n = g_list_model_get_n_items (G_LIST_MODEL (offer->sign_ons));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwSignOn) s = g_list_model_get_item (G_LIST_MODEL (offer->sign_ons), i);
      OwDate paid, window_end;
      OwExact amount;
      int k;

      if (ow_sign_on_get_clawback (s) == OW_CLAWBACK_NONE || s->clawback_months <= 0)
        continue;

      paid = ow_date_add_months (start, (int) s->month);
      if (paid == OW_DATE_NONE)
        continue;
      window_end = ow_date_add_months (paid, (int) s->clawback_months);
      k = ow_valuation_offer_year (start, paid);
      if (k < 1 || k > horizon || window_end == OW_DATE_NONE)
        continue;

      ow_valuation_display_money (document, offer, s->amount, &amount);
      add_event (series, OW_TIMELINE_EVENT_CLAWBACK, paid, window_end - 1, G_MAXUINT, i, &amount);
    }

  g_array_sort (series->events, compare_events);
}

static void
build_series (OwTimelineSeries *series,
              OwDocument       *document,
              OwTimelineScope   scope,
              int               horizon,
              GArray           *arrivals)
{
  OwOffer *offer = series->offer;
  g_autofree OwExact *sign_ons = NULL;
  OwYearValue years[OW_MAX_HORIZON_YEARS];
  OwExact monthly[OW_MAX_HORIZON_YEARS];
  gboolean overflow = FALSE;
  guint n_sign_ons;

  /* An offer has a start date once loaded or created by the window; one
   * without (a bare ow_offer_new()) has no offer years and so no money on
   * any date. */
  if (offer->start_date == OW_DATE_NONE)
    {
      series->schedules = g_ptr_array_new_with_free_func ((GDestroyNotify) ow_grant_schedule_free);
      build_events (series, document, horizon);
      return;
    }

  /* Refreshers only when the document includes them, as in the totals:
   * ow_valuation_schedules() checks the document's setting itself. */
  series->schedules = ow_valuation_schedules (document, offer, TRUE, &overflow);
  series->overflow = overflow;

  g_array_set_size (arrivals, 0);
  n_sign_ons = g_list_model_get_n_items (G_LIST_MODEL (offer->sign_ons));
  if (scope == OW_TIMELINE_ALL_COMPENSATION)
    {
      sign_ons = g_new (OwExact, MAX (n_sign_ons, 1));
      add_cash (arrivals, document, offer, horizon, years, monthly, sign_ons, n_sign_ons);
    }
  add_tranches (arrivals, series->schedules, horizon);
  g_array_sort (arrivals, compare_arrivals);
  build_points (series, arrivals);
  build_events (series, document, horizon);
}

/**
 * ow_timeline_new:
 * @scope: which money the series count
 * @today: stored for the charts' "today" line
 *
 * The timeline of every offer of DOCUMENT under its settings.
 *
 * Returns: (transfer full): the timeline; free with ow_timeline_free()
 */
OwTimeline *
ow_timeline_new (OwDocument      *document,
                 OwTimelineScope  scope,
                 OwDate           today)
{
  g_autoptr(GArray) arrivals = NULL;
  OwTimeline *self;
  int horizon;

  g_return_val_if_fail (OW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (scope == OW_TIMELINE_EQUITY || scope == OW_TIMELINE_ALL_COMPENSATION, NULL);

  /* The horizon as the valuation bounds it. */
  horizon = CLAMP (ow_document_get_horizon_years (document), 1, OW_MAX_HORIZON_YEARS);

  self = g_new0 (OwTimeline, 1);
  self->scope = scope;
  self->today = today;
  self->first = OW_DATE_NONE;
  self->last = OW_DATE_NONE;
  self->n_series = ow_document_get_n_offers (document);
  self->series = g_new0 (OwTimelineSeries, MAX (self->n_series, 1));

  /* Room for a 10-year offer's months, bonuses and a few hundred tranches;
   * reused from offer to offer. */
  arrivals = g_array_sized_new (FALSE, FALSE, sizeof (Arrival), 1024);

  for (guint i = 0; i < self->n_series; i++)
    {
      OwTimelineSeries *series = &self->series[i];
      OwOffer *offer = ow_document_get_offer (document, i);

      series->offer = offer;
      series->points = g_array_new (FALSE, FALSE, sizeof (OwTimelinePoint));
      series->tranches = g_array_new (FALSE, FALSE, sizeof (OwTimelineTranche));
      series->events = g_array_new (FALSE, FALSE, sizeof (OwTimelineEvent));
      build_series (series, document, scope, horizon, arrivals);

      if (offer->start_date != OW_DATE_NONE)
        {
          OwDate end = ow_date_add_months (offer->start_date, 12 * horizon);

          if (self->first == OW_DATE_NONE || offer->start_date < self->first)
            self->first = offer->start_date;
          if (end > self->last)
            self->last = end;
        }

      for (guint j = 0; j < series->points->len; j++)
        {
          const OwTimelinePoint *p = &g_array_index (series->points, OwTimelinePoint, j);

          self->max_cumulative_value_d = MAX (self->max_cumulative_value_d, p->cumulative_value_d);
          self->max_cumulative_units = MAX (self->max_cumulative_units, p->cumulative_units);
        }
    }

  return self;
}

void
ow_timeline_free (OwTimeline *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->n_series; i++)
    {
      OwTimelineSeries *series = &self->series[i];

      g_clear_pointer (&series->schedules, g_ptr_array_unref);
      g_clear_pointer (&series->points, g_array_unref);
      g_clear_pointer (&series->tranches, g_array_unref);
      g_clear_pointer (&series->events, g_array_unref);
    }
  g_free (self->series);
  g_free (self);
}

const OwTimelinePoint *
ow_timeline_series_at (const OwTimelineSeries *series,
                       OwDate                  date)
{
  guint lo = 0, hi;

  g_return_val_if_fail (series != NULL, NULL);

  /* The first point after DATE is at LO once the search ends; the one
   * before it, if any, is the answer. */
  hi = series->points->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (series->points, OwTimelinePoint, mid).date <= date)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo > 0 ? &g_array_index (series->points, OwTimelinePoint, lo - 1) : NULL;
}
