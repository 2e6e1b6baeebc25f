/* A fast JSON reader that builds jansson trees.
 *
 * jansson's own parser reads one character at a time through a stream
 * abstraction and dominated validation time (about 60% of parse+validate of
 * a typical article). This reader scans runs of plain string bytes at once,
 * converts numbers without the C library where that is exact, and hands
 * strings to jansson with the _nocheck constructors after checking UTF-8
 * itself. It accepts exactly RFC 8259 JSON, rejects duplicate keys, allows
 * \u0000 in strings and keys, and reads integers beyond json_int_t as reals
 * (only those numbers, not the whole document). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/cnum.h"
#include "util/error.h"
#include "util/utf8.h"
#include "validate/jsonschema.h"

/* jansson's own default nesting limit */
#define MAX_DEPTH 2048

struct reader {
	const char *s, *end, *p;
	const char *why;   /* first error */
	const char *at;    /* where */
	char *tmp;         /* scratch for strings with escapes */
	size_t tmp_cap;
	int utf8_ok;       /* the whole text is valid UTF-8: strings need no check */
};


static json_t *fail(struct reader *r, const char *why)
{
	if (!r->why) {
		r->why = why;
		r->at = r->p;
	}
	return NULL;
}

static void skip_ws(struct reader *r)
{
	while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
		r->p++;
}

static int tmp_reserve(struct reader *r, size_t need)
{
	if (need <= r->tmp_cap)
		return 0;
	size_t cap = r->tmp_cap ? r->tmp_cap : 256;
	while (cap < need)
		cap *= 2;
	char *t = realloc(r->tmp, cap);
	if (!t)
		return -1;
	r->tmp = t;
	r->tmp_cap = cap;
	return 0;
}

