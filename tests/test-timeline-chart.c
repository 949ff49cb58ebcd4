/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The vesting timeline chart and the Vesting view, driven through a real
 * session: the chart is drawn into an image surface and its pixels are
 * checked at places computed from its plot rectangle, and its points,
 * words, switches, legend and view are checked against hand-worked
 * figures. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "ow-format.h"
#include "ow-grant-row.h"
#include "ow-offer-editor.h"
#include "ow-palette.h"
#include "ow-timeline-chart.h"
#include "ow-vesting-view.h"
#include "ow-window-private.h"

/* The worked example.
 *
 * Cascadia: 48,000 units at $10 over 48 months, monthly, a 12-month cliff,
 * from 2027-01-01.  The cliff on 2028-01-01 vests 12/48 of the grant,
 * 12,000 units = $120,000; then 1,000 units = $10,000 a month, so
 * $10,000 × m by month m, $480,000 on 2031-01-01.
 *
 * Lumen: 80,000 units at $10 vesting 5/15/40/40 every 6 months, no cliff.
 * Each year's percent is split over its two points:
 *   months  6, 12: 2.5 % = 2,000 units = $20,000 each  (cumulative 20k, 40k)
 *   months 18, 24: 7.5 % = 6,000 units = $60,000 each  (100k, 160k)
 *   months 30, 36: 20 %  = 16,000 units = $160,000 each (320k, 480k)
 *   months 42, 48: 20 %                                  (640k, 800k)
 * so its steps are 2.5 : 7.5 : 20 of the grant.
 *
 * Who is ahead: Lumen from 2027-07-01 ($20,000 to nothing); Cascadia from
 * the cliff, 2028-01-01 ($120,000 to $40,000); Lumen from 2029-07-01
 * ($320,000 to Cascadia's $300,000); level on 2029-09-01 ($320,000 each),
 * which leaves the lead with Lumen; Cascadia from 2029-10-01 ($330,000);
 * Lumen from 2030-01-01 ($480,000 to $360,000) to the end ($800,000 to
 * $480,000).
 *
 * All compensation adds the salaries: 4 × $100,000 to Cascadia ($880,000 in
 * all) and 4 × $90,000 to Lumen ($1,160,000). */
static const char worked_example[] =
  "{ \"format\": \"offer-workbench\", \"version\": 1, \"horizon_years\": 4,"
  "  \"offers\": ["
  "  { \"id\": \"cascadia\", \"company\": \"Cascadia Compute\", \"start_date\": \"2027-01-01\","
  "    \"base_salary\": 100000,"
  "    \"grants\": [ { \"name\": \"New-hire RSUs\", \"units\": 48000, \"share_price\": 10,"
  "                    \"vesting\": { \"months\": 48, \"cliff_months\": 12, \"every_months\": 1 } } ] },"
  "  { \"id\": \"lumen\", \"company\": \"Lumen Foundry\", \"start_date\": \"2027-01-01\","
  "    \"base_salary\": 90000,"
  "    \"grants\": [ { \"name\": \"RSUs\", \"units\": 80000, \"share_price\": 10,"
  "                    \"vesting\": { \"months\": 48, \"cliff_months\": 0, \"every_months\": 6,"
  "                                   \"year_percents\": [5, 15, 40, 40] } } ] } ] }";

/* Cash only: nothing for the equity scope to show. */
static const char no_equity[] =
  "{ \"format\": \"offer-workbench\", \"version\": 1, \"horizon_years\": 2,"
  "  \"offers\": ["
  "  { \"id\": \"plain\", \"company\": \"Plainview\", \"start_date\": \"2027-01-01\","
  "    \"base_salary\": 120000 } ] }";

#define WIDTH  1000
#define HEIGHT  700

typedef struct
{
  OwDocument      *document;
  OwSession       *session;
  OwTimelineChart *chart;
} Fixture;

static OwDocument *
load (const char *json)
{
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ow_document_load_data (document, json, strlen (json), "test", &error));
  g_assert_no_error (error);
  return g_steal_pointer (&document);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->document = load (data);
  f->session = ow_session_new (f->document, NULL, NULL);
  f->chart = g_object_ref_sink (OW_TIMELINE_CHART (ow_timeline_chart_new ()));
  /* Today inside the axis, so that it does not reach back for it. */
  ow_timeline_chart_set_today (f->chart, ow_date_from_ymd (2027, 6, 15));
  ow_timeline_chart_set_session (f->chart, f->session);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&f->chart));
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

static void
colour_of (Fixture    *f,
           const char *id,
           GdkRGBA    *colour)
{
  ow_palette_get_colour (ow_session_get_offer_slot (f->session, offer (f, id)), FALSE, FALSE, colour);
}

