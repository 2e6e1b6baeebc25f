/* artex validate --profile google: warnings next to the schema's errors. */
#include <string.h>

#include "artex.h"
#include "artex_tools.h"
#include "cli/cli.h"

void artex__cli_google_check(struct artex_error_list *out, const char *path)
{
	struct artex_error err;
	memset(&err, 0, sizeof err);
	/* The file already went through the schema check, which reported any
	 * read or syntax failure; the profile adds advice only. */
	(void)artex_google_article_check_file(out, path, &err);
}
