/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The valuation module (offer-model.md §2): pure functions from a document
 * to exact figures.  Nothing here changes the model, and every figure the
 * application shows comes from here. */
#pragma once

#include "ow-date.h"
#include "ow-document.h"
#include "ow-exact.h"

G_BEGIN_DECLS

#define OW_MAX_HORIZON_YEARS 10

/* What an offer pays in one offer year, exactly, in the display currency. */
typedef struct
{
  OwExact base;
  OwExact bonus;
  OwExact sign_on;
  OwExact equity;
  OwExact benefits;
  OwExact total;
} OwYearValue;

typedef enum {
  OW_COMPONENT_BASE,
  OW_COMPONENT_BONUS,
  OW_COMPONENT_SIGN_ON,
  OW_COMPONENT_EQUITY,
  OW_COMPONENT_BENEFITS,
  OW_COMPONENT_TOTAL,
  OW_N_COMPONENTS
} OwComponent;

/* Periods a component can be asked for: an offer year 1 .. horizon, or: */
#define OW_PERIOD_HORIZON    0
#define OW_PERIOD_ANNUALIZED (-1)

typedef struct
{
  char    *label;
  gint64   valuation;        /* cents, the offer's currency */
  OwExact  valuation_display; /* the same in the display currency */
  gint64   probability;      /* basis points */
  OwExact  payout;           /* display currency */
} OwExitValue;

typedef struct
{
  OwOffer     *offer;           /* borrowed from the document */
  gboolean     overflow;        /* a figure was too large to compute exactly */
  guint        n_years;
  OwYearValue  years[OW_MAX_HORIZON_YEARS];
  OwExact      first_year_total;
  OwExact      horizon_total;
  OwExact      annualized_total;
  OwExact      after_tax_horizon_total;
  OwExact      col_adjusted_horizon_total;
  OwExact      horizon_equity;
  /* Present value is pv_numerator / OwValuation.pv_denominator: the
   * denominator, (1 + discount)^(horizon - 1), is shared by every offer so
   * differences between offers stay exact. */
  OwExact      pv_numerator;
  gint64       equity_share;    /* basis points: 3155 is 31.55 % */
  /* Exit scenarios (private companies). */
  gboolean     has_exit_scenarios;
  gboolean     exit_needs_shares; /* scenarios given without fully_diluted_shares */
  guint        n_exits;
  OwExitValue *exits;
  OwExact      expected_exit_payout;
} OwOfferValue;

typedef struct _OwValuation OwValuation;

struct _OwValuation
{
  OwDocument   *document;       /* a reference */
  guint         horizon_years;
  gboolean      include_refreshers;
  OwExact       pv_denominator;
  guint         n_offers;
  OwOfferValue *offers;
};

OwValuation  *ow_valuation_new              (OwDocument          *document);
void          ow_valuation_free             (OwValuation         *self);
OwOfferValue *ow_valuation_find             (OwValuation         *self,
                                             OwOffer             *offer);
const OwExact *ow_offer_value_component     (const OwOfferValue  *value,
                                             OwComponent          component,
                                             int                  period,
                                             OwExact             *scratch);
gboolean      ow_valuation_present_value_cents (OwValuation      *self,
                                             const OwOfferValue  *value,
                                             gint64              *cents);
gboolean      ow_valuation_present_value_diff_cents (OwValuation *self,
                                             const OwOfferValue  *a,
                                             const OwOfferValue  *b,
                                             gint64              *cents);
gboolean      ow_exact_to_cents             (const OwExact       *value,
                                             gint64              *cents);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwValuation, ow_valuation_free)

/* Vesting schedules: every tranche of a grant, for listings, charts and
 * the cost of leaving. */
typedef struct
{
  OwDate  date;
  int     year;              /* offer year; 0 before the start date */
  gint64  units;             /* millionths, rounded half away from zero when fractional */
  gint64  cumulative_units;  /* millionths, of the exact running total */
  OwExact value;             /* display currency, at the price of its year */
} OwTranche;

typedef struct
{
  char     *name;
  OwGrant  *grant;           /* borrowed; NULL for an expected refresher */
  gboolean  refresher;
  guint     refresher_year;  /* the anniversary a refresher is granted at */
  OwGrantKind kind;
  gint64    total_units;     /* millionths */
  GArray   *tranches;        /* OwTranche */
} OwGrantSchedule;

void          ow_grant_schedule_free        (OwGrantSchedule     *schedule);
GPtrArray    *ow_valuation_schedules        (OwDocument          *document,
                                             OwOffer             *offer,
                                             gboolean             with_refreshers,
                                             gboolean            *overflow);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwGrantSchedule, ow_grant_schedule_free)

/* Leaving early (offer-model.md §2, "Leaving early"). */
typedef struct
{
  char    *name;
  gint64   vested_units;     /* millionths */
  gint64   forfeited_units;  /* millionths */
  OwExact  forfeited_value;  /* display currency */
} OwLeaveGrant;

typedef struct
{
  OwOffer      *offer;
  gboolean      overflow;
  gint64        vested_units;
  gint64        forfeited_units;
  OwExact       forfeited_value;
  OwExact       clawback_owed;
  guint         n_grants;
  OwLeaveGrant *grants;
} OwLeaveCost;

void          ow_leave_cost_clear           (OwLeaveCost         *cost);
void          ow_valuation_leave_cost       (OwDocument          *document,
                                             OwOffer             *offer,
                                             OwDate               leave_on,
                                             OwLeaveCost         *cost);

G_END_DECLS
