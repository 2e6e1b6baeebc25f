/* The Google "Article" rich-results profile, checked offline.
 *
 * Google's own test cannot be self-hosted and the schema.org validator cannot
 * be scripted, so CI gets the recommendations of
 * https://developers.google.com/search/docs/appearance/structured-data/article
 * as warnings: they make an article eligible for richer results, they never
 * make the JSON-LD wrong. Only unreadable input is an error.
 *
 * The document is read as plain JSON, not expanded as JSON-LD: Google reads
 * the compact form with schema.org terms, and so does this check. Nodes given
 * only as {"@id": ...} are looked up among the document's nodes. */
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "util/fileio.h"
#include "util/jsonloc.h"
#include "util/jsonptr.h"
#include "validate/jsonschema.h"

/* Google truncates longer headlines on some devices. */
#define HEADLINE_MAX 110
/* Google's minimum image size, in pixels (width times height). */
#define IMAGE_MIN_PIXELS 50000
/* Nodes indexed by @id; a larger graph is still checked, its extra nodes
 * simply cannot be the target of a reference. */
#define MAX_NODES 4096
#define MAX_DEPTH 64

struct node {
	const char *id;
	json_t *obj;
	char pointer[256];
};

struct ctx {
	struct artex_error_list *out;
	const char *buf;
	size_t len;
	const char *name;
	struct node nodes[MAX_NODES];
	size_t n_nodes;
	int failed; /* out of memory */
};



static void pointer_index(char *dst, size_t size, const char *base, size_t i)
{
	/* A pointer too deep for the buffer is cut, as every pointer here is. */
	if (snprintf(dst, size, "%s/%zu", base, i) < 0)
		dst[0] = '\0';
}

static void warn(struct ctx *c, int msg_id, const char *pointer, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void warn(struct ctx *c, int msg_id, const char *pointer, const char *fmt, ...)
{
	struct artex_error e;
	memset(&e, 0, sizeof e);
	va_list ap;
	va_start(ap, fmt);
	artex__verror(&e, ARTEX_OK, msg_id, fmt, ap);
	va_end(ap);
	artex__error_pointer(&e, pointer);
	int line = 0, col = 0;
	if (artex__json_locate(c->buf, c->len, pointer, &line, &col) != 0)
		line = col = 0;
	artex__error_at(&e, c->name, line, col);
	if (artex__error_list_push(c->out, &e) < 0)
		c->failed = 1;
}

/* "NewsArticle" for "NewsArticle", "schema:NewsArticle" and the full IRI. */
static const char *local_type(const char *t)
{
	static const char *const prefixes[] = {"https://schema.org/", "http://schema.org/",
	                                       "schema:"};
	for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(t, prefixes[i], n) == 0)
			return t + n;
	}
	return t;
}

static int has_type(const json_t *obj, const char *const *types)
{
	const json_t *t = json_object_get(obj, "@type");
	size_t n = json_is_array(t) ? json_array_size(t) : 1;
	for (size_t i = 0; i < n; i++) {
		const json_t *v = json_is_array(t) ? json_array_get(t, i) : t;
		if (!json_is_string(v))
			continue;
		const char *name = local_type(json_string_value(v));
		for (const char *const *p = types; *p; p++)
			if (strcmp(name, *p) == 0)
				return 1;
	}
	return 0;
}

/* Article and the subtypes Google reads as articles. */
static const char *const article_types[] = {
	"Article", "NewsArticle", "BlogPosting", "AnalysisNewsArticle", "AskPublicNewsArticle",
	"BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle",
	"LiveBlogPosting", "Report", "SatiricalArticle", "TechArticle", "ScholarlyArticle", NULL};
static const char *const agent_types[] = {"Person", "Organization", "NewsMediaOrganization",
                                          "Corporation", NULL};
static const char *const image_types[] = {"ImageObject", NULL};

