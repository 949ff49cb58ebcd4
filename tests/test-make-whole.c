/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The make-whole sign-on (ow-make-whole.h): the current job's forfeited
 * equity, its bonus for the year in progress and its clawback on the new
 * offer's start date, worked out by hand. */
#include "config.h"

#include <string.h>

#include "ow-make-whole.h"

/* Bolt, the current job since 2026-01-01: 100,000 base with a 10 % raise,
 * a 20 % bonus target paid out at 50 %; 1,200 RSUs at 10.00 (no growth)
 * granted 2025-01-01, vesting yearly over 4 years after a 1-year cliff,
 * so 300 units on each 1 January of 2026 to 2029; a 12,000 sign-on paid on
 * its start date, clawed back prorated over 24 months.
 * Cove pays in EUR (1 EUR = 1.25 USD) and starts on 2027-03-01; Dune on
 * 2027-01-01, the last day of Bolt's first offer year; Ebb on 2025-06-01,
 * before Bolt's own start. */
static const char bolt_json[] =
  "{ \"format\": \"offer-workbench\", \"version\": 1, \"display_currency\": \"USD\","
  "  \"exchange_rates\": { \"EUR\": 1.25 },"
  "  \"offers\": ["
  "  { \"id\": \"bolt\", \"company\": \"Bolt\", \"current_job\": true,"
  "    \"start_date\": \"2026-01-01\", \"base_salary\": 100000, \"annual_raise_percent\": 10,"
  "    \"bonus\": { \"target_percent\": 20, \"expected_payout_percent\": 50 },"
  "    \"sign_on\": [ { \"amount\": 12000, \"month\": 0, \"clawback_months\": 24,"
  "                     \"clawback\": \"prorated\" } ],"
  "    \"grants\": [ { \"name\": \"Bolt RSUs\", \"units\": 1200, \"share_price\": 10,"
  "                    \"vest_start\": \"2025-01-01\","
  "                    \"vesting\": { \"months\": 48, \"cliff_months\": 12, \"every_months\": 12 } } ] },"
  "  { \"id\": \"cove\", \"company\": \"Cove\", \"currency\": \"EUR\","
  "    \"start_date\": \"2027-03-01\", \"base_salary\": 90000,"
  "    \"sign_on\": [ { \"amount\": 5000 }, { \"amount\": 7000, \"month\": 12 },"
  "                   { \"amount\": 9000, \"month\": 13 } ] },"
  "  { \"id\": \"dune\", \"company\": \"Dune\", \"start_date\": \"2027-01-01\", \"base_salary\": 110000 },"
  "  { \"id\": \"ebb\", \"company\": \"Ebb\", \"start_date\": \"2025-06-01\", \"base_salary\": 80000 } ] }";

static const char no_baseline_json[] =
  "{ \"format\": \"offer-workbench\", \"version\": 1,"
  "  \"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\", \"base_salary\": 1 } ] }";

static OwDocument *
load (const char *json)
{
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ow_document_load_data (document, json, strlen (json), "test", &error));
  g_assert_no_error (error);
  return g_steal_pointer (&document);
}

static OwDocument *
load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = ow_document_new_from_file (file, "sample.offers", &error);

  g_assert_no_error (error);
  return document;
}

static OwOffer *
find (OwDocument *document,
      const char *id)
{
  OwOffer *offer = ow_document_find_offer (document, id, NULL);

  g_assert_nonnull (offer);
  return offer;
}

static void
assert_cents (const OwExact *value,
              gint64         expected)
{
  gint64 cents;

  g_assert_true (ow_exact_to_cents (value, &cents));
  g_assert_cmpint (cents, ==, expected);
}

static void
assert_fraction (const OwExact *value,
                 gint64         num,
                 gint64         den)
{
  OwExact expected;

  ow_exact_set_fraction (&expected, num, den);
  if (!ow_exact_equal (value, &expected))
    {
      g_autofree char *got = ow_exact_to_string (value);
      g_autofree char *want = ow_exact_to_string (&expected);

      g_error ("expected %s, got %s", want, got);
    }
}

/* The sample: both new offers start on 2027-01-04, which is also the
 * current job's (Harborview's) start.
 *   Harborview's 2024 grant: 1,600 units from 2024-03-01, quarterly over
 *   48 months after a 12-month cliff, 100 units a quarter.  On 2027-01-04
 *   the last vested tranche is month 33 (2026-12-01): 1,100 units vested.
 *   Forfeited: months 36, 39, 42, 45 (2027-03-01 … 2027-12-01, offer year
 *   1, at 96.50) = 400 × 96.50 = 38,600.00, and month 48 (2028-03-01, year
 *   2, at 96.50 × 1.04 = 100.36) = 100 × 100.36 = 10,036.00: 48,636.00.
 *   2027-01-04 is Harborview's start date, so year 1 is in progress: its
 *   bonus is 172,000 × 10 % × 90 % = 15,480.00.  No sign-on to pay back.
 *   Make-whole: 48,636.00 + 15,480.00 = 64,116.00, in USD like the
 *   offers. */
