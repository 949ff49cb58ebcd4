/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A question of the checklist, in the Negotiate view.
 *
 * Answering a question about a figure offers to correct the figure in the
 * same place: the expanded row holds an editing row for it (the same
 * number or date row as the offer editor, committed through the history,
 * so Ctrl+Z takes it back).  That keeps the person where they are, with
 * the answer they just typed in view, instead of sending them to another
 * view to find the field.  A question about a whole part of the offer (the
 * salary band, a vesting schedule), which takes several fields together,
 * has a button that opens the offer editor instead; a question that asks
 * to confirm a figure in writing has a button that records it as in the
 * offer letter, which settles the question. */
#define G_LOG_DOMAIN "ow-question-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ow-date-row.h"
#include "ow-edit.h"
#include "ow-number-row.h"
#include "ow-question-row.h"
#include "ow-text-row.h"

#define SOURCE_PREFIX "source:"

struct _OwQuestionRow
{
  AdwExpanderRow   parent_instance;

  OwHistory       *history;
  OwDocument      *document;
  OwOffer         *offer;
  OwChecklistKind  kind;
  char            *topic;      /* "" for the person's own questions */
  char            *question;
  char            *figure;
  OwChecklistItem *own_item;   /* the stored item of an own question */
  OwChecklistStatus status;
  /* What is shown, to set only what changed. */
  char            *shown_title;
  char            *shown_subtitle;
  int              shown_kind;

  GtkImage        *icon;
  GtkMenuButton   *status_control;  /* its menu is made when first opened */
  OwTextRow       *answer_row;  /* these three are made when first expanded */
  GtkWidget       *figure_row;  /* NULL while the question is about no figure */
  OwNode          *figure_node; /* what the figure row edits, or NULL */
  GtkWidget       *remove_row;
};

G_DEFINE_FINAL_TYPE (OwQuestionRow, ow_question_row, ADW_TYPE_EXPANDER_ROW)

