/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless command line of offer-model.md §3.  It loads one document,
 * asks the valuation module for the figures and prints them: as a table
 * for people, or with --json exactly as the contract describes; or writes
 * the yearly table to a CSV file for spreadsheets (--export-csv), or the
 * negotiation brief to a PDF (--export-pdf, drawn by src/report without a
 * display). */
#define G_LOG_DOMAIN "ow-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ow-chart-report.h"
#include "ow-cli.h"
#include "ow-document.h"
#include "ow-json-writer.h"
#include "ow-report.h"
#include "ow-valuation.h"

static const char *const headless_options[] = {
  "--summary", "--vesting", "--leave-on", "--export-csv", "--export-pdf", "--json",
};

/* The options above that take a value (--leave-on=DATE). */
static gboolean
takes_value (const char *option)
{
  return strcmp (option, "--leave-on") == 0 || strcmp (option, "--export-csv") == 0 ||
         strcmp (option, "--export-pdf") == 0;
}

gboolean
ow_cli_is_headless (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        break;
      for (guint j = 0; j < G_N_ELEMENTS (headless_options); j++)
        {
          gsize len = strlen (headless_options[j]);

          if (strncmp (argv[i], headless_options[j], len) == 0 &&
              (argv[i][len] == '\0' || argv[i][len] == '='))
            return TRUE;
        }
    }
  return FALSE;
}

/* Output helpers ------------------------------------------------------------ */

/* Money for people: "1,268,000.00".  The command line's tables are meant to
 * be read in a terminal and pasted into notes, so they keep one stable
 * form; the window formats for the locale. */
static char *
format_money (gint64 cents)
{
  GString *s = g_string_new (NULL);
  guint64 mag = cents < 0 ? (guint64) 0 - (guint64) cents : (guint64) cents;
  g_autofree char *whole = g_strdup_printf ("%" G_GUINT64_FORMAT, mag / 100);
  gsize n = strlen (whole);

  if (cents < 0)
    g_string_append_c (s, '-');
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, whole[i]);
    }
  g_string_append_printf (s, ".%02u", (guint) (mag % 100));
  return g_string_free (s, FALSE);
}

/* Units for people: whole units grouped like money, up to six decimals. */
static char *
format_units (gint64 millionths)
{
  g_autofree char *whole = format_money ((millionths / 1000000) * 100);
  gint64 frac = (millionths < 0 ? -millionths : millionths) % 1000000;
  char buf[16];
  int n;

  whole[strlen (whole) - 3] = '\0'; /* no ".00" */
  if (frac == 0)
    return g_steal_pointer (&whole);

  g_snprintf (buf, sizeof buf, "%06" G_GINT64_FORMAT, frac);
  n = (int) strlen (buf);
  while (n > 0 && buf[n - 1] == '0')
    buf[--n] = '\0';
  return g_strdup_printf ("%s.%s", whole, buf);
}

/* Basis points as "31.55 %". */
static char *
format_percent (gint64 basis_points)
{
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02d %%", basis_points < 0 ? "-" : "",
                          ABS (basis_points) / 100, (int) (ABS (basis_points) % 100));
}

static gint64
cents_of (const OwExact *value,
          gboolean      *overflow)
{
  gint64 cents = 0;

  if (!ow_exact_to_cents (value, &cents))
    *overflow = TRUE;
  return cents;
}

static void
write_money (OwJsonWriter  *w,
             const char    *key,
             const OwExact *value,
             gboolean      *overflow)
{
  ow_json_writer_key (w, key);
  ow_json_writer_scaled (w, cents_of (value, overflow), 2, 1);
}

static void
print_text (const char *text)
{
  fputs (text, stdout);
}

static gboolean
report_overflow (OwOffer *offer)
{
  g_printerr (_("offer-workbench: %s: the figures of this offer are too large to compute exactly\n"),
              ow_offer_get_id (offer));
  return FALSE;
}

