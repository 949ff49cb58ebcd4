/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An offer's colour and marker. */
#define G_LOG_DOMAIN "ow-offer-chip"

#include "config.h"

#include <adwaita.h>

#include "ow-offer-chip.h"
#include "ow-palette.h"

#define SIZE 12

struct _OwOfferChip
{
  GtkWidget parent_instance;

  guint     slot;
};

G_DEFINE_FINAL_TYPE (OwOfferChip, ow_offer_chip, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SLOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ow_offer_chip_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = *natural = SIZE;
}

static void
ow_offer_chip_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  OwOfferChip *self = OW_OFFER_CHIP (widget);
  float w = gtk_widget_get_width (widget);
  float h = gtk_widget_get_height (widget);
  float s = MIN (w, h);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT ((w - s) / 2, (h - s) / 2, s, s);
  cairo_t *cr;
  GdkRGBA colour;
  double cx = w / 2.0, cy = h / 2.0, r = s / 2.0;

  ow_palette_get_current (self->slot, &colour);
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  gdk_cairo_set_source_rgba (cr, &colour);

  switch (ow_palette_get_marker (self->slot))
    {
    case OW_MARKER_SQUARE:
      cairo_rectangle (cr, cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
      break;
    case OW_MARKER_TRIANGLE:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy + r * 0.8);
      cairo_line_to (cr, cx - r, cy + r * 0.8);
      cairo_close_path (cr);
      break;
    case OW_MARKER_DIAMOND:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy);
      cairo_line_to (cr, cx, cy + r);
      cairo_line_to (cr, cx - r, cy);
      cairo_close_path (cr);
      break;
    case OW_MARKER_CROSS:
      cairo_rectangle (cr, cx - r, cy - r * 0.35, 2 * r, r * 0.7);
      cairo_rectangle (cr, cx - r * 0.35, cy - r, r * 0.7, 2 * r);
      break;
    case OW_MARKER_CIRCLE:
    case OW_N_MARKERS:
    default:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      break;
    }
  cairo_fill (cr);
  cairo_destroy (cr);
}

static void
style_changed_cb (OwOfferChip *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ow_offer_chip_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SLOT:
      g_value_set_uint (value, OW_OFFER_CHIP (object)->slot);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_offer_chip_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SLOT:
      ow_offer_chip_set_slot (OW_OFFER_CHIP (object), g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_offer_chip_class_init (OwOfferChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ow_offer_chip_get_property;
  object_class->set_property = ow_offer_chip_set_property;
  widget_class->measure = ow_offer_chip_measure;
  widget_class->snapshot = ow_offer_chip_snapshot;

  properties[PROP_SLOT] =
    g_param_spec_uint ("slot", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "offerchip");
  /* Decoration: the offer's name is always next to it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
ow_offer_chip_init (OwOfferChip *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
ow_offer_chip_new (void)
{
  return g_object_new (OW_TYPE_OFFER_CHIP, NULL);
}

guint
ow_offer_chip_get_slot (OwOfferChip *self)
{
  g_return_val_if_fail (OW_IS_OFFER_CHIP (self), 0);
  return self->slot;
}

void
ow_offer_chip_set_slot (OwOfferChip *self,
                        guint        slot)
{
  g_return_if_fail (OW_IS_OFFER_CHIP (self));

  if (self->slot == slot)
    return;
  self->slot = slot;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLOT]);
}
