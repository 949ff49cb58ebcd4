/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwOutcomesChart: what a private company's equity might pay at an exit.
 * Each exit scenario of each offer is a marker at its probability (across,
 * 0 to 100 %) and payout (up); the rest of the probability is a zero
 * outcome, a hollow marker at payout 0; each offer's expected payout is a
 * dashed line. */
#pragma once

#include "ow-chart.h"
#include "ow-session.h"

G_BEGIN_DECLS

#define OW_TYPE_OUTCOMES_CHART (ow_outcomes_chart_get_type ())

G_DECLARE_FINAL_TYPE (OwOutcomesChart, ow_outcomes_chart, OW, OUTCOMES_CHART, OwChart)

GtkWidget  *ow_outcomes_chart_new             (void);
void        ow_outcomes_chart_set_session     (OwOutcomesChart *self,
                                               OwSession       *session);
/* Whether any offer has exit scenarios: an empty chart says so. */
gboolean    ow_outcomes_chart_has_outcomes    (OwOutcomesChart *self);

/* The offer of point INDEX (a bar, or an outcome), or NULL. */
OwOffer    *ow_outcomes_chart_get_point_offer (OwOutcomesChart *self,
                                               int              index);

/* Layout queries, at WIDTH × HEIGHT in the widget's style (tests). */
/* The plot: probability 0 at its left edge and 100 % at its right; payout
 * MIN at its bottom and MAX at its top. */
void        ow_outcomes_chart_get_plot        (OwOutcomesChart *self,
                                               double           width,
                                               double           height,
                                               graphene_rect_t *plot,
                                               double          *min,
                                               double          *max);
/* The index among the points of scenario SCENARIO of offer OFFER (its
 * place in the document), SCENARIO being the number of scenarios for the
 * zero outcome; -1 when there is no such point. */
int         ow_outcomes_chart_get_point_index (OwOutcomesChart *self,
                                               guint            offer,
                                               guint            scenario);
/* Every piece of text and legend item as drawn: an array of
 * OwChartTextBox. */
GArray     *ow_outcomes_chart_get_text_boxes  (OwOutcomesChart *self,
                                               double           width,
                                               double           height);

G_END_DECLS
