#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A path that does not fit keeps its end, where the file name is. */
static void copy_path(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);
	if (n < size) {
		memcpy(dst, src, n + 1);
		return;
	}
	size_t keep = size - 4;
	memcpy(dst, "...", 3);
	memcpy(dst + 3, src + n - keep, keep + 1);
}

/* A JSON Pointer that does not fit is cut before a '/', so that it still
 * names a value: the deepest ancestor that fits. */
static void copy_pointer(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);
	if (n >= size) {
		n = size - 1;
		while (n > 0 && src[n] != '/')
			n--;
	}
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* vsnprintf cuts at a byte; step back to the start of a UTF-8 character. */
static void cut_utf8(char *s, size_t size)
{
	size_t n = strlen(s);
	if (n + 1 < size)
		return;
	size_t k = n;
	while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
		k--;
	if (k > 0 && (unsigned char)s[k - 1] >= 0xC0) {
		/* s[k - 1] leads a sequence; keep it only when it is complete. */
		unsigned char lead = (unsigned char)s[k - 1];
		size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
		if (n - (k - 1) < want)
			s[k - 1] = '\0';
	}
}

void artex__error_clear(struct artex_error *err)
{
	if (err)
		memset(err, 0, sizeof *err);
}

int artex__verror(struct artex_error *err, enum artex_status code, int msg_id,
                  const char *fmt, va_list ap)
{
	if (!err)
		return code;
	/* Allocation failures are raised in many places with no id of their
	 * own; every error a user sees must still carry one. */
	if (!msg_id && code == ARTEX_ENOMEM)
		msg_id = ARTEX_MSG_OUT_OF_MEMORY;
	err->code = code;
	err->msg_id = msg_id;
	err->line = err->column = 0;
	err->pointer[0] = '\0';
	err->keyword[0] = '\0';
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	cut_utf8(err->message, sizeof err->message);
	return code;
}

int artex__opts_version(unsigned version, unsigned want, const char *what,
                        struct artex_error *err)
{
	if (version == want)
		return 0;
	return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
	                    "struct %s has version %u where this library reads %u; set it up with "
	                    "its _INIT macro",
	                    what, version, want);
}

int artex__error(struct artex_error *err, enum artex_status code, int msg_id,
                 const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	artex__verror(err, code, msg_id, fmt, ap);
	va_end(ap);
	return code;
}

void artex__error_prefix(struct artex_error *err, const char *fmt, ...)
{
	if (!err)
		return;
	char was[sizeof err->message];
	memcpy(was, err->message, sizeof was);
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < sizeof err->message)
		snprintf(err->message + n, sizeof err->message - (size_t)n, "%s", was);
	cut_utf8(err->message, sizeof err->message);
}

void artex__error_at(struct artex_error *err, const char *file, int line, int column)
{
	if (!err)
		return;
	if (file)
		copy_path(err->file, sizeof err->file, file);
	err->line = line;
	err->column = column;
}

void artex__error_file(struct artex_error *err, const char *file)
{
	if (err && file)
		copy_path(err->file, sizeof err->file, file);
}

void artex__error_pointer(struct artex_error *err, const char *pointer)
{
	if (err)
		copy_pointer(err->pointer, sizeof err->pointer, pointer ? pointer : "");
}

void artex__error_keyword(struct artex_error *err, const char *keyword)
{
	if (err)
		copy_pointer(err->keyword, sizeof err->keyword, keyword ? keyword : "");
}

char *artex_error_format(char *buf, size_t size, const struct artex_error *err)
{
	if (!size)
		return buf;
	int n = 0;
	if (err->file[0]) {
		if (err->line > 0)
			n = snprintf(buf, size, "%s:%d:%d: ", err->file, err->line,
			             err->column > 0 ? err->column : 1);
		else
			n = snprintf(buf, size, "%s: ", err->file);
	}
	if (n < 0 || (size_t)n >= size)
		return buf;
	/* An entry with status ARTEX_OK in a list is advice, not a failure. */
	const char *kind = err->code == ARTEX_OK && err->msg_id ? "warning" : "error";
	int m = err->msg_id ? snprintf(buf + n, size - (size_t)n, "%s[ARTEX-%03d]: %s", kind,
	                               err->msg_id, err->message)
	                    : snprintf(buf + n, size - (size_t)n, "error: %s", err->message);
	if (m < 0 || (size_t)(n + m) >= size)
		return buf;
	n += m;
	if (err->pointer[0])
		snprintf(buf + n, size - (size_t)n, " (at %s)", err->pointer);
	return buf;
}

int artex__error_list_push(struct artex_error_list *list, const struct artex_error *e)
{
	if (list->count == list->cap) {
		size_t nc = list->cap ? list->cap * 2 : 8;
		struct artex_error *p = realloc(list->items, nc * sizeof *p);
		if (!p)
			return ARTEX_ENOMEM;
		list->items = p;
		list->cap = nc;
	}
	list->items[list->count++] = *e;
	return 0;
}

void artex_error_list_dispose(struct artex_error_list *list)
{
	if (!list)
		return;
	free(list->items);
	list->items = NULL;
	list->count = list->cap = 0;
}
