#include "validate/relaxng.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/relaxng.h>
#include <libxml/valid.h>
#include <libxml/xmlschemas.h>

#include "util/error.h"
#include "util/fileio.h"
#include "util/xml.h"
#include "validate/embedded.h"
#include "validate/jsonschema.h"

#define MAX_RNG 8

struct compiled {
	const char *name;
	xmlRelaxNGPtr schema; /* NULL when it did not compile */
	char why[256];
};

static struct compiled compiled[MAX_RNG];
static size_t n_compiled;
static pthread_once_t compile_once = PTHREAD_ONCE_INIT;

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void on_compile_error(void *data, xmlErrorPtr e)
{
	struct compiled *c = data;
	if (!c->why[0] && e->level >= XML_ERR_ERROR)
		snprintf(c->why, sizeof c->why, "%s", e->message ? e->message : "error");
}

/* Compiles every embedded .rng once; the results live until the process
 * ends, since validations may use them from any thread at any time. */
static void compile_all(void)
{
	artex__xml_init();
	const struct artex__embedded_file *f;
	for (size_t i = 0; (f = artex__embedded_file_at(i)) && n_compiled < MAX_RNG; i++) {
		if (!ends_with(f->name, ".rng"))
			continue;
		struct compiled *c = &compiled[n_compiled++];
		c->name = f->name;
		xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewMemParserCtxt(f->data, (int)f->len);
		if (!pc) {
			snprintf(c->why, sizeof c->why, "out of memory");
			continue;
		}
		xmlRelaxNGSetParserStructuredErrors(pc, on_compile_error, c);
		c->schema = xmlRelaxNGParse(pc);
		xmlRelaxNGFreeParserCtxt(pc);
		if (!c->schema && !c->why[0])
			snprintf(c->why, sizeof c->why, "the schema does not compile");
	}
}

/* libxml2 reports some errors (often the first and most telling one)
 * without a node; such an error names its element in str1, and the errors
 * that follow are about nodes inside it, so the line is found by walking up
 * from the next located node, else from the document order. */
struct found {
	struct artex_error e;
	xmlNodePtr node;
	char name[64];
};

/* Compiled schemas live as long as the process; they are freed when it
 * ends (or the library is unloaded) so leak checkers see nothing left. */
__attribute__((destructor)) static void free_compiled(void)
{
	for (size_t i = 0; i < n_compiled; i++)
		xmlRelaxNGFree(compiled[i].schema);
	n_compiled = 0;
}

struct valid_state {
	const char *file, *schema;
	struct found *items;
	size_t n, cap;
	int oom;
};

static void on_valid_error(void *data, xmlErrorPtr e)
{
	struct valid_state *st = data;
	if (e->level < XML_ERR_ERROR || st->oom)
		return;
	if (st->n == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 8;
		struct found *p = realloc(st->items, cap * sizeof *p);
		if (!p) {
			st->oom = 1;
			return;
		}
		st->items = p;
		st->cap = cap;
	}
	struct found *f = &st->items[st->n++];
	char msg[400];
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "invalid");
	size_t n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	artex__error(&f->e, ARTEX_EINVALID, ARTEX_MSG_SCHEMA_INVALID, "does not match %s: %s",
	             st->schema, msg);
	f->node = e->node;
	snprintf(f->name, sizeof f->name, "%s", e->str1 ? e->str1 : "");
	int line = e->line;
	if (line <= 0 && e->node)
		line = (int)xmlGetLineNo((xmlNodePtr)e->node);
	artex__error_at(&f->e, st->file, line > 0 ? line : 0, e->int2 > 0 ? e->int2 : 0);
}

static xmlNodePtr first_named(xmlNodePtr node, const char *name)
{
	while (node) {
		if (node->type == XML_ELEMENT_NODE && strcmp((const char *)node->name, name) == 0)
			return node;
		if (node->type == XML_ELEMENT_NODE && node->children) {
			node = node->children;
			continue;
		}
		node = artex__xml_after(node, NULL);
	}
	return NULL;
}

