/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading .offers documents (offer-model.md §1).
 *
 * Loading is all or nothing.  The bytes are checked by our own strict
 * scanner (size, nesting, grammar, duplicate keys), which then builds the
 * json-glib tree the rest of this file reads, and every number is read from
 * its exact source text.  Everything goes into a new document that
 * replaces the contents of the target only when the whole file was
 * valid. */
#define G_LOG_DOMAIN "ow-document-load"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ow-model-private.h"

/* Called for each member of an object before the field table is asked:
 * returns TRUE when it handled KEY (or failed, setting ERROR). */
typedef gboolean (*SpecialMemberFunc) (OwLoadContext *ctx,
                                       gpointer       target,
                                       const char    *group,
                                       const char    *key,
                                       JsonNode      *value,
                                       const char    *path,
                                       gboolean      *handled,
                                       GError       **error);

/* The most fields a class has, so that load_members() can keep its
 * bookkeeping on the stack. */
#define MAX_FIELDS 64

/* Reads the members of OBJECT into NODE's fields of GROUP; members the
 * table does not know go to SPECIAL, and those it does not handle either
 * are kept as unknown keys.  NOT_REQUIRED names a required key of the
 * table that this object may leave out (a revision's offer has no id).
 *
 * This runs for every object of the file, so it allocates as little as it
 * can: the members are visited in file order without copying their list
 * (json_object_get_members() copies it), and one buffer holds each
 * member's path in turn instead of a new string for every member. */
static gboolean
load_members_full (OwLoadContext     *ctx,
                   OwNode            *node,
                   const char        *group,
                   JsonObject        *object,
                   const char        *path,
                   SpecialMemberFunc  special,
                   gpointer           target,
                   const char        *not_required,
                   GError           **error)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (node);
  guint8 seen[MAX_FIELDS] = { 0, };
  g_autoptr(GString) child_path = g_string_new (path);
  gsize path_len = child_path->len;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  g_assert (klass->n_fields <= MAX_FIELDS);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &value))
    {
      const OwField *field;
      gboolean handled = FALSE;

      g_string_truncate (child_path, path_len);
      ow_json_path_add_key (child_path, key);

      if (special != NULL)
        {
          if (!special (ctx, target, group, key, value, child_path->str, &handled, error))
            return FALSE;
          if (handled)
            continue;
        }

      field = ow_fields_find (klass->fields, klass->n_fields, group, key);
      if (field != NULL)
        {
          if (!ow_field_load (ctx, node, field, value, child_path->str, error))
            return FALSE;
          seen[field - klass->fields] = TRUE;
          continue;
        }

      if (!ow_extras_keep (ow_node_get_extras (node), ctx, group, key, child_path->str, error))
        return FALSE;
    }

  if (not_required != NULL)
    {
      const OwField *field = ow_fields_find (klass->fields, klass->n_fields, group, not_required);

      g_assert (field != NULL);
      seen[field - klass->fields] = TRUE;
    }

  return ow_fields_check_required (klass->fields, klass->n_fields, group, seen, path, error);
}

static gboolean
load_members (OwLoadContext     *ctx,
              OwNode            *node,
              const char        *group,
              JsonObject        *object,
              const char        *path,
              SpecialMemberFunc  special,
              gpointer           target,
              GError           **error)
{
  return load_members_full (ctx, node, group, object, path, special, target, NULL, error);
}

/* Reads one item of a list: a new TYPE, or NULL with ERROR set. */
typedef OwNode *(*LoadItemFunc) (OwLoadContext *ctx,
                                 JsonNode      *item,
                                 const char    *path,
                                 GType          type,
                                 GError       **error);

/* Reads the list VALUE into STORE.  The items go in together, once all of
 * them were read: one items-changed (and one "changed" of the owner)
 * instead of one per item. */
