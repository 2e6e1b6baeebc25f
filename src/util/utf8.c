#include "util/utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* The end of the run of ASCII bytes from i, eight bytes at a time: most
 * text is ASCII. */
static size_t ascii_run(const void *p, size_t i, size_t len)
{
	const char *s = p;
	while (len - i >= 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			break;
		i += 8;
	}
	while (i < len && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

size_t artex__utf8_invalid_at(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < len) {
		unsigned char c = s[i];
		if (c < 0x80) {
			i = ascii_run(s, i + 1, len);
			continue;
		}
		size_t n;
		uint32_t cp, min;
		if (c >= 0xC2 && c <= 0xDF) {
			n = 2; cp = c & 0x1F; min = 0x80;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 3; cp = c & 0x0F; min = 0x800;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 4; cp = c & 0x07; min = 0x10000;
		} else {
			return i;
		}
		if (len - i < n)
			return i;
		for (size_t k = 1; k < n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += n;
	}
	return (size_t)-1;
}

size_t artex__utf8_decode(const char *str, size_t len, int32_t *cp)
{
	utf8proc_int32_t c = 0;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)str,
	                                      (utf8proc_ssize_t)(len > 4 ? 4 : len), &c);
	if (n <= 0) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return (size_t)n;
}

size_t artex__utf8_encode(int32_t cp, char *out)
{
	utf8proc_ssize_t n = utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
	return n > 0 ? (size_t)n : 0;
}

/* Continuation bytes (10xxxxxx) among the eight bytes at s. */
static size_t continuations8(const char *s)
{
	uint64_t w;
	memcpy(&w, s, 8);
	uint64_t m = w & ~(w << 1) & 0x8080808080808080ull; /* bit 7 set, bit 6 clear */
	return (size_t)(((m >> 7) * 0x0101010101010101ull) >> 56);
}

size_t artex__utf8_count(const char *s, size_t len)
{
	size_t n = 0, i = 0;
	for (; len - i >= 8; i += 8)
		n += 8 - continuations8(s + i);
	for (; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

size_t artex__utf8_offset(const char *s, size_t len, size_t cp_index)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (n == cp_index)
				return i;
			n++;
		}
	}
	return n == cp_index ? len : (size_t)-1;
}

void artex__utf8_linecol(const char *s, size_t len, size_t at, int *line, int *column)
{
	int l = 1, c = 1;
	if (at > len)
		at = len;
	size_t i = 0;
	/* A byte order mark is no column of its own. */
	if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 && at >= 3)
		i = 3;
	for (; i < at; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '\n' || (ch == '\r' && (i + 1 >= len || s[i + 1] != '\n'))) {
			l++;
			c = 1;
		} else if (ch != '\r' && (ch & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*column = c;
}

/* 1 if s holds only valid UTF-8 whose code points are NFC in any context,
 * so that NFC leaves it as it is. Most articles pass: the check costs a
 * fraction of utf8proc's decompose-and-recompose. */
int artex__utf8_nfc_stable_text(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i = ascii_run(s, i + 1, len);
			continue;
		}
		int32_t cp;
		size_t n = artex__utf8_next(s + i, len - i, &cp);
		/* Invalid bytes decode to U+FFFD, which is outside the stable ranges. */
		if (!artex__utf8_nfc_stable(cp))
			return 0;
		i += n;
	}
	return 1;
}

char *artex__utf8_nfc(const char *s, size_t len, size_t *out_len)
{
	if (artex__utf8_nfc_stable_text(s, len)) {
		char *copy = malloc(len + 1);
		if (!copy)
			return NULL;
		memcpy(copy, s, len);
		copy[len] = '\0';
		if (out_len)
			*out_len = len;
		return copy;
	}
	utf8proc_uint8_t *out = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
	                                  &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (n < 0)
		return NULL;
	if (out_len)
		*out_len = (size_t)n;
	return (char *)out;
}

int artex__utf8_is_nfc(const char *s, size_t len)
{
	if (artex__utf8_nfc_stable_text(s, len))
		return 1;
	if (artex__utf8_invalid_at(s, len) != (size_t)-1)
		return 0;
	size_t n = 0;
	char *nfc = artex__utf8_nfc(s, len, &n);
	if (!nfc)
		return 0;
	int same = n == len && memcmp(nfc, s, len) == 0;
	free(nfc);
	return same;
}

#define CPINDEX_STEP 64

int artex__cpindex_init(struct artex_cpindex *ix, const char *s, size_t len)
{
	ix->s = s;
	ix->len = len;
	/* One pass: there are at most len code points, so len / STEP + 1 marks. */
	ix->marks = malloc((len / CPINDEX_STEP + 1) * sizeof *ix->marks);
	if (!ix->marks)
		return -1;
	size_t cp = 0;
	for (size_t i = 0; i < len;) {
		/* Eight bytes start at most eight code points; count them at once
		 * unless a mark may fall among them. */
		if (cp % CPINDEX_STEP != 0 && CPINDEX_STEP - cp % CPINDEX_STEP > 8 && len - i >= 8) {
			cp += 8 - continuations8(s + i);
			i += 8;
			continue;
		}
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (cp % CPINDEX_STEP == 0)
				ix->marks[cp / CPINDEX_STEP] = i;
			cp++;
		}
		i++;
	}
	if (cp % CPINDEX_STEP == 0)
		ix->marks[cp / CPINDEX_STEP] = len;
	ix->count = cp;
	return 0;
}

void artex__cpindex_dispose(struct artex_cpindex *ix)
{
	free(ix->marks);
	ix->marks = NULL;
}

size_t artex__cpindex_byte(const struct artex_cpindex *ix, size_t cp)
{
	if (cp > ix->count)
		return (size_t)-1;
	if (cp == ix->count)
		return ix->len;
	size_t i = ix->marks[cp / CPINDEX_STEP];
	for (size_t k = cp % CPINDEX_STEP; k > 0; k--) {
		i++;
		while (i < ix->len && ((unsigned char)ix->s[i] & 0xC0) == 0x80)
			i++;
	}
	return i;
}
