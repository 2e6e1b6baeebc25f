#include "util/date.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/utf8.h"

int artex__date_digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

static int is_alpha(char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* An English month name or its three-letter abbreviation (with an
 * optional dot) at s. */
static int month_of(const char *s, size_t *len)
{
	static const char *const months[] = {"january", "february", "march", "april",
	                                     "may", "june", "july", "august", "september",
	                                     "october", "november", "december"};
	size_t word = 0;
	while (is_alpha(s[word]))
		word++;
	for (int i = 0; i < 12; i++) {
		if (artex__ascii_ieq(s, word, months[i]) || (word == 3 && artex__ascii_ieq(s, 3, (char[]){
		                 months[i][0], months[i][1], months[i][2], '\0'}))) {
			*len = word + (s[word] == '.');
			return i + 1;
		}
	}
	return 0;
}

/* A time zone after a time: Z, +HH:MM, +HHMM, +HH, or a name RFC 2822
 * knows. Writes "Z" or "+HH:MM" to out; returns the characters read. */
static size_t zone(const char *s, char *out)
{
	static const struct {
		const char *name;
		const char *offset;
	} names[] = {{"UTC", "Z"},      {"GMT", "Z"},      {"UT", "Z"},       {"Z", "Z"},
	             {"z", "Z"},        {"EST", "-05:00"}, {"EDT", "-04:00"}, {"CST", "-06:00"}, {"CDT", "-05:00"},
	             {"MST", "-07:00"}, {"MDT", "-06:00"}, {"PST", "-08:00"}, {"PDT", "-07:00"}};
	size_t i = 0;
	while (s[i] == ' ')
		i++;
	int h, mi = 0;
	if ((s[i] == '+' || s[i] == '-') && artex__date_digits(s + i + 1, 2, &h)) {
		size_t k = i + 3;
		if (s[k] == ':')
			k++;
		if (artex__date_digits(s + k, 2, &mi))
			k += 2;
		else if (s[k - 1] == ':')
			return 0;
		if (h > 14 || mi > 59)
			return 0;
		/* An offset is kept as given: +0000 is +00:00, only a name is Z. */
		char offset[] = {s[i], (char)('0' + h / 10), (char)('0' + h % 10), ':',
		                 (char)('0' + mi / 10), (char)('0' + mi % 10), '\0'};
		memcpy(out, offset, sizeof offset);
		return k;
	}
	for (size_t n = 0; n < sizeof names / sizeof names[0]; n++) {
		size_t len = strlen(names[n].name);
		if (strncmp(s + i, names[n].name, len) == 0 && !is_alpha(s[i + len])) {
			strcpy(out, names[n].offset);
			size_t k = i + len;
			if (s[k] == '+' || s[k] == '-') { /* "GMT+02:00" */
				char more[8];
				size_t extra = zone(s + k, more);
				if (extra) {
					strcpy(out, more);
					k += extra;
				}
			}
			return k;
		}
	}
	return 0;
}

/* HH:MM[:SS[.fff]] into out as written; returns characters read. */
static size_t clock_time(const char *s, char *out, size_t size)
{
	int h, m, sec;
	if (!artex__date_digits(s, 2, &h) || s[2] != ':' || !artex__date_digits(s + 3, 2, &m) || h > 23 || m > 59)
		return 0;
	size_t k = 5;
	if (s[5] == ':' && artex__date_digits(s + 6, 2, &sec) && sec <= 60) {
		k = 8;
		if (s[8] == '.' || s[8] == ',') {
			size_t f = 9;
			while (s[f] >= '0' && s[f] <= '9' && f < 18)
				f++;
			if (f > 9)
				k = f;
		}
	}
	if (k >= size)
		return 0;
	memcpy(out, s, k);
	out[k] = '\0';
	if (out[8] == ',')
		out[8] = '.';
	return k;
}

/* ISO 8601 calendar date, optionally with a time and a UTC offset:
 * YYYY-MM-DD[THH:MM[:SS[.fff]][Z|+HH:MM]]. */
int artex__valid_date(const char *s)
{
	int y, m, d;
	if (!s || !artex__date_digits(s, 4, &y) || s[4] != '-' || !artex__date_digits(s + 5, 2, &m) || s[7] != '-' ||
	    !artex__date_digits(s + 8, 2, &d))
		return 0;
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 0;
	s += 10;
	if (*s == '\0')
		return 1;
	int hh, mm, ss;
	if (*s != 'T' || !artex__date_digits(s + 1, 2, &hh) || s[3] != ':' || !artex__date_digits(s + 4, 2, &mm) ||
	    hh > 23 || mm > 59)
		return 0;
	s += 6;
	if (*s == ':') {
		if (!artex__date_digits(s + 1, 2, &ss) || ss > 60)
			return 0;
		s += 3;
		if (*s == '.') {
			s++;
			if (*s < '0' || *s > '9')
				return 0;
			while (*s >= '0' && *s <= '9')
				s++;
		}
	}
	if (*s == 'Z')
		return s[1] == '\0';
	if (*s == '+' || *s == '-') {
		/* XML Schema, which TEI's dates follow, allows offsets up to 14:00. */
		if (!artex__date_digits(s + 1, 2, &hh) || s[3] != ':' || !artex__date_digits(s + 4, 2, &mm) || mm > 59 ||
		    hh * 60 + mm > 14 * 60)
			return 0;
		return s[6] == '\0';
	}
	return *s == '\0';
}

/* Dates as sites write them, brought to the model's form
 * YYYY-MM-DD[THH:MM[:SS[.f]][Z|±HH:MM]]: ISO 8601 with "T" or a space, zones
 * as +0200 or +02:00, and RFC 2822 ("Tue, 3 Jun 2025 09:30:00 +0200") or
 * written-out dates ("June 3, 2025"). 0 when s is none of these. */
static int read_date(const char *s, char *out, size_t size)
{
	int y, mo, d;
	char clock[24] = "", tz[8] = "";
	while (*s == ' ')
		s++;
	size_t k = 0;
	if (artex__date_digits(s, 4, &y) && (s[4] == '-' || s[4] == '/') && artex__date_digits(s + 5, 2, &mo) &&
	    s[7] == s[4] && artex__date_digits(s + 8, 2, &d)) {
		k = 10;
		if (s[k] == 'T' || s[k] == 't' || (s[k] == ' ' && s[k + 1] >= '0' && s[k + 1] <= '9')) {
			size_t c = clock_time(s + k + 1, clock, sizeof clock);
			if (c)
				k += 1 + c + zone(s + k + 1 + c, tz);
		} else {
			char ignored[8];
			k += zone(s + k, ignored); /* a bare date carries no offset of its own */
		}
	} else {
		const char *p = s;
		if (strchr(s, ',') && is_alpha(*p) && !month_of(p, &k)) {
			p = strchr(s, ',') + 1; /* a weekday */
			while (*p == ' ')
				p++;
		}
		size_t ml = 0;
		char *end;
		if (*p >= '0' && *p <= '9') { /* 3 Jun 2025 */
			d = (int)strtol(p, &end, 10);
			p = end;
			while (*p == ' ' || *p == '.')
				p++;
			if (!(mo = month_of(p, &ml)))
				return 0;
			p += ml;
		} else { /* June 3, 2025 */
			if (!(mo = month_of(p, &ml)))
				return 0;
			p += ml;
			while (*p == ' ')
				p++;
			d = (int)strtol(p, &end, 10);
			if (end == p)
				return 0;
			p = end;
			if (*p == ',')
				p++;
		}
		while (*p == ' ')
			p++;
		if (!artex__date_digits(p, 4, &y))
			return 0;
		p += 4;
		while (*p == ' ' || *p == ',')
			p++;
		size_t c = clock_time(p, clock, sizeof clock);
		if (c)
			p += c + zone(p + c, tz);
		k = (size_t)(p - s);
	}
	while (s[k] == ' ')
		k++;
	if (s[k] != '\0')
		return 0;
	if (clock[0])
		snprintf(out, size, "%04d-%02d-%02dT%s%s", y, mo, d, clock, tz);
	else
		snprintf(out, size, "%04d-%02d-%02d", y, mo, d);
	return artex__valid_date(out);
}

int artex__date_normalise(char out[static ARTEX_DATE_MAX], const char *in)
{
	return read_date(in, out, ARTEX_DATE_MAX) ? 0 : -1;
}

int artex__run_timestamp(char out[static ARTEX_TIMESTAMP_MAX])
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t t;
	if (epoch) {
		char *end;
		errno = 0;
		long long v = strtoll(epoch, &end, 10);
		if (!*epoch || *end || errno || v < 0 || v > 253402300799LL)
			return -1;
		t = (time_t)v;
	} else {
		t = time(NULL);
	}
	struct tm tm;
	if (!gmtime_r(&t, &tm))
		return -1;
	strftime(out, ARTEX_TIMESTAMP_MAX, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return 0;
}

int artex__rfc3339_date(const char *s, size_t len)
{
	int y, m, d;
	if (len != 10 || s[4] != '-' || s[7] != '-' || !artex__date_digits(s, 4, &y) ||
	    !artex__date_digits(s + 5, 2, &m) || !artex__date_digits(s + 8, 2, &d))
		return 0;
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12 || d < 1)
		return 0;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

int artex__rfc3339_time(const char *s, size_t len)
{
	int h, mi, sec;
	if (len < 9 || s[2] != ':' || s[5] != ':' || !artex__date_digits(s, 2, &h) ||
	    !artex__date_digits(s + 3, 2, &mi) || !artex__date_digits(s + 6, 2, &sec))
		return 0;
	size_t i = 8;
	if (i < len && s[i] == '.') {
		size_t st = ++i;
		while (i < len && (s[i] >= '0' && s[i] <= '9'))
			i++;
		if (i == st)
			return 0;
	}
	if (i >= len)
		return 0;
	int oh = 0, om = 0, sign = 0;
	if (s[i] == 'Z' || s[i] == 'z') {
		if (i + 1 != len)
			return 0;
	} else if (s[i] == '+' || s[i] == '-') {
		sign = s[i] == '+' ? 1 : -1;
		if (len - i != 6 || s[i + 3] != ':' || !artex__date_digits(s + i + 1, 2, &oh) ||
		    !artex__date_digits(s + i + 4, 2, &om) || oh > 23 || om > 59)
			return 0;
	} else {
		return 0;
	}
	if (h > 23 || mi > 59 || sec > 60)
		return 0;
	if (sec == 60) {
		/* a leap second happens at 23:59:60 UTC only */
		int utc = (h * 60 + mi - sign * (oh * 60 + om) + 24 * 60) % (24 * 60);
		if (utc != 23 * 60 + 59)
			return 0;
	}
	return 1;
}

int artex__rfc3339_date_time(const char *s, size_t len)
{
	if (len < 11 || (s[10] != 'T' && s[10] != 't'))
		return 0;
	return artex__rfc3339_date(s, 10) && artex__rfc3339_time(s + 11, len - 11);
}
