/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The vesting timeline drawn: its texts, measured once per font; its
 * layout, made once per size (the plot, the scales, the ticks, the legend,
 * where every label and mark goes, every point in pixels); and draw(),
 * which only strokes and fills what the layout holds. */
#define G_LOG_DOMAIN "ow-timeline-chart"

#include "config.h"

#include "ow-timeline-painter-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ow-format.h"

/* Text -------------------------------------------------------------------- */

static void
clear_texts (OwTimelinePainter *self)
{
  if (self->texts != NULL)
    g_hash_table_remove_all (self->texts);
}

/* The chart measures its texts in a Pango context of its own, at the
 * reference context's resolution and font options (the widget's, or the
 * brief's), so that a layout does not depend on
 * the surface it is drawn on: the screen, a PNG or a PDF place every label
 * alike, and hit-testing needs no cairo context. */
gboolean
_ow_timeline_painter_ensure_fonts (OwTimelinePainter          *self,
                                   const PangoFontDescription *font)
{
  PangoContext *reference = self->reference;
  const cairo_font_options_t *options;
  double resolution = pango_cairo_context_get_resolution (reference);
  g_autoptr(PangoFontDescription) fallback = NULL;
  PangoFontDescription *copy;
  int size;

  if (resolution <= 0)
    resolution = 96;
  if (font == NULL)
    font = pango_context_get_font_description (reference);
  if (font == NULL)
    font = fallback = pango_font_description_from_string ("Sans 10");

  if (self->pango == NULL)
    self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  /* A copy, with a size if it has none; FONT may also be the one held
   * now, which is freed below. */
  copy = pango_font_description_copy (font);
  if (pango_font_description_get_size (copy) <= 0)
    pango_font_description_set_size (copy, 10 * PANGO_SCALE);
  if (self->font != NULL && pango_font_description_equal (self->font, copy) &&
      self->resolution == resolution)
    {
      pango_font_description_free (copy);
      return FALSE;
    }

  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  self->font = copy;
  self->resolution = resolution;

  /* Axis labels and marks' labels are a size smaller, like GTK's caption. */
  self->small_font = pango_font_description_copy (self->font);
  size = pango_font_description_get_size (self->font) * 5 / 6;
  if (pango_font_description_get_size_is_absolute (self->font))
    pango_font_description_set_absolute_size (self->small_font, size);
  else
    pango_font_description_set_size (self->small_font, size);

  options = pango_cairo_context_get_font_options (reference);
  if (options != NULL)
    pango_cairo_context_set_font_options (self->pango, options);
  pango_cairo_context_set_resolution (self->pango, resolution);
  pango_context_changed (self->pango);

  clear_texts (self);
  self->layout.valid = FALSE;
  return TRUE;
}

typedef enum {
  TEXT_NORMAL,
  TEXT_SMALL,
  TEXT_BOLD,
  TEXT_LEGEND,   /* a legend name: its own layout, shortened to fit */
} TextKind;

static PangoLayout *
get_text (OwTimelinePainter *self,
          const char        *text,
          TextKind           kind)
{
  g_autofree char *key = g_strdup_printf ("%d\x1f%s", kind, text);
  PangoLayout *layout = g_hash_table_lookup (self->texts, key);

  if (layout != NULL)
    return layout;

  layout = pango_layout_new (self->pango);
  if (kind == TEXT_SMALL)
    pango_layout_set_font_description (layout, self->small_font);
  else if (kind == TEXT_BOLD)
    {
      g_autoptr(PangoFontDescription) bold = pango_font_description_copy (self->small_font);

      pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, bold);
    }
  else
    pango_layout_set_font_description (layout, self->font);
  if (kind == TEXT_LEGEND)
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (self->texts, g_steal_pointer (&key), layout);
  return layout;
}

static void
text_size (PangoLayout *layout,
           double      *width,
           double      *height)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (width)
    *width = w;
  if (height)
    *height = h;
}

/* Layout -------------------------------------------------------------------- */

static void
clear_layout (Layout *layout)
{
  layout->valid = FALSE;
  g_array_set_size (layout->labels, 0);
  g_array_set_size (layout->legend, 0);
  g_array_set_size (layout->years, 0);
  g_array_set_size (layout->cliffs, 0);
  g_array_set_size (layout->refreshers, 0);
  g_array_set_size (layout->bands, 0);
}

static void
add_label (Layout      *layout,
           PangoLayout *text,
           double       x,
           double       y,
           Ink          ink)
{
  Label label = { text, x, y, ink };

  g_array_append_val (layout->labels, label);
}

static gboolean
rect_is_free (GArray                *taken,
              const graphene_rect_t *r)
{
  for (guint i = 0; i < taken->len; i++)
    if (graphene_rect_intersection (&g_array_index (taken, graphene_rect_t, i), r, NULL))
      return FALSE;
  return TRUE;
}

/* 1, 2 or 5 × 10^n, at least RAW (and at least 1: no axis counts cents or
 * millionths of a unit). */
static double
nice_step (double raw)
{
  double magnitude, f;

  if (!(raw > 1))
    return 1;
  magnitude = pow (10, floor (log10 (raw)));
  f = raw / magnitude;
  if (f <= 1.0000001)
    return magnitude;
  if (f <= 2.0000001)
    return 2 * magnitude;
  if (f <= 5.0000001)
    return 5 * magnitude;
  return 10 * magnitude;
}

static char *
format_tick (OwTimelinePainter *self,
             double             value)
{
  if (self->units)
    return _ow_timeline_painter_format_compact (value);
  return ow_format_money_compact (value, self->currency);
}

/* The legend: an entry per offer, on as many rows as the width needs,
 * from TOP.  Returns its bottom. */
