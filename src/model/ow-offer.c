/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A job offer. */
#define G_LOG_DOMAIN "ow-offer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ow-model-private.h"

G_DEFINE_FINAL_TYPE (OwOffer, ow_offer, OW_TYPE_NODE)

#define OFFSET(member) G_STRUCT_OFFSET (OwOffer, member)

/* In the order a saved file lists them. */
static const OwField offer_fields[] = {
  { "id", "id", NULL, OW_FIELD_STRING, OW_FIELD_REQUIRED | OW_FIELD_NONEMPTY, OFFSET (id),
    0, 0, 0, NULL, NULL, N_("Identifier") },
  { "company", "company", NULL, OW_FIELD_STRING, OW_FIELD_ALWAYS, OFFSET (company),
    0, 0, 0, NULL, NULL, N_("Company") },
  { "title", "title", NULL, OW_FIELD_STRING, OW_FIELD_ALWAYS, OFFSET (title),
    0, 0, 0, NULL, NULL, N_("Job title") },
  { "level", "level", NULL, OW_FIELD_STRING, 0, OFFSET (level),
    0, 0, 0, NULL, NULL, N_("Level") },
  { "role-family", "role_family", NULL, OW_FIELD_ENUM, OW_FIELD_ALWAYS, OFFSET (role_family),
    0, 0, OW_ROLE_FAMILY_CORE, ow_role_family_get_type, NULL, N_("Role family") },
  { "location", "location", NULL, OW_FIELD_STRING, 0, OFFSET (location),
    0, 0, 0, NULL, NULL, N_("Location") },
  { "work-mode", "work_mode", NULL, OW_FIELD_ENUM, OW_FIELD_ALWAYS, OFFSET (work_mode),
    0, 0, OW_WORK_MODE_ONSITE, ow_work_mode_get_type, NULL, N_("Work mode") },
  { "company-stage", "company_stage", NULL, OW_FIELD_ENUM, OW_FIELD_ALWAYS, OFFSET (company_stage),
    0, 0, OW_COMPANY_STAGE_ENTERPRISE, ow_company_stage_get_type, NULL, N_("Company stage") },
  { "industry", "industry", NULL, OW_FIELD_STRING, 0, OFFSET (industry),
    0, 0, 0, NULL, NULL, N_("Industry") },
  { "status", "status", NULL, OW_FIELD_ENUM, OW_FIELD_ALWAYS, OFFSET (status),
    0, 0, OW_OFFER_STATUS_CONSIDERING, ow_offer_status_get_type, NULL, N_("Status") },
  { "current-job", "current_job", NULL, OW_FIELD_BOOL, 0, OFFSET (current_job),
    0, 0, FALSE, NULL, NULL, N_("Current job") },
  { "currency", "currency", NULL, OW_FIELD_CURRENCY, OW_FIELD_OPTIONAL, OFFSET (currency),
    0, 0, 0, NULL, NULL, N_("Currency") },
  { "start-date", "start_date", NULL, OW_FIELD_DATE, OW_FIELD_REQUIRED, OFFSET (start_date),
    0, 0, 0, NULL, NULL, N_("Start date") },
  { "deadline", "deadline", NULL, OW_FIELD_DATE, OW_FIELD_OPTIONAL, OFFSET (deadline),
    0, 0, 0, NULL, NULL, N_("Answer due") },
  { "base-salary", "base_salary", NULL, OW_FIELD_MONEY, OW_FIELD_REQUIRED, OFFSET (base_salary),
    0, OW_MONEY_MAX, 0, NULL, NULL, N_("Base salary") },
  { "annual-raise-percent", "annual_raise_percent", NULL, OW_FIELD_PERCENT, 0, OFFSET (raise),
    0, 10000, 0, NULL, NULL, N_("Yearly raise") },
  { "salary-band-min", "min", "salary_band", OW_FIELD_MONEY, OW_FIELD_REQUIRED, OFFSET (band_min),
    0, OW_MONEY_MAX, 0, NULL, NULL, N_("Salary band minimum") },
  { "salary-band-max", "max", "salary_band", OW_FIELD_MONEY, OW_FIELD_REQUIRED, OFFSET (band_max),
    0, OW_MONEY_MAX, 0, NULL, NULL, N_("Salary band maximum") },
  { "bonus-target-percent", "target_percent", "bonus", OW_FIELD_PERCENT, 0, OFFSET (bonus_target),
    0, 100000, 0, NULL, NULL, N_("Target bonus") },
  { "bonus-payout-percent", "expected_payout_percent", "bonus", OW_FIELD_PERCENT, 0, OFFSET (bonus_payout),
    0, 30000, 10000, NULL, NULL, N_("Expected bonus payout") },
  { "refresher-value", "annual_value", "refreshers", OW_FIELD_MONEY, OW_FIELD_REQUIRED, OFFSET (refresher_value),
    0, OW_MONEY_MAX, 0, NULL, NULL, N_("Expected yearly refresher value") },
  { "fully-diluted-shares", "fully_diluted_shares", "company_equity", OW_FIELD_INT,
    OW_FIELD_OPTIONAL | OW_FIELD_ABOVE_MIN, OFFSET (fully_diluted_shares),
    0, G_GINT64_CONSTANT (1000000000000000), 0, NULL, NULL, N_("Fully diluted shares") },
  { "dilution-percent", "dilution_percent", "company_equity", OW_FIELD_PERCENT, OW_FIELD_OPTIONAL,
    OFFSET (dilution), 0, 10000, -1, NULL, NULL, N_("Expected dilution until exit") },
  { "retirement-match-percent", "retirement_match_percent", "benefits", OW_FIELD_PERCENT, 0,
    OFFSET (match_percent), 0, 10000, 0, NULL, NULL, N_("Retirement match") },
  { "retirement-match-cap", "retirement_match_cap", "benefits", OW_FIELD_MONEY, 0,
    OFFSET (match_cap), 0, OW_MONEY_MAX, 0, NULL, NULL, N_("Retirement match cap") },
  { "benefits-value", "annual_value", "benefits", OW_FIELD_MONEY, 0,
    OFFSET (benefits_value), 0, OW_MONEY_MAX, 0, NULL, NULL, N_("Other benefits a year") },
  { "pto-days", "pto_days", "benefits", OW_FIELD_INT, 0,
    OFFSET (pto_days), 0, 366, 0, NULL, NULL, N_("Paid time off days") },
  { "effective-tax-percent", "effective_tax_percent", NULL, OW_FIELD_PERCENT, 0, OFFSET (tax),
    0, 10000, 0, NULL, NULL, N_("Effective tax rate") },
  { "cost-of-living-index", "cost_of_living_index", NULL, OW_FIELD_MICRO, 0, OFFSET (col_index),
    1000000, 1000000000, 100000000, NULL, NULL, N_("Cost of living index") },
  { "notes", "notes", NULL, OW_FIELD_STRING, 0, OFFSET (notes),
    0, 0, 0, NULL, NULL, N_("Notes") },
};