enum {
  REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const OwChecklistStatus statuses[] = {
  OW_CHECKLIST_STATUS_OPEN,
  OW_CHECKLIST_STATUS_ASKED,
  OW_CHECKLIST_STATUS_ANSWERED,
  OW_CHECKLIST_STATUS_NOT_APPLICABLE,
};

static void update_icon (OwQuestionRow     *self,
                         OwChecklistKind    kind,
                         OwChecklistStatus  status);

/* The stored item ------------------------------------------------------------ */

static OwChecklistItem *
stored_item (OwQuestionRow *self)
{
  if (self->offer == NULL)
    return NULL;
  if (self->own_item != NULL)
    return self->own_item;
  return ow_checklist_find_item (self->offer, self->topic);
}

static void
show_error (OwQuestionRow *self,
            const char    *heading,
            const GError  *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *message = error != NULL ? ow_edit_describe_error (self->document, error)
                                           : g_strdup (_("The change was refused."));
  AdwMessageDialog *dialog;

  if (!GTK_IS_WINDOW (root))
    {
      g_message ("%s: %s", heading, message);
      return;
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (root), heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Sets PROPERTY of the question's stored item, making the item (with its
 * topic) first when a built-in question has none: one undoable step. */
static gboolean
set_item_property (OwQuestionRow *self,
                   const char    *label,
                   const char    *property,
                   const GValue  *value,
                   GError       **error)
{
  OwChecklistItem *item = stored_item (self);
  gboolean ok;

  if (self->history == NULL || self->offer == NULL)
    return TRUE;

  ow_history_begin (self->history, label);
  if (item != NULL)
    ok = ow_history_set_value (self->history, item, property, value, NULL);
  else
    {
      g_autoptr(OwChecklistItem) created = ow_checklist_item_new_for_topic (self->topic, self->question);
      GListModel *checklist = ow_offer_get_checklist (self->offer);

      g_object_set_property (G_OBJECT (created), property, value);
      ok = ow_history_insert (self->history, checklist, g_list_model_get_n_items (checklist), created, NULL);
    }
  return ow_history_end (self->history, error) && ok;
}

/* Status ---------------------------------------------------------------------
 *
 * A menu button showing the status, whose menu lists the four statuses as
 * radio items of the row's "question.status" action.  The action stands
 * for the row's "status" property, as the nick of the status; setting it
 * records the change.  (A drop-down made up front for each of some twenty
 * rows would cost a third of the time to show the view.) */

enum {
  PROP_0,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_status (OwQuestionRow *self)
{
  gtk_menu_button_set_label (self->status_control, ow_enum_to_label (OW_TYPE_CHECKLIST_STATUS, self->status));
  update_icon (self, self->kind, self->status);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

static void
set_status (OwQuestionRow     *self,
            OwChecklistStatus  status)
{
  g_autoptr(GError) error = NULL;
  GValue value = G_VALUE_INIT;
  gboolean ok;

  if (status == self->status || self->offer == NULL)
    {
      /* Still tell the menu, whose radio items must show the model. */
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
      return;
    }

  g_value_init (&value, OW_TYPE_CHECKLIST_STATUS);
  g_value_set_enum (&value, status);
  ok = set_item_property (self, _("Change Question Status"), "status", &value, &error);
  g_value_unset (&value);

  if (ok)
    self->status = status;
  show_status (self);
  if (!ok)
    show_error (self, _("Could Not Change the Status"), error);
}

static void
create_status_menu_cb (GtkMenuButton *button,
                       gpointer       user_data)
{
  g_autoptr(GMenu) menu = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = g_menu_new ();
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (ow_enum_to_label (OW_TYPE_CHECKLIST_STATUS, statuses[i]), NULL);

      g_menu_item_set_action_and_target_value (item, "question.status",
                                               g_variant_new_string (ow_enum_to_nick (OW_TYPE_CHECKLIST_STATUS,
                                                                                      statuses[i])));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* Answer --------------------------------------------------------------------- */

static char *
read_answer (gpointer user_data)
{
  OwQuestionRow *self = user_data;
  OwChecklistItem *item = stored_item (self);

  return g_strdup (item != NULL ? ow_checklist_item_get_answer (item) : "");
}

/* An answer also marks the question answered, unless the person has said
 * otherwise already: typing it is how people answer. */
static gboolean
commit_answer (gpointer     user_data,
               const char  *text,
               GError     **error)
{
  OwQuestionRow *self = user_data;
  OwChecklistItem *item = stored_item (self);
  g_autofree char *answer = g_strstrip (g_strdup (text));
  GValue value = G_VALUE_INIT;
  gboolean ok;

  if (self->history == NULL)
    return TRUE;

  ow_history_begin (self->history, _("Answer Question"));
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, answer);
  ok = set_item_property (self, _("Answer Question"), "answer", &value, NULL);
  g_value_unset (&value);
  if (ok && *answer != '\0' &&
      (item == NULL || ow_checklist_item_get_status (item) == OW_CHECKLIST_STATUS_OPEN ||
       ow_checklist_item_get_status (item) == OW_CHECKLIST_STATUS_ASKED))
    {
      g_value_init (&value, OW_TYPE_CHECKLIST_STATUS);
      g_value_set_enum (&value, OW_CHECKLIST_STATUS_ANSWERED);
      ok = set_item_property (self, _("Answer Question"), "status", &value, NULL);
      g_value_unset (&value);
    }
  return ow_history_end (self->history, error) && ok;
}

/* The figure ------------------------------------------------------------------- */

static void
show_offer_clicked_cb (OwQuestionRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-view", "s", "offer");
}

static void
confirm_clicked_cb (OwQuestionRow *self)
{
  g_autoptr(GError) error = NULL;
  const char *key;

  if (self->history == NULL || !g_str_has_prefix (self->topic, SOURCE_PREFIX))
    return;

  key = self->topic + strlen (SOURCE_PREFIX);
  if (!ow_history_set_source (self->history, self->offer, key, OW_SOURCE_LETTER, &error))
    show_error (self, _("Could Not Change Where the Figure Came From"), error);
}

static GtkWidget *
button_row (OwQuestionRow *self,
            const char    *title,
            const char    *subtitle,
            const char    *label,
            const char    *tooltip,
            GCallback      callback,
            GtkWidget    **out_button)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  if (out_button != NULL)
    *out_button = button;
  return row;
}

/* How a figure of FIELD's kind is read and shown. */
static gboolean
parse_kind (const OwField *field,
            const char    *property,
            OwParseKind   *kind)
{
  switch (field->kind)
    {
    case OW_FIELD_MONEY:
      *kind = OW_PARSE_MONEY;
      return TRUE;
    case OW_FIELD_PERCENT:
      *kind = field->min < 0 ? OW_PARSE_SIGNED_PERCENT : OW_PARSE_PERCENT;
      return TRUE;
    case OW_FIELD_MICRO:
      if (strstr (property, "price") != NULL)
        *kind = OW_PARSE_PRICE;
      else if (strstr (property, "units") != NULL || strstr (property, "shares") != NULL)
        *kind = OW_PARSE_UNITS;
      else
        *kind = OW_PARSE_INDEX;
      return TRUE;
    case OW_FIELD_INT:
      *kind = OW_PARSE_INTEGER;
      return TRUE;
    case OW_FIELD_STRING:
    case OW_FIELD_BOOL:
    case OW_FIELD_ENUM:
    case OW_FIELD_DATE:
    case OW_FIELD_CURRENCY:
    default:
      return FALSE;
    }
}

/* The row that corrects the figure: a number or date row bound to it, or
 * a button when it is a whole part of the offer. */
static GtkWidget *
create_figure_row (OwQuestionRow *self)
{
  g_autoptr(OwNode) node = NULL;
  GParamSpec *pspec = NULL;

  if (g_str_has_prefix (self->topic, SOURCE_PREFIX))
    return button_row (self, _("Confirmed in Writing?"),
                       _("Once the offer letter states it, mark the figure as from the letter"),
                       _("_Mark as in the Letter"),
                       _("Record that this figure comes from the offer letter"),
                       G_CALLBACK (confirm_clicked_cb), NULL);

  if (self->figure == NULL)
    return NULL;

  if (ow_checklist_find_figure (self->offer, self->figure, &node, &pspec) && pspec != NULL)
    {
      const OwField *field = ow_edit_find_field (node, pspec->name);
      OwParseKind kind;

      g_set_object (&self->figure_node, node);

      if (field != NULL && field->kind == OW_FIELD_DATE)
        {
          GtkWidget *row = ow_date_row_new ();

          ow_date_row_bind (OW_DATE_ROW (row), self->history, node, pspec->name);
          ow_date_row_set_hint (OW_DATE_ROW (row), _("Correct it here once you know"));
          return row;
        }
      if (field != NULL && parse_kind (field, pspec->name, &kind))
        {
          GtkWidget *row = ow_number_row_new ();

          ow_number_row_bind (OW_NUMBER_ROW (row), self->history, node, pspec->name, kind,
                              ow_document_get_offer_currency (self->document, self->offer));
          ow_number_row_set_hint (OW_NUMBER_ROW (row), _("Correct it here once you know"));
          return row;
        }
    }

  return button_row (self, _("Correct the Figures"),
                     _("This takes several fields of the offer together"),
                     _("_Open in Offer View"),
                     _("Show the offer in the Offer view to change it"),
                     G_CALLBACK (show_offer_clicked_cb), NULL);
}

static void
clear_figure_row (OwQuestionRow *self)
{
  g_clear_object (&self->figure_node);
  if (self->figure_row == NULL)
    return;
  if (OW_IS_NUMBER_ROW (self->figure_row))
    ow_number_row_unbind (OW_NUMBER_ROW (self->figure_row));
  else if (OW_IS_DATE_ROW (self->figure_row))
    ow_date_row_bind (OW_DATE_ROW (self->figure_row), NULL, NULL, NULL);
  adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->figure_row);
  self->figure_row = NULL;
}

/* Removing ------------------------------------------------------------------- */

/**
 * ow_question_row_remove:
 *
 * Removes the person's own question from the offer, as one undoable step.
 *
 * Returns: FALSE when it is not an own question or the history refused
 */
gboolean
ow_question_row_remove (OwQuestionRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *question = NULL;
  GListModel *checklist;
  guint n;

  g_return_val_if_fail (OW_IS_QUESTION_ROW (self), FALSE);

  if (self->own_item == NULL || self->history == NULL)
    return FALSE;

  checklist = ow_offer_get_checklist (self->offer);
  n = g_list_model_get_n_items (checklist);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwChecklistItem) item = g_list_model_get_item (checklist, i);

      if (item != self->own_item)
        continue;

      question = g_strdup (self->question);
      ow_history_begin (self->history, _("Remove Question"));
      ow_history_remove (self->history, checklist, i, NULL);
      if (!ow_history_end (self->history, &error))
        {
          show_error (self, _("Could Not Remove the Question"), error);
          return FALSE;
        }
      g_signal_emit (self, signals[REMOVED], 0, question);
      return TRUE;
    }
  return FALSE;
}

