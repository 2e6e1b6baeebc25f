/* Public validation API: schemas from text, files or the bundled set;
 * instances from JSON or YAML text, with errors placed at file:line:column. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/error.h"
#include "util/fileio.h"
#include "util/jsonloc.h"
#include "util/yamltree.h"
#include "validate/embedded.h"
#include "validate/jsonschema.h"

static int has_suffix(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int is_yaml_name(const char *name)
{
	return name && (has_suffix(name, ".yaml") || has_suffix(name, ".yml"));
}

/* file:// URI of a path, so that relative $ref values find sibling files. */
char *artex__file_uri(const char *path)
{
	struct artex_buf b = ARTEX_BUF_INIT;
	artex_buf_puts(&b, "file://");
	if (path[0] != '/') {
		char cwd[4096];
		if (getcwd(cwd, sizeof cwd)) {
			artex_buf_puts(&b, cwd);
			artex_buf_putc(&b, '/');
		}
	}
	for (const char *p = path; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c <= ' ' || c == '%' || c == '#' || c == '?' || c >= 0x7f)
			artex_buf_printf(&b, "%%%02X", c);
		else
			artex_buf_putc(&b, (char)c);
	}
	if (b.oom) {
		artex_buf_dispose(&b);
		return NULL;
	}
	size_t n;
	return artex_buf_detach(&b, &n);
}

static int load_doc(json_t **out, const char *buf, size_t len, const char *name,
                    struct artex_error *err)
{
	/* Users' YAML may use anchors and aliases; the loader's budget keeps
	 * an alias bomb from expanding. */
	static const struct artex_yaml_opts yaml_opts = {.allow_aliases = 1};
	int rc = is_yaml_name(name) ? artex__yaml_load(out, buf, len, name, &yaml_opts, err)
	                            : artex__json_load_exact(out, buf, len, name, err);
	/* A document that does not load is a parse failure to the caller, who
	 * reads ARTEX_EINVALID as "here is the list of validation errors". */
	if (rc == ARTEX_EINVALID) {
		rc = ARTEX_EPARSE;
		if (err)
			err->code = ARTEX_EPARSE;
	}
	return rc;
}

static int compile_text(struct artex_schema **out, const char *buf, size_t len, const char *name,
                        const char *uri, const struct artex_schema_opts *opts,
                        struct artex_error *err)
{
	json_t *doc = NULL;
	*out = NULL;
	int rc = load_doc(&doc, buf, len, name, err);
	if (rc < 0)
		return rc;
	artex__error_clear(err);
	if (err && name)
		artex__error_file(err, name);
	rc = artex__schema_compile(out, doc, uri, opts, err);
	json_decref(doc);
	if (rc < 0 && err && name && !err->file[0])
		artex__error_file(err, name);
	return rc;
}

int artex_schema_new(struct artex_schema **out, const char *buf, size_t len, const char *name,
                     const struct artex_schema_opts *opts, struct artex_error *err)
{
	char *uri = name && strcmp(name, "-") != 0 ? artex__file_uri(name) : NULL;
	int rc = compile_text(out, buf, len, name, uri, opts, err);
	free(uri);
	return rc;
}

int artex_schema_new_file(struct artex_schema **out, const char *path,
                          const struct artex_schema_opts *opts, struct artex_error *err)
{
	char *buf = NULL;
	size_t len = 0;
	*out = NULL;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc == 0)
		rc = artex_schema_new(out, buf, len, path, opts, err);
	free(buf);
	return rc;
}

int artex_schema_new_bundled(struct artex_schema **out, const char *name,
                             const struct artex_schema_opts *opts, struct artex_error *err)
{
	size_t len = 0;
	*out = NULL;
	const char *data = artex__embedded_schema(name, &len);
	if (!data)
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_SCHEMA_LOAD,
		                    "no bundled schema \"%s\"", name);
	char uri[512];
	snprintf(uri, sizeof uri, "%s%s", ARTEX__BUNDLED_BASE, name);
	return compile_text(out, data, len, name, uri, opts, err);
}

