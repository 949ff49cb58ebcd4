/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The valuation rules of offer-model.md §2, each with worked examples
 * checked by hand (the arithmetic is in the comments). */
#include "config.h"

#include "ow-document.h"
#include "ow-valuation.h"

#define DOC_HEAD "{ \"format\": \"offer-workbench\", \"version\": 1, "

static OwDocument *
load (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OwDocument) document = ow_document_new ();

  if (!ow_document_load_data (document, json, strlen (json), "test.offers", &error))
    g_error ("test document did not load: %s", error->message);
  return g_steal_pointer (&document);
}

static gint64
cents (const OwExact *value)
{
  gint64 c = 0;

  g_assert_true (ow_exact_to_cents (value, &c));
  return c;
}

/* Major units with cents, as the figures are shown. */
#define assert_money(value, major_cents) g_assert_cmpint (cents (value), ==, (major_cents))

static OwValuation *
value_of (const char *json)
{
  g_autoptr(OwDocument) document = load (json);
  OwValuation *valuation = ow_valuation_new (document);

  for (guint i = 0; i < valuation->n_offers; i++)
    g_assert_false (valuation->offers[i].overflow);
  return valuation;
}

static GPtrArray *
schedules_of (OwDocument *document,
              guint       offer)
{
  gboolean overflow = TRUE;
  GPtrArray *s = ow_valuation_schedules (document, ow_document_get_offer (document, offer), TRUE, &overflow);

  g_assert_false (overflow);
  return s;
}

static const OwTranche *
tranche (OwGrantSchedule *s,
         guint            i)
{
  g_assert_cmpuint (i, <, s->tranches->len);
  return &g_array_index (s->tranches, OwTranche, i);
}

static void
assert_date (OwDate      date,
             const char *iso)
{
  char buf[OW_DATE_ISO_LEN];

  ow_date_format_iso (date, buf);
  g_assert_cmpstr (buf, ==, iso);
}

/* 48,000 RSUs over 48 months, 12-month cliff, monthly: nothing until the
 * cliff, then 12/48 at once, then 1,000 a month. */
static void
test_cliff_monthly (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\","
                                    " \"base_salary\": 100000,"
                                    " \"grants\": [ { \"units\": 48000, \"share_price\": 10 } ] } ] }");
  g_autoptr(GPtrArray) schedules = schedules_of (doc, 0);
  OwGrantSchedule *s = g_ptr_array_index (schedules, 0);

  /* Points 1..11 are before the cliff: the first tranche is month 12. */
  g_assert_cmpuint (s->tranches->len, ==, 37);
  assert_date (tranche (s, 0)->date, "2028-01-04");
  g_assert_cmpint (tranche (s, 0)->units, ==, G_GINT64_CONSTANT (12000000000));
  g_assert_cmpint (tranche (s, 0)->cumulative_units, ==, G_GINT64_CONSTANT (12000000000));
  g_assert_cmpint (tranche (s, 1)->cumulative_units, ==, G_GINT64_CONSTANT (13000000000)); /* month 13 */
  g_assert_cmpint (tranche (s, 12)->cumulative_units, ==, G_GINT64_CONSTANT (24000000000)); /* month 24 */
  g_assert_cmpint (tranche (s, 24)->cumulative_units, ==, G_GINT64_CONSTANT (36000000000)); /* month 36 */
  g_assert_cmpint (tranche (s, 36)->cumulative_units, ==, G_GINT64_CONSTANT (48000000000)); /* month 48 */
  assert_date (tranche (s, 36)->date, "2031-01-04");
  /* 12,000 units at $10 vest on the first anniversary: year 1. */
  g_assert_cmpint (tranche (s, 0)->year, ==, 1);
  assert_money (&tranche (s, 0)->value, 12000000);
  g_assert_cmpint (tranche (s, 1)->year, ==, 2);
}

/* 18 units, 4 annual points, no cliff: cumulative floor (18 · j / 4) =
 * 4, 9, 13, 18, so the tranches are 4, 5, 4, 5. */
static void
test_floor_cumulative (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\","
                                    " \"base_salary\": 1, \"grants\": [ { \"units\": 18, \"share_price\": 1,"
                                    " \"vesting\": { \"months\": 48, \"every_months\": 12, \"cliff_months\": 0 } } ] } ] }");
  g_autoptr(GPtrArray) schedules = schedules_of (doc, 0);
  OwGrantSchedule *s = g_ptr_array_index (schedules, 0);
  const gint64 expected[] = { 4, 5, 4, 5 };

  g_assert_cmpuint (s->tranches->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (tranche (s, i)->units, ==, expected[i] * 1000000);
}

