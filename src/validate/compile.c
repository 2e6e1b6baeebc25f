/* Compilation of a JSON Schema (draft-04 to 2020-12) into a tree of struct
 * node: documents and resources, identifiers and anchors, references, the
 * core vocabulary and errors that name their place. The keywords of the
 * other vocabularies are in vocab_*.c.
 *
 * Documents are indexed first (every "$id" and anchor), and only what the
 * root reaches is compiled, references included, so that unused parts of a
 * library file cannot fail a run. Patterns are compiled once and keywords
 * become bits of node->kw, so validation does no string comparisons on
 * keyword names and no URI work. All memory of a compiled schema comes from
 * its own block list and is released at once. */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/fileio.h"
#include "util/jsonloc.h"
#include "util/jsonptr.h"
#include "util/uri.h"
#include "util/yamltree.h"
#include "validate/embedded.h"
#include "validate/schema.h"

void *artex__schema_alloc(struct artex_schema *s, size_t size)
{
	return artex__arena_alloc(&s->arena, size);
}

static char *s_strndup(struct artex_schema *s, const char *str, size_t len)
{
	return artex__arena_strndup(&s->arena, str, len);
}

static char *s_strdup(struct artex_schema *s, const char *str)
{
	return s_strndup(s, str, strlen(str));
}

int artex__grow(void **arr, size_t *cap, size_t n, size_t elem)
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

uint32_t artex__hash_bytes(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* ---- maps (compile time only) ---- */
static size_t ptr_hash(const void *p)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9E3779B97F4A7C15ull;
	return (size_t)(x >> 7);
}

static size_t key_hash(const void *key, int str)
{
	return str ? artex__hash_bytes(key, strlen(key)) : ptr_hash(key);
}

/* The slot of `key`, or the empty slot where it would go. */
static size_t map_slot(const struct map *m, const void *key, int str)
{
	size_t mask = m->cap - 1;
	size_t i = key_hash(key, str) & mask;
	while (m->e[i].key && (str ? strcmp(m->e[i].key, key) != 0 : m->e[i].key != key))
		i = (i + 1) & mask;
	return i;
}

static void *map_get(const struct map *m, const void *key, int str)
{
	return m->cap ? m->e[map_slot(m, key, str)].val : NULL;
}

/* Makes room for one more entry, at most half full. */
static int map_grow(struct map *m, int str)
{
	if ((m->n + 1) * 2 <= m->cap)
		return 0;
	size_t nc = m->cap ? m->cap * 2 : 64;
	struct map_entry *ne = calloc(nc, sizeof *ne);
	if (!ne)
		return -1;
	for (size_t j = 0; j < m->cap; j++) {
		if (!m->e[j].key)
			continue;
		size_t i = key_hash(m->e[j].key, str) & (nc - 1);
		while (ne[i].key)
			i = (i + 1) & (nc - 1);
		ne[i] = m->e[j];
	}
	free(m->e);
	m->e = ne;
	m->cap = nc;
	return 0;
}

static void *smap_get(const struct map *m, const char *key)
{
	return map_get(m, key, 1);
}

/* The key is copied into the schema's arena. */
static int smap_put(struct artex_schema *s, struct map *m, const char *key, void *val)
{
	if (map_grow(m, 1) < 0)
		return -1;
	struct map_entry *e = &m->e[map_slot(m, key, 1)];
	if (!e->key) {
		if (!(e->key = s_strdup(s, key)))
			return -1;
		m->n++;
	}
	e->val = val;
	return 0;
}

static void *pmap_get(const struct map *m, const void *key)
{
	return map_get(m, key, 0);
}

static int pmap_put(struct map *m, const void *key, void *val)
{
	if (map_grow(m, 0) < 0)
		return -1;
	struct map_entry *e = &m->e[map_slot(m, key, 0)];
	if (!e->key) {
		e->key = key;
		m->n++;
	}
	e->val = val;
	return 0;
}

