/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The negotiation log of an offer: revisions, what changed between two
 * sets of figures, and a document to compare a revision with the latest
 * figures in. */
#define G_LOG_DOMAIN "ow-revision"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ow-model-private.h"

/* As in ow-enums.c: the value name is the translatable label, the nick is
 * the file-format string. */
GType
ow_revision_kind_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { OW_REVISION_KIND_RECEIVED, N_("Received"), "received" },
        { OW_REVISION_KIND_COUNTERED, N_("Countered"), "countered" },
        { OW_REVISION_KIND_REVISED, N_("Revised"), "revised" },
        { 0, NULL, NULL }
      };
      g_once_init_leave (&type, g_enum_register_static ("OwRevisionKind", values));
    }
  return (GType) type;
}

G_DEFINE_FINAL_TYPE (OwRevision, ow_revision, OW_TYPE_NODE)

#define OFFSET(member) G_STRUCT_OFFSET (OwRevision, member)

/* In the order a saved file lists them; the snapshot, "offer", comes
 * last. */
static const OwField revision_fields[] = {
  { "date", "date", NULL, OW_FIELD_DATE, OW_FIELD_REQUIRED, OFFSET (date),
    0, 0, 0, NULL, NULL, N_("Revision date") },
  { "kind", "kind", NULL, OW_FIELD_ENUM, OW_FIELD_REQUIRED, OFFSET (kind),
    0, 0, OW_REVISION_KIND_RECEIVED, ow_revision_kind_get_type, NULL, N_("Kind of revision") },
  { "note", "note", NULL, OW_FIELD_STRING, 0, OFFSET (note),
    0, 0, 0, NULL, NULL, N_("Revision note") },
};

#undef OFFSET

#define N_FIELDS G_N_ELEMENTS (revision_fields)

enum {
  PROP_0,
  PROP_OFFER = N_FIELDS + 1,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ow_revision_copy_children (OwNode *dest,
                           OwNode *src)
{
  ow_node_copy_from (OW_NODE (OW_REVISION (dest)->offer), OW_NODE (OW_REVISION (src)->offer));
}

static void
ow_revision_dispose (GObject *object)
{
  OwRevision *self = OW_REVISION (object);

  g_clear_object (&self->offer);

  G_OBJECT_CLASS (ow_revision_parent_class)->dispose (object);
}

static void
ow_revision_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OwRevision *self = OW_REVISION (object);