const char *artex_schema_bundled_for(const char *path)
{
	static const struct {
		const char *suffix;
		const char *schema;
	} kinds[] = {
		{".yaml", "article.schema.json"},
		{".yml", "article.schema.json"},
		{".jsonld", "newsarticle.jsonld.schema.json"},
		{".ninjs.json", "ninjs/ninjs-schema_3.1.json"},
		{".tei.xml", "artex-tei.rng"},
	};
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (has_suffix(path, kinds[i].suffix))
			return artex__embedded_schema(kinds[i].schema, NULL) ? kinds[i].schema : NULL;
	return NULL;
}

/* Fills in file, line and column of the errors from `first` on. Locating
 * re-scans the text, which is why it happens only for errors. */
static void place_errors(struct artex_error_list *out, size_t first, const char *buf, size_t len,
                         const char *name)
{
	int yaml = is_yaml_name(name);
	for (size_t i = first; i < out->count; i++) {
		struct artex_error *e = &out->items[i];
		int line = 0, col = 0;
		/* A member that may not be there is shown at its key. */
		int key = e->msg_id == ARTEX_MSG_VALIDATE_NAME ||
		          (e->msg_id == ARTEX_MSG_VALIDATE_ADDITIONAL && strstr(e->message, "property"));
		int rc = key ? (yaml ? artex__yaml_locate_key(buf, len, e->pointer, &line, &col)
		                     : artex__json_locate_key(buf, len, e->pointer, &line, &col))
		             : (yaml ? artex__yaml_locate(buf, len, e->pointer, &line, &col)
		                     : artex__json_locate(buf, len, e->pointer, &line, &col));
		if (rc != 0)
			line = col = 0;
		artex__error_at(e, name ? name : "-", line, col);
	}
}

int artex_schema_validate(struct artex_error_list *out, const struct artex_schema *schema,
                          const char *buf, size_t len, const char *name, struct artex_error *err)
{
	json_t *inst = NULL;
	int rc = load_doc(&inst, buf, len, name, err);
	if (rc < 0)
		return rc;
	size_t first = out->count;
	rc = artex__schema_validate_json(schema, inst, out, 0);
	json_decref(inst);
	if (rc == ARTEX_EINVALID)
		place_errors(out, first, buf, len, name);
	else if (rc < 0)
		return artex__error(err, rc, ARTEX_MSG_SCHEMA_INVALID, "out of memory");
	return rc;
}

int artex_schema_validate_file(struct artex_error_list *out, const struct artex_schema *schema,
                               const char *path, struct artex_error *err)
{
	char *buf = NULL;
	size_t len = 0;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc == 0)
		rc = artex_schema_validate(out, schema, buf, len, path, err);
	free(buf);
	return rc;
}

int artex_schema_check(struct artex_error_list *out, const char *buf, size_t len,
                       const char *name, const struct artex_schema_opts *opts,
                       struct artex_error *err)
{
	static const char *const metas[] = {
		[0] = "https://json-schema.org/draft/2020-12/schema",
	};
	json_t *doc = NULL, *ref = NULL;
	struct artex_schema *meta = NULL;
	int rc = load_doc(&doc, buf, len, name, err);
	if (rc < 0)
		return rc;
	const char *uri = metas[0];
	json_t *sch = json_is_object(doc) ? json_object_get(doc, "$schema") : NULL;
	if (json_is_string(sch)) {
		uri = json_string_value(sch);
	} else if (opts) {
		switch (opts->dialect) {
		case ARTEX_DIALECT_2019_09: uri = "https://json-schema.org/draft/2019-09/schema"; break;
		case ARTEX_DIALECT_DRAFT7: uri = "http://json-schema.org/draft-07/schema#"; break;
		case ARTEX_DIALECT_DRAFT6: uri = "http://json-schema.org/draft-06/schema#"; break;
		case ARTEX_DIALECT_DRAFT4: uri = "http://json-schema.org/draft-04/schema#"; break;
		default: break;
		}
	}
	/* A one-line schema referring to the meta-schema reaches the embedded
	 * copies and --ref-map folders the same way as any other reference. */
	ref = json_pack("{s:s}", "$ref", uri);
	if (!ref) {
		rc = artex__error(err, ARTEX_ENOMEM, ARTEX_MSG_SCHEMA_LOAD, "out of memory");
		goto done;
	}
	rc = artex__schema_compile(&meta, ref, NULL, opts, err);
	if (rc < 0)
		goto done;
	size_t first = out->count;
	rc = artex__schema_validate_json(meta, doc, out, 0);
	if (rc == ARTEX_EINVALID) {
		place_errors(out, first, buf, len, name);
		/* drop the wrapper's "/$ref" so locations read as in the meta-schema */
		for (size_t i = first; i < out->count; i++) {
			char *kw = out->items[i].keyword;
			if (strncmp(kw, "/$ref", 5) == 0)
				memmove(kw, kw + 5, strlen(kw + 5) + 1);
		}
	}
	else if (rc < 0)
		rc = artex__error(err, rc, ARTEX_MSG_SCHEMA_INVALID, "out of memory");
done:
	artex_schema_free(meta);
	json_decref(ref);
	json_decref(doc);
	return rc;
}