#undef OFFSET

#define N_FIELDS G_N_ELEMENTS (offer_fields)

enum {
  PROP_0,
  PROP_HAS_SALARY_BAND = N_FIELDS + 1,
  PROP_HAS_REFRESHERS,
  PROP_HAS_COMPANY_EQUITY,
  PROP_REFRESHER_VESTING,
  PROP_SIGN_ONS,
  PROP_GRANTS,
  PROP_EXIT_SCENARIOS,
  PROP_CHECKLIST,
  PROP_REVISIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
copy_store (GListStore *dest,
            GListStore *src)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (src));
  g_autoptr(GPtrArray) copies = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwNode) item = g_list_model_get_item (G_LIST_MODEL (src), i);
      g_ptr_array_add (copies, ow_node_dup (item));
    }

  /* The items replaced may live on (a view, an undo step): they are no
   * longer part of this offer, so their changes must not reach it. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (dest)); i++)
    {
      g_autoptr(OwNode) old = g_list_model_get_item (G_LIST_MODEL (dest), i);
      ow_node_set_parent (old, NULL);
    }

  g_list_store_splice (dest, 0, g_list_model_get_n_items (G_LIST_MODEL (dest)),
                       copies->pdata, copies->len);
}

static void
clear_sources (OwOffer *self)
{
  for (guint i = 0; i < self->sources->len; i++)
    g_free (g_array_index (self->sources, OwSourceEntry, i).key);
  g_array_set_size (self->sources, 0);
}

/* Copies what the figures are made of beyond the field table: everything
 * but the checklist and the negotiation log, which belong to the offer
 * rather than to one set of its figures. */
