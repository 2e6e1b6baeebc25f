/* The model as schema.org JSON-LD: one flat @graph of NewsArticle, Person,
 * Organization, Quotation and Claim nodes with absolute IRIs, plus W3C Web
 * Annotations for the spans. The shape is described in README.md and
 * enforced by schemas/newsarticle.jsonld.schema.json. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "exporters/jsonld.h"
#include "model/fields.h"
#include "model/vocab.h"
#include "util/error.h"
#include "util/utf8.h"

/* Code points of context a TextQuoteSelector carries on each side, as
 * Hypothesis does: enough to re-anchor a quote after small edits. */
#define QUOTE_CONTEXT 32

static const char *const quote_kind_names[] = {"direct", "headline"};
static const char *const claim_kind_names[] = {"direct", "indirect", "headline"};

struct builder {
	const struct artex_article *art;
	const struct artex_export_opts *opts;
	struct artex__iris iris;
	json_t *graph;
	int oom;
};

static uint64_t fnv1a(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* A name as an IRI path segment: lower case letters and digits of any
 * script, everything else folded into single hyphens. Non-ASCII letters stay
 * as they are, which IRIs allow. */
static void put_slug(struct artex_buf *b, const char *name)
{
	size_t len = strlen(name), start = b->len;
	int hyphen = 0;
	for (size_t i = 0; i < len;) {
		int32_t cp;
		i += artex__utf8_decode(name + i, len - i, &cp);
		utf8proc_category_t cat = utf8proc_category(cp);
		int keep = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
		           cat == UTF8PROC_CATEGORY_ND;
		if (!keep) {
			hyphen = b->len > start;
			continue;
		}
		if (hyphen)
			artex_buf_putc(b, '-');
		hyphen = 0;
		char enc[4];
		int32_t lower = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp)
		                          : utf8proc_tolower(cp);
		artex_buf_put(b, enc, artex__utf8_encode(lower, enc));
	}
	if (b->len == start)
		artex_buf_printf(b, "x%016llx",
		                 (unsigned long long)fnv1a(0xcbf29ce484222325ULL, name, len));
}

static int iri_taken(const struct artex__iris *s, const char *iri)
{
	for (size_t i = 0; i < s->n_used; i++)
		if (strcmp(s->used[i], iri) == 0)
			return 1;
	return 0;
}

/* IRI of an agent: prefix + kind + slug of its name, with "-2", "-3", ...
 * when two different entities would get the same one. Returns a string kept
 * in iris->used, or NULL on OOM. */
static char *agent_iri(struct artex__iris *iris, const char *kind, const char *name)
{
	struct artex_buf t = ARTEX_BUF_INIT;
	artex_buf_put(&t, iris->entity_base.data, iris->entity_base.len);
	artex_buf_puts(&t, kind);
	put_slug(&t, name);
	size_t base_len = t.len;
	for (int n = 2; !t.oom && iri_taken(iris, t.data); n++) {
		t.len = base_len;
		artex_buf_printf(&t, "-%d", n);
	}
	char **grown = realloc(iris->used, (iris->n_used + 1) * sizeof *grown);
	if (t.oom || !grown) {
		if (grown)
			iris->used = grown;
		artex_buf_dispose(&t);
		return NULL;
	}
	iris->used = grown;
	char *iri = artex_buf_detach(&t, NULL);
	iris->used[iris->n_used++] = iri;
	return iri;
}

static void put_base(struct artex_buf *b, const char *base)
{
	artex_buf_puts(b, base);
	size_t n = strlen(base);
	if (n && !strchr("/#:", base[n - 1]))
		artex_buf_putc(b, '/');
}

/* The article: its URL (without fragment), else --base-iri plus its id,
 * else a urn: from a hash of its headline and body. Agents: --base-iri, else
 * the origin of the article's URL, else urn:artex:, so that one person gets
 * one IRI in every article of an archive. */
