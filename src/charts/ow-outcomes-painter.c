/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The outcomes chart: each exit scenario of each offer with a private
 * company's equity, placed by how likely it is (across) and what it pays
 * (up).  An offer's scenarios share its colour and marker; the chance left
 * over when the scenarios' probabilities add up to less than 100 % is the
 * zero outcome (offer-model.md §2), drawn as a hollow marker of the same
 * shape on the zero line; the expected payout, the sum of payout ×
 * probability, is a dashed line across in the offer's colour, labelled with
 * its figure.  Labels go beside, over or under their markers, wherever they
 * overlap nothing already placed; one that fits nowhere is left out (the
 * point's tooltip and words still name it).
 *
 * An offer whose scenarios lack the fully diluted share count has no
 * payouts to place; a note under the plot says what is missing. */
#define G_LOG_DOMAIN "ow-outcomes-chart"

#include "config.h"

#include "ow-outcomes-painter-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ow-format.h"

/* Data ---------------------------------------------------------------------- */

static void
clear_series (OwOutcomesPainter *self)
{
  for (guint i = 0; i < self->n_series; i++)
    {
      for (guint j = 0; j < self->series[i].n_outcomes; j++)
        g_free (self->series[i].outcomes[j].label);
      g_free (self->series[i].outcomes);
      g_free (self->series[i].name);
      g_clear_object (&self->series[i].offer);
    }
  g_clear_pointer (&self->series, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_array_set_size (self->points, 0);
  self->n_series = 0;
  self->any_rest = FALSE;
  self->any_plotted = FALSE;
}

static char *
offer_name (OwDocument *document,
            OwOffer    *offer)
{
  const char *company = ow_offer_get_company (offer);
  const char *title = ow_offer_get_title (offer);

  if (company != NULL && *company != '\0')
    return g_strdup (company);
  return g_strdup (title != NULL && *title != '\0' ? title : _("Unnamed offer"));
}

static void
reload (OwOutcomesPainter *self,
        OwSession         *session)
{
  OwDocument *document;
  OwValuation *valuation;

  clear_series (self);
  self->layout.valid = FALSE;

  if (session == NULL)
    return;

  document = ow_session_get_document (session);
  valuation = ow_session_get_valuation (session);
  self->currency = g_strdup (ow_document_get_display_currency (document));
  self->series = g_new0 (Series, MAX (valuation->n_offers, 1));

  for (guint i = 0; i < valuation->n_offers; i++)
    {
      const OwOfferValue *value = &valuation->offers[i];
      Series *series;
      gint64 sum = 0;

      if (!value->has_exit_scenarios)
        continue;

      series = &self->series[self->n_series++];
      series->offer = g_object_ref (value->offer);
      series->name = offer_name (document, value->offer);
      series->slot = ow_session_get_offer_slot (session, value->offer);
      series->offer_index = i;
      series->needs_shares = value->exit_needs_shares;
      series->overflow = value->overflow;
      series->expected = ow_exact_to_double (&value->expected_exit_payout);
      series->expected_ok = !value->overflow &&
                            ow_exact_round (&value->expected_exit_payout, 0, &series->expected_whole);
      if (!isfinite (series->expected))
        series->expected = 0;

      for (guint j = 0; j < value->n_exits; j++)
        sum += CLAMP (value->exits[j].probability, 0, 10000);

      series->outcomes = g_new0 (Outcome, value->n_exits + 1);
      for (guint j = 0; j < value->n_exits; j++)
        {
          const OwExitValue *exit = &value->exits[j];
          Outcome *outcome = &series->outcomes[series->n_outcomes++];

          outcome->label = g_strdup (exit->label != NULL && *exit->label != '\0'
                                     ? exit->label : _("Unnamed scenario"));
          outcome->probability = CLAMP (exit->probability, 0, 10000);
          outcome->x = outcome->probability / 10000.0;
          outcome->payout = ow_exact_to_double (&exit->payout);
          if (!isfinite (outcome->payout))
            outcome->payout = 0;
          outcome->payout_ok = !series->overflow && ow_exact_round (&exit->payout, 0, &outcome->payout_whole);
        }

      /* What the scenarios leave of 100 % pays nothing. */
      if (sum < 10000)
        {
          Outcome *outcome = &series->outcomes[series->n_outcomes++];

          outcome->label = g_strdup (_("No exit"));
          outcome->probability = 10000 - sum;
          outcome->x = outcome->probability / 10000.0;
          outcome->payout = 0;
          outcome->payout_whole = 0;
          outcome->payout_ok = TRUE;
          outcome->rest = TRUE;
        }

      if (series->needs_shares)
        continue;
      self->any_plotted = TRUE;
      for (guint j = 0; j < series->n_outcomes; j++)
        {
          Point point = { self->n_series - 1, j };

          g_array_append_val (self->points, point);
          if (series->outcomes[j].rest)
            self->any_rest = TRUE;
        }
    }
}

char *
_ow_outcomes_painter_format_whole (gint64      whole,
                                   const char *currency)
{
  OwExact value;

  ow_exact_set_int (&value, whole);
  return ow_format_money_whole (&value, currency);
}

/* Points -------------------------------------------------------------------- */

guint
ow_outcomes_painter_get_n_points (OwOutcomesPainter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->points->len;
}

char *
_ow_outcomes_painter_outcome_words (OwOutcomesPainter *self,
                                    const Series      *series,
                                    const Outcome     *outcome)
{
  g_autofree char *percent = ow_format_percent (outcome->probability);
  g_autofree char *money = NULL;

  if (outcome->rest)
    /* TRANSLATORS: the zero outcome of an offer's exit scenarios: "Lumen
     * Foundry, no exit: 5% likely, pays nothing" */
    return g_strdup_printf (_("%1$s, no exit: %2$s likely, pays nothing"), series->name, percent);
  if (!outcome->payout_ok)
    return g_strdup_printf (_("%1$s, %2$s: %3$s likely, pays too much to show"),
                            series->name, outcome->label, percent);
  money = _ow_outcomes_painter_format_whole (outcome->payout_whole, self->currency);
  /* TRANSLATORS: an exit scenario: "Lumen Foundry, IPO: 15% likely, pays
   * $2,832,000" */
  return g_strdup_printf (_("%1$s, %2$s: %3$s likely, pays %4$s"),
                          series->name, outcome->label, percent, money);
}

void
ow_outcomes_painter_get_point (OwOutcomesPainter  *self,
                               guint               index,
                               double              width,
                               double              height,
                               graphene_point_t   *where,
                               char              **words)
{
  const Point *point;

  g_return_if_fail (self != NULL);

  if (index >= self->points->len)
    return;

  point = &g_array_index (self->points, Point, index);
  if (where != NULL)
    _ow_outcomes_painter_point_position (self, _ow_outcomes_painter_query_layout (self, width, height), point, where);
  if (words != NULL)
    *words = _ow_outcomes_painter_outcome_words (self, &self->series[point->series],
                            &self->series[point->series].outcomes[point->outcome]);
}

int
ow_outcomes_painter_query_point (OwOutcomesPainter *self,
                                 double             x,
                                 double             y,
                                 double             width,
                                 double             height)
{
  const Layout *layout;
  double best_d = HIT_RADIUS * HIT_RADIUS;
  int best = -1;

  g_return_val_if_fail (self != NULL, -1);

  layout = _ow_outcomes_painter_query_layout (self, width, height);

  /* The nearest marker within reach; the later one wins a tie, as it is
   * drawn on top. */
  for (guint p = 0; p < self->points->len; p++)
    {
      graphene_point_t where;
      double d;

      _ow_outcomes_painter_point_position (self, layout, &g_array_index (self->points, Point, p), &where);
      d = (where.x - x) * (where.x - x) + (where.y - y) * (where.y - y);
      if (d <= best_d)
        {
          best_d = d;
          best = p;
        }
    }
  return best;
}

char *
ow_outcomes_painter_describe (OwOutcomesPainter *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (NULL);
  if (self->n_series == 0)
    return g_strdup (_("No offer has exit scenarios."));

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "What the equity of %u offer might pay at an exit, by chance and payout.",
                                       "What the equity of %u offers might pay at an exit, by chance and payout.",
                                       self->n_series),
                          self->n_series);

  for (guint i = 0; i < self->n_series; i++)
    {
      const Series *series = &self->series[i];
      g_autoptr(GString) list = g_string_new (NULL);

      g_string_append_c (text, ' ');
      if (series->needs_shares)
        {
          /* TRANSLATORS: in the exit chart's description */
          g_string_append_printf (text, _("%s: its exits need the company’s fully diluted share count."),
                                  series->name);
          continue;
        }

      for (guint j = 0; j < series->n_outcomes; j++)
        {
          const Outcome *outcome = &series->outcomes[j];
          g_autofree char *percent = ow_format_percent (outcome->probability);
          g_autofree char *money = NULL;

          if (list->len > 0)
            /* TRANSLATORS: between the scenarios in the exit chart's
             * description */
            g_string_append (list, _("; "));
          if (outcome->rest)
            /* TRANSLATORS: "no exit, 5% likely, pays nothing" */
            g_string_append_printf (list, _("no exit, %s likely, pays nothing"), percent);
          else if (!outcome->payout_ok)
            g_string_append_printf (list, _("%1$s, %2$s likely, pays too much to show"), outcome->label, percent);
          else
            {
              money = _ow_outcomes_painter_format_whole (outcome->payout_whole, self->currency);
              /* TRANSLATORS: "IPO, 15% likely, pays $2,832,000" */
              g_string_append_printf (list, _("%1$s, %2$s likely, pays %3$s"), outcome->label, percent, money);
            }
        }

      if (series->expected_ok)
        {
          g_autofree char *money = _ow_outcomes_painter_format_whole (series->expected_whole, self->currency);

          /* TRANSLATORS: "Lumen Foundry: Shutdown, 20% likely, pays $0; …
           * Expected payout $628,500." */
          g_string_append_printf (text, _("%1$s: %2$s. Expected payout %3$s."), series->name, list->str, money);
        }
      else
        g_string_append_printf (text, _("%1$s: %2$s."), series->name, list->str);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Public -------------------------------------------------------------------- */

OwOutcomesPainter *
ow_outcomes_painter_new (PangoContext *context)
{
  OwOutcomesPainter *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (OwOutcomesPainter, 1);
  self->context = g_object_ref (context);
  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
  self->layout.legend = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  g_array_set_clear_func (self->layout.legend, _ow_outcomes_painter_legend_item_clear);
  self->layout.labels = g_array_new (FALSE, TRUE, sizeof (Label));
  g_array_set_clear_func (self->layout.labels, _ow_outcomes_painter_label_clear);
  return self;
}

void
ow_outcomes_painter_free (OwOutcomesPainter *self)
{
  if (self == NULL)
    return;

  clear_series (self);
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->layout.legend, g_array_unref);
  g_clear_pointer (&self->layout.labels, g_array_unref);
  g_clear_pointer (&self->query_font, pango_font_description_free);
  g_clear_object (&self->context);
  g_free (self);
}

const char *
ow_outcomes_painter_get_title (void)
{
  return _("Equity at an Exit");
}

/**
 * ow_outcomes_painter_set_session:
 * @session: (nullable): the session whose offers to chart
 */
void
ow_outcomes_painter_set_session (OwOutcomesPainter *self,
                                 OwSession         *session)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (session == NULL || OW_IS_SESSION (session));

  reload (self, session);
}

