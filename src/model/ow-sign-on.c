/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A sign-on payment. */
#define G_LOG_DOMAIN "ow-sign-on"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ow-model-private.h"

G_DEFINE_FINAL_TYPE (OwSignOn, ow_sign_on, OW_TYPE_NODE)

static const OwField sign_on_fields[] = {
  { "amount", "amount", NULL, OW_FIELD_MONEY, OW_FIELD_REQUIRED, G_STRUCT_OFFSET (OwSignOn, amount),
    0, OW_MONEY_MAX, 0, NULL, NULL, N_("Amount") },
  { "month", "month", NULL, OW_FIELD_INT, OW_FIELD_ALWAYS, G_STRUCT_OFFSET (OwSignOn, month),
    0, 120, 0, NULL, NULL, N_("Paid in month") },
  { "clawback-months", "clawback_months", NULL, OW_FIELD_INT, 0, G_STRUCT_OFFSET (OwSignOn, clawback_months),
    0, 120, 0, NULL, NULL, N_("Clawback months") },
  { "clawback", "clawback", NULL, OW_FIELD_ENUM, OW_FIELD_OPTIONAL, G_STRUCT_OFFSET (OwSignOn, clawback),
    0, 0, OW_CLAWBACK_DEFAULT, ow_clawback_get_type, NULL, N_("Clawback") },
};

static GParamSpec *properties[G_N_ELEMENTS (sign_on_fields) + 1];

static void
ow_sign_on_class_init (OwSignOnClass *klass)
{
  ow_node_class_set_fields (OW_NODE_CLASS (klass), sign_on_fields, G_N_ELEMENTS (sign_on_fields),
                            properties);
}

static void
ow_sign_on_init (OwSignOn *self)
{
  ow_fields_init (self, sign_on_fields, G_N_ELEMENTS (sign_on_fields));
}

OwSignOn *
ow_sign_on_new (void)
{
  return g_object_new (OW_TYPE_SIGN_ON, NULL);
}

gint64
ow_sign_on_get_amount (OwSignOn *self)
{
  g_return_val_if_fail (OW_IS_SIGN_ON (self), 0);
  return self->amount;
}

int
ow_sign_on_get_month (OwSignOn *self)
{
  g_return_val_if_fail (OW_IS_SIGN_ON (self), 0);
  return (int) self->month;
}

int
ow_sign_on_get_clawback_months (OwSignOn *self)
{
  g_return_val_if_fail (OW_IS_SIGN_ON (self), 0);
  return (int) self->clawback_months;
}

/* The clawback in effect: prorated by default whenever there is a window. */
OwClawback
ow_sign_on_get_clawback (OwSignOn *self)
{
  g_return_val_if_fail (OW_IS_SIGN_ON (self), OW_CLAWBACK_NONE);

  if (self->clawback != OW_CLAWBACK_DEFAULT)
    return self->clawback;
  return self->clawback_months > 0 ? OW_CLAWBACK_PRORATED : OW_CLAWBACK_NONE;
}
