#include <jansson.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "exporters/exporter.h"
#include "model/model.h"
#include "pipeline/pipeline.h"
#include "util/date.h"
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

static int add_option(struct artex_article *art, const char *name, const char *value)
{
	struct artex_provenance *p = art->provenance;
	char *opt = malloc(strlen(name) + (value ? strlen(value) + 1 : 0) + 1);
	if (!opt)
		return ARTEX_ENOMEM;
	strcpy(opt, name);
	if (value) {
		strcat(opt, "=");
		strcat(opt, value);
	}
	int rc = artex__strlist_add(art, &p->options, opt);
	free(opt);
	return rc;
}

/* The options that change what is written, so the record says how to make
 * the same output again; a file given as an option by its base name only,
 * as the source is, so that outputs do not depend on the folder. */
static int record_conversion(struct artex_article *art, const struct artex_convert_opts *opts,
                             struct artex_error *err)
{
	struct artex_provenance *p = art->provenance;
	if (!p || p->from_input)
		return 0;
	const char *people = opts->extract_opts.people_file;
	if (people && strrchr(people, '/'))
		people = strrchr(people, '/') + 1;
	int rc = 0;
	if (opts->extract_opts.language)
		rc |= add_option(art, "--lang", opts->extract_opts.language);
	if (people)
		rc |= add_option(art, "--people", people);
	if (opts->no_extract)
		rc |= add_option(art, "--no-extract", NULL);
	if (opts->read_opts.body_from_description)
		rc |= add_option(art, "--body-from-description", NULL);
	if (opts->export_opts.base_iri)
		rc |= add_option(art, "--base-iri", opts->export_opts.base_iri);
	if (opts->export_opts.plain)
		rc |= add_option(art, "--profile", "plain");
	if (rc)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	if (opts->provenance_date) {
		char when[ARTEX_TIMESTAMP_MAX];
		if (artex__run_timestamp(when) < 0)
			return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
			                    "SOURCE_DATE_EPOCH must be a number of seconds since 1970");
		if (!(p->date = artex__article_str(art, when)))
			return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	}
	return 0;
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
	struct artex_read_opts read_opts = opts->read_opts;
	if (!read_opts.language)
		read_opts.language = opts->extract_opts.language;
	rc = artex_article_read_opts(out, buf, len, opts->input_format, name, &read_opts, err);
	free(owned);
	/* A saved page that names no address of its own was at --base-iri. */
	const char *base = opts->export_opts.base_iri;
	if (rc == 0 && !(*out)->url && base && artex__valid_iri(base) &&
	    strcmp(artex_article_format(*out), "html") == 0 && !((*out)->url = artex__article_str(*out, base)))
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	if (rc == 0)
		rc = record_conversion(*out, opts, err);
	/* Quotes and claims come from the text whatever format carried it,
	 * unless the input already names its own; people and organisations the
	 * input names stay, and are found in the text under their own ids. */
	if (rc == 0 && !opts->no_extract && artex_article_quote_count(*out) == 0 &&
	    artex_article_claim_count(*out) == 0)
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
                           const char *input, struct artex__export_shared *shared,
                           struct artex_error *err)
{
	int rc = artex__article_export_shared(out, len, art, format, &opts->export_opts, shared, err);
	if (rc < 0 && !err->file[0])
		artex__error_file(err, input);
	return rc;
}