void
ow_outcomes_painter_set_font (OwOutcomesPainter          *self,
                              const PangoFontDescription *font)
{
  g_return_if_fail (self != NULL);

  if (font == self->query_font ||
      (font != NULL && self->query_font != NULL && pango_font_description_equal (font, self->query_font)))
    return;

  g_clear_pointer (&self->query_font, pango_font_description_free);
  self->query_font = font != NULL ? pango_font_description_copy (font) : NULL;
  self->layout.valid = FALSE;
}

void
ow_outcomes_painter_invalidate (OwOutcomesPainter *self)
{
  g_return_if_fail (self != NULL);

  self->layout.valid = FALSE;
}

gboolean
ow_outcomes_painter_has_outcomes (OwOutcomesPainter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->n_series > 0;
}

void
ow_outcomes_painter_get_plot (OwOutcomesPainter *self,
                              double             width,
                              double             height,
                              graphene_rect_t   *plot,
                              double            *min,
                              double            *max)
{
  const Layout *layout;

  g_return_if_fail (self != NULL);

  layout = _ow_outcomes_painter_query_layout (self, width, height);
  if (plot)
    *plot = layout->plot;
  if (min)
    *min = layout->min;
  if (max)
    *max = layout->max;
}

int
ow_outcomes_painter_get_point_index (OwOutcomesPainter *self,
                                     guint              offer,
                                     guint              scenario)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint p = 0; p < self->points->len; p++)
    {
      const Point *point = &g_array_index (self->points, Point, p);

      if (self->series[point->series].offer_index == offer && point->outcome == scenario)
        return p;
    }
  return -1;
}

