/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The counteroffer planner, with worked examples checked by hand (the
 * arithmetic is in the comments).  Every amount found is also checked
 * against the valuation itself: the offer built with it reaches the target,
 * has exactly the totals the plan reports, and one cent less does not
 * reach it. */
#define G_LOG_DOMAIN "test-planner"

#include "config.h"

#include <string.h>

#include "ow-planner.h"
#include "ow-valuation.h"

#define DOC_HEAD "{ \"format\": \"offer-workbench\", \"version\": 1, "

static OwDocument *
load (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OwDocument) document = ow_document_new ();

  if (!ow_document_load_data (document, json, strlen (json), "test.offers", &error))
    g_error ("test document did not load: %s\n%s", error->message, json);
  return g_steal_pointer (&document);
}

/* A document of one offer "a" starting 2027-01-01 with MEMBERS. */
static OwDocument *
load_one (const char *settings,
          const char *members)
{
  g_autofree char *json = g_strdup_printf (DOC_HEAD "%s%s \"offers\": [ { \"id\": \"a\", "
                                           "\"start_date\": \"2027-01-01\", %s } ] }",
                                           settings, *settings ? "," : "", members);
  return load (json);
}

static gint64
cents (const OwExact *value)
{
  gint64 c = 0;

  g_assert_true (ow_exact_to_cents (value, &c));
  return c;
}

static OwPlan *
plan_amount (OwDocument    *document,
             OwPlanMeasure  measure,
             gint64         target_cents)
{
  OwPlanTarget target = { OW_PLAN_TARGET_AMOUNT, measure, NULL, };

  ow_exact_set_scaled (&target.amount, target_cents, 2);
  return ow_plan_new (document, ow_document_get_offer (document, 0), &target);
}

static const OwExact *
measure_of (const OwOfferValue *ov,
            OwPlanMeasure       measure)
{
  return measure == OW_PLAN_MEASURE_FIRST_YEAR ? &ov->first_year_total : &ov->horizon_total;
}

/* Where the option put its amount in a built offer. */
static GObject *
knob_of (OwOffer      *offer,
         OwPlanOption  option,
         const char  **property)
{
  GListModel *list;

  switch (option)
    {
    case OW_PLAN_OPTION_BASE:
      *property = "base-salary";
      return G_OBJECT (offer);
    case OW_PLAN_OPTION_SIGN_ON:
      *property = "amount";
      list = ow_offer_get_sign_ons (offer);
      break;
    case OW_PLAN_OPTION_EQUITY:
      *property = "value";
      list = ow_offer_get_grants (offer);
      break;
    case OW_PLAN_N_OPTIONS:
    default:
      g_assert_not_reached ();
    }
  {
    g_autoptr(GObject) last = g_list_model_get_item (list, g_list_model_get_n_items (list) - 1);
    return last; /* the offer keeps it */
  }
}

/* The offer built with the option, in a copy of the document: valid, the
 * plan's totals exactly, at or above the target; one cent less is below. */
