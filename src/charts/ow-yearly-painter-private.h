/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwYearlyPainter's state, shared by ow-yearly-painter.c (the data, the points,
 * the words and the API) and ow-yearly-painter-draw.c (the layout and the
 * drawing). */
#pragma once

#include "ow-yearly-painter.h"

G_BEGIN_DECLS

#define PAD 12.0              /* around everything */
#define SWATCH 14.0           /* a legend swatch */
#define LEGEND_GAP 18.0       /* between legend items on a line */
#define LEGEND_ROW_GAP 6.0
#define LEGEND_NAME_MAX 200.0 /* longer offer names are shortened */
#define LEGEND_NAME_MIN 90.0  /* … and down to this when there are many */
#define SMALL 0.85            /* axis and value labels, of the font's size */
#define MARKER_R 4.5
#define TICK_SPACING 44.0     /* at least this far between gridlines */
#define MAX_BAR 56.0
#define BAR_SHARE 0.78        /* of its slot: the rest is the gap */

enum {
  PART_BASE,
  PART_BONUS,
  PART_SIGN_ON,
  PART_EQUITY,
  PART_BENEFITS,
  N_PARTS
};

typedef struct
{
  OwOffer  *offer;
  char     *name;
  guint     slot;
  gboolean  overflow;
  double    amount[OW_MAX_HORIZON_YEARS][N_PARTS];
  double    top[OW_MAX_HORIZON_YEARS];      /* the positive parts' sum */
  double    bottom[OW_MAX_HORIZON_YEARS];   /* the negative parts' sum */
  /* Whole currency units, rounded from the exact figures; the last is the
   * year's total. */
  gint64    whole[OW_MAX_HORIZON_YEARS][N_PARTS + 1];
  gboolean  whole_ok[OW_MAX_HORIZON_YEARS];
  gint64    horizon_whole;
  gboolean  horizon_ok;
} Series;

typedef enum {
  LEGEND_PART,                  /* a part's texture */
  LEGEND_OFFER,                 /* an offer's marker */
  LEGEND_MORE,                  /* "and 4 more offers" */
} LegendKind;

typedef struct
{
  char            *text;
  double           x, y;        /* where the text starts */
  double           max_width;   /* shortened to this, or -1 */
  graphene_rect_t  swatch;
  graphene_rect_t  box;         /* swatch and text */
  LegendKind       kind;
  guint            index;       /* the series, the part, or how many more */
} LegendItem;

typedef struct
{
  char            *text;
  OwChartTextKind  kind;
  graphene_rect_t  box;
} Label;

typedef struct
{
  gboolean         valid;
  double           width, height;
  guint            font_hash;
  graphene_rect_t  plot;
  double           min, max, step;
  double           group_w, slot_w, bar_w;
  double           value_h;      /* room for a figure over a bar */
  double           hit_bottom;   /* the bottom of the markers and years */
  gboolean         markers;
  GArray          *legend;       /* LegendItem */
  GArray          *labels;       /* Label */
} Layout;

struct _OwYearlyPainter
{
  PangoContext         *context;     /* every layout is made in it */
  PangoFontDescription *query_font;  /* the font of layouts for queries */

  char      *currency;
  guint      n_years;
  guint      n_series;
  Series    *series;
  gboolean   parts_present[N_PARTS];

  Layout     layout;
};

/* ow-yearly-painter-draw.c */
void          _ow_yearly_painter_legend_item_clear (gpointer            data);
void          _ow_yearly_painter_label_clear       (gpointer            data);
double        _ow_yearly_painter_value_y           (const Layout *layout,
                                                    double        value);
const Layout *_ow_yearly_painter_ensure_layout     (OwYearlyPainter    *self,
                                                    const OwChartStyle *style,
                                                    double              width,
                                                    double              height);
const Layout *_ow_yearly_painter_query_layout      (OwYearlyPainter *self,
                                                    double           width,
                                                    double           height);
gboolean      _ow_yearly_painter_layout_bar        (OwYearlyPainter *self,
                                                    const Layout    *layout,
                                                    guint            i,
                                                    guint            k,
                                                    graphene_rect_t *rect);

/* ow-yearly-painter.c */
char         *_ow_yearly_painter_bar_words         (OwYearlyPainter *self,
                                                    guint            i,
                                                    guint            k);

G_END_DECLS
