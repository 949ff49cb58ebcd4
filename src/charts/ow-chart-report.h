/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The charts of the negotiation brief, drawn by the painters with no
 * display: the one list that File → Export Report…, Print… and
 * `offer-workbench --export-pdf` all give to OwReport, so the window's
 * brief and the command line's cannot drift apart. */
#pragma once

#include "ow-report.h"
#include "ow-session.h"

G_BEGIN_DECLS

/* The charts of SESSION's document as it is now, in order: pay year by
 * year; the exit outcomes when an offer has exit scenarios; the vesting
 * timeline when something vests.  Each is a painter holding a copy of the
 * figures, so the brief does not change under a page being drawn.  Drawn
 * in the light style, in the report's Sans, at the size its text has on
 * screen (96 dots an inch, 72 points an inch on the page). */
OwReportCharts *ow_chart_report_charts_new (OwSession *session);

G_END_DECLS