/**
 * ow_outcomes_painter_get_point_offer:
 *
 * Returns: (transfer none) (nullable): the offer of the outcome
 */
OwOffer *
ow_outcomes_painter_get_point_offer (OwOutcomesPainter *self,
                                     int                index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index < 0 || (guint) index >= self->points->len)
    return NULL;
  return self->series[g_array_index (self->points, Point, index).series].offer;
}

/**
 * ow_outcomes_painter_get_text_boxes:
 *
 * Returns: (transfer full) (element-type OwChartTextBox): every label and
 *   legend item at that size
 */
GArray *
ow_outcomes_painter_get_text_boxes (OwOutcomesPainter *self,
                                    double             width,
                                    double             height)
{
  const Layout *layout;
  GArray *boxes;

  g_return_val_if_fail (self != NULL, NULL);

  layout = _ow_outcomes_painter_query_layout (self, width, height);
  boxes = g_array_new (FALSE, FALSE, sizeof (OwChartTextBox));
  for (guint i = 0; i < layout->legend->len; i++)
    {
      OwChartTextBox box = { OW_CHART_TEXT_LEGEND, g_array_index (layout->legend, LegendItem, i).box };
      g_array_append_val (boxes, box);
    }
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const Label *label = &g_array_index (layout->labels, Label, i);
      OwChartTextBox box = { label->kind, label->box };
      g_array_append_val (boxes, box);
    }
  return boxes;
}

