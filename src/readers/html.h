/* The web page reader's parts: decoding and metadata in html.c, the search
 * for the article's text in html_body.c. */
#ifndef ARTEX_READERS_HTML_H
#define ARTEX_READERS_HTML_H

#include <libxml/tree.h>
#include <stddef.h>

#include "model/model.h"
#include "util/buf.h"

struct html_page {
	struct artex_article *art;
	const char *file;
	struct artex_error *err;
	xmlDocPtr doc;
	xmlNodePtr body;
	/* Where itemprop="articleBody" (or its RDFa twin) marks the text. */
	xmlNodePtr body_hint;
	const char *headline; /* as chosen from the metadata, to keep it out of the body */
	char *byline; /* text of the first byline met, for pages that name no author otherwise */
	struct artex_buf *dump; /* NULL unless the blocks are being explained */
};

/* Lower-case ASCII name of an element, "" for other nodes. */
const char *artex__html_name(const xmlNode *n);
/* Value of attribute `name` (libxml2's own storage; NULL when absent). */
const char *artex__html_attr(const xmlNode *n, const char *name);
/* The next node in document order below `root`; with skip_children the
 * subtree of n is passed over. */
xmlNodePtr artex__html_next(xmlNodePtr n, const xmlNode *root, int skip_children);
/* Appends the text of n with runs of white space made one space, NFC
 * applied later by the caller. Controls that no output can carry are left out. */
void artex__html_node_text(struct artex_buf *b, const xmlNode *n);
/* The text of n as artex__html_node_text gives it, malloc'd; NULL when empty. */
char *artex__html_node_text_dup(const xmlNode *n);
/* Appends s[0..len) collapsing white space; *space says a space is pending. */
void artex__html_put_collapsed(struct artex_buf *b, const char *s, size_t len, int *space);
/* "div#main.story-body": for messages about an element. */
void artex__html_describe(struct artex_buf *b, const xmlNode *n);

/* The text after "By " (or "Von", "Par", "Por") at the start of s, or
 * NULL when s does not start so. */
const char *artex__html_byline(const char *s);

/* Fills the article's paragraphs from the page's main text. */
int artex__html_body(struct html_page *pg);

#endif
