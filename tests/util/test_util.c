/* UTF-8 helpers, JSON and YAML loading with positions. */
#include "common.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <utf8proc.h>

#include "util/buf.h"
#include "util/cnum.h"
#include "util/date.h"
#include "util/digest.h"
#include "util/error.h"
#include "util/jsonloc.h"
#include "util/jsonptr.h"
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

/* artex__utf8_next must decode exactly as artex__utf8_decode (utf8proc) on
 * every one-, two- and three-byte input, valid or not, and on truncations. */
static void test_utf8_next_agrees(void **state)
{
	unsigned char s[4];
	for (unsigned a = 0; a < 256; a++) {
		for (unsigned b = 0; b < 256; b++) {
			for (unsigned c = 0; c < 256; c++) {
				s[0] = (unsigned char)a, s[1] = (unsigned char)b, s[2] = (unsigned char)c;
				s[3] = 0x80;
				for (size_t len = 1; len <= 4; len++) {
					int32_t x = -1, y = -2;
					size_t n = artex__utf8_next((const char *)s, len, &x);
					size_t m = artex__utf8_decode((const char *)s, len, &y);
					if (n != m || x != y)
						fail_msg("%02X %02X %02X len %zu: next %zu U+%04X, decode %zu U+%04X",
						         a, b, c, len, n, (unsigned)x, m, (unsigned)y);
				}
				if (a < 0xE0)
					break; /* the third byte does not matter below three-byte leads */
			}
			if (a < 0xC0)
				break;
		}
	}
}

static size_t nfd(int32_t cp, int32_t *out, size_t cap)
{
	int boundclass = 0;
	utf8proc_ssize_t n = utf8proc_decompose_char(cp, out, (utf8proc_ssize_t)cap,
	                                             UTF8PROC_DECOMPOSE, &boundclass);
	assert_true(n > 0 && (size_t)n <= cap);
	return (size_t)n;
}

static char *nfc_of(const char *s, size_t len, size_t *out_len)
{
	utf8proc_uint8_t *out = NULL;
	utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &out,
	                                  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	assert_true(n >= 0);
	*out_len = (size_t)n;
	return (char *)out;
}

/* Every code point artex__utf8_nfc_stable claims is a starter that NFC maps
 * to itself and that no canonical composition takes as its second part (and
 * neither is the first code point of its decomposition), so that a string
 * of them is NFC whatever their order: checked on utf8proc's data for the
 * whole code space. */
static void test_nfc_stable_ranges(void **state)
{
	enum { MAX_CP = 0x110000 };
	unsigned char *second = calloc(MAX_CP, 1);
	assert_non_null(second);
	int32_t d[32];
	for (int32_t cp = 0; cp < MAX_CP; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		size_t n = nfd(cp, d, 32);
		for (size_t k = 1; k < n; k++)
			second[d[k]] = 1;
	}
	size_t claimed = 0;
	for (int32_t cp = 0; cp < MAX_CP; cp++) {
		if (!artex__utf8_nfc_stable(cp))
			continue;
		claimed++;
		if (cp >= 0xD800 && cp <= 0xDFFF)
			fail_msg("surrogate U+%04X claimed", (unsigned)cp);
		if (utf8proc_get_property(cp)->combining_class != 0)
			fail_msg("U+%04X has a combining class", (unsigned)cp);
		if (second[cp])
			fail_msg("U+%04X composes with a preceding character", (unsigned)cp);
		size_t n = nfd(cp, d, 32);
		if (second[d[0]] || utf8proc_get_property(d[0])->combining_class != 0)
			fail_msg("U+%04X decomposes to a non-starter U+%04X", (unsigned)cp,
			         (unsigned)d[0]);
		(void)n;
		char enc[4];
		size_t len = artex__utf8_encode(cp, enc), m;
		char *nfc = nfc_of(enc, len, &m);
		if (m != len || memcmp(nfc, enc, len) != 0)
			fail_msg("NFC changes U+%04X", (unsigned)cp);
		free(nfc);
	}
	free(second);
	/* ASCII, Latin to U+02FF, most of Cyrillic, punctuation, currency, emoji. */
	assert_true(claimed > 2400);
	assert_true(artex__utf8_nfc_stable(0x0419));  /* Й, composed and stable */
	assert_false(artex__utf8_nfc_stable(0x0301)); /* combining acute */
	assert_false(artex__utf8_nfc_stable(0x0483)); /* combining titlo */
	assert_false(artex__utf8_nfc_stable(0x2000)); /* singleton: decomposes to U+2002 */
}