static gboolean
load_array (OwLoadContext *ctx,
            JsonNode      *value,
            const char    *path,
            LoadItemFunc   load_item,
            GListStore    *store,
            GError       **error)
{
  GType type = g_list_model_get_item_type (G_LIST_MODEL (store));
  g_autoptr(GString) item_path = NULL;
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;
  gsize path_len;
  guint n;

  if (!ow_load_expect_array (value, path, error))
    return FALSE;

  /* One buffer for the items' paths, as in load_members(). */
  item_path = g_string_new (path);
  path_len = item_path->len;
  array = json_node_get_array (value);
  n = json_array_get_length (array);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      OwNode *node;

      g_string_truncate (item_path, path_len);
      ow_json_path_add_index (item_path, i);

      node = load_item (ctx, json_array_get_element (array, i), item_path->str, type, error);
      if (node == NULL)
        return FALSE;
      g_ptr_array_add (items, node);
    }

  if (items->len > 0)
    g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                         items->pdata, items->len);
  return TRUE;
}

/* VESTING ------------------------------------------------------------------ */

/* One entry of year_percents, read into a gint64 (offset 0). */
static const OwField year_percent_field = {
  "year-percent", "year_percents", NULL, OW_FIELD_PERCENT, 0, 0, 0, 10000, 0, NULL, NULL, NULL,
};

static gboolean
vesting_special (OwLoadContext *ctx,
                 gpointer       target,
                 const char    *group,
                 const char    *key,
                 JsonNode      *value,
                 const char    *path,
                 gboolean      *handled,
                 GError       **error)
{
  OwVesting *vesting = target;
  gint64 percents[OW_MAX_YEAR_PERCENTS];
  JsonArray *array;
  guint n;

  if (strcmp (key, "year_percents") != 0)
    return TRUE;

  *handled = TRUE;
  if (!ow_load_expect_array (value, path, error))
    return FALSE;

  array = json_node_get_array (value);
  n = json_array_get_length (array);
  if (n > OW_MAX_YEAR_PERCENTS)
    return ow_load_fail (error, path,
                         _("must have one percent for each started year, at most %d (has %u)"),
                         OW_MAX_YEAR_PERCENTS, n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item_path = ow_json_path_append_index (path, i);
      gint64 v;

      /* Read like any percent field, so 1e400 and -5 are told the same
       * way as 150: against the range. */
      if (!ow_field_load (ctx, &v, &year_percent_field, json_array_get_element (array, i), item_path, error))
        return FALSE;
      percents[i] = v;
    }

  ow_vesting_set_year_percents (vesting, percents, n);
  return TRUE;
}

static gboolean
load_vesting (OwLoadContext *ctx,
              OwVesting     *vesting,
              JsonNode      *value,
              const char    *path,
              GError       **error)
{
  if (!ow_load_expect_object (value, path, error))
    return FALSE;
  return load_members (ctx, OW_NODE (vesting), NULL, json_node_get_object (value), path,
                       vesting_special, vesting, error);
}

/* GRANT -------------------------------------------------------------------- */

static gboolean
grant_special (OwLoadContext *ctx,
               gpointer       target,
               const char    *group,
               const char    *key,
               JsonNode      *value,
               const char    *path,
               gboolean      *handled,
               GError       **error)
{
  OwGrant *grant = target;

  if (strcmp (key, "vesting") != 0)
    return TRUE;

  *handled = TRUE;
  return load_vesting (ctx, grant->vesting, value, path, error);
}

static OwNode *
load_grant (OwLoadContext *ctx,
            JsonNode      *item,
            const char    *path,
            GType          type,
            GError       **error)
{
  g_autoptr(OwGrant) grant = ow_grant_new ();

  if (!ow_load_expect_object (item, path, error))
    return NULL;
  if (!load_members (ctx, OW_NODE (grant), NULL, json_node_get_object (item), path,
                     grant_special, grant, error))
    return NULL;

  return OW_NODE (g_steal_pointer (&grant));
}

/* Plain list items -------------------------------------------------------- */

/* Sign-ons, exit scenarios and checklist items: nothing but their fields. */
static OwNode *
load_plain_item (OwLoadContext *ctx,
                 JsonNode      *item,
                 const char    *path,
                 GType          type,
                 GError       **error)
{
  g_autoptr(OwNode) node = g_object_new (type, NULL);

  if (!ow_load_expect_object (item, path, error))
    return NULL;
  if (!load_members (ctx, node, NULL, json_node_get_object (item), path, NULL, NULL, error))
    return NULL;

  return g_steal_pointer (&node);
}

/* OFFER -------------------------------------------------------------------- */

