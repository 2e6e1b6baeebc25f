/* Filling struct artex_error. */
#ifndef ARTEX_UTIL_ERROR_H
#define ARTEX_UTIL_ERROR_H

#include <stdarg.h>

#include "artex.h"
#include "util/messages.h"

/* Sets code, msg_id and a printf-formatted message, clears the location
 * fields, and returns code, so callers can `return artex__error(...)`.
 * err may be NULL. */
int artex__error(struct artex_error *err, enum artex_status code, int msg_id,
                 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

int artex__verror(struct artex_error *err, enum artex_status code, int msg_id,
                  const char *fmt, va_list ap) __attribute__((format(printf, 4, 0)));

void artex__error_at(struct artex_error *err, const char *file, int line, int column);
void artex__error_file(struct artex_error *err, const char *file);
/* Puts the printf-formatted text before err's message, keeping the rest of
 * the error. */
void artex__error_prefix(struct artex_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Set the pointer or the keyword location, cut at a '/' when too long. */
void artex__error_pointer(struct artex_error *err, const char *pointer);
void artex__error_keyword(struct artex_error *err, const char *keyword);
void artex__error_clear(struct artex_error *err);

/* 0 when an options struct's `version` is `want`, else ARTEX_EUSAGE naming
 * the struct (`what`): it was not set up with its _INIT macro, or comes
 * from a newer header than the library. */
int artex__opts_version(unsigned version, unsigned want, const char *what,
                        struct artex_error *err);

/* Appends a copy of e to list; ARTEX_ENOMEM when out of memory. */
int artex__error_list_push(struct artex_error_list *list, const struct artex_error *e);

#endif