static cairo_surface_t *
draw (OwTimelineChart *chart,
      int              width,
      int              height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  OwChartStyle style;
  cairo_t *cr;

  ow_chart_get_light_style (OW_CHART (chart), &style);
  cr = cairo_create (surface);
  /* The page: the chart draws no background of its own. */
  ow_chart_paint_set_source (cr, &style.background);
  cairo_paint (cr);
  ow_chart_draw (OW_CHART (chart), cr, width, height, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Whether the pixel at X, Y is COLOUR, allowing for antialiasing: a 2 px
 * line always covers some pixel of a column by three quarters or more,
 * which mixes at most a quarter of the white background in. */
static gboolean
pixel_is (cairo_surface_t *surface,
          int              x,
          int              y,
          const GdkRGBA   *colour)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32 pixel;
  int r, g, b;

  if (x < 0 || y < 0 || x >= width || y >= height)
    return FALSE;
  pixel = *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);
  r = (pixel >> 16) & 0xff;
  g = (pixel >> 8) & 0xff;
  b = pixel & 0xff;
  return ABS (r - (int) lround (colour->red * 255)) <= 70 &&
         ABS (g - (int) lround (colour->green * 255)) <= 70 &&
         ABS (b - (int) lround (colour->blue * 255)) <= 70;
}

/* The mean y (pixel centres) of COLOUR in the columns X0 .. X1 of the
 * plot (not the legend above it), or -1. */
static double
level_of (Fixture         *f,
          cairo_surface_t *surface,
          double           x0,
          double           x1,
          const GdkRGBA   *colour)
{
  graphene_rect_t plot;
  double sum = 0;
  guint n = 0;

  g_assert_true (ow_timeline_chart_get_plot_area (f->chart, WIDTH, HEIGHT, &plot));
  for (int x = (int) ceil (x0); x <= (int) floor (x1); x++)
    for (int y = (int) plot.origin.y - 2; y <= (int) (plot.origin.y + plot.size.height) + 2; y++)
      if (pixel_is (surface, x, y, colour))
        {
          sum += y + 0.5;
          n++;
        }
  return n > 0 ? sum / n : -1;
}

static double
x_at (Fixture *f,
      int      y,
      int      m,
      int      d)
{
  return ow_timeline_chart_get_x_for_date (f->chart, WIDTH, HEIGHT, ow_date_from_ymd (y, m, d));
}

static double
y_at (Fixture *f,
      double   value)
{
  return ow_timeline_chart_get_y_for_value (f->chart, WIDTH, HEIGHT, value);
}

/* The scales follow from the plot rectangle alone: the 48 months from
 * 2027-01-01 to 2031-01-01 span its width, 0 .. y_max its height. */
static void
test_scales (Fixture       *f,
             gconstpointer  data)
{
  graphene_rect_t plot;
  double month_12, y_max;

  g_assert_true (ow_timeline_chart_get_plot_area (f->chart, WIDTH, HEIGHT, &plot));
  g_assert_cmpfloat (plot.size.width, >, WIDTH / 2);
  g_assert_cmpfloat (plot.size.height, >, HEIGHT / 2);

  g_assert_cmpfloat_with_epsilon (x_at (f, 2027, 1, 1), plot.origin.x, 0.01);
  g_assert_cmpfloat_with_epsilon (x_at (f, 2031, 1, 1), plot.origin.x + plot.size.width, 0.01);
  /* Month 12 lies 12/48 of the way along. */
  month_12 = x_at (f, 2028, 1, 1) - x_at (f, 2027, 1, 1);
  g_assert_cmpfloat (fabs (month_12 - plot.size.width * 12 / 48), <=, 1);
  /* A day is its share of its month: January 16 is 15/31 past January 1. */
  g_assert_cmpfloat_with_epsilon (x_at (f, 2028, 1, 16) - x_at (f, 2028, 1, 1),
                                  plot.size.width / 48 * 15 / 31, 0.01);

  /* The largest figure is Lumen's $800,000: a round 800,000 tops the axis
   * (8 gridlines of 100,000 fit in this height). */
  y_max = ow_timeline_chart_get_y_max (f->chart, WIDTH, HEIGHT);
  g_assert_cmpfloat (y_max, ==, 800000);
  g_assert_cmpfloat_with_epsilon (y_at (f, 0), plot.origin.y + plot.size.height, 0.01);
  g_assert_cmpfloat_with_epsilon (y_at (f, y_max), plot.origin.y, 0.01);
}

/* Cascadia's cliff is a vertical step at month 12, from 0 to $120,000. */
static void
test_cliff_pixels (Fixture       *f,
                   gconstpointer  data)
{
  cairo_surface_t *surface = draw (f->chart, WIDTH, HEIGHT);
  GdkRGBA blue;
  double x12 = x_at (f, 2028, 1, 1), y0 = y_at (f, 0), y120 = y_at (f, 120000);
  double x_mid_before = x_at (f, 2027, 10, 1), x_mid_after = x_at (f, 2028, 1, 16);
  double sum = 0;
  int row = (int) floor ((y0 + y120) / 2), n = 0;

  colour_of (f, "cascadia", &blue);

  /* Halfway up the step, the line is at month 12's x. */
  for (int x = (int) x_at (f, 2027, 12, 1); x <= (int) x_at (f, 2028, 2, 1); x++)
    if (pixel_is (surface, x, row, &blue))
      {
        sum += x + 0.5;
        n++;
      }
  g_assert_cmpint (n, >, 0);
  g_assert_cmpfloat (fabs (sum / n - x12), <=, 1);

  /* Before the cliff the series lies at 0, after it at $120,000. */
  g_assert_true (pixel_is (surface, (int) x_mid_before, (int) y0, &blue) ||
                 pixel_is (surface, (int) x_mid_before, (int) y0 - 1, &blue));
  g_assert_false (pixel_is (surface, (int) x_mid_before, (int) y120, &blue));
  g_assert_true (pixel_is (surface, (int) x_mid_after, (int) y120, &blue) ||
                 pixel_is (surface, (int) x_mid_after, (int) y120 - 1, &blue));
  g_assert_false (pixel_is (surface, (int) x_mid_after, (int) y0 - 4, &blue));

  /* The measured level right of the cliff is y($120,000). */
  g_assert_cmpfloat (fabs (level_of (f, surface, x_mid_after - 3, x_mid_after + 3, &blue) - y120), <=, 1.5);

  cairo_surface_destroy (surface);
}

