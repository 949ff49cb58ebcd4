/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Counteroffer: what it would take for the offer to reach a target (another
 * offer, or an amount), over the first year or the whole horizon, and the
 * three ways to get there, each on its own (ow-planner.h).  Each can be
 * applied as a revision: the change is made to the offer and logged as the
 * person's counteroffer, in one step that one undo takes back. */
#define G_LOG_DOMAIN "ow-negotiate-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-edit.h"
#include "ow-format.h"
#include "ow-negotiate-view-private.h"

/* The target ----------------------------------------------------------------- */

static OwPlanMeasure
current_measure (OwNegotiateView *self)
{
  return gtk_toggle_button_get_active (self->horizon_button) ? OW_PLAN_MEASURE_HORIZON
                                                              : OW_PLAN_MEASURE_FIRST_YEAR;
}

static const OwExact *
measure_of (const OwOfferValue *value,
            OwPlanMeasure       measure)
{
  return measure == OW_PLAN_MEASURE_HORIZON ? &value->horizon_total : &value->first_year_total;
}

/* The offer worth most in the measure is what people counter with.  The
 * session's valuation may lag behind the list for a moment (an offer just
 * deleted), so only the offers listed now count. */
static OwOffer *
default_target (OwNegotiateView *self,
                GPtrArray       *offers)
{
  OwValuation *valuation = ow_session_get_valuation (self->session);
  OwPlanMeasure measure = current_measure (self);
  OwOffer *best = NULL;
  const OwExact *best_value = NULL;

  for (guint i = 0; i < offers->len; i++)
    {
      OwOffer *offer = g_ptr_array_index (offers, i);
      const OwOfferValue *value = ow_valuation_find (valuation, offer);

      if (value == NULL || value->overflow)
        continue;
      if (best == NULL || ow_exact_cmp (measure_of (value, measure), best_value) > 0)
        {
          best = offer;
          best_value = measure_of (value, measure);
        }
    }
  /* Any other offer rather than none. */
  if (best == NULL && offers->len > 0)
    best = g_ptr_array_index (offers, 0);
  return best;
}

static gboolean
targets_differ (OwNegotiateView *self,
                GPtrArray       *offers)
{
  if (self->targets->len != offers->len)
    return TRUE;
  for (guint i = 0; i < offers->len; i++)
    {
      OwOffer *offer = g_ptr_array_index (offers, i);
      const char *shown = gtk_string_list_get_string (self->target_names, i);

      if (g_ptr_array_index (self->targets, i) != offer ||
          g_strcmp0 (shown, _ow_negotiate_view_offer_name (offer)) != 0)
        return TRUE;
    }
  return FALSE;
}

/* The list: every other offer by name, then "An amount". */
static void
update_targets (OwNegotiateView *self)
{
  g_autoptr(GPtrArray) offers = g_ptr_array_new ();
  guint n = ow_document_get_n_offers (self->document);
  guint selected;

  for (guint i = 0; i < n; i++)
    {
      OwOffer *offer = ow_document_get_offer (self->document, i);

      if (offer != self->shown)
        g_ptr_array_add (offers, offer);
    }

  /* A target offer that was deleted falls back to the default. */
  if (self->target_offer != NULL && !g_ptr_array_find (offers, self->target_offer, NULL))
    g_clear_object (&self->target_offer);
  if (self->target_offer == NULL && !self->target_is_amount)
    {
      OwOffer *best = default_target (self, offers);

      if (best != NULL)
        self->target_offer = g_object_ref (best);
      else
        self->target_is_amount = TRUE;
    }

  self->setting_targets = TRUE;
  if (targets_differ (self, offers))
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      g_ptr_array_set_size (self->targets, 0);
      for (guint i = 0; i < offers->len; i++)
        {
          g_ptr_array_add (self->targets, g_object_ref (g_ptr_array_index (offers, i)));
          g_ptr_array_add (names, (gpointer) _ow_negotiate_view_offer_name (g_ptr_array_index (offers, i)));
        }
      g_ptr_array_add (names, (gpointer) _("An amount"));
      g_ptr_array_add (names, NULL);
      gtk_string_list_splice (self->target_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->target_names)),
                              (const char *const *) names->pdata);
    }
  if (self->target_is_amount || !g_ptr_array_find (self->targets, self->target_offer, &selected))
    selected = self->targets->len;
  adw_combo_row_set_selected (self->target_row, selected);
  self->setting_targets = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->amount_row), self->target_is_amount);
}

