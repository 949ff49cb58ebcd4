/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saving .offers documents: exact decimals, unknown keys written back,
 * and an atomic replace that never leaves a half-written file behind. */
#define G_LOG_DOMAIN "ow-document-save"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ow-model-private.h"

static void
save_node_group (OwNode       *node,
                 const char   *group,
                 OwJsonWriter *w)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (node);

  ow_fields_save_group (node, klass->fields, klass->n_fields, group, w);
  ow_extras_save (ow_node_get_extras (node), group, w);
}

static void
save_key (OwNode       *node,
          const char   *key,
          OwJsonWriter *w)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (node);
  const OwField *f = ow_fields_find (klass->fields, klass->n_fields, NULL, key);

  g_assert (f != NULL);
  ow_field_save (node, f, w);
}

static void
save_vesting (OwVesting    *vesting,
              OwJsonWriter *w)
{
  ow_json_writer_begin_object (w);
  save_key (OW_NODE (vesting), "months", w);
  save_key (OW_NODE (vesting), "cliff_months", w);
  save_key (OW_NODE (vesting), "every_months", w);
  if (vesting->n_year_percents > 0)
    {
      ow_json_writer_key (w, "year_percents");
      ow_json_writer_begin_array (w);
      for (guint i = 0; i < vesting->n_year_percents; i++)
        ow_json_writer_scaled (w, vesting->year_percents[i], 2, 0);
      ow_json_writer_end_array (w);
    }
  save_key (OW_NODE (vesting), "rounding", w);
  ow_extras_save (ow_node_get_extras (OW_NODE (vesting)), NULL, w);
  ow_json_writer_end_object (w);
}

static void
save_list (GListModel   *list,
           const char   *key,
           OwJsonWriter *w,
           void        (*save_item) (OwNode *, OwJsonWriter *))
{
  guint n = g_list_model_get_n_items (list);

  ow_json_writer_key (w, key);
  ow_json_writer_begin_array (w);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OwNode) item = g_list_model_get_item (list, i);
      save_item (item, w);
    }
  ow_json_writer_end_array (w);
}

static void
save_plain_item (OwNode       *item,
                 OwJsonWriter *w)
{
  ow_json_writer_begin_object (w);
  save_node_group (item, NULL, w);
  ow_json_writer_end_object (w);
}

static void
save_grant (OwNode       *node,
            OwJsonWriter *w)
{
  OwGrant *grant = OW_GRANT (node);
  static const char *const keys[] = {
    "name", "kind", "units", "value", "share_price", "strike_price", "growth_percent", "vest_start",
  };

  ow_json_writer_begin_object (w);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    save_key (node, keys[i], w);
  ow_json_writer_key (w, "vesting");
  save_vesting (grant->vesting, w);
  ow_extras_save (ow_node_get_extras (node), NULL, w);
  ow_json_writer_end_object (w);
}

/* A sub-object whose keys are fields of the offer itself. */
static void
save_group (OwOffer      *offer,
            const char   *group,
            OwJsonWriter *w)
{
  ow_json_writer_key (w, group);
  ow_json_writer_begin_object (w);
  save_node_group (OW_NODE (offer), group, w);

  if (strcmp (group, "refreshers") == 0 && offer->refresher_vesting != NULL)
    {
      ow_json_writer_key (w, "vesting");
      save_vesting (offer->refresher_vesting, w);
    }
  if (strcmp (group, "company_equity") == 0)
    save_list (G_LIST_MODEL (offer->exit_scenarios), "exit_scenarios", w, save_plain_item);

  ow_json_writer_end_object (w);
}

/* Bonus and benefits always exist; they are written when anything in them
 * differs from the defaults, or the file had keys of its own there. */
static gboolean
group_has_content (OwOffer    *offer,
                   const char *group)
{
  OwNodeClass *klass = OW_NODE_GET_CLASS (offer);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_strcmp0 (klass->fields[i].group, group) == 0 &&
        !ow_field_is_default (offer, &klass->fields[i]))
      return TRUE;

  return ow_extras_has_group (ow_node_get_extras (OW_NODE (offer)), group);
}

