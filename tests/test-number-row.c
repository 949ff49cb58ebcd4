/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwNumberRow driven as a person would: typing into the entry, moving the
 * focus away, pressing Enter or Escape, and undoing. */
#include "config.h"

#include <adwaita.h>

#include "ow-format.h"
#include "ow-history.h"
#include "ow-number-row.h"
#include "ow-source-button.h"

static const char sample[] =
  "{ \"format\": \"offer-workbench\", \"version\": 1,"
  "  \"offers\": ["
  "  { \"id\": \"a\", \"company\": \"Acme\", \"start_date\": \"2027-01-04\", \"base_salary\": 210000,"
  "    \"bonus\": { \"target_percent\": 15 },"
  "    \"salary_band\": { \"min\": 150000, \"max\": 200000 },"
  "    \"sources\": { \"bonus\": \"letter\" } } ] }";

typedef struct
{
  OwDocument  *document;
  OwHistory   *history;
  OwOffer     *offer;
  GtkWindow   *window;
  GtkListBox  *list;
  OwNumberRow *row;
  GtkWidget   *other;   /* somewhere else to put the focus */
} Fixture;

static void
wait_idle (void)
{
  /* Focus changes and notifications settle within a few iterations. */
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *box;

  ow_format_set_locale (data ? data : "en_US");

  f->document = ow_document_new ();
  g_assert_true (ow_document_load_data (f->document, sample, sizeof sample - 1, "t", &error));
  g_assert_no_error (error);
  f->history = ow_history_new (f->document);
  f->offer = ow_document_get_offer (f->document, 0);

  f->window = GTK_WINDOW (gtk_window_new ());
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  f->list = GTK_LIST_BOX (gtk_list_box_new ());
  f->row = OW_NUMBER_ROW (ow_number_row_new ());
  f->other = gtk_entry_new ();
  gtk_list_box_append (f->list, GTK_WIDGET (f->row));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->list));
  gtk_box_append (GTK_BOX (box), f->other);
  gtk_window_set_child (f->window, box);
  gtk_window_present (f->window);
  wait_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  wait_idle ();
  g_clear_object (&f->history);
  g_assert_finalize_object (f->document);
  ow_format_set_locale ("en_US");
}

static const char *
entry_text (Fixture *f)
{
  return gtk_editable_get_text (ow_number_row_get_entry (f->row));
}

/* Focuses the field, replaces its text and moves the focus away. */
static void
type_and_leave (Fixture    *f,
                const char *text)
{
  GtkWidget *entry = GTK_WIDGET (ow_number_row_get_entry (f->row));

  gtk_widget_grab_focus (entry);
  wait_idle ();
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  wait_idle ();
  gtk_widget_grab_focus (f->other);
  wait_idle ();
}

/* Enter, as GtkText reports it (GtkEntry passes it on as "activate"). */
static void
press_enter (GtkWidget *entry)
{
  for (GtkWidget *child = gtk_widget_get_first_child (entry); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TEXT (child))
      {
        g_signal_emit_by_name (child, "activate");
        return;
      }
  g_assert_not_reached ();
}

static gint64
get_int64 (gpointer    object,
           const char *property)
{
  gint64 v;

  g_object_get (object, property, &v, NULL);
  return v;
}

static void
bind_base (Fixture *f)
{
  ow_number_row_bind (f->row, f->history, f->offer, "base-salary", OW_PARSE_MONEY, "USD");
  wait_idle ();
}

