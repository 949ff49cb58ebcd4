/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export Report… and Print…: the negotiation brief from the window.  The
 * pages are OwReport's and the charts ow-chart-report.h's (shared with the
 * command line); this file asks where to save or how to print, and tells
 * the user how it went, like saving does. */
#define G_LOG_DOMAIN "ow-window-report"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-chart-report.h"
#include "ow-window-private.h"
#include "ow-window-report.h"

#define PDF_SUFFIX ".pdf"

OwReport *
ow_window_report_new (OwWindow *self)
{
  g_autoptr(OwReportCharts) charts = NULL;

  g_return_val_if_fail (OW_IS_WINDOW (self), NULL);

  if (self->session == NULL)
    return NULL;

  /* The same charts as `offer-workbench --export-pdf`, drawn by the same
   * painters from the session as it is now, so the two briefs match. */
  charts = ow_chart_report_charts_new (self->session);
  return ow_report_new (self->session, ow_session_get_title (self->session), charts);
}

/* Exporting ------------------------------------------------------------------ */

char *
ow_window_report_file_name (const char *document_title)
{
  g_autofree char *stem = g_strdup (document_title != NULL && *document_title ? document_title
                                                                              : _("Offers"));

  if (g_str_has_suffix (stem, ".offers") && strlen (stem) > strlen (".offers"))
    stem[strlen (stem) - strlen (".offers")] = '\0';
  /* TRANSLATORS: the file name suggested for the report; %s is the
   * document's name without ".offers" */
  return g_strdup_printf (_("%s — negotiation brief.pdf"), stem);
}

static void
launch_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(OwWindow) self = data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    ow_window_show_error (self, _("Could Not Open the Report"), error->message);
}

/* "Open" on the toast: the PDF in the desktop's viewer. */
static void
open_report_cb (AdwToast *toast,
                OwWindow *self)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "file");
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));

  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, launch_done_cb,
                                           g_object_ref (self));
}

static gboolean
write_report (OwWindow *self,
              GFile    *file)
{
  g_autoptr(OwReport) report = ow_window_report_new (self);
  g_autoptr(GError) error = NULL;
  double width, height;
  AdwToast *toast;

  if (report == NULL)
    return FALSE;

  ow_report_get_default_paper (&width, &height);
  if (!ow_report_write (report, file, width, height, &error))
    {
      ow_window_show_error (self, _("Could Not Export the Report"), error->message);
      return FALSE;
    }

  toast = adw_toast_new (_("Report saved"));
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_report_cb), self, 0);
  ow_window_add_toast (self, toast);
  return TRUE;
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     OwWindow         *self)
{
  if (g_str_equal (response, "replace"))
    write_report (self, g_object_get_data (G_OBJECT (dialog), "file"));
}

/* The name typed without ".pdf" gets it, so the file opens in a PDF
 * viewer; a file handed over by the document portal (the Flatpak) keeps the
 * name it was given, since the sandbox may write only that file. */
static GFile *
with_pdf_suffix (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *portal = g_build_filename (g_get_user_runtime_dir (), "doc", NULL);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *lower = basename != NULL ? g_ascii_strdown (basename, -1) : NULL;
  g_autofree char *with_suffix = NULL;

  if (basename == NULL || parent == NULL || g_str_has_suffix (lower, PDF_SUFFIX) ||
      (path != NULL && g_str_has_prefix (path, portal)))
    return g_object_ref (file);

  with_suffix = g_strconcat (basename, PDF_SUFFIX, NULL);
  return g_file_get_child (parent, with_suffix);
}

static void
export_chooser_response_cb (OwWindow             *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  if (response != GTK_RESPONSE_ACCEPT || self->session == NULL ||
      (chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    return;

  file = with_pdf_suffix (chosen);

  /* The chooser asked about replacing the name that was typed; a name
   * completed here has not been asked about yet. */
  if (g_file_equal (file, chosen) || !g_file_query_exists (file, NULL))
    {
      write_report (self, file);
      return;
    }

  name = g_file_get_basename (file);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Replace “%s”?"), name);
  adw_message_dialog_set_body (dialog, _("A file with this name already exists. Replacing it overwrites its contents."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_steal_pointer (&file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ow_window_export_report (OwWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GFile *current;

  g_return_if_fail (OW_IS_WINDOW (self));

  /* One file dialog at a time: Open or Save As is already asking. */
  if (self->session == NULL || self->chooser != NULL)
    return;

  /* GtkFileChooserNative goes through the portal, as opening and saving
   * documents do. */
  self->chooser = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  /* Beside the document, where it is likely to be looked for. */
  current = ow_session_get_file (self->session);
  if (current != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (current);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  name = ow_window_report_file_name (ow_session_get_title (self->session));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Printing ------------------------------------------------------------------- */

/* The pages are counted for the paper chosen in the dialog: the report
 * lays itself out again for Letter, A4 or landscape. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                OwReport          *report)
{
  guint n = ow_report_get_n_pages (report, gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context));

  if (n == 0)
    {
      /* A custom paper smaller than the margins and a column of figures:
       * nothing is printed, and the user is told why (see print_done). */
      g_object_set_data (G_OBJECT (operation), "ow-too-small", GINT_TO_POINTER (TRUE));
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) n);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              OwReport          *report)
{
  ow_report_draw_page (report, gtk_print_context_get_cairo_context (context), (guint) page,
                       gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

gboolean
ow_window_print_report (OwWindow                 *self,
                        GtkPrintOperationAction   action,
                        const char               *export_filename,
                        GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(OwReport) report = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *job = NULL;
  GtkPrintSettings *settings;
  GtkPrintOperationResult result;

  g_return_val_if_fail (OW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report = ow_window_report_new (self);
  if (report == NULL)
    return TRUE;

  operation = gtk_print_operation_new ();
  /* Points on the whole sheet, as the PDF export draws them: the report
   * keeps its own margins, wider than most printers' hardware ones. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* TRANSLATORS: the print job's name: "Negotiation brief: sample.offers" */
  job = g_strdup_printf (_("Negotiation brief: %s"), ow_session_get_title (self->session));
  gtk_print_operation_set_job_name (operation, job);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);

  /* The printer and paper chosen last time in this window. */
  settings = g_object_get_data (G_OBJECT (self), "ow-print-settings");
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);

  result = gtk_print_operation_run (operation, action, GTK_WINDOW (self), &local_error);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_object_set_data_full (G_OBJECT (self), "ow-print-settings",
                            g_object_ref (gtk_print_operation_get_print_settings (operation)), g_object_unref);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR ||
      g_object_get_data (G_OBJECT (operation), "ow-too-small") != NULL)
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                             _("The paper is too small for the report."));
      ow_window_show_error (self, _("Could Not Print the Report"), local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
