/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document as a file and as GObjects: load → save → load keeps every
 * key and every unknown key verbatim, saving is atomic and private, and
 * the objects notify, bubble "changed" and copy the way views rely on. */
#define G_LOG_DOMAIN "test-document"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ow-document.h"

/* Every key of offer-model.md §1, none at its default, and unknown keys
 * (x_*) at every level that can hold them, with values that json-glib would
 * not give back as written. */
static const char full_document[] =
  "{\n"
  "  \"format\": \"offer-workbench\",\n"
  "  \"version\": 1,\n"
  "  \"display_currency\": \"CAD\",\n"
  "  \"exchange_rates\": { \"EUR\": 1.48, \"USD\": 1.3625 },\n"
  "  \"horizon_years\": 5,\n"
  "  \"include_expected_refreshers\": false,\n"
  "  \"discount_rate_percent\": 3.5,\n"
  "  \"x_top\": 12345678901234567890,\n"
  "  \"x_top_object\": { \"b\": [ 1.10, -0.0, 1e400, \"\\u00e9\\n\" ], \"a\": null },\n"
  "  \"offers\": [\n"
  "    {\n"
  "      \"id\": \"acme\",\n"
  "      \"company\": \"Acme AI\",\n"
  "      \"title\": \"ML Engineer\",\n"
  "      \"level\": \"L5\",\n"
  "      \"role_family\": \"adjacent\",\n"
  "      \"location\": \"Berlin\",\n"
  "      \"work_mode\": \"hybrid\",\n"
  "      \"company_stage\": \"growth\",\n"
  "      \"industry\": \"Robotics\",\n"
  "      \"status\": \"negotiating\",\n"
  "      \"currency\": \"EUR\",\n"
  "      \"start_date\": \"2027-01-04\",\n"
  "      \"deadline\": \"2026-12-15\",\n"
  "      \"base_salary\": 120000.5,\n"
  "      \"annual_raise_percent\": 3.25,\n"
  "      \"salary_band\": { \"min\": 110000, \"max\": 140000, \"x_band\": 1.10 },\n"
  "      \"bonus\": { \"target_percent\": 15, \"expected_payout_percent\": 110,"
  " \"x_bonus\": [ 1.10, 12345678901234567890 ] },\n"
  "      \"sign_on\": [\n"
  "        { \"amount\": 20000, \"month\": 1, \"clawback_months\": 12, \"clawback\": \"full\","
  " \"x_sign_on\": { \"a\": 1.10 } },\n"
  "        { \"amount\": 5000.25, \"month\": 13 }\n"
  "      ],\n"
  "      \"grants\": [\n"
  "        { \"name\": \"Initial\", \"kind\": \"rsu\", \"units\": 1000.123456, \"share_price\": 12.345678,"
  " \"growth_percent\": -5.5, \"vest_start\": \"2027-02-01\","
  " \"vesting\": { \"months\": 48, \"cliff_months\": 12, \"every_months\": 3,"
  " \"year_percents\": [ 5, 15, 40, 40 ], \"rounding\": \"fractional\", \"x_vesting\": 1.10 },"
  " \"x_grant\": 12345678901234567890 },\n"
  "        { \"name\": \"Options\", \"kind\": \"option\", \"units\": 5000, \"share_price\": 2,"
  " \"strike_price\": 0.5 },\n"
  "        { \"name\": \"Cash-like\", \"value\": 40000.01 }\n"
  "      ],\n"
  "      \"refreshers\": { \"annual_value\": 25000,"
  " \"vesting\": { \"months\": 36, \"cliff_months\": 0, \"every_months\": 1, \"x_refresher_vesting\": 1.10 },"
  " \"x_refreshers\": 12345678901234567890 },\n"
  "      \"company_equity\": { \"fully_diluted_shares\": 100000000, \"dilution_percent\": 20,"
  " \"exit_scenarios\": [ { \"label\": \"IPO\", \"valuation\": 1000000000, \"probability_percent\": 10,"
  " \"x_exit\": 1.10 } ], \"x_equity\": 12345678901234567890 },\n"
  "      \"benefits\": { \"retirement_match_percent\": 4, \"retirement_match_cap\": 10000,"
  " \"annual_value\": 2500, \"pto_days\": 30, \"x_benefits\": \"\\u20ac 1.10\" },\n"
  "      \"effective_tax_percent\": 32.5,\n"
  "      \"cost_of_living_index\": 112.5,\n"
  "      \"checklist\": [ { \"question\": \"Remote days?\", \"status\": \"answered\", \"answer\": \"Two\","
  " \"x_checklist\": 1.10 } ],\n"
  "      \"sources\": { \"base_salary\": \"letter\", \"bonus.target_percent\": \"verbal\" },\n"
  "      \"notes\": \"Line one\\nLine “two”\",\n"
  "      \"x_offer\": { \"nested\": [ 1, 2.50, \"x\", 12345678901234567890 ] }\n"
  "    },\n"
  "    { \"id\": \"current\", \"current_job\": true, \"currency\": \"USD\","
  " \"start_date\": \"2020-05-01\", \"base_salary\": 100000 }\n"
  "  ]\n"
  "}\n";

