/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The vesting timeline chart widget: an OwTimelinePainter (src/charts, where
 * the chart itself, its caches and its drawing are described) on screen.
 * The widget follows its session's valuation, keeps the scope, units and
 * today as properties, shows the tooltip and the pointer cursor, and asks
 * the painter for everything else, so the screen, an export and the
 * negotiation brief draw the same chart. */
#define G_LOG_DOMAIN "ow-timeline-chart"

#include "config.h"

#include "ow-timeline-chart.h"

#include <glib/gi18n.h>
#include <math.h>

/* How near the pointer must be to a point for the tooltip's area: the
 * painter's hit radius. */
#define TIP_RADIUS 8

struct _OwTimelineChart
{
  OwChart            parent_instance;

  OwSession         *session;
  OwTimelinePainter *painter;
  gboolean           over_point;  /* the pointer is over a point */
};

G_DEFINE_FINAL_TYPE (OwTimelineChart, ow_timeline_chart, OW_TYPE_CHART)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SCOPE_EQUITY,
  PROP_UNITS,
  PROP_HAS_DATA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The painter built its data again: say so, and whether there is any. */
static void
data_changed (OwTimelineChart *self,
              gboolean         had_data)
{
  ow_chart_data_changed (OW_CHART (self));
  if (had_data != ow_timeline_painter_has_data (self->painter))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_DATA]);
}

static void
valuation_changed_cb (OwTimelineChart *self)
{
  gboolean had_data = ow_timeline_painter_has_data (self->painter);

  ow_timeline_painter_reload (self->painter);
  data_changed (self, had_data);
}

static void
update_title (OwTimelineChart *self)
{
  ow_chart_set_title (OW_CHART (self), ow_timeline_painter_get_title (self->painter));
}

/* OwChart ------------------------------------------------------------------- */

static void
ow_timeline_chart_draw (OwChart            *chart,
                        cairo_t            *cr,
                        double              width,
                        double              height,
                        const OwChartStyle *style,
                        int                 focus)
{
  ow_timeline_painter_draw (OW_TIMELINE_CHART (chart)->painter, cr, width, height, style, focus);
}

static guint
ow_timeline_chart_get_n_points (OwChart *chart)
{
  return ow_timeline_painter_get_n_points (OW_TIMELINE_CHART (chart)->painter);
}

static void
ow_timeline_chart_get_point (OwChart           *chart,
                             guint              index,
                             double             width,
                             double             height,
                             graphene_point_t  *where,
                             char             **words)
{
  ow_timeline_painter_get_point (OW_TIMELINE_CHART (chart)->painter, index, width, height, where, words);
}

static int
ow_timeline_chart_query_point_vfunc (OwChart *chart,
                                     double   x,
                                     double   y,
                                     double   width,
                                     double   height)
{
  return ow_timeline_painter_query_point (OW_TIMELINE_CHART (chart)->painter, x, y, width, height);
}

static char *
ow_timeline_chart_describe (OwChart *chart)
{
  return ow_timeline_painter_describe (OW_TIMELINE_CHART (chart)->painter);
}

/* Pointer ------------------------------------------------------------------- */

