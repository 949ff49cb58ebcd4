/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The field tables: properties, loading with checks, saving and copying of
 * the scalar keys of every model class. */
#define G_LOG_DOMAIN "ow-field"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ow-date.h"
#include "ow-enums.h"
#include "ow-field.h"

G_DEFINE_QUARK (ow-document-error-quark, ow_document_error)

guint
ow_field_decimals (const OwField *field)
{
  switch (field->kind)
    {
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
      return 2;
    case OW_FIELD_MICRO:
      return 6;
    case OW_FIELD_INT:
    case OW_FIELD_STRING:
    case OW_FIELD_BOOL:
    case OW_FIELD_ENUM:
    case OW_FIELD_DATE:
    case OW_FIELD_CURRENCY:
    default:
      return 0;
    }
}

void
ow_fields_install (GObjectClass  *klass,
                   const OwField *fields,
                   guint          n_fields,
                   guint          first_prop_id,
                   GParamSpec   **pspecs)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  for (guint i = 0; i < n_fields; i++)
    {
      const OwField *f = &fields[i];
      GParamSpec *pspec = NULL;

      switch (f->kind)
        {
        case OW_FIELD_STRING:
        case OW_FIELD_CURRENCY:
          pspec = g_param_spec_string (f->name, f->label, f->label,
                                       f->default_string ? f->default_string : "", flags);
          break;
        case OW_FIELD_BOOL:
          pspec = g_param_spec_boolean (f->name, f->label, f->label, f->default_value != 0, flags);
          break;
        case OW_FIELD_INT:
        case OW_FIELD_MONEY:
        case OW_FIELD_PERCENT:
        case OW_FIELD_MICRO:
          /* The property's range also admits the "not given" value. */
          pspec = g_param_spec_int64 (f->name, f->label, f->label,
                                      MIN (f->min, f->default_value),
                                      MAX (f->max, f->default_value),
                                      f->default_value, flags);
          break;
        case OW_FIELD_ENUM:
          pspec = g_param_spec_enum (f->name, f->label, f->label, f->enum_type (),
                                     (int) f->default_value, flags);
          break;
        case OW_FIELD_DATE:
          pspec = g_param_spec_uint (f->name, f->label, f->label, 0, G_MAXUINT32, 0, flags);
          break;
        default:
          g_assert_not_reached ();
        }

      pspecs[first_prop_id + i] = pspec;
      g_object_class_install_property (klass, first_prop_id + i, pspec);
    }
}

void
ow_fields_init (gpointer       instance,
                const OwField *fields,
                guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const OwField *f = &fields[i];

      switch (f->kind)
        {
        case OW_FIELD_STRING:
        case OW_FIELD_CURRENCY:
          *OW_FIELD_PTR (instance, f, char *) = g_strdup (f->default_string ? f->default_string : "");
          break;
        case OW_FIELD_BOOL:
          *OW_FIELD_PTR (instance, f, gboolean) = f->default_value != 0;
          break;
        case OW_FIELD_INT:
        case OW_FIELD_MONEY:
        case OW_FIELD_PERCENT:
        case OW_FIELD_MICRO:
          *OW_FIELD_PTR (instance, f, gint64) = f->default_value;
          break;
        case OW_FIELD_ENUM:
          *OW_FIELD_PTR (instance, f, int) = (int) f->default_value;
          break;
        case OW_FIELD_DATE:
          *OW_FIELD_PTR (instance, f, OwDate) = OW_DATE_NONE;
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

void
ow_fields_clear (gpointer       instance,
                 const OwField *fields,
                 guint          n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].kind == OW_FIELD_STRING || fields[i].kind == OW_FIELD_CURRENCY)
      g_clear_pointer (OW_FIELD_PTR (instance, &fields[i], char *), g_free);
}

