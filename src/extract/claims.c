/* Claims: reported speech ("X said that …", «По словам X, …», "…, sagte X"),
 * noun-phrase objects of cues («подчеркнул важность …»), anaphoric cues that
 * point back at the sentence before («Такое мнение высказал X»), and
 * headlines of the forms "Name: statement" and "statement — Name". */
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/rank.h"

static size_t sent_begin(const struct artex_ex *ex, size_t s)
{
	return ex->sent_start[s];
}

static size_t sent_end(const struct artex_ex *ex, size_t s)
{
	return ex->sent_start[s + 1];
}

static int trim_tok(const struct artex_ex *ex, size_t t)
{
	const struct artex_tok *k = &ex->toks[t];
	if (k->kind == ARTEX_T_DASH)
		return 1;
	if (k->kind != ARTEX_T_PUNCT)
		return 0;
	return k->cp == ',' || k->cp == '.' || k->cp == ':' || k->cp == ';' || k->cp == '!' ||
	       k->cp == '?' || k->cp == 0x2026;
}

/* Inserts the range [b, e) into the set of claim ranges: 1 when new, 0
 * when taken, -1 on OOM. Open addressing; 0 marks an empty slot, so keys
 * are stored plus one. */
static int claim_range_add(struct artex_ex *ex, uint32_t b, uint32_t e)
{
	uint64_t key = (((uint64_t)b << 32) | e) + 1;
	if (ex->n_claims * 2 >= ex->claim_set_cap) {
		size_t cap = ex->claim_set_cap ? ex->claim_set_cap * 2 : 64;
		uint64_t *set = calloc(cap, sizeof *set);
		if (!set)
			return -1;
		for (size_t i = 0; i < ex->claim_set_cap; i++) {
			uint64_t k = ex->claim_set[i];
			if (!k)
				continue;
			size_t h = (size_t)(k * 0x9E3779B97F4A7C15ull >> 20) & (cap - 1);
			while (set[h])
				h = (h + 1) & (cap - 1);
			set[h] = k;
		}
		free(ex->claim_set);
		ex->claim_set = set;
		ex->claim_set_cap = cap;
	}
	size_t h = (size_t)(key * 0x9E3779B97F4A7C15ull >> 20) & (ex->claim_set_cap - 1);
	while (ex->claim_set[h]) {
		if (ex->claim_set[h] == key)
			return 0;
		h = (h + 1) & (ex->claim_set_cap - 1);
	}
	ex->claim_set[h] = key;
	return 1;
}

/* Adds the claim over tokens [c0, c1) unless it is a direct quote already or
 * a repeat; links the quote it embeds. */
static int add_claim(struct artex_ex *ex, size_t c0, size_t c1, int who, int how, int kind,
                     long cue)
{
	while (c0 < c1 && trim_tok(ex, c0))
		c0++;
	while (c1 > c0 && trim_tok(ex, c1 - 1))
		c1--;
	/* A claim that is one quoted statement loses the marks. */
	if (c1 > c0 + 2 && ex->toks[c0].kind == ARTEX_T_QUOTE && ex->toks[c1 - 1].kind == ARTEX_T_QUOTE) {
		c0++;
		c1--;
	}
	/* A quote mark left without its pair at either end goes too. */
	if (c1 > c0 && ex->toks[c1 - 1].kind == ARTEX_T_QUOTE && !(ex->toks[c1 - 1].flags & ARTEX_TF_INQUOTE))
		c1--;
	size_t words = 0, quoted = 0;
	for (size_t t = c0; t < c1; t++)
		if (ex->toks[t].kind == ARTEX_T_WORD || ex->toks[t].kind == ARTEX_T_NUM) {
			words++;
			quoted += (ex->toks[t].flags & ARTEX_TF_INQUOTE) != 0;
		}
	if (words < 2)
		return 0;
	if (c0 < ex->n_toks && ex->quote_cover[c0] > 0 && kind != ARTEX_CLAIM_HEADLINE)
		return 0; /* starts inside a quote */
	long quote = -1; /* the first quote, in model order, that lies inside */
	for (size_t t = c0; t < c1; t++)
		for (long q = ex->quote_first_at[t]; q >= 0; q = ex->quote_next[q])
			if (ex->quotes[q].t1 <= c1 && (quote < 0 || q < quote))
				quote = q;
	if (kind != ARTEX_CLAIM_HEADLINE && quoted == words)
		return 0; /* the direct quote says it already */
	if (quote >= 0 && kind == ARTEX_CLAIM_INDIRECT)
		kind = ARTEX_CLAIM_DIRECT;
	uint32_t b = ex->toks[c0].b, e = ex->toks[c1 - 1].e;
	int fresh = claim_range_add(ex, b, e);
	if (fresh <= 0)
		return fresh < 0 ? ARTEX_ENOMEM : 0;
	struct artex_xclaim *c = artex__ex_push(ex, (void **)&ex->claims, &ex->n_claims,
	                                        &ex->cap_claims, sizeof *c);
	if (!c)
		return ARTEX_ENOMEM;
	c->b = b;
	c->e = e;
	c->t0 = (uint32_t)c0;
	c->t1 = (uint32_t)c1;
	c->cue = cue;
	c->claimant = who;
	c->kind = kind;
	c->quote = (int)quote;
	c->how = who >= 0 ? how : ARTEX_HOW_NONE;
	return 1;
}

