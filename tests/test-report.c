/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The negotiation brief, without a display: written as a PDF and read
 * back the way a person reads it, as text (pdftotext, poppler-utils), and
 * as the boxes of its words (pdftotext -bbox) to see that nothing runs off
 * the page.  The figures must be the comparison's own, formatted for the
 * locale; the open questions, deadlines, costs of leaving and planned
 * counters must be there for every offer. */
#define G_LOG_DOMAIN "test-report"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "ow-chart-report.h"
#include "ow-format.h"
#include "ow-report.h"
#include "ow-revision.h"
#include "ow-valuation.h"

#define DOC_HEAD "{ \"format\": \"offer-workbench\", \"version\": 1, "

/* Acme's offer in euros, now at 195,000: received at 180,000 with a
 * 40,000 sign-on, then countered at 210,000 and a 60,000 sign-on.  The
 * brief lists what the counter asks against what was received:
 *   Base salary         €180,000.00 → €210,000.00
 *   Amount (Sign-on 1)   €40,000.00 →  €60,000.00 */
static const char counter_document[] =
  DOC_HEAD "\"exchange_rates\": { \"EUR\": 1.08 }, \"offers\": ["
  " { \"id\": \"acme\", \"company\": \"Acme AI\", \"title\": \"ML Engineer\", \"currency\": \"EUR\","
  "   \"start_date\": \"2027-01-04\", \"deadline\": \"2026-12-01\", \"base_salary\": 195000,"
  "   \"sign_on\": [ { \"amount\": 40000 } ],"
  "   \"revisions\": ["
  "     { \"date\": \"2026-11-20\", \"kind\": \"received\","
  "       \"offer\": { \"company\": \"Acme AI\", \"title\": \"ML Engineer\", \"currency\": \"EUR\","
  "         \"start_date\": \"2027-01-04\", \"base_salary\": 180000, \"sign_on\": [ { \"amount\": 40000 } ] } },"
  "     { \"date\": \"2026-11-24\", \"kind\": \"countered\", \"note\": \"Asked for 210k on the phone\","
  "       \"offer\": { \"company\": \"Acme AI\", \"title\": \"ML Engineer\", \"currency\": \"EUR\","
  "         \"start_date\": \"2027-01-04\", \"base_salary\": 210000, \"sign_on\": [ { \"amount\": 60000 } ] } } ] },"
  " { \"id\": \"beta\", \"company\": \"Beta Corp\", \"start_date\": \"2027-01-04\", \"base_salary\": 150000,"
  "   \"checklist\": [ { \"question\": \"Is the team remote-first?\", \"status\": \"asked\","
  "                      \"answer\": \"Mostly; one week a quarter on site\" },"
  "                    { \"question\": \"Who would I report to?\", \"status\": \"answered\","
  "                      \"answer\": \"The head of research\" } ] } ] }";

static char *tmp_dir;

/* Helpers -------------------------------------------------------------------- */

static OwDocument *
load_text (const char *text)
{
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ow_document_load_data (document, text, strlen (text), "t.offers", &error));
  g_assert_no_error (error);
  return g_steal_pointer (&document);
}

static OwDocument *
load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  OwDocument *document = ow_document_new_from_file (file, "sample.offers", &error);

  g_assert_no_error (error);
  return document;
}

/* Runs a poppler tool; NULL (and the test skipped) when it is missing. */
static char *
run_tool (const char *tool,
          const char *option,
          const char *pdf)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("poppler-utils is not installed (build-aux/setup-debian installs it)");
      return NULL;
    }

  {
    const char *argv[] = { program, option, pdf, "-", NULL };

    if (g_str_equal (tool, "pdfinfo"))
      argv[1] = pdf, argv[2] = NULL;
    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed on %s:\n%s", tool, pdf, err);
  return out;
}

/* The PDF's text, its lines as laid out, with each run of spaces made one
 * (the layout pads columns with as many as it takes). */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *text = run_tool ("pdftotext", "-layout", pdf);
  g_autoptr(GRegex) spaces = g_regex_new ("  +", 0, 0, NULL);

  if (text == NULL)
    return NULL;
  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = run_tool ("pdfinfo", NULL, pdf);
  const char *line;

  if (info == NULL)
    return 0;
  line = strstr (info, "\nPages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + strlen ("\nPages:"), NULL, 10);
}