/* A fractional total: 100.5 units in 4 annual points: floor (25.125) = 25,
 * floor (50.25) = 50, floor (75.375) = 75, and the last completes 100.5. */
static void
test_floor_cumulative_fractional_total (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\","
                                    " \"base_salary\": 1, \"grants\": [ { \"units\": 100.5, \"share_price\": 1,"
                                    " \"vesting\": { \"months\": 48, \"every_months\": 12, \"cliff_months\": 0 } } ] } ] }");
  g_autoptr(GPtrArray) schedules = schedules_of (doc, 0);
  OwGrantSchedule *s = g_ptr_array_index (schedules, 0);

  g_assert_cmpint (tranche (s, 0)->units, ==, 25000000);
  g_assert_cmpint (tranche (s, 1)->units, ==, 25000000);
  g_assert_cmpint (tranche (s, 2)->units, ==, 25000000);
  g_assert_cmpint (tranche (s, 3)->units, ==, 25500000);
  g_assert_cmpint (tranche (s, 3)->cumulative_units, ==, 100500000);
}

#define WORKED_OFFER(grant_vesting) \
  DOC_HEAD "\"offers\": [ { \"id\": \"acme\", \"company\": \"Acme AI\", \"title\": \"ML Engineer\"," \
  " \"start_date\": \"2027-01-04\", \"base_salary\": 180000, \"bonus\": { \"target_percent\": 15 }," \
  " \"sign_on\": [ { \"amount\": 40000, \"month\": 0 } ]," \
  " \"grants\": [ { \"value\": 400000, \"vesting\": " grant_vesting " } ] } ] }"

/* Base 180,000 + 15 % bonus 27,000 + sign-on 40,000 + a quarter of a
 * 400,000 value grant vesting at the 1-year cliff 100,000 = 347,000 in year
 * 1; then 307,000 a year, so 1,268,000 over 4 years and 317,000 a year. */
static void
test_worked_first_year (void)
{
  g_autoptr(OwValuation) v = value_of (WORKED_OFFER ("{ \"months\": 48, \"cliff_months\": 12, \"every_months\": 1 }"));
  OwOfferValue *ov = &v->offers[0];

  assert_money (&ov->years[0].base, 18000000);
  assert_money (&ov->years[0].bonus, 2700000);
  assert_money (&ov->years[0].sign_on, 4000000);
  assert_money (&ov->years[0].equity, 10000000);
  assert_money (&ov->first_year_total, 34700000);
  assert_money (&ov->years[1].total, 30700000);
  assert_money (&ov->horizon_total, 126800000);
  assert_money (&ov->annualized_total, 31700000);
  /* 400,000 / 1,268,000 = 31.545 % → 31.55 */
  g_assert_cmpint (ov->equity_share, ==, 3155);
}

/* 5/15/40/40 every 6 months with the default 1-year cliff: year 1's 5 %
 * (two points of 2.5 %) vests at the cliff: 20,000, so year 1 is
 * 180,000 + 27,000 + 40,000 + 20,000 = 267,000; year 2 15 % = 60,000;
 * years 3 and 4 160,000. */
static void
test_worked_back_loaded (void)
{
  g_autoptr(OwValuation) v = value_of (WORKED_OFFER ("{ \"months\": 48, \"every_months\": 6, \"year_percents\": [5, 15, 40, 40] }"));
  OwOfferValue *ov = &v->offers[0];

  assert_money (&ov->first_year_total, 26700000);
  assert_money (&ov->years[0].equity, 2000000);
  assert_money (&ov->years[1].equity, 6000000);
  assert_money (&ov->years[2].equity, 16000000);
  assert_money (&ov->years[3].equity, 16000000);
  assert_money (&ov->annualized_total, 31700000);
}

/* 33/33/22/12 monthly without a cliff: year 1's 33 % is split over 12
 * points of 2.75 % each: 400,000 · 0.0275 = 11,000 a month. */
static void
test_uneven_monthly (void)
{
  g_autoptr(OwDocument) doc = load (WORKED_OFFER ("{ \"months\": 48, \"cliff_months\": 0, \"year_percents\": [33, 33, 22, 12] }"));
  g_autoptr(OwValuation) v = ow_valuation_new (doc);
  g_autoptr(GPtrArray) schedules = schedules_of (doc, 0);
  OwGrantSchedule *s = g_ptr_array_index (schedules, 0);

  g_assert_cmpuint (s->tranches->len, ==, 48);
  assert_money (&tranche (s, 0)->value, 1100000);
  assert_money (&tranche (s, 47)->value, 400000); /* 12 % / 12 = 1 % = 4,000 */
  assert_money (&v->offers[0].years[0].equity, 13200000);
  assert_money (&v->offers[0].years[3].equity, 4800000);
}

