/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A row for a date. */
#define G_LOG_DOMAIN "ow-date-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ow-date-row.h"
#include "ow-edit.h"
#include "ow-format.h"

struct _OwDateRow
{
  AdwActionRow    parent_instance;

  OwHistory      *history;
  GObject        *object;
  char           *property;
  gulong          notify_id;
  gboolean        optional;

  char           *hint;
  char           *error;
  char           *shown;       /* the medium form of the model's date */
  char           *shown_iso;   /* the same as YYYY-MM-DD */
  gboolean        editing;
  gboolean        committing;
  gboolean        syncing;
  gboolean        day_clicked; /* the calendar's selection came from a click on a day */

  /* Template children. */
  GtkEntry       *entry;
  GtkMenuButton  *calendar_button;
  GtkCalendar    *calendar;
  GtkPopover     *popover;
};

G_DEFINE_FINAL_TYPE (OwDateRow, ow_date_row, ADW_TYPE_ACTION_ROW)

static OwDate
model_date (OwDateRow *self)
{
  guint date = OW_DATE_NONE;

  if (self->object != NULL)
    g_object_get (self->object, self->property, &date, NULL);
  return date;
}

static void
update_subtitle (OwDateRow *self)
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
set_error (OwDateRow  *self,
           const char *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  update_subtitle (self);
}

static void
show_model (OwDateRow *self)
{
  OwDate date = model_date (self);
  const char *text;

  g_free (self->shown);
  g_free (self->shown_iso);
  self->shown = ow_format_date (date);
  self->shown_iso = date != OW_DATE_NONE ? ow_date_to_iso (date) : g_strdup ("");

  /* While the field has the focus the date is edited as YYYY-MM-DD. */
  text = self->editing ? self->shown_iso : self->shown;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

static void
refresh (OwDateRow *self)
{
  if (self->committing || self->editing)
    return;
  set_error (self, NULL);
  show_model (self);
}

static void
model_changed_cb (OwDateRow *self)
{
  refresh (self);
}

static gboolean
commit_date (OwDateRow  *self,
             OwDate      date)
{
  g_autoptr(GError) error = NULL;
  GValue value = G_VALUE_INIT;
  gboolean ok;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, date);
  self->committing = TRUE;
  ok = ow_history_set_value (self->history, self->object, self->property, &value, &error);
  self->committing = FALSE;
  g_value_unset (&value);

  if (!ok)
    {
      g_autofree char *described = ow_edit_describe_error (ow_history_get_document (self->history), error);
      set_error (self, described);
      return FALSE;
    }
  set_error (self, NULL);
  show_model (self);
  return TRUE;
}

/**
 * ow_date_row_commit:
 *
 * Reads what is typed (YYYY-MM-DD, or nothing for an optional date) and
 * records it through the history.
 *
 * Returns: FALSE when the text was refused
 */
gboolean
ow_date_row_commit (OwDateRow *self)
{
  g_autofree char *text = NULL;
  OwDate date = OW_DATE_NONE;

  g_return_val_if_fail (OW_IS_DATE_ROW (self), FALSE);

  if (self->history == NULL || self->object == NULL)
    return TRUE;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  if (g_strcmp0 (text, self->shown) == 0 || g_strcmp0 (text, self->shown_iso) == 0)
    {
      set_error (self, NULL);
      if (!self->editing)
        show_model (self);
      return TRUE;
    }

  if (*text == '\0')
    {
      if (!self->optional)
        {
          set_error (self, _("Enter a date, like 2027-01-04"));
          return FALSE;
        }
    }
  else if (!ow_date_parse_iso (text, strlen (text), &date))
    {
      set_error (self, _("Write the date as year-month-day, like 2027-01-04"));
      return FALSE;
    }

  return commit_date (self, date);
}

static void
entry_activate_cb (OwDateRow *self)
{
  ow_date_row_commit (self);
}

static void
focus_enter_cb (OwDateRow *self)
{
  self->editing = TRUE;
  /* Switch to the typed form, unless something else is being typed. */
  if (self->error == NULL &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->entry), self->shown_iso);
      gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
    }
}

static void
focus_leave_cb (OwDateRow *self)
{
  self->editing = FALSE;
  if (ow_date_row_commit (self))
    show_model (self);
}

static gboolean
key_pressed_cb (OwDateRow       *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  const char *text;

  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (self->error == NULL && (g_strcmp0 (text, self->shown_iso) == 0 || g_strcmp0 (text, self->shown) == 0))
    return GDK_EVENT_PROPAGATE;

  set_error (self, NULL);
  show_model (self);
  return GDK_EVENT_STOP;
}

static void
popover_show_cb (OwDateRow *self)
{
  OwDate date = model_date (self);
  g_autoptr(GDateTime) when = NULL;
  int y, m, d;

  if (date == OW_DATE_NONE)
    date = ow_date_today ();
  ow_date_get_ymd (date, &y, &m, &d);
  when = g_date_time_new_local (y, m, d, 12, 0, 0);

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, when);
  self->syncing = FALSE;
}

/* Arrow keys move the calendar's selection without choosing: a day is
 * chosen by clicking it, or with Enter or Space. */