static gboolean
load_sources (OwOffer    *offer,
              JsonNode   *value,
              const char *path,
              GError    **error)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *v;
  int source;

  if (!ow_load_expect_object (value, path, error))
    return FALSE;

  /* In file order, without copying the member list; a member's path is
   * only built for a message. */
  json_object_iter_init_ordered (&iter, json_node_get_object (value));
  while (json_object_iter_next_ordered (&iter, &key, &v))
    {
      if (!JSON_NODE_HOLDS_VALUE (v) || json_node_get_value_type (v) != G_TYPE_STRING)
        {
          g_autofree char *p = ow_json_path_append_key (path, key);
          return ow_load_fail (error, p, _("must be text, not %s"), ow_json_type_name (v));
        }
      if (*key == '\0')
        {
          g_autofree char *p = ow_json_path_append_key (path, key);
          return ow_load_fail (error, p, _("the key of a source must name a figure"));
        }
      if (!ow_enum_from_nick (OW_TYPE_SOURCE, json_node_get_string (v), &source))
        {
          g_autofree char *p = ow_json_path_append_key (path, key);
          g_autofree char *allowed = ow_enum_list_nicks (OW_TYPE_SOURCE, FALSE);
          return ow_load_fail (error, p, _("must be %s (is “%s”)"), allowed, json_node_get_string (v));
        }
      ow_offer_set_source (offer, key, source);
    }
  return TRUE;
}

static gboolean offer_special (OwLoadContext *ctx,
                               gpointer       target,
                               const char    *group,
                               const char    *key,
                               JsonNode      *value,
                               const char    *path,
                               gboolean      *handled,
                               GError       **error);
static OwNode  *load_revision (OwLoadContext *ctx,
                               JsonNode      *item,
                               const char    *path,
                               GType          type,
                               GError       **error);

/* The sub-objects whose keys live in the offer's own field table. */
static const char *const offer_groups[] = {
  "salary_band", "bonus", "refreshers", "company_equity", "benefits",
};

static gboolean
offer_special (OwLoadContext *ctx,
               gpointer       target,
               const char    *group,
               const char    *key,
               JsonNode      *value,
               const char    *path,
               gboolean      *handled,
               GError       **error)
{
  OwOffer *offer = target;

  if (group == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (offer_groups); i++)
        {
          if (strcmp (key, offer_groups[i]) != 0)
            continue;

          *handled = TRUE;
          if (!ow_load_expect_object (value, path, error))
            return FALSE;
          if (!load_members (ctx, OW_NODE (offer), offer_groups[i], json_node_get_object (value), path,
                             offer_special, offer, error))
            return FALSE;

          if (strcmp (key, "salary_band") == 0)
            offer->has_salary_band = TRUE;
          else if (strcmp (key, "refreshers") == 0)
            offer->has_refreshers = TRUE;
          else if (strcmp (key, "company_equity") == 0)
            offer->has_company_equity = TRUE;
          return TRUE;
        }

      if (strcmp (key, "sign_on") == 0)
        {
          *handled = TRUE;
          return load_array (ctx, value, path, load_plain_item, offer->sign_ons, error);
        }
      if (strcmp (key, "grants") == 0)
        {
          *handled = TRUE;
          return load_array (ctx, value, path, load_grant, offer->grants, error);
        }
      if (strcmp (key, "checklist") == 0)
        {
          *handled = TRUE;
          return load_array (ctx, value, path, load_plain_item, offer->checklist, error);
        }
      if (strcmp (key, "revisions") == 0)
        {
          *handled = TRUE;
          return load_array (ctx, value, path, load_revision, offer->revisions, error);
        }
      if (strcmp (key, "sources") == 0)
        {
          *handled = TRUE;
          return load_sources (offer, value, path, error);
        }
      return TRUE;
    }

  if (strcmp (group, "refreshers") == 0 && strcmp (key, "vesting") == 0)
    {
      g_autoptr(OwVesting) vesting = ow_vesting_new ();

      *handled = TRUE;
      if (!load_vesting (ctx, vesting, value, path, error))
        return FALSE;
      ow_offer_set_refresher_vesting (offer, vesting);
      return TRUE;
    }

  if (strcmp (group, "company_equity") == 0 && strcmp (key, "exit_scenarios") == 0)
    {
      *handled = TRUE;
      return load_array (ctx, value, path, load_plain_item, offer->exit_scenarios, error);
    }

  return TRUE;
}

