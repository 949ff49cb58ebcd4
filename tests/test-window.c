/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document window driven through its real actions: opening, offers,
 * undo and redo, saving, closing with unsaved changes, dropped files and
 * the recent documents. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ow-application.h"
#include "ow-window-private.h"
#include "widget-helpers.h"

static OwApplication *app;

typedef struct
{
  char *tmpdir;
} Fixture;

/* Helpers ------------------------------------------------------------------ */

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
}

static GFile *
sample_file (void)
{
  g_autofree char *path = sample_path ();

  return g_file_new_for_path (path);
}

static char *
document_data (OwDocument *document)
{
  gsize len;

  return ow_document_to_data (document, &len);
}

/* A window showing a copy of the sample, as the file FILE (or untitled). */
static OwWindow *
window_with_sample (GFile *file)
{
  g_autoptr(GFile) sample = sample_file ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OwDocument) document = ow_document_new_from_file (sample, "sample.offers", &error);
  g_autoptr(OwSession) session = NULL;
  OwWindow *window;

  g_assert_no_error (error);
  session = ow_session_new (document, file, NULL);
  window = ow_window_new (GTK_APPLICATION (app));
  ow_window_set_session (window, session);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  return window;
}

static guint
n_offers (OwWindow *window)
{
  return ow_document_get_n_offers (ow_window_get_document (window));
}

static guint
n_app_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static AdwMessageDialog *
find_message_dialog (OwWindow *parent)
{
  return (AdwMessageDialog *) find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (parent));
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0 &&
      gtk_widget_is_visible (root))
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

static GtkWidget *
template_child (OwWindow   *window,
                const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), OW_TYPE_WINDOW, name));
}

static void
activate (OwWindow   *window,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  iterate ();
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  GSettings *settings = ow_application_get_settings (app);

  fixture->tmpdir = g_dir_make_tmp ("test-window-XXXXXX", NULL);
  g_assert_nonnull (fixture->tmpdir);
  g_assert_nonnull (settings);
  g_settings_reset (settings, "recent-files");
  iterate ();
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Destroying skips the "Save changes?" question. */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (window);
    }
  iterate ();

  remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

/* Tests -------------------------------------------------------------------- */

/* Opening a file puts it in a window, raises it instead of opening it twice,
 * reuses a window that shows nothing and remembers the file. */
static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GFile) file = sample_file ();
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  OwWindow *empty = ow_window_new (GTK_APPLICATION (app));
  GMenuModel *menu = ow_application_get_recent_menu (app);
  GMenuModel *section;
  g_autoptr(GVariant) target = NULL;

  gtk_window_present (GTK_WINDOW (empty));
  iterate ();
  g_assert_cmpuint (n_app_windows (), ==, 1);

  g_assert_true (ow_application_open_file (app, file, empty));
  iterate ();
  /* The empty window was reused. */
  g_assert_cmpuint (n_app_windows (), ==, 1);
  g_assert_true (g_file_equal (ow_window_get_file (empty), file));
  g_assert_cmpuint (n_offers (empty), ==, 3);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (empty)), ==, "sample.offers");

  /* Open already: raised, not opened again. */
  g_assert_true (ow_application_open_file (app, file, NULL));
  iterate ();
  g_assert_cmpuint (n_app_windows (), ==, 1);

  /* Remembered, and in the "Open Recent" menu. */
  recent = g_settings_get_strv (ow_application_get_settings (app), "recent-files");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  g_assert_cmpstr (recent[0], ==, uri);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 1);
  target = g_menu_model_get_item_attribute_value (section, 0, G_MENU_ATTRIBUTE_TARGET,
                                                  G_VARIANT_TYPE_STRING);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
  g_object_unref (section);

  /* The window's menu has "Open Recent" after "Open…", until the list is
   * cleared. */
  section = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (empty), OW_TYPE_WINDOW,
                                                         "file_section"));
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 4);
  {
    g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (section, 1, G_MENU_LINK_SUBMENU);
    g_assert_true (submenu == menu);
  }
  g_action_group_activate_action (G_ACTION_GROUP (app), "clear-recent", NULL);
  iterate ();
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 0);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 3);
  ow_application_add_recent_file (app, file);
  iterate ();
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 4);

  /* A window with a document worth keeping is not reused. */
  ow_window_set_session (empty, NULL);
  {
    g_autoptr(OwDocument) document = ow_document_new ();
    g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);
    ow_window_set_session (empty, session);
    activate (empty, "win.add-offer");
  }
  g_assert_true (ow_application_open_file (app, file, empty));
  iterate ();
  g_assert_cmpuint (n_app_windows (), ==, 2);
  g_assert_cmpuint (n_offers (empty), ==, 1);
}

