#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "extract/extract.h"
#include "util/utf8.h"

static const struct artex_lang *const langs[] = {
	&artex__lang_ru, &artex__lang_uk, &artex__lang_en,
	&artex__lang_de, &artex__lang_fr, &artex__lang_es,
};
#define N_LANGS (sizeof langs / sizeof langs[0])

const struct artex_lang *artex__lang_table(const char *tag)
{
	/* Whoever takes a table goes on to fold with the case table. */
	artex__lang_init();
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

/* ---- word list index ------------------------------------------------------
 *
 * Every token is looked up in several lists, and the lists of the language
 * tables run to dozens of entries, so a linear scan per lookup dominated
 * extraction. The lists of all tables are indexed once per process in one
 * hash table of (list, entry) -> the entry's place in its list, prefix
 * entries (ending in '*') stored without the '*' and marked as such. Each
 * list knows the lengths of its prefixes, so a lookup hashes the word once,
 * probing at those lengths on the way and at its end, and answers what the
 * scan would: the first entry in list order that matches. Lists that are
 * not in a table (or did not fit) are still scanned. Built under
 * pthread_once and read-only after, so threads share it without locks. */

#define WX_SLOTS 8192    /* entries, at most half full */
#define WX_LISTS 256     /* distinct lists */

struct wx_slot {
	const char *word; /* NULL: empty */
	uint32_t len;     /* without the '*' of a prefix */
	uint16_t list;
	uint16_t prefix;
	int32_t index;
};

struct wx_list {
	const void *list; /* the table's array, the key; NULL: empty */
	uint64_t plens;   /* bit L: the list has a prefix entry of L bytes */
	uint16_t no;
};

static struct wx_slot wx_slots[WX_SLOTS];
/* The hash of each slot's entry with the low bit set, 0 for an empty slot:
 * probes walk this small array and look at a slot only when it agrees. */
static uint32_t wx_fp[WX_SLOTS];
static struct wx_list wx_lists[WX_LISTS * 2]; /* open addressing on the pointer */
static size_t wx_n_slots, wx_n_lists;
static pthread_once_t wx_once = PTHREAD_ONCE_INIT;

#define WX_FNV_BASIS 2166136261u
#define WX_FNV_STEP(h, c) (((h) ^ (unsigned char)(c)) * 16777619u)

static uint32_t wx_final(uint32_t h)
{
	return h ^ (h >> 15);
}

/* The hash of an entry leaves its list out, so that one pass over a word
 * serves lookups in all lists at once (artex__lang_classify). */
static uint32_t wx_hash(const char *w, size_t n)
{
	uint32_t h = WX_FNV_BASIS;
	for (size_t i = 0; i < n; i++)
		h = WX_FNV_STEP(h, w[i]);
	return wx_final(h);
}

static size_t wx_list_slot(const void *list)
{
	uintptr_t p = (uintptr_t)list;
	return (size_t)(((p >> 3) * 0x9E3779B97F4A7C15ull) >> 40) & (WX_LISTS * 2 - 1);
}

static const struct wx_list *wx_find_list(const void *list)
{
	for (size_t i = wx_list_slot(list);; i = (i + 1) & (WX_LISTS * 2 - 1)) {
		if (wx_lists[i].list == list)
			return &wx_lists[i];
		if (!wx_lists[i].list)
			return NULL;
	}
}

/* Indexes the list whose entry k is the string at base + k * stride, up to
 * the NULL word; a list that does not fit stays unindexed (scanned). */
static void wx_add(const void *base, size_t stride)
{
	if (!base || wx_find_list(base))
		return;
	size_t count = 0;
	for (const char *e; (e = *(const char *const *)((const char *)base + count * stride));
	     count++) {
		size_t el = strlen(e);
		if (el && e[el - 1] == '*' && el - 1 >= 64)
			return; /* a prefix longer than the length mask holds */
	}
	if (wx_n_lists + 1 > WX_LISTS || (wx_n_slots + count) * 2 > WX_SLOTS || count > INT32_MAX)
		return;
	uint16_t no = (uint16_t)wx_n_lists++;
	uint64_t plens = 0;
	for (size_t k = 0; k < count; k++) {
		const char *e = *(const char *const *)((const char *)base + k * stride);
		size_t el = strlen(e);
		int prefix = el && e[el - 1] == '*';
		if (prefix)
			el--, plens |= 1ull << el;
		else if (el == 0)
			continue; /* an empty entry never matches a word */
		size_t i = wx_hash(e, el) & (WX_SLOTS - 1);
		for (;; i = (i + 1) & (WX_SLOTS - 1)) {
			struct wx_slot *sl = &wx_slots[i];
			if (!sl->word) {
				*sl = (struct wx_slot){e, (uint32_t)el, no, (uint16_t)prefix, (int32_t)k};
				wx_fp[i] = wx_hash(e, el) | 1;
				wx_n_slots++;
				break;
			}
			/* A repeated entry: the first one answers, as in the scan. */
			if (sl->list == no && sl->prefix == prefix && sl->len == el &&
			    memcmp(sl->word, e, el) == 0)
				break;
		}
	}
	size_t li = wx_list_slot(base);
	while (wx_lists[li].list)
		li = (li + 1) & (WX_LISTS * 2 - 1);
	wx_lists[li] = (struct wx_list){base, plens, no};
}

/* Place of the entry (list, prefix, w[0..n)) with hash h, -1 if none. */
static int32_t wx_probe(uint16_t list, int prefix, const char *w, size_t n, uint32_t h)
{
	uint32_t fp = h | 1;
	for (size_t i = h & (WX_SLOTS - 1); wx_fp[i]; i = (i + 1) & (WX_SLOTS - 1)) {
		if (wx_fp[i] != fp)
			continue;
		const struct wx_slot *sl = &wx_slots[i];
		if (sl->list == list && sl->len == n && sl->prefix == prefix &&
		    memcmp(sl->word, w, n) == 0)
			return sl->index;
	}
	return -1;
}

/* Place of the first entry of an indexed list matching w[0..n) (n > 0), -1
 * if none; `any` takes the first match found, whatever its place. */
static int32_t wx_lookup(const struct wx_list *l, const char *w, size_t n, int any)
{
	int32_t best = -1;
	uint32_t h = WX_FNV_BASIS;
	for (size_t i = 0;; i++) {
		if (i < 64 && ((l->plens >> i) & 1)) {
			int32_t k = wx_probe(l->no, 1, w, i, wx_final(h));
			if (k >= 0 && (best < 0 || k < best)) {
				best = k;
				if (any)
					return best;
			}
		}
		if (i == n)
			break;
		h = WX_FNV_STEP(h, w[i]);
	}
	int32_t k = wx_probe(l->no, 0, w, n, wx_final(h));
	return k >= 0 && (best < 0 || k < best) ? k : best;
}

int artex__word_in(const char *const *list, const char *w, size_t n)
{
	if (n == 0 || !list)
		return 0;
	artex__lang_init();
	const struct wx_list *l = wx_find_list(list);
	if (l)
		return wx_lookup(l, w, n, 1) >= 0;
	for (; *list; list++)
		if (entry_match(*list, w, n))
			return 1;
	return 0;
}

int artex__cue_flags(const struct artex_cue *cues, const char *w, size_t n)
{
	if (n == 0 || !cues)
		return 0;
	artex__lang_init();
	const struct wx_list *l = wx_find_list(cues);
	if (l) {
		int32_t k = wx_lookup(l, w, n, 0);
		return k >= 0 ? cues[k].flags : 0;
	}
	for (; cues->word; cues++)
		if (entry_match(cues->word, w, n))
			return cues->flags;
	return 0;
}

int artex__gword(const struct artex_gword *list, const char *w, size_t n)
{
	if (n == 0 || !list)
		return -1;
	artex__lang_init();
	const struct wx_list *l = wx_find_list(list);
	if (l) {
		int32_t k = wx_lookup(l, w, n, 0);
		return k >= 0 ? list[k].gender : -1;
	}
	for (; list->word; list++)
		if (entry_match(list->word, w, n))
			return list->gender;
	return -1;
}

uint8_t artex__cp_class[ARTEX_CP_TABLE];
int32_t artex__cp_lower[ARTEX_CP_TABLE];

int artex__cp_class_slow(int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);
	int cls = 0;
	if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO)
		cls |= ARTEX_CP_LETTER | ARTEX_CP_ALPHA;
	if (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME)
		cls |= ARTEX_CP_LETTER;
	if (c == UTF8PROC_CATEGORY_ND)
		cls |= ARTEX_CP_DIGIT;
	if (c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT)
		cls |= ARTEX_CP_UPPER;
	return cls;
}

