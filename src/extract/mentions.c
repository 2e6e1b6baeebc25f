/* Mentions of people and organisations (names, role nouns, pronouns), their
 * roles and affiliations from appositions, and coreference: every mention is
 * resolved, in document order, to an entity met before or to a new one. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "extract/extract.h"
#include "util/utf8.h"

static int is_cyrillic(const char *s, size_t n)
{
	int32_t cp = 0;
	if (n > 0)
		artex__utf8_decode(s, n, &cp);
	return cp >= 0x400 && cp <= 0x4FF;
}

static size_t cp_len(const char *s, size_t n)
{
	return artex__utf8_count(s, n);
}

/* Casefolded stem of a surname into out (NUL-terminated). */
static void make_key(const struct artex_lang *L, const char *f, size_t n, char *out, size_t size)
{
	if (n >= 2 && f[n - 2] == '\'' && f[n - 1] == 's')
		n -= 2;
	else if (n >= 1 && f[n - 1] == '\'')
		n -= 1;
	if (L->name_case_endings && is_cyrillic(f, n)) {
		for (const char *const *e = L->name_case_endings; *e; e++) {
			size_t el = strlen(*e);
			if (n > el && memcmp(f + n - el, *e, el) == 0 && cp_len(f, n - el) >= 3) {
				n -= el;
				break;
			}
		}
	}
	if (n >= size)
		n = size - 1;
	memcpy(out, f, n);
	out[n] = '\0';
}

static char *dup_range(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

static struct artex_mention *add_mention(struct artex_ex *ex, size_t t0, size_t t1, int kind)
{
	struct artex_mention *m = artex__ex_push(ex, (void **)&ex->ments, &ex->n_ments, &ex->cap_ments,
	                                         sizeof *m);
	if (m) {
		m->t0 = (uint32_t)t0;
		m->t1 = (uint32_t)t1;
		m->r0 = (uint32_t)t0;
		m->kind = (uint8_t)kind;
		m->entity = -1;
	}
	return m;
}

static int word(const struct artex_ex *ex, size_t t)
{
	return t < ex->n_toks && ex->toks[t].kind == ARTEX_T_WORD;
}

static int cap(const struct artex_ex *ex, size_t t)
{
	return word(ex, t) && (ex->toks[t].flags & ARTEX_TF_CAP);
}

static int in_list(const struct artex_ex *ex, size_t t, const char *const *list)
{
	return artex__tok_in(ex, t, list);
}

static int role_word(const struct artex_ex *ex, size_t t)
{
	return word(ex, t) && artex__tok_role(ex, t) >= 0;
}

static int title_word(const struct artex_ex *ex, size_t t)
{
	return in_list(ex, t, ex->L->titles);
}

static int connector(const struct artex_ex *ex, size_t t)
{
	return word(ex, t) && !(ex->toks[t].flags & ARTEX_TF_CAP) && in_list(ex, t, ex->L->name_connectors);
}

/* A single capital letter followed by an attached period: an initial. */
static int initial(const struct artex_ex *ex, size_t t)
{
	return cap(ex, t) && cp_len(artex__tok_s(ex, t), artex__tok_n(ex, t)) == 1 &&
	       artex__tok_punct(ex, t + 1, '.') && ex->toks[t + 1].b == ex->toks[t].e;
}

static uint32_t word_hash(const char *f, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)f[i]) * 16777619u;
	return h | 1;
}

/* Slot of the word with hash h in the word set, which is built once per
 * article so that "is this word ever …" costs one lookup. */
static size_t wordset_slot(const struct artex_wordset *set, uint32_t h)
{
	size_t k = h & (set->cap - 1);
	while (set->hash[k] && set->hash[k] != h)
		k = (k + 1) & (set->cap - 1);
	return k;
}

static int wordset_has(const struct artex_wordset *set, const struct artex_ex *ex, size_t t, int flag)
{
	if (!set->cap)
		return 0;
	size_t k = wordset_slot(set, word_hash(artex__tok_f(ex, t), artex__tok_fn(ex, t)));
	return set->hash[k] && (set->flags[k] & flag);
}

static int index_words(struct artex_ex *ex)
{
	struct artex_wordset *set = &ex->words;
	size_t n = 0;
	for (size_t t = 0; t < ex->n_toks; t++)
		n += ex->toks[t].kind == ARTEX_T_WORD;
	size_t cap = 64;
	while (cap < 2 * n + 2)
		cap *= 2;
	set->hash = calloc(cap, sizeof *set->hash);
	set->flags = calloc(cap, sizeof *set->flags);
	if (!set->hash || !set->flags)
		return ARTEX_ENOMEM;
	set->cap = cap;
	for (size_t t = 0; t < ex->n_toks; t++) {
		const struct artex_tok *k = &ex->toks[t];
		if (k->kind != ARTEX_T_WORD)
			continue;
		int f = !(k->flags & ARTEX_TF_CAP) ? ARTEX_WS_LOWER
		      : !(k->flags & ARTEX_TF_SENT0) ? ARTEX_WS_MID_CAP : 0;
		if (ex->L->noun_caps && t > 0 && (artex__tok_in(ex, t - 1, ex->L->definite_articles) ||
		                                  artex__tok_in(ex, t - 1, ex->L->indefinites)))
			f |= ARTEX_WS_ARTICLE;
		if (!f)
			continue;
		uint32_t h = word_hash(artex__tok_f(ex, t), artex__tok_fn(ex, t));
		size_t slot = wordset_slot(set, h);
		set->hash[slot] = h;
		set->flags[slot] |= (uint8_t)f;
	}
	return 0;
}

/* A capitalised word the text also writes in lower case: a common noun
 * used as a title ("Trustee", "Speaker"), not part of a name. */
static int common_word(const struct artex_ex *ex, size_t t)
{
	/* Case tells nothing where every noun is capitalised. */
	return !ex->L->noun_caps && cap(ex, t) && !(ex->toks[t].flags & ARTEX_TF_UPPER) &&
	       wordset_has(&ex->words, ex, t, ARTEX_WS_LOWER);
}

/* A word with one of the language's genitive endings that is no cue,
 * preposition or function word. */
