/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The vesting timeline (ow-timeline.h): every series ends exactly at the
 * valuation's totals, and its points and events fall on the dates the
 * rules give, checked by hand (the arithmetic is in the comments). */
#define G_LOG_DOMAIN "test-timeline"

#include "config.h"

#include <math.h>

#include "ow-document.h"
#include "ow-timeline.h"
#include "ow-valuation.h"

#define DOC_HEAD "{ \"format\": \"offer-workbench\", \"version\": 1, "
#define UNITS(n) ((gint64) (n) * 1000000)

static OwDocument *
load (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OwDocument) document = ow_document_new ();

  if (!ow_document_load_data (document, json, strlen (json), "test.offers", &error))
    g_error ("test document did not load: %s", error->message);
  return g_steal_pointer (&document);
}

static OwDocument *
load_example (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = ow_document_new_from_file (file, name, &error);

  g_assert_no_error (error);
  return document;
}

static OwDate
date_of (const char *iso)
{
  OwDate date = OW_DATE_NONE;

  g_assert_true (ow_date_parse_iso (iso, strlen (iso), &date));
  return date;
}

static void
assert_date (OwDate      date,
             const char *iso)
{
  char buf[OW_DATE_ISO_LEN];

  ow_date_format_iso (date, buf);
  g_assert_cmpstr (buf, ==, iso);
}

static gint64
cents (const OwExact *value)
{
  gint64 c = 0;

  g_assert_true (ow_exact_to_cents (value, &c));
  return c;
}

#define assert_money(value, major_cents) g_assert_cmpint (cents (value), ==, (major_cents))

static const OwTimelinePoint *
point (const OwTimelineSeries *s,
       guint                   i)
{
  g_assert_cmpuint (i, <, s->points->len);
  return &g_array_index (s->points, OwTimelinePoint, i);
}

static const OwTimelineEvent *
event (const OwTimelineSeries *s,
       guint                   i)
{
  g_assert_cmpuint (i, <, s->events->len);
  return &g_array_index (s->events, OwTimelineEvent, i);
}

static const OwTranche *
tranche_of (const OwTimelineSeries *s,
            guint                   i)
{
  const OwTimelineTranche *t;
  OwGrantSchedule *schedule;

  g_assert_cmpuint (i, <, s->tranches->len);
  t = &g_array_index (s->tranches, OwTimelineTranche, i);
  g_assert_cmpuint (t->schedule, <, s->schedules->len);
  schedule = g_ptr_array_index (s->schedules, t->schedule);
  g_assert_cmpuint (t->tranche, <, schedule->tranches->len);
  return &g_array_index (schedule->tranches, OwTranche, t->tranche);
}

static OwTimeline *
timeline_of (OwDocument      *document,
             OwTimelineScope  scope)
{
  return ow_timeline_new (document, scope, date_of ("2027-06-01"));
}

/* What holds for every series of every document: strictly ascending
 * dates in offer years 1 .. horizon; each point's tranches vest on its
 * date and, in the equity scope, add up to its value and units exactly;
 * the running totals are the sums of the points; every tranche of the
 * horizon is on some point; and the last point is the valuation's
 * horizon equity (equity scope) or horizon total (all compensation). */
static void
check_invariant (OwDocument      *document,
                 OwTimelineScope  scope)
{
  g_autoptr(OwValuation) v = ow_valuation_new (document);
  g_autoptr(OwTimeline) tl = timeline_of (document, scope);

  g_assert_cmpuint (tl->n_series, ==, v->n_offers);
  g_assert_cmpint (tl->scope, ==, scope);

  for (guint i = 0; i < tl->n_series; i++)
    {
      const OwTimelineSeries *s = &tl->series[i];
      const OwOfferValue *ov = &v->offers[i];
      const OwExact *expected = scope == OW_TIMELINE_EQUITY ? &ov->horizon_equity : &ov->horizon_total;
      guint n_tranches = 0, n_in_horizon = 0;
      gint64 units = 0;
      OwExact sum;

      g_assert_true (s->offer == ov->offer);
      g_assert_false (s->overflow);
      g_assert_false (ov->overflow);
      ow_exact_set_int (&sum, 0);

      for (guint j = 0; j < s->points->len; j++)
        {
          const OwTimelinePoint *p = point (s, j);
          OwExact tranche_sum;
          gint64 tranche_units = 0;

          if (j > 0)
            {
              g_assert_cmpuint (p->date, >, point (s, j - 1)->date);
              g_assert_cmpint (p->year, >=, point (s, j - 1)->year);
              g_assert_cmpfloat (p->cumulative_value_d, >=, point (s, j - 1)->cumulative_value_d);
            }
          g_assert_cmpint (p->year, >=, 1);
          g_assert_cmpint (p->year, <=, (int) v->horizon_years);

          g_assert_cmpuint (p->first_tranche, ==, n_tranches);
          ow_exact_set_int (&tranche_sum, 0);
          for (guint t = p->first_tranche; t < p->first_tranche + p->n_tranches; t++)
            {
              const OwTranche *tr = tranche_of (s, t);

              g_assert_cmpuint (tr->date, ==, p->date);
              g_assert_cmpint (tr->year, ==, p->year);
              ow_exact_add (&tranche_sum, &tranche_sum, &tr->value);
              tranche_units += tr->units;
            }
          n_tranches += p->n_tranches;
          g_assert_cmpint (p->units, ==, tranche_units);
          if (scope == OW_TIMELINE_EQUITY)
            {
              g_assert_cmpuint (p->n_tranches, >, 0);
              g_assert_true (ow_exact_equal (&p->value, &tranche_sum));
            }

          ow_exact_add (&sum, &sum, &p->value);
          units += p->units;
          g_assert_true (ow_exact_equal (&p->cumulative_value, &sum));
          g_assert_cmpint (p->cumulative_units, ==, units);
          g_assert_cmpfloat_with_epsilon (p->cumulative_value_d, ow_exact_to_double (&sum), 1e-6);
          g_assert_cmpfloat (p->cumulative_value_d, <=, tl->max_cumulative_value_d);
          g_assert_cmpint (p->cumulative_units, <=, tl->max_cumulative_units);
        }
      g_assert_cmpuint (n_tranches, ==, s->tranches->len);

      for (guint k = 0; k < s->schedules->len; k++)
        {
          OwGrantSchedule *schedule = g_ptr_array_index (s->schedules, k);

          for (guint t = 0; t < schedule->tranches->len; t++)
            {
              int year = g_array_index (schedule->tranches, OwTranche, t).year;

              if (year >= 1 && year <= (int) v->horizon_years)
                n_in_horizon++;
            }
        }
      g_assert_cmpuint (n_tranches, ==, n_in_horizon);

      /* The invariant itself: exactly, not to the cent. */
      if (s->points->len == 0)
        g_assert_true (ow_exact_is_zero (expected));
      else
        g_assert_cmpint (ow_exact_cmp (&point (s, s->points->len - 1)->cumulative_value, expected), ==, 0);

      for (guint j = 1; j < s->events->len; j++)
        g_assert_cmpuint (event (s, j)->date, >=, event (s, j - 1)->date);
    }
}

