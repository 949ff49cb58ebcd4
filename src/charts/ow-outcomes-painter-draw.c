/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The outcomes chart's layout and drawing (see ow-outcomes-painter.c for
 * what it shows): the legend, the money and probability axes, the dashed
 * expected payouts, the markers, and the labels placed where they overlap
 * nothing. */
#define G_LOG_DOMAIN "ow-outcomes-chart"

#include "config.h"

#include "ow-outcomes-painter-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ow-format.h"

static const double expected_dash[] = { 6, 4 };

/* Layout -------------------------------------------------------------------- */

void
_ow_outcomes_painter_label_clear (gpointer data)
{
  g_free (((Label *) data)->text);
}

void
_ow_outcomes_painter_legend_item_clear (gpointer data)
{
  g_free (((LegendItem *) data)->text);
}

static void
text_size (OwOutcomesPainter  *self,
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

static double
value_y (const Layout *layout,
         double        value)
{
  if (!(layout->max > layout->min))
    return layout->plot.origin.y + layout->plot.size.height;
  return layout->plot.origin.y +
         layout->plot.size.height * (layout->max - value) / (layout->max - layout->min);
}

static double
chance_x (const Layout *layout,
          double        x)
{
  return layout->plot.origin.x + layout->plot.size.width * CLAMP (x, 0, 1);
}

void
_ow_outcomes_painter_point_position (OwOutcomesPainter *self,
                                     const Layout      *layout,
                                     const Point       *point,
                                     graphene_point_t  *where)
{
  const Outcome *outcome = &self->series[point->series].outcomes[point->outcome];

  where->x = chance_x (layout, outcome->x);
  where->y = value_y (layout, outcome->payout);
}

static void
add_label (Layout          *layout,
           OwChartTextKind  kind,
           char            *text,
           double           x,
           double           y,
           double           width,
           double           height,
           double           max_width)
{
  Label label = { text, kind, GRAPHENE_RECT_INIT (x, y, width, height), max_width };

  g_array_append_val (layout->labels, label);
}

static gboolean
overlaps (const Layout          *layout,
          const GArray          *obstacles,
          const graphene_rect_t *rect)
{
  for (guint i = 0; i < layout->labels->len; i++)
    if (graphene_rect_intersection (&g_array_index (layout->labels, Label, i).box, rect, NULL))
      return TRUE;
  for (guint i = 0; i < obstacles->len; i++)
    if (graphene_rect_intersection (&g_array_index (obstacles, graphene_rect_t, i), rect, NULL))
      return TRUE;
  return FALSE;
}

static gboolean
inside (const graphene_rect_t *bounds,
        const graphene_rect_t *rect)
{
  return graphene_rect_contains_rect (bounds, rect);
}

/* The legend, flowed in lines across the top: the offers, then what the
 * dashed line and the hollow marker mean.  Past a third of the height the
 * offers stop at "and 3 more offers". */
static double
layout_legend (OwOutcomesPainter  *self,
               const OwChartStyle *style,
               double              width,
               double              height)
{
  Layout *layout = &self->layout;
  double x0 = PAD, right = width - PAD, x = x0, y = PAD, row_h, max_y;
  gboolean any = FALSE;
  guint n = self->n_series + 2, n_offers = 0, placed = 0;

  text_size (self, style, "Ag", 1, NULL, &row_h);
  row_h = MAX (row_h, SWATCH);
  /* Two lines are always kept for the offers and the key. */
  max_y = PAD + MAX ((height - 2 * PAD) / 3, 2 * row_h + LEGEND_ROW_GAP) - row_h;
  for (guint i = 0; i < self->n_series; i++)
    if (!self->series[i].needs_shares)
      n_offers++;

  for (guint i = 0; i < n; i++)
    {
      LegendItem item = { 0 };
      double tw, item_w, max_text, swatch_w = SWATCH;

      if (i < self->n_series)
        {
          if (self->series[i].needs_shares)
            continue;
          /* The offer's item on a new line past the limit: "and N more"
           * takes its place, and the key follows on that line. */
          text_size (self, style, self->series[i].name, 1, &tw, NULL);
          if (x > x0 && x + SWATCH + 6 + MIN (tw, LEGEND_NAME_MAX) > right && y + row_h + LEGEND_ROW_GAP > max_y - row_h)
            {
              guint more = n_offers - placed;

              item.series = -3;
              item.text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more offer", "and %u more offers", more),
                                           more);
              text_size (self, style, item.text, 1, &tw, NULL);
              if (x + tw > right)
                {
                  x = x0;
                  y += row_h + LEGEND_ROW_GAP;
                }
              item.max_width = tw > right - x ? right - x : -1;
              tw = MIN (tw, right - x);
              item.swatch = GRAPHENE_RECT_INIT (x - SWATCH - 6, y, 0, 0);
              item.box = GRAPHENE_RECT_INIT (x, y, tw, row_h);
              g_array_append_val (layout->legend, item);
              x += tw + LEGEND_GAP;
              i = self->n_series - 1;
              continue;
            }
          item.series = i;
          item.text = g_strdup (self->series[i].name);
          placed++;
        }
      else if (i == self->n_series)
        {
          item.series = -1;
          item.text = g_strdup (_("Expected payout"));
          swatch_w = 24;
        }
      else
        {
          if (!self->any_rest)
            continue;
          item.series = -2;
          /* TRANSLATORS: the legend of the hollow markers of the exit
           * chart: the chance left when no scenario happens */
          item.text = g_strdup (_("No exit: pays nothing"));
        }

      text_size (self, style, item.text, 1, &tw, NULL);
      max_text = MAX (right - x0 - swatch_w - 6, 24);
      if (item.series >= 0)
        max_text = MIN (max_text, LEGEND_NAME_MAX);
      item.max_width = tw > max_text ? max_text : -1;
      tw = MIN (tw, max_text);
      item_w = swatch_w + 6 + tw;

      if (x > x0 && x + item_w > right)
        {
          x = x0;
          y += row_h + LEGEND_ROW_GAP;
        }
      item.swatch = GRAPHENE_RECT_INIT (x, y + (row_h - SWATCH) / 2, swatch_w, SWATCH);
      item.box = GRAPHENE_RECT_INIT (x, y, item_w, row_h);
      g_array_append_val (layout->legend, item);
      any = TRUE;
      x += item_w + LEGEND_GAP;
    }

  return any ? y + row_h : PAD;
}