static int cue_ok(const struct artex_ex *ex, size_t t, int want)
{
	if (ex->toks[t].flags & ARTEX_TF_INQUOTE)
		return 0;
	int f = artex__ex_cue_at(ex, t);
	return (f & want) != 0;
}

/* The body of match_phrase below, past the test of the first letter. */
static int match_phrase_at(const struct artex_ex *ex, const char *phrase, size_t p, size_t lim,
                           size_t *s0, size_t *s1, size_t *end)
{
	const char *w = phrase;
	size_t t = p;
	while (*w) {
		size_t n = 0; /* strcspn(w, " "), without a call per token and phrase */
		while (w[n] && w[n] != ' ')
			n++;
		if (t >= lim)
			return 0;
		if (n == 1 && *w == '%') {
			/* Any verb of saying: "как % @" is "как отмечают аналитики". */
			if (!artex__ex_cue_at(ex, t))
				return 0;
			t++;
		} else if (n == 1 && *w == '@') {
			*s0 = t;
			if (w[1] == '\0') {
				while (t < lim && !artex__tok_punct(ex, t, ',') && !artex__tok_punct(ex, t, '.') &&
				       ex->toks[t].kind != ARTEX_T_QUOTE)
					t++;
				/* No comma after the source ("Laut Berger kostet …"): it ends
				 * with its name. */
				if (!artex__tok_punct(ex, t, ',')) {
					size_t k = *s0;
					while (k < t && ex->toks[k].mention < 0 && k < *s0 + 2)
						k++;
					if (k < t && ex->toks[k].mention >= 0 && ex->ments[ex->toks[k].mention].t1 < t)
						t = ex->ments[ex->toks[k].mention].t1;
				}
			} else {
				t++;
			}
			*s1 = t;
			if (*s1 == *s0)
				return 0;
		} else {
			if (ex->toks[t].kind != ARTEX_T_WORD || artex__tok_fn(ex, t) != n ||
			    memcmp(artex__tok_f(ex, t), w, n) != 0)
				return 0;
			t++;
		}
		w += n;
		while (*w == ' ')
			w++;
	}
	*end = t;
	return 1;
}

/* Matches a phrase ("по словам @") at token p; the place of '@' is returned
 * in [*s0, *s1) and the token after the phrase in *end. It is tried at every
 * token, and most tokens fail on the phrase's first letter: that test is
 * here, small enough to be inlined into the loops. */
static int match_phrase(const struct artex_ex *ex, const char *phrase, size_t p, size_t lim,
                        size_t *s0, size_t *s1, size_t *end)
{
	*s0 = *s1 = 0;
	if (*phrase && *phrase != '@' && p < lim &&
	    (ex->toks[p].kind != ARTEX_T_WORD || artex__tok_fn(ex, p) == 0 ||
	     artex__tok_f(ex, p)[0] != *phrase))
		return 0;
	return match_phrase_at(ex, phrase, p, lim, s0, s1, end);
}

#define PHRASE_UNKNOWN (-3)

static int slot_speaker(struct artex_ex *ex, size_t s0, size_t s1, int *found)
{
	for (size_t t = s0; t < s1; t++) {
		int32_t m = ex->toks[t].mention;
		if (m >= 0) {
			*found = 1;
			/* "According to Acme's Flood Research Unit": the last name. */
			if (ex->ments[m].poss && t + 1 < s1) {
				for (size_t k = ex->ments[m].t1; k < s1; k++)
					if (ex->toks[k].mention >= 0) {
						m = ex->toks[k].mention;
						break;
					}
			}
			return ex->ments[m].kind == ARTEX_M_NAME ? ex->ments[m].entity
			                                        : artex__ex_resolve(ex, (size_t)m);
		}
	}
	return -1;
}

static void phrase_starts_init(struct phrase_starts *ps, const char *const *phrases)
{
	ps->any = 0;
	ps->n = 0;
	for (const char *const *ph = phrases; ph && *ph && !ps->any; ph++) {
		const char *w = *ph;
		size_t n = 0;
		while (w[n] && w[n] != ' ')
			n++;
		if (n == 0 || w[0] == '@' || ps->n == 16) {
			ps->any = 1;
			break;
		}
		size_t k = 0;
		while (k < ps->n && !(ps->len[k] == n && memcmp(ps->word[k], w, n) == 0))
			k++;
		if (k == ps->n) {
			ps->word[ps->n] = w;
			ps->len[ps->n++] = n;
		}
	}
}

