/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwYearlyChart: what each offer pays in each offer year, as stacked bars
 * (base salary, bonus, sign-on, equity, benefits), the offers side by side
 * in each year's group.  It follows a session's valuation. */
#pragma once

#include "ow-chart.h"
#include "ow-session.h"

G_BEGIN_DECLS

#define OW_TYPE_YEARLY_CHART (ow_yearly_chart_get_type ())

G_DECLARE_FINAL_TYPE (OwYearlyChart, ow_yearly_chart, OW, YEARLY_CHART, OwChart)

GtkWidget  *ow_yearly_chart_new               (void);
void        ow_yearly_chart_set_session       (OwYearlyChart   *self,
                                               OwSession       *session);
OwSession  *ow_yearly_chart_get_session       (OwYearlyChart   *self);

/* The offer of point INDEX (a bar, or an outcome), or NULL. */
OwOffer    *ow_yearly_chart_get_point_offer   (OwYearlyChart   *self,
                                               int              index);

/* Layout queries, at WIDTH × HEIGHT in the widget's style (tests check the
 * drawing's geometry against the figures with them). */
/* The money axis: from MIN to MAX in steps of STEP (display currency). */
void        ow_yearly_chart_get_axis          (OwYearlyChart   *self,
                                               double           width,
                                               double           height,
                                               double          *min,
                                               double          *max,
                                               double          *step);
/* Where VALUE (display currency) lies on the money axis. */
double      ow_yearly_chart_get_value_y       (OwYearlyChart   *self,
                                               double           width,
                                               double           height,
                                               double           value);
/* The whole stack of offer OFFER (its place in the document) in year YEAR
 * (1 …), or FALSE when there is no such bar. */
gboolean    ow_yearly_chart_get_bar           (OwYearlyChart   *self,
                                               double           width,
                                               double           height,
                                               guint            offer,
                                               guint            year,
                                               graphene_rect_t *rect);
/* The index of that bar among the chart's points. */
int         ow_yearly_chart_get_bar_index     (OwYearlyChart   *self,
                                               guint            offer,
                                               guint            year);
/* Every piece of text and every legend item as drawn: an array of
 * OwChartTextBox. */
GArray     *ow_yearly_chart_get_text_boxes    (OwYearlyChart   *self,
                                               double           width,
                                               double           height);

G_END_DECLS
