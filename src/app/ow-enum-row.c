/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A combo row for an enumeration. */
#define G_LOG_DOMAIN "ow-enum-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-edit.h"
#include "ow-enum-row.h"

struct _OwEnumRow
{
  AdwComboRow    parent_instance;

  OwHistory     *history;
  GObject       *object;
  char          *property;
  gulong         notify_id;
  GType          enum_type;
  GArray        *values;     /* int, in the order listed */
  GtkStringList *labels;
  GHashTable    *custom;     /* value → label given with ow_enum_row_set_label() */
  char          *error;
  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (OwEnumRow, ow_enum_row, ADW_TYPE_COMBO_ROW)

static void
set_error (OwEnumRow  *self,
           const char *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), message ? message : "");
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "ow-invalid");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "ow-invalid");
  ow_edit_set_invalid (GTK_WIDGET (self), message);
}

static guint
position_of (OwEnumRow *self,
             int        value)
{
  for (guint i = 0; i < self->values->len; i++)
    if (g_array_index (self->values, int, i) == value)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
show_model (OwEnumRow *self)
{
  int value = 0;

  if (self->object == NULL)
    return;
  g_object_get (self->object, self->property, &value, NULL);
  self->syncing = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), position_of (self, value));
  self->syncing = FALSE;
}

static void
model_changed_cb (OwEnumRow *self)
{
  set_error (self, NULL);
  show_model (self);
}

static void
selected_cb (OwEnumRow *self)
{
  g_autoptr(GError) error = NULL;
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  GValue value = G_VALUE_INIT;
  gboolean ok;

  int current = 0;

  if (self->syncing || self->object == NULL || self->history == NULL || position >= self->values->len)
    return;

  /* Showing the model's value again (after a refused choice, which may
   * reach here late) is no choice: the reason stays. */
  g_object_get (self->object, self->property, &current, NULL);
  if (g_array_index (self->values, int, position) == current)
    return;

  g_value_init (&value, self->enum_type);
  g_value_set_enum (&value, g_array_index (self->values, int, position));
  ok = ow_history_set_value (self->history, self->object, self->property, &value, &error);
  g_value_unset (&value);

  if (!ok)
    {
      g_autofree char *described = ow_edit_describe_error (ow_history_get_document (self->history), error);

      /* The model keeps its value, and so does the row; the reason shows. */
      show_model (self);
      set_error (self, described);
    }
  else
    set_error (self, NULL);
}

static void
fill (OwEnumRow *self)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (self->enum_type);
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();
  guint old = self->labels ? g_list_model_get_n_items (G_LIST_MODEL (self->labels)) : 0;

  g_array_set_size (self->values, 0);
  for (guint i = 0; i < klass->n_values; i++)
    {
      int value = klass->values[i].value;
      const char *label = self->custom ? g_hash_table_lookup (self->custom, GINT_TO_POINTER (value)) : NULL;

      g_array_append_val (self->values, value);
      g_ptr_array_add (strings, (gpointer) (label ? label : ow_enum_to_label (self->enum_type, value)));
    }
  g_ptr_array_add (strings, NULL);

  self->syncing = TRUE;
  if (self->labels == NULL)
    {
      self->labels = gtk_string_list_new ((const char * const *) strings->pdata);
      adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (self->labels));
    }
  else
    gtk_string_list_splice (self->labels, 0, old, (const char * const *) strings->pdata);
  self->syncing = FALSE;
  show_model (self);
}

static void
disconnect_model (OwEnumRow *self)
{
  if (self->object != NULL && self->notify_id != 0)
    g_signal_handler_disconnect (self->object, self->notify_id);
  self->notify_id = 0;
  g_clear_object (&self->object);
  g_clear_pointer (&self->property, g_free);
}

static void
ow_enum_row_dispose (GObject *object)
{
  OwEnumRow *self = OW_ENUM_ROW (object);

  disconnect_model (self);
  g_clear_object (&self->history);
  g_clear_object (&self->labels);

  G_OBJECT_CLASS (ow_enum_row_parent_class)->dispose (object);
}

static void
ow_enum_row_finalize (GObject *object)
{
  OwEnumRow *self = OW_ENUM_ROW (object);

  g_array_unref (self->values);
  g_clear_pointer (&self->custom, g_hash_table_unref);
  g_free (self->error);

  G_OBJECT_CLASS (ow_enum_row_parent_class)->finalize (object);
}

static void
ow_enum_row_class_init (OwEnumRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_enum_row_dispose;
  object_class->finalize = ow_enum_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-enum-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
}

static void
ow_enum_row_init (OwEnumRow *self)
{
  self->values = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_widget_init_template (GTK_WIDGET (self));
  ow_edit_setup_combo (GTK_WIDGET (self));
}

GtkWidget *
ow_enum_row_new (void)
{
  return g_object_new (OW_TYPE_ENUM_ROW, NULL);
}

/**
 * ow_enum_row_bind:
 * @object: (nullable): the model object, %NULL to show nothing
 * @property: an enum property of OBJECT ("work-mode")
 */
void
ow_enum_row_bind (OwEnumRow  *self,
                  OwHistory  *history,
                  gpointer    object,
                  const char *property)
{
  g_return_if_fail (OW_IS_ENUM_ROW (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  disconnect_model (self);
  g_set_object (&self->history, history);
  set_error (self, NULL);

  if (object != NULL)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
      GType type;

      g_return_if_fail (G_IS_PARAM_SPEC_ENUM (pspec));
      type = G_PARAM_SPEC_VALUE_TYPE (pspec);

      self->object = g_object_ref (object);
      self->property = g_strdup (property);
      self->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (model_changed_cb), self);
      if (title == NULL || *title == '\0')
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), ow_edit_field_label (object, property));

      if (type != self->enum_type)
        {
          self->enum_type = type;
          fill (self);
          return;
        }
    }
  show_model (self);
}

/* Lists VALUE as LABEL instead of its usual label: "Default" says more as
 * "Prorated when there is a clawback window". */
void
ow_enum_row_set_label (OwEnumRow  *self,
                       int         value,
                       const char *label)
{
  g_return_if_fail (OW_IS_ENUM_ROW (self));

  if (self->custom == NULL)
    self->custom = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_hash_table_insert (self->custom, GINT_TO_POINTER (value), g_strdup (label));
  if (self->enum_type != G_TYPE_INVALID)
    fill (self);
}

/* Commits VALUE as if the person had chosen it. */
void
ow_enum_row_select (OwEnumRow *self,
                    int        value)
{
  g_return_if_fail (OW_IS_ENUM_ROW (self));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), position_of (self, value));
}

const char *
ow_enum_row_get_error (OwEnumRow *self)
{
  g_return_val_if_fail (OW_IS_ENUM_ROW (self), NULL);
  return self->error;
}