static OwNode *
load_offer (OwLoadContext *ctx,
            JsonNode      *item,
            const char    *path,
            GType          type,
            GError       **error)
{
  g_autoptr(OwOffer) offer = g_object_new (OW_TYPE_OFFER, NULL);

  if (!ow_load_expect_object (item, path, error))
    return NULL;
  if (!load_members (ctx, OW_NODE (offer), NULL, json_node_get_object (item), path,
                     offer_special, offer, error))
    return NULL;

  return OW_NODE (g_steal_pointer (&offer));
}

/* REVISION ----------------------------------------------------------------- */

/* A revision's offer is an OFFER without the keys that belong to the offer
 * rather than to one set of its figures. */
static gboolean
snapshot_special (OwLoadContext *ctx,
                  gpointer       target,
                  const char    *group,
                  const char    *key,
                  JsonNode      *value,
                  const char    *path,
                  gboolean      *handled,
                  GError       **error)
{
  if (group == NULL &&
      (strcmp (key, "id") == 0 || strcmp (key, "checklist") == 0 || strcmp (key, "revisions") == 0))
    {
      *handled = TRUE;
      return ow_load_fail (error, path, _("is not kept in a revision: only the offer itself has it"));
    }
  return offer_special (ctx, target, group, key, value, path, handled, error);
}

static gboolean
revision_special (OwLoadContext *ctx,
                  gpointer       target,
                  const char    *group,
                  const char    *key,
                  JsonNode      *value,
                  const char    *path,
                  gboolean      *handled,
                  GError       **error)
{
  OwRevision *revision = target;

  if (strcmp (key, "offer") != 0)
    return TRUE;

  *handled = TRUE;
  if (!ow_load_expect_object (value, path, error))
    return FALSE;
  return load_members_full (ctx, OW_NODE (revision->offer), NULL, json_node_get_object (value), path,
                            snapshot_special, revision->offer, "id", error);
}

static OwNode *
load_revision (OwLoadContext *ctx,
               JsonNode      *item,
               const char    *path,
               GType          type,
               GError       **error)
{
  g_autoptr(OwRevision) revision = g_object_new (OW_TYPE_REVISION, NULL);
  JsonObject *object;

  if (!ow_load_expect_object (item, path, error))
    return NULL;

  /* The figures are what a revision is for: the field table cannot
   * require them, since they are a sub-object, and without them the
   * revision would hold an empty offer. */
  object = json_node_get_object (item);
  if (!json_object_has_member (object, "offer"))
    {
      g_autofree char *p = ow_json_path_append_key (path, "offer");

      ow_load_fail (error, p, _("is required but missing"));
      return NULL;
    }

  if (!load_members (ctx, OW_NODE (revision), NULL, object, path, revision_special, revision, error))
    return NULL;

  return OW_NODE (g_steal_pointer (&revision));
}

/* DOCUMENT ----------------------------------------------------------------- */

static gboolean
load_rates (OwLoadContext *ctx,
            OwDocument    *document,
            JsonNode      *value,
            const char    *path,
            GError       **error)
{
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (!ow_load_expect_object (value, path, error))
    return FALSE;

  object = json_node_get_object (value);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *code = l->data;
      g_autofree char *p = ow_json_path_append_key (path, code);
      gint64 mantissa;
      guint scale;

      if (strlen (code) != 3 || !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]) ||
          !g_ascii_isupper (code[2]))
        return ow_load_fail (error, p, _("the key must be a three-letter ISO 4217 currency code such as EUR"));

      if (!ow_load_decimal (ctx, json_object_get_member (object, code), p, &mantissa, &scale, error))
        {
          /* -1e400 is, first of all, not greater than 0. */
          gsize len = 0;
          const char *lit = ow_json_scan_lookup (ctx->scan, p, &len);

          if (lit != NULL && lit[0] == '-')
            {
              g_autofree char *shown = len > 40 ? g_strdup_printf ("%.37s…", lit) : g_strndup (lit, len);

              g_clear_error (error);
              return ow_load_fail (error, p, _("must be greater than 0 (is %s)"), shown);
            }
          return FALSE;
        }
      if (mantissa <= 0)
        {
          g_autofree char *shown = ow_format_scaled (mantissa, scale);
          return ow_load_fail (error, p, _("must be greater than 0 (is %s)"), shown);
        }
      ow_document_set_rate (document, code, mantissa, scale);
    }
  return TRUE;
}

