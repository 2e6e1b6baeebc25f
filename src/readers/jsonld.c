/* schema.org JSON-LD: artex's own output (read back without loss) and
 * NewsArticle/Article markup from elsewhere (a single object, an @graph or
 * an array; nested or referenced nodes; authors as text, object or list),
 * mapped as far as its content allows. Terms are matched by their
 * schema.org name whether written plain, as schema:name or as a full IRI;
 * no context is fetched or processed. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exporters/jsonld.h"
#include "extract/lang.h"
#include "readers/reader.h"
#include "util/error.h"
#include "util/jsonloc.h"
#include "util/utf8.h"

#define PTR_MAX 256

struct node {
	json_t *obj;
	char ptr[PTR_MAX];
};

/* A model entity built from a node, so references can find it again. */
struct made {
	const json_t *obj;
	const char *id;
	char ptr[PTR_MAX];
};

struct reader {
	struct artex_article *art;
	const char *buf, *file;
	size_t len;
	struct artex_error *err;
	struct node *nodes;
	size_t n_nodes, cap_nodes;
	const struct node *article;
	/* Entities in model order, with the pointer of the node each came from. */
	struct made *persons, *orgs, *quotes, *claims;
	char (*quote_spans)[PTR_MAX], (*claim_spans)[PTR_MAX];
	size_t warnings; /* content that could not be mapped, told in the article's warnings */
	/* Markup embedded in a page: the article's metadata only, no body
	 * required, dates kept as written for the page reader to normalise. */
	int metadata_only;
};

/* ---- JSON pointers and errors ---- */

static void ptr_join(char *out, const char *base, const char *key)
{
	size_t n = strlen(base);
	if (out != base)
		memcpy(out, base, n + 1);
	if (n + 2 >= PTR_MAX)
		return;
	out[n++] = '/';
	for (const char *k = key; *k && n + 3 < PTR_MAX; k++) {
		if (*k == '~' || *k == '/') {
			out[n++] = '~';
			out[n++] = *k == '~' ? '0' : '1';
		} else {
			out[n++] = *k;
		}
	}
	out[n] = '\0';
}

static void ptr_index(char *out, const char *base, size_t i)
{
	char num[32];
	snprintf(num, sizeof num, "%zu", i);
	ptr_join(out, base, num);
}

