/* IPTC ninjs 3.x: artex's own output read back without loss (its "artex:"
 * altIds give ids, roles, aliases, kinds, confidences and spans; see
 * exporters/ninjs.c), and ninjs from elsewhere mapped as far as the model
 * goes: headline, body (plain text, else HTML), dates, language, byline,
 * people, organisations, subjects as keywords, images. What has no place
 * in the model is named in the article's warnings. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/fields.h"
#include "model/vocab.h"
#include "readers/reader.h"
#include "util/buf.h"
#include "util/cnum.h"
#include "util/date.h"
#include "util/error.h"
#include "util/jsonptr.h"
#include "util/html.h"
#include "util/jsonloc.h"
#include "util/langid.h"
#include "util/utf8.h"

#define PTR_MAX 256

struct reader {
	struct artex__json_input in;
	json_t *root;
	int own; /* artex's output: an "artex:id" altId at the top */
	int title_is_headline;
	unsigned next_quote, next_claim; /* numbers of the ids handed out so far */
};

/* ---- errors and warnings ---- */

static void ptr_key(char *out, const char *base, const char *seg)
{
	artex__jsonptr_join(out, PTR_MAX, base, seg);
}

static void ptr_index(char *out, const char *base, size_t i)
{
	char num[24];
	snprintf(num, sizeof num, "%zu", i);
	artex__jsonptr_join(out, PTR_MAX, base, num);
}

static int oom(struct reader *r)
{
	return artex__error(r->in.err, ARTEX_ENOMEM, 0, "out of memory");
}

static const char *type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "a list";
	case JSON_STRING: return "a string";
	case JSON_INTEGER:
	case JSON_REAL: return "a number";
	case JSON_TRUE:
	case JSON_FALSE: return "a boolean";
	default: return "null";
	}
}

/* Member `key` of obj: ninjs 3 spells names in camelCase, 2.x in lower
 * case, and either is read. *as_written (when asked) is the name found. */
static json_t *get(const json_t *obj, const char *key, const char **as_written)
{
	json_t *v = json_object_get(obj, key);
	if (as_written)
		*as_written = key;
	char lower[64];
	size_t n = strlen(key);
	if (v || !json_is_object(obj) || n >= sizeof lower)
		return v;
	for (size_t i = 0; i <= n; i++)
		lower[i] = key[i] >= 'A' && key[i] <= 'Z' ? (char)(key[i] + 32) : key[i];
	void *it = json_object_iter_at((json_t *)obj, lower);
	if (it && as_written)
		*as_written = json_object_iter_key(it);
	return it ? json_object_iter_value(it) : NULL;
}

static int member(struct reader *r, const json_t *obj, const char *base, const char *key,
                  json_type type, json_t **out, char *ptr)
{
	json_t *v = get(obj, key, &key);
	char at[PTR_MAX];
	ptr_key(ptr ? ptr : at, base, key);
	*out = NULL;
	if (!v)
		return 0;
	if (json_typeof(v) != type)
		return artex__json_fault(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, ptr ? ptr : at,
		                         "\"%s\" must be %s, not %s", key,
		                         type == JSON_ARRAY    ? "a list"
		                         : type == JSON_OBJECT ? "an object"
		                                               : "a string",
		                         type_name(v));
	*out = v;
	return 0;
}

/* ---- text ---- */

/* A string in the arena, NFC, as the model wants it; markup from other
 * publishers becomes its text, and with single_line line breaks become
 * spaces. NULL with 0 when blank. */
static int text(struct reader *r, const json_t *v, const char *ptr, int html, int single_line,
                const char **out)
{
	*out = NULL;
	const char *s = json_string_value(v);
	size_t len = json_string_length(v);
	if (memchr(s, '\0', len))
		return artex__json_fault(&r->in, ARTEX_MSG_UTF8_INVALID, ptr,
		                         "text holds a NUL character");
	struct artex_buf plain = ARTEX_BUF_INIT;
	if (html || (!r->own && artex__html_looks_like(s, len))) {
		if (artex__html_text(&plain, s, len) < 0 || plain.oom) {
			artex_buf_dispose(&plain);
			return oom(r);
		}
		s = plain.data ? plain.data : "";
		len = plain.len;
	}
	char *nfc = artex__utf8_is_nfc(s, len) ? NULL : artex__utf8_nfc(s, len, &len);
	const char *from = nfc ? nfc : s;
	size_t b = 0, e = len;
	if (!r->own) {
		while (b < e && strchr(" \t\r\n", from[b]))
			b++;
		while (e > b && strchr(" \t\r\n", from[e - 1]))
			e--;
	}
	int rc = 0;
	if (e > b || r->own) {
		char *t = (char *)artex__article_strn(r->in.art, from + b, e - b);
		for (size_t i = 0; t && single_line && i < e - b; i++)
			if (t[i] == '\n' || t[i] == '\r')
				t[i] = ' ';
		if (!(*out = t))
			rc = oom(r);
	}
	free(nfc);
	artex_buf_dispose(&plain);
	return rc;
}

/* A string member as text; an error when it is no string. */
static int text_member(struct reader *r, const json_t *obj, const char *base, const char *key,
                       int single_line, const char **out)
{
	char ptr[PTR_MAX];
	json_t *v;
	*out = NULL;
	int rc = member(r, obj, base, key, JSON_STRING, &v, ptr);
	return rc < 0 || !v ? rc : text(r, v, ptr, 0, single_line, out);
}

/* ---- altIds: the "artex:" extension ---- */

/* The value of the "artex:NAME" altId of obj (the first), NULL when none. */
static int ext(struct reader *r, const json_t *obj, const char *base, const char *name,
               const char **out, char *at)
{
	json_t *alt;
	char ptr[PTR_MAX];
	*out = NULL;
	int rc = member(r, obj, base, "altIds", JSON_ARRAY, &alt, ptr);
	size_t n = strlen(ARTEX__NINJS_EXT);
	for (size_t i = 0; rc == 0 && i < json_array_size(alt); i++) {
		const char *role = json_string_value(get(json_array_get(alt, i), "role", NULL));
		if (!role || strncmp(role, ARTEX__NINJS_EXT, n) != 0 || strcmp(role + n, name) != 0)
			continue;
		char item[PTR_MAX];
		ptr_index(item, ptr, i);
		if (at)
			ptr_key(at, item, "value");
		return text_member(r, json_array_get(alt, i), item, "value", 0, out);
	}
	return rc;
}