static void place_unlocated(struct valid_state *st, xmlDocPtr doc)
{
	for (size_t i = 0; i < st->n; i++) {
		struct found *f = &st->items[i];
		if (f->e.line > 0 || !f->name[0])
			continue;
		xmlNodePtr at = NULL;
		for (size_t k = i + 1; k < st->n && !at; k++)
			for (xmlNodePtr p = st->items[k].node; p && !at; p = p->parent)
				if (p->type == XML_ELEMENT_NODE && strcmp((const char *)p->name, f->name) == 0)
					at = p;
		if (!at)
			at = first_named(xmlDocGetRootElement(doc), f->name);
		if (at)
			f->e.line = (int)xmlGetLineNo(at);
	}
}

int artex__relaxng_validate(struct artex_error_list *out, const char *name, xmlDocPtr doc,
                            const char *file, struct artex_error *err)
{
	pthread_once(&compile_once, compile_all);
	const struct compiled *c = NULL;
	for (size_t i = 0; i < n_compiled; i++)
		if (strcmp(compiled[i].name, name) == 0)
			c = &compiled[i];
	if (!c)
		return artex__error(err, ARTEX_EUSAGE, ARTEX_MSG_SCHEMA_LOAD,
		                    "no bundled RELAX NG schema \"%s\"", name);
	if (!c->schema) {
		artex__error(err, ARTEX_ESCHEMA, ARTEX_MSG_SCHEMA_LOAD, "cannot compile %s: %s", name,
		             c->why);
		artex__error_file(err, name);
		return ARTEX_ESCHEMA;
	}
	xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(c->schema);
	if (!vc)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	struct valid_state st = {file, name, NULL, 0, 0, 0};
	xmlRelaxNGSetValidStructuredErrors(vc, on_valid_error, &st);
	int r = xmlRelaxNGValidateDoc(vc, doc);
	xmlRelaxNGFreeValidCtxt(vc);
	int rc = 0;
	if (st.oom) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
		goto done;
	}
	if (r == 0)
		goto done;
	rc = ARTEX_EINVALID;
	if (st.n == 0) {
		artex__error(err, ARTEX_EINVALID, ARTEX_MSG_SCHEMA_INVALID, "does not match %s", name);
		artex__error_file(err, file);
		if (out && err)
			artex__error_list_push(out, err);
		goto done;
	}
	place_unlocated(&st, doc);
	if (err)
		*err = st.items[0].e;
	for (size_t i = 0; out && i < st.n; i++)
		if (artex__error_list_push(out, &st.items[i].e) < 0) {
			rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
			break;
		}
done:
	free(st.items);
	return rc;
}

static const char *const pointer_attrs[] = {"who", "target", "ref", "next", "prev",
                                            "corresp", "sameAs", "ana", NULL};

static int check_pointers(xmlNodePtr node, const char *value, const char *attr,
                          const char *file, struct artex_error *err)
{
	const char *p = value;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		size_t n = strcspn(p, " \t\n\r");
		if (n > 1 && p[0] == '#') {
			char id[256];
			int ok = n - 1 < sizeof id;
			if (ok) {
				memcpy(id, p + 1, n - 1);
				id[n - 1] = '\0';
				ok = xmlGetID(node->doc, (const xmlChar *)id) != NULL;
			}
			if (!ok) {
				artex__error(err, ARTEX_EINVALID, ARTEX_MSG_XML_DANGLING_REF,
				             "@%s of <%s> points at \"%.*s\", which no xml:id names", attr,
				             (const char *)node->name, (int)(n > 200 ? 200 : n), p);
				artex__error_at(err, file, (int)xmlGetLineNo(node), 0);
				return ARTEX_EINVALID;
			}
		}
		p += n;
	}
	return 0;
}

int artex__xml_check_idrefs(xmlDocPtr doc, const char *file, struct artex_error *err)
{
	/* Iterative walk: the depth is bounded by the parser, but a loop costs
	 * nothing and keeps the stack flat. */
	xmlNodePtr node = xmlDocGetRootElement(doc);
	while (node) {
		if (node->type == XML_ELEMENT_NODE) {
			for (xmlAttrPtr a = node->properties; a; a = a->next) {
				if (a->ns)
					continue;
				for (const char *const *name = pointer_attrs; *name; name++) {
					if (strcmp((const char *)a->name, *name) != 0)
						continue;
					xmlChar *v = xmlNodeListGetString(doc, a->children, 1);
					int rc = v ? check_pointers(node, (const char *)v, *name, file, err) : 0;
					xmlFree(v);
					if (rc < 0)
						return rc;
				}
			}
			if (node->children) {
				node = node->children;
				continue;
			}
		}
		node = artex__xml_after(node, NULL);
	}
	return 0;
}

