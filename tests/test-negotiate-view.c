/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Negotiate view in a real window on the sample: its questions follow
 * the offer's gaps, statuses and answers go through the history, the cost
 * of leaving and the make-whole sign-on show hand-checked figures, the
 * planner's options close the gap and apply as one undoable revision, the
 * log records and compares revisions, the deadline counts down, and the
 * sidebar sorts by deadline. */
#include "config.h"

#include <string.h>

#include "ow-application.h"
#include "ow-format.h"
#include "ow-negotiate-view-private.h"
#include "ow-number-row.h"
#include "ow-question-row.h"
#include "ow-window-private.h"
#include "widget-helpers.h"

static OwApplication *app;

typedef struct
{
  OwWindow        *window;
  OwSession       *session;
  OwDocument      *document;
  OwHistory       *history;
  OwNegotiateView *view;
} Fixture;

/* Helpers ------------------------------------------------------------------ */

static OwDate
date (const char *iso)
{
  OwDate d = OW_DATE_NONE;

  g_assert_true (ow_date_parse_iso (iso, strlen (iso), &d));
  return d;
}

static OwOffer *
offer (Fixture    *f,
       const char *id)
{
  OwOffer *o = ow_document_find_offer (f->document, id, NULL);

  g_assert_nonnull (o);
  return o;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OwDocument) document = ow_document_new_from_file (file, "sample.offers", &error);
  GtkWidget *bin;

  g_assert_no_error (error);
  g_settings_reset (ow_application_get_settings (app), "sort-by-deadline");

  f->session = ow_session_new (document, NULL, NULL);
  f->document = ow_session_get_document (f->session);
  f->history = ow_session_get_history (f->session);
  f->window = ow_window_new (GTK_APPLICATION (app));
  ow_window_set_session (f->window, f->session);
  gtk_window_present (GTK_WINDOW (f->window));
  iterate ();

  /* The view is made when it is first shown, with the sidebar's
   * selection: the first offer, Cascadia Compute. */
  bin = adw_view_stack_get_child_by_name (f->window->view_stack, "negotiate");
  g_assert_null (adw_bin_get_child (ADW_BIN (bin)));
  ow_window_show_view (f->window, "negotiate");
  iterate ();
  f->view = OW_NEGOTIATE_VIEW (adw_bin_get_child (ADW_BIN (bin)));
  g_assert_true (OW_IS_NEGOTIATE_VIEW (f->view));
  g_assert_true (ow_negotiate_view_get_offer (f->view) == offer (f, "cascadia-ml"));

  /* Countdowns and "today" dates do not depend on the calendar. */
  _ow_negotiate_view_set_today (f->view, date ("2026-11-25"));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_assert_finalize_object (g_steal_pointer (&f->session));
}

static char *
money (gint64 cents)
{
  return ow_format_money_cents (cents, "USD");
}

static void
assert_label (GtkLabel   *label,
              const char *expected)
{
  g_assert_cmpstr (gtk_label_get_label (label), ==, expected);
}

static void
assert_money_label (GtkLabel *label,
                    gint64    cents)
{
  g_autofree char *expected = money (cents);

  assert_label (label, expected);
}

/* The question rows, in the order shown. */
static GPtrArray *
question_rows (Fixture *f)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (f->view->question_list, i)) != NULL; i++)
    if (OW_IS_QUESTION_ROW (row))
      g_ptr_array_add (rows, row);
  return rows;
}

