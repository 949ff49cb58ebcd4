/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A strict RFC 8259 scanner: it refuses what json-glib would silently
 * accept or get wrong, records the source text of every value so numbers
 * can be converted exactly, and builds the json-glib tree of what it
 * accepted, so the text is parsed only once. */
#define G_LOG_DOMAIN "ow-json-scan"

#include "config.h"

#include "ow-json-scan.h"

#include <string.h>

#include <glib/gi18n-lib.h>

/* One value.  Entries are kept in document order and each container's
 * children are listed together, so scanning only ever appends to arrays:
 * a global hash of paths was slower, its random accesses missing the cache
 * for every value.  A value's path is its container's path plus its own
 * segment, stored once, so a hostile file with a megabyte key above a
 * million array elements costs megabytes, not terabytes.  32 bits suffice
 * because documents are at most OW_JSON_MAX_BYTES long. */
typedef struct
{
  guint32 offset;       /* of the value's source text in data */
  guint32 length;
  guint32 parent;       /* entry of the container; NONE for the root */
  guint32 segment;      /* members: offset of their path segment (".key",
                         * "key" at the root, or ["key"]) in segments;
                         * array elements: their index */
  guint32 segment_len;  /* ELEMENT for array elements */
  guint32 first_child;  /* containers: where their children start in children */
  guint32 n_children;
  guint32 table;        /* objects of more than SMALL_OBJECT members: offset
                         * of their hash table in tables, else NONE */
} Entry;

#define NONE         G_MAXUINT32
#define ELEMENT      G_MAXUINT32
#define SMALL_OBJECT 8           /* members searched one by one up to this */

struct _OwJsonScan
{
  char    *data;        /* copy of the input, NUL terminated */
  gsize    len;
  gsize    body_offset; /* after a byte order mark */
  Entry   *entries;     /* the root is entry 0 */
  guint32  n_entries;
  guint32  entries_size;
  GArray  *children;    /* guint32 entry ids */
  GArray  *tables;      /* guint32: a table is its size, then its slots
                         * (entry id + 1, 0 when free) */
  GString *segments;    /* the members' path segments, back to back */
  guint64  seed;        /* of the member hash, so no file can be made to
                         * collide on purpose */
  /* The container of the last value looked up, with its path: the loader
   * looks up the members of one object one after the other, and starting
   * from there spares it walking down from the root every time. */
  GString *last_parent_path;
  guint32  last_parent;
};

typedef struct
{
  guchar  kind;           /* '{' or '[' */
  guint32 entry;          /* the container's entry */
  guint32 pending_start;  /* where its children start in Parser.pending */
  guint32 table;          /* objects: their hash table so far, or NONE */
} Frame;

typedef struct
{
  OwJsonScan   *scan;
  const guchar *p;
  gsize         len;
  gsize         body;
  guint32       where;    /* the entry whose path an error names */
  guint32      *pending;  /* children of the open containers, innermost last */
  guint32       n_pending;
  guint32       pending_size;
  GString      *key;      /* a decoded key with escapes */
  Frame         stack[OW_JSON_MAX_DEPTH];
  guint         depth;
  GError      **error;
} Parser;

/* Outcome of reading a number's grammar, so the scanner can say what is
 * wrong and ow_json_number_scaled() can reuse the same rules. */
typedef enum {
  NUM_OK,
  NUM_NO_DIGIT_AFTER_MINUS,
  NUM_LEADING_ZERO,
  NUM_HEX,
  NUM_NO_FRACTION_DIGIT,
  NUM_NO_EXPONENT_DIGIT,
} NumGrammar;

typedef struct
{
  gsize int_start, int_end;
  gsize frac_start, frac_end;
  gsize exp_start, exp_end;   /* digits only */
  gboolean negative;
  gboolean exp_negative;
} NumParts;

G_DEFINE_QUARK (ow-json-scan-error-quark, ow_json_scan_error)

/* Bytes that a string can contain as they are, without a closer look: not
 * the double quote, the backslash, control characters or the start of a
 * multi-byte character.
 * One table lookup per byte instead of four comparisons; most of a
 * document's bytes are inside strings. */
static const guint8 plain_string_byte[256] = {
  [0x20 ... 0x21] = 1,  /* the double quote is 0x22 */
  [0x23 ... 0x5B] = 1,  /* the backslash is 0x5C */
  [0x5D ... 0x7F] = 1,
};

/* [A-Za-z0-9_], without going through g_ascii_table for every key byte. */
static const guint8 word_byte[256] = {
  ['0' ... '9'] = 1,
  ['A' ... 'Z'] = 1,
  ['_'] = 1,
  ['a' ... 'z'] = 1,
};

#define IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define IS_WS(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')
#define IS_WORD(c) (word_byte[(guchar) (c)] != 0)

/* Length of the valid UTF-8 sequence at P (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or 0 when it is not one. */
static guint
utf8_sequence_length (const guchar *p,
                      gsize         avail)
{
  guchar c = p[0];
  guchar lo = 0x80, hi = 0xBF;
  guint n, i;

  if (c < 0x80)
    return 1;
  else if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      n = 3;
      if (c == 0xE0)
        lo = 0xA0;
      else if (c == 0xED)
        hi = 0x9F;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      n = 4;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;
    }
  else
    return 0;

  if (avail < n || p[1] < lo || p[1] > hi)
    return 0;
  for (i = 2; i < n; i++)
    if (p[i] < 0x80 || p[i] > 0xBF)
      return 0;
  return n;
}

static gboolean
key_is_identifier (const char *key,
                   gsize       len)
{
  gsize i;

  if (len == 0 || IS_DIGIT (key[0]) || !IS_WORD (key[0]))
    return FALSE;
  for (i = 1; i < len; i++)
    if (!IS_WORD (key[i]))
      return FALSE;
  return TRUE;
}

void
ow_json_append_quoted (GString    *out,
                       const char *str,
                       gssize      len)
{
  static const char hex[] = "0123456789abcdef";
  gsize n, i, run;

  g_return_if_fail (out != NULL);
  g_return_if_fail (str != NULL || len == 0);

  n = len < 0 ? strlen (str) : (gsize) len;
  g_string_append_c (out, '"');
  for (i = 0, run = 0; i < n; i++)
    {
      guchar c = (guchar) str[i];

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, str + run, i - run);
      run = i + 1;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 0xF]);
          break;
        }
    }
  g_string_append_len (out, str + run, n - run);
  g_string_append_c (out, '"');
}

static void
path_append_key (GString    *path,
                 const char *key,
                 gsize       len)
{
  if (key_is_identifier (key, len))
    {
      if (path->len > 0)
        g_string_append_c (path, '.');
      g_string_append_len (path, key, len);
    }
  else
    {
      g_string_append_c (path, '[');
      ow_json_append_quoted (path, key, len);
      g_string_append_c (path, ']');
    }
}

