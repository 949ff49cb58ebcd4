/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Compare view, driven through a real session: its figures are the
 * valuation's, it follows every edit at once, marks the best of each row,
 * switches periods and the offer-letter-only setting, and takes
 * differences to the current job exactly. */
#include "config.h"

#include <adwaita.h>

#include "ow-compare-table.h"
#include "ow-compare-view.h"
#include "ow-format.h"

/* The worked example (offer-model.md §3): 180,000 base, 15 % bonus, a
 * 40,000 sign-on and 400,000 of RSUs over 4 years with a 1-year cliff make
 * 347,000 in the first year and 317,000 a year on average.  Bolt is the
 * current job; Cove has an expected refresher, which "offer letter only"
 * leaves out. */
static const char worked_example[] =
  "{ \"format\": \"offer-workbench\", \"version\": 1, \"horizon_years\": 4,"
  "  \"offers\": ["
  "  { \"id\": \"acme\", \"company\": \"Acme AI\", \"title\": \"ML Engineer\","
  "    \"start_date\": \"2027-01-04\", \"base_salary\": 180000,"
  "    \"bonus\": { \"target_percent\": 15 },"
  "    \"sign_on\": [ { \"amount\": 40000 } ],"
  "    \"grants\": [ { \"value\": 400000 } ] },"
  "  { \"id\": \"bolt\", \"company\": \"Bolt\", \"title\": \"Data Scientist\", \"current_job\": true,"
  "    \"start_date\": \"2027-01-04\", \"base_salary\": 150000 },"
  "  { \"id\": \"cove\", \"company\": \"Cove\", \"start_date\": \"2027-01-04\", \"base_salary\": 120000,"
  "    \"grants\": [ { \"value\": 100000 } ],"
  "    \"refreshers\": { \"annual_value\": 40000 } } ] }";

/* Annualized figures with half cents: Edge 250,000.005 (shows .01), Ford,
 * the current job, 100,000.0025 (shows .00).  The exact difference is
 * 150,000.0025, shown as +150,000.00; subtracting the shown figures would
 * say +150,000.01. */
static const char half_cents[] =
  "{ \"format\": \"offer-workbench\", \"version\": 1, \"horizon_years\": 4,"
  "  \"offers\": ["
  "  { \"id\": \"edge\", \"company\": \"Edge\", \"start_date\": \"2027-01-04\", \"base_salary\": 250000,"
  "    \"sign_on\": [ { \"amount\": 0.02 } ] },"
  "  { \"id\": \"ford\", \"company\": \"Ford\", \"current_job\": true, \"start_date\": \"2027-01-04\","
  "    \"base_salary\": 100000, \"sign_on\": [ { \"amount\": 0.01 } ] },"
  "  { \"id\": \"gale\", \"company\": \"Gale\", \"start_date\": \"2027-01-04\", \"base_salary\": 90000 } ] }";

typedef struct
{
  OwDocument    *document;
  OwSession     *session;
  GtkWindow     *window;
  OwCompareView *view;
} Fixture;

static void
fixture_load (Fixture    *f,
              const char *json)
{
  g_autoptr(GError) error = NULL;

  f->document = ow_document_new ();
  g_assert_true (ow_document_load_data (f->document, json, strlen (json), "test", &error));
  g_assert_no_error (error);
  f->session = ow_session_new (f->document, NULL, NULL);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 600);
  f->view = g_object_new (OW_TYPE_COMPARE_VIEW, NULL);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  ow_compare_view_set_session (f->view, f->session);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  fixture_load (f, data);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->document);
  g_assert_finalize_object (g_steal_pointer (&f->session));
}

static OwOffer *
offer (Fixture    *f,
       const char *id)
{
  OwOffer *o = ow_document_find_offer (f->document, id, NULL);

  g_assert_nonnull (o);
  return o;
}

static const char *
text (Fixture    *f,
      const char *row,
      const char *id)
{
  return ow_compare_view_get_cell_text (f->view, row, offer (f, id));
}

static gboolean
is_best (Fixture    *f,
         const char *row,
         const char *id)
{
  GtkWidget *cell = ow_compare_view_get_cell (f->view, row, offer (f, id));

  g_assert_nonnull (cell);
  return gtk_widget_has_css_class (cell, "best");
}

/* What the valuation says, formatted the way the view must show it. */
static char *
formatted (Fixture       *f,
           const char    *id,
           const OwExact *(*pick) (const OwOfferValue *))
{
  OwOfferValue *value = ow_session_get_offer_value (f->session, offer (f, id));

  return ow_format_money (pick (value), "USD");
}

