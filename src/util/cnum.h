/* Numbers read and written the same whatever locale the host program set:
 * YAML, JSON and TEI write "0.85" even where a person writes "0,85". */
#ifndef ARTEX_UTIL_CNUM_H
#define ARTEX_UTIL_CNUM_H

#include <stddef.h>

/* strtod in the C locale's LC_NUMERIC, for this call and thread only. */
double artex__strtod_c(const char *s, char **end);

/* Shortest decimal text that reads back as the same double, with a '.'
 * whatever the locale. */
void artex__format_number(char *out, size_t size, double v);
/* snprintf of one double in the C locale's LC_NUMERIC, for this call and
 * thread only. */
int artex__snprintf_double_c(char *out, size_t size, const char *fmt, double v)
	__attribute__((format(printf, 3, 0)));

#endif
