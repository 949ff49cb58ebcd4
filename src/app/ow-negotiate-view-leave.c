/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Cost of Leaving: a day to leave on, picked on a slider from the offer's
 * start to the end of its longest vesting schedule (or its horizon, when
 * that is later), with the cliffs marked; what leaving that day vests,
 * forfeits and owes back (ow_valuation_leave_cost()); and for a new offer,
 * the sign-on that would make leaving the current job for it whole
 * (ow-make-whole.h). */
#define G_LOG_DOMAIN "ow-negotiate-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ow-format.h"
#include "ow-make-whole.h"
#include "ow-negotiate-view-private.h"

/* Where the slider starts for an offer it has not been moved for: half a
 * year in, before a usual one-year cliff, where leaving costs most. */
#define DEFAULT_MONTHS_IN 6

/* The range ------------------------------------------------------------------ */

typedef struct
{
  OwDate start;
  OwDate end;
  GArray *cliffs;           /* OwDate, sorted, without repeats */
} Range;

static void
range_clear (Range *range)
{
  g_clear_pointer (&range->cliffs, g_array_unref);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  OwDate x = *(const OwDate *) a;
  OwDate y = *(const OwDate *) b;

  return x < y ? -1 : x > y;
}

/* From the start date to the last tranche of any letter grant, the end of
 * the horizon or the end of a sign-on's clawback window, whichever is
 * last. */
static void
leave_range (OwNegotiateView *self,
             GPtrArray       *schedules,
             Range           *range)
{
  OwOffer *offer = self->shown;
  GListModel *sign_ons = ow_offer_get_sign_ons (offer);
  int horizon = ow_document_get_horizon_years (self->document);

  range->start = ow_offer_get_start_date (offer);
  range->end = ow_date_add_months (range->start, 12 * horizon);
  range->cliffs = g_array_new (FALSE, FALSE, sizeof (OwDate));

  for (guint i = 0; i < schedules->len; i++)
    {
      OwGrantSchedule *s = g_ptr_array_index (schedules, i);
      OwVesting *vesting = s->grant != NULL ? ow_grant_get_vesting (s->grant) : NULL;

      if (s->tranches->len > 0)
        range->end = MAX (range->end, g_array_index (s->tranches, OwTranche, s->tranches->len - 1).date);

      if (vesting != NULL && ow_vesting_get_cliff_months (vesting) > 0)
        {
          OwDate vest_start = ow_grant_get_vest_start (s->grant);
          OwDate cliff;

          if (vest_start == OW_DATE_NONE)
            vest_start = range->start;
          cliff = ow_date_add_months (vest_start, ow_vesting_get_cliff_months (vesting));
          if (cliff > range->start)
            g_array_append_val (range->cliffs, cliff);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (sign_ons); i++)
    {
      g_autoptr(OwSignOn) s = g_list_model_get_item (sign_ons, i);
      OwDate paid = ow_date_add_months (range->start, ow_sign_on_get_month (s));

      range->end = MAX (range->end, ow_date_add_months (paid, ow_sign_on_get_clawback_months (s)));
    }

  g_array_sort (range->cliffs, compare_dates);
  for (guint i = 1; i < range->cliffs->len;)
    if (g_array_index (range->cliffs, OwDate, i) == g_array_index (range->cliffs, OwDate, i - 1))
      g_array_remove_index (range->cliffs, i);
    else
      i++;
}

static gboolean
same_range (OwNegotiateView *self,
            const Range     *range)
{
  GArray *marks = g_object_get_data (G_OBJECT (self->leave_scale), "cliffs");

  if (self->leave_start != range->start || self->leave_end != range->end || marks == NULL ||
      marks->len != range->cliffs->len)
    return FALSE;
  /* (An empty GArray's data may be NULL, which memcmp may not be given.) */
  return marks->len == 0 ||
         memcmp (marks->data, range->cliffs->data, marks->len * sizeof (OwDate)) == 0;
}

static void
apply_range (OwNegotiateView *self,
             const Range     *range)
{
  self->leave_start = range->start;
  self->leave_end = range->end;

  self->setting_scale = TRUE;
  gtk_adjustment_set_upper (self->leave_adjustment, (double) (range->end - range->start));
  gtk_scale_clear_marks (self->leave_scale);
  for (guint i = 0; i < range->cliffs->len; i++)
    {
      OwDate cliff = g_array_index (range->cliffs, OwDate, i);

      if (cliff <= range->end)
        gtk_scale_add_mark (self->leave_scale, (double) (cliff - range->start), GTK_POS_BOTTOM,
                            /* TRANSLATORS: a mark on the leaving-date slider. */
                            _("Cliff"));
    }
  self->setting_scale = FALSE;
  g_object_set_data_full (G_OBJECT (self->leave_scale), "cliffs", g_array_ref (range->cliffs),
                          (GDestroyNotify) g_array_unref);
}

/* The figures ---------------------------------------------------------------- */

static char *
units_text (gint64 millionths)
{
  g_autofree char *units = ow_format_units (millionths);
  gint64 whole = millionths / 1000000;

  /* TRANSLATORS: a number of shares or options: "2,050 units". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s unit", "%s units",
                                       (gulong) (whole == 1 && millionths % 1000000 == 0 ? 1 : 2)),
                          units);
}

/* The value of the tranches vested on or before DATE, as the leave cost
 * counts them (each at the price of its vest year). */
static void
vested_value (OwGrantSchedule *schedule,
              OwDate           date,
              OwExact         *out)
{
  ow_exact_set_int (out, 0);
  for (guint t = 0; t < schedule->tranches->len; t++)
    {
      OwTranche *tranche = &g_array_index (schedule->tranches, OwTranche, t);

      if (tranche->date <= date)
        ow_exact_add (out, out, &tranche->value);
    }
}

static GtkWidget *
grant_row_new (void)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "label", label);
  return row;
}

