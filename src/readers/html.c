/* Web pages: saved HTML, crawls, CMS exports, optionally gzip-compressed.
 *
 * The bytes are brought to UTF-8 first (BOM, then <meta charset> or
 * http-equiv, else UTF-8 with a windows-1251/1252 fallback for pages that
 * are not valid UTF-8) and parsed by libxml2's HTML parser with the
 * document's own encoding hints ignored, no network and libxml2's nesting
 * cap. Each metadata field is then taken from the best source present, in
 * the order sources[] lists them; where a lesser source says otherwise, a
 * warning says so. The body comes from html_body.c. */
#include <errno.h>
#include <iconv.h>
#include <libxml/HTMLparser.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "readers/article_types.h"
#include "readers/html.h"
#include "readers/reader.h"
#include "util/date.h"
#include "util/error.h"
#include "util/fileio.h"
#include "util/langid.h"
#include "util/utf8.h"

/* ---- small helpers shared with html_body.c ---- */

const char *artex__html_name(const xmlNode *n)
{
	return n && n->type == XML_ELEMENT_NODE && n->name ? (const char *)n->name : "";
}

const char *artex__html_attr(const xmlNode *n, const char *name)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		if (a->name && strcmp((const char *)a->name, name) == 0) {
			const xmlNode *t = a->children;
			return t && t->type == XML_TEXT_NODE && t->content ? (const char *)t->content
			                                                    : "";
		}
	}
	return NULL;
}

xmlNodePtr artex__html_next(xmlNodePtr n, const xmlNode *root, int skip_children)
{
	if (!skip_children && n->children && n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n && n != root) {
		if (n->next)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

static int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

void artex__html_put_collapsed(struct artex_buf *b, const char *s, size_t len, int *space)
{
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (is_ws(c)) {
			*space = 1;
			i++;
			continue;
		}
		size_t run = i;
		while (run < len && (unsigned char)s[run] >= 0x20 && !is_ws((unsigned char)s[run]) &&
		       (unsigned char)s[run] != 0x7F && (unsigned char)s[run] != 0xEF)
			run++;
		if (run == i) {
			/* Controls go, and so do U+FFFE and U+FFFF (EF BF BE/BF);
			 * other EF-led characters stay. */
			if (c == 0xEF && !(i + 2 < len && (unsigned char)s[i + 1] == 0xBF &&
			                   ((unsigned char)s[i + 2] & 0xFE) == 0xBE)) {
				run = i + 1;
			} else {
				i += c == 0xEF ? 3 : 1;
				continue;
			}
		}
		if (*space && b->len)
			artex_buf_putc(b, ' ');
		*space = 0;
		artex_buf_put(b, s + i, run - i);
		i = run;
	}
}

void artex__html_node_text(struct artex_buf *b, const xmlNode *n)
{
	int space = 0;
	for (const xmlNode *c = n; c;) {
		int skip = 0;
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			const char *s = (const char *)c->content;
			if (s)
				artex__html_put_collapsed(b, s, strlen(s), &space);
		} else if (c != n && c->type == XML_ELEMENT_NODE) {
			const char *name = artex__html_name(c);
			skip = !strcmp(name, "script") || !strcmp(name, "style");
			if (!strcmp(name, "br") || !strcmp(name, "p") || !strcmp(name, "div") ||
			    !strcmp(name, "li"))
				space = 1;
		}
		c = artex__html_next((xmlNodePtr)(uintptr_t)c, n, skip);
	}
}

char *artex__html_node_text_dup(const xmlNode *n)
{
	struct artex_buf b = ARTEX_BUF_INIT;
	artex__html_node_text(&b, n);
	if (b.oom || !b.len) {
		artex_buf_dispose(&b);
		return NULL;
	}
	size_t len;
	return artex_buf_detach(&b, &len);
}

void artex__html_describe(struct artex_buf *b, const xmlNode *n)
{
	artex_buf_puts(b, artex__html_name(n));
	const char *id = artex__html_attr(n, "id"), *cls = artex__html_attr(n, "class");
	if (id && *id)
		artex_buf_printf(b, "#%.40s", id);
	if (cls && *cls) {
		int space = 0;
		artex_buf_putc(b, '.');
		size_t start = b->len;
		artex__html_put_collapsed(b, cls, strnlen(cls, 60), &space);
		for (size_t i = start; i < b->len; i++)
			if (b->data[i] == ' ')
				b->data[i] = '.';
	}
}

/* ---- bytes to UTF-8 ---- */

static int oom(struct artex_error *err)
{
	return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
}

static int fail(struct html_page *pg, int msg_id, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(struct html_page *pg, int msg_id, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	artex__verror(pg->err, ARTEX_EINVALID, msg_id, fmt, ap);
	va_end(ap);
	artex__error_file(pg->err, pg->file);
	return ARTEX_EINVALID;
}

static void warn(struct html_page *pg, const char *ptr, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void warn(struct html_page *pg, const char *ptr, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (pg->dump)
		artex_buf_printf(pg->dump, "warning: %s\n", msg);
	artex__article_warn(pg->art, ptr, msg);
}

static int is_gzip(const char *buf, size_t len)
{
	return len >= 2 && (unsigned char)buf[0] == 0x1F && (unsigned char)buf[1] == 0x8B;
}

/* The page inside a gzip stream (several members are read one after the
 * other, as gzip itself does), up to ARTEX_MAX_INPUT bytes. */
static int gunzip(struct html_page *pg, const char *buf, size_t len, struct artex_buf *out)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
		return oom(pg->err);
	z.next_in = (Bytef *)(uintptr_t)buf;
	int rc = Z_OK;
	size_t left = len;
	while (rc != Z_STREAM_END || left > 0) {
		if (rc == Z_STREAM_END) {
			if (!is_gzip((const char *)z.next_in, left))
				break; /* trailing bytes after the stream, as gzip -d ignores */
			inflateReset(&z);
		}
		if (artex_buf_grow(out, 1 << 16) < 0) {
			inflateEnd(&z);
			return oom(pg->err);
		}
		uInt chunk = left > (1u << 30) ? 1u << 30 : (uInt)left;
		z.avail_in = chunk;
		z.next_out = (Bytef *)out->data + out->len;
		z.avail_out = (uInt)(out->cap - out->len - 1);
		rc = inflate(&z, Z_NO_FLUSH);
		left -= chunk - z.avail_in;
		out->len = (size_t)((char *)z.next_out - out->data);
		out->data[out->len] = '\0';
		if (out->len > ARTEX_MAX_INPUT) {
			inflateEnd(&z);
			artex__error(pg->err, ARTEX_EINVALID, ARTEX_MSG_INPUT_TOO_LARGE,
			             "the page is over %zu MiB once decompressed",
			             (size_t)(ARTEX_MAX_INPUT >> 20));
			artex__error_file(pg->err, pg->file);
			return ARTEX_EINVALID;
		}
		if (rc == Z_BUF_ERROR && left == 0)
			break;
		if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
			inflateEnd(&z);
			return fail(pg, ARTEX_MSG_HTML_GZIP, "the gzip stream is damaged at byte %zu (%s)",
			            len - left, z.msg ? z.msg : "inflate failed");
		}
	}
	inflateEnd(&z);
	if (rc != Z_STREAM_END)
		return fail(pg, ARTEX_MSG_HTML_GZIP, "the gzip stream ends early, after %zu bytes",
		            len);
	return 0;
}

