/* JSON Pointers (RFC 6901): the one place that escapes and unescapes their
 * reference tokens, '~' as "~0" and '/' as "~1". */
#ifndef ARTEX_UTIL_JSONPTR_H
#define ARTEX_UTIL_JSONPTR_H

#include <stddef.h>

#include "util/buf.h"

/* Appends "/" and the escaped token s[0..len) to b. */
void artex__jsonptr_append(struct artex_buf *b, const char *s, size_t len);

/* Writes base, "/" and the escaped token into dst[0..size), NUL-terminated;
 * a pointer that does not fit is cut between escapes, never inside one.
 * dst may be base. */
void artex__jsonptr_join(char *dst, size_t size, const char *base, const char *token);

/* Decodes the reference token that starts at p (just after its '/') into
 * seg[0..size), NUL-terminated and cut to fit; *len gets the token's whole
 * decoded length, which is size or more when it was cut. Returns the place
 * after the token: the next '/' or the end. */
const char *artex__jsonptr_token(const char *p, char *seg, size_t size, size_t *len);

#endif
