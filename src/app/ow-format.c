/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Locale-aware formatting and reading of figures, with ICU. */
#define G_LOG_DOMAIN "ow-format"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <unicode/ucurr.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/unum.h>
#include <unicode/unumberformatter.h>
#include <unicode/ustring.h>

#include "ow-field.h"
#include "ow-format.h"

/* Formatters are costly to open and cheap to use, so they are kept: one
 * per currency, plus one each for percents, plain amounts and dates. */
static char        icu_locale[ULOC_FULLNAME_CAPACITY];
static GHashTable *money_formats;   /* currency → UNumberFormat */
static GHashTable *compact_formats; /* currency → UNumberFormatter */
static GHashTable *signed_formats;  /* currency → UNumberFormatter */
static UNumberFormat *percent_format;
static UNumberFormat *decimal_format;
static UDateFormat   *date_format;

static void
close_money_format (gpointer data)
{
  unum_close (data);
}

static void
close_compact_format (gpointer data)
{
  unumf_close (data);
}

static void
reset_formats (void)
{
  g_clear_pointer (&money_formats, g_hash_table_unref);
  g_clear_pointer (&compact_formats, g_hash_table_unref);
  g_clear_pointer (&signed_formats, g_hash_table_unref);
  g_clear_pointer (&percent_format, unum_close);
  g_clear_pointer (&decimal_format, unum_close);
  g_clear_pointer (&date_format, udat_close);
}

/**
 * ow_format_set_locale:
 * @locale: (nullable): an ICU or POSIX locale ("de_DE", "fr_FR.UTF-8");
 *   %NULL for the one the process runs in (LC_NUMERIC)
 *
 * Tests set a locale to check separators; the application never needs to.
 */
void
ow_format_set_locale (const char *locale)
{
  UErrorCode status = U_ZERO_ERROR;
  g_autofree char *posix = NULL;
  char *dot;

  if (locale == NULL)
    locale = setlocale (LC_NUMERIC, NULL);
  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX") ||
      g_str_has_prefix (locale, "C."))
    locale = "en_US";

  /* "de_DE.UTF-8@euro" → "de_DE@euro": ICU does not want the codeset. */
  posix = g_strdup (locale);
  if ((dot = strchr (posix, '.')) != NULL)
    {
      char *at = strchr (dot, '@');
      memmove (dot, at ? at : dot + strlen (dot), strlen (at ? at : dot + strlen (dot)) + 1);
    }

  uloc_canonicalize (posix, icu_locale, sizeof icu_locale, &status);
  if (U_FAILURE (status))
    g_strlcpy (icu_locale, "en_US", sizeof icu_locale);

  reset_formats ();
}

const char *
ow_format_get_locale (void)
{
  if (icu_locale[0] == '\0')
    ow_format_set_locale (NULL);
  return icu_locale;
}

static void
to_uchar (const char *utf8,
          UChar      *out,
          int32_t     capacity)
{
  UErrorCode status = U_ZERO_ERROR;

  u_strFromUTF8 (out, capacity, NULL, utf8, -1, &status);
  if (U_FAILURE (status))
    out[0] = 0;
}

static char *
from_uchar (const UChar *text,
            int32_t      len)
{
  UErrorCode status = U_ZERO_ERROR;
  char buf[256];

  u_strToUTF8 (buf, sizeof buf, NULL, text, len, &status);
  if (U_FAILURE (status))
    return g_strdup ("");
  return g_strdup (buf);
}

/* The currency of the offer, or the locale's when none makes sense. */
static void
currency_uchar (const char *currency,
                UChar       code[4])
{
  to_uchar (currency != NULL && strlen (currency) == 3 ? currency : "USD", code, 4);
}

guint
ow_format_currency_digits (const char *currency)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar code[4];
  int32_t digits;

  currency_uchar (currency, code);
  digits = ucurr_getDefaultFractionDigits (code, &status);
  if (U_FAILURE (status) || digits < 0)
    return 2;
  /* Amounts have at most 2 decimals (the file format's rule). */
  return MIN ((guint) digits, 2);
}

static UNumberFormat *
get_money_format (const char *currency)
{
  UNumberFormat *fmt;

  ow_format_get_locale ();
  if (money_formats == NULL)
    money_formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_money_format);

  fmt = g_hash_table_lookup (money_formats, currency);
  if (fmt == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;
      UChar code[4];

      fmt = unum_open (UNUM_CURRENCY, NULL, 0, icu_locale, NULL, &status);
      if (U_FAILURE (status))
        return NULL;
      currency_uchar (currency, code);
      unum_setTextAttribute (fmt, UNUM_CURRENCY_CODE, code, 3, &status);
      g_hash_table_insert (money_formats, g_strdup (currency), fmt);
    }
  return fmt;
}

