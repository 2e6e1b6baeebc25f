/* Ukrainian: cue verbs, attribution phrases, role nouns and case endings. */
#include "extract/extract.h"

static const char *const function_words[] = {
	"і", "й", "в", "у", "не", "на", "що", "з", "із", "по", "це", "як", "до", "від", "для",
	"про", "але", "а", "він", "вона", "вони", "його", "її", "їх", "також", "був", "була",
	"було", "були", "вже", "після", "та", "якщо", "або", "цей", "ці", "ми", "ви", "буде",
	"може", "все", "лише", "ще", "із", "щодо", NULL};

static const struct artex_cue cues[] = {
	{"сказав", ARTEX_CUE_THAT}, {"сказала", ARTEX_CUE_THAT}, {"сказали", ARTEX_CUE_THAT},
	{"заяв*", ARTEX_CUE_THAT}, {"повідом*", ARTEX_CUE_THAT}, {"наголос*", ARTEX_CUE_THAT | ARTEX_CUE_NP},
	{"підкресл*", ARTEX_CUE_THAT | ARTEX_CUE_NP}, {"зазнач*", ARTEX_CUE_THAT},
	{"поясн*", ARTEX_CUE_THAT}, {"розпов*", ARTEX_CUE_THAT}, {"відповів*", ARTEX_CUE_THAT},
	{"відповіла", ARTEX_CUE_THAT}, {"додав*", ARTEX_CUE_THAT}, {"додала", ARTEX_CUE_THAT},
	{"уточн*", ARTEX_CUE_THAT}, {"визнав*", ARTEX_CUE_THAT}, {"визнала", ARTEX_CUE_THAT},
	{"вважає", ARTEX_CUE_THAT}, {"вважають", ARTEX_CUE_THAT}, {"переконан*", ARTEX_CUE_THAT},
	{"пообіця*", ARTEX_CUE_THAT}, {"обіця*", ARTEX_CUE_THAT}, {"оголос*", ARTEX_CUE_THAT},
	{"попередив*", ARTEX_CUE_THAT}, {"попередила", ARTEX_CUE_THAT}, {"нагада*", ARTEX_CUE_THAT},
	{"висловив*", ARTEX_CUE_THAT}, {"говорит*", ARTEX_CUE_THAT}, {"каже", ARTEX_CUE_THAT},
	{"стверджу*", ARTEX_CUE_THAT}, {"пише", ARTEX_CUE_THAT}, {"написав*", ARTEX_CUE_THAT},
	{"скарж*", ARTEX_CUE_THAT}, {"назвав*", ARTEX_CUE_WEAK}, {NULL, 0}};

static const char *const source_phrases[] = {
	"за словами @", "за @ словами", "зі слів @", "на думку @", "на @ думку", "за даними @",
	"як повідомив @", "як зазначив @", "як заявив @", "як сказав @", "як розповів @",
	"за інформацією @", NULL};

static const char *const anaphors[] = {"таку думку", "про це", "таку заяву", "таку оцінку", "це",
                                       "так", NULL};
static const char *const complementisers[] = {"що", "нібито", NULL};
static const char *const conjunctions[] = {"але", "а", "проте", "однак", NULL};
static const char *const skip_words[] = {"також", "вже", "ще", "неодноразово", "раніше", "не",
                                         "знову", "прямо", "тоді", "потім", NULL};
static const char *const clause_starts[] = {"*", NULL};
static const char *const prepositions[] = {"за", "зі", "з", "від", "для", "до", "про", "у", "в", "при", "після", "без", "між", "над", "під", "перед", "словами", "думку", NULL};
static const char *const passive_aux[] = {NULL};

static const struct artex_gword pronouns[] = {
	{"він", ARTEX_G_M}, {"вона", ARTEX_G_F}, {"його", ARTEX_G_M}, {"її", ARTEX_G_F},
	{NULL, 0}};