static void
target_selected_cb (OwNegotiateView *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);

  if (self->setting_targets || self->shown == NULL)
    return;

  g_clear_object (&self->target_offer);
  self->target_is_amount = selected >= self->targets->len;
  if (!self->target_is_amount)
    self->target_offer = g_object_ref (g_ptr_array_index (self->targets, selected));
  _ow_negotiate_view_planner_update (self);
}

/* An amount a little above the offer, as a starting point that has a gap. */
static void
suggest_amount (OwNegotiateView *self)
{
  OwOfferValue *value = ow_session_get_offer_value (self->session, self->shown);
  g_autofree char *text = NULL;
  gint64 cents = 0;
  OwExact amount;

  if (value == NULL || !ow_exact_to_cents (measure_of (value, current_measure (self)), &cents) || cents < 0)
    cents = 0;
  /* The next 10,000 up. */
  cents = (cents / 1000000 + 1) * 1000000;
  self->target_amount = cents;
  ow_exact_set_scaled (&amount, cents, 2);
  text = ow_format_money_whole (&amount, _ow_negotiate_view_display_currency (self));
  gtk_editable_set_text (GTK_EDITABLE (self->amount_entry), text);
}

static void
set_amount_error (OwNegotiateView *self,
                  const char      *message)
{
  adw_action_row_set_subtitle (self->amount_row, message ? message : "");
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->amount_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->amount_entry), "error");
  ow_edit_set_invalid (GTK_WIDGET (self->amount_entry), message);
}

static void
amount_changed_cb (OwNegotiateView *self)
{
  g_autofree char *message = NULL;
  g_autofree char *text = NULL;
  OwExact amount;
  gint64 cents;

  if (self->shown == NULL)
    return;

  if (!ow_parse_number (gtk_editable_get_text (GTK_EDITABLE (self->amount_entry)), OW_PARSE_MONEY,
                        _ow_negotiate_view_display_currency (self), &cents, &message))
    {
      set_amount_error (self, message);
      return;
    }

  set_amount_error (self, NULL);
  self->target_amount = cents;
  ow_exact_set_scaled (&amount, cents, 2);
  text = ow_format_money_whole (&amount, _ow_negotiate_view_display_currency (self));
  if (cents % 100 == 0)
    gtk_editable_set_text (GTK_EDITABLE (self->amount_entry), text);
  _ow_negotiate_view_planner_update (self);
}

static void
measure_toggled_cb (OwNegotiateView *self)
{
  if (self->shown != NULL && gtk_toggle_button_get_active (self->first_year_button) !=
                             gtk_toggle_button_get_active (self->horizon_button))
    _ow_negotiate_view_planner_update (self);
}

/* The plan ------------------------------------------------------------------- */