static UNumberFormat *
get_decimal_format (void)
{
  ow_format_get_locale ();
  if (decimal_format == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      decimal_format = unum_open (UNUM_DECIMAL, NULL, 0, icu_locale, NULL, &status);
      if (U_FAILURE (status))
        g_clear_pointer (&decimal_format, unum_close);
    }
  return decimal_format;
}

static char *
format_decimal_string (UNumberFormat *fmt,
                       const char    *decimal)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar out[128];
  int32_t len;

  if (fmt == NULL)
    return g_strdup (decimal);

  len = unum_formatDecimal (fmt, decimal, -1, out, G_N_ELEMENTS (out), NULL, &status);
  if (U_FAILURE (status))
    return g_strdup (decimal);
  return from_uchar (out, len);
}

/* Formats an amount already rounded to DIGITS decimals, exactly: ICU gets
 * the decimal digits as text, never a double. */
static char *
format_money_scaled (gint64      scaled,
                     guint       digits,
                     const char *currency)
{
  UNumberFormat *fmt = get_money_format (currency);
  g_autofree char *decimal = ow_format_scaled (scaled, digits);

  if (fmt != NULL)
    {
      unum_setAttribute (fmt, UNUM_MIN_FRACTION_DIGITS, (int32_t) digits);
      unum_setAttribute (fmt, UNUM_MAX_FRACTION_DIGITS, (int32_t) digits);
    }
  return format_decimal_string (fmt, decimal);
}

/**
 * ow_format_money:
 *
 * "$1,268,000.00", "1.268.000,00 €", "¥1,268,000": the exact VALUE rounded
 * half away from zero to the currency's fraction digits.
 *
 * Returns: (transfer full): the text; "—" when the value is too large
 */
char *
ow_format_money (const OwExact *value,
                 const char    *currency)
{
  guint digits = ow_format_currency_digits (currency);
  gint64 scaled;

  g_return_val_if_fail (value != NULL, NULL);

  if (!ow_exact_round (value, digits, &scaled))
    return g_strdup ("—");
  return format_money_scaled (scaled, digits, currency);
}

/* Rounded to whole units ("$335,013"), where cents would only be noise:
 * the sidebar and chart labels.  The comparison shows every cent. */
char *
ow_format_money_whole (const OwExact *value,
                       const char    *currency)
{
  gint64 whole;

  g_return_val_if_fail (value != NULL, NULL);

  if (!ow_exact_round (value, 0, &whole))
    return g_strdup ("—");
  return format_money_scaled (whole, 0, currency);
}

char *
ow_format_money_cents (gint64      cents,
                       const char *currency)
{
  OwExact value;

  ow_exact_set_scaled (&value, cents, 2);
  return ow_format_money (&value, currency);
}

/**
 * ow_format_money_signed:
 *
 * A difference: "+$12,345.00", "−$1,000.00", "$0.00", as ow_format_money()
 * but with the sign always shown and written as a true minus sign (U+2212),
 * which is as wide as the plus sign in tabular figures.  The sign goes
 * where the locale puts it ("+12.345,00 €").
 *
 * Returns: (transfer full): the text; "—" when the value is too large
 */
