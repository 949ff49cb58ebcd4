/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Picks the headless command line or the window. */
#define G_LOG_DOMAIN "offer-workbench"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ow-application.h"
#include "ow-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OwApplication) app = NULL;

  /* Where the translations are, for both paths: the model and the command
   * line translate through dgettext (GETTEXT_PACKAGE), which needs the
   * binding under a prefix other than /usr, as in the Flatpak.  Binding
   * neither reads the locale nor touches GTK. */
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  /* Before any GTK call: the command line must work without a display and
   * without paying for GTK's start-up.  It sets its own locale. */
  if (ow_cli_is_headless (argc, argv))
    return ow_cli_run (argc, argv);

  setlocale (LC_ALL, "");
  textdomain (GETTEXT_PACKAGE);

  app = ow_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