static void set_bases(struct artex__iris *iris, const struct artex_article *a,
                      const struct artex_export_opts *opts)
{
	const char *base = opts->base_iri && *opts->base_iri ? opts->base_iri : NULL;
	if (a->url) {
		artex_buf_put(&iris->article_base, a->url, strcspn(a->url, "#"));
	} else if (base) {
		put_base(&iris->article_base, base);
		artex_buf_puts(&iris->article_base, a->id);
	} else {
		uint64_t h = fnv1a(0xcbf29ce484222325ULL, a->headline, strlen(a->headline) + 1);
		h = fnv1a(h, a->body, a->body_len);
		artex_buf_printf(&iris->article_base, "urn:artex:article:%016llx", (unsigned long long)h);
	}
	const char *scheme_end = a->url ? strstr(a->url, "://") : NULL;
	if (base) {
		put_base(&iris->entity_base, base);
	} else if (scheme_end) {
		size_t n = (size_t)(scheme_end + 3 - a->url);
		n += strcspn(a->url + n, "/?#");
		artex_buf_put(&iris->entity_base, a->url, n);
		artex_buf_putc(&iris->entity_base, '/');
	} else {
		artex_buf_puts(&iris->entity_base, "urn:artex:");
	}
}

char *artex__iris_fragment(const struct artex__iris *iris, const char *kind, const char *id)
{
	struct artex_buf t = ARTEX_BUF_INIT;
	artex_buf_put(&t, iris->article_base.data, iris->article_base.len);
	artex_buf_printf(&t, "#%s%s", kind, id ? id : "");
	if (t.oom) {
		artex_buf_dispose(&t);
		return NULL;
	}
	return artex_buf_detach(&t, NULL);
}

/* Persons and organisations first, then authors and the publisher, in the
 * order the graph lists their nodes, so the "-2" suffixes fall the same way
 * in every format. Authors and the publisher share the IRI of a mentioned
 * entity with the same name. */
int artex__iris_init(struct artex__iris *iris, const struct artex_article *art,
                     const struct artex_export_opts *opts)
{
	memset(iris, 0, sizeof *iris);
	iris->persons = calloc(art->n_persons + 1, sizeof *iris->persons);
	iris->orgs = calloc(art->n_orgs + 1, sizeof *iris->orgs);
	iris->authors = calloc(art->authors.count + 1, sizeof *iris->authors);
	iris->author_own = calloc(art->authors.count + 1, 1);
	if (!iris->persons || !iris->orgs || !iris->authors || !iris->author_own)
		return ARTEX_ENOMEM;
	set_bases(iris, art, opts);
	for (size_t i = 0; i < art->n_persons; i++)
		if (!(iris->persons[i] = agent_iri(iris, "person/", art->persons[i].name)))
			return ARTEX_ENOMEM;
	for (size_t i = 0; i < art->n_orgs; i++)
		if (!(iris->orgs[i] = agent_iri(iris, "organization/", art->orgs[i].name)))
			return ARTEX_ENOMEM;
	if (!(iris->article = artex__iris_fragment(iris, "article", NULL)))
		return ARTEX_ENOMEM;
	for (size_t i = 0; i < art->authors.count; i++) {
		const char *name = art->authors.items[i], *iri = NULL;
		for (size_t k = 0; k < art->n_persons && !iri; k++)
			if (strcmp(art->persons[k].name, name) == 0)
				iri = iris->persons[k];
		for (size_t k = 0; k < i && !iri; k++)
			if (strcmp(art->authors.items[k], name) == 0)
				iri = iris->authors[k];
		if (!iri) {
			if (!(iri = agent_iri(iris, "person/", name)))
				return ARTEX_ENOMEM;
			iris->author_own[i] = 1;
		}
		iris->authors[i] = iri;
	}
	for (size_t k = 0; art->publisher && k < art->n_orgs && !iris->publisher; k++)
		if (strcmp(art->orgs[k].name, art->publisher) == 0)
			iris->publisher = iris->orgs[k];
	if (art->publisher && !iris->publisher) {
		if (!(iris->publisher = agent_iri(iris, "organization/", art->publisher)))
			return ARTEX_ENOMEM;
		iris->publisher_own = 1;
	}
	return iris->article_base.oom || iris->entity_base.oom ? ARTEX_ENOMEM : 0;
}

