/* The model as YAML, through libyaml's emitter: keys in the order of the
 * model's field table, UTF-8 as is, no line folding, and strings quoted
 * whenever a YAML 1.1 or 1.2 reader could take them for anything else. */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "exporters/exporter.h"
#include "model/fields.h"
#include "util/error.h"

struct writer {
	yaml_emitter_t emitter;
	struct artex_buf *out;
	int failed;
};

static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	struct artex_buf *out = data;
	return artex_buf_put(out, buffer, size) == 0;
}

static int is_word(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (strcmp(s, *words) == 0)
			return 1;
	return 0;
}

/* Conservative: anything a YAML 1.1 or 1.2 resolver could read as null,
 * bool, number, date, or that starts with an indicator, is quoted. */
static int plain_is_safe(const char *s)
{
	static const char *const words[] = {
		"~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No",
		"NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off",
		"Off", "OFF", "=", "<<", NULL};
	size_t n = strlen(s);
	if (n == 0 || is_word(s, words))
		return 0;
	if (strchr("-?:,[]{}#&*!|>'\"%@` \t", s[0]) || s[n - 1] == ' ' || s[n - 1] == ':')
		return 0;
	if ((s[0] >= '0' && s[0] <= '9') ||
	    ((s[0] == '+' || s[0] == '.') && n > 1 && ((s[1] >= '0' && s[1] <= '9') || s[1] == '.')))
		return 0;
	if (s[0] == '.' && (strcmp(s + 1, "inf") == 0 || strcmp(s + 1, "Inf") == 0 ||
	                    strcmp(s + 1, "INF") == 0 || strcasecmp(s + 1, "nan") == 0))
		return 0;
	if (strstr(s, ": ") || strstr(s, " #"))
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7F)
			return 0;
	return 1;
}

static void emit(struct writer *w, yaml_event_t *ev)
{
	if (!w->failed && !yaml_emitter_emit(&w->emitter, ev))
		w->failed = 1;
}

static void scalar(struct writer *w, const char *s, yaml_scalar_style_t style)
{
	yaml_event_t ev;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1,
	                                  style)) {
		w->failed = 1;
		return;
	}
	emit(w, &ev);
}

static void string(struct writer *w, const char *s)
{
	scalar(w, s, plain_is_safe(s) ? YAML_PLAIN_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE);
}

