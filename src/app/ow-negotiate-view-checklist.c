/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Questions to Ask: the offer's checklist (ow-checklist.h), a row each.
 *
 * The list is built again from the model after every change, so a raised
 * question goes as soon as its gap is filled (anywhere: in the offer
 * editor, here, or by an undo) and comes back when the gap opens again.
 * Rows are kept by question, and only added, removed or moved: a row
 * being typed in keeps its text and focus. */
#define G_LOG_DOMAIN "ow-negotiate-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-negotiate-view-private.h"
#include "ow-question-row.h"

/* The person's own questions are told apart by their stored item, the
 * built-in ones by their topic. */
static char *
entry_key (const OwChecklistEntry *entry)
{
  if (entry->kind == OW_CHECKLIST_KIND_OWN)
    return g_strdup_printf ("own:%p", (gpointer) entry->item);
  return g_strdup (entry->topic);
}

/* What this offer leaves unclear first, then the questions for every
 * offer, then the person's own; each kind in the checklist's order. */
static int
kind_rank (OwChecklistKind kind)
{
  switch (kind)
    {
    case OW_CHECKLIST_KIND_RAISED:
      return 0;
    case OW_CHECKLIST_KIND_STANDARD:
      return 1;
    case OW_CHECKLIST_KIND_OWN:
    default:
      return 2;
    }
}

static GPtrArray *
ordered_entries (GPtrArray *entries)
{
  GPtrArray *ordered = g_ptr_array_sized_new (entries->len);

  for (int rank = 0; rank <= 2; rank++)
    for (guint i = 0; i < entries->len; i++)
      {
        OwChecklistEntry *entry = g_ptr_array_index (entries, i);

        if (kind_rank (entry->kind) == rank)
          g_ptr_array_add (ordered, entry);
      }
  return ordered;
}

static void
question_removed_cb (OwQuestionRow   *row,
                     const char      *question,
                     OwNegotiateView *self)
{
  g_autofree char *title = NULL;

  /* TRANSLATORS: a toast after removing one's own question, with Undo. */
  title = g_strdup_printf (_("Question “%s” removed"), question);
  _ow_negotiate_view_add_undo_toast (self, title);
}

static void
remove_row (OwNegotiateView *self,
            OwQuestionRow   *row)
{
  ow_question_row_unbind (row);
  gtk_list_box_remove (self->question_list, GTK_WIDGET (row));
}

void
_ow_negotiate_view_checklist_clear (OwNegotiateView *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->question_rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    {
      remove_row (self, row);
      g_hash_table_iter_remove (&iter);
    }
}

void
_ow_negotiate_view_checklist_update (OwNegotiateView *self)
{
  g_autoptr(GPtrArray) entries = ow_checklist_build (self->document, self->shown);
  g_autoptr(GPtrArray) ordered = ordered_entries (entries);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *count = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint open = 0;

  for (guint i = 0; i < ordered->len; i++)
    {
      char *k = entry_key (g_ptr_array_index (ordered, i));

      g_ptr_array_add (keys, k);
      g_hash_table_add (listed, k);
    }

  /* Questions that are no longer listed go first, so that the others'
   * places can be checked: a gap that was filled, an own question
   * removed. */
  g_hash_table_iter_init (&iter, self->question_rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (listed, key))
      {
        remove_row (self, value);
        g_hash_table_iter_remove (&iter);
      }

  for (guint i = 0; i < ordered->len; i++)
    {
      OwChecklistEntry *entry = g_ptr_array_index (ordered, i);
      const char *k = g_ptr_array_index (keys, i);
      OwQuestionRow *row = g_hash_table_lookup (self->question_rows, k);

      if (row == NULL)
        {
          row = OW_QUESTION_ROW (ow_question_row_new ());
          g_signal_connect_object (row, "removed", G_CALLBACK (question_removed_cb), self, 0);
          /* "Open" and "Not applicable" buttons line up. */
          gtk_size_group_add_widget (self->status_sizes, ow_question_row_get_status_control (row));
          gtk_list_box_insert (self->question_list, GTK_WIDGET (row), (int) i);
          g_hash_table_insert (self->question_rows, g_strdup (k), row);
        }
      else if (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) != (int) i)
        {
          /* Moved: a question raised for a gap goes to the top. */
          g_object_ref (row);
          gtk_list_box_remove (self->question_list, GTK_WIDGET (row));
          gtk_list_box_insert (self->question_list, GTK_WIDGET (row), (int) i);
          g_object_unref (row);
        }
      ow_question_row_bind (row, self->history, self->document, self->shown, entry);

      if (ow_checklist_entry_get_status (entry) == OW_CHECKLIST_STATUS_OPEN)
        open++;
    }

  if (open == 0)
    count = g_strdup (_("All asked"));
  else
    /* TRANSLATORS: beside the heading "Questions to Ask": how many are
     * still open, of how many. */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open of %u", "%u open of %u", open),
                             open, ordered->len);
  gtk_label_set_label (self->open_count_label, count);
}

/* The person's own questions ------------------------------------------------- */

static void
add_question_cb (OwNegotiateView *self)
{
  g_autofree char *question = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_question_row))));
  g_autoptr(OwChecklistItem) item = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *checklist;

  if (self->shown == NULL || *question == '\0')
    return;

  item = ow_checklist_item_new (question);
  checklist = ow_offer_get_checklist (self->shown);
  ow_history_begin (self->history, _("Add Question"));
  ow_history_insert (self->history, checklist, g_list_model_get_n_items (checklist), item, NULL);
  if (!ow_history_end (self->history, &error))
    {
      _ow_negotiate_view_show_error (self, _("Could Not Add the Question"), error);
      return;
    }

  /* Ready for the next one. */
  gtk_editable_set_text (GTK_EDITABLE (self->new_question_row), "");
  _ow_negotiate_view_update_now (self);
}

void
_ow_negotiate_view_checklist_init (OwNegotiateView *self)
{
  self->status_sizes = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  g_signal_connect_swapped (self->new_question_row, "apply", G_CALLBACK (add_question_cb), self);
  g_signal_connect_swapped (self->new_question_row, "entry-activated", G_CALLBACK (add_question_cb), self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->new_question_row),
                               _("Type a question of your own and press Enter to add it"));
}
