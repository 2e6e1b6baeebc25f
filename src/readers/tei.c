/* TEI P5. Documents that artex wrote (encodingDesc names the application
 * "artex") are read back exactly: body text byte for byte, spans from the
 * inline marks, persons, quotes and claims from the header and standOff.
 * Other TEI documents give what fits the model: title, language, date,
 * authors, publisher, keywords and the paragraphs of text/body, with their
 * white space normalised. Parsing goes through util/xml.h: no network, no
 * DTDs, no entities. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/valid.h>

#include "readers/reader.h"
#include "util/buf.h"
#include "util/cnum.h"
#include "util/date.h"
#include "util/error.h"
#include "util/langid.h"
#include "util/utf8.h"
#include "util/xml.h"

#define TEI_NS "http://www.tei-c.org/ns/1.0"

struct extent {
	const xmlChar *id;
	enum artex_span_field field;
	size_t start, end;
};

struct reader {
	struct artex_article *art;
	xmlDocPtr doc;
	const char *file;
	struct artex_error *err;
	struct extent *extents;
	size_t n_extents, cap_extents;
	struct artex_buf field[2]; /* body (paragraphs joined) and headline */
	size_t pos[2];             /* code points written to each */
	int oom;
};

static int is_tei(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns &&
	       strcmp((const char *)n->ns->href, TEI_NS) == 0 &&
	       (!name || strcmp((const char *)n->name, name) == 0);
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
		if (is_tei(c, name))
			return c;
	return NULL;
}

static xmlNodePtr next_sibling(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n ? n->next : NULL; c; c = c->next)
		if (is_tei(c, name))
			return c;
	return NULL;
}

/* The attribute's value if it equals `value` (or any value when NULL). */
static int attr_is(xmlNodePtr n, const char *name, const char *value)
{
	xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
	int r = v && (!value || strcmp((const char *)v, value) == 0);
	xmlFree(v);
	return r;
}

static int fail(struct reader *r, xmlNodePtr at, int msg_id, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int fail(struct reader *r, xmlNodePtr at, int msg_id, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	artex__verror(r->err, ARTEX_EINVALID, msg_id, fmt, ap);
	va_end(ap);
	artex__error_at(r->err, r->file, at ? (int)xmlGetLineNo(at) : 0, 0);
	return ARTEX_EINVALID;
}

/* Arena copy of the exact text content of n. */
static const char *content(struct reader *r, xmlNodePtr n)
{
	xmlChar *v = xmlNodeGetContent(n);
	if (!v) {
		r->oom = 1;
		return NULL;
	}
	const char *s = artex__article_str(r->art, (const char *)v);
	xmlFree(v);
	if (!s)
		r->oom = 1;
	return s;
}

/* Arena copy of an attribute value, without a leading '#' when `pointer`. */
static const char *attr_str(struct reader *r, xmlNodePtr n, const char *name, int pointer)
{
	xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
	if (!v)
		return NULL;
	const char *s = (const char *)v;
	if (pointer && s[0] == '#')
		s++;
	const char *copy = artex__article_str(r->art, s);
	xmlFree(v);
	if (!copy)
		r->oom = 1;
	return copy;
}

/* Confidences are written with '.', whatever the C locale says. */
static double parse_cert(xmlNodePtr n)
{
	xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)"cert");
	if (!v)
		return 1;
	char *end;
	double d = artex__strtod_c((const char *)v, &end);
	int ok = end != (char *)v && *end == '\0';
	xmlFree(v);
	return ok ? d : -1; /* -1 fails the model check */
}

/* ---- artex's own TEI ------------------------------------------------------ */

static void add_extent(struct reader *r, const xmlChar *id, enum artex_span_field f, size_t start,
                       size_t end)
{
	if (r->n_extents == r->cap_extents) {
		size_t cap = r->cap_extents ? r->cap_extents * 2 : 32;
		struct extent *p = realloc(r->extents, cap * sizeof *p);
		if (!p) {
			r->oom = 1;
			return;
		}
		r->extents = p;
		r->cap_extents = cap;
	}
	r->extents[r->n_extents++] = (struct extent){id, f, start, end};
}

