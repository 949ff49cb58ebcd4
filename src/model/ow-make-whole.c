/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The make-whole sign-on (see ow-make-whole.h for the rule). */
#define G_LOG_DOMAIN "ow-make-whole"

#include "config.h"

#include <string.h>

#include "ow-make-whole.h"
#include "ow-model-private.h"

#define BP 10000 /* basis points in 1 */

/* The exponent ow_exact_pow() accepts: a bonus 65 years into a job is
 * not a figure anyone needs, and saying "too large" beats a wrong one. */
#define MAX_RAISES 64

/* The current job's bonus for offer year K, exactly as the valuation
 * counts it (base with K − 1 raises, times target and expected payout),
 * in the display currency.  FALSE when it does not fit. */
static gboolean
year_bonus (OwDocument *document,
            OwOffer    *job,
            guint       k,
            OwExact    *out)
{
  OwExact raise, rate, one;

  g_assert (k >= 1);

  if (k - 1 > MAX_RAISES)
    return FALSE;

  /* The base in the job's currency, converted once at the end: the
   * valuation converts each year's figures the same way, and the product
   * is exact either way. */
  ow_exact_set_fraction (&raise, BP + job->raise, BP);
  ow_exact_pow (&raise, &raise, k - 1);
  ow_exact_set_fraction (&rate, job->bonus_target * job->bonus_payout, (gint64) BP * BP);
  ow_valuation_display_money (document, job, job->base_salary, &one);
  ow_exact_mul (out, &one, &raise);
  ow_exact_mul (out, out, &rate);
  return !ow_exact_overflowed (out);
}

/* What OFFER pays as sign-on in its own first offer year (payments at
 * month 0 to 12, §2), in the display currency. */
static void
first_year_sign_on (OwDocument *document,
                    OwOffer    *offer,
                    OwExact    *out)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (offer->sign_ons));

  ow_exact_set_int (out, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwSignOn) s = g_list_model_get_item (G_LIST_MODEL (offer->sign_ons), i);
      OwDate paid = ow_date_add_months (offer->start_date, (int) s->month);
      OwExact amount;

      if (ow_valuation_offer_year (offer->start_date, paid) != 1)
        continue;
      ow_valuation_display_money (document, offer, s->amount, &amount);
      ow_exact_add (out, out, &amount);
    }
}

/* TOTAL (display currency) in OFFER's currency, rounded up to the cent:
 * the smallest payment that covers it. */
static gboolean
in_offer_currency (OwDocument    *document,
                   OwOffer       *offer,
                   const OwExact *total,
                   gint64        *cents)
{
  const char *currency = ow_document_get_offer_currency (document, offer);
  gint64 mantissa = 1;
  guint scale = 0;
  OwExact rate, amount;
  gint64 floor_of_neg;

  /* The loader and the history make sure every offer's currency has a
   * rate; without one the figure cannot be given honestly. */
  if (!ow_document_get_rate (document, currency, &mantissa, &scale) || mantissa <= 0)
    return FALSE;

  ow_exact_set_scaled (&rate, mantissa, scale);
  ow_exact_div (&amount, total, &rate);
  /* ceil (x) = −floor (−x) */
  ow_exact_neg (&amount, &amount);
  if (!ow_exact_floor (&amount, 2, &floor_of_neg) || floor_of_neg == G_MININT64)
    return FALSE;
  *cents = -floor_of_neg;
  return TRUE;
}

/**
 * ow_make_whole_compute:
 * @offer: a new offer of DOCUMENT (not its current job)
 * @out: (out caller-allocates): the figures; clear with
 *   ow_make_whole_clear() whatever the result
 *
 * What leaving the document's current job on OFFER's start date forfeits,
 * and the sign-on in OFFER's currency that would make up for it.
 *
 * Returns: %OW_MAKE_WHOLE_FOUND, or why there is no figure
 */
OwMakeWholeResult
ow_make_whole_compute (OwDocument  *document,
                       OwOffer     *offer,
                       OwMakeWhole *out)
{
  OwOffer *job;
  int year;

  g_return_val_if_fail (out != NULL, OW_MAKE_WHOLE_NO_BASELINE);
  memset (out, 0, sizeof *out);
  ow_exact_set_int (&out->bonus, 0);
  ow_exact_set_int (&out->total, 0);
  ow_exact_set_int (&out->first_year_sign_on, 0);
  ow_exact_set_int (&out->leave.forfeited_value, 0);
  ow_exact_set_int (&out->leave.clawback_owed, 0);
  out->result = OW_MAKE_WHOLE_NO_BASELINE;

  g_return_val_if_fail (OW_IS_DOCUMENT (document), out->result);
  g_return_val_if_fail (OW_IS_OFFER (offer), out->result);

  out->offer = offer;
  job = ow_document_get_current_job (document);
  out->current_job = job;
  if (job == NULL)
    return out->result = OW_MAKE_WHOLE_NO_BASELINE;
  if (job == offer)
    return out->result = OW_MAKE_WHOLE_IS_BASELINE;
  if (offer->start_date == OW_DATE_NONE || job->start_date == OW_DATE_NONE)
    return out->result = OW_MAKE_WHOLE_NO_START;

  out->leave_on = offer->start_date;
  ow_valuation_leave_cost (document, job, out->leave_on, &out->leave);

  year = ow_valuation_offer_year (job->start_date, out->leave_on);
  out->bonus_year = (guint) MAX (year, 1);

  first_year_sign_on (document, offer, &out->first_year_sign_on);

  if (out->leave.overflow || !year_bonus (document, job, out->bonus_year, &out->bonus))
    return out->result = OW_MAKE_WHOLE_OVERFLOW;

  ow_exact_add (&out->total, &out->leave.forfeited_value, &out->bonus);
  ow_exact_add (&out->total, &out->total, &out->leave.clawback_owed);
  if (ow_exact_overflowed (&out->total) || ow_exact_overflowed (&out->first_year_sign_on) ||
      !in_offer_currency (document, offer, &out->total, &out->sign_on))
    return out->result = OW_MAKE_WHOLE_OVERFLOW;

  return out->result = OW_MAKE_WHOLE_FOUND;
}

void
ow_make_whole_clear (OwMakeWhole *make_whole)
{
  g_return_if_fail (make_whole != NULL);

  ow_leave_cost_clear (&make_whole->leave);
}