const Layout *
_ow_outcomes_painter_ensure_layout (OwOutcomesPainter  *self,
                                    const OwChartStyle *style,
                                    double              width,
                                    double              height)
{
  Layout *layout = &self->layout;
  guint font_hash = style->font != NULL ? pango_font_description_hash (style->font) : 0;
  double legend_bottom, small_h, plot_top, plot_bottom, plot_x, plot_w, tick_w = 0;
  double data_max = 0, axis_y, notes_h = 0;
  g_autoptr(GArray) obstacles = NULL;
  guint max_steps, n_notes = 0, x_steps;
  graphene_rect_t bounds;

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

  if (self->n_series == 0)
    return layout;

  text_size (self, style, "0", SMALL, NULL, &small_h);
  legend_bottom = self->any_plotted ? layout_legend (self, style, width, height) : PAD - 8;

  /* Notes at the bottom for offers without payouts. */
  for (guint i = 0; i < self->n_series; i++)
    if (self->series[i].needs_shares)
      n_notes++;
  notes_h = n_notes * (small_h + 4);

  if (!self->any_plotted)
    {
      /* Only notes: they sit under the empty state's message. */
      double y = height / 2 + 16;

      for (guint i = 0; i < self->n_series; i++)
        {
          char *text;
          double tw;

          if (!self->series[i].needs_shares)
            continue;
          /* TRANSLATORS: a note under the exit chart */
          text = g_strdup_printf (_("%s: add the company’s fully diluted share count to see what its exits pay."),
                                  self->series[i].name);
          text_size (self, style, text, SMALL, &tw, NULL);
          tw = MIN (tw, width - 2 * PAD);
          add_label (layout, OW_CHART_TEXT_CAPTION, text, (width - tw) / 2, y, tw, small_h, width - 2 * PAD);
          y += small_h + 4;
        }
      return layout;
    }

  /* From the top: the legend, the axis's title, the plot; from the
   * bottom: the notes, the axis's caption and its labels. */
  plot_top = legend_bottom + PAD + small_h + 8;
  plot_bottom = height - PAD - notes_h - (small_h + 4) - (small_h * 1.5 + 4);
  if (plot_bottom - plot_top < 40)
    plot_bottom = plot_top + 40;

  for (guint i = 0; i < self->n_series; i++)
    {
      const Series *series = &self->series[i];

      if (series->needs_shares)
        continue;
      data_max = MAX (data_max, series->expected);
      for (guint j = 0; j < series->n_outcomes; j++)
        data_max = MAX (data_max, series->outcomes[j].payout);
    }
  if (data_max <= 0)
    data_max = 1000;

  max_steps = MAX (2, (guint) ((plot_bottom - plot_top) / TICK_SPACING));
  layout->step = ow_chart_nice_step (data_max, max_steps);
  layout->min = 0;
  layout->max = ceil (data_max / layout->step) * layout->step;

  for (double v = 0; v <= layout->max + layout->step / 2; v += layout->step)
    {
      g_autofree char *text = ow_format_money_compact (v, self->currency);
      double tw;

      text_size (self, style, text, SMALL, &tw, NULL);
      tick_w = MAX (tick_w, tw);
    }
  plot_x = PAD + tick_w + 8;
  /* Room on the right for the "100 %" label's second half. */
  plot_w = MAX (width - PAD - 16 - plot_x, 40);
  layout->plot = GRAPHENE_RECT_INIT (plot_x, plot_top, plot_w, plot_bottom - plot_top);

  for (double v = 0; v <= layout->max + layout->step / 2; v += layout->step)
    {
      char *text = ow_format_money_compact (v, self->currency);
      double tw, y = value_y (layout, v);

      text_size (self, style, text, SMALL, &tw, NULL);
      add_label (layout, OW_CHART_TEXT_TICK, text, plot_x - 8 - tw, y - small_h / 2, tw, small_h, -1);
    }

  {
    char *text = g_strdup (_("Payout"));
    double tw;

    text_size (self, style, text, SMALL, &tw, NULL);
    add_label (layout, OW_CHART_TEXT_CAPTION, text, PAD, plot_top - small_h - 8 - small_h / 2, tw, small_h, -1);
  }

  /* Probabilities: every 25 %, or every 50 % when narrow. */
  x_steps = plot_w >= 240 ? 4 : 2;
  /* Under the "$0" of the money axis, which is centred on the zero line. */
  axis_y = plot_bottom + small_h / 2 + 4;
  for (guint s = 0; s <= x_steps; s++)
    {
      char *text = ow_format_percent ((gint64) s * 10000 / x_steps);
      double tw;

      text_size (self, style, text, SMALL, &tw, NULL);
      add_label (layout, OW_CHART_TEXT_CATEGORY, text,
                 chance_x (layout, (double) s / x_steps) - tw / 2, axis_y, tw, small_h, -1);
    }
  {
    char *text = g_strdup (_("Chance of the outcome"));
    double tw;

    text_size (self, style, text, SMALL, &tw, NULL);
    add_label (layout, OW_CHART_TEXT_CAPTION, text,
               plot_x + (plot_w - tw) / 2, axis_y + small_h + 4, tw, small_h, -1);
  }

  {
    double y = axis_y + 2 * small_h + 8;

    for (guint i = 0; i < self->n_series; i++)
      {
        char *text;
        double tw;

        if (!self->series[i].needs_shares)
          continue;
        text = g_strdup_printf (_("%s: add the company’s fully diluted share count to see what its exits pay."),
                                self->series[i].name);
        text_size (self, style, text, SMALL, &tw, NULL);
        tw = MIN (tw, width - 2 * PAD);
        add_label (layout, OW_CHART_TEXT_CAPTION, text, PAD, y, tw, small_h, width - 2 * PAD);
        y += small_h + 4;
      }
  }

  /* The markers are in the way of labels. */
  obstacles = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  for (guint p = 0; p < self->points->len; p++)
    {
      graphene_point_t where;
      graphene_rect_t r;

      _ow_outcomes_painter_point_position (self, layout, &g_array_index (self->points, Point, p), &where);
      r = GRAPHENE_RECT_INIT (where.x - MARKER_R - 2, where.y - MARKER_R - 2, 2 * MARKER_R + 4, 2 * MARKER_R + 4);
      g_array_append_val (obstacles, r);
    }

  /* Labels may use the plot and a little above it. */
  bounds = GRAPHENE_RECT_INIT (plot_x + 1, plot_top - 6, width - PAD - plot_x - 1, plot_bottom - plot_top + 6);

  /* The expected payouts first: a figure per offer, at the line's right
   * end, else its left. */
  for (guint i = 0; i < self->n_series; i++)
    {
      const Series *series = &self->series[i];
      g_autofree char *money = NULL;
      char *text;
      double tw, th, y = value_y (layout, series->expected);
      gboolean placed = FALSE;

      if (series->needs_shares || !series->expected_ok)
        continue;
      money = _ow_outcomes_painter_format_whole (series->expected_whole, self->currency);
      /* TRANSLATORS: the label of an offer's expected-payout line: "Lumen
       * Foundry expects $628,500" */
      text = self->n_series > 1 ? g_strdup_printf (_("%1$s expects %2$s"), series->name, money)
                                : g_strdup_printf (_("Expected %s"), money);
      text_size (self, style, text, SMALL, &tw, &th);

      for (guint c = 0; c < 4 && !placed; c++)
        {
          double x = c % 2 == 0 ? plot_x + plot_w - tw - 4 : plot_x + 6;
          double ty = c < 2 ? y - th - 2 : y + 3;
          graphene_rect_t r = GRAPHENE_RECT_INIT (x, ty, tw, th);

          if (inside (&bounds, &r) && !overlaps (layout, obstacles, &r))
            {
              add_label (layout, OW_CHART_TEXT_CAPTION, text, x, ty, tw, th, -1);
              placed = TRUE;
            }
        }
      if (!placed)
        g_free (text);
    }

  /* The dashed lines are in the way of the scenarios' names. */
  for (guint i = 0; i < self->n_series; i++)
    {
      graphene_rect_t r;

      if (self->series[i].needs_shares)
        continue;
      r = GRAPHENE_RECT_INIT (plot_x, value_y (layout, self->series[i].expected) - 1.5, plot_w, 3);
      g_array_append_val (obstacles, r);
    }

  /* Then each scenario's name beside its marker. */
  for (guint p = 0; p < self->points->len; p++)
    {
      const Point *point = &g_array_index (self->points, Point, p);
      const Outcome *outcome = &self->series[point->series].outcomes[point->outcome];
      graphene_point_t where;
      char *text;
      double tw, th;
      gboolean placed = FALSE;

      _ow_outcomes_painter_point_position (self, layout, point, &where);
      if (outcome->rest)
        {
          g_autofree char *percent = ow_format_percent (outcome->probability);
          /* TRANSLATORS: the zero outcome's label in the exit chart: "No
           * exit, 5%" */
          text = g_strdup_printf (_("No exit, %s"), percent);
        }
      else
        text = g_strdup (outcome->label);
      text_size (self, style, text, SMALL, &tw, &th);

      /* Right, over, left, under; then over to one side, and a line
       * higher, for markers crowded on the zero line. */
      for (guint c = 0; c < 9 && !placed; c++)
        {
          double above = where.y - MARKER_R - 3 - th;
          graphene_rect_t r;

          switch (c)
            {
            case 0: r = GRAPHENE_RECT_INIT (where.x + MARKER_R + 4, where.y - th / 2, tw, th); break;
            case 1: r = GRAPHENE_RECT_INIT (where.x - tw / 2, above, tw, th); break;
            case 2: r = GRAPHENE_RECT_INIT (where.x - MARKER_R - 4 - tw, where.y - th / 2, tw, th); break;
            case 3: r = GRAPHENE_RECT_INIT (where.x - tw / 2, where.y + MARKER_R + 3, tw, th); break;
            case 4: r = GRAPHENE_RECT_INIT (where.x - 2, above, tw, th); break;
            case 5: r = GRAPHENE_RECT_INIT (where.x + 2 - tw, above, tw, th); break;
            case 6: r = GRAPHENE_RECT_INIT (where.x - tw / 2, above - th, tw, th); break;
            case 7: r = GRAPHENE_RECT_INIT (where.x - 2, above - th, tw, th); break;
            default: r = GRAPHENE_RECT_INIT (where.x + 2 - tw, above - th, tw, th); break;
            }
          if (inside (&bounds, &r) && !overlaps (layout, obstacles, &r))
            {
              add_label (layout, OW_CHART_TEXT_VALUE, text, r.origin.x, r.origin.y, tw, th, -1);
              placed = TRUE;
            }
        }
      if (!placed)
        g_free (text);
    }

  return layout;
}

