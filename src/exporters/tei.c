/* The model as TEI P5 (see README, "TEI encoding", and schemas/artex-tei.rng).
 *
 * The body text is written so that the string value of the <p> elements,
 * joined by "\n\n", is the model's body byte for byte: nothing is indented
 * inside <head> or <p>, and CR is written as a character reference. Quotes
 * and claims are marked inline around exactly their characters. Inline
 * elements must nest, so a span is cut into pieces where it crosses a
 * paragraph boundary or only partly overlaps an element already placed;
 * the pieces are chained with @next/@prev, and a claim's annotation targets
 * all of them. Quotes never overlap each other and are placed first, so only
 * claims are ever cut around other marks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exporters/exporter.h"
#include "util/error.h"
#include "util/utf8.h"
#include "util/xml.h"

enum piece_kind { PIECE_QUOTE, PIECE_SAID, PIECE_SEG };

struct piece {
	enum artex_span_field field;
	size_t start, end; /* code points into the field */
	size_t order;      /* placement order: of two equal extents the earlier is outer */
	enum piece_kind kind;
	const char *id, *prev, *next;
	const char *who; /* model id, NULL for none */
	double cert;
};

struct idset {
	const char **slots;
	size_t cap, n;
};

struct ctx {
	const struct artex_article *art;
	struct artex_buf *out;
	struct artex_error *err;
	struct idset ids;
	char **owned;
	size_t n_owned, cap_owned;
	struct piece *pieces;
	size_t n_pieces, cap_pieces;
	size_t *para_start, *para_len; /* code points */
	struct artex_cpindex body, headline;
	const char **claim_target; /* per claim: the quote id its span equals, or NULL */
	struct {
		size_t first, n;
	} *claim_pieces;           /* per claim: its run in `pieces` */
	const char *text_id;       /* xml:id of the article's div, when something points at it */
	int oom;
};

static const char *const claim_kinds[] = {"direct", "indirect", "headline"};
static const char *const quote_kinds[] = {"direct", "headline"};

/* ---- ids ---------------------------------------------------------------- */

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static int idset_has(const struct idset *set, const char *s)
{
	if (!set->cap)
		return 0;
	for (size_t i = hash_str(s) & (set->cap - 1); set->slots[i]; i = (i + 1) & (set->cap - 1))
		if (strcmp(set->slots[i], s) == 0)
			return 1;
	return 0;
}

static int idset_add(struct idset *set, const char *s)
{
	if ((set->n + 1) * 2 > set->cap) {
		size_t cap = set->cap ? set->cap * 2 : 64;
		const char **slots = calloc(cap, sizeof *slots);
		if (!slots)
			return -1;
		for (size_t i = 0; i < set->cap; i++) {
			if (!set->slots[i])
				continue;
			size_t j = hash_str(set->slots[i]) & (cap - 1);
			while (slots[j])
				j = (j + 1) & (cap - 1);
			slots[j] = set->slots[i];
		}
		free(set->slots);
		set->slots = slots;
		set->cap = cap;
	}
	size_t i = hash_str(s) & (set->cap - 1);
	while (set->slots[i])
		i = (i + 1) & (set->cap - 1);
	set->slots[i] = s;
	set->n++;
	return 0;
}

/* An xml:id made from base and suffix that no model id and no earlier
 * generated id uses; the same model always gets the same ids. */
static const char *gen_id(struct ctx *c, const char *base, const char *suffix)
{
	char buf[300];
	snprintf(buf, sizeof buf, "%s-%s", base, suffix);
	for (int k = 2; idset_has(&c->ids, buf); k++)
		snprintf(buf, sizeof buf, "%s-%s-%d", base, suffix, k);
	if (c->n_owned == c->cap_owned) {
		size_t cap = c->cap_owned ? c->cap_owned * 2 : 16;
		char **p = realloc(c->owned, cap * sizeof *p);
		if (!p)
			goto oom;
		c->owned = p;
		c->cap_owned = cap;
	}
	char *s = strdup(buf);
	if (!s)
		goto oom;
	c->owned[c->n_owned++] = s;
	if (idset_add(&c->ids, s) < 0)
		goto oom;
	return s;
oom:
	c->oom = 1;
	return NULL;
}

