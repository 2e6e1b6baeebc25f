/* Quote detection: pairing of quotation marks of every style (one level of
 * nesting), quotes continued over paragraphs, dash-led direct speech, and
 * the filter that tells utterances from names and scare quotes. */
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"

enum mark { M_GUIL, M_GUIL1, M_LOW, M_LOWS, M_CURLY, M_SCURLY, M_STRAIGHT, M_SSTRAIGHT };

struct open_mark {
	size_t tok;
	enum mark type;
};

static int attached_left(const struct artex_ex *ex, size_t t)
{
	return t > 0 && ex->toks[t - 1].para == ex->toks[t].para && ex->toks[t - 1].e == ex->toks[t].b &&
	       !(ex->toks[t - 1].kind == ARTEX_T_PUNCT && (ex->toks[t - 1].cp == '(' ||
	                                                  ex->toks[t - 1].cp == '['));
}

static int attached_right(const struct artex_ex *ex, size_t t)
{
	return t + 1 < ex->n_toks && ex->toks[t + 1].para == ex->toks[t].para &&
	       ex->toks[t + 1].b == ex->toks[t].e;
}

/* -1: not a mark here; 0: opens `*type`; 1: closes `*type`. */
static int classify(const struct artex_ex *ex, size_t t, const struct open_mark *stack, size_t depth,
                    enum mark *type)
{
	int32_t cp = ex->toks[t].cp;
	int open_has[8] = {0};
	for (size_t i = 0; i < depth; i++)
		open_has[stack[i].type] = 1;
	switch (cp) {
	case 0xAB: *type = M_GUIL; return 0;
	case 0xBB: *type = M_GUIL; return 1;
	case 0x2039: *type = M_GUIL1; return 0;
	case 0x203A: *type = M_GUIL1; return 1;
	case 0x201E: *type = M_LOW; return 0;
	case 0x201A: *type = M_LOWS; return 0;
	case 0x201C:
		if (open_has[M_LOW]) {
			*type = M_LOW;
			return 1;
		}
		*type = M_CURLY;
		return 0;
	case 0x201D:
		if (open_has[M_LOW] && !open_has[M_CURLY]) {
			*type = M_LOW;
			return 1;
		}
		*type = M_CURLY;
		if (!open_has[M_CURLY] && attached_right(ex, t) && !attached_left(ex, t))
			return 0;
		return 1;
	case 0x2018:
		if (open_has[M_LOWS]) {
			*type = M_LOWS;
			return 1;
		}
		*type = M_SCURLY;
		return 0;
	case 0x2019:
		if (open_has[M_LOWS] && !open_has[M_SCURLY]) {
			*type = M_LOWS;
			return 1;
		}
		*type = M_SCURLY;
		return open_has[M_SCURLY] ? 1 : -1;
	case '"':
		*type = M_STRAIGHT;
		if (open_has[M_STRAIGHT] && (attached_left(ex, t) || !attached_right(ex, t)))
			return 1;
		if (attached_left(ex, t) && t + 1 < ex->n_toks && ex->toks[t + 1].kind == ARTEX_T_PUNCT)
			return 1;
		if (attached_right(ex, t))
			return 0;
		return attached_left(ex, t) ? 1 : -1;
	case '\'':
		*type = M_SSTRAIGHT;
		/* A plural possessive (Acme Brothers') is no mark. */
		if (open_has[M_SSTRAIGHT] && attached_left(ex, t))
			return 1;
		if (attached_right(ex, t) && !attached_left(ex, t))
			return 0;
		return -1;
	default:
		return -1;
	}
}

static struct artex_xquote *add_quote(struct artex_ex *ex, size_t t0, size_t t1)
{
	/* Leading and trailing marks or spaces never belong to the text. */
	while (t0 < t1 && ex->toks[t0].kind == ARTEX_T_QUOTE)
		t0++;
	while (t1 > t0 && ex->toks[t1 - 1].kind == ARTEX_T_QUOTE)
		t1--;
	if (t0 >= t1)
		return NULL;
	struct artex_xquote *q = artex__ex_push(ex, (void **)&ex->quotes, &ex->n_quotes,
	                                        &ex->cap_quotes, sizeof *q);
	if (!q)
		return NULL;
	q->t0 = (uint32_t)t0;
	q->t1 = (uint32_t)t1;
	q->speaker = -1;
	q->cue_tok = -1;
	return q;
}

