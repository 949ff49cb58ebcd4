/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A row for one figure. */
#define G_LOG_DOMAIN "ow-number-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-edit.h"
#include "ow-number-row.h"
#include "ow-source-button.h"

struct _OwNumberRow
{
  AdwActionRow           parent_instance;

  OwHistory             *history;
  GObject               *object;      /* property mode */
  char                  *property;
  gulong                 notify_id;
  GObject               *document;    /* function mode: refreshed on "changed" */
  gulong                 changed_id;
  OwNumberRowReadFunc    read;
  OwNumberRowCommitFunc  commit;
  gpointer               user_data;

  OwParseKind            kind;
  char                  *currency;
  char                  *unit;
  gint64                 min;
  gint64                 max;
  gboolean               above_min;   /* the value must be greater than min */
  gboolean               optional;    /* an empty field means "not given" */
  gint64                 not_given;   /* what an empty optional field stores */

  char                  *hint;
  char                  *error;
  char                  *shown;       /* the text last shown for the model's value */
  gboolean               editing;     /* the entry has the focus */
  gboolean               committing;

  /* Template children. */
  GtkEntry              *entry;
  GtkLabel              *unit_label;
  OwSourceButton        *source_button;
};

G_DEFINE_FINAL_TYPE (OwNumberRow, ow_number_row, ADW_TYPE_ACTION_ROW)

static guint
kind_decimals (OwParseKind kind)
{
  switch (kind)
    {
    case OW_PARSE_MONEY:
    case OW_PARSE_PERCENT:
    case OW_PARSE_SIGNED_PERCENT:
      return 2;
    case OW_PARSE_PRICE:
    case OW_PARSE_UNITS:
    case OW_PARSE_INDEX:
      return 6;
    case OW_PARSE_INTEGER:
    default:
      return 0;
    }
}

/* The figure as it is edited: the locale's digits and marks, without the
 * currency or "%" (they are beside the entry). */
static char *
format_value (OwParseKind kind,
              gint64      value,
              guint       decimals)
{
  switch (kind)
    {
    case OW_PARSE_MONEY:
      /* Cents only when there are any: "180,000" or "180,000.50". */
      return ow_format_amount (value, decimals, (decimals == 2 && value % 100 != 0) ? 2 : 0);
    case OW_PARSE_PRICE:
      return ow_format_amount (value, decimals, MIN (decimals, 2));
    case OW_PARSE_PERCENT:
    case OW_PARSE_SIGNED_PERCENT:
    case OW_PARSE_UNITS:
    case OW_PARSE_INDEX:
    case OW_PARSE_INTEGER:
    default:
      return ow_format_amount (value, decimals, 0);
    }
}

/* A bound for a message, the way the figure is written for people. */
static char *
format_bound (OwNumberRow *self,
              gint64       value)
{
  g_autofree char *amount = NULL;

  switch (self->kind)
    {
    case OW_PARSE_MONEY:
      return ow_format_money_cents (value, self->currency);
    case OW_PARSE_PERCENT:
    case OW_PARSE_SIGNED_PERCENT:
      return ow_format_percent (value);
    case OW_PARSE_PRICE:
    case OW_PARSE_UNITS:
    case OW_PARSE_INDEX:
    case OW_PARSE_INTEGER:
    default:
      amount = ow_format_amount (value, kind_decimals (self->kind), 0);
      if (self->unit != NULL && *self->unit != '\0')
        return g_strdup_printf ("%s %s", amount, self->unit);
      return g_steal_pointer (&amount);
    }
}

static void
update_subtitle (OwNumberRow *self)
{
  const char *subtitle = self->error ? self->error : self->hint;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle ? subtitle : "");
  if (self->error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "ow-invalid");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "ow-invalid");
  ow_edit_set_invalid (GTK_WIDGET (self->entry), self->error);
}

static void
set_error (OwNumberRow *self,
           const char  *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  update_subtitle (self);
}

static void
update_unit (OwNumberRow *self)
{
  g_autofree char *symbol = NULL;
  const char *unit = self->unit;

  if (unit == NULL && (self->kind == OW_PARSE_MONEY || self->kind == OW_PARSE_PRICE) && self->currency)
    unit = symbol = ow_format_currency_symbol (self->currency);
  else if (unit == NULL && (self->kind == OW_PARSE_PERCENT || self->kind == OW_PARSE_SIGNED_PERCENT))
    unit = "%";
  gtk_label_set_label (self->unit_label, unit ? unit : "");
}