static guint
count_events (const OwTimelineSeries *s,
              OwTimelineEventKind     kind)
{
  guint n = 0;

  for (guint i = 0; i < s->events->len; i++)
    if (event (s, i)->kind == kind)
      n++;
  return n;
}

/* Both scopes, with the document's refreshers and in the "offer letter
 * only" view. */
static void
check_invariant_both_ways (OwDocument *document)
{
  check_invariant (document, OW_TIMELINE_EQUITY);
  check_invariant (document, OW_TIMELINE_ALL_COMPENSATION);

  g_object_set (document, "include-expected-refreshers", FALSE, NULL);
  check_invariant (document, OW_TIMELINE_EQUITY);
  check_invariant (document, OW_TIMELINE_ALL_COMPENSATION);

  /* Without refreshers there are none to list or mark. */
  {
    g_autoptr(OwTimeline) tl = timeline_of (document, OW_TIMELINE_EQUITY);

    for (guint i = 0; i < tl->n_series; i++)
      {
        g_assert_cmpuint (count_events (&tl->series[i], OW_TIMELINE_EVENT_REFRESHER), ==, 0);
        for (guint k = 0; k < tl->series[i].schedules->len; k++)
          g_assert_false (((OwGrantSchedule *) g_ptr_array_index (tl->series[i].schedules, k))->refresher);
      }
  }
  g_object_set (document, "include-expected-refreshers", TRUE, NULL);
}

/* The bundled examples.  The sample's first offer (Cascadia) expects
 * refreshers of $60,000 a year over a 4-year horizon, granted at the 1st,
 * 2nd and 3rd anniversaries, so the "offer letter only" view must end
 * lower and list three schedules fewer. */
static void
test_invariant_examples (void)
{
  const char *const names[] = { "sample.offers", "cross-border.offers", "refreshers.offers" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(OwDocument) document = load_example (names[i]);

      check_invariant_both_ways (document);
    }

  {
    g_autoptr(OwDocument) document = load_example ("sample.offers");
    g_autoptr(OwTimeline) with = timeline_of (document, OW_TIMELINE_EQUITY);
    g_autoptr(OwTimeline) without = NULL;
    const OwTimelineSeries *a, *b;

    g_object_set (document, "include-expected-refreshers", FALSE, NULL);
    without = timeline_of (document, OW_TIMELINE_EQUITY);
    a = &with->series[0];
    b = &without->series[0];
    g_assert_cmpuint (a->schedules->len, ==, b->schedules->len + 3);
    g_assert_cmpuint (count_events (a, OW_TIMELINE_EVENT_REFRESHER), ==, 3);
    g_assert_cmpint (ow_exact_cmp (&point (a, a->points->len - 1)->cumulative_value,
                                   &point (b, b->points->len - 1)->cumulative_value), >, 0);
  }
}

/* A made-up document with what the examples lack: an offer in another
 * currency starting on the 31st, a 3-year horizon (so the option's 4-year
 * schedule runs past it), uneven quarterly vesting, an option, growth,
 * refreshers, a capped match, two sign-ons, and a value-only grant whose
 * monthly 1/60 fractions are not whole cents. */
