/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Calendar dates as day numbers (proleptic Gregorian calendar). */
#define G_LOG_DOMAIN "ow-date"

#include "config.h"

#include "ow-date.h"

/* The conversions are Howard Hinnant's days_from_civil / civil_from_days,
 * shifted so that day 1 is 0000-03-01 and 0 is free to mean "no date".  They
 * are pure integer arithmetic: the valuation converts hundreds of thousands of
 * vest dates for a large document, and GDate is several times slower. */

static gint64
days_from_civil (gint64 y, unsigned m, unsigned d)
{
  gint64 era;
  unsigned yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = (unsigned) (y - era * 400);
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (gint64) doe - 719468;
}

static void
civil_from_days (gint64 z, int *year, int *month, int *day)
{
  gint64 era;
  unsigned doe, yoe, doy, mp, d, m;
  gint64 y;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = (unsigned) (z - era * 146097);
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = (gint64) yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  *year = (int) (y + (m <= 2));
  *month = (int) m;
  *day = (int) d;
}

int
ow_date_days_in_month (int year,
                       int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap;

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return days[month - 1] + (month == 2 && leap);
}

/* Years 1..9999: what "YYYY-MM-DD" can say, and nothing that could overflow. */
OwDate
ow_date_from_ymd (int year,
                  int month,
                  int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12)
    return OW_DATE_NONE;
  if (day < 1 || day > ow_date_days_in_month (year, month))
    return OW_DATE_NONE;

  return (OwDate) (days_from_civil (year, (unsigned) month, (unsigned) day) + 719469);
}

void
ow_date_get_ymd (OwDate date,
                 int   *year,
                 int   *month,
                 int   *day)
{
  int y = 0, m = 0, d = 0;

  if (date != OW_DATE_NONE)
    civil_from_days ((gint64) date - 719469, &y, &m, &d);

  if (year)
    *year = y;
  if (month)
    *month = m;
  if (day)
    *day = d;
}

static gboolean
parse_digits (const char *p,
              int         n,
              int        *out)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      v = v * 10 + (p[i] - '0');
    }
  *out = v;
  return TRUE;
}

/* Exactly "YYYY-MM-DD" naming a real calendar day: no time, no zone, no
 * lenient forms, so 2027-02-30 and 2027-2-3 are both refused. */
gboolean
ow_date_parse_iso (const char *text,
                   gsize       len,
                   OwDate     *out)
{
  int y, m, d;
  OwDate date;

  g_return_val_if_fail (text != NULL, FALSE);

  if (len != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m) || !parse_digits (text + 8, 2, &d))
    return FALSE;

  date = ow_date_from_ymd (y, m, d);
  if (date == OW_DATE_NONE)
    return FALSE;

  if (out)
    *out = date;
  return TRUE;
}

void
ow_date_format_iso (OwDate date,
                    char   buf[OW_DATE_ISO_LEN])
{
  int y, m, d;

  if (date == OW_DATE_NONE)
    {
      buf[0] = '\0';
      return;
    }

  ow_date_get_ymd (date, &y, &m, &d);
  g_snprintf (buf, OW_DATE_ISO_LEN, "%04d-%02d-%02d", y, m, d);
}

char *
ow_date_to_iso (OwDate date)
{
  char buf[OW_DATE_ISO_LEN];

  ow_date_format_iso (date, buf);
  return g_strdup (buf);
}

/* Adds calendar months and clamps to the last day of the target month, so
 * Jan 31 + 1 month is Feb 28 (or 29).  Callers always add to the original
 * date rather than chaining, so a day lost to clamping is not lost for good. */
OwDate
ow_date_add_months (OwDate date,
                    int    months)
{
  int y, m, d, total, dim;

  g_return_val_if_fail (date != OW_DATE_NONE, OW_DATE_NONE);

  ow_date_get_ymd (date, &y, &m, &d);
  total = y * 12 + (m - 1) + months;
  y = total / 12;
  m = total % 12 + 1;
  if (y < 1 || y > 9999)
    return OW_DATE_NONE;

  dim = ow_date_days_in_month (y, m);
  if (d > dim)
    d = dim;

  return (OwDate) (days_from_civil (y, (unsigned) m, (unsigned) d) + 719469);
}

OwDate
ow_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return ow_date_from_ymd (g_date_time_get_year (now),
                           g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now));
}
