/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document window: layout, the sidebar of offers, the views and the
 * selection they share.  Documents and editing actions live in
 * ow-window-actions.c, dropped files in ow-window-dnd.c. */
#define G_LOG_DOMAIN "ow-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-application.h"
#include "ow-negotiate-view.h"
#include "ow-offer-row.h"
#include "ow-vesting-view.h"
#include "ow-window-private.h"

G_DEFINE_FINAL_TYPE (OwWindow, ow_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GSettings *
get_settings (OwWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return OW_IS_APPLICATION (app) ? ow_application_get_settings (OW_APPLICATION (app)) : NULL;
}

/* Sidebar ------------------------------------------------------------------ */

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              OwWindow                 *self)
{
  gtk_list_item_set_child (item, ow_offer_row_new ());
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             OwWindow                 *self)
{
  if (self->session != NULL)
    ow_offer_row_bind (OW_OFFER_ROW (gtk_list_item_get_child (item)), self->session,
                       gtk_list_item_get_item (item));
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               OwWindow                 *self)
{
  ow_offer_row_unbind (OW_OFFER_ROW (gtk_list_item_get_child (item)));
}

/* Selection ---------------------------------------------------------------- */

/**
 * ow_window_get_selected_offer:
 *
 * Returns: (transfer none) (nullable): the offer selected in the sidebar
 */
