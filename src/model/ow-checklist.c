/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The checklist of an offer, built from its figures and its stored items. */
#define G_LOG_DOMAIN "ow-checklist"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ow-checklist.h"
#include "ow-model-private.h"

/* Topics of the raised-only questions: a prefix and what the gap is about. */
#define TOPIC_SOURCE "source:"
#define TOPIC_STRIKE "strike_price:"

/* The defaults a grant's vesting has when nothing was said about it
 * (offer-model.md §1, VESTING). */
#define DEFAULT_VESTING_MONTHS 48
#define DEFAULT_VESTING_EVERY  1

typedef enum {
  TOPIC_SALARY_BAND,
  TOPIC_COMPENSATION_REVIEW,
  TOPIC_VESTING_SCHEDULE,
  TOPIC_DILUTION,
  TOPIC_FIRST_SIX_MONTHS,
  TOPIC_SCOPE,
  TOPIC_PAY_BANDS,
  TOPIC_REFRESHER_POLICY,
  TOPIC_BONUS_HISTORY,
  TOPIC_CLAWBACK,
  TOPIC_EXERCISE_WINDOW,
  TOPIC_FULLY_DILUTED_SHARES,
  TOPIC_VALUATION_409A,
  TOPIC_ACCELERATION,
  N_STANDARD_TOPICS
} StandardTopic;

/* The standard questions in the order they are listed: the seed article's
 * "questions to ask before accepting" first, then an equity guide's.  The
 * ids are stored in files: never change one. */
static const struct
{
  const char *topic;
  const char *question;
} standard_questions[N_STANDARD_TOPICS] = {
  [TOPIC_SALARY_BAND] = { "salary_band", N_("What is the salary band for this role?") },
  [TOPIC_COMPENSATION_REVIEW] = { "compensation_review", N_("How often are compensation reviews conducted?") },
  [TOPIC_VESTING_SCHEDULE] = { "vesting_schedule", N_("What is the vesting schedule and cliff?") },
  [TOPIC_DILUTION] = { "dilution", N_("How is equity diluted across future funding rounds?") },
  [TOPIC_FIRST_SIX_MONTHS] = { "first_six_months", N_("What does success look like in the first six months?") },
  [TOPIC_SCOPE] = { "scope", N_("Is the role scope fixed or likely to expand?") },
  [TOPIC_PAY_BANDS] = { "pay_bands", N_("Does the company use geographic pay bands or one national band?") },
  [TOPIC_REFRESHER_POLICY] = { "refresher_policy", N_("What is the policy for equity refreshers?") },
  [TOPIC_BONUS_HISTORY] = { "bonus_history", N_("How much has the bonus actually paid out in recent years?") },
  [TOPIC_CLAWBACK] = { "clawback", N_("What are the clawback terms of the sign-on bonus?") },
  [TOPIC_EXERCISE_WINDOW] = { "exercise_window", N_("How long is the window to exercise options after leaving?") },
  [TOPIC_FULLY_DILUTED_SHARES] = { "fully_diluted_shares", N_("What is the fully diluted share count?") },
  [TOPIC_VALUATION_409A] = { "valuation_409a", N_("When was the latest 409A valuation, and what price did it set?") },
  [TOPIC_ACCELERATION] = { "acceleration", N_("Does unvested equity accelerate if the company is acquired?") },
};

void
ow_checklist_entry_free (OwChecklistEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->topic);
  g_free (entry->question);
  g_free (entry->why);
  g_clear_object (&entry->item);
  g_free (entry->figure);
  g_free (entry);
}

/* Figure keys ---------------------------------------------------------------- */

/* One step of a key path: "grants[0]" is name "grants", index 0; "value"
 * has index -1. */
typedef struct
{
  char  *name;
  gint64 index;
} Segment;

#define MAX_SEGMENTS 4

typedef struct
{
  guint   n;
  Segment seg[MAX_SEGMENTS];
} KeyPath;

static void
key_path_clear (KeyPath *path)
{
  for (guint i = 0; i < path->n; i++)
    g_free (path->seg[i].name);
  path->n = 0;
}

/* Splits "grants[0].vesting.months" into its steps; FALSE for anything
 * that is not a key path of the format (a hand-written source key may be
 * anything). */