static void
assert_has (const char *text,
            const char *needle)
{
  if (strstr (text, needle) == NULL)
    {
      /* On stderr: the text's lines would not be TAP on stdout. */
      g_printerr ("The brief's text:\n%s\n", text);
      g_error ("the brief lacks “%s”", needle);
    }
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;
  return n;
}

/* Whether the LEN bytes of DATA, NULs and all, hold NEEDLE. */
static gboolean
has_bytes (const char *data,
           gsize       len,
           const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static char *
money (const OwExact *value,
       const char    *currency)
{
  gint64 cents = 0;

  g_assert_true (ow_exact_to_cents (value, &cents));
  return ow_format_money_cents (cents, currency);
}

/* Writes DOCUMENT's brief, titled TITLE, on A4 to TITLE.pdf in the
 * temporary folder. */
static char *
write_brief (OwDocument *document,
             const char *title,
             guint      *n_pages)
{
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  g_autoptr(OwReport) report = ow_report_new (session, title, NULL);
  g_autofree char *name = g_strconcat (title, ".pdf", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (ow_report_write (report, file, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT, &error));
  g_assert_no_error (error);
  if (n_pages != NULL)
    *n_pages = ow_report_get_n_pages (report, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT);
  return g_steal_pointer (&path);
}

/* The sample ----------------------------------------------------------------- */

static void
test_sample (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwValuation) valuation = ow_valuation_new (document);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  g_autofree char *past = NULL;
  g_autofree char *head = NULL;
  struct stat st;
  gsize len = 0;
  guint n_pages = 0;

  path = write_brief (document, "sample.offers", &n_pages);

  /* A PDF, private like a saved document: a brief tells what someone
   * earns. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &head, &len, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  /* Its title, and bookmarks for its parts (ASCII titles are written as
   * plain PDF strings; the offers' names, with a dash, in UTF-16). */
  g_assert_true (has_bytes (head, len, "/Title (Negotiation brief: sample.offers)"));
  g_assert_true (has_bytes (head, len, "/Title (Comparison)"));
  g_assert_true (has_bytes (head, len, "/Title (Year by year)"));
  g_assert_true (has_bytes (head, len, "/Title (The offers one by one)"));

  text = pdf_text (path);
  if (text == NULL)
    return;

  /* The figures of the comparison, as the valuation has them and as the
   * locale writes them (en_US: the test runs in the C locale). */
  for (guint i = 0; i < valuation->n_offers; i++)
    {
      const OwOfferValue *ov = &valuation->offers[i];
      g_autofree char *first = money (&ov->first_year_total, "USD");
      g_autofree char *annualized = money (&ov->annualized_total, "USD");
      g_autofree char *horizon = money (&ov->horizon_total, "USD");

      assert_has (text, ow_offer_get_company (ov->offer));
      assert_has (text, first);
      assert_has (text, annualized);
      assert_has (text, horizon);
    }

  /* And by hand (tests/test-examples.c works them out): Cascadia's first
   * year is 335,012.80, Lumen's 359,000.00, the best of the row, which
   * the brief marks with a star; Cascadia's 429,943.69 a year on
   * average beats Lumen's 381,295.21. */
  assert_has (text, "$335,012.80");
  assert_has (text, "★ $359,000.00");
  assert_has (text, "★ $429,943.69");
  assert_has (text, "$381,295.21");
  /* Lumen's first year takes the star, Cascadia's does not. */
  g_assert_null (strstr (text, "★ $335,012.80"));

  /* The differences to the current job, named. */
  assert_has (text, "Compared with Harborview Analytics, the current job");

  /* Lumen's own questions: the one asked and the one still open are
   * listed, with their status; the answered one is not. */
  assert_has (text, "Can options be exercised early, and how long is the exercise window after leaving? (Asked)");
  assert_has (text, "How many months of runway after the Series C? (Open)");
  g_assert_null (strstr (text, "What was the last 409A valuation, and when?"));
  /* A question the gaps raised, with why: Lumen's salary band is only
   * verbal. */
  assert_has (text, "Can you confirm the salary band in writing?");
  assert_has (text, "Why: Given only verbally: the salary band");

  /* Deadlines, and no counter in the sample. */
  assert_has (text, "Answer by Dec 4, 2026");
  assert_has (text, "Answer by Dec 9, 2026");
  g_assert_cmpuint (count (text, "No counter planned yet."), ==, 3);
  /* Leaving Cascadia a year in (2028-01-04): the 60,000 sign-on's
   * prorated 12-month clawback has run out and the 40,000 one is not paid
   * until month 13, so nothing is owed back. */
  assert_has (text, "Leaving after 12 months (Jan 4, 2028):");
  assert_has (text, "$0.00 of sign-on bonus owed back");

  /* Every page is numbered out of the count that printing uses too. */
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autofree char *number = g_strdup_printf ("Page %u of %u", p, n_pages);
      assert_has (text, number);
    }
  past = g_strdup_printf ("Page %u of", n_pages + 1);
  g_assert_null (strstr (text, past));
  /* The comparison comes first; the offers one by one after it. */
  g_assert_true (strstr (text, "Comparison") < strstr (text, "The offers one by one"));
  last = g_strdup_printf ("Page 1 of %u", n_pages);
  g_assert_true (strstr (text, "$335,012.80") < strstr (text, last));
}

