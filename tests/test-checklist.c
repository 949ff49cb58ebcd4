/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The checklist of an offer: the standard questions, the questions raised
 * by what an offer leaves unclear (each rule with its gap open and filled),
 * the person's own questions, and the "topic" key through save, load, copy
 * and undo. */
#define G_LOG_DOMAIN "test-checklist"

#include "config.h"

#include <string.h>

#include "ow-checklist.h"
#include "ow-history.h"

#define DOC_HEAD "{ \"format\": \"offer-workbench\", \"version\": 1, \"offers\": [ "
#define DOC_TAIL " ] }"

/* An offer with no gap at all: a salary band, on site, an established
 * company, no bonus, sign-on, grant or source. */
#define CLEAN_OFFER "\"id\": \"a\", \"start_date\": \"2027-01-04\", \"base_salary\": 150000, " \
                    "\"salary_band\": { \"min\": 140000, \"max\": 170000 }"

static const char *const standard_topics[] = {
  "salary_band", "compensation_review", "vesting_schedule", "dilution", "first_six_months", "scope",
  "pay_bands", "refresher_policy", "bonus_history", "clawback", "exercise_window",
  "fully_diluted_shares", "valuation_409a", "acceleration",
};

static OwDocument *
load (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OwDocument) document = ow_document_new ();

  if (!ow_document_load_data (document, json, strlen (json), "test.offers", &error))
    g_error ("test document did not load: %s\n%s", error->message, json);
  return g_steal_pointer (&document);
}

/* A document of one offer: MEMBERS after the clean offer's, and the band
 * left out when NO_BAND. */
static OwDocument *
load_offer (const char *members,
            gboolean    no_band)
{
  g_autofree char *json = NULL;

  if (no_band)
    json = g_strdup_printf (DOC_HEAD "{ \"id\": \"a\", \"start_date\": \"2027-01-04\", \"base_salary\": 150000%s%s }"
                            DOC_TAIL, *members ? ", " : "", members);
  else
    json = g_strdup_printf (DOC_HEAD "{ " CLEAN_OFFER "%s%s }" DOC_TAIL, *members ? ", " : "", members);
  return load (json);
}

static const OwChecklistEntry *
find_entry (GPtrArray  *entries,
            const char *topic)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const OwChecklistEntry *e = g_ptr_array_index (entries, i);
      if (g_str_equal (e->topic, topic))
        return e;
    }
  return NULL;
}

static guint
count_kind (GPtrArray       *entries,
            OwChecklistKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < entries->len; i++)
    if (((const OwChecklistEntry *) g_ptr_array_index (entries, i))->kind == kind)
      n++;
  return n;
}

static GPtrArray *
build (OwDocument *document)
{
  return ow_checklist_build (document, ow_document_get_offer (document, 0));
}

/* Standard questions ------------------------------------------------------- */

static void
test_standard_always (void)
{
  g_autoptr(OwDocument) clean = load_offer ("", FALSE);
  g_autoptr(GPtrArray) entries = build (clean);

  /* An offer with no gap: the 14 standard questions, in order, none
   * raised, all open. */
  g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (standard_topics));
  for (guint i = 0; i < G_N_ELEMENTS (standard_topics); i++)
    {
      const OwChecklistEntry *e = g_ptr_array_index (entries, i);

      g_assert_cmpstr (e->topic, ==, standard_topics[i]);
      g_assert_cmpint (e->kind, ==, OW_CHECKLIST_KIND_STANDARD);
      g_assert_null (e->why);
      g_assert_null (e->item);
      g_assert_true (e->question != NULL && g_str_has_suffix (e->question, "?"));
      g_assert_cmpint (ow_checklist_entry_get_status (e), ==, OW_CHECKLIST_STATUS_OPEN);
      g_assert_cmpstr (ow_checklist_entry_get_answer (e), ==, "");
    }
  g_assert_cmpstr (((OwChecklistEntry *) g_ptr_array_index (entries, 0))->question, ==,
                   "What is the salary band for this role?");
  g_assert_cmpuint (ow_checklist_count_open (clean, ow_document_get_offer (clean, 0)), ==, 14);

  /* With every gap open the standard questions are all still there, once
   * each. */
  {
    g_autoptr(OwDocument) gappy = load_offer (
      "\"work_mode\": \"remote\", \"company_stage\": \"startup\", \"bonus\": { \"target_percent\": 10 },"
      "\"sign_on\": [ { \"amount\": 10000 } ],"
      "\"grants\": [ { \"kind\": \"option\", \"units\": 1000, \"share_price\": 5 } ],"
      "\"sources\": { \"base_salary\": \"verbal\" }", TRUE);
    g_autoptr(GPtrArray) all = build (gappy);

    for (guint i = 0; i < G_N_ELEMENTS (standard_topics); i++)
      {
        guint seen = 0;

        for (guint j = 0; j < all->len; j++)
          if (g_str_equal (((OwChecklistEntry *) g_ptr_array_index (all, j))->topic, standard_topics[i]))
            seen++;
        g_assert_cmpuint (seen, ==, 1);
      }
    /* 14 standard + strike price of the option + the verbal base salary. */
    g_assert_cmpuint (all->len, ==, 16);
  }
}

