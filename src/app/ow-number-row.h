/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwNumberRow: a row for one figure of the model (money, a percent, a
 * price, units, a whole number).  The figure is shown in the locale's form,
 * right-aligned with tabular digits and its currency or "%" beside it;
 * what the person types is read when the field loses focus or on Enter,
 * checked, and committed through the document's history.  A value that
 * cannot be read or breaks a rule is shown with the reason under the title
 * and the model keeps its last valid value; Escape brings that value back. */
#pragma once

#include <adwaita.h>

#include "ow-format.h"
#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_NUMBER_ROW (ow_number_row_get_type ())

G_DECLARE_FINAL_TYPE (OwNumberRow, ow_number_row, OW, NUMBER_ROW, AdwActionRow)

/* For figures that are not a property (an exchange rate): READ gives the
 * value scaled by 10^DECIMALS, or FALSE when there is none; COMMIT records
 * a new one (GIVEN is FALSE for an empty optional field). */
typedef gboolean (*OwNumberRowReadFunc)   (gpointer   user_data,
                                           gint64    *value,
                                           guint     *decimals);
typedef gboolean (*OwNumberRowCommitFunc) (gpointer   user_data,
                                           gboolean   given,
                                           gint64     value,
                                           GError   **error);

GtkWidget   *ow_number_row_new          (void);
void         ow_number_row_bind         (OwNumberRow           *self,
                                         OwHistory             *history,
                                         gpointer               object,
                                         const char            *property,
                                         OwParseKind            kind,
                                         const char            *currency);
void         ow_number_row_bind_func    (OwNumberRow           *self,
                                         OwHistory             *history,
                                         OwParseKind            kind,
                                         OwNumberRowReadFunc    read,
                                         OwNumberRowCommitFunc  commit,
                                         gpointer               user_data);
void         ow_number_row_unbind       (OwNumberRow           *self);
void         ow_number_row_set_range    (OwNumberRow           *self,
                                         gint64                 min,
                                         gint64                 max);
void         ow_number_row_set_currency (OwNumberRow           *self,
                                         const char            *currency);
void         ow_number_row_set_unit     (OwNumberRow           *self,
                                         const char            *unit);
void         ow_number_row_set_optional (OwNumberRow           *self,
                                         gboolean               optional,
                                         const char            *placeholder);
void         ow_number_row_set_hint     (OwNumberRow           *self,
                                         const char            *hint);
void         ow_number_row_set_source   (OwNumberRow           *self,
                                         OwOffer               *offer,
                                         const char            *key);
GtkEditable *ow_number_row_get_entry    (OwNumberRow           *self);
const char  *ow_number_row_get_error    (OwNumberRow           *self);
gboolean     ow_number_row_commit       (OwNumberRow           *self);
void         ow_number_row_reset        (OwNumberRow           *self);
void         ow_number_row_refresh      (OwNumberRow           *self);

G_END_DECLS
