/* JSON Schema (draft-04 to 2020-12) compiled to a tree of struct node and
 * evaluated against jansson values.
 *
 * Compilation resolves every reference up front, compiles patterns once and
 * turns keywords into bits of node->kw, so validation does no string
 * comparisons on keyword names and no URI work. All memory of a compiled
 * schema comes from its own block list and is released at once. */
#include "validate/jsonschema.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/error.h"
#include "util/fileio.h"
#include "util/jsonloc.h"
#include "util/yamltree.h"
#include "validate/embedded.h"

__extension__ typedef unsigned __int128 u128;

/* ---- keyword bits ---- */
enum {
	K_TYPE = 0, K_ENUM, K_CONST, K_MULT, K_MAX, K_EXMAX, K_MIN, K_EXMIN, K_MAXLEN, K_MINLEN,
	K_PATTERN, K_FORMAT, K_MAXITEMS, K_MINITEMS, K_UNIQUE, K_CONTAINS, K_MAXPROPS, K_MINPROPS,
	K_REQUIRED, K_DEPS, K_PROPS, K_PPROPS, K_ADDPROPS, K_PNAMES, K_PREFIX, K_ITEMS, K_UNEV_P,
	K_UNEV_I, K_REF, K_DYNREF, K_ALLOF, K_ANYOF, K_ONEOF, K_NOT, K_IF
};
#define B(k) ((uint64_t)1 << (k))
#define NUM_KW (B(K_MULT) | B(K_MAX) | B(K_EXMAX) | B(K_MIN) | B(K_EXMIN))
#define STR_KW (B(K_MAXLEN) | B(K_MINLEN) | B(K_PATTERN) | B(K_FORMAT))
#define ARR_KW (B(K_MAXITEMS) | B(K_MINITEMS) | B(K_UNIQUE) | B(K_CONTAINS) | B(K_PREFIX) | \
                B(K_ITEMS) | B(K_UNEV_I))
#define OBJ_KW (B(K_MAXPROPS) | B(K_MINPROPS) | B(K_REQUIRED) | B(K_DEPS) | B(K_PROPS) | \
                B(K_PPROPS) | B(K_ADDPROPS) | B(K_PNAMES) | B(K_UNEV_P))

/* instance types, as a bit mask for "type" */
enum { T_NULL = 1, T_BOOL = 2, T_OBJECT = 4, T_ARRAY = 8, T_NUMBER = 16, T_STRING = 32,
       T_INTEGER = 64 };

/* vocabularies */
enum { V_CORE = 1, V_APPLICATOR = 2, V_UNEVAL = 4, V_VALIDATION = 8, V_META = 16,
       V_FMT_ANN = 32, V_FMT_ASSERT = 64, V_CONTENT = 128 };
#define V_DEFAULT (V_CORE | V_APPLICATOR | V_UNEVAL | V_VALIDATION | V_META | V_FMT_ANN | V_CONTENT)

/* dynamic anchor id of 2019-09's "$recursiveAnchor": true */
#define RECURSIVE_ANCHOR 0

struct num {
	int is_int;
	json_int_t i;
	double d;
	uint64_t m; /* |value| = m * 10^e, m without trailing zeros (multipleOf only) */
	int e;
};

struct strv {
	const char *s;
	size_t len;
};

struct node;

struct prop {
	const char *name;
	size_t len;
	uint32_t hash;
	struct node *n;
};

struct pprop {
	struct artex__regex *re;
	const char *src;
	struct node *n;
};

struct dep {
	const char *name;
	size_t len;
	struct strv *req;
	uint32_t n_req;
	struct node *schema;
	uint8_t kind; /* 0 dependentRequired, 1 dependentSchemas, 2 dependencies */
};

struct dynanchor {
	int id;
	struct node *n;
};

struct resource {
	char *uri;
	json_t *json;
	json_t *doc;         /* the whole document the resource lies in */
	const char *doc_uri; /* that document's retrieval URI */
	struct node *node;
	struct dynanchor *dyn;
	size_t n_dyn, cap_dyn;
	int dialect;
	unsigned vocab;
	struct resource *next;
};

struct node {
	uint64_t kw;
	uint8_t is_bool, bool_val, unique, ref_kind, draft4_excl;
	uint8_t items_is_additional; /* rest items came from "additionalItems" */
	uint8_t assert_format;
	uint16_t types;
	int format;
	int dyn_id; /* anchor id looked up in the dynamic scope, -1 for none */
	const struct resource *res;
	struct node *ref, *dynref;
	struct node **all_of, **any_of, **one_of, **prefix;
	uint32_t n_all, n_any, n_one, n_prefix, n_props, n_pprops, n_required, n_deps;
	struct node *not_, *if_, *then_, *else_, *items, *contains;
	struct node *addprops, *pnames, *unev_p, *unev_i;
	struct num minimum, maximum, exmin, exmax, mult;
	uint64_t min_len, max_len, min_items, max_items, min_props, max_props;
	uint64_t min_contains, max_contains;
	uint8_t has_min_contains, has_max_contains;
	struct artex__regex *pattern;
	const char *pattern_src;
	json_t *enum_, *const_;
	struct prop *props;
	uint32_t *prop_tab; /* open addressing over props when there are many */
	uint32_t prop_mask;
	struct pprop *pprops;
	struct strv *required;
	struct dep *deps;
};

/* ---- memory: one block list per schema ---- */
struct block {
	struct block *next;
	size_t used, size;
	max_align_t data[];
};

struct pending {
	struct node *owner;
	json_t *src;          /* the schema object holding the reference */
	struct resource *res; /* and the resource it lies in, for errors */
	char *uri;
	int kind; /* 0 $ref, 1 $dynamicRef, 2 $recursiveRef */
	char *anchor; /* $dynamicRef fragment when it is a plain name */
	int dialect;
	unsigned vocab;
	struct pending *next;
};

struct smap_entry {
	const char *key;
	void *val;
};

struct smap {
	struct smap_entry *e;
	size_t n, cap;
};

struct pmap_entry {
	const void *key;
	void *val;
};

struct pmap {
	struct pmap_entry *e;
	size_t n, cap;
};

struct artex_schema {
	struct block *blocks;
	struct node *root;
	struct smap resources; /* absolute URI without fragment -> struct resource */
	struct smap anchors;   /* "uri#name" -> struct node */
	struct pmap nodes;     /* json_t of a schema -> its compiled node */
	struct pmap places;    /* json_t of a schema -> struct cctx it is compiled in */
	struct later *eager;   /* dynamic anchors: compiled whether referenced or not */
	struct resource *res_list;
	json_t **docs;
	size_t n_docs, cap_docs;
	struct artex__regex **regexes;
	size_t n_regexes, cap_regexes;
	char **dyn_names; /* interned $dynamicAnchor names; index 0 is reserved */
	size_t n_dyn_names, cap_dyn_names;
	struct pending *pending;
	char **ref_map;
	size_t ref_map_len;
	int default_dialect;
	int assert_format;
	int strict;
	int all_errors;
	int depth;
	struct artex_error *err;
	int failed;
	/* what is being compiled, so that faults and notes name their place */
	json_t *cur_j;
	const struct resource *cur_res;
	const char *cur_kw;
	struct artex_error_list notes;
	size_t notes_dropped;
};

