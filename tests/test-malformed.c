/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading is all or nothing (offer-model.md §1, "Load errors"): every file
 * of the malformed corpus is refused with its exact message, and the
 * document that was open stays exactly as it was, without a single
 * notification.  Also the limits: nesting 64 loads and 65 does not, a
 * hundred thousand brackets are refused without a crash, and a file over
 * 16 MiB is refused before it is read. */
#define G_LOG_DOMAIN "test-malformed"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ow-document.h"
#include "ow-json-scan.h"
#include "malformed-cases.h"

#define DOC_HEAD "{ \"format\": \"offer-workbench\", \"version\": 1, "

/* What is open in the window when the person tries to open a broken file:
 * several offers, lists, sub-objects and unknown keys. */
static const char open_document[] =
  DOC_HEAD "\"display_currency\": \"USD\", \"exchange_rates\": { \"EUR\": 1.08 }, \"horizon_years\": 3,"
  " \"x_kept\": [ 1.10, 12345678901234567890 ],"
  " \"offers\": ["
  " { \"id\": \"acme\", \"company\": \"Acme AI\", \"start_date\": \"2027-01-04\", \"base_salary\": 180000,"
  "   \"bonus\": { \"target_percent\": 15 }, \"sign_on\": [ { \"amount\": 40000 } ],"
  "   \"grants\": [ { \"units\": 48000, \"share_price\": 10,"
  "     \"vesting\": { \"months\": 48, \"every_months\": 3, \"year_percents\": [ 5, 15, 40, 40 ] } } ],"
  "   \"refreshers\": { \"annual_value\": 20000 },"
  "   \"checklist\": [ { \"question\": \"Remote?\" } ], \"sources\": { \"base_salary\": \"letter\" },"
  "   \"revisions\": [ { \"date\": \"2026-11-20\", \"kind\": \"received\","
  "     \"offer\": { \"start_date\": \"2027-01-04\", \"base_salary\": 170000 } } ] },"
  " { \"id\": \"now\", \"current_job\": true, \"currency\": \"EUR\", \"start_date\": \"2024-03-01\","
  "   \"base_salary\": 95000 } ] }";

typedef struct
{
  guint notify;
  guint changed;
  guint items_changed;
} Signals;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Signals    *s)
{
  s->notify++;
}

static void
changed_cb (OwNode  *node,
            Signals *s)
{
  s->changed++;
}

static void
items_changed_cb (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Signals    *s)
{
  s->items_changed++;
}

/* An open document, watched for any change: notify and "changed" of the
 * document and its first offer, and the offers list. */
typedef struct
{
  OwDocument *document;
  OwOffer    *offer;
  char       *saved;
  Signals     signals;
} Open;

static void
open_init (Open *o)
{
  g_autoptr(GError) error = NULL;

  o->document = ow_document_new ();
  g_assert_true (ow_document_load_data (o->document, open_document, strlen (open_document), "open.offers", &error));
  g_assert_no_error (error);
  o->offer = ow_document_get_offer (o->document, 0);
  o->saved = ow_document_to_data (o->document, NULL);
  memset (&o->signals, 0, sizeof o->signals);

  g_signal_connect (o->document, "notify", G_CALLBACK (notify_cb), &o->signals);
  g_signal_connect (o->document, "changed", G_CALLBACK (changed_cb), &o->signals);
  g_signal_connect (o->offer, "notify", G_CALLBACK (notify_cb), &o->signals);
  g_signal_connect (o->offer, "changed", G_CALLBACK (changed_cb), &o->signals);
  g_signal_connect (ow_document_get_offers (o->document), "items-changed",
                    G_CALLBACK (items_changed_cb), &o->signals);
}

/* Asserts that nothing happened to the open document, and frees it. */
static void
open_finish (Open *o)
{
  g_autofree char *now = ow_document_to_data (o->document, NULL);

  g_assert_cmpstr (now, ==, o->saved);
  g_assert_true (ow_document_get_offer (o->document, 0) == o->offer);
  g_assert_cmpuint (o->signals.notify, ==, 0);
  g_assert_cmpuint (o->signals.changed, ==, 0);
  g_assert_cmpuint (o->signals.items_changed, ==, 0);

  g_signal_handlers_disconnect_by_data (o->document, &o->signals);
  g_signal_handlers_disconnect_by_data (o->offer, &o->signals);
  g_signal_handlers_disconnect_by_data (ow_document_get_offers (o->document), &o->signals);
  g_clear_pointer (&o->saved, g_free);
  g_assert_finalize_object (o->document);
}

/* Loads DATA every way there is (from memory, from FILE into the open
 * document and into a new one, without an error to fill) and checks each
 * fails with CODE and MESSAGE and changes nothing. */