void
ow_field_get_value (gconstpointer  instance,
                    const OwField *f,
                    GValue        *value)
{
  gpointer p = (gpointer) instance;

  switch (f->kind)
    {
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
      g_value_set_string (value, *OW_FIELD_PTR (p, f, char *));
      break;
    case OW_FIELD_BOOL:
      g_value_set_boolean (value, *OW_FIELD_PTR (p, f, gboolean));
      break;
    case OW_FIELD_INT:
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
    case OW_FIELD_MICRO:
      g_value_set_int64 (value, *OW_FIELD_PTR (p, f, gint64));
      break;
    case OW_FIELD_ENUM:
      g_value_set_enum (value, *OW_FIELD_PTR (p, f, int));
      break;
    case OW_FIELD_DATE:
      g_value_set_uint (value, *OW_FIELD_PTR (p, f, OwDate));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Returns TRUE when the stored value changed, so callers notify only then. */
gboolean
ow_field_set_value (gpointer       instance,
                    const OwField *f,
                    const GValue  *value)
{
  switch (f->kind)
    {
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
      {
        char **p = OW_FIELD_PTR (instance, f, char *);
        const char *s = g_value_get_string (value);

        if (s == NULL)
          s = "";
        if (g_strcmp0 (*p, s) == 0)
          return FALSE;
        g_free (*p);
        *p = g_strdup (s);
        return TRUE;
      }
    case OW_FIELD_BOOL:
      {
        gboolean *p = OW_FIELD_PTR (instance, f, gboolean);
        gboolean v = g_value_get_boolean (value) != FALSE;

        if (*p == v)
          return FALSE;
        *p = v;
        return TRUE;
      }
    case OW_FIELD_INT:
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
    case OW_FIELD_MICRO:
      {
        gint64 *p = OW_FIELD_PTR (instance, f, gint64);
        gint64 v = g_value_get_int64 (value);

        if (*p == v)
          return FALSE;
        *p = v;
        return TRUE;
      }
    case OW_FIELD_ENUM:
      {
        int *p = OW_FIELD_PTR (instance, f, int);
        int v = g_value_get_enum (value);

        if (*p == v)
          return FALSE;
        *p = v;
        return TRUE;
      }
    case OW_FIELD_DATE:
      {
        OwDate *p = OW_FIELD_PTR (instance, f, OwDate);
        OwDate v = g_value_get_uint (value);

        if (*p == v)
          return FALSE;
        *p = v;
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }
}

gboolean
ow_field_equal (gconstpointer  a,
                gconstpointer  b,
                const OwField *f)
{
  gpointer pa = (gpointer) a, pb = (gpointer) b;

  switch (f->kind)
    {
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
      return g_strcmp0 (*OW_FIELD_PTR (pa, f, char *), *OW_FIELD_PTR (pb, f, char *)) == 0;
    case OW_FIELD_BOOL:
      return *OW_FIELD_PTR (pa, f, gboolean) == *OW_FIELD_PTR (pb, f, gboolean);
    case OW_FIELD_INT:
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
    case OW_FIELD_MICRO:
      return *OW_FIELD_PTR (pa, f, gint64) == *OW_FIELD_PTR (pb, f, gint64);
    case OW_FIELD_ENUM:
      return *OW_FIELD_PTR (pa, f, int) == *OW_FIELD_PTR (pb, f, int);
    case OW_FIELD_DATE:
      return *OW_FIELD_PTR (pa, f, OwDate) == *OW_FIELD_PTR (pb, f, OwDate);
    default:
      g_assert_not_reached ();
    }
}

/* Copies every field and notifies the properties that changed, so a copy
 * into a live object (undo, revert) updates the widgets bound to it. */
void
ow_fields_copy (gpointer       dest,
                gconstpointer  src,
                const OwField *fields,
                guint          n_fields,
                GObject       *notify_object,
                GParamSpec   **pspecs)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const OwField *f = &fields[i];
      GValue v = G_VALUE_INIT;

      if (ow_field_equal (dest, src, f))
        continue;

      g_value_init (&v, pspecs[i]->value_type);
      ow_field_get_value (src, f, &v);
      ow_field_set_value (dest, f, &v);
      g_value_unset (&v);

      if (notify_object != NULL)
        g_object_notify_by_pspec (notify_object, pspecs[i]);
    }
}

gboolean
ow_field_is_given (gconstpointer  instance,
                   const OwField *f)
{
  gpointer p = (gpointer) instance;

  if (!(f->flags & OW_FIELD_OPTIONAL))
    return TRUE;

  switch (f->kind)
    {
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
      return **OW_FIELD_PTR (p, f, char *) != '\0';
    case OW_FIELD_BOOL:
      return TRUE;
    case OW_FIELD_INT:
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
    case OW_FIELD_MICRO:
      return *OW_FIELD_PTR (p, f, gint64) != f->default_value;
    case OW_FIELD_ENUM:
      return *OW_FIELD_PTR (p, f, int) != (int) f->default_value;
    case OW_FIELD_DATE:
      return *OW_FIELD_PTR (p, f, OwDate) != OW_DATE_NONE;
    default:
      g_assert_not_reached ();
    }
}

/* Loading ------------------------------------------------------------------ */

gboolean
ow_load_fail (GError    **error,
              const char *path,
              const char *format,
              ...)
{
  g_autofree char *rule = NULL;
  va_list args;

  va_start (args, format);
  rule = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL && *path != '\0')
    g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID, "%s: %s", path, rule);
  else
    g_set_error_literal (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID, rule);

  return FALSE;
}

