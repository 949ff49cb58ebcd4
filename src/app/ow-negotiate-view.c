/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Negotiate view: the page for the selected offer, its heading and its
 * deadline.  The other groups live in ow-negotiate-view-checklist.c,
 * -planner.c, -log.c and -leave.c.
 *
 * The window makes the view the first time it is shown, so none of it
 * costs start-up time.  Every group is brought up to date in one pass,
 * just before the next frame, after anything in the document changes:
 * widgets are kept and updated in place rather than made again, so a
 * field being typed in or a slider being dragged keeps its focus. */
#define G_LOG_DOMAIN "ow-negotiate-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-edit.h"
#include "ow-format.h"
#include "ow-negotiate-view-private.h"
#include "ow-offer-row.h"

G_DEFINE_FINAL_TYPE (OwNegotiateView, ow_negotiate_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_OFFER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A deadline this close (or past) stands out, unless the offer is settled. */
#define URGENT_DAYS 3

/* Shared helpers ------------------------------------------------------------ */

OwDate
_ow_negotiate_view_today (OwNegotiateView *self)
{
  return self->today != OW_DATE_NONE ? self->today : ow_date_today ();
}

/* Tests pin the day so that countdowns do not depend on the calendar. */
void
_ow_negotiate_view_set_today (OwNegotiateView *self,
                              OwDate           today)
{
  self->today = today;
  _ow_negotiate_view_update_now (self);
}

const char *
_ow_negotiate_view_display_currency (OwNegotiateView *self)
{
  g_assert (self->document != NULL);
  return ow_document_get_display_currency (self->document);
}

const char *
_ow_negotiate_view_offer_currency (OwNegotiateView *self)
{
  g_assert (self->document != NULL && self->shown != NULL);
  return ow_document_get_offer_currency (self->document, self->shown);
}

/* How an offer is named in sentences: its company, else its title. */
const char *
_ow_negotiate_view_offer_name (OwOffer *offer)
{
  const char *company = ow_offer_get_company (offer);
  const char *title = ow_offer_get_title (offer);

  if (*company != '\0')
    return company;
  if (*title != '\0')
    return title;
  return _("Unnamed offer");
}

static void
toast_dismissed_cb (AdwToast *toast)
{
  g_object_set_data (G_OBJECT (toast), "dismissed", GINT_TO_POINTER (TRUE));
}

static void
toast_undo_cb (AdwToast *toast)
{
  OwHistory *history = g_object_get_data (G_OBJECT (toast), "history");

  /* A toast on its way out has nothing left to undo. */
  if (g_object_get_data (G_OBJECT (toast), "dismissed") != NULL)
    return;

  g_signal_handlers_disconnect_by_func (history, adw_toast_dismiss, toast);
  ow_history_undo (history);
}

/**
 * _ow_negotiate_view_add_undo_toast:
 * @title: plain text
 *
 * Tells what was just done, with an Undo button that takes back that step
 * and nothing else: once anything else is done or undone, the toast goes.
 */
void
_ow_negotiate_view_add_undo_toast (OwNegotiateView *self,
                                   const char      *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (overlay == NULL || self->history == NULL)
    return;

  /* A toast title is markup. */
  escaped = g_markup_escape_text (title, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "history", g_object_ref (self->history), g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (toast_undo_cb), NULL);
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), NULL);
  g_signal_connect_object (self->history, "notify::can-undo", G_CALLBACK (adw_toast_dismiss), toast,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* An edit the history refused: the reason, in a dialog over the window. */
void
_ow_negotiate_view_show_error (OwNegotiateView *self,
                               const char      *heading,
                               const GError    *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *message = NULL;
  AdwMessageDialog *dialog;

  message = error != NULL ? ow_edit_describe_error (self->document, error)
                          : g_strdup (_("The change was refused."));
  if (!GTK_IS_WINDOW (root))
    {
      g_message ("%s: %s", heading, message);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (root), heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Removes ROWS (rows of a list, or of an expander row) from where they
 * are and empties the array. */
void
_ow_negotiate_view_clear_rows (GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *parent = gtk_widget_get_parent (row);

      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), row);
      else if (parent != NULL)
        {
          GtkWidget *expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);

          if (expander != NULL)
            adw_expander_row_remove (ADW_EXPANDER_ROW (expander), row);
        }
    }
  g_ptr_array_set_size (rows, 0);
}

