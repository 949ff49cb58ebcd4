/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One table per model class describes each scalar key of the .offers format:
 * its JSON key, GObject property, storage, range and default.  The same
 * table drives the properties, loading with its checks, saving and copying,
 * so a key is described once and the four can never disagree. */
#pragma once

#include <json-glib/json-glib.h>

#include "ow-json-scan.h"
#include "ow-json-writer.h"

G_BEGIN_DECLS

typedef enum {
  OW_FIELD_STRING,    /* char *, never NULL */
  OW_FIELD_BOOL,      /* gboolean */
  OW_FIELD_INT,       /* gint64, a whole number: 48 or 48.0 */
  OW_FIELD_MONEY,     /* gint64 minor units: at most 2 decimals */
  OW_FIELD_PERCENT,   /* gint64 basis points: at most 2 decimals */
  OW_FIELD_MICRO,     /* gint64 millionths (prices, units, indexes): at most 6 decimals */
  OW_FIELD_ENUM,      /* int, by nick */
  OW_FIELD_DATE,      /* OwDate, "YYYY-MM-DD" */
  OW_FIELD_CURRENCY,  /* char *, an ISO 4217 code, "" when not given */
} OwFieldKind;

typedef enum {
  OW_FIELD_REQUIRED  = 1 << 0, /* missing is a load error */
  OW_FIELD_OPTIONAL  = 1 << 1, /* missing keeps default_value as "not given"; written only when given */
  OW_FIELD_NONEMPTY  = 1 << 2, /* strings: must not be empty */
  OW_FIELD_ABOVE_MIN = 1 << 3, /* numbers: strictly greater than min */
  OW_FIELD_ALWAYS    = 1 << 4, /* written even at its default, for people reading the file */
} OwFieldFlags;

typedef struct _OwField OwField;

struct _OwField
{
  const char   *name;          /* GObject property name */
  const char   *key;           /* JSON key */
  const char   *group;         /* JSON sub-object holding the key, or NULL */
  OwFieldKind   kind;
  guint         flags;
  gsize         offset;        /* of the storage inside the instance */
  gint64        min;           /* in stored units */
  gint64        max;
  gint64        default_value; /* for OPTIONAL fields also the "not given" value */
  GType       (*enum_type) (void);
  const char   *default_string; /* strings: the default, NULL for "" */
  const char   *label;         /* N_() label for people */
};

#define OW_FIELD_PTR(instance, field, type) \
  ((type *) (gpointer) ((guint8 *) (instance) + (field)->offset))

guint       ow_field_decimals          (const OwField *field);
void        ow_fields_install          (GObjectClass  *klass,
                                        const OwField *fields,
                                        guint          n_fields,
                                        guint          first_prop_id,
                                        GParamSpec   **pspecs);
void        ow_fields_init             (gpointer       instance,
                                        const OwField *fields,
                                        guint          n_fields);
void        ow_fields_clear            (gpointer       instance,
                                        const OwField *fields,
                                        guint          n_fields);
void        ow_fields_copy             (gpointer       dest,
                                        gconstpointer  src,
                                        const OwField *fields,
                                        guint          n_fields,
                                        GObject       *notify_object,
                                        GParamSpec   **pspecs);
void        ow_field_get_value         (gconstpointer  instance,
                                        const OwField *field,
                                        GValue        *value);
gboolean    ow_field_set_value         (gpointer       instance,
                                        const OwField *field,
                                        const GValue  *value);
gboolean    ow_field_is_given          (gconstpointer  instance,
                                        const OwField *field);
gboolean    ow_field_is_default        (gconstpointer  instance,
                                        const OwField *field);
gboolean    ow_field_equal             (gconstpointer  a,
                                        gconstpointer  b,
                                        const OwField *field);

/* Loading.  Everything a loader needs to name the place of a problem. */
typedef struct _OwLoadContext OwLoadContext;

struct _OwLoadContext
{
  OwJsonScan *scan;
};

#define OW_DOCUMENT_ERROR (ow_document_error_quark ())

typedef enum {
  OW_DOCUMENT_ERROR_IO,
  OW_DOCUMENT_ERROR_TOO_LARGE,
  OW_DOCUMENT_ERROR_SYNTAX,
  OW_DOCUMENT_ERROR_INVALID,
  OW_DOCUMENT_ERROR_NEWER_VERSION,
} OwDocumentError;

GQuark      ow_document_error_quark    (void);

gboolean    ow_load_fail               (GError       **error,
                                        const char    *path,
                                        const char    *format,
                                        ...) G_GNUC_PRINTF (3, 4);
const char *ow_json_type_name          (JsonNode      *node);
gboolean    ow_load_expect_object      (JsonNode      *node,
                                        const char    *path,
                                        GError       **error);
gboolean    ow_load_expect_array       (JsonNode      *node,
                                        const char    *path,
                                        GError       **error);
gboolean    ow_load_number             (OwLoadContext *ctx,
                                        JsonNode      *node,
                                        const char    *path,
                                        guint          decimals,
                                        gint64        *out,
                                        GError       **error);
gboolean    ow_load_decimal            (OwLoadContext *ctx,
                                        JsonNode      *node,
                                        const char    *path,
                                        gint64        *mantissa,
                                        guint         *scale,
                                        GError       **error);
char       *ow_format_scaled           (gint64         value,
                                        guint          decimals);

const OwField *ow_fields_find          (const OwField *fields,
                                        guint          n_fields,
                                        const char    *group,
                                        const char    *key);
gboolean    ow_field_load              (OwLoadContext *ctx,
                                        gpointer       instance,
                                        const OwField *field,
                                        JsonNode      *node,
                                        const char    *path,
                                        GError       **error);
gboolean    ow_fields_check_required   (const OwField *fields,
                                        guint          n_fields,
                                        const char    *group,
                                        const guint8  *seen,
                                        const char    *path,
                                        GError       **error);
void        ow_field_save              (gconstpointer  instance,
                                        const OwField *field,
                                        OwJsonWriter  *writer);
void        ow_fields_save_group       (gconstpointer  instance,
                                        const OwField *fields,
                                        guint          n_fields,
                                        const char    *group,
                                        OwJsonWriter  *writer);

/* Keys the loader does not know, kept with their exact source text and
 * written back on save. */
typedef struct _OwExtras OwExtras;

struct _OwExtras
{
  GPtrArray *items;
};

void        ow_extras_add              (OwExtras      *extras,
                                        const char    *group,
                                        const char    *key,
                                        const char    *json,
                                        gsize          len);
void        ow_extras_save             (const OwExtras *extras,
                                        const char    *group,
                                        OwJsonWriter  *writer);
void        ow_extras_copy             (OwExtras       *dest,
                                        const OwExtras *src);
void        ow_extras_clear            (OwExtras      *extras);
guint       ow_extras_count            (const OwExtras *extras);
gboolean    ow_extras_has_group        (const OwExtras *extras,
                                        const char     *group);
gboolean    ow_extras_keep             (OwExtras      *extras,
                                        OwLoadContext *ctx,
                                        const char    *group,
                                        const char    *key,
                                        const char    *path,
                                        GError       **error);

G_END_DECLS
