/* Speakers: the subject of a cue verb (before it, past an apposition, or
 * after it in inverted order), and quotes attributed through their cue or
 * the quote before them. */
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/rank.h"

/* Mentions by the token they end or start at, rebuilt when mentions were
 * added since: a lookup per token instead of a scan of every mention, which
 * keeps articles with thousands of attributions linear. Returns -1 on OOM,
 * in which case the lookups below fall back to scanning. */
static int index_mentions(struct artex_ex *ex)
{
	if (ex->ment_end_at && ex->ments_indexed == ex->n_ments)
		return 0;
	free(ex->ment_end_at);
	free(ex->ment_start_at);
	ex->ment_end_at = malloc((ex->n_toks + 1) * sizeof *ex->ment_end_at);
	ex->ment_start_at = malloc((ex->n_toks + 1) * sizeof *ex->ment_start_at);
	if (!ex->ment_end_at || !ex->ment_start_at) {
		free(ex->ment_end_at);
		free(ex->ment_start_at);
		ex->ment_end_at = ex->ment_start_at = NULL;
		return -1;
	}
	for (size_t t = 0; t <= ex->n_toks; t++)
		ex->ment_end_at[t] = ex->ment_start_at[t] = -1;
	for (size_t i = 0; i < ex->n_ments; i++) {
		const struct artex_mention *m = &ex->ments[i];
		if (m->t1 >= 1 && m->t1 <= ex->n_toks)
			ex->ment_end_at[m->t1 - 1] = (long)i; /* the last one wins, as in a scan back */
	}
	for (size_t i = ex->n_ments; i-- > 0;) {
		const struct artex_mention *m = &ex->ments[i];
		if (m->t0 <= ex->n_toks)
			ex->ment_start_at[m->t0] = (long)i; /* the first one wins */
		if (m->r0 <= ex->n_toks)
			ex->ment_start_at[m->r0] = (long)i;
	}
	ex->ments_indexed = ex->n_ments;
	return 0;
}

long artex__ex_mention_ending_at(struct artex_ex *ex, size_t t)
{
	if (t < ex->n_toks && index_mentions(ex) == 0)
		return ex->ment_end_at[t];
	for (size_t i = ex->n_ments; i-- > 0;)
		if (ex->ments[i].t1 == t + 1)
			return (long)i;
	return -1;
}

static long mention_starting_at(struct artex_ex *ex, size_t t)
{
	if (t < ex->n_toks && index_mentions(ex) == 0)
		return ex->ment_start_at[t];
	for (size_t i = 0; i < ex->n_ments; i++)
		if (ex->ments[i].r0 == t || ex->ments[i].t0 == t)
			return (long)i;
	return -1;
}

static int from_mention(struct artex_ex *ex, size_t m, int *how)
{
	const struct artex_mention *mm = &ex->ments[m];
	int e = mm->kind == ARTEX_M_NAME ? mm->entity : artex__ex_resolve(ex, m);
	*how = e < 0 ? ARTEX_HOW_NONE
	     : mm->kind == ARTEX_M_NAME ? ARTEX_HOW_NAME
	     : mm->kind == ARTEX_M_ROLE ? ARTEX_HOW_ROLE : ARTEX_HOW_PRONOUN;
	return e;
}

/* Words that open an apposition or a relative clause between commas. */
static int apposition_start(const struct artex_ex *ex, size_t t)
{
	return artex__tok_in(ex, t, ex->L->relative_words) ||
	       artex__tok_in(ex, t, ex->L->definite_articles) || artex__tok_in(ex, t, ex->L->indefinites) ||
	       artex__tok_role(ex, t) >= 0 ||
	       (ex->toks[t].flags & ARTEX_TF_POSS);
}

/* "Mayor Ana Lind and Harbour Board chair Tom Eke said": the first of
 * coordinated subjects. */
static long first_coordinated(struct artex_ex *ex, long m)
{
	size_t r0 = ex->ments[m].r0;
	if (r0 >= 2 && artex__tok_in(ex, r0 - 1, ex->L->coordinators)) {
		long p = artex__ex_mention_ending_at(ex, r0 - 2);
		/* Only a name with its own title or role: "Regional Transport and
		 * Housing Commissioner Marcus Ode" is one person's title. */
		if (p >= 0 && ex->ments[p].kind == ARTEX_M_NAME && ex->ments[p].entity >= 0 &&
		    !ex->ents[ex->ments[p].entity].is_org && !ex->ments[p].poss &&
		    ex->ments[p].r0 < ex->ments[p].t0)
			return p;
	}
	return m;
}