/* Lumen's 5/15/40/40 steps, measured in pixels: 2.5 : 7.5 : 20. */
static void
test_step_heights (Fixture       *f,
                   gconstpointer  data)
{
  cairo_surface_t *surface = draw (f->chart, WIDTH, HEIGHT);
  GdkRGBA orange;
  double level[6], x_from, x_to, step_12, step_18, step_30;
  const int months[] = { 6, 12, 18, 24, 30, 36, 42 };

  colour_of (f, "lumen", &orange);

  /* The flat part between two vest dates, its middle two fifths (clear of
   * the markers at either end). */
  for (guint i = 0; i < G_N_ELEMENTS (level); i++)
    {
      double a = x_at (f, 2027 + months[i] / 12, months[i] % 12 + 1, 1);
      double b = x_at (f, 2027 + months[i + 1] / 12, months[i + 1] % 12 + 1, 1);

      x_from = a + (b - a) * 0.3;
      x_to = b - (b - a) * 0.3;
      level[i] = level_of (f, surface, x_from, x_to, &orange);
      g_assert_cmpfloat (level[i], >, 0);
    }

  /* Each flat part at its cumulative figure. */
  g_assert_cmpfloat (fabs (level[0] - y_at (f, 20000)), <=, 1.5);
  g_assert_cmpfloat (fabs (level[1] - y_at (f, 40000)), <=, 1.5);
  g_assert_cmpfloat (fabs (level[2] - y_at (f, 100000)), <=, 1.5);
  g_assert_cmpfloat (fabs (level[4] - y_at (f, 320000)), <=, 1.5);

  /* The steps at months 12, 18 and 30: 2.5 %, 7.5 % and 20 % of the grant,
   * so 1 : 3 : 8, within the two pixels each measurement may be off. */
  step_12 = level[0] - level[1];
  step_18 = level[1] - level[2];
  step_30 = level[3] - level[4];
  g_assert_cmpfloat (step_12, >, 5);
  g_assert_cmpfloat (fabs (step_18 - 3 * step_12), <=, 3 * 2);
  g_assert_cmpfloat (fabs (step_30 - 8 * step_12), <=, 8 * 2);
  g_assert_cmpfloat (fabs (step_30 / step_18 - 20.0 / 7.5), <, 0.15);

  cairo_surface_destroy (surface);
}

/* Keyboard points are the tranche dates of both offers in date order:
 *   0  Lumen     2027-07-01
 *   1  Cascadia  2028-01-01  (the cliff)
 *   2  Lumen     2028-01-01
 *   3  Cascadia  2028-02-01 ... */
static void
test_hit_testing (Fixture       *f,
                  gconstpointer  data)
{
  OwChartClass *klass = OW_CHART_GET_CLASS (f->chart);
  double x12 = x_at (f, 2028, 1, 1), y120 = y_at (f, 120000), y0 = y_at (f, 0);
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer (f, "cascadia")), 0);
  graphene_point_t where;
  g_autofree char *words = NULL;
  int index;

  /* 12 cliff-month tranches + 36 more for Cascadia, 8 for Lumen. */
  g_assert_cmpuint (klass->get_n_points (OW_CHART (f->chart)), ==, 37 + 8);

  index = ow_timeline_chart_query_point (f->chart, x12, y120, WIDTH, HEIGHT);
  g_assert_cmpint (index, ==, 1);
  g_assert_true (ow_timeline_chart_get_point_offer (f->chart, index) == offer (f, "cascadia"));
  g_assert_true (ow_timeline_chart_get_point_grant (f->chart, index) == grant);

  /* A few pixels off still hits it, and so does the step below it. */
  g_assert_cmpint (ow_timeline_chart_query_point (f->chart, x12 + 3, y120 - 3, WIDTH, HEIGHT), ==, 1);
  g_assert_cmpint (ow_timeline_chart_query_point (f->chart, x12 + 1, (y0 + y120) / 2, WIDTH, HEIGHT), ==, 1);
  /* Lumen's point on the same date, at $40,000. */
  g_assert_cmpint (ow_timeline_chart_query_point (f->chart, x12, y_at (f, 40000), WIDTH, HEIGHT), ==, 2);
  /* Far from every point: the corner, and the empty plot above the cliff. */
  g_assert_cmpint (ow_timeline_chart_query_point (f->chart, 2, 2, WIDTH, HEIGHT), ==, -1);
  g_assert_cmpint (ow_timeline_chart_query_point (f->chart, x12, y_at (f, 600000), WIDTH, HEIGHT), ==, -1);

  /* get_point agrees with the hit-test. */
  klass->get_point (OW_CHART (f->chart), 1, WIDTH, HEIGHT, &where, &words);
  g_assert_cmpfloat_with_epsilon (where.x, x12, 0.01);
  g_assert_cmpfloat_with_epsilon (where.y, y120, 0.01);
  g_assert_cmpstr (words, ==, "Cascadia Compute, January 1, 2028: 12,000 units vested ($120,000), "
                              "$120,000 in all by then.");
}