static void
remove_clicked_cb (OwQuestionRow *self)
{
  ow_question_row_remove (self);
}

/* Binding ----------------------------------------------------------------- */

static const char *
kind_icon (OwChecklistKind kind)
{
  switch (kind)
    {
    case OW_CHECKLIST_KIND_RAISED:
      return "dialog-warning-symbolic";
    case OW_CHECKLIST_KIND_OWN:
      return "user-info-symbolic";
    case OW_CHECKLIST_KIND_STANDARD:
    default:
      return "dialog-question-symbolic";
    }
}

/* The mark before the question says what is left to do at a glance: a
 * question answered (or not applicable) is done whatever its kind; an open
 * one is raised by a gap, one of the standard questions, or the person's
 * own.  The tooltip says it in words. */
static void
update_icon (OwQuestionRow     *self,
             OwChecklistKind    kind,
             OwChecklistStatus  status)
{
  const char *icon, *tooltip, *style;
  int shown = (int) kind * 16 + (int) status;

  if (self->shown_kind == shown)
    return;
  self->shown_kind = shown;

  if (status == OW_CHECKLIST_STATUS_ANSWERED)
    {
      icon = "emblem-ok-symbolic";
      style = "success";
      tooltip = _("Answered");
    }
  else if (status == OW_CHECKLIST_STATUS_NOT_APPLICABLE)
    {
      icon = "action-unavailable-symbolic";
      style = "dim-label";
      tooltip = _("Does not apply to this offer");
    }
  else
    {
      icon = kind_icon (kind);
      style = kind == OW_CHECKLIST_KIND_RAISED ? "warning" : "dim-label";
      tooltip = kind == OW_CHECKLIST_KIND_RAISED ? _("Raised by a gap in this offer")
              : kind == OW_CHECKLIST_KIND_OWN    ? _("Your own question")
                                                 : _("A question to ask about every offer");
    }

  gtk_image_set_from_icon_name (self->icon, icon);
  gtk_widget_remove_css_class (GTK_WIDGET (self->icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->icon), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->icon), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), style);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->icon), tooltip);
}

