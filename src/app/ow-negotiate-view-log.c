/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Negotiation Log: the offer's revisions (ow-revision.h), oldest first,
 * each with what changed since the one before, and a side-by-side of its
 * figures against the latest; then whatever has changed since the last
 * revision and is not recorded yet. */
#define G_LOG_DOMAIN "ow-negotiate-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-format.h"
#include "ow-negotiate-view-private.h"

/* Values of a change ----------------------------------------------------------- */

/* A value of a change in the locale's form.  The model gives plain text
 * ("210000.00") and the raw value; money is in the offer's currency. */
static char *
format_value (OwNegotiateView        *self,
              const OwRevisionChange *change,
              const char             *text,
              gint64                  raw)
{
  if (text == NULL)
    /* TRANSLATORS: a figure that was not given (before it was added, or
     * after it was removed). */
    return g_strdup (_("not given"));

  switch (change->kind)
    {
    case OW_FIELD_MONEY:
      return ow_format_money_cents (raw, _ow_negotiate_view_offer_currency (self));
    case OW_FIELD_PERCENT:
      return ow_format_percent (raw);
    case OW_FIELD_MICRO:
      return ow_format_amount (raw, 6, 0);
    case OW_FIELD_INT:
      return ow_format_amount (raw, 0, 0);
    case OW_FIELD_DATE:
      return ow_format_date ((OwDate) raw);
    case OW_FIELD_STRING:
    case OW_FIELD_BOOL:
    case OW_FIELD_ENUM:
    case OW_FIELD_CURRENCY:
    default:
      return g_strdup (text);
    }
}

static char *
describe_change (OwNegotiateView        *self,
                 const OwRevisionChange *change)
{
  g_autofree char *old_text = format_value (self, change, change->old_text, change->old_value);
  g_autofree char *new_text = format_value (self, change, change->new_text, change->new_value);

  /* TRANSLATORS: a figure's change in the log: "$210,000.00 → $232,000.00". */
  return g_strdup_printf (_("%s → %s"), old_text, new_text);
}

/* The rows ------------------------------------------------------------------- */

static const char *
kind_icon (OwRevisionKind kind)
{
  switch (kind)
    {
    case OW_REVISION_KIND_COUNTERED:
      return "mail-reply-sender-symbolic";
    case OW_REVISION_KIND_REVISED:
      return "document-edit-symbolic";
    case OW_REVISION_KIND_RECEIVED:
    default:
      return "mail-unread-symbolic";
    }
}

/* One row per changed figure, inside ROW; the changes' labels joined for
 * the row's subtitle. */
static char *
add_change_rows (OwNegotiateView *self,
                 AdwExpanderRow  *row,
                 GPtrArray       *changes)
{
  g_autoptr(GString) summary = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      OwRevisionChange *change = g_ptr_array_index (changes, i);
      g_autofree char *text = describe_change (self, change);
      GtkWidget *line = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), change->label);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (line), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (line), text);
      gtk_widget_add_css_class (line, "property");
      adw_expander_row_add_row (row, line);

      if (i < 3)
        {
          if (i > 0)
            /* TRANSLATORS: between the names of changed figures in a list. */
            g_string_append (summary, _(", "));
          g_string_append (summary, change->label);
        }
    }
  if (changes->len > 3)
    /* TRANSLATORS: after the first three changed figures: "…, and 2 more". */
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, ", and %u more", ", and %u more",
                                                  changes->len - 3),
                            changes->len - 3);
  return g_string_free (g_steal_pointer (&summary), FALSE);
}

static void
comparison_popup_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  OwNegotiateView *self = user_data;
  OwRevision *revision = g_object_get_data (G_OBJECT (button), "revision");
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  GtkWidget *grid;

  if (self->shown == NULL || revision == NULL)
    return;

  /* Made each time it opens: the latest figures may have changed. */
  grid = _ow_negotiate_view_log_comparison (self, revision);
  if (popover == NULL)
    {
      popover = gtk_popover_new ();
      gtk_menu_button_set_popover (button, popover);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
}

