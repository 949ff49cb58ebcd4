/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwChart: the base of every chart.  A subclass draws with cairo into any
 * surface through one vfunc, draw(); OwChart uses it for the screen (in
 * snapshot, at the widget's size: crisp at any scale factor since the
 * snapshot's cairo node is rasterized at the device scale), for export (PNG,
 * SVG, PDF) and for the report.  It also gives every chart:
 *
 *  - colours from the style manager (light, dark, high contrast), passed to
 *    draw() in an OwChartStyle, and a redraw when they change;
 *  - a tooltip on hover, from query_point() (hit-testing);
 *  - keyboard focus: Left/Right (and Up/Down, Home, End) move between the
 *    chart's points, a focus ring marks the current one, and the point's
 *    words become the accessible description's last sentence, so a screen
 *    reader reads it;
 *  - the accessible role GTK_ACCESSIBLE_ROLE_IMG, the chart's title as its
 *    label, and describe() as its description, updated on every change;
 *  - activate (Enter, Space, or a click on a point) as the "point-activated"
 *    signal.
 *
 * A subclass keeps what is expensive (series, scales) cached, and calls
 * ow_chart_data_changed() when its data changes; hovering and moving focus
 * never recompute data, they only redraw. */
#pragma once

#include <gtk/gtk.h>

#include "ow-chart-paint.h"
#include "ow-palette.h"

G_BEGIN_DECLS

#define OW_TYPE_CHART (ow_chart_get_type ())
G_DECLARE_DERIVABLE_TYPE (OwChart, ow_chart, OW, CHART, GtkWidget)

/* OwChartStyle (the colours and font a chart is drawn in), the markers, the
 * text boxes of layout queries, ow_chart_nice_step() and
 * ow_chart_marker_path() are display-free: see ow-chart-paint.h. */

typedef enum {
  OW_CHART_FORMAT_PNG,
  OW_CHART_FORMAT_SVG,
  OW_CHART_FORMAT_PDF,
} OwChartFormat;

struct _OwChartClass
{
  GtkWidgetClass parent_class;

  /* Draws the whole chart in WIDTH × HEIGHT user units of CR (the origin
   * is its top-left corner), for the screen or an export.  FOCUS is the
   * point to mark with a focus ring, or -1. */
  void   (*draw)        (OwChart            *self,
                         cairo_t            *cr,
                         double              width,
                         double              height,
                         const OwChartStyle *style,
                         int                 focus);

  /* Points the keyboard moves between, in reading order. */
  guint  (*get_n_points) (OwChart           *self);
  /* Where point INDEX lies (after the last draw at WIDTH × HEIGHT), and
   * the words for it ("Lumen Foundry, March 2027: $48,000 vested in all,
   * $12,000 on this date"). */
  void   (*get_point)   (OwChart            *self,
                         guint               index,
                         double              width,
                         double              height,
                         graphene_point_t   *where,
                         char              **words);
  /* The point under X, Y (widget coordinates at WIDTH × HEIGHT), or -1. */
  int    (*query_point) (OwChart            *self,
                         double              x,
                         double              y,
                         double              width,
                         double              height);
  /* The chart in words, for its accessible description: what it shows and
   * who gets the most by when.  Newly allocated. */
  char  *(*describe)    (OwChart            *self);
};

/* The chart's title: its accessible label, and the export's title. */
void          ow_chart_set_title        (OwChart        *self,
                                         const char     *title);
const char   *ow_chart_get_title        (OwChart        *self);

/* A subclass's data changed: describe again and redraw. */
void          ow_chart_data_changed     (OwChart        *self);

int           ow_chart_get_focus_point  (OwChart        *self);
void          ow_chart_set_focus_point  (OwChart        *self,
                                         int             index);
/* The accessible description as it stands (tests, reports). */
const char   *ow_chart_get_description  (OwChart        *self);

/* The style the chart draws with now. */
void          ow_chart_get_style        (OwChart        *self,
                                         OwChartStyle   *style);
/* The fixed light style of exports (white background, dark text), the same
 * on every desktop: for exports, reports and tests. */
void          ow_chart_get_light_style  (OwChart        *self,
                                         OwChartStyle   *style);
/* Draws the chart into CR at WIDTH × HEIGHT with STYLE, without a focus
 * ring: for reports and tests. */
void          ow_chart_draw             (OwChart            *self,
                                         cairo_t            *cr,
                                         double              width,
                                         double              height,
                                         const OwChartStyle *style);
/* Writes the chart to FILE as FORMAT, WIDTH × HEIGHT points (PNG: at
 * SCALE pixels a point), in the light style.  The export draws the chart's
 * title in a band at the top of the page and the chart under it (subclasses
 * never draw the title). */
gboolean      ow_chart_export           (OwChart        *self,
                                         GFile          *file,
                                         OwChartFormat   format,
                                         double          width,
                                         double          height,
                                         int             scale,
                                         GError        **error);

/* Helpers for subclasses. */

/* A layout of TEXT in STYLE's font at SCALE times its size (0.85 for axis
 * labels), bold or not, for measuring and then drawing with
 * pango_cairo_show_layout().  Layouts are made from the widget's Pango
 * context, so that the sizes a subclass measures for hit-testing are the
 * sizes it draws. */
PangoLayout  *ow_chart_create_layout    (OwChart            *self,
                                         const OwChartStyle *style,
                                         const char         *text,
                                         double              scale,
                                         gboolean            bold);
/* The words of the focused point in a box like a tooltip, over (or under)
 * X, Y and inside WIDTH × HEIGHT: what a keyboard user reads where a
 * mouse user would hover.  Drawn by subclasses with their focus ring. */
void          ow_chart_draw_callout     (OwChart            *self,
                                         cairo_t            *cr,
                                         const OwChartStyle *style,
                                         const char         *text,
                                         double              x,
                                         double              y,
                                         double              width,
                                         double              height);
/* A colour FRACTION of the way from BACKGROUND to COLOUR: tints that read
 * lighter on a light background and darker on a dark one. */
void          ow_chart_mix              (const GdkRGBA  *colour,
                                         const GdkRGBA  *background,
                                         double          fraction,
                                         GdkRGBA        *result);

G_END_DECLS