static void
check_choice (const OwPlan *plan,
              OwPlanOption  option)
{
  const OwPlanChoice *choice = &plan->options[option];
  g_autoptr(OwDocument) copy = OW_DOCUMENT (ow_node_dup (OW_NODE (plan->document)));
  g_autofree char *before = ow_document_to_data (plan->document, NULL);
  g_autofree char *after = NULL;
  g_autoptr(OwOffer) built = ow_plan_build_offer (plan, option);
  g_autoptr(GError) error = NULL;
  const char *property;
  GObject *knob;
  gint64 amount;

  g_assert_cmpint (choice->result, ==, OW_PLAN_RESULT_FOUND);
  g_assert_nonnull (built);
  g_assert_true (built != plan->offer);
  g_assert_cmpstr (ow_offer_get_id (built), !=, ow_offer_get_id (plan->offer));
  g_assert_false (ow_offer_get_current_job (built));

  knob = knob_of (built, option, &property);
  g_object_get (knob, property, &amount, NULL);
  g_assert_cmpint (amount, ==, choice->amount);
  if (option == OW_PLAN_OPTION_BASE)
    g_assert_cmpint (choice->increase, ==, choice->amount - ow_offer_get_base_salary (plan->offer));
  else
    g_assert_cmpint (choice->increase, ==, choice->amount);

  ow_document_add_offer (copy, built);
  g_assert_true (ow_document_check (copy, &error));
  g_assert_no_error (error);

  {
    g_autoptr(OwValuation) v = ow_valuation_new (copy);
    const OwOfferValue *ov = ow_valuation_find (v, built);

    g_assert_false (ov->overflow);
    g_assert_true (ow_exact_equal (&ov->first_year_total, &choice->first_year_total));
    g_assert_true (ow_exact_equal (&ov->horizon_total, &choice->horizon_total));
    g_assert_cmpint (ow_exact_cmp (measure_of (ov, plan->target.measure), &plan->target_value), >=, 0);
  }

  g_object_set (knob, property, amount - 1, NULL);
  {
    g_autoptr(OwValuation) v = ow_valuation_new (copy);
    const OwOfferValue *ov = ow_valuation_find (v, built);

    g_assert_cmpint (ow_exact_cmp (measure_of (ov, plan->target.measure), &plan->target_value), <, 0);
  }

  /* The document planned on is untouched. */
  after = ow_document_to_data (plan->document, NULL);
  g_assert_cmpstr (before, ==, after);
}

static void
assert_found (const OwPlan *plan,
              OwPlanOption  option,
              gint64        amount,
              gint64        first_year,
              gint64        horizon)
{
  const OwPlanChoice *c = &plan->options[option];

  g_assert_cmpint (c->result, ==, OW_PLAN_RESULT_FOUND);
  g_assert_cmpint (c->amount, ==, amount);
  g_assert_cmpint (cents (&c->first_year_total), ==, first_year);
  g_assert_cmpint (cents (&c->horizon_total), ==, horizon);
  check_choice (plan, option);
}

/* Base only ---------------------------------------------------------------- */

/* $150,000 a year, nothing else, 4-year horizon; target $165,000 in the
 * first year: a gap of $15,000.
 *   base:    $165,000; horizon 4 × 165,000 = 660,000
 *   sign-on: $15,000;  horizon 4 × 150,000 + 15,000 = 615,000
 *   equity:  no grant, so 48 months monthly after a 12-month cliff; the
 *            cliff vests 12/48 on 2028-01-01, the first anniversary, which
 *            is year 1 (§2): V / 4 = 15,000 → V = $60,000; all of it vests
 *            by month 48 (2031-01-01, the 4th anniversary): horizon
 *            600,000 + 60,000 = 660,000 */
static void
test_base_only (void)
{
  g_autoptr(OwDocument) doc = load_one ("", "\"base_salary\": 150000");
  g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 16500000);

  g_assert_false (plan->overflow);
  g_assert_cmpint (cents (&plan->value), ==, 15000000);
  g_assert_cmpint (cents (&plan->gap), ==, 1500000);
  g_assert_cmpint (cents (&plan->horizon_total), ==, 60000000);

  assert_found (plan, OW_PLAN_OPTION_BASE, 16500000, 16500000, 66000000);
  g_assert_cmpint (plan->options[OW_PLAN_OPTION_BASE].increase, ==, 1500000);
  assert_found (plan, OW_PLAN_OPTION_SIGN_ON, 1500000, 16500000, 61500000);
  assert_found (plan, OW_PLAN_OPTION_EQUITY, 6000000, 16500000, 66000000);
}

/* Bonus and retirement match ------------------------------------------------ */

