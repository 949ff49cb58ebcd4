/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Vesting view: the timeline chart, its switches and its key.
 *
 * The window makes it the first time the view is shown, so none of it
 * costs start-up time.  The chart follows the session by itself; the view
 * only keeps the toolbar, the caption and the empty state in step with
 * it. */
#define G_LOG_DOMAIN "ow-vesting-view"

#include "config.h"

#include "ow-vesting-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ow-chart-export.h"

struct _OwVestingView
{
  GtkWidget        parent_instance;

  OwSession       *session;
  gboolean         all_compensation; /* as asked for; units show equity only */
  gboolean         units;
  GtkWidget       *mark_icons[5];

  /* Template children. */
  GtkToggleButton *all_button;
  GtkLabel        *caption_label;
  OwTimelineChart *chart;
  AdwStatusPage   *empty_page;
  GtkToggleButton *equity_button;
  GtkFlowBox      *marks_box;
  GtkToggleButton *narrow_all_button;
  GtkToggleButton *narrow_equity_button;
  GtkStack        *stack;
  GtkWidget       *toolbar;
};

G_DEFINE_FINAL_TYPE (OwVestingView, ow_vesting_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_SCOPE,
  PROP_MEASURE,
  N_PROPS
};

enum {
  GRANT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* State ---------------------------------------------------------------------- */

static void
update_caption (OwVestingView *self)
{
  g_autofree char *text = NULL;

  if (self->session != NULL)
    {
      OwDocument *document = ow_session_get_document (self->session);
      guint horizon = ow_session_get_valuation (self->session)->horizon_years;

      if (self->units)
        /* TRANSLATORS: beside the switches of the Vesting view, while it
         * counts shares and options, which only equity has */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Units: equity only · %u-year horizon",
                                             "Units: equity only · %u-year horizon",
                                             horizon),
                                horizon);
      else
        /* TRANSLATORS: beside the period switch: "Figures in USD · 4-year horizon" */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Figures in %s · %u-year horizon",
                                             "Figures in %s · %u-year horizon", horizon),
                                ow_document_get_display_currency (document), horizon);
    }
  gtk_label_set_label (self->caption_label, text != NULL ? text : "");
}

/* The scope switch means nothing while units are shown (only equity has
 * units): it is disabled then, showing Equity Only, and its tooltip says
 * why. */
static void
update_actions (OwVestingView *self)
{
  gboolean has_session = self->session != NULL;
  gboolean has_data = ow_timeline_chart_has_data (self->chart);
  const char *equity_tip, *all_tip;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vesting.scope", has_session && !self->units);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vesting.measure", has_session);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vesting.export", has_session && has_data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vesting.show-all", has_session);

  if (self->units)
    {
      const char *why = _("Units count shares and options, which only equity has: switch to Value to count all compensation");

      equity_tip = all_tip = why;
    }
  else
    {
      equity_tip = _("Count each offer’s equity as its tranches vest");
      all_tip = _("Count everything each offer pays: salary and benefits month by month, "
                  "bonuses, sign-on payments and equity");
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->equity_button), equity_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->narrow_equity_button), equity_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->all_button), all_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->narrow_all_button), all_tip);
}

static void
update_page (OwVestingView *self)
{
  gboolean empty = self->session != NULL &&
                   ow_document_get_n_offers (ow_session_get_document (self->session)) > 0 &&
                   !ow_timeline_chart_has_data (self->chart);
  gboolean equity = ow_timeline_chart_get_scope (self->chart) == OW_TIMELINE_EQUITY;

  if (empty)
    {
      adw_status_page_set_title (self->empty_page, equity ? _("No Equity to Show") : _("Nothing to Show"));
      adw_status_page_set_description (self->empty_page,
                                       equity ? _("None of the offers has an equity grant that vests within the "
                                                  "horizon. All compensation shows when salary, bonuses and "
                                                  "sign-on payments arrive instead.")
                                              : _("None of the offers pays anything within the horizon: give "
                                                  "an offer a start date and a salary."));
      gtk_widget_set_visible (adw_status_page_get_child (self->empty_page), equity);
    }
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "chart");
  update_actions (self);
}

static void
has_data_changed_cb (OwVestingView *self)
{
  update_page (self);
}

static void
valuation_changed_cb (OwVestingView *self)
{
  /* The chart has followed already (it connected first); the page, the
   * caption and the actions follow it. */
  update_caption (self);
  update_page (self);
}

