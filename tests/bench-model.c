/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmarks of the model: valuing a 20-offer and a 1,000-offer document,
 * and loading and saving a 1,000-offer file.  The documents are made up
 * here, each offer as heavy as a real one gets (a 10-year horizon, monthly
 * vesting, expected refreshers, a grant, two sign-ons, the optional
 * groups, a checklist, sources and notes), so the figures do not depend on
 * files that may change.
 *
 * Run with `meson test -C _build --benchmark --verbose`.  It prints the
 * minimum, median and maximum over many runs and the cost per offer; it
 * asserts nothing about time, since timings belong to a machine, not to the
 * code.  The targets (README, Performance) are for a 2-core machine:
 * 20 offers < 1 ms, 1,000 offers < 50 ms, load + save of 1,000 < 150 ms;
 * the vesting timeline of 20 offers (either scope) < 2 ms. */
#define G_LOG_DOMAIN "bench-model"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ow-document.h"
#include "ow-timeline.h"
#include "ow-valuation.h"

static const char *const titles[] = {
  "Machine Learning Engineer", "Research Scientist", "Applied Scientist",
  "Data Scientist", "MLOps Engineer", "AI Product Manager",
};
static const char *const role_families[] = { "core", "core", "core", "adjacent", "adjacent", "non_technical" };
static const char *const work_modes[] = { "onsite", "hybrid", "remote" };
static const char *const stages[] = { "startup", "growth", "enterprise", "public" };

/* One offer, about 2 KiB of pretty JSON, its figures varied by I so that
 * no two offers value alike. */
static void
append_offer (GString *out,
              guint    i)
{
  guint base = 150000 + (i * 7919) % 90000;
  const char *stage = stages[i % G_N_ELEMENTS (stages)];

  g_string_append_printf (out,
    "    {\n"
    "      \"id\": \"offer-%04u\",\n"
    "      \"company\": \"Company %u\",\n"
    "      \"title\": \"%s\",\n"
    "      \"level\": \"Senior\",\n"
    "      \"role_family\": \"%s\",\n"
    "      \"location\": \"City %u\",\n"
    "      \"work_mode\": \"%s\",\n"
    "      \"company_stage\": \"%s\",\n"
    "      \"industry\": \"Software\",\n"
    "      \"status\": \"considering\",\n"
    "      \"start_date\": \"2027-01-04\",\n"
    "      \"deadline\": \"2026-12-%02u\",\n"
    "      \"base_salary\": %u,\n"
    "      \"annual_raise_percent\": 3.5,\n"
    "      \"salary_band\": {\n"
    "        \"min\": %u,\n"
    "        \"max\": %u\n"
    "      },\n"
    "      \"bonus\": {\n"
    "        \"target_percent\": %u,\n"
    "        \"expected_payout_percent\": 95\n"
    "      },\n"
    "      \"sign_on\": [\n"
    "        {\n"
    "          \"amount\": %u,\n"
    "          \"month\": 0,\n"
    "          \"clawback_months\": 12,\n"
    "          \"clawback\": \"prorated\"\n"
    "        },\n"
    "        {\n"
    "          \"amount\": %u,\n"
    "          \"month\": 13,\n"
    "          \"clawback_months\": 12,\n"
    "          \"clawback\": \"prorated\"\n"
    "        }\n"
    "      ],\n"
    "      \"grants\": [\n"
    "        {\n"
    "          \"name\": \"New-hire RSUs\",\n"
    "          \"kind\": \"rsu\",\n"
    "          \"value\": %u,\n"
    "          \"share_price\": %u.%02u,\n"
    "          \"growth_percent\": %u,\n"
    "          \"vesting\": {\n"
    "            \"months\": 48,\n"
    "            \"cliff_months\": 12,\n"
    "            \"every_months\": 1\n"
    "          }\n"
    "        }\n"
    "      ],\n"
    "      \"refreshers\": {\n"
    "        \"annual_value\": %u,\n"
    "        \"vesting\": {\n"
    "          \"months\": 48,\n"
    "          \"cliff_months\": 0,\n"
    "          \"every_months\": 1\n"
    "        }\n"
    "      },\n"
    "      \"benefits\": {\n"
    "        \"retirement_match_percent\": 6,\n"
    "        \"retirement_match_cap\": 12250,\n"
    "        \"annual_value\": 3000,\n"
    "        \"pto_days\": 20\n"
    "      },\n"
    "      \"effective_tax_percent\": 33,\n"
    "      \"cost_of_living_index\": %u,\n"
    "      \"checklist\": [\n"
    "        {\n"
    "          \"question\": \"What is the refresher policy?\",\n"
    "          \"status\": \"asked\"\n"
    "        }\n"
    "      ],\n"
    "      \"sources\": {\n"
    "        \"base_salary\": \"letter\",\n"
    "        \"grants\": \"letter\",\n"
    "        \"refreshers\": \"assumed\"\n"
    "      },\n"
    "      \"notes\": \"Generated offer %u for the benchmark; its figures vary with its number.\"\n"
    "    }",
    i, i, titles[i % G_N_ELEMENTS (titles)], role_families[i % G_N_ELEMENTS (role_families)],
    i % 97, work_modes[i % G_N_ELEMENTS (work_modes)], stage, 1 + i % 28,
    base, base - 10000, base + 20000, 10 + i % 10,
    20000 + (i % 50) * 1000, 10000 + (i % 30) * 1000,
    200000 + (i * 104729) % 400000, 40 + i % 300, i % 100, 2 + i % 9,
    20000 + (i % 40) * 1000, 90 + i % 40, i);
}

