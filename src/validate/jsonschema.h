/* JSON Schema validator on jansson (internal interface).
 *
 * A schema is compiled once into an immutable struct artex_schema; any number
 * of threads may then validate against it at the same time. The compiled
 * schema keeps its own references to the jansson documents it was built from;
 * instances stay owned by the caller and are never modified. */
#ifndef ARTEX_VALIDATE_JSONSCHEMA_H
#define ARTEX_VALIDATE_JSONSCHEMA_H

#include <jansson.h>
#include <stddef.h>

#include "artex.h"

/* Deepest schema evaluation (nested applicators and references) before a
 * validation stops with an error, so that runaway recursion the cycle check
 * misses ends here instead of overflowing the stack. jansson reads documents
 * at most 2048 deep, and a recursive schema takes about two levels for each
 * level of the document. */
#define ARTEX__SCHEMA_MAX_DEPTH 4500

/* Parses JSON text the way the validator needs it (jsonread.c): any value at
 * the top, NUL characters allowed in strings, duplicate keys rejected, and
 * integers too large for json_int_t read as reals instead of failing. */
int artex__json_load_exact(json_t **out, const char *buf, size_t len, const char *file,
                           struct artex_error *err);

/* Compiles `doc` (a reference is taken) whose retrieval URI is `uri` (NULL:
 * a private URN). References to other documents are resolved through the
 * embedded meta-schemas, opts->ref_map and, for relative file paths, the
 * folder of `uri` when it is a file:// URI. */
int artex__schema_compile(struct artex_schema **out, json_t *doc, const char *uri,
                          const struct artex_schema_opts *opts, struct artex_error *err);

/* file:// URI of a path (made absolute), so that relative "$ref" values
 * find sibling files; NULL when out of memory. The caller frees it. */
char *artex__file_uri(const char *path);

/* Validates `inst`. Returns 0 when valid, ARTEX_EINVALID when not, ARTEX_ENOMEM.
 * With errs non-NULL every error (up to max_errors; 0 = no limit) is appended
 * with its instance pointer, keyword location and message; the line, column
 * and file fields are left for the caller. With errs NULL evaluation stops at
 * the first failure. */
int artex__schema_validate_json(const struct artex_schema *schema, const json_t *inst,
                                struct artex_error_list *errs, size_t max_errors);

/* Retrieval URI of bundled schemas: relative references between them
 * resolve to other embedded files. */
#define ARTEX__BUNDLED_BASE "https://artex.invalid/schemas/"

/* Validates `instance` against the bundled schema `schema_name` (a file name
 * under schemas/), compiling it on first use; the compiled schema is shared by
 * all threads for the life of the process. Returns 0 when valid,
 * ARTEX_EINVALID with the first error (pointer, keyword, message) in
 * first_error, or ARTEX_EUSAGE/ARTEX_ESCHEMA when the schema is unknown or
 * broken. first_error may be NULL. */
int artex__bundled_validate_json(const char *schema_name, const json_t *instance,
                                 struct artex_error *first_error);
/* Frees the schemas artex__bundled_validate_json compiled (tests and leak
 * checkers; no validation may run at the same time). */
void artex__bundled_release(void);

/* ECMA-262 regular expressions through PCRE2 (regex.c). */
struct artex__regex;
/* Compiles an ECMA-262 pattern; NULL with a message in msg on failure. */
struct artex__regex *artex__regex_new(const char *src, size_t len, char *msg, size_t msg_size);
void artex__regex_free(struct artex__regex *re);
/* 1 on a match, 0 on none, negative when the match hit its resource limits.
 * `scratch` is per-thread state: a pointer initialised to NULL and released
 * with artex__regex_scratch_free. */
int artex__regex_search(const struct artex__regex *re, const char *s, size_t len, void **scratch);
void artex__regex_scratch_free(void *scratch);

/* Formats (format.c). */
enum artex__format {
	ARTEX__FMT_NONE = 0, ARTEX__FMT_DATE, ARTEX__FMT_TIME, ARTEX__FMT_DATE_TIME,
	ARTEX__FMT_DURATION, ARTEX__FMT_EMAIL, ARTEX__FMT_IDN_EMAIL, ARTEX__FMT_HOSTNAME,
	ARTEX__FMT_IDN_HOSTNAME, ARTEX__FMT_IPV4, ARTEX__FMT_IPV6, ARTEX__FMT_URI,
	ARTEX__FMT_URI_REFERENCE, ARTEX__FMT_IRI, ARTEX__FMT_IRI_REFERENCE, ARTEX__FMT_UUID,
	ARTEX__FMT_REGEX, ARTEX__FMT_JSON_POINTER, ARTEX__FMT_RELATIVE_JSON_POINTER,
	ARTEX__FMT_URI_TEMPLATE, ARTEX__FMT_UNKNOWN
};
int artex__format_lookup(const char *name);
const char *artex__format_name(int format);
/* 1 if s[0..len) is valid for `format` (unknown formats always are). */
int artex__format_check(int format, const char *s, size_t len);

#endif