/* Gap rules ------------------------------------------------------------------ */

typedef struct
{
  const char *name;
  const char *topic;
  gboolean    standard;   /* the topic is a standard question (raised, not added) */
  const char *gap;        /* offer members that open the gap */
  gboolean    gap_no_band;
  const char *filled;     /* the same offer with the gap filled */
  gboolean    filled_no_band;
  const char *figure;     /* the entry's figure while raised */
  const char *question;   /* the raised question's text, or NULL for the standard one */
} GapCase;

#define VESTED "\"vesting\": { \"months\": 48, \"cliff_months\": 12, \"every_months\": 1 }"

static const GapCase gap_cases[] = {
  { "no-salary-band", "salary_band", TRUE,
    "", TRUE,
    "", FALSE,
    "salary_band", NULL },
  { "grant-without-vesting", "vesting_schedule", TRUE,
    "\"grants\": [ { \"name\": \"New-hire RSUs\", \"units\": 1000, \"share_price\": 10 } ]", FALSE,
    "\"grants\": [ { \"name\": \"New-hire RSUs\", \"units\": 1000, \"share_price\": 10, " VESTED " } ]", FALSE,
    "grants[0].vesting", NULL },
  /* What the application writes back for a grant whose schedule was never
   * given: months and every_months, no cliff.  Still unclear. */
  { "grant-with-saved-default-vesting", "vesting_schedule", TRUE,
    "\"grants\": [ { \"value\": 1000, \"vesting\": { \"months\": 48, \"every_months\": 1 } } ]", FALSE,
    "\"grants\": [ { \"value\": 1000, \"vesting\": { \"months\": 36, \"every_months\": 1 } } ]", FALSE,
    "grants[0].vesting", NULL },
  { "second-grant-without-vesting", "vesting_schedule", TRUE,
    "\"grants\": [ { \"value\": 1000, " VESTED " }, { \"value\": 500 } ]", FALSE,
    "\"grants\": [ { \"value\": 1000, " VESTED " }, { \"value\": 500, \"vesting\": { \"cliff_months\": 0 } } ]", FALSE,
    "grants[1].vesting", NULL },
  { "option-without-strike", "strike_price:grants[0]", FALSE,
    "\"grants\": [ { \"name\": \"ISOs\", \"kind\": \"option\", \"units\": 1000, \"share_price\": 5, " VESTED " } ],"
    "\"company_equity\": { \"fully_diluted_shares\": 1000000 }", FALSE,
    "\"grants\": [ { \"name\": \"ISOs\", \"kind\": \"option\", \"units\": 1000, \"share_price\": 5, \"strike_price\": 1, "
    VESTED " } ], \"company_equity\": { \"fully_diluted_shares\": 1000000 }", FALSE,
    "grants[0].strike_price", "What is the strike price of the grant “ISOs”?" },
  { "option-without-share-count", "fully_diluted_shares", TRUE,
    "\"grants\": [ { \"kind\": \"option\", \"units\": 1000, \"strike_price\": 1, " VESTED " } ]", FALSE,
    "\"grants\": [ { \"kind\": \"option\", \"units\": 1000, \"strike_price\": 1, " VESTED " } ],"
    "\"company_equity\": { \"fully_diluted_shares\": 1000000 }", FALSE,
    "company_equity.fully_diluted_shares", NULL },
  { "private-rsus-without-share-count", "fully_diluted_shares", TRUE,
    "\"company_stage\": \"growth\", \"company_equity\": { \"dilution_percent\": 20 },"
    "\"grants\": [ { \"units\": 1000, " VESTED " } ]", FALSE,
    "\"company_stage\": \"growth\", \"company_equity\": { \"dilution_percent\": 20, \"fully_diluted_shares\": 5000000 },"
    "\"grants\": [ { \"units\": 1000, " VESTED " } ]", FALSE,
    "company_equity.fully_diluted_shares", NULL },
  { "startup-without-dilution", "dilution", TRUE,
    "\"company_stage\": \"startup\"", FALSE,
    "\"company_stage\": \"startup\", \"company_equity\": { \"dilution_percent\": 30 }", FALSE,
    "company_equity.dilution_percent", NULL },
  { "growth-without-dilution", "dilution", TRUE,
    "\"company_stage\": \"growth\", \"company_equity\": { \"fully_diluted_shares\": 1000 }", FALSE,
    /* 0 % is an assumption too: that nothing dilutes. */
    "\"company_stage\": \"growth\", \"company_equity\": { \"fully_diluted_shares\": 1000, \"dilution_percent\": 0 }", FALSE,
    "company_equity.dilution_percent", NULL },
  { "bonus-without-payout-history", "bonus_history", TRUE,
    "\"bonus\": { \"target_percent\": 10 }", FALSE,
    "\"bonus\": { \"target_percent\": 10, \"expected_payout_percent\": 90 },"
    "\"sources\": { \"bonus.expected_payout_percent\": \"researched\" }", FALSE,
    "bonus.expected_payout_percent", NULL },
  /* The letter gives the target, not what was paid. */
  { "bonus-from-the-letter-only", "bonus_history", TRUE,
    "\"bonus\": { \"target_percent\": 10 }, \"sources\": { \"bonus\": \"letter\" }", FALSE,
    "\"bonus\": { \"target_percent\": 10 }, \"sources\": { \"bonus\": \"researched\" }", FALSE,
    "bonus.expected_payout_percent", NULL },
  { "sign-on-without-clawback", "clawback", TRUE,
    "\"sign_on\": [ { \"amount\": 20000, \"clawback_months\": 12 }, { \"amount\": 10000, \"month\": 12 } ]", FALSE,
    "\"sign_on\": [ { \"amount\": 20000, \"clawback_months\": 12 }, { \"amount\": 10000, \"month\": 12, "
    "\"clawback_months\": 6, \"clawback\": \"full\" } ]", FALSE,
    "sign_on[1].clawback_months", NULL },
  { "sign-on-said-to-have-no-clawback", "clawback", TRUE,
    "\"sign_on\": [ { \"amount\": 20000 } ]", FALSE,
    "\"sign_on\": [ { \"amount\": 20000, \"clawback\": \"none\" } ]", FALSE,
    "sign_on[0].clawback_months", NULL },
  { "verbal-figure", "source:base_salary", FALSE,
    "\"sources\": { \"base_salary\": \"verbal\" }", FALSE,
    "\"sources\": { \"base_salary\": \"letter\" }", FALSE,
    "base_salary", "Can you confirm the base salary in writing?" },
  { "assumed-figure", "source:refreshers", FALSE,
    "\"refreshers\": { \"annual_value\": 20000 }, \"sources\": { \"refreshers\": \"assumed\" }", FALSE,
    "\"refreshers\": { \"annual_value\": 20000 }, \"sources\": { \"refreshers\": \"researched\" }", FALSE,
    "refreshers", "Can you confirm the expected refreshers?" },
  { "verbal-grant-figure", "source:grants[0].share_price", FALSE,
    "\"grants\": [ { \"name\": \"RSUs\", \"units\": 100, \"share_price\": 50, " VESTED " } ],"
    "\"sources\": { \"grants[0].share_price\": \"verbal\" }", FALSE,
    "\"grants\": [ { \"name\": \"RSUs\", \"units\": 100, \"share_price\": 50, " VESTED " } ]", FALSE,
    "grants[0].share_price", "Can you confirm the share price of the grant “RSUs” in writing?" },
  /* Keys inside company_equity may leave the prefix out. */
  { "assumed-short-key", "source:dilution_percent", FALSE,
    "\"company_equity\": { \"dilution_percent\": 20 }, \"sources\": { \"dilution_percent\": \"assumed\" }", FALSE,
    "\"company_equity\": { \"dilution_percent\": 20 }", FALSE,
    "company_equity.dilution_percent", "Can you confirm the expected dilution?" },
  { "remote-without-pay-band-policy", "pay_bands", TRUE,
    "\"work_mode\": \"remote\", \"checklist\": [ { \"question\": \"Bands?\", \"status\": \"asked\", "
    "\"topic\": \"pay_bands\" } ]", FALSE,
    "\"work_mode\": \"remote\", \"checklist\": [ { \"question\": \"Bands?\", \"status\": \"answered\", "
    "\"answer\": \"One national band\", \"topic\": \"pay_bands\" } ]", FALSE,
    NULL, NULL },
  { "remote-pay-bands-not-applicable", "pay_bands", TRUE,
    "\"work_mode\": \"remote\"", FALSE,
    "\"work_mode\": \"remote\", \"checklist\": [ { \"question\": \"Bands?\", \"status\": \"not_applicable\", "
    "\"topic\": \"pay_bands\" } ]", FALSE,
    NULL, NULL },
};