static void
assert_refused (const char  *data,
                gsize        len,
                GFile       *file,
                const char  *name,
                int          code,
                const char  *message)
{
  g_autoptr(GError) error = NULL;
  OwDocument *loaded;
  Open o;

  open_init (&o);

  if (data != NULL)
    {
      g_assert_false (ow_document_load_data (o.document, data, len, name, &error));
      g_assert_error (error, OW_DOCUMENT_ERROR, code);
      g_assert_cmpstr (error->message, ==, message);
      g_clear_error (&error);

      /* A caller that does not want the message gets the same refusal. */
      g_assert_false (ow_document_load_data (o.document, data, len, name, NULL));
    }

  if (file != NULL)
    {
      g_assert_false (ow_document_load_file (o.document, file, name, &error));
      g_assert_error (error, OW_DOCUMENT_ERROR, code);
      g_assert_cmpstr (error->message, ==, message);
      g_clear_error (&error);

      g_assert_false (ow_document_load_file (o.document, file, name, NULL));

      loaded = ow_document_new_from_file (file, name, &error);
      g_assert_null (loaded);
      g_assert_error (error, OW_DOCUMENT_ERROR, code);
      g_assert_cmpstr (error->message, ==, message);
      g_clear_error (&error);

      g_assert_null (ow_document_new_from_file (file, name, NULL));
    }

  open_finish (&o);
}

static void
test_case (gconstpointer data)
{
  const MalformedCase *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "malformed", c->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *parse_name = NULL;
  g_autofree char *default_message = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);

  assert_refused (contents, len, file, c->file, c->code, c->message);

  /* Without a display name, messages name the file by its parse name. */
  g_assert_true (g_str_has_prefix (c->message, c->file));
  g_assert_true (c->message[strlen (c->file)] == ':');
  parse_name = g_file_get_parse_name (file);
  default_message = g_strconcat (parse_name, c->message + strlen (c->file), NULL);
  g_assert_null (ow_document_new_from_file (file, NULL, &error));
  g_assert_error (error, OW_DOCUMENT_ERROR, c->code);
  g_assert_cmpstr (error->message, ==, default_message);
}

/* Every file of the corpus has its expected message, and there is a file
 * for every message. */
static void
test_corpus_complete (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "malformed", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (d);
  for (guint i = 0; i < G_N_ELEMENTS (malformed_cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, malformed_cases[i].file, NULL);

      g_assert_true (g_hash_table_add (listed, (gpointer) malformed_cases[i].file));
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("%s is in the table but not in tests/malformed", malformed_cases[i].file);
    }

  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (!g_hash_table_contains (listed, name))
        g_error ("tests/malformed/%s has no expected message in malformed-cases.h", name);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (malformed_cases));
  g_assert_cmpuint (n_files, >=, 45);
}

/* Nesting ----------------------------------------------------------------- */

/* DOC_HEAD, then "x": OPEN × N, "1", CLOSE × N, then the offers. */
static char *
nested_document (const char *open,
                 const char *close,
                 guint       n)
{
  GString *s = g_string_new (DOC_HEAD "\"x\": ");

  for (guint i = 0; i < n; i++)
    g_string_append (s, open);
  g_string_append (s, "1");
  for (guint i = 0; i < n; i++)
    g_string_append (s, close);
  g_string_append (s, ", \"offers\": [ { \"id\": \"a\", \"start_date\": \"2027-01-04\", \"base_salary\": 1 } ] }");
  return g_string_free (s, FALSE);
}

static char *
repeat (const char *piece,
        guint       n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, piece);
  return g_string_free (s, FALSE);
}

/* The top object is depth 1, so "x" can hold 63 more levels: 64 in all,
 * which loads (and keeps the unknown key), where 65 does not. */
static void
test_nesting_64_loads (void)
{
  const char *const kinds[][2] = { { "[", "]" }, { "{ \"a\": ", " }" } };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *ok = nested_document (kinds[k][0], kinds[k][1], 63);
      g_autofree char *deep = nested_document (kinds[k][0], kinds[k][1], 64);
      g_autoptr(GError) error = NULL;
      OwDocument *document = ow_document_new ();
      g_autofree char *saved = NULL;
      OwDocument *again = ow_document_new ();
      g_autofree char *saved_again = NULL;

      g_assert_true (ow_document_load_data (document, ok, strlen (ok), "deep.offers", &error));
      g_assert_no_error (error);
      g_assert_cmpuint (ow_document_get_n_offers (document), ==, 1);

      /* What loaded saves, and the save (64 deep) loads again. */
      saved = ow_document_to_data (document, NULL);
      g_assert_true (ow_document_load_data (again, saved, strlen (saved), "deep.offers", &error));
      g_assert_no_error (error);
      saved_again = ow_document_to_data (again, NULL);
      g_assert_cmpstr (saved_again, ==, saved);

      g_assert_false (ow_document_load_data (document, deep, strlen (deep), "deep.offers", &error));
      g_assert_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_TOO_LARGE);
      g_test_message ("%s", error->message);
      g_assert_true (strstr (error->message, "nesting is deeper than 64 levels") != NULL);

      g_assert_finalize_object (document);
      g_assert_finalize_object (again);
    }
}

/* A hundred thousand brackets would overflow a recursive parser's stack:
 * they are refused at the 65th, with the path of the value that is too
 * deep. */
