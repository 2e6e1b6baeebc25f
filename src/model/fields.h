/* The model's fields as data: names, kinds and order of everything an
 * article holds. The YAML reader and writer (and any other format that
 * mirrors the model one to one) walk these tables, so a field added here is
 * read, written and round-tripped everywhere at once. */
#ifndef ARTEX_MODEL_FIELDS_H
#define ARTEX_MODEL_FIELDS_H

#include <stddef.h>

#include "model/model.h"

enum artex_field_type {
	ARTEX_FT_STRING,   /* const char *, NULL when absent */
	ARTEX_FT_STRLIST,  /* struct artex_strlist */
	ARTEX_FT_NUMBER,   /* double in [0, 1]; defaults to 1 when absent */
	ARTEX_FT_COUNT,    /* size_t, a positive whole number; 0 when absent */
	ARTEX_FT_ENUM,     /* enum stored as int, spelled by names[] */
	ARTEX_FT_SPAN,     /* struct artex_span, absent when end == 0 */
	ARTEX_FT_ENTITIES, /* an array of records described by `entity` */
	ARTEX_FT_RECORD    /* a pointer to one record described by `entity`, NULL when absent */
};

enum {
	ARTEX_FIELD_REQUIRED = 1,   /* must be present in input */
	ARTEX_FIELD_EMIT_EMPTY = 2, /* lists written even when empty */
	ARTEX_FIELD_MULTILINE = 4   /* strings may hold line breaks */
};

struct artex_entity;

struct artex_field {
	const char *key;
	enum artex_field_type type;
	int flags;
	size_t offset;
	const char *const *names;            /* ARTEX_FT_ENUM */
	const struct artex_entity *entity;   /* ARTEX_FT_ENTITIES, ARTEX_FT_RECORD */
};

struct artex_entity {
	const struct artex_field *fields;
	size_t n_fields;
	size_t size;                         /* of one record */
	size_t items_offset, count_offset;   /* of the array and its count in the article */
	/* Appends a zeroed record (for ARTEX_FT_RECORD: makes the one record)
	 * and returns it; NULL on OOM. */
	void *(*add)(struct artex_article *art);
};

extern const struct artex_field artex__article_fields[];
extern const size_t artex__article_n_fields;
extern const char *const artex__span_field_names[];

/* Media type of what the reader `format` reads ("text/plain" for "text"),
 * and back; NULL when there is none. */
const char *artex__format_media_type(const char *format);
const char *artex__format_of_media_type(const char *media_type);

#endif
