/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's actions: documents (open, save, export the negotiation
 * brief, print it, close with unsaved changes), offers (add, duplicate,
 * delete), undo and redo.  One function, _ow_window_actions_update(),
 * decides what is enabled. */
#define G_LOG_DOMAIN "ow-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-application.h"
#include "ow-window-private.h"
#include "ow-window-report.h"

#define SAMPLE_RESOURCE RESOURCE_PREFIX "/examples/sample.offers"
#define OFFERS_SUFFIX   ".offers"

/* Helpers ------------------------------------------------------------------ */

static OwApplication *
get_application (OwWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return OW_IS_APPLICATION (app) ? OW_APPLICATION (app) : NULL;
}

/* How FILE is named in titles and messages: its name as the user typed it,
 * always valid UTF-8 (a file that was never saved has no display name to
 * ask the file system for). */
static char *
display_name_for_file (GFile *file)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  return g_path_get_basename (parse_name);
}

static const char *
offer_name (OwOffer *offer)
{
  const char *company = ow_offer_get_company (offer);

  return *company ? company : _("Unnamed offer");
}

/* A window that shows nothing yet gets an empty, untitled document, so
 * "Add Offer" works from the welcome page. */
static OwSession *
ensure_session (OwWindow *self)
{
  if (self->session == NULL)
    {
      g_autoptr(OwDocument) document = ow_document_new ();
      g_autoptr(OwSession) session = ow_session_new (document, NULL, NULL);

      ow_window_set_session (self, session);
    }
  return self->session;
}

static GtkFileFilter *
offers_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Offer Workbench Documents"));
  gtk_file_filter_add_mime_type (filter, "application/x-offer-workbench");
  gtk_file_filter_add_suffix (filter, "offers");
  return filter;
}

/* Offers ------------------------------------------------------------------- */

/* A new offer starts on the first day of next month, the usual start of a
 * job that is still being negotiated. */
static OwDate
default_start_date (void)
{
  int y, m;

  ow_date_get_ymd (ow_date_today (), &y, &m, NULL);
  return ow_date_add_months (ow_date_from_ymd (y, m, 1), 1);
}

/* Inserts OFFER at POSITION as one step of the history called LABEL, and
 * selects it. */
static gboolean
insert_offer (OwWindow   *self,
              guint       position,
              OwOffer    *offer,
              const char *label)
{
  OwHistory *history = ow_session_get_history (self->session);
  OwDocument *document = ow_session_get_document (self->session);
  g_autoptr(GError) error = NULL;

  ow_history_begin (history, label);
  ow_history_insert (history, ow_document_get_offers (document), position, offer, NULL);
  if (!ow_history_end (history, &error))
    {
      ow_window_show_error (self, _("Could Not Add an Offer"), error->message);
      return FALSE;
    }

  ow_window_select_offer (self, offer);
  return TRUE;
}

static void
add_offer_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);
  OwSession *session = ensure_session (self);
  OwDocument *document = ow_session_get_document (session);
  g_autofree char *id = ow_document_make_offer_id (document, _("offer"));
  g_autoptr(OwOffer) offer = ow_offer_new (id);

  g_object_set (offer, "start-date", (guint) default_start_date (), NULL);

  if (insert_offer (self, ow_document_get_n_offers (document), offer, _("Add Offer")))
    {
      ow_window_show_view (self, "offer");
      /* A new offer starts with its company name, ready to type. */
      ow_offer_editor_focus_first (ow_window_ensure_offer_editor (self));
    }
}

/* The copy gets an id of its own and "(copy)" after its name, and is no
 * baseline even when the original is (a document has at most one). */