static void
update_grants (OwNegotiateView   *self,
               GPtrArray         *schedules,
               const OwLeaveCost *cost,
               OwDate             date)
{
  const char *display = _ow_negotiate_view_display_currency (self);

  /* One grant is the totals already. */
  gtk_widget_set_visible (GTK_WIDGET (self->by_grant_row), cost->n_grants > 1);

  if (self->grant_rows->len != cost->n_grants)
    {
      _ow_negotiate_view_clear_rows (self->grant_rows);
      for (guint i = 0; i < cost->n_grants; i++)
        {
          GtkWidget *row = grant_row_new ();

          adw_expander_row_add_row (self->by_grant_row, row);
          g_ptr_array_add (self->grant_rows, row);
        }
    }

  for (guint i = 0; i < cost->n_grants && i < schedules->len; i++)
    {
      const OwLeaveGrant *grant = &cost->grants[i];
      GtkWidget *row = g_ptr_array_index (self->grant_rows, i);
      g_autofree char *vested = ow_format_units (grant->vested_units);
      g_autofree char *forfeited = ow_format_units (grant->forfeited_units);
      g_autofree char *value = ow_format_money (&grant->forfeited_value, display);
      g_autofree char *worth = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *suffix = NULL;
      OwExact vested_worth;

      vested_value (g_ptr_array_index (schedules, i), date, &vested_worth);
      worth = ow_format_money (&vested_worth, display);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *grant->name ? grant->name : _("Unnamed grant"));
      /* TRANSLATORS: one grant on the leaving day: "107 units vested ($19,837.80) · 2,050 forfeited". */
      subtitle = g_strdup_printf (_("%s units vested (%s) · %s forfeited"), vested, worth, forfeited);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* TRANSLATORS: beside a grant: "$434,012.80 forfeited". */
      suffix = g_strdup_printf (_("%s forfeited"), value);
      gtk_label_set_label (GTK_LABEL (g_object_get_data (G_OBJECT (row), "label")), suffix);
    }
}