/* Reads the model: the value and its decimals, FALSE when not given. */
static gboolean
read_model (OwNumberRow *self,
            gint64      *value,
            guint       *decimals)
{
  if (self->object != NULL)
    {
      g_object_get (self->object, self->property, value, NULL);
      *decimals = kind_decimals (self->kind);
      return !self->optional || ow_edit_field_is_given (self->object, self->property);
    }
  if (self->read != NULL)
    return self->read (self->user_data, value, decimals);
  return FALSE;
}

static char *
model_text (OwNumberRow *self)
{
  gint64 value = 0;
  guint decimals = 0;

  if (self->object == NULL && self->read == NULL)
    return g_strdup ("");
  if (!read_model (self, &value, &decimals))
    return g_strdup ("");
  return format_value (self->kind, value, decimals);
}

static void
show_model (OwNumberRow *self)
{
  g_free (self->shown);
  self->shown = model_text (self);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), self->shown);
}

/**
 * ow_number_row_refresh:
 *
 * Shows the model's value again, unless the person is typing in the field:
 * a focused field that still shows what was last committed follows the
 * model (an undo after Enter), one with new text waits for it.
 */
void
ow_number_row_refresh (OwNumberRow *self)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));

  if (self->committing)
    return;
  if (self->editing && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) != 0)
    return;
  set_error (self, NULL);
  show_model (self);
}

static void
model_changed_cb (OwNumberRow *self)
{
  ow_number_row_refresh (self);
}

/* Reads TEXT and checks it against the field's range; on failure sets
 * MESSAGE for people. */
static gboolean
parse_text (OwNumberRow *self,
            const char  *text,
            gboolean    *given,
            gint64      *value,
            char       **message)
{
  g_autofree char *bound = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (*trimmed == '\0' && self->optional)
    {
      *given = FALSE;
      *value = self->not_given;
      return TRUE;
    }

  *given = TRUE;
  if (!ow_parse_number (text, self->kind, self->currency, value, message))
    return FALSE;

  if (*value < self->min || (self->above_min && *value <= self->min))
    {
      bound = format_bound (self, self->min);
      if (self->above_min)
        *message = g_strdup_printf (_("Must be more than %s"), bound);
      else if (self->min == 0)
        *message = g_strdup (_("Cannot be negative"));
      else
        *message = g_strdup_printf (_("At least %s"), bound);
      return FALSE;
    }
  if (*value > self->max)
    {
      bound = format_bound (self, self->max);
      *message = g_strdup_printf (_("At most %s"), bound);
      return FALSE;
    }
  return TRUE;
}

/**
 * ow_number_row_commit:
 *
 * Reads what is typed and records it through the history, if it differs
 * from the model's value.
 *
 * Returns: FALSE when the text was refused (the row then says why)
 */
gboolean
ow_number_row_commit (OwNumberRow *self)
{
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gboolean given = TRUE;
  gint64 value = 0;
  gboolean ok;

  g_return_val_if_fail (OW_IS_NUMBER_ROW (self), FALSE);

  if (self->history == NULL || (self->object == NULL && self->commit == NULL))
    return TRUE;

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (g_strcmp0 (text, self->shown) == 0)
    {
      set_error (self, NULL);
      return TRUE;
    }

  if (!parse_text (self, text, &given, &value, &message))
    {
      set_error (self, message);
      return FALSE;
    }

  self->committing = TRUE;
  if (self->object != NULL)
    {
      GValue v = G_VALUE_INIT;

      g_value_init (&v, G_TYPE_INT64);
      g_value_set_int64 (&v, value);
      ok = ow_history_set_value (self->history, self->object, self->property, &v, &error);
      g_value_unset (&v);
    }
  else
    ok = self->commit (self->user_data, given, value, &error);
  self->committing = FALSE;

  if (!ok)
    {
      g_autofree char *described = NULL;

      if (error != NULL)
        described = ow_edit_describe_error (ow_history_get_document (self->history), error);
      set_error (self, described ? described : _("This value cannot be used"));
      return FALSE;
    }

  set_error (self, NULL);
  show_model (self);
  return TRUE;
}

/**
 * ow_number_row_reset:
 *
 * Drops what is typed and shows the model's value (Escape).
 */
void
ow_number_row_reset (OwNumberRow *self)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));

  set_error (self, NULL);
  show_model (self);
  if (self->editing)
    gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
}