static int fail(struct reader *r, enum artex_status code, int msg_id, const char *ptr,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static int fail(struct reader *r, enum artex_status code, int msg_id, const char *ptr,
                const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	artex__verror(r->err, code, msg_id, fmt, ap);
	va_end(ap);
	int line = 0, col = 0;
	artex__json_locate(r->buf, r->len, ptr, &line, &col);
	artex__error_at(r->err, r->file, line, col);
	artex__error_pointer(r->err, ptr);
	return code;
}

/* Content that has no place in the model is left out, and said so. */
static void warn(struct reader *r, const char *ptr, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void warn(struct reader *r, const char *ptr, const char *fmt, ...)
{
	char msg[384];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	r->warnings++;
	artex__article_warn(r->art, ptr, msg);
}

static int oom(struct reader *r)
{
	return artex__error(r->err, ARTEX_ENOMEM, 0, "out of memory");
}

/* ---- terms and nodes ---- */

static const char *schema_term(const char *s)
{
	static const char *const prefixes[] = {"schema:", "http://schema.org/",
	                                       "https://schema.org/", NULL};
	for (const char *const *p = prefixes; *p; p++)
		if (strncmp(s, *p, strlen(*p)) == 0)
			return s + strlen(*p);
	return s;
}

/* The value of property `term`, written plain, schema:-prefixed or as an
 * IRI; its pointer goes to ptr. Terms with another prefix (oa:, artex:)
 * match only as written. */
static json_t *prop(const struct node *n, const char *term, char *ptr)
{
	const char *key;
	json_t *v;
	json_object_foreach(n->obj, key, v) {
		if (strcmp(key, term) == 0 || (!strchr(term, ':') && strcmp(schema_term(key), term) == 0)) {
			if (ptr)
				ptr_join(ptr, n->ptr, key);
			return v;
		}
	}
	return NULL;
}

static int has_type(const json_t *obj, const char *type)
{
	const json_t *t = json_object_get(obj, "@type");
	size_t n = json_is_array(t) ? json_array_size(t) : 1;
	for (size_t i = 0; i < n; i++) {
		const char *s = json_string_value(json_is_array(t) ? json_array_get(t, i) : t);
		if (!s)
			continue;
		if (strncmp(type, "oa:", 3) == 0
		        ? strcmp(s, type) == 0 || (strncmp(s, ARTEX__OA_NS, strlen(ARTEX__OA_NS)) == 0 &&
		                                   strcmp(s + strlen(ARTEX__OA_NS), type + 3) == 0)
		        : strcmp(schema_term(s), type) == 0)
			return 1;
	}
	return 0;
}

static int is_article(const json_t *obj)
{
	static const char *const types[] = {
		"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
		"BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
		"LiveBlogPosting", "SatiricalArticle", "Report", NULL};
	for (const char *const *t = types; *t; t++)
		if (has_type(obj, *t))
			return 1;
	return 0;
}

/* Organization and its subtypes, most of which end in "Organization". */
static int is_org(const json_t *obj)
{
	static const char *const others[] = {"Corporation", "NGO", "Airline", "Consortium",
	                                     "SportsTeam", "LocalBusiness", NULL};
	const json_t *t = json_object_get(obj, "@type");
	size_t n = json_is_array(t) ? json_array_size(t) : 1;
	for (size_t i = 0; i < n; i++) {
		const char *s = json_string_value(json_is_array(t) ? json_array_get(t, i) : t);
		if (!s)
			continue;
		s = schema_term(s);
		size_t len = strlen(s);
		if (len >= 12 && strcmp(s + len - 12, "Organization") == 0)
			return 1;
		for (const char *const *o = others; *o; o++)
			if (strcmp(s, *o) == 0)
				return 1;
	}
	return 0;
}

static int add_node(struct reader *r, json_t *obj, const char *ptr)
{
	if (r->n_nodes == r->cap_nodes) {
		size_t cap = r->cap_nodes ? 2 * r->cap_nodes : 32;
		struct node *grown = realloc(r->nodes, cap * sizeof *grown);
		if (!grown)
			return oom(r);
		r->nodes = grown;
		r->cap_nodes = cap;
	}
	struct node *n = &r->nodes[r->n_nodes++];
	n->obj = obj;
	snprintf(n->ptr, sizeof n->ptr, "%s", ptr);
	return 0;
}

/* Every object that describes something (not a value object, not a bare
 * reference), in document order. */
static int collect(struct reader *r, json_t *v, const char *ptr)
{
	char child[PTR_MAX];
	if (json_is_array(v)) {
		for (size_t i = 0; i < json_array_size(v); i++) {
			ptr_index(child, ptr, i);
			if (collect(r, json_array_get(v, i), child) < 0)
				return r->err ? r->err->code : ARTEX_ENOMEM;
		}
		return 0;
	}
	if (!json_is_object(v) || json_object_get(v, "@value"))
		return 0;
	int bare = json_object_size(v) == 1 && json_object_get(v, "@id");
	int container = json_object_get(v, "@graph") && !json_object_get(v, "@type");
	if (!bare && !container && add_node(r, v, ptr) < 0)
		return ARTEX_ENOMEM;
	const char *key;
	json_t *item;
	json_object_foreach(v, key, item) {
		if (strcmp(key, "@context") == 0)
			continue;
		ptr_join(child, ptr, key);
		if (collect(r, item, child) < 0)
			return ARTEX_ENOMEM;
	}
	return 0;
}

static const struct node *node_of(const struct reader *r, const json_t *obj)
{
	for (size_t i = 0; i < r->n_nodes; i++)
		if (r->nodes[i].obj == obj)
			return &r->nodes[i];
	return NULL;
}

/* The node a value stands for: itself when it describes something, the
 * node with its @id when it is a bare reference (an error when the document
 * has none), NULL for text. */
static int resolve(struct reader *r, const json_t *v, const char *ptr, const struct node **out)
{
	*out = NULL;
	if (!json_is_object(v) || json_object_get(v, "@value"))
		return 0;
	if (!(json_object_size(v) == 1 && json_object_get(v, "@id"))) {
		*out = node_of(r, v);
		return 0;
	}
	const char *id = json_string_value(json_object_get(v, "@id"));
	char at[PTR_MAX];
	ptr_join(at, ptr, "@id");
	if (!id)
		return fail(r, ARTEX_EINVALID, ARTEX_MSG_DATA_WRONG_TYPE, at, "@id must be a string");
	for (size_t i = 0; i < r->n_nodes; i++) {
		const char *other = json_string_value(json_object_get(r->nodes[i].obj, "@id"));
		if (other && strcmp(other, id) == 0) {
			*out = &r->nodes[i];
			return 0;
		}
	}
	return fail(r, ARTEX_EINVALID, ARTEX_MSG_JSONLD_DANGLING, at,
	            "\"%s\" names no node in this document", id);
}

/* ---- values ---- */

/* Text of a value (a string or a value object), NFC, in the arena; with
 * single_line, line breaks become spaces. NULL with *rc == 0 when absent. */
static const char *text(struct reader *r, const json_t *v, const char *ptr, int single_line,
                        int *rc)
{
	*rc = 0;
	if (!v)
		return NULL;
	char at[PTR_MAX];
	snprintf(at, sizeof at, "%s", ptr);
	if (json_is_object(v) && json_object_get(v, "@value")) {
		ptr_join(at, ptr, "@value");
		v = json_object_get(v, "@value");
	}
	if (!json_is_string(v)) {
		*rc = fail(r, ARTEX_EINVALID, ARTEX_MSG_DATA_WRONG_TYPE, at,
		           "expected text, found %s",
		           json_is_object(v) ? "an object" : json_is_array(v) ? "a list"
		           : json_is_number(v) ? "a number" : "another value");
		return NULL;
	}
	const char *s = json_string_value(v);
	size_t len = json_string_length(v);
	if (memchr(s, '\0', len) || artex__utf8_invalid_at(s, len) != (size_t)-1) {
		*rc = fail(r, ARTEX_EINVALID, ARTEX_MSG_UTF8_INVALID, at, "text holds a NUL character");
		return NULL;
	}
	char *copy = artex__utf8_is_nfc(s, len) ? NULL : artex__utf8_nfc(s, len, &len);
	const char *from = copy ? copy : s;
	char *t = malloc(len + 1);
	if (!t) {
		free(copy);
		*rc = oom(r);
		return NULL;
	}
	memcpy(t, from, len + 1);
	free(copy);
	for (size_t i = 0; single_line && i < len; i++)
		if (t[i] == '\n' || t[i] == '\r')
			t[i] = ' ';
	const char *res = artex__article_strn(r->art, t, len);
	free(t);
	if (!res)
		*rc = oom(r);
	return res;
}

/* Text of a property with one value; a list gives its first item (the rest
 * counts as unmapped). */
static const char *text_prop(struct reader *r, const struct node *n, const char *term,
                             int single_line, int *rc)
{
	char ptr[PTR_MAX];
	const json_t *v = prop(n, term, ptr);
	*rc = 0;
	if (json_is_array(v)) {
		if (json_array_size(v) == 0)
			return NULL;
		if (json_array_size(v) > 1)
			warn(r, ptr, "%s has %zu values; only the first is kept", term,
			     json_array_size(v));
		ptr_index(ptr, ptr, 0);
		v = json_array_get(v, 0);
	}
	return text(r, v, ptr, single_line, rc);
}

static int text_list(struct reader *r, const struct node *n, const char *term,
                     struct artex_strlist *list, int split_commas)
{
	char ptr[PTR_MAX], at[PTR_MAX];
	const json_t *v = prop(n, term, ptr);
	if (!v)
		return 0;
	size_t count = json_is_array(v) ? json_array_size(v) : 1;
	for (size_t i = 0; i < count; i++) {
		const json_t *item = json_is_array(v) ? json_array_get(v, i) : v;
		snprintf(at, sizeof at, "%s", ptr);
		if (json_is_array(v))
			ptr_index(at, ptr, i);
		if (json_is_object(item) && json_object_get(item, "@id") &&
		    !json_object_get(item, "@value"))
			item = json_object_get(item, "@id");
		int rc;
		const char *s = text(r, item, at, 1, &rc);
		if (rc < 0)
			return rc;
		/* A single keyword string is the common comma-separated form. */
		while (s && split_commas && !json_is_array(v)) {
			const char *comma = strchr(s, ',');
			size_t k = comma ? (size_t)(comma - s) : strlen(s), b = 0;
			while (b < k && s[b] == ' ')
				b++;
			while (k > b && s[k - 1] == ' ')
				k--;
			const char *part = k > b ? artex__article_strn(r->art, s + b, k - b) : NULL;
			if (part && artex__strlist_add(r->art, list, part) < 0)
				return oom(r);
			s = comma ? comma + 1 : NULL;
		}
		if (s && *s && artex__strlist_add(r->art, list, s) < 0)
			return oom(r);
	}
	return 0;
}

/* Name of an agent value: text, or the name of the node it is. */
static int agent_name(struct reader *r, const json_t *v, const char *ptr, const char **out,
                      const struct node **node)
{
	int rc = resolve(r, v, ptr, node);
	if (rc < 0)
		return rc;
	if (*node) {
		*out = text_prop(r, *node, "name", 1, &rc);
		if (!*out && rc == 0)
			warn(r, ptr, "an agent without a name is left out");
		return rc;
	}
	*out = text(r, v, ptr, 1, &rc);
	return rc;
}

/* ---- entities ---- */

static const char *fresh_id(struct reader *r, char prefix)
{
	char id[32];
	for (unsigned n = 1;; n++) {
		snprintf(id, sizeof id, "%c%u", prefix, n);
		int used = 0;
		const struct artex_article *a = r->art;
		for (size_t i = 0; i < a->n_persons && !used; i++)
			used = strcmp(a->persons[i].id, id) == 0;
		for (size_t i = 0; i < a->n_orgs && !used; i++)
			used = strcmp(a->orgs[i].id, id) == 0;
		for (size_t i = 0; i < a->n_quotes && !used; i++)
			used = strcmp(a->quotes[i].id, id) == 0;
		for (size_t i = 0; i < a->n_claims && !used; i++)
			used = strcmp(a->claims[i].id, id) == 0;
		if (!used)
			return artex__article_str(r->art, id);
	}
}

static const char *local_id(struct reader *r, const struct node *n, char prefix, int *rc)
{
	const char *id = text_prop(r, n, "identifier", 1, rc);
	if (*rc < 0)
		*rc = 0; /* third-party identifiers (objects, numbers) are not ours */
	if (id && artex__valid_id(id))
		return id;
	const char *fresh = fresh_id(r, prefix);
	if (!fresh)
		*rc = oom(r);
	return fresh;
}

static int remember(struct reader *r, struct made **list, size_t count, const struct node *n,
                    const char *id)
{
	struct made *grown = realloc(*list, (count + 1) * sizeof *grown);
	if (!grown)
		return oom(r);
	*list = grown;
	grown[count].obj = n->obj;
	grown[count].id = id;
	snprintf(grown[count].ptr, sizeof grown[count].ptr, "%s", n->ptr);
	return 0;
}

static const char *made_id(const struct made *list, size_t count, const json_t *obj)
{
	for (size_t i = 0; i < count; i++)
		if (list[i].obj == obj)
			return list[i].id;
	return NULL;
}

static int add_agent(struct reader *r, const struct node *n, const char **out_id)
{
	const struct artex_article *a = r->art;
	const char *id = made_id(r->persons, a->n_persons, n->obj);
	if (!id)
		id = made_id(r->orgs, a->n_orgs, n->obj);
	if (id) {
		*out_id = id;
		return 0;
	}
	int org = is_org(n->obj), rc;
	const char *name = text_prop(r, n, "name", 1, &rc);
	if (rc < 0)
		return rc;
	*out_id = NULL;
	if (!name || !*name) {
		warn(r, n->ptr, "a %s without a name is left out", org ? "organization" : "person");
		return 0;
	}
	id = local_id(r, n, org ? 'o' : 'p', &rc);
	if (rc < 0)
		return rc;
	if (org) {
		struct artex_org *o = artex__article_add_org(r->art);
		if (!o || remember(r, &r->orgs, a->n_orgs - 1, n, id) < 0)
			return oom(r);
		o->id = id;
		o->name = name;
		if ((rc = text_list(r, n, "alternateName", &o->aliases, 0)) < 0 ||
		    (rc = text_list(r, n, "sameAs", &o->same_as, 0)) < 0)
			return rc;
	} else {
		struct artex_person *p = artex__article_add_person(r->art);
		if (!p || remember(r, &r->persons, a->n_persons - 1, n, id) < 0)
			return oom(r);
		p->id = id;
		p->name = name;
		if ((rc = text_list(r, n, "alternateName", &p->aliases, 0)) < 0 ||
		    (rc = text_list(r, n, "sameAs", &p->same_as, 0)) < 0)
			return rc;
		char ptr[PTR_MAX];
		const json_t *job = prop(n, "jobTitle", ptr);
		const struct node *term;
		if ((rc = agent_name(r, json_is_array(job) ? json_array_get(job, 0) : job, ptr,
		                     &p->role, &term)) < 0)
			return rc;
	}
	*out_id = id;
	return 0;
}

/* Affiliations point at organisations that may only now become entities,
 * so they are resolved once every mentioned entity exists. */
static int add_affiliations(struct reader *r)
{
	for (size_t i = 0; i < r->art->n_persons; i++) {
		const struct node *n = node_of(r, r->persons[i].obj), *org;
		char ptr[PTR_MAX];
		const json_t *v = prop(n, "affiliation", ptr);
		if (json_is_array(v)) {
			if (json_array_size(v) > 1)
				warn(r, ptr, "a person with %zu affiliations keeps the first",
				     json_array_size(v));
			ptr_index(ptr, ptr, 0);
			v = json_array_get(v, 0);
		}
		int rc = resolve(r, v, ptr, &org);
		if (rc < 0)
			return rc;
		const char *id = NULL;
		if (org && (rc = add_agent(r, org, &id)) < 0)
			return rc;
		if (v && !org)
			warn(r, ptr, "an affiliation given only as text is left out");
		r->art->persons[i].affiliation = id;
	}
	return 0;
}

static int mentions(struct reader *r, const char *term)
{
	char ptr[PTR_MAX], at[PTR_MAX];
	const json_t *v = prop(r->article, term, ptr);
	size_t count = json_is_array(v) ? json_array_size(v) : v ? 1 : 0;
	for (size_t i = 0; i < count; i++) {
		const json_t *item = json_is_array(v) ? json_array_get(v, i) : v;
		snprintf(at, sizeof at, "%s", ptr);
		if (json_is_array(v))
			ptr_index(at, ptr, i);
		const struct node *n;
		int rc = resolve(r, item, at, &n);
		if (rc < 0)
			return rc;
		const char *id;
		if (n && (has_type(n->obj, "Person") || is_org(n->obj))) {
			if ((rc = add_agent(r, n, &id)) < 0)
				return rc;
		} else {
			warn(r, ptr, "mentions of things other than people and organizations are "
			     "left out");
		}
	}
	return 0;
}

static int speaker_of(struct reader *r, const struct node *n, const char *const *terms,
                      const char **out)
{
	*out = NULL;
	for (; *terms; terms++) {
		char ptr[PTR_MAX];
		const json_t *v = prop(n, *terms, ptr);
		if (!v)
			continue;
		if (json_is_array(v)) {
			ptr_index(ptr, ptr, 0);
			v = json_array_get(v, 0);
		}
		const struct node *who;
		int rc = resolve(r, v, ptr, &who);
		if (rc < 0)
			return rc;
		if (who && (has_type(who->obj, "Person") || is_org(who->obj)))
			return add_agent(r, who, out);
		warn(r, ptr, "a speaker that is no person or organization is left out");
	}
	return 0;
}

static int kind_of(struct reader *r, const struct node *n, const char *const *names, int dflt,
                   int *out)
{
	char ptr[PTR_MAX];
	int rc;
	*out = dflt;
	prop(n, "artex:kind", ptr);
	const char *k = text_prop(r, n, "artex:kind", 1, &rc);
	if (rc < 0 || !k)
		return rc;
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], k) == 0) {
			*out = i;
			return 0;
		}
	return fail(r, ARTEX_EINVALID, ARTEX_MSG_DATA_BAD_VALUE, ptr, "unknown kind \"%s\"", k);
}

