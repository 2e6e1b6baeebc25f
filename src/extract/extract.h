/* Quote, speaker and claim extraction: the shared working state. One
 * struct artex_ex lives for one call of artex_article_extract; it owns its
 * token, mention, entity, quote and claim arrays (malloc'd, freed by
 * artex__ex_dispose) and only points into the article, which it never
 * frees. The per-language tables are static data. */
#ifndef ARTEX_EXTRACT_EXTRACT_H
#define ARTEX_EXTRACT_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "model/model.h"
#include "util/buf.h"

/* ---- per-language tables ---------------------------------------------- */

/* Entries are casefolded; a trailing '*' makes an entry a prefix, so one
 * line covers every inflected form ("сказал*": сказал, сказала, сказали). */
enum {
	ARTEX_CUE_THAT = 1,     /* takes a content clause: "said that", "заявил, что" */
	ARTEX_CUE_BARE = 2,     /* the clause may follow with no complementiser: "said the" */
	ARTEX_CUE_NP = 4,       /* the claim may be a noun phrase object: "подчеркнул важность" */
	ARTEX_CUE_WEAK = 8,     /* attributes partial quotes, never starts a claim: "called" */
	ARTEX_CUE_PASSIVE = 16, /* still a cue after "was": "was quoted as" */
	ARTEX_CUE_QUOTE = 32    /* introduces speech but is no claim cue: "saying" */
};

struct artex_cue {
	const char *word;
	int flags;
};

/* Gender of a pronoun, role noun or first name. */
enum { ARTEX_G_ANY = 0, ARTEX_G_M = 1, ARTEX_G_F = 2, ARTEX_G_PL = 3 };

struct artex_gword {
	const char *word;
	int gender;
};

/* Rewrites a case ending to the nominative: a word ending in `from` (with a
 * stem of at least `min_stem` letters) ends in `to` instead. */
struct artex_suffix_rule {
	const char *from, *to;
	int gender; /* the gender the rule assumes, ARTEX_G_ANY for both */
};

struct artex_lang {
	const char *tag;
	/* Frequent function words: language identification and the words a
	 * capitalised sentence start may be without being a name. */
	const char *const *function_words;
	const struct artex_cue *cues;          /* verbs of saying and thinking */
	/* Attribution phrases; '@' marks the place of the source:
	 * "по словам @", "according to @", "по @ словам". */
	const char *const *source_phrases;
	/* Openings that point a cue back at the previous sentence:
	 * "такое мнение", "об этом". */
	const char *const *anaphors;
	const char *const *complementisers; /* "что", "that" */
	const char *const *conjunctions;    /* "but", "но": a claim continues after them */
	const char *const *skip_words;      /* auxiliaries and adverbs between subject and verb */
	const char *const *clause_starts;   /* words a bare content clause may start with: "the", "he" */
	const char *const *prepositions;    /* a name after them is not in the nominative */
	const char *const *passive_aux;     /* "was", "were": a cue after them is passive */
	const struct artex_gword *pronouns; /* subject pronouns that may stand for a speaker */
	const struct artex_gword *roles;    /* role nouns that may stand for a person */
	const char *const *titles;          /* honorifics dropped from names: "mr", "dr" */
	const char *const *org_words;       /* words that make a name an organisation */
	const char *const *name_nouns;      /* nouns before a quoted name: "newspaper", "газета" */
	const char *const *indefinites;     /* "a", "an", "one of": an unnamed source follows */
	const char *const *abbreviations;   /* end in '.', do not end a sentence */
	const char *const *months;          /* capitalised, but not names */
	const struct artex_suffix_rule *first_name_rules; /* oblique -> nominative */
	const struct artex_suffix_rule *surname_rules;
	const struct artex_gword *name_endings; /* nominative first-name endings -> gender */
	/* Common nouns are capitalised too (German): a capitalised run is a name
	 * only after a role or title, or when it names someone met before. */
	int noun_caps;
	/* Past-tense endings of a cue verb that tell its subject's gender
	 * ("сказала", "заявив"); longest first. */
	const struct artex_gword *verb_gender;
};

extern const struct artex_lang artex__lang_ru, artex__lang_uk, artex__lang_en, artex__lang_de,
	artex__lang_fr, artex__lang_es;

/* The table for a BCP 47 tag's primary subtag; English for unknown ones. */
const struct artex_lang *artex__lang_table(const char *tag);

/* 1 if the casefolded word w[0..n) is in the list (entries may end in '*'). */
int artex__word_in(const char *const *list, const char *w, size_t n);
/* The matching cue's flags, 0 if none. */
int artex__cue_flags(const struct artex_cue *cues, const char *w, size_t n);
/* Gender of a word in a gendered list, -1 if absent. */
int artex__gword(const struct artex_gword *list, const char *w, size_t n);

/* ---- tokens --------------------------------------------------------------- */

enum artex_tok_kind { ARTEX_T_WORD, ARTEX_T_NUM, ARTEX_T_PUNCT, ARTEX_T_QUOTE, ARTEX_T_DASH };

enum {
	ARTEX_TF_CAP = 1,     /* first letter upper case */
	ARTEX_TF_UPPER = 2,   /* two or more letters, all upper case */
	ARTEX_TF_POSS = 4,    /* ends in 's or ’s */
	ARTEX_TF_INQUOTE = 8, /* inside an accepted quote */
	ARTEX_TF_SENT0 = 16   /* first word of its sentence */
};

struct artex_tok {
	uint32_t b, e;   /* bytes in ex->text */
	uint32_t fb, fe; /* casefolded form in ex->fold */
	uint32_t para;   /* 0 is the headline */
	uint32_t sent;
	int32_t cp;      /* first code point (marks and dashes) */
	uint8_t kind;
	uint8_t flags;
	int32_t mention; /* mention that starts here, -1 */
};