static void *s_alloc(struct artex_schema *s, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	struct block *b = s->blocks;
	if (!b || b->size - b->used < size) {
		size_t bs = size > 16384 ? size : 16384;
		b = malloc(sizeof *b + bs);
		if (!b)
			return NULL;
		b->next = s->blocks;
		b->used = 0;
		b->size = bs;
		s->blocks = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += size;
	memset(p, 0, size);
	return p;
}

static char *s_strndup(struct artex_schema *s, const char *str, size_t len)
{
	char *p = s_alloc(s, len + 1);
	if (p) {
		memcpy(p, str, len);
		p[len] = '\0';
	}
	return p;
}

static char *s_strdup(struct artex_schema *s, const char *str)
{
	return s_strndup(s, str, strlen(str));
}

static int grow(void **arr, size_t *cap, size_t n, size_t elem)
{
	if (n < *cap)
		return 0;
	size_t nc = *cap ? *cap * 2 : 8;
	void *p = realloc(*arr, nc * elem);
	if (!p)
		return -1;
	*arr = p;
	*cap = nc;
	return 0;
}

static uint32_t hash_bytes(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* ---- string map (compile time only) ---- */
static void *smap_get(const struct smap *m, const char *key)
{
	if (!m->cap)
		return NULL;
	size_t mask = m->cap - 1;
	for (size_t i = hash_bytes(key, strlen(key)) & mask;; i = (i + 1) & mask) {
		if (!m->e[i].key)
			return NULL;
		if (strcmp(m->e[i].key, key) == 0)
			return m->e[i].val;
	}
}

static int smap_put(struct artex_schema *s, struct smap *m, const char *key, void *val)
{
	if ((m->n + 1) * 2 > m->cap) {
		size_t nc = m->cap ? m->cap * 2 : 64;
		struct smap_entry *ne = calloc(nc, sizeof *ne);
		if (!ne)
			return -1;
		for (size_t j = 0; j < m->cap; j++) {
			if (!m->e[j].key)
				continue;
			size_t i = hash_bytes(m->e[j].key, strlen(m->e[j].key)) & (nc - 1);
			while (ne[i].key)
				i = (i + 1) & (nc - 1);
			ne[i] = m->e[j];
		}
		free(m->e);
		m->e = ne;
		m->cap = nc;
	}
	size_t mask = m->cap - 1;
	size_t i = hash_bytes(key, strlen(key)) & mask;
	for (; m->e[i].key; i = (i + 1) & mask)
		if (strcmp(m->e[i].key, key) == 0) {
			m->e[i].val = val;
			return 0;
		}
	m->e[i].key = s_strdup(s, key);
	if (!m->e[i].key)
		return -1;
	m->e[i].val = val;
	m->n++;
	return 0;
}

static size_t ptr_hash(const void *p)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9E3779B97F4A7C15ull;
	return (size_t)(x >> 7);
}

static void *pmap_get(const struct pmap *m, const void *key)
{
	if (!m->cap)
		return NULL;
	size_t mask = m->cap - 1;
	for (size_t i = ptr_hash(key) & mask;; i = (i + 1) & mask) {
		if (!m->e[i].key)
			return NULL;
		if (m->e[i].key == key)
			return m->e[i].val;
	}
}

static int pmap_put(struct pmap *m, const void *key, void *val)
{
	if ((m->n + 1) * 2 > m->cap) {
		size_t nc = m->cap ? m->cap * 2 : 256;
		struct pmap_entry *ne = calloc(nc, sizeof *ne);
		if (!ne)
			return -1;
		for (size_t j = 0; j < m->cap; j++) {
			if (!m->e[j].key)
				continue;
			size_t i = ptr_hash(m->e[j].key) & (nc - 1);
			while (ne[i].key)
				i = (i + 1) & (nc - 1);
			ne[i] = m->e[j];
		}
		free(m->e);
		m->e = ne;
		m->cap = nc;
	}
	size_t mask = m->cap - 1;
	size_t i = ptr_hash(key) & mask;
	while (m->e[i].key && m->e[i].key != key)
		i = (i + 1) & mask;
	if (!m->e[i].key)
		m->n++;
	m->e[i].key = key;
	m->e[i].val = val;
	return 0;
}

/* ---- errors at compile time ---- */
static void put_ptr_seg(struct artex_buf *b, const char *s, size_t len);

/* Appends the JSON Pointer of `target` inside `root`. Compilation keeps no
 * paths, since faults and notes are rare, so they are found by a walk. */
static int path_to(const json_t *root, const json_t *target, struct artex_buf *b)
{
	if (root == target)
		return 1;
	size_t mark = b->len;
	if (json_is_object(root)) {
		json_t *obj = (json_t *)root;
		for (void *it = json_object_iter(obj); it; it = json_object_iter_next(obj, it)) {
			put_ptr_seg(b, json_object_iter_key(it), json_object_iter_key_len(it));
			if (path_to(json_object_iter_value(it), target, b))
				return 1;
			b->len = mark;
		}
	} else if (json_is_array(root)) {
		for (size_t i = 0; i < json_array_size(root); i++) {
			artex_buf_printf(b, "/%zu", i);
			if (path_to(json_array_get(root, i), target, b))
				return 1;
			b->len = mark;
		}
	}
	return 0;
}

/* The file a retrieval URI names, or the URI itself. */
static void uri_to_file(char *out, size_t size, const char *uri)
{
	const char *p = uri;
	if (strncmp(uri, "file://", 7) == 0) {
		p = uri + 7;
		if (*p != '/' && !(p = strchr(p, '/')))
			p = uri;
	}
	size_t k = 0;
	for (; *p && k + 1 < size; p++) {
		unsigned hi, lo;
		if (p != uri && *p == '%' && isxdigit((unsigned char)p[1]) &&
		    isxdigit((unsigned char)p[2]) && sscanf(p + 1, "%1x%1x", &hi, &lo) == 2) {
			out[k++] = (char)(hi * 16 + lo);
			p += 2;
		} else {
			out[k++] = *p;
		}
	}
	out[k] = '\0';
	/* shown relative to the working folder, as paths on command lines are */
	char cwd[4096];
	size_t cl;
	if (out[0] == '/' && getcwd(cwd, sizeof cwd) && (cl = strlen(cwd)) > 1 &&
	    strncmp(out, cwd, cl) == 0 && out[cl] == '/')
		memmove(out, out + cl + 1, strlen(out + cl + 1) + 1);
}

static int is_yaml_path(const char *path)
{
	size_t n = strlen(path);
	return (n > 5 && strcmp(path + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(path + n - 4, ".yml") == 0);
}

/* Places e at the schema object being compiled (and keyword, when known):
 * file, JSON Pointer, and line and column when the file can be read. */
static void place_in_schema(const struct artex_schema *s, struct artex_error *e)
{
	const struct resource *r = s->cur_res;
	if (!r || !r->doc || !s->cur_j)
		return;
	struct artex_buf b = ARTEX_BUF_INIT;
	artex_buf_puts(&b, "");
	if (!path_to(r->doc, s->cur_j, &b)) {
		artex_buf_dispose(&b);
		return;
	}
	if (s->cur_kw)
		put_ptr_seg(&b, s->cur_kw, strlen(s->cur_kw));
	if (b.oom) {
		artex_buf_dispose(&b);
		return;
	}
	artex__error_pointer(e, b.data ? b.data : "");
	artex_buf_dispose(&b);
	/* The schema itself keeps the name the caller gave it. */
	if (r->doc != s->docs[0] && strncmp(r->doc_uri, "urn:artex:", 10) != 0) {
		char file[sizeof e->file];
		uri_to_file(file, sizeof file, r->doc_uri);
		artex__error_file(e, file);
	}
	char *text = NULL;
	size_t len = 0;
	struct artex_error ignored;
	if ((r->doc != s->docs[0] && strncmp(r->doc_uri, "file://", 7) != 0) || !e->file[0] ||
	    artex__file_read(&text, &len, e->file, &ignored) < 0)
		return;
	int line = 0, col = 0;
	int rc = is_yaml_path(e->file) ? artex__yaml_locate(text, len, e->pointer, &line, &col)
	                               : artex__json_locate(text, len, e->pointer, &line, &col);
	free(text);
	if (rc == 0) {
		e->line = line;
		e->column = col;
	}
}

__attribute__((format(printf, 3, 4)))
static struct node *cfail(struct artex_schema *s, int msg_id, const char *fmt, ...)
{
	if (!s->failed) {
		s->failed = 1;
		if (s->err) {
			char msg[sizeof s->err->message];
			va_list ap;
			va_start(ap, fmt);
			vsnprintf(msg, sizeof msg, fmt, ap);
			va_end(ap);
			char file[sizeof s->err->file];
			snprintf(file, sizeof file, "%s", s->err->file);
			artex__error(s->err, msg_id == ARTEX_MSG_SCHEMA_LOAD ? ARTEX_EIO : ARTEX_ESCHEMA,
			             msg_id, "%s", msg);
			artex__error_file(s->err, file);
			place_in_schema(s, s->err);
		}
	}
	return NULL;
}

/* Records where the schema is read beyond the letter of its draft. */
#define MAX_NOTES 200
__attribute__((format(printf, 3, 4)))
static void note(struct artex_schema *s, const char *kw, const char *fmt, ...)
{
	if (s->notes.count >= MAX_NOTES) {
		s->notes_dropped++;
		return;
	}
	struct artex_error e;
	memset(&e, 0, sizeof e);
	e.code = ARTEX_OK;
	e.msg_id = ARTEX_MSG_SCHEMA_NOTE;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e.message, sizeof e.message, fmt, ap);
	va_end(ap);
	if (s->err)
		snprintf(e.file, sizeof e.file, "%s", s->err->file);
	const char *saved = s->cur_kw;
	s->cur_kw = kw;
	place_in_schema(s, &e);
	s->cur_kw = saved;
	snprintf(e.keyword, sizeof e.keyword, "%s", kw ? kw : "");
	artex__error_list_push(&s->notes, &e);
}

static struct node *coom(struct artex_schema *s)
{
	if (!s->failed) {
		s->failed = 1;
		artex__error(s->err, ARTEX_ENOMEM, ARTEX_MSG_SCHEMA_LOAD, "out of memory");
	}
	return NULL;
}

/* ---- URIs (RFC 3986 section 5) ---- */
struct uri {
	const char *scheme, *auth, *path, *query, *frag;
	size_t scheme_len, auth_len, path_len, query_len, frag_len;
	int has_scheme, has_auth, has_query, has_frag;
};

static void uri_parse(const char *u, struct uri *o)
{
	memset(o, 0, sizeof *o);
	const char *c = u;
	if (isalpha((unsigned char)*c)) {
		const char *x = c;
		while (isalnum((unsigned char)*x) || *x == '+' || *x == '-' || *x == '.')
			x++;
		if (*x == ':') {
			o->scheme = c;
			o->scheme_len = (size_t)(x - c);
			o->has_scheme = 1;
			c = x + 1;
		}
	}
	if (c[0] == '/' && c[1] == '/') {
		c += 2;
		o->auth = c;
		while (*c && *c != '/' && *c != '?' && *c != '#')
			c++;
		o->auth_len = (size_t)(c - o->auth);
		o->has_auth = 1;
	}
	o->path = c;
	while (*c && *c != '?' && *c != '#')
		c++;
	o->path_len = (size_t)(c - o->path);
	if (*c == '?') {
		o->query = ++c;
		while (*c && *c != '#')
			c++;
		o->query_len = (size_t)(c - o->query);
		o->has_query = 1;
	}
	if (*c == '#') {
		o->frag = ++c;
		o->frag_len = strlen(c);
		o->has_frag = 1;
	}
}

/* Appends `path` to `out` without "." and ".." segments (RFC 3986 5.2.4). */
static void remove_dots(struct artex_buf *out, const char *in, size_t len)
{
	size_t start = out->len;
	size_t i = 0;
	while (i < len) {
		if (len - i >= 3 && memcmp(in + i, "../", 3) == 0) {
			i += 3;
		} else if (len - i >= 2 && memcmp(in + i, "./", 2) == 0) {
			i += 2;
		} else if (len - i >= 3 && memcmp(in + i, "/./", 3) == 0) {
			i += 2;
		} else if (len - i == 2 && memcmp(in + i, "/.", 2) == 0) {
			artex_buf_putc(out, '/');
			i += 2;
		} else if ((len - i >= 4 && memcmp(in + i, "/../", 4) == 0) ||
		           (len - i == 3 && memcmp(in + i, "/..", 3) == 0)) {
			i += 3;
			while (out->len > start && out->data[out->len - 1] != '/')
				out->len--;
			if (out->len > start)
				out->len--;
			if (i >= len)
				artex_buf_putc(out, '/');
		} else if ((len - i == 1 && in[i] == '.') || (len - i == 2 && memcmp(in + i, "..", 2) == 0)) {
			i = len;
		} else {
			size_t j = i;
			if (in[j] == '/')
				j++;
			while (j < len && in[j] != '/')
				j++;
			artex_buf_put(out, in + i, j - i);
			i = j;
		}
	}
	if (out->data)
		out->data[out->len] = '\0';
}

/* Resolves `ref` against `base`; returns a malloc'd absolute URI or NULL on
 * OOM. */
static char *uri_resolve(const char *base, const char *ref)
{
	struct uri b, r;
	uri_parse(base ? base : "", &b);
	uri_parse(ref, &r);
	struct artex_buf out = ARTEX_BUF_INIT;
	if (r.has_scheme) {
		artex_buf_put(&out, r.scheme, r.scheme_len);
		artex_buf_putc(&out, ':');
		if (r.has_auth) {
			artex_buf_puts(&out, "//");
			artex_buf_put(&out, r.auth, r.auth_len);
		}
		remove_dots(&out, r.path, r.path_len);
		if (r.has_query) {
			artex_buf_putc(&out, '?');
			artex_buf_put(&out, r.query, r.query_len);
		}
	} else {
		if (b.has_scheme) {
			artex_buf_put(&out, b.scheme, b.scheme_len);
			artex_buf_putc(&out, ':');
		}
		if (r.has_auth) {
			artex_buf_puts(&out, "//");
			artex_buf_put(&out, r.auth, r.auth_len);
			remove_dots(&out, r.path, r.path_len);
			if (r.has_query) {
				artex_buf_putc(&out, '?');
				artex_buf_put(&out, r.query, r.query_len);
			}
		} else {
			if (b.has_auth) {
				artex_buf_puts(&out, "//");
				artex_buf_put(&out, b.auth, b.auth_len);
			}
			if (r.path_len == 0) {
				artex_buf_put(&out, b.path, b.path_len);
				if (r.has_query) {
					artex_buf_putc(&out, '?');
					artex_buf_put(&out, r.query, r.query_len);
				} else if (b.has_query) {
					artex_buf_putc(&out, '?');
					artex_buf_put(&out, b.query, b.query_len);
				}
			} else {
				if (r.path[0] == '/') {
					remove_dots(&out, r.path, r.path_len);
				} else {
					struct artex_buf merged = ARTEX_BUF_INIT;
					if (b.has_auth && b.path_len == 0) {
						artex_buf_putc(&merged, '/');
					} else {
						size_t k = b.path_len;
						while (k > 0 && b.path[k - 1] != '/')
							k--;
						artex_buf_put(&merged, b.path, k);
					}
					artex_buf_put(&merged, r.path, r.path_len);
					if (merged.oom)
						out.oom = 1;
					else
						remove_dots(&out, merged.data, merged.len);
					artex_buf_dispose(&merged);
				}
				if (r.has_query) {
					artex_buf_putc(&out, '?');
					artex_buf_put(&out, r.query, r.query_len);
				}
			}
		}
	}
	if (r.has_frag) {
		artex_buf_putc(&out, '#');
		artex_buf_put(&out, r.frag, r.frag_len);
	}
	if (out.oom) {
		artex_buf_dispose(&out);
		return NULL;
	}
	size_t n;
	return artex_buf_detach(&out, &n);
}

/* Splits "uri#frag" in place: returns the fragment (percent-decoded) or "". */
static char *uri_cut_fragment(char *uri)
{
	char *h = strchr(uri, '#');
	if (!h)
		return uri + strlen(uri);
	*h = '\0';
	char *f = h + 1, *w = f;
	for (char *r = f; *r; r++) {
		if (r[0] == '%' && isxdigit((unsigned char)r[1]) && isxdigit((unsigned char)r[2])) {
			char hex[3] = {r[1], r[2], 0};
			*w++ = (char)strtol(hex, NULL, 16);
			r += 2;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
	return f;
}

/* ---- numbers ---- */

/* |d| as m * 10^e with the shortest decimal that reads back as d, which is
 * the number the schema or document author wrote (0.0075, not
 * 0.007499999...). */
static void dbl_decimal(double d, uint64_t *m, int *e)
{
	char buf[64];
	d = fabs(d);
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof buf, "%.*e", p - 1, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	uint64_t mant = 0;
	int digits = 0;
	const char *c = buf;
	/* Digits, then 'e': the decimal separator depends on the locale, so skip
	 * any non-digit before the exponent. */
	for (; *c && *c != 'e'; c++)
		if (isdigit((unsigned char)*c)) {
			mant = mant * 10 + (uint64_t)(*c - '0');
			digits++;
		}
	int exp = *c == 'e' ? atoi(c + 1) : 0;
	exp -= digits - 1;
	while (mant && mant % 10 == 0) {
		mant /= 10;
		exp++;
	}
	*m = mant;
	*e = mant ? exp : 0;
}

static void int_decimal(json_int_t i, uint64_t *m, int *e)
{
	uint64_t u = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
	int exp = 0;
	while (u && u % 10 == 0) {
		u /= 10;
		exp++;
	}
	*m = u;
	*e = exp;
}

/* Is x = mx*10^ex a multiple of d = md*10^ed (md > 0, both stripped of
 * trailing zeros)? Exact for every pair of finite decimals. */
static int dec_multiple(uint64_t mx, int ex, uint64_t md, int ed)
{
	if (mx == 0)
		return 1;
	if (ex < ed)
		return 0; /* mx has no factor 10, so 10^(ed-ex) cannot divide it */
	u128 r = mx % md;
	u128 ten = 10 % md;
	for (int k = ex - ed; k > 0 && r; k--)
		r = (r * ten) % md;
	return r == 0;
}

/* Whether a finite double holds an integer, without libm: every double of
 * magnitude 2^52 or more is one. */
static int dbl_is_int(double d)
{
	if (!isfinite(d))
		return 0;
	if (fabs(d) >= 4503599627370496.0)
		return 1;
	return (double)(long long)d == d;
}

/* Exact comparison of an integer with a double (-1, 0, 1), without relying
 * on long double being wider than double (it is not everywhere, nor under
 * valgrind). */
static int cmp_int_dbl(json_int_t i, double d)
{
	if (d >= 9223372036854775808.0)
		return -1;
	if (d < -9223372036854775808.0)
		return 1;
	json_int_t di = (json_int_t)d; /* exact: |d| < 2^63, truncated */
	if (i != di)
		return i < di ? -1 : 1;
	double frac = d - (double)di;
	return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/* Compares two numbers exactly: integers as integers, reals as reals. */
static int cmp_num(int a_int, json_int_t ai, double ad, int b_int, json_int_t bi, double bd)
{
	if (a_int && b_int)
		return ai < bi ? -1 : ai > bi;
	if (a_int)
		return cmp_int_dbl(ai, bd);
	if (b_int)
		return -cmp_int_dbl(bi, ad);
	return ad < bd ? -1 : ad > bd;
}

static int cmp_json_num(const json_t *a, const json_t *b)
{
	return cmp_num(json_is_integer(a), json_is_integer(a) ? json_integer_value(a) : 0,
	               json_is_real(a) ? json_real_value(a) : 0.0, json_is_integer(b),
	               json_is_integer(b) ? json_integer_value(b) : 0,
	               json_is_real(b) ? json_real_value(b) : 0.0);
}

/* instance compared with a keyword's number */
static int cmp_kw(const json_t *x, const struct num *n)
{
	return cmp_num(json_is_integer(x), json_is_integer(x) ? json_integer_value(x) : 0,
	               json_is_real(x) ? json_real_value(x) : 0.0, n->is_int, n->i, n->d);
}

static int is_integral(const json_t *j)
{
	if (json_is_integer(j))
		return 1;
	if (!json_is_real(j))
		return 0;
	return dbl_is_int(json_real_value(j));
}

static int is_multiple(const json_t *x, const struct num *d)
{
	if (d->is_int && json_is_integer(x)) {
		json_int_t a = json_integer_value(x), b = d->i;
		if (b == -1 || b == 1)
			return 1;
		return a % b == 0;
	}
	uint64_t mx;
	int ex;
	if (json_is_integer(x))
		int_decimal(json_integer_value(x), &mx, &ex);
	else
		dbl_decimal(json_real_value(x), &mx, &ex);
	return dec_multiple(mx, ex, d->m, d->e);
}

/* ---- equality and hashing with JSON Schema's number rules (1.0 == 1) ---- */
static int jeq(const json_t *a, const json_t *b)
{
	if (a == b)
		return 1;
	if (json_is_number(a) && json_is_number(b))
		return cmp_json_num(a, b) == 0;
	if (json_typeof(a) != json_typeof(b))
		return 0;
	switch (json_typeof(a)) {
	case JSON_STRING:
		return json_string_length(a) == json_string_length(b) &&
		       memcmp(json_string_value(a), json_string_value(b), json_string_length(a)) == 0;
	case JSON_ARRAY: {
		size_t n = json_array_size(a);
		if (n != json_array_size(b))
			return 0;
		for (size_t i = 0; i < n; i++)
			if (!jeq(json_array_get(a, i), json_array_get(b, i)))
				return 0;
		return 1;
	}
	case JSON_OBJECT: {
		if (json_object_size(a) != json_object_size(b))
			return 0;
		for (void *it = json_object_iter((json_t *)a); it;
		     it = json_object_iter_next((json_t *)a, it)) {
			const json_t *o = json_object_getn(b, json_object_iter_key(it),
			                                   json_object_iter_key_len(it));
			if (!o || !jeq(json_object_iter_value(it), o))
				return 0;
		}
		return 1;
	}
	default:
		return 1; /* true, false, null: same type is same value */
	}
}

static uint64_t jhash(const json_t *j)
{
	switch (json_typeof(j)) {
	case JSON_STRING:
		return hash_bytes(json_string_value(j), json_string_length(j)) * 31u + 1;
	case JSON_INTEGER:
		return (uint64_t)json_integer_value(j) * 0x9E3779B97F4A7C15ull;
	case JSON_REAL: {
		double d = json_real_value(j);
		if (dbl_is_int(d) && fabs(d) < 9.2e18)
			return (uint64_t)(json_int_t)d * 0x9E3779B97F4A7C15ull;
		uint64_t u;
		memcpy(&u, &d, sizeof u);
		return u;
	}
	case JSON_ARRAY: {
		uint64_t h = 7;
		for (size_t i = 0; i < json_array_size(j); i++)
			h = h * 1000003u ^ jhash(json_array_get(j, i));
		return h;
	}
	case JSON_OBJECT: {
		uint64_t h = 11;
		for (void *it = json_object_iter((json_t *)j); it;
		     it = json_object_iter_next((json_t *)j, it))
			h += hash_bytes(json_object_iter_key(it), json_object_iter_key_len(it)) *
			     (jhash(json_object_iter_value(it)) | 1);
		return h;
	}
	case JSON_TRUE:
		return 3;
	case JSON_FALSE:
		return 5;
	default:
		return 9;
	}
}

/* ---- dialects ---- */
static int dialect_of_uri(const char *u)
{
	static const struct {
		const char *uri;
		int dialect;
	} known[] = {
		{"https://json-schema.org/draft/2020-12/schema", 2020},
		{"https://json-schema.org/draft/2019-09/schema", 2019},
		{"http://json-schema.org/draft-07/schema", 7},
		{"http://json-schema.org/draft-06/schema", 6},
		{"http://json-schema.org/draft-04/schema", 4},
	};
	size_t len = strlen(u);
	if (len && u[len - 1] == '#')
		len--;
	for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
		if (strlen(known[i].uri) == len && memcmp(known[i].uri, u, len) == 0)
			return known[i].dialect;
	return 0;
}

/* Maps a json-schema.org meta-schema URI to its embedded file name. */
static int embedded_name(const char *uri, char *out, size_t size)
{
	const char *rest;
	const char *dir;
	if (strncmp(uri, "https://json-schema.org/draft/2020-12/", 38) == 0) {
		dir = "draft2020-12";
		rest = uri + 38;
	} else if (strncmp(uri, "https://json-schema.org/draft/2019-09/", 38) == 0) {
		dir = "draft2019-09";
		rest = uri + 38;
	} else if (strncmp(uri, "http://json-schema.org/draft-07/", 32) == 0) {
		dir = "draft-07";
		rest = uri + 32;
	} else if (strncmp(uri, "http://json-schema.org/draft-06/", 32) == 0) {
		dir = "draft-06";
		rest = uri + 32;
	} else if (strncmp(uri, "http://json-schema.org/draft-04/", 32) == 0) {
		dir = "draft-04";
		rest = uri + 32;
	} else {
		return -1;
	}
	if (!*rest || strstr(rest, ".."))
		return -1;
	snprintf(out, size, "meta/%s/%s.json", dir, rest);
	return 0;
}

/* ---- compilation ---- */
struct cctx {
	const char *base;        /* base URI of the schema being compiled */
	struct resource *res;    /* resource it lies in */
	int dialect;
	unsigned vocab;
};

static struct node *compile(struct artex_schema *s, json_t *j, const struct cctx *cx, int depth);
static int compile_applicators(struct artex_schema *s, struct node *n, json_t *j,
                               const struct cctx *pcx, int depth);
static int compile_validation(struct artex_schema *s, struct node *n, json_t *j,
                              const struct cctx *pcx);
static struct resource *load_document(struct artex_schema *s, const char *uri, int dialect,
                                      unsigned vocab);

static int add_doc(struct artex_schema *s, json_t *doc)
{
	if (grow((void **)&s->docs, &s->cap_docs, s->n_docs, sizeof *s->docs) < 0)
		return -1;
	s->docs[s->n_docs++] = doc;
	return 0;
}

static int intern_dyn(struct artex_schema *s, const char *name)
{
	for (size_t i = 1; i < s->n_dyn_names; i++)
		if (strcmp(s->dyn_names[i], name) == 0)
			return (int)i;
	if (s->n_dyn_names == 0) {
		if (grow((void **)&s->dyn_names, &s->cap_dyn_names, 0, sizeof(char *)) < 0)
			return -1;
		s->dyn_names[s->n_dyn_names++] = NULL;
	}
	if (grow((void **)&s->dyn_names, &s->cap_dyn_names, s->n_dyn_names, sizeof(char *)) < 0)
		return -1;
	char *c = s_strdup(s, name);
	if (!c)
		return -1;
	s->dyn_names[s->n_dyn_names] = c;
	return (int)s->n_dyn_names++;
}

/* `within` is the resource a new embedded one lies in; NULL for a document. */
static struct resource *new_resource(struct artex_schema *s, const char *uri, json_t *j,
                                     int dialect, unsigned vocab, const struct resource *within)
{
	struct resource *r = s_alloc(s, sizeof *r);
	if (!r)
		return NULL;
	r->uri = s_strdup(s, uri);
	if (!r->uri)
		return NULL;
	r->json = j;
	r->doc = within ? within->doc : j;
	r->doc_uri = within ? within->doc_uri : r->uri;
	r->dialect = dialect;
	r->vocab = vocab;
	r->next = s->res_list;
	s->res_list = r;
	if (smap_put(s, &s->resources, r->uri, r) < 0)
		return NULL;
	return r;
}

static int add_dyn_anchor(struct artex_schema *s, struct resource *r, int id, struct node *n)
{
	for (size_t i = 0; i < r->n_dyn; i++)
		if (r->dyn[i].id == id)
			return 0;
	if (r->n_dyn == r->cap_dyn) {
		size_t nc = r->cap_dyn ? r->cap_dyn * 2 : 4;
		struct dynanchor *d = s_alloc(s, nc * sizeof *d);
		if (!d)
			return -1;
		if (r->n_dyn)
			memcpy(d, r->dyn, r->n_dyn * sizeof *d);
		r->dyn = d;
		r->cap_dyn = nc;
	}
	r->dyn[r->n_dyn].id = id;
	r->dyn[r->n_dyn].n = n;
	r->n_dyn++;
	return 0;
}

static int register_anchor(struct artex_schema *s, const char *base, const char *name,
                           json_t *n)
{
	size_t bl = strlen(base), nl = strlen(name);
	char *key = malloc(bl + nl + 2);
	if (!key)
		return -1;
	memcpy(key, base, bl);
	key[bl] = '#';
	memcpy(key + bl + 1, name, nl + 1);
	int rc = smap_put(s, &s->anchors, key, n);
	free(key);
	return rc;
}

static int add_pending(struct artex_schema *s, struct node *owner, const char *base,
                       const char *ref, int kind, const struct cctx *cx)
{
	struct pending *p = s_alloc(s, sizeof *p);
	if (!p)
		return -1;
	char *abs = uri_resolve(base, ref);
	if (!abs)
		return -1;
	p->uri = s_strdup(s, abs);
	free(abs);
	if (!p->uri)
		return -1;
	p->owner = owner;
	p->src = s->cur_j;
	p->res = (struct resource *)s->cur_res;
	p->kind = kind;
	p->dialect = cx->dialect;
	p->vocab = cx->vocab;
	const char *h = strchr(ref, '#');
	if (kind == 1 && h && h[1] && h[1] != '/')
		p->anchor = s_strdup(s, h + 1);
	p->next = s->pending;
	s->pending = p;
	return 0;
}

static int get_count(struct artex_schema *s, json_t *v, const char *kw, uint64_t *out)
{
	double d;
	if (json_is_integer(v) && json_integer_value(v) >= 0) {
		*out = (uint64_t)json_integer_value(v);
		return 0;
	}
	if (json_is_real(v) && (d = json_real_value(v)) >= 0 && dbl_is_int(d)) {
		*out = d >= 1.8e19 ? UINT64_MAX : (uint64_t)d;
		return 0;
	}
	s->cur_kw = kw;
	cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"%s\" must be a non-negative integer", kw);
	return -1;
}

static int get_num(struct artex_schema *s, json_t *v, const char *kw, struct num *out)
{
	if (!json_is_number(v)) {
		s->cur_kw = kw;
		cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"%s\" must be a number", kw);
		return -1;
	}
	memset(out, 0, sizeof *out);
	if (json_is_integer(v)) {
		out->is_int = 1;
		out->i = json_integer_value(v);
		out->d = (double)out->i;
		int_decimal(out->i, &out->m, &out->e);
	} else {
		out->d = json_real_value(v);
		dbl_decimal(out->d, &out->m, &out->e);
	}
	return 0;
}

static struct node **compile_array(struct artex_schema *s, json_t *v, const char *kw,
                                   const struct cctx *cx, int depth, uint32_t *n_out)
{
	if (!json_is_array(v) || (json_array_size(v) == 0 && strcmp(kw, "prefixItems") != 0 &&
	                          strcmp(kw, "items") != 0)) {
		s->cur_kw = kw;
		cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"%s\" must be a non-empty array of schemas", kw);
		return NULL;
	}
	size_t n = json_array_size(v);
	struct node **arr = s_alloc(s, (n ? n : 1) * sizeof *arr);
	if (!arr)
		return coom(s), NULL;
	for (size_t i = 0; i < n; i++)
		if (!(arr[i] = compile(s, json_array_get(v, i), cx, depth + 1)))
			return NULL;
	*n_out = (uint32_t)n;
	return arr;
}

static int compile_strings(struct artex_schema *s, json_t *v, const char *kw, struct strv **out,
                           uint32_t *n_out)
{
	if (!json_is_array(v)) {
		s->cur_kw = kw;
		cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"%s\" must be an array of strings", kw);
		return -1;
	}
	size_t n = json_array_size(v);
	struct strv *arr = s_alloc(s, (n ? n : 1) * sizeof *arr);
	if (!arr)
		return coom(s), -1;
	for (size_t i = 0; i < n; i++) {
		json_t *e = json_array_get(v, i);
		if (!json_is_string(e)) {
			s->cur_kw = kw;
			cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"%s\" must be an array of strings", kw);
			return -1;
		}
		arr[i].s = json_string_value(e);
		arr[i].len = json_string_length(e);
	}
	*out = arr;
	*n_out = (uint32_t)n;
	return 0;
}