static void
test_gap (gconstpointer data)
{
  const GapCase *c = data;
  g_autoptr(OwDocument) with_gap = load_offer (c->gap, c->gap_no_band);
  g_autoptr(OwDocument) filled = load_offer (c->filled, c->filled_no_band);
  g_autoptr(GPtrArray) open = build (with_gap);
  g_autoptr(GPtrArray) closed = build (filled);
  const OwChecklistEntry *e;

  /* The gap raises the question, with its reason and figure. */
  e = find_entry (open, c->topic);
  g_assert_nonnull (e);
  g_assert_cmpint (e->kind, ==, OW_CHECKLIST_KIND_RAISED);
  g_assert_true (e->why != NULL && *e->why != '\0');
  g_assert_cmpstr (e->figure, ==, c->figure);
  if (c->question != NULL)
    g_assert_cmpstr (e->question, ==, c->question);
  if (e->figure != NULL)
    {
      g_autoptr(OwNode) node = NULL;
      GParamSpec *pspec = NULL;

      g_assert_true (ow_checklist_find_figure (ow_document_get_offer (with_gap, 0), e->figure, &node, &pspec));
    }

  /* Filled, it is no longer raised: a standard question goes back to
   * being one, a raised-only question goes. */
  e = find_entry (closed, c->topic);
  if (c->standard)
    {
      g_assert_nonnull (e);
      g_assert_cmpint (e->kind, ==, OW_CHECKLIST_KIND_STANDARD);
      g_assert_null (e->why);
    }
  else
    g_assert_null (e);
  g_assert_cmpuint (count_kind (closed, OW_CHECKLIST_KIND_RAISED), ==,
                    count_kind (open, OW_CHECKLIST_KIND_RAISED) - 1);
}

