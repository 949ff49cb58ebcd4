/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwSignOn: one sign-on payment and its clawback terms. */
#pragma once

#include "ow-enums.h"
#include "ow-node.h"

G_BEGIN_DECLS

#define OW_TYPE_SIGN_ON (ow_sign_on_get_type ())

G_DECLARE_FINAL_TYPE (OwSignOn, ow_sign_on, OW, SIGN_ON, OwNode)

OwSignOn   *ow_sign_on_new                 (void);
gint64      ow_sign_on_get_amount          (OwSignOn *self);
int         ow_sign_on_get_month           (OwSignOn *self);
int         ow_sign_on_get_clawback_months (OwSignOn *self);
OwClawback  ow_sign_on_get_clawback        (OwSignOn *self);

G_END_DECLS
