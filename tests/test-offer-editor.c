/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The offer editor on the sample document, driven through its widgets. */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ow-date-row.h"
#include "ow-enum-row.h"
#include "ow-grant-row.h"
#include "ow-number-row.h"
#include "ow-offer-editor.h"
#include "ow-schedule-row.h"
#include "ow-sign-on-row.h"
#include "ow-source-button.h"
#include "ow-text-row.h"

typedef struct
{
  OwDocument    *document;
  OwSession     *session;
  OwHistory     *history;
  GtkWindow     *window;
  OwOfferEditor *editor;
  GtkWidget     *other;
} Fixture;

static void
wait_idle (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* A button's "activate" presses it for a moment (250 ms) and then clicks,
 * as the keyboard does. */
static void
click (GtkWidget *widget)
{
  gboolean done = FALSE;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_activate (widget));
  g_timeout_add (400, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  wait_idle ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *box;
  gsize len;
  const char *text;

  ow_format_set_locale ("en_US");

  bytes = g_resources_lookup_data ("/io/github/offerworkbench/OfferWorkbench/examples/sample.offers",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, &len);
  f->document = ow_document_new ();
  g_assert_true (ow_document_load_data (f->document, text, len, "sample.offers", &error));
  g_assert_no_error (error);
  f->session = ow_session_new (f->document, NULL, "sample.offers");
  f->history = ow_session_get_history (f->session);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  f->editor = g_object_new (OW_TYPE_OFFER_EDITOR, "vexpand", TRUE, NULL);
  f->other = gtk_entry_new ();
  gtk_box_append (GTK_BOX (box), f->other);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->editor));
  gtk_window_set_child (f->window, box);
  ow_offer_editor_set_session (f->editor, f->session);
  ow_offer_editor_set_offer (f->editor, ow_document_get_offer (f->document, GPOINTER_TO_UINT (data)));
  gtk_window_present (f->window);
  wait_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  wait_idle ();
  g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->document);
}

/* Finding widgets ------------------------------------------------------------ */

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find (GtkWidget     *root,
      Match          match,
      gconstpointer  data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      if ((found = find (child, match, data)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gpointer
row (GtkWidget  *root,
     const char *title)
{
  GtkWidget *found = find (root, is_row_titled, title);

  if (found == NULL)
    g_error ("No row titled “%s”", title);
  return found;
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gpointer
first_of (GtkWidget *root,
          GType      type)
{
  GtkWidget *found = find (root, is_type, GSIZE_TO_POINTER (type));

  g_assert_nonnull (found);
  return found;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  GtkWidget *child;

  if (!GTK_IS_BUTTON (widget))
    return FALSE;
  if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return TRUE;
  child = gtk_button_get_child (GTK_BUTTON (widget));
  return ADW_IS_BUTTON_CONTENT (child) &&
         g_strcmp0 (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)), label) == 0;
}

static GtkWidget *
button (GtkWidget  *root,
        const char *label)
{
  GtkWidget *found = find (root, is_button_labelled, label);

  if (found == NULL)
    g_error ("No button labelled “%s”", label);
  return found;
}

static gboolean
is_trash_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "user-trash-symbolic") == 0;
}

static gboolean
is_label_text (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static guint
count_rows (GtkWidget *root,
            GType      type)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += (G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? 1 : 0) + count_rows (child, type);
  return n;
}

static void
type_and_leave (Fixture     *f,
                GtkEditable *editable,
                const char  *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (editable));
  wait_idle ();
  gtk_editable_set_text (editable, text);
  wait_idle ();
  gtk_widget_grab_focus (f->other);
  wait_idle ();
}

static const char *
number_text (GtkWidget  *root,
             const char *title)
{
  return gtk_editable_get_text (ow_number_row_get_entry (row (root, title)));
}

/* Tests -------------------------------------------------------------------------- */

