/* English: cue verbs, attribution phrases, role nouns and titles. */
#include "extract/extract.h"

static const char *const function_words[] = {
	"the", "a", "an", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as",
	"by", "at", "from", "it", "he", "she", "they", "his", "her", "their", "this", "these",
	"has", "have", "had", "were", "are", "be", "been", "but", "not", "which", "who", "will",
	"would", "or", "after", "before", "its", "also", "than", "there", "when", "while", "we",
	"i", "you", "if", "so", "some", "many", "other", "all", "one", "two", "upon", "however",
	"during", "under", "because", "albeit", "once", "next", "since", "although", "unlike",
	"amid", "with", "shortly", "what", "in", "other", "any", "no", "both", "specifically",
	"currently", "independently", "scores", "security", "supplies", "applications", NULL};

static const struct artex_cue cues[] = {
	{"said", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"says", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"say", ARTEX_CUE_THAT}, {"saying", ARTEX_CUE_QUOTE}, {"told", ARTEX_CUE_THAT},
	{"tells", ARTEX_CUE_THAT}, {"stated", ARTEX_CUE_THAT}, {"states", ARTEX_CUE_THAT},
	{"announced", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"announces", ARTEX_CUE_THAT},
	{"added", ARTEX_CUE_THAT}, {"adding", ARTEX_CUE_THAT}, {"explained", ARTEX_CUE_THAT},
	{"explains", ARTEX_CUE_THAT}, {"warned", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"warns", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"cautioned", ARTEX_CUE_THAT},
	{"cautions", ARTEX_CUE_THAT}, {"claimed", ARTEX_CUE_THAT}, {"vowed", ARTEX_CUE_THAT}, {"vows", ARTEX_CUE_THAT},
	{"claiming", ARTEX_CUE_THAT}, {"insisted", ARTEX_CUE_THAT}, {"insists", ARTEX_CUE_THAT},
	{"argued", ARTEX_CUE_THAT}, {"argues", ARTEX_CUE_THAT}, {"maintained", ARTEX_CUE_THAT},
	{"maintains", ARTEX_CUE_THAT}, {"reported", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"reports", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"report", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"testif*", ARTEX_CUE_THAT}, {"opined", ARTEX_CUE_THAT}, {"indicated", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"indicates", ARTEX_CUE_THAT}, {"noted", ARTEX_CUE_THAT}, {"notes", ARTEX_CUE_THAT},
	{"believes", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"believe", ARTEX_CUE_THAT},
	{"thinks", ARTEX_CUE_THAT}, {"envision*", ARTEX_CUE_THAT}, {"confirmed", ARTEX_CUE_THAT},
	{"denied", ARTEX_CUE_THAT}, {"admitted", ARTEX_CUE_THAT}, {"acknowledged", ARTEX_CUE_THAT},
	{"predicted", ARTEX_CUE_THAT}, {"promised", ARTEX_CUE_THAT}, {"pledged", ARTEX_CUE_THAT},
	{"stressed", ARTEX_CUE_THAT}, {"emphasized", ARTEX_CUE_THAT}, {"emphasised", ARTEX_CUE_THAT},
	{"suggested", ARTEX_CUE_THAT}, {"wrote", ARTEX_CUE_THAT}, {"writes", ARTEX_CUE_THAT},
	{"asserted", ARTEX_CUE_THAT}, {"declared", ARTEX_CUE_THAT}, {"replied", ARTEX_CUE_THAT},
	{"responded", ARTEX_CUE_THAT}, {"recalled", ARTEX_CUE_THAT}, {"pointed", ARTEX_CUE_THAT},
	{"quoted", ARTEX_CUE_QUOTE | ARTEX_CUE_PASSIVE}, {"quotes", ARTEX_CUE_QUOTE},
	{"called", ARTEX_CUE_WEAK}, {"calling", ARTEX_CUE_WEAK}, {"asked", ARTEX_CUE_WEAK},
	{"described", ARTEX_CUE_WEAK}, {"dismissed", ARTEX_CUE_WEAK}, {"tweeted", ARTEX_CUE_THAT},
	{"concluded", ARTEX_CUE_THAT}, {"recommended", ARTEX_CUE_THAT}, {"warn", ARTEX_CUE_THAT},
	{"claim", ARTEX_CUE_THAT}, {"argue", ARTEX_CUE_THAT}, {"insist", ARTEX_CUE_THAT},
	{"explain", ARTEX_CUE_THAT}, {"assert", ARTEX_CUE_THAT}, {"asserts", ARTEX_CUE_THAT},
	{"complain*", ARTEX_CUE_THAT}, {"confident", ARTEX_CUE_THAT}, {"fear*", ARTEX_CUE_THAT},
	{"hope", ARTEX_CUE_THAT}, {"hopes", ARTEX_CUE_THAT}, {"hoped", ARTEX_CUE_THAT}, {NULL, 0}};

static const char *const source_phrases[] = {"according to @", "as @ said", "in the words of @",
                                             "as @ put it", NULL};
static const char *const anaphors[] = {"this", "that", NULL};
static const char *const complementisers[] = {"that", NULL};
static const char *const conjunctions[] = {"but", "and", "although", NULL};
static const char *const skip_words[] = {"has", "have", "had", "also", "later", "further", "then",
                                         "again", "previously", "once", "repeatedly", "quickly",
                                         "publicly", "recently", "earlier", "first", "roundly",
                                         "initially", "only", "already", "out", NULL};
