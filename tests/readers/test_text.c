/* The plain-text reader: the format's tolerances and its errors. */
#include "common.h"

#include <stdio.h>
#include <string.h>

#include "artex.h"
#include "model/model.h"
#include "util/messages.h"

static struct artex_article *read_ok(const char *text, size_t len)
{
	struct artex_article *art = NULL;
	struct artex_error err;
	if (artex_article_read(&art, text, len, "text", "dir/some.article.txt", &err) != 0)
		fail_msg("%s:%d:%d: %s", err.file, err.line, err.column, err.message);
	return art;
}

static void expect_error(const char *text, size_t len, int msg_id, int line, int col)
{
	struct artex_article *art = NULL;
	struct artex_error err;
	assert_int_equal(artex_article_read(&art, text, len, "text", "bad.txt", &err),
	                 ARTEX_EINVALID);
	assert_null(art);
	assert_int_equal(err.msg_id, msg_id);
	assert_string_equal(err.file, "bad.txt");
	assert_int_equal(err.line, line);
	assert_int_equal(err.column, col);
}

static void test_basic_shape(void **state)
{
	const char *t = "date 2025-08-21 Общество\n\nHeadline here\n\nP one.\n\nP two.\n";
	struct artex_article *art = read_ok(t, strlen(t));
	assert_string_equal(artex_article_id(art), "some");
	assert_string_equal(artex_article_date_published(art), "2025-08-21");
	assert_string_equal(artex_article_section(art), "Общество");
	assert_string_equal(artex_article_headline(art), "Headline here");
	assert_string_equal(artex_article_body(art), "P one.\n\nP two.");
	assert_int_equal(artex_article_quote_count(art), 0);
	artex_article_free(art);
}

static void test_tolerances(void **state)
{
	/* BOM, a leading space on the date line, CRLF, a lone CR, runs of blank
	 * lines, spaces around lines and a paragraph wrapped over lines. */
	const char *t = "\xEF\xBB\xBF date 2025-01-02  Big  Section \r\n\r\n\r\n  Head\r\n line\r\n"
	                "\r\n\r\n\r\nFirst\r\n  wrapped line \r\rSecond\n\n\n";
	struct artex_article *art = read_ok(t, strlen(t));
	assert_string_equal(artex_article_section(art), "Big  Section");
	assert_string_equal(artex_article_headline(art), "Head line");
	assert_string_equal(artex_article_body(art), "First wrapped line\n\nSecond");
	artex_article_free(art);
}

static void test_no_section(void **state)
{
	const char *t = "date 2025-01-02\n\nH\n\nB\n";
	struct artex_article *art = read_ok(t, strlen(t));
	assert_null(artex_article_section(art));
	artex_article_free(art);
}

static void test_nfc_applied(void **state)
{
	const char *t = "date 2025-01-02\n\nCafe\xCC\x81\n\nB\n";
	struct artex_article *art = read_ok(t, strlen(t));
	assert_string_equal(artex_article_headline(art), "Caf\xC3\xA9");
	artex_article_free(art);
}

static void test_language_by_script(void **state)
{
	const char *ru = "date 2025-01-02\n\nЗаголовок статьи\n\nТекст статьи о погоде.\n";
	const char *uk = "date 2025-01-02\n\nЗаголовок\n\nЦе історія про їжу і небо.\n";
	const char *en = "date 2025-01-02\n\nA headline\n\nSome text.\n";
	struct artex_article *art = read_ok(ru, strlen(ru));
	assert_string_equal(artex_article_language(art), "ru");
	artex_article_free(art);
	art = read_ok(uk, strlen(uk));
	assert_string_equal(artex_article_language(art), "uk");
	artex_article_free(art);
	art = read_ok(en, strlen(en));
	assert_string_equal(artex_article_language(art), "en");
	artex_article_free(art);
}