/* The fast paths of artex__utf8_nfc and artex__utf8_is_nfc against utf8proc,
 * on random strings of stable code points and on strings that are not NFC. */
static void test_nfc_fast_path(void **state)
{
	static const int32_t ranges[][2] = {{0x20, 0x2FF},       {0x400, 0x482},
	                                    {0x48A, 0x52F},      {0x2002, 0x206F},
	                                    {0x20A0, 0x20CF},    {0x1F300, 0x1F64F},
	                                    {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}};
	size_t n_ranges = sizeof ranges / sizeof ranges[0];
	uint32_t seed = 12345;
	char s[4 * 64];
	for (int round = 0; round < 20000; round++) {
		size_t len = 0, cps = 1 + round % 64;
		for (size_t k = 0; k < cps; k++) {
			seed = seed * 1103515245u + 12345u;
			const int32_t *r = ranges[(seed >> 8) % n_ranges];
			seed = seed * 1103515245u + 12345u;
			int32_t cp = r[0] + (int32_t)((seed >> 4) % (uint32_t)(r[1] - r[0] + 1));
			len += artex__utf8_encode(cp, s + len);
		}
		size_t m, n;
		char *ref = nfc_of(s, len, &m);
		char *got = artex__utf8_nfc(s, len, &n);
		assert_non_null(got);
		assert_int_equal(n, m);
		assert_memory_equal(got, ref, m);
		assert_int_equal(got[n], '\0');
		assert_true(artex__utf8_is_nfc(s, len));
		free(ref);
		free(got);
	}
	/* Not NFC, or not only stable code points: the slow path answers. */
	static const char *const other[] = {
		"Cafe\xCC\x81",                 /* e + combining acute */
		"\xD0\x98\xCC\x86",             /* И + combining breve: Й */
		"\xE2\x84\xA6",                 /* ohm sign, a singleton */
		"\xE2\x80\x80x",                /* U+2000 */
		"\xEA\xB0\x80\xE1\x86\xA8",     /* 가 + jongseong: 각 */
		"\xD0\xB5\xCC\x88 \xC3\xA9",    /* е + diaeresis */
		"a\xCD\x81",                    /* U+0341, a singleton mark */
		"\xE2\x80\x94\xC3\xA9\xCC\xA3", /* — é + dot below: reordered */
	};
	for (size_t i = 0; i < sizeof other / sizeof other[0]; i++) {
		size_t len = strlen(other[i]), m, n;
		char *ref = nfc_of(other[i], len, &m);
		char *got = artex__utf8_nfc(other[i], len, &n);
		assert_non_null(got);
		assert_int_equal(n, m);
		assert_memory_equal(got, ref, m);
		assert_false(artex__utf8_is_nfc(other[i], len));
		assert_true(artex__utf8_is_nfc(ref, m));
		free(ref);
		free(got);
	}
	/* Invalid UTF-8 among stable code points is never NFC. */
	assert_false(artex__utf8_is_nfc("ab\xD0", 3));
	assert_false(artex__utf8_is_nfc("\xED\xA0\x80", 3));
	assert_false(artex__utf8_is_nfc("\xF0\x9F\x98", 3));
}

/* The word-at-a-time counting in artex__utf8_count and artex__cpindex_init
 * against a byte-by-byte count, on text of one- to four-byte characters. */
