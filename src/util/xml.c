#include "util/xml.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <utf8proc.h>

#include "util/error.h"
#include "util/fileio.h"
#include "util/utf8.h"

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static _Thread_local int local_loads;

static xmlParserInputPtr refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	/* Schema files may include others, from the disk only. */
	if (local_loads && url && (!strstr(url, "://") || strncmp(url, "file://", 7) == 0))
		return xmlNoNetExternalEntityLoader(url, id, ctxt);
	return NULL;
}

void artex__xml_allow_local_loads(int on)
{
	local_loads = on;
}

static void init(void)
{
	xmlInitParser();
	xmlSetExternalEntityLoader(refuse_entity);
}

void artex__xml_init(void) { pthread_once(&init_once, init); }

struct parse_state {
	struct artex_error *err;
	const char *file;
	int failed;   /* the first error is kept, later ones are consequences */
	int doctype;
};

static void on_error(void *data, xmlErrorPtr e)
{
	xmlParserCtxtPtr ctxt = data;
	struct parse_state *st = ctxt->_private;
	/* An entity declared nowhere read (say, in an external DTD that is
	 * never fetched) would silently lose its text. */
	int undeclared = e->code == XML_WAR_UNDECLARED_ENTITY || e->code == XML_ERR_UNDECLARED_ENTITY;
	/* A repeated xml:id breaks validity, not well-formedness: readers that
	 * care find it in the tree and say so. */
	if (!st || st->failed || (e->level < XML_ERR_ERROR && !undeclared) ||
	    e->code == XML_DTD_ID_REDEFINED)
		return;
	st->failed = 1;
	char msg[400];
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "XML error");
	size_t n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	int code = e->code == XML_ERR_NO_MEMORY ? ARTEX_ENOMEM : ARTEX_EPARSE;
	artex__error(st->err, code, ARTEX_MSG_XML_SYNTAX, "XML is not well-formed: %s", msg);
	artex__error_at(st->err, st->file, e->line, e->int2);
}

/* Entity declarations stop the parse before they take effect: they are
 * what entity expansion attacks and external entities are made of. A
 * DOCTYPE without them (<!DOCTYPE TEI SYSTEM "tei.dtd" []>) is harmless,
 * since the external subset is never loaded. */
static void refuse_declaration(void *data, const xmlChar *name)
{
	xmlParserCtxtPtr ctxt = data;
	struct parse_state *st = ctxt->_private;
	if (st && !st->failed) {
		st->doctype = 1;
		st->failed = 1;
		artex__error(st->err, ARTEX_EPARSE, ARTEX_MSG_XML_DOCTYPE,
		             "entity declarations are not accepted (\"%s\")",
		             name ? (const char *)name : "");
		artex__error_at(st->err, st->file, xmlSAX2GetLineNumber(ctxt),
		                xmlSAX2GetColumnNumber(ctxt));
	}
	xmlStopParser(ctxt);
}

static void on_entity_decl(void *data, const xmlChar *name, int type, const xmlChar *public_id,
                           const xmlChar *system_id, xmlChar *content)
{
	(void)type;
	(void)public_id;
	(void)system_id;
	(void)content;
	refuse_declaration(data, name);
}

static void on_unparsed_entity_decl(void *data, const xmlChar *name, const xmlChar *public_id,
                                    const xmlChar *system_id, const xmlChar *notation)
{
	(void)public_id;
	(void)system_id;
	(void)notation;
	refuse_declaration(data, name);
}