static void
test_bonus (void)
{
  g_autoptr(OwDocument) doc = load_one ("", "\"base_salary\": 150000, \"bonus\": { \"target_percent\": 10 }");

  /* 150,000 × (1 + 10 % × 100 %) = 165,000: the target is met as it is;
   * the base stays $150,000 and there is no offer to build. */
  {
    g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 16500000);

    g_assert_cmpint (cents (&plan->gap), ==, 0);
    for (guint i = 0; i < OW_PLAN_N_OPTIONS; i++)
      {
        g_assert_cmpint (plan->options[i].result, ==, OW_PLAN_RESULT_ALREADY_MET);
        g_assert_cmpint (plan->options[i].increase, ==, 0);
        g_assert_null (ow_plan_build_offer (plan, i));
      }
    g_assert_cmpint (plan->options[OW_PLAN_OPTION_BASE].amount, ==, 15000000);
  }

  /* Target $170,000: base × 1.1 ≥ 170,000 → base ≥ 154,545.4545…, so
   * $154,545.46 (× 1.1 = 170,000.006; 154,545.45 × 1.1 = 169,999.995 is
   * short).  First year 170,000.006 → 170,000.01; horizon 4 × that =
   * 680,000.024 → 680,000.02.
   * Sign-on: 5,000; horizon 4 × 165,000 + 5,000 = 665,000.
   * Equity: V / 4 = 5,000 → V = 20,000; horizon 660,000 + 20,000. */
  {
    g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 17000000);

    assert_found (plan, OW_PLAN_OPTION_BASE, 15454546, 17000001, 68000002);
    assert_found (plan, OW_PLAN_OPTION_SIGN_ON, 500000, 17000000, 66500000);
    assert_found (plan, OW_PLAN_OPTION_EQUITY, 2000000, 17000000, 68000000);
  }
}

/* The expected payout counts: 10 % target paid at 50 % is 5 %.
 * 168,000 / 1.05 = 160,000. */
static void
test_bonus_payout (void)
{
  g_autoptr(OwDocument) doc = load_one ("", "\"base_salary\": 150000,"
                                        " \"bonus\": { \"target_percent\": 10, \"expected_payout_percent\": 50 }");
  g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 16800000);

  /* now 150,000 × 1.05 = 157,500 */
  g_assert_cmpint (cents (&plan->value), ==, 15750000);
  assert_found (plan, OW_PLAN_OPTION_BASE, 16000000, 16800000, 67200000);
}

/* $80,000 with a 5 % retirement match capped at $5,000: the match is
 * 4,000 now (first year 84,000) and stops growing at a base of 100,000. */
static void
test_retirement_match_cap (void)
{
  g_autoptr(OwDocument) doc = load_one ("", "\"base_salary\": 80000,"
                                        " \"benefits\": { \"retirement_match_percent\": 5, \"retirement_match_cap\": 5000 }");

  /* Target 110,000: below the cap base × 1.05 = 110,000 would need
   * 104,761.90, past the cap; there base + 5,000 = 110,000 → 105,000.
   * 104,999.99 + 5,000 = 109,999.99 is short.  Horizon 4 × 110,000. */
  {
    g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 11000000);

    g_assert_cmpint (cents (&plan->value), ==, 8400000);
    assert_found (plan, OW_PLAN_OPTION_BASE, 10500000, 11000000, 44000000);
    /* 110,000 − 84,000 */
    assert_found (plan, OW_PLAN_OPTION_SIGN_ON, 2600000, 11000000, 4 * 8400000 + 2600000);
  }

  /* Target 94,500, under the cap: base × 1.05 = 94,500 → 90,000 (match
   * 4,500); 89,999.99 × 1.05 = 94,499.9895 is short. */
  {
    g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 9450000);

    assert_found (plan, OW_PLAN_OPTION_BASE, 9000000, 9450000, 37800000);
  }
}

/* Exchange rates --------------------------------------------------------------- */

/* EUR 100,000 at 1.08: $108,000.  Target $120,000: a gap of $12,000.
 *   base:    B × 1.08 ≥ 120,000 → B ≥ 111,111.111… → EUR 111,111.12
 *            (× 1.08 = 120,000.0096 → 120,000.01; horizon 480,000.0384
 *            → 480,000.04)
 *   sign-on: EUR 11,111.12 (× 1.08 = 12,000.0096; 11,111.11 × 1.08 =
 *            11,999.9988 is short); horizon 432,000 + 12,000.0096
 *   equity:  V / 4 × 1.08 ≥ 12,000 → V ≥ 44,444.44… → EUR 44,444.45
 *            (11,111.1125 × 1.08 = 12,000.0015); horizon 432,000 +
 *            48,000.006 */