static void index_nodes(struct ctx *c, json_t *v, const char *pointer, int depth)
{
	char sub[256];
	if (depth > MAX_DEPTH)
		return;
	if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x) {
			pointer_index(sub, sizeof sub, pointer, i);
			index_nodes(c, x, sub, depth + 1);
		}
		return;
	}
	if (!json_is_object(v))
		return;
	const json_t *id = json_object_get(v, "@id");
	/* A bare reference is not a node description. */
	if (json_is_string(id) && json_object_size(v) > 1 && c->n_nodes < MAX_NODES) {
		struct node *n = &c->nodes[c->n_nodes++];
		n->id = json_string_value(id);
		n->obj = v;
		snprintf(n->pointer, sizeof n->pointer, "%s", pointer);
	}
	const char *key;
	json_t *x;
	json_object_foreach(v, key, x) {
		if (strcmp(key, "@context") == 0)
			continue;
		artex__jsonptr_join(sub, sizeof sub, pointer, key);
		index_nodes(c, x, sub, depth + 1);
	}
}

/* The object a value stands for: itself, or the node its @id names. The
 * pointer is where the warnings about that object's properties go. */
static json_t *resolve(struct ctx *c, json_t *v, const char *pointer, char *where, size_t size)
{
	snprintf(where, size, "%s", pointer);
	if (!json_is_object(v))
		return v;
	const json_t *id = json_object_get(v, "@id");
	if (!json_is_string(id) || json_object_size(v) > 1)
		return v;
	for (size_t i = 0; i < c->n_nodes; i++)
		if (strcmp(c->nodes[i].id, json_string_value(id)) == 0) {
			snprintf(where, size, "%s", c->nodes[i].pointer);
			return c->nodes[i].obj;
		}
	return v;
}

static int is_web_url(const char *s)
{
	return strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0;
}

static size_t count_code_points(const char *s)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p & 0xC0) != 0x80)
			n++;
	return n;
}

static int digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* 1: ISO 8601 date-time with a time zone; 0: a date or date-time without
 * one; -1: not ISO 8601 at all. */
static int date_has_zone(const char *s)
{
	size_t n = strlen(s);
	if (n < 10 || !digits(s, 4) || s[4] != '-' || !digits(s + 5, 2) || s[7] != '-' ||
	    !digits(s + 8, 2))
		return -1;
	if (n == 10)
		return 0;
	if (s[10] != 'T' && s[10] != 't')
		return -1;
	const char *p = s + 11;
	if (!digits(p, 2) || p[2] != ':' || !digits(p + 3, 2))
		return -1;
	p += 5;
	if (*p == ':') {
		if (!digits(p + 1, 2))
			return -1;
		p += 3;
		if (*p == '.' || *p == ',') {
			p++;
			if (!digits(p, 1))
				return -1;
			while (*p >= '0' && *p <= '9')
				p++;
		}
	}
	if (*p == '\0')
		return 0;
	if ((*p == 'Z' || *p == 'z') && p[1] == '\0')
		return 1;
	if ((*p == '+' || *p == '-') && digits(p + 1, 2) &&
	    ((p[3] == ':' && digits(p + 4, 2) && p[6] == '\0') ||
	     (digits(p + 3, 2) && p[5] == '\0') || p[3] == '\0'))
		return 1;
	return -1;
}

static void check_date(struct ctx *c, json_t *art, const char *pointer, const char *key)
{
	char at[256];
	artex__jsonptr_join(at, sizeof at, pointer, key);
	const json_t *v = json_object_get(art, key);
	if (!v) {
		warn(c, ARTEX_MSG_GOOGLE_MISSING, pointer,
		     "%s is recommended: the date and time in ISO 8601 with a time zone", key);
		return;
	}
	if (!json_is_string(v)) {
		warn(c, ARTEX_MSG_GOOGLE_DATE, at, "%s should be a string in ISO 8601", key);
		return;
	}
	switch (date_has_zone(json_string_value(v))) {
	case -1:
		warn(c, ARTEX_MSG_GOOGLE_DATE, at, "%s \"%s\" is not an ISO 8601 date or date-time",
		     key, json_string_value(v));
		break;
	case 0:
		warn(c, ARTEX_MSG_GOOGLE_DATE, at,
		     "%s \"%s\" has no time zone; Google then assumes Googlebot's", key,
		     json_string_value(v));
		break;
	default:
		break;
	}
}

