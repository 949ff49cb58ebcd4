/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The offer editor. */
#define G_LOG_DOMAIN "ow-offer-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ow-date-row.h"
#include "ow-edit.h"
#include "ow-enum-row.h"
#include "ow-exit-scenario-row.h"
#include "ow-grant-row.h"
#include "ow-number-row.h"
#include "ow-offer-editor.h"
#include "ow-schedule-row.h"
#include "ow-sign-on-row.h"
#include "ow-switch-row.h"
#include "ow-text-row.h"

struct _OwOfferEditor
{
  GtkWidget             parent_instance;

  OwSession            *session;
  OwOffer              *offer;
  OwHistory            *history;     /* of the offer shown */
  OwDocument           *document;
  char                 *currency;    /* the offer's, in effect */
  char                 *pending_currency; /* typed, waiting for its rate */
  AdwToast             *toast;       /* "… removed", while it can be undone */

  /* Template children. */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkScrolledWindow    *page;

  OwTextRow            *company_row;
  OwTextRow            *title_row;
  OwTextRow            *level_row;
  OwEnumRow            *role_family_row;
  OwTextRow            *location_row;
  OwEnumRow            *work_mode_row;
  OwEnumRow            *company_stage_row;
  OwTextRow            *industry_row;
  OwDateRow            *start_date_row;
  OwDateRow            *deadline_row;
  OwEnumRow            *status_row;
  OwSwitchRow          *current_job_row;

  OwTextRow            *currency_row;
  OwNumberRow          *rate_row;
  OwNumberRow          *base_row;
  OwNumberRow          *raise_row;
  OwNumberRow          *bonus_target_row;
  OwNumberRow          *bonus_payout_row;

  OwSwitchRow          *band_switch;
  OwNumberRow          *band_min_row;
  OwNumberRow          *band_max_row;

  GtkListBox           *sign_on_list;
  GtkListBox           *grant_list;

  OwSwitchRow          *refreshers_switch;
  OwNumberRow          *refresher_value_row;
  OwScheduleRow        *refresher_schedule_row;

  OwSwitchRow          *outlook_switch;
  OwNumberRow          *shares_row;
  OwNumberRow          *dilution_row;
  AdwPreferencesGroup  *exits_group;
  GtkListBox           *exit_list;

  OwNumberRow          *match_row;
  OwNumberRow          *match_cap_row;
  OwNumberRow          *benefits_value_row;
  OwNumberRow          *pto_row;

  OwNumberRow          *tax_row;
  OwNumberRow          *col_row;

  GtkTextView          *notes_view;
};

G_DEFINE_FINAL_TYPE (OwOfferEditor, ow_offer_editor, GTK_TYPE_WIDGET)

/* The figures of the offer itself: row, property, how they are read and
 * their source key (offer-model.md §1 names). */
typedef struct
{
  gsize        offset;
  const char  *property;
  OwParseKind  kind;
  const char  *source_key;
} Figure;

#define ROW(member) G_STRUCT_OFFSET (OwOfferEditor, member)

static const Figure figures[] = {
  { ROW (base_row), "base-salary", OW_PARSE_MONEY, "base_salary" },
  { ROW (raise_row), "annual-raise-percent", OW_PARSE_PERCENT, "annual_raise_percent" },
  { ROW (bonus_target_row), "bonus-target-percent", OW_PARSE_PERCENT, "bonus.target_percent" },
  { ROW (bonus_payout_row), "bonus-payout-percent", OW_PARSE_PERCENT, "bonus.expected_payout_percent" },
  { ROW (band_min_row), "salary-band-min", OW_PARSE_MONEY, "salary_band.min" },
  { ROW (band_max_row), "salary-band-max", OW_PARSE_MONEY, "salary_band.max" },
  { ROW (refresher_value_row), "refresher-value", OW_PARSE_MONEY, "refreshers.annual_value" },
  { ROW (shares_row), "fully-diluted-shares", OW_PARSE_INTEGER, "company_equity.fully_diluted_shares" },
  { ROW (dilution_row), "dilution-percent", OW_PARSE_PERCENT, "company_equity.dilution_percent" },
  { ROW (match_row), "retirement-match-percent", OW_PARSE_PERCENT, "benefits.retirement_match_percent" },
  { ROW (match_cap_row), "retirement-match-cap", OW_PARSE_MONEY, "benefits.retirement_match_cap" },
  { ROW (benefits_value_row), "benefits-value", OW_PARSE_MONEY, "benefits.annual_value" },
  { ROW (pto_row), "pto-days", OW_PARSE_INTEGER, "benefits.pto_days" },
  { ROW (tax_row), "effective-tax-percent", OW_PARSE_PERCENT, "effective_tax_percent" },
  { ROW (col_row), "cost-of-living-index", OW_PARSE_INDEX, "cost_of_living_index" },
};

