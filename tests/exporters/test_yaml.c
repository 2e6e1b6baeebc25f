/* The YAML writer: quoting that keeps every string a string, UTF-8 as is,
 * numbers whatever the locale. */
#include "common.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "artex.h"
#include "exporters/exporter.h"
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
	/* A decimal-comma locale must not leak into the output. */
	if (setlocale(LC_NUMERIC, "de_DE.UTF-8") || setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
		artex__format_number(buf, sizeof buf, 0.85);
		setlocale(LC_NUMERIC, "C");
		assert_string_equal(buf, "0.85");
	} else {
		print_message("no decimal-comma locale installed; locale part skipped\n");
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tricky_strings_stay_strings),
		cmocka_unit_test(test_plain_where_safe),
		cmocka_unit_test(test_numbers_shortest_and_locale_free),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
