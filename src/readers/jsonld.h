/* The JSON-LD reader's knowledge of schema.org's article types, for other
 * readers; its metadata mapping for pages is artex__jsonld_metadata
 * (readers/reader.h). */
#ifndef ARTEX_READERS_JSONLD_H
#define ARTEX_READERS_JSONLD_H

#include <stddef.h>

#include <jansson.h>

#include "model/model.h"

/* Whether a node's @type is schema:Article or one of its subclasses. */
int artex__jsonld_is_article(const json_t *obj);

#endif