/* The table above for this article's language, made on first use. */
static const struct phrase_starts *phrase_starts(struct artex_ex *ex)
{
	if (!ex->phrase_starts_ready) {
		phrase_starts_init(&ex->phrase_starts, ex->L->source_phrases);
		ex->phrase_starts_ready = 1;
	}
	return &ex->phrase_starts;
}

static int phrase_may_start(const struct artex_ex *ex, const struct phrase_starts *ps, size_t p)
{
	if (ps->any)
		return 1;
	if (ex->toks[p].kind != ARTEX_T_WORD)
		return 0;
	const char *f = artex__tok_f(ex, p);
	size_t n = artex__tok_fn(ex, p);
	for (size_t k = 0; k < ps->n; k++)
		if (ps->len[k] == n && memcmp(ps->word[k], f, n) == 0)
			return 1;
	return 0;
}

static int phrase_speaker_scan(struct artex_ex *ex, size_t s);

/* Asked for every quote and claim of a sentence: answered once per
 * sentence, so a sentence of many quotes stays linear. */
int artex__ex_phrase_speaker(struct artex_ex *ex, size_t s)
{
	if (!ex->phrase_memo) {
		ex->phrase_memo = malloc(ex->n_sents * sizeof *ex->phrase_memo);
		if (!ex->phrase_memo)
			return phrase_speaker_scan(ex, s);
		for (size_t i = 0; i < ex->n_sents; i++)
			ex->phrase_memo[i] = PHRASE_UNKNOWN;
	}
	if (ex->phrase_memo[s] == PHRASE_UNKNOWN)
		ex->phrase_memo[s] = phrase_speaker_scan(ex, s);
	return ex->phrase_memo[s];
}

/* A source phrase matched in a sentence, outside quotes: it starts at token
 * p, its source is the slot [s0, s1) and it ends before `end`. */
struct phrase_match {
	const char *const *ph; /* the phrase; NULL before the first match */
	size_t p, s0, s1, end;
};

/* The match after *m in the sentence [a, z), in the order of the tokens and
 * then of the language's phrases; 0 when there is none. */
static int next_phrase(struct artex_ex *ex, size_t a, size_t z, struct phrase_match *m)
{
	const struct phrase_starts *ps = phrase_starts(ex);
	const char *const *ph = m->ph ? m->ph + 1 : NULL;
	for (size_t p = m->ph ? m->p : a; p < z; p++, ph = NULL) {
		if ((ex->toks[p].flags & ARTEX_TF_INQUOTE) || !phrase_may_start(ex, ps, p))
			continue;
		for (ph = ph ? ph : ex->L->source_phrases; ph && *ph; ph++)
			if (match_phrase(ex, *ph, p, z, &m->s0, &m->s1, &m->end)) {
				m->ph = ph;
				m->p = p;
				return 1;
			}
	}
	return 0;
}

static int phrase_speaker_scan(struct artex_ex *ex, size_t s)
{
	size_t a = sent_begin(ex, s), z = sent_end(ex, s);
	struct phrase_match m = {0};
	while (next_phrase(ex, a, z, &m)) {
		int found = 0;
		if (artex__tok_in(ex, m.s0, ex->L->indefinites))
			continue;
		int who = slot_speaker(ex, m.s0, m.s1, &found);
		if (found)
			return who;
	}
	return -2;
}

static int phrase_claims(struct artex_ex *ex, size_t s)
{
	size_t a = sent_begin(ex, s), z = sent_end(ex, s);
	struct phrase_match pm = {0};
	while (next_phrase(ex, a, z, &pm)) {
		size_t p = pm.p, s0 = pm.s0, s1 = pm.s1, end = pm.end;
		int found = 0;
		int who = -1;
		/* "according to a witness, Sergeant Ivo Lind, …" */
		if (end + 1 < z && artex__tok_punct(ex, end, ',') && ex->toks[end + 1].mention >= 0) {
			const struct artex_mention *m = &ex->ments[ex->toks[end + 1].mention];
			if (m->kind == ARTEX_M_NAME && artex__tok_punct(ex, m->t1, ',') &&
			    (artex__tok_in(ex, s0, ex->L->indefinites) || slot_speaker(ex, s0, s1, &found) < 0 ||
			     ex->ents[slot_speaker(ex, s0, s1, &found)].is_org)) {
				s0 = m->t0;
				s1 = m->t1;
				end = m->t1 + 1;
			}
		}
		if (artex__tok_in(ex, s0, ex->L->indefinites))
			continue;
		found = 0;
		who = slot_speaker(ex, s0, s1, &found);
		/* A source that names nobody ("по данным ведомства") still makes
		 * a claim, whose claimant the ranking may find nearby. */
		if (!found && !(ex->toks[s0].kind == ARTEX_T_WORD && !(ex->toks[s0].flags & ARTEX_TF_INQUOTE)))
			continue;
		/* An apposition after the source: ", a military psychiatrist who …, ". */
		if (artex__tok_punct(ex, end, ',') && end + 1 < z &&
		    (artex__tok_in(ex, end + 1, ex->L->indefinites) || artex__tok_in(ex, end + 1, ex->L->definite_articles) ||
		     artex__tok_role(ex, end + 1) >= 0)) {
			size_t k = end + 1;
			/* Only a description of a person is an apposition: "according
			 * to Okafor, the first cranes will arrive, and …" is the claim. */
			int describes = 0;
			while (k < z && !artex__tok_punct(ex, k, ',')) {
				if (artex__tok_role(ex, k) >= 0 || artex__tok_in(ex, k, ex->L->relative_words))
					describes = 1;
				k++;
			}
			/* A place name after the comma ("Tarn, Norway,") stays in it. */
			if (k + 2 < z && (ex->toks[k + 1].flags & ARTEX_TF_CAP) && artex__tok_punct(ex, k + 2, ','))
				k += 2;
			if (k < z && describes)
				end = k;
		}
		/* A relative clause on the source ("the researcher who found
		 * the flaw") belongs to it, up to the next comma. */
		if (end < z && artex__tok_in(ex, end, ex->L->relative_words)) {
			while (end < z && !artex__tok_punct(ex, end, ','))
				end++;
			if (end + 1 >= z)
				end = z - 1;
		}
		int rc;
		size_t lead = p;
		while (lead > a && (trim_tok(ex, lead - 1) || artex__tok_in(ex, lead - 1, ex->L->conjunctions)))
			lead--;
		if (lead == a || end < z - 1) {
			/* Phrase first (or inside): the claim follows it. */
			rc = add_claim(ex, end, z, who, ARTEX_HOW_PHRASE, ARTEX_CLAIM_INDIRECT, (long)p);
		} else {
			rc = add_claim(ex, a, p, who, ARTEX_HOW_PHRASE, ARTEX_CLAIM_INDIRECT, (long)p);
		}
		return rc;
	}
	return 0;
}

