/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: one process for every window (GNOME's unique-application
 * model), opening each .offers document in a window of its own. */
#define G_LOG_DOMAIN "ow-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-application.h"
#include "ow-window.h"

#define MAX_RECENT_FILES 10

struct _OwApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings; /* NULL when the schema is not installed */
  /* The "Open Recent" submenu, one for every window, rebuilt whenever the
   * list changes; empty when there is nothing to show. */
  GMenu          *recent_menu;
};

G_DEFINE_FINAL_TYPE (OwApplication, ow_application, ADW_TYPE_APPLICATION)

/* Settings are a convenience (window size, recent files), so an uninstalled
 * build run without GSETTINGS_SCHEMA_DIR still starts instead of aborting
 * the way g_settings_new () does for a missing schema. */
static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed; settings will not be kept", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static char *
get_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;
  const char *name = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    name = g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME);

  if (name != NULL)
    return g_strdup (name);

  /* The file may not exist; the loader then says so, naming it like this. */
  return g_file_get_basename (file);
}

static OwWindow *
find_window_for_file (OwApplication *self,
                      GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      GFile *open_file;

      if (!OW_IS_WINDOW (l->data))
        continue;

      open_file = ow_window_get_file (l->data);
      if (open_file != NULL && g_file_equal (open_file, file))
        return l->data;
    }

  return NULL;
}

/* A window is reused for a document when it shows nothing worth keeping:
 * no document, or an untitled one that is still empty and unchanged, as
 * GNOME Text Editor reuses an untouched draft. */
static gboolean
window_is_reusable (OwWindow *window)
{
  OwSession *session = ow_window_get_session (window);

  if (session == NULL)
    return TRUE;

  return ow_session_get_file (session) == NULL &&
         !ow_session_get_modified (session) &&
         ow_document_get_n_offers (ow_session_get_document (session)) == 0;
}

static OwWindow *
get_active_ow_window (OwApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  return OW_IS_WINDOW (active) ? OW_WINDOW (active) : NULL;
}

/**
 * ow_application_get_window_for_document:
 * @preferred: (nullable): the window the request came from; the active
 *   window when %NULL
 *
 * Returns: (transfer none): PREFERRED when it may show another document,
 *   otherwise a new window
 */
OwWindow *
ow_application_get_window_for_document (OwApplication *self,
                                        OwWindow      *preferred)
{
  g_return_val_if_fail (OW_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (!preferred || OW_IS_WINDOW (preferred), NULL);

  if (preferred == NULL)
    preferred = get_active_ow_window (self);

  if (preferred != NULL && window_is_reusable (preferred))
    return preferred;

  return ow_window_new (GTK_APPLICATION (self));
}

/* Recent files ------------------------------------------------------------- */

/* Menu labels take mnemonics: an underscore in a file name must show. */
static char *
escape_mnemonics (const char *text)
{
  g_autoptr(GString) escaped = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '_')
        g_string_append_c (escaped, '_');
      g_string_append_c (escaped, *p);
    }
  return g_string_free (g_steal_pointer (&escaped), FALSE);
}

/* Files that are gone are left out of the menu but stay in the list, so a
 * document on a disk that is not mounted now comes back with the disk; a
 * file that disappears while the menu is open is removed when it is
 * picked (win.open-recent says so).  Only local files are checked: asking
 * a remote server on every change would block. */
static void
rebuild_recent_menu (OwApplication *self)
{
  g_autoptr(GMenu) files = g_menu_new ();
  g_autoptr(GMenu) clear = g_menu_new ();
  g_auto(GStrv) recent = NULL;

  g_menu_remove_all (self->recent_menu);

  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-files");
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *parse_name = NULL;
      g_autofree char *basename = NULL;
      g_autofree char *label = NULL;

      if (g_file_is_native (file) && !g_file_query_exists (file, NULL))
        continue;

      parse_name = g_file_get_parse_name (file);
      basename = g_path_get_basename (parse_name);
      label = escape_mnemonics (basename);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (recent[i]));
      g_menu_append_item (files, item);
    }

  if (g_menu_model_get_n_items (G_MENU_MODEL (files)) == 0)
    return;

  g_menu_append (clear, _("_Clear List"), "app.clear-recent");
  g_menu_append_section (self->recent_menu, NULL, G_MENU_MODEL (files));
  g_menu_append_section (self->recent_menu, NULL, G_MENU_MODEL (clear));
}

