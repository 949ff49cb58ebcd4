/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The vesting timeline in words: dates and figures for the locale, the
 * offers' names, each point's words (its accessible description's last
 * sentence), the description of the whole chart (who has received the
 * most, who is ahead when, the first cliff) and the tooltip. */
#define G_LOG_DOMAIN "ow-timeline-chart"

#include "config.h"

#include "ow-timeline-painter-private.h"

#include <glib/gi18n.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/unumberformatter.h>
#include <unicode/ustring.h>

#include "ow-format.h"

/* Dates and compact numbers ---------------------------------------------
 *
 * ow-format.h gives the locale's medium date ("Jan 4, 2027"); words read
 * aloud want the long one ("January 4, 2027" or "4 January 2027") and the
 * axis and the summary the month and year ("January 2027").  ICU makes
 * them from skeletons for the same locale ow-format.h uses; they are opened
 * once and kept, and opened again if the locale changes (tests switch it). */

static char        fmt_locale[64];
static UDateFormat *long_date_format;
static UDateFormat *month_year_format;
static UNumberFormatter *compact_format;

static UDateFormat *
open_skeleton (const char *locale,
               const char *skeleton)
{
  UErrorCode status = U_ZERO_ERROR;
  UDateTimePatternGenerator *generator;
  UChar uskeleton[32], pattern[96];
  UChar utc[] = { 'U', 'T', 'C', 0 };
  UDateFormat *format;
  int32_t len;

  generator = udatpg_open (locale, &status);
  if (U_FAILURE (status))
    return NULL;
  u_uastrcpy (uskeleton, skeleton);
  len = udatpg_getBestPattern (generator, uskeleton, -1, pattern, G_N_ELEMENTS (pattern), &status);
  udatpg_close (generator);
  if (U_FAILURE (status))
    return NULL;

  format = udat_open (UDAT_PATTERN, UDAT_PATTERN, locale, utc, -1, pattern, len, &status);
  if (U_FAILURE (status))
    return NULL;
  return format;
}

static void
ensure_formats (void)
{
  const char *locale = ow_format_get_locale ();

  if (g_strcmp0 (locale, fmt_locale) == 0)
    return;

  g_strlcpy (fmt_locale, locale, sizeof fmt_locale);
  g_clear_pointer (&long_date_format, udat_close);
  g_clear_pointer (&month_year_format, udat_close);
  g_clear_pointer (&compact_format, unumf_close);

  long_date_format = open_skeleton (locale, "yMMMMd");
  month_year_format = open_skeleton (locale, "yMMMM");
  {
    UErrorCode status = U_ZERO_ERROR;
    UChar skeleton[32];

    u_uastrcpy (skeleton, "compact-short");
    compact_format = unumf_openForSkeletonAndLocale (skeleton, -1, locale, &status);
    if (U_FAILURE (status))
      compact_format = NULL;
  }
}

static char *
utf16_to_utf8 (const UChar *text,
               int32_t      len)
{
  UErrorCode status = U_ZERO_ERROR;
  char buf[256];

  u_strToUTF8 (buf, sizeof buf, NULL, text, len, &status);
  if (U_FAILURE (status))
    return NULL;
  return g_strdup (buf);
}

static char *
format_date_with (UDateFormat *format,
                  OwDate       date)
{
  g_autoptr(GDateTime) dt = NULL;
  UErrorCode status = U_ZERO_ERROR;
  UChar out[96];
  int32_t len;
  int y, m, d;
  char *text;

  if (date == OW_DATE_NONE)
    return g_strdup ("");
  ow_date_get_ymd (date, &y, &m, &d);
  dt = g_date_time_new_utc (y, m, d, 12, 0, 0);
  if (format == NULL || dt == NULL)
    return ow_format_date (date);

  len = udat_format (format, (UDate) g_date_time_to_unix (dt) * 1000.0, out, G_N_ELEMENTS (out), NULL, &status);
  if (U_FAILURE (status) || (text = utf16_to_utf8 (out, len)) == NULL)
    return ow_format_date (date);
  return text;
}

/* "January 4, 2027" / "4 January 2027". */
static char *
format_long_date (OwDate date)
{
  ensure_formats ();
  return format_date_with (long_date_format, date);
}

/* "January 2027". */
static char *
format_month_year (OwDate date)
{
  ensure_formats ();
  return format_date_with (month_year_format, date);
}