static OwQuestionRow *
find_question (Fixture    *f,
               const char *topic)
{
  g_autoptr(GPtrArray) rows = question_rows (f);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (ow_question_row_get_topic (g_ptr_array_index (rows, i)), topic) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static OwQuestionRow *
find_own_question (Fixture    *f,
                   const char *question)
{
  g_autoptr(GPtrArray) rows = question_rows (f);

  for (guint i = 0; i < rows->len; i++)
    {
      OwQuestionRow *row = g_ptr_array_index (rows, i);

      if (ow_question_row_get_kind (row) == OW_CHECKLIST_KIND_OWN &&
          g_strcmp0 (ow_question_row_get_question (row), question) == 0)
        return row;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
raised_topics (Fixture *f)
{
  g_autoptr(GPtrArray) rows = question_rows (f);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    if (ow_question_row_get_kind (g_ptr_array_index (rows, i)) == OW_CHECKLIST_KIND_RAISED)
      g_string_append_printf (s, "%s%s", s->len ? " " : "", ow_question_row_get_topic (g_ptr_array_index (rows, i)));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
document_data (Fixture *f)
{
  gsize len;

  return ow_document_to_data (f->document, &len);
}

/* Questions ---------------------------------------------------------------- */

/* Cascadia has no salary band, a bonus whose payout nobody has researched
 * and refreshers that are only assumed: those three questions are raised,
 * first, with their reasons; the rest are the standard questions.  Filling
 * a gap through the history takes its question away (or back to the
 * standard list), and undoing brings it back. */
static void
test_raised_questions (Fixture       *f,
                       gconstpointer  data)
{
  OwOffer *cascadia = offer (f, "cascadia-ml");
  g_autofree char *topics = raised_topics (f);
  g_autoptr(GPtrArray) rows = question_rows (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *after_band = NULL;
  g_autofree char *after_source = NULL;
  g_autofree char *after_undo = NULL;

  g_assert_cmpstr (topics, ==, "salary_band bonus_history source:refreshers");
  /* Raised questions come first, each with its reason. */
  g_assert_cmpstr (ow_question_row_get_topic (g_ptr_array_index (rows, 0)), ==, "salary_band");
  g_assert_cmpstr (adw_expander_row_get_subtitle (g_ptr_array_index (rows, 0)), ==, "The offer gives no salary band");
  /* Each status control says which question it is for. */
  gtk_test_accessible_assert_property (ow_question_row_get_status_control (g_ptr_array_index (rows, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Status of “What is the salary band for this role?”");
  /* 14 standard questions, one raised-only: all open. */
  g_assert_cmpuint (rows->len, ==, 15);
  assert_label (f->view->open_count_label, "15 open of 15");

  /* The band, given: the salary band question is a standard one again. */
  ow_history_begin (f->history, "Set band");
  ow_history_set (f->history, cascadia, NULL, "has-salary-band", TRUE, NULL);
  ow_history_set (f->history, cascadia, NULL, "salary-band-max", (gint64) 24000000, NULL);
  ow_history_set (f->history, cascadia, NULL, "salary-band-min", (gint64) 19000000, NULL);
  g_assert_true (ow_history_end (f->history, &error));
  g_assert_no_error (error);
  iterate ();
  after_band = raised_topics (f);
  g_assert_cmpstr (after_band, ==, "bonus_history source:refreshers");
  g_assert_nonnull (find_question (f, "salary_band"));
  g_assert_cmpint (ow_question_row_get_kind (find_question (f, "salary_band")), ==, OW_CHECKLIST_KIND_STANDARD);

  /* The refreshers, confirmed in the letter: that question is gone. */
  g_assert_true (ow_history_set_source (f->history, cascadia, "refreshers", OW_SOURCE_LETTER, &error));
  iterate ();
  after_source = raised_topics (f);
  g_assert_cmpstr (after_source, ==, "bonus_history");
  g_assert_null (find_question (f, "source:refreshers"));
  assert_label (f->view->open_count_label, "14 open of 14");

  /* Undo brings both back, in their places. */
  g_assert_true (ow_history_undo (f->history));
  g_assert_true (ow_history_undo (f->history));
  iterate ();
  after_undo = raised_topics (f);
  g_assert_cmpstr (after_undo, ==, "salary_band bonus_history source:refreshers");
}

/* A question's status: the first change makes its stored item, with its
 * topic, through the history; undo takes the item away again. */
static void
test_status_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *checklist = ow_offer_get_checklist (offer (f, "cascadia-ml"));
  OwQuestionRow *row = find_question (f, "salary_band");
  g_autoptr(OwChecklistItem) item = NULL;
  g_autofree char *before = document_data (f);
  g_autofree char *after = NULL;

  g_assert_nonnull (row);
  g_assert_cmpuint (g_list_model_get_n_items (checklist), ==, 0);

  /* As the person picks "Asked" from the status menu. */
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (ow_question_row_get_status_control (row))), ==, "Open");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "question.status", "s", "asked"));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (checklist), ==, 1);
  item = g_list_model_get_item (checklist, 0);
  g_assert_cmpstr (ow_checklist_item_get_topic (item), ==, "salary_band");
  g_assert_cmpint (ow_checklist_item_get_status (item), ==, OW_CHECKLIST_STATUS_ASKED);
  row = find_question (f, "salary_band");
  g_assert_cmpint (ow_question_row_get_status (row), ==, OW_CHECKLIST_STATUS_ASKED);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (ow_question_row_get_status_control (row))), ==, "Asked");
  assert_label (f->view->open_count_label, "14 open of 15");

  /* Then "Not applicable": the same item changes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "question.status", "s", "not_applicable"));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (checklist), ==, 1);
  g_assert_cmpint (ow_checklist_item_get_status (item), ==, OW_CHECKLIST_STATUS_NOT_APPLICABLE);

  g_assert_true (ow_history_undo (f->history));
  iterate ();
  g_assert_cmpint (ow_checklist_item_get_status (item), ==, OW_CHECKLIST_STATUS_ASKED);
  g_assert_true (ow_history_undo (f->history));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (checklist), ==, 0);
  row = find_question (f, "salary_band");
  g_assert_cmpint (ow_question_row_get_status (row), ==, OW_CHECKLIST_STATUS_OPEN);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (ow_question_row_get_status_control (row))), ==, "Open");
  assert_label (f->view->open_count_label, "15 open of 15");
  after = document_data (f);
  g_assert_cmpstr (after, ==, before);
}

/* The bonus question is about the expected payout: the row under it writes
 * the figure through the history. */
static void
test_figure_row (Fixture       *f,
                 gconstpointer  data)
{
  OwOffer *cascadia = offer (f, "cascadia-ml");
  OwQuestionRow *row = find_question (f, "bonus_history");
  GtkWidget *figure;
  gint64 payout = 0;

  g_assert_nonnull (row);
  /* Made when the row is first opened. */
  g_assert_null (ow_question_row_get_figure_row (row));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  figure = ow_question_row_get_figure_row (row);
  g_assert_true (OW_IS_NUMBER_ROW (figure));

  gtk_editable_set_text (ow_number_row_get_entry (OW_NUMBER_ROW (figure)), "100");
  g_assert_true (ow_number_row_commit (OW_NUMBER_ROW (figure)));
  iterate ();
  g_object_get (cascadia, "bonus-payout-percent", &payout, NULL);
  g_assert_cmpint (payout, ==, 10000);

  g_assert_true (ow_history_undo (f->history));
  iterate ();
  g_object_get (cascadia, "bonus-payout-percent", &payout, NULL);
  g_assert_cmpint (payout, ==, 9500);
}

/* "Can you confirm the expected refreshers?" is settled by marking the
 * figure as from the offer letter, from its own row: the question goes. */
static void
test_confirm_in_writing (Fixture       *f,
                         gconstpointer  data)
{
  OwQuestionRow *row = find_question (f, "source:refreshers");
  GtkWidget *figure, *button;

  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  figure = ow_question_row_get_figure_row (row);
  g_assert_true (ADW_IS_ACTION_ROW (figure));
  button = find_button (figure);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Mark as in the Letter");
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  g_assert_cmpint (ow_offer_get_source (offer (f, "cascadia-ml"), "refreshers"), ==, OW_SOURCE_LETTER);
  g_assert_null (find_question (f, "source:refreshers"));

  g_assert_true (ow_history_undo (f->history));
  iterate ();
  g_assert_cmpint (ow_offer_get_source (offer (f, "cascadia-ml"), "refreshers"), ==, OW_SOURCE_ASSUMED);
  g_assert_nonnull (find_question (f, "source:refreshers"));
}

/* The person's own questions: added from the entry at the end, removed
 * from their row, both undoable. */
static void
test_own_questions (Fixture       *f,
                    gconstpointer  data)
{
  const char *question = "Is there a relocation package?";
  GListModel *checklist = ow_offer_get_checklist (offer (f, "cascadia-ml"));
  OwQuestionRow *row;
  g_autoptr(GPtrArray) rows = NULL;

  gtk_editable_set_text (GTK_EDITABLE (f->view->new_question_row), question);
  g_signal_emit_by_name (f->view->new_question_row, "apply");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (checklist), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->view->new_question_row)), ==, "");
  row = find_own_question (f, question);
  g_assert_nonnull (row);
  /* Last of the questions, before the entry. */
  rows = question_rows (f);
  g_assert_true (g_ptr_array_index (rows, rows->len - 1) == row);

  /* Blank questions are not added. */
  gtk_editable_set_text (GTK_EDITABLE (f->view->new_question_row), "   ");
  g_signal_emit_by_name (f->view->new_question_row, "apply");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (checklist), ==, 1);

  g_assert_true (ow_question_row_remove (row));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (checklist), ==, 0);
  g_assert_null (find_own_question (f, question));

  g_assert_true (ow_history_undo (f->history));
  iterate ();
  g_assert_nonnull (find_own_question (f, question));

  /* Lumen's stored questions (no topic) are its own questions too. */
  ow_window_select_offer (f->window, offer (f, "lumen-research"));
  iterate ();
  g_assert_nonnull (find_own_question (f, "How many months of runway after the Series C?"));
}