static const char *
offer_heading (OwOffer *offer,
               GString *buf)
{
  const char *company = ow_offer_get_company (offer);
  const char *title = ow_offer_get_title (offer);

  g_string_assign (buf, ow_offer_get_id (offer));
  if (*company || *title)
    {
      g_string_append (buf, "  ");
      g_string_append (buf, company);
      if (*company && *title)
        g_string_append (buf, " — ");
      g_string_append (buf, title);
    }
  if (ow_offer_get_current_job (offer))
    g_string_append_printf (buf, "  (%s)", _("current job"));
  return buf->str;
}

/* --summary ---------------------------------------------------------------- */

static gboolean
summary_json (OwValuation *valuation,
              GString     *out)
{
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  OwDocument *document = valuation->document;
  g_autofree char *text = NULL;
  gboolean overflow = FALSE;

  ow_json_writer_begin_object (w);
  ow_json_writer_key (w, "display_currency");
  ow_json_writer_string (w, ow_document_get_display_currency (document));
  ow_json_writer_key (w, "horizon_years");
  ow_json_writer_int (w, valuation->horizon_years);
  ow_json_writer_key (w, "offers");
  ow_json_writer_begin_array (w);

  for (guint i = 0; i < valuation->n_offers; i++)
    {
      OwOfferValue *ov = &valuation->offers[i];
      gint64 pv = 0;

      if (ov->overflow)
        return report_overflow (ov->offer);

      ow_json_writer_begin_object (w);
      ow_json_writer_key (w, "id");
      ow_json_writer_string (w, ow_offer_get_id (ov->offer));
      ow_json_writer_key (w, "company");
      ow_json_writer_string (w, ow_offer_get_company (ov->offer));
      ow_json_writer_key (w, "title");
      ow_json_writer_string (w, ow_offer_get_title (ov->offer));

      ow_json_writer_key (w, "years");
      ow_json_writer_begin_array (w);
      for (guint k = 0; k < ov->n_years; k++)
        {
          const OwYearValue *y = &ov->years[k];

          ow_json_writer_begin_object (w);
          ow_json_writer_key (w, "year");
          ow_json_writer_int (w, k + 1);
          write_money (w, "base", &y->base, &overflow);
          write_money (w, "bonus", &y->bonus, &overflow);
          write_money (w, "sign_on", &y->sign_on, &overflow);
          write_money (w, "equity", &y->equity, &overflow);
          write_money (w, "benefits", &y->benefits, &overflow);
          write_money (w, "total", &y->total, &overflow);
          ow_json_writer_end_object (w);
        }
      ow_json_writer_end_array (w);

      write_money (w, "first_year_total", &ov->first_year_total, &overflow);
      write_money (w, "annualized_total", &ov->annualized_total, &overflow);
      write_money (w, "horizon_total", &ov->horizon_total, &overflow);
      write_money (w, "after_tax_horizon_total", &ov->after_tax_horizon_total, &overflow);
      write_money (w, "col_adjusted_horizon_total", &ov->col_adjusted_horizon_total, &overflow);
      if (!ow_valuation_present_value_cents (valuation, ov, &pv))
        overflow = TRUE;
      ow_json_writer_key (w, "present_value_total");
      ow_json_writer_scaled (w, pv, 2, 1);
      ow_json_writer_key (w, "equity_share_percent");
      ow_json_writer_scaled (w, ov->equity_share, 2, 1);

      ow_json_writer_key (w, "exit_scenarios");
      ow_json_writer_begin_array (w);
      for (guint e = 0; e < ov->n_exits; e++)
        {
          const OwExitValue *ev = &ov->exits[e];

          ow_json_writer_begin_object (w);
          ow_json_writer_key (w, "label");
          ow_json_writer_string (w, ev->label);
          write_money (w, "valuation", &ev->valuation_display, &overflow);
          ow_json_writer_key (w, "probability_percent");
          ow_json_writer_scaled (w, ev->probability, 2, 1);
          write_money (w, "payout", &ev->payout, &overflow);
          ow_json_writer_end_object (w);
        }
      ow_json_writer_end_array (w);
      write_money (w, "expected_exit_payout", &ov->expected_exit_payout, &overflow);
      ow_json_writer_end_object (w);

      if (overflow)
        return report_overflow (ov->offer);
    }

  ow_json_writer_end_array (w);
  ow_json_writer_end_object (w);
  text = ow_json_writer_finish (w, NULL);
  g_string_append (out, text);
  return TRUE;
}

