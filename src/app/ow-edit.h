/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the editing rows share: the field of the file format behind a
 * property (its label and range), the history's messages turned into
 * sentences for people, and how a field tells assistive technologies that
 * its value is refused. */
#pragma once

#include <gtk/gtk.h>

#include "ow-document.h"
#include "ow-field.h"

G_BEGIN_DECLS

const OwField *ow_edit_find_field      (gpointer      object,
                                        const char   *property);
const char    *ow_edit_field_label     (gpointer      object,
                                        const char   *property);
gboolean       ow_edit_field_is_given  (gpointer      object,
                                        const char   *property);
char          *ow_edit_describe_error  (OwDocument   *document,
                                        const GError *error);
char          *ow_edit_capitalize      (const char   *text);
void           ow_edit_set_invalid     (GtkWidget    *widget,
                                        const char   *message);
void           ow_edit_setup_combo     (GtkWidget    *combo_row);

G_END_DECLS
