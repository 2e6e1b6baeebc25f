/* French: cue verbs, attribution phrases, role nouns and titles. */
#include "extract/extract.h"

static const char *const function_words[] = {
	"le", "la", "les", "de", "des", "du", "et", "en", "un", "une", "est", "que", "qui", "dans",
	"pour", "pas", "sur", "au", "aux", "il", "elle", "ils", "ne", "se", "a", "par", "avec",
	"plus", "son", "sa", "ses", "ce", "cette", "mais", "ou", "été", "sont", "selon", NULL};

static const struct artex_cue cues[] = {
	{"dit", ARTEX_CUE_THAT}, {"déclar*", ARTEX_CUE_THAT},
	{"affirm*", ARTEX_CUE_THAT}, {"estim*", ARTEX_CUE_THAT}, {"expliqu*", ARTEX_CUE_THAT},
	{"ajout*", ARTEX_CUE_THAT}, {"indiqu*", ARTEX_CUE_THAT}, {"soulign*", ARTEX_CUE_THAT},
	{"annonc*", ARTEX_CUE_THAT}, {"assur*", ARTEX_CUE_THAT}, {"précis*", ARTEX_CUE_THAT},
	{"répond*", ARTEX_CUE_THAT}, {"confi*", ARTEX_CUE_THAT}, {"promis", ARTEX_CUE_THAT},
	{"prévenu", ARTEX_CUE_THAT}, {"averti*", ARTEX_CUE_THAT}, {"qualifi*", ARTEX_CUE_WEAK},
	{"dénonc*", ARTEX_CUE_WEAK}, {NULL, 0}};

static const char *const source_phrases[] = {"selon @", "d'après @", "pour @", "aux yeux de @",
                                             NULL};
static const char *const anaphors[] = {"c'est ce qu'a", "c'est ce qu'", NULL};
static const char *const complementisers[] = {"que", "qu'", NULL};
static const char *const conjunctions[] = {"mais", NULL};
static const char *const skip_words[] = {"a", "ont", "avait", "aussi", "également", "encore",
                                         NULL};
static const char *const clause_starts[] = {"*", NULL};
static const char *const prepositions[] = {"de", "du", "des", "à", "avec", "par", "pour", "selon", NULL};
static const char *const passive_aux[] = {"été", NULL};
static const struct artex_gword pronouns[] = {{"il", ARTEX_G_M}, {"elle", ARTEX_G_F}, {NULL, 0}};
static const struct artex_gword roles[] = {
	{"ministre", ARTEX_G_ANY}, {"président", ARTEX_G_M}, {"présidente", ARTEX_G_F},
	{"porte-parole", ARTEX_G_ANY}, {"maire", ARTEX_G_ANY}, {"député", ARTEX_G_M},
	{"députée", ARTEX_G_F}, {"directeur", ARTEX_G_M}, {"directrice", ARTEX_G_F},
	{"responsable", ARTEX_G_ANY}, {"chef", ARTEX_G_ANY}, {"dirigeant", ARTEX_G_M}, {NULL, 0}};
static const char *const titles[] = {"m", "mme", "mlle", "monsieur", "madame", "dr", NULL};
static const char *const org_words[] = {"ministère", "gouvernement", "parti", "commission",
                                        "conseil", "banque", "société", "agence", NULL};
static const char *const name_nouns[] = {"journal", "quotidien", "magazine", "équipe", "club",
                                         "société", "film", "livre", "chanson", "parti", NULL};
static const char *const indefinites[] = {"un", "une", NULL};
static const char *const abbreviations[] = {"m", "mme", "dr", "st", "ste", "etc", "cf", NULL};
static const char *const months[] = {"janvier", "février", "mars", "avril", "mai", "juin",
                                     "juillet", "août", "septembre", "octobre", "novembre",
                                     "décembre", "lundi", "mardi", "mercredi", "jeudi",
                                     "vendredi", "samedi", "dimanche", NULL};
static const struct artex_suffix_rule no_rules[] = {{NULL, NULL, 0}};
static const struct artex_gword name_endings[] = {{NULL, 0}};

const struct artex_lang artex__lang_fr = {
	.tag = "fr",
	.function_words = function_words,
	.cues = cues,
	.source_phrases = source_phrases,
	.anaphors = anaphors,
	.complementisers = complementisers,
	.conjunctions = conjunctions,
	.skip_words = skip_words,
	.clause_starts = clause_starts,
	.prepositions = prepositions,
	.passive_aux = passive_aux,
	.pronouns = pronouns,
	.roles = roles,
	.titles = titles,
	.org_words = org_words,
	.name_nouns = name_nouns,
	.indefinites = indefinites,
	.abbreviations = abbreviations,
	.months = months,
	.first_name_rules = no_rules,
	.surname_rules = no_rules,
	.name_endings = name_endings,
};
