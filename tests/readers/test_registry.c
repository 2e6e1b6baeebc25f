/* The reader registry and the readers' error placement, reached without
 * the model check in front of them. */
#include "common.h"

#include <string.h>

#include "artex.h"
#include "readers/reader.h"

/* Callers may pass no error struct; the status must still say what kind of
 * failure it was. */
static void test_unknown_format_without_err_is_usage(void **state)
{
	(void)state;
	struct artex_article *art = (struct artex_article *)&art;
	const char *t = "Headline\n\nBody.\n";
	assert_int_equal(artex_article_read(&art, t, strlen(t), "no-such-format", "x", NULL),
	                 ARTEX_EUSAGE);
	assert_null(art);
	struct artex_error err;
	assert_int_equal(artex_article_read(&art, t, strlen(t), "no-such-format", "x", &err),
	                 ARTEX_EUSAGE);
	assert_int_equal(err.code, ARTEX_EUSAGE);
}

/* A pointer to a span of a quote or claim the document does not have finds
 * the article instead of reading past the reader's tables. */
static void test_jsonld_locate_span_past_the_end(void **state)
{
	(void)state;
	const char *doc = "{\n  \"@context\": \"https://schema.org\",\n"
	                  "  \"@type\": \"NewsArticle\",\n  \"headline\": \"H\",\n"
	                  "  \"articleBody\": \"Body.\"\n}\n";
	const char *ptrs[] = {"/quotes/0/span", "/claims/0/span", "/quotes/7/span/start",
	                      "/claims/18446744073709551615/span"};
	for (size_t i = 0; i < sizeof ptrs / sizeof ptrs[0]; i++) {
		int line = 0, column = 0;
		assert_int_equal(artex__reader_jsonld.locate(doc, strlen(doc), ptrs[i], &line, &column),
		                 0);
		assert_int_equal(line, 1);
		assert_int_equal(column, 1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unknown_format_without_err_is_usage),
		cmocka_unit_test(test_jsonld_locate_span_past_the_end),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