static struct artex__regex *compile_regex(struct artex_schema *s, const char *src, size_t len)
{
	char msg[200];
	struct artex__regex *re = artex__regex_new(src, len, msg, sizeof msg);
	if (!re) {
		cfail(s, ARTEX_MSG_SCHEMA_REGEX, "invalid regular expression \"%.*s\": %s",
		      (int)(len > 100 ? 100 : len), src, msg);
		return NULL;
	}
	if (grow((void **)&s->regexes, &s->cap_regexes, s->n_regexes, sizeof *s->regexes) < 0) {
		artex__regex_free(re);
		coom(s);
		return NULL;
	}
	s->regexes[s->n_regexes++] = re;
	return re;
}

static int type_bit(const char *t)
{
	static const struct {
		const char *name;
		int bit;
	} types[] = {{"null", T_NULL}, {"boolean", T_BOOL}, {"object", T_OBJECT},
	             {"array", T_ARRAY}, {"number", T_NUMBER}, {"string", T_STRING},
	             {"integer", T_INTEGER}};
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strcmp(types[i].name, t) == 0)
			return types[i].bit;
	return 0;
}

static int compile_props(struct artex_schema *s, struct node *n, json_t *v,
                         const struct cctx *cx, int depth)
{
	if (!json_is_object(v)) {
		cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"properties\" must be an object");
		return -1;
	}
	size_t count = json_object_size(v);
	n->props = s_alloc(s, (count ? count : 1) * sizeof *n->props);
	if (!n->props)
		return coom(s), -1;
	size_t i = 0;
	for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it), i++) {
		struct prop *p = &n->props[i];
		p->name = json_object_iter_key(it);
		p->len = json_object_iter_key_len(it);
		p->hash = hash_bytes(p->name, p->len);
		if (!(p->n = compile(s, json_object_iter_value(it), cx, depth + 1)))
			return -1;
	}
	n->n_props = (uint32_t)count;
	if (count > 8) {
		uint32_t cap = 16;
		while (cap < count * 2)
			cap *= 2;
		n->prop_tab = s_alloc(s, cap * sizeof *n->prop_tab);
		if (!n->prop_tab)
			return coom(s), -1;
		n->prop_mask = cap - 1;
		for (uint32_t k = 0; k < count; k++) {
			uint32_t h = n->props[k].hash & n->prop_mask;
			while (n->prop_tab[h])
				h = (h + 1) & n->prop_mask;
			n->prop_tab[h] = k + 1;
		}
	}
	return 0;
}

static const struct prop *prop_find(const struct node *n, const char *key, size_t len)
{
	if (n->prop_tab) {
		uint32_t h = hash_bytes(key, len);
		for (uint32_t i = h & n->prop_mask; n->prop_tab[i]; i = (i + 1) & n->prop_mask) {
			const struct prop *p = &n->props[n->prop_tab[i] - 1];
			if (p->hash == h && p->len == len && memcmp(p->name, key, len) == 0)
				return p;
		}
		return NULL;
	}
	for (uint32_t i = 0; i < n->n_props; i++) {
		const struct prop *p = &n->props[i];
		if (p->len == len && memcmp(p->name, key, len) == 0)
			return p;
	}
	return NULL;
}

/* Reads the vocabularies a custom meta-schema declares. */
static int meta_vocab(struct artex_schema *s, const char *meta_uri, int *dialect, unsigned *vocab)
{
	struct resource *r = load_document(s, meta_uri, 2020, V_DEFAULT);
	if (!r)
		return -1;
	json_t *voc = json_is_object(r->json) ? json_object_get(r->json, "$vocabulary") : NULL;
	json_t *sch = json_is_object(r->json) ? json_object_get(r->json, "$schema") : NULL;
	int d = json_is_string(sch) ? dialect_of_uri(json_string_value(sch)) : 0;
	*dialect = d ? d : 2020;
	if (!json_is_object(voc)) {
		*vocab = V_DEFAULT;
		return 0;
	}
	unsigned v = 0;
	const char *key;
	json_t *val;
	json_object_foreach(voc, key, val) {
		static const struct {
			const char *name;
			unsigned bit;
		} vocs[] = {{"core", V_CORE}, {"applicator", V_APPLICATOR | V_UNEVAL},
		            {"unevaluated", V_UNEVAL}, {"validation", V_VALIDATION},
		            {"meta-data", V_META}, {"format-annotation", V_FMT_ANN},
		            {"format", V_FMT_ANN}, {"format-assertion", V_FMT_ASSERT},
		            {"content", V_CONTENT}};
		const char *slash = strrchr(key, '/');
		int known = 0;
		if (slash && (strncmp(key, "https://json-schema.org/draft/2020-12/vocab/", 44) == 0 ||
		              strncmp(key, "https://json-schema.org/draft/2019-09/vocab/", 44) == 0)) {
			for (size_t i = 0; i < sizeof vocs / sizeof vocs[0]; i++)
				if (strcmp(slash + 1, vocs[i].name) == 0) {
					/* In 2020-12 unevaluated* have their own vocabulary. */
					unsigned bit = vocs[i].bit;
					if (d == 2020 && strcmp(vocs[i].name, "applicator") == 0)
						bit = V_APPLICATOR;
					v |= bit;
					known = 1;
				}
		}
		if (!known && json_is_true(val)) {
			cfail(s, ARTEX_MSG_SCHEMA_DIALECT, "required vocabulary \"%s\" is not supported", key);
			return -1;
		}
	}
	*vocab = v;
	return 0;
}

static const char *dialect_name(int d)
{
	switch (d) {
	case 4: return "draft-04";
	case 6: return "draft-06";
	case 7: return "draft-07";
	case 2019: return "2019-09";
	default: return "2020-12";
	}
}

/* Works out the context of schema object j from its parent's: "$schema",
 * "$id" (which starts a new resource) and the static anchors it declares.
 * `top`: j is the root of its document. */
static int enter(struct artex_schema *s, json_t *j, const struct cctx *pcx, int top,
                 struct cctx *cx)
{
	json_t *v;
	*cx = *pcx;
	if ((v = json_object_get(j, "$schema")) && json_is_string(v) &&
	    (top || cx->dialect >= 2019 || json_object_get(j, "$id"))) {
		int d = dialect_of_uri(json_string_value(v));
		if (d) {
			cx->dialect = d;
			cx->vocab = V_DEFAULT;
		} else if (meta_vocab(s, json_string_value(v), &cx->dialect, &cx->vocab) < 0) {
			return -1;
		}
	}
	if (s->assert_format)
		cx->vocab |= V_FMT_ASSERT;
	const char *id_kw = cx->dialect == 4 ? "id" : "$id";
	/* Up to draft-07 an identifier beside "$ref" is ignored; that stays so
	 * by default too, as a base URI that moves with it would surprise. */
	int beside_ref = cx->dialect <= 7 && json_object_get(j, "$ref");
	if (!beside_ref && (v = json_object_get(j, id_kw)) && json_is_string(v)) {
		const char *id = json_string_value(v);
		if (cx->dialect <= 7 && id[0] == '#') {
			if (register_anchor(s, cx->base, id + 1, j) < 0)
				return coom(s), -1;
		} else {
			char *own_base = uri_resolve(cx->base, id);
			if (!own_base)
				return coom(s), -1;
			char *frag = uri_cut_fragment(own_base);
			if (*frag && cx->dialect >= 2019) {
				free(own_base);
				s->cur_kw = id_kw;
				cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"$id\" must not contain a fragment");
				return -1;
			}
			struct resource *r = smap_get(&s->resources, own_base);
			if (!r && !(r = new_resource(s, own_base, j, cx->dialect, cx->vocab, cx->res))) {
				free(own_base);
				return coom(s), -1;
			}
			cx->res = r;
			cx->base = r->uri;
			int rc = *frag ? register_anchor(s, cx->base, frag, j) : 0;
			free(own_base);
			if (rc < 0)
				return coom(s), -1;
		}
	}
	if (cx->res && cx->res->json == j) {
		cx->res->dialect = cx->dialect;
		cx->res->vocab = cx->vocab;
	}
	if (cx->dialect >= 2019 && (cx->vocab & V_CORE)) {
		if ((v = json_object_get(j, "$anchor")) && json_is_string(v) &&
		    register_anchor(s, cx->base, json_string_value(v), j) < 0)
			return coom(s), -1;
		if (cx->dialect >= 2020 && (v = json_object_get(j, "$dynamicAnchor")) &&
		    json_is_string(v) && register_anchor(s, cx->base, json_string_value(v), j) < 0)
			return coom(s), -1;
	}
	return 0;
}

