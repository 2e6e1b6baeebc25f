/* English: cue verbs, attribution phrases, role nouns and titles. */
#include "extract/extract.h"
#include "util/langid.h"

/* Verbs of saying, thinking and reporting, after FrameNet's Statement,
 * Communication, Reporting and Opinion frames and VerbNet's say-37.7,
 * complain-37.8, tell-37.2, advise-37.9, promise-13.3 and conjecture-29.5
 * classes: past and third person forms, the base form where a plural
 * subject is common ("officials say"), and -ing forms that report. Words
 * that are mostly nouns ("answers", "estimates", "claims") or mostly mean
 * something else ("posted") are left out. */
static const struct artex_cue cues[] = {
	/* say, tell, state */
	{"said", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"says", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"say", ARTEX_CUE_THAT}, {"saying", ARTEX_CUE_QUOTE}, {"told", ARTEX_CUE_THAT},
	{"tells", ARTEX_CUE_THAT}, {"telling", ARTEX_CUE_THAT}, {"stated", ARTEX_CUE_THAT},
	{"states", ARTEX_CUE_THAT}, {"stating", ARTEX_CUE_THAT},
	{"announced", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"announces", ARTEX_CUE_THAT},
	{"announce", ARTEX_CUE_THAT}, {"announcing", ARTEX_CUE_THAT},
	{"declared", ARTEX_CUE_THAT}, {"declares", ARTEX_CUE_THAT}, {"declaring", ARTEX_CUE_THAT},
	{"proclaimed", ARTEX_CUE_THAT}, {"remarked", ARTEX_CUE_THAT}, {"observed", ARTEX_CUE_THAT},
	{"mentioned", ARTEX_CUE_THAT}, {"commented", ARTEX_CUE_THAT}, {"added", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"adds", ARTEX_CUE_THAT}, {"adding", ARTEX_CUE_THAT}, {"continued", ARTEX_CUE_QUOTE},
	{"explained", ARTEX_CUE_THAT}, {"explains", ARTEX_CUE_THAT}, {"explain", ARTEX_CUE_THAT},
	{"explaining", ARTEX_CUE_THAT}, {"clarified", ARTEX_CUE_THAT}, {"noted", ARTEX_CUE_THAT},
	{"notes", ARTEX_CUE_THAT}, {"noting", ARTEX_CUE_THAT}, {"pointed", ARTEX_CUE_THAT},
	{"recalled", ARTEX_CUE_THAT}, {"recalls", ARTEX_CUE_THAT}, {"reiterated", ARTEX_CUE_THAT},
	{"repeated", ARTEX_CUE_THAT}, {"revealed", ARTEX_CUE_THAT}, {"disclosed", ARTEX_CUE_THAT},
	{"confided", ARTEX_CUE_THAT}, {"exclaimed", ARTEX_CUE_THAT}, {"shouted", ARTEX_CUE_THAT},
	{"whispered", ARTEX_CUE_THAT}, {"muttered", ARTEX_CUE_THAT},
	/* report, write, publish */
	{"reported", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"reports", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"report", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"wrote", ARTEX_CUE_THAT},
	{"writes", ARTEX_CUE_THAT}, {"tweeted", ARTEX_CUE_THAT},
	{"testif*", ARTEX_CUE_THAT}, {"informed", ARTEX_CUE_THAT}, {"notified", ARTEX_CUE_THAT},
	{"briefed", ARTEX_CUE_THAT}, {"found", ARTEX_CUE_THAT}, {"finds", ARTEX_CUE_THAT},
	{"concluded", ARTEX_CUE_THAT}, {"concludes", ARTEX_CUE_THAT},
	{"indicated", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"indicates", ARTEX_CUE_THAT},
	{"quoted", ARTEX_CUE_QUOTE | ARTEX_CUE_PASSIVE}, {"quotes", ARTEX_CUE_QUOTE},
	{"quoting", ARTEX_CUE_QUOTE}, {"cited", ARTEX_CUE_QUOTE | ARTEX_CUE_PASSIVE},
	/* claim, argue, insist */
	{"claimed", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"claim", ARTEX_CUE_THAT},
	{"claiming", ARTEX_CUE_THAT}, {"asserted", ARTEX_CUE_THAT}, {"asserts", ARTEX_CUE_THAT},
	{"assert", ARTEX_CUE_THAT}, {"alleged", ARTEX_CUE_THAT}, {"alleges", ARTEX_CUE_THAT},
	{"allege", ARTEX_CUE_THAT}, {"contended", ARTEX_CUE_THAT}, {"contends", ARTEX_CUE_THAT},
	{"contend", ARTEX_CUE_THAT}, {"argued", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"argues", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"argue", ARTEX_CUE_THAT}, {"arguing", ARTEX_CUE_THAT}, {"insisted", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"insists", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"insist", ARTEX_CUE_THAT}, {"insisting", ARTEX_CUE_THAT},
	{"maintained", ARTEX_CUE_THAT}, {"maintains", ARTEX_CUE_THAT},
	{"maintain", ARTEX_CUE_THAT}, {"affirmed", ARTEX_CUE_THAT}, {"opined", ARTEX_CUE_THAT},
	{"stressed", ARTEX_CUE_THAT}, {"stresses", ARTEX_CUE_THAT}, {"stressing", ARTEX_CUE_THAT},
	{"emphasized", ARTEX_CUE_THAT}, {"emphasised", ARTEX_CUE_THAT},
	{"emphasizes", ARTEX_CUE_THAT}, {"emphasises", ARTEX_CUE_THAT},
	{"underlined", ARTEX_CUE_THAT}, {"underscored", ARTEX_CUE_THAT},
	{"highlighted", ARTEX_CUE_THAT},
	/* admit, deny, confirm */
	{"confirmed", ARTEX_CUE_THAT}, {"confirms", ARTEX_CUE_THAT}, {"confirm", ARTEX_CUE_THAT},
	{"denied", ARTEX_CUE_THAT}, {"denies", ARTEX_CUE_THAT}, {"deny", ARTEX_CUE_THAT},
	{"denying", ARTEX_CUE_THAT}, {"disputed", ARTEX_CUE_THAT}, {"admitted", ARTEX_CUE_THAT},
	{"admits", ARTEX_CUE_THAT}, {"admit", ARTEX_CUE_THAT}, {"admitting", ARTEX_CUE_THAT},
	{"acknowledged", ARTEX_CUE_THAT}, {"acknowledges", ARTEX_CUE_THAT},
	{"acknowledge", ARTEX_CUE_THAT}, {"conceded", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"concedes", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"confessed", ARTEX_CUE_THAT}, {"agreed", ARTEX_CUE_THAT}, {"agrees", ARTEX_CUE_THAT},
	{"disagreed", ARTEX_CUE_THAT},
	/* answer */
	{"replied", ARTEX_CUE_THAT}, {"replies", ARTEX_CUE_THAT}, {"responded", ARTEX_CUE_THAT},
	{"responds", ARTEX_CUE_THAT}, {"answered", ARTEX_CUE_THAT}, {"countered", ARTEX_CUE_THAT},
	{"retorted", ARTEX_CUE_THAT},
	/* warn, advise, urge, demand */
	{"warned", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"warns", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"warn", ARTEX_CUE_THAT}, {"warning", ARTEX_CUE_THAT}, {"cautioned", ARTEX_CUE_THAT},
	{"cautions", ARTEX_CUE_THAT}, {"advised", ARTEX_CUE_THAT}, {"alerted", ARTEX_CUE_THAT},
	{"reminded", ARTEX_CUE_THAT}, {"assured", ARTEX_CUE_THAT}, {"reassured", ARTEX_CUE_THAT},
	{"urged", ARTEX_CUE_THAT}, {"urges", ARTEX_CUE_THAT}, {"demanded", ARTEX_CUE_THAT},
	{"recommended", ARTEX_CUE_THAT}, {"recommends", ARTEX_CUE_THAT},
	{"suggested", ARTEX_CUE_THAT}, {"suggests", ARTEX_CUE_THAT}, {"suggesting", ARTEX_CUE_THAT},
	{"proposed", ARTEX_CUE_THAT},
	/* promise */
	{"promised", ARTEX_CUE_THAT}, {"promising", ARTEX_CUE_THAT}, {"pledged", ARTEX_CUE_THAT},
	{"pledges", ARTEX_CUE_THAT}, {"vowed", ARTEX_CUE_THAT}, {"vows", ARTEX_CUE_THAT},
	{"guaranteed", ARTEX_CUE_THAT}, {"swore", ARTEX_CUE_THAT},
	/* complain */
	{"complain*", ARTEX_CUE_THAT}, {"protested", ARTEX_CUE_THAT}, {"objected", ARTEX_CUE_THAT},
	{"lamented", ARTEX_CUE_THAT}, {"grumbled", ARTEX_CUE_THAT}, {"boasted", ARTEX_CUE_THAT},
	{"bragged", ARTEX_CUE_THAT}, {"accused", ARTEX_CUE_THAT | ARTEX_CUE_OF}, {"accuses", ARTEX_CUE_THAT | ARTEX_CUE_OF},
	/* believe, think, expect */
	{"believes", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"believe", ARTEX_CUE_THAT},
	{"believed", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"thinks", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"think", ARTEX_CUE_THAT},
	{"thought", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"feels", ARTEX_CUE_THAT}, {"felt", ARTEX_CUE_THAT},
	{"suspected", ARTEX_CUE_THAT}, {"doubted", ARTEX_CUE_THAT}, {"doubts", ARTEX_CUE_THAT},
	{"expects", ARTEX_CUE_THAT}, {"predicted", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"predicts", ARTEX_CUE_THAT | ARTEX_CUE_BARE},
	{"estimated", ARTEX_CUE_THAT | ARTEX_CUE_BARE}, {"reckons", ARTEX_CUE_THAT}, {"envision*", ARTEX_CUE_THAT},
	{"fear*", ARTEX_CUE_THAT}, {"hope", ARTEX_CUE_THAT}, {"hopes", ARTEX_CUE_THAT},
	{"hoped", ARTEX_CUE_THAT}, {"confident", ARTEX_CUE_THAT}, {"convinced", ARTEX_CUE_THAT},
	{"adamant", ARTEX_CUE_THAT},
	/* name and judge: partial quotes, no claim */
	{"called", ARTEX_CUE_WEAK}, {"calling", ARTEX_CUE_WEAK}, {"asked", ARTEX_CUE_WEAK},
	{"described", ARTEX_CUE_WEAK}, {"describes", ARTEX_CUE_WEAK}, {"dismissed", ARTEX_CUE_WEAK},
	{"labeled", ARTEX_CUE_WEAK}, {"labelled", ARTEX_CUE_WEAK}, {"branded", ARTEX_CUE_WEAK},
	{"dubbed", ARTEX_CUE_WEAK}, {"termed", ARTEX_CUE_WEAK}, {"hailed", ARTEX_CUE_WEAK},
	{"praised", ARTEX_CUE_WEAK}, {"criticized", ARTEX_CUE_WEAK},
	{"criticised", ARTEX_CUE_WEAK}, {"condemned", ARTEX_CUE_WEAK},
	{"questioned", ARTEX_CUE_WEAK}, {NULL, 0}};