static char *
target_description (OwNegotiateView *self)
{
  const char *display = _ow_negotiate_view_display_currency (self);
  g_autofree char *value = ow_format_money (&self->plan->target_value, display);
  guint horizon = (guint) ow_document_get_horizon_years (self->document);

  if (self->plan->target.kind == OW_PLAN_TARGET_OFFER)
    {
      const char *name = _ow_negotiate_view_offer_name (self->plan->target.offer);

      if (self->plan->target.measure == OW_PLAN_MEASURE_FIRST_YEAR)
        /* TRANSLATORS: under "Gap": "To match Lumen Foundry in the first year ($316,750.00)". */
        return g_strdup_printf (_("To match %s in the first year (%s)"), name, value);
      /* TRANSLATORS: under "Gap": "To match Lumen Foundry over 4 years ($1,316,750.00)". */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "To match %s over %u year (%s)",
                                           "To match %s over %u years (%s)", horizon),
                              name, horizon, value);
    }
  if (self->plan->target.measure == OW_PLAN_MEASURE_FIRST_YEAR)
    /* TRANSLATORS: under "Gap": "To reach $400,000.00 in the first year". */
    return g_strdup_printf (_("To reach %s in the first year"), value);
  /* TRANSLATORS: under "Gap": "To reach $1,500,000.00 over 4 years". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "To reach %s over %u year", "To reach %s over %u years",
                                       horizon),
                          value, horizon);
}

static const char *const option_names[OW_PLAN_N_OPTIONS] = {
  N_("the higher base salary"),
  N_("the sign-on bonus"),
  N_("the extra equity grant"),
};

/* "first year +$25,080.00 · over 4 years +$110,000.00" */
static char *
describe_effect (OwNegotiateView    *self,
                 const OwPlanChoice *choice)
{
  const char *display = _ow_negotiate_view_display_currency (self);
  guint horizon = (guint) ow_document_get_horizon_years (self->document);
  g_autofree char *first = NULL;
  g_autofree char *whole = NULL;
  OwExact diff;

  ow_exact_sub (&diff, &choice->first_year_total, &self->plan->first_year_total);
  first = ow_format_money_signed (&diff, display);
  ow_exact_sub (&diff, &choice->horizon_total, &self->plan->horizon_total);
  whole = ow_format_money_signed (&diff, display);
  /* TRANSLATORS: what one option adds: "First year +$25,080.00 · over 4 years +$110,000.00". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First year %s · over %u year %s",
                                       "First year %s · over %u years %s", horizon),
                          first, horizon, whole);
}

static void
update_option (OwNegotiateView *self,
               OwPlanOption     option)
{
  const OwPlanChoice *choice = &self->plan->options[option];
  const char *currency = _ow_negotiate_view_offer_currency (self);
  g_autofree char *amount = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *effect = NULL;

  switch (choice->result)
    {
    case OW_PLAN_RESULT_FOUND:
      amount = ow_format_money_cents (choice->amount, currency);
      effect = describe_effect (self, choice);
      if (option == OW_PLAN_OPTION_BASE)
        {
          g_autofree char *increase = ow_format_money_cents (choice->increase, currency);

          /* TRANSLATORS: two lines: "+$22,000.00 a year", then "First year
           * +$25,080.00 · over 4 years +$110,000.00" */
          subtitle = g_strdup_printf (_("+%s a year\n%s"), increase, effect);
        }
      else if (option == OW_PLAN_OPTION_SIGN_ON)
        /* TRANSLATORS: two lines; %s: "First year +$25,080.00 · over 4 years +$25,080.00" */
        subtitle = g_strdup_printf (_("Paid on the start date\n%s"), effect);
      else
        /* TRANSLATORS: two lines; %s: "First year +$1,250.00 · over 4 years +$40,000.00" */
        subtitle = g_strdup_printf (_("Vests like the first grant\n%s"), effect);
      break;
    case OW_PLAN_RESULT_ALREADY_MET:
      subtitle = g_strdup (_("Nothing to ask for: the target is met"));
      break;
    case OW_PLAN_RESULT_OUTSIDE_PERIOD:
      subtitle = g_strdup (_("Nothing of it vests in the first year, so it cannot close a first-year gap"));
      break;
    case OW_PLAN_RESULT_OUT_OF_RANGE:
      subtitle = g_strdup (_("Not even the largest amount allowed would close the gap"));
      break;
    case OW_PLAN_RESULT_OVERFLOW:
    default:
      subtitle = g_strdup (_("Figures too large to compute"));
      break;
    }

  gtk_label_set_label (self->option_labels[option], amount ? amount : "—");
  adw_action_row_set_subtitle (self->option_rows[option], subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_buttons[option]), choice->result == OW_PLAN_RESULT_FOUND);

  /* The three buttons read the same: say which one this is. */
  /* TRANSLATORS: the accessible name of a button: "Apply the sign-on bonus as a revision". */
  accessible = g_strdup_printf (_("Apply %s as a revision"), _(option_names[option]));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->apply_buttons[option]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