int artex__ex_cue_speaker(struct artex_ex *ex, size_t cue, int *how)
{
	size_t s0 = ex->sent_start[ex->toks[cue].sent];
	size_t s1 = ex->sent_start[ex->toks[cue].sent + 1];
	*how = ARTEX_HOW_NONE;
	long t = (long)cue - 1;
	if (cue > 0 && artex__tok_in(ex, cue - 1, ex->L->infinitive_markers))
		t = -1; /* straight to the sentence's first person below */
	while (t >= (long)s0 && (artex__tok_in(ex, (size_t)t, ex->L->skip_words) ||
	                         artex__tok_in(ex, (size_t)t, ex->L->passive_aux)))
		t--;
	int plain = 0;
	while (t >= (long)s0) {
		const struct artex_tok *k = &ex->toks[t];
		if ((k->flags & ARTEX_TF_INQUOTE) || k->kind == ARTEX_T_QUOTE || k->kind == ARTEX_T_DASH)
			break;
		long m = artex__ex_mention_ending_at(ex, (size_t)t);
		/* "…, including the mayor of Tarn, Ola Berg, have confirmed": not the subject. */
		if (m >= 0 && ex->ments[m].r0 > 0 && artex__tok_in(ex, ex->ments[m].r0 - 1, ex->L->inclusion_words)) {
			t = (long)ex->ments[m].r0 - 2;
			continue;
		}
		if (m >= 0 && ex->ments[m].poss && ex->ments[m].entity >= 0 &&
		    !ex->ents[ex->ments[m].entity].is_org)
			return -1; /* "Lee's agent said": someone unnamed */
		if (m >= 0)
			return from_mention(ex, (size_t)first_coordinated(ex, m), how);
		if (k->kind == ARTEX_T_PUNCT) {
			if (k->cp != ',')
				break;
			/* Skip an apposition: "Jane Doe, the chief of Acme, said"; a
			 * participle ("…, saying") or a clause keeps the search going. */
			long c = t - 1;
			while (c >= (long)s0 && !artex__tok_punct(ex, (size_t)c, ',') &&
			       !(ex->toks[c].flags & ARTEX_TF_INQUOTE) && ex->toks[c].kind != ARTEX_T_QUOTE)
				c--;
			if (c >= (long)s0 && artex__tok_punct(ex, (size_t)c, ',') && c + 1 < t &&
			    (apposition_start(ex, (size_t)c + 1) || (c > 0 && artex__ex_mention_ending_at(ex, (size_t)c - 1) >= 0)))
				t = c - 1;
			else
				t--;
			continue;
		}
		if (++plain > 10)
			break;
		t--;
	}
	/* Inverted: ", said Rosa Pine", "высказал председатель союза Илья Жаров". */
	size_t a = cue + 1;
	while (a < s1 && (artex__tok_in(ex, a, ex->L->skip_words) ||
	                  (artex__tok_in(ex, a, ex->L->function_words) && a < cue + 3 &&
	                   ex->toks[a].mention < 0)))
		a++;
	if (a < s1) {
		long m = mention_starting_at(ex, a);
		if (m < 0 && artex__tok_in(ex, a, ex->L->titles))
			m = mention_starting_at(ex, a + 1 + artex__tok_punct(ex, a + 1, '.'));
		if (m >= 0)
			return from_mention(ex, (size_t)m, how);
	}
	/* Verb-final clauses ("hatte die Ministerin … bezeichnet") and purpose
	 * infinitives ("X approached Y to complain that"): the first person named
	 * in the sentence before the cue. */
	int infinitive = cue > 0 && artex__tok_in(ex, cue - 1, ex->L->infinitive_markers);
	for (size_t i = 0; i < ex->n_ments && (ex->L->noun_caps || infinitive); i++) {
		const struct artex_mention *m = &ex->ments[i];
		if (m->t0 < s0 || m->t0 >= cue)
			continue;
		if (m->kind == ARTEX_M_NAME && m->entity >= 0 && !ex->ents[m->entity].is_org && !m->poss) {
			*how = ARTEX_HOW_FALLBACK;
			return m->entity;
		}
	}
	return -1;
}

/* The paragraph of quote q holds nothing but the quote and its marks. */
static int quote_paragraph(const struct artex_ex *ex, const struct artex_xquote *q)
{
	uint32_t para = ex->toks[q->t0].para;
	for (size_t t = q->t0; t-- > 0 && ex->toks[t].para == para;)
		if (ex->toks[t].kind == ARTEX_T_WORD)
			return 0;
	for (size_t t = q->t1; t < ex->n_toks && ex->toks[t].para == para; t++)
		if (ex->toks[t].kind == ARTEX_T_WORD)
			return 0;
	return 1;
}

/* The cue of the sentence just before quote q when that sentence ends
 * with a colon, -1 if none. */
static long colon_cue_before(const struct artex_ex *ex, const struct artex_xquote *q)
{
	size_t o = q->t0;
	while (o > 0 && ex->toks[o - 1].kind == ARTEX_T_QUOTE)
		o--;
	if (o == 0 || !artex__tok_punct(ex, o - 1, ':') || ex->toks[o - 1].para == 0)
		return -1;
	size_t s = ex->toks[o - 1].sent;
	for (size_t t = o - 1; t-- > ex->sent_start[s];)
		if (!(ex->toks[t].flags & ARTEX_TF_INQUOTE) && artex__ex_cue_at(ex, t))
			return (long)t;
	return -1;
}

