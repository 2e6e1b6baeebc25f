/* artex schemas: the schemas bundled with the library, for other tools.
 *
 * The library validates with its embedded copies; the same files are
 * installed under artex_schema_dir() so that editors and other validators can
 * point at them. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "artex.h"
#include "artex_tools.h"
#include "cli/cli.h"

static void schemas_usage(FILE *f)
{
	fprintf(f,
	        "usage: artex schemas list\n"
	        "       artex schemas show NAME\n"
	        "       artex schemas path\n\n"
	        "  list        names of the bundled schemas, one per line\n"
	        "  show NAME   print the bundled schema NAME (a name from list)\n"
	        "  path        print the folder the schemas are installed in\n"
	        "  -h, --help  show this help\n\n"
	        "exit codes: 0 ok, 2 usage error or unknown schema\n");
}

int artex__cli_schemas(int argc, char **argv)
{
	if (argc < 2) {
		schemas_usage(stderr);
		return ARTEX_EXIT_USAGE;
	}
	const char *what = argv[1];
	if (strcmp(what, "-h") == 0 || strcmp(what, "--help") == 0) {
		schemas_usage(stdout);
		return ARTEX_EXIT_OK;
	}
	if (strcmp(what, "list") == 0 && argc == 2) {
		const char *name;
		for (size_t i = 0; (name = artex_schema_bundled_name(i)); i++)
			printf("%s\n", name);
		return ARTEX_EXIT_OK;
	}
	if (strcmp(what, "show") == 0 && argc == 3) {
		size_t len = 0;
		const char *text = artex_schema_bundled_text(argv[2], &len);
		if (!text) {
			fprintf(stderr, "artex schemas: no bundled schema '%s' (see artex schemas list)\n",
			        argv[2]);
			return ARTEX_EXIT_USAGE;
		}
		fwrite(text, 1, len, stdout);
		return ARTEX_EXIT_OK;
	}
	if (strcmp(what, "path") == 0 && argc == 2) {
		/* Printed even when missing (an uninstalled build, or an install
		 * staged with DESTDIR), but never silently. */
		struct stat st;
		if (stat(artex_schema_dir(), &st) != 0 || !S_ISDIR(st.st_mode))
			fprintf(stderr,
			        "artex schemas: %s does not exist (artex is not installed there); "
			        "artex schemas show NAME prints the built-in copies\n",
			        artex_schema_dir());
		printf("%s\n", artex_schema_dir());
		return ARTEX_EXIT_OK;
	}
	schemas_usage(stderr);
	return ARTEX_EXIT_USAGE;
}
