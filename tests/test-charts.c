/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The charts of the Compare view, drawn into image surfaces and checked
 * against the figures: a bar's top lies where the axis puts its total and
 * its pixels are its offer's colour; hit-testing finds the bar under a
 * point; the accessible description holds the key figures; the keyboard
 * moves between points; exports are real PNG, SVG and PDF files; labels
 * never overlap, with one offer or twenty; the Compare view makes the
 * charts only when they are first shown. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "ow-chart-export.h"
#include "ow-compare-view.h"
#include "ow-format.h"
#include "ow-outcomes-chart.h"
#include "ow-palette.h"
#include "ow-yearly-chart.h"

#define WIDTH 640
#define HEIGHT 400

/* Two offers over three years, no raises: Alder pays 90,000 of base salary
 * a year; Birch 45,000 of base and a 20 % bonus, 9,000, so 54,000. */
static const char two_offers[] =
  "{ \"format\": \"offer-workbench\", \"version\": 1, \"horizon_years\": 3,"
  "  \"offers\": ["
  "  { \"id\": \"alder\", \"company\": \"Alder\", \"start_date\": \"2027-01-04\", \"base_salary\": 90000 },"
  "  { \"id\": \"birch\", \"company\": \"Birch\", \"start_date\": \"2027-01-04\", \"base_salary\": 45000,"
  "    \"bonus\": { \"target_percent\": 20 } } ] }";

typedef struct
{
  OwDocument *document;
  OwSession  *session;
} Fixture;

static void
load_json (Fixture    *f,
           const char *json)
{
  g_autoptr(GError) error = NULL;

  f->document = ow_document_new ();
  g_assert_true (ow_document_load_data (f->document, json, strlen (json), "test", &error));
  g_assert_no_error (error);
  f->session = ow_session_new (f->document, NULL, NULL);
}

static void
load_sample (Fixture *f)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->document = ow_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->document);
  f->session = ow_session_new (f->document, file, NULL);
}

/* Twenty offers with long names over ten years, pay rising with the
 * offer's number. */
static char *
many_offers_json (guint n,
                  guint years)
{
  g_autoptr(GString) json = g_string_new (NULL);

  g_string_append_printf (json, "{ \"format\": \"offer-workbench\", \"version\": 1, \"horizon_years\": %u, \"offers\": [", years);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "%s{ \"id\": \"o%u\", \"company\": \"Northwind Research Laboratories %u\","
                            "  \"start_date\": \"2027-01-04\", \"base_salary\": %u,"
                            "  \"bonus\": { \"target_percent\": 10 },"
                            "  \"sign_on\": [ { \"amount\": 20000 } ],"
                            "  \"grants\": [ { \"value\": %u } ] }",
                            i > 0 ? "," : "", i, i + 1, 100000 + 7000 * i, 40000 * (i + 1));
  g_string_append (json, "] }");
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->document);
  g_assert_finalize_object (g_steal_pointer (&f->session));
}

static OwChart *
new_yearly (Fixture *f)
{
  OwYearlyChart *chart = OW_YEARLY_CHART (g_object_ref_sink (ow_yearly_chart_new ()));

  ow_yearly_chart_set_session (chart, f->session);
  return OW_CHART (chart);
}

static OwChart *
new_outcomes (Fixture *f)
{
  OwOutcomesChart *chart = OW_OUTCOMES_CHART (g_object_ref_sink (ow_outcomes_chart_new ()));

  ow_outcomes_chart_set_session (chart, f->session);
  return OW_CHART (chart);
}

/* The chart on white, in the fixed light style. */
static cairo_surface_t *
render (OwChart *chart,
        int      width,
        int      height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  OwChartStyle style;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ow_chart_get_light_style (chart, &style);
  ow_chart_draw (chart, cr, width, height, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
read_pixel (cairo_surface_t *surface,
            double           x,
            double           y,
            GdkRGBA         *out)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int px = (int) floor (x), py = (int) floor (y);
  guint32 p;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));
  p = *(const guint32 *) (data + py * stride + px * 4);
  out->alpha = ((p >> 24) & 0xff) / 255.0;
  out->red = ((p >> 16) & 0xff) / 255.0;
  out->green = ((p >> 8) & 0xff) / 255.0;
  out->blue = (p & 0xff) / 255.0;
}

static gboolean
same_colour (const GdkRGBA *a,
             const GdkRGBA *b)
{
  return fabs (a->red - b->red) < 3 / 255.0 &&
         fabs (a->green - b->green) < 3 / 255.0 &&
         fabs (a->blue - b->blue) < 3 / 255.0;
}

static void
assert_pixel (cairo_surface_t *surface,
              double           x,
              double           y,
              const char      *expected)
{
  GdkRGBA want, got;

  g_assert_true (gdk_rgba_parse (&want, expected));
  read_pixel (surface, x, y, &got);
  if (!same_colour (&want, &got))
    {
      g_autofree char *s = gdk_rgba_to_string (&got);
      g_error ("pixel at %.1f, %.1f is %s, expected %s", x, y, s, expected);
    }
}

static const char *
offer_colour (Fixture    *f,
              const char *id)
{
  static char spec[16];
  OwOffer *offer = ow_document_find_offer (f->document, id, NULL);
  GdkRGBA colour;

  g_assert_nonnull (offer);
  ow_palette_get_colour (ow_session_get_offer_slot (f->session, offer), FALSE, FALSE, &colour);
  g_snprintf (spec, sizeof spec, "#%02x%02x%02x",
              (int) round (colour.red * 255), (int) round (colour.green * 255), (int) round (colour.blue * 255));
  return spec;
}

