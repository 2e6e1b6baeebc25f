/* Shared by the fuzz targets: read with one reader, then hold the model to
 * everything the pipeline promises. */
#ifndef ARTEX_FUZZ_COMMON_H
#define ARTEX_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reads data with `format` (NULL: detect); when it reads, checks the model,
 * exports it with every exporter and reads back each output that a reader
 * understands. Aborts on any broken promise. */
void artex_fuzz_one(const uint8_t *data, size_t size, const char *format);

struct artex_error;
/* Reports a broken promise with the error at hand and aborts. */
void artex_fuzz_broken(const char *what, const struct artex_error *err);

#endif