/* Cost of leaving ------------------------------------------------------------ */

/* Cascadia's grant: 400,000 at 185.40 is floor (2,157.49…) = 2,157 units,
 * vesting every 6 months over 48 with a 12-month cliff and 5/15/40/40 by
 * year, from 2027-01-04.  Cumulative floors: month 12 (the cliff,
 * 2028-01-04, year 1 at 185.40) 5 % → 107; month 18 12.5 % → 269; 24 20 %
 * → 431 (both year 2, at 196.524); 30 40 % → 862; 36 60 % → 1,294 (year
 * 3, 208.31544); 42 80 % → 1,725; 48 → 2,157 (year 4, 220.8143664).
 *   Before the cliff, all is forfeited: 107 × 185.40 + 324 × 196.524 +
 *   863 × 208.31544 + 863 × 220.8143664 = 19,837.80 + 63,673.776 +
 *   179,776.22472 + 190,562.7982032 = 453,850.5989232 → 453,850.60.
 *   After it, 107 units have vested (19,837.80) and 434,012.80 is
 *   forfeited.
 * Sign-on: 60,000 paid 2027-01-04, clawed back prorated over 12 months
 * (365 days, to 2028-01-04): leaving on 2027-12-01 leaves 34 days, 60,000 ×
 * 34 / 365 = 5,589.04.  40,000 paid at month 13 (2028-02-04) over 12
 * months (366 days: 2028 is a leap year): leaving on 2028-03-01 leaves 340
 * days, 40,000 × 340 / 366 = 37,158.47. */