static void
copy_figures_children (OwOffer *dest,
                       OwOffer *src)
{
  if (dest->has_salary_band != src->has_salary_band)
    g_object_set (dest, "has-salary-band", src->has_salary_band, NULL);
  if (dest->has_refreshers != src->has_refreshers)
    g_object_set (dest, "has-refreshers", src->has_refreshers, NULL);
  if (dest->has_company_equity != src->has_company_equity)
    g_object_set (dest, "has-company-equity", src->has_company_equity, NULL);

  if (src->refresher_vesting != NULL)
    {
      g_autoptr(OwNode) copy = ow_node_dup (OW_NODE (src->refresher_vesting));
      ow_offer_set_refresher_vesting (dest, OW_VESTING (copy));
    }
  else
    ow_offer_set_refresher_vesting (dest, NULL);

  copy_store (dest->sign_ons, src->sign_ons);
  copy_store (dest->grants, src->grants);
  copy_store (dest->exit_scenarios, src->exit_scenarios);

  clear_sources (dest);
  for (guint i = 0; i < src->sources->len; i++)
    {
      const OwSourceEntry *e = &g_array_index (src->sources, OwSourceEntry, i);
      OwSourceEntry copy = { g_strdup (e->key), e->source };
      g_array_append_val (dest->sources, copy);
    }
}

static void
ow_offer_copy_children (OwNode *dest_node,
                        OwNode *src_node)
{
  OwOffer *dest = OW_OFFER (dest_node);
  OwOffer *src = OW_OFFER (src_node);

  copy_figures_children (dest, src);
  copy_store (dest->checklist, src->checklist);
  copy_store (dest->revisions, src->revisions);
  ow_node_emit_changed (dest_node);
}

static void
ow_offer_dispose (GObject *object)
{
  OwOffer *self = OW_OFFER (object);

  g_clear_object (&self->refresher_vesting);
  g_clear_object (&self->sign_ons);
  g_clear_object (&self->grants);
  g_clear_object (&self->exit_scenarios);
  g_clear_object (&self->checklist);
  g_clear_object (&self->revisions);

  G_OBJECT_CLASS (ow_offer_parent_class)->dispose (object);
}

static void
ow_offer_finalize (GObject *object)
{
  OwOffer *self = OW_OFFER (object);

  clear_sources (self);
  g_array_unref (self->sources);

  G_OBJECT_CLASS (ow_offer_parent_class)->finalize (object);
}