/* Vest dates are computed from the vest start, not chained, and clamped
 * to the month's end: Jan 31 + 1 month is Feb 28, + 2 months Mar 31, and
 * in a leap year Feb 29. */
static void
test_month_end_clamping (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-31\","
                                    " \"base_salary\": 1, \"grants\": [ { \"units\": 120, \"share_price\": 1,"
                                    " \"vesting\": { \"months\": 14, \"cliff_months\": 0, \"year_percents\": [50, 50] } } ] } ] }");
  g_autoptr(GPtrArray) schedules = schedules_of (doc, 0);
  OwGrantSchedule *s = g_ptr_array_index (schedules, 0);

  assert_date (tranche (s, 0)->date, "2027-02-28");
  assert_date (tranche (s, 1)->date, "2027-03-31");
  assert_date (tranche (s, 11)->date, "2028-01-31");
  assert_date (tranche (s, 12)->date, "2028-02-29");
  assert_date (tranche (s, 13)->date, "2028-03-31");
  g_assert_cmpuint (s->tranches->len, ==, 14);
  /* Points 13 and 14 are vesting year 2: 50 % / 2 = 30 units each. */
  g_assert_cmpint (tranche (s, 11)->units, ==, 5000000);
  g_assert_cmpint (tranche (s, 12)->units, ==, 30000000);
}

/* The year boundaries: a payment on the start date (month 0) and at month
 * 12 are year 1; month 13 is year 2. */
static void
test_sign_on_years (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-03-15\","
                                       " \"base_salary\": 0, \"sign_on\": [ { \"amount\": 10000 },"
                                       " { \"amount\": 20000, \"month\": 12 }, { \"amount\": 5000.5, \"month\": 13 } ] } ] }");
  OwOfferValue *ov = &v->offers[0];

  assert_money (&ov->years[0].sign_on, 3000000);
  assert_money (&ov->years[1].sign_on, 500050);
  assert_money (&ov->years[2].sign_on, 0);
}

/* Raises compound at each anniversary: 100,000 · 1.03 = 103,000,
 * · 1.03² = 106,090, · 1.03³ = 109,272.70; a 10 % bonus follows the base. */
static void
test_raises (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-01\","
                                       " \"base_salary\": 100000, \"annual_raise_percent\": 3,"
                                       " \"bonus\": { \"target_percent\": 10 } } ] }");
  OwOfferValue *ov = &v->offers[0];

  assert_money (&ov->years[0].base, 10000000);
  assert_money (&ov->years[1].base, 10300000);
  assert_money (&ov->years[2].base, 10609000);
  assert_money (&ov->years[3].base, 10927270);
  assert_money (&ov->years[3].bonus, 1092727);
  /* 100,000 + 103,000 + 106,090 + 109,272.70 = 418,362.70, plus 10 %. */
  assert_money (&ov->horizon_total, 46019897);
}

/* Rounding is half away from zero, once, on the exact value:
 * 100,001 · 1.025 = 102,501.025 → 102,501.03. */
static void
test_rounding_half_away (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-01\","
                                       " \"base_salary\": 100001, \"annual_raise_percent\": 2.5 } ] }");

  assert_money (&v->offers[0].years[1].base, 10250103);
}

/* Bonus: base × target × expected payout: 200,000 · 20 % · 80 % = 32,000. */
static void
test_bonus_payout (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-01\","
                                       " \"base_salary\": 200000, \"bonus\": { \"target_percent\": 20,"
                                       " \"expected_payout_percent\": 80 } } ] }");

  assert_money (&v->offers[0].years[0].bonus, 3200000);
}

/* Benefits: min (base × match, cap) + other perks.  180,000 · 5 % = 9,000
 * under a 10,000 cap, + 2,500 = 11,500; the third offer's match of
 * 250,000 · 5 % = 12,500 is capped at 10,000; with no cap it stays. */
static void
test_benefits (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"offers\": ["
                                       " { \"id\": \"a\", \"start_date\": \"2027-01-01\", \"base_salary\": 180000,"
                                       "   \"benefits\": { \"retirement_match_percent\": 5, \"retirement_match_cap\": 10000, \"annual_value\": 2500 } },"
                                       " { \"id\": \"b\", \"start_date\": \"2027-01-01\", \"base_salary\": 250000,"
                                       "   \"benefits\": { \"retirement_match_percent\": 5, \"retirement_match_cap\": 10000 } },"
                                       " { \"id\": \"c\", \"start_date\": \"2027-01-01\", \"base_salary\": 250000,"
                                       "   \"benefits\": { \"retirement_match_percent\": 5, \"pto_days\": 25 } } ] }");

  assert_money (&v->offers[0].years[0].benefits, 1150000);
  assert_money (&v->offers[1].years[0].benefits, 1000000);
  assert_money (&v->offers[2].years[0].benefits, 1250000);
}