static int parse_size(const char *s, size_t *out, const char **end)
{
	if (*s < '0' || *s > '9')
		return -1;
	size_t v = 0;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (v > ((size_t)-1 - 9) / 10)
			return -1;
		v = v * 10 + (size_t)(*s - '0');
	}
	*out = v;
	*end = s;
	return 0;
}

/* "body:195-246" or "headline:0-12". */
static int read_span(struct reader *r, const json_t *obj, const char *base,
                     struct artex_span *span)
{
	const char *v, *p;
	char at[PTR_MAX];
	int rc = ext(r, obj, base, "span", &v, at);
	if (rc < 0 || !v)
		return rc;
	const char *colon = strchr(v, ':');
	int field = -1;
	for (int i = 0; colon && artex__span_field_names[i]; i++)
		if (strlen(artex__span_field_names[i]) == (size_t)(colon - v) &&
		    strncmp(v, artex__span_field_names[i], (size_t)(colon - v)) == 0)
			field = i;
	if (field < 0 || parse_size(colon + 1, &span->start, &p) < 0 || *p != '-' ||
	    parse_size(p + 1, &span->end, &p) < 0 || *p || span->end <= span->start)
		return artex__json_fail(
			&r->in, ARTEX_MSG_DATA_BAD_VALUE, at,
			"span \"%s\" must be FIELD:START-END (body or headline, START < END)", v);
	span->field = (enum artex_span_field)field;
	return 0;
}

static int read_kind(struct reader *r, const json_t *obj, const char *base,
                     const char *const *names, int dflt, int *out)
{
	const char *v;
	char at[PTR_MAX];
	*out = dflt;
	int rc = ext(r, obj, base, "kind", &v, at);
	if (rc < 0 || !v)
		return rc;
	return artex__json_kind(&r->in, names, v, at, out);
}

static int read_confidence(struct reader *r, const json_t *obj, const char *base, double *out)
{
	const char *v;
	char at[PTR_MAX], *end;
	*out = 1;
	int rc = ext(r, obj, base, "confidence", &v, at);
	if (rc < 0 || !v)
		return rc;
	*out = artex__strtod_c(v, &end);
	if (end == v || *end) {
		*out = 1;
		return artex__json_fault(&r->in, ARTEX_MSG_DATA_BAD_VALUE, at,
		                         "confidence \"%s\" is no number", v);
	}
	return 0;
}

/* ---- the article ---- */

/* The item of a list of {role, contentType, value} to read: the first with
 * one of the roles wanted, else the first; its pointer goes to at. */
static const json_t *pick(const json_t *list, const char *base, const char *const *roles,
                          char *at)
{
	for (const char *const *role = roles; *role; role++)
		for (size_t i = 0; i < json_array_size(list); i++) {
			const char *got = json_string_value(get(json_array_get(list, i), "role", NULL));
			if (got && strcasecmp(got, *role) == 0) {
				ptr_index(at, base, i);
				return json_array_get(list, i);
			}
		}
	ptr_index(at, base, 0);
	return json_array_get(list, 0);
}

static int is_html(const json_t *item)
{
	const char *type = json_string_value(get(item, "contentType", NULL));
	return type && (strncasecmp(type, "text/html", 9) == 0 ||
	                strncasecmp(type, "application/xhtml", 17) == 0);
}

/* A list of {role, contentType, value} (headlines, descriptions, bodies),
 * each item checked, as the text of the item pick() chooses. */
static int text_list(struct reader *r, const char *key, const char *const *roles,
                     int single_line, const char **out, const json_t **chosen)
{
	json_t *list;
	char ptr[PTR_MAX], at[PTR_MAX];
	*out = NULL;
	int rc = member(r, r->root, "", key, JSON_ARRAY, &list, ptr);
	if (rc < 0 || !list || json_array_size(list) == 0)
		return rc;
	for (size_t i = 0; i < json_array_size(list); i++) {
		ptr_index(at, ptr, i);
		json_t *item = json_array_get(list, i), *v;
		if (!json_is_object(item))
			return artex__json_fail(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, at,
			                        "each of \"%s\" must be an object, "
			                        "not %s",
			                        key, type_name(item));
		if ((rc = member(r, item, at, "value", JSON_STRING, &v, NULL)) < 0)
			return rc;
		if (!v)
			return artex__json_fail(&r->in, ARTEX_MSG_DATA_MISSING_KEY, at,
			                        "an item of \"%s\" has no value", key);
	}
	const json_t *item = pick(list, ptr, roles, at);
	if (chosen)
		*chosen = item;
	ptr_key(at, at, "value");
	return text(r, get(item, "value", NULL), at, is_html(item), single_line, out);
}

/* Plain-text bodies in paragraphs: artex's exactly as joined ("\n\n"),
 * others at every blank line or line break. */
static int add_paragraphs(struct reader *r, const char *body, int exact)
{
	size_t len = strlen(body), start = 0;
	for (size_t i = 0; i <= len; i++) {
		int end = i == len;
		size_t skip = 0;
		if (!end && exact && body[i] == '\n' && body[i + 1] == '\n')
			end = 1, skip = 1;
		else if (!end && !exact && (body[i] == '\n' || body[i] == '\r'))
			end = 1;
		if (!end)
			continue;
		size_t b = start, e = i;
		while (!exact && b < e && strchr(" \t", body[b]))
			b++;
		while (!exact && e > b && strchr(" \t", body[e - 1]))
			e--;
		if (e > b || exact) {
			const char *p = artex__article_strn(r->in.art, body + b, e - b);
			if (!p ||
			    artex__strlist_add_arena(r->in.art, &r->in.art->paragraphs, p) < 0)
				return oom(r);
		}
		i += skip;
		start = i + 1;
	}
	return 0;
}

