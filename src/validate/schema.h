/* The compiled form of a JSON Schema, shared by the files that build it
 * (compile.c: documents, resources, references and the core vocabulary;
 * vocab_applicator.c and vocab_validation.c: the keywords of those
 * vocabularies) and by evaluate.c, which applies it to instances. Nothing
 * here is public; the interface is validate/jsonschema.h. */
#ifndef ARTEX_VALIDATE_SCHEMA_H
#define ARTEX_VALIDATE_SCHEMA_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/buf.h"
#include "validate/jsonschema.h"

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

/* Open-addressing maps of compile time, keyed by a string (smap_* in
 * compile.c) or by an address (pmap_*). */
struct map_entry {
	const void *key;
	void *val;
};

struct map {
	struct map_entry *e;
	size_t n, cap;
};

struct artex_schema {
	struct artex_arena arena; /* the compiled nodes and their strings */
	struct node *root;
	struct map resources;  /* absolute URI without fragment -> struct resource */
	struct map anchors;    /* "uri#name" -> json_t of the schema it names */
	struct map nodes;      /* json_t of a schema -> its compiled node */
	struct map places;     /* json_t of a schema -> struct place (compile.c) */
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
	struct compile_place {
		json_t *j;
		const struct resource *res;
		const char *kw;
	} cur;
	struct artex_error_list notes;
	size_t notes_dropped;
};

/* Where a schema object is compiled: its base URI, resource, dialect and
 * vocabularies. */
struct cctx {
	const char *base;        /* base URI of the schema being compiled */
	struct resource *res;    /* resource it lies in */
	int dialect;
	unsigned vocab;
};

/* ---- compile.c ---- */

/* Memory of the compiled schema, released all at once with it. */
void *artex__schema_alloc(struct artex_schema *s, size_t size);
/* Makes room for element n of a malloc'd array; -1 when out of memory. */
int artex__grow(void **arr, size_t *cap, size_t n, size_t elem);
uint32_t artex__hash_bytes(const char *s, size_t len);
/* Fails the compilation with an error placed at the schema object being
 * compiled (file, JSON Pointer, line and column; s->cur.kw adds the
 * keyword). Returns NULL. */
__attribute__((format(printf, 3, 4)))
struct node *artex__schema_fail(struct artex_schema *s, int msg_id, const char *fmt, ...);
struct node *artex__schema_oom(struct artex_schema *s);
/* Records where the schema is read beyond the letter of its draft. */
__attribute__((format(printf, 3, 4)))
void artex__schema_note(struct artex_schema *s, const char *kw, const char *fmt, ...);
/* Whether `kw`, new in draft `since`, applies to schema object j: by
 * default it does in older drafts too, as authors mean it, with a note. */
int artex__kw_applies(struct artex_schema *s, const struct cctx *cx, json_t *j, const char *kw,
                      int since);
/* Compiles schema j (an object or a boolean) in the context of its parent;
 * depth 0 is the root of a document. NULL on failure (s->failed). */
struct node *artex__compile_node(struct artex_schema *s, json_t *j, const struct cctx *pcx,
                                 int depth);

/* ---- vocab_applicator.c, vocab_validation.c: 0 on failure ---- */
int artex__compile_applicators(struct artex_schema *s, struct node *n, json_t *j,
                               const struct cctx *pcx, int depth);
int artex__compile_validation(struct artex_schema *s, struct node *n, json_t *j,
                              const struct cctx *pcx);
int artex__compile_strings(struct artex_schema *s, json_t *v, const char *kw, struct strv **out,
                           uint32_t *n_out);
/* Compiles the ECMA-262 pattern src of keyword kw, or fails naming it. */
struct artex__regex *artex__compile_regex(struct artex_schema *s, const char *kw, const char *src,
                                          size_t len);

/* ---- number.c: exact numbers and JSON equality ---- */

/* |d| as m * 10^e, m without trailing zeros, from the shortest decimal that
 * reads back as d. */
void artex__dbl_decimal(double d, uint64_t *m, int *e);
void artex__int_decimal(json_int_t i, uint64_t *m, int *e);
int artex__dbl_is_int(double d);
/* Compares number x with a schema's number: <0, 0, >0, exactly. */
int artex__num_cmp(const json_t *x, const struct num *n);
/* 1 for an integer, or a real with no fraction (JSON Schema's integer). */
int artex__json_is_integral(const json_t *j);
int artex__num_is_multiple(const json_t *x, const struct num *d);
/* Equality and hashing by JSON Schema's rules (1.0 equals 1). */
int artex__json_equal(const json_t *a, const json_t *b);
uint64_t artex__json_hash(const json_t *j);

/* ---- evaluate.c ---- */
const struct prop *artex__prop_find(const struct node *n, const char *key, size_t len);
/* Appends "/" and s escaped as a JSON Pointer segment. */

#endif