static void save_revision (OwNode       *node,
                           OwJsonWriter *w);

/* An offer, or with SNAPSHOT a revision's figures: the same keys but the
 * id, the checklist and the log, which belong to the offer itself. */
static void
save_offer_members (OwNode       *node,
                    gboolean      snapshot,
                    OwJsonWriter *w)
{
  OwOffer *offer = OW_OFFER (node);
  static const char *const head[] = {
    "company", "title", "level", "role_family", "location", "work_mode", "company_stage",
    "industry", "status", "current_job", "currency", "start_date", "deadline", "base_salary",
    "annual_raise_percent",
  };

  ow_json_writer_begin_object (w);

  if (!snapshot)
    save_key (node, "id", w);
  for (guint i = 0; i < G_N_ELEMENTS (head); i++)
    save_key (node, head[i], w);

  if (offer->has_salary_band)
    save_group (offer, "salary_band", w);
  if (group_has_content (offer, "bonus"))
    save_group (offer, "bonus", w);
  if (g_list_model_get_n_items (G_LIST_MODEL (offer->sign_ons)) > 0)
    save_list (G_LIST_MODEL (offer->sign_ons), "sign_on", w, save_plain_item);
  if (g_list_model_get_n_items (G_LIST_MODEL (offer->grants)) > 0)
    save_list (G_LIST_MODEL (offer->grants), "grants", w, save_grant);
  if (offer->has_refreshers)
    save_group (offer, "refreshers", w);
  if (offer->has_company_equity)
    save_group (offer, "company_equity", w);
  if (group_has_content (offer, "benefits"))
    save_group (offer, "benefits", w);

  save_key (node, "effective_tax_percent", w);
  save_key (node, "cost_of_living_index", w);

  if (!snapshot && g_list_model_get_n_items (G_LIST_MODEL (offer->checklist)) > 0)
    save_list (G_LIST_MODEL (offer->checklist), "checklist", w, save_plain_item);

  if (offer->sources->len > 0)
    {
      ow_json_writer_key (w, "sources");
      ow_json_writer_begin_object (w);
      for (guint i = 0; i < offer->sources->len; i++)
        {
          const OwSourceEntry *e = &g_array_index (offer->sources, OwSourceEntry, i);

          ow_json_writer_key (w, e->key);
          ow_json_writer_string (w, ow_enum_to_nick (OW_TYPE_SOURCE, e->source));
        }
      ow_json_writer_end_object (w);
    }

  save_key (node, "notes", w);
  /* The log comes last: the latest figures first, then how they came
   * about. */
  if (!snapshot && g_list_model_get_n_items (G_LIST_MODEL (offer->revisions)) > 0)
    save_list (G_LIST_MODEL (offer->revisions), "revisions", w, save_revision);
  ow_extras_save (ow_node_get_extras (node), NULL, w);
  ow_json_writer_end_object (w);
}

static void
save_offer (OwNode       *node,
            OwJsonWriter *w)
{
  save_offer_members (node, FALSE, w);
}

static void
save_revision (OwNode       *node,
               OwJsonWriter *w)
{
  OwRevision *revision = OW_REVISION (node);

  OwNodeClass *klass = OW_NODE_GET_CLASS (node);

  ow_json_writer_begin_object (w);
  ow_fields_save_group (node, klass->fields, klass->n_fields, NULL, w);
  ow_json_writer_key (w, "offer");
  save_offer_members (OW_NODE (revision->offer), TRUE, w);
  ow_extras_save (ow_node_get_extras (node), NULL, w);
  ow_json_writer_end_object (w);
}

/**
 * ow_document_to_data:
 *
 * Returns: (transfer full): the document as .offers text
 */
