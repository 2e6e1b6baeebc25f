#include "util/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void copy_field(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
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

void artex__error_at(struct artex_error *err, const char *file, int line, int column)
{
	if (!err)
		return;
	if (file)
		copy_field(err->file, sizeof err->file, file);
	err->line = line;
	err->column = column;
}

void artex__error_file(struct artex_error *err, const char *file)
{
	if (err && file)
		copy_field(err->file, sizeof err->file, file);
}

void artex__error_pointer(struct artex_error *err, const char *pointer)
{
	if (err)
		copy_field(err->pointer, sizeof err->pointer, pointer);
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
