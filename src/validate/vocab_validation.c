/* The validation and format vocabularies: type, enum and const, numeric
 * and size limits, pattern, required, uniqueItems, min/maxContains and
 * format. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "validate/schema.h"

static int get_count(struct artex_schema *s, json_t *v, const char *kw, uint64_t *out)
{
	double d;
	if (json_is_integer(v) && json_integer_value(v) >= 0) {
		*out = (uint64_t)json_integer_value(v);
		return 0;
	}
	if (json_is_real(v) && (d = json_real_value(v)) >= 0 && artex__dbl_is_int(d)) {
		*out = d >= 1.8e19 ? UINT64_MAX : (uint64_t)d;
		return 0;
	}
	s->cur.kw = kw;
	artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"%s\" must be a non-negative integer", kw);
	return -1;
}

static int get_num(struct artex_schema *s, json_t *v, const char *kw, struct num *out)
{
	if (!json_is_number(v)) {
		s->cur.kw = kw;
		artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"%s\" must be a number", kw);
		return -1;
	}
	memset(out, 0, sizeof *out);
	if (json_is_integer(v)) {
		out->is_int = 1;
		out->i = json_integer_value(v);
		out->d = (double)out->i;
		artex__int_decimal(out->i, &out->m, &out->e);
	} else {
		out->d = json_real_value(v);
		artex__dbl_decimal(out->d, &out->m, &out->e);
	}
	return 0;
}

int artex__compile_strings(struct artex_schema *s, json_t *v, const char *kw, struct strv **out,
                           uint32_t *n_out)
{
	if (!json_is_array(v)) {
		s->cur.kw = kw;
		artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"%s\" must be an array of strings", kw);
		return -1;
	}
	size_t n = json_array_size(v);
	struct strv *arr = artex__schema_alloc(s, (n ? n : 1) * sizeof *arr);
	if (!arr)
		return artex__schema_oom(s), -1;
	for (size_t i = 0; i < n; i++) {
		json_t *e = json_array_get(v, i);
		if (!json_is_string(e)) {
			s->cur.kw = kw;
			artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"%s\" must be an array of strings", kw);
			return -1;
		}
		arr[i].s = json_string_value(e);
		arr[i].len = json_string_length(e);
	}
	*out = arr;
	*n_out = (uint32_t)n;
	return 0;
}

struct artex__regex *artex__compile_regex(struct artex_schema *s, const char *kw, const char *src,
                                          size_t len)
{
	char msg[200];
	struct artex__regex *re = artex__regex_new(src, len, msg, sizeof msg);
	if (!re) {
		s->cur.kw = kw;
		artex__schema_fail(s, ARTEX_MSG_SCHEMA_REGEX, "invalid regular expression \"%.*s\": %s",
		                   (int)(len > 100 ? 100 : len), src, msg);
		return NULL;
	}
	if (artex__grow((void **)&s->regexes, &s->cap_regexes, s->n_regexes, sizeof *s->regexes) < 0) {
		artex__regex_free(re);
		artex__schema_oom(s);
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

/* The validation and format vocabularies. 0 on failure. */
int artex__compile_validation(struct artex_schema *s, struct node *n, json_t *j,
                              const struct cctx *pcx)
{
	const struct cctx cx = *pcx;
	json_t *v;
	if (cx.vocab & V_VALIDATION) {
		if ((v = json_object_get(j, "type"))) {
			if (json_is_string(v)) {
				n->types = (uint16_t)type_bit(json_string_value(v));
				if (!n->types) {
					artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "unknown type \"%s\"",
					                   json_string_value(v));
					return 0;
				}
			} else if (json_is_array(v)) {
				for (size_t i = 0; i < json_array_size(v); i++) {
					json_t *t = json_array_get(v, i);
					int bit = json_is_string(t) ? type_bit(json_string_value(t)) : 0;
					if (!bit) {
						artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"type\" must name JSON types");
						return 0;
					}
					n->types |= (uint16_t)bit;
				}
			} else {
				artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"type\" must be a string or an array");
				return 0;
			}
			n->kw |= B(K_TYPE);
		}
		if ((v = json_object_get(j, "enum"))) {
			if (!json_is_array(v)) {
				artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"enum\" must be an array");
				return 0;
			}
			n->enum_ = v;
			n->kw |= B(K_ENUM);
		}
		if ((v = json_object_get(j, "const")) && artex__kw_applies(s, &cx, j, "const", 6)) {
			n->const_ = v;
			n->kw |= B(K_CONST);
		}
		if ((v = json_object_get(j, "multipleOf"))) {
			if (get_num(s, v, "multipleOf", &n->mult) < 0)
				return 0;
			if (n->mult.d <= 0) {
				artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"multipleOf\" must be greater than 0");
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
				artex__schema_fail(s, ARTEX_MSG_SCHEMA_KEYWORD, "\"pattern\" must be a string");
				return 0;
			}
			n->pattern_src = json_string_value(v);
			if (!(n->pattern = artex__compile_regex(s, "pattern", n->pattern_src,
		                                          json_string_length(v))))
				return 0;
			n->kw |= B(K_PATTERN);
		}
		if (json_is_true(json_object_get(j, "uniqueItems"))) {
			n->unique = 1;
			n->kw |= B(K_UNIQUE);
		}
		if ((v = json_object_get(j, "required")) && (cx.dialect > 4 || json_is_array(v))) {
			if (artex__compile_strings(s, v, "required", &n->required, &n->n_required) < 0)
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
