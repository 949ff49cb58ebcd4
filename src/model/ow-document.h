/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwDocument: a .offers document: the offers being compared and the
 * settings they are compared under. */
#pragma once

#include "ow-field.h"
#include "ow-node.h"
#include "ow-offer.h"

G_BEGIN_DECLS

#define OW_FORMAT_NAME    "offer-workbench"
#define OW_FORMAT_VERSION 1

#define OW_TYPE_DOCUMENT (ow_document_get_type ())

G_DECLARE_FINAL_TYPE (OwDocument, ow_document, OW, DOCUMENT, OwNode)

OwDocument  *ow_document_new                 (void);
const char  *ow_document_get_display_currency (OwDocument *self);
int          ow_document_get_horizon_years   (OwDocument  *self);
gboolean     ow_document_get_include_refreshers (OwDocument *self);
gint64       ow_document_get_discount_rate   (OwDocument  *self);
GListModel  *ow_document_get_offers          (OwDocument  *self);
guint        ow_document_get_n_offers        (OwDocument  *self);
OwOffer     *ow_document_get_offer           (OwDocument  *self,
                                              guint        position);
OwOffer     *ow_document_find_offer          (OwDocument  *self,
                                              const char  *id,
                                              guint       *position);
OwOffer     *ow_document_get_current_job     (OwDocument  *self);
void         ow_document_insert_offer        (OwDocument  *self,
                                              guint        position,
                                              OwOffer     *offer);
void         ow_document_add_offer           (OwDocument  *self,
                                              OwOffer     *offer);
void         ow_document_remove_offer        (OwDocument  *self,
                                              guint        position);
char        *ow_document_make_offer_id       (OwDocument  *self,
                                              const char  *hint);
const char  *ow_document_get_offer_currency  (OwDocument  *self,
                                              OwOffer     *offer);
gboolean     ow_document_get_rate            (OwDocument  *self,
                                              const char  *currency,
                                              gint64      *mantissa,
                                              guint       *scale);
void         ow_document_set_rate            (OwDocument  *self,
                                              const char  *currency,
                                              gint64       mantissa,
                                              guint        scale);
gboolean     ow_document_remove_rate         (OwDocument  *self,
                                              const char  *currency);
guint        ow_document_get_n_rates         (OwDocument  *self);
const char  *ow_document_get_rate_currency   (OwDocument  *self,
                                              guint        i);
gboolean     ow_document_check               (OwDocument  *self,
                                              GError     **error);

/* Loading (ow-document-load.c): all or nothing. */
gboolean     ow_document_load_data           (OwDocument  *self,
                                              const char  *data,
                                              gsize        len,
                                              const char  *display_name,
                                              GError     **error);
gboolean     ow_document_load_file           (OwDocument  *self,
                                              GFile       *file,
                                              const char  *display_name,
                                              GError     **error);
OwDocument  *ow_document_new_from_file       (GFile       *file,
                                              const char  *display_name,
                                              GError     **error);

/* Saving (ow-document-save.c). */
char        *ow_document_to_data             (OwDocument  *self,
                                              gsize       *len);
gboolean     ow_document_save_file           (OwDocument  *self,
                                              GFile       *file,
                                              GError     **error);
gboolean     ow_document_write_file          (GFile       *file,
                                              const char  *data,
                                              gsize        len,
                                              GError     **error);

G_END_DECLS