static void test_utf8_count_index(void **state)
{
	static const int32_t pool[] = {'a', ' ', 0xE9, 0x416, 0x2014, 0x1F600, '.', 0x44B};
	char s[4 * 700];
	uint32_t seed = 7;
	for (int round = 0; round < 300; round++) {
		size_t len = 0, cps = (size_t)round * 2 + round % 7;
		for (size_t k = 0; k < cps; k++) {
			seed = seed * 1103515245u + 12345u;
			/* Long ASCII runs now and then, as in real text. */
			size_t pick = (seed >> 16) % (round % 3 ? 8 : 2);
			len += artex__utf8_encode(pool[pick], s + len);
		}
		size_t naive = 0;
		for (size_t i = 0; i < len; i++)
			naive += ((unsigned char)s[i] & 0xC0) != 0x80;
		assert_int_equal(naive, cps);
		assert_int_equal(artex__utf8_count(s, len), cps);
		struct artex_cpindex ix;
		assert_int_equal(artex__cpindex_init(&ix, s, len), 0);
		assert_int_equal(ix.count, cps);
		for (size_t cp = 0; cp <= cps; cp++)
			assert_int_equal(artex__cpindex_byte(&ix, cp), artex__utf8_offset(s, len, cp));
		artex__cpindex_dispose(&ix);
	}
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
	/* a NUL byte where a value is skipped ends the search instead of
	 * stalling it */
	static const char nul[] = "{\"a\": [1, \0], \"b\": 2}";
	assert_int_equal(artex__json_locate(nul, sizeof nul - 1, "/b", &line, &col), -1);
	/* the key of a member, for errors about the key itself */
	assert_int_equal(artex__json_locate_key(j, strlen(j), "/c~1d/e~0f", &line, &col), 0);
	assert_int_equal(line, 3);
	assert_int_equal(col, 11);
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

/* A host program in a locale that writes "0,85" still reads "0.85" from
 * YAML as 0.85. Needs a decimal-comma locale (scripts/deps test makes
 * de_DE.UTF-8); says so and skips without one. */
static void test_numbers_whatever_the_locale(void **state)
{
	(void)state;
	if (!setlocale(LC_NUMERIC, "de_DE.UTF-8") && !setlocale(LC_NUMERIC, "de_DE.utf8")) {
		print_message("SKIP: no de_DE.UTF-8 locale to test a decimal comma with\n");
		skip();
	}
	assert_string_equal(localeconv()->decimal_point, ",");
	json_t *v = load_ok("confidence: 0.85\n");
	double d = json_real_value(json_object_get(v, "confidence"));
	json_decref(v);
	assert_true(artex__strtod_c("2.5", NULL) == 2.5);
	setlocale(LC_NUMERIC, "C");
	assert_true(d == 0.85);
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

static void expect_date(const char *in, const char *want)
{
	char out[ARTEX_DATE_MAX];
	int rc = artex__date_normalise(out, in);
	if (!want) {
		assert_int_equal(rc, -1);
		return;
	}
	assert_int_equal(rc, 0);
	assert_string_equal(out, want);
}

/* Publishers' spellings of one instant keep the wall clock and the offset
 * as written; anything that is not a real date is refused, not guessed. */
static void test_date_normalise(void **state)
{
	(void)state;
	expect_date("2025-06-12", "2025-06-12");
	expect_date("2025-06-12T09:30:00+01:00", "2025-06-12T09:30:00+01:00");
	expect_date("2025-06-12T09:30:00+0000", "2025-06-12T09:30:00+00:00");
	expect_date("2025-06-12T09:30:00+0200", "2025-06-12T09:30:00+02:00");
	expect_date("2025-06-12T09:30-05", "2025-06-12T09:30-05:00");
	expect_date("2025-06-12 09:30:00", "2025-06-12T09:30:00");
	expect_date("2025-06-12 09:30:00 +02:00", "2025-06-12T09:30:00+02:00");
	expect_date("2025-06-12 09:30:00 UTC", "2025-06-12T09:30:00Z");
	expect_date("2025-06-12t09:30:00.250z", "2025-06-12T09:30:00.250Z");
	expect_date("2025-06-12T09:30:00,5Z", "2025-06-12T09:30:00.5Z");
	expect_date("  2025-06-12  ", "2025-06-12");
	expect_date("Tue, 03 Jun 2025 14:05:00 +0200", "2025-06-03T14:05:00+02:00");
	expect_date("3 Jun 2025 14:05 GMT", "2025-06-03T14:05Z");
	expect_date("Thu, 29 Feb 2024 23:59:59 -0930", "2024-02-29T23:59:59-09:30");
	expect_date("03 jun 2025", "2025-06-03");
	/* A bare date carries no offset of its own. */
	expect_date("2025-06-12+02:00", "2025-06-12");

	expect_date("", NULL);
	expect_date("yesterday", NULL);
	expect_date("2025-13-01", NULL);
	expect_date("2025-02-29", NULL);
	expect_date("2025-06-12T25:00", NULL);
	expect_date("2025-06-12T09:30:00+1500", NULL);
	expect_date("2025-06-12T09:30:00 +02:00 extra", NULL);
	expect_date("Tue, 31 Jun 2025 10:00:00 +0000", NULL);
	expect_date("Tue, 03 Juni 2025", NULL);
	expect_date("12/06/2025", NULL);
}

/* RFC 6901 escapes, written and read back, and a pointer too long for its
 * buffer cut between escapes. */
static void test_json_pointer(void **state)
{
	(void)state;
	struct artex_buf b = ARTEX_BUF_INIT;
	artex__jsonptr_append(&b, "a/b~c", 5);
	artex__jsonptr_append(&b, "", 0);
	assert_false(b.oom);
	assert_memory_equal(b.data, "/a~1b~0c/", b.len);
	assert_int_equal(b.len, 9);
	artex_buf_dispose(&b);

	char p[16] = "/x";
	artex__jsonptr_join(p, sizeof p, p, "m/n");
	assert_string_equal(p, "/x/m~1n");
	char small[8];
	artex__jsonptr_join(small, sizeof small, "/ab", "~~~");
	assert_string_equal(small, "/ab/~0"); /* a third byte of "~0" would not fit */

	char seg[4];
	size_t n;
	const char *rest = artex__jsonptr_token("a~1~0b/next", seg, sizeof seg, &n);
	assert_string_equal(rest, "/next");
	assert_int_equal(n, 4); /* "a/~b": cut to fit, the length says so */
	assert_string_equal(seg, "a/~");
	rest = artex__jsonptr_token("~2", seg, sizeof seg, &n);
	assert_string_equal(seg, "~2"); /* not an escape: kept as written */
	assert_string_equal(rest, "");
}

/* What does not fit an error's fields is cut where it stays useful. */
static void test_error_fields_cut(void **state)
{
	(void)state;
	struct artex_error err;
	char path[400], ptr[400], msg[600];
	memset(path, 'd', sizeof path);
	memcpy(path + sizeof path - 13, "/article.txt", 13);
	artex__error(&err, ARTEX_EINVALID, 0, "x");
	artex__error_file(&err, path);
	assert_int_equal(strlen(err.file), sizeof err.file - 1);
	assert_memory_equal(err.file, "...", 3);
	assert_string_equal(err.file + strlen(err.file) - 12, "/article.txt");

	size_t n = 0;
	while (n + 8 < sizeof ptr)
		n += (size_t)snprintf(ptr + n, sizeof ptr - n, "/quotes");
	artex__error_pointer(&err, ptr);
	assert_true(strlen(err.pointer) < sizeof err.pointer);
	assert_int_equal(strncmp(err.pointer, ptr, strlen(err.pointer)), 0);
	assert_int_equal(ptr[strlen(err.pointer)], '/'); /* an ancestor, cut before a '/' */

	/* Two-byte letters: the 255 bytes a byte cut keeps end inside one. */
	n = 0;
	while (n + 3 < sizeof msg) {
		memcpy(msg + n, "ж", 2);
		n += 2;
	}
	msg[n] = '\0';
	artex__error(&err, ARTEX_EINVALID, 0, "%s", msg);
	assert_int_equal(artex__utf8_invalid_at(err.message, strlen(err.message)), (size_t)-1);
	assert_true(strlen(err.message) >= sizeof err.message - 2);
	artex__error_prefix(&err, "in %s: ", "f");
	assert_memory_equal(err.message, "in f: ж", 8);
	assert_int_equal(artex__utf8_invalid_at(err.message, strlen(err.message)), (size_t)-1);
}

/* FIPS 180-2 example vectors: the digests must be the standard ones. */
static void test_digests(void **state)
{
	(void)state;
	char hex[ARTEX_SHA256_HEX];
	assert_int_equal(artex__sha256_hex(hex, "abc", 3), 0);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	assert_int_equal(artex__sha256_hex(hex, "", 0), 0);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

	char path[] = "/tmp/artex-digest-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	/* Larger than one read block, so the digests span several updates. */
	size_t n = 200000;
	char *big = malloc(n);
	assert_non_null(big);
	memset(big, 'a', n);
	assert_int_equal(write(fd, big, n), (ssize_t)n);
	close(fd);
	const char *const algs[] = {"sha256", "sha512", "md5"};
	char all[3][ARTEX_DIGEST_HEX];
	unsigned long long size = 0;
	assert_int_equal(artex__file_digests(all, algs, 3, &size, path), 0);
	assert_int_equal(size, n);
	char one[ARTEX_SHA256_HEX];
	assert_int_equal(artex__sha256_hex(one, big, n), 0);
	assert_string_equal(all[0], one);
	assert_int_equal(strlen(all[1]), 128);
	assert_int_equal(strlen(all[2]), 32);
	unlink(path);
	free(big);

	assert_true(artex__digest_known("sha512"));
	assert_false(artex__digest_known("SHA256"));
	assert_false(artex__digest_known("sha3"));
	assert_int_equal(artex__file_digests(all, algs, 1, &size, "/nonexistent/x"), -1);
}

/* SOURCE_DATE_EPOCH decides the run's time, so outputs can be reproduced. */
static void test_run_timestamp(void **state)
{
	(void)state;
	char t[ARTEX_TIMESTAMP_MAX];
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	assert_int_equal(artex__run_timestamp(t), 0);
	assert_string_equal(t, "2023-11-14T22:13:20Z");
	setenv("SOURCE_DATE_EPOCH", "0", 1);
	assert_int_equal(artex__run_timestamp(t), 0);
	assert_string_equal(t, "1970-01-01T00:00:00Z");
	static const char *const bad[] = {"", "soon", "12x", "-5", "99999999999999999999"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		setenv("SOURCE_DATE_EPOCH", bad[i], 1);
		assert_int_equal(artex__run_timestamp(t), -1);
	}
	unsetenv("SOURCE_DATE_EPOCH");
	assert_int_equal(artex__run_timestamp(t), 0);
	assert_int_equal(strlen(t), 20);
}

/* A buffer nothing was put into still detaches as a string. */
static void test_buf_detach_empty(void **state)
{
	(void)state;
	struct artex_buf b = ARTEX_BUF_INIT;
	size_t len = 99;
	char *s = artex_buf_detach(&b, &len);
	assert_non_null(s);
	assert_int_equal(len, 0);
	assert_string_equal(s, "");
	free(s);
}

/* The eight-at-a-time scan must stop exactly where a byte loop would, at
 * every alignment and with the stop byte anywhere in a word. */
static void test_json_plain_len(void **state)
{
	static const unsigned char stops[] = {'"', '\\', 0x00, 0x01, 0x1F};
	static const unsigned char goes[] = {' ', 'a', '!', '#', '[', ']', 0x7F, 0x80, 0xC3,
	                                     0xA9, 0xFF, 0x20, 0x5B, 0x5D, 0x21, 0x23};
	unsigned seed = 7;
	char buf[64];
	for (int round = 0; round < 20000; round++) {
		size_t len = (seed = seed * 1103515245u + 12345u) / 65536 % sizeof buf;
		for (size_t i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			unsigned r = seed / 65536;
			buf[i] = (char)(r % 23 == 0 ? stops[r / 23 % sizeof stops]
			                            : goes[r / 23 % sizeof goes]);
		}
		size_t want = 0;
		while (want < len && buf[want] != '"' && buf[want] != '\\' &&
		       (unsigned char)buf[want] >= 0x20)
			want++;
		assert_int_equal(artex__json_plain_len(buf, len), want);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf_detach_empty),
		cmocka_unit_test(test_utf8_invalid),
		cmocka_unit_test(test_utf8_offsets),
		cmocka_unit_test(test_linecol),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_utf8_next_agrees),
		cmocka_unit_test(test_nfc_stable_ranges),
		cmocka_unit_test(test_nfc_fast_path),
		cmocka_unit_test(test_utf8_count_index),
		cmocka_unit_test(test_json_locate),
		cmocka_unit_test(test_json_pointer),
		cmocka_unit_test(test_error_fields_cut),
		cmocka_unit_test(test_json_load_errors),
		cmocka_unit_test(test_yaml_scalars),
		cmocka_unit_test(test_yaml_errors),
		cmocka_unit_test(test_yaml_alias_bomb),
		cmocka_unit_test(test_yaml_depth),
		cmocka_unit_test(test_yaml_locate),
		cmocka_unit_test(test_numbers_whatever_the_locale),
		cmocka_unit_test(test_date_normalise),
		cmocka_unit_test(test_json_plain_len),
		cmocka_unit_test(test_digests),
		cmocka_unit_test(test_run_timestamp),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
