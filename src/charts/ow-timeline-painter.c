/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The vesting timeline chart, without a widget (see ow-timeline-painter.h).
 *
 * Three levels of cache, each made again only when what it depends on
 * changes:
 *
 *  - the data (rebuild()): the OwTimeline, and for each offer its points as
 *    month coordinates and cumulative figures in doubles, the keyboard
 *    points and the "today" and deadline lines.  Made on "valuation-changed"
 *    and when the scope or measure is switched;
 *  - the layout (ow-timeline-painter-draw.c): the plot rectangle, the
 *    scales, the axis ticks, the legend, every label's place and every
 *    point in pixels.  Made when the size, the font or the data changes;
 *  - the texts: a PangoLayout per string, kept until the font changes, so a
 *    new size measures no text twice.
 *
 * draw() itself only strokes and fills what the layout holds, which is what
 * keeps a frame of 20 offers with ten years of monthly tranches in a few
 * milliseconds, and a pointer move in microseconds.
 *
 * The x axis counts calendar months, each the same width, with a day placed
 * at its share of its month: a tranche on the 4th of every month lands at
 * the same place in each month's step, and twelve months are a year's width
 * whatever their days. */
#define G_LOG_DOMAIN "ow-timeline-chart"

#include "config.h"

#include "ow-timeline-painter-private.h"

#include <glib/gi18n.h>
#include <math.h>

/* The data ------------------------------------------------------------------ */

static void
clear_data (OwTimelinePainter *self)
{
  for (guint i = 0; i < self->n_series; i++)
    {
      Series *s = &self->series[i];

      g_free (s->name);
      g_free (s->m);
      g_free (s->v);
      g_free (s->vests);
      g_free (s->x);
      g_free (s->y);
    }
  g_clear_pointer (&self->series, g_free);
  self->n_series = 0;
  g_clear_pointer (&self->timeline, ow_timeline_free);
  g_clear_pointer (&self->currency, g_free);
  if (self->keys != NULL)
    g_array_set_size (self->keys, 0);
  if (self->lines != NULL)
    g_array_set_size (self->lines, 0);
  self->has_data = FALSE;
  self->v_max = 0;
  self->m_lo = 0;
  self->m_hi = 1;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const Key *x = a, *y = b;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  if (x->series != y->series)
    return x->series < y->series ? -1 : 1;
  return (x->point > y->point) - (x->point < y->point);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const VLine *x = a, *y = b;

  /* Today first: its label is placed before any deadline's. */
  if (x->kind != y->kind)
    return x->kind == LINE_TODAY ? -1 : 1;
  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  return (x->series > y->series) - (x->series < y->series);
}

static void
add_line (OwTimelinePainter *self,
          LineKind           kind,
          OwDate             date,
          guint              series)
{
  VLine line = { kind, date, month_coord (date), series, 0, 0 };

  g_array_append_val (self->lines, line);
}

