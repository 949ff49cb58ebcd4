/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes JSON text ourselves rather than with json-glib, which prints
 * doubles with 17 digits (0.1 becomes 0.10000000000000001) and NaN as
 * "nan.0": money must come back from a saved file exactly as it went in. */
#define G_LOG_DOMAIN "ow-json-writer"

#include "config.h"

#include "ow-json-writer.h"

#include <string.h>

#include "ow-json-scan.h"

typedef struct
{
  char     kind;         /* '{' or '[' */
  gboolean key_pending;  /* objects: a key was written, its value not yet */
  gboolean multiline;    /* arrays: items are on their own lines */
  guint    count;        /* keys or items written so far */
  gsize    content_start; /* offset just after the opening bracket */
} WriterFrame;

struct _OwJsonWriter
{
  GString  *out;
  GArray   *frames;  /* WriterFrame */
  /* Start and end offsets (gsize pairs) of the items of the innermost array
   * while they are all scalars and share one line.  Only that array can be
   * undecided: its parent broke its lines when the array began. */
  GArray   *spans;
  gboolean  pretty;
  gboolean  done;    /* the top-level value is complete */
};

OwJsonWriter *
ow_json_writer_new (gboolean pretty)
{
  OwJsonWriter *self = g_new0 (OwJsonWriter, 1);

  self->out = g_string_sized_new (4096);
  self->frames = g_array_new (FALSE, FALSE, sizeof (WriterFrame));
  self->spans = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->pretty = !!pretty;
  return self;
}

void
ow_json_writer_free (OwJsonWriter *self)
{
  if (self == NULL)
    return;

  g_string_free (self->out, TRUE);
  g_array_unref (self->frames);
  g_array_unref (self->spans);
  g_free (self);
}

static inline WriterFrame *
top_frame (OwJsonWriter *self)
{
  if (self->frames->len == 0)
    return NULL;
  return &g_array_index (self->frames, WriterFrame, self->frames->len - 1);
}

/* The state checks are functions so that a refused call names the rule in
 * its critical message. */
static gboolean
value_allowed (OwJsonWriter *self)
{
  WriterFrame *f = top_frame (self);

  if (f == NULL)
    return !self->done;
  return f->kind == '[' || f->key_pending;
}

static gboolean
key_allowed (OwJsonWriter *self)
{
  WriterFrame *f = top_frame (self);

  return f != NULL && f->kind == '{' && !f->key_pending;
}

static gboolean
end_allowed (OwJsonWriter *self,
             char          kind)
{
  WriterFrame *f = top_frame (self);

  return f != NULL && f->kind == kind && !f->key_pending;
}

static void
newline_indent (OwJsonWriter *self,
                guint         level)
{
  static const char spaces[] = "                                ";
  gsize n = (gsize) level * 2;

  g_string_append_c (self->out, '\n');
  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);

      g_string_append_len (self->out, spaces, chunk);
      n -= chunk;
    }
}

/* An array that held only scalars gets a container item: put every item
 * written so far on its own line. */
static void
break_array_lines (OwJsonWriter *self,
                   WriterFrame  *f)
{
  gsize start = f->content_start;
  g_autofree char *items = g_strndup (self->out->str + start, self->out->len - start);
  guint i;

  g_string_truncate (self->out, start);
  for (i = 0; i + 1 < self->spans->len; i += 2)
    {
      gsize s = g_array_index (self->spans, gsize, i);
      gsize e = g_array_index (self->spans, gsize, i + 1);

      if (i > 0)
        g_string_append_c (self->out, ',');
      newline_indent (self, self->frames->len);
      g_string_append_len (self->out, items + (s - start), e - s);
    }
  g_array_set_size (self->spans, 0);
  f->multiline = TRUE;
}

/* Separator and indentation before a value. */
static void
begin_value (OwJsonWriter *self,
             gboolean      container)
{
  WriterFrame *f = top_frame (self);

  if (f == NULL)
    return;

  if (f->kind == '{')
    {
      /* key() wrote the separator and counted the member. */
      f->key_pending = FALSE;
      return;
    }

  if (!self->pretty)
    {
      if (f->count > 0)
        g_string_append_c (self->out, ',');
    }
  else
    {
      if (container && !f->multiline)
        break_array_lines (self, f);
      if (f->multiline)
        {
          if (f->count > 0)
            g_string_append_c (self->out, ',');
          newline_indent (self, self->frames->len);
        }
      else if (f->count > 0)
        g_string_append (self->out, ", ");
    }
  f->count++;
}

