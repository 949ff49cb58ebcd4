/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwChart: what every chart shares (see ow-chart.h).  The subclass draws;
 * this class owns the colours, the keyboard focus point, the tooltip, the
 * accessible label and description, and writing the picture to a file.
 *
 * Exports carry a title: ow_chart_export() draws the chart's title in a band
 * at the top of the page and the chart below it, so a PNG or PDF that leaves
 * the application still says what it shows.  Subclasses never draw the
 * title themselves; on screen the page around the chart names it. */
#define G_LOG_DOMAIN "ow-chart"

#include "config.h"

#include "ow-chart.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>

typedef struct
{
  char *title;
  char *summary;       /* describe(), cached until the data changes */
  char *description;   /* summary plus the focused point's words */
  int   focus;         /* the focused point, or -1 */
} OwChartPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (OwChart, ow_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_FOCUS_POINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  POINT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The title band of an export, in points. */
#define EXPORT_TITLE_HEIGHT 36.0
#define EXPORT_MARGIN 12.0

static guint
get_n_points (OwChart *self)
{
  OwChartClass *klass = OW_CHART_GET_CLASS (self);

  return klass->get_n_points ? klass->get_n_points (self) : 0;
}

/* The widget's size, or a sensible one before the first allocation, so that
 * words and hit-testing work for a chart that is not on screen yet. */
static void
get_size (OwChart *self,
          double  *width,
          double  *height)
{
  *width = gtk_widget_get_width (GTK_WIDGET (self));
  *height = gtk_widget_get_height (GTK_WIDGET (self));
  if (*width <= 0 || *height <= 0)
    {
      *width = 640;
      *height = 400;
    }
}

static char *
get_point_words (OwChart *self,
                 guint    index)
{
  OwChartClass *klass = OW_CHART_GET_CLASS (self);
  graphene_point_t where = GRAPHENE_POINT_INIT (0, 0);
  char *words = NULL;
  double width, height;

  if (klass->get_point == NULL || index >= get_n_points (self))
    return NULL;

  get_size (self, &width, &height);
  klass->get_point (self, index, width, height, &where, &words);
  return words;
}

static void
update_description (OwChart *self)
{
  OwChartPrivate *priv = ow_chart_get_instance_private (self);
  g_autofree char *words = NULL;

  if (priv->focus >= 0)
    words = get_point_words (self, priv->focus);

  g_free (priv->description);
  if (words != NULL && priv->summary != NULL && priv->summary[0] != '\0')
    priv->description = g_strconcat (priv->summary, " ", words, NULL);
  else if (words != NULL)
    priv->description = g_steal_pointer (&words);
  else
    priv->description = g_strdup (priv->summary ? priv->summary : "");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, priv->description,
                                  -1);
}

void
ow_chart_data_changed (OwChart *self)
{
  OwChartPrivate *priv;
  OwChartClass *klass;
  guint n;

  g_return_if_fail (OW_IS_CHART (self));

  priv = ow_chart_get_instance_private (self);
  klass = OW_CHART_GET_CLASS (self);

  /* The data may have fewer points now. */
  n = get_n_points (self);
  if (priv->focus >= (int) n)
    {
      priv->focus = n > 0 ? (int) n - 1 : -1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_POINT]);
    }

  g_free (priv->summary);
  priv->summary = klass->describe ? klass->describe (self) : NULL;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Colours */

static void
rgba_from_gdk (OwChartRgba   *out,
               const GdkRGBA *in,
               double         alpha)
{
  out->red = in->red;
  out->green = in->green;
  out->blue = in->blue;
  out->alpha = in->alpha * alpha;
}

static void
lookup_colour (GtkStyleContext *context,
               const char      *name,
               const char      *fallback,
               OwChartRgba     *colour)
{
  GdkRGBA rgba;

  if (!gtk_style_context_lookup_color (context, name, &rgba))
    gdk_rgba_parse (&rgba, fallback);
  rgba_from_gdk (colour, &rgba, 1);
}