double
_ow_timeline_painter_layout_legend (OwTimelinePainter *self,
                                    double             width,
                                    double             top,
                                    GArray            *entries,
                                    GArray            *labels)
{
  double x = PAD, y = top, row_height = 16, name_max;

  if (self->n_series == 0)
    return top;

  /* A name is shortened past NAME_LIMIT, or past the width of a row. */
  name_max = MIN (NAME_LIMIT, width - 2 * PAD - SWATCH_WIDTH - SWATCH_GAP);
  name_max = MAX (name_max, 24);

  for (guint i = 0; i < self->n_series; i++)
    {
      PangoLayout *name = get_text (self, self->series[i].name, TEXT_LEGEND);
      double w, h;

      pango_layout_set_width (name, -1);
      text_size (name, &w, &h);
      if (w > name_max)
        {
          pango_layout_set_width (name, (int) (name_max * PANGO_SCALE));
          text_size (name, &w, &h);
        }
      row_height = MAX (row_height, h);
    }

  for (guint i = 0; i < self->n_series; i++)
    {
      PangoLayout *name = get_text (self, self->series[i].name, TEXT_LEGEND);
      LegendEntry entry;
      double w, h, entry_width;

      text_size (name, &w, &h);
      entry_width = SWATCH_WIDTH + SWATCH_GAP + w;
      if (x > PAD && x + entry_width > width - PAD)
        {
          x = PAD;
          y += row_height + ROW_SPACING;
        }
      entry.area = GRAPHENE_RECT_INIT (x, y, entry_width, row_height);
      entry.series = i;
      if (entries != NULL)
        g_array_append_val (entries, entry);
      if (labels != NULL)
        {
          Label label = { name, x + SWATCH_WIDTH + SWATCH_GAP, y + (row_height - h) / 2, INK_FOREGROUND };

          g_array_append_val (labels, label);
        }
      x += entry_width + ENTRY_SPACING;
    }
  return y + row_height;
}

/* Places the labels of today and the deadlines in ROWS rows above the plot,
 * from BAND_TOP, each like a flag: from its line to the right (to the left
 * near the right edge).  Deadlines a few pixels apart share one label
 * ("Deadlines: Cascadia Compute, Lumen Foundry"); a label that finds no
 * room tries its short form, and then is left out.  Each line's top is set
 * to its label's bottom, or to the plot's top.  Returns the rows used. */
static guint
place_line_labels (OwTimelinePainter *self,
                   double             width,
                   double             band_top,
                   double             row_height,
                   guint              rows,
                   gboolean           commit)
{
  Layout *layout = &self->layout;
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  guint used = 0;

  for (guint i = 0; i < self->lines->len; i++)
    {
      VLine *line = &g_array_index (self->lines, VLine, i);

      line->x = x_for (self, line->m);
      line->top = layout->plot.origin.y;
    }

  for (guint i = 0, next; i < self->lines->len; i = next)
    {
      VLine *line = &g_array_index (self->lines, VLine, i);
      g_autofree char *named = NULL;
      const char *texts[3] = { NULL, NULL, NULL };
      g_autofree char *counted = NULL;
      gboolean placed = FALSE;

      /* Lines are sorted: today, then the deadlines by date. */
      next = i + 1;
      if (line->kind == LINE_TODAY)
        texts[0] = _("Today");
      else
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new ();

          g_ptr_array_add (names, self->series[line->series].name);
          while (next < self->lines->len &&
                 g_array_index (self->lines, VLine, next).x - line->x < 40)
            g_ptr_array_add (names, self->series[g_array_index (self->lines, VLine, next++).series].name);

          if (names->len == 1)
            {
              /* TRANSLATORS: the label of an offer's answer deadline on the
               * vesting timeline: "Cascadia Compute deadline" */
              named = g_strdup_printf (_("%s deadline"), self->series[line->series].name);
              texts[1] = _("Deadline");
            }
          else
            {
              g_autoptr(GString) list = g_string_new (NULL);

              _ow_timeline_painter_append_join (list, names);
              /* TRANSLATORS: the label of several answer deadlines close
               * together: "Deadlines: Cascadia Compute and Lumen Foundry" */
              named = g_strdup_printf (_("Deadlines: %s"), list->str);
              counted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline", "%u deadlines", names->len),
                                         names->len);
              texts[1] = counted;
              texts[2] = _("Deadlines");
            }
          texts[0] = named;
        }

      for (guint t = 0; t < G_N_ELEMENTS (texts) && texts[t] != NULL && !placed; t++)
        {
          PangoLayout *text = get_text (self, texts[t], line->kind == LINE_TODAY ? TEXT_BOLD : TEXT_SMALL);
          double w, h, x;

          text_size (text, &w, &h);
          /* A long list of names is no label: the short form then. */
          if (t + 1 < G_N_ELEMENTS (texts) && texts[t + 1] != NULL && w > MIN (360, (width - 2 * PAD) / 2))
            continue;
          x = line->x + 4;
          if (x + w > width - PAD)
            x = MAX (PAD, line->x - 4 - w);
          for (guint r = 0; r < rows && !placed; r++)
            {
              graphene_rect_t rect = GRAPHENE_RECT_INIT (x - 4, band_top + r * row_height, w + 8, row_height);

              if (!rect_is_free (taken, &rect))
                continue;
              g_array_append_val (taken, rect);
              placed = TRUE;
              used = MAX (used, r + 1);
              if (commit)
                {
                  add_label (layout, text, x, band_top + r * row_height + (row_height - h) / 2,
                             line->kind == LINE_TODAY ? INK_ACCENT : INK_FOREGROUND);
                  /* Every line of the label reaches up to it. */
                  for (guint k = i; k < next; k++)
                    g_array_index (self->lines, VLine, k).top = band_top + r * row_height + 1;
                }
            }
        }
    }
  return used;
}