/* How a keyword holds subschemas, for the walk that indexes identifiers. */
enum { SUB_NONE, SUB_ONE, SUB_LIST, SUB_MAP };

static int sub_kind(const char *kw)
{
	static const struct {
		const char *kw;
		int kind;
	} kws[] = {
		{"not", SUB_ONE}, {"if", SUB_ONE}, {"then", SUB_ONE}, {"else", SUB_ONE},
		{"additionalItems", SUB_ONE}, {"contains", SUB_ONE}, {"additionalProperties", SUB_ONE},
		{"propertyNames", SUB_ONE}, {"unevaluatedProperties", SUB_ONE},
		{"unevaluatedItems", SUB_ONE}, {"contentSchema", SUB_ONE},
		{"items", SUB_LIST}, {"allOf", SUB_LIST}, {"anyOf", SUB_LIST}, {"oneOf", SUB_LIST},
		{"prefixItems", SUB_LIST},
		{"properties", SUB_MAP}, {"patternProperties", SUB_MAP}, {"definitions", SUB_MAP},
		{"$defs", SUB_MAP}, {"dependentSchemas", SUB_MAP}, {"dependencies", SUB_MAP},
	};
	for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++)
		if (strcmp(kws[i].kw, kw) == 0)
			return kws[i].kind;
	return SUB_NONE;
}

/* Where a schema object is to be compiled: recorded by scan() for every
 * schema object it meets, so that one reached later through a JSON Pointer
 * or an anchor gets the base URI and dialect of its place. */
struct place {
	struct cctx cx;
	int top;
};

struct later {
	json_t *j;
	struct later *next;
};

/* Indexes a schema document without compiling it: every resource ("$id")
 * and anchor it declares becomes known, so references into it resolve, but
 * only what is reached from the root is ever compiled. Faults in parts that
 * are never used (a broken "$ref" in an unused definition, a container of
 * non-schemas) thus stay harmless, as they do in the common validators. */
static int scan(struct artex_schema *s, json_t *j, const struct cctx *pcx, int top, int depth)
{
	if (!json_is_object(j) || pmap_get(&s->places, j))
		return 0;
	if (depth > 1000) {
		cfail(s, ARTEX_MSG_SCHEMA_RECURSION, "schema nested deeper than 1000 levels");
		return -1;
	}
	struct place *pl = s_alloc(s, sizeof *pl);
	if (!pl || pmap_put(&s->places, j, pl) < 0)
		return coom(s), -1;
	pl->cx = *pcx;
	pl->top = top;
	json_t *saved_j = s->cur_j;
	const struct resource *saved_res = s->cur_res;
	const char *saved_kw = s->cur_kw;
	s->cur_j = j;
	s->cur_res = pcx->res;
	s->cur_kw = NULL;
	struct cctx cx;
	int rc = enter(s, j, pcx, top, &cx);
	/* Dynamic anchors are looked up at validation time in whatever resources
	 * are in scope, so they are compiled whether referenced or not. */
	if (rc == 0 && ((cx.dialect >= 2020 && json_is_string(json_object_get(j, "$dynamicAnchor"))) ||
	                (cx.dialect == 2019 && json_is_true(json_object_get(j, "$recursiveAnchor"))))) {
		struct later *l = s_alloc(s, sizeof *l);
		if (!l)
			return coom(s), -1;
		l->j = j;
		l->next = s->eager;
		s->eager = l;
	}
	if (rc == 0 && !(s->strict && cx.dialect <= 7 && json_object_get(j, "$ref"))) {
		const char *key;
		json_t *v;
		json_object_foreach(j, key, v) {
			int kind = sub_kind(key);
			if (kind == SUB_ONE || (kind == SUB_LIST && json_is_object(v))) {
				rc = scan(s, v, &cx, 0, depth + 1);
			} else if (kind == SUB_LIST && json_is_array(v)) {
				for (size_t i = 0; i < json_array_size(v) && rc == 0; i++)
					rc = scan(s, json_array_get(v, i), &cx, 0, depth + 1);
			} else if (kind == SUB_MAP && json_is_object(v)) {
				const char *k2;
				json_t *v2;
				json_object_foreach(v, k2, v2)
					if (rc == 0)
						rc = scan(s, v2, &cx, 0, depth + 1);
			}
			if (rc < 0)
				break;
		}
	}
	s->cur_j = saved_j;
	s->cur_res = saved_res;
	s->cur_kw = saved_kw;
	return rc;
}

/* Compiles schema object t at its place (see scan); `r` is the resource it
 * was reached in, for objects the index did not visit. */
static struct node *compile_at(struct artex_schema *s, json_t *t, struct resource *r)
{
	struct node *n = pmap_get(&s->nodes, t);
	if (n)
		return n;
	const struct place *pl = pmap_get(&s->places, t);
	if (pl)
		return compile(s, t, &pl->cx, pl->top ? 0 : 1);
	struct cctx cx = {r->uri, r, r->dialect, r->vocab};
	return compile(s, t, &cx, t == r->doc ? 0 : 1);
}

/* Whether `kw`, new in draft `since`, applies to j: by default it does in
 * older drafts too, as authors mean it, with a note. */
static int kw_applies(struct artex_schema *s, const struct cctx *cx, json_t *j, const char *kw,
                      int since)
{
	if (cx->dialect >= since)
		return 1;
	if (s->strict || !json_object_get(j, kw))
		return 0;
	note(s, kw, "\"%s\" is applied although %s has no such keyword (--spec-strict ignores it)",
	     kw, dialect_name(cx->dialect));
	return 1;
}

static struct node *compile(struct artex_schema *s, json_t *j, const struct cctx *pcx, int depth)
{
	struct node *n = pmap_get(&s->nodes, j);
	if (n)
		return n;
	if (s->failed)
		return NULL;
	if (depth > 1000)
		return cfail(s, ARTEX_MSG_SCHEMA_RECURSION, "schema nested deeper than 1000 levels");
	n = s_alloc(s, sizeof *n);
	if (!n)
		return coom(s);
	n->dyn_id = -1;
	n->res = pcx->res;
	if (json_is_boolean(j)) {
		n->is_bool = 1;
		n->bool_val = json_is_true(j);
		if (pmap_put(&s->nodes, j, n) < 0)
			return coom(s);
		return n;
	}
	json_t *saved_j = s->cur_j;
	const struct resource *saved_res = s->cur_res;
	const char *saved_kw = s->cur_kw;
	s->cur_j = j;
	s->cur_res = pcx->res;
	s->cur_kw = NULL;
	if (!json_is_object(j))
		return cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "a schema must be an object or a boolean");
	if (pmap_put(&s->nodes, j, n) < 0)
		return coom(s);

	struct cctx cx;
	json_t *v;
	struct node *ret = NULL;
	if (enter(s, j, pcx, depth == 0, &cx) < 0)
		return NULL;
	n->res = cx.res;
	if (cx.res && cx.res->json == j && !cx.res->node)
		cx.res->node = n;
	if (cx.dialect >= 2019 && (cx.vocab & V_CORE)) {
		if (cx.dialect >= 2020 && (v = json_object_get(j, "$dynamicAnchor")) &&
		    json_is_string(v)) {
			int id = intern_dyn(s, json_string_value(v));
			if (id < 0 || (cx.res && add_dyn_anchor(s, cx.res, id, n) < 0))
				goto oom;
		}
		if (cx.dialect == 2019 && json_is_true(json_object_get(j, "$recursiveAnchor")) &&
		    cx.res && cx.res->json == j && add_dyn_anchor(s, cx.res, RECURSIVE_ANCHOR, n) < 0)
			goto oom;
	}
	int ref_beside = cx.dialect <= 7 && json_object_get(j, "$ref");
	if ((v = json_object_get(j, "$ref")) && json_is_string(v)) {
		if (add_pending(s, n, cx.base, json_string_value(v), 0, &cx) < 0)
			goto oom;
		n->kw |= B(K_REF);
	}
	if (ref_beside && s->strict) {
		/* Before 2019-09 "$ref" makes its siblings ignored, but definitions
		 * beside it can still be targets of JSON Pointer references. */
		ret = n;
		goto done;
	}
	if (cx.dialect >= 2019) {
		if (cx.dialect >= 2020 && (v = json_object_get(j, "$dynamicRef")) && json_is_string(v)) {
			if (add_pending(s, n, cx.base, json_string_value(v), 1, &cx) < 0)
				goto oom;
			n->kw |= B(K_DYNREF);
		}
		if (cx.dialect == 2019 && (v = json_object_get(j, "$recursiveRef")) && json_is_string(v)) {
			if (add_pending(s, n, cx.base, json_string_value(v), 2, &cx) < 0)
				goto oom;
			n->kw |= B(K_DYNREF);
		}
	}
	if (!compile_applicators(s, n, j, &cx, depth) || !compile_validation(s, n, j, &cx))
		goto done;
	if (ref_beside && (n->kw & ~B(K_REF)))
		note(s, "$ref", "keywords beside \"$ref\" are applied although %s ignores them "
		     "(--spec-strict ignores them)", dialect_name(cx.dialect));
	ret = n;
	goto done;
oom:
	coom(s);
done:
	if (ret) {
		s->cur_j = saved_j;
		s->cur_res = saved_res;
		s->cur_kw = saved_kw;
	}
	return ret;
}

