/* The two writers behind the YAML exporter, visible to the tests that
 * prove them equal. Both append to `out`, which the caller owns, and only
 * read the model. */
#ifndef ARTEX_EXPORTERS_YAML_H
#define ARTEX_EXPORTERS_YAML_H

#include "model/model.h"
#include "util/buf.h"

/* Writes `art` directly: 0, or -1 (with part of an output in `out`) when
 * the article holds a string or mapping whose form only libyaml's
 * emitter decides. */
int artex__yaml_write_direct(struct artex_buf *out, const struct artex_article *art);

/* Writes `art` through libyaml's emitter: 0, or a negative ARTEX_ code. */
int artex__yaml_write_emitter(struct artex_buf *out, const struct artex_article *art,
                              struct artex_error *err);

#endif