static const struct extent *find_extent(const struct reader *r, const char *id)
{
	for (size_t i = 0; i < r->n_extents; i++)
		if (strcmp((const char *)r->extents[i].id, id) == 0)
			return &r->extents[i];
	return NULL;
}

/* Appends the text under n to the field and records where each element
 * with an xml:id starts and ends. Depth is bounded by the parser's limit. */
static void walk_inline(struct reader *r, xmlNodePtr n, enum artex_span_field f)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			size_t len = strlen((const char *)c->content);
			artex_buf_put(&r->field[f], c->content, len);
			r->pos[f] += artex__utf8_count((const char *)c->content, len);
		} else if (c->type == XML_ELEMENT_NODE) {
			size_t start = r->pos[f];
			walk_inline(r, c, f);
			xmlAttrPtr id = xmlHasNsProp(c, (const xmlChar *)"id", XML_XML_NAMESPACE);
			if (id && id->children && id->children->content)
				add_extent(r, id->children->content, f, start, r->pos[f]);
		}
	}
}

/* The span of a quote: its first piece to the last one its @next chain
 * reaches. */
static int quote_span(struct reader *r, const char *id, struct artex_span *sp)
{
	const struct extent *e = find_extent(r, id);
	if (!e)
		return 0;
	sp->field = e->field;
	sp->start = e->start;
	sp->end = e->end;
	xmlAttrPtr a = xmlGetID(r->doc, (const xmlChar *)id);
	xmlNodePtr n = a ? a->parent : NULL;
	for (size_t guard = 0; n && guard < r->n_extents; guard++) {
		xmlChar *next = xmlGetNoNsProp(n, (const xmlChar *)"next");
		if (!next)
			break;
		const char *nid = (const char *)next + (next[0] == '#');
		const struct extent *ne = find_extent(r, nid);
		if (ne && ne->field == sp->field && ne->end > sp->end)
			sp->end = ne->end;
		a = xmlGetID(r->doc, (const xmlChar *)nid);
		xmlFree(next);
		n = a ? a->parent : NULL;
	}
	return 1;
}

/* Text of field f at code points [start, end). */
static const char *field_text(struct reader *r, enum artex_span_field f, size_t start, size_t end)
{
	struct artex_cpindex ix;
	const char *s = r->field[f].data ? r->field[f].data : "";
	if (artex__cpindex_init(&ix, s, r->field[f].len) < 0) {
		r->oom = 1;
		return NULL;
	}
	size_t b0 = artex__cpindex_byte(&ix, start), b1 = artex__cpindex_byte(&ix, end);
	artex__cpindex_dispose(&ix);
	if (b0 == (size_t)-1 || b1 == (size_t)-1 || b1 < b0)
		return NULL;
	const char *t = artex__article_strn(r->art, s + b0, b1 - b0);
	if (!t)
		r->oom = 1;
	return t;
}

/* The xml:id of an entity element, in the article's arena. */
static const char *entity_id(struct reader *r, xmlNodePtr n)
{
	xmlChar *id = xmlGetNsProp(n, (const xmlChar *)"id", XML_XML_NAMESPACE);
	const char *s = artex__article_str(r->art, (const char *)id);
	xmlFree(id);
	return s;
}

/* The children persons and organisations share: the name (`name_tag`),
 * its aliases and the identifiers. 1 when c was one of them. */
