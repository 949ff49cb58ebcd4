/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Vesting schedule presets and the custom schedule. */
#define G_LOG_DOMAIN "ow-schedule-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ow-edit.h"
#include "ow-enum-row.h"
#include "ow-format.h"
#include "ow-number-row.h"
#include "ow-schedule-row.h"
#include "ow-text-row.h"

#define MAX_PERCENTS 10

typedef struct
{
  const char *label;
  gint64      months;
  gint64      cliff;
  gint64      every;
  guint       n_percents;
  gint64      percents[4];
} Preset;

/* The schedules offer letters use most. */
static const Preset presets[] = {
  { N_("4 years, monthly, 1-year cliff"), 48, 12, 1, 0, { 0 } },
  { N_("4 years, quarterly, 1-year cliff"), 48, 12, 3, 0, { 0 } },
  /* Year 1's two half-year points vest together at the cliff. */
  { N_("5/15/40/40, every 6 months"), 48, 12, 6, 4, { 500, 1500, 4000, 4000 } },
  { N_("33/33/22/12, monthly"), 48, 0, 1, 4, { 3300, 3300, 2200, 1200 } },
  { N_("3 years, annually"), 36, 12, 12, 0, { 0 } },
};

struct _OwScheduleRow
{
  AdwComboRow    parent_instance;

  OwHistory     *history;
  OwVesting     *vesting;       /* NULL: refreshers vesting like the first grant */
  gulong         changed_id;
  OwOffer       *offer;         /* refresher mode */
  gulong         offer_id;
  gboolean       refreshers;
  gboolean       force_custom;  /* "Custom" chosen while a preset still matches */
  gboolean       syncing;
  char          *error;

  GtkStringList *labels;
  GPtrArray     *custom_rows;
  OwNumberRow   *months_row;
  OwNumberRow   *cliff_row;
  OwNumberRow   *every_row;
  OwTextRow     *percents_row;
  OwEnumRow     *rounding_row;
};

G_DEFINE_FINAL_TYPE (OwScheduleRow, ow_schedule_row, ADW_TYPE_COMBO_ROW)

static guint
first_preset (OwScheduleRow *self)
{
  return self->refreshers ? 1 : 0;
}

static guint
custom_position (OwScheduleRow *self)
{
  return first_preset (self) + G_N_ELEMENTS (presets);
}

/* The preset VESTING follows, or -1. */
static int
match_preset (OwVesting *vesting)
{
  const gint64 *percents;
  guint n;

  percents = ow_vesting_get_year_percents (vesting, &n);
  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      const Preset *p = &presets[i];

      if (ow_vesting_get_months (vesting) != p->months ||
          ow_vesting_get_cliff_months (vesting) != p->cliff ||
          ow_vesting_get_every_months (vesting) != p->every ||
          n != p->n_percents)
        continue;
      if (n > 0 && memcmp (percents, p->percents, n * sizeof (gint64)) != 0)
        continue;
      return (int) i;
    }
  return -1;
}

static char *
describe_cadence (int every)
{
  switch (every)
    {
    case 1:
      return g_strdup (_("monthly"));
    case 3:
      return g_strdup (_("quarterly"));
    case 12:
      return g_strdup (_("annually"));
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "every %d month", "every %d months", every), every);
    }
}

static char *
format_percents (OwVesting  *vesting,
                 const char *separator)
{
  const gint64 *percents;
  guint n;
  GString *s = g_string_new (NULL);

  percents = ow_vesting_get_year_percents (vesting, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *p = ow_format_amount (percents[i], 2, 0);

      if (i > 0)
        g_string_append (s, separator);
      g_string_append (s, p);
    }
  return g_string_free (s, FALSE);
}

/**
 * ow_schedule_row_describe:
 *
 * Returns: the schedule in words: a preset's name ("5/15/40/40, every 6
 *   months") or "3 years, quarterly, 1-year cliff"
 */
char *
ow_schedule_row_describe (OwVesting *vesting)
{
  g_autofree char *length = NULL;
  g_autofree char *cadence = NULL;
  g_autofree char *cliff = NULL;
  int preset, months, cliff_months;
  guint n;

  g_return_val_if_fail (OW_IS_VESTING (vesting), NULL);

  preset = match_preset (vesting);
  if (preset >= 0)
    return g_strdup (_(presets[preset].label));

  months = ow_vesting_get_months (vesting);
  ow_vesting_get_year_percents (vesting, &n);
  if (n > 0)
    length = format_percents (vesting, "/");
  else if (months % 12 == 0)
    length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", months / 12), months / 12);
  else
    length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", months), months);

  cadence = describe_cadence (ow_vesting_get_every_months (vesting));
  cliff_months = ow_vesting_get_cliff_months (vesting);
  if (cliff_months == 0)
    cliff = g_strdup (_("no cliff"));
  else if (cliff_months % 12 == 0)
    cliff = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d-year cliff", "%d-year cliff", cliff_months / 12),
                             cliff_months / 12);
  else
    cliff = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d-month cliff", "%d-month cliff", cliff_months),
                             cliff_months);

  /* TRANSLATORS: a vesting schedule: length or yearly percents, cadence,
   * cliff ("3 years, quarterly, 1-year cliff"). */
  return g_strdup_printf (_("%s, %s, %s"), length, cadence, cliff);
}

