/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The undo history of a document. */
#define G_LOG_DOMAIN "ow-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gobject/gvaluecollector.h>
#include <string.h>

#include "ow-history.h"
#include "ow-model-private.h"

typedef enum {
  STEP_PROPERTY,
  STEP_INSERT,
  STEP_REMOVE,
  STEP_SOURCE,
  STEP_RATE,
} StepKind;

/* One change, with what it needs to be made again in either direction. */
typedef struct
{
  StepKind    kind;
  GObject    *object;        /* PROPERTY: the target; SOURCE: the offer */
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
  GListStore *store;         /* INSERT, REMOVE */
  guint       position;
  GObject    *item;
  char       *key;           /* SOURCE: the figure; RATE: the currency */
  int         old_source;
  int         new_source;
  gboolean    had_rate;      /* RATE */
  gboolean    has_rate;
  gint64      old_mantissa;
  guint       old_scale;
  gint64      new_mantissa;
  guint       new_scale;
} Step;

typedef struct
{
  char      *label;
  GPtrArray *steps;
} Action;

struct _OwHistory
{
  GObject     parent_instance;

  OwDocument *document;
  GPtrArray  *undo;          /* Action, oldest first */
  GPtrArray  *redo;          /* Action, the next to redo last */
  Action     *open;          /* the group being recorded */
  guint       depth;
  gboolean    replaying;
  /* The length of the undo stack when the document was last saved, or -1
   * when that state can no longer be reached. */
  int         saved_at;
  gboolean    modified_outside;
  /* The first refusal inside the open group: ending it then undoes the
   * group's changes and reports this. */
  GError     *group_error;
};

G_DEFINE_FINAL_TYPE (OwHistory, ow_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->object);
  if (G_IS_VALUE (&step->old_value))
    g_value_unset (&step->old_value);
  if (G_IS_VALUE (&step->new_value))
    g_value_unset (&step->new_value);
  g_clear_object (&step->store);
  g_clear_object (&step->item);
  g_free (step->key);
  g_free (step);
}

static Action *
action_new (const char *label)
{
  Action *action = g_new0 (Action, 1);

  action->label = g_strdup (label);
  action->steps = g_ptr_array_new_with_free_func (step_free);
  return action;
}

static void
action_free (gpointer data)
{
  Action *action = data;

  g_free (action->label);
  g_ptr_array_unref (action->steps);
  g_free (action);
}

/* Steps ------------------------------------------------------------------- */

static void
step_apply (Step     *step,
            gboolean  forward)
{
  switch (step->kind)
    {
    case STEP_PROPERTY:
      g_object_set_property (step->object, step->pspec->name,
                             forward ? &step->new_value : &step->old_value);
      break;

    case STEP_INSERT:
    case STEP_REMOVE:
      if ((step->kind == STEP_INSERT) == forward)
        g_list_store_insert (step->store, step->position, step->item);
      else
        {
          if (OW_IS_NODE (step->item))
            ow_node_set_parent (OW_NODE (step->item), NULL);
          g_list_store_remove (step->store, step->position);
        }
      break;

    case STEP_SOURCE:
      ow_offer_set_source (OW_OFFER (step->object), step->key,
                           forward ? step->new_source : step->old_source);
      break;

    case STEP_RATE:
      {
        OwDocument *document = OW_DOCUMENT (step->object);
        gboolean present = forward ? step->has_rate : step->had_rate;

        if (!present)
          ow_document_remove_rate (document, step->key);
        else if (forward)
          ow_document_set_rate (document, step->key, step->new_mantissa, step->new_scale);
        else
          ow_document_set_rate (document, step->key, step->old_mantissa, step->old_scale);
        break;
      }

    default:
      g_assert_not_reached ();
    }
}

