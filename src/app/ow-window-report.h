/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's side of the negotiation brief (src/report/ow-report.h):
 * File → Export Report… (a PDF, then a toast that opens it) and Print…
 * (GtkPrintOperation drawing the very same pages).  Both add the charts of
 * the window's document (ow-chart-report.h), as the command line does. */
#pragma once

#include "ow-report.h"
#include "ow-window.h"

G_BEGIN_DECLS

/* The brief of the window's document as it is now, with its charts;
 * NULL when the window shows no document. */
OwReport  *ow_window_report_new        (OwWindow                *self);

/* Asks where to save the brief, writes it, and says how that went. */
void       ow_window_export_report     (OwWindow                *self);

/* Prints the brief.  ACTION is GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG for
 * people; tests export to EXPORT_FILENAME (a PDF) with
 * GTK_PRINT_OPERATION_ACTION_EXPORT.  FALSE with ERROR when printing
 * failed (the error is shown to the user too). */
gboolean   ow_window_print_report      (OwWindow                *self,
                                        GtkPrintOperationAction  action,
                                        const char              *export_filename,
                                        GError                 **error);

/* "sample — negotiation brief.pdf": the name the chooser suggests. */
char      *ow_window_report_file_name  (const char              *document_title);

G_END_DECLS