/* ---- pieces ------------------------------------------------------------- */

static struct piece *add_piece(struct ctx *c)
{
	if (c->n_pieces == c->cap_pieces) {
		size_t cap = c->cap_pieces ? c->cap_pieces * 2 : 16;
		struct piece *p = realloc(c->pieces, cap * sizeof *p);
		if (!p) {
			c->oom = 1;
			return NULL;
		}
		c->pieces = p;
		c->cap_pieces = cap;
	}
	struct piece *p = &c->pieces[c->n_pieces++];
	memset(p, 0, sizeof *p);
	p->order = c->n_pieces;
	return p;
}

struct range {
	size_t start, end;
};

struct ranges {
	struct range *items;
	size_t n, cap;
};

static int ranges_insert(struct ranges *r, size_t at, size_t start, size_t end)
{
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 8;
		struct range *p = realloc(r->items, cap * sizeof *p);
		if (!p)
			return -1;
		r->items = p;
		r->cap = cap;
	}
	memmove(r->items + at + 1, r->items + at, (r->n - at) * sizeof *r->items);
	r->items[at] = (struct range){start, end};
	r->n++;
	return 0;
}

/* Cuts a body span at paragraph boundaries. Fails when the span starts or
 * ends inside the "\n\n" between paragraphs: no element can mark those. */
static int split_paragraphs(struct ctx *c, struct ranges *r, const struct artex_span *sp,
                            const char *what, const char *id)
{
	if (sp->field == ARTEX_FIELD_HEADLINE)
		return ranges_insert(r, 0, sp->start, sp->end) < 0 ? (c->oom = 1, -1) : 0;
	const struct artex_strlist *paras = &c->art->paragraphs;
	for (size_t i = 0; i < paras->count; i++) {
		size_t lo = sp->start > c->para_start[i] ? sp->start : c->para_start[i];
		size_t pe = c->para_start[i] + c->para_len[i];
		size_t hi = sp->end < pe ? sp->end : pe;
		if (lo < hi && ranges_insert(r, r->n, lo, hi) < 0) {
			c->oom = 1;
			return -1;
		}
	}
	if (r->n == 0 || r->items[0].start != sp->start || r->items[r->n - 1].end != sp->end) {
		artex__error(c->err, ARTEX_EINVALID, ARTEX_MSG_TEI_SPAN,
		             "the span of %s \"%s\" starts or ends between paragraphs, where TEI "
		             "has no character to mark",
		             what, id);
		return ARTEX_EINVALID;
	}
	return 0;
}

/* Cuts the new ranges wherever they only partly overlap a placed piece,
 * until every range nests with every piece or is disjoint from it. */
static int split_overlaps(struct ctx *c, struct ranges *r, enum artex_span_field field)
{
	for (size_t j = 0; j < r->n; j++) {
		for (size_t k = 0; k < c->n_pieces; k++) {
			const struct piece *p = &c->pieces[k];
			struct range t = r->items[j];
			size_t cut = 0;
			if (p->field != field)
				continue;
			if (p->start < t.start && t.start < p->end && p->end < t.end)
				cut = p->end;
			else if (t.start < p->start && p->start < t.end && t.end < p->end)
				cut = p->start;
			if (!cut)
				continue;
			r->items[j].end = cut;
			if (ranges_insert(r, j + 1, cut, t.end) < 0) {
				c->oom = 1;
				return -1;
			}
			k = (size_t)-1; /* the shorter range is checked again from the start */
		}
	}
	return 0;
}

