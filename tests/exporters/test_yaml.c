/* The YAML writer: quoting that keeps every string a string, UTF-8 as is,
 * numbers whatever the locale. */
#include "common.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artex.h"
#include "exporters/exporter.h"
#include "exporters/yaml.h"
#include "model/model.h"
#include "util/yamltree.h"

/* Strings that a YAML 1.1 or 1.2 resolver would read as something else, or
 * that start with an indicator. */
static const char *const tricky[] = {
	"no", "No", "yes", "on", "off", "y", "n", "true", "FALSE", "null", "~", "2025-08-21", "1e3",
	"0x1F", "0o17", "+12", "-5", ".5", "1_000", "12:30", ".inf", ".NaN", "*star", "&anchor",
	"!tag", "%d", "@at", "`tick", "a: b", "note #1", "- dash", "? q", "[x]", "{y}", "'single'",
	"\"double\"", "| pipe", "> fold", "trailing:", " leading space", "trailing space ", "<<",
	"Плохо: «да»", "emoji \xF0\x9F\x98\x80 ok", "tab\tinside", "=",
};

static void test_tricky_strings_stay_strings(void **state)
{
	struct artex_article *art = artex__article_new();
	art->id = "t";
	art->language = "en";
	art->headline = "H";
	for (size_t i = 0; i < sizeof tricky / sizeof *tricky; i++)
		artex__strlist_add(art, &art->keywords, tricky[i]);
	artex__strlist_add(art, &art->paragraphs, "P");
	assert_int_equal(artex__article_seal(art), 0);
	char *out;
	size_t len;
	struct artex_error err;
	assert_int_equal(artex_article_export(&out, &len, art, "yaml", NULL, &err), 0);

	/* UTF-8 is written as is, never as \u escapes. */
	assert_non_null(strstr(out, "Плохо: «да»"));
	assert_null(strstr(out, "\\u"));

	json_t *root;
	assert_int_equal(artex__yaml_load(&root, out, len, "out.yaml", NULL, &err), 0);
	json_t *kw = json_object_get(root, "keywords");
	assert_int_equal(json_array_size(kw), sizeof tricky / sizeof *tricky);
	for (size_t i = 0; i < sizeof tricky / sizeof *tricky; i++) {
		json_t *v = json_array_get(kw, i);
		if (!json_is_string(v) || strcmp(json_string_value(v), tricky[i]) != 0)
			fail_msg("\"%s\" did not read back as the same string", tricky[i]);
	}
	json_decref(root);
	artex_free(out);
	artex_article_free(art);
}

static void test_plain_where_safe(void **state)
{
	struct artex_article *art = artex__article_new();
	art->id = "t";
	art->language = "en";
	art->headline = "Simple words";
	artex__strlist_add(art, &art->paragraphs, "P");
	artex__article_seal(art);
	char *out;
	size_t len;
	struct artex_error err;
	assert_int_equal(artex_article_export(&out, &len, art, "yaml", NULL, &err), 0);
	assert_non_null(strstr(out, "\nheadline: Simple words\n"));
	assert_non_null(strstr(out, "\nauthors: []\n"));
	artex_free(out);
	artex_article_free(art);
}

static void test_numbers_shortest_and_locale_free(void **state)
{
	char buf[64];
	artex__format_number(buf, sizeof buf, 0.85);
	assert_string_equal(buf, "0.85");
	artex__format_number(buf, sizeof buf, 1);
	assert_string_equal(buf, "1");
	artex__format_number(buf, sizeof buf, 0.1 + 0.2);
	assert_string_equal(buf, "0.30000000000000004");
	/* Thousandths take a shortcut; it must give the shortest text that
	 * reads back, as the general search does. */
	for (int k = 0; k <= 1000; k++) {
		double v = k / 1000.0;
		char want[64];
		for (int prec = 1; prec <= 17; prec++) {
			snprintf(want, sizeof want, "%.*g", prec, v);
			if (strtod(want, NULL) == v)
				break;
		}
		artex__format_number(buf, sizeof buf, v);
		assert_string_equal(buf, want);
	}
	artex__format_number(buf, sizeof buf, -0.0);
	assert_string_equal(buf, "-0");
	artex__format_number(buf, sizeof buf, 0.0005);
	assert_string_equal(buf, "0.0005");
	/* A decimal-comma locale must not leak into the output. */
	if (setlocale(LC_NUMERIC, "de_DE.UTF-8") || setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
		artex__format_number(buf, sizeof buf, 0.85);
		setlocale(LC_NUMERIC, "C");
		assert_string_equal(buf, "0.85");
	} else {
		print_message("no decimal-comma locale installed; locale part skipped\n");
	}
}