/* needle in lower case */
static const char *ascii_istr(const char *s, size_t len, const char *needle)
{
	size_t m = strlen(needle);
	for (size_t i = 0; i + m <= len; i++)
		if (artex__ascii_ieq(s + i, m, needle))
			return s + i;
	return NULL;
}

/* The charset an early <meta> or the XML declaration names, as the HTML
 * standard's prescan finds it (within the first 4 KiB). */
static int declared_charset(const char *buf, size_t len, char *name, size_t size)
{
	size_t window = len < 4096 ? len : 4096;
	const char *at = NULL;
	if (window > 5 && memcmp(buf, "<?xml", 5) == 0) {
		const char *end = memchr(buf, '>', window);
		at = end ? ascii_istr(buf, (size_t)(end - buf), "encoding") : NULL;
		if (at)
			at += 8;
	}
	for (const char *p = buf; !at && (p = ascii_istr(p, window - (size_t)(p - buf), "<meta"));
	     p += 5) {
		const char *end = memchr(p, '>', window - (size_t)(p - buf));
		if (!end)
			break;
		const char *cs = ascii_istr(p, (size_t)(end - p), "charset");
		if (cs)
			at = cs + 7;
	}
	if (!at)
		return 0;
	const char *end = buf + window;
	while (at < end && (is_ws((unsigned char)*at) || *at == '='))
		at++;
	while (at < end && (*at == '"' || *at == '\''))
		at++;
	size_t n = 0;
	while (at + n < end && n + 1 < size &&
	       (strchr("-_.:", at[n]) || (at[n] >= '0' && at[n] <= '9') ||
	        ((at[n] | 32) >= 'a' && (at[n] | 32) <= 'z')))
		n++;
	for (size_t i = 0; i < n; i++)
		name[i] = at[i] >= 'a' && at[i] <= 'z' ? (char)(at[i] - 32) : at[i];
	name[n] = '\0';
	return n > 0;
}

/* Labels browsers read as another encoding (the Encoding Standard's
 * aliases that matter in practice). */
static const char *canonical_charset(const char *name)
{
	static const char *const utf8[] = {"UTF-8", "UTF8", "UNICODE-1-1-UTF-8", "UTF-16",
	                                   "UTF-16LE", "UTF-16BE", NULL};
	static const char *const latin[] = {"ISO-8859-1", "ISO8859-1", "LATIN1", "L1", "US-ASCII",
	                                    "ASCII", "CP1252", "WINDOWS-1252", "X-USER-DEFINED",
	                                    "ISO_8859-1", NULL};
	for (const char *const *u = utf8; *u; u++)
		if (strcmp(name, *u) == 0)
			return "UTF-8"; /* a <meta> cannot really name UTF-16 */
	for (const char *const *l = latin; *l; l++)
		if (strcmp(name, *l) == 0)
			return "WINDOWS-1252";
	if (strcmp(name, "CP1251") == 0)
		return "WINDOWS-1251";
	return name;
}

/* Without a declaration, bytes that are not UTF-8 are most often Cyrillic
 * in windows-1251, where letters (C0-FF) come in runs, or Western text in
 * windows-1252, where they stand alone between ASCII letters. */
static const char *guess_legacy(const char *buf, size_t len)
{
	size_t high = 0, paired = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)buf[i];
		if (c < 0xC0 && c != 0xA8 && c != 0xB8)
			continue;
		high++;
		unsigned char d = i + 1 < len ? (unsigned char)buf[i + 1] : 0;
		if (d >= 0xC0 || d == 0xA8 || d == 0xB8)
			paired++;
	}
	return high > 0 && 2 * paired >= high ? "WINDOWS-1251" : "WINDOWS-1252";
}

/* Converts through iconv; bytes the charset does not define become U+FFFD
 * and are counted. */
static int convert(struct html_page *pg, const char *buf, size_t len, const char *charset,
                   struct artex_buf *out, size_t *replaced)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	if (cd == (iconv_t)-1)
		return -1;
	char *in = (char *)(uintptr_t)buf;
	size_t left = len;
	*replaced = 0;
	while (left > 0) {
		if (artex_buf_grow(out, left * 2 + 16) < 0) {
			iconv_close(cd);
			return oom(pg->err);
		}
		char *o = out->data + out->len;
		size_t room = out->cap - out->len - 1;
		size_t r = iconv(cd, &in, &left, &o, &room);
		out->len = (size_t)(o - out->data);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		artex_buf_put(out, "\xEF\xBF\xBD", 3);
		(*replaced)++;
		in++;
		left--;
		if (errno == EINVAL)
			break;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	if (out->oom)
		return oom(pg->err);
	if (out->data)
		out->data[out->len] = '\0';
	return 0;
}

