/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The negotiation brief: everything a person wants on paper before a call
 * with a recruiter, drawn with cairo and Pango from the model alone.
 *
 * How it is made: ow_report_new() takes a snapshot of the session, every
 * text and figure the pages show (the comparison's cells come from
 * ow-compare-rows.c, like the Compare view's).  The pages are then a
 * "flow": one function walks the whole brief from the top, moving down the
 * page and on to the next one whenever the next line, row or heading does
 * not fit.  Counting the pages and drawing one of them are the same walk,
 * once without a cairo context and once with the context of the page to
 * draw, so the two can never disagree on where a page breaks. */
#define G_LOG_DOMAIN "ow-report"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <cairo-pdf.h>
#include <string.h>

#include "ow-checklist.h"
#include "ow-compare-rows.h"
#include "ow-format.h"
#include "ow-report.h"
#include "ow-revision.h"
#include "ow-swatches.h"
#include "ow-valuation.h"

/* Charts -------------------------------------------------------------------- */

typedef struct
{
  char              *title;
  OwReportChartFunc  draw;
  gpointer           data;
  GDestroyNotify     destroy;
} Chart;

struct _OwReportCharts
{
  GArray *charts; /* Chart */
};

static void
chart_clear (gpointer data)
{
  Chart *chart = data;

  g_free (chart->title);
  if (chart->destroy != NULL)
    chart->destroy (chart->data);
}

OwReportCharts *
ow_report_charts_new (void)
{
  OwReportCharts *self = g_atomic_rc_box_new0 (OwReportCharts);

  self->charts = g_array_new (FALSE, TRUE, sizeof (Chart));
  g_array_set_clear_func (self->charts, chart_clear);
  return self;
}

OwReportCharts *
ow_report_charts_ref (OwReportCharts *charts)
{
  g_return_val_if_fail (charts != NULL, NULL);
  return g_atomic_rc_box_acquire (charts);
}

static void
charts_free (gpointer data)
{
  OwReportCharts *self = data;

  g_array_unref (self->charts);
}

void
ow_report_charts_unref (OwReportCharts *charts)
{
  g_return_if_fail (charts != NULL);
  g_atomic_rc_box_release_full (charts, charts_free);
}

void
ow_report_charts_add (OwReportCharts    *charts,
                      const char        *title,
                      OwReportChartFunc  draw,
                      gpointer           data,
                      GDestroyNotify     destroy)
{
  Chart chart = { 0 };

  g_return_if_fail (charts != NULL);
  g_return_if_fail (draw != NULL);

  chart.title = g_strdup (title != NULL ? title : "");
  chart.draw = draw;
  chart.data = data;
  chart.destroy = destroy;
  g_array_append_val (charts->charts, chart);
}

guint
ow_report_charts_get_n (OwReportCharts *charts)
{
  g_return_val_if_fail (charts != NULL, 0);
  return charts->charts->len;
}

/* What the pages show ------------------------------------------------------- */

enum {
  CELL_BEST = 1 << 0,
  CELL_DIM  = 1 << 1,
};

/* One table of the comparison: its rows, and each cell's text. */
typedef struct
{
  GArray  *rows;       /* OwCompareRow */
  char   **texts;      /* rows->len × n_offers; NULL in heading rows */
  guint8  *flags;      /* CELL_* */
  double   cell_width; /* the widest cell as drawn, in points */
} Table;

typedef struct
{
  char     *name;      /* the company, or what stands for it */
  char     *title;     /* the job title, or "" */
  guint     slot;      /* its colour */
  gboolean  current;   /* the current job */
} Column;

typedef struct
{
  char              *question;
  OwChecklistStatus  status;
  char              *why;     /* or NULL */
  char              *answer;  /* or NULL */
} Question;

/* An entry of the PDF's outline (its bookmarks): a part and its page. */
typedef struct
{
  const char *title;    /* the report's own string, or a translation */
  guint       level;    /* 0: a part; 1: an offer in "The offers one by one" */
  guint       page;
} Mark;

typedef struct
{
  char      *heading;   /* "Cascadia Compute — Machine Learning Engineer" */
  guint      slot;
  char      *facts;     /* the deadline and the cost of leaving, one line */
  GArray    *questions; /* Question */
  char      *counter;   /* what the counter is measured against, or "No counter planned yet" */
  char      *note;      /* the counter's note, or NULL */
  GPtrArray *changes;   /* char *, one line per change */
} OfferSection;

struct _OwReport
{
  GObject          parent_instance;

  OwSession       *session;
  OwReportCharts  *charts;
  OwDate           date;
  PangoContext    *context;
  GHashTable      *heights;    /* "font width text" → double: see text_height() */
  GHashTable      *lines;      /* "font width text" → GArray of double: see text_lines() */

  char            *doc_title;
  char            *summary;    /* "3 offers compared over 4 years · figures in USD" */
  char            *baseline;   /* "Compared with Harborview Analytics, the current job", or NULL */
  guint            n_offers;
  Column          *columns;
  Table            compare;    /* pay a year on average, the totals, the differences */
  Table            years;      /* pay year by year */
  GArray          *sections;   /* OfferSection */

  /* The last pagination, and where its parts begin (the PDF's outline). */
  double           paged_width;
  double           paged_height;
  guint            n_pages;
  GArray          *outline;    /* Mark */
};

G_DEFINE_FINAL_TYPE (OwReport, ow_report, G_TYPE_OBJECT)

/* Looks ---------------------------------------------------------------------- */

/* Points.  Margins leave room for the header and footer and for the
 * hardware margins of most printers (about 6 mm). */
#define MARGIN_SIDE    50.0
#define MARGIN_TOP     62.0
#define MARGIN_BOTTOM  58.0
#define HEADER_Y       30.0
#define FOOTER_GAP     30.0   /* from the bottom edge to the footer's baseline */
#define CELL_PAD_X      5.0
#define CELL_PAD_Y      3.0
#define COLUMN_MIN     70.0
#define LABEL_MIN     110.0
#define INDENT         12.0

typedef enum {
  FONT_BODY,       /* paragraphs */
  FONT_SMALL,      /* captions, why and answer lines, the page header */
  FONT_TABLE,      /* figures and row titles */
  FONT_TABLE_BOLD, /* the best figures, column heads, heading rows */
  FONT_TITLE,      /* the brief's title */
  FONT_H2,         /* sections: "Comparison", an offer's name */
  FONT_H3,         /* "Open questions", "Planned counter" */
} Font;

static const char *const font_descriptions[] = {
  [FONT_BODY] = "Sans 9",
  [FONT_SMALL] = "Sans 7.5",
  [FONT_TABLE] = "Sans 8",
  [FONT_TABLE_BOLD] = "Sans Bold 8",
  [FONT_TITLE] = "Sans Bold 20",
  [FONT_H2] = "Sans Bold 13",
  [FONT_H3] = "Sans Bold 9.5",
};

/* Ink on white paper: near-black text, a dimmer grey for what is
 * secondary, light greys for rules and shaded rows. */
static const OwRgb ink = { 0.118, 0.118, 0.118 };
static const OwRgb dim_ink = { 0.37, 0.36, 0.39 };
static const OwRgb rule_ink = { 0.80, 0.80, 0.80 };
static const OwRgb shade = { 0.95, 0.95, 0.95 };

static void
set_colour (cairo_t     *cr,
            const OwRgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->red, rgb->green, rgb->blue);
}

