/* Checks for the "format" keyword (RFC 3339 dates and times, RFC 5321 e-mail
 * addresses, RFC 1123 host names, RFC 3986/3987 URIs and IRIs, RFC 4122
 * UUIDs, RFC 6901 JSON Pointers, ECMA-262 regular expressions). They are
 * written by hand, without regular expressions, so they cost one pass over
 * the string and cannot backtrack. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/date.h"
#include "validate/jsonschema.h"

static const char *const names[] = {
	[ARTEX__FMT_NONE] = "", [ARTEX__FMT_DATE] = "date", [ARTEX__FMT_TIME] = "time",
	[ARTEX__FMT_DATE_TIME] = "date-time", [ARTEX__FMT_DURATION] = "duration",
	[ARTEX__FMT_EMAIL] = "email", [ARTEX__FMT_IDN_EMAIL] = "idn-email",
	[ARTEX__FMT_HOSTNAME] = "hostname", [ARTEX__FMT_IDN_HOSTNAME] = "idn-hostname",
	[ARTEX__FMT_IPV4] = "ipv4", [ARTEX__FMT_IPV6] = "ipv6", [ARTEX__FMT_URI] = "uri",
	[ARTEX__FMT_URI_REFERENCE] = "uri-reference", [ARTEX__FMT_IRI] = "iri",
	[ARTEX__FMT_IRI_REFERENCE] = "iri-reference", [ARTEX__FMT_UUID] = "uuid",
	[ARTEX__FMT_REGEX] = "regex", [ARTEX__FMT_JSON_POINTER] = "json-pointer",
	[ARTEX__FMT_RELATIVE_JSON_POINTER] = "relative-json-pointer",
	[ARTEX__FMT_URI_TEMPLATE] = "uri-template", [ARTEX__FMT_UNKNOWN] = "format",
};

int artex__format_lookup(const char *name)
{
	for (int i = 1; i < ARTEX__FMT_UNKNOWN; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return ARTEX__FMT_UNKNOWN;
}

const char *artex__format_name(int format)
{
	return format > 0 && format <= ARTEX__FMT_UNKNOWN ? names[format] : "format";
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_hex(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* RFC 3339 appendix A: units come in order and without gaps (P1Y2D lacks
 * the month between), and weeks stand alone. */
static int dur_units(const char *s, size_t len, size_t *i, const char *units, int stop_at_t)
{
	int last = -1;
	while (*i < len && !(stop_at_t && s[*i] == 'T')) {
		size_t st = *i;
		while (*i < len && is_digit(s[*i]))
			(*i)++;
		if (*i == st || *i >= len)
			return -1;
		const char *u = strchr(units, s[*i]);
		if (!u || !*u)
			return -1;
		int idx = (int)(u - units);
		if (last >= 0 && idx != last + 1)
			return -1;
		last = idx;
		(*i)++;
	}
	return last;
}

static int check_duration(const char *s, size_t len)
{
	if (len < 2 || s[0] != 'P')
		return 0;
	size_t i = 1;
	if (s[len - 1] == 'W') {
		size_t k = 1;
		while (k < len - 1 && is_digit(s[k]))
			k++;
		return k == len - 1 && k > 1;
	}
	int date = dur_units(s, len, &i, "YMD", 1);
	if (date == -1 && i != 1)
		return 0;
	if (i == len)
		return date >= 0;
	i++; /* 'T' */
	int time = dur_units(s, len, &i, "HMS", 0);
	return time >= 0 && i == len;
}

static int check_ipv4(const char *s, size_t len)
{
	size_t i = 0;
	for (int part = 0; part < 4; part++) {
		if (part) {
			if (i >= len || s[i] != '.')
				return 0;
			i++;
		}
		size_t st = i;
		int v = 0;
		while (i < len && is_digit(s[i]) && i - st < 4)
			v = v * 10 + (s[i++] - '0');
		if (i == st || i - st > 3 || v > 255 || (i - st > 1 && s[st] == '0'))
			return 0;
	}
	return i == len;
}

static int check_ipv6(const char *s, size_t len)
{
	int groups = 0, compressed = 0;
	size_t i = 0;
	if (len >= 2 && s[0] == ':' && s[1] == ':') {
		compressed = 1;
		i = 2;
		if (i == len)
			return 1;
	} else if (len && s[0] == ':') {
		return 0;
	}
	while (i < len) {
		size_t st = i;
		while (i < len && is_hex(s[i]))
			i++;
		if (i < len && s[i] == '.') {
			/* trailing dotted IPv4 takes two groups */
			if (!check_ipv4(s + st, len - st))
				return 0;
			groups += 2;
			i = len;
			break;
		}
		if (i == st || i - st > 4)
			return 0;
		groups++;
		if (i == len)
			break;
		if (s[i] != ':')
			return 0;
		i++;
		if (i < len && s[i] == ':') {
			if (compressed)
				return 0;
			compressed = 1;
			i++;
			if (i == len)
				break;
		} else if (i == len) {
			return 0;
		}
	}
	return compressed ? groups < 8 : groups == 8;
}

