/* In-process timings of each pipeline stage over a list of text articles:
 * read+extract, each exporter alone, each output check alone, and the full
 * pipeline. One thread; inputs are loaded into memory first.
 * usage: bench_pipeline LIST_FILE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "artex.h"
#include "exporters/exporter.h"
#include "pipeline/pipeline.h"
#include "util/buf.h"
#include "util/fileio.h"
#include "validate/output.h"

struct input {
	char *name, *data;
	size_t len;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void line(const char *stage, size_t n, size_t bytes, double secs)
{
	printf("%-34s %9.0f articles/s %8.1f MB/s\n", stage, (double)n / secs,
	       (double)bytes / 1e6 / secs);
}

static void die(const char *what, const struct artex_error *err)
{
	char msg[1024];
	fprintf(stderr, "%s: %s\n", what, artex_error_format(msg, sizeof msg, err));
	exit(1);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: bench_pipeline LIST_FILE\n");
		return 2;
	}
	FILE *list = fopen(argv[1], "r");
	if (!list)
		return 2;
	struct input *in = NULL;
	size_t n = 0, cap = 0, bytes = 0;
	char path[4096];
	struct artex_error err;
	while (fgets(path, sizeof path, list)) {
		path[strcspn(path, "\n")] = '\0';
		if (!*path)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			in = realloc(in, cap * sizeof *in);
		}
		in[n].name = strdup(path);
		if (artex__file_read(&in[n].data, &in[n].len, path, &err) < 0)
			die(path, &err);
		bytes += in[n].len;
		n++;
	}
	fclose(list);
	artex__pipeline_init();
	struct artex_convert_opts opts = ARTEX_CONVERT_OPTS_INIT;
	struct artex_article **arts = calloc(n, sizeof *arts);
	size_t dummy;

	double t0 = now();
	for (size_t i = 0; i < n; i++) {
		struct artex_article *a;
		if (artex_article_read(&a, in[i].data, in[i].len, "text", in[i].name, &err) < 0)
			die(in[i].name, &err);
		artex_article_free(a);
	}
	line("read (text reader + model check)", n, bytes, now() - t0);

	t0 = now();
	for (size_t i = 0; i < n; i++)
		if (artex__pipeline_article(&arts[i], in[i].name, in[i].data, in[i].len, &opts, &dummy,
		                            &err) < 0)
			die(in[i].name, &err);
	line("read + extract", n, bytes, now() - t0);

	double full = now() - t0;
	size_t n_formats = 0;
	for (size_t f = 0; artex_exporter_name(f); f++, n_formats++) {
		const struct artex_exporter *e = artex__exporter_find(artex_exporter_name(f));
		struct artex_buf *outs = calloc(n, sizeof *outs);
		static const struct artex_export_opts eo = ARTEX_EXPORT_OPTS_INIT;
		char stage[64];
		t0 = now();
		size_t out_bytes = 0;
		for (size_t i = 0; i < n; i++) {
			struct artex__export_shared shared = ARTEX__EXPORT_SHARED_INIT;
			if (e->write(&outs[i], arts[i], &eo, &shared, &err) < 0)
				die(in[i].name, &err);
			artex__export_shared_dispose(&shared);
			out_bytes += outs[i].len;
		}
		double t_write = now() - t0;
		snprintf(stage, sizeof stage, "export %s", e->name);
		line(stage, n, out_bytes, t_write);
		double t_check = 0;
		if (e->schema) {
			t0 = now();
			for (size_t i = 0; i < n; i++)
				if (artex__validate_output(e->schema, e->media_type, outs[i].data,
				                           outs[i].len, e->name, &err) < 0)
					die(in[i].name, &err);
			t_check = now() - t0;
			snprintf(stage, sizeof stage, "check %s (%s)", e->name, e->schema);
			line(stage, n, out_bytes, t_check);
		}
		full += t_write + t_check;
		for (size_t i = 0; i < n; i++)
			artex_buf_dispose(&outs[i]);
		free(outs);
	}
	line("full pipeline (sum of the stages)", n, bytes, full);

	/* The whole path as the CLI runs it per input, minus file writes. */
	t0 = now();
	for (size_t i = 0; i < n; i++) {
		struct artex_article *a;
		if (artex__pipeline_article(&a, in[i].name, in[i].data, in[i].len, &opts, &dummy, &err) < 0)
			die(in[i].name, &err);
		for (size_t f = 0; f < n_formats; f++) {
			char *out;
			size_t len;
			if (artex_article_export(&out, &len, a, artex_exporter_name(f), NULL, &err) < 0)
				die(in[i].name, &err);
			artex_free(out);
		}
		artex_article_free(a);
	}
	line("full pipeline (one pass, no writes)", n, bytes, now() - t0);

	for (size_t i = 0; i < n; i++) {
		artex_article_free(arts[i]);
		free(in[i].name);
		free(in[i].data);
	}
	free(arts);
	free(in);
	return 0;
}