char *
ow_format_money_signed (const OwExact *value,
                        const char    *currency)
{
  guint digits = ow_format_currency_digits (currency);
  g_autofree char *decimal = NULL;
  UNumberFormatter *fmt;
  UFormattedNumber *result;
  UErrorCode status = U_ZERO_ERROR;
  UChar out[128];
  int32_t len;
  gint64 scaled;

  g_return_val_if_fail (value != NULL, NULL);

  if (!ow_exact_round (value, digits, &scaled))
    return g_strdup ("—");
  decimal = ow_format_scaled (scaled, digits);

  ow_format_get_locale ();
  if (signed_formats == NULL)
    signed_formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_compact_format);

  fmt = g_hash_table_lookup (signed_formats, currency);
  if (fmt == NULL)
    {
      g_autofree char *skeleton = NULL;
      UChar uskeleton[96];

      skeleton = g_strdup_printf ("currency/%s sign-except-zero %s",
                                  currency != NULL && strlen (currency) == 3 ? currency : "USD",
                                  digits == 0 ? "precision-integer" : digits == 1 ? ".0" : ".00");
      to_uchar (skeleton, uskeleton, G_N_ELEMENTS (uskeleton));
      fmt = unumf_openForSkeletonAndLocale (uskeleton, -1, icu_locale, &status);
      if (U_FAILURE (status))
        return g_strdup_printf ("%s%s", scaled > 0 ? "+" : "", decimal);
      g_hash_table_insert (signed_formats, g_strdup (currency), fmt);
    }

  result = unumf_openResult (&status);
  unumf_formatDecimal (fmt, decimal, -1, result, &status);
  len = unumf_resultToString (result, out, G_N_ELEMENTS (out), &status);
  unumf_closeResult (result);
  if (U_FAILURE (status))
    return g_strdup_printf ("%s%s", scaled > 0 ? "+" : "", decimal);

  for (int32_t i = 0; i < len; i++)
    if (out[i] == 0x002D)
      out[i] = 0x2212;
  return from_uchar (out, len);
}

/* "$1.3M": for chart axes, where a rounded figure reads better. */
char *
ow_format_money_compact (double      value,
                         const char *currency)
{
  UNumberFormatter *fmt;
  UFormattedNumber *result;
  UErrorCode status = U_ZERO_ERROR;
  UChar out[64];
  int32_t len;

  /* The code is also the cache's key: no currency (NULL) is dollars. */
  const char *code = currency != NULL && strlen (currency) == 3 ? currency : "USD";

  if (!isfinite (value))
    return g_strdup ("—");

  ow_format_get_locale ();
  if (compact_formats == NULL)
    compact_formats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_compact_format);

  fmt = g_hash_table_lookup (compact_formats, code);
  if (fmt == NULL)
    {
      g_autofree char *skeleton = g_strdup_printf ("compact-short currency/%s", code);
      UChar uskeleton[64];

      to_uchar (skeleton, uskeleton, G_N_ELEMENTS (uskeleton));
      fmt = unumf_openForSkeletonAndLocale (uskeleton, -1, icu_locale, &status);
      if (U_FAILURE (status))
        return g_strdup_printf ("%.0f", value);
      g_hash_table_insert (compact_formats, g_strdup (code), fmt);
    }

  result = unumf_openResult (&status);
  unumf_formatDouble (fmt, value, result, &status);
  len = unumf_resultToString (result, out, G_N_ELEMENTS (out), &status);
  unumf_closeResult (result);
  if (U_FAILURE (status))
    return g_strdup_printf ("%.0f", value);
  return from_uchar (out, len);
}

/* A plain number in the locale: SCALED · 10^-DECIMALS with at least
 * MIN_DECIMALS shown ("180,000", "8,333.333333"). */
char *
ow_format_amount (gint64 scaled,
                  guint  decimals,
                  guint  min_decimals)
{
  UNumberFormat *fmt = get_decimal_format ();
  g_autofree char *decimal = ow_format_scaled (scaled, decimals);

  if (fmt != NULL)
    {
      unum_setAttribute (fmt, UNUM_MIN_FRACTION_DIGITS, (int32_t) min_decimals);
      unum_setAttribute (fmt, UNUM_MAX_FRACTION_DIGITS, (int32_t) decimals);
    }
  return format_decimal_string (fmt, decimal);
}

/* "31.55 %" or "31,55 %" as the locale writes percents. */
char *
ow_format_percent (gint64 basis_points)
{
  g_autofree char *fraction = ow_format_scaled (basis_points, 4);

  ow_format_get_locale ();
  if (percent_format == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      percent_format = unum_open (UNUM_PERCENT, NULL, 0, icu_locale, NULL, &status);
      if (U_FAILURE (status))
        g_clear_pointer (&percent_format, unum_close);
      else
        {
          unum_setAttribute (percent_format, UNUM_MIN_FRACTION_DIGITS, 0);
          unum_setAttribute (percent_format, UNUM_MAX_FRACTION_DIGITS, 2);
        }
    }
  if (percent_format == NULL)
    {
      g_autofree char *plain = ow_format_scaled (basis_points, 2);
      return g_strdup_printf ("%s %%", plain);
    }
  return format_decimal_string (percent_format, fraction);
}

char *
ow_format_units (gint64 millionths)
{
  return ow_format_amount (millionths, 6, 0);
}

