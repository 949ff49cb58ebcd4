/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the JSON writer: exact layout, exact decimals, verbatim
 * re-emission of kept values, refusal of misuse, and that everything it
 * writes passes the strict scanner unchanged. */
#define G_LOG_DOMAIN "test-json-writer"

#include "config.h"

#include <string.h>

#include "ow-json-scan.h"
#include "ow-json-writer.h"

static char *
finish (OwJsonWriter *w)
{
  gsize len = 0;
  char *text = ow_json_writer_finish (w, &len);

  g_assert_nonnull (text);
  g_assert_cmpuint (len, ==, strlen (text));
  return text;
}

static void
write_small_document (OwJsonWriter *w)
{
  ow_json_writer_begin_object (w);
  ow_json_writer_key (w, "format");
  ow_json_writer_string (w, "offer-workbench");
  ow_json_writer_key (w, "version");
  ow_json_writer_int (w, 1);
  ow_json_writer_key (w, "exchange_rates");
  ow_json_writer_begin_object (w);
  ow_json_writer_key (w, "EUR");
  ow_json_writer_scaled (w, 108, 2, 0);
  ow_json_writer_key (w, "EU R");
  ow_json_writer_scaled (w, 73, 2, 0);
  ow_json_writer_end_object (w);
  ow_json_writer_key (w, "empty_object");
  ow_json_writer_begin_object (w);
  ow_json_writer_end_object (w);
  ow_json_writer_key (w, "empty_array");
  ow_json_writer_begin_array (w);
  ow_json_writer_end_array (w);
  ow_json_writer_key (w, "offers");
  ow_json_writer_begin_array (w);
  ow_json_writer_begin_object (w);
  ow_json_writer_key (w, "id");
  ow_json_writer_string (w, "a\"b\\c/\n\t\x01\x1f\xc3\xa9");
  ow_json_writer_key (w, "base_salary");
  ow_json_writer_scaled (w, 18000050, 2, 0);
  ow_json_writer_key (w, "year_percents");
  ow_json_writer_begin_array (w);
  ow_json_writer_int (w, 5);
  ow_json_writer_int (w, 15);
  ow_json_writer_int (w, 40);
  ow_json_writer_int (w, 40);
  ow_json_writer_end_array (w);
  ow_json_writer_key (w, "current_job");
  ow_json_writer_bool (w, TRUE);
  ow_json_writer_key (w, "flag");
  ow_json_writer_bool (w, FALSE);
  ow_json_writer_key (w, "deadline");
  ow_json_writer_null (w);
  ow_json_writer_end_object (w);
  ow_json_writer_end_array (w);
  ow_json_writer_key (w, "total");
  ow_json_writer_scaled (w, 18000000, 2, 1);
  ow_json_writer_key (w, "owed");
  ow_json_writer_scaled (w, -5, 2, 0);
  ow_json_writer_end_object (w);
}

static void
test_pretty_document (void)
{
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  g_autofree char *text = NULL;

  write_small_document (w);
  text = finish (w);
  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"format\": \"offer-workbench\",\n"
                   "  \"version\": 1,\n"
                   "  \"exchange_rates\": {\n"
                   "    \"EUR\": 1.08,\n"
                   "    \"EU R\": 0.73\n"
                   "  },\n"
                   "  \"empty_object\": {},\n"
                   "  \"empty_array\": [],\n"
                   "  \"offers\": [\n"
                   "    {\n"
                   "      \"id\": \"a\\\"b\\\\c/\\n\\t\\u0001\\u001f\xc3\xa9\",\n"
                   "      \"base_salary\": 180000.5,\n"
                   "      \"year_percents\": [5, 15, 40, 40],\n"
                   "      \"current_job\": true,\n"
                   "      \"flag\": false,\n"
                   "      \"deadline\": null\n"
                   "    }\n"
                   "  ],\n"
                   "  \"total\": 180000.0,\n"
                   "  \"owed\": -0.05\n"
                   "}\n");
}

static void
test_compact_document (void)
{
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (FALSE);
  g_autofree char *text = NULL;

  write_small_document (w);
  text = finish (w);
  g_assert_cmpstr (text, ==,
                   "{\"format\":\"offer-workbench\",\"version\":1,"
                   "\"exchange_rates\":{\"EUR\":1.08,\"EU R\":0.73},"
                   "\"empty_object\":{},\"empty_array\":[],"
                   "\"offers\":[{\"id\":\"a\\\"b\\\\c/\\n\\t\\u0001\\u001f\xc3\xa9\","
                   "\"base_salary\":180000.5,\"year_percents\":[5,15,40,40],"
                   "\"current_job\":true,\"flag\":false,\"deadline\":null}],"
                   "\"total\":180000.0,\"owed\":-0.05}");
}

