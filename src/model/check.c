#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "util/date.h"
#include "util/error.h"
#include "util/utf8.h"

struct checker {
	const struct artex_article *art;
	struct artex_error *err;        /* the first error */
	struct artex_error_list *all;   /* every error up to `max`, when collecting */
	size_t max, found;
	struct artex_cpindex body, headline;
	/* at() only notes its pointer's parts; ptr is written when a failure
	 * needs it, since nearly every check passes. */
	char ptr[128];
	const char *at_list, *at_field;
	size_t at_index;
};

static const char *pointer_join(char *out, size_t size, const char *head, size_t i, const char *tail);

/* The pointer at() stands for, written out. */
static const char *materialise(struct checker *c, const char *pointer)
{
	if (pointer != c->ptr || !c->at_list)
		return pointer;
	char head[64], tail[64];
	snprintf(head, sizeof head, "/%s", c->at_list);
	snprintf(tail, sizeof tail, "/%s", c->at_field);
	c->at_list = NULL;
	return pointer_join(c->ptr, sizeof c->ptr, head, c->at_index, tail);
}

static int fail(struct checker *c, int msg_id, const char *pointer, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int fail(struct checker *c, int msg_id, const char *pointer, const char *fmt, ...)
{
	struct artex_error e;
	va_list ap;
	va_start(ap, fmt);
	artex__verror(&e, ARTEX_EINVALID, msg_id, fmt, ap);
	va_end(ap);
	artex__error_pointer(&e, materialise(c, pointer));
	if (c->found++ == 0 && c->err)
		*c->err = e;
	if (c->all && c->all->count < c->max)
		artex__error_list_push(c->all, &e);
	return ARTEX_EINVALID;
}

/* Whether to look on after an error: only when collecting, up to the limit. */
static int more(const struct checker *c)
{
	return c->all && c->found < c->max;
}

/* After a failed check: stop, or go on to the next one when collecting. */
#define ON_FAIL(c)                                                                         \
	do {                                                                               \
		if (!more(c))                                                              \
			return ARTEX_EINVALID;                                             \
	} while (0)

/* Characters that XML 1.0 cannot carry, and line breaks where one line is
 * expected, are refused here so that every exporter can write every model. */
/* 1 when one pass shows that s[0..len) passes every test of text_ok: valid
 * UTF-8 of code points that are NFC in any context, no control characters,
 * line breaks only where allowed. 0 means "run the full tests", which find
 * the first problem and say what it is. */
static int text_plainly_ok(const char *s, size_t len, int single_line)
{
	for (size_t i = 0; i < len;) {
		unsigned char ch = (unsigned char)s[i];
		if (ch >= 0x20 && ch < 0x80) {
			i++;
			/* Then eight bytes at a time while all are 0x20..0x7F. */
			while (len - i >= 8) {
				uint64_t w;
				memcpy(&w, s + i, 8);
				uint64_t below_space = (w - 0x2020202020202020ull) & ~w;
				if ((w | below_space) & 0x8080808080808080ull)
					break;
				i += 8;
			}
			continue;
		}
		if (ch < 0x20) {
			if (ch == '\t' || (!single_line && (ch == '\n' || ch == '\r'))) {
				i++;
				continue;
			}
			return 0;
		}
		int32_t cp;
		i += artex__utf8_next(s + i, len - i, &cp);
		/* U+FFFD from invalid bytes, U+FFFE and U+FFFF are not among them. */
		if (!artex__utf8_nfc_stable(cp))
			return 0;
	}
	return 1;
}

static int text_ok(struct checker *c, const char *s, int single_line, const char *pointer)
{
	size_t len = strlen(s);
	if (text_plainly_ok(s, len, single_line))
		return 0;
	if (artex__utf8_invalid_at(s, len) != (size_t)-1)
		return fail(c, ARTEX_MSG_UTF8_INVALID, pointer, "text is not valid UTF-8");
	for (size_t i = 0; i < len;) {
		int32_t cp;
		i += artex__utf8_decode(s + i, len - i, &cp);
		if (cp == '\n' || cp == '\r') {
			if (single_line)
				return fail(c, ARTEX_MSG_MODEL_BAD_VALUE, pointer,
				            "line break in a single-line field");
		} else if ((cp < 0x20 && cp != '\t') || cp == 0xFFFE || cp == 0xFFFF) {
			return fail(c, ARTEX_MSG_TEXT_CONTROL, pointer,
			            "character U+%04X is not allowed in text", (unsigned)cp);
		}
	}
	if (!artex__utf8_is_nfc(s, len))
		return fail(c, ARTEX_MSG_MODEL_NOT_NFC, pointer, "text is not in Unicode NFC");
	return 0;
}

static int nonempty_text(struct checker *c, const char *s, int single_line, const char *pointer)
{
	if (!s || !*s)
		return fail(c, ARTEX_MSG_MODEL_BAD_VALUE, pointer, "must not be empty");
	return text_ok(c, s, single_line, pointer);
}

static int optional_text(struct checker *c, const char *s, const char *pointer)
{
	return s ? nonempty_text(c, s, 1, pointer) : 0;
}

/* "<head>/<i><tail>" into out (truncated to size), by hand: every field of
 * every record gets a pointer, and snprintf was a tenth of the check. */
static const char *pointer_join(char *out, size_t size, const char *head, size_t i, const char *tail)
{
	char digits[24];
	size_t nd = 0, k = 0;
	do
		digits[nd++] = (char)('0' + i % 10);
	while ((i /= 10) > 0);
	for (; *head && k + 1 < size; head++)
		out[k++] = *head;
	if (k + 1 < size)
		out[k++] = '/';
	while (nd > 0 && k + 1 < size)
		out[k++] = digits[--nd];
	for (; *tail && k + 1 < size; tail++)
		out[k++] = *tail;
	out[k] = '\0';
	return out;
}

static int strlist_ok(struct checker *c, const struct artex_strlist *l, const char *name)
{
	char ptr[160];
	if (l->count > 0)
		name = materialise(c, name);
	for (size_t i = 0; i < l->count; i++) {
		pointer_join(ptr, sizeof ptr, name, i, "");
		if (nonempty_text(c, l->items[i], 1, ptr) < 0)
			return ARTEX_EINVALID;
	}
	return 0;
}

static int iris_ok(struct checker *c, const struct artex_strlist *l, const char *name)
{
	char ptr[160];
	for (size_t i = 0; i < l->count; i++) {
		if (!artex__valid_iri(l->items[i])) {
			name = materialise(c, name);
			snprintf(ptr, sizeof ptr, "%s/%zu", name, i);
			return fail(c, ARTEX_MSG_MODEL_BAD_VALUE, ptr,
			            "\"%s\" is not an absolute IRI", l->items[i]);
		}
	}
	return 0;
}

struct id_ref {
	const char *id;
	int rank;         /* the list's place in the model's form, so ties keep document order */
	const char *list; /* "persons", ... */
	size_t index;
};

static int cmp_id_ref(const void *a, const void *b)
{
	const struct id_ref *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	if (c)
		return c;
	if (x->rank != y->rank)
		return x->rank - y->rank;
	return (x->index > y->index) - (x->index < y->index);
}

static int ids_ok(struct checker *c)
{
	const struct artex_article *a = c->art;
	size_t n = a->n_persons + a->n_orgs + a->n_quotes + a->n_claims;
	if (n == 0)
		return 0;
	struct id_ref *ids = malloc(n * sizeof *ids);
	if (!ids)
		return artex__error(c->err, ARTEX_ENOMEM, 0, "out of memory");
	/* A missing id was told already, when errors are collected and the
	 * check looks on past it. */
	size_t k = 0;
	for (size_t i = 0; i < a->n_persons; i++)
		if (a->persons[i].id)
			ids[k++] = (struct id_ref){a->persons[i].id, 0, "persons", i};
	for (size_t i = 0; i < a->n_orgs; i++)
		if (a->orgs[i].id)
			ids[k++] = (struct id_ref){a->orgs[i].id, 1, "organizations", i};
	for (size_t i = 0; i < a->n_quotes; i++)
		if (a->quotes[i].id)
			ids[k++] = (struct id_ref){a->quotes[i].id, 2, "quotes", i};
	for (size_t i = 0; i < a->n_claims; i++)
		if (a->claims[i].id)
			ids[k++] = (struct id_ref){a->claims[i].id, 3, "claims", i};
	n = k;
	qsort(ids, n, sizeof *ids, cmp_id_ref);
	int rc = 0;
	for (size_t i = 1; i < n; i++) {
		if (strcmp(ids[i - 1].id, ids[i].id) == 0) {
			char ptr[64];
			snprintf(ptr, sizeof ptr, "/%s/%zu/id", ids[i].list, ids[i].index);
			rc = fail(c, ARTEX_MSG_MODEL_DUPLICATE_ID, ptr,
			          "id \"%s\" is already used by /%s/%zu", ids[i].id, ids[i - 1].list,
			          ids[i - 1].index);
			if (!more(c))
				break;
		}
	}
	free(ids);
	return rc;
}

static int id_ok(struct checker *c, const char *id, const char *pointer)
{
	if (!artex__valid_id(id))
		return fail(c, ARTEX_MSG_MODEL_BAD_VALUE, pointer,
		            "id \"%s\" must start with a letter or '_' and use only letters, "
		            "digits, '.', '-' and '_'",
		            id ? id : "");
	return 0;
}

static int agent_ref_ok(struct checker *c, const char *id, const char *pointer)
{
	if (id && !artex__article_person(c->art, id) && !artex__article_org(c->art, id))
		return fail(c, ARTEX_MSG_MODEL_DANGLING_REF, pointer,
		            "\"%s\" is not the id of a person or organization", id);
	return 0;
}

static int confidence_ok(struct checker *c, double v, const char *pointer)
{
	if (!(v >= 0.0 && v <= 1.0))
		return fail(c, ARTEX_MSG_MODEL_BAD_VALUE, pointer, "confidence must be in [0, 1]");
	return 0;
}

static int span_ok(struct checker *c, const struct artex_span *sp, const char *text,
                   const char *pointer)
{
	const struct artex_cpindex *ix =
		sp->field == ARTEX_FIELD_HEADLINE ? &c->headline : &c->body;
	const char *field = sp->field == ARTEX_FIELD_HEADLINE ? "headline" : "body";
	if (sp->start >= sp->end || sp->end > ix->count)
		return fail(c, ARTEX_MSG_MODEL_SPAN_BOUNDS, pointer,
		            "span [%zu, %zu) is empty or outside the %s (%zu code points)",
		            sp->start, sp->end, field, ix->count);
	size_t b0 = artex__cpindex_byte(ix, sp->start), b1 = artex__cpindex_byte(ix, sp->end);
	size_t tlen = strlen(text);
	if (b1 - b0 != tlen || memcmp(ix->s + b0, text, tlen) != 0)
		return fail(c, ARTEX_MSG_MODEL_SPAN_TEXT, pointer,
		            "span [%zu, %zu) of the %s does not equal the text", sp->start, sp->end,
		            field);
	return 0;
}

static int cmp_quote_span(const void *a, const void *b)
{
	const struct artex_quote *x = *(const struct artex_quote *const *)a;
	const struct artex_quote *y = *(const struct artex_quote *const *)b;
	if (x->span.field != y->span.field)
		return x->span.field < y->span.field ? -1 : 1;
	if (x->span.start != y->span.start)
		return x->span.start < y->span.start ? -1 : 1;
	return 0;
}

static int quotes_disjoint(struct checker *c)
{
	const struct artex_article *a = c->art;
	if (a->n_quotes < 2)
		return 0;
	const struct artex_quote **q = malloc(a->n_quotes * sizeof *q);
	const struct artex_quote *first = a->quotes;
	if (!q)
		return artex__error(c->err, ARTEX_ENOMEM, 0, "out of memory");
	size_t n = 0;
	for (size_t i = 0; i < a->n_quotes; i++)
		if (a->quotes[i].span.end)
			q[n++] = &a->quotes[i];
	qsort(q, n, sizeof *q, cmp_quote_span);
	int rc = 0;
	for (size_t i = 1; i < n; i++) {
		if (q[i]->span.field == q[i - 1]->span.field &&
		    q[i]->span.start < q[i - 1]->span.end) {
			char ptr[64];
			snprintf(ptr, sizeof ptr, "/quotes/%zu/span", (size_t)(q[i] - first));
			rc = fail(c, ARTEX_MSG_MODEL_QUOTE_OVERLAP, ptr,
			          "quotes \"%s\" and \"%s\" overlap", q[i - 1]->id, q[i]->id);
			if (!more(c))
				break;
		}
	}
	free(q);
	return rc;
}

static int hex_digest(const char *s, size_t digits)
{
	size_t n = 0;
	while (s[n] && ((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
		n++;
	return n == digits && !s[n];
}

/* A version as TEI's application/@version takes it: "1.2", "0.1.0",
 * "2b3.4" (digits, then letters, then digits, up to four parts). */
static int version_ok(const char *s)
{
	for (int part = 0; part < 4; part++) {
		if (!(*s >= '0' && *s <= '9'))
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
		while (*s >= 'a' && *s <= 'z')
			s++;
		while (*s >= '0' && *s <= '9')
			s++;
		if (*s != '.')
			return *s == '\0';
		s++;
	}
	return 0;
}

static int tool_name_ok(const char *s)
{
	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '-' || *s == '_' || *s == '.'))
			return 0;
	return 1;
}

static int provenance_ok(struct checker *c)
{
	const struct artex_provenance *p = c->art->provenance;
	if (!p)
		return 0;
	if (optional_text(c, p->source, "/provenance/source") < 0 ||
	    optional_text(c, p->source_format, "/provenance/source_format") < 0)
		ON_FAIL(c);
	if (p->source_sha256 && !hex_digest(p->source_sha256, 64)) {
		fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/provenance/source_sha256",
		     "a SHA-256 is 64 lower-case hexadecimal digits");
		ON_FAIL(c);
	}
	if (!p->tool || !tool_name_ok(p->tool)) {
		fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/provenance/tool",
		     "the tool is named by a letter, then letters, digits, '.', '-' or '_'");
		ON_FAIL(c);
	}
	if (!p->tool_version || !version_ok(p->tool_version)) {
		fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/provenance/tool_version",
		     "the tool version is numbers separated by dots, such as 1.2.0");
		ON_FAIL(c);
	}
	if (strlist_ok(c, &p->options, "/provenance/options") < 0)
		ON_FAIL(c);
	if (p->date && !artex__valid_date(p->date)) {
		fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/provenance/date",
		     "date must be YYYY-MM-DD, optionally with THH:MM[:SS] and an offset");
		ON_FAIL(c);
	}
	return 0;
}

