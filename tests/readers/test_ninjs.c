/* The ninjs reader and exporter through the library: every fixture's ninjs
 * reads back to an equal model and the same bytes; errors carry the place
 * and pointer; artex: roles never reach the plain profile; third-party
 * items name what they leave out. */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artex.h"
#include "util/messages.h"

static char *export_ninjs(const struct artex_article *art, int plain, size_t *len)
{
	struct artex_export_opts opts = ARTEX_EXPORT_OPTS_INIT;
	opts.plain = plain;
	char *out;
	struct artex_error err;
	if (artex_article_export(&out, len, art, "ninjs", &opts, &err) != 0)
		fail_msg("export: %s", err.message);
	return out;
}

static void test_round_trip_all_fixtures(void **state)
{
	static const char *const suffixes[] = {".txt", ".yaml", ".jsonld", ".tei.xml",
	                                       ".ninjs.json", NULL};
	static const char *const skip[] = {"invalid", "negative", NULL};
	struct file_list files;
	list_files(&files, fixtures_dir(), suffixes, skip);
	size_t done = 0;
	for (size_t i = 0; i < files.count; i++) {
		struct artex_article *a, *b;
		struct artex_error err;
		if (strstr(files.paths[i], ".expected.") ||
		    artex_article_read_file(&a, files.paths[i], NULL, &err) != 0)
			continue; /* goldens, and inputs refused on purpose */
		size_t len1, len2;
		char *n1 = export_ninjs(a, 0, &len1);
		if (artex_article_read(&b, n1, len1, NULL, "x.json", &err) != 0)
			fail_msg("%s (re-read): %d:%d: %s", files.paths[i], err.line, err.column,
			         err.message);
		assert_string_equal(artex_article_format(b), "ninjs");
		assert_int_equal(artex_article_warning_count(b), 0);
		struct artex_error_list diffs = {0};
		if (artex_article_compare(&diffs, a, files.paths[i], b, "ninjs", &err) != 0)
			fail_msg("%s: the model changed through ninjs at %s", files.paths[i],
			         diffs.count ? diffs.items[0].pointer : "?");
		assert_string_equal(artex_article_id(a), artex_article_id(b));
		char *n2 = export_ninjs(b, 0, &len2);
		if (len1 != len2 || memcmp(n1, n2, len1) != 0)
			fail_msg("%s: ninjs changed on the round trip", files.paths[i]);
		artex_free(n2);
		n2 = export_ninjs(a, 1, &len2);
		if (strstr(n2, "\"artex:"))
			fail_msg("%s: plain ninjs holds an artex: role", files.paths[i]);
		artex_free(n2);
		artex_free(n1);
		artex_error_list_dispose(&diffs);
		artex_article_free(a);
		artex_article_free(b);
		done++;
	}
	assert_true(done >= 30);
	print_message("ninjs round trip held for %zu fixtures\n", done);
	file_list_dispose(&files);
}

static void expect_error(const char *text, int msg_id, int line, const char *pointer)
{
	struct artex_article *a;
	struct artex_error err;
	assert_int_equal(artex_article_read(&a, text, strlen(text), "ninjs", "t.ninjs.json", &err),
	                 ARTEX_EINVALID);
	assert_null(a);
	assert_int_equal(err.msg_id, msg_id);
	assert_string_equal(err.file, "t.ninjs.json");
	assert_int_equal(err.line, line);
	assert_true(err.column > 0);
	assert_string_equal(err.pointer, pointer);
}

static void test_errors(void **state)
{
	expect_error("{\"uri\": \"u:a\",\n \"headlines\": {\"value\": \"H\"}}",
	             ARTEX_MSG_DATA_WRONG_TYPE, 2, "/headlines");
	expect_error("{\"uri\": \"u:a\", \"headlines\": [{\"value\": \"H\"}],\n"
	             " \"bodies\": [{\"value\": \"B\"}],\n \"people\": [{\"name\": 7}]}",
	             ARTEX_MSG_DATA_WRONG_TYPE, 3, "/people/0/name");
	expect_error("{\"uri\": \"u:a\", \"headlines\": [{\"value\": \"H\"}],\n"
	             " \"bodies\": [{\"value\": \"Body\"}],\n \"associations\": [{\"rel\": \"quote\","
	             " \"bodies\": [{\"value\": \"Bo\"}],\n \"altIds\": [{\"role\": \"artex:span\","
	             " \"value\": \"body:3\"}]}]}",
	             ARTEX_MSG_DATA_BAD_VALUE, 4, "/associations/0/altIds/0/value");
	expect_error("{\"uri\": \"u:a\", \"bodies\": [{\"value\": \"B\"}]}", ARTEX_MSG_DATA_MISSING_KEY,
	             1, "");
}

static void test_third_party(void **state)
{
	static const char item[] =
		"{\"uri\": \"https://desk.example.org/7\", \"language\": \"en\",\n"
		" \"headlines\": [{\"role\": \"sub\", \"value\": \"Small\"}, {\"role\": \"main\","
		" \"value\": \"Pier closes for repairs\"}],\n"
		" \"bodies\": [{\"contentType\": \"text/html\", \"value\": \"<p>One.</p><p>Two &amp; "
		"three.</p>\"}],\n"
		" \"by\": \"By Ann Lee, Bo Chan and Cy Dee\",\n"
		" \"events\": [{\"name\": \"storm\"}]}";
	struct artex_article *a;
	struct artex_error err;
	assert_int_equal(artex_article_read(&a, item, strlen(item), NULL, "item.json", &err), 0);
	assert_string_equal(artex_article_format(a), "ninjs");
	assert_string_equal(artex_article_headline(a), "Pier closes for repairs");
	assert_string_equal(artex_article_body(a), "One.\n\nTwo & three.");
	assert_int_equal(artex_article_warning_count(a), 1);
	assert_non_null(strstr(artex_article_warning(a, 0), "events"));
	size_t len;
	char *out = export_ninjs(a, 0, &len);
	assert_non_null(strstr(out, "\"by\": \"Ann Lee, Bo Chan and Cy Dee\""));
	artex_free(out);
	artex_article_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip_all_fixtures),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_third_party),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
