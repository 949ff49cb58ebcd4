/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The yearly chart: a group of bars for each offer year, one bar for each
 * offer, each bar a stack of what the offer pays that year.
 *
 * How the parts of pay are told apart: each bar is drawn in its offer's
 * colour (the colour the offer has in every view), and the parts of the
 * stack are tints of that colour, each with its own texture: base salary
 * solid, bonus dotted, sign-on with rising stripes, equity cross-hatched
 * in light lines, benefits with level lines; a thin gap of background
 * separates them and an outline in the offer's colour holds the bar
 * together.  So the part never rests on colour alone (the legend shows the
 * textures in grey), and the offer is also named by its marker under the
 * bar, the marker and colour pair being unique to the offer (ow-palette.h).
 * The other choice, one colour per part, would have given each offer
 * five colours and broken the link with the rest of the application.
 *
 * The figures are copied from the session's valuation when it changes, as
 * doubles to draw with (ow_exact_to_double, for drawing only) and as whole
 * currency units, rounded exactly, for the words.  The layout (legend,
 * axis, bars, labels) is computed for a size and kept until the size, the
 * font or the data change. */
#define G_LOG_DOMAIN "ow-yearly-chart"

#include "config.h"

#include "ow-yearly-painter-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ow-format.h"

static const OwComponent part_components[N_PARTS] = {
  OW_COMPONENT_BASE, OW_COMPONENT_BONUS, OW_COMPONENT_SIGN_ON,
  OW_COMPONENT_EQUITY, OW_COMPONENT_BENEFITS,
};

/* A part of a year's pay in words: "base $200,000". */
static char *
part_phrase (guint       part,
             const char *money)
{
  switch (part)
    {
    /* TRANSLATORS: the parts of a year's pay in a chart's spoken
     * description: "base $200,000, bonus $30,000" */
    case PART_BASE:
      return g_strdup_printf (_("base %s"), money);
    case PART_BONUS:
      return g_strdup_printf (_("bonus %s"), money);
    case PART_SIGN_ON:
      return g_strdup_printf (_("sign-on %s"), money);
    case PART_EQUITY:
      return g_strdup_printf (_("equity %s"), money);
    case PART_BENEFITS:
    default:
      return g_strdup_printf (_("benefits %s"), money);
    }
}

/* Data ---------------------------------------------------------------------- */

static void
clear_series (OwYearlyPainter *self)
{
  for (guint i = 0; i < self->n_series; i++)
    {
      g_free (self->series[i].name);
      g_clear_object (&self->series[i].offer);
    }
  g_clear_pointer (&self->series, g_free);
  self->n_series = 0;
  self->n_years = 0;
  g_clear_pointer (&self->currency, g_free);
  memset (self->parts_present, 0, sizeof self->parts_present);
}

static void
invalidate_layout (OwYearlyPainter *self)
{
  self->layout.valid = FALSE;
}

/* How the chart names an offer: its company, or its title, and both when
 * two offers share a company. */
static char *
offer_name (OwDocument *document,
            OwOffer    *offer)
{
  const char *company = ow_offer_get_company (offer);
  const char *title = ow_offer_get_title (offer);
  guint n = ow_document_get_n_offers (document);

  if (company == NULL || *company == '\0')
    return g_strdup (title != NULL && *title != '\0' ? title : _("Unnamed offer"));

  for (guint i = 0; i < n; i++)
    {
      OwOffer *other = ow_document_get_offer (document, i);

      if (other != offer && g_strcmp0 (ow_offer_get_company (other), company) == 0 &&
          title != NULL && *title != '\0')
        /* TRANSLATORS: an offer in a chart, when two share a company:
         * "Acme, Staff Engineer" */
        return g_strdup_printf (_("%s, %s"), company, title);
    }
  return g_strdup (company);
}