static GtkWidget *
revision_row (OwNegotiateView *self,
              OwRevision      *revision,
              OwRevision      *before)
{
  OwRevisionKind kind = ow_revision_get_kind (revision);
  g_autofree char *date = ow_format_date (ow_revision_get_date (revision));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  const char *note = ow_revision_get_note (revision);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (kind_icon (kind));
  GtkWidget *compare = gtk_menu_button_new ();
  g_autofree char *changed = NULL;

  /* TRANSLATORS: a revision in the log: "Countered on Nov 25, 2026". */
  title = g_strdup_printf (_("%s on %s"), ow_enum_to_label (OW_TYPE_REVISION_KIND, kind), date);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  if (before != NULL)
    {
      g_autoptr(GPtrArray) changes = ow_revision_diff (ow_revision_get_offer (before), ow_revision_get_offer (revision));

      if (changes->len == 0)
        {
          GtkWidget *line = adw_action_row_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (line), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), _("The same figures as the revision before"));
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), line);
          changed = g_strdup (_("No change"));
        }
      else
        {
          g_autofree char *names = add_change_rows (self, ADW_EXPANDER_ROW (row), changes);

          /* TRANSLATORS: what a revision changed: "Changed: Base salary, Sign-on 3". */
          changed = g_strdup_printf (_("Changed: %s"), names);
        }
    }
  else
    {
      GtkWidget *line = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (line), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (line), _("The first figures in the log"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (line),
                                   _("Compare them with the latest to see how far the offer has come"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), line);
      changed = g_strdup (_("First entry"));
    }

  /* TRANSLATORS: under a revision: its note, then what changed. */
  subtitle = *note ? g_strdup_printf (_("%s · %s"), note, changed) : g_steal_pointer (&changed);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  gtk_widget_add_css_class (icon, "dim-label");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (compare), _("Compare"));
  gtk_widget_set_valign (compare, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (compare, _("Compare these figures with the latest"));
  /* TRANSLATORS: accessible name: "Compare the figures of Nov 25, 2026 with the latest". */
  accessible = g_strdup_printf (_("Compare the figures of %s with the latest"), date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (compare), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (compare), "revision", g_object_ref (revision), g_object_unref);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (compare), comparison_popup_cb, self, NULL);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), compare);

  g_object_set_data_full (G_OBJECT (row), "revision", g_object_ref (revision), g_object_unref);
  return row;
}

/* What changed since the last revision and is not in the log yet. */
static GtkWidget *
pending_row (OwNegotiateView *self,
             OwRevision      *last)
{
  g_autoptr(GPtrArray) changes = ow_revision_diff (ow_revision_get_offer (last), self->shown);
  g_autofree char *names = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row, *icon, *button;

  if (changes->len == 0)
    return NULL;

  row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Not Recorded Yet"));
  names = add_change_rows (self, ADW_EXPANDER_ROW (row), changes);
  /* TRANSLATORS: under "Not Recorded Yet": "Changed since the last revision: Base salary". */
  subtitle = g_strdup_printf (_("Changed since the last revision: %s"), names);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  icon = gtk_image_new_from_icon_name ("document-edit-symbolic");
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);

  button = gtk_button_new_with_mnemonic (_("Re_cord…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "negotiate.record-revision");
  gtk_widget_set_tooltip_text (button, _("Keep the figures as they are now in the log"));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
  return row;
}

static gboolean
same_revisions (OwNegotiateView *self,
                GListModel      *revisions)
{
  guint n = g_list_model_get_n_items (revisions);

  if (n != self->log_revisions->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwRevision) revision = g_list_model_get_item (revisions, i);

      if (revision != g_ptr_array_index (self->log_revisions, i))
        return FALSE;
    }
  return TRUE;
}

void
_ow_negotiate_view_log_clear (OwNegotiateView *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->log_list, 0)) != NULL)
    gtk_list_box_remove (self->log_list, GTK_WIDGET (row));
  self->pending_row = NULL;
  g_ptr_array_set_size (self->log_revisions, 0);
}

void
_ow_negotiate_view_log_update (OwNegotiateView *self)
{
  GListModel *revisions = ow_offer_get_revisions (self->shown);
  guint n = g_list_model_get_n_items (revisions);
  g_autoptr(OwRevision) last = n > 0 ? g_list_model_get_item (revisions, n - 1) : NULL;

  /* The revisions' rows are made again only when the log changes; the
   * pending changes follow every edit. */
  if (!same_revisions (self, revisions))
    {
      _ow_negotiate_view_log_clear (self);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(OwRevision) revision = g_list_model_get_item (revisions, i);
          g_autoptr(OwRevision) before = i > 0 ? g_list_model_get_item (revisions, i - 1) : NULL;

          gtk_list_box_append (self->log_list, revision_row (self, revision, before));
          g_ptr_array_add (self->log_revisions, g_object_ref (revision));
        }
    }

  if (self->pending_row != NULL)
    gtk_list_box_remove (self->log_list, self->pending_row);
  self->pending_row = last != NULL ? pending_row (self, last) : NULL;
  if (self->pending_row != NULL)
    gtk_list_box_append (self->log_list, self->pending_row);
}

/* Recording -------------------------------------------------------------------- */