/* The countdown ------------------------------------------------------------- */

/**
 * ow_negotiate_describe_countdown:
 * @overdue: (out) (optional): set when the deadline has passed
 *
 * "Answer due in 9 days", "Answer due tomorrow", "Answer due today",
 * "Overdue by 2 days".
 *
 * Returns: (transfer full) (nullable): the countdown, %NULL without a
 *   deadline
 */
char *
ow_negotiate_describe_countdown (OwDate    deadline,
                                 OwDate    today,
                                 gboolean *overdue)
{
  gint64 days;

  if (overdue != NULL)
    *overdue = FALSE;
  if (deadline == OW_DATE_NONE)
    return NULL;

  days = (gint64) deadline - (gint64) today;
  if (overdue != NULL)
    *overdue = days < 0;

  if (days == 0)
    return g_strdup (_("Answer due today"));
  if (days == 1)
    return g_strdup (_("Answer due tomorrow"));
  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day", "Overdue by %d days",
                                         (gulong) -days),
                            (int) -days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Answer due in %d day", "Answer due in %d days",
                                       (gulong) days),
                          (int) days);
}

static gboolean
is_settled (OwOffer *offer)
{
  OwOfferStatus status = ow_offer_get_status (offer);

  return status == OW_OFFER_STATUS_ACCEPTED || status == OW_OFFER_STATUS_DECLINED;
}

static gboolean
is_urgent (OwOffer *offer,
           OwDate   today)
{
  OwDate deadline = ow_offer_get_deadline (offer);

  return deadline != OW_DATE_NONE && !is_settled (offer) &&
         (gint64) deadline - (gint64) today <= URGENT_DAYS;
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  OwOffer *x = *(OwOffer **) a;
  OwOffer *y = *(OwOffer **) b;

  return (int) ow_offer_get_deadline (x) - (int) ow_offer_get_deadline (y);
}

/* The other offers' deadlines, soonest first, so it is plain which answer
 * is due before which. */
static void
update_other_deadlines (OwNegotiateView *self,
                        OwDate           today)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  g_autoptr(GString) signature = NULL;
  guint n = ow_document_get_n_offers (self->document);

  for (guint i = 0; i < n; i++)
    {
      OwOffer *offer = ow_document_get_offer (self->document, i);

      if (offer != self->shown && ow_offer_get_deadline (offer) != OW_DATE_NONE)
        g_ptr_array_add (others, offer);
    }
  g_ptr_array_sort (others, compare_deadlines);

  /* Made again only when what they say changes, so that focus stays. */
  signature = g_string_new (NULL);
  for (guint i = 0; i < others->len; i++)
    {
      OwOffer *offer = g_ptr_array_index (others, i);

      g_string_append_printf (signature, "%s\x1f%u\x1f%u\x1f%d\x1e", _ow_negotiate_view_offer_name (offer),
                              ow_offer_get_deadline (offer), ow_session_get_offer_slot (self->session, offer),
                              is_urgent (offer, today));
    }
  g_string_append_printf (signature, "%u", today);
  if (g_strcmp0 (signature->str, g_object_get_data (G_OBJECT (self->deadline_list), "signature")) == 0 &&
      self->other_deadline_rows->len == others->len)
    return;
  g_object_set_data_full (G_OBJECT (self->deadline_list), "signature", g_string_free (g_steal_pointer (&signature), FALSE),
                          g_free);

  _ow_negotiate_view_clear_rows (self->other_deadline_rows);
  for (guint i = 0; i < others->len; i++)
    {
      OwOffer *offer = g_ptr_array_index (others, i);
      OwDate deadline = ow_offer_get_deadline (offer);
      g_autofree char *left = ow_offer_row_describe_deadline (deadline, today);
      g_autofree char *date = ow_format_date (deadline);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *chip = ow_offer_chip_new ();
      GtkWidget *label = gtk_label_new (left);
      g_autofree char *accessible = NULL;

      ow_offer_chip_set_slot (OW_OFFER_CHIP (chip), ow_session_get_offer_slot (self->session, offer));
      gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), chip);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ow_negotiate_view_offer_name (offer));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      {
        /* TRANSLATORS: under another offer's name in the Deadline group:
         * "Answer due Dec 9, 2026". */
        g_autofree char *due = g_strdup_printf (_("Answer due %s"), date);

        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), due);
      }
      gtk_widget_add_css_class (label, "numeric");
      if (is_urgent (offer, today))
        gtk_widget_add_css_class (label, "warning");
      else
        gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

      /* TRANSLATORS: a row for another offer's deadline, read by screen
       * readers: "Lumen Foundry, answer due Dec 9, 2026, 14 days left". */
      accessible = g_strdup_printf (_("%s, answer due %s, %s"), _ow_negotiate_view_offer_name (offer), date, left);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_list_box_append (self->deadline_list, row);
      g_ptr_array_add (self->other_deadline_rows, row);
    }
}

