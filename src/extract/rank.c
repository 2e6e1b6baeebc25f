/* Speaker choice as a ranking: for every quote and claim, the people and
 * organisations that could have said it are gathered from around it, each
 * is described by general features (where it is mentioned, how, whether
 * the cue's syntax points at it), and the one scoring highest under the
 * fitted weights wins; "nobody named" is a candidate too. The rules in
 * attribute.c and claims.c still find each item's syntactic speaker; here
 * it is one piece of evidence among several. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/rank.h"

const char *const artex__rank_feature_names[ARTEX_RF_COUNT] = {
#define X(name) #name,
	ARTEX_RANK_FEATURES(X)
#undef X
};

/* Sentences before an item that may still name its speaker, and the
 * paragraphs back that a carried-over speaker may come from. */
#define WINDOW_BEFORE 3
#define WINDOW_AFTER 1
/* Bounds that keep hostile input linear: tokens around an item within
 * which mentions count, and headline mentions looked at. */
#define REACH 200
#define HEADLINE_MENTIONS 8

struct cand {
	int entity; /* -1: nobody named */
	double f[ARTEX_RF_COUNT];
	long nearest; /* token distance of the nearest mention, -1 if none */
	int mentions, after_prep; /* mentions near the item, and how many follow a preposition */
	double score;
};

struct cands {
	struct cand *v;
	size_t n, cap;
};

static struct cand *cand_for(struct artex_ex *ex, struct cands *cs, int e)
{
	for (size_t i = 0; i < cs->n; i++)
		if (cs->v[i].entity == e)
			return &cs->v[i];
	struct cand *c = artex__ex_push(ex, (void **)&cs->v, &cs->n, &cs->cap, sizeof *c);
	if (c) {
		c->entity = e;
		c->nearest = -1;
	}
	return c;
}

/* A cue word right after the mention (past auxiliaries and adverbs) or
 * right before it: the mention is the subject of a verb of saying. */
static int next_to_cue(const struct artex_ex *ex, const struct artex_mention *m)
{
	size_t v = m->t1;
	while (v < ex->n_toks && v < m->t1 + 3 &&
	       (artex__tok_in(ex, v, ex->L->skip_words) || artex__tok_punct(ex, v, ',')))
		v++;
	if (v < ex->n_toks && artex__ex_cue_at(ex, v))
		return 1;
	return m->r0 > 0 && artex__ex_cue_at(ex, m->r0 - 1);
}

/* Mention m follows cue `cue` at once (past a preposition or an article)
 * while someone is named before the cue in its sentence: the one spoken
 * to, "told the newspaper", "sagte der Zeitung". */
static int addressee(struct artex_ex *ex, const struct artex_mention *m, size_t cue)
{
	size_t k = cue + 1;
	while (k < m->r0 && k < cue + 3 &&
	       (artex__tok_in(ex, k, ex->L->prepositions) || artex__tok_in(ex, k, ex->L->definite_articles)))
		k++;
	if (m->r0 != k || ex->toks[k].sent != ex->toks[cue].sent)
		return 0;
	size_t s0 = ex->sent_start[ex->toks[cue].sent];
	for (size_t t = cue; t-- > s0 && t + 40 > cue;)
		if (ex->toks[t].mention >= 0 || artex__tok_pronoun(ex, t) >= 0)
			return 1;
	return 0;
}

static int first_mention_of_sentence(const struct artex_ex *ex, size_t mi)
{
	return mi == 0 || ex->toks[ex->ments[mi - 1].t0].sent != ex->toks[ex->ments[mi].t0].sent;
}

/* The sentence ends with a colon: it introduces what follows. */
static int ends_with_colon(const struct artex_ex *ex, size_t s)
{
	size_t z = ex->sent_start[s + 1];
	size_t a = ex->sent_start[s];
	while (z > a && ex->toks[z - 1].kind == ARTEX_T_QUOTE)
		z--;
	return z > a && artex__tok_punct(ex, z - 1, ':');
}

