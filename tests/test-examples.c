/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The example documents of data/examples: every one loads, values without
 * overflow and saves back unchanged, and the figures a person would look at
 * first are pinned, each worked out by hand in the comments. */
#define G_LOG_DOMAIN "test-examples"

#include "config.h"

#include <string.h>

#include "ow-document.h"
#include "ow-valuation.h"

/* The examples every build installs; the directory may hold more. */
static const char *const expected_examples[] = {
  "sample.offers",
  "cross-border.offers",
  "refreshers.offers",
};

static char *
example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
}

static OwDocument *
load_example (const char *name)
{
  g_autofree char *path = example_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = ow_document_new_from_file (file, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static gint64
cents (const OwExact *value)
{
  gint64 c = 0;

  g_assert_true (ow_exact_to_cents (value, &c));
  return c;
}

/* Figures in cents, as the command line shows them. */
#define assert_money(value, major_cents) g_assert_cmpint (cents (value), ==, (major_cents))

static OwOfferValue *
find_value (OwValuation *valuation,
            const char  *id)
{
  OwOffer *offer = ow_document_find_offer (valuation->document, id, NULL);
  OwOfferValue *value;

  g_assert_nonnull (offer);
  value = ow_valuation_find (valuation, offer);
  g_assert_nonnull (value);
  g_assert_false (value->overflow);
  return value;
}

/* Every example file ---------------------------------------------------- */

static GPtrArray *
list_examples (void)
{
  g_autofree char *dir_path = example_path ("");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".offers"))
      g_ptr_array_add (names, g_strdup (name));

  for (guint i = 0; i < G_N_ELEMENTS (expected_examples); i++)
    g_assert_true (g_ptr_array_find_with_equal_func (names, expected_examples[i], g_str_equal, NULL));
  return names;
}

/* Each example loads, and every figure of every offer, yearly or over the
 * horizon, is computed exactly and fits in cents. */
static void
test_all_load_and_value (void)
{
  g_autoptr(GPtrArray) names = list_examples ();

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autoptr(OwDocument) document = load_example (name);
      g_autoptr(OwValuation) valuation = ow_valuation_new (document);
      gint64 c;

      g_test_message ("%s: %u offers", name, valuation->n_offers);
      g_assert_cmpuint (valuation->n_offers, >, 0);
      for (guint j = 0; j < valuation->n_offers; j++)
        {
          const OwOfferValue *v = &valuation->offers[j];

          g_assert_false (v->overflow);
          for (guint k = 0; k < v->n_years; k++)
            for (int component = 0; component < OW_N_COMPONENTS; component++)
              {
                OwExact scratch;
                const OwExact *figure = ow_offer_value_component (v, component, (int) k + 1, &scratch);

                g_assert_true (ow_exact_to_cents (figure, &c));
                g_assert_cmpint (c, >=, 0);
              }
          g_assert_true (ow_exact_to_cents (&v->horizon_total, &c));
          g_assert_true (ow_exact_to_cents (&v->annualized_total, &c));
          g_assert_true (ow_exact_to_cents (&v->after_tax_horizon_total, &c));
          g_assert_true (ow_exact_to_cents (&v->col_adjusted_horizon_total, &c));
          g_assert_true (ow_valuation_present_value_cents (valuation, v, &c));
          if (v->has_exit_scenarios)
            g_assert_true (ow_exact_to_cents (&v->expected_exit_payout, &c));
        }
    }
}

/* The examples are kept in exactly the form the application saves, so
 * opening one and saving it changes nothing; and a saved file saves again
 * byte for byte. */
