/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwChecklistItem: a question to ask before accepting, with its answer.
 * The optional "topic" key ties an item to a built-in question (see
 * ow-checklist.h); without one it is the person's own question. */
#pragma once

#include "ow-enums.h"
#include "ow-node.h"

G_BEGIN_DECLS

#define OW_TYPE_CHECKLIST_ITEM (ow_checklist_item_get_type ())

G_DECLARE_FINAL_TYPE (OwChecklistItem, ow_checklist_item, OW, CHECKLIST_ITEM, OwNode)

OwChecklistItem   *ow_checklist_item_new          (const char      *question);
OwChecklistItem   *ow_checklist_item_new_for_topic (const char     *topic,
                                                    const char     *question);
const char        *ow_checklist_item_get_question (OwChecklistItem *self);
OwChecklistStatus  ow_checklist_item_get_status   (OwChecklistItem *self);
const char        *ow_checklist_item_get_answer   (OwChecklistItem *self);
const char        *ow_checklist_item_get_topic    (OwChecklistItem *self);

G_END_DECLS