static void
path_append_index (GString *path,
                   guint    i)
{
  /* By hand rather than with printf: this runs for every array element. */
  char buf[16];
  int n = 0;

  do
    {
      buf[n++] = (char) ('0' + i % 10);
      i /= 10;
    }
  while (i > 0);

  g_string_append_c (path, '[');
  while (n > 0)
    g_string_append_c (path, buf[--n]);
  g_string_append_c (path, ']');
}

char *
ow_json_path_append_key (const char *path,
                         const char *key)
{
  GString *s;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  s = g_string_new (path);
  path_append_key (s, key, strlen (key));
  return g_string_free (s, FALSE);
}

char *
ow_json_path_append_index (const char *path,
                           guint       i)
{
  GString *s;

  g_return_val_if_fail (path != NULL, NULL);

  s = g_string_new (path);
  path_append_index (s, i);
  return g_string_free (s, FALSE);
}

void
ow_json_path_add_key (GString    *path,
                      const char *key)
{
  g_return_if_fail (path != NULL);
  g_return_if_fail (key != NULL);

  path_append_key (path, key, strlen (key));
}

void
ow_json_path_add_index (GString *path,
                        guint    i)
{
  g_return_if_fail (path != NULL);

  path_append_index (path, i);
}

/* The number grammar of RFC 8259, from P[I]; *END is where it stopped. */
static NumGrammar
read_number (const guchar *p,
             gsize         len,
             gsize         i,
             gsize        *end,
             NumParts     *parts)
{
  NumParts np = { 0, };

  if (i < len && p[i] == '-')
    {
      np.negative = TRUE;
      i++;
    }
  if (i >= len || !IS_DIGIT (p[i]))
    return NUM_NO_DIGIT_AFTER_MINUS;

  np.int_start = i;
  if (p[i] == '0')
    {
      i++;
      if (i < len && (p[i] == 'x' || p[i] == 'X'))
        return NUM_HEX;
      if (i < len && IS_DIGIT (p[i]))
        return NUM_LEADING_ZERO;
    }
  else
    while (i < len && IS_DIGIT (p[i]))
      i++;
  np.int_end = i;

  np.frac_start = np.frac_end = i;
  if (i < len && p[i] == '.')
    {
      i++;
      if (i >= len || !IS_DIGIT (p[i]))
        return NUM_NO_FRACTION_DIGIT;
      np.frac_start = i;
      while (i < len && IS_DIGIT (p[i]))
        i++;
      np.frac_end = i;
    }

  np.exp_start = np.exp_end = i;
  if (i < len && (p[i] == 'e' || p[i] == 'E'))
    {
      i++;
      if (i < len && (p[i] == '+' || p[i] == '-'))
        {
          np.exp_negative = p[i] == '-';
          i++;
        }
      if (i >= len || !IS_DIGIT (p[i]))
        return NUM_NO_EXPONENT_DIGIT;
      np.exp_start = i;
      while (i < len && IS_DIGIT (p[i]))
        i++;
      np.exp_end = i;
    }

  *end = i;
  if (parts != NULL)
    *parts = np;
  return NUM_OK;
}

gboolean
ow_json_number_is_valid (const char *literal,
                         gsize       len)
{
  gsize end = 0;

  g_return_val_if_fail (literal != NULL || len == 0, FALSE);

  return len > 0 &&
         read_number ((const guchar *) literal, len, 0, &end, NULL) == NUM_OK &&
         end == len;
}

OwJsonNumberStatus
ow_json_number_scaled (const char *literal,
                       gsize       len,
                       guint       decimals,
                       gint64     *out)
{
  /* Exponents are clamped here: any literal that fits in memory is far
   * shorter than this, so a clamped exponent is still decisively too big or
   * too small, and the sums below cannot overflow. */
  const gint64 exp_limit = G_GINT64_CONSTANT (1000000000000000);
  const guchar *p = (const guchar *) literal;
  NumParts np;
  gsize end = 0, n_int, n_digits, first, last, j;
  gint64 exponent = 0, scale;
  guint64 m = 0;

  g_return_val_if_fail (literal != NULL || len == 0, OW_JSON_NUMBER_NOT_A_NUMBER);
  g_return_val_if_fail (out != NULL, OW_JSON_NUMBER_NOT_A_NUMBER);

  if (len == 0 || read_number (p, len, 0, &end, &np) != NUM_OK || end != len)
    return OW_JSON_NUMBER_NOT_A_NUMBER;

  for (j = np.exp_start; j < np.exp_end && exponent < exp_limit; j++)
    exponent = exponent * 10 + (p[j] - '0');
  exponent = MIN (exponent, exp_limit);
  if (np.exp_negative)
    exponent = -exponent;

  /* The digits of integer and fraction form one sequence D; digit j of D
   * stands for 10^(n_int - 1 - j) before the exponent. */
  n_int = np.int_end - np.int_start;
  n_digits = n_int + (np.frac_end - np.frac_start);
#define DIGIT(j) (p[(j) < n_int ? np.int_start + (j) : np.frac_start + (j) - n_int] - '0')

  for (first = 0; first < n_digits && DIGIT (first) == 0; first++)
    ;
  if (first == n_digits)
    {
      /* Zero, whatever its sign or exponent. */
      *out = 0;
      return OW_JSON_NUMBER_OK;
    }
  for (last = n_digits - 1; DIGIT (last) == 0; last--)
    ;

  /* value × 10^decimals = (digits first..last) × 10^scale */
  scale = (gint64) n_int - 1 - (gint64) last + exponent + (gint64) decimals;
  if (scale < 0)
    return OW_JSON_NUMBER_TOO_PRECISE;
  if ((gint64) (last - first + 1) + scale > 19)
    return OW_JSON_NUMBER_OUT_OF_RANGE;

  /* At most 19 digits: fits a guint64 without checks. */
  for (j = first; j <= last; j++)
    m = m * 10 + (guint64) DIGIT (j);
#undef DIGIT
  for (; scale > 0; scale--)
    {
      if (m > G_MAXUINT64 / 10)
        return OW_JSON_NUMBER_OUT_OF_RANGE;
      m *= 10;
    }

  if (np.negative)
    {
      if (m > (guint64) G_MAXINT64 + 1)
        return OW_JSON_NUMBER_OUT_OF_RANGE;
      *out = m == (guint64) G_MAXINT64 + 1 ? G_MININT64 : -(gint64) m;
    }
  else
    {
      if (m > (guint64) G_MAXINT64)
        return OW_JSON_NUMBER_OUT_OF_RANGE;
      *out = (gint64) m;
    }
  return OW_JSON_NUMBER_OK;
}

/* Error reporting.  Problems are rare, so the line and column are counted
 * only then, from the start of the body; the hot loop tracks nothing. */

