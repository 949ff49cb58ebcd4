/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Figures for people, in their locale: money with the currency's own
 * symbol and fraction digits, percents, units and dates, formatted with ICU
 * from exact values; and the reverse, reading what a person types. */
#pragma once

#include <glib.h>

#include "ow-date.h"
#include "ow-exact.h"

G_BEGIN_DECLS

typedef enum {
  OW_PARSE_MONEY,    /* 2 decimals, grouping, currency symbol, k / M */
  OW_PARSE_PERCENT,  /* 2 decimals, an optional % sign */
  OW_PARSE_SIGNED_PERCENT, /* the same, and it may be negative (growth) */
  OW_PARSE_PRICE,    /* 6 decimals, currency symbol */
  OW_PARSE_UNITS,    /* 6 decimals, grouping */
  OW_PARSE_INTEGER,  /* a whole number */
  OW_PARSE_INDEX,    /* 6 decimals: cost-of-living indexes, exchange rates */
} OwParseKind;

void      ow_format_set_locale        (const char    *locale);
const char *ow_format_get_locale      (void);
guint     ow_format_currency_digits   (const char    *currency);
char     *ow_format_money             (const OwExact *value,
                                       const char    *currency);
char     *ow_format_money_whole       (const OwExact *value,
                                       const char    *currency);
char     *ow_format_money_cents       (gint64         cents,
                                       const char    *currency);
char     *ow_format_money_signed      (const OwExact *value,
                                       const char    *currency);
char     *ow_format_money_compact     (double         value,
                                       const char    *currency);
char     *ow_format_amount            (gint64         scaled,
                                       guint          decimals,
                                       guint          min_decimals);
char     *ow_format_percent           (gint64         basis_points);
char     *ow_format_units             (gint64         millionths);
char     *ow_format_date              (OwDate         date);
char     *ow_format_currency_symbol   (const char    *currency);

gboolean  ow_parse_number             (const char    *text,
                                       OwParseKind    kind,
                                       const char    *currency,
                                       gint64        *value,
                                       char         **message);

G_END_DECLS
