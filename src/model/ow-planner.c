/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The counteroffer planner: the smallest change that closes a gap. */
#define G_LOG_DOMAIN "ow-planner"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ow-model-private.h"
#include "ow-planner.h"
#include "ow-valuation.h"

/* The most whole units a grant may have (offer-model.md §1: units ≤ 1e12). */
#define MAX_WHOLE_UNITS G_GINT64_CONSTANT (1000000000000)

/* A copy of the offer alone in a document with the original's settings
 * (display currency, rates, horizon, refreshers, discount), so that valuing
 * it again and again costs one offer, whatever the size of the document. */
static OwDocument *
scratch_document (OwDocument *document,
                  OwOffer    *offer,
                  OwOffer   **copy)
{
  OwDocument *scratch = ow_document_new ();
  OwNodeClass *klass = OW_NODE_GET_CLASS (scratch);
  g_autoptr(OwNode) dup = ow_node_dup (OW_NODE (offer));

  ow_fields_copy (scratch, document, klass->fields, klass->n_fields, NULL, klass->field_pspecs + 1);
  g_array_append_vals (scratch->rates, document->rates->data, document->rates->len);
  ow_document_add_offer (scratch, OW_OFFER (dup));
  *copy = OW_OFFER (dup);
  return scratch;
}

typedef struct
{
  gboolean overflow;
  OwExact  first_year_total;
  OwExact  horizon_total;
} Totals;

static void
value_scratch (OwDocument *scratch,
               Totals     *out)
{
  g_autoptr(OwValuation) valuation = ow_valuation_new (scratch);
  const OwOfferValue *ov = &valuation->offers[0];

  out->overflow = ov->overflow;
  ow_exact_copy (&out->first_year_total, &ov->first_year_total);
  ow_exact_copy (&out->horizon_total, &ov->horizon_total);
}

static const OwExact *
measure_of (const Totals  *totals,
            OwPlanMeasure  measure)
{
  return measure == OW_PLAN_MEASURE_FIRST_YEAR ? &totals->first_year_total : &totals->horizon_total;
}

/* The options ---------------------------------------------------------------- */

/* Adds to OFFER what OPTION changes, at an amount of 0, and returns the
 * object whose amount the option sets: the offer (its base), a new sign-on
 * or a new grant. */
static OwNode *
prepare_option (OwOffer      *offer,
                OwPlanOption  option)
{
  switch (option)
    {
    case OW_PLAN_OPTION_BASE:
      return OW_NODE (offer);

    case OW_PLAN_OPTION_SIGN_ON:
      {
        /* Paid on the start date, so it counts in year 1 (§2); no
         * clawback is assumed, which the checklist will then ask about. */
        g_autoptr(OwSignOn) s = ow_sign_on_new ();

        ow_offer_add_sign_on (offer, s);
        return OW_NODE (s);
      }

    case OW_PLAN_OPTION_EQUITY:
      {
        /* RSUs of the same company as the first grant: its share price
         * (so whole units, floor (value / price)) and growth, and its
         * schedule, cliff included.  Without a grant, a value-only grant
         * on the default schedule (48 months, monthly, 1-year cliff).  It
         * starts vesting on the start date and goes last, so the first
         * grant, which the expected refreshers follow, stays the first.
         * (With no grant before, the new one becomes the first; the
         * refreshers then follow a default schedule without growth, which
         * is what they followed without any grant.) */
        g_autoptr(OwGrant) first = g_list_model_get_item (G_LIST_MODEL (offer->grants), 0);
        g_autoptr(OwGrant) grant = ow_grant_new ();

        g_object_set (grant,
                      "name", _("Counteroffer grant"),
                      "kind", OW_GRANT_KIND_RSU,
                      "value", (gint64) 0,
                      NULL);
        if (first != NULL)
          {
            if (first->share_price > 0)
              g_object_set (grant, "share-price", first->share_price, NULL);
            g_object_set (grant, "growth-percent", first->growth, NULL);
            ow_node_copy_from (OW_NODE (grant->vesting), OW_NODE (first->vesting));
          }
        ow_offer_add_grant (offer, grant);
        return OW_NODE (grant);
      }

    case OW_PLAN_N_OPTIONS:
    default:
      g_assert_not_reached ();
    }
}