static gboolean
key_path_parse (const char *key,
                KeyPath    *path)
{
  g_auto(GStrv) parts = g_strsplit (key, ".", -1);

  path->n = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = parts[i];
      char *bracket = strchr (part, '[');
      Segment *s;

      if (path->n == MAX_SEGMENTS || *part == '\0' || bracket == part)
        goto fail;

      s = &path->seg[path->n];
      s->index = -1;
      if (bracket != NULL)
        {
          char *end = NULL;
          guint64 index;

          if (!g_ascii_isdigit (bracket[1]))
            goto fail;
          index = g_ascii_strtoull (bracket + 1, &end, 10);
          if (end == NULL || strcmp (end, "]") != 0 || index > G_MAXINT)
            goto fail;
          s->index = (gint64) index;
          s->name = g_strndup (part, (gsize) (bracket - part));
        }
      else
        s->name = g_strdup (part);
      path->n++;
    }
  return path->n > 0;

fail:
  key_path_clear (path);
  return FALSE;
}

/* Files written by hand may leave "company_equity." out of the keys inside
 * it, as the sources object allows (see ow-source-button.h). */
static gboolean
is_company_equity_key (const char *name)
{
  return g_str_equal (name, "fully_diluted_shares") || g_str_equal (name, "dilution_percent") ||
         g_str_equal (name, "exit_scenarios");
}

/* The key in its full form: "dilution_percent" → "company_equity.dilution_percent". */
static char *
normalize_key (const char *key)
{
  g_autofree char *first = g_strndup (key, strcspn (key, ".["));

  if (is_company_equity_key (first))
    return g_strconcat ("company_equity.", key, NULL);
  return g_strdup (key);
}

static OwNode *
list_item (GListStore *store,
           gint64      index)
{
  if (index < 0 || index >= g_list_model_get_n_items (G_LIST_MODEL (store)))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (store), (guint) index);
}

/* The groups of the offer whose keys are fields of the offer itself. */
static gboolean
is_offer_group (const char *name)
{
  static const char *const groups[] = {
    "salary_band", "bonus", "refreshers", "company_equity", "benefits",
  };

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if (g_str_equal (name, groups[i]))
      return TRUE;
  return FALSE;
}

/* A field of NODE (no more steps) or NODE itself (none at all). */
static gboolean
resolve_field (OwNode         *node,
               const KeyPath  *path,
               guint           i,
               const char     *group,
               OwNode        **out_node,
               GParamSpec    **out_pspec)
{
  GParamSpec *pspec = NULL;

  if (i < path->n)
    {
      if (i + 1 != path->n || path->seg[i].index >= 0)
        return FALSE;
      pspec = ow_node_find_field_pspec (node, path->seg[i].name, group);
      if (pspec == NULL)
        return FALSE;
    }

  *out_node = g_object_ref (node);
  *out_pspec = pspec;
  return TRUE;
}

/**
 * ow_checklist_find_figure:
 * @figure: a key path such as "base_salary", "bonus.target_percent",
 *   "grants[0].strike_price", "grants[1].vesting" or "dilution_percent"
 * @node: (out) (transfer full): the object holding the figure
 * @pspec: (out) (transfer none): its property, or %NULL when the figure is
 *   a whole object or group ("salary_band", "grants[0].vesting")
 *
 * Finds where a checklist entry's figure lives, so that answering the
 * question can offer to change it (through the history).
 *
 * Returns: FALSE when OFFER has no such figure
 */