static const char *const source_phrases[] = {
	"according to @", "as @ said", "in the words of @", "as @ put it", "in the view of @",
	"in the opinion of @", "as reported by @", "as @ reported", "as @ wrote", "as @ noted",
	"as @ explained", "as @ told", "quoting @", NULL};
static const char *const anaphors[] = {"this", "that", NULL};
static const char *const complementisers[] = {"that", NULL};
static const char *const conjunctions[] = {"but", "and", "although", NULL};
static const char *const skip_words[] = {"has", "have", "had", "also", "later", "further", "then",
                                         "again", "previously", "once", "repeatedly", "quickly",
                                         "publicly", "recently", "earlier", "first", "roundly",
                                         "initially", "only", "already", "out", NULL};
static const char *const clause_starts[] = {"the", "he", "she", "they", "it", "there", "this", "these", "those", "we", "i", "you", "no", "all", "some", "many", "most", "every", "more", "less", "both", NULL};
static const char *const prepositions[] = {"of", "to", "from", "with", "by", "for", "at", "on", "in", "about", "after", "before", "upon", "amid", "during", "despite", "since", "until", "under", "over", "against", "among", "without", "within", NULL};
static const char *const passive_aux[] = {"was", "were", "been", "being", "is", "are", "be", NULL};

static const struct artex_gword pronouns[] = {{"he", ARTEX_G_M}, {"she", ARTEX_G_F}, {NULL, 0}};

