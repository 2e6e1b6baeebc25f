/* The model as YAML: keys in the order of the model's field table, UTF-8
 * as is, no line folding, and strings quoted whenever a YAML 1.1 or 1.2
 * reader could take them for anything else. The bytes are libyaml's
 * emitter's (block style, indent 2, unlimited width); a direct writer
 * produces them for every string whose style it can tell for certain, and
 * an article holding any other string goes through the emitter itself. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "exporters/exporter.h"
#include "exporters/yaml.h"
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
	if (n == 0 || (n <= 5 && is_word(s, words)))
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

/* The records of an ARTEX_FT_ENTITIES field and their count. */
static const char *entity_items(const struct artex_field *f, const void *record, size_t *count)
{
	const char *base = record;
	*count = *(const size_t *)(const void *)(base + f->entity->count_offset);
	return *(const char *const *)(const void *)(base + f->entity->items_offset);
}

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
		size_t count;
		const char *items = entity_items(f, record, &count);
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

int artex__yaml_write_emitter(struct artex_buf *out, const struct artex_article *art,
                              struct artex_error *err)
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

/* ---- direct writer ---------------------------------------------------- */

struct direct {
	struct artex_buf *out;
	int unsure; /* a string whose style only the emitter decides for certain */
};

/* libyaml's IS_PRINTABLE on the UTF-8 sequence at p: it counts no
 * four-byte sequence, C1 control, surrogate, BOM, U+FFFE or U+FFFF. */
static int yaml_printable(const unsigned char *p)
{
	return p[0] == 0x0A || (p[0] >= 0x20 && p[0] <= 0x7E) || (p[0] == 0xC2 && p[1] >= 0xA0) ||
	       (p[0] > 0xC2 && p[0] < 0xED) || (p[0] == 0xED && p[1] < 0xA0) || p[0] == 0xEE ||
	       (p[0] == 0xEF && !(p[1] == 0xBB && p[2] == 0xBF) &&
	        !(p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)));
}

/* Length of the well-formed UTF-8 sequence at p (NUL-terminated), 0 if
 * there is none: the emitter rejects such text, so it decides. */
static size_t utf8_width(const unsigned char *p, uint32_t *cp)
{
	size_t n;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if ((p[0] & 0xE0) == 0xC0)
		n = 2, *cp = p[0] & 0x1F;
	else if ((p[0] & 0xF0) == 0xE0)
		n = 3, *cp = p[0] & 0x0F;
	else if ((p[0] & 0xF8) == 0xF0)
		n = 4, *cp = p[0] & 0x07;
	else
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (p[i] & 0x3F);
	}
	static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
	if (*cp < least[n] || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
		return 0;
	return n;
}