static int genitive(const struct artex_ex *ex, size_t t)
{
	const char *f = artex__tok_f(ex, t);
	size_t n = artex__tok_fn(ex, t);
	for (const char *const *e = ex->L->genitive_endings; *e; e++) {
		size_t el = strlen(*e);
		if (n > el + 2 && f[n - 1] == (*e)[el - 1] && memcmp(f + n - el, *e, el) == 0)
			return !artex__tok_cue(ex, t) && !in_list(ex, t, ex->L->function_words) &&
			       !in_list(ex, t, ex->L->prepositions);
	}
	return 0;
}

static int org_token(const struct artex_ex *ex, size_t t)
{
	return in_list(ex, t, ex->L->org_words);
}

static int cue_token(const struct artex_ex *ex, size_t t)
{
	return word(ex, t) && artex__tok_cue(ex, t);
}

/* ---- names to the nominative --------------------------------------------- */

static int apply_rules(const struct artex_suffix_rule *rules, int gender, const char *w, size_t n,
                       struct artex_buf *out, int *rule_gender)
{
	for (; rules && rules->from; rules++) {
		if (gender != ARTEX_G_ANY && rules->gender != ARTEX_G_ANY && rules->gender != gender)
			continue;
		size_t fl = strlen(rules->from);
		if (n > fl && memcmp(w + n - fl, rules->from, fl) == 0 && cp_len(w, n - fl) >= 2) {
			artex_buf_put(out, w, n - fl);
			artex_buf_puts(out, rules->to);
			if (rule_gender)
				*rule_gender = rules->gender;
			return 1;
		}
	}
	artex_buf_put(out, w, n);
	return 0;
}

/* The surface of tokens [t0, t1) with the possessive dropped; oblique
 * Cyrillic names are brought to the nominative by the suffix rules, the
 * first name deciding the gender the surname rules may assume. */
static char *name_text(const struct artex_ex *ex, size_t t0, size_t t1, int oblique, int *gender)
{
	struct artex_buf b = ARTEX_BUF_INIT;
	int g = ARTEX_G_ANY;
	for (size_t t = t0; t < t1; t++) {
		const char *s = artex__tok_s(ex, t);
		size_t n = artex__tok_n(ex, t);
		if ((ex->toks[t].flags & ARTEX_TF_POSS) && t + 1 == t1)
			n -= (s[n - 2] == '\'') ? 2 : 4;
		if (b.len && !(artex__tok_punct(ex, t, '.')))
			artex_buf_putc(&b, ' ');
		if (oblique && ex->toks[t].kind == ARTEX_T_WORD && t1 - t0 >= 2 && t == t0) {
			apply_rules(ex->L->first_name_rules, ARTEX_G_ANY, s, n, &b, &g);
		} else if (oblique && ex->toks[t].kind == ARTEX_T_WORD && t == t1 - 1) {
			apply_rules(ex->L->surname_rules, g, s, n, &b, NULL);
		} else {
			artex_buf_put(&b, s, n);
		}
	}
	if (b.oom) {
		artex_buf_dispose(&b);
		return NULL;
	}
	if (gender)
		*gender = g;
	size_t len;
	return artex_buf_detach(&b, &len);
}

static int name_gender(const struct artex_ex *ex, const char *name)
{
	const char *sp = strchr(name, ' ');
	if (!sp || !is_cyrillic(name, strlen(name)))
		return ARTEX_G_ANY;
	char low[64];
	size_t n = (size_t)(sp - name), k = 0;
	for (size_t i = 0; i < n && k + 4 < sizeof low;) {
		int32_t cp;
		i += artex__utf8_decode(name + i, n - i, &cp);
		k += artex__utf8_encode(utf8proc_tolower(cp), low + k);
	}
	for (const struct artex_gword *g = ex->L->name_endings; g && g->word; g++) {
		size_t el = strlen(g->word);
		if (k > el && memcmp(low + k - el, g->word, el) == 0)
			return g->gender;
	}
	return ARTEX_G_M;
}

/* ---- entities --------------------------------------------------------------- */

static int token_count(const char *s)
{
	int n = 1;
	for (; *s; s++)
		n += *s == ' ';
	return n;
}

static void last_token_key(const struct artex_lang *L, const char *name, char *key, size_t size)
{
	const char *sp = strrchr(name, ' ');
	const char *last = sp ? sp + 1 : name;
	char low[128];
	size_t k = 0, n = strlen(last);
	for (size_t i = 0; i < n && k + 4 < sizeof low;) {
		int32_t cp;
		i += artex__utf8_decode(last + i, n - i, &cp);
		k += artex__utf8_encode(artex__fold_cp(artex__cp_tolower(cp)), low + k);
	}
	make_key(L, low, k, key, size);
}

static int first_initial(const char *name)
{
	int32_t cp;
	artex__utf8_decode(name, strlen(name) > 4 ? 4 : strlen(name), &cp);
	return utf8proc_tolower(cp);
}



/* The key of a longer name's first word, which a later mention may use
 * alone; kept with the entity so that matching does not fold it again. */
static int set_first_key(const struct artex_ex *ex, struct artex_xentity *e)
{
	free(e->first_key);
	e->first_key = NULL;
	if (token_count(e->name) < 2)
		return 0;
	char key[128];
	char *first = dup_range(e->name, strcspn(e->name, " "));
	if (!first)
		return -1;
	last_token_key(ex->L, first, key, sizeof key);
	free(first);
	e->first_key = dup_range(key, strlen(key));
	return e->first_key ? 0 : -1;
}

int artex__ex_new_entity(struct artex_ex *ex, char *name, int is_org)
{
	struct artex_xentity *e = artex__ex_push(ex, (void **)&ex->ents, &ex->n_ents, &ex->cap_ents,
	                                        sizeof *e);
	if (!e) {
		free(name);
		return -1;
	}
	char key[128];
	last_token_key(ex->L, name, key, sizeof key);
	e->name = name;
	e->key = dup_range(key, strlen(key));
	e->is_org = is_org;
	e->affiliation = -1;
	e->gender = is_org ? ARTEX_G_ANY : name_gender(ex, name);
	if (!e->key || set_first_key(ex, e) < 0)
		ex->oom = 1;
	return (int)(ex->n_ents - 1);
}

