/* UTF-8 helpers: validation, code point offsets, NFC (through utf8proc). */
#ifndef ARTEX_UTIL_UTF8_H
#define ARTEX_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Returns the byte offset of the first invalid sequence (overlong forms,
 * surrogates, code points past U+10FFFF and truncation count as invalid), or
 * (size_t)-1 when all of s[0..len) is valid. */
size_t artex__utf8_invalid_at(const char *s, size_t len);

/* Decodes the code point at s (valid UTF-8 assumed, len > 0); returns its
 * byte length and stores the code point in *cp. */
size_t artex__utf8_decode(const char *s, size_t len, int32_t *cp);

/* The same as artex__utf8_decode, inline for per-character loops: ASCII and
 * well-formed two- and three-byte sequences are decoded here, anything else
 * (four-byte forms, invalid bytes) goes through artex__utf8_decode. */
static inline size_t artex__utf8_next(const char *str, size_t len, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0];
	if (c < 0x80) {
		*cp = (int32_t)c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF && len >= 2 && (s[1] & 0xC0) == 0x80) {
		*cp = (int32_t)(((c & 0x1F) << 6) | (s[1] & 0x3F));
		return 2;
	}
	/* E0 (overlong below A0) and ED (surrogates above 9F) need more checks. */
	if (c >= 0xE1 && c <= 0xEF && c != 0xED && len >= 3 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80) {
		*cp = (int32_t)(((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3F));
		return 3;
	}
	return artex__utf8_decode(str, len, cp);
}

/* Length of the run at s[0..len) of bytes a JSON string holds as they are:
 * anything but the quote, the backslash and C0 controls. Eight bytes are
 * tested at once, since JSON text is mostly such runs. */
static inline size_t artex__json_plain_len(const char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	size_t i = 0;
	for (; len - i >= 8; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t quote = w ^ (ones * '"'), slash = w ^ (ones * '\\');
		uint64_t hit = ((quote - ones) & ~quote) | ((slash - ones) & ~slash) |
		               ((w - ones * 0x20) & ~w);
		if (hit & highs)
			break;
	}
	for (; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\' || c < 0x20)
			break;
	}
	return i;
}

/* 1 if code point cp is in NFC in every context: no canonical
 * decomposition that recomposes differently, combining class 0, and never
 * the second half of a canonical composition. Only ranges checked against
 * utf8proc's data (tests/util/test_utf8.c) answer 1; others answer 0, which
 * means "ask utf8proc", not "not NFC". */
static inline int artex__utf8_nfc_stable(int32_t cp)
{
	if (cp < 0x300)
		return 1;
	if (cp < 0x2002)
		return (cp >= 0x400 && cp <= 0x482) || (cp >= 0x48A && cp <= 0x52F);
	if (cp <= 0x206F)
		return 1;
	if (cp >= 0x20A0 && cp <= 0x20CF)
		return 1;
	return (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F680 && cp <= 0x1F6FF) ||
	       (cp >= 0x1F900 && cp <= 0x1F9FF);
}

/* 1 if s[0..len) is valid UTF-8 of code points for which
 * artex__utf8_nfc_stable answers 1: text that NFC leaves as it is. */
int artex__utf8_nfc_stable_text(const char *s, size_t len);

/* A lower-case code point as words are compared everywhere: ё as е and
 * the typographic apostrophe as the plain one. */
static inline int32_t artex__fold_cp(int32_t cp)
{
	return cp == 0x451 ? 0x435 : cp == 0x2019 ? '\'' : cp;
}

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

/* The n bytes at a equal the lower-case ASCII word b, case aside. */
static inline int artex__ascii_ieq(const char *a, size_t n, const char *b)
{
	size_t i = 0;
	for (; i < n && b[i]; i++) {
		char x = a[i] >= 'A' && a[i] <= 'Z' ? (char)(a[i] + 32) : a[i];
		if (x != b[i])
			return 0;
	}
	return i == n && !b[i];
}

#endif