static void
update_deadline (OwNegotiateView *self)
{
  OwDate today = _ow_negotiate_view_today (self);
  OwDate deadline = ow_offer_get_deadline (self->shown);
  g_autofree char *countdown = NULL;
  g_autofree char *date = NULL;
  g_autofree char *accessible = NULL;
  gboolean overdue, urgent;

  countdown = ow_negotiate_describe_countdown (deadline, today, &overdue);
  urgent = is_urgent (self->shown, today);

  if (countdown == NULL)
    {
      countdown = g_strdup (_("No answer deadline"));
      date = g_strdup (ow_offer_get_current_job (self->shown)
                       ? _("Your current job needs no answer")
                       : _("Set the day the answer is due to count down to it"));
    }
  else if (is_settled (self->shown))
    {
      g_autofree char *day = ow_format_date (deadline);

      /* TRANSLATORS: under the countdown of an offer that was accepted or
       * declined: "Dec 4, 2026 · Accepted". */
      date = g_strdup_printf (_("%s · %s"), day,
                              ow_enum_to_label (OW_TYPE_OFFER_STATUS, ow_offer_get_status (self->shown)));
    }
  else
    date = ow_format_date (deadline);

  gtk_label_set_label (self->countdown_label, countdown);
  gtk_label_set_label (self->countdown_date_label, date);
  gtk_image_set_from_icon_name (self->countdown_icon, urgent ? "dialog-warning-symbolic" : "alarm-symbolic");
  if (urgent)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->countdown_icon), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "warning");
      gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_icon), "warning");
    }

  /* TRANSLATORS: the countdown and the date, read as one: "Answer due in
   * 9 days, Dec 4, 2026". */
  accessible = g_strdup_printf (_("%s, %s"), countdown, date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->countdown_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  update_other_deadlines (self, today);
}

/* The page ------------------------------------------------------------------- */

static void
update_heading (OwNegotiateView *self)
{
  const char *title = ow_offer_get_title (self->shown);
  const char *status = ow_enum_to_label (OW_TYPE_OFFER_STATUS, ow_offer_get_status (self->shown));
  g_autofree char *subtitle = NULL;

  ow_offer_chip_set_slot (self->chip, ow_session_get_offer_slot (self->session, self->shown));
  gtk_label_set_label (self->company_label, _ow_negotiate_view_offer_name (self->shown));
  if (ow_offer_get_current_job (self->shown))
    /* TRANSLATORS: under the offer's name: "Senior Data Scientist · current job". */
    subtitle = *title ? g_strdup_printf (_("%s · current job"), title) : g_strdup (_("Current job"));
  else
    /* TRANSLATORS: under the offer's name: "Machine Learning Engineer · Negotiating". */
    subtitle = *title ? g_strdup_printf (_("%s · %s"), title, status) : g_strdup (status);
  gtk_label_set_label (self->subtitle_label, subtitle);
}

