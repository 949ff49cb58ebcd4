/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's actions: documents, offers, undo and redo.  One function,
 * _ow_window_actions_update(), decides what is enabled. */
#define G_LOG_DOMAIN "ow-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-window-private.h"

#define SAMPLE_RESOURCE RESOURCE_PREFIX "/examples/sample.offers"

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

/* A new offer starts on the first day of next month, the usual start of a
 * job that is still being negotiated. */
static OwDate
default_start_date (void)
{
  int y, m;

  ow_date_get_ymd (ow_date_today (), &y, &m, NULL);
  return ow_date_add_months (ow_date_from_ymd (y, m, 1), 1);
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
  g_autoptr(GError) error = NULL;

  g_object_set (offer, "start-date", (guint) default_start_date (), NULL);

  if (!ow_history_insert (ow_session_get_history (session), ow_document_get_offers (document),
                          ow_document_get_n_offers (document), offer, &error))
    {
      ow_window_show_error (self, _("Could Not Add an Offer"), error->message);
      return;
    }

  ow_window_select_offer (self, offer);
  ow_window_show_view (self, "offer");
}

static void
open_sample_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OwDocument) document = ow_document_new ();
  g_autoptr(OwSession) session = NULL;
  g_autoptr(GError) error = NULL;
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

  /* The sample opens as an untitled copy: saving asks where to keep it. */
  session = ow_session_new (document, NULL, NULL);
  ow_window_set_session (self, session);
}

static void
chooser_response_cb (OwWindow             *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GtkFileChooserNative) owned = g_steal_pointer (&self->chooser);
  g_autoptr(GFile) file = NULL;
  GtkApplication *app;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  app = gtk_window_get_application (GTK_WINDOW (self));

  /* Through the application, so a document that is open already is raised
   * and a failure is reported the same way as from the command line. */
  if (file != NULL && app != NULL)
    g_application_open (G_APPLICATION (app), &file, 1, "");
}

/* GtkFileChooserNative goes through the file chooser portal, which is how
 * the Flatpak, with no file system access of its own, reaches documents. */
static void
open_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OwWindow *self = OW_WINDOW (widget);
  g_autoptr(GtkFileFilter) offers_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Open Offers"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (offers_filter, _("Offer Workbench Documents"));
  gtk_file_filter_add_mime_type (offers_filter, "application/x-offer-workbench");
  gtk_file_filter_add_suffix (offers_filter, "offers");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), offers_filter);

  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
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

static void
show_view_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ow_window_show_view (OW_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

void
_ow_window_actions_update (OwWindow *self)
{
  OwHistory *history = self->session ? ow_session_get_history (self->session) : NULL;
  gboolean has_offer = ow_window_get_selected_offer (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", history && ow_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", history && ow_history_can_redo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", self->session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", self->session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-offer", has_offer);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-offer", has_offer);
}

/* TRUE when the window may close now. */
gboolean
_ow_window_close_request (OwWindow *self)
{
  return TRUE;
}

void
_ow_window_class_actions_init (OwWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-offer", NULL, add_offer_action_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-offer", NULL);
}