void artex__iris_dispose(struct artex__iris *iris)
{
	for (size_t i = 0; i < iris->n_used; i++)
		free(iris->used[i]);
	free(iris->used);
	free(iris->persons);
	free(iris->orgs);
	free(iris->authors);
	free(iris->author_own);
	free(iris->article);
	artex_buf_dispose(&iris->article_base);
	artex_buf_dispose(&iris->entity_base);
}

const char *artex__iris_agent(const struct artex__iris *iris, const struct artex_article *a,
                              const char *id)
{
	for (size_t i = 0; id && i < a->n_persons; i++)
		if (strcmp(a->persons[i].id, id) == 0)
			return iris->persons[i];
	for (size_t i = 0; id && i < a->n_orgs; i++)
		if (strcmp(a->orgs[i].id, id) == 0)
			return iris->orgs[i];
	return NULL;
}

/* Strings come from a checked model (readers check every article, and
 * extraction's additions are checked again) or from a base IRI checked
 * when the build starts, so they are valid UTF-8, and keys are this
 * file's constants: jansson need not check either again, which it does a
 * byte at a time. The options a provenance records are the caller's and
 * are checked (add_provenance). */
static json_t *str(const char *s)
{
	return s ? json_stringn_nocheck(s, strlen(s)) : NULL;
}

/* Sets obj[key] = v, taking v over; a NULL v (out of memory, or a NULL
 * string) fails the whole object, as json_pack would. */
static json_t *put(json_t *obj, const char *key, json_t *v)
{
	if (obj && v && json_object_set_new_nocheck(obj, key, v) == 0)
		return obj;
	json_decref(v);
	json_decref(obj);
	return NULL;
}

static json_t *iri_ref(const char *iri)
{
	return put(json_object(), "@id", str(iri));
}

static char *fragment_iri(struct builder *b, const char *kind, const char *id)
{
	char *iri = artex__iris_fragment(&b->iris, kind, id);
	if (!iri)
		b->oom = 1;
	return iri;
}

static void set(struct builder *b, json_t *obj, const char *key, json_t *v)
{
	if (!v || json_object_set_new_nocheck(obj, key, v) < 0)
		b->oom = 1;
}

static void set_str(struct builder *b, json_t *obj, const char *key, const char *s)
{
	if (s)
		set(b, obj, key, str(s));
}

/* ImageObjects rather than bare IRIs, so width and height have a place. */
static void add_images(struct builder *b, json_t *article)
{
	const struct artex_article *a = b->art;
	if (a->n_images == 0)
		return;
	json_t *list = json_array();
	for (size_t i = 0; list && i < a->n_images; i++) {
		json_t *img = put(put(json_object(), "@type", str("ImageObject")), "contentUrl",
		                  str(a->images[i].url));
		if (img && a->images[i].width)
			set(b, img, "width", json_integer((json_int_t)a->images[i].width));
		if (img && a->images[i].height)
			set(b, img, "height", json_integer((json_int_t)a->images[i].height));
		if (!img || json_array_append_new(list, img) < 0)
			b->oom = 1;
	}
	set(b, article, ARTEX__TERM(IMAGES), list);
}

static void set_list(struct builder *b, json_t *obj, const char *key,
                     const struct artex_strlist *l)
{
	if (l->count == 0)
		return;
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < l->count; i++)
		if (json_array_append_new(arr, str(l->items[i])) < 0)
			b->oom = 1;
	set(b, obj, key, arr);
}