/* The applicator and unevaluated vocabularies, and dependencies. 0 on failure. */
static int compile_applicators(struct artex_schema *s, struct node *n, json_t *j,
                               const struct cctx *pcx, int depth)
{
	const struct cctx cx = *pcx;
	json_t *v;
	if (cx.vocab & V_APPLICATOR) {
		if ((v = json_object_get(j, "allOf"))) {
			if (!(n->all_of = compile_array(s, v, "allOf", &cx, depth, &n->n_all)))
				return 0;
			n->kw |= B(K_ALLOF);
		}
		if ((v = json_object_get(j, "anyOf"))) {
			if (!(n->any_of = compile_array(s, v, "anyOf", &cx, depth, &n->n_any)))
				return 0;
			n->kw |= B(K_ANYOF);
		}
		if ((v = json_object_get(j, "oneOf"))) {
			if (!(n->one_of = compile_array(s, v, "oneOf", &cx, depth, &n->n_one)))
				return 0;
			n->kw |= B(K_ONEOF);
		}
		if ((v = json_object_get(j, "not"))) {
			if (!(n->not_ = compile(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_NOT);
		}
		if ((v = json_object_get(j, "if")) && kw_applies(s, &cx, j, "if", 7)) {
			if (!(n->if_ = compile(s, v, &cx, depth + 1)))
				return 0;
			json_t *t = json_object_get(j, "then"), *e = json_object_get(j, "else");
			if (t && !(n->then_ = compile(s, t, &cx, depth + 1)))
				return 0;
			if (e && !(n->else_ = compile(s, e, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_IF);
		}
		json_t *items = json_object_get(j, "items");
		if (cx.dialect >= 2020) {
			if ((v = json_object_get(j, "prefixItems"))) {
				if (!(n->prefix = compile_array(s, v, "prefixItems", &cx, depth, &n->n_prefix)))
					return 0;
				n->kw |= B(K_PREFIX);
			}
			if (items) {
				if (!(n->items = compile(s, items, &cx, depth + 1)))
					return 0;
				n->kw |= B(K_ITEMS);
			}
		} else if (json_is_array(items)) {
			if (!(n->prefix = compile_array(s, items, "items", &cx, depth, &n->n_prefix)))
				return 0;
			n->kw |= B(K_PREFIX);
			if ((v = json_object_get(j, "additionalItems"))) {
				if (!(n->items = compile(s, v, &cx, depth + 1)))
					return 0;
				n->items_is_additional = 1;
				n->kw |= B(K_ITEMS);
			}
		} else if (items) {
			if (!(n->items = compile(s, items, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_ITEMS);
		}
		if ((v = json_object_get(j, "contains")) && kw_applies(s, &cx, j, "contains", 6)) {
			if (!(n->contains = compile(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_CONTAINS);
		}
		if ((v = json_object_get(j, "properties"))) {
			if (compile_props(s, n, v, &cx, depth) < 0)
				return 0;
			n->kw |= B(K_PROPS);
		}
		if ((v = json_object_get(j, "patternProperties"))) {
			if (!json_is_object(v)) {
				cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"patternProperties\" must be an object");
				return 0;
			}
			n->pprops = s_alloc(s, (json_object_size(v) + 1) * sizeof *n->pprops);
			if (!n->pprops)
				return coom(s), 0;
			for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it)) {
				struct pprop *pp = &n->pprops[n->n_pprops];
				pp->src = json_object_iter_key(it);
				if (!(pp->re = compile_regex(s, pp->src, json_object_iter_key_len(it))))
					return 0;
				if (!(pp->n = compile(s, json_object_iter_value(it), &cx, depth + 1)))
					return 0;
				n->n_pprops++;
			}
			n->kw |= B(K_PPROPS);
		}
		if ((v = json_object_get(j, "additionalProperties"))) {
			if (!(n->addprops = compile(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_ADDPROPS);
		}
		if ((v = json_object_get(j, "propertyNames")) && kw_applies(s, &cx, j, "propertyNames", 6)) {
			if (!(n->pnames = compile(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_PNAMES);
		}
		if (cx.dialect >= 2019 && (v = json_object_get(j, "dependentSchemas"))) {
			if (!json_is_object(v)) {
				cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"dependentSchemas\" must be an object");
				return 0;
			}
		}
	}
	if (cx.dialect >= 2019 && (cx.vocab & V_UNEVAL)) {
		if ((v = json_object_get(j, "unevaluatedProperties"))) {
			if (!(n->unev_p = compile(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_UNEV_P);
		}
		if ((v = json_object_get(j, "unevaluatedItems"))) {
			if (!(n->unev_i = compile(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_UNEV_I);
		}
	}
	/* dependentRequired, dependentSchemas and the older dependencies */
	{
		json_t *dr = cx.dialect >= 2019 && (cx.vocab & V_VALIDATION)
		                 ? json_object_get(j, "dependentRequired") : NULL;
		json_t *ds = cx.dialect >= 2019 && (cx.vocab & V_APPLICATOR)
		                 ? json_object_get(j, "dependentSchemas") : NULL;
		json_t *dd = json_object_get(j, "dependencies");
		size_t total = (json_is_object(dr) ? json_object_size(dr) : 0) +
		               (json_is_object(ds) ? json_object_size(ds) : 0) +
		               (json_is_object(dd) ? json_object_size(dd) : 0);
		if (dr && !json_is_object(dr)) {
			cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"dependentRequired\" must be an object");
			return 0;
		}
		if (total) {
			n->deps = s_alloc(s, total * sizeof *n->deps);
			if (!n->deps)
				return coom(s), 0;
			json_t *srcs[3] = {dr, ds, dd};
			for (int k = 0; k < 3; k++) {
				if (!json_is_object(srcs[k]))
					continue;
				for (void *it = json_object_iter(srcs[k]); it;
				     it = json_object_iter_next(srcs[k], it)) {
					struct dep *d = &n->deps[n->n_deps];
					json_t *dv = json_object_iter_value(it);
					d->name = json_object_iter_key(it);
					d->len = json_object_iter_key_len(it);
					d->kind = (uint8_t)k;
					if (k == 0 || (k == 2 && json_is_array(dv))) {
						if (compile_strings(s, dv, k == 0 ? "dependentRequired" : "dependencies",
						                    &d->req, &d->n_req) < 0)
							return 0;
					} else if (!(d->schema = compile(s, dv, &cx, depth + 1))) {
						return 0;
					}
					n->n_deps++;
				}
			}
			n->kw |= B(K_DEPS);
		}
	}

	return 1;
}

/* The validation and format vocabularies. 0 on failure. */
static int compile_validation(struct artex_schema *s, struct node *n, json_t *j,
                              const struct cctx *pcx)
{
	const struct cctx cx = *pcx;
	json_t *v;
	if (cx.vocab & V_VALIDATION) {
		if ((v = json_object_get(j, "type"))) {
			if (json_is_string(v)) {
				n->types = (uint16_t)type_bit(json_string_value(v));
				if (!n->types) {
					cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "unknown type \"%s\"",
					      json_string_value(v));
					return 0;
				}
			} else if (json_is_array(v)) {
				for (size_t i = 0; i < json_array_size(v); i++) {
					json_t *t = json_array_get(v, i);
					int bit = json_is_string(t) ? type_bit(json_string_value(t)) : 0;
					if (!bit) {
						cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"type\" must name JSON types");
						return 0;
					}
					n->types |= (uint16_t)bit;
				}
			} else {
				cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"type\" must be a string or an array");
				return 0;
			}
			n->kw |= B(K_TYPE);
		}
		if ((v = json_object_get(j, "enum"))) {
			if (!json_is_array(v)) {
				cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"enum\" must be an array");
				return 0;
			}
			n->enum_ = v;
			n->kw |= B(K_ENUM);
		}
		if ((v = json_object_get(j, "const")) && kw_applies(s, &cx, j, "const", 6)) {
			n->const_ = v;
			n->kw |= B(K_CONST);
		}
		if ((v = json_object_get(j, "multipleOf"))) {
			if (get_num(s, v, "multipleOf", &n->mult) < 0)
				return 0;
			if (n->mult.d <= 0) {
				cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"multipleOf\" must be greater than 0");
				return 0;
			}
			n->kw |= B(K_MULT);
		}
		struct {
			const char *name;
			int bit;
			struct num *dst;
		} nums[] = {{"maximum", K_MAX, &n->maximum}, {"minimum", K_MIN, &n->minimum},
		            {"exclusiveMaximum", K_EXMAX, &n->exmax},
		            {"exclusiveMinimum", K_EXMIN, &n->exmin}};
		for (size_t i = 0; i < 4; i++) {
			if (!(v = json_object_get(j, nums[i].name)))
				continue;
			if (cx.dialect == 4 && i >= 2) {
				/* draft-04: a boolean turning maximum/minimum exclusive */
				if (json_is_true(v) && (n->kw & B(nums[i - 2].bit))) {
					*nums[i].dst = *nums[i - 2].dst;
					n->kw &= ~B(nums[i - 2].bit);
					n->kw |= B(nums[i].bit);
				}
				continue;
			}
			if (get_num(s, v, nums[i].name, nums[i].dst) < 0)
				return 0;
			n->kw |= B(nums[i].bit);
		}
		struct {
			const char *name;
			int bit;
			uint64_t *dst;
		} counts[] = {{"maxLength", K_MAXLEN, &n->max_len}, {"minLength", K_MINLEN, &n->min_len},
		              {"maxItems", K_MAXITEMS, &n->max_items},
		              {"minItems", K_MINITEMS, &n->min_items},
		              {"maxProperties", K_MAXPROPS, &n->max_props},
		              {"minProperties", K_MINPROPS, &n->min_props}};
		for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
			if (!(v = json_object_get(j, counts[i].name)))
				continue;
			if (get_count(s, v, counts[i].name, counts[i].dst) < 0)
				return 0;
			n->kw |= B(counts[i].bit);
		}
		if ((v = json_object_get(j, "pattern"))) {
			if (!json_is_string(v)) {
				cfail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"pattern\" must be a string");
				return 0;
			}
			n->pattern_src = json_string_value(v);
			if (!(n->pattern = compile_regex(s, n->pattern_src, json_string_length(v))))
				return 0;
			n->kw |= B(K_PATTERN);
		}
		if (json_is_true(json_object_get(j, "uniqueItems"))) {
			n->unique = 1;
			n->kw |= B(K_UNIQUE);
		}
		if ((v = json_object_get(j, "required")) && (cx.dialect > 4 || json_is_array(v))) {
			if (compile_strings(s, v, "required", &n->required, &n->n_required) < 0)
				return 0;
			if (n->n_required)
				n->kw |= B(K_REQUIRED);
		}
		if (cx.dialect >= 2019 && (n->kw & B(K_CONTAINS))) {
			if ((v = json_object_get(j, "minContains"))) {
				if (get_count(s, v, "minContains", &n->min_contains) < 0)
					return 0;
				n->has_min_contains = 1;
			}
			if ((v = json_object_get(j, "maxContains"))) {
				if (get_count(s, v, "maxContains", &n->max_contains) < 0)
					return 0;
				n->has_max_contains = 1;
			}
		}
	}
	if ((cx.vocab & (V_FMT_ANN | V_FMT_ASSERT)) && (v = json_object_get(j, "format")) &&
	    json_is_string(v)) {
		n->format = artex__format_lookup(json_string_value(v));
		/* Before 2019-09 format was always meant to be asserted by those
		 * who could; the test suite reads it so as well, but we keep the
		 * annotation default of the CLI for every dialect. */
		n->assert_format = (cx.vocab & V_FMT_ASSERT) != 0;
		if (n->format && n->assert_format)
			n->kw |= B(K_FORMAT);
	}
	return 1;
}

/* Walks a JSON Pointer (already percent-decoded) from `root`. */
static json_t *walk_pointer(json_t *root, const char *ptr)
{
	json_t *cur = root;
	while (*ptr == '/') {
		ptr++;
		char seg[512];
		size_t k = 0;
		while (*ptr && *ptr != '/') {
			char c = *ptr++;
			if (c == '~' && (*ptr == '0' || *ptr == '1'))
				c = *ptr++ == '0' ? '~' : '/';
			if (k + 1 >= sizeof seg)
				return NULL;
			seg[k++] = c;
		}
		seg[k] = '\0';
		if (json_is_object(cur)) {
			cur = json_object_getn(cur, seg, k);
		} else if (json_is_array(cur)) {
			char *end;
			if (!k || (k > 1 && seg[0] == '0'))
				return NULL;
			unsigned long idx = strtoul(seg, &end, 10);
			if (*end)
				return NULL;
			cur = json_array_get(cur, idx);
		} else {
			return NULL;
		}
		if (!cur)
			return NULL;
	}
	return *ptr ? NULL : cur;
}

static char *read_mapped(struct artex_schema *s, const char *uri, size_t *len)
{
	for (size_t i = 0; i < s->ref_map_len; i++) {
		const char *eq = strchr(s->ref_map[i], '=');
		if (!eq)
			continue;
		size_t pl = (size_t)(eq - s->ref_map[i]);
		if (strncmp(uri, s->ref_map[i], pl) != 0)
			continue;
		const char *rest = uri + pl;
		if (strstr(rest, ".."))
			continue;
		struct artex_buf path = ARTEX_BUF_INIT;
		artex_buf_puts(&path, eq + 1);
		if (path.len && path.data[path.len - 1] != '/' && rest[0] != '/')
			artex_buf_putc(&path, '/');
		artex_buf_puts(&path, rest);
		char *data = NULL;
		struct artex_error e;
		if (!path.oom)
			artex__file_read(&data, len, path.data, &e);
		artex_buf_dispose(&path);
		if (data)
			return data;
	}
	if (strncmp(uri, "file://", 7) == 0 && !strchr(uri, '?')) {
		const char *p = uri + 7;
		if (*p != '/') {
			p = strchr(p, '/');
			if (!p)
				return NULL;
		}
		char *data = NULL;
		struct artex_error e;
		artex__file_read(&data, len, p, &e);
		return data;
	}
	return NULL;
}

/* Finds or loads the document `uri` (no fragment) and compiles it. */
static struct resource *load_document(struct artex_schema *s, const char *uri, int dialect,
                                      unsigned vocab)
{
	struct resource *r = smap_get(&s->resources, uri);
	if (r)
		return r;
	char name[300];
	size_t len = 0;
	char *owned = NULL;
	const char *data = NULL;
	if (embedded_name(uri, name, sizeof name) == 0)
		data = artex__embedded_schema(name, &len);
	else if (strncmp(uri, ARTEX__BUNDLED_BASE, strlen(ARTEX__BUNDLED_BASE)) == 0)
		data = artex__embedded_schema(uri + strlen(ARTEX__BUNDLED_BASE), &len);
	if (!data)
		data = owned = read_mapped(s, uri, &len);
	if (!data) {
		cfail(s, ARTEX_MSG_SCHEMA_REF, "cannot resolve reference to \"%s\" (no local copy; "
		      "map it with --ref-map PREFIX=DIR)", uri);
		return NULL;
	}
	json_t *doc = NULL;
	struct artex_error e;
	int rc = artex__json_load_exact(&doc, data, len, uri, &e);
	free(owned);
	if (rc < 0) {
		cfail(s, ARTEX_MSG_SCHEMA_LOAD, "cannot parse \"%s\": %s", uri, e.message);
		return NULL;
	}
	if (add_doc(s, doc) < 0) {
		json_decref(doc);
		coom(s);
		return NULL;
	}
	r = new_resource(s, uri, doc, dialect, vocab, NULL);
	if (!r) {
		coom(s);
		return NULL;
	}
	struct cctx cx = {r->uri, r, dialect, vocab};
	s->depth++;
	if (s->depth > 64) {
		cfail(s, ARTEX_MSG_SCHEMA_RECURSION, "meta-schemas nested too deeply at \"%s\"", uri);
		return NULL;
	}
	rc = scan(s, doc, &cx, 1, 0);
	s->depth--;
	return rc < 0 ? NULL : r;
}

static struct node *resolve(struct artex_schema *s, const char *abs_uri, int dialect,
                            unsigned vocab)
{
	char *uri = strdup(abs_uri);
	if (!uri)
		return coom(s);
	char *frag = uri_cut_fragment(uri);
	struct node *n = NULL;
	struct resource *r = load_document(s, uri, dialect, vocab);
	if (!r)
		goto done;
	json_t *t = r->json;
	if (frag[0] == '/') {
		t = walk_pointer(r->json, frag);
		if (!t) {
			cfail(s, ARTEX_MSG_SCHEMA_REF, "reference \"%s\" points to nothing", abs_uri);
			goto done;
		}
	} else if (*frag) {
		char *key = malloc(strlen(uri) + strlen(frag) + 2);
		if (!key) {
			coom(s);
			goto done;
		}
		sprintf(key, "%s#%s", uri, frag);
		t = smap_get(&s->anchors, key);
		free(key);
		if (!t) {
			cfail(s, ARTEX_MSG_SCHEMA_REF, "reference \"%s\": no anchor \"%s\"", abs_uri, frag);
			goto done;
		}
	}
	n = compile_at(s, t, r);
done:
	free(uri);
	return n;
}

/* Resolves the references of everything compiled so far, compiling their
 * targets, which may bring more references, until none is left. */
static int resolve_pending(struct artex_schema *s)
{
	static const char *const ref_kw[] = {"$ref", "$dynamicRef", "$recursiveRef"};
	while ((s->pending || s->eager) && !s->failed) {
		if (s->eager) {
			struct later *l = s->eager;
			s->eager = l->next;
			const struct place *pl = pmap_get(&s->places, l->j);
			if (!compile(s, l->j, &pl->cx, pl->top ? 0 : 1))
				return -1;
			continue;
		}
		struct pending *p = s->pending;
		s->pending = p->next;
		/* a reference that cannot be resolved is a fault of its own place */
		s->cur_j = p->src;
		s->cur_res = p->res;
		s->cur_kw = ref_kw[p->kind];
		struct node *t = resolve(s, p->uri, p->dialect, p->vocab);
		s->cur_kw = NULL;
		if (!t)
			return -1;
		if (p->kind == 0) {
			p->owner->ref = t;
			continue;
		}
		p->owner->dynref = t;
		p->owner->ref_kind = (uint8_t)p->kind;
		if (p->kind == 2) {
			p->owner->dyn_id = RECURSIVE_ANCHOR;
		} else if (p->anchor) {
			/* Only a dynamic anchor of the same name at the initial target
			 * makes the reference dynamic (2020-12, 8.2.3.2). */
			int id = intern_dyn(s, p->anchor);
			if (id < 0)
				return coom(s), -1;
			const struct resource *r = t->res;
			for (size_t i = 0; r && i < r->n_dyn; i++)
				if (r->dyn[i].id == id && r->dyn[i].n == t)
					p->owner->dyn_id = id;
		}
	}
	return s->failed ? -1 : 0;
}

static void schema_free(struct artex_schema *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_docs; i++)
		json_decref(s->docs[i]);
	for (size_t i = 0; i < s->n_regexes; i++)
		artex__regex_free(s->regexes[i]);
	free(s->docs);
	free(s->regexes);
	free(s->dyn_names);
	free(s->resources.e);
	free(s->anchors.e);
	free(s->nodes.e);
	free(s->places.e);
	artex_error_list_dispose(&s->notes);
	for (size_t i = 0; i < s->ref_map_len; i++)
		free(s->ref_map[i]);
	free(s->ref_map);
	while (s->blocks) {
		struct block *b = s->blocks;
		s->blocks = b->next;
		free(b);
	}
	free(s);
}

void artex_schema_free(struct artex_schema *schema)
{
	schema_free(schema);
}

const struct artex_error_list *artex_schema_notes(const struct artex_schema *schema)
{
	return &schema->notes;
}

/* Registers the preloaded schema files under their retrieval URI and the
 * "$id" they declare; they are indexed now and compiled only when used. */
static int preload(struct artex_schema *s, const struct artex_schema_opts *opts)
{
	for (size_t i = 0; i < opts->preload_len; i++) {
		const char *path = opts->preload[i];
		char *text = NULL;
		size_t len = 0;
		struct artex_error e;
		memset(&e, 0, sizeof e);
		json_t *doc = NULL;
		int rc = artex__file_read(&text, &len, path, &e);
		if (rc == 0) {
			static const struct artex_yaml_opts yopts = {.allow_aliases = 1};
			rc = is_yaml_path(path) ? artex__yaml_load(&doc, text, len, path, &yopts, &e)
			                        : artex__json_load_exact(&doc, text, len, path, &e);
		}
		free(text);
		if (rc < 0) {
			s->failed = 1;
			if (s->err) {
				*s->err = e;
				s->err->code = rc == ARTEX_EIO ? ARTEX_EIO : ARTEX_ESCHEMA;
				s->err->msg_id = ARTEX_MSG_SCHEMA_LOAD;
			}
			return -1;
		}
		if (add_doc(s, doc) < 0) {
			json_decref(doc);
			return coom(s), -1;
		}
		char *uri = artex__file_uri(path);
		if (!uri)
			return coom(s), -1;
		if (smap_get(&s->resources, uri)) {
			free(uri);
			continue; /* the same file twice, or the schema itself */
		}
		struct resource *r = new_resource(s, uri, doc, s->default_dialect, V_DEFAULT, NULL);
		free(uri);
		if (!r)
			return coom(s), -1;
		struct cctx cx = {r->uri, r, s->default_dialect, V_DEFAULT};
		if (scan(s, doc, &cx, 1, 0) < 0)
			return -1;
	}
	return 0;
}

int artex__schema_compile(struct artex_schema **out, json_t *doc, const char *uri,
                          const struct artex_schema_opts *opts, struct artex_error *err)
{
	static const struct artex_schema_opts defaults = ARTEX_SCHEMA_OPTS_INIT;
	if (!opts)
		opts = &defaults;
	*out = NULL;
	struct artex_schema *s = calloc(1, sizeof *s);
	if (!s)
		return artex__error(err, ARTEX_ENOMEM, ARTEX_MSG_SCHEMA_LOAD, "out of memory");
	s->err = err;
	s->assert_format = opts->assert_format;
	s->strict = opts->spec_strict;
	s->all_errors = opts->all_errors;
	int d = opts->dialect;
	s->default_dialect = d == 0 ? 2020 : d;
	if (s->default_dialect != 2020 && s->default_dialect != 2019 && s->default_dialect != 7 &&
	    s->default_dialect != 6 && s->default_dialect != 4) {
		schema_free(s);
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_SCHEMA_DIALECT, "unknown dialect %d", d);
	}
	if (opts->ref_map_len) {
		s->ref_map = calloc(opts->ref_map_len, sizeof *s->ref_map);
		if (!s->ref_map)
			goto oom;
		for (size_t i = 0; i < opts->ref_map_len; i++) {
			if (!(s->ref_map[i] = strdup(opts->ref_map[i])))
				goto oom;
			s->ref_map_len++;
		}
	}
	if (add_doc(s, json_incref(doc)) < 0) {
		json_decref(doc);
		goto oom;
	}
	/* Schemas without a retrieval URI get a private one, so that relative
	 * references resolve to something that cannot collide with a real URI. */
	const char *base = uri ? uri : "urn:artex:schema";
	struct resource *r = new_resource(s, base, doc, s->default_dialect, V_DEFAULT, NULL);
	if (!r)
		goto oom;
	struct cctx cx = {r->uri, r, s->default_dialect, V_DEFAULT};
	if (preload(s, opts) == 0 && scan(s, doc, &cx, 1, 0) == 0)
		s->root = compile(s, doc, &cx, 0);
	if (s->root)
		resolve_pending(s);
	if (!s->failed && s->notes_dropped) {
		s->cur_j = NULL;
		note(s, NULL, "and %zu more places like those above", s->notes_dropped);
	}
	if (s->failed || !s->root) {
		int code = err ? err->code : ARTEX_ESCHEMA;
		schema_free(s);
		return code ? code : ARTEX_ESCHEMA;
	}
	s->err = NULL;
	*out = s;
	return 0;
oom:
	schema_free(s);
	return artex__error(err, ARTEX_ENOMEM, ARTEX_MSG_SCHEMA_LOAD, "out of memory");
}

/* ---- validation ---- */

/* Locations are linked lists on the C stack, turned into strings only when
 * an error is reported. */
struct ipath {
	const struct ipath *up;
	const char *key; /* NULL: array index */
	size_t klen;
	size_t idx;
};

struct kpath {
	const struct kpath *up;
	const char *kw;
	const char *key; /* optional second segment */
	size_t klen;
	long idx;        /* optional second segment when >= 0 */
};

struct scope {
	const struct scope *up;
	const struct resource *res;
};

/* Reference hops on the current path, to notice a reference that comes back
 * to a schema already being applied to the same value: that evaluation could
 * only recurse forever. */
struct hop {
	const struct hop *up;
	const struct node *target;
	const json_t *inst;
};

/* Which properties or items of one instance were evaluated (for
 * unevaluated*): one byte per member, by position. */
struct eval {
	size_t n;
	unsigned char *bits;
	unsigned char small[32];
};

struct vctx {
	const struct artex_schema *s;
	struct artex_error_list *errs;
	size_t max_errors;
	int quiet;
	int depth;
	int fatal; /* OOM or runaway recursion: the result is an error whatever the branch */
	void *scratch;
	const struct hop *hops;
	/* Reports of failed alternatives re-evaluate them, and nested ones
	 * multiply: past this many, only the summary line is given. */
	size_t alt_budget;
};

static int eval_init(struct eval *e, size_t n)
{
	e->n = n;
	if (n <= sizeof e->small) {
		e->bits = e->small;
		memset(e->small, 0, sizeof e->small);
		return 0;
	}
	e->bits = calloc(n, 1);
	return e->bits ? 0 : -1;
}

static void eval_dispose(struct eval *e)
{
	if (e->bits != e->small)
		free(e->bits);
}

static void eval_merge(struct eval *dst, const struct eval *src)
{
	if (!dst)
		return;
	for (size_t i = 0; i < dst->n && i < src->n; i++)
		dst->bits[i] |= src->bits[i];
}

static void put_ptr_seg(struct artex_buf *b, const char *s, size_t len)
{
	artex_buf_putc(b, '/');
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '~')
			artex_buf_puts(b, "~0");
		else if (s[i] == '/')
			artex_buf_puts(b, "~1");
		else
			artex_buf_putc(b, s[i]);
	}
}