typedef struct
{
  gsize       offset;
  const char *property;
} Field;

static const Field text_fields[] = {
  { ROW (company_row), "company" },
  { ROW (title_row), "title" },
  { ROW (level_row), "level" },
  { ROW (location_row), "location" },
  { ROW (industry_row), "industry" },
};

static const Field enum_fields[] = {
  { ROW (role_family_row), "role-family" },
  { ROW (work_mode_row), "work-mode" },
  { ROW (company_stage_row), "company-stage" },
  { ROW (status_row), "status" },
};

static const Field switch_fields[] = {
  { ROW (current_job_row), "current-job" },
  { ROW (band_switch), "has-salary-band" },
  { ROW (refreshers_switch), "has-refreshers" },
  { ROW (outlook_switch), "has-company-equity" },
};

static const Field date_fields[] = {
  { ROW (start_date_row), "start-date" },
  { ROW (deadline_row), "deadline" },
};

#undef ROW

#define MEMBER(self, type, offset) G_STRUCT_MEMBER (type, self, offset)

/* Currency ------------------------------------------------------------------- */

static const char *
display_currency (OwOfferEditor *self)
{
  return ow_document_get_display_currency (self->document);
}

/* The currency the rate row is about: one typed and waiting, or the
 * offer's. */
static const char *
rate_currency (OwOfferEditor *self)
{
  return self->pending_currency ? self->pending_currency : self->currency;
}

static void
update_rate_row (OwOfferEditor *self)
{
  g_autofree char *hint = NULL;
  const char *currency;
  gboolean show;

  if (self->offer == NULL)
    return;

  currency = rate_currency (self);
  show = g_strcmp0 (currency, display_currency (self)) != 0;
  gtk_widget_set_visible (GTK_WIDGET (self->rate_row), show);
  if (!show)
    return;

  /* TRANSLATORS: under the exchange rate: "USD for one EUR". */
  hint = g_strdup_printf (_("%s for one %s"), display_currency (self), currency);
  ow_number_row_set_hint (self->rate_row, hint);
  ow_number_row_set_unit (self->rate_row, display_currency (self));
  ow_number_row_refresh (self->rate_row);
}

static void
update_currency (OwOfferEditor *self)
{
  const char *currency = ow_document_get_offer_currency (self->document, self->offer);

  if (g_strcmp0 (self->currency, currency) != 0)
    {
      g_free (self->currency);
      self->currency = g_strdup (currency);
      for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
        if (figures[i].kind == OW_PARSE_MONEY || figures[i].kind == OW_PARSE_PRICE)
          ow_number_row_set_currency (MEMBER (self, OwNumberRow *, figures[i].offset), currency);
    }
  update_rate_row (self);
}

static gboolean
read_rate (gpointer  user_data,
           gint64   *value,
           guint    *decimals)
{
  OwOfferEditor *self = user_data;
  const char *currency = rate_currency (self);

  if (currency == NULL || g_strcmp0 (currency, display_currency (self)) == 0)
    return FALSE;
  return ow_document_get_rate (self->document, currency, value, decimals);
}

