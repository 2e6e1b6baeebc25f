/* The JSON Schema validator: keywords, messages and locations, references,
 * hostile schemas and instances, concurrency. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "artex.h"
#include "util/buf.h"
#include "validate/jsonschema.h"

static struct artex_schema *compile_opts(const char *text, const struct artex_schema_opts *opts)
{
	struct artex_schema *s = NULL;
	struct artex_error err;
	memset(&err, 0, sizeof err);
	int rc = artex_schema_new(&s, text, strlen(text), NULL, opts, &err);
	if (rc != 0)
		fail_msg("schema %s did not compile: %s", text, err.message);
	return s;
}

static struct artex_schema *compile(const char *text)
{
	return compile_opts(text, NULL);
}

/* 1 valid, 0 invalid; also checks that the collecting path agrees. */
static int check(const struct artex_schema *s, const char *inst_text)
{
	json_t *inst = NULL;
	struct artex_error err;
	assert_int_equal(artex__json_load_exact(&inst, inst_text, strlen(inst_text), NULL, &err), 0);
	int fast = artex__schema_validate_json(s, inst, NULL, 0);
	struct artex_error_list list = {0};
	int slow = artex__schema_validate_json(s, inst, &list, 0);
	assert_int_equal(fast, slow);
	assert_int_equal(list.count > 0, slow != 0);
	artex_error_list_dispose(&list);
	json_decref(inst);
	return fast == 0;
}

struct kcase {
	const char *schema;
	const char *valid;
	const char *invalid;
};

/* One valid and one invalid instance per keyword, so that each keyword's
 * check is seen both passing and failing. */