static void
test_exchange_rate (void)
{
  g_autoptr(OwDocument) doc = load_one ("\"exchange_rates\": { \"EUR\": 1.08 }",
                                        "\"currency\": \"EUR\", \"base_salary\": 100000");
  g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 12000000);

  g_assert_cmpint (cents (&plan->gap), ==, 1200000);
  assert_found (plan, OW_PLAN_OPTION_BASE, 11111112, 12000001, 48000004);
  assert_found (plan, OW_PLAN_OPTION_SIGN_ON, 1111112, 12000001, 44400001);
  assert_found (plan, OW_PLAN_OPTION_EQUITY, 4444445, 12000000, 48000001);
}

/* Equity ---------------------------------------------------------------------- */

/* $150,000 and RSUs worth $100,000 at $100 a share (1,000 shares), 48
 * months monthly after a 12-month cliff: year 1 vests floor (1,000 ×
 * 12/48) = 250 shares, $25,000; first year 175,000.  The extra grant is
 * priced and vests the same way, in whole shares. */
static void
test_equity_like_first_grant (void)
{
  g_autoptr(OwDocument) doc = load_one ("", "\"base_salary\": 150000, \"grants\": [ { \"value\": 100000, "
                                        "\"share_price\": 100, \"vesting\": { \"months\": 48, "
                                        "\"cliff_months\": 12, \"every_months\": 1 } } ]");

  /* A $12,000 gap: floor (U / 4) × 100 ≥ 12,000 → U ≥ 480 shares →
   * $48,000.  Horizon 600,000 + 100,000 + 48,000. */
  {
    g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 18700000);

    g_assert_cmpint (cents (&plan->value), ==, 17500000);
    assert_found (plan, OW_PLAN_OPTION_EQUITY, 4800000, 18700000, 74800000);
  }

  /* A $12,050 gap: floor (U / 4) ≥ 120.5 → 121 → U ≥ 484 → $48,400
   * ($48,399.99 buys 483 shares, of which 120 vest in year 1: $12,000).
   * Year 1 then gets 121 × 100 = 12,100: first year 187,100. */
  {
    g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 18705000);

    assert_found (plan, OW_PLAN_OPTION_EQUITY, 4840000, 18710000, 74840000);
    assert_found (plan, OW_PLAN_OPTION_BASE, 16205000, 18705000, 4 * 16205000 + 10000000);
  }
}

/* A 24-month cliff puts nothing in year 1: no grant closes a first-year
 * gap, which the plan says instead of giving a number.  Over the horizon
 * it does: the grant vests 24/48 on the 2nd anniversary and monthly to
 * month 48, all within 4 years, so a $50,000 gap takes $50,000. */
static void
test_equity_outside_first_year (void)
{
  const char *members = "\"base_salary\": 150000, \"grants\": [ { \"value\": 100000, \"vesting\": "
                        "{ \"months\": 48, \"cliff_months\": 24, \"every_months\": 1 } } ]";
  g_autoptr(OwDocument) doc = load_one ("", members);

  {
    g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_FIRST_YEAR, 20000000);

    g_assert_cmpint (plan->options[OW_PLAN_OPTION_EQUITY].result, ==, OW_PLAN_RESULT_OUTSIDE_PERIOD);
    g_assert_null (ow_plan_build_offer (plan, OW_PLAN_OPTION_EQUITY));
    assert_found (plan, OW_PLAN_OPTION_BASE, 20000000, 20000000, 90000000);
  }
  {
    g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_HORIZON, 75000000);

    /* now 4 × 150,000 + 100,000 */
    g_assert_cmpint (cents (&plan->value), ==, 70000000);
    assert_found (plan, OW_PLAN_OPTION_EQUITY, 5000000, 15000000, 75000000);
  }

  /* With a 1-year horizon the grant is outside the horizon too. */
  {
    g_autoptr(OwDocument) short_doc = load_one ("\"horizon_years\": 1", members);
    g_autoptr(OwPlan) plan = plan_amount (short_doc, OW_PLAN_MEASURE_HORIZON, 20000000);

    g_assert_cmpint (plan->options[OW_PLAN_OPTION_EQUITY].result, ==, OW_PLAN_RESULT_OUTSIDE_PERIOD);
    assert_found (plan, OW_PLAN_OPTION_SIGN_ON, 5000000, 20000000, 20000000);
  }
}

