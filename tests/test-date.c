/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for calendar dates: strict ISO parsing, leap years, month arithmetic
 * with clamping, formatting and the bounds of years 1 and 9999. */
#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include <string.h>

#include "ow-date.h"

static OwDate
parse (const char *text)
{
  OwDate date = OW_DATE_NONE;

  if (!ow_date_parse_iso (text, strlen (text), &date))
    return OW_DATE_NONE;

  g_assert_cmpuint (date, !=, OW_DATE_NONE);
  return date;
}

static void
assert_ymd (OwDate date,
            int    year,
            int    month,
            int    day)
{
  int y, m, d;

  ow_date_get_ymd (date, &y, &m, &d);
  g_assert_cmpint (y, ==, year);
  g_assert_cmpint (m, ==, month);
  g_assert_cmpint (d, ==, day);
}

static void
assert_iso (OwDate      date,
            const char *expected)
{
  g_autofree char *iso = ow_date_to_iso (date);

  g_assert_cmpstr (iso, ==, expected);
}

static void
test_parse_valid (void)
{
  static const struct {
    const char *text;
    int year, month, day;
  } cases[] = {
    { "2027-02-03", 2027, 2, 3 },
    { "2024-02-29", 2024, 2, 29 },
    { "2000-02-29", 2000, 2, 29 },
    { "2027-12-31", 2027, 12, 31 },
    { "0001-01-01", 1, 1, 1 },
    { "9999-12-31", 9999, 12, 31 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OwDate date = parse (cases[i].text);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (date, !=, OW_DATE_NONE);
      assert_ymd (date, cases[i].year, cases[i].month, cases[i].day);
      g_assert_cmpuint (date, ==, ow_date_from_ymd (cases[i].year, cases[i].month, cases[i].day));
    }
}

static void
test_parse_invalid (void)
{
  static const char *cases[] = {
    /* Days that do not exist. */
    "2027-02-30",
    "2023-02-29",
    "1900-02-29",
    "2100-02-29",
    "2027-04-31",
    "2027-01-32",
    "2027-01-00",
    "2027-00-10",
    "2027-13-01",
    "0000-12-31",
    /* Lenient or other forms. */
    "2027-2-3",
    "2027-02-3",
    "2027-2-03",
    "27-02-03",
    "20270203",
    "2027/02/03",
    "2027-02-03T00:00:00",
    "2027-02-03 ",
    " 2027-02-03",
    "+2027-02-03",
    "+027-02-03",
    "-027-02-03",
    "2027-0a-03",
    "2027-02-0x",
    "２０２７-02-03",
    "10000-01-01",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OwDate date = OW_DATE_NONE;

      g_test_message ("“%s”", cases[i]);
      g_assert_false (ow_date_parse_iso (cases[i], strlen (cases[i]), &date));
      g_assert_false (ow_date_parse_iso (cases[i], strlen (cases[i]), NULL));
    }
}

/* The length decides, not a terminating NUL: the JSON scanner hands over
 * slices of a larger buffer. */
static void
test_parse_length (void)
{
  const char *text = "2027-02-03T12:00";
  OwDate date = OW_DATE_NONE;

  g_assert_true (ow_date_parse_iso (text, 10, &date));
  assert_ymd (date, 2027, 2, 3);

  g_assert_false (ow_date_parse_iso (text, 9, &date));
  g_assert_false (ow_date_parse_iso (text, 11, &date));
  g_assert_false (ow_date_parse_iso (text, 0, &date));
  g_assert_false (ow_date_parse_iso ("2027-02-03", 11, &date));
}

static void
test_days_in_month (void)
{
  static const int common[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  for (int m = 1; m <= 12; m++)
    {
      g_assert_cmpint (ow_date_days_in_month (2023, m), ==, common[m - 1]);
      g_assert_cmpint (ow_date_days_in_month (2024, m), ==, common[m - 1] + (m == 2));
    }

  /* Every 4th year, but not every 100th, but every 400th. */
  g_assert_cmpint (ow_date_days_in_month (1900, 2), ==, 28);
  g_assert_cmpint (ow_date_days_in_month (2000, 2), ==, 29);
  g_assert_cmpint (ow_date_days_in_month (2100, 2), ==, 28);
  g_assert_cmpint (ow_date_days_in_month (2400, 2), ==, 29);
  g_assert_cmpint (ow_date_days_in_month (1, 2), ==, 28);
  g_assert_cmpint (ow_date_days_in_month (4, 2), ==, 29);
  g_assert_cmpint (ow_date_days_in_month (9996, 2), ==, 29);
  g_assert_cmpint (ow_date_days_in_month (9999, 12), ==, 31);
}

static void
test_add_months_clamps (void)
{
  OwDate jan31_2027 = parse ("2027-01-31");
  OwDate jan31_2028 = parse ("2028-01-31");
  OwDate feb29_2024 = parse ("2024-02-29");

  assert_iso (ow_date_add_months (jan31_2027, 1), "2027-02-28");
  assert_iso (ow_date_add_months (jan31_2028, 1), "2028-02-29");
  assert_iso (ow_date_add_months (jan31_2027, 3), "2027-04-30");
  assert_iso (ow_date_add_months (parse ("2027-03-31"), -1), "2027-02-28");
  assert_iso (ow_date_add_months (parse ("2027-11-30"), 3), "2028-02-29");

  /* A vesting anniversary of Feb 29 falls on Feb 28 in common years and
   * comes back to Feb 29 in the next leap year. */
  assert_iso (ow_date_add_months (feb29_2024, 12), "2025-02-28");
  assert_iso (ow_date_add_months (feb29_2024, 48), "2028-02-29");
}

/* Each date of a schedule is computed from the start date, never from the
 * previous one: a day lost to clamping in February must not stay lost. */
static void
test_add_months_not_chained (void)
{
  OwDate start = parse ("2027-01-31");
  OwDate chained = start;

  for (int i = 1; i <= 12; i++)
    {
      OwDate from_start = ow_date_add_months (start, i);
      int y, m, d;

      chained = ow_date_add_months (chained, 1);
      ow_date_get_ymd (from_start, &y, &m, &d);
      g_assert_cmpint (d, ==, ow_date_days_in_month (y, m));
    }

  assert_iso (ow_date_add_months (start, 2), "2027-03-31");
  assert_iso (ow_date_add_months (start, 12), "2028-01-31");
  /* What chaining would have done: stuck on the 28th ever after. */
  assert_iso (chained, "2028-01-28");
}

static void
test_add_months_identity_and_years (void)
{
  OwDate date = parse ("2027-06-15");

  g_assert_cmpuint (ow_date_add_months (date, 0), ==, date);
  assert_iso (ow_date_add_months (date, 12), "2028-06-15");
  assert_iso (ow_date_add_months (date, -12), "2026-06-15");
  assert_iso (ow_date_add_months (date, 120), "2037-06-15");
  assert_iso (ow_date_add_months (date, -6), "2026-12-15");
  assert_iso (ow_date_add_months (date, 7), "2028-01-15");
}

static void
test_add_months_bounds (void)
{
  assert_iso (ow_date_add_months (parse ("9999-11-30"), 1), "9999-12-30");
  g_assert_cmpuint (ow_date_add_months (parse ("9999-12-31"), 1), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_add_months (parse ("9999-01-01"), 12), ==, OW_DATE_NONE);
  assert_iso (ow_date_add_months (parse ("0001-02-28"), -1), "0001-01-28");
  g_assert_cmpuint (ow_date_add_months (parse ("0001-01-31"), -1), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_add_months (parse ("0001-01-01"), -13), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_add_months (parse ("2027-01-01"), G_MININT / 16), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_add_months (parse ("2027-01-01"), G_MAXINT / 16), ==, OW_DATE_NONE);
}

static void
test_add_months_none (void)
{
  g_test_expect_message ("ow-date", G_LOG_LEVEL_CRITICAL, "*date != OW_DATE_NONE*");
  g_assert_cmpuint (ow_date_add_months (OW_DATE_NONE, 1), ==, OW_DATE_NONE);
  g_test_assert_expected_messages ();
}

static void
test_bounds (void)
{
  OwDate first = ow_date_from_ymd (1, 1, 1);
  OwDate last = ow_date_from_ymd (9999, 12, 31);

  g_assert_cmpuint (first, !=, OW_DATE_NONE);
  g_assert_cmpuint (last, >, first);
  assert_iso (first, "0001-01-01");
  assert_iso (last, "9999-12-31");

  g_assert_cmpuint (ow_date_from_ymd (0, 12, 31), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_from_ymd (10000, 1, 1), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_from_ymd (-1, 1, 1), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_from_ymd (2027, 0, 1), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_from_ymd (2027, 13, 1), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_from_ymd (2027, 1, 0), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_from_ymd (2027, 2, 29), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_from_ymd (G_MAXINT, G_MAXINT, G_MAXINT), ==, OW_DATE_NONE);
  g_assert_cmpuint (ow_date_from_ymd (G_MININT, G_MININT, G_MININT), ==, OW_DATE_NONE);
}

static void
test_none (void)
{
  char buf[OW_DATE_ISO_LEN] = "garbage";

  ow_date_format_iso (OW_DATE_NONE, buf);
  g_assert_cmpstr (buf, ==, "");
  assert_iso (OW_DATE_NONE, "");
  assert_ymd (OW_DATE_NONE, 0, 0, 0);
  ow_date_get_ymd (OW_DATE_NONE, NULL, NULL, NULL);
}

/* Day numbers are consecutive across every month and year boundary, so
 * comparing and subtracting dates is plain integer arithmetic. */
static void
test_day_numbers (void)
{
  OwDate first = ow_date_from_ymd (1, 1, 1);
  OwDate last = ow_date_from_ymd (9999, 12, 31);
  int y = 1, m = 1, d = 1;

  g_assert_cmpuint (parse ("2024-03-01") - parse ("2024-02-28"), ==, 2);
  g_assert_cmpuint (parse ("2023-03-01") - parse ("2023-02-28"), ==, 1);
  g_assert_cmpuint (parse ("2028-01-01") - parse ("2027-01-01"), ==, 365);
  g_assert_cmpuint (parse ("2029-01-01") - parse ("2028-01-01"), ==, 366);
  g_assert_cmpuint (last - first + 1, ==, 3652059);

  for (OwDate date = first; date <= last; date++)
    {
      int yy, mm, dd;

      ow_date_get_ymd (date, &yy, &mm, &dd);
      if (yy != y || mm != m || dd != d)
        g_error ("day %u is %04d-%02d-%02d, expected %04d-%02d-%02d",
                 date, yy, mm, dd, y, m, d);

      if (++d > ow_date_days_in_month (y, m))
        {
          d = 1;
          if (++m > 12)
            {
              m = 1;
              y++;
            }
        }
    }
}

static void
test_format_round_trip (void)
{
  OwDate first = ow_date_from_ymd (1, 1, 1);
  OwDate last = ow_date_from_ymd (9999, 12, 31);

  /* Every 7th day over the whole range meets every month and weekday;
   * every day of the leap-year-rich years around 2000 and 2100 too. */
  for (OwDate date = first; date <= last; date += 7)
    {
      char buf[OW_DATE_ISO_LEN];
      OwDate back = OW_DATE_NONE;

      ow_date_format_iso (date, buf);
      g_assert_cmpuint (strlen (buf), ==, 10);
      g_assert_true (ow_date_parse_iso (buf, 10, &back));
      g_assert_cmpuint (back, ==, date);
    }

  for (OwDate date = parse ("1999-01-01"); date <= parse ("2001-12-31"); date++)
    {
      g_autofree char *iso = ow_date_to_iso (date);

      g_assert_cmpuint (parse (iso), ==, date);
    }

  assert_iso (parse ("0042-07-04"), "0042-07-04");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/date/parse-valid", test_parse_valid);
  g_test_add_func ("/ow/date/parse-invalid", test_parse_invalid);
  g_test_add_func ("/ow/date/parse-length", test_parse_length);
  g_test_add_func ("/ow/date/days-in-month", test_days_in_month);
  g_test_add_func ("/ow/date/add-months-clamps", test_add_months_clamps);
  g_test_add_func ("/ow/date/add-months-not-chained", test_add_months_not_chained);
  g_test_add_func ("/ow/date/add-months-identity", test_add_months_identity_and_years);
  g_test_add_func ("/ow/date/add-months-bounds", test_add_months_bounds);
  g_test_add_func ("/ow/date/add-months-none", test_add_months_none);
  g_test_add_func ("/ow/date/bounds", test_bounds);
  g_test_add_func ("/ow/date/none", test_none);
  g_test_add_func ("/ow/date/day-numbers", test_day_numbers);
  g_test_add_func ("/ow/date/format-round-trip", test_format_round_trip);

  return g_test_run ();
}