/* Add, duplicate, delete, and the toast's Undo. */
static void
test_offers (Fixture       *fixture,
             gconstpointer  data)
{
  OwWindow *window = window_with_sample (NULL);
  OwDocument *document = ow_window_get_document (window);
  OwOffer *first = ow_document_get_offer (document, 0);
  OwOffer *copy;
  GtkWidget *undo;

  g_assert_cmpstr (ow_offer_get_company (first), ==, "Cascadia Compute");
  g_assert_true (ow_window_get_selected_offer (window) == first);

  activate (window, "win.add-offer");
  g_assert_cmpuint (n_offers (window), ==, 4);
  g_assert_true (ow_window_get_selected_offer (window) == ow_document_get_offer (document, 3));

  /* A copy with an id of its own, right after the original, selected. */
  ow_window_select_offer (window, first);
  activate (window, "win.duplicate-offer");
  g_assert_cmpuint (n_offers (window), ==, 5);
  copy = ow_document_get_offer (document, 1);
  g_assert_true (ow_window_get_selected_offer (window) == copy);
  g_assert_cmpstr (ow_offer_get_company (copy), ==, "Cascadia Compute (copy)");
  g_assert_cmpstr (ow_offer_get_title (copy), ==, ow_offer_get_title (first));
  g_assert_cmpstr (ow_offer_get_id (copy), !=, ow_offer_get_id (first));
  g_assert_cmpint (ow_offer_get_base_salary (copy), ==, ow_offer_get_base_salary (first));
  g_assert_true (ow_document_check (document, NULL));

  /* The baseline's copy is not a second baseline. */
  ow_window_select_offer (window, ow_document_get_current_job (document));
  activate (window, "win.duplicate-offer");
  g_assert_cmpuint (n_offers (window), ==, 6);
  g_assert_false (ow_offer_get_current_job (ow_window_get_selected_offer (window)));
  g_assert_true (ow_document_check (document, NULL));

  /* Delete, then Undo from the toast: the same offer, in the same place. */
  g_object_ref (first);
  ow_window_select_offer (window, first);
  activate (window, "win.delete-offer");
  g_assert_cmpuint (n_offers (window), ==, 5);
  g_assert_null (ow_document_find_offer (document, ow_offer_get_id (first), NULL));

  undo = find_button (GTK_WIDGET (window->toast_overlay), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  iterate ();
  g_assert_cmpuint (n_offers (window), ==, 6);
  g_assert_true (ow_document_get_offer (document, 0) == first);
  g_assert_true (ow_window_get_selected_offer (window) == first);
  g_object_unref (first);

  /* Nothing selected: nothing to delete or duplicate. */
  gtk_single_selection_set_selected (window->selection, GTK_INVALID_LIST_POSITION);
  g_assert_null (ow_window_get_selected_offer (window));
  activate (window, "win.delete-offer");
  g_assert_cmpuint (n_offers (window), ==, 6);
}

/* The toast's Undo takes back only the deletion: once anything else is
 * done, the toast is gone. */
static void
test_delete_toast_goes (Fixture       *fixture,
                        gconstpointer  data)
{
  OwWindow *window = window_with_sample (NULL);
  g_autoptr(GtkWidget) undo = NULL;

  activate (window, "win.delete-offer");
  undo = find_button (GTK_WIDGET (window->toast_overlay), "_Undo");
  g_assert_nonnull (undo);
  g_object_ref (undo);
  g_assert_cmpuint (n_offers (window), ==, 2);

  activate (window, "win.add-offer");
  g_assert_cmpuint (n_offers (window), ==, 3);

  /* Even if the toast is still on its way out, its button undoes nothing
   * now: not the new offer, not the deletion behind it. */
  g_signal_emit_by_name (undo, "clicked");
  iterate ();
  g_assert_cmpuint (n_offers (window), ==, 3);
  g_assert_cmpstr (ow_offer_get_company (ow_document_get_offer (ow_window_get_document (window), 0)), ==,
                   "Lumen Foundry");
}

/* Undo and redo are enabled by the history, and their tooltips say what
 * they would do. */
static void
test_undo_redo (Fixture       *fixture,
                gconstpointer  data)
{
  OwWindow *window = window_with_sample (NULL);
  GtkWidget *undo = template_child (window, "undo_button");
  GtkWidget *redo = template_child (window, "redo_button");
  OwOffer *offer = ow_window_get_selected_offer (window);
  g_autoptr(GError) error = NULL;

  g_assert_false (gtk_widget_get_sensitive (undo));
  g_assert_false (gtk_widget_get_sensitive (redo));

  ow_history_set (ow_session_get_history (ow_window_get_session (window)), offer, &error,
                  "base-salary", (gint64) 1000000, NULL);
  g_assert_no_error (error);
  iterate ();
  g_assert_true (gtk_widget_get_sensitive (undo));
  g_assert_false (gtk_widget_get_sensitive (redo));
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (undo), "Undo Change "));

  activate (window, "win.undo");
  g_assert_cmpint (ow_offer_get_base_salary (offer), !=, 1000000);
  g_assert_false (gtk_widget_get_sensitive (undo));
  g_assert_true (gtk_widget_get_sensitive (redo));
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (redo), "Redo Change "));

  activate (window, "win.redo");
  g_assert_cmpint (ow_offer_get_base_salary (offer), ==, 1000000);
  g_assert_true (gtk_widget_get_sensitive (undo));
  g_assert_false (gtk_widget_get_sensitive (redo));

  activate (window, "win.delete-offer");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo), ==, "Undo Delete Offer");
  activate (window, "win.undo");
  g_assert_cmpuint (n_offers (window), ==, 3);
}