int32_t artex__cp_lower_slow(int32_t cp)
{
	return utf8proc_tolower(cp);
}

/* Per language: which of its lists each indexed list is, for classifying a
 * word against all of them at once. */
struct wx_lang {
	uint32_t field_bits[WX_LISTS]; /* ARTEX_WL_* bits of the word lists that are list no */
	int cues, roles, pronouns;     /* list numbers, -1 for none */
	uint64_t plens;                /* prefix lengths over all its lists */
	int complete;                  /* every list it has is indexed */
};
static struct wx_lang wx_langs[N_LANGS];
_Static_assert(ARTEX_WL_COUNT <= 32, "struct artex_wordclass holds the lists as 32 bits");

static int wx_lang_list(struct wx_lang *W, const void *list, int *out)
{
	*out = -1;
	if (!list)
		return 0;
	const struct wx_list *l = wx_find_list(list);
	if (!l) {
		W->complete = 0;
		return -1;
	}
	*out = l->no;
	W->plens |= l->plens;
	return 0;
}

static void wx_init_lang(size_t li)
{
	const struct artex_lang *L = langs[li];
	struct wx_lang *W = &wx_langs[li];
	W->complete = 1;
#define WORDS_OF(field, NAME) [ARTEX_WL_##NAME] = L->field,
	const char *const *words[ARTEX_WL_COUNT] = {ARTEX_LANG_WORDLISTS(WORDS_OF)};
#undef WORDS_OF
	for (int f = 0; f < ARTEX_WL_COUNT; f++) {
		int no;
		if (wx_lang_list(W, words[f], &no) == 0 && no >= 0)
			W->field_bits[no] |= 1u << f;
	}
	wx_lang_list(W, L->cues, &W->cues);
	wx_lang_list(W, L->roles, &W->roles);
	wx_lang_list(W, L->pronouns, &W->pronouns);
}

