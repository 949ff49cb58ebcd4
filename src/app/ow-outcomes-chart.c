/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The outcomes chart widget: an OwOutcomesPainter (src/charts, where the chart
 * itself is described and drawn) on screen.  The widget follows its
 * session's valuation and hands the painter the figures, its Pango context
 * and its font; every draw, hit test, point's words and layout query is the
 * painter's, so the screen, an export and the negotiation brief draw the
 * same chart. */
#define G_LOG_DOMAIN "ow-outcomes-chart"

#include "config.h"

#include "ow-outcomes-chart.h"

#include "ow-outcomes-painter.h"

struct _OwOutcomesChart
{
  OwChart          parent_instance;

  OwSession       *session;
  OwOutcomesPainter *painter;
};

G_DEFINE_FINAL_TYPE (OwOutcomesChart, ow_outcomes_chart, OW_TYPE_CHART)

/* The painter, measuring in the widget's font as it is now: queries work
 * before the first draw, at any size. */
static OwOutcomesPainter *
painter (OwOutcomesChart *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  ow_outcomes_painter_set_font (self->painter, pango_context_get_font_description (context));
  return self->painter;
}

static void
reload (OwOutcomesChart *self)
{
  ow_outcomes_painter_set_session (self->painter, self->session);
  ow_chart_data_changed (OW_CHART (self));
}

static void
valuation_changed_cb (OwOutcomesChart *self)
{
  reload (self);
}

/* OwChart ------------------------------------------------------------------- */

static void
ow_outcomes_chart_draw (OwChart            *chart,
                        cairo_t            *cr,
                        double              width,
                        double              height,
                        const OwChartStyle *style,
                        int                 focus)
{
  ow_outcomes_painter_draw (OW_OUTCOMES_CHART (chart)->painter, cr, width, height, style, focus);
}

static guint
ow_outcomes_chart_get_n_points (OwChart *chart)
{
  return ow_outcomes_painter_get_n_points (OW_OUTCOMES_CHART (chart)->painter);
}

static void
ow_outcomes_chart_get_point (OwChart           *chart,
                             guint              index,
                             double             width,
                             double             height,
                             graphene_point_t  *where,
                             char             **words)
{
  ow_outcomes_painter_get_point (painter (OW_OUTCOMES_CHART (chart)), index, width, height, where, words);
}

static int
ow_outcomes_chart_query_point (OwChart *chart,
                               double   x,
                               double   y,
                               double   width,
                               double   height)
{
  return ow_outcomes_painter_query_point (painter (OW_OUTCOMES_CHART (chart)), x, y, width, height);
}

static char *
ow_outcomes_chart_describe (OwChart *chart)
{
  return ow_outcomes_painter_describe (OW_OUTCOMES_CHART (chart)->painter);
}

/* Public -------------------------------------------------------------------- */

GtkWidget *
ow_outcomes_chart_new (void)
{
  return g_object_new (OW_TYPE_OUTCOMES_CHART, NULL);
}

/**
 * ow_outcomes_chart_set_session:
 * @session: (nullable): the session whose offers to chart
 */
void
ow_outcomes_chart_set_session (OwOutcomesChart *self,
                               OwSession       *session)
{
  g_return_if_fail (OW_IS_OUTCOMES_CHART (self));
  g_return_if_fail (session == NULL || OW_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "valuation-changed", G_CALLBACK (valuation_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);
}

gboolean
ow_outcomes_chart_has_outcomes (OwOutcomesChart *self)
{
  g_return_val_if_fail (OW_IS_OUTCOMES_CHART (self), FALSE);

  return ow_outcomes_painter_has_outcomes (self->painter);
}

void
ow_outcomes_chart_get_plot (OwOutcomesChart *self,
                            double           width,
                            double           height,
                            graphene_rect_t *plot,
                            double          *min,
                            double          *max)
{
  g_return_if_fail (OW_IS_OUTCOMES_CHART (self));

  ow_outcomes_painter_get_plot (painter (self), width, height, plot, min, max);
}

int
ow_outcomes_chart_get_point_index (OwOutcomesChart *self,
                                   guint            offer,
                                   guint            scenario)
{
  g_return_val_if_fail (OW_IS_OUTCOMES_CHART (self), -1);

  return ow_outcomes_painter_get_point_index (self->painter, offer, scenario);
}

/**
 * ow_outcomes_chart_get_point_offer:
 *
 * Returns: (transfer none) (nullable): the offer of the bar
 */
OwOffer *
ow_outcomes_chart_get_point_offer (OwOutcomesChart *self,
                                   int              index)
{
  g_return_val_if_fail (OW_IS_OUTCOMES_CHART (self), NULL);

  return ow_outcomes_painter_get_point_offer (self->painter, index);
}

/**
 * ow_outcomes_chart_get_text_boxes:
 *
 * Returns: (transfer full) (element-type OwChartTextBox): every label and
 *   legend item at that size
 */
GArray *
ow_outcomes_chart_get_text_boxes (OwOutcomesChart *self,
                                  double           width,
                                  double           height)
{
  g_return_val_if_fail (OW_IS_OUTCOMES_CHART (self), NULL);

  return ow_outcomes_painter_get_text_boxes (painter (self), width, height);
}

/* GObject ------------------------------------------------------------------- */

static void
ow_outcomes_chart_dispose (GObject *object)
{
  OwOutcomesChart *self = OW_OUTCOMES_CHART (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ow_outcomes_chart_parent_class)->dispose (object);
}

static void
ow_outcomes_chart_finalize (GObject *object)
{
  OwOutcomesChart *self = OW_OUTCOMES_CHART (object);

  g_clear_pointer (&self->painter, ow_outcomes_painter_free);

  G_OBJECT_CLASS (ow_outcomes_chart_parent_class)->finalize (object);
}

static void
ow_outcomes_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  /* The font may have changed: measure again. */
  ow_outcomes_painter_invalidate (OW_OUTCOMES_CHART (widget)->painter);
  GTK_WIDGET_CLASS (ow_outcomes_chart_parent_class)->css_changed (widget, change);
}

static void
ow_outcomes_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 720;
    }
  else
    {
      *minimum = 320;
      *natural = 360;
    }
}

static void
ow_outcomes_chart_class_init (OwOutcomesChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OwChartClass *chart_class = OW_CHART_CLASS (klass);

  object_class->dispose = ow_outcomes_chart_dispose;
  object_class->finalize = ow_outcomes_chart_finalize;

  widget_class->css_changed = ow_outcomes_chart_css_changed;
  widget_class->measure = ow_outcomes_chart_measure;

  chart_class->draw = ow_outcomes_chart_draw;
  chart_class->get_n_points = ow_outcomes_chart_get_n_points;
  chart_class->get_point = ow_outcomes_chart_get_point;
  chart_class->query_point = ow_outcomes_chart_query_point;
  chart_class->describe = ow_outcomes_chart_describe;
}

static void
ow_outcomes_chart_init (OwOutcomesChart *self)
{
  /* Layouts in the widget's own context: its resolution and font options
   * are the screen's. */
  self->painter = ow_outcomes_painter_new (gtk_widget_get_pango_context (GTK_WIDGET (self)));

  ow_chart_set_title (OW_CHART (self), ow_outcomes_painter_get_title ());
  ow_chart_data_changed (OW_CHART (self));
}