static int place_quote(struct ctx *c, const struct artex_quote *q)
{
	struct ranges r = {0};
	int rc = split_paragraphs(c, &r, &q->span, "quote", q->id);
	const char *prev = NULL;
	for (size_t i = 0; rc == 0 && i < r.n; i++) {
		char suffix[32];
		snprintf(suffix, sizeof suffix, "%zu", i + 1);
		const char *id = i == 0 ? q->id : gen_id(c, q->id, suffix);
		struct piece *p = id ? add_piece(c) : NULL;
		if (!p) {
			rc = -1;
			break;
		}
		*p = (struct piece){q->span.field, r.items[i].start, r.items[i].end, p->order,
		                    PIECE_QUOTE, id, prev, NULL, q->speaker, q->confidence};
		if (i > 0)
			c->pieces[c->n_pieces - 2].next = id;
		prev = id;
	}
	free(r.items);
	return rc;
}

static int place_claim(struct ctx *c, const struct artex_claim *cl)
{
	struct ranges r = {0};
	int rc = split_paragraphs(c, &r, &cl->span, "claim", cl->id);
	if (rc == 0)
		rc = split_overlaps(c, &r, cl->span.field);
	const char *prev = NULL;
	for (size_t i = 0; rc == 0 && i < r.n; i++) {
		char suffix[32];
		snprintf(suffix, sizeof suffix, "s%zu", i + 1);
		const char *id = gen_id(c, cl->id, suffix);
		struct piece *p = id ? add_piece(c) : NULL;
		if (!p) {
			rc = -1;
			break;
		}
		if (i == 0)
			c->claim_pieces[cl - c->art->claims].first = c->n_pieces - 1;
		c->claim_pieces[cl - c->art->claims].n++;
		enum piece_kind kind = cl->kind == ARTEX_CLAIM_INDIRECT ? PIECE_SAID : PIECE_SEG;
		*p = (struct piece){cl->span.field, r.items[i].start, r.items[i].end, p->order, kind,
		                    id, prev, NULL, cl->claimant, cl->confidence};
		if (i > 0)
			c->pieces[c->n_pieces - 2].next = id;
		prev = id;
	}
	free(r.items);
	return rc;
}

/* ---- writing ------------------------------------------------------------ */

static void put(struct ctx *c, const char *s) { artex_buf_puts(c->out, s); }

static void indent(struct ctx *c, int level)
{
	for (int i = 0; i < level; i++)
		artex_buf_puts(c->out, "  ");
}

static void open_attr(struct ctx *c, const char *name)
{
	artex_buf_putc(c->out, ' ');
	artex_buf_puts(c->out, name);
	artex_buf_puts(c->out, "=\"");
}

static void attr(struct ctx *c, const char *name, const char *value)
{
	open_attr(c, name);
	artex__xml_put_attr(c->out, value);
	artex_buf_putc(c->out, '"');
}

static void attr_token(struct ctx *c, const char *name, const char *value)
{
	open_attr(c, name);
	artex__xml_put_token(c->out, value);
	artex_buf_putc(c->out, '"');
}

static void attr_ref(struct ctx *c, const char *name, const char *id)
{
	open_attr(c, name);
	artex_buf_putc(c->out, '#');
	artex__xml_put_attr(c->out, id);
	artex_buf_putc(c->out, '"');
}

static void attr_cert(struct ctx *c, double v)
{
	char num[64];
	artex__format_number(num, sizeof num, v);
	attr(c, "cert", num);
}

static void text(struct ctx *c, const char *s) { artex__xml_put_text(c->out, s, strlen(s)); }

/* <name attrs>text</name> on its own line; `attrs` is pre-escaped. */
static void leaf(struct ctx *c, int level, const char *name, const char *attrs, const char *s)
{
	indent(c, level);
	artex_buf_putc(c->out, '<');
	artex_buf_puts(c->out, name);
	if (attrs)
		artex_buf_puts(c->out, attrs);
	artex_buf_putc(c->out, '>');
	text(c, s);
	artex_buf_puts(c->out, "</");
	artex_buf_puts(c->out, name);
	artex_buf_puts(c->out, ">\n");
}

/* An xsd:date or xsd:dateTime for @when, or 0 when the model's date has no
 * such form (a leap second); the model's own text stays the content. */