static void build_ipath(struct artex_buf *b, const struct ipath *p)
{
	if (!p)
		return;
	build_ipath(b, p->up);
	if (p->key) {
		put_ptr_seg(b, p->key, p->klen);
	} else {
		artex_buf_printf(b, "/%zu", p->idx);
	}
}

static void build_kpath(struct artex_buf *b, const struct kpath *p)
{
	if (!p)
		return;
	build_kpath(b, p->up);
	put_ptr_seg(b, p->kw, strlen(p->kw));
	if (p->key)
		put_ptr_seg(b, p->key, p->klen);
	else if (p->idx >= 0)
		artex_buf_printf(b, "/%ld", p->idx);
}

static int collecting(const struct vctx *c)
{
	return c->errs && !c->quiet;
}

/* Records an error at instance `ip` for keyword `kw` under `kp`. */
__attribute__((format(printf, 6, 7)))
static void report(struct vctx *c, const struct ipath *ip, const struct kpath *kp, const char *kw,
                   int msg_id, const char *fmt, ...)
{
	if (!collecting(c))
		return;
	if (c->max_errors && c->errs->count >= c->max_errors)
		return;
	struct artex_error e;
	memset(&e, 0, sizeof e);
	e.code = ARTEX_EINVALID;
	e.msg_id = msg_id;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e.message, sizeof e.message, fmt, ap);
	va_end(ap);
	struct artex_buf b = ARTEX_BUF_INIT;
	build_ipath(&b, ip);
	snprintf(e.pointer, sizeof e.pointer, "%s", b.data ? b.data : "");
	artex_buf_clear(&b);
	build_kpath(&b, kp);
	if (kw)
		put_ptr_seg(&b, kw, strlen(kw));
	snprintf(e.keyword, sizeof e.keyword, "%s", b.data ? b.data : "");
	artex_buf_dispose(&b);
	if (artex__error_list_push(c->errs, &e) < 0)
		c->fatal = 1;
}

static const char *type_name(const json_t *j)
{
	switch (json_typeof(j)) {
	case JSON_OBJECT: return "object";
	case JSON_ARRAY: return "array";
	case JSON_STRING: return "string";
	case JSON_INTEGER: return "integer";
	case JSON_REAL: return is_integral(j) ? "integer" : "number";
	case JSON_TRUE:
	case JSON_FALSE: return "boolean";
	default: return "null";
	}
}

/* Short JSON text of a value for messages. */
static void num_text(char *out, size_t size, const struct num *n);

static void snippet(char *out, size_t size, const json_t *j)
{
	if (json_is_real(j)) {
		struct num n = {0, 0, json_real_value(j), 0, 0};
		num_text(out, size, &n);
		return;
	}
	char *s = json_dumps(j, JSON_ENCODE_ANY | JSON_COMPACT | JSON_REAL_PRECISION(17));
	if (!s) {
		snprintf(out, size, "(value)");
		return;
	}
	size_t len = strlen(s);
	if (len + 1 > size && size > 4)
		snprintf(out, size, "%.*s...", (int)(size - 4), s);
	else
		snprintf(out, size, "%s", s);
	free(s);
}

static void num_text(char *out, size_t size, const struct num *n)
{
	if (n->is_int)
		snprintf(out, size, "%lld", (long long)n->i);
	else
		snprintf(out, size, "%.17g", n->d);
	/* prefer the short form when it is exact */
	if (!n->is_int) {
		char buf[64];
		for (int p = 1; p <= 17; p++) {
			snprintf(buf, sizeof buf, "%.*g", p, n->d);
			if (strtod(buf, NULL) == n->d) {
				snprintf(out, size, "%s", buf);
				break;
			}
		}
	}
}

static int v_node(struct vctx *c, const struct node *n, const json_t *inst,
                  const struct ipath *ip, const struct kpath *kp, const struct scope *sc,
                  struct eval *ev);

/* Evaluates a subschema for its outcome only, recording no errors. */
static int v_quiet(struct vctx *c, const struct node *n, const json_t *inst,
                   const struct ipath *ip, const struct kpath *kp, const struct scope *sc,
                   struct eval *ev)
{
	c->quiet++;
	int ok = v_node(c, n, inst, ip, kp, sc, ev);
	c->quiet--;
	return ok;
}

static const struct node *dynamic_target(const struct node *n, const struct scope *sc)
{
	const struct node *t = n->dynref;
	if (n->dyn_id < 0)
		return t;
	if (n->ref_kind == 2) {
		/* 2019-09 $recursiveRef: only when the initial target says
		 * $recursiveAnchor, follow outwards while resources keep saying it. */
		const struct resource *tr = t->res;
		int anchored = 0;
		for (size_t i = 0; tr && i < tr->n_dyn; i++)
			if (tr->dyn[i].id == RECURSIVE_ANCHOR && tr->dyn[i].n == t)
				anchored = 1;
		if (!anchored)
			return t;
		const struct node *found = t;
		for (const struct scope *p = sc; p; p = p->up) {
			const struct node *hit = NULL;
			for (size_t i = 0; i < p->res->n_dyn; i++)
				if (p->res->dyn[i].id == RECURSIVE_ANCHOR)
					hit = p->res->dyn[i].n;
			if (!hit)
				break;
			found = hit;
		}
		return found;
	}
	/* $dynamicRef: the outermost resource in the dynamic scope that has the
	 * anchor wins. */
	const struct node *found = t;
	for (const struct scope *p = sc; p; p = p->up)
		for (size_t i = 0; i < p->res->n_dyn; i++)
			if (p->res->dyn[i].id == n->dyn_id)
				found = p->res->dyn[i].n;
	return found;
}

static int v_object(struct vctx *c, const struct node *n, const json_t *inst,
                    const struct ipath *ip, const struct kpath *kp, const struct scope *sc,
                    struct eval *ev)
{
	int ok = 1;
	uint64_t kw = n->kw;
	size_t size = json_object_size(inst);
	if ((kw & B(K_MAXPROPS)) && size > n->max_props) {
		report(c, ip, kp, "maxProperties", ARTEX_MSG_VALIDATE_SIZE,
		       "object has %zu properties, more than the maximum of %llu", size,
		       (unsigned long long)n->max_props);
		ok = 0;
		if (!collecting(c))
			return 0;
	}
	if ((kw & B(K_MINPROPS)) && size < n->min_props) {
		report(c, ip, kp, "minProperties", ARTEX_MSG_VALIDATE_SIZE,
		       "object has %zu properties, fewer than the minimum of %llu", size,
		       (unsigned long long)n->min_props);
		ok = 0;
		if (!collecting(c))
			return 0;
	}
	if (kw & B(K_REQUIRED)) {
		for (uint32_t i = 0; i < n->n_required; i++) {
			if (json_object_getn(inst, n->required[i].s, n->required[i].len))
				continue;
			report(c, ip, kp, "required", ARTEX_MSG_VALIDATE_REQUIRED,
			       "missing required property \"%.*s\"", (int)n->required[i].len,
			       n->required[i].s);
			ok = 0;
			if (!collecting(c))
				return 0;
		}
	}
	if (kw & B(K_DEPS)) {
		for (uint32_t i = 0; i < n->n_deps; i++) {
			const struct dep *d = &n->deps[i];
			if (!json_object_getn(inst, d->name, d->len))
				continue;
			static const char *const names[] = {"dependentRequired", "dependentSchemas",
			                                    "dependencies"};
			struct kpath dk = {kp, names[d->kind], d->name, d->len, -1};
			if (d->schema) {
				if (!v_node(c, d->schema, inst, ip, &dk, sc, ev)) {
					ok = 0;
					if (!collecting(c) || c->fatal)
						return 0;
				}
				continue;
			}
			for (uint32_t r = 0; r < d->n_req; r++) {
				if (json_object_getn(inst, d->req[r].s, d->req[r].len))
					continue;
				report(c, ip, &dk, NULL, ARTEX_MSG_VALIDATE_REQUIRED,
				       "property \"%.*s\" requires property \"%.*s\"", (int)d->len, d->name,
				       (int)d->req[r].len, d->req[r].s);
				ok = 0;
				if (!collecting(c))
					return 0;
			}
		}
	}
	if (!(kw & (B(K_PROPS) | B(K_PPROPS) | B(K_ADDPROPS) | B(K_PNAMES))))
		return ok;
	if (!ev && !(kw & (B(K_PPROPS) | B(K_ADDPROPS) | B(K_PNAMES)))) {
		/* Only "properties": look each one up instead of walking the object. */
		for (uint32_t i = 0; i < n->n_props; i++) {
			const struct prop *p = &n->props[i];
			const json_t *v = json_object_getn(inst, p->name, p->len);
			if (!v)
				continue;
			struct ipath ci = {ip, p->name, p->len, 0};
			struct kpath ck = {kp, "properties", p->name, p->len, -1};
			if (!v_node(c, p->n, v, &ci, &ck, sc, NULL)) {
				ok = 0;
				if (!collecting(c) || c->fatal)
					return 0;
			}
		}
		return ok;
	}
	size_t idx = 0;
	json_t *obj = (json_t *)inst;
	for (void *it = json_object_iter(obj); it; it = json_object_iter_next(obj, it), idx++) {
		const char *key = json_object_iter_key(it);
		size_t klen = json_object_iter_key_len(it);
		const json_t *v = json_object_iter_value(it);
		struct ipath ci = {ip, key, klen, 0};
		int matched = 0;
		if (kw & B(K_PROPS)) {
			const struct prop *p = prop_find(n, key, klen);
			if (p) {
				matched = 1;
				struct kpath ck = {kp, "properties", p->name, p->len, -1};
				if (!v_node(c, p->n, v, &ci, &ck, sc, NULL)) {
					ok = 0;
					if (!collecting(c) || c->fatal)
						return 0;
				}
			}
		}
		for (uint32_t i = 0; i < n->n_pprops; i++) {
			const struct pprop *pp = &n->pprops[i];
			int m = artex__regex_search(pp->re, key, klen, &c->scratch);
			if (m < 0) {
				report(c, &ci, kp, "patternProperties", ARTEX_MSG_VALIDATE_LIMIT,
				       "pattern \"%s\" exceeded its matching limits", pp->src);
				c->fatal = 1;
				return 0;
			}
			if (!m)
				continue;
			matched = 1;
			struct kpath ck = {kp, "patternProperties", pp->src, strlen(pp->src), -1};
			if (!v_node(c, pp->n, v, &ci, &ck, sc, NULL)) {
				ok = 0;
				if (!collecting(c) || c->fatal)
					return 0;
			}
		}
		if (!matched && (kw & B(K_ADDPROPS))) {
			matched = 1;
			struct kpath ck = {kp, "additionalProperties", NULL, 0, -1};
			if (n->addprops->is_bool && !n->addprops->bool_val) {
				report(c, &ci, &ck, NULL, ARTEX_MSG_VALIDATE_ADDITIONAL,
				       "additional property \"%.*s\" is not allowed", (int)klen, key);
				ok = 0;
				if (!collecting(c))
					return 0;
			} else if (!v_node(c, n->addprops, v, &ci, &ck, sc, NULL)) {
				ok = 0;
				if (!collecting(c) || c->fatal)
					return 0;
			}
		}
		if (kw & B(K_PNAMES)) {
			json_t *name = json_stringn_nocheck(key, klen);
			if (!name) {
				c->fatal = 1;
				return 0;
			}
			struct kpath ck = {kp, "propertyNames", NULL, 0, -1};
			int nok = v_quiet(c, n->pnames, name, &ci, &ck, sc, NULL);
			json_decref(name);
			if (!nok) {
				report(c, &ci, &ck, NULL, ARTEX_MSG_VALIDATE_NAME,
				       "property name \"%.*s\" does not match the propertyNames schema",
				       (int)klen, key);
				ok = 0;
				if (!collecting(c) || c->fatal)
					return 0;
			}
		}
		if (ev && matched && idx < ev->n)
			ev->bits[idx] = 1;
	}
	return ok;
}