static void
set_error (OwScheduleRow *self,
           const char    *message)
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

static void
sync_selection (OwScheduleRow *self)
{
  gboolean was_syncing = self->syncing;
  guint position;
  gboolean custom;

  if (self->custom_rows == NULL)
    return;

  if (self->vesting == NULL)
    position = self->refreshers ? 0 : GTK_INVALID_LIST_POSITION;
  else
    {
      int preset = match_preset (self->vesting);

      if (self->force_custom || preset < 0)
        position = custom_position (self);
      else
        position = first_preset (self) + (guint) preset;
    }

  self->syncing = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), position);
  self->syncing = was_syncing;

  /* The custom rows show with the row itself (a group may hide it). */
  custom = self->vesting != NULL && position == custom_position (self) &&
           gtk_widget_get_visible (GTK_WIDGET (self));
  for (guint i = 0; i < self->custom_rows->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->custom_rows, i), custom);
}

static void
visible_cb (OwScheduleRow *self)
{
  sync_selection (self);
}

static void
vesting_changed_cb (OwScheduleRow *self)
{
  if (!self->syncing)
    sync_selection (self);
}

/* Percents ---------------------------------------------------------------- */

static char *
read_percents (gpointer user_data)
{
  OwScheduleRow *self = user_data;

  return self->vesting ? format_percents (self->vesting, " / ") : g_strdup ("");
}

static gboolean
commit_percents (gpointer     user_data,
                 const char  *text,
                 GError     **error)
{
  OwScheduleRow *self = user_data;
  g_auto(GStrv) parts = NULL;
  gint64 values[MAX_PERCENTS];
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  GValue value = G_VALUE_INIT;
  guint n = 0;
  gboolean ok;

  if (self->vesting == NULL)
    return TRUE;

  if (*trimmed != '\0')
    {
      parts = g_strsplit (trimmed, "/", -1);
      n = g_strv_length (parts);
      if (n > MAX_PERCENTS)
        {
          g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                       _("At most %d years"), MAX_PERCENTS);
          return FALSE;
        }
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *message = NULL;

          if (!ow_parse_number (parts[i], OW_PARSE_PERCENT, NULL, &values[i], &message))
            {
              /* TRANSLATORS: what is wrong with one year's percent. */
              g_set_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_INVALID,
                           _("Year %u: %s"), i + 1, message);
              return FALSE;
            }
        }
    }

  g_value_init (&value, G_TYPE_VARIANT);
  g_value_set_variant (&value, g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, values, n, sizeof (gint64)));
  ok = ow_history_set_value (self->history, self->vesting, "year-percents", &value, error);
  g_value_unset (&value);
  return ok;
}

/* Choosing ------------------------------------------------------------------ */

static void
set_preset_values (OwVesting    *vesting,
                   const Preset *p)
{
  g_object_set (vesting,
                "months", p->months,
                "cliff-months", p->cliff,
                "every-months", p->every,
                NULL);
  ow_vesting_set_year_percents (vesting, p->percents, p->n_percents);
}

static gboolean
apply_preset (OwScheduleRow  *self,
              const Preset   *p,
              GError        **error)
{
  GValue percents = G_VALUE_INIT;

  if (self->vesting == NULL)
    {
      /* The refreshers get a schedule of their own, made here and handed
       * to the history whole. */
      g_autoptr(OwVesting) vesting = ow_vesting_new ();

      set_preset_values (vesting, p);
      return ow_history_set (self->history, self->offer, error, "refresher-vesting", vesting, NULL);
    }

  ow_history_begin (self->history, _("Apply Vesting Schedule"));
  ow_history_set (self->history, self->vesting, NULL,
                  "months", p->months,
                  "cliff-months", p->cliff,
                  "every-months", p->every,
                  NULL);
  g_value_init (&percents, G_TYPE_VARIANT);
  g_value_set_variant (&percents, g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, p->percents,
                                                             p->n_percents, sizeof (gint64)));
  ow_history_set_value (self->history, self->vesting, "year-percents", &percents, NULL);
  g_value_unset (&percents);
  return ow_history_end (self->history, error);
}

