/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Compare view's state, shared by ow-compare-view.c (the widgets, the
 * session, the period switch) and ow-compare-view-rows.c (which rows there
 * are and what each cell shows). */
#pragma once

#include "ow-compare-table.h"
#include "ow-compare-view.h"
#include "ow-offer-chip.h"

G_BEGIN_DECLS

typedef enum {
  PERIOD_YEARS,
  PERIOD_FIRST_YEAR,
  PERIOD_ANNUALIZED,
  PERIOD_HORIZON,
  N_PERIODS
} Period;

typedef enum {
  ROW_HEADING,
  ROW_SUBHEADING,
  ROW_COMPONENT,          /* a component in a period */
  ROW_FIRST_YEAR,
  ROW_ANNUALIZED,
  ROW_HORIZON,
  ROW_AFTER_TAX,
  ROW_COL_ADJUSTED,
  ROW_PRESENT_VALUE,
  ROW_EQUITY_SHARE,
  ROW_EXIT_PAYOUT,
  ROW_DIFF_TOTAL,         /* the total of a period, less the current job's */
  ROW_DIFF_COL_ADJUSTED,
  ROW_DIFF_PRESENT_VALUE,
} RowKind;

typedef struct
{
  RowKind      kind;
  OwComponent  component;
  int          period;    /* an offer year, OW_PERIOD_HORIZON or OW_PERIOD_ANNUALIZED */
  char        *id;        /* for tests: "first-year-total", "base/2", "vs-current/horizon" */
  char        *title;
  char        *caption;   /* a line under the title, or NULL */
  char        *name;      /* how screen readers name the row: "Base salary, year 2" */
  gboolean     indent;
} Row;

typedef enum {
  VALUE_NONE,             /* the figure does not apply to this offer */
  VALUE_OK,
  VALUE_OVERFLOW,
  VALUE_BASELINE,         /* the current job, compared with itself */
} ValueState;

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
  GtkLabel          *period_label;
  GtkScrolledWindow *scroller;
  OwCompareTable    *table;
  GtkWidget         *toolbar;

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