static int same_role(const json_t *a, const json_t *b)
{
	const char *ra = json_string_value(get(a, "role", NULL));
	const char *rb = json_string_value(get(b, "role", NULL));
	return (!ra && !rb) || (ra && rb && strcmp(ra, rb) == 0);
}

/* ninjs 1.x had body_text and body_html instead of bodies. */
static int read_old_body(struct reader *r, const char **body, int *html)
{
	json_t *v;
	char at[PTR_MAX];
	*html = !get(r->root, "body_text", NULL);
	int rc = member(r, r->root, "", *html ? "body_html" : "body_text", JSON_STRING, &v, at);
	return rc < 0 || !v ? rc : text(r, v, at, *html, 0, body);
}

static int read_body(struct reader *r)
{
	static const char *const roles[] = {"main", "body", NULL};
	const char *key, *body;
	json_t *list = get(r->root, "bodies", &key);
	const json_t *chosen = NULL;
	char ptr[PTR_MAX], base[PTR_MAX];
	ptr_key(base, "", key);
	int rc = text_list(r, "bodies", roles, 0, &body, &chosen), html = chosen && is_html(chosen);
	if (rc < 0)
		return rc;
	/* Plain text over HTML: it is what the model holds. */
	for (size_t i = 0; html && i < json_array_size(list); i++) {
		const json_t *item = json_array_get(list, i);
		if (!is_html(item) && same_role(item, chosen)) {
			ptr_index(ptr, base, i);
			ptr_key(ptr, ptr, "value");
			if ((rc = text(r, get(item, "value", NULL), ptr, 0, 0, &body)) < 0)
				return rc;
			chosen = item;
			html = 0;
		}
	}
	for (size_t i = 0; chosen && i < json_array_size(list); i++) {
		const json_t *item = json_array_get(list, i);
		const char *role = json_string_value(get(item, "role", NULL));
		/* The same body in another markup is no content of its own. */
		if (item != chosen && !(same_role(item, chosen) && is_html(item) != html)) {
			ptr_index(ptr, base, i);
			artex__json_warn(&r->in, ptr,
			                 "a body%s%s%s beside the main one is left out",
			                 role ? " (" : "", role ? role : "", role ? ")" : "");
		}
	}
	if (!chosen && (rc = read_old_body(r, &body, &html)) < 0)
		return rc;
	if (body && *body)
		return add_paragraphs(r, body, r->own && !html);
	const char *d = r->in.art->description;
	if (d && r->in.art->read_opts && r->in.art->read_opts->body_from_description) {
		artex__json_warn(&r->in, "", "the description is taken as the body, as asked");
		return add_paragraphs(r, d, 0);
	}
	/* A summary is no body: the article keeps its description and an empty
	 * body, and says so; artex writes no body for such an article. */
	if (d || r->own) {
		if (!r->own)
			artex__json_warn(
				&r->in, "",
				"the item has %s body, only a description, which is no body; the "
				"body is left empty (--body-from-description takes it as one)",
				body ? "an empty" : "no");
		return 0;
	}
	return artex__json_fail(&r->in, ARTEX_MSG_DATA_MISSING_KEY, "", "the item has %s body",
	                        body ? "an empty" : "no");
}

static int read_dates(struct reader *r)
{
	static const char *const keys[] = {"firstCreated", "versionCreated", "contentCreated"};
	static const char *const exts[] = {"datePublished", "dateModified", "dateCreated"};
	struct artex_article *a = r->in.art;
	const char **slots[] = {&a->date_published, &a->date_modified, &a->date_created};
	for (int i = 0; i < 3; i++) {
		char at[PTR_MAX], iso[ARTEX_DATE_MAX];
		const char *d;
		ptr_key(at, "", keys[i]);
		int rc = text_member(r, r->root, "", keys[i], 1, &d);
		if (rc == 0 && !d)
			rc = ext(r, r->root, "", exts[i], &d, at);
		if (rc < 0)
			return rc;
		if (d && !r->own && artex__date_normalise(iso, d) == 0)
			d = artex__article_str(a, iso);
		if (d && !artex__valid_date(d)) {
			artex__json_warn(&r->in, at, "%s \"%s\" is no date and is left out",
			                 keys[i], d);
			d = NULL;
		}
		*slots[i] = d;
	}
	return 0;
}

static int read_language(struct reader *r)
{
	struct artex_article *a = r->in.art;
	int rc = text_member(r, r->root, "", "language", 1, &a->language);
	if (rc < 0)
		return rc;
	if (a->read_opts && a->read_opts->language)
		a->language = artex__article_str(a, a->read_opts->language);
	if (artex__valid_language(a->language))
		return 0;
	if (a->language)
		artex__json_warn(&r->in, "/language",
		                 "language \"%s\" is no BCP 47 tag; the language is identified "
		                 "from the text",
		                 a->language);
	/* The headline and the whole body: a first paragraph may be a word. */
	struct artex_buf sample = ARTEX_BUF_INIT;
	artex_buf_puts(&sample, a->headline);
	for (size_t i = 0; i < a->paragraphs.count; i++) {
		artex_buf_puts(&sample, "\n\n");
		artex_buf_puts(&sample, a->paragraphs.items[i]);
	}
	if (!sample.oom)
		a->language = artex__article_str(a, artex__langid(sample.data, sample.len));
	artex_buf_dispose(&sample);
	return a->language ? 0 : oom(r);
}

/* ---- people, organisations, parties ---- */

static const char *fresh_id(struct reader *r, char prefix)
{
	char id[32];
	for (unsigned n = 1;; n++) {
		snprintf(id, sizeof id, "%c%u", prefix, n);
		if (!artex__article_person(r->in.art, id) && !artex__article_org(r->in.art, id))
			return artex__article_str(r->in.art, id);
	}
}

/* Name, id (artex's: the literal) and rel of an item of people or
 * organisations; *name NULL when it has none (then said so). */
