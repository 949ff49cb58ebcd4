/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwSignOnRow: one sign-on payment as an expander row: the amount with
 * when it is paid and its clawback terms, and, expanded, each of them. */
#pragma once

#include <adwaita.h>

#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_SIGN_ON_ROW (ow_sign_on_row_get_type ())

G_DECLARE_FINAL_TYPE (OwSignOnRow, ow_sign_on_row, OW, SIGN_ON_ROW, AdwExpanderRow)

GtkWidget *ow_sign_on_row_new          (OwHistory   *history,
                                        OwOffer     *offer,
                                        OwSignOn    *sign_on);
OwSignOn  *ow_sign_on_row_get_sign_on  (OwSignOnRow *self);
void       ow_sign_on_row_set_position (OwSignOnRow *self,
                                        guint        position);
void       ow_sign_on_row_focus_first  (OwSignOnRow *self);

G_END_DECLS
