/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The display-free half of every chart (see ow-chart-paint.h). */
#define G_LOG_DOMAIN "ow-chart-paint"

#include "config.h"

#include "ow-chart-paint.h"

#include <math.h>

#include "ow-swatches.h"

static const double dash_solid[] = { 0 };
static const double dash_long[] = { 8, 4 };
static const double dash_dot[] = { 2, 3 };
static const double dash_dash_dot[] = { 8, 3, 2, 3 };
static const double dash_short[] = { 4, 3 };

static const struct { const double *dashes; guint n; } dashes[] = {
  { dash_solid, 0 },
  { dash_long, 2 },
  { dash_dot, 2 },
  { dash_dash_dot, 4 },
  { dash_short, 2 },
};

static void
rgba_from_hex (guint32      hex,
               double       alpha,
               OwChartRgba *colour)
{
  colour->red = ((hex >> 16) & 0xff) / 255.0;
  colour->green = ((hex >> 8) & 0xff) / 255.0;
  colour->blue = (hex & 0xff) / 255.0;
  colour->alpha = alpha;
}

void
ow_chart_paint_light_style (OwChartStyle               *style,
                            const PangoFontDescription *font)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  /* Dark text on white, readable on paper; secondary text and gridlines
   * are the text colour, fainter. */
  rgba_from_hex (0x1e1e1e, 1, &style->foreground);
  rgba_from_hex (0x1e1e1e, 0.6, &style->dim_foreground);
  rgba_from_hex (0x1e1e1e, 0.12, &style->grid);
  rgba_from_hex (0xffffff, 1, &style->background);
  rgba_from_hex (0x3584e4, 1, &style->accent);
  rgba_from_hex (0xc64600, 1, &style->warning);
  style->dark = FALSE;
  style->high_contrast = FALSE;
  style->font = font;
}

void
ow_chart_paint_offer_colour (guint               slot,
                             const OwChartStyle *style,
                             OwChartRgba        *colour)
{
  OwRgb rgb;

  g_return_if_fail (style != NULL && colour != NULL);

  ow_swatches_get_rgb (slot, style->dark, style->high_contrast, &rgb);
  colour->red = rgb.red;
  colour->green = rgb.green;
  colour->blue = rgb.blue;
  colour->alpha = 1;
}

/* Slots that share a colour (past the palette's size, or in high contrast)
 * never share a dash pattern as well. */
const double *
ow_chart_paint_get_dash (guint  slot,
                         guint *n_dashes)
{
  guint i = (slot / ow_swatches_get_n_high_contrast () + slot) % G_N_ELEMENTS (dashes);

  if (n_dashes)
    *n_dashes = dashes[i].n;
  return dashes[i].dashes;
}

OwMarker
ow_chart_paint_get_marker (guint slot)
{
  return (OwMarker) (slot % OW_N_MARKERS);
}

void
ow_chart_paint_set_source (cairo_t           *cr,
                           const OwChartRgba *colour)
{
  g_return_if_fail (cr != NULL && colour != NULL);

  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha);
}

void
ow_chart_paint_mix (const OwChartRgba *colour,
                    const OwChartRgba *background,
                    double             fraction,
                    OwChartRgba       *result)
{
  g_return_if_fail (colour != NULL && background != NULL && result != NULL);

  fraction = CLAMP (fraction, 0, 1);
  result->red = background->red + (colour->red - background->red) * fraction;
  result->green = background->green + (colour->green - background->green) * fraction;
  result->blue = background->blue + (colour->blue - background->blue) * fraction;
  result->alpha = 1;
}

double
ow_chart_nice_step (double span,
                    guint  max_steps)
{
  static const double multiples[] = { 1, 2, 5, 10 };
  double raw, magnitude;

  if (!(span > 0) || !isfinite (span))
    return 1;
  max_steps = MAX (max_steps, 1);

  raw = span / max_steps;
  magnitude = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    /* A little slack for rounding: 5 steps of 0.2 × 10^n are 5 steps. */
    if (multiples[i] * magnitude >= raw * (1 - 1e-9))
      return multiples[i] * magnitude;
  return 10 * magnitude;
}

