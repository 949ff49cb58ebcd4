/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The offer editor (being written). */
#define G_LOG_DOMAIN "ow-offer-editor"

#include "config.h"

#include "ow-offer-editor.h"

struct _OwOfferEditor
{
  GtkWidget  parent_instance;
  OwSession *session;
  OwOffer   *offer;
};

G_DEFINE_FINAL_TYPE (OwOfferEditor, ow_offer_editor, GTK_TYPE_WIDGET)

static void
ow_offer_editor_dispose (GObject *object)
{
  OwOfferEditor *self = OW_OFFER_EDITOR (object);

  g_clear_object (&self->session);
  g_clear_object (&self->offer);
  G_OBJECT_CLASS (ow_offer_editor_parent_class)->dispose (object);
}

static void
ow_offer_editor_class_init (OwOfferEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ow_offer_editor_dispose;
}

static void
ow_offer_editor_init (OwOfferEditor *self)
{
}

void
ow_offer_editor_set_session (OwOfferEditor *self,
                             OwSession     *session)
{
  g_return_if_fail (OW_IS_OFFER_EDITOR (self));
  g_set_object (&self->session, session);
}

void
ow_offer_editor_set_offer (OwOfferEditor *self,
                           OwOffer       *offer)
{
  g_return_if_fail (OW_IS_OFFER_EDITOR (self));
  g_set_object (&self->offer, offer);
}
