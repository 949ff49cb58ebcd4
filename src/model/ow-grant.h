/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwGrant: one equity grant of an offer letter (RSUs or options). */
#pragma once

#include "ow-date.h"
#include "ow-enums.h"
#include "ow-node.h"
#include "ow-vesting.h"

G_BEGIN_DECLS

#define OW_TYPE_GRANT (ow_grant_get_type ())

G_DECLARE_FINAL_TYPE (OwGrant, ow_grant, OW, GRANT, OwNode)

OwGrant     *ow_grant_new              (void);
const char  *ow_grant_get_name         (OwGrant *self);
OwGrantKind  ow_grant_get_kind         (OwGrant *self);
gboolean     ow_grant_has_units        (OwGrant *self);
gint64       ow_grant_get_units        (OwGrant *self);
gboolean     ow_grant_has_value        (OwGrant *self);
gint64       ow_grant_get_value        (OwGrant *self);
gboolean     ow_grant_has_share_price  (OwGrant *self);
gint64       ow_grant_get_share_price  (OwGrant *self);
gint64       ow_grant_get_strike_price (OwGrant *self);
gint64       ow_grant_get_growth       (OwGrant *self);
OwDate       ow_grant_get_vest_start   (OwGrant *self);
OwVesting   *ow_grant_get_vesting      (OwGrant *self);
gboolean     ow_grant_check            (OwGrant     *self,
                                        const char  *path,
                                        GError     **error);

G_END_DECLS
