/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The negotiation log: revisions load and save back unchanged, a document
 * without them saves exactly as before, recording one is one undoable
 * step (also with the change it is recorded for), the log stays oldest
 * first, the changes between two sets of figures are listed key by key,
 * and a revision is valued like any offer, against the latest figures. */
#define G_LOG_DOMAIN "test-revision"

#include "config.h"

#include <string.h>

#include "ow-history.h"
#include "ow-revision.h"
#include "ow-valuation.h"

#define DOC_HEAD "{ \"format\": \"offer-workbench\", \"version\": 1, "

/* Acme's offer in euros, now at 195,000 after two rounds: received at
 * 180,000, countered at 210,000.  The rest stayed: a 15 % bonus, a 40,000
 * sign-on, a 400,000 grant counted in money that vests a quarter at the
 * one-year cliff and then monthly over four years.  Unknown keys inside a
 * revision and inside its figures must be kept. */
static const char log_document[] =
  DOC_HEAD "\"exchange_rates\": { \"EUR\": 1.08 }, \"offers\": ["
  " { \"id\": \"acme\", \"company\": \"Acme AI\", \"title\": \"ML Engineer\", \"currency\": \"EUR\","
  "   \"start_date\": \"2027-01-04\", \"base_salary\": 195000, \"bonus\": { \"target_percent\": 15 },"
  "   \"sign_on\": [ { \"amount\": 40000 } ], \"grants\": [ { \"name\": \"New hire\", \"value\": 400000 } ],"
  "   \"checklist\": [ { \"question\": \"Remote?\" } ], \"sources\": { \"base_salary\": \"letter\" },"
  "   \"revisions\": ["
  "     { \"date\": \"2026-11-20\", \"kind\": \"received\", \"note\": \"First call\", \"x_also_kept\": [1, 2],"
  "       \"offer\": { \"company\": \"Acme AI\", \"title\": \"ML Engineer\", \"currency\": \"EUR\","
  "         \"start_date\": \"2027-01-04\", \"base_salary\": 180000, \"bonus\": { \"target_percent\": 15 },"
  "         \"sign_on\": [ { \"amount\": 40000 } ], \"grants\": [ { \"name\": \"New hire\", \"value\": 400000 } ],"
  "         \"sources\": { \"base_salary\": \"verbal\" }, \"x_kept\": true } },"
  "     { \"date\": \"2026-11-24\", \"kind\": \"countered\","
  "       \"offer\": { \"company\": \"Acme AI\", \"title\": \"ML Engineer\", \"currency\": \"EUR\","
  "         \"start_date\": \"2027-01-04\", \"base_salary\": 210000, \"bonus\": { \"target_percent\": 15 },"
  "         \"sign_on\": [ { \"amount\": 40000 } ], \"grants\": [ { \"name\": \"New hire\", \"value\": 400000 } ] } } ] } ] }";

/* 48,000 RSUs at 10 and a 180,000 base, for the changes between figures. */
static const char units_document[] =
  DOC_HEAD "\"offers\": ["
  " { \"id\": \"acme\", \"company\": \"Acme AI\", \"start_date\": \"2027-01-04\", \"base_salary\": 180000,"
  "   \"grants\": [ { \"name\": \"New hire\", \"units\": 48000, \"share_price\": 10 } ],"
  "   \"checklist\": [ { \"question\": \"Remote?\" } ] } ] }";

static OwDocument *
load (const char *text)
{
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ow_document_load_data (document, text, strlen (text), "t.offers", &error));
  g_assert_no_error (error);
  return g_steal_pointer (&document);
}

static OwRevision *
revision_at (OwOffer *offer,
             guint    i)
{
  g_autoptr(OwRevision) revision = g_list_model_get_item (ow_offer_get_revisions (offer), i);

  g_assert_nonnull (revision);
  /* The log holds it. */
  return revision;
}

static guint
n_revisions (OwOffer *offer)
{
  return g_list_model_get_n_items (ow_offer_get_revisions (offer));
}