static gboolean
commit_rate (gpointer   user_data,
             gboolean   given,
             gint64     value,
             GError   **error)
{
  OwOfferEditor *self = user_data;
  g_autofree char *currency = g_strdup (rate_currency (self));
  gboolean ok;

  if (!given)
    {
      g_set_error_literal (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                           _("Enter the exchange rate"));
      return FALSE;
    }

  /* A currency typed before its rate was known is set along with it. */
  ow_history_begin (self->history, _("Change Exchange Rate"));
  ow_history_set_rate (self->history, currency, value, 6, NULL);
  if (self->pending_currency != NULL)
    ow_history_set (self->history, self->offer, NULL, "currency", self->pending_currency, NULL);
  ok = ow_history_end (self->history, error);

  if (ok && self->pending_currency != NULL)
    {
      g_clear_pointer (&self->pending_currency, g_free);
      ow_text_row_refresh (self->currency_row);
    }
  return ok;
}

/* The currency in effect: an offer without one of its own uses the
 * display currency, and says so. */
static char *
read_currency (gpointer user_data)
{
  OwOfferEditor *self = user_data;

  if (self->offer == NULL || self->document == NULL)
    return g_strdup ("");
  return g_strdup (ow_document_get_offer_currency (self->document, self->offer));
}

static gboolean
commit_currency (gpointer     user_data,
                 const char  *text,
                 GError     **error)
{
  OwOfferEditor *self = user_data;
  g_autofree char *code = g_strstrip (g_strdup (text));
  gboolean letters = strlen (code) == 3;

  for (guint i = 0; i < 3 && letters; i++)
    letters = g_ascii_isalpha (code[i]);

  g_clear_pointer (&self->pending_currency, g_free);

  if (*code != '\0' && !letters)
    {
      g_set_error_literal (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                           _("Use a three-letter code, like EUR"));
      update_rate_row (self);
      return FALSE;
    }
  if (*code != '\0' && !(g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) && g_ascii_isupper (code[2])))
    {
      g_set_error_literal (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                           _("Write the code in capitals, like EUR"));
      update_rate_row (self);
      return FALSE;
    }

  /* Without a rate the offer could not be compared: ask for one first. */
  if (*code != '\0' && g_strcmp0 (code, display_currency (self)) != 0 &&
      !ow_document_get_rate (self->document, code, NULL, NULL))
    {
      self->pending_currency = g_strdup (code);
      update_rate_row (self);
      g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                   _("Enter how many %s one %s is worth below"), display_currency (self), code);
      return FALSE;
    }

  update_rate_row (self);
  /* An offer in the display currency keeps having none of its own. */
  if (*ow_offer_get_currency (self->offer) == '\0' && g_strcmp0 (code, display_currency (self)) == 0)
    return TRUE;
  return ow_history_set (self->history, self->offer, error, "currency", code, NULL);
}

/* Shown groups ----------------------------------------------------------------- */

static void
update_visibility (OwOfferEditor *self)
{
  gboolean band, refreshers, outlook;

  if (self->offer == NULL)
    return;

  band = ow_offer_has_salary_band (self->offer);
  refreshers = ow_offer_has_refreshers (self->offer);
  outlook = ow_offer_has_company_equity (self->offer);

  gtk_widget_set_visible (GTK_WIDGET (self->band_min_row), band);
  gtk_widget_set_visible (GTK_WIDGET (self->band_max_row), band);
  gtk_widget_set_visible (GTK_WIDGET (self->refresher_value_row), refreshers);
  gtk_widget_set_visible (GTK_WIDGET (self->refresher_schedule_row), refreshers);

  gtk_widget_set_visible (GTK_WIDGET (self->shares_row), outlook);
  gtk_widget_set_visible (GTK_WIDGET (self->dilution_row), outlook);
  gtk_widget_set_visible (GTK_WIDGET (self->exits_group), outlook);
}

static void
offer_notify_cb (OwOfferEditor *self,
                 GParamSpec    *pspec)
{
  const char *name = pspec->name;

  if (g_str_equal (name, "has-salary-band") || g_str_equal (name, "has-refreshers") ||
      g_str_equal (name, "has-company-equity"))
    update_visibility (self);
}

/* Notes ---------------------------------------------------------------------------- */

static void
show_notes (OwOfferEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *notes = NULL;
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  if (self->offer != NULL)
    g_object_get (self->offer, "notes", &notes, NULL);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, notes ? notes : "") != 0)
    gtk_text_buffer_set_text (buffer, notes ? notes : "", -1);
}

static void
notes_changed_cb (OwOfferEditor *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self->notes_view)))
    show_notes (self);
}