/* What the first save must contain: each key with its value as loaded.
 * (Defaults are not written, which is why none is used above.) */
static const char *const expected_in_save[] = {
  "\"display_currency\": \"CAD\"",
  "\"EUR\": 1.48",
  "\"USD\": 1.3625",
  "\"horizon_years\": 5",
  "\"include_expected_refreshers\": false",
  "\"discount_rate_percent\": 3.5",
  "\"id\": \"acme\"",
  "\"company\": \"Acme AI\"",
  "\"title\": \"ML Engineer\"",
  "\"level\": \"L5\"",
  "\"role_family\": \"adjacent\"",
  "\"location\": \"Berlin\"",
  "\"work_mode\": \"hybrid\"",
  "\"company_stage\": \"growth\"",
  "\"industry\": \"Robotics\"",
  "\"status\": \"negotiating\"",
  "\"currency\": \"EUR\"",
  "\"start_date\": \"2027-01-04\"",
  "\"deadline\": \"2026-12-15\"",
  "\"base_salary\": 120000.5",
  "\"annual_raise_percent\": 3.25",
  "\"min\": 110000",
  "\"max\": 140000",
  "\"target_percent\": 15",
  "\"expected_payout_percent\": 110",
  "\"amount\": 20000",
  "\"month\": 1",
  "\"clawback_months\": 12",
  "\"clawback\": \"full\"",
  "\"amount\": 5000.25",
  "\"month\": 13",
  "\"name\": \"Initial\"",
  "\"kind\": \"rsu\"",
  "\"units\": 1000.123456",
  "\"share_price\": 12.345678",
  "\"growth_percent\": -5.5",
  "\"vest_start\": \"2027-02-01\"",
  "\"months\": 48",
  "\"cliff_months\": 12",
  "\"every_months\": 3",
  "\"year_percents\": [5, 15, 40, 40]",
  "\"rounding\": \"fractional\"",
  "\"kind\": \"option\"",
  "\"strike_price\": 0.5",
  "\"value\": 40000.01",
  "\"annual_value\": 25000",
  "\"months\": 36",
  "\"cliff_months\": 0",
  "\"fully_diluted_shares\": 100000000",
  "\"dilution_percent\": 20",
  "\"label\": \"IPO\"",
  "\"valuation\": 1000000000",
  "\"probability_percent\": 10",
  "\"retirement_match_percent\": 4",
  "\"retirement_match_cap\": 10000",
  "\"annual_value\": 2500",
  "\"pto_days\": 30",
  "\"effective_tax_percent\": 32.5",
  "\"cost_of_living_index\": 112.5",
  "\"question\": \"Remote days?\"",
  "\"status\": \"answered\"",
  "\"answer\": \"Two\"",
  "\"base_salary\": \"letter\"",
  "\"bonus.target_percent\": \"verbal\"",
  "\"notes\": \"Line one\\nLine “two”\"",
  "\"current_job\": true",
  "\"currency\": \"USD\"",
  /* Unknown keys, verbatim. */
  "\"x_top\": 12345678901234567890",
  "1.10",
  "-0.0",
  "1e400",
  "\"\\u00e9\\n\"",
  "\"x_band\": 1.10",
  "\"x_sign_on\": {",
  "\"a\": 1.10",
  "\"x_vesting\": 1.10",
  "\"x_grant\": 12345678901234567890",
  "\"x_refresher_vesting\": 1.10",
  "\"x_refreshers\": 12345678901234567890",
  "\"x_exit\": 1.10",
  "\"x_equity\": 12345678901234567890",
  "\"x_benefits\": \"\\u20ac 1.10\"",
  "\"x_checklist\": 1.10",
  "\"x_offer\": {",
  "2.50",
};

