#include <stdlib.h>
#include <string.h>

#include "readers/reader.h"
#include "util/error.h"

static const struct artex_reader *const readers[] = {
	&artex__reader_tei,
	&artex__reader_text,
	&artex__reader_yaml,
	&artex__reader_jsonld,
	&artex__reader_ninjs,
	&artex__reader_html,
};

#define N_READERS (sizeof readers / sizeof readers[0])

const char *artex_reader_name(size_t index)
{
	return index < N_READERS ? readers[index]->name : NULL;
}

const struct artex_reader *artex__reader_find(const char *name)
{
	for (size_t i = 0; i < N_READERS; i++)
		if (strcmp(readers[i]->name, name) == 0)
			return readers[i];
	return NULL;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

size_t artex__reader_suffix_len(const char *file)
{
	size_t best = 0;
	for (size_t i = 0; i < N_READERS; i++)
		for (const char *const *s = readers[i]->suffixes; s && *s; s++)
			if (ends_with(file, *s) && strlen(*s) > best)
				best = strlen(*s);
	return best;
}

const struct artex_reader *artex__reader_detect(const char *file, const char *buf, size_t len)
{
	for (size_t i = 0; file && i < N_READERS; i++)
		for (const char *const *s = readers[i]->suffixes; s && *s; s++)
			if (ends_with(file, *s))
				return readers[i];
	const struct artex_reader *best = NULL;
	int best_score = 0;
	for (size_t i = 0; i < N_READERS; i++) {
		int score = readers[i]->sniff(buf, len);
		if (score > best_score) {
			best = readers[i];
			best_score = score;
		}
	}
	return best_score >= 50 ? best : NULL;
}

/* The article id is the file name without folders and extensions, kept to
 * the characters ids allow; "article" when nothing is left. */
static const char *id_from_name(struct artex_article *art, const char *name)
{
	const char *base = name ? strrchr(name, '/') : NULL;
	base = base ? base + 1 : name;
	if (!base || !*base || strcmp(base, "-") == 0)
		return artex__article_str(art, "article");
	size_t n = strcspn(base, ".");
	if (n == 0)
		n = strlen(base);
	char *id = malloc(n + 1);
	if (!id)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		char c = base[i];
		int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		         (k > 0 && (c == '-' || c == '_' || c == '.'));
		if (ok)
			id[k++] = c;
		else if (k > 0 && id[k - 1] != '-')
			id[k++] = '-';
	}
	while (k > 0 && id[k - 1] == '-')
		k--;
	const char *r = k ? artex__article_strn(art, id, k) : artex__article_str(art, "article");
	free(id);
	return r;
}

int artex__reader_read(struct artex_article **out, const struct artex_reader **used,
                       const char *buf, size_t len, const char *format, const char *name,
                       const struct artex_read_opts *opts, struct artex_error *err)
{
	*out = NULL;
	const struct artex_reader *r = format ? artex__reader_find(format)
	                                      : artex__reader_detect(name, buf, len);
	*used = r;
	if (!r) {
		if (format)
			return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE,
			                    "unknown input format \"%s\"", format);
		return artex__error(err, ARTEX_EINVALID, ARTEX_MSG_FORMAT_UNKNOWN,
		                    "cannot tell the input format; name it with -f");
	}
	struct artex_article *art = artex__article_new();
	if (!art)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	int rc;
	art->format = r->name;
	art->id = id_from_name(art, name);
	if (!art->id) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	art->read_opts = opts;
	rc = r->read(art, buf, len, name ? name : "-", err);
	art->read_opts = NULL;
	if (rc < 0)
		goto done;
	/* The caller's language stands over the input's, whatever the reader
	 * (artex's own YAML and TEI state one too). */
	if (opts && opts->language) {
		if (!artex__valid_language(opts->language)) {
			rc = artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_EXTRACT_LANGUAGE,
			                  "'%s' is not a BCP 47 language tag", opts->language);
			goto done;
		}
		if (!(art->language = artex__article_str(art, opts->language))) {
			rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
			goto done;
		}
	}
	if ((rc = artex__article_seal(art)) < 0 ||
	    (rc = artex__article_provenance_source(art, name, buf, len, r->name)) < 0)
		artex__error(err, rc, 0, "out of memory");
done:
	if (rc < 0) {
		artex_article_free(art);
		return rc;
	}
	*out = art;
	return 0;
}

void artex__reader_locate(const struct artex_reader *r, const char *buf, size_t len,
                          struct artex_error *e)
{
	if (r && r->locate && e->code == ARTEX_EINVALID && e->line == 0)
		r->locate(buf, len, e->pointer, &e->line, &e->column);
}