static void
set_slot_colour (cairo_t *cr,
                 guint    slot)
{
  OwRgb rgb;

  /* Paper is light: the light style's shades. */
  ow_swatches_get_rgb (slot, FALSE, FALSE, &rgb);
  set_colour (cr, &rgb);
}

/* A layout of TEXT in FONT, wrapped at WIDTH points (no wrapping when
 * WIDTH ≤ 0). */
static PangoLayout *
make_layout (OwReport       *self,
             const char     *text,
             Font            font,
             double          width,
             PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *desc = pango_font_description_from_string (font_descriptions[font]);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) (logical.x + logical.width) / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

static double
text_width (OwReport   *self,
            const char *text,
            Font        font)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, font, -1, PANGO_ALIGN_LEFT);
  double width;

  layout_size (layout, &width, NULL);
  return width;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Building the snapshot ------------------------------------------------------ */

static const char *
offer_name (OwOffer *offer)
{
  const char *company = ow_offer_get_company (offer);
  const char *title = ow_offer_get_title (offer);

  return *company ? company : *title ? title : _("Unnamed offer");
}

static void
table_clear (Table    *table,
             guint     n_offers)
{
  if (table->texts != NULL)
    for (guint i = 0; i < table->rows->len * n_offers; i++)
      g_free (table->texts[i]);
  g_clear_pointer (&table->texts, g_free);
  g_clear_pointer (&table->flags, g_free);
  g_clear_pointer (&table->rows, g_array_unref);
}

/* Fills TABLE's cells the way the Compare view fills its own: the same
 * figures (ow_compare_row_compute), the same best marks, the same texts. */
static void
table_fill (OwReport    *self,
            Table       *table,
            OwValuation *valuation)
{
  OwDocument *document = valuation->document;
  const char *currency = ow_document_get_display_currency (document);
  guint digits = ow_format_currency_digits (currency);
  OwOffer *current = ow_document_get_current_job (document);
  const OwOfferValue *baseline = current != NULL ? ow_valuation_find (valuation, current) : NULL;
  guint n = self->n_offers;
  g_autofree OwCompareValueState *states = g_new0 (OwCompareValueState, MAX (n, 1));
  g_autofree gint64 *values = g_new0 (gint64, MAX (n, 1));
  g_autofree gboolean *best = g_new0 (gboolean, MAX (n, 1));

  table->texts = g_new0 (char *, (gsize) table->rows->len * n + 1);
  table->flags = g_new0 (guint8, (gsize) table->rows->len * n + 1);
  table->cell_width = 0;

  for (guint r = 0; r < table->rows->len; r++)
    {
      const OwCompareRow *row = &g_array_index (table->rows, OwCompareRow, r);

      if (ow_compare_row_is_heading (row))
        continue;

      for (guint c = 0; c < n; c++)
        {
          /* The valuation lists the offers in the document's order. */
          const OwOfferValue *value = c < valuation->n_offers ? &valuation->offers[c] : NULL;

          values[c] = 0;
          states[c] = ow_compare_row_compute (row, valuation, value, baseline, digits, &values[c]);
        }
      ow_compare_row_mark_best (row, n, states, values, best);

      for (guint c = 0; c < n; c++)
        {
          guint i = r * n + c;
          g_autofree char *text = ow_compare_row_format (row, states[c], values[c], digits, currency);
          double width;

          /* Figures that are nothing recede, as on screen. */
          if (states[c] != OW_COMPARE_VALUE_OK ||
              (values[c] == 0 && row->kind != OW_COMPARE_ROW_EQUITY_SHARE))
            table->flags[i] |= CELL_DIM;
          if (best[c])
            {
              table->flags[i] |= CELL_BEST;
              /* The star says "best" where bold alone would not carry
               * (a black-and-white copy, a quick glance). */
              table->texts[i] = g_strdup_printf ("★ %s", text);
            }
          else
            table->texts[i] = g_steal_pointer (&text);

          width = text_width (self, table->texts[i], best[c] ? FONT_TABLE_BOLD : FONT_TABLE);
          table->cell_width = MAX (table->cell_width, width);
        }
    }
}

/* The year-by-year table: the pay rows of each year and the yearly
 * differences to the current job; the totals are in the first table. */
static GArray *
year_rows (OwValuation *valuation)
{
  OwCompareRowsSpec spec;
  g_autoptr(GArray) all = ow_compare_rows_new ();
  GArray *rows = ow_compare_rows_new ();
  gboolean in_totals = FALSE;

  ow_compare_rows_spec_init (&spec, valuation, OW_COMPARE_PERIOD_YEARS);
  ow_compare_rows_add (all, &spec);

  for (guint r = 0; r < all->len; r++)
    {
      OwCompareRow *row = &g_array_index (all, OwCompareRow, r);
      gboolean keep;

      if (row->kind == OW_COMPARE_ROW_HEADING)
        in_totals = g_str_equal (row->id, "heading/totals");
      if (in_totals)
        continue;
      keep = row->kind == OW_COMPARE_ROW_HEADING || row->kind == OW_COMPARE_ROW_SUBHEADING ||
             row->kind == OW_COMPARE_ROW_COMPONENT ||
             (row->kind == OW_COMPARE_ROW_DIFF_TOTAL && row->period >= 1);
      if (!keep)
        continue;

      /* Moved, not copied: the strings now belong to ROWS. */
      g_array_append_val (rows, *row);
      memset (row, 0, sizeof *row);
    }
  return rows;
}

static char *
leave_cost_text (OwDocument *document,
                 OwOffer    *offer)
{
  const char *currency = ow_document_get_display_currency (document);
  OwDate start = ow_offer_get_start_date (offer);
  OwLeaveCost cost = { 0 };
  g_autofree char *date = NULL;
  g_autofree char *forfeited = NULL;
  g_autofree char *owed = NULL;
  char *text;

  if (start == OW_DATE_NONE)
    return g_strdup (_("Leaving early: no start date to count from"));

  ow_valuation_leave_cost (document, offer, ow_date_add_months (start, 12), &cost);
  date = ow_format_date (ow_date_add_months (start, 12));
  if (cost.overflow)
    /* TRANSLATORS: %s is a date */
    text = g_strdup_printf (_("Leaving after 12 months (%s): too large to compute"), date);
  else
    {
      forfeited = ow_format_money (&cost.forfeited_value, currency);
      owed = ow_format_money (&cost.clawback_owed, currency);
      /* TRANSLATORS: what leaving a year after starting costs: "Leaving
       * after 12 months (Jan 4, 2028): $250,000.00 of unvested equity
       * forfeited, $40,000.00 of sign-on bonus owed back" */
      text = g_strdup_printf (_("Leaving after 12 months (%s): %s of unvested equity forfeited, "
                                "%s of sign-on bonus owed back"),
                              date, forfeited, owed);
    }
  ow_leave_cost_clear (&cost);
  return text;
}

