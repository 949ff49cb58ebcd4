/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A strict RFC 8259 scanner that checks a document, remembers the exact
 * source text of every value and hands the document to the loader as a
 * json-glib tree, plus exact conversion of JSON number literals to scaled
 * integers. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define OW_JSON_MAX_BYTES (16 * 1024 * 1024)
#define OW_JSON_MAX_DEPTH 64            /* the top object is depth 1 */

#define OW_JSON_SCAN_ERROR (ow_json_scan_error_quark ())

/* Messages read "PATH: RULE (line L, column C)"; "PATH: " is left out for
 * the root, and SIZE and EMPTY, which concern the whole file, carry no
 * position.  Lines and columns count from 1, columns in characters. */
typedef enum {
  OW_JSON_SCAN_ERROR_SIZE,          /* larger than OW_JSON_MAX_BYTES */
  OW_JSON_SCAN_ERROR_DEPTH,         /* deeper than OW_JSON_MAX_DEPTH */
  OW_JSON_SCAN_ERROR_SYNTAX,        /* anything RFC 8259 does not allow */
  OW_JSON_SCAN_ERROR_ENCODING,      /* invalid UTF-8, UTF-16, NUL, lone surrogates */
  OW_JSON_SCAN_ERROR_DUPLICATE_KEY, /* a key given twice in one object */
  OW_JSON_SCAN_ERROR_EMPTY,         /* nothing but white space */
} OwJsonScanError;

GQuark ow_json_scan_error_quark (void);

typedef struct _OwJsonScan OwJsonScan;

OwJsonScan *ow_json_scan_new             (void);
void        ow_json_scan_free            (OwJsonScan *self);

/* Checks DATA and indexes every value by path.  DATA is copied, so it may
 * go away afterwards.  A UTF-8 byte order mark at the very start is allowed
 * and skipped; lines and columns then count from the first byte after it.
 * On failure the scanner holds nothing. */
gboolean    ow_json_scan_run             (OwJsonScan *self,
                                          const char *data,
                                          gsize       len,
                                          GError    **error);

/* Source text of the value at PATH (for numbers: the literal, for strings:
 * with their quotes and escapes, for objects and arrays: from the opening to
 * the closing bracket), or NULL.  PATH must be spelt the way the functions
 * below build it: a["b"] does not find a.b.  Points into the scanner's copy
 * of the document: valid until the next run or free. */
const char *ow_json_scan_lookup          (OwJsonScan *self,
                                          const char *path,
                                          gsize      *len);

/* Where the JSON starts: 3 after a byte order mark, else 0.  Hand json-glib
 * the bytes from here on, since it does not accept the mark. */
gsize       ow_json_scan_get_body_offset (OwJsonScan *self);

/* The scanner's copy of the document after any byte order mark, NUL
 * terminated; valid until the next run or free. */
const char *ow_json_scan_get_body        (OwJsonScan *self,
                                          gsize      *len);

/* The last successful run's document as a json-glib tree, built from the
 * index instead of parsing the text again: what JsonParser would give for
 * it (integers gint64, other numbers double, members in file order), or
 * NULL after a failed run. */
JsonNode   *ow_json_scan_to_node         (OwJsonScan *self);

/* Number of values indexed by the last successful run (the root included). */
guint       ow_json_scan_get_n_values    (OwJsonScan *self);

/* Checks DATA like ow_json_scan_run() without keeping an index. */
gboolean    ow_json_validate             (const char *data,
                                          gsize       len,
                                          GError    **error);

/* Paths: "" is the root; object members append ".key" (no dot at the root),
 * or ["key"] with the key JSON-escaped inside the quotes when it is not
 * [A-Za-z_][A-Za-z0-9_]*; array elements append [i].  For example
 * offers[1].grants[0].vesting.year_percents and exchange_rates["EU R"]. */
char       *ow_json_path_append_key      (const char *path,
                                          const char *key);
char       *ow_json_path_append_index    (const char *path,
                                          guint       i);
/* The same, in place: for loops that name many members or items of one
 * container and would otherwise build a new string for each. */
void        ow_json_path_add_key         (GString    *path,
                                          const char *key);
void        ow_json_path_add_index       (GString    *path,
                                          guint       i);

/* Appends STR as a JSON string with its quotes: '"', '\' and control
 * characters are escaped (\n, \t, ... others as \u00XX), everything else,
 * non-ASCII included, is kept as it is.  LEN may be -1 for NUL-terminated. */
void        ow_json_append_quoted        (GString    *out,
                                          const char *str,
                                          gssize      len);

typedef enum {
  OW_JSON_NUMBER_OK,
  OW_JSON_NUMBER_TOO_PRECISE,
  OW_JSON_NUMBER_OUT_OF_RANGE,
  OW_JSON_NUMBER_NOT_A_NUMBER,
} OwJsonNumberStatus;

/* Exact value of a JSON number literal × 10^decimals as gint64. TOO_PRECISE when
 * non-zero digits lie beyond `decimals` places; OUT_OF_RANGE when it does not fit
 * gint64 (1e400, 99999999999999999999); 1.50, 150e-2, -0 and 0e-400 are fine.
 * NOT_A_NUMBER when LITERAL is not exactly one RFC 8259 number.  *OUT is only
 * set on OK. */
OwJsonNumberStatus ow_json_number_scaled   (const char *literal,
                                            gsize       len,
                                            guint       decimals,
                                            gint64     *out);

/* Whether LITERAL is exactly one RFC 8259 number, nothing around it. */
gboolean           ow_json_number_is_valid (const char *literal,
                                            gsize       len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwJsonScan, ow_json_scan_free)

G_END_DECLS
