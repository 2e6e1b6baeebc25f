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

#include <libxml/uri.h>

#include "model/fields.h"
#include "model/vocab.h"
#include "readers/article_types.h"
#include "readers/jsonld.h"
#include "readers/reader.h"
#include "util/buf.h"
#include "util/date.h"
#include "util/error.h"
#include "util/html.h"
#include "util/jsonloc.h"
#include "util/jsonptr.h"
#include "util/langid.h"
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
	struct artex__json_input in;
	struct node *nodes;
	size_t n_nodes, cap_nodes;
	const struct node *article;
	/* Entities in model order, with the pointer of the node each came from. */
	struct made *persons, *orgs, *quotes, *claims;
	char (*quote_spans)[PTR_MAX], (*claim_spans)[PTR_MAX];
	/* Markup embedded in a page: the article's metadata only, no body
	 * required, dates kept as written for the page reader to normalise. */
	int metadata_only;
	/* artex's own output (its context names the artex: prefix): text is read
	 * exactly as written, without the leniencies meant for other publishers. */
	int own;
	const char *base; /* absolute http(s) IRI of the page, for relative IRIs */
	const struct artex_jsonld_opts *opts;
};

/* ---- JSON pointers and errors ---- */

static void ptr_index(char *out, const char *base, size_t i)
{
	char num[32];
	snprintf(num, sizeof num, "%zu", i);
	artex__jsonptr_join(out, PTR_MAX, base, num);
}