/* The convenience function: the locale's paper, the given title. */
static void
test_write_pdf (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autofree char *path = g_build_filename (tmp_dir, "convenience.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double width = 0, height = 0;

  g_assert_true (ow_report_write_pdf (document, "My offers.offers", file, NULL, &error));
  g_assert_no_error (error);

  /* The test runs in the C locale, whose paper is A4. */
  ow_report_get_default_paper (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, OW_REPORT_A4_WIDTH, 0.001);
  g_assert_cmpfloat_with_epsilon (height, OW_REPORT_A4_HEIGHT, 0.001);

  text = pdf_text (path);
  if (text == NULL)
    return;
  assert_has (text, "My offers.offers");
  assert_has (text, "Negotiation brief");
}

/* A planned counter ------------------------------------------------------------ */

static void
test_counter (void)
{
  g_autoptr(OwDocument) document = load_text (counter_document);
  g_autofree char *path = write_brief (document, "counter", NULL);
  g_autofree char *text = pdf_text (path);

  if (text == NULL)
    return;

  assert_has (text, "Countered on Nov 24, 2026, against the figures received on Nov 20, 2026:");
  assert_has (text, "Note: Asked for 210k on the phone");
  assert_has (text, "Base salary: €180,000.00 → €210,000.00");
  assert_has (text, "Amount (Sign-on 1): €40,000.00 → €60,000.00");
  /* Beta has no log. */
  g_assert_cmpuint (count (text, "No counter planned yet."), ==, 1);

  /* Beta's questions: the one asked is listed with the answer so far, the
   * one answered is settled and left out. */
  assert_has (text, "Is the team remote-first? (Asked)");
  assert_has (text, "Answer so far: Mostly; one week a quarter on site");
  g_assert_null (strstr (text, "Who would I report to?"));
  assert_has (text, "Answer by Dec 1, 2026");
  assert_has (text, "No answer deadline set");
}

/* Many offers ----------------------------------------------------------------- */

static const char *const companies[] = {
  "Northwind Traders", "Contoso Pharmaceuticals International", "Fabrikam", "Tailspin Toys",
  "Wide World Importers", "Adventure Works Cycles", "Litware", "Proseware", "Lucerne Publishing",
  "Margie’s Travel", "Alpine Ski House", "Coho Winery", "Fourth Coffee", "Graphic Design Institute",
  "Humongous Insurance", "Blue Yonder Airlines", "Wingtip Toys", "Woodgrove Bank", "Trey Research",
  "School of Fine Art",
};

/* 20 offers, one with a long name, bases 100,000 + i · 7,919.13 so every
 * offer's figures differ. */
static OwDocument *
many_offers (void)
{
  g_autoptr(GString) json = g_string_new (DOC_HEAD "\"offers\": [");

  for (guint i = 0; i < G_N_ELEMENTS (companies); i++)
    g_string_append_printf (json,
                            "%s { \"id\": \"o%u\", \"company\": \"%s\", \"title\": \"Engineer %u\","
                            " \"start_date\": \"2027-01-04\", \"base_salary\": %u.%02u,"
                            " \"bonus\": { \"target_percent\": %u } %s }",
                            i > 0 ? "," : "", i, companies[i], i % 5 + 1,
                            100000 + i * 7919 + (i * 13) / 100, (i * 13) % 100, 10 + i % 7,
                            i == 3 ? ", \"current_job\": true" : "");
  g_string_append (json, "] }");
  return load_text (json->str);
}

/* The number after ATTRIBUTE="" in the tag that starts at TAG. */
static double
attribute (const char *tag,
           const char *attribute)
{
  g_autofree char *key = g_strdup_printf (" %s=\"", attribute);
  const char *end = strchr (tag, '>');
  const char *at = strstr (tag, key);

  g_assert_true (at != NULL && end != NULL && at < end);
  return g_ascii_strtod (at + strlen (key), NULL);
}

/* Every word of the PDF, as pdftotext -bbox places it, lies inside the
 * page's margins: nothing is cut off or runs over the edge. */
static void
assert_inside (const char *pdf)
{
  g_autofree char *boxes = run_tool ("pdftotext", "-bbox", pdf);
  const char *page, *word;
  double width, height;
  guint words = 0;

  if (boxes == NULL)
    return;

  page = strstr (boxes, "<page ");
  g_assert_nonnull (page);
  width = attribute (page, "width");
  height = attribute (page, "height");
  g_assert_cmpfloat (width, >, 500);

  for (word = strstr (page, "<word "); word != NULL; word = strstr (word + 1, "<word "))
    {
      double x0 = attribute (word, "xMin"), y0 = attribute (word, "yMin");
      double x1 = attribute (word, "xMax"), y1 = attribute (word, "yMax");

      /* The report keeps 50 points at the sides and draws its header
       * and footer 20 points or more from the edges. */
      if (x0 < 49 || x1 > width - 49 || y0 < 20 || y1 > height - 20)
        {
          g_autofree char *text = g_strndup (strchr (word, '>') + 1, strcspn (strchr (word, '>') + 1, "<"));

          g_error ("“%s” runs outside the page's margins: %g,%g – %g,%g on %g × %g", text, x0, y0, x1, y1,
                   width, height);
        }
      words++;
    }
  g_assert_cmpuint (words, >, 500);
}

static void
test_many_offers (void)
{
  g_autoptr(OwDocument) document = many_offers ();
  g_autoptr(OwValuation) valuation = ow_valuation_new (document);
  guint n_pages = 0;
  g_autofree char *path = write_brief (document, "many", &n_pages);
  g_autofree char *text = pdf_text (path);

  if (text == NULL)
    return;

  g_assert_cmpuint (valuation->n_offers, ==, 20);
  for (guint i = 0; i < valuation->n_offers; i++)
    {
      const OwOfferValue *ov = &valuation->offers[i];
      g_autofree char *first = money (&ov->first_year_total, "USD");
      g_autofree char *heading = g_strdup_printf ("%s — Engineer %u", companies[i], i % 5 + 1);

      /* Each offer's section names it in full, and its figures are in
       * the comparison. */
      assert_has (text, heading);
      assert_has (text, first);
    }
  /* Base 100,000 + 19 · 7,919 + 2.47 for the last offer. */
  assert_has (text, "$250,463.47");

  /* The offers do not fit across A4: they go in bands, every one of them
   * under its own heading. */
  assert_has (text, "Comparison, offers 1–");
  assert_has (text, "of 20");
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);
  assert_inside (path);
}