static const char expected_description[] =
  "Cumulative equity of 2 offers from January 2027 to January 2031. "
  "By the end, Lumen Foundry has paid the most ($800,000), then Cascadia Compute ($480,000). "
  "Lumen Foundry is ahead until January 1, 2028, then Cascadia Compute until July 1, 2029, "
  "then Lumen Foundry until October 1, 2029, then Cascadia Compute until January 1, 2030, "
  "then Lumen Foundry. "
  "The first cliff is Cascadia Compute’s on January 1, 2028 ($120,000).";

static gboolean
send_key (GtkWidget *widget,
          guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
    }
  return handled;
}

static void
test_description (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  const char *description;

  g_assert_cmpstr (ow_chart_get_description (OW_CHART (f->chart)), ==, expected_description);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       expected_description);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (f->chart), GTK_ACCESSIBLE_ROLE_IMG);

  /* The keyboard walks the points in date order; the description's last
   * sentence says the one in focus. */
  gtk_window_set_child (window, GTK_WIDGET (f->chart));
  gtk_window_set_default_size (window, 800, 500);
  gtk_window_present (window);
  while (gtk_widget_get_width (GTK_WIDGET (f->chart)) == 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (ow_chart_get_focus_point (OW_CHART (f->chart)), ==, -1);
  g_assert_true (send_key (GTK_WIDGET (f->chart), GDK_KEY_Right));
  g_assert_cmpint (ow_chart_get_focus_point (OW_CHART (f->chart)), ==, 0);
  description = ow_chart_get_description (OW_CHART (f->chart));
  g_assert_true (g_str_has_prefix (description, expected_description));
  g_assert_true (g_str_has_suffix (description, "Lumen Foundry, July 1, 2027: 2,000 units vested ($20,000), "
                                                "$20,000 in all by then."));

  g_assert_true (send_key (GTK_WIDGET (f->chart), GDK_KEY_Right));
  g_assert_true (g_str_has_suffix (ow_chart_get_description (OW_CHART (f->chart)),
                                   "Cascadia Compute, January 1, 2028: 12,000 units vested ($120,000), "
                                   "$120,000 in all by then."));
  g_assert_true (send_key (GTK_WIDGET (f->chart), GDK_KEY_Right));
  g_assert_true (g_str_has_suffix (ow_chart_get_description (OW_CHART (f->chart)),
                                   "Lumen Foundry, January 1, 2028: 2,000 units vested ($20,000), "
                                   "$40,000 in all by then."));
  /* End: Lumen's last tranche, which comes after Cascadia's on the same
   * day (document order). */
  g_assert_true (send_key (GTK_WIDGET (f->chart), GDK_KEY_End));
  g_assert_true (g_str_has_suffix (ow_chart_get_description (OW_CHART (f->chart)),
                                   "Lumen Foundry, January 1, 2031: 16,000 units vested ($160,000), "
                                   "$800,000 in all by then."));

  /* The tooltip lists what vests and every offer's figure by then. */
  {
    g_autofree char *markup = ow_timeline_chart_get_tooltip_markup (f->chart, 2);

    g_assert_cmpstr (markup, ==,
                     "<b>January 1, 2028</b>\n"
                     "Lumen Foundry, RSUs: 2,000 units vest ($20,000)\n\n"
                     "<b>In all by this date</b>\n"
                     "Cascadia Compute: $120,000\n"
                     "<b>Lumen Foundry: $40,000</b>");
  }

  gtk_window_set_child (window, NULL);
  gtk_window_destroy (window);
}

/* Moving the pointer or the focus never builds the timeline again; an
 * edit does, at once. */