static void
test_leave_cost (Fixture       *f,
                 gconstpointer  data)
{
  GArray *cliffs;

  /* The slider runs from the start to the last tranche, with the cliff
   * marked. */
  g_assert_cmpuint (f->view->leave_start, ==, date ("2027-01-04"));
  g_assert_cmpuint (f->view->leave_end, ==, date ("2031-01-04"));
  cliffs = g_object_get_data (G_OBJECT (f->view->leave_scale), "cliffs");
  g_assert_nonnull (cliffs);
  g_assert_cmpuint (cliffs->len, ==, 1);
  g_assert_cmpuint (g_array_index (cliffs, OwDate, 0), ==, date ("2028-01-04"));
  /* Half a year in to begin with. */
  g_assert_cmpuint (_ow_negotiate_view_leave_get_date (f->view), ==, date ("2027-07-04"));

  /* As the person moves the slider. */
  gtk_adjustment_set_value (f->view->leave_adjustment, date ("2027-12-01") - date ("2027-01-04"));
  assert_money_label (f->view->vested_label, 0);
  assert_money_label (f->view->forfeited_label, 45385060);
  assert_money_label (f->view->clawback_label, 558904);
  {
    g_autofree char *day = ow_format_date (date ("2027-12-01"));

    assert_label (f->view->leave_date_label, day);
    /* Screen readers hear the day, not a number of days. */
    gtk_test_accessible_assert_property (f->view->leave_scale, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, day);
  }

  gtk_adjustment_set_value (f->view->leave_adjustment, date ("2028-02-01") - date ("2027-01-04"));
  assert_money_label (f->view->vested_label, 1983780);
  assert_money_label (f->view->forfeited_label, 43401280);
  assert_money_label (f->view->clawback_label, 0);

  _ow_negotiate_view_leave_set_date (f->view, date ("2028-03-01"));
  assert_money_label (f->view->clawback_label, 3715847);

  /* The day picked stays with the offer, and an edit elsewhere keeps it. */
  ow_history_set (f->history, offer (f, "cascadia-ml"), NULL, "base-salary", (gint64) 21100000, NULL);
  iterate ();
  g_assert_cmpuint (_ow_negotiate_view_leave_get_date (f->view), ==, date ("2028-03-01"));
  assert_money_label (f->view->forfeited_label, 43401280);
}

/* Leaving Harborview (the current job) on 2027-01-04, Cascadia's start:
 * 48,636.00 of unvested equity and the 15,480.00 bonus of its year 1
 * (ow-make-whole.h, tests/test-make-whole.c): 64,116.00.  Cascadia pays
 * 60,000.00 of sign-on in its first year: 4,116.00 short. */
static void
test_make_whole (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *short_by = money (411600);
  g_autofree char *verdict = NULL;

  g_assert_true (gtk_widget_get_visible (f->view->make_whole_box));
  assert_money_label (f->view->make_whole_label, 6411600);
  assert_money_label (f->view->offered_sign_on_label, 6000000);
  verdict = g_strdup_printf ("Short by %s: worth asking for", short_by);
  g_assert_cmpstr (adw_action_row_get_subtitle (f->view->offered_sign_on_row), ==, verdict);

  /* Leaving the current job is not a question for the current job. */
  ow_window_select_offer (f->window, offer (f, "harborview-current"));
  iterate ();
  g_assert_false (gtk_widget_get_visible (f->view->make_whole_box));

  /* Without a current job, the view says so. */
  ow_window_select_offer (f->window, offer (f, "lumen-research"));
  ow_history_set (f->history, offer (f, "harborview-current"), NULL, "current-job", FALSE, NULL);
  iterate ();
  g_assert_true (gtk_widget_get_visible (f->view->make_whole_box));
  assert_label (f->view->make_whole_label, "—");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (f->view->make_whole_row), "No current job"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->view->offered_sign_on_row)));
}

/* Counteroffer -------------------------------------------------------------- */

