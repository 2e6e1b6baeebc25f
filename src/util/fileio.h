/* Whole-file reads with a size cap, and atomic writes. */
#ifndef ARTEX_UTIL_FILEIO_H
#define ARTEX_UTIL_FILEIO_H

#include <stddef.h>

#include "artex.h"

/* Inputs above this are refused before they are read into memory. */
#define ARTEX_MAX_INPUT ((size_t)64 << 20)

/* Reads all of `path` ("-" is standard input) into a malloc'd NUL-terminated
 * buffer that the caller frees. */
int artex__file_read(char **out, size_t *out_len, const char *path, struct artex_error *err);

#endif