void
_ow_negotiate_view_planner_update (OwNegotiateView *self)
{
  const char *display = _ow_negotiate_view_display_currency (self);
  g_autofree char *description = NULL;
  g_autofree char *gap = NULL;
  OwPlanTarget target = { 0, };

  update_targets (self);

  target.measure = current_measure (self);
  if (self->target_is_amount)
    {
      target.kind = OW_PLAN_TARGET_AMOUNT;
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->amount_entry)), "") == 0)
        suggest_amount (self);
      ow_exact_set_scaled (&target.amount, self->target_amount, 2);
    }
  else
    {
      target.kind = OW_PLAN_TARGET_OFFER;
      target.offer = self->target_offer;
      ow_exact_set_int (&target.amount, 0);
    }

  g_clear_pointer (&self->plan, ow_plan_free);
  self->plan = ow_plan_new (self->document, self->shown, &target);
  if (self->plan == NULL)
    return;

  description = target_description (self);
  if (self->plan->overflow)
    {
      gap = g_strdup ("—");
      g_clear_pointer (&description, g_free);
      description = g_strdup (_("Figures too large to compute"));
    }
  else if (ow_exact_sign (&self->plan->gap) > 0)
    gap = ow_format_money (&self->plan->gap, display);
  else
    {
      OwExact ahead;
      g_autofree char *by = NULL;
      g_autofree char *reason = g_steal_pointer (&description);

      ow_exact_neg (&ahead, &self->plan->gap);
      by = ow_format_money (&ahead, display);
      gap = g_strdup (_("None"));
      /* TRANSLATORS: under "Gap" when the offer is already there: "Already
       * ahead by $3,000.00 · To match Lumen Foundry in the first year (…)". */
      description = ow_exact_is_zero (&ahead) ? g_strdup_printf (_("Already level · %s"), reason)
                                              : g_strdup_printf (_("Already ahead by %s · %s"), by, reason);
    }
  gtk_label_set_label (self->gap_label, gap);
  adw_action_row_set_subtitle (self->gap_row, description);

  for (guint i = 0; i < OW_PLAN_N_OPTIONS; i++)
    update_option (self, (OwPlanOption) i);
}

void
_ow_negotiate_view_planner_clear (OwNegotiateView *self)
{
  g_clear_pointer (&self->plan, ow_plan_free);
  g_clear_object (&self->target_offer);
  self->target_is_amount = FALSE;
  self->target_amount = 0;
  gtk_editable_set_text (GTK_EDITABLE (self->amount_entry), "");
  set_amount_error (self, NULL);
}

/* Applying ------------------------------------------------------------------ */

/* The last sign-on payment or grant of COPY: what the planner added. */
static gpointer
last_item (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  return n > 0 ? g_list_model_get_item (list, n - 1) : NULL;
}

static char *
revision_note (OwNegotiateView *self,
               OwPlanOption     option)
{
  const OwPlanChoice *choice = &self->plan->options[option];
  g_autofree char *amount = ow_format_money_cents (choice->amount, _ow_negotiate_view_offer_currency (self));
  g_autofree char *goal = target_description (self);

  switch (option)
    {
    case OW_PLAN_OPTION_BASE:
      /* TRANSLATORS: the note of a counteroffer in the log: "Base salary
       * $232,000.00 · To match Lumen Foundry in the first year (…)". */
      return g_strdup_printf (_("Base salary %s · %s"), amount, goal);
    case OW_PLAN_OPTION_SIGN_ON:
      return g_strdup_printf (_("Sign-on bonus %s · %s"), amount, goal);
    case OW_PLAN_OPTION_EQUITY:
    case OW_PLAN_N_OPTIONS:
    default:
      return g_strdup_printf (_("Extra equity grant %s · %s"), amount, goal);
    }
}

/**
 * _ow_negotiate_view_planner_apply:
 *
 * Makes OPTION's change to the offer and logs the result as the person's
 * counteroffer, dated today: one step of the history.  The first time,
 * the figures as they were are logged first, as received, so the log
 * keeps what the employer offered.
 *
 * Returns: FALSE when there is nothing to apply or the history refused
 */
