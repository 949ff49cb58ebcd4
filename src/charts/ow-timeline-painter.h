/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwTimelinePainter: the vesting timeline (each offer's cumulative equity,
 * or all its compensation, month by month) without a widget: its data,
 * built from a session's document (ow-timeline.h), its layout and its
 * drawing into any cairo_t.  OwTimelineChart (src/app) draws the screen
 * with one; the negotiation brief draws one with no display.
 *
 * Unlike the other painters it keeps the session, since changing the
 * scope, the units or today builds the timeline again. */
#pragma once

#include "ow-chart-paint.h"
#include "ow-session.h"
#include "ow-timeline.h"

G_BEGIN_DECLS

typedef enum {
  OW_TIMELINE_MARK_CLIFF,
  OW_TIMELINE_MARK_CLAWBACK,
  OW_TIMELINE_MARK_REFRESHER,
  OW_TIMELINE_MARK_TODAY,
  OW_TIMELINE_MARK_DEADLINE,
} OwTimelineMark;

typedef struct _OwTimelinePainter OwTimelinePainter;

/* Texts are measured at REFERENCE's resolution and font options (the
 * widget's context, or one from ow_chart_paint_create_context()), in a
 * Pango context of the painter's own. */
OwTimelinePainter *ow_timeline_painter_new             (PangoContext       *reference);
void               ow_timeline_painter_free            (OwTimelinePainter  *self);

/* "Cumulative equity by offer", or units, or compensation. */
const char        *ow_timeline_painter_get_title       (OwTimelinePainter  *self);

/* Builds the timeline of SESSION's document (NULL: none). */
void               ow_timeline_painter_set_session     (OwTimelinePainter  *self,
                                                        OwSession          *session);
/* Builds it again (the session's valuation changed). */
void               ow_timeline_painter_reload          (OwTimelinePainter  *self);
void               ow_timeline_painter_set_scope       (OwTimelinePainter  *self,
                                                        OwTimelineScope     scope);
/* The scope drawn: equity while units are shown, whatever was set. */
OwTimelineScope    ow_timeline_painter_get_scope       (OwTimelinePainter  *self);
void               ow_timeline_painter_set_units       (OwTimelinePainter  *self,
                                                        gboolean            units);
gboolean           ow_timeline_painter_get_units       (OwTimelinePainter  *self);
void               ow_timeline_painter_set_today       (OwTimelinePainter  *self,
                                                        OwDate              today);
gboolean           ow_timeline_painter_has_data        (OwTimelinePainter  *self);
const OwTimeline  *ow_timeline_painter_get_timeline    (OwTimelinePainter  *self);
guint              ow_timeline_painter_get_n_builds    (OwTimelinePainter  *self);
guint              ow_timeline_painter_get_n_series    (OwTimelinePainter  *self);

/* Takes the reference context's font (and resolution) again; TRUE when
 * that changed the texts' sizes. */
gboolean           ow_timeline_painter_update_fonts    (OwTimelinePainter  *self);
/* How tall the legend is at WIDTH (0 with fewer than two offers). */
double             ow_timeline_painter_get_legend_height (OwTimelinePainter *self,
                                                          double             width);

/* Draws the chart in WIDTH × HEIGHT user units of CR from its origin (no
 * background), with a focus ring and a callout on point FOCUS (or -1). */
void               ow_timeline_painter_draw            (OwTimelinePainter  *self,
                                                        cairo_t            *cr,
                                                        double              width,
                                                        double              height,
                                                        const OwChartStyle *style,
                                                        int                 focus);
/* One of the chart's marks alone, centred in WIDTH × HEIGHT: the key
 * under the chart. */
void               ow_timeline_painter_draw_mark       (OwTimelinePainter  *self,
                                                        OwTimelineMark      mark,
                                                        cairo_t            *cr,
                                                        double              width,
                                                        double              height,
                                                        const OwChartStyle *style);

guint              ow_timeline_painter_get_n_points    (OwTimelinePainter  *self);
void               ow_timeline_painter_get_point       (OwTimelinePainter  *self,
                                                        guint               index,
                                                        double              width,
                                                        double              height,
                                                        graphene_point_t   *where,
                                                        char              **words);
int                ow_timeline_painter_query_point     (OwTimelinePainter  *self,
                                                        double              x,
                                                        double              y,
                                                        double              width,
                                                        double              height);
char              *ow_timeline_painter_describe        (OwTimelinePainter  *self);
char              *ow_timeline_painter_get_tooltip_markup (OwTimelinePainter *self,
                                                           guint              index);
OwOffer           *ow_timeline_painter_get_point_offer (OwTimelinePainter  *self,
                                                        guint               index);
OwGrant           *ow_timeline_painter_get_point_grant (OwTimelinePainter  *self,
                                                        guint               index);

/* The layout queries of OwTimelineChart (ow-timeline-chart.h). */
gboolean           ow_timeline_painter_get_plot_area   (OwTimelinePainter  *self,
                                                        double              width,
                                                        double              height,
                                                        graphene_rect_t    *plot);
double             ow_timeline_painter_get_x_for_date  (OwTimelinePainter  *self,
                                                        double              width,
                                                        double              height,
                                                        OwDate              date);
double             ow_timeline_painter_get_y_for_value (OwTimelinePainter  *self,
                                                        double              width,
                                                        double              height,
                                                        double              value);
double             ow_timeline_painter_get_y_max       (OwTimelinePainter  *self,
                                                        double              width,
                                                        double              height);
guint              ow_timeline_painter_get_n_legend_entries (OwTimelinePainter *self,
                                                             double             width,
                                                             double             height);
gboolean           ow_timeline_painter_get_legend_entry (OwTimelinePainter *self,
                                                         double             width,
                                                         double             height,
                                                         guint              index,
                                                         graphene_rect_t   *area);

G_END_DECLS