/* Office and role nouns that may stand for a person ("the minister
 * added"); gender where the word has one. */
static const struct artex_gword roles[] = {
	/* Police, school and church offices. */
	{"superintendent", ARTEX_G_ANY}, {"trustee", ARTEX_G_ANY}, {"marshal", ARTEX_G_ANY},
	{"provost", ARTEX_G_ANY}, {"rector", ARTEX_G_ANY}, {"pastor", ARTEX_G_ANY},
	{"spokesman", ARTEX_G_M}, {"spokeswoman", ARTEX_G_F}, {"spokesperson", ARTEX_G_ANY},
	{"premier", ARTEX_G_ANY}, {"president", ARTEX_G_ANY}, {"minister", ARTEX_G_ANY},
	{"chairman", ARTEX_G_M}, {"chairwoman", ARTEX_G_F}, {"chair", ARTEX_G_ANY},
	{"chairperson", ARTEX_G_ANY}, {"leader", ARTEX_G_ANY}, {"official", ARTEX_G_ANY},
	{"judge", ARTEX_G_ANY}, {"justice", ARTEX_G_ANY}, {"senator", ARTEX_G_ANY},
	{"mayor", ARTEX_G_ANY}, {"director", ARTEX_G_ANY}, {"chief", ARTEX_G_ANY},
	{"head", ARTEX_G_ANY}, {"governor", ARTEX_G_ANY}, {"congressman", ARTEX_G_M},
	{"congresswoman", ARTEX_G_F}, {"councillor", ARTEX_G_ANY}, {"councilor", ARTEX_G_ANY},
	{"councilman", ARTEX_G_M}, {"councilwoman", ARTEX_G_F}, {"alderman", ARTEX_G_ANY},
	{"secretary", ARTEX_G_ANY}, {"ambassador", ARTEX_G_ANY}, {"envoy", ARTEX_G_ANY},
	{"diplomat", ARTEX_G_ANY}, {"consul", ARTEX_G_ANY}, {"candidate", ARTEX_G_ANY},
	{"executive", ARTEX_G_ANY}, {"ceo", ARTEX_G_ANY}, {"chancellor", ARTEX_G_ANY},
	{"politician", ARTEX_G_ANY}, {"lawmaker", ARTEX_G_ANY}, {"legislator", ARTEX_G_ANY},
	{"representative", ARTEX_G_ANY}, {"delegate", ARTEX_G_ANY}, {"mp", ARTEX_G_ANY},
	{"prosecutor", ARTEX_G_ANY}, {"lawyer", ARTEX_G_ANY}, {"attorney", ARTEX_G_ANY},
	{"solicitor", ARTEX_G_ANY}, {"barrister", ARTEX_G_ANY}, {"witness", ARTEX_G_ANY},
	{"commissioner", ARTEX_G_ANY}, {"ombudsman", ARTEX_G_ANY}, {"inspector", ARTEX_G_ANY},
	{"detective", ARTEX_G_ANY}, {"sheriff", ARTEX_G_ANY}, {"officer", ARTEX_G_ANY},
	{"commander", ARTEX_G_ANY}, {"coordinator", ARTEX_G_ANY}, {"manager", ARTEX_G_ANY},
	{"founder", ARTEX_G_ANY}, {"owner", ARTEX_G_ANY}, {"treasurer", ARTEX_G_ANY},
	{"consultant", ARTEX_G_ANY}, {"adviser", ARTEX_G_ANY}, {"advisor", ARTEX_G_ANY},
	{"aide", ARTEX_G_ANY}, {"assistant", ARTEX_G_ANY}, {"agent", ARTEX_G_ANY},
	{"correspondent", ARTEX_G_ANY}, {"reporter", ARTEX_G_ANY}, {"journalist", ARTEX_G_ANY},
	{"editor", ARTEX_G_ANY}, {"columnist", ARTEX_G_ANY}, {"author", ARTEX_G_ANY},
	{"expert", ARTEX_G_ANY}, {"analyst", ARTEX_G_ANY}, {"economist", ARTEX_G_ANY},
	{"scientist", ARTEX_G_ANY}, {"researcher", ARTEX_G_ANY}, {"professor", ARTEX_G_ANY},
	{"lecturer", ARTEX_G_ANY}, {"teacher", ARTEX_G_ANY}, {"principal", ARTEX_G_ANY},
	{"student", ARTEX_G_ANY}, {"doctor", ARTEX_G_ANY}, {"physician", ARTEX_G_ANY},
	{"surgeon", ARTEX_G_ANY}, {"nurse", ARTEX_G_ANY}, {"psychiatrist", ARTEX_G_ANY},
	{"engineer", ARTEX_G_ANY}, {"activist", ARTEX_G_ANY}, {"campaigner", ARTEX_G_ANY},
	{"coach", ARTEX_G_ANY}, {"captain", ARTEX_G_ANY}, {"pilot", ARTEX_G_ANY},
	{"businessman", ARTEX_G_M}, {"businesswoman", ARTEX_G_F}, {"king", ARTEX_G_M},
	{"queen", ARTEX_G_F}, {"prince", ARTEX_G_M}, {"princess", ARTEX_G_F},
	{"bishop", ARTEX_G_ANY}, {"priest", ARTEX_G_M}, {"wife", ARTEX_G_F},
	{"husband", ARTEX_G_M}, {"mother", ARTEX_G_F}, {"father", ARTEX_G_M},
	{NULL, 0}};