int artex__xml_parse(xmlDocPtr *out, const char *buf, size_t len, const char *file,
                     struct artex_error *err)
{
	*out = NULL;
	artex__xml_init();
	if (len > ARTEX_MAX_INPUT || len > INT_MAX) {
		artex__error(err, ARTEX_EINVALID, ARTEX_MSG_INPUT_TOO_LARGE,
		             "XML input of %zu bytes is above the %zu byte limit", len,
		             (size_t)ARTEX_MAX_INPUT);
		artex__error_file(err, file);
		return ARTEX_EINVALID;
	}
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	if (!ctxt)
		return artex__error(err, ARTEX_ENOMEM, 0, "out of memory");
	struct parse_state st = {err, file, 0, 0};
	ctxt->_private = &st;
	ctxt->sax->serror = on_error;
	ctxt->sax->entityDecl = on_entity_decl;
	ctxt->sax->unparsedEntityDecl = on_unparsed_entity_decl;
	ctxt->sax->externalSubset = NULL; /* never loaded, whatever the options */
	/* Deliberately absent: XML_PARSE_NOENT (substitutes entities),
	 * XML_PARSE_DTDLOAD/DTDATTR/DTDVALID, XML_PARSE_XINCLUDE and
	 * XML_PARSE_HUGE (lifts the depth and size limits). */
	int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
	              XML_PARSE_COMPACT;
	xmlDocPtr doc = xmlCtxtReadMemory(ctxt, buf, (int)len, file, NULL, options);
	int rc = 0;
	if (st.failed || !doc || !ctxt->wellFormed) {
		if (!st.failed) {
			artex__error(err, ARTEX_EPARSE, ARTEX_MSG_XML_SYNTAX, "XML is not well-formed");
			artex__error_file(err, file);
		}
		rc = err ? err->code : ARTEX_EPARSE;
		if (rc == 0)
			rc = ARTEX_EPARSE;
		xmlFreeDoc(doc);
		goto done;
	}
	*out = doc;
done:
	ctxt->_private = NULL;
	xmlFreeParserCtxt(ctxt);
	return rc;
}

int artex__xml_parse_file(xmlDocPtr *out, const char *path, struct artex_error *err)
{
	char *buf;
	size_t len;
	*out = NULL;
	int rc = artex__file_read(&buf, &len, path, err);
	if (rc < 0)
		return rc;
	rc = artex__xml_parse(out, buf, len, path, err);
	free(buf);
	return rc;
}

xmlNodePtr artex__xml_after(xmlNodePtr c, xmlNodePtr root)
{
	while (c && c != root && !c->next)
		c = c->parent;
	return c && c != root ? c->next : c;
}

/* Text and attribute values escape alike, but a value also keeps its
 * quotes and its white space from attribute normalisation. */
static void put_escaped(struct artex_buf *b, const char *s, size_t len, int attr)
{
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		const char *rep = NULL;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '\r': rep = "&#13;"; break;
		case '"': rep = attr ? "&quot;" : NULL; break;
		case '\n': rep = attr ? "&#10;" : NULL; break;
		case '\t': rep = attr ? "&#9;" : NULL; break;
		default: break;
		}
		if (!rep)
			continue;
		artex_buf_put(b, s + run, i - run);
		artex_buf_puts(b, rep);
		run = i + 1;
	}
	artex_buf_put(b, s + run, len - run);
}

void artex__xml_put_text(struct artex_buf *b, const char *s, size_t len)
{
	put_escaped(b, s, len, 0);
}

void artex__xml_put_attr(struct artex_buf *b, const char *s)
{
	put_escaped(b, s, strlen(s), 1);
}

size_t artex__xml_put_token(struct artex_buf *b, const char *s)
{
	size_t len = strlen(s), before = b->len;
	for (size_t i = 0; i < len;) {
		int32_t cp;
		size_t n = artex__utf8_decode(s + i, len - i, &cp);
		switch (utf8proc_category(cp)) {
		case UTF8PROC_CATEGORY_CC:
		case UTF8PROC_CATEGORY_CF:
		case UTF8PROC_CATEGORY_CO:
		case UTF8PROC_CATEGORY_CS:
		case UTF8PROC_CATEGORY_CN:
		case UTF8PROC_CATEGORY_ZS:
		case UTF8PROC_CATEGORY_ZL:
		case UTF8PROC_CATEGORY_ZP:
			break;
		default:
			if (cp == '&' || cp == '<' || cp == '>' || cp == '"')
				artex__xml_put_attr(b, (const char[]){(char)cp, '\0'});
			else
				artex_buf_put(b, s + i, n);
		}
		i += n;
	}
	return b->oom ? 0 : b->len - before;
}