static char *
change_side (OwDocument             *document,
             OwOffer                *offer,
             const OwRevisionChange *change,
             gboolean                newer)
{
  const char *text = newer ? change->new_text : change->old_text;
  gint64 value = newer ? change->new_value : change->old_value;

  if (text == NULL)
    /* TRANSLATORS: a figure of a counteroffer that one side leaves out */
    return g_strdup (_("not given"));

  switch (change->kind)
    {
    case OW_FIELD_MONEY:
      return ow_format_money_cents (value, ow_document_get_offer_currency (document, offer));
    case OW_FIELD_PERCENT:
      return ow_format_percent (value);
    case OW_FIELD_MICRO:
      return ow_format_units (value);
    case OW_FIELD_INT:
      return ow_format_amount (value, 0, 0);
    case OW_FIELD_DATE:
      return ow_format_date ((OwDate) value);
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
    case OW_FIELD_BOOL:
    case OW_FIELD_ENUM:
    default:
      return *text ? g_strdup (text) : g_strdup (_("not given"));
    }
}

/* The planned counter: the offer's latest revision of kind "countered",
 * as the changes it asks for.  They are measured against the employer's
 * figures it answers (the latest received or revised figures before it in
 * the log), or, when the log has none before it, against the offer's own
 * figures, which are always the latest ones. */
static void
add_counter (OfferSection *section,
             OwDocument   *document,
             OwOffer      *offer)
{
  GListModel *log = ow_offer_get_revisions (offer);
  guint n = log != NULL ? g_list_model_get_n_items (log) : 0;
  g_autoptr(OwRevision) counter = NULL;
  g_autoptr(OwRevision) before = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *counter_date = NULL;
  OwOffer *older;

  for (guint i = n; i > 0 && counter == NULL; i--)
    {
      g_autoptr(OwRevision) revision = g_list_model_get_item (log, i - 1);

      if (ow_revision_get_kind (revision) != OW_REVISION_KIND_COUNTERED)
        continue;
      counter = g_steal_pointer (&revision);
      for (guint j = i - 1; j > 0 && before == NULL; j--)
        {
          g_autoptr(OwRevision) earlier = g_list_model_get_item (log, j - 1);

          if (ow_revision_get_kind (earlier) != OW_REVISION_KIND_COUNTERED)
            before = g_steal_pointer (&earlier);
        }
    }

  section->changes = g_ptr_array_new_with_free_func (g_free);
  if (counter == NULL)
    {
      section->counter = g_strdup (_("No counter planned yet."));
      return;
    }

  counter_date = ow_format_date (ow_revision_get_date (counter));
  if (before != NULL)
    {
      g_autofree char *before_date = ow_format_date (ow_revision_get_date (before));

      older = ow_revision_get_offer (before);
      section->counter = g_strdup_printf (ow_revision_get_kind (before) == OW_REVISION_KIND_RECEIVED
                                          /* TRANSLATORS: two dates */
                                          ? _("Countered on %s, against the figures received on %s:")
                                          /* TRANSLATORS: two dates */
                                          : _("Countered on %s, against the figures revised on %s:"),
                                          counter_date, before_date);
    }
  else
    {
      older = offer;
      /* TRANSLATORS: a date */
      section->counter = g_strdup_printf (_("Countered on %s, against the offer’s latest figures:"), counter_date);
    }

  if (*ow_revision_get_note (counter))
    section->note = g_strdup (ow_revision_get_note (counter));

  changes = ow_revision_diff (older, ow_revision_get_offer (counter));
  for (guint i = 0; i < changes->len; i++)
    {
      const OwRevisionChange *change = g_ptr_array_index (changes, i);
      g_autofree char *from = change_side (document, older, change, FALSE);
      g_autofree char *to = change_side (document, ow_revision_get_offer (counter), change, TRUE);

      /* TRANSLATORS: one change a counteroffer asks for: "Base salary:
       * $180,000.00 → $210,000.00" */
      g_ptr_array_add (section->changes, g_strdup_printf (_("%s: %s → %s"), change->label, from, to));
    }
  if (changes->len == 0)
    g_ptr_array_add (section->changes, g_strdup (_("The counter asks for the same figures.")));
}

static void
question_clear (gpointer data)
{
  Question *q = data;

  g_free (q->question);
  g_free (q->why);
  g_free (q->answer);
}

static void
section_clear (gpointer data)
{
  OfferSection *section = data;

  g_free (section->heading);
  g_free (section->facts);
  g_clear_pointer (&section->questions, g_array_unref);
  g_free (section->counter);
  g_free (section->note);
  g_clear_pointer (&section->changes, g_ptr_array_unref);
}

static void
add_section (OwReport   *self,
             OwDocument *document,
             OwOffer    *offer,
             guint       slot)
{
  OfferSection section = { 0 };
  g_autoptr(GPtrArray) entries = ow_checklist_build (document, offer);
  const char *title = ow_offer_get_title (offer);
  g_autofree char *leave = leave_cost_text (document, offer);
  g_autofree char *first = NULL;

  section.slot = slot;
  section.heading = *ow_offer_get_company (offer) && *title
                    ? g_strdup_printf ("%s — %s", ow_offer_get_company (offer), title)
                    : g_strdup (offer_name (offer));

  if (ow_offer_get_current_job (offer))
    first = g_strdup (_("The current job: the baseline of the comparison"));
  else if (ow_offer_get_deadline (offer) != OW_DATE_NONE)
    {
      g_autofree char *deadline = ow_format_date (ow_offer_get_deadline (offer));

      /* TRANSLATORS: the offer's answer deadline, a date */
      first = g_strdup_printf (_("Answer by %s"), deadline);
    }
  else
    first = g_strdup (_("No answer deadline set"));
  section.facts = g_strdup_printf ("%s · %s", first, leave);

  /* The questions still to settle: open, or asked and waiting for an
   * answer. */
  section.questions = g_array_new (FALSE, TRUE, sizeof (Question));
  g_array_set_clear_func (section.questions, question_clear);
  for (guint i = 0; i < entries->len; i++)
    {
      const OwChecklistEntry *entry = g_ptr_array_index (entries, i);
      OwChecklistStatus status = ow_checklist_entry_get_status (entry);
      const char *answer = ow_checklist_entry_get_answer (entry);
      Question q = { 0 };

      if (status != OW_CHECKLIST_STATUS_OPEN && status != OW_CHECKLIST_STATUS_ASKED)
        continue;
      q.question = g_strdup (entry->question);
      q.status = status;
      q.why = entry->kind == OW_CHECKLIST_KIND_RAISED && entry->why != NULL ? g_strdup (entry->why) : NULL;
      q.answer = answer != NULL && *answer ? g_strdup (answer) : NULL;
      g_array_append_val (section.questions, q);
    }

  add_counter (&section, document, offer);
  g_array_append_val (self->sections, section);
}

