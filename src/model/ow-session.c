/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An open document. */
#define G_LOG_DOMAIN "ow-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ow-session.h"

struct _OwSession
{
  GObject      parent_instance;

  OwDocument  *document;
  OwHistory   *history;
  GFile       *file;
  char        *title;
  OwValuation *valuation;
  /* OwOffer → colour slot + 1.  Offers keep their slot while they are in
   * the document and get it back when an undo returns them, so an offer's
   * colour does not move when another one is added or deleted. */
  GHashTable  *slots;
};

G_DEFINE_FINAL_TYPE (OwSession, ow_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_HISTORY,
  PROP_FILE,
  PROP_TITLE,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  VALUATION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Valuing 20 offers takes a fraction of a millisecond, so the valuation is
 * recomputed as soon as anything changes and every view redraws from it in
 * the same frame. */
static void
revalue (OwSession *self)
{
  g_clear_pointer (&self->valuation, ow_valuation_free);
  self->valuation = ow_valuation_new (self->document);
  g_signal_emit (self, signals[VALUATION_CHANGED], 0);
}

static void
document_changed_cb (OwSession *self)
{
  revalue (self);
}

static void
assign_slots (OwSession *self)
{
  guint n = ow_document_get_n_offers (self->document);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) waiting = g_ptr_array_new ();
  guint next = 0;

  for (guint i = 0; i < n; i++)
    {
      OwOffer *offer = ow_document_get_offer (self->document, i);
      gpointer slot = g_hash_table_lookup (self->slots, offer);

      if (slot != NULL && !g_hash_table_contains (taken, slot))
        g_hash_table_add (taken, slot);
      else
        g_ptr_array_add (waiting, offer);
    }

  for (guint i = 0; i < waiting->len; i++)
    {
      OwOffer *offer = g_ptr_array_index (waiting, i);

      while (g_hash_table_contains (taken, GUINT_TO_POINTER (next + 1)))
        next++;
      g_hash_table_add (taken, GUINT_TO_POINTER (next + 1));
      g_hash_table_insert (self->slots, g_object_ref (offer), GUINT_TO_POINTER (next + 1));
    }
}

static void
offers_changed_cb (OwSession  *self,
                   guint       position,
                   guint       removed,
                   guint       added,
                   GListModel *offers)
{
  assign_slots (self);
}