static void
test_nesting_100000 (void)
{
  g_autofree char *brackets = repeat ("[", 100000);
  g_autofree char *objects = repeat ("{\"a\":", 100000);
  g_autofree char *in_document = g_strconcat (DOC_HEAD "\"offers\": ", brackets, NULL);
  g_autofree char *path_brackets = repeat ("[0]", 64);
  g_autofree char *path_objects = repeat (".a", 63);
  g_autofree char *path_offers = repeat ("[0]", 63);
  g_autofree char *msg_brackets = g_strdup_printf ("deep.offers: %s: nesting is deeper than 64 levels (line 1, column 65)",
                                                   path_brackets);
  /* The root's own member has no leading dot. */
  g_autofree char *msg_objects = g_strdup_printf ("deep.offers: a%s: nesting is deeper than 64 levels (line 1, column 321)",
                                                  path_objects);
  g_autofree char *msg_offers = g_strdup_printf ("deep.offers: offers%s: nesting is deeper than 64 levels (line 1, column %u)",
                                                 path_offers, (guint) strlen (DOC_HEAD "\"offers\": ") + 64);
  g_autofree char *dir = g_dir_make_tmp ("ow-malformed-XXXXXX", NULL);
  g_autofree char *file_path = g_build_filename (dir, "deep.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);

  assert_refused (brackets, strlen (brackets), NULL, "deep.offers", OW_DOCUMENT_ERROR_TOO_LARGE, msg_brackets);
  assert_refused (objects, strlen (objects), NULL, "deep.offers", OW_DOCUMENT_ERROR_TOO_LARGE, msg_objects);

  g_assert_true (g_file_set_contents (file_path, in_document, -1, NULL));
  assert_refused (in_document, strlen (in_document), file, "deep.offers", OW_DOCUMENT_ERROR_TOO_LARGE, msg_offers);

  g_assert_cmpint (g_unlink (file_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Size --------------------------------------------------------------------- */

/* A valid document of exactly SIZE bytes: a long unknown string pads it. */
static char *
document_of_size (gsize size)
{
  static const char head[] = DOC_HEAD "\"x_padding\": \"";
  static const char tail[] = "\", \"offers\": [] }";
  char *text = g_malloc (size + 1);
  gsize pad = size - strlen (head) - strlen (tail);

  memcpy (text, head, strlen (head));
  memset (text + strlen (head), 'a', pad);
  memcpy (text + strlen (head) + pad, tail, strlen (tail));
  text[size] = '\0';
  return text;
}

static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-malformed-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.offers", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = document_of_size (OW_JSON_MAX_BYTES + 1);
  g_autofree char *message = g_strdup_printf ("big.offers: the file is larger than 16 MiB (%u bytes)",
                                              (guint) OW_JSON_MAX_BYTES + 1);
  g_autoptr(GError) error = NULL;
  OwDocument *document;

  g_assert_true (g_file_set_contents (path, text, OW_JSON_MAX_BYTES + 1, &error));
  g_assert_no_error (error);
  assert_refused (text, OW_JSON_MAX_BYTES + 1, file, "big.offers", OW_DOCUMENT_ERROR_TOO_LARGE, message);

  /* 16 MiB itself is allowed. */
  g_free (text);
  text = document_of_size (OW_JSON_MAX_BYTES);
  g_assert_true (g_file_set_contents (path, text, OW_JSON_MAX_BYTES, &error));
  g_assert_no_error (error);
  document = ow_document_new_from_file (file, "big.offers", &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_finalize_object (document);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Files that cannot be read at all. */
static void
test_unreadable (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ow-malformed-XXXXXX", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.offers", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  Open o;

  open_init (&o);
  g_assert_false (ow_document_load_file (o.document, missing, "missing.offers", &error));
  g_assert_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "missing.offers: "));
  g_clear_error (&error);
  g_assert_false (ow_document_load_file (o.document, folder, "folder.offers", &error));
  g_assert_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "folder.offers: is a folder, not a document");
  g_clear_error (&error);
  open_finish (&o);

  g_assert_null (ow_document_new_from_file (missing, "missing.offers", &error));
  g_assert_error (error, OW_DOCUMENT_ERROR, OW_DOCUMENT_ERROR_IO);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (malformed_cases); i++)
    {
      const char *file = malformed_cases[i].file;
      g_autofree char *name = g_strndup (file, strlen (file) - strlen (".offers"));
      g_autofree char *test_path = g_strconcat ("/ow/malformed/", name, NULL);

      g_assert_true (g_str_has_suffix (file, ".offers"));
      g_test_add_data_func (test_path, &malformed_cases[i], test_case);
    }

  g_test_add_func ("/ow/malformed/corpus-complete", test_corpus_complete);
  g_test_add_func ("/ow/malformed/nesting-64-loads", test_nesting_64_loads);
  g_test_add_func ("/ow/malformed/nesting-100000", test_nesting_100000);
  g_test_add_func ("/ow/malformed/too-large", test_too_large);
  g_test_add_func ("/ow/malformed/unreadable", test_unreadable);

  return g_test_run ();
}