static int confidence_of(struct reader *r, const struct node *n, double *out)
{
	char ptr[PTR_MAX];
	const json_t *v = prop(n, "artex:confidence", ptr);
	*out = 1;
	if (!v)
		return 0;
	if (!json_is_number(v))
		return fail(r, ARTEX_EINVALID, ARTEX_MSG_DATA_WRONG_TYPE, ptr,
		            "confidence must be a number");
	*out = json_number_value(v);
	return 0;
}

static int add_quote(struct reader *r, const struct node *n)
{
	static const char *const kinds[] = {"direct", "headline", NULL};
	static const char *const speakers[] = {"spokenByCharacter", "creator", "author", NULL};
	if (made_id(r->quotes, r->art->n_quotes, n->obj))
		return 0;
	int rc;
	const char *t = text_prop(r, n, "text", 0, &rc);
	if (rc < 0)
		return rc;
	if (!t || !*t) {
		warn(r, n->ptr, "a Quotation without text is left out");
		return 0;
	}
	const char *id = local_id(r, n, 'q', &rc), *speaker, *cue;
	int kind;
	double confidence;
	if (rc < 0 || (rc = speaker_of(r, n, speakers, &speaker)) < 0 ||
	    (rc = kind_of(r, n, kinds, ARTEX_QUOTE_DIRECT, &kind)) < 0 ||
	    (rc = confidence_of(r, n, &confidence)) < 0)
		return rc;
	cue = text_prop(r, n, "artex:cue", 1, &rc);
	if (rc < 0)
		return rc;
	struct artex_quote *q = artex__article_add_quote(r->art);
	if (!q || remember(r, &r->quotes, r->art->n_quotes - 1, n, id) < 0)
		return oom(r);
	*q = (struct artex_quote){.id = id, .text = t, .speaker = speaker, .cue = cue,
	                          .kind = (enum artex_quote_kind)kind, .confidence = confidence};
	return 0;
}