  if (ow_node_get_field_property (object, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_OFFER:
      g_value_set_object (value, self->offer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ow_revision_class_init (OwRevisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OwNodeClass *node_class = OW_NODE_CLASS (klass);

  object_class->dispose = ow_revision_dispose;
  object_class->get_property = ow_revision_get_property;
  node_class->copy_children = ow_revision_copy_children;

  ow_node_class_set_fields (node_class, revision_fields, N_FIELDS, properties);

  /**
   * OwRevision:offer:
   *
   * The offer's figures as they stood at this revision: an #OwOffer
   * without an id, a checklist or a log of its own.  It is edited in
   * place (a typo in an old revision), never replaced.
   */
  properties[PROP_OFFER] =
    g_param_spec_object ("offer", NULL, NULL, OW_TYPE_OFFER, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, PROP_OFFER, properties[PROP_OFFER]);
}

static void
ow_revision_init (OwRevision *self)
{
  ow_fields_init (self, revision_fields, N_FIELDS);

  /* Changes of the snapshot are changes of the document, like those of a
   * grant's vesting. */
  self->offer = g_object_new (OW_TYPE_OFFER, NULL);
  ow_node_set_parent (OW_NODE (self->offer), OW_NODE (self));
}

/**
 * ow_revision_new_snapshot:
 * @note: (nullable): what the revision is about
 *
 * A revision holding OFFER's figures as they are now (every key but its id,
 * checklist and log).  It is not added to OFFER: see
 * ow_offer_record_revision() and ow_history_record_revision().
 *
 * Returns: (transfer full): the new revision
 */
OwRevision *
ow_revision_new_snapshot (OwOffer        *offer,
                          OwRevisionKind  kind,
                          OwDate          date,
                          const char     *note)
{
  OwRevision *self;

  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (date != OW_DATE_NONE, NULL);
  g_return_val_if_fail (kind >= OW_REVISION_KIND_RECEIVED && kind <= OW_REVISION_KIND_REVISED, NULL);

  self = g_object_new (OW_TYPE_REVISION, NULL);
  self->date = date;
  self->kind = kind;
  g_free (self->note);
  self->note = g_strdup (note ? note : "");

  /* Nobody has seen the empty figures of a new revision yet: they are
   * replaced rather than copied into. */
  ow_node_set_parent (OW_NODE (self->offer), NULL);
  g_object_unref (self->offer);
  self->offer = ow_offer_dup_figures (offer);
  ow_node_set_parent (OW_NODE (self->offer), OW_NODE (self));
  return self;
}

OwDate
ow_revision_get_date (OwRevision *self)
{
  g_return_val_if_fail (OW_IS_REVISION (self), OW_DATE_NONE);
  return self->date;
}

OwRevisionKind
ow_revision_get_kind (OwRevision *self)
{
  g_return_val_if_fail (OW_IS_REVISION (self), OW_REVISION_KIND_RECEIVED);
  return self->kind;
}

const char *
ow_revision_get_note (OwRevision *self)
{
  g_return_val_if_fail (OW_IS_REVISION (self), NULL);
  return self->note;
}

/**
 * ow_revision_get_offer:
 *
 * Returns: (transfer none): the figures as they stood at this revision
 */
OwOffer *
ow_revision_get_offer (OwRevision *self)
{
  g_return_val_if_fail (OW_IS_REVISION (self), NULL);
  return self->offer;
}

/**
 * ow_revision_find_position:
 * @revisions: an offer's log
 *
 * Where a revision dated DATE goes in a log kept oldest first: after every
 * revision of that date or earlier, so one day's revisions stay in the
 * order they were recorded.
 */
guint
ow_revision_find_position (GListModel *revisions,
                           OwDate      date)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (revisions), 0);

  n = g_list_model_get_n_items (revisions);
  while (n > 0)
    {
      g_autoptr(OwRevision) last = g_list_model_get_item (revisions, n - 1);

      if (last->date <= date)
        break;
      n--;
    }
  return n;
}

/* The rules of one revision (the log's order is the offer's to check).  A
 * revision's figures are checked like an offer's, and their currency
 * needs a rate just as the offer's does: the document is found above the
 * offer holding the revision, which is where ow_document_check() sees
 * it. */
gboolean
ow_revision_check (OwRevision  *self,
                   const char  *path,
                   GError     **error)
{
  g_autofree char *p_offer = NULL;
  OwNode *owner;
  OwNode *document;

  g_return_val_if_fail (OW_IS_REVISION (self), FALSE);

  if (self->date == OW_DATE_NONE)
    {
      g_autofree char *p = ow_json_path_append_key (path, "date");
      return ow_load_fail (error, p, _("is required but missing"));
    }

  p_offer = ow_json_path_append_key (path, "offer");

  /* Only the loader and ow_offer_dup_figures() fill a snapshot, and
   * neither gives it these; a checklist or log put there by mistake would
   * be lost on saving. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->offer->checklist)) > 0)
    {
      g_autofree char *p = ow_json_path_append_key (p_offer, "checklist");
      return ow_load_fail (error, p, _("a revision keeps the offer’s figures, not its checklist"));
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (self->offer->revisions)) > 0)
    {
      g_autofree char *p = ow_json_path_append_key (p_offer, "revisions");
      return ow_load_fail (error, p, _("a revision cannot have revisions of its own"));
    }

  owner = ow_node_get_parent (OW_NODE (self));
  document = owner != NULL ? ow_node_get_parent (owner) : NULL;
  if (OW_IS_DOCUMENT (document))
    {
      OwDocument *doc = OW_DOCUMENT (document);
      const char *currency = ow_document_get_offer_currency (doc, self->offer);
      gint64 m;
      guint s;

      if (!ow_document_get_rate (doc, currency, &m, &s))
        {
          g_autofree char *p = ow_json_path_append_key (p_offer, "currency");
          return ow_load_fail (error, p, _("exchange_rates has no rate for %s (to %s)"),
                               currency, ow_document_get_display_currency (doc));
        }
    }

  return ow_offer_check (self->offer, p_offer, error);
}

/* The log --------------------------------------------------------------- */

/**
 * ow_offer_get_revisions:
 *
 * Returns: (transfer none): the offer's revisions, a #GListModel of
 *   #OwRevision, oldest first; the offer's own figures are the latest
 */
GListModel *
ow_offer_get_revisions (OwOffer *offer)
{
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  return G_LIST_MODEL (offer->revisions);
}

/**
 * ow_offer_record_revision:
 * @note: (nullable): what the revision is about
 *
 * Keeps OFFER's figures as they are now as a revision dated DATE, before
 * they are changed: "apply as a revision" records, then changes the
 * figures.  This does not go through the undo history; editors use
 * ow_history_record_revision().
 *
 * Returns: (transfer none): the revision, now in OFFER's log
 */
OwRevision *
ow_offer_record_revision (OwOffer        *offer,
                          OwRevisionKind  kind,
                          OwDate          date,
                          const char     *note)
{
  g_autoptr(OwRevision) revision = NULL;
  OwRevision *kept;

  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (date != OW_DATE_NONE, NULL);

  revision = ow_revision_new_snapshot (offer, kind, date, note);
  if (revision == NULL)
    return NULL;

  /* The log keeps its own reference. */
  kept = revision;
  g_list_store_insert (offer->revisions, ow_revision_find_position (G_LIST_MODEL (offer->revisions), date),
                       revision);
  return kept;
}

/* What changed ------------------------------------------------------------ */

void
ow_revision_change_free (OwRevisionChange *change)
{
  if (change == NULL)
    return;

  g_free (change->path);
  g_free (change->label);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change);
}

static char *
money_text (gint64 cents)
{
  guint64 mag = cents < 0 ? (guint64) 0 - (guint64) cents : (guint64) cents;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", cents < 0 ? "-" : "", mag / 100,
                          (guint) (mag % 100));
}

/* A value as plain text: exact, with '.' and no grouping whatever the
 * locale, since the model has no locale formatting.  The window formats
 * the raw value of the change for the locale instead. */
static char *
field_text (gconstpointer  instance,
            const OwField *f)
{
  gpointer p = (gpointer) instance;

  switch (f->kind)
    {
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
      return g_strdup (*OW_FIELD_PTR (p, f, char *));
    case OW_FIELD_BOOL:
      return g_strdup (*OW_FIELD_PTR (p, f, gboolean) ? _("Yes") : _("No"));
    case OW_FIELD_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, *OW_FIELD_PTR (p, f, gint64));
    case OW_FIELD_MONEY:
      return money_text (*OW_FIELD_PTR (p, f, gint64));
    case OW_FIELD_PERCENT:
      {
        g_autofree char *number = ow_format_scaled (*OW_FIELD_PTR (p, f, gint64), 2);

        /* TRANSLATORS: a percentage, e.g. "15 %". */
        return g_strdup_printf (_("%s %%"), number);
      }
    case OW_FIELD_MICRO:
      return ow_format_scaled (*OW_FIELD_PTR (p, f, gint64), 6);
    case OW_FIELD_ENUM:
      return g_strdup (ow_enum_to_label (f->enum_type (), *OW_FIELD_PTR (p, f, int)));
    case OW_FIELD_DATE:
      return ow_date_to_iso (*OW_FIELD_PTR (p, f, OwDate));
    default:
      g_assert_not_reached ();
    }
}

