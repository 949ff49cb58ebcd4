/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One equity grant. */
#define G_LOG_DOMAIN "ow-grant-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-date-row.h"
#include "ow-edit.h"
#include "ow-enum-row.h"
#include "ow-format.h"
#include "ow-grant-row.h"
#include "ow-number-row.h"
#include "ow-schedule-row.h"
#include "ow-source-button.h"
#include "ow-text-row.h"
#include "ow-valuation.h"

struct _OwGrantRow
{
  AdwExpanderRow   parent_instance;

  OwHistory       *history;
  OwOffer         *offer;
  OwGrant         *grant;
  guint            position;
  gboolean         syncing;

  AdwActionRow    *vesting_row;   /* the live line */

  /* Template children. */
  GtkButton       *remove_button;
  OwTextRow       *name_row;
  OwEnumRow       *kind_row;
  AdwActionRow    *given_as_row;
  GtkToggleButton *units_toggle;
  GtkToggleButton *value_toggle;
  OwNumberRow     *units_row;
  OwNumberRow     *value_row;
  OwNumberRow     *share_price_row;
  OwNumberRow     *strike_row;
  OwNumberRow     *growth_row;
  OwDateRow       *vest_start_row;
  OwScheduleRow   *schedule_row;
};

G_DEFINE_FINAL_TYPE (OwGrantRow, ow_grant_row, ADW_TYPE_EXPANDER_ROW)

enum {
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static OwDocument *
get_document (OwGrantRow *self)
{
  return ow_history_get_document (self->history);
}

static const OwGrantSchedule *
find_schedule (GPtrArray *schedules,
               OwGrant   *grant)
{
  for (guint i = 0; schedules != NULL && i < schedules->len; i++)
    {
      const OwGrantSchedule *s = g_ptr_array_index (schedules, i);

      if (s->grant == grant)
        return s;
    }
  return NULL;
}

/* The live line: the share of the grant vesting in each year of its
 * schedule and the first vest date, summed from the valuation's tranches. */
static char *
describe_schedule (OwOffer               *offer,
                   OwGrant               *grant,
                   const OwGrantSchedule *schedule)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *first_date = NULL;
  OwVesting *vesting = ow_grant_get_vesting (grant);
  guint years = (guint) (ow_vesting_get_months (vesting) + 11) / 12;
  OwDate start = ow_grant_get_vest_start (grant);
  gint64 sums[OW_MAX_HORIZON_YEARS * 2] = { 0 };
  OwDate first = OW_DATE_NONE;
  OwExact total;

  if (schedule == NULL)
    return g_strdup (_("The schedule cannot be worked out"));
  if (schedule->total_units <= 0 || schedule->tranches->len == 0)
    return g_strdup (_("Nothing vests until the grant has units or a value"));

  if (start == OW_DATE_NONE)
    start = ow_offer_get_start_date (offer);
  years = MIN (years, G_N_ELEMENTS (sums));

  for (guint i = 0; i < schedule->tranches->len; i++)
    {
      const OwTranche *t = &g_array_index (schedule->tranches, OwTranche, i);
      guint year = 1;

      while (year < years && t->date > ow_date_add_months (start, 12 * (int) year))
        year++;
      sums[year - 1] += t->units;
      if (first == OW_DATE_NONE && t->units > 0)
        first = t->date;
    }

  ow_exact_set_int (&total, schedule->total_units);
  for (guint y = 0; y < years; y++)
    {
      g_autofree char *percent = NULL;
      OwExact share;
      gint64 basis_points;

      /* To a tenth of a percent: whole-share rounding moves a year's share
       * by hundredths ("4.96%" for 5% of 2,157 shares), which is noise
       * here; the tranches themselves are exact. */
      ow_exact_set_int (&share, sums[y]);
      ow_exact_mul_int (&share, &share, 100);
      if (!ow_exact_div_round (&share, &total, 1, &basis_points))
        return g_strdup (_("The schedule cannot be worked out"));
      percent = ow_format_percent (basis_points * 10);
      if (y > 0)
        g_string_append (text, " / ");
      g_string_append (text, percent);
    }

