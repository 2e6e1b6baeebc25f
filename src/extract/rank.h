/* Speaker ranking: the features that describe a candidate speaker of a
 * quote or claim, and the weights fitted to them (rank_weights.c, written
 * by scripts/fit-attribution from the development set's gold). */
#ifndef ARTEX_EXTRACT_RANK_H
#define ARTEX_EXTRACT_RANK_H

#include <stddef.h>
#include <stdio.h>

#include "artex.h"

struct artex_ex;

/* One line per feature; the fitting script reads the names from the
 * feature dump, so the order here is the order of the weights. */
#define ARTEX_RANK_FEATURES(X)                                                                  \
	X(null)               /* the "nobody named" candidate */                                 \
	X(null_cue)           /* ... for an item with a cue */                                   \
	X(null_cue_unnamed)   /* ... whose cue's subject names nobody ("officials said") */      \
	X(null_alone)         /* ... with no other candidate */                                  \
	X(null_subject_noun)  /* ... whose cue has a subject that is no name ("the court said") */ \
	X(null_generic)       /* ... whose cue's subject is a generic source ("officials said") */ \
	X(null_claim)         /* ... for a claim */                                              \
	X(null_gendered)      /* ... whose cue tells a gender */                                 \
	X(null_cue_far)       /* ... whose cue is not next to the quote marks */                 \
	X(base)               /* the cue's syntactic subject, or the phrase's source */          \
	X(base_role)          /* ... reached through a role noun */                              \
	X(base_pronoun)       /* ... reached through a pronoun */                                \
	X(base_fallback)      /* ... only the first person of the cue's sentence */              \
	X(base_carry)         /* ... carried over from the item before */                        \
	X(base_headline)      /* ... the name a headline is built around */                      \
	X(base_claim)         /* base, for a claim */                                            \
	X(phrase)             /* named by an attribution phrase in the sentence */               \
	X(prev)               /* speaker of the item before, carried over */                     \
	X(colon)              /* named in a sentence that ends with a colon before the item */   \
	X(same_sent)          /* named in the item's sentence */                                 \
	X(prev_sent)          /* named in the sentence before */                                 \
	X(earlier_sent)       /* named two or three sentences before, same paragraph */          \
	X(next_sent)          /* named in the sentence after */                                  \
	X(prev_para)          /* named in the paragraph before */                                \
	X(headline)           /* named in the headline */                                        \
	X(inside)             /* named inside the claim itself */                                \
	X(near)               /* 1 / (1 + tokens to the cue or item / 8) */                      \
	X(after)              /* the nearest mention follows the cue or item */                  \
	X(kind_role)          /* the nearest mention is a role noun */                           \
	X(kind_pronoun)       /* the nearest mention is a pronoun */                             \
	X(poss)               /* the nearest mention is possessive */                            \
	X(addressee)          /* named right after the cue whose subject comes before it ("told the paper") */ \
	X(place)              /* every mention near the item follows a preposition ("in Riga") */ \
	X(subject)            /* a mention stands next to a verb of saying */                    \
	X(sent_first)         /* a mention is the first of its sentence */                       \
	X(org)                /* an organisation */                                              \
	X(has_role)           /* a person with a known role */                                   \
	X(one_word)           /* a person named by one word only */                              \
	X(spoke)              /* already the speaker of an earlier item */                       \
	X(last_speaker)       /* the speaker the rules found for the latest item before */       \
	X(gender_match)       /* agrees with the gender of the cue verb or its pronoun */        \
	X(gender_clash)       /* has the other gender */                                         \
	X(unseen)             /* no mention near the item */

enum {
#define X(name) ARTEX_RF_##name,
	ARTEX_RANK_FEATURES(X)
#undef X
	ARTEX_RF_COUNT
};

extern const char *const artex__rank_feature_names[ARTEX_RF_COUNT];
extern const double artex__rank_weights[ARTEX_RF_COUNT];

/* A quote or claim whose speaker is to be chosen. */
struct artex_item {
	size_t t0, t1;   /* tokens of the item */
	long cue;        /* its cue word, -1 */
	int base;        /* speaker the rules found, -1 */
	int base_how;    /* how: enum artex_how */
	int cue_far;     /* a quote's cue is not next to its marks */
	int phrase;      /* source of an attribution phrase in its sentence, -1 */
	int prev;        /* speaker the rules found for the item before, -1 */
	int is_claim;
	int chosen;      /* out: the entity chosen, -1 for nobody named */
	double conf;     /* out: the chosen one's share of the candidates' scores */
};

/* Chooses the speaker of each item, in text order. */
int artex__ex_rank(struct artex_ex *ex, struct artex_item *items, size_t n);

/* artex__extract with other weights than the fitted ones (NULL:
 * those), writing every item's candidates and features as a JSON line to
 * `dump` (NULL: nowhere): what scripts/fit-attribution learns from. */
int artex__article_extract_ranked(struct artex_article *art, const struct artex_extract_opts *opts,
                                  const double *weights, FILE *dump, struct artex_error *err);

#endif