static void
test_array_layout (void)
{
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  /* Scalars first, then a container: the scalars move onto their own
   * lines too, so an array is either one line or one item per line. */
  ow_json_writer_begin_array (w);
  ow_json_writer_int (w, 1);
  ow_json_writer_string (w, "x, y");
  ow_json_writer_begin_object (w);
  ow_json_writer_key (w, "a");
  ow_json_writer_int (w, 1);
  ow_json_writer_end_object (w);
  ow_json_writer_begin_array (w);
  ow_json_writer_int (w, 2);
  ow_json_writer_int (w, 3);
  ow_json_writer_end_array (w);
  ow_json_writer_begin_array (w);
  ow_json_writer_end_array (w);
  ow_json_writer_begin_array (w);
  ow_json_writer_begin_array (w);
  ow_json_writer_null (w);
  ow_json_writer_end_array (w);
  ow_json_writer_end_array (w);
  ow_json_writer_scaled (w, 250, 2, 0);
  ow_json_writer_end_array (w);
  text = finish (w);
  g_assert_cmpstr (text, ==,
                   "[\n"
                   "  1,\n"
                   "  \"x, y\",\n"
                   "  {\n"
                   "    \"a\": 1\n"
                   "  },\n"
                   "  [2, 3],\n"
                   "  [],\n"
                   "  [\n"
                   "    [null]\n"
                   "  ],\n"
                   "  2.5\n"
                   "]\n");

  /* The writer is empty after finishing and writes the next document. */
  ow_json_writer_string (w, "next");
  again = finish (w);
  g_assert_cmpstr (again, ==, "\"next\"\n");
}

static void
test_scaled (void)
{
  static const struct
  {
    gint64 value;
    guint decimals, min_decimals;
    const char *expected;
  } cases[] = {
    { 18000050, 2, 0, "180000.5" },
    { 18000000, 2, 1, "180000.0" },
    { 18000000, 2, 0, "180000" },
    { -5, 2, 0, "-0.05" },
    { 0, 2, 0, "0" },
    { 0, 2, 2, "0.00" },
    { 5, 0, 0, "5" },
    { 100, 2, 0, "1" },
    { -100, 2, 1, "-1.0" },
    { 120, 2, 0, "1.2" },
    { 1, 6, 0, "0.000001" },
    { 1234567, 6, 0, "1.234567" },
    { 8333333, 6, 2, "8.333333" },
    { 1000000, 6, 2, "1.00" },
    { 10, 1, 0, "1" },
    { G_MAXINT64, 0, 0, "9223372036854775807" },
    { G_MAXINT64, 2, 0, "92233720368547758.07" },
    { G_MININT64, 2, 0, "-92233720368547758.08" },
    { G_MININT64, 19, 0, "-0.9223372036854775808" },
    { 1, 25, 0, "0.0000000000000000000000001" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OwJsonWriter) w = ow_json_writer_new (FALSE);
      g_autofree char *text = NULL;
      gint64 back = 0;

      ow_json_writer_scaled (w, cases[i].value, cases[i].decimals, cases[i].min_decimals);
      text = finish (w);
      g_assert_cmpstr (text, ==, cases[i].expected);

      /* Exact both ways. */
      if (cases[i].decimals <= 18)
        {
          g_assert_cmpint (ow_json_number_scaled (text, strlen (text), cases[i].decimals, &back),
                           ==, OW_JSON_NUMBER_OK);
          g_assert_cmpint (back, ==, cases[i].value);
        }
    }
}

static void
test_int_and_literal (void)
{
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  g_autofree char *text = NULL;

  ow_json_writer_begin_array (w);
  ow_json_writer_int (w, G_MININT64);
  ow_json_writer_int (w, 0);
  ow_json_writer_int (w, -7);
  ow_json_writer_int (w, G_MAXINT64);
  ow_json_writer_number_literal (w, "1.10", 4);
  ow_json_writer_number_literal (w, "12345678901234567890", 20);
  ow_json_writer_number_literal (w, "-0", 2);
  ow_json_writer_number_literal (w, "1e400xyz", 5);
  ow_json_writer_end_array (w);
  text = finish (w);
  g_assert_cmpstr (text, ==,
                   "[-9223372036854775808, 0, -7, 9223372036854775807, 1.10, 12345678901234567890, -0,"
                   " 1e400]\n");
}

