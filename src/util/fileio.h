/* Whole-file reads with a size cap, and atomic writes. */
#ifndef ARTEX_UTIL_FILEIO_H
#define ARTEX_UTIL_FILEIO_H

#include <stddef.h>

#include "artex.h"
#include "artex_tools.h"

/* Inputs above this are refused before they are read into memory. */
#define ARTEX_MAX_INPUT ((size_t)64 << 20)

/* Reads all of `path` ("-" is standard input) into a malloc'd NUL-terminated
 * buffer that the caller frees. */
int artex__file_read(char **out, size_t *out_len, const char *path, struct artex_error *err);

/* As artex_file_write_atomic; with `durable`, the file and its folder are
 * also fsync'd before it returns. When the file cannot be created, errno
 * says why on return (ENOENT: its folder is missing). */
int artex__file_write(const char *path, const char *data, size_t len, int durable,
                      struct artex_error *err);

/* Writes all of data to fd, retrying short writes; -1 with errno on failure. */
int artex__write_fd(int fd, const char *data, size_t len);

/* One sync of the file system holding `dir`: the durability point of a
 * batch, instead of an fsync per file. */
int artex__sync_dir(const char *dir, struct artex_error *err);

#endif