/* Cascadia's first year: 210,000 base + 29,925 bonus (15 % × 95 %) +
 * 60,000 sign-on + 19,837.80 equity (the cliff) + 15,250 benefits (the
 * 12,600 match capped at 12,250, + 3,000) = 335,012.80.  Lumen's, the best
 * other first year and so the default target: 185,000 + 25,000 +
 * 143,000 (10,000 options at 18.50 − 4.20) + 6,000 = 359,000.  The gap is
 * 23,987.20, and a sign-on paid at the start closes it exactly. */
static void
test_planner_sign_on (Fixture       *f,
                      gconstpointer  data)
{
  OwOffer *cascadia = offer (f, "cascadia-ml");
  const OwPlanChoice *sign_on;
  g_autofree char *before = document_data (f);
  g_autofree char *after = NULL;
  g_autofree char *expected = money (2398720);
  g_autoptr(OwRevision) received = NULL;
  g_autoptr(OwRevision) countered = NULL;
  g_autoptr(OwSignOn) added = NULL;
  GListModel *sign_ons = ow_offer_get_sign_ons (cascadia);
  GListModel *log = ow_offer_get_revisions (cascadia);

  g_assert_true (f->view->target_offer == offer (f, "lumen-research"));
  g_assert_cmpuint (adw_combo_row_get_selected (f->view->target_row), ==, 0);
  assert_money_label (f->view->gap_label, 2398720);

  sign_on = &f->view->plan->options[OW_PLAN_OPTION_SIGN_ON];
  g_assert_cmpint (sign_on->result, ==, OW_PLAN_RESULT_FOUND);
  g_assert_cmpint (sign_on->amount, ==, 2398720);
  assert_label (f->view->option_labels[OW_PLAN_OPTION_SIGN_ON], expected);
  /* The three buttons read the same; their names do not. */
  gtk_test_accessible_assert_property (f->view->apply_buttons[OW_PLAN_OPTION_SIGN_ON], GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Apply the sign-on bonus as a revision");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (f->view->apply_buttons[OW_PLAN_OPTION_SIGN_ON])));

  /* Apply as a revision, as the person clicks it. */
  g_signal_emit_by_name (f->view->apply_buttons[OW_PLAN_OPTION_SIGN_ON], "clicked");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (sign_ons), ==, 3);
  added = g_list_model_get_item (sign_ons, 2);
  g_assert_cmpint (ow_sign_on_get_amount (added), ==, 2398720);
  g_assert_cmpint (ow_sign_on_get_month (added), ==, 0);
  /* The log keeps the figures as received, then the counteroffer. */
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 2);
  received = g_list_model_get_item (log, 0);
  countered = g_list_model_get_item (log, 1);
  g_assert_cmpint (ow_revision_get_kind (received), ==, OW_REVISION_KIND_RECEIVED);
  g_assert_cmpint (ow_revision_get_kind (countered), ==, OW_REVISION_KIND_COUNTERED);
  g_assert_cmpuint (ow_revision_get_date (countered), ==, date ("2026-11-25"));
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_sign_ons (ow_revision_get_offer (received))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (ow_offer_get_sign_ons (ow_revision_get_offer (countered))), ==, 3);
  /* The gap is closed, and the log shows both. */
  assert_label (f->view->gap_label, "None");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->view->apply_buttons[OW_PLAN_OPTION_SIGN_ON])));
  g_assert_nonnull (gtk_list_box_get_row_at_index (f->view->log_list, 1));
  g_assert_null (gtk_list_box_get_row_at_index (f->view->log_list, 2));

  /* One undo takes back all of it. */
  g_assert_true (ow_history_undo (f->history));
  iterate ();
  after = document_data (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 0);
  assert_money_label (f->view->gap_label, 2398720);
}

/* The other options and the measures: a base salary that reaches the
 * target, over the horizon too, and an amount as the target. */