static void
layout_marks (OwTimelinePainter *self)
{
  Layout *layout = &self->layout;
  const graphene_rect_t *plot = &layout->plot;
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  PangoLayout *cliff_text = get_text (self, _("Cliff"), TEXT_SMALL);
  double cw, ch;
  guint lane = 0;

  text_size (cliff_text, &cw, &ch);

  for (guint i = 0; i < self->n_series; i++)
    {
      const OwTimelineSeries *ts = &self->timeline->series[i];
      gboolean has_band = FALSE;

      for (guint j = 0; j < ts->events->len; j++)
        {
          const OwTimelineEvent *e = &g_array_index (ts->events, OwTimelineEvent, j);

          switch (e->kind)
            {
            case OW_TIMELINE_EVENT_CLIFF:
              {
                const OwTimelinePoint *p = ow_timeline_series_at (ts, e->date);
                Spot spot;
                guint index;
                gboolean seen = FALSE;

                if (p == NULL || p->date != e->date)
                  break;
                index = (guint) (p - &g_array_index (ts->points, OwTimelinePoint, 0));
                spot = (Spot) { self->series[i].x[index], self->series[i].y[index], i };
                /* Two grants with one cliff date make one mark. */
                for (guint k = 0; k < layout->cliffs->len; k++)
                  {
                    const Spot *other = &g_array_index (layout->cliffs, Spot, k);

                    seen |= other->series == i && other->x == spot.x && other->y == spot.y;
                  }
                if (seen)
                  break;
                g_array_append_val (layout->cliffs, spot);

                /* "Cliff" beside the ring, above it to the left or the
                 * right, where it overlaps no other mark's label. */
                for (guint side = 0; side < 2; side++)
                  {
                    double x = side == 0 ? spot.x - CLIFF_RADIUS - 2 - cw : spot.x + CLIFF_RADIUS + 2;
                    graphene_rect_t rect = GRAPHENE_RECT_INIT (x, spot.y - CLIFF_RADIUS - ch, cw, ch);

                    if (x < plot->origin.x + 2 || x + cw > plot->origin.x + plot->size.width ||
                        rect.origin.y < plot->origin.y || !rect_is_free (taken, &rect))
                      continue;
                    g_array_append_val (taken, rect);
                    add_label (layout, cliff_text, x, rect.origin.y, INK_DIM_ON_PLOT);
                    break;
                  }
              }
              break;

            case OW_TIMELINE_EVENT_CLAWBACK:
              {
                Band band;

                band.x0 = MAX (x_for (self, month_coord (e->date)), plot->origin.x);
                band.x1 = MIN (x_for (self, month_coord (e->end + 1)), plot->origin.x + plot->size.width);
                band.lane = lane;
                band.series = i;
                if (band.x1 > band.x0)
                  {
                    g_array_append_val (layout->bands, band);
                    has_band = TRUE;
                  }
              }
              break;

            case OW_TIMELINE_EVENT_REFRESHER:
              {
                Spot spot = { x_for (self, month_coord (e->date)), 0, i };

                if (spot.x < plot->origin.x - 0.5 || spot.x > plot->origin.x + plot->size.width + 0.5)
                  break;
                /* Refreshers of several offers on one date stack up. */
                for (guint k = 0; k < layout->refreshers->len; k++)
                  {
                    const Spot *other = &g_array_index (layout->refreshers, Spot, k);

                    if (fabs (other->x - spot.x) < 7 && other->y >= spot.y)
                      spot.y = other->y + 1;
                  }
                g_array_append_val (layout->refreshers, spot);
              }
              break;

            case OW_TIMELINE_EVENT_START:
            case OW_TIMELINE_EVENT_DEADLINE:
            default:
              break;
            }
        }
      if (has_band)
        lane++;
    }
}