/* The same brief on US Letter: narrower and shorter, still inside. */
static void
test_letter (void)
{
  g_autoptr(OwDocument) document = many_offers ();
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  g_autoptr(OwReport) report = ow_report_new (session, "letter", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "letter.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint a4, letter;

  g_assert_true (ow_report_write (report, file, OW_REPORT_LETTER_WIDTH, OW_REPORT_LETTER_HEIGHT, &error));
  g_assert_no_error (error);
  letter = ow_report_get_n_pages (report, OW_REPORT_LETTER_WIDTH, OW_REPORT_LETTER_HEIGHT);
  a4 = ow_report_get_n_pages (report, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT);
  /* Asked again, the count is the same (it is kept per size). */
  g_assert_cmpuint (ow_report_get_n_pages (report, OW_REPORT_LETTER_WIDTH, OW_REPORT_LETTER_HEIGHT), ==, letter);
  /* Letter is 792 points high against A4's 842: it takes at least as
   * many pages. */
  g_assert_cmpuint (letter, >=, a4);
  if (pdf_pages (path) == 0)
    return;
  g_assert_cmpuint (pdf_pages (path), ==, letter);
  assert_inside (path);
}

/* Charts ---------------------------------------------------------------------- */

typedef struct
{
  guint  calls;
  double width;
  double height;
} ChartProbe;

/* A stand-in chart: a frame and its name, so the page shows where it went. */
static void
draw_probe_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  data)
{
  ChartProbe *probe = data;

  probe->calls++;
  probe->width = width;
  probe->height = height;
  cairo_rectangle (cr, 1, 1, width - 2, height - 2);
  cairo_stroke (cr);
}

