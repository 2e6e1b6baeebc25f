#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artex.h"

void artex_fuzz_broken(const char *what, const struct artex_error *err)
{
	char line[2048];
	fprintf(stderr, "broken promise: %s: %s\n", what, artex_error_format(line, sizeof line, err));
	abort();
}

/* A reader that takes the exporter's output, if any. */
static const char *reader_for(const char *exporter)
{
	for (size_t i = 0; artex_reader_name(i); i++)
		if (strcmp(artex_reader_name(i), exporter) == 0)
			return exporter;
	return NULL;
}

void artex_fuzz_one(const uint8_t *data, size_t size, const char *format)
{
	struct artex_article *art;
	struct artex_error err;
	/* Every error collected, as the command line reads: readers then go on
	 * past wrong values, a path a first-error read never takes. */
	struct artex_error_list all = {0};
	struct artex_read_opts opts = ARTEX_READ_OPTS_INIT;
	opts.errors = &all;
	opts.max_errors = 20;
	int rc = artex_article_read_opts(&art, (const char *)data, size, format, "fuzz", &opts, &err);
	if (rc < 0) {
		/* A refusal must say what and where. */
		if (!err.message[0] || err.code >= 0)
			artex_fuzz_broken("error without a message or code", &err);
		for (size_t i = 0; i < all.count; i++)
			if (!all.items[i].message[0] || all.items[i].code >= 0)
				artex_fuzz_broken("a listed error without a message or code", &all.items[i]);
		artex_error_list_dispose(&all);
		return;
	}
	artex_error_list_dispose(&all);
	if (artex_article_check(art, &err) < 0)
		artex_fuzz_broken("a read article fails the model check", &err);
	for (size_t i = 0; artex_exporter_name(i); i++) {
		const char *name = artex_exporter_name(i);
		char *out;
		size_t len;
		if (artex_article_export(&out, &len, art, name, NULL, &err) < 0)
			artex_fuzz_broken("a checked article cannot be exported", &err);
		if (strlen(out) != len)
			artex_fuzz_broken("output holds a NUL byte", &err);
		const char *back = reader_for(name);
		if (back) {
			struct artex_article *again;
			if (artex_article_read(&again, out, len, back, "fuzz-output", &err) < 0)
				artex_fuzz_broken("an output cannot be read back", &err);
			char *out2;
			size_t len2;
			if (artex_article_export(&out2, &len2, again, name, NULL, &err) < 0)
				artex_fuzz_broken("a re-read article cannot be exported", &err);
			if (len2 != len || memcmp(out, out2, len) != 0) {
				fprintf(stderr, "exporter %s:\n%.*s\n---\n%.*s\n", name, (int)len, out,
				        (int)len2, out2);
				artex_fuzz_broken("the round trip changed the output", &err);
			}
			artex_free(out2);
			artex_article_free(again);
		}
		artex_free(out);
	}
	artex_article_free(art);
}