void
ow_chart_get_style (OwChart      *self,
                    OwChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkStyleContext *context;
  PangoContext *pango;
  GdkRGBA foreground;

  g_return_if_fail (OW_IS_CHART (self));
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->dark = adw_style_manager_get_dark (manager);
  style->high_contrast = adw_style_manager_get_high_contrast (manager);

  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gtk_style_context_get_color (context, &foreground);
  rgba_from_gdk (&style->foreground, &foreground, 1);

  /* libadwaita names these colours; the fallbacks are its light values, for
   * a theme that does not. */
  lookup_colour (context, "view_bg_color", style->dark ? "#1e1e1e" : "#ffffff", &style->background);
  lookup_colour (context, "accent_color", style->dark ? "#78aeed" : "#1c71d8", &style->accent);
  lookup_colour (context, "warning_color", style->dark ? "#f8e45c" : "#9c6e03", &style->warning);

  /* Secondary text and gridlines are the text colour, fainter: they follow
   * any theme, and high contrast makes them stronger. */
  rgba_from_gdk (&style->dim_foreground, &foreground, style->high_contrast ? 0.8 : 0.55);
  rgba_from_gdk (&style->grid, &foreground, style->high_contrast ? 0.35 : 0.12);

  pango = gtk_widget_get_pango_context (GTK_WIDGET (self));
  style->font = pango_context_get_font_description (pango);
}

/* The fixed light style of exports (ow-chart-paint.c): the same on every
 * desktop, readable on paper, in the widget's font. */
void
ow_chart_get_light_style (OwChart      *self,
                          OwChartStyle *style)
{
  g_return_if_fail (OW_IS_CHART (self));
  g_return_if_fail (style != NULL);

  ow_chart_paint_light_style (style,
                              pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self))));
}