static void
commit_calendar (OwDateRow *self)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (self->calendar);

  gtk_popover_popdown (self->popover);
  commit_date (self,
               ow_date_from_ymd (g_date_time_get_year (when), g_date_time_get_month (when),
                                 g_date_time_get_day_of_month (when)));
}

static void
calendar_pressed_cb (OwDateRow  *self,
                     int         n_press,
                     double      x,
                     double      y,
                     GtkGesture *gesture)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  self->day_clicked = picked != NULL && gtk_widget_has_css_class (picked, "day-number");
}

static void
day_selected_cb (OwDateRow *self)
{
  if (self->syncing || self->history == NULL || self->object == NULL || !self->day_clicked)
    return;
  self->day_clicked = FALSE;
  commit_calendar (self);
}

static gboolean
calendar_key_pressed_cb (OwDateRow       *self,
                         guint            keyval,
                         guint            keycode,
                         GdkModifierType  state)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_space)
    return GDK_EVENT_PROPAGATE;
  if (self->history != NULL && self->object != NULL)
    commit_calendar (self);
  return GDK_EVENT_STOP;
}

static void
title_changed_cb (OwDateRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  g_autofree char *pick = g_strdup_printf (_("Pick %s From a Calendar"), title ? title : "");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "",
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, pick,
                                  -1);
}

static void
disconnect_model (OwDateRow *self)
{
  if (self->object != NULL && self->notify_id != 0)
    g_signal_handler_disconnect (self->object, self->notify_id);
  self->notify_id = 0;
  g_clear_object (&self->object);
  g_clear_pointer (&self->property, g_free);
}

static void
ow_date_row_dispose (GObject *object)
{
  OwDateRow *self = OW_DATE_ROW (object);

  disconnect_model (self);
  g_clear_object (&self->history);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_DATE_ROW);

  G_OBJECT_CLASS (ow_date_row_parent_class)->dispose (object);
}

static void
ow_date_row_finalize (GObject *object)
{
  OwDateRow *self = OW_DATE_ROW (object);

  g_free (self->hint);
  g_free (self->error);
  g_free (self->shown);
  g_free (self->shown_iso);

  G_OBJECT_CLASS (ow_date_row_parent_class)->finalize (object);
}

static void
ow_date_row_class_init (OwDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_date_row_dispose;
  object_class->finalize = ow_date_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OwDateRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, OwDateRow, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, OwDateRow, entry);
  gtk_widget_class_bind_template_child (widget_class, OwDateRow, popover);
  gtk_widget_class_bind_template_callback (widget_class, calendar_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_enter_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
}

static void
ow_date_row_init (OwDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->shown = g_strdup ("");
  self->shown_iso = g_strdup ("");
  g_signal_connect (self, "notify::title", G_CALLBACK (title_changed_cb), NULL);
  title_changed_cb (self);
}

GtkWidget *
ow_date_row_new (void)
{
  return g_object_new (OW_TYPE_DATE_ROW, NULL);
}

/**
 * ow_date_row_bind:
 * @object: (nullable): the model object, %NULL to show nothing
 * @property: a date field property of OBJECT ("start-date")
 */
void
ow_date_row_bind (OwDateRow  *self,
                  OwHistory  *history,
                  gpointer    object,
                  const char *property)
{
  g_return_if_fail (OW_IS_DATE_ROW (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  if (self->editing && self->object != NULL && self->object != object)
    ow_date_row_commit (self);

  disconnect_model (self);
  g_set_object (&self->history, history);

  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);
      const OwField *field = ow_edit_find_field (object, property);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

      g_return_if_fail (field != NULL && field->kind == OW_FIELD_DATE);

      self->object = g_object_ref (object);
      self->property = g_strdup (property);
      self->optional = (field->flags & OW_FIELD_OPTIONAL) != 0;
      self->notify_id = g_signal_connect_swapped (object, signal, G_CALLBACK (model_changed_cb), self);
      if (title == NULL || *title == '\0')
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), ow_edit_field_label (object, property));
    }

  self->editing = FALSE;
  set_error (self, NULL);
  show_model (self);
}

/* What an empty optional date means ("Not set"). */
void
ow_date_row_set_placeholder (OwDateRow  *self,
                             const char *placeholder)
{
  g_return_if_fail (OW_IS_DATE_ROW (self));
  gtk_entry_set_placeholder_text (self->entry, placeholder);
}

void
ow_date_row_set_hint (OwDateRow  *self,
                      const char *hint)
{
  g_return_if_fail (OW_IS_DATE_ROW (self));

  if (g_strcmp0 (self->hint, hint) == 0)
    return;
  g_free (self->hint);
  self->hint = g_strdup (hint);
  update_subtitle (self);
}

/**
 * ow_date_row_get_entry:
 *
 * Returns: (transfer none): the entry the date is typed into
 */
GtkEditable *
ow_date_row_get_entry (OwDateRow *self)
{
  g_return_val_if_fail (OW_IS_DATE_ROW (self), NULL);
  return GTK_EDITABLE (self->entry);
}

const char *
ow_date_row_get_error (OwDateRow *self)
{
  g_return_val_if_fail (OW_IS_DATE_ROW (self), NULL);
  return self->error;
}
