/* The model check: every invariant it promises, each shown to hold and to
 * catch its violation. */
#include "common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artex.h"
#include "model/model.h"
#include "util/date.h"
#include "util/messages.h"

/* Headline and body hold astral-plane characters before the quoted words,
 * so code point, UTF-16 and byte offsets all differ. */
static const char *const article_text =
	"date 2025-03-04 World\n\n"
	"\xF0\x9F\x98\x80 Jane Doe: rain is good\n\n"
	"First \xF0\x9D\x94\x98 paragraph. \"Rain is good,\" said Jane Doe.\n\n"
	"Second paragraph.\n";

static struct artex_article *make_article(void)
{
	struct artex_article *art;
	struct artex_error err;
	assert_int_equal(artex_article_read(&art, article_text, strlen(article_text), "text",
	                                    "model-test.txt", &err),
	                 0);
	return art;
}

static struct artex_quote *add_quote(struct artex_article *art, const char *id, const char *text,
                                     size_t start, size_t end)
{
	struct artex_quote *q = artex__article_add_quote(art);
	q->id = id;
	q->text = text;
	q->kind = ARTEX_QUOTE_DIRECT;
	q->confidence = 0.5;
	q->span = (struct artex_span){ARTEX_FIELD_BODY, start, end};
	return q;
}

static void expect_invalid(struct artex_article *art, int msg_id, const char *pointer)
{
	struct artex_error err;
	assert_int_equal(artex_article_check(art, &err), ARTEX_EINVALID);
	assert_int_equal(err.msg_id, msg_id);
	if (pointer)
		assert_string_equal(err.pointer, pointer);
	artex_article_free(art);
}

static void test_text_article_passes(void **state)
{
	struct artex_article *art = make_article();
	assert_string_equal(artex_article_date_published(art), "2025-03-04");
	assert_string_equal(artex_article_section(art), "World");
	assert_int_equal(artex_article_paragraph_count(art), 2);
	assert_string_equal(artex_article_language(art), "en");
	artex_article_free(art);
}

static void test_span_counts_code_points(void **state)
{
	struct artex_article *art = make_article();
	/* "First 𝔘 paragraph. \"" is 20 code points but 23 bytes. */
	add_quote(art, "q1", "Rain is good,", 20, 33);
	struct artex_error err;
	assert_int_equal(artex_article_check(art, &err), 0);
	artex_article_free(art);

	art = make_article();
	add_quote(art, "q1", "Rain is good,", 23, 36); /* byte offsets: wrong */
	expect_invalid(art, ARTEX_MSG_MODEL_SPAN_TEXT, "/quotes/0/span");
}

static void test_headline_span(void **state)
{
	struct artex_article *art = make_article();
	struct artex_claim *c = artex__article_add_claim(art);
	c->id = "c1";
	c->text = "rain is good";
	c->kind = ARTEX_CLAIM_HEADLINE;
	c->confidence = 1;
	c->span = (struct artex_span){ARTEX_FIELD_HEADLINE, 12, 24};
	struct artex_error err;
	assert_int_equal(artex_article_check(art, &err), 0);
	c->span.end = 99;
	expect_invalid(art, ARTEX_MSG_MODEL_SPAN_BOUNDS, "/claims/0/span");
}

static void test_overlapping_quotes(void **state)
{
	struct artex_article *art = make_article();
	add_quote(art, "q1", "Rain is good,", 20, 33);
	add_quote(art, "q2", "is good", 25, 32);
	expect_invalid(art, ARTEX_MSG_MODEL_QUOTE_OVERLAP, "/quotes/1/span");

	/* Touching spans do not overlap. */
	art = make_article();
	add_quote(art, "q1", "Rain", 20, 24);
	add_quote(art, "q2", " is good,", 24, 33);
	struct artex_error err;
	assert_int_equal(artex_article_check(art, &err), 0);
	artex_article_free(art);
}

static void test_duplicate_ids(void **state)
{
	struct artex_article *art = make_article();
	struct artex_person *p = artex__article_add_person(art);
	p->id = "x1";
	p->name = "Jane Doe";
	add_quote(art, "x1", "Rain", 20, 24);
	/* The later record is blamed, in the order the model is written. */
	expect_invalid(art, ARTEX_MSG_MODEL_DUPLICATE_ID, "/quotes/0/id");
}

static void test_dangling_references(void **state)
{
	struct artex_article *art = make_article();
	add_quote(art, "q1", "Rain", 20, 24)->speaker = "p9";
	expect_invalid(art, ARTEX_MSG_MODEL_DANGLING_REF, "/quotes/0/speaker");

	art = make_article();
	struct artex_person *p = artex__article_add_person(art);
	p->id = "p1";
	p->name = "Jane Doe";
	p->affiliation = "o1";
	expect_invalid(art, ARTEX_MSG_MODEL_DANGLING_REF, "/persons/0/affiliation");

	art = make_article();
	struct artex_claim *c = artex__article_add_claim(art);
	c->id = "c1";
	c->text = "x";
	c->quote = "q7";
	c->confidence = 1;
	expect_invalid(art, ARTEX_MSG_MODEL_DANGLING_REF, "/claims/0/quote");

	/* A speaker may be an organisation. */
	art = make_article();
	struct artex_org *o = artex__article_add_org(art);
	o->id = "o1";
	o->name = "Acme";
	add_quote(art, "q1", "Rain", 20, 24)->speaker = "o1";
	struct artex_error err;
	assert_int_equal(artex_article_check(art, &err), 0);
	artex_article_free(art);
}