static void
style_changed_cb (OwChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Drawing */

void
ow_chart_draw (OwChart            *self,
               cairo_t            *cr,
               double              width,
               double              height,
               const OwChartStyle *style)
{
  OwChartClass *klass;

  g_return_if_fail (OW_IS_CHART (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  klass = OW_CHART_GET_CLASS (self);
  if (klass->draw == NULL || width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  klass->draw (self, cr, width, height, style, -1);
  cairo_restore (cr);
}

static void
ow_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  OwChart *self = OW_CHART (widget);
  OwChartPrivate *priv = ow_chart_get_instance_private (self);
  OwChartClass *klass = OW_CHART_GET_CLASS (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  OwChartStyle style;
  cairo_t *cr;
  int focus;

  if (klass->draw == NULL || width <= 0 || height <= 0)
    return;

  ow_chart_get_style (self, &style);
  /* The ring marks the point only while the keyboard is in use, like any
   * other focus ring. */
  focus = gtk_widget_has_visible_focus (widget) ? priv->focus : -1;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  klass->draw (self, cr, width, height, &style, focus);
  cairo_destroy (cr);
}

static void
ow_chart_css_changed (GtkWidget         *widget,
                      GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ow_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
ow_chart_state_flags_changed (GtkWidget     *widget,
                              GtkStateFlags  previous)
{
  GtkStateFlags now = gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (ow_chart_parent_class)->state_flags_changed (widget, previous);

  /* The focus ring comes and goes with visible focus. */
  if ((now ^ previous) & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    gtk_widget_queue_draw (widget);
}

static void
ow_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  /* Small enough for a narrow window; the page decides the real size. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 640;
    }
  else
    {
      *minimum = 200;
      *natural = 360;
    }
}

/* Focus and activation */

int
ow_chart_get_focus_point (OwChart *self)
{
  OwChartPrivate *priv;

  g_return_val_if_fail (OW_IS_CHART (self), -1);

  priv = ow_chart_get_instance_private (self);
  return priv->focus;
}

void
ow_chart_set_focus_point (OwChart *self,
                          int      index)
{
  OwChartPrivate *priv;
  guint n;

  g_return_if_fail (OW_IS_CHART (self));

  priv = ow_chart_get_instance_private (self);
  n = get_n_points (self);
  if (index < 0 || n == 0)
    index = -1;
  else if ((guint) index >= n)
    index = n - 1;

  if (priv->focus == index)
    return;

  priv->focus = index;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_POINT]);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OwChart               *self)
{
  OwChartPrivate *priv = ow_chart_get_instance_private (self);
  int n = get_n_points (self);
  int focus = priv->focus;

  /* Leave shortcuts with modifiers to the window. */
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return GDK_EVENT_PROPAGATE;
  if (n == 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      ow_chart_set_focus_point (self, focus < 0 ? 0 : MAX (focus - 1, 0));
      return GDK_EVENT_STOP;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      ow_chart_set_focus_point (self, focus < 0 ? 0 : MIN (focus + 1, n - 1));
      return GDK_EVENT_STOP;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      ow_chart_set_focus_point (self, 0);
      return GDK_EVENT_STOP;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      ow_chart_set_focus_point (self, n - 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (focus < 0)
        return GDK_EVENT_PROPAGATE;
      g_signal_emit (self, signals[POINT_ACTIVATED], 0, focus);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static int
query_point (OwChart *self,
             double   x,
             double   y)
{
  OwChartClass *klass = OW_CHART_GET_CLASS (self);
  double width, height;
  int index;

  if (klass->query_point == NULL)
    return -1;

  get_size (self, &width, &height);
  index = klass->query_point (self, x, y, width, height);
  return index >= 0 && (guint) index < get_n_points (self) ? index : -1;
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  OwChart         *self)
{
  int index = query_point (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (index < 0)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  ow_chart_set_focus_point (self, index);
  g_signal_emit (self, signals[POINT_ACTIVATED], 0, index);
}

static gboolean
ow_chart_query_tooltip (GtkWidget  *widget,
                        int         x,
                        int         y,
                        gboolean    keyboard_tooltip,
                        GtkTooltip *tooltip)
{
  OwChart *self = OW_CHART (widget);
  OwChartPrivate *priv = ow_chart_get_instance_private (self);
  OwChartClass *klass = OW_CHART_GET_CLASS (self);
  graphene_point_t where = GRAPHENE_POINT_INIT (0, 0);
  g_autofree char *words = NULL;
  double width, height;
  int index;

  index = keyboard_tooltip ? priv->focus : query_point (self, x, y);
  if (index < 0 || klass->get_point == NULL)
    return FALSE;

  get_size (self, &width, &height);
  klass->get_point (self, index, width, height, &where, &words);
  if (words == NULL || words[0] == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, words);
  /* Only this point: moving to the next one asks again. */
  if (!keyboard_tooltip)
    gtk_tooltip_set_tip_area (tooltip,
                              &(GdkRectangle) { (int) where.x - 4, (int) where.y - 4, 8, 8 });
  return TRUE;
}

/* Title and description */

void
ow_chart_set_title (OwChart    *self,
                    const char *title)
{
  OwChartPrivate *priv;

  g_return_if_fail (OW_IS_CHART (self));

  priv = ow_chart_get_instance_private (self);
  if (g_strcmp0 (priv->title, title) == 0)
    return;

  g_free (priv->title);
  priv->title = g_strdup (title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, priv->title ? priv->title : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
ow_chart_get_title (OwChart *self)
{
  OwChartPrivate *priv;

  g_return_val_if_fail (OW_IS_CHART (self), NULL);

  priv = ow_chart_get_instance_private (self);
  return priv->title;
}

const char *
ow_chart_get_description (OwChart *self)
{
  OwChartPrivate *priv;

  g_return_val_if_fail (OW_IS_CHART (self), NULL);

  priv = ow_chart_get_instance_private (self);
  return priv->description ? priv->description : "";
}

/* Export */

static cairo_status_t
append_to_bytes_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The title band and the chart under it. */
static void
draw_page (OwChart            *self,
           cairo_t            *cr,
           double              width,
           double              height,
           const OwChartStyle *style)
{
  OwChartPrivate *priv = ow_chart_get_instance_private (self);
  double top = 0;

  ow_chart_paint_set_source (cr, &style->background);
  cairo_paint (cr);

  if (priv->title != NULL && priv->title[0] != '\0' && height > 2 * EXPORT_TITLE_HEIGHT)
    {
      g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
      PangoFontDescription *font = style->font ? pango_font_description_copy (style->font)
                                               : pango_font_description_from_string ("Sans 11");
      int text_height;

      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_font_description_set_size (font,
                                       pango_font_description_get_size (font) > 0
                                         ? pango_font_description_get_size (font) * 13 / 10
                                         : 14 * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
      pango_layout_set_text (layout, priv->title, -1);
      pango_layout_set_width (layout, (int) ((width - 2 * EXPORT_MARGIN) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, NULL, &text_height);

      ow_chart_paint_set_source (cr, &style->foreground);
      cairo_move_to (cr, EXPORT_MARGIN, (EXPORT_TITLE_HEIGHT - text_height) / 2 + 4);
      pango_cairo_show_layout (cr, layout);
      top = EXPORT_TITLE_HEIGHT;
    }

  cairo_save (cr);
  cairo_translate (cr, 0, top);
  cairo_rectangle (cr, 0, 0, width, height - top);
  cairo_clip (cr);
  ow_chart_draw (self, cr, width, height - top, style);
  cairo_restore (cr);
}

gboolean
ow_chart_export (OwChart        *self,
                 GFile          *file,
                 OwChartFormat   format,
                 double          width,
                 double          height,
                 int             scale,
                 GError        **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  OwChartStyle style;
  cairo_t *cr;

  g_return_val_if_fail (OW_IS_CHART (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);

  /* A page of a few thousand points is plenty; past that cairo refuses or
   * the PNG takes gigabytes. */
  if (!(width >= 1 && height >= 1 && width <= 10000 && height <= 10000) || scale < 1 || scale > 8)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Could not export the chart to “%s”: the size %g × %g at scale %d is not possible"),
                   name, width, height, scale);
      return FALSE;
    }

  /* Drawn into memory first, then written in one go: the file is replaced
   * whole (or not at all), on any GIO location, local or not. */
  bytes = g_byte_array_new ();
  switch (format)
    {
    case OW_CHART_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) ceil (width * scale), (int) ceil (height * scale));
      cairo_surface_set_device_scale (surface, scale, scale);
      break;

    case OW_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_bytes_cb, bytes, width, height);
      break;

    case OW_CHART_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_to_bytes_cb, bytes, width, height);
      if (ow_chart_get_title (self) != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, ow_chart_get_title (self));
      break;

    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not export the chart to “%s”: unknown file type"), name);
      return FALSE;
    }

  ow_chart_get_light_style (self, &style);
  cr = cairo_create (surface);
  draw_page (self, cr, width, height, &style);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == OW_CHART_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_bytes_cb, bytes);

  /* Vector surfaces write their last bytes when finished. */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not export the chart to “%s”: %s"),
                   name, cairo_status_to_string (status));
      return FALSE;
    }

  if (!g_file_replace_contents (file, (const char *) bytes->data, bytes->len,
                                NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not export the chart to “%s”: %s"),
                   name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Helpers */

/* The display-free helpers (ow-chart-paint.c) with the widget's own Pango
 * context. */
PangoLayout *
ow_chart_create_layout (OwChart            *self,
                        const OwChartStyle *style,
                        const char         *text,
                        double              scale,
                        gboolean            bold)
{
  g_return_val_if_fail (OW_IS_CHART (self), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  return ow_chart_paint_create_layout (gtk_widget_get_pango_context (GTK_WIDGET (self)),
                                       style, text, scale, bold);
}

void
ow_chart_draw_callout (OwChart            *self,
                       cairo_t            *cr,
                       const OwChartStyle *style,
                       const char         *text,
                       double              x,
                       double              y,
                       double              width,
                       double              height)
{
  g_return_if_fail (OW_IS_CHART (self));

  ow_chart_paint_draw_callout (gtk_widget_get_pango_context (GTK_WIDGET (self)),
                               cr, style, text, x, y, width, height);
}

void
ow_chart_mix (const GdkRGBA *colour,
              const GdkRGBA *background,
              double         fraction,
              GdkRGBA       *result)
{
  g_return_if_fail (colour != NULL && background != NULL && result != NULL);

  fraction = CLAMP (fraction, 0, 1);
  result->red = background->red + (colour->red - background->red) * fraction;
  result->green = background->green + (colour->green - background->green) * fraction;
  result->blue = background->blue + (colour->blue - background->blue) * fraction;
  result->alpha = 1;
}

/* GObject */

static void
ow_chart_finalize (GObject *object)
{
  OwChart *self = OW_CHART (object);
  OwChartPrivate *priv = ow_chart_get_instance_private (self);

  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->summary, g_free);
  g_clear_pointer (&priv->description, g_free);

  G_OBJECT_CLASS (ow_chart_parent_class)->finalize (object);
}

static void
ow_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  OwChart *self = OW_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, ow_chart_get_title (self));
      break;

    case PROP_FOCUS_POINT:
      g_value_set_int (value, ow_chart_get_focus_point (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  OwChart *self = OW_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ow_chart_set_title (self, g_value_get_string (value));
      break;

    case PROP_FOCUS_POINT:
      ow_chart_set_focus_point (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_chart_class_init (OwChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ow_chart_finalize;
  object_class->get_property = ow_chart_get_property;
  object_class->set_property = ow_chart_set_property;

  widget_class->snapshot = ow_chart_snapshot;
  widget_class->measure = ow_chart_measure;
  widget_class->css_changed = ow_chart_css_changed;
  widget_class->state_flags_changed = ow_chart_state_flags_changed;
  widget_class->query_tooltip = ow_chart_query_tooltip;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_POINT] =
    g_param_spec_int ("focus-point", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OwChart::point-activated:
   * @index: the point
   *
   * Enter, Space or a click on a point.
   */
  signals[POINT_ACTIVATED] =
    g_signal_new ("point-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "chart");
}

static void
ow_chart_init (OwChart *self)
{
  OwChartPrivate *priv = ow_chart_get_instance_private (self);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkEventController *key;
  GtkGesture *click;

  priv->focus = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}