/* The page as UTF-8 in `out`. */
static int decode(struct html_page *pg, const char *buf, size_t len, struct artex_buf *out)
{
	char declared[64] = "";
	const char *charset = NULL, *why = "";
	size_t skip = 0;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		charset = "UTF-8";
		skip = 3;
	} else if (len >= 2 && memcmp(buf, "\xFF\xFE", 2) == 0) {
		charset = "UTF-16LE";
		skip = 2;
	} else if (len >= 2 && memcmp(buf, "\xFE\xFF", 2) == 0) {
		charset = "UTF-16BE";
		skip = 2;
	} else if (declared_charset(buf, len, declared, sizeof declared)) {
		charset = canonical_charset(declared);
	}
	buf += skip;
	len -= skip;
	size_t replaced = 0;
	int rc = -1;
	if (charset && strcmp(charset, "UTF-8") != 0 &&
	    (rc = convert(pg, buf, len, charset, out, &replaced)) == -1) {
		warn(pg, "", "unknown charset \"%s\"; read as UTF-8", declared);
		charset = NULL;
	}
	if (rc == -1) {
		size_t bad = artex__utf8_invalid_at(buf, len);
		if (bad == (size_t)-1)
			return artex_buf_put(out, buf, len) < 0 ? oom(pg->err) : 0;
		const char *guess = guess_legacy(buf, len);
		if (charset)
			warn(pg, "", "the page says UTF-8 but is not (invalid byte at offset %zu); "
			     "read as %s", bad + skip, guess);
		charset = guess;
		why = " (guessed)";
		if ((rc = convert(pg, buf, len, charset, out, &replaced)) == -1)
			return oom(pg->err);
	}
	if (rc < 0)
		return rc;
	if (replaced)
		warn(pg, "", "%zu bytes are no characters in %s%s and became U+FFFD", replaced,
		     charset, why);
	return 0;
}

/* ---- metadata ---- */

enum field { F_HEADLINE, F_PUBLISHED, F_MODIFIED, F_AUTHORS, F_PUBLISHER, F_SECTION,
             F_LANGUAGE, F_URL, F_KEYWORDS, N_FIELDS };

static const char *const field_names[N_FIELDS] = {
	"headline", "date_published", "date_modified", "authors", "publisher",
	"section",  "language",       "url",           "keywords"};

enum source { S_JSONLD, S_MICRODATA, S_OPENGRAPH, S_META, S_TIME, S_H1, S_TITLE, S_LANG,
              S_CANONICAL, N_SOURCES };

static const char *const source_names[N_SOURCES] = {
	"JSON-LD", "microdata", "Open Graph", "<meta>", "<time>", "<h1>", "<title>",
	"<html lang>", "<link rel=canonical>"};

/* One value per field and source; lists are joined by '\x1F'. */
struct meta {
	char *value[N_FIELDS][N_SOURCES];
	const struct artex_strlist *jsonld_body;
	struct artex_article *scratch; /* the JSON-LD reader's article */
};

static char *collapsed(const char *s, size_t len)
{
	struct artex_buf b = ARTEX_BUF_INIT;
	int space = 0;
	artex__html_put_collapsed(&b, s, len, &space);
	if (b.oom || !b.len) {
		artex_buf_dispose(&b);
		return NULL;
	}
	size_t n;
	char *d = artex_buf_detach(&b, &n);
	if (artex__utf8_is_nfc(d, n))
		return d;
	char *nfc = artex__utf8_nfc(d, n, &n);
	free(d);
	return nfc;
}

/* Sets a source's value for a field unless it has one; values are single
 * lines of NFC text. Lists append. */
static void offer(struct meta *m, enum field f, enum source s, const char *v)
{
	if (!v)
		return;
	char *c = collapsed(v, strlen(v));
	if (!c)
		return;
	char **slot = &m->value[f][s];
	if (f == F_AUTHORS && strncmp(c, "By ", 3) == 0)
		memmove(c, c + 3, strlen(c + 3) + 1);
	if (!*c) {
		free(c);
		return;
	}
	if (!*slot) {
		*slot = c;
		return;
	}
	if (f == F_AUTHORS || f == F_KEYWORDS) {
		size_t n = strlen(*slot), k = strlen(c);
		char *joined = realloc(*slot, n + k + 2);
		if (joined) {
			joined[n] = '\x1F';
			memcpy(joined + n + 1, c, k + 1);
			*slot = joined;
		}
	}
	free(c);
}

/* itemtype/typeof values: URLs or prefixed names, several per attribute. */
static int names_article_type(const char *v)
{
	if (!v)
		return 0;
	while (*v) {
		while (*v && is_ws((unsigned char)*v))
			v++;
		size_t n = strcspn(v, " \t\r\n");
		const char *last = v;
		for (size_t i = 0; i < n; i++)
			if (v[i] == '/' || v[i] == ':' || v[i] == '#')
				last = v + i + 1;
		for (const char *const *t = artex__article_types; *t; t++)
			if ((size_t)(v + n - last) == strlen(*t) && strncmp(last, *t, strlen(*t)) == 0)
				return 1;
		v += n;
	}
	return 0;
}

/* The schema.org term of an itemprop or RDFa property token. */
static const char *term_of(const char *tok, size_t n, char *out, size_t size)
{
	static const char *const prefixes[] = {"schema:", "http://schema.org/",
	                                       "https://schema.org/", NULL};
	for (const char *const *p = prefixes; *p; p++)
		if (n > strlen(*p) && strncmp(tok, *p, strlen(*p)) == 0) {
			tok += strlen(*p);
			n -= strlen(*p);
			break;
		}
	if (n >= size || memchr(tok, ':', n))
		return NULL;
	memcpy(out, tok, n);
	out[n] = '\0';
	return out;
}

static int is_scope(const xmlNode *n, int rdfa)
{
	if (!n->properties)
		return 0;
	return rdfa ? artex__html_attr(n, "typeof") != NULL
	            : artex__html_attr(n, "itemscope") != NULL;
}