OwOffer *
ow_window_get_selected_offer (OwWindow *self)
{
  g_return_val_if_fail (OW_IS_WINDOW (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

void
ow_window_select_offer (OwWindow *self,
                        OwOffer  *offer)
{
  guint position;

  g_return_if_fail (OW_IS_WINDOW (self));

  if (self->session == NULL || offer == NULL)
    return;

  /* The sidebar's place, which is the document's unless it is sorted
   * (ow-window-sort.c). */
  if (_ow_window_sort_find (self, offer, &position))
    gtk_single_selection_set_selected (self->selection, position);
}

static void
selection_changed_cb (OwWindow *self)
{
  OwOffer *offer = ow_window_get_selected_offer (self);

  if (self->offer_editor != NULL)
    ow_offer_editor_set_offer (self->offer_editor, offer);
  ow_compare_view_set_selected_offer (self->compare_view, offer);
  _ow_window_actions_update (self);
}

static void
offer_activated_cb (OwWindow *self,
                    OwOffer  *offer)
{
  ow_window_select_offer (self, offer);
  ow_window_show_view (self, "offer");
}

/* The offer editor ----------------------------------------------------------
 *
 * Every field of an offer is a widget of its own, some hundred of them:
 * made at start-up they would triple the time to the first frame.  So the
 * editor is made when it is first shown, or just after the first frame, in
 * an idle moment, so that it is ready when the person gets to it. */

OwOfferEditor *
ow_window_ensure_offer_editor (OwWindow *self)
{
  g_return_val_if_fail (OW_IS_WINDOW (self), NULL);

  g_clear_handle_id (&self->prepare_source, g_source_remove);
  if (self->offer_editor == NULL)
    {
      self->offer_editor = g_object_new (OW_TYPE_OFFER_EDITOR, NULL);
      adw_bin_set_child (self->offer_page, GTK_WIDGET (self->offer_editor));
      ow_offer_editor_set_session (self->offer_editor, self->session);
      ow_offer_editor_set_offer (self->offer_editor, ow_window_get_selected_offer (self));
    }
  return self->offer_editor;
}

static gboolean
prepare_offer_editor_cb (gpointer data)
{
  OwWindow *self = data;

  self->prepare_source = 0;
  ow_window_ensure_offer_editor (self);
  return G_SOURCE_REMOVE;
}

static void
after_first_paint_cb (GdkFrameClock *clock,
                      OwWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, after_first_paint_cb, self);
  /* See ow_application_startup(). */
  if (gtk_window_get_default_icon_name () == NULL)
    gtk_window_set_default_icon_name (APP_ID);
  if (self->offer_editor == NULL && self->prepare_source == 0)
    self->prepare_source = g_idle_add_full (G_PRIORITY_LOW, prepare_offer_editor_cb, self, NULL);
}

static void
ow_window_map (GtkWidget *widget)
{
  OwWindow *self = OW_WINDOW (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (ow_window_parent_class)->map (widget);

  clock = gtk_widget_get_frame_clock (widget);
  if (clock != NULL && self->offer_editor == NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_first_paint_cb), self, 0);
}

/* A tranche activated on the vesting timeline: its offer, and its grant
 * in the offer editor. */
static void
vesting_grant_activated_cb (OwWindow *self,
                            OwOffer  *offer,
                            OwGrant  *grant)
{
  OwOfferEditor *editor;

  ow_window_select_offer (self, offer);
  ow_window_show_view (self, "offer");
  editor = ow_window_ensure_offer_editor (self);
  if (grant != NULL)
    ow_offer_editor_focus_grant (editor, grant);
}

/* The Vesting and Negotiate views are made when they are first shown
 * rather than at start-up.  The Vesting view follows the window's session
 * through its property. */
static void
ensure_placeholder_page (OwWindow   *self,
                         const char *name)
{
  AdwBin *bin = ADW_BIN (adw_view_stack_get_child_by_name (self->view_stack, name));
  GtkWidget *page;

  if (adw_bin_get_child (bin) != NULL)
    return;

  if (g_str_equal (name, "vesting"))
    {
      page = ow_vesting_view_new ();
      g_object_bind_property (self, "session", page, "session", G_BINDING_SYNC_CREATE);
      g_signal_connect_object (page, "grant-activated", G_CALLBACK (vesting_grant_activated_cb), self,
                               G_CONNECT_SWAPPED);
    }
  else
    {
      /* The Negotiate view follows the session and the sidebar's
       * selection through its properties. */
      page = ow_negotiate_view_new ();
      g_object_bind_property (self, "session", page, "session", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self->selection, "selected-item", page, "offer", G_BINDING_SYNC_CREATE);
    }
  adw_bin_set_child (bin, page);
}

static void
visible_view_changed_cb (OwWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (name, "offer") == 0)
    ow_window_ensure_offer_editor (self);
  else if (g_strcmp0 (name, "vesting") == 0 || g_strcmp0 (name, "negotiate") == 0)
    ensure_placeholder_page (self, name);
}

/* The view switcher.  A wide switcher sits in the header bar while it fits;
 * when it does not, the header bar shows the title and the views move to a
 * switcher bar at the bottom, as AdwViewSwitcherTitle does.  The bar gets
 * the stack, and so its buttons, the first time the window is that narrow:
 * a second and third switcher made at start-up for a wide window (the
 * title's narrow one and the bar's) cost a tenth of the time to the first
 * frame. */
static void
title_squeezer_changed_cb (OwWindow *self)
{
  GObject *squeezer = gtk_widget_get_template_child (GTK_WIDGET (self), OW_TYPE_WINDOW, "title_squeezer");
  GObject *title = gtk_widget_get_template_child (GTK_WIDGET (self), OW_TYPE_WINDOW, "narrow_title");
  GObject *bar = gtk_widget_get_template_child (GTK_WIDGET (self), OW_TYPE_WINDOW, "switcher_bar");
  gboolean narrow;

  /* Also called while the window is taken apart. */
  if (squeezer == NULL || bar == NULL || self->view_stack == NULL)
    return;

  narrow = (GObject *) adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer)) == title;
  if (narrow && adw_view_switcher_bar_get_stack (ADW_VIEW_SWITCHER_BAR (bar)) == NULL)
    adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (bar), self->view_stack);
  adw_view_switcher_bar_set_reveal (ADW_VIEW_SWITCHER_BAR (bar), narrow);
}

/* The primary menu's popover is made when it is first opened: two of them
 * made up front, with a row of widgets per item, would cost start-up time
 * for a menu that may never open. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  OwWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* Shown ------------------------------------------------------------------- */

/* The welcome page is shown only while there is no offer, which is not
 * the case when the window opens a document: it is made the first time it
 * is needed on screen. */