/* Helpers ------------------------------------------------------------------ */

static OwDocument *
load_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OwDocument) document = ow_document_new ();

  if (!ow_document_load_data (document, text, strlen (text), "test.offers", &error))
    g_error ("test document did not load: %s", error->message);
  return g_steal_pointer (&document);
}

static char *
save_text (OwDocument *document)
{
  gsize len = 0;
  char *text = ow_document_to_data (document, &len);

  g_assert_nonnull (text);
  g_assert_cmpuint (len, ==, strlen (text));
  return text;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The names in DIR, sorted, joined by spaces: what a person would see. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

typedef struct
{
  guint changed;
  guint notify;
  guint items_changed;
  guint position, removed, added;
  char *last_notify;
} Counts;

static void
changed_cb (OwNode *node,
            Counts *c)
{
  c->changed++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Counts     *c)
{
  c->notify++;
  g_free (c->last_notify);
  c->last_notify = g_strdup (pspec->name);
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Counts     *c)
{
  c->items_changed++;
  c->position = position;
  c->removed = removed;
  c->added = added;
}

static void
counts_clear (Counts *c)
{
  g_free (c->last_notify);
  memset (c, 0, sizeof *c);
}

/* Round trip --------------------------------------------------------------- */

static void
test_round_trip_every_key (void)
{
  OwDocument *first = load_text (full_document);
  g_autofree char *saved = save_text (first);
  OwDocument *second = load_text (saved);
  g_autofree char *saved_again = save_text (second);

  for (guint i = 0; i < G_N_ELEMENTS (expected_in_save); i++)
    if (strstr (saved, expected_in_save[i]) == NULL)
      g_error ("the saved document lost %s:\n%s", expected_in_save[i], saved);

  /* The second load lost nothing the first one had. */
  g_assert_cmpstr (saved_again, ==, saved);

  /* What the window shows comes through the getters, not only the text. */
  g_assert_cmpuint (ow_document_get_n_offers (second), ==, 2);
  g_assert_cmpint (ow_offer_get_base_salary (ow_document_get_offer (second, 0)), ==, 12000050);
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_grants (ow_document_get_offer (second, 0))), ==, 3);
  g_assert_true (ow_document_get_current_job (second) == ow_document_get_offer (second, 1));

  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

/* A key that is not an identifier keeps its spelling and its escapes, and
 * one given with escapes comes back as the same key. */
static void
test_round_trip_odd_keys (void)
{
  static const char text[] =
    "{ \"format\": \"offer-workbench\", \"version\": 1,"
    " \"a b\": 1, \"\": 2, \"q\\\"uote\": 3, \"\\u00e9t\\u00e9\": [ 1.10 ], \"x\\/y\": { \"z\": 1.10 },"
    " \"offers\": [] }";
  OwDocument *first = load_text (text);
  g_autofree char *saved = save_text (first);
  OwDocument *second = load_text (saved);
  g_autofree char *saved_again = save_text (second);

  g_assert_nonnull (strstr (saved, "\"a b\": 1"));
  g_assert_nonnull (strstr (saved, "\"\": 2"));
  g_assert_nonnull (strstr (saved, "\"q\\\"uote\": 3"));
  g_assert_nonnull (strstr (saved, "\"z\": 1.10"));
  g_assert_cmpstr (saved_again, ==, saved);

  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

/* A document of defaults saves the keys people read (ALWAYS) and no more,
 * and loads back the same. */
static void
test_round_trip_minimal (void)
{
  OwDocument *first = load_text ("{ \"format\": \"offer-workbench\", \"version\": 1,"
                                 " \"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\","
                                 " \"base_salary\": 1 } ] }");
  g_autofree char *saved = save_text (first);
  OwDocument *second = load_text (saved);
  g_autofree char *saved_again = save_text (second);

  g_assert_cmpstr (saved_again, ==, saved);
  g_assert_null (strstr (saved, "current_job"));
  g_assert_null (strstr (saved, "salary_band"));
  g_assert_nonnull (strstr (saved, "\"horizon_years\": 4"));
  g_assert_nonnull (strstr (saved, "\"display_currency\": \"USD\""));

  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

/* Saving ------------------------------------------------------------------- */

static void
test_save_new_file_private (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "offers.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = load_text (full_document);
  g_autofree char *expected = save_text (document);
  g_autofree char *written = NULL;
  g_autofree char *listing = NULL;
  mode_t old_umask = umask (0022);

  g_assert_true (ow_document_save_file (document, file, &error));
  g_assert_no_error (error);
  umask (old_umask);

  written = read_text (path);
  g_assert_cmpstr (written, ==, expected);
  /* Offers are private: readable by their owner only, whatever the umask. */
  g_assert_cmphex (file_mode (path), ==, 0600);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "offers.offers");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (document);
}

static void
test_save_keeps_mode (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "shared.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = load_text (full_document);
  g_autofree char *expected = save_text (document);
  g_autofree char *written = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (ow_document_save_file (document, file, &error));
  g_assert_no_error (error);

  written = read_text (path);
  g_assert_cmpstr (written, ==, expected);
  g_assert_cmphex (file_mode (path), ==, 0640);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "shared.offers");

  /* A second save over the first is just as clean. */
  g_assert_true (ow_document_save_file (document, file, &error));
  g_assert_no_error (error);
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "shared.offers");
  g_assert_cmphex (file_mode (path), ==, 0640);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (document);
}

