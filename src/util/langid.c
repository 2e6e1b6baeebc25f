#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "util/langid.h"
#include "util/utf8.h"

struct langid_lang {
	const char *tag;
	const char *const *words;
	int cyrillic;
	/* Letters that this language writes and the others of its script do
	 * not (UTF-8, both cases): "іїєґ" for Ukrainian. */
	const char *distinctive;
};

static const struct langid_lang langs[] = {
	{"ru", artex__langid_words_ru, 1, "ыэъёЫЭЪЁ"},
	{"uk", artex__langid_words_uk, 1, "іїєґІЇЄҐ"},
	{"en", artex__langid_words_en, 0, NULL},
	{"de", artex__langid_words_de, 0, NULL},
	{"fr", artex__langid_words_fr, 0, NULL},
	{"es", artex__langid_words_es, 0, NULL},
};
#define N_LANGS (sizeof langs / sizeof langs[0])
_Static_assert(N_LANGS <= 32, "a word's languages are bits of a uint32_t");

/* ---- the function words of every language in one hash table ------------
 *
 * Identification looks every word of a sample up in every language's list,
 * so the lists are indexed once: each entry (a prefix entry without its
 * '*') maps to the languages that list it. A lookup hashes the word once,
 * probing at the lengths of the prefixes on the way and at its end. */

#define SLOTS 4096 /* at most half full */

struct slot {
	const char *word; /* NULL: empty */
	uint32_t len;
	uint32_t prefix_langs, exact_langs; /* languages listing it as a prefix / a word */
	uint32_t hash;
};

static struct slot slots[SLOTS];
static uint64_t prefix_lens; /* bit n: some prefix entry is n bytes long */
static pthread_once_t once = PTHREAD_ONCE_INIT;

#define FNV_BASIS 2166136261u
#define FNV_STEP(h, c) (((h) ^ (unsigned char)(c)) * 16777619u)

static struct slot *find(const char *w, size_t n, uint32_t h, int add)
{
	for (size_t k = h & (SLOTS - 1);; k = (k + 1) & (SLOTS - 1)) {
		struct slot *s = &slots[k];
		if (!s->word) {
			if (!add)
				return NULL;
			s->word = w;
			s->len = (uint32_t)n;
			s->hash = h;
			return s;
		}
		if (s->hash == h && s->len == n && memcmp(s->word, w, n) == 0)
			return s;
	}
}

static void build(void)
{
	for (size_t l = 0; l < N_LANGS; l++) {
		for (const char *const *e = langs[l].words; *e; e++) {
			size_t n = strlen(*e);
			int prefix = n > 0 && (*e)[n - 1] == '*';
			n -= (size_t)prefix;
			uint32_t h = FNV_BASIS;
			for (size_t i = 0; i < n; i++)
				h = FNV_STEP(h, (*e)[i]);
			struct slot *s = find(*e, n, h, 1);
			if (prefix) {
				s->prefix_langs |= (uint32_t)1 << l;
				if (n < 64)
					prefix_lens |= (uint64_t)1 << n;
			} else {
				s->exact_langs |= (uint32_t)1 << l;
			}
		}
	}
}

/* Bit l set when w[0..n) (n > 0) is one of language l's function words. */
static uint32_t function_word(const char *w, size_t n)
{
	uint32_t hit = 0, h = FNV_BASIS;
	for (size_t i = 0;; i++) {
		if (i == n) {
			const struct slot *s = find(w, n, h, 0);
			return s ? hit | s->prefix_langs | s->exact_langs : hit;
		}
		if (i > 0 && i < 64 && ((prefix_lens >> i) & 1)) {
			const struct slot *s = find(w, i, h, 0);
			if (s)
				hit |= s->prefix_langs;
		}
		h = FNV_STEP(h, w[i]);
	}
}

static int is_letter(int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* Letters of each script, and each Cyrillic letter's count. */
struct script_counts {
	size_t cyr, lat;
	size_t cyr_letter[0x100]; /* U+0400 .. U+04FF */
};

/* ASCII letters among eight bytes that are all ASCII. */
static size_t ascii_letters8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t x = w | 0x2020202020202020ull;            /* 'A'..'Z' to 'a'..'z' */
	uint64_t from_a = (x + (0x80 - 'a') * ones) & high;  /* byte >= 'a' */
	uint64_t to_z = ~(x + (0x80 - 'z' - 1) * ones) & high; /* byte <= 'z' */
	return (size_t)((((from_a & to_z) >> 7) * ones) >> 56);
}