/* 1 if the tokens [t0, t1) are the last words of `name`. */
static int tail_match(const struct artex_ex *ex, size_t t0, size_t t1, const char *name)
{
	size_t n = 0;
	for (size_t t = t0; t < t1; t++)
		n += artex__tok_n(ex, t) + (t > t0);
	size_t len = strlen(name);
	if (n >= len || name[len - n - 1] != ' ')
		return 0;
	const char *p = name + len - n;
	for (size_t t = t0; t < t1; t++) {
		size_t k = artex__tok_n(ex, t);
		if (memcmp(p, artex__tok_s(ex, t), k) != 0)
			return 0;
		p += k + 1;
	}
	return 1;
}

/* The entity a name of tokens [t0, t1) names, most recent first; -1. */
static int patronymic(const struct artex_ex *ex, size_t t);

static int match_entity(struct artex_ex *ex, size_t t0, size_t t1)
{
	char key[128], alt[128];
	const char *f = artex__tok_f(ex, t1 - 1);
	size_t fn = artex__tok_fn(ex, t1 - 1);
	make_key(ex->L, f, fn, key, sizeof key);
	/* The surname with a case ending rewritten ("Müllers", "Петровой"),
	 * when a rule applies. */
	alt[0] = '\0';
	for (const struct artex_suffix_rule *r = ex->L->surname_rules; r && r->from; r++) {
		size_t fl = strlen(r->from), tl = strlen(r->to);
		if (fn > fl && memcmp(f + fn - fl, r->from, fl) == 0 && cp_len(f, fn - fl) >= 2) {
			char form[128];
			if (fn - fl + tl < sizeof form) {
				memcpy(form, f, fn - fl);
				memcpy(form + fn - fl, r->to, tl);
				make_key(ex->L, form, fn - fl + tl, alt, sizeof alt);
			}
			break;
		}
	}
	int multi = t1 - t0 >= 2 && !initial(ex, t0);
	char first[128];
	make_key(ex->L, artex__tok_f(ex, t0), artex__tok_fn(ex, t0), first, sizeof first);
	int32_t init = 0;
	artex__utf8_decode(artex__tok_f(ex, t0), artex__tok_fn(ex, t0), &init);
	char surface[256];
	size_t sn = 0;
	for (size_t t = t0; t < t1 && sn + artex__tok_fn(ex, t) + 2 < sizeof surface; t++) {
		if (t > t0 && !artex__tok_punct(ex, t, '.'))
			surface[sn++] = ' ';
		memcpy(surface + sn, artex__tok_f(ex, t), artex__tok_fn(ex, t));
		sn += artex__tok_fn(ex, t);
	}
	surface[sn] = '\0';
	for (size_t e = 0; e < ex->n_ents; e++)
		for (size_t k = 0; k < ex->ents[e].n_alias_keys; k++)
			if (strcmp(ex->ents[e].alias_keys[k], surface) == 0)
				return (int)e;
	int best = -1;
	for (size_t e = 0; e < ex->n_ents; e++) {
		const struct artex_xentity *en = &ex->ents[e];
		int hit = strcmp(en->key, key) == 0 || (alt[0] && strcmp(en->key, alt) == 0);
		/* A first name alone, as a later mention ("David wrote"), or with
		 * the patronymic ("Олег Петрович" for "Олег Жаров"). */
		if (!hit && !en->is_org && en->first_key) {
			if (t1 - t0 == 1)
				hit = strcmp(en->first_key, key) == 0 && strlen(key) >= 3;
			else if (t1 - t0 == 2 && patronymic(ex, t1 - 1))
				hit = strcmp(en->first_key, first) == 0;
		}
		if (!hit || strlen(en->key) < 2)
			continue;
		/* "Vidal Soto" for "Inés Vidal Soto" passes without the initial. */
		if (multi && token_count(en->name) >= 2 && first_initial(en->name) != init &&
		    !(token_count(en->name) > (int)(t1 - t0) && tail_match(ex, t0, t1, en->name)))
			continue;
		if (best < 0 || ex->ents[e].last_seen > ex->ents[best].last_seen)
			best = (int)e;
	}
	return best;
}

/* ---- detection --------------------------------------------------------------- */

/* A name in quote marks right after a noun such as "компания" or
 * "newspaper" («В компании «Северный терминал» заявили»): the token of its
 * closing mark, 0 if `open` starts none. Quotes taken as speech hold
 * INQUOTE tokens and are not names. */
static size_t quoted_name_after_noun(const struct artex_ex *ex, size_t open)
{
	if (open == 0 || (ex->toks[open].flags & ARTEX_TF_INQUOTE) || !cap(ex, open + 1) ||
	    ex->toks[open + 1].flags & ARTEX_TF_INQUOTE ||
	    !(in_list(ex, open - 1, ex->L->org_words) || in_list(ex, open - 1, ex->L->name_nouns)))
		return 0;
	for (size_t t = open + 2; t < ex->n_toks && t < open + 8; t++) {
		if (ex->toks[t].sent != ex->toks[open].sent || ex->toks[t].kind == ARTEX_T_PUNCT)
			return 0;
		if (ex->toks[t].kind == ARTEX_T_QUOTE)
			return t;
	}
	return 0;
}

static int org_entity(struct artex_ex *ex, size_t t0, size_t t1, int pos);

/* Where organisations are written in lower case and qualified by
 * genitives ("министерство здравоохранения Северной области",
 * "пресс-служба прокуратуры"): the end of such a name starting at t, 0 if
 * none starts there. It needs a capitalised word within it, so that "суд"
 * alone stays a common noun. */
static size_t lowercase_org(const struct artex_ex *ex, size_t t)
{
	if (!ex->L->genitive_endings || cap(ex, t) || !org_token(ex, t))
		return 0;
	size_t e = t + 1, caps = 0;
	while (e < ex->n_toks && e < t + 6 && word(ex, e) && ex->toks[e].sent == ex->toks[t].sent &&
	       !(ex->toks[e].flags & ARTEX_TF_INQUOTE) && (genitive(ex, e) || org_token(ex, e))) {
		caps += cap(ex, e);
		e++;
	}
	return caps ? e : 0;
}

/* In "пресс-служба Министерства …" the office speaks for the organisation
 * named after it: the last organisation word of [t0, t1) starts the name. */
static size_t org_name_start(const struct artex_ex *ex, size_t t0, size_t t1)
{
	size_t start = t0;
	for (size_t t = t0 + 1; t < t1; t++)
		if (org_token(ex, t))
			start = t;
	return start;
}

