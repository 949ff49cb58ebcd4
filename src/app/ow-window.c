/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document window.  For now it lists the offers of the document (company
 * and job title); the comparison views replace the list. */
#define G_LOG_DOMAIN "ow-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-application.h"
#include "ow-window.h"

struct _OwWindow
{
  AdwApplicationWindow  parent_instance;

  OwDocument           *document;
  GFile                *file;
  GtkFileChooserNative *chooser;

  /* Template children. */
  GtkStack             *content_stack;
  AdwStatusPage        *empty_page;
  GtkListView          *offers_view;
  GtkNoSelection       *selection;
  AdwWindowTitle       *window_title;
};

G_DEFINE_FINAL_TYPE (OwWindow, ow_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GSettings *
get_settings (OwWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return OW_IS_APPLICATION (app) ? ow_application_get_settings (OW_APPLICATION (app)) : NULL;
}

static void
update_view (OwWindow *self)
{
  guint n_offers = 0;

  if (self->document != NULL)
    n_offers = ow_document_get_n_offers (self->document);

  if (self->document != NULL)
    {
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf (ngettext ("%u offer", "%u offers", n_offers), n_offers);
      adw_window_title_set_subtitle (self->window_title, subtitle);
      adw_status_page_set_title (self->empty_page, _("No Offers"));
      adw_status_page_set_description (self->empty_page,
                                       _("This document does not list any offers yet."));
    }
  else
    {
      adw_window_title_set_subtitle (self->window_title, NULL);
      adw_status_page_set_title (self->empty_page, _("Compare Job Offers"));
      adw_status_page_set_description (self->empty_page,
                                       _("Open an offers document to see its offers side by side."));
    }

  gtk_stack_set_visible_child_name (self->content_stack, n_offers > 0 ? "offers" : "empty");
}

static void
offers_changed_cb (OwWindow   *self,
                   guint       position,
                   guint       removed,
                   guint       added,
                   GListModel *offers)
{
  update_view (self);
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

  if (self->chooser == NULL)
    {
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

      g_signal_connect_object (self->chooser, "response",
                               G_CALLBACK (chooser_response_cb), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_window_state (OwWindow *self)
{
  GSettings *settings = get_settings (self);
  int width, height;

  if (settings == NULL)
    return;

  /* The default size follows the window's size while it is not maximized,
   * so it is the size to come back to. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (settings);
}

static void
restore_window_state (OwWindow *self)
{
  GSettings *settings = get_settings (self);

  if (settings == NULL)
    return;

  /* The template's width-request and height-request keep a stored size
   * that is too small from mattering. */
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
ow_window_close_request (GtkWindow *window)
{
  save_window_state (OW_WINDOW (window));

  return GTK_WINDOW_CLASS (ow_window_parent_class)->close_request (window);
}

static void
ow_window_constructed (GObject *object)
{
  OwWindow *self = OW_WINDOW (object);

  G_OBJECT_CLASS (ow_window_parent_class)->constructed (object);

  restore_window_state (self);
}

static void
ow_window_dispose (GObject *object)
{
  OwWindow *self = OW_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_WINDOW);

  G_OBJECT_CLASS (ow_window_parent_class)->dispose (object);
}

static void
ow_window_finalize (GObject *object)
{
  OwWindow *self = OW_WINDOW (object);

  g_clear_object (&self->document);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (ow_window_parent_class)->finalize (object);
}

static void
ow_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OwWindow *self = OW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_window_class_init (OwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ow_window_constructed;
  object_class->dispose = ow_window_dispose;
  object_class->finalize = ow_window_finalize;
  object_class->get_property = ow_window_get_property;

  window_class->close_request = ow_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, OW_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The row template looks up OwOffer properties by type name. */
  g_type_ensure (OW_TYPE_OFFER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OwWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, offers_view);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, window_title);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action_cb);
}

static void
ow_window_init (OwWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  update_view (self);
}

OwWindow *
ow_window_new (GtkApplication *application)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (OW_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * ow_window_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown, if any
 */
OwDocument *
ow_window_get_document (OwWindow *self)
{
  g_return_val_if_fail (OW_IS_WINDOW (self), NULL);

  return self->document;
}

/**
 * ow_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file the document came from
 */
GFile *
ow_window_get_file (OwWindow *self)
{
  g_return_val_if_fail (OW_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * ow_window_set_document:
 * @document: (nullable): the document to show
 * @file: (nullable): the file it came from
 * @display_name: (nullable): how to name it in the title
 */
void
ow_window_set_document (OwWindow   *self,
                        OwDocument *document,
                        GFile      *file,
                        const char *display_name)
{
  GListModel *offers = NULL;

  g_return_if_fail (OW_IS_WINDOW (self));
  g_return_if_fail (!document || OW_IS_DOCUMENT (document));
  g_return_if_fail (!file || G_IS_FILE (file));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (ow_document_get_offers (self->document),
                                          offers_changed_cb, self);

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  if (document != NULL)
    {
      offers = ow_document_get_offers (document);
      g_signal_connect_object (offers, "items-changed",
                               G_CALLBACK (offers_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_no_selection_set_model (self->selection, offers);

  if (display_name == NULL)
    display_name = document != NULL ? _("Untitled Offers") : _("Offer Workbench");
  gtk_window_set_title (GTK_WINDOW (self), display_name);

  update_view (self);
}

/**
 * ow_window_show_error:
 * @heading: what failed, in title case
 * @message: why, as plain text (not markup)
 *
 * Shows a message dialog over the window.
 */
void
ow_window_show_error (OwWindow   *self,
                      const char *heading,
                      const char *message)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (OW_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}
