/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The colour, line dash and marker of each offer.  An offer keeps its slot
 * (OwSession) and every view draws it with the same colour from here, in
 * the light, dark and high-contrast styles; dashes and markers tell offers
 * apart where colour cannot. */
#pragma once

#include <gtk/gtk.h>

/* OwMarker, and the dashes and markers themselves, are display-free. */
#include "ow-chart-paint.h"

G_BEGIN_DECLS

guint         ow_palette_get_n_colours (void);
void          ow_palette_get_colour    (guint       slot,
                                        gboolean    dark,
                                        gboolean    high_contrast,
                                        GdkRGBA    *colour);
const char   *ow_palette_get_name      (guint       slot);
const double *ow_palette_get_dash      (guint       slot,
                                        guint      *n_dashes);
OwMarker      ow_palette_get_marker    (guint       slot);
void          ow_palette_get_current   (guint       slot,
                                        GdkRGBA    *colour);

G_END_DECLS
