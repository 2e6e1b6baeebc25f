/* Checks of the library's own output against the schemas bundled with it.
 * The validator knows schema files and syntaxes, not exporters: the caller
 * names the schema and the media type its bytes are written in. */
#ifndef ARTEX_VALIDATE_OUTPUT_H
#define ARTEX_VALIDATE_OUTPUT_H

#include <stddef.h>

#include "artex.h"

/* Checks data[0..len), written as `media_type` ("application/yaml",
 * "application/ld+json", "application/tei+xml"), against the bundled schema
 * `schema` (a .rng schema also gets its ID references checked); `what`
 * names the output in messages. 0 when schema is NULL or the data passes,
 * ARTEX_EINVALID naming what fails, or the schema's own failure. */
int artex__validate_output(const char *schema, const char *media_type, const char *data,
                           size_t len, const char *what, struct artex_error *err);

#endif
