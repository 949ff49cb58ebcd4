/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A vesting schedule. */
#define G_LOG_DOMAIN "ow-vesting"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ow-model-private.h"

G_DEFINE_FINAL_TYPE (OwVesting, ow_vesting, OW_TYPE_NODE)

static const OwField vesting_fields[] = {
  { "months", "months", NULL, OW_FIELD_INT, OW_FIELD_ALWAYS, G_STRUCT_OFFSET (OwVesting, months),
    1, 120, 48, NULL, NULL, N_("Vesting months") },
  { "cliff-months", "cliff_months", NULL, OW_FIELD_INT, OW_FIELD_OPTIONAL, G_STRUCT_OFFSET (OwVesting, cliff_months),
    0, 120, -1, NULL, NULL, N_("Cliff months") },
  { "every-months", "every_months", NULL, OW_FIELD_INT, OW_FIELD_ALWAYS, G_STRUCT_OFFSET (OwVesting, every_months),
    1, 12, 1, NULL, NULL, N_("Vests every … months") },
  { "rounding", "rounding", NULL, OW_FIELD_ENUM, OW_FIELD_OPTIONAL, G_STRUCT_OFFSET (OwVesting, rounding),
    0, 0, OW_ROUNDING_DEFAULT, ow_rounding_get_type, NULL, N_("Rounding") },
};

enum {
  PROP_0,
  PROP_YEAR_PERCENTS = G_N_ELEMENTS (vesting_fields) + 1,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ow_vesting_copy_children (OwNode *dest,
                          OwNode *src)
{
  OwVesting *s = OW_VESTING (src);

  ow_vesting_set_year_percents (OW_VESTING (dest), s->year_percents, s->n_year_percents);
}

static void
ow_vesting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OwVesting *self = OW_VESTING (object);

