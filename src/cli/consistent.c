/* artex validate --consistent: the files are one article in several formats
 * (JSON-LD, TEI, YAML, ...); each is read back into the model and compared
 * with the first, fact by fact, so a hand edit or a stale output in one of
 * them fails CI. */
#include <stdio.h>
#include <stdlib.h>

#include "artex.h"
#include "cli/cli.h"

int artex__cli_consistent(char **files, size_t n_files)
{
	if (n_files < 2) {
		fprintf(stderr, "artex validate: --consistent needs two or more files\n");
		return ARTEX_EXIT_USAGE;
	}
	struct artex_article *first = NULL;
	const char *first_name = NULL;
	struct artex_error_list diffs = {0};
	int code = ARTEX_EXIT_OK;
	for (size_t i = 0; i < n_files; i++) {
		struct artex_article *art = NULL;
		struct artex_error err = {0};
		int rc = artex_article_read_file(&art, files[i], NULL, &err);
		if (rc < 0) {
			artex__cli_print_error(&err);
			int c = artex__cli_exit_code(rc);
			if (c > code)
				code = c;
			continue;
		}
		/* The first file that reads is the reference for the others. */
		if (!first) {
			first = art;
			first_name = files[i];
			continue;
		}
		rc = artex_article_compare(&diffs, first, first_name, art, files[i], &err);
		artex_article_free(art);
		if (rc == ARTEX_EINVALID) {
			if (code == ARTEX_EXIT_OK)
				code = ARTEX_EXIT_INVALID;
		} else if (rc < 0) {
			artex__cli_print_error(&err);
			code = ARTEX_EXIT_USAGE;
		}
	}
	char line[2048];
	for (size_t k = 0; k < diffs.count; k++)
		printf("%s\n", artex_error_format(line, sizeof line, &diffs.items[k]));
	artex_error_list_dispose(&diffs);
	artex_article_free(first);
	return code;
}
