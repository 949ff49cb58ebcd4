/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison: one column per offer, one row per figure, the best of
 * each row marked.
 *
 * Every edit revalues the document (OwSession), and this view follows at
 * once, in the same signal emission.  It does so without making widgets:
 * the table's cells are made when the shape of the comparison changes (the
 * offers, the horizon, the period shown, the current job, the settings
 * that name rows) and otherwise only the texts of the cells whose figure
 * or mark changed are set, so an edit costs a few label updates however
 * many offers there are.  Which rows there are and what their cells say is
 * in ow-compare-view-rows.c; the grid itself is OwCompareTable.
 *
 * The toolbar's Table / Charts switch shows the charts instead: what each
 * offer pays year by year (OwYearlyChart) and, when an offer has exit
 * scenarios, what its equity might pay at an exit (OwOutcomesChart).  They
 * are made the first time they are shown, so a window that never shows
 * them pays nothing for them at start-up; they follow the session by
 * themselves.  The period switch is the table's: the yearly chart always
 * shows years, so the switch is hidden while the charts are. */
#define G_LOG_DOMAIN "ow-compare-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ow-chart-export.h"
#include "ow-compare-view-private.h"
#include "ow-format.h"

static const char * const period_names[N_PERIODS] = {
  "years", "first-year", "annualized", "horizon",
};

G_DEFINE_FINAL_TYPE (OwCompareView, ow_compare_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PERIOD,
  PROP_LETTER_ONLY,
  PROP_VIEW,
  N_PROPS
};

enum {
  OFFER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Headers ------------------------------------------------------------------ */

static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

static void
update_headers (OwCompareView *self)
{
  for (guint c = 0; c < self->n_columns; c++)
    {
      Column *column = &self->columns[c];
      const char *company = ow_offer_get_company (column->offer);
      const char *title = ow_offer_get_title (column->offer);
      gboolean baseline = column->offer == self->baseline;
      const char *name;
      g_autofree char *accessible = NULL;

      company = company != NULL ? company : "";
      title = title != NULL ? title : "";
      name = *company ? company : *title ? title : _("Unnamed offer");

      ow_offer_chip_set_slot (column->chip, ow_session_get_offer_slot (self->session, column->offer));
      set_label_text (column->company, *company ? company : _("Unnamed offer"));
      set_label_text (column->title, title);
      gtk_widget_set_visible (GTK_WIDGET (column->title), *title != '\0');
      gtk_widget_set_visible (column->tag, baseline);

      if (g_strcmp0 (column->name, name) != 0)
        {
          /* A new name: every cell of the column says it to screen readers. */
          g_free (column->name);
          column->name = g_strdup (name);
          for (guint r = 0; r < self->rows->len; r++)
            self->cells[r * self->n_columns + c].stale = TRUE;
        }
      else if (g_strcmp0 (column->title_text, title) == 0)
        continue;
      g_free (column->title_text);
      column->title_text = g_strdup (title);

      if (*title != '\0' && name != title)
        accessible = g_strdup_printf ("%s, %s", name, title);
      else
        accessible = g_strdup (name);
      if (baseline)
        {
          /* TRANSLATORS: an offer's column heading, for screen readers:
           * "Harborview Analytics, Senior Data Scientist, the current job" */
          char *with = g_strdup_printf (_("%s, the current job"), accessible);
          g_free (accessible);
          accessible = with;
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (column->button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Opens the offer"),
                                      -1);
      {
        g_autofree char *tooltip = *title ? g_strdup_printf ("%s\n%s", name, title) : g_strdup (name);
        /* Only when it changes: setting a tooltip costs a round trip to
         * the display server, and this runs after every edit. */
        if (g_strcmp0 (gtk_widget_get_tooltip_text (column->button), tooltip) != 0)
          gtk_widget_set_tooltip_text (column->button, tooltip);
      }

      if (baseline && self->baseline_heading != NULL)
        {
          /* TRANSLATORS: a heading of the comparison; %s is the current
           * job's company */
          g_autofree char *heading = g_strdup_printf (_("Compared with %s, the current job"), name);

          set_label_text (self->baseline_heading, heading);
          gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self->baseline_heading))),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
        }
    }
}

