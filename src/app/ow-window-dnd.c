/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening .offers files dropped on the window. */
#define G_LOG_DOMAIN "ow-window-dnd"

#include "config.h"

#include "ow-window-private.h"

/* Dropped files go through the application like files from the command
 * line: a document that is open already is raised, a bad one is reported
 * with the loader's message and the open document stays as it was. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         OwWindow      *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSList *files;
  g_autoptr(GPtrArray) array = g_ptr_array_new ();

  if (app == NULL || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  g_slist_free (files);

  if (array->len == 0)
    return FALSE;

  g_application_open (G_APPLICATION (app), (GFile **) array->pdata, (int) array->len, "");
  return TRUE;
}

void
_ow_window_dnd_init (OwWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
