/* German: cue verbs, attribution phrases, role nouns and titles. */
#include "extract/extract.h"
#include "util/langid.h"

/* Verbs of saying, thinking and reporting (FrameNet Statement and
 * Opinion, VerbNet say and complain), preterite, present and the
 * participle where a form is reported with it. */
static const struct artex_cue cues[] = {
	/* sagen, erklären, äußern */
	{"sagte", ARTEX_CUE_THAT}, {"sagten", ARTEX_CUE_THAT}, {"sagt", ARTEX_CUE_THAT},
	{"sagen", ARTEX_CUE_THAT}, {"erklärte*", ARTEX_CUE_THAT}, {"erklärt", ARTEX_CUE_THAT},
	{"äußerte*", ARTEX_CUE_THAT}, {"äußert", ARTEX_CUE_THAT}, {"erläuterte*", ARTEX_CUE_THAT},
	{"erläutert", ARTEX_CUE_THAT}, {"meinte", ARTEX_CUE_THAT}, {"meint", ARTEX_CUE_THAT},
	/* betonen, unterstreichen, bekräftigen */
	{"betonte*", ARTEX_CUE_THAT}, {"betont", ARTEX_CUE_THAT}, {"unterstrich", ARTEX_CUE_THAT},
	{"unterstreicht", ARTEX_CUE_THAT}, {"bekräftigte*", ARTEX_CUE_THAT},
	{"bekräftigt", ARTEX_CUE_THAT}, {"beteuerte*", ARTEX_CUE_THAT},
	{"versicherte*", ARTEX_CUE_THAT}, {"versichert", ARTEX_CUE_THAT},
	/* mitteilen, berichten, melden, verkünden */
	{"teilte*", ARTEX_CUE_THAT}, {"teilt", ARTEX_CUE_THAT}, {"berichtete*", ARTEX_CUE_THAT},
	{"berichtet", ARTEX_CUE_THAT}, {"meldete*", ARTEX_CUE_THAT}, {"verkündete*", ARTEX_CUE_THAT},
	{"kündigte*", ARTEX_CUE_THAT}, {"angekündigt", ARTEX_CUE_WEAK},
	{"informierte*", ARTEX_CUE_THAT},
	/* hinzufügen, ergänzen, antworten */
	{"fügte*", ARTEX_CUE_THAT}, {"ergänzte*", ARTEX_CUE_THAT}, {"ergänzt", ARTEX_CUE_THAT},
	{"antwortete*", ARTEX_CUE_THAT}, {"entgegnete*", ARTEX_CUE_THAT},
	{"erwiderte*", ARTEX_CUE_THAT}, {"konterte*", ARTEX_CUE_THAT},
	/* einräumen, zugeben, bestätigen, bestreiten */
	{"räumte*", ARTEX_CUE_THAT}, {"gestand", ARTEX_CUE_THAT}, {"gesteht", ARTEX_CUE_THAT},
	{"bestätigte*", ARTEX_CUE_THAT}, {"bestätigt", ARTEX_CUE_THAT}, {"bestritt", ARTEX_CUE_THAT},
	{"bestreitet", ARTEX_CUE_THAT}, {"dementierte*", ARTEX_CUE_THAT},
	/* behaupten, argumentieren, versprechen */
	{"behauptete*", ARTEX_CUE_THAT}, {"behauptet", ARTEX_CUE_THAT},
	{"argumentierte*", ARTEX_CUE_THAT}, {"argumentiert", ARTEX_CUE_THAT},
	{"versprach", ARTEX_CUE_THAT}, {"verspricht", ARTEX_CUE_THAT}, {"beharrte*", ARTEX_CUE_THAT},
	/* warnen, mahnen, fordern, appellieren */
	{"warnte*", ARTEX_CUE_THAT}, {"warnt", ARTEX_CUE_THAT}, {"mahnte*", ARTEX_CUE_THAT},
	{"mahnt", ARTEX_CUE_THAT}, {"appellierte*", ARTEX_CUE_THAT}, {"verlangte*", ARTEX_CUE_WEAK},
	{"forderte*", ARTEX_CUE_WEAK}, {"fordert", ARTEX_CUE_WEAK},
	/* klagen, kritisieren, bemängeln */
	{"kritisierte*", ARTEX_CUE_THAT}, {"kritisiert", ARTEX_CUE_THAT},
	{"beklagte*", ARTEX_CUE_THAT}, {"beklagt", ARTEX_CUE_THAT}, {"klagte*", ARTEX_CUE_THAT},
	{"bemängelte*", ARTEX_CUE_THAT}, {"monierte*", ARTEX_CUE_THAT},
	{"beschwerte*", ARTEX_CUE_THAT},
	/* glauben, meinen, erwarten, befürchten */
	{"glaubt", ARTEX_CUE_THAT}, {"glauben", ARTEX_CUE_THAT}, {"glaubte", ARTEX_CUE_THAT},
	{"hofft", ARTEX_CUE_THAT}, {"hoffte", ARTEX_CUE_THAT}, {"befürchtet", ARTEX_CUE_THAT},
	{"befürchtete*", ARTEX_CUE_THAT}, {"fürchtet", ARTEX_CUE_THAT}, {"vermutet", ARTEX_CUE_THAT},
	{"vermutete*", ARTEX_CUE_THAT}, {"erwartet", ARTEX_CUE_THAT}, {"schätzt", ARTEX_CUE_THAT},
	{"schätzte*", ARTEX_CUE_THAT}, {"überzeugt", ARTEX_CUE_THAT},
	{"zuversichtlich", ARTEX_CUE_THAT},
	/* verweisen, erinnern, schreiben, zitieren */
	{"verwies", ARTEX_CUE_THAT}, {"verweist", ARTEX_CUE_THAT}, {"erinnerte*", ARTEX_CUE_THAT},
	{"schrieb", ARTEX_CUE_THAT}, {"schreibt", ARTEX_CUE_THAT}, {"kommentierte*", ARTEX_CUE_THAT},
	{"zitiert", ARTEX_CUE_QUOTE}, {"zitierte*", ARTEX_CUE_QUOTE},
	/* nennen, bezeichnen, sprechen */
	{"bezeichnet*", ARTEX_CUE_WEAK}, {"nannte*", ARTEX_CUE_WEAK}, {"nennt", ARTEX_CUE_WEAK},
	{"sprach", ARTEX_CUE_WEAK}, {"spricht", ARTEX_CUE_WEAK}, {"fragte*", ARTEX_CUE_WEAK},
	{NULL, 0}};

