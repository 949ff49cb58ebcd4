/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every chart painter shares, without GTK or a display: the style a
 * chart is drawn in (colours as plain numbers, a Pango font), the offers'
 * colours, dashes and markers, and the small drawing helpers.
 *
 * A painter (ow-yearly-painter.h, ow-outcomes-painter.h,
 * ow-timeline-painter.h) holds a chart's data and layout and draws it into
 * any cairo_t with a PangoContext it is given.  The widgets (OwChart and its
 * subclasses in src/app) own a painter each and draw the screen with it; the
 * negotiation brief draws the same painters with no display at all
 * (ow-chart-report.h), so the charts on screen, in an export, on paper and
 * in `offer-workbench --export-pdf` are one drawing. */
#pragma once

#include <cairo.h>
#include <graphene.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* A colour with channels and alpha from 0 to 1 (the same fields as
 * GdkRGBA, as doubles). */
typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} OwChartRgba;

typedef struct
{
  OwChartRgba foreground;        /* text, axes */
  OwChartRgba dim_foreground;    /* secondary text: axis labels */
  OwChartRgba grid;              /* gridlines */
  OwChartRgba background;        /* the chart's background (view_bg_color) */
  OwChartRgba accent;            /* focus ring, "today" */
  OwChartRgba warning;           /* clawback windows */
  gboolean    dark;
  gboolean    high_contrast;
  /* Offer colours come from ow_chart_paint_offer_colour (slot, style). */
  const PangoFontDescription *font;  /* the text's font; NULL: Sans 10 */
} OwChartStyle;

typedef enum {
  OW_MARKER_CIRCLE,
  OW_MARKER_SQUARE,
  OW_MARKER_TRIANGLE,
  OW_MARKER_DIAMOND,
  OW_MARKER_CROSS,
  OW_N_MARKERS
} OwMarker;

/* What a chart's layout query (for tests) reports for each piece of text. */
typedef enum {
  OW_CHART_TEXT_LEGEND,     /* a legend item: its swatch or marker and name */
  OW_CHART_TEXT_TICK,       /* a label of an axis's gridline */
  OW_CHART_TEXT_CATEGORY,   /* a year under its bars */
  OW_CHART_TEXT_VALUE,      /* a figure over a bar, or a point's name */
  OW_CHART_TEXT_CAPTION,    /* an axis title, a line's label or a note */
} OwChartTextKind;

typedef struct
{
  OwChartTextKind kind;
  graphene_rect_t rect;
} OwChartTextBox;

/* The fixed light style of exports and the brief (white background, dark
 * text), the same on every desktop.  FONT may be NULL (Sans 10). */
void          ow_chart_paint_light_style  (OwChartStyle               *style,
                                           const PangoFontDescription *font);

/* The colour of the offer in SLOT in STYLE (light, dark, high contrast). */
void          ow_chart_paint_offer_colour (guint               slot,
                                           const OwChartStyle *style,
                                           OwChartRgba        *colour);
/* Slots that share a colour never share a dash pattern as well. */
const double *ow_chart_paint_get_dash     (guint  slot,
                                           guint *n_dashes);
OwMarker      ow_chart_paint_get_marker   (guint               slot);

void          ow_chart_paint_set_source   (cairo_t           *cr,
                                           const OwChartRgba *colour);
/* A colour FRACTION of the way from BACKGROUND to COLOUR: tints that read
 * lighter on a light background and darker on a dark one. */
void          ow_chart_paint_mix          (const OwChartRgba *colour,
                                           const OwChartRgba *background,
                                           double             fraction,
                                           OwChartRgba       *result);

/* The gridline step for SPAN: the smallest of 1, 2 or 5 × 10^n that cuts
 * SPAN into at most MAX_STEPS steps (at least one). */
double        ow_chart_nice_step          (double span,
                                           guint  max_steps);
/* Adds MARKER's outline, RADIUS around X, Y, to CR's path (the same shapes
 * as OwOfferChip), for the caller to fill or stroke. */
void          ow_chart_marker_path        (cairo_t  *cr,
                                           OwMarker  marker,
                                           double    x,
                                           double    y,
                                           double    radius);

/* A layout of TEXT in CONTEXT, in STYLE's font at SCALE times its size
 * (0.85 for axis labels), bold or not, for measuring and then drawing with
 * pango_cairo_show_layout(). */
PangoLayout  *ow_chart_paint_create_layout (PangoContext       *context,
                                            const OwChartStyle *style,
                                            const char         *text,
                                            double              scale,
                                            gboolean            bold);
/* TEXT with its top-left corner at X, Y in COLOUR, in STYLE's font at SCALE
 * times its size; ellipsized as ELLIPSIZE to MAX_WIDTH when that is > 0. */
void          ow_chart_paint_show_text    (PangoContext       *context,
                                           cairo_t            *cr,
                                           const OwChartStyle *style,
                                           const char         *text,
                                           double              x,
                                           double              y,
                                           double              scale,
                                           double              max_width,
                                           PangoEllipsizeMode  ellipsize,
                                           const OwChartRgba  *colour);
/* The words of the focused point in a box like a tooltip, over (or under)
 * X, Y and inside WIDTH × HEIGHT. */
void          ow_chart_paint_draw_callout (PangoContext       *context,
                                           cairo_t            *cr,
                                           const OwChartStyle *style,
                                           const char         *text,
                                           double              x,
                                           double              y,
                                           double              width,
                                           double              height);

/* A Pango context for drawing charts with no display: cairo's font map,
 * RESOLUTION dots an inch (96, like a screen, when 0 or less), no hinting
 * (a label measures the same on paper as in a preview).  Free with
 * g_object_unref(). */
PangoContext *ow_chart_paint_create_context (double            resolution);

G_END_DECLS
