/* The model as IPTC ninjs 3.1 (News in JSON): headline, bodies (plain text
 * and HTML), dates, language, byline, people and organisations with the
 * IRIs the JSON-LD graph gives them, and each quote and claim as an
 * association. What ninjs has no field for (ids, roles, aliases, kinds,
 * confidences, spans, dates without a time) is written as "artex:" altIds,
 * so that the ninjs reader gets the model back whole; README.md ("ninjs")
 * describes the mapping. Checked against schemas/ninjs/ninjs-schema_3.1.json. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exporters/jsonld.h"
#include "model/fields.h"
#include "model/vocab.h"
#include "util/date.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/xml.h"

static const char *const quote_kind_names[] = {"direct", "headline"};
static const char *const claim_kind_names[] = {"direct", "indirect", "headline"};

struct writer {
	const struct artex_article *art;
	const struct artex_export_opts *opts;
	struct artex__iris iris;
	int oom;
};

static void set(struct writer *w, json_t *obj, const char *key, json_t *v)
{
	if (!obj) {
		json_decref(v);
		w->oom = 1;
	} else if (!v || json_object_set_new(obj, key, v) < 0) {
		w->oom = 1;
	}
}

static void set_str(struct writer *w, json_t *obj, const char *key, const char *s)
{
	if (s)
		set(w, obj, key, json_string(s));
}

static void append(struct writer *w, json_t *arr, json_t *v)
{
	if (!arr) {
		json_decref(v);
		w->oom = 1;
	} else if (!v || json_array_append_new(arr, v) < 0) {
		w->oom = 1;
	}
}

/* Sets key to arr when it holds anything; takes arr over either way. */
static void set_list(struct writer *w, json_t *obj, const char *key, json_t *arr)
{
	if (arr && json_array_size(arr) == 0)
		json_decref(arr);
	else
		set(w, obj, key, arr);
}

/* An "artex:" altId; plain output has none, only ninjs's own terms. */
static void ext(struct writer *w, json_t *alt, const char *name, const char *id,
                const char *value)
{
	if (w->opts->plain || !value)
		return;
	struct artex_buf role = ARTEX_BUF_INIT;
	artex_buf_printf(&role, ARTEX__NINJS_EXT "%s%s%s", name, id ? ":" : "", id ? id : "");
	if (role.oom)
		w->oom = 1;
	else
		append(w, alt, json_pack("{s:s,s:s}", "role", role.data, "value", value));
	artex_buf_dispose(&role);
}

/* The URI form of an IRI (RFC 3987, 3.1: its non-ASCII bytes
 * percent-encoded), since ninjs declares its identifiers "format": "uri".
 * NULL on OOM. */
static json_t *uri_of(const char *iri)
{
	struct artex_buf b = ARTEX_BUF_INIT;
	for (const unsigned char *p = (const unsigned char *)iri; *p; p++) {
		if (*p >= 0x80)
			artex_buf_printf(&b, "%%%02X", *p);
		else
			artex_buf_putc(&b, (char)*p);
	}
	json_t *v = b.oom ? NULL : json_stringn(b.data ? b.data : "", b.len);
	artex_buf_dispose(&b);
	return v;
}

/* A URL of the model in a "format": "uri" field, and, when its URI form
 * differs, the IRI as written in an "artex:url" altId. */
static void set_url(struct writer *w, json_t *obj, const char *key, json_t *alt, const char *url)
{
	json_t *v = uri_of(url);
	if (v && strcmp(json_string_value(v), url) != 0)
		ext(w, alt, "url", NULL, url);
	set(w, obj, key, v);
}

static int is_date_time(const char *s)
{
	return artex__rfc3339_date_time(s, strlen(s));
}

/* ninjs dates are RFC 3339 date-times; the model's may be a bare date or
 * lack seconds or an offset, and those travel as "artex:" altIds. */
static void set_date(struct writer *w, json_t *root, json_t *alt, const char *key,
                     const char *ext_name, const char *date)
{
	if (!date)
		return;
	if (is_date_time(date))
		set_str(w, root, key, date);
	else
		ext(w, alt, ext_name, NULL, date);
}

