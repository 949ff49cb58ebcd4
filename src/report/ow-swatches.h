/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The offers' colours as plain data: one table of hex specs for every
 * place that draws an offer, with or without GTK.  ow-palette.c (the
 * window's charts and chips) turns them into GdkRGBA; the negotiation
 * brief, which is drawn without a display, reads them here. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A colour with channels from 0 to 1. */
typedef struct
{
  double red;
  double green;
  double blue;
} OwRgb;

guint        ow_swatches_get_n       (void);
/* "#1c71d8": the colour of SLOT in the light or dark style, or in high
 * contrast, where fewer, stronger hues repeat sooner. */
const char  *ow_swatches_get_spec    (guint     slot,
                                      gboolean  dark,
                                      gboolean  high_contrast);
/* The same as channels. */
void         ow_swatches_get_rgb     (guint     slot,
                                      gboolean  dark,
                                      gboolean  high_contrast,
                                      OwRgb    *rgb);
/* The colour's name, untranslated (N_()): "blue". */
const char  *ow_swatches_get_name    (guint     slot);
/* How many colours high contrast has before they repeat. */
guint        ow_swatches_get_n_high_contrast (void);

G_END_DECLS
