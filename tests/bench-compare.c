/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark of the Compare view: one edit in a 20-offer document, through
 * the history, to a comparison ready to be shown.
 *
 * Each edit changes one offer's base salary with ow_history_set(); the
 * session revalues the document and emits "valuation-changed", the view
 * updates its cells' texts in that emission; then the view is laid out
 * (measure + allocate, as the frame clock would) and drawn into a render
 * node (GtkSnapshot), which is what GTK hands to the renderer.  Turning the
 * node into pixels is measured on its own ("raster"): it depends on the
 * renderer and the screen far more than on this code.
 *
 * The document is as heavy as a real one gets: a 10-year horizon, monthly
 * vesting, expected refreshers, a current job and exit scenarios, so every
 * row of the view is there.  Both periods are measured: "annualized" (the
 * default) and "years" (a row per year, the largest table).
 *
 * Run with `meson test -C _build --benchmark --verbose`.  It prints the
 * minimum, median and maximum over 100 edits and asserts nothing: timings
 * belong to a machine.  The target: edit to updated view < 8 ms. */
#define G_LOG_DOMAIN "bench-compare"

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ow-compare-view.h"
#include "ow-format.h"

#define N_OFFERS 20
#define N_EDITS  100
#define N_WARMUP 10

static void
append_offer (GString *out,
              guint    i)
{
  guint base = 150000 + (i * 7919) % 90000;

  g_string_append_printf (out,
    "    { \"id\": \"offer-%02u\", \"company\": \"Company %u\", \"title\": \"Machine Learning Engineer\",\n"
    "      \"start_date\": \"2027-01-04\", \"base_salary\": %u, \"annual_raise_percent\": 3.5,\n"
    "      \"current_job\": %s, \"company_stage\": \"%s\",\n"
    "      \"bonus\": { \"target_percent\": %u, \"expected_payout_percent\": 95 },\n"
    "      \"sign_on\": [ { \"amount\": %u }, { \"amount\": %u, \"month\": 13 } ],\n"
    "      \"grants\": [ { \"name\": \"RSUs\", \"value\": %u, \"share_price\": %u.%02u, \"growth_percent\": %u,\n"
    "                      \"vesting\": { \"months\": 48, \"cliff_months\": 12, \"every_months\": 1 } } ],\n"
    "      \"refreshers\": { \"annual_value\": %u, \"vesting\": { \"months\": 48, \"cliff_months\": 0 } },\n"
    "      %s"
    "      \"benefits\": { \"retirement_match_percent\": 6, \"retirement_match_cap\": 12250, \"annual_value\": 3000 },\n"
    "      \"effective_tax_percent\": 33, \"cost_of_living_index\": %u }",
    i, i, base, i == 0 ? "true" : "false", i % 4 == 1 ? "startup" : "public",
    10 + i % 10, 20000 + (i % 50) * 1000, 10000 + (i % 30) * 1000,
    200000 + (i * 104729) % 400000, 40 + i % 300, i % 100, 2 + i % 9,
    20000 + (i % 40) * 1000,
    i % 4 == 1 ? "\"company_equity\": { \"fully_diluted_shares\": 100000000, \"dilution_percent\": 20,"
                 " \"exit_scenarios\": [ { \"label\": \"IPO\", \"valuation\": 5000000000,"
                 " \"probability_percent\": 20 } ] },\n" : "",
    90 + i % 40);
}