static void
build (OwReport *self)
{
  OwDocument *document = ow_session_get_document (self->session);
  OwValuation *valuation = ow_session_get_valuation (self->session);
  OwOffer *current = ow_document_get_current_job (document);
  const char *currency = ow_document_get_display_currency (document);
  OwCompareRowsSpec spec;

  self->n_offers = ow_document_get_n_offers (document);

  /* TRANSLATORS: under the brief's title: "3 offers compared over 4 years
   * · figures in USD"; the first %u is the number of offers */
  {
    g_autofree char *offers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u offer", "%u offers",
                                                            self->n_offers),
                                               self->n_offers);
    g_autofree char *years = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "compared over %u year",
                                                           "compared over %u years", valuation->horizon_years),
                                              valuation->horizon_years);
    /* TRANSLATORS: "3 offers", "compared over 4 years", a currency code */
    self->summary = g_strdup_printf (_("%s %s · figures in %s"), offers, years, currency);
  }
  if (current != NULL)
    /* TRANSLATORS: a heading of the comparison; %s is the current
     * job's company */
    self->baseline = g_strdup_printf (_("Compared with %s, the current job"), offer_name (current));

  self->columns = g_new0 (Column, MAX (self->n_offers, 1));
  self->sections = g_array_new (FALSE, TRUE, sizeof (OfferSection));
  g_array_set_clear_func (self->sections, section_clear);

  for (guint c = 0; c < self->n_offers; c++)
    {
      OwOffer *offer = ow_document_get_offer (document, c);
      Column *column = &self->columns[c];

      column->name = g_strdup (*ow_offer_get_company (offer) ? ow_offer_get_company (offer) : offer_name (offer));
      column->title = g_strdup (*ow_offer_get_company (offer) ? ow_offer_get_title (offer) : "");
      column->slot = ow_session_get_offer_slot (self->session, offer);
      column->current = offer == current;
      add_section (self, document, offer, column->slot);
    }

  /* The comparison as the Compare view shows it for "a year, on
   * average": each part of the pay annualized, then every total. */
  ow_compare_rows_spec_init (&spec, valuation, OW_COMPARE_PERIOD_ANNUALIZED);
  self->compare.rows = ow_compare_rows_new ();
  ow_compare_rows_add (self->compare.rows, &spec);
  table_fill (self, &self->compare, valuation);

  self->years.rows = year_rows (valuation);
  table_fill (self, &self->years, valuation);
}

/* The flow ----------------------------------------------------------------- */

typedef struct
{
  OwReport *report;
  cairo_t  *cr;       /* NULL while only counting pages */
  guint     target;   /* the page to draw */
  double    width;    /* the page */
  double    height;
  double    left;     /* the text area */
  double    right;
  double    top;
  double    bottom;
  double    y;
  guint     page;     /* the page being filled, from 0 */
} Flow;

/* The context to draw with, or NULL while the flow is on another page. */
static cairo_t *
flow_cr (Flow *f)
{
  return f->cr != NULL && f->page == f->target ? f->cr : NULL;
}

/* Once the page to draw is done, the rest of the walk can be skipped. */
static gboolean
flow_done (Flow *f)
{
  return f->cr != NULL && f->page > f->target;
}

static void
flow_break (Flow *f)
{
  f->page++;
  f->y = f->top;
}

/* Notes that TITLE begins on the page being filled, for the outline; only
 * while counting the pages, which every pagination starts with. */
static void
flow_mark (Flow       *f,
           const char *title,
           guint       level)
{
  Mark mark = { title, level, f->page };

  if (f->cr == NULL)
    g_array_append_val (f->report->outline, mark);
}

static gboolean
flow_fits (Flow   *f,
           double  height)
{
  return f->y + height <= f->bottom + 0.001;
}

/* Starts a new page unless HEIGHT fits on this one.  What is taller than a
 * whole page starts at the top of one and is cut by the caller. */
static void
flow_need (Flow   *f,
           double  height)
{
  if (!flow_fits (f, height) && f->y > f->top + 0.001)
    flow_break (f);
}

/* The height of each line of TEXT in FONT at WIDTH, kept like the heights
 * below: a walk that only passes by a paragraph needs no layout of it. */
static GArray *
text_lines (OwReport   *self,
            const char *text,
            Font        font,
            double      width)
{
  g_autofree char *key = g_strdup_printf ("%d %.3f %s", font, width, text);
  GArray *lines = g_hash_table_lookup (self->lines, key);
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;

  if (lines != NULL)
    return lines;

  lines = g_array_new (FALSE, FALSE, sizeof (double));
  layout = make_layout (self, text, font, width, PANGO_ALIGN_LEFT);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      double height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = (double) logical.height / PANGO_SCALE;
      g_array_append_val (lines, height);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  g_hash_table_insert (self->lines, g_steal_pointer (&key), lines);
  return lines;
}

/* Text across the width at X: line by line, so that a long paragraph goes
 * on on the next page instead of running off this one. */
static void
flow_text (Flow        *f,
           const char  *text,
           Font         font,
           const OwRgb *colour,
           double       x,
           double       space_after)
{
  GArray *lines = text_lines (f->report, text, font, f->right - x);
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter = NULL;
  guint at = 0; /* the line ITER is on */

  for (guint i = 0; i < lines->len; i++)
    {
      double height = g_array_index (lines, double, i);
      cairo_t *cr;

      flow_need (f, height);
      if ((cr = flow_cr (f)) != NULL)
        {
          PangoRectangle logical;
          double baseline;

          /* Laid out only when a line of it is on the page drawn. */
          if (layout == NULL)
            {
              layout = make_layout (f->report, text, font, f->right - x, PANGO_ALIGN_LEFT);
              iter = pango_layout_get_iter (layout);
            }
          for (; at < i; at++)
            pango_layout_iter_next_line (iter);

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          baseline = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
          set_colour (cr, colour);
          cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE, f->y + baseline);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      f->y += height;
    }

  g_clear_pointer (&iter, pango_layout_iter_free);
  f->y += space_after;
}

/* How tall TEXT is in FONT at WIDTH.  Every walk of the flow asks again
 * for the same texts (each page drawn walks the brief up to that page), so
 * the answers are kept: shaping text is what the walk costs. */
static double
text_height (OwReport   *self,
             const char *text,
             Font        font,
             double      width)
{
  g_autofree char *key = g_strdup_printf ("%d %.3f %s", font, width, text);
  gpointer known = g_hash_table_lookup (self->heights, key);
  g_autoptr(PangoLayout) layout = NULL;
  double *height;

  if (known != NULL)
    return *(double *) known;

  layout = make_layout (self, text, font, width, PANGO_ALIGN_LEFT);
  height = g_new (double, 1);
  layout_size (layout, NULL, height);
  g_hash_table_insert (self->heights, g_steal_pointer (&key), height);
  return *height;
}

/* The height of one line of FONT: what must fit for a paragraph to start
 * on this page. */
