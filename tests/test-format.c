/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Figures shown and read in the user's locale (ICU). */
#include "config.h"

#include "ow-format.h"

#include <math.h>
#include <string.h>

/* ICU separates some symbols with no-break spaces; compare them as
 * spaces. */
static void
plain_spaces (char *plain)
{
  for (char *p = plain; *p; p++)
    if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
      {
        p[0] = ' ';
        memmove (p + 1, p + 2, strlen (p + 2) + 1);
      }
    else if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0xAF)
      {
        p[0] = ' ';
        memmove (p + 1, p + 3, strlen (p + 3) + 1);
      }
}

static void
assert_money (gint64      cents,
              const char *currency,
              const char *expected)
{
  g_autofree char *text = ow_format_money_cents (cents, currency);
  g_autofree char *plain = g_strdup (text);

  plain_spaces (plain);
  g_assert_cmpstr (plain, ==, expected);
}

static void
assert_compact (double      value,
                const char *currency,
                const char *expected)
{
  g_autofree char *text = ow_format_money_compact (value, currency);

  plain_spaces (text);
  g_assert_cmpstr (text, ==, expected);
}

/* Chart axes: rounded to two significant digits under 100 of the unit,
 * whole units above, in the locale's short form. */
static void
test_money_compact (void)
{
  ow_format_set_locale ("en_US");
  assert_compact (0, "USD", "$0");
  assert_compact (200000, "USD", "$200K");
  assert_compact (125000, "USD", "$125K");
  /* 1,500,000 and 2,832,000: 1.5 and 2.832 million, the latter to 2.8. */
  assert_compact (1500000, "USD", "$1.5M");
  assert_compact (2832000, "USD", "$2.8M");
  assert_compact (999, "USD", "$999");
  assert_compact (-50000, "USD", "-$50K");
  assert_compact (200000, "EUR", "€200K");
  /* No currency, or nonsense, is dollars; not a number is a dash. */
  assert_compact (200000, NULL, "$200K");
  assert_compact (200000, "dollars", "$200K");
  assert_compact (NAN, "USD", "—");
  assert_compact (INFINITY, "USD", "—");

  ow_format_set_locale ("de_DE");
  assert_compact (1500000, "EUR", "1,5 Mio. €");

  ow_format_set_locale ("en_US");
}

static void
test_money_locales (void)
{
  ow_format_set_locale ("en_US.UTF-8");
  assert_money (126800000, "USD", "$1,268,000.00");
  assert_money (500050, "EUR", "€5,000.50");
  /* Yen have no minor unit: 1,234.50 rounds half away from zero. */
  assert_money (123450, "JPY", "¥1,235");

  ow_format_set_locale ("de_DE.UTF-8");
  assert_money (126800000, "EUR", "1.268.000,00 €");
  assert_money (126800000, "USD", "1.268.000,00 $");

  ow_format_set_locale ("fr_FR");
  assert_money (126800000, "EUR", "1 268 000,00 €");

  ow_format_set_locale ("C");
  assert_money (1, "USD", "$0.01");
}

/* The exact value is rounded once, half away from zero: 0.125 → 0.13. */
static void
test_money_exact (void)
{
  OwExact v;
  g_autofree char *text = NULL;

  ow_format_set_locale ("en_US");
  ow_exact_set_fraction (&v, 1, 8);
  text = ow_format_money (&v, "USD");
  g_assert_cmpstr (text, ==, "$0.13");
}

static void
test_percent_and_units (void)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;

  ow_format_set_locale ("en_US");
  a = ow_format_percent (3155);
  g_assert_cmpstr (a, ==, "31.55%");
  b = ow_format_units (G_GINT64_CONSTANT (8333333333));
  g_assert_cmpstr (b, ==, "8,333.333333");

  ow_format_set_locale ("de_DE");
  c = ow_format_percent (1250);
  g_assert_cmpstr (c, ==, "12,5\u00a0%"); /* a no-break space */
  d = ow_format_date (ow_date_from_ymd (2027, 1, 4));
  g_assert_cmpstr (d, ==, "04.01.2027");
}

typedef struct
{
  const char *locale;
  const char *text;
  OwParseKind kind;
  gboolean    ok;
  gint64      value;
  const char *message;
} ParseCase;