static int yaml_break(uint32_t cp)
{
	return cp == '\r' || cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

/* The double-quoted form libyaml writes with unicode output and no width
 * limit: printable characters as they are, the rest escaped. */
static void put_double_quoted(struct artex_buf *out, const unsigned char *s)
{
	artex_buf_putc(out, '"');
	const unsigned char *run = s;
	while (*s) {
		/* Most text is ASCII or two-byte letters, all written as is. */
		if ((*s >= 0x20 && *s <= 0x7E && *s != '"' && *s != '\\') ||
		    (*s >= 0xC3 && *s <= 0xDF && (s[1] & 0xC0) == 0x80)) {
			s += *s < 0x80 ? 1 : 2;
			continue;
		}
		uint32_t cp = 0;
		size_t n = utf8_width(s, &cp);
		if (yaml_printable(s) && !yaml_break(cp) && cp != '"' && cp != '\\' && cp != 0xFEFF) {
			s += n;
			continue;
		}
		artex_buf_put(out, run, (size_t)(s - run));
		s += n;
		run = s;
		char esc[12] = {'\\', 0};
		switch (cp) {
		case 0x00: esc[1] = '0'; break;
		case 0x07: esc[1] = 'a'; break;
		case 0x08: esc[1] = 'b'; break;
		case 0x09: esc[1] = 't'; break;
		case 0x0A: esc[1] = 'n'; break;
		case 0x0B: esc[1] = 'v'; break;
		case 0x0C: esc[1] = 'f'; break;
		case 0x0D: esc[1] = 'r'; break;
		case 0x1B: esc[1] = 'e'; break;
		case 0x22: esc[1] = '"'; break;
		case 0x5C: esc[1] = '\\'; break;
		case 0x85: esc[1] = 'N'; break;
		case 0xA0: esc[1] = '_'; break;
		case 0x2028: esc[1] = 'L'; break;
		case 0x2029: esc[1] = 'P'; break;
		default: {
			int width = cp <= 0xFF ? 2 : cp <= 0xFFFF ? 4 : 8;
			esc[1] = width == 2 ? 'x' : width == 4 ? 'u' : 'U';
			for (int k = 0; k < width; k++) {
				unsigned digit = (cp >> (4 * (width - 1 - k))) & 0x0F;
				esc[2 + k] = (char)(digit < 10 ? '0' + digit : 'A' + digit - 10);
			}
		}
		}
		artex_buf_puts(out, esc);
	}
	artex_buf_put(out, run, (size_t)(s - run));
	artex_buf_putc(out, '"');
}

static void direct_string(struct direct *d, const char *s)
{
	/* The emitter keeps a plain scalar plain unless it finds a character it
	 * must escape (then it quotes twice) or a line break (then it picks a
	 * style by rules not repeated here). */
	int plain = plain_is_safe(s), special = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		if ((*p >= 0x20 && *p <= 0x7E) || (*p >= 0xC3 && *p <= 0xDF && (p[1] & 0xC0) == 0x80)) {
			p += *p < 0x80 ? 1 : 2;
			continue;
		}
		uint32_t cp;
		size_t n = utf8_width(p, &cp);
		if (n == 0 || (plain && yaml_break(cp))) {
			d->unsure = 1;
			return;
		}
		if (!yaml_printable(p) || cp == 0xFEFF)
			special = 1;
		p += n;
	}
	if (plain && !special)
		artex_buf_puts(d->out, s);
	else
		put_double_quoted(d->out, (const unsigned char *)s);
}

static void indent_to(struct artex_buf *out, size_t indent)
{
	for (size_t i = 0; i < indent; i++)
		artex_buf_putc(out, ' ');
}

static void put_size(struct artex_buf *out, size_t v)
{
	char num[24];
	size_t n = sizeof num;
	do
		num[--n] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	artex_buf_put(out, num + n, sizeof num - n);
}

/* Whether write_field would write anything for `f`. */
static int field_present(const struct artex_field *f, const void *record)
{
	const char *at = (const char *)record + f->offset;
	switch (f->type) {
	case ARTEX_FT_STRING: return *(const char *const *)(const void *)at != NULL;
	case ARTEX_FT_STRLIST:
		return ((const struct artex_strlist *)(const void *)at)->count != 0 ||
		       (f->flags & ARTEX_FIELD_EMIT_EMPTY);
	case ARTEX_FT_NUMBER:
	case ARTEX_FT_ENUM: return 1;
	case ARTEX_FT_COUNT: return *(const size_t *)(const void *)at != 0;
	case ARTEX_FT_SPAN: return ((const struct artex_span *)(const void *)at)->end != 0;
	case ARTEX_FT_ENTITIES: {
		size_t count;
		entity_items(f, record, &count);
		return count != 0 || (f->flags & ARTEX_FIELD_EMIT_EMPTY);
	}
	case ARTEX_FT_RECORD: return *(const void *const *)(const void *)at != NULL;
	}
	return 0;
}

static void direct_record(struct direct *d, const struct artex_field *fields, size_t n,
                          const void *record, size_t indent, int in_sequence);

/* One "key: value" entry of a block mapping at `indent`; the caller has
 * written the indentation (or the "- " of the sequence item). */