static gboolean
ow_timeline_chart_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_tooltip,
                                 GtkTooltip *tooltip)
{
  OwTimelineChart *self = OW_TIMELINE_CHART (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autofree char *markup = NULL;
  graphene_point_t where;
  int index;

  if (width <= 0 || height <= 0)
    return FALSE;

  index = keyboard_tooltip ? ow_chart_get_focus_point (OW_CHART (self))
                           : ow_timeline_painter_query_point (self->painter, x, y, width, height);
  if (index < 0 || (guint) index >= ow_timeline_painter_get_n_points (self->painter))
    return FALSE;

  markup = ow_timeline_painter_get_tooltip_markup (self->painter, index);
  gtk_tooltip_set_markup (tooltip, markup);
  ow_timeline_painter_get_point (self->painter, index, width, height, &where, NULL);
  /* Only this point: moving to the next asks again. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) where.x - TIP_RADIUS, (int) where.y - TIP_RADIUS,
                              2 * TIP_RADIUS, 2 * TIP_RADIUS });
  return TRUE;
}

/* A tranche can be clicked: the pointer says so over one. */
static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           OwTimelineChart          *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  gboolean over = width > 0 && height > 0 &&
                  ow_timeline_painter_query_point (self->painter, x, y, width, height) >= 0;

  if (over != self->over_point)
    {
      self->over_point = over;
      gtk_widget_set_cursor_from_name (widget, over ? "pointer" : NULL);
    }
}

static void
leave_cb (GtkEventControllerMotion *controller,
          OwTimelineChart          *self)
{
  if (self->over_point)
    {
      self->over_point = FALSE;
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
    }
}

/* Size ---------------------------------------------------------------------- */

static GtkSizeRequestMode
ow_timeline_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ow_timeline_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  OwTimelineChart *self = OW_TIMELINE_CHART (widget);

  GTK_WIDGET_CLASS (ow_timeline_chart_parent_class)->measure (widget, orientation, for_size, minimum, natural,
                                                              minimum_baseline, natural_baseline);
  if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0 &&
      ow_timeline_painter_get_n_series (self->painter) > 1)
    {
      double legend = ow_timeline_painter_get_legend_height (self->painter, for_size);

      *minimum = MAX (*minimum, (int) ceil (legend) + 300);
      *natural = MAX (*natural, *minimum);
    }
}

static void
ow_timeline_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  OwTimelineChart *self = OW_TIMELINE_CHART (widget);

  GTK_WIDGET_CLASS (ow_timeline_chart_parent_class)->css_changed (widget, change);
  /* A new font measures every text again (on the next draw), and the
   * legend may take another height; hovering and focus change nothing. */
  if (ow_timeline_painter_update_fonts (self->painter))
    gtk_widget_queue_resize (widget);
}

/* GObject ------------------------------------------------------------------- */

static void
ow_timeline_chart_dispose (GObject *object)
{
  OwTimelineChart *self = OW_TIMELINE_CHART (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ow_timeline_chart_parent_class)->dispose (object);
}

static void
ow_timeline_chart_finalize (GObject *object)
{
  OwTimelineChart *self = OW_TIMELINE_CHART (object);

  g_clear_pointer (&self->painter, ow_timeline_painter_free);

  G_OBJECT_CLASS (ow_timeline_chart_parent_class)->finalize (object);
}