int artex__lang_index(const struct artex_lang *L)
{
	for (size_t i = 0; i < N_LANGS; i++)
		if (langs[i] == L)
			return (int)i;
	return -1;
}

/* Called per token, only after artex__lang_classify has answered, so the
 * index is built already. */
uint32_t artex__lang_list_bits(int li, const char *const *list)
{
	if (li < 0 || !list)
		return 0;
	const struct wx_list *l = wx_find_list(list);
	return l ? wx_langs[li].field_bits[l->no] : 0;
}

int artex__lang_classify(struct artex_wordclass *out, int li, const char *w, size_t n)
{
	artex__lang_init();
	if (li < 0 || (size_t)li >= N_LANGS || !wx_langs[li].complete)
		return -1;
	const struct wx_lang *W = &wx_langs[li];
	const struct artex_lang *L = langs[li];
	int32_t cue = -1, role = -1, pron = -1;
	uint32_t lists = 0;
	uint32_t h = WX_FNV_BASIS;
	for (size_t i = 0; n > 0; i++) {
		int end = i == n;
		if (end || (i < 64 && ((W->plens >> i) & 1))) {
			uint32_t hf = wx_final(h);
			for (size_t k = hf & (WX_SLOTS - 1); wx_fp[k]; k = (k + 1) & (WX_SLOTS - 1)) {
				if (wx_fp[k] != (hf | 1))
					continue;
				const struct wx_slot *sl = &wx_slots[k];
				if (sl->len != i || !(sl->prefix || end) || memcmp(sl->word, w, i) != 0)
					continue;
				lists |= W->field_bits[sl->list];
				/* The scan answers with the first entry in list order. */
				if (sl->list == W->cues && (cue < 0 || sl->index < cue))
					cue = sl->index;
				if (sl->list == W->roles && (role < 0 || sl->index < role))
					role = sl->index;
				if (sl->list == W->pronouns && (pron < 0 || sl->index < pron))
					pron = sl->index;
			}
		}
		if (end)
			break;
		h = WX_FNV_STEP(h, w[i]);
	}
	out->lists = lists;
	out->cue = cue >= 0 ? L->cues[cue].flags : 0;
	out->role = role >= 0 ? L->roles[role].gender : -1;
	out->pronoun = pron >= 0 ? L->pronouns[pron].gender : -1;
	return 0;
}

static void wx_init(void)
{
	for (int32_t cp = 0; cp < ARTEX_CP_TABLE; cp++) {
		artex__cp_class[cp] = (uint8_t)artex__cp_class_slow(cp);
		artex__cp_lower[cp] = artex__cp_lower_slow(cp);
	}
	for (size_t i = 0; i < N_LANGS; i++) {
		const struct artex_lang *L = langs[i];
#define WORDS_OF(field, NAME) L->field,
		const char *const *words[] = {ARTEX_LANG_WORDLISTS(WORDS_OF)};
#undef WORDS_OF
		for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
			wx_add(words[k], sizeof *words[k]);
		wx_add(L->cues, sizeof *L->cues);
		const struct artex_gword *g[] = {L->pronouns, L->roles, L->name_endings, L->verb_gender};
		for (size_t k = 0; k < sizeof g / sizeof g[0]; k++)
			wx_add(g[k], sizeof *g[k]);
	}
	for (size_t i = 0; i < N_LANGS; i++)
		wx_init_lang(i);
}

void artex__lang_init(void)
{
	pthread_once(&wx_once, wx_init);
}