static void
duplicate_offer_action_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);
  OwOffer *offer = ow_window_get_selected_offer (self);
  OwDocument *document;
  g_autoptr(OwOffer) copy = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  const char *key;
  guint position;

  if (self->session == NULL || offer == NULL)
    return;

  document = ow_session_get_document (self->session);
  if (ow_document_find_offer (document, ow_offer_get_id (offer), &position) != offer)
    return;

  copy = OW_OFFER (ow_node_dup (OW_NODE (offer)));
  id = ow_document_make_offer_id (document, ow_offer_get_id (offer));

  /* The name people read: the company, or the job title when the offer
   * has no company yet. */
  key = *ow_offer_get_company (offer) || !*ow_offer_get_title (offer) ? "company" : "title";
  /* Translators: the name of a duplicated offer, "Cascadia Compute (copy)". */
  name = g_strdup_printf (_("%s (copy)"), g_str_equal (key, "company") ? ow_offer_get_company (offer)
                                                                       : ow_offer_get_title (offer));
  g_strstrip (name);
  g_object_set (copy, "id", id, "current-job", FALSE, key, name, NULL);

  insert_offer (self, position + 1, copy, _("Duplicate Offer"));
}

static void
toast_dismissed_cb (AdwToast *toast)
{
  g_object_set_data (G_OBJECT (toast), "dismissed", GINT_TO_POINTER (TRUE));
}

static void
undo_delete_cb (AdwToast *toast,
                OwWindow *self)
{
  OwHistory *history = g_object_get_data (G_OBJECT (toast), "history");
  OwOffer *offer = g_object_get_data (G_OBJECT (toast), "offer");

  /* A toast on its way out has nothing left to undo. */
  if (g_object_get_data (G_OBJECT (toast), "dismissed") != NULL)
    return;

  /* The toast goes away by itself once the button is pressed; it must not
   * be dismissed a second time by the undo it starts. */
  g_signal_handlers_disconnect_by_func (history, adw_toast_dismiss, toast);
  g_signal_handlers_disconnect_by_func (self, adw_toast_dismiss, toast);

  if (ow_history_undo (history) && self->session != NULL &&
      ow_session_get_history (self->session) == history)
    ow_window_select_offer (self, offer);
}

/* Deleting asks nothing: it can be undone, from the toast right away or
 * with Ctrl+Z later. */
static void
delete_offer_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);
  OwOffer *offer = ow_window_get_selected_offer (self);
  g_autoptr(OwOffer) deleted = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  OwDocument *document;
  OwHistory *history;
  AdwToast *toast;
  guint position;

  if (self->session == NULL || offer == NULL)
    return;

  document = ow_session_get_document (self->session);
  history = ow_session_get_history (self->session);
  if (ow_document_find_offer (document, ow_offer_get_id (offer), &position) != offer)
    return;

  deleted = g_object_ref (offer);
  ow_history_begin (history, _("Delete Offer"));
  ow_history_remove (history, ow_document_get_offers (document), position, NULL);
  if (!ow_history_end (history, &error))
    {
      ow_window_show_error (self, _("Could Not Delete the Offer"), error->message);
      return;
    }

  /* A toast title is markup. */
  escaped = g_markup_escape_text (offer_name (deleted), -1);
  /* Translators: shown after deleting an offer, with an Undo button. */
  title = g_strdup_printf (_("“%s” deleted"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "history", g_object_ref (history), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "offer", g_steal_pointer (&deleted), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), NULL);

  /* The toast's Undo takes back this deletion and nothing else: once
   * anything else is done, undone or another document is shown, the toast
   * goes. */
  g_signal_connect_object (history, "notify::can-undo", G_CALLBACK (adw_toast_dismiss), toast,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::session", G_CALLBACK (adw_toast_dismiss), toast,
                           G_CONNECT_SWAPPED);

  ow_window_add_toast (self, toast);
}

static void
undo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);

  if (self->session != NULL)
    ow_history_undo (ow_session_get_history (self->session));
}

static void
redo_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);

  if (self->session != NULL)
    ow_history_redo (ow_session_get_history (self->session));
}

/* The shortcuts window is built when it is asked for, not with every
 * window: GtkApplicationWindow would build it at start-up from
 * RESOURCE_PREFIX/gtk/help-overlay.ui, which is why it lives in ui/. */
static void
show_help_overlay_action_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (overlay, GTK_WINDOW (widget));
  gtk_window_set_application (overlay, gtk_window_get_application (GTK_WINDOW (widget)));
  gtk_window_present (overlay);
}

