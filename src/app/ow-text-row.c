/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An entry row for a text. */
#define G_LOG_DOMAIN "ow-text-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-edit.h"
#include "ow-text-row.h"

struct _OwTextRow
{
  AdwEntryRow          parent_instance;

  OwHistory           *history;
  GObject             *object;
  char                *property;   /* NULL: READ shows the model */
  gulong               notify_id;
  OwTextRowReadFunc    read;
  OwTextRowCommitFunc  commit;
  gpointer             user_data;

  char                *error;
  char                *shown;
  gboolean             editing;
  gboolean             committing;

  /* Template children. */
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (OwTextRow, ow_text_row, ADW_TYPE_ENTRY_ROW)

static void
set_error (OwTextRow  *self,
           const char *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);

  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  ow_edit_set_invalid (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self))), message);
}

static char *
model_text (OwTextRow *self)
{
  char *text = NULL;

  if (self->object == NULL)
    return g_strdup ("");
  if (self->property == NULL)
    text = self->read ? self->read (self->user_data) : NULL;
  else
    g_object_get (self->object, self->property, &text, NULL);
  return text ? text : g_strdup ("");
}

static void
show_model (OwTextRow *self)
{
  g_free (self->shown);
  self->shown = model_text (self);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), self->shown) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), self->shown);
}

void
ow_text_row_refresh (OwTextRow *self)
{
  g_return_if_fail (OW_IS_TEXT_ROW (self));

  if (self->committing || self->editing)
    return;
  set_error (self, NULL);
  show_model (self);
}

static void
model_changed_cb (OwTextRow *self)
{
  ow_text_row_refresh (self);
}

gboolean
ow_text_row_commit (OwTextRow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  g_return_val_if_fail (OW_IS_TEXT_ROW (self), FALSE);

  if (self->history == NULL || self->object == NULL)
    return TRUE;

  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self)));
  if (g_strcmp0 (text, self->shown) == 0)
    {
      set_error (self, NULL);
      return TRUE;
    }

  self->committing = TRUE;
  if (self->commit != NULL)
    ok = self->commit (self->user_data, text, &error);
  else
    ok = ow_history_set (self->history, self->object, &error, self->property, text, NULL);
  self->committing = FALSE;

  if (!ok)
    {
      g_autofree char *described = NULL;

      if (error != NULL)
        described = ow_edit_describe_error (ow_history_get_document (self->history), error);
      set_error (self, described ? described : _("This text cannot be used"));
      return FALSE;
    }

  set_error (self, NULL);
  show_model (self);
  return TRUE;
}

void
ow_text_row_reset (OwTextRow *self)
{
  g_return_if_fail (OW_IS_TEXT_ROW (self));

  set_error (self, NULL);
  show_model (self);
  if (self->editing)
    gtk_editable_set_position (GTK_EDITABLE (self), -1);
}

static void
apply_cb (OwTextRow *self)
{
  ow_text_row_commit (self);
}

static void
focus_enter_cb (OwTextRow *self)
{
  self->editing = TRUE;
}

static void
focus_leave_cb (OwTextRow *self)
{
  self->editing = FALSE;
  ow_text_row_commit (self);
}

static gboolean
key_pressed_cb (OwTextRow       *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;
  if (self->error == NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), self->shown) == 0)
    return GDK_EVENT_PROPAGATE;

  ow_text_row_reset (self);
  return GDK_EVENT_STOP;
}

static void
disconnect_model (OwTextRow *self)
{
  if (self->object != NULL && self->notify_id != 0)
    g_signal_handler_disconnect (self->object, self->notify_id);
  self->notify_id = 0;
  g_clear_object (&self->object);
  g_clear_pointer (&self->property, g_free);
  self->read = NULL;
  self->commit = NULL;
  self->user_data = NULL;
}

static void
ow_text_row_dispose (GObject *object)
{
  OwTextRow *self = OW_TEXT_ROW (object);

  disconnect_model (self);
  g_clear_object (&self->history);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_TEXT_ROW);

  G_OBJECT_CLASS (ow_text_row_parent_class)->dispose (object);
}

static void
ow_text_row_finalize (GObject *object)
{
  OwTextRow *self = OW_TEXT_ROW (object);

  g_free (self->error);
  g_free (self->shown);

  G_OBJECT_CLASS (ow_text_row_parent_class)->finalize (object);
}

static void
ow_text_row_class_init (OwTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_text_row_dispose;
  object_class->finalize = ow_text_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-text-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OwTextRow, error_label);
  gtk_widget_class_bind_template_callback (widget_class, apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_enter_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
}

static void
ow_text_row_init (OwTextRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown = g_strdup ("");
}

GtkWidget *
ow_text_row_new (void)
{
  return g_object_new (OW_TYPE_TEXT_ROW, NULL);
}

static void
bind_common (OwTextRow  *self,
             OwHistory  *history,
             gpointer    object,
             const char *signal)
{
  if (self->editing && self->object != NULL && self->object != object)
    ow_text_row_commit (self);

  disconnect_model (self);
  g_set_object (&self->history, history);
  if (object != NULL)
    {
      self->object = g_object_ref (object);
      self->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (model_changed_cb), self);
    }
  self->editing = FALSE;
  set_error (self, NULL);
  show_model (self);
}

/**
 * ow_text_row_bind:
 * @object: (nullable): the model object, %NULL to show nothing
 * @property: a string property of OBJECT
 *
 * The row's title is the field's label unless one was set.
 */
void
ow_text_row_bind (OwTextRow  *self,
                  OwHistory  *history,
                  gpointer    object,
                  const char *property)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (OW_IS_TEXT_ROW (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  signal = g_strconcat ("notify::", property, NULL);
  if (object != NULL)
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

      if (title == NULL || *title == '\0')
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), ow_edit_field_label (object, property));
    }
  bind_common (self, history, object, signal);
  if (object != NULL)
    self->property = g_strdup (property);
  show_model (self);
}

/**
 * ow_text_row_bind_func:
 * @object: (nullable): the model object shown; its "changed" signal
 *   refreshes the row
 *
 * Like ow_text_row_bind(), for a text made by READ and recorded by COMMIT.
 */
void
ow_text_row_bind_func (OwTextRow          *self,
                       OwHistory          *history,
                       gpointer            object,
                       OwTextRowReadFunc   read,
                       OwTextRowCommitFunc commit,
                       gpointer            user_data)
{
  g_return_if_fail (OW_IS_TEXT_ROW (self));
  g_return_if_fail (read != NULL && commit != NULL);

  bind_common (self, history, object, "changed");
  self->read = read;
  self->commit = commit;
  self->user_data = user_data;
  show_model (self);
}

/* Replaces how a bound property is recorded (to check it first, or to
 * record more with it); the model's value is still what is shown. */
void
ow_text_row_set_commit_func (OwTextRow          *self,
                             OwTextRowCommitFunc commit,
                             gpointer            user_data)
{
  g_return_if_fail (OW_IS_TEXT_ROW (self));

  self->commit = commit;
  self->user_data = user_data;
}

const char *
ow_text_row_get_error (OwTextRow *self)
{
  g_return_val_if_fail (OW_IS_TEXT_ROW (self), NULL);
  return self->error;
}

/* Shows MESSAGE as the field's problem (NULL clears it). */
void
ow_text_row_set_error (OwTextRow  *self,
                       const char *message)
{
  g_return_if_fail (OW_IS_TEXT_ROW (self));
  set_error (self, message);
}
