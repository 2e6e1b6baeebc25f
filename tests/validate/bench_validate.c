/* In-process validator benchmark used by scripts/bench: reads every instance
 * into memory first, compiles the schema once, then times parse + validate
 * of all instances, on one thread and on THREADS threads sharing the schema.
 *
 * usage: bench_validate SCHEMA LISTFILE [THREADS]
 * LISTFILE holds one instance path per line. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "artex.h"
#include "util/fileio.h"

struct input {
	char *name;
	char *data;
	size_t len;
};

struct share {
	const struct artex_schema *schema;
	const struct input *in;
	size_t n, from, to;
	size_t invalid;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *run(void *p)
{
	struct share *s = p;
	for (size_t i = s->from; i < s->to; i++) {
		struct artex_error_list errs = {0};
		struct artex_error err;
		if (artex_schema_validate(&errs, s->schema, s->in[i].data, s->in[i].len, s->in[i].name,
		                          &err) != 0)
			s->invalid++;
		artex_error_list_dispose(&errs);
	}
	return NULL;
}

static double timed(const struct artex_schema *schema, const struct input *in, size_t n,
                    int threads, size_t *invalid)
{
	struct share sh[64];
	pthread_t th[64];
	double t0 = now();
	for (int t = 0; t < threads; t++) {
		sh[t] = (struct share){schema, in, n, n * (size_t)t / (size_t)threads,
		                       n * (size_t)(t + 1) / (size_t)threads, 0};
		if (t)
			pthread_create(&th[t], NULL, run, &sh[t]);
	}
	run(&sh[0]);
	for (int t = 1; t < threads; t++)
		pthread_join(th[t], NULL);
	double dt = now() - t0;
	*invalid = 0;
	for (int t = 0; t < threads; t++)
		*invalid += sh[t].invalid;
	return dt;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench_validate SCHEMA LISTFILE [THREADS]\n");
		return 2;
	}
	int threads = argc > 3 ? atoi(argv[3]) : 2;
	if (threads < 1 || threads > 64)
		threads = 2;
	struct artex_error err;
	struct artex_schema *schema = NULL;
	if (artex_schema_new_file(&schema, argv[1], NULL, &err) < 0) {
		fprintf(stderr, "%s: %s\n", argv[1], err.message);
		return 2;
	}
	FILE *list = fopen(argv[2], "r");
	if (!list) {
		perror(argv[2]);
		return 2;
	}
	struct input *in = NULL;
	size_t n = 0, cap = 0, bytes = 0;
	char line[4096];
	while (fgets(line, sizeof line, list)) {
		line[strcspn(line, "\n")] = '\0';
		if (!line[0])
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			in = realloc(in, cap * sizeof *in);
		}
		in[n].name = strdup(line);
		if (artex__file_read(&in[n].data, &in[n].len, line, &err) < 0) {
			fprintf(stderr, "%s: %s\n", line, err.message);
			return 2;
		}
		bytes += in[n].len;
		n++;
	}
	fclose(list);
	size_t invalid;
	timed(schema, in, n < 2000 ? n : 2000, 1, &invalid); /* warm caches and JIT */
	double t1 = timed(schema, in, n, 1, &invalid);
	printf("artex in-process parse+validate, 1 thread:  %zu instances (%.1f MB) in %.3f s = "
	       "%.0f instances/s (%zu invalid)\n", n, (double)bytes / 1e6, t1, (double)n / t1, invalid);
	double t2 = timed(schema, in, n, threads, &invalid);
	printf("artex in-process parse+validate, %d threads: %zu instances in %.3f s = "
	       "%.0f instances/s\n", threads, n, t2, (double)n / t2);
	for (size_t i = 0; i < n; i++) {
		free(in[i].name);
		free(in[i].data);
	}
	free(in);
	artex_schema_free(schema);
	return 0;
}