static void test_confidence_range(void **state)
{
	struct artex_article *art = make_article();
	add_quote(art, "q1", "Rain", 20, 24)->confidence = 1.5;
	expect_invalid(art, ARTEX_MSG_MODEL_BAD_VALUE, "/quotes/0/confidence");
	art = make_article();
	add_quote(art, "q1", "Rain", 20, 24)->confidence = NAN;
	expect_invalid(art, ARTEX_MSG_MODEL_BAD_VALUE, "/quotes/0/confidence");
}

static void test_text_must_be_nfc(void **state)
{
	struct artex_article *art = make_article();
	/* "e" + COMBINING ACUTE is NFD; NFC is U+00E9. */
	art->section = "Caf" "e\xCC\x81";
	expect_invalid(art, ARTEX_MSG_MODEL_NOT_NFC, "/section");
}

static void test_single_line_and_controls(void **state)
{
	struct artex_article *art = make_article();
	art->headline = "two\nlines";
	expect_invalid(art, ARTEX_MSG_MODEL_BAD_VALUE, "/headline");
	art = make_article();
	art->keywords.items = (const char *[]){"bell\a"};
	art->keywords.count = 1;
	expect_invalid(art, ARTEX_MSG_TEXT_CONTROL, "/keywords/0");
}

static void test_kind_matches_field(void **state)
{
	struct artex_article *art = make_article();
	add_quote(art, "q1", "Rain", 20, 24)->kind = ARTEX_QUOTE_HEADLINE;
	expect_invalid(art, ARTEX_MSG_MODEL_BAD_VALUE, "/quotes/0/span");
}

static void test_value_forms(void **state)
{
	assert_true(artex__valid_date("2024-02-29"));
	assert_false(artex__valid_date("2023-02-29"));
	assert_false(artex__valid_date("1900-02-29"));
	assert_true(artex__valid_date("2000-02-29"));
	assert_false(artex__valid_date("2025-13-01"));
	assert_false(artex__valid_date("2025-04-31"));
	assert_true(artex__valid_date("2025-08-21T10:30:00+03:00"));
	assert_true(artex__valid_date("2025-08-21T10:30Z"));
	assert_false(artex__valid_date("2025-08-21T24:00"));
	assert_false(artex__valid_date("2025-08-21 10:30"));
	assert_true(artex__valid_date("2025-08-21T10:30:00+14:00"));
	assert_false(artex__valid_date("2025-08-21T10:30:00+14:01"));
	assert_false(artex__valid_date("2025-06-02T08:00:00+20:00"));
	assert_false(artex__valid_date("2025-8-21"));
	assert_true(artex__valid_language("ru"));
	assert_true(artex__valid_language("en-GB"));
	assert_true(artex__valid_language("und"));
	assert_false(artex__valid_language("EN"));
	assert_false(artex__valid_language("e"));
	assert_false(artex__valid_language("en-"));
	assert_true(artex__valid_id("p1"));
	assert_true(artex__valid_id("_x.y-z"));
	assert_false(artex__valid_id("1p"));
	assert_false(artex__valid_id("p 1"));
	assert_false(artex__valid_id(""));
	assert_false(artex__valid_id("\xD0\x9F")); /* NCName allows it; artex ids are ASCII */
	assert_true(artex__valid_iri("https://example.org/a?b=c#d"));
	assert_true(artex__valid_iri("urn:isbn:0451450523"));
	assert_true(artex__valid_iri("https://ru.wikipedia.org/wiki/\xD0\x9F"));
	assert_false(artex__valid_iri("hts/p/:example.com")); /* no scheme */
	assert_false(artex__valid_iri("https://a b"));
	assert_false(artex__valid_iri("https://a\xC2\xA0" "b")); /* no-break space */
	assert_false(artex__valid_iri("https://a<b>"));
	assert_false(artex__valid_iri("mailto:"));
	assert_false(artex__valid_iri("https://://example.com/a"));
	assert_false(artex__valid_iri("https://example.org:ss/a")); /* port not a number */
}

static void test_many_quotes_scale(void **state)
{
	/* 10,000 one-letter quotes: the check must stay near linear. */
	size_t n = 10000;
	char *text = malloc(n * 2 + 64);
	strcpy(text, "date 2025-01-01\n\nH\n\n");
	size_t off = strlen(text);
	for (size_t i = 0; i < n; i++) {
		text[off++] = 'a';
		text[off++] = ' ';
	}
	text[off] = '\0';
	struct artex_article *art;
	struct artex_error err;
	assert_int_equal(artex_article_read(&art, text, off, "text", "many.txt", &err), 0);
	for (size_t i = 0; i < n; i++) {
		char id[16];
		snprintf(id, sizeof id, "q%zu", i);
		add_quote(art, artex__article_str(art, id), "a", 2 * i, 2 * i + 1);
	}
	assert_int_equal(artex_article_check(art, &err), 0);
	artex_article_free(art);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_article_passes),
		cmocka_unit_test(test_span_counts_code_points),
		cmocka_unit_test(test_headline_span),
		cmocka_unit_test(test_overlapping_quotes),
		cmocka_unit_test(test_duplicate_ids),
		cmocka_unit_test(test_dangling_references),
		cmocka_unit_test(test_confidence_range),
		cmocka_unit_test(test_text_must_be_nfc),
		cmocka_unit_test(test_single_line_and_controls),
		cmocka_unit_test(test_kind_matches_field),
		cmocka_unit_test(test_value_forms),
		cmocka_unit_test(test_many_quotes_scale),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
