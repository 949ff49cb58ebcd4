/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Undo and redo of edits, and the open-document session built on them. */
#include "config.h"

#include "ow-history.h"
#include "ow-session.h"

#include <glib/gstdio.h>
#include <string.h>

static const char sample[] =
  "{ \"format\": \"offer-workbench\", \"version\": 1, \"exchange_rates\": { \"EUR\": 1.08 },"
  "  \"offers\": ["
  "  { \"id\": \"a\", \"company\": \"Acme\", \"start_date\": \"2027-01-04\", \"base_salary\": 180000,"
  "    \"grants\": [ { \"value\": 400000 } ] },"
  "  { \"id\": \"b\", \"company\": \"Bolt\", \"start_date\": \"2027-01-04\", \"base_salary\": 150000 },"
  "  { \"id\": \"c\", \"company\": \"Cove\", \"start_date\": \"2027-01-04\", \"base_salary\": 120000 } ] }";

static OwDocument *
load_sample (void)
{
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ow_document_load_data (document, sample, sizeof sample - 1, "t", &error));
  g_assert_no_error (error);
  return g_steal_pointer (&document);
}

static gint64
base_of (OwOffer *offer)
{
  gint64 v;

  g_object_get (offer, "base-salary", &v, NULL);
  return v;
}

static void
test_set_undo_redo (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwHistory) history = ow_history_new (document);
  OwOffer *a = ow_document_get_offer (document, 0);
  g_autoptr(GError) error = NULL;

  g_assert_false (ow_history_can_undo (history));
  g_assert_false (ow_history_get_modified (history));

  g_assert_true (ow_history_set (history, a, &error, "base-salary", (gint64) 19500000, NULL));
  g_assert_no_error (error);
  g_assert_cmpint (base_of (a), ==, 19500000);
  g_assert_true (ow_history_can_undo (history));
  g_assert_true (ow_history_get_modified (history));
  g_assert_cmpstr (ow_history_get_undo_label (history), ==, "Change Base salary");

  g_assert_true (ow_history_undo (history));
  g_assert_cmpint (base_of (a), ==, 18000000);
  g_assert_false (ow_history_get_modified (history));
  g_assert_true (ow_history_can_redo (history));

  g_assert_true (ow_history_redo (history));
  g_assert_cmpint (base_of (a), ==, 19500000);
  g_assert_false (ow_history_can_redo (history));

  /* Setting the value a property has records nothing. */
  g_assert_true (ow_history_set (history, a, NULL, "base-salary", (gint64) 19500000, NULL));
  g_assert_true (ow_history_undo (history));
  g_assert_false (ow_history_can_undo (history));

  /* Out of range is refused without a change, not clamped. */
  g_assert_false (ow_history_set (history, a, &error, "annual-raise-percent", (gint64) 20000, NULL));
  g_assert_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Yearly raise: out of range");

  g_assert_finalize_object (g_steal_pointer (&history));
}

static void
test_saved_point (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwHistory) history = ow_history_new (document);
  OwOffer *a = ow_document_get_offer (document, 0);

  ow_history_set (history, a, NULL, "company", "Acme AI", NULL);
  ow_history_mark_saved (history);
  g_assert_false (ow_history_get_modified (history));

  /* Undoing past the save modifies; redoing back does not. */
  ow_history_undo (history);
  g_assert_true (ow_history_get_modified (history));
  ow_history_redo (history);
  g_assert_false (ow_history_get_modified (history));

  /* After undo and a new change, the saved state cannot come back. */
  ow_history_undo (history);
  ow_history_set (history, a, NULL, "company", "Acme Labs", NULL);
  g_assert_true (ow_history_get_modified (history));
  ow_history_undo (history);
  g_assert_true (ow_history_get_modified (history));
}

/* A change that breaks a rule of the format is taken back as a whole and
 * the error says which rule; nothing is recorded. */