#define SYNTHETIC \
  DOC_HEAD "\"horizon_years\": 3, \"exchange_rates\": { \"EUR\": 1.1 }, \"offers\": [" \
  " { \"id\": \"a\", \"currency\": \"EUR\", \"start_date\": \"2027-01-31\", \"deadline\": \"2026-12-20\"," \
  "   \"base_salary\": 100000, \"annual_raise_percent\": 3," \
  "   \"bonus\": { \"target_percent\": 10, \"expected_payout_percent\": 90 }," \
  "   \"sign_on\": [ { \"amount\": 20000, \"month\": 0, \"clawback_months\": 12 }," \
  "                  { \"amount\": 5000, \"month\": 13 } ]," \
  "   \"grants\": [ { \"units\": 1000, \"share_price\": 50, \"growth_percent\": 7," \
  "                   \"vesting\": { \"months\": 36, \"every_months\": 3, \"cliff_months\": 0," \
  "                                  \"year_percents\": [20, 30, 50] } }," \
  "                 { \"kind\": \"option\", \"units\": 3000, \"share_price\": 10, \"strike_price\": 4," \
  "                   \"growth_percent\": 10 } ]," \
  "   \"refreshers\": { \"annual_value\": 15000 }," \
  "   \"benefits\": { \"retirement_match_percent\": 5, \"retirement_match_cap\": 4000, \"annual_value\": 1200 } }," \
  " { \"id\": \"b\", \"start_date\": \"2027-06-15\", \"base_salary\": 150000," \
  "   \"grants\": [ { \"value\": 100000, \"vesting\": { \"months\": 60, \"cliff_months\": 6 } } ] } ] }"

static void
test_invariant_synthetic (void)
{
  g_autoptr(OwDocument) document = load (SYNTHETIC);
  g_autoptr(OwTimeline) tl = NULL;
  const OwTimelineSeries *a;
  OwExact expected;

  check_invariant_both_ways (document);

  /* Offer a in the display currency: the sign-on of 20,000 EUR on the
   * start date is 22,000 USD; a month later (Jan 31 + 1 month = Feb 28)
   * comes a twelfth of base 100,000 and benefits min (5 % · 100,000 =
   * 5,000, 4,000) + 1,200 = 5,200: 105,200 · 1.1 / 12 = 115,720 / 12 =
   * 28,930 / 3 = 9,643.33... USD, exactly, not rounded to cents. */
  tl = timeline_of (document, OW_TIMELINE_ALL_COMPENSATION);
  a = &tl->series[0];
  assert_date (point (a, 0)->date, "2027-01-31");
  assert_money (&point (a, 0)->value, 2200000);
  assert_date (point (a, 1)->date, "2027-02-28");
  ow_exact_set_fraction (&expected, 28930, 3);
  g_assert_true (ow_exact_equal (&point (a, 1)->value, &expected));

  /* The first quarter of the uneven grant also vests on its own date,
   * 2027-04-30: 20 % / 4 = 5 % of 1,000 = 50 units at 50 EUR = 2,500 EUR
   * = 2,750 USD, next to the month's 9,643.33...; no option vests then
   * (its cliff is a year). */
  assert_date (point (a, 3)->date, "2027-04-30");
  g_assert_cmpint (point (a, 3)->units, ==, UNITS (50));
  g_assert_cmpuint (point (a, 3)->n_tranches, ==, 1);
  ow_exact_set_fraction (&expected, 28930 + 3 * 2750, 3);
  g_assert_true (ow_exact_equal (&point (a, 3)->value, &expected));

  /* The timeline spans the earliest start to the latest third
   * anniversary: b's 2030-06-15. */
  assert_date (tl->first, "2027-01-31");
  assert_date (tl->last, "2030-06-15");
}

/* 48,000 RSUs at $10 over 48 months, monthly after a 12-month cliff:
 * nothing for a year, then 12/48 at once, then 1,000 a month. */
#define CLIFF_DOC \
  DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\", \"base_salary\": 100000," \
  " \"grants\": [ { \"units\": 48000, \"share_price\": 10 } ] } ] }"