static void
test_sample (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  const char *ids[] = { "cascadia-ml", "lumen-research" };
  /* Cascadia pays 60,000 at month 0 and 40,000 at month 13 (year 2);
   * Lumen 25,000 at month 0. */
  const gint64 first_year_sign_ons[] = { 6000000, 2500000 };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      OwMakeWhole mw;

      g_assert_cmpint (ow_make_whole_compute (document, find (document, ids[i]), &mw), ==, OW_MAKE_WHOLE_FOUND);
      g_assert_true (mw.current_job == find (document, "harborview-current"));
      g_assert_cmpuint (mw.leave_on, ==, ow_date_from_ymd (2027, 1, 4));
      g_assert_cmpint (mw.leave.vested_units, ==, G_GINT64_CONSTANT (1100000000));
      g_assert_cmpint (mw.leave.forfeited_units, ==, G_GINT64_CONSTANT (500000000));
      assert_cents (&mw.leave.forfeited_value, 4863600);
      g_assert_cmpuint (mw.bonus_year, ==, 1);
      assert_cents (&mw.bonus, 1548000);
      assert_cents (&mw.leave.clawback_owed, 0);
      assert_cents (&mw.total, 6411600);
      g_assert_cmpint (mw.sign_on, ==, 6411600);
      assert_cents (&mw.first_year_sign_on, first_year_sign_ons[i]);
      ow_make_whole_clear (&mw);
    }
}

/* Cove starts on 2027-03-01, in Bolt's second offer year
 * (2027-01-01, 2028-01-01].
 *   Equity: the tranches of 2026-01-01 and 2027-01-01 have vested; those
 *   of 2028-01-01 and 2029-01-01 are forfeited: 600 × 10.00 = 6,000.00.
 *   Bonus of year 2: 100,000 × 1.10 × 20 % × 50 % = 11,000.00.
 *   Clawback: the 12,000 sign-on's window runs 2026-01-01 to 2028-01-01,
 *   730 days, of which 306 are left after 2027-03-01 (31 + 30 + 31 + 30 +
 *   31 + 31 + 30 + 31 + 30 + 31): 12,000 × 306 / 730 = 367,200 / 73 =
 *   5,030.1369…
 *   Total: 17,000 + 367,200 / 73 = 1,608,200 / 73 = 22,030.1369… USD.
 *   In EUR at 1.25: 1,286,560 / 73 = 17,624.1095… EUR, rounded up to
 *   17,624.11 so that it covers the total.
 *   Cove already pays 5,000 (month 0) and 7,000 (month 12, still year 1;
 *   month 13 is year 2) in its first year: 12,000 EUR = 15,000.00 USD. */
static void
test_second_year_other_currency (void)
{
  g_autoptr(OwDocument) document = load (bolt_json);
  OwMakeWhole mw;

  g_assert_cmpint (ow_make_whole_compute (document, find (document, "cove"), &mw), ==, OW_MAKE_WHOLE_FOUND);
  g_assert_cmpuint (mw.leave_on, ==, ow_date_from_ymd (2027, 3, 1));
  g_assert_cmpint (mw.leave.vested_units, ==, G_GINT64_CONSTANT (600000000));
  g_assert_cmpint (mw.leave.forfeited_units, ==, G_GINT64_CONSTANT (600000000));
  assert_cents (&mw.leave.forfeited_value, 600000);
  g_assert_cmpuint (mw.bonus_year, ==, 2);
  assert_cents (&mw.bonus, 1100000);
  assert_fraction (&mw.leave.clawback_owed, 367200, 73);
  assert_fraction (&mw.total, 1608200, 73);
  g_assert_cmpint (mw.sign_on, ==, 1762411);
  assert_cents (&mw.first_year_sign_on, 1500000);
  ow_make_whole_clear (&mw);
}

/* Dune starts on 2027-01-01, the last day of Bolt's first offer year: the
 * tranche of that very day has vested (a tranche on the leaving date is
 * vested), and year 1's bonus is still unpaid.
 *   Equity: 2028 and 2029 tranches, 600 × 10.00 = 6,000.00.
 *   Bonus of year 1: 100,000 × 20 % × 50 % = 10,000.00.
 *   Clawback: 365 of 730 days left: 12,000 × 365 / 730 = 6,000.00.
 *   Total 22,000.00 USD. */
static void
test_last_day_of_year (void)
{
  g_autoptr(OwDocument) document = load (bolt_json);
  OwMakeWhole mw;

  g_assert_cmpint (ow_make_whole_compute (document, find (document, "dune"), &mw), ==, OW_MAKE_WHOLE_FOUND);
  g_assert_cmpint (mw.leave.vested_units, ==, G_GINT64_CONSTANT (600000000));
  assert_cents (&mw.leave.forfeited_value, 600000);
  g_assert_cmpuint (mw.bonus_year, ==, 1);
  assert_cents (&mw.bonus, 1000000);
  assert_cents (&mw.leave.clawback_owed, 600000);
  assert_cents (&mw.total, 2200000);
  g_assert_cmpint (mw.sign_on, ==, 2200000);
  assert_cents (&mw.first_year_sign_on, 0);
  ow_make_whole_clear (&mw);
}