static void
rebuild (OwTimelinePainter *self)
{
  OwTimelineScope scope = ow_timeline_painter_get_scope (self);
  OwDocument *document;
  OwDate today, first_today;
  double first;

  clear_data (self);
  self->layout.valid = FALSE;
  self->n_builds++;

  if (self->session == NULL)
    return;

  document = ow_session_get_document (self->session);
  today = self->today != OW_DATE_NONE ? self->today : ow_date_today ();
  self->timeline = ow_timeline_new (document, scope, today);
  self->currency = g_strdup (ow_document_get_display_currency (document));
  if (self->timeline == NULL || self->timeline->first == OW_DATE_NONE)
    goto done;

  self->n_series = self->timeline->n_series;
  self->series = g_new0 (Series, MAX (self->n_series, 1));

  /* The axis runs from the first start to the end of the last horizon,
   * reaching back for today or a deadline shortly before the first start
   * (an offer is weighed before it starts); from the start of a month. */
  first = month_coord (self->timeline->first);
  self->m_lo = first;
  self->m_hi = month_coord (self->timeline->last);
  first_today = self->timeline->today;
  if (first_today != OW_DATE_NONE)
    {
      double m = month_coord (first_today);

      if (m < self->m_lo && m >= first - LEAD_IN_MONTHS)
        self->m_lo = m;
    }

  for (guint i = 0; i < self->n_series; i++)
    {
      const OwTimelineSeries *ts = &self->timeline->series[i];
      Series *s = &self->series[i];
      OwDate start = ow_offer_get_start_date (ts->offer);

      s->name = _ow_timeline_painter_offer_name (document, ts->offer);
      s->slot = ow_session_get_offer_slot (self->session, ts->offer);
      s->start = start != OW_DATE_NONE ? month_coord (start) : first;
      s->n = ts->points->len;
      s->m = g_new (double, MAX (s->n, 1));
      s->v = g_new (double, MAX (s->n, 1));
      s->vests = g_new0 (guint8, MAX (s->n, 1));
      s->x = g_new0 (double, MAX (s->n, 1));
      s->y = g_new0 (double, MAX (s->n, 1));

      for (guint j = 0; j < s->n; j++)
        {
          const OwTimelinePoint *p = &g_array_index (ts->points, OwTimelinePoint, j);
          double v = self->units ? (double) p->cumulative_units / 1e6 : p->cumulative_value_d;

          /* A figure that could not be computed is drawn at 0 rather than
           * as NaN or infinity, which cairo would refuse. */
          if (!isfinite (v) || v < 0)
            v = 0;
          s->m[j] = month_coord (p->date);
          s->v[j] = v;
          s->vests[j] = p->n_tranches > 0;
          self->v_max = MAX (self->v_max, v);

          if (p->n_tranches > 0)
            {
              Key key = { p->date, i, j };

              g_array_append_val (self->keys, key);
            }
        }
      s->last = s->n > 0 ? s->v[s->n - 1] : 0;
      if (s->last > 0)
        self->has_data = TRUE;

      for (guint j = 0; j < ts->events->len; j++)
        {
          const OwTimelineEvent *e = &g_array_index (ts->events, OwTimelineEvent, j);
          double m;

          if (e->kind != OW_TIMELINE_EVENT_DEADLINE)
            continue;
          m = month_coord (e->date);
          if (m < self->m_lo && m >= first - LEAD_IN_MONTHS)
            self->m_lo = m;
          add_line (self, LINE_DEADLINE, e->date, i);
        }
    }

  if (self->m_lo < first)
    self->m_lo = floor (self->m_lo);
  if (!(self->m_hi > self->m_lo))
    self->m_hi = self->m_lo + 1;

  if (first_today != OW_DATE_NONE)
    add_line (self, LINE_TODAY, first_today, G_MAXUINT);

  /* Lines outside the axis are not drawn (nor kept). */
  for (guint i = self->lines->len; i-- > 0;)
    {
      const VLine *line = &g_array_index (self->lines, VLine, i);

      if (line->m < self->m_lo || line->m > self->m_hi)
        g_array_remove_index (self->lines, i);
    }
  g_array_sort (self->lines, compare_lines);
  g_array_sort (self->keys, compare_keys);

done:
  return;
}

/* Layout and points ------------------------------------------------------------ */

static void
ensure_layout (OwTimelinePainter *self,
               double             width,
               double             height)
{
  if (self->layout.valid && self->layout.width == width && self->layout.height == height)
    return;
  _ow_timeline_painter_layout (self, width, height);
}

guint
ow_timeline_painter_get_n_points (OwTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->keys->len;
}

/* Lays out for a size that the last draw did not have, with the font that
 * draw had (or the reference context's, before any). */
static void
ensure_layout_for (OwTimelinePainter *self,
                   double             width,
                   double             height)
{
  if (self->font == NULL)
    _ow_timeline_painter_ensure_fonts (self, NULL);
  ensure_layout (self, width, height);
}

void
ow_timeline_painter_get_point (OwTimelinePainter  *self,
                               guint               index,
                               double              width,
                               double              height,
                               graphene_point_t   *where,
                               char              **words)
{
  const Key *key;

  g_return_if_fail (self != NULL);

  if (index >= self->keys->len)
    {
      if (where)
        graphene_point_init (where, 0, 0);
      if (words)
        *words = NULL;
      return;
    }

  key = &g_array_index (self->keys, Key, index);
  if (where != NULL)
    {
      ensure_layout_for (self, width, height);
      graphene_point_init (where, self->series[key->series].x[key->point], self->series[key->series].y[key->point]);
    }
  if (words != NULL)
    *words = _ow_timeline_painter_point_words (self, index);
}

/* Keys are in date order, so their x grows: a binary search finds the
 * first within reach, and only the few around X are looked at.  A point is
 * hit on its marker or anywhere along the vertical step that leads to
 * it. */