static int agent_item(struct reader *r, const json_t *item, const char *at, const char **name,
                      const char **id, const char **rel)
{
	int rc;
	*name = *id = *rel = NULL;
	if (!json_is_object(item))
		return artex__json_fail(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, at,
		                        "expected an object, found %s", type_name(item));
	if ((rc = text_member(r, item, at, "name", 1, name)) < 0 ||
	    (rc = text_member(r, item, at, "literal", 1, id)) < 0 ||
	    (rc = text_member(r, item, at, "rel", 1, rel)) < 0)
		return rc;
	if (!*name && *id && !r->own)
		*name = *id; /* a free-text identifier is the best name there is */
	if (*id && (!r->own || !artex__valid_id(*id)))
		*id = NULL;
	return 0;
}

static int read_agents(struct reader *r, const char *key, int orgs)
{
	json_t *list;
	char ptr[PTR_MAX], at[PTR_MAX];
	int rc = member(r, r->root, "", key, JSON_ARRAY, &list, ptr);
	for (size_t i = 0; rc == 0 && i < json_array_size(list); i++) {
		const json_t *item = json_array_get(list, i);
		const char *name, *id, *rel, *uri;
		ptr_index(at, ptr, i);
		if ((rc = agent_item(r, item, at, &name, &id, &rel)) < 0 ||
		    (rc = text_member(r, item, at, "uri", 1, &uri)) < 0)
			return rc;
		if (!name) {
			artex__json_warn(&r->in, at, "a%s without a name is left out",
			                 orgs ? "n organisation" : " person");
			continue;
		}
		if (!id && !(id = fresh_id(r, orgs ? 'o' : 'p')))
			return oom(r);
		struct artex_strlist *same_as;
		if (orgs) {
			struct artex_org *o = artex__article_add_org(r->in.art);
			if (!o)
				return oom(r);
			*o = (struct artex_org){.id = id, .name = name};
			same_as = &o->same_as;
		} else {
			struct artex_person *p = artex__article_add_person(r->in.art);
			if (!p)
				return oom(r);
			*p = (struct artex_person){.id = id, .name = name};
			same_as = &p->same_as;
		}
		/* artex writes its own IRI there; another's names the entity
		 * in the publisher's or a public register. */
		if (uri && !r->own && artex__valid_iri(uri) &&
		    artex__strlist_add_arena(r->in.art, same_as, uri) < 0)
			return oom(r);
		if (get(item, "contactInfo", NULL) || get(item, "symbols", NULL))
			artex__json_warn(
				&r->in, at,
				"contact details and symbols have no place in the model and are "
				"left out");
	}
	return rc;
}

/* "By Ann Lee and Bo Chan" -> "Ann Lee", "Bo Chan". */
static int split_byline(struct reader *r, const char *by)
{
	if (strncasecmp(by, "by ", 3) == 0)
		by += 3;
	while (*by) {
		size_t n = strlen(by), cut = n, skip = 0;
		const char *comma = strstr(by, ", "), *and = strstr(by, " and ");
		if (comma && (size_t)(comma - by) < cut)
			cut = (size_t)(comma - by), skip = 2;
		if (and && (size_t)(and - by) < cut)
			cut = (size_t)(and - by), skip = 5;
		size_t b = 0, e = cut;
		while (b < e && by[b] == ' ')
			b++;
		while (e > b && by[e - 1] == ' ')
			e--;
		if (e > b && strncmp(by + b, "and ", 4) == 0)
			b += 4;
		const char *name = e > b ? artex__article_strn(r->in.art, by + b, e - b) : NULL;
		if (e > b &&
		    (!name || artex__strlist_add_arena(r->in.art, &r->in.art->authors, name) < 0))
			return oom(r);
		by += cut + skip;
		if (cut == n)
			break;
	}
	return 0;
}

/* Each object of the top-level list `key`, with its JSON Pointer. */
static int each_object(struct reader *r, const char *key,
                       int (*fn)(struct reader *r, const json_t *item, const char *at))
{
	json_t *list;
	char ptr[PTR_MAX], at[PTR_MAX];
	int rc = member(r, r->root, "", key, JSON_ARRAY, &list, ptr);
	for (size_t i = 0; rc == 0 && i < json_array_size(list); i++) {
		const json_t *item = json_array_get(list, i);
		ptr_index(at, ptr, i);
		if (!json_is_object(item))
			return artex__json_fail(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, at,
			                        "expected an object, found %s", type_name(item));
		rc = fn(r, item, at);
	}
	return rc;
}

static int read_source(struct reader *r, const json_t *item, const char *at)
{
	const char *name, *role;
	int rc;
	if ((rc = text_member(r, item, at, "name", 1, &name)) < 0 ||
	    (rc = text_member(r, item, at, "role", 1, &role)) < 0)
		return rc;
	if (name && role && strcasecmp(role, "author") == 0) {
		if (artex__strlist_add_arena(r->in.art, &r->in.art->authors, name) < 0)
			return oom(r);
	} else if (name && role && strcasecmp(role, "publisher") == 0 && !r->in.art->publisher) {
		r->in.art->publisher = name;
	} else {
		artex__json_warn(&r->in, at,
		                 "an info source%s%s%s that is no author or first publisher is "
		                 "left out",
		                 role ? " (" : "", role ? role : "", role ? ")" : "");
	}
	return 0;
}

static int read_sources(struct reader *r)
{
	int rc = each_object(r, "infoSources", read_source);
	if (rc < 0 || r->in.art->authors.count)
		return rc;
	const char *by;
	if ((rc = text_member(r, r->root, "", "by", 1, &by)) < 0 ||
	    (!by && (rc = text_member(r, r->root, "", "byline", 1, &by)) < 0) || !by)
		return rc;
	return split_byline(r, by);
}

/* Section and keywords (artex's, by rel); any other subject's name is a
 * keyword. */
static int read_subjects(struct reader *r)
{
	json_t *list;
	char ptr[PTR_MAX], at[PTR_MAX];
	int rc = member(r, r->root, "", "subjects", JSON_ARRAY, &list, ptr);
	for (size_t i = 0; rc == 0 && i < json_array_size(list); i++) {
		const char *name, *id, *rel;
		ptr_index(at, ptr, i);
		if ((rc = agent_item(r, json_array_get(list, i), at, &name, &id, &rel)) < 0)
			return rc;
		if (!name) {
			artex__json_warn(&r->in, at,
			                 "a subject without a name or literal is left out");
		} else if (rel && strcmp(rel, "section") == 0 && !r->in.art->section) {
			r->in.art->section = name;
		} else if (artex__strlist_add_arena(r->in.art, &r->in.art->keywords, name) < 0) {
			return oom(r);
		}
	}
	return rc;
}