/* Names a JSON value's type the way the messages talk about it. */
const char *
ow_json_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
    default:
      return _("a number");
    }
}

gboolean
ow_load_expect_object (JsonNode   *node,
                       const char *path,
                       GError    **error)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return TRUE;
  return ow_load_fail (error, path, _("must be an object, not %s"), ow_json_type_name (node));
}

gboolean
ow_load_expect_array (JsonNode   *node,
                      const char *path,
                      GError    **error)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    return TRUE;
  return ow_load_fail (error, path, _("must be a list, not %s"), ow_json_type_name (node));
}

static gboolean
holds_number (JsonNode *node)
{
  GType t;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  t = json_node_get_value_type (node);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* The literal as the file wrote it, shortened for a message. */
static char *
literal_for_message (const char *lit,
                     gsize       len)
{
  if (len > 40)
    return g_strdup_printf ("%.*s…", 37, lit);
  return g_strndup (lit, len);
}

static const char *
lookup_literal (OwLoadContext *ctx,
                const char    *path,
                gsize         *len,
                GError       **error)
{
  const char *lit = ow_json_scan_lookup (ctx->scan, path, len);

  if (lit == NULL)
    ow_load_fail (error, path, _("the value could not be read"));
  return lit;
}

/* Reads a number from its exact source text: json-glib's own value would
 * have wrapped past 64 bits or turned 1e400 into infinity.  With a field,
 * a number too large for 64 bits is reported against the field's range. */
static gboolean
load_number (OwLoadContext *ctx,
             JsonNode      *node,
             const char    *path,
             guint          decimals,
             const OwField *range,
             gint64        *out,
             GError       **error)
{
  g_autofree char *shown = NULL;
  const char *lit;
  gsize len;

  if (!holds_number (node))
    return ow_load_fail (error, path, _("must be a number, not %s"), ow_json_type_name (node));

  if (!(lit = lookup_literal (ctx, path, &len, error)))
    return FALSE;

  switch (ow_json_number_scaled (lit, len, decimals, out))
    {
    case OW_JSON_NUMBER_OK:
      return TRUE;

    case OW_JSON_NUMBER_TOO_PRECISE:
      shown = literal_for_message (lit, len);
      if (decimals == 0)
        return ow_load_fail (error, path, _("must be a whole number (is %s)"), shown);
      return ow_load_fail (error, path,
                           g_dngettext (GETTEXT_PACKAGE,
                                        "must have at most %u decimal (is %s)",
                                        "must have at most %u decimals (is %s)", decimals),
                           decimals, shown);

    case OW_JSON_NUMBER_OUT_OF_RANGE:
      shown = literal_for_message (lit, len);
      if (range != NULL)
        {
          gboolean negative = lit[0] == '-';
          g_autofree char *bound = ow_format_scaled (negative ? range->min : range->max, decimals);

          if (negative && range->min == 0)
            return ow_load_fail (error, path, _("must not be negative (is %s)"), shown);
          return ow_load_fail (error, path,
                               negative ? _("must be at least %s (is %s)") : _("must be at most %s (is %s)"),
                               bound, shown);
        }
      return ow_load_fail (error, path, _("is far too large (is %s)"), shown);

    case OW_JSON_NUMBER_NOT_A_NUMBER:
    default:
      shown = literal_for_message (lit, len);
      return ow_load_fail (error, path, _("is not a number (is %s)"), shown);
    }
}

gboolean
ow_load_number (OwLoadContext *ctx,
                JsonNode      *node,
                const char    *path,
                guint          decimals,
                gint64        *out,
                GError       **error)
{
  return load_number (ctx, node, path, decimals, NULL, out, error);
}

/* A decimal kept with the fewest decimals that represent it exactly (up to
 * 18), for exchange rates, which people paste with many digits. */
gboolean
ow_load_decimal (OwLoadContext *ctx,
                 JsonNode      *node,
                 const char    *path,
                 gint64        *mantissa,
                 guint         *scale,
                 GError       **error)
{
  g_autofree char *shown = NULL;
  const char *lit;
  gsize len;

  if (!holds_number (node))
    return ow_load_fail (error, path, _("must be a number, not %s"), ow_json_type_name (node));

  if (!(lit = lookup_literal (ctx, path, &len, error)))
    return FALSE;

  for (guint d = 0; d <= 18; d++)
    {
      OwJsonNumberStatus status = ow_json_number_scaled (lit, len, d, mantissa);

      if (status == OW_JSON_NUMBER_OK)
        {
          *scale = d;
          return TRUE;
        }
      if (status == OW_JSON_NUMBER_TOO_PRECISE)
        continue;

      shown = literal_for_message (lit, len);
      if (status == OW_JSON_NUMBER_OUT_OF_RANGE && d == 0)
        return ow_load_fail (error, path, _("is far too large (is %s)"), shown);
      return ow_load_fail (error, path, _("must be a number with at most 18 significant digits (is %s)"),
                           shown);
    }

  /* 0.0000000000000000001 has one significant digit but too many decimals. */
  shown = literal_for_message (lit, len);
  return ow_load_fail (error, path, _("must have at most 18 decimals (is %s)"), shown);
}

/* An exact decimal for messages and output: (150000, 2) is "1500",
 * (-5, 2) is "-0.05". */
char *
ow_format_scaled (gint64 value,
                  guint  decimals)
{
  GString *s = g_string_new (NULL);
  guint64 mag = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  guint64 pow = 1;
  guint64 frac;

  for (guint i = 0; i < decimals; i++)
    pow *= 10;

  if (value < 0)
    g_string_append_c (s, '-');
  g_string_append_printf (s, "%" G_GUINT64_FORMAT, mag / pow);

  frac = mag % pow;
  if (frac != 0)
    {
      char buf[32];
      int n;

      g_snprintf (buf, sizeof buf, "%0*" G_GUINT64_FORMAT, (int) decimals, frac);
      n = (int) strlen (buf);
      while (n > 0 && buf[n - 1] == '0')
        buf[--n] = '\0';
      g_string_append_printf (s, ".%s", buf);
    }

  return g_string_free (s, FALSE);
}

const OwField *
ow_fields_find (const OwField *fields,
                guint          n_fields,
                const char    *group,
                const char    *key)
{
  /* The first byte rules out almost every field before a call: this runs
   * for every member of a file and for every key saved. */
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].key[0] == key[0] && strcmp (fields[i].key, key) == 0 &&
        g_strcmp0 (fields[i].group, group) == 0)
      return &fields[i];
  return NULL;
}