static void check_headline(struct ctx *c, json_t *art, const char *pointer)
{
	char at[256];
	artex__jsonptr_join(at, sizeof at, pointer, "headline");
	const json_t *v = json_object_get(art, "headline");
	if (!v) {
		warn(c, ARTEX_MSG_GOOGLE_MISSING, pointer, "headline is recommended");
		return;
	}
	if (!json_is_string(v)) {
		warn(c, ARTEX_MSG_GOOGLE_HEADLINE, at, "headline should be a string");
		return;
	}
	size_t n = count_code_points(json_string_value(v));
	if (n == 0)
		warn(c, ARTEX_MSG_GOOGLE_HEADLINE, at, "headline is empty");
	else if (n > HEADLINE_MAX)
		warn(c, ARTEX_MSG_GOOGLE_HEADLINE, at,
		     "headline has %zu characters; Google may truncate more than %d", n,
		     HEADLINE_MAX);
}

static void check_one_image(struct ctx *c, json_t *v, const char *pointer)
{
	char where[256], at[256];
	v = resolve(c, v, pointer, where, sizeof where);
	if (json_is_string(v)) {
		if (!is_web_url(json_string_value(v)))
			warn(c, ARTEX_MSG_GOOGLE_IMAGE, where, "image \"%s\" is not an http(s) URL",
			     json_string_value(v));
		return;
	}
	if (!json_is_object(v) || !has_type(v, image_types)) {
		warn(c, ARTEX_MSG_GOOGLE_IMAGE, where, "image should be a URL or an ImageObject");
		return;
	}
	const json_t *url = json_object_get(v, "url");
	const char *key = "url";
	if (!url) {
		url = json_object_get(v, "contentUrl");
		key = "contentUrl";
	}
	artex__jsonptr_join(at, sizeof at, where, key);
	if (!json_is_string(url))
		warn(c, ARTEX_MSG_GOOGLE_IMAGE, url ? at : where, "ImageObject has no url");
	else if (!is_web_url(json_string_value(url)))
		warn(c, ARTEX_MSG_GOOGLE_IMAGE, at, "image \"%s\" is not an http(s) URL",
		     json_string_value(url));
	const json_t *w = json_object_get(v, "width"), *h = json_object_get(v, "height");
	if (json_is_number(w) && json_is_number(h) &&
	    json_number_value(w) * json_number_value(h) < IMAGE_MIN_PIXELS)
		warn(c, ARTEX_MSG_GOOGLE_IMAGE, where,
		     "image is %gx%g pixels; Google wants at least %d pixels (width times height)",
		     json_number_value(w), json_number_value(h), IMAGE_MIN_PIXELS);
}

/* Checks the value of `key` in art, or each of its items when it is a
 * list, warning (empty_id) of an empty list. 0 when art has no such key. */
static int check_each(struct ctx *c, json_t *art, const char *pointer, const char *key,
                      int empty_id, void (*check)(struct ctx *, json_t *, const char *))
{
	char at[256], item[256];
	artex__jsonptr_join(at, sizeof at, pointer, key);
	json_t *v = json_object_get(art, key);
	if (!v)
		return 0;
	if (!json_is_array(v)) {
		check(c, v, at);
		return 1;
	}
	if (json_array_size(v) == 0)
		warn(c, empty_id, at, "%s is an empty list", key);
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x) {
		pointer_index(item, sizeof item, at, i);
		check(c, x, item);
	}
	return 1;
}

static void check_image(struct ctx *c, json_t *art, const char *pointer)
{
	if (!check_each(c, art, pointer, "image", ARTEX_MSG_GOOGLE_IMAGE, check_one_image))
		warn(c, ARTEX_MSG_GOOGLE_MISSING, pointer,
		     "image is recommended: one or more URLs of images of the article");
}

/* Case-sensitive search for a word between spaces, so "Anderson" is not
 * "and". */
static int has_joiner(const char *name)
{
	static const char *const joiners[] = {" and ", " & ", " und ", " et ", " и ", " та ", NULL};
	for (const char *const *j = joiners; *j; j++)
		if (strstr(name, *j))
			return 1;
	if (strchr(name, ';'))
		return 1;
	/* "Jane Doe, Ben Walker" lists two people; "Doe, Jane" is one. */
	const char *comma = strchr(name, ',');
	if (comma) {
		const char *sp = memchr(name, ' ', (size_t)(comma - name));
		const char *rest = comma + 1;
		while (*rest == ' ')
			rest++;
		if (sp && strchr(rest, ' '))
			return 1;
	}
	return 0;
}

