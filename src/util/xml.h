/* Safe XML parsing and writing helpers over libxml2. A parsed xmlDoc belongs
 * to the caller, who frees it with xmlFreeDoc; nothing here keeps a
 * reference to it. */
#ifndef ARTEX_UTIL_XML_H
#define ARTEX_UTIL_XML_H

#include <stddef.h>

#include <libxml/tree.h>

#include "artex.h"
#include "util/buf.h"

/* Process-wide libxml2 set-up, done once: the parser is initialised and the
 * external entity loader refuses every load (libxml2 before 2.13 has no
 * per-document switch for that). Safe to call from any thread. */
void artex__xml_init(void);

/* While on (in the calling thread only), the entity loader lets libxml2 read
 * local files, never the network: for schemas whose include/externalRef or
 * xs:include name other files. */
void artex__xml_allow_local_loads(int on);

/* Parses buf[0..len) with no network access, no DTD loading, no entity
 * substitution and libxml2's default depth and size limits. A DOCTYPE is
 * accepted, its external subset never read; any entity declaration stops
 * the parse before it takes effect, as do references to undeclared
 * entities and inputs above ARTEX_MAX_INPUT. Errors carry `file` and the line and column. */
int artex__xml_parse(xmlDocPtr *out, const char *buf, size_t len, const char *file,
                     struct artex_error *err);

/* As artex__xml_parse, reading the file at `path` ("-": standard input);
 * ARTEX_EIO when it cannot be read. */
int artex__xml_parse_file(xmlDocPtr *out, const char *path, struct artex_error *err);

/* The node after c and everything below it in document order, staying
 * inside root (NULL: the whole document): root itself, or NULL, when the
 * walk is over. */
xmlNodePtr artex__xml_after(xmlNodePtr c, xmlNodePtr root);

/* Appends s with &, < and > escaped, and CR as a character reference so
 * that it survives the parser's line-end normalisation. */
void artex__xml_put_text(struct artex_buf *b, const char *s, size_t len);

/* As artex__xml_put_text for an attribute value in double quotes: also
 * escapes '"' and writes tab and line breaks as character references, which
 * attribute-value normalisation would otherwise turn into spaces. */
void artex__xml_put_attr(struct artex_buf *b, const char *s);

/* Copies valid UTF-8 s into b without the code points that token-typed TEI
 * values forbid (the pattern [^\p{C}\p{Z}]+: controls, format characters,
 * private use, unassigned code points, surrogates and every kind of space).
 * Returns the number of bytes appended. */
size_t artex__xml_put_token(struct artex_buf *b, const char *s);

#endif