static void
update_texts (OwQuestionRow          *self,
              const OwChecklistEntry *entry)
{
  const char *answer = ow_checklist_entry_get_answer (entry);
  g_autofree char *label = NULL;
  g_autofree char *subtitle = NULL;

  if (entry->kind == OW_CHECKLIST_KIND_RAISED && entry->why != NULL)
    subtitle = g_strdup (entry->why);
  else if (answer != NULL && *answer != '\0')
    subtitle = g_strdup (answer);
  else
    subtitle = g_strdup ("");

  /* Called after every change of the document: only what changed is set
   * again (tooltips and accessible names are not free). */
  if (g_strcmp0 (self->shown_title, entry->question) != 0)
    {
      g_free (self->shown_title);
      self->shown_title = g_strdup (entry->question);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), entry->question);
      /* TRANSLATORS: the accessible name of a question's status control. */
      label = g_strdup_printf (_("Status of “%s”"), entry->question);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_control), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      /* The button inside, which takes the focus, keeps the status as its
       * name and says which question it is for. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (GTK_WIDGET (self->status_control))),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, label, -1);
    }
  if (g_strcmp0 (self->shown_subtitle, subtitle) != 0)
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
      g_free (self->shown_subtitle);
      self->shown_subtitle = g_steal_pointer (&subtitle);
    }

  update_icon (self, entry->kind, ow_checklist_entry_get_status (entry));
}

/* The rows inside, for the answer, the figure and removing.  They are made
 * when the row is first expanded: a checklist has some twenty questions,
 * most of which are never opened, and an editing row each would make
 * showing the view several times slower. */