enum artex_mention_kind { ARTEX_M_NAME, ARTEX_M_PRONOUN, ARTEX_M_ROLE };

struct artex_mention {
	uint32_t t0, t1;  /* tokens [t0, t1) of the name itself */
	uint32_t r0;      /* first token of a role or title before it (== t0 if none) */
	uint8_t kind;
	uint8_t gender;
	uint8_t unnamed;  /* "a spokesman", "Gregoire's spokesman" */
	uint8_t poss;     /* possessive form */
	int32_t entity;   /* -1: none */
};

struct artex_entity {
	char *name;          /* canonical, malloc'd */
	char *key;           /* casefolded last name stem, malloc'd */
	int is_org;
	int gender;
	int known;           /* from the people registry */
	int used;            /* speaks or claims somewhere */
	int nominative;      /* the name is a form seen (not derived) as nominative */
	char *role;          /* malloc'd or NULL */
	int affiliation;     /* entity index or -1 */
	const char *reg_role;          /* registry values, owned by the registry json */
	struct artex_strlist same_as;  /* arena strings */
	struct artex_strlist aliases;  /* arena strings */
	const char *model_id;
	int last_seen;       /* token position of the latest mention */
	char **alias_keys;   /* casefolded registry aliases, malloc'd */
	size_t n_alias_keys;
};

struct artex_xquote {
	uint32_t t0, t1;  /* tokens inside the marks (or the dash speech) */
	uint32_t b, e;    /* bytes */
	int speaker;      /* entity, -1 */
	int cue_tok;      /* token of the cue word, -1 */
	double conf;
	int dropped;
	int orphan;       /* closing mark only: the quote runs from the paragraph start */
	int unclosed;     /* no closing mark in the paragraph */
	int cont;         /* continued in the next paragraph */
	int dash;         /* dash-led speech, no marks */
	const char *model_id;
};

struct artex_xclaim {
	uint32_t b, e;
	int claimant;
	int kind;         /* enum artex_claim_kind */
	int quote;        /* xquote index, -1 */
	double conf;
};

struct artex_ex {
	struct artex_article *art;
	const struct artex_lang *L;
	struct artex_buf textbuf; /* headline "\n\n" body */
	const char *text;
	size_t len;
	size_t hl_len;            /* bytes of the headline */
	struct artex_buf fold;
	struct artex_tok *toks;
	size_t n_toks, cap_toks;
	uint32_t *sent_start;     /* first token of each sentence, plus n_toks at the end */
	size_t n_sents;
	struct artex_mention *ments;
	size_t n_ments, cap_ments;
	struct artex_entity *ents;
	size_t n_ents, cap_ents;
	struct artex_xquote *quotes;
	size_t n_quotes, cap_quotes;
	struct artex_xclaim *claims;
	size_t n_claims, cap_claims;
	int oom;
};

/* Growth of the arrays above; returns the new zeroed slot or NULL (and sets
 * ex->oom). */
void *artex__ex_push(struct artex_ex *ex, void **items, size_t *n, size_t *cap, size_t size);

/* Token text and its casefolded form. */
static inline const char *artex__tok_s(const struct artex_ex *ex, size_t t)
{
	return ex->text + ex->toks[t].b;
}
static inline size_t artex__tok_n(const struct artex_ex *ex, size_t t)
{
	return ex->toks[t].e - ex->toks[t].b;
}
static inline const char *artex__tok_f(const struct artex_ex *ex, size_t t)
{
	return ex->fold.data + ex->toks[t].fb;
}
static inline size_t artex__tok_fn(const struct artex_ex *ex, size_t t)
{
	return ex->toks[t].fe - ex->toks[t].fb;
}
/* 1 if token t is the word (casefolded) w. */
int artex__tok_is(const struct artex_ex *ex, size_t t, const char *w);
int artex__tok_in(const struct artex_ex *ex, size_t t, const char *const *list);
int artex__tok_punct(const struct artex_ex *ex, size_t t, int32_t c);

/* Stages, in order. Each returns 0 or a negative status (out of memory). */
int artex__ex_tokenize(struct artex_ex *ex);
int artex__ex_quotes(struct artex_ex *ex);
int artex__ex_sentences(struct artex_ex *ex);
int artex__ex_accept(struct artex_ex *ex);
int artex__ex_mentions(struct artex_ex *ex);
int artex__ex_attribute(struct artex_ex *ex);
int artex__ex_claims(struct artex_ex *ex);

/* Adds an entity named `name` (taken over, malloc'd); its index or -1. */
int artex__ex_new_entity(struct artex_ex *ex, char *name, int is_org);

/* Identifies the language of the article text from script and function
 * words; a static tag. */
const char *artex__lang_identify(const char *text, size_t len);

/* Entity behind the speaker of cue token `cue` in its sentence, or -1; *conf
 * gets the confidence of the attribution. */
int artex__ex_cue_speaker(struct artex_ex *ex, size_t cue, double *conf);
/* Entity a mention resolves to at its place in the text, -1 when unnamed. */
int artex__ex_resolve(struct artex_ex *ex, size_t m);
/* Speaker named by an attribution phrase ("по его словам") in sentence s:
 * an entity, -1 for an unnamed one, -2 when there is no phrase. */
int artex__ex_phrase_speaker(struct artex_ex *ex, size_t s, double *conf);
/* Cue flags of token t, taking passives into account; 0 if not a cue. */
int artex__ex_cue_at(const struct artex_ex *ex, size_t t);

#endif