static int metadata_ok(struct checker *c)
{
	const struct artex_article *a = c->art;
	if (!artex__valid_article_id(a->id) && fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/id",
		            "article id must be letters, digits, '.', '-' and '_'") < 0)
		ON_FAIL(c);
	if (!artex__valid_language(a->language)) {
		fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/language",
		        "language must be a BCP 47 tag such as \"ru\" or \"en-GB\"");
		ON_FAIL(c);
	}
	static const struct {
		size_t offset;
		const char *pointer;
	} texts[] = {{offsetof(struct artex_article, description), "/description"},
	             {offsetof(struct artex_article, section), "/section"},
	             {offsetof(struct artex_article, publisher), "/publisher"},
	             {offsetof(struct artex_article, url), "/url"}};
	if (nonempty_text(c, a->headline, 1, "/headline") < 0)
		ON_FAIL(c);
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		if (optional_text(c, *(const char *const *)(const void *)((const char *)a +
		                                                          texts[i].offset),
		                  texts[i].pointer) < 0)
			ON_FAIL(c);
	if (a->url && !artex__valid_iri(a->url)) {
		fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/url",
		        "url must be an absolute IRI such as https://example.org/a");
		ON_FAIL(c);
	}
	if (a->date_published && !artex__valid_date(a->date_published)) {
		fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/date_published",
		        "date must be YYYY-MM-DD, optionally with THH:MM[:SS] and an offset");
		ON_FAIL(c);
	}
	if (a->date_modified && !artex__valid_date(a->date_modified)) {
		fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/date_modified",
		        "date must be YYYY-MM-DD, optionally with THH:MM[:SS] and an offset");
		ON_FAIL(c);
	}
	if (a->date_created && !artex__valid_date(a->date_created)) {
		fail(c, ARTEX_MSG_MODEL_BAD_VALUE, "/date_created",
		        "date must be YYYY-MM-DD, optionally with THH:MM[:SS] and an offset");
		ON_FAIL(c);
	}
	for (size_t i = 0; i < a->n_images; i++) {
		snprintf(c->ptr, sizeof c->ptr, "/images/%zu/url", i);
		if (nonempty_text(c, a->images[i].url, 1, c->ptr) < 0) {
			ON_FAIL(c);
		} else if (!artex__valid_iri(a->images[i].url)) {
			fail(c, ARTEX_MSG_MODEL_BAD_VALUE, c->ptr, "an image url must be an absolute IRI");
			ON_FAIL(c);
		} else {
			for (size_t k = 0; k < i; k++)
				if (strcmp(a->images[k].url, a->images[i].url) == 0) {
					fail(c, ARTEX_MSG_MODEL_BAD_VALUE, c->ptr,
					     "the image is listed already (at /images/%zu)", k);
					ON_FAIL(c);
					break;
				}
		}
	}
	if (strlist_ok(c, &a->authors, "/authors") < 0)
		ON_FAIL(c);
	if (strlist_ok(c, &a->keywords, "/keywords") < 0)
		ON_FAIL(c);
	/* An empty body is allowed: an article may be known only by its
	 * description, which is never taken for a body unasked. */
	if (strlist_ok(c, &a->paragraphs, "/body") < 0)
		ON_FAIL(c);
	if (provenance_ok(c) < 0)
		return ARTEX_EINVALID;
	return c->found ? ARTEX_EINVALID : 0;
}