static void
point_activated_cb (OwVestingView *self,
                    int            index)
{
  OwOffer *offer;

  if (index < 0)
    return;
  offer = ow_timeline_chart_get_point_offer (self->chart, (guint) index);
  if (offer != NULL)
    g_signal_emit (self, signals[GRANT_ACTIVATED], 0, offer,
                   ow_timeline_chart_get_point_grant (self->chart, (guint) index));
}

/* Actions ------------------------------------------------------------------- */

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OwVestingView *self = OW_VESTING_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  ow_chart_export_run (OW_CHART (self->chart), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

static void
show_all_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OwVestingView *self = OW_VESTING_VIEW (widget);

  ow_vesting_view_set_measure (self, "value");
  ow_vesting_view_set_scope (self, "all");
}

/* The key to the marks ------------------------------------------------------ */

static void
draw_mark_cb (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  OwVestingView *self = user_data;
  OwTimelineMark mark = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "ow-mark"));

  ow_timeline_chart_draw_mark (self->chart, mark, cr, width, height);
}

static void
style_changed_cb (OwVestingView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->mark_icons); i++)
    if (self->mark_icons[i] != NULL)
      gtk_widget_queue_draw (self->mark_icons[i]);
}

static void
add_marks (OwVestingView *self)
{
  static const struct {
    OwTimelineMark mark;
    const char *name;
    const char *tooltip;
  } marks[] = {
    { OW_TIMELINE_MARK_CLIFF, N_("Cliff"),
      N_("A grant’s first vest date after a cliff: everything before it vests at once") },
    { OW_TIMELINE_MARK_CLAWBACK, N_("Sign-on clawback window"),
      N_("While a sign-on payment must be paid back on leaving; the strip along the top has the offer’s colour") },
    { OW_TIMELINE_MARK_REFRESHER, N_("Expected refresher"),
      N_("When an expected refresher grant is made: an assumption, not part of the offer letter") },
    { OW_TIMELINE_MARK_TODAY, N_("Today"),
      N_("Today’s date") },
    { OW_TIMELINE_MARK_DEADLINE, N_("Answer deadline"),
      N_("When the answer to an offer is due, in the offer’s colour") },
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (marks) == G_N_ELEMENTS (((OwVestingView *) NULL)->mark_icons));

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      GtkWidget *box, *icon, *label;

      icon = g_object_new (GTK_TYPE_DRAWING_AREA,
                           "content-width", 24,
                           "content-height", 18,
                           "valign", GTK_ALIGN_CENTER,
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                           NULL);
      g_object_set_data (G_OBJECT (icon), "ow-mark", GINT_TO_POINTER (marks[i].mark));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (icon), draw_mark_cb, self, NULL);
      self->mark_icons[i] = icon;

      label = gtk_label_new (_(marks[i].name));
      gtk_widget_add_css_class (label, "caption");

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_widget_set_tooltip_text (box, _(marks[i].tooltip));
      gtk_flow_box_append (self->marks_box, box);
    }

  /* The key is read, not operated: no stops for the keyboard. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->marks_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

/* GObject ------------------------------------------------------------------- */

static void
ow_vesting_view_dispose (GObject *object)
{
  OwVestingView *self = OW_VESTING_VIEW (object);
  GtkWidget *child;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_VESTING_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ow_vesting_view_parent_class)->dispose (object);
}