static void
update_period_label (OwCompareView *self)
{
  g_autofree char *text = NULL;

  if (self->n_columns > 0)
    /* TRANSLATORS: beside the period switch: "Figures in USD · 4-year horizon" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Figures in %s · %u-year horizon",
                                         "Figures in %s · %u-year horizon", self->horizon),
                            self->currency, self->horizon);
  gtk_label_set_label (self->period_label, text != NULL ? text : "");
}

static void
update (OwCompareView *self)
{
  if (self->session == NULL || self->n_columns == 0)
    return;
  update_headers (self);
  _ow_compare_view_update_figures (self);
}

/* Structure ---------------------------------------------------------------- */

static void
header_clicked_cb (GtkButton     *button,
                   OwCompareView *self)
{
  OwOffer *offer = g_object_get_data (G_OBJECT (button), "ow-offer");

  if (offer != NULL)
    g_signal_emit (self, signals[OFFER_ACTIVATED], 0, offer);
}

static GtkWidget *
make_header (OwCompareView *self,
             Column        *column)
{
  GtkWidget *button, *box, *line, *label;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_valign (box, GTK_ALIGN_START);

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  column->chip = OW_OFFER_CHIP (ow_offer_chip_new ());
  gtk_widget_set_valign (GTK_WIDGET (column->chip), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (column->chip), 4);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (column->chip));
  /* Names wrap to a second line before they are shortened: with many
   * offers the columns are narrow. */
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* Its natural width is the name on one line.  (Otherwise the box around
   * it, which asks for its width at the height it gets, sets GTK searching
   * for the narrowest width at which the name still fits that height, at a
   * layout of the text for each step.) */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_hexpand (label, TRUE);
  column->company = GTK_LABEL (label);
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (GTK_BOX (box), line);

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  column->title = GTK_LABEL (label);
  gtk_box_append (GTK_BOX (box), label);

  column->tag = gtk_label_new (_("Baseline"));
  gtk_widget_set_halign (column->tag, GTK_ALIGN_START);
  gtk_widget_set_margin_top (column->tag, 4);
  gtk_widget_add_css_class (column->tag, "caption");
  gtk_widget_add_css_class (column->tag, "ow-tag");
  gtk_widget_set_tooltip_text (column->tag, _("The current job: other offers are compared to it"));
  gtk_box_append (GTK_BOX (box), column->tag);

  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "cell");
  gtk_widget_add_css_class (button, "column-header");
  g_object_set_data (G_OBJECT (button), "ow-offer", column->offer);
  g_signal_connect (button, "clicked", G_CALLBACK (header_clicked_cb), self);
  column->button = button;
  return button;
}

static GtkWidget *
make_row_label (const Row *row)
{
  GtkWidget *box, *title, *caption;

  box = g_object_new (GTK_TYPE_BOX,
                      "orientation", GTK_ORIENTATION_VERTICAL,
                      "accessible-role", GTK_ACCESSIBLE_ROLE_ROW_HEADER,
                      "css-classes", (const char *[]) { "cell", "row-label", NULL },
                      NULL);
  switch (row->kind)
    {
    case ROW_HEADING:
      gtk_widget_add_css_class (box, "heading-row");
      break;
    case ROW_SUBHEADING:
      gtk_widget_add_css_class (box, "subheading-row");
      break;
    case ROW_COMPONENT:
      if (row->component == OW_COMPONENT_TOTAL)
        gtk_widget_add_css_class (box, "total");
      break;
    case ROW_FIRST_YEAR:
    case ROW_ANNUALIZED:
    case ROW_HORIZON:
    case ROW_AFTER_TAX:
    case ROW_COL_ADJUSTED:
    case ROW_PRESENT_VALUE:
    case ROW_EQUITY_SHARE:
    case ROW_EXIT_PAYOUT:
    case ROW_DIFF_TOTAL:
    case ROW_DIFF_COL_ADJUSTED:
    case ROW_DIFF_PRESENT_VALUE:
    default:
      break;
    }
  if (row->indent)
    gtk_widget_add_css_class (box, "indent");

  /* Title and caption are centred together in the row's height.  They
   * are single lines: a label that may wrap costs GTK several layouts of
   * its text where a single line costs one, which for a column of them was
   * an eighth of the time to the first frame.  OwCompareTable makes one
   * that does not fit (a long translation, a heading in a narrow window)
   * wrap. */
  title = gtk_label_new (row->title);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_vexpand (title, TRUE);
  gtk_widget_set_valign (title, row->caption != NULL ? GTK_ALIGN_END : GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (title, "title");
  if (row->kind == ROW_HEADING)
    gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  if (row->caption != NULL)
    {
      caption = gtk_label_new (row->caption);
      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_widget_set_vexpand (caption, TRUE);
      gtk_widget_set_valign (caption, GTK_ALIGN_START);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), caption);
    }

  if (row->caption != NULL)
    {
      g_autofree char *accessible = g_strdup_printf ("%s, %s", row->name, row->caption);
      gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, row->name, -1);

  if (row->kind == ROW_HEADING && g_str_equal (row->id, "heading/vs-current"))
    g_object_set_data (G_OBJECT (box), "ow-title", title);
  return box;
}