static void
test_all_round_trip (void)
{
  g_autoptr(GPtrArray) names = list_examples ();

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = example_path (name);
      g_autofree char *original = NULL;
      g_autoptr(OwDocument) first = load_example (name);
      g_autoptr(OwDocument) second = ow_document_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *saved = NULL;
      g_autofree char *saved_again = NULL;
      gsize len, saved_len, saved_again_len;

      g_test_message ("%s", name);
      saved = ow_document_to_data (first, &saved_len);
      g_assert_true (ow_document_load_data (second, saved, saved_len, name, &error));
      g_assert_no_error (error);
      saved_again = ow_document_to_data (second, &saved_again_len);
      g_assert_cmpstr (saved_again, ==, saved);
      g_assert_cmpuint (saved_again_len, ==, saved_len);

      g_assert_true (g_file_get_contents (path, &original, &len, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (original, ==, saved);
    }
}

/* sample.offers ----------------------------------------------------------- */

static void
test_sample (void)
{
  g_autoptr(OwDocument) document = load_example ("sample.offers");
  g_autoptr(OwValuation) valuation = ow_valuation_new (document);
  OwOfferValue *big_tech = find_value (valuation, "cascadia-ml");
  OwOfferValue *startup = find_value (valuation, "lumen-research");
  OwOfferValue *current = find_value (valuation, "harborview-current");

  g_assert_cmpuint (valuation->n_offers, ==, 3);
  g_assert_cmpuint (valuation->horizon_years, ==, 4);
  g_assert_true (ow_document_get_current_job (document) == current->offer);

  /* Cascadia, year 1:
   *   base                                           210,000.00
   *   bonus 210,000 · 15 % · 95 %                     29,925.00
   *   sign-on 60,000 (month 0); the second 40,000 is
   *     paid in month 13, in year 2                     60,000.00
   *   RSUs: floor (400,000 / 185.40) = 2,157 units; 5 % of
   *     year 1 vests at the 12-month cliff: floor (2,157 · 0.05)
   *     = 107 units · 185.40                           19,837.80
   *   benefits: min (6 % · 210,000 = 12,600, cap 12,250)
   *     + 3,000                                        15,250.00
   *   total                                          335,012.80 */
  assert_money (&big_tech->years[0].bonus, 2992500);
  assert_money (&big_tech->years[0].sign_on, 6000000);
  assert_money (&big_tech->years[1].sign_on, 4000000);
  assert_money (&big_tech->years[0].equity, 1983780);
  assert_money (&big_tech->years[0].benefits, 1525000);
  assert_money (&big_tech->first_year_total, 33501280);
  /* Year 2: 7.5 % at months 18 and 24: floor (2,157 · 0.125) = 269 and
   * floor (2,157 · 0.2) = 431 cumulative, so 162 + 162 = 324 units at
   * 185.40 · 1.06 = 196.524: 63,673.78; plus the first refresher's first
   * 4 of 16 quarters, 60,000 / 4 = 15,000: 78,673.78. */
  assert_money (&big_tech->years[1].equity, 7867378);
  /* Back-loaded: most of the grant vests in years 3 and 4. */
  assert_money (&big_tech->annualized_total, 42994369);

  /* Lumen, year 1: base 185,000 + sign-on 25,000 + benefits 6,000 +
   * 10,000 options (12 of 48 months at the cliff) · (18.50 − 4.20) =
   * 143,000: 359,000.  No bonus. */
  assert_money (&startup->years[0].bonus, 0);
  assert_money (&startup->years[0].equity, 14300000);
  assert_money (&startup->first_year_total, 35900000);
  /* Year 2: 10,000 options · (18.50 · 1.1 − 4.20 = 16.15) = 161,500. */
  assert_money (&startup->years[1].equity, 16150000);
  assert_money (&startup->annualized_total, 38129521);
  /* Exits: price = valuation · 0.75 / 120,000,000.  Acqui-hire
   * 300M → 1.875, under the strike: 0.  Acquisition 3B → 18.75:
   * 40,000 · 14.55 = 582,000.  IPO 12B → 75: 40,000 · 70.80 = 2,832,000.
   * Expected: 35 % · 582,000 + 15 % · 2,832,000 = 203,700 + 424,800. */
  g_assert_true (startup->has_exit_scenarios);
  g_assert_cmpuint (startup->n_exits, ==, 4);
  assert_money (&startup->exits[0].payout, 0);
  assert_money (&startup->exits[1].payout, 0);
  assert_money (&startup->exits[2].payout, 58200000);
  assert_money (&startup->exits[3].payout, 283200000);
  assert_money (&startup->expected_exit_payout, 62850000);

  /* Harborview, the current job, year 1: base 172,000 + bonus 172,000 ·
   * 10 % · 90 % = 15,480 + benefits 4 % · 172,000 = 6,880 (under the
   * 8,000 cap) + 2,000 + equity: the 2024 grant vests 100 units a quarter
   * and its tranches before 2027-01-04 count nowhere; 2027-03-01, -06-01,
   * -09-01 and -12-01 fall in year 1: 400 · 96.50 = 38,600.  Total
   * 234,960. */
  assert_money (&current->years[0].equity, 3860000);
  assert_money (&current->first_year_total, 23496000);
  /* Year 2: the last tranche (2028-03-01), 100 · 96.50 · 1.04 = 10,036,
   * plus the first refresher's cliff on 2029-01-04, the second
   * anniversary: 25 % of 25,000 = 6,250.  16,286. */
  assert_money (&current->years[1].equity, 1628600);
  assert_money (&current->annualized_total, 22706894);

  /* The older grant really has tranches before the start date. */
  {
    gboolean overflow = TRUE;
    g_autoptr(GPtrArray) schedules = ow_valuation_schedules (document, current->offer, FALSE, &overflow);
    OwGrantSchedule *s = g_ptr_array_index (schedules, 0);
    guint before_start = 0;

    g_assert_false (overflow);
    for (guint i = 0; i < s->tranches->len; i++)
      if (g_array_index (s->tranches, OwTranche, i).year == 0)
        before_start++;
    /* 2025-03-01 (the cliff: 400 units) and the quarters up to 2026-12-01. */
    g_assert_cmpuint (before_start, ==, 8);
    g_assert_cmpuint (s->tranches->len, ==, 13);
  }
}

/* cross-border.offers ----------------------------------------------------- */

static void
test_cross_border (void)
{
  g_autoptr(OwDocument) document = load_example ("cross-border.offers");
  g_autoptr(OwValuation) valuation = ow_valuation_new (document);
  OwOfferValue *london = find_value (valuation, "thameside-london");
  OwOfferValue *zurich = find_value (valuation, "limmat-zurich");
  OwOfferValue *us = find_value (valuation, "bayline-sf");

  g_assert_cmpstr (ow_document_get_display_currency (document), ==, "USD");

  /* London, in pounds: base 135,000 + bonus 13,500 + sign-on 20,000 +
   * floor (240,000 / 142.60) = 1,683 units, a quarter at the cliff:
   * floor (420.75) = 420 · 142.60 = 59,892 + pension 8 % · 135,000 =
   * 10,800 (no cap) + 2,500 = 241,692 GBP · 1.34 = 323,867.28 USD. */
  assert_money (&london->years[0].base, 18090000);
  assert_money (&london->years[0].equity, 8025528);
  assert_money (&london->first_year_total, 32386728);

  /* Zurich, in francs: base 230,000 + bonus 34,500 + sign-on 30,000 +
   * a third of the 150,000 phantom shares = 50,000 + pension 23,000 +
   * 4,000 = 371,500 CHF · 1.25 = 464,375 USD.  The 3-year schedule leaves
   * nothing for year 4. */
  assert_money (&zurich->first_year_total, 46437500);
  assert_money (&zurich->years[3].equity, 0);
  /* After tax, 24 %, and for a cost of living of 145:
   * 1,726,202.88 · 0.76 / 1.45 = 904,768.40. */
  assert_money (&zurich->horizon_total, 172620288);
  assert_money (&zurich->col_adjusted_horizon_total, 90476840);

  /* San Francisco, in dollars: base 225,000 + bonus 22,500 + floor
   * (360,000 / 64.10) = 5,616 units, a quarter at the cliff: 1,404 ·
   * 64.10 = 89,996.40 + match 4 % · 225,000 = 9,000 + 3,000 = 349,496.40. */
  assert_money (&us->first_year_total, 34949640);
}

/* refreshers.offers ------------------------------------------------------- */

static void
test_refreshers_flip (void)
{
  g_autoptr(OwDocument) document = load_example ("refreshers.offers");
  g_autoptr(OwValuation) with = NULL;
  g_autoptr(OwValuation) without = NULL;
  OwOfferValue *big_grant, *refreshing;
  gint64 pv_big, pv_refreshing;

  g_assert_cmpint (ow_document_get_horizon_years (document), ==, 6);
  g_assert_cmpint (ow_document_get_discount_rate (document), ==, 500);
  g_assert_true (ow_document_get_include_refreshers (document));

  /* With refreshers: Quarry's 120,000 a year, granted at anniversaries 1
   * to 5 and vesting quarterly over 4 years, vest 30,000 a year per active
   * grant: 1 + 2 + 3 + 4 + 4 = 14 grant-years in years 2 to 6, 420,000 in
   * all, more than the 300,000 by which Meridian's new-hire grant is
   * larger (600,000 against 300,000). */
  with = ow_valuation_new (document);
  big_grant = find_value (with, "meridian-big-grant");
  refreshing = find_value (with, "quarry-refreshers");
  assert_money (&big_grant->horizon_total, 211166739);
  assert_money (&refreshing->horizon_total, 219479745);
  g_assert_cmpint (ow_exact_cmp (&refreshing->horizon_total, &big_grant->horizon_total), >, 0);
  g_assert_true (ow_valuation_present_value_cents (with, big_grant, &pv_big));
  g_assert_true (ow_valuation_present_value_cents (with, refreshing, &pv_refreshing));
  g_assert_cmpint (pv_refreshing, >, pv_big);

  /* The offer letters alone: Quarry loses exactly the 420,000. */
  g_object_set (document, "include-expected-refreshers", FALSE, NULL);
  without = ow_valuation_new (document);
  big_grant = find_value (without, "meridian-big-grant");
  refreshing = find_value (without, "quarry-refreshers");
  assert_money (&big_grant->horizon_total, 211166739);
  assert_money (&refreshing->horizon_total, 219479745 - 42000000);
  g_assert_cmpint (ow_exact_cmp (&refreshing->horizon_total, &big_grant->horizon_total), <, 0);
  g_assert_true (ow_valuation_present_value_cents (without, big_grant, &pv_big));
  g_assert_true (ow_valuation_present_value_cents (without, refreshing, &pv_refreshing));
  g_assert_cmpint (pv_refreshing, <, pv_big);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/examples/all/load-and-value", test_all_load_and_value);
  g_test_add_func ("/ow/examples/all/round-trip", test_all_round_trip);
  g_test_add_func ("/ow/examples/sample", test_sample);
  g_test_add_func ("/ow/examples/cross-border", test_cross_border);
  g_test_add_func ("/ow/examples/refreshers-flip", test_refreshers_flip);

  return g_test_run ();
}
