/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The closed vocabularies of the offer model.  Each value's nick is exactly
 * the string the .offers format uses for it. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  OW_ROLE_FAMILY_CORE,
  OW_ROLE_FAMILY_ADJACENT,
  OW_ROLE_FAMILY_NON_TECHNICAL,
} OwRoleFamily;

typedef enum {
  OW_WORK_MODE_ONSITE,
  OW_WORK_MODE_HYBRID,
  OW_WORK_MODE_REMOTE,
} OwWorkMode;

typedef enum {
  OW_COMPANY_STAGE_STARTUP,
  OW_COMPANY_STAGE_GROWTH,
  OW_COMPANY_STAGE_ENTERPRISE,
  OW_COMPANY_STAGE_PUBLIC,
} OwCompanyStage;

typedef enum {
  OW_OFFER_STATUS_CONSIDERING,
  OW_OFFER_STATUS_NEGOTIATING,
  OW_OFFER_STATUS_ACCEPTED,
  OW_OFFER_STATUS_DECLINED,
} OwOfferStatus;

typedef enum {
  OW_GRANT_KIND_RSU,
  OW_GRANT_KIND_OPTION,
} OwGrantKind;

/* DEFAULT means "not given": the rule then depends on other keys (units or
 * value), and keeping it unset lets that default follow later edits. */
typedef enum {
  OW_ROUNDING_DEFAULT,
  OW_ROUNDING_FLOOR_CUMULATIVE,
  OW_ROUNDING_FRACTIONAL,
} OwRounding;

typedef enum {
  OW_CLAWBACK_DEFAULT,
  OW_CLAWBACK_PRORATED,
  OW_CLAWBACK_FULL,
  OW_CLAWBACK_NONE,
} OwClawback;

typedef enum {
  OW_CHECKLIST_STATUS_OPEN,
  OW_CHECKLIST_STATUS_ASKED,
  OW_CHECKLIST_STATUS_ANSWERED,
  OW_CHECKLIST_STATUS_NOT_APPLICABLE,
} OwChecklistStatus;

typedef enum {
  OW_SOURCE_UNKNOWN,
  OW_SOURCE_LETTER,
  OW_SOURCE_VERBAL,
  OW_SOURCE_ASSUMED,
  OW_SOURCE_RESEARCHED,
} OwSource;

#define OW_TYPE_ROLE_FAMILY      (ow_role_family_get_type ())
#define OW_TYPE_WORK_MODE        (ow_work_mode_get_type ())
#define OW_TYPE_COMPANY_STAGE    (ow_company_stage_get_type ())
#define OW_TYPE_OFFER_STATUS     (ow_offer_status_get_type ())
#define OW_TYPE_GRANT_KIND       (ow_grant_kind_get_type ())
#define OW_TYPE_ROUNDING         (ow_rounding_get_type ())
#define OW_TYPE_CLAWBACK         (ow_clawback_get_type ())
#define OW_TYPE_CHECKLIST_STATUS (ow_checklist_status_get_type ())
#define OW_TYPE_SOURCE           (ow_source_get_type ())

GType ow_role_family_get_type      (void) G_GNUC_CONST;
GType ow_work_mode_get_type        (void) G_GNUC_CONST;
GType ow_company_stage_get_type    (void) G_GNUC_CONST;
GType ow_offer_status_get_type     (void) G_GNUC_CONST;
GType ow_grant_kind_get_type       (void) G_GNUC_CONST;
GType ow_rounding_get_type         (void) G_GNUC_CONST;
GType ow_clawback_get_type         (void) G_GNUC_CONST;
GType ow_checklist_status_get_type (void) G_GNUC_CONST;
GType ow_source_get_type           (void) G_GNUC_CONST;

const char *ow_enum_to_nick   (GType enum_type, int value);
gboolean    ow_enum_from_nick (GType enum_type, const char *nick, int *value);
char       *ow_enum_list_nicks (GType enum_type, gboolean include_default);
const char *ow_enum_to_label  (GType enum_type, int value);

G_END_DECLS