static void
test_cliff_monthly (void)
{
  g_autoptr(OwDocument) document = load (CLIFF_DOC);
  g_autoptr(OwTimeline) tl = timeline_of (document, OW_TIMELINE_EQUITY);
  const OwTimelineSeries *s = &tl->series[0];
  const OwTimelineEvent *cliff = NULL;

  /* Months 12 .. 48: 37 points, all in the 4-year horizon (month 48 is the
   * 4th anniversary, still year 4). */
  g_assert_cmpuint (s->points->len, ==, 37);

  /* The cliff: 12,000 units · $10 = $120,000 on the first anniversary. */
  assert_date (point (s, 0)->date, "2028-01-04");
  g_assert_cmpint (point (s, 0)->year, ==, 1);
  g_assert_cmpint (point (s, 0)->units, ==, UNITS (12000));
  g_assert_cmpint (point (s, 0)->cumulative_units, ==, UNITS (12000));
  assert_money (&point (s, 0)->value, 12000000);
  assert_money (&point (s, 0)->cumulative_value, 12000000);
  g_assert_cmpfloat (point (s, 0)->cumulative_value_d, ==, 120000.0);

  /* Then 1,000 units ($10,000) a month: month 13 is 2028-02-04, year 2. */
  assert_date (point (s, 1)->date, "2028-02-04");
  g_assert_cmpint (point (s, 1)->year, ==, 2);
  g_assert_cmpint (point (s, 1)->units, ==, UNITS (1000));
  assert_money (&point (s, 1)->value, 1000000);
  g_assert_cmpint (point (s, 1)->cumulative_units, ==, UNITS (13000));

  /* Month 30 is point 30 - 12 = 18, 2029-07-04: 12,000 + 18 · 1,000. */
  assert_date (point (s, 18)->date, "2029-07-04");
  g_assert_cmpint (point (s, 18)->cumulative_units, ==, UNITS (30000));
  assert_money (&point (s, 18)->cumulative_value, 30000000);

  /* All 48,000 by 2031-01-04: $480,000. */
  assert_date (point (s, 36)->date, "2031-01-04");
  g_assert_cmpint (point (s, 36)->cumulative_units, ==, UNITS (48000));
  assert_money (&point (s, 36)->cumulative_value, 48000000);
  g_assert_cmpint (tl->max_cumulative_units, ==, UNITS (48000));
  g_assert_cmpfloat (tl->max_cumulative_value_d, ==, 480000.0);

  /* Events: the start, then the cliff on the first point's date, worth
   * what vests there. */
  g_assert_cmpuint (s->events->len, ==, 2);
  g_assert_cmpint (event (s, 0)->kind, ==, OW_TIMELINE_EVENT_START);
  assert_date (event (s, 0)->date, "2027-01-04");
  g_assert_cmpuint (event (s, 0)->schedule, ==, G_MAXUINT);
  cliff = event (s, 1);
  g_assert_cmpint (cliff->kind, ==, OW_TIMELINE_EVENT_CLIFF);
  assert_date (cliff->date, "2028-01-04");
  g_assert_cmpuint (cliff->end, ==, cliff->date);
  g_assert_cmpuint (cliff->schedule, ==, 0);
  g_assert_cmpuint (cliff->sign_on, ==, G_MAXUINT);
  assert_money (&cliff->amount, 12000000);

  assert_date (tl->first, "2027-01-04");
  assert_date (tl->last, "2031-01-04");
  g_assert_cmpuint (tl->today, ==, date_of ("2027-06-01"));
}

/* ow_timeline_series_at() on the cliff grant: nothing before the cliff,
 * the cliff itself on its date and until the day before the next point. */
static void
test_series_at (void)
{
  g_autoptr(OwDocument) document = load (CLIFF_DOC);
  g_autoptr(OwTimeline) tl = timeline_of (document, OW_TIMELINE_EQUITY);
  const OwTimelineSeries *s = &tl->series[0];

  g_assert_null (ow_timeline_series_at (s, date_of ("2027-01-04")));
  g_assert_null (ow_timeline_series_at (s, date_of ("2028-01-03")));
  g_assert_null (ow_timeline_series_at (s, OW_DATE_NONE));
  g_assert_true (ow_timeline_series_at (s, date_of ("2028-01-04")) == point (s, 0));
  g_assert_true (ow_timeline_series_at (s, date_of ("2028-01-20")) == point (s, 0));
  g_assert_true (ow_timeline_series_at (s, date_of ("2028-02-03")) == point (s, 0));
  g_assert_true (ow_timeline_series_at (s, date_of ("2028-02-04")) == point (s, 1));
  g_assert_true (ow_timeline_series_at (s, date_of ("2029-07-10")) == point (s, 18));
  g_assert_true (ow_timeline_series_at (s, date_of ("2031-01-04")) == point (s, 36));
  g_assert_true (ow_timeline_series_at (s, date_of ("2099-12-31")) == point (s, 36));
}

/* 5/15/40/40 over 48 months, every 6 months, no cliff: each year's percent
 * is split between its two points, so the steps are 2.5, 2.5, 7.5, 7.5,
 * 20, 20, 20, 20 % of 48,000 units: 1,200, 1,200, 3,600, 3,600, 9,600 ×
 * 4 (which sum to 2,400 + 7,200 + 38,400 = 48,000). */
static void
test_back_loaded_steps (void)
{
  g_autoptr(OwDocument) document = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\","
                                         " \"base_salary\": 100000, \"grants\": [ { \"units\": 48000, \"share_price\": 10,"
                                         " \"vesting\": { \"months\": 48, \"every_months\": 6, \"cliff_months\": 0,"
                                         " \"year_percents\": [5, 15, 40, 40] } } ] } ] }");
  g_autoptr(OwTimeline) tl = timeline_of (document, OW_TIMELINE_EQUITY);
  const OwTimelineSeries *s = &tl->series[0];
  const gint64 per_mille[] = { 25, 25, 75, 75, 200, 200, 200, 200 };
  const char *const dates[] = { "2027-07-04", "2028-01-04", "2028-07-04", "2029-01-04",
                                "2029-07-04", "2030-01-04", "2030-07-04", "2031-01-04" };

  g_assert_cmpuint (s->points->len, ==, G_N_ELEMENTS (per_mille));
  for (guint i = 0; i < G_N_ELEMENTS (per_mille); i++)
    {
      assert_date (point (s, i)->date, dates[i]);
      g_assert_cmpint (point (s, i)->year, ==, (int) i / 2 + 1);
      g_assert_cmpint (point (s, i)->units, ==, UNITS (48000) / 1000 * per_mille[i]);
      g_assert_cmpuint (point (s, i)->n_tranches, ==, 1);
    }
  g_assert_cmpint (point (s, 7)->cumulative_units, ==, UNITS (48000));

  /* No cliff, no CLIFF event: just the start. */
  g_assert_cmpuint (s->events->len, ==, 1);
  g_assert_cmpint (event (s, 0)->kind, ==, OW_TIMELINE_EVENT_START);
}