static void
test_shows_offer (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *editor = GTK_WIDGET (f->editor);
  OwGrantRow *grant_row;
  OwSourceButton *source;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (editor, "Company"))), ==, "Cascadia Compute");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (editor, "Job title"))), ==, "Machine Learning Engineer");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (editor, "Currency"))), ==, "USD");
  g_assert_cmpuint (adw_combo_row_get_selected (row (editor, "Status")), ==, OW_OFFER_STATUS_NEGOTIATING);
  g_assert_cmpuint (adw_combo_row_get_selected (row (editor, "Work mode")), ==, OW_WORK_MODE_HYBRID);
  g_assert_cmpstr (number_text (editor, "Base salary"), ==, "210,000");
  g_assert_cmpstr (number_text (editor, "Yearly raise"), ==, "3.5");
  g_assert_cmpstr (number_text (editor, "Realistic bonus payout"), ==, "95");
  g_assert_cmpstr (number_text (editor, "Cost of living index"), ==, "118");
  g_assert_cmpstr (gtk_editable_get_text (ow_date_row_get_entry (row (editor, "Start date"))), ==, "Jan 4, 2027");

  /* The base salary is from the letter, the refreshers an assumption. */
  source = first_of (row (editor, "Base salary"), OW_TYPE_SOURCE_BUTTON);
  g_assert_cmpint (ow_source_button_get_source (source), ==, OW_SOURCE_LETTER);
  source = first_of (row (editor, "Value granted each year"), OW_TYPE_SOURCE_BUTTON);
  g_assert_cmpint (ow_source_button_get_source (source), ==, OW_SOURCE_ASSUMED);

  g_assert_cmpuint (count_rows (editor, OW_TYPE_SIGN_ON_ROW), ==, 2);
  g_assert_cmpuint (count_rows (editor, OW_TYPE_GRANT_ROW), ==, 1);
  grant_row = first_of (editor, OW_TYPE_GRANT_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (grant_row)), ==, "New-hire RSUs");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (grant_row)), ==,
                   "2,157 units · 5/15/40/40, every 6 months");
  g_assert_cmpstr (adw_action_row_get_subtitle (row (GTK_WIDGET (grant_row), "Vesting by year")), ==,
                   "5% / 15% / 40% / 40% · first vest Jan 4, 2028");
  g_assert_cmpuint (adw_combo_row_get_selected (row (GTK_WIDGET (grant_row), "Schedule")), ==, 2);

  /* A salary band is not known for this offer: its rows are hidden. */
  g_assert_false (gtk_widget_get_visible (row (editor, "Minimum")));
  g_assert_false (gtk_widget_get_visible (row (editor, "Exchange rate")));
}

static void
test_preset (Fixture       *f,
             gconstpointer  data)
{
  OwOffer *offer = ow_document_get_offer (f->document, 1);
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer), 0);
  OwVesting *vesting = ow_grant_get_vesting (grant);
  GtkWidget *grant_row = first_of (GTK_WIDGET (f->editor), OW_TYPE_GRANT_ROW);
  AdwComboRow *schedule = row (grant_row, "Schedule");
  AdwActionRow *live = row (grant_row, "Vesting by year");
  const gint64 *percents;
  guint n;

  g_assert_cmpuint (adw_combo_row_get_selected (schedule), ==, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (live), ==, "25% / 25% / 25% / 25% · first vest Jan 4, 2028");

  /* Choose "5/15/40/40, every 6 months". */
  adw_combo_row_set_selected (schedule, 2);
  wait_idle ();

  g_assert_cmpint (ow_vesting_get_every_months (vesting), ==, 6);
  g_assert_cmpint (ow_vesting_get_months (vesting), ==, 48);
  g_assert_cmpint (ow_vesting_get_cliff_months (vesting), ==, 12);
  percents = ow_vesting_get_year_percents (vesting, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (percents[0], ==, 500);
  g_assert_cmpint (percents[1], ==, 1500);
  g_assert_cmpint (percents[2], ==, 4000);
  g_assert_cmpint (percents[3], ==, 4000);
  g_assert_cmpstr (adw_action_row_get_subtitle (live), ==, "5% / 15% / 40% / 40% · first vest Jan 4, 2028");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (grant_row)), ==,
                   "40,000 options · 5/15/40/40, every 6 months");
  g_assert_cmpstr (ow_history_get_undo_label (f->history), ==, "Apply Vesting Schedule");

  /* One step takes it all back. */
  g_assert_true (ow_history_undo (f->history));
  wait_idle ();
  g_assert_false (ow_history_can_undo (f->history));
  g_assert_cmpint (ow_vesting_get_every_months (vesting), ==, 1);
  ow_vesting_get_year_percents (vesting, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (schedule), ==, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (live), ==, "25% / 25% / 25% / 25% · first vest Jan 4, 2028");
}

