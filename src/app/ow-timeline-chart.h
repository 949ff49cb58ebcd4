/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwTimelineChart: the vesting timeline.  One step line per offer shows
 * what it has paid by each date (its equity, or all its compensation), in
 * money or in equity units, with the marks a person weighs an offer by:
 * each grant's cliff, each sign-on payment's clawback window, expected
 * refresher grants, today and each offer's answer deadline.
 *
 * The chart keeps an OwTimeline and the series' geometry cached: it builds
 * them again when the session's valuation changes or the scope or measure
 * is switched, and lays them out again only when its size or font changes.
 * Hovering and moving the keyboard focus only redraw.
 *
 * Its keyboard points (OwChart) are the dates on which an offer's tranches
 * vest, every offer's together in date order (ties in document order), so
 * that Left and Right move the focus ring steadily along the time axis. */
#pragma once

#include "ow-chart.h"
#include "ow-session.h"
#include "ow-timeline.h"
#include "ow-timeline-painter.h"

G_BEGIN_DECLS

#define OW_TYPE_TIMELINE_CHART (ow_timeline_chart_get_type ())

G_DECLARE_FINAL_TYPE (OwTimelineChart, ow_timeline_chart, OW, TIMELINE_CHART, OwChart)

/* The marks the chart draws beside its series, for the view's key. */
/* OwTimelineMark is the painter's (ow-timeline-painter.h). */

GtkWidget      *ow_timeline_chart_new            (void);
void            ow_timeline_chart_set_session    (OwTimelineChart *self,
                                                  OwSession       *session);
OwSession      *ow_timeline_chart_get_session    (OwTimelineChart *self);
void            ow_timeline_chart_set_scope      (OwTimelineChart *self,
                                                  OwTimelineScope  scope);
/* The scope the series count: always OW_TIMELINE_EQUITY while units are
 * shown, whatever was asked for with set_scope(). */
OwTimelineScope ow_timeline_chart_get_scope      (OwTimelineChart *self);
void            ow_timeline_chart_set_units      (OwTimelineChart *self,
                                                  gboolean         units);
gboolean        ow_timeline_chart_get_units      (OwTimelineChart *self);
/* The date of the "today" line; OW_DATE_NONE (the default) for the real
 * today, read each time the timeline is built.  For tests and reports. */
void            ow_timeline_chart_set_today      (OwTimelineChart *self,
                                                  OwDate           today);
/* Whether any offer receives something in the scope shown: FALSE asks
 * the view for its empty state. */
gboolean        ow_timeline_chart_has_data       (OwTimelineChart *self);
/* The timeline as cached (NULL without a session). */
const OwTimeline *ow_timeline_chart_get_timeline (OwTimelineChart *self);
/* How many times the timeline and the series have been built: tests and
 * benchmarks check that hovering and moving the focus build nothing. */
guint           ow_timeline_chart_get_n_builds   (OwTimelineChart *self);

/* What keyboard point INDEX is: the offer, and the letter grant of its
 * first tranche (NULL when only expected refreshers vest there). */
OwOffer        *ow_timeline_chart_get_point_offer (OwTimelineChart *self,
                                                   guint            index);
OwGrant        *ow_timeline_chart_get_point_grant (OwTimelineChart *self,
                                                   guint            index);
/* The tooltip for point INDEX: the date, what vests there, and every
 * offer's cumulative figure by then, as Pango markup. */
char           *ow_timeline_chart_get_tooltip_markup (OwTimelineChart *self,
                                                      guint            index);

/* Draws MARK as the key beside the chart shows it, in WIDTH × HEIGHT. */
void            ow_timeline_chart_draw_mark      (OwTimelineChart    *self,
                                                  OwTimelineMark      mark,
                                                  cairo_t            *cr,
                                                  double              width,
                                                  double              height);

/* The scales of the last layout (tests, reports).  Each lays the chart out
 * at WIDTH × HEIGHT first if the last draw was at another size. */
gboolean        ow_timeline_chart_get_plot_area  (OwTimelineChart *self,
                                                  double           width,
                                                  double           height,
                                                  graphene_rect_t *plot);
double          ow_timeline_chart_get_x_for_date (OwTimelineChart *self,
                                                  double           width,
                                                  double           height,
                                                  OwDate           date);
/* VALUE is money in the display currency, or whole units while units are
 * shown. */
double          ow_timeline_chart_get_y_for_value (OwTimelineChart *self,
                                                   double           width,
                                                   double           height,
                                                   double           value);
/* The top of the y axis: a round figure at or above every series. */
double          ow_timeline_chart_get_y_max      (OwTimelineChart *self,
                                                  double           width,
                                                  double           height);
/* The legend's entries, one per offer, in document order. */
guint           ow_timeline_chart_get_n_legend_entries (OwTimelineChart *self,
                                                        double           width,
                                                        double           height);
gboolean        ow_timeline_chart_get_legend_entry (OwTimelineChart *self,
                                                    double           width,
                                                    double           height,
                                                    guint            index,
                                                    graphene_rect_t *area);
/* The same hit-test as hovering: the point under X, Y, or -1. */
int             ow_timeline_chart_query_point    (OwTimelineChart *self,
                                                  double           x,
                                                  double           y,
                                                  double           width,
                                                  double           height);

G_END_DECLS