static void append(struct builder *b, json_t *arr, json_t *v)
{
	if (!v || json_array_append_new(arr, v) < 0)
		b->oom = 1;
}

static const char *agent_iri_of(const struct builder *b, const char *id)
{
	return artex__iris_agent(&b->iris, b->art, id);
}

/* A Person or Organization node up to its names; the caller adds what
 * only persons have, then agent_end its sameAs. */
static json_t *agent_start(struct builder *b, const char *iri, const char *type, const char *id,
                           const char *name, const struct artex_strlist *aliases)
{
	json_t *n = json_object();
	set_str(b, n, "@id", iri);
	set_str(b, n, "@type", type);
	set_str(b, n, ARTEX__TERM(ID), id);
	set_str(b, n, ARTEX__TERM(NAME), name);
	set_list(b, n, ARTEX__TERM(ALIASES), aliases);
	return n;
}

static void agent_end(struct builder *b, json_t *n, const struct artex_strlist *same_as)
{
	set_list(b, n, ARTEX__TERM(SAME_AS), same_as);
	append(b, b->graph, n);
}

static void add_agents(struct builder *b, json_t *article)
{
	const struct artex_article *a = b->art;
	for (size_t i = 0; i < a->n_persons && !b->oom; i++) {
		const struct artex_person *p = &a->persons[i];
		json_t *n = agent_start(b, b->iris.persons[i], "Person", p->id, p->name, &p->aliases);
		set_str(b, n, ARTEX__TERM(ROLE), p->role);
		if (p->affiliation)
			set(b, n, ARTEX__TERM(AFFILIATION), iri_ref(agent_iri_of(b, p->affiliation)));
		agent_end(b, n, &p->same_as);
	}
	for (size_t i = 0; i < a->n_orgs && !b->oom; i++) {
		const struct artex_org *o = &a->orgs[i];
		json_t *n = agent_start(b, b->iris.orgs[i], "Organization", o->id, o->name, &o->aliases);
		agent_end(b, n, &o->same_as);
	}
	/* Authors and the publisher share the node of a mentioned entity with
	 * the same name; others get a node of their own, named only. */
	if (a->authors.count) {
		json_t *authors = json_array();
		for (size_t i = 0; authors && i < a->authors.count && !b->oom; i++) {
			if (b->iris.author_own[i]) {
				json_t *n = json_object();
				set_str(b, n, "@id", b->iris.authors[i]);
				set_str(b, n, "@type", "Person");
				set_str(b, n, ARTEX__TERM(NAME), a->authors.items[i]);
				append(b, b->graph, n);
			}
			append(b, authors, iri_ref(b->iris.authors[i]));
		}
		set(b, article, ARTEX__TERM(AUTHORS), authors);
	}
	if (a->publisher) {
		if (b->iris.publisher_own) {
			json_t *n = json_object();
			set_str(b, n, "@id", b->iris.publisher);
			set_str(b, n, "@type", "Organization");
			set_str(b, n, ARTEX__TERM(NAME), a->publisher);
			append(b, b->graph, n);
		}
		set(b, article, ARTEX__TERM(PUBLISHER), iri_ref(b->iris.publisher));
	}
}

static void set_confidence(struct builder *b, json_t *n, double c)
{
	set(b, n, ARTEX__TERM(CONFIDENCE), json_real(c));
}