static int check_hostname(const char *s, size_t len, int idn)
{
	if (len == 0 || len > 253)
		return 0;
	size_t st = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && s[i] != '.')
			continue;
		size_t l = i - st;
		if (l == 0 || l > 63)
			return 0;
		const char *lab = s + st;
		if (lab[0] == '-' || lab[l - 1] == '-')
			return 0;
		/* "--" in third and fourth place is reserved for "xn--" labels */
		if (l >= 4 && lab[2] == '-' && lab[3] == '-' &&
		    !((lab[0] == 'x' || lab[0] == 'X') && (lab[1] == 'n' || lab[1] == 'N')))
			return 0;
		for (size_t k = 0; k < l; k++) {
			unsigned char c = (unsigned char)lab[k];
			if (!(is_alpha((char)c) || is_digit((char)c) || c == '-' || (idn && c >= 0x80)))
				return 0;
		}
		st = i + 1;
	}
	return 1;
}

static int check_email(const char *s, size_t len, int idn)
{
	const char *at = NULL;
	size_t i = 0;
	if (len && s[0] == '"') {
		for (i = 1; i < len && s[i] != '"'; i++)
			if (s[i] == '\\')
				i++;
		if (i >= len)
			return 0;
		i++;
		if (i >= len || s[i] != '@')
			return 0;
		at = s + i;
	} else {
		for (i = 0; i < len && s[i] != '@'; i++) {
			unsigned char c = (unsigned char)s[i];
			if (c == '.') {
				if (i == 0 || s[i - 1] == '.' || i + 1 >= len || s[i + 1] == '@')
					return 0;
				continue;
			}
			if (!(is_alpha((char)c) || is_digit((char)c) || strchr("!#$%&'*+-/=?^_`{|}~", c) ||
			      (idn && c >= 0x80)))
				return 0;
		}
		if (i == 0 || i >= len)
			return 0;
		at = s + i;
	}
	const char *dom = at + 1;
	size_t dl = len - (size_t)(dom - s);
	if (dl >= 2 && dom[0] == '[' && dom[dl - 1] == ']') {
		if (dl > 7 && strncmp(dom + 1, "IPv6:", 5) == 0)
			return check_ipv6(dom + 6, dl - 7);
		return check_ipv4(dom + 1, dl - 2);
	}
	return check_hostname(dom, dl, idn);
}

static int check_uuid(const char *s, size_t len)
{
	if (len != 36)
		return 0;
	for (size_t i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return 0;
		} else if (!is_hex(s[i])) {
			return 0;
		}
	}
	return 1;
}

static int check_json_pointer(const char *s, size_t len)
{
	if (len == 0)
		return 1;
	if (s[0] != '/')
		return 0;
	for (size_t i = 0; i < len; i++)
		if (s[i] == '~' && (i + 1 >= len || (s[i + 1] != '0' && s[i + 1] != '1')))
			return 0;
	return 1;
}

static int check_relative_json_pointer(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && is_digit(s[i]))
		i++;
	if (i == 0 || (i > 1 && s[0] == '0'))
		return 0;
	if (i < len && (s[i] == '+' || s[i] == '-')) {
		size_t st = ++i;
		while (i < len && is_digit(s[i]))
			i++;
		if (i == st || (i - st > 1 && s[st] == '0') || (i - st == 1 && s[st] == '0'))
			return 0;
	}
	if (i == len)
		return 1;
	if (s[i] == '#')
		return i + 1 == len;
	return check_json_pointer(s + i, len - i);
}

/* Characters allowed in URIs besides '%' escapes (RFC 3986 2.2, 2.3). */
static int uri_char(unsigned char c, int iri)
{
	if (is_alpha((char)c) || is_digit((char)c))
		return 1;
	if (c >= 0x80)
		return iri;
	return strchr("-._~!$&'()*+,;=:@/?#[]", c) && c != 0;
}

static int check_uri_chars(const char *s, size_t len, int iri)
{
	int hashes = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '%') {
			if (i + 2 >= len + 0 || !is_hex(s[i + 1]) || !is_hex(s[i + 2]))
				return 0;
			i += 2;
			continue;
		}
		if (c == '#' && ++hashes > 1)
			return 0;
		if (!uri_char(c, iri))
			return 0;
	}
	return 1;
}

