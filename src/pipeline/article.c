#include <jansson.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline/pipeline.h"
#include "util/error.h"
#include "util/fileio.h"

static void init_once(void)
{
	/* libxml2 and jansson keep global state (parser tables, the hash seed)
	 * that must be set before several threads use them. */
	xmlInitParser();
	json_object_seed(0);
}

void artex__pipeline_init(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, init_once);
}

int artex__pipeline_article(struct artex_article **out, const char *path, const char *buf,
                            size_t len, const struct artex_convert_opts *opts, size_t *bytes,
                            struct artex_error *err)
{
	char *owned = NULL;
	*out = NULL;
	*bytes = 0;
	int rc;
	if (!buf) {
		if ((rc = artex__file_read(&owned, &len, path, err)) < 0)
			return rc;
		buf = owned;
	}
	*bytes = len;
	const char *name = path && strcmp(path, "-") != 0 ? path : NULL;
	rc = artex_article_read(out, buf, len, opts->input_format, name, err);
	free(owned);
	/* Formats that carry only text get quotes, speakers and claims found;
	 * the model's own formats already hold them. */
	if (rc == 0 && !opts->no_extract && (strcmp(artex_article_format(*out), "text") == 0 ||
	                                     strcmp(artex_article_format(*out), "html") == 0))
		rc = artex_article_extract(*out, &opts->extract_opts, err);
	if (rc < 0) {
		if (!err->file[0])
			artex__error_file(err, path ? path : "-");
		artex_article_free(*out);
		*out = NULL;
	}
	return rc;
}

int artex__pipeline_export(char **out, size_t *len, const struct artex_article *art,
                           const char *format, const struct artex_convert_opts *opts,
                           const char *input, struct artex_error *err)
{
	int rc = artex_article_export(out, len, art, format, &opts->export_opts, err);
	if (rc < 0 && !err->file[0])
		artex__error_file(err, input);
	return rc;
}
