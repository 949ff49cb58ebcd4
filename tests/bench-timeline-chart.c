/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark of the vesting timeline chart: 20 offers, each with a grant
 * vesting monthly over ten years, expected refreshers, a sign-on payment
 * with a clawback window and a deadline, on a 10-year horizon: some 2,400
 * tranche points in all.
 *
 * Measured, each as the median of 100 runs after 10 unmeasured ones:
 *
 *  - draw: a full redraw with ow_chart_draw() into a 1920 × 1080 image
 *    surface, at the size of the previous draw (what every frame costs
 *    while the pointer or the focus moves: the target is < 4 ms);
 *  - draw after a resize: the same with the layout made again first (what
 *    a frame costs while the window is resized);
 *  - rebuild: the timeline and the series' caches made again, and the
 *    description, as after an edit ("valuation-changed");
 *  - pointer move: a hit-test at the pointer and the words and tooltip of
 *    the point found, as hovering costs; it must not build anything again,
 *    which the benchmark checks and prints.
 *
 * Run with `meson test -C _build --benchmark bench-timeline-chart
 * --verbose`.  It asserts nothing about time: timings belong to a
 * machine. */
#define G_LOG_DOMAIN "bench-timeline-chart"

#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ow-format.h"
#include "ow-timeline-chart.h"

#define N_OFFERS 20
#define N_RUNS   100
#define N_WARMUP 10
#define WIDTH    1920
#define HEIGHT   1080

