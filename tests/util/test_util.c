/* UTF-8 helpers, JSON and YAML loading with positions. */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/jsonloc.h"
#include "util/messages.h"
#include "util/utf8.h"
#include "util/yamltree.h"

static void test_utf8_invalid(void **state)
{
	assert_true(artex__utf8_invalid_at("abc", 3) == (size_t)-1);
	assert_true(artex__utf8_invalid_at("\xD0\x9F\xF0\x9F\x98\x80", 6) == (size_t)-1);
	assert_int_equal(artex__utf8_invalid_at("ab\x80", 3), 2);          /* lone continuation */
	assert_int_equal(artex__utf8_invalid_at("a\xC0\xAF", 3), 1);       /* overlong '/' */
	assert_int_equal(artex__utf8_invalid_at("a\xE0\x80\xAF", 4), 1);   /* overlong 3-byte */
	assert_int_equal(artex__utf8_invalid_at("\xED\xA0\x80", 3), 0);    /* surrogate D800 */
	assert_int_equal(artex__utf8_invalid_at("\xF4\x90\x80\x80", 4), 0); /* past U+10FFFF */
	assert_int_equal(artex__utf8_invalid_at("xy\xE2\x82", 4), 2);      /* truncated */
	assert_int_equal(artex__utf8_invalid_at("\xFF", 1), 0);
}

static void test_utf8_offsets(void **state)
{
	const char *s = "a\xF0\x9F\x98\x80" "b\xD0\x96"; /* a 😀 b Ж */
	size_t len = strlen(s);
	assert_int_equal(artex__utf8_count(s, len), 4);
	assert_int_equal(artex__utf8_offset(s, len, 0), 0);
	assert_int_equal(artex__utf8_offset(s, len, 2), 5);
	assert_int_equal(artex__utf8_offset(s, len, 4), len);
	assert_true(artex__utf8_offset(s, len, 5) == (size_t)-1);

	struct artex_cpindex ix;
	/* Long enough to need several marks. */
	char *big = malloc(300 * 4 + 1);
	for (int i = 0; i < 300; i++)
		memcpy(big + 4 * i, "\xF0\x9F\x98\x80", 4);
	big[1200] = '\0';
	assert_int_equal(artex__cpindex_init(&ix, big, 1200), 0);
	assert_int_equal(ix.count, 300);
	for (size_t cp = 0; cp <= 300; cp++)
		assert_int_equal(artex__cpindex_byte(&ix, cp), 4 * cp);
	assert_true(artex__cpindex_byte(&ix, 301) == (size_t)-1);
	artex__cpindex_dispose(&ix);
	free(big);
}

static void test_linecol(void **state)
{
	const char *s = "ab\r\ncd\ref\n\xD0\x96x";
	int line, col;
	artex__utf8_linecol(s, strlen(s), 5, &line, &col); /* 'd' */
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	artex__utf8_linecol(s, strlen(s), 8, &line, &col); /* 'f' after lone CR */
	assert_int_equal(line, 3);
	assert_int_equal(col, 2);
	artex__utf8_linecol(s, strlen(s), 12, &line, &col); /* 'x' after Ж: column in characters */
	assert_int_equal(line, 4);
	assert_int_equal(col, 2);
}

static void test_nfc(void **state)
{
	size_t n;
	char *s = artex__utf8_nfc("Cafe\xCC\x81", 6, &n);
	assert_string_equal(s, "Caf\xC3\xA9");
	assert_int_equal(n, 5);
	free(s);
	assert_true(artex__utf8_is_nfc("Caf\xC3\xA9", 5));
	assert_false(artex__utf8_is_nfc("Cafe\xCC\x81", 6));
	assert_true(artex__utf8_is_nfc("plain", 5));
}

static void test_json_locate(void **state)
{
	const char *j = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c/d\": {\"e~f\": [true,\n  null]},\n"
	                "  \"\\u017e\": 5\n}";
	int line, col;
	assert_int_equal(artex__json_locate(j, strlen(j), "/a/1/b", &line, &col), 0);
	assert_int_equal(line, 2);
	assert_int_equal(col, 18);
	assert_int_equal(artex__json_locate(j, strlen(j), "/c~1d/e~0f/1", &line, &col), 0);
	assert_int_equal(line, 4);
	assert_int_equal(col, 3);
	assert_int_equal(artex__json_locate(j, strlen(j), "/\xC5\xBE", &line, &col), 0);
	assert_int_equal(line, 5);
	assert_int_equal(artex__json_locate(j, strlen(j), "", &line, &col), 0);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	assert_int_equal(artex__json_locate(j, strlen(j), "/a/2", &line, &col), -1);
	assert_int_equal(artex__json_locate(j, strlen(j), "/zz", &line, &col), -1);
	assert_int_equal(artex__json_locate("[1,", 3, "/5", &line, &col), -1);
}

static void test_json_load_errors(void **state)
{
	json_t *v;
	struct artex_error err;
	assert_int_equal(artex__json_load(&v, "{\"a\": 1,\n \"a\": 2}", 17, "f.json", &err),
	                 ARTEX_EPARSE);
	assert_int_equal(err.msg_id, ARTEX_MSG_DATA_DUPLICATE_KEY);
	assert_string_equal(err.file, "f.json");
	assert_int_equal(err.line, 2);
	assert_int_equal(artex__json_load(&v, "[1, 2", 5, "g.json", &err), ARTEX_EPARSE);
	assert_int_equal(err.msg_id, ARTEX_MSG_JSON_SYNTAX);
	assert_int_equal(artex__json_load(&v, "[1, 2]", 6, "g.json", &err), 0);
	assert_int_equal(json_array_size(v), 2);
	json_decref(v);
}