/* All compensation, 2-year horizon: base $120,000 with a 5 % raise, a 10 %
 * bonus paid in full, a $30,000 sign-on on the start date (12 months,
 * prorated) and a $6,000 one in month 3 (6 months, full), no equity.
 *   year 1: 12 × $10,000 at 2027-02-04 .. 2028-01-04, bonus $12,000 on
 *           2028-01-04 (with the 12th month: $22,000);
 *   year 2: base 126,000 → 12 × $10,500 at 2028-02-04 .. 2029-01-04,
 *           bonus $12,600 on 2029-01-04 ($23,100 with the month);
 *   sign-ons: $30,000 on 2027-01-04, a point of its own; $6,000 on
 *           2027-04-04, with that month's base: $16,000.
 * 1 + 24 points; in all 246,000 + 24,600 + 36,000 = $306,600. */
static void
test_all_compensation (void)
{
  g_autoptr(OwDocument) document = load (DOC_HEAD "\"horizon_years\": 2, \"offers\": [ { \"id\": \"a\","
                                         " \"start_date\": \"2027-01-04\", \"deadline\": \"2026-12-01\","
                                         " \"base_salary\": 120000, \"annual_raise_percent\": 5,"
                                         " \"bonus\": { \"target_percent\": 10, \"expected_payout_percent\": 100 },"
                                         " \"sign_on\": [ { \"amount\": 30000, \"month\": 0, \"clawback_months\": 12 },"
                                         "   { \"amount\": 6000, \"month\": 3, \"clawback_months\": 6, \"clawback\": \"full\" } ] } ] }");
  g_autoptr(OwTimeline) tl = timeline_of (document, OW_TIMELINE_ALL_COMPENSATION);
  g_autoptr(OwTimeline) equity = timeline_of (document, OW_TIMELINE_EQUITY);
  const OwTimelineSeries *s = &tl->series[0];
  OwOffer *offer = s->offer;
  OwLeaveCost cost;

  g_assert_cmpuint (s->points->len, ==, 25);
  g_assert_cmpuint (s->tranches->len, ==, 0);

  assert_date (point (s, 0)->date, "2027-01-04");
  assert_money (&point (s, 0)->value, 3000000);
  g_assert_cmpint (point (s, 0)->year, ==, 1);
  g_assert_cmpint (point (s, 0)->units, ==, 0);

  for (guint m = 1; m <= 12; m++)
    {
      const OwTimelinePoint *p = point (s, m);
      gint64 expected = m == 3 ? 1600000 : m == 12 ? 2200000 : 1000000;

      g_assert_cmpuint (p->date, ==, ow_date_add_months (date_of ("2027-01-04"), (int) m));
      g_assert_cmpint (p->year, ==, 1);
      assert_money (&p->value, expected);
      g_assert_cmpuint (p->n_tranches, ==, 0);
    }
  /* After the month-3 sign-on: 30,000 + 10,000 + 10,000 + 16,000. */
  assert_money (&point (s, 3)->cumulative_value, 6600000);
  /* End of year 1: 30,000 + 6,000 + 120,000 + 12,000. */
  assert_money (&point (s, 12)->cumulative_value, 16800000);

  assert_date (point (s, 13)->date, "2028-02-04");
  g_assert_cmpint (point (s, 13)->year, ==, 2);
  assert_money (&point (s, 13)->value, 1050000);
  assert_date (point (s, 24)->date, "2029-01-04");
  g_assert_cmpint (point (s, 24)->year, ==, 2);
  assert_money (&point (s, 24)->value, 2310000);
  assert_money (&point (s, 24)->cumulative_value, 30660000);

  /* No equity: the equity scope has no points, whatever the cash. */
  g_assert_cmpuint (equity->series[0].points->len, ==, 0);
  g_assert_cmpint (equity->max_cumulative_units, ==, 0);
  g_assert_cmpfloat (equity->max_cumulative_value_d, ==, 0.0);

  /* Events by date: the deadline, the start and the first window (both on
   * 2027-01-04, start first), the second window.  The window is the days
   * on which leaving costs (ow_valuation_leave_cost): paid <= L <
   * paid + clawback months, so it ends the day before: 2027-01-04 ..
   * 2028-01-03 and 2027-04-04 .. 2027-10-03. */
  g_assert_cmpuint (s->events->len, ==, 4);
  g_assert_cmpint (event (s, 0)->kind, ==, OW_TIMELINE_EVENT_DEADLINE);
  assert_date (event (s, 0)->date, "2026-12-01");
  g_assert_cmpint (event (s, 1)->kind, ==, OW_TIMELINE_EVENT_START);
  g_assert_cmpint (event (s, 2)->kind, ==, OW_TIMELINE_EVENT_CLAWBACK);
  assert_date (event (s, 2)->date, "2027-01-04");
  assert_date (event (s, 2)->end, "2028-01-03");
  g_assert_cmpuint (event (s, 2)->sign_on, ==, 0);
  g_assert_cmpuint (event (s, 2)->schedule, ==, G_MAXUINT);
  assert_money (&event (s, 2)->amount, 3000000);
  g_assert_cmpint (event (s, 3)->kind, ==, OW_TIMELINE_EVENT_CLAWBACK);
  assert_date (event (s, 3)->date, "2027-04-04");
  assert_date (event (s, 3)->end, "2027-10-03");
  g_assert_cmpuint (event (s, 3)->sign_on, ==, 1);
  assert_money (&event (s, 3)->amount, 600000);

  /* The windows' last days agree with the cost of leaving.  On
   * 2027-10-03: the full $6,000, and 93 of the first window's 365 days
   * left (2027-10-03 → 2028-01-04): 30,000 · 93 / 365 = 7,643.84; total
   * 13,643.84.  A day later the second window is over: 30,000 · 92 / 365
   * = 7,561.64.  On 2028-01-03, 1 day left: 30,000 / 365 = 82.19; on
   * 2028-01-04 nothing. */
  ow_valuation_leave_cost (document, offer, event (s, 3)->end, &cost);
  assert_money (&cost.clawback_owed, 1364384);
  ow_leave_cost_clear (&cost);
  ow_valuation_leave_cost (document, offer, event (s, 3)->end + 1, &cost);
  assert_money (&cost.clawback_owed, 756164);
  ow_leave_cost_clear (&cost);
  ow_valuation_leave_cost (document, offer, event (s, 2)->end, &cost);
  assert_money (&cost.clawback_owed, 8219);
  ow_leave_cost_clear (&cost);
  ow_valuation_leave_cost (document, offer, event (s, 2)->end + 1, &cost);
  assert_money (&cost.clawback_owed, 0);
  ow_leave_cost_clear (&cost);
}