static void
action_apply (Action   *action,
              gboolean  forward)
{
  if (forward)
    for (guint i = 0; i < action->steps->len; i++)
      step_apply (g_ptr_array_index (action->steps, i), TRUE);
  else
    for (guint i = action->steps->len; i > 0; i--)
      step_apply (g_ptr_array_index (action->steps, i - 1), FALSE);
}

/* The object -------------------------------------------------------------- */

static void
notify_state (OwHistory *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
ow_history_dispose (GObject *object)
{
  OwHistory *self = OW_HISTORY (object);

  g_clear_pointer (&self->open, action_free);
  g_clear_error (&self->group_error);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (ow_history_parent_class)->dispose (object);
}

static void
ow_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OwHistory *self = OW_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, ow_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, ow_history_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, ow_history_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, ow_history_get_redo_label (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ow_history_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OwHistory *self = OW_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_history_class_init (OwHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ow_history_dispose;
  object_class->get_property = ow_history_get_property;
  object_class->set_property = ow_history_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, OW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, ro);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, ro);
  /**
   * OwHistory:modified:
   *
   * Whether the document differs from what was last saved (or loaded).
   * Undoing back to that point makes it unmodified again.
   */
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ow_history_init (OwHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (action_free);
  self->redo = g_ptr_array_new_with_free_func (action_free);
}

OwHistory *
ow_history_new (OwDocument *document)
{
  g_return_val_if_fail (OW_IS_DOCUMENT (document), NULL);

  return g_object_new (OW_TYPE_HISTORY, "document", document, NULL);
}

/**
 * ow_history_get_document:
 *
 * Returns: (transfer none): the document edited
 */
OwDocument *
ow_history_get_document (OwHistory *self)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), NULL);
  return self->document;
}

/* Recording --------------------------------------------------------------- */

/* Starts a step of one or more changes, undone and redone together and
 * checked as a whole when it ends.  Groups nest; the outermost one counts. */
void
ow_history_begin (OwHistory  *self,
                  const char *label)
{
  g_return_if_fail (OW_IS_HISTORY (self));
  g_return_if_fail (!self->replaying);

  if (self->depth++ == 0)
    {
      self->open = action_new (label);
      ow_node_freeze_changed (OW_NODE (self->document));
    }
}

/* Ends a group: when the changes break a rule of the format they are all
 * taken back, and ERROR says which rule. */