static gboolean
start_custom (OwScheduleRow  *self,
              GError        **error)
{
  g_autoptr(OwNode) vesting = NULL;
  GListModel *grants;

  if (self->vesting != NULL || self->offer == NULL)
    return TRUE;

  /* Custom refreshers start from the schedule they followed so far. */
  grants = ow_offer_get_grants (self->offer);
  if (g_list_model_get_n_items (grants) > 0)
    {
      g_autoptr(OwGrant) first = g_list_model_get_item (grants, 0);
      vesting = ow_node_dup (OW_NODE (ow_grant_get_vesting (first)));
    }
  else
    vesting = OW_NODE (ow_vesting_new ());
  return ow_history_set (self->history, self->offer, error, "refresher-vesting", vesting, NULL);
}

static void
selected_cb (OwScheduleRow *self)
{
  g_autoptr(GError) error = NULL;
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  gboolean ok = TRUE;

  if (self->syncing || self->history == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  if (self->vesting == NULL && self->offer == NULL)
    return;

  self->syncing = TRUE;
  if (self->refreshers && position == 0)
    {
      self->force_custom = FALSE;
      ok = ow_history_set (self->history, self->offer, &error, "refresher-vesting", NULL, NULL);
    }
  else if (position == custom_position (self))
    {
      self->force_custom = TRUE;
      ok = start_custom (self, &error);
    }
  else
    {
      self->force_custom = FALSE;
      ok = apply_preset (self, &presets[position - first_preset (self)], &error);
    }
  self->syncing = FALSE;

  if (!ok)
    {
      g_autofree char *described = ow_edit_describe_error (ow_history_get_document (self->history), error);
      set_error (self, described);
    }
  else
    set_error (self, NULL);
  sync_selection (self);
}

/* Binding ------------------------------------------------------------------- */

static void
bind_vesting (OwScheduleRow *self,
              OwVesting     *vesting)
{
  if (self->vesting != NULL && self->changed_id != 0)
    g_signal_handler_disconnect (self->vesting, self->changed_id);
  self->changed_id = 0;
  g_set_object (&self->vesting, vesting);
  if (vesting != NULL)
    self->changed_id = g_signal_connect_swapped (vesting, "changed", G_CALLBACK (vesting_changed_cb), self);

  ow_number_row_bind (self->months_row, self->history, vesting, "months", OW_PARSE_INTEGER, NULL);
  ow_number_row_bind (self->cliff_row, self->history, vesting, "cliff-months", OW_PARSE_INTEGER, NULL);
  ow_number_row_bind (self->every_row, self->history, vesting, "every-months", OW_PARSE_INTEGER, NULL);
  ow_text_row_bind_func (self->percents_row, self->history, vesting, read_percents, commit_percents, self);
  ow_enum_row_bind (self->rounding_row, self->history, vesting, "rounding");
  if (vesting != NULL)
    ow_number_row_set_optional (self->cliff_row, TRUE,
                                C_("cliff", "A year"));
  sync_selection (self);
}

static void
refresher_vesting_cb (OwScheduleRow *self)
{
  OwVesting *vesting = self->offer ? ow_offer_get_refresher_vesting (self->offer) : NULL;

  if (vesting == NULL)
    self->force_custom = FALSE;
  bind_vesting (self, vesting);
}

static void
fill (OwScheduleRow *self)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();

  if (self->refreshers)
    g_ptr_array_add (strings, (gpointer) _("Like the first grant"));
  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    g_ptr_array_add (strings, (gpointer) _(presets[i].label));
  g_ptr_array_add (strings, (gpointer) C_("schedule", "Custom"));
  g_ptr_array_add (strings, NULL);

  self->syncing = TRUE;
  gtk_string_list_splice (self->labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->labels)),
                          (const char * const *) strings->pdata);
  self->syncing = FALSE;
}

static void
unbind_offer (OwScheduleRow *self)
{
  if (self->offer != NULL && self->offer_id != 0)
    g_signal_handler_disconnect (self->offer, self->offer_id);
  self->offer_id = 0;
  g_clear_object (&self->offer);
}

static void
ow_schedule_row_dispose (GObject *object)
{
  OwScheduleRow *self = OW_SCHEDULE_ROW (object);

  if (self->vesting != NULL && self->changed_id != 0)
    g_signal_handler_disconnect (self->vesting, self->changed_id);
  self->changed_id = 0;
  g_clear_object (&self->vesting);
  unbind_offer (self);
  g_clear_object (&self->history);
  g_clear_pointer (&self->custom_rows, g_ptr_array_unref);
  g_clear_object (&self->labels);

  G_OBJECT_CLASS (ow_schedule_row_parent_class)->dispose (object);
}

static void
ow_schedule_row_finalize (GObject *object)
{
  OwScheduleRow *self = OW_SCHEDULE_ROW (object);

  g_free (self->error);

  G_OBJECT_CLASS (ow_schedule_row_parent_class)->finalize (object);
}