static int
query_point (OwTimelinePainter *self,
             double             x,
             double             y,
             double             width,
             double             height)
{
  guint lo = 0, hi = self->keys->len;
  double best_distance = G_MAXDOUBLE, baseline;
  int best = -1;

  if (self->keys->len == 0)
    return -1;
  ensure_layout_for (self, width, height);
  baseline = y_for (self, 0);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const Key *key = &g_array_index (self->keys, Key, mid);

      if (self->series[key->series].x[key->point] < x - HIT_RADIUS)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i < self->keys->len; i++)
    {
      const Key *key = &g_array_index (self->keys, Key, i);
      const Series *s = &self->series[key->series];
      double px = s->x[key->point], py = s->y[key->point];
      double below = key->point > 0 ? s->y[key->point - 1] : baseline;
      double dx = x - px, dy = y - py, distance;

      if (px > x + HIT_RADIUS)
        break;

      distance = sqrt (dx * dx + dy * dy);
      if (distance > HIT_RADIUS)
        {
          /* Along the step: within a few pixels of its vertical line. */
          if (fabs (dx) <= 4 && y >= py && y <= below)
            distance = HIT_RADIUS - 0.5 + fabs (dx) / 8;
          else
            continue;
        }
      if (distance < best_distance)
        {
          best_distance = distance;
          best = (int) i;
        }
    }
  return best;
}

/* API ----------------------------------------------------------------------------- */

OwTimelinePainter *
ow_timeline_painter_new (PangoContext *reference)
{
  OwTimelinePainter *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (reference), NULL);

  self = g_new0 (OwTimelinePainter, 1);
  self->reference = g_object_ref (reference);
  self->scope = OW_TIMELINE_EQUITY;
  self->m_hi = 1;
  self->keys = g_array_new (FALSE, FALSE, sizeof (Key));
  self->lines = g_array_new (FALSE, FALSE, sizeof (VLine));
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->layout.labels = g_array_new (FALSE, FALSE, sizeof (Label));
  self->layout.legend = g_array_new (FALSE, FALSE, sizeof (LegendEntry));
  self->layout.years = g_array_new (FALSE, FALSE, sizeof (double));
  self->layout.cliffs = g_array_new (FALSE, FALSE, sizeof (Spot));
  self->layout.refreshers = g_array_new (FALSE, FALSE, sizeof (Spot));
  self->layout.bands = g_array_new (FALSE, FALSE, sizeof (Band));
  return self;
}

void
ow_timeline_painter_free (OwTimelinePainter *self)
{
  if (self == NULL)
    return;

  clear_data (self);
  g_clear_object (&self->session);
  g_clear_pointer (&self->keys, g_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->layout.labels, g_array_unref);
  g_clear_pointer (&self->layout.legend, g_array_unref);
  g_clear_pointer (&self->layout.years, g_array_unref);
  g_clear_pointer (&self->layout.cliffs, g_array_unref);
  g_clear_pointer (&self->layout.refreshers, g_array_unref);
  g_clear_pointer (&self->layout.bands, g_array_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->small_font, pango_font_description_free);
  g_clear_object (&self->pango);
  g_clear_object (&self->reference);
  g_free (self);
}

const char *
ow_timeline_painter_get_title (OwTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->units)
    return _("Cumulative equity units by offer");
  else if (self->scope == OW_TIMELINE_EQUITY)
    return _("Cumulative equity by offer");
  else
    return _("Cumulative compensation by offer");
}

/**
 * ow_timeline_painter_set_session:
 * @session: (nullable): the document to draw
 */
void
ow_timeline_painter_set_session (OwTimelinePainter *self,
                                 OwSession         *session)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (session == NULL || OW_IS_SESSION (session));

  g_set_object (&self->session, session);
  rebuild (self);
}

void
ow_timeline_painter_reload (OwTimelinePainter *self)
{
  g_return_if_fail (self != NULL);

  rebuild (self);
}

gboolean
ow_timeline_painter_update_fonts (OwTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return _ow_timeline_painter_ensure_fonts (self, NULL);
}

double
ow_timeline_painter_get_legend_height (OwTimelinePainter *self,
                                       double             width)
{
  double legend;

  g_return_val_if_fail (self != NULL, 0);

  if (self->n_series < 2)
    return 0;
  _ow_timeline_painter_ensure_fonts (self, NULL);
  legend = _ow_timeline_painter_layout_legend (self, width, 0, NULL, NULL);
  /* That set the names' widths for WIDTH: the next draw lays out again. */
  self->layout.valid = FALSE;
  return legend;
}

guint
ow_timeline_painter_get_n_series (OwTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_series;
}

void
ow_timeline_painter_set_scope (OwTimelinePainter *self,
                               OwTimelineScope    scope)
{
  OwTimelineScope before;

  g_return_if_fail (self != NULL);
  g_return_if_fail (scope == OW_TIMELINE_EQUITY || scope == OW_TIMELINE_ALL_COMPENSATION);

  if (self->scope == scope)
    return;
  before = ow_timeline_painter_get_scope (self);
  self->scope = scope;
  if (ow_timeline_painter_get_scope (self) == before)
    return;
  rebuild (self);
}

