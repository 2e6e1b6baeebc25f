/* Streaming mode: NDJSON in, NDJSON out, in order, in bounded chunks so
 * memory stays flat however long the stream is. */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "artex.h"
#include "exporters/exporter.h"
#include "model/model.h"
#include "pipeline/pipeline.h"
#include "pipeline/pool.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/fileio.h"

#define MAX_FORMATS 16
#define LINES_PER_JOB 64

struct record {
	char *line;   /* NULL: the line was too long and only its number is kept */
	size_t len;
	size_t number;
	char *output; /* the line to write, with its newline */
	size_t output_len;
	int status;
};

struct stream {
	const struct artex_convert_opts *opts;
	const char *formats[MAX_FORMATS];
	size_t n_formats;
	struct record *records;
	size_t n;
	struct artex_convert_stats *stats;
	int out_fd;
	int write_failed;
	int write_errno;
};

/* Reads lines from a descriptor without ever holding more than one line
 * of at most ARTEX_MAX_INPUT bytes; longer lines are skipped and flagged. */
struct line_reader {
	int fd;
	char buf[65536];
	size_t start, end;
	int eof;
	size_t number;
};

/* 1 with a line (*line malloc'd, or NULL when too long), 0 at the end, -1
 * on a read error. */
static int next_line(struct line_reader *r, char **line, size_t *len)
{
	struct artex_buf b = ARTEX_BUF_INIT;
	int too_long = 0, any = 0;
	for (;;) {
		if (r->start == r->end) {
			if (r->eof)
				break;
			ssize_t n = read(r->fd, r->buf, sizeof r->buf);
			if (n < 0) {
				if (errno == EINTR)
					continue;
				artex_buf_dispose(&b);
				return -1;
			}
			if (n == 0) {
				r->eof = 1;
				break;
			}
			r->start = 0;
			r->end = (size_t)n;
		}
		any = 1;
		char *nl = memchr(r->buf + r->start, '\n', r->end - r->start);
		size_t take = nl ? (size_t)(nl - (r->buf + r->start)) : r->end - r->start;
		if (!too_long && b.len + take > ARTEX_MAX_INPUT) {
			too_long = 1;
			artex_buf_dispose(&b);
		}
		if (!too_long)
			artex_buf_put(&b, r->buf + r->start, take);
		r->start += take + (nl != NULL);
		if (nl)
			break;
	}
	if (!any) {
		artex_buf_dispose(&b);
		return 0;
	}
	r->number++;
	if (too_long || b.oom) {
		artex_buf_dispose(&b);
		*line = NULL;
		*len = 0;
		return 1;
	}
	*line = artex_buf_detach(&b, len);
	return 1;
}

static json_t *error_json(const struct artex_error *e)
{
	json_t *o = json_object();
	char id[16];
	snprintf(id, sizeof id, "ARTEX-%03d", e->msg_id);
	json_object_set_new(o, "id", json_string(id));
	json_object_set_new(o, "message", json_string(e->message));
	if (e->line > 0) {
		json_object_set_new(o, "line", json_integer(e->line));
		json_object_set_new(o, "column", json_integer(e->column));
	}
	if (e->pointer[0])
		json_object_set_new(o, "pointer", json_string(e->pointer));
	return o;
}

static void fail_record(json_t *errors, struct record *rec, int status,
                        const struct artex_error *e)
{
	json_array_append_new(errors, error_json(e));
	if (rec->status == 0 || status != ARTEX_EINVALID)
		rec->status = status;
}

/* The id of the input line: its "id" (a string, or a number as is);
 * for schema.org JSON-LD, which has none, its "@id" or "url". */
static json_t *line_id(const json_t *obj)
{
	const json_t *id = json_object_get(obj, "id");
	if (json_is_string(id) || json_is_integer(id))
		return json_copy((json_t *)id);
	static const char *const iris[] = {"@id", "url"};
	for (size_t i = 0; i < 2; i++)
		if (json_is_string(id = json_object_get(obj, iris[i])))
			return json_copy((json_t *)id);
	return json_null();
}