static size_t para_end(const struct artex_ex *ex, size_t t)
{
	uint32_t p = ex->toks[t].para;
	while (t < ex->n_toks && ex->toks[t].para == p)
		t++;
	return t;
}

static int cue_word(const struct artex_ex *ex, size_t t)
{
	return t < ex->n_toks && ex->toks[t].kind == ARTEX_T_WORD &&
	       artex__tok_cue(ex, t) != 0;
}

static int comma_like(const struct artex_ex *ex, size_t t)
{
	return artex__tok_punct(ex, t, ',') || artex__tok_punct(ex, t, '!') ||
	       artex__tok_punct(ex, t, '?') || artex__tok_punct(ex, t, 0x2026);
}

/* "— Text, — said X." and "Text, — said X." without marks: the comma, dash
 * and a verb of saying mark the end of direct speech. */
static int dash_speech(struct artex_ex *ex, size_t p0, size_t p1)
{
	int leading = ex->toks[p0].kind == ARTEX_T_DASH;
	for (size_t t = p0 + 1; t + 2 < p1; t++) {
		if (!(comma_like(ex, t) && ex->toks[t + 1].kind == ARTEX_T_DASH && cue_word(ex, t + 2)))
			continue;
		if (t > 0 && ex->toks[t - 1].kind == ARTEX_T_QUOTE)
			return 0; /* marks were there; the pairing has it */
		size_t start = leading ? p0 + 1 : p0;
		for (size_t k = start; k < t; k++)
			if (ex->toks[k].kind == ARTEX_T_QUOTE)
				return 0;
		struct artex_xquote *q = add_quote(ex, start, t + 1);
		if (!q)
			return ex->oom ? ARTEX_ENOMEM : 0;
		q->dash = 1;
		q->cue_tok = (int)(t + 2);
		/* "…, — сказал он, — …" continues the speech after the attribution. */
		for (size_t k = t + 3; k + 1 < p1; k++) {
			if (ex->toks[k].kind == ARTEX_T_QUOTE)
				break;
			if ((comma_like(ex, k) || artex__tok_punct(ex, k, '.')) &&
			    ex->toks[k + 1].kind == ARTEX_T_DASH && leading) {
				size_t end = p1;
				if (end > k + 2 && artex__tok_punct(ex, end - 1, '.'))
					end--;
				struct artex_xquote *r = add_quote(ex, k + 2, end);
				if (r) {
					r->dash = 1;
					r->cue_tok = (int)(t + 2);
				}
				break;
			}
		}
		return ex->oom ? ARTEX_ENOMEM : 0;
	}
	return 0;
}

int artex__ex_quotes(struct artex_ex *ex)
{
	struct open_mark stack[3];
	for (size_t p0 = 0; p0 < ex->n_toks;) {
		size_t p1 = para_end(ex, p0);
		size_t depth = 0;
		int seen_mark = 0;
		for (size_t t = p0; t < p1; t++) {
			if (ex->toks[t].kind != ARTEX_T_QUOTE)
				continue;
			enum mark type;
			int role = classify(ex, t, stack, depth, &type);
			if (role < 0)
				continue;
			if (role == 0) {
				if (depth < 3)
					stack[depth++] = (struct open_mark){t, type};
				seen_mark = 1;
				continue;
			}
			size_t k = depth;
			while (k > 0 && stack[k - 1].type != type)
				k--;
			if (k == 0) {
				/* A closing mark with no opening one: the opening mark was
				 * lost, and the quote runs from the paragraph start. */
				if (!seen_mark && depth == 0 && t > p0 + 1) {
					struct artex_xquote *q = add_quote(ex, p0, t);
					if (q)
						q->orphan = 1;
				}
				seen_mark = 1;
				continue;
			}
			seen_mark = 1;
			if (k == 1) {
				if (!add_quote(ex, stack[0].tok + 1, t) && ex->oom)
					return ARTEX_ENOMEM;
			}
			depth = k - 1;
		}
		if (depth > 0) {
			/* English style: a quote over several paragraphs opens every
			 * paragraph and closes only the last. */
			size_t open = stack[0].tok;
			struct artex_xquote *q = add_quote(ex, open + 1, p1);
			if (q) {
				if (p1 < ex->n_toks && ex->toks[p1].kind == ARTEX_T_QUOTE &&
				    ex->toks[p1].cp == ex->toks[open].cp)
					q->cont = 1;
				else
					q->unclosed = 1;
			}
		}
		if (ex->toks[p0].para > 0 && dash_speech(ex, p0, p1) < 0)
			return ARTEX_ENOMEM;
		p0 = p1;
	}
	return ex->oom ? ARTEX_ENOMEM : 0;
}