/* Share price growth steps once a year: 1,000 RSUs at 100 with 10 % growth,
 * 250 a year: 25,000, 27,500, 30,250, 33,275. */
static void
test_price_growth (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-01\","
                                       " \"base_salary\": 0, \"grants\": [ { \"units\": 1000, \"share_price\": 100,"
                                       " \"growth_percent\": 10, \"vesting\": { \"months\": 48, \"every_months\": 12 } } ] } ] }");
  OwOfferValue *ov = &v->offers[0];

  assert_money (&ov->years[0].equity, 2500000);
  assert_money (&ov->years[1].equity, 2750000);
  assert_money (&ov->years[2].equity, 3025000);
  assert_money (&ov->years[3].equity, 3327500);
}

/* Options are worth the spread: 4,000 options, strike 10, price 25: 1,000
 * a year × 15 = 15,000; an underwater grant (strike 30) is worth 0, never
 * less. */
static void
test_option_spread (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"offers\": ["
                                       " { \"id\": \"a\", \"start_date\": \"2027-01-01\", \"base_salary\": 0,"
                                       "   \"grants\": [ { \"kind\": \"option\", \"units\": 4000, \"share_price\": 25,"
                                       "   \"strike_price\": 10, \"vesting\": { \"months\": 48, \"every_months\": 12 } } ] },"
                                       " { \"id\": \"b\", \"start_date\": \"2027-01-01\", \"base_salary\": 0,"
                                       "   \"grants\": [ { \"kind\": \"option\", \"units\": 4000, \"share_price\": 25,"
                                       "   \"strike_price\": 30, \"vesting\": { \"months\": 48, \"every_months\": 12 } } ] } ] }");

  assert_money (&v->offers[0].years[0].equity, 1500000);
  assert_money (&v->offers[0].years[3].equity, 1500000);
  assert_money (&v->offers[1].years[0].equity, 0);
  assert_money (&v->offers[1].horizon_total, 0);
}

/* A value with a share price becomes floor (value / price) whole units:
 * 100,000 / 30 = 3,333 units; after the cliff floor (3,333 · 12/48) = 833
 * units × 30 = 24,990 in year 1. */
static void
test_value_with_price (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-01\","
                                    " \"base_salary\": 0, \"grants\": [ { \"value\": 100000, \"share_price\": 30 } ] } ] }");
  g_autoptr(OwValuation) v = ow_valuation_new (doc);
  g_autoptr(GPtrArray) schedules = schedules_of (doc, 0);
  OwGrantSchedule *s = g_ptr_array_index (schedules, 0);

  g_assert_cmpint (s->total_units, ==, G_GINT64_CONSTANT (3333000000));
  g_assert_cmpint (tranche (s, 0)->units, ==, 833000000);
  assert_money (&v->offers[0].years[0].equity, 2499000);
  /* The last tranche completes the total: 3,333 · 30 = 99,990 in all. */
  assert_money (&v->offers[0].horizon_total, 9999000);
}

/* Expected refreshers: 40,000 a year at each anniversary, vesting like the
 * first grant (4 years monthly after a 1-year cliff).  The refresher of
 * anniversary 1 vests a quarter at anniversary 2: 10,000 in year 2, then
 * 10,000 in years 3 and 4; anniversary 2's adds 10,000 to years 3 and 4;
 * anniversary 3's 10,000 to year 4.  Turning them off removes them all. */
static void
test_refreshers (void)
{
#define REFRESHER_DOC(include) \
  DOC_HEAD "\"include_expected_refreshers\": " include ", \"offers\": [ { \"id\": \"a\"," \
  " \"start_date\": \"2027-01-01\", \"base_salary\": 0," \
  " \"grants\": [ { \"units\": 4800, \"share_price\": 100 } ]," \
  " \"refreshers\": { \"annual_value\": 40000 } } ] }"
  g_autoptr(OwValuation) v = value_of (REFRESHER_DOC ("true"));
  g_autoptr(OwValuation) letter_only = value_of (REFRESHER_DOC ("false"));

  /* The letter grant alone: 4,800 · 100 / 4 = 120,000 a year. */
  assert_money (&letter_only->offers[0].years[1].equity, 12000000);
  assert_money (&letter_only->offers[0].years[3].equity, 12000000);
  assert_money (&v->offers[0].years[0].equity, 12000000);
  assert_money (&v->offers[0].years[1].equity, 13000000);
  assert_money (&v->offers[0].years[2].equity, 14000000);
  assert_money (&v->offers[0].years[3].equity, 15000000);
}