/* A current job's grant: 400 units at $100 vesting yearly from
 * 2025-01-01 after a 1-year cliff; the job's start date is 2027-01-01.
 * Vest dates 2026-01-01 (before the start: left out), 2027-01-01 (the
 * start date: year 1), 2028-01-01 (year 1), 2029-01-01 (year 2): three
 * points of 100 units ($10,000), 300 units in all, not 400.  The cliff was
 * before the start, so there is no CLIFF event. */
static void
test_current_job_before_start (void)
{
  g_autoptr(OwDocument) document = load (DOC_HEAD "\"offers\": [ { \"id\": \"now\", \"current_job\": true,"
                                         " \"start_date\": \"2027-01-01\", \"base_salary\": 0,"
                                         " \"grants\": [ { \"units\": 400, \"share_price\": 100, \"vest_start\": \"2025-01-01\","
                                         " \"vesting\": { \"months\": 48, \"every_months\": 12, \"cliff_months\": 12 } } ] } ] }");

  for (OwTimelineScope scope = OW_TIMELINE_EQUITY; scope <= OW_TIMELINE_ALL_COMPENSATION; scope++)
    {
      g_autoptr(OwTimeline) tl = timeline_of (document, scope);
      const OwTimelineSeries *s = &tl->series[0];
      const OwTimelineTranche *first;

      g_assert_cmpuint (s->points->len, ==, 3);
      assert_date (point (s, 0)->date, "2027-01-01");
      assert_date (point (s, 1)->date, "2028-01-01");
      assert_date (point (s, 2)->date, "2029-01-01");
      g_assert_cmpint (point (s, 0)->year, ==, 1);
      g_assert_cmpint (point (s, 1)->year, ==, 1);
      g_assert_cmpint (point (s, 2)->year, ==, 2);
      for (guint i = 0; i < 3; i++)
        {
          g_assert_cmpint (point (s, i)->units, ==, UNITS (100));
          assert_money (&point (s, i)->value, 1000000);
        }
      g_assert_cmpint (point (s, 2)->cumulative_units, ==, UNITS (300));
      assert_money (&point (s, 2)->cumulative_value, 3000000);
      g_assert_cmpint (tl->max_cumulative_units, ==, UNITS (300));

      /* The first listed tranche is the schedule's second. */
      g_assert_cmpuint (s->tranches->len, ==, 3);
      first = &g_array_index (s->tranches, OwTimelineTranche, 0);
      g_assert_cmpuint (first->schedule, ==, 0);
      g_assert_cmpuint (first->tranche, ==, 1);

      g_assert_cmpuint (s->events->len, ==, 1);
      g_assert_cmpint (event (s, 0)->kind, ==, OW_TIMELINE_EVENT_START);
    }
}

/* Nothing to show is not an error: an empty document, an offer without
 * grants (cash but no equity), a bare offer that has no start date yet. */