/* The organisation named in quote marks: one mention over the marks, so
 * that a cue's subject search reaches it, named by the words inside. */
static int add_quoted_org(struct artex_ex *ex, size_t open, size_t close, int pos)
{
	int e = org_entity(ex, open + 1, close, pos);
	if (e < 0)
		return ARTEX_ENOMEM;
	struct artex_mention *m = add_mention(ex, open, close + 1, ARTEX_M_NAME);
	if (!m)
		return ARTEX_ENOMEM;
	m->entity = e;
	return 0;
}

struct run {
	size_t a, b;        /* the name */
	size_t role0, role1; /* role words before it, role0 == role1 if none */
	long aff0, aff1;    /* an organisation before it */
};

/* One of the last few mentions found, a person's, ends at token t. */
static int person_ends_at(const struct artex_ex *ex, size_t t)
{
	for (size_t i = ex->n_ments, n = 0; i-- > 0 && n < 4; n++) {
		const struct artex_mention *m = &ex->ments[i];
		if (m->t1 == t + 1 && m->entity >= 0 && !ex->ents[m->entity].is_org)
			return 1;
	}
	return 0;
}

/* Role phrase before a name: "председатель союза архитекторов области
 * СОЮЗАРХ Илья Жаров", "the chief executive of Acme, Jane Doe". */
static void role_before(const struct artex_ex *ex, struct run *r)
{
	if (r->role0 != r->role1)
		return;
	size_t a = r->a;
	/* A quoted name right before the person is the organisation the role
	 * is held in: "председатель ассоциации «Хлебный круг» Марина …". */
	long quoted0 = -1, quoted1 = -1;
	if (a >= 3 && ex->toks[a - 1].kind == ARTEX_T_QUOTE && !(ex->toks[a - 1].flags & ARTEX_TF_INQUOTE)) {
		size_t o = a - 2;
		while (o > 0 && o + 7 > a && ex->toks[o].kind != ARTEX_T_QUOTE &&
		       !(ex->toks[o].flags & ARTEX_TF_INQUOTE))
			o--;
		if (ex->toks[o].kind == ARTEX_T_QUOTE && o + 2 < a && ex->toks[o].sent == ex->toks[r->a].sent &&
		    (ex->toks[o + 1].flags & ARTEX_TF_CAP)) {
			quoted0 = (long)o + 1;
			quoted1 = (long)a - 1;
			a = o;
		}
	}
	if (a > 0 && artex__tok_punct(ex, a - 1, ','))
		a--;
	long found = -1;
	for (long t = (long)a - 1, n = 0; t >= 0 && n < 8; t--, n++) {
		if (ex->toks[t].sent != ex->toks[r->a].sent || !word(ex, (size_t)t) ||
		    (ex->toks[t].flags & ARTEX_TF_INQUOTE) || cue_token(ex, (size_t)t))
			break;
		/* Not past someone else: "Minister Hanna Berg spoke in Riverton". */
		if (person_ends_at(ex, (size_t)t))
			break;
		if (role_word(ex, (size_t)t))
			found = t;
		else if (in_list(ex, (size_t)t, ex->L->function_words) &&
		         !in_list(ex, (size_t)t, ex->L->prepositions))
			break;
	}
	if (found < 0)
		return;
	size_t end = a;
	long aff0 = -1, aff1 = -1;
	/* Trailing acronyms or capitalised organisation words are the affiliation. */
	while (end > (size_t)found + 1 && word(ex, end - 1) &&
	       (ex->toks[end - 1].flags & ARTEX_TF_UPPER)) {
		if (aff1 < 0)
			aff1 = (long)end;
		end--;
		aff0 = (long)end;
	}
	r->role0 = (size_t)found;
	r->role1 = end;
	if (quoted0 >= 0) {
		r->aff0 = quoted0;
		r->aff1 = quoted1;
	} else if (aff0 >= 0 && r->aff0 < 0) {
		r->aff0 = aff0;
		r->aff1 = aff1;
	}
}

static int set_role(struct artex_ex *ex, int e, size_t t0, size_t t1)
{
	if (e < 0 || t1 <= t0)
		return 0;
	const char *s = artex__tok_s(ex, t0);
	size_t n = ex->toks[t1 - 1].e - ex->toks[t0].b;
	struct artex_xentity *en = &ex->ents[e];
	if (en->role && strlen(en->role) >= n)
		return 0;
	/* Lower-case the first letter of a sentence-initial role word. */
	char *r = dup_range(s, n);
	if (!r)
		return ARTEX_ENOMEM;
	if ((ex->toks[t0].flags & ARTEX_TF_CAP) && !(ex->toks[t0].flags & ARTEX_TF_UPPER)) {
		int32_t cp;
		size_t l = artex__utf8_decode(r, n, &cp);
		char enc[4];
		size_t k = artex__utf8_encode(utf8proc_tolower(cp), enc);
		if (k == l)
			memcpy(r, enc, k);
	}
	free(en->role);
	en->role = r;
	int g = artex__tok_role(ex, t0);
	if (g == ARTEX_G_M || g == ARTEX_G_F) {
		if (en->gender == ARTEX_G_ANY && !ex->L->masculine_roles_generic)
			en->gender = g;
		else if (g == ARTEX_G_F)
			en->gender = g;
	}
	return 0;
}

static int org_entity(struct artex_ex *ex, size_t t0, size_t t1, int pos)
{
	int e = match_entity(ex, t0, t1);
	if (e < 0) {
		char *name = name_text(ex, t0, t1, 0, NULL);
		if (!name)
			return ex->oom = 1, -1;
		e = artex__ex_new_entity(ex, name, 1);
	}
	if (e >= 0)
		ex->ents[e].last_seen = pos;
	return e;
}

/* After a preposition or an attribution noun ("со слов", "за словами
 * інженерки"), perhaps past a role in the genitive, a name is oblique. */
static int oblique_at(const struct artex_ex *ex, size_t r0)
{
	for (size_t t = r0, n = 0; t > 0 && n < 3; t--, n++) {
		if (!word(ex, t - 1) || (ex->toks[t - 1].flags & ARTEX_TF_CAP) ||
		    ex->toks[t - 1].sent != ex->toks[r0].sent)
			return 0;
		if (in_list(ex, t - 1, ex->L->prepositions))
			return 1;
	}
	return 0;
}