/* The reasons name what is missing. */
static void
test_reasons (void)
{
  g_autoptr(OwDocument) doc = load_offer (
    "\"grants\": [ { \"name\": \"RSUs\", \"value\": 1000 }, { \"value\": 500 }, { \"value\": 200, " VESTED " } ],"
    "\"sign_on\": [ { \"amount\": 5000 } ],"
    "\"sources\": { \"bonus\": \"verbal\", \"grants\": \"assumed\", \"sign_on[0]\": \"verbal\","
    " \"no_such_figure\": \"verbal\", \"base_salary\": \"letter\" }", TRUE);
  g_autoptr(GPtrArray) entries = build (doc);

  g_assert_cmpstr (find_entry (entries, "salary_band")->why, ==, "The offer gives no salary band");
  /* Two grants of three say nothing of their vesting; the figure is the
   * first of them. */
  g_assert_cmpstr (find_entry (entries, "vesting_schedule")->why, ==, "The offer does not say how 2 grants vest");
  g_assert_cmpstr (find_entry (entries, "vesting_schedule")->figure, ==, "grants[0].vesting");
  g_assert_cmpstr (find_entry (entries, "clawback")->why, ==,
                   "The offer does not say whether the sign-on payment is paid back on leaving early");

  /* One question per unconfirmed figure, in the order of the sources;
   * the figure given by letter raises none. */
  g_assert_cmpstr (find_entry (entries, "source:bonus")->question, ==, "Can you confirm the bonus in writing?");
  g_assert_cmpstr (find_entry (entries, "source:bonus")->why, ==, "Given only verbally: the bonus");
  g_assert_cmpstr (find_entry (entries, "source:grants")->question, ==, "Can you confirm the equity grants?");
  g_assert_cmpstr (find_entry (entries, "source:grants")->why, ==, "Only an assumption so far: the equity grants");
  g_assert_cmpstr (find_entry (entries, "source:sign_on[0]")->question, ==,
                   "Can you confirm the sign-on payment in writing?");
  g_assert_cmpstr (find_entry (entries, "source:no_such_figure")->question, ==,
                   "Can you confirm the figure “no_such_figure” in writing?");
  /* A key that names no figure of the offer gives none to update. */
  g_assert_null (find_entry (entries, "source:no_such_figure")->figure);
  g_assert_cmpstr (find_entry (entries, "source:sign_on[0]")->figure, ==, "sign_on[0]");
  g_assert_null (find_entry (entries, "source:base_salary"));

  /* 14 standard + 4 sources; no option, so no strike question. */
  g_assert_cmpuint (entries->len, ==, 18);
  g_assert_cmpstr (((OwChecklistEntry *) g_ptr_array_index (entries, 14))->topic, ==, "source:bonus");
  g_assert_cmpstr (((OwChecklistEntry *) g_ptr_array_index (entries, 17))->topic, ==, "source:no_such_figure");
}

/* Own questions and stored statuses ---------------------------------------------- */