static int v_array(struct vctx *c, const struct node *n, const json_t *inst,
                   const struct ipath *ip, const struct kpath *kp, const struct scope *sc,
                   struct eval *ev)
{
	int ok = 1;
	uint64_t kw = n->kw;
	size_t size = json_array_size(inst);
	if ((kw & B(K_MAXITEMS)) && size > n->max_items) {
		report(c, ip, kp, "maxItems", ARTEX_MSG_VALIDATE_SIZE,
		       "array has %zu items, more than the maximum of %llu", size,
		       (unsigned long long)n->max_items);
		ok = 0;
		if (!collecting(c))
			return 0;
	}
	if ((kw & B(K_MINITEMS)) && size < n->min_items) {
		report(c, ip, kp, "minItems", ARTEX_MSG_VALIDATE_SIZE,
		       "array has %zu items, fewer than the minimum of %llu", size,
		       (unsigned long long)n->min_items);
		ok = 0;
		if (!collecting(c))
			return 0;
	}
	if ((kw & B(K_UNIQUE)) && size > 1) {
		uint64_t stack_h[64];
		uint64_t *h = size <= 64 ? stack_h : malloc(size * sizeof *h);
		if (!h) {
			c->fatal = 1;
			return 0;
		}
		for (size_t i = 0; i < size; i++)
			h[i] = jhash(json_array_get(inst, i));
		int dup = 0;
		for (size_t i = 0; i < size && !dup; i++)
			for (size_t k = i + 1; k < size; k++)
				if (h[i] == h[k] && jeq(json_array_get(inst, i), json_array_get(inst, k))) {
					report(c, ip, kp, "uniqueItems", ARTEX_MSG_VALIDATE_UNIQUE,
					       "items %zu and %zu are equal, but items must be unique", i, k);
					dup = 1;
					break;
				}
		if (h != stack_h)
			free(h);
		if (dup) {
			ok = 0;
			if (!collecting(c))
				return 0;
		}
	}
	size_t i = 0;
	if (kw & B(K_PREFIX)) {
		/* 2020-12 calls the tuple prefixItems; older drafts call it items */
		const char *name = n->res && n->res->dialect >= 2020 ? "prefixItems" : "items";
		for (; i < n->n_prefix && i < size; i++) {
			struct ipath ci = {ip, NULL, 0, i};
			struct kpath ck = {kp, name, NULL, 0, (long)i};
			if (!v_node(c, n->prefix[i], json_array_get(inst, i), &ci, &ck, sc, NULL)) {
				ok = 0;
				if (!collecting(c) || c->fatal)
					return 0;
			}
			if (ev && i < ev->n)
				ev->bits[i] = 1;
		}
	}
	if (kw & B(K_ITEMS)) {
		const char *name = n->items_is_additional ? "additionalItems" : "items";
		struct kpath ck = {kp, name, NULL, 0, -1};
		for (; i < size; i++) {
			struct ipath ci = {ip, NULL, 0, i};
			if (n->items->is_bool && !n->items->bool_val) {
				report(c, &ci, &ck, NULL, ARTEX_MSG_VALIDATE_ADDITIONAL,
				       "item %zu is not allowed (the array allows %u items)", i,
				       (unsigned)n->n_prefix);
				ok = 0;
				break;
			}
			if (!v_node(c, n->items, json_array_get(inst, i), &ci, &ck, sc, NULL)) {
				ok = 0;
				if (!collecting(c) || c->fatal)
					return 0;
			}
			if (ev && i < ev->n)
				ev->bits[i] = 1;
		}
		if (!ok && !collecting(c))
			return 0;
	}
	if (kw & B(K_CONTAINS)) {
		struct kpath ck = {kp, "contains", NULL, 0, -1};
		size_t matches = 0;
		int need_all = ev || n->has_max_contains || (n->kw & B(K_UNEV_I));
		uint64_t min = n->has_min_contains ? n->min_contains : 1;
		for (size_t k = 0; k < size; k++) {
			struct ipath ci = {ip, NULL, 0, k};
			if (v_quiet(c, n->contains, json_array_get(inst, k), &ci, &ck, sc, NULL)) {
				matches++;
				if (ev && k < ev->n)
					ev->bits[k] = 1;
				if (!need_all && matches >= min)
					break;
			}
			if (c->fatal)
				return 0;
		}
		if (matches < min) {
			if (min == 1)
				report(c, ip, &ck, NULL, ARTEX_MSG_VALIDATE_CONTAINS,
				       "array contains no item that matches the contains schema");
			else
				report(c, ip, kp, "minContains", ARTEX_MSG_VALIDATE_CONTAINS,
				       "array contains %zu matching items, fewer than the minimum of %llu",
				       matches, (unsigned long long)min);
			ok = 0;
			if (!collecting(c))
				return 0;
		}
		if (n->has_max_contains && matches > n->max_contains) {
			report(c, ip, kp, "maxContains", ARTEX_MSG_VALIDATE_CONTAINS,
			       "array contains %zu matching items, more than the maximum of %llu",
			       matches, (unsigned long long)n->max_contains);
			ok = 0;
			if (!collecting(c))
				return 0;
		}
	}
	return ok;
}

static int v_string(struct vctx *c, const struct node *n, const json_t *inst,
                    const struct ipath *ip, const struct kpath *kp)
{
	int ok = 1;
	uint64_t kw = n->kw;
	const char *s = json_string_value(inst);
	size_t len = json_string_length(inst);
	if (kw & (B(K_MAXLEN) | B(K_MINLEN))) {
		/* Lengths count code points; a byte count bounds them from above
		 * and a quarter of it from below, which settles most strings
		 * without counting. */
		size_t cps = len;
		int need = ((kw & B(K_MAXLEN)) && len > n->max_len) ||
		           ((kw & B(K_MINLEN)) && len / 4 < n->min_len);
		if (need) {
			cps = 0;
			for (size_t i = 0; i < len; i++)
				cps += ((unsigned char)s[i] & 0xC0) != 0x80;
		}
		if ((kw & B(K_MAXLEN)) && cps > n->max_len) {
			report(c, ip, kp, "maxLength", ARTEX_MSG_VALIDATE_SIZE,
			       "string has %zu characters, more than the maximum of %llu", cps,
			       (unsigned long long)n->max_len);
			ok = 0;
			if (!collecting(c))
				return 0;
		}
		if ((kw & B(K_MINLEN)) && cps < n->min_len) {
			report(c, ip, kp, "minLength", ARTEX_MSG_VALIDATE_SIZE,
			       "string has %zu characters, fewer than the minimum of %llu", cps,
			       (unsigned long long)n->min_len);
			ok = 0;
			if (!collecting(c))
				return 0;
		}
	}
	if (kw & B(K_PATTERN)) {
		int m = artex__regex_search(n->pattern, s, len, &c->scratch);
		if (m < 0) {
			report(c, ip, kp, "pattern", ARTEX_MSG_VALIDATE_LIMIT,
			       "pattern \"%s\" exceeded its matching limits", n->pattern_src);
			c->fatal = 1;
			return 0;
		}
		if (!m) {
			report(c, ip, kp, "pattern", ARTEX_MSG_VALIDATE_PATTERN,
			       "string does not match pattern \"%s\"", n->pattern_src);
			ok = 0;
			if (!collecting(c))
				return 0;
		}
	}
	if ((kw & B(K_FORMAT)) && !artex__format_check(n->format, s, len)) {
		report(c, ip, kp, "format", ARTEX_MSG_VALIDATE_FORMAT, "string is not a valid %s",
		       artex__format_name(n->format));
		ok = 0;
	}
	return ok;
}

static int v_number(struct vctx *c, const struct node *n, const json_t *inst,
                    const struct ipath *ip, const struct kpath *kp)
{
	int ok = 1;
	uint64_t kw = n->kw;
	char a[64], b[40];
	if (json_is_real(inst) && !isfinite(json_real_value(inst)))
		return 1;
#define NUMFAIL(kwname, fmt, lim)                                                           \
	do {                                                                                 \
		if (collecting(c)) {                                                         \
			snippet(a, sizeof a, inst);                                          \
			num_text(b, sizeof b, lim);                                          \
			report(c, ip, kp, kwname, ARTEX_MSG_VALIDATE_RANGE, fmt, a, b);      \
		}                                                                            \
		ok = 0;                                                                      \
		if (!collecting(c))                                                          \
			return 0;                                                            \
	} while (0)
	if ((kw & B(K_MAX)) && cmp_kw(inst, &n->maximum) > 0)
		NUMFAIL("maximum", "value %s is greater than the maximum of %s", &n->maximum);
	if ((kw & B(K_EXMAX)) && cmp_kw(inst, &n->exmax) >= 0)
		NUMFAIL(n->res && n->res->dialect == 4 ? "maximum" : "exclusiveMaximum",
		        "value %s must be less than %s", &n->exmax);
	if ((kw & B(K_MIN)) && cmp_kw(inst, &n->minimum) < 0)
		NUMFAIL("minimum", "value %s is less than the minimum of %s", &n->minimum);
	if ((kw & B(K_EXMIN)) && cmp_kw(inst, &n->exmin) <= 0)
		NUMFAIL(n->res && n->res->dialect == 4 ? "minimum" : "exclusiveMinimum",
		        "value %s must be greater than %s", &n->exmin);
	if ((kw & B(K_MULT)) && !is_multiple(inst, &n->mult))
		NUMFAIL("multipleOf", "value %s is not a multiple of %s", &n->mult);
#undef NUMFAIL
	return ok;
}

static int type_matches(uint16_t types, const json_t *inst)
{
	switch (json_typeof(inst)) {
	case JSON_OBJECT: return types & T_OBJECT;
	case JSON_ARRAY: return types & T_ARRAY;
	case JSON_STRING: return types & T_STRING;
	case JSON_INTEGER: return types & (T_INTEGER | T_NUMBER);
	case JSON_REAL: return (types & T_NUMBER) || ((types & T_INTEGER) && is_integral(inst));
	case JSON_TRUE:
	case JSON_FALSE: return types & T_BOOL;
	default: return types & T_NULL;
	}
}

static void types_text(char *out, size_t size, uint16_t types)
{
	static const char *const names[] = {"null", "boolean", "object", "array", "number",
	                                    "string", "integer"};
	size_t n = 0;
	out[0] = '\0';
	int count = 0, total = 0;
	for (int i = 0; i < 7; i++)
		total += (types >> i) & 1;
	for (int i = 0; i < 7; i++) {
		if (!((types >> i) & 1))
			continue;
		count++;
		const char *sep = count == 1 ? "" : count == total ? " or " : ", ";
		int w = snprintf(out + n, size - n, "%s%s", sep, names[i]);
		if (w < 0 || (size_t)w >= size - n)
			return;
		n += (size_t)w;
	}
}

static int v_enum(struct vctx *c, const struct node *n, const json_t *inst,
                  const struct ipath *ip, const struct kpath *kp)
{
	int ok = 1;
	if ((n->kw & B(K_CONST)) && !jeq(n->const_, inst)) {
		if (collecting(c)) {
			char want[100];
			snippet(want, sizeof want, n->const_);
			report(c, ip, kp, "const", ARTEX_MSG_VALIDATE_ENUM, "value must be %s", want);
		}
		ok = 0;
		if (!collecting(c))
			return 0;
	}
	if (n->kw & B(K_ENUM)) {
		size_t cnt = json_array_size(n->enum_);
		int found = 0;
		for (size_t i = 0; i < cnt && !found; i++)
			found = jeq(json_array_get(n->enum_, i), inst);
		if (!found) {
			if (collecting(c)) {
				char want[200], got[60];
				snippet(want, sizeof want, n->enum_);
				snippet(got, sizeof got, inst);
				report(c, ip, kp, "enum", ARTEX_MSG_VALIDATE_ENUM, "value %s is not one of %s",
				       got, want);
			}
			ok = 0;
		}
	}
	return ok;
}

static int v_all_of(struct vctx *c, const struct node *n, const json_t *inst,
                    const struct ipath *ip, const struct kpath *kp, const struct scope *sc,
                    struct eval *use)
{
	int ok = 1;
	for (uint32_t i = 0; i < n->n_all; i++) {
		struct kpath ck = {kp, "allOf", NULL, 0, (long)i};
		if (!v_node(c, n->all_of[i], inst, ip, &ck, sc, use)) {
			ok = 0;
			if (!collecting(c) || c->fatal)
				return 0;
		}
	}
	return ok;
}

/* Follows a reference, refusing one that loops back without moving on in
 * the instance. */
static int v_ref(struct vctx *c, const struct node *target, const json_t *inst,
                 const struct ipath *ip, const struct kpath *pkp, const char *kw,
                 const struct scope *sc, struct eval *ev)
{
	struct kpath ck = {pkp, kw, NULL, 0, -1};
	const struct kpath *kp = &ck;
	for (const struct hop *h = c->hops; h && h->inst == inst; h = h->up)
		if (h->target == target) {
			c->quiet = 0;
			report(c, ip, kp, NULL, ARTEX_MSG_SCHEMA_RECURSION,
			       "reference cycle: the schema refers back to itself for the same value");
			c->fatal = 1;
			return 0;
		}
	struct hop h = {c->hops, target, inst};
	const struct hop *saved = c->hops;
	c->hops = &h;
	int ok = v_node(c, target, inst, ip, kp, sc, ev);
	c->hops = saved;
	return ok;
}

/* How close a failed alternative came, for reporting the one the author
 * most likely meant. Compared field by field, larger is closer. */
struct closeness {
	int typed;         /* the value itself has the alternative's type */
	int shape;         /* minus the faults that say "not this alternative": a
	                      missing required member, an unknown member, a
	                      const/enum mismatch of the value or of a member
	                      (the discriminator of tagged alternatives) */
	int depth;         /* deepest error, in levels below the value */
	size_t fewer;      /* SIZE_MAX minus the number of errors */
};

static int pointer_depth(const char *p)
{
	int d = 0;
	for (; *p; p++)
		d += *p == '/';
	return d;
}