static void
test_raw_value (void)
{
  static const char kept[] =
    "{ \"b\":{\"x\":12345678901234567890,\n\"y\" : [ 1.10,-0 , \"a\\u00e9\\\"]\" ],"
    "\"z\":{ }, \"w\": [ ] },\r\n\t\"c\":[{\"d\":1e400}, [ ]], \"k\\\"ey\": true }";
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  g_autoptr(OwJsonWriter) compact = ow_json_writer_new (FALSE);
  g_autofree char *text = NULL;
  g_autofree char *compact_text = NULL;

  ow_json_writer_begin_object (w);
  ow_json_writer_key (w, "id");
  ow_json_writer_string (w, "x");
  ow_json_writer_key (w, "extra");
  ow_json_writer_raw_value (w, kept, strlen (kept));
  ow_json_writer_key (w, "n");
  ow_json_writer_raw_value (w, " 1.50 ", 6);
  ow_json_writer_key (w, "list");
  ow_json_writer_begin_array (w);
  ow_json_writer_int (w, 1);
  ow_json_writer_raw_value (w, "[2.0, {\"q\": null}]", 18);
  ow_json_writer_raw_value (w, "\"s\"", 3);
  ow_json_writer_end_array (w);
  ow_json_writer_end_object (w);
  text = finish (w);
  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"id\": \"x\",\n"
                   "  \"extra\": {\n"
                   "    \"b\": {\n"
                   "      \"x\": 12345678901234567890,\n"
                   "      \"y\": [1.10, -0, \"a\\u00e9\\\"]\"],\n"
                   "      \"z\": {},\n"
                   "      \"w\": []\n"
                   "    },\n"
                   "    \"c\": [\n"
                   "      {\n"
                   "        \"d\": 1e400\n"
                   "      },\n"
                   "      []\n"
                   "    ],\n"
                   "    \"k\\\"ey\": true\n"
                   "  },\n"
                   "  \"n\": 1.50,\n"
                   "  \"list\": [\n"
                   "    1,\n"
                   "    [\n"
                   "      2.0,\n"
                   "      {\n"
                   "        \"q\": null\n"
                   "      }\n"
                   "    ],\n"
                   "    \"s\"\n"
                   "  ]\n"
                   "}\n");

  ow_json_writer_raw_value (compact, kept, strlen (kept));
  compact_text = finish (compact);
  g_assert_cmpstr (compact_text, ==,
                   "{\"b\":{\"x\":12345678901234567890,\"y\":[1.10,-0,\"a\\u00e9\\\"]\"],"
                   "\"z\":{},\"w\":[]},\"c\":[{\"d\":1e400},[]],\"k\\\"ey\":true}");
}

static void
test_raw_value_from_scan (void)
{
  /* What the loader does with an unknown key: look its text up in the
   * scanned file, write it back into a new document. */
  static const char loaded[] =
    "\xef\xbb\xbf{\"offers\": [{\"id\": \"a\", \"x_plugin\": {\"weights\": [0.1, 0.30],"
    " \"seed\": 12345678901234567890, \"nested\": {\"deep\": [[1.0e-3]]}}}]}";
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  g_autoptr(OwJsonScan) rescan = ow_json_scan_new ();
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  g_autofree char *text = NULL;
  const char *value;
  gsize len, text_len;

  g_assert_true (ow_json_scan_run (scan, loaded, strlen (loaded), NULL));
  value = ow_json_scan_lookup (scan, "offers[0].x_plugin", &len);
  g_assert_nonnull (value);

  ow_json_writer_begin_object (w);
  ow_json_writer_key (w, "x_plugin");
  ow_json_writer_raw_value (w, value, len);
  ow_json_writer_end_object (w);
  text = ow_json_writer_finish (w, &text_len);
  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"x_plugin\": {\n"
                   "    \"weights\": [0.1, 0.30],\n"
                   "    \"seed\": 12345678901234567890,\n"
                   "    \"nested\": {\n"
                   "      \"deep\": [\n"
                   "        [1.0e-3]\n"
                   "      ]\n"
                   "    }\n"
                   "  }\n"
                   "}\n");

  g_assert_true (ow_json_scan_run (rescan, text, text_len, NULL));
  value = ow_json_scan_lookup (rescan, "x_plugin.seed", &len);
  g_assert_cmpuint (len, ==, 20);
  g_assert_cmpint (memcmp (value, "12345678901234567890", 20), ==, 0);
  value = ow_json_scan_lookup (rescan, "x_plugin.weights[1]", &len);
  g_assert_cmpuint (len, ==, 4);
  g_assert_cmpint (memcmp (value, "0.30", 4), ==, 0);
}

