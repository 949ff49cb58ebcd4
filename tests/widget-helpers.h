/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the widget tests that drive whole windows share: running the main
 * loop until it is idle, waiting for the file chooser, and finding a dialog.
 * Each test program includes it once. */
#pragma once

#include <gtk/gtk.h>

static void
iterate (void)
{
  /* Twice: an idle may queue another (a dialog's response closes the
   * window from an idle, which then destroys the dialog). */
  for (int i = 0; i < 2; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* The file chooser checks the chosen name in a thread: wait for *POINTER
 * to become NULL (what follows the choice), up to ten seconds. */
G_GNUC_UNUSED static void
wait_for_null (gpointer *pointer)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (*pointer != NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  iterate ();
}

/* The visible toplevel of TYPE that belongs to PARENT (any, when NULL). */
G_GNUC_UNUSED static GtkWindow *
find_toplevel (GType      type,
               GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          (parent == NULL || gtk_window_get_transient_for (window) == parent))
        return window;
    }
  return NULL;
}
