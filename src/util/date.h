/* Dates as publishers write them, brought to the model's ISO 8601 form. */
#ifndef ARTEX_UTIL_DATE_H
#define ARTEX_UTIL_DATE_H

#include <stddef.h>

#define ARTEX_DATE_MAX 48

/* Writes the model form of `in` to out (YYYY-MM-DD[THH:MM[:SS[.f]][Z|±HH:MM]],
 * at most ARTEX_DATE_MAX bytes with the NUL) and returns 0, or returns -1 when `in` is
 * no date. Accepted besides the model form: a space instead of 'T', '/'
 * between the date's parts, offsets as +HHMM, +HH or a zone name ("UTC",
 * "GMT", "EST", ...), a lower-case 't'/'z', RFC 2822 dates ("Tue, 03 Jun 2025
 * 14:05:00 +0200", the weekday optional) and written-out English dates
 * ("June 3, 2025"). The wall-clock time and its offset are kept as given,
 * never converted; a bare date drops an offset. */
int artex__date_normalise(char out[static ARTEX_DATE_MAX], const char *in);

/* 1 when s is the model's form of a date: an ISO 8601 calendar date,
 * optionally with a time and a UTC offset, YYYY-MM-DD[THH:MM[:SS[.fff]][Z|+HH:MM]]. */
int artex__valid_date(const char *s);

/* 1 when s starts with n decimal digits, their value in *out. */
int artex__date_digits(const char *s, int n, int *out);

/* The time of this run as YYYY-MM-DDTHH:MM:SSZ (21 bytes with the NUL):
 * SOURCE_DATE_EPOCH when set, so that builds can be reproduced, else the
 * clock. -1 when SOURCE_DATE_EPOCH is set but not a count of seconds. */
#define ARTEX_TIMESTAMP_MAX 21
int artex__run_timestamp(char out[static ARTEX_TIMESTAMP_MAX]);

/* RFC 3339 full-date, full-time and date-time (JSON Schema's "date",
 * "time" and "date-time" formats), s[0..len): 1 when s is one. */
int artex__rfc3339_date(const char *s, size_t len);
int artex__rfc3339_time(const char *s, size_t len);
int artex__rfc3339_date_time(const char *s, size_t len);

#endif