static const OwExact *
pick_first_year (const OwOfferValue *v)
{
  return &v->first_year_total;
}

static const OwExact *
pick_annualized (const OwOfferValue *v)
{
  return &v->annualized_total;
}

static const OwExact *
pick_horizon (const OwOfferValue *v)
{
  return &v->horizon_total;
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *first = formatted (f, "acme", pick_first_year);
  g_autofree char *annual = formatted (f, "acme", pick_annualized);
  g_autofree char *horizon = formatted (f, "acme", pick_horizon);

  /* Worked by hand. */
  g_assert_cmpstr (text (f, "first-year-total", "acme"), ==, "$347,000.00");
  g_assert_cmpstr (text (f, "annualized-total", "acme"), ==, "$317,000.00");
  g_assert_cmpstr (text (f, "horizon-total", "acme"), ==, "$1,268,000.00");
  g_assert_cmpstr (text (f, "first-year-total", "bolt"), ==, "$150,000.00");
  g_assert_cmpstr (text (f, "horizon-total", "bolt"), ==, "$600,000.00");
  /* The default period is the average year. */
  g_assert_cmpstr (ow_compare_view_get_period (f->view), ==, "annualized");
  g_assert_cmpstr (text (f, "base", "acme"), ==, "$180,000.00");
  g_assert_cmpstr (text (f, "bonus", "acme"), ==, "$27,000.00");
  g_assert_cmpstr (text (f, "sign-on", "acme"), ==, "$10,000.00");
  g_assert_cmpstr (text (f, "equity", "acme"), ==, "$100,000.00");
  g_assert_cmpstr (text (f, "total", "acme"), ==, "$317,000.00");
  g_assert_cmpstr (text (f, "equity-share", "acme"), ==, "31.55%");

  /* And they are the valuation's figures. */
  g_assert_cmpstr (text (f, "first-year-total", "acme"), ==, first);
  g_assert_cmpstr (text (f, "annualized-total", "acme"), ==, annual);
  g_assert_cmpstr (text (f, "horizon-total", "acme"), ==, horizon);

  /* No exit scenarios in this document: no row for them. */
  g_assert_null (text (f, "exit-payout", "acme"));
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  OwHistory *history = ow_session_get_history (f->session);
  GtkWidget *cell = ow_compare_view_get_cell (f->view, "first-year-total", offer (f, "acme"));
  g_autoptr(GError) error = NULL;

  /* 190,000 + 28,500 + 40,000 + 100,000; no main loop iteration needed. */
  g_assert_true (ow_history_set (history, offer (f, "acme"), &error, "base-salary", (gint64) 19000000, NULL));
  g_assert_no_error (error);
  g_assert_cmpstr (text (f, "first-year-total", "acme"), ==, "$358,500.00");
  g_assert_cmpstr (text (f, "annualized-total", "acme"), ==, "$328,500.00");
  g_assert_cmpstr (text (f, "base", "acme"), ==, "$190,000.00");

  /* The cells were updated, not made again. */
  g_assert_true (ow_compare_view_get_cell (f->view, "first-year-total", offer (f, "acme")) == cell);

  g_assert_true (ow_history_undo (history));
  g_assert_cmpstr (text (f, "first-year-total", "acme"), ==, "$347,000.00");

  /* A new name reaches the cells' accessible labels too. */
  g_assert_true (ow_history_set (history, offer (f, "acme"), NULL, "company", "Acme Labs", NULL));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Acme Labs, First-year total: $347,000.00, best");
}

