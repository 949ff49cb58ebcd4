/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Calendar dates as plain day numbers, with the month arithmetic that vesting
 * needs (a month later than Jan 31 is the last day of February). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Days counted so that 0000-03-01 is day 1; 0 means "no date".  A plain
 * integer keeps comparisons and day differences trivial and fast. */
typedef guint32 OwDate;

#define OW_DATE_NONE ((OwDate) 0)
#define OW_DATE_ISO_LEN 11 /* "YYYY-MM-DD" and the terminating NUL */

OwDate   ow_date_from_ymd      (int year, int month, int day);
void     ow_date_get_ymd       (OwDate date, int *year, int *month, int *day);
gboolean ow_date_parse_iso     (const char *text, gsize len, OwDate *out);
void     ow_date_format_iso    (OwDate date, char buf[OW_DATE_ISO_LEN]);
char    *ow_date_to_iso        (OwDate date);
OwDate   ow_date_add_months    (OwDate date, int months);
int      ow_date_days_in_month (int year, int month);
OwDate   ow_date_today         (void);

G_END_DECLS