static gint64
field_raw (gconstpointer  instance,
           const OwField *f)
{
  gpointer p = (gpointer) instance;

  switch (f->kind)
    {
    case OW_FIELD_INT:
    case OW_FIELD_MONEY:
    case OW_FIELD_PERCENT:
    case OW_FIELD_MICRO:
      return *OW_FIELD_PTR (p, f, gint64);
    case OW_FIELD_ENUM:
      return *OW_FIELD_PTR (p, f, int);
    case OW_FIELD_DATE:
      return *OW_FIELD_PTR (p, f, OwDate);
    case OW_FIELD_BOOL:
      return *OW_FIELD_PTR (p, f, gboolean);
    case OW_FIELD_STRING:
    case OW_FIELD_CURRENCY:
    default:
      return 0;
    }
}

static void
add_change (GPtrArray   *changes,
            char        *path,
            char        *label,
            char        *old_text,
            char        *new_text,
            OwFieldKind  kind,
            gint64       old_value,
            gint64       new_value)
{
  OwRevisionChange *change = g_new0 (OwRevisionChange, 1);

  change->path = path;
  change->label = label;
  change->old_text = old_text;
  change->new_text = new_text;
  change->kind = kind;
  change->old_value = old_value;
  change->new_value = new_value;
  g_ptr_array_add (changes, change);
}