static void
ow_timeline_chart_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OwTimelineChart *self = OW_TIMELINE_CHART (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_SCOPE_EQUITY:
      g_value_set_boolean (value, ow_timeline_chart_get_scope (self) == OW_TIMELINE_EQUITY);
      break;
    case PROP_UNITS:
      g_value_set_boolean (value, ow_timeline_chart_get_units (self));
      break;
    case PROP_HAS_DATA:
      g_value_set_boolean (value, ow_timeline_chart_has_data (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_timeline_chart_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OwTimelineChart *self = OW_TIMELINE_CHART (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      ow_timeline_chart_set_session (self, g_value_get_object (value));
      break;
    case PROP_SCOPE_EQUITY:
      ow_timeline_chart_set_scope (self, g_value_get_boolean (value) ? OW_TIMELINE_EQUITY
                                                                     : OW_TIMELINE_ALL_COMPENSATION);
      break;
    case PROP_UNITS:
      ow_timeline_chart_set_units (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_timeline_chart_class_init (OwTimelineChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OwChartClass *chart_class = OW_CHART_CLASS (klass);

  object_class->dispose = ow_timeline_chart_dispose;
  object_class->finalize = ow_timeline_chart_finalize;
  object_class->get_property = ow_timeline_chart_get_property;
  object_class->set_property = ow_timeline_chart_set_property;

  widget_class->get_request_mode = ow_timeline_chart_get_request_mode;
  widget_class->measure = ow_timeline_chart_measure;
  widget_class->css_changed = ow_timeline_chart_css_changed;
  /* The tooltip says more than the point's words: every offer's figure
   * on that date. */
  widget_class->query_tooltip = ow_timeline_chart_query_tooltip;

  chart_class->draw = ow_timeline_chart_draw;
  chart_class->get_n_points = ow_timeline_chart_get_n_points;
  chart_class->get_point = ow_timeline_chart_get_point;
  chart_class->query_point = ow_timeline_chart_query_point_vfunc;
  chart_class->describe = ow_timeline_chart_describe;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, OW_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OwTimelineChart:equity-only:
   *
   * Whether the series count equity only (rather than all compensation).
   * Reads TRUE while units are shown, whatever was set.
   */
  properties[PROP_SCOPE_EQUITY] =
    g_param_spec_boolean ("equity-only", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNITS] =
    g_param_spec_boolean ("units", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_DATA] =
    g_param_spec_boolean ("has-data", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ow_timeline_chart_init (OwTimelineChart *self)
{
  GtkEventController *motion;

  /* Texts at the widget's resolution and font options: the screen's. */
  self->painter = ow_timeline_painter_new (gtk_widget_get_pango_context (GTK_WIDGET (self)));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  update_title (self);
  ow_chart_data_changed (OW_CHART (self));
}

/* API ----------------------------------------------------------------------- */

GtkWidget *
ow_timeline_chart_new (void)
{
  return g_object_new (OW_TYPE_TIMELINE_CHART, NULL);
}

/**
 * ow_timeline_chart_set_session:
 * @session: (nullable): the document to draw
 */
void
ow_timeline_chart_set_session (OwTimelineChart *self,
                               OwSession       *session)
{
  gboolean had_data;

  g_return_if_fail (OW_IS_TIMELINE_CHART (self));
  g_return_if_fail (session == NULL || OW_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "valuation-changed", G_CALLBACK (valuation_changed_cb), self,
                             G_CONNECT_SWAPPED);

  had_data = ow_timeline_painter_has_data (self->painter);
  ow_timeline_painter_set_session (self->painter, session);
  data_changed (self, had_data);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * ow_timeline_chart_get_session:
 *
 * Returns: (transfer none) (nullable): the session drawn
 */
OwSession *
ow_timeline_chart_get_session (OwTimelineChart *self)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), NULL);
  return self->session;
}

void
ow_timeline_chart_set_scope (OwTimelineChart *self,
                             OwTimelineScope  scope)
{
  OwTimelineScope before;
  gboolean had_data;

  g_return_if_fail (OW_IS_TIMELINE_CHART (self));
  g_return_if_fail (scope == OW_TIMELINE_EQUITY || scope == OW_TIMELINE_ALL_COMPENSATION);

  before = ow_timeline_painter_get_scope (self->painter);
  had_data = ow_timeline_painter_has_data (self->painter);
  ow_timeline_painter_set_scope (self->painter, scope);
  if (ow_timeline_painter_get_scope (self->painter) == before)
    return;
  update_title (self);
  data_changed (self, had_data);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE_EQUITY]);
}

OwTimelineScope
ow_timeline_chart_get_scope (OwTimelineChart *self)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), OW_TIMELINE_EQUITY);

  return ow_timeline_painter_get_scope (self->painter);
}

void
ow_timeline_chart_set_units (OwTimelineChart *self,
                             gboolean         units)
{
  OwTimelineScope before;
  gboolean had_data;

  g_return_if_fail (OW_IS_TIMELINE_CHART (self));

  units = !!units;
  if (ow_timeline_painter_get_units (self->painter) == units)
    return;
  before = ow_timeline_painter_get_scope (self->painter);
  had_data = ow_timeline_painter_has_data (self->painter);
  ow_timeline_painter_set_units (self->painter, units);
  update_title (self);
  data_changed (self, had_data);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
  if (ow_timeline_painter_get_scope (self->painter) != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE_EQUITY]);
}

gboolean
ow_timeline_chart_get_units (OwTimelineChart *self)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), FALSE);
  return ow_timeline_painter_get_units (self->painter);
}