static double
line_height (OwReport *self,
             Font      font)
{
  return text_height (self, "X", font, -1);
}

/* A heading that is never left alone at the bottom of a page: FOLLOWING
 * is the height of what must come with it. */
static void
flow_heading (Flow       *f,
              const char *text,
              Font        font,
              double      space_before,
              double      following)
{
  double height = text_height (f->report, text, font, f->right - f->left);

  if (f->y > f->top + 0.001)
    f->y += space_before;
  flow_need (f, height + 4 + following);
  flow_text (f, text, font, &ink, f->left, 4);
}

/* Tables ------------------------------------------------------------------- */

/* One band of a table: the offers FIRST … FIRST + N − 1 side by side. */
typedef struct
{
  Table  *table;
  guint   first;
  guint   n;
  double  label_width;
  double  column_width;
} Band;

/* What a row's title says: the heading of the differences names the
 * current job, as on screen. */
static const char *
row_title (OwReport           *self,
           const OwCompareRow *row)
{
  if (row->kind == OW_COMPARE_ROW_HEADING && self->baseline != NULL && g_str_equal (row->id, "heading/vs-current"))
    return self->baseline;
  return row->title;
}

/* How wide a row's title may be: a heading row's runs across the table,
 * over the empty cells; the others stay in the first column. */
static double
row_title_width (const Band         *band,
                 const OwCompareRow *row)
{
  if (ow_compare_row_is_heading (row))
    return band->label_width + band->n * band->column_width - CELL_PAD_X * 2;
  return band->label_width - CELL_PAD_X * 2 - (row->indent ? INDENT : 0);
}

static double
row_height (Flow               *f,
            const Band         *band,
            const OwCompareRow *row)
{
  OwReport *self = f->report;
  double label = row_title_width (band, row);
  double height;

  height = text_height (self, row_title (self, row),
                        ow_compare_row_is_heading (row) ? FONT_TABLE_BOLD : FONT_TABLE, label);
  if (row->caption != NULL)
    height += text_height (self, row->caption, FONT_SMALL, label);
  return height + CELL_PAD_Y * 2;
}

/* A column's heading: the company in bold, the job title under it and
 * "Current job" for the baseline, each cut short (…) after a few lines, so
 * that no name, however long, pushes the table off the page. */
typedef enum {
  HEAD_NAME,
  HEAD_TITLE,
  HEAD_TAG,
} HeadPart;

static PangoLayout *
head_layout (OwReport     *self,
             const Column *column,
             HeadPart      part,
             double        width)
{
  PangoLayout *layout;

  switch (part)
    {
    case HEAD_NAME:
      layout = make_layout (self, column->name, FONT_TABLE_BOLD, width, PANGO_ALIGN_RIGHT);
      pango_layout_set_height (layout, -3);
      break;
    case HEAD_TITLE:
      layout = make_layout (self, column->title, FONT_SMALL, width, PANGO_ALIGN_RIGHT);
      pango_layout_set_height (layout, -2);
      break;
    case HEAD_TAG:
    default:
      layout = make_layout (self, _("Current job"), FONT_SMALL, width, PANGO_ALIGN_RIGHT);
      pango_layout_set_height (layout, -1);
      break;
    }
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static gboolean
head_has (const Column *column,
          HeadPart      part)
{
  return part == HEAD_NAME || (part == HEAD_TITLE && *column->title) || (part == HEAD_TAG && column->current);
}

static double
header_height (Flow       *f,
               const Band *band)
{
  OwReport *self = f->report;
  double inner = band->column_width - CELL_PAD_X * 2;
  double tallest = 0;

  for (guint c = band->first; c < band->first + band->n; c++)
    {
      const Column *column = &self->columns[c];
      double height = 0;

      for (HeadPart part = HEAD_NAME; part <= HEAD_TAG; part++)
        if (head_has (column, part))
          {
            g_autoptr(PangoLayout) layout = head_layout (self, column, part, inner);
            double h;

            layout_size (layout, NULL, &h);
            height += h;
          }
      tallest = MAX (tallest, height);
    }
  /* The colour bar above the names, and the padding. */
  return tallest + 4 + CELL_PAD_Y * 3;
}

static void
draw_header (Flow       *f,
             const Band *band,
             double      height)
{
  OwReport *self = f->report;
  cairo_t *cr = flow_cr (f);
  double inner = band->column_width - CELL_PAD_X * 2;

  if (cr != NULL)
    for (guint c = band->first; c < band->first + band->n; c++)
      {
        const Column *column = &self->columns[c];
        double x = f->left + band->label_width + (c - band->first) * band->column_width;
        double y = f->y + CELL_PAD_Y;

        /* The offer's colour, as in the charts and on screen. */
        set_slot_colour (cr, column->slot);
        cairo_rectangle (cr, x + CELL_PAD_X, y, inner, 3);
        cairo_fill (cr);
        y += 4 + CELL_PAD_Y;

        for (HeadPart part = HEAD_NAME; part <= HEAD_TAG; part++)
          if (head_has (column, part))
            {
              g_autoptr(PangoLayout) layout = head_layout (self, column, part, inner);
              double h;

              set_colour (cr, part == HEAD_NAME ? &ink : &dim_ink);
              show_layout (cr, layout, x + CELL_PAD_X, y);
              layout_size (layout, NULL, &h);
              y += h;
            }
      }

  if (cr != NULL)
    {
      /* A firm rule under the names. */
      set_colour (cr, &ink);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, f->left, f->y + height - 0.4);
      cairo_line_to (cr, f->left + band->label_width + band->n * band->column_width, f->y + height - 0.4);
      cairo_stroke (cr);
    }
  f->y += height;
}

static void
draw_row (Flow               *f,
          const Band         *band,
          const OwCompareRow *row,
          guint               r,
          double              height)
{
  OwReport *self = f->report;
  Table *table = band->table;
  cairo_t *cr = flow_cr (f);
  double right = f->left + band->label_width + band->n * band->column_width;
  double label_x = f->left + CELL_PAD_X + (row->indent ? INDENT : 0);
  double label = row_title_width (band, row);
  gboolean heading = ow_compare_row_is_heading (row);
  const char *title = row_title (self, row);
  g_autoptr(PangoLayout) title_layout = NULL;
  double y = f->y + CELL_PAD_Y;
  double h;

  if (cr == NULL)
    {
      f->y += height;
      return;
    }

  if (row->kind == OW_COMPARE_ROW_HEADING)
    {
      set_colour (cr, &shade);
      cairo_rectangle (cr, f->left, f->y, right - f->left, height);
      cairo_fill (cr);
    }

  title_layout = make_layout (self, title, heading ? FONT_TABLE_BOLD : FONT_TABLE, label, PANGO_ALIGN_LEFT);
  set_colour (cr, &ink);
  show_layout (cr, title_layout, label_x, y);
  layout_size (title_layout, NULL, &h);
  if (row->caption != NULL)
    {
      g_autoptr(PangoLayout) caption = make_layout (self, row->caption, FONT_SMALL, label, PANGO_ALIGN_LEFT);

      set_colour (cr, &dim_ink);
      show_layout (cr, caption, label_x, y + h);
    }

  if (!heading)
    for (guint c = band->first; c < band->first + band->n; c++)
      {
        guint i = r * self->n_offers + c;
        double x = f->left + band->label_width + (c - band->first) * band->column_width + CELL_PAD_X;
        gboolean best = (table->flags[i] & CELL_BEST) != 0;
        g_autoptr(PangoLayout) cell = make_layout (self, table->texts[i], best ? FONT_TABLE_BOLD : FONT_TABLE,
                                                   band->column_width - CELL_PAD_X * 2, PANGO_ALIGN_RIGHT);

        set_colour (cr, (table->flags[i] & CELL_DIM) != 0 ? &dim_ink : &ink);
        show_layout (cr, cell, x, y);
      }

  /* A hairline between rows, to follow a row across. */
  set_colour (cr, &rule_ink);
  cairo_set_line_width (cr, 0.4);
  cairo_move_to (cr, f->left, f->y + height - 0.2);
  cairo_line_to (cr, right, f->y + height - 0.2);
  cairo_stroke (cr);

  f->y += height;
}