/* "12K", "1.2M": the units axis. */
char *
_ow_timeline_painter_format_compact (double value)
{
  UErrorCode status = U_ZERO_ERROR;
  UFormattedNumber *result;
  UChar out[64];
  int32_t len;
  char *text = NULL;

  ensure_formats ();
  if (compact_format == NULL)
    return g_strdup_printf ("%.0f", value);

  result = unumf_openResult (&status);
  unumf_formatDouble (compact_format, value, result, &status);
  len = unumf_resultToString (result, out, G_N_ELEMENTS (out), &status);
  unumf_closeResult (result);
  if (U_SUCCESS (status))
    text = utf16_to_utf8 (out, len);
  return text != NULL ? text : g_strdup_printf ("%.0f", value);
}

/* "12,000 units", "1 unit", "19.08 units": an expected refresher's units
 * are fractional, and six decimals say nothing to a reader. */
static char *
format_units_words (gint64 millionths)
{
  gint64 hundredths = (millionths >= 0 ? millionths + 5000 : millionths - 5000) / 10000;
  g_autofree char *number = ow_format_amount (hundredths, 2, 0);
  gulong whole = (gulong) MIN (ABS (millionths) / 1000000, (gint64) G_MAXULONG);

  /* TRANSLATORS: a number of shares or options: "12,000 units" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s unit", "%s units",
                                       millionths % 1000000 == 0 ? whole : 2),
                          number);
}

/* Names ------------------------------------------------------------------- */

/* The company, or the title, or "Unnamed offer"; two offers at one company
 * add their titles ("Cascadia Compute, Staff Engineer"). */
char *
_ow_timeline_painter_offer_name (OwDocument *document,
                                 OwOffer    *offer)
{
  const char *company = ow_offer_get_company (offer);
  const char *title = ow_offer_get_title (offer);
  guint n = ow_document_get_n_offers (document);

  company = company != NULL ? company : "";
  title = title != NULL ? title : "";
  if (*company == '\0')
    return g_strdup (*title ? title : _("Unnamed offer"));

  for (guint i = 0; i < n; i++)
    {
      OwOffer *other = ow_document_get_offer (document, i);

      if (other != offer && g_strcmp0 (ow_offer_get_company (other), company) == 0 && *title)
        /* TRANSLATORS: an offer named by its company and title, when two
         * offers share a company */
        return g_strdup_printf (_("%s, %s"), company, title);
    }
  return g_strdup (company);
}

/* "A, B and C". */
void
_ow_timeline_painter_append_join (GString   *out,
                                  GPtrArray *parts)
{
  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0 && i == parts->len - 1)
        /* TRANSLATORS: between the last two items of a list */
        g_string_append (out, _(" and "));
      else if (i > 0)
        /* TRANSLATORS: between items of a list */
        g_string_append (out, _(", "));
      g_string_append (out, g_ptr_array_index (parts, i));
    }
}

/* Points and the chart ---------------------------------------------------- */

/* What the tranches at point P are worth, without the cash that arrives
 * on the same date in the all-compensation scope. */
static void
tranche_value (const OwTimelineSeries *ts,
               const OwTimelinePoint  *p,
               OwExact                *value)
{
  ow_exact_set_int (value, 0);
  for (guint t = 0; t < p->n_tranches; t++)
    {
      const OwTimelineTranche *tt = &g_array_index (ts->tranches, OwTimelineTranche, p->first_tranche + t);
      const OwGrantSchedule *schedule = g_ptr_array_index (ts->schedules, tt->schedule);
      const OwTranche *tranche = &g_array_index (schedule->tranches, OwTranche, tt->tranche);

      ow_exact_add (value, value, &tranche->value);
    }
}

char *
_ow_timeline_painter_point_words (OwTimelinePainter *self,
                                  guint              index)
{
  const Key *key = &g_array_index (self->keys, Key, index);
  const OwTimelineSeries *ts = &self->timeline->series[key->series];
  const OwTimelinePoint *p = key_point (self, key);
  g_autofree char *date = format_long_date (p->date);
  g_autofree char *units = format_units_words (p->units);
  g_autofree char *value = NULL;
  g_autofree char *total = NULL;
  OwExact vested;

  tranche_value (ts, p, &vested);
  value = ow_format_money_whole (&vested, self->currency);
  total = self->units ? format_units_words (p->cumulative_units)
                      : ow_format_money_whole (&p->cumulative_value, self->currency);

  /* TRANSLATORS: a vesting date, read by screen readers: "Cascadia
   * Compute, January 4, 2028: 12,000 units vested ($120,000), $130,000 in
   * all by then." */
  return g_strdup_printf (_("%s, %s: %s vested (%s), %s in all by then."),
                          self->series[key->series].name, date, units, value, total);
}