/* Saving over a folder fails and leaves it and its contents alone. */
static void
test_save_over_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "folder.offers", NULL);
  g_autofree char *inner = g_build_filename (path, "keep", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = load_text (full_document);
  g_autofree char *listing = NULL;
  g_autofree char *kept = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inner, "kept", -1, NULL));

  g_assert_false (ow_document_save_file (document, file, &error));
  g_assert_nonnull (error);
  g_test_message ("saving over a folder: %s", error->message);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  kept = read_text (inner);
  g_assert_cmpstr (kept, ==, "kept");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "folder.offers");

  g_assert_cmpint (g_unlink (inner), ==, 0);
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (document);
}

/* A write that fails half way (here: the file size limit, which even root
 * cannot ignore) returns an error, leaves the original byte for byte and
 * leaves no temporary file behind. */
static void
test_save_failed_write_keeps_original (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "offers.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = load_text (full_document);
  g_autofree char *original = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  struct rlimit old_limit, limit;
  void (*old_handler) (int);

  /* The original is an older, shorter version of the document. */
  g_assert_true (g_file_set_contents (path, "{ \"format\": \"offer-workbench\", \"version\": 1 }\n", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  original = read_text (path);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 100;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (ow_document_save_file (document, file, &error));

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_nonnull (error);
  g_test_message ("failed write: %s", error->message);
  after = read_text (path);
  g_assert_cmpstr (after, ==, original);
  g_assert_cmphex (file_mode (path), ==, 0640);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "offers.offers");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (document);
}

/* A folder the person may not write to: no temporary file can be made, so
 * the save fails and the original stays.  Root writes anywhere, so there
 * the case cannot happen and is skipped (the file size case above covers a
 * failed write for root too). */
static void
test_save_read_only_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "offers.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = load_text (full_document);
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  static const char original[] = "{ \"format\": \"offer-workbench\", \"version\": 1 }\n";

  g_assert_true (g_file_set_contents (path, original, -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);

  if (access (dir, W_OK) == 0)
    {
      g_test_skip ("the folder is writable anyway (running as root)");
    }
  else
    {
      g_assert_false (ow_document_save_file (document, file, &error));
      g_assert_nonnull (error);
      g_test_message ("read-only folder: %s", error->message);
      after = read_text (path);
      g_assert_cmpstr (after, ==, original);
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "offers.offers");
    }

  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (document);
}

/* What was saved loads from the file again, equal to what is in memory. */
static void
test_save_then_load_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-document-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "offers.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = load_text (full_document);
  g_autofree char *expected = save_text (document);
  OwDocument *loaded = NULL;
  g_autofree char *again = NULL;

  g_assert_true (ow_document_save_file (document, file, &error));
  g_assert_no_error (error);
  loaded = ow_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  again = save_text (loaded);
  g_assert_cmpstr (again, ==, expected);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_finalize_object (document);
  g_assert_finalize_object (loaded);
}

/* GObject behaviour -------------------------------------------------------- */