/* Pointer to a field of the i-th record of a list, in the model's form. */
static const char *at(struct checker *c, const char *list, size_t i, const char *field)
{
	c->at_list = list;
	c->at_index = i;
	c->at_field = field;
	return c->ptr;
}

static int entities_ok(struct checker *c)
{
	const struct artex_article *a = c->art;
	for (size_t i = 0; i < a->n_persons; i++) {
		const struct artex_person *p = &a->persons[i];
		if (id_ok(c, p->id, at(c, "persons", i, "id")) < 0 ||
		    nonempty_text(c, p->name, 1, at(c, "persons", i, "name")) < 0 ||
		    optional_text(c, p->role, at(c, "persons", i, "role")) < 0 ||
		    strlist_ok(c, &p->aliases, at(c, "persons", i, "aliases")) < 0 ||
		    strlist_ok(c, &p->same_as, at(c, "persons", i, "same_as")) < 0 ||
		    iris_ok(c, &p->same_as, at(c, "persons", i, "same_as")) < 0) {
			ON_FAIL(c);
			continue;
		}
		if (p->affiliation && !artex__article_org(a, p->affiliation)) {
			fail(c, ARTEX_MSG_MODEL_DANGLING_REF, at(c, "persons", i, "affiliation"),
			        "\"%s\" is not the id of an organization", p->affiliation);
			ON_FAIL(c);
		}
	}
	for (size_t i = 0; i < a->n_orgs; i++) {
		const struct artex_org *o = &a->orgs[i];
		if (id_ok(c, o->id, at(c, "organizations", i, "id")) < 0 ||
		    nonempty_text(c, o->name, 1, at(c, "organizations", i, "name")) < 0 ||
		    strlist_ok(c, &o->aliases, at(c, "organizations", i, "aliases")) < 0 ||
		    strlist_ok(c, &o->same_as, at(c, "organizations", i, "same_as")) < 0 ||
		    iris_ok(c, &o->same_as, at(c, "organizations", i, "same_as")) < 0) {
			ON_FAIL(c);
			continue;
		}
	}
	for (size_t i = 0; i < a->n_quotes; i++) {
		const struct artex_quote *q = &a->quotes[i];
		if (id_ok(c, q->id, at(c, "quotes", i, "id")) < 0 ||
		    nonempty_text(c, q->text, 0, at(c, "quotes", i, "text")) < 0 ||
		    agent_ref_ok(c, q->speaker, at(c, "quotes", i, "speaker")) < 0 ||
		    optional_text(c, q->cue, at(c, "quotes", i, "cue")) < 0 ||
		    confidence_ok(c, q->confidence, at(c, "quotes", i, "confidence")) < 0) {
			ON_FAIL(c);
			continue;
		}
		if (!q->span.end)
			continue;
		if (span_ok(c, &q->span, q->text, at(c, "quotes", i, "span")) < 0) {
			ON_FAIL(c);
			continue;
		}
		if ((q->kind == ARTEX_QUOTE_HEADLINE) != (q->span.field == ARTEX_FIELD_HEADLINE)) {
			fail(c, ARTEX_MSG_MODEL_BAD_VALUE, at(c, "quotes", i, "span"),
			        "a headline quote has its span in the headline, a direct quote in "
			            "the body");
			ON_FAIL(c);
		}
	}
	for (size_t i = 0; i < a->n_claims; i++) {
		const struct artex_claim *cl = &a->claims[i];
		if (id_ok(c, cl->id, at(c, "claims", i, "id")) < 0 ||
		    nonempty_text(c, cl->text, 0, at(c, "claims", i, "text")) < 0 ||
		    agent_ref_ok(c, cl->claimant, at(c, "claims", i, "claimant")) < 0 ||
		    confidence_ok(c, cl->confidence, at(c, "claims", i, "confidence")) < 0) {
			ON_FAIL(c);
			continue;
		}
		if (cl->quote) {
			size_t k = 0;
			while (k < a->n_quotes && strcmp(a->quotes[k].id, cl->quote) != 0)
				k++;
			if (k == a->n_quotes) {
			fail(c, ARTEX_MSG_MODEL_DANGLING_REF, at(c, "claims", i, "quote"),
			        "\"%s\" is not the id of a quote", cl->quote);
			ON_FAIL(c);
		}
		}
		if (cl->span.end && span_ok(c, &cl->span, cl->text, at(c, "claims", i, "span")) < 0) {
			ON_FAIL(c);
			continue;
		}
	}
	return c->found ? ARTEX_EINVALID : 0;
}

