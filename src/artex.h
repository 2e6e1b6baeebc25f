/*
 * artex: news articles to structured data (YAML, JSON-LD, TEI) with the
 * people quoted, their quotes and their claims.
 *
 * Ownership: every object returned through an `out` parameter belongs to the
 * caller and is released with the matching _free function; strings returned
 * by accessors belong to the object they were read from and live as long as
 * it does. Functions that can fail return 0 on success and a negative
 * enum artex_status on failure, and describe the failure in the caller's
 * struct artex_error.
 */
#ifndef ARTEX_H
#define ARTEX_H

#include <stddef.h>

#include "artex_version.h"

#ifdef __cplusplus
extern "C" {
#endif

#if defined(ARTEX_BUILDING) && defined(__GNUC__)
#define ARTEX_EXPORT __attribute__((visibility("default")))
#else
#define ARTEX_EXPORT
#endif

enum artex_status {
	ARTEX_OK = 0,
	ARTEX_EINVALID = -1, /* input read, but its data is invalid */
	ARTEX_EPARSE = -2,   /* input is not well-formed */
	ARTEX_EIO = -3,      /* a file could not be read or written */
	ARTEX_ENOMEM = -4,
	ARTEX_EUSAGE = -5,   /* the caller asked for something that does not exist */
	ARTEX_ESCHEMA = -6   /* a schema could not be loaded or compiled */
};

/* What went wrong, filled by the library into a struct the caller owns.
 * The fields are fixed arrays, not pointers: an error is copied, listed and
 * dropped like any plain value, with nothing to free and nothing to
 * initialise first. The sizes hold the longest keyword locations real
 * schemas produce (about 130 bytes); what does not fit is cut so as to stay
 * useful: a file keeps its end ("...ive/2024/article.txt"), a pointer or
 * keyword location is cut at a '/' (it then names the deepest ancestor that
 * fits), and a message at a UTF-8 character boundary. */
struct artex_error {
	enum artex_status code;
	int msg_id;             /* stable, printed as ARTEX-NNN; 0 if none */
	int line, column;       /* 1-based; 0 = unknown */
	char file[192];         /* input or schema path; "" if none */
	char pointer[160];      /* JSON Pointer (RFC 6901) into the data; "" if none */
	char keyword[192];      /* schema keyword location of a validation error; "" if none */
	char message[256];
};

/* Frees memory the library allocated and handed over (the output of
 * artex_article_export and artex_html_explain). NULL is allowed. A program
 * must not free such memory with its own free(): it may use another
 * allocator than the library. */
ARTEX_EXPORT void artex_free(void *p);

/* Formats `err` as "file:line:col: error[ARTEX-NNN]: message (at /pointer)"
 * into buf (always NUL-terminated). Returns buf. */
ARTEX_EXPORT char *artex_error_format(char *buf, size_t size, const struct artex_error *err);

/* Version string of the library running, e.g. "0.1.0"; ARTEX_VERSION_STRING
 * is the one the program was compiled with. */
ARTEX_EXPORT const char *artex_version(void);
/* The versions of the libraries artex runs with, as loaded at run time:
 * "libxml2 2.9.14, jansson 2.14, libyaml 0.2.5, PCRE2 10.42, utf8proc 2.8.0". */
ARTEX_EXPORT const char *artex_runtime_versions(void);

/* ---- the message registry ---- */

/* Ids of the registered messages in increasing order, retired ones
 * included: index 0.. until 0. An id keeps its meaning forever. */
ARTEX_EXPORT int artex_message_id(size_t index);
/* Name of message `id` ("MODEL_DANGLING_REF"); static, NULL for an unknown id. */
ARTEX_EXPORT const char *artex_message_name(int id);
/* One-line summary of message `id`; static, NULL for an unknown id. */
ARTEX_EXPORT const char *artex_message_summary(int id);
/* Explanation of message `id` for a person: what it means, typical causes
 * and how to fix them, in paragraphs separated by blank lines (no trailing
 * newline); static, NULL for an unknown id. */
ARTEX_EXPORT const char *artex_message_explanation(int id);
/* 1 when message `id` is retired (no longer raised, kept so its number is
 * never reused), 0 when in use, -1 for an unknown id. */
ARTEX_EXPORT int artex_message_retired(int id);

/* ---- the article model ---------------------------------------------- */

struct artex_article;

enum artex_span_field { ARTEX_FIELD_BODY = 0, ARTEX_FIELD_HEADLINE = 1 };
enum artex_quote_kind { ARTEX_QUOTE_DIRECT = 0, ARTEX_QUOTE_HEADLINE = 1 };
enum artex_claim_kind { ARTEX_CLAIM_DIRECT = 0, ARTEX_CLAIM_INDIRECT = 1, ARTEX_CLAIM_HEADLINE = 2 };

/* A span is [start, end) in Unicode code points into the NFC body (the
 * paragraphs joined by "\n\n") or into the headline. */
struct artex_span {
	enum artex_span_field field;
	size_t start, end;
};

/* Frees an article and everything read from it. NULL is allowed. */
ARTEX_EXPORT void artex_article_free(struct artex_article *art);

/* Verifies every invariant of the model (spans in bounds and equal to their
 * text, unique ids, resolving references, no overlapping quotes, NFC text).
 * Returns 0 or ARTEX_EINVALID with the first violation in err. */
ARTEX_EXPORT int artex_article_check(const struct artex_article *art, struct artex_error *err);

ARTEX_EXPORT const char *artex_article_id(const struct artex_article *art);
ARTEX_EXPORT const char *artex_article_headline(const struct artex_article *art);
ARTEX_EXPORT const char *artex_article_language(const struct artex_article *art);
ARTEX_EXPORT const char *artex_article_section(const struct artex_article *art);
/* ISO 8601 date or date-time; NULL when unknown. */
ARTEX_EXPORT const char *artex_article_date_published(const struct artex_article *art);
/* The body: paragraphs joined by "\n\n". */
ARTEX_EXPORT const char *artex_article_body(const struct artex_article *art);
ARTEX_EXPORT size_t artex_article_paragraph_count(const struct artex_article *art);
ARTEX_EXPORT size_t artex_article_person_count(const struct artex_article *art);
ARTEX_EXPORT size_t artex_article_organization_count(const struct artex_article *art);
ARTEX_EXPORT size_t artex_article_quote_count(const struct artex_article *art);
ARTEX_EXPORT size_t artex_article_claim_count(const struct artex_article *art);

/* What the reader could not map into the model (third-party input), as
 * "[LINE:COL: ]message (at /json/pointer)", the place in the input given
 * where the reader knows it; such content is left out. */
ARTEX_EXPORT size_t artex_article_warning_count(const struct artex_article *art);
ARTEX_EXPORT const char *artex_article_warning(const struct artex_article *art, size_t index);

/* ---- readers ---------------------------------------------------------- */

/* Reads an article from memory. `format` is a reader name ("text", "yaml", ...)
 * or NULL to detect it. `name` is the file name used in errors and to derive
 * the article id (NULL: "-"). The result passed the model check. */
ARTEX_EXPORT int artex_article_read(struct artex_article **out, const char *buf, size_t len,
                                    const char *format, const char *name,
                                    struct artex_error *err);

/* Every options struct starts with `version`, set by its _INIT macro to the
 * layout the program was compiled against, so that later releases can add
 * fields; a struct with another version is refused with ARTEX_EUSAGE.
 * Initialise options with the macro, then set fields by name. */

/* How readers treat what they find; readers ignore what their format lacks. */
#define ARTEX_READ_OPTS_VERSION 1
struct artex_read_opts {
	unsigned version; /* ARTEX_READ_OPTS_VERSION */
	/* BCP 47 tag that overrides the input's own language; NULL: the input's. */
	const char *language;
	/* An article with a description and no body takes the description as its
	 * body; otherwise such an article is refused, since a summary is no body. */
	int body_from_description;
	/* When set, every error found in the input, up to max_errors, is added
	 * here (the first is also the one returned in err). Readers stop at a
	 * syntax error; the model check looks on after a data error. */
	struct artex_error_list *errors;
	size_t max_errors;
};

#define ARTEX_READ_OPTS_INIT {ARTEX_READ_OPTS_VERSION, NULL, 0, NULL, 0}

/* As artex_article_read, with options (NULL: the defaults). */
ARTEX_EXPORT int artex_article_read_opts(struct artex_article **out, const char *buf, size_t len,
                                         const char *format, const char *name,
                                         const struct artex_read_opts *opts,
                                         struct artex_error *err);

/* Reads an article from a file; see artex_article_read. */
ARTEX_EXPORT int artex_article_read_file(struct artex_article **out, const char *path,
                                         const char *format, struct artex_error *err);

/* Name of the reader that produced the article ("text", "yaml", ...). */
ARTEX_EXPORT const char *artex_article_format(const struct artex_article *art);

/* How the web page reader sees a page, for people tuning it to a site:
 * which source each metadata field came from, which blocks were dropped as
 * boilerplate and why, the scored candidates, the container chosen, and
 * every paragraph kept or left out, for the page at `path` ("-": standard
 * input). Text lines in a buffer the caller frees with artex_free; an unreadable
 * page fails as artex_article_read_file would. */
ARTEX_EXPORT int artex_html_explain(char **out, size_t *out_len, const char *path,
                                    struct artex_error *err);

/* Names of the registered readers, index 0.. until NULL. */
ARTEX_EXPORT const char *artex_reader_name(size_t index);

/* ---- extraction ------------------------------------------------------- */

#define ARTEX_EXTRACT_OPTS_VERSION 1
struct artex_extract_opts {
	unsigned version;        /* ARTEX_EXTRACT_OPTS_VERSION */
	const char *language;    /* BCP 47 tag that overrides identification; NULL: identify */
	const char *people_file; /* YAML registry of known people and organisations; NULL: none */
};

#define ARTEX_EXTRACT_OPTS_INIT {ARTEX_EXTRACT_OPTS_VERSION, NULL, NULL}

/* Finds the quotes, speakers (with roles and affiliations) and claims in the
 * article's text and adds them to the model, replacing the quotes and
 * claims it had. The persons and organisations it already names stay as
 * they are, under their ids, and speak wherever the text names them. The
 * result passes the model check. */
ARTEX_EXPORT int artex_article_extract(struct artex_article *art,
                                       const struct artex_extract_opts *opts,
                                       struct artex_error *err);

/* ---- exporters -------------------------------------------------------- */

/* Names of the registered exporters ("yaml", ...), index 0.. until NULL. */
ARTEX_EXPORT const char *artex_exporter_name(size_t index);
/* File name suffix of an exporter's output (".yaml"), NULL for an unknown name. */
ARTEX_EXPORT const char *artex_exporter_suffix(const char *name);

#define ARTEX_EXPORT_OPTS_VERSION 1
struct artex_export_opts {
	unsigned version; /* ARTEX_EXPORT_OPTS_VERSION */
	/* Base of the IRIs that JSON-LD and N-Quads give the article's nodes.
	 * NULL: the article's URL when known, else a urn: from a content hash. */
	const char *base_iri;
	/* JSON-LD: leave out the Web Annotation selectors (schema.org terms only). */
	int plain;
};

#define ARTEX_EXPORT_OPTS_INIT {ARTEX_EXPORT_OPTS_VERSION, NULL, 0}

/* Exports `art` with the named exporter and checks the result against the
 * exporter's bundled schema. `opts` may be NULL for the defaults. On success
 * *out is a NUL-terminated buffer of *out_len bytes that the caller frees
 * with artex_free(). */
ARTEX_EXPORT int artex_article_export(char **out, size_t *out_len,
                                      const struct artex_article *art, const char *exporter,
                                      const struct artex_export_opts *opts,
                                      struct artex_error *err);

/* ---- validation ---- */

/* A compiled JSON Schema: immutable once built, so any number of threads may
 * validate against one schema at the same time. */
struct artex_schema;

enum artex_dialect {
	ARTEX_DIALECT_DEFAULT = 0, /* 2020-12 */
	ARTEX_DIALECT_2020_12 = 2020,
	ARTEX_DIALECT_2019_09 = 2019,
	ARTEX_DIALECT_DRAFT7 = 7,
	ARTEX_DIALECT_DRAFT6 = 6,
	ARTEX_DIALECT_DRAFT4 = 4
};

#define ARTEX_SCHEMA_OPTS_VERSION 1
struct artex_schema_opts {
	unsigned version;           /* ARTEX_SCHEMA_OPTS_VERSION */
	enum artex_dialect dialect; /* for schemas without "$schema" */
	int assert_format;          /* 1: "format" is an assertion, not an annotation */
	/* "PREFIX=DIR" strings: references to URIs starting with PREFIX are read
	 * from DIR. There is never any network access. */
	const char *const *ref_map;
	size_t ref_map_len;
	/* 0 (default): what schema authors and the common validators mean:
	 * "const", "contains", "propertyNames" and "if" apply in draft-04 and
	 * draft-06 schemas, and keywords beside "$ref" apply up to draft-07 (each
	 * such use is listed by artex_schema_notes). 1: the letter of each draft. */
	int spec_strict;
	/* 1: a failed anyOf/oneOf reports the errors of every alternative, not
	 * only those of the one that came closest. */
	int all_errors;
	/* Schema files (JSON or YAML) registered under their "$id" (and their
	 * file URI), so that references to those URIs need no --ref-map. */
	const char *const *preload;
	size_t preload_len;
};
#define ARTEX_SCHEMA_OPTS_INIT {ARTEX_SCHEMA_OPTS_VERSION, ARTEX_DIALECT_DEFAULT, 0, NULL, 0, 0, 0, NULL, 0}

/* A growable list of errors; the caller owns it, zero-initialises it and
 * releases it with artex_error_list_dispose. */
struct artex_error_list {
	struct artex_error *items;
	size_t count;
	size_t cap;
};
ARTEX_EXPORT void artex_error_list_dispose(struct artex_error_list *list);

/* Compiles the JSON schema text buf[0..len); `name` is its path (used for
 * errors and to resolve relative references to other files) or NULL. opts may
 * be NULL. On success *out belongs to the caller (artex_schema_free). Fails
 * with ARTEX_EPARSE or ARTEX_ESCHEMA. */
ARTEX_EXPORT int artex_schema_new(struct artex_schema **out, const char *buf, size_t len,
                                  const char *name, const struct artex_schema_opts *opts,
                                  struct artex_error *err);
/* As artex_schema_new, reading the schema from `path`. */
ARTEX_EXPORT int artex_schema_new_file(struct artex_schema **out, const char *path,
                                       const struct artex_schema_opts *opts,
                                       struct artex_error *err);
/* As artex_schema_new for a schema bundled with the library ("article.schema.json"
 * or "meta/draft-07/schema.json"); ARTEX_EUSAGE for an unknown name. */
ARTEX_EXPORT int artex_schema_new_bundled(struct artex_schema **out, const char *name,
                                          const struct artex_schema_opts *opts,
                                          struct artex_error *err);
ARTEX_EXPORT void artex_schema_free(struct artex_schema *schema);

/* Where the compiled schema departs from the letter of its draft (see
 * spec_strict): one entry per place, with the schema file, its line and
 * column where known, the JSON Pointer into the schema and a message. The
 * list belongs to the schema. */
ARTEX_EXPORT const struct artex_error_list *artex_schema_notes(const struct artex_schema *schema);

/* Parses buf[0..len) (YAML when `name` ends in .yaml or .yml, JSON otherwise)
 * and validates it. Returns 0 when valid; ARTEX_EINVALID when not, with every
 * error appended to `out` carrying the file:line:column of the offending
 * value, its JSON Pointer and keyword location; ARTEX_EPARSE (or another
 * negative status) in err when the input cannot be read. */
ARTEX_EXPORT int artex_schema_validate(struct artex_error_list *out,
                                       const struct artex_schema *schema, const char *buf,
                                       size_t len, const char *name, struct artex_error *err);

/* As artex_schema_validate, reading the instance from `path` ("-": standard
 * input); ARTEX_EIO when it cannot be read. */
ARTEX_EXPORT int artex_schema_validate_file(struct artex_error_list *out,
                                            const struct artex_schema *schema, const char *path,
                                            struct artex_error *err);

/* Checks a schema document against the meta-schema of its dialect; returns
 * as artex_schema_validate. */
ARTEX_EXPORT int artex_schema_check(struct artex_error_list *out, const char *buf, size_t len,
                                    const char *name, const struct artex_schema_opts *opts,
                                    struct artex_error *err);

/* As artex_schema_check, reading the schema from `path`. */
ARTEX_EXPORT int artex_schema_check_file(struct artex_error_list *out, const char *path,
                                         const struct artex_schema_opts *opts,
                                         struct artex_error *err);

/* A RELAX NG (.rng) or W3C XML Schema (.xsd) file, compiled once through
 * libxml2; any number of threads may validate against it at the same time.
 * Files it includes (include, externalRef, xs:include) are read from the
 * disk only, never the network. */
struct artex_xml_schema;
/* 1 when `path` names an XML schema (.rng or .xsd) rather than a JSON Schema. */
ARTEX_EXPORT int artex_xml_schema_is_xml(const char *path);
/* Compiles the schema at `path`; ARTEX_ESCHEMA (with the file and line of
 * the first fault) or ARTEX_EIO on failure. */
ARTEX_EXPORT int artex_xml_schema_new_file(struct artex_xml_schema **out, const char *path,
                                           struct artex_error *err);
/* Checks the XML file at `path` (no network, DTD or entity expansion);
 * returns as artex_schema_validate, each error with line and column. */
ARTEX_EXPORT int artex_xml_schema_validate_file(struct artex_error_list *out,
                                                const struct artex_xml_schema *schema,
                                                const char *path, struct artex_error *err);
ARTEX_EXPORT void artex_xml_schema_free(struct artex_xml_schema *schema);

/* Checks a TEI file against the bundled artex-tei.rng (RELAX NG, through
 * libxml2, parsed with no network, DTD or entity expansion) and its #id
 * pointers; returns as artex_schema_validate, with line and column. */
ARTEX_EXPORT int artex_tei_validate_file(struct artex_error_list *out, const char *path,
                                         struct artex_error *err);

/* Name of the bundled schema that files named like `path` must match
 * ("article.schema.json" for .yaml, "artex-tei.rng" for .tei.xml), NULL when
 * there is none. */
ARTEX_EXPORT const char *artex_schema_bundled_for(const char *path);

/* Names of the schemas bundled with the library (paths under schemas/, e.g.
 * "article.schema.json", "meta/draft-07/schema.json"), index 0.. until NULL.
 * The strings are static. */
ARTEX_EXPORT const char *artex_schema_bundled_name(size_t index);

/* Bytes of the bundled schema `name` (NUL-terminated, *len bytes without the
 * NUL; len may be NULL); static, never freed. NULL for an unknown name. */
ARTEX_EXPORT const char *artex_schema_bundled_text(const char *name, size_t *len);

/* ---- cross-format consistency ---- */

/* Compares the facts of two articles: every model field (metadata, authors,
 * keywords, persons, organizations, quotes and claims with their spans,
 * speakers, claimants and confidences, body paragraphs) except the article
 * id. Each disagreement is appended to `out` as an ARTEX_EINVALID entry
 * whose file is name_b and whose pointer names the field in the model's
 * YAML form ("/quotes/2/span"). Returns 0 when they agree, ARTEX_EINVALID
 * when not, ARTEX_ENOMEM in err. */
ARTEX_EXPORT int artex_article_compare(struct artex_error_list *out,
                                       const struct artex_article *a, const char *name_a,
                                       const struct artex_article *b, const char *name_b,
                                       struct artex_error *err);

/* ---- batch conversion (src/pipeline) ----------------------------------- */

/* One input of a batch: the file to read and the path of its outputs under
 * the output folder without their suffix ("2024/article" for
 * archive/2024/article.txt read from archive/). */
struct artex_input {
	char *path;
	char *stem;
};

struct artex_input_list {
	struct artex_input *items;
	size_t count, cap;
	/* What folder walks left out, by reason: files matching --exclude, not
	 * matching any --include, of no format a reader recognises, hidden
	 * (a leading '.'), and neither files nor folders. */
	size_t skipped_excluded, skipped_not_included, skipped_unknown, skipped_hidden,
	       skipped_special;
	size_t included; /* files that matched an --include glob */
};

/* Adds `path` to the list: a file as is ("-" is standard input), a folder
 * with every file below it whose name matches one of `include` (shell
 * globs; NULL or empty: the files a reader recognises, by their name's
 * ending or else by their first bytes) and none of `exclude`, in sorted
 * order. Folders named in `skip_dir` (the output folder) are not entered.
 * What is left out is counted in the list's skipped_* fields. */
ARTEX_EXPORT int artex_input_list_add(struct artex_input_list *list, const char *path,
                                      const char *const *include, const char *const *exclude,
                                      const char *skip_dir, struct artex_error *err);
ARTEX_EXPORT void artex_input_list_dispose(struct artex_input_list *list);

/* What happened to one input, handed to the report callback. */
struct artex_convert_result {
	const char *input;
	size_t index;                    /* place in the input list */
	int status;                      /* 0, or the negative status of the failure */
	const struct artex_error *error; /* the failure, when status < 0 */
	const struct artex_error *errors; /* every error found, n_errors of them (>= 1 on failure) */
	size_t n_errors;
	int skipped;                     /* --incremental: every output newer than the input */
	size_t bytes;                    /* size of the input */
	const char *const *written;      /* paths written, n_written of them */
	size_t n_written;
	const char *const *warnings;     /* the reader's warnings, n_warnings of them */
	size_t n_warnings;
};

struct artex_convert_stats {
	size_t converted, failed, skipped;
	size_t bytes;
	double seconds;
	int interrupted; /* cancelled() ended the batch early */
	int worst;       /* most severe status seen: 0, ARTEX_EINVALID, or another negative */
};

#define ARTEX_CONVERT_OPTS_VERSION 1
struct artex_convert_opts {
	unsigned version;           /* ARTEX_CONVERT_OPTS_VERSION */
	const char *const *formats; /* exporter names, n_formats of them; NULL: all */
	size_t n_formats;
	const char *input_format;   /* reader name; NULL: by file name, else detected */
	const char *outdir;         /* NULL: "." */
	int to_stdout;              /* one input, one format: write the output to stdout */
	struct artex_export_opts export_opts;
	struct artex_extract_opts extract_opts;
	struct artex_read_opts read_opts;
	int no_extract;   /* keep text and HTML inputs' model as read, without extraction */
	int jobs;         /* worker threads; 0: one per online CPU */
	int incremental;  /* skip inputs whose outputs are all newer than them */
	int fail_fast;    /* start no new input after the first failure */
	int fsync_each;   /* fsync every output and its folder (else one sync at the end) */
	int check_only;   /* run every check, write nothing */
	/* Called once per input, in input order, on the calling thread. */
	void (*report)(void *ctx, const struct artex_convert_result *result);
	void *ctx;
	/* Asked between inputs, with ctx, from any worker thread (so it must
	 * only read, e.g. a flag a signal handler sets); when it returns non-zero
	 * no new input starts, and inputs already started finish (or leave
	 * nothing behind). NULL: the batch runs to its end. */
	int (*cancelled)(void *ctx);
	/* Record the time of the conversion in each output's provenance
	 * (SOURCE_DATE_EPOCH when set). Off by default, so that converting the
	 * same input twice gives the same bytes. */
	int provenance_date;
};

#define ARTEX_CONVERT_OPTS_INIT                                                        \
	{.version = ARTEX_CONVERT_OPTS_VERSION,                                          \
	 .export_opts = ARTEX_EXPORT_OPTS_INIT,                                          \
	 .extract_opts = ARTEX_EXTRACT_OPTS_INIT,                                        \
	 .read_opts = ARTEX_READ_OPTS_INIT}

/* Converts every input of the list; per-input failures are reported and
 * counted, not returned. Returns 0, or a negative status when the batch
 * could not run at all (bad options, two inputs writing one output). The
 * output bytes do not depend on `jobs`. */
ARTEX_EXPORT int artex_convert_batch(const struct artex_input_list *inputs,
                                     const struct artex_convert_opts *opts,
                                     struct artex_convert_stats *stats, struct artex_error *err);

/* Streaming mode: reads one JSON object per line from `in_fd` — {"id", "text"}
 * with an article in the text format, or a model object — and writes one
 * line per input to `out_fd`, in input order: {"id", "<format>": output...,
 * "errors": [...]} (JSON-LD and ninjs as objects, the others as strings).
 * Errors go into the output lines, and opts->report is not called. Memory
 * stays flat whatever the input's length. Returns 0, or a negative status
 * for an I/O error. */
ARTEX_EXPORT int artex_convert_ndjson(int in_fd, int out_fd, const struct artex_convert_opts *opts,
                                      struct artex_convert_stats *stats, struct artex_error *err);

/* ---- BagIt packages (RFC 8493) ---------------------------------------- */

#define ARTEX_BAG_OPTS_VERSION 1
struct artex_bag_opts {
	unsigned version; /* ARTEX_BAG_OPTS_VERSION */
	/* "Label: value" lines added to bag-info.txt after the ones artex
	 * writes (Bag-Software-Agent, Bagging-Date, Payload-Oxum), n_info of
	 * them; see artex_bag_info_check. */
	const char *const *info;
	size_t n_info;
	int jobs; /* threads hashing files; 0: one per online CPU */
};

#define ARTEX_BAG_OPTS_INIT {ARTEX_BAG_OPTS_VERSION, NULL, 0, 0}

/* 0 when `line` may go into bag-info.txt: "Label: value" on one line, the
 * label not one artex computes; else ARTEX_EUSAGE saying why. */
ARTEX_EXPORT int artex_bag_info_check(const char *line, struct artex_error *err);

/* Copies the file at `src` into the payload of the bag being made in
 * `dir`, as dir/data/NAME (folders in NAME are made); ARTEX_EUSAGE when
 * that file exists, ARTEX_EIO when it cannot be read or written. */
ARTEX_EXPORT int artex_bag_add_file(const char *dir, const char *name, const char *src,
                                    struct artex_error *err);

/* Makes `dir`, whose payload is in place in dir/data, a complete bag: it
 * hashes every payload file once for SHA-256 and SHA-512 and writes
 * bagit.txt, manifest-sha256.txt, manifest-sha512.txt, bag-info.txt
 * (Bagging-Date from SOURCE_DATE_EPOCH when set) and tag manifests in both
 * algorithms. Files are listed in byte order of their paths, so the same
 * payload gives the same bytes. The caller makes the folder appear under
 * its final name only afterwards (a rename), so that no reader sees a bag
 * that claims more than it holds. */
ARTEX_EXPORT int artex_bag_finish(const char *dir, const struct artex_bag_opts *opts,
                                  struct artex_error *err);

/* Checks the bag in `dir`: bagit.txt, every payload manifest (md5, sha1,
 * sha256, sha512) against every file below data/ in one read per file,
 * Payload-Oxum, and the tag manifests. Each missing, extra or altered file
 * and each malformed tag file is appended to `out` (ARTEX_EINVALID, with
 * the file's path in the bag, and the manifest line where there is one).
 * Returns 0 for a valid bag, ARTEX_EINVALID when anything was appended,
 * or ARTEX_EIO (dir is no folder) or ARTEX_ENOMEM in err. */
ARTEX_EXPORT int artex_bag_validate(struct artex_error_list *out, const char *dir, int jobs,
                                    struct artex_error *err);

#ifdef __cplusplus
}
#endif
#endif
