/* YAML to jansson trees, through libyaml. Scalars resolve by the YAML 1.2
 * core schema (null, bool, int, float, else string; quoted scalars are always
 * strings). Duplicate keys, non-scalar keys, unknown tags and more than one
 * document are errors with file:line:column. */
#ifndef ARTEX_UTIL_YAMLTREE_H
#define ARTEX_UTIL_YAMLTREE_H

#include <jansson.h>
#include <stddef.h>

#include "artex.h"

#define ARTEX_YAML_MAX_DEPTH 1000

struct artex_yaml_opts {
	/* Anchors and aliases are refused unless set; with them allowed, the
	 * nodes that aliases expand to are counted against a budget so an alias
	 * bomb ends with an error. */
	int allow_aliases;
};

/* *out is a new reference the caller releases with json_decref. */
int artex__yaml_load(json_t **out, const char *buf, size_t len, const char *file,
                     const struct artex_yaml_opts *opts, struct artex_error *err);

/* Finds the node at JSON Pointer `pointer` in YAML text; 0 and its 1-based
 * line and column when found, -1 when not. */
int artex__yaml_locate(const char *buf, size_t len, const char *pointer, int *line, int *column);
/* As artex__yaml_locate, but the position of the member's key. */
int artex__yaml_locate_key(const char *buf, size_t len, const char *pointer, int *line,
                           int *column);

#endif
