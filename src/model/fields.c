#include "model/fields.h"

#include <stddef.h>
#include <string.h>

static const char *const quote_kinds[] = {"direct", "headline", NULL};
static const char *const claim_kinds[] = {"direct", "indirect", "headline", NULL};
const char *const artex__span_field_names[] = {"body", "headline", NULL};

#define STR(k, type, f, fl) {k, ARTEX_FT_STRING, fl, offsetof(type, f), NULL, NULL}
#define LIST(k, type, f, fl) {k, ARTEX_FT_STRLIST, fl, offsetof(type, f), NULL, NULL}

static const struct artex_field person_fields[] = {
	STR("id", struct artex_person, id, ARTEX_FIELD_REQUIRED),
	STR("name", struct artex_person, name, ARTEX_FIELD_REQUIRED),
	STR("role", struct artex_person, role, 0),
	STR("affiliation", struct artex_person, affiliation, 0),
	LIST("aliases", struct artex_person, aliases, 0),
	LIST("same_as", struct artex_person, same_as, 0),
};

static const struct artex_field org_fields[] = {
	STR("id", struct artex_org, id, ARTEX_FIELD_REQUIRED),
	STR("name", struct artex_org, name, ARTEX_FIELD_REQUIRED),
	LIST("aliases", struct artex_org, aliases, 0),
	LIST("same_as", struct artex_org, same_as, 0),
};

static const struct artex_field quote_fields[] = {
	STR("id", struct artex_quote, id, ARTEX_FIELD_REQUIRED),
	STR("text", struct artex_quote, text, ARTEX_FIELD_REQUIRED | ARTEX_FIELD_MULTILINE),
	STR("speaker", struct artex_quote, speaker, 0),
	{"kind", ARTEX_FT_ENUM, ARTEX_FIELD_REQUIRED, offsetof(struct artex_quote, kind),
	 quote_kinds, NULL},
	STR("cue", struct artex_quote, cue, 0),
	{"confidence", ARTEX_FT_NUMBER, 0, offsetof(struct artex_quote, confidence), NULL, NULL},
	{"span", ARTEX_FT_SPAN, 0, offsetof(struct artex_quote, span), NULL, NULL},
};

static const struct artex_field claim_fields[] = {
	STR("id", struct artex_claim, id, ARTEX_FIELD_REQUIRED),
	STR("text", struct artex_claim, text, ARTEX_FIELD_REQUIRED | ARTEX_FIELD_MULTILINE),
	STR("claimant", struct artex_claim, claimant, 0),
	{"kind", ARTEX_FT_ENUM, ARTEX_FIELD_REQUIRED, offsetof(struct artex_claim, kind),
	 claim_kinds, NULL},
	STR("quote", struct artex_claim, quote, 0),
	{"confidence", ARTEX_FT_NUMBER, 0, offsetof(struct artex_claim, confidence), NULL, NULL},
	{"span", ARTEX_FT_SPAN, 0, offsetof(struct artex_claim, span), NULL, NULL},
};

static const struct artex_field image_fields[] = {
	STR("url", struct artex_image, url, ARTEX_FIELD_REQUIRED),
	{"width", ARTEX_FT_COUNT, 0, offsetof(struct artex_image, width), NULL, NULL},
	{"height", ARTEX_FT_COUNT, 0, offsetof(struct artex_image, height), NULL, NULL},
};

static const struct artex_field provenance_fields[] = {
	STR("source", struct artex_provenance, source, 0),
	{"source_size", ARTEX_FT_COUNT, 0, offsetof(struct artex_provenance, source_size), NULL,
	 NULL},
	STR("source_sha256", struct artex_provenance, source_sha256, 0),
	STR("source_format", struct artex_provenance, source_format, 0),
	STR("tool", struct artex_provenance, tool, ARTEX_FIELD_REQUIRED),
	STR("tool_version", struct artex_provenance, tool_version, ARTEX_FIELD_REQUIRED),
	LIST("options", struct artex_provenance, options, 0),
	STR("date", struct artex_provenance, date, 0),
};

