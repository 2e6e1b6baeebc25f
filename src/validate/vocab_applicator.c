/* The applicator and unevaluated vocabularies: allOf, anyOf, oneOf, not,
 * if/then/else, items and prefixItems, contains, properties and their kin,
 * dependencies. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "validate/schema.h"

static struct node **compile_array(struct artex_schema *s, json_t *v, const char *kw,
                                   const struct cctx *cx, int depth, uint32_t *n_out)
{
	if (!json_is_array(v) || (json_array_size(v) == 0 && strcmp(kw, "prefixItems") != 0 &&
	                          strcmp(kw, "items") != 0)) {
		s->cur.kw = kw;
		artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD,
		                   "\"%s\" must be a non-empty array of schemas", kw);
		return NULL;
	}
	size_t n = json_array_size(v);
	struct node **arr = artex__schema_alloc(s, (n ? n : 1) * sizeof *arr);
	if (!arr)
		return artex__schema_oom(s), NULL;
	for (size_t i = 0; i < n; i++)
		if (!(arr[i] = artex__compile_node(s, json_array_get(v, i), cx, depth + 1)))
			return NULL;
	*n_out = (uint32_t)n;
	return arr;
}

static int compile_props(struct artex_schema *s, struct node *n, json_t *v,
                         const struct cctx *cx, int depth)
{
	if (!json_is_object(v)) {
		artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"properties\" must be an object");
		return -1;
	}
	size_t count = json_object_size(v);
	n->props = artex__schema_alloc(s, (count ? count : 1) * sizeof *n->props);
	if (!n->props)
		return artex__schema_oom(s), -1;
	size_t i = 0;
	for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it), i++) {
		struct prop *p = &n->props[i];
		p->name = json_object_iter_key(it);
		p->len = json_object_iter_key_len(it);
		p->hash = artex__hash_bytes(p->name, p->len);
		if (!(p->n = artex__compile_node(s, json_object_iter_value(it), cx, depth + 1)))
			return -1;
	}
	n->n_props = (uint32_t)count;
	if (count > 8) {
		uint32_t cap = 16;
		while (cap < count * 2)
			cap *= 2;
		n->prop_tab = artex__schema_alloc(s, cap * sizeof *n->prop_tab);
		if (!n->prop_tab)
			return artex__schema_oom(s), -1;
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

/* The applicator and unevaluated vocabularies, and dependencies. 0 on failure. */
int artex__compile_applicators(struct artex_schema *s, struct node *n, json_t *j,
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
			if (!(n->not_ = artex__compile_node(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_NOT);
		}
		if ((v = json_object_get(j, "if")) && artex__kw_applies(s, &cx, j, "if", 7)) {
			if (!(n->if_ = artex__compile_node(s, v, &cx, depth + 1)))
				return 0;
			json_t *t = json_object_get(j, "then"), *e = json_object_get(j, "else");
			if (t && !(n->then_ = artex__compile_node(s, t, &cx, depth + 1)))
				return 0;
			if (e && !(n->else_ = artex__compile_node(s, e, &cx, depth + 1)))
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
				if (!(n->items = artex__compile_node(s, items, &cx, depth + 1)))
					return 0;
				n->kw |= B(K_ITEMS);
			}
		} else if (json_is_array(items)) {
			if (!(n->prefix = compile_array(s, items, "items", &cx, depth, &n->n_prefix)))
				return 0;
			n->kw |= B(K_PREFIX);
			if ((v = json_object_get(j, "additionalItems"))) {
				if (!(n->items = artex__compile_node(s, v, &cx, depth + 1)))
					return 0;
				n->items_is_additional = 1;
				n->kw |= B(K_ITEMS);
			}
		} else if (items) {
			if (!(n->items = artex__compile_node(s, items, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_ITEMS);
		}
		if ((v = json_object_get(j, "contains")) && artex__kw_applies(s, &cx, j, "contains", 6)) {
			if (!(n->contains = artex__compile_node(s, v, &cx, depth + 1)))
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
				artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"patternProperties\" must be an object");
				return 0;
			}
			n->pprops = artex__schema_alloc(s, (json_object_size(v) + 1) * sizeof *n->pprops);
			if (!n->pprops)
				return artex__schema_oom(s), 0;
			for (void *it = json_object_iter(v); it; it = json_object_iter_next(v, it)) {
				struct pprop *pp = &n->pprops[n->n_pprops];
				pp->src = json_object_iter_key(it);
				if (!(pp->re = artex__compile_regex(s, "patternProperties", pp->src,
			                                      json_object_iter_key_len(it))))
					return 0;
				if (!(pp->n = artex__compile_node(s, json_object_iter_value(it), &cx, depth + 1)))
					return 0;
				n->n_pprops++;
			}
			n->kw |= B(K_PPROPS);
		}
		if ((v = json_object_get(j, "additionalProperties"))) {
			if (!(n->addprops = artex__compile_node(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_ADDPROPS);
		}
		if ((v = json_object_get(j, "propertyNames")) &&
		    artex__kw_applies(s, &cx, j, "propertyNames", 6)) {
			if (!(n->pnames = artex__compile_node(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_PNAMES);
		}
		if (cx.dialect >= 2019 && (v = json_object_get(j, "dependentSchemas"))) {
			if (!json_is_object(v)) {
				artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"dependentSchemas\" must be an object");
				return 0;
			}
		}
	}
	if (cx.dialect >= 2019 && (cx.vocab & V_UNEVAL)) {
		if ((v = json_object_get(j, "unevaluatedProperties"))) {
			if (!(n->unev_p = artex__compile_node(s, v, &cx, depth + 1)))
				return 0;
			n->kw |= B(K_UNEV_P);
		}
		if ((v = json_object_get(j, "unevaluatedItems"))) {
			if (!(n->unev_i = artex__compile_node(s, v, &cx, depth + 1)))
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
			artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"dependentRequired\" must be an object");
			return 0;
		}
		if (total) {
			n->deps = artex__schema_alloc(s, total * sizeof *n->deps);
			if (!n->deps)
				return artex__schema_oom(s), 0;
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
						if (artex__compile_strings(s, dv, k == 0 ? "dependentRequired" : "dependencies",
						                    &d->req, &d->n_req) < 0)
							return 0;
					} else if (!(d->schema = artex__compile_node(s, dv, &cx, depth + 1))) {
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