static void
test_invalid_group_rolls_back (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwHistory) history = ow_history_new (document);
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (ow_document_get_offer (document, 0)), 0);
  OwVesting *vesting = ow_grant_get_vesting (grant);
  g_autoptr(GError) error = NULL;
  const gint64 bad[] = { 500, 1500, 4000, 3000 };
  GVariant *percents = g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, bad, 4, sizeof (gint64));
  g_autofree char *before = ow_document_to_data (document, NULL);
  g_autofree char *after = NULL;

  ow_history_begin (history, "Apply Preset");
  ow_history_set (history, vesting, NULL, "every-months", (gint64) 6, NULL);
  ow_history_set (history, vesting, NULL, "year-percents", percents, NULL);
  g_assert_false (ow_history_end (history, &error));
  g_assert_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "offers[0].grants[0].vesting.year_percents: must sum to 100 (sums to 90)");

  after = ow_document_to_data (document, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (ow_history_can_undo (history));
  g_assert_false (ow_history_get_modified (history));

  /* Two current jobs is a rule between offers. */
  g_clear_error (&error);
  g_assert_true (ow_history_set (history, ow_document_get_offer (document, 1), &error, "current-job", TRUE, NULL));
  g_assert_false (ow_history_set (history, ow_document_get_offer (document, 2), &error, "current-job", TRUE, NULL));
  g_assert_nonnull (strstr (error->message, "only one offer can be the current job"));
  g_assert_false (ow_offer_get_current_job (ow_document_get_offer (document, 2)));
}

static void
test_lists (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwHistory) history = ow_history_new (document);
  GListModel *offers = ow_document_get_offers (document);
  OwOffer *b = ow_document_get_offer (document, 1);
  g_autoptr(OwOffer) added = ow_offer_new ("d");

  g_object_ref (b);
  g_assert_true (ow_history_remove (history, offers, 1, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 2);
  g_assert_true (ow_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 3);
  /* The same object comes back, where it was. */
  g_assert_true (ow_document_get_offer (document, 1) == b);
  g_object_unref (b);

  g_object_set (added, "start-date", (guint) ow_date_from_ymd (2027, 2, 1), NULL);
  g_assert_true (ow_history_insert (history, offers, 3, added, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 4);
  ow_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 3);
  ow_history_redo (history);
  g_assert_true (ow_document_get_offer (document, 3) == added);

  /* A duplicate id is refused. */
  {
    g_autoptr(OwOffer) twin = ow_offer_new ("a");
    g_autoptr(GError) error = NULL;

    g_object_set (twin, "start-date", (guint) ow_date_from_ymd (2027, 2, 1), NULL);
    g_assert_false (ow_history_insert (history, offers, 0, twin, &error));
    g_assert_nonnull (error);
    g_assert_cmpuint (g_list_model_get_n_items (offers), ==, 4);
  }
}

static void
test_sources_and_rates (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwHistory) history = ow_history_new (document);
  OwOffer *a = ow_document_get_offer (document, 0);
  gint64 m;
  guint s;

  ow_history_set_source (history, a, "base_salary", OW_SOURCE_VERBAL, NULL);
  g_assert_cmpint (ow_offer_get_source (a, "base_salary"), ==, OW_SOURCE_VERBAL);
  ow_history_undo (history);
  g_assert_cmpint (ow_offer_get_source (a, "base_salary"), ==, OW_SOURCE_UNKNOWN);

  ow_history_set_rate (history, "EUR", 110, 2, NULL);
  g_assert_true (ow_document_get_rate (document, "EUR", &m, &s));
  g_assert_cmpint (m, ==, 110);
  ow_history_undo (history);
  g_assert_true (ow_document_get_rate (document, "EUR", &m, &s));
  g_assert_cmpint (m, ==, 108);
  g_assert_cmpuint (s, ==, 2);

  /* Removing a rate an offer needs is refused. */
  g_object_set (ow_document_get_offer (document, 1), "currency", "EUR", NULL);
  g_assert_false (ow_history_remove_rate (history, "EUR", NULL));
  g_assert_true (ow_document_get_rate (document, "EUR", &m, &s));
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* The session values again once per edit, undo and redo, and the figures
 * follow. */
