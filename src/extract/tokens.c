/* Tokens and sentences over "headline \n\n body". */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract/extract.h"
#include "util/utf8.h"

void *artex__ex_push(struct artex_ex *ex, void **items, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 64;
		void *p = realloc(*items, ncap * size);
		if (!p) {
			ex->oom = 1;
			return NULL;
		}
		*items = p;
		*cap = ncap;
	}
	char *slot = (char *)*items + (*n)++ * size;
	memset(slot, 0, size);
	return slot;
}

int artex__tok_is(const struct artex_ex *ex, size_t t, const char *w)
{
	size_t n = strlen(w);
	return t < ex->n_toks && artex__tok_fn(ex, t) == n && memcmp(artex__tok_f(ex, t), w, n) == 0;
}

/* The ARTEX_WL_* bits of `list`, through a small cache: the same few lists
 * are asked about for nearly every token. */
static uint32_t list_bits(const struct artex_ex *ex, const char *const *list)
{
	struct artex_ex *mut = (struct artex_ex *)ex; /* the cache is not the article's state */
	size_t k = ((uintptr_t)list >> 3) & (ARTEX_LIST_CACHE - 1);
	if (mut->list_cache_key[k] != list) {
		mut->list_cache_key[k] = list;
		mut->list_cache_bits[k] = artex__lang_list_bits(ex->lang_index, list);
	}
	return mut->list_cache_bits[k];
}

int artex__tok_in(const struct artex_ex *ex, size_t t, const char *const *list)
{
	if (t >= ex->n_toks || ex->toks[t].kind != ARTEX_T_WORD)
		return 0;
	uint32_t bits = ex->classified ? list_bits(ex, list) : 0;
	if (bits)
		return (ex->toks[t].lists & bits) != 0;
	return artex__word_in(list, artex__tok_f(ex, t), artex__tok_fn(ex, t));
}

int artex__tok_punct(const struct artex_ex *ex, size_t t, int32_t c)
{
	return t < ex->n_toks && ex->toks[t].kind == ARTEX_T_PUNCT && ex->toks[t].cp == c;
}

static int is_letter(int32_t cp)
{
	return artex__cp_is(cp, ARTEX_CP_LETTER) != 0;
}

static int is_digit(int32_t cp)
{
	return artex__cp_is(cp, ARTEX_CP_DIGIT) != 0;
}

static int is_upper(int32_t cp)
{
	return artex__cp_is(cp, ARTEX_CP_UPPER) != 0;
}

static int is_quote_mark(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == 0xAB || cp == 0xBB || cp == 0x201E || cp == 0x201A ||
	       cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x2039 ||
	       cp == 0x203A || cp == 0x201F || cp == 0x201B;
}

static int is_dash(int32_t cp)
{
	return cp == 0x2014 || cp == 0x2013 || cp == 0x2012 || cp == 0x2015 || cp == 0x2212;
}

static int32_t peek(const struct artex_ex *ex, size_t i)
{
	int32_t cp = 0;
	if (i < ex->len)
		artex__utf8_next(ex->text + i, ex->len - i, &cp);
	return cp;
}

/* Casefolds into ex->fold; ё is folded to е and ’ to ' so tables need one
 * spelling only. */
static void fold_range(struct artex_ex *ex, struct artex_tok *t)
{
	t->fb = (uint32_t)ex->fold.len;
	/* A code point's lower case takes at most 4 bytes: room for all at once. */
	if (artex_buf_grow(&ex->fold, 4 * (size_t)(t->e - t->b)) < 0) {
		t->fe = t->fb;
		return;
	}
	char *out = ex->fold.data + ex->fold.len;
	for (size_t i = t->b; i < t->e;) {
		int32_t cp;
		i += artex__utf8_next(ex->text + i, ex->len - i, &cp);
		cp = artex__fold_cp(artex__cp_tolower(cp));
		if (cp < 0x80)
			*out++ = (char)cp;
		else if (cp < 0x800)
			*out++ = (char)(0xC0 | (cp >> 6)), *out++ = (char)(0x80 | (cp & 0x3F));
		else
			out += artex__utf8_encode(cp, out);
	}
	ex->fold.len = (size_t)(out - ex->fold.data);
	ex->fold.data[ex->fold.len] = '\0';
	t->fe = (uint32_t)ex->fold.len;
}