gboolean
_ow_negotiate_view_log_record (OwNegotiateView *self,
                               int              kind,
                               OwDate           date,
                               const char      *note)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *day = NULL;

  if (self->shown == NULL || date == OW_DATE_NONE || kind < OW_REVISION_KIND_RECEIVED ||
      kind > OW_REVISION_KIND_REVISED)
    return FALSE;

  if (ow_history_record_revision (self->history, self->shown, (OwRevisionKind) kind, date, note, &error) == NULL)
    {
      _ow_negotiate_view_show_error (self, _("Could Not Record the Revision"), error);
      return FALSE;
    }

  day = ow_format_date (date);
  /* TRANSLATORS: a toast with Undo: "Recorded the figures as Countered on Nov 25, 2026". */
  title = g_strdup_printf (_("Recorded the figures as %s on %s"),
                           ow_enum_to_label (OW_TYPE_REVISION_KIND, kind), day);
  _ow_negotiate_view_add_undo_toast (self, title);
  return TRUE;
}

/* Compare with Latest ---------------------------------------------------------- */

static void
attach_label (GtkGrid    *grid,
              const char *text,
              int         column,
              int         row,
              gboolean    numeric,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

/**
 * _ow_negotiate_view_log_comparison:
 *
 * REVISION's figures against the latest, valued together in one document
 * under this document's settings (ow_revision_comparison_new()): the first
 * year, a year on average, the horizon and the horizon after tax, with the
 * change.  Each value cell's widget name is "MEASURE/COLUMN" ("first-year/
 * revision", "horizon/change") for tests.
 *
 * Returns: (transfer floating): a grid
 */
GtkWidget *
_ow_negotiate_view_log_comparison (OwNegotiateView *self,
                                   OwRevision      *revision)
{
  g_autoptr(OwDocument) comparison = ow_revision_comparison_new (self->document, self->shown, revision);
  g_autoptr(OwValuation) valuation = ow_valuation_new (comparison);
  const char *display = _ow_negotiate_view_display_currency (self);
  guint horizon = valuation->horizon_years;
  g_autofree char *date = ow_format_date (ow_revision_get_date (revision));
  g_autofree char *over = NULL;
  g_autofree char *after_tax = NULL;
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  const OwOfferValue *then = &valuation->offers[0];
  const OwOfferValue *now = &valuation->offers[1];
  struct
  {
    const char *id;
    const char *title;
    const OwExact *then, *now;
  } rows[] = {
    { "first-year", _("First year"), &then->first_year_total, &now->first_year_total },
    { "annualized", _("A year on average"), &then->annualized_total, &now->annualized_total },
    { "horizon", NULL, &then->horizon_total, &now->horizon_total },
    { "after-tax", NULL, &then->after_tax_horizon_total, &now->after_tax_horizon_total },
  };
  const char *columns[] = { "revision", "latest", "change" };

  /* TRANSLATORS: a row of the comparison: "Over 4 years". */
  over = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Over %u year", "Over %u years", horizon), horizon);
  /* TRANSLATORS: a row of the comparison: "After tax, over 4 years". */
  after_tax = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "After tax, over %u year", "After tax, over %u years",
                                            horizon),
                               horizon);
  rows[2].title = over;
  rows[3].title = after_tax;

  gtk_grid_set_column_spacing (grid, 18);
  gtk_grid_set_row_spacing (grid, 8);
  gtk_widget_set_margin_top (GTK_WIDGET (grid), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (grid), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (grid), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (grid), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("These figures against the latest"), -1);

  {
    /* TRANSLATORS: the heading of a column: "Countered, Nov 25, 2026". */
    g_autofree char *heading = g_strdup_printf (_("%s, %s"),
                                                ow_enum_to_label (OW_TYPE_REVISION_KIND, ow_revision_get_kind (revision)),
                                                date);

    attach_label (grid, heading, 1, 0, TRUE, "heading");
    attach_label (grid, _("Latest"), 2, 0, TRUE, "heading");
    attach_label (grid, _("Change"), 3, 0, TRUE, "heading");
  }

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *texts[3] = { NULL, };
      OwExact diff;

      if (then->overflow || now->overflow)
        {
          for (guint c = 0; c < 3; c++)
            texts[c] = g_strdup ("—");
        }
      else
        {
          ow_exact_sub (&diff, rows[i].now, rows[i].then);
          texts[0] = ow_format_money (rows[i].then, display);
          texts[1] = ow_format_money (rows[i].now, display);
          texts[2] = ow_format_money_signed (&diff, display);
        }

      attach_label (grid, rows[i].title, 0, (int) i + 1, FALSE, NULL);
      for (guint c = 0; c < 3; c++)
        {
          g_autofree char *name = g_strdup_printf ("%s/%s", rows[i].id, columns[c]);

          attach_label (grid, texts[c], (int) c + 1, (int) i + 1, TRUE, c == 0 ? "dim-label" : NULL);
          gtk_widget_set_name (gtk_grid_get_child_at (grid, (int) c + 1, (int) i + 1), name);
        }
    }

  return GTK_WIDGET (grid);
}