static void
test_shows_value (Fixture       *f,
                  gconstpointer  data)
{
  bind_base (f);

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->row)), ==, "Base salary");
  g_assert_cmpstr (entry_text (f), ==, "210,000");
  g_assert_null (ow_number_row_get_error (f->row));
  /* Screen readers hear the row's title as the entry's name. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (ow_number_row_get_entry (f->row)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Base salary");
}

static void
test_commit_on_focus_out (Fixture       *f,
                          gconstpointer  data)
{
  bind_base (f);
  type_and_leave (f, "180,000.50");

  g_assert_cmpint (get_int64 (f->offer, "base-salary"), ==, 18000050);
  g_assert_true (ow_history_can_undo (f->history));
  g_assert_cmpstr (ow_history_get_undo_label (f->history), ==, "Change Base salary");
  g_assert_cmpstr (entry_text (f), ==, "180,000.50");
  g_assert_null (ow_number_row_get_error (f->row));
}

static void
test_commit_on_enter (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *entry;

  bind_base (f);
  entry = GTK_WIDGET (ow_number_row_get_entry (f->row));
  gtk_widget_grab_focus (entry);
  wait_idle ();
  /* A pasted symbol and a shorthand are read, not dropped. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "$195k");
  press_enter (entry);
  wait_idle ();

  g_assert_cmpint (get_int64 (f->offer, "base-salary"), ==, 19500000);
  g_assert_cmpstr (entry_text (f), ==, "195,000");
  /* Enter commits and leaves the person in the field. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), entry));
}

static void
test_invalid_text (Fixture       *f,
                   gconstpointer  data)
{
  GtkAccessible *entry;

  bind_base (f);
  type_and_leave (f, "abc");

  /* The model keeps its value, nothing is recorded, what was typed stays
   * and the reason shows under the title. */
  g_assert_cmpint (get_int64 (f->offer, "base-salary"), ==, 21000000);
  g_assert_false (ow_history_can_undo (f->history));
  g_assert_cmpstr (entry_text (f), ==, "abc");
  g_assert_nonnull (ow_number_row_get_error (f->row));
  g_assert_true (g_str_has_prefix (ow_number_row_get_error (f->row), "Enter a number"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (f->row)), ==, ow_number_row_get_error (f->row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->row), "ow-invalid"));

  entry = GTK_ACCESSIBLE (ow_number_row_get_entry (f->row));
  gtk_test_accessible_assert_state (entry, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       ow_number_row_get_error (f->row));

  /* A valid value clears it all. */
  type_and_leave (f, "200000");
  g_assert_cmpint (get_int64 (f->offer, "base-salary"), ==, 20000000);
  g_assert_null (ow_number_row_get_error (f->row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->row), "ow-invalid"));
  gtk_test_accessible_assert_state (entry, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE);
}

static void
test_range (Fixture       *f,
            gconstpointer  data)
{
  bind_base (f);
  type_and_leave (f, "-5");
  g_assert_cmpstr (ow_number_row_get_error (f->row), ==, "Cannot be negative");
  g_assert_cmpint (get_int64 (f->offer, "base-salary"), ==, 21000000);

  ow_number_row_bind (f->row, f->history, f->offer, "bonus-target-percent", OW_PARSE_PERCENT, NULL);
  wait_idle ();
  g_assert_null (ow_number_row_get_error (f->row));
  g_assert_cmpstr (entry_text (f), ==, "15");
  type_and_leave (f, "1,200 %");
  g_assert_cmpstr (ow_number_row_get_error (f->row), ==, "At most 1,000%");
  g_assert_cmpint (get_int64 (f->offer, "bonus-target-percent"), ==, 1500);
  g_assert_false (ow_history_can_undo (f->history));
}

/* A rule between fields (the history's check) shows as a sentence,
 * without the JSON path. */
static void
test_rule_message (Fixture       *f,
                   gconstpointer  data)
{
  ow_number_row_bind (f->row, f->history, f->offer, "salary-band-min", OW_PARSE_MONEY, "USD");
  wait_idle ();
  type_and_leave (f, "250,000");

  g_assert_cmpint (get_int64 (f->offer, "salary-band-min"), ==, 15000000);
  g_assert_false (ow_history_can_undo (f->history));
  g_assert_cmpstr (ow_number_row_get_error (f->row), ==, "Min must not be above max (min 250000, max 200000)");
  g_assert_cmpstr (entry_text (f), ==, "250,000");
}

static gboolean
press_escape (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Escape, 9, 0, &handled);
    }
  return handled;
}

static void
test_escape (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *entry;

  bind_base (f);
  entry = GTK_WIDGET (ow_number_row_get_entry (f->row));
  gtk_widget_grab_focus (entry);
  wait_idle ();
  gtk_editable_set_text (GTK_EDITABLE (entry), "99");
  g_assert_true (press_escape (entry));
  g_assert_cmpstr (entry_text (f), ==, "210,000");

  /* After a refused value too, and then nothing is left to commit. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "abc");
  press_enter (entry);
  g_assert_nonnull (ow_number_row_get_error (f->row));
  g_assert_true (press_escape (entry));
  g_assert_null (ow_number_row_get_error (f->row));
  g_assert_cmpstr (entry_text (f), ==, "210,000");
  gtk_widget_grab_focus (f->other);
  wait_idle ();
  g_assert_false (ow_history_can_undo (f->history));

  /* With nothing to take back, Escape is left to others (a dialog). */
  g_assert_false (press_escape (entry));
}