static int w3c_when(char *out, size_t size, const char *date)
{
	size_t n = strlen(date);
	if (n == 10 || n + 4 > size) {
		snprintf(out, size, "%s", date);
		return n == 10;
	}
	/* "YYYY-MM-DDTHH:MM" then optional ":SS[.f]" and zone */
	if (date[16] == ':') {
		if (date[17] == '6')
			return 0;
		snprintf(out, size, "%s", date);
	} else {
		snprintf(out, size, "%.16s:00%s", date, date + 16);
	}
	return 1;
}

static void write_date(struct ctx *c, int level, const char *type, const char *date)
{
	char when[64];
	indent(c, level);
	put(c, "<date");
	attr_token(c, "type", type);
	if (w3c_when(when, sizeof when, date))
		attr(c, "when", when);
	put(c, ">");
	text(c, date);
	put(c, "</date>\n");
}

/* The article's images: TEI keeps images of a source in <facsimile>. */
static void write_facsimile(struct ctx *c)
{
	const struct artex_article *a = c->art;
	if (a->n_images == 0)
		return;
	put(c, "  <facsimile>\n");
	for (size_t i = 0; i < a->n_images; i++) {
		put(c, "    <graphic");
		attr(c, "url", a->images[i].url);
		char px[32];
		if (a->images[i].width) {
			snprintf(px, sizeof px, "%zupx", a->images[i].width);
			attr(c, "width", px);
		}
		if (a->images[i].height) {
			snprintf(px, sizeof px, "%zupx", a->images[i].height);
			attr(c, "height", px);
		}
		put(c, "/>\n");
	}
	put(c, "  </facsimile>\n");
}

/* The source file as read: a second description in sourceDesc, beside the
 * article's own. */
static void write_provenance_source(struct ctx *c)
{
	const struct artex_provenance *p = c->art->provenance;
	if (!p)
		return;
	put(c, "        <bibl type=\"source\">\n");
	if (p->source)
		leaf(c, 5, "title", NULL, p->source);
	if (p->source_size)
		artex_buf_printf(c->out,
		                 "          <extent><measure unit=\"byte\" quantity=\"%zu\">%zu bytes"
		                 "</measure></extent>\n",
		                 p->source_size, p->source_size);
	if (p->source_sha256)
		leaf(c, 5, "idno", " type=\"sha256\"", p->source_sha256);
	if (p->source_format)
		leaf(c, 5, "note", " type=\"format\"", p->source_format);
	put(c, "        </bibl>\n");
}

/* The conversion that first read the source: tool, version, the options
 * that change output and, when recorded, its time. */
static void write_provenance_change(struct ctx *c)
{
	const struct artex_provenance *p = c->art->provenance;
	if (!p)
		return;
	char when[64];
	put(c, "    <revisionDesc>\n      <change>\n");
	leaf(c, 4, "name", " type=\"tool\"", p->tool);
	leaf(c, 4, "idno", " type=\"version\"", p->tool_version);
	if (p->options.count) {
		put(c, "        <list type=\"options\">\n");
		for (size_t i = 0; i < p->options.count; i++)
			leaf(c, 5, "item", NULL, p->options.items[i]);
		put(c, "        </list>\n");
	}
	if (p->date) {
		indent(c, 4);
		put(c, "<date");
		if (w3c_when(when, sizeof when, p->date))
			attr(c, "when", when);
		put(c, ">");
		text(c, p->date);
		put(c, "</date>\n");
	}
	put(c, "      </change>\n    </revisionDesc>\n");
}

