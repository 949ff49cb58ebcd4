/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Offer colours, from the GNOME palette. */
#define G_LOG_DOMAIN "ow-palette"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ow-palette.h"

typedef struct
{
  const char *name;   /* N_() for accessible descriptions */
  const char *light;  /* darker shades read on a light background */
  const char *dark;   /* lighter shades on a dark one */
} Swatch;

/* Red is left out: it reads as "error" or "loss" in a money app. */
static const Swatch swatches[] = {
  { N_("blue"),   "#1c71d8", "#62a0ea" },
  { N_("orange"), "#c64600", "#ffa348" },
  { N_("green"),  "#26a269", "#57e389" },
  { N_("purple"), "#813d9c", "#c061cb" },
  { N_("yellow"), "#b88a00", "#f8e45c" },
  { N_("teal"),   "#0e7d86", "#5bc8d3" },
  { N_("brown"),  "#865e3c", "#cdab8f" },
  { N_("pink"),   "#b2376f", "#f08cb8" },
};

/* High contrast: fewer, stronger hues; dashes and markers carry the rest. */
static const char *const high_contrast_light[] = { "#0b3d91", "#8a2c00", "#0b5e2f", "#4a1763" };
static const char *const high_contrast_dark[] = { "#99c1f1", "#ffbe6f", "#8ff0a4", "#dc8add" };

static const double dash_solid[] = { 0 };
static const double dash_long[] = { 8, 4 };
static const double dash_dot[] = { 2, 3 };
static const double dash_dash_dot[] = { 8, 3, 2, 3 };
static const double dash_short[] = { 4, 3 };

static const struct { const double *dashes; guint n; } dashes[] = {
  { dash_solid, 0 },
  { dash_long, 2 },
  { dash_dot, 2 },
  { dash_dash_dot, 4 },
  { dash_short, 2 },
};

guint
ow_palette_get_n_colours (void)
{
  return G_N_ELEMENTS (swatches);
}

void
ow_palette_get_colour (guint     slot,
                       gboolean  dark,
                       gboolean  high_contrast,
                       GdkRGBA  *colour)
{
  const char *spec;

  g_return_if_fail (colour != NULL);

  if (high_contrast)
    spec = (dark ? high_contrast_dark : high_contrast_light)[slot % G_N_ELEMENTS (high_contrast_light)];
  else
    spec = dark ? swatches[slot % G_N_ELEMENTS (swatches)].dark : swatches[slot % G_N_ELEMENTS (swatches)].light;

  gdk_rgba_parse (colour, spec);
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
  return _(swatches[slot % G_N_ELEMENTS (swatches)].name);
}

/* Slots that share a colour (past the palette's size, or in high contrast)
 * never share a dash pattern as well. */
const double *
ow_palette_get_dash (guint  slot,
                     guint *n_dashes)
{
  guint i = (slot / G_N_ELEMENTS (high_contrast_light) + slot) % G_N_ELEMENTS (dashes);

  if (n_dashes)
    *n_dashes = dashes[i].n;
  return dashes[i].dashes;
}

OwMarker
ow_palette_get_marker (guint slot)
{
  return (OwMarker) (slot % OW_N_MARKERS);
}
