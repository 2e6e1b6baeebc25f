/* German: cue verbs, attribution phrases, role nouns and titles. */
#include "extract/extract.h"

static const char *const function_words[] = {
	"der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für",
	"ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "er", "sie", "hat",
	"aus", "bei", "nach", "wird", "dass", "daß", "wie", "noch", "über", "einer", "zur", "vor",
	"war", "sind", "haben", "aber", "dies", "dabei", "seit", "nun", "dann", "im", NULL};

static const struct artex_cue cues[] = {
	{"sagte", ARTEX_CUE_THAT}, {"sagten", ARTEX_CUE_THAT}, {"sagt", ARTEX_CUE_THAT},
	{"erklärte*", ARTEX_CUE_THAT}, {"erklärt", ARTEX_CUE_THAT}, {"betonte*", ARTEX_CUE_THAT},
	{"kritisierte*", ARTEX_CUE_THAT}, {"meinte", ARTEX_CUE_THAT}, {"meint", ARTEX_CUE_THAT},
	{"teilte*", ARTEX_CUE_THAT}, {"berichtete*", ARTEX_CUE_THAT}, {"warnte*", ARTEX_CUE_THAT},
	{"versprach", ARTEX_CUE_THAT}, {"kündigte*", ARTEX_CUE_THAT}, {"angekündigt", ARTEX_CUE_WEAK},
	{"behauptete*", ARTEX_CUE_THAT}, {"fügte*", ARTEX_CUE_THAT}, {"räumte*", ARTEX_CUE_THAT},
	{"bezeichnet*", ARTEX_CUE_WEAK}, {"nannte*", ARTEX_CUE_WEAK}, {"verlangte*", ARTEX_CUE_WEAK},
	{"forderte*", ARTEX_CUE_WEAK}, {"glaubt", ARTEX_CUE_THAT}, {"schrieb", ARTEX_CUE_THAT},
	{"sprach", ARTEX_CUE_WEAK}, {"zitiert", ARTEX_CUE_QUOTE}, {NULL, 0}};

static const char *const source_phrases[] = {"laut @", "nach @ worten", "nach angaben @",
                                             "nach ansicht @", "zufolge @", "wie @ sagte",
                                             "nach meinung @", "so @", NULL};
static const char *const anaphors[] = {"dies", "das", "dies sagte", NULL};
static const char *const complementisers[] = {"dass", "daß", NULL};
static const char *const conjunctions[] = {"aber", "doch", NULL};
static const char *const skip_words[] = {"hat", "hatte", "habe", "auch", "später", "bereits",
                                         "erneut", "zudem", NULL};
static const char *const clause_starts[] = {"*", NULL};
static const char *const prepositions[] = {"von", "mit", "bei", "nach", "zu", "für", "über", NULL};
static const char *const passive_aux[] = {"wurde", "wird", NULL};
static const struct artex_gword pronouns[] = {{"er", ARTEX_G_M}, {"sie", ARTEX_G_ANY},
                                              {NULL, 0}};
static const struct artex_gword roles[] = {
	{"ministerpräsident*", ARTEX_G_M}, {"premierminister*", ARTEX_G_M}, {"minister*", ARTEX_G_M},
	{"ministerin", ARTEX_G_F}, {"kanzler*", ARTEX_G_ANY}, {"präsident*", ARTEX_G_ANY},
	{"sprecher", ARTEX_G_M}, {"sprecherin", ARTEX_G_F}, {"politiker*", ARTEX_G_ANY},
	{"vorsitzende*", ARTEX_G_ANY}, {"chef*", ARTEX_G_ANY}, {"bürgermeister*", ARTEX_G_ANY},
	{"abgeordnete*", ARTEX_G_ANY}, {"finanzminister*", ARTEX_G_ANY}, {NULL, 0}};
static const char *const titles[] = {"herr", "frau", "dr", "prof", NULL};
static const char *const org_words[] = {"partei", "regierung", "ministerium", "gmbh", "ag",
                                        "verband", "bund", "rat", "kommission", "bank", NULL};
static const char *const name_nouns[] = {"zeitung", "magazin", "mannschaft", "firma", "film",
                                         "buch", "lied", "partei", "sendung", NULL};
static const char *const indefinites[] = {"ein", "eine", "einer", NULL};
static const char *const abbreviations[] = {"dr", "prof", "nr", "bzw", "z.b", "u.a", "ca", "st",
                                            "vgl", "evtl", NULL};
static const char *const months[] = {"januar", "februar", "märz", "april", "mai", "juni", "juli",
                                     "august", "september", "oktober", "november", "dezember",
                                     "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                                     "samstag", "sonntag", NULL};
static const struct artex_suffix_rule surname_rules[] = {{"s", "", ARTEX_G_ANY}, {NULL, NULL, 0}};
static const struct artex_suffix_rule no_rules[] = {{NULL, NULL, 0}};
static const struct artex_gword name_endings[] = {{NULL, 0}};

const struct artex_lang artex__lang_de = {
	.tag = "de",
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
	.surname_rules = surname_rules,
	.name_endings = name_endings,
	.noun_caps = 1,
};