/* Horizon ---------------------------------------------------------------------- */

/* $100,000 rising 10 % a year over 3 years: 100,000 + 110,000 + 121,000 =
 * 331,000.  Target 364,100 over the horizon, a gap of 33,100:
 *   base:    B × 3.31 ≥ 364,100 → $110,000 (109,999.99 × 3.31 =
 *            364,099.9669 is short); first year 110,000
 *   sign-on: 33,100
 *   equity:  the default schedule vests 36/48 within 3 years:
 *            V × 3/4 ≥ 33,100 → V ≥ 44,133.33… → $44,133.34; first year
 *            100,000 + 11,033.335 → 111,033.34; horizon 364,100.005 →
 *            364,100.01 */
static void
test_horizon_with_raises (void)
{
  g_autoptr(OwDocument) doc = load_one ("\"horizon_years\": 3",
                                        "\"base_salary\": 100000, \"annual_raise_percent\": 10");
  g_autoptr(OwPlan) plan = plan_amount (doc, OW_PLAN_MEASURE_HORIZON, 36410000);

  g_assert_cmpint (cents (&plan->value), ==, 33100000);
  assert_found (plan, OW_PLAN_OPTION_BASE, 11000000, 11000000, 36410000);
  assert_found (plan, OW_PLAN_OPTION_SIGN_ON, 3310000, 13310000, 36410000);
  assert_found (plan, OW_PLAN_OPTION_EQUITY, 4413334, 11103334, 36410001);
}

/* Another offer as the target --------------------------------------------------- */

/* a: $150,000.  b: $160,000 with a 10 % bonus: first year 176,000, horizon
 * 704,000.
 *   first year, gap 26,000: base 176,000; sign-on 26,000; equity 104,000
 *   (a quarter in year 1)
 *   horizon, gap 104,000: base 176,000 (× 4 = 704,000); sign-on 104,000;
 *   equity 104,000 (all of it vests in 4 years) */
static void
test_target_offer (void)
{
  g_autoptr(OwDocument) doc = load (DOC_HEAD "\"offers\": ["
                                    "{ \"id\": \"a\", \"start_date\": \"2027-01-01\", \"base_salary\": 150000 },"
                                    "{ \"id\": \"b\", \"start_date\": \"2027-01-01\", \"base_salary\": 160000,"
                                    "  \"bonus\": { \"target_percent\": 10 } } ] }");
  OwOffer *a = ow_document_find_offer (doc, "a", NULL);
  OwOffer *b = ow_document_find_offer (doc, "b", NULL);
  OwPlanTarget target = { OW_PLAN_TARGET_OFFER, OW_PLAN_MEASURE_FIRST_YEAR, b, };

  {
    g_autoptr(OwPlan) plan = ow_plan_new (doc, a, &target);

    g_assert_cmpint (cents (&plan->target_value), ==, 17600000);
    g_assert_cmpint (cents (&plan->gap), ==, 2600000);
    assert_found (plan, OW_PLAN_OPTION_BASE, 17600000, 17600000, 70400000);
    assert_found (plan, OW_PLAN_OPTION_SIGN_ON, 2600000, 17600000, 62600000);
    assert_found (plan, OW_PLAN_OPTION_EQUITY, 10400000, 17600000, 70400000);
    /* The built offer's id is new in the document: "a" is taken. */
    {
      g_autoptr(OwOffer) built = ow_plan_build_offer (plan, OW_PLAN_OPTION_BASE);
      g_assert_cmpstr (ow_offer_get_id (built), ==, "a-2");
    }
  }

  target.measure = OW_PLAN_MEASURE_HORIZON;
  {
    g_autoptr(OwPlan) plan = ow_plan_new (doc, a, &target);

    g_assert_cmpint (cents (&plan->gap), ==, 10400000);
    assert_found (plan, OW_PLAN_OPTION_BASE, 17600000, 17600000, 70400000);
    assert_found (plan, OW_PLAN_OPTION_SIGN_ON, 10400000, 25400000, 70400000);
    assert_found (plan, OW_PLAN_OPTION_EQUITY, 10400000, 17600000, 70400000);
  }

  /* b is ahead of a, and an offer is never behind itself. */
  target.offer = a;
  {
    g_autoptr(OwPlan) ahead = ow_plan_new (doc, b, &target);
    g_autoptr(OwPlan) itself = ow_plan_new (doc, a, &target);

    /* 600,000 − 704,000 */
    g_assert_cmpint (cents (&ahead->gap), ==, -10400000);
    g_assert_cmpint (cents (&itself->gap), ==, 0);
    for (guint i = 0; i < OW_PLAN_N_OPTIONS; i++)
      {
        g_assert_cmpint (ahead->options[i].result, ==, OW_PLAN_RESULT_ALREADY_MET);
        g_assert_cmpint (itself->options[i].result, ==, OW_PLAN_RESULT_ALREADY_MET);
        g_assert_true (ow_exact_equal (&ahead->options[i].horizon_total, &ahead->horizon_total));
      }
  }
}