/* With 10 % growth, anniversary 1's refresher is 40,000 / price (year 2)
 * units; its quarter vesting in year 2 is worth 10,000, the year-3 quarter
 * 11,000 and the year-4 quarter 12,100. */
static void
test_refreshers_growth (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"horizon_years\": 4, \"offers\": [ { \"id\": \"a\","
                                       " \"start_date\": \"2027-01-01\", \"base_salary\": 0,"
                                       " \"grants\": [ { \"units\": 0, \"share_price\": 50, \"growth_percent\": 10 } ],"
                                       " \"refreshers\": { \"annual_value\": 40000,"
                                       "   \"vesting\": { \"months\": 48, \"every_months\": 12 } } } ] }");
  OwOfferValue *ov = &v->offers[0];

  /* year 2: a1 10,000; year 3: a1 11,000 + a2 10,000; year 4: a1 12,100
   * + a2 11,000 + a3 10,000. */
  assert_money (&ov->years[1].equity, 1000000);
  assert_money (&ov->years[2].equity, 2100000);
  assert_money (&ov->years[3].equity, 3310000);
}

/* Without any grant the refreshers are priced at 1 without growth and
 * follow the default schedule. */
static void
test_refreshers_without_grant (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"horizon_years\": 3, \"offers\": [ { \"id\": \"a\","
                                    " \"start_date\": \"2027-01-01\", \"base_salary\": 0,"
                                    " \"refreshers\": { \"annual_value\": 12000 } } ] }");
  g_autoptr(OwValuation) v = ow_valuation_new (doc);
  g_autoptr(GPtrArray) schedules = schedules_of (doc, 0);
  OwGrantSchedule *s;

  assert_money (&v->offers[0].years[1].equity, 300000);
  assert_money (&v->offers[0].years[2].equity, 600000);

  /* Two refreshers (anniversaries 1 and 2); only tranches inside the
   * 3-year horizon are listed. */
  g_assert_cmpuint (schedules->len, ==, 2);
  s = g_ptr_array_index (schedules, 0);
  g_assert_true (s->refresher);
  g_assert_cmpint (s->total_units, ==, G_GINT64_CONSTANT (12000000000));
  assert_date (tranche (s, 0)->date, "2029-01-01");
  assert_money (&tranche (s, 0)->value, 300000);
  g_assert_cmpuint (s->tranches->len, ==, 13); /* months 12 .. 24 */
}

/* Currency conversion: 100,000 EUR at 1.08 is 108,000 USD; a 7-decimal
 * rate is kept exactly: 100,000 · 0.7312456 = 73,124.56. */
static void
test_currency (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"display_currency\": \"USD\","
                                       " \"exchange_rates\": { \"EUR\": 1.08, \"CAD\": 0.7312456 }, \"offers\": ["
                                       " { \"id\": \"a\", \"currency\": \"EUR\", \"start_date\": \"2027-01-01\", \"base_salary\": 100000,"
                                       "   \"sign_on\": [ { \"amount\": 10000 } ] },"
                                       " { \"id\": \"b\", \"currency\": \"CAD\", \"start_date\": \"2027-01-01\", \"base_salary\": 100000 } ] }");

  assert_money (&v->offers[0].years[0].base, 10800000);
  assert_money (&v->offers[0].years[0].sign_on, 1080000);
  assert_money (&v->offers[0].first_year_total, 11880000);
  assert_money (&v->offers[1].years[0].base, 7312456);
}

/* After tax and cost of living: 1,000,000 over the horizon at 30 % tax is
 * 700,000; at a cost-of-living index of 125 that buys 560,000; an index of
 * 87.5 gives 800,000. */
static void
test_tax_and_cost_of_living (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"offers\": ["
                                       " { \"id\": \"a\", \"start_date\": \"2027-01-01\", \"base_salary\": 250000,"
                                       "   \"effective_tax_percent\": 30, \"cost_of_living_index\": 125 },"
                                       " { \"id\": \"b\", \"start_date\": \"2027-01-01\", \"base_salary\": 250000,"
                                       "   \"effective_tax_percent\": 30, \"cost_of_living_index\": 87.5 } ] }");

  assert_money (&v->offers[0].horizon_total, 100000000);
  assert_money (&v->offers[0].after_tax_horizon_total, 70000000);
  assert_money (&v->offers[0].col_adjusted_horizon_total, 56000000);
  assert_money (&v->offers[1].col_adjusted_horizon_total, 80000000);
}