static struct closeness closeness_of(const struct artex_error_list *l, int base)
{
	struct closeness c = {1, 0, 0, SIZE_MAX - l->count};
	for (size_t i = 0; i < l->count; i++) {
		const struct artex_error *e = &l->items[i];
		int d = pointer_depth(e->pointer) - base;
		/* an unknown member says the object's shape is wrong, not its member */
		if (e->msg_id == ARTEX_MSG_VALIDATE_ADDITIONAL && d > 0)
			d--;
		if (e->msg_id == ARTEX_MSG_VALIDATE_TYPE && d == 0)
			c.typed = 0;
		if ((e->msg_id == ARTEX_MSG_VALIDATE_ENUM && d <= 1) ||
		    (e->msg_id == ARTEX_MSG_VALIDATE_REQUIRED && d == 0) ||
		    (e->msg_id == ARTEX_MSG_VALIDATE_ADDITIONAL && d == 0))
			c.shape--;
		if (d > c.depth)
			c.depth = d;
	}
	return c;
}

static int closer(const struct closeness *a, const struct closeness *b)
{
	if (a->typed != b->typed)
		return a->typed > b->typed;
	if (a->shape != b->shape)
		return a->shape > b->shape;
	if (a->depth != b->depth)
		return a->depth > b->depth;
	return a->fewer > b->fewer;
}

static int ipath_depth(const struct ipath *p)
{
	int d = 0;
	for (; p; p = p->up)
		d++;
	return d;
}

/* When no alternative of anyOf/oneOf matches: evaluates each again, this
 * time keeping its errors, and reports those of the closest (or of all,
 * with all_errors) before the summary line, so that the output names the
 * fault instead of only the combinator. Returns the closest's index. */
static long report_alternatives(struct vctx *c, struct node *const *alts, uint32_t n,
                                const char *kw, const json_t *inst, const struct ipath *ip,
                                const struct kpath *kp, const struct scope *sc)
{
	if (!c->alt_budget)
		return -1;
	c->alt_budget--;
	struct artex_error_list *lists = calloc(n, sizeof *lists);
	if (!lists) {
		c->fatal = 1;
		return -1;
	}
	struct artex_error_list *out = c->errs;
	int base = ipath_depth(ip);
	long best = -1;
	struct closeness best_c = {0, 0, 0, 0};
	for (uint32_t i = 0; i < n && !c->fatal; i++) {
		struct kpath ck = {kp, kw, NULL, 0, (long)i};
		c->errs = &lists[i];
		v_node(c, alts[i], inst, ip, &ck, sc, NULL);
		struct closeness cl = closeness_of(&lists[i], base);
		if (best < 0 || closer(&cl, &best_c)) {
			best = i;
			best_c = cl;
		}
	}
	c->errs = out;
	for (uint32_t i = 0; i < n; i++) {
		if (c->s->all_errors || (long)i == best)
			for (size_t k = 0; k < lists[i].count; k++) {
				if (c->max_errors && out->count >= c->max_errors)
					break;
				if (artex__error_list_push(out, &lists[i].items[k]) < 0)
					c->fatal = 1;
			}
		artex_error_list_dispose(&lists[i]);
	}
	free(lists);
	return best;
}

static void report_combinator(struct vctx *c, const struct ipath *ip, const struct kpath *kp,
                              const char *kw, uint32_t n, long best)
{
	if (c->s->all_errors || best < 0)
		report(c, ip, kp, kw, ARTEX_MSG_VALIDATE_COMBINATOR,
		       "value does not match any of the %u alternatives of %s", (unsigned)n, kw);
	else
		report(c, ip, kp, kw, ARTEX_MSG_VALIDATE_COMBINATOR,
		       "value does not match any of the %u alternatives of %s; the closest, "
		       "alternative %ld, fails as reported above", (unsigned)n, kw, best);
}

/* In the functions below, a failed check returns at once unless errors are
 * being collected, in which case evaluation goes on to find them all. */
#define CHECK(cond)                                                  \
	do {                                                         \
		if (!(cond)) {                                       \
			ok = 0;                                      \
			if (!collecting(c) || c->fatal)              \
				return 0;                            \
		}                                                    \
	} while (0)

/* anyOf, oneOf, not and if/then/else: kept out of v_body so that the frames
 * of the common recursion stay small (deep documents recurse through
 * v_body, and sanitizer builds multiply the size of every frame). */
__attribute__((noinline))
static int v_logic(struct vctx *c, const struct node *n, const json_t *inst,
                   const struct ipath *ip, const struct kpath *kp, const struct scope *sc,
                   struct eval *use)
{
	int ok = 1;
	uint64_t kw = n->kw;
	if (kw & B(K_ANYOF)) {
		int any = 0;
		for (uint32_t i = 0; i < n->n_any; i++) {
			struct kpath ck = {kp, "anyOf", NULL, 0, (long)i};
			struct eval sub;
			if (use && eval_init(&sub, use->n) < 0) {
				c->fatal = 1;
				return 0;
			}
			if (v_quiet(c, n->any_of[i], inst, ip, &ck, sc, use ? &sub : NULL)) {
				any = 1;
				if (use)
					eval_merge(use, &sub);
			}
			if (use)
				eval_dispose(&sub);
			if (c->fatal)
				return 0;
			/* with annotations to collect every branch counts */
			if (any && !use)
				break;
		}
		if (!any && collecting(c)) {
			long best = report_alternatives(c, n->any_of, n->n_any, "anyOf", inst, ip, kp, sc);
			report_combinator(c, ip, kp, "anyOf", n->n_any, best);
		}
		CHECK(any);
	}
	if (kw & B(K_ONEOF)) {
		uint32_t matched = 0, first = 0, second = 0;
		for (uint32_t i = 0; i < n->n_one; i++) {
			struct kpath ck = {kp, "oneOf", NULL, 0, (long)i};
			struct eval sub;
			if (use && eval_init(&sub, use->n) < 0) {
				c->fatal = 1;
				return 0;
			}
			if (v_quiet(c, n->one_of[i], inst, ip, &ck, sc, use ? &sub : NULL)) {
				if (matched == 0)
					first = i;
				else if (matched == 1)
					second = i;
				matched++;
				if (use && matched == 1)
					eval_merge(use, &sub);
			}
			if (use)
				eval_dispose(&sub);
			if (c->fatal)
				return 0;
			if (matched > 1)
				break;
		}
		if (matched == 0 && collecting(c)) {
			long best = report_alternatives(c, n->one_of, n->n_one, "oneOf", inst, ip, kp, sc);
			report_combinator(c, ip, kp, "oneOf", n->n_one, best);
		} else if (matched > 1)
			report(c, ip, kp, "oneOf", ARTEX_MSG_VALIDATE_COMBINATOR,
			       "value matches alternatives %u and %u of oneOf, but must match exactly one",
			       (unsigned)first, (unsigned)second);
		CHECK(matched == 1);
	}
	if (kw & B(K_NOT)) {
		struct kpath ck = {kp, "not", NULL, 0, -1};
		int sub = v_quiet(c, n->not_, inst, ip, &ck, sc, NULL);
		if (c->fatal)
			return 0;
		if (sub)
			report(c, ip, kp, "not", ARTEX_MSG_VALIDATE_COMBINATOR,
			       "value must not match the schema in not");
		CHECK(!sub);
	}
	if (kw & B(K_IF)) {
		struct kpath ck = {kp, "if", NULL, 0, -1};
		struct eval sub;
		if (use && eval_init(&sub, use->n) < 0) {
			c->fatal = 1;
			return 0;
		}
		int cond = v_quiet(c, n->if_, inst, ip, &ck, sc, use ? &sub : NULL);
		if (use) {
			if (cond)
				eval_merge(use, &sub);
			eval_dispose(&sub);
		}
		if (c->fatal)
			return 0;
		const struct node *branch = cond ? n->then_ : n->else_;
		if (branch) {
			struct kpath bk = {kp, cond ? "then" : "else", NULL, 0, -1};
			CHECK(v_node(c, branch, inst, ip, &bk, sc, use));
		}
	}
	return ok;
}

/* Every keyword of a schema object except unevaluated*. */
static int v_body(struct vctx *c, const struct node *n, const json_t *inst,
                  const struct ipath *ip, const struct kpath *kp, const struct scope *sc,
                  struct eval *use)
{
	int ok = 1;
	uint64_t kw = n->kw;
	if ((kw & B(K_TYPE)) && !type_matches(n->types, inst)) {
		if (collecting(c)) {
			char want[80];
			types_text(want, sizeof want, n->types);
			report(c, ip, kp, "type", ARTEX_MSG_VALIDATE_TYPE, "expected type %s, got %s", want,
			       type_name(inst));
		}
		CHECK(0);
	}
	if (kw & (B(K_CONST) | B(K_ENUM)))
		CHECK(v_enum(c, n, inst, ip, kp));
	if (kw & (B(K_REF) | B(K_DYNREF))) {
		if (kw & B(K_REF))
			CHECK(v_ref(c, n->ref, inst, ip, kp, "$ref", sc, use));
		if (kw & B(K_DYNREF))
			CHECK(v_ref(c, dynamic_target(n, sc), inst, ip, kp,
			            n->ref_kind == 2 ? "$recursiveRef" : "$dynamicRef", sc, use));
	}
	switch (json_typeof(inst)) {
	case JSON_OBJECT:
		if (kw & OBJ_KW)
			CHECK(v_object(c, n, inst, ip, kp, sc, use));
		break;
	case JSON_ARRAY:
		if (kw & ARR_KW)
			CHECK(v_array(c, n, inst, ip, kp, sc, use));
		break;
	case JSON_STRING:
		if (kw & STR_KW)
			CHECK(v_string(c, n, inst, ip, kp));
		break;
	case JSON_INTEGER:
	case JSON_REAL:
		if (kw & NUM_KW)
			CHECK(v_number(c, n, inst, ip, kp));
		break;
	default:
		break;
	}
	if (kw & B(K_ALLOF))
		CHECK(v_all_of(c, n, inst, ip, kp, sc, use));
	if (kw & (B(K_ANYOF) | B(K_ONEOF) | B(K_NOT) | B(K_IF)))
		CHECK(v_logic(c, n, inst, ip, kp, sc, use));
	return ok;
}

/* A schema with unevaluated*: its own record of what the other keywords
 * evaluated, then the unevaluated keywords over the rest. */
__attribute__((noinline))
static int v_unevaluated(struct vctx *c, const struct node *n, const json_t *inst,
                         const struct ipath *ip, const struct kpath *kp, const struct scope *sc,
                         struct eval *ev)
{
	json_type t = json_typeof(inst);
	struct eval local;
	if (eval_init(&local, t == JSON_OBJECT ? json_object_size(inst) : json_array_size(inst)) < 0) {
		c->fatal = 1;
		return 0;
	}
	int ok = v_body(c, n, inst, ip, kp, sc, &local);
	if (ok && (n->kw & B(K_UNEV_P)) && t == JSON_OBJECT) {
		struct kpath ck = {kp, "unevaluatedProperties", NULL, 0, -1};
		size_t idx = 0;
		json_t *obj = (json_t *)inst;
		for (void *it = json_object_iter(obj); it; it = json_object_iter_next(obj, it), idx++) {
			if (local.bits[idx])
				continue;
			const char *key = json_object_iter_key(it);
			size_t klen = json_object_iter_key_len(it);
			struct ipath ci = {ip, key, klen, 0};
			if (n->unev_p->is_bool && !n->unev_p->bool_val) {
				report(c, &ci, &ck, NULL, ARTEX_MSG_VALIDATE_ADDITIONAL,
				       "unevaluated property \"%.*s\" is not allowed", (int)klen, key);
				ok = 0;
			} else if (!v_node(c, n->unev_p, json_object_iter_value(it), &ci, &ck, sc, NULL)) {
				ok = 0;
			} else {
				local.bits[idx] = 1;
			}
			if (!ok && (!collecting(c) || c->fatal))
				break;
		}
	}
	if (ok && (n->kw & B(K_UNEV_I)) && t == JSON_ARRAY) {
		struct kpath ck = {kp, "unevaluatedItems", NULL, 0, -1};
		for (size_t i = 0; i < local.n; i++) {
			if (local.bits[i])
				continue;
			struct ipath ci = {ip, NULL, 0, i};
			if (n->unev_i->is_bool && !n->unev_i->bool_val) {
				report(c, &ci, &ck, NULL, ARTEX_MSG_VALIDATE_ADDITIONAL,
				       "unevaluated item %zu is not allowed", i);
				ok = 0;
			} else if (!v_node(c, n->unev_i, json_array_get(inst, i), &ci, &ck, sc, NULL)) {
				ok = 0;
			} else {
				local.bits[i] = 1;
			}
			if (!ok && (!collecting(c) || c->fatal))
				break;
		}
	}
	if (ok)
		eval_merge(ev, &local);
	eval_dispose(&local);
	return ok;
}

static int v_node(struct vctx *c, const struct node *n, const json_t *inst,
                  const struct ipath *ip, const struct kpath *kp, const struct scope *sc,
                  struct eval *ev)
{
	if (n->is_bool) {
		if (n->bool_val)
			return 1;
		report(c, ip, kp, NULL, ARTEX_MSG_VALIDATE_FALSE, "no value is allowed here");
		return 0;
	}
	if (c->fatal)
		return 0;
	if (++c->depth > ARTEX__SCHEMA_MAX_DEPTH) {
		c->quiet = 0;
		report(c, ip, kp, NULL, ARTEX_MSG_SCHEMA_RECURSION,
		       "schema evaluation deeper than %d levels (a reference cycle?)",
		       ARTEX__SCHEMA_MAX_DEPTH);
		c->fatal = 1;
		c->depth--;
		return 0;
	}
	struct scope own_scope;
	if (n->res && (!sc || sc->res != n->res)) {
		own_scope.up = sc;
		own_scope.res = n->res;
		sc = &own_scope;
	}
	json_type t = json_typeof(inst);
	int ok;
	if (((n->kw & B(K_UNEV_P)) && t == JSON_OBJECT) || ((n->kw & B(K_UNEV_I)) && t == JSON_ARRAY))
		ok = v_unevaluated(c, n, inst, ip, kp, sc, ev);
	else
		ok = v_body(c, n, inst, ip, kp, sc, ev);
	c->depth--;
	return ok && !c->fatal;
}
#undef CHECK

int artex__error_list_push(struct artex_error_list *list, const struct artex_error *e)
{
	if (list->count == list->cap) {
		size_t nc = list->cap ? list->cap * 2 : 8;
		struct artex_error *p = realloc(list->items, nc * sizeof *p);
		if (!p)
			return ARTEX_ENOMEM;
		list->items = p;
		list->cap = nc;
	}
	list->items[list->count++] = *e;
	return 0;
}

void artex_error_list_dispose(struct artex_error_list *list)
{
	if (!list)
		return;
	free(list->items);
	list->items = NULL;
	list->count = list->cap = 0;
}

int artex__schema_validate_json(const struct artex_schema *schema, const json_t *inst,
                                struct artex_error_list *errs, size_t max_errors)
{
	struct vctx c = {schema, errs, max_errors, 0, 0, 0, NULL, NULL, 2000};
	size_t before = errs ? errs->count : 0;
	int ok = v_node(&c, schema->root, inst, NULL, NULL, NULL, NULL);
	artex__regex_scratch_free(c.scratch);
	if (ok)
		return 0;
	if (errs && errs->count == before) {
		/* Every failure reports itself; this only covers running out of
		 * memory while doing so. */
		struct artex_error e;
		memset(&e, 0, sizeof e);
		e.code = ARTEX_EINVALID;
		e.msg_id = ARTEX_MSG_SCHEMA_INVALID;
		snprintf(e.message, sizeof e.message, "value does not match the schema");
		artex__error_list_push(errs, &e);
	}
	return ARTEX_EINVALID;
}