/* The value of a microdata or RDFa property element, as HTML defines it. */
static char *prop_value(const xmlNode *n, int rdfa)
{
	const char *name = artex__html_name(n), *v = artex__html_attr(n, "content");
	if (!v && !strcmp(name, "time"))
		v = artex__html_attr(n, "datetime");
	if (!v && (!strcmp(name, "a") || !strcmp(name, "link") || !strcmp(name, "area")) &&
	    (!rdfa || artex__html_attr(n, "href")))
		v = artex__html_attr(n, "href");
	if (!v && (!strcmp(name, "data") || !strcmp(name, "meter")))
		v = artex__html_attr(n, "value");
	if (v)
		return strdup(v);
	if (is_scope(n, rdfa)) {
		/* An author or publisher given as a Person or Organization:
		 * its name. */
		const char *want = rdfa ? "property" : "itemprop";
		for (xmlNodePtr c = n->children; c; c = artex__html_next(c, n, 0)) {
			const char *p = artex__html_attr(c, want);
			char term[32];
			if (p && term_of(p, strlen(p), term, sizeof term) && !strcmp(term, "name"))
				return prop_value(c, rdfa);
		}
		return NULL;
	}
	return artex__html_node_text_dup(n);
}

static void microdata_prop(struct html_page *pg, struct meta *m, const xmlNode *n,
                           const char *term, int rdfa)
{
	static const struct {
		const char *term;
		enum field field;
	} map[] = {{"headline", F_HEADLINE},       {"datePublished", F_PUBLISHED},
	           {"dateCreated", F_PUBLISHED},   {"dateModified", F_MODIFIED},
	           {"author", F_AUTHORS},          {"creator", F_AUTHORS},
	           {"publisher", F_PUBLISHER},     {"articleSection", F_SECTION},
	           {"inLanguage", F_LANGUAGE},     {"url", F_URL},
	           {"keywords", F_KEYWORDS}};
	if (!strcmp(term, "articleBody")) {
		if (!pg->body_hint)
			pg->body_hint = (xmlNodePtr)(uintptr_t)n;
		return;
	}
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		if (strcmp(map[i].term, term) != 0)
			continue;
		char *v = prop_value(n, rdfa);
		if (map[i].field == F_KEYWORDS && v) {
			for (char *k = strtok(v, ","); k; k = strtok(NULL, ","))
				offer(m, F_KEYWORDS, S_MICRODATA, k);
		} else {
			offer(m, map[i].field, S_MICRODATA, v);
		}
		free(v);
	}
	if (!strcmp(term, "name") && !m->value[F_HEADLINE][S_MICRODATA]) {
		char *v = prop_value(n, rdfa);
		offer(m, F_HEADLINE, S_MICRODATA, v);
		free(v);
	}
}

/* Properties of the first article scope (itemscope/itemtype, or RDFa's
 * typeof) that belong to it and not to a scope nested inside. */
static void microdata(struct html_page *pg, struct meta *m, int rdfa)
{
	xmlNodePtr scope = NULL;
	for (xmlNodePtr n = xmlDocGetRootElement(pg->doc); n && !scope;
	     n = artex__html_next(n, NULL, 0))
		if (is_scope(n, rdfa) &&
		    names_article_type(artex__html_attr(n, rdfa ? "typeof" : "itemtype")))
			scope = n;
	if (!scope)
		return;
	const char *attr = rdfa ? "property" : "itemprop";
	for (xmlNodePtr n = scope->children; n;) {
		const char *props = artex__html_attr(n, attr);
		int nested = is_scope(n, rdfa);
		for (const char *p = props; p && *p;) {
			while (*p && is_ws((unsigned char)*p))
				p++;
			size_t len = strcspn(p, " \t\r\n");
			char term[32];
			if (len && term_of(p, len, term, sizeof term))
				microdata_prop(pg, m, n, term, rdfa);
			p += len;
		}
		n = artex__html_next(n, scope, nested);
	}
}

static void open_graph(struct meta *m, const char *key, const char *content)
{
	static const struct {
		const char *key;
		enum field field;
		enum source source;
	} map[] = {
		{"og:title", F_HEADLINE, S_OPENGRAPH},
		{"og:url", F_URL, S_OPENGRAPH},
		{"og:site_name", F_PUBLISHER, S_OPENGRAPH},
		{"og:locale", F_LANGUAGE, S_OPENGRAPH},
		{"article:published_time", F_PUBLISHED, S_OPENGRAPH},
		{"article:modified_time", F_MODIFIED, S_OPENGRAPH},
		{"og:updated_time", F_MODIFIED, S_OPENGRAPH},
		{"article:author", F_AUTHORS, S_OPENGRAPH},
		{"article:section", F_SECTION, S_OPENGRAPH},
		{"article:tag", F_KEYWORDS, S_OPENGRAPH},
		{"dc.title", F_HEADLINE, S_META},
		{"dcterms.title", F_HEADLINE, S_META},
		{"dc.creator", F_AUTHORS, S_META},
		{"dcterms.creator", F_AUTHORS, S_META},
		{"author", F_AUTHORS, S_META},
		{"dc.date", F_PUBLISHED, S_META},
		{"dc.date.issued", F_PUBLISHED, S_META},
		{"dcterms.issued", F_PUBLISHED, S_META},
		{"dcterms.created", F_PUBLISHED, S_META},
		{"dcterms.date", F_PUBLISHED, S_META},
		{"date", F_PUBLISHED, S_META},
		{"pubdate", F_PUBLISHED, S_META},
		{"publish-date", F_PUBLISHED, S_META},
		{"dcterms.modified", F_MODIFIED, S_META},
		{"last-modified", F_MODIFIED, S_META},
		{"dc.publisher", F_PUBLISHER, S_META},
		{"dcterms.publisher", F_PUBLISHER, S_META},
		{"dc.language", F_LANGUAGE, S_META},
		{"dcterms.language", F_LANGUAGE, S_META},
		{"content-language", F_LANGUAGE, S_META},
		{"dc.subject", F_KEYWORDS, S_META},
		{"keywords", F_KEYWORDS, S_META},
		{"news_keywords", F_KEYWORDS, S_META},
	};
	char k[48];
	size_t n = strlen(key);
	if (n >= sizeof k)
		return;
	for (size_t i = 0; i <= n; i++)
		k[i] = key[i] >= 'A' && key[i] <= 'Z' ? (char)(key[i] + 32) : key[i];
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		if (strcmp(map[i].key, k) != 0)
			continue;
		/* article:author is often the author's profile URL, not a name. */
		if (map[i].field == F_AUTHORS && strstr(content, "://"))
			return;
		if (map[i].field == F_KEYWORDS && map[i].source == S_META) {
			char *copy = strdup(content);
			for (char *t = copy ? strtok(copy, ",;") : NULL; t; t = strtok(NULL, ",;"))
				offer(m, F_KEYWORDS, S_META, t);
			free(copy);
		} else {
			offer(m, map[i].field, map[i].source, content);
		}
		return;
	}
}