/* Geometry ------------------------------------------------------------------ */

static void
test_nice_step (void)
{
  /* 90,000 in at most 6 steps: 15,000 a step, rounded up to 2 × 10^4. */
  g_assert_cmpfloat (ow_chart_nice_step (90000, 6), ==, 20000);
  /* 519,576 in 6: 86,596, up to 1 × 10^5. */
  g_assert_cmpfloat (ow_chart_nice_step (519575.93, 6), ==, 100000);
  /* 2,832,000 in 5: 566,400, up to 1 × 10^6. */
  g_assert_cmpfloat (ow_chart_nice_step (2832000, 5), ==, 1000000);
  /* 1 in 5 is exactly 0.2: not pushed up to 0.5 by rounding. */
  g_assert_cmpfloat_with_epsilon (ow_chart_nice_step (1, 5), 0.2, 1e-12);
  /* 30 in 4: 7.5, up to 1 × 10^1. */
  g_assert_cmpfloat (ow_chart_nice_step (30, 4), ==, 10);
  /* Nothing to cut, or nonsense: one unit. */
  g_assert_cmpfloat (ow_chart_nice_step (0, 5), ==, 1);
  g_assert_cmpfloat (ow_chart_nice_step (-5, 5), ==, 1);
  g_assert_cmpfloat (ow_chart_nice_step (NAN, 5), ==, 1);
}

static void
test_yearly_geometry (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(OwChart) chart = NULL;
  OwYearlyChart *yearly;
  cairo_surface_t *surface;
  graphene_rect_t alder, birch, alder3;
  double min, max, step, y0, ymax;

  load_json (f, two_offers);
  chart = new_yearly (f);
  yearly = OW_YEARLY_CHART (chart);
  surface = render (chart, WIDTH, HEIGHT);

  /* The tallest bar is 90,000.  The plot is some 270 px high, room for 6
   * gridlines 44 px apart: 90,000 / 6 = 15,000, rounded up to a step of
   * 20,000; five of them reach 100,000. */
  ow_yearly_chart_get_axis (yearly, WIDTH, HEIGHT, &min, &max, &step);
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (step, ==, 20000);
  g_assert_cmpfloat (max, ==, 100000);

  /* The axis is linear: 90,000 is nine tenths of the way up. */
  y0 = ow_yearly_chart_get_value_y (yearly, WIDTH, HEIGHT, 0);
  ymax = ow_yearly_chart_get_value_y (yearly, WIDTH, HEIGHT, 100000);
  g_assert_cmpfloat (ymax, <, y0);
  g_assert_cmpfloat_with_epsilon (ow_yearly_chart_get_value_y (yearly, WIDTH, HEIGHT, 90000),
                                  y0 + 0.9 * (ymax - y0), 1e-9);

  /* Alder's bar in year 1 runs from 0 to 90,000; Birch's to 54,000, three
   * fifths of Alder's height. */
  g_assert_true (ow_yearly_chart_get_bar (yearly, WIDTH, HEIGHT, 0, 1, &alder));
  g_assert_true (ow_yearly_chart_get_bar (yearly, WIDTH, HEIGHT, 1, 1, &birch));
  /* (Rectangles are graphene's, in floats: a thousandth of a pixel.) */
  g_assert_cmpfloat_with_epsilon (alder.origin.y, y0 + 0.9 * (ymax - y0), 1e-3);
  g_assert_cmpfloat_with_epsilon (alder.origin.y + alder.size.height, y0, 1e-3);
  g_assert_cmpfloat_with_epsilon (birch.origin.y, y0 + 0.54 * (ymax - y0), 1e-3);
  g_assert_cmpfloat_with_epsilon (birch.size.height / alder.size.height, 0.6, 1e-5);
  /* Birch stands right of Alder in the same year; year 3 is further right. */
  g_assert_cmpfloat (birch.origin.x, >=, alder.origin.x + alder.size.width);
  g_assert_true (ow_yearly_chart_get_bar (yearly, WIDTH, HEIGHT, 0, 3, &alder3));
  g_assert_cmpfloat (alder3.origin.x, >, birch.origin.x);
  g_assert_false (ow_yearly_chart_get_bar (yearly, WIDTH, HEIGHT, 0, 4, &alder3));
  g_assert_false (ow_yearly_chart_get_bar (yearly, WIDTH, HEIGHT, 2, 1, &alder3));

  /* The pixels: inside Alder's bar its colour (base salary is solid),
   * 3 px over its top the white page; Birch's base salary, the bottom
   * 45,000, solid in its colour; its bonus, 45,000 to 54,000, a tint,
   * neither white nor the full colour. */
  assert_pixel (surface, alder.origin.x + alder.size.width / 2, (alder.origin.y + y0) / 2, offer_colour (f, "alder"));
  assert_pixel (surface, alder.origin.x + 3, alder.origin.y + 4, offer_colour (f, "alder"));
  assert_pixel (surface, alder.origin.x + 3, alder.origin.y - 3, "#ffffff");
  assert_pixel (surface, alder.origin.x - 3, (alder.origin.y + y0) / 2, "#ffffff");
  assert_pixel (surface, birch.origin.x + birch.size.width / 2,
                ow_yearly_chart_get_value_y (yearly, WIDTH, HEIGHT, 22500), offer_colour (f, "birch"));
  assert_pixel (surface, birch.origin.x + 3, birch.origin.y - 3, "#ffffff");
  {
    GdkRGBA got, white, full;
    double y = ow_yearly_chart_get_value_y (yearly, WIDTH, HEIGHT, 49500);
    int different = 0;

    gdk_rgba_parse (&white, "#ffffff");
    gdk_rgba_parse (&full, offer_colour (f, "birch"));
    /* A few pixels across the bonus: the tint and its stripes. */
    for (double x = birch.origin.x + 3; x < birch.origin.x + birch.size.width - 3; x += 1)
      {
        read_pixel (surface, x, y, &got);
        g_assert_false (same_colour (&got, &white));
        if (!same_colour (&got, &full))
          different++;
      }
    g_assert_cmpint (different, >, 0);
  }

  cairo_surface_destroy (surface);
}

