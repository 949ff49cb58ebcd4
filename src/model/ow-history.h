/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwHistory: every edit of a document, undoable and redoable.
 *
 * Editors change the document through the history, never directly: each
 * edit is recorded with the value it replaced, checked against the rules of
 * the file format (so what is in memory always saves and loads again), and
 * undone as a whole if it breaks one.  Several changes that belong together
 * (a vesting preset sets four keys) are grouped into one step with
 * ow_history_begin() and ow_history_end(). */
#pragma once

#include "ow-document.h"
#include "ow-revision.h"

G_BEGIN_DECLS

#define OW_TYPE_HISTORY (ow_history_get_type ())

G_DECLARE_FINAL_TYPE (OwHistory, ow_history, OW, HISTORY, GObject)

OwHistory   *ow_history_new              (OwDocument   *document);
OwDocument  *ow_history_get_document     (OwHistory    *self);

void         ow_history_begin            (OwHistory    *self,
                                          const char   *label);
gboolean     ow_history_end              (OwHistory    *self,
                                          GError      **error);
gboolean     ow_history_set_value        (OwHistory    *self,
                                          gpointer      object,
                                          const char   *property,
                                          const GValue *value,
                                          GError      **error);
gboolean     ow_history_set              (OwHistory    *self,
                                          gpointer      object,
                                          GError      **error,
                                          const char   *first_property,
                                          ...) G_GNUC_NULL_TERMINATED;
gboolean     ow_history_insert           (OwHistory    *self,
                                          GListModel   *list,
                                          guint         position,
                                          gpointer      item,
                                          GError      **error);
gboolean     ow_history_remove           (OwHistory    *self,
                                          GListModel   *list,
                                          guint         position,
                                          GError      **error);
gboolean     ow_history_set_source       (OwHistory    *self,
                                          OwOffer      *offer,
                                          const char   *key,
                                          OwSource      source,
                                          GError      **error);
gboolean     ow_history_set_rate         (OwHistory    *self,
                                          const char   *currency,
                                          gint64        mantissa,
                                          guint         scale,
                                          GError      **error);
gboolean     ow_history_remove_rate      (OwHistory    *self,
                                          const char   *currency,
                                          GError      **error);
OwRevision  *ow_history_record_revision  (OwHistory    *self,
                                          OwOffer      *offer,
                                          OwRevisionKind kind,
                                          OwDate        date,
                                          const char   *note,
                                          GError      **error);

gboolean     ow_history_can_undo         (OwHistory    *self);
gboolean     ow_history_can_redo         (OwHistory    *self);
const char  *ow_history_get_undo_label   (OwHistory    *self);
const char  *ow_history_get_redo_label   (OwHistory    *self);
gboolean     ow_history_undo             (OwHistory    *self);
gboolean     ow_history_redo             (OwHistory    *self);
gboolean     ow_history_get_modified     (OwHistory    *self);
void         ow_history_mark_saved       (OwHistory    *self);
void         ow_history_mark_modified    (OwHistory    *self);
void         ow_history_clear            (OwHistory    *self);

G_END_DECLS
