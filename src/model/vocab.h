/* The vocabularies the model is written in when it leaves as JSON-LD,
 * N-Quads or ninjs: the exporters write these names and the readers
 * recognise them. */
#ifndef ARTEX_MODEL_VOCAB_H
#define ARTEX_MODEL_VOCAB_H

/* Namespace of the few terms schema.org lacks (quote kind, cue, confidence,
 * the text a span counts in); bound to the "artex" prefix in the context. */
#define ARTEX__VOCAB_NS "urn:artex:vocab:"
#define ARTEX__OA_NS "http://www.w3.org/ns/oa#"
#define ARTEX__SCHEMA_NS "http://schema.org/"

/* The model's fields and the JSON-LD terms that carry them: one table for
 * the exporter that writes them, the reader that reads them back and the
 * reader's error locations. X(NAME, model field, term). */
#define ARTEX__JSONLD_FIELDS(X) \
	X(ID, "id", "identifier") \
	X(LANGUAGE, "language", "inLanguage") \
	X(HEADLINE, "headline", "headline") \
	X(DESCRIPTION, "description", "description") \
	X(SECTION, "section", "articleSection") \
	X(DATE_PUBLISHED, "date_published", "datePublished") \
	X(DATE_MODIFIED, "date_modified", "dateModified") \
	X(DATE_CREATED, "date_created", "dateCreated") \
	X(PUBLISHER, "publisher", "publisher") \
	X(URL, "url", "url") \
	X(AUTHORS, "authors", "author") \
	X(KEYWORDS, "keywords", "keywords") \
	X(IMAGES, "images", "image") \
	X(BODY, "body", "articleBody") \
	X(NAME, "name", "name") \
	X(ROLE, "role", "jobTitle") \
	X(AFFILIATION, "affiliation", "affiliation") \
	X(ALIASES, "aliases", "alternateName") \
	X(SAME_AS, "same_as", "sameAs") \
	X(TEXT, "text", "text") \
	X(SPEAKER, "speaker", "spokenByCharacter") \
	X(CLAIMANT, "claimant", "author") \
	X(QUOTE, "quote", "isBasedOn") \
	X(KIND, "kind", "artex:kind") \
	X(CUE, "cue", "artex:cue") \
	X(CONFIDENCE, "confidence", "artex:confidence")

#define ARTEX__JSONLD_FIELD_ENUM(name, field, term) ARTEX__JF_##name,
enum artex__jsonld_field { ARTEX__JSONLD_FIELDS(ARTEX__JSONLD_FIELD_ENUM) ARTEX__JF_COUNT };

struct artex__jsonld_term {
	const char *field; /* the key in the model's YAML form */
	const char *term;  /* schema.org (or artex:) term in JSON-LD */
};
extern const struct artex__jsonld_term artex__jsonld_terms[ARTEX__JF_COUNT];

/* The JSON-LD term of model field NAME: ARTEX__TERM(HEADLINE). */
#define ARTEX__TERM(name) (artex__jsonld_terms[ARTEX__JF_##name].term)

/* The names the ninjs exporter writes and the ninjs reader reads back.
 * ninjs 3.1 allows no property of its own anywhere (its schema closes every
 * object), so what ninjs has no field for travels in `altIds` entries whose
 * role starts with "artex:"; README.md ("ninjs") lists them. */
#define ARTEX__NINJS_SCHEMA_URI "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"
#define ARTEX__NINJS_EXT "artex:"

/* rel of the associations that hold quotes and claims, and of the people
 * and organisations inside them. */
#define ARTEX__NINJS_REL_QUOTE "quote"
#define ARTEX__NINJS_REL_CLAIM "claim"
#define ARTEX__NINJS_REL_SPEAKER "speaker"
#define ARTEX__NINJS_REL_CLAIMANT "claimant"
#define ARTEX__NINJS_REL_MENTIONED "mentioned"

#endif