static void
test_own_questions_stay (void)
{
  const char *members =
    "\"checklist\": [ { \"question\": \"Is the team hiring more?\", \"status\": \"asked\" },"
    " { \"question\": \"Desk or hot-desking?\", \"status\": \"answered\", \"answer\": \"A desk\" } ]";
  g_autoptr(OwDocument) clean = load_offer (members, FALSE);
  g_autoptr(GPtrArray) entries = build (clean);
  g_autofree char *gappy_members = g_strconcat ("\"work_mode\": \"remote\", \"sources\": { \"base_salary\": \"verbal\" }, ",
                                                members, NULL);
  g_autoptr(OwDocument) gappy = load_offer (gappy_members, TRUE);
  g_autoptr(GPtrArray) more = build (gappy);
  const OwChecklistEntry *e;

  /* Last, in their stored order, whatever the gaps. */
  g_assert_cmpuint (entries->len, ==, 16);
  e = g_ptr_array_index (entries, 14);
  g_assert_cmpint (e->kind, ==, OW_CHECKLIST_KIND_OWN);
  g_assert_cmpstr (e->topic, ==, "");
  g_assert_cmpstr (e->question, ==, "Is the team hiring more?");
  g_assert_cmpint (ow_checklist_entry_get_status (e), ==, OW_CHECKLIST_STATUS_ASKED);
  e = g_ptr_array_index (entries, 15);
  g_assert_cmpstr (e->question, ==, "Desk or hot-desking?");
  g_assert_cmpstr (ow_checklist_entry_get_answer (e), ==, "A desk");
  g_assert_null (e->figure);
  g_assert_null (e->why);

  g_assert_cmpuint (more->len, ==, 17);
  g_assert_cmpstr (((OwChecklistEntry *) g_ptr_array_index (more, 15))->question, ==, "Is the team hiring more?");
  g_assert_cmpstr (((OwChecklistEntry *) g_ptr_array_index (more, 16))->question, ==, "Desk or hot-desking?");

  /* Only the 14 standard questions are open: both own ones are not. */
  g_assert_cmpuint (ow_checklist_count_open (clean, ow_document_get_offer (clean, 0)), ==, 14);
}

static void
test_stored_status (void)
{
  g_autoptr(OwDocument) doc = load_offer (
    "\"checklist\": [ { \"question\": \"What is the salary band for this role?\", \"status\": \"asked\","
    " \"topic\": \"salary_band\" },"
    " { \"question\": \"Old text\", \"status\": \"answered\", \"answer\": \"Yearly\", \"topic\": \"compensation_review\" },"
    " { \"question\": \"Again\", \"status\": \"not_applicable\", \"topic\": \"compensation_review\" } ]", TRUE);
  OwOffer *offer = ow_document_get_offer (doc, 0);
  g_autoptr(GPtrArray) entries = build (doc);
  const OwChecklistEntry *band = find_entry (entries, "salary_band");
  const OwChecklistEntry *review = find_entry (entries, "compensation_review");

  /* The stored item holds the status of a question that is still raised. */
  g_assert_cmpint (band->kind, ==, OW_CHECKLIST_KIND_RAISED);
  g_assert_nonnull (band->item);
  g_assert_cmpint (ow_checklist_entry_get_status (band), ==, OW_CHECKLIST_STATUS_ASKED);

  /* The question is shown in this version's words; the first of two items
   * with one topic is the one used, and the second is not listed. */
  g_assert_cmpstr (review->question, ==, "How often are compensation reviews conducted?");
  g_assert_cmpstr (ow_checklist_entry_get_answer (review), ==, "Yearly");
  g_assert_true (review->item == ow_checklist_find_item (offer, "compensation_review"));
  g_assert_cmpuint (entries->len, ==, 14);

  /* 14 questions, 2 not open. */
  g_assert_cmpuint (ow_checklist_count_open (doc, offer), ==, 12);
}

/* A raised question's stored status is kept while the gap is filled and
 * comes back with it. */
static void
test_filled_gap_keeps_item (void)
{
  g_autoptr(OwDocument) doc = load_offer (
    "\"sources\": { \"base_salary\": \"verbal\" },"
    "\"checklist\": [ { \"question\": \"Can you confirm the base salary in writing?\", \"status\": \"asked\","
    " \"answer\": \"Recruiter will send it\", \"topic\": \"source:base_salary\" } ]", FALSE);
  OwOffer *offer = ow_document_get_offer (doc, 0);
  g_autofree char *saved = NULL;

  {
    g_autoptr(GPtrArray) entries = build (doc);
    const OwChecklistEntry *e = find_entry (entries, "source:base_salary");

    g_assert_nonnull (e);
    g_assert_cmpstr (ow_checklist_entry_get_answer (e), ==, "Recruiter will send it");
  }

  ow_offer_set_source (offer, "base_salary", OW_SOURCE_LETTER);
  {
    g_autoptr(GPtrArray) entries = build (doc);

    g_assert_null (find_entry (entries, "source:base_salary"));
    g_assert_cmpuint (entries->len, ==, 14);
  }
  /* Still in the document and in the file. */
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_checklist (offer)), ==, 1);
  saved = ow_document_to_data (doc, NULL);
  g_assert_nonnull (strstr (saved, "\"topic\": \"source:base_salary\""));
  g_assert_nonnull (strstr (saved, "Recruiter will send it"));

  ow_offer_set_source (offer, "base_salary", OW_SOURCE_ASSUMED);
  {
    g_autoptr(GPtrArray) entries = build (doc);
    const OwChecklistEntry *e = find_entry (entries, "source:base_salary");

    g_assert_nonnull (e);
    g_assert_cmpint (ow_checklist_entry_get_status (e), ==, OW_CHECKLIST_STATUS_ASKED);
    g_assert_cmpstr (e->question, ==, "Can you confirm the base salary?");
  }
}