static size_t count_words(const struct artex_ex *ex, size_t t0, size_t t1)
{
	size_t n = 0;
	for (size_t t = t0; t < t1; t++)
		n += ex->toks[t].kind == ARTEX_T_WORD || ex->toks[t].kind == ARTEX_T_NUM;
	return n;
}

/* Names of papers, teams, firms and works: every word capitalised (small
 * function words aside), no sentence inside, or a noun such as "газета"
 * right before the opening mark. */
static int name_like(const struct artex_ex *ex, const struct artex_xquote *q)
{
	size_t words = 0, caps = 0, first_cap = 0;
	for (size_t t = q->t0; t < q->t1; t++) {
		const struct artex_tok *k = &ex->toks[t];
		if (k->kind == ARTEX_T_PUNCT && (k->cp == '.' || k->cp == '!' || k->cp == '?' || k->cp == ','))
			return 0;
		if (k->kind != ARTEX_T_WORD && k->kind != ARTEX_T_NUM)
			continue;
		if (words == 0)
			first_cap = (k->flags & ARTEX_TF_CAP) != 0;
		words++;
		if ((k->flags & ARTEX_TF_CAP) || k->kind == ARTEX_T_NUM ||
		    artex__word_in(ex->L->function_words, artex__tok_f(ex, t), artex__tok_fn(ex, t)))
			caps++;
	}
	size_t before = q->t0 >= 2 ? q->t0 - 2 : 0;
	if (q->t0 >= 2 && ex->toks[before].kind == ARTEX_T_WORD &&
	    (artex__word_in(ex->L->name_nouns, artex__tok_f(ex, before), artex__tok_fn(ex, before)) ||
	     artex__word_in(ex->L->org_words, artex__tok_f(ex, before), artex__tok_fn(ex, before))) &&
	    first_cap && words <= 6)
		return 1;
	/* Run on into a name with no punctuation between: "председатель
	 * ассоциации «Хлебный круг» Марина Соколовская" names the association. */
	size_t after = q->t1 + 1;
	if (first_cap && words <= 4 && q->t1 < ex->n_toks && ex->toks[q->t1].kind == ARTEX_T_QUOTE &&
	    after < ex->n_toks && ex->toks[after].kind == ARTEX_T_WORD &&
	    (ex->toks[after].flags & ARTEX_TF_CAP) && ex->toks[after].para == ex->toks[q->t0].para &&
	    ex->toks[after].b == ex->toks[q->t1].e + 1)
		return 1;
	return words <= 6 && caps == words && first_cap;
}

/* Capitalised and ending in . ! or ?: an utterance, not a scare quote. */
static int whole_sentence(const struct artex_ex *ex, const struct artex_xquote *q)
{
	const struct artex_tok *last = &ex->toks[q->t1 - 1];
	return (ex->toks[q->t0].flags & ARTEX_TF_CAP) && last->kind == ARTEX_T_PUNCT &&
	       (last->cp == '.' || last->cp == '!' || last->cp == '?');
}

static int sentence_of(const struct artex_ex *ex, size_t t, size_t *s0, size_t *s1)
{
	size_t s = ex->toks[t].sent;
	*s0 = ex->sent_start[s];
	*s1 = ex->sent_start[s + 1];
	return 0;
}

