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
	{"convert", "read articles and write YAML, JSON-LD, ninjs, N-Quads or TEI", artex__cli_convert},
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

const char *artex__cli_nearest(const char *word, const char *const *candidates, size_t n)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1, wl = strlen(word);
	for (size_t c = 0; c < n; c++) {
		/* Levenshtein distance over two rows; words here are short. */
		size_t cl = strlen(candidates[c]), prev[64], cur[64];
		if (wl >= 63 || cl >= 63)
			continue;
		for (size_t j = 0; j <= cl; j++)
			prev[j] = j;
		for (size_t i = 1; i <= wl; i++) {
			cur[0] = i;
			for (size_t j = 1; j <= cl; j++) {
				size_t sub = prev[j - 1] + (word[i - 1] != candidates[c][j - 1]);
				size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
				cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			}
			memcpy(prev, cur, (cl + 1) * sizeof *prev);
		}
		if (prev[cl] < best_d) {
			best_d = prev[cl];
			best = candidates[c];
		}
	}
	size_t limit = wl / 3 > 2 ? wl / 3 : 2;
	return best_d <= limit ? best : NULL;
}

void artex__cli_bad_option(const char *command, const char *arg, const struct option *opts)
{
	const char *names[128];
	size_t n = 0;
	for (; opts[n].name && n < 128; n++)
		names[n] = opts[n].name;
	const char *near = NULL;
	if (arg && strncmp(arg, "--", 2) == 0) {
		char word[64];
		snprintf(word, sizeof word, "%.*s", (int)strcspn(arg + 2, "="), arg + 2);
		near = artex__cli_nearest(word, names, n);
	}
	if (near)
		fprintf(stderr, "artex %s: did you mean --%s?\n", command, near);
	fprintf(stderr, "artex %s: see 'artex %s --help' for the options\n", command, command);
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

static void unknown_command(const char *name)
{
	const char *names[N_COMMANDS + 1];
	for (size_t i = 0; i < N_COMMANDS; i++)
		names[i] = commands[i].name;
	names[N_COMMANDS] = "help";
	const char *near = artex__cli_nearest(name, names, N_COMMANDS + 1);
	fprintf(stderr, "artex: unknown command '%s'", name);
	if (near)
		fprintf(stderr, "; did you mean '%s'?", near);
	fprintf(stderr, "\n\n");
	usage(stderr);
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
		printf("artex %s\n%s\n", artex_version(), artex_runtime_versions());
		return finish(0);
	}
	if (strcmp(arg, "help") == 0) {
		if (argc < 3 || strcmp(argv[2], "--help") == 0 || strcmp(argv[2], "-h") == 0) {
			usage(stdout);
			return finish(0);
		}
		const struct command *c = find(argv[2]);
		if (!c) {
			unknown_command(argv[2]);
			return ARTEX_EXIT_USAGE;
		}
		char *help_argv[] = {argv[2], (char *)"--help", NULL};
		return finish(c->run(2, help_argv));
	}
	const struct command *c = find(arg);
	if (!c) {
		unknown_command(arg);
		return ARTEX_EXIT_USAGE;
	}
	return finish(c->run(argc - 1, argv + 1));
}