static void
test_cache (Fixture       *f,
            gconstpointer  data)
{
  guint builds = ow_timeline_chart_get_n_builds (f->chart);
  OwHistory *history = ow_session_get_history (f->session);
  g_autoptr(GError) error = NULL;
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer (f, "cascadia")), 0);
  g_autofree char *words = NULL;
  graphene_point_t where;

  for (int x = 0; x < WIDTH; x += 7)
    ow_timeline_chart_query_point (f->chart, x, HEIGHT / 2, WIDTH, HEIGHT);
  ow_chart_set_focus_point (OW_CHART (f->chart), 5);
  OW_CHART_GET_CLASS (f->chart)->get_point (OW_CHART (f->chart), 5, WIDTH, HEIGHT, &where, &words);
  g_assert_cmpuint (ow_timeline_chart_get_n_builds (f->chart), ==, builds);

  /* 96,000 units instead: the cliff now vests $240,000, the end $960,000. */
  g_assert_true (ow_history_set (history, grant, &error, "units", (gint64) 96000 * 1000000, NULL));
  g_assert_no_error (error);
  g_assert_cmpuint (ow_timeline_chart_get_n_builds (f->chart), ==, builds + 1);
  g_assert_nonnull (strstr (ow_chart_get_description (OW_CHART (f->chart)),
                            "By the end, Cascadia Compute has paid the most ($960,000)"));
  g_assert_cmpfloat (ow_timeline_chart_get_y_max (f->chart, WIDTH, HEIGHT), ==, 1000000);
}

/* The switches: equity (800,000), all compensation (1,160,000 on an axis
 * of 1,200,000 with steps of 200,000), units (80,000 of Lumen's); units
 * count equity only whatever the scope asked for. */
static void
test_switches (Fixture       *f,
               gconstpointer  data)
{
  g_assert_cmpfloat (ow_timeline_chart_get_y_max (f->chart, WIDTH, HEIGHT), ==, 800000);

  ow_timeline_chart_set_scope (f->chart, OW_TIMELINE_ALL_COMPENSATION);
  g_assert_cmpint (ow_timeline_chart_get_scope (f->chart), ==, OW_TIMELINE_ALL_COMPENSATION);
  g_assert_cmpfloat (ow_timeline_chart_get_y_max (f->chart, WIDTH, HEIGHT), ==, 1200000);
  g_assert_true (g_str_has_prefix (ow_chart_get_description (OW_CHART (f->chart)),
                                   "Cumulative compensation of 2 offers from January 2027 to January 2031. "
                                   "By the end, Lumen Foundry has paid the most ($1,160,000), then "
                                   "Cascadia Compute ($880,000)."));
  g_assert_cmpstr (ow_chart_get_title (OW_CHART (f->chart)), ==, "Cumulative compensation by offer");

  ow_timeline_chart_set_units (f->chart, TRUE);
  g_assert_cmpint (ow_timeline_chart_get_scope (f->chart), ==, OW_TIMELINE_EQUITY);
  g_assert_cmpfloat (ow_timeline_chart_get_y_max (f->chart, WIDTH, HEIGHT), ==, 80000);
  g_assert_true (g_str_has_prefix (ow_chart_get_description (OW_CHART (f->chart)),
                                   "Cumulative equity units of 2 offers from January 2027 to January 2031. "
                                   "By the end, Lumen Foundry has vested the most (80,000 units), then "
                                   "Cascadia Compute (48,000 units)."));
  /* The cliff in units: 12,000 at month 12. */
  g_assert_cmpfloat_with_epsilon (ow_timeline_chart_get_y_for_value (f->chart, WIDTH, HEIGHT, 12000),
                                  ow_timeline_chart_get_y_for_value (f->chart, WIDTH, HEIGHT, 0) -
                                  12000.0 / 80000 * (ow_timeline_chart_get_y_for_value (f->chart, WIDTH, HEIGHT, 0) -
                                                     ow_timeline_chart_get_y_for_value (f->chart, WIDTH, HEIGHT, 80000)),
                                  0.01);
  g_assert_cmpint (ow_timeline_chart_query_point (f->chart, x_at (f, 2028, 1, 1), y_at (f, 12000),
                                                  WIDTH, HEIGHT), ==, 1);

  /* Back to value: the scope asked for comes back. */
  ow_timeline_chart_set_units (f->chart, FALSE);
  g_assert_cmpint (ow_timeline_chart_get_scope (f->chart), ==, OW_TIMELINE_ALL_COMPENSATION);
  g_assert_cmpfloat (ow_timeline_chart_get_y_max (f->chart, WIDTH, HEIGHT), ==, 1200000);
}

static char *
many_offers (guint n)
{
  GString *out = g_string_new ("{ \"format\": \"offer-workbench\", \"version\": 1, \"horizon_years\": 10,"
                               "  \"offers\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out,
      "%s{ \"id\": \"o%u\", \"company\": \"%s %u\", \"start_date\": \"2027-0%u-04\","
      "    \"deadline\": \"2026-12-%02u\", \"base_salary\": %u,"
      "    \"sign_on\": [ { \"amount\": 20000, \"clawback_months\": 12 } ],"
      "    \"grants\": [ { \"units\": %u, \"share_price\": 10,"
      "      \"vesting\": { \"months\": 120, \"cliff_months\": 12, \"every_months\": 1 } } ],"
      "    \"refreshers\": { \"annual_value\": 30000 } }",
      i > 0 ? "," : "", i, i % 3 == 0 ? "Northwind Research Laboratories" : "Company", i, 1 + i % 9,
      1 + i, 100000 + 1000 * i, 10000 + 1000 * i);
  g_string_append (out, "] }");
  return g_string_free (out, FALSE);
}

