/* One article through the library: read -> check -> extract -> check what
 * extraction added -> export -> validate. Each stage is one call below; the
 * public entry points for a single stage (artex_article_read,
 * artex_article_extract, artex_article_export) are built from the same
 * calls, so a host program gets the same checks as the command line. */
#include <jansson.h>
#include <limits.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "exporters/exporter.h"
#include "extract/extractor.h"
#include "model/model.h"
#include "pipeline/pipeline.h"
#include "readers/reader.h"
#include "util/date.h"
#include "util/error.h"
#include "util/fileio.h"
#include "validate/output.h"

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

/* The model check after a reader, collecting every error when the options
 * ask for a list. */
static int check_read(const struct artex_article *art, const struct artex_read_opts *opts,
                      struct artex_error *err)
{
	struct artex_error_list *all = opts && opts->max_errors ? opts->errors : NULL;
	return artex__article_check_all(art, err, all, all ? opts->max_errors : 0);
}

/* Errors in the order of the input, those without a place last. */
static int cmp_place(const void *a, const void *b)
{
	const struct artex_error *x = a, *y = b;
	long kx = x->line ? (long)x->line : LONG_MAX, ky = y->line ? (long)y->line : LONG_MAX;
	if (kx != ky)
		return kx < ky ? -1 : 1;
	return (x->column > y->column) - (x->column < y->column);
}

static int listed(const struct artex_error_list *list, const struct artex_error *e)
{
	for (size_t i = 0; i < list->count; i++)
		if (list->items[i].msg_id == e->msg_id &&
		    strcmp(list->items[i].pointer, e->pointer) == 0 &&
		    strcmp(list->items[i].message, e->message) == 0)
			return 1;
	return 0;
}

/* After reading and checking: every error names the input; those that name
 * a place in the model (a JSON Pointer) get their place in the input where
 * the format can tell it; the error that ended reading joins those recorded
 * before it, and the list is put in the input's order. */
static int place_errors(int rc, const struct artex_reader *r, const char *buf, size_t len,
                        const char *file, const struct artex_read_opts *opts,
                        struct artex_error *err)
{
	if (!r) {
		artex__error_file(err, file);
		return rc;
	}
	struct artex_error_list *all = opts && opts->max_errors ? opts->errors : NULL;
	if (rc < 0) {
		artex__error_file(err, file);
		if (err)
			artex__reader_locate(r, buf, len, err);
		if (all && err && all->count < opts->max_errors && !listed(all, err))
			artex__error_list_push(all, err);
	}
	for (size_t i = 0; all && i < all->count; i++) {
		artex__error_file(&all->items[i], file);
		artex__reader_locate(r, buf, len, &all->items[i]);
	}
	if (rc == ARTEX_EINVALID && all && all->count > 1) {
		qsort(all->items, all->count, sizeof *all->items, cmp_place);
		if (err)
			*err = all->items[0];
	}
	return rc;
}

int artex_article_read_opts(struct artex_article **out, const char *buf, size_t len,
                            const char *format, const char *name,
                            const struct artex_read_opts *opts, struct artex_error *err)
{
	const char *file = name ? name : "-";
	const struct artex_reader *r = NULL;
	*out = NULL;
	int rc = opts ? artex__opts_version(opts->version, ARTEX_READ_OPTS_VERSION, "artex_read_opts",
	                                    err)
	              : 0;
	if (rc < 0)
		return rc;
	rc = artex__reader_read(out, &r, buf, len, format, name, opts, err);
	if (rc == 0)
		rc = check_read(*out, opts, err);
	rc = place_errors(rc, r, buf, len, file, opts, err);
	if (rc < 0) {
		artex_article_free(*out);
		*out = NULL;
	}
	return rc;
}

int artex_article_read(struct artex_article **out, const char *buf, size_t len,
                       const char *format, const char *name, struct artex_error *err)
{
	return artex_article_read_opts(out, buf, len, format, name, NULL, err);
}

int artex_article_read_file(struct artex_article **out, const char *path, const char *format,
                            struct artex_error *err)
{
	char *buf = NULL;
	size_t len = 0;
	*out = NULL;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc == 0)
		rc = artex_article_read(out, buf, len, format, strcmp(path, "-") ? path : NULL, err);
	free(buf);
	return rc;
}

