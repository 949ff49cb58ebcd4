/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A .offers document. */
#define G_LOG_DOMAIN "ow-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ow-model-private.h"

G_DEFINE_FINAL_TYPE (OwDocument, ow_document, OW_TYPE_NODE)

static const OwField document_fields[] = {
  { "display-currency", "display_currency", NULL, OW_FIELD_CURRENCY, OW_FIELD_ALWAYS,
    G_STRUCT_OFFSET (OwDocument, display_currency), 0, 0, 0, NULL, "USD", N_("Display currency") },
  { "horizon-years", "horizon_years", NULL, OW_FIELD_INT, OW_FIELD_ALWAYS,
    G_STRUCT_OFFSET (OwDocument, horizon_years), 1, 10, 4, NULL, NULL, N_("Horizon in years") },
  { "include-expected-refreshers", "include_expected_refreshers", NULL, OW_FIELD_BOOL, OW_FIELD_ALWAYS,
    G_STRUCT_OFFSET (OwDocument, include_refreshers), 0, 0, TRUE, NULL, NULL, N_("Include expected refreshers") },
  { "discount-rate-percent", "discount_rate_percent", NULL, OW_FIELD_PERCENT, 0,
    G_STRUCT_OFFSET (OwDocument, discount), 0, 10000, 0, NULL, NULL, N_("Discount rate") },
};

enum {
  PROP_0,
  PROP_OFFERS = G_N_ELEMENTS (document_fields) + 1,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ow_document_copy_children (OwNode *dest_node,
                           OwNode *src_node)
{
  OwDocument *dest = OW_DOCUMENT (dest_node);
  OwDocument *src = OW_DOCUMENT (src_node);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (src->offers));
  g_autoptr(GPtrArray) copies = g_ptr_array_new_full (n, g_object_unref);

  g_array_set_size (dest->rates, 0);
  g_array_append_vals (dest->rates, src->rates->data, src->rates->len);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwNode) offer = g_list_model_get_item (G_LIST_MODEL (src->offers), i);
      g_ptr_array_add (copies, ow_node_dup (offer));
    }

  /* The offers replaced may live on (a view, an undo step): they are no
   * longer part of this document, so their changes must not reach it. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dest->offers)); i++)
    ow_node_set_parent (OW_NODE (ow_document_get_offer (dest, i)), NULL);

  g_list_store_splice (dest->offers, 0, g_list_model_get_n_items (G_LIST_MODEL (dest->offers)),
                       copies->pdata, copies->len);
}

static void
ow_document_dispose (GObject *object)
{
  OwDocument *self = OW_DOCUMENT (object);

  g_clear_object (&self->offers);

  G_OBJECT_CLASS (ow_document_parent_class)->dispose (object);
}

static void
ow_document_finalize (GObject *object)
{
  OwDocument *self = OW_DOCUMENT (object);

  g_array_unref (self->rates);

  G_OBJECT_CLASS (ow_document_parent_class)->finalize (object);
}

static void
ow_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OwDocument *self = OW_DOCUMENT (object);

  if (ow_node_get_field_property (object, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_OFFERS:
      g_value_set_object (value, self->offers);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_document_class_init (OwDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OwNodeClass *node_class = OW_NODE_CLASS (klass);

  object_class->dispose = ow_document_dispose;
  object_class->finalize = ow_document_finalize;
  object_class->get_property = ow_document_get_property;
  node_class->copy_children = ow_document_copy_children;

  ow_node_class_set_fields (node_class, document_fields, G_N_ELEMENTS (document_fields), properties);

  /**
   * OwDocument:offers:
   *
   * The offers, a #GListModel of #OwOffer in the order the person keeps
   * them.
   */
  properties[PROP_OFFERS] =
    g_param_spec_object ("offers", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_OFFERS, properties[PROP_OFFERS]);
}

static void
ow_document_init (OwDocument *self)
{
  ow_fields_init (self, document_fields, G_N_ELEMENTS (document_fields));
  self->rates = g_array_new (FALSE, FALSE, sizeof (OwRate));
  self->offers = g_list_store_new (OW_TYPE_OFFER);
  ow_node_adopt_list (OW_NODE (self), self->offers);
}

OwDocument *
ow_document_new (void)
{
  return g_object_new (OW_TYPE_DOCUMENT, NULL);
}

const char *
ow_document_get_display_currency (OwDocument *self)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (self), NULL);
  return self->display_currency;
}

