/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where a figure came from. */
#define G_LOG_DOMAIN "ow-source-button"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ow-source-button.h"

#define EQUITY_PREFIX "company_equity."

struct _OwSourceButton
{
  GtkWidget       parent_instance;

  OwHistory      *history;
  OwOffer        *offer;
  char           *key;
  OwSource        source;    /* in effect: its own or inherited */

  /* Template children. */
  GtkMenuButton  *button;
  GtkLabel       *label;
  GtkLabel       *unknown_label;
};

G_DEFINE_FINAL_TYPE (OwSourceButton, ow_source_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Source keys ---------------------------------------------------------------- */

/* "grants[0].value" → "grants[0]" → "grants"; FALSE at the top. */
static gboolean
strip_last (char *key)
{
  char *dot = strrchr (key, '.');
  char *bracket = strrchr (key, '[');
  char *cut = MAX (dot, bracket);

  if (cut == NULL || cut == key)
    return FALSE;
  *cut = '\0';
  return TRUE;
}

static OwSource
lookup_walk (OwOffer     *offer,
             const char  *key,
             char       **found_key)
{
  g_autofree char *k = g_strdup (key);

  do
    {
      OwSource source = ow_offer_get_source (offer, k);

      if (source != OW_SOURCE_UNKNOWN)
        {
          if (found_key != NULL)
            *found_key = g_steal_pointer (&k);
          return source;
        }
    }
  while (strip_last (k));

  return OW_SOURCE_UNKNOWN;
}

/**
 * ow_source_key_lookup:
 * @found_key: (out) (optional) (transfer full): the key the source is
 *   recorded under, which is KEY itself or one that covers it
 *
 * Returns: where the figure under KEY came from, as far as the offer says
 */
OwSource
ow_source_key_lookup (OwOffer     *offer,
                      const char  *key,
                      char       **found_key)
{
  OwSource source;

  g_return_val_if_fail (OW_IS_OFFER (offer), OW_SOURCE_UNKNOWN);
  g_return_val_if_fail (key != NULL, OW_SOURCE_UNKNOWN);

  if (found_key != NULL)
    *found_key = NULL;

  source = lookup_walk (offer, key, found_key);
  if (source == OW_SOURCE_UNKNOWN && g_str_has_prefix (key, EQUITY_PREFIX))
    source = lookup_walk (offer, key + strlen (EQUITY_PREFIX), found_key);
  return source;
}

/**
 * ow_source_key_set:
 * @source: %OW_SOURCE_UNKNOWN forgets KEY's own source (a key covering it
 *   may then apply)
 *
 * Records through the history where the figure under KEY came from.
 */
gboolean
ow_source_key_set (OwHistory   *history,
                   OwOffer     *offer,
                   const char  *key,
                   OwSource     source,
                   GError     **error)
{
  const char *target = key;

  g_return_val_if_fail (OW_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (OW_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (key != NULL && *key != '\0', FALSE);

  /* A key written without "company_equity." is kept in that form. */
  if (g_str_has_prefix (key, EQUITY_PREFIX) &&
      ow_offer_get_source (offer, key) == OW_SOURCE_UNKNOWN &&
      ow_offer_get_source (offer, key + strlen (EQUITY_PREFIX)) != OW_SOURCE_UNKNOWN)
    target = key + strlen (EQUITY_PREFIX);

  return ow_history_set_source (history, offer, target, source, error);
}

typedef struct
{
  char     *key;
  char     *prefix;  /* "grants" */
  guint     index;
  char     *rest;    /* ".share_price" or "" */
  OwSource  source;
} KeyEntry;

static void
key_entry_clear (gpointer data)
{
  KeyEntry *e = data;

  g_free (e->key);
  g_free (e->prefix);
  g_free (e->rest);
}

static int
compare_index (gconstpointer a,
               gconstpointer b)
{
  const KeyEntry *ea = a;
  const KeyEntry *eb = b;

  return (ea->index > eb->index) - (ea->index < eb->index);
}

/* "grants[12].value" with PREFIX "grants" → 12 and ".value". */
static gboolean
parse_item_key (const char  *key,
                const char  *prefix,
                guint       *index,
                const char **rest)
{
  gsize n = strlen (prefix);
  char *end = NULL;
  guint64 v;

  if (strncmp (key, prefix, n) != 0 || key[n] != '[' || !g_ascii_isdigit (key[n + 1]))
    return FALSE;
  v = g_ascii_strtoull (key + n + 1, &end, 10);
  if (end == NULL || *end != ']' || v > G_MAXUINT)
    return FALSE;
  *index = (guint) v;
  *rest = end + 1;
  return **rest == '\0' || **rest == '.' || **rest == '[';
}

/**
 * ow_source_keys_forget_item:
 * @list_key: the list's key: "sign_on", "grants",
 *   "company_equity.exit_scenarios"
 * @position: the item removed
 *
 * Keeps the sources with their figures when an item leaves a list: the
 * item's own keys are forgotten and the keys of the items after it move
 * down by one.  Call it in the history group that removes the item.
 */
gboolean
ow_source_keys_forget_item (OwHistory   *history,
                            OwOffer     *offer,
                            const char  *list_key,
                            guint        position,
                            GError     **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (KeyEntry));
  const char *prefixes[2] = { list_key, NULL };
  guint n;

  g_return_val_if_fail (OW_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (OW_IS_OFFER (offer), FALSE);
  g_return_val_if_fail (list_key != NULL, FALSE);

  g_array_set_clear_func (entries, key_entry_clear);
  if (g_str_has_prefix (list_key, EQUITY_PREFIX))
    prefixes[1] = list_key + strlen (EQUITY_PREFIX);

  n = ow_offer_get_n_sources (offer);
  for (guint i = 0; i < n; i++)
    {
      const char *key = ow_offer_get_source_key (offer, i);

      for (guint p = 0; p < G_N_ELEMENTS (prefixes); p++)
        {
          KeyEntry e = { 0 };
          const char *rest;

          if (prefixes[p] == NULL || !parse_item_key (key, prefixes[p], &e.index, &rest))
            continue;
          if (e.index < position)
            continue;
          e.key = g_strdup (key);
          e.prefix = g_strdup (prefixes[p]);
          e.rest = g_strdup (rest);
          e.source = ow_offer_get_source (offer, key);
          g_array_append_val (entries, e);
          break;
        }
    }

  /* In order, so a key moves down only after the one it replaces left. */
  g_array_sort (entries, compare_index);

  ow_history_begin (history, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      const KeyEntry *e = &g_array_index (entries, KeyEntry, i);

      if (e->index > position)
        {
          g_autofree char *moved = g_strdup_printf ("%s[%u]%s", e->prefix, e->index - 1, e->rest);
          ow_history_set_source (history, offer, moved, e->source, NULL);
        }
      ow_history_set_source (history, offer, e->key, OW_SOURCE_UNKNOWN, NULL);
    }
  return ow_history_end (history, error);
}

/* The widget ---------------------------------------------------------------- */

static const char *
short_label (OwSource source)
{
  switch (source)
    {
    case OW_SOURCE_LETTER:
      /* TRANSLATORS: a short tag beside a figure: it is in the offer letter. */
      return C_("source", "Letter");
    case OW_SOURCE_VERBAL:
      /* TRANSLATORS: a short tag beside a figure: it was only said. */
      return C_("source", "Verbal");
    case OW_SOURCE_ASSUMED:
      /* TRANSLATORS: a short tag beside a figure: it is an assumption. */
      return C_("source", "Assumed");
    case OW_SOURCE_RESEARCHED:
      /* TRANSLATORS: a short tag beside a figure: it was looked up. */
      return C_("source", "Researched");
    case OW_SOURCE_UNKNOWN:
    default:
      return NULL;
    }
}

static void
update (OwSourceButton *self)
{
  static const char * const tag_classes[] = {
    "ow-source-letter", "ow-source-verbal", "ow-source-assumed", "ow-source-researched",
  };
  g_autofree char *found = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *accessible = NULL;
  OwSource source = OW_SOURCE_UNKNOWN;
  const char *text;

  if (self->offer != NULL && self->key != NULL)
    source = ow_source_key_lookup (self->offer, self->key, &found);

  text = short_label (source);
  gtk_label_set_label (self->label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->label), text != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->unknown_label), text == NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tag_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), tag_classes[i]);
  if (source != OW_SOURCE_UNKNOWN)
    gtk_widget_add_css_class (GTK_WIDGET (self->label), tag_classes[source - OW_SOURCE_LETTER]);

  if (source == OW_SOURCE_UNKNOWN)
    tooltip = g_strdup (_("Where did this figure come from?"));
  else if (found != NULL && self->key != NULL && !g_str_equal (found, self->key) &&
           !g_str_has_suffix (self->key, found))
    /* TRANSLATORS: "Source: Assumed, recorded for “refreshers”". */
    tooltip = g_strdup_printf (_("Source: %s, recorded for “%s”"),
                               ow_enum_to_label (OW_TYPE_SOURCE, source), found);
  else
    tooltip = g_strdup_printf (_("Source: %s"), ow_enum_to_label (OW_TYPE_SOURCE, source));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);

  accessible = source == OW_SOURCE_UNKNOWN ? g_strdup (_("Source: not recorded"))
                                           : g_strdup_printf (_("Source: %s"),
                                                              ow_enum_to_label (OW_TYPE_SOURCE, source));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  if (self->source != source)
    {
      self->source = source;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
    }
}

