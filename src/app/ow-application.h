/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwApplication: opens .offers documents, one window each. */
#pragma once

#include <adwaita.h>

#include "ow-window.h"

G_BEGIN_DECLS

#define OW_TYPE_APPLICATION (ow_application_get_type ())

G_DECLARE_FINAL_TYPE (OwApplication, ow_application, OW, APPLICATION, AdwApplication)

OwApplication *ow_application_new                   (void);
GSettings     *ow_application_get_settings          (OwApplication *self);
GMenuModel    *ow_application_get_recent_menu       (OwApplication *self);
void           ow_application_add_recent_file       (OwApplication *self,
                                                     GFile         *file);
void           ow_application_remove_recent_file    (OwApplication *self,
                                                     GFile         *file);
OwWindow      *ow_application_get_window_for_document (OwApplication *self,
                                                     OwWindow      *preferred);
gboolean       ow_application_open_file             (OwApplication *self,
                                                     GFile         *file,
                                                     OwWindow      *from);

G_END_DECLS
