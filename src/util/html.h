/* Text of HTML fragments, as publishers put them into text fields. */
#ifndef ARTEX_UTIL_HTML_H
#define ARTEX_UTIL_HTML_H

#include <stddef.h>

#include "util/buf.h"

/* Whether s[0..len) holds markup or character references worth parsing:
 * a tag ("<p", "</", "<br") or an entity ("&amp;", "&#8217;"). */
int artex__html_looks_like(const char *s, size_t len);

/* Appends the text of the HTML fragment s[0..len) to out, parsed by
 * libxml2's HTML parser without network access: white space collapsed as a
 * browser would, block elements and <br> ending a line ("\n"), scripts,
 * styles and comments left out. Returns 0, or -1 when out of memory. */
int artex__html_text(struct artex_buf *out, const char *s, size_t len);

#endif