static GtkWidget *
make_value_cell (const Row *row,
                 Cell      *cell)
{
  GtkWidget *label;

  cell->box = g_object_new (GTK_TYPE_BOX,
                            "accessible-role", GTK_ACCESSIBLE_ROLE_GRID_CELL,
                            "css-classes", (const char *[]) { "cell", "value", NULL },
                            NULL);
  if (row->kind == ROW_COMPONENT && row->component == OW_COMPONENT_TOTAL)
    gtk_widget_add_css_class (cell->box, "total");

  /* Right-aligned at its natural width, so that the best marker, drawn
   * just before the figure (style.css), stays beside it. */
  label = gtk_label_new (NULL);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_halign (label, GTK_ALIGN_END);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (cell->box), label);

  cell->label = GTK_LABEL (label);
  cell->stale = TRUE;
  return cell->box;
}

static void
clear_structure (OwCompareView *self)
{
  for (guint c = 0; c < self->n_columns; c++)
    {
      g_clear_object (&self->columns[c].offer);
      g_clear_pointer (&self->columns[c].name, g_free);
      g_clear_pointer (&self->columns[c].title_text, g_free);
    }
  g_clear_pointer (&self->columns, g_free);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->states, g_free);
  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->best, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_object (&self->baseline);
  g_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->row_index);
  self->baseline_heading = NULL;
  self->n_columns = 0;
}

static gboolean
any_exits (OwValuation *valuation)
{
  for (guint i = 0; i < valuation->n_offers; i++)
    if (valuation->offers[i].has_exit_scenarios)
      return TRUE;
  return FALSE;
}

/* Whether the table must be made again for the document as it is now. */
static gboolean
structure_changed (OwCompareView *self)
{
  OwDocument *document;
  OwValuation *valuation;
  guint n;

  if (self->session == NULL)
    return self->n_columns > 0;

  document = ow_session_get_document (self->session);
  valuation = ow_session_get_valuation (self->session);
  n = ow_document_get_n_offers (document);
  if (n != self->n_columns)
    return TRUE;
  for (guint i = 0; i < n; i++)
    if (ow_document_get_offer (document, i) != self->columns[i].offer)
      return TRUE;

  return n > 0 &&
         (ow_document_get_current_job (document) != self->baseline ||
          valuation->horizon_years != self->horizon ||
          valuation->include_refreshers != self->include_refreshers ||
          ow_document_get_discount_rate (document) != self->discount ||
          g_strcmp0 (ow_document_get_display_currency (document), self->currency) != 0 ||
          any_exits (valuation) != self->has_exits);
}

