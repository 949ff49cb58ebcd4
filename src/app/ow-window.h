/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwWindow: the window of one .offers document: the offers in a sidebar,
 * and the views Compare, Vesting, Offer and Negotiate. */
#pragma once

#include <adwaita.h>

#include "ow-session.h"

G_BEGIN_DECLS

#define OW_TYPE_WINDOW (ow_window_get_type ())

G_DECLARE_FINAL_TYPE (OwWindow, ow_window, OW, WINDOW, AdwApplicationWindow)

OwWindow   *ow_window_new          (GtkApplication *application);
OwSession  *ow_window_get_session  (OwWindow       *self);
void        ow_window_set_session  (OwWindow       *self,
                                    OwSession      *session);
OwDocument *ow_window_get_document (OwWindow       *self);
GFile      *ow_window_get_file     (OwWindow       *self);
void        ow_window_show_view    (OwWindow       *self,
                                    const char     *name);
void        ow_window_show_error   (OwWindow       *self,
                                    const char     *heading,
                                    const char     *message);

G_END_DECLS