static char *
make_document (guint  n_offers,
               gsize *len)
{
  GString *out = g_string_sized_new (2600 * (gsize) n_offers + 512);

  g_string_append (out,
    "{\n"
    "  \"format\": \"offer-workbench\",\n"
    "  \"version\": 1,\n"
    "  \"display_currency\": \"USD\",\n"
    "  \"horizon_years\": 10,\n"
    "  \"include_expected_refreshers\": true,\n"
    "  \"discount_rate_percent\": 4,\n"
    "  \"offers\": [\n");
  for (guint i = 0; i < n_offers; i++)
    {
      if (i > 0)
        g_string_append (out, ",\n");
      append_offer (out, i);
    }
  g_string_append (out, "\n  ]\n}\n");

  *len = out->len;
  return g_string_free (out, FALSE);
}

static OwDocument *
load_document (const char *data,
               gsize       len)
{
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(GError) error = NULL;

  if (!ow_document_load_data (document, data, len, "bench.offers", &error))
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

typedef struct
{
  double min, median, max;
} Stats;

/* Sorts TIMES in place. */
static Stats
stats_of (double *times,
          guint   n)
{
  Stats s;

  qsort (times, n, sizeof (double), compare_doubles);
  s.min = times[0];
  s.max = times[n - 1];
  s.median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
  return s;
}

/* TARGET_MS: the README's target for the median, 0 for none. */
static void
print_stats (const char *what,
             guint       n_offers,
             guint       runs,
             Stats       s,
             double      target_ms)
{
  printf ("%-24s min %8.3f ms  median %8.3f ms  max %8.3f ms  (%u runs)  %.4f ms per offer",
          what, s.min, s.median, s.max, runs, s.median / n_offers);
  if (target_ms > 0)
    printf ("  target < %.0f ms", target_ms);
  printf ("\n");
}

/* Values a document of N_OFFERS offers RUNS times (after one warm-up). */
static Stats
bench_valuation (guint n_offers,
                 guint runs)
{
  gsize len;
  g_autofree char *data = make_document (n_offers, &len);
  g_autoptr(OwDocument) document = load_document (data, len);
  g_autofree double *times = g_new (double, runs);
  char what[64];
  Stats s;

  ow_valuation_free (ow_valuation_new (document));
  for (guint r = 0; r < runs; r++)
    {
      double start = now_ms ();
      OwValuation *valuation = ow_valuation_new (document);

      for (guint i = 0; i < valuation->n_offers; i++)
        if (valuation->offers[i].overflow)
          g_error ("offer %u of the benchmark overflowed", i);
      ow_valuation_free (valuation);
      times[r] = now_ms () - start;
    }

  s = stats_of (times, runs);
  g_snprintf (what, sizeof what, "value %u offers", n_offers);
  print_stats (what, n_offers, runs, s, n_offers <= 20 ? 1 : 50);
  return s;
}

/* Builds the timeline of a document of N_OFFERS offers in SCOPE RUNS times
 * (after one warm-up): a valuation, every offer's schedules and its
 * series, as the charts ask for them on every change. */
static void
bench_timeline (guint           n_offers,
                OwTimelineScope scope,
                guint           runs)
{
  gsize len;
  g_autofree char *data = make_document (n_offers, &len);
  g_autoptr(OwDocument) document = load_document (data, len);
  g_autofree double *times = g_new (double, runs);
  OwDate today = ow_date_from_ymd (2027, 6, 1);
  guint n_points = 0;
  char what[64];

  ow_timeline_free (ow_timeline_new (document, scope, today));
  for (guint r = 0; r < runs; r++)
    {
      double start = now_ms ();
      OwTimeline *timeline = ow_timeline_new (document, scope, today);

      n_points = 0;
      for (guint i = 0; i < timeline->n_series; i++)
        {
          if (timeline->series[i].overflow)
            g_error ("offer %u of the benchmark overflowed", i);
          n_points += timeline->series[i].points->len;
        }
      ow_timeline_free (timeline);
      times[r] = now_ms () - start;
    }

  printf ("# timeline, %s: %u points\n", scope == OW_TIMELINE_EQUITY ? "equity" : "all compensation", n_points);
  g_snprintf (what, sizeof what, "%s timeline %u", scope == OW_TIMELINE_EQUITY ? "equity" : "all-comp", n_offers);
  print_stats (what, n_offers, runs, stats_of (times, runs), 2);
}

/* Loads a file of N_OFFERS offers and saves it again, RUNS times: the
 * all-or-nothing load from disk and the atomic save with its fsync, into a
 * temporary folder. */
static void
bench_load_save (guint n_offers,
                 guint runs)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ow-bench-XXXXXX", &error);
  g_autofree char *in_path = NULL;
  g_autofree char *out_path = NULL;
  g_autoptr(GFile) in_file = NULL;
  g_autoptr(GFile) out_file = NULL;
  g_autofree char *data = NULL;
  g_autofree double *load_times = g_new (double, runs);
  g_autofree double *save_times = g_new (double, runs);
  g_autofree double *both_times = g_new (double, runs);
  char what[64];
  gsize len;

  g_assert_no_error (error);
  in_path = g_build_filename (dir, "in.offers", NULL);
  out_path = g_build_filename (dir, "out.offers", NULL);
  in_file = g_file_new_for_path (in_path);
  out_file = g_file_new_for_path (out_path);

  data = make_document (n_offers, &len);
  if (!g_file_set_contents (in_path, data, (gssize) len, &error))
    g_error ("%s", error->message);
  printf ("# %u offers: %.2f MiB of JSON\n", n_offers, (double) len / (1024 * 1024));

  for (guint r = 0; r <= runs; r++)
    {
      g_autoptr(OwDocument) document = NULL;
      double t0, t1, t2;

      t0 = now_ms ();
      document = ow_document_new_from_file (in_file, NULL, &error);
      if (document == NULL)
        g_error ("%s", error->message);
      t1 = now_ms ();
      if (!ow_document_save_file (document, out_file, &error))
        g_error ("%s", error->message);
      t2 = now_ms ();

      /* Run 0 warms the caches and the type system up. */
      if (r == 0)
        continue;
      load_times[r - 1] = t1 - t0;
      save_times[r - 1] = t2 - t1;
      both_times[r - 1] = t2 - t0;
    }

  g_snprintf (what, sizeof what, "load %u offers", n_offers);
  print_stats (what, n_offers, runs, stats_of (load_times, runs), 0);
  g_snprintf (what, sizeof what, "save %u offers", n_offers);
  print_stats (what, n_offers, runs, stats_of (save_times, runs), 0);
  g_snprintf (what, sizeof what, "load + save %u offers", n_offers);
  print_stats (what, n_offers, runs, stats_of (both_times, runs), 150);

  g_unlink (in_path);
  g_unlink (out_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Runs can be scaled down (e.g. 0.1) for a quick look under a profiler. */
  double scale = argc > 1 ? g_ascii_strtod (argv[1], NULL) : 1.0;
  guint small_runs = MAX (1, (guint) (200 * scale));
  guint large_runs = MAX (1, (guint) (30 * scale));
  Stats small, large;

  printf ("# Offer Workbench model benchmark: 10-year horizon, monthly vesting, refreshers on\n");
  small = bench_valuation (20, small_runs);
  large = bench_valuation (1000, large_runs);
  printf ("# per offer: %.4f ms with 20 offers, %.4f ms with 1,000 (%.2f×): linear when close to 1\n",
          small.median / 20, large.median / 1000, (large.median / 1000) / (small.median / 20));
  bench_timeline (20, OW_TIMELINE_EQUITY, small_runs);
  bench_timeline (20, OW_TIMELINE_ALL_COMPENSATION, small_runs);
  bench_load_save (1000, large_runs);

  return 0;
}