/* The title names the file and marks unsaved changes. */
static void
test_title (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "mine.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OwWindow *window = window_with_sample (file);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "mine.offers");
  activate (window, "win.add-offer");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• mine.offers");
  activate (window, "win.undo");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "mine.offers");
}

/* Saving writes the document as it is; opening the file again gives the
 * same document. */
static void
test_save_reopen (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "saved.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OwWindow *window = window_with_sample (file);
  g_autoptr(OwDocument) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  g_auto(GStrv) recent = NULL;

  activate (window, "win.duplicate-offer");
  g_assert_true (ow_session_get_modified (ow_window_get_session (window)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  activate (window, "win.save");
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (ow_session_get_modified (ow_window_get_session (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "saved.offers");

  reopened = ow_document_new_from_file (file, "saved.offers", &error);
  g_assert_no_error (error);
  expected = document_data (ow_window_get_document (window));
  actual = document_data (reopened);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpuint (ow_document_get_n_offers (reopened), ==, 4);

  recent = g_settings_get_strv (ow_application_get_settings (app), "recent-files");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
}

/* A save that fails says so and leaves the document modified. */
static void
test_save_fails (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "no-such-folder", "x.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  OwWindow *window = window_with_sample (file);
  AdwMessageDialog *dialog;

  activate (window, "win.add-offer");
  activate (window, "win.save");
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save “x.offers”");
  g_assert_true (ow_session_get_modified (ow_window_get_session (window)));
}

static OwWindow *
modified_window (Fixture    *fixture,
                 const char *name)
{
  g_autofree char *path = name ? g_build_filename (fixture->tmpdir, name, NULL) : NULL;
  g_autoptr(GFile) file = path ? g_file_new_for_path (path) : NULL;
  OwWindow *window = window_with_sample (file);

  activate (window, "win.add-offer");
  return window;
}

/* Answers DIALOG by clicking the button of RESPONSE, as people do. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  g_autoptr(GtkWidget) button = NULL;

  button = find_button (GTK_WIDGET (dialog), adw_message_dialog_get_response_label (dialog, response));
  g_assert_nonnull (button);
  g_object_ref (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
}

static void
close_and_answer (OwWindow   *window,
                  const char *response)
{
  AdwMessageDialog *dialog;

  gtk_window_close (GTK_WINDOW (window));
  iterate ();
  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "save"), ==,
                   ADW_RESPONSE_SUGGESTED);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);

  /* Asked once, however often the window is closed meanwhile. */
  gtk_window_close (GTK_WINDOW (window));
  iterate ();

  answer (dialog, response);
}

static void
test_close_unmodified (Fixture       *fixture,
                       gconstpointer  data)
{
  OwWindow *window = window_with_sample (NULL);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  activate (window, "window.close");
  g_assert_null (window);
}

static void
test_close_cancel (Fixture       *fixture,
                   gconstpointer  data)
{
  OwWindow *window = modified_window (fixture, NULL);

  close_and_answer (window, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (find_message_dialog (window));
  g_assert_true (ow_session_get_modified (ow_window_get_session (window)));

  /* Asked again next time. */
  close_and_answer (window, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
}

static void
test_close_discard (Fixture       *fixture,
                    gconstpointer  data)
{
  OwWindow *window = modified_window (fixture, "discarded.offers");
  g_autofree char *path = g_build_filename (fixture->tmpdir, "discarded.offers", NULL);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  close_and_answer (window, "discard");
  g_assert_null (window);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_close_save (Fixture       *fixture,
                 gconstpointer  data)
{
  OwWindow *window = modified_window (fixture, "kept.offers");
  g_autofree char *path = g_build_filename (fixture->tmpdir, "kept.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OwDocument) reopened = NULL;
  g_autofree char *expected = document_data (ow_window_get_document (window));
  g_autofree char *actual = NULL;
  g_autoptr(GError) error = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  close_and_answer (window, "save");
  g_assert_null (window);

  reopened = ow_document_new_from_file (file, "kept.offers", &error);
  g_assert_no_error (error);
  actual = document_data (reopened);
  g_assert_cmpstr (actual, ==, expected);
}

/* Save from the question, for a document that was never saved: the file
 * chooser asks where, ".offers" is added, then the window closes. */
static void
test_close_save_untitled (Fixture       *fixture,
                          gconstpointer  data)
{
  OwWindow *window = modified_window (fixture, NULL);
  g_autofree char *path = g_build_filename (fixture->tmpdir, "chosen.offers", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->tmpdir);
  GtkWindow *chooser;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  close_and_answer (window, "save");
  g_assert_nonnull (window);

  /* Without a portal, GtkFileChooserNative shows GTK's own dialog. */
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==,
                   "Untitled Offers.offers");
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "chosen");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  wait_for_null ((gpointer *) &window);

  g_assert_null (window);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Cancelling the chooser keeps the window and its changes. */
static void
test_close_save_untitled_cancel (Fixture       *fixture,
                                 gconstpointer  data)
{
  OwWindow *window = modified_window (fixture, NULL);
  GtkWindow *chooser;

  close_and_answer (window, "save");
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  iterate ();

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (ow_session_get_modified (ow_window_get_session (window)));
  /* And the question comes again. */
  close_and_answer (window, "cancel");
}

/* Save from the question when saving fails: the error is shown and the
 * window stays open. */
static void
test_close_save_fails (Fixture       *fixture,
                       gconstpointer  data)
{
  OwWindow *window = modified_window (fixture, "missing-folder/x.offers");

  close_and_answer (window, "save");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (find_message_dialog (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (find_message_dialog (window)), ==,
                   "Could Not Save “x.offers”");
  g_assert_true (ow_session_get_modified (ow_window_get_session (window)));
}

/* Quitting closes every window, asking where there are changes. */
static void
test_quit (Fixture       *fixture,
           gconstpointer  data)
{
  OwWindow *saved = window_with_sample (NULL);
  OwWindow *modified = modified_window (fixture, NULL);

  g_object_add_weak_pointer (G_OBJECT (saved), (gpointer *) &saved);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  iterate ();

  g_assert_null (saved);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (modified)));
  g_assert_nonnull (find_message_dialog (modified));
}

/* A file that does not load is reported over the window, whose document
 * stays exactly as it was. */
static void
test_open_malformed (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "malformed", "base-salary-string.offers", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (path);
  OwWindow *window = modified_window (fixture, NULL);
  OwSession *session = ow_window_get_session (window);
  g_autofree char *before = document_data (ow_window_get_document (window));
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  g_assert_false (ow_application_open_file (app, bad, window));
  iterate ();

  dialog = find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Could Not Open “base-salary-string.offers”");
  g_assert_true (strlen (adw_message_dialog_get_body (dialog)) > 0);

  g_assert_cmpuint (n_app_windows (), ==, 1);
  g_assert_true (ow_window_get_session (window) == session);
  after = document_data (ow_window_get_document (window));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (ow_session_get_modified (session));
}

/* A recent document that is gone is taken off the list, with a message. */
static void
test_open_recent_missing (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "gone.offers", NULL);
  g_autoptr(GFile) gone = g_file_new_for_path (path);
  g_autoptr(GFile) sample = sample_file ();
  g_autofree char *uri = g_file_get_uri (gone);
  OwWindow *window = window_with_sample (NULL);
  g_auto(GStrv) recent = NULL;

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  ow_application_add_recent_file (app, sample);
  ow_application_add_recent_file (app, gone);
  iterate ();
  g_unlink (path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri));
  iterate ();
  g_assert_nonnull (find_message_dialog (window));
  recent = g_settings_get_strv (ow_application_get_settings (app), "recent-files");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  g_assert_false (g_strv_contains ((const char * const *) recent, uri));
  g_assert_cmpuint (n_app_windows (), ==, 1);
}

static GtkDropTarget *
find_drop_target (OwWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

static gboolean
drop (OwWindow *window,
      GFile    *file)
{
  GtkDropTarget *target = find_drop_target (window);
  g_auto(GValue) value = G_VALUE_INIT;
  GSList files = { file, NULL };
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (&files));
  g_signal_emit_by_name (target, "drop", &value, 0.0, 0.0, &accepted);
  iterate ();
  return accepted;
}

/* A dropped .offers file opens; anything else is refused with a toast. */
static void
test_drop (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "notes.txt", NULL);
  g_autoptr(GFile) text = g_file_new_for_path (path);
  g_autoptr(GFile) sample = sample_file ();
  OwWindow *window = ow_window_new (GTK_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (g_file_set_contents (path, "hello", -1, NULL));

  g_assert_false (drop (window, text));
  g_assert_null (ow_window_get_session (window));

  g_assert_true (drop (window, sample));
  g_assert_true (g_file_equal (ow_window_get_file (window), sample));
  g_assert_cmpuint (n_app_windows (), ==, 1);
}

/* A new window takes the size last kept; closing a window keeps its size. */
static void
test_window_size (Fixture       *fixture,
                  gconstpointer  data)
{
  GSettings *settings = ow_application_get_settings (app);
  OwWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 600);
  window = ow_window_new (GTK_APPLICATION (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);

  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  activate (window, "window.close");
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* At the size a new window opens with, the sidebar stays beside every
 * view: no view's toolbar may be so wide that the window folds to the
 * offer list alone. */
static void
test_sidebar_beside_views (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char *const views[] = { "compare", "vesting", "offer", "negotiate" };
  OwWindow *window = window_with_sample (NULL);
  AdwLeaflet *leaflet = ADW_LEAFLET (template_child (window, "leaflet"));
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1180);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]));
      iterate ();
      if (adw_leaflet_get_folded (leaflet))
        g_error ("the %s view folds a %d px window to the offer list", views[i], width);
    }
}

