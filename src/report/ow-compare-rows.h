/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rows of the comparison and the figure in each cell: which rows there
 * are for a period (pay part by part, the totals, the differences to the
 * current job), what each cell says (rounded once, differences taken
 * exactly), and which cells are the best of their row.
 *
 * GTK-free, so that the Compare view (src/app) and the negotiation brief
 * (ow-report.h) show the very same rows and figures: the view lays them
 * out in widgets, the report draws them on paper. */
#pragma once

#include <glib.h>

#include "ow-valuation.h"

G_BEGIN_DECLS

/* The period the pay rows are shown for. */
typedef enum {
  OW_COMPARE_PERIOD_YEARS,        /* every offer year, component by component */
  OW_COMPARE_PERIOD_FIRST_YEAR,
  OW_COMPARE_PERIOD_ANNUALIZED,
  OW_COMPARE_PERIOD_HORIZON,
  OW_COMPARE_N_PERIODS
} OwComparePeriod;

typedef enum {
  OW_COMPARE_ROW_HEADING,
  OW_COMPARE_ROW_SUBHEADING,
  OW_COMPARE_ROW_COMPONENT,       /* a component in a period */
  OW_COMPARE_ROW_FIRST_YEAR,
  OW_COMPARE_ROW_ANNUALIZED,
  OW_COMPARE_ROW_HORIZON,
  OW_COMPARE_ROW_AFTER_TAX,
  OW_COMPARE_ROW_COL_ADJUSTED,
  OW_COMPARE_ROW_PRESENT_VALUE,
  OW_COMPARE_ROW_EQUITY_SHARE,
  OW_COMPARE_ROW_EXIT_PAYOUT,
  OW_COMPARE_ROW_DIFF_TOTAL,      /* the total of a period, less the current job's */
  OW_COMPARE_ROW_DIFF_COL_ADJUSTED,
  OW_COMPARE_ROW_DIFF_PRESENT_VALUE,
} OwCompareRowKind;

typedef struct
{
  OwCompareRowKind  kind;
  OwComponent       component;
  int               period;    /* an offer year, OW_PERIOD_HORIZON or OW_PERIOD_ANNUALIZED */
  char             *id;        /* for tests: "first-year-total", "base/2", "vs-current/horizon" */
  char             *title;
  char             *caption;   /* a line under the title, or NULL */
  char             *name;      /* how screen readers name the row: "Base salary, year 2" */
  gboolean          indent;
} OwCompareRow;

typedef enum {
  OW_COMPARE_VALUE_NONE,          /* the figure does not apply to this offer */
  OW_COMPARE_VALUE_OK,
  OW_COMPARE_VALUE_OVERFLOW,
  OW_COMPARE_VALUE_BASELINE,      /* the current job, compared with itself */
} OwCompareValueState;

/* What the rows are made for. */
typedef struct
{
  OwComparePeriod period;
  guint           horizon;            /* years */
  gboolean        include_refreshers;
  gboolean        has_exits;          /* some offer has exit scenarios */
  gint64          discount;           /* basis points */
  gboolean        has_baseline;       /* the document has a current job */
} OwCompareRowsSpec;

void                 ow_compare_rows_spec_init   (OwCompareRowsSpec   *spec,
                                                  OwValuation         *valuation,
                                                  OwComparePeriod      period);
gboolean             ow_compare_rows_any_exits   (OwValuation         *valuation);

/* A new array of OwCompareRow that frees what its rows hold. */
GArray              *ow_compare_rows_new         (void);
void                 ow_compare_row_clear        (OwCompareRow        *row);
/* Appends the rows SPEC asks for to ROWS, in the order they are shown. */
void                 ow_compare_rows_add         (GArray              *rows,
                                                  const OwCompareRowsSpec *spec);

gboolean             ow_compare_row_is_heading   (const OwCompareRow  *row);
gboolean             ow_compare_row_is_difference (const OwCompareRow *row);

/* The figure of VALUE in ROW, rounded once to DIGITS decimals of the
 * display currency (basis points for the equity share).  BASELINE is the
 * current job's value, or NULL. */
OwCompareValueState  ow_compare_row_compute      (const OwCompareRow  *row,
                                                  OwValuation         *valuation,
                                                  const OwOfferValue  *value,
                                                  const OwOfferValue  *baseline,
                                                  guint                digits,
                                                  gint64              *out);
/* Sets BEST[i] for the N cells of ROW that are the best of it. */
void                 ow_compare_row_mark_best    (const OwCompareRow        *row,
                                                  guint                      n,
                                                  const OwCompareValueState *states,
                                                  const gint64              *values,
                                                  gboolean                  *best);
/* A cell's text, formatted for the locale: "$335,012.80", "+$1,200.00",
 * "31.55 %", or "—" for a figure that does not apply. */
char                *ow_compare_row_format       (const OwCompareRow  *row,
                                                  OwCompareValueState  state,
                                                  gint64               value,
                                                  guint                digits,
                                                  const char          *currency);

G_END_DECLS
