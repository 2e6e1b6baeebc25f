/* Quote, speaker and claim extraction: the shared working state. One
 * struct artex_ex lives for one call of artex__extract; it owns its
 * token, mention, entity, quote and claim arrays (malloc'd, freed by
 * artex__ex_dispose) and only points into the article, which it never
 * frees. The per-language tables are static data. */
#ifndef ARTEX_EXTRACT_EXTRACT_H
#define ARTEX_EXTRACT_EXTRACT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

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
	ARTEX_CUE_QUOTE = 32,   /* introduces speech but is no claim cue: "saying" */
	ARTEX_CUE_OF = 64       /* the content follows an object preposition: "accused X of Z" */
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

/* The plain word lists of struct artex_lang, each as X(field, ENUM): the
 * fields, the ARTEX_WL_* bits and the index in lang.c all expand this one
 * list, so a new list is one line here and one table per language.
 * Multiword entries (source phrases, anaphors) are matched word by word. */
#define ARTEX_LANG_WORDLISTS(X)                                                              \
	/* Frequent function words: language identification and the words a     \
	 * capitalised sentence start may be without being a name. */             \
	X(function_words, FUNCTION_WORDS)                                                    \
	/* Attribution phrases; '@' marks the place of the source, '%' any cue:  \
	 * "по словам @", "according to @", "по @ словам". */                    \
	X(source_phrases, SOURCE_PHRASES)                                                    \
	/* Openings that point a cue back at the previous sentence:             \
	 * "такое мнение", "об этом". */                                          \
	X(anaphors, ANAPHORS)                                                                \
	X(complementisers, COMPLEMENTISERS) /* "что", "that" */                            \
	X(conjunctions, CONJUNCTIONS)       /* "but", "но": a claim continues after them */ \
	X(skip_words, SKIP_WORDS)     /* auxiliaries and adverbs between subject and verb */ \
	X(clause_starts, CLAUSE_STARTS) /* words a bare content clause may start with */     \
	X(prepositions, PREPOSITIONS)   /* a name after them is not in the nominative */     \
	X(passive_aux, PASSIVE_AUX)     /* "was", "were": a cue after them is passive */     \
	X(titles, TITLES)               /* honorifics dropped from names: "mr", "dr" */      \
	X(org_words, ORG_WORDS)         /* words that make a name an organisation */         \
	X(name_nouns, NAME_NOUNS)       /* nouns before a quoted name: "newspaper" */        \
	X(indefinites, INDEFINITES)     /* "a", "an", "one of": an unnamed source follows */ \
	X(abbreviations, ABBREVIATIONS) /* end in '.', do not end a sentence */              \
	X(months, MONTHS)               /* capitalised, but not names */                     \
	/* Words that make a role noun after them part of the role, not of the   \
	 * name: "deputy", "acting", "former", "заместитель", "и. о.". */         \
	X(role_modifiers, ROLE_MODIFIERS)                                                    \
	/* Unnamed sources: the speaker stays null ("officials said",            \
	 * "источник в правительстве"). */                                        \
	X(generic_sources, GENERIC_SOURCES)                                                  \
	/* Nouns of saying and of the documents that say: "in a statement",     \
	 * "в заявлении", "the report found". */                                  \
	X(speech_nouns, SPEECH_NOUNS)                                                        \
	/* Prepositions that open the content of an ARTEX_CUE_OF cue: "of",     \
	 * "в" (обвинил в …). */                                                   \
	X(object_preps, OBJECT_PREPS)                                                        \
	/* Finite verb forms of reported speech (German Konjunktiv I: "sei",    \
	 * "habe"): a sentence with one goes on reporting the last source. */     \
	X(reportive_verbs, REPORTIVE_VERBS)                                                  \
	/* Endings (not words) of the lower-case genitive words that go on an   \
	 * organisation's name: "Министерство природных ресурсов". */              \
	X(genitive_endings, GENITIVE_ENDINGS)                                                \
	X(definite_articles, DEFINITE_ARTICLES) /* "the", "der", "la" */                   \
	/* Possessive determiners: "his spokesman" names nobody, "her report"    \
	 * is a noun. */                                                          \
	X(possessives, POSSESSIVES)                                                          \
	/* Words that open an apposition or relative clause after a name:        \
	 * "who", "который". */                                                      \
	X(relative_words, RELATIVE_WORDS)                                                    \
	X(coordinators, COORDINATORS)   /* "and", "и": coordinated subjects */               \
	X(inclusion_words, INCLUSION_WORDS) /* "including": a list, not the subject */      \
	/* Before a cue, an infinitive of purpose ("approached Y to complain    \
	 * that"): the subject is further back. */                                \
	X(infinitive_markers, INFINITIVE_MARKERS)                                            \
	/* Modal verbs: a cue right after one tells what someone may do, not    \
	 * what they said ("residents can report problems"). */                 \
	X(modals, MODALS)                                                                    \
	/* Lower-case particles inside names: "van", "de", "bin". */              \
	X(name_connectors, NAME_CONNECTORS)                                                  \
	/* Case endings a surname's key drops, longest first, so that           \
	 * "Ивановой" and "Иванова" share one key (endings, not words). */       \
	X(name_case_endings, NAME_CASE_ENDINGS)                                              \
	X(patronymic_endings, PATRONYMIC_ENDINGS) /* "ович", "івна" (endings) */          \
	/* Endings of participles: after a comma one starts a clause of the      \
	 * writer's, not the reported content ("…, raising the prospect"). */      \
	X(participle_endings, PARTICIPLE_ENDINGS)