static OwDocument *
make_document (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(GError) error = NULL;

  g_string_append (out,
    "{ \"format\": \"offer-workbench\", \"version\": 1, \"display_currency\": \"USD\",\n"
    "  \"horizon_years\": 10, \"include_expected_refreshers\": true,\n"
    "  \"offers\": [\n");
  for (guint i = 0; i < N_OFFERS; i++)
    g_string_append_printf (out,
      "%s    { \"id\": \"offer-%02u\", \"company\": \"Company %u\", \"start_date\": \"2027-%02u-04\",\n"
      "      \"deadline\": \"2026-12-%02u\", \"base_salary\": %u, \"bonus\": { \"target_percent\": 15 },\n"
      "      \"sign_on\": [ { \"amount\": %u, \"clawback_months\": 12 } ],\n"
      "      \"grants\": [ { \"name\": \"RSUs\", \"units\": %u, \"share_price\": %u.%02u, \"growth_percent\": %u,\n"
      "                      \"vesting\": { \"months\": 120, \"cliff_months\": 12, \"every_months\": 1 } } ],\n"
      "      \"refreshers\": { \"annual_value\": %u, \"vesting\": { \"months\": 48, \"cliff_months\": 0 } } }",
      i > 0 ? ",\n" : "", i, i, 1 + i % 3, 1 + i, 150000 + (i * 7919) % 90000,
      20000 + (i % 50) * 1000, 20000 + (i * 104729) % 40000, 40 + i % 300, i % 100, 2 + i % 9,
      20000 + (i % 40) * 1000);
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

/* The thread's own CPU time: on a shared, busy machine the wall-clock time
 * also counts the time other processes ran; both are printed. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
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
        const char *unit,
        double      scale,
        double      target)
{
  double median;

  qsort (times, n, sizeof *times, compare_doubles);
  median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  printf ("%-36s min %8.3f %s  median %8.3f %s  max %8.3f %s", what,
          times[0] * scale, unit, median * scale, unit, times[n - 1] * scale, unit);
  if (target > 0)
    printf ("  target < %g %s", target, unit);
  printf ("\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OwDocument) document = NULL;
  g_autoptr(OwSession) session = NULL;
  OwTimelineChart *chart;
  OwChartClass *klass;
  cairo_surface_t *surface;
  OwChartStyle style;
  const OwTimeline *timeline;
  double draw[N_RUNS], draw_cpu[N_RUNS], resized[N_RUNS], resized_cpu[N_RUNS];
  double rebuild[N_RUNS], hover[N_RUNS];
  guint n_points = 0, n_hits = 0, builds;

  gtk_init ();
  adw_init ();
  ow_format_set_locale ("en_US");

  document = make_document ();
  session = ow_session_new (document, NULL, NULL);
  chart = g_object_ref_sink (OW_TIMELINE_CHART (ow_timeline_chart_new ()));
  ow_timeline_chart_set_today (chart, ow_date_from_ymd (2026, 11, 20));
  ow_timeline_chart_set_session (chart, session);
  klass = OW_CHART_GET_CLASS (chart);

  timeline = ow_timeline_chart_get_timeline (chart);
  for (guint i = 0; i < timeline->n_series; i++)
    n_points += timeline->series[i].points->len;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  ow_chart_get_light_style (OW_CHART (chart), &style);

  /* A full redraw at the size of the last one. */
  builds = ow_timeline_chart_get_n_builds (chart);
  for (guint i = 0; i < N_WARMUP + N_RUNS; i++)
    {
      cairo_t *cr = cairo_create (surface);
      double t0 = now_ms (), c0 = cpu_ms ();

      ow_chart_draw (OW_CHART (chart), cr, WIDTH, HEIGHT, &style);
      cairo_surface_flush (surface);
      if (i >= N_WARMUP)
        {
          draw[i - N_WARMUP] = now_ms () - t0;
          draw_cpu[i - N_WARMUP] = cpu_ms () - c0;
        }
      cairo_destroy (cr);
    }

  /* The same, one pixel narrower or wider each time: the layout is made
   * again before drawing. */
  for (guint i = 0; i < N_WARMUP + N_RUNS; i++)
    {
      cairo_t *cr = cairo_create (surface);
      double t0 = now_ms (), c0 = cpu_ms ();

      ow_chart_draw (OW_CHART (chart), cr, WIDTH - (i % 2), HEIGHT, &style);
      cairo_surface_flush (surface);
      if (i >= N_WARMUP)
        {
          resized[i - N_WARMUP] = now_ms () - t0;
          resized_cpu[i - N_WARMUP] = cpu_ms () - c0;
        }
      cairo_destroy (cr);
    }
  if (ow_timeline_chart_get_n_builds (chart) != builds)
    g_error ("drawing built the timeline again");

  /* Pointer moves over the plot: hit-test, then the point's words and
   * tooltip when one is hit.  Nothing may be built again. */
  {
    GRand *rand = g_rand_new_with_seed (42);

    for (guint i = 0; i < N_WARMUP + N_RUNS; i++)
      {
        double x = g_rand_double_range (rand, 100, WIDTH - 40);
        double y = g_rand_double_range (rand, 120, HEIGHT - 40);
        double t0 = now_ms ();
        int index = ow_timeline_chart_query_point (chart, x, y, WIDTH, HEIGHT);
        g_autofree char *words = NULL;
        g_autofree char *markup = NULL;

        /* Half the moves land on a point, as hovering along a line does. */
        if (index < 0 && i % 2 == 0)
          {
            graphene_point_t where;
            guint k = g_rand_int_range (rand, 0, klass->get_n_points (OW_CHART (chart)));

            klass->get_point (OW_CHART (chart), k, WIDTH, HEIGHT, &where, NULL);
            index = ow_timeline_chart_query_point (chart, where.x + 1, where.y - 1, WIDTH, HEIGHT);
          }
        if (index >= 0)
          {
            klass->get_point (OW_CHART (chart), index, WIDTH, HEIGHT, NULL, &words);
            markup = ow_timeline_chart_get_tooltip_markup (chart, index);
            n_hits += i >= N_WARMUP;
          }
        if (i >= N_WARMUP)
          hover[i - N_WARMUP] = now_ms () - t0;
      }
    g_rand_free (rand);
    if (ow_timeline_chart_get_n_builds (chart) != builds)
      g_error ("hovering built the timeline again");
  }

  /* Rebuilding, as after an edit: the chart's "today" alternates between
   * two dates, which builds everything again. */
  for (guint i = 0; i < N_WARMUP + N_RUNS; i++)
    {
      double t0 = now_ms ();

      ow_timeline_chart_set_today (chart, ow_date_from_ymd (2026, 11, 20 + i % 2));
      if (i >= N_WARMUP)
        rebuild[i - N_WARMUP] = now_ms () - t0;
    }

  printf ("# Offer Workbench vesting timeline: %u offers, 10-year horizon, monthly vesting,\n"
          "# refreshers, sign-on clawbacks, deadlines; %u points (%u keyboard points);\n"
          "# median of %u runs after %u warm-up runs\n",
          N_OFFERS, n_points, klass->get_n_points (OW_CHART (chart)), N_RUNS, N_WARMUP);
  report ("draw 1920 × 1080 (layout cached)", draw, N_RUNS, "ms", 1, 4);
  report ("  the same, CPU time", draw_cpu, N_RUNS, "ms", 1, 4);
  report ("draw 1920 × 1080 after a resize", resized, N_RUNS, "ms", 1, 0);
  report ("  the same, CPU time", resized_cpu, N_RUNS, "ms", 1, 0);
  report ("rebuild (timeline, caches, words)", rebuild, N_RUNS, "ms", 1, 0);
  printf ("# pointer moves: %u of %u on a point; the timeline was not built again\n", n_hits, N_RUNS);
  report ("pointer move (hit-test + words)", hover, N_RUNS, "µs", 1000, 0);

  cairo_surface_destroy (surface);
  g_object_unref (chart);
  return 0;
}