static int entity_child(struct reader *r, xmlNodePtr c, const char *name_tag, const char **name,
                        struct artex_strlist *aliases, struct artex_strlist *same_as)
{
	if (is_tei(c, name_tag) && attr_is(c, "type", "alias"))
		r->oom |= artex__strlist_add(r->art, aliases, content(r, c)) < 0;
	else if (is_tei(c, name_tag) && !*name)
		*name = content(r, c);
	else if (is_tei(c, "idno"))
		r->oom |= artex__strlist_add(r->art, same_as, content(r, c)) < 0;
	else
		return 0;
	return 1;
}

static int read_persons(struct reader *r, xmlNodePtr partic)
{
	struct artex_article *a = r->art;
	for (xmlNodePtr lp = child(partic, "listPerson"); lp; lp = next_sibling(lp, "listPerson"))
		for (xmlNodePtr pn = child(lp, "person"); pn; pn = next_sibling(pn, "person")) {
			struct artex_person *p = artex__article_add_person(a);
			if (!p)
				return r->oom = 1, -1;
			p->id = entity_id(r, pn);
			for (xmlNodePtr c = pn->children; c; c = c->next) {
				if (entity_child(r, c, "persName", &p->name, &p->aliases, &p->same_as))
					continue;
				if (is_tei(c, "occupation"))
					p->role = content(r, c);
				else if (is_tei(c, "affiliation") && child(c, "orgName"))
					p->affiliation = attr_str(r, child(c, "orgName"), "ref", 1);
			}
		}
	for (xmlNodePtr lo = child(partic, "listOrg"); lo; lo = next_sibling(lo, "listOrg"))
		for (xmlNodePtr on = child(lo, "org"); on; on = next_sibling(on, "org")) {
			struct artex_org *o = artex__article_add_org(a);
			if (!o)
				return r->oom = 1, -1;
			o->id = entity_id(r, on);
			for (xmlNodePtr c = on->children; c; c = c->next)
				entity_child(r, c, "orgName", &o->name, &o->aliases, &o->same_as);
		}
	return 0;
}

static int read_quotes(struct reader *r, xmlNodePtr list)
{
	for (xmlNodePtr an = child(list, "annotation"); an; an = next_sibling(an, "annotation")) {
		const char *target = attr_str(r, an, "target", 1);
		xmlAttrPtr ida = target ? xmlGetID(r->doc, (const xmlChar *)target) : NULL;
		xmlNodePtr said = ida ? ida->parent : NULL;
		if (!is_tei(said, "said"))
			return fail(r, an, ARTEX_MSG_TEI_STRUCTURE,
			            "quote annotation targets \"%s\", which is no <said>",
			            target ? target : "");
		struct artex_quote *q = artex__article_add_quote(r->art);
		if (!q)
			return r->oom = 1, -1;
		q->id = target;
		q->speaker = attr_str(r, said, "who", 1);
		q->confidence = parse_cert(said);
		q->kind = ARTEX_QUOTE_DIRECT;
		if (quote_span(r, target, &q->span)) {
			q->kind = q->span.field == ARTEX_FIELD_HEADLINE ? ARTEX_QUOTE_HEADLINE
			                                                : ARTEX_QUOTE_DIRECT;
			q->text = field_text(r, q->span.field, q->span.start, q->span.end);
		} else {
			q->text = content(r, said);
			if (said->parent && attr_is(said->parent, "subtype", "headline"))
				q->kind = ARTEX_QUOTE_HEADLINE;
		}
		for (xmlNodePtr c = child(an, "note"); c; c = next_sibling(c, "note"))
			if (attr_is(c, "type", "cue"))
				q->cue = content(r, c);
	}
	return 0;
}

