/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The yearly chart's layout and drawing (see ow-yearly-painter.c for what it
 * shows and why it looks as it does): the legend across the top, the money
 * axis, a group of bars for each year, the figures over them and the years
 * under them, each placed where it overlaps nothing. */
#define G_LOG_DOMAIN "ow-yearly-chart"

#include "config.h"

#include "ow-yearly-painter-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ow-format.h"

static const char * const part_names[N_PARTS] = {
  N_("Base salary"), N_("Bonus"), N_("Sign-on"), N_("Equity"), N_("Benefits"),
};

/* How strong each part's tint is: the lighter parts carry the stronger
 * textures. */
static const double part_tint[N_PARTS] = { 1.0, 0.4, 0.3, 0.7, 0.18 };

/* Layout -------------------------------------------------------------------- */

void
_ow_yearly_painter_legend_item_clear (gpointer data)
{
  g_free (((LegendItem *) data)->text);
}

void
_ow_yearly_painter_label_clear (gpointer data)
{
  g_free (((Label *) data)->text);
}

double
_ow_yearly_painter_value_y (const Layout *layout,
                            double        value)
{
  if (!(layout->max > layout->min))
    return layout->plot.origin.y + layout->plot.size.height;
  return layout->plot.origin.y +
         layout->plot.size.height * (layout->max - value) / (layout->max - layout->min);
}

static void
text_size (OwYearlyPainter    *self,
           const OwChartStyle *style,
           const char         *text,
           double              scale,
           double             *width,
           double             *height)
{
  g_autoptr(PangoLayout) layout = ow_chart_paint_create_layout (self->context, style, text, scale, FALSE);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (width)
    *width = w;
  if (height)
    *height = h;
}

static void
add_label (Layout          *layout,
           OwChartTextKind  kind,
           char            *text,  /* taken */
           double           x,
           double           y,
           double           width,
           double           height)
{
  Label label = { text, kind, GRAPHENE_RECT_INIT (x, y, width, height) };

  g_array_append_val (layout->labels, label);
}

/* The legend across the top: the parts flowed in a line (or two), then the
 * offers in a grid of equal columns, so that many of them line up.  It may
 * take up to two fifths of the height: when the names do not fit in that,
 * they are shortened to make more columns, and past that the last cell
 * says how many more offers there are (each bar still names its offer in
 * its tooltip and words).  Returns its bottom. */