/* Ebb starts on 2025-06-01, before Bolt's start date: that counts as
 * Bolt's first year.
 *   Equity: vest start 2025-01-01, so nothing has vested yet on
 *   2025-06-01 (the cliff is 2026-01-01); the 2026 and 2027 tranches are
 *   year 1 (the start day itself belongs to year 1), 2028 is year 2 and
 *   2029 year 3; with no growth all at 10.00: 1,200 × 10.00 = 12,000.00.
 *   Bonus of year 1: 10,000.00.  The sign-on is not paid until 2026-01-01,
 *   so nothing is owed back.  Total 22,000.00. */
static void
test_before_baseline_start (void)
{
  g_autoptr(OwDocument) document = load (bolt_json);
  OwMakeWhole mw;

  g_assert_cmpint (ow_make_whole_compute (document, find (document, "ebb"), &mw), ==, OW_MAKE_WHOLE_FOUND);
  g_assert_cmpint (mw.leave.vested_units, ==, 0);
  g_assert_cmpint (mw.leave.forfeited_units, ==, G_GINT64_CONSTANT (1200000000));
  assert_cents (&mw.leave.forfeited_value, 1200000);
  g_assert_cmpuint (mw.bonus_year, ==, 1);
  assert_cents (&mw.bonus, 1000000);
  assert_cents (&mw.leave.clawback_owed, 0);
  assert_cents (&mw.total, 2200000);
  ow_make_whole_clear (&mw);
}

/* Without a current job there is nothing to make whole; the current job
 * itself has nothing to leave for. */
static void
test_no_figure (void)
{
  g_autoptr(OwDocument) lone = load (no_baseline_json);
  g_autoptr(OwDocument) document = load (bolt_json);
  OwMakeWhole mw;

  g_assert_cmpint (ow_make_whole_compute (lone, find (lone, "a"), &mw), ==, OW_MAKE_WHOLE_NO_BASELINE);
  g_assert_null (mw.current_job);
  assert_cents (&mw.total, 0);
  ow_make_whole_clear (&mw);

  g_assert_cmpint (ow_make_whole_compute (document, find (document, "bolt"), &mw), ==, OW_MAKE_WHOLE_IS_BASELINE);
  assert_cents (&mw.total, 0);
  ow_make_whole_clear (&mw);
}

/* The figure follows the model: a later start date of the new offer, or a
 * change of the current job's bonus, changes it. */
static void
test_follows_model (void)
{
  g_autoptr(OwDocument) document = load (bolt_json);
  OwOffer *dune = find (document, "dune");
  OwOffer *bolt = find (document, "bolt");
  OwMakeWhole mw;

  /* Starting on 2028-01-02 instead: Bolt's year 3 (2028-01-01,
   * 2029-01-01] has begun.  Equity: only the 2029 tranche, 3,000.00.
   * Bonus: 100,000 × 1.1² × 10 % = 12,100.00.  The sign-on's window closed
   * on 2028-01-01: nothing owed.  Total 15,100.00. */
  g_object_set (dune, "start-date", (guint) ow_date_from_ymd (2028, 1, 2), NULL);
  g_assert_cmpint (ow_make_whole_compute (document, dune, &mw), ==, OW_MAKE_WHOLE_FOUND);
  g_assert_cmpuint (mw.bonus_year, ==, 3);
  assert_cents (&mw.leave.forfeited_value, 300000);
  assert_cents (&mw.bonus, 1210000);
  assert_cents (&mw.leave.clawback_owed, 0);
  assert_cents (&mw.total, 1510000);
  ow_make_whole_clear (&mw);

  /* No bonus at the current job: the equity alone. */
  g_object_set (bolt, "bonus-target-percent", (gint64) 0, NULL);
  g_assert_cmpint (ow_make_whole_compute (document, dune, &mw), ==, OW_MAKE_WHOLE_FOUND);
  assert_cents (&mw.bonus, 0);
  assert_cents (&mw.total, 300000);
  ow_make_whole_clear (&mw);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/make-whole/sample", test_sample);
  g_test_add_func ("/ow/make-whole/second-year-other-currency", test_second_year_other_currency);
  g_test_add_func ("/ow/make-whole/last-day-of-year", test_last_day_of_year);
  g_test_add_func ("/ow/make-whole/before-baseline-start", test_before_baseline_start);
  g_test_add_func ("/ow/make-whole/no-figure", test_no_figure);
  g_test_add_func ("/ow/make-whole/follows-model", test_follows_model);

  return g_test_run ();
}
