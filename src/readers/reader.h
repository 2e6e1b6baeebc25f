/* Readers: one per input format, listed in registry.c. A reader fills an
 * empty article from a buffer and the registry seals it; the pipeline then
 * runs the model check, so readers need not repeat it. */
#ifndef ARTEX_READERS_READER_H
#define ARTEX_READERS_READER_H

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

/* ARTEX_EINVALID with the line and column of the first byte of buf that
 * is not UTF-8; 0 when all are. */
int artex__reader_utf8(const char *buf, size_t len, const char *file, struct artex_error *err);

/* A JSON document being read, so that its errors and warnings name the
 * place of a value: file, line, column and JSON Pointer. */
struct artex__json_input {
	struct artex_article *art;
	struct artex_error *err;
	const char *buf, *file;
	size_t len;
	size_t faults; /* wrong values read as absent, see artex__json_fault */
};

/* Fails the read with the value at `ptr`; returns ARTEX_EINVALID. After a
 * fault it stays quiet: what cannot go on is most likely its consequence. */
int artex__json_fail(struct artex__json_input *in, int msg_id, const char *ptr, const char *fmt,
                     ...) __attribute__((format(printf, 4, 5)));
/* A wrong value at `ptr`, the first of them also in err. When the
 * article's read options collect errors and their list has room, it joins
 * the list and 0 is returned: the reader reads the value as absent and goes
 * on, so one run shows every fault, and fails at its end when in->faults
 * is not 0. Otherwise ARTEX_EINVALID: reading stops here. */
int artex__json_fault(struct artex__json_input *in, int msg_id, const char *ptr, const char *fmt,
                      ...) __attribute__((format(printf, 4, 5)));
/* The index of `kind` among `names` (NULL-terminated) in *out; a kind
 * not among them is a fault at `ptr`, leaving *out as it was. */
int artex__json_kind(struct artex__json_input *in, const char *const *names, const char *kind,
                     const char *ptr, int *out);
/* The article's image at `url`, added unless it has it already; NULL
 * after an out-of-memory error. */
struct artex_image *artex__json_image(struct artex__json_input *in, const char *url);
/* The image's width (dim 0) or height (dim 1): px when it is a number of
 * pixels, else, when given, a warning at `ptr` that it is left out. */
void artex__json_image_size(struct artex__json_input *in, struct artex_image *img, int dim,
                            long long px, int given, const char *ptr);
/* Content that has no place in the model is left out, and said so: a
 * warning of the article, placed "line:col: " where the input shows it. */
void artex__json_warn(struct artex__json_input *in, const char *ptr, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

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

/* Reads buf[0..len) with the reader named `format` (NULL: detected from
 * `name` or the bytes) into a new sealed article, not yet checked. *used is
 * the reader, or NULL when none fits: ARTEX_EUSAGE for an unknown name,
 * ARTEX_EINVALID when detection fails. `name` names the input in errors
 * and gives the article id (NULL: "-"). */
int artex__reader_read(struct artex_article **out, const struct artex_reader **used,
                       const char *buf, size_t len, const char *format, const char *name,
                       const struct artex_read_opts *opts, struct artex_error *err);

/* Gives an error that names a place in the model (a JSON Pointer) the line
 * and column of that place in the input `r` read, when the format can. */
void artex__reader_locate(const struct artex_reader *r, const char *buf, size_t len,
                          struct artex_error *e);

#endif