static void
reload (OwYearlyPainter *self,
        OwSession       *session)
{
  OwDocument *document;
  OwValuation *valuation;

  clear_series (self);
  invalidate_layout (self);

  if (session == NULL)
    return;

  document = ow_session_get_document (session);
  valuation = ow_session_get_valuation (session);
  self->currency = g_strdup (ow_document_get_display_currency (document));
  self->n_years = CLAMP (valuation->horizon_years, 1, OW_MAX_HORIZON_YEARS);
  self->n_series = valuation->n_offers;
  self->series = g_new0 (Series, MAX (self->n_series, 1));

  for (guint i = 0; i < valuation->n_offers; i++)
    {
      const OwOfferValue *value = &valuation->offers[i];
      Series *series = &self->series[i];

      series->offer = g_object_ref (value->offer);
      series->name = offer_name (document, value->offer);
      series->slot = ow_session_get_offer_slot (session, value->offer);
      series->overflow = value->overflow;
      series->horizon_ok = !value->overflow && ow_exact_round (&value->horizon_total, 0, &series->horizon_whole);

      for (guint k = 0; k < self->n_years && k < value->n_years; k++)
        {
          OwExact scratch;
          const OwExact *total = ow_offer_value_component (value, OW_COMPONENT_TOTAL, k + 1, &scratch);

          series->whole_ok[k] = !value->overflow && ow_exact_round (total, 0, &series->whole[k][N_PARTS]);
          for (guint p = 0; p < N_PARTS; p++)
            {
              const OwExact *part = ow_offer_value_component (value, part_components[p], k + 1, &scratch);
              double amount = value->overflow ? 0 : ow_exact_to_double (part);

              if (!isfinite (amount))
                amount = 0;
              series->amount[k][p] = amount;
              if (amount > 0)
                series->top[k] += amount;
              else
                series->bottom[k] += amount;
              if (amount != 0)
                self->parts_present[p] = TRUE;
              if (series->whole_ok[k] && !ow_exact_round (part, 0, &series->whole[k][p]))
                series->whole_ok[k] = FALSE;
            }
        }
    }
}

static char *
format_whole (gint64      whole,
              const char *currency)
{
  OwExact value;

  ow_exact_set_int (&value, whole);
  return ow_format_money_whole (&value, currency);
}

/* Points -------------------------------------------------------------------- */

guint
ow_yearly_painter_get_n_points (OwYearlyPainter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_series * self->n_years;
}

char *
_ow_yearly_painter_bar_words (OwYearlyPainter *self,
                              guint            i,
                              guint            k)
{
  const Series *series = &self->series[i];
  g_autoptr(GString) parts = g_string_new (NULL);
  g_autofree char *total = NULL;

  if (series->overflow || !series->whole_ok[k])
    /* TRANSLATORS: a bar of the yearly chart: "Lumen Foundry, year 2: too
     * large to show" */
    return g_strdup_printf (_("%1$s, year %2$u: too large to show"), series->name, k + 1);

  for (guint p = 0; p < N_PARTS; p++)
    {
      g_autofree char *money = NULL;
      g_autofree char *phrase = NULL;

      if (series->whole[k][p] == 0)
        continue;
      money = format_whole (series->whole[k][p], self->currency);
      phrase = part_phrase (p, money);
      if (parts->len > 0)
        /* TRANSLATORS: between the items of a list in a sentence */
        g_string_append (parts, _(", "));
      g_string_append (parts, phrase);
    }

  if (parts->len == 0)
    /* TRANSLATORS: a bar of the yearly chart for an offer that pays
     * nothing that year */
    return g_strdup_printf (_("%1$s, year %2$u: nothing"), series->name, k + 1);

  total = format_whole (series->whole[k][N_PARTS], self->currency);
  /* TRANSLATORS: a bar of the yearly chart: "Lumen Foundry, year 2:
   * $381,295 in all — base $200,000, bonus $30,000" */
  return g_strdup_printf (_("%1$s, year %2$u: %3$s in all — %4$s"),
                          series->name, k + 1, total, parts->str);
}

void
ow_yearly_painter_get_point (OwYearlyPainter   *self,
                             guint              index,
                             double             width,
                             double             height,
                             graphene_point_t  *where,
                             char             **words)
{
  graphene_rect_t bar;
  guint i, k;

  g_return_if_fail (self != NULL);

  if (self->n_series == 0 || index >= self->n_series * self->n_years)
    return;

  i = index % self->n_series;
  k = index / self->n_series;
  if (where != NULL && _ow_yearly_painter_layout_bar (self, _ow_yearly_painter_query_layout (self, width, height), i, k, &bar))
    graphene_rect_get_center (&bar, where);
  if (words != NULL)
    *words = _ow_yearly_painter_bar_words (self, i, k);
}

int
ow_yearly_painter_query_point (OwYearlyPainter *self,
                               double           x,
                               double           y,
                               double           width,
                               double           height)
{
  const Layout *layout;
  double group_x0, offset;
  int k, i;

  g_return_val_if_fail (self != NULL, -1);

  if (self->n_series == 0)
    return -1;

  layout = _ow_yearly_painter_query_layout (self, width, height);
  /* A bar's whole slot counts, from over its figure to its year: short
   * bars stay easy to point at. */
  if (y < layout->plot.origin.y - layout->value_h || y > layout->hit_bottom)
    return -1;
  if (x < layout->plot.origin.x || x >= layout->plot.origin.x + layout->plot.size.width)
    return -1;

  k = (int) ((x - layout->plot.origin.x) / layout->group_w);
  if (k < 0 || k >= (int) self->n_years)
    return -1;
  group_x0 = layout->plot.origin.x + k * layout->group_w +
             (layout->group_w - self->n_series * layout->slot_w) / 2;
  offset = x - group_x0;
  if (offset < 0)
    return -1;
  i = (int) (offset / layout->slot_w);
  if (i >= (int) self->n_series)
    return -1;
  return k * self->n_series + i;
}