/* A lower-case word with one of the language's participle endings. */
static int participle(const struct artex_ex *ex, size_t t)
{
	if (t >= ex->n_toks || ex->toks[t].kind != ARTEX_T_WORD || (ex->toks[t].flags & ARTEX_TF_CAP))
		return 0;
	const char *f = artex__tok_f(ex, t);
	size_t n = artex__tok_fn(ex, t);
	for (const char *const *e = ex->L->participle_endings; e && *e; e++) {
		size_t el = strlen(*e);
		if (n > el + 2 && memcmp(f + n - el, *e, el) == 0)
			return 1;
	}
	return 0;
}

/* Where a content clause may start right after a bare cue ("said the
 * plan …", "said its members …"): a word of the language's clause starts,
 * a capitalised word or a number, or any word that no preposition,
 * auxiliary or cue is. */
static int bare_clause_start(const struct artex_ex *ex, size_t b)
{
	const struct artex_tok *k = &ex->toks[b];
	if (k->flags & ARTEX_TF_INQUOTE)
		return 0;
	if (k->kind == ARTEX_T_NUM || artex__tok_in(ex, b, ex->L->clause_starts))
		return 1;
	if (k->kind != ARTEX_T_WORD || artex__tok_in(ex, b, ex->L->months))
		return 0;
	if (k->flags & ARTEX_TF_CAP)
		return 1;
	return !artex__tok_in(ex, b, ex->L->prepositions) && !artex__tok_in(ex, b, ex->L->passive_aux) &&
	       !artex__tok_in(ex, b, ex->L->skip_words) && !artex__ex_cue_at(ex, b) &&
	       b + 1 < ex->n_toks && ex->toks[b + 1].kind == ARTEX_T_WORD;
}

/* Someone named right after cue t, perhaps past an article: ", said the
 * minister", ", said Jane Doe", ", — сказал он". */
static int subject_after(const struct artex_ex *ex, size_t t)
{
	size_t k = t + 1;
	if (k < ex->n_toks && artex__tok_in(ex, k, ex->L->definite_articles))
		k++;
	if (k >= ex->n_toks)
		return 0;
	/* ", said he." but not ", said she had been …". */
	if (artex__tok_pronoun(ex, k) >= 0)
		return k + 1 >= ex->n_toks || ex->toks[k + 1].kind == ARTEX_T_PUNCT;
	return ex->toks[k].mention >= 0 || artex__tok_role(ex, k) >= 0 || artex__tok_in(ex, k, ex->L->titles);
}

/* A person or organisation named before cue t in its sentence. */
static int subject_before(struct artex_ex *ex, size_t t)
{
	size_t a = sent_begin(ex, ex->toks[t].sent);
	for (size_t k = t; k-- > a;) {
		if (ex->toks[k].flags & ARTEX_TF_INQUOTE)
			return 0;
		if (artex__ex_mention_ending_at(ex, k) >= 0)
			return 1;
	}
	return 0;
}