static double
layout_legend (OwYearlyPainter    *self,
               const OwChartStyle *style,
               double              width,
               double              height)
{
  Layout *layout = &self->layout;
  double x0 = PAD, right = width - PAD, avail = MAX (right - x0, 40);
  double x = x0, y = PAD, row_h, budget, name_w = 0, text_w, col_w = 0;
  g_autofree double *widths = NULL;
  guint cols = 1, rows = 0, shown;
  gboolean any = FALSE;

  text_size (self, style, "Ag", 1, NULL, &row_h);
  row_h = MAX (row_h, SWATCH);
  budget = MAX ((height - 2 * PAD) * 0.4, row_h);

  for (guint p = 0; p < N_PARTS; p++)
    {
      LegendItem item = { 0 };
      double tw, item_w;

      if (!self->parts_present[p])
        continue;

      item.kind = LEGEND_PART;
      item.index = p;
      item.text = g_strdup (_(part_names[p]));
      text_size (self, style, item.text, 1, &tw, NULL);
      item.max_width = tw > avail - SWATCH - 6 ? MAX (avail - SWATCH - 6, 24) : -1;
      tw = item.max_width > 0 ? item.max_width : tw;
      item_w = SWATCH + 6 + tw;
      if (x > x0 && x + item_w > right)
        {
          x = x0;
          y += row_h + LEGEND_ROW_GAP;
        }
      item.swatch = GRAPHENE_RECT_INIT (x, y + (row_h - SWATCH) / 2, SWATCH, SWATCH);
      item.x = x + SWATCH + 6;
      item.y = y;
      item.box = GRAPHENE_RECT_INIT (x, y, item_w, row_h);
      g_array_append_val (layout->legend, item);
      any = TRUE;
      x += item_w + LEGEND_GAP;
    }
  if (any)
    {
      y += row_h + LEGEND_ROW_GAP;
      budget -= row_h + LEGEND_ROW_GAP;
    }

  if (self->n_series == 0)
    return any ? y - LEGEND_ROW_GAP : PAD;

  widths = g_new (double, self->n_series);
  for (guint i = 0; i < self->n_series; i++)
    {
      text_size (self, style, self->series[i].name, 1, &widths[i], NULL);
      name_w = MAX (name_w, widths[i]);
    }

  /* The widest column that fits the budget, names shortened down to a
   * readable minimum. */
  text_w = MIN (name_w, LEGEND_NAME_MAX);
  for (;;)
    {
      col_w = SWATCH + 6 + MIN (text_w, avail - SWATCH - 6);
      cols = MAX (1, (guint) ((avail + LEGEND_GAP) / (col_w + LEGEND_GAP)));
      rows = (self->n_series + cols - 1) / cols;
      if (rows * (row_h + LEGEND_ROW_GAP) - LEGEND_ROW_GAP <= budget || text_w <= LEGEND_NAME_MIN)
        break;
      text_w = MAX (text_w - 10, LEGEND_NAME_MIN);
    }
  rows = MIN (rows, MAX (1, (guint) ((budget + LEGEND_ROW_GAP) / (row_h + LEGEND_ROW_GAP))));
  shown = MIN (self->n_series, rows * cols);
  if (shown < self->n_series)
    shown = rows * cols - 1;

  for (guint c = 0; c < rows * cols && c <= shown; c++)
    {
      LegendItem item = { 0 };
      double cx = x0 + (c % cols) * (col_w + LEGEND_GAP);
      double cy = y + (c / cols) * (row_h + LEGEND_ROW_GAP);
      double tw;

      if (c < shown)
        {
          item.kind = LEGEND_OFFER;
          item.index = c;
          item.text = g_strdup (self->series[c].name);
          tw = widths[c];
        }
      else if (shown < self->n_series)
        {
          guint more = self->n_series - shown;

          item.kind = LEGEND_MORE;
          item.index = more;
          /* TRANSLATORS: the last cell of a chart's legend when the
           * offers' names do not all fit */
          item.text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more offer", "and %u more offers", more),
                                       more);
          text_size (self, style, item.text, 1, &tw, NULL);
        }
      else
        break;

      if (item.kind == LEGEND_MORE)
        {
          /* No swatch, and the rest of the line if it needs it. */
          item.max_width = tw > right - cx ? right - cx : -1;
          tw = MIN (tw, right - cx);
          item.swatch = GRAPHENE_RECT_INIT (cx, cy, 0, 0);
          item.x = cx;
          item.box = GRAPHENE_RECT_INIT (cx, cy, tw, row_h);
        }
      else
        {
          item.max_width = tw > col_w - SWATCH - 6 ? col_w - SWATCH - 6 : -1;
          tw = MIN (tw, col_w - SWATCH - 6);
          item.swatch = GRAPHENE_RECT_INIT (cx, cy + (row_h - SWATCH) / 2, SWATCH, SWATCH);
          item.x = cx + SWATCH + 6;
          item.box = GRAPHENE_RECT_INIT (cx, cy, SWATCH + 6 + tw, row_h);
        }
      item.y = cy;
      g_array_append_val (layout->legend, item);
    }

  return y + rows * (row_h + LEGEND_ROW_GAP) - LEGEND_ROW_GAP;
}

/* One pass of the layout below the legend.  Returns whether the year labels
 * are numbers only and want the "Offer year" caption under them. */