/* Apposition after a name: ", the chief executive of Acme,". */
static void role_after(struct artex_ex *ex, int e, size_t b, int pos)
{
	if (e < 0 || !artex__tok_punct(ex, b, ','))
		return;
	size_t t = b + 1, end = t;
	while (end < ex->n_toks && end < t + 12 && ex->toks[end].sent == ex->toks[b].sent &&
	       !artex__tok_punct(ex, end, ',') && !artex__tok_punct(ex, end, '.') &&
	       ex->toks[end].kind != ARTEX_T_QUOTE)
		end++;
	/* Closed by a comma, or by the sentence's end: "…, said Ada Brin, the
	 * chief executive of Acme." */
	if (!artex__tok_punct(ex, end, ',') && !artex__tok_punct(ex, end, '.'))
		return;
	long role = -1;
	for (size_t k = t; k < end && k < t + 5; k++)
		if (role_word(ex, k)) {
			role = (long)k;
			break;
		}
	if (role < 0)
		return;
	size_t r0 = (size_t)role;
	/* Modifiers before the role noun belong to it ("senior technology consultant"). */
	while (r0 > t && word(ex, r0 - 1) && !(ex->toks[r0 - 1].flags & (ARTEX_TF_CAP | ARTEX_TF_POSS)) &&
	       !in_list(ex, r0 - 1, ex->L->function_words))
		r0--;
	size_t r1 = end;
	for (size_t k = (size_t)role + 1; k < end; k++) {
		if (in_list(ex, k, ex->L->prepositions) && cap(ex, k + 1)) {
			size_t a0 = k + 1, a1 = a0;
			while (a1 < end && (cap(ex, a1) || connector(ex, a1)))
				a1++;
			int org = org_entity(ex, a0, a1, pos);
			if (org >= 0 && ex->ents[e].affiliation < 0)
				ex->ents[e].affiliation = org;
			if (a1 == end)
				r1 = k; /* "chief executive" of "Acme" */
			break;
		}
	}
	for (size_t k = t; k < (size_t)role; k++)
		if (ex->toks[k].flags & ARTEX_TF_POSS) {
			int org = org_entity(ex, k, k + 1, pos);
			if (org >= 0 && ex->ents[e].affiliation < 0)
				ex->ents[e].affiliation = org;
		}
	set_role(ex, e, r0, r1);
}

static int patronymic(const struct artex_ex *ex, size_t t)
{
	const char *f = artex__tok_f(ex, t);
	size_t n = artex__tok_fn(ex, t);
	for (const char *const *e = ex->L->patronymic_endings; e && *e; e++) {
		size_t el = strlen(*e);
		if (n > el && memcmp(f + n - el, *e, el) == 0)
			return 1;
	}
	return 0;
}

/* Seen right after an article somewhere in the text: a common noun. */
static int article_noun(const struct artex_ex *ex, size_t t)
{
	return wordset_has(&ex->words, ex, t, ARTEX_WS_ARTICLE);
}

/* Capitalised somewhere not at a sentence start: a name, not a plural noun
 * that opens a sentence ("Residents said"). */
static int cap_elsewhere(const struct artex_ex *ex, size_t t)
{
	return wordset_has(&ex->words, ex, t, ARTEX_WS_MID_CAP);
}

/* Two or three capitalised words inside a sentence, none of which the
 * text ever puts after an article, nor a function word: where every noun
 * is capitalised, a first name and a surname ("Ida Brenner"). */
static int never_a_noun(const struct artex_ex *ex, size_t a, size_t b)
{
	if (b - a < 2 || b - a > 3 || (ex->toks[a].flags & ARTEX_TF_SENT0))
		return 0;
	for (size_t i = a; i < b; i++)
		if (!cap(ex, i) || article_noun(ex, i) || in_list(ex, i, ex->L->function_words))
			return 0;
	return 1;
}

static int known_single(struct artex_ex *ex, size_t t)
{
	return match_entity(ex, t, t + 1) >= 0;
}

static int followed_by_cue(const struct artex_ex *ex, size_t t)
{
	size_t k = t;
	while (k < ex->n_toks && artex__tok_in(ex, k, ex->L->skip_words))
		k++;
	if (artex__tok_punct(ex, k, ','))
		k++;
	return k < ex->n_toks && artex__ex_cue_at(ex, k);
}