/* "Units (New-hire RSUs)" for a key of one item of a list. */
static char *
labelled (const char *label,
          const char *item)
{
  if (item == NULL)
    return g_strdup (label);
  /* TRANSLATORS: a key of one item of a list, e.g. "Units (New-hire RSUs)". */
  return g_strdup_printf (_("%s (%s)"), label, item);
}

/* The salary band, the refreshers and the company outlook may be left out
 * as a whole; what they hold then counts as not given. */
static gboolean
group_present (OwNode     *node,
               const char *group)
{
  OwOffer *offer;

  if (node == NULL)
    return FALSE;
  if (group == NULL || !OW_IS_OFFER (node))
    return TRUE;

  offer = OW_OFFER (node);
  if (strcmp (group, "salary_band") == 0)
    return offer->has_salary_band;
  if (strcmp (group, "refreshers") == 0)
    return offer->has_refreshers;
  if (strcmp (group, "company_equity") == 0)
    return offer->has_company_equity;
  return TRUE;
}

/* Compares one key.  OLDER or NEWER is NULL for an item only one side has;
 * such an item is told by the keys that say something about it, not by
 * every default it has. */
static void
diff_field (GPtrArray     *changes,
            OwNode        *older,
            OwNode        *newer,
            const OwField *f,
            const char    *path,
            const char    *item)
{
  gboolean old_given = group_present (older, f->group) && ow_field_is_given (older, f);
  gboolean new_given = group_present (newer, f->group) && ow_field_is_given (newer, f);
  g_autofree char *group_path = NULL;

  if (!old_given && !new_given)
    return;
  if (old_given && new_given && ow_field_equal (older, newer, f))
    return;
  if ((older == NULL || newer == NULL) && ow_field_is_default (older ? older : newer, f))
    return;

  group_path = f->group ? ow_json_path_append_key (path, f->group) : g_strdup (path);
  add_change (changes,
              ow_json_path_append_key (group_path, f->key),
              labelled (g_dgettext (GETTEXT_PACKAGE, f->label), item),
              old_given ? field_text (older, f) : NULL,
              new_given ? field_text (newer, f) : NULL,
              f->kind,
              old_given ? field_raw (older, f) : 0,
              new_given ? field_raw (newer, f) : 0);
}

/* Every key of GROUP (NULL: the node's own keys) in table order, which is
 * the order of the file. */
static void
diff_group (GPtrArray  *changes,
            OwNode     *older,
            OwNode     *newer,
            const char *group,
            const char *path,
            const char *item)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (older ? older : newer);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_strcmp0 (klass->fields[i].group, group) == 0)
      diff_field (changes, older, newer, &klass->fields[i], path, item);
}

static void
diff_keys (GPtrArray         *changes,
           OwOffer           *older,
           OwOffer           *newer,
           const char *const *keys,
           guint              n_keys)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (older);

  for (guint i = 0; i < n_keys; i++)
    {
      const OwField *f = ow_fields_find (klass->fields, klass->n_fields, NULL, keys[i]);

      g_assert (f != NULL);
      diff_field (changes, OW_NODE (older), OW_NODE (newer), f, "", NULL);
    }
}

static void
diff_vesting (GPtrArray  *changes,
              OwVesting  *older,
              OwVesting  *newer,
              const char *path,
              const char *item)
{
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  if (older == NULL && newer == NULL)
    return;

  diff_group (changes, OW_NODE (older), OW_NODE (newer), NULL, path, item);

  /* The yearly weights: NULL when the schedule vests evenly. */
  if (older != NULL && older->n_year_percents > 0)
    old_text = ow_vesting_describe_percents (older);
  if (newer != NULL && newer->n_year_percents > 0)
    new_text = ow_vesting_describe_percents (newer);
  if (g_strcmp0 (old_text, new_text) != 0)
    add_change (changes, ow_json_path_append_key (path, "year_percents"),
                labelled (_("Share vesting each year"), item),
                g_steal_pointer (&old_text), g_steal_pointer (&new_text), OW_FIELD_STRING, 0, 0);
}

/* How a change names an item of a list: its own name when it has one. */
typedef char *(*ItemNameFunc) (OwNode *item,
                               guint   i);

static char *
sign_on_name (OwNode *item,
              guint   i)
{
  /* TRANSLATORS: the first, second … sign-on payment of an offer. */
  return g_strdup_printf (_("Sign-on %u"), i + 1);
}

