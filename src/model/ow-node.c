/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The common base of the model objects. */
#define G_LOG_DOMAIN "ow-node"

#include "config.h"

#include "ow-node.h"

typedef struct
{
  OwNode   *parent;   /* a weak pointer: an undo stack may keep a child alive */
  OwExtras  extras;
  guint     freeze_count;
  gboolean  changed_while_frozen;
} OwNodePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OwNode, ow_node, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ow_node_finalize (GObject *object)
{
  OwNode *self = OW_NODE (object);
  OwNodePrivate *priv = ow_node_get_instance_private (self);
  OwNodeClass *klass = OW_NODE_GET_CLASS (self);

  if (priv->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (priv->parent), (gpointer *) &priv->parent);
  ow_extras_clear (&priv->extras);
  if (klass->fields != NULL)
    ow_fields_clear (self, klass->fields, klass->n_fields);

  G_OBJECT_CLASS (ow_node_parent_class)->finalize (object);
}

/* Every property notification is a change of the document: turning it into
 * "changed" here means no model class can forget to report one. */
static void
ow_node_dispatch_properties_changed (GObject     *object,
                                     guint        n_pspecs,
                                     GParamSpec **pspecs)
{
  G_OBJECT_CLASS (ow_node_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);
  ow_node_emit_changed (OW_NODE (object));
}

/* Classes whose properties are all fields need no property functions of
 * their own (ow_node_class_set_fields() installs these; GObject does not
 * inherit them); the others handle their own ids first. */
static void
ow_node_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  if (!ow_node_get_field_property (object, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ow_node_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  if (!ow_node_set_field_property (object, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ow_node_class_init (OwNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ow_node_finalize;
  object_class->dispatch_properties_changed = ow_node_dispatch_properties_changed;

  /**
   * OwNode::changed:
   *
   * Emitted after this node or anything below it changed.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
ow_node_init (OwNode *self)
{
}

void
ow_node_class_set_fields (OwNodeClass   *klass,
                          const OwField *fields,
                          guint          n_fields,
                          GParamSpec   **pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  if (object_class->get_property == NULL)
    object_class->get_property = ow_node_get_property;
  if (object_class->set_property == NULL)
    object_class->set_property = ow_node_set_property;

  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->field_pspecs = pspecs;
  ow_fields_install (G_OBJECT_CLASS (klass), fields, n_fields, 1, pspecs);
}

/* Field properties have the ids 1 .. n_fields; a class's own properties
 * come after them. */
gboolean
ow_node_get_field_property (GObject *object,
                            guint    prop_id,
                            GValue  *value)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (object);

  if (prop_id == 0 || prop_id > klass->n_fields)
    return FALSE;

  ow_field_get_value (object, &klass->fields[prop_id - 1], value);
  return TRUE;
}

gboolean
ow_node_set_field_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (object);

  if (prop_id == 0 || prop_id > klass->n_fields)
    return FALSE;

  if (ow_field_set_value (object, &klass->fields[prop_id - 1], value))
    g_object_notify_by_pspec (object, klass->field_pspecs[prop_id]);
  return TRUE;
}

OwNode *
ow_node_get_parent (OwNode *self)
{
  OwNodePrivate *priv = ow_node_get_instance_private (self);

  g_return_val_if_fail (OW_IS_NODE (self), NULL);

  return priv->parent;
}

void
ow_node_set_parent (OwNode *self,
                    OwNode *parent)
{
  OwNodePrivate *priv = ow_node_get_instance_private (self);

  g_return_if_fail (OW_IS_NODE (self));
  g_return_if_fail (parent == NULL || OW_IS_NODE (parent));

  if (priv->parent == parent)
    return;
  if (priv->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (priv->parent), (gpointer *) &priv->parent);
  priv->parent = parent;
  if (parent != NULL)
    g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &priv->parent);
}

void
ow_node_emit_changed (OwNode *self)
{
  g_return_if_fail (OW_IS_NODE (self));

  for (OwNode *node = self; node != NULL; node = ow_node_get_parent (node))
    {
      OwNodePrivate *priv = ow_node_get_instance_private (node);

      if (priv->freeze_count > 0)
        {
          priv->changed_while_frozen = TRUE;
          return;
        }
      g_signal_emit (node, signals[CHANGED], 0);
    }
}

/* Batches the changes of a multi-step edit into one "changed", so the
 * valuation and the views update once. */
void
ow_node_freeze_changed (OwNode *self)
{
  OwNodePrivate *priv = ow_node_get_instance_private (self);

  g_return_if_fail (OW_IS_NODE (self));

  priv->freeze_count++;
}

void
ow_node_thaw_changed (OwNode *self)
{
  OwNodePrivate *priv = ow_node_get_instance_private (self);

  g_return_if_fail (OW_IS_NODE (self));
  g_return_if_fail (priv->freeze_count > 0);

  if (--priv->freeze_count == 0 && priv->changed_while_frozen)
    {
      priv->changed_while_frozen = FALSE;
      ow_node_emit_changed (self);
    }
}

OwExtras *
ow_node_get_extras (OwNode *self)
{
  OwNodePrivate *priv = ow_node_get_instance_private (self);

  g_return_val_if_fail (OW_IS_NODE (self), NULL);

  return &priv->extras;
}

/* Makes SELF equal to SRC in place, notifying what changed, so widgets bound
 * to SELF follow (undo and revert use this). */
void
ow_node_copy_from (OwNode *self,
                   OwNode *src)
{
  OwNodeClass *klass;

  g_return_if_fail (OW_IS_NODE (self));
  g_return_if_fail (OW_IS_NODE (src));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (src));

  klass = OW_NODE_GET_CLASS (self);

  ow_node_freeze_changed (self);
  g_object_freeze_notify (G_OBJECT (self));

  ow_fields_copy (self, src, klass->fields, klass->n_fields, G_OBJECT (self),
                  klass->field_pspecs + 1);
  ow_extras_copy (ow_node_get_extras (self), ow_node_get_extras (src));
  if (klass->copy_children != NULL)
    klass->copy_children (self, src);

  g_object_thaw_notify (G_OBJECT (self));
  ow_node_emit_changed (self);
  ow_node_thaw_changed (self);
}

OwNode *
ow_node_dup (OwNode *self)
{
  OwNode *copy;

  g_return_val_if_fail (OW_IS_NODE (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  ow_node_copy_from (copy, self);
  return copy;
}

GParamSpec *
ow_node_find_field_pspec (OwNode     *self,
                          const char *key,
                          const char *group)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (self);
  const OwField *f = ow_fields_find (klass->fields, klass->n_fields, group, key);

  if (f == NULL)
    return NULL;
  return klass->field_pspecs[1 + (f - klass->fields)];
}

static void
list_items_changed_cb (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       OwNode     *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(OwNode) child = g_list_model_get_item (model, i);
      ow_node_set_parent (child, self);
    }
  ow_node_emit_changed (self);
}

/* Makes SELF the parent of every item that enters STORE and reports the
 * list's changes as changes of SELF. */
void
ow_node_adopt_list (OwNode     *self,
                    GListStore *store)
{
  g_return_if_fail (OW_IS_NODE (self));
  g_return_if_fail (G_IS_LIST_STORE (store));

  g_signal_connect_object (store, "items-changed", G_CALLBACK (list_items_changed_cb), self, 0);
}