const Layout *
_ow_outcomes_painter_query_layout (OwOutcomesPainter *self,
                                   double             width,
                                   double             height)
{
  OwChartStyle style;

  if (self->layout.valid && self->layout.width == width && self->layout.height == height)
    return &self->layout;

  ow_chart_paint_light_style (&style, self->query_font);
  return _ow_outcomes_painter_ensure_layout (self, &style, width, height);
}

/* Drawing ------------------------------------------------------------------- */

static void
show_text (OwOutcomesPainter  *self,
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
                            PANGO_ELLIPSIZE_END, colour);
}

static void
draw_marker (cairo_t            *cr,
             const OwChartStyle *style,
             guint               slot,
             gboolean            hollow,
             double              x,
             double              y,
             double              r)
{
  OwChartRgba colour;

  ow_chart_paint_offer_colour (slot, style, &colour);
  ow_chart_marker_path (cr, ow_chart_paint_get_marker (slot), x, y, r);
  /* A ring of background keeps markers apart where they crowd. */
  ow_chart_paint_set_source (cr, &style->background);
  cairo_set_line_width (cr, 3);
  cairo_stroke_preserve (cr);
  if (hollow)
    {
      cairo_fill_preserve (cr);
      ow_chart_paint_set_source (cr, &colour);
      cairo_set_line_width (cr, 1.8);
      cairo_stroke (cr);
    }
  else
    {
      ow_chart_paint_set_source (cr, &colour);
      cairo_fill (cr);
    }
}

