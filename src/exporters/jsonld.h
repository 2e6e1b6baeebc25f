/* The article as one schema.org JSON-LD graph, shared by the JSON-LD and
 * N-Quads exporters so that both always describe the same graph. The json_t
 * returned through `out` is a new reference the caller releases with
 * json_decref; the model is only read. */
#ifndef ARTEX_EXPORTERS_JSONLD_H
#define ARTEX_EXPORTERS_JSONLD_H

#include <jansson.h>

#include "exporters/exporter.h"
#include "model/vocab.h"


/* The IRIs the JSON-LD graph gives an article and the agents it names, so
 * that every format names the same things the same way. The struct owns
 * every string; artex__iris_dispose frees them. */
struct artex__iris {
	struct artex_buf article_base; /* the article's IRI without fragment */
	struct artex_buf entity_base;  /* prefix of person and organisation IRIs */
	char *article;                 /* the article node: article_base + "#article" */
	char **persons, **orgs;        /* one per model entity, in model order */
	/* One per author: a mentioned person's of the same name, an earlier
	 * author's of the same name, or the author's own (author_own[i] set). */
	const char **authors;
	unsigned char *author_own;
	const char *publisher; /* NULL without one; an organisation's, or its own */
	int publisher_own;
	char **used; /* every agent IRI handed out, for uniqueness */
	size_t n_used;
};

/* Fills iris for art (zeroing it first); 0, or ARTEX_ENOMEM, after which
 * iris must still be disposed. */
int artex__iris_init(struct artex__iris *iris, const struct artex_article *art,
                     const struct artex_export_opts *opts);
void artex__iris_dispose(struct artex__iris *iris);
/* IRI of the person or organisation with model id `id`; NULL when none. */
const char *artex__iris_agent(const struct artex__iris *iris, const struct artex_article *art,
                              const char *id);
/* article_base + "#" + kind + id as a malloc'd string ("#quote-q1"), NULL on
 * OOM; id may be NULL. */
char *artex__iris_fragment(const struct artex__iris *iris, const char *kind, const char *id);

extern const struct artex_exporter artex__exporter_jsonld;
extern const struct artex_exporter artex__exporter_nquads;

/* Builds the {"@context", "@graph"} document for `art`. */
int artex__jsonld_build(json_t **out, const struct artex_article *art,
                        const struct artex_export_opts *opts, struct artex_error *err);

/* The graph of `art` as `shared` holds it, built there on first use: a
 * borrowed reference, valid until `shared` is disposed of. */
int artex__jsonld_graph(const json_t **out, const struct artex_article *art,
                        const struct artex_export_opts *opts,
                        struct artex__export_shared *shared, struct artex_error *err);

/* Appends `v` as indented JSON: keys in insertion order, UTF-8 unescaped,
 * reals in their shortest round-trip form. */
void artex__json_write(struct artex_buf *out, const json_t *v, int indent);

#endif