int artex__ex_cue_at(const struct artex_ex *ex, size_t t)
{
	if (t >= ex->n_toks || ex->toks[t].kind != ARTEX_T_WORD)
		return 0;
	int f = artex__tok_cue(ex, t);
	if (!f)
		return 0;
	size_t p = t;
	while (p > 0 && artex__tok_in(ex, p - 1, ex->L->skip_words))
		p--;
	if (p > 0 && artex__tok_in(ex, p - 1, ex->L->passive_aux) && !(f & ARTEX_CUE_PASSIVE))
		return 0;
	/* "a report", "the claims": a noun, not a verb. */
	if (t > 0 && (artex__tok_in(ex, t - 1, ex->L->definite_articles) ||
	              artex__tok_in(ex, t - 1, ex->L->indefinites) ||
	              artex__tok_in(ex, t - 1, ex->L->possessives) || (ex->toks[t - 1].flags & ARTEX_TF_POSS)))
		return 0;
	return f;
}

/* The cue that attributes quote q: right after its closing mark (", said X",
 * "», — сказал X"), right before its opening mark ("X said: «"), or
 * elsewhere in its sentence for partial quotes. *adjacent is set for the
 * first two. Returns the token or -1. */
/* A cue elsewhere in the sentence is looked for this many tokens around a
 * quote at most: farther than any attribution reads, and it keeps a
 * paragraph of thousands of quotes linear. */
#define CUE_REACH 80

static long find_cue(const struct artex_ex *ex, const struct artex_xquote *q, const int *cover,
                     int *adjacent)
{
	size_t s0, s1;
	*adjacent = 0;
	if (q->cue_tok >= 0) {
		*adjacent = 1;
		return q->cue_tok;
	}
	size_t close = q->t1;
	size_t t = close;
	uint32_t para = ex->toks[q->t1 - 1].para;
	while (t < ex->n_toks && ex->toks[t].kind == ARTEX_T_QUOTE && t < close + 1)
		t++;
	size_t lim = t + 6;
	for (; t < ex->n_toks && t < lim && ex->toks[t].para == para; t++) {
		const struct artex_tok *k = &ex->toks[t];
		if (k->kind == ARTEX_T_QUOTE || artex__tok_punct(ex, t, '.') || artex__tok_punct(ex, t, ':'))
			break;
		if (artex__ex_cue_at(ex, t)) {
			*adjacent = 1;
			return (long)t;
		}
	}
	/* Before the opening mark. */
	if (q->t0 >= 1) {
		long o = (long)q->t0 - 1;
		while (o >= 0 && ex->toks[o].kind == ARTEX_T_QUOTE)
			o--;
		for (long k = o, n = 0; k >= 0 && n < 8 && ex->toks[k].para == ex->toks[q->t0].para; k--, n++) {
			if (ex->toks[k].kind == ARTEX_T_QUOTE || artex__tok_punct(ex, (size_t)k, '.'))
				break;
			if (artex__ex_cue_at(ex, (size_t)k)) {
				*adjacent = 1;
				return k;
			}
		}
	}
	sentence_of(ex, q->t0, &s0, &s1);
	size_t e0, e1;
	sentence_of(ex, q->t1 - 1, &e0, &e1);
	long best = -1;
	size_t bestd = (size_t)-1;
	size_t from = q->t0 > s0 + CUE_REACH ? q->t0 - CUE_REACH : s0;
	size_t to = q->t1 + CUE_REACH < e1 ? q->t1 + CUE_REACH : e1;
	for (size_t k = from; k < to; k++) {
		if (k >= q->t0 && k < q->t1)
			continue;
		/* cover[k]: quotes not (yet) dropped that hold token k. */
		if (cover[k] > 0 || !artex__ex_cue_at(ex, k))
			continue;
		size_t d = k < q->t0 ? q->t0 - k : k - q->t1;
		if (d < bestd) {
			bestd = d;
			best = (long)k;
		}
	}
	return best;
}