#define N(a) (sizeof a / sizeof a[0])

static void *add_person(struct artex_article *art) { return artex__article_add_person(art); }
static void *add_org(struct artex_article *art) { return artex__article_add_org(art); }
static void *add_quote(struct artex_article *art) { return artex__article_add_quote(art); }
static void *add_claim(struct artex_article *art) { return artex__article_add_claim(art); }
static void *add_image(struct artex_article *art) { return artex__article_add_image(art); }
static void *add_provenance(struct artex_article *art) { return artex__article_provenance(art); }

#define ENTITY(fields, type, items, count, add)                                            \
	{fields, N(fields), sizeof(type), offsetof(struct artex_article, items),           \
	 offsetof(struct artex_article, count), add}

static const struct artex_entity persons =
	ENTITY(person_fields, struct artex_person, persons, n_persons, add_person);
static const struct artex_entity orgs =
	ENTITY(org_fields, struct artex_org, orgs, n_orgs, add_org);
static const struct artex_entity quotes =
	ENTITY(quote_fields, struct artex_quote, quotes, n_quotes, add_quote);
static const struct artex_entity claims =
	ENTITY(claim_fields, struct artex_claim, claims, n_claims, add_claim);
static const struct artex_entity images =
	ENTITY(image_fields, struct artex_image, images, n_images, add_image);

static const struct artex_entity provenance = {
	provenance_fields, N(provenance_fields), sizeof(struct artex_provenance), 0, 0,
	add_provenance};

#define ENTITIES(k, e) {k, ARTEX_FT_ENTITIES, ARTEX_FIELD_EMIT_EMPTY, 0, NULL, &e}

const struct artex_field artex__article_fields[] = {
	STR("id", struct artex_article, id, ARTEX_FIELD_REQUIRED),
	STR("language", struct artex_article, language, ARTEX_FIELD_REQUIRED),
	STR("headline", struct artex_article, headline, ARTEX_FIELD_REQUIRED),
	STR("description", struct artex_article, description, 0),
	STR("section", struct artex_article, section, 0),
	STR("date_published", struct artex_article, date_published, 0),
	STR("date_modified", struct artex_article, date_modified, 0),
	STR("date_created", struct artex_article, date_created, 0),
	STR("publisher", struct artex_article, publisher, 0),
	STR("url", struct artex_article, url, 0),
	LIST("authors", struct artex_article, authors, ARTEX_FIELD_EMIT_EMPTY),
	LIST("keywords", struct artex_article, keywords, ARTEX_FIELD_EMIT_EMPTY),
	{"images", ARTEX_FT_ENTITIES, 0, 0, NULL, &images},
	ENTITIES("persons", persons),
	ENTITIES("organizations", orgs),
	ENTITIES("quotes", quotes),
	ENTITIES("claims", claims),
	LIST("body", struct artex_article, paragraphs, ARTEX_FIELD_REQUIRED | ARTEX_FIELD_EMIT_EMPTY),
	{"provenance", ARTEX_FT_RECORD, 0, offsetof(struct artex_article, provenance), NULL,
	 &provenance},
};

const size_t artex__article_n_fields = N(artex__article_fields);

static const char *const media_types[][2] = {
	{"text", "text/plain"},
	{"html", "text/html"},
	{"yaml", "application/yaml"},
	{"jsonld", "application/ld+json"},
	{"tei", "application/tei+xml"},
};

const char *artex__format_media_type(const char *format)
{
	for (size_t i = 0; format && i < N(media_types); i++)
		if (strcmp(media_types[i][0], format) == 0)
			return media_types[i][1];
	return NULL;
}

const char *artex__format_of_media_type(const char *media_type)
{
	for (size_t i = 0; media_type && i < N(media_types); i++)
		if (strcmp(media_types[i][1], media_type) == 0)
			return media_types[i][0];
	return NULL;
}