static void count_scripts(struct script_counts *sc, const char *text, size_t len)
{
	for (size_t i = 0; i < len;) {
		if (len - i >= 8) {
			uint64_t w;
			memcpy(&w, text + i, 8);
			if (!(w & 0x8080808080808080ull)) {
				sc->lat += ascii_letters8(w);
				i += 8;
				continue;
			}
		}
		int32_t cp;
		i += artex__utf8_next(text + i, len - i, &cp);
		if (!is_letter(cp))
			continue;
		if (cp >= 0x400 && cp <= 0x4FF) {
			sc->cyr++;
			sc->cyr_letter[cp - 0x400]++;
		} else if (cp < 0x250) {
			sc->lat++;
		}
	}
}

/* hits[l]: the words of text that are function words of language l. */
static void count_function_words(size_t *hits, const char *text, size_t len)
{
	char word[64];
	size_t wn = 0;
	for (size_t i = 0; i <= len;) {
		int32_t cp = ' ';
		if (i < len) {
			unsigned char c = (unsigned char)text[i];
			/* ASCII letters, most of Latin text: lower case is one bit. */
			if ((unsigned)((c | 0x20) - 'a') < 26) {
				if (wn + 1 < sizeof word)
					word[wn++] = (char)(c | 0x20);
				else
					wn = sizeof word;
				i++;
				continue;
			}
			i += artex__utf8_next(text + i, len - i, &cp);
		} else {
			i++;
		}
		if (is_letter(cp)) {
			char enc[4];
			/* the lists spell words as the tokeniser folds them */
			size_t k = artex__utf8_encode(artex__fold_cp(utf8proc_tolower(cp)), enc);
			if (wn + k < sizeof word) {
				memcpy(word + wn, enc, k);
				wn += k;
			} else {
				wn = sizeof word; /* too long to be a function word */
			}
			continue;
		}
		if (artex__fold_cp(cp) == '\'' && wn > 0 && wn < sizeof word - 1) {
			word[wn++] = '\'';
			continue;
		}
		if (wn > 0 && wn < sizeof word) {
			uint32_t in = function_word(word, wn);
			for (size_t l = 0; l < N_LANGS; l++)
				hits[l] += (in >> l) & 1;
		}
		wn = 0;
	}
}

/* How many of the text's letters are the language's distinctive ones. */
static size_t distinctive(const struct langid_lang *L, const struct script_counts *sc)
{
	size_t n = 0;
	const char *d = L->distinctive;
	for (size_t i = 0, len = d ? strlen(d) : 0; i < len;) {
		int32_t cp;
		i += artex__utf8_decode(d + i, len - i, &cp);
		if (cp >= 0x400 && cp <= 0x4FF)
			n += sc->cyr_letter[cp - 0x400];
	}
	return n;
}

const char *artex__langid(const char *text, size_t len)
{
	pthread_once(&once, build);
	struct script_counts sc = {0};
	count_scripts(&sc, text, len);
	if (sc.cyr == 0 && sc.lat == 0)
		return "und";
	int cyrillic = sc.cyr >= sc.lat;
	size_t letters = cyrillic ? sc.cyr : sc.lat;
	const struct langid_lang *best = NULL;
	size_t best_n = 0;
	for (size_t l = 0; l < N_LANGS; l++) {
		size_t n = langs[l].cyrillic == cyrillic ? distinctive(&langs[l], &sc) : 0;
		if (n * 200 > letters &&
		    (!best || n > best_n || (n == best_n && strcmp(langs[l].tag, best->tag) < 0))) {
			best = &langs[l];
			best_n = n;
		}
	}
	if (best)
		return best->tag;
	size_t hits[N_LANGS] = {0};
	count_function_words(hits, text, len);
	for (size_t l = 0; l < N_LANGS; l++) {
		if (langs[l].cyrillic != cyrillic)
			continue;
		if (!best || hits[l] > best_n || (hits[l] == best_n && strcmp(langs[l].tag, best->tag) < 0)) {
			best = &langs[l];
			best_n = hits[l];
		}
	}
	return best->tag;
}
