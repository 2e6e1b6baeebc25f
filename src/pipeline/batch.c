/* Converting many inputs: one pipeline per input (read, extract, export,
 * check, write), run on a pool of threads, reported in input order. */
#define _GNU_SOURCE /* syncfs */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "artex.h"
#include "exporters/exporter.h"
#include "pipeline/pipeline.h"
#include "pipeline/pool.h"
#include "util/error.h"
#include "util/fileio.h"

#define MAX_FORMATS 16

struct item {
	int status;
	int skipped;
	size_t bytes;
	/* The failure, copied out of the worker only when there is one: a whole
	 * struct artex_error in every item cost over a kilobyte per input. */
	struct artex_error *error;
	struct artex_error_list errors; /* all of the input's errors, when it failed reading */
	char *written[MAX_FORMATS];
	size_t n_written;
	char **warnings;   /* the reader's, copied out of the article */
	size_t n_warnings;
	char *stdout_data; /* to_stdout: the one output, written by the emitting thread */
	size_t stdout_len;
};

struct batch {
	const struct artex_input_list *inputs;
	const struct artex_convert_opts *opts;
	const char *formats[MAX_FORMATS];
	size_t n_formats;
	const char *outdir;
	struct item *items;
	struct artex_convert_stats *stats;
	pthread_mutex_t lock; /* guards `failed` */
	int failed;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *output_path(const struct batch *b, const struct artex_input *in, const char *format)
{
	const char *suffix = artex_exporter_suffix(format);
	size_t len = strlen(b->outdir) + strlen(in->stem) + strlen(suffix) + 2;
	char *path = malloc(len);
	if (path)
		snprintf(path, len, "%s/%s%s", b->outdir, in->stem, suffix);
	return path;
}

static int newer_or_same(const struct stat *out, const struct stat *in)
{
	return out->st_mtim.tv_sec > in->st_mtim.tv_sec ||
	       (out->st_mtim.tv_sec == in->st_mtim.tv_sec &&
	        out->st_mtim.tv_nsec >= in->st_mtim.tv_nsec);
}

static int up_to_date(const struct batch *b, const struct artex_input *in)
{
	struct stat sin, sout;
	if (strcmp(in->path, "-") == 0 || stat(in->path, &sin) != 0)
		return 0;
	for (size_t f = 0; f < b->n_formats; f++) {
		char *path = output_path(b, in, b->formats[f]);
		int fresh = path && stat(path, &sout) == 0 && newer_or_same(&sout, &sin);
		free(path);
		if (!fresh)
			return 0;
	}
	return 1;
}

/* Creates the folders above `path` below the output folder. */
static int make_parents(const char *path, size_t from, struct artex_error *err)
{
	char *copy = strdup(path);
	if (!copy)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	int rc = 0;
	for (char *p = copy + from; (p = strchr(p, '/')); p++) {
		*p = '\0';
		if (mkdir(copy, 0777) != 0 && errno != EEXIST) {
			rc = artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "cannot create folder: %s",
			                  strerror(errno));
			artex__error_file(err, copy);
			break;
		}
		*p = '/';
	}
	free(copy);
	return rc;
}

static void keep_warnings(struct item *it, const struct artex_article *art)
{
	size_t n = artex_article_warning_count(art);
	if (n == 0 || !(it->warnings = calloc(n, sizeof *it->warnings)))
		return;
	for (size_t k = 0; k < n; k++)
		if ((it->warnings[it->n_warnings] = strdup(artex_article_warning(art, k))))
			it->n_warnings++;
}

static void free_warnings(struct item *it)
{
	for (size_t k = 0; k < it->n_warnings; k++)
		free(it->warnings[k]);
	free(it->warnings);
	it->warnings = NULL;
	it->n_warnings = 0;
}

/* All outputs of one input or none: everything that can be checked is
 * checked before the first file is written, and when a write still fails
 * the files this input already wrote are removed. */
static int write_outputs(struct batch *b, const struct artex_input *in, struct item *it,
                         char **data, const size_t *len, struct artex_error *err)
{
	const struct artex_convert_opts *o = b->opts;
	char *paths[MAX_FORMATS] = {0};
	int rc = 0;
	struct stat sin, sout;
	int have_in = stat(in->path, &sin) == 0;
	for (size_t f = 0; rc == 0 && f < b->n_formats; f++) {
		if (!(paths[f] = output_path(b, in, b->formats[f]))) {
			rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		} else if (have_in && stat(paths[f], &sout) == 0 && sin.st_dev == sout.st_dev &&
		           sin.st_ino == sout.st_ino) {
			rc = artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_IO_WRITE,
			                  "output would overwrite the input; choose another -o");
			artex__error_file(err, paths[f]);
		}
	}
	/* Folders are made (like mkdir -p, the output folder included) only
	 * when a write finds its folder missing: an input that fails leaves no
	 * folder behind, and the common case costs no mkdir at all. */
	int made = 0;
	for (size_t f = 0; rc == 0 && f < b->n_formats; f++) {
		rc = artex__file_write(paths[f], data[f], len[f], o->fsync_each, err);
		if (rc == ARTEX_EIO && errno == ENOENT && !made) {
			made = 1;
			artex__error_clear(err);
			if ((rc = make_parents(paths[f], 1, err)) == 0)
				rc = artex__file_write(paths[f], data[f], len[f], o->fsync_each, err);
		}
		if (rc == 0) {
			it->written[it->n_written++] = paths[f];
			paths[f] = NULL;
		}
	}
	if (rc < 0) {
		for (size_t k = 0; k < it->n_written; k++) {
			unlink(it->written[k]);
			free(it->written[k]);
		}
		it->n_written = 0;
	}
	for (size_t f = 0; f < b->n_formats; f++)
		free(paths[f]);
	return rc;
}