static gboolean
check_range (const OwField *f,
             gint64         v,
             const char    *path,
             GError       **error)
{
  guint decimals = ow_field_decimals (f);
  gboolean too_low = (f->flags & OW_FIELD_ABOVE_MIN) ? v <= f->min : v < f->min;
  g_autofree char *shown = NULL;
  g_autofree char *bound = NULL;

  if (!too_low && v <= f->max)
    return TRUE;

  /* Only a failing value pays for formatting the message. */
  shown = ow_format_scaled (v, decimals);
  bound = ow_format_scaled (too_low ? f->min : f->max, decimals);

  if (!too_low)
    return ow_load_fail (error, path, _("must be at most %s (is %s)"), bound, shown);
  if (f->flags & OW_FIELD_ABOVE_MIN)
    return ow_load_fail (error, path, _("must be greater than %s (is %s)"), bound, shown);
  if (f->min == 0)
    return ow_load_fail (error, path, _("must not be negative (is %s)"), shown);
  return ow_load_fail (error, path, _("must be at least %s (is %s)"), bound, shown);
}

static gboolean
is_currency_code (const char *s)
{
  return strlen (s) == 3 && g_ascii_isupper (s[0]) && g_ascii_isupper (s[1]) && g_ascii_isupper (s[2]);
}