static int
compare_final (const OwTimelineSeries *a,
               const OwTimelineSeries *b,
               gboolean                units)
{
  const OwTimelinePoint *pa = a->points->len > 0 ? &g_array_index (a->points, OwTimelinePoint, a->points->len - 1) : NULL;
  const OwTimelinePoint *pb = b->points->len > 0 ? &g_array_index (b->points, OwTimelinePoint, b->points->len - 1) : NULL;
  OwExact zero;

  if (units)
    {
      gint64 ua = pa ? pa->cumulative_units : 0, ub = pb ? pb->cumulative_units : 0;

      return (ua > ub) - (ua < ub);
    }
  ow_exact_set_int (&zero, 0);
  return ow_exact_cmp (pa ? &pa->cumulative_value : &zero, pb ? &pb->cumulative_value : &zero);
}

static char *
final_figure (OwTimelinePainter      *self,
              const OwTimelineSeries *ts)
{
  const OwTimelinePoint *p = ts->points->len > 0 ? &g_array_index (ts->points, OwTimelinePoint, ts->points->len - 1) : NULL;
  OwExact zero;

  if (self->units)
    return format_units_words (p ? p->cumulative_units : 0);
  ow_exact_set_int (&zero, 0);
  return ow_format_money_whole (p ? &p->cumulative_value : &zero, self->currency);
}

/* Who is ahead when: walks every date on which something arrives, in
 * order, and notes each date on which another offer takes the lead (a tie
 * leaves the lead where it was).  The comparisons are exact. */
static guint
find_leads (OwTimelinePainter *self,
            guint             *leaders,
            OwDate            *dates,
            guint              max)
{
  const OwTimeline *t = self->timeline;
  g_autofree guint *next = g_new0 (guint, t->n_series);
  g_autofree const OwTimelinePoint **at = g_new0 (const OwTimelinePoint *, t->n_series);
  guint n = 0, changes = 0, leader = G_MAXUINT;

  for (;;)
    {
      OwDate date = OW_DATE_NONE;
      guint best = G_MAXUINT;
      gboolean tie = FALSE;

      for (guint i = 0; i < t->n_series; i++)
        if (next[i] < t->series[i].points->len)
          {
            OwDate d = g_array_index (t->series[i].points, OwTimelinePoint, next[i]).date;

            if (date == OW_DATE_NONE || d < date)
              date = d;
          }
      if (date == OW_DATE_NONE)
        break;

      for (guint i = 0; i < t->n_series; i++)
        while (next[i] < t->series[i].points->len &&
               g_array_index (t->series[i].points, OwTimelinePoint, next[i]).date == date)
          at[i] = &g_array_index (t->series[i].points, OwTimelinePoint, next[i]++);

      for (guint i = 0; i < t->n_series; i++)
        {
          int c;

          if (at[i] == NULL)
            continue;
          if (best == G_MAXUINT)
            {
              best = i;
              continue;
            }
          c = self->units ? (at[i]->cumulative_units > at[best]->cumulative_units) -
                            (at[i]->cumulative_units < at[best]->cumulative_units)
                          : ow_exact_cmp (&at[i]->cumulative_value, &at[best]->cumulative_value);
          if (c > 0)
            {
              best = i;
              tie = FALSE;
            }
          else if (c == 0)
            tie = TRUE;
        }
      /* A lead needs something received, and no one level with it. */
      if (best == G_MAXUINT || tie || best == leader ||
          (self->units ? at[best]->cumulative_units <= 0 : ow_exact_sign (&at[best]->cumulative_value) <= 0))
        continue;

      leader = best;
      if (n < max)
        {
          leaders[n] = leader;
          dates[n] = date;
          n++;
        }
      changes++;
    }
  return changes;
}