/* Honorifics and office titles written before a name ("Dr", "Mayor"); the
 * office words repeat role nouns on purpose: there they head a name. */
static const char *const titles[] = {
	"mr", "mrs", "ms", "mx", "miss", "madam", "dr", "doctor", "prof", "professor", "sir",
	"dame", "lord", "lady", "rev", "reverend", "hon", "father", "sister", "brother", "rabbi",
	"imam", "bishop", "archbishop", "cardinal", "pope", "king", "queen", "prince", "princess",
	"sheikh", "judge", "justice", "sergeant", "sgt", "captain", "capt", "lieutenant", "lt",
	"col", "colonel", "gen", "general", "admiral", "commander", "inspector", "detective",
	"constable", "sheriff", "councillor", "premier", "senator", "rep", "sen", "gov",
	"governor", "president", "mayor", "minister", "chancellor", "secretary", "ambassador",
	"commissioner", "chairman", "chairwoman", "coach", NULL};
/* Words that join a role noun to the role rather than to the name: "Deputy
 * Mayor Lena Koss", "acting director", "former president". */
static const char *const role_modifiers[] = {
	"deputy", "vice", "acting", "interim", "former", "ex", "then", "outgoing", "incoming",
	"senior", "junior", "chief", "assistant", "associate", "co", "lead", "principal",
	"executive", "managing", "shadow", "prime", "honorary", "retired", NULL};