/* Copies what the JSON-LD reader found into the page's sources. */
static void take_jsonld(struct meta *m, const struct artex_article *a)
{
	offer(m, F_HEADLINE, S_JSONLD, a->headline);
	offer(m, F_PUBLISHED, S_JSONLD, a->date_published);
	offer(m, F_MODIFIED, S_JSONLD, a->date_modified);
	offer(m, F_PUBLISHER, S_JSONLD, a->publisher);
	offer(m, F_SECTION, S_JSONLD, a->section);
	offer(m, F_LANGUAGE, S_JSONLD, a->language);
	offer(m, F_URL, S_JSONLD, a->url);
	for (size_t i = 0; i < a->authors.count; i++)
		offer(m, F_AUTHORS, S_JSONLD, a->authors.items[i]);
	for (size_t i = 0; i < a->keywords.count; i++)
		offer(m, F_KEYWORDS, S_JSONLD, a->keywords.items[i]);
}

static void jsonld_block(struct html_page *pg, struct meta *m, const xmlNode *script,
                         size_t index)
{
	if (m->scratch)
		return; /* the first block that describes an article wins */
	struct artex_buf b = ARTEX_BUF_INIT;
	for (const xmlNode *c = script->children; c; c = c->next)
		if (c->content)
			artex_buf_puts(&b, (const char *)c->content);
	if (b.oom || !b.len) {
		artex_buf_dispose(&b);
		return;
	}
	/* Some CMSs wrap the block in an HTML comment or CDATA markers. */
	char *s = b.data;
	size_t len = b.len;
	while (len && is_ws((unsigned char)*s))
		s++, len--;
	if (len >= 4 && !memcmp(s, "<!--", 4))
		s += 4, len -= 4;
	while (len && is_ws((unsigned char)s[len - 1]))
		len--;
	if (len >= 3 && !memcmp(s + len - 3, "-->", 3))
		len -= 3;
	struct artex_article *scratch = artex__article_new();
	struct artex_error err;
	if (!scratch) {
		artex_buf_dispose(&b);
		return;
	}
	if (artex__jsonld_metadata(scratch, s, len, pg->file, &err) == 0) {
		m->scratch = scratch;
		const char *free_at = ascii_istr(s, len, "\"isaccessibleforfree\"");
		if (free_at) {
			const char *v = free_at + 21;
			while (v < s + len && (is_ws((unsigned char)*v) || *v == ':' || *v == '"'))
				v++;
			if (v + 5 <= s + len && artex__ascii_ieq(v, 5, "false"))
				warn(pg, "/body", "the page marks the article as not free to read "
				     "(isAccessibleForFree: false); the body may be a teaser");
		}
		take_jsonld(m, scratch);
		if (scratch->paragraphs.count)
			m->jsonld_body = &scratch->paragraphs;
		for (size_t i = 0; i < scratch->warnings.count; i++)
			warn(pg, "", "ld+json block %zu: %s", index + 1, scratch->warnings.items[i]);
	} else {
		if (err.msg_id != ARTEX_MSG_JSONLD_NO_ARTICLE)
			warn(pg, "", "ld+json block %zu is left out: %s", index + 1, err.message);
		artex_article_free(scratch);
	}
	artex_buf_dispose(&b);
}

/* One pass over the document for everything but microdata. */
static void scan(struct html_page *pg, struct meta *m)
{
	xmlNodePtr root = xmlDocGetRootElement(pg->doc);
	size_t jsonld = 0, times = 0;
	int in_body = 0;
	const xmlNode *marked = NULL, *first_time = NULL;
	if (root)
		offer(m, F_LANGUAGE, S_LANG, artex__html_attr(root, "lang"));
	for (xmlNodePtr n = root; n; n = artex__html_next(n, NULL, 0)) {
		const char *name = artex__html_name(n);
		/* Only these tags matter here; most elements stop at the switch. */
		switch (name[0]) {
		case 'b': case 'h': case 'l': case 'm': case 's': case 't':
			break;
		default:
			continue;
		}
		if (!strcmp(name, "body"))
			in_body = 1;
		if (!strcmp(name, "meta")) {
			const char *content = artex__html_attr(n, "content");
			const char *keys[] = {artex__html_attr(n, "property"),
			                      artex__html_attr(n, "name"),
			                      artex__html_attr(n, "http-equiv")};
			for (int k = 0; content && k < 3; k++)
				if (keys[k])
					open_graph(m, keys[k], content);
		} else if (!strcmp(name, "link")) {
			const char *rel = artex__html_attr(n, "rel");
			if (rel && artex__ascii_ieq(rel, strlen(rel), "canonical"))
				offer(m, F_URL, S_CANONICAL, artex__html_attr(n, "href"));
		} else if (!strcmp(name, "title") && !in_body && !m->value[F_HEADLINE][S_TITLE]) {
			char *t = prop_value(n, 0);
			offer(m, F_HEADLINE, S_TITLE, t);
			free(t);
		} else if (!strcmp(name, "h1") && !m->value[F_HEADLINE][S_H1]) {
			char *t = prop_value(n, 0);
			offer(m, F_HEADLINE, S_H1, t);
			free(t);
		} else if (!strcmp(name, "time") && in_body && artex__html_attr(n, "datetime")) {
			/* The article's own date is marked (pubdate, a "published"
			 * class) or is the page's only one; live blogs and comment
			 * threads have a time per entry. */
			const char *cls = artex__html_attr(n, "class");
			if (!marked && (artex__html_attr(n, "pubdate") ||
			                (cls && ascii_istr(cls, strlen(cls), "publish")))) {
				marked = n;
			}
			if (!first_time)
				first_time = n;
			times++;
		} else if (!strcmp(name, "script")) {
			const char *type = artex__html_attr(n, "type");
			if (type && ascii_istr(type, strlen(type), "ld+json"))
				jsonld_block(pg, m, n, jsonld++);
		}
	}
	if (marked || times == 1)
		offer(m, F_PUBLISHED, S_TIME, artex__html_attr(marked ? marked : first_time, "datetime"));
}