static void
show_view_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ow_window_show_view (OW_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Opening ------------------------------------------------------------------ */

static void
open_sample_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);
  OwApplication *app = get_application (self);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(OwSession) session = NULL;
  g_autoptr(GError) error = NULL;
  OwWindow *window;
  gsize len;
  const char *data;

  bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &len);
      ow_document_load_data (document, data, len, _("Sample Offers"), &error);
    }
  if (error != NULL)
    {
      ow_window_show_error (self, _("Could Not Open the Sample"), error->message);
      return;
    }

  /* The sample opens as an untitled copy: saving asks where to keep it.
   * It never replaces a document that is worth keeping. */
  window = app != NULL ? ow_application_get_window_for_document (app, self) : self;
  session = ow_session_new (document, NULL, NULL);
  ow_window_set_session (window, session);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_chooser_response_cb (OwWindow             *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;
  OwApplication *app;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  app = get_application (self);

  /* Through the application, so a document that is open already is raised
   * and this window is reused only when it shows nothing worth keeping. */
  if (file != NULL && app != NULL)
    ow_application_open_file (app, file, self);
}

/* GtkFileChooserNative goes through the file chooser portal, which is how
 * the Flatpak, with no file system access of its own, reaches documents. */
static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);
  g_autoptr(GtkFileFilter) offers_filter = offers_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  GFile *current = ow_window_get_file (self);

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Open Offers"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), offers_filter);
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);

  /* Start where the open document is, where its neighbours are likely to
   * be. */
  if (current != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (current);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (open_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* A recent document that is gone is taken off the list, and the user is
 * told why it did not open. */
static void
open_recent_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);
  OwApplication *app = get_application (self);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  if (app == NULL)
    return;

  if (g_file_is_native (file) && !g_file_query_exists (file, NULL))
    {
      g_autofree char *name = display_name_for_file (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      ow_application_remove_recent_file (app, file);
      ow_window_show_error (self, heading,
                            _("The file no longer exists. It has been removed from the recent documents."));
      return;
    }

  ow_application_open_file (app, file, self);
}

/* Saving ------------------------------------------------------------------- */

/* Saves the document to FILE, or to its own file when FILE is NULL, and
 * says so when that fails: the document stays open and modified. */
static gboolean
save_to_file (OwWindow *self,
              GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  OwApplication *app = get_application (self);

  g_assert (self->session != NULL);

  if (file == NULL)
    file = ow_session_get_file (self->session);
  g_assert (file != NULL);

  /* Keep a ref: saving replaces the session's own. */
  file = g_object_ref (file);
  name = file == ow_session_get_file (self->session) ? g_strdup (ow_session_get_title (self->session))
                                                     : display_name_for_file (file);

  if (!ow_session_save (self->session, file, name, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

      ow_window_show_error (self, heading, error->message);
      g_object_unref (file);
      return FALSE;
    }

  if (app != NULL)
    ow_application_add_recent_file (app, file);
  g_object_unref (file);
  return TRUE;
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* The end of a save that a close request asked for: close when it saved,
 * otherwise stay open with the changes (and the error on screen). */
static void
finish_closing (OwWindow *self,
                gboolean  saved)
{
  self->closing = FALSE;
  if (!saved)
    return;

  self->may_close = TRUE;
  /* Not from inside the dialog's response: closing destroys the dialogs
   * that belong to the window. */
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     OwWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "close-after"));
  gboolean saved = FALSE;

  if (g_str_equal (response, "replace"))
    saved = save_to_file (self, file);

  if (close_after)
    finish_closing (self, saved);
}

/* The name typed without ".offers" gets it, so the file opens in Offer
 * Workbench again.  A file handed over by the document portal (the Flatpak)
 * keeps the name it was given: the sandbox may write only that file, and a
 * file of another name there would never reach the real folder. */
static GFile *
with_offers_suffix (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *portal = g_build_filename (g_get_user_runtime_dir (), "doc", NULL);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *with_suffix = NULL;

  if (basename == NULL || parent == NULL || g_str_has_suffix (basename, OFFERS_SUFFIX) ||
      (path != NULL && g_str_has_prefix (path, portal)))
    return g_object_ref (file);

  with_suffix = g_strconcat (basename, OFFERS_SUFFIX, NULL);
  return g_file_get_child (parent, with_suffix);
}

static void
save_chooser_response_cb (OwWindow             *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->chooser);
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "close-after"));
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  AdwMessageDialog *dialog;
  g_autofree char *name = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->session == NULL ||
      (chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    {
      if (close_after)
        finish_closing (self, FALSE);
      return;
    }

  file = with_offers_suffix (chosen);

  /* The chooser asked about replacing the name that was typed; a name
   * completed here has not been asked about yet. */
  if (g_file_equal (file, chosen) || !g_file_query_exists (file, NULL))
    {
      gboolean saved = save_to_file (self, file);

      if (close_after)
        finish_closing (self, saved);
      return;
    }

  name = display_name_for_file (file);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Replace “%s”?"), name);
  adw_message_dialog_set_body (dialog, _("A file with this name already exists. Replacing it overwrites its contents."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_steal_pointer (&file), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Asks where to save; CLOSE_AFTER closes the window once saved. */
static void
save_as (OwWindow *self,
         gboolean  close_after)
{
  g_autoptr(GtkFileFilter) offers_filter = offers_filter_new ();
  GFile *current;

  g_assert (self->session != NULL);

  if (self->chooser != NULL)
    {
      /* "Save As" is open already: closing waits for it. */
      if (close_after && g_object_get_data (G_OBJECT (self->chooser), "saving") != NULL)
        g_object_set_data (G_OBJECT (self->chooser), "close-after", GINT_TO_POINTER (TRUE));
      else if (close_after)
        finish_closing (self, FALSE);
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Save Offers"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), offers_filter);

  current = ow_session_get_file (self->session);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), current, NULL);
  else
    {
      g_autofree char *name = g_strconcat (ow_session_get_title (self->session), OFFERS_SUFFIX, NULL);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }

  g_object_set_data (G_OBJECT (self->chooser), "saving", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (self->chooser), "close-after", GINT_TO_POINTER (close_after));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);

  if (self->session == NULL)
    return;

  if (ow_session_get_file (self->session) == NULL)
    save_as (self, FALSE);
  else
    save_to_file (self, NULL);
}

static void
save_as_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);

  if (self->session != NULL)
    save_as (self, FALSE);
}