static void start(struct writer *w, int mapping, int flow)
{
	yaml_event_t ev;
	int ok = mapping ? yaml_mapping_start_event_initialize(
				   &ev, NULL, NULL, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
	                 : yaml_sequence_start_event_initialize(
				   &ev, NULL, NULL, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
	if (!ok) {
		w->failed = 1;
		return;
	}
	emit(w, &ev);
}

static void end(struct writer *w, int mapping)
{
	yaml_event_t ev;
	if (mapping)
		yaml_mapping_end_event_initialize(&ev);
	else
		yaml_sequence_end_event_initialize(&ev);
	emit(w, &ev);
}

static void write_record(struct writer *w, const struct artex_field *fields, size_t n,
                         const void *record);

static void write_field(struct writer *w, const struct artex_field *f, const void *record)
{
	const char *at = (const char *)record + f->offset;
	char num[64];
	switch (f->type) {
	case ARTEX_FT_STRING: {
		const char *s = *(const char *const *)(const void *)at;
		if (!s)
			return;
		scalar(w, f->key, YAML_PLAIN_SCALAR_STYLE);
		string(w, s);
		return;
	}
	case ARTEX_FT_STRLIST: {
		const struct artex_strlist *l = (const void *)at;
		if (l->count == 0 && !(f->flags & ARTEX_FIELD_EMIT_EMPTY))
			return;
		scalar(w, f->key, YAML_PLAIN_SCALAR_STYLE);
		start(w, 0, 0);
		for (size_t i = 0; i < l->count; i++)
			string(w, l->items[i]);
		end(w, 0);
		return;
	}
	case ARTEX_FT_NUMBER:
		scalar(w, f->key, YAML_PLAIN_SCALAR_STYLE);
		artex__format_number(num, sizeof num, *(const double *)(const void *)at);
		scalar(w, num, YAML_PLAIN_SCALAR_STYLE);
		return;
	case ARTEX_FT_COUNT:
		if (*(const size_t *)(const void *)at == 0)
			return;
		scalar(w, f->key, YAML_PLAIN_SCALAR_STYLE);
		snprintf(num, sizeof num, "%zu", *(const size_t *)(const void *)at);
		scalar(w, num, YAML_PLAIN_SCALAR_STYLE);
		return;
	case ARTEX_FT_ENUM:
		scalar(w, f->key, YAML_PLAIN_SCALAR_STYLE);
		scalar(w, f->names[*(const int *)(const void *)at], YAML_PLAIN_SCALAR_STYLE);
		return;
	case ARTEX_FT_SPAN: {
		const struct artex_span *sp = (const void *)at;
		if (sp->end == 0)
			return;
		scalar(w, f->key, YAML_PLAIN_SCALAR_STYLE);
		start(w, 1, 1);
		scalar(w, "field", YAML_PLAIN_SCALAR_STYLE);
		scalar(w, artex__span_field_names[sp->field], YAML_PLAIN_SCALAR_STYLE);
		scalar(w, "start", YAML_PLAIN_SCALAR_STYLE);
		snprintf(num, sizeof num, "%zu", sp->start);
		scalar(w, num, YAML_PLAIN_SCALAR_STYLE);
		scalar(w, "end", YAML_PLAIN_SCALAR_STYLE);
		snprintf(num, sizeof num, "%zu", sp->end);
		scalar(w, num, YAML_PLAIN_SCALAR_STYLE);
		end(w, 1);
		return;
	}
	case ARTEX_FT_ENTITIES: {
		const struct artex_entity *e = f->entity;
		const char *items = *(const char *const *)(const void *)((const char *)record +
		                                                         e->items_offset);
		size_t count = *(const size_t *)(const void *)((const char *)record + e->count_offset);
		if (count == 0 && !(f->flags & ARTEX_FIELD_EMIT_EMPTY))
			return;
		scalar(w, f->key, YAML_PLAIN_SCALAR_STYLE);
		start(w, 0, 0);
		for (size_t i = 0; i < count; i++)
			write_record(w, e->fields, e->n_fields, items + i * e->size);
		end(w, 0);
		return;
	}
	case ARTEX_FT_RECORD: {
		const void *one = *(const void *const *)(const void *)at;
		if (!one)
			return;
		scalar(w, f->key, YAML_PLAIN_SCALAR_STYLE);
		write_record(w, f->entity->fields, f->entity->n_fields, one);
		return;
	}
	}
}

static void write_record(struct writer *w, const struct artex_field *fields, size_t n,
                         const void *record)
{
	start(w, 1, 0);
	for (size_t i = 0; i < n; i++)
		write_field(w, &fields[i], record);
	end(w, 1);
}

static int yaml_write(struct artex_buf *out, const struct artex_article *art,
                      const struct artex_export_opts *opts, struct artex_error *err)
{
	struct writer w = {.out = out};
	if (!yaml_emitter_initialize(&w.emitter))
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	yaml_emitter_set_output(&w.emitter, write_handler, out);
	yaml_emitter_set_unicode(&w.emitter, 1);
	yaml_emitter_set_width(&w.emitter, -1);
	yaml_emitter_set_indent(&w.emitter, 2);
	yaml_emitter_set_break(&w.emitter, YAML_LN_BREAK);
	yaml_event_t ev;
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	emit(&w, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	emit(&w, &ev);
	write_record(&w, artex__article_fields, artex__article_n_fields, art);
	yaml_document_end_event_initialize(&ev, 1);
	emit(&w, &ev);
	yaml_stream_end_event_initialize(&ev);
	emit(&w, &ev);
	int failed = w.failed;
	const char *problem = w.emitter.problem;
	if (failed)
		artex__error(err, out->oom ? ARTEX_ENOMEM : ARTEX_EINVALID, ARTEX_MSG_IO_WRITE,
		             "YAML output failed: %s", problem ? problem : "out of memory");
	yaml_emitter_delete(&w.emitter);
	return failed ? (err ? err->code : ARTEX_EINVALID) : 0;
}

const struct artex_exporter artex__exporter_yaml = {
	.name = "yaml",
	.suffix = ".yaml",
	.media_type = "application/yaml",
	.schema = "article.schema.json",
	.write = yaml_write,
};
