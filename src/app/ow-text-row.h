/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwTextRow: an entry row for a text of the model (a company, a title, a
 * currency code), committed through the history when the field loses
 * focus or on Enter.  A refused text stays in the
 * field with the reason beside it; Escape brings back the model's text. */
#pragma once

#include <adwaita.h>

#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_TEXT_ROW (ow_text_row_get_type ())

G_DECLARE_FINAL_TYPE (OwTextRow, ow_text_row, OW, TEXT_ROW, AdwEntryRow)

/* For texts that are not a string property (a vesting's year percents):
 * READ gives the text the model's value is shown as, COMMIT records what
 * was typed. */
typedef char    *(*OwTextRowReadFunc)   (gpointer     user_data);
typedef gboolean (*OwTextRowCommitFunc) (gpointer     user_data,
                                         const char  *text,
                                         GError     **error);

GtkWidget  *ow_text_row_new             (void);
void        ow_text_row_bind            (OwTextRow          *self,
                                         OwHistory          *history,
                                         gpointer            object,
                                         const char         *property);
void        ow_text_row_bind_func       (OwTextRow          *self,
                                         OwHistory          *history,
                                         gpointer            object,
                                         OwTextRowReadFunc   read,
                                         OwTextRowCommitFunc commit,
                                         gpointer            user_data);
void        ow_text_row_set_commit_func (OwTextRow          *self,
                                         OwTextRowCommitFunc commit,
                                         gpointer            user_data);
gboolean    ow_text_row_commit          (OwTextRow          *self);
void        ow_text_row_reset           (OwTextRow          *self);
void        ow_text_row_refresh         (OwTextRow          *self);
const char *ow_text_row_get_error       (OwTextRow          *self);
void        ow_text_row_set_error       (OwTextRow          *self,
                                         const char         *message);

G_END_DECLS