  if (ow_node_get_field_property (object, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_YEAR_PERCENTS:
      g_value_take_variant (value,
                            g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, self->year_percents,
                                                       self->n_year_percents, sizeof (gint64)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_vesting_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OwVesting *self = OW_VESTING (object);

  if (ow_node_set_field_property (object, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_YEAR_PERCENTS:
      {
        GVariant *v = g_value_get_variant (value);
        gsize n = 0;
        const gint64 *p = v ? g_variant_get_fixed_array (v, &n, sizeof (gint64)) : NULL;

        ow_vesting_set_year_percents (self, p, (guint) n);
        break;
      }
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_vesting_class_init (OwVestingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OwNodeClass *node_class = OW_NODE_CLASS (klass);

  object_class->get_property = ow_vesting_get_property;
  object_class->set_property = ow_vesting_set_property;
  node_class->copy_children = ow_vesting_copy_children;

  ow_node_class_set_fields (node_class, vesting_fields, G_N_ELEMENTS (vesting_fields), properties);

  /**
   * OwVesting:year-percents:
   *
   * The share vesting in each year, in basis points ("ax"); empty when the
   * grant vests evenly.
   */
  properties[PROP_YEAR_PERCENTS] =
    g_param_spec_variant ("year-percents", NULL, NULL, G_VARIANT_TYPE ("ax"), NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_YEAR_PERCENTS, properties[PROP_YEAR_PERCENTS]);
}

static void
ow_vesting_init (OwVesting *self)
{
  ow_fields_init (self, vesting_fields, G_N_ELEMENTS (vesting_fields));
}

OwVesting *
ow_vesting_new (void)
{
  return g_object_new (OW_TYPE_VESTING, NULL);
}

int
ow_vesting_get_months (OwVesting *self)
{
  g_return_val_if_fail (OW_IS_VESTING (self), 0);
  return (int) self->months;
}

int
ow_vesting_get_every_months (OwVesting *self)
{
  g_return_val_if_fail (OW_IS_VESTING (self), 0);
  return (int) self->every_months;
}

gboolean
ow_vesting_has_cliff_months (OwVesting *self)
{
  g_return_val_if_fail (OW_IS_VESTING (self), FALSE);
  return self->cliff_months >= 0;
}

/* The cliff in effect: the one given, or a year (never longer than the
 * whole schedule). */
int
ow_vesting_get_cliff_months (OwVesting *self)
{
  g_return_val_if_fail (OW_IS_VESTING (self), 0);

  if (self->cliff_months >= 0)
    return (int) self->cliff_months;
  return (int) MIN (12, self->months);
}

OwRounding
ow_vesting_get_rounding (OwVesting *self)
{
  g_return_val_if_fail (OW_IS_VESTING (self), OW_ROUNDING_DEFAULT);
  return self->rounding;
}

const gint64 *
ow_vesting_get_year_percents (OwVesting *self,
                              guint     *n_percents)
{
  g_return_val_if_fail (OW_IS_VESTING (self), NULL);

  if (n_percents)
    *n_percents = self->n_year_percents;
  return self->year_percents;
}

gboolean
ow_vesting_set_year_percents (OwVesting    *self,
                              const gint64 *percents,
                              guint         n_percents)
{
  g_return_val_if_fail (OW_IS_VESTING (self), FALSE);
  g_return_val_if_fail (n_percents <= OW_MAX_YEAR_PERCENTS, FALSE);
  g_return_val_if_fail (n_percents == 0 || percents != NULL, FALSE);

  if (n_percents == self->n_year_percents &&
      (n_percents == 0 || memcmp (percents, self->year_percents, n_percents * sizeof (gint64)) == 0))
    return TRUE;

  if (n_percents > 0)
    memmove (self->year_percents, percents, n_percents * sizeof (gint64));
  self->n_year_percents = n_percents;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_PERCENTS]);
  return TRUE;
}

/* The rules that tie the keys together (offer-model.md §1, VESTING).  The
 * loader calls this, and so does every editor before it applies a change,
 * so a document in memory is always one that saves and loads again. */
gboolean
ow_vesting_check (OwVesting   *self,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *p_every = ow_json_path_append_key (path, "every_months");
  g_autofree char *p_cliff = ow_json_path_append_key (path, "cliff_months");
  g_autofree char *p_percents = ow_json_path_append_key (path, "year_percents");
  gint64 every = self->every_months;
  gint64 cliff = ow_vesting_get_cliff_months (self);
  guint years = (guint) ((self->months + 11) / 12);
  gint64 sum = 0;

  g_return_val_if_fail (OW_IS_VESTING (self), FALSE);

  if (every != 1 && every != 3 && every != 6 && every != 12)
    return ow_load_fail (error, p_every, _("must be 1, 3, 6 or 12 (is %d)"), (int) every);
  if (self->months % every != 0)
    return ow_load_fail (error, p_every,
                         _("must divide the schedule’s %d months (is %d)"),
                         (int) self->months, (int) every);
  if (cliff > self->months)
    return ow_load_fail (error, p_cliff,
                         _("must not be longer than the schedule’s %d months (is %d)"),
                         (int) self->months, (int) cliff);
  if (cliff % every != 0)
    return ow_load_fail (error, p_cliff,
                         _("must be a multiple of every_months, which is %d (is %d)"),
                         (int) every, (int) cliff);

  if (self->n_year_percents == 0)
    return TRUE;

  if (self->n_year_percents != years)
    return ow_load_fail (error, p_percents,
                         g_dngettext (GETTEXT_PACKAGE,
                                      "must have one percent for each started year: %u for %d months (has %u)",
                                      "must have one percent for each started year: %u for %d months (has %u)",
                                      years),
                         years, (int) self->months, self->n_year_percents);

  for (guint i = 0; i < self->n_year_percents; i++)
    sum += self->year_percents[i];

  if (sum != 10000)
    {
      g_autofree char *shown = ow_format_scaled (sum, 2);
      return ow_load_fail (error, p_percents, _("must sum to 100 (sums to %s)"), shown);
    }

  return TRUE;
}

/* "5 / 15 / 40 / 40 %" or "" when even. */
char *
ow_vesting_describe_percents (OwVesting *self)
{
  GString *s;

  g_return_val_if_fail (OW_IS_VESTING (self), NULL);

  s = g_string_new (NULL);
  for (guint i = 0; i < self->n_year_percents; i++)
    {
      g_autofree char *p = ow_format_scaled (self->year_percents[i], 2);

      if (i > 0)
        g_string_append (s, " / ");
      g_string_append (s, p);
    }
  return g_string_free (s, FALSE);
}