static void
append_row (GString    *out,
            const char *label,
            const char *value)
{
  g_string_append_printf (out, "  %-26s %18s\n", label, value);
}

static void
append_money_row (GString       *out,
                  const char    *label,
                  const OwExact *value,
                  gboolean      *overflow)
{
  g_autofree char *text = format_money (cents_of (value, overflow));
  append_row (out, label, text);
}

static gboolean
summary_text (OwValuation *valuation,
              GString     *out)
{
  g_autoptr(GString) heading = g_string_new (NULL);
  const char *currency = ow_document_get_display_currency (valuation->document);

  g_string_append_printf (out,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Offers over %u year, amounts in %s\n",
                                       "Offers over %u years, amounts in %s\n",
                                       valuation->horizon_years),
                          valuation->horizon_years, currency);

  for (guint i = 0; i < valuation->n_offers; i++)
    {
      OwOfferValue *ov = &valuation->offers[i];
      gboolean overflow = FALSE;
      gint64 pv = 0;

      if (ov->overflow)
        return report_overflow (ov->offer);

      g_string_append_printf (out, "\n%s\n", offer_heading (ov->offer, heading));
      g_string_append_printf (out, "  %4s %14s %14s %14s %14s %14s %14s\n",
                              _("Year"), _("Base"), _("Bonus"), _("Sign-on"), _("Equity"),
                              _("Benefits"), _("Total"));
      for (guint k = 0; k < ov->n_years; k++)
        {
          const OwYearValue *y = &ov->years[k];
          const OwExact *cells[] = { &y->base, &y->bonus, &y->sign_on, &y->equity, &y->benefits, &y->total };

          g_string_append_printf (out, "  %4u", k + 1);
          for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
            {
              g_autofree char *text = format_money (cents_of (cells[c], &overflow));
              g_string_append_printf (out, " %14s", text);
            }
          g_string_append_c (out, '\n');
        }

      append_money_row (out, _("First-year total"), &ov->first_year_total, &overflow);
      append_money_row (out, _("Annualized total"), &ov->annualized_total, &overflow);
      append_money_row (out, _("Horizon total"), &ov->horizon_total, &overflow);
      append_money_row (out, _("After tax"), &ov->after_tax_horizon_total, &overflow);
      append_money_row (out, _("Cost-of-living adjusted"), &ov->col_adjusted_horizon_total, &overflow);
      if (!ow_valuation_present_value_cents (valuation, ov, &pv))
        overflow = TRUE;
      {
        g_autofree char *text = format_money (pv);
        append_row (out, _("Present value"), text);
      }
      {
        g_autofree char *share = format_percent (ov->equity_share);
        append_row (out, _("Equity share"), share);
      }

      if (ov->has_exit_scenarios)
        {
          g_string_append_printf (out, "  %s\n", _("Exit scenarios"));
          if (ov->exit_needs_shares)
            g_string_append_printf (out, "    %s\n",
                                    _("Payouts need the fully diluted share count (company_equity.fully_diluted_shares)."));
          for (guint e = 0; e < ov->n_exits; e++)
            {
              const OwExitValue *ev = &ov->exits[e];
              g_autofree char *valuation_text = format_money (cents_of (&ev->valuation_display, &overflow));
              g_autofree char *payout = format_money (cents_of (&ev->payout, &overflow));
              g_autofree char *likely = format_percent (ev->probability);

              /* TRANSLATORS: an exit scenario: its label, the company's
               * valuation, how likely it is, what it pays this offer. */
              g_string_append_printf (out, _("    %s: valuation %s, %s likely, pays %s\n"),
                                      *ev->label ? ev->label : _("(unnamed)"), valuation_text, likely, payout);
            }
          append_money_row (out, _("Expected exit payout"), &ov->expected_exit_payout, &overflow);
        }

      if (overflow)
        return report_overflow (ov->offer);
    }
  return TRUE;
}