static OwDocument *
make_document (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(GError) error = NULL;

  g_string_append (out,
    "{ \"format\": \"offer-workbench\", \"version\": 1, \"display_currency\": \"USD\",\n"
    "  \"horizon_years\": 10, \"include_expected_refreshers\": true, \"discount_rate_percent\": 4,\n"
    "  \"offers\": [\n");
  for (guint i = 0; i < N_OFFERS; i++)
    {
      if (i > 0)
        g_string_append (out, ",\n");
      append_offer (out, i);
    }
  g_string_append (out, "\n  ] }\n");

  if (!ow_document_load_data (document, out->str, out->len, "bench.offers", &error))
    g_error ("the generated document did not load: %s", error->message);
  return g_steal_pointer (&document);
}

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
report (const char *what,
        double     *times,
        guint       n,
        double      target_ms)
{
  double median;

  qsort (times, n, sizeof *times, compare_doubles);
  median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  printf ("%-34s min %7.3f ms  median %7.3f ms  max %7.3f ms", what, times[0], median, times[n - 1]);
  if (target_ms > 0)
    printf ("  target < %.0f ms", target_ms);
  printf ("\n");
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Lays the view out in its current size and draws it into a render node,
 * the work of one frame before the renderer. */
static GskRenderNode *
layout_and_snapshot (GtkWidget *view,
                     double    *layout_ms,
                     double    *snapshot_ms)
{
  int width = gtk_widget_get_width (view), height = gtk_widget_get_height (view);
  GtkSnapshot *snapshot;
  double t0, t1;
  int min, nat;

  t0 = now_ms ();
  gtk_widget_measure (view, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (view, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  gtk_widget_size_allocate (view, &(GtkAllocation) { 0, 0, width, height }, -1);
  t1 = now_ms ();
  *layout_ms = t1 - t0;

  snapshot = gtk_snapshot_new ();
  gtk_widget_snapshot_child (gtk_widget_get_parent (view), view, snapshot);
  *snapshot_ms = now_ms () - t1;
  return gtk_snapshot_free_to_node (snapshot);
}

static void
run (OwSession     *session,
     GtkWidget     *view,
     const char    *period)
{
  OwDocument *document = ow_session_get_document (session);
  OwHistory *history = ow_session_get_history (session);
  double update[N_EDITS], layout[N_EDITS], draw[N_EDITS], total[N_EDITS], raster[N_EDITS];
  double rebuild[10];
  cairo_surface_t *surface;
  char what[64];

  /* Switching the period makes the table again: that cost too. */
  for (guint i = 0; i < G_N_ELEMENTS (rebuild); i++)
    {
      double t0 = now_ms ();

      ow_compare_view_set_period (OW_COMPARE_VIEW (view), i % 2 ? period : "first-year");
      rebuild[i] = now_ms () - t0;
      settle ();
    }
  ow_compare_view_set_period (OW_COMPARE_VIEW (view), period);
  settle ();

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_width (view),
                                        gtk_widget_get_height (view));

  for (guint i = 0; i < N_WARMUP + N_EDITS; i++)
    {
      OwOffer *offer = ow_document_get_offer (document, i % N_OFFERS);
      gint64 base = ow_offer_get_base_salary (offer) + 100 + (gint64) i;
      g_autoptr(GError) error = NULL;
      g_autoptr(GskRenderNode) node = NULL;
      double t0, t1, layout_ms, snapshot_ms, t2;
      cairo_t *cr;

      t0 = now_ms ();
      if (!ow_history_set (history, offer, &error, "base-salary", base, NULL))
        g_error ("the edit failed: %s", error->message);
      t1 = now_ms ();
      node = layout_and_snapshot (view, &layout_ms, &snapshot_ms);

      t2 = now_ms ();
      cr = cairo_create (surface);
      if (node != NULL)
        gsk_render_node_draw (node, cr);
      cairo_destroy (cr);

      if (i >= N_WARMUP)
        {
          guint k = i - N_WARMUP;

          update[k] = t1 - t0;
          layout[k] = layout_ms;
          draw[k] = snapshot_ms;
          total[k] = t1 - t0 + layout_ms + snapshot_ms;
          raster[k] = now_ms () - t2;
        }
      /* Let GTK run its own frame, unmeasured, as it would between two
       * keystrokes. */
      settle ();
    }
  cairo_surface_destroy (surface);

  printf ("# period \"%s\": %d × %d px\n", period, gtk_widget_get_width (view), gtk_widget_get_height (view));
  report ("  edit + revalue + cell texts", update, N_EDITS, 0);
  report ("  layout (measure + allocate)", layout, N_EDITS, 0);
  report ("  snapshot (render node)", draw, N_EDITS, 0);
  g_snprintf (what, sizeof what, "  edit to view ready (%u offers)", N_OFFERS);
  report (what, total, N_EDITS, 8);
  report ("  raster (cairo, 1 frame)", raster, N_EDITS, 0);
  report ("  period switch (new table)", rebuild, G_N_ELEMENTS (rebuild), 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OwDocument) document = NULL;
  g_autoptr(OwSession) session = NULL;
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GtkWindow *window;
  GtkWidget *view;
  double valuation[N_EDITS];

  gtk_init ();
  adw_init ();
  ow_format_set_locale ("en_US");
  /* The application's own style, as AdwApplication loads it. */
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  document = make_document ();
  session = ow_session_new (document, NULL, NULL);

  /* For reference: the valuation alone. */
  for (guint i = 0; i < N_EDITS; i++)
    {
      double t0 = now_ms ();
      OwValuation *v = ow_valuation_new (document);

      valuation[i] = now_ms () - t0;
      ow_valuation_free (v);
    }

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1280, 800);
  view = g_object_new (OW_TYPE_COMPARE_VIEW, NULL);
  gtk_window_set_child (window, view);
  ow_compare_view_set_session (OW_COMPARE_VIEW (view), session);
  gtk_window_present (window);
  while (gtk_widget_get_width (view) == 0)
    g_main_context_iteration (NULL, TRUE);
  settle ();

  printf ("# Offer Workbench Compare view: %u offers, 10-year horizon, a current job, exits;\n"
          "# %u edits of a base salary through the history (after %u warm-up edits)\n",
          N_OFFERS, N_EDITS, N_WARMUP);
  report ("valuation alone (reference)", valuation, N_EDITS, 0);
  run (session, view, "annualized");
  run (session, view, "years");

  gtk_window_destroy (window);
  return 0;
}
