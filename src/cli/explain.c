/* artex explain: the long explanation of a message id, from the registry
 * compiled into the library (src/util/messages.yaml). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "artex.h"
#include "cli/cli.h"

static void explain_usage(FILE *f)
{
	fprintf(f, "usage: artex explain ARTEX-NNN\n"
	           "       artex explain\n\n"
	           "Prints the summary and the explanation of a message id (\"ARTEX-033\", or just\n"
	           "\"33\"): what it means, its typical causes and how to fix them. Without an id,\n"
	           "lists every id with its name and summary.\n\n"
	           "exit codes: 0 ok, 2 unknown id or usage error\n");
}

/* "ARTEX-033", "artex-33", "033" or "33"; 0 when it is none of these. */
static int parse_id(const char *s)
{
	if (strncasecmp(s, "ARTEX-", 6) == 0)
		s += 6;
	if (!*s || strlen(s) > 3)
		return 0;
	for (const char *p = s; *p; p++)
		if (!isdigit((unsigned char)*p))
			return 0;
	return atoi(s);
}

int artex__cli_explain(int argc, char **argv)
{
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		explain_usage(stdout);
		return ARTEX_EXIT_OK;
	}
	if (argc == 1) {
		for (size_t i = 0; artex_message_id(i); i++) {
			int id = artex_message_id(i);
			printf("ARTEX-%03d  %-20s %s%s\n", id, artex_message_name(id),
			       artex_message_summary(id), artex_message_retired(id) ? " (retired)" : "");
		}
		return ARTEX_EXIT_OK;
	}
	if (argc != 2 || argv[1][0] == '-') {
		explain_usage(stderr);
		return ARTEX_EXIT_USAGE;
	}
	int id = parse_id(argv[1]);
	if (!artex_message_name(id)) {
		fprintf(stderr, "artex explain: unknown message id '%s' (`artex explain` lists them)\n",
		        argv[1]);
		return ARTEX_EXIT_USAGE;
	}
	printf("ARTEX-%03d %s: %s%s\n\n%s\n", id, artex_message_name(id), artex_message_summary(id),
	       artex_message_retired(id) ? " (retired: no longer reported)" : "",
	       artex_message_explanation(id));
	return ARTEX_EXIT_OK;
}