static void
test_charts (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  g_autoptr(OwReportCharts) charts = ow_report_charts_new ();
  g_autoptr(OwReport) plain = ow_report_new (session, "sample", NULL);
  g_autoptr(OwReport) report = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "charts.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  ChartProbe first = { 0 }, second = { 0 }, third = { 0 };
  guint with, without;

  ow_report_charts_add (charts, "Pay by year", draw_probe_cb, &first, NULL);
  ow_report_charts_add (charts, "Exit outcomes", draw_probe_cb, &second, NULL);
  ow_report_charts_add (charts, "Vesting timeline", draw_probe_cb, &third, NULL);
  g_assert_cmpuint (ow_report_charts_get_n (charts), ==, 3);
  report = ow_report_new (session, "sample", charts);

  g_assert_true (ow_report_write (report, file, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT, &error));
  g_assert_no_error (error);

  /* Each chart drawn once, across the text width (A4 less 2 · 50 points). */
  g_assert_cmpuint (first.calls, ==, 1);
  g_assert_cmpuint (second.calls, ==, 1);
  g_assert_cmpuint (third.calls, ==, 1);
  g_assert_cmpfloat_with_epsilon (first.width, OW_REPORT_A4_WIDTH - 100, 0.001);
  g_assert_cmpfloat (first.height, >, 150);

  /* Two to a page, on pages of their own: two more pages than without. */
  with = ow_report_get_n_pages (report, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT);
  without = ow_report_get_n_pages (plain, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT);
  g_assert_cmpuint (with, ==, without + 2);

  text = pdf_text (path);
  if (text == NULL)
    return;
  assert_has (text, "Charts");
  assert_has (text, "Pay by year");
  assert_has (text, "Vesting timeline");
  g_assert_true (strstr (text, "Year by year") < strstr (text, "Exit outcomes"));
  g_assert_true (strstr (text, "Vesting timeline") < strstr (text, "The offers one by one"));
}

/* The charts themselves, drawn by their painters with no display: this
 * program links no GTK, and runs with no DISPLAY or WAYLAND_DISPLAY (main()
 * clears them), as `offer-workbench --export-pdf` does. */
static const char *
section (const char *text,
         const char *from,
         const char *to)
{
  const char *start = strstr (text, from);

  g_assert_nonnull (start);
  g_assert_nonnull (strstr (start, to));
  return start;
}

