/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The vesting timeline: what each offer pays, date by date, as cumulative
 * series, and the events a timeline marks (cliffs, sign-on clawback
 * windows, refresher grants, deadlines, start dates).  GTK-free, built from
 * the valuation module's rules (offer-model.md §2) so that a series ends
 * exactly where the valuation's totals do:
 *
 *   equity only:        the last point's cumulative value is the offer's
 *                       horizon equity (OwOfferValue.horizon_equity);
 *   all compensation:   the last point's cumulative value is the offer's
 *                       horizon total (OwOfferValue.horizon_total).
 *
 * When money arrives, in the all-compensation scope: base salary and
 * benefits of offer year k in twelve equal parts, one at the end of each
 * month of that year (start + m months, m = 12(k-1)+1 .. 12k); the bonus
 * of year k at the k-th anniversary (start + 12k months); each sign-on
 * payment on its pay date; each equity tranche on its vest date.  Only what
 * falls in offer years 1 .. horizon counts (a tranche dated before the
 * start date, a current job's older grant, is left out as in every total).
 *
 * The series' points are the distinct dates on which something arrives, in
 * ascending order; each point holds what arrived on that date and the
 * running totals, exactly and as doubles for drawing.  A payment of 0 (no
 * bonus, no salary) arrives nothing and makes no point; every tranche of
 * the horizon is listed, even one of 0 units.
 *
 * Events describe the offer, so both scopes have the same ones.  A CLIFF
 * or CLAWBACK whose money falls outside offer years 1 .. horizon (a current
 * job's cliff before its start date) is left out with that money.  A
 * clawback window is the days on which leaving costs, as
 * ow_valuation_leave_cost() counts them: from the pay date to the day
 * before pay date + clawback_months.  Only letter grants have CLIFF events;
 * refreshers have REFRESHER events. */
#pragma once

#include "ow-date.h"
#include "ow-document.h"
#include "ow-exact.h"
#include "ow-valuation.h"

G_BEGIN_DECLS

typedef enum {
  OW_TIMELINE_EQUITY,              /* equity tranches only */
  OW_TIMELINE_ALL_COMPENSATION,    /* base, bonus, sign-on, equity, benefits */
} OwTimelineScope;

/* One tranche that vests on a point's date: which schedule of the series
 * (OwTimelineSeries.schedules) and which tranche of it. */
typedef struct
{
  guint schedule;
  guint tranche;
} OwTimelineTranche;

typedef struct
{
  OwDate   date;
  int      year;                 /* offer year, 1 .. horizon */
  OwExact  value;                /* what arrives on this date, display currency */
  OwExact  cumulative_value;     /* everything up to and including this date */
  double   value_d;              /* the same two, for drawing */
  double   cumulative_value_d;
  gint64   units;                /* equity units vesting on this date, millionths */
  gint64   cumulative_units;     /* equity units vested up to this date, millionths */
  guint    first_tranche;        /* into OwTimelineSeries.tranches */
  guint    n_tranches;           /* 0 when only cash arrives on this date */
} OwTimelinePoint;

typedef enum {
  OW_TIMELINE_EVENT_START,         /* the start date */
  OW_TIMELINE_EVENT_CLIFF,         /* a grant's cliff vests (its first tranche after a cliff) */
  OW_TIMELINE_EVENT_CLAWBACK,      /* a sign-on payment's clawback window: date .. end */
  OW_TIMELINE_EVENT_REFRESHER,     /* an expected refresher is granted */
  OW_TIMELINE_EVENT_DEADLINE,      /* the answer is due */
} OwTimelineEventKind;

typedef struct
{
  OwTimelineEventKind kind;
  OwDate   date;
  OwDate   end;                  /* CLAWBACK: the window's last day; otherwise = date */
  guint    schedule;             /* CLIFF, REFRESHER: into schedules; otherwise G_MAXUINT */
  guint    sign_on;              /* CLAWBACK: the payment's index in the offer; otherwise G_MAXUINT */
  OwExact  amount;               /* CLIFF: the value vesting at the cliff;
                                  * CLAWBACK: the payment; REFRESHER: the
                                  * grant's value; otherwise 0 */
} OwTimelineEvent;

typedef struct
{
  OwOffer   *offer;              /* borrowed from the document */
  gboolean   overflow;           /* a figure was too large to compute exactly;
                                  * the doubles then count what could not be
                                  * computed as 0, so they stay finite, and
                                  * units saturate at G_MAXINT64 */
  GPtrArray *schedules;          /* OwGrantSchedule, as ow_valuation_schedules()
                                  * gives them (refreshers when the document
                                  * includes them) */
  GArray    *points;             /* OwTimelinePoint, ascending dates */
  GArray    *tranches;           /* OwTimelineTranche, in point order */
  GArray    *events;             /* OwTimelineEvent, ascending dates */
} OwTimelineSeries;

typedef struct
{
  OwTimelineScope   scope;
  OwDate            first;       /* the earliest start date; OW_DATE_NONE
                                  * when no offer has one (no offers) */
  OwDate            last;        /* the latest end of a horizon (start +
                                  * horizon years); OW_DATE_NONE likewise */
  OwDate            today;
  double            max_cumulative_value_d;  /* the largest point, for an axis */
  gint64            max_cumulative_units;
  guint             n_series;
  OwTimelineSeries *series;      /* one per offer, in document order */
} OwTimeline;

OwTimeline             *ow_timeline_new            (OwDocument             *document,
                                                    OwTimelineScope         scope,
                                                    OwDate                  today);
void                    ow_timeline_free           (OwTimeline             *self);

/* The last point on or before DATE, or NULL when nothing has arrived yet
 * (binary search). */
const OwTimelinePoint  *ow_timeline_series_at      (const OwTimelineSeries *series,
                                                    OwDate                  date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwTimeline, ow_timeline_free)

G_END_DECLS