gboolean
ow_checklist_find_figure (OwOffer     *offer,
                          const char  *figure,
                          OwNode     **node,
                          GParamSpec **pspec)
{
  g_autofree char *key = NULL;
  KeyPath path;
  const Segment *top;
  g_autoptr(OwNode) child = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (OW_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (figure != NULL, FALSE);
  g_return_val_if_fail (node != NULL && pspec != NULL, FALSE);

  *node = NULL;
  *pspec = NULL;

  key = normalize_key (figure);
  if (!key_path_parse (key, &path))
    return FALSE;
  top = &path.seg[0];

  if (g_str_equal (top->name, "grants") && top->index >= 0)
    {
      child = list_item (offer->grants, top->index);
      if (child != NULL && path.n >= 2 && g_str_equal (path.seg[1].name, "vesting") && path.seg[1].index < 0)
        found = resolve_field (OW_NODE (OW_GRANT (child)->vesting), &path, 2, NULL, node, pspec);
      else if (child != NULL)
        found = resolve_field (child, &path, 1, NULL, node, pspec);
    }
  else if (g_str_equal (top->name, "sign_on") && top->index >= 0)
    {
      child = list_item (offer->sign_ons, top->index);
      if (child != NULL)
        found = resolve_field (child, &path, 1, NULL, node, pspec);
    }
  else if (top->index >= 0)
    found = FALSE;
  else if (path.n == 1 && (g_str_equal (top->name, "grants") || g_str_equal (top->name, "sign_on")))
    found = resolve_field (OW_NODE (offer), &path, 1, NULL, node, pspec);
  else if (is_offer_group (top->name))
    {
      const Segment *sub = path.n >= 2 ? &path.seg[1] : NULL;

      if (sub != NULL && g_str_equal (top->name, "company_equity") && g_str_equal (sub->name, "exit_scenarios"))
        {
          if (sub->index < 0)
            found = path.n == 2 && resolve_field (OW_NODE (offer), &path, 2, NULL, node, pspec);
          else if ((child = list_item (offer->exit_scenarios, sub->index)) != NULL)
            found = resolve_field (child, &path, 2, NULL, node, pspec);
        }
      else if (sub != NULL && g_str_equal (top->name, "refreshers") && g_str_equal (sub->name, "vesting"))
        {
          if (offer->refresher_vesting != NULL && sub->index < 0)
            found = resolve_field (OW_NODE (offer->refresher_vesting), &path, 2, NULL, node, pspec);
        }
      else
        found = resolve_field (OW_NODE (offer), &path, 1, top->name, node, pspec);
    }
  else
    found = resolve_field (OW_NODE (offer), &path, 0, NULL, node, pspec) && *pspec != NULL;

  if (!found)
    {
      g_clear_object (node);
      *pspec = NULL;
    }
  key_path_clear (&path);
  return found;
}

/* Removes the last step: "grants[0].value" → "grants[0]" → "grants". */
static gboolean
strip_last (char *key)
{
  char *dot = strrchr (key, '.');
  char *bracket = strrchr (key, '[');
  char *cut = MAX (dot, bracket);

  if (cut == NULL || cut == key)
    return FALSE;
  *cut = '\0';
  return TRUE;
}

static OwSource
source_walk (OwOffer    *offer,
             const char *key)
{
  g_autofree char *k = g_strdup (key);

  do
    {
      OwSource source = ow_offer_get_source (offer, k);

      if (source != OW_SOURCE_UNKNOWN)
        return source;
    }
  while (strip_last (k));

  return OW_SOURCE_UNKNOWN;
}

/**
 * ow_checklist_source_in_effect:
 * @key: a figure's key path ("bonus.expected_payout_percent")
 *
 * Where the figure came from: the source recorded for KEY itself, else for
 * the nearest object or list that holds it ("bonus"), with keys inside
 * company_equity also found without their prefix, as the source button
 * reads them (ow-source-button.h).
 */
OwSource
ow_checklist_source_in_effect (OwOffer    *offer,
                               const char *key)
{
  OwSource source;

  g_return_val_if_fail (OW_IS_OFFER (offer), OW_SOURCE_UNKNOWN);
  g_return_val_if_fail (key != NULL, OW_SOURCE_UNKNOWN);

  source = source_walk (offer, key);
  if (source == OW_SOURCE_UNKNOWN && g_str_has_prefix (key, "company_equity."))
    source = source_walk (offer, key + strlen ("company_equity."));
  return source;
}

/* Figures in words ----------------------------------------------------------- */

/* How a grant is named in a sentence: by its name, else by its place. */
static char *
describe_grant (OwOffer *offer,
                guint    index)
{
  g_autoptr(OwGrant) grant = g_list_model_get_item (G_LIST_MODEL (offer->grants), index);

  if (grant != NULL && *grant->name != '\0')
    /* TRANSLATORS: a grant in a sentence, "Can you confirm the value of the
     * grant “New-hire RSUs” in writing?" */
    return g_strdup_printf (_("the grant “%s”"), grant->name);
  if (g_list_model_get_n_items (G_LIST_MODEL (offer->grants)) == 1)
    return g_strdup (_("the equity grant"));
  /* TRANSLATORS: an unnamed grant by its place in the offer, from 1. */
  return g_strdup_printf (_("grant %u"), index + 1);
}

static char *
describe_sign_on (OwOffer *offer,
                  guint    index)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (offer->sign_ons)) <= 1)
    return g_strdup (_("the sign-on payment"));
  /* TRANSLATORS: a sign-on payment by its place in the offer, from 1. */
  return g_strdup_printf (_("sign-on payment %u"), index + 1);
}

