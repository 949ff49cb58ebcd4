/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwOutcomesPainter: the outcomes chart (each exit scenario of each offer,
 * by its chance and its payout) without a widget: its data, copied from a
 * session's valuation, its layout and its drawing into any cairo_t.
 * OwOutcomesChart (src/app) draws the screen with one; the negotiation
 * brief draws one with no display. */
#pragma once

#include "ow-chart-paint.h"
#include "ow-session.h"

G_BEGIN_DECLS

typedef struct _OwOutcomesPainter OwOutcomesPainter;

/* Layouts are made in CONTEXT (the widget's, or one from
 * ow_chart_paint_create_context()). */
OwOutcomesPainter *ow_outcomes_painter_new             (PangoContext       *context);
void               ow_outcomes_painter_free            (OwOutcomesPainter  *self);

/* The chart's title: "Equity at an Exit". */
const char        *ow_outcomes_painter_get_title       (void);

/* Copies the figures of SESSION's valuation as they are now (NULL: no
 * offers).  The painter keeps no reference to SESSION. */
void               ow_outcomes_painter_set_session     (OwOutcomesPainter *self,
                                                        OwSession         *session);
/* TRUE when an offer has exit scenarios to chart. */
gboolean           ow_outcomes_painter_has_outcomes    (OwOutcomesPainter  *self);
/* The font of the layout that queries measure with; NULL: Sans 10. */
void               ow_outcomes_painter_set_font        (OwOutcomesPainter          *self,
                                                        const PangoFontDescription *font);
/* The layout may be stale: the context's font options changed. */
void               ow_outcomes_painter_invalidate      (OwOutcomesPainter  *self);

/* Draws the chart in WIDTH × HEIGHT user units of CR from its origin, with
 * a focus ring and a callout on point FOCUS (or none: -1). */
void               ow_outcomes_painter_draw            (OwOutcomesPainter  *self,
                                                        cairo_t            *cr,
                                                        double              width,
                                                        double              height,
                                                        const OwChartStyle *style,
                                                        int                 focus);

guint              ow_outcomes_painter_get_n_points    (OwOutcomesPainter  *self);
void               ow_outcomes_painter_get_point       (OwOutcomesPainter  *self,
                                                        guint               index,
                                                        double              width,
                                                        double              height,
                                                        graphene_point_t   *where,
                                                        char              **words);
int                ow_outcomes_painter_query_point     (OwOutcomesPainter *self,
                                                        double             x,
                                                        double             y,
                                                        double             width,
                                                        double             height);
char              *ow_outcomes_painter_describe        (OwOutcomesPainter  *self);
OwOffer           *ow_outcomes_painter_get_point_offer (OwOutcomesPainter *self,
                                                        int                index);

/* The layout queries of OwOutcomesChart (ow-outcomes-chart.h). */
void               ow_outcomes_painter_get_plot        (OwOutcomesPainter *self,
                                                        double             width,
                                                        double             height,
                                                        graphene_rect_t   *plot,
                                                        double            *min,
                                                        double            *max);
int                ow_outcomes_painter_get_point_index (OwOutcomesPainter *self,
                                                        guint              offer,
                                                        guint              scenario);
GArray            *ow_outcomes_painter_get_text_boxes  (OwOutcomesPainter *self,
                                                        double             width,
                                                        double             height);

G_END_DECLS