static void
test_notify_and_changed (void)
{
  OwDocument *document = load_text (full_document);
  OwOffer *offer = ow_document_get_offer (document, 0);
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer), 0);
  OwVesting *vesting = ow_grant_get_vesting (grant);
  Counts doc_counts = { 0 }, offer_counts = { 0 }, vesting_counts = { 0 };
  g_autofree char *before = save_text (document);
  g_autofree char *after = NULL;
  g_autofree char *company = NULL;

  g_signal_connect (document, "changed", G_CALLBACK (changed_cb), &doc_counts);
  g_signal_connect (document, "notify", G_CALLBACK (notify_cb), &doc_counts);
  g_signal_connect (offer, "changed", G_CALLBACK (changed_cb), &offer_counts);
  g_signal_connect (offer, "notify", G_CALLBACK (notify_cb), &offer_counts);
  g_signal_connect (vesting, "notify", G_CALLBACK (notify_cb), &vesting_counts);

  /* A change notifies its property once and bubbles one "changed". */
  g_object_set (offer, "company", "Acme Robotics", NULL);
  g_assert_cmpuint (offer_counts.notify, ==, 1);
  g_assert_cmpstr (offer_counts.last_notify, ==, "company");
  g_assert_cmpuint (offer_counts.changed, ==, 1);
  g_assert_cmpuint (doc_counts.changed, ==, 1);
  g_assert_cmpuint (doc_counts.notify, ==, 0);
  g_object_get (offer, "company", &company, NULL);
  g_assert_cmpstr (company, ==, "Acme Robotics");

  /* The same value again: nothing. */
  g_object_set (offer, "company", "Acme Robotics", NULL);
  g_object_set (offer, "base-salary", G_GINT64_CONSTANT (12000050), NULL);
  g_assert_cmpuint (offer_counts.notify, ==, 1);
  g_assert_cmpuint (offer_counts.changed, ==, 1);
  g_assert_cmpuint (doc_counts.changed, ==, 1);

  /* Three levels down (offer → grant → vesting) still reaches the
   * document, once. */
  g_object_set (vesting, "months", G_GINT64_CONSTANT (36), NULL);
  g_assert_cmpuint (vesting_counts.notify, ==, 1);
  g_assert_cmpstr (vesting_counts.last_notify, ==, "months");
  g_assert_cmpuint (offer_counts.changed, ==, 2);
  g_assert_cmpuint (doc_counts.changed, ==, 2);
  g_object_set (vesting, "months", G_GINT64_CONSTANT (36), NULL);
  g_assert_cmpuint (vesting_counts.notify, ==, 1);
  g_assert_cmpuint (doc_counts.changed, ==, 2);

  /* A document setting. */
  g_object_set (document, "horizon-years", G_GINT64_CONSTANT (7), NULL);
  g_assert_cmpuint (doc_counts.notify, ==, 1);
  g_assert_cmpstr (doc_counts.last_notify, ==, "horizon-years");
  g_assert_cmpuint (doc_counts.changed, ==, 3);
  g_assert_cmpuint (offer_counts.changed, ==, 2);
  g_object_set (document, "horizon-years", G_GINT64_CONSTANT (7), NULL);
  g_assert_cmpuint (doc_counts.notify, ==, 1);
  g_assert_cmpuint (doc_counts.changed, ==, 3);

  after = save_text (document);
  g_assert_cmpstr (after, !=, before);
  g_assert_nonnull (strstr (after, "\"company\": \"Acme Robotics\""));
  g_assert_nonnull (strstr (after, "\"horizon_years\": 7"));

  g_signal_handlers_disconnect_by_data (document, &doc_counts);
  g_signal_handlers_disconnect_by_data (offer, &offer_counts);
  g_signal_handlers_disconnect_by_data (vesting, &vesting_counts);
  counts_clear (&doc_counts);
  counts_clear (&offer_counts);
  counts_clear (&vesting_counts);
  g_clear_object (&grant);
  g_assert_finalize_object (document);
}