static void
choose (OwSourceButton *self,
        OwSource        source)
{
  g_autoptr(GError) error = NULL;

  if (self->history == NULL || self->offer == NULL || self->key == NULL)
    return;

  /* Choosing what is already in effect records it for this figure, so it
   * stays when the covering key changes. */
  if (!ow_source_key_set (self->history, self->offer, self->key, source, &error))
    g_warning ("Could not record the source of %s: %s", self->key, error->message);
  update (self);
}

static void
ow_source_button_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OwSourceButton *self = OW_SOURCE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_string (value, ow_enum_to_nick (OW_TYPE_SOURCE, self->source));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_source_button_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OwSourceButton *self = OW_SOURCE_BUTTON (object);
  int source;

  switch (prop_id)
    {
    case PROP_SOURCE:
      /* The menu's radio items set this. */
      if (ow_enum_from_nick (OW_TYPE_SOURCE, g_value_get_string (value), &source))
        choose (self, source);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_source_button_dispose (GObject *object)
{
  OwSourceButton *self = OW_SOURCE_BUTTON (object);

  if (self->offer != NULL)
    g_signal_handlers_disconnect_by_data (self->offer, self);
  g_clear_object (&self->offer);
  g_clear_object (&self->history);
  g_clear_pointer (&self->key, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), OW_TYPE_SOURCE_BUTTON);

  G_OBJECT_CLASS (ow_source_button_parent_class)->dispose (object);
}