#define ARTEX_WL_FIELD(field, NAME) const char *const *field;

struct artex_lang {
	const char *tag;
	ARTEX_LANG_WORDLISTS(ARTEX_WL_FIELD)
	const struct artex_cue *cues;          /* verbs of saying and thinking */
	const struct artex_gword *pronouns; /* subject pronouns that may stand for a speaker */
	const struct artex_gword *roles;    /* role nouns that may stand for a person */
	const struct artex_suffix_rule *first_name_rules; /* oblique -> nominative */
	const struct artex_suffix_rule *surname_rules;
	const struct artex_gword *name_endings; /* nominative first-name endings -> gender */
	/* Common nouns are capitalised too (German): a capitalised run is a name
	 * only after a role or title, or when it names someone met before. */
	int noun_caps;
	/* Past-tense endings of a cue verb that tell its subject's gender
	 * ("сказала", "заявив"); longest first. */
	const struct artex_gword *verb_gender;
	/* Masculine role nouns are used for women too ("министр Ольга …"): a
	 * role noun tells no gender unless it is feminine. */
	int masculine_roles_generic;
	/* An acronym after a name-like run is an organisation of its own
	 * ("области СОЮЗАРХ"), not the end of a name ("Bank of America NA"). */
	int acronym_after_name_stands_alone;
};

extern const struct artex_lang artex__lang_ru, artex__lang_uk, artex__lang_en, artex__lang_de,
	artex__lang_fr, artex__lang_es;

/* The table for a BCP 47 tag's primary subtag; English for unknown ones. */
const struct artex_lang *artex__lang_table(const char *tag);

/* Builds the process-wide lookup tables below and the index of the word
 * lists (once; every entry point that uses them calls it first). */
void artex__lang_init(void);

/* utf8proc's category and lower case of the code points below U+0800,
 * copied once so that tokenising Latin and Cyrillic text needs no call per
 * character; higher code points go to utf8proc. */
#define ARTEX_CP_TABLE 0x800
enum {
	ARTEX_CP_LETTER = 1, /* L* or M*: a letter as the tokeniser counts them */
	ARTEX_CP_ALPHA = 2,  /* L* only */
	ARTEX_CP_DIGIT = 4,  /* Nd */
	ARTEX_CP_UPPER = 8   /* Lu or Lt */
};
extern uint8_t artex__cp_class[ARTEX_CP_TABLE];
extern int32_t artex__cp_lower[ARTEX_CP_TABLE];
int artex__cp_class_slow(int32_t cp);
int32_t artex__cp_lower_slow(int32_t cp);