static void
update_content (OwQuestionRow *self,
                gboolean       new_offer,
                gboolean       rebuild_figure)
{
  gboolean own = self->own_item != NULL;

  if (self->answer_row == NULL)
    {
      if (!adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)) || self->offer == NULL)
        return;
      self->answer_row = OW_TEXT_ROW (ow_text_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->answer_row), _("Answer"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->answer_row));
      new_offer = rebuild_figure = TRUE;
    }

  /* The answer row reads the stored item each time and follows the
   * offer's changes by itself; binding it again would drop what is being
   * typed. */
  if (new_offer)
    ow_text_row_bind_func (self->answer_row, self->history, self->offer, read_answer, commit_answer, self);

  if (rebuild_figure)
    {
      clear_figure_row (self);
      self->figure_row = create_figure_row (self);
      if (self->figure_row != NULL)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->figure_row);
    }

  if (own && self->remove_row == NULL)
    {
      GtkWidget *button = NULL;

      self->remove_row = button_row (self, _("Remove This Question"), NULL, _("_Remove"),
                                     _("Remove your question from this offer"),
                                     G_CALLBACK (remove_clicked_cb), &button);
      gtk_widget_add_css_class (button, "destructive-action");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->remove_row);
    }
  else if (!own && self->remove_row != NULL)
    {
      adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->remove_row);
      self->remove_row = NULL;
    }
}

static void
expanded_cb (OwQuestionRow *self)
{
  update_content (self, FALSE, FALSE);
}

/**
 * ow_question_row_bind:
 * @entry: the question as ow_checklist_build() lists it now
 *
 * Shows ENTRY.  Called again with the same question after every change of
 * the document, or for the same question of another offer: what is typed
 * or open stays as it is.
 */
void
ow_question_row_bind (OwQuestionRow          *self,
                      OwHistory              *history,
                      OwDocument             *document,
                      OwOffer                *offer,
                      const OwChecklistEntry *entry)
{
  gboolean new_offer, rebuild_figure;
  gboolean own;

  g_return_if_fail (OW_IS_QUESTION_ROW (self));
  g_return_if_fail (OW_IS_HISTORY (history));
  g_return_if_fail (OW_IS_OFFER (offer));
  g_return_if_fail (entry != NULL);

  own = entry->kind == OW_CHECKLIST_KIND_OWN;
  new_offer = self->offer != offer;
  rebuild_figure = new_offer || g_strcmp0 (self->figure, entry->figure) != 0 ||
                   g_strcmp0 (self->topic, entry->topic) != 0;
  if (!rebuild_figure && self->figure_node != NULL)
    {
      /* The same key may now name another object (a grant was removed
       * before it). */
      g_autoptr(OwNode) node = NULL;
      GParamSpec *pspec = NULL;

      rebuild_figure = !ow_checklist_find_figure (offer, entry->figure, &node, &pspec) ||
                       node != self->figure_node;
    }

  /* The answer being typed for the offer shown before is kept there. */
  if (new_offer && self->answer_row != NULL)
    ow_text_row_commit (self->answer_row);

  g_set_object (&self->history, history);
  g_set_object (&self->document, document);
  g_set_object (&self->offer, offer);
  self->kind = entry->kind;
  g_free (self->topic);
  self->topic = g_strdup (entry->topic);
  g_free (self->question);
  self->question = g_strdup (entry->question);
  g_free (self->figure);
  self->figure = g_strdup (entry->figure);
  g_set_object (&self->own_item, (own ? entry->item : NULL));
  self->status = ow_checklist_entry_get_status (entry);

  if (g_strcmp0 (gtk_menu_button_get_label (self->status_control),
                 ow_enum_to_label (OW_TYPE_CHECKLIST_STATUS, self->status)) != 0)
    show_status (self);

  update_texts (self, entry);
  update_content (self, new_offer, rebuild_figure);
}

void
ow_question_row_unbind (OwQuestionRow *self)
{
  g_return_if_fail (OW_IS_QUESTION_ROW (self));

  clear_figure_row (self);
  if (self->answer_row != NULL)
    ow_text_row_bind_func (self->answer_row, NULL, NULL, read_answer, commit_answer, self);
  g_clear_object (&self->own_item);
  g_clear_object (&self->offer);
  g_clear_object (&self->history);
  g_clear_object (&self->document);
}

