#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exporters/exporter.h"
#include "exporters/jsonld.h"
#include "util/error.h"
#include "util/yamltree.h"
#include "validate/jsonschema.h"
#include "validate/relaxng.h"

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

/* Thousandths between 0 and 1 (every confidence) written without the
 * search below: such a decimal is the only one of at most three places
 * that reads back as v, and none shorter does, so the search would stop
 * at exactly its digits. */
static int format_thousandths(char *out, size_t size, double v)
{
	if (!(v >= 0 && v <= 1) || signbit(v) || size < 6)
		return 0;
	long k = lround(v * 1000);
	if ((double)k / 1000 != v)
		return 0;
	if (k == 0 || k == 1000) {
		out[0] = k ? '1' : '0';
		out[1] = '\0';
		return 1;
	}
	char *p = out;
	*p++ = '0';
	*p++ = '.';
	*p++ = (char)('0' + k / 100);
	*p++ = (char)('0' + k / 10 % 10);
	*p++ = (char)('0' + k % 10);
	while (p[-1] == '0')
		p--;
	*p = '\0';
	return 1;
}

void artex__format_number(char *out, size_t size, double v)
{
	if (format_thousandths(out, size, v))
		return;
	const char *point = localeconv()->decimal_point;
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(out, size, "%.*g", prec, v);
		if (strtod(out, NULL) == v)
			break;
	}
	char *p = point && strcmp(point, ".") ? strstr(out, point) : NULL;
	if (p) {
		size_t n = strlen(point);
		*p = '.';
		memmove(p + 1, p + n, strlen(p + n) + 1);
	}
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

/* Output is checked as written, so a bug in an exporter never reaches a
 * file that claims to follow the bundled schema. */
int artex__exporter_check(const struct artex_exporter *e, const char *data, size_t len,
                          struct artex_error *err)
{
	if (!e->schema)
		return 0;
	if (e->schema_kind == ARTEX_SCHEMA_RNG)
		return artex__relaxng_check_output(e->schema, data, len, "output", err);
	json_t *doc = NULL;
	if (e->schema_kind == ARTEX_SCHEMA_YAML)
		artex__yaml_load(&doc, data, len, "output", NULL, NULL);
	else {
		/* jansson's json_loadb reads a byte at a time and cost more than
		 * the validation itself; the exporters never write what the two
		 * readers disagree on (duplicate keys, \u0000, huge integers). */
		struct artex_error perr;
		artex__json_load_exact(&doc, data, len, "output", &perr);
	}
	if (!doc)
		return artex__error(err, ARTEX_EINVALID, ARTEX_MSG_SCHEMA_INVALID,
		                    "%s output does not parse", e->name);
	int rc = artex__bundled_validate_json(e->schema, doc, err);
	json_decref(doc);
	if (rc == ARTEX_EINVALID && err) {
		char why[sizeof err->message];
		memcpy(why, err->message, sizeof why);
		int n = snprintf(err->message, sizeof err->message, "output fails %s: ", e->schema);
		if (n > 0 && (size_t)n < sizeof err->message) {
			size_t k = strnlen(why, sizeof err->message - (size_t)n - 1);
			memcpy(err->message + n, why, k);
			err->message[(size_t)n + k] = '\0';
		}
		err->msg_id = ARTEX_MSG_SCHEMA_INVALID;
	}
	return rc;
}

void artex__export_shared_dispose(struct artex__export_shared *shared)
{
	json_decref(shared->jsonld);
	shared->jsonld = NULL;
}

int artex_article_export(char **out, size_t *out_len, const struct artex_article *art,
                         const char *exporter, const struct artex_export_opts *opts,
                         struct artex_error *err)
{
	return artex__article_export_shared(out, out_len, art, exporter, opts, NULL, err);
}

int artex__article_export_shared(char **out, size_t *out_len, const struct artex_article *art,
                                 const char *exporter, const struct artex_export_opts *opts,
                                 struct artex__export_shared *shared, struct artex_error *err)
{
	static const struct artex_export_opts defaults = ARTEX_EXPORT_OPTS_INIT;
	*out = NULL;
	const struct artex_exporter *e = artex__exporter_find(exporter);
	if (!e)
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_USAGE, "unknown output format \"%s\"",
		                    exporter ? exporter : "");
	struct artex_buf b = ARTEX_BUF_INIT;
	/* Room for a typical output at once: growing from nothing copied it
	 * several times over, each large step sweeping malloc's free lists. */
	artex_buf_grow(&b, 32768);
	struct artex__export_shared own = ARTEX__EXPORT_SHARED_INIT;
	int rc = e->write(&b, art, opts ? opts : &defaults, shared ? shared : &own, err);
	artex__export_shared_dispose(&own);
	if (rc == 0 && b.oom)
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	if (rc == 0)
		rc = artex__exporter_check(e, b.data ? b.data : "", b.len, err);
	if (rc < 0) {
		artex_buf_dispose(&b);
		return rc;
	}
	*out = artex_buf_detach(&b, out_len);
	return *out ? 0 : artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
}
