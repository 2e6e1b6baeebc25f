#include "model/model.h"

#include <libxml/uri.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/digest.h"
#include "util/utf8.h"

struct artex_article *artex__article_new(void)
{
	return calloc(1, sizeof(struct artex_article));
}

void artex_article_free(struct artex_article *art)
{
	if (!art)
		return;
	artex__arena_dispose(&art->arena);
	free(art);
}

const char *artex__article_str(struct artex_article *art, const char *s)
{
	return artex__arena_strdup(&art->arena, s);
}

const char *artex__article_strn(struct artex_article *art, const char *s, size_t len)
{
	return artex__arena_strndup(&art->arena, s, len);
}

/* Arrays grow by copying into a twice larger arena block; the old block stays
 * in the arena until the article is freed, which costs at most as much again. */
static void *grow(struct artex_article *art, void *items, size_t count, size_t *cap,
                  size_t elem)
{
	if (count < *cap)
		return items;
	size_t ncap = *cap ? *cap * 2 : 4;
	void *n = artex__arena_alloc(&art->arena, ncap * elem);
	if (!n)
		return NULL;
	if (count)
		memcpy(n, items, count * elem);
	*cap = ncap;
	return n;
}

int artex__strlist_add(struct artex_article *art, struct artex_strlist *list, const char *s)
{
	const char **items = grow(art, (void *)list->items, list->count, &list->cap,
	                          sizeof *list->items);
	const char *copy = artex__article_str(art, s);
	if (!items || !copy)
		return ARTEX_ENOMEM;
	list->items = items;
	items[list->count++] = copy;
	return 0;
}

int artex__strlist_add_arena(struct artex_article *art, struct artex_strlist *list,
                             const char *s)
{
	const char **items = grow(art, (void *)list->items, list->count, &list->cap,
	                          sizeof *list->items);
	if (!items)
		return ARTEX_ENOMEM;
	list->items = items;
	items[list->count++] = s;
	return 0;
}

#define DEFINE_ADD(fn, type, field, n, cap)                                        \
	type *fn(struct artex_article *art)                                        \
	{                                                                          \
		type *items = grow(art, art->field, art->n, &art->cap, sizeof(type)); \
		if (!items)                                                        \
			return NULL;                                               \
		art->field = items;                                                \
		return &items[art->n++];                                           \
	}

DEFINE_ADD(artex__article_add_person, struct artex_person, persons, n_persons, cap_persons)
DEFINE_ADD(artex__article_add_org, struct artex_org, orgs, n_orgs, cap_orgs)
DEFINE_ADD(artex__article_add_quote, struct artex_quote, quotes, n_quotes, cap_quotes)
DEFINE_ADD(artex__article_add_claim, struct artex_claim, claims, n_claims, cap_claims)
DEFINE_ADD(artex__article_add_image, struct artex_image, images, n_images, cap_images)

struct artex_provenance *artex__article_provenance(struct artex_article *art)
{
	if (!art->provenance)
		art->provenance = artex__arena_alloc(&art->arena, sizeof *art->provenance);
	return art->provenance;
}

int artex__article_provenance_source(struct artex_article *art, const char *name,
                                     const char *buf, size_t len, const char *format)
{
	if (art->provenance) {
		art->provenance->from_input = 1;
		return 0;
	}
	struct artex_provenance *p = artex__article_provenance(art);
	if (!p)
		return ARTEX_ENOMEM;
	const char *base = name ? strrchr(name, '/') : NULL;
	base = base ? base + 1 : name;
	char sha[ARTEX_SHA256_HEX];
	if (artex__sha256_hex(sha, buf, len) < 0)
		return ARTEX_ENOMEM;
	/* Standard input ("-") has no name to record. */
	const char *source = base && *base && strcmp(base, "-") != 0 ? base : NULL;
	p->source = source ? artex__article_str(art, source) : NULL;
	p->source_size = len;
	p->source_sha256 = artex__article_str(art, sha);
	p->source_format = format;
	p->tool = "artex";
	p->tool_version = artex_version();
	if ((source && !p->source) || !p->source_sha256)
		return ARTEX_ENOMEM;
	return 0;
}

void artex__article_warn(struct artex_article *art, const char *pointer, const char *message)
{
	if (art->warnings.count >= 100)
		return;
	char line[512];
	if (pointer && *pointer)
		snprintf(line, sizeof line, "%s (at %s)", message, pointer);
	else
		snprintf(line, sizeof line, "%s", message);
	artex__strlist_add(art, &art->warnings, line);
}

int artex__article_seal(struct artex_article *art)
{
	/* -0 is a confidence some formats write and others cannot; it is 0. */
	for (size_t i = 0; i < art->n_quotes; i++)
		if (art->quotes[i].confidence == 0)
			art->quotes[i].confidence = 0;
	for (size_t i = 0; i < art->n_claims; i++)
		if (art->claims[i].confidence == 0)
			art->claims[i].confidence = 0;
	/* Measured first, so that the body is written once, into the arena. */
	size_t len = 0;
	for (size_t i = 0; i < art->paragraphs.count; i++)
		len += (i ? 2 : 0) + strlen(art->paragraphs.items[i]);
	char *body = artex__arena_alloc(&art->arena, len + 1);
	if (!body)
		return ARTEX_ENOMEM;
	size_t at = 0;
	for (size_t i = 0; i < art->paragraphs.count; i++) {
		if (i)
			memcpy(body + at, "\n\n", 2), at += 2;
		size_t n = strlen(art->paragraphs.items[i]);
		memcpy(body + at, art->paragraphs.items[i], n);
		at += n;
	}
	body[len] = '\0';
	art->body = body;
	art->body_len = len;
	return 0;
}

