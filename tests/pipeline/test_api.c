/* The public API's contract with host programs: versions, options structs
 * and who frees what. */
#include "common.h"

#include <stdio.h>
#include <string.h>

#include "artex.h"

static const char text[] = "date 2025-08-21 Business\n\nHeadline here\n\nThe body says little.\n";

static void test_version_header_matches_library(void **state)
{
	(void)state;
	char want[64];
	snprintf(want, sizeof want, "%d.%d.%d", ARTEX_VERSION_MAJOR, ARTEX_VERSION_MINOR,
	         ARTEX_VERSION_PATCH);
	assert_string_equal(ARTEX_VERSION_STRING, want);
	assert_string_equal(artex_version(), ARTEX_VERSION_STRING);
	assert_true(ARTEX_VERSION_AT_LEAST(ARTEX_VERSION_MAJOR, ARTEX_VERSION_MINOR, 0));
	assert_false(ARTEX_VERSION_AT_LEAST(ARTEX_VERSION_MAJOR + 1, 0, 0));
}

/* A struct not set up by its _INIT macro (here zeroed) is refused, never
 * read with the wrong layout. */
static void test_options_without_version_are_refused(void **state)
{
	(void)state;
	struct artex_error err;
	struct artex_article *art;
	struct artex_read_opts ro = ARTEX_READ_OPTS_INIT;
	assert_int_equal(artex_article_read_opts(&art, text, strlen(text), "text", "a.txt", &ro, &err),
	                 0);
	memset(&ro, 0, sizeof ro);
	struct artex_article *none = (struct artex_article *)&none;
	assert_int_equal(artex_article_read_opts(&none, text, strlen(text), "text", "a.txt", &ro,
	                                         &err),
	                 ARTEX_EUSAGE);
	assert_null(none);
	assert_non_null(strstr(err.message, "artex_read_opts"));

	struct artex_extract_opts xo = {0};
	assert_int_equal(artex_article_extract(art, &xo, &err), ARTEX_EUSAGE);
	struct artex_export_opts eo = {0};
	char *out = NULL;
	size_t len;
	assert_int_equal(artex_article_export(&out, &len, art, "yaml", &eo, &err), ARTEX_EUSAGE);
	assert_null(out);
	eo = (struct artex_export_opts)ARTEX_EXPORT_OPTS_INIT;
	assert_int_equal(artex_article_export(&out, &len, art, "yaml", &eo, &err), 0);
	artex_free(out);
	artex_article_free(art);

	struct artex_schema_opts so = {0};
	struct artex_schema *schema = NULL;
	assert_int_equal(artex_schema_new(&schema, "{}", 2, NULL, &so, &err), ARTEX_EUSAGE);
	assert_null(schema);

	struct artex_bag_opts bo = {0};
	assert_int_equal(artex_bag_finish("/nonexistent-bag", &bo, &err), ARTEX_EUSAGE);
	assert_non_null(strstr(err.message, "artex_bag_opts"));

	struct artex_input_list inputs = {0};
	struct artex_convert_stats stats;
	struct artex_convert_opts co = ARTEX_CONVERT_OPTS_INIT;
	co.read_opts.version = 0;
	assert_int_equal(artex_convert_batch(&inputs, &co, &stats, &err), ARTEX_EUSAGE);
	assert_non_null(strstr(err.message, "artex_read_opts"));
}

static int cancel_now(void *ctx)
{
	(*(int *)ctx)++;
	return 1;
}

/* A batch asked to stop starts no input and says it was interrupted. */
static void test_cancelled_batch_starts_nothing(void **state)
{
	(void)state;
	struct artex_input_list inputs = {0};
	struct artex_error err;
	const char *dir = fixtures_dir();
	char path[4096];
	snprintf(path, sizeof path, "%s/sample", dir);
	assert_int_equal(artex_input_list_add(&inputs, path, NULL, NULL, NULL, &err), 0);
	assert_true(inputs.count > 0);
	int asked = 0;
	struct artex_convert_opts co = ARTEX_CONVERT_OPTS_INIT;
	co.check_only = 1;
	co.jobs = 1;
	co.cancelled = cancel_now;
	co.ctx = &asked;
	struct artex_convert_stats stats;
	assert_int_equal(artex_convert_batch(&inputs, &co, &stats, &err), 0);
	assert_true(asked > 0);
	assert_int_equal(stats.converted, 0);
	assert_true(stats.interrupted);
	artex_input_list_dispose(&inputs);
}

/* Standard input, named "-", has no file name for the provenance. */
static void test_read_from_stdin_name(void **state)
{
	(void)state;
	static const char input[] = "date 2025-01-02 News\nHeadline\n\nBody text.\n";
	struct artex_article *art = NULL;
	struct artex_error err;
	assert_int_equal(artex_article_read(&art, input, strlen(input), "text", "-", &err), 0);
	artex_article_free(art);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_version_header_matches_library),
		cmocka_unit_test(test_options_without_version_are_refused),
		cmocka_unit_test(test_cancelled_batch_starts_nothing),
		cmocka_unit_test(test_read_from_stdin_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