/* The search sets amounts straight into the scratch copy, which nobody
 * watches: a property change would emit signals on every probe. */
static void
set_amount_fast (OwNode       *knob,
                 OwPlanOption  option,
                 gint64        amount)
{
  switch (option)
    {
    case OW_PLAN_OPTION_BASE:
      OW_OFFER (knob)->base_salary = amount;
      break;
    case OW_PLAN_OPTION_SIGN_ON:
      OW_SIGN_ON (knob)->amount = amount;
      break;
    case OW_PLAN_OPTION_EQUITY:
      OW_GRANT (knob)->value = amount;
      break;
    case OW_PLAN_N_OPTIONS:
    default:
      g_assert_not_reached ();
    }
}

static const char *const option_properties[OW_PLAN_N_OPTIONS] = {
  [OW_PLAN_OPTION_BASE] = "base-salary",
  [OW_PLAN_OPTION_SIGN_ON] = "amount",
  [OW_PLAN_OPTION_EQUITY] = "value",
};

/* The amounts an option may take: from what the offer has now up to the
 * largest the file format allows (money ≤ 1e12; a grant given by value
 * and share price also at most 1e12 whole units, which keeps the
 * valuation's unit counts in range for the cheapest shares). */
static void
option_range (OwOffer      *offer,
              OwNode       *knob,
              OwPlanOption  option,
              gint64       *lo,
              gint64       *hi)
{
  *lo = option == OW_PLAN_OPTION_BASE ? offer->base_salary : 0;
  *hi = OW_MONEY_MAX;

  if (option == OW_PLAN_OPTION_EQUITY && OW_GRANT (knob)->share_price > 0)
    {
      /* value (cents) · 10^4 / price (millionths) ≤ MAX_WHOLE_UNITS */
      gint64 price = OW_GRANT (knob)->share_price;
      __int128 most = (__int128) MAX_WHOLE_UNITS * price / 10000;

      if (most < *hi)
        *hi = (gint64) most;
    }
}

/* The search ---------------------------------------------------------------- */

typedef struct
{
  OwDocument    *scratch;
  OwNode        *knob;
  OwPlanOption   option;
  OwPlanMeasure  measure;
  const OwExact *target;
  guint          probes;
} Search;

/* Values the offer with AMOUNT; TRUE when it meets the target. */
static gboolean
probe (Search *s,
       gint64  amount,
       Totals *totals)
{
  set_amount_fast (s->knob, s->option, amount);
  value_scratch (s->scratch, totals);
  s->probes++;
  return !totals->overflow && ow_exact_cmp (measure_of (totals, s->measure), s->target) >= 0;
}

/* Where the straight line through (lo, flo) and (hi, fhi) reaches the
 * target, rounded; -1 when it cannot say. */
static gint64
interpolate (gint64         lo,
             const OwExact *flo,
             gint64         hi,
             const OwExact *fhi,
             const OwExact *target)
{
  OwExact num, den;
  gint64 step;

  ow_exact_sub (&num, target, flo);
  ow_exact_mul_int (&num, &num, hi - lo);
  ow_exact_sub (&den, fhi, flo);
  if (ow_exact_sign (&den) <= 0 || !ow_exact_div_round (&num, &den, 0, &step))
    return -1;

  /* Rounded up: the amount is the first that reaches the line's target. */
  {
    OwExact reached;

    ow_exact_mul_int (&reached, &den, step);
    if (ow_exact_cmp (&reached, &num) < 0)
      step++;
  }
  if (step < 0 || step > G_MAXINT64 - lo)
    return -1;
  return lo + step;
}

/* The smallest amount in [lo, hi] that meets the target, given that lo
 * does not and the response only ever grows with the amount (base, bonus,
 * a capped match, whole units: every rule of §2 is monotone in each of the
 * three amounts).  Where the response is a straight line, interpolating
 * lands on the answer at once, and one more probe below it proves it
 * smallest; where it is not (a match that reaches its cap, units floored
 * to whole shares), the interpolation is only a guess, and a bisection
 * step every other probe bounds the search to about twice log2 (hi − lo)
 * probes. */