static void convert_record(struct stream *s, struct record *rec, json_t *result, json_t *errors)
{
	struct artex_error err;
	artex__error_clear(&err);
	if (!rec->line) {
		artex__error(&err, ARTEX_EINVALID, ARTEX_MSG_INPUT_TOO_LARGE,
		             "line %zu is longer than %zu MiB", rec->number, ARTEX_MAX_INPUT >> 20);
		fail_record(errors, rec, ARTEX_EINVALID, &err);
		return;
	}
	json_error_t jerr;
	json_t *in = json_loadb(rec->line, rec->len, JSON_REJECT_DUPLICATES, &jerr);
	if (!json_is_object(in)) {
		if (in)
			artex__error(&err, ARTEX_EINVALID, ARTEX_MSG_DATA_WRONG_TYPE,
			             "line %zu is not a JSON object", rec->number);
		else
			artex__error(&err, ARTEX_EPARSE, ARTEX_MSG_JSON_SYNTAX, "line %zu: %s",
			             rec->number, jerr.text);
		artex__error_at(&err, NULL, (int)rec->number, in ? 1 : jerr.column);
		fail_record(errors, rec, ARTEX_EINVALID, &err);
		json_decref(in);
		return;
	}
	json_object_set_new(result, "id", line_id(in));
	const json_t *text = json_object_get(in, "text");
	struct artex_convert_opts o = *s->opts;
	struct artex_article *art = NULL;
	size_t bytes;
	int rc;
	if (text) {
		if (!json_is_string(text)) {
			artex__error(&err, ARTEX_EINVALID, ARTEX_MSG_DATA_WRONG_TYPE,
			             "\"text\" must be a string");
			artex__error_pointer(&err, "/text");
			fail_record(errors, rec, ARTEX_EINVALID, &err);
			json_decref(in);
			return;
		}
		o.input_format = "text";
		rc = artex__pipeline_article(&art, "-", json_string_value(text),
		                             json_string_length(text), &o, &bytes, &err);
	} else if (json_object_get(in, "@context") || json_object_get(in, "@type") ||
	           json_object_get(in, "@graph")) {
		/* schema.org JSON-LD, as pages embed it, one object per line. */
		o.input_format = "jsonld";
		rc = artex__pipeline_article(&art, "-", rec->line, rec->len, &o, &bytes, &err);
	} else {
		/* A model object: JSON is YAML, and the YAML reader reads the model. */
		o.input_format = "yaml";
		rc = artex__pipeline_article(&art, "-", rec->line, rec->len, &o, &bytes, &err);
	}
	if (rc == 0 && text && json_is_string(json_object_get(in, "id")) &&
	    artex__valid_id(json_string_value(json_object_get(in, "id"))))
		art->id = artex__article_str(art, json_string_value(json_object_get(in, "id")));
	json_decref(in);
	if (rc < 0) {
		fail_record(errors, rec, rc, &err);
		return;
	}
	if (artex_article_warning_count(art)) {
		json_t *warnings = json_array();
		for (size_t k = 0; k < artex_article_warning_count(art); k++)
			json_array_append_new(warnings, json_string(artex_article_warning(art, k)));
		json_object_set_new(result, "warnings", warnings);
	}
	struct artex__export_shared shared = ARTEX__EXPORT_SHARED_INIT;
	for (size_t f = 0; f < s->n_formats; f++) {
		char *data;
		size_t len;
		if (artex__pipeline_export(&data, &len, art, s->formats[f], s->opts, "-", &shared,
		                           &err) < 0) {
			fail_record(errors, rec, err.code, &err);
			continue;
		}
		/* JSON outputs nest as objects, the others as text. */
		json_t *v = NULL;
		if (strcmp(s->formats[f], "jsonld") == 0 || strcmp(s->formats[f], "ninjs") == 0)
			v = json_loadb(data, len, 0, NULL);
		if (!v)
			v = json_stringn(data, len);
		json_object_set_new(result, s->formats[f], v);
		free(data);
	}
	artex__export_shared_dispose(&shared);
	artex_article_free(art);
}