/* The schema first; the pointers RELAX NG cannot check once the structure
 * holds. */
static int check_tei(struct artex_error_list *out, const char *schema, xmlDocPtr doc,
                     const char *file, struct artex_error *err)
{
	int rc = artex__relaxng_validate(out, schema, doc, file, err);
	if (rc == 0 && (rc = artex__xml_check_idrefs(doc, file, err)) < 0 && out)
		artex__error_list_push(out, err);
	return rc;
}

int artex__relaxng_check_output(const char *schema, const char *buf, size_t len,
                                const char *file, struct artex_error *err)
{
	xmlDocPtr doc;
	int rc = artex__xml_parse(&doc, buf, len, file, err);
	if (rc < 0)
		return rc;
	rc = check_tei(NULL, schema, doc, file, err);
	xmlFreeDoc(doc);
	return rc;
}

int artex_tei_validate_file(struct artex_error_list *out, const char *path,
                            struct artex_error *err)
{
	xmlDocPtr doc;
	int rc = artex__xml_parse_file(&doc, path, err);
	if (rc < 0)
		return rc;
	rc = check_tei(out, "artex-tei.rng", doc, path, err);
	xmlFreeDoc(doc);
	return rc;
}

/* ---- user schemas: RELAX NG (.rng) and W3C XML Schema (.xsd) files ---- */

struct artex_xml_schema {
	xmlRelaxNGPtr rng;
	xmlSchemaPtr xsd;
	char name[256]; /* the file's base name, for messages */
};

int artex_xml_schema_is_xml(const char *path)
{
	return ends_with(path, ".rng") || ends_with(path, ".xsd");
}

struct compile_state {
	struct artex_error *err;
	const char *path;
	int failed;
};

static void on_user_compile_error(void *data, xmlErrorPtr e)
{
	struct compile_state *st = data;
	if (st->failed || e->level < XML_ERR_ERROR)
		return;
	st->failed = 1;
	char msg[400];
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "error");
	size_t n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	artex__error(st->err, ARTEX_ESCHEMA, ARTEX_MSG_SCHEMA_LOAD, "%s", msg);
	artex__error_at(st->err, e->file ? e->file : st->path, e->line > 0 ? e->line : 0,
	                e->int2 > 0 ? e->int2 : 0);
}

int artex_xml_schema_new_file(struct artex_xml_schema **out, const char *path,
                              struct artex_error *err)
{
	*out = NULL;
	artex__xml_init();
	struct artex_xml_schema *s = calloc(1, sizeof *s);
	if (!s)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	const char *base = strrchr(path, '/');
	snprintf(s->name, sizeof s->name, "%s", base ? base + 1 : path);
	FILE *f = fopen(path, "rb");
	if (!f) {
		free(s);
		char *ignored = NULL;
		size_t len;
		return artex__file_read(&ignored, &len, path, err);
	}
	fclose(f);
	struct compile_state st = {err, path, 0};
	/* include, externalRef and xs:include/import are read from the disk
	 * relative to the schema; a URL is refused, as everywhere in artex. */
	artex__xml_allow_local_loads(1);
	if (ends_with(path, ".xsd")) {
		xmlSchemaParserCtxtPtr pc = xmlSchemaNewParserCtxt(path);
		if (pc) {
			xmlSchemaSetParserStructuredErrors(pc, on_user_compile_error, &st);
			s->xsd = xmlSchemaParse(pc);
			xmlSchemaFreeParserCtxt(pc);
		}
	} else {
		xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewParserCtxt(path);
		if (pc) {
			xmlRelaxNGSetParserStructuredErrors(pc, on_user_compile_error, &st);
			s->rng = xmlRelaxNGParse(pc);
			xmlRelaxNGFreeParserCtxt(pc);
		}
	}
	artex__xml_allow_local_loads(0);
	if (!s->rng && !s->xsd) {
		free(s);
		if (!st.failed) {
			artex__error(err, ARTEX_ESCHEMA, ARTEX_MSG_SCHEMA_LOAD, "the schema does not compile");
			artex__error_file(err, path);
		}
		return ARTEX_ESCHEMA;
	}
	*out = s;
	return 0;
}