static void
test_offers_items_changed (void)
{
  OwDocument *document = load_text (full_document);
  GListModel *offers = ow_document_get_offers (document);
  OwOffer *offer = ow_offer_new ("beta");
  Counts list = { 0 }, doc_counts = { 0 };

  g_signal_connect (offers, "items-changed", G_CALLBACK (items_changed_cb), &list);
  g_signal_connect (document, "changed", G_CALLBACK (changed_cb), &doc_counts);

  ow_document_add_offer (document, offer);
  g_assert_cmpuint (list.items_changed, ==, 1);
  g_assert_cmpuint (list.position, ==, 2);
  g_assert_cmpuint (list.removed, ==, 0);
  g_assert_cmpuint (list.added, ==, 1);
  g_assert_cmpuint (doc_counts.changed, ==, 1);
  g_assert_true (ow_document_get_offer (document, 2) == offer);
  g_assert_true (ow_document_find_offer (document, "beta", NULL) == offer);

  /* The new offer's changes reach the document. */
  g_object_set (offer, "title", "Staff Engineer", NULL);
  g_assert_cmpuint (doc_counts.changed, ==, 2);

  ow_document_insert_offer (document, 0, g_object_ref (offer));
  g_object_unref (offer);
  g_assert_cmpuint (list.items_changed, ==, 2);
  g_assert_cmpuint (list.position, ==, 0);
  g_assert_cmpuint (list.added, ==, 1);
  ow_document_remove_offer (document, 0);
  g_assert_cmpuint (list.items_changed, ==, 3);
  g_assert_cmpuint (list.position, ==, 0);
  g_assert_cmpuint (list.removed, ==, 1);
  g_assert_cmpuint (list.added, ==, 0);

  ow_document_remove_offer (document, 2);
  g_assert_cmpuint (list.items_changed, ==, 4);
  g_assert_cmpuint (list.position, ==, 2);
  g_assert_cmpuint (list.removed, ==, 1);
  g_assert_cmpuint (ow_document_get_n_offers (document), ==, 2);
  g_assert_cmpuint (doc_counts.changed, ==, 5);

  /* An offer that left the document no longer changes it. */
  g_object_set (offer, "title", "Principal Engineer", NULL);
  g_assert_cmpuint (doc_counts.changed, ==, 5);
  g_assert_finalize_object (offer);

  /* Items in an offer's lists too. */
  {
    OwOffer *acme = ow_document_get_offer (document, 0);
    g_autoptr(OwSignOn) sign_on = ow_sign_on_new ();
    Counts sign_ons = { 0 };

    g_signal_connect (ow_offer_get_sign_ons (acme), "items-changed", G_CALLBACK (items_changed_cb), &sign_ons);
    ow_offer_add_sign_on (acme, sign_on);
    g_assert_cmpuint (sign_ons.items_changed, ==, 1);
    g_assert_cmpuint (sign_ons.position, ==, 2);
    g_assert_cmpuint (doc_counts.changed, ==, 6);
    g_object_set (sign_on, "amount", G_GINT64_CONSTANT (100), NULL);
    g_assert_cmpuint (doc_counts.changed, ==, 7);
    g_signal_handlers_disconnect_by_data (ow_offer_get_sign_ons (acme), &sign_ons);
  }

  g_signal_handlers_disconnect_by_data (offers, &list);
  g_signal_handlers_disconnect_by_data (document, &doc_counts);
  g_assert_finalize_object (document);
}

/* Loading a document into one that is open (the window's reload): one
 * "changed", and the offers it replaced are no longer part of it. */