/* "X said (that) …": the content clause after the complementiser. */
static int verb_claims(struct artex_ex *ex, size_t s)
{
	size_t a = sent_begin(ex, s), z = sent_end(ex, s);
	int made = 0;
	for (size_t t = a; t < z; t++) {
		if (!cue_ok(ex, t, ARTEX_CUE_THAT))
			continue;
		size_t content = 0;
		for (size_t k = t + 1; k < z && k < t + 9; k++) {
			if ((ex->toks[k].flags & ARTEX_TF_INQUOTE) || ex->toks[k].kind == ARTEX_T_QUOTE ||
			    artex__tok_punct(ex, k, '.') || artex__tok_punct(ex, k, ':') ||
			    ex->toks[k].kind == ARTEX_T_DASH || artex__ex_cue_at(ex, k))
				break;
			if (artex__tok_in(ex, k, ex->L->complementisers)) {
				content = k + 1;
				break;
			}
		}
		int f = artex__ex_cue_at(ex, t);
		/* ", said Jane …" is inverted: its subject follows. "Tomas Reyes, an
		 * organiser, said the staff …" is not: the comma closes the
		 * subject's apposition, and no one is named after the cue. */
		int inverted = t > a && (ex->toks[t - 1].kind == ARTEX_T_QUOTE || ex->toks[t - 1].kind == ARTEX_T_DASH ||
		                         (artex__tok_punct(ex, t - 1, ',') && subject_after(ex, t)));
		/* "accused the airline of hiding losses": the content follows the
		 * preposition. */
		for (size_t k = t + 1; !content && (f & ARTEX_CUE_OF) && k + 1 < z && k < t + 8; k++) {
			if (ex->toks[k].kind == ARTEX_T_QUOTE || artex__tok_punct(ex, k, '.'))
				break;
			if (artex__tok_in(ex, k, ex->L->object_preps))
				content = k + 1;
		}
		/* "Karin Wolff sagte, die Preise würden steigen": the clause right
		 * after a comma, where the cue's subject came before it. */
		if (!content && !inverted && t + 2 < z && artex__tok_punct(ex, t + 1, ',') &&
		    ex->toks[t + 2].kind == ARTEX_T_WORD && !(ex->toks[t + 2].flags & ARTEX_TF_INQUOTE) &&
		    !artex__tok_in(ex, t + 2, ex->L->conjunctions) && !artex__ex_cue_at(ex, t + 2) &&
		    subject_before(ex, t))
			content = t + 2;
		/* "told listeners the squad was …": an addressee, then the clause. */
		if (!content && !inverted && t + 2 < z && ex->toks[t + 1].kind == ARTEX_T_WORD &&
		    !(ex->toks[t + 1].flags & (ARTEX_TF_CAP | ARTEX_TF_INQUOTE)) && ex->toks[t + 1].mention < 0 &&
		    !artex__tok_in(ex, t + 1, ex->L->prepositions) &&
		    (artex__tok_in(ex, t + 2, ex->L->definite_articles) ||
		     artex__tok_in(ex, t + 2, ex->L->possessives) || artex__tok_pronoun(ex, t + 2) >= 0))
			content = t + 2;
		/* "said Monday it would …": a day or date between cue and clause. */
		size_t b = t + 1;
		while (b < z && artex__tok_in(ex, b, ex->L->months))
			b++;
		if (!content && !inverted && (f & ARTEX_CUE_BARE) && b < z && bare_clause_start(ex, b))
			content = b;
		if (!content)
			continue;
		int how;
		int who = artex__ex_cue_speaker(ex, t, &how);
		while (content) {
			size_t end = z, next = 0;
			for (size_t k = content; k + 1 < z; k++) {
				/* A later ", said X"-style attribution or quote ends the clause,
				 * and so does a participle of saying (", saying …"). */
				if (artex__tok_punct(ex, k, ',') &&
				    (ex->toks[k + 1].kind == ARTEX_T_DASH || artex__ex_cue_at(ex, k + 1) ||
				     participle(ex, k + 1))) {
					end = k;
					break;
				}
				/* "… and recommended that …": a second cue starts a second claim. */
				if (artex__tok_in(ex, k, ex->L->conjunctions) &&
				    (cue_ok(ex, k + 1, ARTEX_CUE_THAT) || (k + 2 < z && cue_ok(ex, k + 2, ARTEX_CUE_THAT)))) {
					end = k;
					break;
				}
				/* "сообщил, что …, и выразил уверенность, что …": a second
				 * clause of saying after a conjunction. */
				if (artex__tok_punct(ex, k, ',') && artex__tok_in(ex, k + 1, ex->L->conjunctions)) {
					size_t c = k + 2;
					while (c < z && c < k + 6 && !artex__tok_in(ex, c, ex->L->complementisers) &&
					       !artex__tok_punct(ex, c, '.'))
						c++;
					if (c < z && c < k + 6 && artex__tok_in(ex, c, ex->L->complementisers) &&
					    artex__tok_punct(ex, c - 1, ',')) {
						end = k;
						next = c + 1;
						break;
					}
				}
				/* "… and that …": the same cue's second clause. */
				if (artex__tok_in(ex, k, ex->L->conjunctions) &&
				    artex__tok_in(ex, k + 1, ex->L->complementisers)) {
					end = k;
					next = k + 2;
					break;
				}
			}
			int rc = add_claim(ex, content, end, who, how, ARTEX_CLAIM_INDIRECT, (long)t);
			if (rc < 0)
				return rc;
			made += rc;
			t = end;
			content = next;
		}
	}
	return made;
}

