#include "util/cnum.h"

#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void make_c_locale(void)
{
	c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}

double artex__strtod_c(const char *s, char **end)
{
	pthread_once(&c_locale_once, make_c_locale);
	/* uselocale changes this thread alone, so other threads of the host
	 * keep theirs. */
	locale_t old = c_locale ? uselocale(c_locale) : (locale_t)0;
	double d = strtod(s, end);
	if (old)
		uselocale(old);
	return d;
}

int artex__snprintf_double_c(char *out, size_t size, const char *fmt, double v)
{
	pthread_once(&c_locale_once, make_c_locale);
	locale_t old = c_locale ? uselocale(c_locale) : (locale_t)0;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	int n = snprintf(out, size, fmt, v);
#pragma GCC diagnostic pop
	if (old)
		uselocale(old);
	return n;
}

/* Thousandths between 0 and 1 (every confidence) written without the
 * search below: such a decimal is the only one of at most three places
 * that reads back as v, and none shorter does, so the search would stop
 * at exactly its digits. */
static int format_thousandths(char *out, size_t size, double v)
{
	if (!(v >= 0 && v <= 1) || signbit(v) || size < 6)
		return 0;
	long k = lround(v * 1000);
	if ((double)k / 1000 != v)
		return 0;
	if (k == 0 || k == 1000) {
		out[0] = k ? '1' : '0';
		out[1] = '\0';
		return 1;
	}
	char *p = out;
	*p++ = '0';
	*p++ = '.';
	*p++ = (char)('0' + k / 100);
	*p++ = (char)('0' + k / 10 % 10);
	*p++ = (char)('0' + k % 10);
	while (p[-1] == '0')
		p--;
	*p = '\0';
	return 1;
}

void artex__format_number(char *out, size_t size, double v)
{
	if (format_thousandths(out, size, v))
		return;
	pthread_once(&c_locale_once, make_c_locale);
	locale_t old = c_locale ? uselocale(c_locale) : (locale_t)0;
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(out, size, "%.*g", prec, v);
		if (strtod(out, NULL) == v)
			break;
	}
	if (old)
		uselocale(old);
}