/* The web page: artex's "artex:url" when the href had to be encoded, else
 * the href of the rendition in HTML. */
static int read_rendition(struct reader *r, const json_t *item, const char *at)
{
	const char *href;
	const char *name = json_string_value(get(item, "name", NULL));
	if (r->own && name && strcmp(name, "source") == 0)
		return 0; /* the provenance's source file */
	int rc = text_member(r, item, at, "href", 1, &href);
	if (rc < 0)
		return rc;
	if (!r->in.art->url && href && is_html(item) && artex__valid_iri(href))
		r->in.art->url = href;
	else if (!(r->own && is_html(item)))
		artex__json_warn(&r->in, at, "a rendition other than the web page is left out");
	return 0;
}

static int read_url(struct reader *r)
{
	int rc = ext(r, r->root, "", "url", &r->in.art->url, NULL);
	return rc < 0 ? rc : each_object(r, "renditions", read_rendition);
}

/* ---- associations: images, quotes and claims ---- */

static int read_image(struct reader *r, const json_t *item, const char *at)
{
	const char *url;
	json_t *list;
	char ptr[PTR_MAX], rat[PTR_MAX];
	int rc = ext(r, item, at, "url", &url, NULL);
	if (rc < 0 || (rc = member(r, item, at, "renditions", JSON_ARRAY, &list, ptr)) < 0)
		return rc;
	const json_t *rendition = json_array_get(list, 0);
	ptr_index(rat, ptr, 0);
	if (json_array_size(list) > 1)
		artex__json_warn(&r->in, ptr,
		                 "a picture's renditions after the first are left out");
	if (rendition && !json_is_object(rendition))
		return artex__json_fail(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, rat,
		                        "expected an object, found %s", type_name(rendition));
	if (!url && rendition && (rc = text_member(r, rendition, rat, "href", 1, &url)) < 0)
		return rc;
	if (!url && (rc = text_member(r, item, at, "uri", 1, &url)) < 0)
		return rc;
	if (!url || !artex__valid_iri(url)) {
		artex__json_warn(&r->in, at, "a picture without an absolute URL is left out");
		return 0;
	}
	struct artex_image *img = artex__json_image(&r->in, url);
	if (!img)
		return ARTEX_ENOMEM;
	static const char *const dims[] = {"width", "height"};
	for (int k = 0; rendition && k < 2; k++) {
		const json_t *d = json_object_get(rendition, dims[k]);
		ptr_key(ptr, rat, dims[k]);
		artex__json_image_size(&r->in, img, k, json_is_integer(d) ? json_integer_value(d) : 0,
		                       d != NULL, ptr);
	}
	return 0;
}

/* The speaker or claimant: the person or organisation with rel `rel`,
 * found by artex's id, else by name among those already read. */