static void
ow_offer_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OwOffer *self = OW_OFFER (object);

  if (ow_node_get_field_property (object, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_HAS_SALARY_BAND:
      g_value_set_boolean (value, self->has_salary_band);
      break;
    case PROP_HAS_REFRESHERS:
      g_value_set_boolean (value, self->has_refreshers);
      break;
    case PROP_HAS_COMPANY_EQUITY:
      g_value_set_boolean (value, self->has_company_equity);
      break;
    case PROP_REFRESHER_VESTING:
      g_value_set_object (value, self->refresher_vesting);
      break;
    case PROP_SIGN_ONS:
      g_value_set_object (value, self->sign_ons);
      break;
    case PROP_GRANTS:
      g_value_set_object (value, self->grants);
      break;
    case PROP_EXIT_SCENARIOS:
      g_value_set_object (value, self->exit_scenarios);
      break;
    case PROP_CHECKLIST:
      g_value_set_object (value, self->checklist);
      break;
    case PROP_REVISIONS:
      g_value_set_object (value, self->revisions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_flag (OwOffer  *self,
          gboolean *flag,
          gboolean  value,
          guint     prop_id)
{
  value = value != FALSE;
  if (*flag == value)
    return;
  *flag = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
ow_offer_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OwOffer *self = OW_OFFER (object);

  if (ow_node_set_field_property (object, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_HAS_SALARY_BAND:
      set_flag (self, &self->has_salary_band, g_value_get_boolean (value), prop_id);
      break;
    case PROP_HAS_REFRESHERS:
      set_flag (self, &self->has_refreshers, g_value_get_boolean (value), prop_id);
      break;
    case PROP_HAS_COMPANY_EQUITY:
      set_flag (self, &self->has_company_equity, g_value_get_boolean (value), prop_id);
      break;
    case PROP_REFRESHER_VESTING:
      ow_offer_set_refresher_vesting (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_offer_class_init (OwOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OwNodeClass *node_class = OW_NODE_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ow_offer_dispose;
  object_class->finalize = ow_offer_finalize;
  object_class->get_property = ow_offer_get_property;
  object_class->set_property = ow_offer_set_property;
  node_class->copy_children = ow_offer_copy_children;

  ow_node_class_set_fields (node_class, offer_fields, N_FIELDS, properties);

  properties[PROP_HAS_SALARY_BAND] =
    g_param_spec_boolean ("has-salary-band", NULL, NULL, FALSE, rw);
  properties[PROP_HAS_REFRESHERS] =
    g_param_spec_boolean ("has-refreshers", NULL, NULL, FALSE, rw);
  properties[PROP_HAS_COMPANY_EQUITY] =
    g_param_spec_boolean ("has-company-equity", NULL, NULL, FALSE, rw);
  properties[PROP_REFRESHER_VESTING] =
    g_param_spec_object ("refresher-vesting", NULL, NULL, OW_TYPE_VESTING, rw);
  properties[PROP_SIGN_ONS] =
    g_param_spec_object ("sign-ons", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_GRANTS] =
    g_param_spec_object ("grants", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_EXIT_SCENARIOS] =
    g_param_spec_object ("exit-scenarios", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_CHECKLIST] =
    g_param_spec_object ("checklist", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  /**
   * OwOffer:revisions:
   *
   * The negotiation log, a #GListModel of #OwRevision, oldest first: the
   * figures as they stood when received, countered or revised.  The
   * offer's own figures are always the latest.
   */
  properties[PROP_REVISIONS] =
    g_param_spec_object ("revisions", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  for (guint i = PROP_HAS_SALARY_BAND; i < N_PROPS; i++)
    g_object_class_install_property (object_class, i, properties[i]);
}

static GListStore *
new_child_list (OwOffer *self,
                GType    item_type)
{
  GListStore *store = g_list_store_new (item_type);

  ow_node_adopt_list (OW_NODE (self), store);
  return store;
}

static void
ow_offer_init (OwOffer *self)
{
  ow_fields_init (self, offer_fields, N_FIELDS);

  self->sign_ons = new_child_list (self, OW_TYPE_SIGN_ON);
  self->grants = new_child_list (self, OW_TYPE_GRANT);
  self->exit_scenarios = new_child_list (self, OW_TYPE_EXIT_SCENARIO);
  self->checklist = new_child_list (self, OW_TYPE_CHECKLIST_ITEM);
  self->revisions = new_child_list (self, OW_TYPE_REVISION);
  self->sources = g_array_new (FALSE, FALSE, sizeof (OwSourceEntry));
}

OwOffer *
ow_offer_new (const char *id)
{
  return g_object_new (OW_TYPE_OFFER, "id", id, NULL);
}

/**
 * ow_offer_dup_figures:
 *
 * A copy of SELF's figures: every key but the id (left empty), the
 * checklist and the negotiation log.  Revisions keep such copies.
 *
 * Returns: (transfer full): the copy
 */
OwOffer *
ow_offer_dup_figures (OwOffer *self)
{
  OwNodeClass *klass;
  OwOffer *copy;

  g_return_val_if_fail (OW_IS_OFFER (self), NULL);

  klass = OW_NODE_GET_CLASS (self);
  copy = g_object_new (OW_TYPE_OFFER, NULL);
  ow_fields_copy (copy, self, klass->fields, klass->n_fields, NULL, klass->field_pspecs + 1);
  g_free (copy->id);
  copy->id = g_strdup ("");
  ow_extras_copy (ow_node_get_extras (OW_NODE (copy)), ow_node_get_extras (OW_NODE (self)));
  copy_figures_children (copy, self);
  return copy;
}

const char *
ow_offer_get_id (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  return self->id;
}

const char *
ow_offer_get_company (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  return self->company;
}

const char *
ow_offer_get_title (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  return self->title;
}

/* The offer's own currency, or "" when it uses the display currency. */
const char *
ow_offer_get_currency (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  return self->currency;
}

gboolean
ow_offer_get_current_job (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), FALSE);
  return self->current_job;
}

OwOfferStatus
ow_offer_get_status (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), OW_OFFER_STATUS_CONSIDERING);
  return self->status;
}

OwCompanyStage
ow_offer_get_company_stage (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), OW_COMPANY_STAGE_ENTERPRISE);
  return self->company_stage;
}

OwWorkMode
ow_offer_get_work_mode (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), OW_WORK_MODE_ONSITE);
  return self->work_mode;
}

OwDate
ow_offer_get_start_date (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), OW_DATE_NONE);
  return self->start_date;
}