static OwPlanResult
search (Search       *s,
        gint64        lo,
        gint64        hi,
        OwPlanChoice *choice)
{
  Totals at_lo, at_hi, t;
  gboolean bisect = FALSE;

  probe (s, lo, &at_lo);
  if (at_lo.overflow)
    return OW_PLAN_RESULT_OVERFLOW;

  if (!probe (s, hi, &at_hi))
    {
      if (at_hi.overflow)
        return OW_PLAN_RESULT_OVERFLOW;
      if (ow_exact_equal (measure_of (&at_hi, s->measure), measure_of (&at_lo, s->measure)))
        return OW_PLAN_RESULT_OUTSIDE_PERIOD;
      return OW_PLAN_RESULT_OUT_OF_RANGE;
    }

  while (hi - lo > 1)
    {
      gint64 mid = -1;

      if (!bisect)
        mid = interpolate (lo, measure_of (&at_lo, s->measure), hi, measure_of (&at_hi, s->measure), s->target);
      if (mid < 0)
        mid = lo + (hi - lo) / 2;
      mid = CLAMP (mid, lo + 1, hi - 1);

      if (probe (s, mid, &t))
        {
          hi = mid;
          at_hi = t;
          /* Meeting the target right where the line said is what a
           * straight response does: check just below before bisecting. */
          bisect = FALSE;
        }
      else
        {
          if (t.overflow)
            return OW_PLAN_RESULT_OVERFLOW;
          lo = mid;
          at_lo = t;
          bisect = !bisect;
        }
    }

  choice->amount = hi;
  ow_exact_copy (&choice->first_year_total, &at_hi.first_year_total);
  ow_exact_copy (&choice->horizon_total, &at_hi.horizon_total);
  return OW_PLAN_RESULT_FOUND;
}

static void
plan_option (OwPlan       *plan,
             OwPlanOption  option)
{
  OwPlanChoice *choice = &plan->options[option];
  g_autoptr(OwDocument) scratch = NULL;
  OwOffer *copy;
  Search s = { 0, };
  gint64 lo, hi;

  scratch = scratch_document (plan->document, plan->offer, &copy);
  s.scratch = scratch;
  s.knob = prepare_option (copy, option);
  s.option = option;
  s.measure = plan->target.measure;
  s.target = &plan->target_value;

  option_range (copy, s.knob, option, &lo, &hi);
  if (hi <= lo)
    {
      choice->result = OW_PLAN_RESULT_OUT_OF_RANGE;
      return;
    }

  choice->result = search (&s, lo, hi, choice);
  if (choice->result == OW_PLAN_RESULT_FOUND)
    choice->increase = choice->amount - (option == OW_PLAN_OPTION_BASE ? plan->offer->base_salary : 0);
  g_debug ("option %d: %u valuations", option, s.probes);
}

static gboolean
offer_in_document (OwDocument *document,
                   OwOffer    *offer)
{
  return ow_document_find_offer (document, ow_offer_get_id (offer), NULL) == offer;
}

/**
 * ow_plan_new:
 * @offer: an offer of DOCUMENT
 * @target: what to reach; a target offer must be one of DOCUMENT's
 *
 * Works out the gap between OFFER and TARGET and the three ways to close
 * it.  A target offer is valued as it stands; OFFER as the target itself
 * is a gap of 0.
 *
 * Returns: (transfer full): the plan; free with ow_plan_free()
 */