static void test_errors(void **state)
{
	const char *t;
	t = "";
	expect_error(t, 0, ARTEX_MSG_TEXT_DATE_LINE, 1, 1);
	t = "Headline\n\nBody\n";
	expect_error(t, strlen(t), ARTEX_MSG_TEXT_DATE_LINE, 1, 1);
	t = "date 2025-13-40 X\n\nH\n\nB\n";
	expect_error(t, strlen(t), ARTEX_MSG_TEXT_DATE_LINE, 1, 6);
	t = "\n  date 21.08.2025\n\nH\n\nB\n";
	expect_error(t, strlen(t), ARTEX_MSG_TEXT_DATE_LINE, 2, 8);
	t = "date 2025-01-02\n\n";
	expect_error(t, strlen(t), ARTEX_MSG_TEXT_HEADLINE, 3, 1);
	t = "date 2025-01-02\n\nOnly a headline\n";
	expect_error(t, strlen(t), ARTEX_MSG_TEXT_EMPTY_BODY, 4, 1);
	t = "date 2025-01-02\n\nH\n\nBad \xC0\xAF byte\n";
	expect_error(t, strlen(t), ARTEX_MSG_UTF8_INVALID, 5, 5);
	static const char nul[] = "date 2025-01-02\n\nH\n\nNUL \0 inside\n";
	expect_error(nul, sizeof nul - 1, ARTEX_MSG_TEXT_CONTROL, 5, 5);
	t = "date 2025-01-02\n\nH\n\nJoined\xEF\xBB\xBFhere\n";
	expect_error(t, strlen(t), ARTEX_MSG_TEXT_CONTROL, 5, 7);
	t = "date 2025-01-02\n\nH\x1B[31m\n\nB\n";
	expect_error(t, strlen(t), ARTEX_MSG_TEXT_CONTROL, 3, 2);
}

/* The reader skips clean text eight bytes at a time: a control character or
 * a noncharacter is found wherever it falls in a long line, and Cyrillic
 * text with 0xBF/0xBE bytes (as in "п", "о") is not taken for one. */
static void test_control_at_every_offset(void **state)
{
	static const char *const bad[] = {"\x01", "\x1F", "\x7F\x0B", "\xEF\xBF\xBE", "\xEF\xBF\xBF"};
	char t[256], msg[64];
	for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++) {
		for (size_t at = 0; at < 40; at++) {
			size_t len = (size_t)snprintf(t, sizeof t, "date 2025-01-02\n\nH\n\n");
			size_t line0 = len;
			memset(t + len, 'x', 48);
			memcpy(t + len + at, bad[b], strlen(bad[b]));
			len += 48;
			memcpy(t + len, "\n", 2);
			len += 1;
			size_t off = line0 + at + (bad[b][0] == '\x7F'); /* DEL is allowed */
			snprintf(msg, sizeof msg, "byte offset %zu)", off);
			struct artex_article *art = NULL;
			struct artex_error err;
			assert_int_equal(artex_article_read(&art, t, len, "text", "x.txt", &err),
			                 ARTEX_EINVALID);
			assert_int_equal(err.msg_id, ARTEX_MSG_TEXT_CONTROL);
			assert_non_null(strstr(err.message, msg));
		}
	}
	const char *ok = "date 2025-01-02\n\n\xD0\x9F\xD0\xBE\xD0\xBF\xD0\xBE\xD0\xBF\xD0\xBE\xD0\xBF"
	                 "\n\n\xEF\xBC\x81\xEF\xBD\x9E \xD0\xBF\xD0\xBE\xD0\xBF\xD0\xBE \xD0\xBF\xD0\xBE\n";
	struct artex_article *art = read_ok(ok, strlen(ok));
	artex_article_free(art);
}

static void test_utf8_error_names_byte_offset(void **state)
{
	const char *t = "date 2025-01-02\n\nH\n\nab\xE2\x82";
	struct artex_article *art;
	struct artex_error err;
	assert_int_equal(artex_article_read(&art, t, strlen(t), "text", "x.txt", &err),
	                 ARTEX_EINVALID);
	assert_non_null(strstr(err.message, "byte offset 22"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic_shape),
		cmocka_unit_test(test_tolerances),
		cmocka_unit_test(test_no_section),
		cmocka_unit_test(test_nfc_applied),
		cmocka_unit_test(test_language_by_script),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_utf8_error_names_byte_offset),
		cmocka_unit_test(test_control_at_every_offset),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
