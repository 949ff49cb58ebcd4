/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless command line (offer-model.md §3): --summary, --vesting,
 * --leave-on, each as a readable table or, with --json, as JSON. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the headless commands. */
typedef enum {
  OW_CLI_EXIT_OK = 0,
  OW_CLI_EXIT_LOAD_FAILED = 1,
  OW_CLI_EXIT_USAGE = 2,
} OwCliExit;

/* TRUE when ARGV asks for a headless command, so main() must not start
 * GTK (no display is needed or touched). */
gboolean ow_cli_is_headless (int    argc,
                             char **argv);

/* Runs the headless command in ARGV, printing to stdout and stderr, and
 * returns the exit status. */
int      ow_cli_run         (int    argc,
                             char **argv);

G_END_DECLS