/* Draws TABLE under HEADING, in as many bands of offers as it takes for
 * every column to fit across the page; a band whose rows do not fit down
 * the page goes on on the next, under its column headings again. */
static void
flow_table (Flow       *f,
            Table      *table,
            const char *heading)
{
  OwReport *self = f->report;
  double width = f->right - f->left;
  double label_natural = 0;
  double column_min;
  guint per_band, n_bands;

  if (self->n_offers == 0)
    return;

  /* The row titles take what they need, within limits: a long title wraps
   * rather than squeeze the figures. */
  for (guint r = 0; r < table->rows->len; r++)
    {
      const OwCompareRow *row = &g_array_index (table->rows, OwCompareRow, r);

      if (ow_compare_row_is_heading (row))
        continue;
      label_natural = MAX (label_natural, text_width (self, row->title, FONT_TABLE) + (row->indent ? INDENT : 0));
      if (row->caption != NULL)
        label_natural = MAX (label_natural, text_width (self, row->caption, FONT_SMALL));
    }
  label_natural = CLAMP (label_natural + CELL_PAD_X * 2, LABEL_MIN, width * 0.36);

  /* Every column is as wide as the widest figure, so no figure is ever
   * cut; as many as fit go side by side, the rest in further bands of the
   * same size. */
  column_min = MAX (COLUMN_MIN, table->cell_width + CELL_PAD_X * 2);
  per_band = (guint) MAX (1.0, floor ((width - label_natural) / column_min));
  n_bands = (self->n_offers + per_band - 1) / per_band;
  per_band = (self->n_offers + n_bands - 1) / n_bands;

  for (guint b = 0; b < n_bands && !flow_done (f); b++)
    {
      Band band = { 0 };
      g_autofree char *title = NULL;
      double head, first_row;

      band.table = table;
      band.first = b * per_band;
      band.n = MIN (per_band, self->n_offers - band.first);
      band.label_width = label_natural;
      band.column_width = MIN ((width - label_natural) / band.n, column_min * 2.2);

      if (n_bands > 1)
        /* TRANSLATORS: a table's heading when the offers take several
         * bands: "Comparison, offers 1–5 of 20" */
        title = g_strdup_printf (_("%s, offers %u–%u of %u"), heading, band.first + 1, band.first + band.n,
                                 self->n_offers);
      else
        title = g_strdup (heading);

      head = header_height (f, &band);
      first_row = row_height (f, &band, &g_array_index (table->rows, OwCompareRow, 0));
      flow_heading (f, title, FONT_H2, 14, head + first_row * 2);
      if (b == 0)
        flow_mark (f, heading, 0);
      draw_header (f, &band, head);

      for (guint r = 0; r < table->rows->len && !flow_done (f); r++)
        {
          const OwCompareRow *row = &g_array_index (table->rows, OwCompareRow, r);
          double height = row_height (f, &band, row);
          double with = height;

          /* A heading row comes with the row under it. */
          if (ow_compare_row_is_heading (row) && r + 1 < table->rows->len)
            with += row_height (f, &band, &g_array_index (table->rows, OwCompareRow, r + 1));

          if (!flow_fits (f, with))
            {
              g_autofree char *continued = NULL;

              flow_break (f);
              /* TRANSLATORS: a table's heading on the pages after its first */
              continued = g_strdup_printf (_("%s (continued)"), title);
              flow_text (f, continued, FONT_H3, &dim_ink, f->left, 4);
              draw_header (f, &band, head);
            }
          draw_row (f, &band, row, r, height);
        }
    }
}

/* The other parts -------------------------------------------------------- */

static void
flow_title (Flow *f)
{
  OwReport *self = f->report;

  flow_text (f, _("Negotiation brief"), FONT_TITLE, &ink, f->left, 4);
  flow_text (f, self->doc_title, FONT_BODY, &ink, f->left, 2);
  flow_text (f, self->summary, FONT_BODY, &dim_ink, f->left, 6);

  if (self->n_offers == 0)
    flow_text (f, _("This document has no offers yet."), FONT_BODY, &ink, f->left, 0);
}

static void
flow_charts (Flow *f)
{
  OwReport *self = f->report;
  double width = f->right - f->left;
  double chart_height;

  if (self->charts == NULL || self->charts->charts->len == 0 || self->n_offers == 0)
    return;

  /* Charts begin a page of their own, two to a page. */
  flow_break (f);
  flow_mark (f, _("Charts"), 0);
  flow_text (f, _("Charts"), FONT_H2, &ink, f->left, 6);
  chart_height = MIN (width * 0.62, (f->bottom - f->top) / 2 - 40);

  for (guint i = 0; i < self->charts->charts->len && !flow_done (f); i++)
    {
      const Chart *chart = &g_array_index (self->charts->charts, Chart, i);
      cairo_t *cr;

      flow_heading (f, chart->title, FONT_H3, 10, chart_height);
      if ((cr = flow_cr (f)) != NULL)
        {
          cairo_save (cr);
          cairo_translate (cr, f->left, f->y);
          cairo_rectangle (cr, 0, 0, width, chart_height);
          cairo_clip (cr);
          chart->draw (cr, width, chart_height, chart->data);
          cairo_restore (cr);
        }
      f->y += chart_height;
    }
}