/* Limits ------------------------------------------------------------------------- */

static void
test_huge (void)
{
  g_autoptr(OwDocument) doc = load_one ("", "\"base_salary\": 150000");

  /* A target no amount the format allows can reach: $9.2e18. */
  {
    OwPlanTarget target = { OW_PLAN_TARGET_AMOUNT, OW_PLAN_MEASURE_HORIZON, NULL, };
    g_autoptr(OwPlan) plan = NULL;

    ow_exact_set_int (&target.amount, G_MAXINT64);
    plan = ow_plan_new (doc, ow_document_get_offer (doc, 0), &target);
    g_assert_false (plan->overflow);
    for (guint i = 0; i < OW_PLAN_N_OPTIONS; i++)
      {
        g_assert_cmpint (plan->options[i].result, ==, OW_PLAN_RESULT_OUT_OF_RANGE);
        g_assert_null (ow_plan_build_offer (plan, i));
      }
  }

  /* A target too large to compute with: (10^64)^7. */
  {
    OwPlanTarget target = { OW_PLAN_TARGET_AMOUNT, OW_PLAN_MEASURE_FIRST_YEAR, NULL, };
    g_autoptr(OwPlan) plan = NULL;

    ow_exact_set_int (&target.amount, 10);
    ow_exact_pow (&target.amount, &target.amount, 64);
    ow_exact_pow (&target.amount, &target.amount, 7);
    g_assert_true (ow_exact_overflowed (&target.amount));
    plan = ow_plan_new (doc, ow_document_get_offer (doc, 0), &target);
    g_assert_true (plan->overflow);
    for (guint i = 0; i < OW_PLAN_N_OPTIONS; i++)
      g_assert_cmpint (plan->options[i].result, ==, OW_PLAN_RESULT_OVERFLOW);
  }

  /* A base at the format's largest amount cannot be raised; a $1 sign-on
   * still closes a $1 gap. */
  {
    g_autoptr(OwDocument) rich = load_one ("", "\"base_salary\": 1000000000000");
    g_autoptr(OwPlan) plan = plan_amount (rich, OW_PLAN_MEASURE_FIRST_YEAR, G_GINT64_CONSTANT (100000000000100));

    g_assert_cmpint (plan->options[OW_PLAN_OPTION_BASE].result, ==, OW_PLAN_RESULT_OUT_OF_RANGE);
    assert_found (plan, OW_PLAN_OPTION_SIGN_ON, 100, G_GINT64_CONSTANT (100000000000100),
                  G_GINT64_CONSTANT (400000000000100));
  }

  /* Shares at $0.000001: an extra grant may be at most 10^12 shares,
   * $1,000,000, of which a quarter vests in year 1.  A $100,000 gap takes
   * $400,000 (4 × 10^11 shares); a $300,000 gap cannot be closed. */
  {
    g_autoptr(OwDocument) penny = load_one ("", "\"base_salary\": 150000, \"grants\": [ { \"units\": 1,"
                                            " \"share_price\": 0.000001, \"vesting\": { \"cliff_months\": 12 } } ]");
    g_autoptr(OwPlan) small = plan_amount (penny, OW_PLAN_MEASURE_FIRST_YEAR, 25000000);
    g_autoptr(OwPlan) large = plan_amount (penny, OW_PLAN_MEASURE_FIRST_YEAR, 45000000);

    /* The one share vests in year 4 (floor (1 × 12/48) = 0 before). */
    g_assert_cmpint (cents (&small->value), ==, 15000000);
    assert_found (small, OW_PLAN_OPTION_EQUITY, 40000000, 25000000, 60000000 + 40000000);
    g_assert_cmpint (large->options[OW_PLAN_OPTION_EQUITY].result, ==, OW_PLAN_RESULT_OUT_OF_RANGE);
    assert_found (large, OW_PLAN_OPTION_BASE, 45000000, 45000000, 180000000);
  }
}