static json_t *text_item(const char *role, const char *type, const char *value, size_t len)
{
	json_t *o = json_pack("{s:s,s:s}", "role", role, "contentType", type);
	if (o && json_object_set_new(o, "value", json_stringn(value, len)) < 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static void add_bodies(struct writer *w, json_t *root)
{
	const struct artex_article *a = w->art;
	json_t *bodies = json_array();
	json_t *plain = text_item("main", "text/plain", a->body, a->body_len);
	set(w, plain, "charCount",
	    json_integer((json_int_t)artex__utf8_count(a->body, a->body_len)));
	set(w, plain, "wordCount", json_integer((json_int_t)artex__word_count(a->body, a->body_len)));
	append(w, bodies, plain);
	struct artex_buf html = ARTEX_BUF_INIT;
	for (size_t i = 0; i < a->paragraphs.count; i++) {
		artex_buf_puts(&html, "<p>");
		artex__xml_put_text(&html, a->paragraphs.items[i], strlen(a->paragraphs.items[i]));
		artex_buf_puts(&html, "</p>\n");
	}
	if (html.oom)
		w->oom = 1;
	else
		append(w, bodies, text_item("main", "text/html", html.data ? html.data : "", html.len));
	artex_buf_dispose(&html);
	set(w, root, "bodies", bodies);
}

/* A person or organisation: the JSON-LD IRI, the model id as literal. */
static json_t *agent(struct writer *w, const char *name, const char *rel, const char *iri,
                     const char *id)
{
	json_t *o = json_pack("{s:s,s:s}", "name", name, "rel", rel);
	set(w, o, "uri", uri_of(iri));
	set_str(w, o, "literal", id);
	return o;
}

static void add_entities(struct writer *w, json_t *root, json_t *alt)
{
	const struct artex_article *a = w->art;
	json_t *people = json_array(), *orgs = json_array();
	for (size_t i = 0; i < a->n_persons; i++) {
		const struct artex_person *p = &a->persons[i];
		append(w, people,
		       agent(w, p->name, ARTEX__NINJS_REL_MENTIONED, w->iris.persons[i], p->id));
		ext(w, alt, "role", p->id, p->role);
		ext(w, alt, "affiliation", p->id, p->affiliation);
		for (size_t k = 0; k < p->aliases.count; k++)
			ext(w, alt, "alias", p->id, p->aliases.items[k]);
		for (size_t k = 0; k < p->same_as.count; k++)
			ext(w, alt, "sameAs", p->id, p->same_as.items[k]);
	}
	for (size_t i = 0; i < a->n_orgs; i++) {
		const struct artex_org *o = &a->orgs[i];
		append(w, orgs, agent(w, o->name, ARTEX__NINJS_REL_MENTIONED, w->iris.orgs[i], o->id));
		for (size_t k = 0; k < o->aliases.count; k++)
			ext(w, alt, "alias", o->id, o->aliases.items[k]);
		for (size_t k = 0; k < o->same_as.count; k++)
			ext(w, alt, "sameAs", o->id, o->same_as.items[k]);
	}
	set_list(w, root, "people", people);
	set_list(w, root, "organisations", orgs);
}

/* Section and keywords are the subjects; authors and the publisher the
 * parties the content comes from. */
static void add_subjects_and_sources(struct writer *w, json_t *root)
{
	const struct artex_article *a = w->art;
	json_t *subjects = json_array(), *sources = json_array();
	if (a->section)
		append(w, subjects, json_pack("{s:s,s:s}", "name", a->section, "rel", "section"));
	for (size_t i = 0; i < a->keywords.count; i++)
		append(w, subjects,
		       json_pack("{s:s,s:s}", "name", a->keywords.items[i], "rel", "keyword"));
	for (size_t i = 0; i < a->authors.count; i++) {
		json_t *s = json_pack("{s:s,s:s}", "name", a->authors.items[i], "role", "author");
		set(w, s, "uri", uri_of(w->iris.authors[i]));
		append(w, sources, s);
	}
	if (a->publisher) {
		json_t *s = json_pack("{s:s,s:s}", "name", a->publisher, "role", "publisher");
		set(w, s, "uri", uri_of(w->iris.publisher));
		append(w, sources, s);
	}
	set_list(w, root, "subjects", subjects);
	set_list(w, root, "infoSources", sources);
}

static void put_span(struct writer *w, json_t *alt, const struct artex_span *sp)
{
	if (!sp->end)
		return;
	char v[96];
	snprintf(v, sizeof v, "%s:%zu-%zu", artex__span_field_names[sp->field], sp->start, sp->end);
	ext(w, alt, "span", NULL, v);
}

/* A quote or a claim: an association of its own, with the text as its body
 * and the speaker or claimant among its people or organisations. */
static json_t *statement(struct writer *w, const char *rel, const char *id, const char *text,
                         const char *who, const char *who_rel, json_t **alt)
{
	char name[256], kind[16];
	snprintf(name, sizeof name, "%s %s", rel, id);
	snprintf(kind, sizeof kind, "%s-", rel);
	/* "#quote-q1", as the JSON-LD Quotation is named */
	char *iri = artex__iris_fragment(&w->iris, kind, id);
	json_t *o = json_pack("{s:s,s:s,s:s}", "name", name, "rel", rel, "type", "text");
	set(w, o, "uri", iri ? uri_of(iri) : NULL);
	free(iri);
	json_t *bodies = json_array();
	append(w, bodies, text_item(rel, "text/plain", text, strlen(text)));
	set(w, o, "bodies", bodies);
	const char *who_iri = artex__iris_agent(&w->iris, w->art, who);
	if (who_iri) {
		const struct artex_person *p = artex__article_person(w->art, who);
		const struct artex_org *g = p ? NULL : artex__article_org(w->art, who);
		json_t *list = json_array();
		append(w, list, agent(w, p ? p->name : g->name, who_rel, who_iri, who));
		set(w, o, p ? "people" : "organisations", list);
	}
	*alt = json_array();
	ext(w, *alt, "id", NULL, id);
	return o;
}

/* What follows a statement's own members: confidence and span, then the
 * association joins the list. */
static void statement_end(struct writer *w, json_t *assoc, json_t *o, json_t *alt,
                          double confidence, const struct artex_span *span)
{
	char num[64];
	artex__format_number(num, sizeof num, confidence);
	ext(w, alt, "confidence", NULL, num);
	put_span(w, alt, span);
	set_list(w, o, "altIds", alt);
	append(w, assoc, o);
}

static void add_associations(struct writer *w, json_t *root)
{
	const struct artex_article *a = w->art;
	json_t *assoc = json_array();
	for (size_t i = 0; i < a->n_images; i++) {
		const struct artex_image *img = &a->images[i];
		char name[32];
		snprintf(name, sizeof name, "image %zu", i + 1);
		json_t *o = json_pack("{s:s,s:s,s:s}", "name", name, "rel", "image", "type", "picture");
		json_t *alt = json_array();
		set_url(w, o, "uri", alt, img->url);
		json_t *r = json_pack("{s:s}", "name", "original");
		set(w, r, "href", uri_of(img->url));
		if (img->width)
			set(w, r, "width", json_integer((json_int_t)img->width));
		if (img->height)
			set(w, r, "height", json_integer((json_int_t)img->height));
		json_t *renditions = json_array();
		append(w, renditions, r);
		set(w, o, "renditions", renditions);
		set_list(w, o, "altIds", alt);
		append(w, assoc, o);
	}
	for (size_t i = 0; i < a->n_quotes; i++) {
		const struct artex_quote *q = &a->quotes[i];
		json_t *alt;
		json_t *o = statement(w, ARTEX__NINJS_REL_QUOTE, q->id, q->text, q->speaker,
		                      ARTEX__NINJS_REL_SPEAKER, &alt);
		ext(w, alt, "kind", NULL, quote_kind_names[q->kind]);
		ext(w, alt, "cue", NULL, q->cue);
		statement_end(w, assoc, o, alt, q->confidence, &q->span);
	}
	for (size_t i = 0; i < a->n_claims; i++) {
		const struct artex_claim *c = &a->claims[i];
		json_t *alt;
		json_t *o = statement(w, ARTEX__NINJS_REL_CLAIM, c->id, c->text, c->claimant,
		                      ARTEX__NINJS_REL_CLAIMANT, &alt);
		ext(w, alt, "kind", NULL, claim_kind_names[c->kind]);
		ext(w, alt, "quote", NULL, c->quote);
		statement_end(w, assoc, o, alt, c->confidence, &c->span);
	}
	set_list(w, root, "associations", assoc);
}

/* The source file as read is a rendition of the item (name, media type,
 * size); its SHA-256, its reader, the tool, the options that change output
 * and the time of the conversion, which ninjs has no field for, are
 * "artex:" altIds. */
static void add_provenance(struct writer *w, json_t *renditions, json_t *alt)
{
	const struct artex_provenance *p = w->art->provenance;
	if (!p)
		return;
	json_t *r = json_pack("{s:s}", "name", "source");
	set_str(w, r, "title", p->source);
	set_str(w, r, "contentType", artex__format_media_type(p->source_format));
	if (p->source_size)
		set(w, r, "sizeInBytes", json_integer((json_int_t)p->source_size));
	append(w, renditions, r);
	ext(w, alt, "sourceFormat", NULL, p->source_format);
	ext(w, alt, "sourceSha256", NULL, p->source_sha256);
	ext(w, alt, "tool", NULL, p->tool);
	ext(w, alt, "toolVersion", NULL, p->tool_version);
	for (size_t i = 0; i < p->options.count; i++)
		ext(w, alt, "option", NULL, p->options.items[i]);
	ext(w, alt, "convertedAt", NULL, p->date);
}

/* The authors as one byline: "A", "A and B", "A, B and C". */
static void add_byline(struct writer *w, json_t *root)
{
	const struct artex_strlist *l = &w->art->authors;
	if (l->count == 0)
		return;
	struct artex_buf by = ARTEX_BUF_INIT;
	for (size_t i = 0; i < l->count; i++) {
		if (i)
			artex_buf_puts(&by, i + 1 == l->count ? " and " : ", ");
		artex_buf_puts(&by, l->items[i]);
	}
	if (by.oom)
		w->oom = 1;
	else
		set(w, root, "by", json_stringn(by.data, by.len));
	artex_buf_dispose(&by);
}

static int ninjs_write(struct artex_buf *out, const struct artex_article *art,
                       const struct artex_export_opts *opts, struct artex__export_shared *shared,
                       struct artex_error *err)
{
	(void)shared;
	struct writer w = {.art = art, .opts = opts};
	json_t *root = json_object(), *alt = json_array();
	if (!root || !alt || artex__iris_init(&w.iris, art, opts) < 0)
		w.oom = 1;
	if (!w.oom) {
		set(&w, root, "uri", uri_of(w.iris.article));
		set(&w, root, "standard",
		    json_pack("{s:s,s:s,s:s}", "name", "ninjs", "version", "3.1", "schema",
		              ARTEX__NINJS_SCHEMA_URI));
		set_str(&w, root, "type", "text");
		set_str(&w, root, "representationType", "full");
		ext(&w, alt, "id", NULL, art->id);
		set_date(&w, root, alt, "firstCreated", "datePublished", art->date_published);
		set_date(&w, root, alt, "versionCreated", "dateModified", art->date_modified);
		set_date(&w, root, alt, "contentCreated", "dateCreated", art->date_created);
		set_str(&w, root, "language", art->language);
		json_t *headlines = json_array();
		append(&w, headlines,
		       text_item("main", "text/plain", art->headline, strlen(art->headline)));
		set(&w, root, "headlines", headlines);
		if (art->description) {
			json_t *d = json_array();
			append(&w, d, text_item("summary", "text/plain", art->description,
			                        strlen(art->description)));
			set(&w, root, "descriptions", d);
		}
		add_byline(&w, root);
		if (art->body_len)
			add_bodies(&w, root);
		add_entities(&w, root, alt);
		add_subjects_and_sources(&w, root);
		json_t *renditions = json_array();
		if (art->url) {
			json_t *r = json_pack("{s:s,s:s}", "name", "web", "contentType", "text/html");
			set_url(&w, r, "href", alt, art->url);
			append(&w, renditions, r);
		}
		add_provenance(&w, renditions, alt);
		set_list(&w, root, "renditions", renditions);
		add_associations(&w, root);
		set_list(&w, root, "altIds", json_incref(alt));
	}
	if (!w.oom) {
		artex__json_write(out, root, 0);
		artex_buf_putc(out, '\n');
	}
	json_decref(alt);
	json_decref(root);
	artex__iris_dispose(&w.iris);
	return w.oom ? artex__error(err, ARTEX_ENOMEM, 0, "out of memory") : 0;
}

const struct artex_exporter artex__exporter_ninjs = {
	.name = "ninjs",
	.suffix = ".ninjs.json",
	.media_type = "application/json",
	.schema = "ninjs/ninjs-schema_3.1.json",
	.write = ninjs_write,
};