static void
set_recent_files (OwApplication *self,
                  GStrv          recent)
{
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) recent);
}

/**
 * ow_application_add_recent_file:
 *
 * Puts FILE first in the recent documents.
 */
void
ow_application_add_recent_file (OwApplication *self,
                                GFile         *file)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) old = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = NULL;
  guint n = 1;

  g_return_if_fail (OW_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->settings == NULL)
    return;

  uri = g_file_get_uri (file);
  old = g_settings_get_strv (self->settings, "recent-files");

  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT_FILES; i++)
    {
      if (g_strcmp0 (old[i], uri) != 0)
        {
          g_strv_builder_add (builder, old[i]);
          n++;
        }
    }
  recent = g_strv_builder_end (builder);

  set_recent_files (self, recent);
}

void
ow_application_remove_recent_file (OwApplication *self,
                                   GFile         *file)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) old = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (OW_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->settings == NULL)
    return;

  uri = g_file_get_uri (file);
  old = g_settings_get_strv (self->settings, "recent-files");
  if (!g_strv_contains ((const char * const *) old, uri))
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; old[i] != NULL; i++)
    if (g_strcmp0 (old[i], uri) != 0)
      g_strv_builder_add (builder, old[i]);
  recent = g_strv_builder_end (builder);

  set_recent_files (self, recent);
}

/**
 * ow_application_get_recent_menu:
 *
 * Returns: (transfer none): the "Open Recent" menu: the recent documents
 *   (win.open-recent) and "Clear List"; no items when there are none
 */
GMenuModel *
ow_application_get_recent_menu (OwApplication *self)
{
  g_return_val_if_fail (OW_IS_APPLICATION (self), NULL);
  return G_MENU_MODEL (self->recent_menu);
}

/* Opening ------------------------------------------------------------------ */

/* Loading is all or nothing (the model's contract), so a bad file never
 * leaves a half-read document behind: the user gets the loader's message,
 * which names the file and the place in it, over the window the request
 * came from, whose document stays as it was. */
static gboolean
open_file (OwApplication *self,
           GFile         *file,
           OwWindow      *from,
           gboolean       from_command_line)
{
  g_autoptr(OwDocument) document = NULL;
  g_autoptr(OwSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display_name = NULL;
  OwWindow *window;

  window = find_window_for_file (self, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return TRUE;
    }

  display_name = get_display_name (file);
  document = ow_document_new_from_file (file, display_name, &error);

  if (document == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), display_name);

      /* When the file came from the command line, say it there as well. */
      if (from_command_line)
        g_printerr ("%s\n", error->message);

      window = from != NULL ? from : get_active_ow_window (self);
      if (window == NULL)
        window = ow_window_new (GTK_APPLICATION (self));
      gtk_window_present (GTK_WINDOW (window));
      ow_window_show_error (window, heading, error->message);
      return FALSE;
    }

  window = ow_application_get_window_for_document (self, from);
  session = ow_session_new (document, file, display_name);
  ow_window_set_session (window, session);
  gtk_window_present (GTK_WINDOW (window));
  ow_application_add_recent_file (self, file);
  return TRUE;
}

/**
 * ow_application_open_file:
 * @from: (nullable): the window that asked, reused when it shows nothing
 *   worth keeping and told when FILE cannot be opened
 *
 * Opens FILE in a window, or raises the window that shows it already.
 *
 * Returns: whether FILE is open now
 */