static void write_header(struct ctx *c)
{
	const struct artex_article *a = c->art;
	put(c, "  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n");
	leaf(c, 4, "title", " type=\"main\"", a->headline);
	for (size_t i = 0; i < a->authors.count; i++)
		leaf(c, 4, "author", NULL, a->authors.items[i]);
	put(c, "      </titleStmt>\n      <publicationStmt>\n"
	       "        <p>Converted by artex from the article described in the source description.</p>\n"
	       "      </publicationStmt>\n      <sourceDesc>\n        <biblStruct type=\"article\">\n"
	       "          <analytic>\n");
	leaf(c, 6, "title", " level=\"a\"", a->headline);
	for (size_t i = 0; i < a->authors.count; i++)
		leaf(c, 6, "author", NULL, a->authors.items[i]);
	leaf(c, 6, "idno", " type=\"artex\"", a->id);
	if (a->url)
		leaf(c, 6, "idno", " type=\"URI\"", a->url);
	put(c, "          </analytic>\n          <monogr>\n            <imprint>\n");
	if (a->publisher)
		leaf(c, 7, "publisher", NULL, a->publisher);
	if (a->date_created)
		write_date(c, 7, "created", a->date_created);
	if (a->date_published)
		write_date(c, 7, "published", a->date_published);
	if (a->date_modified)
		write_date(c, 7, "modified", a->date_modified);
	if (!a->publisher && !a->date_published && !a->date_modified && !a->date_created)
		put(c, "              <date/>\n");
	put(c, "            </imprint>\n          </monogr>\n");
	if (a->description)
		leaf(c, 5, "note", " type=\"description\"", a->description);
	/* A link only when the URL is plain ASCII without characters anyURI
	 * refuses; the exact text is in the idno above either way. */
	if (a->url && a->url[0] && !a->url[strcspn(a->url, " \"<>\\^`{|}")]) {
		int ascii = 1;
		for (const unsigned char *p = (const unsigned char *)a->url; *p; p++)
			ascii &= *p > 0x20 && *p < 0x7F;
		if (ascii) {
			put(c, "          <ptr");
			attr(c, "target", a->url);
			put(c, "/>\n");
		}
	}
	put(c, "        </biblStruct>\n");
	write_provenance_source(c);
	put(c, "      </sourceDesc>\n    </fileDesc>\n"
	       "    <encodingDesc>\n      <appInfo>\n        <application ident=\"artex\"");
	attr_token(c, "version", artex_version());
	put(c, ">\n          <label>artex</label>\n        </application>\n      </appInfo>\n"
	       "    </encodingDesc>\n    <profileDesc>\n      <langUsage>\n        <language");
	attr(c, "ident", a->language);
	put(c, "/>\n      </langUsage>\n");
	if (a->section || a->keywords.count) {
		put(c, "      <textClass>\n");
		if (a->section) {
			put(c, "        <keywords scheme=\"https://schema.org/articleSection\">\n");
			leaf(c, 5, "term", NULL, a->section);
			put(c, "        </keywords>\n");
		}
		if (a->keywords.count) {
			put(c, "        <keywords scheme=\"https://schema.org/keywords\">\n");
			for (size_t i = 0; i < a->keywords.count; i++)
				leaf(c, 5, "term", NULL, a->keywords.items[i]);
			put(c, "        </keywords>\n");
		}
		put(c, "      </textClass>\n");
	}
	if (a->n_persons || a->n_orgs) {
		put(c, "      <particDesc>\n");
		if (a->n_persons) {
			put(c, "        <listPerson>\n");
			for (size_t i = 0; i < a->n_persons; i++) {
				const struct artex_person *p = &a->persons[i];
				put(c, "          <person");
				attr(c, "xml:id", p->id);
				put(c, ">\n");
				leaf(c, 6, "persName", NULL, p->name);
				for (size_t k = 0; k < p->aliases.count; k++)
					leaf(c, 6, "persName", " type=\"alias\"", p->aliases.items[k]);
				if (p->role)
					leaf(c, 6, "occupation", NULL, p->role);
				if (p->affiliation) {
					const struct artex_org *o = artex__article_org(a, p->affiliation);
					put(c, "            <affiliation><orgName");
					attr_ref(c, "ref", p->affiliation);
					put(c, ">");
					text(c, o ? o->name : p->affiliation);
					put(c, "</orgName></affiliation>\n");
				}
				for (size_t k = 0; k < p->same_as.count; k++)
					leaf(c, 6, "idno", " type=\"URI\"", p->same_as.items[k]);
				put(c, "          </person>\n");
			}
			put(c, "        </listPerson>\n");
		}
		if (a->n_orgs) {
			put(c, "        <listOrg>\n");
			for (size_t i = 0; i < a->n_orgs; i++) {
				const struct artex_org *o = &a->orgs[i];
				put(c, "          <org");
				attr(c, "xml:id", o->id);
				put(c, ">\n");
				leaf(c, 6, "orgName", NULL, o->name);
				for (size_t k = 0; k < o->aliases.count; k++)
					leaf(c, 6, "orgName", " type=\"alias\"", o->aliases.items[k]);
				for (size_t k = 0; k < o->same_as.count; k++)
					leaf(c, 6, "idno", " type=\"URI\"", o->same_as.items[k]);
				put(c, "          </org>\n");
			}
			put(c, "        </listOrg>\n");
		}
		put(c, "      </particDesc>\n");
	}
	put(c, "    </profileDesc>\n");
	write_provenance_change(c);
	put(c, "  </teiHeader>\n");
}

