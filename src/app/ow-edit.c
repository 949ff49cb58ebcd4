/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers shared by the editing rows. */
#define G_LOG_DOMAIN "ow-edit"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <adwaita.h>

#include "ow-edit.h"
#include "ow-node.h"

/**
 * ow_edit_find_field:
 * @object: a model object (an #OwNode)
 *
 * Returns: (nullable): the row of the class's field table that PROPERTY
 *   stands for: its JSON key, kind, range and label
 */
const OwField *
ow_edit_find_field (gpointer    object,
                    const char *property)
{
  OwNodeClass *klass;

  g_return_val_if_fail (OW_IS_NODE (object), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  klass = OW_NODE_GET_CLASS (object);
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_str_equal (klass->fields[i].name, property))
      return &klass->fields[i];
  return NULL;
}

/* The field's label for people ("Base salary"), or the property name. */
const char *
ow_edit_field_label (gpointer    object,
                     const char *property)
{
  const OwField *field = ow_edit_find_field (object, property);

  if (field == NULL || field->label == NULL)
    return property;
  return g_dgettext (GETTEXT_PACKAGE, field->label);
}

/* FALSE while an optional field holds its "not given" value. */
gboolean
ow_edit_field_is_given (gpointer    object,
                        const char *property)
{
  const OwField *field = ow_edit_find_field (object, property);

  if (field == NULL)
    return TRUE;
  return ow_field_is_given (object, field);
}

char *
ow_edit_capitalize (const char *text)
{
  gunichar first;
  GString *s;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  first = g_utf8_get_char (text);
  s = g_string_new (NULL);
  g_string_append_unichar (s, g_unichar_totitle (first));
  g_string_append (s, g_utf8_next_char (text));
  return g_string_free (s, FALSE);
}

/* "offers[2]" in a rule becomes the company of that offer. */
static char *
name_offers (OwDocument *document,
             const char *rule)
{
  GString *s = g_string_new (NULL);
  const char *p = rule;

  while (*p != '\0')
    {
      const char *start = strstr (p, "offers[");
      char *end = NULL;
      guint64 index;

      if (start == NULL)
        {
          g_string_append (s, p);
          break;
        }
      g_string_append_len (s, p, start - p);
      index = g_ascii_strtoull (start + strlen ("offers["), &end, 10);
      if (document != NULL && end != NULL && *end == ']' && index < ow_document_get_n_offers (document))
        {
          OwOffer *offer = ow_document_get_offer (document, (guint) index);
          const char *company = ow_offer_get_company (offer);

          /* TRANSLATORS: names another offer in a message, by its company. */
          g_string_append_printf (s, _("“%s”"), *company ? company : _("another offer"));
          p = end + 1;
        }
      else
        {
          g_string_append (s, "offers[");
          p = start + strlen ("offers[");
        }
    }
  return g_string_free (s, FALSE);
}

/**
 * ow_edit_describe_error:
 * @document: (nullable): the document, to name other offers
 *
 * The history says which rule an edit broke with the JSON path first:
 * "offers[0].grants[0].vesting.year_percents: must sum to 100 (sums to
 * 90)".  Next to the field being edited the path is noise: this keeps the
 * rule, as a sentence ("Must sum to 100 (sums to 90)").
 */
char *
ow_edit_describe_error (OwDocument   *document,
                        const GError *error)
{
  const char *message;
  const char *colon;
  g_autofree char *named = NULL;

  g_return_val_if_fail (error != NULL, NULL);

  message = error->message;
  colon = strstr (message, ": ");
  /* A path has no spaces; a rule may itself contain ": ". */
  if (colon != NULL && memchr (message, ' ', colon - message) == NULL)
    message = colon + 2;

  named = name_offers (document, message);
  return ow_edit_capitalize (named);
}

/**
 * ow_edit_set_invalid:
 * @message: (nullable): why the value is refused, %NULL when it is fine
 *
 * Marks WIDGET (the entry or control of a field) invalid for assistive
 * technologies, with the reason as its description.
 */
void
ow_edit_set_invalid (GtkWidget  *widget,
                     const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (message != NULL)
    {
      gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* Combo rows --------------------------------------------------------------- */

static void
combo_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  in_list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  if (in_list)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_list_item_set_child (item, box);
}

static void
combo_selected_cb (GtkListItem *item)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  gtk_widget_set_opacity (check, gtk_list_item_get_selected (item) ? 1 : 0);
}

static void
combo_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  in_list)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (label), GTK_IS_STRING_OBJECT (string)
                                          ? gtk_string_object_get_string (GTK_STRING_OBJECT (string)) : "");
  if (in_list)
    {
      g_signal_connect (item, "notify::selected", G_CALLBACK (combo_selected_cb), NULL);
      combo_selected_cb (item);
    }
}

static void
combo_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  in_list)
{
  if (in_list)
    g_signal_handlers_disconnect_by_func (item, combo_selected_cb, NULL);
}

static GtkListItemFactory *
combo_factory_new (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (combo_setup_cb), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (combo_bind_cb), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "unbind", G_CALLBACK (combo_unbind_cb), GINT_TO_POINTER (in_list));
  return factory;
}

/**
 * ow_edit_setup_combo:
 * @combo_row: an #AdwComboRow over a #GtkStringList
 *
 * Shows the chosen item whole: the default factory cuts labels off at 20
 * characters, and a schedule's name ("5/15/40/40, every 6 months") is the
 * point of the row.  The list keeps its check mark on the chosen item.
 */
void
ow_edit_setup_combo (GtkWidget *combo_row)
{
  g_autoptr(GtkListItemFactory) factory = combo_factory_new (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = combo_factory_new (TRUE);

  g_return_if_fail (ADW_IS_COMBO_ROW (combo_row));

  adw_combo_row_set_factory (ADW_COMBO_ROW (combo_row), factory);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (combo_row), list_factory);
}
