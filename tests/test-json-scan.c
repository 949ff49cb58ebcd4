/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the strict JSON scanner: every rule with its exact message and
 * place, the limits, value lookup by path and exact number conversion. */
#define G_LOG_DOMAIN "test-json-scan"

#include "config.h"

#include <string.h>

#include "ow-json-scan.h"

typedef struct
{
  const char     *name;
  const char     *input;
  gsize           len;     /* 0: strlen (input) */
  OwJsonScanError code;
  const char     *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
  /* Numbers. */
  { "hex", "{\n  \"offers\": [\n    {\n      \"base_salary\": 0x10\n    }\n  ]\n}", 0,
    OW_JSON_SCAN_ERROR_SYNTAX,
    "offers[0].base_salary: hexadecimal numbers are not allowed (line 4, column 22)" },
  { "leading-zero", "{\"a\": 012}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: numbers must not have leading zeros (line 1, column 7)" },
  { "leading-zero-negative", "[-012]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: numbers must not have leading zeros (line 1, column 2)" },
  { "plus-sign", "{\"a\": +1}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: numbers must not start with \"+\" (line 1, column 7)" },
  { "no-integer-digit", "[.5]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: numbers must have a digit before the decimal point (line 1, column 2)" },
  { "no-fraction-digit", "[1.]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: numbers must have a digit after the decimal point (line 1, column 2)" },
  { "no-exponent-digit", "[1e+]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: numbers must have digits in the exponent (line 1, column 2)" },
  { "lone-minus", "[-]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: \"-\" must be followed by a digit (line 1, column 2)" },
  { "two-points", "[1.5.3]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: \"1.5.3\" is not a valid number (line 1, column 2)" },
  { "digits-and-letters", "{\"a\": 12abc}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: \"12abc\" is not a valid number (line 1, column 7)" },
  { "nan", "{\"a\": NaN}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: NaN and Infinity are not numbers (line 1, column 7)" },
  { "infinity", "[1, Infinity]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[1]: NaN and Infinity are not numbers (line 1, column 5)" },
  { "minus-infinity", "[-Infinity]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: NaN and Infinity are not numbers (line 1, column 2)" },

  /* Words and characters that are not values. */
  { "capital-true", "{\"a\": True}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: \"True\" must be written in lower case: true (line 1, column 7)" },
  { "bare-word", "{\"a\": abc}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: \"abc\" is not a value (strings must be in double quotes) (line 1, column 7)" },
  { "word-after-literal", "[truex]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: \"truex\" is not a value (strings must be in double quotes) (line 1, column 2)" },
  { "unexpected-char", "[1, @]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[1]: unexpected character \"@\" (line 1, column 5)" },
  { "no-break-space", "[1,\xc2\xa0" "2]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[1]: unexpected character U+00A0 (line 1, column 4)" },
  { "comment-line", "{\n  // note\n  \"a\": 1\n}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "comments are not allowed (line 2, column 3)" },
  { "comment-block", "{\"a\": 1 /* x */}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "comments are not allowed (line 1, column 9)" },
  { "comment-as-value", "{\"a\": /* x */ 1}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: comments are not allowed (line 1, column 7)" },
  { "single-quoted-value", "{\"a\": 'x'}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: strings must use double quotes (line 1, column 7)" },
  { "single-quoted-key", "{'a': 1}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "strings must use double quotes (line 1, column 2)" },
  { "typographic-quotes", "{\xe2\x80\x9c" "a\xe2\x80\x9d: 1}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "strings must use straight double quotes (\"), not typographic quotes (line 1, column 2)" },
  { "unquoted-key", "{\"a\": {\"b\": 1, c: 2}}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: keys must be in double quotes (line 1, column 16)" },
  { "missing-key", "{\"a\": 1,,}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "expected a key in double quotes (line 1, column 9)" },

  /* Structure. */
  { "trailing-comma-array", "[1, 2,]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "trailing comma before \"]\" (line 1, column 6)" },
  { "trailing-comma-object", "{\"a\": {\"b\": 1,\n}}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: trailing comma before \"}\" (line 1, column 14)" },
  { "missing-comma-array", "[1 2]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "missing comma between items (line 1, column 4)" },
  { "missing-comma-object", "{\"a\": 1\n \"b\": 2}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "missing comma before the next key (line 2, column 2)" },
  { "missing-colon", "{\"a\" 1}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: missing colon after the key (line 1, column 6)" },
  { "missing-value-object", "{\"a\": }", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: missing value (line 1, column 7)" },
  { "missing-value-array", "[1,,2]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[1]: missing value (line 1, column 4)" },
  { "mismatched-array", "[1, 2}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "\"}\" does not match the \"[\" that opened this array (line 1, column 6)" },
  { "mismatched-object", "{\"a\": 1]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "\"]\" does not match the \"{\" that opened this object (line 1, column 8)" },
  { "unclosed-array", "{\"a\": [1, 2", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: the file ends before the closing \"]\" (line 1, column 12)" },
  { "unclosed-object", "{\"a\": 1", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "the file ends before the closing \"}\" (line 1, column 8)" },
  { "unclosed-after-colon", "{\"a\":", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: the file ends where a value should be (line 1, column 6)" },
  { "text-after-end", "{} x", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "unexpected text after the end of the document (line 1, column 4)" },
  { "extra-bracket", "{\"a\": 1}\n}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "unexpected text after the end of the document (line 2, column 1)" },
  { "duplicate-key",
    "{\"offers\": [{\"id\": \"x\", \"base_salary\": 1, \"base_salary\": 2}]}", 0,
    OW_JSON_SCAN_ERROR_DUPLICATE_KEY,
    "offers[0].base_salary: key \"base_salary\" is given twice in one object (line 1, column 43)" },
  { "duplicate-key-nested-escaped", "{\"a\": {\"b\": {\"c\\u0064\": 1, \"cd\": 2}}}", 0,
    OW_JSON_SCAN_ERROR_DUPLICATE_KEY,
    "a.b.cd: key \"cd\" is given twice in one object (line 1, column 28)" },
  { "duplicate-key-quoted-path", "{\"EU R\": 1, \"EU R\": 2}", 0,
    OW_JSON_SCAN_ERROR_DUPLICATE_KEY,
    "[\"EU R\"]: key \"EU R\" is given twice in one object (line 1, column 13)" },

  /* Strings. */
  { "unterminated-string", "{\"a\": \"abc", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: unterminated string (line 1, column 7)" },
  { "line-break-in-string", "{\"a\": \"x\ny\"}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: line break inside a string (close the string with \" or write \\n) (line 1, column 9)" },
  { "tab-in-string", "[\"a\tb\"]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: strings must not contain tab characters (write \\t) (line 1, column 4)" },
  { "control-in-string", "[\"a\x01\"]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: strings must not contain control characters (write \\u0001) (line 1, column 4)" },
  { "nul-escape", "[\"a\\u0000b\"]", 0, OW_JSON_SCAN_ERROR_ENCODING,
    "[0]: strings must not contain the NUL character (line 1, column 4)" },
  { "nul-byte", "[\"a\0b\"]", 7, OW_JSON_SCAN_ERROR_ENCODING,
    "[0]: strings must not contain the NUL character (line 1, column 4)" },
  { "nul-byte-outside", "[1,\0]", 5, OW_JSON_SCAN_ERROR_SYNTAX,
    "[1]: unexpected character U+0000 (line 1, column 4)" },
  { "bad-u-escape", "[\"\\u12G4\"]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: invalid \\u escape (it needs four hexadecimal digits) (line 1, column 3)" },
  { "short-u-escape", "[\"\\u12\"]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: invalid \\u escape (it needs four hexadecimal digits) (line 1, column 3)" },
  { "lone-high-surrogate", "[\"\\uD83D\"]", 0, OW_JSON_SCAN_ERROR_ENCODING,
    "[0]: unpaired surrogate in \\u escape (line 1, column 3)" },
  { "lone-low-surrogate", "[\"x\\uDE00\"]", 0, OW_JSON_SCAN_ERROR_ENCODING,
    "[0]: unpaired surrogate in \\u escape (line 1, column 4)" },
  { "high-then-high-surrogate", "[\"\\uD83D\\uD83D\"]", 0, OW_JSON_SCAN_ERROR_ENCODING,
    "[0]: unpaired surrogate in \\u escape (line 1, column 3)" },
  { "invalid-escape", "[\"C:\\Users\"]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[0]: invalid escape \"\\U\" (write a backslash as \\\\) (line 1, column 5)" },

  /* Encoding. */
  { "invalid-utf8", "[\"\xc3\x28\"]", 0, OW_JSON_SCAN_ERROR_ENCODING,
    "[0]: invalid UTF-8 (the file must be saved as UTF-8 text) (line 1, column 3)" },
  { "overlong-utf8", "[\"ab\xc0\xaf\"]", 0, OW_JSON_SCAN_ERROR_ENCODING,
    "[0]: invalid UTF-8 (the file must be saved as UTF-8 text) (line 1, column 5)" },
  { "utf8-surrogate", "[\"\xed\xa0\x80\"]", 0, OW_JSON_SCAN_ERROR_ENCODING,
    "[0]: invalid UTF-8 (the file must be saved as UTF-8 text) (line 1, column 3)" },
  { "truncated-utf8", "[\"\xe2\x82", 0, OW_JSON_SCAN_ERROR_ENCODING,
    "[0]: invalid UTF-8 (the file must be saved as UTF-8 text) (line 1, column 3)" },
  { "invalid-utf8-outside", "[1, \xff]", 0, OW_JSON_SCAN_ERROR_ENCODING,
    "[1]: invalid UTF-8 (the file must be saved as UTF-8 text) (line 1, column 5)" },
  { "utf16", "\xff\xfe{\0}\0", 6, OW_JSON_SCAN_ERROR_ENCODING,
    "the file is UTF-16 text; it must be saved as UTF-8" },

  /* Positions: columns count characters, lines end at LF, CRLF or CR, and a
   * byte order mark is not a column. */
  { "column-in-characters", "[\"\xc3\xa9\", \"\xc3\xbc\", 0x1]", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "[2]: hexadecimal numbers are not allowed (line 1, column 12)" },
  { "crlf-lines", "{\r\n\"a\": 0x1\r\n}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: hexadecimal numbers are not allowed (line 2, column 6)" },
  { "cr-lines", "{\r\"a\": 0x1}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: hexadecimal numbers are not allowed (line 2, column 6)" },
  { "bom-column", "\xef\xbb\xbf{\"a\": 0x1}", 0, OW_JSON_SCAN_ERROR_SYNTAX,
    "a: hexadecimal numbers are not allowed (line 1, column 7)" },

  /* The whole file. */
  { "empty", "", 0, OW_JSON_SCAN_ERROR_EMPTY, "the file is empty" },
  { "blank", " \n\t\r\n ", 0, OW_JSON_SCAN_ERROR_EMPTY, "the file is empty" },
  { "bom-only", "\xef\xbb\xbf", 0, OW_JSON_SCAN_ERROR_EMPTY, "the file is empty" },
};

static void
assert_scan_error (const char      *input,
                   gsize            len,
                   OwJsonScanError  code,
                   const char      *message)
{
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;

  g_assert_false (ow_json_scan_run (scan, input, len, &error));
  g_assert_error (error, OW_JSON_SCAN_ERROR, (int) code);
  g_assert_cmpstr (error->message, ==, message);

  /* A failed run keeps nothing. */
  g_assert_null (ow_json_scan_lookup (scan, "", NULL));
  g_assert_cmpuint (ow_json_scan_get_n_values (scan), ==, 0);

  /* The index-free check agrees. */
  g_assert_false (ow_json_validate (input, len, &error2));
  g_assert_error (error2, OW_JSON_SCAN_ERROR, (int) code);
  g_assert_cmpstr (error2->message, ==, message);
}

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *c = data;

  assert_scan_error (c->input, c->len ? c->len : strlen (c->input), c->code, c->message);
}

static void
assert_scan_ok (OwJsonScan *scan,
                const char *input,
                gsize       len)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ow_json_scan_run (scan, input, len, &error));
  g_assert_no_error (error);
}

static void
assert_lookup (OwJsonScan *scan,
               const char *path,
               const char *expected)
{
  g_autofree char *copy = NULL;
  const char *text;
  gsize len = 12345;

  text = ow_json_scan_lookup (scan, path, &len);
  if (expected == NULL)
    {
      g_assert_null (text);
      g_assert_cmpuint (len, ==, 0);
      return;
    }
  g_assert_nonnull (text);
  copy = g_strndup (text, len);
  g_assert_cmpstr (copy, ==, expected);
}

static void
test_valid_documents (void)
{
  static const char *const valid[] = {
    "{}", "[]", "0", "-0", "\"x\"", "true", "false", "null", " \n{ } \r\n",
    "[1, -1.5e+10, 0.0, 1E-2, 123456789012345678901234567890]",
    "{\"a\": [{}, [], \"\", \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"]}",
    "[\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\x7f\"]",
    "[{\"a\": 1}, {\"a\": 2}]", /* the same key in two objects */
    "{\"a\": 1, \"A\": 2, \"a \": 3}",
  };
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!ow_json_scan_run (scan, valid[i], strlen (valid[i]), &error))
        g_error ("%s: %s", valid[i], error->message);
      g_assert_true (ow_json_validate (valid[i], strlen (valid[i]), NULL));
    }
}

static void
test_lookup (void)
{
  static const char doc[] =
    "\n{\n"
    "  \"base\": 180000.50,\n"
    "  \"big\": 1e400,\n"
    "  \"neg\": -0,\n"
    "  \"s\": \"a\\\"b\",\n"
    "  \"o\": { \"x\": [1, 2] },\n"
    "  \"exchange_rates\": { \"EU R\": 1.08, \"a\\nb\": 2 },\n"
    "  \"arr\": [[1], {\"k\": null}, []]\n"
    "}\n";
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  g_autofree char *copy = g_strdup (doc);
  g_autofree char *rates = NULL;
  g_autofree char *eur = NULL;
  g_autofree char *ab = NULL;
  const char *body;
  gsize len;

  /* The scanner keeps its own copy. */
  assert_scan_ok (scan, copy, strlen (copy));
  memset (copy, 'x', strlen (copy));

  assert_lookup (scan, "base", "180000.50");
  assert_lookup (scan, "big", "1e400");
  assert_lookup (scan, "neg", "-0");
  assert_lookup (scan, "s", "\"a\\\"b\"");
  assert_lookup (scan, "o", "{ \"x\": [1, 2] }");
  assert_lookup (scan, "o.x", "[1, 2]");
  assert_lookup (scan, "o.x[1]", "2");
  assert_lookup (scan, "arr[0][0]", "1");
  assert_lookup (scan, "arr[1].k", "null");
  assert_lookup (scan, "arr[2]", "[]");
  assert_lookup (scan, "arr[3]", NULL);
  assert_lookup (scan, "missing", NULL);
  assert_lookup (scan, "o.x[2]", NULL);
  assert_lookup (scan, "exchange_rates[\"EU R\"]", "1.08");
  assert_lookup (scan, "exchange_rates.EU R", NULL);

  /* The loader builds the same paths. */
  rates = ow_json_path_append_key ("", "exchange_rates");
  eur = ow_json_path_append_key (rates, "EU R");
  ab = ow_json_path_append_key (rates, "a\nb");
  assert_lookup (scan, eur, "1.08");
  assert_lookup (scan, ab, "2");

  g_assert_nonnull (ow_json_scan_lookup (scan, "", &len));
  g_assert_cmpuint (len, ==, strlen (doc) - 2);
  g_assert_cmpuint (ow_json_scan_get_n_values (scan), ==, 18);
  g_assert_cmpuint (ow_json_scan_get_body_offset (scan), ==, 0);
  body = ow_json_scan_get_body (scan, &len);
  g_assert_cmpstr (body, ==, doc);
  g_assert_cmpuint (len, ==, strlen (doc));
}

static void
test_rerun (void)
{
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  g_autoptr(GError) error = NULL;

  assert_scan_ok (scan, "{\"a\": 1}", 8);
  assert_lookup (scan, "a", "1");
  g_assert_false (ow_json_scan_run (scan, "{\"a\": 1,}", 9, &error));
  assert_lookup (scan, "a", NULL);
  assert_scan_ok (scan, "{\"b\": 2}", 8);
  assert_lookup (scan, "a", NULL);
  assert_lookup (scan, "b", "2");
}

static void
test_bom (void)
{
  static const char doc[] = "\xef\xbb\xbf{\"a\": 1.10}";
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  const char *body;
  gsize len;

  assert_scan_ok (scan, doc, strlen (doc));
  g_assert_cmpuint (ow_json_scan_get_body_offset (scan), ==, 3);
  body = ow_json_scan_get_body (scan, &len);
  g_assert_cmpstr (body, ==, "{\"a\": 1.10}");
  g_assert_cmpuint (len, ==, strlen (doc) - 3);
  assert_lookup (scan, "", "{\"a\": 1.10}");
  assert_lookup (scan, "a", "1.10");
}

static char *
nested (guint        depth,
        const char  *open,
        const char  *inner,
        const char  *close)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < depth; i++)
    g_string_append (s, open);
  g_string_append (s, inner);
  for (i = 0; i < depth; i++)
    g_string_append (s, close);
  return g_string_free (s, FALSE);
}

static char *
repeat (const char *unit,
        guint       n)
{
  GString *s = g_string_new (NULL);

  while (n-- > 0)
    g_string_append (s, unit);
  return g_string_free (s, FALSE);
}

static void
test_depth_limit (void)
{
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  g_autofree char *ok_arrays = nested (64, "[", "1", "]");
  g_autofree char *ok_objects = nested (64, "{\"a\":", "1", "}");
  g_autofree char *ok_empty = nested (63, "[", "{}", "]");
  g_autofree char *deep_arrays = nested (65, "[", "", "]");
  g_autofree char *deep_objects = nested (65, "{\"a\":", "1", "}");
  g_autofree char *array_path = repeat ("[0]", 64);
  g_autofree char *object_path = NULL;
  g_autofree char *message = NULL;
  g_autofree char *deepest = NULL;
  g_autofree char *dots = repeat (".a", 64);

  assert_scan_ok (scan, ok_arrays, strlen (ok_arrays));
  deepest = repeat ("[0]", 64);
  assert_lookup (scan, deepest, "1");
  assert_scan_ok (scan, ok_objects, strlen (ok_objects));
  assert_scan_ok (scan, ok_empty, strlen (ok_empty));

  message = g_strdup_printf ("%s: nesting is deeper than 64 levels (line 1, column 65)",
                             array_path);
  assert_scan_error (deep_arrays, strlen (deep_arrays), OW_JSON_SCAN_ERROR_DEPTH, message);

  g_free (message);
  object_path = g_strdup (dots + 1);
  message = g_strdup_printf ("%s: nesting is deeper than 64 levels (line 1, column 321)",
                             object_path);
  assert_scan_error (deep_objects, strlen (deep_objects), OW_JSON_SCAN_ERROR_DEPTH, message);
}

static void
test_depth_hostile (void)
{
  g_autofree char *brackets = repeat ("[", 100000);
  g_autofree char *message = NULL;
  g_autofree char *path = repeat ("[0]", 64);
  gdouble elapsed;

  message = g_strdup_printf ("%s: nesting is deeper than 64 levels (line 1, column 65)", path);
  g_test_timer_start ();
  assert_scan_error (brackets, strlen (brackets), OW_JSON_SCAN_ERROR_DEPTH, message);
  elapsed = g_test_timer_elapsed ();
  /* Generous for sanitizer builds; what matters is that it stops early. */
  g_assert_cmpfloat (elapsed, <, 0.5);
}

static void
test_size_limit (void)
{
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  char *doc = g_malloc (OW_JSON_MAX_BYTES + 1);
  gsize len;

  /* Exactly 16 MiB: one string filling the file. */
  memset (doc, 'a', OW_JSON_MAX_BYTES + 1);
  doc[0] = '"';
  doc[OW_JSON_MAX_BYTES - 1] = '"';
  assert_scan_ok (scan, doc, OW_JSON_MAX_BYTES);
  g_assert_nonnull (ow_json_scan_lookup (scan, "", &len));
  g_assert_cmpuint (len, ==, OW_JSON_MAX_BYTES);

  /* One byte more is refused before anything else is looked at. */
  doc[OW_JSON_MAX_BYTES - 1] = 'a';
  doc[OW_JSON_MAX_BYTES] = '"';
  assert_scan_error (doc, OW_JSON_MAX_BYTES + 1, OW_JSON_SCAN_ERROR_SIZE,
                     "the file is larger than 16 MiB");
  g_free (doc);
}

static void
test_paths (void)
{
  static const struct { const char *path, *key, *expected; } keys[] = {
    { "", "format", "format" },
    { "offers[1].grants[0].vesting", "year_percents",
      "offers[1].grants[0].vesting.year_percents" },
    { "exchange_rates", "EU R", "exchange_rates[\"EU R\"]" },
    { "", "EU R", "[\"EU R\"]" },
    { "a", "", "a[\"\"]" },
    { "a", "1abc", "a[\"1abc\"]" },
    { "a", "_x1", "a._x1" },
    { "a", "say \"hi\"\\", "a[\"say \\\"hi\\\"\\\\\"]" },
    { "a", "tab\there\x01", "a[\"tab\\there\\u0001\"]" },
    { "a", "\xc3\xa9t\xc3\xa9", "a[\"\xc3\xa9t\xc3\xa9\"]" },
    { "a", "b.c", "a[\"b.c\"]" },
  };
  static const struct { const char *path; guint i; const char *expected; } indexes[] = {
    { "offers", 1, "offers[1]" },
    { "", 0, "[0]" },
    { "x[\"k\"]", 4294967295u, "x[\"k\"][4294967295]" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *path = ow_json_path_append_key (keys[i].path, keys[i].key);

      g_assert_cmpstr (path, ==, keys[i].expected);
    }
  for (i = 0; i < G_N_ELEMENTS (indexes); i++)
    {
      g_autofree char *path = ow_json_path_append_index (indexes[i].path, indexes[i].i);

      g_assert_cmpstr (path, ==, indexes[i].expected);
    }
}

static void
test_scanner_paths_match (void)
{
  /* Every key the scanner indexes can be found with a path built by the
   * helpers, whatever the key contains. */
  static const char doc[] =
    "{\"offers\": [{\"grants\": [{\"vesting\": {\"year_percents\": [5, 15, 40, 40]}}]}],"
    " \"k\\u00e9y\": 1, \"\\\"\": 2, \"\": 3, \"\\t\": 4}";
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  static const struct { const char *key; const char *value; } keys[] = {
    { "k\xc3\xa9y", "1" }, { "\"", "2" }, { "", "3" }, { "\t", "4" },
  };
  guint i;

  assert_scan_ok (scan, doc, strlen (doc));
  assert_lookup (scan, "offers[0].grants[0].vesting.year_percents[3]", "40");
  for (i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *path = ow_json_path_append_key ("", keys[i].key);

      assert_lookup (scan, path, keys[i].value);
    }
}

static void
test_lookup_canonical_only (void)
{
  static const char doc[] =
    "{\"a\": {\"b\": [10, 11]}, \"\": 1, \"1x\": 2, \"q\\\"\": 3, \"x.y\": 4}";
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();

  assert_scan_ok (scan, doc, strlen (doc));
  assert_lookup (scan, "a.b[1]", "11");
  assert_lookup (scan, "[\"\"]", "1");
  assert_lookup (scan, "[\"1x\"]", "2");
  assert_lookup (scan, "[\"q\\\"\"]", "3");
  assert_lookup (scan, "[\"x.y\"]", "4");

  /* Other spellings of the same place are not paths. */
  assert_lookup (scan, "[\"a\"]", NULL);
  assert_lookup (scan, ".a", NULL);
  assert_lookup (scan, "a[\"b\"]", NULL);
  assert_lookup (scan, "a.b[01]", NULL);
  assert_lookup (scan, "a.b[ 1]", NULL);
  assert_lookup (scan, "a.b.", NULL);
  assert_lookup (scan, "a..b", NULL);
  assert_lookup (scan, "a.b[1", NULL);
  assert_lookup (scan, "a.b[4294967296]", NULL);
  assert_lookup (scan, "x.y", NULL);
  assert_lookup (scan, "a[0]", NULL);
  assert_lookup (scan, "a.b.c", NULL);
  assert_lookup (scan, "[\"q\\\"]", NULL);
}

static char *
large_object (guint        n,
              const char  *extra)
{
  GString *s = g_string_new ("{\"big\": {");
  guint i;

  for (i = 0; i < n; i++)
    g_string_append_printf (s, "%s\"k%u\": {\"v\": [%u, {\"k%u\": %u}]}",
                            i > 0 ? ", " : "", i, i, i, i);
  g_string_append_printf (s, "%s}}", extra);
  return g_string_free (s, FALSE);
}

static void
test_large_object (void)
{
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  g_autofree char *doc = large_object (5000, "");
  g_autofree char *dup = large_object (5000, ", \"k4321\": 0");
  guint i;

  /* Objects past a few members are searched through a hash table that
   * grows while nested objects add theirs. */
  assert_scan_ok (scan, doc, strlen (doc));
  for (i = 0; i < 5000; i += 7)
    {
      g_autofree char *path = g_strdup_printf ("big.k%u.v[1].k%u", i, i);
      g_autofree char *value = g_strdup_printf ("%u", i);

      assert_lookup (scan, path, value);
    }
  assert_lookup (scan, "big.k5000", NULL);
  assert_lookup (scan, "big.k12.v[2]", NULL);

  assert_scan_error (dup, strlen (dup), OW_JSON_SCAN_ERROR_DUPLICATE_KEY,
                     "big.k4321: key \"k4321\" is given twice in one object "
                     "(line 1, column 200570)");
  g_assert_cmpuint (strstr (dup, ", \"k4321\": 0") + 2 - dup + 1, ==, 200570);
}

static void
test_long_key_many_elements (void)
{
  /* Paths are stored a segment at a time: whole paths would take
   * 64 KiB × 200,000 = 13 GB here. */
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  g_autofree char *key = repeat ("k", 65536);
  g_autofree char *zeros = repeat ("0,", 200000);
  g_autofree char *doc = g_strdup_printf ("{\"%s\": [%s0]}", key, zeros);
  g_autofree char *path = g_strdup_printf ("%s[200000]", key);

  assert_scan_ok (scan, doc, strlen (doc));
  assert_lookup (scan, path, "0");
  g_assert_cmpuint (ow_json_scan_get_n_values (scan), ==, 200003);
}

typedef struct
{
  const char         *literal;
  guint               decimals;
  OwJsonNumberStatus  status;
  gint64              value;
} NumberCase;

static void
test_number_scaled (void)
{
  static const NumberCase cases[] = {
    { "180000.50", 2, OW_JSON_NUMBER_OK, 18000050 },
    { "1.50", 2, OW_JSON_NUMBER_OK, 150 },
    { "150e-2", 2, OW_JSON_NUMBER_OK, 150 },
    { "1.5E+2", 0, OW_JSON_NUMBER_OK, 150 },
    { "-5.25", 2, OW_JSON_NUMBER_OK, -525 },
    { "-0", 2, OW_JSON_NUMBER_OK, 0 },
    { "-0.0e5", 2, OW_JSON_NUMBER_OK, 0 },
    { "0e-400", 2, OW_JSON_NUMBER_OK, 0 },
    { "0.000", 0, OW_JSON_NUMBER_OK, 0 },
    { "48.0", 0, OW_JSON_NUMBER_OK, 48 },
    { "0.000001", 6, OW_JSON_NUMBER_OK, 1 },
    { "123.456", 6, OW_JSON_NUMBER_OK, 123456000 },
    { "1e18", 0, OW_JSON_NUMBER_OK, G_GINT64_CONSTANT (1000000000000000000) },
    { "10e17", 0, OW_JSON_NUMBER_OK, G_GINT64_CONSTANT (1000000000000000000) },
    { "1", 18, OW_JSON_NUMBER_OK, G_GINT64_CONSTANT (1000000000000000000) },
    { "0.00000000000000000000000001e26", 0, OW_JSON_NUMBER_OK, 1 },
    { "9223372036854775807", 0, OW_JSON_NUMBER_OK, G_MAXINT64 },
    { "-9223372036854775808", 0, OW_JSON_NUMBER_OK, G_MININT64 },
    { "92233720368547758.07", 2, OW_JSON_NUMBER_OK, G_MAXINT64 },
    { "-92233720368547758.08", 2, OW_JSON_NUMBER_OK, G_MININT64 },
    { "0e99999999999999999999999999", 2, OW_JSON_NUMBER_OK, 0 },

    { "1.505", 2, OW_JSON_NUMBER_TOO_PRECISE, 0 },
    { "0.1", 0, OW_JSON_NUMBER_TOO_PRECISE, 0 },
    { "48.5", 0, OW_JSON_NUMBER_TOO_PRECISE, 0 },
    { "1e-99999999999", 2, OW_JSON_NUMBER_TOO_PRECISE, 0 },
    { "1.5e-99999999999999999999999999", 2, OW_JSON_NUMBER_TOO_PRECISE, 0 },
    { "0.0000001", 6, OW_JSON_NUMBER_TOO_PRECISE, 0 },

    { "1e400", 2, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },
    { "99999999999999999999", 0, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },
    { "9223372036854775808", 0, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },
    { "-9223372036854775809", 0, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },
    { "92233720368547758.08", 2, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },
    { "1e19", 0, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },
    { "1", 19, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },
    { "1", 4000000000u, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },
    { "1e99999999999999999999999999", 0, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },
    { "-1e400", 2, OW_JSON_NUMBER_OUT_OF_RANGE, 0 },

    { "", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "NaN", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "Infinity", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "0x10", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "012", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "+1", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "1.", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { ".5", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "1e", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { " 1", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "1 ", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "--1", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
    { "\"1\"", 0, OW_JSON_NUMBER_NOT_A_NUMBER, 0 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 out = 42;
      OwJsonNumberStatus status;

      status = ow_json_number_scaled (cases[i].literal, strlen (cases[i].literal),
                                      cases[i].decimals, &out);
      if (status != cases[i].status)
        g_error ("%s × 10^%u: status %d, expected %d", cases[i].literal,
                 cases[i].decimals, status, cases[i].status);
      if (status == OW_JSON_NUMBER_OK)
        g_assert_cmpint (out, ==, cases[i].value);
      else
        g_assert_cmpint (out, ==, 42);
    }

  /* Only LEN bytes count. */
  {
    gint64 out = 0;

    g_assert_cmpint (ow_json_number_scaled ("12.34}", 5, 2, &out), ==, OW_JSON_NUMBER_OK);
    g_assert_cmpint (out, ==, 1234);
  }
}

static void
test_number_long_digits (void)
{
  g_autofree char *zeros = repeat ("0", 100000);
  g_autofree char *big = g_strconcat ("1", zeros, NULL);
  g_autofree char *shifted = g_strconcat ("1", zeros, "e-100000", NULL);
  g_autofree char *tiny = g_strconcat ("0.", zeros, "1", NULL);
  g_autofree char *small_zero = g_strconcat ("0.", zeros, NULL);
  g_autofree char *padded = g_strconcat ("2.5", zeros, NULL);
  gint64 out = 0;

  g_assert_cmpint (ow_json_number_scaled (big, strlen (big), 0, &out), ==,
                   OW_JSON_NUMBER_OUT_OF_RANGE);
  g_assert_cmpint (ow_json_number_scaled (shifted, strlen (shifted), 0, &out), ==,
                   OW_JSON_NUMBER_OK);
  g_assert_cmpint (out, ==, 1);
  g_assert_cmpint (ow_json_number_scaled (tiny, strlen (tiny), 2, &out), ==,
                   OW_JSON_NUMBER_TOO_PRECISE);
  g_assert_cmpint (ow_json_number_scaled (small_zero, strlen (small_zero), 2, &out), ==,
                   OW_JSON_NUMBER_OK);
  g_assert_cmpint (out, ==, 0);
  g_assert_cmpint (ow_json_number_scaled (padded, strlen (padded), 1, &out), ==,
                   OW_JSON_NUMBER_OK);
  g_assert_cmpint (out, ==, 25);
}

static void
test_number_is_valid (void)
{
  g_assert_true (ow_json_number_is_valid ("0", 1));
  g_assert_true (ow_json_number_is_valid ("-0.5e-3", 7));
  g_assert_true (ow_json_number_is_valid ("12345678901234567890", 20));
  g_assert_false (ow_json_number_is_valid ("", 0));
  g_assert_false (ow_json_number_is_valid ("01", 2));
  g_assert_false (ow_json_number_is_valid ("1.", 2));
  g_assert_false (ow_json_number_is_valid ("nan", 3));
  g_assert_false (ow_json_number_is_valid ("1 ", 2));
}

/* A document shaped like a real one: N offers of about 2 KB each. */
static char *
make_document (guint  n_offers,
               gsize *len)
{
  GString *s = g_string_new ("{\n  \"format\": \"offer-workbench\",\n  \"version\": 1,\n"
                             "  \"exchange_rates\": { \"EUR\": 1.08 },\n  \"offers\": [\n");
  guint i;

  for (i = 0; i < n_offers; i++)
    g_string_append_printf (s,
      "    {\n"
      "      \"id\": \"offer-%u\", \"company\": \"Company %u\", \"title\": \"Engineer\",\n"
      "      \"level\": \"L5\", \"location\": \"Z\\u00fcrich\", \"industry\": \"AI\",\n"
      "      \"notes\": \"Line one\\nLine two with \\\"quotes\\\" and caf\xc3\xa9.\",\n"
      "      \"role_family\": \"core\", \"work_mode\": \"hybrid\", \"status\": \"considering\",\n"
      "      \"currency\": \"EUR\", \"start_date\": \"2025-01-06\", \"deadline\": \"2024-12-20\",\n"
      "      \"base_salary\": %u.50, \"annual_raise_percent\": 3.5,\n"
      "      \"salary_band\": { \"min\": 150000, \"max\": 210000 },\n"
      "      \"bonus\": { \"target_percent\": 15, \"expected_payout_percent\": 100 },\n"
      "      \"sign_on\": [ { \"amount\": 40000, \"month\": 0, \"clawback_months\": 12,"
      " \"clawback\": \"prorated\" } ],\n"
      "      \"grants\": [\n"
      "        { \"name\": \"Initial\", \"kind\": \"rsu\", \"units\": 12000.5,"
      " \"share_price\": 8.333333, \"growth_percent\": 10,\n"
      "          \"vesting\": { \"months\": 48, \"cliff_months\": 12, \"every_months\": 3,"
      " \"year_percents\": [5, 15, 40, 40] } },\n"
      "        { \"name\": \"Options\", \"kind\": \"option\", \"units\": 5000,"
      " \"share_price\": 2.5, \"strike_price\": 0.75 }\n"
      "      ],\n"
      "      \"refreshers\": { \"annual_value\": 25000, \"vesting\": { \"months\": 48 } },\n"
      "      \"benefits\": { \"retirement_match_percent\": 4, \"retirement_match_cap\": 9000,"
      " \"annual_value\": 2500, \"pto_days\": 25 },\n"
      "      \"effective_tax_percent\": 32.5, \"cost_of_living_index\": 118,\n"
      "      \"checklist\": [ { \"question\": \"Is the bonus guaranteed?\", \"status\": \"asked\","
      " \"answer\": \"\" },\n"
      "                     { \"question\": \"Refresher policy?\", \"status\": \"open\" } ],\n"
      "      \"sources\": { \"base_salary\": \"letter\", \"bonus\": \"verbal\","
      " \"refreshers\": \"assumed\" },\n"
      "      \"x_unknown\": { \"kept\": [1.10, 12345678901234567890, null, true] }\n"
      "    }%s\n",
      i, i, 150000 + i, i + 1 < n_offers ? "," : "");
  g_string_append (s, "  ]\n}\n");
  *len = s->len;
  return g_string_free (s, FALSE);
}

static void
test_large_document (void)
{
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  gsize len;
  g_autofree char *doc = make_document (1000, &len);
  gdouble elapsed;

  g_assert_cmpuint (len, >, 1500000);
  g_test_timer_start ();
  assert_scan_ok (scan, doc, len);
  elapsed = g_test_timer_elapsed ();
  g_test_message ("scanned %" G_GSIZE_FORMAT " bytes, %u values in %.2f ms",
                  len, ow_json_scan_get_n_values (scan), elapsed * 1000);
  /* A bound that only a pathological (quadratic) scanner would break, even
   * under sanitizers; the real figure is a few milliseconds. */
  g_assert_cmpfloat (elapsed, <, 2.0);

  assert_lookup (scan, "offers[999].base_salary", "150999.50");
  assert_lookup (scan, "offers[500].grants[0].vesting.year_percents", "[5, 15, 40, 40]");
  assert_lookup (scan, "offers[0].x_unknown.kept[1]", "12345678901234567890");
}

/* Lookups start from the container of the one before when the path goes
 * on from it; a path that only looks like it does (a longer key, a longer
 * index, a quoted key holding the other path) must still be found from the
 * root.  Every lookup in the sequence gives what a fresh scanner gives. */
static void
test_lookup_sequence (void)
{
  static const char doc[] =
    "{\"a\": {\"b\": 1, \"bc\": 2, \"b.c\": 3, \"[0]\": 4, \"x\": {\"y\": 5}},"
    " \"a.b\": 6, \"ab\": {\"b\": 7},"
    " \"l\": [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, [23, {\"k\": 24}]],"
    " \"q\\\"]\": {\"z\": 25}}";
  static const char *const paths[] = {
    "a.b", "a.bc", "a[\"b.c\"]", "a[\"[0]\"]", "a.x.y", "a.x", "a.b", "ab.b", "a.b",
    "[\"a.b\"]", "a.b", "l[1]", "l[12]", "l[13][1].k", "l[13][0]", "l[1]", "l[13]", "l[13][1].k",
    "[\"q\\\"]\"].z", "a.x.y", "a.x.z", "a.x.y", "l[14]", "a.x.y.z", "a.x.y", "a", "l", "a.b",
  };
  g_autoptr(OwJsonScan) warm = ow_json_scan_new ();

  assert_scan_ok (warm, doc, strlen (doc));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(OwJsonScan) cold = ow_json_scan_new ();
      gsize warm_len = 0, cold_len = 0;
      const char *w = ow_json_scan_lookup (warm, paths[i], &warm_len);
      const char *c;

      assert_scan_ok (cold, doc, strlen (doc));
      c = ow_json_scan_lookup (cold, paths[i], &cold_len);
      g_test_message ("%s", paths[i]);
      if (c == NULL)
        g_assert_null (w);
      else
        {
          g_assert_nonnull (w);
          g_assert_cmpmem (w, warm_len, c, cold_len);
        }
    }
}

/* The tree the loader reads is built from the scanner's index instead of
 * by JsonParser; it must be the very tree JsonParser builds: node types,
 * members in file order, decoded strings and keys, and numbers typed (and
 * wrapped past 64 bits) the same way. */
static void
test_to_node (void)
{
  static const char *const documents[] = {
    "{}",
    "[]",
    "\"text\"",
    "-0",
    "true",
    "null",
    "{\"a\": 1, \"b\": -2, \"c\": 1.5, \"d\": 1e3, \"e\": 2E-2, \"f\": -0.0, \"g\": 0}",
    "{\"big\": 99999999999999999999, \"small\": -99999999999999999999,"
    " \"max\": 9223372036854775807, \"past\": 9223372036854775808,"
    " \"min\": -9223372036854775808, \"huge\": 1e400, \"tiny\": 1e-400}",
    "{\"z\": 1, \"a\": 2, \"m\": 3, \"b\": [3, 2, 1]}",
    "{\"s\": \"quote \\\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t\"}",
    "{\"u\": \"\\u00e9\\u20ac \\ud83d\\ude00 caf\xc3\xa9\"}",
    "{\"\": 0, \"a b\": 1, \"a.b\": 2, \"[0]\": 3, \"\\u0041\": 4, \"\\\"q\\\"\": 5, \"caf\xc3\xa9\": 6}",
    "{\"nested\": {\"deeper\": {\"list\": [[], {}, [null, false, \"\"], {\"k\": [1, {\"x\": true}]}]}}}",
    "\xef\xbb\xbf{\"after a byte order mark\": true}",
    "  [1, \"two\", {\"three\": 3}, [4]]  \n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *ours = NULL;
      g_autofree char *theirs = NULL;
      const char *doc = documents[i];
      gsize len = strlen (doc);
      gsize body;

      g_test_message ("%s", doc);
      assert_scan_ok (scan, doc, len);
      body = ow_json_scan_get_body_offset (scan);
      g_assert_true (json_parser_load_from_data (parser, doc + body, (gssize) (len - body), &error));
      g_assert_no_error (error);

      node = ow_json_scan_to_node (scan);
      g_assert_nonnull (node);
      /* json_node_equal() ignores the order of members; the text does not. */
      g_assert_true (json_node_equal (node, json_parser_get_root (parser)));
      ours = json_to_string (node, FALSE);
      theirs = json_to_string (json_parser_get_root (parser), FALSE);
      g_assert_cmpstr (ours, ==, theirs);
    }
}

static void
test_to_node_after_failure (void)
{
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();

  g_assert_null (ow_json_scan_to_node (scan));
  g_assert_false (ow_json_scan_run (scan, "{\"a\": }", 7, NULL));
  g_assert_null (ow_json_scan_to_node (scan));
}

int
main (int   argc,
      char *argv[])
{
  guint i;

  g_test_init (&argc, &argv, NULL);

  for (i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ow/json-scan/error/%s", error_cases[i].name);

      g_test_add_data_func (path, &error_cases[i], test_error_case);
    }
  g_test_add_func ("/ow/json-scan/valid-documents", test_valid_documents);
  g_test_add_func ("/ow/json-scan/lookup", test_lookup);
  g_test_add_func ("/ow/json-scan/rerun", test_rerun);
  g_test_add_func ("/ow/json-scan/bom", test_bom);
  g_test_add_func ("/ow/json-scan/depth-limit", test_depth_limit);
  g_test_add_func ("/ow/json-scan/depth-hostile", test_depth_hostile);
  g_test_add_func ("/ow/json-scan/size-limit", test_size_limit);
  g_test_add_func ("/ow/json-scan/paths", test_paths);
  g_test_add_func ("/ow/json-scan/scanner-paths-match", test_scanner_paths_match);
  g_test_add_func ("/ow/json-scan/lookup-canonical-only", test_lookup_canonical_only);
  g_test_add_func ("/ow/json-scan/large-object", test_large_object);
  g_test_add_func ("/ow/json-scan/long-key-many-elements", test_long_key_many_elements);
  g_test_add_func ("/ow/json-scan/number-scaled", test_number_scaled);
  g_test_add_func ("/ow/json-scan/number-long-digits", test_number_long_digits);
  g_test_add_func ("/ow/json-scan/number-is-valid", test_number_is_valid);
  g_test_add_func ("/ow/json-scan/large-document", test_large_document);
  g_test_add_func ("/ow/json-scan/lookup-sequence", test_lookup_sequence);
  g_test_add_func ("/ow/json-scan/to-node", test_to_node);
  g_test_add_func ("/ow/json-scan/to-node-after-failure", test_to_node_after_failure);

  return g_test_run ();
}
