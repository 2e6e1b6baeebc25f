/* Subcommands of the artex CLI. Each takes the arguments after its name
 * (argv[0] is the subcommand) and returns the process exit code:
 * 0 ok, 1 invalid input or output data, 2 usage or I/O error. */
#ifndef ARTEX_CLI_CLI_H
#define ARTEX_CLI_CLI_H

enum { ARTEX_EXIT_OK = 0, ARTEX_EXIT_INVALID = 1, ARTEX_EXIT_USAGE = 2 };

int artex__cli_convert(int argc, char **argv);
int artex__cli_validate(int argc, char **argv);

/* Exit code for a library status. */
int artex__cli_exit_code(int status);
/* Prints a library error to stderr in the file:line:col form. */
void artex__cli_print_error(const struct artex_error *err);

#endif