OwDate
ow_offer_get_deadline (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), OW_DATE_NONE);
  return self->deadline;
}

gint64
ow_offer_get_base_salary (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), 0);
  return self->base_salary;
}

gboolean
ow_offer_has_salary_band (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), FALSE);
  return self->has_salary_band;
}

gboolean
ow_offer_has_refreshers (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), FALSE);
  return self->has_refreshers;
}

gboolean
ow_offer_has_company_equity (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), FALSE);
  return self->has_company_equity;
}

GListModel *
ow_offer_get_sign_ons (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  return G_LIST_MODEL (self->sign_ons);
}

GListModel *
ow_offer_get_grants (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  return G_LIST_MODEL (self->grants);
}

GListModel *
ow_offer_get_exit_scenarios (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  return G_LIST_MODEL (self->exit_scenarios);
}

GListModel *
ow_offer_get_checklist (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  return G_LIST_MODEL (self->checklist);
}

/* The refreshers' own schedule, or NULL when they vest like the first
 * grant. */
OwVesting *
ow_offer_get_refresher_vesting (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  return self->refresher_vesting;
}

void
ow_offer_set_refresher_vesting (OwOffer   *self,
                                OwVesting *vesting)
{
  g_return_if_fail (OW_IS_OFFER (self));
  g_return_if_fail (vesting == NULL || OW_IS_VESTING (vesting));

  if (self->refresher_vesting == vesting)
    return;

  if (self->refresher_vesting != NULL)
    ow_node_set_parent (OW_NODE (self->refresher_vesting), NULL);
  g_set_object (&self->refresher_vesting, vesting);
  if (vesting != NULL)
    ow_node_set_parent (OW_NODE (vesting), OW_NODE (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFRESHER_VESTING]);
}

void
ow_offer_add_sign_on (OwOffer  *self,
                      OwSignOn *sign_on)
{
  g_return_if_fail (OW_IS_OFFER (self));
  g_return_if_fail (OW_IS_SIGN_ON (sign_on));
  g_list_store_append (self->sign_ons, sign_on);
}

void
ow_offer_add_grant (OwOffer *self,
                    OwGrant *grant)
{
  g_return_if_fail (OW_IS_OFFER (self));
  g_return_if_fail (OW_IS_GRANT (grant));
  g_list_store_append (self->grants, grant);
}

void
ow_offer_add_exit_scenario (OwOffer        *self,
                            OwExitScenario *scenario)
{
  g_return_if_fail (OW_IS_OFFER (self));
  g_return_if_fail (OW_IS_EXIT_SCENARIO (scenario));
  g_list_store_append (self->exit_scenarios, scenario);
}

void
ow_offer_add_checklist_item (OwOffer         *self,
                             OwChecklistItem *item)
{
  g_return_if_fail (OW_IS_OFFER (self));
  g_return_if_fail (OW_IS_CHECKLIST_ITEM (item));
  g_list_store_append (self->checklist, item);
}

static OwSourceEntry *
find_source (OwOffer    *self,
             const char *key)
{
  for (guint i = 0; i < self->sources->len; i++)
    {
      OwSourceEntry *e = &g_array_index (self->sources, OwSourceEntry, i);
      if (g_str_equal (e->key, key))
        return e;
    }
  return NULL;
}

/* Where the figure under KEY (a key of the file, "base_salary") came from. */
OwSource
ow_offer_get_source (OwOffer    *self,
                     const char *key)
{
  OwSourceEntry *e;

  g_return_val_if_fail (OW_IS_OFFER (self), OW_SOURCE_UNKNOWN);
  g_return_val_if_fail (key != NULL, OW_SOURCE_UNKNOWN);

  e = find_source (self, key);
  return e ? e->source : OW_SOURCE_UNKNOWN;
}