/* ---- errors at compile time ---- */

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
			artex__jsonptr_append(b, json_object_iter_key(it), json_object_iter_key_len(it));
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
	const struct resource *r = s->cur.res;
	if (!r || !r->doc || !s->cur.j)
		return;
	struct artex_buf b = ARTEX_BUF_INIT;
	artex_buf_puts(&b, "");
	if (!path_to(r->doc, s->cur.j, &b)) {
		artex_buf_dispose(&b);
		return;
	}
	if (s->cur.kw)
		artex__jsonptr_append(&b, s->cur.kw, strlen(s->cur.kw));
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
struct node *artex__schema_fail(struct artex_schema *s, int msg_id, const char *fmt, ...)
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
void artex__schema_note(struct artex_schema *s, const char *kw, const char *fmt, ...)
{
	if (s->notes.count >= MAX_NOTES) {
		s->notes_dropped++;
		return;
	}
	struct artex_error e = {0};
	va_list ap;
	va_start(ap, fmt);
	artex__verror(&e, ARTEX_OK, ARTEX_MSG_SCHEMA_NOTE, fmt, ap);
	va_end(ap);
	if (s->err)
		artex__error_file(&e, s->err->file);
	const char *saved = s->cur.kw;
	s->cur.kw = kw;
	place_in_schema(s, &e);
	s->cur.kw = saved;
	artex__error_keyword(&e, kw);
	artex__error_list_push(&s->notes, &e);
}

struct node *artex__schema_oom(struct artex_schema *s)
{
	if (!s->failed) {
		s->failed = 1;
		artex__error(s->err, ARTEX_ENOMEM, ARTEX_MSG_SCHEMA_LOAD, "out of memory");
	}
	return NULL;
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
	static const struct {
		const char *prefix, *dir;
	} drafts[] = {
		{"https://json-schema.org/draft/2020-12/", "draft2020-12"},
		{"https://json-schema.org/draft/2019-09/", "draft2019-09"},
		{"http://json-schema.org/draft-07/", "draft-07"},
		{"http://json-schema.org/draft-06/", "draft-06"},
		{"http://json-schema.org/draft-04/", "draft-04"},
	};
	const char *rest = NULL, *dir = NULL;
	for (size_t i = 0; i < sizeof drafts / sizeof drafts[0] && !dir; i++) {
		size_t n = strlen(drafts[i].prefix);
		if (strncmp(uri, drafts[i].prefix, n) == 0) {
			dir = drafts[i].dir;
			rest = uri + n;
		}
	}
	if (!dir)
		return -1;
	if (!*rest || strstr(rest, ".."))
		return -1;
	snprintf(out, size, "meta/%s/%s.json", dir, rest);
	return 0;
}

/* ---- compilation ---- */
static struct resource *load_document(struct artex_schema *s, const char *uri, int dialect,
                                      unsigned vocab);

