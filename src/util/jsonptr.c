#include <string.h>

#include "util/jsonptr.h"

void artex__jsonptr_append(struct artex_buf *b, const char *s, size_t len)
{
	artex_buf_putc(b, '/');
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '~')
			artex_buf_puts(b, "~0");
		else if (s[i] == '/')
			artex_buf_puts(b, "~1");
		else
			artex_buf_putc(b, s[i]);
	}
}

void artex__jsonptr_join(char *dst, size_t size, const char *base, const char *token)
{
	size_t n = strlen(base);
	if (n + 2 > size) {
		if (dst != base && size) {
			memcpy(dst, base, size - 1);
			dst[size - 1] = '\0';
		}
		return;
	}
	if (dst != base)
		memmove(dst, base, n);
	dst[n++] = '/';
	for (const char *p = token; *p && n + 3 < size; p++) {
		if (*p == '~' || *p == '/') {
			dst[n++] = '~';
			dst[n++] = *p == '~' ? '0' : '1';
		} else {
			dst[n++] = *p;
		}
	}
	dst[n] = '\0';
}

const char *artex__jsonptr_token(const char *p, char *seg, size_t size, size_t *len)
{
	size_t n = 0;
	while (*p && *p != '/') {
		char c = *p++;
		if (c == '~' && (*p == '0' || *p == '1'))
			c = *p++ == '0' ? '~' : '/';
		if (n + 1 < size)
			seg[n] = c;
		n++;
	}
	seg[n < size ? n : size - 1] = '\0';
	*len = n;
	return p;
}