static void
test_follows_model (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *entry;

  bind_base (f);
  type_and_leave (f, "180,000.50");

  g_assert_true (ow_history_undo (f->history));
  wait_idle ();
  g_assert_cmpstr (entry_text (f), ==, "210,000");
  g_assert_true (ow_history_redo (f->history));
  wait_idle ();
  g_assert_cmpstr (entry_text (f), ==, "180,000.50");

  /* Text being typed is never overwritten; it is committed on leaving. */
  entry = GTK_WIDGET (ow_number_row_get_entry (f->row));
  gtk_widget_grab_focus (entry);
  wait_idle ();
  gtk_editable_set_text (GTK_EDITABLE (entry), "170000");
  g_assert_true (ow_history_set (f->history, f->offer, &error, "base-salary", (gint64) 16000000, NULL));
  wait_idle ();
  g_assert_cmpstr (entry_text (f), ==, "170000");
  gtk_widget_grab_focus (f->other);
  wait_idle ();
  g_assert_cmpint (get_int64 (f->offer, "base-salary"), ==, 17000000);
  g_assert_cmpstr (entry_text (f), ==, "170,000");
}

static void
test_locale (Fixture       *f,
             gconstpointer  data)
{
  bind_base (f);
  g_assert_cmpstr (entry_text (f), ==, "210.000");

  type_and_leave (f, "180.000,50");
  g_assert_cmpint (get_int64 (f->offer, "base-salary"), ==, 18000050);
  g_assert_cmpstr (entry_text (f), ==, "180.000,50");

  /* Grouping that makes no sense is refused, not guessed at. */
  type_and_leave (f, "1.8.000");
  g_assert_nonnull (ow_number_row_get_error (f->row));
  g_assert_cmpint (get_int64 (f->offer, "base-salary"), ==, 18000050);
}

static void
test_optional (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(OwGrant) grant = ow_grant_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (grant, "units", (gint64) 1000000000, NULL);
  g_assert_true (ow_history_insert (f->history, ow_offer_get_grants (f->offer), 0, grant, &error));
  g_assert_no_error (error);

  ow_number_row_bind (f->row, f->history, grant, "share-price", OW_PARSE_PRICE, "USD");
  wait_idle ();
  g_assert_cmpstr (entry_text (f), ==, "");

  type_and_leave (f, "185.4");
  g_assert_cmpint (get_int64 (grant, "share-price"), ==, 185400000);
  g_assert_cmpstr (entry_text (f), ==, "185.40");

  /* Left empty, an optional figure is "not given" again. */
  type_and_leave (f, "");
  g_assert_false (ow_grant_has_share_price (grant));
  g_assert_null (ow_number_row_get_error (f->row));

  /* The share price must be above zero. */
  type_and_leave (f, "0");
  g_assert_cmpstr (ow_number_row_get_error (f->row), ==, "Must be more than 0");
}

static OwSourceButton *
find_source_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      OwSourceButton *found;

      if (OW_IS_SOURCE_BUTTON (child))
        return OW_SOURCE_BUTTON (child);
      if ((found = find_source_button (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_source (Fixture       *f,
             gconstpointer  data)
{
  OwSourceButton *button;

  ow_number_row_bind (f->row, f->history, f->offer, "bonus-target-percent", OW_PARSE_PERCENT, NULL);
  ow_number_row_set_source (f->row, f->offer, "bonus.target_percent");
  wait_idle ();
  button = find_source_button (GTK_WIDGET (f->row));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));

  /* "bonus" covers the bonus's figures. */
  g_assert_cmpint (ow_source_button_get_source (button), ==, OW_SOURCE_LETTER);

  /* Choosing from the menu sets the property its radio items act on. */
  g_object_set (button, "source", "verbal", NULL);
  g_assert_cmpint (ow_offer_get_source (f->offer, "bonus.target_percent"), ==, OW_SOURCE_VERBAL);
  g_assert_cmpint (ow_offer_get_source (f->offer, "bonus"), ==, OW_SOURCE_LETTER);
  g_assert_cmpint (ow_source_button_get_source (button), ==, OW_SOURCE_VERBAL);

  g_assert_true (ow_history_undo (f->history));
  g_assert_cmpint (ow_offer_get_source (f->offer, "bonus.target_percent"), ==, OW_SOURCE_UNKNOWN);
  g_assert_cmpint (ow_source_button_get_source (button), ==, OW_SOURCE_LETTER);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func, locale) \
  g_test_add ("/ow/number-row/" path, Fixture, locale, fixture_set_up, func, fixture_tear_down)

  ADD ("shows-value", test_shows_value, NULL);
  ADD ("commit-on-focus-out", test_commit_on_focus_out, NULL);
  ADD ("commit-on-enter", test_commit_on_enter, NULL);
  ADD ("invalid-text", test_invalid_text, NULL);
  ADD ("range", test_range, NULL);
  ADD ("rule-message", test_rule_message, NULL);
  ADD ("escape", test_escape, NULL);
  ADD ("follows-model", test_follows_model, NULL);
  ADD ("locale-de", test_locale, "de_DE");
  ADD ("optional", test_optional, NULL);
  ADD ("source", test_source, NULL);

#undef ADD

  return g_test_run ();
}