static void
ensure_welcome_page (OwWindow *self)
{
  GtkWidget *page, *header, *button, *title, *box;

  if (self->welcome_page != NULL)
    return;

  header = adw_header_bar_new ();
  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "document-open-symbolic",
                         "action-name", "win.open",
                         "tooltip-text", _("Open a Document"),
                         NULL);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), button);
  title = adw_window_title_new (NULL, NULL);
  g_object_bind_property (self, "title", title, "title", G_BINDING_SYNC_CREATE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  self->welcome_menu_button = g_object_new (GTK_TYPE_MENU_BUTTON,
                                            "icon-name", "open-menu-symbolic",
                                            "primary", TRUE,
                                            "tooltip-text", _("Main Menu"),
                                            NULL);
  gtk_menu_button_set_create_popup_func (self->welcome_menu_button, create_menu_cb, self, NULL);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->welcome_menu_button));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  button = g_object_new (GTK_TYPE_BUTTON,
                         "label", _("_Add Offer"),
                         "use-underline", TRUE,
                         "action-name", "win.add-offer",
                         "css-classes", (const char *[]) { "pill", "suggested-action", NULL },
                         NULL);
  gtk_box_append (GTK_BOX (box), button);
  button = g_object_new (GTK_TYPE_BUTTON,
                         "label", _("Open _Sample"),
                         "use-underline", TRUE,
                         "action-name", "win.open-sample",
                         "tooltip-text", _("Three example offers: big tech, a startup and a current job"),
                         "css-classes", (const char *[]) { "pill", NULL },
                         NULL);
  gtk_box_append (GTK_BOX (box), button);

  self->welcome_page = g_object_new (ADW_TYPE_STATUS_PAGE,
                                     "vexpand", TRUE,
                                     "icon-name", APP_ID "-symbolic",
                                     "title", _("Compare Job Offers"),
                                     "description", _("Add each offer you hold, and your current job, to see "
                                                      "which is really worth more, year by year, after tax "
                                                      "and cost of living."),
                                     "child", box,
                                     NULL);

  page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (page), header);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->welcome_page));
  gtk_stack_add_named (self->main_stack, page, "welcome");
}

static void
update_main_page (OwWindow *self)
{
  guint n = 0;

  if (self->session != NULL)
    n = ow_document_get_n_offers (ow_session_get_document (self->session));

  if (n > 0)
    gtk_stack_set_visible_child_name (self->main_stack, "workbench");
  else if (gtk_widget_get_realized (GTK_WIDGET (self)))
    {
      ensure_welcome_page (self);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }
  /* Otherwise ow_window_realize() decides, once the window is shown. */
}

static void
ow_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ow_window_parent_class)->realize (widget);

  update_main_page (OW_WINDOW (widget));
}

/* "sample.offers" in the title, with a dot while there are unsaved
 * changes, as GNOME Text Editor marks them. */
void
ow_window_update_title (OwWindow *self)
{
  g_autofree char *title = NULL;
  const char *name;
  gboolean modified;

  g_return_if_fail (OW_IS_WINDOW (self));

  if (self->session == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Offer Workbench"));
      adw_window_title_set_title (self->document_title, _("Offer Workbench"));
      adw_window_title_set_subtitle (self->document_title, NULL);
      return;
    }

  name = ow_session_get_title (self->session);
  modified = ow_session_get_modified (self->session);
  title = modified ? g_strdup_printf ("• %s", name) : g_strdup (name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->document_title, name);
  adw_window_title_set_subtitle (self->document_title, modified ? _("Unsaved changes") : NULL);
}

static void
session_modified_cb (OwWindow *self)
{
  ow_window_update_title (self);
  _ow_window_actions_update (self);
}

static void
offers_changed_cb (OwWindow   *self,
                   guint       position,
                   guint       removed,
                   guint       added,
                   GListModel *offers)
{
  update_main_page (self);
  _ow_window_actions_update (self);
}

/**
 * ow_window_show_view:
 * @name: "compare", "vesting", "offer" or "negotiate"
 */
