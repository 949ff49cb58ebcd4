/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwOutcomesPainter's state, shared by ow-outcomes-painter.c (the data, the
 * points, the words and the API) and ow-outcomes-painter-draw.c (the layout
 * and the drawing). */
#pragma once

#include "ow-outcomes-painter.h"

G_BEGIN_DECLS

#define PAD 12.0
#define SWATCH 14.0
#define LEGEND_GAP 18.0
#define LEGEND_ROW_GAP 6.0
#define LEGEND_NAME_MAX 200.0
#define SMALL 0.85
#define MARKER_R 5.0
#define TICK_SPACING 44.0
#define HIT_RADIUS 10.0

typedef struct
{
  char     *label;
  gint64    probability;   /* basis points */
  double    x;             /* 0 … 1 */
  double    payout;        /* display currency, for drawing */
  gint64    payout_whole;
  gboolean  payout_ok;
  gboolean  rest;          /* the zero outcome */
} Outcome;

typedef struct
{
  OwOffer  *offer;
  char     *name;
  guint     slot;
  guint     offer_index;   /* in the document */
  gboolean  needs_shares;
  gboolean  overflow;
  guint     n_outcomes;    /* the scenarios, and the zero outcome last */
  Outcome  *outcomes;
  double    expected;
  gint64    expected_whole;
  gboolean  expected_ok;
} Series;

typedef struct
{
  guint series;
  guint outcome;
} Point;

typedef struct
{
  char            *text;
  OwChartTextKind  kind;
  graphene_rect_t  box;
  double           max_width;
} Label;

typedef struct
{
  graphene_rect_t swatch;
  graphene_rect_t box;
  char           *text;
  double          max_width;
  int             series;   /* or -1: the expected line; -2: the zero outcome;
                             * -3: "and 3 more offers" */
} LegendItem;

typedef struct
{
  gboolean         valid;
  double           width, height;
  guint            font_hash;
  graphene_rect_t  plot;
  double           min, max, step;
  GArray          *legend;   /* LegendItem */
  GArray          *labels;   /* Label */
} Layout;

struct _OwOutcomesPainter
{
  PangoContext         *context;     /* every layout is made in it */
  PangoFontDescription *query_font;  /* the font of layouts for queries */

  char      *currency;
  guint      n_series;
  Series    *series;
  GArray    *points;       /* Point */
  gboolean   any_rest;
  gboolean   any_plotted;

  Layout     layout;
};

/* ow-outcomes-painter-draw.c */
void          _ow_outcomes_painter_legend_item_clear (gpointer            data);
void          _ow_outcomes_painter_label_clear       (gpointer            data);
void          _ow_outcomes_painter_point_position    (OwOutcomesPainter *self,
                                                      const Layout      *layout,
                                                      const Point       *point,
                                                      graphene_point_t  *where);
const Layout *_ow_outcomes_painter_ensure_layout     (OwOutcomesPainter  *self,
                                                      const OwChartStyle *style,
                                                      double              width,
                                                      double              height);
const Layout *_ow_outcomes_painter_query_layout      (OwOutcomesPainter *self,
                                                      double             width,
                                                      double             height);

/* ow-outcomes-painter.c */
char         *_ow_outcomes_painter_format_whole      (gint64      whole,
                                                      const char *currency);
char         *_ow_outcomes_painter_outcome_words     (OwOutcomesPainter *self,
                                                      const Series      *series,
                                                      const Outcome     *outcome);

G_END_DECLS