static int read_claims(struct reader *r, xmlNodePtr list)
{
	for (xmlNodePtr an = child(list, "annotation"); an; an = next_sibling(an, "annotation")) {
		struct artex_claim *cl = artex__article_add_claim(r->art);
		if (!cl)
			return r->oom = 1, -1;
		xmlChar *id = xmlGetNsProp(an, (const xmlChar *)"id", XML_XML_NAMESPACE);
		cl->id = artex__article_str(r->art, (const char *)id);
		xmlFree(id);
		cl->confidence = parse_cert(an);
		cl->kind = ARTEX_CLAIM_DIRECT;
		for (xmlNodePtr c = an->children; c; c = c->next) {
			if (is_tei(c, "note") && attr_is(c, "type", "claim")) {
				cl->text = content(r, c);
				if (attr_is(c, "subtype", "indirect"))
					cl->kind = ARTEX_CLAIM_INDIRECT;
				else if (attr_is(c, "subtype", "headline"))
					cl->kind = ARTEX_CLAIM_HEADLINE;
			} else if (is_tei(c, "ptr") && attr_is(c, "type", "claimant")) {
				cl->claimant = attr_str(r, c, "target", 1);
			} else if (is_tei(c, "ptr") && attr_is(c, "type", "quote")) {
				cl->quote = attr_str(r, c, "target", 1);
			}
		}
		/* The span covers every target that marks text: a quote (with all
		 * its pieces) or the claim's own pieces. */
		xmlChar *targets = xmlGetNoNsProp(an, (const xmlChar *)"target");
		int found = 0;
		for (char *save = NULL, *tok = targets ? strtok_r((char *)targets, " \t\r\n", &save)
		                                      : NULL;
		     tok; tok = strtok_r(NULL, " \t\r\n", &save)) {
			struct artex_span sp;
			if (!quote_span(r, tok + (tok[0] == '#'), &sp))
				continue;
			if (!found) {
				cl->span = sp;
				found = 1;
			} else {
				if (sp.start < cl->span.start)
					cl->span.start = sp.start;
				if (sp.end > cl->span.end)
					cl->span.end = sp.end;
			}
		}
		xmlFree(targets);
	}
	return 0;
}

/* What artex wrote of the article's provenance: the source file's bibl in
 * sourceDesc and the change in revisionDesc. Without the change (no tool)
 * there is none. */
static void read_provenance(struct reader *r, xmlNodePtr header)
{
	struct artex_article *a = r->art;
	xmlNodePtr change = child(child(header, "revisionDesc"), "change");
	if (!change)
		return;
	struct artex_provenance *p = artex__article_provenance(a);
	if (!p) {
		r->oom = 1;
		return;
	}
	for (xmlNodePtr c = change->children; c; c = c->next) {
		if (is_tei(c, "name") && attr_is(c, "type", "tool"))
			p->tool = content(r, c);
		else if (is_tei(c, "idno") && attr_is(c, "type", "version"))
			p->tool_version = content(r, c);
		else if (is_tei(c, "date"))
			p->date = content(r, c);
		else if (is_tei(c, "list") && attr_is(c, "type", "options"))
			for (xmlNodePtr i = child(c, "item"); i; i = next_sibling(i, "item"))
				r->oom |= artex__strlist_add(a, &p->options, content(r, i)) < 0;
	}
	xmlNodePtr bibl = child(child(child(header, "fileDesc"), "sourceDesc"), "bibl");
	while (bibl && !attr_is(bibl, "type", "source"))
		bibl = next_sibling(bibl, "bibl");
	for (xmlNodePtr c = bibl ? bibl->children : NULL; c; c = c->next) {
		if (is_tei(c, "title"))
			p->source = content(r, c);
		else if (is_tei(c, "idno") && attr_is(c, "type", "sha256"))
			p->source_sha256 = content(r, c);
		else if (is_tei(c, "note") && attr_is(c, "type", "format"))
			p->source_format = content(r, c);
		else if (is_tei(c, "extent") && child(c, "measure")) {
			xmlChar *q = xmlGetNoNsProp(child(c, "measure"), (const xmlChar *)"quantity");
			char *end = NULL;
			unsigned long long n = q ? strtoull((const char *)q, &end, 10) : 0;
			if (q && end != (char *)q && !*end)
				p->source_size = (size_t)n;
			xmlFree(q);
		}
	}
}