static void direct_field(struct direct *d, const struct artex_field *f, const void *record,
                         size_t indent)
{
	struct artex_buf *out = d->out;
	const char *at = (const char *)record + f->offset;
	artex_buf_puts(out, f->key);
	artex_buf_putc(out, ':');
	switch (f->type) {
	case ARTEX_FT_STRING:
		artex_buf_putc(out, ' ');
		direct_string(d, *(const char *const *)(const void *)at);
		break;
	case ARTEX_FT_STRLIST: {
		const struct artex_strlist *l = (const void *)at;
		if (l->count == 0) {
			artex_buf_puts(out, " []");
			break;
		}
		for (size_t i = 0; i < l->count; i++) {
			artex_buf_putc(out, '\n');
			indent_to(out, indent);
			artex_buf_puts(out, "- ");
			direct_string(d, l->items[i]);
		}
		break;
	}
	case ARTEX_FT_NUMBER: {
		char num[64];
		artex__format_number(num, sizeof num, *(const double *)(const void *)at);
		artex_buf_putc(out, ' ');
		artex_buf_puts(out, num);
		break;
	}
	case ARTEX_FT_COUNT:
		artex_buf_putc(out, ' ');
		put_size(out, *(const size_t *)(const void *)at);
		break;
	case ARTEX_FT_ENUM:
		artex_buf_putc(out, ' ');
		artex_buf_puts(out, f->names[*(const int *)(const void *)at]);
		break;
	case ARTEX_FT_SPAN: {
		const struct artex_span *sp = (const void *)at;
		artex_buf_puts(out, " {field: ");
		artex_buf_puts(out, artex__span_field_names[sp->field]);
		artex_buf_puts(out, ", start: ");
		put_size(out, sp->start);
		artex_buf_puts(out, ", end: ");
		put_size(out, sp->end);
		artex_buf_putc(out, '}');
		break;
	}
	case ARTEX_FT_ENTITIES: {
		const struct artex_entity *e = f->entity;
		size_t count;
		const char *items = entity_items(f, record, &count);
		if (count == 0) {
			artex_buf_puts(out, " []");
			break;
		}
		artex_buf_putc(out, '\n');
		for (size_t i = 0; i < count; i++) {
			indent_to(out, indent);
			artex_buf_puts(out, "- ");
			direct_record(d, e->fields, e->n_fields, items + i * e->size, indent + 2, 1);
		}
		return; /* the record ended its own last line */
	}
	case ARTEX_FT_RECORD:
		/* A block mapping as a value: on the next lines, two further in. */
		artex_buf_putc(out, '\n');
		direct_record(d, f->entity->fields, f->entity->n_fields,
		              *(const void *const *)(const void *)at, indent + 2, 0);
		return;
	}
	artex_buf_putc(out, '\n');
}

/* A block mapping whose entries stand at `indent`; inside a sequence the
 * first entry follows the "- " already written. Ends with a newline. */
static void direct_record(struct direct *d, const struct artex_field *fields, size_t n,
                          const void *record, size_t indent, int in_sequence)
{
	int first = 1;
	for (size_t i = 0; i < n && !d->unsure; i++) {
		if (!field_present(&fields[i], record))
			continue;
		if (!(first && in_sequence))
			indent_to(d->out, indent);
		first = 0;
		direct_field(d, &fields[i], record, indent);
	}
	/* An empty mapping is written in flow style, left to the emitter. */
	if (first)
		d->unsure = 1;
}

int artex__yaml_write_direct(struct artex_buf *out, const struct artex_article *art)
{
	struct direct d = {.out = out};
	direct_record(&d, artex__article_fields, artex__article_n_fields, art, 0, 0);
	return d.unsure ? -1 : 0;
}

static int yaml_write(struct artex_buf *out, const struct artex_article *art,
                      const struct artex_export_opts *opts,
                      struct artex__export_shared *shared, struct artex_error *err)
{
	size_t start = out->len;
	if (artex__yaml_write_direct(out, art) == 0)
		return 0;
	out->len = start;
	return artex__yaml_write_emitter(out, art, err);
}

const struct artex_exporter artex__exporter_yaml = {
	.name = "yaml",
	.suffix = ".yaml",
	.media_type = "application/yaml",
	.schema = "article.schema.json",
	.write = yaml_write,
};