int
ow_document_get_horizon_years (OwDocument *self)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (self), 0);
  return (int) self->horizon_years;
}

gboolean
ow_document_get_include_refreshers (OwDocument *self)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (self), FALSE);
  return self->include_refreshers;
}

gint64
ow_document_get_discount_rate (OwDocument *self)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (self), 0);
  return self->discount;
}

GListModel *
ow_document_get_offers (OwDocument *self)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->offers);
}

guint
ow_document_get_n_offers (OwDocument *self)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->offers));
}

/**
 * ow_document_get_offer:
 *
 * Returns: (transfer none) (nullable): the offer at POSITION
 */
OwOffer *
ow_document_get_offer (OwDocument *self,
                       guint       position)
{
  g_autoptr(OwOffer) offer = NULL;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), NULL);

  /* The store keeps its own reference, so handing out a borrowed pointer
   * is safe for as long as the offer stays in the document. */
  offer = g_list_model_get_item (G_LIST_MODEL (self->offers), position);
  return offer;
}

/**
 * ow_document_find_offer:
 *
 * Returns: (transfer none) (nullable): the offer with ID
 */
OwOffer *
ow_document_find_offer (OwDocument *self,
                        const char *id,
                        guint      *position)
{
  guint n;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  n = ow_document_get_n_offers (self);
  for (guint i = 0; i < n; i++)
    {
      OwOffer *offer = ow_document_get_offer (self, i);

      if (g_str_equal (offer->id, id))
        {
          if (position)
            *position = i;
          return offer;
        }
    }
  return NULL;
}

/**
 * ow_document_get_current_job:
 *
 * Returns: (transfer none) (nullable): the baseline offer, if any
 */
OwOffer *
ow_document_get_current_job (OwDocument *self)
{
  guint n;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), NULL);

  n = ow_document_get_n_offers (self);
  for (guint i = 0; i < n; i++)
    {
      OwOffer *offer = ow_document_get_offer (self, i);
      if (offer->current_job)
        return offer;
    }
  return NULL;
}

void
ow_document_insert_offer (OwDocument *self,
                          guint       position,
                          OwOffer    *offer)
{
  g_return_if_fail (OW_IS_DOCUMENT (self));
  g_return_if_fail (OW_IS_OFFER (offer));

  g_list_store_insert (self->offers, MIN (position, ow_document_get_n_offers (self)), offer);
}

void
ow_document_add_offer (OwDocument *self,
                       OwOffer    *offer)
{
  g_return_if_fail (OW_IS_DOCUMENT (self));
  g_return_if_fail (OW_IS_OFFER (offer));

  g_list_store_append (self->offers, offer);
}

void
ow_document_remove_offer (OwDocument *self,
                          guint       position)
{
  g_autoptr(OwOffer) offer = NULL;

  g_return_if_fail (OW_IS_DOCUMENT (self));
  g_return_if_fail (position < ow_document_get_n_offers (self));

  offer = g_list_model_get_item (G_LIST_MODEL (self->offers), position);
  ow_node_set_parent (OW_NODE (offer), NULL);
  g_list_store_remove (self->offers, position);
}

/* An id no other offer uses, made from HINT ("Acme AI" gives "acme-ai",
 * then "acme-ai-2"). */
char *
ow_document_make_offer_id (OwDocument *self,
                           const char *hint)
{
  g_autoptr(GString) base = g_string_new (NULL);
  g_autofree char *folded = NULL;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), NULL);

  folded = g_utf8_strdown (hint ? hint : "", -1);
  for (const char *p = folded; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, *p);
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0)
    g_string_assign (base, "offer");

  if (ow_document_find_offer (self, base->str, NULL) == NULL)
    return g_strdup (base->str);

  for (guint i = 2;; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", base->str, i);
      if (ow_document_find_offer (self, id, NULL) == NULL)
        return g_steal_pointer (&id);
    }
}

/* The currency OFFER's amounts are in. */
const char *
ow_document_get_offer_currency (OwDocument *self,
                                OwOffer    *offer)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);

  return offer->currency[0] != '\0' ? offer->currency : self->display_currency;
}

static OwRate *
find_rate (OwDocument *self,
           const char *currency)
{
  for (guint i = 0; i < self->rates->len; i++)
    {
      OwRate *r = &g_array_index (self->rates, OwRate, i);
      if (strcmp (r->code, currency) == 0)
        return r;
    }
  return NULL;
}