/* Every pair of offers of the example documents, both measures: growth,
 * year percents, refreshers, exchange rates, capped matches, options.  No
 * hand figures here: each amount found is checked against the valuation
 * (meets the target, one cent less does not). */
static void
test_examples (void)
{
  static const char *const names[] = { "sample.offers", "cross-border.offers", "refreshers.offers" };
  guint found = 0;

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", names[n], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(OwDocument) doc = ow_document_new_from_file (file, names[n], &error);
      guint count;

      g_assert_no_error (error);
      count = ow_document_get_n_offers (doc);
      for (guint i = 0; i < count; i++)
        for (guint j = 0; j < count; j++)
          for (int m = OW_PLAN_MEASURE_FIRST_YEAR; m <= OW_PLAN_MEASURE_HORIZON; m++)
            {
              OwPlanTarget target = { OW_PLAN_TARGET_OFFER, m, ow_document_get_offer (doc, j), };
              g_autoptr(OwPlan) plan = ow_plan_new (doc, ow_document_get_offer (doc, i), &target);

              g_assert_false (plan->overflow);
              for (guint o = 0; o < OW_PLAN_N_OPTIONS; o++)
                {
                  if (ow_exact_sign (&plan->gap) <= 0)
                    g_assert_cmpint (plan->options[o].result, ==, OW_PLAN_RESULT_ALREADY_MET);
                  else if (plan->options[o].result == OW_PLAN_RESULT_FOUND)
                    {
                      check_choice (plan, o);
                      found++;
                    }
                  else
                    /* Only a grant can miss a period. */
                    g_assert_true (o == OW_PLAN_OPTION_EQUITY &&
                                   plan->options[o].result == OW_PLAN_RESULT_OUTSIDE_PERIOD);
                }
            }
    }
  /* Each document has offers behind others in both measures. */
  g_assert_cmpuint (found, >=, 12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/planner/base-only", test_base_only);
  g_test_add_func ("/ow/planner/bonus", test_bonus);
  g_test_add_func ("/ow/planner/bonus-payout", test_bonus_payout);
  g_test_add_func ("/ow/planner/retirement-match-cap", test_retirement_match_cap);
  g_test_add_func ("/ow/planner/exchange-rate", test_exchange_rate);
  g_test_add_func ("/ow/planner/equity-like-first-grant", test_equity_like_first_grant);
  g_test_add_func ("/ow/planner/equity-outside-first-year", test_equity_outside_first_year);
  g_test_add_func ("/ow/planner/horizon-with-raises", test_horizon_with_raises);
  g_test_add_func ("/ow/planner/target-offer", test_target_offer);
  g_test_add_func ("/ow/planner/huge", test_huge);
  g_test_add_func ("/ow/planner/examples", test_examples);

  return g_test_run ();
}
