/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwQuestionRow: one question of an offer's checklist (ow-checklist.h):
 * the question, why it was raised, its status (open, asked, answered, not
 * applicable) and, when expanded, the answer, the figure the question is
 * about (to correct it right there, through the history) and, for the
 * person's own questions, a way to remove it.  A built-in question gets
 * its stored item, with its topic, the first time its status or answer is
 * changed. */
#pragma once

#include <adwaita.h>

#include "ow-checklist.h"
#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_QUESTION_ROW (ow_question_row_get_type ())

G_DECLARE_FINAL_TYPE (OwQuestionRow, ow_question_row, OW, QUESTION_ROW, AdwExpanderRow)

GtkWidget         *ow_question_row_new            (void);
void               ow_question_row_bind           (OwQuestionRow          *self,
                                                   OwHistory              *history,
                                                   OwDocument             *document,
                                                   OwOffer                *offer,
                                                   const OwChecklistEntry *entry);
void               ow_question_row_unbind         (OwQuestionRow          *self);
OwChecklistKind    ow_question_row_get_kind       (OwQuestionRow          *self);
const char        *ow_question_row_get_topic      (OwQuestionRow          *self);
const char        *ow_question_row_get_question   (OwQuestionRow          *self);
OwChecklistStatus  ow_question_row_get_status     (OwQuestionRow          *self);
GtkWidget         *ow_question_row_get_status_control (OwQuestionRow      *self);
GtkWidget         *ow_question_row_get_figure_row (OwQuestionRow          *self);
gboolean           ow_question_row_remove         (OwQuestionRow          *self);

G_END_DECLS