/* ---- choosing among sources ---- */

static void lower_ascii(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s + 32);
}

/* Value normalised for comparison: dates to the model's form, language
 * tags to their primary subtag, text casefolded (ASCII) without a final
 * slash. */
static char *comparable(enum field f, const char *v)
{
	char *c = strdup(v);
	if (!c)
		return NULL;
	if (f == F_PUBLISHED || f == F_MODIFIED) {
		char d[48];
		if (artex__date_normalise(d, v) == 0) {
			free(c);
			c = strdup(d);
		}
		return c;
	}
	lower_ascii(c);
	if (f == F_LANGUAGE)
		c[strcspn(c, "-_")] = '\0';
	size_t n = strlen(c);
	if (f == F_URL && n && c[n - 1] == '/')
		c[n - 1] = '\0';
	if (f == F_URL && !strncmp(c, "http://", 7))
		memmove(c + 4, c + 5, strlen(c + 5) + 1);
	return c;
}

static int is_separator(const char *s)
{
	while (*s == ' ')
		s++;
	return *s == '|' || *s == '-' || *s == ':' || !strncmp(s, "\xE2\x80\x93", 3) ||
	       !strncmp(s, "\xE2\x80\x94", 3) || !strncmp(s, "\xC2\xB7", 2) ||
	       !strncmp(s, "\xC2\xBB", 2) || *s == '/';
}

static int instant(const char *d, long long *out);

/* Two values of one field say the same: equal once normalised; a
 * headline with the site's name before or after it; a date alone and a
 * date-time on that day; one instant written in two zones. */
static int agree(enum field f, const char *a, const char *b)
{
	char *x = comparable(f, a), *y = comparable(f, b);
	int same = 0;
	if (x && y) {
		size_t nx = strlen(x), ny = strlen(y);
		same = strcmp(x, y) == 0;
		long long ix, iy;
		if (!same && (f == F_PUBLISHED || f == F_MODIFIED))
			same = ((nx == 10 || ny == 10) && !strncmp(x, y, 10)) ||
			       (instant(x, &ix) && instant(y, &iy) && ix == iy);
		if (!same && f == F_HEADLINE && nx != ny) {
			const char *lng = nx > ny ? x : y, *sht = nx > ny ? y : x;
			size_t ns = strlen(sht), nl = strlen(lng);
			same = (!strncmp(lng, sht, ns) && is_separator(lng + ns)) ||
			       (!strcmp(lng + nl - ns, sht) && nl - ns >= 2 &&
			        (lng[nl - ns - 1] == ' ') && is_separator(lng + nl - ns - 2 -
			        (nl - ns >= 3 && ((unsigned char)lng[nl - ns - 2] & 0xC0) == 0x80
			         ? ((unsigned char)lng[nl - ns - 3] & 0xE0) == 0xE0 ? 2 : 1 : 0)));
		}
	}
	free(x);
	free(y);
	return same;
}

/* Minutes since 1970 of a model date-time with a zone; 0 without one. */
static int instant(const char *d, long long *out)
{
	int y, mo, day, h, mi, oh = 0, om = 0;
	size_t n = strlen(d);
	if (n < 16 || !artex__date_digits(d, 4, &y) || !artex__date_digits(d + 5, 2, &mo) || !artex__date_digits(d + 8, 2, &day) ||
	    !artex__date_digits(d + 11, 2, &h) || !artex__date_digits(d + 14, 2, &mi))
		return 0;
	int sign = 0;
	if (d[n - 1] == 'Z')
		sign = 1;
	else if (n >= 22 && (d[n - 6] == '+' || d[n - 6] == '-') && artex__date_digits(d + n - 5, 2, &oh) &&
	         artex__date_digits(d + n - 2, 2, &om))
		sign = d[n - 6] == '+' ? 1 : -1;
	if (!sign)
		return 0;
	/* days from civil (Howard Hinnant's algorithm) */
	long long yy = y - (mo <= 2);
	long long era = (yy >= 0 ? yy : yy - 399) / 400;
	long long yoe = yy - era * 400;
	long long doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	long long days = era * 146097 + doe - 719468;
	*out = days * 1440 + h * 60 + mi - sign * (oh * 60 + om);
	return 1;
}

static const char *to_arena(struct html_page *pg, const char *s)
{
	return artex__article_str(pg->art, s);
}

static int add_list(struct html_page *pg, struct artex_strlist *list, const char *joined)
{
	for (const char *p = joined; p && *p;) {
		size_t n = strcspn(p, "\x1F");
		const char *item = artex__article_strn(pg->art, p, n);
		int dup = 0;
		for (size_t i = 0; item && i < list->count && !dup; i++)
			dup = strcmp(list->items[i], item) == 0;
		if (!item || (!dup && artex__strlist_add_arena(pg->art, list, item) < 0))
			return oom(pg->err);
		p += n + (p[n] != '\0');
	}
	return 0;
}

/* The value kept for a field, with a warning for every lesser source that
 * disagrees. */
