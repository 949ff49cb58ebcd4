/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwVesting: how a grant vests (duration, cliff, cadence, yearly weights). */
#pragma once

#include "ow-enums.h"
#include "ow-node.h"

G_BEGIN_DECLS

#define OW_TYPE_VESTING (ow_vesting_get_type ())

G_DECLARE_FINAL_TYPE (OwVesting, ow_vesting, OW, VESTING, OwNode)

OwVesting    *ow_vesting_new                 (void);
int           ow_vesting_get_months          (OwVesting    *self);
int           ow_vesting_get_every_months    (OwVesting    *self);
int           ow_vesting_get_cliff_months    (OwVesting    *self);
gboolean      ow_vesting_has_cliff_months    (OwVesting    *self);
OwRounding    ow_vesting_get_rounding        (OwVesting    *self);
const gint64 *ow_vesting_get_year_percents   (OwVesting    *self,
                                              guint        *n_percents);
gboolean      ow_vesting_set_year_percents   (OwVesting    *self,
                                              const gint64 *percents,
                                              guint         n_percents);
gboolean      ow_vesting_check               (OwVesting    *self,
                                              const char   *path,
                                              GError      **error);
char         *ow_vesting_describe_percents   (OwVesting    *self);

G_END_DECLS