typedef struct
{
  const char *group;   /* the first step, or NULL for a plain key */
  const char *key;
  const char *phrase;
} Phrase;

/* TRANSLATORS: the phrases below name a figure inside a sentence such as
 * "Can you confirm the base salary in writing?" and "Given only verbally:
 * the base salary". */
static const Phrase phrases[] = {
  { NULL, "base_salary", N_("the base salary") },
  { NULL, "annual_raise_percent", N_("the yearly raise") },
  { NULL, "salary_band", N_("the salary band") },
  { "salary_band", "min", N_("the salary band") },
  { "salary_band", "max", N_("the salary band") },
  { NULL, "bonus", N_("the bonus") },
  { "bonus", "target_percent", N_("the target bonus") },
  { "bonus", "expected_payout_percent", N_("the expected bonus payout") },
  { NULL, "sign_on", N_("the sign-on bonus") },
  { NULL, "grants", N_("the equity grants") },
  { NULL, "refreshers", N_("the expected refreshers") },
  { "refreshers", "annual_value", N_("the expected refreshers") },
  { "refreshers", "vesting", N_("the vesting of the expected refreshers") },
  { NULL, "company_equity", N_("the company’s equity outlook") },
  { "company_equity", "fully_diluted_shares", N_("the fully diluted share count") },
  { "company_equity", "dilution_percent", N_("the expected dilution") },
  { "company_equity", "exit_scenarios", N_("the exit scenarios") },
  { NULL, "benefits", N_("the benefits") },
  { "benefits", "retirement_match_percent", N_("the retirement match") },
  { "benefits", "retirement_match_cap", N_("the retirement match cap") },
  { "benefits", "annual_value", N_("the other benefits") },
  { "benefits", "pto_days", N_("the paid time off") },
  { NULL, "effective_tax_percent", N_("the effective tax rate") },
  { NULL, "cost_of_living_index", N_("the cost of living index") },
  { NULL, "start_date", N_("the start date") },
  { NULL, "deadline", N_("the answer deadline") },
};

/* The figure a key names, as a phrase for a sentence; the key itself,
 * quoted, when it names nothing this version knows. */
static char *
describe_figure (OwOffer    *offer,
                 const char *figure)
{
  KeyPath path;
  char *text = NULL;

  if (!key_path_parse (figure, &path))
    return g_strdup_printf (_("the figure “%s”"), figure);

  if (g_str_equal (path.seg[0].name, "grants") && path.seg[0].index >= 0 && path.n <= 2)
    {
      g_autofree char *grant = describe_grant (offer, (guint) path.seg[0].index);
      const char *field = path.n == 2 && path.seg[1].index < 0 ? path.seg[1].name : NULL;

      if (path.n == 1)
        text = g_steal_pointer (&grant);
      /* TRANSLATORS: %s is a grant, "the grant “New-hire RSUs”". */
      else if (g_strcmp0 (field, "units") == 0)
        text = g_strdup_printf (_("the number of units of %s"), grant);
      else if (g_strcmp0 (field, "value") == 0)
        text = g_strdup_printf (_("the value of %s"), grant);
      else if (g_strcmp0 (field, "share_price") == 0)
        text = g_strdup_printf (_("the share price of %s"), grant);
      else if (g_strcmp0 (field, "strike_price") == 0)
        text = g_strdup_printf (_("the strike price of %s"), grant);
      else if (g_strcmp0 (field, "growth_percent") == 0)
        text = g_strdup_printf (_("the expected share price growth of %s"), grant);
      else if (g_strcmp0 (field, "vesting") == 0)
        text = g_strdup_printf (_("the vesting schedule of %s"), grant);
      else if (g_strcmp0 (field, "vest_start") == 0)
        text = g_strdup_printf (_("the vesting start of %s"), grant);
    }
  else if (g_str_equal (path.seg[0].name, "sign_on") && path.seg[0].index >= 0 && path.n <= 2)
    {
      g_autofree char *sign_on = describe_sign_on (offer, (guint) path.seg[0].index);
      const char *field = path.n == 2 && path.seg[1].index < 0 ? path.seg[1].name : NULL;

      if (g_strcmp0 (field, "clawback_months") == 0 || g_strcmp0 (field, "clawback") == 0)
        /* TRANSLATORS: %s is a sign-on payment, "the sign-on payment". */
        text = g_strdup_printf (_("the clawback terms of %s"), sign_on);
      else if (path.n == 1 || field != NULL)
        text = g_steal_pointer (&sign_on);
    }
  else if (path.n <= 2)
    {
      const char *group = path.n == 2 ? path.seg[0].name : NULL;
      const char *key = path.seg[path.n - 1].name;

      /* An item of a list is named like the list ("exit_scenarios[2]"). */
      for (guint i = 0; i < G_N_ELEMENTS (phrases) && text == NULL; i++)
        if (g_strcmp0 (phrases[i].group, group) == 0 && g_str_equal (phrases[i].key, key) &&
            path.seg[0].index < 0)
          text = g_strdup (_(phrases[i].phrase));
    }

  if (text == NULL)
    /* TRANSLATORS: a figure this version has no name for, by its key in the
     * file. */
    text = g_strdup_printf (_("the figure “%s”"), figure);

  key_path_clear (&path);
  return text;
}