static const struct kcase keyword_cases[] = {
	{"{\"type\": \"string\"}", "\"a\"", "1"},
	{"{\"type\": \"integer\"}", "1.0", "1.5"},
	{"{\"type\": [\"null\", \"boolean\"]}", "false", "0"},
	{"{\"enum\": [1, \"a\", [true]]}", "[true]", "[1]"},
	{"{\"enum\": [1]}", "1.0", "true"},
	{"{\"const\": {\"a\": [1, 2]}}", "{\"a\": [1.0, 2]}", "{\"a\": [2, 1]}"},
	{"{\"multipleOf\": 0.0001}", "0.0075", "0.00751"},
	{"{\"multipleOf\": 0.0075}", "0.0225", "0.0226"},
	{"{\"multipleOf\": 3}", "9007199254740993", "9007199254740992"},
	{"{\"maximum\": 9007199254740992}", "9007199254740992", "9007199254740993"},
	{"{\"exclusiveMaximum\": 3}", "2.999", "3"},
	{"{\"minimum\": -2}", "-2", "-2.0001"},
	{"{\"exclusiveMinimum\": 0}", "0.0001", "0"},
	{"{\"maxLength\": 2}", "\"\\u00e9\\u00e9\"", "\"abc\""},
	{"{\"minLength\": 2}", "\"\\ud83d\\ude00a\"", "\"\\ud83d\\ude00\""},
	{"{\"pattern\": \"^\\\\d+$\"}", "\"123\"", "\"\\u0661\""},
	{"{\"pattern\": \"\\\\p{Letter}\"}", "\"\\u00e9\"", "\"1\""},
	{"{\"maxItems\": 1}", "[1]", "[1, 2]"},
	{"{\"minItems\": 1}", "[1]", "[]"},
	{"{\"uniqueItems\": true}", "[1, \"1\", [1], {\"a\": 1}]", "[{\"a\": 1, \"b\": 2}, {\"b\": 2, \"a\": 1.0}]"},
	{"{\"contains\": {\"type\": \"string\"}}", "[1, \"a\"]", "[1, 2]"},
	{"{\"contains\": {\"const\": 1}, \"minContains\": 2, \"maxContains\": 3}", "[1, 1, 2]", "[1, 1, 1, 1]"},
	{"{\"prefixItems\": [{\"type\": \"integer\"}], \"items\": false}", "[1]", "[1, 2]"},
	{"{\"items\": {\"type\": \"integer\"}}", "[1, 2]", "[1, \"2\"]"},
	{"{\"maxProperties\": 1}", "{\"a\": 1}", "{\"a\": 1, \"b\": 2}"},
	{"{\"minProperties\": 1}", "{\"a\": 1}", "{}"},
	{"{\"required\": [\"a\"]}", "{\"a\": null}", "{\"b\": 1}"},
	{"{\"properties\": {\"a\": {\"type\": \"string\"}}}", "{\"a\": \"x\", \"b\": 1}", "{\"a\": 1}"},
	{"{\"patternProperties\": {\"^x-\": {\"type\": \"integer\"}}}", "{\"x-a\": 1, \"y\": \"s\"}", "{\"x-a\": \"s\"}"},
	{"{\"properties\": {\"a\": true}, \"additionalProperties\": false}", "{\"a\": 1}", "{\"a\": 1, \"b\": 2}"},
	{"{\"propertyNames\": {\"maxLength\": 2}}", "{\"ab\": 1}", "{\"abc\": 1}"},
	{"{\"dependentRequired\": {\"a\": [\"b\"]}}", "{\"a\": 1, \"b\": 2}", "{\"a\": 1}"},
	{"{\"dependentSchemas\": {\"a\": {\"required\": [\"c\"]}}}", "{\"a\": 1, \"c\": 2}", "{\"a\": 1}"},
	{"{\"allOf\": [{\"type\": \"integer\"}, {\"minimum\": 2}]}", "2", "1"},
	{"{\"anyOf\": [{\"type\": \"integer\"}, {\"minimum\": 2}]}", "2.5", "1.5"},
	{"{\"oneOf\": [{\"type\": \"integer\"}, {\"minimum\": 2}]}", "1", "3"},
	/* Tagged alternatives: branches whose tag differs are skipped, which
	 * must change no answer (tag through $ref, numeric tags compared as
	 * numbers, a value without the tag, two branches with one tag). */
	{"{\"$defs\": {\"a\": {\"properties\": {\"t\": {\"const\": \"a\"}, \"v\": {\"type\": \"integer\"}}}}, "
	 "\"oneOf\": [{\"$ref\": \"#/$defs/a\"}, {\"properties\": {\"t\": {\"const\": \"b\"}}, \"required\": [\"v\"]}]}",
	 "{\"t\": \"a\", \"v\": 1}", "{\"t\": \"a\", \"v\": \"x\"}"},
	{"{\"oneOf\": [{\"properties\": {\"t\": {\"const\": 1}}}, {\"properties\": {\"t\": {\"const\": 2}}}]}",
	 "{\"t\": 2.0}", "{}"},
	{"{\"oneOf\": [{\"properties\": {\"t\": {\"const\": 1}}, \"required\": [\"a\"]}, "
	 "{\"properties\": {\"t\": {\"const\": 1}}, \"required\": [\"b\"]}]}",
	 "{\"t\": 1, \"b\": 0}", "{\"t\": 1, \"a\": 0, \"b\": 0}"},
	{"{\"anyOf\": [{\"properties\": {\"t\": {\"const\": \"a\"}}, \"required\": [\"a\"]}, "
	 "{\"properties\": {\"t\": {\"const\": \"b\"}}}]}",
	 "{\"t\": \"b\"}", "{\"t\": \"a\"}"},
	{"{\"not\": {\"type\": \"integer\"}}", "\"a\"", "1"},
	{"{\"if\": {\"type\": \"integer\"}, \"then\": {\"minimum\": 2}, \"else\": {\"type\": \"string\"}}", "3", "1"},
	{"{\"if\": {\"type\": \"integer\"}, \"then\": {\"minimum\": 2}, \"else\": {\"type\": \"string\"}}", "\"a\"", "null"},
	{"{\"$defs\": {\"n\": {\"type\": \"integer\"}}, \"items\": {\"$ref\": \"#/$defs/n\"}}", "[1]", "[\"a\"]"},
	{"{\"$defs\": {\"n\": {\"$anchor\": \"num\", \"type\": \"number\"}}, \"$ref\": \"#num\"}", "1.5", "\"a\""},
	{"{\"properties\": {\"a\": true}, \"allOf\": [{\"properties\": {\"b\": true}}], \"unevaluatedProperties\": false}", "{\"a\": 1, \"b\": 2}", "{\"a\": 1, \"c\": 3}"},
	{"{\"prefixItems\": [true], \"anyOf\": [{\"contains\": {\"const\": 5}}], \"unevaluatedItems\": false}", "[1, 5, 5]", "[1, 5, 6]"},
	{"{\"format\": \"date\"}", "\"not a date\"", NULL}, /* annotation only by default */
	{"false", NULL, "null"},
	{"true", "{\"any\": [\"thing\"]}", NULL},
};