static void
flow_section (Flow               *f,
              const OfferSection *section)
{
  OwReport *self = f->report;
  double width = f->right - f->left;
  double heading_height = text_height (self, section->heading, FONT_H2, width - 10);
  double facts_height = text_height (self, section->facts, FONT_BODY, width);
  cairo_t *cr;

  /* Each offer begins with its name, its colour beside it, and the line
   * of facts, kept together. */
  if (f->y > f->top + 0.001)
    f->y += 18;
  flow_need (f, heading_height + facts_height + 30);
  if ((cr = flow_cr (f)) != NULL)
    {
      set_slot_colour (cr, section->slot);
      cairo_rectangle (cr, f->left, f->y + 2, 4, heading_height - 4);
      cairo_fill (cr);
    }
  flow_mark (f, section->heading, 1);
  flow_text (f, section->heading, FONT_H2, &ink, f->left + 10, 3);
  flow_text (f, section->facts, FONT_BODY, &dim_ink, f->left, 6);

  {
    /* TRANSLATORS: a heading, with how many questions are still to settle */
    g_autofree char *heading = g_strdup_printf (_("Open questions (%u)"), section->questions->len);

    flow_heading (f, heading, FONT_H3, 4, line_height (self, FONT_BODY));
  }
  if (section->questions->len == 0)
    flow_text (f, _("Every question is answered or set aside."), FONT_BODY, &ink, f->left, 2);

  for (guint i = 0; i < section->questions->len && !flow_done (f); i++)
    {
      const Question *q = &g_array_index (section->questions, Question, i);
      g_autofree char *line = g_strdup_printf ("%s  (%s)", q->question,
                                               ow_enum_to_label (OW_TYPE_CHECKLIST_STATUS, q->status));
      double line_height = text_height (self, line, FONT_BODY, width - INDENT);

      flow_need (f, MIN (line_height, f->bottom - f->top));
      if ((cr = flow_cr (f)) != NULL)
        {
          g_autoptr(PangoLayout) bullet = make_layout (self, "•", FONT_BODY, -1, PANGO_ALIGN_LEFT);

          set_colour (cr, &ink);
          show_layout (cr, bullet, f->left + 2, f->y);
        }
      flow_text (f, line, FONT_BODY, &ink, f->left + INDENT, 1);
      if (q->why != NULL)
        {
          /* TRANSLATORS: why the checklist raised a question */
          g_autofree char *why = g_strdup_printf (_("Why: %s"), q->why);
          flow_text (f, why, FONT_SMALL, &dim_ink, f->left + INDENT, 1);
        }
      if (q->answer != NULL)
        {
          /* TRANSLATORS: what the person has learnt so far */
          g_autofree char *answer = g_strdup_printf (_("Answer so far: %s"), q->answer);
          flow_text (f, answer, FONT_SMALL, &dim_ink, f->left + INDENT, 1);
        }
      f->y += 2;
    }

  flow_heading (f, _("Planned counter"), FONT_H3, 6, line_height (self, FONT_BODY));
  flow_text (f, section->counter, FONT_BODY, &ink, f->left, 2);
  if (section->note != NULL)
    {
      /* TRANSLATORS: the note kept with a counteroffer */
      g_autofree char *note = g_strdup_printf (_("Note: %s"), section->note);
      flow_text (f, note, FONT_SMALL, &dim_ink, f->left, 2);
    }
  for (guint i = 0; i < section->changes->len && !flow_done (f); i++)
    {
      const char *change = g_ptr_array_index (section->changes, i);

      flow_need (f, line_height (self, FONT_BODY));
      if ((cr = flow_cr (f)) != NULL)
        {
          g_autoptr(PangoLayout) bullet = make_layout (self, "•", FONT_BODY, -1, PANGO_ALIGN_LEFT);

          set_colour (cr, &ink);
          show_layout (cr, bullet, f->left + 2, f->y);
        }
      flow_text (f, change, FONT_BODY, &ink, f->left + INDENT, 1);
    }
}

/* The whole brief, from the top of the first page. */
static void
flow_all (Flow *f)
{
  OwReport *self = f->report;

  flow_title (f);
  if (self->n_offers > 0)
    {
      flow_table (f, &self->compare, _("Comparison"));
      if (!flow_done (f))
        flow_table (f, &self->years, _("Year by year"));
    }
  if (!flow_done (f))
    flow_charts (f);

  if (self->sections->len > 0 && !flow_done (f))
    {
      /* The offers one by one begin on a page of their own. */
      flow_break (f);
      flow_mark (f, _("The offers one by one"), 0);
      flow_text (f, _("The offers one by one"), FONT_H2, &ink, f->left, 4);
      for (guint i = 0; i < self->sections->len && !flow_done (f); i++)
        flow_section (f, &g_array_index (self->sections, OfferSection, i));
    }
}

static void
flow_init (Flow     *f,
           OwReport *self,
           cairo_t  *cr,
           guint     target,
           double    width,
           double    height)
{
  memset (f, 0, sizeof *f);
  f->report = self;
  f->cr = cr;
  f->target = target;
  f->width = width;
  f->height = height;
  f->left = MARGIN_SIDE;
  f->right = width - MARGIN_SIDE;
  f->top = MARGIN_TOP;
  f->bottom = height - MARGIN_BOTTOM;
  f->y = f->top;
}

/* Pages --------------------------------------------------------------------- */

static gboolean
size_usable (double width,
             double height)
{
  /* Room for the margins and a column of figures, at the least. */
  return isfinite (width) && isfinite (height) &&
         width >= MARGIN_SIDE * 2 + LABEL_MIN + COLUMN_MIN &&
         height >= MARGIN_TOP + MARGIN_BOTTOM + 200;
}

guint
ow_report_get_n_pages (OwReport *self,
                       double    page_width,
                       double    page_height)
{
  Flow f;

  g_return_val_if_fail (OW_IS_REPORT (self), 0);

  /* A paper size is the user's choice in a print dialog: one too small
   * is their mistake, not the program's, and callers say so. */
  if (!size_usable (page_width, page_height))
    return 0;

  if (self->n_pages > 0 && self->paged_width == page_width && self->paged_height == page_height)
    return self->n_pages;

  g_array_set_size (self->outline, 0);
  flow_init (&f, self, NULL, 0, page_width, page_height);
  flow_all (&f);
  self->paged_width = page_width;
  self->paged_height = page_height;
  self->n_pages = f.page + 1;
  return self->n_pages;
}

static void
draw_furniture (OwReport *self,
                cairo_t  *cr,
                guint     page,
                guint     n_pages,
                double    width,
                double    height)
{
  double inner = width - MARGIN_SIDE * 2;
  g_autofree char *date = ow_format_date (self->date);
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  double date_width;

  /* The header: the document on the left, the date on the right. */
  right = make_layout (self, date, FONT_SMALL, -1, PANGO_ALIGN_LEFT);
  layout_size (right, &date_width, NULL);
  left = make_layout (self, self->doc_title, FONT_SMALL, inner - date_width - 20, PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  set_colour (cr, &dim_ink);
  show_layout (cr, left, MARGIN_SIDE, HEADER_Y);
  show_layout (cr, right, width - MARGIN_SIDE - date_width, HEADER_Y);

  set_colour (cr, &rule_ink);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, HEADER_Y + 14);
  cairo_line_to (cr, width - MARGIN_SIDE, HEADER_Y + 14);
  cairo_stroke (cr);

  /* TRANSLATORS: the page number at the foot of every page of the report */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  footer = make_layout (self, number, FONT_SMALL, inner, PANGO_ALIGN_CENTER);
  set_colour (cr, &dim_ink);
  show_layout (cr, footer, MARGIN_SIDE, height - FOOTER_GAP);
}

