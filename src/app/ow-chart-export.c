/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exporting a chart through the file chooser (ow-chart-export.h).  The
 * picture has the size the chart has on screen (at least 640 × 400
 * points), with the title band ow_chart_export() adds over it, and PNGs
 * at twice that in pixels so they stay sharp on high-density screens and
 * in documents. */
#define G_LOG_DOMAIN "ow-chart-export"

#include "config.h"

#include "ow-chart-export.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#define TITLE_BAND 36
#define PNG_SCALE 2

typedef struct
{
  OwChart              *chart;
  GtkWindow            *parent;
  GtkFileChooserNative *chooser;
  GtkFileFilter        *filters[3];   /* in OwChartFormat order */
} Job;

static const char * const suffixes[] = { ".png", ".svg", ".pdf" };

static void
job_free (Job *job)
{
  g_clear_object (&job->chart);
  g_clear_object (&job->parent);
  g_clear_object (&job->chooser);
  for (guint i = 0; i < G_N_ELEMENTS (job->filters); i++)
    g_clear_object (&job->filters[i]);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

gboolean
ow_chart_export_format_for_name (const char    *name,
                                 OwChartFormat *format)
{
  g_autofree char *lower = NULL;

  if (name == NULL)
    return FALSE;

  lower = g_utf8_strdown (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      {
        if (format != NULL)
          *format = (OwChartFormat) i;
        return TRUE;
      }
  return FALSE;
}

static void
show_error (GtkWindow  *parent,
            const char *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Could Not Export the Chart"), message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
write_file (Job           *job,
            GFile         *file,
            OwChartFormat  format)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *overlay;
  double width = gtk_widget_get_width (GTK_WIDGET (job->chart));
  double height = gtk_widget_get_height (GTK_WIDGET (job->chart));

  width = MAX (width, 640);
  height = MAX (height, 400) + TITLE_BAND;

  if (!ow_chart_export (job->chart, file, format, width, height, PNG_SCALE, &error))
    {
      show_error (job->parent, error->message);
      return;
    }

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (job->chart), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *escaped = g_markup_escape_text (basename != NULL ? basename : "", -1);
      /* TRANSLATORS: a toast after "Export Chart…"; %s is the file's name */
      g_autofree char *title = g_strdup_printf (_("Chart exported as “%s”"), escaped);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
    }
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Job              *job)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  OwChartFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));

  if (g_strcmp0 (response, "replace") == 0)
    write_file (job, file, format);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     Job             *job_data)
{
  g_autoptr(Job) job = job_data;
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;
  GtkFileFilter *filter;
  OwChartFormat format = OW_CHART_FORMAT_PNG;
  AdwMessageDialog *dialog;

  if (response != GTK_RESPONSE_ACCEPT ||
      (chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    return;

  basename = g_file_get_basename (chosen);

  /* The name's suffix decides; without one, the chosen file type does and
   * its suffix is added. */
  if (ow_chart_export_format_for_name (basename, &format))
    {
      write_file (job, chosen, format);
      return;
    }

  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  for (guint i = 0; i < G_N_ELEMENTS (job->filters); i++)
    if (filter == job->filters[i])
      format = (OwChartFormat) i;

  {
    g_autofree char *with_suffix = g_strconcat (basename != NULL ? basename : "chart", suffixes[format], NULL);
    g_autoptr(GFile) parent = g_file_get_parent (chosen);

    file = parent != NULL ? g_file_get_child (parent, with_suffix) : g_file_new_for_path (with_suffix);
  }

  /* The chooser asked about replacing the name that was typed, not about
   * the one with the suffix. */
  if (!g_file_query_exists (file, NULL))
    {
      write_file (job, file, format);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (job->parent, NULL, NULL));
  {
    g_autofree char *name = g_file_get_basename (file);
    adw_message_dialog_format_heading (dialog, _("Replace “%s”?"), name);
  }
  adw_message_dialog_set_body (dialog, _("A file with this name already exists. Replacing it overwrites its contents."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_steal_pointer (&file), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "format", GINT_TO_POINTER (format));
  /* The dialog keeps the job (and the chart) until it is answered. */
  g_signal_connect_data (dialog, "response", G_CALLBACK (replace_response_cb),
                         g_steal_pointer (&job), (GClosureNotify) (void (*) (void)) job_free, 0);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Choosing another file type changes the name's suffix to match, as the
 * name's suffix is what decides the format in the end. */
static void
filter_changed_cb (GtkFileChooser *chooser,
                   GParamSpec     *pspec,
                   Job            *job)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  g_autofree char *name = gtk_file_chooser_get_current_name (chooser);
  g_autofree char *stem = NULL;
  g_autofree char *renamed = NULL;
  OwChartFormat old_format;

  if (name == NULL || filter == NULL || !ow_chart_export_format_for_name (name, &old_format))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (job->filters); i++)
    if (filter == job->filters[i] && (OwChartFormat) i != old_format)
      {
        stem = g_strndup (name, strlen (name) - strlen (suffixes[old_format]));
        renamed = g_strconcat (stem, suffixes[i], NULL);
        gtk_file_chooser_set_current_name (chooser, renamed);
      }
}

/* A file name from the chart's title: "Pay Year by Year.png", without the
 * characters file systems refuse. */
static char *
suggested_name (OwChart *chart)
{
  const char *title = ow_chart_get_title (chart);
  g_autofree char *name = g_strdup (title != NULL && *title != '\0' ? title : _("Chart"));

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_strconcat (name, suffixes[OW_CHART_FORMAT_PNG], NULL);
}

/**
 * ow_chart_export_run:
 * @chart: the chart to export
 * @parent: (nullable): the window the file chooser belongs to
 *
 * Asks where to export CHART and writes it there.
 */
void
ow_chart_export_run (OwChart   *chart,
                     GtkWindow *parent)
{
  static const struct { const char *name; const char *mime; const char *pattern; } types[] = {
    { N_("PNG Image"), "image/png", "*.png" },
    { N_("SVG Image"), "image/svg+xml", "*.svg" },
    { N_("PDF Document"), "application/pdf", "*.pdf" },
  };
  g_autofree char *name = NULL;
  Job *job;

  g_return_if_fail (OW_IS_CHART (chart));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (parent == NULL)
    parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (chart)));

  job = g_new0 (Job, 1);
  job->chart = g_object_ref (chart);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->chooser = gtk_file_chooser_native_new (_("Export Chart"), parent,
                                              GTK_FILE_CHOOSER_ACTION_SAVE,
                                              _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (job->chooser), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(types[i].name));
      gtk_file_filter_add_mime_type (filter, types[i].mime);
      gtk_file_filter_add_pattern (filter, types[i].pattern);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (job->chooser), filter);
      job->filters[i] = filter;
    }
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (job->chooser), job->filters[OW_CHART_FORMAT_PNG]);

  name = suggested_name (chart);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (job->chooser), name);

  g_signal_connect (job->chooser, "notify::filter", G_CALLBACK (filter_changed_cb), job);
  g_signal_connect (job->chooser, "response", G_CALLBACK (chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (job->chooser));
}