static json_t *annotation(struct builder *b, const char *body_iri, const char *article_iri,
                          const struct artex_span *sp, const struct artex_cpindex *ix)
{
	size_t s = artex__cpindex_byte(ix, sp->start), e = artex__cpindex_byte(ix, sp->end);
	size_t ps = artex__cpindex_byte(ix, sp->start > QUOTE_CONTEXT ? sp->start - QUOTE_CONTEXT : 0);
	size_t se = artex__cpindex_byte(
		ix, sp->end + QUOTE_CONTEXT < ix->count ? sp->end + QUOTE_CONTEXT : ix->count);
	json_t *pos = put(put(put(json_object(), "@type", str("oa:TextPositionSelector")),
	                      "oa:start", json_integer((json_int_t)sp->start)),
	                  "oa:end", json_integer((json_int_t)sp->end));
	json_t *quote = put(put(json_object(), "@type", str("oa:TextQuoteSelector")), "oa:exact",
	                    json_stringn_nocheck(ix->s + s, e - s));
	if (quote && s > ps)
		set(b, quote, "oa:prefix", json_stringn_nocheck(ix->s + ps, s - ps));
	if (quote && se > e)
		set(b, quote, "oa:suffix", json_stringn_nocheck(ix->s + e, se - e));
	json_t *target = put(put(json_object(), "@type", str("oa:SpecificResource")),
	                     "oa:hasSource", iri_ref(article_iri));
	if (target && sp->field == ARTEX_FIELD_HEADLINE)
		set_str(b, target, "artex:textField", "headline");
	json_t *sel = json_array();
	append(b, sel, pos);
	append(b, sel, quote);
	if (target)
		set(b, target, "oa:hasSelector", sel);
	else
		json_decref(sel);
	char *id = NULL;
	struct artex_buf t = ARTEX_BUF_INIT;
	artex_buf_printf(&t, "%s-span", body_iri);
	id = t.oom ? NULL : artex_buf_detach(&t, NULL);
	json_t *n = json_object();
	if (id)
		n = put(n, "@id", str(id));
	n = put(put(n, "@type", str("oa:Annotation")), "oa:hasBody", iri_ref(body_iri));
	if (target)
		n = put(n, "oa:hasTarget", target);
	free(id);
	if (!n || !id)
		b->oom = 1;
	return n;
}

static void add_statements(struct builder *b, json_t *article, const char *article_iri,
                           const char *tool_iri)
{
	const struct artex_article *a = b->art;
	int spans = !b->opts->plain;
	struct artex_cpindex body = {0}, headline = {0};
	if (artex__cpindex_init(&body, a->body, a->body_len) < 0 ||
	    artex__cpindex_init(&headline, a->headline, strlen(a->headline)) < 0) {
		b->oom = 1;
		goto done;
	}
	json_t *parts = json_array(), *notes = json_array();
	char **quote_iris = calloc(a->n_quotes + 1, sizeof *quote_iris);
	if (!parts || !notes || !quote_iris)
		b->oom = 1;
	for (size_t i = 0; i < a->n_quotes && !b->oom; i++) {
		const struct artex_quote *q = &a->quotes[i];
		quote_iris[i] = fragment_iri(b, "quote-", q->id);
		json_t *n = json_object();
		set_str(b, n, "@id", quote_iris[i]);
		set_str(b, n, "@type", "Quotation");
		set_str(b, n, "identifier", q->id);
		set_str(b, n, ARTEX__TERM(TEXT), q->text);
		const char *speaker = agent_iri_of(b, q->speaker);
		if (speaker) {
			set(b, n, "creator", iri_ref(speaker));
			set(b, n, ARTEX__TERM(SPEAKER), iri_ref(speaker));
		}
		set(b, n, "isPartOf", iri_ref(article_iri));
		if (!b->opts->plain) {
			set_str(b, n, ARTEX__TERM(KIND), quote_kind_names[q->kind]);
			set_str(b, n, ARTEX__TERM(CUE), q->cue);
			set_confidence(b, n, q->confidence);
		}
		append(b, b->graph, n);
		append(b, parts, iri_ref(quote_iris[i]));
		if (spans && q->span.end && quote_iris[i])
			append(b, notes,
			       annotation(b, quote_iris[i], article_iri, &q->span,
			                  q->span.field == ARTEX_FIELD_HEADLINE ? &headline : &body));
	}
	for (size_t i = 0; i < a->n_claims && !b->oom; i++) {
		const struct artex_claim *c = &a->claims[i];
		char *iri = fragment_iri(b, "claim-", c->id);
		json_t *n = json_object();
		set_str(b, n, "@id", iri);
		set_str(b, n, "@type", "Claim");
		set_str(b, n, "identifier", c->id);
		set_str(b, n, ARTEX__TERM(TEXT), c->text);
		const char *claimant = agent_iri_of(b, c->claimant);
		if (claimant)
			set(b, n, ARTEX__TERM(CLAIMANT), iri_ref(claimant));
		set(b, n, "appearance", iri_ref(article_iri));
		for (size_t k = 0; c->quote && k < a->n_quotes; k++)
			if (strcmp(a->quotes[k].id, c->quote) == 0 && quote_iris[k])
				set(b, n, ARTEX__TERM(QUOTE), iri_ref(quote_iris[k]));
		set(b, n, "claimInterpreter", iri_ref(tool_iri));
		if (!b->opts->plain) {
			set_str(b, n, ARTEX__TERM(KIND), claim_kind_names[c->kind]);
			set_confidence(b, n, c->confidence);
		}
		append(b, b->graph, n);
		if (spans && c->span.end && iri)
			append(b, notes,
			       annotation(b, iri, article_iri, &c->span,
			                  c->span.field == ARTEX_FIELD_HEADLINE ? &headline : &body));
		free(iri);
	}
	if (parts && json_array_size(parts))
		set(b, article, "hasPart", json_incref(parts));
	for (size_t i = 0; i < json_array_size(notes); i++)
		append(b, b->graph, json_incref(json_array_get(notes, i)));
	json_decref(parts);
	json_decref(notes);
	for (size_t i = 0; quote_iris && i < a->n_quotes; i++)
		free(quote_iris[i]);
	free(quote_iris);
done:
	artex__cpindex_dispose(&body);
	artex__cpindex_dispose(&headline);
}