static void
test_custom_schedule (Fixture       *f,
                      gconstpointer  data)
{
  OwOffer *offer = ow_document_get_offer (f->document, 1);
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer), 0);
  GtkWidget *grant_row = first_of (GTK_WIDGET (f->editor), OW_TYPE_GRANT_ROW);
  AdwComboRow *schedule = row (grant_row, "Schedule");
  OwTextRow *percents = row (grant_row, "Percent vesting each year");

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (percents)));
  adw_combo_row_set_selected (schedule, 5);
  wait_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (percents)));
  g_assert_false (ow_history_can_undo (f->history));

  /* The yearly percents must add up: the rule shows at the field. */
  type_and_leave (f, GTK_EDITABLE (percents), "10 / 20 / 30 / 30");
  g_assert_cmpstr (ow_text_row_get_error (percents), ==, "Must sum to 100 (sums to 90)");
  g_assert_false (ow_history_can_undo (f->history));

  type_and_leave (f, GTK_EDITABLE (percents), "10 / 20 / 30 / 40");
  g_assert_null (ow_text_row_get_error (percents));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (percents)), ==, "10 / 20 / 30 / 40");
  g_assert_cmpstr (adw_action_row_get_subtitle (row (grant_row, "Vesting by year")), ==,
                   "10% / 20% / 30% / 40% · first vest Jan 4, 2028");
  /* Still custom, still showing its rows. */
  g_assert_cmpuint (adw_combo_row_get_selected (schedule), ==, 5);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (percents)));
}

static void
test_units_and_value (Fixture       *f,
                      gconstpointer  data)
{
  OwOffer *offer = ow_document_get_offer (f->document, 0);
  g_autoptr(OwGrant) grant = g_list_model_get_item (ow_offer_get_grants (offer), 0);
  GtkWidget *grant_row = first_of (GTK_WIDGET (f->editor), OW_TYPE_GRANT_ROW);

  g_assert_true (ow_grant_has_value (grant));
  g_assert_true (gtk_widget_get_visible (row (grant_row, "Grant value")));
  g_assert_false (gtk_widget_get_visible (row (grant_row, "Number of shares")));
  g_assert_false (gtk_widget_get_visible (row (grant_row, "Strike price")));

  /* 400,000 at 185.40 a share buys 2,157 whole shares. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (grant_row), TRUE);
  wait_idle ();
  click (button (grant_row, "Units"));
  g_assert_false (ow_grant_has_value (grant));
  g_assert_cmpint (ow_grant_get_units (grant), ==, G_GINT64_CONSTANT (2157000000));
  g_assert_true (gtk_widget_get_visible (row (grant_row, "Number of shares")));
  g_assert_false (gtk_widget_get_visible (row (grant_row, "Grant value")));
  g_assert_cmpstr (number_text (grant_row, "Number of shares"), ==, "2,157");
  g_assert_cmpstr (ow_history_get_undo_label (f->history), ==, "Give Grant as Units");

  /* Back to a value: 2,157 × 185.40. */
  click (button (grant_row, "Value"));
  g_assert_false (ow_grant_has_units (grant));
  g_assert_cmpint (ow_grant_get_value (grant), ==, 39990780);

  /* Each switch is one step. */
  g_assert_true (ow_history_undo (f->history));
  g_assert_true (ow_history_undo (f->history));
  wait_idle ();
  g_assert_cmpint (ow_grant_get_value (grant), ==, 40000000);
  g_assert_false (ow_grant_has_units (grant));
  g_assert_false (ow_history_can_undo (f->history));
  g_assert_true (gtk_widget_get_visible (row (grant_row, "Grant value")));

  /* Options cannot be given as a value: the rule shows at the kind. */
  ow_enum_row_select (row (grant_row, "Kind"), OW_GRANT_KIND_OPTION);
  wait_idle ();
  g_assert_cmpint (ow_grant_get_kind (grant), ==, OW_GRANT_KIND_RSU);
  g_assert_cmpstr (ow_enum_row_get_error (row (grant_row, "Kind")), ==,
                   "Only RSU grants can be given as a value; give options as units");
}