static const char *const clause_starts[] = {"the", "he", "she", "they", "it", "there", "this", "these", "those", "we", "i", "you", "no", "all", "some", "many", "most", "every", "more", "less", "both", NULL};
static const char *const prepositions[] = {"of", "to", "from", "with", "by", "for", "at", "on", "in", "about", NULL};
static const char *const passive_aux[] = {"was", "were", "been", "being", "is", "are", "be", NULL};

static const struct artex_gword pronouns[] = {{"he", ARTEX_G_M}, {"she", ARTEX_G_F}, {NULL, 0}};

static const struct artex_gword roles[] = {
	{"spokesman", ARTEX_G_M}, {"spokeswoman", ARTEX_G_F}, {"spokesperson", ARTEX_G_ANY},
	{"premier", ARTEX_G_ANY}, {"president", ARTEX_G_ANY}, {"minister", ARTEX_G_ANY},
	{"chairman", ARTEX_G_M}, {"chairwoman", ARTEX_G_F}, {"chair", ARTEX_G_ANY},
	{"leader", ARTEX_G_ANY}, {"official", ARTEX_G_ANY}, {"judge", ARTEX_G_ANY},
	{"senator", ARTEX_G_ANY}, {"mayor", ARTEX_G_ANY}, {"director", ARTEX_G_ANY},
	{"chief", ARTEX_G_ANY}, {"head", ARTEX_G_ANY}, {"governor", ARTEX_G_ANY},
	{"congressman", ARTEX_G_M}, {"congresswoman", ARTEX_G_F}, {"councillor", ARTEX_G_ANY},
	{"councilor", ARTEX_G_ANY}, {"secretary", ARTEX_G_ANY}, {"ambassador", ARTEX_G_ANY},
	{"envoy", ARTEX_G_ANY}, {"candidate", ARTEX_G_ANY}, {"executive", ARTEX_G_ANY},
	{"ceo", ARTEX_G_ANY}, {"politician", ARTEX_G_ANY}, {"lawmaker", ARTEX_G_ANY},
	{"prosecutor", ARTEX_G_ANY}, {"lawyer", ARTEX_G_ANY}, {"attorney", ARTEX_G_ANY},
	{"psychiatrist", ARTEX_G_ANY}, {"witness", ARTEX_G_ANY}, {"consultant", ARTEX_G_ANY},
	{"correspondent", ARTEX_G_ANY}, {"reporter", ARTEX_G_ANY}, {"expert", ARTEX_G_ANY},
	{"analyst", ARTEX_G_ANY}, {"commissioner", ARTEX_G_ANY}, {"chancellor", ARTEX_G_ANY},
	{"coordinator", ARTEX_G_ANY}, {"student", ARTEX_G_ANY}, {"officer", ARTEX_G_ANY},
	{"manager", ARTEX_G_ANY}, {"founder", ARTEX_G_ANY}, {"professor", ARTEX_G_ANY},
	{"agent", ARTEX_G_ANY}, {"aide", ARTEX_G_ANY}, {"adviser", ARTEX_G_ANY},
	{"advisor", ARTEX_G_ANY}, {"assistant", ARTEX_G_ANY}, {"wife", ARTEX_G_F},
	{"husband", ARTEX_G_M}, {"engineer", ARTEX_G_ANY}, {"doctor", ARTEX_G_ANY},
	{NULL, 0}};

static const char *const titles[] = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
                                     "rev", "judge", "sergeant", "sgt", "captain", "capt", "col",
                                     "colonel", "gen", "general", "lt", "datuk", "councillor",
                                     "premier", "senator", "rep", "sen", "gov", "president",
                                     "pope", "lord", "lady", "mayor", "minister", "chancellor",
                                     "father", "sister", "brother", "first", "class", NULL};
static const char *const org_words[] = {
	"organization", "organisation", "office", "committee", "association", "programme", "program",
	"agency", "inc", "corp", "corporation", "company", "council", "department", "ministry",
	"government", "administration", "party", "union", "foundation", "university", "institute",
	"court", "commission", "bank", "church", "group", "network", "news", "times", "post",
	"authority", "board", "police", "army", "service", "bureau", "fund", "laboratory", "center",
	"centre", "club", "federation", "league", "nations", "ltd", "llc", "co", "press", "tv",
	"telegraph", "herald", "journal", "tribune", "guardian", NULL};
static const char *const name_nouns[] = {"newspaper", "magazine", "team", "company", "band",
                                         "group", "film", "movie", "book", "song", "album",
                                         "show", "program", "programme", "operation", "website",
                                         "campaign", "ship", "brand", "party", NULL};
static const char *const indefinites[] = {"a", "an", "one", "some", "another", "several", NULL};
static const char *const abbreviations[] = {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
                                            "col", "gen", "lt", "sgt", "capt", "rev", "vs", "no",
                                            "dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                            "sep", "sept", "oct", "nov", "inc", "corp", "co",
                                            "ltd", "u.s", "e.g", "i.e", "etc", "approx", "gov",
                                            "sen", "rep", NULL};
static const char *const months[] = {"january", "february", "march", "april", "may", "june",
                                     "july", "august", "september", "october", "november",
                                     "december", "monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday", NULL};

static const struct artex_suffix_rule no_rules[] = {{NULL, NULL, 0}};
static const struct artex_gword name_endings[] = {{NULL, 0}};

const struct artex_lang artex__lang_en = {
	.tag = "en",
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