static void
position_of (const Parser *ps,
             gsize         pos,
             guint        *line,
             guint        *column)
{
  gsize i, line_start = ps->body;
  guint l = 1, c = 1;

  for (i = ps->body; i < pos; i++)
    {
      /* Lines end at LF, CRLF or a lone CR, like in text editors. */
      if (ps->p[i] == '\n' ||
          (ps->p[i] == '\r' && (i + 1 >= ps->len || ps->p[i + 1] != '\n')))
        {
          l++;
          line_start = i + 1;
        }
    }
  for (i = line_start; i < pos && i < ps->len; i++)
    if ((ps->p[i] & 0xC0) != 0x80)
      c++;

  *line = l;
  *column = c;
}

#define ENTRY(scan, i) (&(scan)->entries[(i)])

/* Appends the path of entry I to OUT. */
static void
append_entry_path (OwJsonScan *self,
                   guint32     i,
                   GString    *out)
{
  guint32 chain[OW_JSON_MAX_DEPTH + 2];
  guint n = 0;

  for (; i != NONE && n < G_N_ELEMENTS (chain); i = ENTRY (self, i)->parent)
    chain[n++] = i;
  while (n > 0)
    {
      const Entry *e = ENTRY (self, chain[--n]);

      if (e->segment_len == ELEMENT)
        g_string_append_printf (out, "[%u]", e->segment);
      else
        g_string_append_len (out, self->segments->str + e->segment, e->segment_len);
    }
}

static gboolean
fail (Parser          *ps,
      gsize            pos,
      OwJsonScanError  code,
      const char      *rule)
{
  g_autoptr(GString) path = g_string_new (NULL);
  guint line, column;

  position_of (ps, pos, &line, &column);
  if (ps->where != NONE)
    append_entry_path (ps->scan, ps->where, path);
  if (path->len == 0)
    g_set_error (ps->error, OW_JSON_SCAN_ERROR, code,
                 /* Translators: a problem in a JSON file, e.g.
                  * "trailing comma before "]" (line 3, column 7)". */
                 _("%s (line %u, column %u)"), rule, line, column);
  else
    g_set_error (ps->error, OW_JSON_SCAN_ERROR, code,
                 /* Translators: PATH: a problem in a JSON file, e.g.
                  * "offers[0].base_salary: numbers must not have leading
                  * zeros (line 12, column 22)". */
                 _("%s: %s (line %u, column %u)"), path->str, rule, line, column);
  return FALSE;
}

static gboolean
fail_printf (Parser          *ps,
             gsize            pos,
             OwJsonScanError  code,
             const char      *format,
             ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_printf (Parser          *ps,
             gsize            pos,
             OwJsonScanError  code,
             const char      *format,
             ...)
{
  g_autofree char *rule = NULL;
  va_list args;

  va_start (args, format);
  rule = g_strdup_vprintf (format, args);
  va_end (args);
  return fail (ps, pos, code, rule);
}

/* The word (letters, digits, '_') at POS, shortened for messages. */
static char *
word_at (const Parser *ps,
         gsize         pos,
         gsize        *end)
{
  gsize i = pos;

  while (i < ps->len && IS_WORD (ps->p[i]))
    i++;
  if (end != NULL)
    *end = i;
  if (i - pos > 32)
    return g_strdup_printf ("%.*s…", 32, (const char *) ps->p + pos);
  return g_strndup ((const char *) ps->p + pos, i - pos);
}

static gboolean
is_nan_or_infinity (const char *word)
{
  return g_ascii_strcasecmp (word, "nan") == 0 ||
         g_ascii_strcasecmp (word, "infinity") == 0 ||
         g_ascii_strcasecmp (word, "inf") == 0;
}

/* The problems that look the same wherever they occur: comments, single or
 * typographic quotes, bytes that are not UTF-8.  Returns FALSE with the error
 * set when it recognised one, TRUE when the caller must explain. */
static gboolean
check_common_mistakes (Parser *ps,
                       gsize   pos)
{
  const guchar *p = ps->p + pos;
  gsize avail = ps->len - pos;

  if (p[0] == '/' && avail > 1 && (p[1] == '/' || p[1] == '*'))
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX, _("comments are not allowed"));
  if (p[0] == '\'')
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX, _("strings must use double quotes"));
  if (p[0] >= 0x80)
    {
      guint n = utf8_sequence_length (p, avail);
      gunichar c;

      if (n == 0)
        return fail (ps, pos, OW_JSON_SCAN_ERROR_ENCODING,
                     _("invalid UTF-8 (the file must be saved as UTF-8 text)"));
      c = g_utf8_get_char ((const char *) p);
      if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2018 || c == 0x2019)
        return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                     _("strings must use straight double quotes (\"), not typographic quotes"));
    }
  return TRUE;
}

static gboolean
fail_unexpected_char (Parser *ps,
                      gsize   pos)
{
  gunichar c;

  if (!check_common_mistakes (ps, pos))
    return FALSE;

  /* Valid UTF-8 here: check_common_mistakes() refused anything else. */
  c = g_utf8_get_char ((const char *) ps->p + pos);
  if (c > 0x20 && c < 0x7F)
    return fail_printf (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                        _("unexpected character \"%c\""), (char) c);
  if (c >= 0xA0 && g_unichar_isgraph (c))
    {
      char buf[8] = { 0, };

      g_unichar_to_utf8 (c, buf);
      return fail_printf (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                          _("unexpected character \"%s\""), buf);
    }
  /* Invisible characters (a NUL byte, a no-break space, a stray byte order
   * mark) are named by their code so people can find them. */
  return fail_printf (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                      _("unexpected character U+%04X"), (guint) c);
}

/* Something at POS where a value should start. */
static gboolean
fail_value (Parser *ps,
            gsize   pos)
{
  guchar c;

  if (pos >= ps->len)
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                 _("the file ends where a value should be"));

  c = ps->p[pos];
  if (c == ',' || c == ']' || c == '}')
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX, _("missing value"));
  if (c == '+')
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                 _("numbers must not start with \"+\""));
  if (c == '.' && pos + 1 < ps->len && IS_DIGIT (ps->p[pos + 1]))
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                 _("numbers must have a digit before the decimal point"));
  if (g_ascii_isalpha (c) || c == '_')
    {
      g_autofree char *word = word_at (ps, pos, NULL);
      g_autofree char *lower = g_ascii_strdown (word, -1);

      if (is_nan_or_infinity (word))
        return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX, _("NaN and Infinity are not numbers"));
      if (g_str_equal (lower, "true") || g_str_equal (lower, "false") ||
          g_str_equal (lower, "null"))
        return fail_printf (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                            _("\"%s\" must be written in lower case: %s"), word, lower);
      return fail_printf (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                          _("\"%s\" is not a value (strings must be in double quotes)"),
                          word);
    }
  return fail_unexpected_char (ps, pos);
}