static void
rebuild (OwCompareView *self)
{
  OwDocument *document;
  OwValuation *valuation;
  OwOffer *current;
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self->table)) != NULL;
  GtkWidget *corner;
  guint n_rows;

  clear_structure (self);

  if (self->session == NULL ||
      ow_document_get_n_offers (ow_session_get_document (self->session)) == 0)
    {
      ow_compare_table_reset (self->table, 0, 0);
      update_period_label (self);
      return;
    }

  document = ow_session_get_document (self->session);
  valuation = ow_session_get_valuation (self->session);
  current = ow_document_get_current_job (document);

  self->n_columns = ow_document_get_n_offers (document);
  self->baseline = current != NULL ? g_object_ref (current) : NULL;
  self->horizon = valuation->horizon_years;
  self->include_refreshers = valuation->include_refreshers;
  self->has_exits = any_exits (valuation);
  self->discount = ow_document_get_discount_rate (document);
  self->currency = g_strdup (ow_document_get_display_currency (document));
  self->digits = ow_format_currency_digits (self->currency);

  self->columns = g_new0 (Column, self->n_columns);
  self->states = g_new0 (ValueState, self->n_columns);
  self->values = g_new0 (gint64, self->n_columns);
  self->best = g_new0 (gboolean, self->n_columns);
  for (guint c = 0; c < self->n_columns; c++)
    self->columns[c].offer = g_object_ref (ow_document_get_offer (document, c));

  _ow_compare_view_add_rows (self);
  self->cells = g_new0 (Cell, (gsize) self->rows->len * self->n_columns);
  n_rows = self->rows->len + 1;
  ow_compare_table_reset (self->table, self->n_columns + 1, n_rows);

  /* Row 0: the offers. */
  corner = g_object_new (GTK_TYPE_BOX,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_ROW_HEADER,
                         "css-classes", (const char *[]) { "cell", "corner", NULL },
                         NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (corner), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Offers"), -1);
  ow_compare_table_attach (self->table, corner, 0, 0);
  for (guint c = 0; c < self->n_columns; c++)
    ow_compare_table_attach (self->table, make_header (self, &self->columns[c]), c + 1, 0);

  /* Then a row for each figure. */
  for (guint r = 0; r < self->rows->len; r++)
    {
      const Row *row = &g_array_index (self->rows, Row, r);
      GtkWidget *label = make_row_label (row);

      if (_ow_compare_view_row_is_heading (row))
        {
          ow_compare_table_attach_heading (self->table, label, r + 1);
          if (g_object_get_data (G_OBJECT (label), "ow-title") != NULL)
            self->baseline_heading = g_object_get_data (G_OBJECT (label), "ow-title");
          continue;
        }

      ow_compare_table_attach (self->table, label, 0, r + 1);
      for (guint c = 0; c < self->n_columns; c++)
        ow_compare_table_attach (self->table,
                                 make_value_cell (row, &self->cells[r * self->n_columns + c]),
                                 c + 1, r + 1);
    }

  update_period_label (self);
  ow_compare_view_set_selected_offer (self, self->selected);
  update (self);

  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->table));
}

/* Offer letter only ---------------------------------------------------------- */

static gboolean
get_letter_only (OwCompareView *self)
{
  return self->session != NULL &&
         !ow_document_get_include_refreshers (ow_session_get_document (self->session));
}

/* The switch is a setting of the document: it goes through the history,
 * so it is saved with the document and can be undone. */
static void
set_letter_only (OwCompareView *self,
                 gboolean       letter_only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) end_error = NULL;
  OwHistory *history;
  gboolean ok;

  if (self->session == NULL || get_letter_only (self) == letter_only)
    return;

  history = ow_session_get_history (self->session);
  /* TRANSLATORS: undo labels ("Undo Show Offer Letter Only") */
  ow_history_begin (history, letter_only ? _("Show Offer Letter Only") : _("Include Expected Refreshers"));
  ok = ow_history_set (history, ow_session_get_document (self->session), &error,
                       "include-expected-refreshers", !letter_only, NULL);
  if (!ow_history_end (history, &end_error) || !ok)
    g_warning ("Could not change include-expected-refreshers: %s",
               error != NULL ? error->message : end_error != NULL ? end_error->message : "?");
}

static void
sync_letter_only (OwCompareView *self)
{
  gboolean letter_only = get_letter_only (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.letter-only", self->session != NULL);
  if (letter_only != self->letter_only)
    {
      self->letter_only = letter_only;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LETTER_ONLY]);
    }
}

/* Charts -------------------------------------------------------------------- */

/* The outcomes chart is there only when an offer has exit scenarios. */
static void
update_chart_page (OwCompareView *self)
{
  gboolean exits = self->session != NULL && any_exits (ow_session_get_valuation (self->session));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-chart", self->session != NULL);
  if (self->chart_page == NULL)
    return;

  gtk_widget_set_visible (self->outcomes_heading, exits);
  gtk_widget_set_visible (GTK_WIDGET (self->outcomes_chart), exits);
}

static void
chart_point_activated_cb (OwChart       *chart,
                          int            index,
                          OwCompareView *self)
{
  OwOffer *offer = NULL;

  if (OW_IS_YEARLY_CHART (chart))
    offer = ow_yearly_chart_get_point_offer (OW_YEARLY_CHART (chart), index);
  else if (OW_IS_OUTCOMES_CHART (chart))
    offer = ow_outcomes_chart_get_point_offer (OW_OUTCOMES_CHART (chart), index);

  if (offer != NULL)
    g_signal_emit (self, signals[OFFER_ACTIVATED], 0, offer);
}

