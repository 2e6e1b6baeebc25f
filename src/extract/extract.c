/* artex__extract: runs the stages over "headline \n\n body" and
 * writes persons, organisations, quotes and claims into the model. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

#include "extract/extract.h"
#include "extract/extractor.h"
#include "extract/rank.h"
#include "util/error.h"
#include "util/fileio.h"
#include "util/langid.h"
#include "util/utf8.h"
#include "util/yamltree.h"

static void ex_dispose(struct artex_ex *ex)
{
	artex_buf_dispose(&ex->textbuf);
	artex_buf_dispose(&ex->fold);
	free(ex->toks);
	free(ex->sent_start);
	free(ex->ments);
	free(ex->ment_end_at);
	free(ex->ment_start_at);
	free(ex->quote_cover);
	free(ex->quote_first_at);
	free(ex->quote_next);
	free(ex->claim_set);
	free(ex->words.hash);
	free(ex->words.flags);
	free(ex->phrase_memo);
	for (size_t i = 0; i < ex->n_ents; i++) {
		free(ex->ents[i].name);
		free(ex->ents[i].key);
		free(ex->ents[i].first_key);
		free(ex->ents[i].role);
		for (size_t k = 0; k < ex->ents[i].n_alias_keys; k++)
			free(ex->ents[i].alias_keys[k]);
		free(ex->ents[i].alias_keys);
	}
	free(ex->ents);
	free(ex->quotes);
	free(ex->claims);
}

static char *fold_string(const char *s)
{
	artex__lang_init(); /* the case table */
	struct artex_buf b = ARTEX_BUF_INIT;
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		int32_t cp;
		i += artex__utf8_decode(s + i, n - i, &cp);
		/* As the tokeniser folds: a registry entry "Conan O’Brien" matches
		 * "O'Brien" in the text. */
		cp = artex__fold_cp(artex__cp_tolower(cp));
		char enc[4];
		artex_buf_put(&b, enc, artex__utf8_encode(cp, enc));
	}
	size_t len;
	if (b.oom) {
		artex_buf_dispose(&b);
		return NULL;
	}
	return artex_buf_detach(&b, &len);
}

static int strlist_from_json(struct artex_article *art, struct artex_strlist *l, json_t *v)
{
	if (json_is_string(v))
		return artex__strlist_add(art, l, json_string_value(v));
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x)
		if (json_is_string(x) && artex__strlist_add(art, l, json_string_value(x)) < 0)
			return -1;
	return 0;
}

/* An entity the rules recognise by its name and aliases wherever the text
 * names it: a registry entry, or a person the input already names. */
static int known_entity(struct artex_ex *ex, const char *name, int is_org, const char *role,
                        struct artex_xentity **out, struct artex_error *err)
{
	char *nm = strdup(name);
	int e = nm ? artex__ex_new_entity(ex, nm, is_org) : -1;
	if (e < 0)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	struct artex_xentity *en = &ex->ents[e];
	en->known = 1;
	en->nominative = 1;
	if (role && !(en->role = strdup(role)))
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	*out = en;
	return 0;
}

/* Folded keys of the entity's name and aliases, set last. */
static int known_keys(struct artex_xentity *en, struct artex_error *err)
{
	size_t n = en->aliases.count + 1;
	en->alias_keys = calloc(n, sizeof *en->alias_keys);
	if (!en->alias_keys)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	en->alias_keys[en->n_alias_keys++] = fold_string(en->name);
	for (size_t i = 0; i < en->aliases.count; i++)
		en->alias_keys[en->n_alias_keys++] = fold_string(en->aliases.items[i]);
	for (size_t i = 0; i < en->n_alias_keys; i++)
		if (!en->alias_keys[i])
			return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	return 0;
}

static int people_entry(struct artex_ex *ex, json_t *p, int is_org, const char *file,
                        struct artex_error *err)
{
	json_t *name = json_object_get(p, "name");
	if (!json_is_string(name) || !json_string_length(name))
		return artex__error(err, ARTEX_EINVALID, ARTEX_MSG_PEOPLE_FILE,
		                    "%s: every entry needs a \"name\" string", file);
	const char *type = json_string_value(json_object_get(p, "type"));
	if (type)
		is_org = strcmp(type, "organization") == 0 || strcmp(type, "organisation") == 0 ||
		         strcmp(type, "Organization") == 0;
	struct artex_xentity *en = NULL;
	int rc = known_entity(ex, json_string_value(name), is_org,
	                      json_string_value(json_object_get(p, "role")), &en, err);
	if (rc < 0)
		return rc;
	json_t *same = json_object_get(p, "sameAs");
	if (!same)
		same = json_object_get(p, "same_as");
	json_t *aliases = json_object_get(p, "aliases");
	if (strlist_from_json(ex->art, &en->same_as, same) < 0 ||
	    strlist_from_json(ex->art, &en->aliases, aliases) < 0)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	return known_keys(en, err);
}