/* Present value at 10 %: 100,000 + 110,000 / 1.1 + 121,000 / 1.21 =
 * 300,000; with 100,000 every year, 100,000 · (1 + 1/1.1 + 1/1.21) =
 * 273,553.72 (273,553.719…). */
static void
test_present_value (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"horizon_years\": 3, \"discount_rate_percent\": 10, \"offers\": ["
                                       " { \"id\": \"a\", \"start_date\": \"2027-01-01\", \"base_salary\": 100000,"
                                       "   \"annual_raise_percent\": 10 },"
                                       " { \"id\": \"b\", \"start_date\": \"2027-01-01\", \"base_salary\": 100000 } ] }");
  gint64 pv;

  g_assert_true (ow_valuation_present_value_cents (v, &v->offers[0], &pv));
  g_assert_cmpint (pv, ==, 30000000);
  g_assert_true (ow_valuation_present_value_cents (v, &v->offers[1], &pv));
  g_assert_cmpint (pv, ==, 27355372);
  /* The difference is exact: 300,000 − 273,553.719… = 26,446.28. */
  g_assert_true (ow_valuation_present_value_diff_cents (v, &v->offers[0], &v->offers[1], &pv));
  g_assert_cmpint (pv, ==, 2644628);
}

/* Exit scenarios: exit price = valuation · (1 − dilution) / fully diluted
 * shares.  1e9 / 100,000,000 shares = 10 a share; 20,000 options at 0.50
 * pay 20,000 · 9.50 = 190,000 in the IPO; 10 % likely gives 19,000.  With
 * 20 % dilution the price is 8 and the payout 150,000.  A scenario below
 * the strike pays 0. */
static void
test_exit_scenarios (void)
{
#define EXIT_DOC(dilution) \
  DOC_HEAD "\"offers\": [ { \"id\": \"s\", \"start_date\": \"2027-01-01\", \"base_salary\": 150000," \
  " \"company_stage\": \"growth\", \"grants\": [ { \"kind\": \"option\", \"units\": 20000," \
  " \"share_price\": 2, \"strike_price\": 0.5 }, { \"value\": 5000 } ]," \
  " \"company_equity\": { \"fully_diluted_shares\": 100000000, \"dilution_percent\": " dilution "," \
  " \"exit_scenarios\": [ { \"label\": \"IPO\", \"valuation\": 1e9, \"probability_percent\": 10 }," \
  " { \"label\": \"Fire sale\", \"valuation\": 20000000, \"probability_percent\": 30 } ] } } ] }"
  g_autoptr(OwValuation) v = value_of (EXIT_DOC ("0"));
  g_autoptr(OwValuation) d = value_of (EXIT_DOC ("20"));
  OwOfferValue *ov = &v->offers[0];

  g_assert_true (ov->has_exit_scenarios);
  g_assert_cmpuint (ov->n_exits, ==, 2);
  g_assert_cmpstr (ov->exits[0].label, ==, "IPO");
  assert_money (&ov->exits[0].payout, 19000000);
  /* 2e7 / 1e8 = 0.20 a share, under the 0.50 strike. */
  assert_money (&ov->exits[1].payout, 0);
  assert_money (&ov->expected_exit_payout, 1900000);
  assert_money (&d->offers[0].exits[0].payout, 15000000);
  assert_money (&d->offers[0].expected_exit_payout, 1500000);
}

/* Leaving early: the tranche on the leave date is vested; everything
 * later is forfeited at the price of its year. */
static void
test_leave_vesting (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\","
                                    " \"base_salary\": 100000, \"grants\": [ { \"name\": \"New hire\","
                                    " \"units\": 48000, \"share_price\": 10, \"growth_percent\": 10 } ] } ] }");
  OwOffer *offer = ow_document_get_offer (doc, 0);
  OwLeaveCost cost;
  OwDate day;

  /* A day before the cliff: nothing vested, 48,000 forfeited: 12,000 at 10
   * (year 1) + 12,000 at 11 + 12,000 at 12.10 + 12,000 at 13.31 =
   * 556,920. */
  g_assert_true (ow_date_parse_iso ("2028-01-03", 10, &day));
  ow_valuation_leave_cost (doc, offer, day, &cost);
  g_assert_cmpint (cost.vested_units, ==, 0);
  g_assert_cmpint (cost.forfeited_units, ==, G_GINT64_CONSTANT (48000000000));
  assert_money (&cost.forfeited_value, 55692000);
  g_assert_cmpstr (cost.grants[0].name, ==, "New hire");
  ow_leave_cost_clear (&cost);

  /* On the cliff date itself the cliff tranche is vested. */
  g_assert_true (ow_date_parse_iso ("2028-01-04", 10, &day));
  ow_valuation_leave_cost (doc, offer, day, &cost);
  g_assert_cmpint (cost.vested_units, ==, G_GINT64_CONSTANT (12000000000));
  g_assert_cmpint (cost.forfeited_units, ==, G_GINT64_CONSTANT (36000000000));
  assert_money (&cost.forfeited_value, 43692000);
  ow_leave_cost_clear (&cost);
}