static int word_cont(const struct artex_ex *ex, size_t i, size_t n, int32_t cp)
{
	if (is_letter(cp) || is_digit(cp))
		return 1;
	/* Apostrophes and hyphens join letters: ain't, Telegram-канале, об'єкт. */
	if (cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == 0x2BC) {
		int32_t next = peek(ex, i + n);
		return is_letter(next) || (cp == '-' && is_digit(next));
	}
	return 0;
}

/* Words repeat within an article: each distinct casefolded form is
 * classified once, and later tokens of the same form copy the result from
 * the first one. An open-addressed table of token indices; when it is half
 * full the rest is classified afresh. */
#define MEMO_SLOTS 2048

struct memo {
	uint32_t hash[MEMO_SLOTS]; /* 0: empty */
	uint32_t tok[MEMO_SLOTS];
	size_t used;
	uint32_t last_hash;        /* of the word memo_find looked for last */
};

static uint32_t memo_hash(const char *f, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)f[i]) * 16777619u;
	return h | 1;
}

static int memo_find(const struct artex_ex *ex, struct memo *m, const char *f, size_t n,
                     struct artex_tok *t)
{
	uint32_t h = m->last_hash = memo_hash(f, n);
	for (size_t k = h & (MEMO_SLOTS - 1); m->hash[k]; k = (k + 1) & (MEMO_SLOTS - 1)) {
		if (m->hash[k] != h)
			continue;
		const struct artex_tok *o = &ex->toks[m->tok[k]];
		if (o->fe - o->fb == n && memcmp(ex->fold.data + o->fb, f, n) == 0) {
			t->lists = o->lists;
			t->cue = o->cue;
			t->role = o->role;
			t->pronoun = o->pronoun;
			return 1;
		}
	}
	return 0;
}

/* Where nouns compound (German), the last part is the head: a
 * "Sportdirektorin" is a "Direktorin", a "Stadtverwaltung" a "Verwaltung".
 * For a word that is no role or organisation word itself, the tail of five
 * letters or more (after three or more) that is one lends it its role and
 * its organisation bit. */
static void compound_head(const struct artex_ex *ex, const char *f, size_t fn, struct artex_tok *t)
{
	uint32_t org = artex__lang_list_bits(ex->lang_index, ex->L->org_words);
	if (!ex->L->noun_caps || t->role >= 0 || (t->lists & org))
		return;
	size_t cps = 0;
	for (size_t k = 0; k < fn; k++) {
		if (((unsigned char)f[k] & 0xC0) == 0x80)
			continue;
		if (cps++ < 3 || artex__utf8_count(f + k, fn - k) < 5)
			continue;
		struct artex_wordclass wc;
		if (artex__lang_classify(&wc, ex->lang_index, f + k, fn - k) != 0)
			return;
		if (wc.role >= 0 || (wc.lists & org)) {
			t->role = (int8_t)wc.role;
			t->lists |= wc.lists & org;
			return;
		}
	}
}

/* Records token `tok`, whose word memo_find has just looked for. */
static void memo_add(struct memo *m, uint32_t tok)
{
	if (2 * (m->used + 1) > MEMO_SLOTS)
		return;
	size_t k = m->last_hash & (MEMO_SLOTS - 1);
	while (m->hash[k])
		k = (k + 1) & (MEMO_SLOTS - 1);
	m->hash[k] = m->last_hash;
	m->tok[k] = tok;
	m->used++;
}

static int tokenize(struct artex_ex *ex, struct memo *memo);

int artex__ex_tokenize(struct artex_ex *ex)
{
	struct memo *memo = calloc(1, sizeof *memo);
	if (!memo)
		return ARTEX_ENOMEM;
	int rc = tokenize(ex, memo);
	free(memo);
	return rc;
}

