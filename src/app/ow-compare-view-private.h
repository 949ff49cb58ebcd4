/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Compare view's state, shared by ow-compare-view.c (the widgets, the
 * session, the period switch) and ow-compare-view-rows.c (which rows there
 * are and what each cell shows). */
#pragma once

#include "ow-compare-rows.h"
#include "ow-compare-table.h"
#include "ow-compare-view.h"
#include "ow-offer-chip.h"
#include "ow-outcomes-chart.h"
#include "ow-yearly-chart.h"

G_BEGIN_DECLS

/* The rows and their figures are GTK-free (src/report/ow-compare-rows.h),
 * shared with the negotiation brief so that both say the same; the view
 * keeps its short names for them. */
typedef OwComparePeriod Period;
#define PERIOD_YEARS              OW_COMPARE_PERIOD_YEARS
#define PERIOD_FIRST_YEAR         OW_COMPARE_PERIOD_FIRST_YEAR
#define PERIOD_ANNUALIZED         OW_COMPARE_PERIOD_ANNUALIZED
#define PERIOD_HORIZON            OW_COMPARE_PERIOD_HORIZON
#define N_PERIODS                 OW_COMPARE_N_PERIODS

typedef OwCompareRowKind RowKind;
#define ROW_HEADING               OW_COMPARE_ROW_HEADING
#define ROW_SUBHEADING            OW_COMPARE_ROW_SUBHEADING
#define ROW_COMPONENT             OW_COMPARE_ROW_COMPONENT
#define ROW_FIRST_YEAR            OW_COMPARE_ROW_FIRST_YEAR
#define ROW_ANNUALIZED            OW_COMPARE_ROW_ANNUALIZED
#define ROW_HORIZON               OW_COMPARE_ROW_HORIZON
#define ROW_AFTER_TAX             OW_COMPARE_ROW_AFTER_TAX
#define ROW_COL_ADJUSTED          OW_COMPARE_ROW_COL_ADJUSTED
#define ROW_PRESENT_VALUE         OW_COMPARE_ROW_PRESENT_VALUE
#define ROW_EQUITY_SHARE          OW_COMPARE_ROW_EQUITY_SHARE
#define ROW_EXIT_PAYOUT           OW_COMPARE_ROW_EXIT_PAYOUT
#define ROW_DIFF_TOTAL            OW_COMPARE_ROW_DIFF_TOTAL
#define ROW_DIFF_COL_ADJUSTED     OW_COMPARE_ROW_DIFF_COL_ADJUSTED
#define ROW_DIFF_PRESENT_VALUE    OW_COMPARE_ROW_DIFF_PRESENT_VALUE

typedef OwCompareRow Row;

typedef OwCompareValueState ValueState;
#define VALUE_NONE                OW_COMPARE_VALUE_NONE
#define VALUE_OK                  OW_COMPARE_VALUE_OK
#define VALUE_OVERFLOW            OW_COMPARE_VALUE_OVERFLOW
#define VALUE_BASELINE            OW_COMPARE_VALUE_BASELINE

typedef struct
{
  GtkWidget  *box;
  GtkLabel   *label;
  ValueState  state;
  gint64      value;      /* minor units of the display currency, or basis points */
  gboolean    best;
  gboolean    stale;      /* the text and accessible label must be set again */
} Cell;

typedef struct
{
  OwOffer     *offer;
  GtkWidget   *button;
  OwOfferChip *chip;
  GtkLabel    *company;
  GtkLabel    *title;
  GtkWidget   *tag;
  char        *name;      /* how cells name the offer to screen readers */
  char        *title_text;
} Column;

struct _OwCompareView
{
  GtkWidget          parent_instance;

  OwSession         *session;
  OwOffer           *selected;
  Period             period;
  gboolean           letter_only;

  /* Template children. */
  GtkWidget         *period_box;
  GtkLabel          *period_label;
  GtkScrolledWindow *scroller;
  OwCompareTable    *table;
  GtkWidget         *toolbar;

  /* The charts, made the first time they are shown: until then the view
   * costs nothing more at start-up than the table alone. */
  gboolean           show_chart;
  GtkWidget         *chart_page;
  GtkWidget         *export_button;
  OwYearlyChart     *yearly_chart;
  OwOutcomesChart   *outcomes_chart;
  GtkWidget         *outcomes_heading;

  /* What the table was made for.  When any of it changes the cells are
   * made again; otherwise only their texts change. */
  guint              n_columns;
  Column            *columns;
  OwOffer           *baseline;
  guint              horizon;
  gboolean           include_refreshers;
  gboolean           has_exits;
  gint64             discount;
  char              *currency;
  guint              digits;

  GArray            *rows;      /* Row */
  Cell              *cells;     /* rows->len × n_columns */
  GHashTable        *row_index; /* Row.id → index + 1 */
  GtkLabel          *baseline_heading;

  /* Scratch space for one row's figures, n_columns each. */
  ValueState        *states;
  gint64            *values;
  gboolean          *best;
};

/* ow-compare-view-rows.c */
void      _ow_compare_view_row_clear      (gpointer       data);
gboolean  _ow_compare_view_row_is_heading (const Row     *row);
void      _ow_compare_view_add_rows       (OwCompareView *self);
void      _ow_compare_view_update_figures (OwCompareView *self);

G_END_DECLS