/* Gaps ----------------------------------------------------------------------- */

/* Whether the offer says how the grant vests.  Every grant has a vesting
 * object, filled with the defaults (48 months, monthly, a 12-month cliff)
 * when the file gave none, and saving writes its months and every_months
 * back, so those two alone cannot tell "given" from "defaulted".  The cliff
 * can: cliff_months is optional, kept "not given" (-1) and written only
 * when given, so it survives a save and load as it was.  A schedule is
 * taken as given when its cliff is given or any part of it differs from
 * the defaults (a 36-month schedule, quarterly vesting, 5/15/40/40): then
 * someone did say how it vests.  A schedule said to be exactly "48 months,
 * monthly" with nothing about the cliff still leaves the cliff unclear,
 * which is the question. */
static gboolean
grant_has_vesting (OwGrant *grant)
{
  OwVesting *v = grant->vesting;

  return v->cliff_months >= 0 || v->months != DEFAULT_VESTING_MONTHS ||
         v->every_months != DEFAULT_VESTING_EVERY || v->n_year_percents > 0;
}

static gboolean
is_private (OwOffer *offer)
{
  return offer->company_stage == OW_COMPANY_STAGE_STARTUP || offer->company_stage == OW_COMPANY_STAGE_GROWTH;
}

/* A sign-on whose clawback nobody has spoken of: no window, and not said
 * to have none. */
static gboolean
sign_on_clawback_unclear (OwSignOn *s)
{
  return s->amount > 0 && s->clawback_months == 0 && s->clawback != OW_CLAWBACK_NONE;
}

static gboolean
status_settled (OwChecklistItem *item)
{
  return item != NULL && (item->status == OW_CHECKLIST_STATUS_ANSWERED ||
                          item->status == OW_CHECKLIST_STATUS_NOT_APPLICABLE);
}

typedef struct
{
  OwOffer    *offer;
  GHashTable *items;  /* topic → first stored item with it (borrowed) */
  GHashTable *listed; /* topics listed so far */
  GPtrArray  *entries;
} Builder;

static OwChecklistItem *
builder_item (Builder    *b,
              const char *topic)
{
  return g_hash_table_lookup (b->items, topic);
}

/* Adds an entry; takes WHY and FIGURE. */
static void
builder_add (Builder         *b,
             const char      *topic,
             const char      *question,
             char            *why,
             char            *figure,
             OwChecklistKind  kind,
             OwChecklistItem *item)
{
  OwChecklistEntry *e = g_new0 (OwChecklistEntry, 1);

  e->topic = g_strdup (topic);
  e->question = g_strdup (question);
  e->why = why;
  e->kind = kind;
  e->item = item != NULL ? g_object_ref (item) : NULL;
  e->figure = figure;
  g_ptr_array_add (b->entries, e);
  if (*topic != '\0')
    g_hash_table_add (b->listed, g_strdup (topic));
}

static char *
index_key (const char *list,
           guint       index,
           const char *rest)
{
  return g_strdup_printf ("%s[%u]%s", list, index, rest);
}

/* The gap a standard question is raised for, if the offer has it: its
 * reason in WHY, and the figure it is about when that depends on the gap.
 * FIGURE is set in either case (NULL when there is none). */