/* «A, — сказал X, — B» is two quotes with one attribution. */
static int split_interrupted(struct artex_ex *ex, size_t qi)
{
	struct artex_xquote q = ex->quotes[qi];
	for (size_t t = q.t0 + 1; t + 2 < q.t1; t++) {
		if (!(comma_like(ex, t) && ex->toks[t + 1].kind == ARTEX_T_DASH && cue_word(ex, t + 2)))
			continue;
		for (size_t k = t + 3; k + 1 < q.t1; k++) {
			if ((comma_like(ex, k) || artex__tok_punct(ex, k, '.')) &&
			    ex->toks[k + 1].kind == ARTEX_T_DASH) {
				ex->quotes[qi].t1 = (uint32_t)(t + 1);
				ex->quotes[qi].cue_tok = (int)(t + 2);
				struct artex_xquote *r = add_quote(ex, k + 2, q.t1);
				if (!r)
					return ex->oom ? ARTEX_ENOMEM : 0;
				r->cue_tok = (int)(t + 2);
				return 0;
			}
		}
	}
	return 0;
}

int artex__ex_accept(struct artex_ex *ex)
{
	size_t n = ex->n_quotes;
	for (size_t i = 0; i < n; i++)
		if (split_interrupted(ex, i) < 0)
			return ARTEX_ENOMEM;
	/* How many quotes still in the running hold each token, kept up to date
	 * as quotes are dropped, instead of a scan over every quote per token. */
	int *cover = calloc(ex->n_toks + 1, sizeof *cover);
	/* Per token, the farthest end of an accepted quote holding it. */
	size_t *accepted_end = calloc(ex->n_toks + 1, sizeof *accepted_end);
	if (!cover || !accepted_end) {
		free(cover);
		free(accepted_end);
		return ARTEX_ENOMEM;
	}
	for (size_t i = 0; i < ex->n_quotes; i++) {
		cover[ex->quotes[i].t0]++;
		cover[ex->quotes[i].t1]--;
	}
	for (size_t t = 1; t < ex->n_toks; t++)
		cover[t] += cover[t - 1];
	for (size_t i = 0; i < ex->n_quotes; i++) {
		struct artex_xquote *q = &ex->quotes[i];
		size_t words = count_words(ex, q->t0, q->t1);
		int adjacent;
		long cue = find_cue(ex, q, cover, &adjacent);
		int ok;
		if (q->dash)
			ok = 1;
		else if (words == 0 || name_like(ex, q))
			ok = 0;
		else if (q->orphan)
			ok = adjacent;
		else if (words == 1)
			ok = adjacent && q->t1 < ex->n_toks && cue == (long)q->t1 + 2;
		else if (words <= 4)
			ok = cue >= 0 || whole_sentence(ex, q);
		else if (q->unclosed)
			ok = cue >= 0 || words >= 8;
		else
			ok = 1;
		/* Quotes nested in an accepted one stay inside it: an accepted quote
		 * that holds q's first token and reaches q's end. */
		if (ok && accepted_end[q->t0] >= q->t1)
			ok = 0;
		q->dropped = !ok;
		for (size_t t = q->t0; t < q->t1; t++) {
			if (!ok)
				cover[t]--;
			else if (accepted_end[t] < q->t1)
				accepted_end[t] = q->t1;
		}
		if (ok) {
			q->cue_tok = (int)cue;
			q->adjacent = adjacent;
		}
	}
	for (size_t i = 0; i < ex->n_quotes; i++) {
		struct artex_xquote *q = &ex->quotes[i];
		if (q->dropped)
			continue;
		for (size_t t = q->t0; t < q->t1; t++)
			ex->toks[t].flags |= ARTEX_TF_INQUOTE;
		/* Opening and closing marks too, so no cue is looked for there. */
		if (q->t0 > 0 && ex->toks[q->t0 - 1].kind == ARTEX_T_QUOTE)
			ex->toks[q->t0 - 1].flags |= ARTEX_TF_INQUOTE;
		if (q->t1 < ex->n_toks && ex->toks[q->t1].kind == ARTEX_T_QUOTE)
			ex->toks[q->t1].flags |= ARTEX_TF_INQUOTE;
	}
	free(cover);
	free(accepted_end);
	return 0;
}