static void
test_best (Fixture       *f,
           gconstpointer  data)
{
  OwHistory *history = ow_session_get_history (f->session);
  GtkWidget *cell = ow_compare_view_get_cell (f->view, "first-year-total", offer (f, "acme"));

  g_assert_true (is_best (f, "first-year-total", "acme"));
  g_assert_false (is_best (f, "first-year-total", "bolt"));
  g_assert_false (is_best (f, "first-year-total", "cove"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Acme AI, First-year total: $347,000.00, best");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "The best value in this row");
  cell = ow_compare_view_get_cell (f->view, "first-year-total", offer (f, "bolt"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Bolt, First-year total: $150,000.00");

  /* Nobody has benefits: a row of equal values marks none. */
  g_assert_false (is_best (f, "benefits", "acme"));
  g_assert_false (is_best (f, "benefits", "bolt"));
  g_assert_false (is_best (f, "benefits", "cove"));

  /* A tie marks every offer that has the highest value. */
  g_assert_true (ow_history_set (history, offer (f, "cove"), NULL, "base-salary", (gint64) 18000000, NULL));
  g_assert_true (is_best (f, "base", "acme"));
  g_assert_true (is_best (f, "base", "cove"));
  g_assert_false (is_best (f, "base", "bolt"));

  /* And the mark moves with the figures. */
  g_assert_true (ow_history_set (history, offer (f, "bolt"), NULL, "base-salary", (gint64) 20000000, NULL));
  g_assert_true (is_best (f, "base", "bolt"));
  g_assert_false (is_best (f, "base", "acme"));
  g_assert_false (is_best (f, "base", "cove"));

  /* The equity share is not a "more is better" figure. */
  g_assert_false (is_best (f, "equity-share", "acme"));
}

static void
test_period (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *table = gtk_widget_get_first_child (GTK_WIDGET (f->view));
  guint rows_annualized;

  /* The table sits in the scrolled window below the toolbar. */
  while (table != NULL && !GTK_IS_SCROLLED_WINDOW (table))
    table = gtk_widget_get_next_sibling (table);
  g_assert_nonnull (table);
  table = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (table));
  g_assert_true (OW_IS_COMPARE_TABLE (table));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (table), GTK_ACCESSIBLE_ROLE_GRID);
  rows_annualized = ow_compare_table_get_n_rows (OW_COMPARE_TABLE (table));
  g_assert_cmpuint (ow_compare_table_get_n_columns (OW_COMPARE_TABLE (table)), ==, 4);

  /* Year by year: a row for each year under each part of pay. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "compare.period", "s", "years"));
  g_assert_cmpstr (ow_compare_view_get_period (f->view), ==, "years");
  g_assert_null (text (f, "base", "acme"));
  g_assert_cmpstr (text (f, "base/1", "acme"), ==, "$180,000.00");
  g_assert_cmpstr (text (f, "equity/1", "acme"), ==, "$100,000.00");
  g_assert_cmpstr (text (f, "sign-on/1", "acme"), ==, "$40,000.00");
  g_assert_cmpstr (text (f, "sign-on/2", "acme"), ==, "$0.00");
  g_assert_cmpstr (text (f, "total/1", "acme"), ==, "$347,000.00");
  g_assert_cmpstr (text (f, "total/4", "acme"), ==, "$307,000.00");
  g_assert_null (text (f, "total/5", "acme"));
  g_assert_cmpstr (text (f, "vs-current/1", "acme"), ==, "+$197,000.00");
  g_assert_cmpuint (ow_compare_table_get_n_rows (OW_COMPARE_TABLE (table)), >, rows_annualized);
  /* The totals stay whatever the period. */
  g_assert_cmpstr (text (f, "first-year-total", "acme"), ==, "$347,000.00");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "compare.period", "s", "first-year"));
  g_assert_cmpstr (text (f, "sign-on", "acme"), ==, "$40,000.00");
  g_assert_cmpstr (text (f, "total", "acme"), ==, "$347,000.00");
  g_assert_cmpstr (text (f, "vs-current/first-year", "acme"), ==, "+$197,000.00");
  g_assert_null (text (f, "base/1", "acme"));

  ow_compare_view_set_period (f->view, "horizon");
  g_assert_cmpstr (text (f, "total", "acme"), ==, "$1,268,000.00");
  g_assert_cmpstr (text (f, "equity", "acme"), ==, "$400,000.00");
  /* The period's difference is the horizon's: one row, not two. */
  g_assert_null (text (f, "vs-current/annualized", "acme"));
  g_assert_cmpstr (text (f, "vs-current/horizon", "acme"), ==, "+$668,000.00");
}

static void
test_letter_only (Fixture       *f,
                  gconstpointer  data)
{
  OwHistory *history = ow_session_get_history (f->session);
  g_autofree char *with_refreshers = g_strdup (text (f, "equity", "cove"));
  gboolean letter_only = TRUE;

  g_assert_true (ow_document_get_include_refreshers (f->document));
  g_object_get (f->view, "letter-only", &letter_only, NULL);
  g_assert_false (letter_only);

  /* The switch's action: it changes the document, through the history. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "compare.letter-only", NULL));
  g_assert_false (ow_document_get_include_refreshers (f->document));
  g_object_get (f->view, "letter-only", &letter_only, NULL);
  g_assert_true (letter_only);
  g_assert_true (ow_history_can_undo (history));
  g_assert_true (ow_session_get_modified (f->session));
  /* Cove's letter holds 100,000 over four years and nothing more. */
  g_assert_cmpstr (text (f, "equity", "cove"), ==, "$25,000.00");
  g_assert_cmpstr (text (f, "equity", "cove"), !=, with_refreshers);

  g_assert_true (ow_history_undo (history));
  g_assert_true (ow_document_get_include_refreshers (f->document));
  g_object_get (f->view, "letter-only", &letter_only, NULL);
  g_assert_false (letter_only);
  g_assert_cmpstr (text (f, "equity", "cove"), ==, with_refreshers);
  g_assert_false (ow_session_get_modified (f->session));
}

