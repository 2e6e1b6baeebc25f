#include <string.h>

#include <utf8proc.h>

#include "extract/extract.h"
#include "extract/lang.h"
#include "util/utf8.h"

static const struct artex_lang *const langs[] = {
	&artex__lang_ru, &artex__lang_uk, &artex__lang_en,
	&artex__lang_de, &artex__lang_fr, &artex__lang_es,
};
#define N_LANGS (sizeof langs / sizeof langs[0])

const struct artex_lang *artex__lang_table(const char *tag)
{
	if (tag) {
		for (size_t i = 0; i < N_LANGS; i++) {
			size_t n = strlen(langs[i]->tag);
			if (strncmp(tag, langs[i]->tag, n) == 0 && (tag[n] == '\0' || tag[n] == '-'))
				return langs[i];
		}
	}
	return &artex__lang_en;
}

static int entry_match(const char *e, const char *w, size_t n)
{
	/* Most entries differ in the first byte; that test saves the strlen. */
	if (n == 0 || (e[0] != w[0] && e[0] != '*'))
		return 0;
	size_t el = strlen(e);
	if (el && e[el - 1] == '*')
		return n >= el - 1 && memcmp(e, w, el - 1) == 0;
	return el == n && memcmp(e, w, n) == 0;
}

int artex__word_in(const char *const *list, const char *w, size_t n)
{
	for (; list && *list; list++)
		if (entry_match(*list, w, n))
			return 1;
	return 0;
}

int artex__cue_flags(const struct artex_cue *cues, const char *w, size_t n)
{
	for (; cues && cues->word; cues++)
		if (entry_match(cues->word, w, n))
			return cues->flags;
	return 0;
}

int artex__gword(const struct artex_gword *list, const char *w, size_t n)
{
	for (; list && list->word; list++)
		if (entry_match(list->word, w, n))
			return list->gender;
	return -1;
}

/* Letters only Ukrainian (і ї є ґ) or Russian (ы э ъ ё) writes. */
static int uk_letter(int32_t cp)
{
	return cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491 || cp == 0x406 ||
	       cp == 0x407 || cp == 0x404 || cp == 0x490;
}

static int ru_letter(int32_t cp)
{
	return cp == 0x44B || cp == 0x44D || cp == 0x44A || cp == 0x451 || cp == 0x42B ||
	       cp == 0x42D || cp == 0x401;
}

/* Script first: Cyrillic text is Russian or Ukrainian by the letters only
 * one of them has, and by function words when those are rare; Latin text
 * goes to the language whose function words are most frequent. */
const char *artex__lang_identify(const char *text, size_t len)
{
	size_t cyr = 0, lat = 0, ukr = 0, rus = 0;
	size_t hits[N_LANGS] = {0};
	char word[64];
	size_t wn = 0;
	for (size_t i = 0; i <= len;) {
		int32_t cp = ' ';
		if (i < len)
			i += artex__utf8_decode(text + i, len - i, &cp);
		else
			i++;
		int letter = utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
		             utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO;
		if (letter) {
			if (cp >= 0x400 && cp <= 0x4FF) {
				cyr++;
				ukr += uk_letter(cp);
				rus += ru_letter(cp);
			} else if (cp < 0x250) {
				lat++;
			}
			char enc[4];
			size_t k = artex__utf8_encode(utf8proc_tolower(cp), enc);
			if (wn + k < sizeof word) {
				memcpy(word + wn, enc, k);
				wn += k;
			} else {
				wn = sizeof word; /* too long to be a function word */
			}
			continue;
		}
		if (cp == '\'' && wn > 0 && wn < sizeof word - 1) {
			word[wn++] = '\'';
			continue;
		}
		if (wn > 0 && wn < sizeof word)
			for (size_t l = 0; l < N_LANGS; l++)
				hits[l] += (size_t)artex__word_in(langs[l]->function_words, word, wn);
		wn = 0;
	}
	if (cyr == 0 && lat == 0)
		return "und";
	if (cyr >= lat) {
		if (ukr * 200 > cyr && ukr > rus)
			return "uk";
		if (rus * 200 > cyr)
			return "ru";
		return hits[1] > hits[0] ? "uk" : "ru";
	}
	size_t best = 2;
	for (size_t l = 2; l < N_LANGS; l++)
		if (hits[l] > hits[best])
			best = l;
	return langs[best]->tag;
}

const char *artex__lang_guess(const char *text, size_t len)
{
	return artex__lang_identify(text, len);
}