static gboolean
document_special (OwLoadContext *ctx,
                  gpointer       target,
                  const char    *group,
                  const char    *key,
                  JsonNode      *value,
                  const char    *path,
                  gboolean      *handled,
                  GError       **error)
{
  OwDocument *document = target;

  if (strcmp (key, "format") == 0 || strcmp (key, "version") == 0)
    {
      /* Checked before anything else, in check_format(). */
      *handled = TRUE;
      return TRUE;
    }
  if (strcmp (key, "exchange_rates") == 0)
    {
      *handled = TRUE;
      return load_rates (ctx, document, value, path, error);
    }
  if (strcmp (key, "offers") == 0)
    {
      *handled = TRUE;
      return load_array (ctx, value, path, load_offer, document->offers, error);
    }
  return TRUE;
}

/* A file from a newer version, or no Offer Workbench file at all, is told
 * as such before any of its keys can cause a confusing message. */
static gboolean
check_format (OwLoadContext *ctx,
              JsonObject    *root,
              GError       **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  g_autofree char *shown = NULL;
  gint64 v;

  if (format == NULL)
    return ow_load_fail (error, "format",
                         _("is required but missing: this is not an Offer Workbench document"));
  if (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_STRING ||
      strcmp (json_node_get_string (format), OW_FORMAT_NAME) != 0)
    return ow_load_fail (error, "format",
                         _("must be “%s”: this is not an Offer Workbench document"), OW_FORMAT_NAME);

  if (version == NULL)
    return ow_load_fail (error, "version", _("is required but missing"));
  if (!ow_load_number (ctx, version, "version", 0, &v, error))
    {
      /* A version too large for 64 bits is still a newer version, and one
       * far below zero still not 1: both are told with the number as the
       * file wrote it. */
      const char *lit;
      gsize len;

      if (error == NULL || !g_error_matches (*error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID))
        return FALSE;
      lit = ow_json_scan_lookup (ctx->scan, "version", &len);
      if (lit == NULL || ow_json_number_scaled (lit, len, 0, &v) != OW_JSON_NUMBER_OUT_OF_RANGE)
        return FALSE;
      g_clear_error (error);
      shown = len > 40 ? g_strdup_printf ("%.37s…", lit) : g_strndup (lit, len);
      if (lit[0] == '-')
        return ow_load_fail (error, "version", _("must be %d (is %s)"), OW_FORMAT_VERSION, shown);
      v = G_MAXINT64;
    }

  if (v > OW_FORMAT_VERSION)
    {
      if (shown == NULL)
        shown = g_strdup_printf ("%" G_GINT64_FORMAT, v);
      g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_NEWER_VERSION,
                   _("version: the file comes from a newer version of Offer Workbench "
                     "(format version %s; this version reads version %d)"),
                   shown, OW_FORMAT_VERSION);
      return FALSE;
    }
  if (v < 1)
    {
      shown = g_strdup_printf ("%" G_GINT64_FORMAT, v);
      return ow_load_fail (error, "version", _("must be %d (is %s)"), OW_FORMAT_VERSION, shown);
    }

  return TRUE;
}

static void
prefix_error (GError    **error,
              const char *display_name)
{
  if (error != NULL && *error != NULL && display_name != NULL)
    g_prefix_error (error, "%s: ", display_name);
}