static inline int artex__cp_is(int32_t cp, int cls)
{
	if ((uint32_t)cp < ARTEX_CP_TABLE)
		return artex__cp_class[cp] & cls;
	return artex__cp_class_slow(cp) & cls;
}

static inline int32_t artex__cp_tolower(int32_t cp)
{
	if ((uint32_t)cp < ARTEX_CP_TABLE)
		return artex__cp_lower[cp];
	return artex__cp_lower_slow(cp);
}

/* The word lists of struct artex_lang, as bits. */
#define ARTEX_WL_ENUM(field, NAME) ARTEX_WL_##NAME,
enum { ARTEX_LANG_WORDLISTS(ARTEX_WL_ENUM) ARTEX_WL_COUNT };

/* A word looked up in every list of one language at once. */
struct artex_wordclass {
	uint32_t lists; /* bit ARTEX_WL_x: artex__word_in(L->x, w, n) */
	int cue;        /* artex__cue_flags(L->cues, w, n) */
	int role;       /* artex__gword(L->roles, w, n) */
	int pronoun;    /* artex__gword(L->pronouns, w, n) */
};

/* The place of L among the tables, -1 if it is none of them. */
int artex__lang_index(const struct artex_lang *L);
/* Classifies w[0..n) for language number li; -1 (and nothing in *out) when
 * that language's lists are not all indexed and must be asked one by one. */
int artex__lang_classify(struct artex_wordclass *out, int li, const char *w, size_t n);
/* The ARTEX_WL_* bits of language li that `list` is; 0 for other lists. */
uint32_t artex__lang_list_bits(int li, const char *const *list);

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
	/* The casefolded form looked up once in the lists asked per token:
	 * artex__cue_flags in L->cues, artex__gword in L->roles and
	 * L->pronouns, and (when ex->classified) the ARTEX_WL_* word lists. */
	uint8_t cue;
	int8_t role;
	int8_t pronoun;
	uint32_t lists;
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