static gboolean
layout_plot (OwYearlyPainter    *self,
             const OwChartStyle *style,
             double              width,
             double              height,
             double              legend_bottom,
             gboolean            with_caption)
{
  Layout *layout = &self->layout;
  double small_h, plot_top, plot_bottom, plot_x, plot_w, tick_w = 0;
  double data_min = 0, data_max = 0, group_x0, year_y;
  double long_w = 0, short_w = 0;
  gboolean short_years, values = TRUE;
  guint max_steps, every = 1;

  g_array_set_size (layout->labels, 0);
  text_size (self, style, "0", SMALL, NULL, &small_h);
  layout->value_h = small_h + 4;

  /* From the top: the legend, room for the figures over the tallest bars,
   * the plot; from the bottom: markers, years and the caption. */
  plot_top = legend_bottom + PAD + layout->value_h;
  plot_bottom = height - PAD - (6 + 2 * MARKER_R + 4) - small_h - (with_caption ? small_h + 4 : 0);
  if (plot_bottom - plot_top < 40)
    plot_bottom = plot_top + 40;

  for (guint i = 0; i < self->n_series; i++)
    for (guint k = 0; k < self->n_years; k++)
      {
        data_max = MAX (data_max, self->series[i].top[k]);
        data_min = MIN (data_min, self->series[i].bottom[k]);
      }
  if (data_max <= data_min)
    data_max = data_min + 1000;

  max_steps = MAX (2, (guint) ((plot_bottom - plot_top) / TICK_SPACING));
  layout->step = ow_chart_nice_step (data_max - data_min, max_steps);
  layout->min = floor (data_min / layout->step) * layout->step;
  layout->max = ceil (data_max / layout->step) * layout->step;
  if (layout->max <= layout->min)
    layout->max = layout->min + layout->step;

  /* The money labels, right-aligned before the plot. */
  for (double v = layout->min; v <= layout->max + layout->step / 2; v += layout->step)
    {
      g_autofree char *text = ow_format_money_compact (fabs (v) < layout->step / 2 ? 0 : v, self->currency);
      double tw;

      text_size (self, style, text, SMALL, &tw, NULL);
      tick_w = MAX (tick_w, tw);
    }
  plot_x = PAD + tick_w + 8;
  plot_w = MAX (width - PAD - plot_x, 40);
  layout->plot = GRAPHENE_RECT_INIT (plot_x, plot_top, plot_w, plot_bottom - plot_top);

  for (double v = layout->min; v <= layout->max + layout->step / 2; v += layout->step)
    {
      char *text = ow_format_money_compact (fabs (v) < layout->step / 2 ? 0 : v, self->currency);
      double tw, y = _ow_yearly_painter_value_y (layout, v);

      text_size (self, style, text, SMALL, &tw, NULL);
      add_label (layout, OW_CHART_TEXT_TICK, text, plot_x - 8 - tw, y - small_h / 2, tw, small_h);
    }

  /* The bars: each year a group, each offer a slot in it, each bar most of
   * its slot; bars keep a sensible width when there are few. */
  layout->group_w = plot_w / self->n_years;
  layout->slot_w = MIN (layout->group_w * 0.8 / MAX (self->n_series, 1), MAX_BAR / BAR_SHARE);
  layout->bar_w = layout->slot_w * BAR_SHARE;
  if (layout->bar_w < 2)
    layout->bar_w = layout->slot_w;
  layout->markers = layout->slot_w >= 2 * MARKER_R + 2;

  /* A figure over each bar when every one fits its slot, and not so many
   * that they make a crowd. */
  values = self->n_series * self->n_years <= 48;
  for (guint k = 0; values && k < self->n_years; k++)
    for (guint i = 0; values && i < self->n_series; i++)
      {
        const Series *series = &self->series[i];
        g_autofree char *text = NULL;
        double tw;

        if (series->overflow)
          continue;
        text = ow_format_money_compact (series->top[k] + series->bottom[k], self->currency);
        text_size (self, style, text, SMALL, &tw, NULL);
        if (tw > layout->slot_w - 2)
          values = FALSE;
      }
  if (values)
    for (guint k = 0; k < self->n_years; k++)
      for (guint i = 0; i < self->n_series; i++)
        {
          const Series *series = &self->series[i];
          double tw, cx, top;
          char *text;

          if (series->overflow)
            continue;
          group_x0 = plot_x + k * layout->group_w + (layout->group_w - self->n_series * layout->slot_w) / 2;
          cx = group_x0 + (i + 0.5) * layout->slot_w;
          top = _ow_yearly_painter_value_y (layout, MAX (series->top[k], 0));
          text = ow_format_money_compact (series->top[k] + series->bottom[k], self->currency);
          text_size (self, style, text, SMALL, &tw, NULL);
          add_label (layout, OW_CHART_TEXT_VALUE, text, cx - tw / 2, top - 4 - small_h, tw, small_h);
        }

  /* The years: "Year 1" when every one fits its group, else the numbers,
   * every one or every few, with a caption saying what they are. */
  for (guint k = 0; k < self->n_years; k++)
    {
      g_autofree char *l = g_strdup_printf (_("Year %u"), k + 1);
      g_autofree char *s = g_strdup_printf ("%u", k + 1);
      double tw;

      text_size (self, style, l, SMALL, &tw, NULL);
      long_w = MAX (long_w, tw);
      text_size (self, style, s, SMALL, &tw, NULL);
      short_w = MAX (short_w, tw);
    }
  short_years = long_w + 8 > layout->group_w;
  if (short_years)
    while (short_w + 6 > every * layout->group_w && every < self->n_years)
      every++;

  year_y = plot_bottom + 6 + 2 * MARKER_R + 4;
  for (guint k = 0; k < self->n_years; k += short_years ? every : 1)
    {
      char *text = short_years ? g_strdup_printf ("%u", k + 1) : g_strdup_printf (_("Year %u"), k + 1);
      double tw, cx = plot_x + (k + 0.5) * layout->group_w;

      text_size (self, style, text, SMALL, &tw, NULL);
      add_label (layout, OW_CHART_TEXT_CATEGORY, text, cx - tw / 2, year_y, tw, small_h);
    }
  layout->hit_bottom = year_y + small_h;

  if (short_years && with_caption)
    {
      char *text = g_strdup (_("Offer year"));
      double tw;

      text_size (self, style, text, SMALL, &tw, NULL);
      add_label (layout, OW_CHART_TEXT_CAPTION, text,
                 plot_x + (plot_w - tw) / 2, year_y + small_h + 4, tw, small_h);
    }

  return short_years;
}