static OwGrant *
first_grant (OwOffer *offer)
{
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer), 0);

  g_assert_nonnull (grant);
  return grant;
}

static gint64
int64_of (gpointer    object,
          const char *property)
{
  gint64 v;

  g_object_get (object, property, &v, NULL);
  return v;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Loading and saving ------------------------------------------------------ */

static void
test_load (void)
{
  g_autoptr(OwDocument) document = load (log_document);
  OwOffer *acme = ow_document_get_offer (document, 0);
  OwRevision *received, *countered;
  OwOffer *figures;

  g_assert_cmpuint (n_revisions (acme), ==, 2);
  received = revision_at (acme, 0);
  countered = revision_at (acme, 1);

  g_assert_cmpuint (ow_revision_get_date (received), ==, ow_date_from_ymd (2026, 11, 20));
  g_assert_cmpint (ow_revision_get_kind (received), ==, OW_REVISION_KIND_RECEIVED);
  g_assert_cmpstr (ow_revision_get_note (received), ==, "First call");
  g_assert_cmpint (ow_revision_get_kind (countered), ==, OW_REVISION_KIND_COUNTERED);
  g_assert_cmpstr (ow_revision_get_note (countered), ==, "");

  /* The figures as they stood, a whole offer without an id of its own. */
  figures = ow_revision_get_offer (received);
  g_assert_cmpint (ow_offer_get_base_salary (figures), ==, 18000000);
  g_assert_cmpstr (ow_offer_get_id (figures), ==, "");
  g_assert_cmpstr (ow_offer_get_currency (figures), ==, "EUR");
  g_assert_cmpint (int64_of (figures, "bonus-target-percent"), ==, 1500);
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_sign_ons (figures)), ==, 1);
  g_assert_cmpint (ow_grant_get_value (first_grant (figures)), ==, 40000000);
  g_assert_cmpint (ow_offer_get_source (figures, "base_salary"), ==, OW_SOURCE_VERBAL);
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_checklist (figures)), ==, 0);
  g_assert_cmpint (ow_offer_get_base_salary (ow_revision_get_offer (countered)), ==, 21000000);

  /* The offer itself is the latest. */
  g_assert_cmpint (ow_offer_get_base_salary (acme), ==, 19500000);
  g_assert_cmpint (ow_offer_get_source (acme, "base_salary"), ==, OW_SOURCE_LETTER);
}

/* Saved, the log comes after the offer's own keys, each revision's figures
 * without an id; the unknown keys are written back as the file had them;
 * and the saved text loads and saves to the same bytes. */
static void
test_round_trip (void)
{
  g_autoptr(OwDocument) document = load (log_document);
  g_autoptr(OwDocument) again = NULL;
  g_autofree char *saved = ow_document_to_data (document, NULL);
  g_autofree char *saved_again = NULL;
  const char *notes, *log;

  g_assert_cmpuint (count (saved, "\"id\":"), ==, 1);
  g_assert_cmpuint (count (saved, "\"revisions\": ["), ==, 1);
  g_assert_cmpuint (count (saved, "\"offer\": {"), ==, 2);
  g_assert_cmpuint (count (saved, "\"checklist\": ["), ==, 1);
  g_assert_nonnull (strstr (saved, "\"kind\": \"received\""));
  g_assert_nonnull (strstr (saved, "\"kind\": \"countered\""));
  g_assert_nonnull (strstr (saved, "\"date\": \"2026-11-24\""));
  g_assert_nonnull (strstr (saved, "\"note\": \"First call\""));
  g_assert_nonnull (strstr (saved, "\"x_kept\": true"));
  g_assert_nonnull (strstr (saved, "\"x_also_kept\": [1, 2]"));
  /* An empty note is not written. */
  g_assert_cmpuint (count (saved, "\"note\":"), ==, 1);
  notes = strstr (saved, "\"sources\": {");
  log = strstr (saved, "\"revisions\": [");
  g_assert_true (notes != NULL && log != NULL && notes < log);

  again = load (saved);
  saved_again = ow_document_to_data (again, NULL);
  g_assert_cmpstr (saved_again, ==, saved);
}

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
}

