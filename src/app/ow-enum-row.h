/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwEnumRow: a combo row for a closed vocabulary of the model (work mode,
 * status, grant kind), listing each value by its translated label and
 * committing the choice through the history. */
#pragma once

#include <adwaita.h>

#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_ENUM_ROW (ow_enum_row_get_type ())

G_DECLARE_FINAL_TYPE (OwEnumRow, ow_enum_row, OW, ENUM_ROW, AdwComboRow)

GtkWidget  *ow_enum_row_new        (void);
void        ow_enum_row_bind       (OwEnumRow  *self,
                                    OwHistory  *history,
                                    gpointer    object,
                                    const char *property);
void        ow_enum_row_set_label  (OwEnumRow  *self,
                                    int         value,
                                    const char *label);
void        ow_enum_row_select     (OwEnumRow  *self,
                                    int         value);
const char *ow_enum_row_get_error  (OwEnumRow  *self);

G_END_DECLS
