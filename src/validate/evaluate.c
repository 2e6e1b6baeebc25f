/* Evaluation of a compiled schema against a jansson value: errors with
 * their instance and keyword locations, annotations for unevaluated*, the
 * dynamic scope for $dynamicRef and $recursiveRef, and the closest
 * alternative of a failed anyOf/oneOf. The schema is only read, so any
 * number of threads may evaluate it at once. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/error.h"
#include "util/jsonptr.h"
#include "validate/schema.h"

const struct prop *artex__prop_find(const struct node *n, const char *key, size_t len)
{
	if (n->prop_tab) {
		uint32_t h = artex__hash_bytes(key, len);
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

static void build_ipath(struct artex_buf *b, const struct ipath *p)
{
	if (!p)
		return;
	build_ipath(b, p->up);
	if (p->key) {
		artex__jsonptr_append(b, p->key, p->klen);
	} else {
		artex_buf_printf(b, "/%zu", p->idx);
	}
}

static void build_kpath(struct artex_buf *b, const struct kpath *p)
{
	if (!p)
		return;
	build_kpath(b, p->up);
	artex__jsonptr_append(b, p->kw, strlen(p->kw));
	if (p->key)
		artex__jsonptr_append(b, p->key, p->klen);
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
	struct artex_error e = {0};
	va_list ap;
	va_start(ap, fmt);
	artex__verror(&e, ARTEX_EINVALID, msg_id, fmt, ap);
	va_end(ap);
	struct artex_buf b = ARTEX_BUF_INIT;
	build_ipath(&b, ip);
	artex__error_pointer(&e, b.data ? b.data : "");
	artex_buf_clear(&b);
	build_kpath(&b, kp);
	if (kw)
		artex__jsonptr_append(&b, kw, strlen(kw));
	artex__error_keyword(&e, b.data ? b.data : "");
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
	case JSON_REAL: return artex__json_is_integral(j) ? "integer" : "number";
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
			const struct prop *p = artex__prop_find(n, key, klen);
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
			h[i] = artex__json_hash(json_array_get(inst, i));
		int dup = 0;
		for (size_t i = 0; i < size && !dup; i++)
			for (size_t k = i + 1; k < size; k++)
				if (h[i] == h[k] && artex__json_equal(json_array_get(inst, i), json_array_get(inst, k))) {
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
	if ((kw & B(K_MAX)) && artex__num_cmp(inst, &n->maximum) > 0)
		NUMFAIL("maximum", "value %s is greater than the maximum of %s", &n->maximum);
	if ((kw & B(K_EXMAX)) && artex__num_cmp(inst, &n->exmax) >= 0)
		NUMFAIL(n->res && n->res->dialect == 4 ? "maximum" : "exclusiveMaximum",
		        "value %s must be less than %s", &n->exmax);
	if ((kw & B(K_MIN)) && artex__num_cmp(inst, &n->minimum) < 0)
		NUMFAIL("minimum", "value %s is less than the minimum of %s", &n->minimum);
	if ((kw & B(K_EXMIN)) && artex__num_cmp(inst, &n->exmin) <= 0)
		NUMFAIL(n->res && n->res->dialect == 4 ? "minimum" : "exclusiveMinimum",
		        "value %s must be greater than %s", &n->exmin);
	if ((kw & B(K_MULT)) && !artex__num_is_multiple(inst, &n->mult))
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
	case JSON_REAL:
		return (types & T_NUMBER) || ((types & T_INTEGER) && artex__json_is_integral(inst));
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
	if ((n->kw & B(K_CONST)) && !artex__json_equal(n->const_, inst)) {
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
			found = artex__json_equal(json_array_get(n->enum_, i), inst);
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

/* Whether `n` fails on the object `inst` for certain: some property of
 * `inst` differs from the constant that `n` (or a schema its "$ref" chain
 * leads to) requires for it. That is how tagged alternatives ("@type":
 * {"const": "Person"}) are told apart, and skipping the alternatives that
 * cannot match spares evaluating each of them up to the tag. It changes no
 * result: a skipped branch would have failed, and failures that are
 * reported are reported from a full evaluation (report_alternatives). The
 * one thing a skipped branch no longer finds is a reference cycle or
 * runaway recursion hidden inside it, a fault of the schema that the
 * evaluation of a value that could match still finds. */
static int surely_fails(const struct node *n, const json_t *inst)
{
	for (int hops = 0; n && hops < 8; hops++) {
		if (n->is_bool)
			return !n->bool_val;
		if (n->kw & B(K_PROPS)) {
			for (uint32_t i = 0; i < n->n_props; i++) {
				const struct node *p = n->props[i].n;
				if (p->is_bool || !(p->kw & B(K_CONST)))
					continue;
				const json_t *v = json_object_getn(inst, n->props[i].name, n->props[i].len);
				if (v && !artex__json_equal(p->const_, v))
					return 1;
			}
		}
		n = (n->kw & B(K_REF)) ? n->ref : NULL;
	}
	return 0;
}

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
		int tagged = json_is_object(inst);
		for (uint32_t i = 0; i < n->n_any; i++) {
			if (tagged && surely_fails(n->any_of[i], inst))
				continue;
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
		int tagged = json_is_object(inst);
		for (uint32_t i = 0; i < n->n_one; i++) {
			if (tagged && surely_fails(n->one_of[i], inst))
				continue;
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