static void
entry_activate_cb (OwNumberRow *self)
{
  ow_number_row_commit (self);
}

static void
focus_enter_cb (OwNumberRow *self)
{
  self->editing = TRUE;
}

static void
focus_leave_cb (OwNumberRow *self)
{
  self->editing = FALSE;
  ow_number_row_commit (self);
}

static gboolean
key_pressed_cb (OwNumberRow     *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  /* Nothing to take back: let Escape close what it closes. */
  if (self->error == NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) == 0)
    return GDK_EVENT_PROPAGATE;

  ow_number_row_reset (self);
  return GDK_EVENT_STOP;
}

static void
title_changed_cb (OwNumberRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "",
                                  -1);
}

static void
disconnect_model (OwNumberRow *self)
{
  if (self->object != NULL && self->notify_id != 0)
    g_signal_handler_disconnect (self->object, self->notify_id);
  if (self->document != NULL && self->changed_id != 0)
    g_signal_handler_disconnect (self->document, self->changed_id);
  self->notify_id = 0;
  self->changed_id = 0;
  g_clear_object (&self->object);
  g_clear_object (&self->document);
  g_clear_pointer (&self->property, g_free);
  self->read = NULL;
  self->commit = NULL;
  self->user_data = NULL;
}

static void
ow_number_row_dispose (GObject *object)
{
  OwNumberRow *self = OW_NUMBER_ROW (object);

  disconnect_model (self);
  g_clear_object (&self->history);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_NUMBER_ROW);

  G_OBJECT_CLASS (ow_number_row_parent_class)->dispose (object);
}

static void
ow_number_row_finalize (GObject *object)
{
  OwNumberRow *self = OW_NUMBER_ROW (object);

  g_free (self->currency);
  g_free (self->unit);
  g_free (self->hint);
  g_free (self->error);
  g_free (self->shown);

  G_OBJECT_CLASS (ow_number_row_parent_class)->finalize (object);
}

static void
ow_number_row_class_init (OwNumberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_number_row_dispose;
  object_class->finalize = ow_number_row_finalize;

  g_type_ensure (OW_TYPE_SOURCE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-number-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OwNumberRow, entry);
  gtk_widget_class_bind_template_child (widget_class, OwNumberRow, source_button);
  gtk_widget_class_bind_template_child (widget_class, OwNumberRow, unit_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_enter_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
}

static void
ow_number_row_init (OwNumberRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->kind = OW_PARSE_MONEY;
  self->min = 0;
  self->max = G_MAXINT64;
  self->shown = g_strdup ("");

  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
  title_changed_cb (self);
}

GtkWidget *
ow_number_row_new (void)
{
  return g_object_new (OW_TYPE_NUMBER_ROW, NULL);
}

static void
set_kind (OwNumberRow *self,
          OwParseKind  kind)
{
  self->kind = kind;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), NULL);
}

/**
 * ow_number_row_bind:
 * @object: (nullable): the model object holding the figure, %NULL to
 *   show nothing
 * @property: a numeric field property of OBJECT ("base-salary")
 * @kind: how to read what is typed; its decimals must be the field's
 * @currency: (nullable): for money and prices, the currency shown beside
 *   the figure and accepted in what is typed
 *
 * Shows OBJECT's PROPERTY and records changes through HISTORY.  The range
 * and whether the field may be left empty come from the field table; the
 * row title is the field's label unless one was set.
 */
void
ow_number_row_bind (OwNumberRow *self,
                    OwHistory   *history,
                    gpointer     object,
                    const char  *property,
                    OwParseKind  kind,
                    const char  *currency)
{
  const OwField *field = NULL;

  g_return_if_fail (OW_IS_NUMBER_ROW (self));
  g_return_if_fail (history == NULL || OW_IS_HISTORY (history));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  if (self->editing && self->object != NULL && self->object != object)
    ow_number_row_commit (self);

  disconnect_model (self);
  g_set_object (&self->history, history);
  set_kind (self, kind);
  g_free (self->currency);
  self->currency = g_strdup (currency);

  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      field = ow_edit_find_field (object, property);
      g_return_if_fail (field != NULL);
      g_return_if_fail (ow_field_decimals (field) == kind_decimals (kind));

      self->object = g_object_ref (object);
      self->property = g_strdup (property);
      self->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (model_changed_cb), self);

      self->min = field->min;
      self->max = field->max;
      self->above_min = (field->flags & OW_FIELD_ABOVE_MIN) != 0;
      self->optional = (field->flags & OW_FIELD_OPTIONAL) != 0;
      self->not_given = field->default_value;

      if (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)) == NULL ||
          *adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)) == '\0')
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), ow_edit_field_label (object, property));
    }

  update_unit (self);
  self->editing = FALSE;
  set_error (self, NULL);
  show_model (self);
}