static void
ow_schedule_row_class_init (OwScheduleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_schedule_row_dispose;
  object_class->finalize = ow_schedule_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-schedule-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OwScheduleRow, labels);
  gtk_widget_class_bind_template_callback (widget_class, selected_cb);
}

static GtkWidget *
custom_row (OwScheduleRow *self,
            GType          type,
            const char    *title)
{
  GtkWidget *row = g_object_new (type, "title", title, "visible", FALSE, NULL);

  g_ptr_array_add (self->custom_rows, g_object_ref_sink (row));
  return row;
}

static void
ow_schedule_row_init (OwScheduleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_ref (self->labels);
  ow_edit_setup_combo (GTK_WIDGET (self));
  g_signal_connect (self, "notify::visible", G_CALLBACK (visible_cb), NULL);

  self->custom_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->months_row = OW_NUMBER_ROW (custom_row (self, OW_TYPE_NUMBER_ROW, _("Length in months")));
  self->cliff_row = OW_NUMBER_ROW (custom_row (self, OW_TYPE_NUMBER_ROW, _("Cliff in months")));
  self->every_row = OW_NUMBER_ROW (custom_row (self, OW_TYPE_NUMBER_ROW, _("Months between vests")));
  self->percents_row = OW_TEXT_ROW (custom_row (self, OW_TYPE_TEXT_ROW, _("Percent vesting each year")));
  self->rounding_row = OW_ENUM_ROW (custom_row (self, OW_TYPE_ENUM_ROW, _("Rounding")));

  ow_number_row_set_hint (self->cliff_row, _("0 for none; empty for a year"));
  ow_number_row_set_hint (self->every_row, _("1, 3, 6 or 12"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->percents_row),
                               _("One percent for each year, like 5 / 15 / 40 / 40; empty to vest evenly"));
  ow_enum_row_set_label (self->rounding_row, OW_ROUNDING_DEFAULT, C_("rounding", "Automatic"));

  fill (self);
}

GtkWidget *
ow_schedule_row_new (void)
{
  return g_object_new (OW_TYPE_SCHEDULE_ROW, NULL);
}

/**
 * ow_schedule_row_bind:
 * @vesting: (nullable): a grant's schedule
 */
void
ow_schedule_row_bind (OwScheduleRow *self,
                      OwHistory     *history,
                      OwVesting     *vesting)
{
  g_return_if_fail (OW_IS_SCHEDULE_ROW (self));
  g_return_if_fail (vesting == NULL || OW_IS_VESTING (vesting));

  unbind_offer (self);
  g_set_object (&self->history, history);
  if (self->refreshers)
    {
      self->refreshers = FALSE;
      fill (self);
    }
  if (vesting != self->vesting)
    self->force_custom = FALSE;
  set_error (self, NULL);
  bind_vesting (self, vesting);
}

/**
 * ow_schedule_row_bind_refreshers:
 * @offer: (nullable): the offer whose expected refreshers are shown
 */
void
ow_schedule_row_bind_refreshers (OwScheduleRow *self,
                                 OwHistory     *history,
                                 OwOffer       *offer)
{
  g_return_if_fail (OW_IS_SCHEDULE_ROW (self));
  g_return_if_fail (offer == NULL || OW_IS_OFFER (offer));

  unbind_offer (self);
  g_set_object (&self->history, history);
  if (!self->refreshers)
    {
      self->refreshers = TRUE;
      fill (self);
    }
  self->force_custom = FALSE;
  set_error (self, NULL);
  if (offer != NULL)
    {
      self->offer = g_object_ref (offer);
      self->offer_id = g_signal_connect_swapped (offer, "notify::refresher-vesting",
                                                 G_CALLBACK (refresher_vesting_cb), self);
    }
  refresher_vesting_cb (self);
}

/**
 * ow_schedule_row_add_custom_rows:
 * @container: an #AdwExpanderRow or #AdwPreferencesGroup holding the row
 *
 * Adds the rows of a custom schedule to CONTAINER; they show while
 * "Custom" is chosen.
 */
void
ow_schedule_row_add_custom_rows (OwScheduleRow *self,
                                 GtkWidget     *container)
{
  g_return_if_fail (OW_IS_SCHEDULE_ROW (self));

  for (guint i = 0; i < self->custom_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->custom_rows, i);

      if (ADW_IS_EXPANDER_ROW (container))
        adw_expander_row_add_row (ADW_EXPANDER_ROW (container), row);
      else if (ADW_IS_PREFERENCES_GROUP (container))
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (container), row);
      else
        g_return_if_reached ();
    }
}

/* Whether the rows of a custom schedule show. */
gboolean
ow_schedule_row_get_custom (OwScheduleRow *self)
{
  g_return_val_if_fail (OW_IS_SCHEDULE_ROW (self), FALSE);
  return self->vesting != NULL && adw_combo_row_get_selected (ADW_COMBO_ROW (self)) == custom_position (self);
}
