/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The make-whole sign-on: what a new employer would have to pay up front
 * so that taking its offer costs nothing of what the current job still
 * owes the person.
 *
 * For a new offer O and the document's current job J, leaving J on O's
 * start date L forfeits, in the display currency:
 *
 *  - J's unvested equity: the forfeited value of ow_valuation_leave_cost()
 *    for J on L (letter grants; every tranche dated after L, at the price
 *    of its vest year);
 *  - J's bonus for the offer year in progress on L: base_k × target ×
 *    expected payout (offer-model.md §2) for the offer year k of J that L
 *    falls in, (start + 12(k−1) months, start + 12k months].  A bonus is
 *    paid for a whole year, so leaving at any point of year k forfeits all
 *    of it; a date on or before J's start date counts as year 1;
 *  - the sign-on J would claw back on L (also from
 *    ow_valuation_leave_cost()), which has to be paid back out of the new
 *    money.
 *
 * The make-whole amount is their sum, and the sign-on that makes up for it
 * is that sum in O's own currency, rounded up to the cent so that it is
 * never short.  Nothing here changes the document. */
#pragma once

#include "ow-document.h"
#include "ow-exact.h"
#include "ow-valuation.h"

G_BEGIN_DECLS

typedef enum {
  OW_MAKE_WHOLE_FOUND,        /* the figures below are set */
  OW_MAKE_WHOLE_NO_BASELINE,  /* the document has no current job */
  OW_MAKE_WHOLE_IS_BASELINE,  /* the offer is the current job itself */
  OW_MAKE_WHOLE_NO_START,     /* the offer has no start date to leave on */
  OW_MAKE_WHOLE_OVERFLOW,     /* a figure was too large to compute */
} OwMakeWholeResult;

typedef struct
{
  OwMakeWholeResult result;
  OwOffer     *offer;               /* borrowed: the new offer */
  OwOffer     *current_job;         /* borrowed; NULL without one */
  OwDate       leave_on;            /* the new offer's start date */
  OwLeaveCost  leave;               /* leaving the current job on leave_on */
  guint        bonus_year;          /* the current job's offer year in progress on leave_on */
  OwExact      bonus;               /* that year's bonus, display currency */
  OwExact      total;               /* forfeited equity + bonus + clawback, display currency */
  gint64       sign_on;             /* total in the new offer's currency, cents, rounded up */
  OwExact      first_year_sign_on;  /* the sign-on the new offer already pays in its first
                                     * year, display currency */
} OwMakeWhole;

OwMakeWholeResult ow_make_whole_compute (OwDocument  *document,
                                         OwOffer     *offer,
                                         OwMakeWhole *out);
void              ow_make_whole_clear   (OwMakeWhole *make_whole);

G_END_DECLS