const Layout *
_ow_yearly_painter_ensure_layout (OwYearlyPainter    *self,
                                  const OwChartStyle *style,
                                  double              width,
                                  double              height)
{
  Layout *layout = &self->layout;
  guint font_hash = style->font != NULL ? pango_font_description_hash (style->font) : 0;
  double legend_bottom;

  if (layout->valid && layout->width == width && layout->height == height &&
      layout->font_hash == font_hash)
    return layout;

  g_array_set_size (layout->legend, 0);
  g_array_set_size (layout->labels, 0);
  layout->valid = TRUE;
  layout->width = width;
  layout->height = height;
  layout->font_hash = font_hash;
  layout->plot = GRAPHENE_RECT_INIT (PAD, PAD, MAX (width - 2 * PAD, 1), MAX (height - 2 * PAD, 1));
  layout->min = 0;
  layout->max = 1;
  layout->step = 1;
  layout->markers = FALSE;

  if (self->n_series == 0)
    return layout;

  legend_bottom = layout_legend (self, style, width, height);
  if (layout_plot (self, style, width, height, legend_bottom, FALSE))
    layout_plot (self, style, width, height, legend_bottom, TRUE);

  return layout;
}

/* The layout for a query without a drawing at hand: the last one drawn if
 * it was at this size, else one in the query font (the widget's now). */
const Layout *
_ow_yearly_painter_query_layout (OwYearlyPainter *self,
                                 double           width,
                                 double           height)
{
  OwChartStyle style;

  if (self->layout.valid && self->layout.width == width && self->layout.height == height)
    return &self->layout;

  ow_chart_paint_light_style (&style, self->query_font);
  return _ow_yearly_painter_ensure_layout (self, &style, width, height);
}

gboolean
_ow_yearly_painter_layout_bar (OwYearlyPainter *self,
                               const Layout    *layout,
                               guint            i,
                               guint            k,
                               graphene_rect_t *rect)
{
  const Series *series;
  double x, top, bottom;

  if (i >= self->n_series || k >= self->n_years)
    return FALSE;

  series = &self->series[i];
  x = layout->plot.origin.x + k * layout->group_w +
      (layout->group_w - self->n_series * layout->slot_w) / 2 +
      i * layout->slot_w + (layout->slot_w - layout->bar_w) / 2;
  top = _ow_yearly_painter_value_y (layout, series->top[k]);
  bottom = _ow_yearly_painter_value_y (layout, series->bottom[k]);
  *rect = GRAPHENE_RECT_INIT (x, top, layout->bar_w, bottom - top);
  return TRUE;
}

/* Drawing ------------------------------------------------------------------- */

/* Names are shortened in the middle: offers often share the start of their
 * names ("Acme Robotics", "Acme Research") and differ at the end. */