  if (first != OW_DATE_NONE)
    {
      first_date = ow_format_date (first);
      /* TRANSLATORS: after the yearly percents: "5% / 15% / 40% / 40% ·
       * first vest Jan 4, 2028". */
      g_string_append_printf (text, _(" · first vest %s"), first_date);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
ow_grant_row_describe_vesting (OwDocument *document,
                               OwOffer    *offer,
                               OwGrant    *grant)
{
  g_autoptr(GPtrArray) schedules = NULL;
  gboolean overflow = FALSE;

  g_return_val_if_fail (OW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (OW_IS_GRANT (grant), NULL);

  schedules = ow_valuation_schedules (document, offer, FALSE, &overflow);
  return describe_schedule (offer, grant, find_schedule (schedules, grant));
}

static char *
describe_units (OwGrantKind kind,
                gint64      millionths)
{
  g_autofree char *units = ow_format_units (millionths);
  gulong whole = (gulong) MIN (millionths / 1000000, (gint64) G_MAXLONG);

  if (kind == OW_GRANT_KIND_OPTION)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s option", "%s options", whole), units);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s unit", "%s units", whole), units);
}

static void
update_summary (OwGrantRow *self)
{
  g_autoptr(GPtrArray) schedules = NULL;
  g_autofree char *units = NULL;
  g_autofree char *schedule_text = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *live = NULL;
  const OwGrantSchedule *schedule;
  const char *name;
  gboolean overflow = FALSE;

  if (self->grant == NULL)
    return;

  name = ow_grant_get_name (self->grant);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 *name ? name : ow_enum_to_label (OW_TYPE_GRANT_KIND, ow_grant_get_kind (self->grant)));

  schedules = ow_valuation_schedules (get_document (self), self->offer, FALSE, &overflow);
  schedule = find_schedule (schedules, self->grant);
  schedule_text = ow_schedule_row_describe (ow_grant_get_vesting (self->grant));
  if (ow_grant_has_value (self->grant) && !ow_grant_has_share_price (self->grant))
    {
      /* A value without a share price is counted in money, not shares. */
      g_autofree char *value = ow_format_money_cents (ow_grant_get_value (self->grant),
                                                      ow_document_get_offer_currency (get_document (self), self->offer));
      /* TRANSLATORS: a grant given as a value, e.g. "$300,000 in value". */
      units = g_strdup_printf (_("%s in value"), value);
      subtitle = g_strdup_printf ("%s · %s", units, schedule_text);
    }
  else if (schedule != NULL)
    {
      units = describe_units (ow_grant_get_kind (self->grant), schedule->total_units);
      subtitle = g_strdup_printf ("%s · %s", units, schedule_text);
    }
  else
    subtitle = g_strdup (schedule_text);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  live = describe_schedule (self->offer, self->grant, schedule);
  adw_action_row_set_subtitle (self->vesting_row, live);
}

/* Which rows show: units or value, the strike for options only. */
static void
update_rows (OwGrantRow *self)
{
  gboolean option, has_value;
  g_autofree char *vest_start_hint = NULL;
  g_autofree char *start = NULL;

  if (self->grant == NULL)
    return;

  option = ow_grant_get_kind (self->grant) == OW_GRANT_KIND_OPTION;
  has_value = ow_grant_has_value (self->grant);

  self->syncing = TRUE;
  gtk_toggle_button_set_active (has_value ? self->value_toggle : self->units_toggle, TRUE);
  self->syncing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->value_toggle), !option || has_value);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->value_toggle),
                               option ? _("Options are always given as a number of options") : NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->units_row), !has_value);
  gtk_widget_set_visible (GTK_WIDGET (self->value_row), has_value);
  gtk_widget_set_visible (GTK_WIDGET (self->strike_row), option);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->units_row),
                                 option ? _("Number of options") : _("Number of shares"));

  ow_number_row_set_optional (self->share_price_row, TRUE,
                              has_value ? _("1 per unit") : _("Not known"));
  ow_number_row_set_hint (self->share_price_row,
                          has_value && !ow_grant_has_share_price (self->grant)
                          ? _("Without a price the grant counts as money")
                          : NULL);

  start = ow_format_date (ow_offer_get_start_date (self->offer));
  vest_start_hint = g_strdup_printf (_("Empty: the start date, %s"), start);
  ow_date_row_set_placeholder (self->vest_start_row, start);
  ow_date_row_set_hint (self->vest_start_row,
                        ow_grant_get_vest_start (self->grant) == OW_DATE_NONE ? NULL : vest_start_hint);
}

static void
update_currency (OwGrantRow *self)
{
  const char *currency = ow_document_get_offer_currency (get_document (self), self->offer);

  ow_number_row_set_currency (self->value_row, currency);
  ow_number_row_set_currency (self->share_price_row, currency);
  ow_number_row_set_currency (self->strike_row, currency);
}

static void
document_changed_cb (OwGrantRow *self)
{
  update_currency (self);
  update_rows (self);
  update_summary (self);
}