/* "…, sagte die Ministerin." and "…, Lind told the court, but …". */
static int postposed_claims(struct artex_ex *ex, size_t s)
{
	size_t a = sent_begin(ex, s), z = sent_end(ex, s);
	for (size_t t = a + 3; t < z; t++) {
		if (!cue_ok(ex, t, ARTEX_CUE_THAT))
			continue;
		/* Back over the subject to the comma that ends the content: "…, a
		 * report by the Rivers Trust said", "…, county officials said". */
		size_t c = t - 1;
		for (size_t n = 0; c > a + 1 && n < 8 && !artex__tok_punct(ex, c, ',') &&
		                   (ex->toks[c].kind == ARTEX_T_WORD || ex->toks[c].kind == ARTEX_T_NUM) &&
		                   !(ex->toks[c].flags & ARTEX_TF_INQUOTE) &&
		                   !artex__tok_in(ex, c, ex->L->passive_aux);
		     n++) {
			int32_t m = (int32_t)artex__ex_mention_ending_at(ex, c);
			c = m >= 0 && ex->ments[m].r0 > a ? ex->ments[m].r0 - 1 : c - 1;
		}
		if (!artex__tok_punct(ex, c, ',') || c <= a + 1)
			continue;
		if (ex->toks[c - 1].kind == ARTEX_T_QUOTE || (ex->toks[c - 1].flags & ARTEX_TF_INQUOTE))
			continue;
		/* Not when the content follows the cue, nor when the part before the
		 * comma is the subject with its apposition. */
		size_t words = 0;
		for (size_t k = a; k < c; k++)
			words += ex->toks[k].kind == ARTEX_T_WORD || ex->toks[k].kind == ARTEX_T_NUM;
		int after = 0;
		for (size_t k = t + 1; k < z && k < t + 9; k++) {
			if (artex__tok_in(ex, k, ex->L->complementisers) || ex->toks[k].kind == ARTEX_T_QUOTE ||
			    artex__tok_punct(ex, k, ':'))
				after = 1;
			/* The comma of "признал, что" does not end the search. */
			if (artex__tok_punct(ex, k, '.') || (artex__tok_punct(ex, k, ',') && k > t + 1))
				break;
		}
		int f = artex__ex_cue_at(ex, t);
		/* The content follows the cue ("…, the mayor said the plan …"). */
		size_t b = t + 1;
		while (b < z && artex__tok_in(ex, b, ex->L->months))
			b++;
		if ((f & ARTEX_CUE_BARE) && b < z && bare_clause_start(ex, b))
			after = 1;
		/* An opening phrase ("After the vote, the mayor said …") is no
		 * reported clause. */
		if (artex__tok_in(ex, a, ex->L->prepositions))
			after = 1;
		/* The last mention ending there answers at once; only when it is no
		 * name can another ending there be one. */
		long last = artex__ex_mention_ending_at(ex, c - 1);
		int subject_before = last >= 0 && ex->ments[last].kind == ARTEX_M_NAME;
		for (size_t i = 0; last >= 0 && !subject_before && i < ex->n_ments; i++)
			if (ex->ments[i].t1 == c && ex->ments[i].kind == ARTEX_M_NAME)
				subject_before = 1;
		if (words < 4 || after || subject_before)
			continue;
		int how;
		int who = artex__ex_cue_speaker(ex, t, &how);
		int rc = add_claim(ex, a, c, who, how, ARTEX_CLAIM_INDIRECT, (long)t);
		if (rc < 0)
			return rc;
		for (size_t k = t + 1; k + 1 < z; k++)
			if (artex__tok_punct(ex, k, ',') && artex__tok_in(ex, k + 1, ex->L->conjunctions)) {
				if (add_claim(ex, k + 2, z, who, how, ARTEX_CLAIM_INDIRECT, (long)t) < 0)
					return ARTEX_ENOMEM;
				break;
			}
		return rc;
	}
	return 0;
}

/* «Такое мнение высказал X», «Об этом заявил X», "Dies sagte X": the claim
 * is the sentence before, the headline for a first body sentence. */
static int anaphoric_claims(struct artex_ex *ex, size_t s)
{
	size_t a = sent_begin(ex, s), z = sent_end(ex, s);
	if (s == 0)
		return 0;
	for (const char *const *ph = ex->L->anaphors; ph && *ph; ph++) {
		size_t s0, s1, end;
		if (!match_phrase(ex, *ph, a, z, &s0, &s1, &end))
			continue;
		for (size_t t = end; t < z && t < end + 3; t++) {
			if (!cue_ok(ex, t, ARTEX_CUE_THAT | ARTEX_CUE_NP))
				continue;
			int how;
			int who = artex__ex_cue_speaker(ex, t, &how);
			size_t p0 = sent_begin(ex, s - 1), p1 = sent_end(ex, s - 1);
			int kind = ex->toks[p0].para == 0 ? ARTEX_CLAIM_HEADLINE : ARTEX_CLAIM_INDIRECT;
			return add_claim(ex, p0, p1, who, how, kind, (long)t);
		}
	}
	return 0;
}