static void check_agent(struct ctx *c, json_t *v, const char *pointer, const char *what,
                        int want_url)
{
	char where[256], at[256];
	v = resolve(c, v, pointer, where, sizeof where);
	if (json_is_string(v)) {
		warn(c, ARTEX_MSG_GOOGLE_AGENT, where,
		     "%s is a string; give a Person or Organization with name%s", what,
		     want_url ? " and url" : "");
		if (has_joiner(json_string_value(v)))
			warn(c, ARTEX_MSG_GOOGLE_AGENT, where,
			     "%s \"%s\" seems to name several people; give one entry per author", what,
			     json_string_value(v));
		return;
	}
	if (!json_is_object(v)) {
		warn(c, ARTEX_MSG_GOOGLE_AGENT, where, "%s should be a Person or Organization", what);
		return;
	}
	if (json_object_size(v) == 1 && json_object_get(v, "@id")) {
		warn(c, ARTEX_MSG_GOOGLE_AGENT, where,
		     "%s refers to a node the document does not describe", what);
		return;
	}
	const json_t *name = json_object_get(v, "name");
	/* Name the entry in the messages: a graph may describe many people. */
	char label[200];
	if (json_is_string(name) && json_string_value(name)[0])
		snprintf(label, sizeof label, "%s \"%s\"", what, json_string_value(name));
	else
		snprintf(label, sizeof label, "%s", what);
	if (!has_type(v, agent_types))
		warn(c, ARTEX_MSG_GOOGLE_AGENT, where, "%s should have @type Person or Organization",
		     label);
	artex__jsonptr_join(at, sizeof at, where, "name");
	if (!json_is_string(name) || !json_string_value(name)[0]) {
		warn(c, ARTEX_MSG_GOOGLE_AGENT, name ? at : where, "%s has no name", what);
	} else {
		const char *s = json_string_value(name);
		if (has_joiner(s))
			warn(c, ARTEX_MSG_GOOGLE_AGENT, at,
			     "%s name \"%s\" seems to name several people; give one entry per author",
			     what, s);
		if (strncmp(s, "By ", 3) == 0 || strncmp(s, "by ", 3) == 0 ||
		    strncmp(s, "Posted by", 9) == 0)
			warn(c, ARTEX_MSG_GOOGLE_AGENT, at,
			     "%s name \"%s\" should hold only the name, without \"by\"", what, s);
	}
	if (!want_url)
		return;
	const json_t *url = json_object_get(v, "url");
	artex__jsonptr_join(at, sizeof at, where, "url");
	if (!url) {
		if (!json_object_get(v, "sameAs"))
			warn(c, ARTEX_MSG_GOOGLE_AGENT, where,
			     "%s has no url: a page that identifies the author is recommended", label);
	} else if (!json_is_string(url) || !is_web_url(json_string_value(url))) {
		warn(c, ARTEX_MSG_GOOGLE_AGENT, at, "%s url should be an http(s) URL", label);
	}
}

static void check_author(struct ctx *c, json_t *v, const char *pointer)
{
	check_agent(c, v, pointer, "author", 1);
}

static void check_authors(struct ctx *c, json_t *art, const char *pointer)
{
	if (!check_each(c, art, pointer, "author", ARTEX_MSG_GOOGLE_AGENT, check_author))
		warn(c, ARTEX_MSG_GOOGLE_MISSING, pointer,
		     "author is recommended: one Person or Organization per author, with name and url");
}

static void check_publisher(struct ctx *c, json_t *art, const char *pointer)
{
	char at[256], where[256], logo_at[256];
	artex__jsonptr_join(at, sizeof at, pointer, "publisher");
	json_t *v = json_object_get(art, "publisher");
	if (!v) {
		warn(c, ARTEX_MSG_GOOGLE_MISSING, pointer,
		     "publisher is recommended: an Organization with name and logo");
		return;
	}
	if (json_is_array(v)) {
		if (json_array_size(v) != 1) {
			warn(c, ARTEX_MSG_GOOGLE_AGENT, at, "publisher should be a single Organization");
			return;
		}
		pointer_index(where, sizeof where, at, 0);
		snprintf(at, sizeof at, "%s", where);
		v = json_array_get(v, 0);
	}
	check_agent(c, v, at, "publisher", 0);
	json_t *obj = resolve(c, v, at, where, sizeof where);
	if (!json_is_object(obj) || (json_object_size(obj) == 1 && json_object_get(obj, "@id")))
		return;
	json_t *logo = json_object_get(obj, "logo");
	artex__jsonptr_join(logo_at, sizeof logo_at, where, "logo");
	if (!logo)
		warn(c, ARTEX_MSG_GOOGLE_MISSING, where, "publisher has no logo: an image of it is recommended");
	else if (json_is_array(logo))
		warn(c, ARTEX_MSG_GOOGLE_IMAGE, logo_at, "publisher logo should be one image");
	else
		check_one_image(c, logo, logo_at);
}