static void
show_text (OwYearlyPainter    *self,
           cairo_t            *cr,
           const OwChartStyle *style,
           const char         *text,
           double              x,
           double              y,
           double              scale,
           double              max_width,
           const OwChartRgba  *colour)
{
  ow_chart_paint_show_text (self->context, cr, style, text, x, y, scale, max_width,
                            PANGO_ELLIPSIZE_MIDDLE, colour);
}

/* Parallel lines across X, Y, W, H at ANGLE (-1 rising, 1 falling, 0
 * level), anchored to the page so neighbouring bars line up.  Each line is
 * cut to the rectangle here rather than by a clip: a tall, narrow bar
 * would otherwise stroke lines mostly outside it (200 bars of them took a
 * fifth of a second). */
static void
stripes (cairo_t *cr,
         double   x,
         double   y,
         double   w,
         double   h,
         int      angle,
         double   spacing)
{
  if (angle == 0)
    {
      for (double ly = ceil (y / spacing) * spacing; ly < y + h; ly += spacing)
        {
          cairo_move_to (cr, x, ly + 0.5);
          cairo_line_to (cr, x + w, ly + 0.5);
        }
      return;
    }

  if (angle < 0)
    {
      /* Rising lines: X + Y = c, from the top-left corner to the
       * bottom-right one. */
      for (double c = ceil ((x + y) / spacing) * spacing; c <= x + w + y + h; c += spacing)
        {
          double x1 = MAX (x, c - y - h), x2 = MIN (x + w, c - y);

          if (x2 <= x1)
            continue;
          cairo_move_to (cr, x1, c - x1);
          cairo_line_to (cr, x2, c - x2);
        }
    }
  else
    {
      /* Falling lines: X - Y = c, from the bottom-left corner to the
       * top-right one. */
      for (double c = ceil ((x - y - h) / spacing) * spacing; c <= x + w - y; c += spacing)
        {
          double x1 = MAX (x, c + y), x2 = MIN (x + w, c + y + h);

          if (x2 <= x1)
            continue;
          cairo_move_to (cr, x1, x1 - c);
          cairo_line_to (cr, x2, x2 - c);
        }
    }
}

/* One part of a bar, or a legend swatch: COLOUR's tint with the part's
 * texture. */
static void
draw_part (cairo_t            *cr,
           guint               part,
           double              x,
           double              y,
           double              w,
           double              h,
           const OwChartRgba  *colour,
           const OwChartStyle *style)
{
  OwChartRgba tint, line;

  ow_chart_paint_mix (colour, &style->background, part_tint[part], &tint);
  ow_chart_paint_set_source (cr, &tint);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);

  if (w < 3 || h < 3)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  cairo_set_line_width (cr, 1.2);
  line = *colour;

  switch (part)
    {
    case PART_BONUS:
      /* Dots, as small squares: at this size they look the same as
       * circles and fill several times faster. */
      ow_chart_paint_set_source (cr, &line);
      for (double dy = ceil (y / 4) * 4 + 2; dy < y + h; dy += 4)
        for (double dx = ceil (x / 4) * 4 + ((int) (dy / 4) % 2 ? 2 : 0); dx < x + w; dx += 4)
          cairo_rectangle (cr, dx - 0.8, dy - 0.8, 1.6, 1.6);
      cairo_fill (cr);
      break;

    case PART_SIGN_ON:
      stripes (cr, x, y, w, h, -1, 5);
      ow_chart_paint_set_source (cr, &line);
      cairo_stroke (cr);
      break;

    case PART_EQUITY:
      /* Light lines on the strong tint. */
      stripes (cr, x, y, w, h, -1, 8);
      stripes (cr, x, y, w, h, 1, 8);
      line = style->background;
      line.alpha = 0.5;
      cairo_set_line_width (cr, 1.2);
      ow_chart_paint_set_source (cr, &line);
      cairo_stroke (cr);
      break;

    case PART_BENEFITS:
      stripes (cr, x, y, w, h, 0, 4);
      line.alpha *= 0.75;
      cairo_set_line_width (cr, 1);
      ow_chart_paint_set_source (cr, &line);
      cairo_stroke (cr);
      break;

    case PART_BASE:
    default:
      break;
    }
  cairo_restore (cr);
}