static json_t *load_ok(const char *yaml)
{
	json_t *v = NULL;
	struct artex_error err;
	static const struct artex_yaml_opts opts = {.allow_aliases = 1};
	int rc = artex__yaml_load(&v, yaml, strlen(yaml), "t.yaml", &opts, &err);
	if (rc != 0)
		fail_msg("%s", err.message);
	return v;
}

static void test_yaml_scalars(void **state)
{
	json_t *v = load_ok("a: 1\nb: 1.5\nc: true\nd: ~\ne: \"1\"\nf: no\ng: 2025-08-21\n"
	                    "h: '~'\ni: .inf\nj: 0x1F\nk: 1e3\nl: !!str 12\n");
	assert_true(json_is_integer(json_object_get(v, "a")));
	assert_true(json_is_real(json_object_get(v, "b")));
	assert_true(json_is_true(json_object_get(v, "c")));
	assert_true(json_is_null(json_object_get(v, "d")));
	assert_string_equal(json_string_value(json_object_get(v, "e")), "1");
	/* YAML 1.2 core schema: "no" and dates are strings. */
	assert_string_equal(json_string_value(json_object_get(v, "f")), "no");
	assert_string_equal(json_string_value(json_object_get(v, "g")), "2025-08-21");
	assert_string_equal(json_string_value(json_object_get(v, "h")), "~");
	assert_string_equal(json_string_value(json_object_get(v, "i")), ".inf");
	assert_true(json_is_string(json_object_get(v, "j")));
	assert_true(json_is_real(json_object_get(v, "k")));
	assert_string_equal(json_string_value(json_object_get(v, "l")), "12");
	json_decref(v);
}

static void expect_yaml_error(const char *yaml, int alias_ok, int msg_id, int line, int col)
{
	json_t *v = NULL;
	struct artex_error err;
	struct artex_yaml_opts opts = {.allow_aliases = alias_ok};
	assert_true(artex__yaml_load(&v, yaml, strlen(yaml), "bad.yaml", &opts, &err) < 0);
	assert_null(v);
	assert_int_equal(err.msg_id, msg_id);
	assert_string_equal(err.file, "bad.yaml");
	assert_true(err.line > 0);
	if (line) {
		assert_int_equal(err.line, line);
		assert_int_equal(err.column, col);
	}
}

static void test_yaml_errors(void **state)
{
	expect_yaml_error("a: 1\nb: 2\na: 3\n", 0, ARTEX_MSG_DATA_DUPLICATE_KEY, 3, 1);
	expect_yaml_error("a: [1, 2\n", 0, ARTEX_MSG_YAML_SYNTAX, 2, 1);
	expect_yaml_error("a: &x 1\nb: *x\n", 0, ARTEX_MSG_YAML_ALIAS, 1, 4);
	expect_yaml_error("a: !!python/object:os.system 1\n", 0, ARTEX_MSG_YAML_TAG, 1, 4);
	expect_yaml_error("a: !!int abc\n", 0, ARTEX_MSG_YAML_TAG, 1, 4);
	expect_yaml_error("--- 1\n--- 2\n", 0, ARTEX_MSG_YAML_SYNTAX, 2, 1);
	expect_yaml_error("? [a]\n: 1\n", 0, ARTEX_MSG_DATA_WRONG_TYPE, 1, 3);
}

static void test_yaml_alias_bomb(void **state)
{
	/* Nine levels of ten aliases each: 10^9 nodes if expanded. */
	char yaml[4096] = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
	for (char c = 'b'; c <= 'j'; c++) {
		size_t n = strlen(yaml);
		char p = (char)(c - 1);
		snprintf(yaml + n, sizeof yaml - n,
		         "%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n", c, c, p, p, p,
		         p, p, p, p, p, p, p);
	}
	expect_yaml_error(yaml, 1, ARTEX_MSG_YAML_ALIAS, 0, 0);
}

static void test_yaml_depth(void **state)
{
	size_t n = 100000;
	char *yaml = malloc(2 * n + 1);
	memset(yaml, '[', n);
	memset(yaml + n, ']', n);
	yaml[2 * n] = '\0';
	json_t *v = NULL;
	struct artex_error err;
	assert_true(artex__yaml_load(&v, yaml, 2 * n, "deep.yaml", NULL, &err) < 0);
	assert_int_equal(err.msg_id, ARTEX_MSG_YAML_DEPTH);
	assert_int_equal(err.line, 1);
	free(yaml);
}

static void test_yaml_locate(void **state)
{
	const char *y = "a:\n  - x\n  - {b: 2, c: [3, 4]}\n\"d/e\": |\n  text\nf: *g\n";
	int line, col;
	assert_int_equal(artex__yaml_locate(y, strlen(y), "/a/1/c/1", &line, &col), 0);
	assert_int_equal(line, 3);
	assert_int_equal(col, 19);
	assert_int_equal(artex__yaml_locate(y, strlen(y), "/d~1e", &line, &col), 0);
	assert_int_equal(line, 4);
	assert_int_equal(col, 8);
	assert_int_equal(artex__yaml_locate(y, strlen(y), "/a/0", &line, &col), 0);
	assert_int_equal(line, 2);
	assert_int_equal(col, 5);
	assert_int_equal(artex__yaml_locate(y, strlen(y), "/nope", &line, &col), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_invalid),
		cmocka_unit_test(test_utf8_offsets),
		cmocka_unit_test(test_linecol),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_json_locate),
		cmocka_unit_test(test_json_load_errors),
		cmocka_unit_test(test_yaml_scalars),
		cmocka_unit_test(test_yaml_errors),
		cmocka_unit_test(test_yaml_alias_bomb),
		cmocka_unit_test(test_yaml_depth),
		cmocka_unit_test(test_yaml_locate),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
