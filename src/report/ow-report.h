/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwReport: the negotiation brief, a printed summary of a document.
 *
 * Its pages, in order:
 *  1. the comparison: the offers side by side (the same rows and figures as
 *     the Compare view, pay a year on average, the totals and the
 *     differences to the current job, the best of each row marked ★ and in
 *     bold), then the same year by year;
 *  2. the charts, when the caller has any to give (OwReportCharts);
 *  3. each offer on its own: its answer deadline, what leaving after 12
 *     months would cost, its open questions and its planned counter.
 * Offers that do not fit across the page continue in another band of
 * columns; rows that do not fit down it continue on the next page under
 * the column headings again.  Every page has a header (the document's name,
 * the date) and its number ("Page 1 of 3").
 *
 * Drawn with cairo and Pango from the model alone: no GTK, no display, so
 * the command line (--export-pdf) writes the same PDF as File → Export
 * Report, and printing (GtkPrintOperation) draws the same pages through
 * ow_report_get_n_pages() and ow_report_draw_page().
 *
 * Sizes are in points (1/72 inch), which is what a PDF surface and a print
 * context set to GTK_UNIT_POINTS use.  Text is laid out in the report's
 * own Pango context, without hinting, so a page breaks at the same line on
 * paper, in a PDF and in a print preview. */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ow-session.h"

G_BEGIN_DECLS

/* A4 and US Letter, in points. */
#define OW_REPORT_A4_WIDTH      595.276
#define OW_REPORT_A4_HEIGHT     841.890
#define OW_REPORT_LETTER_WIDTH  612.0
#define OW_REPORT_LETTER_HEIGHT 792.0

/* Draws a chart into CR, filling WIDTH × HEIGHT points from the origin. */
typedef void (*OwReportChartFunc) (cairo_t  *cr,
                                   double    width,
                                   double    height,
                                   gpointer  data);

/* The charts a report draws on its "Charts" page, in order. */
typedef struct _OwReportCharts OwReportCharts;

OwReportCharts *ow_report_charts_new   (void);
OwReportCharts *ow_report_charts_ref   (OwReportCharts    *charts);
void            ow_report_charts_unref (OwReportCharts    *charts);
/* TITLE is drawn above the chart.  DESTROY frees DATA with the list. */
void            ow_report_charts_add   (OwReportCharts    *charts,
                                        const char        *title,
                                        OwReportChartFunc  draw,
                                        gpointer           data,
                                        GDestroyNotify     destroy);
guint           ow_report_charts_get_n (OwReportCharts    *charts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwReportCharts, ow_report_charts_unref)

#define OW_TYPE_REPORT (ow_report_get_type ())

G_DECLARE_FINAL_TYPE (OwReport, ow_report, OW, REPORT, GObject)

/* TITLE names the document in the page headers (NULL: the session's
 * title). */
OwReport   *ow_report_new           (OwSession         *session,
                                     const char        *title,
                                     OwReportCharts    *charts);
/* The date in the page header; today unless set (tests). */
void        ow_report_set_date      (OwReport          *self,
                                     OwDate             date);
/* 0 when the page is too small for the margins and a column of figures. */
guint       ow_report_get_n_pages   (OwReport          *self,
                                     double             page_width,
                                     double             page_height);
/* Draws page PAGE (from 0) of a PAGE_WIDTH × PAGE_HEIGHT page into CR,
 * whose origin is the page's top-left corner. */
void        ow_report_draw_page     (OwReport          *self,
                                     cairo_t           *cr,
                                     guint              page,
                                     double             page_width,
                                     double             page_height);
/* Writes every page to OUT as a PDF of PAGE_WIDTH × PAGE_HEIGHT pages,
 * the way documents are saved (atomically; a new file readable by its
 * owner only).  A failure's message starts with OUT's name. */
gboolean    ow_report_write         (OwReport          *self,
                                     GFile             *out,
                                     double             page_width,
                                     double             page_height,
                                     GError           **error);

/* The paper the locale uses: US Letter where that is the custom (LC_PAPER
 * of the United States, Canada and their neighbours), A4 elsewhere. */
void        ow_report_get_default_paper (double        *width,
                                         double        *height);

/* The whole report of DOCUMENT, named TITLE (its file name), on the
 * locale's paper, written to OUT as ow_report_write() does.  CHARTS may be
 * NULL. */
gboolean    ow_report_write_pdf     (OwDocument        *document,
                                     const char        *title,
                                     GFile             *out,
                                     OwReportCharts    *charts,
                                     GError           **error);

G_END_DECLS