static int check_authority(const char *a, size_t len)
{
	const char *at = memchr(a, '@', len);
	if (at && memchr(at + 1, '@', len - (size_t)(at + 1 - a)))
		return 0;
	if (at) {
		for (const char *p = a; p < at; p++)
			if (*p == '[' || *p == ']')
				return 0;
		len -= (size_t)(at + 1 - a);
		a = at + 1;
	}
	if (len && a[0] == '[') {
		const char *close = memchr(a, ']', len);
		if (!close || !check_ipv6(a + 1, (size_t)(close - a - 1)))
			return 0;
		size_t rest = len - (size_t)(close + 1 - a);
		if (rest == 0)
			return 1;
		if (close[1] != ':')
			return 0;
		for (size_t i = 2; i <= rest - 1; i++)
			if (!is_digit(close[i]))
				return 0;
		return 1;
	}
	const char *colon = memchr(a, ':', len);
	if (colon) {
		for (const char *p = colon + 1; p < a + len; p++)
			if (!is_digit(*p))
				return 0;
	}
	for (const char *p = a; p < (colon ? colon : a + len); p++)
		if (*p == '[' || *p == ']')
			return 0;
	return 1;
}

static int check_uri(const char *s, size_t len, int iri, int reference)
{
	if (!check_uri_chars(s, len, iri))
		return 0;
	size_t i = 0;
	int has_scheme = 0;
	if (len && is_alpha(s[0])) {
		i = 1;
		while (i < len && (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '+' || s[i] == '-' ||
		                   s[i] == '.'))
			i++;
		if (i < len && s[i] == ':') {
			has_scheme = 1;
			i++;
		} else {
			i = 0;
		}
	}
	if (!has_scheme) {
		if (!reference)
			return 0;
		/* a relative reference's first segment cannot hold a ':' */
		size_t k = 0;
		while (k < len && s[k] != '/' && s[k] != '?' && s[k] != '#') {
			if (s[k] == ':')
				return 0;
			k++;
		}
	}
	if (len - i >= 2 && s[i] == '/' && s[i + 1] == '/') {
		size_t st = i + 2, k = st;
		while (k < len && s[k] != '/' && s[k] != '?' && s[k] != '#')
			k++;
		if (!check_authority(s + st, k - st))
			return 0;
		i = k;
	}
	for (; i < len && s[i] != '?' && s[i] != '#'; i++)
		if (s[i] == '[' || s[i] == ']')
			return 0;
	return 1;
}

static int check_uri_template(const char *s, size_t len)
{
	int open = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '{') {
			if (open)
				return 0;
			open = 1;
		} else if (s[i] == '}') {
			if (!open)
				return 0;
			open = 0;
		}
	}
	return !open;
}

int artex__format_check(int format, const char *s, size_t len)
{
	switch (format) {
	case ARTEX__FMT_DATE: return artex__rfc3339_date(s, len);
	case ARTEX__FMT_TIME: return artex__rfc3339_time(s, len);
	case ARTEX__FMT_DATE_TIME: return artex__rfc3339_date_time(s, len);
	case ARTEX__FMT_DURATION: return check_duration(s, len);
	case ARTEX__FMT_EMAIL: return check_email(s, len, 0);
	case ARTEX__FMT_IDN_EMAIL: return check_email(s, len, 1);
	case ARTEX__FMT_HOSTNAME: return check_hostname(s, len, 0);
	case ARTEX__FMT_IDN_HOSTNAME: return check_hostname(s, len, 1);
	case ARTEX__FMT_IPV4: return check_ipv4(s, len);
	case ARTEX__FMT_IPV6: return check_ipv6(s, len);
	case ARTEX__FMT_URI: return check_uri(s, len, 0, 0);
	case ARTEX__FMT_URI_REFERENCE: return check_uri(s, len, 0, 1);
	case ARTEX__FMT_IRI: return check_uri(s, len, 1, 0);
	case ARTEX__FMT_IRI_REFERENCE: return check_uri(s, len, 1, 1);
	case ARTEX__FMT_UUID: return check_uuid(s, len);
	case ARTEX__FMT_JSON_POINTER: return check_json_pointer(s, len);
	case ARTEX__FMT_RELATIVE_JSON_POINTER: return check_relative_json_pointer(s, len);
	case ARTEX__FMT_URI_TEMPLATE: return check_uri_template(s, len);
	case ARTEX__FMT_REGEX: {
		char msg[8];
		struct artex__regex *re = artex__regex_new(s, len, msg, sizeof msg);
		artex__regex_free(re);
		return re != NULL;
	}
	default: return 1;
	}
}