void
_ow_timeline_painter_layout (OwTimelinePainter *self,
                             double             width,
                             double             height)
{
  Layout *layout = &self->layout;
  double legend_bottom, top, band_row, axis_height, small_height, left, right;
  guint rows = 0;

  clear_layout (layout);
  layout->width = width;
  layout->height = height;
  layout->valid = TRUE;
  layout->plot = GRAPHENE_RECT_INIT (PAD, PAD, MAX (width - 2 * PAD, 1), MAX (height - 2 * PAD, 1));
  layout->sx = layout->plot.size.width / (self->m_hi - self->m_lo);
  layout->y_max = 1;
  layout->y_step = 1;
  layout->sy = layout->plot.size.height;
  if (self->n_series == 0)
    return;

  legend_bottom = _ow_timeline_painter_layout_legend (self, width, PAD, layout->legend, layout->labels);
  top = legend_bottom + 10;

  text_size (get_text (self, "0", TEXT_SMALL), NULL, &small_height);
  band_row = small_height + 4;
  axis_height = TICK + 3 + small_height;
  if (self->lines->len > 0)
    rows = 1;

  /* The plot's height decides the y ticks, their labels the left margin,
   * the margin the x scale, and the x scale whether the lines' labels need
   * a second row, which takes height again: at most one more round. */
  for (guint round = 0; round < 2; round++)
    {
      double plot_top = top + rows * band_row + (rows > 0 ? 4 : 0);
      double plot_bottom = height - PAD - axis_height;
      double plot_height = MAX (plot_bottom - plot_top, 1);
      double label_width = 0, w, year_width;
      guint target, needed;

      target = (guint) CLAMP (plot_height / 56, 2, 8);
      layout->y_step = nice_step (self->v_max / target);
      layout->y_max = ceil (self->v_max / layout->y_step - 1e-9) * layout->y_step;
      if (!(layout->y_max > 0))
        layout->y_max = layout->y_step;
      layout->n_ticks = (guint) lround (layout->y_max / layout->y_step);

      for (guint k = 0; k <= layout->n_ticks; k++)
        {
          g_autofree char *tick = format_tick (self, k * layout->y_step);

          text_size (get_text (self, tick, TEXT_SMALL), &w, NULL);
          label_width = MAX (label_width, w);
        }
      text_size (get_text (self, "0000", TEXT_SMALL), &year_width, NULL);

      left = PAD + label_width + 8;
      right = width - PAD - year_width / 2;
      layout->plot = GRAPHENE_RECT_INIT (left, plot_top, MAX (right - left, 1), plot_height);
      layout->sx = layout->plot.size.width / (self->m_hi - self->m_lo);
      layout->sy = layout->plot.size.height / layout->y_max;

      if (self->lines->len == 0)
        break;
      needed = place_line_labels (self, width, top, band_row, MAX_BAND_ROWS, FALSE);
      needed = MAX (needed, 1);
      if (needed == rows || round == 1)
        break;
      rows = needed;
    }
  if (self->lines->len > 0)
    place_line_labels (self, width, top, band_row, rows, TRUE);

  /* The y axis: a label right-aligned at each gridline. */
  for (guint k = 0; k <= layout->n_ticks; k++)
    {
      g_autofree char *tick = format_tick (self, k * layout->y_step);
      PangoLayout *text = get_text (self, tick, TEXT_SMALL);
      double w, h;

      text_size (text, &w, &h);
      add_label (layout, text, layout->plot.origin.x - 8 - w, y_for (self, k * layout->y_step) - h / 2, INK_DIM);
    }

  /* The x axis: a gridline at each new year, labelled every year_step
   * years so that labels never touch; month ticks while there is room. */
  {
    int first_year = (int) ceil (self->m_lo / 12 - 1e-9);
    int last_year = (int) floor (self->m_hi / 12 + 1e-9);
    static const guint steps[] = { 1, 2, 5, 10, 20, 50, 100 };
    double year_width, h, year_px = 12 * layout->sx;
    guint labelled = 0;

    text_size (get_text (self, "0000", TEXT_SMALL), &year_width, &h);
    layout->year_step = steps[G_N_ELEMENTS (steps) - 1];
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      if (steps[i] * year_px >= year_width + 12)
        {
          layout->year_step = steps[i];
          break;
        }

    layout->month_tick = layout->sx >= 5 ? 1 : 3 * layout->sx >= 5 ? 3 : 0;

    for (int year = first_year; year <= last_year; year++)
      {
        double x = x_for (self, year * 12.0);
        gboolean label = year % (int) layout->year_step == 0;

        /* Crowded years keep only their labelled gridlines. */
        if (label || year_px >= 6)
          g_array_append_val (layout->years, x);
        if (label)
          {
            char text[16];
            PangoLayout *pl;
            double w;

            g_snprintf (text, sizeof text, "%d", year);
            pl = get_text (self, text, TEXT_SMALL);
            text_size (pl, &w, NULL);
            add_label (layout, pl, CLAMP (x - w / 2, 0, width - w),
                       layout->plot.origin.y + layout->plot.size.height + TICK + 3, INK_DIM);
            labelled++;
          }
      }

    /* An axis within one year still says which. */
    if (labelled == 0)
      {
        char text[16];
        PangoLayout *pl;

        g_snprintf (text, sizeof text, "%d", (int) floor (self->m_lo / 12));
        pl = get_text (self, text, TEXT_SMALL);
        add_label (layout, pl, layout->plot.origin.x,
                   layout->plot.origin.y + layout->plot.size.height + TICK + 3, INK_DIM);
      }
  }

  /* The series in pixels, and how often a marker fits. */
  for (guint i = 0; i < self->n_series; i++)
    {
      Series *s = &self->series[i];
      guint n_vesting = 0;
      double first_x = 0, last_x = 0, spacing;

      for (guint j = 0; j < s->n; j++)
        {
          s->x[j] = x_for (self, s->m[j]);
          s->y[j] = y_for (self, s->v[j]);
          if (s->vests[j])
            {
              if (n_vesting == 0)
                first_x = s->x[j];
              last_x = s->x[j];
              n_vesting++;
            }
        }
      spacing = n_vesting > 1 ? (last_x - first_x) / (n_vesting - 1) : G_MAXDOUBLE;
      s->marker_step = spacing >= 2 * MARKER_RADIUS + 3 ? 1 : (guint) ceil ((2 * MARKER_RADIUS + 3) / MAX (spacing, 0.01));
    }

  layout_marks (self);
}

/* Drawing ------------------------------------------------------------------- */

