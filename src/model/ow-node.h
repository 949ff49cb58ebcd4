/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwNode: the base of every object in an offer document.  It gives each
 * one its field table (properties, loading, saving, copying), the keys the
 * loader did not know, and one "changed" signal that bubbles up to the
 * document whenever anything below changes. */
#pragma once

#include <gio/gio.h>

#include "ow-field.h"

G_BEGIN_DECLS

#define OW_TYPE_NODE (ow_node_get_type ())

G_DECLARE_DERIVABLE_TYPE (OwNode, ow_node, OW, NODE, GObject)

struct _OwNodeClass
{
  GObjectClass parent_class;

  /* The class's field table, set by ow_node_class_set_fields(). */
  const OwField  *fields;
  guint           n_fields;
  GParamSpec    **field_pspecs;

  /* Copies what the field table does not cover (lists, sub-objects). */
  void          (*copy_children) (OwNode       *dest,
                                  OwNode       *src);
  gpointer        padding[8];
};

void            ow_node_class_set_fields     (OwNodeClass    *klass,
                                              const OwField  *fields,
                                              guint           n_fields,
                                              GParamSpec    **pspecs);
gboolean        ow_node_get_field_property   (GObject        *object,
                                              guint           prop_id,
                                              GValue         *value);
gboolean        ow_node_set_field_property   (GObject        *object,
                                              guint           prop_id,
                                              const GValue   *value);
OwNode         *ow_node_get_parent           (OwNode         *self);
void            ow_node_set_parent           (OwNode         *self,
                                              OwNode         *parent);
void            ow_node_emit_changed         (OwNode         *self);
void            ow_node_freeze_changed       (OwNode         *self);
void            ow_node_thaw_changed         (OwNode         *self);
OwExtras       *ow_node_get_extras           (OwNode         *self);
void            ow_node_copy_from            (OwNode         *self,
                                              OwNode         *src);
OwNode         *ow_node_dup                  (OwNode         *self);
GParamSpec     *ow_node_find_field_pspec     (OwNode         *self,
                                              const char     *key,
                                              const char     *group);
void            ow_node_adopt_list           (OwNode         *self,
                                              GListStore     *store);

G_END_DECLS