/* The offer shown is the one set, while it is one of the session's. */
static OwOffer *
offer_to_show (OwNegotiateView *self)
{
  OwDocument *document;

  if (self->session == NULL || self->offer == NULL)
    return NULL;
  document = ow_session_get_document (self->session);
  if (ow_document_find_offer (document, ow_offer_get_id (self->offer), NULL) != self->offer)
    return NULL;
  return self->offer;
}

static void
clear_sections (OwNegotiateView *self)
{
  ow_date_row_bind (self->deadline_row, NULL, NULL, NULL);
  _ow_negotiate_view_clear_rows (self->other_deadline_rows);
  /* The question rows stay: most questions are the same for every offer,
   * and the rows are bound to the next offer's (ow_question_row_bind()).
   * A question being typed is the last offer's, though. */
  gtk_editable_set_text (GTK_EDITABLE (self->new_question_row), "");
  _ow_negotiate_view_planner_clear (self);
  _ow_negotiate_view_log_clear (self);
  _ow_negotiate_view_leave_clear (self);
}

void
_ow_negotiate_view_update_now (OwNegotiateView *self)
{
  OwOffer *offer = offer_to_show (self);
  gboolean changed = offer != self->shown;

  g_clear_handle_id (&self->update_source, g_source_remove);
  self->stale = FALSE;

  if (changed)
    {
      clear_sections (self);
      g_set_object (&self->shown, offer);
      g_clear_object (&self->document);
      g_clear_object (&self->history);
      if (offer != NULL)
        {
          self->document = g_object_ref (ow_session_get_document (self->session));
          self->history = g_object_ref (ow_session_get_history (self->session));
        }
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "negotiate.record-revision", offer != NULL);

  if (offer == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (changed)
    ow_date_row_bind (self->deadline_row, self->history, offer, "deadline");

  update_heading (self);
  update_deadline (self);
  _ow_negotiate_view_checklist_update (self);
  _ow_negotiate_view_planner_update (self);
  _ow_negotiate_view_log_update (self);
  _ow_negotiate_view_leave_update (self);
  gtk_stack_set_visible_child_name (self->stack, "offer");
}

static gboolean
update_cb (gpointer data)
{
  OwNegotiateView *self = data;

  self->update_source = 0;
  _ow_negotiate_view_update_now (self);
  return G_SOURCE_REMOVE;
}

/* Everything that changes the document comes here, several times in one
 * edit at times: the update runs once, before the next frame is drawn
 * (GTK redraws at G_PRIORITY_HIGH_IDLE + 20).  While another view is
 * shown, nothing is done until this one is shown again: edits made in the
 * offer editor or the comparison cost this view nothing. */
static void
queue_update (OwNegotiateView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->update_source == 0)
    self->update_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, update_cb, self, NULL);
}

static void
ow_negotiate_view_map (GtkWidget *widget)
{
  OwNegotiateView *self = OW_NEGOTIATE_VIEW (widget);

  /* Brought up to date before it is drawn, so it never shows old figures. */
  if (self->stale)
    _ow_negotiate_view_update_now (self);

  GTK_WIDGET_CLASS (ow_negotiate_view_parent_class)->map (widget);
}

/* A new offer or document is shown at once while the view is on screen
 * (the page must not show the old offer for a frame), and when the view is
 * next shown otherwise. */
static void
update_or_defer (OwNegotiateView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _ow_negotiate_view_update_now (self);
  else
    {
      g_clear_handle_id (&self->update_source, g_source_remove);
      self->stale = TRUE;
    }
}

static void
offers_changed_cb (OwNegotiateView *self)
{
  queue_update (self);
}

/* The record-revision action ------------------------------------------------ */

static void
record_revision_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter);

/* GObject -------------------------------------------------------------------- */

static void
ow_negotiate_view_dispose (GObject *object)
{
  OwNegotiateView *self = OW_NEGOTIATE_VIEW (object);

  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      g_signal_handlers_disconnect_by_data (ow_document_get_offers (ow_session_get_document (self->session)), self);
    }
  if (self->stack != NULL)
    {
      clear_sections (self);
      _ow_negotiate_view_checklist_clear (self);
    }
  g_clear_object (&self->session);
  g_clear_object (&self->offer);
  g_clear_object (&self->shown);
  g_clear_object (&self->document);
  g_clear_object (&self->history);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_NEGOTIATE_VIEW);

  G_OBJECT_CLASS (ow_negotiate_view_parent_class)->dispose (object);
}

