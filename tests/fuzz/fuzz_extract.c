/* Extraction on arbitrary text: the first byte chooses the language (none,
 * so that it is identified, or one of the tables), the rest is the article
 * after its date line. Whatever the text, extraction ends, its result
 * passes the model check, and it is the same on a second run. */
#include <stdlib.h>
#include <string.h>

#include "artex.h"
#include "fuzz_common.h"

static const char *const languages[] = {NULL, "en", "ru", "de", "uk", "fr", "es", "it"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *lang = languages[data[0] % (sizeof languages / sizeof *languages)];
	static const char head[] = "date 2024-01-02 Fuzz\n\n";
	size_t len = sizeof head - 1 + size - 1;
	char *text = malloc(len);
	if (!text)
		return 0;
	memcpy(text, head, sizeof head - 1);
	memcpy(text + sizeof head - 1, data + 1, size - 1);
	struct artex_article *art[2] = {NULL, NULL};
	struct artex_error err;
	struct artex_extract_opts opts = ARTEX_EXTRACT_OPTS_INIT;
	opts.language = lang;
	for (int run = 0; run < 2; run++) {
		if (artex_article_read(&art[run], text, len, "text", "fuzz", &err) < 0)
			goto done; /* the text reader's refusals are fuzz_text's concern */
		if (artex_article_extract(art[run], &opts, &err) < 0) {
			if (err.code == ARTEX_ENOMEM)
				goto done;
			artex_fuzz_broken("extraction failed", &err);
		}
		if (artex_article_check(art[run], &err) < 0)
			artex_fuzz_broken("an extracted article fails the model check", &err);
	}
	char *a, *b;
	size_t alen, blen;
	if (artex_article_export(&a, &alen, art[0], "yaml", NULL, &err) < 0 ||
	    artex_article_export(&b, &blen, art[1], "yaml", NULL, &err) < 0)
		artex_fuzz_broken("an extracted article cannot be exported", &err);
	if (alen != blen || memcmp(a, b, alen) != 0)
		artex_fuzz_broken("two runs extracted different things", &err);
	artex_free(a);
	artex_free(b);
done:
	artex_article_free(art[0]);
	artex_article_free(art[1]);
	free(text);
	return 0;
}