static char *
grant_name (OwNode *item,
            guint   i)
{
  OwGrant *grant = OW_GRANT (item);

  if (*grant->name != '\0')
    return g_strdup (grant->name);
  /* TRANSLATORS: an unnamed equity grant of an offer, by its place. */
  return g_strdup_printf (_("Grant %u"), i + 1);
}

static char *
exit_scenario_name (OwNode *item,
                    guint   i)
{
  OwExitScenario *scenario = OW_EXIT_SCENARIO (item);

  if (*scenario->label != '\0')
    return g_strdup (scenario->label);
  /* TRANSLATORS: an unnamed exit scenario, by its place. */
  return g_strdup_printf (_("Exit scenario %u"), i + 1);
}

/* Items are matched by their place in the list: a payment removed from the
 * middle reads as changes of the ones after it, which is still true of
 * the figures. */
static void
diff_list (GPtrArray    *changes,
           GListModel   *older,
           GListModel   *newer,
           const char   *path,
           ItemNameFunc  name)
{
  guint n_old = older ? g_list_model_get_n_items (older) : 0;
  guint n_new = newer ? g_list_model_get_n_items (newer) : 0;

  for (guint i = 0; i < MAX (n_old, n_new); i++)
    {
      g_autoptr(OwNode) old_item = i < n_old ? g_list_model_get_item (older, i) : NULL;
      g_autoptr(OwNode) new_item = i < n_new ? g_list_model_get_item (newer, i) : NULL;
      g_autofree char *item_path = ow_json_path_append_index (path, i);
      g_autofree char *item = name (new_item ? new_item : old_item, i);

      diff_group (changes, old_item, new_item, NULL, item_path, item);

      if (OW_IS_GRANT (new_item ? new_item : old_item))
        {
          g_autofree char *vesting_path = ow_json_path_append_key (item_path, "vesting");

          diff_vesting (changes,
                        old_item ? OW_GRANT (old_item)->vesting : NULL,
                        new_item ? OW_GRANT (new_item)->vesting : NULL,
                        vesting_path, item);
        }
    }
}

static void
diff_sources (GPtrArray *changes,
              OwOffer   *older,
              OwOffer   *newer)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (older);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  /* The older figures' keys in their order, then the ones only the newer
   * figures have. */
  for (guint i = 0; i < older->sources->len; i++)
    g_ptr_array_add (keys, g_array_index (older->sources, OwSourceEntry, i).key);
  for (guint i = 0; i < newer->sources->len; i++)
    {
      char *key = g_array_index (newer->sources, OwSourceEntry, i).key;

      if (ow_offer_get_source (older, key) == OW_SOURCE_UNKNOWN)
        g_ptr_array_add (keys, key);
    }

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      OwSource o = ow_offer_get_source (older, key);
      OwSource n = ow_offer_get_source (newer, key);
      const OwField *f;
      const char *figure;

      if (o == n)
        continue;

      f = ow_fields_find (klass->fields, klass->n_fields, NULL, key);
      figure = f != NULL ? g_dgettext (GETTEXT_PACKAGE, f->label) : key;
      add_change (changes,
                  ow_json_path_append_key ("sources", key),
                  /* TRANSLATORS: where a figure came from, e.g. "Source of Base salary". */
                  g_strdup_printf (_("Source of %s"), figure),
                  o != OW_SOURCE_UNKNOWN ? g_strdup (ow_enum_to_label (OW_TYPE_SOURCE, o)) : NULL,
                  n != OW_SOURCE_UNKNOWN ? g_strdup (ow_enum_to_label (OW_TYPE_SOURCE, n)) : NULL,
                  OW_FIELD_ENUM, o, n);
    }
}

/**
 * ow_revision_diff:
 * @older: the earlier figures, such as a revision's offer
 * @newer: the later ones, such as the offer itself
 *
 * Every key whose value differs, in the order of the file: the offer's
 * own keys and those of its sign-on payments, grants (with their vesting),
 * refreshers, exit scenarios and sources.  The id, the checklist, the log
 * and keys the program does not know are not figures and are left out.
 *
 * Returns: (transfer full) (element-type OwRevisionChange): the changes,
 *   empty when the figures are the same
 */