static int who(struct reader *r, const json_t *item, const char *at, const char *rel,
               const char **out)
{
	static const char *const keys[] = {"people", "organisations"};
	*out = NULL;
	for (int k = 0; k < 2; k++) {
		json_t *list;
		char ptr[PTR_MAX], iat[PTR_MAX];
		int rc = member(r, item, at, keys[k], JSON_ARRAY, &list, ptr);
		for (size_t i = 0; rc == 0 && i < json_array_size(list); i++) {
			const char *name, *id, *got;
			ptr_index(iat, ptr, i);
			if ((rc = agent_item(r, json_array_get(list, i), iat, &name, &id, &got)) < 0)
				return rc;
			if (!got || strcmp(got, rel) != 0)
				continue;
			const struct artex_article *a = r->in.art;
			for (size_t p = 0; !id && name && p < a->n_persons; p++)
				if (strcmp(a->persons[p].name, name) == 0)
					id = a->persons[p].id;
			for (size_t o = 0; !id && name && o < a->n_orgs; o++)
				if (strcmp(a->orgs[o].name, name) == 0)
					id = a->orgs[o].id;
			if (!id) {
				artex__json_warn(&r->in, iat,
				                 "a %s who is not among the item's people and "
				                 "organisations is "
				                 "left out",
				                 rel);
				continue;
			}
			*out = id;
			return 0;
		}
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* A quote or claim's own id, else a fresh one. */
static int statement_id(struct reader *r, const json_t *item, const char *at, char prefix,
                        const char **out)
{
	int rc = r->own ? ext(r, item, at, "id", out, NULL) : 0;
	if (rc < 0)
		return rc;
	if (r->own && *out && artex__valid_id(*out))
		return 0;
	/* Numbered in order; only artex's own ids can collide with the
	 * numbers, so only its output needs the search. */
	char id[32];
	const struct artex_article *a = r->in.art;
	unsigned *next = prefix == 'q' ? &r->next_quote : &r->next_claim;
	for (int used = 1; used;) {
		snprintf(id, sizeof id, "%c%u", prefix, ++*next);
		used = 0;
		for (size_t i = 0; r->own && i < a->n_quotes && !used; i++)
			used = strcmp(a->quotes[i].id, id) == 0;
		for (size_t i = 0; r->own && i < a->n_claims && !used; i++)
			used = strcmp(a->claims[i].id, id) == 0;
	}
	return (*out = artex__article_str(r->in.art, id)) ? 0 : oom(r);
}

static int statement_text(struct reader *r, const json_t *item, const char *at,
                          const char **out)
{
	json_t *bodies;
	char ptr[PTR_MAX];
	*out = NULL;
	int rc = member(r, item, at, "bodies", JSON_ARRAY, &bodies, ptr);
	const json_t *body = json_array_get(bodies, 0);
	if (rc < 0 || !body)
		return rc;
	ptr_index(ptr, ptr, 0);
	if (!json_is_object(body))
		return artex__json_fail(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, ptr,
		                        "expected an object, found %s", type_name(body));
	if ((rc = text_member(r, body, ptr, "value", 0, out)) < 0)
		return rc;
	return 0;
}

/* What quotes and claims share: text, id, who, confidence and span. */
struct statement {
	const char *id, *text, *who;
	double confidence;
	struct artex_span span;
};

/* Reads st; *found is 0 when the statement has no text and is left out. */
static int read_statement(struct reader *r, const json_t *item, const char *at, char prefix,
                          const char *who_rel, struct statement *st, int *found)
{
	*st = (struct statement){0};
	*found = 0;
	int rc = statement_text(r, item, at, &st->text);
	if (rc < 0)
		return rc;
	if (!st->text || !*st->text) {
		artex__json_warn(&r->in, at, "a %s without text is left out",
		                 prefix == 'q' ? "quote" : "claim");
		return 0;
	}
	if ((rc = statement_id(r, item, at, prefix, &st->id)) < 0 ||
	    (rc = who(r, item, at, who_rel, &st->who)) < 0 ||
	    (rc = read_confidence(r, item, at, &st->confidence)) < 0 ||
	    (rc = read_span(r, item, at, &st->span)) < 0)
		return rc;
	*found = 1;
	return 0;
}

static int read_quote(struct reader *r, const json_t *item, const char *at)
{
	static const char *const kinds[] = {"direct", "headline", NULL};
	struct statement st;
	const char *cue;
	int kind, found;
	int rc = read_statement(r, item, at, 'q', ARTEX__NINJS_REL_SPEAKER, &st, &found);
	if (rc < 0 || !found ||
	    (rc = read_kind(r, item, at, kinds, ARTEX_QUOTE_DIRECT, &kind)) < 0 ||
	    (rc = ext(r, item, at, "cue", &cue, NULL)) < 0)
		return rc;
	struct artex_quote *q = artex__article_add_quote(r->in.art);
	if (!q)
		return oom(r);
	*q = (struct artex_quote){.id = st.id, .text = st.text, .speaker = st.who, .cue = cue,
	                          .kind = (enum artex_quote_kind)kind,
	                          .confidence = st.confidence, .span = st.span};
	return 0;
}

static int read_claim(struct reader *r, const json_t *item, const char *at)
{
	static const char *const kinds[] = {"direct", "indirect", "headline", NULL};
	struct statement st;
	const char *quote;
	int kind, found;
	int rc = read_statement(r, item, at, 'c', ARTEX__NINJS_REL_CLAIMANT, &st, &found);
	if (rc < 0 || !found || (rc = ext(r, item, at, "quote", &quote, NULL)) < 0 ||
	    (rc = read_kind(r, item, at, kinds, quote ? ARTEX_CLAIM_DIRECT : ARTEX_CLAIM_INDIRECT,
	                    &kind)) < 0)
		return rc;
	struct artex_claim *c = artex__article_add_claim(r->in.art);
	if (!c)
		return oom(r);
	*c = (struct artex_claim){.id = st.id, .text = st.text, .claimant = st.who, .quote = quote,
	                          .kind = (enum artex_claim_kind)kind,
	                          .confidence = st.confidence, .span = st.span};
	return 0;
}

static int read_association(struct reader *r, const json_t *item, const char *at)
{
	const char *rel, *type;
	int rc;
	if ((rc = text_member(r, item, at, "rel", 1, &rel)) < 0 ||
	    (rc = text_member(r, item, at, "type", 1, &type)) < 0)
		return rc;
	if (rel && strcmp(rel, ARTEX__NINJS_REL_QUOTE) == 0)
		return read_quote(r, item, at);
	if (rel && strcmp(rel, ARTEX__NINJS_REL_CLAIM) == 0)
		return read_claim(r, item, at);
	if (type && strcmp(type, "picture") == 0)
		return read_image(r, item, at);
	artex__json_warn(&r->in, at, "an associated %s that is no picture, quote or claim is left out",
	                 type ? type : "item");
	return 0;
}

static int read_associations(struct reader *r)
{
	return each_object(r, "associations", read_association);
}

/* ---- the rest of the extension ---- */

/* artex's root altIds: entity details ninjs has no field for. */
static int read_entity_details(struct reader *r)
{
	static const char *const article_level[] = {
		"id", "datePublished", "dateModified", "dateCreated", "url", "sourceFormat",
		"sourceSha256", "tool", "toolVersion", "option", "convertedAt", NULL};
	const char *key;
	json_t *alt = get(r->root, "altIds", &key);
	char base[PTR_MAX];
	ptr_key(base, "", key);
	size_t n = strlen(ARTEX__NINJS_EXT);
	for (size_t i = 0; i < json_array_size(alt); i++) {
		const json_t *item = json_array_get(alt, i);
		const char *role = json_string_value(get(item, "role", NULL)), *value;
		char at[PTR_MAX];
		ptr_index(at, base, i);
		if (!json_is_object(item))
			return artex__json_fail(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, at,
			                        "expected an object, found %s", type_name(item));
		if (!role || strncmp(role, ARTEX__NINJS_EXT, n) != 0) {
			artex__json_warn(
				&r->in, at,
				"an alternative id has no place in the model and is left out");
			continue;
		}
		int known = 0;
		for (const char *const *k = article_level; *k && !known; k++)
			known = strcmp(role + n, *k) == 0;
		if (known)
			continue;
		const char *colon = strchr(role + n, ':');
		const char *id = colon ? colon + 1 : "";
		size_t field = colon ? (size_t)(colon - role - n) : 0;
		struct artex_person *p = NULL;
		for (size_t k = 0; k < r->in.art->n_persons && !p; k++)
			if (strcmp(r->in.art->persons[k].id, id) == 0)
				p = &r->in.art->persons[k];
		struct artex_org *o = NULL;
		for (size_t k = 0; k < r->in.art->n_orgs && !o && !p; k++)
			if (strcmp(r->in.art->orgs[k].id, id) == 0)
				o = &r->in.art->orgs[k];
		int rc = text_member(r, item, at, "value", 0, &value);
		if (rc < 0)
			return rc;
		const char *f = role + n;
#define IS(name) (field == strlen(name) && strncmp(f, name, field) == 0)
		struct artex_strlist *list = NULL;
		if (p && IS("role"))
			p->role = value;
		else if (p && IS("affiliation"))
			p->affiliation = value;
		else if ((p || o) && IS("alias"))
			list = p ? &p->aliases : &o->aliases;
		else if ((p || o) && IS("sameAs"))
			list = p ? &p->same_as : &o->same_as;
		else
			artex__json_warn(
				&r->in, at,
				"\"%s\" names no detail of a person or organisation of this item",
				role);
#undef IS
		if (list && value && artex__strlist_add_arena(r->in.art, list, value) < 0)
			return oom(r);
	}
	return 0;
}

/* The provenance artex wrote: its source rendition and "artex:" altIds.
 * Only artex's own items have it, and only when they name the tool. */
static int read_provenance(struct reader *r)
{
	const char *tool;
	int rc = ext(r, r->root, "", "tool", &tool, NULL);
	if (rc < 0 || !tool || !r->own)
		return rc;
	struct artex_provenance *p = artex__article_provenance(r->in.art);
	if (!p)
		return oom(r);
	p->tool = tool;
	if ((rc = ext(r, r->root, "", "toolVersion", &p->tool_version, NULL)) < 0 ||
	    (rc = ext(r, r->root, "", "sourceFormat", &p->source_format, NULL)) < 0 ||
	    (rc = ext(r, r->root, "", "sourceSha256", &p->source_sha256, NULL)) < 0 ||
	    (rc = ext(r, r->root, "", "convertedAt", &p->date, NULL)) < 0)
		return rc;
	const json_t *alt = get(r->root, "altIds", NULL);
	for (size_t i = 0; i < json_array_size(alt); i++) {
		const json_t *item = json_array_get(alt, i);
		const char *role = json_string_value(get(item, "role", NULL));
		const char *value = json_string_value(get(item, "value", NULL));
		if (role && value && strcmp(role, ARTEX__NINJS_EXT "option") == 0 &&
		    artex__strlist_add(r->in.art, &p->options, value) < 0)
			return oom(r);
	}
	const json_t *renditions = get(r->root, "renditions", NULL);
	for (size_t i = 0; i < json_array_size(renditions); i++) {
		const json_t *item = json_array_get(renditions, i);
		const char *name = json_string_value(get(item, "name", NULL));
		if (!name || strcmp(name, "source") != 0)
			continue;
		char at[PTR_MAX];
		ptr_index(at, "/renditions", i);
		if ((rc = text_member(r, item, at, "title", 1, &p->source)) < 0)
			return rc;
		json_int_t size = json_integer_value(get(item, "sizeInBytes", NULL));
		p->source_size = size > 0 ? (size_t)size : 0;
		break;
	}
	return 0;
}

/* Members of the item that no part of the model takes, named in one
 * warning so that nothing is dropped without a word. */
static void warn_unmapped(struct reader *r)
{
	static const char *const mapped[] = {
		"uri", "standard", "type", "representationType", "firstCreated",
		"versionCreated", "contentCreated", "language", "headlines", "descriptions",
		"bodies", "by", "people", "organisations", "subjects", "infoSources", "renditions",
		"associations", "altIds",
		/* ninjs 1.x */
		"headline", "body_text", "body_html", "description_text", "byline", NULL};
	char names[300] = "";
	size_t n = 0, len = 0;
	const char *key;
	json_t *v;
	json_object_foreach(r->root, key, v) {
		int known = 0;
		for (const char *const *m = mapped; *m && !known; m++)
			known = strcasecmp(key, *m) == 0;
		if (strcmp(key, "title") == 0 && r->title_is_headline)
			known = 1;
		if (known || json_is_null(v) || (json_is_array(v) && json_array_size(v) == 0))
			continue;
		n++;
		if (len + strlen(key) + 8 < sizeof names)
			len += (size_t)snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "",
			                        key);
		else if (len + 5 < sizeof names && !strstr(names, "..."))
			len += (size_t)snprintf(names + len, sizeof names - len, ", ...");
	}
	if (n)
		artex__json_warn(&r->in, "",
		                 "%zu %s of the item %s no place in the model and %s left out: %s",
		                 n, n == 1 ? "member" : "members", n == 1 ? "has" : "have",
		                 n == 1 ? "is" : "are", names);
}

static int own_output(const json_t *root)
{
	const json_t *alt = json_object_get(root, "altIds");
	for (size_t i = 0; i < json_array_size(alt); i++) {
		const char *role = json_string_value(json_object_get(json_array_get(alt, i), "role"));
		if (role && strcmp(role, ARTEX__NINJS_EXT "id") == 0)
			return 1;
	}
	return 0;
}

static int map(struct reader *r)
{
	static const char *const headline_roles[] = {"main", "headline", NULL};
	static const char *const summary_roles[] = {"summary", "description", "abstract", NULL};
	struct artex_article *a = r->in.art;
	const char *id;
	int rc;
	if (!json_is_object(r->root))
		return artex__json_fail(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, "",
		                        "a ninjs item must be an object, not %s",
		                        type_name(r->root));
	r->own = own_output(r->root);
	if ((rc = ext(r, r->root, "", "id", &id, NULL)) < 0)
		return rc;
	if (artex__valid_article_id(id))
		a->id = id;
	/* ninjs 1.x had one headline; a title is metadata, but better than none. */
	if ((rc = text_list(r, "headlines", headline_roles, 1, &a->headline, NULL)) < 0 ||
	    (!a->headline && (rc = text_member(r, r->root, "", "headline", 1, &a->headline)) < 0) ||
	    (!a->headline && (rc = text_member(r, r->root, "", "title", 1, &a->headline)) < 0))
		return rc;
	r->title_is_headline = a->headline == NULL ? 0 : !get(r->root, "headlines", NULL) &&
	                                                   !get(r->root, "headline", NULL);
	if (!a->headline)
		return artex__json_fail(&r->in, ARTEX_MSG_DATA_MISSING_KEY, "",
		                        "the item has no headline");
	if ((rc = text_list(r, "descriptions", summary_roles, 1, &a->description, NULL)) < 0 ||
	    (!a->description &&
	     (rc = text_member(r, r->root, "", "description_text", 1, &a->description)) < 0) ||
	    (rc = read_body(r)) < 0 || (rc = read_language(r)) < 0 || (rc = read_dates(r)) < 0 ||
	    (rc = read_sources(r)) < 0 || (rc = read_subjects(r)) < 0 ||
	    (rc = read_url(r)) < 0 || (rc = read_agents(r, "people", 0)) < 0 ||
	    (rc = read_agents(r, "organisations", 1)) < 0 ||
	    (rc = read_entity_details(r)) < 0 || (rc = read_associations(r)) < 0 ||
	    (rc = read_provenance(r)) < 0)
		return rc;
	if (!r->own)
		warn_unmapped(r);
	return 0;
}

static int ninjs_read(struct artex_article *art, const char *buf, size_t len, const char *file,
                      struct artex_error *err)
{
	struct reader r = {.in = {.art = art, .err = err, .buf = buf, .file = file, .len = len}};
	int rc = artex__reader_utf8(buf, len, file, err);
	if (rc == 0)
		rc = artex__json_load(&r.root, buf, len, file, err);
	if (rc == 0)
		rc = map(&r);
	if (rc == 0 && r.in.faults)
		rc = ARTEX_EINVALID; /* each is in the caller's list, the first in err */
	json_decref(r.root);
	return rc;
}

/* Pointer into the ninjs item of the altId "artex:NAME" of obj at base,
 * else base itself. */
static void ext_pointer(char *out, const json_t *obj, const char *base, const char *name)
{
	const json_t *alt = get(obj, "altIds", NULL);
	snprintf(out, PTR_MAX, "%s", base);
	for (size_t i = 0; i < json_array_size(alt); i++) {
		const char *role = json_string_value(get(json_array_get(alt, i), "role", NULL));
		if (role && strncmp(role, ARTEX__NINJS_EXT, strlen(ARTEX__NINJS_EXT)) == 0 &&
		    strcmp(role + strlen(ARTEX__NINJS_EXT), name) == 0) {
			snprintf(out, PTR_MAX, "%s/altIds/%zu/value", base, i);
			return;
		}
	}
}

/* Errors the model check finds name the model ("/quotes/2/span"); each
 * names the ninjs value it came from, the statement's association at least. */
static int ninjs_locate(const char *buf, size_t len, const char *pointer, int *line,
                        int *column)
{
	static const char *const top[][2] = {
		{"/headline", "/headlines"},        {"/language", "/language"},
		{"/description", "/descriptions"}, {"/date_published", "/firstCreated"},
		{"/date_modified", "/versionCreated"}, {"/date_created", "/contentCreated"},
		{"/body", "/bodies"},               {"/persons/", "/people/"},
		{"/organizations/", "/organisations/"}, {"/authors", "/infoSources"},
		{"/keywords", "/subjects"},         {"/url", "/renditions"}};
	json_t *root = NULL;
	char at[PTR_MAX] = "";
	if (artex__json_load(&root, buf, len, "", NULL) < 0)
		return -1;
	for (size_t k = 0; k < sizeof top / sizeof top[0]; k++) {
		size_t n = strlen(top[k][0]);
		if (strncmp(pointer, top[k][0], n) == 0) {
			snprintf(at, sizeof at, "%s%s", top[k][1], pointer + n);
			if (artex__json_locate(buf, len, at, line, column) != 0)
				snprintf(at, sizeof at, "%.*s", (int)strcspn(top[k][1] + 1, "/") + 1,
				         top[k][1]);
			break;
		}
	}
	const char *rel = strncmp(pointer, "/quotes/", 8) == 0   ? ARTEX__NINJS_REL_QUOTE
	                  : strncmp(pointer, "/claims/", 8) == 0 ? ARTEX__NINJS_REL_CLAIM
	                                                         : NULL;
	if (rel) {
		char *end;
		size_t want = strtoul(pointer + 8, &end, 10), seen = 0;
		const json_t *list = get(root, "associations", NULL);
		for (size_t i = 0; i < json_array_size(list); i++) {
			const json_t *item = json_array_get(list, i);
			const char *got = json_string_value(get(item, "rel", NULL));
			if (!got || strcmp(got, rel) != 0 || seen++ != want)
				continue;
			char base[64];
			snprintf(base, sizeof base, "/associations/%zu", i);
			if (strcmp(end, "/text") == 0)
				snprintf(at, sizeof at, "%s/bodies/0/value", base);
			else if (end[0] == '/')
				ext_pointer(at, item, base, end + 1);
			else
				snprintf(at, sizeof at, "%s", base);
			break;
		}
	}
	json_decref(root);
	return artex__json_locate(buf, len, at, line, column);
}

/* ninjs: a JSON object with a "uri" and ninjs's members near its start,
 * and no JSON-LD context; artex's own output names the standard. */
static int ninjs_sniff(const char *buf, size_t len)
{
	static const char *const members[] = {"\"headlines\"", "\"bodies\"", "\"versionCreated\"",
	                                      "\"firstCreated\"", "\"body_text\"", "\"headline\"",
	                                      NULL};
	size_t i = 0;
	while (i < len && strchr(" \t\r\n", buf[i]))
		i++;
	if (i >= len || buf[i] != '{')
		return 0;
	size_t end = i + (len - i < 4096 ? len - i : 4096);
	int uri = 0, member = 0, named = 0;
	for (size_t k = i; k < end; k++) {
		if (buf[k] != '"')
			continue;
#define AT(lit) (end - k >= strlen(lit) && memcmp(buf + k, lit, strlen(lit)) == 0)
		if (AT("\"@context\""))
			return 0;
		uri |= AT("\"uri\"");
		named |= AT("\"ninjs\"");
		for (const char *const *m = members; *m; m++)
			member |= AT(*m);
#undef AT
	}
	return !uri || !(member || named) ? 0 : named ? 95 : 85;
}

static const char *const ninjs_suffixes[] = {".ninjs.json", ".ninjs", NULL};

const struct artex_reader artex__reader_ninjs = {
	.name = "ninjs",
	.suffixes = ninjs_suffixes,
	.sniff = ninjs_sniff,
	.read = ninjs_read,
	.locate = ninjs_locate,
};