static void
end_value (OwJsonWriter *self)
{
  if (self->frames->len == 0)
    self->done = TRUE;
}

/* A scalar value is written in three steps, its text going straight into
 * the output between begin_scalar() and end_scalar(): no string of its own
 * for every key and value saved.  The caller checked value_allowed(). */
static gsize
begin_scalar (OwJsonWriter *self)
{
  begin_value (self, FALSE);
  return self->out->len;
}

/* START is what begin_scalar() returned. */
static void
end_scalar (OwJsonWriter *self,
            gsize         start)
{
  WriterFrame *f = top_frame (self);

  if (self->pretty && f != NULL && f->kind == '[' && !f->multiline)
    {
      gsize end = self->out->len;

      g_array_append_val (self->spans, start);
      g_array_append_val (self->spans, end);
    }
  end_value (self);
}

/* Writes TEXT as a whole scalar value. */
static void
write_scalar (OwJsonWriter *self,
              const char   *text,
              gsize         len)
{
  gsize start = begin_scalar (self);

  g_string_append_len (self->out, text, len);
  end_scalar (self, start);
}

/* Keys likewise: separator, then the quoted key, then end_key(). */
static void
begin_key (OwJsonWriter *self)
{
  WriterFrame *f = top_frame (self);

  if (f->count > 0)
    g_string_append_c (self->out, ',');
  if (self->pretty)
    newline_indent (self, self->frames->len);
}

static void
end_key (OwJsonWriter *self)
{
  WriterFrame *f = top_frame (self);

  g_string_append (self->out, self->pretty ? ": " : ":");
  f->count++;
  f->key_pending = TRUE;
}

/* TEXT is the key with its quotes, as it will appear. */
static void
write_key (OwJsonWriter *self,
           const char   *text,
           gsize         len)
{
  begin_key (self);
  g_string_append_len (self->out, text, len);
  end_key (self);
}

/* The decimal digits of V into BUF (20 bytes or more); returns how many.
 * By hand, since printf's machinery was most of the cost of writing a
 * number. */
static gsize
format_digits (char    *buf,
               guint64  v)
{
  char reversed[20];
  gsize n = 0;

  do
    {
      reversed[n++] = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v > 0);

  for (gsize i = 0; i < n; i++)
    buf[i] = reversed[n - 1 - i];
  return n;
}

static void
begin_container (OwJsonWriter *self,
                 char          kind)
{
  WriterFrame f = { 0, };

  begin_value (self, TRUE);
  g_string_append_c (self->out, kind);
  f.kind = kind;
  f.content_start = self->out->len;
  g_array_append_val (self->frames, f);
}

static void
end_container (OwJsonWriter *self)
{
  WriterFrame *f = top_frame (self);

  if (self->pretty && f->count > 0 && (f->kind == '{' || f->multiline))
    newline_indent (self, self->frames->len - 1);
  g_string_append_c (self->out, f->kind == '{' ? '}' : ']');
  if (f->kind == '[' && !f->multiline)
    g_array_set_size (self->spans, 0);
  g_array_set_size (self->frames, self->frames->len - 1);
  end_value (self);
}

void
ow_json_writer_begin_object (OwJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (value_allowed (self));

  begin_container (self, '{');
}

void
ow_json_writer_end_object (OwJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (end_allowed (self, '{'));

  end_container (self);
}

void
ow_json_writer_begin_array (OwJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (value_allowed (self));

  begin_container (self, '[');
}

void
ow_json_writer_end_array (OwJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (end_allowed (self, '['));

  end_container (self);
}

void
ow_json_writer_key (OwJsonWriter *self,
                    const char   *key)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (key != NULL);
  g_return_if_fail (g_utf8_validate (key, -1, NULL));
  g_return_if_fail (key_allowed (self));

  begin_key (self);
  ow_json_append_quoted (self->out, key, -1);
  end_key (self);
}

void
ow_json_writer_string (OwJsonWriter *self,
                       const char   *value)
{
  gsize start;

  g_return_if_fail (self != NULL);
  g_return_if_fail (value != NULL);
  g_return_if_fail (g_utf8_validate (value, -1, NULL));
  g_return_if_fail (value_allowed (self));

  start = begin_scalar (self);
  ow_json_append_quoted (self->out, value, -1);
  end_scalar (self, start);
}

void
ow_json_writer_bool (OwJsonWriter *self,
                     gboolean      value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (value_allowed (self));

  if (value)
    write_scalar (self, "true", 4);
  else
    write_scalar (self, "false", 5);
}

void
ow_json_writer_null (OwJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (value_allowed (self));

  write_scalar (self, "null", 4);
}