static gboolean
scan_number (Parser *ps,
             gsize  *io_pos)
{
  gsize start = *io_pos, end = start, i;
  NumGrammar g = read_number (ps->p, ps->len, start, &end, NULL);

  switch (g)
    {
    case NUM_OK:
      break;
    case NUM_NO_DIGIT_AFTER_MINUS:
      if (start + 1 < ps->len && g_ascii_isalpha (ps->p[start + 1]))
        {
          g_autofree char *word = word_at (ps, start + 1, NULL);

          if (is_nan_or_infinity (word))
            return fail (ps, start, OW_JSON_SCAN_ERROR_SYNTAX,
                         _("NaN and Infinity are not numbers"));
        }
      return fail (ps, start, OW_JSON_SCAN_ERROR_SYNTAX,
                   _("\"-\" must be followed by a digit"));
    case NUM_LEADING_ZERO:
      return fail (ps, start, OW_JSON_SCAN_ERROR_SYNTAX,
                   _("numbers must not have leading zeros"));
    case NUM_HEX:
      return fail (ps, start, OW_JSON_SCAN_ERROR_SYNTAX,
                   _("hexadecimal numbers are not allowed"));
    case NUM_NO_FRACTION_DIGIT:
      return fail (ps, start, OW_JSON_SCAN_ERROR_SYNTAX,
                   _("numbers must have a digit after the decimal point"));
    case NUM_NO_EXPONENT_DIGIT:
      return fail (ps, start, OW_JSON_SCAN_ERROR_SYNTAX,
                   _("numbers must have digits in the exponent"));
    default:
      g_assert_not_reached ();
    }

  /* "1.5.3", "12abc" or "1-2" would otherwise be reported as a missing
   * comma, which sends people looking in the wrong place. */
  if (end < ps->len && (IS_WORD (ps->p[end]) || ps->p[end] == '.' ||
                        ps->p[end] == '+' || ps->p[end] == '-'))
    {
      for (i = end; i < ps->len && i - start < 32; i++)
        if (!(IS_WORD (ps->p[i]) || ps->p[i] == '.' || ps->p[i] == '+' || ps->p[i] == '-'))
          break;
      return fail_printf (ps, start, OW_JSON_SCAN_ERROR_SYNTAX,
                          _("\"%.*s\" is not a valid number"),
                          (int) (i - start), (const char *) ps->p + start);
    }

  *io_pos = end;
  return TRUE;
}

static gboolean
scan_word (Parser *ps,
           gsize  *io_pos)
{
  static const char *const words[] = { "true", "false", "null" };
  gsize start = *io_pos, end, i;

  for (end = start; end < ps->len && IS_WORD (ps->p[end]); end++)
    ;
  for (i = 0; i < G_N_ELEMENTS (words); i++)
    if (end - start == strlen (words[i]) &&
        memcmp (ps->p + start, words[i], end - start) == 0)
      {
        *io_pos = end;
        return TRUE;
      }
  return fail_value (ps, start);
}

static int
hex_value (guchar c)
{
  if (IS_DIGIT (c))
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The four hex digits of a \u escape whose backslash is at POS, or -1. */
static int
read_u_escape (const Parser *ps,
               gsize         pos)
{
  int v = 0, i;

  if (pos + 6 > ps->len || ps->p[pos] != '\\' || ps->p[pos + 1] != 'u')
    return -1;
  for (i = 2; i < 6; i++)
    {
      int h = hex_value (ps->p[pos + i]);

      if (h < 0)
        return -1;
      v = v * 16 + h;
    }
  return v;
}

/* The string whose opening quote is at *IO_POS; decoded into OUT when it is
 * not NULL, only checked otherwise (the common case).  *ESCAPED tells
 * whether it has escapes, that is whether its text is not its value. */
static gboolean
scan_string (Parser   *ps,
             gsize    *io_pos,
             GString  *out,
             gboolean *escaped)
{
  const guchar *p = ps->p;
  gsize len = ps->len, start = *io_pos, i = start + 1, run;

  if (out != NULL)
    g_string_truncate (out, 0);
  if (escaped != NULL)
    *escaped = FALSE;

  for (;;)
    {
      guchar c;

      run = i;
      while (i < len && plain_string_byte[p[i]])
        i++;
      if (out != NULL && i > run)
        g_string_append_len (out, (const char *) p + run, i - run);

      if (i >= len)
        return fail (ps, start, OW_JSON_SCAN_ERROR_SYNTAX, _("unterminated string"));

      c = p[i];
      if (c == '"')
        {
          *io_pos = i + 1;
          return TRUE;
        }
      else if (c == '\\')
        {
          char decoded;

          if (i + 1 >= len)
            return fail (ps, start, OW_JSON_SCAN_ERROR_SYNTAX, _("unterminated string"));
          if (escaped != NULL)
            *escaped = TRUE;

          switch (p[i + 1])
            {
            case '"': decoded = '"'; break;
            case '\\': decoded = '\\'; break;
            case '/': decoded = '/'; break;
            case 'b': decoded = '\b'; break;
            case 'f': decoded = '\f'; break;
            case 'n': decoded = '\n'; break;
            case 'r': decoded = '\r'; break;
            case 't': decoded = '\t'; break;
            case 'u':
              {
                int u = read_u_escape (ps, i), low;
                gunichar ch;

                if (u < 0)
                  return fail (ps, i, OW_JSON_SCAN_ERROR_SYNTAX,
                               _("invalid \\u escape (it needs four hexadecimal digits)"));
                if (u == 0)
                  /* json-glib would cut the string short here. */
                  return fail (ps, i, OW_JSON_SCAN_ERROR_ENCODING,
                               _("strings must not contain the NUL character"));
                if (u >= 0xDC00 && u <= 0xDFFF)
                  return fail (ps, i, OW_JSON_SCAN_ERROR_ENCODING,
                               _("unpaired surrogate in \\u escape"));
                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    low = read_u_escape (ps, i + 6);
                    if (low < 0xDC00 || low > 0xDFFF)
                      return fail (ps, i, OW_JSON_SCAN_ERROR_ENCODING,
                                   _("unpaired surrogate in \\u escape"));
                    ch = 0x10000 + (((gunichar) u - 0xD800) << 10) + ((gunichar) low - 0xDC00);
                    i += 12;
                  }
                else
                  {
                    ch = (gunichar) u;
                    i += 6;
                  }
                if (out != NULL)
                  g_string_append_unichar (out, ch);
                continue;
              }
            default:
              if (p[i + 1] > 0x20 && p[i + 1] < 0x7F)
                return fail_printf (ps, i, OW_JSON_SCAN_ERROR_SYNTAX,
                                    _("invalid escape \"\\%c\" (write a backslash as \\\\)"),
                                    p[i + 1]);
              return fail (ps, i, OW_JSON_SCAN_ERROR_SYNTAX,
                           _("invalid escape (write a backslash as \\\\)"));
            }
          if (out != NULL)
            g_string_append_c (out, decoded);
          i += 2;
        }
      else if (c < 0x20)
        {
          if (c == 0)
            return fail (ps, i, OW_JSON_SCAN_ERROR_ENCODING,
                         _("strings must not contain the NUL character"));
          if (c == '\n' || c == '\r')
            return fail (ps, i, OW_JSON_SCAN_ERROR_SYNTAX,
                         _("line break inside a string (close the string with \" or write \\n)"));
          if (c == '\t')
            return fail (ps, i, OW_JSON_SCAN_ERROR_SYNTAX,
                         _("strings must not contain tab characters (write \\t)"));
          return fail_printf (ps, i, OW_JSON_SCAN_ERROR_SYNTAX,
                              _("strings must not contain control characters (write \\u%04X)"),
                              (guint) c);
        }
      else
        {
          guint n = utf8_sequence_length (p + i, len - i);

          if (n == 0)
            return fail (ps, i, OW_JSON_SCAN_ERROR_ENCODING,
                         _("invalid UTF-8 (the file must be saved as UTF-8 text)"));
          if (out != NULL)
            g_string_append_len (out, (const char *) p + i, n);
          i += n;
        }
    }
}

