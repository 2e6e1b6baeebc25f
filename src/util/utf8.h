/* UTF-8 helpers: validation, code point offsets, NFC (through utf8proc). */
#ifndef ARTEX_UTIL_UTF8_H
#define ARTEX_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Returns the byte offset of the first invalid sequence (overlong forms,
 * surrogates, code points past U+10FFFF and truncation count as invalid), or
 * (size_t)-1 when all of s[0..len) is valid. */
size_t artex__utf8_invalid_at(const char *s, size_t len);

/* Decodes the code point at s (valid UTF-8 assumed, len > 0); returns its
 * byte length and stores the code point in *cp. */
size_t artex__utf8_decode(const char *s, size_t len, int32_t *cp);

/* Encodes cp into out (4 bytes at most); returns the byte length. */
size_t artex__utf8_encode(int32_t cp, char *out);

/* Number of code points in valid UTF-8. */
size_t artex__utf8_count(const char *s, size_t len);

/* Byte offset of code point index `cp_index`, or (size_t)-1 past the end. */
size_t artex__utf8_offset(const char *s, size_t len, size_t cp_index);

/* 1-based line and column (in code points) of byte offset `at`. Line breaks
 * are LF, CRLF and lone CR. */
void artex__utf8_linecol(const char *s, size_t len, size_t at, int *line, int *column);

/* NFC of valid UTF-8 as a malloc'd NUL-terminated string (NULL on OOM). */
char *artex__utf8_nfc(const char *s, size_t len, size_t *out_len);

/* 1 if s is valid UTF-8 already in NFC. */
int artex__utf8_is_nfc(const char *s, size_t len);

/* Code point index -> byte offset lookups in O(1) amortised: the byte offset
 * of every 64th code point is kept, the rest is a short walk. */
struct artex_cpindex {
	const char *s;
	size_t len, count; /* bytes, code points */
	size_t *marks;     /* marks[k] = byte offset of code point k*64 */
};

int artex__cpindex_init(struct artex_cpindex *ix, const char *s, size_t len);
void artex__cpindex_dispose(struct artex_cpindex *ix);
/* Byte offset of code point `cp` (cp == count gives len), (size_t)-1 past it. */
size_t artex__cpindex_byte(const struct artex_cpindex *ix, size_t cp);

#endif
