/* rank-dump FILE...: extracts each article and writes, as JSON lines, the
 * candidates of every quote and claim with their ranking features, for
 * scripts/fit-attribution. The first line names the features; each
 * article starts with {"article": STEM}. */
#include <stdio.h>
#include <string.h>

#include "artex.h"
#include "extract/rank.h"

static void put_stem(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	size_t n = dot ? (size_t)(dot - base) : strlen(base);
	printf("{\"article\":\"%.*s\"}\n", (int)n, base);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: rank-dump FILE...\n");
		return 2;
	}
	fputs("{\"features\":[", stdout);
	for (int k = 0; k < ARTEX_RF_COUNT; k++)
		printf(k ? ",\"%s\"" : "\"%s\"", artex__rank_feature_names[k]);
	fputs("]}\n", stdout);
	int status = 0;
	for (int i = 1; i < argc; i++) {
		struct artex_article *art = NULL;
		struct artex_error err;
		if (artex_article_read_file(&art, argv[i], NULL, &err) < 0) {
			fprintf(stderr, "%s: %s\n", argv[i], err.message);
			status = 1;
			continue;
		}
		put_stem(argv[i]);
		fflush(stdout);
		if (artex__article_extract_ranked(art, NULL, NULL, stdout, &err) < 0) {
			fprintf(stderr, "%s: %s\n", argv[i], err.message);
			status = 1;
		}
		artex_article_free(art);
	}
	return status;
}
