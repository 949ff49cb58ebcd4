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

/* A window that shows no document yet is reused rather than left behind
 * empty, as GNOME Text Editor reuses an untouched draft. */
static OwWindow *
get_window_for_document (OwApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (OW_IS_WINDOW (active) && ow_window_get_document (OW_WINDOW (active)) == NULL)
    return OW_WINDOW (active);

  return ow_window_new (GTK_APPLICATION (self));
}

static void
remember_recent_file (OwApplication *self,
                      GFile         *file)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) old = NULL;
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = NULL;
  guint n = 1;

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

  g_settings_set_strv (self->settings, "recent-files", (const char * const *) recent);
}

/* Loading is all or nothing (the model's contract), so a bad file never
 * leaves a half-read document behind: the user gets the loader's message,
 * which names the file and the place in it. */
static void
open_file (OwApplication *self,
           GFile         *file,
           gboolean       had_windows)
{
  g_autoptr(OwDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display_name = NULL;
  OwWindow *window;

  window = find_window_for_file (self, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  display_name = get_display_name (file);
  document = ow_document_new_from_file (file, display_name, &error);
  window = get_window_for_document (self);
  gtk_window_present (GTK_WINDOW (window));

  if (document == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), display_name);

      /* When the file came from the command line, say it there as well. */
      if (!had_windows)
        g_printerr ("%s\n", error->message);

      ow_window_show_error (window, heading, error->message);
      return;
    }

  {
    g_autoptr(OwSession) session = ow_session_new (document, file, display_name);
    ow_window_set_session (window, session);
  }
  remember_recent_file (self, file);
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
    open_file (self, files[i], had_windows);
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

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action_cb },
  { .name = "quit", .activate = quit_action_cb },
};

static void
ow_application_startup (GApplication *app)
{
  OwApplication *self = OW_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (ow_application_parent_class)->startup (app);

  self->settings = settings_new_if_installed ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);

  gtk_window_set_default_icon_name (APP_ID);
}

static void
ow_application_dispose (GObject *object)
{
  OwApplication *self = OW_APPLICATION (object);

  g_clear_object (&self->settings);

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