const struct artex_person *artex__article_person(const struct artex_article *art, const char *id)
{
	for (size_t i = 0; id && i < art->n_persons; i++)
		/* Ids are checked after references, so a record may still lack one. */
		if (art->persons[i].id && strcmp(art->persons[i].id, id) == 0)
			return &art->persons[i];
	return NULL;
}

const struct artex_org *artex__article_org(const struct artex_article *art, const char *id)
{
	for (size_t i = 0; id && i < art->n_orgs; i++)
		if (art->orgs[i].id && strcmp(art->orgs[i].id, id) == 0)
			return &art->orgs[i];
	return NULL;
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Ids double as XML NCNames (TEI xml:id) and IRI fragments, so they keep to
 * ASCII letters, digits, '.', '-' and '_', starting with a letter or '_'. */
int artex__valid_id(const char *s)
{
	if (!s || !(is_alpha(*s) || *s == '_'))
		return 0;
	size_t n = 0;
	for (; *s; s++, n++)
		if (!(is_alpha(*s) || is_digit(*s) || *s == '.' || *s == '-' || *s == '_'))
			return 0;
	return n <= 128;
}

int artex__valid_article_id(const char *s)
{
	if (!s || !(is_alpha(*s) || is_digit(*s)))
		return 0;
	size_t n = 0;
	for (; *s; s++, n++)
		if (!(is_alpha(*s) || is_digit(*s) || *s == '.' || *s == '-' || *s == '_'))
			return 0;
	return n <= 200;
}

/* BCP 47 in the shape artex writes: a 2-3 letter primary subtag (or "und")
 * and optional subtags of 1-8 letters or digits. */
int artex__valid_language(const char *s)
{
	if (!s)
		return 0;
	size_t n = 0;
	while (s[n] >= 'a' && s[n] <= 'z')
		n++;
	if (n < 2 || n > 3)
		return 0;
	s += n;
	while (*s == '-') {
		s++;
		n = 0;
		while (is_alpha(s[n]) || is_digit(s[n]))
			n++;
		if (n < 1 || n > 8)
			return 0;
		s += n;
	}
	return *s == '\0';
}

/* What XML Schema's anyURI accepts, decided as libxml2 decides it (the TEI
 * schema types URLs so, and a model that passes its check must be
 * writable): characters a URI would escape count as plain ones, and the rest
 * must parse as an RFC 3986 reference. */
static int is_any_uri(const char *s)
{
	char *t = strdup(s);
	if (!t)
		return 0;
	for (unsigned char *c = (unsigned char *)t; *c; c++)
		if (*c < 32 || *c >= 127 || strchr(" <>\"{}|\\^`'", *c))
			*c = '_';
	xmlURIPtr uri = xmlParseURI(t);
	free(t);
	if (!uri)
		return 0;
	xmlFreeURI(uri);
	return 1;
}

int artex__valid_iri(const char *s)
{
	if (!s || !is_alpha(*s) || !is_any_uri(s))
		return 0;
	while (is_alpha(*s) || is_digit(*s) || *s == '+' || *s == '.' || *s == '-')
		s++;
	if (*s++ != ':' || !*s)
		return 0;
	size_t len = strlen(s);
	for (size_t i = 0; i < len;) {
		int32_t cp;
		i += artex__utf8_decode(s + i, len - i, &cp);
		/* ECMA-262 \s, as the schemas' pattern for IRIs reads it. */
		if (cp <= ' ' || (cp < 0x80 && strchr("<>\"{}|^`\\", (char)cp)) || cp == 0x85 ||
		    cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
		    cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF)
			return 0;
	}
	return 1;
}

const char *artex_article_format(const struct artex_article *art) { return art->format; }
const char *artex_article_id(const struct artex_article *art) { return art->id; }
const char *artex_article_headline(const struct artex_article *art) { return art->headline; }
const char *artex_article_language(const struct artex_article *art) { return art->language; }
const char *artex_article_section(const struct artex_article *art) { return art->section; }
const char *artex_article_date_published(const struct artex_article *art)
{
	return art->date_published;
}
const char *artex_article_body(const struct artex_article *art) { return art->body; }
size_t artex_article_paragraph_count(const struct artex_article *art)
{
	return art->paragraphs.count;
}
size_t artex_article_warning_count(const struct artex_article *art)
{
	return art->warnings.count;
}
const char *artex_article_warning(const struct artex_article *art, size_t index)
{
	return index < art->warnings.count ? art->warnings.items[index] : NULL;
}
size_t artex_article_person_count(const struct artex_article *art) { return art->n_persons; }
size_t artex_article_organization_count(const struct artex_article *art) { return art->n_orgs; }
size_t artex_article_quote_count(const struct artex_article *art) { return art->n_quotes; }
size_t artex_article_claim_count(const struct artex_article *art) { return art->n_claims; }