static gboolean
parse_into (OwDocument  *document,
            const char  *data,
            gsize        len,
            GError     **error)
{
  g_autoptr(OwJsonScan) scan = ow_json_scan_new ();
  g_autoptr(GError) json_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  OwLoadContext ctx = { scan };

  if (len > OW_JSON_MAX_BYTES)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GSIZE_FORMAT, len);
      g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_TOO_LARGE,
                   _("the file is larger than 16 MiB (%s bytes)"), size);
      return FALSE;
    }

  if (!ow_json_scan_run (scan, data, len, &json_error))
    {
      int code = g_error_matches (json_error, OW_JSON_SCAN_ERROR, OW_JSON_SCAN_ERROR_SIZE) ||
                 g_error_matches (json_error, OW_JSON_SCAN_ERROR, OW_JSON_SCAN_ERROR_DEPTH)
                 ? OW_DOCUMENT_ERROR_TOO_LARGE : OW_DOCUMENT_ERROR_SYNTAX;
      g_set_error_literal (error, OW_DOCUMENT_ERROR, code, json_error->message);
      return FALSE;
    }

  /* The tree json-glib's parser would build, made from the scanner's index
   * instead: parsing the text a second time was more than half of the
   * time it took to load a large document. */
  root = ow_json_scan_to_node (scan);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return ow_load_fail (error, NULL, _("the document must be a JSON object, not %s"),
                         root ? ow_json_type_name (root) : _("nothing"));

  if (!check_format (&ctx, json_node_get_object (root), error))
    return FALSE;

  if (!load_members (&ctx, OW_NODE (document), NULL, json_node_get_object (root), "",
                     document_special, document, error))
    return FALSE;

  return ow_document_check (document, error);
}

/* Reads DATA into DOCUMENT, a new and empty document: on failure the caller
 * drops it, so nothing half-loaded is ever seen. */
static gboolean
load_into_new (OwDocument  *document,
               const char  *data,
               gsize        len,
               const char  *display_name,
               GError     **error)
{
  if (!parse_into (document, data ? data : "", len, error))
    {
      prefix_error (error, display_name);
      return FALSE;
    }
  return TRUE;
}

/**
 * ow_document_load_data:
 * @display_name: (nullable): how messages name the file
 *
 * Replaces the contents of SELF with the document in DATA, or leaves SELF
 * exactly as it was and says what is wrong.
 */
gboolean
ow_document_load_data (OwDocument  *self,
                       const char  *data,
                       gsize        len,
                       const char  *display_name,
                       GError     **error)
{
  g_autoptr(OwDocument) loaded = NULL;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  loaded = ow_document_new ();
  if (!load_into_new (loaded, data, len, display_name, error))
    return FALSE;

  ow_node_copy_from (OW_NODE (self), OW_NODE (loaded));
  return TRUE;
}

/* Reads FILE's bytes, refusing a file over the size limit before reading
 * a single byte of it. */
static char *
read_file (GFile       *file,
           const char  *name,
           gsize       *len,
           GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) io_error = NULL;
  char *data = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &io_error);
  if (info == NULL)
    {
      g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_IO, "%s: %s", name, io_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_IO, _("%s: is a folder, not a document"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > OW_JSON_MAX_BYTES)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GOFFSET_FORMAT, g_file_info_get_size (info));
      g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_TOO_LARGE,
                   _("%s: the file is larger than 16 MiB (%s bytes)"), name, size);
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &data, len, NULL, &io_error))
    {
      g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_IO, "%s: %s", name, io_error->message);
      return NULL;
    }
  return data;
}

/**
 * ow_document_load_file:
 * @display_name: (nullable): how messages name the file; its parse name
 *   when %NULL
 *
 * Replaces the contents of SELF with the document in FILE, or leaves SELF
 * exactly as it was and says what is wrong.
 */
gboolean
ow_document_load_file (OwDocument  *self,
                       GFile       *file,
                       const char  *display_name,
                       GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = display_name ? g_strdup (display_name) : g_file_get_parse_name (file);
  if (!(data = read_file (file, name, &len, error)))
    return FALSE;

  return ow_document_load_data (self, data, len, name, error);
}

/**
 * ow_document_new_from_file:
 *
 * Returns: (transfer full) (nullable): the document in FILE, or %NULL with
 *   ERROR saying what is wrong
 */
OwDocument *
ow_document_new_from_file (GFile       *file,
                           const char  *display_name,
                           GError     **error)
{
  g_autoptr(OwDocument) document = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_name ? g_strdup (display_name) : g_file_get_parse_name (file);
  if (!(data = read_file (file, name, &len, error)))
    return NULL;

  document = ow_document_new ();
  if (!load_into_new (document, data, len, name, error))
    return NULL;
  return g_steal_pointer (&document);
}