int artex__ex_mentions(struct artex_ex *ex)
{
	int pos = 0;
	int rc = index_words(ex);
	if (rc < 0)
		return rc;
	for (size_t t = 0; t < ex->n_toks; t++) {
		pos++;
		const struct artex_tok *k = &ex->toks[t];
		if (k->kind == ARTEX_T_QUOTE) {
			size_t close = quoted_name_after_noun(ex, t);
			if (close) {
				if ((rc = add_quoted_org(ex, t, close, pos)) < 0)
					goto done;
				t = close;
			}
			continue;
		}
		if (k->kind != ARTEX_T_WORD || (k->flags & ARTEX_TF_INQUOTE))
			continue;
		size_t org_end = lowercase_org(ex, t);
		if (org_end) {
			int e = org_entity(ex, org_name_start(ex, t, org_end), org_end, pos);
			struct artex_mention *m = e >= 0 ? add_mention(ex, t, org_end, ARTEX_M_NAME) : NULL;
			if (!m) {
				rc = ARTEX_ENOMEM;
				goto done;
			}
			m->entity = e;
			t = org_end - 1;
			continue;
		}
		int g = artex__tok_pronoun(ex, t);
		if (g >= 0 && (!(k->flags & ARTEX_TF_CAP) || (k->flags & ARTEX_TF_SENT0))) {
			struct artex_mention *m = add_mention(ex, t, t + 1, ARTEX_M_PRONOUN);
			if (!m) {
				rc = ARTEX_ENOMEM;
				goto done;
			}
			m->gender = (uint8_t)g;
			continue;
		}
		int role_alone = role_word(ex, t) && !(cap(ex, t + 1) && !in_list(ex, t + 1, ex->L->function_words)) &&
		                 (!(k->flags & ARTEX_TF_CAP) || (k->flags & ARTEX_TF_SENT0) || ex->L->noun_caps);
		if (!(k->flags & ARTEX_TF_CAP) || role_alone) {
			if (role_word(ex, t)) {
				/* A role noun right before a name belongs to the name. */
				size_t n = t + 1;
				while (n < ex->n_toks && n < t + 6 && word(ex, n) && !cap(ex, n) &&
				       !cue_token(ex, n))
					n++;
				if (cap(ex, n) && ex->toks[n].sent == k->sent &&
				    !in_list(ex, n, ex->L->function_words))
					continue;
				struct artex_mention *m = add_mention(ex, t, t + 1, ARTEX_M_ROLE);
				if (!m) {
					rc = ARTEX_ENOMEM;
					goto done;
				}
				m->gender = (uint8_t)artex__tok_role(ex, t);
				/* "собеседник агентства", "a source": nobody named. */
				if (in_list(ex, t, ex->L->generic_sources))
					m->unnamed = 1;
				for (size_t b = t, n2 = 0; b > 0 && n2 < 4; b--, n2++) {
					size_t p = b - 1;
					if (!word(ex, p) || ex->toks[p].sent != k->sent)
						break;
					if (in_list(ex, p, ex->L->indefinites) || (ex->toks[p].flags & ARTEX_TF_POSS) ||
					    in_list(ex, p, ex->L->possessives)) {
						m->unnamed = 1;
						break;
					}
					if (in_list(ex, p, ex->L->definite_articles))
						break;
				}
			}
			continue;
		}
		/* A run of capitalised words, initials and name connectors. */
		size_t a = t, b = t;
		while (b < ex->n_toks && !(ex->toks[b].flags & ARTEX_TF_INQUOTE) &&
		       ex->toks[b].sent == k->sent) {
			if (initial(ex, b) || (title_word(ex, b) && cap(ex, b) && artex__tok_punct(ex, b + 1, '.') &&
			                       cap(ex, b + 2))) {
				b += 2;
				continue;
			}
			if (cap(ex, b)) {
				b++;
				/* "Acme's Flood Unit" is two names, "the Harbour Master's
				 * Office" one: an organisation word right after the
				 * possessive goes on with it. */
				if ((ex->toks[b - 1].flags & ARTEX_TF_POSS) && !(cap(ex, b) && org_token(ex, b)))
					break;
				continue;
			}
			if (connector(ex, b) && cap(ex, b + 1) && b > a) {
				b++;
				continue;
			}
			break;
		}
		t = b - 1;
		struct run r = {a, b, a, a, -1, -1};
		/* Sentence-initial function words, months and titles are no names. */
		while (r.a < r.b && (in_list(ex, r.a, ex->L->months) || artex__tok_punct(ex, r.a, '.') ||
		                     ((ex->toks[r.a].flags & ARTEX_TF_SENT0) &&
		                      in_list(ex, r.a, ex->L->function_words)) ||
		                     (in_list(ex, r.a, ex->L->function_words) && r.a == a)))
			r.a++;
		/* A role or title word inside the run: organisation, role, name. */
		for (size_t i = r.b; i-- > r.a;) {
			/* A common noun counts as a title only before a full name:
			 * "Trustee Ada Brin", not "Caisse des Trois-Lacs". */
			int title_noun = common_word(ex, i) && i + 2 < r.b && cap(ex, i + 1) && cap(ex, i + 2);
			if ((role_word(ex, i) || title_word(ex, i) || title_noun) && i + 1 < r.b &&
			    !(ex->toks[i].flags & ARTEX_TF_POSS) && !org_token(ex, i)) {
				size_t j = i;
				while (j > r.a && (role_word(ex, j - 1) || title_word(ex, j - 1) ||
				                   common_word(ex, j - 1)))
					j--;
				if (j > r.a) {
					r.aff0 = (long)r.a;
					r.aff1 = (long)j;
				}
				if (role_word(ex, i) || role_word(ex, j))
					r.role0 = j, r.role1 = i + 1;
				r.a = i + 1;
				while (r.a < r.b && artex__tok_punct(ex, r.a, '.'))
					r.a++;
				break;
			}
		}
		/* A possessive before more names: "Acme's Flood Research Unit". */
		for (size_t i = r.a; i + 1 < r.b; i++)
			if ((ex->toks[i].flags & ARTEX_TF_POSS) && !org_token(ex, i + 1)) {
				int org = org_entity(ex, r.a, i + 1, pos);
				if (org >= 0) {
					struct artex_mention *m = add_mention(ex, r.a, i + 1, ARTEX_M_NAME);
					if (!m) {
						rc = ARTEX_ENOMEM;
						goto done;
					}
					m->entity = org;
					m->poss = 1;
				}
				r.a = i + 1;
			}
		/* An acronym inside a run before a full name ends what comes before
		 * it: "области СОЮЗАРХ Илья Жаров" is a place, an organisation
		 * and a person, left for the role phrase to sort out. */
		for (size_t i = r.b; i-- > r.a + 1;) {
			if ((ex->toks[i - 1].flags & ARTEX_TF_UPPER) && i + 1 < r.b &&
			    !(ex->toks[i].flags & ARTEX_TF_UPPER) && !(ex->toks[i + 1].flags & ARTEX_TF_UPPER) &&
			    !org_token(ex, i) && !org_token(ex, i + 1)) {
				r.a = i;
				break;
			}
		}
		/* Where the script changes, a name in one follows an organisation
		 * in the other: "Nordic Bird Trust Анна Вирта". */
		for (size_t i = r.a + 1; i < r.b; i++)
			if (word(ex, i) && word(ex, i - 1) &&
			    is_cyrillic(artex__tok_s(ex, i), artex__tok_n(ex, i)) !=
			        is_cyrillic(artex__tok_s(ex, i - 1), artex__tok_n(ex, i - 1))) {
				r.aff0 = (long)r.a;
				r.aff1 = (long)i;
				r.a = i;
				break;
			}
		/* Leading acronyms before a name are organisations. */
		while (r.a + 1 < r.b && (ex->toks[r.a].flags & ARTEX_TF_UPPER) &&
		       !(ex->toks[r.a + 1].flags & ARTEX_TF_UPPER) && !org_token(ex, r.a + 1)) {
			r.aff0 = (long)r.a;
			r.aff1 = (long)r.a + 1;
			r.a++;
		}
		/* A name starts with a name, not with a particle the splits above
		 * left in front ("de Puerto Alto"). */
		while (r.a < r.b && connector(ex, r.a))
			r.a++;
		if (r.a >= r.b)
			continue;
		/* Acronyms after a name-like run stand alone ("России СОЦПРОФ"). */
		if (r.b - r.a >= 2 && (ex->toks[r.b - 1].flags & ARTEX_TF_UPPER) &&
		    !(ex->toks[r.a].flags & ARTEX_TF_UPPER) && ex->L->acronym_after_name_stands_alone) {
			r.b--;
			t = r.b - 1;
		}
		/* Where names have patronymics they are "Имя Фамилия" or "Имя
		 * Отчество Фамилия"; a capitalised word before them is a place or an
		 * organisation. */
		if (ex->L->patronymic_endings && r.b - r.a >= 3 && !patronymic(ex, r.b - 2)) {
			/* Initials stay with the surname: "Е. А. Мальцева". */
			size_t keep = r.b - 1;
			while (keep >= r.a + 2 && artex__tok_punct(ex, keep - 1, '.') && initial(ex, keep - 2))
				keep -= 2;
			r.a = keep == r.b - 1 ? r.b - 2 : keep;
		}
		if (ex->L->noun_caps) {
			/* "Der Verbraucherschützer Jan Ohm": a noun met after an article
			 * before more capitalised words describes the name after it. */
			if (r.role0 == r.role1 && r.b - r.a >= 3 && article_noun(ex, r.a) &&
			    !article_noun(ex, r.a + 1)) {
				r.role0 = r.a;
				r.role1 = r.a + 1;
				r.a++;
			}
			for (size_t i = r.a + 1; i < r.b; i++)
				if (article_noun(ex, i)) {
					r.b = i;
					t = r.b - 1;
					break;
				}
		}
		int has_org_word = 0;
		for (size_t i = r.a; i < r.b; i++)
			has_org_word |= org_token(ex, i);
		if (ex->L->noun_caps && r.role0 == r.role1 && r.aff0 < 0 && !has_org_word) {
			/* Only what names someone already met, word by word. */
			size_t keep = r.b;
			for (size_t i = r.a; i < r.b; i++)
				if (known_single(ex, i)) {
					keep = i;
					break;
				}
			if (keep == r.b) {
				/* Right before or after a cue, with no comma between: "…
				 * Schneeballsystem, sagte er" ends a reported clause. */
				int cue_near = (!artex__tok_punct(ex, r.b, ',') && followed_by_cue(ex, r.b)) ||
				               (r.a > 0 && cue_token(ex, r.a - 1));
				if (!(cue_near && r.b - r.a == 1) && !never_a_noun(ex, r.a, r.b))
					continue;
			} else {
				r.a = keep;
				r.b = keep + 1;
				t = r.b - 1;
			}
		}
		/* "Министерства природных ресурсов": lower-case genitives go on an
		 * organisation's name. */
		if (ex->L->genitive_endings && org_token(ex, r.b - 1)) {
			size_t e = r.b;
			while (e < r.b + 3 && word(ex, e) && !cap(ex, e) && genitive(ex, e))
				e++;
			r.b = e;
			t = r.b - 1;
		}
		/* Nor does it end with a particle that a cut left behind ("Fehler
		 * der" of "die Fehler der Vergangenheit"). */
		while (r.b > r.a && connector(ex, r.b - 1))
			r.b--;
		if (r.a >= r.b)
			continue;
		int single = r.b - r.a == 1 || (r.b - r.a == 2 && artex__tok_punct(ex, r.a + 1, '.'));
		int is_org = 0;
		for (size_t i = r.a; i < r.b; i++)
			is_org |= org_token(ex, i);
		if (single && (ex->toks[r.a].flags & ARTEX_TF_UPPER))
			is_org = 1;
		if (single && !is_org && (ex->toks[r.a].flags & ARTEX_TF_SENT0) &&
		    !known_single(ex, r.a) && !(followed_by_cue(ex, r.b) && cap_elsewhere(ex, r.a)))
			continue;
		if (ex->L->name_case_endings && single && !is_org &&
		    !known_single(ex, r.a) && !followed_by_cue(ex, r.b) &&
		    !(r.a > 0 && (cue_token(ex, r.a - 1) || role_word(ex, r.a - 1))))
			continue; /* a place or a thing, most likely */
		/* "the Liberal senator", "a Socialist from Lyon": one
		 * capitalised word that qualifies a role noun, or follows an
		 * indefinite article, describes someone without naming them. */
		if (single && !is_org &&
		    ((word(ex, r.b) && !cap(ex, r.b) && role_word(ex, r.b)) ||
		     (r.a > 0 && in_list(ex, r.a - 1, ex->L->indefinites))))
			continue;
		if (!is_org)
			role_before(ex, &r);
		int oblique = oblique_at(ex, r.role0 != r.role1 ? r.role0 : r.a);
		int e = match_entity(ex, r.a, r.b);
		if (e >= 0) {
			struct artex_xentity *en = &ex->ents[e];
			int ntok = (int)(r.b - r.a);
			if (!en->known && !en->is_org &&
			    ((ntok >= 2 && token_count(en->name) < 2) ||
			     (ntok >= 2 && !oblique && !en->nominative))) {
				int gg;
				char *name = name_text(ex, r.a, r.b, 0, &gg);
				if (!name) {
					rc = ARTEX_ENOMEM;
					goto done;
				}
				free(en->name);
				en->name = name;
				en->nominative = !oblique;
				en->gender = name_gender(ex, name);
				if (set_first_key(ex, en) < 0) {
					rc = ARTEX_ENOMEM;
					goto done;
				}
			}
		} else {
			int gg;
			char *name = name_text(ex, r.a, r.b, oblique, &gg);
			if (!name) {
				rc = ARTEX_ENOMEM;
				goto done;
			}
			e = artex__ex_new_entity(ex, name, is_org);
			if (e < 0) {
				rc = ARTEX_ENOMEM;
				goto done;
			}
			ex->ents[e].nominative = !oblique;
		}
		ex->ents[e].last_seen = pos;
		struct artex_mention *m = add_mention(ex, r.a, r.b, ARTEX_M_NAME);
		if (!m) {
			rc = ARTEX_ENOMEM;
			goto done;
		}
		m->entity = e;
		m->r0 = (uint32_t)(r.role0 != r.role1 ? r.role0 : r.a);
		if (r.aff0 >= 0 && (size_t)r.aff0 < m->r0)
			m->r0 = (uint32_t)r.aff0;
		m->poss = (ex->toks[r.b - 1].flags & ARTEX_TF_POSS) != 0;
		if (r.role0 != r.role1 && (rc = set_role(ex, e, r.role0, r.role1)) < 0)
			goto done;
		if (r.aff0 >= 0) {
			int org = org_entity(ex, (size_t)r.aff0, (size_t)r.aff1, pos);
			if (org >= 0 && org != e && ex->ents[e].affiliation < 0 && !ex->ents[e].is_org)
				ex->ents[e].affiliation = org;
		}
		if (!ex->ents[e].is_org)
			role_after(ex, e, r.b, pos);
		if (ex->oom) {
			rc = ARTEX_ENOMEM;
			goto done;
		}
	}
	/* Sort by position: possessive organisations were added inside runs. */
	for (size_t i = 1; i < ex->n_ments; i++) {
		struct artex_mention m = ex->ments[i];
		size_t j = i;
		while (j > 0 && ex->ments[j - 1].t0 > m.t0) {
			ex->ments[j] = ex->ments[j - 1];
			j--;
		}
		ex->ments[j] = m;
	}
	/* A cue verb next to a name agrees with it in gender: "сказала Жарова". */
	for (size_t i = 0; i < ex->n_ments && ex->L->verb_gender; i++) {
		const struct artex_mention *m = &ex->ments[i];
		if (m->kind != ARTEX_M_NAME || m->entity < 0 || ex->ents[m->entity].is_org)
			continue;
		size_t v = m->t1;
		while (v < ex->n_toks && artex__tok_in(ex, v, ex->L->skip_words))
			v++;
		if (!(v < ex->n_toks && artex__ex_cue_at(ex, v)) && m->r0 > 0 && artex__ex_cue_at(ex, m->r0 - 1))
			v = m->r0 - 1;
		if (v >= ex->n_toks || !artex__ex_cue_at(ex, v))
			continue;
		const char *f = artex__tok_f(ex, v);
		size_t n = artex__tok_fn(ex, v);
		for (const struct artex_gword *g = ex->L->verb_gender; g->word; g++) {
			size_t el = strlen(g->word);
			if (n > el && memcmp(f + n - el, g->word, el) == 0) {
				if (g->gender == ARTEX_G_M || g->gender == ARTEX_G_F)
					ex->ents[m->entity].gender = g->gender;
				break;
			}
		}
	}
	for (size_t i = 0; i < ex->n_ments; i++) {
		ex->toks[ex->ments[i].t0].mention = (int32_t)i;
		if (ex->ments[i].kind != ARTEX_M_NAME)
			ex->ments[i].entity = artex__ex_resolve(ex, i);
	}
done:
	return rc ? rc : (ex->oom ? ARTEX_ENOMEM : 0);
}