OwTimelineScope
ow_timeline_painter_get_scope (OwTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, OW_TIMELINE_EQUITY);

  /* Units count shares, which only equity has. */
  return self->units ? OW_TIMELINE_EQUITY : self->scope;
}

void
ow_timeline_painter_set_units (OwTimelinePainter *self,
                               gboolean           units)
{
  g_return_if_fail (self != NULL);

  units = !!units;
  if (self->units == units)
    return;
  self->units = units;
  rebuild (self);
}

gboolean
ow_timeline_painter_get_units (OwTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->units;
}

void
ow_timeline_painter_set_today (OwTimelinePainter *self,
                               OwDate             today)
{
  g_return_if_fail (self != NULL);

  if (self->today == today)
    return;
  self->today = today;
  rebuild (self);
}

gboolean
ow_timeline_painter_has_data (OwTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->has_data;
}

const OwTimeline *
ow_timeline_painter_get_timeline (OwTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->timeline;
}

guint
ow_timeline_painter_get_n_builds (OwTimelinePainter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_builds;
}

/**
 * ow_timeline_painter_get_point_offer:
 *
 * Returns: (transfer none) (nullable): the offer of point INDEX
 */
OwOffer *
ow_timeline_painter_get_point_offer (OwTimelinePainter *self,
                                     guint              index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->keys->len)
    return NULL;
  return self->timeline->series[g_array_index (self->keys, Key, index).series].offer;
}

/**
 * ow_timeline_painter_get_point_grant:
 *
 * Returns: (transfer none) (nullable): the letter grant that vests at
 *   point INDEX, if any
 */
OwGrant *
ow_timeline_painter_get_point_grant (OwTimelinePainter *self,
                                     guint              index)
{
  const Key *key;
  const OwTimelineSeries *ts;
  const OwTimelinePoint *p;

  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->keys->len)
    return NULL;
  key = &g_array_index (self->keys, Key, index);
  ts = &self->timeline->series[key->series];
  p = key_point (self, key);
  for (guint t = 0; t < p->n_tranches; t++)
    {
      const OwTimelineTranche *tt = &g_array_index (ts->tranches, OwTimelineTranche, p->first_tranche + t);
      const OwGrantSchedule *schedule = g_ptr_array_index (ts->schedules, tt->schedule);

      if (schedule->grant != NULL)
        return schedule->grant;
    }
  return NULL;
}

gboolean
ow_timeline_painter_get_plot_area (OwTimelinePainter *self,
                                   double             width,
                                   double             height,
                                   graphene_rect_t   *plot)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (plot != NULL, FALSE);

  ensure_layout_for (self, width, height);
  *plot = self->layout.plot;
  return self->n_series > 0;
}

double
ow_timeline_painter_get_x_for_date (OwTimelinePainter *self,
                                    double             width,
                                    double             height,
                                    OwDate             date)
{
  g_return_val_if_fail (self != NULL, 0);

  ensure_layout_for (self, width, height);
  return x_for (self, month_coord (date));
}

double
ow_timeline_painter_get_y_for_value (OwTimelinePainter *self,
                                     double             width,
                                     double             height,
                                     double             value)
{
  g_return_val_if_fail (self != NULL, 0);

  ensure_layout_for (self, width, height);
  return y_for (self, value);
}

double
ow_timeline_painter_get_y_max (OwTimelinePainter *self,
                               double             width,
                               double             height)
{
  g_return_val_if_fail (self != NULL, 0);

  ensure_layout_for (self, width, height);
  return self->layout.y_max;
}

guint
ow_timeline_painter_get_n_legend_entries (OwTimelinePainter *self,
                                          double             width,
                                          double             height)
{
  g_return_val_if_fail (self != NULL, 0);

  ensure_layout_for (self, width, height);
  return self->layout.legend->len;
}

gboolean
ow_timeline_painter_get_legend_entry (OwTimelinePainter *self,
                                      double             width,
                                      double             height,
                                      guint              index,
                                      graphene_rect_t   *area)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  ensure_layout_for (self, width, height);
  if (index >= self->layout.legend->len)
    return FALSE;
  *area = g_array_index (self->layout.legend, LegendEntry, index).area;
  return TRUE;
}

int
ow_timeline_painter_query_point (OwTimelinePainter *self,
                                 double             x,
                                 double             y,
                                 double             width,
                                 double             height)
{
  g_return_val_if_fail (self != NULL, -1);
  return query_point (self, x, y, width, height);
}