/* "Jan 4, 2027" / "04.01.2027": the locale's medium date. */
char *
ow_format_date (OwDate date)
{
  UErrorCode status = U_ZERO_ERROR;
  UChar out[64];
  int32_t len;
  int y, m, d;
  GDateTime *dt;
  UDate when;

  if (date == OW_DATE_NONE)
    return g_strdup ("");

  ow_format_get_locale ();
  if (date_format == NULL)
    {
      UChar utc[] = { 'U', 'T', 'C', 0 };

      date_format = udat_open (UDAT_NONE, UDAT_MEDIUM, icu_locale, utc, -1, NULL, 0, &status);
      if (U_FAILURE (status))
        {
          g_clear_pointer (&date_format, udat_close);
          return ow_date_to_iso (date);
        }
    }

  ow_date_get_ymd (date, &y, &m, &d);
  dt = g_date_time_new_utc (y, m, d, 12, 0, 0);
  when = (UDate) g_date_time_to_unix (dt) * 1000.0;
  g_date_time_unref (dt);

  status = U_ZERO_ERROR;
  len = udat_format (date_format, when, out, G_N_ELEMENTS (out), NULL, &status);
  if (U_FAILURE (status))
    return ow_date_to_iso (date);
  return from_uchar (out, len);
}

/* "$", "€", "CHF": how the locale writes the currency. */
char *
ow_format_currency_symbol (const char *currency)
{
  UNumberFormat *fmt = get_money_format (currency);
  UErrorCode status = U_ZERO_ERROR;
  UChar out[16];
  int32_t len;

  if (fmt == NULL)
    return g_strdup (currency);
  len = unum_getSymbol (fmt, UNUM_CURRENCY_SYMBOL, out, G_N_ELEMENTS (out), &status);
  if (U_FAILURE (status) || len == 0)
    return g_strdup (currency);
  return from_uchar (out, len);
}

/* Reading ------------------------------------------------------------------- */

static char *
decimal_symbol (UNumberFormatSymbol symbol)
{
  UNumberFormat *fmt = get_decimal_format ();
  UErrorCode status = U_ZERO_ERROR;
  UChar out[8];
  int32_t len;

  if (fmt == NULL)
    return g_strdup (symbol == UNUM_DECIMAL_SEPARATOR_SYMBOL ? "." : ",");
  len = unum_getSymbol (fmt, symbol, out, G_N_ELEMENTS (out), &status);
  if (U_FAILURE (status))
    return g_strdup (symbol == UNUM_DECIMAL_SEPARATOR_SYMBOL ? "." : ",");
  return from_uchar (out, len);
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == 0x2007;
}

static guint
kind_decimals (OwParseKind kind)
{
  switch (kind)
    {
    case OW_PARSE_MONEY:
    case OW_PARSE_PERCENT:
    case OW_PARSE_SIGNED_PERCENT:
      return 2;
    case OW_PARSE_PRICE:
    case OW_PARSE_UNITS:
    case OW_PARSE_INDEX:
      return 6;
    case OW_PARSE_INTEGER:
    default:
      return 0;
    }
}

/* Removes NEEDLE (case-insensitively for letters) when TEXT starts or ends
 * with it, trimming the space around it. */
static gboolean
strip_affix (GString    *text,
             const char *needle)
{
  gsize n = strlen (needle);

  if (n == 0 || text->len < n)
    return FALSE;
  if (g_ascii_strncasecmp (text->str, needle, n) == 0)
    {
      g_string_erase (text, 0, (gssize) n);
      return TRUE;
    }
  if (g_ascii_strncasecmp (text->str + text->len - n, needle, n) == 0)
    {
      g_string_truncate (text, text->len - n);
      return TRUE;
    }
  return FALSE;
}