static void open_said(struct ctx *c, const char *id, const char *who, const char *direct,
                      const double *cert, const char *prev, const char *next)
{
	put(c, "<said");
	attr(c, "xml:id", id);
	if (who)
		attr_ref(c, "who", who);
	attr(c, "direct", direct);
	if (cert)
		attr_cert(c, *cert);
	if (prev)
		attr_ref(c, "prev", prev);
	if (next)
		attr_ref(c, "next", next);
	put(c, ">");
}

static void open_piece(struct ctx *c, const struct piece *p)
{
	switch (p->kind) {
	case PIECE_QUOTE:
		open_said(c, p->id, p->who, "true", &p->cert, p->prev, p->next);
		break;
	case PIECE_SAID:
		open_said(c, p->id, p->who, "false", NULL, p->prev, p->next);
		break;
	case PIECE_SEG:
		put(c, "<seg");
		attr(c, "xml:id", p->id);
		attr_token(c, "type", "claim");
		if (p->prev)
			attr_ref(c, "prev", p->prev);
		if (p->next)
			attr_ref(c, "next", p->next);
		put(c, ">");
		break;
	}
}

static int cmp_piece(const void *x, const void *y)
{
	const struct piece *a = *(const struct piece *const *)x, *b = *(const struct piece *const *)y;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* Writes field text [from, to) (code points) with the pieces inside it. */
static int write_marked(struct ctx *c, enum artex_span_field field, size_t from, size_t to)
{
	const struct artex_cpindex *ix = field == ARTEX_FIELD_BODY ? &c->body : &c->headline;
	const struct piece **list = NULL, **stack = NULL;
	size_t n = 0;
	for (size_t i = 0; i < c->n_pieces; i++)
		n += c->pieces[i].field == field && c->pieces[i].start >= from && c->pieces[i].end <= to;
	if (n) {
		list = malloc(n * sizeof *list);
		stack = malloc(n * sizeof *stack);
		if (!list || !stack) {
			free(list);
			free(stack);
			c->oom = 1;
			return -1;
		}
	}
	size_t k = 0;
	for (size_t i = 0; i < c->n_pieces; i++)
		if (c->pieces[i].field == field && c->pieces[i].start >= from && c->pieces[i].end <= to)
			list[k++] = &c->pieces[i];
	if (n)
		qsort(list, n, sizeof *list, cmp_piece);
	size_t pos = from, depth = 0, next = 0;
	for (;;) {
		while (depth && stack[depth - 1]->end == pos) {
			put(c, stack[depth - 1]->kind == PIECE_SEG ? "</seg>" : "</said>");
			depth--;
		}
		while (next < n && list[next]->start == pos) {
			open_piece(c, list[next]);
			stack[depth++] = list[next++];
		}
		size_t stop = to;
		if (depth && stack[depth - 1]->end < stop)
			stop = stack[depth - 1]->end;
		if (next < n && list[next]->start < stop)
			stop = list[next]->start;
		if (stop == pos && pos == to)
			break;
		size_t b0 = artex__cpindex_byte(ix, pos), b1 = artex__cpindex_byte(ix, stop);
		artex__xml_put_text(c->out, ix->s + b0, b1 - b0);
		pos = stop;
	}
	free(list);
	free(stack);
	return 0;
}

static int write_text(struct ctx *c)
{
	const struct artex_article *a = c->art;
	put(c, "  <text>\n    <body>\n      <div type=\"article\"");
	if (c->text_id)
		attr(c, "xml:id", c->text_id);
	put(c, ">\n        <head>");
	if (write_marked(c, ARTEX_FIELD_HEADLINE, 0, c->headline.count) < 0)
		return -1;
	put(c, "</head>\n");
	for (size_t i = 0; i < a->paragraphs.count; i++) {
		put(c, "        <p>");
		if (write_marked(c, ARTEX_FIELD_BODY, c->para_start[i],
		                 c->para_start[i] + c->para_len[i]) < 0)
			return -1;
		put(c, "</p>\n");
	}
	put(c, "      </div>\n    </body>\n  </text>\n");
	return 0;
}

static void write_standoff(struct ctx *c)
{
	const struct artex_article *a = c->art;
	if (!a->n_quotes && !a->n_claims)
		return;
	put(c, "  <standOff>\n");
	if (a->n_quotes) {
		/* One annotation per quote, in the model's order: it carries what
		 * has no place inline (the cue word), and the whole quote when it
		 * has no span. */
		put(c, "    <listAnnotation type=\"quotes\">\n");
		for (size_t i = 0; i < a->n_quotes; i++) {
			const struct artex_quote *q = &a->quotes[i];
			const char *ann = gen_id(c, q->id, "ann");
			if (!ann)
				return;
			put(c, "      <annotation");
			attr(c, "xml:id", ann);
			attr_ref(c, "target", q->id);
			put(c, " motivation=\"describing\"");
			if (q->span.end == 0 || q->cue) {
				put(c, ">\n");
				if (q->span.end == 0) {
					put(c, "        <note type=\"quote\"");
					attr_token(c, "subtype", quote_kinds[q->kind]);
					put(c, ">");
					open_said(c, q->id, q->speaker, "true", &q->confidence, NULL, NULL);
					text(c, q->text);
					put(c, "</said></note>\n");
				}
				if (q->cue)
					leaf(c, 4, "note", " type=\"cue\"", q->cue);
				put(c, "      </annotation>\n");
			} else {
				put(c, "/>\n");
			}
		}
		put(c, "    </listAnnotation>\n");
	}
	if (a->n_claims) {
		put(c, "    <listAnnotation type=\"claims\">\n");
		for (size_t i = 0; i < a->n_claims; i++) {
			const struct artex_claim *cl = &a->claims[i];
			put(c, "      <annotation");
			attr(c, "xml:id", cl->id);
			artex_buf_puts(c->out, " target=\"");
			if (c->claim_target[i]) {
				put(c, "#");
				artex__xml_put_attr(c->out, c->claim_target[i]);
			} else if (cl->span.end == 0) {
				put(c, "#");
				artex__xml_put_attr(c->out, c->text_id);
			} else {
				/* the claim's own pieces, in text order */
				for (size_t k = 0; k < c->claim_pieces[i].n; k++) {
					put(c, k ? " #" : "#");
					artex__xml_put_attr(c->out, c->pieces[c->claim_pieces[i].first + k].id);
				}
			}
			put(c, "\"");
			put(c, " motivation=\"identifying\"");
			attr_cert(c, cl->confidence);
			put(c, ">\n        <note type=\"claim\"");
			attr_token(c, "subtype", claim_kinds[cl->kind]);
			put(c, ">");
			text(c, cl->text);
			put(c, "</note>\n");
			if (cl->claimant) {
				put(c, "        <ptr type=\"claimant\"");
				attr_ref(c, "target", cl->claimant);
				put(c, "/>\n");
			}
			if (cl->quote) {
				put(c, "        <ptr type=\"quote\"");
				attr_ref(c, "target", cl->quote);
				put(c, "/>\n");
			}
			put(c, "      </annotation>\n");
		}
		put(c, "    </listAnnotation>\n");
	}
	put(c, "  </standOff>\n");
}

static int same_span(const struct artex_span *a, const struct artex_span *b)
{
	return a->end && a->field == b->field && a->start == b->start && a->end == b->end;
}

static int tei_write(struct artex_buf *out, const struct artex_article *art,
                     const struct artex_export_opts *opts, struct artex__export_shared *shared,
                     struct artex_error *err)
{
	(void)opts;
	struct ctx c = {.art = art, .out = out, .err = err};
	int rc = 0;
	size_t np = art->paragraphs.count;
	c.para_start = calloc(np + 1, sizeof *c.para_start);
	c.para_len = calloc(np + 1, sizeof *c.para_len);
	c.claim_target = calloc(art->n_claims + 1, sizeof *c.claim_target);
	c.claim_pieces = calloc(art->n_claims + 1, sizeof *c.claim_pieces);
	if (!c.para_start || !c.para_len || !c.claim_target || !c.claim_pieces ||
	    artex__cpindex_init(&c.body, art->body ? art->body : "", art->body_len) < 0 ||
	    artex__cpindex_init(&c.headline, art->headline, strlen(art->headline)) < 0) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	for (size_t i = 0, cp = 0; i < np; i++) {
		size_t len = strlen(art->paragraphs.items[i]);
		c.para_start[i] = cp;
		c.para_len[i] = artex__utf8_count(art->paragraphs.items[i], len);
		cp += c.para_len[i] + 2;
	}
	for (size_t i = 0; i < art->n_persons; i++)
		c.oom |= idset_add(&c.ids, art->persons[i].id) < 0;
	for (size_t i = 0; i < art->n_orgs; i++)
		c.oom |= idset_add(&c.ids, art->orgs[i].id) < 0;
	for (size_t i = 0; i < art->n_quotes; i++)
		c.oom |= idset_add(&c.ids, art->quotes[i].id) < 0;
	for (size_t i = 0; i < art->n_claims; i++)
		c.oom |= idset_add(&c.ids, art->claims[i].id) < 0;

	for (size_t i = 0; i < art->n_quotes && !c.oom; i++)
		if (art->quotes[i].span.end && (rc = place_quote(&c, &art->quotes[i])) < 0)
			goto done;
	int need_text_id = 0;
	for (size_t i = 0; i < art->n_claims && !c.oom; i++) {
		const struct artex_claim *cl = &art->claims[i];
		if (!cl->span.end) {
			need_text_id = 1;
			continue;
		}
		for (size_t k = 0; k < art->n_quotes && !c.claim_target[i]; k++)
			if (same_span(&cl->span, &art->quotes[k].span))
				c.claim_target[i] = art->quotes[k].id;
		if (!c.claim_target[i] && (rc = place_claim(&c, cl)) < 0)
			goto done;
	}
	if (need_text_id)
		c.text_id = gen_id(&c, "article", "text");
	if (c.oom) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}

	put(&c, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"");
	attr(&c, "xml:lang", art->language);
	put(&c, ">\n");
	write_header(&c);
	write_facsimile(&c);
	write_standoff(&c);
	if (write_text(&c) < 0 || c.oom) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	put(&c, "</TEI>\n");
done:
	for (size_t i = 0; i < c.n_owned; i++)
		free(c.owned[i]);
	free(c.owned);
	free(c.ids.slots);
	free(c.pieces);
	free(c.para_start);
	free(c.para_len);
	free(c.claim_target);
	free(c.claim_pieces);
	artex__cpindex_dispose(&c.body);
	artex__cpindex_dispose(&c.headline);
	return rc < 0 ? rc : 0;
}

const struct artex_exporter artex__exporter_tei = {
	.name = "tei",
	.suffix = ".tei.xml",
	.media_type = "application/tei+xml",
	.schema = "artex-tei.rng",
	.write = tei_write,
};