static void
standard_gap (Builder        *b,
              StandardTopic   topic,
              char          **why,
              char          **figure)
{
  OwOffer *offer = b->offer;
  GListModel *grants = G_LIST_MODEL (offer->grants);
  GListModel *sign_ons = G_LIST_MODEL (offer->sign_ons);
  guint n_grants = g_list_model_get_n_items (grants);

  *why = NULL;
  *figure = NULL;

  switch (topic)
    {
    case TOPIC_SALARY_BAND:
      *figure = g_strdup ("salary_band");
      if (!offer->has_salary_band)
        *why = g_strdup (_("The offer gives no salary band"));
      break;

    case TOPIC_VESTING_SCHEDULE:
      {
        guint missing = 0, first = 0;

        for (guint i = 0; i < n_grants; i++)
          {
            g_autoptr(OwGrant) grant = g_list_model_get_item (grants, i);

            if (!grant_has_vesting (grant) && missing++ == 0)
              first = i;
          }
        if (n_grants > 0)
          *figure = index_key ("grants", missing > 0 ? first : 0, ".vesting");
        if (missing == 1)
          {
            g_autofree char *grant = describe_grant (offer, first);
            /* TRANSLATORS: %s is a grant, "the grant “New-hire RSUs”". */
            *why = g_strdup_printf (_("The offer does not say how %s vests"), grant);
          }
        else if (missing > 1)
          *why = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "The offer does not say how %u grant vests",
                                               "The offer does not say how %u grants vest",
                                               missing),
                                  missing);
      }
      break;

    case TOPIC_DILUTION:
      *figure = g_strdup ("company_equity.dilution_percent");
      if (is_private (offer) && offer->dilution < 0)
        *why = g_strdup (_("A private company, and no dilution until an exit is assumed"));
      break;

    case TOPIC_PAY_BANDS:
      /* Nothing in the offer's figures says how pay is set, so the gap is
       * filled by answering the question (or saying it does not apply). */
      if (offer->work_mode == OW_WORK_MODE_REMOTE && !status_settled (builder_item (b, "pay_bands")))
        *why = g_strdup (_("A remote role, and how location affects its pay is not known"));
      break;

    case TOPIC_REFRESHER_POLICY:
      *figure = g_strdup ("refreshers.annual_value");
      break;

    case TOPIC_BONUS_HISTORY:
      /* A bonus counts at its target times the expected payout; that
       * payout is history only when it was researched (peers, reports,
       * the company's own figures), not a letter's target or a guess. */
      *figure = g_strdup ("bonus.expected_payout_percent");
      if (offer->bonus_target > 0 &&
          ow_checklist_source_in_effect (offer, "bonus.expected_payout_percent") != OW_SOURCE_RESEARCHED)
        *why = g_strdup (_("The bonus counts at an expected payout that no payout history backs"));
      break;

    case TOPIC_CLAWBACK:
      {
        guint n = g_list_model_get_n_items (sign_ons);

        for (guint i = 0; i < n && *why == NULL; i++)
          {
            g_autoptr(OwSignOn) s = g_list_model_get_item (sign_ons, i);

            if (sign_on_clawback_unclear (s))
              {
                g_autofree char *sign_on = describe_sign_on (offer, i);

                *figure = index_key ("sign_on", i, ".clawback_months");
                /* TRANSLATORS: %s is a sign-on payment, "the sign-on payment". */
                *why = g_strdup_printf (_("The offer does not say whether %s is paid back on leaving early"),
                                        sign_on);
              }
          }
        if (*figure == NULL && n > 0)
          *figure = g_strdup ("sign_on[0].clawback_months");
      }
      break;

    case TOPIC_FULLY_DILUTED_SHARES:
      *figure = g_strdup ("company_equity.fully_diluted_shares");
      if (offer->fully_diluted_shares <= 0 && n_grants > 0)
        {
          gboolean options = FALSE;

          for (guint i = 0; i < n_grants && !options; i++)
            {
              g_autoptr(OwGrant) grant = g_list_model_get_item (grants, i);
              options = grant->kind == OW_GRANT_KIND_OPTION;
            }
          if (options)
            *why = g_strdup (_("Options without the fully diluted share count are a number without a share of the company"));
          else if (is_private (offer))
            *why = g_strdup (_("Private-company equity without the fully diluted share count"));
        }
      break;

    case TOPIC_VALUATION_409A:
      /* A private company's options are priced at the 409A valuation. */
      for (guint i = 0; i < n_grants && *figure == NULL; i++)
        {
          g_autoptr(OwGrant) grant = g_list_model_get_item (grants, i);

          if (grant->kind == OW_GRANT_KIND_OPTION)
            *figure = index_key ("grants", i, ".share_price");
        }
      break;

    case TOPIC_COMPENSATION_REVIEW:
    case TOPIC_FIRST_SIX_MONTHS:
    case TOPIC_SCOPE:
    case TOPIC_EXERCISE_WINDOW:
    case TOPIC_ACCELERATION:
    case N_STANDARD_TOPICS:
    default:
      break;
    }
}