/* Words --------------------------------------------------------------------- */

/* The offer that pays the most in year K, or -1. */
static int
leader (OwYearlyPainter *self,
        guint            k)
{
  int best = -1;

  for (guint i = 0; i < self->n_series; i++)
    if (self->series[i].whole_ok[k] &&
        (best < 0 || self->series[i].whole[k][N_PARTS] > self->series[best].whole[k][N_PARTS]))
      best = i;
  return best;
}

char *
ow_yearly_painter_describe (OwYearlyPainter *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (NULL);  g_autofree char *offers = NULL;
  g_autofree char *years = NULL;
  int most = -1, least = -1;

  if (self->n_series == 0)
    return g_strdup (_("No offers to chart."));

  offers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u offer", "%u offers", self->n_series),
                            self->n_series);
  years = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years", self->n_years),
                           self->n_years);
  /* TRANSLATORS: the start of the yearly chart's description: "Yearly pay
   * of 3 offers over 4 years, …" */
  g_string_append_printf (text, _("Yearly pay of %1$s over %2$s, each bar stacked from base salary, bonus, sign-on, equity and benefits."),
                          offers, years);

  /* Few offers: every year's total, the figures of the picture.  Many: the
   * leader of each year. */
  if (self->n_series <= 6)
    {
      for (guint i = 0; i < self->n_series; i++)
        {
          const Series *series = &self->series[i];
          g_autoptr(GString) list = g_string_new (NULL);

          for (guint k = 0; k < self->n_years; k++)
            {
              g_autofree char *money = NULL;

              if (list->len > 0)
                g_string_append (list, _(", "));
              if (!series->whole_ok[k])
                {
                  /* TRANSLATORS: "too large to show in year 2" */
                  g_string_append_printf (list, _("too large to show in year %u"), k + 1);
                  continue;
                }
              money = format_whole (series->whole[k][N_PARTS], self->currency);
              /* TRANSLATORS: "$335,013 in year 1" */
              g_string_append_printf (list, _("%1$s in year %2$u"), money, k + 1);
            }
          /* TRANSLATORS: an offer's yearly totals: "Cascadia Compute:
           * $335,013 in year 1, $382,246 in year 2." */
          g_string_append_c (text, ' ');
          g_string_append_printf (text, _("%1$s: %2$s."), series->name, list->str);
        }
    }

  for (guint k = 0; k < self->n_years; k++)
    {
      int best;
      g_autofree char *money = NULL;

      /* With few offers the first and last years say enough. */
      if (self->n_series <= 6 && k != 0 && k != self->n_years - 1)
        continue;
      if (self->n_series < 2 || (best = leader (self, k)) < 0)
        continue;
      money = format_whole (self->series[best].whole[k][N_PARTS], self->currency);
      g_string_append_c (text, ' ');
      /* TRANSLATORS: "Cascadia Compute pays the most in year 4 ($519,576)." */
      g_string_append_printf (text, _("%1$s pays the most in year %2$u (%3$s)."),
                              self->series[best].name, k + 1, money);
    }

  for (guint i = 0; i < self->n_series; i++)
    {
      if (!self->series[i].horizon_ok)
        continue;
      if (most < 0 || self->series[i].horizon_whole > self->series[most].horizon_whole)
        most = i;
      if (least < 0 || self->series[i].horizon_whole < self->series[least].horizon_whole)
        least = i;
    }
  if (self->n_series > 1 && self->n_years > 1 && most >= 0 && least >= 0 && most != least)
    {
      g_autofree char *high = format_whole (self->series[most].horizon_whole, self->currency);
      g_autofree char *low = format_whole (self->series[least].horizon_whole, self->currency);

      g_string_append_c (text, ' ');
      /* TRANSLATORS: "Over all 4 years, Cascadia Compute pays the most
       * ($1,719,775) and Harborview Analytics the least ($908,276)." */
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Over all %1$u year, %2$s pays the most (%3$s) and %4$s the least (%5$s).",
                                           "Over all %1$u years, %2$s pays the most (%3$s) and %4$s the least (%5$s).",
                                           self->n_years),
                              self->n_years, self->series[most].name, high, self->series[least].name, low);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Public -------------------------------------------------------------------- */