char *
ow_document_to_data (OwDocument *self,
                     gsize      *len)
{
  g_autoptr(OwJsonWriter) w = NULL;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), NULL);

  w = ow_json_writer_new (TRUE);
  ow_json_writer_begin_object (w);

  ow_json_writer_key (w, "format");
  ow_json_writer_string (w, OW_FORMAT_NAME);
  ow_json_writer_key (w, "version");
  ow_json_writer_int (w, OW_FORMAT_VERSION);

  save_key (OW_NODE (self), "display_currency", w);
  if (self->rates->len > 0)
    {
      ow_json_writer_key (w, "exchange_rates");
      ow_json_writer_begin_object (w);
      for (guint i = 0; i < self->rates->len; i++)
        {
          const OwRate *r = &g_array_index (self->rates, OwRate, i);

          ow_json_writer_key (w, r->code);
          ow_json_writer_scaled (w, r->mantissa, r->scale, 0);
        }
      ow_json_writer_end_object (w);
    }
  save_key (OW_NODE (self), "horizon_years", w);
  save_key (OW_NODE (self), "include_expected_refreshers", w);
  save_key (OW_NODE (self), "discount_rate_percent", w);
  ow_extras_save (ow_node_get_extras (OW_NODE (self)), NULL, w);

  save_list (G_LIST_MODEL (self->offers), "offers", w, save_offer);

  ow_json_writer_end_object (w);
  return ow_json_writer_finish (w, len);
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       len,
           GError    **error)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0)
        {
          int saved = errno;

          if (saved == EINTR)
            continue;
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
          return FALSE;
        }
      data += n;
      len -= (gsize) n;
    }
  return TRUE;
}

/* Writes DATA next to PATH under a temporary name, flushes it to disk and
 * renames it over PATH: at every moment PATH holds either the old or the
 * new document, whole.  A new file is readable by its owner only; an
 * existing one keeps its permissions. */
static gboolean
replace_local_file (const char *path,
                    const char *data,
                    gsize       len,
                    GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  struct stat st;
  mode_t mode = 0600;
  int fd;
  int saved;

  if (g_stat (path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("not a regular file"));
          return FALSE;
        }
      mode = st.st_mode & 07777;
    }

  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create a file in %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  if (!write_all (fd, data, len, error))
    goto fail;

  if (fchmod (fd, mode) != 0 || fsync (fd) != 0)
    {
      saved = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      goto fail;
    }

  if (close (fd) != 0)
    {
      saved = errno;
      fd = -1;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      goto fail;
    }
  fd = -1;

  if (g_rename (tmp, path) != 0)
    {
      saved = errno;
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
      goto fail;
    }

  return TRUE;

fail:
  if (fd >= 0)
    close (fd);
  g_unlink (tmp);
  return FALSE;
}

/**
 * ow_document_write_file:
 *
 * Writes DATA to FILE the way documents are saved: atomically (FILE holds
 * either its old or its new contents, whole), a new file readable by its
 * owner only, an existing one keeping its permissions.  Other files made
 * from a document, such as exported tables, use it too.  A failure's
 * message starts with the file's name.
 */
gboolean
ow_document_write_file (GFile       *file,
                        const char  *data,
                        gsize        len,
                        GError     **error)
{
  g_autofree char *path = NULL;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    ok = replace_local_file (path, data, len, error);
  else
    /* Not a local file (a remote location): GIO's replace is atomic there
     * too, and PRIVATE makes a new file readable by its owner only. */
    ok = g_file_replace_contents (file, data, len, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);

  if (!ok)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_prefix_error (error, "%s: ", name);
    }
  return ok;
}

gboolean
ow_document_save_file (OwDocument  *self,
                       GFile       *file,
                       GError     **error)
{
  g_autofree char *data = NULL;
  gsize len;

  g_return_val_if_fail (OW_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* What is in memory always passes these checks, since editors run them
   * before applying a change; this is the last line of defence against a
   * file that could not be opened again. */
  if (!ow_document_check (self, error))
    return FALSE;

  data = ow_document_to_data (self, &len);
  return ow_document_write_file (file, data, len, error);
}