/* Clawback: 40,000 paid on 2027-01-01 with a 12-month window (to
 * 2028-01-01, 365 days).  Leaving on 2027-07-02 leaves 183 days:
 * prorated 40,000 · 183 / 365 = 20,054.79; full 40,000; leaving on the
 * window's last day owes nothing. */
static void
test_leave_clawback (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-01\","
                                    " \"base_salary\": 1, \"sign_on\": ["
                                    "   { \"amount\": 40000, \"clawback_months\": 12 },"
                                    "   { \"amount\": 10000, \"clawback_months\": 12, \"clawback\": \"full\" },"
                                    "   { \"amount\": 7000, \"clawback_months\": 12, \"clawback\": \"none\" },"
                                    "   { \"amount\": 5000, \"month\": 12, \"clawback_months\": 12 } ] } ] }");
  OwOffer *offer = ow_document_get_offer (doc, 0);
  OwLeaveCost cost;
  OwDate day;

  g_assert_true (ow_date_parse_iso ("2027-07-02", 10, &day));
  ow_valuation_leave_cost (doc, offer, day, &cost);
  /* 20,054.79 + 10,000; the month-12 payment is not paid yet. */
  assert_money (&cost.clawback_owed, 3005479);
  ow_leave_cost_clear (&cost);

  g_assert_true (ow_date_parse_iso ("2028-01-01", 10, &day));
  ow_valuation_leave_cost (doc, offer, day, &cost);
  /* The first windows end today: nothing owed for them; the month-12
   * payment was paid today, its window is whole: 5,000. */
  assert_money (&cost.clawback_owed, 500000);
  ow_leave_cost_clear (&cost);
}

/* A current job's older grant: tranches before the start date belong to
 * no offer year and count in no total. */
static void
test_tranches_before_start (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"offers\": [ { \"id\": \"now\", \"current_job\": true,"
                                    " \"start_date\": \"2027-01-01\", \"base_salary\": 0,"
                                    " \"grants\": [ { \"units\": 400, \"share_price\": 100, \"vest_start\": \"2025-01-01\","
                                    " \"vesting\": { \"months\": 48, \"every_months\": 12, \"cliff_months\": 12 } } ] } ] }");
  g_autoptr(OwValuation) v = ow_valuation_new (doc);
  g_autoptr(GPtrArray) schedules = schedules_of (doc, 0);
  OwGrantSchedule *s = g_ptr_array_index (schedules, 0);

  /* Vests 2026-01-01 (before the start: no year), 2027-01-01 (the start
   * date: year 1), 2028-01-01 (year 1: the anniversary), 2029-01-01. */
  g_assert_cmpint (tranche (s, 0)->year, ==, 0);
  g_assert_cmpint (tranche (s, 1)->year, ==, 1);
  g_assert_cmpint (tranche (s, 2)->year, ==, 1);
  g_assert_cmpint (tranche (s, 3)->year, ==, 2);
  assert_money (&v->offers[0].years[0].equity, 2000000);
  assert_money (&v->offers[0].years[1].equity, 1000000);
  assert_money (&v->offers[0].horizon_total, 3000000);
}

/* Components over periods: the horizon sum and the annualized average. */
static void
test_periods (void)
{
  g_autoptr(OwValuation) v = value_of (WORKED_OFFER ("{ \"months\": 48 }"));
  OwExact scratch;

  assert_money (ow_offer_value_component (&v->offers[0], OW_COMPONENT_EQUITY, OW_PERIOD_HORIZON, &scratch), 40000000);
  assert_money (ow_offer_value_component (&v->offers[0], OW_COMPONENT_SIGN_ON, OW_PERIOD_ANNUALIZED, &scratch), 1000000);
  assert_money (ow_offer_value_component (&v->offers[0], OW_COMPONENT_TOTAL, 1, &scratch), 34700000);
}

/* An empty document, and an offer whose horizon total is 0, value to 0
 * with an equity share of 0. */