/* The negotiation brief (ow-window-report.c) ------------------------------- */

static void
export_report_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ow_window_export_report (OW_WINDOW (widget));
}

static void
print_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  /* Errors are shown to the user there. */
  ow_window_print_report (OW_WINDOW (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, NULL);
}

/* Closing ------------------------------------------------------------------ */

static void
save_changes_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          OwWindow         *self)
{
  if (g_str_equal (response, "discard"))
    finish_closing (self, TRUE);
  else if (!g_str_equal (response, "save") || self->session == NULL)
    finish_closing (self, FALSE);
  else if (ow_session_get_file (self->session) == NULL)
    save_as (self, TRUE);
  else
    finish_closing (self, save_to_file (self, NULL));
}

static void
ask_save_changes (OwWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has unsaved changes. Changes which are not saved will be permanently lost."),
                                  ow_session_get_title (self->session));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_changes_response_cb), self, 0);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* TRUE when the window may close now.  Unsaved changes are asked about
 * first (Save, Discard or Cancel); the answer closes the window again when
 * it may.  Quitting closes every window, so it asks the same way. */
gboolean
_ow_window_close_request (OwWindow *self)
{
  if (self->may_close || self->session == NULL || !ow_session_get_modified (self->session))
    return TRUE;

  if (!self->closing)
    {
      self->closing = TRUE;
      ask_save_changes (self);
    }
  return FALSE;
}

/* What is enabled ---------------------------------------------------------- */

static void
set_tooltip (OwWindow   *self,
             const char *button,
             const char *tooltip)
{
  GtkWidget *widget = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), OW_TYPE_WINDOW, button));

  /* Only when it changes: GTK asks the X server where the pointer is each
   * time a tooltip is set, and this runs after every edit. */
  if (widget != NULL && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) != 0)
    gtk_widget_set_tooltip_text (widget, tooltip);
}

