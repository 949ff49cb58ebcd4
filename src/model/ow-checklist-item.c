/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A checklist question. */
#define G_LOG_DOMAIN "ow-checklist-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ow-model-private.h"

G_DEFINE_FINAL_TYPE (OwChecklistItem, ow_checklist_item, OW_TYPE_NODE)

static const OwField checklist_fields[] = {
  { "question", "question", NULL, OW_FIELD_STRING, OW_FIELD_REQUIRED | OW_FIELD_NONEMPTY,
    G_STRUCT_OFFSET (OwChecklistItem, question), 0, 0, 0, NULL, NULL, N_("Question") },
  { "status", "status", NULL, OW_FIELD_ENUM, OW_FIELD_ALWAYS, G_STRUCT_OFFSET (OwChecklistItem, status),
    0, 0, OW_CHECKLIST_STATUS_OPEN, ow_checklist_status_get_type, NULL, N_("Status") },
  { "answer", "answer", NULL, OW_FIELD_STRING, 0, G_STRUCT_OFFSET (OwChecklistItem, answer),
    0, 0, 0, NULL, NULL, N_("Answer") },
  /* A format extension (DEVELOPERS.md, "Format extensions"): the stable id
   * of the built-in question the item records the status of, "" for the
   * person's own question.  Last, so older files and the keys above keep
   * their order; written only when not empty. */
  { "topic", "topic", NULL, OW_FIELD_STRING, 0, G_STRUCT_OFFSET (OwChecklistItem, topic),
    0, 0, 0, NULL, NULL, N_("Topic") },
};

static GParamSpec *properties[G_N_ELEMENTS (checklist_fields) + 1];

static void
ow_checklist_item_class_init (OwChecklistItemClass *klass)
{
  ow_node_class_set_fields (OW_NODE_CLASS (klass), checklist_fields, G_N_ELEMENTS (checklist_fields),
                            properties);
}

static void
ow_checklist_item_init (OwChecklistItem *self)
{
  ow_fields_init (self, checklist_fields, G_N_ELEMENTS (checklist_fields));
}

OwChecklistItem *
ow_checklist_item_new (const char *question)
{
  return g_object_new (OW_TYPE_CHECKLIST_ITEM, "question", question, NULL);
}

const char *
ow_checklist_item_get_question (OwChecklistItem *self)
{
  g_return_val_if_fail (OW_IS_CHECKLIST_ITEM (self), NULL);
  return self->question;
}

/* An item that records the status of the built-in question TOPIC; QUESTION
 * is its text as shown, kept so the file reads on its own. */
OwChecklistItem *
ow_checklist_item_new_for_topic (const char *topic,
                                 const char *question)
{
  g_return_val_if_fail (topic != NULL, NULL);
  g_return_val_if_fail (question != NULL && *question != '\0', NULL);

  return g_object_new (OW_TYPE_CHECKLIST_ITEM, "question", question, "topic", topic, NULL);
}

OwChecklistStatus
ow_checklist_item_get_status (OwChecklistItem *self)
{
  g_return_val_if_fail (OW_IS_CHECKLIST_ITEM (self), OW_CHECKLIST_STATUS_OPEN);
  return self->status;
}

const char *
ow_checklist_item_get_answer (OwChecklistItem *self)
{
  g_return_val_if_fail (OW_IS_CHECKLIST_ITEM (self), NULL);
  return self->answer;
}

/* The built-in question this item is about, or "" for the person's own. */
const char *
ow_checklist_item_get_topic (OwChecklistItem *self)
{
  g_return_val_if_fail (OW_IS_CHECKLIST_ITEM (self), NULL);
  return self->topic;
}
