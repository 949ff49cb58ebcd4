/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwRevision: one entry of an offer's negotiation log.  It keeps the
 * offer's figures as they stood at that point (received from the employer,
 * countered by the person, revised by the employer) with the date and a
 * note; the offer's own keys are always the latest figures.  The snapshot
 * is a whole OwOffer, so the valuation values a revision exactly like an
 * offer. */
#pragma once

#include "ow-date.h"
#include "ow-field.h"
#include "ow-node.h"
#include "ow-document.h"

G_BEGIN_DECLS

typedef enum {
  OW_REVISION_KIND_RECEIVED,  /* the employer's figures as received */
  OW_REVISION_KIND_COUNTERED, /* what the person asked for */
  OW_REVISION_KIND_REVISED,   /* the employer's revised figures */
} OwRevisionKind;

#define OW_TYPE_REVISION_KIND (ow_revision_kind_get_type ())
GType ow_revision_kind_get_type (void) G_GNUC_CONST;

#define OW_TYPE_REVISION (ow_revision_get_type ())

G_DECLARE_FINAL_TYPE (OwRevision, ow_revision, OW, REVISION, OwNode)

OwRevision     *ow_revision_new_snapshot     (OwOffer        *offer,
                                              OwRevisionKind  kind,
                                              OwDate          date,
                                              const char     *note);
OwDate          ow_revision_get_date         (OwRevision     *self);
OwRevisionKind  ow_revision_get_kind         (OwRevision     *self);
const char     *ow_revision_get_note         (OwRevision     *self);
OwOffer        *ow_revision_get_offer        (OwRevision     *self);
guint           ow_revision_find_position    (GListModel     *revisions,
                                              OwDate          date);
gboolean        ow_revision_check            (OwRevision     *self,
                                              const char     *path,
                                              GError        **error);

/* The offer's negotiation log (defined in ow-revision.c, declared here
 * because the log's types need the offer's). */
GListModel     *ow_offer_get_revisions       (OwOffer        *offer);
OwRevision     *ow_offer_record_revision     (OwOffer        *offer,
                                              OwRevisionKind  kind,
                                              OwDate          date,
                                              const char     *note);

/* What changed between two sets of figures, key by key. */
typedef struct
{
  char        *path;      /* the key as load errors name it: "grants[0].units" */
  char        *label;     /* for people, translated: "Units (New-hire RSUs)" */
  char        *old_text;  /* plain text; NULL: not given (or the item did not exist) */
  char        *new_text;  /* plain text; NULL: not given (or the item was removed) */
  OwFieldKind  kind;      /* how to read the values below */
  gint64       old_value; /* number kinds: cents, basis points or millionths; */
  gint64       new_value; /* enums: the value; dates: the OwDate */
} OwRevisionChange;

void            ow_revision_change_free      (OwRevisionChange *change);
GPtrArray      *ow_revision_diff             (OwOffer        *older,
                                              OwOffer        *newer);

OwDocument     *ow_revision_comparison_new   (OwDocument     *document,
                                              OwOffer        *offer,
                                              OwRevision     *revision);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwRevisionChange, ow_revision_change_free)

G_END_DECLS
