/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Offer colours, from the GNOME palette. */
#define G_LOG_DOMAIN "ow-palette"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ow-palette.h"
#include "ow-swatches.h"

/* The colours themselves are in ow-swatches.c, a GTK-free table that the
 * negotiation brief (drawn without a display) shares; this file gives them
 * to widgets as GdkRGBA, with the style the application shows now. */

guint
ow_palette_get_n_colours (void)
{
  return ow_swatches_get_n ();
}

void
ow_palette_get_colour (guint     slot,
                       gboolean  dark,
                       gboolean  high_contrast,
                       GdkRGBA  *colour)
{
  g_return_if_fail (colour != NULL);

  gdk_rgba_parse (colour, ow_swatches_get_spec (slot, dark, high_contrast));
}

/* The colour in the style the application shows now. */
void
ow_palette_get_current (guint    slot,
                        GdkRGBA *colour)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  ow_palette_get_colour (slot, adw_style_manager_get_dark (style),
                         adw_style_manager_get_high_contrast (style), colour);
}

const char *
ow_palette_get_name (guint slot)
{
  return _(ow_swatches_get_name (slot));
}

/* The dashes and markers are in ow-chart-paint.c, with the painters that
 * draw them without a display. */
const double *
ow_palette_get_dash (guint  slot,
                     guint *n_dashes)
{
  return ow_chart_paint_get_dash (slot, n_dashes);
}

OwMarker
ow_palette_get_marker (guint slot)
{
  return ow_chart_paint_get_marker (slot);
}