OwYearlyPainter *
ow_yearly_painter_new (PangoContext *context)
{
  OwYearlyPainter *self;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (OwYearlyPainter, 1);
  self->context = g_object_ref (context);
  self->layout.legend = g_array_new (FALSE, TRUE, sizeof (LegendItem));
  g_array_set_clear_func (self->layout.legend, _ow_yearly_painter_legend_item_clear);
  self->layout.labels = g_array_new (FALSE, TRUE, sizeof (Label));
  g_array_set_clear_func (self->layout.labels, _ow_yearly_painter_label_clear);
  return self;
}

void
ow_yearly_painter_free (OwYearlyPainter *self)
{
  if (self == NULL)
    return;

  clear_series (self);
  g_clear_pointer (&self->layout.legend, g_array_unref);
  g_clear_pointer (&self->layout.labels, g_array_unref);
  g_clear_pointer (&self->query_font, pango_font_description_free);
  g_clear_object (&self->context);
  g_free (self);
}

const char *
ow_yearly_painter_get_title (void)
{
  return _("Pay Year by Year");
}

/**
 * ow_yearly_painter_set_session:
 * @session: (nullable): the session whose offers to chart
 */
void
ow_yearly_painter_set_session (OwYearlyPainter *self,
                               OwSession       *session)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (session == NULL || OW_IS_SESSION (session));

  reload (self, session);
}

void
ow_yearly_painter_set_font (OwYearlyPainter            *self,
                            const PangoFontDescription *font)
{
  g_return_if_fail (self != NULL);

  if (font == self->query_font ||
      (font != NULL && self->query_font != NULL && pango_font_description_equal (font, self->query_font)))
    return;

  g_clear_pointer (&self->query_font, pango_font_description_free);
  self->query_font = font != NULL ? pango_font_description_copy (font) : NULL;
  invalidate_layout (self);
}

void
ow_yearly_painter_invalidate (OwYearlyPainter *self)
{
  g_return_if_fail (self != NULL);

  invalidate_layout (self);
}

guint
ow_yearly_painter_get_n_series (OwYearlyPainter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_series;
}

void
ow_yearly_painter_get_axis (OwYearlyPainter *self,
                            double           width,
                            double           height,
                            double          *min,
                            double          *max,
                            double          *step)
{
  const Layout *layout;

  g_return_if_fail (self != NULL);

  layout = _ow_yearly_painter_query_layout (self, width, height);
  if (min)
    *min = layout->min;
  if (max)
    *max = layout->max;
  if (step)
    *step = layout->step;
}

double
ow_yearly_painter_get_value_y (OwYearlyPainter *self,
                               double           width,
                               double           height,
                               double           value)
{
  g_return_val_if_fail (self != NULL, 0);
  return _ow_yearly_painter_value_y (_ow_yearly_painter_query_layout (self, width, height), value);
}

gboolean
ow_yearly_painter_get_bar (OwYearlyPainter *self,
                           double           width,
                           double           height,
                           guint            offer,
                           guint            year,
                           graphene_rect_t *rect)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (year < 1)
    return FALSE;
  return _ow_yearly_painter_layout_bar (self, _ow_yearly_painter_query_layout (self, width, height), offer, year - 1, rect);
}

int
ow_yearly_painter_get_bar_index (OwYearlyPainter *self,
                                 guint            offer,
                                 guint            year)
{
  g_return_val_if_fail (self != NULL, -1);

  if (offer >= self->n_series || year < 1 || year > self->n_years)
    return -1;
  return (year - 1) * self->n_series + offer;
}

/**
 * ow_yearly_painter_get_point_offer:
 *
 * Returns: (transfer none) (nullable): the offer of the bar
 */
OwOffer *
ow_yearly_painter_get_point_offer (OwYearlyPainter *self,
                                   int              index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index < 0 || self->n_series == 0 || (guint) index >= self->n_series * self->n_years)
    return NULL;
  return self->series[index % self->n_series].offer;
}

/**
 * ow_yearly_painter_get_text_boxes:
 *
 * Returns: (transfer full) (element-type OwChartTextBox): every label and
 *   legend item at that size
 */
GArray *
ow_yearly_painter_get_text_boxes (OwYearlyPainter *self,
                                  double           width,
                                  double           height)
{
  const Layout *layout;
  GArray *boxes;

  g_return_val_if_fail (self != NULL, NULL);

  layout = _ow_yearly_painter_query_layout (self, width, height);
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