static void
assert_legend (OwTimelineChart *chart,
               double           width,
               double           height,
               guint            n)
{
  graphene_rect_t plot;
  guint rows = 1;

  g_assert_cmpuint (ow_timeline_chart_get_n_legend_entries (chart, width, height), ==, n);
  g_assert_true (ow_timeline_chart_get_plot_area (chart, width, height, &plot));
  for (guint i = 0; i < n; i++)
    {
      graphene_rect_t a;

      g_assert_true (ow_timeline_chart_get_legend_entry (chart, width, height, i, &a));
      /* Inside the chart, above the plot. */
      g_assert_cmpfloat (a.origin.x, >=, 0);
      g_assert_cmpfloat (a.origin.x + a.size.width, <=, width);
      g_assert_cmpfloat (a.origin.y + a.size.height, <, plot.origin.y);
      for (guint j = 0; j < i; j++)
        {
          graphene_rect_t b;

          g_assert_true (ow_timeline_chart_get_legend_entry (chart, width, height, j, &b));
          g_assert_false (graphene_rect_intersection (&a, &b, NULL));
          if (j == i - 1 && a.origin.y > b.origin.y)
            rows++;
        }
    }
  if (n > 1 && width < 500)
    g_assert_cmpuint (rows, >, 1);
}

static void
test_many_offers (void)
{
  g_autofree char *json = many_offers (20);
  g_autoptr(OwDocument) document = load (json);
  OwSession *session = ow_session_new (document, NULL, NULL);
  OwTimelineChart *chart = g_object_ref_sink (OW_TIMELINE_CHART (ow_timeline_chart_new ()));
  cairo_surface_t *surface;
  graphene_rect_t plot;
  int min, nat;

  ow_timeline_chart_set_session (chart, session);
  g_assert_true (ow_timeline_chart_has_data (chart));

  surface = draw (chart, 1920, 1080);
  cairo_surface_destroy (surface);
  assert_legend (chart, 1920, 1080, 20);

  /* Narrow: the legend wraps, and the chart asks for the height it needs
   * to keep a plot. */
  gtk_widget_measure (GTK_WIDGET (chart), GTK_ORIENTATION_VERTICAL, 400, &min, &nat, NULL, NULL);
  surface = draw (chart, 400, min);
  cairo_surface_destroy (surface);
  assert_legend (chart, 400, min, 20);
  g_assert_true (ow_timeline_chart_get_plot_area (chart, 400, min, &plot));
  g_assert_cmpfloat (plot.size.height, >=, 150);

  /* Every size draws, however small. */
  for (int size = 1; size < 200; size += 37)
    {
      surface = draw (chart, size, size);
      cairo_surface_destroy (surface);
      g_assert_cmpint (ow_timeline_chart_query_point (chart, size / 2, size / 2, size, size), >=, -1);
    }

  g_assert_finalize_object (chart);
  g_assert_finalize_object (session);
}

static void
test_one_offer (void)
{
  g_autoptr(OwDocument) document = load (no_equity);
  OwSession *session = ow_session_new (document, NULL, NULL);
  OwTimelineChart *chart = g_object_ref_sink (OW_TIMELINE_CHART (ow_timeline_chart_new ()));
  cairo_surface_t *surface;

  /* Nothing to show in the equity scope: no points, and it says so. */
  ow_timeline_chart_set_session (chart, session);
  g_assert_false (ow_timeline_chart_has_data (chart));
  g_assert_cmpstr (ow_chart_get_description (OW_CHART (chart)), ==, "None of the offers has equity to show.");
  surface = draw (chart, 600, 400);
  cairo_surface_destroy (surface);

  /* All compensation: $10,000 a month for two years, $240,000. */
  ow_timeline_chart_set_scope (chart, OW_TIMELINE_ALL_COMPENSATION);
  g_assert_true (ow_timeline_chart_has_data (chart));
  g_assert_true (g_str_has_prefix (ow_chart_get_description (OW_CHART (chart)),
                                   "Cumulative compensation of 1 offer from January 2027 to January 2029. "
                                   "By the end, Plainview has paid $240,000."));
  /* Cash is no tranche: no keyboard points. */
  g_assert_cmpuint (OW_CHART_GET_CLASS (chart)->get_n_points (OW_CHART (chart)), ==, 0);
  surface = draw (chart, 600, 400);
  cairo_surface_destroy (surface);
  assert_legend (chart, 600, 400, 1);

  /* Without a session. */
  ow_timeline_chart_set_session (chart, NULL);
  g_assert_false (ow_timeline_chart_has_data (chart));
  surface = draw (chart, 600, 400);
  cairo_surface_destroy (surface);
  g_assert_cmpint (ow_timeline_chart_query_point (chart, 300, 200, 600, 400), ==, -1);

  g_assert_finalize_object (chart);
  g_assert_finalize_object (session);
}

/* Whether NEEDLE is in the LENGTH bytes of DATA (a PDF holds NUL bytes,
 * where strstr() would stop). */