static GtkWidget *
make_heading (const char *text,
              const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  /* A heading to screen readers too, so they can jump between charts. */
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", text,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                        "css-classes", (const char *[]) { "title-4", NULL },
                        NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (caption);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/* "Export ▾" in the toolbar, beside the figures' caption, made with the
 * charts. */
static void
add_export_button (OwCompareView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  g_menu_append (section, _("_Pay Year by Year…"), "compare.export-chart::yearly");
  g_menu_append (section, _("_Equity at an Exit…"), "compare.export-chart::outcomes");
  g_menu_append_section (menu, _("Export Chart"), G_MENU_MODEL (section));

  self->export_button = g_object_new (GTK_TYPE_MENU_BUTTON,
                                      "label", _("_Export"),
                                      "use-underline", TRUE,
                                      "valign", GTK_ALIGN_CENTER,
                                      "tooltip-text", _("Save a chart as an image or a PDF"),
                                      "menu-model", menu,
                                      NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export Chart"), -1);
  gtk_box_insert_child_after (GTK_BOX (self->toolbar), self->export_button,
                              GTK_WIDGET (self->period_label));
}

static void
ensure_charts (OwCompareView *self)
{
  GtkWidget *clamp, *box;

  if (self->chart_page != NULL)
    return;

  add_export_button (self);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box),
                  make_heading (_("Pay Year by Year"),
                                _("Each bar is what an offer pays in one year, stacked from base salary up. Select a bar to read its figures; activate it to open the offer.")));
  self->yearly_chart = OW_YEARLY_CHART (ow_yearly_chart_new ());
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->yearly_chart), 18);
  g_signal_connect_object (self->yearly_chart, "point-activated",
                           G_CALLBACK (chart_point_activated_cb), self, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->yearly_chart));

  self->outcomes_heading =
    make_heading (_("Equity at an Exit"),
                  _("What private-company equity might pay in each exit scenario, by how likely the scenario is. The dashed line is the payout to expect."));
  gtk_box_append (GTK_BOX (box), self->outcomes_heading);
  self->outcomes_chart = OW_OUTCOMES_CHART (ow_outcomes_chart_new ());
  g_signal_connect_object (self->outcomes_chart, "point-activated",
                           G_CALLBACK (chart_point_activated_cb), self, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->outcomes_chart));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1200);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  self->chart_page = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->chart_page),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->chart_page, TRUE);
  gtk_widget_set_hexpand (self->chart_page, TRUE);
  gtk_widget_add_css_class (self->chart_page, "view");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->chart_page), clamp);
  gtk_widget_insert_after (self->chart_page, GTK_WIDGET (self), GTK_WIDGET (self->scroller));

  ow_yearly_chart_set_session (self->yearly_chart, self->session);
  ow_outcomes_chart_set_session (self->outcomes_chart, self->session);
  update_chart_page (self);
}

const char *
ow_compare_view_get_view (OwCompareView *self)
{
  g_return_val_if_fail (OW_IS_COMPARE_VIEW (self), NULL);
  return self->show_chart ? "chart" : "table";
}

/**
 * ow_compare_view_set_view:
 * @view: "table" or "chart"
 */
void
ow_compare_view_set_view (OwCompareView *self,
                          const char    *view)
{
  gboolean show_chart;
  gboolean had_focus;

  g_return_if_fail (OW_IS_COMPARE_VIEW (self));
  g_return_if_fail (view != NULL);
  g_return_if_fail (g_str_equal (view, "table") || g_str_equal (view, "chart"));

  show_chart = g_str_equal (view, "chart");
  if (show_chart == self->show_chart)
    return;

  /* Focus follows to the page shown, if it was in the page hidden. */
  had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL &&
              gtk_widget_get_focus_child (GTK_WIDGET (self)) != self->toolbar;

  self->show_chart = show_chart;
  if (show_chart)
    ensure_charts (self);

  gtk_widget_set_visible (GTK_WIDGET (self->scroller), !show_chart);
  if (self->chart_page != NULL)
    gtk_widget_set_visible (self->chart_page, show_chart);
  gtk_widget_set_visible (self->period_box, !show_chart);
  if (self->export_button != NULL)
    gtk_widget_set_visible (self->export_button, show_chart);

  if (had_focus)
    gtk_widget_grab_focus (show_chart ? GTK_WIDGET (self->yearly_chart) : GTK_WIDGET (self->table));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static void
export_chart_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OwCompareView *self = OW_COMPARE_VIEW (widget);
  const char *which = g_variant_get_string (parameter, NULL);
  OwChart *chart;

  ensure_charts (self);
  chart = g_str_equal (which, "outcomes") ? OW_CHART (self->outcomes_chart) : OW_CHART (self->yearly_chart);
  ow_chart_export_run (chart, GTK_WINDOW (gtk_widget_get_root (widget)));
}