static void
test_yearly_hit (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(OwChart) chart = NULL;
  OwChartClass *klass;
  cairo_surface_t *surface;
  graphene_rect_t bar;
  graphene_point_t where;
  g_autofree char *words = NULL;

  load_json (f, two_offers);
  chart = new_yearly (f);
  klass = OW_CHART_GET_CLASS (chart);
  surface = render (chart, WIDTH, HEIGHT);

  /* Points go year by year, offers in document order: Birch's year 2 bar
   * is the fourth, index (2 - 1) × 2 + 1 = 3, of 3 × 2 = 6. */
  g_assert_cmpuint (klass->get_n_points (chart), ==, 6);
  g_assert_cmpint (ow_yearly_chart_get_bar_index (OW_YEARLY_CHART (chart), 1, 2), ==, 3);
  g_assert_cmpint (ow_yearly_chart_get_bar_index (OW_YEARLY_CHART (chart), 1, 4), ==, -1);

  g_assert_true (ow_yearly_chart_get_bar (OW_YEARLY_CHART (chart), WIDTH, HEIGHT, 1, 2, &bar));
  g_assert_cmpint (klass->query_point (chart, bar.origin.x + bar.size.width / 2,
                                       bar.origin.y + bar.size.height / 2, WIDTH, HEIGHT), ==, 3);
  /* Alder's year 1 bar, near its foot. */
  g_assert_true (ow_yearly_chart_get_bar (OW_YEARLY_CHART (chart), WIDTH, HEIGHT, 0, 1, &bar));
  g_assert_cmpint (klass->query_point (chart, bar.origin.x + 2, bar.origin.y + bar.size.height - 2,
                                       WIDTH, HEIGHT), ==, 0);
  /* The corner, the legend's first line and the right margin hit nothing. */
  g_assert_cmpint (klass->query_point (chart, 2, 2, WIDTH, HEIGHT), ==, -1);
  g_assert_cmpint (klass->query_point (chart, 30, 20, WIDTH, HEIGHT), ==, -1);
  g_assert_cmpint (klass->query_point (chart, WIDTH - 2, bar.origin.y + 10, WIDTH, HEIGHT), ==, -1);

  /* A point's words and place: the middle of its bar. */
  klass->get_point (chart, 3, WIDTH, HEIGHT, &where, &words);
  g_assert_true (ow_yearly_chart_get_bar (OW_YEARLY_CHART (chart), WIDTH, HEIGHT, 1, 2, &bar));
  g_assert_cmpfloat_with_epsilon (where.x, bar.origin.x + bar.size.width / 2, 1e-3);
  g_assert_cmpstr (words, ==, "Birch, year 2: $54,000 in all — base $45,000, bonus $9,000");
  g_assert_true (ow_yearly_chart_get_point_offer (OW_YEARLY_CHART (chart), 3) ==
                 ow_document_find_offer (f->document, "birch", NULL));

  cairo_surface_destroy (surface);
}