static void
notes_leave_cb (OwOfferEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextIter start, end;

  if (self->offer == NULL || self->history == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!ow_history_set (self->history, self->offer, &error, "notes", text, NULL))
    g_warning ("Could not change the notes: %s", error->message);
}

/* Lists --------------------------------------------------------------------------- */

static void
show_removed_toast (OwOfferEditor *self,
                    const char    *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-removal");
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
grant_removed_cb (OwOfferEditor *self)
{
  show_removed_toast (self, _("Grant removed"));
}

static void
sign_on_removed_cb (OwOfferEditor *self)
{
  show_removed_toast (self, _("Sign-on payment removed"));
}

static void
exit_removed_cb (OwOfferEditor *self)
{
  show_removed_toast (self, _("Exit scenario removed"));
}

static GtkWidget *
create_grant_row (gpointer item,
                  gpointer user_data)
{
  OwOfferEditor *self = user_data;
  GtkWidget *row = ow_grant_row_new (self->history, self->offer, item);

  g_signal_connect_object (row, "removed", G_CALLBACK (grant_removed_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
create_sign_on_row (gpointer item,
                    gpointer user_data)
{
  OwOfferEditor *self = user_data;
  GtkWidget *row = ow_sign_on_row_new (self->history, self->offer, item);

  g_signal_connect_object (row, "removed", G_CALLBACK (sign_on_removed_cb), self, G_CONNECT_SWAPPED);
  return row;
}

static GtkWidget *
create_exit_row (gpointer item,
                 gpointer user_data)
{
  OwOfferEditor *self = user_data;
  GtkWidget *row = ow_exit_scenario_row_new (self->history, self->offer, item);

  g_signal_connect_object (row, "removed", G_CALLBACK (exit_removed_cb), self, G_CONNECT_SWAPPED);
  return row;
}

/* A row's place names the source keys of its figures ("grants[1].value"),
 * so every row after an added or removed one learns its new place. */
static void
update_positions (OwOfferEditor *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->grant_list, i)) != NULL; i++)
    if (OW_IS_GRANT_ROW (row))
      ow_grant_row_set_position (OW_GRANT_ROW (row), (guint) i);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->sign_on_list, i)) != NULL; i++)
    if (OW_IS_SIGN_ON_ROW (row))
      ow_sign_on_row_set_position (OW_SIGN_ON_ROW (row), (guint) i);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->exit_list, i)) != NULL; i++)
    if (OW_IS_EXIT_SCENARIO_ROW (row))
      ow_exit_scenario_row_set_position (OW_EXIT_SCENARIO_ROW (row), (guint) i);
}

static void
list_changed_cb (OwOfferEditor *self)
{
  update_positions (self);
}

static void
bind_list (OwOfferEditor                *self,
           GtkListBox                   *list,
           GListModel                   *model,
           GtkListBoxCreateWidgetFunc    create)
{
  gtk_list_box_bind_model (list, model, model ? create : NULL, self, NULL);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (list_changed_cb), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

static GtkWidget *
list_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static void
focus_new_row (GtkListBox *list,
               guint       position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) position);

  if (OW_IS_GRANT_ROW (row))
    ow_grant_row_focus_first (OW_GRANT_ROW (row));
  else if (OW_IS_SIGN_ON_ROW (row))
    ow_sign_on_row_focus_first (OW_SIGN_ON_ROW (row));
  else if (OW_IS_EXIT_SCENARIO_ROW (row))
    ow_exit_scenario_row_focus_first (OW_EXIT_SCENARIO_ROW (row));
}

static void
add_item (OwOfferEditor *self,
          GListModel    *list,
          GtkListBox    *box,
          gpointer       item)
{
  g_autoptr(GError) error = NULL;
  guint position = g_list_model_get_n_items (list);

  if (!ow_history_insert (self->history, list, position, item, &error))
    {
      g_warning ("Could not add: %s", error->message);
      return;
    }
  focus_new_row (box, position);
}