static void
test_difference (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *cell;

  g_assert_cmpstr (text (f, "annualized-total", "edge"), ==, "$250,000.01");
  g_assert_cmpstr (text (f, "annualized-total", "ford"), ==, "$100,000.00");
  /* Exact, rounded once: not 250,000.01 − 100,000.00. */
  g_assert_cmpstr (text (f, "vs-current/annualized", "edge"), ==, "+$150,000.00");
  g_assert_cmpstr (text (f, "vs-current/horizon", "edge"), ==, "+$600,000.01");
  /* A loss, with a true minus sign. */
  g_assert_cmpstr (text (f, "vs-current/annualized", "gale"), ==, "\u2212$10,000.00");
  /* The current job is not compared with itself. */
  g_assert_cmpstr (text (f, "vs-current/annualized", "ford"), ==, "—");

  /* The biggest gain is the best; a loss never is. */
  g_assert_true (is_best (f, "vs-current/horizon", "edge"));
  g_assert_false (is_best (f, "vs-current/horizon", "gale"));
  g_assert_false (is_best (f, "vs-current/horizon", "ford"));

  cell = ow_compare_view_get_cell (f->view, "vs-current/annualized", offer (f, "gale"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Gale, Difference to the current job, annualized: \u2212$10,000.00");

  /* Without a current job there is nothing to compare with. */
  g_assert_true (ow_history_set (ow_session_get_history (f->session), offer (f, "ford"), NULL,
                                 "current-job", FALSE, NULL));
  g_assert_null (text (f, "vs-current/horizon", "edge"));
  g_assert_true (ow_history_undo (ow_session_get_history (f->session)));
  g_assert_cmpstr (text (f, "vs-current/horizon", "edge"), ==, "+$600,000.01");
}

static void
activated_cb (OwCompareView  *view,
              OwOffer        *activated,
              OwOffer       **out)
{
  *out = activated;
}

static void
test_offers (Fixture       *f,
             gconstpointer  data)
{
  OwHistory *history = ow_session_get_history (f->session);
  GListModel *offers = ow_document_get_offers (f->document);
  g_autoptr(OwOffer) added = ow_offer_new ("dawn");
  OwOffer *activated = NULL;
  GtkWidget *header;

  /* A new offer gets a column at once, and loses it on undo. */
  g_object_set (added, "company", "Dawn", "start-date", ow_offer_get_start_date (offer (f, "acme")),
                "base-salary", (gint64) 50000000, NULL);
  g_assert_true (ow_history_insert (history, offers, 3, added, NULL));
  g_assert_cmpstr (text (f, "first-year-total", "dawn"), ==, "$500,000.00");
  g_assert_true (is_best (f, "first-year-total", "dawn"));
  g_assert_false (is_best (f, "first-year-total", "acme"));
  g_assert_true (ow_history_undo (history));
  g_assert_null (ow_compare_view_get_cell (f->view, "first-year-total", added));
  g_assert_true (is_best (f, "first-year-total", "acme"));

  /* The header opens the offer. */
  header = ow_compare_view_get_cell (f->view, "header", offer (f, "bolt"));
  g_assert_true (GTK_IS_BUTTON (header));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Bolt, Data Scientist, the current job");
  g_signal_connect (f->view, "offer-activated", G_CALLBACK (activated_cb), &activated);
  g_signal_emit_by_name (header, "clicked");
  g_assert_true (activated == offer (f, "bolt"));

  /* Selecting an offer does not disturb the figures. */
  ow_compare_view_set_selected_offer (f->view, offer (f, "cove"));
  ow_compare_view_set_selected_offer (f->view, NULL);
  g_assert_cmpstr (text (f, "first-year-total", "acme"), ==, "$347,000.00");
}

/* Tab enters the grid at one cell and the next Tab leaves it, however
 * many cells there are. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *cell = ow_compare_view_get_cell (f->view, "first-year-total", offer (f, "acme"));
  GtkWidget *table = gtk_widget_get_parent (cell);
  graphene_rect_t label_bounds, cell_bounds;
  GtkWidget *label;

  gtk_window_present (f->window);
  while (!gtk_widget_get_mapped (cell) || gtk_widget_get_width (cell) == 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (gtk_widget_grab_focus (cell));
  g_assert_true (gtk_widget_has_focus (cell));
  /* Leaving and coming back lands on the same cell. */
  g_assert_false (gtk_widget_child_focus (table, GTK_DIR_TAB_FORWARD));
  gtk_window_set_focus (f->window, NULL);
  g_assert_true (gtk_widget_child_focus (table, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (cell));

  /* Right to left, the labels are on the right. */
  label = gtk_widget_get_prev_sibling (cell);
  g_assert_true (gtk_widget_compute_bounds (label, table, &label_bounds));
  g_assert_true (gtk_widget_compute_bounds (cell, table, &cell_bounds));
  g_assert_cmpfloat (label_bounds.origin.x, <, cell_bounds.origin.x);
  gtk_widget_set_direction (table, GTK_TEXT_DIR_RTL);
  while (gtk_widget_compute_bounds (label, table, &label_bounds) &&
         label_bounds.origin.x < cell_bounds.origin.x)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_compute_bounds (cell, table, &cell_bounds));
  g_assert_cmpfloat (label_bounds.origin.x, >, cell_bounds.origin.x);
}

/* Differences are signed, with a true minus sign, rounded once to the
 * currency's digits, the sign where the locale puts it. */
static void
assert_signed (gint64      num,
               gint64      den,
               const char *currency,
               const char *expected)
{
  g_autofree char *text = NULL;
  OwExact value;

  ow_exact_set_fraction (&value, num, den);
  text = ow_format_money_signed (&value, currency);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_signed_money (void)
{
  assert_signed (1234500, 100, "USD", "+$12,345.00");
  assert_signed (-100000, 100, "USD", "\u2212$1,000.00");
  assert_signed (0, 1, "USD", "$0.00");
  /* Half a cent rounds away from zero, both ways. */
  assert_signed (1, 200, "USD", "+$0.01");
  assert_signed (-1, 200, "USD", "\u2212$0.01");
  assert_signed (-12345, 10, "JPY", "\u2212¥1,235");

  ow_format_set_locale ("de_DE");
  assert_signed (1234500, 100, "EUR", "+12.345,00\u00a0€");
  assert_signed (-1234500, 100, "EUR", "\u221212.345,00\u00a0€");
  ow_format_set_locale ("en_US");
}

static void
test_no_session (void)
{
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(GError) error = NULL;
  OwSession *session;
  OwCompareView *view = g_object_ref_sink (g_object_new (OW_TYPE_COMPARE_VIEW, NULL));
  gboolean letter_only = TRUE;

  ow_compare_view_set_session (view, NULL);
  ow_compare_view_set_selected_offer (view, NULL);
  ow_compare_view_set_period (view, "years");
  g_object_set (view, "letter-only", TRUE, NULL);
  g_object_get (view, "letter-only", &letter_only, NULL);
  g_assert_false (letter_only);
  g_assert_null (ow_compare_view_get_cell (view, "header", NULL));

  g_assert_true (ow_document_load_data (document, worked_example, strlen (worked_example), "t", &error));
  session = ow_session_new (document, NULL, NULL);
  ow_compare_view_set_session (view, session);
  g_assert_cmpstr (ow_compare_view_get_cell_text (view, "total/1", ow_document_get_offer (document, 0)),
                   ==, "$347,000.00");
  ow_compare_view_set_session (view, NULL);
  g_assert_null (ow_compare_view_get_cell_text (view, "total/1", ow_document_get_offer (document, 0)));

  g_assert_finalize_object (session);
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  ow_format_set_locale ("en_US");

#define ADD(path, json, fn) \
  g_test_add (path, Fixture, json, fixture_setup, fn, fixture_teardown)

  ADD ("/ow/compare-view/figures", worked_example, test_figures);
  ADD ("/ow/compare-view/edit", worked_example, test_edit);
  ADD ("/ow/compare-view/best", worked_example, test_best);
  ADD ("/ow/compare-view/period", worked_example, test_period);
  ADD ("/ow/compare-view/letter-only", worked_example, test_letter_only);
  ADD ("/ow/compare-view/difference", half_cents, test_difference);
  ADD ("/ow/compare-view/offers", worked_example, test_offers);
  ADD ("/ow/compare-view/keyboard", worked_example, test_keyboard);
  g_test_add_func ("/ow/compare-view/no-session", test_no_session);
  g_test_add_func ("/ow/compare-view/signed-money", test_signed_money);

#undef ADD

  return g_test_run ();
}