static void
update_figures (OwNegotiateView *self)
{
  const char *display = _ow_negotiate_view_display_currency (self);
  OwDate date = _ow_negotiate_view_leave_get_date (self);
  g_autoptr(GPtrArray) schedules = NULL;
  g_autofree char *day = ow_format_date (date);
  g_autofree char *text = NULL;
  OwLeaveCost cost;
  OwExact vested, value;
  gboolean overflow = FALSE;

  gtk_label_set_label (self->leave_date_label, day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->leave_scale), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, day, -1);

  schedules = ow_valuation_schedules (self->document, self->shown, FALSE, &overflow);
  ow_valuation_leave_cost (self->document, self->shown, date, &cost);

  ow_exact_set_int (&vested, 0);
  for (guint i = 0; i < schedules->len; i++)
    {
      vested_value (g_ptr_array_index (schedules, i), date, &value);
      ow_exact_add (&vested, &vested, &value);
    }

  if (cost.overflow || overflow)
    {
      gtk_label_set_label (self->vested_label, "—");
      gtk_label_set_label (self->forfeited_label, "—");
      gtk_label_set_label (self->clawback_label, "—");
      adw_action_row_set_subtitle (self->vested_row, _("Figures too large to compute"));
      adw_action_row_set_subtitle (self->forfeited_row, _("Figures too large to compute"));
      adw_action_row_set_subtitle (self->clawback_row, "");
      gtk_widget_set_visible (GTK_WIDGET (self->by_grant_row), FALSE);
      ow_leave_cost_clear (&cost);
      return;
    }

  text = ow_format_money (&vested, display);
  gtk_label_set_label (self->vested_label, text);
  g_clear_pointer (&text, g_free);
  if (cost.n_grants == 0)
    text = g_strdup (_("No equity in the offer letter"));
  else if (cost.n_grants == 1)
    {
      g_autofree char *units = units_text (cost.vested_units);
      g_autofree char *total = ow_format_units (cost.vested_units + cost.forfeited_units);

      /* TRANSLATORS: "107 units of 2,157 · New-hire RSUs". */
      text = g_strdup_printf (_("%s of %s · %s"), units, total,
                              *cost.grants[0].name ? cost.grants[0].name : _("Unnamed grant"));
    }
  else
    text = units_text (cost.vested_units);
  adw_action_row_set_subtitle (self->vested_row, text);
  g_clear_pointer (&text, g_free);

  text = ow_format_money (&cost.forfeited_value, display);
  gtk_label_set_label (self->forfeited_label, text);
  g_clear_pointer (&text, g_free);
  text = cost.n_grants == 0 ? g_strdup ("") : units_text (cost.forfeited_units);
  adw_action_row_set_subtitle (self->forfeited_row, text);
  g_clear_pointer (&text, g_free);

  text = ow_format_money (&cost.clawback_owed, display);
  gtk_label_set_label (self->clawback_label, text);
  g_clear_pointer (&text, g_free);
  adw_action_row_set_subtitle (self->clawback_row,
                               ow_exact_sign (&cost.clawback_owed) > 0
                               ? _("A sign-on paid within its clawback window")
                               : _("Nothing to pay back on this day"));

  update_grants (self, schedules, &cost, date);
  ow_leave_cost_clear (&cost);
}

/* The current job ------------------------------------------------------------- */

static void
update_make_whole (OwNegotiateView *self)
{
  const char *display = _ow_negotiate_view_display_currency (self);
  g_autofree char *amount = NULL;
  g_autofree char *subtitle = NULL;
  OwMakeWhole mw;

  if (ow_offer_get_current_job (self->shown))
    {
      gtk_widget_set_visible (self->make_whole_box, FALSE);
      return;
    }
  gtk_widget_set_visible (self->make_whole_box, TRUE);

  switch (ow_make_whole_compute (self->document, self->shown, &mw))
    {
    case OW_MAKE_WHOLE_FOUND:
      {
        g_autofree char *day = ow_format_date (mw.leave_on);
        g_autofree char *equity = ow_format_money (&mw.leave.forfeited_value, display);
        g_autofree char *bonus = ow_format_money (&mw.bonus, display);
        g_autofree char *offered = ow_format_money (&mw.first_year_sign_on, display);
        g_autofree char *verdict = NULL;
        OwExact diff;

        amount = ow_format_money_cents (mw.sign_on, _ow_negotiate_view_offer_currency (self));
        if (ow_exact_sign (&mw.leave.clawback_owed) > 0)
          {
            g_autofree char *owed = ow_format_money (&mw.leave.clawback_owed, display);

            /* TRANSLATORS: under "Make-Whole Sign-On": "Leaving Harborview
             * Analytics on Jan 4, 2027 forfeits $48,636.00 of unvested
             * equity and the $15,480.00 bonus of its year 1, and $5,000.00
             * of sign-on is owed back". */
            subtitle = g_strdup_printf (_("Leaving %s on %s forfeits %s of unvested equity and the %s bonus of "
                                          "its year %u, and %s of sign-on is owed back"),
                                        _ow_negotiate_view_offer_name (mw.current_job), day, equity, bonus,
                                        mw.bonus_year, owed);
          }
        else
          /* TRANSLATORS: under "Make-Whole Sign-On": "Leaving Harborview
           * Analytics on Jan 4, 2027 forfeits $48,636.00 of unvested equity
           * and the $15,480.00 bonus of its year 1". */
          subtitle = g_strdup_printf (_("Leaving %s on %s forfeits %s of unvested equity and the %s bonus of "
                                        "its year %u"),
                                      _ow_negotiate_view_offer_name (mw.current_job), day, equity, bonus,
                                      mw.bonus_year);

        ow_exact_sub (&diff, &mw.first_year_sign_on, &mw.total);
        if (ow_exact_sign (&diff) >= 0)
          {
            g_autofree char *spare = ow_format_money (&diff, display);

            /* TRANSLATORS: the offer's own sign-on against the make-whole amount. */
            verdict = g_strdup_printf (_("Covers it, with %s to spare"), spare);
          }
        else
          {
            g_autofree char *short_by = NULL;

            ow_exact_neg (&diff, &diff);
            short_by = ow_format_money (&diff, display);
            /* TRANSLATORS: the offer's own sign-on against the make-whole amount. */
            verdict = g_strdup_printf (_("Short by %s: worth asking for"), short_by);
          }
        gtk_label_set_label (self->offered_sign_on_label, offered);
        adw_action_row_set_subtitle (self->offered_sign_on_row, verdict);
        gtk_widget_set_visible (GTK_WIDGET (self->offered_sign_on_row), TRUE);
      }
      break;

    case OW_MAKE_WHOLE_NO_BASELINE:
      subtitle = g_strdup (_("No current job in this document. Mark your current job as the baseline "
                             "in the Offer view to see what leaving it would forfeit."));
      break;
    case OW_MAKE_WHOLE_NO_START:
      subtitle = g_strdup (_("The offer has no start date to leave the current job on"));
      break;
    case OW_MAKE_WHOLE_OVERFLOW:
    case OW_MAKE_WHOLE_IS_BASELINE:
    default:
      subtitle = g_strdup (_("Figures too large to compute"));
      break;
    }

  if (mw.result != OW_MAKE_WHOLE_FOUND)
    gtk_widget_set_visible (GTK_WIDGET (self->offered_sign_on_row), FALSE);
  gtk_label_set_label (self->make_whole_label, amount ? amount : "—");
  adw_action_row_set_subtitle (self->make_whole_row, subtitle);
  ow_make_whole_clear (&mw);
}