GtkWidget *
ow_compare_view_get_yearly_chart (OwCompareView *self)
{
  g_return_val_if_fail (OW_IS_COMPARE_VIEW (self), NULL);
  return GTK_WIDGET (self->yearly_chart);
}

GtkWidget *
ow_compare_view_get_outcomes_chart (OwCompareView *self)
{
  g_return_val_if_fail (OW_IS_COMPARE_VIEW (self), NULL);
  return GTK_WIDGET (self->outcomes_chart);
}

static void
valuation_changed_cb (OwCompareView *self)
{
  if (structure_changed (self))
    rebuild (self);
  else
    update (self);
  sync_letter_only (self);
  update_chart_page (self);
}

/* GObject ------------------------------------------------------------------ */

static void
ow_compare_view_dispose (GObject *object)
{
  OwCompareView *self = OW_COMPARE_VIEW (object);
  GtkWidget *child;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  clear_structure (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_COMPARE_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->chart_page = NULL;
  self->export_button = NULL;
  self->yearly_chart = NULL;
  self->outcomes_chart = NULL;
  self->outcomes_heading = NULL;
  g_clear_object (&self->session);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (ow_compare_view_parent_class)->dispose (object);
}

static void
ow_compare_view_finalize (GObject *object)
{
  OwCompareView *self = OW_COMPARE_VIEW (object);

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->row_index, g_hash_table_unref);

  G_OBJECT_CLASS (ow_compare_view_parent_class)->finalize (object);
}