static void
ow_negotiate_view_finalize (GObject *object)
{
  OwNegotiateView *self = OW_NEGOTIATE_VIEW (object);

  g_clear_pointer (&self->other_deadline_rows, g_ptr_array_unref);
  g_clear_pointer (&self->question_rows, g_hash_table_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_clear_pointer (&self->log_revisions, g_ptr_array_unref);
  g_clear_pointer (&self->grant_rows, g_ptr_array_unref);
  g_clear_pointer (&self->leave_dates, g_hash_table_unref);
  g_clear_pointer (&self->plan, ow_plan_free);
  g_clear_object (&self->target_names);
  g_clear_object (&self->status_sizes);

  G_OBJECT_CLASS (ow_negotiate_view_parent_class)->finalize (object);
}

static void
ow_negotiate_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OwNegotiateView *self = OW_NEGOTIATE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_OFFER:
      g_value_set_object (value, self->offer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_negotiate_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OwNegotiateView *self = OW_NEGOTIATE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      ow_negotiate_view_set_session (self, g_value_get_object (value));
      break;
    case PROP_OFFER:
      ow_negotiate_view_set_offer (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_negotiate_view_class_init (OwNegotiateViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_negotiate_view_dispose;
  object_class->finalize = ow_negotiate_view_finalize;
  object_class->get_property = ow_negotiate_view_get_property;
  object_class->set_property = ow_negotiate_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, OW_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OwNegotiateView:offer:
   *
   * The offer to negotiate: the window binds the sidebar's selection to
   * it.  An offer that is not (or no longer) in the session's document
   * shows the empty page.
   */
  properties[PROP_OFFER] =
    g_param_spec_object ("offer", NULL, NULL, OW_TYPE_OFFER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OW_TYPE_DATE_ROW);
  g_type_ensure (OW_TYPE_OFFER_CHIP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-negotiate-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, amount_entry);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, amount_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, by_grant_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, chip);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, clawback_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, clawback_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, company_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, countdown_date_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, countdown_icon);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, countdown_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, deadline_list);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, first_year_button);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, forfeited_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, forfeited_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, gap_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, gap_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, horizon_button);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, leave_adjustment);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, leave_date_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, leave_scale);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, log_list);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, make_whole_box);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, make_whole_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, make_whole_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, new_question_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, offered_sign_on_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, offered_sign_on_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, open_count_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, question_list);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, questions_group);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, stack);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, target_row);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, vested_label);
  gtk_widget_class_bind_template_child (widget_class, OwNegotiateView, vested_row);
  gtk_widget_class_bind_template_child_full (widget_class, "base_option_row", FALSE,
                                             G_STRUCT_OFFSET (OwNegotiateView, option_rows[OW_PLAN_OPTION_BASE]));
  gtk_widget_class_bind_template_child_full (widget_class, "sign_on_option_row", FALSE,
                                             G_STRUCT_OFFSET (OwNegotiateView, option_rows[OW_PLAN_OPTION_SIGN_ON]));
  gtk_widget_class_bind_template_child_full (widget_class, "equity_option_row", FALSE,
                                             G_STRUCT_OFFSET (OwNegotiateView, option_rows[OW_PLAN_OPTION_EQUITY]));
  gtk_widget_class_bind_template_child_full (widget_class, "base_option_label", FALSE,
                                             G_STRUCT_OFFSET (OwNegotiateView, option_labels[OW_PLAN_OPTION_BASE]));
  gtk_widget_class_bind_template_child_full (widget_class, "sign_on_option_label", FALSE,
                                             G_STRUCT_OFFSET (OwNegotiateView, option_labels[OW_PLAN_OPTION_SIGN_ON]));
  gtk_widget_class_bind_template_child_full (widget_class, "equity_option_label", FALSE,
                                             G_STRUCT_OFFSET (OwNegotiateView, option_labels[OW_PLAN_OPTION_EQUITY]));
  gtk_widget_class_bind_template_child_full (widget_class, "base_apply_button", FALSE,
                                             G_STRUCT_OFFSET (OwNegotiateView, apply_buttons[OW_PLAN_OPTION_BASE]));
  gtk_widget_class_bind_template_child_full (widget_class, "sign_on_apply_button", FALSE,
                                             G_STRUCT_OFFSET (OwNegotiateView, apply_buttons[OW_PLAN_OPTION_SIGN_ON]));
  gtk_widget_class_bind_template_child_full (widget_class, "equity_apply_button", FALSE,
                                             G_STRUCT_OFFSET (OwNegotiateView, apply_buttons[OW_PLAN_OPTION_EQUITY]));

  gtk_widget_class_install_action (widget_class, "negotiate.record-revision", NULL, record_revision_action_cb);

  widget_class->map = ow_negotiate_view_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "negotiateview");
}