gboolean
ow_history_end (OwHistory  *self,
                GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  Action *action;

  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return TRUE;

  action = g_steal_pointer (&self->open);

  if (action->steps->len == 0 && self->group_error == NULL)
    {
      action_free (action);
      ow_node_thaw_changed (OW_NODE (self->document));
      return TRUE;
    }

  if (self->group_error != NULL)
    local_error = g_steal_pointer (&self->group_error);

  if (local_error != NULL || !ow_document_check (self->document, &local_error))
    {
      self->replaying = TRUE;
      action_apply (action, FALSE);
      self->replaying = FALSE;
      action_free (action);
      ow_node_thaw_changed (OW_NODE (self->document));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* A new change forgets what could be redone; if the saved state was
   * among it, no sequence of undos reaches it any more. */
  if (self->saved_at > (int) self->undo->len)
    self->saved_at = -1;
  g_ptr_array_set_size (self->redo, 0);
  g_ptr_array_add (self->undo, action);

  ow_node_thaw_changed (OW_NODE (self->document));
  notify_state (self);
  return TRUE;
}

/* Refuses a change: inside a group the whole group will be refused when
 * it ends, so the caller of ow_history_end() learns why. */
static gboolean
refuse (OwHistory  *self,
        GError     *refusal,
        GError    **error)
{
  if (self->open != NULL && self->group_error == NULL)
    self->group_error = g_error_copy (refusal);
  g_propagate_error (error, refusal);
  return FALSE;
}

static const char *
describe_property (GParamSpec *pspec)
{
  const char *nick = g_param_spec_get_nick (pspec);

  /* Field properties carry their translatable label as the nick. */
  return nick != NULL && g_strcmp0 (nick, pspec->name) != 0 ? g_dgettext (GETTEXT_PACKAGE, nick) : pspec->name;
}

/* Records STEP (already applied) into the open group, or as a step of its
 * own when none is open. */
static gboolean
record (OwHistory  *self,
        Step       *step,
        const char *label,
        GError    **error)
{
  gboolean ok;

  if (self->open != NULL)
    {
      g_ptr_array_add (self->open->steps, step);
      return TRUE;
    }

  ow_history_begin (self, label);
  g_ptr_array_add (self->open->steps, step);
  ok = ow_history_end (self, error);
  return ok;
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  /* GVariant's own comparison only knows basic types, not "ax". */
  if (G_VALUE_HOLDS_VARIANT (a))
    {
      GVariant *va = g_value_get_variant (a);
      GVariant *vb = g_value_get_variant (b);

      if (va == NULL || vb == NULL)
        return va == vb;
      return g_variant_equal (va, vb);
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

/**
 * ow_history_set_value:
 * @object: an object of the document (a #OwNode)
 *
 * Sets one property of OBJECT, recording the value it replaces.  Setting
 * the value a property already has records nothing.
 */
gboolean
ow_history_set_value (OwHistory    *self,
                      gpointer      object,
                      const char   *property,
                      const GValue *value,
                      GError      **error)
{
  g_autofree char *label = NULL;
  GParamSpec *pspec;
  Step *step;

  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE), FALSE);

  step = g_new0 (Step, 1);
  step->kind = STEP_PROPERTY;
  step->object = g_object_ref (object);
  step->pspec = pspec;
  g_value_init (&step->old_value, pspec->value_type);
  g_value_init (&step->new_value, pspec->value_type);
  g_object_get_property (object, property, &step->old_value);
  if (!g_value_transform (value, &step->new_value))
    {
      step_free (step);
      return refuse (self, g_error_new (OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                                        _("%s: a value of the wrong type"), describe_property (pspec)),
                     error);
    }

  /* GObject would clamp an out-of-range value with a warning; an editor
   * gets the refusal instead, and nothing changes. */
  if (g_param_value_validate (pspec, &step->new_value))
    {
      step_free (step);
      return refuse (self, g_error_new (OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                                        _("%s: out of range"), describe_property (pspec)),
                     error);
    }

  if (values_equal (pspec, &step->old_value, &step->new_value))
    {
      step_free (step);
      return TRUE;
    }

  step_apply (step, TRUE);
  /* TRANSLATORS: an undoable step, e.g. "Change Base salary". */
  label = g_strdup_printf (_("Change %s"), describe_property (pspec));
  return record (self, step, label, error);
}

/**
 * ow_history_set:
 * @first_property: the first property's name, then its value, and so on,
 *   ending with %NULL, as for g_object_set()
 *
 * Sets several properties of OBJECT as one step.
 */
gboolean
ow_history_set (OwHistory   *self,
                gpointer     object,
                GError     **error,
                const char  *first_property,
                ...)
{
  const char *name = first_property;
  gboolean ok = TRUE;
  va_list args;

  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  ow_history_begin (self, NULL);
  va_start (args, first_property);
  while (name != NULL)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
      g_autofree char *collect_error = NULL;
      GValue value = G_VALUE_INIT;

      if (pspec == NULL)
        {
          g_critical ("%s has no property %s", G_OBJECT_TYPE_NAME (object), name);
          break;
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &collect_error);
      if (collect_error != NULL)
        {
          g_critical ("%s", collect_error);
          break;
        }
      ow_history_set_value (self, object, name, &value, NULL);
      g_value_unset (&value);
      name = va_arg (args, const char *);
    }
  va_end (args);

  if (self->depth == 1 && self->open != NULL && self->open->label == NULL && self->open->steps->len > 0)
    {
      Step *first = g_ptr_array_index (self->open->steps, 0);
      self->open->label = g_strdup_printf (_("Change %s"), describe_property (first->pspec));
    }
  ok = ow_history_end (self, error);
  return ok;
}