static void
ow_compare_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OwCompareView *self = OW_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PERIOD:
      g_value_set_string (value, ow_compare_view_get_period (self));
      break;
    case PROP_LETTER_ONLY:
      g_value_set_boolean (value, get_letter_only (self));
      break;
    case PROP_VIEW:
      g_value_set_string (value, ow_compare_view_get_view (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_compare_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OwCompareView *self = OW_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PERIOD:
      ow_compare_view_set_period (self, g_value_get_string (value));
      break;
    case PROP_LETTER_ONLY:
      set_letter_only (self, g_value_get_boolean (value));
      break;
    case PROP_VIEW:
      ow_compare_view_set_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_compare_view_class_init (OwCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_compare_view_dispose;
  object_class->finalize = ow_compare_view_finalize;
  object_class->get_property = ow_compare_view_get_property;
  object_class->set_property = ow_compare_view_set_property;

  /**
   * OwCompareView:period:
   *
   * What the rows of pay show: "years" (a row for each year),
   * "first-year", "annualized" or "horizon".
   */
  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL, "annualized",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OwCompareView:letter-only:
   *
   * Whether the document leaves out expected refreshers; setting it
   * changes the document through its history.
   */
  properties[PROP_LETTER_ONLY] =
    g_param_spec_boolean ("letter-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OwCompareView:view:
   *
   * "table" for the table of figures, "chart" for the charts.
   */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "table",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OwCompareView::offer-activated:
   * @offer: the offer whose heading was clicked or activated
   */
  signals[OFFER_ACTIVATED] = g_signal_new ("offer-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, OW_TYPE_OFFER);

  gtk_widget_class_install_property_action (widget_class, "compare.period", "period");
  gtk_widget_class_install_property_action (widget_class, "compare.letter-only", "letter-only");
  gtk_widget_class_install_property_action (widget_class, "compare.view", "view");
  gtk_widget_class_install_action (widget_class, "compare.export-chart", "s", export_chart_cb);

  g_type_ensure (OW_TYPE_COMPARE_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OwCompareView, period_box);
  gtk_widget_class_bind_template_child (widget_class, OwCompareView, period_label);
  gtk_widget_class_bind_template_child (widget_class, OwCompareView, scroller);
  gtk_widget_class_bind_template_child (widget_class, OwCompareView, table);
  gtk_widget_class_bind_template_child (widget_class, OwCompareView, toolbar);

  gtk_widget_class_set_css_name (widget_class, "compareview");
}

static void
ow_compare_view_init (OwCompareView *self)
{
  self->period = PERIOD_ANNUALIZED;
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, _ow_compare_view_row_clear);
  self->row_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.letter-only", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-chart", FALSE);
}

/**
 * ow_compare_view_set_session:
 * @session: (nullable): the document to compare the offers of
 */
void
ow_compare_view_set_session (OwCompareView *self,
                             OwSession     *session)
{
  g_return_if_fail (OW_IS_COMPARE_VIEW (self));
  g_return_if_fail (session == NULL || OW_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  if (session != NULL)
    g_signal_connect_object (session, "valuation-changed", G_CALLBACK (valuation_changed_cb), self,
                             G_CONNECT_SWAPPED);

  gtk_widget_set_sensitive (self->toolbar, session != NULL);
  rebuild (self);
  sync_letter_only (self);
  if (self->chart_page != NULL)
    {
      ow_yearly_chart_set_session (self->yearly_chart, session);
      ow_outcomes_chart_set_session (self->outcomes_chart, session);
    }
  update_chart_page (self);
}

/**
 * ow_compare_view_set_selected_offer:
 * @offer: (nullable): the offer to highlight
 */
void
ow_compare_view_set_selected_offer (OwCompareView *self,
                                    OwOffer       *offer)
{
  int column = -1;

  g_return_if_fail (OW_IS_COMPARE_VIEW (self));
  g_return_if_fail (offer == NULL || OW_IS_OFFER (offer));

  g_set_object (&self->selected, offer);
  for (guint c = 0; offer != NULL && c < self->n_columns; c++)
    if (self->columns[c].offer == offer)
      column = (int) c + 1;
  ow_compare_table_set_highlight_column (self->table, column);
}

const char *
ow_compare_view_get_period (OwCompareView *self)
{
  g_return_val_if_fail (OW_IS_COMPARE_VIEW (self), NULL);
  return period_names[self->period];
}

/**
 * ow_compare_view_set_period:
 * @period: "years", "first-year", "annualized" or "horizon"
 */
void
ow_compare_view_set_period (OwCompareView *self,
                            const char    *period)
{
  g_return_if_fail (OW_IS_COMPARE_VIEW (self));
  g_return_if_fail (period != NULL);

  for (guint i = 0; i < N_PERIODS; i++)
    if (g_str_equal (period, period_names[i]))
      {
        if (self->period == (Period) i)
          return;
        self->period = (Period) i;
        rebuild (self);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
        return;
      }
  g_return_if_reached ();
}

static const Cell *
find_cell (OwCompareView *self,
           const char    *row_id,
           OwOffer       *offer)
{
  guint r = GPOINTER_TO_UINT (g_hash_table_lookup (self->row_index, row_id));

  if (r == 0 || _ow_compare_view_row_is_heading (&g_array_index (self->rows, Row, r - 1)))
    return NULL;
  for (guint c = 0; c < self->n_columns; c++)
    if (self->columns[c].offer == offer)
      return &self->cells[(r - 1) * self->n_columns + c];
  return NULL;
}

/**
 * ow_compare_view_get_cell:
 * @row_id: a row such as "first-year-total", "base/2" (year by year) or
 *   "vs-current/horizon"; "header" for the offer's column header
 *
 * For tests only.
 *
 * Returns: (transfer none) (nullable): the cell showing that figure of
 *   OFFER
 */
GtkWidget *
ow_compare_view_get_cell (OwCompareView *self,
                          const char    *row_id,
                          OwOffer       *offer)
{
  const Cell *cell;

  g_return_val_if_fail (OW_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (row_id != NULL, NULL);

  if (g_str_equal (row_id, "header"))
    {
      for (guint c = 0; c < self->n_columns; c++)
        if (self->columns[c].offer == offer)
          return self->columns[c].button;
      return NULL;
    }
  cell = find_cell (self, row_id, offer);
  return cell != NULL ? cell->box : NULL;
}

/**
 * ow_compare_view_get_cell_text:
 *
 * For tests only.
 *
 * Returns: (nullable): the text shown for that figure of OFFER
 */
const char *
ow_compare_view_get_cell_text (OwCompareView *self,
                               const char    *row_id,
                               OwOffer       *offer)
{
  const Cell *cell;

  g_return_val_if_fail (OW_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (row_id != NULL, NULL);

  cell = find_cell (self, row_id, offer);
  return cell != NULL ? gtk_label_get_label (cell->label) : NULL;
}
