/* The YAML reader, and the round trip text -> model -> YAML -> model -> YAML
 * over every fixture. */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artex.h"
#include "model/model.h"
#include "util/messages.h"

static char *export_yaml(const struct artex_article *art, size_t *len)
{
	char *out;
	struct artex_error err;
	if (artex_article_export(&out, len, art, "yaml", NULL, &err) != 0)
		fail_msg("export: %s", err.message);
	return out;
}

static void test_round_trip_all_fixtures(void **state)
{
	static const char *const suffixes[] = {".txt", ".yaml", NULL};
	static const char *const skip[] = {"invalid", NULL};
	struct file_list files;
	list_files(&files, fixtures_dir(), suffixes, skip);
	assert_true(files.count >= 1);
	size_t with_quotes = 0;
	for (size_t i = 0; i < files.count; i++) {
		struct artex_article *a, *b;
		struct artex_error err;
		if (artex_article_read_file(&a, files.paths[i], NULL, &err) != 0)
			fail_msg("%s:%d:%d: %s", err.file, err.line, err.column, err.message);
		size_t len1, len2, len3;
		char *y1 = export_yaml(a, &len1);
		char *y1again = export_yaml(a, &len3);
		assert_int_equal(len1, len3);
		assert_memory_equal(y1, y1again, len1);
		if (artex_article_read(&b, y1, len1, "yaml", files.paths[i], &err) != 0)
			fail_msg("%s (re-read): %d:%d: %s", files.paths[i], err.line, err.column,
			         err.message);
		char *y2 = export_yaml(b, &len2);
		if (len1 != len2 || memcmp(y1, y2, len1) != 0)
			fail_msg("%s: YAML changed on the round trip", files.paths[i]);
		with_quotes += artex_article_quote_count(b) > 0;
		artex_free(y1);
		artex_free(y1again);
		artex_free(y2);
		artex_article_free(a);
		artex_article_free(b);
	}
	print_message("round trip held for %zu fixtures (%zu with quotes)\n", files.count,
	              with_quotes);
	file_list_dispose(&files);
}

static const char *const base =
	"id: t1\nlanguage: en\nheadline: H\nbody:\n- \"Jo said \\u201chi\\u201d.\"\n";

static struct artex_article *read_yaml(const char *yaml, struct artex_error *err)
{
	struct artex_article *art = NULL;
	artex_article_read(&art, yaml, strlen(yaml), "yaml", "t.yaml", err);
	return art;
}

static void expect_error(const char *yaml, int msg_id, int line, int col, const char *pointer)
{
	struct artex_error err;
	struct artex_article *art = read_yaml(yaml, &err);
	if (art)
		fail_msg("accepted: %s", yaml);
	assert_int_equal(err.msg_id, msg_id);
	assert_string_equal(err.file, "t.yaml");
	assert_int_equal(err.line, line);
	assert_int_equal(err.column, col);
	if (pointer)
		assert_string_equal(err.pointer, pointer);
}

static void test_minimal_and_defaults(void **state)
{
	char yaml[512];
	snprintf(yaml, sizeof yaml,
	         "%squotes:\n- id: q1\n  text: hi\n  kind: direct\n"
	         "  span: {field: body, start: 9, end: 11}\n",
	         base);
	struct artex_error err;
	struct artex_article *art = read_yaml(yaml, &err);
	if (!art)
		fail_msg("%d:%d %s", err.line, err.column, err.message);
	assert_int_equal(art->n_quotes, 1);
	assert_true(art->quotes[0].confidence == 1.0);
	assert_null(art->quotes[0].speaker);
	artex_article_free(art);
}

static void test_errors_are_located(void **state)
{
	char yaml[1024];
	expect_error("id: t1\nlanguage: en\nheadline: [a, b]\nbody: [x]\n",
	             ARTEX_MSG_DATA_WRONG_TYPE, 3, 11, "/headline");
	expect_error("id: t1\nlanguage: en\nheadline: H\ncolour: red\nbody: [x]\n",
	             ARTEX_MSG_DATA_UNKNOWN_KEY, 4, 9, "/colour");
	expect_error("id: t1\nlanguage: en\nheadline: H\n", ARTEX_MSG_DATA_MISSING_KEY, 1, 1, "");
	snprintf(yaml, sizeof yaml, "%squotes:\n- id: q1\n  text: hi\n  kind: maybe\n", base);
	expect_error(yaml, ARTEX_MSG_DATA_BAD_VALUE, 9, 9, "/quotes/0/kind");
	snprintf(yaml, sizeof yaml, "%squotes:\n- id: q1\n  text: hi\n  kind: direct\n  speaker: p1\n",
	         base);
	expect_error(yaml, ARTEX_MSG_MODEL_DANGLING_REF, 10, 12, "/quotes/0/speaker");
	snprintf(yaml, sizeof yaml,
	         "%squotes:\n- id: q1\n  text: hi\n  kind: direct\n"
	         "  span: {field: body, start: 8, end: 10}\n",
	         base);
	expect_error(yaml, ARTEX_MSG_MODEL_SPAN_TEXT, 10, 9, "/quotes/0/span");
	snprintf(yaml, sizeof yaml,
	         "%squotes:\n- id: q1\n  text: hi\n  kind: direct\n"
	         "  span: {field: body, start: -1, end: 10}\n",
	         base);
	expect_error(yaml, ARTEX_MSG_DATA_BAD_VALUE, 10, 30, "/quotes/0/span/start");
	expect_error("id: t1\nlanguage: english\nheadline: H\nbody: [x]\n",
	             ARTEX_MSG_MODEL_BAD_VALUE, 2, 11, "/language");
	expect_error("id: t1\nlanguage: en\nheadline: H\ndate_published: 2025-02-30\nbody: [x]\n",
	             ARTEX_MSG_MODEL_BAD_VALUE, 4, 17, "/date_published");
	expect_error("id: t1\nid: t2\n", ARTEX_MSG_DATA_DUPLICATE_KEY, 2, 1, NULL);
	expect_error("id: &a t1\nlanguage: *a\n", ARTEX_MSG_YAML_ALIAS, 1, 5, NULL);
	expect_error("id: t1\nlanguage: en\nheadline: \"a\xff\"\nbody: [x]\n",
	             ARTEX_MSG_UTF8_INVALID, 3, 13, NULL);
}

/* An article known only by its metadata (a description, no text) has an
 * empty body, which reads and writes back as one. */
static void test_body_may_be_empty(void **state)
{
	(void)state;
	static const char yaml[] = "id: t1\nlanguage: en\nheadline: H\ndescription: D\nbody: []\n";
	struct artex_error err;
	struct artex_article *art = read_yaml(yaml, &err);
	if (!art)
		fail_msg("refused: %s", err.message);
	assert_int_equal(artex_article_paragraph_count(art), 0);
	char *out;
	size_t len;
	assert_int_equal(artex_article_export(&out, &len, art, "yaml", NULL, &err), 0);
	assert_non_null(strstr(out, "\nbody: []\n"));
	free(out);
	artex_article_free(art);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip_all_fixtures),
		cmocka_unit_test(test_minimal_and_defaults),
		cmocka_unit_test(test_errors_are_located),
		cmocka_unit_test(test_body_may_be_empty),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