static int add_claim(struct reader *r, const struct node *n)
{
	static const char *const kinds[] = {"direct", "indirect", "headline", NULL};
	static const char *const claimants[] = {"author", "creator", NULL};
	int rc;
	const char *t = text_prop(r, n, "text", 0, &rc);
	if (rc < 0)
		return rc;
	if (!t || !*t) {
		warn(r, n->ptr, "a Claim without text is left out");
		return 0;
	}
	const char *id = local_id(r, n, 'c', &rc), *claimant, *quote = NULL;
	int kind;
	double confidence;
	if (rc < 0 || (rc = speaker_of(r, n, claimants, &claimant)) < 0 ||
	    (rc = confidence_of(r, n, &confidence)) < 0)
		return rc;
	char ptr[PTR_MAX];
	const json_t *based = prop(n, "isBasedOn", ptr);
	const struct node *src = NULL;
	if (based && (rc = resolve(r, based, ptr, &src)) < 0)
		return rc;
	if (src)
		quote = made_id(r->quotes, r->art->n_quotes, src->obj);
	if (based && !quote)
		warn(r, ptr, "isBasedOn names no quotation of this article");
	if ((rc = kind_of(r, n, kinds, quote ? ARTEX_CLAIM_DIRECT : ARTEX_CLAIM_INDIRECT, &kind)) < 0)
		return rc;
	struct artex_claim *c = artex__article_add_claim(r->art);
	if (!c || remember(r, &r->claims, r->art->n_claims - 1, n, id) < 0)
		return oom(r);
	*c = (struct artex_claim){.id = id, .text = t, .claimant = claimant, .quote = quote,
	                          .kind = (enum artex_claim_kind)kind, .confidence = confidence};
	return 0;
}

