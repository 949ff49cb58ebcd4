/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwApplication: opens .offers documents, one window each. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OW_TYPE_APPLICATION (ow_application_get_type ())

G_DECLARE_FINAL_TYPE (OwApplication, ow_application, OW, APPLICATION, AdwApplication)

OwApplication *ow_application_new          (void);
GSettings     *ow_application_get_settings (OwApplication *self);

G_END_DECLS
