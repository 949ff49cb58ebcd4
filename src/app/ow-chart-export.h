/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Export Chart…": asks where to save a chart and as what (PNG, SVG or
 * PDF), writes it with ow_chart_export() and says how that went: a toast
 * when the chart is inside an AdwToastOverlay, a message dialog when the
 * export failed. */
#pragma once

#include "ow-chart.h"

G_BEGIN_DECLS

void           ow_chart_export_run            (OwChart     *chart,
                                               GtkWindow   *parent);

/* The format a file name asks for by its suffix (".png", ".svg", ".pdf",
 * in any case); FALSE when it names none of them. */
gboolean       ow_chart_export_format_for_name (const char    *name,
                                                OwChartFormat *format);

G_END_DECLS
