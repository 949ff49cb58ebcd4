/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwOffer: one job offer, or the current job as the baseline. */
#pragma once

#include "ow-checklist-item.h"
#include "ow-date.h"
#include "ow-enums.h"
#include "ow-exit-scenario.h"
#include "ow-grant.h"
#include "ow-node.h"
#include "ow-sign-on.h"
#include "ow-vesting.h"

G_BEGIN_DECLS

#define OW_TYPE_OFFER (ow_offer_get_type ())

G_DECLARE_FINAL_TYPE (OwOffer, ow_offer, OW, OFFER, OwNode)

OwOffer       *ow_offer_new                  (const char  *id);
OwOffer       *ow_offer_dup_figures          (OwOffer     *self);
const char    *ow_offer_get_id               (OwOffer     *self);
const char    *ow_offer_get_company          (OwOffer     *self);
const char    *ow_offer_get_title            (OwOffer     *self);
const char    *ow_offer_get_currency         (OwOffer     *self);
gboolean       ow_offer_get_current_job      (OwOffer     *self);
OwOfferStatus  ow_offer_get_status           (OwOffer     *self);
OwCompanyStage ow_offer_get_company_stage    (OwOffer     *self);
OwWorkMode     ow_offer_get_work_mode        (OwOffer     *self);
OwDate         ow_offer_get_start_date       (OwOffer     *self);
OwDate         ow_offer_get_deadline         (OwOffer     *self);
gint64         ow_offer_get_base_salary      (OwOffer     *self);
gboolean       ow_offer_has_salary_band      (OwOffer     *self);
gboolean       ow_offer_has_refreshers       (OwOffer     *self);
gboolean       ow_offer_has_company_equity   (OwOffer     *self);
GListModel    *ow_offer_get_sign_ons         (OwOffer     *self);
GListModel    *ow_offer_get_grants           (OwOffer     *self);
GListModel    *ow_offer_get_exit_scenarios   (OwOffer     *self);
GListModel    *ow_offer_get_checklist        (OwOffer     *self);
OwVesting     *ow_offer_get_refresher_vesting (OwOffer    *self);
void           ow_offer_set_refresher_vesting (OwOffer    *self,
                                               OwVesting  *vesting);
void           ow_offer_add_sign_on          (OwOffer     *self,
                                              OwSignOn    *sign_on);
void           ow_offer_add_grant            (OwOffer     *self,
                                              OwGrant     *grant);
void           ow_offer_add_exit_scenario    (OwOffer     *self,
                                              OwExitScenario *scenario);
void           ow_offer_add_checklist_item   (OwOffer     *self,
                                              OwChecklistItem *item);
OwSource       ow_offer_get_source           (OwOffer     *self,
                                              const char  *key);
void           ow_offer_set_source           (OwOffer     *self,
                                              const char  *key,
                                              OwSource     source);
guint          ow_offer_get_n_sources        (OwOffer     *self);
const char    *ow_offer_get_source_key       (OwOffer     *self,
                                              guint        i);
gboolean       ow_offer_check                (OwOffer     *self,
                                              const char  *path,
                                              GError     **error);

G_END_DECLS