static int hex4(const char *p, uint32_t *out)
{
	uint32_t v = 0;
	for (int i = 0; i < 4; i++) {
		char c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (uint32_t)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/* End of the run at p of bytes that need no decoding: anything but the
 * quote, the backslash and controls. */
static const char *plain_run(const char *p, const char *end)
{
	return p + artex__json_plain_len(p, (size_t)(end - p));
}

/* Reads a string at r->p (on the opening quote). On success *out points to
 * its bytes (into the input when it had no escapes, else into r->tmp) and
 * *len is their count. */
static int read_string(struct reader *r, const char **out, size_t *len)
{
	/* Runs of plain bytes are UTF-8-checked as a whole. The first invalid
	 * sequence of a run is the one a byte-by-byte reading meets first, so
	 * errors and their positions are the same. */
	const char *p = plain_run(++r->p, r->end);
	size_t bad = r->utf8_ok ? (size_t)-1 : artex__utf8_invalid_at(r->p, (size_t)(p - r->p));
	if (bad != (size_t)-1) {
		r->p += bad;
		return fail(r, "invalid UTF-8 in string"), -1;
	}
	if (p < r->end && *p == '"') {
		*out = r->p;
		*len = (size_t)(p - r->p);
		r->p = p + 1;
		return 0;
	}
	/* general case: copy with escapes decoded */
	size_t n = 0;
	for (;;) {
		p = plain_run(r->p, r->end);
		size_t k = (size_t)(p - r->p);
		if (!r->utf8_ok && (bad = artex__utf8_invalid_at(r->p, k)) != (size_t)-1) {
			r->p += bad;
			return fail(r, "invalid UTF-8 in string"), -1;
		}
		if (tmp_reserve(r, n + k + 8) < 0)
			return fail(r, "out of memory"), -1;
		memcpy(r->tmp + n, r->p, k);
		n += k;
		r->p = p;
		if (r->p >= r->end)
			return fail(r, "unterminated string"), -1;
		unsigned char c = (unsigned char)*r->p;
		if (c == '"') {
			r->p++;
			break;
		}
		if (c < 0x20)
			return fail(r, "control character in string"), -1;
		/* c is the backslash */
		if (r->end - r->p < 2)
			return fail(r, "unterminated string"), -1;
		char e = r->p[1];
		const char *simple = strchr("\"\\/bfnrt", e);
		if (e && simple) {
			static const char map[] = "\"\\/\b\f\n\r\t";
			r->tmp[n++] = map[simple - "\"\\/bfnrt"];
			r->p += 2;
			continue;
		}
		if (e != 'u')
			return fail(r, "invalid escape in string"), -1;
		uint32_t cp, lo;
		if (r->end - r->p < 6 || hex4(r->p + 2, &cp) < 0)
			return fail(r, "invalid \\u escape"), -1;
		r->p += 6;
		if (cp >= 0xD800 && cp <= 0xDBFF) {
			if (r->end - r->p < 6 || r->p[0] != '\\' || r->p[1] != 'u' ||
			    hex4(r->p + 2, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
				return fail(r, "invalid Unicode surrogate pair"), -1;
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			r->p += 6;
		} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
			return fail(r, "invalid Unicode surrogate"), -1;
		}
		n += artex__utf8_encode((int32_t)cp, r->tmp + n);
	}
	*out = r->tmp ? r->tmp : r->p;
	*len = n;
	return 0;
}

static const double pow10_exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static json_t *read_number(struct reader *r)
{
	const char *start = r->p, *p = r->p;
	int neg = 0;
	if (p < r->end && *p == '-') {
		neg = 1;
		p++;
	}
	if (p >= r->end || *p < '0' || *p > '9')
		return fail(r, "invalid number");
	uint64_t mant = 0;
	int digits = 0, dropped = 0;
	if (*p == '0') {
		p++;
	} else {
		while (p < r->end && *p >= '0' && *p <= '9') {
			if (digits < 19) {
				mant = mant * 10 + (uint64_t)(*p - '0');
				digits++;
			} else {
				dropped++;
			}
			p++;
		}
	}
	int is_real = 0, frac_digits = 0;
	if (p < r->end && *p == '.') {
		is_real = 1;
		p++;
		if (p >= r->end || *p < '0' || *p > '9')
			return fail(r, "invalid number");
		while (p < r->end && *p >= '0' && *p <= '9') {
			if (digits < 19 && !dropped) {
				mant = mant * 10 + (uint64_t)(*p - '0');
				if (mant)
					digits++;
				frac_digits++;
			} else {
				dropped = dropped ? dropped : 1;
			}
			p++;
		}
	}
	int exp = 0;
	if (p < r->end && (*p == 'e' || *p == 'E')) {
		is_real = 1;
		p++;
		int eneg = 0;
		if (p < r->end && (*p == '+' || *p == '-'))
			eneg = *p++ == '-';
		if (p >= r->end || *p < '0' || *p > '9')
			return fail(r, "invalid number");
		while (p < r->end && *p >= '0' && *p <= '9') {
			if (exp < 100000)
				exp = exp * 10 + (*p - '0');
			p++;
		}
		if (eneg)
			exp = -exp;
	}
	r->p = p;
	if (!is_real && !dropped && digits <= 19) {
		if (!neg && mant <= (uint64_t)INT64_MAX)
			return json_integer((json_int_t)mant);
		if (neg && mant <= (uint64_t)INT64_MAX + 1)
			return json_integer(mant == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(json_int_t)mant);
	}
	double d;
	int e10 = exp - frac_digits;
	if (!dropped && mant < ((uint64_t)1 << 53) && e10 >= -22 && e10 <= 22) {
		/* Both operands exact, one rounding: the correctly rounded result
		 * (Clinger's fast path). */
		d = (double)mant;
		d = e10 < 0 ? d / pow10_exact[-e10] : d * pow10_exact[e10];
		if (neg)
			d = -d;
	} else {
		/* The C library, in the "C" locale whatever the program's locale is. */
		char buf[512];
		size_t len = (size_t)(p - start);
		char *txt = len < sizeof buf ? buf : malloc(len + 1);
		if (!txt)
			return fail(r, "out of memory");
		memcpy(txt, start, len);
		txt[len] = '\0';
		d = artex__strtod_c(txt, NULL);
		if (txt != buf)
			free(txt);
		if (!isfinite(d)) {
			r->p = start;
			return fail(r, "real number overflow");
		}
	}
	return json_real(d);
}

static json_t *read_value(struct reader *r, int depth);

static json_t *read_array(struct reader *r, int depth)
{
	json_t *arr = json_array();
	if (!arr)
		return fail(r, "out of memory");
	r->p++;
	skip_ws(r);
	if (r->p < r->end && *r->p == ']') {
		r->p++;
		return arr;
	}
	for (;;) {
		json_t *v = read_value(r, depth + 1);
		if (!v || json_array_append_new(arr, v) < 0)
			goto bad;
		skip_ws(r);
		if (r->p < r->end && *r->p == ',') {
			r->p++;
			continue;
		}
		if (r->p < r->end && *r->p == ']') {
			r->p++;
			return arr;
		}
		fail(r, "expected ',' or ']'");
		goto bad;
	}
bad:
	json_decref(arr);
	return NULL;
}

static json_t *read_object(struct reader *r, int depth)
{
	json_t *obj = json_object();
	if (!obj)
		return fail(r, "out of memory");
	r->p++;
	skip_ws(r);
	if (r->p < r->end && *r->p == '}') {
		r->p++;
		return obj;
	}
	for (;;) {
		skip_ws(r);
		if (r->p >= r->end || *r->p != '"') {
			fail(r, "expected a string as object key");
			goto bad;
		}
		const char *key_at = r->p;
		const char *k;
		size_t klen;
		if (read_string(r, &k, &klen) < 0)
			goto bad;
		/* the key may live in r->tmp, which the value will reuse */
		char small[128];
		char *key = klen < sizeof small ? small : malloc(klen + 1);
		if (!key) {
			fail(r, "out of memory");
			goto bad;
		}
		memcpy(key, k, klen);
		key[klen] = '\0';
		skip_ws(r);
		if (r->p >= r->end || *r->p != ':') {
			if (key != small)
				free(key);
			fail(r, "expected ':'");
			goto bad;
		}
		r->p++;
		json_t *v = read_value(r, depth + 1);
		size_t before = json_object_size(obj);
		int rc = v ? json_object_setn_new_nocheck(obj, key, klen, v) : -1;
		if (key != small)
			free(key);
		if (rc < 0)
			goto bad;
		if (json_object_size(obj) == before) {
			r->p = key_at;
			fail(r, "duplicate object key");
			goto bad;
		}
		skip_ws(r);
		if (r->p < r->end && *r->p == ',') {
			r->p++;
			continue;
		}
		if (r->p < r->end && *r->p == '}') {
			r->p++;
			return obj;
		}
		fail(r, "expected ',' or '}'");
		goto bad;
	}
bad:
	json_decref(obj);
	return NULL;
}

static json_t *read_value(struct reader *r, int depth)
{
	if (depth > MAX_DEPTH)
		return fail(r, "maximum parsing depth reached");
	skip_ws(r);
	if (r->p >= r->end)
		return fail(r, "unexpected end of input");
	switch (*r->p) {
	case '{':
		return read_object(r, depth);
	case '[':
		return read_array(r, depth);
	case '"': {
		const char *s;
		size_t len;
		if (read_string(r, &s, &len) < 0)
			return NULL;
		json_t *v = json_stringn_nocheck(s, len);
		return v ? v : fail(r, "out of memory");
	}
	case 't':
		if (r->end - r->p >= 4 && memcmp(r->p, "true", 4) == 0) {
			r->p += 4;
			return json_true();
		}
		break;
	case 'f':
		if (r->end - r->p >= 5 && memcmp(r->p, "false", 5) == 0) {
			r->p += 5;
			return json_false();
		}
		break;
	case 'n':
		if (r->end - r->p >= 4 && memcmp(r->p, "null", 4) == 0) {
			r->p += 4;
			return json_null();
		}
		break;
	default:
		if (*r->p == '-' || (*r->p >= '0' && *r->p <= '9'))
			return read_number(r);
		break;
	}
	return fail(r, "invalid token");
}

int artex__json_load_exact(json_t **out, const char *buf, size_t len, const char *file,
                           struct artex_error *err)
{
	struct reader r = {buf, buf + len, buf, NULL, NULL, NULL, 0, 0};
	/* One pass over the whole text costs less than one per string, and
	 * text that is valid UTF-8 throughout has valid strings; otherwise
	 * each string is checked as it is met, so that errors (and which one
	 * comes first) stay what they were. */
	r.utf8_ok = artex__utf8_invalid_at(buf, len) == (size_t)-1;
	json_t *v = read_value(&r, 0);
	if (v) {
		skip_ws(&r);
		if (r.p != r.end) {
			fail(&r, "end of file expected");
			json_decref(v);
			v = NULL;
		}
	}
	free(r.tmp);
	*out = v;
	if (v)
		return 0;
	int line, col;
	artex__utf8_linecol(buf, len, (size_t)(r.at - buf), &line, &col);
	artex__error(err, ARTEX_EPARSE,
	             strcmp(r.why, "duplicate object key") == 0 ? ARTEX_MSG_DATA_DUPLICATE_KEY
	                                                         : ARTEX_MSG_JSON_SYNTAX,
	             "%s", r.why);
	artex__error_at(err, file, line, col);
	return ARTEX_EPARSE;
}