static int add_doc(struct artex_schema *s, json_t *doc)
{
	if (artex__grow((void **)&s->docs, &s->cap_docs, s->n_docs, sizeof *s->docs) < 0)
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
		if (artex__grow((void **)&s->dyn_names, &s->cap_dyn_names, 0, sizeof(char *)) < 0)
			return -1;
		s->dyn_names[s->n_dyn_names++] = NULL;
	}
	if (artex__grow((void **)&s->dyn_names, &s->cap_dyn_names, s->n_dyn_names, sizeof(char *)) < 0)
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
	struct resource *r = artex__schema_alloc(s, sizeof *r);
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
		struct dynanchor *d = artex__schema_alloc(s, nc * sizeof *d);
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
	struct pending *p = artex__schema_alloc(s, sizeof *p);
	if (!p)
		return -1;
	char *abs = artex__uri_resolve(base, ref);
	if (!abs)
		return -1;
	p->uri = s_strdup(s, abs);
	free(abs);
	if (!p->uri)
		return -1;
	p->owner = owner;
	p->src = s->cur.j;
	p->res = (struct resource *)s->cur.res;
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
			artex__schema_fail(s, ARTEX_MSG_SCHEMA_DIALECT,
			                   "required vocabulary \"%s\" is not supported", key);
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
				return artex__schema_oom(s), -1;
		} else {
			char *own_base = artex__uri_resolve(cx->base, id);
			if (!own_base)
				return artex__schema_oom(s), -1;
			char *frag = artex__uri_cut_fragment(own_base);
			if (*frag && cx->dialect >= 2019) {
				free(own_base);
				s->cur.kw = id_kw;
				artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"$id\" must not contain a fragment");
				return -1;
			}
			struct resource *r = smap_get(&s->resources, own_base);
			if (!r && !(r = new_resource(s, own_base, j, cx->dialect, cx->vocab, cx->res))) {
				free(own_base);
				return artex__schema_oom(s), -1;
			}
			cx->res = r;
			cx->base = r->uri;
			int rc = *frag ? register_anchor(s, cx->base, frag, j) : 0;
			free(own_base);
			if (rc < 0)
				return artex__schema_oom(s), -1;
		}
	}
	if (cx->res && cx->res->json == j) {
		cx->res->dialect = cx->dialect;
		cx->res->vocab = cx->vocab;
	}
	if (cx->dialect >= 2019 && (cx->vocab & V_CORE)) {
		if ((v = json_object_get(j, "$anchor")) && json_is_string(v) &&
		    register_anchor(s, cx->base, json_string_value(v), j) < 0)
			return artex__schema_oom(s), -1;
		if (cx->dialect >= 2020 && (v = json_object_get(j, "$dynamicAnchor")) &&
		    json_is_string(v) && register_anchor(s, cx->base, json_string_value(v), j) < 0)
			return artex__schema_oom(s), -1;
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
		artex__schema_fail(s, ARTEX_MSG_SCHEMA_RECURSION, "schema nested deeper than 1000 levels");
		return -1;
	}
	struct place *pl = artex__schema_alloc(s, sizeof *pl);
	if (!pl || pmap_put(&s->places, j, pl) < 0)
		return artex__schema_oom(s), -1;
	pl->cx = *pcx;
	pl->top = top;
	struct compile_place saved = s->cur;
	s->cur = (struct compile_place){j, pcx->res, NULL};
	struct cctx cx;
	int rc = enter(s, j, pcx, top, &cx);
	/* Dynamic anchors are looked up at validation time in whatever resources
	 * are in scope, so they are compiled whether referenced or not. */
	if (rc == 0 && ((cx.dialect >= 2020 && json_is_string(json_object_get(j, "$dynamicAnchor"))) ||
	                (cx.dialect == 2019 && json_is_true(json_object_get(j, "$recursiveAnchor"))))) {
		struct later *l = artex__schema_alloc(s, sizeof *l);
		if (!l)
			return artex__schema_oom(s), -1;
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
	s->cur = saved;
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
		return artex__compile_node(s, t, &pl->cx, pl->top ? 0 : 1);
	struct cctx cx = {r->uri, r, r->dialect, r->vocab};
	return artex__compile_node(s, t, &cx, t == r->doc ? 0 : 1);
}

/* Whether `kw`, new in draft `since`, applies to j: by default it does in
 * older drafts too, as authors mean it, with a note. */
int artex__kw_applies(struct artex_schema *s, const struct cctx *cx, json_t *j, const char *kw,
                      int since)
{
	if (cx->dialect >= since)
		return 1;
	if (s->strict || !json_object_get(j, kw))
		return 0;
	artex__schema_note(s, kw,
	                   "\"%s\" is applied although %s has no such keyword (--spec-strict ignores it)",
	     kw, dialect_name(cx->dialect));
	return 1;
}

struct node *artex__compile_node(struct artex_schema *s, json_t *j, const struct cctx *pcx,
                                 int depth)
{
	struct node *n = pmap_get(&s->nodes, j);
	if (n)
		return n;
	if (s->failed)
		return NULL;
	if (depth > 1000)
		return artex__schema_fail(s, ARTEX_MSG_SCHEMA_RECURSION, "schema nested deeper than 1000 levels");
	n = artex__schema_alloc(s, sizeof *n);
	if (!n)
		return artex__schema_oom(s);
	n->dyn_id = -1;
	n->res = pcx->res;
	if (json_is_boolean(j)) {
		n->is_bool = 1;
		n->bool_val = json_is_true(j);
		if (pmap_put(&s->nodes, j, n) < 0)
			return artex__schema_oom(s);
		return n;
	}
	struct compile_place saved = s->cur;
	s->cur = (struct compile_place){j, pcx->res, NULL};
	if (!json_is_object(j))
		return artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "a schema must be an object or a boolean");
	if (pmap_put(&s->nodes, j, n) < 0)
		return artex__schema_oom(s);

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
	if (!artex__compile_applicators(s, n, j, &cx, depth) || !artex__compile_validation(s, n, j, &cx))
		goto done;
	if (ref_beside && (n->kw & ~B(K_REF)))
		artex__schema_note(s, "$ref", "keywords beside \"$ref\" are applied although %s ignores them "
		                   "(--spec-strict ignores them)", dialect_name(cx.dialect));
	ret = n;
	goto done;
oom:
	artex__schema_oom(s);
done:
	if (ret) {
		s->cur = saved;
	}
	return ret;
}

