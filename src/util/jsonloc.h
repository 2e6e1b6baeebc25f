/* JSON through jansson, with errors and positions people can act on. */
#ifndef ARTEX_UTIL_JSONLOC_H
#define ARTEX_UTIL_JSONLOC_H

#include <jansson.h>
#include <stddef.h>

#include "artex.h"

/* Parses one JSON value (duplicate keys are an error). *out is a new
 * reference; errors carry file:line:column. */
int artex__json_load(json_t **out, const char *buf, size_t len, const char *file,
                     struct artex_error *err);

/* Finds the value at JSON Pointer `pointer` in JSON text; 0 and its 1-based
 * line and column when found, -1 when not. Meant for error paths: it scans
 * the text again instead of keeping positions for every node. */
int artex__json_locate(const char *buf, size_t len, const char *pointer, int *line, int *column);
/* As artex__json_locate, but the position of the member's key (for errors
 * about the key, such as a property that is not allowed). */
int artex__json_locate_key(const char *buf, size_t len, const char *pointer, int *line,
                           int *column);

#endif
