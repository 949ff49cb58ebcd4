/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The counteroffer planner: what it takes for an offer to reach a target.
 *
 * A target is another offer or an amount, measured over the first year or
 * over the document's horizon (offer-model.md §2: first_year_total,
 * horizon_total, in the display currency).  The plan gives the gap and
 * three ways to close it, each on its own:
 *
 *  - a higher base salary (raises, bonus and retirement match follow it,
 *    as the valuation rules say);
 *  - a one-time sign-on paid at the start (month 0, no clawback);
 *  - an extra RSU grant, given as a value, priced and vesting like the
 *    offer's first grant (its share price, growth and schedule; without a
 *    grant, counted in money over 4 years monthly after a 1-year cliff).
 *
 * Each figure is the smallest whole-cent amount in the offer's currency
 * that meets the target once the offer is valued again with the change:
 * the planner values a copy of the offer with the valuation module itself,
 * so whatever the rules do (bonus on base, a capped retirement match,
 * exchange rates, whole units of a share price, a cliff) is taken into
 * account exactly.  Nothing here changes the document. */
#pragma once

#include "ow-document.h"
#include "ow-exact.h"

G_BEGIN_DECLS

typedef enum {
  OW_PLAN_TARGET_OFFER,  /* another offer's value in the measure */
  OW_PLAN_TARGET_AMOUNT, /* an amount in the display currency */
} OwPlanTargetKind;

typedef enum {
  OW_PLAN_MEASURE_FIRST_YEAR,
  OW_PLAN_MEASURE_HORIZON,
} OwPlanMeasure;

typedef struct
{
  OwPlanTargetKind kind;
  OwPlanMeasure    measure;
  OwOffer         *offer;   /* OW_PLAN_TARGET_OFFER: an offer of the same document */
  OwExact          amount;  /* OW_PLAN_TARGET_AMOUNT: display currency */
} OwPlanTarget;

typedef enum {
  OW_PLAN_OPTION_BASE,
  OW_PLAN_OPTION_SIGN_ON,
  OW_PLAN_OPTION_EQUITY,
  OW_PLAN_N_OPTIONS
} OwPlanOption;

typedef enum {
  OW_PLAN_RESULT_FOUND,          /* amount meets the target */
  OW_PLAN_RESULT_ALREADY_MET,    /* the gap is ≤ 0: nothing to change */
  OW_PLAN_RESULT_OUTSIDE_PERIOD, /* nothing of this change falls in the
                                  * measured period: an extra grant whose
                                  * first vesting is after year 1 cannot
                                  * close a first-year gap */
  OW_PLAN_RESULT_OUT_OF_RANGE,   /* not even the largest amount the file
                                  * format allows would close the gap */
  OW_PLAN_RESULT_OVERFLOW,       /* a figure was too large to compute */
} OwPlanResult;

typedef struct
{
  OwPlanResult result;
  /* With OW_PLAN_RESULT_FOUND, in the offer's currency, cents:
   *   BASE     the new base salary;
   *   SIGN_ON  the one-time sign-on payment;
   *   EQUITY   the extra grant's value. */
  gint64       amount;
  gint64       increase;          /* what is added: amount, or for BASE amount − the base now */
  /* The offer's totals with the change (display currency, exact). */
  OwExact      first_year_total;
  OwExact      horizon_total;
} OwPlanChoice;

typedef struct
{
  OwDocument   *document;         /* a reference */
  OwOffer      *offer;            /* a reference */
  OwPlanTarget  target;           /* target.offer holds a reference */
  gboolean      overflow;         /* the offer or the target could not be valued */
  OwExact       value;            /* the offer in the measure now */
  OwExact       target_value;     /* the target in the measure */
  OwExact       gap;              /* target_value − value; ≤ 0: already there */
  OwExact       first_year_total; /* the offer now */
  OwExact       horizon_total;
  OwPlanChoice  options[OW_PLAN_N_OPTIONS];
} OwPlan;

OwPlan  *ow_plan_new         (OwDocument         *document,
                              OwOffer            *offer,
                              const OwPlanTarget *target);
void     ow_plan_free        (OwPlan             *plan);
OwOffer *ow_plan_build_offer (const OwPlan       *plan,
                              OwPlanOption        option);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwPlan, ow_plan_free)

G_END_DECLS
