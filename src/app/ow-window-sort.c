/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sidebar's order: the document's own, or by answer deadline, soonest
 * first ("Sort by Deadline" in the primary menu).  Offers without a
 * deadline (the current job, usually) come last, in the document's order;
 * so do offers with the same deadline.  The choice is the application's
 * "sort-by-deadline" setting, shared by its windows. */
#define G_LOG_DOMAIN "ow-window"

#include "config.h"

#include "ow-application.h"
#include "ow-window-private.h"

#define SORT_KEY "sort-by-deadline"

static int
compare_deadlines_cb (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  OwDate x = ow_offer_get_deadline (OW_OFFER ((gpointer) a));
  OwDate y = ow_offer_get_deadline (OW_OFFER ((gpointer) b));

  /* Equal keeps the document's order: GtkSortListModel sorts stably. */
  if (x == y)
    return GTK_ORDERING_EQUAL;
  if (x == OW_DATE_NONE)
    return GTK_ORDERING_LARGER;
  if (y == OW_DATE_NONE)
    return GTK_ORDERING_SMALLER;
  return x < y ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

/**
 * _ow_window_deadline_sorter_new:
 *
 * Returns: (transfer full): a sorter of offers by answer deadline, soonest
 *   first, those without one last
 */
GtkSorter *
_ow_window_deadline_sorter_new (void)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_deadlines_cb, NULL, NULL));
}

/* Kept with the window rather than in its structure: only this file uses
 * it (the selection shows it). */
static GtkSortListModel *
get_sorted (OwWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "sidebar-sorted");
}

static void
apply_order (OwWindow *self,
             gboolean  by_deadline)
{
  g_autoptr(GtkSorter) sorter = by_deadline ? _ow_window_deadline_sorter_new () : NULL;

  if (by_deadline == (gtk_sort_list_model_get_sorter (get_sorted (self)) != NULL))
    return;
  gtk_sort_list_model_set_sorter (get_sorted (self), sorter);
}

/* A deadline may have changed: sort again (nothing moves when none did). */
static void
document_changed_cb (OwWindow *self)
{
  GtkSorter *sorter = gtk_sort_list_model_get_sorter (get_sorted (self));

  if (sorter != NULL)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

static void
sort_state_cb (GSimpleAction *action,
               GVariant      *state,
               OwWindow      *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  g_simple_action_set_state (action, state);
  apply_order (self, g_variant_get_boolean (state));
  if (OW_IS_APPLICATION (app))
    g_settings_set_boolean (ow_application_get_settings (OW_APPLICATION (app)), SORT_KEY,
                            g_variant_get_boolean (state));
}

static GSimpleAction *
sort_action (OwWindow *self)
{
  GActionGroup *group = g_object_get_data (G_OBJECT (self), "sidebar-actions");

  return G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group), SORT_KEY));
}

/* Another window changed the setting. */
static void
setting_changed_cb (GSettings  *settings,
                    const char *key,
                    OwWindow   *self)
{
  gboolean by_deadline = g_settings_get_boolean (settings, SORT_KEY);

  g_simple_action_set_state (sort_action (self), g_variant_new_boolean (by_deadline));
  apply_order (self, by_deadline);
}

/* The settings are the application's, known once it is set. */
static void
application_changed_cb (OwWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings;

  if (!OW_IS_APPLICATION (app))
    return;

  g_signal_handlers_disconnect_by_func (self, application_changed_cb, NULL);
  settings = ow_application_get_settings (OW_APPLICATION (app));
  g_signal_connect_object (settings, "changed::" SORT_KEY, G_CALLBACK (setting_changed_cb), self, 0);
  setting_changed_cb (settings, SORT_KEY, self);
}

/**
 * _ow_window_sort_set_session:
 *
 * Shows SESSION's offers in the sidebar, in the order chosen.
 */
void
_ow_window_sort_set_session (OwWindow  *self,
                             OwSession *session)
{
  GListModel *offers = session ? ow_document_get_offers (ow_session_get_document (session)) : NULL;

  gtk_sort_list_model_set_model (get_sorted (self), offers);
  /* The window drops its handlers on the old session by itself. */
  if (session != NULL)
    g_signal_connect_object (session, "valuation-changed", G_CALLBACK (document_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

/**
 * _ow_window_sort_find:
 * @position: (out): where OFFER is in the sidebar
 *
 * Returns: whether the sidebar lists OFFER
 */
gboolean
_ow_window_sort_find (OwWindow *self,
                      OwOffer  *offer,
                      guint    *position)
{
  GListModel *model = G_LIST_MODEL (get_sorted (self));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwOffer) item = g_list_model_get_item (model, i);

      if (item == offer)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

void
_ow_window_sort_init (OwWindow *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (SORT_KEY, NULL, g_variant_new_boolean (FALSE));

  GtkSortListModel *sorted = gtk_sort_list_model_new (NULL, NULL);

  g_object_set_data_full (G_OBJECT (self), "sidebar-sorted", sorted, g_object_unref);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (sorted));

  g_signal_connect (action, "change-state", G_CALLBACK (sort_state_cb), self);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "sidebar", G_ACTION_GROUP (group));
  g_object_set_data_full (G_OBJECT (self), "sidebar-actions", g_object_ref (group), g_object_unref);

  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
}