struct artex_xentity {
	char *name;          /* canonical, malloc'd */
	char *key;           /* casefolded last name stem, malloc'd */
	char *first_key;     /* the same of the first name of a longer name, or NULL; malloc'd */
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

/* How the rules found an item's speaker: a feature of the ranking, which
 * sets the confidences. */
enum artex_how {
	ARTEX_HOW_NONE,     /* no speaker found */
	ARTEX_HOW_NAME,     /* the cue's subject, a name */
	ARTEX_HOW_ROLE,     /* the cue's subject, a role noun */
	ARTEX_HOW_PRONOUN,  /* the cue's subject, a pronoun */
	ARTEX_HOW_FALLBACK, /* the first person of the cue's sentence */
	ARTEX_HOW_PHRASE,   /* an attribution phrase: "по словам …" */
	ARTEX_HOW_CARRY,    /* the speaker of the quote before */
	ARTEX_HOW_HEADLINE  /* the name a headline is built around */
};

struct artex_xquote {
	uint32_t t0, t1;  /* tokens inside the marks (or the dash speech) */
	uint32_t b, e;    /* bytes */
	int speaker;      /* entity, -1 */
	int cue_tok;      /* token of the cue word, -1 */
	int adjacent;     /* the cue is next to the quote's marks */
	int how;          /* enum artex_how of the rules' speaker */
	double conf;      /* the ranking's, for the model */
	int dropped;
	int orphan;       /* closing mark only: the quote runs from the paragraph start */
	int unclosed;     /* no closing mark in the paragraph */
	int cont;         /* continued in the next paragraph */
	int dash;         /* dash-led speech, no marks */
	const char *model_id;
};

struct artex_xclaim {
	uint32_t b, e;
	uint32_t t0, t1;  /* tokens */
	long cue;         /* cue word or attribution phrase, -1 */
	int claimant;
	int kind;         /* enum artex_claim_kind */
	int quote;        /* xquote index, -1 */
	int how;          /* enum artex_how of the rules' claimant */
	double conf;      /* the ranking's, for the model */
};

/* The first words of the language's source phrases, so that the loops in
 * claims.c skip tokens no phrase can start at; every token may start one
 * when a phrase starts with '@' (or is empty), or when there are many
 * first words. */
struct phrase_starts {
	int any;
	size_t n;
	const char *word[16];
	size_t len[16];
};

/* What the text does with each of its words, by casefolded word hash
 * (open addressing, hash 0 empty): "Speaker Ada Brin" is a title where
 * "the speaker" occurs too; where nouns are capitalised, a word seen after
 * an article is a common noun. */
enum {
	ARTEX_WS_LOWER = 1,    /* written in lower case somewhere */
	ARTEX_WS_MID_CAP = 2,  /* capitalised somewhere not at a sentence start */
	ARTEX_WS_ARTICLE = 4   /* right after an article somewhere */
};
struct artex_wordset {
	uint32_t *hash;
	uint8_t *flags;
	size_t cap;
};

struct artex_ex {
	/* Persons and organisations the input named, kept ahead of the
	 * extraction's own in the model. */
	size_t input_persons, input_orgs;
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
	/* Per token: the last mention ending there and the first starting there
	 * (at its role or its name), -1 if none; built for ments_indexed mentions. */
	long *ment_end_at, *ment_start_at;
	size_t ments_indexed;
	/* For claims: per token, how many quotes hold it and the first quote
	 * starting there (chained through quote_next); and a set of the claim
	 * ranges taken, so neither test scans every quote or claim. */
	int *quote_cover;
	long *quote_first_at, *quote_next;
	uint64_t *claim_set;
	size_t claim_set_cap;
	struct artex_xentity *ents;
	size_t n_ents, cap_ents;
	struct artex_xquote *quotes;
	size_t n_quotes, cap_quotes;
	struct artex_xclaim *claims;
	size_t n_claims, cap_claims;
	int oom;
	size_t cp_base, cp_byte, cp_count; /* text[cp_base, cp_byte) has cp_count code points */
	int lang_index;           /* artex__lang_index(L) */
	int classified;           /* every token's `lists` bits are set */
	/* Speaker ranking: weights other than the fitted ones (NULL: those),
	 * and where to write every candidate's features (NULL: nowhere). */
	const double *rank_weights;
	FILE *rank_dump;
	struct artex_wordset words;
	/* artex__tok_in's cache of list pointer -> ARTEX_WL_* bits. */
#define ARTEX_LIST_CACHE 16
	const char *const *list_cache_key[ARTEX_LIST_CACHE];
	uint32_t list_cache_bits[ARTEX_LIST_CACHE];
	struct phrase_starts phrase_starts;
	int phrase_starts_ready;
	/* Per sentence: artex__ex_phrase_speaker's answer. */
	int *phrase_memo;
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
/* artex__cue_flags(L->cues, ...) and artex__gword(L->roles, ...) of token
 * t's casefolded form. */
static inline int artex__tok_cue(const struct artex_ex *ex, size_t t)
{
	return ex->toks[t].cue;
}
static inline int artex__tok_role(const struct artex_ex *ex, size_t t)
{
	return ex->toks[t].role;
}
static inline int artex__tok_pronoun(const struct artex_ex *ex, size_t t)
{
	return ex->toks[t].pronoun;
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

/* Entity behind the speaker of cue token `cue` in its sentence, or -1; *how
 * gets how it was found (enum artex_how). */
/* The last mention that ends at token t, -1 if none. */
long artex__ex_mention_ending_at(struct artex_ex *ex, size_t t);
int artex__ex_cue_speaker(struct artex_ex *ex, size_t cue, int *how);
/* Entity a mention resolves to at its place in the text, -1 when unnamed. */
int artex__ex_resolve(struct artex_ex *ex, size_t m);
/* Speaker named by an attribution phrase ("по его словам") in sentence s:
 * an entity, -1 for an unnamed one, -2 when there is no phrase. */
int artex__ex_phrase_speaker(struct artex_ex *ex, size_t s);
/* Cue flags of token t, taking passives into account; 0 if not a cue. */
int artex__ex_cue_at(const struct artex_ex *ex, size_t t);

#endif