gboolean
ow_application_open_file (OwApplication *self,
                          GFile         *file,
                          OwWindow      *from)
{
  g_return_val_if_fail (OW_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (!from || OW_IS_WINDOW (from), FALSE);

  return open_file (self, file, from, FALSE);
}

static void
ow_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  OwApplication *self = OW_APPLICATION (app);
  gboolean had_windows = gtk_application_get_windows (GTK_APPLICATION (self)) != NULL;

  for (int i = 0; i < n_files; i++)
    open_file (self, files[i], NULL, !had_windows);
}

static void
ow_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (ow_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  OwApplication *self = OW_APPLICATION (user_data);
  static const char *developers[] = { "Offer Workbench developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Offer Workbench"),
                        "application-icon", APP_ID,
                        "developer-name", _("Offer Workbench developers"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/offerworkbench/offer-workbench",
                        "issue-url", "https://github.com/offerworkbench/offer-workbench/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one a line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* Closes the windows rather than quitting outright, so each one runs its
 * close handler and keeps its size for next time. */
static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  OwApplication *self = OW_APPLICATION (user_data);
  GList *windows;

  /* Closing a window also destroys its dialogs, which are in the list too:
   * hold a reference on each, and skip those already gone. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    g_object_ref (l->data);

  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (gtk_widget_get_visible (l->data))
        gtk_window_close (l->data);
    }

  g_list_free_full (windows, g_object_unref);
}

static void
new_window_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  OwApplication *self = OW_APPLICATION (user_data);

  gtk_window_present (GTK_WINDOW (ow_window_new (GTK_APPLICATION (self))));
}

static void
clear_recent_action_cb (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  OwApplication *self = OW_APPLICATION (user_data);

  if (self->settings != NULL)
    g_settings_reset (self->settings, "recent-files");
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action_cb },
  { .name = "clear-recent", .activate = clear_recent_action_cb },
  { .name = "new-window", .activate = new_window_action_cb },
  { .name = "quit", .activate = quit_action_cb },
};

static void
ow_application_startup (GApplication *app)
{
  OwApplication *self = OW_APPLICATION (app);
  /* Document and window commands are application accelerators, so the
   * menus show them.  Editing commands (undo, redo, add, duplicate and
   * delete offer, the views) are bindings of the window class in
   * ow-window-actions.c instead: those run only when the focused widget
   * does not use the key itself, so Ctrl+Z in a text field undoes typing.
   * Every one of them is listed in ui/help-overlay.ui. */
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.new-window", { "<Control>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Shift><Control>s", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (ow_application_parent_class)->startup (app);

  self->settings = settings_new_if_installed ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::recent-files",
                             G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);

  /* The windows' icon (which X11 window managers show; Wayland takes it
   * from the desktop file) is set by the first window after its first
   * frame: decoding it from SVG is a tenth of the time to that frame. */
}

static void
ow_application_dispose (GObject *object)
{
  OwApplication *self = OW_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (ow_application_parent_class)->dispose (object);
}

static void
ow_application_class_init (OwApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ow_application_dispose;

  app_class->activate = ow_application_activate;
  app_class->open = ow_application_open;
  app_class->startup = ow_application_startup;
}

static void
ow_application_init (OwApplication *self)
{
  self->recent_menu = g_menu_new ();
}

/* The default flags make the application unique: a second `offer-workbench
 * FILE` hands FILE to the running instance and exits, so one process holds
 * every window, a document already open is raised instead of opened twice,
 * and the windows share one settings object.  Without a session bus GLib
 * quietly runs the process as a non-unique application, so CI and tests need
 * no bus. */
OwApplication *
ow_application_new (void)
{
  return g_object_new (OW_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * ow_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the application's settings, or %NULL
 *   when the schema is not installed
 */
GSettings *
ow_application_get_settings (OwApplication *self)
{
  g_return_val_if_fail (OW_IS_APPLICATION (self), NULL);

  return self->settings;
}