GPtrArray *
ow_revision_diff (OwOffer *older,
                  OwOffer *newer)
{
  static const char *const head[] = {
    "company", "title", "level", "role_family", "location", "work_mode", "company_stage",
    "industry", "status", "current_job", "currency", "start_date", "deadline", "base_salary",
    "annual_raise_percent",
  };
  static const char *const tail[] = { "effective_tax_percent", "cost_of_living_index" };
  static const char *const notes[] = { "notes" };
  GPtrArray *changes;

  g_return_val_if_fail (OW_IS_OFFER (older), NULL);
  g_return_val_if_fail (OW_IS_OFFER (newer), NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ow_revision_change_free);

  diff_keys (changes, older, newer, head, G_N_ELEMENTS (head));
  diff_group (changes, OW_NODE (older), OW_NODE (newer), "salary_band", "", NULL);
  diff_group (changes, OW_NODE (older), OW_NODE (newer), "bonus", "", NULL);
  diff_list (changes, G_LIST_MODEL (older->sign_ons), G_LIST_MODEL (newer->sign_ons), "sign_on",
             sign_on_name);
  diff_list (changes, G_LIST_MODEL (older->grants), G_LIST_MODEL (newer->grants), "grants", grant_name);

  diff_group (changes, OW_NODE (older), OW_NODE (newer), "refreshers", "", NULL);
  diff_vesting (changes,
                older->has_refreshers ? older->refresher_vesting : NULL,
                newer->has_refreshers ? newer->refresher_vesting : NULL,
                "refreshers.vesting", _("Expected refreshers"));

  diff_group (changes, OW_NODE (older), OW_NODE (newer), "company_equity", "", NULL);
  diff_list (changes,
             older->has_company_equity ? G_LIST_MODEL (older->exit_scenarios) : NULL,
             newer->has_company_equity ? G_LIST_MODEL (newer->exit_scenarios) : NULL,
             "company_equity.exit_scenarios", exit_scenario_name);

  diff_group (changes, OW_NODE (older), OW_NODE (newer), "benefits", "", NULL);
  diff_keys (changes, older, newer, tail, G_N_ELEMENTS (tail));
  diff_sources (changes, older, newer);
  diff_keys (changes, older, newer, notes, G_N_ELEMENTS (notes));

  return changes;
}

/* Comparing -------------------------------------------------------------- */

/**
 * ow_revision_comparison_new:
 * @document: the document OFFER is in
 * @offer: the offer whose log holds REVISION
 *
 * A new document, under DOCUMENT's settings (display currency, exchange
 * rates, horizon, refreshers, discount rate), that holds two offers: first
 * REVISION's figures, then OFFER's latest ones.  The Compare view shows it
 * like any two offers, and one valuation of it values both, so their
 * differences (the present value's too) are exact.  The revision's copy has
 * the id "OFFER-ID@DATE" and is never the current job; neither copy has a
 * checklist or a log.
 *
 * Returns: (transfer full): the comparison document
 */
OwDocument *
ow_revision_comparison_new (OwDocument *document,
                            OwOffer    *offer,
                            OwRevision *revision)
{
  g_autoptr(OwDocument) comparison = NULL;
  g_autoptr(OwOffer) then = NULL;
  g_autoptr(OwOffer) now = NULL;
  g_autofree char *id = NULL;
  char date[OW_DATE_ISO_LEN];
  OwNodeClass *klass;

  g_return_val_if_fail (OW_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (OW_IS_OFFER (offer), NULL);
  g_return_val_if_fail (OW_IS_REVISION (revision), NULL);

  comparison = ow_document_new ();
  klass = OW_NODE_GET_CLASS (document);
  ow_fields_copy (comparison, document, klass->fields, klass->n_fields, NULL, klass->field_pspecs + 1);
  for (guint i = 0; i < ow_document_get_n_rates (document); i++)
    {
      const char *code = ow_document_get_rate_currency (document, i);
      gint64 mantissa;
      guint scale;

      if (ow_document_get_rate (document, code, &mantissa, &scale))
        ow_document_set_rate (comparison, code, mantissa, scale);
    }

  ow_date_format_iso (revision->date, date);
  id = g_strdup_printf ("%s@%s", offer->id, date);
  then = ow_offer_dup_figures (revision->offer);
  g_object_set (then, "id", id, "current-job", FALSE, NULL);
  now = ow_offer_dup_figures (offer);
  g_object_set (now, "id", offer->id, NULL);

  ow_document_add_offer (comparison, then);
  ow_document_add_offer (comparison, now);
  return g_steal_pointer (&comparison);
}