static const char *choose(struct html_page *pg, struct meta *m, enum field f)
{
	int best = -1;
	char ptr[32];
	snprintf(ptr, sizeof ptr, "/%s", field_names[f]);
	for (int s = 0; s < N_SOURCES; s++) {
		const char *v = m->value[f][s];
		if (!v)
			continue;
		if ((f == F_PUBLISHED || f == F_MODIFIED)) {
			char d[48];
			if (artex__date_normalise(d, v) != 0) {
				warn(pg, ptr, "%s %s \"%.80s\" is no date artex can read; left out",
				     source_names[s], field_names[f], v);
				free(m->value[f][s]);
				m->value[f][s] = NULL;
				continue;
			}
		}
		if (f == F_URL && !artex__valid_iri(v)) {
			continue; /* relative links say nothing of the page's address */
		}
		if (f == F_LANGUAGE) {
			for (char *c = m->value[f][s]; *c; c++)
				if (*c == '_')
					*c = '-';
			if (!artex__valid_language(v))
				continue;
		}
		if (best < 0) {
			best = s;
			continue;
		}
		if (f == F_KEYWORDS)
			continue;
		const char *kept = m->value[f][best];
		if (f == F_AUTHORS) {
			/* the same people in any order */
			char *x = strdup(kept), *y = strdup(v);
			int same = x && y;
			if (same) {
				lower_ascii(x);
				lower_ascii(y);
				for (char *p = y; same && *p;) {
					size_t n = strcspn(p, "\x1F");
					char save = p[n];
					p[n] = '\0';
					same = strstr(x, p) != NULL;
					p[n] = save;
					p += n + (save != '\0');
				}
			}
			free(x);
			free(y);
			if (same)
				continue;
		} else if (agree(f, kept, v)) {
			continue;
		}
		char a[200], b[200];
		snprintf(a, sizeof a, "%s", kept);
		snprintf(b, sizeof b, "%s", v);
		for (char *c = a; *c; c++)
			if (*c == '\x1F')
				*c = ';';
		for (char *c = b; *c; c++)
			if (*c == '\x1F')
				*c = ';';
		warn(pg, ptr, "%s: %s says \"%.150s\", %s says \"%.150s\"; the first is kept",
		     field_names[f], source_names[best], a, source_names[s], b);
	}
	if (best < 0)
		return NULL;
	if (pg->dump)
		artex_buf_printf(pg->dump, "meta  %-14s from %s\n", field_names[f],
		                 source_names[best]);
	return m->value[f][best];
}

static int apply(struct html_page *pg, struct meta *m)
{
	struct artex_article *a = pg->art;
	const char *v;
	char d[48];
	if ((v = choose(pg, m, F_HEADLINE)) && !(a->headline = to_arena(pg, v)))
		return oom(pg->err);
	const char **dates[] = {&a->date_published, &a->date_modified};
	for (int i = 0; i < 2; i++)
		if ((v = choose(pg, m, i ? F_MODIFIED : F_PUBLISHED)) &&
		    artex__date_normalise(d, v) == 0 && !(*dates[i] = to_arena(pg, d)))
			return oom(pg->err);
	if ((v = choose(pg, m, F_PUBLISHER)) && !(a->publisher = to_arena(pg, v)))
		return oom(pg->err);
	if ((v = choose(pg, m, F_SECTION)) && !(a->section = to_arena(pg, v)))
		return oom(pg->err);
	if ((v = choose(pg, m, F_LANGUAGE)) && !(a->language = to_arena(pg, v)))
		return oom(pg->err);
	if ((v = choose(pg, m, F_URL)) && !(a->url = to_arena(pg, v)))
		return oom(pg->err);
	int rc;
	if ((v = choose(pg, m, F_AUTHORS)) && (rc = add_list(pg, &a->authors, v)) < 0)
		return rc;
	if ((v = choose(pg, m, F_KEYWORDS)) && (rc = add_list(pg, &a->keywords, v)) < 0)
		return rc;
	pg->headline = a->headline;
	return 0;
}

const char *artex__html_byline(const char *s)
{
	static const char *const words[] = {"By ", "by ", "BY ", "Von ", "von ", "Par ", "par ",
	                                    "Por ", "por ", NULL};
	while (*s == ' ')
		s++;
	for (const char *const *w = words; *w; w++)
		if (!strncmp(s, *w, strlen(*w)))
			return s + strlen(*w);
	return NULL;
}

/* Names from a byline ("By Ann Lee and Bo Chan, June 3, 2025"): up to the
 * first comma, bar or dash, split at " and ". Only name-like parts (one
 * to four words, each capitalised) count. */
static int authors_from_byline(struct html_page *pg)
{
	const char *s = artex__html_byline(pg->byline);
	if (!s)
		s = pg->byline;
	while (*s == ' ')
		s++;
	size_t n = strcspn(s, ",|\xC2\xB7");
	const char *dash = strstr(s, " - ");
	if (dash && (size_t)(dash - s) < n)
		n = (size_t)(dash - s);
	char *names = strndup(s, n);
	if (!names)
		return oom(pg->err);
	int rc = 0;
	for (char *p = names; p && *p && rc == 0;) {
		char *and = strstr(p, " and ");
		if (and)
			*and = '\0';
		size_t words = 0, len = strlen(p);
		int ok = len > 0;
		for (char *w = p; ok && *w;) {
			ok = (*w >= 'A' && *w <= 'Z') || ((unsigned char)*w >= 0xC0);
			words++;
			w += strcspn(w, " ");
			w += strspn(w, " ");
		}
		if (ok && words <= 4) {
			char *c = collapsed(p, len);
			const char *a = c ? to_arena(pg, c) : NULL;
			free(c);
			if (!a || artex__strlist_add_arena(pg->art, &pg->art->authors, a) < 0)
				rc = oom(pg->err);
		}
		p = and ? and + 5 : NULL;
	}
	free(names);
	if (rc == 0 && pg->dump && pg->art->authors.count)
		artex_buf_puts(pg->dump, "meta  authors        from the byline\n");
	return rc;
}

static void meta_dispose(struct meta *m)
{
	for (int f = 0; f < N_FIELDS; f++)
		for (int s = 0; s < N_SOURCES; s++)
			free(m->value[f][s]);
	artex_article_free(m->scratch);
}

/* ---- the reader ---- */