static void
test_zero (void)
{
  g_autoptr(OwValuation) empty = value_of (DOC_HEAD "\"offers\": [] }");
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-01\","
                                       " \"base_salary\": 0 } ] }");

  g_assert_cmpuint (empty->n_offers, ==, 0);
  assert_money (&v->offers[0].horizon_total, 0);
  g_assert_cmpint (v->offers[0].equity_share, ==, 0);
}

/* The largest amounts the format allows are computed exactly without
 * overflow; what no longer fits 64-bit cents is refused when shown,
 * never wrapped: 1e12 units at 1e12 with 1,000 % growth is past 9.2e16
 * dollars, while the year-1 base of 1e12 · 1.123456789012 still shows. */
static void
test_limits (void)
{
  g_autoptr(OwValuation) v = value_of (DOC_HEAD "\"horizon_years\": 10, \"discount_rate_percent\": 99.99,"
                                       " \"exchange_rates\": { \"EUR\": 1.123456789012 },"
                                       " \"offers\": [ { \"id\": \"a\", \"currency\": \"EUR\", \"start_date\": \"2027-01-01\","
                                       " \"base_salary\": 1000000000000, \"annual_raise_percent\": 100,"
                                       " \"bonus\": { \"target_percent\": 1000, \"expected_payout_percent\": 300 },"
                                       " \"cost_of_living_index\": 3.141593, \"effective_tax_percent\": 12.34,"
                                       " \"grants\": [ { \"units\": 1000000000000, \"share_price\": 1000000000000,"
                                       "   \"growth_percent\": 1000, \"vesting\": { \"months\": 120 } } ],"
                                       " \"refreshers\": { \"annual_value\": 1000000000000 } } ] }");
  OwOfferValue *ov = &v->offers[0];
  gint64 c = 0;

  g_assert_false (ov->overflow);
  assert_money (&ov->years[0].base, G_GINT64_CONSTANT (112345678901200));
  g_assert_false (ow_exact_to_cents (&ov->years[9].equity, &c));
  g_assert_false (ow_exact_to_cents (&ov->horizon_total, &c));
  g_assert_false (ow_valuation_present_value_cents (v, ov, &c));
  g_assert_cmpint (ov->equity_share, >, 9900);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/valuation/vesting/cliff-monthly", test_cliff_monthly);
  g_test_add_func ("/ow/valuation/vesting/floor-cumulative", test_floor_cumulative);
  g_test_add_func ("/ow/valuation/vesting/floor-cumulative-fractional-total", test_floor_cumulative_fractional_total);
  g_test_add_func ("/ow/valuation/vesting/uneven-monthly", test_uneven_monthly);
  g_test_add_func ("/ow/valuation/vesting/month-end-clamping", test_month_end_clamping);
  g_test_add_func ("/ow/valuation/vesting/before-start", test_tranches_before_start);
  g_test_add_func ("/ow/valuation/vesting/value-with-price", test_value_with_price);
  g_test_add_func ("/ow/valuation/worked/first-year", test_worked_first_year);
  g_test_add_func ("/ow/valuation/worked/back-loaded", test_worked_back_loaded);
  g_test_add_func ("/ow/valuation/sign-on/years", test_sign_on_years);
  g_test_add_func ("/ow/valuation/cash/raises", test_raises);
  g_test_add_func ("/ow/valuation/cash/rounding-half-away", test_rounding_half_away);
  g_test_add_func ("/ow/valuation/cash/bonus-payout", test_bonus_payout);
  g_test_add_func ("/ow/valuation/cash/benefits", test_benefits);
  g_test_add_func ("/ow/valuation/equity/price-growth", test_price_growth);
  g_test_add_func ("/ow/valuation/equity/option-spread", test_option_spread);
  g_test_add_func ("/ow/valuation/refreshers/basic", test_refreshers);
  g_test_add_func ("/ow/valuation/refreshers/growth", test_refreshers_growth);
  g_test_add_func ("/ow/valuation/refreshers/without-grant", test_refreshers_without_grant);
  g_test_add_func ("/ow/valuation/totals/currency", test_currency);
  g_test_add_func ("/ow/valuation/totals/tax-and-cost-of-living", test_tax_and_cost_of_living);
  g_test_add_func ("/ow/valuation/totals/present-value", test_present_value);
  g_test_add_func ("/ow/valuation/totals/periods", test_periods);
  g_test_add_func ("/ow/valuation/totals/zero", test_zero);
  g_test_add_func ("/ow/valuation/totals/limits", test_limits);
  g_test_add_func ("/ow/valuation/exit/scenarios", test_exit_scenarios);
  g_test_add_func ("/ow/valuation/leave/vesting", test_leave_vesting);
  g_test_add_func ("/ow/valuation/leave/clawback", test_leave_clawback);

  return g_test_run ();
}
