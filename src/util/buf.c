#include "artex.h"
#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void artex_buf_dispose(struct artex_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
}

void artex_buf_clear(struct artex_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

int artex_buf_grow(struct artex_buf *b, size_t extra)
{
	/* Exporters append a few bytes at a time; most calls end here. */
	if (!b->oom && extra < b->cap - b->len)
		return 0;
	if (b->oom)
		return -1;
	if (extra > (size_t)-1 / 2 - b->len - 1) {
		b->oom = 1;
		return -1;
	}
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	char *p = realloc(b->data, cap);
	if (!p) {
		b->oom = 1;
		return -1;
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

int artex__buf_put_grow(struct artex_buf *b, const void *data, size_t len)
{
	if (artex_buf_grow(b, len) < 0)
		return -1;
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

int artex__buf_putc_grow(struct artex_buf *b, char c)
{
	if (artex_buf_grow(b, 1) < 0)
		return -1;
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
	return 0;
}

int artex_buf_printf(struct artex_buf *b, const char *fmt, ...)
{
	/* Formatting straight into the free space spares the measuring pass
	 * for all but long results. */
	if (artex_buf_grow(b, 64) < 0)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	va_list ap2;
	va_copy(ap2, ap);
	size_t room = b->cap - b->len;
	int n = vsnprintf(b->data + b->len, room, fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n >= room) {
		if (artex_buf_grow(b, (size_t)n) < 0) {
			b->data[b->len] = '\0';
			va_end(ap2);
			return -1;
		}
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
	}
	va_end(ap2);
	if (n < 0) {
		b->data[b->len] = '\0';
		return -1;
	}
	b->len += (size_t)n;
	return 0;
}

char *artex_buf_detach(struct artex_buf *b, size_t *len)
{
	if (!b->data) {
		if (artex_buf_grow(b, 0) < 0)
			return NULL;
		b->data[0] = '\0'; /* nothing was put: still a string */
	}
	char *d = b->data;
	if (len)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return d;
}

void artex_free(void *p)
{
	free(p);
}