/* The source file as read: a MediaObject node of its own, last in the
 * graph, with its SHA-256 as a PropertyValue identifier; the article is
 * isBasedOn it. The time of the conversion, when recorded, is the
 * article's sdDatePublished, and its options an artex term the plain
 * profile leaves out. The tool is the sdPublisher node. */
static void add_provenance(struct builder *b, json_t *article)
{
	const struct artex_provenance *p = b->art->provenance;
	if (!p)
		return;
	char *iri = fragment_iri(b, "source", NULL);
	json_t *source = put(put(json_object(), "@id", str(iri)), "@type", str("MediaObject"));
	if (source) {
		set_str(b, source, "name", p->source);
		if (p->source_size) {
			char size[48];
			snprintf(size, sizeof size, "%zu B", p->source_size);
			set_str(b, source, "contentSize", size);
		}
		const char *media = artex__format_media_type(p->source_format);
		set_str(b, source, "encodingFormat", media ? media : p->source_format);
		if (p->source_sha256)
			set(b, source, "identifier",
			    put(put(put(json_object(), "@type", str("PropertyValue")), "propertyID",
			            str("SHA-256")),
			        "value", str(p->source_sha256)));
		set(b, article, "isBasedOn", iri_ref(iri));
	}
	append(b, b->graph, source);
	free(iri);
	set_str(b, article, "sdDatePublished", p->date);
	if (!b->opts->plain && p->options.count) {
		json_t *options = json_array();
		for (size_t i = 0; options && i < p->options.count; i++)
			append(b, options, json_string(p->options.items[i]));
		set(b, article, "artex:options", options);
	}
}

static int has_annotations(const struct artex_article *a)
{
	for (size_t i = 0; i < a->n_quotes; i++)
		if (a->quotes[i].span.end)
			return 1;
	for (size_t i = 0; i < a->n_claims; i++)
		if (a->claims[i].span.end)
			return 1;
	return 0;
}