static void
ow_source_button_class_init (OwSourceButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ow_source_button_dispose;
  object_class->get_property = ow_source_button_get_property;
  object_class->set_property = ow_source_button_set_property;

  /**
   * OwSourceButton:source:
   *
   * The source in effect, as the file names it ("letter", "unknown").
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, "unknown",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ow-source-button.ui");
  gtk_widget_class_bind_template_child (widget_class, OwSourceButton, button);
  gtk_widget_class_bind_template_child (widget_class, OwSourceButton, label);
  gtk_widget_class_bind_template_child (widget_class, OwSourceButton, unknown_label);

  gtk_widget_class_install_property_action (widget_class, "source.set", "source");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ow_source_button_init (OwSourceButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

GtkWidget *
ow_source_button_new (void)
{
  return g_object_new (OW_TYPE_SOURCE_BUTTON, NULL);
}

static void
offer_changed_cb (OwSourceButton *self)
{
  update (self);
}

/**
 * ow_source_button_bind:
 * @offer: (nullable): the offer the figure belongs to
 * @key: (nullable): the figure's source key (see the header)
 */
void
ow_source_button_bind (OwSourceButton *self,
                       OwHistory      *history,
                       OwOffer        *offer,
                       const char     *key)
{
  g_return_if_fail (OW_IS_SOURCE_BUTTON (self));
  g_return_if_fail (history == NULL || OW_IS_HISTORY (history));
  g_return_if_fail (offer == NULL || OW_IS_OFFER (offer));

  if (self->offer != offer)
    {
      if (self->offer != NULL)
        g_signal_handlers_disconnect_by_data (self->offer, self);
      g_set_object (&self->offer, offer);
      if (offer != NULL)
        g_signal_connect_object (offer, "changed", G_CALLBACK (offer_changed_cb), self, G_CONNECT_SWAPPED);
    }
  g_set_object (&self->history, history);
  g_free (self->key);
  self->key = g_strdup (key);
  update (self);
}

const char *
ow_source_button_get_key (OwSourceButton *self)
{
  g_return_val_if_fail (OW_IS_SOURCE_BUTTON (self), NULL);
  return self->key;
}

OwSource
ow_source_button_get_source (OwSourceButton *self)
{
  g_return_val_if_fail (OW_IS_SOURCE_BUTTON (self), OW_SOURCE_UNKNOWN);
  return self->source;
}