static void mention_features(struct artex_ex *ex, struct cand *c, size_t mi,
                             const struct artex_item *it, size_t item_sent, const uint8_t *subject)
{
	const struct artex_mention *m = &ex->ments[mi];
	uint32_t s = ex->toks[m->t0].sent;
	uint32_t para = ex->toks[m->t0].para;
	uint32_t item_para = ex->toks[it->t0].para;
	size_t anchor = it->cue >= 0 ? (size_t)it->cue : it->t0;
	long d = m->t1 <= anchor ? (long)(anchor - m->t1) : (long)(m->t0 - anchor);
	if (d < 0)
		d = -d;
	int inside = m->t0 >= it->t0 && m->t1 <= it->t1;
	if (inside) {
		c->f[ARTEX_RF_inside] = 1;
		return;
	}
	if (para == 0 && item_para > 0)
		c->f[ARTEX_RF_headline] = 1;
	else if (para + 1 == item_para && s + WINDOW_BEFORE >= item_sent)
		c->f[ARTEX_RF_prev_para] = 1;
	else if (para == item_para && s == item_sent)
		c->f[ARTEX_RF_same_sent] = 1;
	else if (para == item_para && s + 1 == item_sent)
		c->f[ARTEX_RF_prev_sent] = 1;
	else if (para == item_para && s < item_sent)
		c->f[ARTEX_RF_earlier_sent] = 1;
	else if (s > item_sent)
		c->f[ARTEX_RF_next_sent] = 1;
	if (s + 1 == item_sent && ends_with_colon(ex, s))
		c->f[ARTEX_RF_colon] = 1;
	if (it->cue >= 0 && addressee(ex, m, (size_t)it->cue))
		c->f[ARTEX_RF_addressee] = 1;
	if (subject[mi])
		c->f[ARTEX_RF_subject] = 1;
	c->mentions++;
	c->after_prep += m->r0 > 0 && artex__tok_in(ex, m->r0 - 1, ex->L->prepositions);
	if (first_mention_of_sentence(ex, mi) && (s == item_sent || s + 1 == item_sent))
		c->f[ARTEX_RF_sent_first] = 1;
	if (c->nearest < 0 || d < c->nearest) {
		c->nearest = d;
		c->f[ARTEX_RF_near] = 1.0 / (1.0 + (double)d / 8.0);
		c->f[ARTEX_RF_after] = m->t0 > anchor;
		c->f[ARTEX_RF_kind_role] = m->kind == ARTEX_M_ROLE;
		c->f[ARTEX_RF_kind_pronoun] = m->kind == ARTEX_M_PRONOUN;
		c->f[ARTEX_RF_poss] = m->poss;
	}
}

static int gather(struct artex_ex *ex, const struct artex_item *it, struct cands *cs,
                  const uint8_t *subject)
{
	size_t item_sent = ex->toks[it->t0].sent;
	uint32_t item_para = ex->toks[it->t0].para;
	size_t s_lo = item_sent > WINDOW_BEFORE ? item_sent - WINDOW_BEFORE : 0;
	size_t last_sent = ex->toks[it->t1 - 1].sent;
	size_t s_hi = last_sent + WINDOW_AFTER;
	if (!cand_for(ex, cs, -1))
		return -1;
	/* Mentions are in text order: start at the window's first sentence,
	 * or REACH tokens before the item in a longer one. */
	size_t from = ex->sent_start[s_lo];
	if (it->t0 > REACH && from < it->t0 - REACH)
		from = it->t0 - REACH;
	size_t lo = 0, hi = ex->n_ments;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ex->ments[mid].t0 < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t mi = lo; mi < ex->n_ments; mi++) {
		const struct artex_mention *m = &ex->ments[mi];
		uint32_t s = ex->toks[m->t0].sent;
		if (s > s_hi || m->t0 > it->t1 + REACH)
			break;
		uint32_t para = ex->toks[m->t0].para;
		if (m->entity < 0 || para + 1 < item_para || para > item_para + (s > last_sent))
			continue;
		struct cand *c = cand_for(ex, cs, m->entity);
		if (!c)
			return -1;
		mention_features(ex, c, mi, it, item_sent, subject);
	}
	/* The headline names the article's main speaker. */
	for (size_t mi = 0; mi < ex->n_ments && mi < HEADLINE_MENTIONS &&
	                    ex->toks[ex->ments[mi].t0].para == 0; mi++) {
		const struct artex_mention *m = &ex->ments[mi];
		if (m->entity < 0 || item_para == 0)
			continue;
		struct cand *c = cand_for(ex, cs, m->entity);
		if (!c)
			return -1;
		c->f[ARTEX_RF_headline] = 1;
	}
	int named[3] = {it->base, it->phrase, it->prev};
	for (int k = 0; k < 3; k++)
		if (named[k] >= 0 && !cand_for(ex, cs, named[k]))
			return -1;
	return 0;
}

/* The cue's subject is a word that names nobody: 1 for a noun ("the
 * report found"), 2 for a generic source ("residents said", "said
 * officials"), 0 otherwise. */