void
ow_json_writer_int (OwJsonWriter *self,
                    gint64        value)
{
  char buf[32];
  gsize n = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (value_allowed (self));

  /* Written so that G_MININT64 does not overflow. */
  if (value < 0)
    buf[n++] = '-';
  n += format_digits (buf + n, value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value);
  write_scalar (self, buf, n);
}

void
ow_json_writer_scaled (OwJsonWriter *self,
                       gint64        value,
                       guint         decimals,
                       guint         min_decimals)
{
  /* Sign, 20 digits, a point and up to 64 decimals fit with room left. */
  char digits[32], buf[128];
  guint64 magnitude;
  gsize n_digits, n_int, n_frac, len = 0, i;

  g_return_if_fail (self != NULL);
  /* The cap keeps a nonsense argument from writing megabytes of zeros. */
  g_return_if_fail (decimals <= 64);
  g_return_if_fail (min_decimals <= decimals);
  g_return_if_fail (value_allowed (self));

  /* Written so that G_MININT64 does not overflow. */
  magnitude = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
  n_digits = format_digits (digits, magnitude);

  if (value < 0)
    buf[len++] = '-';
  if (n_digits > decimals)
    {
      n_int = n_digits - decimals;
      memcpy (buf + len, digits, n_int);
      len += n_int;
    }
  else
    {
      n_int = 0;
      buf[len++] = '0';
    }

  /* The fraction: leading zeros the digits do not cover, then the rest of
   * the digits, trimmed of trailing zeros down to min_decimals. */
  n_frac = decimals;
  while (n_frac > min_decimals)
    {
      gsize k = n_frac - 1;      /* index within the fraction */
      gsize lead = decimals - (n_digits - n_int);
      char c = k < lead ? '0' : digits[n_int + k - lead];

      if (c != '0')
        break;
      n_frac--;
    }
  if (n_frac > 0)
    {
      gsize lead = decimals - (n_digits - n_int);

      buf[len++] = '.';
      for (i = 0; i < n_frac; i++)
        buf[len++] = i < lead ? '0' : digits[n_int + i - lead];
    }

  write_scalar (self, buf, len);
}

void
ow_json_writer_number_literal (OwJsonWriter *self,
                               const char   *literal,
                               gsize         len)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (literal != NULL);
  g_return_if_fail (ow_json_number_is_valid (literal, len));
  g_return_if_fail (value_allowed (self));

  write_scalar (self, literal, len);
}

void
ow_json_writer_raw_value (OwJsonWriter *self,
                          const char   *json,
                          gsize         len)
{
  g_autoptr(GError) error = NULL;
  gsize i = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (json != NULL || len == 0);
  g_return_if_fail (value_allowed (self));

  /* Checked first so that a bad value is refused whole rather than
   * leaving half a document behind. */
  if (!ow_json_validate (json, len, &error))
    {
      g_critical ("%s: not a valid JSON value: %s", G_STRFUNC, error->message);
      return;
    }

  if (len >= 3 && memcmp (json, "\xEF\xBB\xBF", 3) == 0)
    i = 3;

  while (i < len)
    {
      char c = json[i];
      WriterFrame *f;
      gsize j;

      switch (c)
        {
        case ' ': case '\t': case '\n': case '\r': case ',': case ':':
          i++;
          break;

        case '{':
        case '[':
          begin_container (self, c);
          i++;
          break;

        case '}':
        case ']':
          end_container (self);
          i++;
          break;

        case '"':
          /* Validated, so the string ends at the first unescaped quote. */
          for (j = i + 1; json[j] != '"'; j++)
            if (json[j] == '\\')
              j++;
          j++;
          f = top_frame (self);
          if (f != NULL && f->kind == '{' && !f->key_pending)
            write_key (self, json + i, j - i);
          else
            write_scalar (self, json + i, j - i);
          i = j;
          break;

        default:
          /* A number, true, false or null. */
          for (j = i; j < len && strchr (" \t\n\r,:]}", json[j]) == NULL; j++)
            ;
          write_scalar (self, json + i, j - i);
          i = j;
          break;
        }
    }
}

char *
ow_json_writer_finish (OwJsonWriter *self,
                       gsize        *len)
{
  char *text;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->frames->len == 0 && self->done, NULL);

  if (self->pretty)
    g_string_append_c (self->out, '\n');
  if (len != NULL)
    *len = self->out->len;
  text = g_string_free (self->out, FALSE);
  self->out = g_string_sized_new (4096);
  self->done = FALSE;
  return text;
}