OwPlan *
ow_plan_new (OwDocument         *document,
             OwOffer            *offer,
             const OwPlanTarget *target)
{
  OwPlan *plan;
  Totals now;

  g_return_val_if_fail (OW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (target != NULL, NULL);
  g_return_val_if_fail (offer_in_document (document, offer), NULL);
  g_return_val_if_fail (target->kind == OW_PLAN_TARGET_AMOUNT ||
                        (OW_IS_OFFER (target->offer) && offer_in_document (document, target->offer)), NULL);
  g_return_val_if_fail (target->measure == OW_PLAN_MEASURE_FIRST_YEAR ||
                        target->measure == OW_PLAN_MEASURE_HORIZON, NULL);

  plan = g_new0 (OwPlan, 1);
  plan->document = g_object_ref (document);
  plan->offer = g_object_ref (offer);
  plan->target = *target;
  if (target->kind == OW_PLAN_TARGET_OFFER)
    g_object_ref (plan->target.offer);
  else
    plan->target.offer = NULL;

  {
    OwOffer *copy;
    g_autoptr(OwDocument) scratch = scratch_document (document, offer, &copy);

    value_scratch (scratch, &now);
  }
  plan->overflow = now.overflow;
  ow_exact_copy (&plan->first_year_total, &now.first_year_total);
  ow_exact_copy (&plan->horizon_total, &now.horizon_total);
  ow_exact_copy (&plan->value, measure_of (&now, target->measure));

  if (target->kind == OW_PLAN_TARGET_OFFER)
    {
      OwOffer *copy;
      g_autoptr(OwDocument) scratch = scratch_document (document, target->offer, &copy);
      Totals theirs;

      value_scratch (scratch, &theirs);
      plan->overflow |= theirs.overflow;
      ow_exact_copy (&plan->target_value, measure_of (&theirs, target->measure));
    }
  else
    {
      ow_exact_copy (&plan->target_value, &target->amount);
      plan->overflow |= ow_exact_overflowed (&target->amount);
    }

  ow_exact_sub (&plan->gap, &plan->target_value, &plan->value);
  if (ow_exact_overflowed (&plan->gap))
    plan->overflow = TRUE;

  for (guint i = 0; i < OW_PLAN_N_OPTIONS; i++)
    {
      OwPlanChoice *choice = &plan->options[i];

      /* Unless a change is found: the offer as it is. */
      choice->amount = i == OW_PLAN_OPTION_BASE ? offer->base_salary : 0;
      choice->increase = 0;
      ow_exact_copy (&choice->first_year_total, &plan->first_year_total);
      ow_exact_copy (&choice->horizon_total, &plan->horizon_total);

      if (plan->overflow)
        choice->result = OW_PLAN_RESULT_OVERFLOW;
      else if (ow_exact_sign (&plan->gap) <= 0)
        choice->result = OW_PLAN_RESULT_ALREADY_MET;
      else
        plan_option (plan, (OwPlanOption) i);
    }

  return plan;
}

void
ow_plan_free (OwPlan *plan)
{
  if (plan == NULL)
    return;

  g_clear_object (&plan->document);
  g_clear_object (&plan->offer);
  g_clear_object (&plan->target.offer);
  g_free (plan);
}

/**
 * ow_plan_build_offer:
 *
 * A copy of the plan's offer with OPTION applied (the new base salary, the
 * sign-on payment or the extra grant), for the caller to add to the
 * document (through the history) or to keep as a revision.  The copy has
 * an id of its own in the plan's document and is never the baseline (a
 * document has at most one); everything else, checklist and sources
 * included, is the original's.
 *
 * Returns: (transfer full) (nullable): the new offer, or %NULL when the
 *   option has no amount (the gap is already closed, or the option cannot
 *   close it)
 */
OwOffer *
ow_plan_build_offer (const OwPlan *plan,
                     OwPlanOption  option)
{
  const OwPlanChoice *choice;
  g_autoptr(OwOffer) copy = NULL;
  g_autofree char *id = NULL;
  OwNode *knob;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (option < OW_PLAN_N_OPTIONS, NULL);

  choice = &plan->options[option];
  if (choice->result != OW_PLAN_RESULT_FOUND)
    return NULL;

  copy = OW_OFFER (ow_node_dup (OW_NODE (plan->offer)));
  id = ow_document_make_offer_id (plan->document, ow_offer_get_id (plan->offer));
  g_object_set (copy, "id", id, "current-job", FALSE, NULL);

  knob = prepare_option (copy, option);
  g_object_set (knob, option_properties[option], choice->amount, NULL);
  return g_steal_pointer (&copy);
}