static int subject_is_noun(struct artex_ex *ex, long cue)
{
	if (cue < 0 || !artex__ex_cue_at(ex, (size_t)cue))
		return 0;
	size_t s0 = ex->sent_start[ex->toks[cue].sent];
	size_t s1 = ex->sent_start[ex->toks[cue].sent + 1];
	/* A generic source anywhere in the few words before the cue or right
	 * after it: "Источник в правительстве сообщил", "said officials". */
	for (size_t t = (size_t)cue > s0 + 4 ? (size_t)cue - 4 : s0; t < (size_t)cue + 3 && t < s1; t++)
		if (t != (size_t)cue && !(ex->toks[t].flags & ARTEX_TF_INQUOTE) &&
		    artex__tok_in(ex, t, ex->L->generic_sources))
			return 2;
	long t = cue - 1;
	while (t >= (long)s0 && (artex__tok_in(ex, (size_t)t, ex->L->skip_words) ||
	                         artex__tok_in(ex, (size_t)t, ex->L->passive_aux)))
		t--;
	size_t after = (size_t)cue + 1;
	long slot = t >= (long)s0 && ex->toks[t].kind == ARTEX_T_WORD ? t
	          : (after < s1 && ex->toks[after].kind == ARTEX_T_WORD) ? (long)after : -1;
	if (slot < 0 || (ex->toks[slot].flags & ARTEX_TF_INQUOTE) || artex__tok_pronoun(ex, (size_t)slot) >= 0)
		return 0;
	if (artex__ex_mention_ending_at(ex, (size_t)slot) >= 0 || ex->toks[slot].mention >= 0)
		return 0;
	return !artex__tok_in(ex, (size_t)slot, ex->L->function_words) &&
	       !artex__tok_in(ex, (size_t)slot, ex->L->complementisers);
}

/* The gender the item's cue tells: its ending ("сказала") or its
 * pronoun subject ("she said", "— добавил он"); ARTEX_G_ANY if neither. */
static int item_gender(struct artex_ex *ex, const struct artex_item *it)
{
	if (it->cue < 0 || !artex__ex_cue_at(ex, (size_t)it->cue))
		return ARTEX_G_ANY;
	size_t cue = (size_t)it->cue;
	const char *f = artex__tok_f(ex, cue);
	size_t n = artex__tok_fn(ex, cue);
	for (const struct artex_gword *g = ex->L->verb_gender; g && g->word; g++) {
		size_t el = strlen(g->word);
		if (n > el && memcmp(f + n - el, g->word, el) == 0)
			return g->gender;
	}
	for (size_t t = cue > 0 ? cue - 1 : cue; t <= cue + 1 && t < ex->n_toks; t += 2) {
		int g = artex__tok_pronoun(ex, t);
		if (g == ARTEX_G_M || g == ARTEX_G_F)
			return g;
	}
	return ARTEX_G_ANY;
}

static void item_features(struct artex_ex *ex, const struct artex_item *it, struct cands *cs,
                          const int *spoke, int last_speaker)
{
	int gender = item_gender(ex, it);
	size_t others = cs->n - 1;
	for (size_t i = 0; i < cs->n; i++) {
		struct cand *c = &cs->v[i];
		double *f = c->f;
		if (c->entity < 0) {
			memset(f, 0, sizeof c->f);
			f[ARTEX_RF_null] = 1;
			f[ARTEX_RF_null_cue] = it->cue >= 0;
			f[ARTEX_RF_null_cue_unnamed] = it->cue >= 0 && it->base < 0;
			f[ARTEX_RF_null_alone] = others == 0;
			int noun = subject_is_noun(ex, it->cue);
			f[ARTEX_RF_null_subject_noun] = noun != 0;
			f[ARTEX_RF_null_generic] = noun == 2;
			f[ARTEX_RF_null_claim] = it->is_claim;
			f[ARTEX_RF_null_gendered] = gender == ARTEX_G_M || gender == ARTEX_G_F;
			f[ARTEX_RF_null_cue_far] = it->cue_far;
			continue;
		}
		const struct artex_xentity *en = &ex->ents[c->entity];
		f[ARTEX_RF_base] = c->entity == it->base;
		int is_base = c->entity == it->base;
		f[ARTEX_RF_base_role] = is_base && it->base_how == ARTEX_HOW_ROLE;
		f[ARTEX_RF_base_pronoun] = is_base && it->base_how == ARTEX_HOW_PRONOUN;
		f[ARTEX_RF_base_fallback] = is_base && it->base_how == ARTEX_HOW_FALLBACK;
		f[ARTEX_RF_base_carry] = is_base && it->base_how == ARTEX_HOW_CARRY;
		f[ARTEX_RF_base_headline] = is_base && it->base_how == ARTEX_HOW_HEADLINE;
		f[ARTEX_RF_base_claim] = c->entity == it->base && it->is_claim;
		f[ARTEX_RF_phrase] = c->entity == it->phrase;
		f[ARTEX_RF_prev] = c->entity == it->prev;
		f[ARTEX_RF_org] = en->is_org;
		f[ARTEX_RF_has_role] = en->role != NULL;
		f[ARTEX_RF_one_word] = !en->is_org && !strchr(en->name, ' ');
		f[ARTEX_RF_spoke] = spoke[c->entity] != 0;
		f[ARTEX_RF_last_speaker] = c->entity == last_speaker;
		/* Agreement tells among those named in the item's paragraph. */
		int eg = en->is_org ? ARTEX_G_ANY : en->gender;
		int in_para = f[ARTEX_RF_same_sent] || f[ARTEX_RF_prev_sent] || f[ARTEX_RF_earlier_sent] ||
		              f[ARTEX_RF_next_sent];
		if (in_para && (gender == ARTEX_G_M || gender == ARTEX_G_F) && (eg == ARTEX_G_M || eg == ARTEX_G_F)) {
			f[ARTEX_RF_gender_match] = eg == gender;
			f[ARTEX_RF_gender_clash] = eg != gender;
		}
		if (c->nearest < 0)
			f[ARTEX_RF_unseen] = 1;
		f[ARTEX_RF_place] = c->mentions > 0 && c->after_prep == c->mentions;
	}
}