OwChecklistKind
ow_question_row_get_kind (OwQuestionRow *self)
{
  g_return_val_if_fail (OW_IS_QUESTION_ROW (self), OW_CHECKLIST_KIND_STANDARD);
  return self->kind;
}

const char *
ow_question_row_get_topic (OwQuestionRow *self)
{
  g_return_val_if_fail (OW_IS_QUESTION_ROW (self), NULL);
  return self->topic;
}

const char *
ow_question_row_get_question (OwQuestionRow *self)
{
  g_return_val_if_fail (OW_IS_QUESTION_ROW (self), NULL);
  return self->question;
}

OwChecklistStatus
ow_question_row_get_status (OwQuestionRow *self)
{
  g_return_val_if_fail (OW_IS_QUESTION_ROW (self), OW_CHECKLIST_STATUS_OPEN);
  return self->status;
}

GtkWidget *
ow_question_row_get_status_control (OwQuestionRow *self)
{
  g_return_val_if_fail (OW_IS_QUESTION_ROW (self), NULL);
  return GTK_WIDGET (self->status_control);
}

/**
 * ow_question_row_get_figure_row:
 *
 * Returns: (transfer none) (nullable): the row that corrects the figure
 *   the question is about, if any; made when the row is first expanded
 */
GtkWidget *
ow_question_row_get_figure_row (OwQuestionRow *self)
{
  g_return_val_if_fail (OW_IS_QUESTION_ROW (self), NULL);
  return self->figure_row;
}

/* GObject -------------------------------------------------------------------- */

static void
ow_question_row_dispose (GObject *object)
{
  OwQuestionRow *self = OW_QUESTION_ROW (object);

  ow_question_row_unbind (self);
  self->answer_row = NULL;
  self->remove_row = NULL;

  G_OBJECT_CLASS (ow_question_row_parent_class)->dispose (object);
}

static void
ow_question_row_finalize (GObject *object)
{
  OwQuestionRow *self = OW_QUESTION_ROW (object);

  g_free (self->topic);
  g_free (self->question);
  g_free (self->figure);
  g_free (self->shown_title);
  g_free (self->shown_subtitle);

  G_OBJECT_CLASS (ow_question_row_parent_class)->finalize (object);
}

static void
ow_question_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OwQuestionRow *self = OW_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_string (value, ow_enum_to_nick (OW_TYPE_CHECKLIST_STATUS, self->status));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_question_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OwQuestionRow *self = OW_QUESTION_ROW (object);
  int status;

  switch (prop_id)
    {
    case PROP_STATUS:
      if (ow_enum_from_nick (OW_TYPE_CHECKLIST_STATUS, g_value_get_string (value), &status))
        set_status (self, (OwChecklistStatus) status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_question_row_class_init (OwQuestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_question_row_dispose;
  object_class->finalize = ow_question_row_finalize;
  object_class->get_property = ow_question_row_get_property;
  object_class->set_property = ow_question_row_set_property;

  /**
   * OwQuestionRow:status:
   *
   * The question's status, by its nick in the file ("open", "asked",
   * "answered", "not_applicable").  Setting it records the change through
   * the history.
   */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "open",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "question.status", "status");

  /**
   * OwQuestionRow::removed:
   * @question: the question's text
   *
   * The person's own question was removed from the offer.
   */
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
ow_question_row_init (OwQuestionRow *self)
{
  self->topic = g_strdup ("");
  self->question = g_strdup ("");

  self->icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->icon), GTK_ALIGN_CENTER);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->icon));

  self->status_control = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (self->status_control, ow_enum_to_label (OW_TYPE_CHECKLIST_STATUS, self->status));
  gtk_menu_button_set_always_show_arrow (self->status_control, TRUE);
  gtk_menu_button_set_create_popup_func (self->status_control, create_status_menu_cb, NULL, NULL);
  gtk_widget_set_valign (GTK_WIDGET (self->status_control), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_control), _("Status"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), GTK_WIDGET (self->status_control));

  /* Questions and answers are the person's own text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  self->shown_kind = -1;
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
}

GtkWidget *
ow_question_row_new (void)
{
  return g_object_new (OW_TYPE_QUESTION_ROW, NULL);
}