/* Pieces that steer libyaml's choice of style or escape: indicators,
 * controls, line breaks (NEL, LS, PS), BOM, U+FFFE, four-byte and
 * boundary code points, words a resolver reads as non-strings. */
static const char *const pieces[] = {
	"a", "Zz", " ", ":", "#", "-", "?", ",", "[", "}", "'", "\"", "\\", "\t", "\n", "\r",
	"\x01", "\x1b", "\x7f", "\xC3\xA9", "\xC2\xAB", "\xC2\x85", "\xC2\xA0", "\xC2\x9F",
	"\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF", "\xEF\xBF\xBE", "\xEF\xBF\xBD",
	"\xF0\x9F\x98\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "1", ".", "~", "0x", "yes", "&", "*",
	"!", "|", ">", "%", "@", "`", "---", "...", "=", "<<", "null",
};

/* The direct writer is only right if it writes the emitter's bytes for
 * every article it accepts; it must also accept the ordinary ones. */
static void test_direct_writer_equals_emitter(void **state)
{
	unsigned seed = 12345;
	size_t direct = 0, unsure = 0;
	for (int round = 0; round < 3000; round++) {
		char text[256] = "";
		size_t k = 1 + (seed = seed * 1103515245u + 12345u) / 65536 % 8;
		for (size_t i = 0; i < k; i++) {
			seed = seed * 1103515245u + 12345u;
			strcat(text, pieces[seed / 65536 % (sizeof pieces / sizeof *pieces)]);
		}
		struct artex_article *art = artex__article_new();
		art->id = "t";
		art->language = "en";
		art->headline = artex__article_str(art, text);
		artex__strlist_add(art, &art->keywords, text);
		artex__strlist_add(art, &art->keywords, "plain");
		artex__strlist_add(art, &art->paragraphs, round % 2 ? text : "P");
		if (round % 3) {
			/* A record as a value, holding a list itself. */
			struct artex_provenance *p = artex__article_provenance(art);
			p->source = artex__article_str(art, text);
			p->tool = "artex";
			p->tool_version = "0.1.0";
			artex__strlist_add(art, &p->options, text);
			artex__strlist_add(art, &p->options, "--lang=en");
		}
		assert_int_equal(artex__article_seal(art), 0);
		struct artex_buf a = ARTEX_BUF_INIT, b = ARTEX_BUF_INIT;
		struct artex_error err;
		assert_int_equal(artex__yaml_write_emitter(&b, art, &err), 0);
		if (artex__yaml_write_direct(&a, art) == 0) {
			direct++;
			if (a.len != b.len || memcmp(a.data, b.data, a.len) != 0)
				fail_msg("direct writer differs for \"%s\":\n%.*s\nemitter:\n%.*s", text,
				         (int)a.len, a.data, (int)b.len, b.data);
		} else {
			unsure++;
		}
		artex_buf_dispose(&a);
		artex_buf_dispose(&b);
		artex_article_free(art);
	}
	print_message("%zu articles written directly, %zu left to the emitter\n", direct, unsure);
	assert_true(direct > 2000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tricky_strings_stay_strings),
		cmocka_unit_test(test_plain_where_safe),
		cmocka_unit_test(test_numbers_shortest_and_locale_free),
		cmocka_unit_test(test_direct_writer_equals_emitter),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