static const char *const source_phrases[] = {
	"laut @", "nach @ worten", "nach angaben @", "nach ansicht @", "zufolge @",
	"wie @ sagte", "nach meinung @", "so @", "nach auffassung @", "nach einschätzung @",
	"nach informationen @", "wie @ mitteilte", "wie @ berichtete", "wie @ erklärte",
	"wie @ betonte", "gemäß @", "unter berufung auf @", "nach darstellung @", "wie % @", NULL};
static const char *const anaphors[] = {"dies", "das", "dies sagte", NULL};
static const char *const complementisers[] = {"dass", "daß", NULL};
static const char *const conjunctions[] = {"aber", "doch", "und", NULL};
static const char *const skip_words[] = {"hat", "hatte", "habe", "auch", "später", "bereits",
                                         "erneut", "zudem", NULL};
static const char *const clause_starts[] = {"*", NULL};
static const char *const prepositions[] = {"von", "mit", "bei", "nach", "zu", "für", "über", NULL};
static const char *const passive_aux[] = {"wurde", "wird", NULL};
static const struct artex_gword pronouns[] = {{"er", ARTEX_G_M}, {"sie", ARTEX_G_ANY},
                                              {NULL, 0}};
/* Office and role nouns: the feminine -in forms first, so that the
 * prefix of the masculine does not answer for them. */
static const struct artex_gword roles[] = {
	{"ministerpräsidentin", ARTEX_G_F},
	{"premierministerin", ARTEX_G_F}, {"premierminister*", ARTEX_G_M},
	{"ministerin", ARTEX_G_F}, {"minister*", ARTEX_G_M}, {"kanzlerin", ARTEX_G_F},
	{"kanzler*", ARTEX_G_M}, {"präsidentin", ARTEX_G_F}, {"präsident*", ARTEX_G_M},
	{"sprecherin", ARTEX_G_F}, {"sprecher", ARTEX_G_M}, {"politikerin", ARTEX_G_F},
	{"politiker*", ARTEX_G_M}, {"vorsitzende*", ARTEX_G_ANY}, {"chefin", ARTEX_G_F},
	{"chef*", ARTEX_G_M}, {"bürgermeisterin", ARTEX_G_F}, {"bürgermeister*", ARTEX_G_M},
	{"abgeordnete*", ARTEX_G_ANY}, {"direktorin", ARTEX_G_F}, {"direktor*", ARTEX_G_M},
	{"leiterin", ARTEX_G_F}, {"leiter", ARTEX_G_M}, {"staatssekretärin", ARTEX_G_F},
	{"staatssekretär*", ARTEX_G_M}, {"botschafterin", ARTEX_G_F}, {"botschafter*", ARTEX_G_M},
	{"richterin", ARTEX_G_F}, {"richter", ARTEX_G_M}, {"staatsanwältin", ARTEX_G_F},
	{"staatsanwalt", ARTEX_G_M}, {"anwältin", ARTEX_G_F}, {"anwalt", ARTEX_G_M},
	{"expertin", ARTEX_G_F}, {"experte", ARTEX_G_M}, {"trainerin", ARTEX_G_F},
	{"trainer", ARTEX_G_M}, {"professorin", ARTEX_G_F}, {"professor", ARTEX_G_M},
	{"ärztin", ARTEX_G_F}, {"arzt", ARTEX_G_M}, {"sprecherinnen", ARTEX_G_PL},
	{"geschäftsführerin", ARTEX_G_F}, {"geschäftsführer", ARTEX_G_M},
	{"landrätin", ARTEX_G_F}, {"landrat", ARTEX_G_M}, {"senatorin", ARTEX_G_F},
	{"senator", ARTEX_G_M}, {"gründerin", ARTEX_G_F}, {"gründer", ARTEX_G_M}, {NULL, 0}};