void
ow_timeline_chart_set_today (OwTimelineChart *self,
                             OwDate           today)
{
  guint builds;
  gboolean had_data;

  g_return_if_fail (OW_IS_TIMELINE_CHART (self));

  builds = ow_timeline_painter_get_n_builds (self->painter);
  had_data = ow_timeline_painter_has_data (self->painter);
  ow_timeline_painter_set_today (self->painter, today);
  if (ow_timeline_painter_get_n_builds (self->painter) != builds)
    data_changed (self, had_data);
}

gboolean
ow_timeline_chart_has_data (OwTimelineChart *self)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), FALSE);
  return ow_timeline_painter_has_data (self->painter);
}

const OwTimeline *
ow_timeline_chart_get_timeline (OwTimelineChart *self)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), NULL);
  return ow_timeline_painter_get_timeline (self->painter);
}

guint
ow_timeline_chart_get_n_builds (OwTimelineChart *self)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), 0);
  return ow_timeline_painter_get_n_builds (self->painter);
}

/**
 * ow_timeline_chart_get_point_offer:
 *
 * Returns: (transfer none) (nullable): the offer of point INDEX
 */
OwOffer *
ow_timeline_chart_get_point_offer (OwTimelineChart *self,
                                   guint            index)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), NULL);
  return ow_timeline_painter_get_point_offer (self->painter, index);
}

/**
 * ow_timeline_chart_get_point_grant:
 *
 * Returns: (transfer none) (nullable): the letter grant that vests at
 *   point INDEX, if any
 */
OwGrant *
ow_timeline_chart_get_point_grant (OwTimelineChart *self,
                                   guint            index)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), NULL);
  return ow_timeline_painter_get_point_grant (self->painter, index);
}

char *
ow_timeline_chart_get_tooltip_markup (OwTimelineChart *self,
                                      guint            index)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), NULL);
  return ow_timeline_painter_get_tooltip_markup (self->painter, index);
}

void
ow_timeline_chart_draw_mark (OwTimelineChart *self,
                             OwTimelineMark   mark,
                             cairo_t         *cr,
                             double           width,
                             double           height)
{
  OwChartStyle style;

  g_return_if_fail (OW_IS_TIMELINE_CHART (self));
  g_return_if_fail (cr != NULL);

  ow_chart_get_style (OW_CHART (self), &style);
  ow_timeline_painter_draw_mark (self->painter, mark, cr, width, height, &style);
}

gboolean
ow_timeline_chart_get_plot_area (OwTimelineChart *self,
                                 double           width,
                                 double           height,
                                 graphene_rect_t *plot)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), FALSE);
  return ow_timeline_painter_get_plot_area (self->painter, width, height, plot);
}

double
ow_timeline_chart_get_x_for_date (OwTimelineChart *self,
                                  double           width,
                                  double           height,
                                  OwDate           date)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), 0);
  return ow_timeline_painter_get_x_for_date (self->painter, width, height, date);
}

double
ow_timeline_chart_get_y_for_value (OwTimelineChart *self,
                                   double           width,
                                   double           height,
                                   double           value)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), 0);
  return ow_timeline_painter_get_y_for_value (self->painter, width, height, value);
}

double
ow_timeline_chart_get_y_max (OwTimelineChart *self,
                             double           width,
                             double           height)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), 0);
  return ow_timeline_painter_get_y_max (self->painter, width, height);
}

guint
ow_timeline_chart_get_n_legend_entries (OwTimelineChart *self,
                                        double           width,
                                        double           height)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), 0);
  return ow_timeline_painter_get_n_legend_entries (self->painter, width, height);
}

gboolean
ow_timeline_chart_get_legend_entry (OwTimelineChart *self,
                                    double           width,
                                    double           height,
                                    guint            index,
                                    graphene_rect_t *area)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), FALSE);
  return ow_timeline_painter_get_legend_entry (self->painter, width, height, index, area);
}

int
ow_timeline_chart_query_point (OwTimelineChart *self,
                               double           x,
                               double           y,
                               double           width,
                               double           height)
{
  g_return_val_if_fail (OW_IS_TIMELINE_CHART (self), -1);
  return ow_timeline_painter_query_point (self->painter, x, y, width, height);
}
