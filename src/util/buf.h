/* Growable byte buffer. The buffer owns `data` (malloc'd, always
 * NUL-terminated once anything was appended); artex_buf_dispose frees it and
 * artex_buf_detach hands it to the caller. */
#ifndef ARTEX_UTIL_BUF_H
#define ARTEX_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct artex_buf {
	char *data;
	size_t len, cap;
	int oom; /* sticky: set once an allocation failed, later appends do nothing */
};

#define ARTEX_BUF_INIT {0}

void artex_buf_dispose(struct artex_buf *b);
void artex_buf_clear(struct artex_buf *b);
int artex_buf_grow(struct artex_buf *b, size_t extra);
int artex_buf_put(struct artex_buf *b, const void *data, size_t len);
int artex_buf_puts(struct artex_buf *b, const char *s);
int artex_buf_putc(struct artex_buf *b, char c);
int artex_buf_printf(struct artex_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Returns the data (never NULL) and leaves the buffer empty. */
char *artex_buf_detach(struct artex_buf *b, size_t *len);

#endif
