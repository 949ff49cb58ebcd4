/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes JSON text with exact decimals and a stable, readable layout, so
 * saved documents reload to the same values and diff cleanly. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _OwJsonWriter OwJsonWriter;

/* Pretty: 2-space indent, "key": value, one object member per line, arrays
 * of scalars on one line ([5, 15, 40, 40]), other arrays one item per line,
 * empty {} and [], a final newline.  Otherwise compact, with no white space.
 * Calls out of order (a value without a key in an object, a key in an
 * array, an unbalanced end, a second top-level value) are refused with a
 * critical warning and change nothing. */
OwJsonWriter *ow_json_writer_new            (gboolean      pretty);
void          ow_json_writer_free           (OwJsonWriter *self);

void          ow_json_writer_begin_object   (OwJsonWriter *self);
void          ow_json_writer_end_object     (OwJsonWriter *self);
void          ow_json_writer_begin_array    (OwJsonWriter *self);
void          ow_json_writer_end_array      (OwJsonWriter *self);
/* KEY and string values must be valid UTF-8. */
void          ow_json_writer_key            (OwJsonWriter *self,
                                             const char   *key);
void          ow_json_writer_string         (OwJsonWriter *self,
                                             const char   *value);
void          ow_json_writer_bool           (OwJsonWriter *self,
                                             gboolean      value);
void          ow_json_writer_null           (OwJsonWriter *self);
void          ow_json_writer_int            (OwJsonWriter *self,
                                             gint64        value);
/* value · 10^-decimals as an exact decimal; trailing zeros trimmed down to
 * min_decimals: (18000050, 2, 0) → 180000.5, (18000000, 2, 1) → 180000.0,
 * (-5, 2, 0) → -0.05.  min_decimals ≤ decimals ≤ 64. */
void          ow_json_writer_scaled         (OwJsonWriter *self,
                                             gint64        value,
                                             guint         decimals,
                                             guint         min_decimals);
/* Verbatim; LITERAL must be one RFC 8259 number. */
void          ow_json_writer_number_literal (OwJsonWriter *self,
                                             const char   *literal,
                                             gsize         len);
/* A value that ow_json_scan validated (any JSON value, e.g. an unknown key's
 * object kept from the loaded file): re-emitted token by token with this
 * writer's indentation; numbers and strings (keys too) copied verbatim.
 * JSON that does not pass ow_json_validate() is refused. */
void          ow_json_writer_raw_value      (OwJsonWriter *self,
                                             const char   *json,
                                             gsize         len);
/* The text, with a trailing newline when pretty; NULL (and a critical)
 * while the top-level value is incomplete.  The writer is empty afterwards
 * and can write another document. */
char         *ow_json_writer_finish         (OwJsonWriter *self,
                                             gsize        *len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwJsonWriter, ow_json_writer_free)

G_END_DECLS
