/* The language tables as data: every entry must be one a lookup can find.
 * Tokens are casefolded (utf8proc lower case, ё as е, ’ as ') and NFC is
 * what readers hand on, so an entry in another form is dead; an entry that
 * repeats or is covered by a prefix entry before it is dead as well, and
 * one covered by a later prefix with the same value is noise. */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract/extract.h"

static const struct artex_lang *const langs[] = {
	&artex__lang_ru, &artex__lang_uk, &artex__lang_en,
	&artex__lang_de, &artex__lang_fr, &artex__lang_es,
};
#define N_LANGS (sizeof langs / sizeof langs[0])

/* A prefix entry's stem must be this long so that it cannot take in short
 * unrelated words ("мер*" would be "мережа" too). */
#define MIN_STEM 4

struct entry {
	const char *word;
	int value; /* cue flags, gender; 0 for plain lists */
};

static int32_t folded(int32_t cp)
{
	cp = utf8proc_tolower(cp);
	if (cp == 0x451)
		return 0x435;
	if (cp == 0x2019)
		return '\'';
	return cp;
}

static int is_prefix(const char *w)
{
	size_t n = strlen(w);
	return n > 1 && w[n - 1] == '*';
}

/* Problems with one entry's spelling, printed; their number. */
static int check_spelling(const char *where, const char *w, int multiword)
{
	int bad = 0;
	size_t n = strlen(w);
	if (n == 0 || w[0] == ' ' || w[n - 1] == ' ' || strstr(w, "  ")) {
		print_error("%s: \"%s\": empty or stray space\n", where, w);
		return 1;
	}
	if (!multiword && strchr(w, ' ')) {
		print_error("%s: \"%s\": a space in a one-word list\n", where, w);
		bad++;
	}
	if (!multiword && strchr(w, '@')) {
		print_error("%s: \"%s\": '@' outside the source phrases\n", where, w);
		bad++;
	}
	utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)w);
	if (!nfc || strcmp((const char *)nfc, w) != 0) {
		print_error("%s: \"%s\": not NFC\n", where, w);
		bad++;
	}
	free(nfc);
	const char *star = strchr(w, '*');
	/* A lone "*" is the wildcard of clause_starts: any word. */
	if (star && strcmp(w, "*") != 0 && (star != w + n - 1 || strchr(w, ' '))) {
		print_error("%s: \"%s\": '*' other than at the end of one word\n", where, w);
		bad++;
	}
	size_t letters = 0;
	for (size_t i = 0; i < n;) {
		int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)w + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) {
			print_error("%s: \"%s\": not UTF-8\n", where, w);
			return bad + 1;
		}
		i += (size_t)k;
		if (folded(cp) != cp) {
			print_error("%s: \"%s\": not casefolded as tokens are (U+%04X)\n", where, w, (unsigned)cp);
			bad++;
		}
		utf8proc_category_t c = utf8proc_category(cp);
		letters += c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
	}
	if (is_prefix(w) && letters < MIN_STEM) {
		print_error("%s: \"%s\": prefix stem shorter than %d letters\n", where, w, MIN_STEM);
		bad++;
	}
	return bad;
}

/* 1 if prefix entry p (with its '*') matches the word or prefix stem w. */
static int covers(const char *p, const char *w)
{
	size_t pn = strlen(p) - 1;
	return strncmp(p, w, pn) == 0;
}

/* Problems within one list: spellings, repeats, entries a prefix makes dead
 * or redundant. */
static int check_list(const char *where, const struct entry *e, size_t n, int multiword)
{
	int bad = 0;
	for (size_t i = 0; i < n; i++) {
		bad += check_spelling(where, e[i].word, multiword);
		for (size_t j = 0; j < i; j++) {
			if (strcmp(e[i].word, e[j].word) == 0) {
				print_error("%s: \"%s\" twice\n", where, e[i].word);
				bad++;
			} else if (is_prefix(e[j].word) && strcmp(e[j].word, "*") != 0 &&
			           covers(e[j].word, e[i].word)) {
				print_error("%s: \"%s\" never answers: \"%s\" comes first\n", where, e[i].word,
				            e[j].word);
				bad++;
			} else if (is_prefix(e[i].word) && covers(e[i].word, e[j].word) &&
			           e[i].value == e[j].value) {
				print_error("%s: \"%s\" adds nothing to \"%s\"\n", where, e[j].word, e[i].word);
				bad++;
			}
		}
	}
	return bad;
}

