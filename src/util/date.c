#include "util/date.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "model/model.h"

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

/* n digits at s, their value to *v. */
static int number(const char *s, int n, int *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		if (!digit(s[i]))
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

static const char *skip_spaces(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* A UTC offset at s: Z, UTC, GMT, +HH:MM, +HHMM or +HH; nothing is no offset.
 * Writes "", "Z" or "+HH:MM" to zone and returns the end, NULL if malformed. */
static const char *offset(const char *s, char zone[8])
{
	const char *p = skip_spaces(s);
	zone[0] = '\0';
	if (*p == '\0')
		return p;
	if (*p == 'Z' || *p == 'z') {
		strcpy(zone, "Z");
		return p + 1;
	}
	if (strncasecmp(p, "UTC", 3) == 0 || strncasecmp(p, "GMT", 3) == 0) {
		strcpy(zone, "Z");
		p += 3;
		if (*p != '+' && *p != '-')
			return p;
	}
	if (*p != '+' && *p != '-')
		return NULL;
	int hh, mm = 0;
	if (!number(p + 1, 2, &hh))
		return NULL;
	const char *e = p + 3;
	if (*e == ':' && number(e + 1, 2, &mm))
		e += 3;
	else if (number(e, 2, &mm))
		e += 2;
	if (mm > 59 || hh * 60 + mm > 14 * 60)
		return NULL;
	snprintf(zone, 8, "%c%02d:%02d", *p, hh, mm);
	return e;
}

/* HH:MM[:SS[.f]] at s, copied to time; returns the end or NULL. */
static const char *clock_time(const char *s, char time[24])
{
	int hh, mm, ss;
	if (!number(s, 2, &hh) || s[2] != ':' || !number(s + 3, 2, &mm) || hh > 23 || mm > 59)
		return NULL;
	const char *e = s + 5;
	if (*e == ':') {
		if (!number(e + 1, 2, &ss) || ss > 60)
			return NULL;
		e += 3;
		if (*e == '.' || *e == ',') {
			const char *f = e + 1;
			while (digit(*f))
				f++;
			if (f == e + 1 || f - e > 10)
				return NULL;
			e = f;
		}
	}
	size_t n = (size_t)(e - s);
	memcpy(time, s, n);
	time[n] = '\0';
	if (n > 8 && time[8] == ',')
		time[8] = '.';
	return e;
}

static int month_of(const char *s)
{
	static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
	                                    "jul", "aug", "sep", "oct", "nov", "dec"};
	for (int i = 0; i < 12; i++)
		if (strncasecmp(s, names[i], 3) == 0 && !((s[3] | 0x20) >= 'a' && (s[3] | 0x20) <= 'z'))
			return i + 1;
	return 0;
}

/* RFC 2822: [Day,] DD Mon YYYY HH:MM[:SS] zone. */
static int rfc2822(const char *s, int *y, int *m, int *d, char time[24], char zone[8])
{
	s = skip_spaces(s);
	const char *comma = strchr(s, ',');
	if (comma && comma - s <= 9)
		s = skip_spaces(comma + 1);
	if (!digit(s[0]))
		return 0;
	int n = digit(s[1]) ? 2 : 1;
	if (!number(s, n, d) || s[n] != ' ')
		return 0;
	s = skip_spaces(s + n);
	if (!(*m = month_of(s)))
		return 0;
	s = skip_spaces(s + 3);
	if (!number(s, 4, y))
		return 0;
	s += 4;
	time[0] = zone[0] = '\0';
	if (*skip_spaces(s) == '\0')
		return 1;
	if (*s != ' ' || !(s = clock_time(skip_spaces(s), time)))
		return 0;
	s = offset(s, zone);
	return s && *skip_spaces(s) == '\0';
}

int artex__date_normalise(char out[static ARTEX_DATE_MAX], const char *in)
{
	int y, m, d;
	char time[24] = "", zone[8] = "";
	const char *s = skip_spaces(in);
	if (number(s, 4, &y) && s[4] == '-' && number(s + 5, 2, &m) && s[7] == '-' &&
	    number(s + 8, 2, &d)) {
		s += 10;
		if (*s == 'T' || *s == 't' || (*s == ' ' && digit(s[1]))) {
			if (!(s = clock_time(s + 1, time)))
				return -1;
		}
		if (!(s = offset(s, zone)) || *skip_spaces(s) != '\0')
			return -1;
		/* An offset belongs to a time; a date alone keeps none. */
		if (!time[0])
			zone[0] = '\0';
	} else if (!rfc2822(s, &y, &m, &d, time, zone)) {
		return -1;
	}
	snprintf(out, ARTEX_DATE_MAX, "%04d-%02d-%02d%s%s%s", y, m, d, time[0] ? "T" : "", time, zone);
	return artex__valid_date(out) ? 0 : -1;
}
