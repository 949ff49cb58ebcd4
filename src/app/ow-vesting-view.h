/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwVestingView: the Vesting view.  The vesting timeline of every offer
 * (OwTimelineChart) under a toolbar that switches what it counts (equity
 * only, or all compensation) and how (value, or units), with an Export
 * Chart… button, and a key to the chart's marks below it.  A tranche
 * clicked or activated asks, through "grant-activated", to show its grant
 * in the offer editor. */
#pragma once

#include <gtk/gtk.h>

#include "ow-session.h"
#include "ow-timeline-chart.h"

G_BEGIN_DECLS

#define OW_TYPE_VESTING_VIEW (ow_vesting_view_get_type ())

G_DECLARE_FINAL_TYPE (OwVestingView, ow_vesting_view, OW, VESTING_VIEW, GtkWidget)

GtkWidget       *ow_vesting_view_new         (void);
void             ow_vesting_view_set_session (OwVestingView *self,
                                              OwSession     *session);
OwSession       *ow_vesting_view_get_session (OwVestingView *self);
OwTimelineChart *ow_vesting_view_get_chart   (OwVestingView *self);
/* "equity" or "all"; reads "equity" while units are shown. */
const char      *ow_vesting_view_get_scope   (OwVestingView *self);
void             ow_vesting_view_set_scope   (OwVestingView *self,
                                              const char    *scope);
/* "value" or "units". */
const char      *ow_vesting_view_get_measure (OwVestingView *self);
void             ow_vesting_view_set_measure (OwVestingView *self,
                                              const char    *measure);

G_END_DECLS