static void
test_sign_on (Fixture       *f,
              gconstpointer  data)
{
  OwOffer *offer = ow_document_get_offer (f->document, 0);
  GListModel *sign_ons = ow_offer_get_sign_ons (offer);
  GtkWidget *editor = GTK_WIDGET (f->editor);
  g_autoptr(OwSignOn) added = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *focus, *new_row;
  OwSourceButton *source;
  GtkListBox *list;

  click (button (editor, "Add _Payment"));
  g_assert_cmpuint (g_list_model_get_n_items (sign_ons), ==, 3);
  g_assert_cmpuint (count_rows (editor, OW_TYPE_SIGN_ON_ROW), ==, 3);
  g_assert_cmpstr (ow_history_get_undo_label (f->history), ==, "Add");

  /* The new payment's amount has the focus, ready for typing. */
  added = g_list_model_get_item (sign_ons, 2);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  new_row = gtk_widget_get_ancestor (focus, OW_TYPE_SIGN_ON_ROW);
  g_assert_nonnull (new_row);
  g_assert_true (ow_sign_on_row_get_sign_on (OW_SIGN_ON_ROW (new_row)) == added);
  gtk_editable_set_text (GTK_EDITABLE (focus), "15,000");
  gtk_widget_grab_focus (f->other);
  wait_idle ();
  g_assert_cmpint (ow_sign_on_get_amount (added), ==, 1500000);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (new_row)), ==, "$15,000 sign-on");

  /* A source recorded for the second payment moves with it when the first
   * one goes. */
  g_assert_true (ow_source_key_set (f->history, offer, "sign_on[1].amount", OW_SOURCE_VERBAL, &error));
  list = GTK_LIST_BOX (gtk_widget_get_parent (new_row));
  click (find (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)), is_trash_button, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (sign_ons), ==, 2);
  g_assert_cmpuint (count_rows (editor, OW_TYPE_SIGN_ON_ROW), ==, 2);
  g_assert_cmpstr (ow_history_get_undo_label (f->history), ==, "Remove Sign-on Payment");
  g_assert_cmpint (ow_offer_get_source (offer, "sign_on[0].amount"), ==, OW_SOURCE_VERBAL);
  g_assert_cmpint (ow_offer_get_source (offer, "sign_on[1].amount"), ==, OW_SOURCE_UNKNOWN);
  source = first_of (row (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)), "Amount"), OW_TYPE_SOURCE_BUTTON);
  g_assert_cmpstr (ow_source_button_get_key (source), ==, "sign_on[0].amount");
  g_assert_cmpint (ow_source_button_get_source (source), ==, OW_SOURCE_VERBAL);

  /* Undo puts the payment and its source back. */
  g_assert_true (ow_history_undo (f->history));
  wait_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (sign_ons), ==, 3);
  g_assert_cmpuint (count_rows (editor, OW_TYPE_SIGN_ON_ROW), ==, 3);
  g_assert_cmpint (ow_offer_get_source (offer, "sign_on[1].amount"), ==, OW_SOURCE_VERBAL);
  g_assert_cmpint (ow_offer_get_source (offer, "sign_on[0].amount"), ==, OW_SOURCE_UNKNOWN);
}

static void
test_exit_rule (Fixture       *f,
                gconstpointer  data)
{
  OwOffer *offer = ow_document_get_offer (f->document, 1);
  g_autoptr(OwExitScenario) shutdown = g_list_model_get_item (ow_offer_get_exit_scenarios (offer), 0);
  GtkWidget *exit_row = row (GTK_WIDGET (f->editor), "Shutdown");
  OwNumberRow *probability = row (exit_row, "Probability");

  g_assert_true (gtk_widget_get_visible (row (GTK_WIDGET (f->editor), "Fully diluted shares")));
  type_and_leave (f, ow_number_row_get_entry (probability), "30");
  g_assert_cmpint (ow_exit_scenario_get_probability (shutdown), ==, 2000);
  g_assert_cmpstr (ow_number_row_get_error (probability), ==,
                   "Probabilities must add up to at most 100 (add up to 105)");
  g_assert_false (ow_history_can_undo (f->history));
}

static void
test_follows_model (Fixture       *f,
                    gconstpointer  data)
{
  OwOffer *offer = ow_document_get_offer (f->document, 0);
  GtkWidget *editor = GTK_WIDGET (f->editor);
  g_autoptr(GError) error = NULL;

  g_assert_true (ow_history_set (f->history, offer, &error, "company", "Cascadia Cloud",
                                 "has-salary-band", TRUE, NULL));
  wait_idle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (editor, "Company"))), ==, "Cascadia Cloud");
  g_assert_true (gtk_widget_get_visible (row (editor, "Minimum")));

  g_assert_true (ow_history_undo (f->history));
  wait_idle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (editor, "Company"))), ==, "Cascadia Compute");
  g_assert_false (gtk_widget_get_visible (row (editor, "Minimum")));

  /* Typing in the company field commits through the history. */
  type_and_leave (f, GTK_EDITABLE (row (editor, "Company")), "Cascadia AI");
  g_assert_cmpstr (ow_offer_get_company (offer), ==, "Cascadia AI");
  g_assert_cmpstr (ow_history_get_undo_label (f->history), ==, "Change Company");
}