static void
set_source (cairo_t           *cr,
            const OwChartRgba *colour,
            double             alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

static void
marker_path (cairo_t  *cr,
             OwMarker  marker,
             double    x,
             double    y,
             double    r)
{
  switch (marker)
    {
    case OW_MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;

    case OW_MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.15, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.15, y + r * 0.8);
      cairo_close_path (cr);
      break;

    case OW_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.1, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.1, y);
      cairo_close_path (cr);
      break;

    case OW_MARKER_CROSS:
      {
        /* A plus sign as one outline, so that it fills like the others. */
        double a = r * 1.2, t = r * 0.42;

        cairo_move_to (cr, x - t, y - a);
        cairo_line_to (cr, x + t, y - a);
        cairo_line_to (cr, x + t, y - t);
        cairo_line_to (cr, x + a, y - t);
        cairo_line_to (cr, x + a, y + t);
        cairo_line_to (cr, x + t, y + t);
        cairo_line_to (cr, x + t, y + a);
        cairo_line_to (cr, x - t, y + a);
        cairo_line_to (cr, x - t, y + t);
        cairo_line_to (cr, x - a, y + t);
        cairo_line_to (cr, x - a, y - t);
        cairo_line_to (cr, x - t, y - t);
        cairo_close_path (cr);
      }
      break;

    case OW_MARKER_CIRCLE:
    case OW_N_MARKERS:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

static void
set_dash (cairo_t *cr,
          guint    slot)
{
  guint n;
  const double *dashes = ow_chart_paint_get_dash (slot, &n);

  cairo_set_dash (cr, dashes, (int) n, 0);
}

/* A refresher grant: a small upward wedge standing on (X, BOTTOM),
 * GROW wider all round (its halo). */
static void
refresher_path (cairo_t *cr,
                double   x,
                double   bottom,
                double   grow)
{
  cairo_move_to (cr, x, bottom - 7 - grow * 1.8);
  cairo_line_to (cr, x + 4 + grow * 1.6, bottom + grow);
  cairo_line_to (cr, x - 4 - grow * 1.6, bottom + grow);
  cairo_close_path (cr);
}

/* Markers as glyphs.  Some 2,000 markers filled one by one as paths take
 * cairo several milliseconds; as glyphs of a small font of marker shapes
 * they are drawn from cairo's glyph cache, ten times faster, and in a PDF
 * or SVG they stay vector shapes (a Type 3 font).  One glyph per marker
 * shape, one per shape's halo, and the refresher wedge and its halo.  The
 * font is drawn at size 1: a glyph's units are the chart's. */
enum {
  GLYPH_MARKER = 0,
  GLYPH_HALO = OW_N_MARKERS,
  GLYPH_REFRESHER = 2 * OW_N_MARKERS,
  GLYPH_REFRESHER_HALO,
  GLYPH_CLIFF,
};

#define HALO 1.5

static cairo_status_t
render_glyph_cb (cairo_scaled_font_t  *font,
                 unsigned long         glyph,
                 cairo_t              *cr,
                 cairo_text_extents_t *extents)
{
  double reach;

  if (glyph == GLYPH_CLIFF)
    {
      /* A ring 1.5 wide: two circles, the inner one cut out. */
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_arc (cr, 0, 0, CLIFF_RADIUS + 0.75, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, 0, 0, CLIFF_RADIUS - 0.75, 0, 2 * G_PI);
      extents->x_bearing = extents->y_bearing = -CLIFF_RADIUS - 1;
      extents->width = extents->height = 2 * CLIFF_RADIUS + 2;
    }
  else if (glyph >= GLYPH_REFRESHER)
    {
      double grow = glyph == GLYPH_REFRESHER_HALO ? 1 : 0;

      refresher_path (cr, 0, 0, grow);
      extents->x_bearing = -4 - 1.6 * grow;
      extents->y_bearing = -7 - 1.8 * grow;
      extents->width = 8 + 3.2 * grow;
      extents->height = 7 + 2.8 * grow;
    }
  else
    {
      reach = glyph >= GLYPH_HALO ? MARKER_RADIUS + HALO : MARKER_RADIUS;
      marker_path (cr, (OwMarker) (glyph % OW_N_MARKERS), 0, 0, reach);
      /* Every shape stays within 1.3 × its radius. */
      extents->x_bearing = extents->y_bearing = -1.3 * reach;
      extents->width = extents->height = 2.6 * reach;
    }
  cairo_fill (cr);
  extents->x_advance = extents->y_advance = 0;
  return CAIRO_STATUS_SUCCESS;
}

/* The font's extents: every glyph lies within CLIFF_RADIUS + 1 of its
 * origin.  (Recording surfaces, the screen's, bound each glyph with
 * these; cairo's defaults would cut the markers down to a unit square.) */
static cairo_status_t
init_font_cb (cairo_scaled_font_t  *font,
              cairo_t              *cr,
              cairo_font_extents_t *extents)
{
  extents->ascent = extents->descent = CLIFF_RADIUS + 2;
  extents->height = 2 * CLIFF_RADIUS + 4;
  extents->max_x_advance = 2 * CLIFF_RADIUS + 4;
  extents->max_y_advance = 0;
  return CAIRO_STATUS_SUCCESS;
}

/* Sets CR to draw marker glyphs; undone by cairo_restore().  The font
 * lives as long as the process, like cairo's own. */
static void
use_marker_font (cairo_t *cr)
{
  static gsize initialized;
  static cairo_font_face_t *face;
  static cairo_font_options_t *options;

  if (g_once_init_enter (&initialized))
    {
      face = cairo_user_font_face_create ();
      cairo_user_font_face_set_init_func (face, init_font_cb);
      cairo_user_font_face_set_render_glyph_func (face, render_glyph_cb);
      options = cairo_font_options_create ();
      cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      g_once_init_leave (&initialized, 1);
    }
  cairo_set_font_face (cr, face);
  cairo_set_font_size (cr, 1);
  cairo_set_font_options (cr, options);
}

/* Where the drawing lands.  On a raster target (the screen, a PNG), lines
 * and markers are placed on whole pixels: a 2-pixel step line on the pixel
 * grid is crisp where one between pixels is a blurred 3-pixel band, and
 * cairo strokes it in half the time.  A vector target (PDF, SVG) gets
 * exact positions. */
typedef struct
{
  cairo_matrix_t to_pixels;   /* user space to the target's pixels */
  gboolean       raster;      /* pixels, not rotated or skewed */
} Target;

static void
target_init (cairo_t *cr,
             Target  *target)
{
  cairo_surface_t *surface = cairo_get_target (cr);
  cairo_matrix_t device;
  double sx = 1, sy = 1, ox = 0, oy = 0;

  cairo_surface_get_device_scale (surface, &sx, &sy);
  cairo_surface_get_device_offset (surface, &ox, &oy);
  cairo_get_matrix (cr, &target->to_pixels);
  cairo_matrix_init (&device, sx, 0, 0, sy, ox, oy);
  cairo_matrix_multiply (&target->to_pixels, &target->to_pixels, &device);

  switch (cairo_surface_get_type (surface))
    {
    case CAIRO_SURFACE_TYPE_IMAGE:
    case CAIRO_SURFACE_TYPE_XLIB:
    case CAIRO_SURFACE_TYPE_XCB:
    /* A snapshot's cairo node, replayed onto pixels at the widget's scale:
     * whole units there are whole pixels at any integer scale. */
    case CAIRO_SURFACE_TYPE_RECORDING:
      target->raster = TRUE;
      break;
    default:
      target->raster = FALSE;
      break;
    }
  target->raster &= target->to_pixels.xy == 0 && target->to_pixels.yx == 0 &&
                    target->to_pixels.xx > 0 && target->to_pixels.yy > 0;
}

static inline double
snap_x (const Target *target,
        double        x)
{
  const cairo_matrix_t *m = &target->to_pixels;

  return target->raster ? (round (x * m->xx + m->x0) - m->x0) / m->xx : x;
}

static inline double
snap_y (const Target *target,
        double        y)
{
  const cairo_matrix_t *m = &target->to_pixels;

  return target->raster ? (round (y * m->yy + m->y0) - m->y0) / m->yy : y;
}

/* Where a straight line WIDTH wide is crisp: its centre on a pixel
 * boundary when it covers an even number of pixels, on a pixel centre
 * when odd. */
static inline double
line_x (const Target *target,
        double        x,
        double        width)
{
  const cairo_matrix_t *m = &target->to_pixels;
  double odd = fmod (round (width * m->xx), 2) == 1 ? 0.5 : 0;

  return target->raster ? (floor (x * m->xx + m->x0) + odd - m->x0) / m->xx : x;
}

static inline double
line_y (const Target *target,
        double        y,
        double        width)
{
  const cairo_matrix_t *m = &target->to_pixels;
  double odd = fmod (round (width * m->yy), 2) == 1 ? 0.5 : 0;

  return target->raster ? (floor (y * m->yy + m->y0) + odd - m->y0) / m->yy : y;
}

static void
draw_series (OwTimelinePainter *self,
             cairo_t           *cr,
             const Target      *target,
             guint              index,
             const OwChartRgba *colour,
             const OwChartRgba *background,
             cairo_glyph_t     *glyphs)
{
  const Series *s = &self->series[index];
  const Layout *layout = &self->layout;
  double baseline = snap_y (target, y_for (self, 0));
  double right = layout->plot.origin.x + layout->plot.size.width;
  double y = baseline;
  OwMarker marker = ow_chart_paint_get_marker (s->slot);
  guint since = 0, n = 0;

  if (s->n == 0)
    return;

  /* The step line: flat, then straight up on each date something
   * arrives, then flat to the end of the axis. */
  cairo_move_to (cr, snap_x (target, x_for (self, MIN (s->start, s->m[0]))), baseline);
  for (guint j = 0; j < s->n; j++)
    {
      double x = snap_x (target, s->x[j]);

      cairo_line_to (cr, x, y);
      y = snap_y (target, s->y[j]);
      cairo_line_to (cr, x, y);
    }
  cairo_line_to (cr, right, y);
  set_source (cr, colour, 1);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  set_dash (cr, s->slot);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* Markers on the tranche points, each over a halo of the background so
   * that it stands out from the lines it sits on. */
  for (guint j = 0; j < s->n; j++)
    {
      if (!s->vests[j] || since++ % s->marker_step != 0)
        continue;
      glyphs[n].index = GLYPH_HALO + marker;
      glyphs[n].x = snap_x (target, s->x[j]);
      glyphs[n].y = snap_y (target, s->y[j]);
      n++;
    }
  set_source (cr, background, 1);
  cairo_show_glyphs (cr, glyphs, (int) n);
  for (guint j = 0; j < n; j++)
    glyphs[j].index = GLYPH_MARKER + marker;
  set_source (cr, colour, 1);
  cairo_show_glyphs (cr, glyphs, (int) n);
}

static void
draw_legend_swatch (cairo_t           *cr,
                    guint              slot,
                    const OwChartRgba *colour,
                    const OwChartRgba *background,
                    double             x,
                    double             y,
                    double             width)
{
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  set_source (cr, colour, 1);
  cairo_set_line_width (cr, LINE_WIDTH);
  set_dash (cr, slot);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  marker_path (cr, ow_chart_paint_get_marker (slot), x + width / 2, y, MARKER_RADIUS + 1.5);
  set_source (cr, background, 1);
  cairo_fill (cr);
  marker_path (cr, ow_chart_paint_get_marker (slot), x + width / 2, y, MARKER_RADIUS);
  set_source (cr, colour, 1);
  cairo_fill (cr);
}

void
ow_timeline_painter_draw (OwTimelinePainter  *self,
                          cairo_t            *cr,
                          double              width,
                          double              height,
                          const OwChartStyle *style,
                          int                 focus)
{
  const Layout *layout;
  const graphene_rect_t *plot;
  g_autofree OwChartRgba *colours = NULL;
  g_autofree cairo_glyph_t *glyphs = NULL;
  double bottom, right, band_alpha;
  guint max_points = 1;
  Target target;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL && style != NULL);

  if (!(width > 0 && height > 0))
    return;
  layout = &self->layout;
  _ow_timeline_painter_ensure_fonts (self, style->font);
  if (!layout->valid || layout->width != width || layout->height != height)
    _ow_timeline_painter_layout (self, width, height);
  plot = &layout->plot;
  target_init (cr, &target);
  bottom = plot->origin.y + plot->size.height;
  right = plot->origin.x + plot->size.width;

  /* No background: the page under the chart has it (the view on screen,
   * the page of an export), and filling a full-screen chart again would
   * cost a tenth of a frame. */
  if (self->n_series == 0)
    return;

  colours = g_new (OwChartRgba, self->n_series);
  for (guint i = 0; i < self->n_series; i++)
    ow_chart_paint_offer_colour (self->series[i].slot, style, &colours[i]);

  /* Clawback windows: a faint band across the plot, and a strip in the
   * offer's colour along its top saying whose window it is. */
  band_alpha = style->high_contrast ? 0.22 : style->dark ? 0.09 : 0.10;
  for (guint i = 0; i < layout->bands->len; i++)
    {
      const Band *band = &g_array_index (layout->bands, Band, i);
      double x0 = snap_x (&target, band->x0), x1 = snap_x (&target, band->x1);
      double top = snap_y (&target, plot->origin.y);

      /* On whole pixels, which cairo fills as plain boxes. */
      cairo_rectangle (cr, x0, top, x1 - x0, snap_y (&target, bottom) - top);
    }
  set_source (cr, &style->warning, band_alpha);
  cairo_fill (cr);
  /* The strips carry the offer's dash too: colours repeat past eight
   * offers, and not everyone tells them apart. */
  cairo_set_line_width (cr, LANE_HEIGHT);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = 0; i < layout->bands->len; i++)
    {
      const Band *band = &g_array_index (layout->bands, Band, i);
      double y = line_y (&target, plot->origin.y + band->lane * (LANE_HEIGHT + 1) + LANE_HEIGHT / 2, LANE_HEIGHT);

      cairo_move_to (cr, snap_x (&target, band->x0), y);
      cairo_line_to (cr, snap_x (&target, band->x1), y);
      set_source (cr, &colours[band->series], 1);
      set_dash (cr, self->series[band->series].slot);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);

  /* Gridlines, on whole pixels so that they stay one pixel thin. */
  cairo_set_line_width (cr, 1);
  for (guint k = 1; k <= layout->n_ticks; k++)
    {
      double y = line_y (&target, y_for (self, k * layout->y_step), 1);

      cairo_move_to (cr, plot->origin.x, y);
      cairo_line_to (cr, right, y);
    }
  for (guint i = 0; i < layout->years->len; i++)
    {
      double x = line_x (&target, g_array_index (layout->years, double, i), 1);

      cairo_move_to (cr, x, plot->origin.y);
      cairo_line_to (cr, x, bottom + TICK);
    }
  set_source (cr, &style->grid, 1);
  cairo_stroke (cr);

  /* The x axis, with month ticks while they fit. */
  cairo_move_to (cr, plot->origin.x, line_y (&target, bottom, 1));
  cairo_line_to (cr, right, line_y (&target, bottom, 1));
  if (layout->month_tick > 0)
    for (double m = ceil (self->m_lo / layout->month_tick) * layout->month_tick; m <= self->m_hi; m += layout->month_tick)
      {
        double x = line_x (&target, x_for (self, m), 1);

        cairo_move_to (cr, x, line_y (&target, bottom, 1));
        cairo_line_to (cr, x, line_y (&target, bottom, 1) + TICK / 2);
      }
  set_source (cr, &style->dim_foreground, 1);
  cairo_stroke (cr);

  /* Deadlines, dashed in their offer's colour; today over them. */
  for (guint i = 0; i < self->lines->len; i++)
    {
      const VLine *line = &g_array_index (self->lines, VLine, i);
      static const double dash[] = { 4, 3 };

      if (line->kind != LINE_DEADLINE)
        continue;
      cairo_move_to (cr, line_x (&target, line->x, 1), line->top);
      cairo_line_to (cr, line_x (&target, line->x, 1), bottom);
      set_source (cr, &colours[line->series], 1);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < self->lines->len; i++)
    {
      const VLine *line = &g_array_index (self->lines, VLine, i);

      if (line->kind != LINE_TODAY)
        continue;
      cairo_move_to (cr, snap_x (&target, line->x), line->top);
      cairo_line_to (cr, snap_x (&target, line->x), bottom);
      set_source (cr, &style->accent, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  /* The series.  Every point lies inside the plot by construction (the
   * axes span every date and figure), so nothing is clipped: a clip would
   * send every marker through a mask. */
  for (guint i = 0; i < self->n_series; i++)
    max_points = MAX (max_points, MAX (self->series[i].n, layout->refreshers->len));
  glyphs = g_new (cairo_glyph_t, max_points);
  cairo_save (cr);
  use_marker_font (cr);
  for (guint i = 0; i < self->n_series; i++)
    draw_series (self, cr, &target, i, &colours[i], &style->background, glyphs);

  /* Cliffs: a ring around the step's top. */
  for (guint i = 0; i < layout->cliffs->len; i++)
    {
      const Spot *spot = &g_array_index (layout->cliffs, Spot, i);
      cairo_glyph_t ring = { GLYPH_CLIFF, snap_x (&target, spot->x), snap_y (&target, spot->y) };

      set_source (cr, &colours[spot->series], 1);
      cairo_show_glyphs (cr, &ring, 1);
    }

  /* Refresher grants: wedges on the x axis, stacked per date, each over
   * a halo; glyphs too. */
  for (guint s = 0; s < self->n_series && layout->refreshers->len > 0; s++)
    {
      guint n = 0;

      for (guint i = 0; i < layout->refreshers->len; i++)
        {
          const Spot *spot = &g_array_index (layout->refreshers, Spot, i);

          if (spot->series != s)
            continue;
          glyphs[n].index = GLYPH_REFRESHER_HALO;
          glyphs[n].x = snap_x (&target, spot->x);
          glyphs[n].y = snap_y (&target, bottom - spot->y * 8);
          n++;
        }
      if (n == 0)
        continue;
      set_source (cr, &style->background, 1);
      cairo_show_glyphs (cr, glyphs, (int) n);
      for (guint i = 0; i < n; i++)
        glyphs[i].index = GLYPH_REFRESHER;
      set_source (cr, &colours[s], 1);
      cairo_show_glyphs (cr, glyphs, (int) n);
    }
  cairo_restore (cr);

  /* The legend's samples. */
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const LegendEntry *entry = &g_array_index (layout->legend, LegendEntry, i);

      draw_legend_swatch (cr, self->series[entry->series].slot, &colours[entry->series], &style->background,
                          entry->area.origin.x + 1, entry->area.origin.y + entry->area.size.height / 2,
                          SWATCH_WIDTH - 2);
    }

  /* Every text. */
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const Label *label = &g_array_index (layout->labels, Label, i);

      switch (label->ink)
        {
        case INK_DIM_ON_PLOT:
          {
            int w, h;

            pango_layout_get_pixel_size (label->layout, &w, &h);
            cairo_rectangle (cr, label->x - 1, label->y, w + 2, h);
            set_source (cr, &style->background, 0.85);
            cairo_fill (cr);
          }
          set_source (cr, &style->dim_foreground, 1);
          break;
        case INK_DIM:
          set_source (cr, &style->dim_foreground, 1);
          break;
        case INK_ACCENT:
          set_source (cr, &style->accent, 1);
          break;
        case INK_FOREGROUND:
        default:
          set_source (cr, &style->foreground, 1);
          break;
        }
      cairo_move_to (cr, label->x, label->y);
      pango_cairo_show_layout (cr, label->layout);
    }

  /* The keyboard's point: a ring, and a faint line down to its date. */
  if (focus >= 0 && (guint) focus < self->keys->len)
    {
      const Key *key = &g_array_index (self->keys, Key, focus);
      const Series *s = &self->series[key->series];
      double x = snap_x (&target, s->x[key->point]), y = snap_y (&target, s->y[key->point]);

      cairo_move_to (cr, line_x (&target, x, 1), y + CLIFF_RADIUS + 2);
      cairo_line_to (cr, line_x (&target, x, 1), bottom);
      set_source (cr, &style->accent, 0.5);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);

      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, CLIFF_RADIUS + 1.5, 0, 2 * G_PI);
      set_source (cr, &style->accent, 1);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
}