int artex_article_extract(struct artex_article *art, const struct artex_extract_opts *opts,
                          struct artex_error *err)
{
	int rc = opts ? artex__opts_version(opts->version, ARTEX_EXTRACT_OPTS_VERSION,
	                                    "artex_extract_opts", err)
	              : 0;
	if (rc == 0)
		rc = artex__extract(art, opts, err);
	/* The reader checked the rest; the language is a valid tag or
	 * identification's own. */
	return rc < 0 ? rc : artex__article_check_annotations(art, err);
}

/* Export, then validate: the bytes leave only when they pass the schema
 * their exporter names, so a bug in an exporter never reaches a file that
 * claims to follow it. The exports of one article share `shared`. */
static int export_checked(char **out, size_t *out_len, const struct artex_article *art,
                          const char *exporter, const struct artex_export_opts *opts,
                          struct artex__export_shared *shared, struct artex_error *err)
{
	*out = NULL;
	const struct artex_exporter *e = artex__exporter_find(exporter);
	if (!e)
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE, "unknown output format \"%s\"",
		                    exporter ? exporter : "");
	int rc = opts ? artex__opts_version(opts->version, ARTEX_EXPORT_OPTS_VERSION,
	                                    "artex_export_opts", err)
	              : 0;
	if (rc == 0)
		rc = artex__exporter_write(out, out_len, e, art, opts, shared, err);
	if (rc == 0)
		rc = artex__validate_output(e->schema, e->media_type, *out, *out_len, e->name, err);
	if (rc < 0) {
		free(*out);
		*out = NULL;
	}
	return rc;
}

int artex_article_export(char **out, size_t *out_len, const struct artex_article *art,
                         const char *exporter, const struct artex_export_opts *opts,
                         struct artex_error *err)
{
	return export_checked(out, out_len, art, exporter, opts, NULL, err);
}

int artex__pipeline_check_opts(const struct artex_convert_opts *o, struct artex_error *err)
{
	int rc = artex__opts_version(o->version, ARTEX_CONVERT_OPTS_VERSION, "artex_convert_opts",
	                             err);
	if (rc == 0)
		rc = artex__opts_version(o->read_opts.version, ARTEX_READ_OPTS_VERSION,
		                         "artex_read_opts", err);
	if (rc == 0)
		rc = artex__opts_version(o->extract_opts.version, ARTEX_EXTRACT_OPTS_VERSION,
		                         "artex_extract_opts", err);
	if (rc == 0)
		rc = artex__opts_version(o->export_opts.version, ARTEX_EXPORT_OPTS_VERSION,
		                         "artex_export_opts", err);
	return rc;
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

/* A saved page that names no address of its own was at --base-iri. */
static int take_base_iri(struct artex_article *art, const char *base, struct artex_error *err)
{
	if (art->url || !base || !artex__valid_iri(base) ||
	    strcmp(artex_article_format(art), "html") != 0)
		return 0;
	return (art->url = artex__article_str(art, base)) ? 0
	       : artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
}

/* Quotes and claims come from the text whatever format carried it, unless
 * the input already names its own; people and organisations the input
 * names stay, and are found in the text under their own ids. */
static int wants_extraction(const struct artex_article *art, const struct artex_convert_opts *opts)
{
	return !opts->no_extract && artex_article_quote_count(art) == 0 &&
	       artex_article_claim_count(art) == 0;
}

int artex__pipeline_article(struct artex_article **out, const char *path, const char *buf,
                            size_t len, const struct artex_convert_opts *opts, size_t *bytes,
                            struct artex_error *err)
{
	char *owned = NULL;
	const struct artex_reader *r = NULL;
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
	const char *file = name ? name : "-";
	struct artex_read_opts read_opts = opts->read_opts;
	if (!read_opts.language)
		read_opts.language = opts->extract_opts.language;

	rc = artex__reader_read(out, &r, buf, len, opts->input_format, name, &read_opts, err);
	if (rc == 0)
		rc = check_read(*out, &read_opts, err);
	rc = place_errors(rc, r, buf, len, file, &read_opts, err);
	if (rc == 0)
		rc = take_base_iri(*out, opts->export_opts.base_iri, err);
	if (rc == 0)
		rc = record_conversion(*out, opts, err);
	if (rc == 0 && wants_extraction(*out, opts)) {
		rc = artex__extract(*out, &opts->extract_opts, err);
		if (rc == 0)
			rc = artex__article_check_annotations(*out, err);
	}

	free(owned);
	if (rc < 0) {
		if (err && !err->file[0])
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
	int rc = export_checked(out, len, art, format, &opts->export_opts, shared, err);
	if (rc < 0 && !err->file[0])
		artex__error_file(err, input);
	return rc;
}