/* «подчеркнул важность …»: a noun phrase object up to the next comma. */
static int np_claims(struct artex_ex *ex, size_t s)
{
	size_t a = sent_begin(ex, s), z = sent_end(ex, s);
	for (size_t t = a; t + 1 < z; t++) {
		if (!cue_ok(ex, t, ARTEX_CUE_NP))
			continue;
		size_t n = t + 1;
		if (ex->toks[n].kind != ARTEX_T_WORD || (ex->toks[n].flags & (ARTEX_TF_CAP | ARTEX_TF_INQUOTE)) ||
		    artex__tok_in(ex, n, ex->L->function_words) || artex__tok_in(ex, n, ex->L->complementisers))
			continue;
		size_t end = n;
		int names = 0;
		while (end < z && !artex__tok_punct(ex, end, ',') && !artex__tok_punct(ex, end, '.') &&
		       !artex__tok_punct(ex, end, ';') && ex->toks[end].kind != ARTEX_T_DASH)
			names |= ex->toks[end++].mention >= 0;
		/* "— подчеркнула глава ассоциации": the phrase after the cue is
		 * its subject, not what was said. */
		if (names)
			continue;
		int how;
		int who = artex__ex_cue_speaker(ex, t, &how);
		return add_claim(ex, n, end, who, how, ARTEX_CLAIM_INDIRECT, (long)t);
	}
	return 0;
}

static int named_in_body(const struct artex_ex *ex, int e)
{
	for (size_t i = 0; i < ex->n_ments; i++)
		if (ex->ments[i].entity == e && ex->toks[ex->ments[i].t0].para > 0)
			return 1;
	return 0;
}

static int person_mention_exactly(const struct artex_ex *ex, size_t t0, size_t t1)
{
	for (size_t i = 0; i < ex->n_ments; i++) {
		const struct artex_mention *m = &ex->ments[i];
		if (m->kind == ARTEX_M_NAME && m->r0 >= t0 && m->t0 >= t0 && m->t1 == t1 && m->entity >= 0) {
			const struct artex_xentity *e = &ex->ents[m->entity];
			if (e->known || (!e->is_org && strchr(e->name, ' ') && named_in_body(ex, m->entity)))
				return m->entity;
		}
	}
	return -1;
}

static void headline_quote_speaker(struct artex_ex *ex, size_t c0, size_t c1, int who)
{
	for (size_t q = 0; q < ex->n_quotes; q++)
		if (ex->quotes[q].t0 >= c0 && ex->quotes[q].t1 <= c1 && ex->quotes[q].speaker < 0) {
			ex->quotes[q].speaker = who;
			ex->quotes[q].how = ARTEX_HOW_HEADLINE;
		}
}

static int headline_claims(struct artex_ex *ex)
{
	size_t h1 = 0;
	while (h1 < ex->n_toks && ex->toks[h1].para == 0)
		h1++;
	if (h1 < 3)
		return 0;
	for (size_t c = 1; c + 1 < h1; c++) {
		if (!artex__tok_punct(ex, c, ':'))
			continue;
		int who = person_mention_exactly(ex, 0, c);
		if (who < 0)
			break;
		headline_quote_speaker(ex, c + 1, h1, who);
		return add_claim(ex, c + 1, h1, who, ARTEX_HOW_HEADLINE, ARTEX_CLAIM_HEADLINE, -1);
	}
	for (size_t d = h1 - 1; d > 1; d--) {
		if (ex->toks[d].kind != ARTEX_T_DASH)
			continue;
		int who = person_mention_exactly(ex, d + 1, h1);
		if (who < 0)
			break;
		headline_quote_speaker(ex, 0, d, who);
		return add_claim(ex, 0, d, who, ARTEX_HOW_HEADLINE, ARTEX_CLAIM_HEADLINE, -1);
	}
	return 0;
}

/* Indexes the quotes by token for add_claim. */
static int index_quotes(struct artex_ex *ex)
{
	ex->quote_cover = calloc(ex->n_toks + 1, sizeof *ex->quote_cover);
	ex->quote_first_at = malloc((ex->n_toks + 1) * sizeof *ex->quote_first_at);
	ex->quote_next = malloc((ex->n_quotes + 1) * sizeof *ex->quote_next);
	if (!ex->quote_cover || !ex->quote_first_at || !ex->quote_next)
		return ARTEX_ENOMEM;
	for (size_t t = 0; t <= ex->n_toks; t++)
		ex->quote_first_at[t] = -1;
	for (size_t q = ex->n_quotes; q-- > 0;) {
		const struct artex_xquote *xq = &ex->quotes[q];
		ex->quote_cover[xq->t0]++;
		ex->quote_cover[xq->t1]--;
		ex->quote_next[q] = ex->quote_first_at[xq->t0];
		ex->quote_first_at[xq->t0] = (long)q;
	}
	for (size_t t = 1; t <= ex->n_toks; t++)
		ex->quote_cover[t] += ex->quote_cover[t - 1];
	return 0;
}

