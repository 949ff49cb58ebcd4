/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening .offers files dropped on the window. */
#define G_LOG_DOMAIN "ow-window-dnd"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-application.h"
#include "ow-window-private.h"

/* Offer Workbench documents are known by their name: asking each file for
 * its content type would block on slow or remote file systems, and the
 * loader says clearly what is wrong with a .offers file that is not one. */
static gboolean
is_offers_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *folded = basename ? g_utf8_casefold (basename, -1) : NULL;

  return folded != NULL && g_str_has_suffix (folded, ".offers");
}

static gboolean
has_offers_file (const GValue *value)
{
  GSList *files;
  gboolean found = FALSE;

  if (value == NULL || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL && !found; l = l->next)
    found = is_offers_file (l->data);
  g_slist_free (files);

  return found;
}

/* The file list is read as soon as a drag enters (preload), so a drag with
 * no .offers file in it is refused before it is dropped: the pointer shows
 * it cannot be dropped here and the window is not highlighted. */
static void
value_changed_cb (GtkDropTarget *target,
                  GParamSpec    *pspec,
                  OwWindow      *self)
{
  const GValue *value = gtk_drop_target_get_value (target);

  if (value != NULL && !has_offers_file (value))
    gtk_drop_target_reject (target);
}

/* Dropped files go through the application like files from the command
 * line: a document that is open already is raised, this window is reused
 * only when it shows nothing worth keeping, and a bad one is reported with
 * the loader's message while the open document stays as it was.  Other
 * files in the drop are named in a toast. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         OwWindow      *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *skipped_name = NULL;
  guint n_skipped = 0;
  GSList *files;

  if (!OW_IS_APPLICATION (app) || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (is_offers_file (l->data))
        g_ptr_array_add (documents, g_object_ref (l->data));
      else if (n_skipped++ == 0)
        skipped_name = g_file_get_basename (l->data);
    }
  g_slist_free (files);

  if (n_skipped > 0)
    {
      g_autofree char *escaped = g_markup_escape_text (skipped_name ? skipped_name : "", -1);
      g_autofree char *title = NULL;

      /* A toast title is markup. */
      if (n_skipped == 1)
        title = g_strdup_printf (_("“%s” is not an Offer Workbench document"), escaped);
      else
        title = g_strdup_printf (ngettext ("%u file is not an Offer Workbench document",
                                           "%u files are not Offer Workbench documents",
                                           n_skipped),
                                 n_skipped);
      ow_window_add_toast (self, adw_toast_new (title));
    }

  for (guint i = 0; i < documents->len; i++)
    ow_application_open_file (OW_APPLICATION (app), g_ptr_array_index (documents, i), self);

  return documents->len > 0;
}

void
_ow_window_dnd_init (OwWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_drop_target_set_preload (target, TRUE);
  g_signal_connect_object (target, "notify::value", G_CALLBACK (value_changed_cb), self, 0);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