/* --vesting ---------------------------------------------------------------- */

static gboolean
vesting_output (OwDocument *document,
                gboolean    json,
                GString    *out)
{
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  g_autoptr(GString) heading = g_string_new (NULL);
  guint n = ow_document_get_n_offers (document);

  if (json)
    {
      ow_json_writer_begin_object (w);
      ow_json_writer_key (w, "offers");
      ow_json_writer_begin_array (w);
    }
  else
    g_string_append_printf (out, _("Vesting, values in %s\n"), ow_document_get_display_currency (document));

  for (guint i = 0; i < n; i++)
    {
      OwOffer *offer = ow_document_get_offer (document, i);
      gboolean overflow = FALSE;
      g_autoptr(GPtrArray) schedules = ow_valuation_schedules (document, offer, TRUE, &overflow);

      if (overflow)
        return report_overflow (offer);

      if (json)
        {
          ow_json_writer_begin_object (w);
          ow_json_writer_key (w, "id");
          ow_json_writer_string (w, ow_offer_get_id (offer));
          ow_json_writer_key (w, "grants");
          ow_json_writer_begin_array (w);
        }
      else
        g_string_append_printf (out, "\n%s\n", offer_heading (offer, heading));

      for (guint s = 0; s < schedules->len; s++)
        {
          OwGrantSchedule *schedule = g_ptr_array_index (schedules, s);

          if (json)
            {
              ow_json_writer_begin_object (w);
              ow_json_writer_key (w, "name");
              ow_json_writer_string (w, schedule->name);
              ow_json_writer_key (w, "refresher");
              ow_json_writer_bool (w, schedule->refresher);
              ow_json_writer_key (w, "tranches");
              ow_json_writer_begin_array (w);
            }
          else
            {
              const char *name = *schedule->name ? schedule->name : _("(unnamed grant)");

              if (schedule->refresher)
                g_string_append_printf (out, _("  Expected refresher at anniversary %u\n"), schedule->refresher_year);
              else
                g_string_append_printf (out, "  %s\n", name);
              g_string_append_printf (out, "    %-10s %16s %16s %16s\n", _("Date"), _("Units"), _("Cumulative"),
                                      _("Value"));
            }

          for (guint t = 0; t < schedule->tranches->len; t++)
            {
              const OwTranche *tr = &g_array_index (schedule->tranches, OwTranche, t);
              char date[OW_DATE_ISO_LEN];

              ow_date_format_iso (tr->date, date);
              if (json)
                {
                  ow_json_writer_begin_object (w);
                  ow_json_writer_key (w, "date");
                  ow_json_writer_string (w, date);
                  ow_json_writer_key (w, "units");
                  ow_json_writer_scaled (w, tr->units, 6, 0);
                  ow_json_writer_key (w, "cumulative_units");
                  ow_json_writer_scaled (w, tr->cumulative_units, 6, 0);
                  write_money (w, "value", &tr->value, &overflow);
                  ow_json_writer_end_object (w);
                }
              else
                {
                  g_autofree char *units = format_units (tr->units);
                  g_autofree char *cumulative = format_units (tr->cumulative_units);
                  g_autofree char *value = format_money (cents_of (&tr->value, &overflow));

                  g_string_append_printf (out, "    %-10s %16s %16s %16s\n", date, units, cumulative, value);
                }
            }

          if (json)
            {
              ow_json_writer_end_array (w);
              ow_json_writer_end_object (w);
            }
        }

      if (overflow)
        return report_overflow (offer);

      if (json)
        {
          ow_json_writer_end_array (w);
          ow_json_writer_end_object (w);
        }
    }

  if (json)
    {
      g_autofree char *text = NULL;

      ow_json_writer_end_array (w);
      ow_json_writer_end_object (w);
      text = ow_json_writer_finish (w, NULL);
      g_string_append (out, text);
    }
  return TRUE;
}