/* Walks a JSON Pointer (already percent-decoded) from `root`. */
static json_t *walk_pointer(json_t *root, const char *ptr)
{
	json_t *cur = root;
	while (*ptr == '/') {
		ptr++;
		char seg[512];
		size_t k;
		ptr = artex__jsonptr_token(ptr, seg, sizeof seg, &k);
		if (k >= sizeof seg)
			return NULL;
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
	/* A bundled schema that refers to another by its published address
	 * (ninjs to GeoJSON) finds the embedded copy. */
	if (!data)
		data = artex__embedded_schema_by_id(uri, &len);
	if (!data)
		data = owned = read_mapped(s, uri, &len);
	if (!data) {
		artex__schema_fail(s, ARTEX_MSG_SCHEMA_REF, "cannot resolve reference to \"%s\" (no local copy; "
		                   "map it with --ref-map PREFIX=DIR)", uri);
		return NULL;
	}
	json_t *doc = NULL;
	struct artex_error e;
	int rc = artex__json_load_exact(&doc, data, len, uri, &e);
	free(owned);
	if (rc < 0) {
		artex__schema_fail(s, ARTEX_MSG_SCHEMA_LOAD, "cannot parse \"%s\": %s", uri, e.message);
		return NULL;
	}
	if (add_doc(s, doc) < 0) {
		json_decref(doc);
		artex__schema_oom(s);
		return NULL;
	}
	r = new_resource(s, uri, doc, dialect, vocab, NULL);
	if (!r) {
		artex__schema_oom(s);
		return NULL;
	}
	struct cctx cx = {r->uri, r, dialect, vocab};
	s->depth++;
	if (s->depth > 64) {
		artex__schema_fail(s, ARTEX_MSG_SCHEMA_RECURSION,
		                   "meta-schemas nested too deeply at \"%s\"", uri);
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
		return artex__schema_oom(s);
	char *frag = artex__uri_cut_fragment(uri);
	struct node *n = NULL;
	struct resource *r = load_document(s, uri, dialect, vocab);
	if (!r)
		goto done;
	json_t *t = r->json;
	if (frag[0] == '/') {
		t = walk_pointer(r->json, frag);
		if (!t) {
			artex__schema_fail(s, ARTEX_MSG_SCHEMA_REF, "reference \"%s\" points to nothing", abs_uri);
			goto done;
		}
	} else if (*frag) {
		char *key = malloc(strlen(uri) + strlen(frag) + 2);
		if (!key) {
			artex__schema_oom(s);
			goto done;
		}
		sprintf(key, "%s#%s", uri, frag);
		t = smap_get(&s->anchors, key);
		free(key);
		if (!t) {
			artex__schema_fail(s, ARTEX_MSG_SCHEMA_REF, "reference \"%s\": no anchor \"%s\"", abs_uri, frag);
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
			if (!artex__compile_node(s, l->j, &pl->cx, pl->top ? 0 : 1))
				return -1;
			continue;
		}
		struct pending *p = s->pending;
		s->pending = p->next;
		/* a reference that cannot be resolved is a fault of its own place */
		s->cur.j = p->src;
		s->cur.res = p->res;
		s->cur.kw = ref_kw[p->kind];
		struct node *t = resolve(s, p->uri, p->dialect, p->vocab);
		s->cur.kw = NULL;
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
				return artex__schema_oom(s), -1;
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
	artex__arena_dispose(&s->arena);
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
			return artex__schema_oom(s), -1;
		}
		char *uri = artex__file_uri(path);
		if (!uri)
			return artex__schema_oom(s), -1;
		if (smap_get(&s->resources, uri)) {
			free(uri);
			continue; /* the same file twice, or the schema itself */
		}
		struct resource *r = new_resource(s, uri, doc, s->default_dialect, V_DEFAULT, NULL);
		free(uri);
		if (!r)
			return artex__schema_oom(s), -1;
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
	int vrc = artex__opts_version(opts->version, ARTEX_SCHEMA_OPTS_VERSION, "artex_schema_opts",
	                              err);
	if (vrc < 0)
		return vrc;
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
		s->root = artex__compile_node(s, doc, &cx, 0);
	if (s->root)
		resolve_pending(s);
	if (!s->failed && s->notes_dropped) {
		s->cur.j = NULL;
		artex__schema_note(s, NULL, "and %zu more places like those above", s->notes_dropped);
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