/* A document without a log saves byte for byte as it did before there
 * were logs; recording a revision adds one, and undoing that gives the
 * same bytes again. */
static void
test_sample_unchanged (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OwDocument) document = NULL;
  g_autoptr(OwHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *with_log = NULL;
  g_autofree char *undone = NULL;
  gsize len = 0, saved_len = 0;

  g_assert_true (g_file_get_contents (path, &original, &len, &error));
  g_assert_no_error (error);
  document = ow_document_new_from_file (file, "sample.offers", &error);
  g_assert_no_error (error);

  saved = ow_document_to_data (document, &saved_len);
  g_assert_cmpuint (saved_len, ==, len);
  g_assert_true (memcmp (saved, original, len) == 0);
  g_assert_null (strstr (saved, "\"revisions\""));

  history = ow_history_new (document);
  g_assert_nonnull (ow_history_record_revision (history, ow_document_get_offer (document, 0),
                                                OW_REVISION_KIND_RECEIVED, ow_date_from_ymd (2026, 11, 2),
                                                NULL, &error));
  g_assert_no_error (error);
  with_log = ow_document_to_data (document, NULL);
  g_assert_cmpuint (count (with_log, "\"revisions\": ["), ==, 1);

  g_assert_true (ow_history_undo (history));
  undone = ow_document_to_data (document, &saved_len);
  g_assert_cmpuint (saved_len, ==, len);
  g_assert_true (memcmp (undone, original, len) == 0);
  g_assert_finalize_object (g_steal_pointer (&history));
}

/* Recording ---------------------------------------------------------------- */

/* A recorded revision holds the figures as they are, with nothing of the
 * offer's own (id, checklist), and goes into the log by its date. */
static void
test_record (void)
{
  g_autoptr(OwDocument) document = load (log_document);
  OwOffer *acme = ow_document_get_offer (document, 0);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  OwRevision *revision;

  revision = ow_offer_record_revision (acme, OW_REVISION_KIND_REVISED, ow_date_from_ymd (2026, 11, 28),
                                       "After the counter");
  g_assert_nonnull (revision);
  g_assert_cmpuint (n_revisions (acme), ==, 3);
  g_assert_true (revision_at (acme, 2) == revision);
  g_assert_cmpint (ow_revision_get_kind (revision), ==, OW_REVISION_KIND_REVISED);
  g_assert_cmpstr (ow_revision_get_note (revision), ==, "After the counter");
  g_assert_cmpstr (ow_offer_get_id (ow_revision_get_offer (revision)), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_checklist (ow_revision_get_offer (revision))), ==, 0);
  g_assert_cmpuint (n_revisions (ow_revision_get_offer (revision)), ==, 0);
  changes = ow_revision_diff (ow_revision_get_offer (revision), acme);
  g_assert_cmpuint (changes->len, ==, 0);

  /* A copy, not the offer's objects: changing the offer leaves it. */
  g_object_set (first_grant (acme), "value", (gint64) 45000000, NULL);
  g_assert_cmpint (ow_grant_get_value (first_grant (ow_revision_get_offer (revision))), ==, 40000000);

  /* Dated between the two loaded ones, it goes between them. */
  revision = ow_offer_record_revision (acme, OW_REVISION_KIND_REVISED, ow_date_from_ymd (2026, 11, 22), NULL);
  g_assert_true (revision_at (acme, 1) == revision);
  g_assert_cmpuint (ow_revision_get_date (revision_at (acme, 2)), ==, ow_date_from_ymd (2026, 11, 24));
  /* On the date of an existing one, after it. */
  revision = ow_offer_record_revision (acme, OW_REVISION_KIND_COUNTERED, ow_date_from_ymd (2026, 11, 20), NULL);
  g_assert_true (revision_at (acme, 1) == revision);
  g_assert_true (ow_document_check (document, &error));
  g_assert_no_error (error);
}