static void
bind_sources (OwGrantRow *self)
{
  static const struct { gsize offset; const char *key; } figures[] = {
    { G_STRUCT_OFFSET (OwGrantRow, units_row), "units" },
    { G_STRUCT_OFFSET (OwGrantRow, value_row), "value" },
    { G_STRUCT_OFFSET (OwGrantRow, share_price_row), "share_price" },
    { G_STRUCT_OFFSET (OwGrantRow, strike_row), "strike_price" },
    { G_STRUCT_OFFSET (OwGrantRow, growth_row), "growth_percent" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      OwNumberRow *row = G_STRUCT_MEMBER (OwNumberRow *, self, figures[i].offset);
      g_autofree char *key = g_strdup_printf ("grants[%u].%s", self->position, figures[i].key);

      ow_number_row_set_source (row, self->offer, key);
    }
}

/* Units or value --------------------------------------------------------- */

/* Gives the grant as units instead of a value, or the other way round, in
 * one step: the figure given is worked out from the other so the grant
 * keeps its worth, and the other is cleared (the format takes exactly one). */
static gboolean
give_as (OwGrantRow  *self,
         gboolean     as_value,
         GError     **error)
{
  gint64 price = ow_grant_has_share_price (self->grant) ? ow_grant_get_share_price (self->grant) : 1000000;
  gboolean ok;

  if (as_value == ow_grant_has_value (self->grant))
    return TRUE;

  if (as_value)
    {
      OwExact worth, p;
      gint64 cents;

      ow_exact_set_scaled (&worth, ow_grant_get_units (self->grant), 6);
      ow_exact_set_scaled (&p, price, 6);
      ow_exact_mul (&worth, &worth, &p);
      if (!ow_exact_round (&worth, 2, &cents) || cents > G_GINT64_CONSTANT (100000000000000))
        {
          g_set_error_literal (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                               _("The grant is worth too much to give as a value"));
          return FALSE;
        }
      ow_history_begin (self->history, _("Give Grant as a Value"));
      ow_history_set (self->history, self->grant, NULL, "value", cents, "units", (gint64) -1, NULL);
    }
  else
    {
      /* The valuation knows how many units a value buys (whole units at
       * the share price, or the amount itself without one). */
      g_autoptr(GPtrArray) schedules = NULL;
      const OwGrantSchedule *schedule;
      gboolean overflow = FALSE;

      schedules = ow_valuation_schedules (get_document (self), self->offer, FALSE, &overflow);
      schedule = find_schedule (schedules, self->grant);
      if (schedule == NULL || overflow)
        {
          g_set_error_literal (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                               _("The number of units cannot be worked out"));
          return FALSE;
        }
      ow_history_begin (self->history, _("Give Grant as Units"));
      ow_history_set (self->history, self->grant, NULL,
                      "units", schedule->total_units, "value", (gint64) -1, NULL);
    }

  ok = ow_history_end (self->history, error);
  return ok;
}

static void
given_as_toggled_cb (OwGrantRow      *self,
                     GtkToggleButton *button)
{
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->grant == NULL || !gtk_toggle_button_get_active (button))
    return;

  if (!give_as (self, button == self->value_toggle, &error))
    {
      g_autofree char *described = ow_edit_describe_error (get_document (self), error);

      adw_action_row_set_subtitle (self->given_as_row, described);
      gtk_widget_add_css_class (GTK_WIDGET (self->given_as_row), "ow-invalid");
    }
  else
    {
      adw_action_row_set_subtitle (self->given_as_row, "");
      gtk_widget_remove_css_class (GTK_WIDGET (self->given_as_row), "ow-invalid");
    }
  update_rows (self);
}

/* Removing ------------------------------------------------------------------ */

static void
remove_clicked_cb (OwGrantRow *self)
{
  g_autoptr(OwGrantRow) keep = g_object_ref (self);
  g_autoptr(OwHistory) history = g_object_ref (self->history);
  g_autoptr(OwOffer) offer = g_object_ref (self->offer);
  g_autoptr(GError) error = NULL;
  GListModel *grants = ow_offer_get_grants (offer);
  guint position;

  if (!g_list_store_find (G_LIST_STORE (grants), self->grant, &position))
    return;

  ow_history_begin (history, _("Remove Grant"));
  ow_history_remove (history, grants, position, NULL);
  ow_source_keys_forget_item (history, offer, "grants", position, NULL);
  if (!ow_history_end (history, &error))
    {
      g_warning ("Could not remove the grant: %s", error->message);
      return;
    }
  g_signal_emit (self, signals[REMOVED], 0);
}

/* GObject --------------------------------------------------------------------- */

