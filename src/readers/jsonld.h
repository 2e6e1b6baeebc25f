/* The schema.org mapping of the JSON-LD reader, for readers that find
 * schema.org JSON-LD inside other formats (such as script blocks of HTML). */
#ifndef ARTEX_READERS_JSONLD_H
#define ARTEX_READERS_JSONLD_H

#include <stddef.h>

#include <jansson.h>

#include "model/model.h"

/* Whether a node's @type is schema:Article or one of its subclasses. */
int artex__jsonld_is_article(const json_t *obj);

/* Maps the first article node found in root (a node, an @graph, or a list
 * of them, such as all script blocks of one page) to art, with everything
 * that root holds available to its references. buf[0..len) is the JSON text
 * root was parsed from, used only to give errors and warnings a line and
 * column (NULL: none); `file` names the input. root is not modified. */
int artex__jsonld_map(struct artex_article *art, json_t *root, const char *buf, size_t len,
                      const char *file, struct artex_error *err);

#endif