char *
ow_timeline_painter_describe (OwTimelinePainter *self)
{
  const OwTimeline *t = self->timeline;
  g_autoptr(GString) out = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree guint *order = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint leaders[5];
  OwDate dates[5];
  guint n_leads, shown;
  const OwTimelineEvent *cliff = NULL;
  guint cliff_series = 0;
  gboolean overflow = FALSE;

  if (t == NULL || self->n_series == 0)
    return g_strdup (_("There are no offers to show."));
  if (!self->has_data)
    return g_strdup (ow_timeline_painter_get_scope (self) == OW_TIMELINE_EQUITY
                     ? _("None of the offers has equity to show.")
                     : _("None of the offers pays anything within the horizon."));

  out = g_string_new (NULL);
  from = format_month_year (t->first);
  to = format_month_year (t->last);
  if (self->units)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "Cumulative equity units of %u offer from %s to %s.",
                                              "Cumulative equity units of %u offers from %s to %s.",
                                              t->n_series),
                            t->n_series, from, to);
  else if (t->scope == OW_TIMELINE_EQUITY)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "Cumulative equity of %u offer from %s to %s.",
                                              "Cumulative equity of %u offers from %s to %s.",
                                              t->n_series),
                            t->n_series, from, to);
  else
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                              "Cumulative compensation of %u offer from %s to %s.",
                                              "Cumulative compensation of %u offers from %s to %s.",
                                              t->n_series),
                            t->n_series, from, to);

  /* Who has received the most by the end, and the others after it. */
  order = g_new (guint, t->n_series);
  for (guint i = 0; i < t->n_series; i++)
    {
      guint j = i;

      /* An insertion sort, stable so that ties keep document order. */
      while (j > 0 && compare_final (&t->series[order[j - 1]], &t->series[i], self->units) < 0)
        {
          order[j] = order[j - 1];
          j--;
        }
      order[j] = i;
      overflow |= t->series[i].overflow;
    }

  {
    g_autofree char *figure = final_figure (self, &t->series[order[0]]);

    g_string_append_c (out, ' ');
    if (t->n_series == 1)
      g_string_append_printf (out, self->units ? _("By the end, %s has vested %s.")
                                               : _("By the end, %s has paid %s."),
                              self->series[order[0]].name, figure);
    else
      /* TRANSLATORS: "By the end, Lumen Foundry has paid the most ($690,585)" */
      g_string_append_printf (out, self->units ? _("By the end, %s has vested the most (%s)")
                                               : _("By the end, %s has paid the most (%s)"),
                              self->series[order[0]].name, figure);
  }

  if (t->n_series > 1)
    {
      parts = g_ptr_array_new_with_free_func (g_free);
      shown = MIN (t->n_series, 4);
      for (guint i = 1; i < shown; i++)
        {
          g_autofree char *figure = final_figure (self, &t->series[order[i]]);

          g_ptr_array_add (parts, g_strdup_printf ("%s (%s)", self->series[order[i]].name, figure));
        }
      if (t->n_series > shown)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more", "%u more",
                                                              t->n_series - shown),
                                                 t->n_series - shown));
      /* TRANSLATORS: follows "By the end, X has paid the most ($1)":
       * ", then Y ($2) and Z ($3)" */
      g_string_append (out, _(", then "));
      _ow_timeline_painter_append_join (out, parts);
      g_string_append_c (out, '.');
    }

  /* Who is ahead when. */
  n_leads = find_leads (self, leaders, dates, G_N_ELEMENTS (dates));
  if (t->n_series > 1 && n_leads == 1)
    {
      g_autofree char *date = format_long_date (dates[0]);

      g_string_append_c (out, ' ');
      /* TRANSLATORS: "Cascadia Compute is ahead from January 4, 2028 on." */
      g_string_append_printf (out, _("%s is ahead from %s on."), self->series[leaders[0]].name, date);
    }
  else if (t->n_series > 1 && n_leads > 1 && n_leads <= G_N_ELEMENTS (dates))
    {
      g_string_append_c (out, ' ');
      for (guint i = 0; i < n_leads; i++)
        {
          g_autofree char *date = i + 1 < n_leads ? format_long_date (dates[i + 1]) : NULL;

          if (i == 0)
            /* TRANSLATORS: "Cascadia Compute is ahead until July 4, 2029" */
            g_string_append_printf (out, _("%s is ahead until %s"), self->series[leaders[i]].name, date);
          else if (i + 1 < n_leads)
            /* TRANSLATORS: continues "X is ahead until …": ", then Y until
             * July 4, 2030" */
            g_string_append_printf (out, _(", then %s until %s"), self->series[leaders[i]].name, date);
          else
            /* TRANSLATORS: ends "X is ahead until …": ", then Y." */
            g_string_append_printf (out, _(", then %s."), self->series[leaders[i]].name);
        }
    }
  else if (t->n_series > 1 && n_leads > G_N_ELEMENTS (dates))
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "The lead changes %u time; %s is ahead at the end.",
                                                "The lead changes %u times; %s is ahead at the end.",
                                                n_leads - 1),
                              n_leads - 1, self->series[order[0]].name);
    }

  /* The first cliff. */
  for (guint i = 0; i < t->n_series; i++)
    for (guint j = 0; j < t->series[i].events->len; j++)
      {
        const OwTimelineEvent *e = &g_array_index (t->series[i].events, OwTimelineEvent, j);

        if (e->kind == OW_TIMELINE_EVENT_CLIFF && (cliff == NULL || e->date < cliff->date))
          {
            cliff = e;
            cliff_series = i;
          }
      }
  if (cliff != NULL)
    {
      g_autofree char *date = format_long_date (cliff->date);
      g_autofree char *amount = ow_format_money_whole (&cliff->amount, self->currency);

      g_string_append_c (out, ' ');
      /* TRANSLATORS: "The first cliff is Cascadia Compute’s on January 4,
       * 2028 ($120,000)." */
      g_string_append_printf (out, _("The first cliff is %s’s on %s (%s)."),
                              self->series[cliff_series].name, date, amount);
    }

  if (overflow)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, _("Some figures are too large to compute exactly and are left out."));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The tooltip ------------------------------------------------------------- */