/* The claimants the rules found are the base of the ranking, as for
 * quotes. A headline quote whose speaker is the headline's claimant gets
 * the choice made for the claim. */
static int rank_claims(struct artex_ex *ex)
{
	if (ex->n_claims == 0)
		return 0;
	struct artex_item *items = calloc(ex->n_claims, sizeof *items);
	if (!items)
		return ARTEX_ENOMEM;
	long prev = -1;
	for (size_t i = 0; i < ex->n_claims; i++) {
		const struct artex_xclaim *c = &ex->claims[i];
		struct artex_item *it = &items[i];
		int phrase = artex__ex_phrase_speaker(ex, ex->toks[c->t0].sent);
		it->t0 = c->t0;
		it->t1 = c->t1;
		it->cue = c->cue;
		it->base = c->claimant;
		it->base_how = c->how;
		it->phrase = phrase >= 0 ? phrase : -1;
		it->prev = prev >= 0 && ex->toks[ex->claims[prev].t0].para == ex->toks[c->t0].para
		                   ? ex->claims[prev].claimant : -1;
		it->is_claim = 1;
		prev = (long)i;
	}
	int rc = artex__ex_rank(ex, items, ex->n_claims);
	for (size_t i = 0; rc == 0 && i < ex->n_claims; i++) {
		struct artex_xclaim *c = &ex->claims[i];
		c->claimant = items[i].chosen;
		c->conf = items[i].conf;
		if (c->kind != ARTEX_CLAIM_HEADLINE)
			continue;
		for (size_t q = 0; q < ex->n_quotes; q++)
			if (ex->quotes[q].how == ARTEX_HOW_HEADLINE) {
				ex->quotes[q].speaker = c->claimant;
				ex->quotes[q].conf = c->conf;
			}
	}
	free(items);
	return rc;
}

/* A sentence in the reportive mood right after a claim goes on with the
 * same source: "Sie sagte, die Preise würden steigen. Die Beschaffung sei
 * teurer geworden." One claim per sentence. */
static int reportive_claims(struct artex_ex *ex, size_t s, size_t claims_before)
{
	if (!ex->L->reportive_verbs || s == 0)
		return 0;
	size_t a = sent_begin(ex, s), z = sent_end(ex, s);
	long verb = -1;
	for (size_t t = a; t < z && verb < 0; t++)
		if (!(ex->toks[t].flags & ARTEX_TF_INQUOTE) && artex__tok_in(ex, t, ex->L->reportive_verbs))
			verb = (long)t;
	if (verb < 0)
		return 0;
	/* The source: the claim of the sentence before, within the paragraph,
	 * else whoever a verb of saying there has as its subject ("Der
	 * Staatsanwalt sprach von Betrug. Das sei …"). */
	size_t p0 = sent_begin(ex, s - 1), p1 = sent_end(ex, s - 1);
	if (ex->toks[p0].para != ex->toks[a].para)
		return 0;
	if (claims_before > 0) {
		const struct artex_xclaim *last = &ex->claims[claims_before - 1];
		if (last->kind != ARTEX_CLAIM_HEADLINE && ex->toks[last->t0].sent + 1 == s)
			return add_claim(ex, a, z, last->claimant, ARTEX_HOW_CARRY, ARTEX_CLAIM_INDIRECT, verb);
	}
	for (size_t t = p0; t < p1; t++) {
		if ((ex->toks[t].flags & ARTEX_TF_INQUOTE) || !artex__ex_cue_at(ex, t))
			continue;
		int how;
		int who = artex__ex_cue_speaker(ex, t, &how);
		if (who >= 0)
			return add_claim(ex, a, z, who, ARTEX_HOW_CARRY, ARTEX_CLAIM_INDIRECT, verb);
	}
	return 0;
}

int artex__ex_claims(struct artex_ex *ex)
{
	int rc = index_quotes(ex);
	if (rc < 0)
		return rc;
	rc = headline_claims(ex);
	if (rc < 0)
		return rc;
	for (size_t s = 0; s < ex->n_sents; s++) {
		if ((rc = anaphoric_claims(ex, s)) != 0) {
			if (rc < 0)
				return rc;
			continue;
		}
		size_t before = ex->n_claims;
		if ((rc = postposed_claims(ex, s)) == 0 && (rc = verb_claims(ex, s)) == 0 &&
		    (rc = phrase_claims(ex, s)) == 0 && (rc = np_claims(ex, s)) == 0)
			rc = reportive_claims(ex, s, before);
		if (rc < 0)
			return rc;
	}
	return rank_claims(ex);
}