static void
ow_negotiate_view_init (OwNegotiateView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->other_deadline_rows = g_ptr_array_new ();
  self->question_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->targets = g_ptr_array_new_with_free_func (g_object_unref);
  self->log_revisions = g_ptr_array_new_with_free_func (g_object_unref);
  self->grant_rows = g_ptr_array_new ();
  self->leave_dates = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  _ow_negotiate_view_checklist_init (self);
  _ow_negotiate_view_planner_init (self);
  _ow_negotiate_view_leave_init (self);
  _ow_negotiate_view_update_now (self);
}

/* Public API ----------------------------------------------------------------- */

GtkWidget *
ow_negotiate_view_new (void)
{
  return g_object_new (OW_TYPE_NEGOTIATE_VIEW, NULL);
}

/**
 * ow_negotiate_view_set_session:
 * @session: (nullable): the open document
 */
void
ow_negotiate_view_set_session (OwNegotiateView *self,
                               OwSession       *session)
{
  g_return_if_fail (OW_IS_NEGOTIATE_VIEW (self));
  g_return_if_fail (session == NULL || OW_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      g_signal_handlers_disconnect_by_data (ow_document_get_offers (ow_session_get_document (self->session)), self);
    }
  g_set_object (&self->session, session);
  /* The days picked on the slider were for the other document's offers. */
  g_hash_table_remove_all (self->leave_dates);
  if (session != NULL)
    {
      /* The valuation follows every change of the document, the list of
       * offers included. */
      g_signal_connect_object (session, "valuation-changed", G_CALLBACK (queue_update), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (ow_document_get_offers (ow_session_get_document (session)), "items-changed",
                               G_CALLBACK (offers_changed_cb), self, G_CONNECT_SWAPPED);
    }

  update_or_defer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

OwSession *
ow_negotiate_view_get_session (OwNegotiateView *self)
{
  g_return_val_if_fail (OW_IS_NEGOTIATE_VIEW (self), NULL);
  return self->session;
}

/**
 * ow_negotiate_view_set_offer:
 * @offer: (nullable): the offer to negotiate
 */
void
ow_negotiate_view_set_offer (OwNegotiateView *self,
                             OwOffer         *offer)
{
  g_return_if_fail (OW_IS_NEGOTIATE_VIEW (self));
  g_return_if_fail (offer == NULL || OW_IS_OFFER (offer));

  if (!g_set_object (&self->offer, offer))
    return;

  update_or_defer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFER]);
}

OwOffer *
ow_negotiate_view_get_offer (OwNegotiateView *self)
{
  g_return_val_if_fail (OW_IS_NEGOTIATE_VIEW (self), NULL);
  return self->offer;
}

/* Record Revision… ----------------------------------------------------------- */

typedef struct
{
  OwNegotiateView *view;
  GtkDropDown     *kind;
  GtkEditable     *note;
  GtkCalendar     *calendar;
  GtkMenuButton   *date_button;
} RecordDialog;

static OwDate
calendar_date (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);

  return ow_date_from_ymd (g_date_time_get_year (dt), g_date_time_get_month (dt),
                           g_date_time_get_day_of_month (dt));
}