static void
trim (GString *text)
{
  const char *start = text->str;
  const char *end = text->str + text->len;

  while (start < end && is_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      if (!is_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  g_string_truncate (text, (gsize) (end - text->str));
  g_string_erase (text, 0, start - text->str);
}

static char *
example_for (OwParseKind kind)
{
  switch (kind)
    {
    case OW_PARSE_MONEY:
      return ow_format_amount (18000050, 2, 2);
    case OW_PARSE_PERCENT:
    case OW_PARSE_SIGNED_PERCENT:
      return ow_format_amount (1250, 2, 0);
    case OW_PARSE_PRICE:
      return ow_format_amount (185400000, 6, 2);
    case OW_PARSE_UNITS:
      return ow_format_amount (G_GINT64_CONSTANT (48000000000), 6, 0);
    case OW_PARSE_INDEX:
      return ow_format_amount (112500000, 6, 0);
    case OW_PARSE_INTEGER:
    default:
      return g_strdup ("12");
    }
}

static gboolean
fail (char      **message,
      OwParseKind kind,
      const char *format)
{
  g_autofree char *example = example_for (kind);

  /* FORMAT is one of the literal messages below, each with one %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (message != NULL)
    *message = g_strdup_printf (format, example);
#pragma GCC diagnostic pop
  return FALSE;
}

/* Integer groups: the first of 1–3 digits (Indian groups of 2 included),
 * then groups of 2 or 3 ending with 3. */
static gboolean
groups_valid (char      **groups)
{
  guint n = g_strv_length (groups);

  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (groups[i]);

      if (len == 0 || (i == 0 && len > 3) || (i > 0 && i == n - 1 && len != 3) ||
          (i > 0 && i < n - 1 && len != 2 && len != 3))
        return FALSE;
    }
  return TRUE;
}

/**
 * ow_parse_number:
 * @currency: (nullable): for money and prices, the currency whose code and
 *   symbol may be typed or pasted along with the figure
 * @value: (out): the figure, scaled: cents, basis points, millionths or a
 *   whole number
 * @message: (out) (optional): what is wrong, for people
 *
 * Reads a figure the way the locale writes it ("180,000.50" or
 * "180.000,50"), with the currency's symbol or code, a "%" sign, "k" for
 * thousands and "M" for millions where they make sense.  Anything else is
 * refused with a message: nothing typed is silently changed or dropped.
 */
gboolean
ow_parse_number (const char  *text,
                 OwParseKind  kind,
                 const char  *currency,
                 gint64      *value,
                 char       **message)
{
  g_autoptr(GString) s = g_string_new (text ? text : "");
  g_autofree char *decimal = decimal_symbol (UNUM_DECIMAL_SEPARATOR_SYMBOL);
  g_autofree char *grouping = decimal_symbol (UNUM_GROUPING_SEPARATOR_SYMBOL);
  g_autoptr(GString) digits = g_string_new (NULL);
  g_auto(GStrv) groups = NULL;
  const char *other = g_str_equal (decimal, ",") ? "." : ",";
  guint decimals = kind_decimals (kind);
  gint64 multiplier = 1;
  const char *sep = NULL;
  char *int_part, *frac_part = NULL;
  guint64 result = 0;
  guint frac_len = 0;
  gboolean negative = FALSE;

  g_return_val_if_fail (value != NULL, FALSE);

  trim (s);
  if (s->len == 0)
    return fail (message, kind, _("Enter a number, like %s"));

  /* The currency, written either way round, and the percent sign. */
  if ((kind == OW_PARSE_MONEY || kind == OW_PARSE_PRICE) && currency != NULL)
    {
      g_autofree char *symbol = ow_format_currency_symbol (currency);

      if (strip_affix (s, currency) || strip_affix (s, symbol) ||
          (g_str_equal (currency, "USD") && strip_affix (s, "$")) ||
          (g_str_equal (currency, "EUR") && strip_affix (s, "€")) ||
          (g_str_equal (currency, "GBP") && strip_affix (s, "£")))
        trim (s);
    }
  if ((kind == OW_PARSE_PERCENT || kind == OW_PARSE_SIGNED_PERCENT) && strip_affix (s, "%"))
    trim (s);

  if (s->len > 0 && (s->str[0] == '-' || g_str_has_prefix (s->str, "−")))
    {
      if (kind != OW_PARSE_SIGNED_PERCENT)
        {
          if (message != NULL)
            *message = g_strdup (_("Cannot be negative"));
          return FALSE;
        }
      negative = TRUE;
      g_string_erase (s, 0, s->str[0] == '-' ? 1 : (gssize) strlen ("−"));
      trim (s);
    }
  if (s->len > 0 && s->str[0] == '+')
    {
      g_string_erase (s, 0, 1);
      trim (s);
    }

  if (kind == OW_PARSE_MONEY && s->len > 1)
    {
      char last = s->str[s->len - 1];

      if (last == 'k' || last == 'K')
        multiplier = 1000;
      else if (last == 'm' || last == 'M')
        multiplier = 1000000;
      if (multiplier > 1)
        {
          g_string_truncate (s, s->len - 1);
          trim (s);
        }
    }

  /* Spaces of any width only ever group digits. */
  {
    g_autoptr(GString) compact = g_string_new (NULL);

    for (const char *p = s->str; *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (is_space (c))
          g_string_append (compact, g_str_equal (grouping, decimal) ? "" : grouping);
        else
          g_string_append_unichar (compact, c);
      }
    g_string_assign (s, compact->str);
  }

  /* Which mark is the decimal one: the locale's; or, when it does not
   * appear, the other of "." and "," if it appears once with one or two
   * digits after it ("180000.50" typed in a German locale).  Anything
   * longer is grouping, and wrong grouping is refused below. */
  if (strstr (s->str, decimal) != NULL)
    sep = decimal;
  else
    {
      const char *first = strstr (s->str, other);

      if (first != NULL && strstr (first + 1, other) == NULL &&
          strlen (first + 1) >= 1 && strlen (first + 1) <= 2)
        sep = other;
    }

  if (sep != NULL)
    {
      char *at = strstr (s->str, sep);

      if (strstr (at + strlen (sep), sep) != NULL)
        return fail (message, kind, _("Use one decimal mark, like %s"));
      *at = '\0';
      frac_part = at + strlen (sep);
    }
  int_part = s->str;

  /* Grouping marks: the locale's and, when it is not the decimal mark,
   * the other of "." and ",". */
  {
    g_autofree char *normalized = g_strdup (int_part);
    g_autoptr(GString) joined = g_string_new (NULL);
    const char *marks[] = { grouping, (sep == other) ? NULL : other };

    for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
      {
        if (marks[i] == NULL || *marks[i] == '\0' || g_str_equal (marks[i], sep ? sep : "\x01"))
          continue;
        if (strstr (normalized, marks[i]) != NULL)
          {
            g_auto(GStrv) parts = g_strsplit (normalized, marks[i], -1);
            g_free (normalized);
            normalized = g_strjoinv ("\x1f", parts);
          }
      }

    groups = g_strsplit (normalized, "\x1f", -1);
    if (g_strv_length (groups) > 1 && !groups_valid (groups))
      return fail (message, kind, _("Check the digit grouping, like %s"));
    for (guint i = 0; groups[i] != NULL; i++)
      g_string_append (joined, groups[i]);
    g_string_assign (digits, joined->str);
  }

  if (digits->len == 0 && (frac_part == NULL || *frac_part == '\0'))
    return fail (message, kind, _("Enter a number, like %s"));

  for (gsize i = 0; i < digits->len; i++)
    if (!g_ascii_isdigit (digits->str[i]))
      return fail (message, kind, _("Enter a number, like %s"));

  if (frac_part != NULL)
    {
      frac_len = (guint) strlen (frac_part);
      for (guint i = 0; i < frac_len; i++)
        if (!g_ascii_isdigit (frac_part[i]))
          return fail (message, kind, _("Enter a number, like %s"));

      /* Trailing zeros say nothing: 1.50 is 1.5. */
      while (frac_len > 0 && frac_part[frac_len - 1] == '0')
        frac_len--;
      /* A multiplier makes room: 1.25M is 1,250,000. */
      if (frac_len > decimals + (multiplier == 1000 ? 3 : multiplier == 1000000 ? 6 : 0))
        {
          if (message != NULL)
            *message = decimals == 0
                       ? g_strdup (_("Enter a whole number"))
                       : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Use at most %u decimal",
                                                       "Use at most %u decimals", decimals),
                                          decimals);
          return FALSE;
        }
    }

  /* digits.fraction × multiplier × 10^decimals, without overflow. */
  {
    g_autoptr(GString) all = g_string_new (digits->str);
    int shift = (int) decimals + (multiplier == 1000 ? 3 : multiplier == 1000000 ? 6 : 0);

    for (guint i = 0; i < frac_len; i++, shift--)
      g_string_append_c (all, frac_part[i]);
    for (; shift > 0; shift--)
      g_string_append_c (all, '0');

    for (gsize i = 0; i < all->len; i++)
      {
        guint d = (guint) (all->str[i] - '0');

        if (result > ((guint64) G_MAXINT64 - d) / 10)
          {
            if (message != NULL)
              *message = g_strdup (_("That number is far too large"));
            return FALSE;
          }
        result = result * 10 + d;
      }
  }

  *value = negative ? -(gint64) result : (gint64) result;
  return TRUE;
}
