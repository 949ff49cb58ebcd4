/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwCompareView: the offers side by side, one column each, row by row of
 * figures, with the best of each row marked; or, at the switch of its
 * toolbar, as charts. */
#pragma once

#include <gtk/gtk.h>

#include "ow-session.h"

G_BEGIN_DECLS

#define OW_TYPE_COMPARE_VIEW (ow_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (OwCompareView, ow_compare_view, OW, COMPARE_VIEW, GtkWidget)

void        ow_compare_view_set_session        (OwCompareView *self,
                                                OwSession     *session);
void        ow_compare_view_set_selected_offer (OwCompareView *self,
                                                OwOffer       *offer);
const char *ow_compare_view_get_period         (OwCompareView *self);
void        ow_compare_view_set_period         (OwCompareView *self,
                                                const char    *period);

/* "table" or "chart": the table of figures, or the charts of pay by year
 * and of exit outcomes. */
const char *ow_compare_view_get_view           (OwCompareView *self);
void        ow_compare_view_set_view           (OwCompareView *self,
                                                const char    *view);

/* For tests only: the charts, or NULL before they were first shown. */
GtkWidget  *ow_compare_view_get_yearly_chart   (OwCompareView *self);
GtkWidget  *ow_compare_view_get_outcomes_chart (OwCompareView *self);

/* For tests only: the cell of one figure of one offer, and its text. */
GtkWidget  *ow_compare_view_get_cell           (OwCompareView *self,
                                                const char    *row_id,
                                                OwOffer       *offer);
const char *ow_compare_view_get_cell_text      (OwCompareView *self,
                                                const char    *row_id,
                                                OwOffer       *offer);

G_END_DECLS
