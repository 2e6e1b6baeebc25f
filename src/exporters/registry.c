#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exporters/exporter.h"
#include "exporters/jsonld.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/utf8.h"

static const struct artex_exporter *const exporters[] = {
	&artex__exporter_jsonld,
	&artex__exporter_ninjs,
	&artex__exporter_nquads,
	&artex__exporter_tei,
	&artex__exporter_yaml,
};

#define N_EXPORTERS (sizeof exporters / sizeof exporters[0])

const char *artex_exporter_name(size_t index)
{
	return index < N_EXPORTERS ? exporters[index]->name : NULL;
}

const struct artex_exporter *artex__exporter_find(const char *name)
{
	for (size_t i = 0; name && i < N_EXPORTERS; i++)
		if (strcmp(exporters[i]->name, name) == 0)
			return exporters[i];
	return NULL;
}

const char *artex_exporter_suffix(const char *name)
{
	const struct artex_exporter *e = artex__exporter_find(name);
	return e ? e->suffix : NULL;
}

void artex__put_quoted(struct artex_buf *out, const char *s, size_t len, int nquads)
{
	static const char hex[] = "0123456789ABCDEF";
	artex_buf_putc(out, '"');
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		size_t k = artex__json_plain_len(s + i, len - i);
		const char *del = nquads ? memchr(s + i, 0x7F, k) : NULL;
		if ((i += del ? (size_t)(del - (s + i)) : k) >= len)
			break;
		unsigned char c = (unsigned char)s[i];
		artex_buf_put(out, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"': artex_buf_puts(out, "\\\""); break;
		case '\\': artex_buf_puts(out, "\\\\"); break;
		case '\n': artex_buf_puts(out, "\\n"); break;
		case '\r': artex_buf_puts(out, "\\r"); break;
		case '\t': artex_buf_puts(out, "\\t"); break;
		case '\b': artex_buf_puts(out, "\\b"); break;
		case '\f': artex_buf_puts(out, "\\f"); break;
		default: {
			char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
			artex_buf_put(out, u, sizeof u);
		}
		}
	}
	artex_buf_put(out, s + run, len - run);
	artex_buf_putc(out, '"');
}

size_t artex__word_count(const char *s, size_t len)
{
	size_t n = 0;
	int in_word = 0;
	for (size_t i = 0; i < len; i++) {
		int space = s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
		if (!space && !in_word)
			n++;
		in_word = !space;
	}
	return n;
}

void artex__export_shared_dispose(struct artex__export_shared *shared)
{
	json_decref(shared->jsonld);
	shared->jsonld = NULL;
}

int artex__exporter_write(char **out, size_t *out_len, const struct artex_exporter *e,
                          const struct artex_article *art, const struct artex_export_opts *opts,
                          struct artex__export_shared *shared, struct artex_error *err)
{
	static const struct artex_export_opts defaults = ARTEX_EXPORT_OPTS_INIT;
	*out = NULL;
	/* IRIs are made from it and must be text, as the model's strings are. */
	if (opts && opts->base_iri &&
	    artex__utf8_invalid_at(opts->base_iri, strlen(opts->base_iri)) != (size_t)-1)
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE, "the base IRI is not UTF-8");
	struct artex_buf b = ARTEX_BUF_INIT;
	/* Room for a typical output at once: growing from nothing copied it
	 * several times over, each large step sweeping malloc's free lists. */
	artex_buf_grow(&b, 32768);
	struct artex__export_shared own = ARTEX__EXPORT_SHARED_INIT;
	int rc = e->write(&b, art, opts ? opts : &defaults, shared ? shared : &own, err);
	artex__export_shared_dispose(&own);
	if (rc == 0 && b.oom)
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	if (rc < 0) {
		artex_buf_dispose(&b);
		return rc;
	}
	*out = artex_buf_detach(&b, out_len);
	return *out ? 0 : artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
}
