/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The negotiation brief from the window: Print… through GtkPrintOperation
 * (exported to a PDF, as a print preview or "Print to File" would) draws
 * exactly the pages OwReport counts, charts included; Export Report… asks
 * where, completes ".pdf", writes the PDF and reports a failure like a
 * failed save. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ow-application.h"
#include "ow-window-private.h"
#include "ow-window-report.h"
#include "widget-helpers.h"

static OwApplication *app;

typedef struct
{
  char *tmpdir;
} Fixture;

/* Helpers ------------------------------------------------------------------ */

/* A window showing the sample, as the file sample.offers in the test's
 * folder. */
static OwWindow *
window_with_sample (Fixture *fixture)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample.offers", NULL);
  g_autofree char *copy = g_build_filename (fixture->tmpdir, "sample.offers", NULL);
  g_autoptr(GFile) sample = g_file_new_for_path (path);
  g_autoptr(GFile) file = g_file_new_for_path (copy);
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

/* The message dialog over PARENT whose heading is HEADING, or NULL. */
static AdwMessageDialog *
find_message (GtkWindow  *parent,
              const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          gtk_window_get_transient_for (window) == parent &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* What a poppler tool says about PDF; NULL, and the test marked skipped,
 * without poppler-utils (build-aux/setup-debian installs it). */
static char *
poppler (const char *tool,
         const char *pdf)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  const char *argv[] = { program, pdf, g_str_equal (tool, "pdftotext") ? "-" : NULL, NULL };

  if (program == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The number after LABEL ("Pages:") in pdfinfo's output. */
static double
info_number (const char *info,
             const char *label)
{
  const char *at = strstr (info, label);

  g_assert_nonnull (at);
  at += strlen (label);
  while (*at == ' ')
    at++;
  return g_ascii_strtod (at, NULL);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->tmpdir = g_dir_make_tmp ("test-report-window-XXXXXX", NULL);
  g_assert_nonnull (fixture->tmpdir);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

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

/* Printing draws the pages the report counts for the paper: exported to a
 * PDF, it has exactly ow_report_get_n_pages() of them, each numbered out
 * of that count, with the charts of the window's document. */
static void
test_print_export (Fixture       *fixture,
                   gconstpointer  data)
{
  OwWindow *window = window_with_sample (fixture);
  g_autofree char *path = g_build_filename (fixture->tmpdir, "printed.pdf", NULL);
  g_autoptr(OwReport) report = ow_window_report_new (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  double width, height;
  guint pages;

  g_assert_true (ow_window_print_report (window, GTK_PRINT_OPERATION_ACTION_EXPORT, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  info = poppler ("pdfinfo", path);
  if (info == NULL)
    return;
  /* The paper the print operation chose (the locale's), in points. */
  width = info_number (strstr (info, "Page size:"), "Page size:");
  height = info_number (strstr (info, " x "), " x ");
  pages = (guint) info_number (info, "Pages:");
  g_assert_cmpfloat (width, >, 500);
  g_assert_cmpuint (pages, ==, ow_report_get_n_pages (report, width, height));

  text = poppler ("pdftotext", path);
  g_assert_nonnull (strstr (text, "Negotiation brief"));
  g_assert_nonnull (strstr (text, "sample.offers"));
  g_assert_nonnull (strstr (text, "$335,012.80"));
  last = g_strdup_printf ("Page %u of %u", pages, pages);
  g_assert_nonnull (strstr (text, last));
  /* The window's charts, under their own titles: the sample has pay in
   * every year, exit scenarios (Lumen) and grants that vest. */
  g_assert_nonnull (strstr (text, "Charts"));
  g_assert_nonnull (strstr (text, "Pay Year by Year"));
  g_assert_nonnull (strstr (text, "Equity at an Exit"));
  g_assert_nonnull (strstr (text, "Cumulative equity by offer"));
}

/* Export Report…: the chooser suggests a name beside the document, ".pdf"
 * is added to a name typed without it, and the file is private. */
static void
test_export_action (Fixture       *fixture,
                    gconstpointer  data)
{
  OwWindow *window = window_with_sample (fixture);
  g_autofree char *path = g_build_filename (fixture->tmpdir, "brief.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->tmpdir);
  g_autofree char *head = NULL;
  GtkWindow *chooser;
  GStatBuf st;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL));
  iterate ();
  g_assert_nonnull (window->chooser);

  /* Without a portal, GtkFileChooserNative shows GTK's own dialog. */
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==,
                   "sample — negotiation brief.pdf");
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "brief");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  wait_for_null ((gpointer *) &window->chooser);

  g_assert_true (g_file_get_contents (path, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* No error was shown. */
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window)));
}

/* A name typed without ".pdf" whose completed name is taken asks before
 * replacing it; a report that cannot be written is then said like a
 * failed save: a dialog over the window that names the file. */
static void
test_export_fails (Fixture       *fixture,
                   gconstpointer  data)
{
  OwWindow *window = window_with_sample (fixture);
  g_autofree char *path = g_build_filename (fixture->tmpdir, "taken.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->tmpdir);
  AdwMessageDialog *dialog;
  GtkWindow *chooser;

  /* A folder where the file would go. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL));
  iterate ();
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "taken");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  wait_for_null ((gpointer *) &window->chooser);

  dialog = find_message (GTK_WINDOW (window), "Replace “taken.pdf”?");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "replace");
  iterate ();

  dialog = find_message (GTK_WINDOW (window), "Could Not Export the Report");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "taken.pdf"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
}

/* Print has Ctrl+P; both wait for a document. */
static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.print");
  OwWindow *empty = ow_window_new (GTK_APPLICATION (app));
  g_autofree char *name = ow_window_report_file_name ("Job hunt.offers");
  g_autofree char *untitled = ow_window_report_file_name ("Untitled Offers");

  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>p");

  /* Without a document there is nothing to report or print. */
  gtk_window_present (GTK_WINDOW (empty));
  iterate ();
  g_assert_null (ow_window_report_new (empty));
  g_assert_true (ow_window_print_report (empty, GTK_PRINT_OPERATION_ACTION_EXPORT, "/nonexistent/x.pdf", NULL));
  ow_window_export_report (empty);
  g_assert_null (empty->chooser);

  g_assert_cmpstr (name, ==, "Job hunt — negotiation brief.pdf");
  g_assert_cmpstr (untitled, ==, "Untitled Offers — negotiation brief.pdf");
}

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

#define ADD(path, func) \
  g_test_add ("/ow/report-window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("print-export", test_print_export);
  ADD ("export-action", test_export_action);
  ADD ("export-fails", test_export_fails);
  ADD ("actions", test_actions);
#undef ADD

  app = ow_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &status);
  g_application_run (G_APPLICATION (app), 1, argv);

  g_assert_finalize_object (app);
  return status;
}