/* The slider ------------------------------------------------------------------ */

OwDate
_ow_negotiate_view_leave_get_date (OwNegotiateView *self)
{
  double days = gtk_adjustment_get_value (self->leave_adjustment);

  return self->leave_start + (OwDate) MAX (0, (gint64) (days + 0.5));
}

/**
 * _ow_negotiate_view_leave_set_date:
 *
 * Moves the slider to DATE (kept inside the range), as the person would.
 */
void
_ow_negotiate_view_leave_set_date (OwNegotiateView *self,
                                   OwDate           date)
{
  if (self->shown == NULL || date == OW_DATE_NONE)
    return;

  date = CLAMP (date, self->leave_start, self->leave_end);
  gtk_adjustment_set_value (self->leave_adjustment, (double) (date - self->leave_start));
}

static void
scale_changed_cb (OwNegotiateView *self)
{
  if (self->setting_scale || self->shown == NULL)
    return;

  g_hash_table_insert (self->leave_dates, g_object_ref (self->shown),
                       GUINT_TO_POINTER (_ow_negotiate_view_leave_get_date (self)));
  update_figures (self);
}

void
_ow_negotiate_view_leave_update (OwNegotiateView *self)
{
  g_autoptr(GPtrArray) schedules = NULL;
  Range range = { 0, };
  OwDate date;
  gboolean overflow = FALSE;

  schedules = ow_valuation_schedules (self->document, self->shown, FALSE, &overflow);
  leave_range (self, schedules, &range);
  if (!same_range (self, &range))
    apply_range (self, &range);
  range_clear (&range);

  /* The day picked for this offer, or half a year in. */
  date = GPOINTER_TO_UINT (g_hash_table_lookup (self->leave_dates, self->shown));
  if (date == OW_DATE_NONE)
    date = ow_date_add_months (self->leave_start, DEFAULT_MONTHS_IN);
  date = CLAMP (date, self->leave_start, self->leave_end);

  self->setting_scale = TRUE;
  gtk_adjustment_set_value (self->leave_adjustment, (double) (date - self->leave_start));
  self->setting_scale = FALSE;

  update_figures (self);
  update_make_whole (self);
}

void
_ow_negotiate_view_leave_clear (OwNegotiateView *self)
{
  _ow_negotiate_view_clear_rows (self->grant_rows);
  self->leave_start = OW_DATE_NONE;
  self->leave_end = OW_DATE_NONE;
  g_object_set_data (G_OBJECT (self->leave_scale), "cliffs", NULL);
}

void
_ow_negotiate_view_leave_init (OwNegotiateView *self)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self->leave_scale));

  g_signal_connect_swapped (self->leave_adjustment, "value-changed", G_CALLBACK (scale_changed_cb), self);

  /* The wheel scrolls the page, as everywhere else on it, rather than
   * moving the day when the pointer happens to pass over the slider: the
   * slider is dragged, clicked or moved with the keys. */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
    }
}