static void work(void *ctx, size_t i)
{
	struct batch *b = ctx;
	const struct artex_convert_opts *o = b->opts;
	const struct artex_input *in = &b->inputs->items[i];
	struct item *it = &b->items[i];
	struct artex_error error = {0};
	struct artex_error *err = &error;
	if (o->incremental && up_to_date(b, in)) {
		it->skipped = 1;
		return;
	}
	char *data[MAX_FORMATS] = {0};
	size_t len[MAX_FORMATS] = {0};
	struct artex_article *art = NULL;
	struct artex_convert_opts with_errors = *o;
	with_errors.read_opts.errors = &it->errors;
	with_errors.read_opts.max_errors = ARTEX__MAX_ERRORS;
	int rc = artex__pipeline_article(&art, in->path, NULL, 0, &with_errors, &it->bytes, err);
	if (rc == 0)
		keep_warnings(it, art);
	struct artex__export_shared shared = ARTEX__EXPORT_SHARED_INIT;
	for (size_t f = 0; rc == 0 && f < b->n_formats; f++)
		rc = artex__pipeline_export(&data[f], &len[f], art, b->formats[f], o, in->path, &shared,
		                            err);
	artex__export_shared_dispose(&shared);
	if (rc == 0 && o->to_stdout) {
		it->stdout_data = data[0];
		it->stdout_len = len[0];
		data[0] = NULL;
	} else if (rc == 0 && !o->check_only) {
		rc = write_outputs(b, in, it, data, len, err);
	}
	for (size_t f = 0; f < b->n_formats; f++)
		free(data[f]);
	artex_article_free(art);
	it->status = rc;
	if (rc < 0 && !err->file[0])
		artex__error_file(err, in->path);
	if (rc < 0 && (it->error = malloc(sizeof *it->error)))
		*it->error = error;
	if (rc < 0 && o->fail_fast) {
		pthread_mutex_lock(&b->lock);
		b->failed = 1;
		pthread_mutex_unlock(&b->lock);
	}
}

static int worse(int a, int b)
{
	/* ARTEX_EINVALID (bad data) is less severe than usage or I/O errors. */
	if (a == 0)
		return b;
	if (b == 0 || a == b)
		return a;
	return a == ARTEX_EINVALID ? b : a;
}

static void emit(void *ctx, size_t i)
{
	struct batch *b = ctx;
	struct item *it = &b->items[i];
	struct artex_convert_stats *s = b->stats;
	/* What is reported when not even the failure could be kept. */
	static const struct artex_error unkept = {.code = ARTEX_ENOMEM, .message = "out of memory"};
	if (it->stdout_data) {
		if (artex__write_fd(STDOUT_FILENO, it->stdout_data, it->stdout_len) < 0) {
			int why = errno;
			free(it->error);
			it->error = calloc(1, sizeof *it->error);
			it->status = artex__error(it->error, ARTEX_EIO, ARTEX_MSG_IO_WRITE,
			                          "cannot write to standard output: %s", strerror(why));
			artex__error_file(it->error, "-");
		}
		free(it->stdout_data);
		it->stdout_data = NULL;
	}
	if (it->status < 0)
		s->failed++;
	else if (it->skipped)
		s->skipped++;
	else
		s->converted++;
	s->bytes += it->bytes;
	s->worst = worse(s->worst, it->status);
	if (b->opts->report) {
		const struct artex_error *failure = it->error ? it->error : &unkept;
		struct artex_convert_result r = {
			.input = b->inputs->items[i].path,
			.index = i,
			.status = it->status,
			.error = it->status < 0 ? failure : NULL,
			/* Later failures (a write, an export) have one error. */
			.errors = it->status < 0 ? (it->errors.count > 1 ? it->errors.items : failure)
			                         : NULL,
			.n_errors = it->status < 0 ? (it->errors.count > 1 ? it->errors.count : 1) : 0,
			.skipped = it->skipped,
			.bytes = it->bytes,
			.written = (const char *const *)it->written,
			.n_written = it->n_written,
			.warnings = (const char *const *)it->warnings,
			.n_warnings = it->n_warnings,
		};
		b->opts->report(b->opts->ctx, &r);
	}
	free_warnings(it);
	artex_error_list_dispose(&it->errors);
	free(it->error);
	it->error = NULL;
	for (size_t k = 0; k < it->n_written; k++)
		free(it->written[k]);
	it->n_written = 0;
}