/* "Apply as a revision": the figures are recorded, then changed, in one
 * group; one undo takes back both, one redo puts back the same revision. */
static void
test_record_undo_redo (void)
{
  g_autoptr(OwDocument) document = load (log_document);
  g_autoptr(OwHistory) history = ow_history_new (document);
  OwOffer *acme = ow_document_get_offer (document, 0);
  OwGrant *grant = first_grant (acme);
  g_autoptr(GError) error = NULL;
  OwRevision *revision;

  ow_history_begin (history, "Apply as Revision");
  revision = ow_history_record_revision (history, acme, OW_REVISION_KIND_REVISED,
                                         ow_date_from_ymd (2026, 11, 28), "Their final", &error);
  g_assert_no_error (error);
  g_assert_nonnull (revision);
  g_assert_true (ow_history_set (history, acme, &error, "base-salary", (gint64) 20500000, NULL));
  g_assert_true (ow_history_set (history, grant, &error, "value", (gint64) 45000000, NULL));
  g_assert_true (ow_history_end (history, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_revisions (acme), ==, 3);
  g_assert_true (revision_at (acme, 2) == revision);
  g_assert_cmpint (ow_offer_get_base_salary (ow_revision_get_offer (revision)), ==, 19500000);
  g_assert_cmpint (ow_grant_get_value (first_grant (ow_revision_get_offer (revision))), ==, 40000000);
  g_assert_cmpint (ow_offer_get_base_salary (acme), ==, 20500000);
  g_assert_cmpstr (ow_history_get_undo_label (history), ==, "Apply as Revision");

  g_assert_true (ow_history_undo (history));
  g_assert_false (ow_history_can_undo (history));
  g_assert_cmpuint (n_revisions (acme), ==, 2);
  g_assert_cmpint (ow_offer_get_base_salary (acme), ==, 19500000);
  g_assert_cmpint (ow_grant_get_value (grant), ==, 40000000);
  g_assert_false (ow_history_get_modified (history));

  g_assert_true (ow_history_redo (history));
  g_assert_cmpuint (n_revisions (acme), ==, 3);
  g_assert_true (revision_at (acme, 2) == revision);
  g_assert_cmpint (ow_offer_get_base_salary (acme), ==, 20500000);
  g_assert_cmpint (ow_grant_get_value (grant), ==, 45000000);

  /* On its own, recording is a step of its own name. */
  g_assert_nonnull (ow_history_record_revision (history, acme, OW_REVISION_KIND_RECEIVED,
                                                ow_date_from_ymd (2026, 12, 1), NULL, &error));
  g_assert_cmpstr (ow_history_get_undo_label (history), ==, "Record Revision");
  g_assert_cmpuint (n_revisions (acme), ==, 4);
  g_assert_true (ow_history_undo (history));
  g_assert_cmpuint (n_revisions (acme), ==, 3);

  g_assert_finalize_object (g_steal_pointer (&history));
}

/* A group refused as a whole takes the revision back too. */
static void
test_record_refused (void)
{
  g_autoptr(OwDocument) document = load (log_document);
  g_autoptr(OwHistory) history = ow_history_new (document);
  OwOffer *acme = ow_document_get_offer (document, 0);
  g_autoptr(GError) error = NULL;

  ow_history_begin (history, "Apply as Revision");
  g_assert_nonnull (ow_history_record_revision (history, acme, OW_REVISION_KIND_REVISED,
                                                ow_date_from_ymd (2026, 11, 28), NULL, NULL));
  ow_history_set (history, acme, NULL, "has-salary-band", TRUE, "salary-band-min", (gint64) 20000000,
                  "salary-band-max", (gint64) 10000000, NULL);
  g_assert_false (ow_history_end (history, &error));
  g_assert_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "offers[0].salary_band: min must not be above max (min 200000, max 100000)");

  g_assert_cmpuint (n_revisions (acme), ==, 2);
  g_assert_false (ow_history_can_undo (history));
  g_assert_finalize_object (g_steal_pointer (&history));
}

