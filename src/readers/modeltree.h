/* The model from a JSON tree in the model's own form (the form that
 * schemas/article.schema.json describes and that YAML files hold). */
#ifndef ARTEX_READERS_MODELTREE_H
#define ARTEX_READERS_MODELTREE_H

#include <jansson.h>

#include "model/model.h"

/* Fills art from root. Errors carry the JSON Pointer of the offending value
 * in err->pointer, for the caller to turn into a line and column. */
int artex__model_from_tree(struct artex_article *art, json_t *root, struct artex_error *err);

#endif