static void test_keywords(void **state)
{
	for (size_t i = 0; i < sizeof keyword_cases / sizeof keyword_cases[0]; i++) {
		const struct kcase *k = &keyword_cases[i];
		struct artex_schema *s = compile(k->schema);
		if (k->valid && !check(s, k->valid))
			fail_msg("%s should accept %s", k->schema, k->valid);
		if (k->invalid && check(s, k->invalid))
			fail_msg("%s should reject %s", k->schema, k->invalid);
		artex_schema_free(s);
	}
}

static void test_format_assertion(void **state)
{
	struct artex_schema_opts opts = ARTEX_SCHEMA_OPTS_INIT;
	opts.assert_format = 1;
	static const struct {
		const char *format, *good, *bad;
	} cases[] = {
		{"date", "2024-02-29", "2023-02-29"},
		{"time", "23:59:60Z", "12:00:60Z"},
		{"date-time", "2024-01-01T10:00:00+02:00", "2024-01-01 10:00:00"},
		{"duration", "P1Y2M3DT4H", "P1Y2D"},
		{"email", "a.b@example.com", "a..b@example.com"},
		{"hostname", "news.example.org", "-bad.example.org"},
		{"ipv4", "192.168.0.1", "192.168.00.1"},
		{"ipv6", "::ffff:192.168.0.1", "1:2:3:4:5:6:7:8:9"},
		{"uri", "https://example.org/a?b#c", "/relative"},
		{"uri-reference", "../a#b", "a b"},
		{"iri", "https://\xc3\xa9xample.org/", "\xc3\xa9"},
		{"uuid", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", "2eb8aa08aa9811eab4aa73b441d16380"},
		{"regex", "^[a-z]+$", "(?i)a"},
		{"json-pointer", "/a~1b/0", "/a~2"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char schema[100], good[100], bad[100];
		snprintf(schema, sizeof schema, "{\"format\": \"%s\"}", cases[i].format);
		snprintf(good, sizeof good, "\"%s\"", cases[i].good);
		snprintf(bad, sizeof bad, "\"%s\"", cases[i].bad);
		struct artex_schema *s = compile_opts(schema, &opts);
		if (!check(s, good))
			fail_msg("format %s should accept %s", cases[i].format, good);
		if (check(s, bad))
			fail_msg("format %s should reject %s", cases[i].format, bad);
		assert_true(check(s, "12")); /* formats ignore other types */
		artex_schema_free(s);
	}
}

static void test_dialects(void **state)
{
	/* draft-04 exclusiveMaximum is a boolean next to maximum */
	struct artex_schema *s = compile("{\"$schema\": \"http://json-schema.org/draft-04/schema#\", "
	                                 "\"maximum\": 3, \"exclusiveMaximum\": true}");
	assert_false(check(s, "3"));
	assert_true(check(s, "2"));
	artex_schema_free(s);
	/* draft-07: by the letter $ref hides its siblings, by default they
	 * apply; items as array + additionalItems */
	const char *beside = "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"definitions\": "
	                     "{\"s\": {\"type\": \"string\"}}, \"properties\": {\"a\": {\"$ref\": "
	                     "\"#/definitions/s\", \"maxLength\": 1}}, \"items\": [true], "
	                     "\"additionalItems\": false}";
	struct artex_schema_opts opts = ARTEX_SCHEMA_OPTS_INIT;
	opts.spec_strict = 1;
	s = compile_opts(beside, &opts);
	assert_true(check(s, "{\"a\": \"long\"}"));
	assert_false(check(s, "{\"a\": 1}"));
	assert_int_equal(artex_schema_notes(s)->count, 0);
	artex_schema_free(s);
	s = compile(beside);
	assert_false(check(s, "{\"a\": \"long\"}"));
	assert_true(check(s, "{\"a\": \"l\"}"));
	assert_false(check(s, "{\"a\": 1}"));
	assert_int_equal(artex_schema_notes(s)->count, 1);
	assert_string_equal(artex_schema_notes(s)->items[0].pointer, "/properties/a/$ref");
	artex_schema_free(s);
	opts.spec_strict = 0;
	opts.dialect = ARTEX_DIALECT_DRAFT7;
	s = compile_opts("{\"items\": [true], \"additionalItems\": false}", &opts);
	assert_false(check(s, "[1, 2]"));
	artex_schema_free(s);
	/* the same schema is no 2020-12 schema: items takes one schema there */
	struct artex_error err;
	s = NULL;
	const char *tuple = "{\"items\": [true], \"additionalItems\": false}";
	assert_int_equal(artex_schema_new(&s, tuple, strlen(tuple), NULL, NULL, &err), ARTEX_ESCHEMA);
	assert_null(s);
	/* $dynamicRef follows the dynamic scope */
	s = compile("{\"$id\": \"https://e.org/root\", \"$ref\": \"list\", \"$defs\": {"
	            "\"item\": {\"$dynamicAnchor\": \"item\", \"type\": \"integer\"},"
	            "\"list\": {\"$id\": \"list\", \"type\": \"array\", \"items\": {\"$dynamicRef\": \"#item\"},"
	            "\"$defs\": {\"item\": {\"$dynamicAnchor\": \"item\"}}}}}");
	assert_true(check(s, "[1, 2]"));
	assert_false(check(s, "[\"a\"]"));
	artex_schema_free(s);
}

static void test_bad_schemas(void **state)
{
	static const char *const bad[] = {
		"{\"$ref\": \"#/$defs/missing\"}",
		"{\"$ref\": \"https://example.org/not-mapped.json\"}",
		"{\"pattern\": \"(\"}",
		"{\"type\": \"text\"}",
		"{\"minLength\": -1}",
		"{\"$schema\": \"https://example.org/unknown-meta\"}",
		"[1]",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct artex_schema *s = NULL;
		struct artex_error err;
		memset(&err, 0, sizeof err);
		int rc = artex_schema_new(&s, bad[i], strlen(bad[i]), NULL, NULL, &err);
		if (rc >= 0)
			fail_msg("%s compiled", bad[i]);
		assert_null(s);
		assert_true(err.message[0] != '\0');
		assert_true(err.msg_id != 0);
	}
}

static void test_ref_map_and_files(void **state)
{
	char dir[] = "/tmp/artex-val-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[300];
	snprintf(path, sizeof path, "%s/name.json", dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("{\"$defs\": {\"n\": {\"type\": \"string\", \"maxLength\": 3}}}", f);
	fclose(f);
	/* a URL mapped to the folder */
	char map[400];
	snprintf(map, sizeof map, "http://localhost:1234/=%s/", dir);
	const char *maps[] = {map};
	struct artex_schema_opts opts = ARTEX_SCHEMA_OPTS_INIT;
	opts.ref_map = maps;
	opts.ref_map_len = 1;
	struct artex_schema *s =
		compile_opts("{\"$ref\": \"http://localhost:1234/name.json#/$defs/n\"}", &opts);
	assert_true(check(s, "\"abc\""));
	assert_false(check(s, "\"abcd\""));
	artex_schema_free(s);
	/* a relative reference from a schema file to its sibling */
	char main_path[300];
	snprintf(main_path, sizeof main_path, "%s/main.json", dir);
	f = fopen(main_path, "w");
	assert_non_null(f);
	fputs("{\"properties\": {\"n\": {\"$ref\": \"name.json#/$defs/n\"}}}", f);
	fclose(f);
	struct artex_error err;
	s = NULL;
	assert_int_equal(artex_schema_new_file(&s, main_path, NULL, &err), 0);
	assert_false(check(s, "{\"n\": 5}"));
	artex_schema_free(s);
	unlink(path);
	unlink(main_path);
	rmdir(dir);
}

/* Runs a validation through the public API and returns its errors. */
static int validate_text(struct artex_error_list *out, const char *schema, const char *inst,
                         const char *name)
{
	struct artex_schema *s = compile(schema);
	struct artex_error err;
	memset(&err, 0, sizeof err);
	int rc = artex_schema_validate(out, s, inst, strlen(inst), name, &err);
	artex_schema_free(s);
	return rc;
}

static const char loc_schema[] =
	"{\"type\": \"object\", \"required\": [\"headline\", \"byline\"],"
	" \"additionalProperties\": false,"
	" \"properties\": {\"headline\": {\"type\": \"string\"}, \"byline\": true,"
	" \"quotes\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/q\"}}},"
	" \"$defs\": {\"q\": {\"properties\": {\"start\": {\"minimum\": 0}}}}}";

static void test_messages_json(void **state)
{
	const char *inst = "{\n  \"headline\": 12,\n  \"quotes\": [\n    {\"start\": 1},\n"
	                   "    {\"start\": -5}\n  ],\n  \"foo\": true\n}\n";
	struct artex_error_list l = {0};
	assert_int_equal(validate_text(&l, loc_schema, inst, "a.json"), ARTEX_EINVALID);
	assert_int_equal(l.count, 4);
	/* in schema order: type, required, items, additionalProperties */
	int seen = 0;
	for (size_t i = 0; i < l.count; i++) {
		const struct artex_error *e = &l.items[i];
		assert_string_equal(e->file, "a.json");
		if (strcmp(e->pointer, "/headline") == 0) {
			assert_string_equal(e->message, "expected type string, got integer");
			assert_string_equal(e->keyword, "/properties/headline/type");
			assert_int_equal(e->line, 2);
			assert_int_equal(e->column, 15);
			assert_int_equal(e->msg_id, 60);
			seen |= 1;
		} else if (strcmp(e->pointer, "") == 0) {
			assert_string_equal(e->message, "missing required property \"byline\"");
			assert_string_equal(e->keyword, "/required");
			assert_int_equal(e->line, 1);
			assert_int_equal(e->column, 1);
			seen |= 2;
		} else if (strcmp(e->pointer, "/quotes/1/start") == 0) {
			assert_string_equal(e->message, "value -5 is less than the minimum of 0");
			assert_string_equal(e->keyword, "/properties/quotes/items/$ref/properties/start/minimum");
			assert_int_equal(e->line, 5);
			assert_int_equal(e->column, 15);
			seen |= 4;
		} else if (strcmp(e->pointer, "/foo") == 0) {
			assert_string_equal(e->message, "additional property \"foo\" is not allowed");
			assert_string_equal(e->keyword, "/additionalProperties");
			/* at the key that is not allowed, not its value */
			assert_int_equal(e->line, 7);
			assert_int_equal(e->column, 3);
			seen |= 8;
		}
	}
	assert_int_equal(seen, 15);
	artex_error_list_dispose(&l);
}

static void test_messages_yaml(void **state)
{
	const char *inst = "headline: 12\nquotes:\n  - start: 1\n  - start: -5\nfoo: true\n";
	struct artex_error_list l = {0};
	assert_int_equal(validate_text(&l, loc_schema, inst, "a.yaml"), ARTEX_EINVALID);
	assert_int_equal(l.count, 4);
	int seen = 0;
	for (size_t i = 0; i < l.count; i++) {
		const struct artex_error *e = &l.items[i];
		assert_string_equal(e->file, "a.yaml");
		if (strcmp(e->pointer, "/headline") == 0) {
			assert_int_equal(e->line, 1);
			assert_int_equal(e->column, 11);
			seen |= 1;
		} else if (strcmp(e->pointer, "/quotes/1/start") == 0) {
			assert_int_equal(e->line, 4);
			assert_int_equal(e->column, 12);
			seen |= 2;
		} else if (strcmp(e->pointer, "/foo") == 0) {
			assert_int_equal(e->line, 5);
			assert_int_equal(e->column, 1);
			seen |= 4;
		}
	}
	assert_int_equal(seen, 7);
	artex_error_list_dispose(&l);
}

static void test_more_messages(void **state)
{
	static const struct {
		const char *schema, *inst, *message, *keyword;
	} cases[] = {
		{"{\"enum\": [\"a\", \"b\"]}", "\"c\"", "value \"c\" is not one of [\"a\",\"b\"]", "/enum"},
		{"{\"minLength\": 3}", "\"ab\"", "string has 2 characters, fewer than the minimum of 3", "/minLength"},
		{"{\"pattern\": \"^a\"}", "\"b\"", "string does not match pattern \"^a\"", "/pattern"},
		{"{\"multipleOf\": 0.5}", "0.7", "value 0.7 is not a multiple of 0.5", "/multipleOf"},
		{"{\"uniqueItems\": true}", "[1, 2, 1.0]", "items 0 and 2 are equal, but items must be unique", "/uniqueItems"},
		{"{\"oneOf\": [true, true]}", "1", "value matches alternatives 0 and 1 of oneOf, but must match exactly one", "/oneOf"},
		{"{\"oneOf\": [{\"properties\": {\"t\": {\"const\": 1}}}, {\"properties\": {\"t\": {\"const\": 2}}}, "
		 "{\"properties\": {\"t\": {\"const\": 2}}}]}", "{\"t\": 2}",
		 "value matches alternatives 1 and 2 of oneOf, but must match exactly one", "/oneOf"},
		{"{\"type\": [\"string\", \"null\"]}", "1.5", "expected type null or string, got number", "/type"},
		{"{\"dependentRequired\": {\"a\": [\"b\"]}}", "{\"a\": 1}", "property \"a\" requires property \"b\"", "/dependentRequired/a"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct artex_error_list l = {0};
		assert_int_equal(validate_text(&l, cases[i].schema, cases[i].inst, "x.json"),
		                 ARTEX_EINVALID);
		assert_int_equal(l.count, 1);
		assert_string_equal(l.items[0].message, cases[i].message);
		assert_string_equal(l.items[0].keyword, cases[i].keyword);
		artex_error_list_dispose(&l);
	}
}

static void test_parse_errors(void **state)
{
	struct artex_schema *s = compile("true");
	struct artex_error_list l = {0};
	struct artex_error err;
	memset(&err, 0, sizeof err);
	assert_int_equal(artex_schema_validate(&l, s, "{\"a\": }", 7, "b.json", &err), ARTEX_EPARSE);
	assert_int_equal(err.line, 1);
	assert_string_equal(err.file, "b.json");
	memset(&err, 0, sizeof err);
	assert_int_equal(artex_schema_validate(&l, s, "a: [1\n", 6, "b.yaml", &err), ARTEX_EPARSE);
	assert_true(err.line >= 1);
	assert_int_equal(l.count, 0);
	artex_schema_free(s);
}


/* Strings are read in runs of plain bytes, UTF-8-checked a run at a time:
 * decoded text and error columns must be those of a byte-by-byte reading. */
static void test_string_runs(void **state)
{
	static const struct {
		const char *text;
		const char *value; /* decoded, or the parse error at column `col` */
		int col;
	} cases[] = {
		{"\"plain ascii\"", "plain ascii", -1},
		{"\"\xd0\x9f\xd1\x80\xd0\xb8 \xe2\x80\x9cq\xe2\x80\x9d\"", "\xd0\x9f\xd1\x80\xd0\xb8 \xe2\x80\x9cq\xe2\x80\x9d", -1},
		{"\"\xd0\x9f\\n\xd1\x80\\\"x\\u00e9\\ud83d\\ude00\xf0\x9f\x98\x80\\\\\"",
		 "\xd0\x9f\n\xd1\x80\"x\xc3\xa9\xf0\x9f\x98\x80\xf0\x9f\x98\x80\\", -1},
		{"\"\\t\"", "\t", -1},
		{"\"ab\xc3\"", "invalid UTF-8 in string", 4},           /* lead byte cut by the quote */
		{"\"ab\x80z\"", "invalid UTF-8 in string", 4},          /* lone continuation byte */
		{"\"a\\nb\xe0\x80\x80\"", "invalid UTF-8 in string", 6},  /* overlong, after an escape */
		{"\"a\\nb\xed\xa0\x80\"", "invalid UTF-8 in string", 6},  /* surrogate, after an escape */
		{"\"\xd0\x9f\xf4\x90\x80\x80\"", "invalid UTF-8 in string", 3}, /* above U+10FFFF */
		{"\"\xd0\x9f\x01\"", "control character in string", 3},     /* control after UTF-8 */
		{"\"\xc3\xa9\\q\"", "invalid escape in string", 3},      /* bad escape after UTF-8 */
		{"\"\xc3\xa9\\n\xc3", "invalid UTF-8 in string", 5},    /* lead byte at the end of input */
		{"\"\xc3\xa9\\nabc", "unterminated string", 8},     /* unterminated */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		json_t *v = NULL;
		struct artex_error err;
		memset(&err, 0, sizeof err);
		const char *t = cases[i].text;
		int rc = artex__json_load_exact(&v, t, strlen(t), "s.json", &err);
		if (cases[i].col < 0) {
			assert_int_equal(rc, 0);
			assert_true(json_is_string(v));
			assert_int_equal(json_string_length(v), strlen(cases[i].value));
			assert_memory_equal(json_string_value(v), cases[i].value, strlen(cases[i].value));
			json_decref(v);
		} else {
			assert_int_equal(rc, ARTEX_EPARSE);
			assert_null(v);
			assert_int_equal(err.line, 1);
			assert_int_equal(err.column, cases[i].col);
			assert_string_equal(err.message, cases[i].value);
		}
	}
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void test_hostile_schemas(void **state)
{
	/* reference cycles that never consume the instance end with an error */
	static const char *const cycles[] = {
		"{\"$ref\": \"#\"}",
		"{\"$defs\": {\"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"allOf\": [{\"$ref\": \"#/$defs/a\"}]}}, \"$ref\": \"#/$defs/a\"}",
		"{\"not\": {\"$ref\": \"#\"}}",
		"{\"anyOf\": [{\"$ref\": \"#\"}]}",
	};
	for (size_t i = 0; i < sizeof cycles / sizeof cycles[0]; i++) {
		struct artex_schema *s = compile(cycles[i]);
		assert_false(check(s, "1"));
		struct artex_error_list l = {0};
		json_t *one = json_integer(1);
		assert_int_equal(artex__schema_validate_json(s, one, &l, 0), ARTEX_EINVALID);
		assert_int_equal(l.items[l.count - 1].msg_id, 78);
		json_decref(one);
		artex_error_list_dispose(&l);
		artex_schema_free(s);
	}
	/* 10,000-deep nesting: refused cleanly, never a stack overflow */
	struct artex_buf b = ARTEX_BUF_INIT;
	for (int i = 0; i < 10000; i++)
		artex_buf_puts(&b, "{\"not\":");
	artex_buf_puts(&b, "true");
	for (int i = 0; i < 10000; i++)
		artex_buf_putc(&b, '}');
	struct artex_schema *s = NULL;
	struct artex_error err;
	memset(&err, 0, sizeof err);
	assert_true(artex_schema_new(&s, b.data, b.len, NULL, NULL, &err) < 0);
	assert_null(s);
	artex_buf_dispose(&b);
	/* 900 levels are within every limit and work */
	for (int i = 0; i < 900; i++)
		artex_buf_puts(&b, "{\"items\":");
	artex_buf_puts(&b, "{\"type\":\"integer\"}");
	for (int i = 0; i < 900; i++)
		artex_buf_putc(&b, '}');
	assert_int_equal(artex_schema_new(&s, b.data, b.len, NULL, NULL, &err), 0);
	artex_buf_dispose(&b);
	for (int i = 0; i < 900; i++)
		artex_buf_putc(&b, '[');
	artex_buf_puts(&b, "\"x\"");
	for (int i = 0; i < 900; i++)
		artex_buf_putc(&b, ']');
	assert_false(check(s, b.data));
	artex_buf_dispose(&b);
	artex_schema_free(s);
	/* catastrophic backtracking stops at the match limit, quickly */
	s = compile("{\"pattern\": \"^(a+)+$\"}");
	for (int i = 0; i < 40; i++)
		artex_buf_putc(&b, 'a');
	artex_buf_puts(&b, "!");
	json_t *str = json_string(b.data);
	double t0 = now();
	struct artex_error_list l = {0};
	int rc = artex__schema_validate_json(s, str, &l, 0);
	assert_true(now() - t0 < 5.0);
	assert_int_equal(rc, ARTEX_EINVALID);
	assert_int_equal(l.items[0].msg_id, 73);
	artex_error_list_dispose(&l);
	json_decref(str);
	artex_buf_dispose(&b);
	artex_schema_free(s);
}

static void test_hostile_instances(void **state)
{
	struct artex_schema *s = compile("{\"items\": {\"$ref\": \"#\"}, \"uniqueItems\": true, "
	                                 "\"properties\": {\"a\": {\"$ref\": \"#\"}}}");
	/* deep instance: the parser refuses it, with a location */
	struct artex_buf b = ARTEX_BUF_INIT;
	for (int i = 0; i < 10000; i++)
		artex_buf_putc(&b, '[');
	for (int i = 0; i < 10000; i++)
		artex_buf_putc(&b, ']');
	struct artex_error_list l = {0};
	struct artex_error err;
	memset(&err, 0, sizeof err);
	assert_int_equal(artex_schema_validate(&l, s, b.data, b.len, "deep.json", &err), ARTEX_EPARSE);
	artex_buf_clear(&b);
	/* as deep as jansson reads, validated through 2000 recursive references */
	for (int i = 0; i < 2000; i++)
		artex_buf_puts(&b, "{\"a\":");
	artex_buf_puts(&b, "1");
	for (int i = 0; i < 2000; i++)
		artex_buf_putc(&b, '}');
	assert_true(check(s, b.data));
	artex_buf_clear(&b);
	/* 20,000 equal items: uniqueItems reports, in reasonable time */
	artex_buf_putc(&b, '[');
	for (int i = 0; i < 20000; i++)
		artex_buf_printf(&b, "%s%d", i ? "," : "", i == 19999 ? 0 : i);
	artex_buf_putc(&b, ']');
	double t0 = now();
	assert_false(check(s, b.data));
	assert_true(now() - t0 < 10.0);
	artex_buf_dispose(&b);
	/* integers beyond 2^63 read as numbers, not as errors */
	struct artex_schema *big = compile("{\"type\": \"integer\", \"minimum\": 1e19}");
	assert_true(check(big, "123456789012345678901234567890"));
	assert_false(check(big, "-123456789012345678901234567890"));
	artex_schema_free(big);
	artex_schema_free(s);
}

struct thread_arg {
	const struct artex_schema *s;
	int failures;
};

static void *hammer(void *p)
{
	struct thread_arg *a = p;
	const char *good = "{\"headline\": \"h\", \"byline\": 1, \"quotes\": [{\"start\": 1}]}";
	const char *bad = "{\"headline\": 1, \"quotes\": [{\"start\": -1}], \"x\": 1}";
	for (int i = 0; i < 2000; i++) {
		struct artex_error_list l = {0};
		struct artex_error err;
		const char *t = i % 2 ? bad : good;
		int rc = artex_schema_validate(&l, a->s, t, strlen(t), "t.json", &err);
		if ((i % 2 ? ARTEX_EINVALID : 0) != rc || (i % 2 && l.count != 4))
			a->failures++;
		artex_error_list_dispose(&l);
		json_t *inst = json_loads(t, 0, NULL);
		struct artex_error first;
		rc = artex__bundled_validate_json("meta/draft2020-12/schema.json", inst, &first);
		json_decref(inst);
		if (rc != 0)
			a->failures++; /* any JSON object is a valid 2020-12 schema */
	}
	return NULL;
}

static void test_threads(void **state)
{
	struct artex_schema *s = compile(loc_schema);
	pthread_t th[4];
	struct thread_arg args[4];
	for (int i = 0; i < 4; i++) {
		args[i].s = s;
		args[i].failures = 0;
		assert_int_equal(pthread_create(&th[i], NULL, hammer, &args[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		assert_int_equal(args[i].failures, 0);
	}
	artex_schema_free(s);
}

static void test_bundled(void **state)
{
	json_t *bad = json_pack("{s:i}", "type", 5);
	struct artex_error first;
	memset(&first, 0, sizeof first);
	assert_int_equal(artex__bundled_validate_json("meta/draft-07/schema.json", bad, &first),
	                 ARTEX_EINVALID);
	assert_string_equal(first.pointer, "/type");
	assert_true(first.message[0] != '\0');
	assert_int_equal(artex__bundled_validate_json("no-such.schema.json", bad, &first), ARTEX_EUSAGE);
	json_decref(bad);
	artex__bundled_release();
}

static void test_schema_check(void **state)
{
	struct artex_error_list l = {0};
	struct artex_error err;
	const char *good = "{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"type\": \"string\"}";
	assert_int_equal(artex_schema_check(&l, good, strlen(good), "s.json", NULL, &err), 0);
	const char *bad = "{\n  \"type\": \"string\",\n  \"minLength\": -1\n}";
	assert_int_equal(artex_schema_check(&l, bad, strlen(bad), "s.json", NULL, &err),
	                 ARTEX_EINVALID);
	assert_true(l.count >= 1);
	assert_string_equal(l.items[0].pointer, "/minLength");
	assert_int_equal(l.items[0].line, 3);
	artex_error_list_dispose(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keywords),
		cmocka_unit_test(test_format_assertion),
		cmocka_unit_test(test_dialects),
		cmocka_unit_test(test_bad_schemas),
		cmocka_unit_test(test_ref_map_and_files),
		cmocka_unit_test(test_messages_json),
		cmocka_unit_test(test_messages_yaml),
		cmocka_unit_test(test_more_messages),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_string_runs),
		cmocka_unit_test(test_hostile_schemas),
		cmocka_unit_test(test_hostile_instances),
		cmocka_unit_test(test_threads),
		cmocka_unit_test(test_bundled),
		cmocka_unit_test(test_schema_check),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
