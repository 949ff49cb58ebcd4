/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwDateRow: a row for a date of the model.  The date is shown in the
 * locale's medium form ("Jan 4, 2027"), typed as YYYY-MM-DD (the field
 * switches to that form while it has the focus) or picked from a calendar,
 * and committed through the history. */
#pragma once

#include <adwaita.h>

#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_DATE_ROW (ow_date_row_get_type ())

G_DECLARE_FINAL_TYPE (OwDateRow, ow_date_row, OW, DATE_ROW, AdwActionRow)

GtkWidget   *ow_date_row_new             (void);
void         ow_date_row_bind            (OwDateRow  *self,
                                          OwHistory  *history,
                                          gpointer    object,
                                          const char *property);
void         ow_date_row_set_placeholder (OwDateRow  *self,
                                          const char *placeholder);
void         ow_date_row_set_hint        (OwDateRow  *self,
                                          const char *hint);
GtkEditable *ow_date_row_get_entry       (OwDateRow  *self);
const char  *ow_date_row_get_error       (OwDateRow  *self);
gboolean     ow_date_row_commit          (OwDateRow  *self);

G_END_DECLS