/* A grant by its name, or its kind; an expected refresher by the
 * anniversary it is granted at. */
static char *
schedule_label (const OwGrantSchedule *schedule)
{
  if (schedule->refresher)
    /* TRANSLATORS: an expected refresher grant, by the anniversary of the
     * start date it is granted at: "Refresher of year 2" */
    return g_strdup_printf (_("Refresher of year %u"), schedule->refresher_year + 1);
  if (schedule->name != NULL && schedule->name[0] != '\0')
    return g_strdup (schedule->name);
  return g_strdup (schedule->kind == OW_GRANT_KIND_OPTION ? _("Options") : _("RSUs"));
}

char *
ow_timeline_painter_get_tooltip_markup (OwTimelinePainter *self,
                                        guint              index)
{
  const Key *key;
  const OwTimelineSeries *ts;
  const OwTimelinePoint *p;
  g_autoptr(GString) out = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->keys->len)
    return NULL;

  key = &g_array_index (self->keys, Key, index);
  ts = &self->timeline->series[key->series];
  p = key_point (self, key);
  date = format_long_date (p->date);

  out = g_string_new (NULL);
  g_string_append_printf (out, "<b>%s</b>", date);

  /* What vests here, tranche by tranche. */
  for (guint t = 0; t < p->n_tranches; t++)
    {
      const OwTimelineTranche *tt = &g_array_index (ts->tranches, OwTimelineTranche, p->first_tranche + t);
      const OwGrantSchedule *schedule = g_ptr_array_index (ts->schedules, tt->schedule);
      const OwTranche *tranche = &g_array_index (schedule->tranches, OwTranche, tt->tranche);
      g_autofree char *units = format_units_words (tranche->units);
      g_autofree char *value = ow_format_money_whole (&tranche->value, self->currency);
      g_autofree char *grant = schedule_label (schedule);
      g_autofree char *line = NULL;
      g_autofree char *escaped = NULL;

      /* TRANSLATORS: a tooltip line: "Cascadia Compute, New-hire RSUs:
       * 1,078 units vest ($200,000)" */
      line = g_strdup_printf (_("%s, %s: %s vest (%s)"), self->series[key->series].name, grant, units, value);
      escaped = g_markup_escape_text (line, -1);
      g_string_append_c (out, '\n');
      g_string_append (out, escaped);
    }

  /* Every offer's figure by that date. */
  g_string_append_printf (out, "\n\n<b>%s</b>", _("In all by this date"));
  for (guint i = 0; i < self->n_series; i++)
    {
      const OwTimelinePoint *q = ow_timeline_series_at (&self->timeline->series[i], p->date);
      g_autofree char *figure = NULL;
      g_autofree char *name = g_markup_escape_text (self->series[i].name, -1);
      OwExact zero;

      ow_exact_set_int (&zero, 0);
      if (self->units)
        figure = format_units_words (q ? q->cumulative_units : 0);
      else
        figure = ow_format_money_whole (q ? &q->cumulative_value : &zero, self->currency);
      g_string_append_printf (out, i == key->series ? "\n<b>%s: %s</b>" : "\n%s: %s", name, figure);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
