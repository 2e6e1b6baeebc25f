/* In-process timing of the web page reader over a list of pages: decoding,
 * parsing, metadata and the body search, with the model check; no
 * extraction and no exporter. One thread; pages are loaded first, and the
 * list is read ROUNDS times (default 3) so the figure is not one cold pass.
 * usage: bench_html LIST_FILE [ROUNDS] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "artex.h"
#include "util/fileio.h"

struct input {
	char *data;
	size_t len;
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: bench_html LIST_FILE [ROUNDS]\n");
		return 2;
	}
	int rounds = argc == 3 ? atoi(argv[2]) : 3;
	FILE *list = fopen(argv[1], "r");
	if (!list || rounds < 1)
		return 2;
	struct input *in = NULL;
	size_t n = 0, cap = 0, bytes = 0, failed = 0;
	char path[4096];
	struct artex_error err;
	while (fgets(path, sizeof path, list)) {
		path[strcspn(path, "\n")] = '\0';
		if (!*path)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			struct input *grown = realloc(in, cap * sizeof *in);
			if (!grown)
				return 1;
			in = grown;
		}
		if (artex__file_read(&in[n].data, &in[n].len, path, &err) < 0)
			return 1;
		bytes += in[n++].len;
	}
	fclose(list);
	double t0 = now();
	for (int r = 0; r < rounds; r++) {
		for (size_t i = 0; i < n; i++) {
			struct artex_article *art;
			if (artex_article_read(&art, in[i].data, in[i].len, "html", "page.html", &err) < 0)
				failed++;
			else
				artex_article_free(art);
		}
	}
	double secs = now() - t0;
	double pages = (double)n * rounds;
	printf("artex html reader, in process, 1 thread: %.0f pages/s, %.1f MB/s (%zu pages, %zu failed)\n",
	       pages / secs, (double)bytes * rounds / 1e6 / secs, n, failed / (size_t)rounds);
	for (size_t i = 0; i < n; i++)
		free(in[i].data);
	free(in);
	return 0;
}