static inline gsize
skip_ws (const Parser *ps,
         gsize         pos)
{
  while (pos < ps->len && IS_WS (ps->p[pos]))
    pos++;
  return pos;
}

/* Eight bytes at a time with a multiply-xorshift mix: keys are short and
 * hashed for every member of a large object. */
static inline guint32
hash_segment (guint64     seed,
              const char *s,
              gsize       len)
{
  guint64 h = seed ^ (len * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));
  guint64 w;

  for (; len >= 8; s += 8, len -= 8)
    {
      memcpy (&w, s, 8);
      h = (h ^ w) * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
      h ^= h >> 32;
    }
  if (len > 0)
    {
      w = 0;
      memcpy (&w, s, len);
      h = (h ^ w) * G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
      h ^= h >> 29;
    }
  h *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  h ^= h >> 32;
  return (guint32) h;
}

static inline void
append_fast (GString    *s,
             const void *data,
             gsize       n)
{
  /* g_string_append_len() is not inline in GLib 2.74; this runs for every
   * key of the document. */
  if (G_UNLIKELY (s->len + n >= s->allocated_len))
    {
      gsize len = s->len;

      g_string_set_size (s, len + n);
      s->len = len;
    }
  memcpy (s->str + s->len, data, n);
  s->len += n;
  s->str[s->len] = '\0';
}

static inline gboolean
segment_equal (OwJsonScan  *self,
               const Entry *e,
               const char  *seg,
               gsize        seg_len)
{
  return e->segment_len == seg_len &&
         memcmp (self->segments->str + e->segment, seg, seg_len) == 0;
}

/* The slot of TABLE where the member with segment SEG is, or the free slot
 * where it would go. */
static guint32 *
table_find (OwJsonScan *self,
            guint32     table,
            const char *seg,
            gsize       seg_len)
{
  guint32 *t = &g_array_index (self->tables, guint32, table);
  guint32 mask = t[0] - 1, s;

  for (s = hash_segment (self->seed, seg, seg_len) & mask; t[1 + s] != 0; s = (s + 1) & mask)
    if (segment_equal (self, ENTRY (self, t[1 + s] - 1), seg, seg_len))
      break;
  return &t[1 + s];
}

/* A new table of N_SLOTS (a power of two) holding the members IDS. */
static guint32
table_new (OwJsonScan    *self,
           guint32        n_slots,
           const guint32 *ids,
           guint32        n_ids)
{
  guint32 table = self->tables->len, i;

  /* The tables of nested objects may follow, so a growing table moves to
   * the end rather than growing in place; what it leaves behind is less
   * than its final size. */
  g_array_set_size (self->tables, table + 1 + n_slots);
  memset (&g_array_index (self->tables, guint32, table), 0, (1 + (gsize) n_slots) * 4);
  g_array_index (self->tables, guint32, table) = n_slots;
  for (i = 0; i < n_ids; i++)
    {
      const Entry *e = ENTRY (self, ids[i]);

      *table_find (self, table, self->segments->str + e->segment, e->segment_len) = ids[i] + 1;
    }
  return table;
}

static guint32
add_entry (Parser  *ps,
           guint32  parent,
           guint32  segment,
           guint32  segment_len)
{
  OwJsonScan *scan = ps->scan;
  Entry e = { 0, 0, parent, segment, segment_len, 0, 0, NONE };
  guint32 id = scan->n_entries;

  /* Plain arrays rather than GArray: this runs for every value, and
   * g_array_append_val() is a call and a memcpy() each time. */
  if (G_UNLIKELY (scan->n_entries == scan->entries_size))
    {
      scan->entries_size = MAX (256, scan->entries_size * 2);
      scan->entries = g_renew (Entry, scan->entries, scan->entries_size);
    }
  scan->entries[scan->n_entries++] = e;

  if (parent != NONE)
    {
      if (G_UNLIKELY (ps->n_pending == ps->pending_size))
        {
          ps->pending_size = MAX (256, ps->pending_size * 2);
          ps->pending = g_renew (guint32, ps->pending, ps->pending_size);
        }
      ps->pending[ps->n_pending++] = id;
    }
  return id;
}

/* Adds a member of the innermost object, whose path segment is the tail of
 * the segments from SEG_START on.  NONE when the object already has it. */
static guint32
add_member (Parser *ps,
            gsize   seg_start)
{
  OwJsonScan *scan = ps->scan;
  Frame *frame = &ps->stack[ps->depth - 1];
  const char *seg = scan->segments->str + seg_start;
  gsize seg_len = scan->segments->len - seg_start;
  guint32 *ids = ps->pending + frame->pending_start;
  guint32 n = ps->n_pending - frame->pending_start, i, id;

  if (frame->table == NONE)
    {
      for (i = 0; i < n; i++)
        if (segment_equal (scan, ENTRY (scan, ids[i]), seg, seg_len))
          return NONE;
      id = add_entry (ps, frame->entry, (guint32) seg_start, (guint32) seg_len);
      if (n + 1 > SMALL_OBJECT)
        frame->table = table_new (scan, 4 * SMALL_OBJECT,
                                  ps->pending + frame->pending_start,
                                  n + 1);
      return id;
    }

  {
    guint32 *slot = table_find (scan, frame->table, seg, seg_len);
    guint32 n_slots;

    if (*slot != 0)
      return NONE;
    /* SLOT stays valid: add_entry() does not touch the tables. */
    id = add_entry (ps, frame->entry, (guint32) seg_start, (guint32) seg_len);
    *slot = id + 1;
    n_slots = g_array_index (scan->tables, guint32, frame->table);
    if ((n + 1) * 2 > n_slots)
      frame->table = table_new (scan, n_slots * 2,
                                ps->pending + frame->pending_start,
                                n + 1);
    return id;
  }
}

/* Reads the key whose opening quote is at *IO_POS and adds the member.
 * NONE with the error set when the key is invalid or given twice. */