static void
test_painted_charts (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  g_autoptr(OwReportCharts) charts = ow_chart_report_charts_new (session);
  g_autoptr(OwReport) plain = ow_report_new (session, "sample", NULL);
  g_autoptr(OwReport) report = ow_report_new (session, "sample", charts);
  g_autofree char *path = g_build_filename (tmp_dir, "painted.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *charts_text = NULL;
  const char *start, *end;
  guint with, without;

  /* The sample has all three: Lumen Foundry's exit scenarios, and equity
   * that vests in every offer. */
  g_assert_cmpuint (ow_report_charts_get_n (charts), ==, 3);
  g_assert_true (ow_report_write (report, file, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT, &error));
  g_assert_no_error (error);

  /* Two charts to a page: two pages more than without them. */
  with = ow_report_get_n_pages (report, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT);
  without = ow_report_get_n_pages (plain, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT);
  g_assert_cmpuint (with, ==, without + 2);
  g_assert_cmpuint (pdf_pages (path), ==, with);

  text = pdf_text (path);
  if (text == NULL)
    return;
  /* Only what the charts' pages say: the comparison names the offers and
   * the parts of pay too. */
  start = section (text, "\nCharts\n", "The offers one by one");
  end = strstr (start, "The offers one by one");
  charts_text = g_strndup (start, end - start);

  /* The titles, in the window's order. */
  assert_has (charts_text, "Pay Year by Year");
  assert_has (charts_text, "Equity at an Exit");
  assert_has (charts_text, "Cumulative equity by offer");
  g_assert_true (strstr (charts_text, "Pay Year by Year") < strstr (charts_text, "Equity at an Exit"));
  g_assert_true (strstr (charts_text, "Equity at an Exit") < strstr (charts_text, "Cumulative equity by offer"));

  /* The yearly chart: its legend (parts and offers) and its years, the
   * sample's horizon being 4. */
  assert_has (charts_text, "Base salary");
  assert_has (charts_text, "Sign-on");
  assert_has (charts_text, "Benefits");
  assert_has (charts_text, "Cascadia Compute");
  assert_has (charts_text, "Harborview Analytics");
  assert_has (charts_text, "Year 1");
  assert_has (charts_text, "Year 4");
  assert_has (charts_text, "$0");

  /* The outcomes chart: Lumen Foundry's 40,000 options at a 4.20 strike,
   * 120,000,000 shares fully diluted, 25 % dilution, so a share at an exit
   * of V is V × 0.75 / 120,000,000:
   *   Acquisition, 35 %: 3B → 18.75; (18.75 − 4.20) × 40,000 =   582,000
   *   IPO, 15 %:        12B → 75.00; (75.00 − 4.20) × 40,000 = 2,832,000
   *   Acqui-hire (1.875, under the strike) and Shutdown pay 0.
   * Expected: 0.35 × 582,000 + 0.15 × 2,832,000 = 203,700 + 424,800. */
  assert_has (charts_text, "Expected $628,500");
  assert_has (charts_text, "Acquisition");
  assert_has (charts_text, "IPO");
  assert_has (charts_text, "Chance of the outcome");
  assert_has (charts_text, "No exit: pays nothing");

  /* The timeline: Lumen Foundry's one-year cliff, and its years from the
   * 2027 start to the last tranche, four years on. */
  assert_has (charts_text, "Cliff");
  assert_has (charts_text, "2027");
  assert_has (charts_text, "2031");
}

/* Only the charts that have something to show: an offer without equity has
 * neither exit outcomes nor a vesting timeline. */
static void
test_painted_charts_salary_only (void)
{
  g_autoptr(OwDocument) document =
    load_text (DOC_HEAD "\"offers\": [ { \"id\": \"plain\", \"company\": \"Plain Co\","
               " \"start_date\": \"2027-01-04\", \"base_salary\": 150000 } ] }");
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  g_autoptr(OwReportCharts) charts = ow_chart_report_charts_new (session);
  g_autoptr(OwReport) report = ow_report_new (session, "plain", charts);
  g_autofree char *path = g_build_filename (tmp_dir, "plain-charts.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (ow_report_charts_get_n (charts), ==, 1);
  g_assert_true (ow_report_write (report, file, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT, &error));
  g_assert_no_error (error);

  text = pdf_text (path);
  if (text == NULL)
    return;
  assert_has (text, "Pay Year by Year");
  assert_has (text, "Plain Co");
  g_assert_null (strstr (text, "Equity at an Exit"));
  g_assert_null (strstr (text, "Cumulative equity by offer"));
}

/* Odd cases ------------------------------------------------------------------- */

static void
test_empty (void)
{
  g_autoptr(OwDocument) document = load_text (DOC_HEAD "\"offers\": [] }");
  guint n_pages = 0;
  g_autofree char *path = write_brief (document, "empty", &n_pages);
  g_autofree char *text = pdf_text (path);

  g_assert_cmpuint (n_pages, ==, 1);
  if (text == NULL)
    return;
  assert_has (text, "This document has no offers yet.");
  assert_has (text, "Page 1 of 1");
}

/* A folder that is not there: an error that names the file, and nothing
 * written. */
static void
test_write_error (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autofree char *path = g_build_filename (tmp_dir, "no such folder", "brief.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (ow_report_write_pdf (document, "sample.offers", file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "brief.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Paper too small for the margins and one column of figures (a custom
 * size in a print dialog): no pages, and ow_report_write() says so
 * instead of writing a broken file. */
static void
test_tiny_paper (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  g_autoptr(OwReport) report = ow_report_new (session, NULL, NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "tiny.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (ow_report_get_n_pages (report, 200, 200), ==, 0);
  g_assert_cmpuint (ow_report_get_n_pages (report, NAN, OW_REPORT_A4_HEIGHT), ==, 0);
  g_assert_false (ow_report_write (report, file, 200, 200, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "tiny.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The pages of the printing path: drawing each page into a recording
 * surface marks it, and drawing the same page twice gives the same ink. */
static void
test_draw_page (void)
{
  g_autoptr(OwDocument) document = load_sample ();
  g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
  g_autoptr(OwReport) report = ow_report_new (session, "sample", NULL);
  guint n = ow_report_get_n_pages (report, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT);

  ow_report_set_date (report, ow_date_from_ymd (2026, 11, 25));
  for (guint page = 0; page < n; page++)
    {
      double extents[2][4];

      for (guint round = 0; round < 2; round++)
        {
          cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
          cairo_t *cr = cairo_create (surface);

          ow_report_draw_page (report, cr, page, OW_REPORT_A4_WIDTH, OW_REPORT_A4_HEIGHT);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_destroy (cr);
          cairo_recording_surface_ink_extents (surface, &extents[round][0], &extents[round][1],
                                               &extents[round][2], &extents[round][3]);
          cairo_surface_destroy (surface);
        }
      /* The white sheet covers the page (the extents are whole points);
       * no ink outside it. */
      g_assert_cmpfloat_with_epsilon (extents[0][2], OW_REPORT_A4_WIDTH, 1);
      g_assert_cmpfloat_with_epsilon (extents[0][3], OW_REPORT_A4_HEIGHT, 1);
      for (guint k = 0; k < 4; k++)
        g_assert_cmpfloat (extents[0][k], ==, extents[1][k]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* No display: the brief, its charts included, must not need one. */
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  /* Figures as en_US writes them, whatever the machine's locale. */
  ow_format_set_locale ("en_US");

  tmp_dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/ow/report/sample", test_sample);
  g_test_add_func ("/ow/report/write-pdf", test_write_pdf);
  g_test_add_func ("/ow/report/counter", test_counter);
  g_test_add_func ("/ow/report/many-offers", test_many_offers);
  g_test_add_func ("/ow/report/letter", test_letter);
  g_test_add_func ("/ow/report/charts", test_charts);
  g_test_add_func ("/ow/report/painted-charts", test_painted_charts);
  g_test_add_func ("/ow/report/painted-charts-salary-only", test_painted_charts_salary_only);
  g_test_add_func ("/ow/report/empty", test_empty);
  g_test_add_func ("/ow/report/write-error", test_write_error);
  g_test_add_func ("/ow/report/tiny-paper", test_tiny_paper);
  g_test_add_func ("/ow/report/draw-page", test_draw_page);

  status = g_test_run ();

  /* The PDFs go with the folder. */
  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (tmp_dir);
  }
  g_free (tmp_dir);
  return status;
}