/* The persons and organisations the input names stay as they are, under
 * their own ids; the rules find them in the text like registry entries. */
static int input_entities(struct artex_ex *ex, struct artex_error *err)
{
	const struct artex_article *art = ex->art;
	struct artex_xentity *en = NULL;
	int rc;
	for (size_t i = 0; i < art->n_persons; i++) {
		const struct artex_person *p = &art->persons[i];
		if ((rc = known_entity(ex, p->name, 0, p->role, &en, err)) < 0)
			return rc;
		en->model_id = p->id;
		en->aliases = p->aliases;
		if ((rc = known_keys(en, err)) < 0)
			return rc;
	}
	for (size_t i = 0; i < art->n_orgs; i++) {
		const struct artex_org *o = &art->orgs[i];
		if ((rc = known_entity(ex, o->name, 1, NULL, &en, err)) < 0)
			return rc;
		en->model_id = o->id;
		en->aliases = o->aliases;
		if ((rc = known_keys(en, err)) < 0)
			return rc;
	}
	return 0;
}

/* The registry: a list of entries, or a mapping with "people" and
 * "organizations" lists. Entries: name, aliases, role, sameAs, type. */
static int load_people(struct artex_ex *ex, const char *path, struct artex_error *err)
{
	char *buf = NULL;
	size_t len;
	json_t *root = NULL;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc < 0)
		goto done;
	if ((rc = artex__yaml_load(&root, buf, len, path, NULL, err)) < 0)
		goto done;
	json_t *lists[2] = {NULL, NULL};
	if (json_is_array(root)) {
		lists[0] = root;
	} else if (json_is_object(root)) {
		lists[0] = json_object_get(root, "people");
		lists[1] = json_object_get(root, "organizations");
		if (!lists[1])
			lists[1] = json_object_get(root, "organisations");
	}
	if ((!lists[0] && !lists[1]) || (lists[0] && !json_is_array(lists[0])) ||
	    (lists[1] && !json_is_array(lists[1]))) {
		rc = artex__error(err, ARTEX_EINVALID, ARTEX_MSG_PEOPLE_FILE,
		                  "%s: expected a list of people or \"people\"/\"organizations\" lists",
		                  path);
		goto done;
	}
	for (int l = 0; l < 2; l++) {
		size_t i;
		json_t *p;
		json_array_foreach(lists[l], i, p) {
			if (!json_is_object(p)) {
				rc = artex__error(err, ARTEX_EINVALID, ARTEX_MSG_PEOPLE_FILE,
				                  "%s: entry %zu is not a mapping", path, i + 1);
				goto done;
			}
			if ((rc = people_entry(ex, p, l == 1, path, err)) < 0)
				goto done;
		}
	}
done:
	json_decref(root);
	free(buf);
	return rc;
}

/* Code points in text[base, b), counted on from the last place asked when b
 * is past it: spans come mostly in text order, and counting from the start
 * for each made articles with many quotes quadratic. */
static size_t count_from(struct artex_ex *ex, size_t base, uint32_t b)
{
	if (ex->cp_base != base || ex->cp_byte > b) {
		ex->cp_base = base;
		ex->cp_byte = base;
		ex->cp_count = 0;
	}
	ex->cp_count += artex__utf8_count(ex->text + ex->cp_byte, b - ex->cp_byte);
	ex->cp_byte = b;
	return ex->cp_count;
}

static size_t cp_at(struct artex_ex *ex, uint32_t b, int is_end, enum artex_span_field *field)
{
	if (b < ex->hl_len || (is_end && b == ex->hl_len)) {
		*field = ARTEX_FIELD_HEADLINE;
		return count_from(ex, 0, b);
	}
	*field = ARTEX_FIELD_BODY;
	return count_from(ex, ex->hl_len + 2, b);
}

/* Confidences are the ranking's share of the chosen speaker; two decimals
 * are all they mean, and short values read back identically through every
 * format (JSON-LD's canonical xsd:double keeps only 16 digits). */
static double model_confidence(double conf)
{
	if (!(conf > 0))
		return 0.5;
	if (conf > 1)
		return 1;
	return (double)(long)(conf * 100 + 0.5) / 100;
}