static int tokenize(struct artex_ex *ex, struct memo *memo)
{
	artex__lang_init();
	ex->lang_index = artex__lang_index(ex->L);
	ex->classified = 1; /* until a word cannot be */
	uint32_t para = 0;
	int newlines = 0;
	for (size_t i = 0; i < ex->len;) {
		int32_t cp;
		size_t n = artex__utf8_next(ex->text + i, ex->len - i, &cp);
		if (cp == '\n') {
			if (++newlines == 2)
				para++;
			i += n;
			continue;
		}
		if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F || cp == 0x2009) {
			i += n;
			continue;
		}
		newlines = 0;
		struct artex_tok *t = artex__ex_push(ex, (void **)&ex->toks, &ex->n_toks, &ex->cap_toks,
		                                     sizeof *t);
		if (!t)
			return ARTEX_ENOMEM;
		t->b = (uint32_t)i;
		t->para = para;
		t->cp = cp;
		t->mention = -1;
		size_t j = i + n;
		if (is_letter(cp) || is_digit(cp)) {
			int numeric = is_digit(cp);
			size_t letters = 0, uppers = 0;
			if (is_letter(cp)) {
				letters++;
				uppers += (size_t)is_upper(cp);
			}
			for (;;) {
				int32_t c2;
				if (j >= ex->len)
					break;
				size_t n2 = artex__utf8_next(ex->text + j, ex->len - j, &c2);
				if (numeric && (c2 == '.' || c2 == ',') && is_digit(peek(ex, j + 1))) {
					j += n2;
					continue;
				}
				if (!word_cont(ex, j, n2, c2))
					break;
				if (is_letter(c2)) {
					letters++;
					uppers += (size_t)is_upper(c2);
				}
				j += n2;
			}
			t->kind = numeric ? ARTEX_T_NUM : ARTEX_T_WORD;
			if (is_upper(cp))
				t->flags |= ARTEX_TF_CAP;
			if (letters >= 2 && uppers == letters)
				t->flags |= ARTEX_TF_UPPER;
			if (j - i > 2 && (ex->text[j - 2] == '\'' ||
			                  (j - i > 4 && memcmp(ex->text + j - 4, "\xE2\x80\x99", 3) == 0)) &&
			    ex->text[j - 1] == 's')
				t->flags |= ARTEX_TF_POSS;
		} else if (is_quote_mark(cp)) {
			t->kind = ARTEX_T_QUOTE;
		} else if (is_dash(cp) || (cp == '-' && (peek(ex, j) == ' ' || peek(ex, j) == '-' ||
		                                         i == 0 || ex->text[i - 1] == ' ' ||
		                                         ex->text[i - 1] == '\n'))) {
			t->kind = ARTEX_T_DASH;
			while (peek(ex, j) == '-')
				j++;
		} else {
			t->kind = ARTEX_T_PUNCT;
			if (cp == '.' || cp == '!' || cp == '?')
				while (peek(ex, j) == '.' || peek(ex, j) == '!' || peek(ex, j) == '?')
					j++;
		}
		t->e = (uint32_t)j;
		fold_range(ex, t);
		const char *f = ex->fold.data + t->fb;
		size_t fn = t->fe - t->fb;
		struct artex_wordclass wc;
		if (ex->classified && memo_find(ex, memo, f, fn, t)) {
			/* copied from the same word met before */
		} else if (ex->classified && artex__lang_classify(&wc, ex->lang_index, f, fn) == 0) {
			t->lists = wc.lists;
			t->cue = (uint8_t)wc.cue;
			t->role = (int8_t)wc.role;
			t->pronoun = (int8_t)wc.pronoun;
			compound_head(ex, f, fn, t);
			memo_add(memo, (uint32_t)(ex->n_toks - 1));
		} else {
			ex->classified = 0;
			t->cue = (uint8_t)artex__cue_flags(ex->L->cues, f, fn);
			t->role = (int8_t)artex__gword(ex->L->roles, f, fn);
			t->pronoun = (int8_t)artex__gword(ex->L->pronouns, f, fn);
		}
		/* "can report problems" reports nothing; "Theresa May said" does. */
		if (t->cue && ex->n_toks > 1 && !(ex->toks[ex->n_toks - 2].flags & ARTEX_TF_CAP) &&
		    artex__tok_in(ex, ex->n_toks - 2, ex->L->modals))
			t->cue = 0;
		i = j;
	}
	return ex->fold.oom ? ARTEX_ENOMEM : 0;
}

/* Tokens inside paired quote marks, which a sentence end never splits. */
/* Marks, per token, whether it lies inside a quote pair (not dash speech):
 * one pass over the quotes with a running count, so sentence splitting
 * stays linear however many quotes an article holds. Returns a malloc'd
 * array of n_toks flags, NULL on OOM. */
