#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "readers/reader.h"
#include "util/error.h"
#include "util/fileio.h"
#include "util/jsonloc.h"

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

int artex_article_read(struct artex_article **out, const char *buf, size_t len,
                       const char *format, const char *name, struct artex_error *err)
{
	return artex_article_read_opts(out, buf, len, format, name, NULL, err);
}

/* Errors in the order of the input, those without a place last. */
static int cmp_place(const void *a, const void *b)
{
	const struct artex_error *x = a, *y = b;
	long kx = x->line ? (long)x->line : LONG_MAX, ky = y->line ? (long)y->line : LONG_MAX;
	if (kx != ky)
		return kx < ky ? -1 : 1;
	return (x->column > y->column) - (x->column < y->column);
}

int artex__reader_fault(const struct artex_article *art, struct artex_error *err, size_t *faults,
                        const char *buf, size_t len, const char *file, const char *ptr,
                        int msg_id, const char *fmt, va_list ap)
{
	const struct artex_read_opts *o = art->read_opts;
	struct artex_error_list *all = o && o->max_errors ? o->errors : NULL;
	struct artex_error e = {0};
	artex__verror(&e, ARTEX_EINVALID, msg_id, fmt, ap);
	int line = 0, col = 0;
	artex__json_locate(buf, len, ptr, &line, &col);
	artex__error_at(&e, file, line, col);
	artex__error_pointer(&e, ptr);
	if (!(*faults)++ && err)
		*err = e;
	if (!all || all->count >= o->max_errors)
		return ARTEX_EINVALID;
	if (artex__error_list_push(all, &e) < 0)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	return 0;
}

static int listed(const struct artex_error_list *list, const struct artex_error *e)
{
	for (size_t i = 0; i < list->count; i++)
		if (list->items[i].msg_id == e->msg_id && strcmp(list->items[i].pointer, e->pointer) == 0 &&
		    strcmp(list->items[i].message, e->message) == 0)
			return 1;
	return 0;
}

int artex_article_read_opts(struct artex_article **out, const char *buf, size_t len,
                            const char *format, const char *name,
                            const struct artex_read_opts *opts, struct artex_error *err)
{
	*out = NULL;
	const char *file = name ? name : "-";
	const struct artex_reader *r = format ? artex__reader_find(format)
	                                      : artex__reader_detect(name, buf, len);
	if (!r) {
		if (format)
			artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE, "unknown input format \"%s\"",
			             format);
		else
			artex__error(err, ARTEX_EINVALID, ARTEX_MSG_FORMAT_UNKNOWN,
			             "cannot tell the input format; name it with -f");
		artex__error_file(err, file);
		return err ? err->code : ARTEX_EINVALID;
	}
	struct artex_article *art = artex__article_new();
	if (!art)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	int rc;
	struct artex_error_list *all = opts && opts->max_errors ? opts->errors : NULL;
	art->format = r->name;
	art->id = id_from_name(art, name);
	if (!art->id) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	art->read_opts = opts;
	rc = r->read(art, buf, len, file, err);
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
	    (rc = artex__article_provenance_source(art, name, buf, len, r->name)) < 0) {
		artex__error(err, rc, 0, "out of memory");
		goto done;
	}
	rc = artex__article_check_all(art, err, all, all ? opts->max_errors : 0);
done:
	if (rc < 0) {
		artex__error_file(err, file);
		if (err && err->code == ARTEX_EINVALID && err->line == 0 && r->locate)
			r->locate(buf, len, err->pointer, &err->line, &err->column);
		/* The error that ended reading joins those recorded before it. */
		if (all && err && all->count < opts->max_errors && !listed(all, err))
			artex__error_list_push(all, err);
	}
	/* Errors of the model name a JSON Pointer; give each its place in the
	 * input, and list them in the input's order. */
	for (size_t i = 0; all && i < all->count; i++) {
		struct artex_error *e = &all->items[i];
		artex__error_file(e, file);
		if (e->code == ARTEX_EINVALID && e->line == 0 && r->locate)
			r->locate(buf, len, e->pointer, &e->line, &e->column);
	}
	if (rc == ARTEX_EINVALID && all && all->count > 1) {
		qsort(all->items, all->count, sizeof *all->items, cmp_place);
		if (err)
			*err = all->items[0];
	}
	if (rc < 0) {
		artex_article_free(art);
		return rc;
	}
	*out = art;
	return 0;
}

int artex_article_read_file(struct artex_article **out, const char *path, const char *format,
                            struct artex_error *err)
{
	char *buf;
	size_t len;
	*out = NULL;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc < 0)
		return rc;
	rc = artex_article_read(out, buf, len, format, strcmp(path, "-") ? path : NULL, err);
	free(buf);
	return rc;
}