static void
test_empty (void)
{
  g_autoptr(OwDocument) empty = load (DOC_HEAD "\"offers\": [] }");
  g_autoptr(OwDocument) cash = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\","
                                     " \"base_salary\": 60000 } ] }");
  g_autoptr(OwDocument) zero = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\","
                                     " \"base_salary\": 0 } ] }");

  for (OwTimelineScope scope = OW_TIMELINE_EQUITY; scope <= OW_TIMELINE_ALL_COMPENSATION; scope++)
    {
      g_autoptr(OwTimeline) tl = timeline_of (empty, scope);

      g_assert_cmpuint (tl->n_series, ==, 0);
      g_assert_cmpuint (tl->first, ==, OW_DATE_NONE);
      g_assert_cmpuint (tl->last, ==, OW_DATE_NONE);
      g_assert_cmpfloat (tl->max_cumulative_value_d, ==, 0.0);
      g_assert_cmpint (tl->max_cumulative_units, ==, 0);
    }

  /* No grants: no equity points, no schedules; in all compensation 4
   * years of 12 months at $5,000 (60,000 / 12). */
  {
    g_autoptr(OwTimeline) eq = timeline_of (cash, OW_TIMELINE_EQUITY);
    g_autoptr(OwTimeline) all = timeline_of (cash, OW_TIMELINE_ALL_COMPENSATION);

    g_assert_cmpuint (eq->series[0].points->len, ==, 0);
    g_assert_cmpuint (eq->series[0].schedules->len, ==, 0);
    g_assert_null (ow_timeline_series_at (&eq->series[0], date_of ("2030-01-01")));
    g_assert_cmpuint (eq->series[0].events->len, ==, 1);
    g_assert_cmpuint (all->series[0].points->len, ==, 48);
    assert_money (&point (&all->series[0], 0)->value, 500000);
    assert_money (&point (&all->series[0], 47)->cumulative_value, 24000000);
    g_assert_cmpfloat (all->max_cumulative_value_d, ==, 240000.0);
  }

  /* Nothing at all arrives: no points, not 48 points of 0. */
  {
    g_autoptr(OwTimeline) all = timeline_of (zero, OW_TIMELINE_ALL_COMPENSATION);

    g_assert_cmpuint (all->series[0].points->len, ==, 0);
    assert_date (all->first, "2027-01-04");
  }

  /* An offer added without a start date has no offer years: an empty
   * series, and the timeline's span comes from the dated offers. */
  {
    g_autoptr(OwOffer) bare = ow_offer_new ("bare");
    g_autoptr(OwTimeline) all = NULL;

    ow_document_add_offer (cash, bare);
    all = timeline_of (cash, OW_TIMELINE_ALL_COMPENSATION);
    g_assert_cmpuint (all->n_series, ==, 2);
    g_assert_cmpuint (all->series[1].points->len, ==, 0);
    g_assert_cmpuint (all->series[1].events->len, ==, 0);
    assert_date (all->first, "2027-01-04");
    assert_date (all->last, "2031-01-04");
  }
}

/* The largest figures the format allows.
 *  - test-valuation's limits document computes exactly: no overflow, and
 *    the series still ends at the (huge) horizon total.
 *  - Ten grants of 1e12 units over 120 months: 1e13 units in the 10-year
 *    horizon are 1e19 millionths, past gint64 (9.2e18): the units
 *    overflow, and saturate instead of wrapping.
 *  - Fifteen value-only grants vesting monthly over 53, 59, ..., 113
 *    months (primes): each tranche is value / p, and the sum of fractions
 *    over 15 different primes needs a denominator of about 4.6e28, past
 *    the exact arithmetic's 2^62: the values overflow, the series says so
 *    and the doubles for drawing stay finite. */
static void
test_overflow (void)
{
  g_autoptr(OwDocument) limits = load (DOC_HEAD "\"horizon_years\": 10, \"discount_rate_percent\": 99.99,"
                                       " \"exchange_rates\": { \"EUR\": 1.123456789012 },"
                                       " \"offers\": [ { \"id\": \"a\", \"currency\": \"EUR\", \"start_date\": \"2027-01-01\","
                                       " \"base_salary\": 1000000000000, \"annual_raise_percent\": 100,"
                                       " \"bonus\": { \"target_percent\": 1000, \"expected_payout_percent\": 300 },"
                                       " \"grants\": [ { \"units\": 1000000000000, \"share_price\": 1000000000000,"
                                       "   \"growth_percent\": 1000, \"vesting\": { \"months\": 120 } } ],"
                                       " \"refreshers\": { \"annual_value\": 1000000000000 } } ] }");
  g_autoptr(GString) many_units = g_string_new (DOC_HEAD "\"horizon_years\": 10, \"offers\": [ { \"id\": \"a\","
                                                " \"start_date\": \"2027-01-01\", \"base_salary\": 1, \"grants\": [");
  g_autoptr(GString) primes = g_string_new (DOC_HEAD "\"horizon_years\": 10, \"offers\": [ { \"id\": \"a\","
                                            " \"start_date\": \"2027-01-01\", \"base_salary\": 1, \"grants\": [");
  const int prime_months[] = { 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113 };
  g_autoptr(OwDocument) units_doc = NULL;
  g_autoptr(OwDocument) primes_doc = NULL;

  check_invariant (limits, OW_TIMELINE_EQUITY);
  check_invariant (limits, OW_TIMELINE_ALL_COMPENSATION);

  for (guint i = 0; i < 10; i++)
    g_string_append_printf (many_units, "%s{ \"units\": 1000000000000, \"share_price\": 1,"
                            " \"vesting\": { \"months\": 120, \"cliff_months\": 0 } }", i > 0 ? ", " : "");
  g_string_append (many_units, "] } ] }");
  units_doc = load (many_units->str);

  for (guint i = 0; i < G_N_ELEMENTS (prime_months); i++)
    g_string_append_printf (primes, "%s{ \"value\": 1000, \"vesting\": { \"months\": %d, \"cliff_months\": 0 } }",
                            i > 0 ? ", " : "", prime_months[i]);
  g_string_append (primes, "] } ] }");
  primes_doc = load (primes->str);

  for (OwTimelineScope scope = OW_TIMELINE_EQUITY; scope <= OW_TIMELINE_ALL_COMPENSATION; scope++)
    {
      g_autoptr(OwTimeline) tl = timeline_of (units_doc, scope);
      g_autoptr(OwTimeline) tp = timeline_of (primes_doc, scope);
      const OwTimelineSeries *s = &tl->series[0];
      const OwTimelineSeries *p = &tp->series[0];

      /* Each grant vests floor (1e12 / 120) = 8,333,333,333 whole units
       * in its first month, 8.3e16 millionths for the ten; the sum passes
       * G_MAXINT64 after about 111 months. */
      g_assert_true (s->overflow);
      g_assert_cmpint (point (s, s->points->len - 1)->cumulative_units, ==, G_MAXINT64);
      g_assert_cmpint (tl->max_cumulative_units, ==, G_MAXINT64);
      g_assert_cmpint (point (s, 0)->units, ==, 10 * UNITS (G_GINT64_CONSTANT (1000000000000) / 120));

      g_assert_true (p->overflow);
      g_assert_cmpuint (p->points->len, >, 0);
      for (guint i = 0; i < p->points->len; i++)
        {
          g_assert_true (isfinite (point (p, i)->value_d));
          g_assert_true (isfinite (point (p, i)->cumulative_value_d));
        }
      g_assert_true (isfinite (tp->max_cumulative_value_d));
      g_assert_cmpfloat (tp->max_cumulative_value_d, >, 0.0);
    }
}