static int span_number(struct reader *r, const struct node *sel, const char *term, size_t *out)
{
	char ptr[PTR_MAX];
	const json_t *v = prop(sel, term, ptr);
	if (json_is_object(v) && json_object_get(v, "@value")) {
		ptr_join(ptr, ptr, "@value");
		v = json_object_get(v, "@value");
	}
	if (!json_is_integer(v) || json_integer_value(v) < 0)
		return fail(r, ARTEX_EINVALID, v ? ARTEX_MSG_DATA_WRONG_TYPE : ARTEX_MSG_DATA_MISSING_KEY,
		            v ? ptr : sel->ptr, "%s must be a whole number of code points", term);
	*out = (size_t)json_integer_value(v);
	return 0;
}

static int add_span(struct reader *r, const struct node *note)
{
	char ptr[PTR_MAX];
	const struct node *body, *target, *sel;
	const json_t *v = prop(note, "oa:hasBody", ptr);
	int rc = resolve(r, v, ptr, &body);
	if (rc < 0)
		return rc;
	struct artex_span *span = NULL;
	char(*span_ptr)[PTR_MAX] = NULL;
	for (size_t i = 0; body && !span && i < r->art->n_quotes; i++)
		if (r->quotes[i].obj == body->obj) {
			span = &r->art->quotes[i].span;
			span_ptr = &r->quote_spans[i];
		}
	for (size_t i = 0; body && !span && i < r->art->n_claims; i++)
		if (r->claims[i].obj == body->obj) {
			span = &r->art->claims[i].span;
			span_ptr = &r->claim_spans[i];
		}
	v = prop(note, "oa:hasTarget", ptr);
	if ((rc = resolve(r, v, ptr, &target)) < 0)
		return rc;
	if (!span || !target) {
		warn(r, note->ptr, "an annotation that targets nothing known is left out");
		return 0;
	}
	v = prop(target, "oa:hasSelector", ptr);
	size_t count = json_is_array(v) ? json_array_size(v) : v ? 1 : 0;
	for (size_t i = 0; i < count; i++) {
		char at[PTR_MAX];
		snprintf(at, sizeof at, "%s", ptr);
		if (json_is_array(v))
			ptr_index(at, ptr, i);
		if ((rc = resolve(r, json_is_array(v) ? json_array_get(v, i) : v, at, &sel)) < 0)
			return rc;
		if (!sel || !has_type(sel->obj, "oa:TextPositionSelector"))
			continue;
		size_t start, end;
		if ((rc = span_number(r, sel, "oa:start", &start)) < 0 ||
		    (rc = span_number(r, sel, "oa:end", &end)) < 0)
			return rc;
		const char *field = text_prop(r, target, "artex:textField", 1, &rc);
		if (rc < 0)
			return rc;
		span->field = field && strcmp(field, "headline") == 0 ? ARTEX_FIELD_HEADLINE
		                                                      : ARTEX_FIELD_BODY;
		span->start = start;
		span->end = end;
		snprintf(*span_ptr, PTR_MAX, "%s", sel->ptr);
		return 0;
	}
	warn(r, target->ptr, "an annotation without a TextPositionSelector gives no span");
	return 0;
}