static json_t *context(const struct builder *b)
{
	const struct artex_article *a = b->art;
	if (b->opts->plain)
		return str("https://schema.org");
	/* Plain strings take the article's language, so N-Quads and any other
	 * RDF view carry language-tagged literals. */
	json_t *inline_ctx = put(json_object(), "@language", str(a->language));
	if (inline_ctx && has_annotations(a))
		inline_ctx = put(inline_ctx, "oa", str(ARTEX__OA_NS));
	int options = a->provenance && a->provenance->options.count;
	if (inline_ctx && (a->n_quotes || a->n_claims || options))
		inline_ctx = put(inline_ctx, "artex", str(ARTEX__VOCAB_NS));
	json_t *ctx = json_array();
	if (!ctx || !inline_ctx || json_array_append_new(ctx, str("https://schema.org")) < 0) {
		json_decref(ctx);
		json_decref(inline_ctx);
		return NULL;
	}
	if (json_array_append_new(ctx, inline_ctx) < 0) {
		json_decref(ctx);
		return NULL;
	}
	return ctx;
}

int artex__jsonld_build(json_t **out, const struct artex_article *art,
                        const struct artex_export_opts *opts, struct artex_error *err)
{
	struct builder b = {.art = art, .opts = opts};
	const char *article_iri = NULL;
	char *tool_iri = NULL;
	json_t *doc = NULL;
	int rc = 0;
	*out = NULL;
	/* Every string is the checked model's (see str), or the base IRI that
	 * artex__exporter_write checked. */
	b.graph = json_array();
	if (!b.graph || artex__iris_init(&b.iris, art, opts) < 0)
		goto oom;
	article_iri = b.iris.article;
	tool_iri = strdup("urn:artex:software:artex");
	if (!tool_iri)
		goto oom;

	json_t *article = json_object();
	set_str(&b, article, "@id", article_iri);
	set_str(&b, article, "@type", "NewsArticle");
	set_str(&b, article, ARTEX__TERM(ID), art->id);
	set_str(&b, article, ARTEX__TERM(HEADLINE), art->headline);
	set_str(&b, article, ARTEX__TERM(DESCRIPTION), art->description);
	set_str(&b, article, ARTEX__TERM(URL), art->url);
	set_str(&b, article, ARTEX__TERM(DATE_CREATED), art->date_created);
	set_str(&b, article, ARTEX__TERM(DATE_PUBLISHED), art->date_published);
	set_str(&b, article, ARTEX__TERM(DATE_MODIFIED), art->date_modified);
	add_images(&b, article);
	set_str(&b, article, ARTEX__TERM(SECTION), art->section);
	set_str(&b, article, ARTEX__TERM(LANGUAGE), art->language);
	set_list(&b, article, ARTEX__TERM(KEYWORDS), &art->keywords);
	append(&b, b.graph, article);
	add_agents(&b, article);
	if (art->n_persons + art->n_orgs) {
		json_t *mentions = json_array();
		for (size_t i = 0; i < art->n_persons; i++)
			append(&b, mentions, iri_ref(b.iris.persons[i]));
		for (size_t i = 0; i < art->n_orgs; i++)
			append(&b, mentions, iri_ref(b.iris.orgs[i]));
		set(&b, article, "mentions", mentions);
	}
	add_statements(&b, article, article_iri, tool_iri);
	if (art->body_len)
		set(&b, article, ARTEX__TERM(BODY), json_stringn_nocheck(art->body, art->body_len));
	set(&b, article, "wordCount",
	    json_integer((json_int_t)artex__word_count(art->body, art->body_len)));
	set(&b, article, "sdPublisher", iri_ref(tool_iri));
	const struct artex_provenance *prov = art->provenance;
	append(&b, b.graph,
	       put(put(put(put(json_object(), "@id", str(tool_iri)), "@type",
	                   str("SoftwareApplication")),
	               "name", str(prov ? prov->tool : "artex")),
	           "softwareVersion", str(prov ? prov->tool_version : artex_version())));
	add_provenance(&b, article);
	doc = json_object();
	if (doc) {
		set(&b, doc, "@context", context(&b));
		set(&b, doc, "@graph", json_incref(b.graph));
	}
	if (b.oom || !doc)
		goto oom;
	*out = doc;
	doc = NULL;
	goto done;
oom:
	rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
done:
	json_decref(doc);
	json_decref(b.graph);
	artex__iris_dispose(&b.iris);
	free(tool_iri);
	return rc;
}