static int read_artex(struct reader *r, xmlNodePtr root, xmlNodePtr header)
{
	struct artex_article *a = r->art;
	xmlNodePtr file_desc = child(header, "fileDesc");
	xmlNodePtr bibl = child(child(file_desc, "sourceDesc"), "biblStruct");
	xmlNodePtr analytic = child(bibl, "analytic");
	for (xmlNodePtr c = analytic ? analytic->children : NULL; c; c = c->next) {
		if (is_tei(c, "author"))
			r->oom |= artex__strlist_add(a, &a->authors, content(r, c)) < 0;
		else if (is_tei(c, "idno") && attr_is(c, "type", "artex"))
			a->id = content(r, c);
		else if (is_tei(c, "idno") && attr_is(c, "type", "URI"))
			a->url = content(r, c);
	}
	xmlNodePtr imprint = child(child(bibl, "monogr"), "imprint");
	for (xmlNodePtr c = imprint ? imprint->children : NULL; c; c = c->next) {
		if (is_tei(c, "publisher"))
			a->publisher = content(r, c);
		else if (is_tei(c, "date") && attr_is(c, "type", "published"))
			a->date_published = content(r, c);
		else if (is_tei(c, "date") && attr_is(c, "type", "modified"))
			a->date_modified = content(r, c);
		else if (is_tei(c, "date") && attr_is(c, "type", "created"))
			a->date_created = content(r, c);
	}
	for (xmlNodePtr n = child(bibl, "note"); n; n = next_sibling(n, "note"))
		if (attr_is(n, "type", "description"))
			a->description = content(r, n);
	for (xmlNodePtr g = child(child(root, "facsimile"), "graphic"); g;
	     g = next_sibling(g, "graphic")) {
		xmlChar *url = xmlGetNoNsProp(g, (const xmlChar *)"url");
		struct artex_image *img = url ? artex__article_add_image(a) : NULL;
		if (url && (!img || !(img->url = artex__article_str(a, (const char *)url))))
			r->oom = 1;
		xmlFree(url);
		static const char *const dims[] = {"width", "height"};
		for (int k = 0; img && img->url && k < 2; k++) {
			xmlChar *v = xmlGetNoNsProp(g, (const xmlChar *)dims[k]);
			long px = v ? strtol((const char *)v, NULL, 10) : 0;
			if (px > 0)
				*(k ? &img->height : &img->width) = (size_t)px;
			xmlFree(v);
		}
	}
	xmlNodePtr profile = child(header, "profileDesc");
	for (xmlNodePtr kw = child(child(profile, "textClass"), "keywords"); kw;
	     kw = next_sibling(kw, "keywords")) {
		int section = attr_is(kw, "scheme", "https://schema.org/articleSection");
		for (xmlNodePtr t = child(kw, "term"); t; t = next_sibling(t, "term")) {
			if (section)
				a->section = content(r, t);
			else
				r->oom |= artex__strlist_add(a, &a->keywords, content(r, t)) < 0;
		}
	}
	if (read_persons(r, child(profile, "particDesc")) < 0)
		return -1;
	read_provenance(r, header);

	xmlNodePtr div = child(child(child(root, "text"), "body"), "div");
	xmlNodePtr head = child(div, "head");
	if (!head)
		return fail(r, div ? div : root, ARTEX_MSG_TEI_STRUCTURE, "%s",
		            "text/body/div has no <head> with the headline");
	walk_inline(r, head, ARTEX_FIELD_HEADLINE);
	a->headline = artex__article_strn(a, r->field[1].data ? r->field[1].data : "",
	                                  r->field[1].len);
	for (xmlNodePtr p = child(div, "p"); p; p = next_sibling(p, "p")) {
		if (r->field[0].len) {
			artex_buf_puts(&r->field[0], "\n\n");
			r->pos[0] += 2;
		}
		size_t before = r->field[0].len;
		walk_inline(r, p, ARTEX_FIELD_BODY);
		const char *s = artex__article_strn(a, r->field[0].data + before,
		                                    r->field[0].len - before);
		r->oom |= artex__strlist_add(a, &a->paragraphs, s) < 0;
	}
	xmlNodePtr standoff = child(root, "standOff");
	for (xmlNodePtr l = child(standoff, "listAnnotation"); l; l = next_sibling(l, "listAnnotation")) {
		int rc = attr_is(l, "type", "quotes") ? read_quotes(r, l)
		         : attr_is(l, "type", "claims") ? read_claims(r, l) : 0;
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* ---- other TEI -------------------------------------------------------------- */

/* Text content of n without notes, white space runs as one space, trimmed,
 * in NFC; NULL when nothing is left. */
static const char *normalized(struct reader *r, xmlNodePtr n)
{
	struct artex_buf b = ARTEX_BUF_INIT;
	int space = 0;
	/* Iterative walk below n, skipping notes and other out-of-line matter. */
	xmlNodePtr c = n->children;
	while (c && c != n) {
		int descend = 0;
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			for (const xmlChar *p = c->content; *p; p++) {
				if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
					space = b.len > 0;
				} else {
					if (space)
						artex_buf_putc(&b, ' ');
					space = 0;
					artex_buf_putc(&b, (char)*p);
				}
			}
		} else if (c->type == XML_ELEMENT_NODE) {
			if (is_tei(c, "lb"))
				space = b.len > 0;
			descend = !is_tei(c, "note") && !is_tei(c, "fw") && c->children;
		}
		if (descend) {
			c = c->children;
			continue;
		}
		c = artex__xml_after(c, n);
	}
	const char *s = NULL;
	if (b.oom) {
		r->oom = 1;
	} else if (b.len) {
		size_t len;
		char *nfc = artex__utf8_nfc(b.data, b.len, &len);
		s = nfc ? artex__article_strn(r->art, nfc, len) : NULL;
		r->oom |= !s;
		free(nfc);
	}
	artex_buf_dispose(&b);
	return s;
}