/* Every error, up to max, into all (NULL: stop at the first); the first
 * also goes to err. Without metadata, only what extraction adds. */
static int check(const struct artex_article *art, int metadata, struct artex_error *err,
                 struct artex_error_list *all, size_t max)
{
	struct checker c = {.art = art, .err = err, .all = all, .max = max};
	int rc = metadata ? metadata_ok(&c) : 0;
	if (rc < 0 && (!more(&c) || !art->headline))
		return rc;
	if (!art->body)
		return fail(&c, ARTEX_MSG_MODEL_BAD_VALUE, "/body", "the article was not sealed");
	if (artex__cpindex_init(&c.body, art->body, art->body_len) < 0 ||
	    artex__cpindex_init(&c.headline, art->headline, strlen(art->headline)) < 0) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	/* Each step stops at its first error unless collecting; out of memory
	 * always stops. */
	int (*const steps[])(struct checker *) = {entities_ok, ids_ok, quotes_disjoint};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		int step = steps[i](&c);
		if (step == ARTEX_ENOMEM) {
			rc = step;
			break;
		}
		if (step < 0 && !more(&c))
			break;
	}
done:
	artex__cpindex_dispose(&c.body);
	artex__cpindex_dispose(&c.headline);
	if (rc == 0 && c.found)
		rc = ARTEX_EINVALID;
	return rc;
}

int artex_article_check(const struct artex_article *art, struct artex_error *err)
{
	return check(art, 1, err, NULL, 0);
}

int artex__article_check_all(const struct artex_article *art, struct artex_error *err,
                             struct artex_error_list *all, size_t max)
{
	return check(art, 1, err, all, max);
}

int artex__article_check_annotations(const struct artex_article *art, struct artex_error *err)
{
	return check(art, 0, err, NULL, 0);
}
