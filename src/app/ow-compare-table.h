/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwCompareTable: the grid under the Compare view.  Cells are child widgets
 * laid out in rows and columns; row 0 (the column headers) and column 0
 * (the row labels) stay in place while the rest scrolls under them, in both
 * directions.  It is a GtkScrollable, meant to sit directly in a
 * GtkScrolledWindow, and a keyboard grid: Tab enters and leaves it at one
 * cell, the arrow keys, Home, End, Page Up and Page Down move between
 * cells.  Row labels and headings are best single-line GtkLabels, alone
 * or in a box: one too wide for its column, or a heading for the table, is
 * made to wrap. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OW_TYPE_COMPARE_TABLE (ow_compare_table_get_type ())

G_DECLARE_FINAL_TYPE (OwCompareTable, ow_compare_table, OW, COMPARE_TABLE, GtkWidget)

GtkWidget *ow_compare_table_new                  (void);
void       ow_compare_table_reset                (OwCompareTable *self,
                                                  guint           n_columns,
                                                  guint           n_rows);
guint      ow_compare_table_get_n_columns        (OwCompareTable *self);
guint      ow_compare_table_get_n_rows           (OwCompareTable *self);
void       ow_compare_table_attach               (OwCompareTable *self,
                                                  GtkWidget      *child,
                                                  guint           column,
                                                  guint           row);
void       ow_compare_table_attach_heading       (OwCompareTable *self,
                                                  GtkWidget      *child,
                                                  guint           row);
GtkWidget *ow_compare_table_get_cell             (OwCompareTable *self,
                                                  guint           column,
                                                  guint           row);
void       ow_compare_table_set_highlight_column (OwCompareTable *self,
                                                  int             column);

G_END_DECLS
