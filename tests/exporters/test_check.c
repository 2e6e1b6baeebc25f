/* The check every output passes before it is written: shortcuts the
 * validators take for speed must still reject an output that a bug in an
 * exporter spoiled, and still say where. */
#include "common.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artex.h"
#include "exporters/exporter.h"
#include "util/error.h"
#include "validate/output.h"

/* The outputs of a fixture with people, organisations, quotes and claims. */
static char *export_fixture(const char *format, size_t *len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/attribution/carry-over-en.txt", fixtures_dir());
	size_t in_len;
	char *in = slurp(path, &in_len);
	struct artex_article *art;
	struct artex_error err;
	assert_int_equal(artex_article_read(&art, in, in_len, "text", "carry-over-en.txt", &err), 0);
	assert_int_equal(artex_article_extract(art, NULL, &err), 0);
	char *out = NULL;
	int rc = artex_article_export(&out, len, art, format, NULL, &err);
	artex_article_free(art);
	free(in);
	assert_int_equal(rc, 0);
	return out;
}

/* `text` with the first `from` replaced by `to`; the test fails when
 * `from` is not there, so a fixture change cannot leave a case vacuous. */
static char *replace(const char *text, const char *from, const char *to, size_t *len)
{
	size_t total = strlen(text), nf = strlen(from), nt = strlen(to), head = 0;
	while (head + nf <= total && memcmp(text + head, from, nf) != 0)
		head++;
	if (head + nf > total) {
		fail_msg("\"%s\" is not in the output", from);
		return NULL;
	}
	size_t tail = total - head - nf;
	char *s = malloc(head + nt + tail + 1);
	assert_non_null(s);
	memcpy(s, text, head);
	memcpy(s + head, to, nt);
	memcpy(s + head + nt, text + head + nf, tail + 1);
	*len = head + nt + tail;
	return s;
}

struct spoil {
	const char *from, *to;
	const char *says; /* a part of the message, naming the place */
};

static void expect_rejected(const char *format, const struct spoil *cases, size_t n)
{
	const struct artex_exporter *e = artex__exporter_find(format);
	assert_non_null(e);
	size_t len;
	char *good = export_fixture(format, &len);
	struct artex_error err;
	memset(&err, 0, sizeof err);
	assert_int_equal(artex__validate_output(e->schema, e->media_type, good, len, e->name, &err), 0);
	for (size_t i = 0; i < n; i++) {
		size_t bad_len = 0;
		char *bad = replace(good, cases[i].from, cases[i].to, &bad_len);
		memset(&err, 0, sizeof err);
		int rc = artex__validate_output(e->schema, e->media_type, bad, bad_len, e->name, &err);
		if (rc != ARTEX_EINVALID)
			fail_msg("%s: \"%s\" -> \"%s\" was accepted", format, cases[i].from, cases[i].to);
		assert_int_equal(err.msg_id, ARTEX_MSG_SCHEMA_INVALID);
		char full[1024];
		snprintf(full, sizeof full, "%s (at %s)", err.message, err.pointer);
		if (!strstr(full, cases[i].says))
			fail_msg("%s: \"%s\" -> \"%s\": %s", format, cases[i].from, cases[i].to, full);
		free(bad);
	}
	free(good);
}

/* Graph nodes are alternatives told apart by "@type": a node whose tag
 * matches none, one whose tag matches but whose members do not, and one
 * whose tag names another alternative than its members fit. */
static void test_jsonld_spoiled(void **state)
{
	(void)state;
	static const struct spoil cases[] = {
		{"\"@type\": \"Person\"", "\"@type\": \"Persona\"", "/@graph/1"},
		{"\"name\": \"Hanna Berg\"", "\"name\": 5", "/@graph/1/name"},
		{"\"@type\": \"Person\"", "\"@type\": \"Organization\"", "/@graph/1"},
		{"\"@type\": \"Quotation\"", "\"@type\": \"Quotation\", \"extra\": 1", "/@graph/3"},
		{"\"@type\": \"NewsArticle\"", "\"@type\": \"Article\"", "/@graph/0/@type"},
	};
	expect_rejected("jsonld", cases, sizeof cases / sizeof cases[0]);
}

/* Output read back with one pass of UTF-8 checking over the whole text. */
static void test_jsonld_bad_utf8(void **state)
{
	(void)state;
	static const struct spoil cases[] = {
		{"Hanna Berg", "Hanna \xC3(Berg", "does not parse"},
	};
	expect_rejected("jsonld", cases, sizeof cases / sizeof cases[0]);
}

/* N-Quads writes thousandths (every confidence) the short way: the same
 * text as the general canonical form, for each one and for neighbours
 * that are not thousandths. */
static void test_xsd_double_thousandths(void **state)
{
	(void)state;
	char fast[64], slow[64];
	for (long k = 0; k <= 1000; k++) {
		double vs[] = {(double)k / 1000, nextafter((double)k / 1000, 2), -(double)k / 1000};
		for (size_t i = 0; i < sizeof vs / sizeof vs[0]; i++) {
			int a = artex__xsd_double(fast, sizeof fast, vs[i]);
			int b = artex__xsd_double_general(slow, sizeof slow, vs[i]);
			assert_int_equal(a, b);
			if (strcmp(fast, slow) != 0)
				fail_msg("%.17g: \"%s\", not \"%s\"", vs[i], fast, slow);
		}
	}
	assert_int_equal(artex__xsd_double(fast, sizeof fast, 0.89), 1);
	assert_string_equal(fast, "8.9E-1");
	assert_int_equal(artex__xsd_double(fast, sizeof fast, 1.0 / 0.0), 0);
}

/* Whole mantissas ("1.0E-4") in a locale whose decimal point is a comma:
 * the general path once stripped them to "1.E-4". */
static void test_xsd_double_comma_locale(void **state)
{
	(void)state;
	if (!setlocale(LC_NUMERIC, "de_DE.UTF-8") && !setlocale(LC_NUMERIC, "de_DE.utf8")) {
		print_message("SKIP: no de_DE.UTF-8 locale to test a decimal comma with\n");
		skip();
	}
	char res[64];
	assert_int_equal(artex__xsd_double_general(res, sizeof res, 0.0001), 1);
	assert_string_equal(res, "1.0E-4");
	assert_int_equal(artex__xsd_double_general(res, sizeof res, 1.5e300), 1);
	assert_string_equal(res, "1.5E300");
	setlocale(LC_NUMERIC, "C");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jsonld_spoiled),
		cmocka_unit_test(test_jsonld_bad_utf8),
		cmocka_unit_test(test_xsd_double_thousandths),
		cmocka_unit_test(test_xsd_double_comma_locale),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