/* Unnamed speakers: the source stays null. */
static const char *const generic_sources[] = {
	"officials", "sources", "source", "experts", "analysts", "observers", "critics",
	"witnesses", "eyewitnesses", "residents", "locals", "authorities", "investigators",
	"diplomats", "insiders", "economists", "scientists", "researchers", "doctors", "lawyers",
	"activists", "campaigners", "protesters", "opponents", "supporters", "aides", "staff",
	"employees", "workers", "members", "parents", "neighbours", "neighbors",
	"people familiar with", "a person familiar with", "sources close to", "those close to",
	NULL};
/* Nouns of saying and the documents that say things. */
static const char *const speech_nouns[] = {
	"statement", "statements", "interview", "letter", "open letter", "remarks", "comments",
	"speech", "address", "announcement", "press conference", "news conference",
	"press release", "briefing", "testimony", "report", "study", "survey", "review",
	"inquiry", "ruling", "judgment", "judgement", "verdict", "filing", "memo", "email",
	"post", "tweet", "editorial", "declaration", "communique", "petition", "complaint",
	"lawsuit", "affidavit", "transcript", "message", NULL};
/* Words that make a capitalised name an organisation or a document. */
static const char *const org_words[] = {
	"organization", "organisation", "office", "committee", "association", "programme", "program",
	"agency", "inc", "corp", "corporation", "company", "council", "department", "ministry",
	"government", "administration", "party", "union", "foundation", "university", "institute",
	"court", "tribunal", "commission", "bank", "church", "group", "network", "news", "times",
	"post", "authority", "board", "police", "army", "navy", "service", "bureau", "fund",
	"laboratory", "center", "centre", "club", "federation", "confederation", "league",
	"nations", "ltd", "llc", "plc", "co", "press", "tv", "telegraph", "herald", "journal",
	"tribune", "guardian", "parliament", "senate", "congress", "assembly", "cabinet",
	"secretariat", "embassy", "consulate", "directorate", "inspectorate", "regulator",
	"watchdog", "panel", "coalition", "alliance", "movement", "society", "trust", "charity",
	"hospital", "school", "college", "academy", "museum", "airline", "airport", "railway",
	"firm", "holdings", "partnership", "chamber", "institution", "municipality", "county",
	"prosecution", "report", "inquiry", NULL};
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