static gboolean
is_standard_topic (const char *topic)
{
  for (guint i = 0; i < N_STANDARD_TOPICS; i++)
    if (g_str_equal (topic, standard_questions[i].topic))
      return TRUE;
  return FALSE;
}

/* Topics of raised-only questions, listed or not. */
static gboolean
is_raised_topic (const char *topic)
{
  return (g_str_has_prefix (topic, TOPIC_SOURCE) && topic[strlen (TOPIC_SOURCE)] != '\0') ||
         (g_str_has_prefix (topic, TOPIC_STRIKE "grants[") && g_str_has_suffix (topic, "]"));
}

static void
add_strike_questions (Builder *b)
{
  OwOffer *offer = b->offer;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (offer->grants));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwGrant) grant = g_list_model_get_item (G_LIST_MODEL (offer->grants), i);
      g_autofree char *topic = NULL;
      g_autofree char *grant_text = NULL;
      g_autofree char *question = NULL;

      /* An option's worth is the price above its strike; a strike of 0
       * is what the format keeps when none was given. */
      if (grant->kind != OW_GRANT_KIND_OPTION || grant->strike_price > 0)
        continue;

      topic = index_key (TOPIC_STRIKE "grants", i, "");
      grant_text = describe_grant (offer, i);
      /* TRANSLATORS: %s is a grant, "the grant “ISO options”". */
      question = g_strdup_printf (_("What is the strike price of %s?"), grant_text);
      builder_add (b, topic, question, g_strdup (_("The offer gives options without a strike price")),
                   index_key ("grants", i, ".strike_price"), OW_CHECKLIST_KIND_RAISED, builder_item (b, topic));
    }
}

static void
add_source_questions (Builder *b)
{
  OwOffer *offer = b->offer;

  for (guint i = 0; i < offer->sources->len; i++)
    {
      const OwSourceEntry *e = &g_array_index (offer->sources, OwSourceEntry, i);
      g_autofree char *topic = NULL;
      g_autofree char *figure = NULL;
      g_autofree char *text = NULL;
      g_autofree char *question = NULL;
      char *why;

      if (e->source != OW_SOURCE_VERBAL && e->source != OW_SOURCE_ASSUMED)
        continue;

      topic = g_strconcat (TOPIC_SOURCE, e->key, NULL);
      if (g_hash_table_contains (b->listed, topic))
        continue;
      figure = normalize_key (e->key);
      text = describe_figure (offer, figure);
      /* A hand-written key may name nothing the offer has: then there is
       * no figure to offer to update. */
      {
        g_autoptr(OwNode) node = NULL;
        GParamSpec *pspec;

        if (!ow_checklist_find_figure (offer, figure, &node, &pspec))
          g_clear_pointer (&figure, g_free);
      }
      if (e->source == OW_SOURCE_VERBAL)
        {
          /* TRANSLATORS: %s is a figure, "the base salary". */
          question = g_strdup_printf (_("Can you confirm %s in writing?"), text);
          /* TRANSLATORS: %s is a figure, "the base salary". */
          why = g_strdup_printf (_("Given only verbally: %s"), text);
        }
      else
        {
          /* TRANSLATORS: %s is a figure, "the expected refreshers". */
          question = g_strdup_printf (_("Can you confirm %s?"), text);
          /* TRANSLATORS: %s is a figure, "the expected refreshers". */
          why = g_strdup_printf (_("Only an assumption so far: %s"), text);
        }
      builder_add (b, topic, question, why, g_steal_pointer (&figure), OW_CHECKLIST_KIND_RAISED,
                   builder_item (b, topic));
    }
}

/**
 * ow_checklist_build:
 * @document: (nullable): the document OFFER belongs to (the rules use
 *   only the offer today)
 *
 * The offer's checklist as it stands: the standard questions in their
 * order (raised ones with their reason), then the raised-only questions
 * (strike prices by grant, then unconfirmed figures in the order of the
 * offer's sources), then the person's own questions in their stored order.
 *
 * Returns: (transfer full) (element-type OwChecklistEntry): the entries
 */
