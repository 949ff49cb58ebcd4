/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An equity grant. */
#define G_LOG_DOMAIN "ow-grant"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ow-model-private.h"

G_DEFINE_FINAL_TYPE (OwGrant, ow_grant, OW_TYPE_NODE)

static const OwField grant_fields[] = {
  { "name", "name", NULL, OW_FIELD_STRING, 0, G_STRUCT_OFFSET (OwGrant, name),
    0, 0, 0, NULL, NULL, N_("Grant name") },
  { "kind", "kind", NULL, OW_FIELD_ENUM, OW_FIELD_ALWAYS, G_STRUCT_OFFSET (OwGrant, kind),
    0, 0, OW_GRANT_KIND_RSU, ow_grant_kind_get_type, NULL, N_("Kind") },
  { "units", "units", NULL, OW_FIELD_MICRO, OW_FIELD_OPTIONAL, G_STRUCT_OFFSET (OwGrant, units),
    0, OW_MICRO_MAX, -1, NULL, NULL, N_("Units") },
  { "value", "value", NULL, OW_FIELD_MONEY, OW_FIELD_OPTIONAL, G_STRUCT_OFFSET (OwGrant, value),
    0, OW_MONEY_MAX, -1, NULL, NULL, N_("Grant value") },
  { "share-price", "share_price", NULL, OW_FIELD_MICRO, OW_FIELD_OPTIONAL | OW_FIELD_ABOVE_MIN,
    G_STRUCT_OFFSET (OwGrant, share_price), 0, OW_MICRO_MAX, -1, NULL, NULL, N_("Share price") },
  { "strike-price", "strike_price", NULL, OW_FIELD_MICRO, 0, G_STRUCT_OFFSET (OwGrant, strike_price),
    0, OW_MICRO_MAX, 0, NULL, NULL, N_("Strike price") },
  { "growth-percent", "growth_percent", NULL, OW_FIELD_PERCENT, 0, G_STRUCT_OFFSET (OwGrant, growth),
    -9999, 100000, 0, NULL, NULL, N_("Expected yearly share price growth") },
  { "vest-start", "vest_start", NULL, OW_FIELD_DATE, OW_FIELD_OPTIONAL, G_STRUCT_OFFSET (OwGrant, vest_start),
    0, 0, 0, NULL, NULL, N_("Vesting start") },
};

enum {
  PROP_0,
  PROP_VESTING = G_N_ELEMENTS (grant_fields) + 1,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ow_grant_copy_children (OwNode *dest,
                        OwNode *src)
{
  ow_node_copy_from (OW_NODE (OW_GRANT (dest)->vesting), OW_NODE (OW_GRANT (src)->vesting));
}

static void
ow_grant_dispose (GObject *object)
{
  OwGrant *self = OW_GRANT (object);

  g_clear_object (&self->vesting);

  G_OBJECT_CLASS (ow_grant_parent_class)->dispose (object);
}

static void
ow_grant_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OwGrant *self = OW_GRANT (object);

  if (ow_node_get_field_property (object, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_VESTING:
      g_value_set_object (value, self->vesting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_grant_class_init (OwGrantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OwNodeClass *node_class = OW_NODE_CLASS (klass);

  object_class->dispose = ow_grant_dispose;
  object_class->get_property = ow_grant_get_property;
  node_class->copy_children = ow_grant_copy_children;

  ow_node_class_set_fields (node_class, grant_fields, G_N_ELEMENTS (grant_fields), properties);

  properties[PROP_VESTING] =
    g_param_spec_object ("vesting", NULL, NULL, OW_TYPE_VESTING,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_VESTING, properties[PROP_VESTING]);
}

static void
ow_grant_init (OwGrant *self)
{
  ow_fields_init (self, grant_fields, G_N_ELEMENTS (grant_fields));
  self->vesting = ow_vesting_new ();
  ow_node_set_parent (OW_NODE (self->vesting), OW_NODE (self));
}

OwGrant *
ow_grant_new (void)
{
  return g_object_new (OW_TYPE_GRANT, NULL);
}

const char *
ow_grant_get_name (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), NULL);
  return self->name;
}

OwGrantKind
ow_grant_get_kind (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), OW_GRANT_KIND_RSU);
  return self->kind;
}

gboolean
ow_grant_has_units (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), FALSE);
  return self->units >= 0;
}

gint64
ow_grant_get_units (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), 0);
  return self->units;
}

gboolean
ow_grant_has_value (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), FALSE);
  return self->value >= 0;
}

gint64
ow_grant_get_value (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), 0);
  return self->value;
}

gboolean
ow_grant_has_share_price (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), FALSE);
  return self->share_price > 0;
}

gint64
ow_grant_get_share_price (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), 0);
  return self->share_price;
}

gint64
ow_grant_get_strike_price (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), 0);
  return self->strike_price;
}

gint64
ow_grant_get_growth (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), 0);
  return self->growth;
}

OwDate
ow_grant_get_vest_start (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), OW_DATE_NONE);
  return self->vest_start;
}

/**
 * ow_grant_get_vesting:
 *
 * Returns: (transfer none): the grant's schedule; every grant has one.
 */
OwVesting *
ow_grant_get_vesting (OwGrant *self)
{
  g_return_val_if_fail (OW_IS_GRANT (self), NULL);
  return self->vesting;
}

/* The rules between keys (offer-model.md §1, GRANT). */
gboolean
ow_grant_check (OwGrant     *self,
                const char  *path,
                GError     **error)
{
  g_autofree char *p_vesting = NULL;

  g_return_val_if_fail (OW_IS_GRANT (self), FALSE);

  if (self->units >= 0 && self->value >= 0)
    return ow_load_fail (error, path, _("give either units or value, not both"));
  if (self->units < 0 && self->value < 0)
    return ow_load_fail (error, path, _("needs units or value"));
  if (self->value >= 0 && self->kind == OW_GRANT_KIND_OPTION)
    {
      g_autofree char *p = ow_json_path_append_key (path, "value");
      return ow_load_fail (error, p, _("only RSU grants can be given as a value; give options as units"));
    }
  /* Units from a value are floor (value / share_price), and no more than
   * given units may be (1e12): a huge value at a tiny price would be more
   * shares than any company has, and more than the valuation can count. */
  if (self->value >= 0 && self->share_price > 0 &&
      (__int128) self->value * 10000 / self->share_price > OW_MICRO_MAX / 1000000)
    {
      g_autofree char *p = ow_json_path_append_key (path, "value");
      return ow_load_fail (error, p,
                           _("at this share price it comes to more than 1,000,000,000,000 units, "
                             "the most a grant may have"));
    }

  p_vesting = ow_json_path_append_key (path, "vesting");
  return ow_vesting_check (self->vesting, p_vesting, error);
}