static void
test_yearly_description (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(OwChart) chart = NULL;
  const char *description;

  load_sample (f);
  chart = new_yearly (f);
  description = ow_chart_get_description (chart);

  g_assert_true (g_str_has_prefix (description, "Yearly pay of 3 offers over 4 years"));
  /* Every yearly total, rounded to whole dollars: Cascadia 335,012.80,
   * 382,246.15, 482,939.88, 519,575.93. */
  g_assert_nonnull (strstr (description, "Cascadia Compute: $335,013 in year 1, $382,246 in year 2, "
                                         "$482,940 in year 3, $519,576 in year 4."));
  g_assert_nonnull (strstr (description, "Lumen Foundry: $359,000 in year 1"));
  g_assert_nonnull (strstr (description, "Harborview Analytics: $234,960 in year 1"));
  /* Year 1: Lumen's 359,000 beats Cascadia's 335,013; year 4: Cascadia. */
  g_assert_nonnull (strstr (description, "Lumen Foundry pays the most in year 1 ($359,000)."));
  g_assert_nonnull (strstr (description, "Cascadia Compute pays the most in year 4 ($519,576)."));
  /* Over the horizon: 1,719,774.77 and 908,275.74. */
  g_assert_nonnull (strstr (description, "Over all 4 years, Cascadia Compute pays the most ($1,719,775) "
                                         "and Harborview Analytics the least ($908,276)."));
  /* The accessible property is that description. */
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Pay Year by Year");
  gtk_test_accessible_assert_role (chart, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
test_yearly_follows (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(OwChart) chart = NULL;
  OwHistory *history;
  double max;

  load_json (f, two_offers);
  chart = new_yearly (f);
  history = ow_session_get_history (f->session);
  g_assert_nonnull (strstr (ow_chart_get_description (chart), "Alder: $90,000 in year 1"));

  /* 150,000 a year: the axis grows to 160,000 (steps of 20,000 or 50,000
   * both end there or at 150,000 + a step). */
  g_assert_true (ow_history_set (history, ow_document_find_offer (f->document, "alder", NULL), NULL,
                                 "base-salary", (gint64) 15000000, NULL));
  g_assert_nonnull (strstr (ow_chart_get_description (chart), "Alder: $150,000 in year 1"));
  ow_yearly_chart_get_axis (OW_YEARLY_CHART (chart), WIDTH, HEIGHT, NULL, &max, NULL);
  g_assert_cmpfloat (max, >=, 150000);

  g_assert_true (ow_history_undo (history));
  g_assert_nonnull (strstr (ow_chart_get_description (chart), "Alder: $90,000 in year 1"));

  /* Without a session: no points and an empty state, nothing to crash on. */
  ow_yearly_chart_set_session (OW_YEARLY_CHART (chart), NULL);
  g_assert_cmpuint (OW_CHART_GET_CLASS (chart)->get_n_points (chart), ==, 0);
  g_assert_cmpstr (ow_chart_get_description (chart), ==, "No offers to chart.");
  cairo_surface_destroy (render (chart, WIDTH, HEIGHT));
  cairo_surface_destroy (render (chart, 1, 1));
}

/* Keyboard ------------------------------------------------------------------ */

static gboolean
press (OwChart *chart,
       guint    keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
}

static void
count_activated_cb (OwChart *chart,
                    int      index,
                    int     *last)
{
  *last = index;
}

static void
test_yearly_keyboard (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(OwChart) chart = NULL;
  g_autofree char *summary = NULL;
  int activated = -1;

  load_json (f, two_offers);
  chart = new_yearly (f);
  g_signal_connect (chart, "point-activated", G_CALLBACK (count_activated_cb), &activated);
  summary = g_strdup (ow_chart_get_description (chart));

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, -1);
  /* Nothing to activate yet. */
  g_assert_false (press (chart, GDK_KEY_Return));
  g_assert_cmpint (activated, ==, -1);

  /* Right: the first bar, whose words end the description. */
  g_assert_true (press (chart, GDK_KEY_Right));
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, 0);
  g_assert_true (g_str_has_prefix (ow_chart_get_description (chart), summary));
  g_assert_true (g_str_has_suffix (ow_chart_get_description (chart), "Alder, year 1: $90,000 in all — base $90,000"));

  g_assert_true (press (chart, GDK_KEY_Down));
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, 1);
  g_assert_true (g_str_has_suffix (ow_chart_get_description (chart),
                                   "Birch, year 1: $54,000 in all — base $45,000, bonus $9,000"));

  /* End: the last of 6 bars, Birch in year 3; further right stays there. */
  g_assert_true (press (chart, GDK_KEY_End));
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, 5);
  g_assert_true (press (chart, GDK_KEY_Right));
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, 5);
  g_assert_true (g_str_has_suffix (ow_chart_get_description (chart), "Birch, year 3: $54,000 in all — base $45,000, bonus $9,000"));

  g_assert_true (press (chart, GDK_KEY_Left));
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, 4);
  g_assert_true (press (chart, GDK_KEY_space));
  g_assert_cmpint (activated, ==, 4);

  g_assert_true (press (chart, GDK_KEY_Home));
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, 0);
  g_assert_true (press (chart, GDK_KEY_Left));
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, 0);
  g_assert_true (press (chart, GDK_KEY_Return));
  g_assert_cmpint (activated, ==, 0);
  /* Other keys go on to the window. */
  g_assert_false (press (chart, GDK_KEY_a));

  /* Fewer points after an edit: the focus stays on one that exists.  A
   * horizon of 1 year leaves 2 bars. */
  ow_chart_set_focus_point (chart, 5);
  g_assert_true (ow_history_set (ow_session_get_history (f->session), f->document, NULL,
                                 "horizon-years", 1, NULL));
  g_assert_cmpuint (OW_CHART_GET_CLASS (chart)->get_n_points (chart), ==, 2);
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, 1);

  /* Out of range is clamped, and -1 leaves the summary alone. */
  ow_chart_set_focus_point (chart, 99);
  g_assert_cmpint (ow_chart_get_focus_point (chart), ==, 1);
  ow_chart_set_focus_point (chart, -1);
  g_assert_false (g_str_has_suffix (ow_chart_get_description (chart), "bonus $9,000"));
}

/* Export -------------------------------------------------------------------- */