static const ParseCase parse_cases[] = {
  { "en_US", "180000", OW_PARSE_MONEY, TRUE, 18000000, NULL },
  { "en_US", "180,000.50", OW_PARSE_MONEY, TRUE, 18000050, NULL },
  { "en_US", "$180,000", OW_PARSE_MONEY, TRUE, 18000000, NULL },
  { "en_US", " 180,000 USD ", OW_PARSE_MONEY, TRUE, 18000000, NULL },
  { "en_US", "180k", OW_PARSE_MONEY, TRUE, 18000000, NULL },
  { "en_US", "1.25M", OW_PARSE_MONEY, TRUE, 125000000, NULL },
  { "en_US", "180 000", OW_PARSE_MONEY, TRUE, 18000000, NULL },
  { "en_US", "1,80,000", OW_PARSE_MONEY, TRUE, 18000000, NULL },
  { "en_US", "180000.505", OW_PARSE_MONEY, FALSE, 0, "Use at most 2 decimals" },
  { "en_US", "1,8000", OW_PARSE_MONEY, FALSE, 0, "Check the digit grouping, like 180,000.50" },
  { "en_US", "-5", OW_PARSE_MONEY, FALSE, 0, "Cannot be negative" },
  { "en_US", "abc", OW_PARSE_MONEY, FALSE, 0, "Enter a number, like 180,000.50" },
  { "en_US", "", OW_PARSE_MONEY, FALSE, 0, "Enter a number, like 180,000.50" },
  { "en_US", "1.2.3", OW_PARSE_MONEY, FALSE, 0, "Use one decimal mark, like 180,000.50" },
  { "en_US", "99999999999999999999", OW_PARSE_MONEY, FALSE, 0, "That number is far too large" },
  { "de_DE", "180.000,50", OW_PARSE_MONEY, TRUE, 18000050, NULL },
  { "de_DE", "180.000", OW_PARSE_MONEY, TRUE, 18000000, NULL },
  { "de_DE", "180000.50", OW_PARSE_MONEY, TRUE, 18000050, NULL },
  { "de_DE", "180000,50 €", OW_PARSE_MONEY, FALSE, 0, NULL }, /* USD field: € is not its symbol */
  { "fr_FR", "180 000,50", OW_PARSE_MONEY, TRUE, 18000050, NULL },
  { "en_US", "15", OW_PARSE_PERCENT, TRUE, 1500, NULL },
  { "en_US", "12.5 %", OW_PARSE_PERCENT, TRUE, 1250, NULL },
  { "en_US", "-5", OW_PARSE_SIGNED_PERCENT, TRUE, -500, NULL },
  { "de_DE", "12,5%", OW_PARSE_PERCENT, TRUE, 1250, NULL },
  { "en_US", "48", OW_PARSE_INTEGER, TRUE, 48, NULL },
  { "en_US", "48.5", OW_PARSE_INTEGER, FALSE, 0, "Enter a whole number" },
  { "en_US", "185.4", OW_PARSE_PRICE, TRUE, 185400000, NULL },
  { "en_US", "48,000", OW_PARSE_UNITS, TRUE, G_GINT64_CONSTANT (48000000000), NULL },
};

static void
test_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const ParseCase *c = &parse_cases[i];
      g_autofree char *message = NULL;
      gint64 value = -1;
      gboolean ok;

      ow_format_set_locale (c->locale);
      ok = ow_parse_number (c->text, c->kind, "USD", &value, &message);
      g_test_message ("%s: “%s”", c->locale, c->text);
      g_assert_cmpint (ok, ==, c->ok);
      if (ok)
        g_assert_cmpint (value, ==, c->value);
      else if (c->message != NULL)
        g_assert_cmpstr (message, ==, c->message);
      else
        g_assert_nonnull (message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/format/money-locales", test_money_locales);
  g_test_add_func ("/ow/format/money-exact", test_money_exact);
  g_test_add_func ("/ow/format/money-compact", test_money_compact);
  g_test_add_func ("/ow/format/percent-and-units", test_percent_and_units);
  g_test_add_func ("/ow/format/parse", test_parse);

  return g_test_run ();
}