static void
ow_vesting_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OwVestingView *self = OW_VESTING_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_SCOPE:
      g_value_set_string (value, ow_vesting_view_get_scope (self));
      break;
    case PROP_MEASURE:
      g_value_set_string (value, ow_vesting_view_get_measure (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_vesting_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OwVestingView *self = OW_VESTING_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      ow_vesting_view_set_session (self, g_value_get_object (value));
      break;
    case PROP_SCOPE:
      ow_vesting_view_set_scope (self, g_value_get_string (value));
      break;
    case PROP_MEASURE:
      ow_vesting_view_set_measure (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_vesting_view_class_init (OwVestingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_vesting_view_dispose;
  object_class->get_property = ow_vesting_view_get_property;
  object_class->set_property = ow_vesting_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, OW_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OwVestingView:scope:
   *
   * What the chart counts: "equity" or "all" (compensation).  Reads
   * "equity" while units are shown.
   */
  properties[PROP_SCOPE] =
    g_param_spec_string ("scope", NULL, NULL, "equity",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OwVestingView:measure:
   *
   * How: "value" (money) or "units" (shares and options).
   */
  properties[PROP_MEASURE] =
    g_param_spec_string ("measure", NULL, NULL, "value",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OwVestingView::grant-activated:
   * @offer: the offer of the tranche clicked or activated
   * @grant: (nullable): its letter grant; %NULL for an expected refresher
   */
  signals[GRANT_ACTIVATED] = g_signal_new ("grant-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 2, OW_TYPE_OFFER, OW_TYPE_GRANT);

  gtk_widget_class_install_property_action (widget_class, "vesting.scope", "scope");
  gtk_widget_class_install_property_action (widget_class, "vesting.measure", "measure");
  gtk_widget_class_install_action (widget_class, "vesting.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "vesting.show-all", NULL, show_all_activated);

  g_type_ensure (OW_TYPE_TIMELINE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-vesting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, all_button);
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, caption_label);
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, chart);
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, equity_button);
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, marks_box);
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, narrow_all_button);
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, narrow_equity_button);
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, stack);
  gtk_widget_class_bind_template_child (widget_class, OwVestingView, toolbar);
  gtk_widget_class_bind_template_callback (widget_class, has_data_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, point_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "vestingview");
}

static void
ow_vesting_view_init (OwVestingView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));
  add_marks (self);

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);

  update_caption (self);
  update_page (self);
}

/* API ------------------------------------------------------------------------ */

GtkWidget *
ow_vesting_view_new (void)
{
  return g_object_new (OW_TYPE_VESTING_VIEW, NULL);
}

/**
 * ow_vesting_view_set_session:
 * @session: (nullable): the document to show
 */
void
ow_vesting_view_set_session (OwVestingView *self,
                             OwSession     *session)
{
  g_return_if_fail (OW_IS_VESTING_VIEW (self));
  g_return_if_fail (session == NULL || OW_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  ow_timeline_chart_set_session (self->chart, session);
  if (session != NULL)
    g_signal_connect_object (session, "valuation-changed", G_CALLBACK (valuation_changed_cb), self,
                             G_CONNECT_SWAPPED);

  update_caption (self);
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * ow_vesting_view_get_session:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
OwSession *
ow_vesting_view_get_session (OwVestingView *self)
{
  g_return_val_if_fail (OW_IS_VESTING_VIEW (self), NULL);
  return self->session;
}

/**
 * ow_vesting_view_get_chart:
 *
 * Returns: (transfer none): the timeline chart
 */
OwTimelineChart *
ow_vesting_view_get_chart (OwVestingView *self)
{
  g_return_val_if_fail (OW_IS_VESTING_VIEW (self), NULL);
  return self->chart;
}

const char *
ow_vesting_view_get_scope (OwVestingView *self)
{
  g_return_val_if_fail (OW_IS_VESTING_VIEW (self), "equity");
  return self->all_compensation && !self->units ? "all" : "equity";
}

void
ow_vesting_view_set_scope (OwVestingView *self,
                           const char    *scope)
{
  gboolean all;
  const char *before;

  g_return_if_fail (OW_IS_VESTING_VIEW (self));

  all = g_strcmp0 (scope, "all") == 0;
  if (self->all_compensation == all)
    return;

  before = ow_vesting_view_get_scope (self);
  self->all_compensation = all;
  ow_timeline_chart_set_scope (self->chart, all ? OW_TIMELINE_ALL_COMPENSATION : OW_TIMELINE_EQUITY);
  update_page (self);
  if (g_strcmp0 (before, ow_vesting_view_get_scope (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}

const char *
ow_vesting_view_get_measure (OwVestingView *self)
{
  g_return_val_if_fail (OW_IS_VESTING_VIEW (self), "value");
  return self->units ? "units" : "value";
}

void
ow_vesting_view_set_measure (OwVestingView *self,
                             const char    *measure)
{
  gboolean units;
  const char *before;

  g_return_if_fail (OW_IS_VESTING_VIEW (self));

  units = g_strcmp0 (measure, "units") == 0;
  if (self->units == units)
    return;

  before = ow_vesting_view_get_scope (self);
  self->units = units;
  ow_timeline_chart_set_units (self->chart, units);
  update_caption (self);
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURE]);
  if (g_strcmp0 (before, ow_vesting_view_get_scope (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}