static double score(const double *w, const double *f)
{
	double s = 0;
	for (int k = 0; k < ARTEX_RF_COUNT; k++)
		s += w[k] * f[k];
	return s;
}

static void dump_json_string(FILE *fp, const char *s, size_t n)
{
	fputc('"', fp);
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '"' || ch == '\\')
			fprintf(fp, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(fp, "\\u%04x", ch);
		else
			fputc(ch, fp);
	}
	fputc('"', fp);
}

static void dump_item(struct artex_ex *ex, const struct artex_item *it, const struct cands *cs)
{
	FILE *fp = ex->rank_dump;
	uint32_t b = ex->toks[it->t0].b, e = ex->toks[it->t1 - 1].e;
	fprintf(fp, "{\"kind\":\"%s\",\"text\":", it->is_claim ? "claim" : "quote");
	dump_json_string(fp, ex->text + b, e - b);
	fputs(",\"candidates\":[", fp);
	for (size_t i = 0; i < cs->n; i++) {
		const struct cand *c = &cs->v[i];
		fputs(i ? ",{\"name\":" : "{\"name\":", fp);
		if (c->entity < 0)
			fputs("null", fp);
		else
			dump_json_string(fp, ex->ents[c->entity].name, strlen(ex->ents[c->entity].name));
		fputs(",\"f\":[", fp);
		for (int k = 0; k < ARTEX_RF_COUNT; k++)
			fprintf(fp, k ? ",%.6g" : "%.6g", c->f[k]);
		fputs("]}", fp);
	}
	fputs("]}\n", fp);
}

int artex__ex_rank(struct artex_ex *ex, struct artex_item *items, size_t n)
{
	const double *w = ex->rank_weights ? ex->rank_weights : artex__rank_weights;
	struct cands cs = {0};
	int last_speaker = -1;
	int *spoke = calloc(ex->n_ents + 1, sizeof *spoke);
	/* Whether each mention stands next to a verb of saying, asked once. */
	uint8_t *subject = malloc(ex->n_ments + 1);
	if (!spoke || !subject) {
		free(spoke);
		free(subject);
		return ARTEX_ENOMEM;
	}
	for (size_t m = 0; m < ex->n_ments; m++)
		subject[m] = (uint8_t)next_to_cue(ex, &ex->ments[m]);
	for (size_t i = 0; i < n; i++) {
		struct artex_item *it = &items[i];
		cs.n = 0;
		if (gather(ex, it, &cs, subject) < 0) {
			free(cs.v);
			free(spoke);
			free(subject);
			return ARTEX_ENOMEM;
		}
		item_features(ex, it, &cs, spoke, last_speaker);
		if (ex->rank_dump)
			dump_item(ex, it, &cs);
		/* Each candidate's score is kept in its own struct for the softmax,
		 * whose share of the winner is the choice's confidence. */
		size_t best = 0;
		for (size_t k = 0; k < cs.n; k++) {
			cs.v[k].score = score(w, cs.v[k].f);
			if (cs.v[k].score > cs.v[best].score)
				best = k;
		}
		double sum = 0;
		for (size_t k = 0; k < cs.n; k++)
			sum += exp(cs.v[k].score - cs.v[best].score);
		it->chosen = cs.v[best].entity;
		it->conf = 1.0 / sum;
		if (it->base >= 0) {
			spoke[it->base] = 1;
			last_speaker = it->base;
		}
	}
	free(cs.v);
	free(spoke);
	free(subject);
	return 0;
}