static char *
read_head (const char *path,
           gsize       n)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, n);
  return g_strndup (contents, n);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(OwChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ow-charts-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "chart.png", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *head = NULL;
  OwChartFormat format;
  graphene_rect_t bar;

  load_json (f, two_offers);
  chart = new_yearly (f);

  /* PNG at 2 pixels a point: 640 × 436 points (the chart's 400 and the
   * 36-point title band) are 1280 × 872 pixels. */
  file = g_file_new_for_path (png);
  g_assert_true (ow_chart_export (chart, file, OW_CHART_FORMAT_PNG, WIDTH, HEIGHT + 36, 2, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2 * WIDTH);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 2 * (HEIGHT + 36));
  {
    /* The chart is drawn under the band: Alder's bar in the light style,
     * 36 points lower than on its own, at twice the size. */
    g_autofree guchar *pixels = g_malloc (4 * 2 * WIDTH * 2 * (HEIGHT + 36));
    cairo_surface_t *surface;
    OwChartStyle style;
    cairo_t *cr;

    gdk_texture_download (texture, pixels, 4 * 2 * WIDTH);
    surface = cairo_image_surface_create_for_data (pixels, CAIRO_FORMAT_ARGB32, 2 * WIDTH, 2 * (HEIGHT + 36), 4 * 2 * WIDTH);
    /* Lay the chart out at the export's size first, for the query. */
    cr = cairo_create (cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1));
    ow_chart_get_light_style (chart, &style);
    ow_chart_draw (chart, cr, WIDTH, HEIGHT, &style);
    cairo_surface_destroy (cairo_get_target (cr));
    cairo_destroy (cr);
    g_assert_true (ow_yearly_chart_get_bar (OW_YEARLY_CHART (chart), WIDTH, HEIGHT, 0, 1, &bar));
    assert_pixel (surface, 2 * (bar.origin.x + bar.size.width / 2), 2 * (bar.origin.y + 36 + bar.size.height / 2),
                  offer_colour (f, "alder"));
    assert_pixel (surface, 2 * (bar.origin.x + 3), 2 * (bar.origin.y + 36 - 3), "#ffffff");
    /* The page is white: a corner of it. */
    assert_pixel (surface, 2, 2, "#ffffff");
    cairo_surface_destroy (surface);
  }

  g_clear_object (&file);
  file = g_file_new_for_path (svg);
  g_assert_true (ow_chart_export (chart, file, OW_CHART_FORMAT_SVG, WIDTH, HEIGHT, 1, &error));
  g_assert_no_error (error);
  head = read_head (svg, 5);
  g_assert_true (g_str_equal (head, "<?xml") || g_str_has_prefix (head, "<svg"));
  g_clear_pointer (&head, g_free);

  g_clear_object (&file);
  file = g_file_new_for_path (pdf);
  g_assert_true (ow_chart_export (chart, file, OW_CHART_FORMAT_PDF, WIDTH, HEIGHT, 1, &error));
  g_assert_no_error (error);
  head = read_head (pdf, 4);
  g_assert_cmpstr (head, ==, "%PDF");

  /* A folder that is not there: an error naming the file. */
  g_clear_object (&file);
  file = g_file_new_for_path (missing);
  g_assert_false (ow_chart_export (chart, file, OW_CHART_FORMAT_PNG, WIDTH, HEIGHT, 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* Nonsense sizes are refused, not attempted. */
  g_assert_false (ow_chart_export (chart, file, OW_CHART_FORMAT_PNG, 0, HEIGHT, 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (ow_chart_export (chart, file, OW_CHART_FORMAT_PNG, WIDTH, HEIGHT, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* The file chooser's names. */
  g_assert_true (ow_chart_export_format_for_name ("Pay.PNG", &format));
  g_assert_cmpint (format, ==, OW_CHART_FORMAT_PNG);
  g_assert_true (ow_chart_export_format_for_name ("a.b.svg", &format));
  g_assert_cmpint (format, ==, OW_CHART_FORMAT_SVG);
  g_assert_true (ow_chart_export_format_for_name ("report.pdf", &format));
  g_assert_cmpint (format, ==, OW_CHART_FORMAT_PDF);
  g_assert_false (ow_chart_export_format_for_name ("chart", &format));
  g_assert_false (ow_chart_export_format_for_name ("chart.png.txt", &format));

  g_remove (png);
  g_remove (svg);
  g_remove (pdf);
  g_rmdir (dir);
}

/* Crowding ------------------------------------------------------------------ */

static void
assert_no_overlap (GArray *boxes,
                   double  width,
                   double  height)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const OwChartTextBox *a = &g_array_index (boxes, OwChartTextBox, i);

      /* Every label is on the page. */
      g_assert_cmpfloat (a->rect.origin.x, >=, 0);
      g_assert_cmpfloat (a->rect.origin.y, >=, 0);
      g_assert_cmpfloat (a->rect.origin.x + a->rect.size.width, <=, width);
      g_assert_cmpfloat (a->rect.origin.y + a->rect.size.height, <=, height);

      for (guint j = i + 1; j < boxes->len; j++)
        {
          const OwChartTextBox *b = &g_array_index (boxes, OwChartTextBox, j);

          if (graphene_rect_intersection (&a->rect, &b->rect, NULL))
            g_error ("labels %u (kind %d, %g,%g %g×%g) and %u (kind %d, %g,%g %g×%g) overlap",
                     i, a->kind, a->rect.origin.x, a->rect.origin.y, a->rect.size.width, a->rect.size.height,
                     j, b->kind, b->rect.origin.x, b->rect.origin.y, b->rect.size.width, b->rect.size.height);
        }
    }
}

static guint
count_kind (GArray          *boxes,
            OwChartTextKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < boxes->len; i++)
    if (g_array_index (boxes, OwChartTextBox, i).kind == kind)
      n++;
  return n;
}

static void
test_yearly_crowded (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { int width, height; } sizes[] = {
    { 640, 400 }, { 360, 320 }, { 1200, 600 },
  };
  g_autoptr(OwChart) chart = NULL;
  g_autofree char *json = many_offers_json (20, 10);

  load_json (f, json);
  chart = new_yearly (f);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GArray) boxes = NULL;
      cairo_surface_t *surface = render (chart, sizes[s].width, sizes[s].height);
      graphene_rect_t first, last;

      boxes = ow_yearly_chart_get_text_boxes (OW_YEARLY_CHART (chart), sizes[s].width, sizes[s].height);
      assert_no_overlap (boxes, sizes[s].width, sizes[s].height);
      /* The legend names all twenty offers and the four parts they have
       * (bonus, sign-on, equity and base; no benefits), in at most two
       * fifths of the height.  At 360 × 320 that is 118 px: the parts' line
       * and 4 lines of 2 names, the last cell saying "and 13 more
       * offers". */
      if (sizes[s].width >= 640)
        g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_LEGEND), ==, 20 + 4);
      else
        g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_LEGEND), ==, 4 + 7 + 1);
      /* At least the first year is labelled; crowded years are skipped,
       * never squeezed. */
      g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_CATEGORY), >=, 1);
      g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_CATEGORY), <=, 10);
      /* 200 bars have no figures over them. */
      g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_VALUE), ==, 0);

      /* The bars stay in order and inside the page. */
      g_assert_true (ow_yearly_chart_get_bar (OW_YEARLY_CHART (chart), sizes[s].width, sizes[s].height, 0, 1, &first));
      g_assert_true (ow_yearly_chart_get_bar (OW_YEARLY_CHART (chart), sizes[s].width, sizes[s].height, 19, 10, &last));
      g_assert_cmpfloat (first.origin.x, >, 0);
      g_assert_cmpfloat (last.origin.x + last.size.width, <=, sizes[s].width);
      g_assert_cmpfloat (last.origin.x, >, first.origin.x);
      cairo_surface_destroy (surface);
    }
}