static void
test_currency (Fixture       *f,
               gconstpointer  data)
{
  OwOffer *offer = ow_document_get_offer (f->document, 0);
  GtkWidget *editor = GTK_WIDGET (f->editor);
  OwTextRow *currency = row (editor, "Currency");
  OwNumberRow *rate = row (editor, "Exchange rate");
  gint64 mantissa;
  guint scale;

  /* A currency without a rate waits for one, and then both are set in one
   * step. */
  type_and_leave (f, GTK_EDITABLE (currency), "CHF");
  g_assert_cmpstr (ow_offer_get_currency (offer), ==, "");
  g_assert_nonnull (ow_text_row_get_error (currency));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (rate)));

  type_and_leave (f, ow_number_row_get_entry (rate), "1.12");
  g_assert_null (ow_number_row_get_error (rate));
  g_assert_cmpstr (ow_offer_get_currency (offer), ==, "CHF");
  g_assert_true (ow_document_get_rate (f->document, "CHF", &mantissa, &scale));
  g_assert_cmpint (mantissa, ==, 1120000);
  g_assert_cmpuint (scale, ==, 6);
  g_assert_null (ow_text_row_get_error (currency));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "CHF");
  /* Money is now shown in francs. */
  g_assert_nonnull (find (row (editor, "Base salary"), is_label_text, "CHF"));

  g_assert_true (ow_history_undo (f->history));
  wait_idle ();
  g_assert_cmpstr (ow_offer_get_currency (offer), ==, "");
  g_assert_false (ow_document_get_rate (f->document, "CHF", NULL, NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (rate)));
}

static void
test_dates (Fixture       *f,
            gconstpointer  data)
{
  OwOffer *offer = ow_document_get_offer (f->document, 0);
  OwDateRow *deadline = row (GTK_WIDGET (f->editor), "Answer due");
  GtkEditable *entry = ow_date_row_get_entry (deadline);

  /* Shown in the locale's form, edited as YYYY-MM-DD. */
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Dec 4, 2026");
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  wait_idle ();
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "2026-12-04");
  gtk_editable_set_text (entry, "2026-12-18");
  gtk_widget_grab_focus (f->other);
  wait_idle ();
  g_assert_cmpuint (ow_offer_get_deadline (offer), ==, ow_date_from_ymd (2026, 12, 18));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Dec 18, 2026");

  /* Not a date: refused, with the form to use. */
  type_and_leave (f, entry, "2026-02-30");
  g_assert_cmpuint (ow_offer_get_deadline (offer), ==, ow_date_from_ymd (2026, 12, 18));
  g_assert_cmpstr (ow_date_row_get_error (deadline), ==, "Write the date as year-month-day, like 2027-01-04");

  /* The answer date is optional; the start date is not. */
  type_and_leave (f, entry, "");
  g_assert_cmpuint (ow_offer_get_deadline (offer), ==, OW_DATE_NONE);
  g_assert_null (ow_date_row_get_error (deadline));
  type_and_leave (f, ow_date_row_get_entry (row (GTK_WIDGET (f->editor), "Start date")), "");
  g_assert_cmpuint (ow_offer_get_start_date (offer), ==, ow_date_from_ymd (2027, 1, 4));
  g_assert_nonnull (ow_date_row_get_error (row (GTK_WIDGET (f->editor), "Start date")));
}

static void
test_no_offer (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *status = first_of (GTK_WIDGET (f->editor), ADW_TYPE_STATUS_PAGE);

  g_assert_false (gtk_widget_get_mapped (status));
  ow_offer_editor_set_offer (f->editor, NULL);
  wait_idle ();
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No Offer Selected");

  ow_offer_editor_set_offer (f->editor, ow_document_get_offer (f->document, 2));
  wait_idle ();
  g_assert_false (gtk_widget_get_mapped (status));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (GTK_WIDGET (f->editor), "Company"))), ==,
                   "Harborview Analytics");
}

static void
test_focus_first (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *company = row (GTK_WIDGET (f->editor), "Company");

  ow_offer_editor_focus_first (f->editor);
  wait_idle ();
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), company));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Expanders open at once, so their rows can be clicked. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func, offer) \
  g_test_add ("/ow/offer-editor/" path, Fixture, GUINT_TO_POINTER (offer), fixture_set_up, func, fixture_tear_down)

  ADD ("shows-offer", test_shows_offer, 0);
  ADD ("preset", test_preset, 1);
  ADD ("custom-schedule", test_custom_schedule, 1);
  ADD ("units-and-value", test_units_and_value, 0);
  ADD ("sign-on", test_sign_on, 0);
  ADD ("exit-rule", test_exit_rule, 1);
  ADD ("follows-model", test_follows_model, 0);
  ADD ("currency", test_currency, 0);
  ADD ("dates", test_dates, 0);
  ADD ("no-offer", test_no_offer, 0);
  ADD ("focus-first", test_focus_first, 0);

#undef ADD

  return g_test_run ();
}