/* ---- the article ---- */

static int is_blank_line_gap(const char *s, size_t len, size_t i, size_t *skip)
{
	/* Two or more line breaks, maybe with spaces between: a paragraph gap. */
	size_t k = i, breaks = 0;
	while (k < len && (s[k] == '\n' || s[k] == '\r' || s[k] == ' ' || s[k] == '\t')) {
		if (s[k] == '\n' || (s[k] == '\r' && (k + 1 >= len || s[k + 1] != '\n')))
			breaks++;
		k++;
	}
	*skip = k - i;
	return breaks >= 2;
}

/* A body that is exactly paragraphs joined by "\n\n" (artex's own, and any
 * other that keeps to that form) splits back exactly, spaces and all. */
static int split_exact(struct reader *r, const char *body, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (body[i] == '\r')
			return 0;
		if (body[i] == '\n') {
			if (i + 1 >= len || body[i + 1] != '\n' || i == 0 ||
			    (i + 2 < len && body[i + 2] == '\n') || i + 2 == len)
				return 0;
			i++;
		}
	}
	size_t start = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i < len && body[i] != '\n')
			continue;
		const char *p = artex__article_strn(r->art, body + start, i - start);
		if (!p || artex__strlist_add(r->art, &r->art->paragraphs, p) < 0)
			return oom(r);
		i++;
		start = i + 1;
	}
	return 1;
}

static int paragraphs(struct reader *r, const char *body)
{
	size_t len = strlen(body), start = 0;
	int exact = split_exact(r, body, len);
	if (exact != 0)
		return exact < 0 ? exact : 0;
	for (size_t i = 0; i <= len;) {
		size_t skip = 0;
		if (i < len && !is_blank_line_gap(body, len, i, &skip)) {
			i += skip ? skip : 1;
			continue;
		}
		size_t b = start, e = i;
		while (b < e && strchr(" \t\r\n", body[b]))
			b++;
		while (e > b && strchr(" \t\r\n", body[e - 1]))
			e--;
		if (e > b) {
			const char *p = artex__article_strn(r->art, body + b, e - b);
			if (!p || artex__strlist_add(r->art, &r->art->paragraphs, p) < 0)
				return oom(r);
		}
		if (i == len)
			break;
		i += skip;
		start = i;
	}
	return 0;
}

static int article_id_ok(const char *s)
{
	size_t n = strlen(s);
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		if (!alnum && (i == 0 || !strchr("._-", c)))
			return 0;
	}
	return n > 0 && n <= 200;
}

