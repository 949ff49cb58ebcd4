/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the three files of OwTimelinePainter share: ow-timeline-painter.c
 * (the data, hit-testing and the API), ow-timeline-painter-words.c (dates
 * and figures in words, the description, the tooltip) and
 * ow-timeline-painter-draw.c (texts, layout and drawing). */
#pragma once

#include "ow-timeline-painter.h"

G_BEGIN_DECLS

#define PAD            12.0   /* around the whole chart */
#define LINE_WIDTH      2.0   /* a series */
#define MARKER_RADIUS   3.5
#define HIT_RADIUS      8.0   /* how near the pointer must be to a point */
#define CLIFF_RADIUS    7.5
#define SWATCH_WIDTH   30.0   /* a legend entry's line sample */
#define SWATCH_GAP      6.0
#define ENTRY_SPACING  18.0   /* between legend entries on a row */
#define ROW_SPACING     4.0   /* between legend rows */
#define NAME_LIMIT    220.0   /* a legend name is shortened past this */
#define TICK            4.0
#define LANE_HEIGHT     3.0   /* a clawback window's strip in the offer's colour */
#define MAX_BAND_ROWS   2     /* rows of labels above the plot */
#define LEAD_IN_MONTHS 12.0   /* how far before the first start the axis may
                               * reach to show today or a deadline */

/* Colours a label can take. */
typedef enum {
  INK_FOREGROUND,
  INK_DIM,
  INK_ACCENT,
  INK_DIM_ON_PLOT,   /* dim, on a patch of the background over the lines */
} Ink;

typedef struct
{
  PangoLayout *layout;     /* borrowed from the text cache */
  double       x, y;       /* top-left */
  Ink          ink;
} Label;

typedef struct
{
  char    *name;           /* as the legend and the words say it */
  guint    slot;
  double   start;          /* month coordinate where the line begins */
  guint    n;              /* points */
  double  *m;              /* month coordinates of the points */
  double  *v;              /* cumulative figures in the measure shown */
  guint8  *vests;          /* whether a tranche vests at the point */
  double   last;           /* the final cumulative figure */
  /* In pixels, for the current layout. */
  double  *x, *y;
  guint    marker_step;    /* a marker on every n-th tranche point */
} Series;

typedef struct
{
  OwDate date;
  guint  series;
  guint  point;
} Key;

typedef enum {
  LINE_TODAY,
  LINE_DEADLINE,
} LineKind;

typedef struct
{
  LineKind kind;
  OwDate   date;
  double   m;
  guint    series;          /* LINE_DEADLINE */
  /* In the current layout. */
  double   x, top;
} VLine;

typedef struct
{
  double x, y;
  guint  series;
} Spot;

typedef struct
{
  double x0, x1;
  guint  lane;
  guint  series;
} Band;

typedef struct
{
  graphene_rect_t area;     /* the whole entry: swatch and name */
  guint           series;
} LegendEntry;

typedef struct
{
  gboolean         valid;
  double           width, height;
  graphene_rect_t  plot;
  double           sx, sy;      /* px per month, px per unit of the measure */
  double           y_max, y_step;
  guint            n_ticks;     /* gridlines above 0 */
  double           month_tick;  /* months between ticks on the x axis, 0 for none */
  guint            year_step;   /* years between year labels */
  GArray          *labels;      /* Label */
  GArray          *legend;      /* LegendEntry */
  GArray          *years;       /* double: x of each year gridline */
  GArray          *cliffs;      /* Spot */
  GArray          *refreshers;  /* Spot: y is the stacking level */
  GArray          *bands;       /* Band */
} Layout;

struct _OwTimelinePainter
{
  PangoContext    *reference;   /* its resolution and font options */
  OwSession       *session;
  OwTimelineScope  scope;       /* as asked for; see get_scope() */
  gboolean         units;
  OwDate           today;       /* OW_DATE_NONE: the real today */

  /* The data. */
  OwTimeline      *timeline;
  char            *currency;
  Series          *series;
  guint            n_series;
  GArray          *keys;        /* Key, in date order */
  GArray          *lines;       /* VLine */
  double           m_lo, m_hi;  /* the x axis, in month coordinates */
  double           v_max;
  gboolean         has_data;
  guint            n_builds;

  /* Text. */
  PangoContext         *pango;
  PangoFontDescription *font;
  PangoFontDescription *small_font;
  double                resolution;
  GHashTable           *texts;  /* key → PangoLayout */

  Layout           layout;
};

/* Month coordinates: months since year 0, a day at its share of its
 * month. */
static inline double
month_coord (OwDate date)
{
  int y, m, d;

  ow_date_get_ymd (date, &y, &m, &d);
  return (double) (y * 12 + (m - 1)) + (double) (d - 1) / ow_date_days_in_month (y, m);
}

static inline double
x_for (const OwTimelinePainter *self,
       double                   m)
{
  return self->layout.plot.origin.x + (m - self->m_lo) * self->layout.sx;
}

static inline double
y_for (const OwTimelinePainter *self,
       double                   v)
{
  return self->layout.plot.origin.y + self->layout.plot.size.height - v * self->layout.sy;
}

static inline const OwTimelinePoint *
key_point (OwTimelinePainter *self,
           const Key         *key)
{
  return &g_array_index (self->timeline->series[key->series].points, OwTimelinePoint, key->point);
}

/* ow-timeline-painter-words.c */
char     *_ow_timeline_painter_format_compact (double           value);
void      _ow_timeline_painter_append_join    (GString   *out,
                                               GPtrArray *parts);
char     *_ow_timeline_painter_offer_name     (OwDocument *document,
                                               OwOffer    *offer);
char     *_ow_timeline_painter_point_words    (OwTimelinePainter *self,
                                               guint              index);

/* ow-timeline-painter-draw.c */
gboolean  _ow_timeline_painter_ensure_fonts   (OwTimelinePainter          *self,
                                               const PangoFontDescription *font);
void      _ow_timeline_painter_layout         (OwTimelinePainter *self,
                                               double             width,
                                               double             height);
double    _ow_timeline_painter_layout_legend  (OwTimelinePainter *self,
                                               double             width,
                                               double             top,
                                               GArray            *entries,
                                               GArray            *labels);

G_END_DECLS