/* How many units of the display currency one unit of CURRENCY is worth,
 * exactly: mantissa · 10^-scale.  The display currency is always 1. */
gboolean
ow_document_get_rate (OwDocument *self,
                      const char *currency,
                      gint64     *mantissa,
                      guint      *scale)
{
  OwRate *r;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);

  if (strcmp (currency, self->display_currency) == 0)
    {
      *mantissa = 1;
      *scale = 0;
      return TRUE;
    }

  r = find_rate (self, currency);
  if (r == NULL)
    return FALSE;
  *mantissa = r->mantissa;
  *scale = r->scale;
  return TRUE;
}

void
ow_document_set_rate (OwDocument *self,
                      const char *currency,
                      gint64      mantissa,
                      guint       scale)
{
  OwRate *r;

  g_return_if_fail (OW_IS_DOCUMENT (self));
  g_return_if_fail (currency != NULL && strlen (currency) == 3);
  g_return_if_fail (mantissa > 0 && scale <= 18);

  r = find_rate (self, currency);
  if (r == NULL)
    {
      OwRate rate = { { 0 }, mantissa, scale };
      memcpy (rate.code, currency, 4);
      g_array_append_val (self->rates, rate);
    }
  else if (r->mantissa == mantissa && r->scale == scale)
    return;
  else
    {
      r->mantissa = mantissa;
      r->scale = scale;
    }

  ow_node_emit_changed (OW_NODE (self));
}

gboolean
ow_document_remove_rate (OwDocument *self,
                         const char *currency)
{
  OwRate *r;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);

  r = find_rate (self, currency);
  if (r == NULL)
    return FALSE;

  g_array_remove_index (self->rates, (guint) (r - (OwRate *) (gpointer) self->rates->data));
  ow_node_emit_changed (OW_NODE (self));
  return TRUE;
}

guint
ow_document_get_n_rates (OwDocument *self)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (self), 0);
  return self->rates->len;
}

const char *
ow_document_get_rate_currency (OwDocument *self,
                               guint       i)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (i < self->rates->len, NULL);
  return g_array_index (self->rates, OwRate, i).code;
}

/* The rules that involve several offers or the document's settings: run
 * by the loader after everything was read, and by editors before they
 * apply a change, so what is in memory always saves and loads again. */
gboolean
ow_document_check (OwDocument *self,
                   GError    **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  int current_job = -1;
  guint n;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), FALSE);

  for (guint i = 0; i < self->rates->len; i++)
    {
      const OwRate *r = &g_array_index (self->rates, OwRate, i);

      if (strcmp (r->code, self->display_currency) == 0 && !(r->mantissa == 1 && r->scale == 0))
        {
          g_autofree char *p = ow_json_path_append_key ("exchange_rates", r->code);
          g_autofree char *shown = ow_format_scaled (r->mantissa, r->scale);
          return ow_load_fail (error, p, _("the display currency’s own rate must be 1 (is %s)"), shown);
        }
    }

  n = ow_document_get_n_offers (self);
  for (guint i = 0; i < n; i++)
    {
      OwOffer *offer = ow_document_get_offer (self, i);
      g_autofree char *path = ow_json_path_append_index ("offers", i);
      gpointer other;
      const char *currency;
      gint64 m;
      guint s;

      if (g_hash_table_lookup_extended (ids, offer->id, NULL, &other))
        {
          g_autofree char *p = ow_json_path_append_key (path, "id");
          return ow_load_fail (error, p, _("“%s” is already the id of offers[%u]"),
                               offer->id, GPOINTER_TO_UINT (other));
        }
      g_hash_table_insert (ids, offer->id, GUINT_TO_POINTER (i));

      if (offer->current_job)
        {
          if (current_job >= 0)
            {
              g_autofree char *p = ow_json_path_append_key (path, "current_job");
              return ow_load_fail (error, p,
                                   _("only one offer can be the current job, and offers[%d] already is"),
                                   current_job);
            }
          current_job = (int) i;
        }

      currency = ow_document_get_offer_currency (self, offer);
      if (!ow_document_get_rate (self, currency, &m, &s))
        {
          g_autofree char *p = ow_json_path_append_key (path, "currency");
          return ow_load_fail (error, p, _("exchange_rates has no rate for %s (to %s)"),
                               currency, self->display_currency);
        }

      if (!ow_offer_check (offer, path, error))
        return FALSE;
    }

  return TRUE;
}