static guint32
read_key (Parser *ps,
          gsize  *io_pos)
{
  OwJsonScan *scan = ps->scan;
  GString *segments = scan->segments;
  gsize key_start = *io_pos, seg_start = segments->len;
  const char *key;
  gsize key_len;
  gboolean escaped, at_root;
  guint32 id;

  if (!scan_string (ps, io_pos, NULL, &escaped))
    return NONE;

  if (escaped)
    {
      gsize again = key_start;

      /* Rare: decode it in a second pass, which cannot fail. */
      scan_string (ps, &again, ps->key, NULL);
      key = ps->key->str;
      key_len = ps->key->len;
    }
  else
    {
      key = (const char *) ps->p + key_start + 1;
      key_len = *io_pos - key_start - 2;
    }

  /* The segment, as path_append_key() writes it.  A key without escapes
   * is its own JSON-escaped form: the scanner refused control characters. */
  at_root = ps->stack[ps->depth - 1].entry == 0;
  if (key_is_identifier (key, key_len))
    {
      if (!at_root)
        append_fast (segments, ".", 1);
      append_fast (segments, key, key_len);
    }
  else if (!escaped)
    {
      append_fast (segments, "[\"", 2);
      append_fast (segments, key, key_len);
      append_fast (segments, "\"]", 2);
    }
  else
    {
      g_string_append_c (segments, '[');
      ow_json_append_quoted (segments, key, key_len);
      g_string_append_c (segments, ']');
    }

  id = add_member (ps, seg_start);
  if (id == NONE)
    {
      g_autoptr(GString) quoted = g_string_new (NULL);

      /* An entry only to name the second one by its path in the message. */
      ps->where = ps->stack[ps->depth - 1].entry;
      id = add_entry (ps, ps->where, (guint32) seg_start,
                      (guint32) (segments->len - seg_start));
      ps->where = id;

      /* The key as it would be written, without its quotes. */
      ow_json_append_quoted (quoted, key, key_len);
      g_string_truncate (quoted, quoted->len - 1);
      fail_printf (ps, key_start, OW_JSON_SCAN_ERROR_DUPLICATE_KEY,
                   _("key \"%s\" is given twice in one object"), quoted->str + 1);
      return NONE;
    }
  return id;
}

static inline void
entry_set_start (Parser  *ps,
                 guint32  entry,
                 gsize    pos)
{
  ENTRY (ps->scan, entry)->offset = (guint32) pos;
}

static inline void
entry_set_end (Parser  *ps,
               guint32  entry,
               gsize    pos)
{
  Entry *e = ENTRY (ps->scan, entry);

  e->length = (guint32) pos - e->offset;
}

/* Moves the children of the innermost container, now closed, from the
 * pending stack to their final place. */
static void
close_container (Parser *ps,
                 Frame  *frame)
{
  OwJsonScan *scan = ps->scan;
  Entry *e = ENTRY (scan, frame->entry);
  guint32 n = ps->n_pending - frame->pending_start;

  e->first_child = scan->children->len;
  e->n_children = n;
  e->table = frame->table;
  g_array_append_vals (scan->children,
                       ps->pending + frame->pending_start, n);
  ps->n_pending = frame->pending_start;
}

/* What follows a member or an element that is not "," or the right
 * closing bracket. */
static gboolean
fail_after_value (Parser *ps,
                  gsize   pos,
                  guchar  kind)
{
  guchar c;

  if (pos >= ps->len)
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                 kind == '['
                 ? _("the file ends before the closing \"]\"")
                 : _("the file ends before the closing \"}\""));

  c = ps->p[pos];
  if (kind == '[' && c == '}')
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                 _("\"}\" does not match the \"[\" that opened this array"));
  if (kind == '{' && c == ']')
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                 _("\"]\" does not match the \"{\" that opened this object"));
  if (!check_common_mistakes (ps, pos))
    return FALSE;
  if (c == '"' || c == '{' || c == '[' || c == '-' || IS_DIGIT (c) || IS_WORD (c))
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                 kind == '['
                 ? _("missing comma between items")
                 : _("missing comma before the next key"));
  return fail_unexpected_char (ps, pos);
}

/* Something at POS where a key should start. */
static gboolean
fail_key (Parser *ps,
          gsize   pos)
{
  guchar c;

  if (pos >= ps->len)
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                 _("the file ends before the closing \"}\""));
  if (!check_common_mistakes (ps, pos))
    return FALSE;
  c = ps->p[pos];
  if (IS_WORD (c))
    return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX, _("keys must be in double quotes"));
  return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX, _("expected a key in double quotes"));
}

/* An explicit stack instead of recursion, so no document, however deep,
 * can exhaust the C stack; depth is refused at OW_JSON_MAX_DEPTH anyway. */
static gboolean
parse (Parser *ps)
{
  const guchar *p = ps->p;
  gsize len = ps->len, pos;
  guint32 entry;
  Frame *frame;

  pos = skip_ws (ps, ps->body);
  if (pos >= len)
    {
      g_set_error_literal (ps->error, OW_JSON_SCAN_ERROR, OW_JSON_SCAN_ERROR_EMPTY,
                           _("the file is empty"));
      return FALSE;
    }
  entry = add_entry (ps, NONE, 0, 0);

value:
  /* ENTRY is the value about to be read. */
  ps->where = entry;
  pos = skip_ws (ps, pos);
  if (pos >= len)
    return fail_value (ps, pos);
  entry_set_start (ps, entry, pos);

  switch (p[pos])
    {
    case '{':
    case '[':
      if (ps->depth == OW_JSON_MAX_DEPTH)
        return fail_printf (ps, pos, OW_JSON_SCAN_ERROR_DEPTH,
                            _("nesting is deeper than %d levels"), OW_JSON_MAX_DEPTH);
      frame = &ps->stack[ps->depth++];
      frame->kind = p[pos];
      frame->entry = entry;
      frame->pending_start = ps->n_pending;
      frame->table = NONE;
      pos = skip_ws (ps, pos + 1);
      if (frame->kind == '{')
        {
          if (pos < len && p[pos] == '}')
            goto close;
          goto key;
        }
      if (pos < len && p[pos] == ']')
        goto close;
      entry = add_entry (ps, frame->entry, 0, ELEMENT);
      goto value;

    case '"':
      if (!scan_string (ps, &pos, NULL, NULL))
        return FALSE;
      break;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      if (!scan_number (ps, &pos))
        return FALSE;
      break;

    case 't':
    case 'f':
    case 'n':
      if (!scan_word (ps, &pos))
        return FALSE;
      break;

    default:
      return fail_value (ps, pos);
    }
  entry_set_end (ps, entry, pos);

after_value:
  if (ps->depth == 0)
    {
      ps->where = 0;
      pos = skip_ws (ps, pos);
      if (pos < len)
        {
          if (!check_common_mistakes (ps, pos))
            return FALSE;
          return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX,
                       _("unexpected text after the end of the document"));
        }
      return TRUE;
    }

  frame = &ps->stack[ps->depth - 1];
  ps->where = frame->entry;
  pos = skip_ws (ps, pos);

  if (pos < len && p[pos] == ',')
    {
      gsize comma = pos;

      pos = skip_ws (ps, pos + 1);
      if (frame->kind == '[')
        {
          if (pos < len && p[pos] == ']')
            return fail (ps, comma, OW_JSON_SCAN_ERROR_SYNTAX,
                         _("trailing comma before \"]\""));
          entry = add_entry (ps, frame->entry,
                             ps->n_pending - frame->pending_start, ELEMENT);
          goto value;
        }
      if (pos < len && p[pos] == '}')
        return fail (ps, comma, OW_JSON_SCAN_ERROR_SYNTAX,
                     _("trailing comma before \"}\""));
      goto key;
    }
  if (pos < len && p[pos] == (frame->kind == '[' ? ']' : '}'))
    goto close;
  return fail_after_value (ps, pos, frame->kind);