static const char *const titles[] = {"herr", "herrn", "frau", "dr", "prof", "professor", "professorin", NULL};
static const char *const org_words[] = {
	"partei", "regierung", "ministerium", "bundesministerium", "gmbh", "ag", "verband", "bund",
	"rat", "kommission", "bank", "polizei", "staatsanwaltschaft", "gericht", "landgericht",
	"amtsgericht", "behörde", "amt", "ausschuss", "verein", "stiftung", "universität",
	"institut", "konzern", "unternehmen", "gewerkschaft", "senat", "bundestag", "landtag",
	"stadtrat", "gemeinderat", "stadtverwaltung", "verwaltung", "landesamt", "bundesamt",
	"agentur", "kammer", "klinik", "krankenhaus", "schule", "hochschule", "botschaft",
	"pressestelle", "bericht", NULL};
/* Words that join a role to the role, not to the name: "stellvertretende
 * Bürgermeisterin", "ehemaliger Minister". */
static const char *const role_modifiers[] = {
	"stellvertretende*", "kommissarisch*", "ehemalig*", "frühere*", "amtierende*",
	"designierte*", "vize", "ex", "erste*", "leitende*", "geschäftsführende*", "oberste*",
	"ober", NULL};
/* Unnamed speakers: the source stays null. */
static const char *const generic_sources[] = {
	"experten", "expertinnen", "beobachter", "kritiker", "insider", "kreise", "kreisen",
	"quellen", "quelle", "anwohner", "augenzeugen", "zeugen", "beamte", "beamten", "ermittler",
	"analysten", "fachleute", "ärzte", "wissenschaftler", "behörden", "diplomaten",
	"mitarbeiter", "teilnehmer", "informierte kreise", NULL};
/* Nouns of saying and the documents that say things: "in einer Erklärung". */
static const char *const speech_nouns[] = {
	"erklärung", "mitteilung", "pressemitteilung", "stellungnahme", "interview", "brief",
	"schreiben", "rede", "ansprache", "pressekonferenz", "aussage", "aussagen", "bericht",
	"studie", "umfrage", "gutachten", "urteil", "beschluss", "klage", "beschwerde", "petition",
	"beitrag", "äußerung", "äußerungen", NULL};
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

static const char *const reportive_verbs[] = {"sei", "seien", "habe", "werde", "könne", "müsse", "dürfe", "solle", "wolle", "möge", "gebe", "stehe", "liege", "gehe", "komme", "wisse", "bleibe", "fehle", "brauche", "gelte", "lasse", "mache", "zeige", "hänge", "führe", "trage", "sehe", "finde", "halte", "arbeite", "plane", "erwarte", "rechne", "verliere", "verfüge", "bedeute", "reiche", "treffe", "handle", "spiele", "laufe", "bestehe", "entstehe", "betrage", "koste", NULL};

static const char *const definite_articles[] = {"der", "die", "das", "den", "dem", "des", NULL};
static const char *const possessives[] = {"sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", NULL};
static const char *const relative_words[] = {"der", "die", "das", "welcher", "welche", "welches", NULL};
static const char *const coordinators[] = {"und", NULL};
static const char *const inclusion_words[] = {"darunter", "einschließlich", NULL};
static const char *const infinitive_markers[] = {"zu", NULL};
static const char *const name_connectors[] = {"van", "von", "der", "de", "zu", "ten", "ter", NULL};

static const char *const participle_endings[] = {"end", NULL};

static const char *const modals[] = {"kann", "können", "könnte", "könnten", "sollte", "sollten", "muss", "müssen", "darf", "dürfen", "möchte", "möchten", NULL};
const struct artex_lang artex__lang_de = {
	.tag = "de",
	.modals = modals,
	.function_words = artex__langid_words_de,
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
	.reportive_verbs = reportive_verbs,
	.first_name_rules = no_rules,
	.surname_rules = surname_rules,
	.name_endings = name_endings,
	.noun_caps = 1,
	.definite_articles = definite_articles,
	.possessives = possessives,
	.relative_words = relative_words,
	.coordinators = coordinators,
	.inclusion_words = inclusion_words,
	.infinitive_markers = infinitive_markers,
	.name_connectors = name_connectors,
	.acronym_after_name_stands_alone = 1,
	.participle_endings = participle_endings,
};