static int oom(struct reader *r)
{
	return artex__error(r->in.err, ARTEX_ENOMEM, 0, "out of memory");
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
				artex__jsonptr_join(ptr, PTR_MAX, n->ptr, key);
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

int artex__jsonld_is_article(const json_t *obj)
{
	for (const char *const *t = artex__article_types; *t; t++)
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
				return r->in.err ? r->in.err->code : ARTEX_ENOMEM;
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
		artex__jsonptr_join(child, PTR_MAX, ptr, key);
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
	artex__jsonptr_join(at, PTR_MAX, ptr, "@id");
	if (!id)
		return artex__json_fault(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, at,
		                         "@id must be a string");
	for (size_t i = 0; i < r->n_nodes; i++) {
		const char *other = json_string_value(json_object_get(r->nodes[i].obj, "@id"));
		if (other && strcmp(other, id) == 0) {
			*out = &r->nodes[i];
			return 0;
		}
	}
	if (r->own)
		return artex__json_fault(&r->in, ARTEX_MSG_JSONLD_DANGLING, at,
		                         "\"%s\" names no node in this document", id);
	/* Pages split their markup over several script blocks, and not all of
	 * them reach us: the reference itself is what is known. */
	artex__json_warn(&r->in, at, "\"%s\" names no node in this document; the IRI is kept", id);
	return 0;
}

static const char *text(struct reader *r, const json_t *v, const char *ptr, int single_line,
                        int *rc);

/* ---- lists ---- */

typedef int (*item_fn)(struct reader *r, const json_t *v, const char *ptr, void *ctx);

/* Calls fn on every value of v, nested lists flattened ([["a", "b"]] is a
 * common slip of templates). */
static int each_item(struct reader *r, const json_t *v, const char *ptr, item_fn fn, void *ctx)
{
	if (!json_is_array(v))
		return v ? fn(r, v, ptr, ctx) : 0;
	char at[PTR_MAX];
	for (size_t i = 0; i < json_array_size(v); i++) {
		ptr_index(at, ptr, i);
		int rc = each_item(r, json_array_get(v, i), at, fn, ctx);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static size_t count_items(const json_t *v)
{
	if (!json_is_array(v))
		return v ? 1 : 0;
	size_t n = 0;
	for (size_t i = 0; i < json_array_size(v); i++)
		n += count_items(json_array_get(v, i));
	return n;
}

/* The first value of v, lists flattened; its pointer goes to at. */
static const json_t *first_item(const json_t *v, const char *ptr, char *at)
{
	if (at != ptr)
		snprintf(at, PTR_MAX, "%s", ptr);
	while (json_is_array(v)) {
		size_t i = 0;
		while (i < json_array_size(v) && count_items(json_array_get(v, i)) == 0)
			i++;
		if (i == json_array_size(v))
			return NULL;
		ptr_index(at, at, i);
		v = json_array_get(v, i);
	}
	return v;
}

/* An IRI value as given by other publishers: a string, or a node's @id or
 * url; relative ones resolve against the page's address. NULL when there is
 * none or it cannot be made absolute (then with a warning). */
static const char *iri(struct reader *r, const json_t *v, const char *ptr, int *rc)
{
	char at[PTR_MAX];
	*rc = 0;
	v = first_item(v, ptr, at);
	if (json_is_object(v) && !json_object_get(v, "@value")) {
		const json_t *id = json_object_get(v, "@id");
		if (json_is_string(id)) {
			artex__jsonptr_join(at, PTR_MAX, at, "@id");
			v = id;
		} else {
			struct node n = {.obj = (json_t *)v};
			snprintf(n.ptr, sizeof n.ptr, "%s", at);
			v = prop(&n, "url", at);
			v = first_item(v, at, at);
			if (!v)
				return NULL;
		}
	}
	const char *s = text(r, v, at, 1, rc);
	if (!s || r->own)
		return s;
	if (artex__valid_iri(s))
		return s;
	xmlChar *full = r->base ? xmlBuildURI((const xmlChar *)s, (const xmlChar *)r->base) : NULL;
	const char *res = NULL;
	if (full && artex__valid_iri((const char *)full))
		res = artex__article_str(r->in.art, (const char *)full);
	else
		artex__json_warn(&r->in, at,
		                 "\"%s\" is a relative IRI and the page's address is unknown; it "
		                 "is left out",
		                 s);
	xmlFree(full);
	return res;
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
	if (!r->own && !(v = first_item(v, at, at)))
		return NULL;
	if (json_is_object(v) && json_object_get(v, "@value")) {
		artex__jsonptr_join(at, PTR_MAX, at, "@value");
		v = json_object_get(v, "@value");
	} else if (json_is_object(v) && !r->own) {
		/* A node where text is expected stands for its name, else its IRI. */
		struct node n = {.obj = (json_t *)v};
		snprintf(n.ptr, sizeof n.ptr, "%s", at);
		const json_t *name = prop(&n, "name", at);
		if (json_is_string(name) && json_string_length(name) > 0) {
			v = name;
		} else if (json_is_string(json_object_get(v, "@id"))) {
			artex__jsonptr_join(at, PTR_MAX, n.ptr, "@id");
			v = json_object_get(v, "@id");
		} else {
			snprintf(at, sizeof at, "%s", n.ptr);
		}
	}
	if (!json_is_string(v)) {
		*rc = artex__json_fault(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, at,
		                        "expected text, found %s",
		                        json_is_object(v)   ? "an object"
		                        : json_is_array(v)  ? "a list"
		                        : json_is_number(v) ? "a number"
		                                            : "another value");
		return NULL;
	}
	const char *s = json_string_value(v);
	size_t len = json_string_length(v);
	if (memchr(s, '\0', len) || artex__utf8_invalid_at(s, len) != (size_t)-1) {
		*rc = artex__json_fault(&r->in, ARTEX_MSG_UTF8_INVALID, at,
		                        "text holds a NUL character");
		return NULL;
	}
	struct artex_buf plain = ARTEX_BUF_INIT;
	if (!r->own && artex__html_looks_like(s, len)) {
		/* Markup in a text field is the publisher's formatting, not text. */
		if (artex__html_text(&plain, s, len) < 0 || plain.oom) {
			artex_buf_dispose(&plain);
			*rc = oom(r);
			return NULL;
		}
		s = plain.data ? plain.data : "";
		len = plain.len;
	}
	char *copy = artex__utf8_is_nfc(s, len) ? NULL : artex__utf8_nfc(s, len, &len);
	const char *from = copy ? copy : s;
	char *t = malloc(len + 1);
	if (!t) {
		free(copy);
		artex_buf_dispose(&plain);
		*rc = oom(r);
		return NULL;
	}
	memcpy(t, from, len);
	t[len] = '\0';
	free(copy);
	artex_buf_dispose(&plain);
	for (size_t i = 0; single_line && i < len; i++)
		if (t[i] == '\n' || t[i] == '\r')
			t[i] = ' ';
	size_t b = 0, e = len;
	if (!r->own) {
		/* Blank text is as good as none. */
		while (b < e && strchr(" \t\r\n", t[b]))
			b++;
		while (e > b && strchr(" \t\r\n", t[e - 1]))
			e--;
	}
	const char *res = e > b || r->own ? artex__article_strn(r->in.art, t + b, e - b) : NULL;
	free(t);
	if (!res && (e > b || r->own))
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
	size_t count = count_items(v);
	if (count > 1)
		artex__json_warn(&r->in, ptr, "%s has %zu values; only the first is kept", term,
		                 count);
	v = first_item(v, ptr, ptr);
	return text(r, v, ptr, single_line, rc);
}

struct list_ctx {
	struct artex_strlist *list;
	int split_commas;
};

static int list_item(struct reader *r, const json_t *item, const char *ptr, void *ctx)
{
	struct list_ctx *lc = ctx;
	if (json_is_object(item) && json_object_get(item, "@id") && !json_object_get(item, "@value"))
		item = json_object_get(item, "@id");
	int rc;
	const char *s = text(r, item, ptr, 1, &rc);
	if (rc < 0)
		return rc;
	/* A single keyword string is the common comma-separated form. */
	while (s && lc->split_commas) {
		const char *comma = strchr(s, ',');
		size_t k = comma ? (size_t)(comma - s) : strlen(s), b = 0;
		while (b < k && s[b] == ' ')
			b++;
		while (k > b && s[k - 1] == ' ')
			k--;
		const char *part = k > b ? artex__article_strn(r->in.art, s + b, k - b) : NULL;
		if (part && artex__strlist_add(r->in.art, lc->list, part) < 0)
			return oom(r);
		s = comma ? comma + 1 : NULL;
	}
	if (s && *s && artex__strlist_add(r->in.art, lc->list, s) < 0)
		return oom(r);
	return 0;
}

static int text_list(struct reader *r, const struct node *n, const char *term,
                     struct artex_strlist *list, int split_commas)
{
	char ptr[PTR_MAX];
	const json_t *v = prop(n, term, ptr);
	struct list_ctx lc = {list, split_commas && !json_is_array(v)};
	return each_item(r, v, ptr, list_item, &lc);
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
			artex__json_warn(&r->in, ptr, "an agent without a name is left out");
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
		const struct artex_article *a = r->in.art;
		for (size_t i = 0; i < a->n_persons && !used; i++)
			used = strcmp(a->persons[i].id, id) == 0;
		for (size_t i = 0; i < a->n_orgs && !used; i++)
			used = strcmp(a->orgs[i].id, id) == 0;
		for (size_t i = 0; i < a->n_quotes && !used; i++)
			used = strcmp(a->quotes[i].id, id) == 0;
		for (size_t i = 0; i < a->n_claims && !used; i++)
			used = strcmp(a->claims[i].id, id) == 0;
		if (!used)
			return artex__article_str(r->in.art, id);
	}
}

static const char *local_id(struct reader *r, const struct node *n, char prefix, int *rc)
{
	const char *id = text_prop(r, n, ARTEX__TERM(ID), 1, rc);
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

/* A third party's IRI for a person or organisation names them elsewhere,
 * which the model keeps as sameAs; artex's own IRIs are made from names
 * and come back by themselves. */
static int keep_node_iri(struct reader *r, const struct node *n, struct artex_strlist *same_as)
{
	const char *iri = json_string_value(json_object_get(n->obj, "@id"));
	if (r->own || !iri || !artex__valid_iri(iri))
		return 0;
	for (size_t i = 0; i < same_as->count; i++)
		if (strcmp(same_as->items[i], iri) == 0)
			return 0;
	return artex__strlist_add(r->in.art, same_as, iri) < 0 ? oom(r) : 0;
}


/* The other names and the identifiers of a person or an organisation. */
static int entity_names(struct reader *r, const struct node *n, struct artex_strlist *aliases,
                        struct artex_strlist *same_as)
{
	int rc;
	if ((rc = text_list(r, n, ARTEX__TERM(ALIASES), aliases, 0)) < 0 ||
	    (rc = text_list(r, n, ARTEX__TERM(SAME_AS), same_as, 0)) < 0)
		return rc;
	return keep_node_iri(r, n, same_as);
}
static int add_agent(struct reader *r, const struct node *n, const char **out_id)
{
	const struct artex_article *a = r->in.art;
	const char *id = made_id(r->persons, a->n_persons, n->obj);
	if (!id)
		id = made_id(r->orgs, a->n_orgs, n->obj);
	if (id) {
		*out_id = id;
		return 0;
	}
	int org = is_org(n->obj), rc;
	const char *name = text_prop(r, n, ARTEX__TERM(NAME), 1, &rc);
	if (rc < 0)
		return rc;
	*out_id = NULL;
	if (!name || !*name) {
		artex__json_warn(&r->in, n->ptr, "a %s without a name is left out",
		                 org ? "organization" : "person");
		return 0;
	}
	id = local_id(r, n, org ? 'o' : 'p', &rc);
	if (rc < 0)
		return rc;
	if (org) {
		struct artex_org *o = artex__article_add_org(r->in.art);
		if (!o || remember(r, &r->orgs, a->n_orgs - 1, n, id) < 0)
			return oom(r);
		*o = (struct artex_org){.id = id, .name = name};
		if ((rc = entity_names(r, n, &o->aliases, &o->same_as)) < 0)
			return rc;
	} else {
		struct artex_person *p = artex__article_add_person(r->in.art);
		if (!p || remember(r, &r->persons, a->n_persons - 1, n, id) < 0)
			return oom(r);
		*p = (struct artex_person){.id = id, .name = name};
		if ((rc = entity_names(r, n, &p->aliases, &p->same_as)) < 0)
			return rc;
		char ptr[PTR_MAX];
		const json_t *job = prop(n, ARTEX__TERM(ROLE), ptr);
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
	for (size_t i = 0; i < r->in.art->n_persons; i++) {
		const struct node *n = node_of(r, r->persons[i].obj), *org;
		char ptr[PTR_MAX];
		const json_t *v = prop(n, ARTEX__TERM(AFFILIATION), ptr);
		if (json_is_array(v)) {
			if (json_array_size(v) > 1)
				artex__json_warn(&r->in, ptr,
				                 "a person with %zu affiliations keeps the first",
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
			artex__json_warn(&r->in, ptr,
			                 "an affiliation given only as text is left out");
		r->in.art->persons[i].affiliation = id;
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
			artex__json_warn(
				&r->in, ptr,
				"mentions of things other than people and organizations are "
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
		artex__json_warn(&r->in, ptr,
		                 "a speaker that is no person or organization is left out");
	}
	return 0;
}

static int kind_of(struct reader *r, const struct node *n, const char *const *names, int dflt,
                   int *out)
{
	char ptr[PTR_MAX];
	int rc;
	*out = dflt;
	prop(n, ARTEX__TERM(KIND), ptr);
	const char *k = text_prop(r, n, ARTEX__TERM(KIND), 1, &rc);
	if (rc < 0 || !k)
		return rc;
	return artex__json_kind(&r->in, names, k, ptr, out);
}

static int confidence_of(struct reader *r, const struct node *n, double *out)
{
	char ptr[PTR_MAX];
	const json_t *v = prop(n, ARTEX__TERM(CONFIDENCE), ptr);
	*out = 1;
	if (!v)
		return 0;
	if (!json_is_number(v))
		return artex__json_fault(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, ptr,
		                         "confidence must be a number");
	*out = json_number_value(v);
	return 0;
}

/* What Quotation and Claim nodes share: text, id, who and confidence. */
struct statement {
	const char *id, *text, *who;
	double confidence;
};

/* Reads st; *found is 0 when the node has no text and is left out. */
static int statement_of(struct reader *r, const struct node *n, char prefix,
                        const char *const *who_terms, struct statement *st, int *found)
{
	int rc;
	*st = (struct statement){0};
	*found = 0;
	st->text = text_prop(r, n, ARTEX__TERM(TEXT), 0, &rc);
	if (rc < 0)
		return rc;
	if (!st->text || !*st->text) {
		artex__json_warn(&r->in, n->ptr, "a %s without text is left out",
		                 prefix == 'q' ? "Quotation" : "Claim");
		return 0;
	}
	st->id = local_id(r, n, prefix, &rc);
	if (rc < 0 || (rc = speaker_of(r, n, who_terms, &st->who)) < 0 ||
	    (rc = confidence_of(r, n, &st->confidence)) < 0)
		return rc;
	*found = 1;
	return 0;
}

static int add_quote(struct reader *r, const struct node *n)
{
	static const char *const kinds[] = {"direct", "headline", NULL};
	static const char *const speakers[] = {"spokenByCharacter", "creator", "author", NULL};
	if (made_id(r->quotes, r->in.art->n_quotes, n->obj))
		return 0;
	struct statement st;
	const char *cue;
	int kind, found;
	int rc = statement_of(r, n, 'q', speakers, &st, &found);
	if (rc < 0 || !found || (rc = kind_of(r, n, kinds, ARTEX_QUOTE_DIRECT, &kind)) < 0)
		return rc;
	cue = text_prop(r, n, ARTEX__TERM(CUE), 1, &rc);
	if (rc < 0)
		return rc;
	struct artex_quote *q = artex__article_add_quote(r->in.art);
	if (!q || remember(r, &r->quotes, r->in.art->n_quotes - 1, n, st.id) < 0)
		return oom(r);
	*q = (struct artex_quote){.id = st.id, .text = st.text, .speaker = st.who, .cue = cue,
	                          .kind = (enum artex_quote_kind)kind,
	                          .confidence = st.confidence};
	return 0;
}

static int add_claim(struct reader *r, const struct node *n)
{
	static const char *const kinds[] = {"direct", "indirect", "headline", NULL};
	static const char *const claimants[] = {"author", "creator", NULL};
	struct statement st;
	const char *quote = NULL;
	int kind, found;
	int rc = statement_of(r, n, 'c', claimants, &st, &found);
	if (rc < 0 || !found)
		return rc;
	char ptr[PTR_MAX];
	const json_t *based = prop(n, ARTEX__TERM(QUOTE), ptr);
	const struct node *src = NULL;
	if (based && (rc = resolve(r, based, ptr, &src)) < 0)
		return rc;
	if (src)
		quote = made_id(r->quotes, r->in.art->n_quotes, src->obj);
	if (based && !quote)
		artex__json_warn(&r->in, ptr, "isBasedOn names no quotation of this article");
	if ((rc = kind_of(r, n, kinds, quote ? ARTEX_CLAIM_DIRECT : ARTEX_CLAIM_INDIRECT, &kind)) < 0)
		return rc;
	struct artex_claim *c = artex__article_add_claim(r->in.art);
	if (!c || remember(r, &r->claims, r->in.art->n_claims - 1, n, st.id) < 0)
		return oom(r);
	*c = (struct artex_claim){.id = st.id, .text = st.text, .claimant = st.who, .quote = quote,
	                          .kind = (enum artex_claim_kind)kind,
	                          .confidence = st.confidence};
	return 0;
}

static int span_number(struct reader *r, const struct node *sel, const char *term, size_t *out)
{
	char ptr[PTR_MAX];
	const json_t *v = prop(sel, term, ptr);
	if (json_is_object(v) && json_object_get(v, "@value")) {
		artex__jsonptr_join(ptr, PTR_MAX, ptr, "@value");
		v = json_object_get(v, "@value");
	}
	if (!json_is_integer(v) || json_integer_value(v) < 0)
		return artex__json_fail(
			&r->in, v ? ARTEX_MSG_DATA_WRONG_TYPE : ARTEX_MSG_DATA_MISSING_KEY,
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
	for (size_t i = 0; body && !span && i < r->in.art->n_quotes; i++)
		if (r->quotes[i].obj == body->obj) {
			span = &r->in.art->quotes[i].span;
			span_ptr = &r->quote_spans[i];
		}
	for (size_t i = 0; body && !span && i < r->in.art->n_claims; i++)
		if (r->claims[i].obj == body->obj) {
			span = &r->in.art->claims[i].span;
			span_ptr = &r->claim_spans[i];
		}
	v = prop(note, "oa:hasTarget", ptr);
	if ((rc = resolve(r, v, ptr, &target)) < 0)
		return rc;
	if (!span || !target) {
		artex__json_warn(&r->in, note->ptr,
		                 "an annotation that targets nothing known is left out");
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
	artex__json_warn(&r->in, target->ptr,
	                 "an annotation without a TextPositionSelector gives no span");
	return 0;
}

/* ---- the article ---- */

static int is_blank_line_gap(const char *s, size_t len, size_t i, size_t *skip, int own)
{
	/* Two or more line breaks, maybe with spaces between: a paragraph gap. */
	size_t k = i, breaks = 0;
	while (k < len && (s[k] == '\n' || s[k] == '\r' || s[k] == ' ' || s[k] == '\t')) {
		if (s[k] == '\n' || (s[k] == '\r' && (k + 1 >= len || s[k + 1] != '\n')))
			breaks++;
		k++;
	}
	*skip = k - i;
	/* Other publishers' single line breaks end paragraphs too: the model
	 * keeps no line break inside one. */
	return breaks >= 2 || (breaks == 1 && !own);
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
		const char *p = artex__article_strn(r->in.art, body + start, i - start);
		if (!p || artex__strlist_add(r->in.art, &r->in.art->paragraphs, p) < 0)
			return oom(r);
		i++;
		start = i + 1;
	}
	return 1;
}

static int paragraphs(struct reader *r, const char *body)
{
	size_t len = strlen(body), start = 0;
	int exact = r->own ? split_exact(r, body, len) : 0;
	if (exact != 0)
		return exact < 0 ? exact : 0;
	for (size_t i = 0; i <= len;) {
		size_t skip = 0;
		if (i < len && !is_blank_line_gap(body, len, i, &skip, r->own)) {
			i += skip ? skip : 1;
			continue;
		}
		size_t b = start, e = i;
		while (b < e && strchr(" \t\r\n", body[b]))
			b++;
		while (e > b && strchr(" \t\r\n", body[e - 1]))
			e--;
		if (e > b) {
			const char *p = artex__article_strn(r->in.art, body + b, e - b);
			if (!p || artex__strlist_add(r->in.art, &r->in.art->paragraphs, p) < 0)
				return oom(r);
		}
		if (i == len)
			break;
		i += skip;
		start = i;
	}
	return 0;
}

/* The body text of one article node, as paragraphs. */
static int body_of(struct reader *r, const struct node *n, int *found)
{
	int rc;
	const char *body = text_prop(r, n, ARTEX__TERM(BODY), 0, &rc);
	if (rc < 0)
		return rc;
	*found = body != NULL;
	return body ? paragraphs(r, body) : 0;
}

/* A LiveBlogPosting's updates in the order the page lists them, each its
 * headline and body as paragraphs. */
static int live_updates(struct reader *r, const json_t *v, const char *ptr, void *ctx)
{
	const struct node *u;
	int rc = resolve(r, v, ptr, &u), *found = ctx, got = 0;
	if (rc < 0)
		return rc;
	if (!u) {
		artex__json_warn(&r->in, ptr, "a liveBlogUpdate that is no node is left out");
		return 0;
	}
	const char *head = text_prop(r, u, ARTEX__TERM(HEADLINE), 1, &rc);
	if (rc < 0)
		return rc;
	if (head && artex__strlist_add(r->in.art, &r->in.art->paragraphs, head) < 0)
		return oom(r);
	if ((rc = body_of(r, u, &got)) < 0)
		return rc;
	*found |= got || head;
	return 0;
}

static int article_body(struct reader *r)
{
	struct artex_article *a = r->in.art;
	const struct node *n = r->article;
	int found = 0, rc;
	char ptr[PTR_MAX];
	if ((rc = body_of(r, n, &found)) < 0)
		return rc;
	const json_t *updates = prop(n, "liveBlogUpdate", ptr);
	if (updates && (rc = each_item(r, updates, ptr, live_updates, &found)) < 0)
		return rc;
	if (a->paragraphs.count)
		return 0;
	if (a->description && a->read_opts && a->read_opts->body_from_description) {
		prop(n, ARTEX__TERM(DESCRIPTION), ptr);
		artex__json_warn(&r->in, ptr, "the description is taken as the body, as asked");
		return paragraphs(r, a->description);
	}
	/* A summary is no body: the article keeps its description and an empty
	 * body, and says so. */
	if (a->description) {
		prop(n, ARTEX__TERM(DESCRIPTION), ptr);
		if (!r->own) /* artex writes no body for such an article */
			artex__json_warn(
				&r->in, ptr,
				"the article has %s articleBody, only a description, which is no "
				"body; the body is left empty (--body-from-description takes it as "
			        "one)",
				found ? "an empty" : "no");
		return 0;
	}
	if (r->own)
		return 0; /* artex's own article with an empty body */
	return artex__json_fail(&r->in, ARTEX_MSG_DATA_MISSING_KEY, n->ptr,
	                        "the article has %s articleBody", found ? "an empty" : "no");
}

static int image_item(struct reader *r, const json_t *v, const char *ptr, void *ctx)
{
	(void)ctx;
	const struct node *n = NULL;
	int rc = 0;
	if (json_is_object(v) && !json_object_get(v, "@value") &&
	    (rc = resolve(r, v, ptr, &n)) < 0)
		return rc;
	char at[PTR_MAX];
	const json_t *src = v;
	snprintf(at, sizeof at, "%s", ptr);
	if (n) {
		/* ImageObject: contentUrl is the image, url often the same. */
		if (!(src = prop(n, "contentUrl", at)) && !(src = prop(n, "url", at))) {
			src = json_object_get(n->obj, "@id");
			artex__jsonptr_join(at, PTR_MAX, n->ptr, "@id");
		}
	}
	const char *url = iri(r, src, at, &rc);
	if (rc < 0)
		return rc;
	if (!url) {
		if (src)
			return 0; /* iri() said why */
		artex__json_warn(&r->in, ptr, "an image without a URL is left out");
		return 0;
	}
	struct artex_image *img = artex__json_image(&r->in, url);
	if (!img)
		return ARTEX_ENOMEM;
	static const char *const dims[] = {"width", "height"};
	for (int k = 0; n && k < 2; k++) {
		const json_t *d = first_item(prop(n, dims[k], at), at, at);
		if (json_is_object(d)) /* QuantitativeValue */
			d = json_object_get(d, json_object_get(d, "value") ? "value" : "@value");
		long long px = json_is_integer(d) ? json_integer_value(d)
		               : json_is_string(d) ? strtoll(json_string_value(d), NULL, 10) : 0;
		artex__json_image_size(&r->in, img, k, px, d != NULL, at);
	}
	return 0;
}

static int images(struct reader *r)
{
	static const char *const terms[] = {"image", "thumbnailUrl", NULL};
	for (const char *const *t = terms; *t; t++) {
		char ptr[PTR_MAX];
		const json_t *v = prop(r->article, *t, ptr);
		int rc = each_item(r, v, ptr, image_item, NULL);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int author_item(struct reader *r, const json_t *v, const char *ptr, void *ctx)
{
	(void)ctx;
	const char *name;
	const struct node *who;
	int rc = agent_name(r, v, ptr, &name, &who);
	if (rc < 0)
		return rc;
	if (name && *name && artex__strlist_add(r->in.art, &r->in.art->authors, name) < 0)
		return oom(r);
	return 0;
}

/* Properties of the article node that no part of the model takes are
 * named in one warning, so nothing is dropped without a word. */
static void warn_unmapped(struct reader *r)
{
	static const char *const mapped[] = {
		"@context", "@id", "@type", "headline", "name", "articleBody", "description",
		"inLanguage", "articleSection", "datePublished", "dateModified", "dateCreated", "url",
		"mainEntityOfPage", "keywords", "image", "thumbnailUrl", "author", "publisher",
		"mentions", "about", "hasPart", "liveBlogUpdate", "identifier",
		/* derived from the body, and recomputed when written */
		"wordCount", NULL};
	char names[300] = "";
	size_t n = 0, len = 0;
	int full = 0;
	const char *key;
	json_t *v;
	json_object_foreach(r->article->obj, key, v) {
		const char *term = schema_term(key);
		int known = 0;
		for (const char *const *m = mapped; *m && !known; m++)
			known = strcmp(term, *m) == 0;
		if (strcmp(term, "creator") == 0)
			known = !prop(r->article, "author", NULL);
		/* An empty value holds nothing to lose. */
		const char *str = json_string_value(v);
		if (json_is_null(v) || (json_is_array(v) && json_array_size(v) == 0) ||
		    (str && str[strspn(str, " \t\r\n")] == '\0'))
			known = 1;
		if (known)
			continue;
		/* Names as long as they fit, then an ellipsis for the rest. */
		n++;
		if (!full && len + strlen(term) + 8 < sizeof names) {
			len += (size_t)snprintf(names + len, sizeof names - len, "%s%s", len ? ", " : "",
			                        term);
		} else if (!full) {
			full = 1;
			len += (size_t)snprintf(names + len, sizeof names - len, "%s...",
			                        len ? ", " : "");
		}
	}
	if (n)
		artex__json_warn(&r->in, r->article->ptr,
		                 "%zu %s of the article %s no place in the model and %s "
		                 "left out: %s",
		                 n, n == 1 ? "property" : "properties", n == 1 ? "has" : "have",
		                 n == 1 ? "is" : "are", names);
}

/* The provenance artex wrote: the tool (the sdPublisher node), the source
 * file the article isBasedOn with its SHA-256, sdDatePublished and the
 * artex:options. Only artex's own documents have it. */
static int read_provenance(struct reader *r)
{
	const struct node *tool = NULL, *n = r->article;
	for (size_t i = 0; i < r->n_nodes && !tool; i++) {
		const char *id = json_string_value(json_object_get(r->nodes[i].obj, "@id"));
		if (id && strcmp(id, "urn:artex:software:artex") == 0)
			tool = &r->nodes[i];
	}
	struct artex_provenance *p = artex__article_provenance(r->in.art);
	if (!p)
		return oom(r);
	int rc;
	if (!(p->tool = text_prop(r, tool, "name", 1, &rc)) && rc < 0)
		return rc;
	if (!(p->tool_version = text_prop(r, tool, "softwareVersion", 1, &rc)) && rc < 0)
		return rc;
	if (!(p->date = text_prop(r, n, "sdDatePublished", 1, &rc)) && rc < 0)
		return rc;
	if ((rc = text_list(r, n, "artex:options", &p->options, 0)) < 0)
		return rc;
	char at[PTR_MAX];
	const struct node *src;
	if ((rc = resolve(r, prop(n, "isBasedOn", at), at, &src)) < 0)
		return rc;
	if (!src)
		return 0;
	struct node source = *src, checksum = {0};
	if (!(p->source = text_prop(r, &source, "name", 1, &rc)) && rc < 0)
		return rc;
	const char *size = text_prop(r, &source, "contentSize", 1, &rc);
	if (rc < 0)
		return rc;
	char *end = NULL;
	unsigned long long bytes = size ? strtoull(size, &end, 10) : 0;
	if (size && end != size && strcmp(end, " B") == 0)
		p->source_size = (size_t)bytes;
	const char *media = text_prop(r, &source, "encodingFormat", 1, &rc);
	if (rc < 0)
		return rc;
	p->source_format = artex__format_of_media_type(media);
	if (!p->source_format)
		p->source_format = media;
	checksum.obj = prop(&source, "identifier", checksum.ptr);
	const char *algorithm = json_is_object(checksum.obj)
	                                ? text_prop(r, &checksum, "propertyID", 1, &rc) : NULL;
	if (algorithm && strcmp(algorithm, "SHA-256") == 0 &&
	    !(p->source_sha256 = text_prop(r, &checksum, "value", 1, &rc)) && rc < 0)
		return rc;
	return 0;
}

static int read_article(struct reader *r)
{
	struct artex_article *a = r->in.art;
	const struct node *n = r->article;
	int rc;
	char ptr[PTR_MAX];
	const char *id = text_prop(r, n, ARTEX__TERM(ID), 1, &rc);
	if (rc == 0 && artex__valid_article_id(id))
		a->id = id;
	a->headline = text_prop(r, n, ARTEX__TERM(HEADLINE), 1, &rc);
	if (rc < 0)
		return rc;
	if (!a->headline && !(a->headline = text_prop(r, n, "name", 1, &rc)) && rc == 0 &&
	    !r->metadata_only)
		return artex__json_fail(&r->in, ARTEX_MSG_DATA_MISSING_KEY, n->ptr,
		                        "the article has no headline");
	if ((a->description = text_prop(r, n, ARTEX__TERM(DESCRIPTION), 1, &rc)) == NULL && rc < 0)
		return rc;
	if (!r->metadata_only && (rc = article_body(r)) < 0)
		return rc;
	const char *body = a->paragraphs.count ? a->paragraphs.items[0] : a->headline ? a->headline : "";
	const struct node *lang_node;
	const json_t *lang = prop(n, ARTEX__TERM(LANGUAGE), ptr);
	if ((rc = agent_name(r, lang, ptr, &a->language, &lang_node)) < 0)
		return rc;
	if (lang_node)
		a->language = text_prop(r, lang_node, "alternateName", 1, &rc);
	if (a->read_opts && a->read_opts->language)
		a->language = artex__article_str(a, a->read_opts->language);
	if (r->metadata_only && !artex__valid_language(a->language)) {
		a->language = NULL;
	} else if (!artex__valid_language(a->language)) {
		/* Tags like "en-US" are fine; names like "English" are not. */
		if (a->language)
			artex__json_warn(&r->in, ptr,
			                 "inLanguage \"%s\" is no BCP 47 tag; the language is "
			                 "identified from the text",
			                 a->language);
		a->language = artex__article_str(a, artex__langid(body, strlen(body)));
	}
	if (!(a->section = text_prop(r, n, ARTEX__TERM(SECTION), 1, &rc)) && rc < 0)
		return rc;
	static const char *const dates[] = {"datePublished", "dateModified", "dateCreated"};
	const char **slots[] = {&a->date_published, &a->date_modified, &a->date_created};
	for (int i = 0; i < 3; i++) {
		char at[PTR_MAX], iso[ARTEX_DATE_MAX];
		prop(n, dates[i], at);
		const char *d = text_prop(r, n, dates[i], 1, &rc);
		if (rc < 0)
			return rc;
		if (d && !r->own && artex__date_normalise(iso, d) == 0)
			d = artex__article_str(a, iso);
		/* A page's reader weighs dates from all its sources itself. */
		if (d && !r->metadata_only && !artex__valid_date(d)) {
			artex__json_warn(&r->in, at, "%s \"%s\" is no date and is left out",
			                 dates[i], d);
			d = NULL;
		}
		*slots[i] = d;
	}
	const json_t *url = prop(n, ARTEX__TERM(URL), ptr);
	if (!url)
		url = prop(n, "mainEntityOfPage", ptr);
	if (!url)
		snprintf(ptr, sizeof ptr, "%s", n->ptr);
	if ((a->url = iri(r, url, ptr, &rc)) == NULL && rc < 0)
		return rc;
	if ((rc = text_list(r, n, ARTEX__TERM(KEYWORDS), &a->keywords, 1)) < 0 || (rc = images(r)) < 0)
		return rc;

	const json_t *v = prop(n, ARTEX__TERM(AUTHORS), ptr);
	size_t count;
	if (!v)
		v = prop(n, "creator", ptr);
	if ((rc = each_item(r, v, ptr, author_item, NULL)) < 0)
		return rc;
	v = prop(n, ARTEX__TERM(PUBLISHER), ptr);
	if (count_items(v) > 1)
		artex__json_warn(&r->in, ptr, "%zu publishers: the first is kept", count_items(v));
	v = first_item(v, ptr, ptr);
	const struct node *pub;
	if ((rc = agent_name(r, v, ptr, &a->publisher, &pub)) < 0)
		return rc;
	if (r->metadata_only)
		return 0;

	if ((rc = mentions(r, "mentions")) < 0 || (rc = mentions(r, "about")) < 0 ||
	    (rc = add_affiliations(r)) < 0)
		return rc;
	if (!r->own)
		warn_unmapped(r);
	else if ((rc = read_provenance(r)) < 0)
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
			artex__json_warn(&r->in, at, "hasPart that is no Quotation is left out");
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

/* The page's own address, for relative IRIs: the article's url, else its
 * mainEntityOfPage, else its @id, whichever is an absolute http(s) IRI. */
static void find_base(struct reader *r)
{
	static const char *const terms[] = {"url", "mainEntityOfPage", NULL};
	const json_t *article = r->article->obj;
	for (const char *const *t = terms; *t && !r->base; t++) {
		char at[PTR_MAX];
		const json_t *v = first_item(prop(r->article, *t, at), at, at);
		if (json_is_object(v))
			v = json_object_get(v, "@id");
		const char *s = json_string_value(v);
		if (s && (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0))
			r->base = s;
	}
	const char *id = json_string_value(json_object_get(article, "@id"));
	if (!r->base && id && (strncmp(id, "http://", 7) == 0 || strncmp(id, "https://", 8) == 0))
		r->base = id;
}

/* Whether node m is part of the article: inside it, or one of its live
 * blog updates given by reference. */
static int part_of_article(const struct reader *r, const struct node *m)
{
	size_t n = strlen(r->article->ptr);
	if (strncmp(m->ptr, r->article->ptr, n) == 0 && m->ptr[n] == '/')
		return 1;
	const char *id = json_string_value(json_object_get(m->obj, "@id"));
	const json_t *updates = json_object_get(r->article->obj, "liveBlogUpdate");
	for (size_t i = 0; id && i < json_array_size(updates); i++)
		if (json_equal(json_object_get(json_array_get(updates, i), "@id"),
		               json_object_get(m->obj, "@id")))
			return 1;
	return 0;
}

static int map(struct reader *r, json_t *root)
{
	int rc;
	if (!json_is_object(root) && !json_is_array(root))
		return artex__json_fail(&r->in, ARTEX_MSG_DATA_WRONG_TYPE, "",
		                        "JSON-LD must be an object or a list of objects");
	if ((rc = collect(r, root, "")) < 0)
		return rc;
	/* artex's output names artex as its sdPublisher node. */
	for (size_t i = 0; i < r->n_nodes && !r->own; i++) {
		const char *id = json_string_value(json_object_get(r->nodes[i].obj, "@id"));
		r->own = id && strcmp(id, "urn:artex:software:artex") == 0;
	}
	for (size_t i = 0; i < r->n_nodes && !r->article; i++)
		if (artex__jsonld_is_article(r->nodes[i].obj))
			r->article = &r->nodes[i];
	if (!r->article)
		return artex__json_fail(&r->in, ARTEX_MSG_JSONLD_NO_ARTICLE, "",
		                        "no node of type Article or one of its kinds (NewsArticle, "
		                        "BlogPosting, ...)");
	/* A page's markup often nests its updates or related articles. */
	for (size_t i = 0; i < r->n_nodes && !r->metadata_only; i++)
		if (&r->nodes[i] != r->article && artex__jsonld_is_article(r->nodes[i].obj) &&
		    !part_of_article(r, &r->nodes[i]))
			artex__json_warn(&r->in, r->nodes[i].ptr,
			                 "a second article node is left out; the first is read");
	find_base(r);
	return read_article(r);
}

static int run(struct reader *r, json_t **root)
{
	int rc = artex__reader_utf8(r->in.buf, r->in.len, r->in.file, r->in.err);
	if (rc == 0)
		rc = artex__json_load(root, r->in.buf, r->in.len, r->in.file, r->in.err);
	if (rc < 0)
		return rc;
	return map(r, *root);
}

/* Reads art from buf; metadata_only as struct reader says. */
static int read_document(struct artex_article *art, const char *buf, size_t len,
                         const char *file, int metadata_only, struct artex_error *err)
{
	struct reader r = {.in = {.art = art, .err = err, .buf = buf, .file = file, .len = len},
	                   .metadata_only = metadata_only};
	json_t *root = NULL;
	int rc = run(&r, &root);
	if (rc == 0 && r.in.faults)
		rc = ARTEX_EINVALID; /* each is in the caller's list, the first in err */
	json_decref(root);
	reader_dispose(&r);
	return rc;
}

int artex__jsonld_metadata(struct artex_article *art, const char *buf, size_t len,
                           const char *file, struct artex_error *err)
{
	return read_document(art, buf, len, file, 1, err);
}

static int jsonld_read(struct artex_article *art, const char *buf, size_t len, const char *file,
                       struct artex_error *err)
{
	return read_document(art, buf, len, file, 0, err);
}

/* Model pointers ("/quotes/2/speaker") name the JSON-LD value they came
 * from: the same reading is repeated to learn where each entity was. */
static int jsonld_locate(const char *buf, size_t len, const char *pointer, int *line,
                         int *column)
{
	struct artex_article *art = artex__article_new();
	if (!art)
		return -1;
	struct artex_error scratch;
	struct reader r = {.in = {.art = art, .err = &scratch, .buf = buf, .file = "", .len = len}};
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
				const char *sp = i >= counts[k] ? ""
				                 : k == 2       ? r.quote_spans[i]
				                                : r.claim_spans[i];
				if (sp[0])
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
	for (size_t k = 0; field[0] && k < ARTEX__JF_COUNT; k++) {
		if (strcmp(artex__jsonld_terms[k].field, field) != 0)
			continue;
		char full[PTR_MAX];
		artex__jsonptr_join(full, PTR_MAX, base, artex__jsonld_terms[k].term);
		if (strlen(full) + strlen(rest) < PTR_MAX)
			strcat(full, rest);
		if (artex__json_locate(buf, len, full, line, column) == 0) {
			found = 0;
			goto done;
		}
		/* The rest may name what the JSON-LD has not: the field then. */
		artex__jsonptr_join(full, PTR_MAX, base, artex__jsonld_terms[k].term);
		if (artex__json_locate(buf, len, full, line, column) == 0) {
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