static void
test_yearly_single (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(OwChart) chart = NULL;
  g_autoptr(GArray) boxes = NULL;
  g_autofree char *json = many_offers_json (1, 4);
  cairo_surface_t *surface;
  graphene_rect_t bar;

  load_json (f, json);
  chart = new_yearly (f);
  surface = render (chart, WIDTH, HEIGHT);
  boxes = ow_yearly_chart_get_text_boxes (OW_YEARLY_CHART (chart), WIDTH, HEIGHT);
  assert_no_overlap (boxes, WIDTH, HEIGHT);

  /* One offer: a bar a year, not a slab across the year; "Year 1" to
   * "Year 4" and a figure over each bar. */
  g_assert_true (ow_yearly_chart_get_bar (OW_YEARLY_CHART (chart), WIDTH, HEIGHT, 0, 1, &bar));
  g_assert_cmpfloat (bar.size.width, <=, 56);
  g_assert_cmpfloat (bar.size.width, >=, 20);
  g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_CATEGORY), ==, 4);
  g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_VALUE), ==, 4);
  g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_LEGEND), ==, 1 + 4);
  cairo_surface_destroy (surface);

  /* Narrow and short: still no overlap. */
  surface = render (chart, 280, 260);
  g_clear_pointer (&boxes, g_array_unref);
  boxes = ow_yearly_chart_get_text_boxes (OW_YEARLY_CHART (chart), 280, 260);
  assert_no_overlap (boxes, 280, 260);
  cairo_surface_destroy (surface);
}

/* Outcomes ------------------------------------------------------------------ */

