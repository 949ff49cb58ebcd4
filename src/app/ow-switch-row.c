/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A row with a switch. */
#define G_LOG_DOMAIN "ow-switch-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-edit.h"
#include "ow-switch-row.h"

struct _OwSwitchRow
{
  AdwActionRow  parent_instance;

  OwHistory    *history;
  GObject      *object;
  char         *property;
  gulong        notify_id;
  char         *hint;
  char         *error;
  gboolean      syncing;

  /* Template children. */
  GtkSwitch    *toggle;
};

G_DEFINE_FINAL_TYPE (OwSwitchRow, ow_switch_row, ADW_TYPE_ACTION_ROW)

static void
update_subtitle (OwSwitchRow *self)
{
  const char *subtitle = self->error ? self->error : self->hint;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle ? subtitle : "");
  if (self->error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "ow-invalid");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "ow-invalid");
  ow_edit_set_invalid (GTK_WIDGET (self->toggle), self->error);
}

static void
set_error (OwSwitchRow *self,
           const char  *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  update_subtitle (self);
}

static void
show_model (OwSwitchRow *self)
{
  gboolean active = FALSE;

  if (self->object != NULL)
    g_object_get (self->object, self->property, &active, NULL);
  self->syncing = TRUE;
  gtk_switch_set_active (self->toggle, active);
  self->syncing = FALSE;
}

static void
model_changed_cb (OwSwitchRow *self)
{
  if (self->syncing)
    return;
  set_error (self, NULL);
  show_model (self);
}

static void
active_cb (OwSwitchRow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->toggle);

  if (self->syncing || self->object == NULL || self->history == NULL)
    return;

  self->syncing = TRUE;
  if (!ow_history_set (self->history, self->object, &error, self->property, active, NULL))
    {
      g_autofree char *described = ow_edit_describe_error (ow_history_get_document (self->history), error);

      self->syncing = FALSE;
      show_model (self);
      set_error (self, described);
      return;
    }
  self->syncing = FALSE;
  set_error (self, NULL);
}

static void
title_changed_cb (OwSwitchRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "",
                                  -1);
}

static void
disconnect_model (OwSwitchRow *self)
{
  if (self->object != NULL && self->notify_id != 0)
    g_signal_handler_disconnect (self->object, self->notify_id);
  self->notify_id = 0;
  g_clear_object (&self->object);
  g_clear_pointer (&self->property, g_free);
}

static void
ow_switch_row_dispose (GObject *object)
{
  OwSwitchRow *self = OW_SWITCH_ROW (object);

  disconnect_model (self);
  g_clear_object (&self->history);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_SWITCH_ROW);

  G_OBJECT_CLASS (ow_switch_row_parent_class)->dispose (object);
}

static void
ow_switch_row_finalize (GObject *object)
{
  OwSwitchRow *self = OW_SWITCH_ROW (object);

  g_free (self->hint);
  g_free (self->error);

  G_OBJECT_CLASS (ow_switch_row_parent_class)->finalize (object);
}

static void
ow_switch_row_class_init (OwSwitchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_switch_row_dispose;
  object_class->finalize = ow_switch_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-switch-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OwSwitchRow, toggle);
  gtk_widget_class_bind_template_callback (widget_class, active_cb);
}

static void
ow_switch_row_init (OwSwitchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
  title_changed_cb (self);
}

GtkWidget *
ow_switch_row_new (void)
{
  return g_object_new (OW_TYPE_SWITCH_ROW, NULL);
}

/**
 * ow_switch_row_bind:
 * @object: (nullable): the model object, %NULL to show nothing
 * @property: a boolean property of OBJECT ("has-salary-band")
 */
void
ow_switch_row_bind (OwSwitchRow *self,
                    OwHistory   *history,
                    gpointer     object,
                    const char  *property)
{
  g_return_if_fail (OW_IS_SWITCH_ROW (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  disconnect_model (self);
  g_set_object (&self->history, history);
  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      self->object = g_object_ref (object);
      self->property = g_strdup (property);
      self->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (model_changed_cb), self);
    }
  set_error (self, NULL);
  show_model (self);
}

void
ow_switch_row_set_hint (OwSwitchRow *self,
                        const char  *hint)
{
  g_return_if_fail (OW_IS_SWITCH_ROW (self));

  if (g_strcmp0 (self->hint, hint) == 0)
    return;
  g_free (self->hint);
  self->hint = g_strdup (hint);
  update_subtitle (self);
}

/**
 * ow_switch_row_get_switch:
 *
 * Returns: (transfer none): the switch
 */
GtkSwitch *
ow_switch_row_get_switch (OwSwitchRow *self)
{
  g_return_val_if_fail (OW_IS_SWITCH_ROW (self), NULL);
  return self->toggle;
}

const char *
ow_switch_row_get_error (OwSwitchRow *self)
{
  g_return_val_if_fail (OW_IS_SWITCH_ROW (self), NULL);
  return self->error;
}