gboolean
_ow_negotiate_view_planner_apply (OwNegotiateView *self,
                                  OwPlanOption     option)
{
  const OwPlanChoice *choice;
  g_autoptr(OwOffer) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *title = NULL;
  OwDate today = _ow_negotiate_view_today (self);
  OwOffer *offer = self->shown;
  gboolean ok = TRUE;

  if (self->plan == NULL || offer == NULL || option >= OW_PLAN_N_OPTIONS)
    return FALSE;
  choice = &self->plan->options[option];
  if (choice->result != OW_PLAN_RESULT_FOUND)
    return FALSE;

  changed = ow_plan_build_offer (self->plan, option);
  if (changed == NULL)
    return FALSE;
  note = revision_note (self, option);
  amount = ow_format_money_cents (choice->amount, _ow_negotiate_view_offer_currency (self));

  ow_history_begin (self->history, _("Apply Counteroffer"));
  if (g_list_model_get_n_items (ow_offer_get_revisions (offer)) == 0)
    ok = ow_history_record_revision (self->history, offer, OW_REVISION_KIND_RECEIVED, today,
                                     _("As received, before the counteroffer"), NULL) != NULL;
  switch (option)
    {
    case OW_PLAN_OPTION_BASE:
      ok = ow_history_set (self->history, offer, NULL, "base-salary", choice->amount, NULL) && ok;
      break;
    case OW_PLAN_OPTION_SIGN_ON:
    case OW_PLAN_OPTION_EQUITY:
    case OW_PLAN_N_OPTIONS:
    default:
      {
        GListModel *from = option == OW_PLAN_OPTION_SIGN_ON ? ow_offer_get_sign_ons (changed)
                                                            : ow_offer_get_grants (changed);
        GListModel *to = option == OW_PLAN_OPTION_SIGN_ON ? ow_offer_get_sign_ons (offer)
                                                          : ow_offer_get_grants (offer);
        g_autoptr(OwNode) added = last_item (from);
        g_autoptr(OwNode) copy = added != NULL ? ow_node_dup (added) : NULL;

        ok = copy != NULL && ow_history_insert (self->history, to, g_list_model_get_n_items (to), copy, NULL) && ok;
      }
      break;
    }
  ok = ow_history_record_revision (self->history, offer, OW_REVISION_KIND_COUNTERED, today, note, NULL) != NULL && ok;
  if (!ow_history_end (self->history, &error) || !ok)
    {
      _ow_negotiate_view_show_error (self, _("Could Not Apply the Counteroffer"), error);
      return FALSE;
    }

  switch (option)
    {
    case OW_PLAN_OPTION_BASE:
      /* TRANSLATORS: a toast with Undo: "Applied a base salary of $232,000.00 as your counteroffer". */
      title = g_strdup_printf (_("Applied a base salary of %s as your counteroffer"), amount);
      break;
    case OW_PLAN_OPTION_SIGN_ON:
      title = g_strdup_printf (_("Applied a sign-on bonus of %s as your counteroffer"), amount);
      break;
    case OW_PLAN_OPTION_EQUITY:
    case OW_PLAN_N_OPTIONS:
    default:
      title = g_strdup_printf (_("Applied an extra grant of %s as your counteroffer"), amount);
      break;
    }
  _ow_negotiate_view_add_undo_toast (self, title);
  return TRUE;
}

static void
apply_clicked_cb (GtkButton       *button,
                  OwNegotiateView *self)
{
  for (guint i = 0; i < OW_PLAN_N_OPTIONS; i++)
    if (self->apply_buttons[i] == button)
      _ow_negotiate_view_planner_apply (self, (OwPlanOption) i);
}

void
_ow_negotiate_view_planner_init (OwNegotiateView *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->target_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (self->target_names));
  g_signal_connect_swapped (self->target_row, "notify::selected", G_CALLBACK (target_selected_cb), self);

  g_signal_connect_swapped (self->amount_entry, "activate", G_CALLBACK (amount_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (amount_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->amount_entry), focus);

  g_signal_connect_swapped (self->first_year_button, "toggled", G_CALLBACK (measure_toggled_cb), self);
  g_signal_connect_swapped (self->horizon_button, "toggled", G_CALLBACK (measure_toggled_cb), self);

  for (guint i = 0; i < OW_PLAN_N_OPTIONS; i++)
    g_signal_connect (self->apply_buttons[i], "clicked", G_CALLBACK (apply_clicked_cb), self);
}
