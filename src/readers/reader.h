/* Readers: one per input format, listed in registry.c. A reader fills an
 * empty article from a buffer; the registry then seals the article and runs
 * the model check, so readers need not repeat it. */
#ifndef ARTEX_READERS_READER_H
#define ARTEX_READERS_READER_H

#include <stdarg.h>
#include <stddef.h>

#include "artex.h"
#include "model/model.h"

struct artex_reader {
	const char *name;            /* -f value: "text", "yaml" */
	const char *const *suffixes; /* file name endings that select it, NULL-terminated */
	/* How sure the reader is that buf is its format, 0..100. */
	int (*sniff)(const char *buf, size_t len);
	/* `file` names the input in errors. The article id is set beforehand
	 * from the file name; a reader may overwrite it. */
	int (*read)(struct artex_article *art, const char *buf, size_t len, const char *file,
	            struct artex_error *err);
	/* Line and column of the value at a JSON Pointer into the model's form,
	 * for errors found after reading; NULL when the format has no such map. */
	int (*locate)(const char *buf, size_t len, const char *pointer, int *line, int *column);
};

extern const struct artex_reader artex__reader_text;
extern const struct artex_reader artex__reader_yaml;
extern const struct artex_reader artex__reader_jsonld;
extern const struct artex_reader artex__reader_tei;
extern const struct artex_reader artex__reader_ninjs;

extern const struct artex_reader artex__reader_html;

/* A wrong value at `ptr` in the JSON input buf[0..len): an error with its
 * file, line, column and pointer, the first of them also in err. When the
 * article's read options collect errors and their list has room, the error
 * joins it and 0 is returned: the reader reads the value as absent and goes
 * on, so one run shows every fault, and fails at its end when *faults is
 * not 0. Otherwise ARTEX_EINVALID: reading stops here. */
int artex__reader_fault(const struct artex_article *art, struct artex_error *err, size_t *faults,
                        const char *buf, size_t len, const char *file, const char *ptr,
                        int msg_id, const char *fmt, va_list ap)
	__attribute__((format(printf, 9, 0)));

/* The first schema.org article of a JSON-LD document as the JSON-LD reader
 * maps it, metadata only: headline, dates (as written, not checked),
 * language (when a BCP 47 tag), section, URL, keywords, authors, publisher,
 * and the articleBody's paragraphs when there is one. For JSON-LD embedded
 * in web pages. */
int artex__jsonld_metadata(struct artex_article *art, const char *buf, size_t len,
                           const char *file, struct artex_error *err);

const struct artex_reader *artex__reader_find(const char *name);
/* Length of the file-name ending that selects a reader (".tei.xml" = 8), 0
 * when no reader claims the name. */
size_t artex__reader_suffix_len(const char *file);

/* Picks a reader by the file name's ending, else by sniffing. */
const struct artex_reader *artex__reader_detect(const char *file, const char *buf, size_t len);

#endif