static void collect_paragraphs(struct reader *r, xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || is_tei(c, "note"))
			continue;
		if (is_tei(c, "p") || is_tei(c, "ab")) {
			const char *s = normalized(r, c);
			if (s)
				r->oom |= artex__strlist_add(r->art, &r->art->paragraphs, s) < 0;
		} else {
			collect_paragraphs(r, c);
		}
	}
}

/* The first element `name` below n, in document order. */
static xmlNodePtr descendant(xmlNodePtr n, const char *name)
{
	xmlNodePtr c = n ? n->children : NULL;
	while (c && c != n) {
		if (is_tei(c, name))
			return c;
		if (c->type == XML_ELEMENT_NODE && c->children) {
			c = c->children;
			continue;
		}
		c = artex__xml_after(c, n);
	}
	return NULL;
}

/* A repeated xml:id makes the document invalid but not unreadable: what
 * points at it is ambiguous, which is worth a warning, not a refusal. */
static void warn_duplicate_ids(struct reader *r, xmlNodePtr root)
{
	xmlHashTablePtr seen = xmlHashCreate(64);
	if (!seen) {
		r->oom = 1;
		return;
	}
	static int present = 1;
	xmlNodePtr c = root;
	while (c) {
		xmlChar *id = c->type == XML_ELEMENT_NODE
		                      ? xmlGetNsProp(c, (const xmlChar *)"id", XML_XML_NAMESPACE) : NULL;
		if (id && xmlHashLookup(seen, id)) {
			char msg[400];
			snprintf(msg, sizeof msg, "%ld: xml:id \"%s\" is used more than once; "
			         "references to it are ambiguous", xmlGetLineNo(c), (const char *)id);
			artex__article_warn(r->art, NULL, msg);
		} else if (id && xmlHashAddEntry(seen, id, &present) < 0) {
			r->oom = 1;
		}
		xmlFree(id);
		if (c->type == XML_ELEMENT_NODE && c->children) {
			c = c->children;
			continue;
		}
		while (c && c != root && !c->next)
			c = c->parent;
		c = c && c != root ? c->next : NULL;
	}
	xmlHashFree(seen, NULL);
}