static void
draw_empty (OwOutcomesPainter  *self,
            cairo_t            *cr,
            double              width,
            double              height,
            const OwChartStyle *style)
{
  g_autoptr(PangoLayout) title = ow_chart_paint_create_layout (self->context, style, _("No exit scenarios"), 1.2, TRUE);
  g_autoptr(PangoLayout) body = ow_chart_paint_create_layout (self->context, style,
                                                              _("Add exit scenarios to a private company’s equity to see what it might pay."),
                                                              1, FALSE);
  int w, h, bw, bh;

  pango_layout_set_width (body, (int) (MAX (width - 2 * PAD, 40) * PANGO_SCALE));
  pango_layout_set_alignment (body, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (body, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (title, &w, &h);
  pango_layout_get_pixel_size (body, &bw, &bh);

  ow_chart_paint_set_source (cr, &style->foreground);
  cairo_move_to (cr, (width - w) / 2, height / 2 - h - bh - 4);
  pango_cairo_show_layout (cr, title);
  ow_chart_paint_set_source (cr, &style->dim_foreground);
  cairo_move_to (cr, PAD, height / 2 - bh);
  pango_cairo_show_layout (cr, body);
}

void
ow_outcomes_painter_draw (OwOutcomesPainter  *self,
                          cairo_t            *cr,
                          double              width,
                          double              height,
                          const OwChartStyle *style,
                          int                 focus)
{
  const Layout *layout;
  const graphene_rect_t *plot;
  double zero_y;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL && style != NULL);

  if (!(width > 0 && height > 0))
    return;
  layout = _ow_outcomes_painter_ensure_layout (self, style, width, height);
  plot = &layout->plot;

  if (!self->any_plotted)
    {
      draw_empty (self, cr, width, height, style);
      for (guint l = 0; l < layout->labels->len; l++)
        {
          const Label *label = &g_array_index (layout->labels, Label, l);

          show_text (self, cr, style, label->text, label->box.origin.x, label->box.origin.y,
                     SMALL, label->max_width, &style->dim_foreground);
        }
      return;
    }

  /* Gridlines: payouts across, and every 25 % up. */
  cairo_set_line_width (cr, 1);
  ow_chart_paint_set_source (cr, &style->grid);
  for (double v = layout->step; v <= layout->max + layout->step / 2; v += layout->step)
    {
      double y = round (value_y (layout, v)) + 0.5;

      cairo_move_to (cr, plot->origin.x, y);
      cairo_line_to (cr, plot->origin.x + plot->size.width, y);
    }
  for (guint s = 1; s <= 4; s++)
    {
      double x = round (chance_x (layout, s / 4.0)) + 0.5;

      cairo_move_to (cr, x, plot->origin.y);
      cairo_line_to (cr, x, plot->origin.y + plot->size.height);
    }
  cairo_stroke (cr);

  zero_y = round (value_y (layout, 0)) + 0.5;
  ow_chart_paint_set_source (cr, &style->dim_foreground);
  cairo_move_to (cr, plot->origin.x, zero_y);
  cairo_line_to (cr, plot->origin.x + plot->size.width, zero_y);
  cairo_move_to (cr, round (plot->origin.x) + 0.5, plot->origin.y);
  cairo_line_to (cr, round (plot->origin.x) + 0.5, zero_y);
  cairo_stroke (cr);

  /* The expected payouts, dashed, under the markers. */
  for (guint i = 0; i < self->n_series; i++)
    {
      const Series *series = &self->series[i];
      OwChartRgba colour;
      double y;

      if (series->needs_shares)
        continue;
      ow_chart_paint_offer_colour (series->slot, style, &colour);
      y = value_y (layout, series->expected);
      ow_chart_paint_set_source (cr, &colour);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, expected_dash, G_N_ELEMENTS (expected_dash), 0);
      cairo_move_to (cr, plot->origin.x, y);
      cairo_line_to (cr, plot->origin.x + plot->size.width, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  for (guint p = 0; p < self->points->len; p++)
    {
      const Point *point = &g_array_index (self->points, Point, p);
      const Outcome *outcome = &self->series[point->series].outcomes[point->outcome];
      graphene_point_t where;

      _ow_outcomes_painter_point_position (self, layout, point, &where);
      draw_marker (cr, style, self->series[point->series].slot, outcome->rest, where.x, where.y, MARKER_R);
    }

  for (guint l = 0; l < layout->labels->len; l++)
    {
      const Label *label = &g_array_index (layout->labels, Label, l);
      const OwChartRgba *colour = label->kind == OW_CHART_TEXT_VALUE ? &style->foreground : &style->dim_foreground;

      /* Names and figures inside the plot get a veil of background, so
       * that the lines under them do not cross out their words. */
      if (graphene_rect_intersection (&label->box, plot, NULL))
        {
          OwChartRgba veil = style->background;

          veil.alpha = 0.85;
          ow_chart_paint_set_source (cr, &veil);
          cairo_rectangle (cr, label->box.origin.x - 2, label->box.origin.y,
                           label->box.size.width + 4, label->box.size.height);
          cairo_fill (cr);
        }
      show_text (self, cr, style, label->text, label->box.origin.x, label->box.origin.y,
                 SMALL, label->max_width, colour);
    }

  for (guint l = 0; l < layout->legend->len; l++)
    {
      const LegendItem *item = &g_array_index (layout->legend, LegendItem, l);
      const graphene_rect_t *s = &item->swatch;
      double cx = s->origin.x + s->size.width / 2, cy = s->origin.y + s->size.height / 2;

      if (item->series == -3)
        {
          show_text (self, cr, style, item->text, item->box.origin.x, item->box.origin.y,
                     1, item->max_width, &style->dim_foreground);
          continue;
        }
      if (item->series >= 0)
        draw_marker (cr, style, self->series[item->series].slot, FALSE, cx, cy, s->size.height / 2 - 1);
      else if (item->series == -1)
        {
          ow_chart_paint_set_source (cr, &style->foreground);
          cairo_set_line_width (cr, 2);
          cairo_set_dash (cr, expected_dash, G_N_ELEMENTS (expected_dash), 0);
          cairo_move_to (cr, s->origin.x, cy);
          cairo_line_to (cr, s->origin.x + s->size.width, cy);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      else
        {
          ow_chart_paint_set_source (cr, &style->foreground);
          cairo_set_line_width (cr, 1.8);
          cairo_new_sub_path (cr);
          cairo_arc (cr, cx, cy, s->size.height / 2 - 2, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
      show_text (self, cr, style, item->text, s->origin.x + s->size.width + 6, item->box.origin.y,
                 1, item->max_width, &style->foreground);
    }

  if (focus >= 0 && (guint) focus < self->points->len)
    {
      graphene_point_t where;

      _ow_outcomes_painter_point_position (self, layout, &g_array_index (self->points, Point, focus), &where);
      ow_chart_paint_set_source (cr, &style->accent);
      cairo_set_line_width (cr, 2);
      cairo_new_sub_path (cr);
      cairo_arc (cr, where.x, where.y, MARKER_R + 5, 0, 2 * G_PI);
      cairo_stroke (cr);

      {
        const Point *point = &g_array_index (self->points, Point, focus);
        g_autofree char *words = _ow_outcomes_painter_outcome_words (self, &self->series[point->series],
                                                &self->series[point->series].outcomes[point->outcome]);

        ow_chart_paint_draw_callout (self->context, cr, style, words, where.x, where.y - MARKER_R - 4, width, height);
      }
    }
}