static int check_words(const char *lang, const char *list, const char *const *words)
{
	if (!words)
		return 0;
	size_t n = 0;
	while (words[n])
		n++;
	struct entry *e = calloc(n + 1, sizeof *e);
	assert_non_null(e);
	for (size_t i = 0; i < n; i++)
		e[i].word = words[i];
	char where[96];
	snprintf(where, sizeof where, "%s %s", lang, list);
	int multiword = strcmp(list, "source_phrases") == 0 || strcmp(list, "anaphors") == 0 ||
	                strcmp(list, "generic_sources") == 0 || strcmp(list, "speech_nouns") == 0 ||
	                strcmp(list, "role_modifiers") == 0;
	int bad = check_list(where, e, n, multiword);
	/* The source is one '@' word, never the first: phrases are looked for
	 * from their first word. */
	for (size_t i = 0; strcmp(list, "source_phrases") == 0 && i < n; i++) {
		const char *w = words[i], *at = strchr(w, '@');
		int alone = at && (at == w || at[-1] == ' ') && (at[1] == '\0' || at[1] == ' ');
		if (!alone || at == w || strchr(at + 1, '@')) {
			print_error("%s: \"%s\": wants one '@' word after the first\n", where, w);
			bad++;
		}
	}
	free(e);
	return bad;
}

/* Flags that contradict each other: a quote-only or weak cue starts no
 * claim, and a bare clause is an alternative to the complementiser. */
static int cue_flags_valid(int f)
{
	const int all = ARTEX_CUE_THAT | ARTEX_CUE_BARE | ARTEX_CUE_NP | ARTEX_CUE_WEAK |
	                ARTEX_CUE_PASSIVE | ARTEX_CUE_QUOTE | ARTEX_CUE_OF;
	const int claim = ARTEX_CUE_THAT | ARTEX_CUE_BARE | ARTEX_CUE_NP;
	if (f == 0 || (f & ~all))
		return 0;
	if ((f & ARTEX_CUE_QUOTE) && (f & (claim | ARTEX_CUE_WEAK)))
		return 0;
	if ((f & ARTEX_CUE_WEAK) && (f & claim))
		return 0;
	if ((f & (ARTEX_CUE_BARE | ARTEX_CUE_OF)) && !(f & ARTEX_CUE_THAT))
		return 0;
	return 1;
}

static int check_cues(const char *lang, const struct artex_cue *cues)
{
	size_t n = 0;
	while (cues[n].word)
		n++;
	struct entry *e = calloc(n + 1, sizeof *e);
	assert_non_null(e);
	int bad = 0;
	char where[96];
	snprintf(where, sizeof where, "%s cues", lang);
	for (size_t i = 0; i < n; i++) {
		e[i] = (struct entry){cues[i].word, cues[i].flags};
		if (!cue_flags_valid(cues[i].flags)) {
			print_error("%s: \"%s\": flags %d do not go together\n", where, cues[i].word, cues[i].flags);
			bad++;
		}
	}
	bad += check_list(where, e, n, 0);
	free(e);
	return bad;
}

static int check_gwords(const char *lang, const char *list, const struct artex_gword *g)
{
	if (!g)
		return 0;
	size_t n = 0;
	while (g[n].word)
		n++;
	struct entry *e = calloc(n + 1, sizeof *e);
	assert_non_null(e);
	int bad = 0;
	char where[96];
	snprintf(where, sizeof where, "%s %s", lang, list);
	for (size_t i = 0; i < n; i++) {
		e[i] = (struct entry){g[i].word, g[i].gender};
		if (g[i].gender < ARTEX_G_ANY || g[i].gender > ARTEX_G_PL) {
			print_error("%s: \"%s\": no such gender %d\n", where, g[i].word, g[i].gender);
			bad++;
		}
	}
	/* Endings lists are matched from the end of a word, not as words:
	 * their entries may be one letter and repeat no prefix rule. */
	if (strcmp(list, "pronouns") == 0 || strcmp(list, "roles") == 0)
		bad += check_list(where, e, n, 0);
	else
		for (size_t i = 0; i < n; i++)
			bad += check_spelling(where, e[i].word, 0);
	free(e);
	return bad;
}

static int check_rules(const char *lang, const char *list, const struct artex_suffix_rule *r)
{
	int bad = 0;
	for (size_t i = 0; r && r[i].from; i++) {
		char where[96];
		snprintf(where, sizeof where, "%s %s", lang, list);
		bad += check_spelling(where, r[i].from, 0);
		if (r[i].to && r[i].to[0])
			bad += check_spelling(where, r[i].to, 0);
		for (size_t j = 0; j < i; j++)
			if (strcmp(r[i].from, r[j].from) == 0) {
				print_error("%s: ending \"%s\" twice\n", where, r[i].from);
				bad++;
			}
	}
	return bad;
}