static void
add_grant_clicked_cb (OwOfferEditor *self)
{
  g_autoptr(OwGrant) grant = ow_grant_new ();

  if (self->offer == NULL)
    return;
  /* A grant needs units or a value; a new one starts with no units, which
   * the person fills in next. */
  g_object_set (grant, "units", (gint64) 0, NULL);
  add_item (self, ow_offer_get_grants (self->offer), self->grant_list, grant);
}

static void
add_sign_on_clicked_cb (OwOfferEditor *self)
{
  g_autoptr(OwSignOn) sign_on = ow_sign_on_new ();

  if (self->offer == NULL)
    return;
  add_item (self, ow_offer_get_sign_ons (self->offer), self->sign_on_list, sign_on);
}

static void
add_exit_clicked_cb (OwOfferEditor *self)
{
  g_autoptr(OwExitScenario) scenario = ow_exit_scenario_new ();

  if (self->offer == NULL)
    return;
  add_item (self, ow_offer_get_exit_scenarios (self->offer), self->exit_list, scenario);
}

static void
undo_removal_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OwOfferEditor *self = OW_OFFER_EDITOR (widget);

  /* The toast goes as soon as anything else changes, so undoing here
   * always takes back the removal it announced. */
  if (self->toast != NULL && self->history != NULL && ow_history_can_undo (self->history))
    ow_history_undo (self->history);
}

/* Binding ---------------------------------------------------------------------------- */

static void
document_changed_cb (OwOfferEditor *self)
{
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  if (self->offer != NULL)
    {
      update_currency (self);
      ow_text_row_refresh (self->currency_row);
    }
}

static void
disconnect (OwOfferEditor *self)
{
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->offer != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->offer, self);
      g_signal_handlers_disconnect_by_data (ow_offer_get_grants (self->offer), self);
      g_signal_handlers_disconnect_by_data (ow_offer_get_sign_ons (self->offer), self);
      g_signal_handlers_disconnect_by_data (ow_offer_get_exit_scenarios (self->offer), self);
    }
}

static void
bind_rows (OwOfferEditor *self)
{
  OwHistory *history = self->history;
  OwOffer *offer = self->offer;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    ow_text_row_bind (MEMBER (self, OwTextRow *, text_fields[i].offset), history, offer, text_fields[i].property);
  ow_text_row_bind_func (self->currency_row, history, offer, read_currency, commit_currency, self);

  for (guint i = 0; i < G_N_ELEMENTS (enum_fields); i++)
    ow_enum_row_bind (MEMBER (self, OwEnumRow *, enum_fields[i].offset), history, offer, enum_fields[i].property);
  for (guint i = 0; i < G_N_ELEMENTS (switch_fields); i++)
    ow_switch_row_bind (MEMBER (self, OwSwitchRow *, switch_fields[i].offset), history, offer,
                        switch_fields[i].property);
  for (guint i = 0; i < G_N_ELEMENTS (date_fields); i++)
    ow_date_row_bind (MEMBER (self, OwDateRow *, date_fields[i].offset), history, offer, date_fields[i].property);

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      OwNumberRow *row = MEMBER (self, OwNumberRow *, figures[i].offset);

      ow_number_row_bind (row, history, offer, figures[i].property, figures[i].kind, self->currency);
      ow_number_row_set_source (row, figures[i].source_key ? offer : NULL, figures[i].source_key);
    }
  if (offer != NULL)
    {
      ow_number_row_set_optional (self->shares_row, TRUE, _("Not known"));
      ow_number_row_set_optional (self->dilution_row, TRUE, _("Not known"));
      ow_number_row_bind_func (self->rate_row, history, OW_PARSE_INDEX, read_rate, commit_rate, self);
      ow_number_row_set_range (self->rate_row, 1, G_GINT64_CONSTANT (1000000000000000000));
    }
  else
    ow_number_row_unbind (self->rate_row);

  if (offer != NULL)
    ow_schedule_row_bind_refreshers (self->refresher_schedule_row, history, offer);
  else
    ow_schedule_row_bind_refreshers (self->refresher_schedule_row, NULL, NULL);

  bind_list (self, self->grant_list, offer ? ow_offer_get_grants (offer) : NULL, create_grant_row);
  bind_list (self, self->sign_on_list, offer ? ow_offer_get_sign_ons (offer) : NULL, create_sign_on_row);
  bind_list (self, self->exit_list, offer ? ow_offer_get_exit_scenarios (offer) : NULL, create_exit_row);
  update_positions (self);
  show_notes (self);
}