close:
  /* POS is at the closing bracket of the innermost container. */
  frame = &ps->stack[--ps->depth];
  close_container (ps, frame);
  pos++;
  entry_set_end (ps, frame->entry, pos);
  goto after_value;

key:
  /* POS is where the key of a member of the innermost object should be. */
  ps->where = ps->stack[ps->depth - 1].entry;
  if (pos >= len || p[pos] != '"')
    return fail_key (ps, pos);
  entry = read_key (ps, &pos);
  if (entry == NONE)
    return FALSE;
  ps->where = entry;
  pos = skip_ws (ps, pos);
  if (pos >= len || p[pos] != ':')
    {
      if (pos < len && !check_common_mistakes (ps, pos))
        return FALSE;
      return fail (ps, pos, OW_JSON_SCAN_ERROR_SYNTAX, _("missing colon after the key"));
    }
  pos++;
  goto value;
}

static void
scan_reset (OwJsonScan *self)
{
  g_clear_pointer (&self->data, g_free);
  self->len = 0;
  self->body_offset = 0;
  self->n_entries = 0;
  g_array_set_size (self->children, 0);
  g_array_set_size (self->tables, 0);
  g_string_truncate (self->segments, 0);
  g_string_truncate (self->last_parent_path, 0);
  self->last_parent = NONE;
}

/* Runs the parser over DATA in place. */
static gboolean
scan_data (OwJsonScan  *self,
           const char  *data,
           gsize        len,
           GError     **error)
{
  Parser ps = { 0, };
  gboolean ok;

  if (len > OW_JSON_MAX_BYTES)
    {
      g_set_error (error, OW_JSON_SCAN_ERROR, OW_JSON_SCAN_ERROR_SIZE,
                   _("the file is larger than %d MiB"), OW_JSON_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  ps.scan = self;
  ps.p = (const guchar *) data;
  ps.len = len;
  ps.where = NONE;
  ps.error = error;

  if (len >= 2 && ((ps.p[0] == 0xFF && ps.p[1] == 0xFE) || (ps.p[0] == 0xFE && ps.p[1] == 0xFF)))
    {
      g_set_error_literal (error, OW_JSON_SCAN_ERROR, OW_JSON_SCAN_ERROR_ENCODING,
                           _("the file is UTF-16 text; it must be saved as UTF-8"));
      return FALSE;
    }
  if (len >= 3 && ps.p[0] == 0xEF && ps.p[1] == 0xBB && ps.p[2] == 0xBF)
    ps.body = 3;
  self->body_offset = ps.body;

  /* Room for a typical document (a value every 20 bytes or so) up front,
   * so the arrays rarely grow. */
  if (self->entries_size < len / 20)
    {
      self->entries_size = (guint32) (len / 20);
      self->entries = g_renew (Entry, self->entries, self->entries_size);
    }
  g_array_set_size (self->children, (guint) (len / 20));
  g_array_set_size (self->children, 0);

  ps.pending_size = 1024;
  ps.pending = g_new (guint32, ps.pending_size);
  ps.key = g_string_sized_new (64);
  ok = parse (&ps);
  g_free (ps.pending);
  g_string_free (ps.key, TRUE);

  return ok;
}

OwJsonScan *
ow_json_scan_new (void)
{
  OwJsonScan *self = g_new0 (OwJsonScan, 1);

  self->children = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->tables = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->segments = g_string_new (NULL);
  self->last_parent_path = g_string_new (NULL);
  self->last_parent = NONE;
  self->seed = ((guint64) g_random_int () << 32) | g_random_int ();
  return self;
}

void
ow_json_scan_free (OwJsonScan *self)
{
  if (self == NULL)
    return;

  g_free (self->data);
  g_free (self->entries);
  g_array_unref (self->children);
  g_array_unref (self->tables);
  g_string_free (self->segments, TRUE);
  g_string_free (self->last_parent_path, TRUE);
  g_free (self);
}

gboolean
ow_json_scan_run (OwJsonScan  *self,
                  const char  *data,
                  gsize        len,
                  GError     **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  scan_reset (self);

  /* Refuse before copying, so a huge file costs nothing. */
  if (len > OW_JSON_MAX_BYTES)
    return scan_data (self, data, len, error);

  /* The copy lets lookups outlive the caller's buffer. */
  self->data = g_malloc (len + 1);
  if (len > 0)
    memcpy (self->data, data, len);
  self->data[len] = '\0';
  self->len = len;

  if (!scan_data (self, self->data, len, error))
    {
      scan_reset (self);
      return FALSE;
    }
  return TRUE;
}

/* The member of object E whose path segment is SEG, or NONE. */
static guint32
find_member (OwJsonScan  *self,
             const Entry *e,
             const char  *seg,
             gsize        seg_len)
{
  const guint32 *ids = &g_array_index (self->children, guint32, e->first_child);
  guint32 i;

  if (e->table != NONE)
    {
      guint32 slot = *table_find (self, e->table, seg, seg_len);

      return slot != 0 ? slot - 1 : NONE;
    }
  for (i = 0; i < e->n_children; i++)
    if (segment_equal (self, ENTRY (self, ids[i]), seg, seg_len))
      return ids[i];
  return NONE;
}

const char *
ow_json_scan_lookup (OwJsonScan *self,
                     const char *path,
                     gsize      *len)
{
  const char *q = path;
  const char *parent_end = path;
  guint32 id = 0, parent = NONE;
  gsize n_last = self->last_parent_path->len;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (len != NULL)
    *len = 0;
  if (self->data == NULL || self->n_entries == 0)
    return NULL;

  /* A path that goes on from the last container's path, at the start of a
   * segment, goes through that container: a path splits into segments
   * from left to right, each ending where its own text says. */
  if (self->last_parent != NONE && strncmp (path, self->last_parent_path->str, n_last) == 0 &&
      (path[n_last] == '.' || path[n_last] == '['))
    {
      q = path + n_last;
      id = self->last_parent;
    }

  /* Walks down segment by segment.  Only paths written the way
   * ow_json_path_append_key() and _index() write them are found. */
  while (*q != '\0')
    {
      const Entry *e = ENTRY (self, id);
      char kind = self->data[e->offset];
      gsize n = 0;

      parent = id;
      parent_end = q;

      if (q[0] == '[' && IS_DIGIT (q[1]))
        {
          guint64 index = 0;

          if (kind != '[')
            return NULL;
          for (n = 1; IS_DIGIT (q[n]); n++)
            {
              index = index * 10 + (guint64) (q[n] - '0');
              if (index > G_MAXUINT32)
                return NULL;
            }
          if (q[n] != ']' || (q[1] == '0' && n > 2) || index >= e->n_children)
            return NULL;
          id = g_array_index (self->children, guint32, e->first_child + (guint32) index);
          q += n + 1;
          continue;
        }

      if (q[0] == '[' && q[1] == '"')
        {
          for (n = 2; q[n] != '\0' && q[n] != '"'; n++)
            if (q[n] == '\\' && q[n + 1] != '\0')
              n++;
          if (q[n] != '"' || q[n + 1] != ']')
            return NULL;
          n += 2;
        }
      else
        {
          if (q[0] == '.' && id != 0)
            n = 1;
          else if (id != 0)
            return NULL;
          while (IS_WORD (q[n]))
            n++;
          if (n == 0 || (n == 1 && q[0] == '.'))
            return NULL;
        }

      if (kind != '{')
        return NULL;
      id = find_member (self, e, q, n);
      if (id == NONE)
        return NULL;
      q += n;
    }

  if (parent != NONE && parent != self->last_parent)
    {
      g_string_truncate (self->last_parent_path, 0);
      g_string_append_len (self->last_parent_path, path, parent_end - path);
      self->last_parent = parent;
    }

  if (len != NULL)
    *len = ENTRY (self, id)->length;
  return self->data + ENTRY (self, id)->offset;
}

gsize
ow_json_scan_get_body_offset (OwJsonScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->body_offset;
}

const char *
ow_json_scan_get_body (OwJsonScan *self,
                       gsize      *len)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (len != NULL)
    *len = self->data != NULL ? self->len - self->body_offset : 0;
  return self->data != NULL ? self->data + self->body_offset : NULL;
}

/* The json-glib tree ------------------------------------------------------ */

/* Appends the value of the JSON string text S (without its quotes), which
 * the scanner validated: every escape is well formed and every \\u
 * surrogate has its pair. */
static void
append_unescaped (GString    *out,
                  const char *s,
                  gsize       len)
{
  gsize i = 0, run;

  while (i < len)
    {
      run = i;
      while (i < len && s[i] != '\\')
        i++;
      append_fast (out, s + run, i - run);
      if (i >= len)
        break;

      switch (s[i + 1])
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            gunichar c = 0;

            for (guint k = 2; k < 6; k++)
              c = c * 16 + (gunichar) hex_value ((guchar) s[i + k]);
            if (c >= 0xD800 && c <= 0xDBFF)
              {
                gunichar low = 0;

                for (guint k = 8; k < 12; k++)
                  low = low * 16 + (gunichar) hex_value ((guchar) s[i + k]);
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
              }
            g_string_append_unichar (out, c);
            i += 6;
            continue;
          }
        default:
          /* \", \\ and \/ stand for themselves. */
          g_string_append_c (out, s[i + 1]);
          break;
        }
      i += 2;
    }
}

