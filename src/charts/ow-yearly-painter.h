/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwYearlyPainter: the yearly chart (what each offer pays in each offer
 * year, as stacked bars) without a widget: its data, copied from a
 * session's valuation, its layout and its drawing into any cairo_t.
 * OwYearlyChart (src/app) draws the screen with one; the negotiation brief
 * draws one with no display. */
#pragma once

#include "ow-chart-paint.h"
#include "ow-session.h"

G_BEGIN_DECLS

typedef struct _OwYearlyPainter OwYearlyPainter;

/* Layouts are made in CONTEXT (the widget's, or one from
 * ow_chart_paint_create_context()). */
OwYearlyPainter *ow_yearly_painter_new            (PangoContext       *context);
void             ow_yearly_painter_free           (OwYearlyPainter    *self);

/* The chart's title: "Pay Year by Year". */
const char      *ow_yearly_painter_get_title      (void);

/* Copies the figures of SESSION's valuation as they are now (NULL: no
 * offers).  The painter keeps no reference to SESSION. */
void             ow_yearly_painter_set_session    (OwYearlyPainter *self,
                                                   OwSession       *session);
/* The font of the layout that queries measure with (a chart that is not
 * drawn yet still answers them); NULL: Sans 10. */
void             ow_yearly_painter_set_font       (OwYearlyPainter            *self,
                                                   const PangoFontDescription *font);
/* The layout may be stale: the context's font options changed. */
void             ow_yearly_painter_invalidate     (OwYearlyPainter    *self);

/* Draws the chart in WIDTH × HEIGHT user units of CR from its origin, with
 * a focus ring and a callout on point FOCUS (or none: -1). */
void             ow_yearly_painter_draw           (OwYearlyPainter    *self,
                                                   cairo_t            *cr,
                                                   double              width,
                                                   double              height,
                                                   const OwChartStyle *style,
                                                   int                 focus);

guint            ow_yearly_painter_get_n_series   (OwYearlyPainter    *self);
/* The points (bars), year by year, the offers in order in each year. */
guint            ow_yearly_painter_get_n_points   (OwYearlyPainter    *self);
void             ow_yearly_painter_get_point      (OwYearlyPainter   *self,
                                                   guint              index,
                                                   double             width,
                                                   double             height,
                                                   graphene_point_t  *where,
                                                   char             **words);
int              ow_yearly_painter_query_point    (OwYearlyPainter *self,
                                                   double           x,
                                                   double           y,
                                                   double           width,
                                                   double           height);
char            *ow_yearly_painter_describe       (OwYearlyPainter    *self);
OwOffer         *ow_yearly_painter_get_point_offer (OwYearlyPainter *self,
                                                    int              index);

/* The layout queries of OwYearlyChart (ow-yearly-chart.h). */
void             ow_yearly_painter_get_axis       (OwYearlyPainter *self,
                                                   double           width,
                                                   double           height,
                                                   double          *min,
                                                   double          *max,
                                                   double          *step);
double           ow_yearly_painter_get_value_y    (OwYearlyPainter *self,
                                                   double           width,
                                                   double           height,
                                                   double           value);
gboolean         ow_yearly_painter_get_bar        (OwYearlyPainter *self,
                                                   double           width,
                                                   double           height,
                                                   guint            offer,
                                                   guint            year,
                                                   graphene_rect_t *rect);
int              ow_yearly_painter_get_bar_index  (OwYearlyPainter *self,
                                                   guint            offer,
                                                   guint            year);
GArray          *ow_yearly_painter_get_text_boxes (OwYearlyPainter *self,
                                                   double           width,
                                                   double           height);

G_END_DECLS