static int read_article(struct reader *r)
{
	struct artex_article *a = r->art;
	const struct node *n = r->article;
	int rc;
	char ptr[PTR_MAX];
	const char *id = text_prop(r, n, "identifier", 1, &rc);
	if (rc == 0 && id && article_id_ok(id))
		a->id = id;
	a->headline = text_prop(r, n, "headline", 1, &rc);
	if (rc < 0)
		return rc;
	if (!a->headline && !(a->headline = text_prop(r, n, "name", 1, &rc)) && rc == 0 &&
	    !r->metadata_only)
		return fail(r, ARTEX_EINVALID, ARTEX_MSG_DATA_MISSING_KEY, n->ptr,
		            "the article has no headline");
	const char *body = text_prop(r, n, "articleBody", 0, &rc);
	if (rc < 0)
		return rc;
	if (r->metadata_only)
		body = body ? body : "";
	if (!body && !(body = text_prop(r, n, "description", 0, &rc)) && rc == 0)
		return fail(r, ARTEX_EINVALID, ARTEX_MSG_DATA_MISSING_KEY, n->ptr,
		            "the article has no articleBody");
	if (rc < 0 || (rc = paragraphs(r, body)) < 0)
		return rc;
	const struct node *lang_node;
	const json_t *lang = prop(n, "inLanguage", ptr);
	if ((rc = agent_name(r, lang, ptr, &a->language, &lang_node)) < 0)
		return rc;
	if (lang_node)
		a->language = text_prop(r, lang_node, "alternateName", 1, &rc);
	if (r->metadata_only && !artex__valid_language(a->language)) {
		a->language = NULL;
	} else if (!artex__valid_language(a->language)) {
		/* Tags like "en-US" are fine; names like "English" are not. */
		if (a->language)
			warn(r, ptr, "inLanguage \"%s\" is no BCP 47 tag; the language is identified from the text", a->language);
		a->language = artex__article_str(a, artex__lang_guess(body, strlen(body)));
	}
	if (!(a->section = text_prop(r, n, "articleSection", 1, &rc)) && rc < 0)
		return rc;
	static const char *const dates[] = {"datePublished", "dateModified"};
	const char **slots[] = {&a->date_published, &a->date_modified};
	for (int i = 0; i < 2; i++) {
		*slots[i] = text_prop(r, n, dates[i], 1, &rc);
		if (rc < 0)
			return rc;
		if (*slots[i] && !r->metadata_only && !artex__valid_date(*slots[i])) {
			warn(r, n->ptr, "%s \"%s\" is no ISO 8601 date and is left out", dates[i], *slots[i]);
			*slots[i] = NULL;
		}
	}
	const json_t *url = prop(n, "url", ptr);
	if (!url)
		url = prop(n, "mainEntityOfPage", ptr);
	if (json_is_object(url) && json_object_get(url, "@id")) {
		ptr_join(ptr, ptr, "@id");
		url = json_object_get(url, "@id");
	}
	if ((a->url = text(r, url, ptr, 1, &rc)) == NULL && rc < 0)
		return rc;
	if ((rc = text_list(r, n, "keywords", &a->keywords, 1)) < 0)
		return rc;

	const json_t *v = prop(n, "author", ptr);
	size_t count = json_is_array(v) ? json_array_size(v) : v ? 1 : 0;
	for (size_t i = 0; i < count; i++) {
		char at[PTR_MAX];
		snprintf(at, sizeof at, "%s", ptr);
		if (json_is_array(v))
			ptr_index(at, ptr, i);
		const char *name;
		const struct node *who;
		if ((rc = agent_name(r, json_is_array(v) ? json_array_get(v, i) : v, at, &name, &who)) <
		    0)
			return rc;
		if (name && *name && artex__strlist_add(a, &a->authors, name) < 0)
			return oom(r);
	}
	v = prop(n, "publisher", ptr);
	if (json_is_array(v)) {
		if (json_array_size(v) > 1)
			warn(r, ptr, "%zu publishers: the first is kept", json_array_size(v));
		ptr_index(ptr, ptr, 0);
		v = json_array_get(v, 0);
	}
	const struct node *pub;
	if ((rc = agent_name(r, v, ptr, &a->publisher, &pub)) < 0)
		return rc;
	if (r->metadata_only)
		return 0;

	if ((rc = mentions(r, "mentions")) < 0 || (rc = mentions(r, "about")) < 0 ||
	    (rc = add_affiliations(r)) < 0)
		return rc;
	v = prop(n, "hasPart", ptr);
	count = json_is_array(v) ? json_array_size(v) : v ? 1 : 0;
	for (size_t i = 0; i < count; i++) {
		char at[PTR_MAX];
		snprintf(at, sizeof at, "%s", ptr);
		if (json_is_array(v))
			ptr_index(at, ptr, i);
		const struct node *part;
		if ((rc = resolve(r, json_is_array(v) ? json_array_get(v, i) : v, at, &part)) < 0)
			return rc;
		if (part && has_type(part->obj, "Quotation")) {
			if ((rc = add_quote(r, part)) < 0)
				return rc;
		} else {
			warn(r, at, "hasPart that is no Quotation is left out");
		}
	}
	for (size_t i = 0; i < r->n_nodes; i++)
		if (has_type(r->nodes[i].obj, "Quotation") && (rc = add_quote(r, &r->nodes[i])) < 0)
			return rc;
	for (size_t i = 0; i < r->n_nodes; i++)
		if (has_type(r->nodes[i].obj, "Claim") && (rc = add_claim(r, &r->nodes[i])) < 0)
			return rc;
	r->quote_spans = calloc(a->n_quotes + 1, sizeof *r->quote_spans);
	r->claim_spans = calloc(a->n_claims + 1, sizeof *r->claim_spans);
	if (!r->quote_spans || !r->claim_spans)
		return oom(r);
	for (size_t i = 0; i < r->n_nodes; i++)
		if (has_type(r->nodes[i].obj, "oa:Annotation") && (rc = add_span(r, &r->nodes[i])) < 0)
			return rc;
	return 0;
}

static void reader_dispose(struct reader *r)
{
	free(r->nodes);
	free(r->persons);
	free(r->orgs);
	free(r->quotes);
	free(r->claims);
	free(r->quote_spans);
	free(r->claim_spans);
}

static int run(struct reader *r, json_t **root)
{
	size_t bad = artex__utf8_invalid_at(r->buf, r->len);
	if (bad != (size_t)-1) {
		int line, col;
		artex__utf8_linecol(r->buf, r->len, bad, &line, &col);
		artex__error(r->err, ARTEX_EINVALID, ARTEX_MSG_UTF8_INVALID,
		             "invalid UTF-8 at byte offset %zu", bad);
		artex__error_at(r->err, r->file, line, col);
		return ARTEX_EINVALID;
	}
	int rc = artex__json_load(root, r->buf, r->len, r->file, r->err);
	if (rc < 0)
		return rc;
	if (!json_is_object(*root) && !json_is_array(*root))
		return fail(r, ARTEX_EINVALID, ARTEX_MSG_DATA_WRONG_TYPE, "",
		            "JSON-LD must be an object or a list of objects");
	if ((rc = collect(r, *root, "")) < 0)
		return rc;
	for (size_t i = 0; i < r->n_nodes && !r->article; i++)
		if (is_article(r->nodes[i].obj))
			r->article = &r->nodes[i];
	if (!r->article)
		return fail(r, ARTEX_EINVALID, ARTEX_MSG_JSONLD_NO_ARTICLE, "",
		            "no NewsArticle or Article node");
	/* A page's markup often nests its updates or related articles. */
	for (size_t i = 0; i < r->n_nodes && !r->metadata_only; i++)
		if (&r->nodes[i] != r->article && is_article(r->nodes[i].obj))
			warn(r, r->nodes[i].ptr, "a second article node is left out; the first is read");
	return read_article(r);
}