/* Editing a revision goes through the history like any edit, and one that
 * would break the log's order is refused. */
static void
test_edit_keeps_order (void)
{
  g_autoptr(OwDocument) document = load (log_document);
  g_autoptr(OwHistory) history = ow_history_new (document);
  OwOffer *acme = ow_document_get_offer (document, 0);
  OwRevision *countered = revision_at (acme, 1);
  g_autoptr(GError) error = NULL;

  g_assert_true (ow_history_set (history, countered, &error, "note", "Asked for 210k", NULL));
  g_assert_cmpstr (ow_revision_get_note (countered), ==, "Asked for 210k");
  g_assert_true (ow_history_set (history, ow_revision_get_offer (countered), &error,
                                 "base-salary", (gint64) 20500000, NULL));
  g_assert_cmpstr (ow_history_get_undo_label (history), ==, "Change Base salary");

  g_assert_false (ow_history_set (history, countered, &error, "date", (guint) ow_date_from_ymd (2026, 11, 10),
                                  NULL));
  g_assert_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "offers[0].revisions[1].date: revisions are kept oldest first: must not be before "
                   "2026-11-20, the date of revisions[0] (is 2026-11-10)");
  g_assert_cmpuint (ow_revision_get_date (countered), ==, ow_date_from_ymd (2026, 11, 24));
  g_clear_error (&error);

  /* A revision's currency needs a rate like the offer's. */
  g_assert_false (ow_history_set (history, ow_revision_get_offer (countered), &error, "currency", "GBP", NULL));
  g_assert_cmpstr (error->message, ==,
                   "offers[0].revisions[1].offer.currency: exchange_rates has no rate for GBP (to USD)");
  g_clear_error (&error);

  g_assert_true (ow_history_undo (history));
  g_assert_cmpint (ow_offer_get_base_salary (ow_revision_get_offer (countered)), ==, 21000000);
  g_assert_finalize_object (g_steal_pointer (&history));
}

/* What changed --------------------------------------------------------------- */

static void
assert_change (const OwRevisionChange *c,
               const char             *path,
               const char             *label,
               const char             *old_text,
               const char             *new_text)
{
  g_assert_cmpstr (c->path, ==, path);
  g_assert_cmpstr (c->label, ==, label);
  g_assert_cmpstr (c->old_text, ==, old_text);
  g_assert_cmpstr (c->new_text, ==, new_text);
}

/* The base salary and a grant's units changed: exactly those two. */
static void
test_diff_two_keys (void)
{
  g_autoptr(OwDocument) document = load (units_document);
  OwOffer *acme = ow_document_get_offer (document, 0);
  g_autoptr(GPtrArray) changes = NULL;
  OwRevision *revision;
  OwRevisionChange *c;

  revision = ow_offer_record_revision (acme, OW_REVISION_KIND_RECEIVED, ow_date_from_ymd (2026, 11, 20), NULL);
  g_object_set (acme, "base-salary", (gint64) 19500000, NULL);
  g_object_set (first_grant (acme), "units", (gint64) 52000000000, NULL);
  /* Not figures: the checklist is the offer's, not a revision's. */
  {
    g_autoptr(OwChecklistItem) item = g_list_model_get_item (ow_offer_get_checklist (acme), 0);
    g_object_set (item, "status", OW_CHECKLIST_STATUS_ASKED, NULL);
  }

  changes = ow_revision_diff (ow_revision_get_offer (revision), acme);
  g_assert_cmpuint (changes->len, ==, 2);

  c = g_ptr_array_index (changes, 0);
  assert_change (c, "base_salary", "Base salary", "180000.00", "195000.00");
  g_assert_cmpint (c->kind, ==, OW_FIELD_MONEY);
  g_assert_cmpint (c->old_value, ==, 18000000);
  g_assert_cmpint (c->new_value, ==, 19500000);

  c = g_ptr_array_index (changes, 1);
  assert_change (c, "grants[0].units", "Units (New hire)", "48000", "52000");
  g_assert_cmpint (c->kind, ==, OW_FIELD_MICRO);
  g_assert_cmpint (c->old_value, ==, 48000000000);
  g_assert_cmpint (c->new_value, ==, 52000000000);

  /* The other way round, the same keys with the texts swapped. */
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = ow_revision_diff (acme, ow_revision_get_offer (revision));
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (g_ptr_array_index (changes, 0), "base_salary", "Base salary", "195000.00", "180000.00");
}