static int parse(struct html_page *pg, const char *buf, size_t len)
{
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt)
		return oom(pg->err);
	/* The encoding is settled already: the page's own hints must not
	 * switch the parser away from UTF-8. */
	int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	              HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
	pg->doc = htmlCtxtReadMemory(ctxt, buf, (int)len, NULL, "UTF-8", options);
	const char *msg = ctxt->lastError.message;
	if (pg->doc && msg && strstr(msg, "depth"))
		warn(pg, "", "the page nests elements deeper than libxml2's limit; what lies "
		     "deeper is left out");
	htmlFreeParserCtxt(ctxt);
	if (!pg->doc || !xmlDocGetRootElement(pg->doc))
		return fail(pg, ARTEX_MSG_HTML_NO_TEXT, "the page holds no HTML elements");
	for (xmlNodePtr n = xmlDocGetRootElement(pg->doc); n && !pg->body;
	     n = artex__html_next(n, NULL, 0))
		if (!strcmp(artex__html_name(n), "body"))
			pg->body = n;
	if (!pg->body)
		pg->body = xmlDocGetRootElement(pg->doc);
	return 0;
}

static int body_from_jsonld(struct html_page *pg, const struct artex_strlist *paras)
{
	warn(pg, "/body", "no article text found in the page's markup; the body is the "
	     "JSON-LD articleBody");
	for (size_t i = 0; i < paras->count; i++) {
		char *c = collapsed(paras->items[i], strlen(paras->items[i]));
		const char *p = c ? to_arena(pg, c) : NULL;
		free(c);
		if (p && artex__strlist_add_arena(pg->art, &pg->art->paragraphs, p) < 0)
			return oom(pg->err);
	}
	return 0;
}

static int read_page(struct html_page *pg, const char *buf, size_t len)
{
	struct artex_buf raw = ARTEX_BUF_INIT, text = ARTEX_BUF_INIT;
	struct meta m;
	memset(&m, 0, sizeof m);
	int rc = 0;
	if (is_gzip(buf, len)) {
		if ((rc = gunzip(pg, buf, len, &raw)) < 0)
			goto done;
		buf = raw.data;
		len = raw.len;
	}
	if ((rc = decode(pg, buf, len, &text)) < 0)
		goto done;
	artex_buf_dispose(&raw);
	/* NUL ends the parser's strings early; HTML reads it as U+FFFD. */
	for (size_t i = 0; i < text.len; i++)
		if (text.data[i] == '\0')
			text.data[i] = ' ';
	if ((rc = parse(pg, text.data ? text.data : "", text.len)) < 0)
		goto done;
	artex_buf_dispose(&text);
	scan(pg, &m);
	microdata(pg, &m, 0);
	microdata(pg, &m, 1);
	if ((rc = apply(pg, &m)) < 0)
		goto done;
	if ((rc = artex__html_body(pg)) < 0)
		goto done;
	if (pg->art->authors.count == 0 && pg->byline && (rc = authors_from_byline(pg)) < 0)
		goto done;
	if (pg->art->paragraphs.count == 0 && m.jsonld_body &&
	    (rc = body_from_jsonld(pg, m.jsonld_body)) < 0)
		goto done;
	if (pg->art->paragraphs.count == 0) {
		rc = fail(pg, ARTEX_MSG_HTML_NO_TEXT, "no article text found in the page");
		goto done;
	}
	if (!pg->art->headline) {
		warn(pg, "/headline", "the page names no headline; the first paragraph stands in");
		pg->art->headline = pg->art->paragraphs.items[0];
	}
	if (!pg->art->language) {
		const char *sample = pg->art->paragraphs.items[0];
		pg->art->language = artex__langid(sample, strlen(sample));
	}
done:
	meta_dispose(&m);
	artex_buf_dispose(&raw);
	artex_buf_dispose(&text);
	return rc;
}

static int html_read(struct artex_article *art, const char *buf, size_t len, const char *file,
                     struct artex_error *err)
{
	struct html_page pg = {.art = art, .file = file, .err = err};
	int rc = read_page(&pg, buf, len);
	xmlFreeDoc(pg.doc);
	free(pg.byline);
	return rc;
}

int artex_html_explain(char **out, size_t *out_len, const char *path, struct artex_error *err)
{
	struct artex_buf dump = ARTEX_BUF_INIT;
	*out = NULL;
	*out_len = 0;
	char *buf;
	size_t len;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc < 0)
		return rc;
	struct artex_article *art = artex__article_new();
	if (!art) {
		free(buf);
		return oom(err);
	}
	struct html_page pg = {.art = art, .file = path, .err = err, .dump = &dump};
	rc = read_page(&pg, buf, len);
	xmlFreeDoc(pg.doc);
	free(pg.byline);
	artex_article_free(art);
	free(buf);
	if (rc < 0 || dump.oom) {
		artex_buf_dispose(&dump);
		return rc < 0 ? rc : oom(err);
	}
	*out = artex_buf_detach(&dump, out_len);
	return 0;
}

/* Markup at the start, past white space, a BOM, comments and a doctype. */
static int html_sniff(const char *buf, size_t len)
{
	if (is_gzip(buf, len))
		return 0; /* only a name ending in .html.gz says the stream is a page */
	size_t window = len < 1024 ? len : 1024;
	size_t i = len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < window && is_ws((unsigned char)buf[i]))
		i++;
	if (i >= window || buf[i] != '<')
		return 0;
	static const char *const starts[] = {"<!doctype html", "<html", "<head", "<body",
	                                     "<meta", "<title", "<!--", NULL};
	for (const char *const *s = starts; *s; s++)
		if (window - i >= strlen(*s) && artex__ascii_ieq(buf + i, strlen(*s), *s))
			return strcmp(*s, "<!--") == 0 && !ascii_istr(buf, window, "<html") ? 30 : 80;
	return 0;
}

static const char *const html_suffixes[] = {".html", ".htm", ".xhtml", ".html.gz", ".htm.gz",
                                            NULL};

const struct artex_reader artex__reader_html = {
	.name = "html",
	.suffixes = html_suffixes,
	.sniff = html_sniff,
	.read = html_read,
	.locate = NULL,
};