static const struct artex_gword roles[] = {
	{"політик*", ARTEX_G_M}, {"депутат*", ARTEX_G_M}, {"парламентар*", ARTEX_G_M},
	{"міністр*", ARTEX_G_M}, {"голов*", ARTEX_G_ANY}, {"директор", ARTEX_G_M},
	{"директора", ARTEX_G_M}, {"директорк*", ARTEX_G_F}, {"президент*", ARTEX_G_M},
	{"прем'єр*", ARTEX_G_M}, {"губернатор*", ARTEX_G_M}, {"мер*", ARTEX_G_M},
	{"представник*", ARTEX_G_ANY}, {"речник*", ARTEX_G_ANY}, {"речниц*", ARTEX_G_F},
	{"експерт*", ARTEX_G_ANY}, {"керівник*", ARTEX_G_ANY}, {"очільник*", ARTEX_G_M},
	{"очільниц*", ARTEX_G_F}, {"посадов*", ARTEX_G_ANY}, {"лідер*", ARTEX_G_ANY},
	{"секретар*", ARTEX_G_ANY}, {"посол", ARTEX_G_M}, {"аналітик*", ARTEX_G_ANY},
	{"заступник*", ARTEX_G_ANY}, {"начальник*", ARTEX_G_ANY}, {"прокурор*", ARTEX_G_M},
	{"суддя", ARTEX_G_ANY}, {"дипломат*", ARTEX_G_M}, {"співрозмовник*", ARTEX_G_ANY}, {"інженерк*", ARTEX_G_F}, {"інженер*", ARTEX_G_M},
	{"посадовиц*", ARTEX_G_F},
	{NULL, 0}};

static const char *const titles[] = {"пан", "пані", NULL};
static const char *const org_words[] = {
	"міністерств*", "уряд*", "комітет*", "рад*", "компані*", "банк*", "союз*", "об'єднанн*",
	"партія", "партії", "фонд*", "агентств*", "служб*", "суд*", "університет*", "інститут*",
	"громад*", "мвс", "мзс", "сбу", "оон", "асоціаці*", "організаці*", NULL};
static const char *const name_nouns[] = {
	"газет*", "журнал*", "видання", "команд*", "клуб*", "компані*", "телеканал*", "радіо*",
	"фільм*", "книг*", "пісн*", "програм*", "проєкт*", "проект*", "фонд*", "партія",
	"партії", "рух*", "операці*", "тов", "пат", "сайт*", "портал*", NULL};
static const char *const indefinites[] = {"один", "одна", "одне", "хтось", "якийсь", "деякі",
                                          "багато", NULL};
static const char *const abbreviations[] = {"р", "рр", "т", "ім", "вул", "тис", "млн", "млрд",
                                            "грн", "див", "ст", "проф", NULL};
static const char *const months[] = {"січ*", "лют*", "берез*", "квіт*", "травн*", "черв*",
                                     "лип*", "серп*", "верес*", "жовт*", "листопад*", "груд*",
                                     NULL};

static const struct artex_suffix_rule first_name_rules[] = {
	{"ія", "ій", ARTEX_G_M}, {"ію", "ій", ARTEX_G_M}, {"ієм", "ій", ARTEX_G_M},
	{"ії", "ія", ARTEX_G_F}, {"ою", "а", ARTEX_G_F},  {"ом", "", ARTEX_G_M},
	{"ем", "ь", ARTEX_G_M},  {"и", "а", ARTEX_G_F},   {"і", "а", ARTEX_G_F},
	{"ові", "", ARTEX_G_M},  {"у", "", ARTEX_G_M},    {"а", "", ARTEX_G_M},
	{"я", "ь", ARTEX_G_M},   {NULL, NULL, 0}};
static const struct artex_suffix_rule surname_rules[] = {
	{"ського", "ський", ARTEX_G_M}, {"ському", "ський", ARTEX_G_M},
	{"ським", "ський", ARTEX_G_M},  {"ської", "ська", ARTEX_G_F},
	{"ова", "ов", ARTEX_G_M},       {"ева", "ев", ARTEX_G_M},
	{"іна", "ін", ARTEX_G_M},       {"ові", "", ARTEX_G_M},
	{"ом", "", ARTEX_G_M},          {"ем", "", ARTEX_G_M},
	{"а", "", ARTEX_G_M},           {"у", "", ARTEX_G_M},
	{NULL, NULL, 0}};
static const struct artex_gword name_endings[] = {{"а", ARTEX_G_F}, {"я", ARTEX_G_F},
                                                  {"ська", ARTEX_G_F}, {NULL, 0}};

static const struct artex_gword verb_gender[] = {{"ла", ARTEX_G_F}, {"ли", ARTEX_G_PL},
                                                 {"в", ARTEX_G_M}, {NULL, 0}};

const struct artex_lang artex__lang_uk = {
	.tag = "uk",
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
	.first_name_rules = first_name_rules,
	.surname_rules = surname_rules,
	.name_endings = name_endings,
	.verb_gender = verb_gender,
};