static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Exports: the markers are glyphs of a font of the chart's own, which a
 * PDF must carry as a Type 3 font and an SVG as glyph shapes, and a PNG at
 * scale 2 has twice the pixels, with Cascadia's blue in the column of its
 * first monthly tranche after the cliff (2028-02-01) and none left of the
 * plot. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-timeline-XXXXXX", NULL);
  static const struct { OwChartFormat format; const char *name; const char *magic; const char *glyphs; } formats[] = {
    { OW_CHART_FORMAT_PNG, "chart.png", "\x89PNG", NULL },
    { OW_CHART_FORMAT_SVG, "chart.svg", "<?xml", "glyph" },
    { OW_CHART_FORMAT_PDF, "chart.pdf", "%PDF", "/Type3" },
  };

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (dir, formats[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (ow_chart_export (OW_CHART (f->chart), file, formats[i].format, WIDTH, HEIGHT, 2, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (g_str_has_prefix (contents, formats[i].magic));
      if (formats[i].glyphs != NULL)
        g_assert_true (contains (contents, length, formats[i].glyphs));

      if (formats[i].format == OW_CHART_FORMAT_PNG)
        {
          cairo_surface_t *png = cairo_image_surface_create_from_png (path);
          graphene_rect_t plot;
          GdkRGBA blue;
          int hits = 0, column, left;

          g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
          g_assert_cmpint (cairo_image_surface_get_width (png), ==, 2 * WIDTH);
          g_assert_cmpint (cairo_image_surface_get_height (png), ==, 2 * HEIGHT);
          colour_of (f, "cascadia", &blue);
          /* The export lays the chart out at its own height (under a
           * title), but at this width: x is the same. */
          g_assert_true (ow_timeline_chart_get_plot_area (f->chart, WIDTH, HEIGHT, &plot));
          column = (int) (2 * x_at (f, 2028, 2, 1));
          left = (int) (2 * plot.origin.x) - 20;
          for (int y = 0; y < 2 * HEIGHT; y++)
            {
              hits += pixel_is (png, column, y, &blue);
              g_assert_false (pixel_is (png, left, y, &blue));
            }
          g_assert_cmpint (hits, >, 0);
          cairo_surface_destroy (png);
        }
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The view ----------------------------------------------------------------- */

static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action,
                 const char *target)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        {
          GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child));

          if (target == NULL || (value != NULL && g_strcmp0 (g_variant_get_string (value, NULL), target) == 0))
            return child;
        }
      if ((found = find_actionable (child, action, target)) != NULL)
        return found;
    }
  return NULL;
}

static GtkStack *
find_stack (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found;

      if (GTK_IS_STACK (child))
        return GTK_STACK (child);
      if ((found = find_stack (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
grant_activated_cb (OwVestingView *view,
                    OwOffer       *offer,
                    OwGrant       *grant,
                    gpointer       user_data)
{
  gpointer *out = user_data;

  out[0] = offer;
  out[1] = grant;
}

static void
test_view (Fixture       *f,
           gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  OwVestingView *view = OW_VESTING_VIEW (ow_vesting_view_new ());
  OwTimelineChart *chart = ow_vesting_view_get_chart (view);
  GtkWidget *equity, *all, *units;
  gpointer activated[2] = { NULL, NULL };
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer (f, "cascadia")), 0);
  g_autoptr(OwDocument) plain = load (no_equity);
  g_autoptr(OwSession) plain_session = ow_session_new (plain, NULL, NULL);

  gtk_window_set_child (window, GTK_WIDGET (view));
  ow_timeline_chart_set_today (chart, ow_date_from_ymd (2027, 6, 15));
  ow_vesting_view_set_session (view, f->session);
  gtk_window_present (window);

  equity = find_actionable (GTK_WIDGET (view), "vesting.scope", "equity");
  all = find_actionable (GTK_WIDGET (view), "vesting.scope", "all");
  units = find_actionable (GTK_WIDGET (view), "vesting.measure", "units");
  g_assert_nonnull (equity);
  g_assert_nonnull (all);
  g_assert_nonnull (units);
  g_assert_nonnull (find_actionable (GTK_WIDGET (view), "vesting.export", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (GTK_WIDGET (view))), ==, "chart");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (equity)));

  /* All compensation, then units: units show equity, and the scope switch
   * is disabled while they do. */
  gtk_widget_activate_action (GTK_WIDGET (view), "vesting.scope", "s", "all");
  g_assert_cmpstr (ow_vesting_view_get_scope (view), ==, "all");
  g_assert_cmpint (ow_timeline_chart_get_scope (chart), ==, OW_TIMELINE_ALL_COMPENSATION);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (all)));
  g_assert_true (gtk_widget_is_sensitive (all));

  gtk_widget_activate_action (GTK_WIDGET (view), "vesting.measure", "s", "units");
  g_assert_true (ow_timeline_chart_get_units (chart));
  g_assert_cmpstr (ow_vesting_view_get_scope (view), ==, "equity");
  g_assert_cmpint (ow_timeline_chart_get_scope (chart), ==, OW_TIMELINE_EQUITY);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (equity)));
  g_assert_false (gtk_widget_is_sensitive (equity));
  g_assert_false (gtk_widget_is_sensitive (all));

  gtk_widget_activate_action (GTK_WIDGET (view), "vesting.measure", "s", "value");
  g_assert_cmpstr (ow_vesting_view_get_scope (view), ==, "all");
  g_assert_true (gtk_widget_is_sensitive (all));

  /* A tranche activated asks for its offer and grant. */
  g_signal_connect (view, "grant-activated", G_CALLBACK (grant_activated_cb), activated);
  ow_vesting_view_set_scope (view, "equity");
  g_signal_emit_by_name (chart, "point-activated", 1);
  g_assert_true (activated[0] == offer (f, "cascadia"));
  g_assert_true (activated[1] == grant);

  /* No equity: the empty state, which offers all compensation. */
  ow_vesting_view_set_session (view, plain_session);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (GTK_WIDGET (view))), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (view), "vesting.show-all", NULL);
  g_assert_cmpstr (ow_vesting_view_get_scope (view), ==, "all");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_stack (GTK_WIDGET (view))), ==, "chart");

  ow_vesting_view_set_session (view, NULL);
  gtk_window_destroy (window);
}

