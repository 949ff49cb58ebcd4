/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command line of offer-model.md §3, driven the way scripts drive it:
 * the real offer-workbench binary (OW_BINARY), without a display, checked
 * for its exit status, its JSON (parsed, with exactly the keys and types
 * of the contract) and its figures.  Every file of the malformed corpus
 * must exit 1 with the loader's message and nothing on stdout. */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "malformed-cases.h"

#define DOC_HEAD "{ \"format\": \"offer-workbench\", \"version\": 1, "

/* The worked example of §2/§3: 180,000 base, 15 % bonus, a 40,000 sign-on
 * and a 400,000 grant vesting a quarter at the 1-year cliff: 347,000 in
 * year 1, 1,268,000 over 4 years, 317,000 a year, 31.55 % equity.  And a
 * startup whose 20,000 options at 0.50 pay 190,000 in a 1e9 IPO (10 a
 * share), 10 % likely: 19,000 expected. */
static const char worked_document[] =
  DOC_HEAD "\"offers\": ["
  " { \"id\": \"acme\", \"company\": \"Acme AI\", \"title\": \"ML Engineer\","
  "   \"start_date\": \"2027-01-04\", \"base_salary\": 180000, \"bonus\": { \"target_percent\": 15 },"
  "   \"sign_on\": [ { \"amount\": 40000, \"month\": 0 } ],"
  "   \"grants\": [ { \"value\": 400000, \"vesting\": { \"months\": 48, \"cliff_months\": 12, \"every_months\": 1 } } ] },"
  " { \"id\": \"seed\", \"company\": \"Seed Labs\", \"title\": \"Founding Engineer\","
  "   \"start_date\": \"2027-01-01\", \"base_salary\": 150000, \"company_stage\": \"startup\","
  "   \"grants\": [ { \"kind\": \"option\", \"units\": 20000, \"share_price\": 2, \"strike_price\": 0.5 } ],"
  "   \"company_equity\": { \"fully_diluted_shares\": 100000000,"
  "     \"exit_scenarios\": [ { \"label\": \"IPO\", \"valuation\": 1e9, \"probability_percent\": 10 },"
  "                           { \"label\": \"Fire sale\", \"valuation\": 20000000, \"probability_percent\": 30 } ] } } ] }";

/* 48,000 RSUs at 10 over 48 months with a 1-year cliff: 12,000 on the
 * first anniversary, then 1,000 a month up to 48,000.  A 40,000 sign-on
 * with a full clawback over 24 months.  Two years, with an expected
 * refresher at the first anniversary. */
static const char vesting_document[] =
  DOC_HEAD "\"horizon_years\": 2, \"offers\": ["
  " { \"id\": \"rsu\", \"company\": \"Big Co\", \"start_date\": \"2027-01-04\", \"base_salary\": 200000,"
  "   \"sign_on\": [ { \"amount\": 40000, \"clawback_months\": 24, \"clawback\": \"full\" } ],"
  "   \"grants\": [ { \"name\": \"New hire\", \"units\": 48000, \"share_price\": 10 } ],"
  "   \"refreshers\": { \"annual_value\": 12000 } } ] }";

/* The worked example's Acme offer for the yearly table, with a tax rate,
 * a cost of living and a discount rate so that every total differs, and a
 * company and a title that need quoting in CSV. */
static const char csv_document[] =
  DOC_HEAD "\"discount_rate_percent\": 10, \"offers\": ["
  " { \"id\": \"acme\", \"company\": \"Smith, \\\"Jones\\\" & Co\", \"title\": \"ML Engineer\\nNights\","
  "   \"start_date\": \"2027-01-04\", \"base_salary\": 180000, \"bonus\": { \"target_percent\": 15 },"
  "   \"sign_on\": [ { \"amount\": 40000, \"month\": 0 } ],"
  "   \"grants\": [ { \"value\": 400000, \"vesting\": { \"months\": 48, \"cliff_months\": 12, \"every_months\": 1 } } ],"
  "   \"effective_tax_percent\": 30, \"cost_of_living_index\": 125 } ] }";

static char *tmp_dir;
static char *worked_path;
static char *vesting_path;
static char *csv_path;

/* Running the binary -------------------------------------------------------- */

typedef struct
{
  int   status;   /* the exit status */
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

/* Runs offer-workbench with ARGS (NULL-terminated) in a headless
 * environment.  A crash or a sanitizer's abort fails the test. */
static void
run (Run        *r,
     const char *first,
     ...)
{
  const char *binary = g_getenv ("OW_BINARY");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  va_list args;

  if (binary == NULL)
    g_error ("OW_BINARY is not set: run this test through meson");

  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No display at all: the command line must not need one.  A UTF-8
   * locale, so messages come out as written. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  memset (r, 0, sizeof *r);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &r->out, &r->err, &wait_status, &error);
  g_assert_no_error (error);

  if (WIFSIGNALED (wait_status))
    g_error ("offer-workbench died of signal %d; stderr:\n%s", WTERMSIG (wait_status), r->err);
  g_assert_true (WIFEXITED (wait_status));
  r->status = WEXITSTATUS (wait_status);

  /* Sanitizers report on stderr; no run may have anything to report. */
  if (strstr (r->err, "Sanitizer") != NULL || strstr (r->err, "runtime error") != NULL)
    g_error ("offer-workbench had a sanitizer report:\n%s", r->err);
}