static const char *const object_preps[] = {"of", NULL};

static const char *const definite_articles[] = {"the", NULL};
static const char *const possessives[] = {"his", "her", "their", "its", "our", "my", "your", NULL};
static const char *const relative_words[] = {"who", "which", "whose", "whom", NULL};
static const char *const coordinators[] = {"and", NULL};
static const char *const inclusion_words[] = {"including", "among", NULL};
static const char *const infinitive_markers[] = {"to", NULL};
static const char *const name_connectors[] = {"de", "van", "von", "der", "del", "da", "di", "bin", "al", "la", "le", "du", "dos", "y", NULL};

static const char *const participle_endings[] = {"ing", NULL};

static const char *const modals[] = {"can", "could", "may", "might", "must", "should", "cannot", "shall", NULL};
const struct artex_lang artex__lang_en = {
	.tag = "en",
	.modals = modals,
	.function_words = artex__langid_words_en,
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
	.role_modifiers = role_modifiers,
	.generic_sources = generic_sources,
	.speech_nouns = speech_nouns,
	.object_preps = object_preps,
	.first_name_rules = no_rules,
	.surname_rules = no_rules,
	.name_endings = name_endings,
	.definite_articles = definite_articles,
	.possessives = possessives,
	.relative_words = relative_words,
	.coordinators = coordinators,
	.inclusion_words = inclusion_words,
	.infinitive_markers = infinitive_markers,
	.name_connectors = name_connectors,
	.participle_endings = participle_endings,
};
