/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One person's session with the real window: open the sample, type a new
 * base salary into the offer editor and see the comparison follow, undo
 * it, type something that is not a number, then close with unsaved
 * changes, save, and open the file again. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ow-application.h"
#include "ow-number-row.h"
#include "ow-window-private.h"

static OwApplication *app;

static void
iterate (void)
{
  for (int i = 0; i < 3; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The number row titled TITLE below ROOT. */
static OwNumberRow *
find_number_row (GtkWidget  *root,
                 const char *title)
{
  if (OW_IS_NUMBER_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return OW_NUMBER_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      OwNumberRow *found = find_number_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static gint64
base_salary (OwWindow *window)
{
  gint64 v;

  g_object_get (ow_document_get_offer (ow_window_get_document (window), 0), "base-salary", &v, NULL);
  return v;
}

/* Enter as the entry's text widget reports it. */
static void
press_enter (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    {
      g_signal_emit_by_name (widget, "activate");
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    press_enter (child);
}

/* Types TEXT into ENTRY and presses Enter, as a person would. */
static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  press_enter (entry);
  iterate ();
}

static void
test_workflow (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-workflow-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mine.offers", NULL);
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(OwDocument) reopened = NULL;
  OwWindow *window;
  OwOffer *cascadia;
  OwNumberRow *base_row;
  GtkWidget *entry;
  AdwMessageDialog *dialog;
  gsize len;

  g_assert_true (g_file_get_contents (sample, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) len, NULL));

  /* Open it as the application opens a file. */
  ow_application_open_file (app, file, NULL);
  iterate ();
  window = OW_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  cascadia = ow_document_get_offer (ow_window_get_document (window), 0);
  g_assert_cmpstr (ow_offer_get_company (cascadia), ==, "Cascadia Compute");

  /* The comparison's first-year total, worked out in test-examples. */
  g_assert_cmpstr (ow_compare_view_get_cell_text (window->compare_view, "first-year-total", cascadia), ==,
                   "$335,012.80");

  ow_window_select_offer (window, cascadia);
  ow_window_show_view (window, "offer");
  iterate ();
  base_row = find_number_row (GTK_WIDGET (ow_window_ensure_offer_editor (window)), "Base salary");
  g_assert_nonnull (base_row);
  entry = GTK_WIDGET (ow_number_row_get_entry (base_row));

  /* 250,000 instead of 210,000: +40,000 of base and +5,700 of bonus
   * (15 % target × 95 % payout); the retirement match stays at its
   * 12,250 cap.  335,012.80 + 45,700 = 380,712.80. */
  type_and_enter (entry, "250,000");
  g_assert_cmpint (base_salary (window), ==, 25000000);
  g_assert_cmpstr (ow_compare_view_get_cell_text (window->compare_view, "first-year-total", cascadia), ==,
                   "$380,712.80");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Undo restores the model, the comparison and the entry. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  iterate ();
  g_assert_cmpint (base_salary (window), ==, 21000000);
  g_assert_cmpstr (ow_compare_view_get_cell_text (window->compare_view, "first-year-total", cascadia), ==,
                   "$335,012.80");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "210,000");
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Not a number: the message shows at the field, the model keeps its
   * value and nothing is recorded. */
  type_and_enter (entry, "abc");
  g_assert_nonnull (ow_number_row_get_error (base_row));
  g_assert_nonnull (strstr (ow_number_row_get_error (base_row), "Enter a number"));
  g_assert_cmpint (base_salary (window), ==, 21000000);
  g_assert_false (ow_history_can_undo (ow_session_get_history (ow_window_get_session (window))));

  /* A real change, then closing asks; saving closes and keeps it. */
  type_and_enter (entry, "250000");
  g_assert_null (ow_number_row_get_error (base_row));
  g_assert_cmpint (base_salary (window), ==, 25000000);
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  iterate ();
  dialog = find_message_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), adw_message_dialog_get_response_label (dialog, "save")), "clicked");
  iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);

  /* Opening the file again gives the same document, with the change. */
  reopened = ow_document_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_object_get (ow_document_get_offer (reopened, 0), "base-salary", &len, NULL);
  g_assert_cmpint ((gint64) len, ==, 25000000);
  g_assert_cmpuint (ow_document_get_n_offers (reopened), ==, 3);

  g_unlink (path);
  g_rmdir (dir);
}

static void
activate_cb (GApplication *application,
             int          *status)
{
  /* The tests run inside the application, as the person's session does. */
  g_application_hold (application);
  *status = g_test_run ();
  g_application_release (application);
  g_application_quit (application);
}

int
main (int   argc,
      char *argv[])
{
  int status = 1;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ow/workflow/edit-undo-save-reopen", test_workflow);

  app = ow_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &status);
  g_application_run (G_APPLICATION (app), 1, argv);

  g_object_unref (app);
  return status;
}