static int mentions_schema_org(const json_t *ctx)
{
	if (json_is_string(ctx)) {
		const char *s = json_string_value(ctx);
		return strncmp(s, "https://schema.org", 18) == 0 ||
		       strncmp(s, "http://schema.org", 17) == 0;
	}
	if (json_is_array(ctx)) {
		size_t i;
		json_t *x;
		json_array_foreach(ctx, i, x)
			if (mentions_schema_org(x))
				return 1;
		return 0;
	}
	if (json_is_object(ctx))
		return mentions_schema_org(json_object_get(ctx, "@vocab"));
	return 0;
}

static void check_article(struct ctx *c, json_t *art, const char *pointer)
{
	check_headline(c, art, pointer);
	check_image(c, art, pointer);
	check_date(c, art, pointer, "datePublished");
	check_date(c, art, pointer, "dateModified");
	check_authors(c, art, pointer);
	check_publisher(c, art, pointer);
}

int artex_google_article_check(struct artex_error_list *out, const char *buf, size_t len,
                               const char *name, struct artex_error *err)
{
	json_t *doc = NULL;
	struct ctx *c = NULL;
	int rc = artex__json_load(&doc, buf, len, name, err);
	if (rc < 0)
		return rc;
	c = calloc(1, sizeof *c);
	if (!c) {
		rc = artex__error(err, ARTEX_ENOMEM, ARTEX_MSG_GOOGLE_MISSING, "out of memory");
		goto done;
	}
	c->out = out;
	c->buf = buf;
	c->len = len;
	c->name = name ? name : "-";
	index_nodes(c, doc, "", 0);

	/* The places Google looks for items: the top-level object or array and
	 * the @graph of either. */
	size_t found = 0;
	json_t *tops = json_is_array(doc) ? doc : NULL;
	size_t n_tops = tops ? json_array_size(tops) : 1;
	for (size_t t = 0; t < n_tops; t++) {
		json_t *top = tops ? json_array_get(tops, t) : doc;
		char top_at[64] = "";
		if (tops)
			pointer_index(top_at, sizeof top_at, "", t);
		if (!json_is_object(top))
			continue;
		if (!mentions_schema_org(json_object_get(top, "@context")))
			warn(c, ARTEX_MSG_GOOGLE_NO_ARTICLE, top_at,
			     "@context does not name https://schema.org; Google reads schema.org terms only");
		if (has_type(top, article_types)) {
			check_article(c, top, top_at);
			found++;
		}
		json_t *graph = json_object_get(top, "@graph");
		char graph_at[64], item[96];
		artex__jsonptr_join(graph_at, sizeof graph_at, top_at, "@graph");
		size_t i;
		json_t *x;
		if (json_is_array(graph))
			json_array_foreach(graph, i, x) {
				if (json_is_object(x) && has_type(x, article_types)) {
					pointer_index(item, sizeof item, graph_at, i);
					check_article(c, x, item);
					found++;
				}
			}
	}
	if (!found)
		warn(c, ARTEX_MSG_GOOGLE_NO_ARTICLE, "",
		     "no Article, NewsArticle or BlogPosting node at the top level or in @graph");
	rc = c->failed ? artex__error(err, ARTEX_ENOMEM, ARTEX_MSG_GOOGLE_MISSING, "out of memory")
	               : 0;
done:
	free(c);
	json_decref(doc);
	return rc;
}

int artex_google_article_check_file(struct artex_error_list *out, const char *path,
                                    struct artex_error *err)
{
	char *buf = NULL;
	size_t len = 0;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc == 0)
		rc = artex_google_article_check(out, buf, len, path, err);
	free(buf);
	return rc;
}