/* --leave-on --------------------------------------------------------------- */

static gboolean
leave_output (OwDocument *document,
              OwDate      leave_on,
              gboolean    json,
              GString    *out)
{
  g_autoptr(OwJsonWriter) w = ow_json_writer_new (TRUE);
  g_autoptr(GString) heading = g_string_new (NULL);
  guint n = ow_document_get_n_offers (document);
  char date[OW_DATE_ISO_LEN];

  ow_date_format_iso (leave_on, date);
  if (json)
    {
      ow_json_writer_begin_object (w);
      ow_json_writer_key (w, "offers");
      ow_json_writer_begin_array (w);
    }
  else
    g_string_append_printf (out, _("Leaving on %s, values in %s\n"), date,
                            ow_document_get_display_currency (document));

  for (guint i = 0; i < n; i++)
    {
      OwOffer *offer = ow_document_get_offer (document, i);
      gboolean overflow = FALSE;
      OwLeaveCost cost;

      ow_valuation_leave_cost (document, offer, leave_on, &cost);
      if (cost.overflow)
        {
          ow_leave_cost_clear (&cost);
          return report_overflow (offer);
        }

      if (json)
        {
          ow_json_writer_begin_object (w);
          ow_json_writer_key (w, "id");
          ow_json_writer_string (w, ow_offer_get_id (offer));
          ow_json_writer_key (w, "vested_units");
          ow_json_writer_scaled (w, cost.vested_units, 6, 0);
          ow_json_writer_key (w, "forfeited_units");
          ow_json_writer_scaled (w, cost.forfeited_units, 6, 0);
          write_money (w, "forfeited_value", &cost.forfeited_value, &overflow);
          write_money (w, "clawback_owed", &cost.clawback_owed, &overflow);
          ow_json_writer_key (w, "grants");
          ow_json_writer_begin_array (w);
          for (guint g = 0; g < cost.n_grants; g++)
            {
              const OwLeaveGrant *lg = &cost.grants[g];

              ow_json_writer_begin_object (w);
              ow_json_writer_key (w, "name");
              ow_json_writer_string (w, lg->name);
              ow_json_writer_key (w, "vested_units");
              ow_json_writer_scaled (w, lg->vested_units, 6, 0);
              ow_json_writer_key (w, "forfeited_units");
              ow_json_writer_scaled (w, lg->forfeited_units, 6, 0);
              write_money (w, "forfeited_value", &lg->forfeited_value, &overflow);
              ow_json_writer_end_object (w);
            }
          ow_json_writer_end_array (w);
          ow_json_writer_end_object (w);
        }
      else
        {
          g_autofree char *vested = format_units (cost.vested_units);
          g_autofree char *forfeited = format_units (cost.forfeited_units);
          g_autofree char *value = format_money (cents_of (&cost.forfeited_value, &overflow));
          g_autofree char *owed = format_money (cents_of (&cost.clawback_owed, &overflow));

          g_string_append_printf (out, "\n%s\n", offer_heading (offer, heading));
          append_row (out, _("Vested units"), vested);
          append_row (out, _("Forfeited units"), forfeited);
          append_row (out, _("Forfeited value"), value);
          append_row (out, _("Sign-on owed back"), owed);
        }

      ow_leave_cost_clear (&cost);
      if (overflow)
        return report_overflow (offer);
    }

  if (json)
    {
      g_autofree char *text = NULL;

      ow_json_writer_end_array (w);
      ow_json_writer_end_object (w);
      text = ow_json_writer_finish (w, NULL);
      g_string_append (out, text);
    }
  return TRUE;
}

/* --export-csv ------------------------------------------------------------- */

/* A text field of RFC 4180: quoted when it holds a comma, a quote or a line
 * break, with each quote doubled. */