static void
calendar_changed_cb (RecordDialog *dialog)
{
  g_autofree char *text = ow_format_date (calendar_date (dialog->calendar));

  gtk_menu_button_set_label (dialog->date_button, text);
}

static void
record_response_cb (AdwMessageDialog *message_dialog,
                    const char       *response,
                    RecordDialog     *dialog)
{
  g_autofree char *note = NULL;

  if (!g_str_equal (response, "record"))
    return;

  note = g_strstrip (g_strdup (gtk_editable_get_text (dialog->note)));
  _ow_negotiate_view_log_record (dialog->view, (int) gtk_drop_down_get_selected (dialog->kind),
                                 calendar_date (dialog->calendar), note);
}

static void
record_dialog_free (RecordDialog *dialog)
{
  g_object_unref (dialog->view);
  g_free (dialog);
}

/* Asks for the kind, the date (today unless said otherwise) and a note,
 * then keeps the offer's figures as they are now in its log. */
static void
record_revision_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  OwNegotiateView *self = OW_NEGOTIATE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *kinds[] = {
    ow_enum_to_label (OW_TYPE_REVISION_KIND, OW_REVISION_KIND_RECEIVED),
    ow_enum_to_label (OW_TYPE_REVISION_KIND, OW_REVISION_KIND_COUNTERED),
    ow_enum_to_label (OW_TYPE_REVISION_KIND, OW_REVISION_KIND_REVISED),
    NULL
  };
  RecordDialog *dialog;
  AdwMessageDialog *message_dialog;
  GtkWidget *list, *row, *popover;
  g_autoptr(GDateTime) today = NULL;
  int y, m, d;

  if (self->shown == NULL || !GTK_IS_WINDOW (root))
    return;

  dialog = g_new0 (RecordDialog, 1);
  dialog->view = g_object_ref (self);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  /* What the figures are: the employer's first offer, the person's
   * counter, or the employer's revision.  Later revisions are usually
   * revised ones. */
  dialog->kind = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (kinds));
  gtk_drop_down_set_selected (dialog->kind,
                              g_list_model_get_n_items (ow_offer_get_revisions (self->shown)) == 0 ? 0 : 2);
  gtk_widget_set_valign (GTK_WIDGET (dialog->kind), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog->kind), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Kind of revision"), -1);
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The Figures Were"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (dialog->kind));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (dialog->kind));
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  dialog->calendar = GTK_CALENDAR (gtk_calendar_new ());
  ow_date_get_ymd (_ow_negotiate_view_today (self), &y, &m, &d);
  today = g_date_time_new_local (y, m, d, 12, 0, 0);
  gtk_calendar_select_day (dialog->calendar, today);
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (dialog->calendar));
  dialog->date_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (dialog->date_button, popover);
  gtk_widget_set_valign (GTK_WIDGET (dialog->date_button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (dialog->date_button), _("Pick the date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog->date_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Date of the revision"), -1);
  g_signal_connect_swapped (dialog->calendar, "day-selected", G_CALLBACK (calendar_changed_cb), dialog);
  calendar_changed_cb (dialog);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Date"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (dialog->date_button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (dialog->date_button));
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Note"));
  dialog->note = GTK_EDITABLE (row);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  message_dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (root), _("Record Revision"), NULL));
  adw_message_dialog_format_body (message_dialog,
                                  _("Keeps the figures of “%s” as they are now in its negotiation log."),
                                  _ow_negotiate_view_offer_name (self->shown));
  adw_message_dialog_set_extra_child (message_dialog, list);
  adw_message_dialog_add_responses (message_dialog,
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (message_dialog, "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (message_dialog, "record");
  adw_message_dialog_set_close_response (message_dialog, "cancel");
  g_signal_connect_data (message_dialog, "response", G_CALLBACK (record_response_cb), dialog,
                         (GClosureNotify) (void (*) (void)) record_dialog_free, 0);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (message_dialog), TRUE);
  gtk_window_present (GTK_WINDOW (message_dialog));
}
