/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Offer colours, from the GNOME palette. */
#define G_LOG_DOMAIN "ow-swatches"

#include "config.h"

#include <glib/gi18n.h>

#include "ow-swatches.h"

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

guint
ow_swatches_get_n (void)
{
  return G_N_ELEMENTS (swatches);
}

guint
ow_swatches_get_n_high_contrast (void)
{
  return G_N_ELEMENTS (high_contrast_light);
}

const char *
ow_swatches_get_spec (guint    slot,
                      gboolean dark,
                      gboolean high_contrast)
{
  if (high_contrast)
    return (dark ? high_contrast_dark : high_contrast_light)[slot % G_N_ELEMENTS (high_contrast_light)];
  return dark ? swatches[slot % G_N_ELEMENTS (swatches)].dark : swatches[slot % G_N_ELEMENTS (swatches)].light;
}

static double
hex_channel (const char *two)
{
  return (g_ascii_xdigit_value (two[0]) * 16 + g_ascii_xdigit_value (two[1])) / 255.0;
}

void
ow_swatches_get_rgb (guint     slot,
                     gboolean  dark,
                     gboolean  high_contrast,
                     OwRgb    *rgb)
{
  const char *spec = ow_swatches_get_spec (slot, dark, high_contrast);

  g_return_if_fail (rgb != NULL);

  /* Every spec above is "#rrggbb". */
  rgb->red = hex_channel (spec + 1);
  rgb->green = hex_channel (spec + 3);
  rgb->blue = hex_channel (spec + 5);
}

const char *
ow_swatches_get_name (guint slot)
{
  return swatches[slot % G_N_ELEMENTS (swatches)].name;
}