static void
test_planner_options (Fixture       *f,
                      gconstpointer  data)
{
  OwOffer *cascadia = offer (f, "cascadia-ml");
  OwValuation *valuation;
  const OwPlanChoice *base;
  OwExact gap, target;
  gint64 salary = 0;

  /* Base: the smallest whole-cent salary whose first year reaches 359,000.
   * Each dollar of base adds 1.1425 (the 14.25 % bonus; the match is
   * capped): 23,987.20 / 1.1425 = 20,995.3698…; 20,995.37 × 1.1425 =
   * 23,987.2102 reaches it and 20,995.36 × 1.1425 = 23,987.1988 does not:
   * 230,995.37. */
  base = &f->view->plan->options[OW_PLAN_OPTION_BASE];
  g_assert_cmpint (base->result, ==, OW_PLAN_RESULT_FOUND);
  g_assert_cmpint (base->amount, ==, 23099537);
  g_assert_cmpint (base->increase, ==, 2099537);

  g_signal_emit_by_name (f->view->apply_buttons[OW_PLAN_OPTION_BASE], "clicked");
  iterate ();
  g_object_get (cascadia, "base-salary", &salary, NULL);
  g_assert_cmpint (salary, ==, 23099537);
  g_assert_true (ow_history_undo (f->history));
  iterate ();

  /* Over the whole horizon Cascadia is ahead of Lumen: nothing to ask. */
  gtk_toggle_button_set_active (f->view->horizon_button, TRUE);
  iterate ();
  valuation = ow_session_get_valuation (f->session);
  ow_exact_sub (&gap, &ow_valuation_find (valuation, offer (f, "lumen-research"))->horizon_total,
                &ow_valuation_find (valuation, cascadia)->horizon_total);
  g_assert_cmpint (ow_exact_sign (&gap), <, 0);
  g_assert_true (ow_exact_equal (&f->view->plan->gap, &gap));
  assert_label (f->view->gap_label, "None");
  for (guint i = 0; i < OW_PLAN_N_OPTIONS; i++)
    g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (f->view->apply_buttons[i])));

  /* An amount: 2,000,000 over the horizon. */
  adw_combo_row_set_selected (f->view->target_row, 2);
  iterate ();
  g_assert_true (f->view->target_is_amount);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->view->amount_row)));
  gtk_editable_set_text (GTK_EDITABLE (f->view->amount_entry), "2000000");
  g_signal_emit_by_name (f->view->amount_entry, "activate");
  iterate ();
  ow_exact_set_int (&target, 2000000);
  ow_exact_sub (&gap, &target, &ow_valuation_find (valuation, cascadia)->horizon_total);
  g_assert_true (ow_exact_equal (&f->view->plan->gap, &gap));
  g_assert_cmpint (f->view->plan->options[OW_PLAN_OPTION_SIGN_ON].result, ==, OW_PLAN_RESULT_FOUND);

  /* What cannot be read is refused, and the target stays. */
  gtk_editable_set_text (GTK_EDITABLE (f->view->amount_entry), "lots");
  g_signal_emit_by_name (f->view->amount_entry, "activate");
  iterate ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->view->amount_entry), "error"));
  g_assert_true (ow_exact_equal (&f->view->plan->gap, &gap));
}

/* Negotiation log ------------------------------------------------------------- */

/* Record the figures as received, raise the base from 210,000 to 220,000
 * and compare: the first year grows by 10,000 of base and 1,425.00 of
 * bonus (15 % × 95 % of 10,000); the match was capped already. */
static void
test_log (Fixture       *f,
          gconstpointer  data)
{
  OwOffer *cascadia = offer (f, "cascadia-ml");
  GListModel *log = ow_offer_get_revisions (cascadia);
  g_autoptr(OwRevision) first = NULL;
  GtkWidget *grid;
  g_autofree char *then = money (33501280);
  g_autofree char *now = money (33501280 + 1142500);
  g_autoptr(GtkWidget) sink = NULL;
  OwExact change;
  g_autofree char *change_text = NULL;

  g_assert_null (gtk_list_box_get_row_at_index (f->view->log_list, 0));

  g_assert_true (_ow_negotiate_view_log_record (f->view, OW_REVISION_KIND_RECEIVED, date ("2026-11-20"),
                                                "First call"));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
  g_assert_nonnull (gtk_list_box_get_row_at_index (f->view->log_list, 0));
  g_assert_null (f->view->pending_row);

  /* A change not yet recorded shows as pending. */
  ow_history_set (f->history, cascadia, NULL, "base-salary", (gint64) 22000000, NULL);
  iterate ();
  g_assert_nonnull (f->view->pending_row);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (f->view->pending_row)), ==,
                   "Changed since the last revision: Base salary");

  first = g_list_model_get_item (log, 0);
  grid = _ow_negotiate_view_log_comparison (f->view, first);
  sink = g_object_ref_sink (grid);
  ow_exact_set_int (&change, 11425);
  change_text = ow_format_money_signed (&change, "USD");
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *name = gtk_widget_get_name (child);

      if (g_str_equal (name, "first-year/revision"))
        assert_label (GTK_LABEL (child), then);
      else if (g_str_equal (name, "first-year/latest"))
        assert_label (GTK_LABEL (child), now);
      else if (g_str_equal (name, "first-year/change"))
        assert_label (GTK_LABEL (child), change_text);
    }

  /* Recorded as revised: the pending row goes, the log has two entries. */
  g_assert_true (_ow_negotiate_view_log_record (f->view, OW_REVISION_KIND_REVISED, date ("2026-11-24"), NULL));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 2);
  g_assert_null (f->view->pending_row);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (gtk_list_box_get_row_at_index (f->view->log_list, 1))),
                   ==, "Changed: Base salary");

  g_assert_true (ow_history_undo (f->history));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
  g_assert_nonnull (f->view->pending_row);
}

/* Record Revision…: the dialog asks for the kind (Received for a first
 * entry), the date (today) and a note. */