static void
test_outcomes (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(OwChart) chart = NULL;
  g_autoptr(GArray) boxes = NULL;
  OwChartClass *klass;
  OwOffer *lumen;
  cairo_surface_t *surface;
  graphene_rect_t plot;
  graphene_point_t where;
  g_autofree char *words = NULL;
  double min, max, x, y;
  int ipo, rest;
  guint lumen_index;
  const char *description;

  load_sample (f);
  chart = new_outcomes (f);
  klass = OW_CHART_GET_CLASS (chart);
  lumen = ow_document_find_offer (f->document, "lumen-research", NULL);
  g_assert_true (ow_document_find_offer (f->document, "lumen-research", &lumen_index) == lumen);
  surface = render (chart, WIDTH, HEIGHT);

  /* Lumen Foundry alone has exit scenarios: four, with 20 + 25 + 35 + 15
   * = 95 %, and a zero outcome for the other 5 %. */
  g_assert_true (ow_outcomes_chart_has_outcomes (OW_OUTCOMES_CHART (chart)));
  g_assert_cmpuint (klass->get_n_points (chart), ==, 5);
  ipo = ow_outcomes_chart_get_point_index (OW_OUTCOMES_CHART (chart), lumen_index, 3);
  rest = ow_outcomes_chart_get_point_index (OW_OUTCOMES_CHART (chart), lumen_index, 4);
  g_assert_cmpint (ipo, ==, 3);
  g_assert_cmpint (rest, ==, 4);
  g_assert_cmpint (ow_outcomes_chart_get_point_index (OW_OUTCOMES_CHART (chart), 0, 0), ==, -1);

  /* The largest payout, the IPO's 2,832,000, in steps of 1,000,000 (some
   * 5 steps fit: 566,400 a step, rounded up): the axis ends at 3,000,000. */
  ow_outcomes_chart_get_plot (OW_OUTCOMES_CHART (chart), WIDTH, HEIGHT, &plot, &min, &max);
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 3000000);

  /* The IPO at 15 % across and 2,832,000 / 3,000,000 = 94.4 % up. */
  x = plot.origin.x + 0.15 * plot.size.width;
  y = plot.origin.y + plot.size.height * (1 - 0.944);
  klass->get_point (chart, ipo, WIDTH, HEIGHT, &where, &words);
  g_assert_cmpfloat_with_epsilon (where.x, x, 1e-3);
  g_assert_cmpfloat_with_epsilon (where.y, y, 1e-3);
  g_assert_cmpstr (words, ==, "Lumen Foundry, IPO: 15% likely, pays $2,832,000");
  /* Its marker is filled with Lumen's colour. */
  assert_pixel (surface, x, y, offer_colour (f, "lumen-research"));
  g_assert_cmpint (klass->query_point (chart, x + 2, y - 1, WIDTH, HEIGHT), ==, ipo);
  g_assert_cmpint (klass->query_point (chart, x + 40, y + 40, WIDTH, HEIGHT), ==, -1);
  g_assert_true (ow_outcomes_chart_get_point_offer (OW_OUTCOMES_CHART (chart), ipo) == lumen);

  /* The zero outcome: 5 % across, on the zero line, hollow: the white of
   * the page inside, the colour on its ring (radius 5). */
  g_clear_pointer (&words, g_free);
  klass->get_point (chart, rest, WIDTH, HEIGHT, &where, &words);
  g_assert_cmpfloat_with_epsilon (where.x, plot.origin.x + 0.05 * plot.size.width, 1e-3);
  g_assert_cmpfloat_with_epsilon (where.y, plot.origin.y + plot.size.height, 1e-3);
  g_assert_cmpstr (words, ==, "Lumen Foundry, no exit: 5% likely, pays nothing");
  assert_pixel (surface, where.x, where.y, "#ffffff");

  /* The expected payout, 628,500 (20 % × 0 + 25 % × 0 + 35 % × 582,000 +
   * 15 % × 2,832,000 = 203,700 + 424,800), dashed across: somewhere on
   * its row there is Lumen's colour, where nothing else is drawn. */
  {
    double ey = plot.origin.y + plot.size.height * (1 - 628500.0 / 3000000.0);
    GdkRGBA got, want;
    int hits = 0;

    gdk_rgba_parse (&want, offer_colour (f, "lumen-research"));
    for (double px = plot.origin.x + 0.5 * plot.size.width; px < plot.origin.x + 0.6 * plot.size.width; px += 1)
      {
        read_pixel (surface, px, ey, &got);
        if (same_colour (&got, &want))
          hits++;
      }
    g_assert_cmpint (hits, >, 10);
  }

  description = ow_chart_get_description (chart);
  g_assert_nonnull (strstr (description, "Lumen Foundry: Shutdown, 20% likely, pays $0; "
                                         "Acqui-hire, 25% likely, pays $0; "
                                         "Acquisition, 35% likely, pays $582,000; "
                                         "IPO, 15% likely, pays $2,832,000; "
                                         "no exit, 5% likely, pays nothing. "
                                         "Expected payout $628,500."));

  boxes = ow_outcomes_chart_get_text_boxes (OW_OUTCOMES_CHART (chart), WIDTH, HEIGHT);
  assert_no_overlap (boxes, WIDTH, HEIGHT);
  /* Lumen, "Expected payout" and "No exit" in the legend. */
  g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_LEGEND), ==, 3);
  cairo_surface_destroy (surface);

  /* Narrow: labels that fit nowhere are left out, none overlaps. */
  surface = render (chart, 300, 260);
  g_clear_pointer (&boxes, g_array_unref);
  boxes = ow_outcomes_chart_get_text_boxes (OW_OUTCOMES_CHART (chart), 300, 260);
  assert_no_overlap (boxes, 300, 260);
  cairo_surface_destroy (surface);
}

/* N offers with exit scenarios, the last without the share count they
 * need: its payouts are unknown. */
static char *
many_exits_json (guint n)
{
  g_autoptr(GString) json = g_string_new ("{ \"format\": \"offer-workbench\", \"version\": 1, \"horizon_years\": 4, \"offers\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "%s{ \"id\": \"o%u\", \"company\": \"Startup Number %u\","
                            "  \"start_date\": \"2027-01-04\", \"base_salary\": 150000,"
                            "  \"grants\": [ { \"kind\": \"rsu\", \"units\": %u, \"share_price\": 10 } ],"
                            "  \"company_equity\": { %s \"exit_scenarios\": ["
                            "    { \"label\": \"IPO\", \"valuation\": %u, \"probability_percent\": %u },"
                            "    { \"label\": \"Acquisition\", \"valuation\": 1000000000, \"probability_percent\": 40 } ] } }",
                            i > 0 ? "," : "", i, i + 1, 10000 * (i + 1),
                            i + 1 < n ? "\"fully_diluted_shares\": 100000000," : "",
                            500000000 * (i + 1), 5 + 2 * i);
  g_string_append (json, "] }");
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
test_outcomes_crowded (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { int width, height; } sizes[] = {
    { 640, 400 }, { 360, 320 }, { 1200, 600 },
  };
  g_autoptr(OwChart) chart = NULL;
  g_autofree char *json = many_exits_json (12);
  const char *description;

  load_json (f, json);
  chart = new_outcomes (f);

  /* 11 offers with payouts, 3 points each (IPO, acquisition and the zero
   * outcome), and the twelfth without: no points, a note instead. */
  g_assert_cmpuint (OW_CHART_GET_CLASS (chart)->get_n_points (chart), ==, 11 * 3);
  g_assert_cmpint (ow_outcomes_chart_get_point_index (OW_OUTCOMES_CHART (chart), 11, 0), ==, -1);
  description = ow_chart_get_description (chart);
  g_assert_nonnull (strstr (description, "Startup Number 12: its exits need the company’s fully diluted share count."));
  /* Startup Number 1: 10,000 shares at 500,000,000 / 100,000,000 = $5 a
   * share in the IPO pay $50,000, 5 % likely; at 1,000,000,000 / 100,000,000
   * = $10 the acquisition pays $100,000, 40 % likely; the expected payout
   * is 2,500 + 40,000 = $42,500. */
  g_assert_nonnull (strstr (description, "Startup Number 1: IPO, 5% likely, pays $50,000; "
                                         "Acquisition, 40% likely, pays $100,000; "
                                         "no exit, 55% likely, pays nothing. Expected payout $42,500."));

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GArray) boxes = NULL;
      cairo_surface_t *surface = render (chart, sizes[s].width, sizes[s].height);

      boxes = ow_outcomes_chart_get_text_boxes (OW_OUTCOMES_CHART (chart), sizes[s].width, sizes[s].height);
      assert_no_overlap (boxes, sizes[s].width, sizes[s].height);
      /* At least an offer, the dashed line's key and the hollow marker's;
       * never more than the 11 offers and the two keys. */
      g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_LEGEND), >=, 3);
      g_assert_cmpuint (count_kind (boxes, OW_CHART_TEXT_LEGEND), <=, 13);
      cairo_surface_destroy (surface);
    }
}