static void
draw_bar (OwYearlyPainter       *self,
          cairo_t               *cr,
          const Layout          *layout,
          const OwChartStyle    *style,
          guint                  i,
          guint                  k,
          const graphene_rect_t *bar)
{
  const Series *series = &self->series[i];
  double x = bar->origin.x, w = bar->size.width;
  double up = 0, down = 0;
  OwChartRgba colour;

  if (series->overflow || bar->size.height <= 0)
    return;

  ow_chart_paint_offer_colour (series->slot, style, &colour);

  /* Positive parts stack up from zero, negative ones (a sign-on paid
   * back, say) down from it. */
  for (guint p = 0; p < N_PARTS; p++)
    {
      double amount = series->amount[k][p];
      double from, to, y0, y1;

      if (amount == 0)
        continue;
      if (amount > 0)
        {
          from = up;
          to = up += amount;
        }
      else
        {
          from = down;
          to = down += amount;
        }
      y0 = _ow_yearly_painter_value_y (layout, MAX (from, to));
      y1 = _ow_yearly_painter_value_y (layout, MIN (from, to));
      draw_part (cr, p, x, y0, w, y1 - y0, &colour, style);
    }

  /* A hairline of background between parts, where they meet. */
  if (w >= 3)
    {
      double acc_up = 0, acc_down = 0;
      gboolean first_up = TRUE, first_down = TRUE;

      ow_chart_paint_set_source (cr, &style->background);
      cairo_set_line_width (cr, 1);
      for (guint p = 0; p < N_PARTS; p++)
        {
          double amount = series->amount[k][p];
          double y;

          if (amount == 0)
            continue;
          if (amount > 0)
            {
              if (!first_up)
                {
                  y = _ow_yearly_painter_value_y (layout, acc_up);
                  cairo_move_to (cr, x + 1, y);
                  cairo_line_to (cr, x + w - 1, y);
                }
              acc_up += amount;
              first_up = FALSE;
            }
          else
            {
              if (!first_down)
                {
                  y = _ow_yearly_painter_value_y (layout, acc_down);
                  cairo_move_to (cr, x + 1, y);
                  cairo_line_to (cr, x + w - 1, y);
                }
              acc_down += amount;
              first_down = FALSE;
            }
        }
      cairo_stroke (cr);

      /* The outline holds the bar's parts together. */
      ow_chart_paint_set_source (cr, &colour);
      cairo_set_line_width (cr, style->high_contrast ? 1.5 : 1);
      cairo_rectangle (cr, x + 0.5, bar->origin.y + 0.5, w - 1, MAX (bar->size.height - 1, 0));
      cairo_stroke (cr);
    }
}

static void
focus_ring (cairo_t               *cr,
            const OwChartStyle    *style,
            const graphene_rect_t *bar)
{
  double x = bar->origin.x - 3, y = bar->origin.y - 3;
  double w = bar->size.width + 6, h = bar->size.height + 6;
  double r = 4;

  if (h < 10)
    {
      y -= (10 - h) / 2;
      h = 10;
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  ow_chart_paint_set_source (cr, &style->accent);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);
}

static void
draw_empty (OwYearlyPainter    *self,
            cairo_t            *cr,
            double              width,
            double              height,
            const OwChartStyle *style)
{
  g_autoptr(PangoLayout) layout = ow_chart_paint_create_layout (self->context, style, _("No offers to chart"), 1.2, TRUE);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  ow_chart_paint_set_source (cr, &style->dim_foreground);
  cairo_move_to (cr, (width - w) / 2, (height - h) / 2);
  pango_cairo_show_layout (cr, layout);
}