void
ow_window_show_view (OwWindow   *self,
                     const char *name)
{
  g_return_if_fail (OW_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (OwWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
sidebar_activate_cb (OwWindow *self,
                     guint     position)
{
  /* On a narrow window the sidebar is a page of its own: picking an offer
   * goes on to its view. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

void
ow_window_add_toast (OwWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (OW_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Window state ------------------------------------------------------------- */

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

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
ow_window_close_request (GtkWindow *window)
{
  OwWindow *self = OW_WINDOW (window);

  /* Unsaved changes are asked about first; the answer closes the window
   * again when it may. */
  if (!_ow_window_close_request (self))
    return TRUE;

  save_window_state (self);
  return GTK_WINDOW_CLASS (ow_window_parent_class)->close_request (window);
}

/* GObject ------------------------------------------------------------------ */

/* GObject sets "application" only after constructed(), so the settings
 * are read once it is set. */
static void
application_set_cb (OwWindow *self)
{
  if (gtk_window_get_application (GTK_WINDOW (self)) == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self, application_set_cb, NULL);
  restore_window_state (self);
}

static void
ow_window_constructed (GObject *object)
{
  OwWindow *self = OW_WINDOW (object);

  G_OBJECT_CLASS (ow_window_parent_class)->constructed (object);

  g_signal_connect (self, "notify::application", G_CALLBACK (application_set_cb), NULL);
}

static void
ow_window_dispose (GObject *object)
{
  OwWindow *self = OW_WINDOW (object);

  g_clear_handle_id (&self->prepare_source, g_source_remove);
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

  g_clear_object (&self->session);

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
    case PROP_SESSION:
      g_value_set_object (value, self->session);
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
  widget_class->realize = ow_window_realize;
  widget_class->map = ow_window_map;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, OW_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OW_TYPE_COMPARE_VIEW);
  g_type_ensure (OW_TYPE_OFFER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OwWindow, compare_view);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, document_title);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, offer_page);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, offers_view);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OwWindow, view_stack);
  /* Looked up with gtk_widget_get_template_child (). */
  gtk_widget_class_bind_template_child_full (widget_class, "narrow_title", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "switcher_bar", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "title_squeezer", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, offer_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_squeezer_changed_cb);

  _ow_window_class_actions_init (klass);
}

static void
ow_window_init (OwWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->main_menu_button, create_menu_cb, self, NULL);

  _ow_window_actions_init (self);
  _ow_window_dnd_init (self);
  _ow_window_sort_init (self);
  ow_window_update_title (self);
  update_main_page (self);
  _ow_window_actions_update (self);
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
 * ow_window_get_session:
 *
 * Returns: (transfer none) (nullable): the open document, if any
 */
OwSession *
ow_window_get_session (OwWindow *self)
{
  g_return_val_if_fail (OW_IS_WINDOW (self), NULL);
  return self->session;
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
  return self->session ? ow_session_get_document (self->session) : NULL;
}

/**
 * ow_window_get_file:
 *
 * Returns: (transfer none) (nullable): the document's file
 */
GFile *
ow_window_get_file (OwWindow *self)
{
  g_return_val_if_fail (OW_IS_WINDOW (self), NULL);
  return self->session ? ow_session_get_file (self->session) : NULL;
}

/**
 * ow_window_set_session:
 * @session: (nullable): the document to show
 *
 * Shows SESSION's document, with the first offer selected.
 */
void
ow_window_set_session (OwWindow  *self,
                       OwSession *session)
{
  GListModel *offers = NULL;

  g_return_if_fail (OW_IS_WINDOW (self));
  g_return_if_fail (!session || OW_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->session, self);
      g_signal_handlers_disconnect_by_data (ow_session_get_document (self->session), self);
      g_signal_handlers_disconnect_by_data (ow_document_get_offers (ow_session_get_document (self->session)), self);
    }

  g_set_object (&self->session, session);

  if (session != NULL)
    {
      offers = ow_document_get_offers (ow_session_get_document (session));
      g_signal_connect_object (session, "notify::modified", G_CALLBACK (session_modified_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (session, "notify::title", G_CALLBACK (session_modified_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (offers, "items-changed", G_CALLBACK (offers_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  ow_compare_view_set_session (self->compare_view, session);
  if (self->offer_editor != NULL)
    ow_offer_editor_set_session (self->offer_editor, session);
  _ow_window_sort_set_session (self, session);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  ow_window_update_title (self);
  update_main_page (self);
  selection_changed_cb (self);
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
