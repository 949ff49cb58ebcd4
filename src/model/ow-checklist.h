/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The checklist of an offer: the questions to ask before accepting it.
 *
 * The list an offer shows is built, not stored.  It has three kinds of
 * question:
 *
 *  - standard questions, the same for every offer: the seed article's list
 *    (salary band, compensation reviews, vesting and cliff, dilution,
 *    success in the first six months, scope, geographic pay bands) and an
 *    equity guide's (refreshers, bonus payout history, sign-on clawback,
 *    exercise window, fully diluted share count, 409A date, acceleration).
 *    Always present.
 *  - raised questions, for what this offer leaves unclear or only assumed
 *    (no salary band, a grant without a vesting schedule, options without
 *    a strike price or a share count, a private company without a dilution
 *    assumption, a bonus without payout history, a sign-on without
 *    clawback terms, a figure whose source is "verbal" or "assumed", a
 *    remote role whose pay-band policy is not known).  Present only while
 *    the gap is there.  When the gap is one that a standard question asks
 *    about (the salary band, say), the standard question itself is marked
 *    raised, with the reason, instead of being listed twice; once the gap
 *    is filled it is a plain standard question again.
 *  - the person's own questions, which stay until they delete them.
 *
 * What is stored is the person's part: a status and an answer.  Each
 * question has a stable id, its topic ("salary_band", "pay_bands",
 * "strike_price:grants[0]", "source:base_salary"), and a stored checklist
 * item with that topic holds the status and answer of that question.  An
 * item is stored only once the person changes the status or answers
 * (ow_checklist_entry_new_item() makes it); until then the question is
 * open.  The person's own questions are the items with no topic.
 *
 * Format extension (DEVELOPERS.md, "Format extensions"): a checklist item
 * may have a "topic" key, a string, "" or absent for the person's own
 * question:
 *
 *   "checklist": [ { "question": "What is the salary band for this role?",
 *                    "status": "asked", "topic": "salary_band" } ]
 *
 * The stored "question" is the text as it was shown, so the file reads on
 * its own; the checklist shows the current (translated) text of a known
 * topic instead.  Rules for stored items:
 *  - an item whose topic is a raised question whose gap has since been
 *    filled is not listed, but it stays in the document (and in the file):
 *    if the gap opens again, so does its old status and answer;
 *  - an item whose topic this version does not know (a newer version's
 *    question) is listed like the person's own questions, with its stored
 *    text, so nothing the person wrote is hidden;
 *  - when two items have the same known topic, the first is the one used.
 */
#pragma once

#include "ow-document.h"

G_BEGIN_DECLS

typedef enum {
  OW_CHECKLIST_KIND_STANDARD,
  OW_CHECKLIST_KIND_RAISED,
  OW_CHECKLIST_KIND_OWN,
} OwChecklistKind;

typedef struct
{
  char            *topic;    /* "" for the person's own questions */
  char            *question; /* translated; the stored text for own questions */
  char            *why;      /* translated: the gap that raised it; NULL unless RAISED */
  OwChecklistKind  kind;
  OwChecklistItem *item;     /* (owned) the stored status and answer, or NULL */
  char            *figure;   /* key path of the figure it is about ("base_salary",
                              * "grants[0].strike_price"), or NULL */
} OwChecklistEntry;

void               ow_checklist_entry_free       (OwChecklistEntry       *entry);
GPtrArray         *ow_checklist_build            (OwDocument             *document,
                                                  OwOffer                *offer);
guint              ow_checklist_count_open       (OwDocument             *document,
                                                  OwOffer                *offer);
OwChecklistStatus  ow_checklist_entry_get_status (const OwChecklistEntry *entry);
const char        *ow_checklist_entry_get_answer (const OwChecklistEntry *entry);
OwChecklistItem   *ow_checklist_entry_new_item   (const OwChecklistEntry *entry);
OwChecklistItem   *ow_checklist_find_item        (OwOffer                *offer,
                                                  const char             *topic);
gboolean           ow_checklist_find_figure      (OwOffer                *offer,
                                                  const char             *figure,
                                                  OwNode                **node,
                                                  GParamSpec            **pspec);
OwSource           ow_checklist_source_in_effect (OwOffer                *offer,
                                                  const char             *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OwChecklistEntry, ow_checklist_entry_free)

G_END_DECLS