gboolean
ow_field_load (OwLoadContext *ctx,
               gpointer       instance,
               const OwField *f,
               JsonNode      *node,
               const char    *path,
               GError       **error)
{
  switch (f->kind)
    {
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
    case OW_FIELD_ENUM:
    case OW_FIELD_DATE:
      if (!holds_string (node))
        return ow_load_fail (error, path, _("must be text, not %s"), ow_json_type_name (node));
      break;
    case OW_FIELD_BOOL:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return ow_load_fail (error, path, _("must be true or false, not %s"), ow_json_type_name (node));
      break;
    case OW_FIELD_INT:
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
    case OW_FIELD_MICRO:
    default:
      break;
    }

  switch (f->kind)
    {
    case OW_FIELD_STRING:
      {
        const char *s = json_node_get_string (node);

        if ((f->flags & OW_FIELD_NONEMPTY) && *s == '\0')
          return ow_load_fail (error, path, _("must not be empty"));
        g_free (*OW_FIELD_PTR (instance, f, char *));
        *OW_FIELD_PTR (instance, f, char *) = g_strdup (s);
        return TRUE;
      }

    case OW_FIELD_CURRENCY:
      {
        const char *s = json_node_get_string (node);

        if (!is_currency_code (s))
          return ow_load_fail (error, path,
                               _("must be a three-letter ISO 4217 currency code such as USD (is “%s”)"),
                               s);
        g_free (*OW_FIELD_PTR (instance, f, char *));
        *OW_FIELD_PTR (instance, f, char *) = g_strdup (s);
        return TRUE;
      }

    case OW_FIELD_BOOL:
      *OW_FIELD_PTR (instance, f, gboolean) = json_node_get_boolean (node);
      return TRUE;

    case OW_FIELD_ENUM:
      {
        const char *s = json_node_get_string (node);
        int v;

        if (!ow_enum_from_nick (f->enum_type (), s, &v))
          {
            g_autofree char *allowed = ow_enum_list_nicks (f->enum_type (), FALSE);
            return ow_load_fail (error, path, _("must be %s (is “%s”)"), allowed, s);
          }
        *OW_FIELD_PTR (instance, f, int) = v;
        return TRUE;
      }

    case OW_FIELD_DATE:
      {
        const char *s = json_node_get_string (node);
        OwDate d;

        if (!ow_date_parse_iso (s, strlen (s), &d))
          return ow_load_fail (error, path, _("must be a real calendar date written YYYY-MM-DD (is “%s”)"), s);
        *OW_FIELD_PTR (instance, f, OwDate) = d;
        return TRUE;
      }

    case OW_FIELD_INT:
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
    case OW_FIELD_MICRO:
      {
        gint64 v;

        if (!load_number (ctx, node, path, ow_field_decimals (f), f, &v, error))
          return FALSE;
        if (!check_range (f, v, path, error))
          return FALSE;
        *OW_FIELD_PTR (instance, f, gint64) = v;
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

gboolean
ow_fields_check_required (const OwField *fields,
                          guint          n_fields,
                          const char    *group,
                          const guint8  *seen,
                          const char    *path,
                          GError       **error)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (!(fields[i].flags & OW_FIELD_REQUIRED) || seen[i])
        continue;
      if (g_strcmp0 (fields[i].group, group) != 0)
        continue;

      {
        g_autofree char *key_path = ow_json_path_append_key (path, fields[i].key);
        return ow_load_fail (error, key_path, _("is required but missing"));
      }
    }
  return TRUE;
}

/* Saving ------------------------------------------------------------------- */

/* TRUE when the stored value is the one a missing key gives. */
gboolean
ow_field_is_default (gconstpointer  instance,
                     const OwField *f)
{
  gpointer p = (gpointer) instance;

  switch (f->kind)
    {
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
      return g_strcmp0 (*OW_FIELD_PTR (p, f, char *), f->default_string ? f->default_string : "") == 0;
    case OW_FIELD_BOOL:
      return *OW_FIELD_PTR (p, f, gboolean) == (f->default_value != 0);
    case OW_FIELD_INT:
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
    case OW_FIELD_MICRO:
      return *OW_FIELD_PTR (p, f, gint64) == f->default_value;
    case OW_FIELD_ENUM:
      return *OW_FIELD_PTR (p, f, int) == (int) f->default_value;
    case OW_FIELD_DATE:
      return *OW_FIELD_PTR (p, f, OwDate) == OW_DATE_NONE;
    default:
      g_assert_not_reached ();
    }
}

/* Required keys and those marked ALWAYS are written; optional ones when
 * given; the rest only when they differ from the default, since a key at
 * its default says nothing and reads back the same. */
static gboolean
field_has_output (gconstpointer  instance,
                  const OwField *f)
{
  if (f->flags & OW_FIELD_OPTIONAL)
    return ow_field_is_given (instance, f);
  if (f->flags & (OW_FIELD_REQUIRED | OW_FIELD_ALWAYS))
    return TRUE;
  return !ow_field_is_default (instance, f);
}

void
ow_field_save (gconstpointer  instance,
               const OwField *f,
               OwJsonWriter  *w)
{
  gpointer p = (gpointer) instance;

  if (!field_has_output (instance, f))
    return;

  ow_json_writer_key (w, f->key);

  switch (f->kind)
    {
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
      ow_json_writer_string (w, *OW_FIELD_PTR (p, f, char *));
      break;
    case OW_FIELD_BOOL:
      ow_json_writer_bool (w, *OW_FIELD_PTR (p, f, gboolean));
      break;
    case OW_FIELD_INT:
      ow_json_writer_int (w, *OW_FIELD_PTR (p, f, gint64));
      break;
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
    case OW_FIELD_MICRO:
      ow_json_writer_scaled (w, *OW_FIELD_PTR (p, f, gint64), ow_field_decimals (f), 0);
      break;
    case OW_FIELD_ENUM:
      ow_json_writer_string (w, ow_enum_to_nick (f->enum_type (), *OW_FIELD_PTR (p, f, int)));
      break;
    case OW_FIELD_DATE:
      {
        char buf[OW_DATE_ISO_LEN];

        ow_date_format_iso (*OW_FIELD_PTR (p, f, OwDate), buf);
        ow_json_writer_string (w, buf);
        break;
      }
    default:
      g_assert_not_reached ();
    }
}

void
ow_fields_save_group (gconstpointer  instance,
                      const OwField *fields,
                      guint          n_fields,
                      const char    *group,
                      OwJsonWriter  *writer)
{
  for (guint i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].group, group) == 0)
      ow_field_save (instance, &fields[i], writer);
}

