/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The yearly chart widget: an OwYearlyPainter (src/charts, where the chart
 * itself is described and drawn) on screen.  The widget follows its
 * session's valuation and hands the painter the figures, its Pango context
 * and its font; every draw, hit test, point's words and layout query is the
 * painter's, so the screen, an export and the negotiation brief draw the
 * same chart. */
#define G_LOG_DOMAIN "ow-yearly-chart"

#include "config.h"

#include "ow-yearly-chart.h"

#include "ow-yearly-painter.h"

struct _OwYearlyChart
{
  OwChart          parent_instance;

  OwSession       *session;
  OwYearlyPainter *painter;
};

G_DEFINE_FINAL_TYPE (OwYearlyChart, ow_yearly_chart, OW_TYPE_CHART)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The painter, measuring in the widget's font as it is now: queries work
 * before the first draw, at any size. */
static OwYearlyPainter *
painter (OwYearlyChart *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  ow_yearly_painter_set_font (self->painter, pango_context_get_font_description (context));
  return self->painter;
}

static void
reload (OwYearlyChart *self)
{
  ow_yearly_painter_set_session (self->painter, self->session);
  ow_chart_data_changed (OW_CHART (self));
}

static void
valuation_changed_cb (OwYearlyChart *self)
{
  reload (self);
}

/* OwChart ------------------------------------------------------------------- */

static void
ow_yearly_chart_draw (OwChart            *chart,
                      cairo_t            *cr,
                      double              width,
                      double              height,
                      const OwChartStyle *style,
                      int                 focus)
{
  ow_yearly_painter_draw (OW_YEARLY_CHART (chart)->painter, cr, width, height, style, focus);
}

static guint
ow_yearly_chart_get_n_points (OwChart *chart)
{
  return ow_yearly_painter_get_n_points (OW_YEARLY_CHART (chart)->painter);
}

static void
ow_yearly_chart_get_point (OwChart           *chart,
                           guint              index,
                           double             width,
                           double             height,
                           graphene_point_t  *where,
                           char             **words)
{
  ow_yearly_painter_get_point (painter (OW_YEARLY_CHART (chart)), index, width, height, where, words);
}

static int
ow_yearly_chart_query_point (OwChart *chart,
                             double   x,
                             double   y,
                             double   width,
                             double   height)
{
  return ow_yearly_painter_query_point (painter (OW_YEARLY_CHART (chart)), x, y, width, height);
}

static char *
ow_yearly_chart_describe (OwChart *chart)
{
  return ow_yearly_painter_describe (OW_YEARLY_CHART (chart)->painter);
}

/* Public -------------------------------------------------------------------- */

GtkWidget *
ow_yearly_chart_new (void)
{
  return g_object_new (OW_TYPE_YEARLY_CHART, NULL);
}

/**
 * ow_yearly_chart_set_session:
 * @session: (nullable): the session whose offers to chart
 */
