/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Negotiate view's state, shared by its parts: ow-negotiate-view.c
 * (the page, the offer shown, the deadline), -checklist.c (Questions to
 * Ask), -planner.c (Counteroffer), -log.c (Negotiation Log) and -leave.c
 * (Cost of Leaving).  Tests include it to drive the real widgets. */
#pragma once

#include <adwaita.h>

#include "ow-date-row.h"
#include "ow-negotiate-view.h"
#include "ow-offer-chip.h"
#include "ow-planner.h"

G_BEGIN_DECLS

struct _OwNegotiateView
{
  GtkWidget            parent_instance;

  OwSession           *session;
  OwOffer             *offer;          /* as set: the sidebar's selection */
  /* What is shown: the offer while it belongs to the session's document
   * (between a new session and the window's new selection it may not),
   * with that document and its history. */
  OwOffer             *shown;
  OwDocument          *document;
  OwHistory           *history;
  guint                update_source;
  gboolean             stale;          /* changed while not on screen */
  OwDate               today;          /* OW_DATE_NONE: the real today (tests pin it) */

  /* Template children. */
  GtkStack            *stack;
  OwOfferChip         *chip;
  GtkLabel            *company_label;
  GtkLabel            *subtitle_label;

  /* Deadline. */
  GtkListBox          *deadline_list;
  GtkListBoxRow       *countdown_row;
  GtkImage            *countdown_icon;
  GtkLabel            *countdown_label;
  GtkLabel            *countdown_date_label;
  OwDateRow           *deadline_row;
  GPtrArray           *other_deadline_rows;

  /* Questions to Ask (ow-negotiate-view-checklist.c). */
  AdwPreferencesGroup *questions_group;
  GtkLabel            *open_count_label;
  GtkListBox          *question_list;
  AdwEntryRow         *new_question_row;
  GHashTable          *question_rows;  /* key → OwQuestionRow */
  GtkSizeGroup        *status_sizes;   /* the status buttons, one width */

  /* Counteroffer (ow-negotiate-view-planner.c). */
  AdwComboRow         *target_row;
  GtkStringList       *target_names;
  GPtrArray           *targets;        /* OwOffer, as the target list; the amount is last */
  gboolean             setting_targets;
  OwOffer             *target_offer;   /* the chosen target offer, NULL for an amount */
  gboolean             target_is_amount;
  AdwActionRow        *amount_row;
  GtkEntry            *amount_entry;
  gint64               target_amount;  /* cents of the display currency */
  GtkToggleButton     *first_year_button;
  GtkToggleButton     *horizon_button;
  AdwActionRow        *gap_row;
  GtkLabel            *gap_label;
  AdwActionRow        *option_rows[OW_PLAN_N_OPTIONS];
  GtkLabel            *option_labels[OW_PLAN_N_OPTIONS];
  GtkButton           *apply_buttons[OW_PLAN_N_OPTIONS];
  OwPlan              *plan;

  /* Negotiation Log (ow-negotiate-view-log.c). */
  GtkListBox          *log_list;
  GPtrArray           *log_revisions;  /* OwRevision, as the rows show them */
  GtkWidget           *pending_row;    /* changes not yet recorded, or NULL */

  /* Cost of Leaving (ow-negotiate-view-leave.c). */
  GtkScale            *leave_scale;
  GtkAdjustment       *leave_adjustment;
  GtkLabel            *leave_date_label;
  AdwActionRow        *vested_row;
  GtkLabel            *vested_label;
  AdwActionRow        *forfeited_row;
  GtkLabel            *forfeited_label;
  AdwActionRow        *clawback_row;
  GtkLabel            *clawback_label;
  AdwExpanderRow      *by_grant_row;
  GPtrArray           *grant_rows;
  GtkWidget           *make_whole_box;
  AdwActionRow        *make_whole_row;
  GtkLabel            *make_whole_label;
  AdwActionRow        *offered_sign_on_row;
  GtkLabel            *offered_sign_on_label;
  OwDate               leave_start;    /* the slider's range */
  OwDate               leave_end;
  GHashTable          *leave_dates;    /* OwOffer → the day chosen for it */
  gboolean             setting_scale;
};

/* ow-negotiate-view.c */
OwDate      _ow_negotiate_view_today            (OwNegotiateView *self);
void        _ow_negotiate_view_set_today        (OwNegotiateView *self,
                                                 OwDate           today);
void        _ow_negotiate_view_update_now       (OwNegotiateView *self);
const char *_ow_negotiate_view_display_currency (OwNegotiateView *self);
const char *_ow_negotiate_view_offer_currency   (OwNegotiateView *self);
const char *_ow_negotiate_view_offer_name       (OwOffer         *offer);
void        _ow_negotiate_view_add_undo_toast   (OwNegotiateView *self,
                                                 const char      *title);
void        _ow_negotiate_view_show_error       (OwNegotiateView *self,
                                                 const char      *heading,
                                                 const GError    *error);
void        _ow_negotiate_view_clear_rows       (GPtrArray       *rows);

/* ow-negotiate-view-checklist.c */
void        _ow_negotiate_view_checklist_init   (OwNegotiateView *self);
void        _ow_negotiate_view_checklist_update (OwNegotiateView *self);
void        _ow_negotiate_view_checklist_clear  (OwNegotiateView *self);

/* ow-negotiate-view-planner.c */
void        _ow_negotiate_view_planner_init     (OwNegotiateView *self);
void        _ow_negotiate_view_planner_update   (OwNegotiateView *self);
void        _ow_negotiate_view_planner_clear    (OwNegotiateView *self);
gboolean    _ow_negotiate_view_planner_apply    (OwNegotiateView *self,
                                                 OwPlanOption     option);

/* ow-negotiate-view-log.c */
void        _ow_negotiate_view_log_update       (OwNegotiateView *self);
void        _ow_negotiate_view_log_clear        (OwNegotiateView *self);
gboolean    _ow_negotiate_view_log_record       (OwNegotiateView *self,
                                                 int              kind,
                                                 OwDate           date,
                                                 const char      *note);
GtkWidget  *_ow_negotiate_view_log_comparison   (OwNegotiateView *self,
                                                 OwRevision      *revision);

/* ow-negotiate-view-leave.c */
void        _ow_negotiate_view_leave_init       (OwNegotiateView *self);
void        _ow_negotiate_view_leave_update     (OwNegotiateView *self);
void        _ow_negotiate_view_leave_clear      (OwNegotiateView *self);
OwDate      _ow_negotiate_view_leave_get_date   (OwNegotiateView *self);
void        _ow_negotiate_view_leave_set_date   (OwNegotiateView *self,
                                                 OwDate           date);

G_END_DECLS