static int set_span(struct artex_ex *ex, uint32_t b, uint32_t e, struct artex_span *span)
{
	enum artex_span_field f0, f1;
	span->start = cp_at(ex, b, 0, &f0);
	span->end = cp_at(ex, e, 1, &f1);
	span->field = f0;
	return f0 == f1 && span->end > span->start;
}

/* "p12": a prefix and a number, written without the cost of snprintf,
 * which shows in profiles of articles with many claims. */
static void make_id(char id[32], char prefix, size_t n)
{
	char digits[24];
	size_t k = 0;
	do
		digits[k++] = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	id[0] = prefix;
	for (size_t i = 0; i < k; i++)
		id[1 + i] = digits[k - 1 - i];
	id[1 + k] = '\0';
}

static int id_taken(const struct artex_ex *ex, const char *id)
{
	const struct artex_article *art = ex->art;
	for (size_t i = 0; i < ex->input_persons; i++)
		if (strcmp(art->persons[i].id, id) == 0)
			return 1;
	for (size_t i = 0; i < ex->input_orgs; i++)
		if (strcmp(art->orgs[i].id, id) == 0)
			return 1;
	return 0;
}

/* The next id of the prefix that no entity of the input holds. */
static void next_id(const struct artex_ex *ex, char id[32], char prefix, size_t *counter)
{
	do
		make_id(id, prefix, ++*counter);
	while (id_taken(ex, id));
}

static const char *entity_id(struct artex_ex *ex, int e, size_t *np, size_t *no);

static const char *org_id(struct artex_ex *ex, int e, size_t *np, size_t *no)
{
	return entity_id(ex, e, np, no);
}

/* Emits entity e as a person or organisation on first use; its id. */
static const char *entity_id(struct artex_ex *ex, int e, size_t *np, size_t *no)
{
	if (e < 0)
		return NULL;
	struct artex_xentity *en = &ex->ents[e];
	if (en->model_id)
		return en->model_id;
	struct artex_article *art = ex->art;
	char id[32];
	if (en->is_org) {
		next_id(ex, id, 'o', no);
		struct artex_org *o = artex__article_add_org(art);
		if (!o || !(o->id = en->model_id = artex__article_str(art, id)) ||
		    !(o->name = artex__article_str(art, en->name)))
			return ex->oom = 1, NULL;
		o->same_as = en->same_as;
		o->aliases = en->aliases;
		return en->model_id;
	}
	next_id(ex, id, 'p', np);
	struct artex_person *p = artex__article_add_person(art);
	if (!p || !(p->id = en->model_id = artex__article_str(art, id)) ||
	    !(p->name = artex__article_str(art, en->name)))
		return ex->oom = 1, NULL;
	if (en->role && !(p->role = artex__article_str(art, en->role)))
		return ex->oom = 1, NULL;
	p->same_as = en->same_as;
	p->aliases = en->aliases;
	size_t index = art->n_persons - 1;
	if (en->affiliation >= 0 && en->affiliation != e && ex->ents[en->affiliation].is_org) {
		const char *aff = org_id(ex, en->affiliation, np, no);
		/* The person array may have moved while the organisation was added. */
		art->persons[index].affiliation = aff;
	}
	return en->model_id;
}