static void
ow_grant_row_dispose (GObject *object)
{
  OwGrantRow *self = OW_GRANT_ROW (object);

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (get_document (self), self);
  if (self->grant != NULL)
    g_signal_handlers_disconnect_by_data (self->grant, self);
  g_clear_object (&self->grant);
  g_clear_object (&self->offer);
  g_clear_object (&self->history);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_GRANT_ROW);

  G_OBJECT_CLASS (ow_grant_row_parent_class)->dispose (object);
}

static void
ow_grant_row_class_init (OwGrantRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_grant_row_dispose;

  /**
   * OwGrantRow::removed:
   *
   * The grant was removed from its offer (the step can be undone).
   */
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OW_TYPE_DATE_ROW);
  g_type_ensure (OW_TYPE_ENUM_ROW);
  g_type_ensure (OW_TYPE_NUMBER_ROW);
  g_type_ensure (OW_TYPE_SCHEDULE_ROW);
  g_type_ensure (OW_TYPE_TEXT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-grant-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, given_as_row);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, growth_row);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, schedule_row);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, share_price_row);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, strike_row);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, units_row);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, units_toggle);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, value_row);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, value_toggle);
  gtk_widget_class_bind_template_child (widget_class, OwGrantRow, vest_start_row);
  gtk_widget_class_bind_template_callback (widget_class, given_as_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
ow_grant_row_init (OwGrantRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* After the schedule's own rows: the custom ones, then the live line. */
  ow_schedule_row_add_custom_rows (self->schedule_row, GTK_WIDGET (self));
  self->vesting_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->vesting_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->vesting_row), _("Vesting by year"));
  gtk_widget_add_css_class (GTK_WIDGET (self->vesting_row), "ow-live-line");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->vesting_row));
}

/**
 * ow_grant_row_new:
 *
 * Returns: a row showing GRANT of OFFER, edited through HISTORY
 */
GtkWidget *
ow_grant_row_new (OwHistory *history,
                  OwOffer   *offer,
                  OwGrant   *grant)
{
  OwGrantRow *self;
  const char *currency;

  g_return_val_if_fail (OW_IS_HISTORY (history), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (OW_IS_GRANT (grant), NULL);

  self = g_object_new (OW_TYPE_GRANT_ROW, NULL);
  self->history = g_object_ref (history);
  self->offer = g_object_ref (offer);
  self->grant = g_object_ref (grant);
  currency = ow_document_get_offer_currency (get_document (self), offer);

  ow_text_row_bind (self->name_row, history, grant, "name");
  ow_enum_row_bind (self->kind_row, history, grant, "kind");
  ow_number_row_bind (self->units_row, history, grant, "units", OW_PARSE_UNITS, NULL);
  ow_number_row_set_optional (self->units_row, FALSE, NULL);
  ow_number_row_bind (self->value_row, history, grant, "value", OW_PARSE_MONEY, currency);
  ow_number_row_set_optional (self->value_row, FALSE, NULL);
  ow_number_row_bind (self->share_price_row, history, grant, "share-price", OW_PARSE_PRICE, currency);
  ow_number_row_bind (self->strike_row, history, grant, "strike-price", OW_PARSE_PRICE, currency);
  ow_number_row_bind (self->growth_row, history, grant, "growth-percent", OW_PARSE_SIGNED_PERCENT, NULL);
  ow_date_row_bind (self->vest_start_row, history, grant, "vest-start");
  ow_schedule_row_bind (self->schedule_row, history, ow_grant_get_vesting (grant));
  bind_sources (self);

  g_signal_connect_object (get_document (self), "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_rows (self);
  update_summary (self);
  return GTK_WIDGET (self);
}

/**
 * ow_grant_row_get_grant:
 *
 * Returns: (transfer none): the grant shown
 */
OwGrant *
ow_grant_row_get_grant (OwGrantRow *self)
{
  g_return_val_if_fail (OW_IS_GRANT_ROW (self), NULL);
  return self->grant;
}

/* The grant's place in its offer's list, which names its source keys. */
void
ow_grant_row_set_position (OwGrantRow *self,
                           guint       position)
{
  g_return_if_fail (OW_IS_GRANT_ROW (self));

  self->position = position;
  bind_sources (self);
}

/* Expands the row and puts the focus on the grant's first figure. */
void
ow_grant_row_focus_first (OwGrantRow *self)
{
  g_return_if_fail (OW_IS_GRANT_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (ow_grant_get_kind (self->grant) == OW_GRANT_KIND_RSU &&
                                     ow_grant_has_value (self->grant)
                                     ? ow_number_row_get_entry (self->value_row)
                                     : ow_number_row_get_entry (self->units_row)));
}
