/* Exporters: one per output format, listed in registry.c. An exporter only
 * reads the model and appends its output to a buffer the caller owns; it
 * names the bundled schema its output follows, and the pipeline checks it. */
#ifndef ARTEX_EXPORTERS_EXPORTER_H
#define ARTEX_EXPORTERS_EXPORTER_H

#include "artex.h"
#include "model/model.h"
#include "util/buf.h"
#include "util/cnum.h"

/* What several exporters derive alike from one article, made by the first
 * that needs it and kept until the article's last export: the JSON-LD
 * graph that both the JSON-LD and the N-Quads writers walk. The caller
 * starts it zeroed (ARTEX__EXPORT_SHARED_INIT) and disposes of it. */
struct artex__export_shared {
	struct json_t *jsonld;
};
#define ARTEX__EXPORT_SHARED_INIT {NULL}

void artex__export_shared_dispose(struct artex__export_shared *shared);

struct artex_exporter {
	const char *name;       /* -t value: "yaml" */
	const char *suffix;     /* output file ending: ".yaml" */
	const char *media_type; /* "application/yaml" */
	const char *schema;     /* file under schemas/ that the output must pass; NULL: none */
	int (*write)(struct artex_buf *out, const struct artex_article *art,
	             const struct artex_export_opts *opts, struct artex__export_shared *shared,
	             struct artex_error *err);
};

extern const struct artex_exporter artex__exporter_yaml;
extern const struct artex_exporter artex__exporter_tei;
extern const struct artex_exporter artex__exporter_ninjs;

const struct artex_exporter *artex__exporter_find(const char *name);

/* Writes `art` with exporter `e` (opts NULL: the defaults), reusing what
 * `shared` holds for the same article and options (NULL: nothing is kept).
 * On success *out is a malloc'd NUL-terminated buffer of *out_len bytes
 * that the caller frees; the bytes are not checked against any schema. */
int artex__exporter_write(char **out, size_t *out_len, const struct artex_exporter *e,
                          const struct artex_article *art, const struct artex_export_opts *opts,
                          struct artex__export_shared *shared, struct artex_error *err);

/* v as JSON-LD's canonical xsd:double lexical form ("8.9E-1"), as N-Quads
 * writes it: 1, or 0 for infinities and NaN, which have none (res then
 * holds printf's text). _general is the long way, for every double. */
int artex__xsd_double(char *res, size_t size, double v);
int artex__xsd_double_general(char *res, size_t size, double v);

/* Words of s[0..len): runs of anything but spaces, tabs and line breaks. */
size_t artex__word_count(const char *s, size_t len);

/* s[0..len) as a quoted string with JSON's escapes, as jansson writes
 * them; with nquads set, N-Quads' literal form, which escapes DEL too. */
void artex__put_quoted(struct artex_buf *out, const char *s, size_t len, int nquads);

#endif