static void
test_record_dialog (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *log = ow_offer_get_revisions (offer (f, "cascadia-ml"));
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;
  g_autoptr(OwRevision) revision = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "negotiate.record-revision", NULL));
  iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == GTK_WINDOW (f->window))
        dialog = ADW_MESSAGE_DIALOG (window);
    }
  g_assert_nonnull (dialog);

  adw_message_dialog_response (dialog, "record");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 1);
  revision = g_list_model_get_item (log, 0);
  g_assert_cmpint (ow_revision_get_kind (revision), ==, OW_REVISION_KIND_RECEIVED);
  g_assert_cmpuint (ow_revision_get_date (revision), ==, date ("2026-11-25"));
  g_assert_cmpstr (ow_revision_get_note (revision), ==, "");
  g_assert_true (ow_history_can_undo (f->history));
  g_assert_cmpstr (ow_history_get_undo_label (f->history), ==, "Record Revision");
}

/* Deadline ------------------------------------------------------------------ */

static void
test_countdown (void)
{
  OwDate deadline = date ("2026-12-04");
  gboolean overdue = TRUE;
  g_autofree char *nine = ow_negotiate_describe_countdown (deadline, date ("2026-11-25"), &overdue);
  g_autofree char *one = ow_negotiate_describe_countdown (deadline, date ("2026-12-03"), NULL);
  g_autofree char *today = ow_negotiate_describe_countdown (deadline, deadline, NULL);
  g_autofree char *late = NULL;

  g_assert_cmpstr (nine, ==, "Answer due in 9 days");
  g_assert_false (overdue);
  g_assert_cmpstr (one, ==, "Answer due tomorrow");
  g_assert_cmpstr (today, ==, "Answer due today");
  late = ow_negotiate_describe_countdown (deadline, date ("2026-12-06"), &overdue);
  g_assert_cmpstr (late, ==, "Overdue by 2 days");
  g_assert_true (overdue);
  g_assert_null (ow_negotiate_describe_countdown (OW_DATE_NONE, deadline, &overdue));
  g_assert_false (overdue);
}

static void
test_deadline (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *day = ow_format_date (date ("2026-12-04"));
  GtkListBoxRow *other;

  assert_label (f->view->countdown_label, "Answer due in 9 days");
  assert_label (f->view->countdown_date_label, day);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->view->countdown_label), "warning"));
  /* Lumen's deadline is listed under it. */
  other = gtk_list_box_get_row_at_index (f->view->deadline_list, 2);
  g_assert_nonnull (other);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (other)), ==, "Lumen Foundry");

  _ow_negotiate_view_set_today (f->view, date ("2026-12-02"));
  assert_label (f->view->countdown_label, "Answer due in 2 days");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->view->countdown_label), "warning"));

  _ow_negotiate_view_set_today (f->view, date ("2026-12-06"));
  assert_label (f->view->countdown_label, "Overdue by 2 days");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->view->countdown_label), "warning"));

  /* The current job has none. */
  ow_window_select_offer (f->window, offer (f, "harborview-current"));
  iterate ();
  assert_label (f->view->countdown_label, "No answer deadline");
}

/* Sort by Deadline ------------------------------------------------------------- */

static const char *
sidebar_id (Fixture *f,
            guint    position)
{
  g_autoptr(OwOffer) item = g_list_model_get_item (G_LIST_MODEL (f->window->selection), position);

  g_assert_nonnull (item);
  return ow_offer_get_id (item);
}

static void
test_sort_by_deadline (Fixture       *f,
                       gconstpointer  data)
{
  GSettings *settings = ow_application_get_settings (app);
  OwOffer *lumen = offer (f, "lumen-research");
  OwOffer *harborview = offer (f, "harborview-current");

  /* The document's order at first. */
  g_assert_cmpstr (sidebar_id (f, 0), ==, "cascadia-ml");
  ow_history_set (f->history, lumen, NULL, "deadline", (guint) date ("2026-12-01"), NULL);
  iterate ();
  g_assert_cmpstr (sidebar_id (f, 0), ==, "cascadia-ml");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "sidebar.sort-by-deadline", NULL));
  iterate ();
  g_assert_true (g_settings_get_boolean (settings, "sort-by-deadline"));
  g_assert_cmpstr (sidebar_id (f, 0), ==, "lumen-research");
  g_assert_cmpstr (sidebar_id (f, 1), ==, "cascadia-ml");
  /* Without a deadline, last. */
  g_assert_cmpstr (sidebar_id (f, 2), ==, "harborview-current");
  /* The selection stays on the offer it was on. */
  g_assert_true (ow_window_get_selected_offer (f->window) == offer (f, "cascadia-ml"));

  /* A deadline set later sorts in at once. */
  ow_history_set (f->history, harborview, NULL, "deadline", (guint) date ("2026-11-30"), NULL);
  iterate ();
  g_assert_cmpstr (sidebar_id (f, 0), ==, "harborview-current");
  g_assert_true (ow_window_get_selected_offer (f->window) == offer (f, "cascadia-ml"));

  /* Selecting by offer finds it in the sorted list. */
  ow_window_select_offer (f->window, lumen);
  iterate ();
  g_assert_true (ow_window_get_selected_offer (f->window) == lumen);
  g_assert_true (ow_negotiate_view_get_offer (f->view) == lumen);

  /* Another window's change of the setting applies here too. */
  g_settings_set_boolean (settings, "sort-by-deadline", FALSE);
  iterate ();
  g_assert_cmpstr (sidebar_id (f, 0), ==, "cascadia-ml");
  g_assert_cmpstr (sidebar_id (f, 2), ==, "harborview-current");
}