static int emit(struct artex_ex *ex)
{
	struct artex_article *art = ex->art;
	size_t np = 0, no = 0, nq = 0, nc = 0;
	/* The input's own persons and organisations stay. */
	art->n_persons = ex->input_persons;
	art->n_orgs = ex->input_orgs;
	art->n_quotes = art->n_claims = 0;
	uint32_t last_end = 0;
	for (size_t i = 0; i < ex->n_quotes; i++) {
		struct artex_xquote *xq = &ex->quotes[i];
		uint32_t b = ex->toks[xq->t0].b, e = ex->toks[xq->t1 - 1].e;
		struct artex_span span;
		if ((nq > 0 && b < last_end) || !set_span(ex, b, e, &span))
			continue;
		last_end = e;
		const char *speaker = entity_id(ex, xq->speaker, &np, &no);
		char id[32];
		next_id(ex, id, 'q', &nq);
		struct artex_quote *q = artex__article_add_quote(art);
		if (!q)
			return ARTEX_ENOMEM;
		q->id = xq->model_id = artex__article_str(art, id);
		q->text = artex__article_strn(art, ex->text + b, e - b);
		q->speaker = speaker;
		q->kind = span.field == ARTEX_FIELD_HEADLINE ? ARTEX_QUOTE_HEADLINE : ARTEX_QUOTE_DIRECT;
		q->confidence = model_confidence(xq->conf);
		q->span = span;
		if (xq->cue_tok >= 0)
			q->cue = artex__article_strn(art, artex__tok_s(ex, (size_t)xq->cue_tok),
			                             artex__tok_n(ex, (size_t)xq->cue_tok));
		if (!q->id || !q->text || (xq->cue_tok >= 0 && !q->cue))
			return ARTEX_ENOMEM;
	}
	for (size_t i = 0; i < ex->n_claims; i++) {
		struct artex_xclaim *xc = &ex->claims[i];
		struct artex_span span;
		if (!set_span(ex, xc->b, xc->e, &span))
			continue;
		const char *who = entity_id(ex, xc->claimant, &np, &no);
		char id[32];
		next_id(ex, id, 'c', &nc);
		struct artex_claim *c = artex__article_add_claim(art);
		if (!c)
			return ARTEX_ENOMEM;
		c->id = artex__article_str(art, id);
		c->text = artex__article_strn(art, ex->text + xc->b, xc->e - xc->b);
		c->claimant = who;
		c->kind = span.field == ARTEX_FIELD_HEADLINE ? ARTEX_CLAIM_HEADLINE
		          : (xc->kind == ARTEX_CLAIM_HEADLINE ? ARTEX_CLAIM_INDIRECT : xc->kind);
		c->quote = xc->quote >= 0 ? ex->quotes[xc->quote].model_id : NULL;
		c->confidence = model_confidence(xc->conf);
		c->span = span;
		if (!c->id || !c->text)
			return ARTEX_ENOMEM;
	}
	return ex->oom ? ARTEX_ENOMEM : 0;
}

static int cmp_claim(const void *a, const void *b)
{
	const struct artex_xclaim *x = a, *y = b;
	return x->b < y->b ? -1 : x->b > y->b;
}

int artex__extract(struct artex_article *art, const struct artex_extract_opts *opts,
                   struct artex_error *err)
{
	return artex__article_extract_ranked(art, opts, NULL, NULL, err);
}

int artex__article_extract_ranked(struct artex_article *art, const struct artex_extract_opts *opts,
                                  const double *weights, FILE *dump, struct artex_error *err)
{
	struct artex_ex ex = {.art = art, .rank_weights = weights, .rank_dump = dump};
	int rc = 0;
	const char *lang = opts ? opts->language : NULL;
	if (lang && !artex__valid_language(lang)) {
		rc = artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_EXTRACT_LANGUAGE,
		                  "'%s' is not a BCP 47 language tag", lang);
		goto done;
	}
	const char *headline = art->headline ? art->headline : "";
	const char *body = art->body ? art->body : "";
	ex.hl_len = strlen(headline);
	artex_buf_puts(&ex.textbuf, headline);
	artex_buf_puts(&ex.textbuf, "\n\n");
	artex_buf_puts(&ex.textbuf, body);
	if (ex.textbuf.oom) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	ex.text = ex.textbuf.data;
	ex.len = ex.textbuf.len;
	/* The reader's tag (identified the same way, or given by the input)
	 * stands unless overridden. */
	if (!lang && art->language && strcmp(art->language, "und") != 0)
		lang = art->language;
	if (!lang)
		lang = artex__langid(ex.text, ex.len);
	ex.L = artex__lang_table(lang);
	if (!(art->language = artex__article_str(art, lang))) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	if (opts && opts->people_file && (rc = load_people(&ex, opts->people_file, err)) < 0)
		goto done;
	ex.input_persons = art->n_persons;
	ex.input_orgs = art->n_orgs;
	if ((rc = input_entities(&ex, err)) < 0)
		goto done;
	if ((rc = artex__ex_tokenize(&ex)) < 0 || (rc = artex__ex_quotes(&ex)) < 0 ||
	    (rc = artex__ex_sentences(&ex)) < 0 || (rc = artex__ex_accept(&ex)) < 0 ||
	    (rc = artex__ex_mentions(&ex)) < 0 || (rc = artex__ex_attribute(&ex)) < 0 ||
	    (rc = artex__ex_claims(&ex)) < 0) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	if (ex.n_claims > 1)
		qsort(ex.claims, ex.n_claims, sizeof *ex.claims, cmp_claim);
	/* Claims keep quote indices; sorting claims leaves them valid. */
	if ((rc = emit(&ex)) < 0) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
done:
	ex_dispose(&ex);
	return rc;
}