static int gender_ok(int want, int have)
{
	return want == ARTEX_G_ANY || want == ARTEX_G_PL || have == ARTEX_G_ANY || want == have;
}

static int person(const struct artex_ex *ex, const struct artex_mention *m)
{
	return m->entity >= 0 && !ex->ents[m->entity].is_org && !m->poss;
}

/* Pronouns and role nouns: a person in the same sentence before them, else
 * the first person (the subject, usually) of the nearest sentence before
 * that has one, agreeing in gender. A role noun first looks for a person
 * who holds that role. */
int artex__ex_resolve(struct artex_ex *ex, size_t mi)
{
	struct artex_mention *m = &ex->ments[mi];
	if (m->kind == ARTEX_M_NAME)
		return m->entity;
	if (m->unnamed)
		return -1;
	int want = m->gender;
	if (m->kind == ARTEX_M_ROLE) {
		const char *w = artex__tok_f(ex, m->t0);
		size_t wn = artex__tok_fn(ex, m->t0);
		size_t stem = wn > 6 ? wn - 4 : wn;
		for (size_t i = mi; i-- > 0;) {
			const struct artex_mention *p = &ex->ments[i];
			if (!person(ex, p) || !ex->ents[p->entity].role)
				continue;
			char low[256];
			size_t k = 0;
			const char *r = ex->ents[p->entity].role;
			for (size_t j = 0, n = strlen(r); j < n && k + 4 < sizeof low;) {
				int32_t cp;
				j += artex__utf8_decode(r + j, n - j, &cp);
				k += artex__utf8_encode(utf8proc_tolower(cp), low + k);
			}
			low[k] = '\0';
			/* Any word of the role starting with the role noun's stem. */
			for (const char *s = low; *s;) {
				if (strncmp(s, w, stem) == 0)
					return p->entity;
				while (*s && *s != ' ')
					s++;
				while (*s == ' ')
					s++;
			}
		}
	}
	uint32_t sent = ex->toks[m->t0].sent;
	for (size_t i = mi; i-- > 0;) {
		const struct artex_mention *p = &ex->ments[i];
		if (ex->toks[p->t0].sent != sent)
			break;
		if (person(ex, p) && gender_ok(want, ex->ents[p->entity].gender))
			return p->entity;
	}
	/* Earlier sentences: someone who was just speaking (the subject of a cue)
	 * within three sentences, else the first agreeing person of the nearest
	 * one. */
	for (size_t i = mi; i-- > 0;) {
		const struct artex_mention *p = &ex->ments[i];
		uint32_t s = ex->toks[p->t0].sent;
		if (s == sent)
			continue;
		if (s + 3 < sent)
			break;
		if (person(ex, p) && gender_ok(want, ex->ents[p->entity].gender) &&
		    followed_by_cue(ex, p->t1))
			return p->entity;
	}
	long cur = -1;
	int found = -1;
	for (size_t i = mi; i-- > 0;) {
		const struct artex_mention *p = &ex->ments[i];
		uint32_t s = ex->toks[p->t0].sent;
		if (s == sent)
			continue;
		if (cur >= 0 && (long)s != cur && found >= 0)
			return found;
		if (person(ex, p) && gender_ok(want, ex->ents[p->entity].gender)) {
			cur = (long)s;
			found = p->entity;
		}
	}
	return found;
}