void
ow_yearly_chart_set_session (OwYearlyChart *self,
                             OwSession     *session)
{
  g_return_if_fail (OW_IS_YEARLY_CHART (self));
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

OwSession *
ow_yearly_chart_get_session (OwYearlyChart *self)
{
  g_return_val_if_fail (OW_IS_YEARLY_CHART (self), NULL);
  return self->session;
}

void
ow_yearly_chart_get_axis (OwYearlyChart *self,
                          double         width,
                          double         height,
                          double        *min,
                          double        *max,
                          double        *step)
{
  g_return_if_fail (OW_IS_YEARLY_CHART (self));

  ow_yearly_painter_get_axis (painter (self), width, height, min, max, step);
}

double
ow_yearly_chart_get_value_y (OwYearlyChart *self,
                             double         width,
                             double         height,
                             double         value)
{
  g_return_val_if_fail (OW_IS_YEARLY_CHART (self), 0);

  return ow_yearly_painter_get_value_y (painter (self), width, height, value);
}

gboolean
ow_yearly_chart_get_bar (OwYearlyChart   *self,
                         double           width,
                         double           height,
                         guint            offer,
                         guint            year,
                         graphene_rect_t *rect)
{
  g_return_val_if_fail (OW_IS_YEARLY_CHART (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  return ow_yearly_painter_get_bar (painter (self), width, height, offer, year, rect);
}

int
ow_yearly_chart_get_bar_index (OwYearlyChart *self,
                               guint          offer,
                               guint          year)
{
  g_return_val_if_fail (OW_IS_YEARLY_CHART (self), -1);

  return ow_yearly_painter_get_bar_index (self->painter, offer, year);
}

/**
 * ow_yearly_chart_get_point_offer:
 *
 * Returns: (transfer none) (nullable): the offer of the bar
 */
OwOffer *
ow_yearly_chart_get_point_offer (OwYearlyChart *self,
                                 int            index)
{
  g_return_val_if_fail (OW_IS_YEARLY_CHART (self), NULL);

  return ow_yearly_painter_get_point_offer (self->painter, index);
}

/**
 * ow_yearly_chart_get_text_boxes:
 *
 * Returns: (transfer full) (element-type OwChartTextBox): every label and
 *   legend item at that size
 */
GArray *
ow_yearly_chart_get_text_boxes (OwYearlyChart *self,
                                double         width,
                                double         height)
{
  g_return_val_if_fail (OW_IS_YEARLY_CHART (self), NULL);

  return ow_yearly_painter_get_text_boxes (painter (self), width, height);
}

/* GObject ------------------------------------------------------------------- */

static void
ow_yearly_chart_dispose (GObject *object)
{
  OwYearlyChart *self = OW_YEARLY_CHART (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ow_yearly_chart_parent_class)->dispose (object);
}

static void
ow_yearly_chart_finalize (GObject *object)
{
  OwYearlyChart *self = OW_YEARLY_CHART (object);

  g_clear_pointer (&self->painter, ow_yearly_painter_free);

  G_OBJECT_CLASS (ow_yearly_chart_parent_class)->finalize (object);
}

static void
ow_yearly_chart_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OwYearlyChart *self = OW_YEARLY_CHART (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_yearly_chart_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OwYearlyChart *self = OW_YEARLY_CHART (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      ow_yearly_chart_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_yearly_chart_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  /* The font may have changed: measure again. */
  ow_yearly_painter_invalidate (OW_YEARLY_CHART (widget)->painter);
  GTK_WIDGET_CLASS (ow_yearly_chart_parent_class)->css_changed (widget, change);
}

static void
ow_yearly_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  OwYearlyChart *self = OW_YEARLY_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 720;
    }
  else
    {
      /* Taller with many offers, whose legend takes lines.  The minimum
       * is what a page of charts gives it, in a scrolled window that
       * would otherwise squeeze it to fit the window. */
      *minimum = 340 + 8 * MIN (ow_yearly_painter_get_n_series (self->painter), 20);
      *natural = *minimum + 40;
    }
}

static void
ow_yearly_chart_class_init (OwYearlyChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OwChartClass *chart_class = OW_CHART_CLASS (klass);

  object_class->dispose = ow_yearly_chart_dispose;
  object_class->finalize = ow_yearly_chart_finalize;
  object_class->get_property = ow_yearly_chart_get_property;
  object_class->set_property = ow_yearly_chart_set_property;

  widget_class->css_changed = ow_yearly_chart_css_changed;
  widget_class->measure = ow_yearly_chart_measure;

  chart_class->draw = ow_yearly_chart_draw;
  chart_class->get_n_points = ow_yearly_chart_get_n_points;
  chart_class->get_point = ow_yearly_chart_get_point;
  chart_class->query_point = ow_yearly_chart_query_point;
  chart_class->describe = ow_yearly_chart_describe;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, OW_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ow_yearly_chart_init (OwYearlyChart *self)
{
  /* Layouts in the widget's own context: its resolution and font options
   * are the screen's. */
  self->painter = ow_yearly_painter_new (gtk_widget_get_pango_context (GTK_WIDGET (self)));

  ow_chart_set_title (OW_CHART (self), ow_yearly_painter_get_title ());
  ow_chart_data_changed (OW_CHART (self));
}