static void
test_session_valuation (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  OwHistory *history = ow_session_get_history (session);
  OwOffer *a = ow_document_get_offer (document, 0);
  guint emitted = 0;
  gint64 cents;

  g_signal_connect (session, "valuation-changed", G_CALLBACK (count_cb), &emitted);
  g_assert_cmpstr (ow_session_get_title (session), ==, "Untitled Offers");

  ow_exact_to_cents (&ow_session_get_offer_value (session, a)->first_year_total, &cents);
  g_assert_cmpint (cents, ==, 28000000); /* 180,000 + 100,000 */

  ow_history_begin (history, "Raise");
  ow_history_set (history, a, NULL, "base-salary", (gint64) 20000000, NULL);
  ow_history_set (history, a, NULL, "bonus-target-percent", (gint64) 1000, NULL);
  g_assert_true (ow_history_end (history, NULL));
  g_assert_cmpuint (emitted, ==, 1);
  ow_exact_to_cents (&ow_session_get_offer_value (session, a)->first_year_total, &cents);
  g_assert_cmpint (cents, ==, 32000000); /* 200,000 + 20,000 + 100,000 */
  g_assert_true (ow_session_get_modified (session));

  ow_history_undo (history);
  g_assert_cmpuint (emitted, ==, 2);
  ow_exact_to_cents (&ow_session_get_offer_value (session, a)->first_year_total, &cents);
  g_assert_cmpint (cents, ==, 28000000);
}

/* Colours stay with their offers: deleting one frees its slot without
 * moving the others, and undo gives it back. */
static void
test_session_slots (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  OwHistory *history = ow_session_get_history (session);
  OwOffer *a = ow_document_get_offer (document, 0);
  OwOffer *b = ow_document_get_offer (document, 1);
  OwOffer *c = ow_document_get_offer (document, 2);
  g_autoptr(OwOffer) d = ow_offer_new ("d");

  g_assert_cmpuint (ow_session_get_offer_slot (session, a), ==, 0);
  g_assert_cmpuint (ow_session_get_offer_slot (session, b), ==, 1);
  g_assert_cmpuint (ow_session_get_offer_slot (session, c), ==, 2);

  ow_history_remove (history, ow_document_get_offers (document), 1, NULL);
  g_assert_cmpuint (ow_session_get_offer_slot (session, c), ==, 2);
  ow_history_undo (history);
  g_assert_cmpuint (ow_session_get_offer_slot (session, b), ==, 1);

  g_object_set (d, "start-date", (guint) ow_date_from_ymd (2027, 2, 1), NULL);
  ow_history_insert (history, ow_document_get_offers (document), 0, d, NULL);
  g_assert_cmpuint (ow_session_get_offer_slot (session, d), ==, 3);
  g_assert_cmpuint (ow_session_get_offer_slot (session, a), ==, 0);
}

static void
test_session_save (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("ow-history-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  ow_history_set (ow_session_get_history (session), ow_document_get_offer (document, 0), NULL,
                  "title", "Staff Engineer", NULL);
  g_assert_true (ow_session_get_modified (session));
  g_assert_true (ow_session_save (session, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (ow_session_get_modified (session));
  g_assert_cmpstr (ow_session_get_title (session), ==, "mine.offers");
  g_assert_true (g_file_equal (ow_session_get_file (session), file));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/history/set-undo-redo", test_set_undo_redo);
  g_test_add_func ("/ow/history/saved-point", test_saved_point);
  g_test_add_func ("/ow/history/invalid-group-rolls-back", test_invalid_group_rolls_back);
  g_test_add_func ("/ow/history/lists", test_lists);
  g_test_add_func ("/ow/history/sources-and-rates", test_sources_and_rates);
  g_test_add_func ("/ow/session/valuation", test_session_valuation);
  g_test_add_func ("/ow/session/slots", test_session_slots);
  g_test_add_func ("/ow/session/save", test_session_save);

  return g_test_run ();
}