/* The rules' speakers above are the base of the ranking, which makes the
 * final choice among everyone named around each quote. */
static int rank_quotes(struct artex_ex *ex)
{
	if (ex->n_quotes == 0)
		return 0;
	struct artex_item *items = calloc(ex->n_quotes, sizeof *items);
	if (!items)
		return ARTEX_ENOMEM;
	for (size_t i = 0; i < ex->n_quotes; i++) {
		const struct artex_xquote *q = &ex->quotes[i];
		struct artex_item *it = &items[i];
		int phrase = artex__ex_phrase_speaker(ex, ex->toks[q->t0].sent);
		it->t0 = q->t0;
		it->t1 = q->t1;
		it->cue = q->cue_tok;
		it->cue_far = q->cue_tok >= 0 && !q->adjacent;
		it->base = q->speaker;
		it->base_how = q->how;
		it->phrase = phrase >= 0 ? phrase : -1;
		it->prev = -1;
		if (i > 0) {
			const struct artex_xquote *p = &ex->quotes[i - 1];
			uint32_t para = ex->toks[q->t0].para;
			/* The same paragraph, a quote carried on, or a paragraph that is
			 * only a quote, after the quote of the paragraph before. */
			if (ex->toks[p->t0].para == para || (ex->toks[p->t0].para + 1 == para &&
			                                      (p->cont || quote_paragraph(ex, q))))
				it->prev = p->speaker;
		}
	}
	int rc = artex__ex_rank(ex, items, ex->n_quotes);
	for (size_t i = 0; rc == 0 && i < ex->n_quotes; i++) {
		ex->quotes[i].speaker = items[i].chosen;
		ex->quotes[i].conf = items[i].conf;
	}
	free(items);
	return rc;
}

static int cmp_quote(const void *a, const void *b)
{
	const struct artex_xquote *x = a, *y = b;
	return x->t0 < y->t0 ? -1 : x->t0 > y->t0;
}

int artex__ex_attribute(struct artex_ex *ex)
{
	size_t n = 0;
	for (size_t i = 0; i < ex->n_quotes; i++)
		if (!ex->quotes[i].dropped)
			ex->quotes[n++] = ex->quotes[i];
	ex->n_quotes = n;
	if (n > 1)
		qsort(ex->quotes, n, sizeof *ex->quotes, cmp_quote);
	for (size_t i = 0; i < n; i++) {
		struct artex_xquote *q = &ex->quotes[i];
		q->speaker = -1;
		q->how = ARTEX_HOW_NONE;
		if (q->cue_tok >= 0) {
			q->speaker = artex__ex_cue_speaker(ex, (size_t)q->cue_tok, &q->how);
			if (q->speaker >= 0 || ex->toks[q->cue_tok].para == ex->toks[q->t0].para)
				continue;
		}
		/* No cue: an attribution phrase in its sentence ("По его словам, …
		 * «…»"), the speaker of the quote before it in the paragraph, or of a
		 * quote the previous paragraph left open. */
		int who = artex__ex_phrase_speaker(ex, ex->toks[q->t0].sent);
		if (who >= -1) {
			q->speaker = who;
			q->how = who >= 0 ? ARTEX_HOW_PHRASE : ARTEX_HOW_NONE;
			continue;
		}
		/* A paragraph that is only a quote, after a sentence ending in a
		 * colon: "In a note to staff, Lindqvist wrote:" / "«…»". */
		long intro = quote_paragraph(ex, q) ? colon_cue_before(ex, q) : -1;
		if (intro >= 0) {
			q->cue_tok = (int)intro;
			q->speaker = artex__ex_cue_speaker(ex, (size_t)intro, &q->how);
			continue;
		}
		if (i > 0) {
			const struct artex_xquote *p = &ex->quotes[i - 1];
			uint32_t para = ex->toks[q->t0].para;
			if (ex->toks[p->t0].para == para ||
			    (ex->toks[p->t0].para + 1 == para && (p->cont || quote_paragraph(ex, q)))) {
				q->speaker = p->speaker;
				q->how = p->speaker >= 0 ? ARTEX_HOW_CARRY : ARTEX_HOW_NONE;
			}
		}
	}
	/* A quote carried on in the next paragraph has the attribution there. */
	for (size_t i = n; i-- > 1;) {
		struct artex_xquote *p = &ex->quotes[i - 1];
		if (p->cont && p->speaker < 0 && p->cue_tok < 0 && ex->quotes[i].speaker >= 0) {
			p->speaker = ex->quotes[i].speaker;
			p->how = ARTEX_HOW_CARRY;
		}
	}
	return rank_quotes(ex);
}