/* While another view is shown, edits leave the page alone; it catches up
 * before it is shown again.  Raising Cascadia's base to 220,000 adds
 * 11,425.00 to its first year, so the gap to Lumen falls from 23,987.20 to
 * 12,562.20. */
static void
test_hidden_updates (Fixture       *f,
                     gconstpointer  data)
{
  ow_window_show_view (f->window, "compare");
  iterate ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->view)));

  ow_history_set (f->history, offer (f, "cascadia-ml"), NULL, "base-salary", (gint64) 22000000, NULL);
  iterate ();
  g_assert_true (f->view->stale);
  assert_money_label (f->view->gap_label, 2398720);

  ow_window_show_view (f->window, "negotiate");
  iterate ();
  g_assert_false (f->view->stale);
  assert_money_label (f->view->gap_label, 1256220);
}

/* The page fits the narrowest window: the content pane of a folded
 * window is 360 pixels wide. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  int minimum = 0;

  /* Every part shown: a log with changes pending, the base option's two
   * lines, an own question. */
  g_assert_true (_ow_negotiate_view_log_record (f->view, OW_REVISION_KIND_RECEIVED, date ("2026-11-20"), NULL));
  ow_history_set (f->history, offer (f, "cascadia-ml"), NULL, "base-salary", (gint64) 22000000, NULL);
  iterate ();
  gtk_widget_measure (GTK_WIDGET (f->view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

/* The view follows the selection, and a new document. */
static void
test_follows_window (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(OwDocument) empty = ow_document_new ();
  g_autoptr(OwSession) session = ow_session_new (empty, NULL, NULL);

  ow_window_select_offer (f->window, offer (f, "lumen-research"));
  iterate ();
  assert_label (f->view->company_label, "Lumen Foundry");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->view->stack), ==, "offer");

  /* Deleting the offer shown: the next one is selected and shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-offer", NULL));
  iterate ();
  g_assert_true (ow_negotiate_view_get_offer (f->view) == ow_window_get_selected_offer (f->window));
  g_assert_cmpstr (gtk_label_get_label (f->view->company_label), !=, "Lumen Foundry");

  ow_window_set_session (f->window, session);
  iterate ();
  g_assert_true (ow_negotiate_view_get_session (f->view) == session);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->view->stack), ==, "empty");
  ow_window_set_session (f->window, f->session);
  iterate ();
}

/* Main ----------------------------------------------------------------------- */

static void
activate_cb (GApplication *application,
             int          *status)
{
  g_signal_stop_emission_by_name (application, "activate");
  *status = g_test_run ();
}

int
main (int   argc,
      char *argv[])
{
  int status = 1;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Toasts appear and go at once.  With animations, a toast undone within
   * the 300 ms of its own show animation makes libadwaita 1.2's toast
   * overlay free the toast while that animation still runs. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* Figures in one locale, whatever the machine's. */
  ow_format_set_locale ("en_US");

  g_test_add_func ("/ow/negotiate-view/countdown", test_countdown);
#define ADD(path, func) \
  g_test_add ("/ow/negotiate-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("raised-questions", test_raised_questions);
  ADD ("status-and-undo", test_status_and_undo);
  ADD ("figure-row", test_figure_row);
  ADD ("confirm-in-writing", test_confirm_in_writing);
  ADD ("own-questions", test_own_questions);
  ADD ("leave-cost", test_leave_cost);
  ADD ("make-whole", test_make_whole);
  ADD ("planner-sign-on", test_planner_sign_on);
  ADD ("planner-options", test_planner_options);
  ADD ("log", test_log);
  ADD ("record-dialog", test_record_dialog);
  ADD ("deadline", test_deadline);
  ADD ("sort-by-deadline", test_sort_by_deadline);
  ADD ("hidden-updates", test_hidden_updates);
  ADD ("narrow", test_narrow);
  ADD ("follows-window", test_follows_window);
#undef ADD

  app = ow_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &status);
  g_application_run (G_APPLICATION (app), 1, argv);

  g_assert_finalize_object (app);
  return status;
}