static void
history_modified_cb (OwSession *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
ow_session_constructed (GObject *object)
{
  OwSession *self = OW_SESSION (object);

  G_OBJECT_CLASS (ow_session_parent_class)->constructed (object);

  g_assert (self->document != NULL);

  self->history = ow_history_new (self->document);
  g_signal_connect_object (self->history, "notify::modified",
                           G_CALLBACK (history_modified_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "changed",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ow_document_get_offers (self->document), "items-changed",
                           G_CALLBACK (offers_changed_cb), self, G_CONNECT_SWAPPED);
  assign_slots (self);
  self->valuation = ow_valuation_new (self->document);
}

static void
ow_session_dispose (GObject *object)
{
  OwSession *self = OW_SESSION (object);

  g_clear_pointer (&self->slots, g_hash_table_unref);
  g_clear_pointer (&self->valuation, ow_valuation_free);
  g_clear_object (&self->history);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (ow_session_parent_class)->dispose (object);
}

static void
ow_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OwSession *self = OW_SESSION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, ow_session_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OwSession *self = OW_SESSION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_session_class_init (OwSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = ow_session_constructed;
  object_class->dispose = ow_session_dispose;
  object_class->get_property = ow_session_get_property;
  object_class->set_property = ow_session_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, OW_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HISTORY] = g_param_spec_object ("history", NULL, NULL, OW_TYPE_HISTORY, ro);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  /**
   * OwSession:title:
   *
   * How the document is named to people: its file's display name, or
   * "Untitled Offers".
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OwSession::valuation-changed:
   *
   * The figures changed: emitted once after each edit, undo or redo.
   */
  signals[VALUATION_CHANGED] = g_signal_new ("valuation-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
ow_session_init (OwSession *self)
{
  self->slots = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->title = g_strdup (_("Untitled Offers"));
}

/**
 * ow_session_new:
 * @file: (nullable): where DOCUMENT was loaded from
 * @display_name: (nullable): how to name it; the file's name when %NULL
 */
OwSession *
ow_session_new (OwDocument *document,
                GFile      *file,
                const char *display_name)
{
  OwSession *self;

  g_return_val_if_fail (OW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (OW_TYPE_SESSION, "document", document, NULL);
  if (file != NULL)
    ow_session_set_file (self, file, display_name);
  return self;
}

OwDocument *
ow_session_get_document (OwSession *self)
{
  g_return_val_if_fail (OW_IS_SESSION (self), NULL);
  return self->document;
}

OwHistory *
ow_session_get_history (OwSession *self)
{
  g_return_val_if_fail (OW_IS_SESSION (self), NULL);
  return self->history;
}

/**
 * ow_session_get_file:
 *
 * Returns: (transfer none) (nullable): the document's file, %NULL when it
 *   was never saved
 */
GFile *
ow_session_get_file (OwSession *self)
{
  g_return_val_if_fail (OW_IS_SESSION (self), NULL);
  return self->file;
}

const char *
ow_session_get_title (OwSession *self)
{
  g_return_val_if_fail (OW_IS_SESSION (self), NULL);
  return self->title;
}

void
ow_session_set_file (OwSession  *self,
                     GFile      *file,
                     const char *display_name)
{
  g_autofree char *name = NULL;

  g_return_if_fail (OW_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  name = display_name ? g_strdup (display_name) : g_file_get_basename (file);

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (g_strcmp0 (self->title, name) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&name);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

gboolean
ow_session_get_modified (OwSession *self)
{
  g_return_val_if_fail (OW_IS_SESSION (self), FALSE);
  return ow_history_get_modified (self->history);
}

/**
 * ow_session_get_valuation:
 *
 * Returns: (transfer none): the valuation of the document as it is now;
 *   replaced after every change (see #OwSession::valuation-changed)
 */
OwValuation *
ow_session_get_valuation (OwSession *self)
{
  g_return_val_if_fail (OW_IS_SESSION (self), NULL);
  return self->valuation;
}

/**
 * ow_session_get_offer_value:
 *
 * Returns: (transfer none) (nullable): the figures of OFFER
 */
OwOfferValue *
ow_session_get_offer_value (OwSession *self,
                            OwOffer   *offer)
{
  g_return_val_if_fail (OW_IS_SESSION (self), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);

  return ow_valuation_find (self->valuation, offer);
}

/* The offer's colour slot (0, 1, 2, …): the same in every view for as long
 * as the offer is open. */
guint
ow_session_get_offer_slot (OwSession *self,
                           OwOffer   *offer)
{
  gpointer slot;

  g_return_val_if_fail (OW_IS_SESSION (self), 0);
  g_return_val_if_fail (OW_IS_OFFER (offer), 0);

  slot = g_hash_table_lookup (self->slots, offer);
  if (slot == NULL)
    {
      assign_slots (self);
      slot = g_hash_table_lookup (self->slots, offer);
    }
  return slot != NULL ? GPOINTER_TO_UINT (slot) - 1 : 0;
}

/**
 * ow_session_save:
 * @file: (nullable): where to save; the session's file when %NULL ("Save")
 * @display_name: (nullable): the new file's name for titles
 *
 * Saves atomically; on success the session takes FILE as its file and is
 * no longer modified.
 */
gboolean
ow_session_save (OwSession   *self,
                 GFile       *file,
                 const char  *display_name,
                 GError     **error)
{
  g_return_val_if_fail (OW_IS_SESSION (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;

  if (!ow_document_save_file (self->document, file, error))
    return FALSE;

  ow_session_set_file (self, file, display_name);
  ow_history_mark_saved (self->history);
  return TRUE;
}