/* ---- bundled schemas for the pipeline, compiled once per process ---- */
#define MAX_BUNDLED 16

static struct {
	const char *name;
	struct artex_schema *schema;
	struct artex_error error; /* why it could not be compiled, when schema is NULL */
} bundled[MAX_BUNDLED];
static size_t n_bundled;
static pthread_mutex_t bundled_lock = PTHREAD_MUTEX_INITIALIZER;

int artex__bundled_validate_json(const char *schema_name, const json_t *instance,
                                 struct artex_error *first_error)
{
	const struct artex_schema *schema = NULL;
	struct artex_error why;
	memset(&why, 0, sizeof why);
	pthread_mutex_lock(&bundled_lock);
	size_t i;
	for (i = 0; i < n_bundled; i++)
		if (strcmp(bundled[i].name, schema_name) == 0)
			break;
	if (i == n_bundled && n_bundled < MAX_BUNDLED) {
		size_t len;
		const char *data = artex__embedded_schema(schema_name, &len);
		/* The name must outlive the call: use the embedded table's copy. */
		const struct artex__embedded_file *f = NULL;
		for (size_t k = 0; data && (f = artex__embedded_file_at(k)); k++)
			if (f->data == data)
				break;
		if (f) {
			bundled[i].name = f->name;
			artex_schema_new_bundled(&bundled[i].schema, schema_name, NULL, &bundled[i].error);
			n_bundled++;
		}
	}
	if (i < n_bundled) {
		schema = bundled[i].schema;
		why = bundled[i].error;
	}
	pthread_mutex_unlock(&bundled_lock);
	if (i >= n_bundled)
		return artex__error(first_error, ARTEX_EUSAGE, ARTEX_MSG_SCHEMA_LOAD,
		                    "no bundled schema \"%s\"", schema_name);
	if (!schema) {
		if (first_error)
			*first_error = why;
		return why.code ? why.code : ARTEX_ESCHEMA;
	}
	struct artex_error_list list = {0};
	int rc = artex__schema_validate_json(schema, instance, first_error ? &list : NULL, 1);
	if (rc == ARTEX_EINVALID && first_error && list.count)
		*first_error = list.items[0];
	artex_error_list_dispose(&list);
	return rc;
}

void artex__bundled_release(void)
{
	pthread_mutex_lock(&bundled_lock);
	for (size_t i = 0; i < n_bundled; i++)
		artex_schema_free(bundled[i].schema);
	n_bundled = 0;
	pthread_mutex_unlock(&bundled_lock);
}

/* The compiled schemas live as long as the library; released when it is
 * unloaded, so leak checkers see a clean exit. */
__attribute__((destructor)) static void release_at_exit(void)
{
	artex__bundled_release();
}

int artex_schema_check_file(struct artex_error_list *out, const char *path,
                            const struct artex_schema_opts *opts, struct artex_error *err)
{
	char *buf = NULL;
	size_t len = 0;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc == 0)
		rc = artex_schema_check(out, buf, len, path, opts, err);
	free(buf);
	return rc;
}