void artex_xml_schema_free(struct artex_xml_schema *schema)
{
	if (!schema)
		return;
	xmlRelaxNGFree(schema->rng);
	xmlSchemaFree(schema->xsd);
	free(schema);
}

/* libxml2 gives element positions as lines only; the column is that of the
 * element's start tag on its line, found in the text. */
static int tag_column(const char *buf, size_t len, int line, const char *name)
{
	size_t i = 0;
	for (int l = 1; l < line && i < len; i++)
		if (buf[i] == '\n')
			l++;
	size_t nl = strlen(name);
	int col = 1;
	for (; i < len && buf[i] != '\n'; i++) {
		if (buf[i] == '<' && i + 1 + nl <= len && memcmp(buf + i + 1, name, nl) == 0) {
			char after = i + 1 + nl < len ? buf[i + 1 + nl] : '>';
			if (after == '>' || after == '/' || after == ' ' || after == '\t' ||
			    after == '\n' || after == '\r')
				return col;
		}
		if (((unsigned char)buf[i] & 0xC0) != 0x80)
			col++;
	}
	return 0;
}

static void qualified_name(char *out, size_t size, xmlNodePtr node)
{
	if (node->ns && node->ns->prefix)
		snprintf(out, size, "%s:%s", (const char *)node->ns->prefix, (const char *)node->name);
	else
		snprintf(out, size, "%s", (const char *)node->name);
}

int artex_xml_schema_validate_file(struct artex_error_list *out,
                                   const struct artex_xml_schema *schema, const char *path,
                                   struct artex_error *err)
{
	char *buf;
	size_t len;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc < 0)
		return rc;
	xmlDocPtr doc;
	rc = artex__xml_parse(&doc, buf, len, path, err);
	if (rc < 0) {
		free(buf);
		return rc;
	}
	struct valid_state st = {path, schema->name, NULL, 0, 0, 0};
	int r;
	if (schema->rng) {
		xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(schema->rng);
		r = vc ? (xmlRelaxNGSetValidStructuredErrors(vc, on_valid_error, &st),
		          xmlRelaxNGValidateDoc(vc, doc)) : -1;
		st.oom |= !vc;
		xmlRelaxNGFreeValidCtxt(vc);
	} else {
		xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema->xsd);
		r = vc ? (xmlSchemaSetValidStructuredErrors(vc, on_valid_error, &st),
		          xmlSchemaValidateDoc(vc, doc)) : -1;
		st.oom |= !vc;
		xmlSchemaFreeValidCtxt(vc);
	}
	if (st.oom) {
		rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	} else if (r != 0) {
		rc = ARTEX_EINVALID;
		place_unlocated(&st, doc);
		for (size_t i = 0; i < st.n; i++) {
			struct found *f = &st.items[i];
			char name[128] = "";
			if (f->node && f->node->type == XML_ELEMENT_NODE)
				qualified_name(name, sizeof name, f->node);
			else if (f->name[0])
				snprintf(name, sizeof name, "%s", f->name);
			if (f->e.line > 0 && f->e.column == 0 && name[0])
				f->e.column = tag_column(buf, len, f->e.line, name);
		}
		if (st.n == 0) {
			artex__error(err, ARTEX_EINVALID, ARTEX_MSG_SCHEMA_INVALID, "does not match %s",
			             schema->name);
			artex__error_file(err, path);
			if (out && err)
				artex__error_list_push(out, err);
		} else if (err) {
			*err = st.items[0].e;
		}
		for (size_t i = 0; out && i < st.n; i++)
			if (artex__error_list_push(out, &st.items[i].e) < 0) {
				rc = artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
				break;
			}
	}
	free(st.items);
	xmlFreeDoc(doc);
	free(buf);
	return rc;
}