static int read_other(struct reader *r, xmlNodePtr root, xmlNodePtr header)
{
	struct artex_article *a = r->art;
	xmlNodePtr file_desc = child(header, "fileDesc");
	xmlNodePtr title_stmt = child(file_desc, "titleStmt");
	for (xmlNodePtr t = child(title_stmt, "title"); t && !a->headline;
	     t = next_sibling(t, "title"))
		if (!attr_is(t, "type", NULL) || attr_is(t, "type", "main"))
			a->headline = normalized(r, t);
	for (xmlNodePtr c = child(title_stmt, "author"); c; c = next_sibling(c, "author")) {
		const char *s = normalized(r, c);
		if (s)
			r->oom |= artex__strlist_add(a, &a->authors, s) < 0;
	}
	xmlNodePtr pub = child(file_desc, "publicationStmt");
	/* The original's publisher, in the source description, before the
	 * publisher of this electronic file. */
	xmlNodePtr source_pub = descendant(child(file_desc, "sourceDesc"), "publisher");
	if (source_pub)
		a->publisher = normalized(r, source_pub);
	if (!a->publisher && child(pub, "publisher"))
		a->publisher = normalized(r, child(pub, "publisher"));
	/* The first machine-readable date of the source, else of the file. */
	xmlNodePtr scopes[] = {child(file_desc, "sourceDesc"), pub};
	for (size_t i = 0; i < 2 && !a->date_published; i++) {
		xmlNodePtr n = scopes[i];
		while (n && !a->date_published) {
			if (is_tei(n, "date")) {
				xmlChar *when = xmlGetNoNsProp(n, (const xmlChar *)"when");
				if (when && artex__valid_date((const char *)when))
					a->date_published = artex__article_str(a, (const char *)when);
				xmlFree(when);
			}
			if (n->children && n->type == XML_ELEMENT_NODE) {
				n = n->children;
				continue;
			}
			while (n && n != scopes[i] && !n->next)
				n = n->parent;
			n = n && n != scopes[i] ? n->next : NULL;
		}
	}
	xmlNodePtr profile = child(header, "profileDesc");
	for (xmlNodePtr kw = child(child(profile, "textClass"), "keywords"); kw;
	     kw = next_sibling(kw, "keywords"))
		for (xmlNodePtr t = child(kw, "term"); t; t = next_sibling(t, "term")) {
			const char *s = normalized(r, t);
			if (s)
				r->oom |= artex__strlist_add(a, &a->keywords, s) < 0;
		}
	xmlNodePtr body = child(child(root, "text"), "body");
	if (!body)
		return fail(r, root, ARTEX_MSG_TEI_STRUCTURE, "%s", "the document has no text/body");
	if (!a->headline) {
		xmlNodePtr div = child(body, "div");
		if (child(div, "head"))
			a->headline = normalized(r, child(div, "head"));
	}
	if (!a->headline)
		return fail(r, title_stmt ? title_stmt : root, ARTEX_MSG_TEI_STRUCTURE, "%s",
		            "no title in teiHeader/fileDesc/titleStmt and no <head> in the body");
	collect_paragraphs(r, body);
	/* A header that describes the article makes a document without text
	 * an article known only by its description; without one it is none. */
	if (a->paragraphs.count == 0 && !a->description)
		return fail(r, body, ARTEX_MSG_TEXT_EMPTY_BODY, "%s",
		            "text/body has no paragraphs (<p> or <ab>) with text");

	/* The language of the text, as the document states it: on the text or
	 * its body before the whole document, then in langUsage. */
	xmlChar *lang = NULL;
	xmlNodePtr holders[] = {body, child(root, "text"), root};
	for (size_t i = 0; i < 3 && !lang; i++) {
		lang = xmlGetNsProp(holders[i], (const xmlChar *)"lang", XML_XML_NAMESPACE);
		if (lang && !artex__valid_language((const char *)lang)) {
			xmlFree(lang);
			lang = NULL;
		}
	}
	xmlNodePtr lu = child(child(profile, "langUsage"), "language");
	if (!lang && lu)
		lang = xmlGetNoNsProp(lu, (const xmlChar *)"ident");
	if (a->read_opts && a->read_opts->language) {
		xmlFree(lang);
		lang = xmlStrdup((const xmlChar *)a->read_opts->language);
	}
	if (lang && artex__valid_language((const char *)lang)) {
		a->language = artex__article_str(a, (const char *)lang);
	} else {
		struct artex_buf all = ARTEX_BUF_INIT;
		for (size_t i = 0; i < a->paragraphs.count; i++) {
			artex_buf_puts(&all, a->paragraphs.items[i]);
			artex_buf_putc(&all, '\n');
		}
		a->language = all.oom ? NULL : artex__langid(all.data, all.len);
		r->oom |= all.oom;
		artex_buf_dispose(&all);
	}
	xmlFree(lang);
	return 0;
}

