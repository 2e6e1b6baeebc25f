/* Growable byte buffer. The buffer owns `data` (malloc'd, always
 * NUL-terminated once anything was appended); artex_buf_dispose frees it and
 * artex_buf_detach hands it to the caller. */
#ifndef ARTEX_UTIL_BUF_H
#define ARTEX_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

struct artex_buf {
	char *data;
	size_t len, cap;
	int oom; /* sticky: set once an allocation failed, later appends do nothing */
};

#define ARTEX_BUF_INIT {0}

void artex_buf_dispose(struct artex_buf *b);
void artex_buf_clear(struct artex_buf *b);
int artex_buf_grow(struct artex_buf *b, size_t extra);
/* The slow paths of the appends below: they grow the buffer first. */
int artex__buf_put_grow(struct artex_buf *b, const void *data, size_t len);
int artex__buf_putc_grow(struct artex_buf *b, char c);

/* Exporters append a few bytes at a time, hundreds of thousands of times
 * per article; inline, an append that fits costs no call. */
static inline int artex_buf_put(struct artex_buf *b, const void *data, size_t len)
{
	if (b->oom || len >= b->cap - b->len)
		return artex__buf_put_grow(b, data, len);
	if (len)
		memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return 0;
}

static inline int artex_buf_puts(struct artex_buf *b, const char *s)
{
	return artex_buf_put(b, s, strlen(s));
}

static inline int artex_buf_putc(struct artex_buf *b, char c)
{
	if (b->oom || b->cap - b->len < 2)
		return artex__buf_putc_grow(b, c);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
	return 0;
}
int artex_buf_printf(struct artex_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Returns the data (never NULL) and leaves the buffer empty. */
char *artex_buf_detach(struct artex_buf *b, size_t *len);

#endif