void
ow_chart_marker_path (cairo_t  *cr,
                      OwMarker  marker,
                      double    x,
                      double    y,
                      double    r)
{
  g_return_if_fail (cr != NULL);

  switch (marker)
    {
    case OW_MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case OW_MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y + r * 0.8);
      cairo_line_to (cr, x - r, y + r * 0.8);
      cairo_close_path (cr);
      break;
    case OW_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    case OW_MARKER_CROSS:
      /* One outline (a plus sign), so that it strokes as one shape. */
      cairo_move_to (cr, x - r * 0.35, y - r);
      cairo_line_to (cr, x + r * 0.35, y - r);
      cairo_line_to (cr, x + r * 0.35, y - r * 0.35);
      cairo_line_to (cr, x + r, y - r * 0.35);
      cairo_line_to (cr, x + r, y + r * 0.35);
      cairo_line_to (cr, x + r * 0.35, y + r * 0.35);
      cairo_line_to (cr, x + r * 0.35, y + r);
      cairo_line_to (cr, x - r * 0.35, y + r);
      cairo_line_to (cr, x - r * 0.35, y + r * 0.35);
      cairo_line_to (cr, x - r, y + r * 0.35);
      cairo_line_to (cr, x - r, y - r * 0.35);
      cairo_line_to (cr, x - r * 0.35, y - r * 0.35);
      cairo_close_path (cr);
      break;
    case OW_MARKER_CIRCLE:
    case OW_N_MARKERS:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

PangoLayout *
ow_chart_paint_create_layout (PangoContext       *context,
                              const OwChartStyle *style,
                              const char         *text,
                              double              scale,
                              gboolean            bold)
{
  PangoLayout *layout;
  PangoFontDescription *font;
  int size;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  layout = pango_layout_new (context);
  if (text != NULL)
    pango_layout_set_text (layout, text, -1);
  font = style->font != NULL ? pango_font_description_copy (style->font)
                             : pango_font_description_from_string ("Sans 10");
  size = pango_font_description_get_size (font);
  if (size <= 0)
    size = 10 * PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size * scale);
  else
    pango_font_description_set_size (font, (int) (size * scale));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  return layout;
}

void
ow_chart_paint_show_text (PangoContext       *context,
                          cairo_t            *cr,
                          const OwChartStyle *style,
                          const char         *text,
                          double              x,
                          double              y,
                          double              scale,
                          double              max_width,
                          PangoEllipsizeMode  ellipsize,
                          const OwChartRgba  *colour)
{
  g_autoptr(PangoLayout) layout = ow_chart_paint_create_layout (context, style, text, scale, FALSE);

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, ellipsize);
    }
  ow_chart_paint_set_source (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
ow_chart_paint_draw_callout (PangoContext       *context,
                             cairo_t            *cr,
                             const OwChartStyle *style,
                             const char         *text,
                             double              x,
                             double              y,
                             double              width,
                             double              height)
{
  g_autoptr(PangoLayout) layout = NULL;
  double bw, bh, bx, by, r = 6;
  OwChartRgba fill;
  int tw, th;

  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (cr != NULL && style != NULL);

  if (text == NULL || *text == '\0')
    return;

  layout = ow_chart_paint_create_layout (context, style, text, 0.9, FALSE);
  pango_layout_set_width (layout, (int) (MIN (360, MAX (width - 24, 60)) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, &tw, &th);
  bw = tw + 16;
  bh = th + 10;

  /* Over the point when there is room, else under it; never off the
   * chart's sides. */
  by = y - 10 - bh;
  if (by < 2)
    by = MIN (y + 10, height - bh - 2);
  bx = CLAMP (x - bw / 2, 2, MAX (width - bw - 2, 2));

  /* Like a tooltip: the text colour as the box, the page's as the words. */
  fill = style->foreground;
  fill.alpha = 0.92;
  cairo_new_sub_path (cr);
  cairo_arc (cr, bx + bw - r, by + r, r, -G_PI / 2, 0);
  cairo_arc (cr, bx + bw - r, by + bh - r, r, 0, G_PI / 2);
  cairo_arc (cr, bx + r, by + bh - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, bx + r, by + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  ow_chart_paint_set_source (cr, &fill);
  cairo_fill (cr);

  ow_chart_paint_set_source (cr, &style->background);
  cairo_move_to (cr, bx + 8, by + 5);
  pango_cairo_show_layout (cr, layout);
}

PangoContext *
ow_chart_paint_create_context (double resolution)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, resolution > 0 ? resolution : 96);
  return context;
}