/* Keys that appear or go away: a salary band, a second sign-on, a vesting
 * schedule's yearly split, the refreshers' own schedule, a source. */
static void
test_diff_added_and_removed (void)
{
  g_autoptr(OwDocument) document = load (units_document);
  OwOffer *acme = ow_document_get_offer (document, 0);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(OwSignOn) sign_on = ow_sign_on_new ();
  g_autoptr(OwVesting) vesting = ow_vesting_new ();
  const gint64 percents[] = { 500, 1500, 4000, 4000 };
  OwRevision *revision;

  revision = ow_offer_record_revision (acme, OW_REVISION_KIND_RECEIVED, ow_date_from_ymd (2026, 11, 20), NULL);

  g_object_set (acme, "has-salary-band", TRUE, "salary-band-min", (gint64) 17000000,
                "salary-band-max", (gint64) 20500000, NULL);
  g_object_set (sign_on, "amount", (gint64) 2500000, "month", (gint64) 13, NULL);
  ow_offer_add_sign_on (acme, sign_on);
  g_assert_true (ow_vesting_set_year_percents (ow_grant_get_vesting (first_grant (acme)), percents, 4));
  g_object_set (acme, "has-refreshers", TRUE, "refresher-value", (gint64) 2000000, NULL);
  g_object_set (vesting, "every-months", (gint64) 3, NULL);
  ow_offer_set_refresher_vesting (acme, vesting);
  ow_offer_set_source (acme, "base_salary", OW_SOURCE_LETTER);

  changes = ow_revision_diff (ow_revision_get_offer (revision), acme);
  g_assert_cmpuint (changes->len, ==, 8);
  assert_change (g_ptr_array_index (changes, 0), "salary_band.min", "Salary band minimum", NULL, "170000.00");
  assert_change (g_ptr_array_index (changes, 1), "salary_band.max", "Salary band maximum", NULL, "205000.00");
  /* A new payment by the keys that say something about it. */
  assert_change (g_ptr_array_index (changes, 2), "sign_on[0].amount", "Amount (Sign-on 1)", NULL, "25000.00");
  assert_change (g_ptr_array_index (changes, 3), "sign_on[0].month", "Paid in month (Sign-on 1)", NULL, "13");
  assert_change (g_ptr_array_index (changes, 4), "grants[0].vesting.year_percents",
                 "Share vesting each year (New hire)", NULL, "5 / 15 / 40 / 40");
  assert_change (g_ptr_array_index (changes, 5), "refreshers.annual_value", "Expected yearly refresher value",
                 NULL, "20000.00");
  /* A new schedule by what differs from the defaults: 48 months is one,
   * so only the cadence is told. */
  assert_change (g_ptr_array_index (changes, 6), "refreshers.vesting.every_months",
                 "Vests every … months (Expected refreshers)", NULL, "3");
  assert_change (g_ptr_array_index (changes, 7), "sources.base_salary", "Source of Base salary", NULL,
                 "Offer letter");
}

/* Valuing ------------------------------------------------------------------ */

static gint64
cents (const OwExact *value)
{
  gint64 c = 0;

  g_assert_true (ow_exact_to_cents (value, &c));
  return c;
}

/* The revision valued as it stood, beside the latest figures, in one
 * valuation under the document's settings. */