static void
test_outcomes_empty (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(OwChart) chart = NULL;
  cairo_surface_t *surface;
  GdkRGBA got, white;
  int ink = 0;

  load_json (f, two_offers);
  chart = new_outcomes (f);

  g_assert_false (ow_outcomes_chart_has_outcomes (OW_OUTCOMES_CHART (chart)));
  g_assert_cmpuint (OW_CHART_GET_CLASS (chart)->get_n_points (chart), ==, 0);
  g_assert_cmpstr (ow_chart_get_description (chart), ==, "No offer has exit scenarios.");

  /* The empty state says so in the middle of the chart. */
  surface = render (chart, WIDTH, HEIGHT);
  gdk_rgba_parse (&white, "#ffffff");
  for (int x = 0; x < WIDTH; x++)
    for (int y = HEIGHT / 2 - 40; y < HEIGHT / 2 + 10; y++)
      {
        read_pixel (surface, x, y, &got);
        if (!same_colour (&got, &white))
          ink++;
      }
  g_assert_cmpint (ink, >, 100);
  cairo_surface_destroy (surface);
}

/* The Compare view ------------------------------------------------------------ */

static void
test_compare_view (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *window;
  OwCompareView *view;
  GtkWidget *yearly, *outcomes;

  load_sample (f);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 900, 700);
  view = g_object_new (OW_TYPE_COMPARE_VIEW, NULL);
  gtk_window_set_child (window, GTK_WIDGET (view));
  ow_compare_view_set_session (view, f->session);
  gtk_window_present (window);

  /* The table first; no charts made until they are asked for. */
  g_assert_cmpstr (ow_compare_view_get_view (view), ==, "table");
  g_assert_null (ow_compare_view_get_yearly_chart (view));
  g_assert_null (ow_compare_view_get_outcomes_chart (view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "compare.view", "s", "chart"));
  g_assert_cmpstr (ow_compare_view_get_view (view), ==, "chart");
  yearly = ow_compare_view_get_yearly_chart (view);
  outcomes = ow_compare_view_get_outcomes_chart (view);
  g_assert_true (OW_IS_YEARLY_CHART (yearly));
  g_assert_true (OW_IS_OUTCOMES_CHART (outcomes));
  g_assert_true (gtk_widget_is_visible (yearly));
  /* Lumen Foundry has exit scenarios: the outcomes chart shows. */
  g_assert_true (gtk_widget_is_visible (outcomes));
  g_assert_nonnull (strstr (ow_chart_get_description (OW_CHART (yearly)), "$519,576"));

  /* Without them, it goes.  (Removing Lumen's scenarios through the
   * history, the way the editor does.) */
  {
    OwOffer *lumen = ow_document_find_offer (f->document, "lumen-research", NULL);

    g_assert_true (ow_history_set (ow_session_get_history (f->session), lumen, NULL,
                                   "has-company-equity", FALSE, NULL));
    g_assert_false (gtk_widget_get_visible (outcomes));
    g_assert_true (ow_history_undo (ow_session_get_history (f->session)));
    g_assert_true (gtk_widget_get_visible (outcomes));
  }

  /* Back to the table; the charts are kept for next time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "compare.view", "s", "table"));
  g_assert_false (gtk_widget_is_visible (yearly));
  g_assert_true (ow_compare_view_get_yearly_chart (view) == yearly);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  ow_format_set_locale ("en_US");

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, NULL, fn, fixture_teardown)

  g_test_add_func ("/ow/charts/nice-step", test_nice_step);
  ADD ("/ow/charts/yearly/geometry", test_yearly_geometry);
  ADD ("/ow/charts/yearly/hit-testing", test_yearly_hit);
  ADD ("/ow/charts/yearly/description", test_yearly_description);
  ADD ("/ow/charts/yearly/follows-session", test_yearly_follows);
  ADD ("/ow/charts/yearly/keyboard", test_yearly_keyboard);
  ADD ("/ow/charts/yearly/crowded", test_yearly_crowded);
  ADD ("/ow/charts/yearly/single", test_yearly_single);
  ADD ("/ow/charts/export", test_export);
  ADD ("/ow/charts/outcomes/geometry", test_outcomes);
  ADD ("/ow/charts/outcomes/crowded", test_outcomes_crowded);
  ADD ("/ow/charts/outcomes/empty", test_outcomes_empty);
  ADD ("/ow/charts/compare-view", test_compare_view);

#undef ADD

  return g_test_run ();
}