/* A grant asked for opens in the offer editor with the focus on it. */
static void
test_focus_grant (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  OwOfferEditor *editor = g_object_new (OW_TYPE_OFFER_EDITOR, NULL);
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer (f, "lumen")), 0);
  GtkWidget *focus, *row;
  gint64 end;

  gtk_window_set_default_size (window, 800, 500);
  gtk_window_set_child (window, GTK_WIDGET (editor));
  ow_offer_editor_set_session (editor, f->session);
  ow_offer_editor_set_offer (editor, offer (f, "lumen"));
  gtk_window_present (window);

  ow_offer_editor_focus_grant (editor, grant);
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (((focus = gtk_root_get_focus (GTK_ROOT (window))) == NULL ||
          gtk_widget_get_ancestor (focus, OW_TYPE_GRANT_ROW) == NULL) &&
         g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  g_assert_nonnull (focus);
  row = gtk_widget_get_ancestor (focus, OW_TYPE_GRANT_ROW);
  g_assert_nonnull (row);
  g_assert_true (ow_grant_row_get_grant (OW_GRANT_ROW (row)) == grant);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  gtk_window_destroy (window);
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* In the window: the Vesting view is made when first shown, follows the
 * window's session, and a tranche activated there selects its offer in the
 * sidebar and shows its grant, focused, in the offer editor. */
static void
test_window (Fixture       *f,
             gconstpointer  data)
{
  OwWindow *window = ow_window_new (NULL);
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer (f, "lumen")), 0);
  GtkWidget *view, *focus = NULL, *row = NULL;
  gint64 end;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  ow_window_set_session (window, f->session);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (find_type (GTK_WIDGET (window), OW_TYPE_VESTING_VIEW));

  ow_window_show_view (window, "vesting");
  view = find_type (GTK_WIDGET (window), OW_TYPE_VESTING_VIEW);
  g_assert_nonnull (view);
  g_assert_true (ow_vesting_view_get_session (OW_VESTING_VIEW (view)) == f->session);
  g_assert_true (ow_window_get_selected_offer (window) == offer (f, "cascadia"));

  /* Point 0 is Lumen's first tranche, 2027-07-01. */
  g_signal_emit_by_name (ow_vesting_view_get_chart (OW_VESTING_VIEW (view)), "point-activated", 0);
  g_assert_true (ow_window_get_selected_offer (window) == offer (f, "lumen"));

  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end)
    {
      focus = gtk_root_get_focus (GTK_ROOT (window));
      row = focus != NULL ? gtk_widget_get_ancestor (focus, OW_TYPE_GRANT_ROW) : NULL;
      if (row != NULL)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_nonnull (row);
  g_assert_true (ow_grant_row_get_grant (OW_GRANT_ROW (row)) == grant);
  g_assert_true (gtk_widget_get_mapped (row));

  ow_window_set_session (window, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  ow_format_set_locale ("en_US");

#define ADD(path, fn) \
  g_test_add (path, Fixture, worked_example, fixture_setup, fn, fixture_teardown)

  ADD ("/ow/timeline-chart/scales", test_scales);
  ADD ("/ow/timeline-chart/cliff-pixels", test_cliff_pixels);
  ADD ("/ow/timeline-chart/step-heights", test_step_heights);
  ADD ("/ow/timeline-chart/hit-testing", test_hit_testing);
  ADD ("/ow/timeline-chart/description", test_description);
  ADD ("/ow/timeline-chart/cache", test_cache);
  ADD ("/ow/timeline-chart/switches", test_switches);
  ADD ("/ow/timeline-chart/export", test_export);
  ADD ("/ow/timeline-chart/view", test_view);
  ADD ("/ow/timeline-chart/focus-grant", test_focus_grant);
  ADD ("/ow/timeline-chart/window", test_window);
  g_test_add_func ("/ow/timeline-chart/many-offers", test_many_offers);
  g_test_add_func ("/ow/timeline-chart/one-offer", test_one_offer);

#undef ADD

  return g_test_run ();
}
