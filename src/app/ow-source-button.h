/* SPDX-License-Identifier: GPL-3.0-or-later */
/* OwSourceButton: a small menu button beside a figure that says where it
 * came from (the offer letter, a conversation, an assumption, research),
 * with a visible tag for figures that are only verbal or assumed.
 *
 * Source keys.  An offer's "sources" object maps a key to a source.  A key
 * is the figure's path inside the offer object, written the way the file
 * writes it: "base_salary", "bonus.target_percent", "salary_band",
 * "sign_on[1]", "grants[0].share_price",
 * "company_equity.exit_scenarios[2]".  A key may name a whole object or
 * list ("bonus", "grants"): it then covers every figure below it that has
 * no key of its own, so "grants[0].value" shows the source recorded for
 * "grants[0]", else for "grants".  Inside "company_equity" the prefix may
 * be left out ("dilution_percent", "exit_scenarios"), as files written by
 * hand do; such a key is read and, when the figure's source changes,
 * updated in place.  Removing a list item forgets its keys and moves the
 * keys of the items after it down by one, in the same undo step. */
#pragma once

#include <gtk/gtk.h>

#include "ow-history.h"

G_BEGIN_DECLS

#define OW_TYPE_SOURCE_BUTTON (ow_source_button_get_type ())

G_DECLARE_FINAL_TYPE (OwSourceButton, ow_source_button, OW, SOURCE_BUTTON, GtkWidget)

GtkWidget  *ow_source_button_new        (void);
void        ow_source_button_bind       (OwSourceButton *self,
                                         OwHistory      *history,
                                         OwOffer        *offer,
                                         const char     *key);
const char *ow_source_button_get_key    (OwSourceButton *self);
OwSource    ow_source_button_get_source (OwSourceButton *self);

OwSource    ow_source_key_lookup        (OwOffer        *offer,
                                         const char     *key,
                                         char          **found_key);
gboolean    ow_source_key_set           (OwHistory      *history,
                                         OwOffer        *offer,
                                         const char     *key,
                                         OwSource        source,
                                         GError        **error);
gboolean    ow_source_keys_forget_item  (OwHistory      *history,
                                         OwOffer        *offer,
                                         const char     *list_key,
                                         guint           position,
                                         GError        **error);

G_END_DECLS