static void
test_reload_replaces (void)
{
  OwDocument *document = load_text (full_document);
  OwOffer *old_offer = g_object_ref (ow_document_get_offer (document, 0));
  g_autoptr(GError) error = NULL;
  Counts doc_counts = { 0 }, list = { 0 };
  static const char other[] =
    "{ \"format\": \"offer-workbench\", \"version\": 1,"
    " \"offers\": [ { \"id\": \"zeta\", \"start_date\": \"2027-01-04\", \"base_salary\": 1 } ] }";
  g_autofree char *saved = NULL;

  g_signal_connect (document, "changed", G_CALLBACK (changed_cb), &doc_counts);
  g_signal_connect (ow_document_get_offers (document), "items-changed", G_CALLBACK (items_changed_cb), &list);

  g_assert_true (ow_document_load_data (document, other, strlen (other), "other.offers", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (doc_counts.changed, ==, 1);
  g_assert_cmpuint (list.items_changed, ==, 1);
  g_assert_cmpuint (list.removed, ==, 2);
  g_assert_cmpuint (list.added, ==, 1);
  g_assert_cmpuint (ow_document_get_n_offers (document), ==, 1);
  g_assert_cmpstr (ow_offer_get_id (ow_document_get_offer (document, 0)), ==, "zeta");
  g_assert_cmpint (ow_document_get_horizon_years (document), ==, 4);

  saved = save_text (document);
  g_assert_null (strstr (saved, "x_top"));
  g_assert_null (strstr (saved, "acme"));

  /* A view still holding a replaced offer must not mark the document
   * changed by editing it. */
  g_object_set (old_offer, "company", "Stale", NULL);
  g_assert_cmpuint (doc_counts.changed, ==, 1);
  g_assert_null (ow_node_get_parent (OW_NODE (old_offer)));

  g_signal_handlers_disconnect_by_data (document, &doc_counts);
  g_signal_handlers_disconnect_by_data (ow_document_get_offers (document), &list);
  g_assert_finalize_object (old_offer);
  g_assert_finalize_object (document);
}

/* Copying into a live offer (undo, revert) replaces its grants; a grant
 * replaced that a view still holds no longer reports to the offer. */
static void
test_copy_from_releases_items (void)
{
  OwDocument *document = load_text (full_document);
  OwOffer *offer = ow_document_get_offer (document, 0);
  OwOffer *other = ow_document_get_offer (document, 1);
  OwGrant *old_grant = g_list_model_get_item (ow_offer_get_grants (offer), 0);
  Counts doc_counts = { 0 };

  ow_node_copy_from (OW_NODE (offer), OW_NODE (other));
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_grants (offer)), ==, 0);
  g_assert_null (ow_node_get_parent (OW_NODE (old_grant)));

  g_signal_connect (document, "changed", G_CALLBACK (changed_cb), &doc_counts);
  g_object_set (old_grant, "name", "Stale", NULL);
  g_object_set (ow_grant_get_vesting (old_grant), "months", G_GINT64_CONSTANT (12), NULL);
  g_assert_cmpuint (doc_counts.changed, ==, 0);
  g_signal_handlers_disconnect_by_data (document, &doc_counts);

  g_assert_finalize_object (old_grant);
  g_assert_finalize_object (document);
}

/* Every readable property of A and B has the same value. */
static void
assert_same_properties (GObject *a,
                        GObject *b)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  for (guint i = 0; i < n; i++)
    {
      GValue va = G_VALUE_INIT, vb = G_VALUE_INIT;

      if (!(pspecs[i]->flags & G_PARAM_READABLE) || g_type_is_a (pspecs[i]->value_type, G_TYPE_OBJECT))
        continue;
      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);
      if (g_param_values_cmp (pspecs[i], &va, &vb) != 0)
        g_error ("%s differs in the copy of a %s", pspecs[i]->name, G_OBJECT_TYPE_NAME (a));
      g_value_unset (&va);
      g_value_unset (&vb);
    }
}

static void
test_dup (void)
{
  OwDocument *document = load_text (full_document);
  g_autofree char *saved = save_text (document);
  OwDocument *copy = OW_DOCUMENT (ow_node_dup (OW_NODE (document)));
  g_autofree char *copy_saved = save_text (copy);
  OwOffer *offer = ow_document_get_offer (document, 0);
  OwOffer *offer_copy = OW_OFFER (ow_node_dup (OW_NODE (offer)));
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer), 0);
  OwGrant *grant_copy = OW_GRANT (ow_node_dup (OW_NODE (grant)));
  Counts doc_counts = { 0 };
  g_autofree char *after = NULL;

  /* Equal, unknown keys included. */
  g_assert_cmpstr (copy_saved, ==, saved);
  assert_same_properties (G_OBJECT (offer), G_OBJECT (offer_copy));
  assert_same_properties (G_OBJECT (grant), G_OBJECT (grant_copy));
  assert_same_properties (G_OBJECT (ow_grant_get_vesting (grant)), G_OBJECT (ow_grant_get_vesting (grant_copy)));
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_grants (offer_copy)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_sign_ons (offer_copy)), ==, 2);
  g_assert_cmpuint (ow_offer_get_n_sources (offer_copy), ==, 2);
  g_assert_nonnull (ow_offer_get_refresher_vesting (offer_copy));
  g_assert_true (ow_offer_get_refresher_vesting (offer_copy) != ow_offer_get_refresher_vesting (offer));
  g_assert_null (ow_node_get_parent (OW_NODE (offer_copy)));

  /* Independent: editing the copy leaves the original alone, and does not
   * report a change of the document the original belongs to. */
  g_signal_connect (document, "changed", G_CALLBACK (changed_cb), &doc_counts);
  g_object_set (offer_copy, "company", "Copy", NULL);
  g_object_set (ow_grant_get_vesting (grant_copy), "months", G_GINT64_CONSTANT (12), NULL);
  g_object_set (copy, "horizon-years", G_GINT64_CONSTANT (2), NULL);
  g_assert_cmpuint (doc_counts.changed, ==, 0);
  after = save_text (document);
  g_assert_cmpstr (after, ==, saved);
  g_signal_handlers_disconnect_by_data (document, &doc_counts);

  g_clear_object (&grant);
  g_assert_finalize_object (grant_copy);
  g_assert_finalize_object (offer_copy);
  g_assert_finalize_object (copy);
  g_assert_finalize_object (document);
}