static unsigned char *quote_pair_map(const struct artex_ex *ex)
{
	int *depth = calloc(ex->n_toks + 1, sizeof *depth);
	unsigned char *in = malloc(ex->n_toks + 1);
	if (!depth || !in) {
		free(depth);
		free(in);
		return NULL;
	}
	for (size_t q = 0; q < ex->n_quotes; q++) {
		const struct artex_xquote *x = &ex->quotes[q];
		if (!x->dash && x->t0 < x->t1 && x->t1 <= ex->n_toks) {
			depth[x->t0]++;
			depth[x->t1]--;
		}
	}
	int d = 0;
	for (size_t t = 0; t < ex->n_toks; t++) {
		d += depth[t];
		in[t] = d > 0;
	}
	free(depth);
	return in;
}

/* Token index where the next sentence starts when token t ends one, else 0. */
static size_t ends_sentence(const struct artex_ex *ex, const unsigned char *in_pair, size_t t)
{
	const struct artex_tok *k = &ex->toks[t];
	if (k->kind != ARTEX_T_PUNCT || !(k->cp == '.' || k->cp == '!' || k->cp == '?' ||
	                                  k->cp == 0x2026))
		return 0;
	size_t next = t + 1;
	while (next < ex->n_toks && ex->toks[next].kind == ARTEX_T_QUOTE &&
	       ex->toks[next].para == k->para && ex->toks[next].b == ex->toks[next - 1].e)
		next++;
	if (next >= ex->n_toks || ex->toks[next].para != k->para)
		return 0; /* the paragraph ends anyway */
	if (in_pair[t] && next == t + 1)
		return 0;
	const struct artex_tok *nx = &ex->toks[next];
	if (!(nx->flags & ARTEX_TF_CAP) && nx->kind != ARTEX_T_NUM && nx->kind != ARTEX_T_QUOTE &&
	    nx->kind != ARTEX_T_DASH)
		return 0;
	if (k->cp == '.' && k->e - k->b == 1 && t > 0 && ex->toks[t - 1].e == k->b) {
		size_t p = t - 1;
		if (ex->toks[p].kind == ARTEX_T_WORD) {
			/* Initials (J. Smith, A. Lind) and abbreviations (Mr., Dec.). */
			if (artex__utf8_count(artex__tok_s(ex, p), artex__tok_n(ex, p)) == 1)
				return 0;
			if (artex__word_in(ex->L->abbreviations, artex__tok_f(ex, p), artex__tok_fn(ex, p)))
				return 0;
		}
	}
	return next;
}

int artex__ex_sentences(struct artex_ex *ex)
{
	free(ex->sent_start);
	ex->sent_start = malloc((ex->n_toks + 2) * sizeof *ex->sent_start);
	if (!ex->sent_start)
		return ARTEX_ENOMEM;
	unsigned char *in_pair = quote_pair_map(ex);
	if (!in_pair)
		return ARTEX_ENOMEM;
	for (size_t t = 0; t < ex->n_toks; t++)
		ex->toks[t].flags &= (uint8_t)~ARTEX_TF_SENT0;
	size_t n = 0, boundary = 0;
	uint32_t sent = 0;
	for (size_t t = 0; t < ex->n_toks; t++) {
		if (t == 0 || ex->toks[t].para != ex->toks[t - 1].para || t == boundary) {
			if (t > 0)
				sent++;
			ex->sent_start[n++] = (uint32_t)t;
		}
		ex->toks[t].sent = sent;
		size_t nb = ends_sentence(ex, in_pair, t);
		if (nb)
			boundary = nb;
	}
	free(in_pair);
	ex->sent_start[n] = (uint32_t)ex->n_toks;
	ex->n_sents = n;
	/* The first word of a sentence, also after an opening mark or a dash,
	 * is capitalised whatever it is. */
	for (size_t s = 0; s < n; s++) {
		size_t t = ex->sent_start[s];
		while (t < ex->sent_start[s + 1] && ex->toks[t].kind != ARTEX_T_WORD &&
		       ex->toks[t].kind != ARTEX_T_NUM)
			t++;
		if (t < ex->sent_start[s + 1])
			ex->toks[t].flags |= ARTEX_TF_SENT0;
	}
	return 0;
}
