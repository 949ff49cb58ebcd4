/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwNegotiateView: the Negotiate view.  For the offer selected in the
 * sidebar, one page of groups in the order a negotiation goes: when the
 * answer is due, the questions to ask before accepting, what to counter
 * with, the log of what was received and countered, and what leaving the
 * job early would cost (with the sign-on that would make leaving the
 * current job for it whole).  Every change goes through the session's
 * history, and the page follows every edit made anywhere. */
#pragma once

#include <gtk/gtk.h>

#include "ow-session.h"

G_BEGIN_DECLS

#define OW_TYPE_NEGOTIATE_VIEW (ow_negotiate_view_get_type ())

G_DECLARE_FINAL_TYPE (OwNegotiateView, ow_negotiate_view, OW, NEGOTIATE_VIEW, GtkWidget)

GtkWidget *ow_negotiate_view_new            (void);
void       ow_negotiate_view_set_session    (OwNegotiateView *self,
                                             OwSession       *session);
OwSession *ow_negotiate_view_get_session    (OwNegotiateView *self);
void       ow_negotiate_view_set_offer      (OwNegotiateView *self,
                                             OwOffer         *offer);
OwOffer   *ow_negotiate_view_get_offer      (OwNegotiateView *self);

char      *ow_negotiate_describe_countdown  (OwDate           deadline,
                                             OwDate           today,
                                             gboolean        *overdue);

G_END_DECLS