void
ow_yearly_painter_draw (OwYearlyPainter    *self,
                        cairo_t            *cr,
                        double              width,
                        double              height,
                        const OwChartStyle *style,
                        int                 focus)
{
  const Layout *layout;
  const graphene_rect_t *plot;
  OwChartRgba neutral;
  double zero_y;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL && style != NULL);

  if (!(width > 0 && height > 0))
    return;
  if (self->n_series == 0)
    {
      draw_empty (self, cr, width, height, style);
      return;
    }

  layout = _ow_yearly_painter_ensure_layout (self, style, width, height);
  plot = &layout->plot;

  /* Gridlines, then the zero line over the bars' feet. */
  cairo_set_line_width (cr, 1);
  ow_chart_paint_set_source (cr, &style->grid);
  for (double v = layout->min; v <= layout->max + layout->step / 2; v += layout->step)
    {
      double y = round (_ow_yearly_painter_value_y (layout, v)) + 0.5;

      if (fabs (v) < layout->step / 2)
        continue;
      cairo_move_to (cr, plot->origin.x, y);
      cairo_line_to (cr, plot->origin.x + plot->size.width, y);
    }
  cairo_stroke (cr);

  for (guint k = 0; k < self->n_years; k++)
    for (guint i = 0; i < self->n_series; i++)
      {
        graphene_rect_t bar;

        _ow_yearly_painter_layout_bar (self, layout, i, k, &bar);
        draw_bar (self, cr, layout, style, i, k, &bar);

        if (layout->markers)
          {
            OwChartRgba colour;

            ow_chart_paint_offer_colour (self->series[i].slot, style, &colour);
            ow_chart_marker_path (cr, ow_chart_paint_get_marker (self->series[i].slot),
                                  bar.origin.x + bar.size.width / 2,
                                  plot->origin.y + plot->size.height + 6 + MARKER_R,
                                  MARKER_R);
            ow_chart_paint_set_source (cr, &colour);
            cairo_fill (cr);
          }
      }

  zero_y = round (_ow_yearly_painter_value_y (layout, 0)) + 0.5;
  ow_chart_paint_set_source (cr, &style->dim_foreground);
  cairo_move_to (cr, plot->origin.x, zero_y);
  cairo_line_to (cr, plot->origin.x + plot->size.width, zero_y);
  cairo_stroke (cr);

  /* Every label: axis, years, figures, caption. */
  for (guint l = 0; l < layout->labels->len; l++)
    {
      const Label *label = &g_array_index (layout->labels, Label, l);
      const OwChartRgba *colour = label->kind == OW_CHART_TEXT_VALUE ? &style->foreground : &style->dim_foreground;

      show_text (self, cr, style, label->text, label->box.origin.x, label->box.origin.y,
                 SMALL, -1, colour);
    }

  /* The legend: the parts' textures in a neutral grey, the offers'
   * markers in their colours. */
  ow_chart_paint_mix (&style->foreground, &style->background, 0.7, &neutral);
  for (guint l = 0; l < layout->legend->len; l++)
    {
      const LegendItem *item = &g_array_index (layout->legend, LegendItem, l);
      const graphene_rect_t *s = &item->swatch;

      if (item->kind == LEGEND_OFFER)
        {
          OwChartRgba colour;

          ow_chart_paint_offer_colour (self->series[item->index].slot, style, &colour);
          ow_chart_marker_path (cr, ow_chart_paint_get_marker (self->series[item->index].slot),
                                s->origin.x + s->size.width / 2, s->origin.y + s->size.height / 2,
                                s->size.width / 2 - 1);
          ow_chart_paint_set_source (cr, &colour);
          cairo_fill (cr);
        }
      else if (item->kind == LEGEND_PART)
        {
          draw_part (cr, item->index, s->origin.x, s->origin.y, s->size.width, s->size.height,
                     &neutral, style);
          ow_chart_paint_set_source (cr, &neutral);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, s->origin.x + 0.5, s->origin.y + 0.5, s->size.width - 1, s->size.height - 1);
          cairo_stroke (cr);
        }
      show_text (self, cr, style, item->text, item->x, item->y, 1, item->max_width,
                 item->kind == LEGEND_MORE ? &style->dim_foreground : &style->foreground);
    }

  if (focus >= 0)
    {
      graphene_rect_t bar;

      if (_ow_yearly_painter_layout_bar (self, layout, focus % self->n_series, focus / self->n_series, &bar))
        {
          g_autofree char *words = _ow_yearly_painter_bar_words (self, focus % self->n_series, focus / self->n_series);

          focus_ring (cr, style, &bar);
          /* Over the bar's figure, which stays readable. */
          ow_chart_paint_draw_callout (self->context, cr, style, words, bar.origin.x + bar.size.width / 2,
                                       MIN (bar.origin.y, _ow_yearly_painter_value_y (layout, 0)) - layout->value_h,
                                       width, height);
        }
    }
}