void
ow_timeline_painter_draw_mark (OwTimelinePainter  *self,
                               OwTimelineMark      mark,
                               cairo_t            *cr,
                               double              width,
                               double              height,
                               const OwChartStyle *style)
{
  double cx = width / 2;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL && style != NULL);

  cairo_save (cr);
  switch (mark)
    {
    case OW_TIMELINE_MARK_CLIFF:
      /* A step with the ring at its top, in the text colour. */
      {
        double r = MIN (CLIFF_RADIUS, height / 2 - 2.5), top = r + 1.5;

        cairo_move_to (cr, 1, height - 2);
        cairo_line_to (cr, cx, height - 2);
        cairo_line_to (cr, cx, top);
        cairo_line_to (cr, width - 1, top);
        set_source (cr, &style->dim_foreground, 1);
        cairo_set_line_width (cr, LINE_WIDTH);
        cairo_stroke (cr);
        cairo_new_sub_path (cr);
        cairo_arc (cr, cx, top, MARKER_RADIUS - 1, 0, 2 * G_PI);
        set_source (cr, &style->foreground, 1);
        cairo_fill (cr);
        cairo_new_sub_path (cr);
        cairo_arc (cr, cx, top, r, 0, 2 * G_PI);
      }
      set_source (cr, &style->foreground, 1);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      break;

    case OW_TIMELINE_MARK_CLAWBACK:
      cairo_rectangle (cr, 2, 1, width - 4, height - 2);
      set_source (cr, &style->warning, style->high_contrast ? 0.22 : style->dark ? 0.09 : 0.10);
      cairo_fill (cr);
      cairo_rectangle (cr, 2, 1, width - 4, LANE_HEIGHT);
      set_source (cr, &style->dim_foreground, 1);
      cairo_fill (cr);
      break;

    case OW_TIMELINE_MARK_REFRESHER:
      cairo_move_to (cr, 2, height - 1.5);
      cairo_line_to (cr, width - 2, height - 1.5);
      set_source (cr, &style->dim_foreground, 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      refresher_path (cr, cx, height - 2, 0);
      set_source (cr, &style->foreground, 1);
      cairo_fill (cr);
      break;

    case OW_TIMELINE_MARK_TODAY:
      cairo_move_to (cr, round (cx), 1);
      cairo_line_to (cr, round (cx), height - 1);
      set_source (cr, &style->accent, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      break;

    case OW_TIMELINE_MARK_DEADLINE:
      {
        static const double dash[] = { 4, 3 };

        cairo_move_to (cr, round (cx) + 0.5, 1);
        cairo_line_to (cr, round (cx) + 0.5, height - 1);
        set_source (cr, &style->foreground, 1);
        cairo_set_line_width (cr, 1.5);
        cairo_set_dash (cr, dash, 2, 0);
        cairo_stroke (cr);
      }
      break;

    default:
      break;
    }
  cairo_restore (cr);
}
