/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Registration of the model's enums, with the .offers strings as nicks and a
 * translatable label for each value. */
#define G_LOG_DOMAIN "ow-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ow-enums.h"

/* value_name carries the translatable label shown to people; value_nick is
 * the file-format string. */
#define DEFINE_ENUM(TypeName, type_name, ...)                                   \
  GType                                                                        \
  type_name##_get_type (void)                                                  \
  {                                                                            \
    static gsize type = 0;                                                     \
    if (g_once_init_enter (&type))                                             \
      {                                                                        \
        static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } }; \
        g_once_init_leave (&type, g_enum_register_static (#TypeName, values)); \
      }                                                                        \
    return (GType) type;                                                       \
  }

DEFINE_ENUM (OwRoleFamily, ow_role_family,
             { OW_ROLE_FAMILY_CORE, N_("Core AI role"), "core" },
             { OW_ROLE_FAMILY_ADJACENT, N_("Adjacent technical role"), "adjacent" },
             { OW_ROLE_FAMILY_NON_TECHNICAL, N_("Non-technical AI role"), "non_technical" })

DEFINE_ENUM (OwWorkMode, ow_work_mode,
             { OW_WORK_MODE_ONSITE, N_("On-site"), "onsite" },
             { OW_WORK_MODE_HYBRID, N_("Hybrid"), "hybrid" },
             { OW_WORK_MODE_REMOTE, N_("Remote"), "remote" })

DEFINE_ENUM (OwCompanyStage, ow_company_stage,
             { OW_COMPANY_STAGE_STARTUP, N_("Startup"), "startup" },
             { OW_COMPANY_STAGE_GROWTH, N_("Growth stage"), "growth" },
             { OW_COMPANY_STAGE_ENTERPRISE, N_("Enterprise"), "enterprise" },
             { OW_COMPANY_STAGE_PUBLIC, N_("Public company"), "public" })

DEFINE_ENUM (OwOfferStatus, ow_offer_status,
             { OW_OFFER_STATUS_CONSIDERING, N_("Considering"), "considering" },
             { OW_OFFER_STATUS_NEGOTIATING, N_("Negotiating"), "negotiating" },
             { OW_OFFER_STATUS_ACCEPTED, N_("Accepted"), "accepted" },
             { OW_OFFER_STATUS_DECLINED, N_("Declined"), "declined" })

DEFINE_ENUM (OwGrantKind, ow_grant_kind,
             { OW_GRANT_KIND_RSU, N_("RSUs"), "rsu" },
             { OW_GRANT_KIND_OPTION, N_("Stock options"), "option" })

DEFINE_ENUM (OwRounding, ow_rounding,
             { OW_ROUNDING_DEFAULT, N_("Default"), "default" },
             { OW_ROUNDING_FLOOR_CUMULATIVE, N_("Whole units"), "floor_cumulative" },
             { OW_ROUNDING_FRACTIONAL, N_("Fractional"), "fractional" })

DEFINE_ENUM (OwClawback, ow_clawback,
             { OW_CLAWBACK_DEFAULT, N_("Default"), "default" },
             { OW_CLAWBACK_PRORATED, N_("Prorated"), "prorated" },
             { OW_CLAWBACK_FULL, N_("Full"), "full" },
             { OW_CLAWBACK_NONE, N_("None"), "none" })

DEFINE_ENUM (OwChecklistStatus, ow_checklist_status,
             { OW_CHECKLIST_STATUS_OPEN, N_("Open"), "open" },
             { OW_CHECKLIST_STATUS_ASKED, N_("Asked"), "asked" },
             { OW_CHECKLIST_STATUS_ANSWERED, N_("Answered"), "answered" },
             { OW_CHECKLIST_STATUS_NOT_APPLICABLE, N_("Not applicable"), "not_applicable" })

DEFINE_ENUM (OwSource, ow_source,
             { OW_SOURCE_UNKNOWN, N_("Unknown"), "unknown" },
             { OW_SOURCE_LETTER, N_("Offer letter"), "letter" },
             { OW_SOURCE_VERBAL, N_("Verbal"), "verbal" },
             { OW_SOURCE_ASSUMED, N_("Assumed"), "assumed" },
             { OW_SOURCE_RESEARCHED, N_("Researched"), "researched" })

const char *
ow_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? ev->value_nick : NULL;
}

const char *
ow_enum_to_label (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? g_dgettext (GETTEXT_PACKAGE, ev->value_name) : "";
}

/* "default" and "unknown" stand for a missing key and are never accepted
 * from a file. */
static gboolean
is_placeholder (const GEnumValue *ev)
{
  return g_str_equal (ev->value_nick, "default") || g_str_equal (ev->value_nick, "unknown");
}

gboolean
ow_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value_by_nick (klass, nick);

  if (ev == NULL || is_placeholder (ev))
    return FALSE;
  if (value)
    *value = ev->value;
  return TRUE;
}

/* "onsite, hybrid or remote", for messages that tell what is allowed. */
char *
ow_enum_list_nicks (GType    enum_type,
                    gboolean include_default)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *s = g_string_new (NULL);
  guint n = 0, seen = 0;

  for (guint i = 0; i < klass->n_values; i++)
    if (include_default || !is_placeholder (&klass->values[i]))
      n++;

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GEnumValue *ev = &klass->values[i];

      if (!include_default && is_placeholder (ev))
        continue;
      if (seen > 0)
        g_string_append (s, seen == n - 1 ? _(" or ") : ", ");
      g_string_append (s, ev->value_nick);
      seen++;
    }

  return g_string_free (s, FALSE);
}
