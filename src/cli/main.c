#include <stdio.h>
#include <string.h>

#include "artex.h"
#include "cli/cli.h"

struct command {
	const char *name;
	const char *summary;
	int (*run)(int argc, char **argv);
};

static const struct command commands[] = {
	{"convert", "read articles and write YAML, JSON-LD or TEI", artex__cli_convert},
	{"validate", "check JSON and YAML files against a JSON Schema", artex__cli_validate},
	{"schemas", "list, print or locate the bundled schemas", artex__cli_schemas},
	{"explain", "explain a message id such as ARTEX-033", artex__cli_explain},
};

#define N_COMMANDS (sizeof commands / sizeof commands[0])

int artex__cli_exit_code(int status)
{
	switch (status) {
	case ARTEX_OK:
		return ARTEX_EXIT_OK;
	case ARTEX_EINVALID:
	case ARTEX_EPARSE:
		return ARTEX_EXIT_INVALID;
	default:
		return ARTEX_EXIT_USAGE;
	}
}

void artex__cli_print_error(const struct artex_error *err)
{
	char line[2048];
	fprintf(stderr, "%s\n", artex_error_format(line, sizeof line, err));
}

static void usage(FILE *f)
{
	fprintf(f, "usage: artex [--help] [--version] COMMAND [ARGS...]\n\ncommands:\n");
	for (size_t i = 0; i < N_COMMANDS; i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "  %-10s %s\n", "help", "show the help of a command");
	fprintf(f, "\nexit codes: 0 ok, 1 invalid input or output data, 2 usage or I/O error\n");
}

static const struct command *find(const char *name)
{
	for (size_t i = 0; i < N_COMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* stdout must reach its destination; a full disk or closed pipe is an I/O
 * error, not success. */
static int finish(int code)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "artex: error writing to standard output\n");
		return ARTEX_EXIT_USAGE;
	}
	return code;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return ARTEX_EXIT_USAGE;
	}
	const char *arg = argv[1];
	if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
		usage(stdout);
		return finish(0);
	}
	if (strcmp(arg, "--version") == 0) {
		printf("artex %s\n", artex_version());
		return finish(0);
	}
	if (strcmp(arg, "help") == 0) {
		if (argc < 3) {
			usage(stdout);
			return finish(0);
		}
		const struct command *c = find(argv[2]);
		if (!c) {
			fprintf(stderr, "artex: unknown command '%s'\n", argv[2]);
			return ARTEX_EXIT_USAGE;
		}
		char *help_argv[] = {argv[2], (char *)"--help", NULL};
		return finish(c->run(2, help_argv));
	}
	const struct command *c = find(arg);
	if (!c) {
		fprintf(stderr, "artex: unknown command '%s'\n\n", arg);
		usage(stderr);
		return ARTEX_EXIT_USAGE;
	}
	return finish(c->run(argc - 1, argv + 1));
}