static void work(void *ctx, size_t i)
{
	struct stream *s = ctx;
	struct record *rec = &s->records[i];
	json_t *result = json_object();
	json_t *errors = json_array();
	json_object_set_new(result, "id", json_null());
	convert_record(s, rec, result, errors);
	json_object_set_new(result, "errors", errors);
	struct artex_buf b = ARTEX_BUF_INIT;
	char *text = json_dumps(result, JSON_COMPACT);
	json_decref(result);
	if (text) {
		artex_buf_puts(&b, text);
		artex_buf_putc(&b, '\n');
		free(text);
	}
	rec->output = artex_buf_detach(&b, &rec->output_len);
	free(rec->line);
	rec->line = NULL;
}

static void emit(void *ctx, size_t i)
{
	struct stream *s = ctx;
	struct record *rec = &s->records[i];
	if (!s->write_failed && artex__write_fd(s->out_fd, rec->output, rec->output_len) < 0) {
		s->write_failed = 1;
		s->write_errno = errno;
	}
	if (rec->status < 0)
		s->stats->failed++;
	else
		s->stats->converted++;
	if (rec->status < 0 && (s->stats->worst == 0 || rec->status != ARTEX_EINVALID))
		s->stats->worst = rec->status;
	free(rec->output);
	rec->output = NULL;
}

static int should_stop(void *ctx)
{
	struct stream *s = ctx;
	return s->write_failed || (s->opts->cancelled && s->opts->cancelled(s->opts->ctx));
}

int artex_convert_ndjson(int in_fd, int out_fd, const struct artex_convert_opts *opts,
                         struct artex_convert_stats *stats, struct artex_error *err)
{
	struct stream s = {.opts = opts, .stats = stats, .out_fd = out_fd};
	memset(stats, 0, sizeof *stats);
	int rc = artex__pipeline_formats(s.formats, &s.n_formats, opts, err);
	if (rc < 0)
		return rc;
	artex__pipeline_init();
	int jobs = artex__pool_jobs(opts->jobs);
	size_t chunk = (size_t)jobs * LINES_PER_JOB;
	s.records = calloc(chunk, sizeof *s.records);
	if (!s.records)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	struct line_reader *reader = calloc(1, sizeof *reader);
	if (!reader) {
		free(s.records);
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	}
	reader->fd = in_fd;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		s.n = 0;
		while (s.n < chunk) {
			char *line;
			size_t len;
			int got = next_line(reader, &line, &len);
			if (got < 0) {
				rc = artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_READ, "cannot read: %s",
				                  strerror(errno));
				artex__error_file(err, "-");
				break;
			}
			if (got == 0)
				break;
			size_t k = 0;
			while (line && k < len && strchr(" \t\r", line[k]))
				k++;
			if (line && k == len) { /* blank lines are no input */
				free(line);
				continue;
			}
			s.records[s.n++] = (struct record){.line = line, .len = len,
			                                   .number = reader->number};
			stats->bytes += len;
		}
		if (s.n == 0 || rc < 0)
			break;
		struct artex_pool_task task = {.n = s.n, .jobs = jobs, .work = work, .emit = emit,
		                               .should_stop = should_stop, .ctx = &s};
		long done = artex__pool_run(&task);
		for (size_t i = 0; i < s.n; i++) {
			free(s.records[i].line);
			free(s.records[i].output);
		}
		if (done < 0) {
			rc = artex__error(err, ARTEX_ENOMEM, 0, "cannot start worker threads");
			break;
		}
		if (s.write_failed) {
			rc = artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "cannot write: %s",
			                  strerror(s.write_errno));
			artex__error_file(err, "-");
			break;
		}
		if ((size_t)done < s.n || reader->eof) {
			stats->interrupted = (size_t)done < s.n;
			break;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	stats->seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	free(reader);
	free(s.records);
	return rc;
}