/* Dates run out after 9999-12-31.  An offer starting on 9998-12-31 with a
 * 10-year horizon has its first year's twelve months of $100,000 / 12 in
 * 9999 and nothing it can place later: no crash, no point or event without
 * a date.  Its sign-on in month 120 falls past 9999 too, and of its nine
 * refreshers only the first, granted on 9999-12-31, has a date. */
static void
test_far_future (void)
{
  g_autoptr(OwDocument) document = load (DOC_HEAD "\"horizon_years\": 10, \"offers\": [ { \"id\": \"x\","
                                         " \"start_date\": \"9998-12-31\", \"deadline\": \"9999-12-31\", \"base_salary\": 100000,"
                                         " \"sign_on\": [ { \"amount\": 100, \"month\": 120, \"clawback_months\": 120 } ],"
                                         " \"grants\": [ { \"units\": 480, \"share_price\": 10, \"vest_start\": \"9999-12-31\" } ],"
                                         " \"refreshers\": { \"annual_value\": 1000 } } ] }");

  for (OwTimelineScope scope = OW_TIMELINE_EQUITY; scope <= OW_TIMELINE_ALL_COMPENSATION; scope++)
    {
      g_autoptr(OwTimeline) tl = timeline_of (document, scope);
      const OwTimelineSeries *s = &tl->series[0];

      for (guint i = 0; i < s->points->len; i++)
        g_assert_cmpuint (point (s, i)->date, !=, OW_DATE_NONE);
      for (guint i = 0; i < s->events->len; i++)
        g_assert_cmpuint (event (s, i)->date, !=, OW_DATE_NONE);
      g_assert_cmpuint (count_events (s, OW_TIMELINE_EVENT_CLAWBACK), ==, 0);
      g_assert_cmpuint (count_events (s, OW_TIMELINE_EVENT_REFRESHER), ==, 1);
      g_assert_cmpuint (count_events (s, OW_TIMELINE_EVENT_START), ==, 1);
      g_assert_cmpuint (count_events (s, OW_TIMELINE_EVENT_DEADLINE), ==, 1);
      g_assert_cmpuint (s->points->len, ==, scope == OW_TIMELINE_EQUITY ? 0 : 12);
      if (scope == OW_TIMELINE_ALL_COMPENSATION)
        {
          assert_date (point (s, 11)->date, "9999-12-31");
          assert_money (&point (s, 11)->cumulative_value, 10000000);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/timeline/invariant/examples", test_invariant_examples);
  g_test_add_func ("/ow/timeline/invariant/synthetic", test_invariant_synthetic);
  g_test_add_func ("/ow/timeline/equity/cliff-monthly", test_cliff_monthly);
  g_test_add_func ("/ow/timeline/equity/back-loaded-steps", test_back_loaded_steps);
  g_test_add_func ("/ow/timeline/equity/current-job-before-start", test_current_job_before_start);
  g_test_add_func ("/ow/timeline/all-compensation/cash-and-clawback", test_all_compensation);
  g_test_add_func ("/ow/timeline/series-at", test_series_at);
  g_test_add_func ("/ow/timeline/empty", test_empty);
  g_test_add_func ("/ow/timeline/overflow", test_overflow);
  g_test_add_func ("/ow/timeline/far-future", test_far_future);

  return g_test_run ();
}
