#include "readers/modeltree.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "model/fields.h"
#include "util/error.h"

struct decoder {
	struct artex_article *art;
	struct artex_error *err;
	/* Where every error goes, up to max (the reader's options), so that a
	 * file with several faults shows them all at once; NULL: stop at the
	 * first. */
	struct artex_error_list *all;
	size_t max;
	int failed;
	char pointer[256];
};

static const char *type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "a mapping";
	case JSON_ARRAY: return "a list";
	case JSON_STRING: return "a string";
	case JSON_INTEGER: return "an integer";
	case JSON_REAL: return "a number";
	case JSON_TRUE:
	case JSON_FALSE: return "a boolean";
	default: return "null";
	}
}

static int fail(struct decoder *d, int msg_id, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(struct decoder *d, int msg_id, const char *fmt, ...)
{
	struct artex_error e = {0};
	va_list ap;
	va_start(ap, fmt);
	artex__verror(&e, ARTEX_EINVALID, msg_id, fmt, ap);
	va_end(ap);
	artex__error_pointer(&e, d->pointer);
	if (!d->failed && d->err)
		*d->err = e;
	d->failed = 1;
	if (d->all && d->all->count < d->max && artex__error_list_push(d->all, &e) < 0)
		return artex__error(d->err, ARTEX_ENOMEM, 0, "out of memory");
	return ARTEX_EINVALID;
}

/* After a data error, whether to look on for more: only when collecting,
 * below the limit, and never after running out of memory. */
static int go_on(const struct decoder *d, int rc)
{
	return rc == ARTEX_EINVALID && d->all && d->all->count < d->max;
}

static int wrong_type(struct decoder *d, const char *want, const json_t *got)
{
	return fail(d, ARTEX_MSG_DATA_WRONG_TYPE, "expected %s, found %s", want, type_name(got));
}

/* Appends a pointer segment; returns the old length to restore. */
static size_t enter(struct decoder *d, const char *key)
{
	size_t n = strlen(d->pointer);
	snprintf(d->pointer + n, sizeof d->pointer - n, "/%s", key);
	return n;
}

static size_t enter_index(struct decoder *d, size_t i)
{
	char k[32];
	snprintf(k, sizeof k, "%zu", i);
	return enter(d, k);
}

static void leave(struct decoder *d, size_t n)
{
	d->pointer[n] = '\0';
}

static int get_string(struct decoder *d, const json_t *v, const char **out)
{
	if (!json_is_string(v))
		return wrong_type(d, "a string", v);
	if (strlen(json_string_value(v)) != json_string_length(v))
		return fail(d, ARTEX_MSG_DATA_BAD_VALUE, "string holds a NUL character");
	*out = artex__article_strn(d->art, json_string_value(v), json_string_length(v));
	return *out ? 0 : artex__error(d->err, ARTEX_ENOMEM, 0, "out of memory");
}

static int get_strlist(struct decoder *d, const json_t *v, struct artex_strlist *list)
{
	if (!json_is_array(v))
		return wrong_type(d, "a list of strings", v);
	size_t i;
	const json_t *item;
	json_array_foreach(v, i, item) {
		size_t n = enter_index(d, i);
		const char *s;
		int rc = get_string(d, item, &s);
		if (rc < 0)
			return rc;
		if (artex__strlist_add(d->art, list, s) < 0)
			return artex__error(d->err, ARTEX_ENOMEM, 0, "out of memory");
		leave(d, n);
	}
	return 0;
}

static int get_enum(struct decoder *d, const json_t *v, const char *const *names, int *out)
{
	if (!json_is_string(v))
		return wrong_type(d, "a string", v);
	for (int i = 0; names[i]; i++) {
		if (strcmp(names[i], json_string_value(v)) == 0) {
			*out = i;
			return 0;
		}
	}
	char list[128] = "";
	for (int i = 0; names[i]; i++) {
		size_t n = strlen(list);
		snprintf(list + n, sizeof list - n, "%s\"%s\"", i ? ", " : "", names[i]);
	}
	return fail(d, ARTEX_MSG_DATA_BAD_VALUE, "\"%s\" is not one of %s",
	            json_string_value(v), list);
}

static int get_offset(struct decoder *d, const json_t *v, size_t *out)
{
	if (!json_is_integer(v))
		return wrong_type(d, "an integer", v);
	if (json_integer_value(v) < 0)
		return fail(d, ARTEX_MSG_DATA_BAD_VALUE, "offsets cannot be negative");
	*out = (size_t)json_integer_value(v);
	return 0;
}

static int get_span(struct decoder *d, const json_t *v, struct artex_span *span)
{
	if (!json_is_object(v))
		return wrong_type(d, "a mapping with field, start and end", v);
	const char *key;
	const json_t *item;
	json_object_foreach((json_t *)v, key, item) {
		if (strcmp(key, "field") && strcmp(key, "start") && strcmp(key, "end")) {
			enter(d, key);
			return fail(d, ARTEX_MSG_DATA_UNKNOWN_KEY,
			            "unknown key \"%s\" in a span (known: field, start, end)", key);
		}
	}
	static const char *const keys[] = {"field", "start", "end"};
	for (int k = 0; k < 3; k++) {
		const json_t *item2 = json_object_get(v, keys[k]);
		if (!item2)
			return fail(d, ARTEX_MSG_DATA_MISSING_KEY, "span is missing \"%s\"", keys[k]);
		size_t n = enter(d, keys[k]);
		int field = 0;
		int rc = k == 0 ? get_enum(d, item2, artex__span_field_names, &field)
		                : get_offset(d, item2, k == 1 ? &span->start : &span->end);
		if (rc < 0)
			return rc;
		if (k == 0)
			span->field = (enum artex_span_field)field;
		leave(d, n);
	}
	if (span->end <= span->start)
		return fail(d, ARTEX_MSG_MODEL_SPAN_BOUNDS, "a span's end must be greater than its start");
	return 0;
}

static int decode_record(struct decoder *d, const json_t *obj, const struct artex_field *fields,
                         size_t n_fields, void *record);

static int decode_entities(struct decoder *d, const json_t *v, const struct artex_entity *e)
{
	if (!json_is_array(v))
		return wrong_type(d, "a list", v);
	size_t i;
	const json_t *item;
	json_array_foreach(v, i, item) {
		size_t n = enter_index(d, i);
		void *record = e->add(d->art);
		if (!record)
			return artex__error(d->err, ARTEX_ENOMEM, 0, "out of memory");
		int rc = decode_record(d, item, e->fields, e->n_fields, record);
		if (rc < 0 && !go_on(d, rc))
			return rc;
		leave(d, n);
	}
	return 0;
}

static int decode_field(struct decoder *d, const json_t *v, const struct artex_field *f,
                        void *record)
{
	char *at = (char *)record + f->offset;
	switch (f->type) {
	case ARTEX_FT_STRING:
		return get_string(d, v, (const char **)(void *)at);
	case ARTEX_FT_STRLIST:
		return get_strlist(d, v, (struct artex_strlist *)(void *)at);
	case ARTEX_FT_NUMBER:
		if (!json_is_number(v))
			return wrong_type(d, "a number", v);
		*(double *)(void *)at = json_number_value(v);
		return 0;
	case ARTEX_FT_COUNT:
		if (!json_is_integer(v) || json_integer_value(v) < 1)
			return wrong_type(d, "a positive whole number", v);
		*(size_t *)(void *)at = (size_t)json_integer_value(v);
		return 0;
	case ARTEX_FT_ENUM:
		return get_enum(d, v, f->names, (int *)(void *)at);
	case ARTEX_FT_SPAN:
		return get_span(d, v, (struct artex_span *)(void *)at);
	case ARTEX_FT_ENTITIES:
		return decode_entities(d, v, f->entity);
	case ARTEX_FT_RECORD: {
		void *one = f->entity->add(d->art);
		if (!one)
			return artex__error(d->err, ARTEX_ENOMEM, 0, "out of memory");
		return decode_record(d, v, f->entity->fields, f->entity->n_fields, one);
	}
	}
	return 0;
}

static int decode_record(struct decoder *d, const json_t *obj, const struct artex_field *fields,
                         size_t n_fields, void *record)
{
	if (!json_is_object(obj))
		return wrong_type(d, "a mapping", obj);
	const char *key;
	const json_t *v;
	json_object_foreach((json_t *)obj, key, v) {
		size_t k = 0;
		while (k < n_fields && strcmp(fields[k].key, key) != 0)
			k++;
		if (k == n_fields) {
			size_t n = enter(d, key);
			int rc = fail(d, ARTEX_MSG_DATA_UNKNOWN_KEY, "unknown key \"%s\"", key);
			leave(d, n);
			if (!go_on(d, rc))
				return rc;
		}
	}
	for (size_t k = 0; k < n_fields; k++) {
		const struct artex_field *f = &fields[k];
		v = json_object_get(obj, f->key);
		if (!v) {
			if (f->flags & ARTEX_FIELD_REQUIRED) {
				int rc = fail(d, ARTEX_MSG_DATA_MISSING_KEY,
				              "missing required key \"%s\"", f->key);
				if (!go_on(d, rc))
					return rc;
			}
			if (f->type == ARTEX_FT_NUMBER)
				*(double *)(void *)((char *)record + f->offset) = 1.0;
			continue;
		}
		size_t n = enter(d, f->key);
		int rc = decode_field(d, v, f, record);
		if (rc < 0 && !go_on(d, rc))
			return rc;
		leave(d, n);
	}
	return d->failed ? ARTEX_EINVALID : 0;
}

int artex__model_from_tree(struct artex_article *art, json_t *root, struct artex_error *err)
{
	const struct artex_read_opts *o = art->read_opts;
	struct decoder d = {.art = art, .err = err};
	if (o && o->errors && o->max_errors) {
		d.all = o->errors;
		d.max = o->max_errors;
	}
	return decode_record(&d, root, artex__article_fields, artex__article_n_fields, art);
}
