/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The brief's charts (see ow-chart-report.h). */
#define G_LOG_DOMAIN "ow-chart-report"

#include "config.h"

#include "ow-chart-report.h"

#include "ow-chart-paint.h"
#include "ow-outcomes-painter.h"
#include "ow-timeline-painter.h"
#include "ow-yearly-painter.h"

/* Charts are laid out as on a screen of this many dots an inch and scaled
 * to points on the page, so their text comes out at the size it has on
 * screen, not a third larger. */
#define CHART_RESOLUTION 96.0
/* The report's family (ow-report.c), at the size of a desktop's interface
 * font. */
#define CHART_FONT "Sans 11"

typedef enum {
  CHART_YEARLY,
  CHART_OUTCOMES,
  CHART_TIMELINE,
} ChartKind;

typedef struct
{
  ChartKind             kind;
  gpointer              painter;
  PangoFontDescription *font;
} ReportChart;

static void
report_chart_free (gpointer data)
{
  ReportChart *chart = data;

  switch (chart->kind)
    {
    case CHART_YEARLY:
      ow_yearly_painter_free (chart->painter);
      break;
    case CHART_OUTCOMES:
      ow_outcomes_painter_free (chart->painter);
      break;
    case CHART_TIMELINE:
    default:
      ow_timeline_painter_free (chart->painter);
      break;
    }
  pango_font_description_free (chart->font);
  g_free (chart);
}

static void
draw_chart_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  data)
{
  ReportChart *chart = data;
  double scale = 72.0 / CHART_RESOLUTION;
  OwChartStyle style;

  ow_chart_paint_light_style (&style, chart->font);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  width /= scale;
  height /= scale;
  switch (chart->kind)
    {
    case CHART_YEARLY:
      ow_yearly_painter_draw (chart->painter, cr, width, height, &style, -1);
      break;
    case CHART_OUTCOMES:
      ow_outcomes_painter_draw (chart->painter, cr, width, height, &style, -1);
      break;
    case CHART_TIMELINE:
    default:
      ow_timeline_painter_draw (chart->painter, cr, width, height, &style, -1);
      break;
    }
  cairo_restore (cr);
}

static void
add_chart (OwReportCharts *charts,
           const char     *title,
           ChartKind       kind,
           gpointer        painter)
{
  ReportChart *chart = g_new0 (ReportChart, 1);

  chart->kind = kind;
  chart->painter = painter;
  chart->font = pango_font_description_from_string (CHART_FONT);
  ow_report_charts_add (charts, title, draw_chart_cb, chart, report_chart_free);
}

OwReportCharts *
ow_chart_report_charts_new (OwSession *session)
{
  PangoContext *context;
  g_autoptr(PangoFontDescription) font = NULL;
  OwReportCharts *charts;
  OwYearlyPainter *yearly;
  OwOutcomesPainter *outcomes;
  OwTimelinePainter *timeline;

  g_return_val_if_fail (OW_IS_SESSION (session), NULL);

  charts = ow_report_charts_new ();
  /* One context for the three: no display, no hinting, so a label
   * measures the same in a PDF, a print preview and on paper. */
  context = ow_chart_paint_create_context (CHART_RESOLUTION);
  font = pango_font_description_from_string (CHART_FONT);
  pango_context_set_font_description (context, font);

  yearly = ow_yearly_painter_new (context);
  ow_yearly_painter_set_font (yearly, font);
  ow_yearly_painter_set_session (yearly, session);
  add_chart (charts, ow_yearly_painter_get_title (), CHART_YEARLY, yearly);

  outcomes = ow_outcomes_painter_new (context);
  ow_outcomes_painter_set_font (outcomes, font);
  ow_outcomes_painter_set_session (outcomes, session);
  if (ow_outcomes_painter_has_outcomes (outcomes))
    add_chart (charts, ow_outcomes_painter_get_title (), CHART_OUTCOMES, outcomes);
  else
    ow_outcomes_painter_free (outcomes);

  timeline = ow_timeline_painter_new (context);
  ow_timeline_painter_set_session (timeline, session);
  if (ow_timeline_painter_has_data (timeline))
    add_chart (charts, ow_timeline_painter_get_title (timeline), CHART_TIMELINE, timeline);
  else
    ow_timeline_painter_free (timeline);

  /* The painters hold it for as long as they draw. */
  g_object_unref (context);
  return charts;
}