static int tei_read(struct artex_article *art, const char *buf, size_t len, const char *file,
                    struct artex_error *err)
{
	struct reader r = {.art = art, .file = file, .err = err};
	int rc = artex__xml_parse(&r.doc, buf, len, file, err);
	if (rc < 0)
		return rc;
	xmlNodePtr root = xmlDocGetRootElement(r.doc);
	if (!is_tei(root, "TEI")) {
		rc = fail(&r, root, ARTEX_MSG_TEI_NOT_TEI,
		          "the root element is <%s>, not <TEI> in the TEI namespace " TEI_NS,
		          root ? (const char *)root->name : "");
		goto done;
	}
	xmlNodePtr header = child(root, "teiHeader");
	if (!header) {
		rc = fail(&r, root, ARTEX_MSG_TEI_STRUCTURE, "%s", "<TEI> has no <teiHeader>");
		goto done;
	}
	warn_duplicate_ids(&r, root);
	xmlNodePtr app = child(child(child(header, "encodingDesc"), "appInfo"), "application");
	while (app && !attr_is(app, "ident", "artex"))
		app = next_sibling(app, "application");
	if (app) {
		xmlChar *lang = xmlGetNsProp(root, (const xmlChar *)"lang", XML_XML_NAMESPACE);
		art->language = artex__article_str(art, (const char *)lang);
		xmlFree(lang);
		rc = read_artex(&r, root, header);
	} else {
		rc = read_other(&r, root, header);
	}
	if (rc == 0 && (r.oom || r.field[0].oom || r.field[1].oom))
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
done:
	artex_buf_dispose(&r.field[0]);
	artex_buf_dispose(&r.field[1]);
	free(r.extents);
	xmlFreeDoc(r.doc);
	return rc;
}

static int tei_sniff(const char *buf, size_t len)
{
	size_t n = len < 4096 ? len : 4096;
	for (size_t i = 0; i + 4 <= n; i++)
		if (buf[i] == '<' && memcmp(buf + i, "<TEI", 4) == 0 &&
		    (i + 4 == n || strchr(" \t\r\n>/", buf[i + 4])))
			return 90;
	return 0;
}

static const char *const tei_suffixes[] = {".tei.xml", ".xml", NULL};

const struct artex_reader artex__reader_tei = {
	.name = "tei",
	.suffixes = tei_suffixes,
	.sniff = tei_sniff,
	.read = tei_read,
	.locate = NULL,
};