void
_ow_window_actions_update (OwWindow *self)
{
  OwHistory *history = self->session ? ow_session_get_history (self->session) : NULL;
  gboolean has_offer = ow_window_get_selected_offer (self) != NULL;
  gboolean can_undo = history && ow_history_can_undo (history);
  gboolean can_redo = history && ow_history_can_redo (history);
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", self->session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", self->session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", self->session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", self->session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-offer", has_offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-offer", has_offer);

  /* Translators: a tooltip, %s is what undo takes back ("Change Base salary"). */
  undo_tooltip = can_undo ? g_strdup_printf (_("Undo %s"), ow_history_get_undo_label (history))
                          : g_strdup (_("Undo"));
  /* Translators: a tooltip, %s is what redo does again ("Change Base salary"). */
  redo_tooltip = can_redo ? g_strdup_printf (_("Redo %s"), ow_history_get_redo_label (history))
                          : g_strdup (_("Redo"));
  set_tooltip (self, "undo_button", undo_tooltip);
  set_tooltip (self, "redo_button", redo_tooltip);
}

/* Set-up ------------------------------------------------------------------- */

/* "Open Recent" is in the menu while there is something to open. */
static void
update_recent_submenu (OwWindow *self)
{
  GObject *section = gtk_widget_get_template_child (GTK_WIDGET (self), OW_TYPE_WINDOW, "file_section");
  GMenuModel *recent = g_object_get_data (G_OBJECT (self), "recent-menu");
  gboolean shown, show;

  /* Gone with the template once the window is destroyed. */
  if (section == NULL)
    return;

  shown = g_object_get_data (section, "recent-shown") != NULL;
  show = recent != NULL && g_menu_model_get_n_items (recent) > 0;

  /* "Open…" is first; "Open Recent" follows it. */
  if (shown)
    g_menu_remove (G_MENU (section), 1);
  if (show)
    g_menu_insert_submenu (G_MENU (section), 1, _("Open _Recent"), recent);
  g_object_set_data (section, "recent-shown", GINT_TO_POINTER (show));
}

/* The recent documents are the application's, shared by its windows. */
static void
application_changed_cb (OwWindow *self)
{
  OwApplication *app = get_application (self);
  GMenuModel *old = g_object_get_data (G_OBJECT (self), "recent-menu");
  GMenuModel *recent = app != NULL ? ow_application_get_recent_menu (app) : NULL;

  if (old != recent)
    {
      if (old != NULL)
        g_signal_handlers_disconnect_by_func (old, update_recent_submenu, self);
      if (recent != NULL)
        g_signal_connect_object (recent, "items-changed", G_CALLBACK (update_recent_submenu), self,
                                 G_CONNECT_SWAPPED);
      g_object_set_data_full (G_OBJECT (self), "recent-menu", recent ? g_object_ref (recent) : NULL,
                              g_object_unref);
    }

  update_recent_submenu (self);
}

void
_ow_window_actions_init (OwWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Delete deletes the selected offer only from the sidebar: anywhere else
   * the key belongs to the field being edited. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("win.delete-offer")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0),
                                                          gtk_named_action_new ("win.delete-offer")));
  gtk_widget_add_controller (GTK_WIDGET (self->offers_view), controller);

  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
}

void
_ow_window_class_actions_init (OwWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *views[] = { "compare", "vesting", "offer", "negotiate" };

  /* Looked up by name (gtk_widget_get_template_child), not kept in the
   * struct. */
  gtk_widget_class_bind_template_child_full (widget_class, "file_section", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "redo_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "undo_button", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action_cb);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-offer", NULL, add_offer_action_cb);
  gtk_widget_class_install_action (widget_class, "win.duplicate-offer", NULL, duplicate_offer_action_cb);
  gtk_widget_class_install_action (widget_class, "win.delete-offer", NULL, delete_offer_action_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action_cb);

  /* Editing keys are bindings, which the focused widget sees first (a text
   * field keeps Ctrl+Z for its own typing); document keys are application
   * accelerators (ow-application.c).  ui/help-overlay.ui lists them all. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-offer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.add-offer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.duplicate-offer", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", views[i]);
}
