#include "util/cnum.h"

#include <locale.h>
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

void artex__format_number(char *out, size_t size, double v)
{
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