static GListStore *
as_store (GListModel *list)
{
  g_return_val_if_fail (G_IS_LIST_STORE (list), NULL);
  return G_LIST_STORE (list);
}

/**
 * ow_history_insert:
 * @list: a list of the document (its offers, an offer's grants, …)
 *
 * Inserts ITEM at POSITION.
 */
gboolean
ow_history_insert (OwHistory  *self,
                   GListModel *list,
                   guint       position,
                   gpointer    item,
                   GError    **error)
{
  Step *step;

  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (item), FALSE);
  g_return_val_if_fail (as_store (list) != NULL, FALSE);

  step = g_new0 (Step, 1);
  step->kind = STEP_INSERT;
  step->store = g_object_ref (G_LIST_STORE (list));
  step->position = MIN (position, g_list_model_get_n_items (list));
  step->item = g_object_ref (item);
  step_apply (step, TRUE);
  return record (self, step, _("Add"), error);
}

/**
 * ow_history_remove:
 *
 * Removes the item at POSITION; undo puts the same object back.
 */
gboolean
ow_history_remove (OwHistory  *self,
                   GListModel *list,
                   guint       position,
                   GError    **error)
{
  Step *step;

  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (as_store (list) != NULL, FALSE);
  g_return_val_if_fail (position < g_list_model_get_n_items (list), FALSE);

  step = g_new0 (Step, 1);
  step->kind = STEP_REMOVE;
  step->store = g_object_ref (G_LIST_STORE (list));
  step->position = position;
  step->item = g_list_model_get_item (list, position);
  step_apply (step, TRUE);
  return record (self, step, _("Remove"), error);
}

gboolean
ow_history_set_source (OwHistory   *self,
                       OwOffer     *offer,
                       const char  *key,
                       OwSource     source,
                       GError     **error)
{
  Step *step;

  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (OW_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (key != NULL && *key != '\0', FALSE);

  if (ow_offer_get_source (offer, key) == source)
    return TRUE;

  step = g_new0 (Step, 1);
  step->kind = STEP_SOURCE;
  step->object = g_object_ref (G_OBJECT (offer));
  step->key = g_strdup (key);
  step->old_source = ow_offer_get_source (offer, key);
  step->new_source = source;
  step_apply (step, TRUE);
  return record (self, step, _("Change Source"), error);
}

static gboolean
record_rate (OwHistory  *self,
             const char *currency,
             gboolean    has_rate,
             gint64      mantissa,
             guint       scale,
             GError    **error)
{
  Step *step = g_new0 (Step, 1);

  step->kind = STEP_RATE;
  step->object = g_object_ref (G_OBJECT (self->document));
  step->key = g_strdup (currency);
  step->had_rate = ow_document_get_rate (self->document, currency, &step->old_mantissa, &step->old_scale) &&
                   g_strcmp0 (currency, ow_document_get_display_currency (self->document)) != 0;
  step->has_rate = has_rate;
  step->new_mantissa = mantissa;
  step->new_scale = scale;

  if (step->had_rate == has_rate &&
      (!has_rate || (step->old_mantissa == mantissa && step->old_scale == scale)))
    {
      step_free (step);
      return TRUE;
    }

  step_apply (step, TRUE);
  return record (self, step, _("Change Exchange Rate"), error);
}

gboolean
ow_history_set_rate (OwHistory   *self,
                     const char  *currency,
                     gint64       mantissa,
                     guint        scale,
                     GError     **error)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (currency != NULL && strlen (currency) == 3, FALSE);
  g_return_val_if_fail (mantissa > 0 && scale <= 18, FALSE);

  return record_rate (self, currency, TRUE, mantissa, scale, error);
}