static void
assert_exit (Run *r,
             int  status)
{
  if (r->status != status)
    g_error ("offer-workbench exited %d, not %d; stderr:\n%s", r->status, status, r->err);
}

/* Reading the JSON ---------------------------------------------------------- */

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, text, -1, &error))
    g_error ("the output is not JSON (%s):\n%s", error->message, text);
  return json_node_copy (json_parser_get_root (parser));
}

typedef enum {
  T_STRING,
  T_INT,
  T_MONEY,    /* a number written with decimals, like 180000.0 */
  T_NUMBER,   /* any number */
  T_BOOL,
  T_ARRAY,
  T_OBJECT,
} Type;

typedef struct
{
  const char *key;
  Type        type;
} Key;

/* OBJECT has exactly KEYS, each of its type. */
static void
assert_shape (JsonObject *object,
              const Key  *keys,
              guint       n_keys,
              const char *what)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < n_keys; i++)
        known = known || g_str_equal (keys[i].key, l->data);
      if (!known)
        g_error ("%s has a key the contract does not list: %s", what, (const char *) l->data);
    }
  g_assert_cmpuint (json_object_get_size (object), ==, n_keys);

  for (guint i = 0; i < n_keys; i++)
    {
      JsonNode *node = json_object_get_member (object, keys[i].key);
      GType vt;

      if (node == NULL)
        g_error ("%s lacks %s", what, keys[i].key);
      vt = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
      switch (keys[i].type)
        {
        case T_STRING:
          g_assert_true (vt == G_TYPE_STRING);
          break;
        case T_INT:
          g_assert_true (vt == G_TYPE_INT64);
          break;
        case T_MONEY:
          if (vt != G_TYPE_DOUBLE)
            g_error ("%s.%s must be a number with decimals", what, keys[i].key);
          break;
        case T_NUMBER:
          g_assert_true (vt == G_TYPE_INT64 || vt == G_TYPE_DOUBLE);
          break;
        case T_BOOL:
          g_assert_true (vt == G_TYPE_BOOLEAN);
          break;
        case T_ARRAY:
          g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
          break;
        case T_OBJECT:
          g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static double
money (JsonObject *object,
       const char *key)
{
  return json_object_get_double_member (object, key);
}

static JsonObject *
element (JsonArray *array,
         guint      i)
{
  g_assert_cmpuint (i, <, json_array_get_length (array));
  return json_array_get_object_element (array, i);
}

/* Fixtures ----------------------------------------------------------------- */

static char *
write_document (const char *name,
                const char *text)
{
  char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* --summary ---------------------------------------------------------------- */

static const Key summary_keys[] = {
  { "display_currency", T_STRING }, { "horizon_years", T_INT }, { "offers", T_ARRAY },
};
static const Key offer_keys[] = {
  { "id", T_STRING }, { "company", T_STRING }, { "title", T_STRING }, { "years", T_ARRAY },
  { "first_year_total", T_MONEY }, { "annualized_total", T_MONEY }, { "horizon_total", T_MONEY },
  { "after_tax_horizon_total", T_MONEY }, { "col_adjusted_horizon_total", T_MONEY },
  { "present_value_total", T_MONEY }, { "equity_share_percent", T_MONEY },
  { "exit_scenarios", T_ARRAY }, { "expected_exit_payout", T_MONEY },
};
static const Key year_keys[] = {
  { "year", T_INT }, { "base", T_MONEY }, { "bonus", T_MONEY }, { "sign_on", T_MONEY },
  { "equity", T_MONEY }, { "benefits", T_MONEY }, { "total", T_MONEY },
};
static const Key exit_keys[] = {
  { "label", T_STRING }, { "valuation", T_MONEY }, { "probability_percent", T_MONEY }, { "payout", T_MONEY },
};

static void
test_summary_json (void)
{
  Run r;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top, *acme, *seed;
  JsonArray *offers, *years, *exits;

  run (&r, "--summary", worked_path, "--json", NULL);
  assert_exit (&r, 0);
  g_assert_cmpstr (r.err, ==, "");

  root = parse (r.out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  top = json_node_get_object (root);
  assert_shape (top, summary_keys, G_N_ELEMENTS (summary_keys), "the summary");
  g_assert_cmpstr (json_object_get_string_member (top, "display_currency"), ==, "USD");
  g_assert_cmpint (json_object_get_int_member (top, "horizon_years"), ==, 4);

  offers = json_object_get_array_member (top, "offers");
  g_assert_cmpuint (json_array_get_length (offers), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *offer = element (offers, i);

      assert_shape (offer, offer_keys, G_N_ELEMENTS (offer_keys), "an offer");
      years = json_object_get_array_member (offer, "years");
      g_assert_cmpuint (json_array_get_length (years), ==, 4);
      for (guint k = 0; k < 4; k++)
        {
          JsonObject *year = element (years, k);

          assert_shape (year, year_keys, G_N_ELEMENTS (year_keys), "a year");
          g_assert_cmpint (json_object_get_int_member (year, "year"), ==, k + 1);
        }
      exits = json_object_get_array_member (offer, "exit_scenarios");
      for (guint e = 0; e < json_array_get_length (exits); e++)
        assert_shape (element (exits, e), exit_keys, G_N_ELEMENTS (exit_keys), "an exit scenario");
    }

  acme = element (offers, 0);
  g_assert_cmpstr (json_object_get_string_member (acme, "id"), ==, "acme");
  g_assert_cmpstr (json_object_get_string_member (acme, "company"), ==, "Acme AI");
  g_assert_cmpstr (json_object_get_string_member (acme, "title"), ==, "ML Engineer");
  years = json_object_get_array_member (acme, "years");
  g_assert_cmpfloat (money (element (years, 0), "base"), ==, 180000.0);
  g_assert_cmpfloat (money (element (years, 0), "bonus"), ==, 27000.0);
  g_assert_cmpfloat (money (element (years, 0), "sign_on"), ==, 40000.0);
  g_assert_cmpfloat (money (element (years, 0), "equity"), ==, 100000.0);
  g_assert_cmpfloat (money (element (years, 0), "benefits"), ==, 0.0);
  g_assert_cmpfloat (money (element (years, 0), "total"), ==, 347000.0);
  g_assert_cmpfloat (money (element (years, 1), "total"), ==, 307000.0);
  g_assert_cmpfloat (money (acme, "first_year_total"), ==, 347000.0);
  g_assert_cmpfloat (money (acme, "annualized_total"), ==, 317000.0);
  g_assert_cmpfloat (money (acme, "horizon_total"), ==, 1268000.0);
  g_assert_cmpfloat (money (acme, "after_tax_horizon_total"), ==, 1268000.0);
  g_assert_cmpfloat (money (acme, "col_adjusted_horizon_total"), ==, 1268000.0);
  g_assert_cmpfloat (money (acme, "present_value_total"), ==, 1268000.0);
  g_assert_cmpfloat (money (acme, "equity_share_percent"), ==, 31.55);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (acme, "exit_scenarios")), ==, 0);
  g_assert_cmpfloat (money (acme, "expected_exit_payout"), ==, 0.0);
  /* Written the way the contract shows them. */
  g_assert_nonnull (strstr (r.out, "\"first_year_total\": 347000.0"));
  g_assert_nonnull (strstr (r.out, "\"equity_share_percent\": 31.55"));

  seed = element (offers, 1);
  exits = json_object_get_array_member (seed, "exit_scenarios");
  g_assert_cmpuint (json_array_get_length (exits), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (element (exits, 0), "label"), ==, "IPO");
  g_assert_cmpfloat (money (element (exits, 0), "valuation"), ==, 1e9);
  g_assert_cmpfloat (money (element (exits, 0), "probability_percent"), ==, 10.0);
  g_assert_cmpfloat (money (element (exits, 0), "payout"), ==, 190000.0);
  g_assert_cmpfloat (money (element (exits, 1), "payout"), ==, 0.0);
  g_assert_cmpfloat (money (seed, "expected_exit_payout"), ==, 19000.0);

  run_clear (&r);
}

static void
test_summary_table (void)
{
  Run r;

  run (&r, "--summary", worked_path, NULL);
  assert_exit (&r, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_true (g_str_has_prefix (r.out, "Offers over 4 years, amounts in USD\n"));
  g_assert_nonnull (strstr (r.out, "acme  Acme AI — ML Engineer\n"));
  g_assert_nonnull (strstr (r.out, "180,000.00"));
  g_assert_nonnull (strstr (r.out, "347,000.00"));
  g_assert_nonnull (strstr (r.out, "317,000.00"));
  g_assert_nonnull (strstr (r.out, "1,268,000.00"));
  g_assert_nonnull (strstr (r.out, "31.55 %"));
  g_assert_nonnull (strstr (r.out, "IPO: valuation 1,000,000,000.00, 10.00 % likely, pays 190,000.00"));
  g_assert_nonnull (strstr (r.out, "19,000.00"));
  run_clear (&r);
}

/* --vesting ---------------------------------------------------------------- */

static const Key vesting_keys[] = { { "offers", T_ARRAY } };
static const Key vesting_offer_keys[] = { { "id", T_STRING }, { "grants", T_ARRAY } };
static const Key grant_keys[] = { { "name", T_STRING }, { "refresher", T_BOOL }, { "tranches", T_ARRAY } };
static const Key tranche_keys[] = {
  { "date", T_STRING }, { "units", T_NUMBER }, { "cumulative_units", T_NUMBER }, { "value", T_MONEY },
};

static void
test_vesting_json (void)
{
  Run r;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top, *offer, *grant, *refresher;
  JsonArray *grants, *tranches;

  run (&r, "--vesting", vesting_path, "--json", NULL);
  assert_exit (&r, 0);
  g_assert_cmpstr (r.err, ==, "");

  root = parse (r.out);
  top = json_node_get_object (root);
  assert_shape (top, vesting_keys, G_N_ELEMENTS (vesting_keys), "the vesting output");
  offer = element (json_object_get_array_member (top, "offers"), 0);
  assert_shape (offer, vesting_offer_keys, G_N_ELEMENTS (vesting_offer_keys), "an offer");
  g_assert_cmpstr (json_object_get_string_member (offer, "id"), ==, "rsu");

  grants = json_object_get_array_member (offer, "grants");
  g_assert_cmpuint (json_array_get_length (grants), >=, 2);
  for (guint g = 0; g < json_array_get_length (grants); g++)
    {
      grant = element (grants, g);
      assert_shape (grant, grant_keys, G_N_ELEMENTS (grant_keys), "a grant");
      tranches = json_object_get_array_member (grant, "tranches");
      for (guint t = 0; t < json_array_get_length (tranches); t++)
        assert_shape (element (tranches, t), tranche_keys, G_N_ELEMENTS (tranche_keys), "a tranche");
    }

  /* The letter grant, over its whole schedule. */
  grant = element (grants, 0);
  g_assert_cmpstr (json_object_get_string_member (grant, "name"), ==, "New hire");
  g_assert_false (json_object_get_boolean_member (grant, "refresher"));
  tranches = json_object_get_array_member (grant, "tranches");
  g_assert_cmpuint (json_array_get_length (tranches), ==, 37);
  g_assert_cmpstr (json_object_get_string_member (element (tranches, 0), "date"), ==, "2028-01-04");
  g_assert_cmpfloat (json_object_get_double_member (element (tranches, 0), "units"), ==, 12000);
  g_assert_cmpfloat (json_object_get_double_member (element (tranches, 0), "cumulative_units"), ==, 12000);
  g_assert_cmpfloat (money (element (tranches, 0), "value"), ==, 120000.0);
  g_assert_cmpstr (json_object_get_string_member (element (tranches, 1), "date"), ==, "2028-02-04");
  g_assert_cmpfloat (json_object_get_double_member (element (tranches, 1), "units"), ==, 1000);
  g_assert_cmpfloat (json_object_get_double_member (element (tranches, 1), "cumulative_units"), ==, 13000);
  g_assert_cmpfloat (json_object_get_double_member (element (tranches, 12), "cumulative_units"), ==, 24000);
  g_assert_cmpfloat (json_object_get_double_member (element (tranches, 24), "cumulative_units"), ==, 36000);
  g_assert_cmpstr (json_object_get_string_member (element (tranches, 36), "date"), ==, "2031-01-04");
  g_assert_cmpfloat (json_object_get_double_member (element (tranches, 36), "cumulative_units"), ==, 48000);
  g_assert_cmpfloat (money (element (tranches, 36), "value"), ==, 10000.0);
  g_assert_nonnull (strstr (r.out, "\"cumulative_units\": 48000"));

  /* The expected refresher, inside the two-year horizon only. */
  refresher = element (grants, json_array_get_length (grants) - 1);
  g_assert_true (json_object_get_boolean_member (refresher, "refresher"));
  tranches = json_object_get_array_member (refresher, "tranches");
  g_assert_cmpuint (json_array_get_length (tranches), >=, 1);
  for (guint t = 0; t < json_array_get_length (tranches); t++)
    g_assert_cmpstr (json_object_get_string_member (element (tranches, t), "date"), <=, "2029-01-04");

  run_clear (&r);
}

static void
test_vesting_table (void)
{
  Run r;

  run (&r, "--vesting", vesting_path, NULL);
  assert_exit (&r, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_nonnull (strstr (r.out, "New hire"));
  g_assert_nonnull (strstr (r.out, "2028-01-04"));
  g_assert_nonnull (strstr (r.out, "12,000"));
  g_assert_nonnull (strstr (r.out, "120,000.00"));
  g_assert_nonnull (strstr (r.out, "48,000"));
  g_assert_nonnull (strstr (r.out, "2031-01-04"));
  g_assert_nonnull (strstr (r.out, "Expected refresher at anniversary 1"));
  run_clear (&r);
}

/* --leave-on --------------------------------------------------------------- */

static const Key leave_keys[] = { { "offers", T_ARRAY } };
static const Key leave_offer_keys[] = {
  { "id", T_STRING }, { "vested_units", T_NUMBER }, { "forfeited_units", T_NUMBER },
  { "forfeited_value", T_MONEY }, { "clawback_owed", T_MONEY }, { "grants", T_ARRAY },
};
static const Key leave_grant_keys[] = {
  { "name", T_STRING }, { "vested_units", T_NUMBER }, { "forfeited_units", T_NUMBER }, { "forfeited_value", T_MONEY },
};

/* Leaving on 2028-06-30: the cliff (12,000) and five monthly tranches
 * (Feb .. Jun 4) are vested, 17,000; 31,000 forfeited at 10; the whole
 * sign-on is owed back. */
static void
test_leave_on_json (void)
{
  Run r;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top, *offer, *grant;
  JsonArray *grants;

  run (&r, "--leave-on", "2028-06-30", vesting_path, "--json", NULL);
  assert_exit (&r, 0);
  g_assert_cmpstr (r.err, ==, "");

  root = parse (r.out);
  top = json_node_get_object (root);
  assert_shape (top, leave_keys, G_N_ELEMENTS (leave_keys), "the leave-on output");
  offer = element (json_object_get_array_member (top, "offers"), 0);
  assert_shape (offer, leave_offer_keys, G_N_ELEMENTS (leave_offer_keys), "an offer");
  g_assert_cmpstr (json_object_get_string_member (offer, "id"), ==, "rsu");
  g_assert_cmpfloat (json_object_get_double_member (offer, "vested_units"), ==, 17000);
  g_assert_cmpfloat (json_object_get_double_member (offer, "forfeited_units"), ==, 31000);
  g_assert_cmpfloat (money (offer, "forfeited_value"), ==, 310000.0);
  g_assert_cmpfloat (money (offer, "clawback_owed"), ==, 40000.0);

  grants = json_object_get_array_member (offer, "grants");
  g_assert_cmpuint (json_array_get_length (grants), ==, 1);
  grant = element (grants, 0);
  assert_shape (grant, leave_grant_keys, G_N_ELEMENTS (leave_grant_keys), "a grant");
  g_assert_cmpstr (json_object_get_string_member (grant, "name"), ==, "New hire");
  g_assert_cmpfloat (json_object_get_double_member (grant, "vested_units"), ==, 17000);
  g_assert_cmpfloat (json_object_get_double_member (grant, "forfeited_units"), ==, 31000);
  g_assert_cmpfloat (money (grant, "forfeited_value"), ==, 310000.0);
  run_clear (&r);

  /* Leaving on a vest date keeps that tranche. */
  run (&r, "--leave-on", "2028-06-04", vesting_path, "--json", NULL);
  assert_exit (&r, 0);
  g_clear_pointer (&root, json_node_unref);
  root = parse (r.out);
  offer = element (json_object_get_array_member (json_node_get_object (root), "offers"), 0);
  g_assert_cmpfloat (json_object_get_double_member (offer, "vested_units"), ==, 17000);
  run_clear (&r);
}

static void
test_leave_on_table (void)
{
  Run r;

  run (&r, "--leave-on", "2028-06-30", vesting_path, NULL);
  assert_exit (&r, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_true (g_str_has_prefix (r.out, "Leaving on 2028-06-30, values in USD\n"));
  g_assert_nonnull (strstr (r.out, "17,000"));
  g_assert_nonnull (strstr (r.out, "31,000"));
  g_assert_nonnull (strstr (r.out, "310,000.00"));
  g_assert_nonnull (strstr (r.out, "40,000.00"));
  run_clear (&r);
}

/* Exit statuses ------------------------------------------------------------ */

static void
assert_usage_error (Run *r)
{
  assert_exit (r, 2);
  g_assert_cmpstr (r->out, ==, "");
  g_assert_true (g_str_has_prefix (r->err, "offer-workbench: "));
  run_clear (r);
}

static void
test_bad_usage (void)
{
  Run r;

  run (&r, "--summary", NULL);
  assert_usage_error (&r);
  run (&r, "--summary", "--json", NULL);
  assert_usage_error (&r);
  run (&r, "--summary", worked_path, vesting_path, NULL);
  assert_usage_error (&r);
  run (&r, "--summary", "--vesting", worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--vesting", "--leave-on", "2028-01-01", worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--json", worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--leave-on", "2027-02-30", worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--leave-on", "tomorrow", worked_path, "--json", NULL);
  assert_usage_error (&r);
  run (&r, "--leave-on", "2027-2-3", worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--leave-on", worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--summary", "--bogus", worked_path, NULL);
  assert_usage_error (&r);

  /* A usage error is told before the file is even read. */
  run (&r, "--leave-on", "tomorrow", "/nonexistent/file.offers", NULL);
  assert_usage_error (&r);
}

static void
test_unreadable_file (void)
{
  Run r;
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.offers", NULL);

  run (&r, "--summary", missing, "--json", NULL);
  assert_exit (&r, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "offer-workbench: "));
  g_assert_nonnull (strstr (r.err, missing));
  run_clear (&r);
}

/* Each malformed file exits 1, says on stderr what the loader says (the
 * file as given on the command line, the JSON path, the rule) and prints
 * nothing on stdout, with each command. */
static void
test_malformed_corpus (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (malformed_cases); i++)
    {
      const MalformedCase *c = &malformed_cases[i];
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "malformed", c->file, NULL);
      g_autofree char *expected = NULL;
      g_autofree char *out = g_build_filename (tmp_dir, "malformed.csv", NULL);
      g_autofree char *pdf = g_build_filename (tmp_dir, "malformed.pdf", NULL);
      const char *commands[][5] = {
        { "--summary", path, "--json", NULL },
        { "--vesting", path, NULL },
        { "--leave-on", "2028-01-01", "--json", path, NULL },
        { "--export-csv", out, path, NULL },
        { "--export-pdf", pdf, path, NULL },
      };

      g_assert_true (g_str_has_prefix (c->message, c->file));
      expected = g_strconcat ("offer-workbench: ", path, c->message + strlen (c->file), "\n", NULL);

      for (guint k = 0; k < G_N_ELEMENTS (commands); k++)
        {
          const char **a = commands[k];
          Run r;

          run (&r, a[0], a[1], a[2], a[3], NULL);
          if (r.status != 1 || strcmp (r.err, expected) != 0 || *r.out != '\0')
            g_error ("%s with %s: exit %d\nstderr: %s\nexpected: %s\nstdout: %s",
                     c->file, a[0], r.status, r.err, expected, r.out);
          run_clear (&r);
          /* Nothing is written for a document that does not load. */
          g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
          g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
        }
    }
}

/* --export-csv -------------------------------------------------------------- */

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* Every row of the table, worked out by hand.  Acme in years 1 to 4: base
 * 180,000, bonus 15 % = 27,000, equity a quarter of 400,000 = 100,000 a
 * year (the cliff's 12 months in year 1, then 12 a year), the 40,000
 * sign-on in year 1 only: 347,000 then 307,000.  Over the horizon
 * 1,268,000, 317,000 a year.  After 30 % tax 887,600; for a cost of living
 * of 125, 887,600 · 100 / 125 = 710,080.  Discounted at 10 %: 347,000 +
 * 307,000 / 1.1 + 307,000 / 1.21 + 307,000 / 1.331 = 347,000 +
 * 279,090.909 + 253,719.008 + 230,653.644 = 1,110,463.56.  The company
 * and the title are quoted, the quotes doubled, the line break kept. */
static void
test_export_csv (void)
{
  g_autofree char *out = g_build_filename (tmp_dir, "acme.csv", NULL);
  g_autofree char *text = NULL;
  const char *head = "acme,\"Smith, \"\"Jones\"\" & Co\",\"ML Engineer\nNights\",";
  g_autofree char *expected = g_strconcat (
    "offer_id,company,title,year,base,bonus,sign_on,equity,benefits,total\r\n",
    head, "1,180000.00,27000.00,40000.00,100000.00,0.00,347000.00\r\n",
    head, "2,180000.00,27000.00,0.00,100000.00,0.00,307000.00\r\n",
    head, "3,180000.00,27000.00,0.00,100000.00,0.00,307000.00\r\n",
    head, "4,180000.00,27000.00,0.00,100000.00,0.00,307000.00\r\n",
    head, "first_year_total,180000.00,27000.00,40000.00,100000.00,0.00,347000.00\r\n",
    head, "annualized_total,180000.00,27000.00,10000.00,100000.00,0.00,317000.00\r\n",
    head, "horizon_total,720000.00,108000.00,40000.00,400000.00,0.00,1268000.00\r\n",
    head, "after_tax_horizon_total,,,,,,887600.00\r\n",
    head, "col_adjusted_horizon_total,,,,,,710080.00\r\n",
    head, "present_value_total,,,,,,1110463.56\r\n",
    NULL);
  Run r;

  run (&r, "--export-csv", out, csv_path, NULL);
  assert_exit (&r, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, "");
  run_clear (&r);

  text = read_text (out);
  g_assert_cmpstr (text, ==, expected);
  /* Private like a saved document. */
  g_assert_cmpuint (file_mode (out), ==, 0600);

  /* An existing file is replaced whole and keeps its permissions, as a
   * saved document does; --export-csv=OUT works too. */
  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_cmpint (g_chmod (out, 0640), ==, 0);
  {
    g_autofree char *option = g_strconcat ("--export-csv=", out, NULL);

    run (&r, option, csv_path, NULL);
  }
  assert_exit (&r, 0);
  run_clear (&r);
  g_clear_pointer (&text, g_free);
  text = read_text (out);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpuint (file_mode (out), ==, 0640);

  g_assert_cmpint (g_unlink (out), ==, 0);
}

/* The sample document, whose figures test-examples pins: Cascadia's first
 * year is base 210,000, bonus 29,925, sign-on 60,000, equity 19,837.80,
 * benefits 15,250, total 335,012.80, and it averages 429,943.69 a year,
 * with the 100,000 of sign-on spread as 25,000 and benefits 15,250 each
 * year; Lumen's title has a comma. */
static void
test_export_csv_sample (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
  g_autofree char *out = g_build_filename (tmp_dir, "sample.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) annualized = NULL;
  Run r;

  run (&r, "--export-csv", out, sample, NULL);
  assert_exit (&r, 0);
  g_assert_cmpstr (r.err, ==, "");
  run_clear (&r);

  text = read_text (out);
  lines = g_strsplit (text, "\r\n", -1);
  /* The header, ten rows for each of the three offers, and nothing after
   * the last line end. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 3 * 10 + 1);
  g_assert_cmpstr (lines[31], ==, "");
  g_assert_null (strchr (lines[5], '\n'));
  g_assert_cmpstr (lines[1], ==,
                   "cascadia-ml,Cascadia Compute,Machine Learning Engineer,1,"
                   "210000.00,29925.00,60000.00,19837.80,15250.00,335012.80");
  g_assert_cmpstr (lines[11], ==,
                   "lumen-research,Lumen Foundry,\"Research Scientist, Post-training\",1,"
                   "185000.00,0.00,25000.00,143000.00,6000.00,359000.00");

  annualized = g_strsplit (lines[6], ",", -1);
  g_assert_cmpuint (g_strv_length (annualized), ==, 10);
  g_assert_cmpstr (annualized[3], ==, "annualized_total");
  g_assert_cmpstr (annualized[6], ==, "25000.00");
  g_assert_cmpstr (annualized[8], ==, "15250.00");
  g_assert_cmpstr (annualized[9], ==, "429943.69");

  g_assert_cmpint (g_unlink (out), ==, 0);
}

static void
test_export_csv_errors (void)
{
  g_autofree char *out = g_build_filename (tmp_dir, "never.csv", NULL);
  g_autofree char *in_missing_dir = g_build_filename (tmp_dir, "no-such-folder", "table.csv", NULL);
  g_autofree char *link = g_build_filename (tmp_dir, "link.offers", NULL);
  g_autofree char *before = read_text (worked_path);
  g_autofree char *after = NULL;
  Run r;

  /* Usage: exit 2, before anything is read or written. */
  run (&r, "--export-csv", NULL);
  assert_usage_error (&r);
  run (&r, "--export-csv", out, NULL);
  assert_usage_error (&r);
  run (&r, "--export-csv", "", worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--export-csv", out, worked_path, "--json", NULL);
  assert_usage_error (&r);
  run (&r, "--export-csv", out, "--summary", worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--export-csv", out, worked_path, vesting_path, NULL);
  assert_usage_error (&r);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* The table never replaces the document it is made from, also through a
   * link. */
  run (&r, "--export-csv", worked_path, worked_path, NULL);
  g_assert_nonnull (strstr (r.err, "the table would overwrite the document it is made from"));
  assert_usage_error (&r);
  g_assert_cmpint (symlink (worked_path, link), ==, 0);
  run (&r, "--export-csv", link, worked_path, NULL);
  assert_usage_error (&r);
  g_assert_cmpint (g_unlink (link), ==, 0);
  after = read_text (worked_path);
  g_assert_cmpstr (after, ==, before);

  /* A file that cannot be written: exit 1, the message names it. */
  run (&r, "--export-csv", in_missing_dir, worked_path, NULL);
  assert_exit (&r, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "offer-workbench: "));
  g_assert_nonnull (strstr (r.err, in_missing_dir));
  run_clear (&r);
  run (&r, "--export-csv", tmp_dir, worked_path, NULL);
  assert_exit (&r, 1);
  g_assert_nonnull (strstr (r.err, tmp_dir));
  g_assert_nonnull (strstr (r.err, "not a regular file"));
  run_clear (&r);
}

/* --export-pdf -------------------------------------------------------------- */

/* The PDF's text as pdftotext lays it out, each run of spaces made one;
 * NULL, and the test marked skipped, without poppler-utils. */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GRegex) spaces = g_regex_new ("  +", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *argv[] = { program, "-layout", pdf, "-", NULL };
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: build-aux/setup-debian installs it");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* The PDF's page count (pdfinfo); 0, and the test marked skipped,
 * without poppler-utils. */
static guint
pdf_pages (const char *pdf)
{
  g_autofree char *program = g_find_program_in_path ("pdfinfo");
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  const char *argv[] = { program, pdf, NULL };
  const char *line;
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed: build-aux/setup-debian installs it");
      return 0;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &info, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  line = strstr (info, "\nPages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("\nPages:"), NULL, 10);
}

/* The negotiation brief of the worked example, written without a display:
 * Acme's 347,000 in year 1, 317,000 a year and 1,268,000 over 4 years (see
 * worked_document), as the C locale formats money (en_US). */
static void
test_export_pdf (void)
{
  g_autofree char *out = g_build_filename (tmp_dir, "brief.pdf", NULL);
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;
  Run r;

  run (&r, "--export-pdf", out, worked_path, NULL);
  assert_exit (&r, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, "");
  run_clear (&r);

  g_assert_true (g_file_get_contents (out, &data, &len, NULL));
  g_assert_cmpuint (len, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  /* Private like a saved document. */
  g_assert_cmpuint (file_mode (out), ==, 0600);

  /* --export-pdf=OUT too; an existing file is replaced whole and keeps
   * its permissions. */
  g_assert_true (g_file_set_contents (out, "old", -1, NULL));
  g_assert_cmpint (g_chmod (out, 0640), ==, 0);
  {
    g_autofree char *option = g_strconcat ("--export-pdf=", out, NULL);

    run (&r, option, worked_path, NULL);
  }
  assert_exit (&r, 0);
  run_clear (&r);
  g_clear_pointer (&data, g_free);
  g_assert_true (g_file_get_contents (out, &data, NULL, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_cmpuint (file_mode (out), ==, 0640);

  text = pdf_text (out);
  if (text != NULL)
    {
      /* Named after the document's file. */
      g_assert_nonnull (strstr (text, "worked.offers"));
      g_assert_nonnull (strstr (text, "Negotiation brief"));
      g_assert_nonnull (strstr (text, "Acme AI"));
      g_assert_nonnull (strstr (text, "Seed Labs"));
      g_assert_nonnull (strstr (text, "$347,000.00"));
      g_assert_nonnull (strstr (text, "$317,000.00"));
      g_assert_nonnull (strstr (text, "$1,268,000.00"));
      g_assert_nonnull (strstr (text, "Page 1 of "));

      /* The charts, drawn with no display: the pay year by year; Seed
       * Labs' exit outcomes, 20,000 options at a 0.50 strike on
       * 100,000,000 shares: an IPO at 1B is 10 a share, (10 − 0.50) ×
       * 20,000 = 190,000 at 10 %, a fire sale at 20M is 0.20, under the
       * strike, so the expected payout is 0.10 × 190,000 = 19,000 and
       * 100 − 10 − 30 = 60 % is left to no exit; and the vesting
       * timeline. */
      g_assert_nonnull (strstr (text, "\nCharts\n"));
      g_assert_nonnull (strstr (text, "Pay Year by Year"));
      g_assert_nonnull (strstr (text, "Equity at an Exit"));
      g_assert_nonnull (strstr (text, "Expected $19,000"));
      g_assert_nonnull (strstr (text, "No exit, 60%"));
      g_assert_nonnull (strstr (text, "Cumulative equity by offer"));
      /* The comparison (pages 1 and 2, the year by year table running
       * over), the charts two to a page (3: pay and outcomes, 4: the
       * timeline), the offers one by one (5). */
      g_assert_nonnull (strstr (text, "Page 3 of 5"));
      g_assert_true (strstr (text, "Page 2 of 5") < strstr (text, "\nCharts\n"));
      g_assert_true (strstr (text, "Equity at an Exit") < strstr (text, "Page 3 of 5"));
      g_assert_true (strstr (text, "Page 3 of 5") < strstr (text, "Cumulative equity by offer"));
      g_assert_true (strstr (text, "Cumulative equity by offer") < strstr (text, "Page 4 of 5"));
      g_assert_cmpuint (pdf_pages (out), ==, 5);
    }

  g_assert_cmpint (g_unlink (out), ==, 0);
}

static void
test_export_pdf_errors (void)
{
  g_autofree char *out = g_build_filename (tmp_dir, "never.pdf", NULL);
  g_autofree char *in_missing_dir = g_build_filename (tmp_dir, "no-such-folder", "brief.pdf", NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.offers", NULL);
  g_autofree char *before = read_text (worked_path);
  g_autofree char *after = NULL;
  g_autofree char *expected = NULL;
  Run r;

  /* Usage: exit 2, before anything is read or written. */
  run (&r, "--export-pdf", NULL);
  assert_usage_error (&r);
  run (&r, "--export-pdf", out, NULL);
  g_assert_nonnull (strstr (r.err, "usage: offer-workbench --export-pdf OUT.pdf FILE"));
  assert_usage_error (&r);
  run (&r, "--export-pdf", "", worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--export-pdf", out, worked_path, "--json", NULL);
  assert_usage_error (&r);
  run (&r, "--export-pdf", out, "--export-csv", out, worked_path, NULL);
  assert_usage_error (&r);
  run (&r, "--export-pdf", out, worked_path, vesting_path, NULL);
  assert_usage_error (&r);
  /* The brief never replaces the document it is made from. */
  run (&r, "--export-pdf", worked_path, worked_path, NULL);
  g_assert_nonnull (strstr (r.err, "the report would overwrite the document it is made from"));
  assert_usage_error (&r);
  after = read_text (worked_path);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* A document that does not load: exit 1, the loader's message, and no
   * file (the malformed corpus checks every kind of broken file). */
  run (&r, "--export-pdf", out, missing, NULL);
  assert_exit (&r, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "offer-workbench: "));
  g_assert_nonnull (strstr (r.err, missing));
  run_clear (&r);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* A file that cannot be written: exit 1, the message names it. */
  run (&r, "--export-pdf", in_missing_dir, worked_path, NULL);
  assert_exit (&r, 1);
  expected = g_strconcat ("offer-workbench: ", in_missing_dir, NULL);
  g_assert_true (g_str_has_prefix (r.err, expected));
  run_clear (&r);
  g_assert_false (g_file_test (in_missing_dir, G_FILE_TEST_EXISTS));
}

/* Generated at test time: a hundred thousand brackets and a file over
 * 16 MiB exit 1 like any other broken file, without a crash. */
static void
test_huge_files (void)
{
  GString *deep = g_string_new (NULL);
  g_autofree char *deep_path = NULL;
  g_autofree char *big_path = g_build_filename (tmp_dir, "big.offers", NULL);
  g_autofree char *big = g_malloc (16 * 1024 * 1024 + 2);
  Run r;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  deep_path = write_document ("deep.offers", deep->str);
  g_string_free (deep, TRUE);

  run (&r, "--summary", deep_path, "--json", NULL);
  assert_exit (&r, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "offer-workbench: "));
  g_assert_nonnull (strstr (r.err, "nesting is deeper than 64 levels (line 1, column 65)"));
  run_clear (&r);

  memset (big, ' ', 16 * 1024 * 1024 + 1);
  memcpy (big, "{}", 2);
  big[16 * 1024 * 1024 + 1] = '\0';
  g_assert_true (g_file_set_contents (big_path, big, -1, NULL));
  run (&r, "--summary", big_path, NULL);
  assert_exit (&r, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_nonnull (strstr (r.err, ": the file is larger than 16 MiB (16777217 bytes)\n"));
  run_clear (&r);

  g_assert_cmpint (g_unlink (deep_path), ==, 0);
  g_assert_cmpint (g_unlink (big_path), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("ow-cli-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  worked_path = write_document ("worked.offers", worked_document);
  vesting_path = write_document ("vesting.offers", vesting_document);
  csv_path = write_document ("csv.offers", csv_document);

  g_test_add_func ("/ow/cli/summary-json", test_summary_json);
  g_test_add_func ("/ow/cli/summary-table", test_summary_table);
  g_test_add_func ("/ow/cli/vesting-json", test_vesting_json);
  g_test_add_func ("/ow/cli/vesting-table", test_vesting_table);
  g_test_add_func ("/ow/cli/leave-on-json", test_leave_on_json);
  g_test_add_func ("/ow/cli/leave-on-table", test_leave_on_table);
  g_test_add_func ("/ow/cli/bad-usage", test_bad_usage);
  g_test_add_func ("/ow/cli/unreadable-file", test_unreadable_file);
  g_test_add_func ("/ow/cli/export-csv", test_export_csv);
  g_test_add_func ("/ow/cli/export-csv-sample", test_export_csv_sample);
  g_test_add_func ("/ow/cli/export-csv-errors", test_export_csv_errors);
  g_test_add_func ("/ow/cli/export-pdf", test_export_pdf);
  g_test_add_func ("/ow/cli/export-pdf-errors", test_export_pdf_errors);
  g_test_add_func ("/ow/cli/malformed-corpus", test_malformed_corpus);
  g_test_add_func ("/ow/cli/huge-files", test_huge_files);

  status = g_test_run ();

  g_unlink (worked_path);
  g_unlink (vesting_path);
  g_unlink (csv_path);
  g_rmdir (tmp_dir);
  g_free (worked_path);
  g_free (vesting_path);
  g_free (csv_path);
  g_free (tmp_dir);
  return status;
}