/* The decoded key of member E, from its path segment: "key" at the root,
 * ".key" below it, or ["key"] with the key JSON-escaped. */
static const char *
member_key (OwJsonScan  *self,
            const Entry *e,
            GString     *buf)
{
  const char *seg = self->segments->str + e->segment;
  gsize len = e->segment_len;

  g_string_truncate (buf, 0);
  if (seg[0] == '[')
    append_unescaped (buf, seg + 2, len - 4);
  else if (seg[0] == '.')
    append_fast (buf, seg + 1, len - 1);
  else
    append_fast (buf, seg, len);
  return buf->str;
}

static JsonNode *
entry_to_node (OwJsonScan *self,
               guint32     id,
               JsonNode   *parent,
               GString    *buf)
{
  const Entry *e = ENTRY (self, id);
  const char *text = self->data + e->offset;
  const guint32 *children = &g_array_index (self->children, guint32, e->first_child);
  JsonNode *node = json_node_alloc ();

  switch (text[0])
    {
    case '{':
      {
        JsonObject *object = json_object_new ();

        json_node_init (node, JSON_NODE_OBJECT);
        json_node_take_object (node, object);
        for (guint32 i = 0; i < e->n_children; i++)
          {
            JsonNode *member = entry_to_node (self, children[i], node, buf);

            /* The key last: the member's own strings reuse BUF. */
            json_object_set_member (object, member_key (self, ENTRY (self, children[i]), buf), member);
          }
        break;
      }

    case '[':
      {
        JsonArray *array = json_array_sized_new (e->n_children);

        json_node_init (node, JSON_NODE_ARRAY);
        json_node_take_array (node, array);
        for (guint32 i = 0; i < e->n_children; i++)
          json_array_add_element (array, entry_to_node (self, children[i], node, buf));
        break;
      }

    case '"':
      g_string_truncate (buf, 0);
      append_unescaped (buf, text + 1, e->length - 2);
      json_node_init_string (node, buf->str);
      break;

    case 't':
      json_node_init_boolean (node, TRUE);
      break;

    case 'f':
      json_node_init_boolean (node, FALSE);
      break;

    case 'n':
      json_node_init_null (node);
      break;

    default:
      /* As json-glib's parser has them: an integer literal is a gint64
       * (wrapping past 64 bits the way the parser does), anything with a
       * fraction or an exponent a double.  The loader reads every number
       * from its text, never from here. */
      g_string_truncate (buf, 0);
      append_fast (buf, text, e->length);
      if (strpbrk (buf->str, ".eE") == NULL)
        {
          gboolean negative = buf->str[0] == '-';
          guint64 magnitude = g_ascii_strtoull (buf->str + negative, NULL, 10);

          json_node_init_int (node, (gint64) (negative ? 0 - magnitude : magnitude));
        }
      else
        json_node_init_double (node, g_ascii_strtod (buf->str, NULL));
      break;
    }

  json_node_set_parent (node, parent);
  return node;
}

/**
 * ow_json_scan_to_node:
 *
 * The document of the last successful run as a json-glib tree, built from
 * the index rather than by parsing the text a second time with
 * #JsonParser, which took more than half of the time of loading a large
 * document.  The tree is what #JsonParser builds: the same node types,
 * members in file order, strings decoded the same way.
 *
 * Returns: (transfer full) (nullable): the root, or %NULL after a failed
 *   run
 */
JsonNode *
ow_json_scan_to_node (OwJsonScan *self)
{
  g_autoptr(GString) buf = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->data == NULL || self->n_entries == 0)
    return NULL;

  buf = g_string_sized_new (256);
  return entry_to_node (self, 0, NULL, buf);
}

guint
ow_json_scan_get_n_values (OwJsonScan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->data != NULL ? self->n_entries : 0;
}

gboolean
ow_json_validate (const char  *data,
                  gsize        len,
                  GError     **error)
{
  g_autoptr(OwJsonScan) scan = NULL;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* No copy: the index dies with this function. */
  scan = ow_json_scan_new ();
  return scan_data (scan, data, len, error);
}