static int should_stop(void *ctx)
{
	struct batch *b = ctx;
	if (b->opts->cancelled && b->opts->cancelled(b->opts->ctx))
		return 1;
	pthread_mutex_lock(&b->lock);
	int failed = b->failed;
	pthread_mutex_unlock(&b->lock);
	return failed;
}

static int cmp_stem(const void *x, const void *y)
{
	const struct artex_input *a = *(const struct artex_input *const *)x;
	const struct artex_input *b = *(const struct artex_input *const *)y;
	return strcmp(a->stem, b->stem);
}

/* Two inputs with one stem would write the same files; refuse up front
 * rather than let the later silently replace the earlier. */
static int stems_unique(const struct artex_input_list *inputs, const char *outdir,
                        struct artex_error *err)
{
	if (inputs->count < 2)
		return 0;
	const struct artex_input **sorted = malloc(inputs->count * sizeof *sorted);
	if (!sorted)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	for (size_t i = 0; i < inputs->count; i++)
		sorted[i] = &inputs->items[i];
	qsort(sorted, inputs->count, sizeof *sorted, cmp_stem);
	int rc = 0;
	for (size_t i = 1; i < inputs->count; i++) {
		if (strcmp(sorted[i - 1]->stem, sorted[i]->stem) == 0) {
			rc = artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
			                  "%s and %s would both write %s/%s.*", sorted[i - 1]->path,
			                  sorted[i]->path, outdir, sorted[i]->stem);
			break;
		}
	}
	free(sorted);
	return rc;
}

int artex__pipeline_formats(const char **formats, size_t *n, const struct artex_convert_opts *o,
                            struct artex_error *err)
{
	*n = 0;
	int rc = artex__pipeline_check_opts(o, err);
	if (rc < 0)
		return rc;
	if (!o->formats) {
		for (size_t i = 0; artex_exporter_name(i) && *n < MAX_FORMATS; i++)
			formats[(*n)++] = artex_exporter_name(i);
		return 0;
	}
	if (o->n_formats == 0 || o->n_formats > MAX_FORMATS)
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
		                    "between 1 and %d output formats", MAX_FORMATS);
	for (size_t i = 0; i < o->n_formats; i++) {
		if (!artex_exporter_suffix(o->formats[i]))
			return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
			                    "unknown output format \"%s\"", o->formats[i]);
		formats[(*n)++] = o->formats[i];
	}
	return 0;
}

int artex_convert_batch(const struct artex_input_list *inputs,
                        const struct artex_convert_opts *opts, struct artex_convert_stats *stats,
                        struct artex_error *err)
{
	struct batch b = {.inputs = inputs, .opts = opts, .stats = stats};
	memset(stats, 0, sizeof *stats);
	artex__error_clear(err);
	int rc = artex__pipeline_formats(b.formats, &b.n_formats, opts, err);
	if (rc < 0)
		return rc;
	if (opts->to_stdout && (inputs->count != 1 || b.n_formats != 1))
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
		                    "standard output takes one input in one format");
	b.outdir = opts->outdir ? opts->outdir : ".";
	if (!opts->to_stdout && !opts->check_only) {
		/* A missing output folder is made when the first output is written. */
		struct stat st;
		if (stat(b.outdir, &st) == 0 && !S_ISDIR(st.st_mode)) {
			artex__error(err, ARTEX_EIO, ARTEX_MSG_IO_WRITE, "the output folder is a file");
			artex__error_file(err, b.outdir);
			return ARTEX_EIO;
		}
		if ((rc = stems_unique(inputs, b.outdir, err)) < 0)
			return rc;
	}
	artex__pipeline_init();
	b.items = calloc(inputs->count ? inputs->count : 1, sizeof *b.items);
	if (!b.items)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	pthread_mutex_init(&b.lock, NULL);
	double start = now();
	struct artex_pool_task task = {
		.n = inputs->count,
		.jobs = opts->jobs,
		.work = work,
		.emit = emit,
		.should_stop = should_stop,
		.ctx = &b,
	};
	long done = artex__pool_run(&task);
	if (done < 0) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "cannot start worker threads");
	} else {
		stats->interrupted = (size_t)done < inputs->count && opts->cancelled &&
		                     opts->cancelled(opts->ctx);
		/* Items stopped before they started still own nothing; items done but
		 * not emitted cannot exist, since emission follows completion. */
		if (!opts->fsync_each && !opts->check_only && !opts->to_stdout &&
		    stats->converted > 0)
			rc = artex__sync_dir(b.outdir, err);
	}
	stats->seconds = now() - start;
	for (size_t i = 0; i < inputs->count; i++) {
		free(b.items[i].stdout_data);
		free(b.items[i].error);
		free_warnings(&b.items[i]);
		artex_error_list_dispose(&b.items[i].errors);
	}
	pthread_mutex_destroy(&b.lock);
	free(b.items);
	return rc;
}