/* Unknown keys ------------------------------------------------------------- */

typedef struct
{
  char *group;
  char *key;
  char *json;
  gsize len;
} OwExtra;

static void
ow_extra_free (gpointer data)
{
  OwExtra *e = data;

  g_free (e->group);
  g_free (e->key);
  g_free (e->json);
  g_free (e);
}

void
ow_extras_add (OwExtras   *extras,
               const char *group,
               const char *key,
               const char *json,
               gsize       len)
{
  OwExtra *e = g_new0 (OwExtra, 1);

  if (extras->items == NULL)
    extras->items = g_ptr_array_new_with_free_func (ow_extra_free);

  e->group = g_strdup (group);
  e->key = g_strdup (key);
  e->json = g_strndup (json, len);
  e->len = len;
  g_ptr_array_add (extras->items, e);
}

gboolean
ow_extras_keep (OwExtras      *extras,
                OwLoadContext *ctx,
                const char    *group,
                const char    *key,
                const char    *path,
                GError       **error)
{
  gsize len;
  const char *json = ow_json_scan_lookup (ctx->scan, path, &len);

  if (json == NULL)
    return ow_load_fail (error, path, _("the value could not be read"));

  ow_extras_add (extras, group, key, json, len);
  return TRUE;
}

void
ow_extras_save (const OwExtras *extras,
                const char     *group,
                OwJsonWriter   *writer)
{
  if (extras->items == NULL)
    return;

  for (guint i = 0; i < extras->items->len; i++)
    {
      const OwExtra *e = g_ptr_array_index (extras->items, i);

      if (g_strcmp0 (e->group, group) != 0)
        continue;
      ow_json_writer_key (writer, e->key);
      ow_json_writer_raw_value (writer, e->json, e->len);
    }
}

gboolean
ow_extras_has_group (const OwExtras *extras,
                     const char     *group)
{
  if (extras->items == NULL)
    return FALSE;
  for (guint i = 0; i < extras->items->len; i++)
    if (g_strcmp0 (((const OwExtra *) g_ptr_array_index (extras->items, i))->group, group) == 0)
      return TRUE;
  return FALSE;
}

guint
ow_extras_count (const OwExtras *extras)
{
  return extras->items ? extras->items->len : 0;
}

void
ow_extras_copy (OwExtras       *dest,
                const OwExtras *src)
{
  ow_extras_clear (dest);
  if (src->items == NULL)
    return;
  for (guint i = 0; i < src->items->len; i++)
    {
      const OwExtra *e = g_ptr_array_index (src->items, i);
      ow_extras_add (dest, e->group, e->key, e->json, e->len);
    }
}

void
ow_extras_clear (OwExtras *extras)
{
  g_clear_pointer (&extras->items, g_ptr_array_unref);
}