static void
test_round_trip (void)
{
  static const gint64 amounts[] = {
    0, 1, -1, 5, 10, 99, 100, 101, 18000050, 123456789012, -987654321,
    G_MAXINT64, G_MININT64, G_MAXINT64 - 1, G_MININT64 + 1,
  };
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  g_autoptr(GString) all_controls = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize len;
  guint i, d;
  int c;

  for (c = 1; c < 0x80; c++)
    g_string_append_c (all_controls, (char) c);
  g_string_append (all_controls, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xe2\x80\xa8");

  ow_json_writer_begin_object (w);
  ow_json_writer_key (w, all_controls->str);
  ow_json_writer_string (w, all_controls->str);
  for (d = 0; d <= 6; d += 2)
    {
      g_autofree char *key = g_strdup_printf ("d%u", d);

      ow_json_writer_key (w, key);
      ow_json_writer_begin_array (w);
      for (i = 0; i < G_N_ELEMENTS (amounts); i++)
        ow_json_writer_scaled (w, amounts[i], d, 0);
      ow_json_writer_end_array (w);
    }
  ow_json_writer_end_object (w);
  text = ow_json_writer_finish (w, &len);

  g_assert_true (ow_json_scan_run (scan, text, len, &error));
  g_assert_no_error (error);

  /* The key comes back as the same path the loader would build. */
  {
    g_autofree char *path = ow_json_path_append_key ("", all_controls->str);
    g_autoptr(GString) quoted = g_string_new (NULL);
    const char *value = ow_json_scan_lookup (scan, path, &len);

    ow_json_append_quoted (quoted, all_controls->str, -1);
    g_assert_nonnull (value);
    g_assert_cmpuint (len, ==, quoted->len);
    g_assert_cmpint (memcmp (value, quoted->str, len), ==, 0);
  }

  for (d = 0; d <= 6; d += 2)
    for (i = 0; i < G_N_ELEMENTS (amounts); i++)
      {
        g_autofree char *path = g_strdup_printf ("d%u[%u]", d, i);
        const char *value = ow_json_scan_lookup (scan, path, &len);
        gint64 back = 0;

        g_assert_nonnull (value);
        g_assert_cmpint (ow_json_number_scaled (value, len, d, &back), ==, OW_JSON_NUMBER_OK);
        g_assert_cmpint (back, ==, amounts[i]);
      }
}

static void
test_misuse (void)
{
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  g_autofree char *text = NULL;

  ow_json_writer_begin_object (w);

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*value_allowed*");
  ow_json_writer_int (w, 1);
  g_test_assert_expected_messages ();

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*end_allowed*");
  ow_json_writer_end_array (w);
  g_test_assert_expected_messages ();

  ow_json_writer_key (w, "a");

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*key_allowed*");
  ow_json_writer_key (w, "b");
  g_test_assert_expected_messages ();

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*end_allowed*");
  ow_json_writer_end_object (w);
  g_test_assert_expected_messages ();

  ow_json_writer_begin_array (w);

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*key_allowed*");
  ow_json_writer_key (w, "c");
  g_test_assert_expected_messages ();

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*ow_json_number_is_valid*");
  ow_json_writer_number_literal (w, "0x10", 4);
  g_test_assert_expected_messages ();

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*g_utf8_validate*");
  ow_json_writer_string (w, "\xff");
  g_test_assert_expected_messages ();

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*min_decimals*");
  ow_json_writer_scaled (w, 1, 2, 3);
  g_test_assert_expected_messages ();

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL,
                         "*not a valid JSON value: trailing comma before \"]\" (line 1, column 3)");
  ow_json_writer_raw_value (w, "[1,]", 4);
  g_test_assert_expected_messages ();

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*frames->len == 0*");
  g_assert_null (ow_json_writer_finish (w, NULL));
  g_test_assert_expected_messages ();

  ow_json_writer_end_array (w);
  ow_json_writer_end_object (w);

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*value_allowed*");
  ow_json_writer_begin_object (w);
  g_test_assert_expected_messages ();

  /* Nothing of the refused calls reached the text. */
  text = finish (w);
  g_assert_cmpstr (text, ==, "{\n  \"a\": []\n}\n");

  g_test_expect_message ("ow-json-writer", G_LOG_LEVEL_CRITICAL, "*self->done*");
  g_assert_null (ow_json_writer_finish (w, NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/json-writer/pretty-document", test_pretty_document);
  g_test_add_func ("/ow/json-writer/compact-document", test_compact_document);
  g_test_add_func ("/ow/json-writer/array-layout", test_array_layout);
  g_test_add_func ("/ow/json-writer/scaled", test_scaled);
  g_test_add_func ("/ow/json-writer/int-and-literal", test_int_and_literal);
  g_test_add_func ("/ow/json-writer/raw-value", test_raw_value);
  g_test_add_func ("/ow/json-writer/raw-value-from-scan", test_raw_value_from_scan);
  g_test_add_func ("/ow/json-writer/round-trip", test_round_trip);
  g_test_add_func ("/ow/json-writer/misuse", test_misuse);

  return g_test_run ();
}