static void newline(struct artex_buf *out, int indent)
{
	/* One append for the usual depths instead of one per level. */
	static const char spaces[] = "\n                                                              ";
	size_t n = (size_t)indent * 2;
	if (n < sizeof spaces - 1) {
		artex_buf_put(out, spaces, n + 1);
		return;
	}
	artex_buf_putc(out, '\n');
	for (int i = 0; i < indent; i++)
		artex_buf_puts(out, "  ");
}

void artex__json_write(struct artex_buf *out, const json_t *v, int indent)
{
	char num[64];
	switch (json_typeof(v)) {
	case JSON_OBJECT: {
		if (json_object_size(v) == 0) {
			artex_buf_puts(out, "{}");
			break;
		}
		const char *key;
		json_t *item;
		int first = 1;
		artex_buf_putc(out, '{');
		json_object_foreach((json_t *)v, key, item) {
			if (!first)
				artex_buf_putc(out, ',');
			first = 0;
			newline(out, indent + 1);
			artex__put_quoted(out, key, strlen(key), 0);
			artex_buf_puts(out, ": ");
			artex__json_write(out, item, indent + 1);
		}
		newline(out, indent);
		artex_buf_putc(out, '}');
		break;
	}
	case JSON_ARRAY:
		if (json_array_size(v) == 0) {
			artex_buf_puts(out, "[]");
			break;
		}
		artex_buf_putc(out, '[');
		for (size_t i = 0; i < json_array_size(v); i++) {
			if (i)
				artex_buf_putc(out, ',');
			newline(out, indent + 1);
			artex__json_write(out, json_array_get(v, i), indent + 1);
		}
		newline(out, indent);
		artex_buf_putc(out, ']');
		break;
	case JSON_STRING:
		artex__put_quoted(out, json_string_value(v), json_string_length(v), 0);
		break;
	case JSON_INTEGER:
		artex_buf_printf(out, "%lld", (long long)json_integer_value(v));
		break;
	case JSON_REAL:
		artex__format_number(num, sizeof num, json_real_value(v));
		artex_buf_puts(out, num);
		break;
	case JSON_TRUE: artex_buf_puts(out, "true"); break;
	case JSON_FALSE: artex_buf_puts(out, "false"); break;
	case JSON_NULL: artex_buf_puts(out, "null"); break;
	}
}

int artex__jsonld_graph(const json_t **out, const struct artex_article *art,
                        const struct artex_export_opts *opts,
                        struct artex__export_shared *shared, struct artex_error *err)
{
	if (!shared->jsonld) {
		json_t *doc;
		int rc = artex__jsonld_build(&doc, art, opts, err);
		if (rc < 0)
			return rc;
		shared->jsonld = doc;
	}
	*out = shared->jsonld;
	return 0;
}

static int jsonld_write(struct artex_buf *out, const struct artex_article *art,
                        const struct artex_export_opts *opts,
                        struct artex__export_shared *shared, struct artex_error *err)
{
	const json_t *doc;
	int rc = artex__jsonld_graph(&doc, art, opts, shared, err);
	if (rc < 0)
		return rc;
	artex__json_write(out, doc, 0);
	artex_buf_putc(out, '\n');
	return 0;
}

const struct artex_exporter artex__exporter_jsonld = {
	.name = "jsonld",
	.suffix = ".jsonld",
	.media_type = "application/ld+json",
	.schema = "newsarticle.jsonld.schema.json",
	.write = jsonld_write,
};
