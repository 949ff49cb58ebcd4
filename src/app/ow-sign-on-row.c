/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One sign-on payment. */
#define G_LOG_DOMAIN "ow-sign-on-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-enum-row.h"
#include "ow-format.h"
#include "ow-number-row.h"
#include "ow-sign-on-row.h"
#include "ow-source-button.h"

struct _OwSignOnRow
{
  AdwExpanderRow  parent_instance;

  OwHistory      *history;
  OwOffer        *offer;
  OwSignOn       *sign_on;
  guint           position;

  /* Template children. */
  OwNumberRow    *amount_row;
  OwNumberRow    *month_row;
  OwNumberRow    *clawback_months_row;
  OwEnumRow      *clawback_row;
};

G_DEFINE_FINAL_TYPE (OwSignOnRow, ow_sign_on_row, ADW_TYPE_EXPANDER_ROW)

enum {
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static OwDocument *
get_document (OwSignOnRow *self)
{
  return ow_history_get_document (self->history);
}

static char *
describe_month (int month)
{
  if (month == 0)
    return g_strdup (_("Paid at the start"));
  /* TRANSLATORS: when a sign-on payment is paid, counted from the start. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Paid after %d month", "Paid after %d months", month),
                          month);
}

static char *
describe_clawback (OwSignOn *sign_on)
{
  int months = ow_sign_on_get_clawback_months (sign_on);

  switch (ow_sign_on_get_clawback (sign_on))
    {
    case OW_CLAWBACK_PRORATED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "prorated clawback over %d month",
                                           "prorated clawback over %d months", months), months);
    case OW_CLAWBACK_FULL:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "repaid in full if leaving within %d month",
                                           "repaid in full if leaving within %d months", months), months);
    case OW_CLAWBACK_NONE:
    case OW_CLAWBACK_DEFAULT:
    default:
      return g_strdup (_("no clawback"));
    }
}

static void
update_summary (OwSignOnRow *self)
{
  const char *currency = ow_document_get_offer_currency (get_document (self), self->offer);
  gint64 cents = ow_sign_on_get_amount (self->sign_on);
  g_autofree char *amount = NULL;
  g_autofree char *when = describe_month (ow_sign_on_get_month (self->sign_on));
  g_autofree char *clawback = describe_clawback (self->sign_on);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", when, clawback);
  g_autofree char *title = NULL;
  OwExact value;

  /* Whole amounts without ".00", as offer letters write them. */
  ow_exact_set_scaled (&value, cents, 2);
  amount = cents % 100 == 0 ? ow_format_money_whole (&value, currency) : ow_format_money (&value, currency);
  /* TRANSLATORS: a sign-on payment's title: "$60,000 sign-on". */
  title = g_strdup_printf (_("%s sign-on"), amount);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  ow_number_row_set_currency (self->amount_row, currency);
}

static void
document_changed_cb (OwSignOnRow *self)
{
  update_summary (self);
}

static void
bind_sources (OwSignOnRow *self)
{
  g_autofree char *key = g_strdup_printf ("sign_on[%u].amount", self->position);

  ow_number_row_set_source (self->amount_row, self->offer, key);
}

static void
remove_clicked_cb (OwSignOnRow *self)
{
  g_autoptr(OwSignOnRow) keep = g_object_ref (self);
  g_autoptr(OwHistory) history = g_object_ref (self->history);
  g_autoptr(OwOffer) offer = g_object_ref (self->offer);
  g_autoptr(GError) error = NULL;
  GListModel *sign_ons = ow_offer_get_sign_ons (offer);
  guint position;

  if (!g_list_store_find (G_LIST_STORE (sign_ons), self->sign_on, &position))
    return;

  ow_history_begin (history, _("Remove Sign-on Payment"));
  ow_history_remove (history, sign_ons, position, NULL);
  ow_source_keys_forget_item (history, offer, "sign_on", position, NULL);
  if (!ow_history_end (history, &error))
    {
      g_warning ("Could not remove the sign-on payment: %s", error->message);
      return;
    }
  g_signal_emit (self, signals[REMOVED], 0);
}

static void
ow_sign_on_row_dispose (GObject *object)
{
  OwSignOnRow *self = OW_SIGN_ON_ROW (object);

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (get_document (self), self);
  g_clear_object (&self->sign_on);
  g_clear_object (&self->offer);
  g_clear_object (&self->history);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_SIGN_ON_ROW);

  G_OBJECT_CLASS (ow_sign_on_row_parent_class)->dispose (object);
}

static void
ow_sign_on_row_class_init (OwSignOnRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_sign_on_row_dispose;

  /**
   * OwSignOnRow::removed:
   *
   * The payment was removed from its offer (the step can be undone).
   */
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OW_TYPE_ENUM_ROW);
  g_type_ensure (OW_TYPE_NUMBER_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-sign-on-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OwSignOnRow, amount_row);
  gtk_widget_class_bind_template_child (widget_class, OwSignOnRow, clawback_months_row);
  gtk_widget_class_bind_template_child (widget_class, OwSignOnRow, clawback_row);
  gtk_widget_class_bind_template_child (widget_class, OwSignOnRow, month_row);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
ow_sign_on_row_init (OwSignOnRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  ow_number_row_set_hint (self->month_row, _("0 is the start date; month 13 falls in year 2"));
  ow_enum_row_set_label (self->clawback_row, OW_CLAWBACK_DEFAULT,
                         _("Prorated when there is a clawback period"));
}

GtkWidget *
ow_sign_on_row_new (OwHistory *history,
                    OwOffer   *offer,
                    OwSignOn  *sign_on)
{
  OwSignOnRow *self;

  g_return_val_if_fail (OW_IS_HISTORY (history), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (OW_IS_SIGN_ON (sign_on), NULL);

  self = g_object_new (OW_TYPE_SIGN_ON_ROW, NULL);
  self->history = g_object_ref (history);
  self->offer = g_object_ref (offer);
  self->sign_on = g_object_ref (sign_on);

  ow_number_row_bind (self->amount_row, history, sign_on, "amount", OW_PARSE_MONEY,
                      ow_document_get_offer_currency (get_document (self), offer));
  ow_number_row_bind (self->month_row, history, sign_on, "month", OW_PARSE_INTEGER, NULL);
  ow_number_row_bind (self->clawback_months_row, history, sign_on, "clawback-months", OW_PARSE_INTEGER, NULL);
  ow_enum_row_bind (self->clawback_row, history, sign_on, "clawback");
  bind_sources (self);

  g_signal_connect_object (get_document (self), "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_summary (self);
  return GTK_WIDGET (self);
}

/**
 * ow_sign_on_row_get_sign_on:
 *
 * Returns: (transfer none): the payment shown
 */
OwSignOn *
ow_sign_on_row_get_sign_on (OwSignOnRow *self)
{
  g_return_val_if_fail (OW_IS_SIGN_ON_ROW (self), NULL);
  return self->sign_on;
}

void
ow_sign_on_row_set_position (OwSignOnRow *self,
                             guint        position)
{
  g_return_if_fail (OW_IS_SIGN_ON_ROW (self));

  self->position = position;
  bind_sources (self);
}

void
ow_sign_on_row_focus_first (OwSignOnRow *self)
{
  g_return_if_fail (OW_IS_SIGN_ON_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (ow_number_row_get_entry (self->amount_row)));
}