static void
csv_append_text (GString    *out,
                 const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Money as any spreadsheet reads it whatever its locale: "-1234.50", two
 * decimals after a '.', no grouping.  Built from the integer cents, so the
 * program's own locale cannot change it either. */
static void
csv_append_cents (GString *out,
                  gint64   cents)
{
  guint64 mag = cents < 0 ? (guint64) 0 - (guint64) cents : (guint64) cents;

  g_string_append_printf (out, "%s%" G_GUINT64_FORMAT ".%02u", cents < 0 ? "-" : "", mag / 100,
                          (guint) (mag % 100));
}

/* One row: the offer, the period, then base, bonus, sign-on, equity,
 * benefits and total; a cell left out (GIVEN FALSE) stays empty. */
static void
csv_append_row (GString        *out,
                OwOffer        *offer,
                const char     *period,
                const gint64    cents[OW_N_COMPONENTS],
                const gboolean  given[OW_N_COMPONENTS])
{
  csv_append_text (out, ow_offer_get_id (offer));
  g_string_append_c (out, ',');
  csv_append_text (out, ow_offer_get_company (offer));
  g_string_append_c (out, ',');
  csv_append_text (out, ow_offer_get_title (offer));
  g_string_append_c (out, ',');
  csv_append_text (out, period);
  for (guint c = 0; c < OW_N_COMPONENTS; c++)
    {
      g_string_append_c (out, ',');
      if (given[c])
        csv_append_cents (out, cents[c]);
    }
  g_string_append (out, "\r\n");
}

/* The yearly table of every offer, in the display currency: a row per
 * offer year, then rows for the totals of §2, named in the period column
 * by their keys in --summary --json.  The first-year, annualized and
 * horizon rows split the total into its parts; after tax, cost-of-living
 * adjusted and present value are defined for the total only, so their
 * other cells are empty.  RFC 4180: a header row, CRLF line ends. */
static gboolean
csv_output (OwValuation *valuation,
            GString     *out)
{
  g_string_append (out, "offer_id,company,title,year,base,bonus,sign_on,equity,benefits,total\r\n");

  for (guint i = 0; i < valuation->n_offers; i++)
    {
      OwOfferValue *ov = &valuation->offers[i];
      const gboolean all[OW_N_COMPONENTS] = { TRUE, TRUE, TRUE, TRUE, TRUE, TRUE };
      const gboolean total_only[OW_N_COMPONENTS] = { [OW_COMPONENT_TOTAL] = TRUE };
      const struct {
        const char *name;
        int         period;
      } split[] = {
        { "first_year_total", 1 },
        { "annualized_total", OW_PERIOD_ANNUALIZED },
        { "horizon_total", OW_PERIOD_HORIZON },
      };
      gint64 cents[OW_N_COMPONENTS] = { 0, };
      gboolean overflow = FALSE;

      if (ov->overflow)
        return report_overflow (ov->offer);

      for (guint k = 1; k <= ov->n_years; k++)
        {
          char year[16];

          for (int c = 0; c < OW_N_COMPONENTS; c++)
            cents[c] = cents_of (ow_offer_value_component (ov, c, (int) k, NULL), &overflow);
          g_snprintf (year, sizeof year, "%u", k);
          csv_append_row (out, ov->offer, year, cents, all);
        }

      for (guint r = 0; r < G_N_ELEMENTS (split); r++)
        {
          for (int c = 0; c < OW_N_COMPONENTS; c++)
            {
              OwExact scratch;

              cents[c] = cents_of (ow_offer_value_component (ov, c, split[r].period, &scratch), &overflow);
            }
          csv_append_row (out, ov->offer, split[r].name, cents, all);
        }

      cents[OW_COMPONENT_TOTAL] = cents_of (&ov->after_tax_horizon_total, &overflow);
      csv_append_row (out, ov->offer, "after_tax_horizon_total", cents, total_only);
      cents[OW_COMPONENT_TOTAL] = cents_of (&ov->col_adjusted_horizon_total, &overflow);
      csv_append_row (out, ov->offer, "col_adjusted_horizon_total", cents, total_only);
      if (!ow_valuation_present_value_cents (valuation, ov, &cents[OW_COMPONENT_TOTAL]))
        overflow = TRUE;
      csv_append_row (out, ov->offer, "present_value_total", cents, total_only);

      if (overflow)
        return report_overflow (ov->offer);
    }
  return TRUE;
}

/* Whether A and B are one file, also through a link: writing the table
 * over the document would lose the document. */
static gboolean
same_file (GFile *a,
           GFile *b)
{
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;
  const char *id_a, *id_b;

  if (g_file_equal (a, b))
    return TRUE;

  info_a = g_file_query_info (a, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (b, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info_a == NULL || info_b == NULL)
    return FALSE;
  id_a = g_file_info_get_attribute_string (info_a, G_FILE_ATTRIBUTE_ID_FILE);
  id_b = g_file_info_get_attribute_string (info_b, G_FILE_ATTRIBUTE_ID_FILE);
  return id_a != NULL && g_strcmp0 (id_a, id_b) == 0;
}

/* Entry point -------------------------------------------------------------- */

int
ow_cli_run (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OwDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) args = NULL;
  g_autofree char *leave_on_text = NULL;
  g_autofree char *csv_path = NULL;
  g_autoptr(GFile) csv_file = NULL;
  g_autofree char *pdf_path = NULL;
  g_autoptr(GFile) pdf_file = NULL;
  gboolean summary = FALSE, vesting = FALSE, json = FALSE;
  OwDate leave_on = OW_DATE_NONE;
  gboolean ok;
  int n_commands;
  const GOptionEntry entries[] = {
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary, N_("Print the yearly figures and totals of every offer"), NULL },
    { "vesting", 0, 0, G_OPTION_ARG_NONE, &vesting, N_("Print every vesting tranche of every grant"), NULL },
    { "leave-on", 0, 0, G_OPTION_ARG_STRING, &leave_on_text, N_("Print what leaving on DATE would cost"), N_("DATE") },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, &csv_path,
      N_("Write the yearly figures and totals of every offer to OUT as CSV"), N_("OUT") },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf_path,
      N_("Write the negotiation brief (comparison, open questions, planned counters) to OUT as PDF"), N_("OUT") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON instead of a table"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, N_("FILE") },
    { NULL }
  };

  setlocale (LC_ALL, "");

  /* GOption would take "--summary=no" as "--summary"; a switch given a
   * value is a mistake worth saying. */
  for (int i = 1; i < argc && strcmp (argv[i], "--") != 0; i++)
    for (guint j = 0; j < G_N_ELEMENTS (headless_options); j++)
      {
        gsize len = strlen (headless_options[j]);

        if (!takes_value (headless_options[j]) &&
            strncmp (argv[i], headless_options[j], len) == 0 && argv[i][len] == '=')
          {
            g_printerr (_("offer-workbench: %s takes no value\n"), headless_options[j]);
            return OW_CLI_EXIT_USAGE;
          }
      }

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Compare job offers: print the figures of an .offers document."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("offer-workbench: %s\n", error->message);
      return OW_CLI_EXIT_USAGE;
    }

  n_commands = (summary ? 1 : 0) + (vesting ? 1 : 0) + (leave_on_text != NULL ? 1 : 0) +
               (csv_path != NULL ? 1 : 0) + (pdf_path != NULL ? 1 : 0);
  if (n_commands != 1)
    {
      g_printerr (n_commands == 0
                  ? _("offer-workbench: --json needs one of --summary, --vesting or --leave-on\n")
                  : _("offer-workbench: give only one of --summary, --vesting, --leave-on, --export-csv and --export-pdf\n"));
      return OW_CLI_EXIT_USAGE;
    }

  if (csv_path != NULL && json)
    {
      g_printerr (_("offer-workbench: --json does not go with --export-csv, which always writes CSV\n"));
      return OW_CLI_EXIT_USAGE;
    }
  if (csv_path != NULL && *csv_path == '\0')
    {
      g_printerr (_("offer-workbench: --export-csv needs the name of the file to write\n"));
      return OW_CLI_EXIT_USAGE;
    }
  if (pdf_path != NULL && json)
    {
      g_printerr (_("offer-workbench: --json does not go with --export-pdf, which always writes PDF\n"));
      return OW_CLI_EXIT_USAGE;
    }
  if (pdf_path != NULL && *pdf_path == '\0')
    {
      g_printerr (_("offer-workbench: --export-pdf needs the name of the file to write\n"));
      return OW_CLI_EXIT_USAGE;
    }

  if (args == NULL || g_strv_length (args) != 1)
    {
      g_printerr (csv_path != NULL
                  ? _("offer-workbench: give exactly one .offers file (usage: offer-workbench --export-csv OUT.csv FILE)\n")
                  : pdf_path != NULL
                  ? _("offer-workbench: give exactly one .offers file (usage: offer-workbench --export-pdf OUT.pdf FILE)\n")
                  : _("offer-workbench: give exactly one .offers file (usage: offer-workbench --summary FILE [--json])\n"));
      return OW_CLI_EXIT_USAGE;
    }

  if (leave_on_text != NULL && !ow_date_parse_iso (leave_on_text, strlen (leave_on_text), &leave_on))
    {
      g_printerr (_("offer-workbench: --leave-on needs a real date written YYYY-MM-DD (got “%s”)\n"),
                  leave_on_text);
      return OW_CLI_EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (args[0]);
  if (csv_path != NULL)
    {
      csv_file = g_file_new_for_commandline_arg (csv_path);
      if (same_file (csv_file, file))
        {
          g_printerr (_("offer-workbench: %s: the table would overwrite the document it is made from\n"),
                      csv_path);
          return OW_CLI_EXIT_USAGE;
        }
    }

  if (pdf_path != NULL)
    {
      pdf_file = g_file_new_for_commandline_arg (pdf_path);
      if (same_file (pdf_file, file))
        {
          g_printerr (_("offer-workbench: %s: the report would overwrite the document it is made from\n"),
                      pdf_path);
          return OW_CLI_EXIT_USAGE;
        }
    }

  document = ow_document_new_from_file (file, args[0], &error);
  if (document == NULL)
    {
      g_printerr ("offer-workbench: %s\n", error->message);
      return OW_CLI_EXIT_LOAD_FAILED;
    }

  if (csv_path != NULL)
    {
      g_autoptr(OwValuation) valuation = ow_valuation_new (document);

      /* Nothing is written unless every figure could be computed: a
       * table with a figure missing would be taken for the whole one. */
      if (!csv_output (valuation, out))
        return OW_CLI_EXIT_LOAD_FAILED;
      if (!ow_document_write_file (csv_file, out->str, out->len, &error))
        {
          g_printerr ("offer-workbench: %s\n", error->message);
          return OW_CLI_EXIT_LOAD_FAILED;
        }
      return OW_CLI_EXIT_OK;
    }

  if (pdf_path != NULL)
    {
      g_autofree char *title = g_filename_display_basename (args[0]);
      g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
      g_autoptr(OwReportCharts) charts = ow_chart_report_charts_new (session);
      g_autoptr(OwReport) report = ow_report_new (session, title, charts);
      double width, height;

      /* The same brief as File → Export Report, named after the
       * document's file, charts and all: their painters need no
       * display. */
      ow_report_get_default_paper (&width, &height);
      if (!ow_report_write (report, pdf_file, width, height, &error))
        {
          g_printerr ("offer-workbench: %s\n", error->message);
          return OW_CLI_EXIT_LOAD_FAILED;
        }
      return OW_CLI_EXIT_OK;
    }

  if (summary)
    {
      g_autoptr(OwValuation) valuation = ow_valuation_new (document);
      ok = json ? summary_json (valuation, out) : summary_text (valuation, out);
    }
  else if (vesting)
    ok = vesting_output (document, json, out);
  else
    ok = leave_output (document, leave_on, json, out);

  if (!ok)
    return OW_CLI_EXIT_LOAD_FAILED;

  print_text (out->str);
  return fflush (stdout) == 0 ? OW_CLI_EXIT_OK : OW_CLI_EXIT_LOAD_FAILED;
}