void
ow_offer_set_source (OwOffer    *self,
                     const char *key,
                     OwSource    source)
{
  OwSourceEntry *e;

  g_return_if_fail (OW_IS_OFFER (self));
  g_return_if_fail (key != NULL && *key != '\0');

  e = find_source (self, key);
  if (e != NULL && e->source == (int) source)
    return;
  if (e == NULL && source == OW_SOURCE_UNKNOWN)
    return;

  if (e == NULL)
    {
      OwSourceEntry entry = { g_strdup (key), source };
      g_array_append_val (self->sources, entry);
    }
  else if (source == OW_SOURCE_UNKNOWN)
    {
      g_free (e->key);
      g_array_remove_index (self->sources, (guint) (e - (OwSourceEntry *) (gpointer) self->sources->data));
    }
  else
    e->source = source;

  ow_node_emit_changed (OW_NODE (self));
}

guint
ow_offer_get_n_sources (OwOffer *self)
{
  g_return_val_if_fail (OW_IS_OFFER (self), 0);
  return self->sources->len;
}

const char *
ow_offer_get_source_key (OwOffer *self,
                         guint    i)
{
  g_return_val_if_fail (OW_IS_OFFER (self), NULL);
  g_return_val_if_fail (i < self->sources->len, NULL);
  return g_array_index (self->sources, OwSourceEntry, i).key;
}

/* The rules between the offer's own keys (offer-model.md §1, OFFER); the
 * document checks what involves other offers. */
gboolean
ow_offer_check (OwOffer     *self,
                const char  *path,
                GError     **error)
{
  guint n;

  g_return_val_if_fail (OW_IS_OFFER (self), FALSE);

  if (self->has_salary_band && self->band_min > self->band_max)
    {
      g_autofree char *p = ow_json_path_append_key (path, "salary_band");
      g_autofree char *lo = ow_format_scaled (self->band_min, 2);
      g_autofree char *hi = ow_format_scaled (self->band_max, 2);
      return ow_load_fail (error, p, _("min must not be above max (min %s, max %s)"), lo, hi);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->grants));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwGrant) grant = g_list_model_get_item (G_LIST_MODEL (self->grants), i);
      g_autofree char *p_grants = ow_json_path_append_key (path, "grants");
      g_autofree char *p = ow_json_path_append_index (p_grants, i);

      if (!ow_grant_check (grant, p, error))
        return FALSE;
    }

  if (self->refresher_vesting != NULL)
    {
      g_autofree char *p_ref = ow_json_path_append_key (path, "refreshers");
      g_autofree char *p = ow_json_path_append_key (p_ref, "vesting");

      if (!ow_vesting_check (self->refresher_vesting, p, error))
        return FALSE;
    }

  if (self->has_company_equity)
    {
      gint64 sum = 0;

      n = g_list_model_get_n_items (G_LIST_MODEL (self->exit_scenarios));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(OwExitScenario) s = g_list_model_get_item (G_LIST_MODEL (self->exit_scenarios), i);
          sum += s->probability;
        }
      if (sum > 10000)
        {
          g_autofree char *p_eq = ow_json_path_append_key (path, "company_equity");
          g_autofree char *p = ow_json_path_append_key (p_eq, "exit_scenarios");
          g_autofree char *shown = ow_format_scaled (sum, 2);
          return ow_load_fail (error, p, _("probabilities must add up to at most 100 (add up to %s)"), shown);
        }
    }

  /* The negotiation log, kept oldest first. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->revisions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwRevision) revision = g_list_model_get_item (G_LIST_MODEL (self->revisions), i);
      g_autofree char *p_log = ow_json_path_append_key (path, "revisions");
      g_autofree char *p = ow_json_path_append_index (p_log, i);

      if (!ow_revision_check (revision, p, error))
        return FALSE;

      if (i > 0)
        {
          g_autoptr(OwRevision) before = g_list_model_get_item (G_LIST_MODEL (self->revisions), i - 1);

          if (revision->date < before->date)
            {
              g_autofree char *p_date = ow_json_path_append_key (p, "date");
              char shown[OW_DATE_ISO_LEN], earlier[OW_DATE_ISO_LEN];

              ow_date_format_iso (revision->date, shown);
              ow_date_format_iso (before->date, earlier);
              return ow_load_fail (error, p_date,
                                   _("revisions are kept oldest first: must not be before %s, "
                                     "the date of revisions[%u] (is %s)"),
                                   earlier, i - 1, shown);
            }
        }
    }

  return TRUE;
}