static void
rebind (OwOfferEditor *self)
{
  OwOffer *offer = self->offer;

  disconnect (self);
  g_clear_pointer (&self->pending_currency, g_free);
  g_clear_pointer (&self->currency, g_free);
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);

  g_clear_object (&self->history);
  g_clear_object (&self->document);
  /* Between a new session and the window's new selection, the offer shown
   * may still be one of the old document: it is not edited then. */
  if (self->session != NULL && offer != NULL &&
      ow_document_find_offer (ow_session_get_document (self->session), ow_offer_get_id (offer), NULL) == offer)
    {
      self->history = g_object_ref (ow_session_get_history (self->session));
      self->document = g_object_ref (ow_session_get_document (self->session));
      self->currency = g_strdup (ow_document_get_offer_currency (self->document, offer));
    }
  else
    offer = NULL;

  if (offer == NULL)
    {
      /* Unbind everything first: the rows must not keep an old offer. */
      OwOffer *kept = self->offer;

      self->offer = NULL;
      bind_rows (self);
      self->offer = kept;
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  bind_rows (self);
  g_signal_connect_object (offer, "notify", G_CALLBACK (offer_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (offer, "notify::notes", G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_visibility (self);
  update_rate_row (self);
  gtk_stack_set_visible_child_name (self->stack, "offer");
}

/* GObject ------------------------------------------------------------------------------ */

static void
ow_offer_editor_dispose (GObject *object)
{
  OwOfferEditor *self = OW_OFFER_EDITOR (object);

  disconnect (self);
  if (self->grant_list != NULL)
    {
      gtk_list_box_bind_model (self->grant_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->sign_on_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->exit_list, NULL, NULL, NULL, NULL);
    }
  g_clear_weak_pointer (&self->toast);
  g_clear_object (&self->session);
  g_clear_object (&self->offer);
  g_clear_object (&self->history);
  g_clear_object (&self->document);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->pending_currency, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_OFFER_EDITOR);

  G_OBJECT_CLASS (ow_offer_editor_parent_class)->dispose (object);
}

static void
ow_offer_editor_class_init (OwOfferEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_offer_editor_dispose;

  g_type_ensure (OW_TYPE_DATE_ROW);
  g_type_ensure (OW_TYPE_ENUM_ROW);
  g_type_ensure (OW_TYPE_NUMBER_ROW);
  g_type_ensure (OW_TYPE_SCHEDULE_ROW);
  g_type_ensure (OW_TYPE_SWITCH_ROW);
  g_type_ensure (OW_TYPE_TEXT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-offer-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, band_max_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, band_min_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, band_switch);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, base_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, benefits_value_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, bonus_payout_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, bonus_target_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, col_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, company_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, company_stage_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, current_job_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, dilution_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, exit_list);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, exits_group);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, grant_list);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, industry_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, match_cap_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, match_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, outlook_switch);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, page);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, pto_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, raise_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, rate_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, refresher_schedule_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, refresher_value_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, refreshers_switch);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, role_family_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, shares_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, sign_on_list);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, start_date_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, tax_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OwOfferEditor, work_mode_row);
  gtk_widget_class_bind_template_callback (widget_class, add_exit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_grant_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_sign_on_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, notes_leave_cb);

  gtk_widget_class_install_action (widget_class, "editor.undo-removal", NULL, undo_removal_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ow_offer_editor_init (OwOfferEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->grant_list, list_placeholder (_("No equity grants")));
  gtk_list_box_set_placeholder (self->sign_on_list, list_placeholder (_("No sign-on payments")));
  gtk_list_box_set_placeholder (self->exit_list, list_placeholder (_("No exit scenarios")));
  ow_schedule_row_add_custom_rows (self->refresher_schedule_row, GTK_WIDGET (gtk_widget_get_ancestor (
    GTK_WIDGET (self->refresher_schedule_row), ADW_TYPE_PREFERENCES_GROUP)));

  ow_switch_row_set_hint (self->current_job_row, _("The job the other offers are compared with"));
  ow_switch_row_set_hint (self->band_switch, _("When the employer disclosed a range"));
  ow_number_row_set_hint (self->bonus_payout_row, _("Share of the target you expect to be paid"));
  ow_number_row_set_hint (self->col_row, _("100 is where you compare from"));
  ow_number_row_set_hint (self->dilution_row, _("Share of the company new funding rounds will take"));
  ow_date_row_set_placeholder (self->deadline_row, _("None"));

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * ow_offer_editor_set_session:
 * @session: (nullable): the open document
 */
void
ow_offer_editor_set_session (OwOfferEditor *self,
                             OwSession     *session)
{
  g_return_if_fail (OW_IS_OFFER_EDITOR (self));
  g_return_if_fail (session == NULL || OW_IS_SESSION (session));

  if (self->session == session)
    return;
  g_set_object (&self->session, session);
  rebind (self);
}

/**
 * ow_offer_editor_set_offer:
 * @offer: (nullable): the offer to show, one of the session's document
 */
void
ow_offer_editor_set_offer (OwOfferEditor *self,
                           OwOffer       *offer)
{
  g_return_if_fail (OW_IS_OFFER_EDITOR (self));
  g_return_if_fail (offer == NULL || OW_IS_OFFER (offer));

  if (self->offer == offer)
    return;
  disconnect (self);
  g_set_object (&self->offer, offer);
  rebind (self);
}

/**
 * ow_offer_editor_focus_first:
 *
 * Puts the focus on the company, the first thing to fill in for a new
 * offer.
 */
void
ow_offer_editor_focus_first (OwOfferEditor *self)
{
  g_return_if_fail (OW_IS_OFFER_EDITOR (self));

  if (self->offer != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->company_row));
}