/* New Window, and the shortcuts window every window has. */
static void
test_new_window_and_shortcuts (Fixture       *fixture,
                               gconstpointer  data)
{
  OwWindow *window;

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  iterate ();
  g_assert_cmpuint (n_app_windows (), ==, 1);
  window = OW_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_null (ow_window_get_session (window));

  activate (window, "win.show-help-overlay");
  g_assert_nonnull (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW, NULL));

  /* Undo, save and offer actions wait for a document. */
  g_assert_false (gtk_widget_get_sensitive (template_child (window, "undo_button")));
  activate (window, "win.add-offer");
  g_assert_nonnull (ow_window_get_session (window));
  g_assert_cmpuint (n_offers (window), ==, 1);
}

/* The tests run inside the application's main loop, between its start-up
 * and shutdown, as the windows do in the real program. */
static void
activate_cb (GApplication *application,
             int          *status)
{
  /* Instead of the first window the application would open. */
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

#define ADD(path, func) \
  g_test_add ("/ow/window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("open", test_open);
  ADD ("open-malformed", test_open_malformed);
  ADD ("open-recent-missing", test_open_recent_missing);
  ADD ("offers", test_offers);
  ADD ("delete-toast-goes", test_delete_toast_goes);
  ADD ("undo-redo", test_undo_redo);
  ADD ("title", test_title);
  ADD ("save-reopen", test_save_reopen);
  ADD ("save-fails", test_save_fails);
  ADD ("close-unmodified", test_close_unmodified);
  ADD ("close-cancel", test_close_cancel);
  ADD ("close-discard", test_close_discard);
  ADD ("close-save", test_close_save);
  ADD ("close-save-untitled", test_close_save_untitled);
  ADD ("close-save-untitled-cancel", test_close_save_untitled_cancel);
  ADD ("close-save-fails", test_close_save_fails);
  ADD ("quit", test_quit);
  ADD ("drop", test_drop);
  ADD ("new-window-and-shortcuts", test_new_window_and_shortcuts);
  ADD ("window-size", test_window_size);
  ADD ("sidebar-beside-views", test_sidebar_beside_views);
#undef ADD

  app = ow_application_new ();
  /* One process per test program; no bus is needed. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &status);
  g_application_run (G_APPLICATION (app), 1, argv);

  g_assert_finalize_object (app);
  return status;
}