static int check_lang(const struct artex_lang *L)
{
	int bad = 0;
#define CHECK_LIST(field, NAME) bad += check_words(L->tag, #field, L->field);
	ARTEX_LANG_WORDLISTS(CHECK_LIST)
#undef CHECK_LIST
	bad += check_cues(L->tag, L->cues);
	bad += check_gwords(L->tag, "pronouns", L->pronouns);
	bad += check_gwords(L->tag, "roles", L->roles);
	bad += check_gwords(L->tag, "name_endings", L->name_endings);
	bad += check_gwords(L->tag, "verb_gender", L->verb_gender);
	bad += check_rules(L->tag, "first_name_rules", L->first_name_rules);
	bad += check_rules(L->tag, "surname_rules", L->surname_rules);
	return bad;
}

static void test_tables_clean(void **state)
{
	(void)state;
	int bad = 0;
	for (size_t i = 0; i < N_LANGS; i++)
		bad += check_lang(langs[i]);
	assert_int_equal(bad, 0);
}

/* The checks themselves: each kind of bad entry is caught. */
static void test_checks_catch(void **state)
{
	(void)state;
	const char *const upper[] = {"said", "Said", NULL};
	assert_int_equal(check_words("xx", "function_words", upper), 1);
	const char *const twice[] = {"said", "told", "said", NULL};
	assert_int_equal(check_words("xx", "function_words", twice), 1);
	const char *const yo[] = {"ещё", NULL};
	assert_int_equal(check_words("xx", "function_words", yo), 1);
	const char *const curly[] = {"d’après @", NULL};
	assert_int_equal(check_words("xx", "source_phrases", curly), 1);
	/* "é" as e + U+0301. */
	const char *const nfd[] = {"de\xcc\x81pute\xcc\x81", NULL};
	assert_int_equal(check_words("xx", "function_words", nfd), 1);
	const char *const short_stem[] = {"мер*", NULL};
	assert_int_equal(check_words("xx", "roles", short_stem), 1);
	const char *const shadowed[] = {"заявил*", "заявила", NULL};
	assert_int_equal(check_words("xx", "org_words", shadowed), 1);
	const char *const space[] = {"according to", NULL};
	assert_int_equal(check_words("xx", "titles", space), 1);
	const char *const sources[] = {"according to", "@ said", "as @ and @ said", "per@", "according to @", NULL};
	assert_int_equal(check_words("xx", "source_phrases", sources), 4);
	const char *const wildcard[] = {"*", NULL};
	assert_int_equal(check_words("xx", "clause_starts", wildcard), 0);

	const struct artex_cue same[] = {{"сказала", ARTEX_CUE_THAT}, {"сказал*", ARTEX_CUE_THAT}, {NULL, 0}};
	assert_int_equal(check_cues("xx", same), 1);
	/* A form before its prefix with other flags is an exception, not noise. */
	const struct artex_cue other[] = {{"saying", ARTEX_CUE_QUOTE}, {"sayi*", ARTEX_CUE_THAT}, {NULL, 0}};
	assert_int_equal(check_cues("xx", other), 0);
	const struct artex_cue flags[] = {{"called", ARTEX_CUE_WEAK | ARTEX_CUE_THAT},
	                                  {"quoted", ARTEX_CUE_QUOTE | ARTEX_CUE_NP},
	                                  {"says", ARTEX_CUE_BARE},
	                                  {"noted", 0},
	                                  {"told", 64},
	                                  {NULL, 0}};
	assert_int_equal(check_cues("xx", flags), 5);
	const struct artex_gword gender[] = {{"mayor", 7}, {NULL, 0}};
	assert_int_equal(check_gwords("xx", "roles", gender), 1);
	const struct artex_suffix_rule rules[] = {{"ова", "ов", ARTEX_G_M}, {"ова", "ова", ARTEX_G_F}, {NULL, NULL, 0}};
	assert_int_equal(check_rules("xx", "surname_rules", rules), 1);
}

/* The newer lists are filled for every language, and all are indexed. */
static void test_lists_present(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_LANGS; i++) {
		const struct artex_lang *L = langs[i];
		assert_non_null(L->role_modifiers);
		assert_non_null(L->generic_sources);
		assert_non_null(L->speech_nouns);
		assert_non_null(L->role_modifiers[0]);
		assert_non_null(L->generic_sources[0]);
		assert_non_null(L->speech_nouns[0]);
		/* Every list fits the index; one that did not would be scanned per
		 * token, and extraction would slow down without a word. */
		struct artex_wordclass wc;
		assert_int_equal(artex__lang_classify(&wc, artex__lang_index(L), "x", 1), 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checks_catch),
		cmocka_unit_test(test_tables_clean),
		cmocka_unit_test(test_lists_present),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