static void
focus_row_after_paint_cb (GdkFrameClock *clock,
                          GtkWidget     *row)
{
  GtkWidget *editor = gtk_widget_get_ancestor (row, OW_TYPE_OFFER_EDITOR);
  GtkWidget *viewport, *content;
  graphene_point_t top;

  if (clock != NULL)
    g_signal_handlers_disconnect_by_func (clock, focus_row_after_paint_cb, row);
  if (!gtk_widget_grab_focus (row))
    gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);

  /* The focus only brings the row's heading into view; the page scrolls
   * on until the row, opened, starts near its top. */
  if (editor == NULL)
    return;
  viewport = gtk_scrolled_window_get_child (OW_OFFER_EDITOR (editor)->page);
  content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  if (content != NULL && gtk_widget_compute_point (row, content, &GRAPHENE_POINT_INIT (0, 0), &top))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (OW_OFFER_EDITOR (editor)->page),
                              MAX (top.y - 48, 0));
}

/**
 * ow_offer_editor_focus_grant:
 * @grant: one of the offer's grants
 *
 * Opens GRANT's row and puts the focus on it, which scrolls the page to
 * it: what a tranche activated on the vesting timeline shows.  The editor
 * may have just been made or shown, so the focus moves once the next frame
 * has laid it out (the page scrolls to where the row is then).
 */
void
ow_offer_editor_focus_grant (OwOfferEditor *self,
                             OwGrant       *grant)
{
  GtkListBoxRow *row;

  g_return_if_fail (OW_IS_OFFER_EDITOR (self));
  g_return_if_fail (OW_IS_GRANT (grant));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->grant_list, i)) != NULL; i++)
    {
      GtkRoot *root;
      GdkFrameClock *clock;

      if (!OW_IS_GRANT_ROW (row) || ow_grant_row_get_grant (OW_GRANT_ROW (row)) != grant)
        continue;

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      root = gtk_widget_get_root (GTK_WIDGET (self));
      clock = root != NULL ? gtk_widget_get_frame_clock (GTK_WIDGET (root)) : NULL;
      if (clock == NULL)
        {
          focus_row_after_paint_cb (NULL, GTK_WIDGET (row));
          return;
        }
      g_signal_connect_object (clock, "after-paint", G_CALLBACK (focus_row_after_paint_cb), row, 0);
      gtk_widget_queue_draw (GTK_WIDGET (row));
      return;
    }
}