int artex__jsonld_metadata(struct artex_article *art, const char *buf, size_t len,
                           const char *file, struct artex_error *err)
{
	struct reader r = {.art = art, .buf = buf, .len = len, .file = file, .err = err,
	                   .metadata_only = 1};
	json_t *root = NULL;
	int rc = run(&r, &root);
	json_decref(root);
	reader_dispose(&r);
	return rc;
}

static int jsonld_read(struct artex_article *art, const char *buf, size_t len, const char *file,
                       struct artex_error *err)
{
	struct reader r = {.art = art, .buf = buf, .len = len, .file = file, .err = err};
	json_t *root = NULL;
	int rc = run(&r, &root);
	json_decref(root);
	reader_dispose(&r);
	return rc;
}

/* Model pointers ("/quotes/2/speaker") name the JSON-LD value they came
 * from: the same reading is repeated to learn where each entity was. */
static int jsonld_locate(const char *buf, size_t len, const char *pointer, int *line,
                         int *column)
{
	static const char *const keys[][2] = {
		{"id", "identifier"},          {"language", "inLanguage"},
		{"headline", "headline"},      {"section", "articleSection"},
		{"date_published", "datePublished"}, {"date_modified", "dateModified"},
		{"publisher", "publisher"},    {"url", "url"},
		{"authors", "author"},         {"keywords", "keywords"},
		{"body", "articleBody"},       {"name", "name"},
		{"role", "jobTitle"},          {"affiliation", "affiliation"},
		{"aliases", "alternateName"},  {"same_as", "sameAs"},
		{"text", "text"},              {"speaker", "spokenByCharacter"},
		{"claimant", "author"},        {"quote", "isBasedOn"},
		{"kind", "artex:kind"},        {"cue", "artex:cue"},
		{"confidence", "artex:confidence"}};
	struct artex_article *art = artex__article_new();
	if (!art)
		return -1;
	struct artex_error scratch;
	struct reader r = {.art = art, .buf = buf, .len = len, .file = "", .err = &scratch};
	json_t *root = NULL;
	int found = -1;
	if (run(&r, &root) < 0)
		goto done;
	char base[PTR_MAX] = "", field[64] = "", rest[PTR_MAX] = "";
	const char *p = pointer;
	static const char *const lists[] = {"persons", "organizations", "quotes", "claims"};
	struct made *made[] = {r.persons, r.orgs, r.quotes, r.claims};
	size_t counts[] = {art->n_persons, art->n_orgs, art->n_quotes, art->n_claims};
	snprintf(base, sizeof base, "%s", r.article->ptr);
	for (int k = 0; k < 4; k++) {
		size_t n = strlen(lists[k]);
		if (p[0] == '/' && strncmp(p + 1, lists[k], n) == 0 && p[n + 1] == '/') {
			size_t i = strtoul(p + n + 2, NULL, 10);
			if (i < counts[k])
				snprintf(base, sizeof base, "%s", made[k][i].ptr);
			p += n + 2 + strspn(p + n + 2, "0123456789");
			if (strncmp(p, "/span", 5) == 0 && (k == 2 || k == 3)) {
				const char *sp = k == 2 ? r.quote_spans[i] : r.claim_spans[i];
				if (i < counts[k] && sp[0])
					snprintf(base, sizeof base, "%s", sp);
				p = "";
			}
			break;
		}
	}
	if (*p == '/') {
		size_t n = strcspn(p + 1, "/");
		snprintf(field, sizeof field, "%.*s", (int)(n < 63 ? n : 63), p + 1);
		snprintf(rest, sizeof rest, "%s", p + 1 + n);
	}
	for (size_t k = 0; field[0] && k < sizeof keys / sizeof keys[0]; k++) {
		if (strcmp(keys[k][0], field) != 0)
			continue;
		char full[PTR_MAX];
		ptr_join(full, base, keys[k][1]);
		if (strlen(full) + strlen(rest) < PTR_MAX)
			strcat(full, rest);
		if (artex__json_locate(buf, len, full, line, column) == 0 ||
		    artex__json_locate(buf, len, (ptr_join(full, base, keys[k][1]), full), line,
		                       column) == 0) {
			found = 0;
			goto done;
		}
	}
	found = artex__json_locate(buf, len, base, line, column);
done:
	json_decref(root);
	reader_dispose(&r);
	artex_article_free(art);
	return found;
}

static int jsonld_sniff(const char *buf, size_t len)
{
	size_t i = 0;
	while (i < len && strchr(" \t\r\n", buf[i]))
		i++;
	if (i >= len || (buf[i] != '{' && buf[i] != '['))
		return 0;
	size_t window = len - i < 4096 ? len - i : 4096;
	for (size_t k = i; k + 10 <= i + window; k++)
		if (memcmp(buf + k, "\"@context\"", 10) == 0)
			return 90;
	return 0;
}

static const char *const jsonld_suffixes[] = {".jsonld", ".json-ld", NULL};

const struct artex_reader artex__reader_jsonld = {
	.name = "jsonld",
	.suffixes = jsonld_suffixes,
	.sniff = jsonld_sniff,
	.read = jsonld_read,
	.locate = jsonld_locate,
};
