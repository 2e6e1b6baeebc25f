/* The article as one schema.org JSON-LD graph, shared by the JSON-LD and
 * N-Quads exporters so that both always describe the same graph. The json_t
 * returned through `out` is a new reference the caller releases with
 * json_decref; the model is only read. */
#ifndef ARTEX_EXPORTERS_JSONLD_H
#define ARTEX_EXPORTERS_JSONLD_H

#include <jansson.h>

#include "exporters/exporter.h"
#include "model/vocab.h"


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