static void
test_make_offer_id (void)
{
  OwDocument *document = ow_document_new ();
  OwOffer *offer;
  char *id;

#define ASSERT_ID(hint, expected)                            \
  G_STMT_START {                                             \
    g_autofree char *made = ow_document_make_offer_id (document, hint); \
    g_assert_cmpstr (made, ==, expected);                   \
  } G_STMT_END

  ASSERT_ID ("Acme AI", "acme-ai");
  ASSERT_ID ("  Acme -- AI!  ", "acme-ai");
  ASSERT_ID ("ACME.ai 2", "acme-ai-2");
  ASSERT_ID ("", "offer");
  ASSERT_ID (NULL, "offer");
  ASSERT_ID ("---", "offer");

  /* Taken ids get a number, the first free one. */
  id = ow_document_make_offer_id (document, "Acme AI");
  offer = ow_offer_new (id);
  g_free (id);
  ow_document_add_offer (document, offer);
  g_object_unref (offer);
  ASSERT_ID ("Acme AI", "acme-ai-2");

  offer = ow_offer_new ("acme-ai-2");
  ow_document_add_offer (document, offer);
  g_object_unref (offer);
  ASSERT_ID ("acme ai", "acme-ai-3");

  offer = ow_offer_new ("offer");
  ow_document_add_offer (document, offer);
  g_object_unref (offer);
  ASSERT_ID ("", "offer-2");

  /* An id it makes is always one the loader accepts and no offer has. */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *made = ow_document_make_offer_id (document, "Acme AI");

      g_assert_null (ow_document_find_offer (document, made, NULL));
      offer = ow_offer_new (made);
      ow_document_add_offer (document, offer);
      g_object_unref (offer);
    }
  g_assert_cmpuint (ow_document_get_n_offers (document), ==, 8);
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (ow_document_check (document, &error));
    g_assert_no_error (error);
  }

#undef ASSERT_ID
  g_assert_finalize_object (document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ow/document/round-trip/every-key", test_round_trip_every_key);
  g_test_add_func ("/ow/document/round-trip/odd-keys", test_round_trip_odd_keys);
  g_test_add_func ("/ow/document/round-trip/minimal", test_round_trip_minimal);
  g_test_add_func ("/ow/document/save/new-file-private", test_save_new_file_private);
  g_test_add_func ("/ow/document/save/keeps-mode", test_save_keeps_mode);
  g_test_add_func ("/ow/document/save/over-directory", test_save_over_directory);
  g_test_add_func ("/ow/document/save/failed-write-keeps-original", test_save_failed_write_keeps_original);
  g_test_add_func ("/ow/document/save/read-only-directory", test_save_read_only_directory);
  g_test_add_func ("/ow/document/save/then-load-file", test_save_then_load_file);
  g_test_add_func ("/ow/document/notify-and-changed", test_notify_and_changed);
  g_test_add_func ("/ow/document/offers-items-changed", test_offers_items_changed);
  g_test_add_func ("/ow/document/reload-replaces", test_reload_replaces);
  g_test_add_func ("/ow/document/copy-from-releases-items", test_copy_from_releases_items);
  g_test_add_func ("/ow/document/dup", test_dup);
  g_test_add_func ("/ow/document/make-offer-id", test_make_offer_id);

  return g_test_run ();
}
