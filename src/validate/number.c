/* Numbers compared exactly, whether the JSON held an integer beyond the
 * range of a double or a decimal fraction no double represents, and JSON
 * values compared and hashed by JSON Schema's rules. */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate/schema.h"

__extension__ typedef unsigned __int128 u128;

/* |d| as m * 10^e with the shortest decimal that reads back as d, which is
 * the number the schema or document author wrote (0.0075, not
 * 0.007499999...). */
void artex__dbl_decimal(double d, uint64_t *m, int *e)
{
	char buf[64];
	d = fabs(d);
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof buf, "%.*e", p - 1, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	uint64_t mant = 0;
	int digits = 0;
	const char *c = buf;
	/* Digits, then 'e': the decimal separator depends on the locale, so skip
	 * any non-digit before the exponent. */
	for (; *c && *c != 'e'; c++)
		if (isdigit((unsigned char)*c)) {
			mant = mant * 10 + (uint64_t)(*c - '0');
			digits++;
		}
	int exp = *c == 'e' ? atoi(c + 1) : 0;
	exp -= digits - 1;
	while (mant && mant % 10 == 0) {
		mant /= 10;
		exp++;
	}
	*m = mant;
	*e = mant ? exp : 0;
}

void artex__int_decimal(json_int_t i, uint64_t *m, int *e)
{
	uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
	int exp = 0;
	while (u && u % 10 == 0) {
		u /= 10;
		exp++;
	}
	*m = u;
	*e = exp;
}

/* Is x = mx*10^ex a multiple of d = md*10^ed (md > 0, both stripped of
 * trailing zeros)? Exact for every pair of finite decimals. */
static int dec_multiple(uint64_t mx, int ex, uint64_t md, int ed)
{
	if (mx == 0)
		return 1;
	if (ex < ed)
		return 0; /* mx has no factor 10, so 10^(ed-ex) cannot divide it */
	u128 r = mx % md;
	u128 ten = 10 % md;
	for (int k = ex - ed; k > 0 && r; k--)
		r = (r * ten) % md;
	return r == 0;
}

/* Whether a finite double holds an integer, without libm: every double of
 * magnitude 2^52 or more is one. */
int artex__dbl_is_int(double d)
{
	if (!isfinite(d))
		return 0;
	if (fabs(d) >= 4503599627370496.0)
		return 1;
	return (double)(long long)d == d;
}

/* Exact comparison of an integer with a double (-1, 0, 1), without relying
 * on long double being wider than double (it is not everywhere, nor under
 * valgrind). */
static int cmp_int_dbl(json_int_t i, double d)
{
	if (d >= 9223372036854775808.0)
		return -1;
	if (d < -9223372036854775808.0)
		return 1;
	json_int_t di = (json_int_t)d; /* exact: |d| < 2^63, truncated */
	if (i != di)
		return i < di ? -1 : 1;
	double frac = d - (double)di;
	return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/* Compares two numbers exactly: integers as integers, reals as reals. */
static int cmp_num(int a_int, json_int_t ai, double ad, int b_int, json_int_t bi, double bd)
{
	if (a_int && b_int)
		return ai < bi ? -1 : ai > bi;
	if (a_int)
		return cmp_int_dbl(ai, bd);
	if (b_int)
		return -cmp_int_dbl(bi, ad);
	return ad < bd ? -1 : ad > bd;
}

static int cmp_json_num(const json_t *a, const json_t *b)
{
	return cmp_num(json_is_integer(a), json_is_integer(a) ? json_integer_value(a) : 0,
	               json_is_real(a) ? json_real_value(a) : 0.0, json_is_integer(b),
	               json_is_integer(b) ? json_integer_value(b) : 0,
	               json_is_real(b) ? json_real_value(b) : 0.0);
}

/* instance compared with a keyword's number */
int artex__num_cmp(const json_t *x, const struct num *n)
{
	return cmp_num(json_is_integer(x), json_is_integer(x) ? json_integer_value(x) : 0,
	               json_is_real(x) ? json_real_value(x) : 0.0, n->is_int, n->i, n->d);
}

int artex__json_is_integral(const json_t *j)
{
	if (json_is_integer(j))
		return 1;
	if (!json_is_real(j))
		return 0;
	return artex__dbl_is_int(json_real_value(j));
}

int artex__num_is_multiple(const json_t *x, const struct num *d)
{
	if (d->is_int && json_is_integer(x)) {
		json_int_t a = json_integer_value(x), b = d->i;
		if (b == -1 || b == 1)
			return 1;
		return a % b == 0;
	}
	uint64_t mx;
	int ex;
	if (json_is_integer(x))
		artex__int_decimal(json_integer_value(x), &mx, &ex);
	else
		artex__dbl_decimal(json_real_value(x), &mx, &ex);
	return dec_multiple(mx, ex, d->m, d->e);
}

/* ---- equality and hashing with JSON Schema's number rules (1.0 == 1) ---- */
int artex__json_equal(const json_t *a, const json_t *b)
{
	if (a == b)
		return 1;
	if (json_is_number(a) && json_is_number(b))
		return cmp_json_num(a, b) == 0;
	if (json_typeof(a) != json_typeof(b))
		return 0;
	switch (json_typeof(a)) {
	case JSON_STRING:
		return json_string_length(a) == json_string_length(b) &&
		       memcmp(json_string_value(a), json_string_value(b), json_string_length(a)) == 0;
	case JSON_ARRAY: {
		size_t n = json_array_size(a);
		if (n != json_array_size(b))
			return 0;
		for (size_t i = 0; i < n; i++)
			if (!artex__json_equal(json_array_get(a, i), json_array_get(b, i)))
				return 0;
		return 1;
	}
	case JSON_OBJECT: {
		if (json_object_size(a) != json_object_size(b))
			return 0;
		for (void *it = json_object_iter((json_t *)a); it;
		     it = json_object_iter_next((json_t *)a, it)) {
			const json_t *o = json_object_getn(b, json_object_iter_key(it),
			                                   json_object_iter_key_len(it));
			if (!o || !artex__json_equal(json_object_iter_value(it), o))
				return 0;
		}
		return 1;
	}
	default:
		return 1; /* true, false, null: same type is same value */
	}
}

uint64_t artex__json_hash(const json_t *j)
{
	switch (json_typeof(j)) {
	case JSON_STRING:
		return artex__hash_bytes(json_string_value(j), json_string_length(j)) * 31u + 1;
	case JSON_INTEGER:
		return (uint64_t)json_integer_value(j) * 0x9E3779B97F4A7C15ull;
	case JSON_REAL: {
		double d = json_real_value(j);
		if (artex__dbl_is_int(d) && fabs(d) < 9.2e18)
			return (uint64_t)(json_int_t)d * 0x9E3779B97F4A7C15ull;
		uint64_t u;
		memcpy(&u, &d, sizeof u);
		return u;
	}
	case JSON_ARRAY: {
		uint64_t h = 7;
		for (size_t i = 0; i < json_array_size(j); i++)
			h = h * 1000003u ^ artex__json_hash(json_array_get(j, i));
		return h;
	}
	case JSON_OBJECT: {
		uint64_t h = 11;
		for (void *it = json_object_iter((json_t *)j); it;
		     it = json_object_iter_next((json_t *)j, it))
			h += artex__hash_bytes(json_object_iter_key(it), json_object_iter_key_len(it)) *
			     (artex__json_hash(json_object_iter_value(it)) | 1);
		return h;
	}
	case JSON_TRUE:
		return 3;
	case JSON_FALSE:
		return 5;
	default:
		return 9;
	}
}