/* The topic key ------------------------------------------------------------------- */

static void
test_topic_round_trip (void)
{
  g_autoptr(OwDocument) doc = load_offer (
    "\"checklist\": ["
    " { \"question\": \"Band?\", \"status\": \"answered\", \"answer\": \"140–170k\", \"topic\": \"salary_band\" },"
    " { \"question\": \"Is there a relocation package?\", \"status\": \"asked\", \"topic\": \"relocation_v9\" },"
    " { \"question\": \"Mine\", \"topic\": \"\" } ]", FALSE);
  g_autofree char *saved = ow_document_to_data (doc, NULL);
  g_autoptr(OwDocument) again = load (saved);
  g_autofree char *saved_again = ow_document_to_data (again, NULL);
  OwOffer *offer = ow_document_get_offer (again, 0);
  g_autoptr(OwChecklistItem) mine = g_list_model_get_item (ow_offer_get_checklist (offer), 2);
  g_autoptr(GPtrArray) entries = build (again);
  const OwChecklistEntry *unknown;

  /* Written back as read; an empty topic is not written at all. */
  g_assert_cmpstr (saved, ==, saved_again);
  g_assert_nonnull (strstr (saved, "\"topic\": \"salary_band\""));
  g_assert_nonnull (strstr (saved, "\"topic\": \"relocation_v9\""));
  g_assert_null (strstr (saved, "\"topic\": \"\""));
  g_assert_cmpstr (ow_checklist_item_get_topic (mine), ==, "");

  g_assert_cmpstr (ow_checklist_entry_get_answer (find_entry (entries, "salary_band")), ==, "140–170k");
  /* A topic this version does not know is listed with its own text, like
   * the person's own questions. */
  unknown = find_entry (entries, "relocation_v9");
  g_assert_nonnull (unknown);
  g_assert_cmpint (unknown->kind, ==, OW_CHECKLIST_KIND_OWN);
  g_assert_cmpstr (unknown->question, ==, "Is there a relocation package?");
  g_assert_cmpuint (entries->len, ==, 16);

  /* A topic that is not text is a load error naming the place. */
  {
    const char *bad = DOC_HEAD "{ " CLEAN_OFFER ", \"checklist\": [ { \"question\": \"Q\", \"topic\": 3 } ] }" DOC_TAIL;
    g_autoptr(OwDocument) d = ow_document_new ();
    g_autoptr(GError) error = NULL;

    g_assert_false (ow_document_load_data (d, bad, strlen (bad), "t", &error));
    g_assert_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "offers[0].checklist[0].topic"));
  }
}

/* Copies (duplicate, revert) and undo keep the topic: the field table
 * carries it like every other key. */
