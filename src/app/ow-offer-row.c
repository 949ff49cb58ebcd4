/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A sidebar row. */
#define G_LOG_DOMAIN "ow-offer-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ow-format.h"
#include "ow-offer-chip.h"
#include "ow-offer-row.h"

struct _OwOfferRow
{
  GtkWidget    parent_instance;

  OwSession   *session;
  OwOffer     *offer;

  /* Template children. */
  OwOfferChip *chip;
  GtkLabel    *company_label;
  GtkLabel    *baseline_label;
  GtkLabel    *title_label;
  GtkLabel    *totals_label;
  GtkLabel    *status_label;
  GtkLabel    *deadline_label;
};

G_DEFINE_FINAL_TYPE (OwOfferRow, ow_offer_row, GTK_TYPE_WIDGET)

/* "Due today", "3 days left", "Overdue by 2 days": what a person with a
 * deadline wants to read. */
char *
ow_offer_row_describe_deadline (OwDate deadline,
                                OwDate today)
{
  gint64 days;

  if (deadline == OW_DATE_NONE)
    return NULL;

  days = (gint64) deadline - (gint64) today;
  if (days == 0)
    return g_strdup (_("Due today"));
  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day", "Overdue by %d days", (gulong) -days),
                            (int) -days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", (gulong) days), (int) days);
}

static void
update (OwOfferRow *self)
{
  OwDocument *document;
  OwOfferValue *value;
  const char *currency;
  const char *company, *title;
  g_autofree char *first = NULL;
  g_autofree char *annual = NULL;
  g_autofree char *totals = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *accessible = NULL;
  OwDate due;
  gint64 days;

  if (self->offer == NULL || self->session == NULL)
    return;

  document = ow_session_get_document (self->session);
  currency = ow_document_get_display_currency (document);
  value = ow_session_get_offer_value (self->session, self->offer);

  company = ow_offer_get_company (self->offer);
  title = ow_offer_get_title (self->offer);
  gtk_label_set_label (self->company_label, *company ? company : _("Unnamed offer"));
  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), *title != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->baseline_label), ow_offer_get_current_job (self->offer));
  ow_offer_chip_set_slot (self->chip, ow_session_get_offer_slot (self->session, self->offer));

  if (value != NULL && !value->overflow)
    {
      first = ow_format_money_whole (&value->first_year_total, currency);
      annual = ow_format_money_whole (&value->annualized_total, currency);
      /* TRANSLATORS: the sidebar's figures: first-year total, then the
       * average a year over the horizon. */
      totals = g_strdup_printf (_("%s first year · %s a year"), first, annual);
    }
  else
    totals = g_strdup (_("Figures too large to show"));
  gtk_label_set_label (self->totals_label, totals);

  gtk_label_set_label (self->status_label,
                       ow_enum_to_label (OW_TYPE_OFFER_STATUS, ow_offer_get_status (self->offer)));

  due = ow_offer_get_deadline (self->offer);
  deadline = ow_offer_row_describe_deadline (due, ow_date_today ());
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_label), deadline != NULL);
  if (deadline != NULL)
    {
      gtk_label_set_label (self->deadline_label, deadline);
      days = (gint64) due - (gint64) ow_date_today ();
      if (days <= 3 && ow_offer_get_status (self->offer) != OW_OFFER_STATUS_ACCEPTED &&
          ow_offer_get_status (self->offer) != OW_OFFER_STATUS_DECLINED)
        gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "warning");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "warning");
    }

  /* One sentence for screen readers, in reading order. */
  accessible = g_strjoin (", ",
                          *company ? company : _("Unnamed offer"),
                          title,
                          ow_offer_get_current_job (self->offer) ? _("current job, the baseline") : "",
                          totals,
                          gtk_label_get_label (self->status_label),
                          deadline ? deadline : "",
                          NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
ow_offer_row_dispose (GObject *object)
{
  OwOfferRow *self = OW_OFFER_ROW (object);

  GtkWidget *child;

  ow_offer_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_OFFER_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ow_offer_row_parent_class)->dispose (object);
}

static void
ow_offer_row_class_init (OwOfferRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_offer_row_dispose;

  g_type_ensure (OW_TYPE_OFFER_CHIP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-offer-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OwOfferRow, chip);
  gtk_widget_class_bind_template_child (widget_class, OwOfferRow, company_label);
  gtk_widget_class_bind_template_child (widget_class, OwOfferRow, baseline_label);
  gtk_widget_class_bind_template_child (widget_class, OwOfferRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OwOfferRow, totals_label);
  gtk_widget_class_bind_template_child (widget_class, OwOfferRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, OwOfferRow, deadline_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "offerrow");
}

static void
ow_offer_row_init (OwOfferRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ow_offer_row_new (void)
{
  return g_object_new (OW_TYPE_OFFER_ROW, NULL);
}

void
ow_offer_row_bind (OwOfferRow *self,
                   OwSession  *session,
                   OwOffer    *offer)
{
  g_return_if_fail (OW_IS_OFFER_ROW (self));
  g_return_if_fail (OW_IS_SESSION (session));
  g_return_if_fail (OW_IS_OFFER (offer));

  ow_offer_row_unbind (self);
  self->session = g_object_ref (session);
  self->offer = g_object_ref (offer);

  /* The figures follow every edit anywhere, names and status this offer's. */
  g_signal_connect_object (session, "valuation-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

void
ow_offer_row_unbind (OwOfferRow *self)
{
  g_return_if_fail (OW_IS_OFFER_ROW (self));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, update, self);
  g_clear_object (&self->session);
  g_clear_object (&self->offer);
}