void
ow_report_draw_page (OwReport *self,
                     cairo_t  *cr,
                     guint     page,
                     double    page_width,
                     double    page_height)
{
  guint n_pages;
  Flow f;

  g_return_if_fail (OW_IS_REPORT (self));
  g_return_if_fail (cr != NULL);

  n_pages = ow_report_get_n_pages (self, page_width, page_height);
  g_return_if_fail (page < n_pages);

  cairo_save (cr);
  /* White paper: a print preview or a PDF viewer shows the page as
   * printed. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, page_width, page_height);
  cairo_fill (cr);

  draw_furniture (self, cr, page, n_pages, page_width, page_height);
  flow_init (&f, self, cr, page, page_width, page_height);
  flow_all (&f);
  cairo_restore (cr);
}

/* Writing ------------------------------------------------------------------- */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
ow_report_write (OwReport  *self,
                 GFile     *out,
                 double     page_width,
                 double     page_height,
                 GError   **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (OW_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_pages = ow_report_get_n_pages (self, page_width, page_height);
  if (n_pages == 0)
    {
      g_autofree char *name = g_file_get_parse_name (out);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the paper is too small for the report"), name);
      return FALSE;
    }

  /* The whole PDF is made in memory first and then written like a saved
   * document: atomically, so OUT is never left half written, and private,
   * since a brief tells what someone earns. */
  surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, page_width, page_height);
  /* TRANSLATORS: the PDF's title: "Negotiation brief: sample.offers" */
  title = g_strdup_printf (_("Negotiation brief: %s"), self->doc_title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Offer Workbench " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      ow_report_draw_page (self, cr, page, page_width, page_height);
      cairo_show_page (cr);
    }

  /* Bookmarks, for a long brief: its parts, and each offer under "The
   * offers one by one". */
  {
    int parent = CAIRO_PDF_OUTLINE_ROOT;

    for (guint i = 0; i < self->outline->len; i++)
      {
        const Mark *mark = &g_array_index (self->outline, Mark, i);
        g_autofree char *link = g_strdup_printf ("page=%u", mark->page + 1);
        int id = cairo_pdf_surface_add_outline (surface, mark->level == 0 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                                mark->title, link, CAIRO_PDF_OUTLINE_FLAG_OPEN);

        if (mark->level == 0)
          parent = id;
      }
  }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_file_get_parse_name (out);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: the report could not be drawn (%s)"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return ow_document_write_file (out, (const char *) pdf->data, pdf->len, error);
}

/* Paper ---------------------------------------------------------------------- */

void
ow_report_get_default_paper (double *width,
                             double *height)
{
  gboolean letter = FALSE;

#if defined(__GLIBC__)
  /* glibc says the locale's paper in millimetres (LC_PAPER), as GTK's own
   * default paper size reads it; US Letter is 216 × 279. */
  {
    union { unsigned int word; char *string; } w, h;

    w.string = nl_langinfo (_NL_PAPER_WIDTH);
    h.string = nl_langinfo (_NL_PAPER_HEIGHT);
    letter = w.word == 216 && h.word == 279;
  }
#else
  {
    /* Elsewhere, the countries whose custom is Letter, by locale name. */
    const char *locale = setlocale (LC_PAPER, NULL);
    static const char *const letter_locales[] = { "en_US", "en_CA", "fr_CA", "es_US", "es_MX", "en_PH", "es_CL",
                                                  "es_CO", "es_CR", "es_GT", "es_PA", "es_PR", "es_SV",
                                                  "es_VE" };

    for (guint i = 0; locale != NULL && i < G_N_ELEMENTS (letter_locales); i++)
      letter = letter || g_str_has_prefix (locale, letter_locales[i]);
  }
#endif

  if (width != NULL)
    *width = letter ? OW_REPORT_LETTER_WIDTH : OW_REPORT_A4_WIDTH;
  if (height != NULL)
    *height = letter ? OW_REPORT_LETTER_HEIGHT : OW_REPORT_A4_HEIGHT;
}

gboolean
ow_report_write_pdf (OwDocument      *document,
                     const char      *title,
                     GFile           *out,
                     OwReportCharts  *charts,
                     GError         **error)
{
  g_autoptr(OwSession) session = NULL;
  g_autoptr(OwReport) report = NULL;
  double width, height;

  g_return_val_if_fail (OW_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);

  session = ow_session_new (document, NULL, NULL);
  report = ow_report_new (session, title, charts);
  ow_report_get_default_paper (&width, &height);
  return ow_report_write (report, out, width, height, error);
}

/* The object ------------------------------------------------------------------ */

static void
ow_report_finalize (GObject *object)
{
  OwReport *self = OW_REPORT (object);

  table_clear (&self->compare, self->n_offers);
  table_clear (&self->years, self->n_offers);
  for (guint c = 0; self->columns != NULL && c < self->n_offers; c++)
    {
      g_free (self->columns[c].name);
      g_free (self->columns[c].title);
    }
  g_clear_pointer (&self->columns, g_free);
  g_clear_pointer (&self->sections, g_array_unref);
  g_clear_pointer (&self->doc_title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->baseline, g_free);
  g_clear_pointer (&self->charts, ow_report_charts_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->heights, g_hash_table_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_pointer (&self->lines, g_hash_table_unref);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (ow_report_parent_class)->finalize (object);
}

static void
ow_report_class_init (OwReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ow_report_finalize;
}

static void
ow_report_init (OwReport *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->date = ow_date_today ();
  self->heights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->outline = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  /* A context of the report's own, in points (72 a inch) and without
   * hinting: text measures the same whatever it is drawn on, a PDF, a
   * printer at 600 dpi or a preview on screen, so the pages break alike. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (self->context, 72);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  pango_context_set_language (self->context, pango_language_get_default ());
}

/**
 * ow_report_new:
 * @session: the open document
 * @title: (nullable): the document's name in the page header; %NULL for
 *   the session's title
 * @charts: (nullable): the charts for the "Charts" page
 *
 * A report of the document as it is now: later edits do not change it
 * (the charts excepted, which draw what they show when the page is
 * drawn).
 */
OwReport *
ow_report_new (OwSession      *session,
               const char     *title,
               OwReportCharts *charts)
{
  OwReport *self;

  g_return_val_if_fail (OW_IS_SESSION (session), NULL);

  self = g_object_new (OW_TYPE_REPORT, NULL);
  self->session = g_object_ref (session);
  self->doc_title = g_strdup (title != NULL ? title : ow_session_get_title (session));
  self->charts = charts != NULL ? ow_report_charts_ref (charts) : NULL;
  build (self);
  return self;
}

void
ow_report_set_date (OwReport *self,
                    OwDate    date)
{
  g_return_if_fail (OW_IS_REPORT (self));
  g_return_if_fail (date != OW_DATE_NONE);

  self->date = date;
}
