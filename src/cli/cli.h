/* Subcommands of the artex CLI. Each takes the arguments after its name
 * (argv[0] is the subcommand) and returns the process exit code:
 * 0 ok, 1 invalid input or output data, 2 usage or I/O error. */
#ifndef ARTEX_CLI_CLI_H
#define ARTEX_CLI_CLI_H

#include <getopt.h>
#include <stddef.h>
#include <stdio.h>

#include "artex.h"

enum { ARTEX_EXIT_OK = 0, ARTEX_EXIT_INVALID = 1, ARTEX_EXIT_USAGE = 2 };

int artex__cli_convert(int argc, char **argv);
int artex__cli_validate(int argc, char **argv);
int artex__cli_schemas(int argc, char **argv);
int artex__cli_explain(int argc, char **argv);

/* artex validate --consistent: reads every file as an article and reports
 * each fact on which one disagrees with the first; returns the exit code. */
int artex__cli_consistent(char **files, size_t n_files);

/* artex validate --profile google: appends the profile's warnings for the
 * JSON-LD file `path` to out. */
void artex__cli_google_check(struct artex_error_list *out, const char *path);

/* The candidate closest to `word` by edit distance, NULL when none is
 * close enough to be what was meant. */
const char *artex__cli_nearest(const char *word, const char *const *candidates, size_t n);

/* For an option getopt_long refused: says so, suggests the nearest long
 * option and where help is, on stderr. */
void artex__cli_bad_option(const char *command, const char *arg, const struct option *opts);

/* Exit code for a library status. */
int artex__cli_exit_code(int status);
/* Prints a library error to stderr in the file:line:col form. */
void artex__cli_print_error(const struct artex_error *err);

#endif
