#include "util/html.h"

#include <stdint.h>
#include <string.h>

#include <libxml/HTMLparser.h>

#include "util/xml.h"

int artex__html_looks_like(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++) {
		char c = s[i], n = s[i + 1];
		if (c == '<' && (n == '/' || n == '!' || (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')))
			return 1;
		if (c == '&' && (n == '#' || (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z'))) {
			size_t k = i + 1;
			while (k < len && k - i < 12 && s[k] != ';' && s[k] != ' ')
				k++;
			if (k < len && s[k] == ';')
				return 1;
		}
	}
	return 0;
}

static int is_block(const xmlChar *name)
{
	static const char *const blocks[] = {
		"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
		"section", "article", "header", "footer", "aside", "figure", "figcaption", "table",
		"tr", "pre", "hr", "dd", "dt", "dl", "main", "nav", "address", NULL};
	for (const char *const *b = blocks; *b; b++)
		if (xmlStrcasecmp(name, (const xmlChar *)*b) == 0)
			return 1;
	return 0;
}

struct walk {
	struct artex_buf *out;
	int space; /* a space is owed before the next word */
	int failed;
};

static void line_end(struct walk *w)
{
	w->space = 0;
	if (w->out->len && w->out->data[w->out->len - 1] != '\n')
		w->failed |= artex_buf_putc(w->out, '\n') < 0;
}

static void words(struct walk *w, const char *s)
{
	for (; *s; s++) {
		if (strchr(" \t\r\n\f", *s)) {
			w->space = 1;
			continue;
		}
		if (w->space && w->out->len && w->out->data[w->out->len - 1] != '\n')
			w->failed |= artex_buf_putc(w->out, ' ') < 0;
		w->space = 0;
		/* U+00A0 stays as it is: it is text, not markup's white space. */
		w->failed |= artex_buf_putc(w->out, *s) < 0;
	}
}

/* The descendants of parent in document order; iterative, so deep markup
 * cannot exhaust the stack. */
static void walk_tree(struct walk *w, xmlNodePtr parent)
{
	xmlNodePtr n = parent->children;
	while (n) {
		int descend = 0;
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			words(w, (const char *)n->content);
		} else if (n->type == XML_ELEMENT_NODE &&
		           xmlStrcasecmp(n->name, (const xmlChar *)"script") != 0 &&
		           xmlStrcasecmp(n->name, (const xmlChar *)"style") != 0) {
			if (is_block(n->name))
				line_end(w);
			descend = n->children != NULL;
			if (!descend && is_block(n->name))
				line_end(w);
		}
		if (descend) {
			n = n->children;
			continue;
		}
		while (n != parent && !n->next) {
			n = n->parent;
			if (n != parent && n->type == XML_ELEMENT_NODE && is_block(n->name))
				line_end(w);
		}
		n = n == parent ? NULL : n->next;
	}
}

int artex__html_text(struct artex_buf *out, const char *s, size_t len)
{
	artex__xml_init();
	if (len > (size_t)INT32_MAX)
		return -1;
	htmlDocPtr doc = htmlReadMemory(s, (int)len, NULL, "UTF-8",
	                                HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	                                        HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED);
	if (!doc)
		return 0;
	struct walk w = {.out = out};
	walk_tree(&w, (xmlNodePtr)doc);
	xmlFreeDoc(doc);
	return w.failed ? -1 : 0;
}