gboolean
ow_history_remove_rate (OwHistory   *self,
                        const char  *currency,
                        GError     **error)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (currency != NULL, FALSE);

  return record_rate (self, currency, FALSE, 0, 0, error);
}

/**
 * ow_history_record_revision:
 * @note: (nullable): what the revision is about
 *
 * Keeps OFFER's figures as they are now in its negotiation log, as one
 * undoable step ("Record Revision").  To apply new figures as a revision,
 * call this and then change the figures inside one ow_history_begin() …
 * ow_history_end() group: one undo then takes back both, and the log still
 * holds the original figures until then.
 *
 * Returns: (transfer none) (nullable): the revision, now in OFFER's log, or
 *   %NULL with ERROR set when it was refused
 */
OwRevision *
ow_history_record_revision (OwHistory       *self,
                            OwOffer         *offer,
                            OwRevisionKind   kind,
                            OwDate           date,
                            const char      *note,
                            GError         **error)
{
  g_autoptr(OwRevision) revision = NULL;
  GListModel *log;
  gboolean ok;

  g_return_val_if_fail (OW_IS_HISTORY (self), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (date != OW_DATE_NONE, NULL);

  revision = ow_revision_new_snapshot (offer, kind, date, note);
  g_return_val_if_fail (revision != NULL, NULL);

  log = ow_offer_get_revisions (offer);
  ow_history_begin (self, _("Record Revision"));
  ok = ow_history_insert (self, log, ow_revision_find_position (log, date), revision, NULL);
  ok = ow_history_end (self, error) && ok;

  /* The log keeps its own reference while the step stands. */
  return ok ? revision : NULL;
}

/* Undo and redo ------------------------------------------------------------ */

gboolean
ow_history_can_undo (OwHistory *self)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
ow_history_can_redo (OwHistory *self)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

/* What undo would take back, "Change Base salary", or NULL. */
const char *
ow_history_get_undo_label (OwHistory *self)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), NULL);

  if (self->undo->len == 0)
    return NULL;
  return ((Action *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

const char *
ow_history_get_redo_label (OwHistory *self)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), NULL);

  if (self->redo->len == 0)
    return NULL;
  return ((Action *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

static gboolean
move (OwHistory *self,
      GPtrArray *from,
      GPtrArray *to,
      gboolean   forward)
{
  Action *action;

  g_return_val_if_fail (self->depth == 0, FALSE);

  if (from->len == 0)
    return FALSE;

  action = g_ptr_array_steal_index (from, from->len - 1);
  self->replaying = TRUE;
  ow_node_freeze_changed (OW_NODE (self->document));
  action_apply (action, forward);
  ow_node_thaw_changed (OW_NODE (self->document));
  self->replaying = FALSE;
  g_ptr_array_add (to, action);

  notify_state (self);
  return TRUE;
}

gboolean
ow_history_undo (OwHistory *self)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  return move (self, self->undo, self->redo, FALSE);
}

gboolean
ow_history_redo (OwHistory *self)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  return move (self, self->redo, self->undo, TRUE);
}

gboolean
ow_history_get_modified (OwHistory *self)
{
  g_return_val_if_fail (OW_IS_HISTORY (self), FALSE);
  return self->modified_outside || self->saved_at != (int) self->undo->len;
}

/* The document now matches its file. */
void
ow_history_mark_saved (OwHistory *self)
{
  g_return_if_fail (OW_IS_HISTORY (self));

  self->saved_at = (int) self->undo->len;
  self->modified_outside = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* The document differs from its file for a reason the history does not
 * know, such as a new document made from a template. */
void
ow_history_mark_modified (OwHistory *self)
{
  g_return_if_fail (OW_IS_HISTORY (self));

  self->modified_outside = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
ow_history_clear (OwHistory *self)
{
  g_return_if_fail (OW_IS_HISTORY (self));
  g_return_if_fail (self->depth == 0);

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->saved_at = 0;
  self->modified_outside = FALSE;
  notify_state (self);
}
