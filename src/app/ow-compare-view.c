/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison (being written). */
#define G_LOG_DOMAIN "ow-compare-view"

#include "config.h"

#include "ow-compare-view.h"

struct _OwCompareView
{
  GtkWidget  parent_instance;
  OwSession *session;
  OwOffer   *selected;
};

G_DEFINE_FINAL_TYPE (OwCompareView, ow_compare_view, GTK_TYPE_WIDGET)

enum {
  OFFER_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ow_compare_view_dispose (GObject *object)
{
  OwCompareView *self = OW_COMPARE_VIEW (object);

  g_clear_object (&self->session);
  g_clear_object (&self->selected);
  G_OBJECT_CLASS (ow_compare_view_parent_class)->dispose (object);
}

static void
ow_compare_view_class_init (OwCompareViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ow_compare_view_dispose;

  signals[OFFER_ACTIVATED] = g_signal_new ("offer-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, OW_TYPE_OFFER);
}

static void
ow_compare_view_init (OwCompareView *self)
{
}

void
ow_compare_view_set_session (OwCompareView *self,
                             OwSession     *session)
{
  g_return_if_fail (OW_IS_COMPARE_VIEW (self));
  g_set_object (&self->session, session);
}

void
ow_compare_view_set_selected_offer (OwCompareView *self,
                                    OwOffer       *offer)
{
  g_return_if_fail (OW_IS_COMPARE_VIEW (self));
  g_set_object (&self->selected, offer);
}