/**
 * ow_number_row_bind_func:
 *
 * Like ow_number_row_bind(), for a figure that is not a property.  The row
 * shows READ's value again whenever HISTORY's document changes; set its
 * range with ow_number_row_set_range().
 */
void
ow_number_row_bind_func (OwNumberRow           *self,
                         OwHistory             *history,
                         OwParseKind            kind,
                         OwNumberRowReadFunc    read,
                         OwNumberRowCommitFunc  commit,
                         gpointer               user_data)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));
  g_return_if_fail (OW_IS_HISTORY (history));
  g_return_if_fail (read != NULL && commit != NULL);

  disconnect_model (self);
  g_set_object (&self->history, history);
  set_kind (self, kind);
  self->read = read;
  self->commit = commit;
  self->user_data = user_data;
  self->document = g_object_ref (G_OBJECT (ow_history_get_document (history)));
  self->changed_id = g_signal_connect_swapped (self->document, "changed", G_CALLBACK (model_changed_cb), self);

  update_unit (self);
  self->editing = FALSE;
  set_error (self, NULL);
  show_model (self);
}

/* Shows nothing and edits nothing. */
void
ow_number_row_unbind (OwNumberRow *self)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));

  disconnect_model (self);
  g_clear_object (&self->history);
  set_error (self, NULL);
  show_model (self);
}

/* Narrows the range the field table allows (or sets one for a function). */
void
ow_number_row_set_range (OwNumberRow *self,
                         gint64       min,
                         gint64       max)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));
  g_return_if_fail (min <= max);

  self->min = min;
  self->max = max;
  self->above_min = FALSE;
}

void
ow_number_row_set_currency (OwNumberRow *self,
                            const char  *currency)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));

  if (g_strcmp0 (self->currency, currency) == 0)
    return;
  g_free (self->currency);
  self->currency = g_strdup (currency);
  update_unit (self);
}

/* What the figure counts, beside it, when it is not money or a percent. */
void
ow_number_row_set_unit (OwNumberRow *self,
                        const char  *unit)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));

  g_free (self->unit);
  self->unit = g_strdup (unit);
  update_unit (self);
}

/**
 * ow_number_row_set_optional:
 * @placeholder: (nullable): shown in the empty field, what "not given"
 *   means ("1 per unit")
 *
 * Lets the field be left empty (bound fields take this from the field
 * table; call this after binding to change it).
 */
void
ow_number_row_set_optional (OwNumberRow *self,
                            gboolean     optional,
                            const char  *placeholder)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));

  self->optional = optional;
  gtk_entry_set_placeholder_text (self->entry, placeholder);
}

/* A line under the title while there is no error to show. */
void
ow_number_row_set_hint (OwNumberRow *self,
                        const char  *hint)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));

  if (g_strcmp0 (self->hint, hint) == 0)
    return;
  g_free (self->hint);
  self->hint = g_strdup (hint);
  update_subtitle (self);
}

/**
 * ow_number_row_set_source:
 * @offer: (nullable): %NULL hides the source button
 * @key: (nullable): the figure's source key
 */
void
ow_number_row_set_source (OwNumberRow *self,
                          OwOffer     *offer,
                          const char  *key)
{
  g_return_if_fail (OW_IS_NUMBER_ROW (self));

  ow_source_button_bind (self->source_button, self->history, offer, key);
  gtk_widget_set_visible (GTK_WIDGET (self->source_button), offer != NULL && key != NULL);
}

/**
 * ow_number_row_get_entry:
 *
 * Returns: (transfer none): the entry the figure is typed into
 */
GtkEditable *
ow_number_row_get_entry (OwNumberRow *self)
{
  g_return_val_if_fail (OW_IS_NUMBER_ROW (self), NULL);
  return GTK_EDITABLE (self->entry);
}

/* The message shown for a refused value, or NULL. */
const char *
ow_number_row_get_error (OwNumberRow *self)
{
  g_return_val_if_fail (OW_IS_NUMBER_ROW (self), NULL);
  return self->error;
}
