/* Compares two articles fact by fact, walking the model's field table, so
 * that a field added to the model is compared without a change here.
 *
 * Facts are everything the model holds except the article id, which readers
 * may derive from the file name, and the reader's warnings and format, which
 * describe the input rather than the article. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/fields.h"
#include "util/error.h"

struct cmp {
	struct artex_error_list *out;
	const char *name_a, *name_b;
	int failed; /* out of memory */
};

/* Quoted and cut to a readable length at a code point boundary: paragraphs
 * can be long, and the pointer says where to look. */
static void shorten(char *dst, size_t size, const char *s)
{
	if (!s) {
		snprintf(dst, size, "(none)");
		return;
	}
	size_t max = size - 8, n = strlen(s);
	if (n <= max) {
		snprintf(dst, size, "\"%s\"", s);
		return;
	}
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	snprintf(dst, size, "\"%.*s...\"", (int)max, s);
}

/* "HERE here, but THERE in NAME_A": the entry's file is name_b, so the value
 * of the file being reported comes first. */
static void differ(struct cmp *c, const char *pointer, const char *there, const char *here)
{
	struct artex_error e;
	memset(&e, 0, sizeof e);
	artex__error(&e, ARTEX_EINVALID, ARTEX_MSG_CONSISTENCY, "%s here, but %s in %s", here,
	             there, c->name_a);
	artex__error_file(&e, c->name_b);
	artex__error_pointer(&e, pointer);
	if (artex__error_list_push(c->out, &e) < 0)
		c->failed = 1;
}

static void differ_count(struct cmp *c, const char *pointer, size_t there, size_t here)
{
	char sa[48], sb[48];
	snprintf(sa, sizeof sa, "%zu entries", there);
	snprintf(sb, sizeof sb, "%zu entries", here);
	differ(c, pointer, sa, sb);
}

static void compare_string(struct cmp *c, const char *pointer, const char *a, const char *b)
{
	if ((!a && !b) || (a && b && strcmp(a, b) == 0))
		return;
	char sa[120], sb[120];
	shorten(sa, sizeof sa, a);
	shorten(sb, sizeof sb, b);
	differ(c, pointer, sa, sb);
}

static void compare_record(struct cmp *c, const char *base, const struct artex_field *fields,
                           size_t n, const void *ra, const void *rb, int top);

static void compare_field(struct cmp *c, const char *base, const struct artex_field *f,
                          const void *ra, const void *rb)
{
	char at[256];
	snprintf(at, sizeof at, "%s/%s", base, f->key);
	const char *pa = (const char *)ra + f->offset, *pb = (const char *)rb + f->offset;
	switch (f->type) {
	case ARTEX_FT_STRING:
		compare_string(c, at, *(const char *const *)(const void *)pa,
		               *(const char *const *)(const void *)pb);
		return;
	case ARTEX_FT_STRLIST: {
		const struct artex_strlist *la = (const void *)pa, *lb = (const void *)pb;
		size_t n = la->count < lb->count ? la->count : lb->count;
		for (size_t i = 0; i < n; i++) {
			char item[280];
			snprintf(item, sizeof item, "%s/%zu", at, i);
			compare_string(c, item, la->items[i], lb->items[i]);
		}
		if (la->count != lb->count)
			differ_count(c, at, la->count, lb->count);
		return;
	}
	case ARTEX_FT_NUMBER:
	case ARTEX_FT_COUNT: {
		int count = f->type == ARTEX_FT_COUNT;
		double a = count ? (double)*(const size_t *)(const void *)pa
		                 : *(const double *)(const void *)pa;
		double b = count ? (double)*(const size_t *)(const void *)pb
		                 : *(const double *)(const void *)pb;
		/* Formats write confidences in decimal; what survives a round trip
		 * through text is equal to this precision. Pixel counts are exact. */
		if (count ? a != b : a - b > 1e-9 || b - a > 1e-9) {
			char sa[32], sb[32];
			snprintf(sa, sizeof sa, count ? "%.0f" : "%.6g", a);
			snprintf(sb, sizeof sb, count ? "%.0f" : "%.6g", b);
			differ(c, at, sa, sb);
		}
		return;
	}
	case ARTEX_FT_ENUM: {
		int a = *(const int *)(const void *)pa, b = *(const int *)(const void *)pb;
		if (a != b)
			differ(c, at, f->names[a], f->names[b]);
		return;
	}
	case ARTEX_FT_SPAN: {
		const struct artex_span *a = (const void *)pa, *b = (const void *)pb;
		if (a->end == 0 && b->end == 0)
			return;
		if (a->end == 0 || b->end == 0) {
			differ(c, at, a->end ? "a span" : "no span", b->end ? "a span" : "no span");
			return;
		}
		if (a->field != b->field || a->start != b->start || a->end != b->end) {
			char sa[80], sb[80];
			snprintf(sa, sizeof sa, "%s [%zu, %zu)", artex__span_field_names[a->field],
			         a->start, a->end);
			snprintf(sb, sizeof sb, "%s [%zu, %zu)", artex__span_field_names[b->field],
			         b->start, b->end);
			differ(c, at, sa, sb);
		}
		return;
	}
	case ARTEX_FT_ENTITIES: {
		const struct artex_entity *e = f->entity;
		/* Entity arrays live in the article itself, not in the record. */
		const char *items_a = *(const char *const *)(const void *)((const char *)ra +
		                                                           e->items_offset);
		const char *items_b = *(const char *const *)(const void *)((const char *)rb +
		                                                           e->items_offset);
		size_t na = *(const size_t *)(const void *)((const char *)ra + e->count_offset);
		size_t nb = *(const size_t *)(const void *)((const char *)rb + e->count_offset);
		size_t n = na < nb ? na : nb;
		for (size_t i = 0; i < n && !c->failed; i++) {
			char item[280];
			snprintf(item, sizeof item, "%s/%zu", at, i);
			compare_record(c, item, e->fields, e->n_fields, items_a + i * e->size,
			               items_b + i * e->size, 0);
		}
		if (na != nb)
			differ_count(c, at, na, nb);
		return;
	}
	case ARTEX_FT_RECORD: {
		const void *a = *(const void *const *)(const void *)pa;
		const void *b = *(const void *const *)(const void *)pb;
		if (a && b)
			compare_record(c, at, f->entity->fields, f->entity->n_fields, a, b, 0);
		else if (a || b)
			differ(c, at, a ? "present" : "absent", b ? "present" : "absent");
		return;
	}
	}
}

static void compare_record(struct cmp *c, const char *base, const struct artex_field *fields,
                           size_t n, const void *ra, const void *rb, int top)
{
	for (size_t i = 0; i < n && !c->failed; i++) {
		if (top && strcmp(fields[i].key, "id") == 0)
			continue;
		compare_field(c, base, &fields[i], ra, rb);
	}
}

int artex_article_compare(struct artex_error_list *out, const struct artex_article *a,
                          const char *name_a, const struct artex_article *b, const char *name_b,
                          struct artex_error *err)
{
	struct cmp c = {out, name_a ? name_a : "first", name_b ? name_b : "second", 0};
	size_t first = out->count;
	compare_record(&c, "", artex__article_fields, artex__article_n_fields, a, b, 1);
	if (c.failed)
		return artex__error(err, ARTEX_ENOMEM, ARTEX_MSG_CONSISTENCY, "out of memory");
	return out->count > first ? ARTEX_EINVALID : 0;
}
