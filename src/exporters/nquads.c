/* The JSON-LD graph as RDF 1.1 N-Quads, for triple stores that load RDF
 * without a JSON-LD processor. It converts the document artex__jsonld_build
 * makes, applying the schema.org 30.0 context the way a JSON-LD processor
 * would (its @vocab, and its datatype and @id coercions for the terms the
 * exporter uses), so the result equals the JSON-LD's own RDF. Every triple
 * is in the default graph, which makes each line valid N-Triples too. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exporters/exporter.h"
#include "exporters/jsonld.h"
#include "util/cnum.h"
#include "util/error.h"
#include "util/utf8.h"

#define XSD_NS "http://www.w3.org/2001/XMLSchema#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

struct writer {
	struct artex_buf *out;
	const char *language; /* default language of plain strings, NULL if none */
	unsigned blank;       /* blank node labels handed out */
};

/* Bytes IRIREF may not hold: controls, space and <>"{}|^`\; they go out
 * as UCHAR. A table, since every IRI of every triple passes through here. */
static const unsigned char iri_escaped[256] = {
	[0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1,
	[0x07] = 1, [0x08] = 1, [0x09] = 1, [0x0A] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1,
	[0x0E] = 1, [0x0F] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1,
	[0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1,
	[0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1, [' '] = 1, ['<'] = 1, ['>'] = 1,
	['"'] = 1, ['{'] = 1, ['}'] = 1, ['|'] = 1, ['^'] = 1, ['`'] = 1, ['\\'] = 1,
};

static void put_uchar(struct artex_buf *out, unsigned char c)
{
	static const char hex[] = "0123456789ABCDEF";
	char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
	artex_buf_put(out, u, sizeof u);
}

static void put_iri(struct artex_buf *out, const char *prefix, const char *s)
{
	artex_buf_putc(out, '<');
	artex_buf_puts(out, prefix);
	const unsigned char *run = (const unsigned char *)s, *p = run;
	for (; *p; p++) {
		if (!iri_escaped[*p])
			continue;
		artex_buf_put(out, run, (size_t)(p - run));
		put_uchar(out, *p);
		run = p + 1;
	}
	artex_buf_put(out, run, (size_t)(p - run));
	artex_buf_putc(out, '>');
}

static void put_term_iri(struct artex_buf *out, const char *term)
{
	if (strncmp(term, "oa:", 3) == 0)
		put_iri(out, ARTEX__OA_NS, term + 3);
	else if (strncmp(term, "artex:", 6) == 0)
		put_iri(out, ARTEX__VOCAB_NS, term + 6);
	else
		put_iri(out, ARTEX__SCHEMA_NS, term);
}

/* The schema.org 30.0 context coerces these terms; see the file comment. */
static int coerced_to_iri(const char *key)
{
	return strcmp(key, "url") == 0 || strcmp(key, "sameAs") == 0 ||
	       strcmp(key, "isPartOf") == 0 || strcmp(key, "mainEntityOfPage") == 0 ||
	       strcmp(key, "contentUrl") == 0;
}

static int coerced_to_date(const char *key)
{
	return strcmp(key, "datePublished") == 0 || strcmp(key, "dateModified") == 0 ||
	       strcmp(key, "dateCreated") == 0 || strcmp(key, "sdDatePublished") == 0;
}

/* JSON-LD's canonical xsd:double: "%1.15E" without trailing zeros in the
 * mantissa or a plus sign and leading zeros in the exponent (1.5E0, 9.5E-1).
 * Infinities and NaN have no such form: 0, and res holds what printf says. */
int artex__xsd_double_general(char *res, size_t size, double v)
{
	char num[64];
	artex__snprintf_double_c(num, sizeof num, "%.15E", v);
	char *e = strchr(num, 'E');
	if (!e) {
		snprintf(res, size, "%s", num);
		return 0;
	}
	char *m = e;
	while (m > num + 2 && m[-1] == '0' && m[-2] != '.')
		m--;
	const char *x = e + 1;
	int neg = *x == '-';
	if (*x == '-' || *x == '+')
		x++;
	while (*x == '0' && x[1])
		x++;
	snprintf(res, size, "%.*sE%s%s", (int)(m - num), num, neg ? "-" : "", x);
	return 1;
}

/* Every confidence is a number of thousandths between 0 and 1, whose
 * sixteen significant digits are its own three and zeros; written here
 * without the two snprintf calls above, which cost more than all the
 * rest of a quad. tests/exporters/test_check.c compares the two for
 * every such number. */
int artex__xsd_double(char *res, size_t size, double v)
{
	long k = lround(v * 1000);
	if (!(v >= 0 && v <= 1) || signbit(v) || (double)k / 1000 != v || size < 8)
		return artex__xsd_double_general(res, size, v);
	char *p = res;
	if (k == 0 || k == 1000) {
		*p++ = k ? '1' : '0';
		memcpy(p, ".0E0", 5);
		return 1;
	}
	/* k * 10^s has three digits; the exponent is -1 - s. */
	int s = k >= 100 ? 0 : k >= 10 ? 1 : 2;
	/* Sixteen significant digits show k and zeros only when v is within
	 * half a unit of the sixteenth digit (10^-16-s) of k / 1000; fma
	 * gives v * 1000 - k exactly. 0.009 is 8.999999999999999E-3. */
	double off = fabs(fma(v, 1000.0, -(double)k));
	if (off >= (s == 0 ? 0.5e-13 : s == 1 ? 0.5e-14 : 0.5e-15))
		return artex__xsd_double_general(res, size, v);
	long d = k * (s == 0 ? 1 : s == 1 ? 10 : 100);
	*p++ = (char)('0' + d / 100);
	*p++ = '.';
	*p++ = (char)('0' + d / 10 % 10);
	if (d % 10)
		*p++ = (char)('0' + d % 10);
	*p++ = 'E';
	*p++ = '-';
	*p++ = (char)('1' + s);
	*p = '\0';
	return 1;
}

static void put_double(struct artex_buf *out, double v)
{
	char res[64];
	if (!artex__xsd_double(res, sizeof res, v)) {
		artex_buf_puts(out, res);
		return;
	}
	artex__put_quoted(out, res, strlen(res), 1);
	artex_buf_puts(out, "^^<" XSD_NS "double>");
}

static void put_subject(struct writer *w, const json_t *node, unsigned label);
static unsigned write_node(struct writer *w, const json_t *node);

static void put_object(struct writer *w, const char *key, const json_t *v)
{
	char num[64];
	switch (json_typeof(v)) {
	case JSON_STRING:
		if (coerced_to_iri(key)) {
			put_iri(w->out, "", json_string_value(v));
			break;
		}
		artex__put_quoted(w->out, json_string_value(v), json_string_length(v), 1);
		if (coerced_to_date(key))
			artex_buf_puts(w->out, "^^<" ARTEX__SCHEMA_NS "Date>");
		else if (w->language) {
			artex_buf_putc(w->out, '@');
			artex_buf_puts(w->out, w->language);
		}
		break;
	case JSON_INTEGER: {
		/* Offsets, one or two per quote: digits by hand, not printf. */
		long long i = (long long)json_integer_value(v);
		unsigned long long u = i < 0 ? 0ull - (unsigned long long)i : (unsigned long long)i;
		size_t at = sizeof num;
		do
			num[--at] = (char)('0' + u % 10);
		while ((u /= 10) != 0);
		if (i < 0)
			num[--at] = '-';
		artex_buf_putc(w->out, '"');
		artex_buf_put(w->out, num + at, sizeof num - at);
		artex_buf_puts(w->out, "\"^^<" XSD_NS "integer>");
		break;
	}
	case JSON_REAL:
		/* The JSON text decides: a real written without a fraction or
		 * exponent reads back as an integer. */
		artex__format_number(num, sizeof num, json_real_value(v));
		if (strpbrk(num, ".eE"))
			put_double(w->out, json_real_value(v));
		else
			artex_buf_printf(w->out, "\"%s\"^^<" XSD_NS "integer>", num);
		break;
	case JSON_TRUE:
	case JSON_FALSE:
		artex_buf_printf(w->out, "\"%s\"^^<" XSD_NS "boolean>",
		                 json_is_true(v) ? "true" : "false");
		break;
	default:
		break;
	}
}

static void put_subject(struct writer *w, const json_t *node, unsigned label)
{
	const char *id = json_string_value(json_object_get(node, "@id"));
	if (id)
		put_iri(w->out, "", id);
	else {
		char num[16];
		size_t n = sizeof num;
		do
			num[--n] = (char)('0' + label % 10);
		while ((label /= 10) != 0);
		artex_buf_puts(w->out, "_:b");
		artex_buf_put(w->out, num + n, sizeof num - n);
	}
}

/* Where a node's subject was first written, so that its further triples
 * copy those bytes instead of looking up and escaping its @id again. */
struct subject {
	size_t at, len; /* len 0: not written yet */
};

static void triple_start(struct writer *w, const json_t *node, unsigned label,
                         struct subject *subj)
{
	struct artex_buf *out = w->out;
	if (subj->len && artex_buf_grow(out, subj->len) == 0) {
		/* The bytes are in the buffer being appended to: room is made
		 * first, so that they are not moved while being copied. */
		artex_buf_put(out, out->data + subj->at, subj->len);
		return;
	}
	size_t at = out->len;
	put_subject(w, node, label);
	artex_buf_putc(out, ' ');
	if (!out->oom) {
		subj->at = at;
		subj->len = out->len - at;
	}
}

/* Writes the node's triples, nested nodes first getting their labels in
 * document order; returns the node's blank label (0 for IRI nodes). */
static unsigned write_node(struct writer *w, const json_t *node)
{
	unsigned label = json_object_get(node, "@id") ? 0 : ++w->blank;
	struct subject subj = {0, 0};
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)node, key, value) {
		if (strcmp(key, "@id") == 0)
			continue;
		size_t n = json_is_array(value) ? json_array_size(value) : 1;
		for (size_t i = 0; i < n; i++) {
			const json_t *v = json_is_array(value) ? json_array_get(value, i) : value;
			if (strcmp(key, "@type") == 0) {
				triple_start(w, node, label, &subj);
				artex_buf_puts(w->out, "<" RDF_TYPE "> ");
				put_term_iri(w->out, json_string_value(v));
				artex_buf_puts(w->out, " .\n");
				continue;
			}
			unsigned child = 0;
			int ref = json_is_object(v) && json_object_size(v) == 1 &&
			          json_object_get(v, "@id");
			if (json_is_object(v) && !ref)
				child = write_node(w, v);
			triple_start(w, node, label, &subj);
			put_term_iri(w->out, key);
			artex_buf_putc(w->out, ' ');
			if (json_is_object(v))
				put_subject(w, v, child);
			else
				put_object(w, key, v);
			artex_buf_puts(w->out, " .\n");
		}
	}
	return label;
}

static int nquads_write(struct artex_buf *out, const struct artex_article *art,
                        const struct artex_export_opts *opts,
                        struct artex__export_shared *shared, struct artex_error *err)
{
	const json_t *doc;
	int rc = artex__jsonld_graph(&doc, art, opts, shared, err);
	if (rc < 0)
		return rc;
	struct writer w = {.out = out};
	const json_t *ctx = json_object_get(doc, "@context");
	w.language = json_string_value(json_object_get(json_array_get(ctx, 1), "@language"));
	const json_t *graph = json_object_get(doc, "@graph");
	for (size_t i = 0; i < json_array_size(graph); i++)
		write_node(&w, json_array_get(graph, i));
	return 0;
}

const struct artex_exporter artex__exporter_nquads = {
	.name = "nquads",
	.suffix = ".nq",
	.media_type = "application/n-quads",
	.schema = NULL,
	.write = nquads_write,
};