GPtrArray *
ow_checklist_build (OwDocument *document,
                    OwOffer    *offer)
{
  g_autoptr(GHashTable) items = NULL;
  g_autoptr(GHashTable) listed = NULL;
  GListModel *stored;
  Builder b;
  guint n;

  g_return_val_if_fail (document == NULL || OW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);

  items = g_hash_table_new (g_str_hash, g_str_equal);
  listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b.offer = offer;
  b.items = items;
  b.listed = listed;
  b.entries = g_ptr_array_new_with_free_func ((GDestroyNotify) ow_checklist_entry_free);

  stored = G_LIST_MODEL (offer->checklist);
  n = g_list_model_get_n_items (stored);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwChecklistItem) item = g_list_model_get_item (stored, i);

      /* The list holds a reference, so the table may borrow. */
      if (*item->topic != '\0' && !g_hash_table_contains (items, item->topic))
        g_hash_table_insert (items, item->topic, item);
    }

  for (guint t = 0; t < N_STANDARD_TOPICS; t++)
    {
      const char *topic = standard_questions[t].topic;
      char *why, *figure;

      standard_gap (&b, (StandardTopic) t, &why, &figure);
      builder_add (&b, topic, _(standard_questions[t].question), why, figure,
                   why != NULL ? OW_CHECKLIST_KIND_RAISED : OW_CHECKLIST_KIND_STANDARD,
                   builder_item (&b, topic));
    }

  add_strike_questions (&b);
  add_source_questions (&b);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwChecklistItem) item = g_list_model_get_item (stored, i);
      const char *topic = item->topic;

      /* A known topic is listed above, or its gap is filled and it waits,
       * kept, until the gap opens again. */
      if (*topic != '\0' && (is_standard_topic (topic) || is_raised_topic (topic)))
        continue;
      builder_add (&b, topic, item->question, NULL, NULL, OW_CHECKLIST_KIND_OWN, item);
    }

  return b.entries;
}

OwChecklistStatus
ow_checklist_entry_get_status (const OwChecklistEntry *entry)
{
  g_return_val_if_fail (entry != NULL, OW_CHECKLIST_STATUS_OPEN);
  return entry->item != NULL ? entry->item->status : OW_CHECKLIST_STATUS_OPEN;
}

const char *
ow_checklist_entry_get_answer (const OwChecklistEntry *entry)
{
  g_return_val_if_fail (entry != NULL, "");
  return entry->item != NULL ? entry->item->answer : "";
}

/**
 * ow_checklist_count_open:
 *
 * Returns: how many questions of OFFER's checklist are still open (not
 *   asked, answered or marked as not applicable), for badges
 */
guint
ow_checklist_count_open (OwDocument *document,
                         OwOffer    *offer)
{
  g_autoptr(GPtrArray) entries = NULL;
  guint count = 0;

  g_return_val_if_fail (document == NULL || OW_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (OW_IS_OFFER (offer), 0);

  entries = ow_checklist_build (document, offer);
  for (guint i = 0; i < entries->len; i++)
    if (ow_checklist_entry_get_status (g_ptr_array_index (entries, i)) == OW_CHECKLIST_STATUS_OPEN)
      count++;
  return count;
}

/**
 * ow_checklist_entry_new_item:
 *
 * The stored item for a built-in question that has none yet: its topic,
 * and its text as shown.  The caller sets the status or answer and adds
 * it to the offer's checklist (through the history, so it can be undone).
 *
 * Returns: (transfer full): a new item
 */
OwChecklistItem *
ow_checklist_entry_new_item (const OwChecklistEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  g_return_val_if_fail (entry->topic != NULL && *entry->topic != '\0', NULL);

  return ow_checklist_item_new_for_topic (entry->topic, entry->question);
}

/**
 * ow_checklist_find_item:
 *
 * Returns: (transfer none) (nullable): the stored item of TOPIC (the first
 *   when there are several), or %NULL
 */
OwChecklistItem *
ow_checklist_find_item (OwOffer    *offer,
                        const char *topic)
{
  guint n;

  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (topic != NULL && *topic != '\0', NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (offer->checklist));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwChecklistItem) item = g_list_model_get_item (G_LIST_MODEL (offer->checklist), i);

      if (g_str_equal (item->topic, topic))
        return item;
    }
  return NULL;
}