static void
test_value_revision (void)
{
  g_autoptr(OwDocument) document = load (log_document);
  OwOffer *acme = ow_document_get_offer (document, 0);
  OwRevision *received = revision_at (acme, 0);
  g_autoptr(OwDocument) comparison = NULL;
  g_autoptr(OwValuation) valuation = NULL;
  g_autoptr(GError) error = NULL;
  OwOfferValue *then, *now;
  gint64 diff = 0;

  comparison = ow_revision_comparison_new (document, acme, received);
  g_assert_true (ow_document_check (comparison, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ow_document_get_n_offers (comparison), ==, 2);
  g_assert_cmpstr (ow_offer_get_id (ow_document_get_offer (comparison, 0)), ==, "acme@2026-11-20");
  g_assert_cmpstr (ow_offer_get_id (ow_document_get_offer (comparison, 1)), ==, "acme");
  g_assert_cmpstr (ow_document_get_display_currency (comparison), ==, "USD");
  g_assert_cmpint (ow_document_get_horizon_years (comparison), ==, 4);

  valuation = ow_valuation_new (comparison);
  then = &valuation->offers[0];
  now = &valuation->offers[1];
  g_assert_false (then->overflow);
  g_assert_false (now->overflow);

  /* Received, year 1, in euros: base 180,000 + bonus 15 % = 27,000 +
   * sign-on 40,000 + a quarter of the 400,000 grant at the cliff, 100,000:
   * 347,000 EUR · 1.08 = 374,760.00 USD. */
  g_assert_cmpint (cents (&then->years[0].base), ==, 19440000);
  g_assert_cmpint (cents (&then->first_year_total), ==, 37476000);
  /* Now: 195,000 + 29,250 + 40,000 + 100,000 = 364,250 EUR, 393,390.00. */
  g_assert_cmpint (cents (&now->first_year_total), ==, 39339000);
  /* Over four years the base and bonus differ by 4 · (15,000 + 2,250) =
   * 69,000 EUR: 74,520.00 USD; no discount, so the present values differ
   * by the same. */
  g_assert_cmpint (cents (&then->horizon_total), ==, 136944000);
  g_assert_cmpint (cents (&now->horizon_total), ==, 144396000);
  g_assert_true (ow_valuation_present_value_diff_cents (valuation, now, then, &diff));
  g_assert_cmpint (diff, ==, 7452000);

  /* The document itself is untouched. */
  g_assert_cmpuint (ow_document_get_n_offers (document), ==, 1);
  g_assert_cmpuint (n_revisions (acme), ==, 2);
}

/* The revision of a current job is compared without two current jobs. */
static void
test_value_current_job (void)
{
  g_autoptr(OwDocument) document = load (units_document);
  OwOffer *acme = ow_document_get_offer (document, 0);
  g_autoptr(OwDocument) comparison = NULL;
  g_autoptr(GError) error = NULL;
  OwRevision *revision;

  g_object_set (acme, "current-job", TRUE, NULL);
  revision = ow_offer_record_revision (acme, OW_REVISION_KIND_RECEIVED, ow_date_from_ymd (2026, 11, 20), NULL);
  comparison = ow_revision_comparison_new (document, acme, revision);
  g_assert_true (ow_document_check (comparison, &error));
  g_assert_no_error (error);
  g_assert_true (ow_document_get_current_job (comparison) == ow_document_get_offer (comparison, 1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/revision/load", test_load);
  g_test_add_func ("/ow/revision/round-trip", test_round_trip);
  g_test_add_func ("/ow/revision/sample-unchanged", test_sample_unchanged);
  g_test_add_func ("/ow/revision/record", test_record);
  g_test_add_func ("/ow/revision/record-undo-redo", test_record_undo_redo);
  g_test_add_func ("/ow/revision/record-refused", test_record_refused);
  g_test_add_func ("/ow/revision/edit-keeps-order", test_edit_keeps_order);
  g_test_add_func ("/ow/revision/diff-two-keys", test_diff_two_keys);
  g_test_add_func ("/ow/revision/diff-added-and-removed", test_diff_added_and_removed);
  g_test_add_func ("/ow/revision/value-revision", test_value_revision);
  g_test_add_func ("/ow/revision/value-current-job", test_value_current_job);

  return g_test_run ();
}