static void
test_topic_copy_and_undo (void)
{
  g_autoptr(OwDocument) doc = load_offer ("", TRUE);
  OwOffer *offer = ow_document_get_offer (doc, 0);
  g_autoptr(OwHistory) history = ow_history_new (doc);
  g_autoptr(GPtrArray) entries = build (doc);
  g_autoptr(OwChecklistItem) item = ow_checklist_entry_new_item (find_entry (entries, "salary_band"));
  g_autoptr(GError) error = NULL;
  GListModel *list = ow_offer_get_checklist (offer);

  g_assert_cmpstr (ow_checklist_item_get_topic (item), ==, "salary_band");
  g_assert_cmpstr (ow_checklist_item_get_question (item), ==, "What is the salary band for this role?");

  g_object_set (item, "status", OW_CHECKLIST_STATUS_ASKED, NULL);
  g_assert_true (ow_history_insert (history, list, 0, item, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ow_checklist_count_open (doc, offer), ==, 13);

  {
    g_autoptr(OwOffer) copy = OW_OFFER (ow_node_dup (OW_NODE (offer)));
    g_autoptr(OwChecklistItem) copied = g_list_model_get_item (ow_offer_get_checklist (copy), 0);

    g_assert_cmpstr (ow_checklist_item_get_topic (copied), ==, "salary_band");
    g_assert_cmpuint (ow_checklist_count_open (NULL, copy), ==, 13);
  }

  g_assert_true (ow_history_set (history, item, &error, "topic", "compensation_review", NULL));
  g_assert_no_error (error);
  g_assert_nonnull (ow_checklist_find_item (offer, "compensation_review"));
  g_assert_true (ow_history_undo (history));
  g_assert_cmpstr (ow_checklist_item_get_topic (item), ==, "salary_band");
  g_assert_true (ow_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_cmpuint (ow_checklist_count_open (doc, offer), ==, 14);
  g_assert_true (ow_history_redo (history));
  g_assert_cmpuint (ow_checklist_count_open (doc, offer), ==, 13);
  {
    g_autoptr(GPtrArray) now = build (doc);

    g_assert_true (find_entry (now, "salary_band")->item == item);
  }
}

/* Figures ----------------------------------------------------------------------------- */

static void
assert_figure (OwOffer    *offer,
               const char *figure,
               GType       node_type,
               const char *property)
{
  g_autoptr(OwNode) node = NULL;
  GParamSpec *pspec = NULL;

  g_assert_true (ow_checklist_find_figure (offer, figure, &node, &pspec));
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (node, node_type));
  if (property != NULL)
    {
      g_assert_nonnull (pspec);
      g_assert_cmpstr (g_param_spec_get_name (pspec), ==, property);
    }
  else
    g_assert_null (pspec);
}

static void
assert_no_figure (OwOffer    *offer,
                  const char *figure)
{
  g_autoptr(OwNode) node = NULL;
  GParamSpec *pspec = NULL;

  g_assert_false (ow_checklist_find_figure (offer, figure, &node, &pspec));
  g_assert_null (node);
  g_assert_null (pspec);
}

static void
test_find_figure (void)
{
  g_autoptr(OwDocument) doc = load_offer (
    "\"grants\": [ { \"kind\": \"option\", \"units\": 10, \"strike_price\": 1, " VESTED " } ],"
    "\"sign_on\": [ { \"amount\": 100 } ],"
    "\"refreshers\": { \"annual_value\": 5, \"vesting\": { \"months\": 12 } },"
    "\"company_equity\": { \"exit_scenarios\": [ { \"label\": \"IPO\", \"valuation\": 1000, \"probability_percent\": 5 } ] }",
    FALSE);
  OwOffer *offer = ow_document_get_offer (doc, 0);

  assert_figure (offer, "base_salary", OW_TYPE_OFFER, "base-salary");
  assert_figure (offer, "annual_raise_percent", OW_TYPE_OFFER, "annual-raise-percent");
  assert_figure (offer, "salary_band", OW_TYPE_OFFER, NULL);
  assert_figure (offer, "salary_band.max", OW_TYPE_OFFER, "salary-band-max");
  assert_figure (offer, "bonus.target_percent", OW_TYPE_OFFER, "bonus-target-percent");
  assert_figure (offer, "bonus.expected_payout_percent", OW_TYPE_OFFER, "bonus-payout-percent");
  assert_figure (offer, "company_equity.dilution_percent", OW_TYPE_OFFER, "dilution-percent");
  assert_figure (offer, "dilution_percent", OW_TYPE_OFFER, "dilution-percent");
  assert_figure (offer, "company_equity.fully_diluted_shares", OW_TYPE_OFFER, "fully-diluted-shares");
  assert_figure (offer, "company_equity.exit_scenarios[0].valuation", OW_TYPE_EXIT_SCENARIO, "valuation");
  assert_figure (offer, "exit_scenarios[0]", OW_TYPE_EXIT_SCENARIO, NULL);
  assert_figure (offer, "refreshers.annual_value", OW_TYPE_OFFER, "refresher-value");
  assert_figure (offer, "refreshers.vesting.months", OW_TYPE_VESTING, "months");
  assert_figure (offer, "benefits.retirement_match_cap", OW_TYPE_OFFER, "retirement-match-cap");
  assert_figure (offer, "grants", OW_TYPE_OFFER, NULL);
  assert_figure (offer, "grants[0]", OW_TYPE_GRANT, NULL);
  assert_figure (offer, "grants[0].strike_price", OW_TYPE_GRANT, "strike-price");
  assert_figure (offer, "grants[0].vesting", OW_TYPE_VESTING, NULL);
  assert_figure (offer, "grants[0].vesting.cliff_months", OW_TYPE_VESTING, "cliff-months");
  assert_figure (offer, "sign_on[0].clawback_months", OW_TYPE_SIGN_ON, "clawback-months");

  assert_no_figure (offer, "grants[1].value");
  assert_no_figure (offer, "grants[0].no_such_key");
  assert_no_figure (offer, "grants[x]");
  assert_no_figure (offer, "grants[0");
  assert_no_figure (offer, "grants[-1]");
  assert_no_figure (offer, "grants[99999999999999999999]");
  assert_no_figure (offer, "sign_on[3]");
  assert_no_figure (offer, "bonus.no_such_key");
  assert_no_figure (offer, "no_such_key");
  assert_no_figure (offer, "base_salary.x");
  assert_no_figure (offer, "base_salary[0]");
  assert_no_figure (offer, "");
  assert_no_figure (offer, ".");
  assert_no_figure (offer, "a.b.c.d.e");
  assert_no_figure (offer, "[0]");
}

/* The example documents: every figure an entry names can be found, and
 * their checklists are what their figures say. */
static void
test_examples (void)
{
  static const char *const names[] = { "sample.offers", "cross-border.offers", "refreshers.offers" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", names[n], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(OwDocument) doc = ow_document_new_from_file (file, names[n], &error);

      g_assert_no_error (error);
      for (guint i = 0; i < ow_document_get_n_offers (doc); i++)
        {
          OwOffer *offer = ow_document_get_offer (doc, i);
          g_autoptr(GPtrArray) entries = ow_checklist_build (doc, offer);

          for (guint j = 0; j < entries->len; j++)
            {
              const OwChecklistEntry *e = g_ptr_array_index (entries, j);
              g_autoptr(OwNode) node = NULL;
              GParamSpec *pspec = NULL;

              if (e->figure != NULL)
                g_assert_true (ow_checklist_find_figure (offer, e->figure, &node, &pspec));
            }
        }
    }

  /* sample.offers, Cascadia Compute: public, hybrid, banded? no: no band;
   * a 15 % bonus whose payout is from the letter; both sign-ons have
   * clawbacks; the grant gives its schedule; refreshers "assumed". */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(OwDocument) doc = ow_document_new_from_file (file, "sample.offers", NULL);
    g_autoptr(GPtrArray) cascadia = ow_checklist_build (doc, ow_document_find_offer (doc, "cascadia-ml", NULL));
    g_autoptr(GPtrArray) lumen = ow_checklist_build (doc, ow_document_find_offer (doc, "lumen-research", NULL));

    g_assert_cmpint (find_entry (cascadia, "salary_band")->kind, ==, OW_CHECKLIST_KIND_RAISED);
    g_assert_cmpint (find_entry (cascadia, "bonus_history")->kind, ==, OW_CHECKLIST_KIND_RAISED);
    g_assert_cmpint (find_entry (cascadia, "clawback")->kind, ==, OW_CHECKLIST_KIND_STANDARD);
    g_assert_cmpint (find_entry (cascadia, "vesting_schedule")->kind, ==, OW_CHECKLIST_KIND_STANDARD);
    g_assert_cmpint (find_entry (cascadia, "pay_bands")->kind, ==, OW_CHECKLIST_KIND_STANDARD);
    g_assert_cmpstr (find_entry (cascadia, "source:refreshers")->question, ==, "Can you confirm the expected refreshers?");
    g_assert_cmpuint (count_kind (cascadia, OW_CHECKLIST_KIND_RAISED), ==, 3);

    /* Lumen Foundry: remote, growth stage, band given, options with a
     * strike, share count and dilution given. */
    g_assert_cmpint (find_entry (lumen, "pay_bands")->kind, ==, OW_CHECKLIST_KIND_RAISED);
    g_assert_cmpint (find_entry (lumen, "salary_band")->kind, ==, OW_CHECKLIST_KIND_STANDARD);
    g_assert_cmpint (find_entry (lumen, "dilution")->kind, ==, OW_CHECKLIST_KIND_STANDARD);
    g_assert_cmpint (find_entry (lumen, "fully_diluted_shares")->kind, ==, OW_CHECKLIST_KIND_STANDARD);
    g_assert_null (find_entry (lumen, "strike_price:grants[0]"));
    g_assert_cmpstr (find_entry (lumen, "valuation_409a")->figure, ==, "grants[0].share_price");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/checklist/standard-always", test_standard_always);
  for (guint i = 0; i < G_N_ELEMENTS (gap_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ow/checklist/gap/%s", gap_cases[i].name);
      g_test_add_data_func (path, &gap_cases[i], test_gap);
    }
  g_test_add_func ("/ow/checklist/reasons", test_reasons);
  g_test_add_func ("/ow/checklist/own-questions-stay", test_own_questions_stay);
  g_test_add_func ("/ow/checklist/stored-status", test_stored_status);
  g_test_add_func ("/ow/checklist/filled-gap-keeps-item", test_filled_gap_keeps_item);
  g_test_add_func ("/ow/checklist/topic-round-trip", test_topic_round_trip);
  g_test_add_func ("/ow/checklist/topic-copy-and-undo", test_topic_copy_and_undo);
  g_test_add_func ("/ow/checklist/find-figure", test_find_figure);
  g_test_add_func ("/ow/checklist/examples", test_examples);

  return g_test_run ();
}
