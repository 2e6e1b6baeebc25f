/* The canonical article model, shared by readers, extraction and exporters.
 * Every string and array belongs to the article's arena and lives until
 * artex_article_free; readers and extraction add to the model only through
 * the functions below, exporters only read it. */
#ifndef ARTEX_MODEL_MODEL_H
#define ARTEX_MODEL_MODEL_H

#include <stddef.h>

#include "artex.h"
#include "util/arena.h"

struct artex_strlist {
	const char **items;
	size_t count, cap;
};

struct artex_person {
	const char *id;
	const char *name;        /* canonical name, nominative, no honorifics */
	const char *role;        /* NULL when unknown */
	const char *affiliation; /* organisation id, NULL when unknown */
	struct artex_strlist aliases; /* other forms met in the text */
	struct artex_strlist same_as; /* IRIs of the same person elsewhere */
};

struct artex_org {
	const char *id;
	const char *name;
	struct artex_strlist aliases;
	struct artex_strlist same_as;
};

struct artex_quote {
	const char *id;
	const char *text;
	const char *speaker; /* person or organisation id, NULL when unknown */
	const char *cue;     /* the attributing word as written, NULL if none */
	enum artex_quote_kind kind;
	double confidence;
	struct artex_span span; /* span.end == 0: no span (spans are never empty) */
};

struct artex_claim {
	const char *id;
	const char *text;
	const char *claimant; /* person or organisation id, NULL when unknown */
	const char *quote;    /* id of the quote it comes from, NULL if none */
	enum artex_claim_kind kind;
	double confidence;
	struct artex_span span; /* span.end == 0: no span */
};

/* An image of the article; width and height in pixels, 0 when not given. */
struct artex_image {
	const char *url;
	size_t width, height;
};

/* Where the article's data came from and what made it: the source file as
 * read (base name, so outputs do not depend on the folder; size; SHA-256
 * in lower-case hex) and the conversion that first read it. An input that
 * carries provenance of its own (an artex output read back) keeps it. */
struct artex_provenance {
	const char *source;        /* base name; NULL for standard input and streams */
	size_t source_size;        /* bytes; 0 when unknown */
	const char *source_sha256; /* NULL when unknown */
	const char *source_format; /* reader name */
	const char *tool;          /* "artex" */
	const char *tool_version;
	struct artex_strlist options; /* the options that change output, "--name[=value]" */
	const char *date;          /* conversion time, only when asked for */
	/* Not part of the model: set when the reader found provenance in the
	 * input, so the conversion that reads it adds nothing of its own. */
	int from_input;
};

struct artex_article {
	struct artex_arena arena;
	const char *format; /* name of the reader that produced it */
	/* The caller's options while a reader runs, NULL otherwise. */
	const struct artex_read_opts *read_opts;
	const char *id;
	const char *language;
	const char *headline;
	const char *description; /* the publisher's summary; never the body */
	const char *section;
	const char *date_published;
	const char *date_modified;
	const char *date_created;
	const char *publisher;
	const char *url;
	struct artex_strlist authors;
	struct artex_strlist keywords;
	struct artex_image *images;
	size_t n_images, cap_images;
	struct artex_strlist paragraphs;
	struct artex_person *persons;
	size_t n_persons, cap_persons;
	struct artex_org *orgs;
	size_t n_orgs, cap_orgs;
	struct artex_quote *quotes;
	size_t n_quotes, cap_quotes;
	struct artex_claim *claims;
	size_t n_claims, cap_claims;
	struct artex_provenance *provenance; /* NULL when none */
	/* What a reader could not map into the model ("message (at /pointer)");
	 * not part of the model's content. */
	struct artex_strlist warnings;
	/* Paragraphs joined by "\n\n"; built by artex__article_seal. */
	const char *body;
	size_t body_len;
};

struct artex_article *artex__article_new(void);
/* Arena copies; NULL in, NULL out. */
const char *artex__article_str(struct artex_article *art, const char *s);
const char *artex__article_strn(struct artex_article *art, const char *s, size_t len);
int artex__strlist_add(struct artex_article *art, struct artex_strlist *list, const char *s);
/* Adds s, a string already in art's arena, without copying it. */
int artex__strlist_add_arena(struct artex_article *art, struct artex_strlist *list,
                             const char *s);
/* Appends a zeroed entity and returns it (NULL on OOM). The pointer stays
 * valid only until the next add of the same kind. */
struct artex_person *artex__article_add_person(struct artex_article *art);
struct artex_org *artex__article_add_org(struct artex_article *art);
struct artex_quote *artex__article_add_quote(struct artex_article *art);
struct artex_claim *artex__article_add_claim(struct artex_article *art);
struct artex_image *artex__article_add_image(struct artex_article *art);
/* The article's provenance, made empty on first use (NULL on OOM). */
struct artex_provenance *artex__article_provenance(struct artex_article *art);
/* Fills in what is knowable of the source buf[0..len) read by `format`
 * from `name` (a path, or NULL for standard input): base name, size,
 * SHA-256, and this tool's name and version. Keeps provenance the input
 * carried. */
int artex__article_provenance_source(struct artex_article *art, const char *name,
                                     const char *buf, size_t len, const char *format);
/* Records a reader's warning; at most 100 are kept. */
void artex__article_warn(struct artex_article *art, const char *pointer, const char *message);
/* Builds the body from the paragraphs; call once the paragraphs are final. */
int artex__article_seal(struct artex_article *art);
/* artex_article_check without the metadata and body, which the reader
 * checked: for extraction, which adds only people, organisations, quotes
 * and claims. */
int artex__article_check_annotations(const struct artex_article *art, struct artex_error *err);

const struct artex_person *artex__article_person(const struct artex_article *art, const char *id);
const struct artex_org *artex__article_org(const struct artex_article *art, const char *id);

/* The model check, collecting every error up to max into all (NULL: only
 * the first, into err, as artex_article_check); the first is also in err. */
int artex__article_check_all(const struct artex_article *art, struct artex_error *err,
                             struct artex_error_list *all, size_t max);

/* Checks of single values, shared by the model check and the readers. */
int artex__valid_id(const char *s);
int artex__valid_language(const char *s);
/* An article id: 1-200 letters, digits, '.', '-' and '_', not starting
 * with punctuation (looser than entity ids, which start with a letter). */
int artex__valid_article_id(const char *s);
/* An absolute IRI: a scheme, ':', then no spaces, controls or <>"{}|^`\. */
int artex__valid_iri(const char *s);

#endif
